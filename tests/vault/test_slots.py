"""Key slots: AES-GCM binds the slot's fields; the recovery key reads back."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from riskapp.vault import VaultDamaged, WrongPassphrase
from riskapp.vault.kdf import KdfParams
from riskapp.vault.recovery_key import format_recovery_key, parse_recovery_key
from riskapp.vault.slots import (
    SlotFile,
    new_recovery_slot,
    new_user_slot,
    open_deks,
    unlock_recovery_slot,
    unlock_user_slot,
)

VID = "ab" * 16


def test_user_slot_unwraps_the_dek_only_with_its_passphrase() -> None:
    dek = os.urandom(32)
    slot = new_user_slot(VID, "anna", "teamleader", "rätt lösenord", KdfParams.fast(), {0: dek})
    assert open_deks(VID, slot, unlock_user_slot(VID, slot, "rätt lösenord")) == {0: dek}
    with pytest.raises(WrongPassphrase):
        unlock_user_slot(VID, slot, "fel lösenord")


@pytest.mark.parametrize("field", ["user", "role", "id"])
def test_slot_fields_are_bound_by_associated_data(field: str) -> None:
    slot = new_user_slot(
        VID, "anna", "caseworker", "rätt lösenord", KdfParams.fast(), {0: os.urandom(32)}
    )
    moved = replace(slot, **{field: "teamleader" if field == "role" else "other"})
    with pytest.raises(WrongPassphrase):
        unlock_user_slot(VID, moved, "rätt lösenord")
    with pytest.raises(WrongPassphrase):
        unlock_user_slot("cd" * 16, slot, "rätt lösenord")


def test_recovery_key_is_readable_and_round_trips() -> None:
    raw = os.urandom(32)
    text = format_recovery_key(raw)
    assert len(text.split("-")) == 13
    assert all(len(g) <= 4 for g in text.split("-"))
    assert parse_recovery_key(text.lower().replace("-", " ")) == raw
    slot = new_recovery_slot(VID, raw, {3: b"k" * 32})
    assert open_deks(VID, slot, unlock_recovery_slot(VID, slot, raw)) == {3: b"k" * 32}


def test_slot_file_round_trips_and_detects_edits() -> None:
    slot = new_user_slot(
        VID, "anna", "teamleader", "rätt lösenord", KdfParams.fast(), {0: os.urandom(32)}
    )
    file = SlotFile(VID, 0, None, KdfParams.fast(), (slot,))
    raw = file.dumps(b"m" * 32)
    assert SlotFile.loads(raw) == file
    with pytest.raises(VaultDamaged):
        SlotFile.loads(raw.replace(b'"generation": 0', b'"generation": 1', 1))
