"""Integrity checks, verified backups and verified restores.

A backup is a vault of its own: ``F`` (a keyed copy made with the SQLite backup API under
the same data key) and ``F.keys`` (a copy of the slot file). Both are written to temp
names beside ``F``, the copy is opened and fully checked, and only then renamed into
place. The live vault is only read; one ``vault.backup`` audit row is added after the
backup succeeded, so a failing backup leaves the live vault exactly as it was.

Restore opens the backup's copy beside the target with the user's passphrase, runs every
check, then replaces the target: a ``<target>.restoring`` marker names the two verified
temp files before the two renames, so a crash between them is finished by the next open.
"""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from dataclasses import replace
from pathlib import Path

from riskapp.domain.clock import Clock
from riskapp.vault import anchor, audit, schema, throttle
from riskapp.vault.connection import (
    Connection,
    DatabaseError,
    KeyRejected,
    open_connection,
)
from riskapp.vault.errors import BackupInvalid, VaultError, WrongPassphrase
from riskapp.vault.files import VaultLock, atomic_write
from riskapp.vault.opening import database_salt, unlock
from riskapp.vault.paths import keys_path, lock_path, restore_marker, sqlite_files, throttle_path
from riskapp.vault.slots import SlotFile, mac_key
from riskapp.vault.unit_of_work import UnitOfWork


def _failed(what: str, exc: BaseException) -> str:
    """One line in words for a check that could not run (the error's text, no data)."""
    detail = str(exc).strip()[:200] or type(exc).__name__
    return f"{what} could not run: {detail}"


def check_connection(conn: Connection, chain_key: bytes) -> list[str]:
    """Every integrity check on an open vault; problems as short English lines.

    Each check runs on its own: one that fails (a damaged page raises while reading) is
    reported in words and the others still run, so the caller gets every finding."""
    problems: list[str] = []
    try:
        cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [f"cipher: {line}" for line in cipher[:50]]
    except DatabaseError as exc:
        problems.append(_failed("cipher integrity check (page HMACs)", exc))
    try:
        result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems += [f"integrity: {line}" for line in result[:50]]
    except DatabaseError as exc:
        problems.append(_failed("database integrity check", exc))
    try:
        problems += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
    except DatabaseError as exc:
        problems.append(_failed("foreign key check", exc))
    try:
        problems += schema.check_triggers(conn)
    except DatabaseError as exc:
        problems.append(_failed("append-only trigger check", exc))
    try:
        problems += audit.verify(conn, chain_key)
    except DatabaseError as exc:
        problems.append(_failed("audit chain check", exc))
    return problems


def check_session(work: UnitOfWork) -> list[str]:
    """``check_connection`` plus the slot file's MAC and the audit head and anchor."""
    problems = check_connection(work.conn, work.chain_key())
    try:
        slot_file = work.reload_slots()
    except VaultError as exc:
        problems.append(f"key-slot file: {exc} ({exc.code})")
        slot_file = work.slot_file
    try:
        problems += anchor.check(work.conn, slot_file, work.anchor_key)
    except DatabaseError as exc:
        problems.append(_failed("audit anchor check", exc))
    return problems


def _unlink_all(*paths: Path) -> None:
    for path in paths:
        for candidate in (path, *sqlite_files(path)):
            with suppress(FileNotFoundError):
                candidate.unlink()


def _temp_beside(path: Path, label: str) -> Path:
    return path.with_name(f".{label}-{secrets.token_hex(6)}.tmp")


def write_backup(session: UnitOfWork, dest: Path) -> None:
    if dest.exists() or keys_path(dest).exists():
        raise BackupInvalid("backup target exists", code="backup_exists", path=str(dest))
    if not dest.parent.is_dir():
        raise BackupInvalid("backup directory missing", code="backup_dir", path=str(dest))
    tmp = _temp_beside(dest, "backup")
    tmp_keys = keys_path(tmp)
    try:
        current = session.reload_slots()
        target = open_connection(tmp, session.dek)  # same key, same pragmas
        try:
            session.conn.backup(target)
            # The copy's own salt, and the head of the log it holds (anchor.py).
            copy_slots = anchor.advanced(
                replace(current, db_salt=database_salt(target), counter=False),
                target,
                session.anchor_key,
            )
        finally:
            target.close()
        slot_bytes = copy_slots.dumps(mac_key(session.dek, current.vault_id))
        os.chmod(tmp, 0o600)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        atomic_write(tmp_keys, slot_bytes)
        try:
            copy = open_connection(tmp, session.dek)
        except KeyRejected as exc:
            raise BackupInvalid("backup copy does not open", code="backup_invalid") from exc
        try:
            problems = check_connection(copy, session.chain_key())
        finally:
            copy.close()
        if problems:
            raise BackupInvalid("backup copy failed its checks", code="backup_invalid")
        os.replace(tmp, dest)
        os.replace(tmp_keys, keys_path(dest))
    except (OSError, DatabaseError, KeyRejected) as exc:
        raise BackupInvalid("backup could not be written", code="backup_write_failed") from exc
    finally:
        _unlink_all(tmp, tmp_keys)
    # Audited only once the backup exists: a failed backup leaves the live vault as it was.
    with session.tx():
        session.record("vault.backup")


def users_brought_back(backup: Path, target: Path) -> list[str]:
    """Users with a slot in ``backup`` but none in the current ``target`` (e.g. removed
    after the backup was made): restoring would let them in again."""
    if not keys_path(target).is_file():
        return []
    try:
        current = {s.user for s in SlotFile.load(target).slots if s.user}
    except VaultError:
        return []  # a damaged target is what a restore is for
    return sorted({s.user for s in SlotFile.load(backup).slots if s.user} - current)


def restore(
    backup: Path,
    target: Path,
    username: str,
    passphrase: str,
    *,
    clock: Clock,
    force: bool = False,
) -> None:
    """Verify ``backup`` in a temp copy beside ``target``, then replace ``target``.

    Refused (BackupInvalid ``restore_readds_users``, param ``users``) when the backup holds
    users the current vault no longer has, unless ``force``."""
    if not backup.is_file() or not keys_path(backup).is_file():
        raise BackupInvalid("backup files missing", code="backup_missing", path=str(backup))
    if not target.parent.is_dir():
        raise BackupInvalid("target directory missing", code="backup_dir", path=str(target))
    lock = VaultLock(target)
    lock.acquire()
    tmp = _temp_beside(target, "restore")
    tmp_keys = keys_path(tmp)
    try:
        atomic_write(tmp, backup.read_bytes())
        atomic_write(tmp_keys, keys_path(backup).read_bytes())
        try:
            session = unlock(
                UnitOfWork, tmp, clock, username=username, secret=passphrase, count_failures=False
            )
        except WrongPassphrase:
            raise
        except VaultError as exc:
            raise BackupInvalid("backup does not open", code="backup_invalid") from exc
        try:
            problems = check_session(session)
            if problems:
                raise BackupInvalid("backup failed its checks", code="backup_invalid")
            with session.tx():
                session.record("vault.restore")
        finally:
            session.close()
        SlotFile.load(tmp)  # still readable after the session's own writes
        returning = users_brought_back(tmp, target)
        if returning and not force:
            raise BackupInvalid(
                "the backup holds users the vault no longer has",
                code="restore_readds_users",
                users=", ".join(returning),
            )
        marker = restore_marker(target)
        atomic_write(marker, f"{tmp.name}\n{tmp_keys.name}\n".encode())
        for related in sqlite_files(target):
            with suppress(FileNotFoundError):
                related.unlink()
        os.replace(tmp, target)
        os.replace(tmp_keys, keys_path(target))
        marker.unlink()
        # The passphrase was just proven on the restored copy: a fresh counter (a target
        # on a new machine has none, which would otherwise mean the maximum delay).
        throttle.reset(target)
    except OSError as exc:
        raise BackupInvalid("restore could not write", code="backup_write_failed") from exc
    finally:
        _unlink_all(tmp, tmp_keys)
        with suppress(FileNotFoundError):
            lock_path(tmp).unlink()
        with suppress(FileNotFoundError):
            throttle_path(tmp).unlink()
        lock.release()
