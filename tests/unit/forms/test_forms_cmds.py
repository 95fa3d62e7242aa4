"""``riskapp forms check``: exit 0 on the shipped forms, 1 with file:line on broken ones."""

from __future__ import annotations

import io
from pathlib import Path

from riskapp.cli import Console, main
from riskapp.messages import MESSAGES
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


PLAN = """\
id: my-plan
version: 1
kind: safety_plan
title: Plan
discreet_title:
  sv: Att göra
  en: To do
sections:
  - id: s
    title: Tema
    questions:
      - id: bag
        kind: check
        text: Packa väskan
        discreet_alias:
          sv: {alias_sv}
          en: {alias_en}
      - id: place
        kind: text
        text: Plats
        discreet: own_words
"""


def _plan_file(tmp_path: Path, alias_sv: str, alias_en: str) -> Path:
    path = tmp_path / "my-plan.v1.yaml"
    path.write_text(PLAN.format(alias_sv=alias_sv, alias_en=alias_en), encoding="utf-8")
    return path


def test_forms_check_accepts_a_neutral_alias(tmp_path: Path) -> None:
    code, out, _ = run(str(_plan_file(tmp_path, "Ring mamma på söndag", "Call Mum on Sunday")))
    assert code == 0, out


def test_forms_check_refuses_a_revealing_alias_in_either_language(tmp_path: Path) -> None:
    path = _plan_file(tmp_path, "Ring kvinnojouren", "Hide the passport")
    code, out, err = run(str(path))
    assert code == 1
    sv, en = MESSAGES["form_discreet_revealing"]
    assert out.splitlines() == [
        f"{path}:{line}: {sv.format(key='discreet_alias', word=word)} "
        f"({en.format(key='discreet_alias', word=word)})"
        for line, word in ((16, "kvinnojour"), (17, "passport"))
    ]
    assert "2" in err


def test_forms_check_refuses_an_alias_on_free_text_and_own_words_on_an_item(
    tmp_path: Path,
) -> None:
    text = PLAN.format(alias_sv="Handla", alias_en="Shop")
    text += "        discreet_alias: Handla\n"  # on the free-text field, with own_words
    text += (
        "      - id: item\n        kind: check\n        text: Sak\n        discreet: own_words\n"
    )
    path = tmp_path / "my-plan.v1.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(str(path))
    assert code == 1
    assert "'discreet_alias' contradicts 'discreet'" in out
    assert "'discreet_alias' does not apply to a text question" in out
    assert "'discreet: own_words' does not apply to a check question" in out


def test_forms_check_refuses_a_revealing_discreet_title(tmp_path: Path) -> None:
    path = _plan_file(tmp_path, "Handla", "Shop")
    path.write_text(path.read_text().replace("Att göra", "Min säkerhetsplan"), encoding="utf-8")
    code, out, _ = run(str(path))
    assert code == 1
    assert "'discreet_title' contains 'säkerhetsplan'" in out
