"""Failed-unlock throttling, persisted beside the vault so a restart does not reset it.

State file ``<vault>.throttle`` (JSON, atomic, mode 600): ``failures`` since the last
successful unlock, ``last_failure`` (Unix time), ``unreported`` (failures not yet in the
audit log, which cannot be written without the key), ``times`` (the last ``MAX_LISTED``
failure times) and ``anomaly`` ("missing"/"damaged" when the file was found deleted or
edited). No user names are stored. The next successful unlock writes one ``login.failed``
row per failure (with its time), one for failures beyond the listed times, and one for an
anomaly, then resets the file to zero failures (it is never deleted).

Deleting the file does not reset the delay: once a vault keeps the file (its key-slot
file says ``"counter": true``, covered by the keyed MAC; set at creation and by every
session, the file itself written at creation and after every successful unlock), a
missing file means "maximum delay" (counted from when it was found missing) and is
audited. Clearing the mark as well is an edit of the key-slot file, reported as
``keys_tampered`` at the next successful unlock. A backup's key-slot file has the mark
cleared (a backup is two files) and an older vault has none: there a missing file means no
failures until the first successful unlock. A restore writes a fresh counter. A directory
(or anything but a file) at the path is a clear error, ``throttle_path_invalid``, naming
the path: remove it.

Delay after n consecutive failures: 0 for the first three, then 2, 4, 8, ... seconds,
capped at five minutes. It slows guessing through the application only. Anyone who can
copy the files guesses offline, where Argon2id (the slot KDF, ``kdf.py``) is the real
protection: a strong passphrase, not this counter, is what keeps the vault closed.
"""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path

from riskapp.vault.errors import VaultDamaged, VaultError
from riskapp.vault.files import atomic_write
from riskapp.vault.paths import keys_path, throttle_path
from riskapp.vault.slots import SlotFile

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0
#: Failure times kept for the audit log; older ones are reported as a count.
MAX_LISTED = 50
#: The state assumed for a missing or unreadable file: the maximum delay.
_PUNISHED = FREE_ATTEMPTS + 8


def delay_after(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))


@dataclass(frozen=True)
class ThrottleState:
    failures: int = 0
    last_failure: float = 0.0
    unreported: int = 0
    times: tuple[float, ...] = ()
    anomaly: str = ""

    def retry_after(self, now: float) -> float:
        delay = delay_after(self.failures)
        # min(): a clock set backwards must not turn the delay into days.
        return max(0.0, min(delay, self.last_failure + delay - now))


def _expects_file(vault_path: Path) -> bool:
    """True when this vault keeps a counter file: its slot file says so (``counter``), or
    is unreadable (then assume the stricter case)."""
    try:
        return SlotFile.load(vault_path).counter
    except VaultDamaged:
        return True


def _check_path(path: Path) -> None:
    if path.exists() and not path.is_file():
        raise VaultError(
            "throttle path is not a file", code="throttle_path_invalid", path=str(path)
        )


def _parse(raw: str) -> ThrottleState:
    data = json.loads(raw)
    listed = data.get("unreported", 0)
    times = tuple(float(t) for t in data.get("times", ()))[-MAX_LISTED:]
    return ThrottleState(
        int(data["failures"]),
        float(data["last_failure"]),
        int(listed),
        times,
        str(data.get("anomaly", "")),
    )


def load(vault_path: Path, now: float | None = None) -> ThrottleState:
    """Read the state. Missing (in a vault that keeps the file): the maximum delay from
    ``now``, saved so it runs out; unreadable (edited): the maximum delay from its mtime.
    Garbling or deleting the file is never quicker than waiting."""
    path = throttle_path(vault_path)
    _check_path(path)
    try:
        return _parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if not _expects_file(vault_path):
            return ThrottleState()
        if now is None:  # a read-only look (throttle_remaining): from the key file's mtime
            with suppress(OSError):
                mtime = keys_path(vault_path).stat().st_mtime
                return ThrottleState(_PUNISHED, mtime, anomaly="missing")
            return ThrottleState(_PUNISHED, 0.0, anomaly="missing")
        state = ThrottleState(_PUNISHED, now, anomaly="missing")
        with suppress(OSError):
            save(vault_path, state)
        return state
    except (ValueError, KeyError, TypeError, OSError):
        with suppress(OSError):
            mtime = path.stat().st_mtime
            return ThrottleState(_PUNISHED, mtime, anomaly="damaged")
        return ThrottleState(_PUNISHED, 0.0, anomaly="damaged")


def save(vault_path: Path, state: ThrottleState) -> None:
    atomic_write(
        throttle_path(vault_path),
        json.dumps(
            {
                "failures": state.failures,
                "last_failure": state.last_failure,
                "unreported": state.unreported,
                "times": list(state.times),
                "anomaly": state.anomaly,
            }
        ).encode("utf-8"),
    )


def reset(vault_path: Path) -> None:
    """Zero failures (a new vault, a successful unlock). Best effort on read-only media."""
    _check_path(throttle_path(vault_path))
    with suppress(OSError):
        save(vault_path, ThrottleState())


def record_failure(vault_path: Path, now: float) -> ThrottleState:
    old = load(vault_path, now)
    new = replace(
        old,
        failures=old.failures + 1,
        last_failure=now,
        unreported=old.unreported + 1,
        times=(*old.times, now)[-MAX_LISTED:],
    )
    with suppress(OSError):  # read-only media: nothing to persist the count in
        save(vault_path, new)
    return new


def record_success(vault_path: Path, now: float) -> ThrottleState:
    """Reset the counter; returns the state before, for the audit log."""
    old = load(vault_path, now)
    reset(vault_path)
    return old
