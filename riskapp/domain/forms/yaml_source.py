"""Read a form file into a YAML node tree, recording the line of every key and list item.

Step 1 of loading a form (``loader.py``): read UTF-8 text and compose the YAML node tree
with a safe loader (libyaml's ``CSafeLoader`` when PyYAML was built with it, else the pure
Python ``SafeLoader``; both give the same nodes and lines, only the wording of some syntax
errors differs) that records the line of every key and list item (``LineMap``: location
tuple -> line). Booleans are only ``true``/``false`` (YAML 1.1's ``yes``/``no``/``on``/
``off`` stay strings, so an option id ``yes`` is the text "yes") and dates stay strings.
Duplicate keys are problems.

A form file may come from anyone who can write to an organisation's forms directory, so
reading it is bounded, and everything that goes wrong is a ``Problem`` with a line:

* at most ``MAX_FILE_BYTES`` (1 MiB; the largest shipped form is 28 KB), checked before
  the file is read whole;
* no control characters (NUL, ESC, ...: the characters YAML does not allow), reported
  with their line before YAML sees them;
* no anchors or aliases (``&name`` / ``*name``): the form format does not need them and
  the shipped forms use none, and refusing them rules out a "billion laughs" expansion
  and recursive aliases;
* nesting at most ``MAX_DEPTH`` mappings and lists deep (the format needs 8) and at most
  ``MAX_NODES`` keys, values and items (the largest shipped form has about 1,800).

Anchors, depth and size are checked on the event stream (the parser keeps an explicit
stack), before the recursive composer builds nodes, so no file can exhaust the stack.
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

#: Largest form file read (bytes).
MAX_FILE_BYTES = 1024 * 1024
#: Deepest nesting of mappings and lists.
MAX_DEPTH = 32
#: Most keys, values and list items (scalars, mappings and lists) in one file.
MAX_NODES = 50_000

#: Characters YAML does not allow in a document (control characters, NUL, surrogates).
_NOT_ALLOWED = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
#: What YAML counts as a line break.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _form_loader(base: type[Any]) -> type[Any]:
    """``base`` with YAML 1.2 booleans (true/false only) and no implicit dates."""

    class Loader(base):  # type: ignore[misc]
        """A safe loader for form files (see ``_form_loader``)."""

    loader: type[Any] = Loader
    loader.yaml_implicit_resolvers = {
        first: [
            (tag, regexp)
            for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
        ]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    return loader


#: The pure Python loader (the fallback; the tests run both).
PythonFormLoader = _form_loader(yaml.SafeLoader)
#: The loader used: libyaml's when PyYAML has it (several times faster on the shipped
#: forms, with the same nodes and lines), else the pure Python one.
FormLoader = _form_loader(yaml.CSafeLoader) if hasattr(yaml, "CSafeLoader") else PythonFormLoader


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


def _read_bounded(path: Path) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, or a problem: missing, unreadable or larger than MAX_FILE_BYTES."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None, [make_problem(path, 0, "form_file_missing")]
    except OSError as exc:
        return None, [make_problem(path, 0, "form_unreadable", detail=exc.strerror or "")]
    if len(raw) > MAX_FILE_BYTES:
        return None, [
            make_problem(path, 0, "form_too_large", limit=f"{MAX_FILE_BYTES // 2**20} MiB")
        ]
    return raw, []


def _structure_problem(text: str, path: Path) -> Problem | None:
    """The first anchor, alias, too deep or too many nodes, read from the event stream.

    Raises the parser's ``yaml.YAMLError`` for a syntax error, as composing would.
    """
    loader = FormLoader(text)
    try:
        depth = nodes = 0
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                return make_problem(path, line, "form_yaml_alias")
            if isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent):
                nodes += 1
                if nodes > MAX_NODES:
                    return make_problem(path, line, "form_too_many_nodes", limit=MAX_NODES)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return make_problem(path, line, "form_too_deep", limit=MAX_DEPTH)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        return None
    finally:
        loader.dispose()


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, path: Path) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    at_end = mark is not None and mark.index >= len(text.rstrip())
    if exc.context_mark is not None and at_end:
        mark = exc.context_mark  # an unclosed quote or bracket: where it was opened
    line = mark.line + 1 if mark is not None else 1
    detail = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
    return make_problem(path, line, "form_yaml_syntax", detail=detail)


def read_yaml(path: Path) -> tuple[Any, LineMap, list[Problem]]:
    """The file's data (None when it could not be read or parsed), its lines, problems."""
    lines = LineMap()
    raw, problems = _read_bounded(path)
    if raw is None:
        return None, lines, problems
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, lines, [make_problem(path, line, "form_encoding")]
    bad = _NOT_ALLOWED.search(text)
    if bad is not None:
        line = len(_LINE_BREAK.findall(text, 0, bad.start())) + 1
        character = f"U+{ord(bad.group()):04X}"
        return None, lines, [make_problem(path, line, "form_bad_character", character=character)]
    try:
        problem = _structure_problem(text, path)
        if problem is not None:
            return None, lines, [problem]
        loader = FormLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, lines, [make_problem(path, 1, "form_empty")]
            duplicates: list[tuple[str, int, int]] = []
            _walk(node, (), lines, duplicates)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        return None, lines, [_syntax_problem(exc, text, path)]
    except yaml.YAMLError as exc:  # no mark (the characters were checked above)
        return None, lines, [make_problem(path, 1, "form_yaml_syntax", detail=str(exc))]
    problems = [
        make_problem(path, line, "form_duplicate_key", key=key, first_line=first)
        for key, line, first in duplicates
    ]
    return data, lines, problems
