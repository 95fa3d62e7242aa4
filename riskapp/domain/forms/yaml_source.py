"""Read a form file into a YAML node tree, recording the line of every key and list item.

Step 1 of loading a form (``loader.py``): read UTF-8 text and compose the YAML node tree
with a safe loader (libyaml's ``CSafeLoader`` when PyYAML was built with it, else the pure
Python ``SafeLoader``; both give the same nodes and marks) that records the line of every
key and list item (``LineMap``: location tuple -> line). Booleans are only
``true``/``false`` (YAML 1.1's ``yes``/``no``/``on``/``off`` stay strings, so an option id
``yes`` is the text "yes") and dates stay strings. Duplicate keys are problems.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from riskapp.domain.forms.problems import Problem, make_problem

#: A location in the document: the keys and list indexes from the top, e.g.
#: ``("sections", 0, "questions", 2, "id")``.
Loc = tuple[str | int, ...]

#: libyaml when available (about ten times faster on the shipped forms), else pure Python.
_BaseLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FormYamlLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader with YAML 1.2 booleans (true/false only) and no implicit dates."""


_FormYamlLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FormYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


@dataclass
class LineMap:
    """Source line of each location (key path) in the document."""

    lines: dict[Loc, int] = field(default_factory=dict)

    def line(self, loc: Sequence[Any]) -> int:
        key = tuple(part for part in loc if isinstance(part, str | int))
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), 1)


def _walk(
    node: yaml.Node, loc: Loc, lines: LineMap, duplicates: list[tuple[str, int, int]]
) -> None:
    lines.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in first_seen:
                duplicates.append((key, line, first_seen[key]))
                continue
            first_seen[key] = line
            lines.lines[(*loc, key)] = line
            _walk(value_node, (*loc, key), lines, duplicates)
            lines.lines[(*loc, key)] = line  # the key's own line wins over its value's
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*loc, index), lines, duplicates)


def read_yaml(path: Path) -> tuple[Any, LineMap, list[Problem]]:
    """The file's data (None when it could not be read or parsed), its lines, problems."""
    lines = LineMap()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, lines, [make_problem(path, 0, "form_file_missing")]
    except OSError as exc:
        return None, lines, [make_problem(path, 0, "form_unreadable", detail=exc.strerror or "")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, lines, [make_problem(path, line, "form_encoding")]
    loader = _FormYamlLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, lines, [make_problem(path, 1, "form_empty")]
        duplicates: list[tuple[str, int, int]] = []
        _walk(node, (), lines, duplicates)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at_end = mark is not None and mark.index >= len(text.rstrip())
        if exc.context_mark is not None and at_end:
            mark = exc.context_mark  # an unclosed quote or bracket: where it was opened
        line = mark.line + 1 if mark is not None else 0
        detail = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        return None, lines, [make_problem(path, line, "form_yaml_syntax", detail=detail)]
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        detail = f"character {exc.character!r} is not allowed"
        return None, lines, [make_problem(path, line, "form_yaml_syntax", detail=detail)]
    except yaml.YAMLError as exc:
        return None, lines, [make_problem(path, 0, "form_yaml_syntax", detail=str(exc))]
    finally:
        loader.dispose()
    problems = [
        make_problem(path, line, "form_duplicate_key", key=key, first_line=first)
        for key, line, first in duplicates
    ]
    return data, lines, problems
