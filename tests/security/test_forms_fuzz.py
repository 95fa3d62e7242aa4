"""Fuzzing form files: the loader returns a form or problems, never another exception.

Form files can come from anyone who can write to an organisation's forms directory, so
``read_form`` must turn any bytes into ``path:line: message`` problems (or a form), and
finish quickly. Three kinds of input: arbitrary bytes, YAML-looking text built from the
characters that matter to YAML, and mutations (a byte replaced, inserted or deleted, a
cut) of the shipped forms. Bounded: a few hundred examples, a few seconds in all.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskapp.domain.forms import yaml_source
from riskapp.domain.forms.loader import read_form
from riskapp.domain.forms.problems import PROBLEM_CODES
from riskapp.paths import forms_dir

SHIPPED = [path.read_bytes() for path in sorted(forms_dir().glob("*.yaml"))]
#: Seconds one file may take (the slowest shipped form takes about 5 ms with libyaml).
TIME_LIMIT = 2.0

FUZZ = settings(
    max_examples=100,
    deadline=None,  # time is asserted below, with a limit fit for a busy machine
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_yaml_alphabet = st.sampled_from(
    list(":-?[]{},#&*!|>'\"%@`\n \t")
    + ["id", "version", "sections", "questions", "kind", "text", "sv", "---", "...", "  "]
    + ["&a ", "*a", "!!str ", "!!python/object ", "<<: ", "\x00", "\x1b", "\ufeff", "é"]
)
yaml_like = st.lists(_yaml_alphabet, max_size=200).map("".join)


@st.composite
def mutated_form(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SHIPPED)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["replace", "insert", "delete", "cut"]))
        byte = draw(st.integers(0, 255))
        if action == "replace" and at < len(data):
            data[at] = byte
        elif action == "insert":
            data.insert(at, byte)
        elif action == "delete" and at < len(data):
            del data[at]
        elif action == "cut":
            del data[at:]
    return bytes(data)


def assert_problems_or_form(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    started = time.monotonic()
    form, problems = read_form(path)  # any exception other than a return fails the test
    assert time.monotonic() - started < TIME_LIMIT
    assert (form is None) == bool(problems)
    for problem in problems:
        assert problem.path == path
        assert problem.code in PROBLEM_CODES
        assert problem.line >= 0
        assert str(problem).startswith(f"{path}:")


@pytest.fixture(params=["libyaml", "python"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "python":
        monkeypatch.setattr(yaml_source, "FormLoader", yaml_source.PythonFormLoader)
    return str(request.param)


@pytest.mark.usefixtures("loader")
@FUZZ
@given(content=st.binary(max_size=400))
def test_arbitrary_bytes(tmp_path: Path, content: bytes) -> None:
    assert_problems_or_form(tmp_path / "fuzz.yaml", content)


@pytest.mark.usefixtures("loader")
@FUZZ
@given(text=yaml_like)
def test_yaml_like_text(tmp_path: Path, text: str) -> None:
    assert_problems_or_form(tmp_path / "fuzz.yaml", text.encode("utf-8"))


@pytest.mark.usefixtures("loader")
@FUZZ
@given(content=mutated_form())
def test_mutated_shipped_forms(tmp_path: Path, content: bytes) -> None:
    assert_problems_or_form(tmp_path / "fuzz.yaml", content)
