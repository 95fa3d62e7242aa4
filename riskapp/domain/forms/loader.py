"""Load form files (YAML) into ``model.Form``, reporting every problem as ``path:line``.

Steps for one file:

1. Read UTF-8 text and compose the YAML node tree with a safe loader that records the
   line of every key and list item (``_LineMap``: location tuple -> line). Booleans are
   only ``true``/``false`` (YAML 1.1's ``yes``/``no``/``on``/``off`` stay strings, so an
   option id ``yes`` is the text "yes") and dates stay strings.
2. Validate the header, each section and each question separately with the pydantic
   models in ``schema.py``, so one broken question does not hide its neighbours' problems.
3. Check rules that span pieces (``_FormChecker``): unique ids, conditions (syntax,
   references to earlier questions only, literals that exist), scoring, section kinds,
   kind-specific keys.

Nothing here evaluates code: conditions are parsed by ``conditions.py``.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from riskapp.domain.forms import conditions
from riskapp.domain.forms.errors import ConditionSyntaxError, FormError
from riskapp.domain.forms.model import (
    Form,
    FormKind,
    Level,
    Option,
    Question,
    QuestionKind,
    Section,
    SectionKind,
    Text,
)
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

FORM_SUFFIXES = (".yaml", ".yml")

_FORM_ID = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")
_QUESTION_ID = re.compile(r"[a-z][a-z0-9_]*")
_VALUE_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_STAT = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")
#: Level ids that mean something else where a level is expected (see engine).
RESERVED_LEVEL_IDS = frozenset({"declined"})
#: Answer values of a yes_no_unknown question.
YES_NO_UNKNOWN = ("yes", "no", "unknown")

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

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


# --- YAML with line numbers -------------------------------------------------------------


class _FormYamlLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans (true/false only) and no implicit dates."""


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
class _LineMap:
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
    node: yaml.Node, loc: Loc, lines: _LineMap, duplicates: list[tuple[str, int, int]]
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


def _read_yaml(path: Path) -> tuple[Any, _LineMap, list[Problem]]:
    lines = _LineMap()
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


# --- validation -------------------------------------------------------------------------


@dataclass
class _QuestionInfo:
    """What the checker knows about one question, valid or not."""

    id: str
    index: int
    loc: Loc
    model: QuestionModel | None  # None when the question itself failed validation


class _FormChecker:
    def __init__(self, path: Path, lines: _LineMap) -> None:
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


def _literal_text(value: conditions.Literal) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def _answer_values(question: QuestionModel) -> tuple[str, ...] | None:
    """The string answers a question can have, or None when any value is possible."""
    if question.kind is QuestionKind.YES_NO_UNKNOWN:
        extra = ("declined",) * question.allow_declined + ("not_asked",) * question.allow_not_asked
        return YES_NO_UNKNOWN + extra
    if question.kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
        return tuple(o.id for o in question.options)
    return None


def _check_leaf(
    checker: _FormChecker, leaf: conditions.Leaf, target: QuestionModel, loc: Loc
) -> None:
    """Does this comparison make sense for the kind of question it reads?"""
    kind = target.kind
    if isinstance(leaf, conditions.Answered):
        return
    if isinstance(leaf, conditions.Contains):
        op = "contains"
        values: tuple[conditions.Literal, ...] = (leaf.value,)
        if kind is not QuestionKind.MULTIPLE_CHOICE:
            checker.add(loc, "form_condition_operator", op=op, ref=leaf.question, kind=kind.value)
            return
    elif isinstance(leaf, conditions.InList):
        op = "not in" if leaf.negated else "in"
        values = leaf.values
    else:
        op = leaf.op
        values = (leaf.value,)
    if op in conditions.NUMERIC_COMPARISONS and kind not in (
        QuestionKind.NUMBER,
        QuestionKind.SCALE,
    ):
        checker.add(loc, "form_condition_operator", op=op, ref=leaf.question, kind=kind.value)
        return
    if kind is QuestionKind.MULTIPLE_CHOICE and op != "contains":
        checker.add(loc, "form_condition_operator", op=op, ref=leaf.question, kind=kind.value)
        return
    allowed_strings = _answer_values(target)
    for value in values:
        if allowed_strings is not None:
            ok = isinstance(value, str) and value in allowed_strings
            allowed = ", ".join(_literal_text(v) for v in allowed_strings)
        elif kind is QuestionKind.CHECK:
            ok = isinstance(value, bool)
            allowed = "true, false"
        elif kind in (QuestionKind.NUMBER, QuestionKind.SCALE):
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            allowed = "a number"
        else:  # text, date
            ok = isinstance(value, str)
            allowed = "a quoted text"
        if not ok:
            checker.add(
                loc,
                "form_condition_value",
                ref=leaf.question,
                value=_literal_text(value),
                allowed=allowed,
            )


def _check_condition(
    checker: _FormChecker,
    source: str,
    loc: Loc,
    *,
    own_id: str | None,
    limit: int,
    questions: dict[str, _QuestionInfo],
) -> None:
    """Check a visible_if: syntax, references (to questions before index ``limit``), values."""
    cond_loc = (*loc, "visible_if")
    try:
        parsed = conditions.parse(source)
    except ConditionSyntaxError as exc:
        checker.add(cond_loc, "form_condition_syntax", column=exc.column, detail=exc.detail)
        return
    reported: set[str] = set()
    for leaf in conditions.leaves(parsed):
        ref = leaf.question
        info = questions.get(ref)
        if ref in reported:
            continue
        if info is None:
            checker.add(cond_loc, "form_condition_unknown", ref=ref)
            reported.add(ref)
        elif ref == own_id:
            checker.add(cond_loc, "form_condition_self", ref=ref)
            reported.add(ref)
        elif info.index >= limit:
            checker.add(cond_loc, "form_condition_later", ref=ref)
            reported.add(ref)
        elif info.model is not None:
            _check_leaf(checker, leaf, info.model, cond_loc)


def _text(model: TextModel | None) -> Text | None:
    return None if model is None else Text(model.sv, model.en)


def _required_text(model: TextModel) -> Text:
    return Text(model.sv, model.en)


def _check_question(checker: _FormChecker, q: QuestionModel, loc: Loc, header: FormModel) -> None:
    kind = q.kind
    checker.check_id(q.id, "question", loc)
    plan = header.kind is FormKind.SAFETY_PLAN
    if kind is QuestionKind.CHECK and not plan:
        checker.add((*loc, "kind"), "form_check_outside_plan")
    if not plan:
        for key in ("discreet_omit", "discreet_text"):
            if key in q.model_fields_set:
                checker.add((*loc, key), "form_discreet_outside_plan", key=key)
    choice = kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)
    yes_or_check = kind in (QuestionKind.YES_NO_UNKNOWN, QuestionKind.CHECK)
    not_for_kind = {
        "options": not choice,
        "weight": not yes_or_check,
        "stat": not yes_or_check,
        "allow_declined": kind is not QuestionKind.YES_NO_UNKNOWN,
        "allow_not_asked": kind is not QuestionKind.YES_NO_UNKNOWN,
        "scale": kind is not QuestionKind.SCALE,
        "number": kind is not QuestionKind.NUMBER,
    }
    for key, wrong in not_for_kind.items():
        if wrong and key in q.model_fields_set:
            checker.add((*loc, key), "form_key_not_for_kind", key=key, kind=kind.value)
    if q.weight is not None and not header.scored:
        checker.add((*loc, "weight"), "form_weight_unscored")
    checker.check_stat(q.stat, (*loc, "stat"))
    if choice:
        need = 2 if kind is QuestionKind.SINGLE_CHOICE else 1
        if len(q.options) < need:
            checker.add((*loc, "options"), "form_options_required", kind=kind.value, count=need)
        option_items: list[tuple[str, Loc]] = []
        for i, option in enumerate(q.options):
            opt_loc = (*loc, "options", i)
            checker.check_id(option.id, "option", opt_loc)
            option_items.append((option.id, opt_loc))
            if option.weight is not None and not header.scored:
                checker.add((*opt_loc, "weight"), "form_weight_unscored")
            checker.check_stat(option.stat, (*opt_loc, "stat"))
        checker.check_unique(option_items, "option")
    if kind is QuestionKind.SCALE:
        if q.scale is None:
            checker.add(loc, "form_scale_required")
        elif q.scale.min >= q.scale.max:
            checker.add(
                (*loc, "scale", "min"), "form_scale_range", min=q.scale.min, max=q.scale.max
            )
        elif len(q.scale.labels) not in (0, 2, q.scale.max - q.scale.min + 1):
            checker.add(
                (*loc, "scale", "labels"),
                "form_scale_labels",
                count=q.scale.max - q.scale.min + 1,
                given=len(q.scale.labels),
            )
    if (
        kind is QuestionKind.NUMBER
        and q.number is not None
        and q.number.min is not None
        and q.number.max is not None
        and q.number.min > q.number.max
    ):
        checker.add(
            (*loc, "number", "min"), "form_number_range", min=q.number.min, max=q.number.max
        )


def _build_question(q: QuestionModel, line: int) -> Question:
    return Question(
        id=q.id,
        kind=q.kind,
        text=_required_text(q.text),
        help=_text(q.help),
        required=q.required,
        visible_if=q.visible_if,
        weight=q.weight or 0,
        options=tuple(
            Option(o.id, _required_text(o.label), o.weight or 0, o.stat) for o in q.options
        ),
        allow_declined=q.allow_declined,
        allow_not_asked=q.allow_not_asked,
        scale_min=q.scale.min if q.scale else None,
        scale_max=q.scale.max if q.scale else None,
        scale_labels=tuple(_required_text(t) for t in q.scale.labels) if q.scale else (),
        number_min=q.number.min if q.number else None,
        number_max=q.number.max if q.number else None,
        stat=q.stat,
        discreet_omit=q.discreet_omit,
        discreet_text=_text(q.discreet_text),
        never_print=q.never_print,
        line=line,
    )


def _validate(data: Any, lines: _LineMap, path: Path) -> tuple[Form | None, list[Problem]]:
    checker = _FormChecker(path, lines)
    if not isinstance(data, dict):
        checker.add((), "form_not_mapping")
        return None, checker.problems
    header = checker.validate(FormModel, data, ())
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list):
        return None, checker.problems  # reported by the header validation

    # Pass 1: validate sections and questions; number every question (valid or not).
    sections: list[tuple[SectionModel | None, Loc, list[_QuestionInfo], int]] = []
    questions: dict[str, _QuestionInfo] = {}
    question_items: list[tuple[str, Loc]] = []
    index = 0
    for s_index, raw_section in enumerate(raw_sections):
        s_loc: Loc = ("sections", s_index)
        # A piece that is not a mapping was already reported by its parent's validation.
        section = (
            checker.validate(SectionModel, raw_section, s_loc)
            if isinstance(raw_section, dict)
            else None
        )
        raw_questions = raw_section.get("questions") if isinstance(raw_section, dict) else None
        infos: list[_QuestionInfo] = []
        first_index = index
        for q_index, raw_question in enumerate(
            raw_questions if isinstance(raw_questions, list) else []
        ):
            q_loc: Loc = (*s_loc, "questions", q_index)
            model = (
                checker.validate(QuestionModel, raw_question, q_loc)
                if isinstance(raw_question, dict)
                else None
            )
            raw_id = raw_question.get("id") if isinstance(raw_question, dict) else None
            if isinstance(raw_id, str):
                info = _QuestionInfo(raw_id, index, q_loc, model)
                infos.append(info)
                questions.setdefault(raw_id, info)
                question_items.append((raw_id, q_loc))
            index += 1
        sections.append((section, s_loc, infos, first_index))
    checker.check_unique(question_items, "question")
    checker.check_unique(
        ((s.id, loc) for s, loc, _, _ in sections if s is not None),
        "section",
    )
    if header is None:
        return None, checker.problems

    # Pass 2: rules across pieces.
    checker.check_id(header.id, "form", ())
    checker.check_unique(((lv.id, ("levels", i)) for i, lv in enumerate(header.levels)), "level")
    for i, level in enumerate(header.levels):
        checker.check_id(level.id, "level", ("levels", i))
    plan = header.kind is FormKind.SAFETY_PLAN
    if not plan and "discreet_title" in header.model_fields_set:
        checker.add(("discreet_title",), "form_discreet_outside_plan", key="discreet_title")
    special_seen: set[SectionKind] = set()
    for section, s_loc, infos, first_index in sections:
        if section is not None:
            checker.check_id(section.id, "section", s_loc)
            if section.kind is not SectionKind.QUESTIONS:
                name = section.kind.value
                if section.kind in special_seen:
                    checker.add((*s_loc, "kind"), "form_section_kind_twice", section_kind=name)
                special_seen.add(section.kind)
                if not header.levels:
                    checker.add((*s_loc, "kind"), "form_levels_required", section_kind=name)
                if section.questions:
                    checker.add(
                        (*s_loc, "questions"), "form_special_section_questions", section_kind=name
                    )
            elif not section.questions:
                checker.add(s_loc, "form_empty_section")
            if not plan:
                for key in ("discreet_omit", "discreet_title"):
                    if key in section.model_fields_set:
                        checker.add((*s_loc, key), "form_discreet_outside_plan", key=key)
            if section.visible_if is not None:
                _check_condition(
                    checker,
                    section.visible_if,
                    s_loc,
                    own_id=None,
                    limit=first_index,
                    questions=questions,
                )
        for info in infos:
            if info.model is None:
                continue
            _check_question(checker, info.model, info.loc, header)
            if info.model.visible_if is not None:
                _check_condition(
                    checker,
                    info.model.visible_if,
                    info.loc,
                    own_id=info.id,
                    limit=info.index,
                    questions=questions,
                )
    if header.kind is FormKind.DANGER_ASSESSMENT and SectionKind.JUDGEMENT not in special_seen:
        checker.add(("kind",), "form_danger_without_judgement")
    if checker.problems:
        return None, checker.problems

    built_sections = []
    for section, s_loc, infos, _ in sections:
        assert section is not None  # no problems means every piece validated
        built_sections.append(
            Section(
                id=section.id,
                title=_required_text(section.title),
                kind=section.kind,
                intro=_text(section.intro),
                questions=tuple(
                    _build_question(info.model, lines.line(info.loc))
                    for info in infos
                    if info.model is not None
                ),
                discreet_omit=section.discreet_omit,
                discreet_title=_text(section.discreet_title),
                visible_if=section.visible_if,
                line=lines.line(s_loc),
            )
        )
    form = Form(
        id=header.id,
        version=header.version,
        kind=header.kind,
        title=_required_text(header.title),
        language=header.language,
        sections=tuple(built_sections),
        description=_text(header.description),
        scored=header.scored,
        levels=tuple(
            Level(lv.id, _required_text(lv.label), _text(lv.description)) for lv in header.levels
        ),
        review_days=header.review_days,
        discreet_title=_text(header.discreet_title),
        source=path,
    )
    return form, []


# --- public API -------------------------------------------------------------------------


def read_form(path: Path) -> tuple[Form | None, list[Problem]]:
    """Load one file: the form (None if there were problems) and every problem found."""
    data, lines, problems = _read_yaml(path)
    if problems and data is None:
        return None, problems
    form, more = _validate(data, lines, path)
    problems = sorted(problems + more, key=lambda p: p.line)
    return (None if problems else form), problems


def load_form(path: Path) -> Form:
    """Load and validate one form file; raises FormError listing every problem."""
    form, problems = read_form(Path(path))
    if form is None:
        raise FormError(problems)
    return form


def form_files(
    paths: Iterable[Path], *, allow_empty: bool = False
) -> tuple[list[Path], list[Problem]]:
    """Expand files and directories (recursively, *.yaml / *.yml, sorted) into files.

    A directory without form files is a problem unless ``allow_empty``.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in FORM_SUFFIXES and p.is_file())
            if not found and not allow_empty:
                problems.append(make_problem(path, 0, "form_no_files"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(make_problem(path, 0, "form_file_missing"))
    return files, problems


def load_forms(
    paths: Iterable[Path], *, allow_empty: bool = False
) -> tuple[list[Form], list[Problem]]:
    """Load every form under ``paths``; duplicates of the same id + version are problems.

    Returns the forms that loaded (first of any duplicate pair) and all problems.
    """
    files, problems = form_files(paths, allow_empty=allow_empty)
    forms: list[Form] = []
    seen: dict[tuple[str, int], Form] = {}
    for file in files:
        form, file_problems = read_form(file)
        problems.extend(file_problems)
        if form is None:
            continue
        key = (form.id, form.version)
        if key in seen:
            _, lines, _ = _read_yaml(file)
            problems.append(
                make_problem(
                    file,
                    lines.line(("version",)),
                    "form_duplicate_form",
                    form_id=form.id,
                    version=form.version,
                    other=str(seen[key].source),
                )
            )
            continue
        seen[key] = form
        forms.append(form)
    return forms, problems


def check_paths(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the form files under ``paths`` (files or directories)."""
    return load_forms(paths)[1]
