"""The failed-unlock counter: deleting or replacing its file never resets the delay, and
every failure reaches the audit log at the next successful unlock."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from riskapp.vault import UnlockThrottled, Vault, VaultDamaged, VaultError, WrongPassphrase
from riskapp.vault.paths import keys_path, throttle_path
from riskapp.vault.throttle import MAX_DELAY
from tests.vault.conftest import LEADER, LEADER_PASS, WORKER, VaultFiles


def _fail(vault: VaultFiles, times: int) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            vault.open(WORKER, "fel fel fel fel fel")


def test_a_new_vault_has_a_counter_file(vault: VaultFiles) -> None:
    assert throttle_path(vault.path).is_file()


def test_deleting_the_counter_file_means_the_maximum_delay(vault: VaultFiles) -> None:
    _fail(vault, 3)
    throttle_path(vault.path).unlink()
    with pytest.raises(UnlockThrottled) as err:
        vault.open()
    assert err.value.retry_after == pytest.approx(MAX_DELAY)
    vault.clock.advance(seconds=MAX_DELAY + 1)
    with vault.open() as session:
        details = [r.detail for r in session.audit.list(action="login.failed")]
    assert "throttle_file_missing" in details


def test_deleting_it_again_after_the_wait_is_no_quicker(vault: VaultFiles) -> None:
    throttle_path(vault.path).unlink()
    with pytest.raises(UnlockThrottled):
        vault.open()
    throttle_path(vault.path).unlink()
    with pytest.raises(UnlockThrottled) as err:
        vault.open()
    assert err.value.retry_after == pytest.approx(MAX_DELAY)


def test_garbled_counter_file_means_the_maximum_delay(vault: VaultFiles) -> None:
    throttle_path(vault.path).write_text("{not json", encoding="utf-8")
    with pytest.raises(UnlockThrottled):
        vault.open()


def test_every_failure_is_audited_with_its_time(vault: VaultFiles) -> None:
    _fail(vault, 3)
    vault.clock.advance(seconds=10)
    with vault.open() as session:
        failed = session.audit.list(action="login.failed")
    assert len(failed) == 3
    assert all(" at=" in f.detail for f in failed)
    assert all(f.user == "" for f in failed)


def test_a_directory_at_the_counter_path_is_a_clear_error(vault: VaultFiles) -> None:
    path = throttle_path(vault.path)
    path.unlink()
    path.mkdir()
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.code == "throttle_path_invalid"
    path.rmdir()


def test_a_backup_opens_without_a_counter_file(vault: VaultFiles, tmp_path: Path) -> None:
    dest = tmp_path / "copy.riskvault"
    with vault.open() as session:
        session.backup(dest)
    assert not throttle_path(dest).exists()
    Vault.open(dest, LEADER, LEADER_PASS, clock=vault.clock).close()
    assert throttle_path(dest).is_file()


def test_clearing_the_counter_mark_too_is_reported_as_tampering(vault: VaultFiles) -> None:
    body = json.loads(keys_path(vault.path).read_bytes())
    body.pop("sha256")
    body["counter"] = False
    body["sha256"] = hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    ).hexdigest()
    keys_path(vault.path).write_text(json.dumps(body), encoding="utf-8")
    throttle_path(vault.path).unlink()
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_tampered"
