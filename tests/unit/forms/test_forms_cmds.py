"""``riskapp forms check``: exit 0 on the shipped forms, 1 with file:line on broken ones."""

from __future__ import annotations

import io
from pathlib import Path

from riskapp.cli import Console, main
from riskapp.paths import forms_dir


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["forms", "check", *args], Console(stdin=io.StringIO(), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def test_shipped_forms_pass() -> None:
    code, out, err = run()
    assert code == 0
    assert err == ""
    assert "screening v1" in out
    assert "5 formulär kontrollerade, inga fel. (5 form(s) checked, no problems.)" in out


def test_explicit_files_and_directories_pass(tmp_path: Path) -> None:
    code, out, _ = run(str(forms_dir() / "screening.v1.yaml"), str(forms_dir()))
    # The same file twice is the same id + version twice.
    assert code == 1
    assert "is already defined in" in out
    code, out, _ = run(str(forms_dir() / "screening.v1.yaml"))
    assert code == 0


def test_broken_file_prints_file_line_and_fails(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    text = (forms_dir() / "screening.v1.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("required: true", "requird: true", 1), encoding="utf-8")
    line = text.splitlines().index("        required: true") + 1
    code, out, err = run(str(broken))
    assert code == 1
    assert out.splitlines() == [
        f"{broken}:{line}: okänd nyckel 'requird' (menade du 'required'?) "
        "(unknown key 'requird' (did you mean 'required'?))"
    ]
    assert err.strip() == "1 fel i 1 fil(er). (1 problem(s) in 1 file(s).)"


def test_every_problem_of_every_file_is_printed(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("id: a\nversion: 1\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("id: [\n", encoding="utf-8")
    code, out, err = run(str(tmp_path), str(tmp_path / "nope.yaml"))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        f"{tmp_path / 'nope.yaml'}: filen eller mappen finns inte (file or directory not found)"
    )
    assert sum(line.startswith(f"{tmp_path / 'a.yaml'}:1: nyckeln") for line in lines) == 3
    assert any(line.startswith(f"{tmp_path / 'b.yaml'}:2: YAML-syntaxfel") for line in lines)
    assert "i 3 fil(er)" in err
