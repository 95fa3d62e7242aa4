"""Reading a form file is bounded: size, characters, anchors, depth and node count.

Every hostile file gives ``file:line: message`` problems, never another exception, with
libyaml's loader and with the pure Python fallback alike.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from riskapp.commands.forms_cmds import problem_line
from riskapp.domain.forms import yaml_source
from riskapp.domain.forms.loader import read_form
from riskapp.messages import MESSAGES
from riskapp.paths import forms_dir

SHIPPED = sorted(forms_dir().glob("*.yaml"))


@pytest.fixture(params=["libyaml", "python"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with each YAML loader (libyaml's only where PyYAML has it)."""
    if request.param == "python":
        monkeypatch.setattr(yaml_source, "FormLoader", yaml_source.PythonFormLoader)
    elif not hasattr(yaml_source.yaml, "CSafeLoader"):
        pytest.skip("PyYAML without libyaml")
    return str(request.param)


def problems(tmp_path: Path, content: str | bytes) -> list[str]:
    path = tmp_path / "hostile.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    form, found = read_form(path)
    assert form is None
    return [problem_line(p, "en").removeprefix(f"{path}") for p in found]


def billion_laughs() -> str:
    text = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    for prev, name in zip("abcdefghi", "bcdefghij", strict=True):
        text += f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
    return text


@pytest.mark.usefixtures("loader")
def test_shipped_forms_load_with_each_loader() -> None:
    for path in SHIPPED:
        form, found = read_form(path)
        assert found == []
        assert form is not None


def test_both_loaders_give_the_same_forms_and_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [read_form(path)[0] for path in SHIPPED]
    monkeypatch.setattr(yaml_source, "FormLoader", yaml_source.PythonFormLoader)
    assert [read_form(path)[0] for path in SHIPPED] == fast  # lines are part of equality


@pytest.mark.usefixtures("loader")
def test_billion_laughs_is_refused_at_once(tmp_path: Path) -> None:
    started = time.monotonic()
    assert problems(tmp_path, billion_laughs()) == [
        ":1: anchors and aliases (&name, *name) are not allowed in form files"
    ]
    assert time.monotonic() - started < 2


@pytest.mark.usefixtures("loader")
@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("id: demo\nx: &x\n  - *x\n", 2),  # a list holding itself
        ("id: demo\nx: &x\n  y: *x\n", 2),  # a mapping holding itself
        ("id: demo\ntitle: &t Hej\nintro: *t\n", 2),  # harmless, but refused too
        ("id: demo\nx: *nowhere\n", 2),  # an alias to no anchor
    ],
)
def test_anchors_and_aliases_are_refused(tmp_path: Path, text: str, line: int) -> None:
    assert problems(tmp_path, text) == [
        f":{line}: anchors and aliases (&name, *name) are not allowed in form files"
    ]


@pytest.mark.usefixtures("loader")
@pytest.mark.parametrize(
    "text",
    [
        "id: demo\nx: " + "[" * 100_000 + "]" * 100_000 + "\n",
        "id: demo\nx: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n",
        "id: demo\nx:\n" + "".join(" " * i + "-\n" for i in range(1, 600)),
    ],
    ids=["flow-lists", "flow-mappings", "block-lists"],
)
def test_deep_nesting_is_a_problem_not_a_recursion_error(tmp_path: Path, text: str) -> None:
    found = problems(tmp_path, text)
    assert len(found) == 1
    # libyaml stops deep flow nesting itself, with its own syntax error
    assert found[0].endswith(
        ("more than 32 levels of nesting", "exceeded maximum nesting depth")
    ), found


@pytest.mark.usefixtures("loader")
def test_nesting_up_to_the_limit_is_read(tmp_path: Path) -> None:
    text = "id: demo\nx: " + "[" * 31 + "]" * 31 + "\n"  # 32 with the top mapping
    assert not any("nesting" in p for p in problems(tmp_path, text))


@pytest.mark.usefixtures("loader")
@pytest.mark.parametrize(
    ("char", "name"),
    [("\x00", "U+0000"), ("\x1b", "U+001B"), ("\x7f", "U+007F"), ("\x9b", "U+009B")],
)
def test_control_characters_are_problems_with_their_line(
    tmp_path: Path, char: str, name: str
) -> None:
    text = f'id: demo\nversion: 1\ntitle: "a{char}b"\n'
    assert problems(tmp_path, text) == [
        f":3: character {name} is not allowed (a control character)"
    ]


@pytest.mark.usefixtures("loader")
def test_a_file_over_one_mebibyte_is_refused_unparsed(tmp_path: Path) -> None:
    text = "id: demo\n" + "# padding\n" * (yaml_source.MAX_FILE_BYTES // 10)
    assert problems(tmp_path, text) == [
        ": the file is larger than 1 MiB, the most a form file may be"
    ]


@pytest.mark.usefixtures("loader")
def test_too_many_nodes_is_a_problem(tmp_path: Path) -> None:
    text = "id: demo\nx: [" + ",".join(["1"] * 60_000) + "]\n"
    started = time.monotonic()
    assert problems(tmp_path, text) == [
        ":2: more than 50000 keys, values and list items in one file"
    ]
    assert time.monotonic() - started < 5


@pytest.mark.usefixtures("loader")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: demo\n---\nid: other\n", ":2: YAML syntax error: expected a single document"),
        ('id: demo\ntitle: "åäö\n\n', ":2: YAML syntax error: while scanning a quoted scalar"),
        ("id: !!python/object:os.system x\n", ":1: YAML syntax error: could not determine"),
    ],
)
def test_other_yaml_errors_keep_their_line(tmp_path: Path, text: str, expected: str) -> None:
    found = problems(tmp_path, text)
    assert len(found) == 1
    assert found[0].startswith(expected), found


def test_the_new_problems_have_swedish_words() -> None:
    for code in (
        "form_too_large",
        "form_bad_character",
        "form_yaml_alias",
        "form_too_deep",
        "form_too_many_nodes",
    ):
        sv, en = MESSAGES[code]
        assert sv != en


@pytest.mark.usefixtures("loader")
def test_control_character_lines_count_yaml_line_breaks(tmp_path: Path) -> None:
    content = b'id: demo\rversion: 1\r\ntitle: "a\x00b"\n'
    assert problems(tmp_path, content) == [
        ":3: character U+0000 is not allowed (a control character)"
    ]
