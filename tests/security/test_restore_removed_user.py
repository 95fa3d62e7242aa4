"""Restoring a backup made before ``users remove`` must not silently let the user back in."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from riskapp.cli import Console, main
from riskapp.vault import BackupInvalid, Vault
from tests.vault.conftest import LEADER, LEADER_PASS, WORKER, VaultFiles


def _backup_then_remove(vault: VaultFiles, tmp_path: Path) -> Path:
    dest = tmp_path / "before.riskvault"
    with vault.open() as session:
        session.backup(dest)
        session.users.remove(WORKER)
    return dest


def test_restore_refuses_to_bring_back_a_removed_user(vault: VaultFiles, tmp_path: Path) -> None:
    dest = _backup_then_remove(vault, tmp_path)
    before = vault.path.read_bytes()
    with pytest.raises(BackupInvalid) as err:
        Vault.restore(dest, vault.path, LEADER, LEADER_PASS, clock=vault.clock)
    assert err.value.code == "restore_readds_users"
    assert WORKER in err.value.params["users"]
    assert vault.path.read_bytes() == before
    Vault.restore(dest, vault.path, LEADER, LEADER_PASS, clock=vault.clock, force=True)


def test_cli_names_the_users_and_needs_force(vault: VaultFiles, tmp_path: Path) -> None:
    dest = _backup_then_remove(vault, tmp_path)
    argv = ["vault", "restore", "--from", str(dest), "--vault", str(vault.path)]
    argv += ["--user", LEADER, "--passphrase-stdin"]
    err = io.StringIO()
    code = main(
        argv, Console(stdin=io.StringIO(LEADER_PASS + "\n"), stdout=io.StringIO(), stderr=err)
    )
    assert code == 1
    assert WORKER in err.getvalue()
    assert "--force" in err.getvalue()
    err = io.StringIO()
    code = main(
        [*argv, "--force"],
        Console(stdin=io.StringIO(LEADER_PASS + "\n"), stdout=io.StringIO(), stderr=err),
    )
    assert code == 0, err.getvalue()
