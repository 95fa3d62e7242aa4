"""Opening a vault: every way it can fail has its own error; the file is SQLCipher."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from riskapp.domain.records import Role
from riskapp.vault import (
    KdfParams,
    NotAVault,
    PermissionDenied,
    ValidationFailed,
    Vault,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from riskapp.vault.slots import keys_path
from tests.vault.conftest import LEADER, LEADER_PASS, WORKER, WORKER_PASS, VaultFiles


def test_vault_file_is_encrypted_and_keys_file_is_owner_only(vault: VaultFiles) -> None:
    assert not vault.path.read_bytes().startswith(b"SQLite format 3")
    assert keys_path(vault.path).stat().st_mode & 0o777 == 0o600
    assert vault.path.stat().st_mode & 0o777 == 0o600


def test_open_returns_session_bound_to_user_and_role(vault: VaultFiles) -> None:
    with vault.open(WORKER, WORKER_PASS) as session:
        assert session.user.name == WORKER
        assert session.user.role is Role.CASEWORKER
        assert not session.closed
    assert session.closed


def test_close_is_idempotent(vault: VaultFiles) -> None:
    session = vault.open()
    session.close()
    session.close()
    assert session.closed


def test_wrong_passphrase_and_unknown_user_raise_the_same_error(vault: VaultFiles) -> None:
    with pytest.raises(WrongPassphrase) as wrong:
        vault.open(LEADER, "not the passphrase at all")
    with pytest.raises(WrongPassphrase) as unknown:
        vault.open("nobody", LEADER_PASS)
    assert wrong.value.code == unknown.value.code == "wrong_passphrase"
    assert str(wrong.value) == str(unknown.value)


def test_missing_vault_raises_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "none.riskvault", LEADER, LEADER_PASS)


def test_plain_sqlite_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "plain.riskvault"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotAVault):
        Vault.open(path, LEADER, LEADER_PASS)


def test_empty_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "empty.riskvault"
    path.write_bytes(b"")
    with pytest.raises(NotAVault):
        Vault.open(path, LEADER, LEADER_PASS)


def test_random_bytes_with_valid_keys_are_reported_damaged(vault: VaultFiles) -> None:
    vault.path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    # The salt recorded in the key file no longer matches: damaged, or another vault's.
    assert err.value.code in ("vault_damaged", "keys_other_vault")


def test_truncated_file_is_reported_damaged(vault: VaultFiles) -> None:
    data = vault.path.read_bytes()
    vault.path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "vault_truncated"


def test_truncated_at_page_boundary_is_reported_damaged(vault: VaultFiles) -> None:
    data = vault.path.read_bytes()
    vault.path.write_bytes(data[: 4096 * 2])
    with pytest.raises(VaultDamaged):
        vault.open()


def test_missing_keys_file_is_damaged_not_wrong_passphrase(vault: VaultFiles) -> None:
    keys_path(vault.path).unlink()
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_missing"


def test_edited_keys_file_is_damaged_not_wrong_passphrase(vault: VaultFiles) -> None:
    path = keys_path(vault.path)
    data = json.loads(path.read_text())
    data["slots"][0]["role"] = (
        "teamleader" if data["slots"][0]["role"] != "teamleader" else "caseworker"
    )
    path.write_text(json.dumps(data))
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_damaged"


def test_garbage_keys_file_is_damaged(vault: VaultFiles) -> None:
    keys_path(vault.path).write_bytes(b"\x00\xffnot json")
    with pytest.raises(VaultDamaged):
        vault.open()


def test_keys_of_another_vault_do_not_open_it(vault: VaultFiles, tmp_path: Path) -> None:
    other = tmp_path / "other.riskvault"
    session, _ = Vault.create(
        other, organisation="x", username=LEADER, passphrase=LEADER_PASS, kdf=KdfParams.fast()
    )
    session.close()
    keys_path(vault.path).write_bytes(keys_path(other).read_bytes())
    with pytest.raises(VaultDamaged):
        vault.open()


def test_second_open_in_same_process_is_refused_as_in_use(vault: VaultFiles) -> None:
    with vault.open(), pytest.raises(VaultInUse):
        vault.open(WORKER, WORKER_PASS)


def test_open_in_another_process_is_refused_as_in_use(vault: VaultFiles) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom riskapp.vault import Vault, VaultInUse\n"
        "try:\n    Vault.open(Path(sys.argv[1]), sys.argv[2], sys.argv[3])\n"
        "except VaultInUse:\n    print('in use')\n"
    )
    with vault.open():
        out = subprocess.run(
            [sys.executable, "-c", code, str(vault.path), WORKER, WORKER_PASS],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
    assert out.stdout.strip() == "in use"


def test_create_refuses_weak_passphrase_and_existing_vault(
    vault: VaultFiles, tmp_path: Path
) -> None:
    with pytest.raises(WeakPassphrase) as err:
        Vault.create(
            tmp_path / "new.riskvault",
            organisation="x",
            username="u",
            passphrase="kort",
            kdf=KdfParams.fast(),
        )
    assert err.value.code == "passphrase_short"
    assert not (tmp_path / "new.riskvault").exists()
    with pytest.raises(ValidationFailed):
        Vault.create(
            vault.path, organisation="x", username="u", passphrase=LEADER_PASS, kdf=KdfParams.fast()
        )


def test_production_kdf_floor_is_enforced() -> None:
    with pytest.raises(ValueError, match="64 MiB"):
        KdfParams(time_cost=1, memory_kib=1024, parallelism=1).check_for_new_slot()
    KdfParams.fast().check_for_new_slot()
    KdfParams().check_for_new_slot()


def test_change_passphrase_needs_old_and_replaces_it(vault: VaultFiles) -> None:
    with vault.open(WORKER, WORKER_PASS) as session:
        with pytest.raises(WrongPassphrase):
            session.change_passphrase("wrong old passphrase", "ett nytt långt lösenord")
        session.change_passphrase(WORKER_PASS, "ett nytt långt lösenord")
    with pytest.raises(WrongPassphrase):
        vault.open(WORKER, WORKER_PASS)
    vault.open(WORKER, "ett nytt långt lösenord").close()


def test_recovery_key_resets_a_forgotten_passphrase(vault: VaultFiles) -> None:
    with Vault.open_with_recovery(
        vault.path, vault.recovery_key.lower().replace("-", " "), clock=vault.clock
    ) as recovery:
        recovery.reset_passphrase(LEADER, "glömde det gamla lösenordet")
    vault.open(LEADER, "glömde det gamla lösenordet").close()
    with pytest.raises(WrongPassphrase):
        vault.open(LEADER, LEADER_PASS)


def test_wrong_recovery_key_is_wrong_passphrase(vault: VaultFiles) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery(vault.path, "AAAA-BBBB", clock=vault.clock)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery(vault.path, "A" * 52, clock=vault.clock)


def test_caseworker_cannot_reset_another_users_passphrase(vault: VaultFiles) -> None:
    with vault.open(WORKER, WORKER_PASS) as session, pytest.raises(PermissionDenied):
        session.users.reset_passphrase(LEADER, "en helt ny lösenfras")
