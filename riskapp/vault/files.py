"""Small file helpers: atomic owner-only writes and the OS lock beside a vault.

``atomic_write`` writes a temp file in the same directory, fsyncs it, renames it over the
target and fsyncs the directory, so a crash leaves the old or the new file, never half of
one. Files are created with mode 600 (owner only).

``VaultLock`` holds an exclusive, non-blocking OS lock on ``<vault>.lock`` (flock on POSIX,
msvcrt on Windows) for as long as a session is open; a second process (or a second
session in this process) gets ``VaultInUse``. The lock file holds no data.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import IO

from riskapp.vault.errors import VaultInUse
from riskapp.vault.paths import lock_path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


def _fsync_dir(directory: Path) -> None:
    if sys.platform == "win32":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, mode 600."""
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".part")
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(directory)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_copy(source: Path, dest: Path) -> None:
    """Copy ``source`` to ``dest`` via ``atomic_write`` (small files only)."""
    atomic_write(dest, source.read_bytes())


class VaultLock:
    """An exclusive lock on ``<vault>.lock``; raises VaultInUse when held elsewhere."""

    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(vault_path)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b")
        try:
            if sys.platform == "win32":
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise VaultInUse("vault is locked by another process") from exc
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            if sys.platform == "win32":
                with contextlib.suppress(OSError):
                    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
