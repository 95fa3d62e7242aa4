"""The one function that opens a SQLCipher connection, plus the transaction helper.

Every connection gets the same pragmas, in this order (DESIGN.md section 3):
``cipher_memory_security = ON`` (process-wide; issued before the key so the key material
is already handled by SQLCipher's locked, wiped allocator), ``cipher_log_level = NONE``,
``key`` (validated 64-hex raw key; nothing else is ever interpolated into SQL), a read of
``sqlite_schema`` (fails fast on a wrong key), ``temp_store = MEMORY`` (temp files would
hold plaintext rows), ``journal_mode = WAL``, ``synchronous = FULL``, ``foreign_keys = ON``,
``secure_delete = ON`` and ``cache_size``.

``Connection`` and ``Cursor`` are Protocols of what we use from sqlcipher3's connection
(which mirrors ``sqlite3.Connection``; it ships no type information), so mypy checks every
caller. ``is_disk_full`` tells a full disk (ENOSPC, SQLITE_FULL) from damage.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeAlias

import sqlcipher3

DatabaseError: type[Exception] = sqlcipher3.DatabaseError

#: Query parameters: positional (``?``/``?1``) or named (``:name``).
Params: TypeAlias = Sequence[Any] | Mapping[str, Any]

#: SQLite's primary result code for "database or disk is full".
SQLITE_FULL = 13
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class Cursor(Protocol):
    """What we use of a sqlcipher3 cursor (as ``sqlite3.Cursor``; rows are tuples)."""

    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What we use of a sqlcipher3 connection (as ``sqlite3.Connection``)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Params = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Params], /) -> Cursor: ...

    def backup(self, target: Connection, /) -> None: ...

    def close(self) -> None: ...


_HEX64 = re.compile(r"[0-9a-f]{64}")
#: Page cache in KiB (negative = KiB for SQLite): 32 MiB holds the client search index of
#: 100,000 clients several times over and keeps RSS well under the 200 MB target.
CACHE_KIB = 32 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"


class KeyRejected(Exception):  # noqa: N818 -- reads as the outcome, like WrongPassphrase
    """The key does not open the file (wrong key, or not/damaged SQLCipher data)."""


def raw_key_literal(dek: bytes) -> str:
    """``x'<64 hex>'`` for PRAGMA key/rekey, after checking it is exactly 32 bytes of hex."""
    hex_key = dek.hex()
    if len(dek) != 32 or not _HEX64.fullmatch(hex_key):
        raise ValueError("data key must be 32 bytes")
    return f"\"x'{hex_key}'\""


def open_connection(path: Path, dek: bytes) -> Connection:
    """Open ``path`` keyed with ``dek`` and apply every pragma; KeyRejected if it won't open.

    The connection is in autocommit mode (``isolation_level=None``); use ``transaction``.
    """
    key_literal = raw_key_literal(dek)
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, timeout=0.5)
    try:
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_literal}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except DatabaseError as exc:
            if is_disk_full(exc):  # e.g. a hot journal or the -shm cannot be written
                raise
            raise KeyRejected(type(exc).__name__) from None
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise KeyRejected("journal mode")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")
    except BaseException:
        conn.close()
        raise
    return conn


def rekey(
    conn: Connection, new_dek: bytes, *, on_step: Callable[[str], None] | None = None
) -> None:
    """Re-encrypt every page with ``new_dek`` (PRAGMA rekey), crash-safely.

    SQLCipher cannot rekey a WAL database in place, so the journal is switched to DELETE
    (checkpointing the WAL) for the rekey, which runs as one rollback-journal transaction:
    a crash leaves the old or the new key, never a mix. Then back to WAL.

    If this raises, the caller must close ``conn`` without another write: a failed
    ``PRAGMA rekey`` rolls the file back to the old key, but SQLCipher keeps the new key
    for the connection's next writes, which would leave pages under both keys.
    ``on_step`` is called with "checkpointed" and "rekey_written" (tests fail there).
    """
    key_literal = raw_key_literal(new_dek)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    if on_step:
        on_step("checkpointed")
    conn.execute(f"PRAGMA rekey = {key_literal}")
    if on_step:
        on_step("rekey_written")
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    conn.execute("PRAGMA journal_mode = WAL")


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE .. COMMIT, or ROLLBACK on any exception. Not re-entrant."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def is_disk_full(exc: BaseException) -> bool:
    """True for "no space left" from the OS (ENOSPC, EDQUOT) or from SQLite (SQLITE_FULL)."""
    if isinstance(exc, OSError):
        return exc.errno in _DISK_FULL_ERRNOS
    if isinstance(exc, DatabaseError):
        code = getattr(exc, "sqlite_errorcode", None)
        return isinstance(code, int) and code & 0xFF == SQLITE_FULL
    return False


def looks_like_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_HEADER
