"""Removing a user on a real, small, full filesystem (a tmpfs the vault fills).

This is the review's finding (issue 13): with less free space than the vault's size,
``PRAGMA rekey`` fails part-way; writing one more row on that connection used to leave
pages under both keys and a vault no one could open. Mounting needs root; the tests skip
cleanly where it is not permitted."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from riskapp.domain.records import NewClient
from riskapp.vault import DiskFull, Session, keys
from riskapp.vault.paths import keys_path
from tests.reliability.conftest import (
    WORKER,
    TeamVault,
    assert_every_key_opens,
    make_vault,
    stored_client_ids,
)

DISK_SIZE = "4m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("needs Linux mount")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def _fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until ``leave`` bytes are free; the filler file is returned."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with filler.open("ab") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


def _open_on_full_disk(team: TeamVault) -> None:
    """Opening a full disk may fail, but as a full disk (any other error, such as
    VaultDamaged, fails the test)."""
    with suppress(DiskFull):
        team.open().close()


def test_rotation_on_a_nearly_full_disk_is_refused_and_changes_nothing(
    small_disk: Path,
) -> None:
    team = make_vault(small_disk)
    session = team.open()
    filler = _fill(small_disk, team.path.stat().st_size // 2)
    before = (team.path.read_bytes(), keys_path(team.path).read_bytes())
    with pytest.raises(DiskFull) as caught:
        session.users.remove(WORKER)
    assert caught.value.code == "disk_space_low"
    assert (team.path.read_bytes(), keys_path(team.path).read_bytes()) == before
    assert stored_client_ids(session) == team.client_ids  # the session goes on
    session.close()
    filler.unlink()
    assert_every_key_opens(team, worker_removed=False)


@pytest.mark.parametrize("leave_kib", [0, 16, 300, 700])
def test_space_lost_during_a_rotation_never_destroys_the_vault(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch, leave_kib: int
) -> None:
    """The free-space check passed, then another program filled the disk: the rotation
    hits a real ENOSPC in whichever step ``leave_kib`` reaches (slot file, epoch, rekey)."""
    team = make_vault(small_disk)
    session = team.open()
    monkeypatch.setattr(keys, "check_free_space", lambda path: None)
    filler = _fill(small_disk, leave_kib * 1024)
    with pytest.raises(DiskFull) as caught:
        session.users.remove(WORKER)
    started = caught.value.code != "disk_full"  # disk_full: the first slot write failed
    assert session.closed is started
    session.close()
    _open_on_full_disk(team)  # the roll-forward itself meets the full disk
    monkeypatch.undo()
    _open_on_full_disk(team)  # now refused by the free-space check
    filler.unlink()
    assert_every_key_opens(team, worker_removed=started)


def _create_clients_until_full(session: Session, ids: list[int]) -> None:
    for i in range(5000):
        created = session.clients.create(NewClient(f"Ny{i:04d}" * 8, "Klient" * 8))
        ids.append(int(created.id))


def test_a_full_disk_during_ordinary_writes_is_reported_as_disk_full(small_disk: Path) -> None:
    team = make_vault(small_disk, clients=50)
    session = team.open()
    filler = _fill(small_disk, 0)
    with pytest.raises(DiskFull) as caught:
        _create_clients_until_full(session, team.client_ids)
    assert caught.value.code == "disk_full"
    session.close()
    _open_on_full_disk(team)
    filler.unlink()
    assert_every_key_opens(team, worker_removed=False)
