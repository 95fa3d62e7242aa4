"""Removing a user rotates the data key, crash-safely: a crash after any step is rolled
forward on the next open, and the removed user's passphrase and old slot stop working.

kill -9 during rotations: tests/reliability/test_kill_during_rotation.py."""

from __future__ import annotations

import json

import pytest

from riskapp.domain.records import NewClient, Role
from riskapp.vault import PermissionDenied, VaultDamaged, WrongPassphrase
from riskapp.vault.slots import keys_path
from tests.vault.conftest import LEADER, WORKER, WORKER_PASS, VaultFiles


class SimulatedCrashError(Exception):
    pass


def test_removed_user_cannot_open_and_key_changed(vault: VaultFiles) -> None:
    with vault.open() as session:
        old_dek = session.dek
        session.users.remove(WORKER)
        assert session.dek != old_dek
        assert [u.name for u in session.users.list()] == [LEADER]
    with pytest.raises(WrongPassphrase):
        vault.open(WORKER, WORKER_PASS)
    keys = json.loads(keys_path(vault.path).read_text())
    assert keys["pending"] is None
    assert keys["generation"] == 1
    assert all(len(s["deks"]) == 1 for s in keys["slots"])


def test_old_copy_of_removed_users_slot_no_longer_opens(vault: VaultFiles) -> None:
    old_keys = keys_path(vault.path).read_bytes()
    with vault.open() as session:
        session.users.remove(WORKER)
    current_keys = keys_path(vault.path).read_bytes()
    keys_path(vault.path).write_bytes(old_keys)  # the removed user's saved copy
    with pytest.raises((VaultDamaged, WrongPassphrase)):
        vault.open(WORKER, WORKER_PASS)
    keys_path(vault.path).write_bytes(current_keys)
    vault.open().close()


@pytest.mark.parametrize("step", ["slots_written", "epoch_written", "rekeyed"])
def test_crash_between_rotation_steps_is_rolled_forward(vault: VaultFiles, step: str) -> None:
    def crash(at: str) -> None:
        if at == step:
            raise SimulatedCrashError(at)

    session = vault.open()
    client = session.clients.create(NewClient("Kvar", "Efter"))
    with pytest.raises(SimulatedCrashError):
        session.users.remove(WORKER, fault_hook=crash)
    session.close()
    with pytest.raises(WrongPassphrase):
        vault.open(WORKER, WORKER_PASS)
    with vault.open() as reopened:
        assert reopened.generation == 1
        assert reopened.clients.get(client.id).first_name == "Kvar"
        assert [u.name for u in reopened.users.list()] == [LEADER]
        assert reopened.verify().ok
        assert len([e for e in reopened.audit.list() if e.action == "key.rotate"]) == 1
    assert json.loads(keys_path(vault.path).read_text())["pending"] is None


def test_cannot_remove_self_or_last_team_leader(vault: VaultFiles) -> None:
    with vault.open() as session, pytest.raises(PermissionDenied):
        session.users.remove(LEADER)


def test_caseworker_cannot_add_or_remove_users(vault: VaultFiles) -> None:
    with vault.open(WORKER, WORKER_PASS) as session:
        with pytest.raises(PermissionDenied):
            session.users.add("carl", Role.CASEWORKER, "carls långa lösenord")
        with pytest.raises(PermissionDenied):
            session.users.remove(LEADER)
