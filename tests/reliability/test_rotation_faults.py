"""A full disk at any step of a key rotation (removing a user) never destroys the vault.

Faults are injected through the rotation's ``FaultHook`` seam (the seam the kill tests
use) and by failing the slot file's writes; ``test_rotation_tmpfs.py`` does the same on a
real, small, full filesystem. After each: every remaining user and the recovery key open
the vault, no client is lost, the audit chain verifies, the removed user is locked out."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import Any

import pytest

from riskapp.domain.records import NewClient
from riskapp.messages import describe
from riskapp.vault import DiskFull, VaultDamaged, keys, slots
from riskapp.vault.paths import keys_path, wal_path
from tests.reliability.conftest import (
    WORKER,
    TeamVault,
    assert_every_key_opens,
    stored_client_ids,
)

#: Every point the rotation reports, in order (see keys.FaultHook).
STEPS = ["slots_written", "epoch_staged", "epoch_written", "checkpointed", "rekey_written"]
STEPS += ["rekeyed"]


def _enospc() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")


def _fail_at(step: str) -> keys.FaultHook:
    def hook(at: str) -> None:
        if at == step:
            raise _enospc()

    return hook


def _files(path: Path) -> tuple[bytes, ...]:
    wal = wal_path(path)
    return (
        path.read_bytes(),
        keys_path(path).read_bytes(),
        wal.read_bytes() if wal.exists() else b"",
    )


def _logouts(team: TeamVault) -> int:
    with team.open() as session:
        return len(session.audit.list(action="logout"))


@pytest.mark.parametrize("step", STEPS)
def test_disk_full_at_each_rotation_step_leaves_every_key_working(
    team: TeamVault, step: str
) -> None:
    logouts = _logouts(team)
    session = team.open()
    with pytest.raises(DiskFull) as caught:
        session.users.remove(WORKER, fault_hook=_fail_at(step))
    assert caught.value.code == "rotation_disk_full"
    assert session.closed  # discarded: not one more write on that connection
    assert _logouts(team) == logouts + 1  # only the session _logouts itself opened
    assert_every_key_opens(team, worker_removed=True)


def test_a_crash_at_each_step_is_still_rolled_forward(team: TeamVault) -> None:
    """Non-disk faults propagate as themselves, with the same recovery."""

    class CrashError(Exception):
        pass

    def crash(at: str) -> None:
        if at == "rekey_written":
            raise CrashError(at)

    session = team.open()
    with pytest.raises(CrashError):
        session.users.remove(WORKER, fault_hook=crash)
    assert session.closed
    assert_every_key_opens(team, worker_removed=True)


def _failing_slot_writes(monkeypatch: pytest.MonkeyPatch, fail_on: int) -> list[int]:
    calls: list[int] = []
    real = slots.atomic_write

    def write(path: Path, data: bytes) -> None:
        calls.append(1)
        if len(calls) == fail_on:
            raise _enospc()  # as atomic_write on a full disk: the old file is intact
        real(path, data)

    monkeypatch.setattr(slots, "atomic_write", write)
    return calls


def test_disk_full_writing_the_first_slot_file_changes_nothing(
    team: TeamVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = team.open()
    before = _files(team.path)
    _failing_slot_writes(monkeypatch, fail_on=1)
    with pytest.raises(DiskFull) as caught:
        session.users.remove(WORKER)
    assert caught.value.code == "disk_full"
    assert _files(team.path) == before
    assert not session.closed  # nothing happened: the session goes on
    session.clients.create(NewClient("Efter", "Felet"))
    team.client_ids.append(max(stored_client_ids(session)))
    session.close()
    monkeypatch.undo()
    assert_every_key_opens(team, worker_removed=False)


def test_disk_full_writing_the_last_slot_file_is_finished_by_the_next_open(
    team: TeamVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = team.open()
    _failing_slot_writes(monkeypatch, fail_on=2)
    with pytest.raises(DiskFull) as caught:
        session.users.remove(WORKER)
    assert caught.value.code == "rotation_disk_full"
    assert session.closed
    monkeypatch.undo()
    assert_every_key_opens(team, worker_removed=True)


def _low_disk(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    real = shutil.disk_usage

    def usage(path: Any) -> Any:
        total, used, _free = real(path)
        return shutil._ntuple_diskusage(total, used, free)  # type: ignore[attr-defined]

    monkeypatch.setattr(keys.shutil, "disk_usage", usage)


def test_too_little_free_space_refuses_the_rotation_before_anything_changes(
    team: TeamVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = team.open()
    before = _files(team.path)
    needed = keys.space_needed(team.path)
    assert needed > team.path.stat().st_size
    _low_disk(monkeypatch, needed - 1)
    with pytest.raises(DiskFull) as caught:
        session.users.remove(WORKER)
    assert caught.value.code == "disk_space_low"
    assert caught.value.params["needed_mb"] >= 1
    assert "MB" in describe(caught.value)
    assert _files(team.path) == before
    assert not session.closed
    assert WORKER in {u.name for u in session.users.list()}
    session.close()
    monkeypatch.undo()
    assert_every_key_opens(team, worker_removed=False)


def test_an_interrupted_rotation_waits_for_space_at_the_next_open(
    team: TeamVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = team.open()
    with pytest.raises(DiskFull):
        session.users.remove(WORKER, fault_hook=_fail_at("epoch_written"))
    _low_disk(monkeypatch, 0)
    before = _files(team.path)
    with pytest.raises(DiskFull) as caught:  # never VaultDamaged
        team.open()
    assert not isinstance(caught.value, VaultDamaged)
    assert caught.value.code == "disk_space_low"
    assert _files(team.path)[:2] == before[:2]  # file and slot file as the crash left them
    monkeypatch.undo()
    assert_every_key_opens(team, worker_removed=True)
