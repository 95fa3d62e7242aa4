"""The problem collector of one form file, with the checks every piece shares.

``FormChecker`` turns a location in the document into a ``Problem`` with its line
(``yaml_source.LineMap``), validates one piece of the file with a pydantic model from
``schema.py`` (each pydantic error becomes a problem with the line of its key), and checks
ids (pattern, reserved words, uniqueness) and statistics codes.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from riskapp.domain.forms import conditions
from riskapp.domain.forms.problems import Problem, make_problem
from riskapp.domain.forms.schema import (
    FormModel,
    LevelModel,
    NumberModel,
    OptionModel,
    QuestionModel,
    ScaleModel,
    SectionModel,
    TextModel,
)
from riskapp.domain.forms.yaml_source import LineMap, Loc

_FORM_ID = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")
_QUESTION_ID = re.compile(r"[a-z][a-z0-9_]*")
_VALUE_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_STAT = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")
#: Level ids that mean something else where a level is expected (see engine).
RESERVED_LEVEL_IDS = frozenset({"declined"})

_ALL_KEYS = sorted(
    {
        name
        for model in (
            FormModel,
            SectionModel,
            QuestionModel,
            OptionModel,
            LevelModel,
            ScaleModel,
            NumberModel,
            TextModel,
        )
        for name in model.model_fields
    }
)

M = TypeVar("M", bound=BaseModel)


@dataclass
class QuestionInfo:
    """What the checker knows about one question, valid or not."""

    id: str
    index: int
    loc: Loc
    model: QuestionModel | None  # None when the question itself failed validation


class FormChecker:
    """Collects the problems of one file, each with the line of its location."""

    def __init__(self, path: Path, lines: LineMap) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []

    def add(self, loc: Sequence[Any], code: str, **params: Any) -> None:
        self.problems.append(make_problem(self.path, self.lines.line(loc), code, **params))

    # pydantic ---------------------------------------------------------------------

    def validate(self, model: type[M], data: Any, loc: Loc) -> M | None:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                self._pydantic_problem(error, loc)
            return None

    def _pydantic_problem(self, error: Any, loc: Loc) -> None:
        rel = tuple(part for part in error["loc"] if isinstance(part, str | int))
        full = (*loc, *rel)
        key = _dotted(rel) or "value"
        if error["type"] == "extra_forbidden":
            name = str(rel[-1]) if rel else key
            close = difflib.get_close_matches(name, _ALL_KEYS, n=1, cutoff=0.75)
            if close:
                self.add(full, "form_unknown_key_hint", key=name, suggestion=close[0])
            else:
                self.add(full, "form_unknown_key", key=name)
        elif error["type"] == "missing":
            self.add(full, "form_missing_key", key=key)
        else:
            detail = error["msg"]
            if error["type"] in ("model_type", "dict_type"):
                text = (error.get("ctx") or {}).get("class_name") == "TextModel"
                detail = (
                    'expected a text or a mapping {sv: "...", en: "..."}'
                    if text
                    else "expected a mapping (key: value lines)"
                )
            self.add(full, "form_wrong_value", key=key, detail=detail)

    # ids --------------------------------------------------------------------------

    def check_id(self, value: str, what: str, loc: Loc) -> None:
        if what == "form":
            pattern, allowed = _FORM_ID, "'-'"
        elif what in ("section", "question"):
            pattern, allowed = _QUESTION_ID, "'_'"
        else:
            pattern, allowed = _VALUE_ID, "'_', '-'"
        if not pattern.fullmatch(value):
            self.add((*loc, "id"), "form_bad_id", what=what, id=value, allowed=allowed)
        else:
            reserved = conditions.KEYWORDS if what in ("section", "question") else frozenset()
            if what == "level":
                reserved = RESERVED_LEVEL_IDS
            if value in reserved:
                self.add((*loc, "id"), "form_reserved_id", what=what, id=value)

    def check_unique(self, items: Iterable[tuple[str, Loc]], what: str) -> None:
        first: dict[str, int] = {}
        for item_id, loc in items:
            line = self.lines.line((*loc, "id"))
            if item_id in first:
                self.add(
                    (*loc, "id"),
                    "form_duplicate_id",
                    what=what,
                    id=item_id,
                    first_line=first[item_id],
                )
            else:
                first[item_id] = line

    def check_stat(self, stat: str | None, loc: Loc) -> None:
        if stat is not None and not _STAT.fullmatch(stat):
            self.add(loc, "form_bad_stat", stat=stat)


def _dotted(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
