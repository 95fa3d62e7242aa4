"""Backups are verified vaults of their own; restore verifies before replacing, and a bad
backup never touches the live vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskapp.domain.records import NewClient
from riskapp.vault import BackupInvalid, Vault, WrongPassphrase
from riskapp.vault.session import restore_marker
from riskapp.vault.slots import keys_path
from tests.vault.conftest import LEADER, LEADER_PASS, VaultFiles


def _snapshot(path: Path) -> tuple[bytes, bytes]:
    return path.read_bytes(), keys_path(path).read_bytes()


def test_backup_restore_round_trip(vault: VaultFiles, tmp_path: Path) -> None:
    dest = tmp_path / "backup.riskvault"
    with vault.open() as session:
        kept = session.clients.create(NewClient("Före", "Kopian"))
        session.backup(dest)
        session.clients.create(NewClient("Efter", "Kopian"))
    with Vault.open(dest, LEADER, LEADER_PASS, clock=vault.clock) as copy:
        assert copy.verify().ok
    Vault.restore(dest, vault.path, LEADER, LEADER_PASS, clock=vault.clock)
    with vault.open() as session:
        assert [c.id for c in session.clients.search("kopian")] == [kept.id]
        assert session.verify().ok
        assert session.audit.list(action="vault.restore")


def test_backup_refuses_to_overwrite(vault: VaultFiles, tmp_path: Path) -> None:
    dest = tmp_path / "b.riskvault"
    dest.write_bytes(b"precious")
    with vault.open() as session, pytest.raises(BackupInvalid):
        session.backup(dest)
    assert dest.read_bytes() == b"precious"


def test_corrupted_backup_is_refused_and_live_vault_untouched(
    vault: VaultFiles, tmp_path: Path
) -> None:
    dest = tmp_path / "b.riskvault"
    with vault.open() as session:
        session.backup(dest)
    data = bytearray(dest.read_bytes())
    data[4096 + 100] ^= 0xFF  # flip a byte in page 2
    dest.write_bytes(bytes(data))
    before = _snapshot(vault.path)
    with pytest.raises(BackupInvalid):
        Vault.restore(dest, vault.path, LEADER, LEADER_PASS, clock=vault.clock)
    assert _snapshot(vault.path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    vault.open().close()


def test_truncated_backup_is_refused(vault: VaultFiles, tmp_path: Path) -> None:
    dest = tmp_path / "b.riskvault"
    with vault.open() as session:
        session.backup(dest)
    dest.write_bytes(dest.read_bytes()[:5000])
    before = _snapshot(vault.path)
    with pytest.raises(BackupInvalid):
        Vault.restore(dest, vault.path, LEADER, LEADER_PASS, clock=vault.clock)
    assert _snapshot(vault.path) == before


def test_restore_with_wrong_passphrase_changes_nothing(vault: VaultFiles, tmp_path: Path) -> None:
    dest = tmp_path / "b.riskvault"
    with vault.open() as session:
        session.backup(dest)
    before = _snapshot(vault.path)
    with pytest.raises(WrongPassphrase):
        Vault.restore(dest, vault.path, LEADER, "inte rätt lösenord här", clock=vault.clock)
    assert _snapshot(vault.path) == before


def test_missing_backup_keys_file_is_refused(vault: VaultFiles, tmp_path: Path) -> None:
    dest = tmp_path / "b.riskvault"
    with vault.open() as session:
        session.backup(dest)
    keys_path(dest).unlink()
    with pytest.raises(BackupInvalid):
        Vault.restore(dest, vault.path, LEADER, LEADER_PASS, clock=vault.clock)


def test_restore_interrupted_between_renames_is_completed_on_open(
    vault: VaultFiles, tmp_path: Path
) -> None:
    dest = tmp_path / "b.riskvault"
    with vault.open() as session:
        session.clients.create(NewClient("I", "Kopian"))
        session.backup(dest)
        session.users.remove("bertil")  # the live vault moves to a new key generation
    # Simulate the crash: marker written, database renamed, keys not yet.
    tmp_db = tmp_path / ".restore-sim.tmp"
    tmp_keys = keys_path(tmp_db)
    tmp_db.write_bytes(dest.read_bytes())
    tmp_keys.write_bytes(keys_path(dest).read_bytes())
    restore_marker(vault.path).write_text(f"{tmp_db.name}\n{tmp_keys.name}\n")
    tmp_db.replace(vault.path)
    with vault.open() as session:
        assert [c.first_name for c in session.clients.search("kopian")] == ["I"]
        assert session.generation == 0
    assert not restore_marker(vault.path).exists()


def test_backup_failing_verification_leaves_live_vault_untouched(
    vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riskapp.vault import backup as backup_module

    dest = tmp_path / "b.riskvault"
    with vault.open() as session:
        session.clients.create(NewClient("Levande", "Valv"))
        wal = vault.path.with_name(vault.path.name + "-wal")
        before = (*_snapshot(vault.path), wal.read_bytes())
        monkeypatch.setattr(backup_module, "check_connection", lambda conn, key: ["broken"])
        with pytest.raises(BackupInvalid):
            session.backup(dest)
        assert (*_snapshot(vault.path), wal.read_bytes()) == before
    assert not dest.exists()
    assert not keys_path(dest).exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_onto_a_new_machine_creates_the_vault(vault: VaultFiles, tmp_path: Path) -> None:
    dest = tmp_path / "b.riskvault"
    with vault.open() as session:
        session.clients.create(NewClient("Flyttad", "Klient"))
        session.backup(dest)
    target_dir = tmp_path / "ny-dator"
    target_dir.mkdir()
    target = target_dir / "team.riskvault"
    Vault.restore(dest, target, LEADER, LEADER_PASS, clock=vault.clock)
    with Vault.open(target, LEADER, LEADER_PASS, clock=vault.clock) as session:
        assert [c.first_name for c in session.clients.search("")] == ["Flyttad"]
    assert sorted(p.name for p in target_dir.iterdir()) == [
        "team.riskvault",
        "team.riskvault.keys",
        "team.riskvault.lock",
        "team.riskvault.throttle",  # kept from now on: deleting it means the maximum delay
    ]
