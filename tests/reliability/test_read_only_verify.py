"""A vault on read-only media can still be verified, and the check writes nothing.

Tests run as root here, where chmod does not stop writes, so read-only media is played by
``--read-only`` and by making every write fail the way a read-only mount does (EROFS)."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from riskapp.cli import Console, main
from riskapp.vault import Vault
from riskapp.vault.files import VaultLock
from tests.vault.conftest import LEADER, LEADER_PASS, VaultFiles, clock, vault

__all__ = ["clock", "vault"]  # the vault suite's fixtures, used here


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def _verify(vault: VaultFiles, *extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["vault", "verify", *extra, "--vault", str(vault.path), "--user", LEADER]
    code = main(
        [*argv, "--passphrase-stdin"],
        Console(stdin=io.StringIO(LEADER_PASS + "\n"), stdout=out, stderr=err),
    )
    return code, out.getvalue(), err.getvalue()


def test_read_only_verify_writes_nothing(vault: VaultFiles) -> None:
    (vault.path.parent / (vault.path.name + ".lock")).unlink(missing_ok=True)
    before = _snapshot(vault.path.parent)
    code, out, err = _verify(vault, "--read-only")
    assert code == 0, err
    assert "oskadat" in out
    assert "skrivskydd" in err
    assert _snapshot(vault.path.parent) == before


def test_verify_falls_back_when_the_lock_cannot_be_written(
    vault: VaultFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_fs(self: VaultLock) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(VaultLock, "acquire", read_only_fs)
    code, out, err = _verify(vault)
    assert code == 0, err
    assert "skrivskydd" in err


def test_read_only_verify_finds_a_cut_log(vault: VaultFiles) -> None:
    with vault.open() as session:
        session.conn.execute("DROP TRIGGER audit_log_no_delete")
    report = Vault.verify_read_only(vault.path, LEADER, LEADER_PASS)
    assert any("audit_log_no_delete" in p for p in report.problems)
