"""Creating and opening a vault file: from paths and a secret to an unlocked unit of work.

``create`` writes a new vault and its slot file; ``unlock`` checks the files, applies the
failed-unlock throttle, unwraps the data key from a user's or the recovery slot, opens the
database and finishes the open (size check, migrations, a pending rotation rolled forward,
the login audited). Both build the class they are given (``session.Session`` for the
public API, a plain ``UnitOfWork`` for a restore's check), so this module needs no facade.
"""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from riskapp.domain.clock import Clock
from riskapp.domain.records import OrganisationSettings, Role, User, UserId
from riskapp.vault import anchor, audit, keys, recovery_key, schema, slots, throttle
from riskapp.vault.connection import (
    Connection,
    DatabaseError,
    KeyRejected,
    is_disk_full,
    looks_like_plain_sqlite,
    open_connection,
    transaction,
)
from riskapp.vault.errors import (
    DiskFull,
    NotAVault,
    UnlockThrottled,
    ValidationFailed,
    VaultDamaged,
    VaultNotFound,
    WrongPassphrase,
)
from riskapp.vault.files import VaultLock
from riskapp.vault.kdf import KdfParams, burn_kdf
from riskapp.vault.paths import keys_path, restore_marker, sqlite_files, throttle_path, wal_path
from riskapp.vault.repositories.settings import settings_to_json
from riskapp.vault.slots import SlotFile
from riskapp.vault.unit_of_work import UnitOfWork

PAGE_SIZE = 4096
#: Salt bytes (of 16) that must differ before a slot file counts as another vault's.
SALT_OTHER_VAULT_BYTES = 12

W = TypeVar("W", bound=UnitOfWork)


def _damaged_or_full(exc: BaseException, message: str) -> Exception:
    """A database error while opening: DiskFull when the disk is full, else damage."""
    if is_disk_full(exc):
        return DiskFull("disk full while opening")
    return VaultDamaged(message, code="vault_damaged")


def check_vault_file(path: Path) -> None:
    """Cheap checks before any key work: missing, not a vault, truncated, keys missing."""
    complete_interrupted_restore(path)
    if not path.exists():
        raise VaultNotFound("vault file does not exist", path=str(path))
    if not path.is_file():
        raise NotAVault("not a vault file", path=str(path))
    size = path.stat().st_size
    if size == 0 or looks_like_plain_sqlite(path):
        raise NotAVault("not an encrypted riskapp vault", path=str(path))
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise VaultDamaged("vault file is truncated", code="vault_truncated")
    if not keys_path(path).exists():
        raise VaultDamaged("key-slot file missing", code="keys_missing")


def complete_interrupted_restore(path: Path) -> None:
    """Finish the two renames of a restore that crashed halfway (see ``backup.restore``)."""
    marker = restore_marker(path)
    if not marker.exists():
        return
    lines = marker.read_text(encoding="utf-8").splitlines()
    if len(lines) == 2:
        tmp_db, tmp_keys = (path.parent / name for name in lines)
        if tmp_db.exists():
            for related in sqlite_files(path):
                with suppress(FileNotFoundError):
                    related.unlink()
            os.replace(tmp_db, path)
        if tmp_keys.exists():
            os.replace(tmp_keys, keys_path(path))
    marker.unlink()


def create(
    kind: type[W],
    path: Path,
    *,
    organisation: str,
    username: str,
    passphrase: str,
    clock: Clock,
    kdf: KdfParams,
) -> tuple[W, str]:
    """A new vault with ``username`` as team leader; returns (session, recovery key)."""
    kdf.check_for_new_slot()
    name = username.strip()
    if not name or name != username or len(name) > 64:
        raise ValidationFailed("bad user name", code="user_name_invalid")
    keys.check_passphrase(passphrase, name)
    if path.exists() or keys_path(path).exists():
        raise ValidationFailed("vault exists", code="vault_exists", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = VaultLock(path)
    lock.acquire()
    conn: Connection | None = None
    try:
        vault_id = secrets.token_hex(16)
        dek = os.urandom(32)
        anchor_key = os.urandom(32)
        recovery = recovery_key.new_recovery_key()
        conn = open_connection(path, dek)
        os.chmod(path, 0o600)
        schema.migrate(conn)
        now = clock.now()
        key = audit.chain_key(dek, vault_id)
        with transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now.isoformat(),)
            )
            cur = conn.execute(
                "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                (name, Role.TEAMLEADER.value, now.isoformat()),
            )
            user_id = int(cur.lastrowid or 0)
            conn.execute(
                "INSERT INTO settings (id, data) VALUES (1, ?)",
                (settings_to_json(OrganisationSettings(organisation_name=organisation)),),
            )
            audit.start_epoch(conn, 0, key, None, now)
            audit.append(
                conn, key, 0, now, user_id, "user.add", object_type="user", object_id=user_id
            )
            audit.append(conn, key, 0, now, user_id, "login")
            conn.execute("INSERT INTO meta (key, value) VALUES ('keys_mac', '1')")
        slot_file = SlotFile(
            vault_id=vault_id,
            generation=0,
            pending=None,
            new_slot_kdf=kdf,
            slots=(
                slots.new_user_slot(
                    vault_id, name, Role.TEAMLEADER.value, passphrase, kdf, {0: dek}, anchor_key
                ),
                slots.new_recovery_slot(vault_id, recovery, {0: dek}, anchor_key),
            ),
            db_salt=database_salt(conn),
            counter=True,
        )
        slot_file = anchor.advanced(slot_file, conn, anchor_key)
        slot_file.save(path, slots.mac_key(dek, vault_id))
        throttle.reset(path)  # from now on a missing counter file means "maximum delay"
        user = User(UserId(user_id), name, Role.TEAMLEADER, now)
        work = kind(
            path=path, conn=conn, dek=dek, slot_file=slot_file, user=user, clock=clock, lock=lock
        )
        work.anchor_key = anchor_key
        return work, recovery_key.format_recovery_key(recovery)
    except BaseException:
        if conn is not None:
            conn.close()
        for leftover in (path, keys_path(path), throttle_path(path), *sqlite_files(path)):
            with suppress(FileNotFoundError):
                leftover.unlink()
        lock.release()
        with suppress(FileNotFoundError):
            lock.path.unlink()  # a failed init leaves nothing beside the vault
        raise


def unlock(
    kind: type[W],
    path: Path,
    clock: Clock,
    *,
    username: str | None,
    secret: str,
    count_failures: bool = True,
) -> W:
    """Open ``path`` as ``username`` (None: with the recovery key ``secret``).

    ``count_failures=False`` (a restore's check of its copy) neither applies nor counts
    the failed-unlock throttle."""
    check_vault_file(path)
    lock = VaultLock(path)
    lock.acquire()
    try:
        return _unlock_locked(
            kind, path, clock, lock, username=username, secret=secret, count_failures=count_failures
        )
    except BaseException:
        lock.release()
        raise


def _unlock_locked(
    kind: type[W],
    path: Path,
    clock: Clock,
    lock: VaultLock,
    *,
    username: str | None,
    secret: str,
    count_failures: bool,
) -> W:
    now = clock.now().timestamp()
    if count_failures:
        wait = throttle.load(path, now).retry_after(now)
        if wait > 0:
            raise UnlockThrottled(wait)
    slot_file = SlotFile.load(path)
    check_same_vault(path, slot_file)

    def failed() -> WrongPassphrase:
        if count_failures:
            throttle.record_failure(path, now)
        return WrongPassphrase("wrong passphrase or unknown user")

    if username is None:
        slot = slot_file.recovery_slot()
        if slot is None:
            raise VaultDamaged("no recovery slot", code="keys_damaged")
        try:
            private = slots.unlock_recovery_slot(
                slot_file.vault_id, slot, recovery_key.parse_recovery_key(secret)
            )
        except WrongPassphrase:
            raise failed() from None
    else:
        slot = slot_file.user_slot(username)
        if slot is None:
            burn_kdf(slot_file.new_slot_kdf)
            raise failed()
        try:
            private = slots.unlock_user_slot(slot_file.vault_id, slot, secret)
        except WrongPassphrase:
            raise failed() from None
    deks = slots.open_deks(slot_file.vault_id, slot, private)
    anchor_key = slots.open_anchor_key(slot_file.vault_id, slot, private)
    order = [slot_file.generation]
    if slot_file.pending is not None:
        order.insert(0, slot_file.pending.generation)
    conn: Connection | None = None
    opened = -1
    for generation in order:
        if generation not in deks:
            continue
        try:
            conn = open_connection(path, deks[generation])
        except KeyRejected:
            continue
        except DatabaseError as exc:
            raise _damaged_or_full(exc, "vault file does not open") from exc
        opened = generation
        break
    if conn is None:
        raise VaultDamaged("data key does not open the vault file", code="vault_damaged")
    try:
        return finish_open(
            kind,
            path,
            conn,
            deks,
            opened,
            slot_file,
            clock,
            lock,
            username=username,
            anchor_key=anchor_key,
            throttled=count_failures,
        )
    except DatabaseError as exc:  # a damaged page read while finishing: never raw
        conn.close()
        raise _damaged_or_full(exc, "vault file is damaged") from exc
    except BaseException:
        conn.close()
        raise


def finish_open(
    kind: type[W],
    path: Path,
    conn: Connection,
    deks: dict[int, bytes],
    opened: int,
    slot_file: SlotFile,
    clock: Clock,
    lock: VaultLock,
    *,
    username: str | None,
    anchor_key: bytes | None = None,
    throttled: bool = True,
) -> W:
    """Checks (the slot file's MAC among them), migrations, a pending rotation rolled
    forward, the login audited, the audit head recorded in the slot file."""
    try:
        check_size(path, conn)
        schema.migrate(conn)
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        keyed = conn.execute("SELECT 1 FROM meta WHERE key = 'keys_mac'").fetchone() is not None
    except DatabaseError as exc:
        raise _damaged_or_full(exc, "vault file is damaged") from exc
    if row is None or row[0] != slot_file.vault_id:
        raise VaultDamaged("key-slot file belongs to another vault", code="keys_other_vault")
    if slot_file.pending is None and opened != slot_file.generation:
        raise VaultDamaged("generation mismatch", code="keys_damaged")
    if slot_file.generation not in deks:
        raise VaultDamaged("no data key for the slot file's generation", code="keys_damaged")
    slot_file.check_mac(
        slots.mac_key(deks[slot_file.generation], slot_file.vault_id), required=keyed
    )
    user: User | None = None
    if username is not None:
        user_row = conn.execute(
            "SELECT id, name, role, created_at FROM users WHERE name = ? AND removed_at IS NULL",
            (username,),
        ).fetchone()
        if user_row is None:
            raise WrongPassphrase("user not active")
        user = user_from_row(user_row)
    work = kind(
        path=path,
        conn=conn,
        dek=deks[opened],
        slot_file=slot_file,
        user=user,
        clock=clock,
        lock=lock,
    )
    work.anchor_key = anchor_key
    work.remember_deks(deks)
    if slot_file.pending is not None:
        keys.finish_rotation(work, deks, opened_generation=opened)
    failures = throttle.record_success(path, clock.now().timestamp()) if throttled else None
    with work.tx():
        if failures is not None:
            record_failures(work, failures)
        work.record("login", detail="" if user is not None else "recovery")
    if work.slot_file.db_salt is None:  # recorded from this build on
        work.save_slots(replace(work.slot_file, db_salt=database_salt(conn)))
    try:
        work.advance_anchor()
    except OSError:
        if not keyed:
            raise  # the MAC must be on disk before meta says so
    if not keyed:
        with work.tx() as tx_conn:
            tx_conn.execute("INSERT INTO meta (key, value) VALUES ('keys_mac', '1')")
    return work


def record_failures(work: UnitOfWork, failures: throttle.ThrottleState) -> None:
    """One ``login.failed`` row per failed unlock since the last success (with its time),
    one for failures beyond the listed times, one for a deleted or edited counter file."""
    if failures.anomaly:
        work.record("login.failed", detail=f"throttle_file_{failures.anomaly}", anonymous=True)
    listed = failures.times[-failures.unreported :] if failures.unreported else ()
    unlisted = failures.unreported - len(listed)
    if unlisted > 0:
        work.record("login.failed", detail=f"count={unlisted} times_not_kept", anonymous=True)
    for number, when in enumerate(listed, start=1):
        stamp = datetime.fromtimestamp(when, tz=UTC).isoformat()
        detail = f"attempt={number}/{len(listed)} at={stamp}"
        work.record("login.failed", detail=detail, anonymous=True)


def database_salt(conn: Connection) -> str:
    """The database file's salt (its first 16 bytes, hex), as SQLCipher reports it."""
    row = conn.execute("PRAGMA cipher_salt").fetchone()
    return str(row[0]).lower()


def check_same_vault(path: Path, slot_file: SlotFile) -> None:
    """VaultDamaged (keys_other_vault) when the slot file names another database file:
    its recorded salt is not the file's first 16 bytes. Before any key work."""
    if slot_file.db_salt is None:
        return
    with path.open("rb") as handle:
        head = handle.read(16)
    if len(head) < 16:
        return
    differing = sum(a != b for a, b in zip(head, bytes.fromhex(slot_file.db_salt), strict=True))
    # Another vault's random salt differs in about every byte; a few flipped bytes are
    # damage to this file's header.
    if differing >= SALT_OTHER_VAULT_BYTES:
        raise VaultDamaged("key-slot file belongs to another vault", code="keys_other_vault")
    if differing:
        raise VaultDamaged("vault file header is damaged", code="vault_damaged")


def user_from_row(row: tuple[int, str, str, str]) -> User:
    return User(UserId(int(row[0])), str(row[1]), Role(row[2]), datetime.fromisoformat(str(row[3])))


def check_size(path: Path, conn: Connection) -> None:
    """A main file shorter than its page count says is truncated (unless a WAL holds it)."""
    wal = wal_path(path)
    if wal.exists() and wal.stat().st_size > 0:
        return
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if path.stat().st_size < pages * page_size:
        raise VaultDamaged("vault file is truncated", code="vault_truncated")
