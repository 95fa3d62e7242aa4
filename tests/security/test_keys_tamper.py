"""Tamper cases on the key-slot file: KDF downgrade, absurd parameters, deep nesting,
another vault's file. Each is refused with a clear error before any long work."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from riskapp.domain.records import Role
from riskapp.vault import KdfParams, Vault, VaultDamaged, kdf
from riskapp.vault.paths import keys_path
from riskapp.vault.slots import SlotFile
from tests.vault.conftest import LEADER, LEADER_PASS, VaultFiles


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _edit(path: Path, change: Any) -> None:
    """Edit the .keys JSON and fix its unkeyed checksum, as an attacker would."""
    body = json.loads(keys_path(path).read_bytes())
    body.pop("sha256")
    change(body)
    body["sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
    keys_path(path).write_text(json.dumps(body), encoding="utf-8")


def test_kdf_downgrade_in_the_file_is_refused_as_tampering(vault: VaultFiles) -> None:
    def weaken(body: dict[str, Any]) -> None:
        body["new_slot_kdf"] = {"alg": "argon2id", "t": 1, "m": 8, "p": 1, "testing": True}

    _edit(vault.path, weaken)
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_tampered"


def test_new_slots_never_take_test_parameters_from_a_file_outside_tests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weak = KdfParams.fast()
    monkeypatch.setattr(kdf, "_test_parameters_allowed", False)
    raised = weak.for_new_slot()
    assert raised.memory_kib >= kdf.MIN_MEMORY_KIB
    assert not raised.testing
    tuned = KdfParams(time_cost=3, memory_kib=128 * 1024, parallelism=2)
    assert tuned.for_new_slot() == tuned


def test_users_add_uses_the_floor_even_with_a_valid_mac(
    vault: VaultFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An insider with the DEK can re-MAC a weak new_slot_kdf: still no weak slot."""
    seen: list[KdfParams] = []
    with vault.open() as session:
        monkeypatch.setattr(kdf, "_test_parameters_allowed", False)
        monkeypatch.setattr(KdfParams, "check_for_new_slot", lambda self: seen.append(self))
        monkeypatch.setattr(
            "riskapp.vault.slots.derive_kek", lambda passphrase, salt, params: b"k" * 32
        )
        session.users.add("cecilia", Role.CASEWORKER, "cecilias långa lösenfras")
    assert seen
    assert all(p.memory_kib >= kdf.MIN_MEMORY_KIB for p in seen)


@pytest.mark.parametrize(("m", "t"), [(4 * 1024 * 1024, 64), (2 * 1024 * 1024, 1), (65536, 17)])
def test_parameters_above_the_ceiling_are_refused_before_deriving(
    vault: VaultFiles, m: int, t: int
) -> None:
    def heavy(body: dict[str, Any]) -> None:
        for slot in body["slots"]:
            if slot["kdf"]:
                slot["kdf"].update(m=m, t=t)

    _edit(vault.path, heavy)
    started = time.monotonic()
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_damaged"
    assert time.monotonic() - started < 5


def test_deeply_nested_arrays_are_keys_damaged(vault: VaultFiles) -> None:
    keys_path(vault.path).write_bytes(b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_damaged"


def test_a_huge_keys_file_is_not_parsed(vault: VaultFiles) -> None:
    keys_path(vault.path).write_bytes(b" " * (8 * 1024 * 1024))
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_damaged"


def test_keys_file_of_another_vault_is_named(vault: VaultFiles, tmp_path: Path, clock: Any) -> None:
    other = tmp_path / "other" / "other.riskvault"
    session, _ = Vault.create(
        other,
        organisation="Annan",
        username=LEADER,
        passphrase=LEADER_PASS,
        clock=clock,
        kdf=KdfParams.fast(),
    )
    session.close()
    shutil.copy2(keys_path(other), keys_path(vault.path))
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_other_vault"


def test_an_unkeyed_file_is_refused_once_the_vault_is_keyed(vault: VaultFiles) -> None:
    _edit(vault.path, lambda body: body.pop("mac"))
    with pytest.raises(VaultDamaged) as err:
        vault.open()
    assert err.value.code == "keys_tampered"


def test_edit_during_a_session_is_found_by_verify(vault: VaultFiles) -> None:
    with vault.open() as session:
        _edit(vault.path, lambda body: body.update(generation=body["generation"]))
        body = json.loads(keys_path(vault.path).read_bytes())
        assert SlotFile.loads(json.dumps(body).encode()) is not None

        def weaken(b: dict[str, Any]) -> None:
            b["new_slot_kdf"]["m"] = 8

        _edit(vault.path, weaken)
        problems = session.verify().problems
    assert any("keys_tampered" in p for p in problems), problems
