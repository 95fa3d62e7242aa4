"""Writing an export to the path a person chose: atomically, owner-only, nothing left behind.

Shared by every report/export writer (safety plan, summary, statistics, record extract).
Reports are built in memory; this module is the only place their bytes touch the disk.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from riskapp.reports.errors import ReportError

#: Owner read/write only: a printout may hold a client's most sensitive data.
FILE_MODE = 0o600


def write_atomic(path: Path, data: bytes, *, mode: int = FILE_MODE) -> None:
    """Write ``data`` to ``path`` so that the path holds either the old file or all of ``data``.

    How: a temporary file is created *in the destination directory* (mode 600, a dotted
    name without any personal data), written, fsync'ed, then renamed over ``path`` with
    ``os.replace`` and the directory fsync'ed. That temporary file is acceptable under the
    no-temp-files rule: it lives where the person asked the file to go and becomes that file
    at once (a rename within one directory); on any failure it is removed again.

    Raises ReportError (code ``report_write_failed``, params ``reason``: the OS error name)
    when the directory does not exist or cannot be written, and ``report_disk_full`` when
    the disk is full (ENOSPC, EDQUOT); the old file is then untouched.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ReportError(
            "destination directory does not exist", code="report_write_failed", reason="ENOENT"
        )
    if path.is_dir():
        raise ReportError("destination is a directory", code="report_write_failed", reason="EISDIR")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=".", suffix=".part")
    except OSError as exc:
        raise _write_failed(exc) from None
    tmp = Path(tmp_name)
    try:
        try:
            if hasattr(os, "fchmod"):  # mkstemp already made it 600; apply ``mode``
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _write_failed(exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_directory(directory)


def _write_failed(exc: OSError) -> ReportError:
    import errno

    reason = errno.errorcode.get(exc.errno or 0, "EIO")
    # The path is not put into the message: it may name a client.
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ReportError("the disk is full", code="report_disk_full", reason=reason)
    return ReportError("could not write the file", code="report_write_failed", reason=reason)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable (POSIX); not possible on Windows, where it is skipped."""
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
