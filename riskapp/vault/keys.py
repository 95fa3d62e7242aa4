"""Key management on an open vault: passphrases, slots, and rotating the data key.

``change_passphrase`` re-wraps the own slot, ``set_user_slot`` gives a user a fresh slot
(add, reset), ``rotate_key`` gives the vault a new data key (``users.remove``) and
``finish_rotation`` completes a rotation, also one that a crash interrupted (called
again by the next open). The protocol is described in the package docstring
(``riskapp/vault/__init__.py``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

from riskapp.domain import passphrase as policy
from riskapp.domain.records import Role
from riskapp.vault import audit, slots
from riskapp.vault.connection import rekey
from riskapp.vault.errors import VaultError, WeakPassphrase, WrongPassphrase
from riskapp.vault.slots import SlotFile
from riskapp.vault.unit_of_work import UnitOfWork

#: Called with a step name during key rotation ("slots_written", "epoch_written",
#: "rekeyed"); tests raise in it to simulate a crash between steps.
FaultHook = Callable[[str], None]


def check_passphrase(passphrase: str, user_name: str | None = None) -> None:
    """Raise WeakPassphrase (code from the domain policy) when the policy refuses it."""
    found = policy.problems(passphrase, user_name=user_name)
    if found:
        raise WeakPassphrase(
            "passphrase refused by policy", code=found[0], min_length=policy.MIN_LENGTH
        )


def change_passphrase(work: UnitOfWork, old: str, new: str) -> None:
    """Re-wrap the own slot under ``new``; WrongPassphrase when ``old`` is wrong."""
    user = work.user
    check_passphrase(new, user.name)
    current = work.reload_slots()
    slot = current.user_slot(user.name)
    if slot is None:
        raise WrongPassphrase("no slot for this user")
    private = slots.unlock_user_slot(current.vault_id, slot, old)
    new_slot = slots.rewrap_user_slot(current.vault_id, slot, private, new, current.new_slot_kdf)
    work.save_slots(current.with_slot(new_slot))
    with work.tx():
        work.record("user.passwd", object_type="user", object_id=user.id)


def set_user_slot(work: UnitOfWork, name: str, role: Role, new_passphrase: str) -> None:
    """A fresh slot for ``name`` holding the current DEK (passphrase reset/add)."""
    check_passphrase(new_passphrase, name)
    current = work.reload_slots()
    deks = {current.generation: work.dek}
    slot = slots.new_user_slot(
        current.vault_id, name, role.value, new_passphrase, current.new_slot_kdf, deks
    )
    work.save_slots(current.without_user(name).with_slot(slot))


# --- rotation ---------------------------------------------------------------------------


def rotate_key(
    work: UnitOfWork, *, removing: str | None = None, fault_hook: FaultHook | None = None
) -> None:
    """Give the vault a new DEK, sealed to every slot except ``removing``'s.

    Step 1 writes the slot file with both generations and a ``pending`` mark; then
    ``finish_rotation`` writes the audit epoch (old key), rekeys, and drops the old
    generation from the slot file. A crash anywhere is rolled forward by the next open.
    """
    current = work.reload_slots()
    if current.pending is not None:
        raise VaultError("a key rotation is already pending", code="rotation_pending")
    new_generation = current.generation + 1
    new_dek = os.urandom(32)
    staged = current.without_user(removing) if removing else current
    staged = replace(
        staged,
        pending=slots.Pending(new_generation, removing),
        slots=tuple(
            slots.seal_dek(current.vault_id, s, new_generation, new_dek) for s in staged.slots
        ),
    )
    work.save_slots(staged)
    if fault_hook:
        fault_hook("slots_written")
    finish_rotation(
        work,
        {current.generation: work.dek, new_generation: new_dek},
        opened_generation=current.generation,
        fault_hook=fault_hook,
    )


def finish_rotation(
    work: UnitOfWork,
    deks: dict[int, bytes],
    *,
    opened_generation: int,
    fault_hook: FaultHook | None = None,
) -> None:
    """Complete the pending rotation in ``work.slot_file`` (idempotent; rotate_key, open)."""
    staged = work.slot_file
    pending = staged.pending
    assert pending is not None
    old, new = staged.generation, pending.generation
    if opened_generation == old:
        _write_epoch(work, staged, deks)
        if fault_hook:
            fault_hook("epoch_written")
        rekey(work.conn, deks[new])
        if fault_hook:
            fault_hook("rekeyed")
    finished = replace(
        staged,
        generation=new,
        pending=None,
        slots=tuple(slots.drop_generation(s, old) for s in staged.slots),
    )
    work.switch_key(deks[new])
    work.save_slots(finished)


def _write_epoch(work: UnitOfWork, staged: SlotFile, deks: dict[int, bytes]) -> None:
    """Step 2, under the old key: the user removed, ``user.remove``, epoch, ``key.rotate``."""
    pending = staged.pending
    assert pending is not None
    old, new = staged.generation, pending.generation
    old_key = audit.chain_key(deks[old], staged.vault_id)
    new_key = audit.chain_key(deks[new], staged.vault_id)
    with work.tx() as conn:
        if audit.has_epoch(conn, new):
            return
        now = work.clock.now()
        actor = work.actor_id
        if pending.removing:
            row = conn.execute(
                "SELECT id FROM users WHERE name = ? AND removed_at IS NULL",
                (pending.removing,),
            ).fetchone()
            if row is not None:
                conn.execute(
                    "UPDATE users SET removed_at = ? WHERE id = ?", (now.isoformat(), row[0])
                )
                audit.append(
                    conn,
                    old_key,
                    old,
                    now,
                    actor,
                    "user.remove",
                    object_type="user",
                    object_id=int(row[0]),
                )
        audit.start_epoch(conn, new, new_key, old_key, now)
        audit.append(conn, new_key, new, now, actor, "key.rotate", detail=f"generation={new}")
