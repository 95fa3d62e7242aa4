"""Check one form document: each piece against its schema, then the rules across pieces.

Step 2 of loading a form (``loader.py``). Pass 1 validates the header, each section and
each question separately with the pydantic models in ``schema.py`` (so one broken question
does not hide its neighbours' problems) and numbers every question. Pass 2 checks the rules
that span pieces: unique ids, conditions (``condition_checks.py``), scoring, section kinds,
kind-specific keys. With no problem, the validated pieces go to ``build.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from riskapp.domain.forms.checker import FormChecker, QuestionInfo
from riskapp.domain.forms.condition_checks import check_condition
from riskapp.domain.forms.model import FormKind, QuestionKind, SectionKind
from riskapp.domain.forms.problems import Problem
from riskapp.domain.forms.schema import FormModel, QuestionModel, SectionModel
from riskapp.domain.forms.yaml_source import LineMap, Loc
from riskapp.domain.revealing_words import find_revealing


@dataclass(frozen=True)
class CheckedSection:
    """A section that passed every check, with its location and its questions."""

    model: SectionModel
    loc: Loc
    questions: tuple[QuestionInfo, ...]


@dataclass(frozen=True)
class CheckedForm:
    """A form document that passed every check: the header and the sections, in order."""

    header: FormModel
    sections: tuple[CheckedSection, ...]


def _check_discreet(checker: FormChecker, q: QuestionModel, loc: Loc) -> None:
    """The opt-in discreet printout: an alias only on check items and clean in both
    languages, ``own_words`` only on free text, nothing discreet on a never_print field."""
    if q.discreet_alias is not None:
        if q.kind is not QuestionKind.CHECK:
            checker.add(
                (*loc, "discreet_alias"),
                "form_key_not_for_kind",
                key="discreet_alias",
                kind=q.kind.value,
            )
        conflicts = [k for k in ("discreet",) if k in q.model_fields_set]
        conflicts += ["never_print"] if q.never_print else []
        for other in conflicts:
            checker.add(
                (*loc, "discreet_alias"),
                "form_discreet_conflict",
                key="discreet_alias",
                other=other,
            )
        for language in ("sv", "en"):
            word = find_revealing(getattr(q.discreet_alias, language))
            if word is not None:
                checker.add(
                    (*loc, "discreet_alias", language),
                    "form_discreet_revealing",
                    key="discreet_alias",
                    word=word,
                )
    if q.discreet == "own_words":
        if q.kind is not QuestionKind.TEXT:
            checker.add(
                (*loc, "discreet"),
                "form_key_not_for_kind",
                key="discreet: own_words",
                kind=q.kind.value,
            )
        if q.never_print:
            checker.add(
                (*loc, "discreet"), "form_discreet_conflict", key="discreet", other="never_print"
            )


def _check_question(checker: FormChecker, q: QuestionModel, loc: Loc, header: FormModel) -> None:
    kind = q.kind
    checker.check_id(q.id, "question", loc)
    plan = header.kind is FormKind.SAFETY_PLAN
    if kind is QuestionKind.CHECK and not plan:
        checker.add((*loc, "kind"), "form_check_outside_plan")
    if not plan:
        for key in ("discreet", "discreet_alias", "discreet_omit", "discreet_text"):
            if key in q.model_fields_set:
                checker.add((*loc, key), "form_discreet_outside_plan", key=key)
    else:
        _check_discreet(checker, q, loc)
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
        "strong_marker": kind is not QuestionKind.YES_NO_UNKNOWN,
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


def check_form(data: Any, lines: LineMap, path: Path) -> tuple[CheckedForm | None, list[Problem]]:
    """Every problem of the document ``data``; the checked pieces when there is none."""
    checker = FormChecker(path, lines)
    if not isinstance(data, dict):
        checker.add((), "form_not_mapping")
        return None, checker.problems
    header = checker.validate(FormModel, data, ())
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list):
        return None, checker.problems  # reported by the header validation

    # Pass 1: validate sections and questions; number every question (valid or not).
    sections: list[tuple[SectionModel | None, Loc, list[QuestionInfo], int]] = []
    questions: dict[str, QuestionInfo] = {}
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
        infos: list[QuestionInfo] = []
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
                info = QuestionInfo(raw_id, index, q_loc, model)
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
    if plan and header.discreet_title is not None:
        for language in ("sv", "en"):
            word = find_revealing(getattr(header.discreet_title, language))
            if word is not None:
                checker.add(
                    ("discreet_title", language),
                    "form_discreet_revealing",
                    key="discreet_title",
                    word=word,
                )
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
                check_condition(
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
                check_condition(
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
    checked: list[CheckedSection] = []
    for section, s_loc, infos, _ in sections:
        assert section is not None  # no problems means every piece validated
        checked.append(CheckedSection(section, s_loc, tuple(infos)))
    return CheckedForm(header, tuple(checked)), []
