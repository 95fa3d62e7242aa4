"""The CLI turns every failure into one line on stderr with exit 1, never a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from riskapp.cli import Console, main


def _run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Console(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def test_missing_stdin_line_is_a_clear_message(tmp_path: Path) -> None:
    from riskapp.vault import Vault
    from riskapp.vault.kdf import KdfParams

    path = tmp_path / "x.riskvault"
    session, _ = Vault.create(
        path,
        organisation="Org",
        username="anna",
        passphrase="en lång och hemlig mening",
        kdf=KdfParams.fast(),
    )
    session.close()
    code, _, err = _run(
        ["vault", "verify", "--vault", str(path), "--user", "anna", "--passphrase-stdin"], stdin=""
    )
    assert code == 1
    assert err.count("\n") == 1
    assert "Rad 1 saknas på standard in" in err


def test_unexpected_error_is_one_line_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import riskapp.commands.pnr_cmds as pnr_cmds

    def broken(args: object, console: object) -> int:
        raise RuntimeError("secret detail 197001012391")

    monkeypatch.setattr(pnr_cmds, "pnr", broken)
    monkeypatch.delenv("RISKAPP_DEBUG", raising=False)
    code, _, err = _run(["pnr", "x"])
    assert code == 1
    assert "internt fel (RuntimeError)" in err
    assert "197001012391" not in err
    assert "Traceback" not in err


def test_usage_errors_exit_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "riskapp", "users", "add"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
