"""The names of every file that lives beside a vault; the one place that spells them.

For a vault ``<dir>/<name>.riskvault``:

``<name>.riskvault.keys``
    The key-slot file (``slots.py``).
``<name>.riskvault-wal`` / ``-shm`` / ``-journal``
    SQLite's own files: the write-ahead log, its shared-memory index, and the rollback
    journal (only during a key rotation's ``PRAGMA rekey``, or left hot by a crash in it).
``<name>.riskvault.lock``
    The OS lock held while a session is open (``files.VaultLock``).
``<name>.riskvault.throttle``
    The failed-unlock counter (``throttle.py``).
``<name>.riskvault.restoring``
    The marker of a restore between its two renames (``backup.restore``).

Every other module asks here for a path; none builds one from a suffix itself.
"""

from __future__ import annotations

from pathlib import Path

KEYS = ".keys"
WAL = "-wal"
SHM = "-shm"
JOURNAL = "-journal"
LOCK = ".lock"
THROTTLE = ".throttle"
RESTORING = ".restoring"


def _beside(vault_path: Path, suffix: str) -> Path:
    return vault_path.with_name(vault_path.name + suffix)


def keys_path(vault_path: Path) -> Path:
    return _beside(vault_path, KEYS)


def wal_path(vault_path: Path) -> Path:
    return _beside(vault_path, WAL)


def shm_path(vault_path: Path) -> Path:
    return _beside(vault_path, SHM)


def journal_path(vault_path: Path) -> Path:
    return _beside(vault_path, JOURNAL)


def lock_path(vault_path: Path) -> Path:
    return _beside(vault_path, LOCK)


def throttle_path(vault_path: Path) -> Path:
    return _beside(vault_path, THROTTLE)


def restore_marker(vault_path: Path) -> Path:
    return _beside(vault_path, RESTORING)


def sqlite_files(vault_path: Path) -> tuple[Path, Path, Path]:
    """SQLite's files beside the database: WAL, shared memory, rollback journal."""
    return wal_path(vault_path), shm_path(vault_path), journal_path(vault_path)


def all_files(vault_path: Path) -> tuple[Path, ...]:
    """The vault and every file beside it, in the order a cleanup removes them."""
    return (
        vault_path,
        *sqlite_files(vault_path),
        keys_path(vault_path),
        lock_path(vault_path),
        throttle_path(vault_path),
        restore_marker(vault_path),
    )
