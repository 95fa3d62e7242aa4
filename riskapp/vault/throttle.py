"""Failed-unlock throttling, persisted beside the vault so a restart does not reset it.

State file ``<vault>.throttle`` (JSON, atomic, mode 600): ``failures`` since the last
successful unlock, ``last_failure`` (Unix time) and ``unreported`` (failures not yet written
to the audit log, which cannot be written without the key: the next successful unlock
writes one ``login.failed`` row with the count). No user names are stored.

Delay after n consecutive failures: 0 for the first three, then 2, 4, 8, ... seconds,
capped at five minutes. It slows guessing through the application; an attacker with a copy
of the files is slowed by Argon2id instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from riskapp.vault.files import atomic_write
from riskapp.vault.paths import throttle_path

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0


def delay_after(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))


@dataclass(frozen=True)
class ThrottleState:
    failures: int = 0
    last_failure: float = 0.0
    unreported: int = 0

    def retry_after(self, now: float) -> float:
        delay = delay_after(self.failures)
        # min(): a clock set backwards must not turn the delay into days.
        return max(0.0, min(delay, self.last_failure + delay - now))


def load(vault_path: Path) -> ThrottleState:
    """Read the state. A missing file means no failures; an unreadable (edited) one counts
    as a throttled state, so garbling it is no quicker than waiting."""
    path = throttle_path(vault_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ThrottleState(
            int(data["failures"]), float(data["last_failure"]), int(data.get("unreported", 0))
        )
    except FileNotFoundError:
        return ThrottleState()
    except (ValueError, KeyError, TypeError, OSError):
        mtime = path.stat().st_mtime if path.exists() else 0.0
        return ThrottleState(failures=FREE_ATTEMPTS + 8, last_failure=mtime, unreported=0)


def save(vault_path: Path, state: ThrottleState) -> None:
    atomic_write(
        throttle_path(vault_path),
        json.dumps(
            {
                "failures": state.failures,
                "last_failure": state.last_failure,
                "unreported": state.unreported,
            }
        ).encode("utf-8"),
    )


def record_failure(vault_path: Path, now: float) -> ThrottleState:
    old = load(vault_path)
    new = ThrottleState(old.failures + 1, now, old.unreported + 1)
    save(vault_path, new)
    return new


def record_success(vault_path: Path) -> int:
    """Reset the counter; returns the failures not yet reported to the audit log."""
    path = throttle_path(vault_path)
    if not path.exists():
        return 0
    unreported = load(vault_path).unreported
    path.unlink()
    return unreported
