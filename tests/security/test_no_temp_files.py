"""The statistics XLSX export writes no temporary file (issue 13: openpyxl wrote, and then
deleted, one file per table in /tmp). The child runs with TMPDIR set to an empty
directory of its own and an audit hook that records every file opened under it (a file
created and removed again leaves no trace in the directory itself); both must stay
empty, and the workbook must still be valid."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

REPO_ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import os, sys, tempfile

# First: gettempdir() probes the directory by creating and removing a file in it.
assert tempfile.gettempdir() == sys.argv[1], tempfile.gettempdir()
opened = []


def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        if os.fsdecode(args[0]).startswith(sys.argv[1]):
            opened.append(os.fsdecode(args[0]))


sys.addaudithook(hook)
from tests.reports.test_stats_export import _result
from riskapp.reports.stats_export import to_xlsx

data = to_xlsx(_result())
assert not opened, f"{len(opened)} files opened in TMPDIR"
sys.stdout.buffer.write(data)
"""


def test_xlsx_export_leaves_tmpdir_empty(tmp_path: Path) -> None:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmpdir)],
        env=env,
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert list(tmpdir.iterdir()) == []
    workbook = load_workbook(io.BytesIO(done.stdout))
    assert len(workbook.sheetnames) > 10  # the notes sheet and one sheet per table


def test_workbook_bytes_refuses_write_only() -> None:
    from openpyxl import Workbook

    from riskapp.reports.xlsx_memory import workbook_bytes

    try:
        workbook_bytes(Workbook(write_only=True))
    except ValueError:
        return
    raise AssertionError("a write-only workbook must be refused")
