"""Check a ``visible_if`` condition against the questions it reads.

Syntax (``conditions.parse``), references (only to questions asked before this point, never
to the question itself), operators that fit the kind of question read, and literals that
are among its answers.
"""

from __future__ import annotations

import json

from riskapp.domain.forms import conditions
from riskapp.domain.forms.checker import FormChecker, QuestionInfo
from riskapp.domain.forms.errors import ConditionSyntaxError
from riskapp.domain.forms.model import QuestionKind
from riskapp.domain.forms.schema import QuestionModel
from riskapp.domain.forms.yaml_source import Loc

#: Answer values of a yes_no_unknown question.
YES_NO_UNKNOWN = ("yes", "no", "unknown")


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
    checker: FormChecker, leaf: conditions.Leaf, target: QuestionModel, loc: Loc
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


def check_condition(
    checker: FormChecker,
    source: str,
    loc: Loc,
    *,
    own_id: str | None,
    limit: int,
    questions: dict[str, QuestionInfo],
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
