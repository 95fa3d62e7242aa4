"""Opening, creating and holding a vault: ``Vault`` (files) and ``Session`` (unlocked).

A ``Session`` owns the only connection to the vault, the data key (DEK) and the OS lock
beside the file. Every use case runs in one transaction through ``Session.tx()`` with its
audit row inside (``Session.audit``). Key rotation (``rotate_key``) and its roll-forward
after a crash live here because open and rotation share the same steps; see the package
docstring for the protocol.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from riskapp.domain import passphrase as policy
from riskapp.domain.clock import Clock, SystemClock
from riskapp.domain.records import Role, User, UserId
from riskapp.domain.stats.records import StatsSnapshot
from riskapp.vault import audit, schema, slots, throttle
from riskapp.vault.connection import (
    Connection,
    DatabaseError,
    KeyRejected,
    looks_like_plain_sqlite,
    open_connection,
    rekey,
    transaction,
)
from riskapp.vault.errors import (
    NotAVault,
    PermissionDenied,
    ValidationFailed,
    VaultDamaged,
    VaultError,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from riskapp.vault.files import VaultLock, lock_path
from riskapp.vault.kdf import KdfParams
from riskapp.vault.slots import SlotFile, keys_path

#: Called with a step name during key rotation ("slots_written", "epoch_written",
#: "rekeyed"); tests raise in it to simulate a crash between steps.
FaultHook = Callable[[str], None]

PAGE_SIZE = 4096


@dataclass(frozen=True)
class VerifyReport:
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_passphrase(passphrase: str, user_name: str | None = None) -> None:
    """Raise WeakPassphrase (code from the domain policy) when the policy refuses it."""
    found = policy.problems(passphrase, user_name=user_name)
    if found:
        raise WeakPassphrase(
            "passphrase refused by policy", code=found[0], min_length=policy.MIN_LENGTH
        )


def _related_paths(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


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


def restore_marker(path: Path) -> Path:
    return path.with_name(path.name + ".restoring")


def complete_interrupted_restore(path: Path) -> None:
    """Finish the two renames of a restore that crashed halfway (see ``backup.restore``)."""
    marker = restore_marker(path)
    if not marker.exists():
        return
    lines = marker.read_text(encoding="utf-8").splitlines()
    if len(lines) == 2:
        tmp_db, tmp_keys = (path.parent / name for name in lines)
        if tmp_db.exists():
            for related in _related_paths(path):
                with suppress(FileNotFoundError):
                    related.unlink()
            os.replace(tmp_db, path)
        if tmp_keys.exists():
            os.replace(tmp_keys, keys_path(path))
    marker.unlink()


class Session:
    """An unlocked vault bound to one user. Close it to drop the key and the lock."""

    def __init__(
        self,
        *,
        path: Path,
        conn: Connection,
        dek: bytes,
        slot_file: SlotFile,
        user: User | None,
        clock: Clock,
        lock: VaultLock,
    ) -> None:
        from riskapp.vault.repositories import (
            AssessmentRepository,
            AuditRepository,
            ClientEventRepository,
            ClientRepository,
            SafetyPlanRepository,
            SettingsRepository,
            UserRepository,
        )

        self.path = path
        self.clock = clock
        self._conn: Connection | None = conn
        self._dek: bytes | None = dek
        self._slots = slot_file
        self._lock = lock
        self._user = user
        self._in_tx = False
        self._chain_cache: tuple[bytes, bytes] | None = None
        self.users = UserRepository(self)
        self.clients = ClientRepository(self)
        self.assessments = AssessmentRepository(self)
        self.plans = SafetyPlanRepository(self)
        self.events = ClientEventRepository(self)
        self.settings = SettingsRepository(self)
        self.audit = AuditRepository(self)

    # --- state --------------------------------------------------------------------------

    @property
    def user(self) -> User:
        if self._user is None:
            raise PermissionDenied("recovery session has no user")
        return self._user

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultError("session is closed", code="session_closed")
        return self._conn

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def generation(self) -> int:
        return self._slots.generation

    @property
    def dek(self) -> bytes:
        if self._dek is None:
            raise VaultError("session is closed", code="session_closed")
        return self._dek

    def chain_key(self) -> bytes:
        dek = self.dek
        cached = self._chain_cache
        if cached is None or cached[0] != dek:
            cached = self._chain_cache = (dek, audit.chain_key(dek, self.vault_id))
        return cached[1]

    def record_many(
        self, action: str, objects: list[tuple[int | None, str | None, int | None]]
    ) -> None:
        """One audit row per (client_id, object_type, object_id); inside ``tx()``."""
        user_id = self._user.id if self._user is not None else None
        audit.append_many(
            self.conn, self.chain_key(), self.generation, self.clock.now(), user_id, action, objects
        )

    def close(self) -> None:
        """Close the connection, forget the key, release the lock (idempotent)."""
        conn = self._conn
        try:
            if conn is not None:
                if self._user is not None and self._dek is not None and not self._in_tx:
                    with suppress(DatabaseError, VaultError), transaction(conn):
                        self.record("logout")
                conn.close()
        finally:
            self._conn = None
            self._dek = None
            self._lock.release()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions and audit -------------------------------------------------------

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One transaction per use case; nested calls join the outer one."""
        conn = self.conn
        if self._in_tx:
            yield conn
            return
        self._in_tx = True
        try:
            with transaction(conn):
                yield conn
        finally:
            self._in_tx = False

    def now_iso(self) -> str:
        return self.clock.now().isoformat()

    def record(
        self,
        action: str,
        *,
        client_id: int | None = None,
        object_type: str | None = None,
        object_id: int | None = None,
        detail: str = "",
        anonymous: bool = False,
    ) -> None:
        """Append an audit row; call inside ``tx()`` of the action it records.

        ``anonymous`` leaves the user empty (failed logins: we do not know who tried)."""
        user_id = self._user.id if self._user is not None and not anonymous else None
        audit.append(
            self.conn,
            self.chain_key(),
            self.generation,
            self.clock.now(),
            user_id,
            action,
            client_id=client_id,
            object_type=object_type,
            object_id=object_id,
            detail=detail,
        )

    def log_event(
        self,
        action: str,
        *,
        client_id: int | None = None,
        object_type: str | None = None,
        object_id: int | None = None,
        detail: str = "",
    ) -> None:
        """Audit an action done outside the vault (an export or a print), in its own tx."""
        with self.tx():
            self.record(
                action,
                client_id=client_id,
                object_type=object_type,
                object_id=object_id,
                detail=detail,
            )

    def require(self, role: Role) -> None:
        if role is Role.TEAMLEADER and self.user.role is not Role.TEAMLEADER:
            raise PermissionDenied("team leaders only", action_role=role.value)

    # --- integrity, backup -------------------------------------------------------------

    def verify(self) -> VerifyReport:
        """cipher_integrity_check, integrity_check, foreign_key_check and the audit chain."""
        from riskapp.vault.backup import check_connection

        problems = check_connection(self.conn, self.chain_key())
        with self.tx():
            self.record("vault.verify", detail="ok" if not problems else "problems")
        return VerifyReport(problems)

    def backup(self, dest: Path) -> None:
        """Write ``dest`` and ``dest.keys``, verified; the live vault is only read."""
        from riskapp.vault.backup import write_backup

        write_backup(self, dest)

    def stats_snapshot(self, start: date, end: date) -> StatsSnapshot:
        from riskapp.vault.stats import snapshot

        self.require(Role.TEAMLEADER)
        return snapshot(self, start, end)

    # --- keys --------------------------------------------------------------------------

    def reload_slots(self) -> SlotFile:
        self._slots = SlotFile.load(self.path)
        return self._slots

    def save_slots(self, slot_file: SlotFile) -> None:
        slot_file.save(self.path)
        self._slots = slot_file

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the own slot under ``new``; WrongPassphrase when ``old`` is wrong."""
        user = self.user
        check_passphrase(new, user.name)
        current = self.reload_slots()
        slot = current.user_slot(user.name)
        if slot is None:
            raise WrongPassphrase("no slot for this user")
        private = slots.unlock_user_slot(current.vault_id, slot, old)
        new_slot = slots.rewrap_user_slot(
            current.vault_id, slot, private, new, current.new_slot_kdf
        )
        self.save_slots(current.with_slot(new_slot))
        with self.tx():
            self.record("user.passwd", object_type="user", object_id=user.id)

    def set_user_slot(self, name: str, role: Role, new_passphrase: str) -> None:
        """A fresh slot for ``name`` holding the current DEK (passphrase reset/add)."""
        check_passphrase(new_passphrase, name)
        current = self.reload_slots()
        deks = {current.generation: self.dek}
        slot = slots.new_user_slot(
            current.vault_id, name, role.value, new_passphrase, current.new_slot_kdf, deks
        )
        self.save_slots(current.without_user(name).with_slot(slot))

    def rotate_key(
        self, *, removing: str | None = None, fault_hook: FaultHook | None = None
    ) -> None:
        """Give the vault a new DEK, sealed to every slot except ``removing``'s.

        Step 1 writes the slot file with both generations and a ``pending`` mark; then
        ``finish_rotation`` writes the audit epoch (old key), rekeys, and drops the old
        generation from the slot file. A crash anywhere is rolled forward by the next open.
        """
        current = self.reload_slots()
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
        self.save_slots(staged)
        if fault_hook:
            fault_hook("slots_written")
        self.finish_rotation(
            {current.generation: self.dek, new_generation: new_dek},
            opened_generation=current.generation,
            fault_hook=fault_hook,
        )

    def finish_rotation(
        self, deks: dict[int, bytes], *, opened_generation: int, fault_hook: FaultHook | None = None
    ) -> None:
        """Complete a pending rotation (idempotent; used by rotate_key and by open)."""
        staged = self._slots
        pending = staged.pending
        assert pending is not None
        old, new = staged.generation, pending.generation
        conn = self.conn
        if opened_generation == old:
            old_key = audit.chain_key(deks[old], staged.vault_id)
            new_key = audit.chain_key(deks[new], staged.vault_id)
            with self.tx():
                if not audit.has_epoch(conn, new):
                    now = self.clock.now()
                    actor = self._user.id if self._user is not None else None
                    if pending.removing:
                        row = conn.execute(
                            "SELECT id FROM users WHERE name = ? AND removed_at IS NULL",
                            (pending.removing,),
                        ).fetchone()
                        if row is not None:
                            conn.execute(
                                "UPDATE users SET removed_at = ? WHERE id = ?",
                                (now.isoformat(), row[0]),
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
                    audit.append(
                        conn, new_key, new, now, actor, "key.rotate", detail=f"generation={new}"
                    )
            if fault_hook:
                fault_hook("epoch_written")
            rekey(conn, deks[new])
            if fault_hook:
                fault_hook("rekeyed")
        finished = replace(
            staged,
            generation=new,
            pending=None,
            slots=tuple(slots.drop_generation(s, old) for s in staged.slots),
        )
        self._dek = deks[new]
        self.save_slots(finished)


class RecoverySession:
    """A vault opened with the recovery key: only for resetting a user's passphrase."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def reset_passphrase(self, username: str, new_passphrase: str) -> None:
        s = self._session
        row = s.conn.execute(
            "SELECT id, role FROM users WHERE name = ? AND removed_at IS NULL", (username,)
        ).fetchone()
        if row is None:
            raise ValidationFailed("no such user", code="user_unknown")
        s.set_user_slot(username, Role(row[1]), new_passphrase)
        with s.tx():
            s.record("user.passwd", object_type="user", object_id=int(row[0]), detail="recovery")

    def close(self) -> None:
        self._session.close()

    @property
    def closed(self) -> bool:
        return self._session.closed

    def __enter__(self) -> RecoverySession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _user_from_row(row: tuple[int, str, str, str]) -> User:
    return User(UserId(int(row[0])), str(row[1]), Role(row[2]), datetime.fromisoformat(str(row[3])))


class Vault:
    """Static entry points: create, open, recover, restore, inspect a vault file."""

    @staticmethod
    def exists(path: Path) -> bool:
        return path.is_file()

    @staticmethod
    def throttle_remaining(path: Path, clock: Clock | None = None) -> float:
        now = (clock or SystemClock()).now().timestamp()
        return throttle.load(path).retry_after(now)

    @staticmethod
    def create(
        path: Path,
        *,
        organisation: str,
        username: str,
        passphrase: str,
        clock: Clock | None = None,
        kdf: KdfParams | None = None,
    ) -> tuple[Session, str]:
        """A new vault with ``username`` as team leader; returns (session, recovery key)."""
        from riskapp.domain.records import OrganisationSettings
        from riskapp.vault.repositories import settings_to_json

        clock = clock or SystemClock()
        kdf = kdf or KdfParams()
        kdf.check_for_new_slot()
        name = username.strip()
        if not name or name != username or len(name) > 64:
            raise ValidationFailed("bad user name", code="user_name_invalid")
        check_passphrase(passphrase, name)
        if path.exists() or keys_path(path).exists():
            raise ValidationFailed("vault exists", code="vault_exists", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = VaultLock(path)
        lock.acquire()
        conn: Connection | None = None
        try:
            vault_id = secrets.token_hex(16)
            dek = os.urandom(32)
            recovery = slots.new_recovery_key()
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
            slot_file = SlotFile(
                vault_id=vault_id,
                generation=0,
                pending=None,
                new_slot_kdf=kdf,
                slots=(
                    slots.new_user_slot(
                        vault_id, name, Role.TEAMLEADER.value, passphrase, kdf, {0: dek}
                    ),
                    slots.new_recovery_slot(vault_id, recovery, {0: dek}),
                ),
            )
            slot_file.save(path)
            user = User(UserId(user_id), name, Role.TEAMLEADER, now)
            session = Session(
                path=path,
                conn=conn,
                dek=dek,
                slot_file=slot_file,
                user=user,
                clock=clock,
                lock=lock,
            )
            return session, slots.format_recovery_key(recovery)
        except BaseException:
            if conn is not None:
                conn.close()
            for leftover in (path, keys_path(path), *_related_paths(path)):
                with suppress(FileNotFoundError):
                    leftover.unlink()
            lock.release()
            raise

    @staticmethod
    def open(path: Path, username: str, passphrase: str, *, clock: Clock | None = None) -> Session:
        """Unlock ``path`` as ``username``. See vault_api.md for the errors raised."""
        clock = clock or SystemClock()
        return _unlock(path, clock, username=username, secret=passphrase)

    @staticmethod
    def open_with_recovery(
        path: Path, recovery_key: str, *, clock: Clock | None = None
    ) -> RecoverySession:
        clock = clock or SystemClock()
        session = _unlock(path, clock, username=None, secret=recovery_key)
        return RecoverySession(session)

    @staticmethod
    def restore(
        backup: Path, target: Path, username: str, passphrase: str, *, clock: Clock | None = None
    ) -> None:
        from riskapp.vault.backup import restore

        restore(backup, target, username, passphrase, clock=clock or SystemClock())


def _unlock(
    path: Path, clock: Clock, *, username: str | None, secret: str, count_failures: bool = True
) -> Session:
    check_vault_file(path)
    lock = VaultLock(path)
    lock.acquire()
    try:
        return _unlock_locked(
            path, clock, lock, username=username, secret=secret, count_failures=count_failures
        )
    except BaseException:
        lock.release()
        raise


def _unlock_locked(
    path: Path,
    clock: Clock,
    lock: VaultLock,
    *,
    username: str | None,
    secret: str,
    count_failures: bool,
) -> Session:
    from riskapp.vault.errors import UnlockThrottled

    now = clock.now().timestamp()
    wait = throttle.load(path).retry_after(now)
    if count_failures and wait > 0:
        raise UnlockThrottled(wait)
    slot_file = SlotFile.load(path)

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
                slot_file.vault_id, slot, slots.parse_recovery_key(secret)
            )
        except WrongPassphrase:
            raise failed() from None
    else:
        slot = slot_file.user_slot(username)
        if slot is None:
            slots.burn_kdf(slot_file.new_slot_kdf)
            raise failed()
        try:
            private = slots.unlock_user_slot(slot_file.vault_id, slot, secret)
        except WrongPassphrase:
            raise failed() from None
    deks = slots.open_deks(slot_file.vault_id, slot, private)
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
            raise VaultDamaged("vault file does not open", code="vault_damaged") from exc
        opened = generation
        break
    if conn is None:
        raise VaultDamaged("data key does not open the vault file", code="vault_damaged")
    try:
        session = _finish_open(path, conn, deks, opened, slot_file, clock, lock, username=username)
    except BaseException:
        conn.close()
        raise
    return session


def _finish_open(
    path: Path,
    conn: Connection,
    deks: dict[int, bytes],
    opened: int,
    slot_file: SlotFile,
    clock: Clock,
    lock: VaultLock,
    *,
    username: str | None,
) -> Session:
    try:
        _check_size(path, conn)
        schema.migrate(conn)
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    except DatabaseError as exc:
        raise VaultDamaged("vault file is damaged", code="vault_damaged") from exc
    if row is None or row[0] != slot_file.vault_id:
        raise VaultDamaged("key-slot file belongs to another vault", code="keys_damaged")
    if slot_file.pending is None and opened != slot_file.generation:
        raise VaultDamaged("generation mismatch", code="keys_damaged")
    user: User | None = None
    if username is not None:
        user_row = conn.execute(
            "SELECT id, name, role, created_at FROM users WHERE name = ? AND removed_at IS NULL",
            (username,),
        ).fetchone()
        if user_row is None:
            raise WrongPassphrase("user not active")
        user = _user_from_row(user_row)
    session = Session(
        path=path,
        conn=conn,
        dek=deks[opened],
        slot_file=slot_file,
        user=user,
        clock=clock,
        lock=lock,
    )
    if slot_file.pending is not None:
        session.finish_rotation(deks, opened_generation=opened)
    unreported = throttle.record_success(path)
    with session.tx():
        if unreported:
            session.record("login.failed", detail=f"count={unreported}", anonymous=True)
        session.record("login", detail="" if user is not None else "recovery")
    return session


def _check_size(path: Path, conn: Connection) -> None:
    """A main file shorter than its page count says is truncated (unless a WAL holds it)."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if path.stat().st_size < pages * page_size:
        raise VaultDamaged("vault file is truncated", code="vault_truncated")


__all__ = ["FaultHook", "RecoverySession", "Session", "Vault", "VerifyReport", "lock_path"]
