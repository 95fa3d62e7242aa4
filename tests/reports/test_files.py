"""Atomic, owner-only writing of exports (riskapp.reports.files)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from riskapp.reports import files
from riskapp.reports.errors import ReportError


def test_writes_the_bytes_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    files.write_atomic(target, b"%PDF-1.4 data")
    assert target.read_bytes() == b"%PDF-1.4 data"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_replaces_an_existing_file_completely(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old content that is longer than the new one")
    files.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"


def test_failure_mid_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", broken_fsync)
    with pytest.raises(ReportError) as caught:
        files.write_atomic(target, b"new" * 1000)
    assert caught.value.code == "report_disk_full"  # issue 13: a full disk says so
    assert caught.value.params == {"reason": "ENOSPC"}
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_failed_rename_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(ReportError):
        files.write_atomic(tmp_path / "x.pdf", b"data")
    assert list(tmp_path.iterdir()) == []


def test_missing_directory_is_a_clear_error_without_the_path(tmp_path: Path) -> None:
    target = tmp_path / "Åsa Öström 201701012393" / "plan.pdf"
    with pytest.raises(ReportError) as caught:
        files.write_atomic(target, b"data")
    assert caught.value.code == "report_write_failed"
    assert "201701012393" not in str(caught.value)


def test_a_directory_as_destination_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        files.write_atomic(tmp_path, b"data")
    assert caught.value.params["reason"] == "EISDIR"
