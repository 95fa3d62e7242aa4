"""The printouts' one table of labels: both languages, every key the reports print."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import riskapp.reports
from riskapp.reports.labels import LABELS


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_swedish_and_english_have_the_same_keys_and_placeholders() -> None:
    assert set(LABELS) == {"sv", "en"}
    assert LABELS["sv"].keys() == LABELS["en"].keys()
    assert [k for k in LABELS["sv"] if _fields(LABELS["sv"][k]) != _fields(LABELS["en"][k])] == []


def test_every_key_the_reports_print_is_in_the_table() -> None:
    used: set[str] = set()
    for path in Path(riskapp.reports.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_label"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                used.add(node.args[1].value)
    assert used >= {"page", "secrecy", "prepared_for"}
    assert used - LABELS["sv"].keys() == set()
