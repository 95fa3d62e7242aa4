"""The unit of work: one unlocked vault's connection, data key, user and clock.

A ``UnitOfWork`` owns the only connection to the vault, the data key (DEK), the slot file
as last read or written, and the OS lock beside the file. Every use case runs in one
transaction through ``tx()`` with its audit row inside (``record``). Repositories, key
management (``keys.py``), statistics and backups work through this class;
``session.Session`` adds the repositories and the public methods on top of it.

``discard()`` closes without writing anything; key rotation uses it when a step fails
(``keys.py``), so a half-done rekey never gets another page written under either key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Self

from riskapp.domain.clock import Clock
from riskapp.domain.records import Role, User
from riskapp.vault import anchor, audit, slots
from riskapp.vault.connection import Connection, DatabaseError, is_disk_full, transaction
from riskapp.vault.errors import DiskFull, PermissionDenied, VaultDamaged, VaultError
from riskapp.vault.files import VaultLock
from riskapp.vault.slots import SlotFile


class UnitOfWork:
    """An unlocked vault bound to one user (or none: recovery). Close it to drop the key."""

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
        self.path = path
        self.clock = clock
        self._conn: Connection | None = conn
        self._dek: bytes | None = dek
        self._slots = slot_file
        self._lock = lock
        self._user = user
        self._in_tx = False
        self._discarded = False
        self._chain_cache: tuple[bytes, bytes] | None = None
        #: DEKs by generation known to this session (for the slot file's MAC key).
        self._deks: dict[int, bytes] = {slot_file.generation: dek}
        #: The audit anchor key: team leaders' and recovery sessions only (``anchor.py``).
        self.anchor_key: bytes | None = None

    # --- state --------------------------------------------------------------------------

    @property
    def user(self) -> User:
        if self._user is None:
            raise PermissionDenied("recovery session has no user")
        return self._user

    @property
    def actor_id(self) -> int | None:
        """The user's id for audit rows; None for a recovery session."""
        return self._user.id if self._user is not None else None

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultError("session is closed", code="session_closed")
        return self._conn

    @property
    def slot_file(self) -> SlotFile:
        """The slot file as this session last read or wrote it."""
        return self._slots

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

    # --- keys: slot file and data key ---------------------------------------------------

    def remember_deks(self, deks: dict[int, bytes]) -> None:
        """DEKs of other generations (a pending rotation), for the slot file's MAC."""
        self._deks.update(deks)

    def _mac_key(self, generation: int) -> bytes:
        dek = self._deks.get(generation)
        if dek is None:
            raise VaultDamaged("key-slot file of an unknown generation", code="keys_tampered")
        return slots.mac_key(dek, self.vault_id)

    def reload_slots(self) -> SlotFile:
        """The slot file as on disk, its MAC checked (VaultDamaged keys_tampered)."""
        loaded = SlotFile.load(self.path)
        loaded.check_mac(self._mac_key(loaded.generation))
        self._slots = loaded
        return loaded

    def save_slots(self, slot_file: SlotFile) -> None:
        slot_file.save(self.path, self._mac_key(slot_file.generation))
        self._slots = slot_file

    def advance_anchor(self) -> None:
        """Record the audit log's head (and, with the anchor key, the anchor) in the slot
        file (``anchor.py``), and that this vault keeps a failed-unlock counter file."""
        moved = anchor.advanced(self._slots, self.conn, self.anchor_key)
        self.save_slots(replace(moved, counter=True))

    def switch_key(self, dek: bytes) -> None:
        """Use ``dek`` from now on (after the file was rekeyed to it)."""
        self.dek  # noqa: B018 -- raises when closed
        self._dek = dek

    # --- transactions and audit ---------------------------------------------------------

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One transaction per use case; nested calls join the outer one.

        A full disk rolls the transaction back and raises DiskFull (not damage)."""
        conn = self.conn
        if self._in_tx:
            yield conn
            return
        self._in_tx = True
        try:
            with transaction(conn):
                yield conn
        except DatabaseError as exc:
            if is_disk_full(exc):
                raise DiskFull("disk full; the transaction was rolled back") from exc
            raise
        finally:
            self._in_tx = False

    @contextmanager
    def read_tx(self) -> Iterator[Connection]:
        """``tx()`` for a use case that only reads client data and writes its audit rows
        (a search, a page opened): committed with ``synchronous = NORMAL``.

        In WAL mode that commit is not fsynced: it survives a crash or kill of the app
        (the frames are in the OS), but a power cut may lose the last seconds of such
        read rows; they are the newest rows, so the chain stays whole. The next commit
        with ``FULL`` (every write of client data) syncs them too. Joins an outer
        transaction unchanged (DESIGN.md §3, "Durability")."""
        if self._in_tx:
            with self.tx() as conn:
                yield conn
            return
        conn = self.conn
        conn.execute("PRAGMA synchronous = NORMAL")
        try:
            with self.tx() as conn:
                yield conn
        finally:
            conn.execute("PRAGMA synchronous = FULL")

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
        audit.append(
            self.conn,
            self.chain_key(),
            self.generation,
            self.clock.now(),
            None if anonymous else self.actor_id,
            action,
            client_id=client_id,
            object_type=object_type,
            object_id=object_id,
            detail=detail,
        )

    def record_many(
        self, action: str, objects: list[tuple[int | None, str | None, int | None]]
    ) -> None:
        """One audit row per (client_id, object_type, object_id); inside ``tx()``."""
        audit.append_many(
            self.conn,
            self.chain_key(),
            self.generation,
            self.clock.now(),
            self.actor_id,
            action,
            objects,
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

    # --- closing ------------------------------------------------------------------------

    def close(self) -> None:
        """Audit the logout, close the connection, forget the key, release the lock.

        Idempotent. After ``discard()`` nothing is written."""
        conn = self._conn
        try:
            if conn is not None:
                if (
                    self._user is not None
                    and self._dek is not None
                    and not self._in_tx
                    and not self._discarded
                ):
                    with suppress(DatabaseError, VaultError), transaction(conn):
                        self.record("logout")
                if self._dek is not None and not self._in_tx and not self._discarded:
                    with suppress(DatabaseError, VaultError, OSError):
                        self.advance_anchor()
                conn.close()
        finally:
            self._conn = None
            self._dek = None
            self._lock.release()

    def discard(self) -> None:
        """Close without another write (no logout row): the state on disk stays exactly
        what a crash at this point would leave, which the next open completes."""
        self._discarded = True
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
