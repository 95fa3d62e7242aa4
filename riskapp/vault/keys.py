"""Key management on an open vault: passphrases, slots, and rotating the data key.

``change_passphrase`` re-wraps the own slot, ``set_user_slot`` gives a user a fresh slot
(add, reset), ``rotate_key`` gives the vault a new data key (``users.remove``) and
``finish_rotation`` completes a rotation, also one that a crash or a full disk interrupted
(called again by the next open). The protocol and its failure behaviour are described in
the package docstring (``riskapp/vault/__init__.py``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from riskapp.domain import passphrase as policy
from riskapp.domain.records import Role
from riskapp.vault import audit, slots
from riskapp.vault.connection import DatabaseError, is_disk_full, rekey
from riskapp.vault.errors import DiskFull, VaultError, WeakPassphrase, WrongPassphrase
from riskapp.vault.paths import wal_path
from riskapp.vault.slots import SlotFile
from riskapp.vault.unit_of_work import UnitOfWork

#: Called with a step name during key rotation: "slots_written", "epoch_staged" (inside
#: the epoch transaction, before its commit), "epoch_written", "checkpointed" and
#: "rekey_written" (inside ``connection.rekey``), "rekeyed". Tests raise in it to simulate
#: a crash or a full disk at that point.
FaultHook = Callable[[str], None]

#: Free space a rotation needs beyond the database and its WAL: the rollback journal's
#: page headers, the slot file written twice, a fresh WAL and -shm.
SPACE_MARGIN = 1024 * 1024
_MB = 1024 * 1024


def check_passphrase(passphrase: str, user_name: str | None = None) -> None:
    """Raise WeakPassphrase (code from the domain policy) when the policy refuses it."""
    found = policy.problems(passphrase, user_name=user_name)
    if found:
        raise WeakPassphrase(
            "passphrase refused by policy", code=found[0], min_length=policy.MIN_LENGTH
        )


def _save_slots(work: UnitOfWork, slot_file: SlotFile) -> None:
    """Write the slot file (atomic: on failure the old file is intact)."""
    try:
        work.save_slots(slot_file)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull("disk full; key-slot file unchanged") from exc
        raise


def change_passphrase(work: UnitOfWork, old: str, new: str) -> None:
    """Re-wrap the own slot under ``new``; WrongPassphrase when ``old`` is wrong."""
    user = work.user
    check_passphrase(new, user.name)
    current = work.reload_slots()
    slot = current.user_slot(user.name)
    if slot is None:
        raise WrongPassphrase("no slot for this user")
    private = slots.unlock_user_slot(current.vault_id, slot, old)
    kdf = current.new_slot_kdf.for_new_slot()  # never below the build's floor
    new_slot = slots.rewrap_user_slot(current.vault_id, slot, private, new, kdf)
    _save_slots(work, current.with_slot(new_slot))
    with work.tx():
        work.record("user.passwd", object_type="user", object_id=user.id)


def set_user_slot(work: UnitOfWork, name: str, role: Role, new_passphrase: str) -> None:
    """A fresh slot for ``name`` holding the current DEK (passphrase reset/add)."""
    check_passphrase(new_passphrase, name)
    current = work.reload_slots()
    deks = {current.generation: work.dek}
    slot = slots.new_user_slot(
        current.vault_id,
        name,
        role.value,
        new_passphrase,
        current.new_slot_kdf.for_new_slot(),  # never below the build's floor
        deks,
        anchor_key=work.anchor_key if role is Role.TEAMLEADER else None,
    )
    _save_slots(work, current.without_user(name).with_slot(slot))


# --- rotation ---------------------------------------------------------------------------


def space_needed(vault_path: Path) -> int:
    """Bytes a rekey needs free: the checkpoint may grow the file by the WAL, and the
    rollback journal holds a copy of every page; plus ``SPACE_MARGIN``."""
    size = vault_path.stat().st_size
    wal = wal_path(vault_path)
    wal_size = wal.stat().st_size if wal.exists() else 0
    return size + wal_size + (size + wal_size) // 100 + SPACE_MARGIN


def _has_space(vault_path: Path) -> bool:
    return shutil.disk_usage(vault_path.parent).free >= space_needed(vault_path)


def check_free_space(vault_path: Path) -> None:
    """DiskFull (code disk_space_low) when the vault's disk cannot hold a rekey."""
    needed = space_needed(vault_path)
    free = shutil.disk_usage(vault_path.parent).free
    if free < needed:
        raise DiskFull(
            "not enough free space for a key rotation",
            code="disk_space_low",
            needed_mb=-(-needed // _MB),
            free_mb=free // _MB,
        )


def rotate_key(
    work: UnitOfWork, *, removing: str | None = None, fault_hook: FaultHook | None = None
) -> None:
    """Give the vault a new DEK, sealed to every slot except ``removing``'s.

    Refused (DiskFull, nothing changed) when the disk cannot hold the rekey. Step 1
    writes the slot file with both generations and a ``pending`` mark; then
    ``finish_rotation`` does the rest. A failure after step 1 discards the session.
    """
    current = work.reload_slots()
    if current.pending is not None:
        raise VaultError("a key rotation is already pending", code="rotation_pending")
    check_free_space(work.path)
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
    _save_slots(work, staged)  # atomic: on failure nothing changed and the session goes on
    with _discarded_on_failure(work):
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
    """Complete the pending rotation in ``work.slot_file`` (idempotent; rotate_key, open).

    On any failure the session is discarded without another write: the files are then
    exactly what a crash at that point leaves, and the next open completes the rotation.
    A full disk is raised as DiskFull, whatever step it hit."""
    with _discarded_on_failure(work):
        _finish_rotation(work, deks, opened_generation=opened_generation, fault_hook=fault_hook)


@contextmanager
def _discarded_on_failure(work: UnitOfWork) -> Iterator[None]:
    try:
        yield
    except BaseException as exc:
        work.discard()
        if isinstance(exc, DiskFull) and exc.code != "disk_full":
            raise  # disk_space_low (refused before the rekey) or already rotation_disk_full
        if isinstance(exc, DiskFull) or (
            isinstance(exc, OSError | DatabaseError) and is_disk_full(exc)
        ):
            raise DiskFull("disk full during key rotation", code="rotation_disk_full") from exc
        raise


def _finish_rotation(
    work: UnitOfWork,
    deks: dict[int, bytes],
    *,
    opened_generation: int,
    fault_hook: FaultHook | None,
) -> None:
    staged = work.slot_file
    pending = staged.pending
    assert pending is not None
    work.remember_deks(deks)
    old, new = staged.generation, pending.generation
    if opened_generation == old:
        _write_epoch(work, staged, deks, fault_hook)
        if fault_hook:
            fault_hook("epoch_written")
        check_free_space(work.path)
        try:
            rekey(work.conn, deks[new], on_step=fault_hook)
        except DatabaseError as exc:
            # SQLCipher reports a rekey that ran out of space as a generic SQLITE_ERROR.
            if is_disk_full(exc) or not _has_space(work.path):
                raise DiskFull("disk full during the rekey", code="rotation_disk_full") from exc
            raise VaultError("key rotation interrupted", code="rotation_interrupted") from exc
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


def _write_epoch(
    work: UnitOfWork, staged: SlotFile, deks: dict[int, bytes], fault_hook: FaultHook | None
) -> None:
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
        if fault_hook:
            fault_hook("epoch_staged")
