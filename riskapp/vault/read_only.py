"""Verifying a vault that cannot be written (read-only media, a write-protected copy).

``verify`` unlocks the user's slot and opens the database read-only: no lock file, no
throttle update, no audit row, no slot-file write. Without a ``-wal`` the file is opened
``immutable`` (SQLite creates no ``-wal``/``-shm``); with one, read-only mode reads it
through its ``-shm`` index, and when that cannot be created the file is opened
``immutable`` without the WAL (a note says so). Everything else is the same check
as ``Session.verify``: pages, integrity, foreign keys, triggers, the audit chain, the
slot file's MAC, the audit head and the team-leader anchor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from riskapp.vault import anchor, audit, slots
from riskapp.vault.backup import check_connection
from riskapp.vault.connection import DatabaseError, raw_key_literal
from riskapp.vault.errors import VaultDamaged, VaultError, WrongPassphrase
from riskapp.vault.kdf import burn_kdf
from riskapp.vault.opening import check_same_vault, check_vault_file
from riskapp.vault.paths import wal_path
from riskapp.vault.slots import SlotFile


def _connect(path: Path, dek: bytes, *, immutable: bool) -> Any:
    flag = "immutable=1" if immutable else "mode=ro"
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?{flag}", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {raw_key_literal(dek)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def verify(path: Path, username: str, passphrase: str) -> tuple[list[str], list[str]]:
    """(problems, notes) for ``path`` opened read-only as ``username``."""
    check_vault_file(path)
    slot_file = SlotFile.load(path)
    check_same_vault(path, slot_file)
    slot = slot_file.user_slot(username)
    if slot is None:
        burn_kdf(slot_file.new_slot_kdf)
        raise WrongPassphrase("wrong passphrase or unknown user")
    private = slots.unlock_user_slot(slot_file.vault_id, slot, passphrase)
    deks = slots.open_deks(slot_file.vault_id, slot, private)
    anchor_key = slots.open_anchor_key(slot_file.vault_id, slot, private)
    dek = deks.get(slot_file.generation)
    if dek is None:
        raise VaultDamaged("no data key for the slot file's generation", code="keys_damaged")
    notes = ["read-only: no audit row, lock or counter was written"]
    wal = wal_path(path)
    has_wal = wal.exists() and wal.stat().st_size > 0
    # No WAL to read: immutable (SQLite then creates no -wal/-shm at all). With a WAL,
    # read-only mode reads it through its -shm, immutable only when that cannot be made.
    immutable = not has_wal
    try:
        conn = _connect(path, dek, immutable=immutable)
    except DatabaseError:
        if immutable:
            raise VaultDamaged("vault file does not open", code="vault_damaged") from None
        immutable = True
        try:
            conn = _connect(path, dek, immutable=True)
        except DatabaseError as exc:
            raise VaultDamaged("vault file does not open", code="vault_damaged") from exc
    if immutable and has_wal:
        notes.append("the write-ahead log (-wal) could not be read on read-only media")
    try:
        problems = check_connection(conn, audit.chain_key(dek, slot_file.vault_id))
        try:
            slot_file.check_mac(slots.mac_key(dek, slot_file.vault_id))
        except VaultError as exc:
            problems.append(f"key-slot file: {exc} ({exc.code})")
        try:
            problems += anchor.check(conn, slot_file, anchor_key)
        except DatabaseError as exc:
            problems.append(f"audit anchor check could not run: {exc}")
    finally:
        conn.close()
    return problems, notes
