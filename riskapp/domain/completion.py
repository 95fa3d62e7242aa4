"""Completing an assessment is a deliberate act (issue 12 section 3): the pure rules.

- ``marked_factors``: the risk factors marked "yes" (or ticked), counted apart from the
  weighted sum (``engine.score``), so that nobody reads 14 points as 14 factors.
- ``flagged_questions``: strong markers (``strong_marker: true`` in the form file, e.g.
  threat to kill, strangulation, weapon used, separation) answered "yes".
- ``completion_warnings``: warnings that do not block but must be confirmed ("Bekräfta
  ändå"): the judgement is lower than the client's own estimate, or it is the form's
  lowest level while a strong marker is "yes". Either asks the rationale to address the
  difference.
- ``completion_summary``: what the completion step shows before the caseworker confirms.
- ``next_steps``: prompts after completion, as data: children exposed -> the duty to report
  concern to the children's unit (with a stored tick); high or acute -> make or update
  the safety plan.

No Qt, no database, no sentences: presenters word the codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, Question, QuestionKind

#: Warning: the judgement is lower than the client's own estimate.
BELOW_ESTIMATE = "judgement_below_estimate"
#: Warning: the judgement is the lowest level while a strong marker is "yes".
LOW_WITH_MARKER = "judgement_low_with_marker"
WARNING_CODES: tuple[str, ...] = (BELOW_ESTIMATE, LOW_WITH_MARKER)

#: Next step: remind of the duty to report concern to the children's unit (SoL 14:1c).
STEP_CHILD_REPORT = "report_child_concern"
#: Next step: make or update the client's safety plan.
STEP_SAFETY_PLAN = "safety_plan"
NEXT_STEP_CODES: tuple[str, ...] = (STEP_CHILD_REPORT, STEP_SAFETY_PLAN)

#: The statistics code of the question "children present / exposed" (forms/README.md).
CHILDREN_EXPOSED_STAT = "children.exposed"
#: Judgement levels that call for a safety plan now (the shipped scale's ids).
SAFETY_PLAN_LEVELS = frozenset({"high", "acute"})


def _is_marked(question: Question, value: Any) -> bool:
    if question.kind is QuestionKind.YES_NO_UNKNOWN:
        return bool(value == "yes")
    if question.kind is QuestionKind.CHECK:
        return value is True
    return False


def factor_questions(form: Form) -> tuple[Question, ...]:
    """The risk factors of a form: yes/no/unknown (and check) questions; on a scored form
    only those with a weight."""
    kinds = (QuestionKind.YES_NO_UNKNOWN, QuestionKind.CHECK)
    return tuple(
        q for q in form.questions() if q.kind in kinds and (q.weight > 0 or not form.scored)
    )


def marked_factors(form: Form, answers: Mapping[str, Any]) -> tuple[Question, ...]:
    """The visible risk factors answered "yes" (or ticked), in form order."""
    factors = {q.id for q in factor_questions(form)}
    return tuple(
        q
        for q in engine.visible_questions(form, answers)
        if q.id in factors and _is_marked(q, answers.get(q.id))
    )


def flagged_questions(form: Form, answers: Mapping[str, Any]) -> tuple[Question, ...]:
    """Visible strong markers answered "yes", in form order."""
    return tuple(
        q
        for q in engine.visible_questions(form, answers)
        if q.strong_marker and _is_marked(q, answers.get(q.id))
    )


def _rank(form: Form, level: str | None) -> int | None:
    for index, candidate in enumerate(form.levels):
        if candidate.id == level:
            return index
    return None


def completion_warnings(
    form: Form,
    answers: Mapping[str, Any],
    *,
    client_estimate: str | None,
    judgement_level: str | None,
) -> tuple[str, ...]:
    """Warning codes (``WARNING_CODES`` order) for a judgement about to be completed."""
    judged = _rank(form, judgement_level)
    if judged is None:
        return ()
    found: list[str] = []
    estimated = _rank(form, client_estimate)  # None also for "declined"
    if estimated is not None and judged < estimated:
        found.append(BELOW_ESTIMATE)
    if judged == 0 and flagged_questions(form, answers):
        found.append(LOW_WITH_MARKER)
    return tuple(found)


@dataclass(frozen=True)
class CompletionSummary:
    """What the completion step shows (and the service checks) before confirming."""

    judgement_level: str | None
    judgement_rationale: str | None
    client_estimate: str | None
    #: The weighted sum and its maximum (scored forms), never called a number of factors.
    score: int | None
    max_score: int | None
    marked: tuple[Question, ...]
    factor_count: int
    flagged: tuple[Question, ...]
    warnings: tuple[str, ...]

    @property
    def marked_count(self) -> int:
        return len(self.marked)


def completion_summary(
    form: Form,
    answers: Mapping[str, Any],
    *,
    client_estimate: str | None,
    judgement_level: str | None,
    judgement_rationale: str | None,
) -> CompletionSummary:
    """The summary of an assessment about to be completed (pure; ``answers`` cleaned)."""
    return CompletionSummary(
        judgement_level=judgement_level,
        judgement_rationale=judgement_rationale,
        client_estimate=client_estimate,
        score=engine.score(form, answers),
        max_score=engine.max_score(form) if form.scored else None,
        marked=marked_factors(form, answers),
        factor_count=len(factor_questions(form)),
        flagged=flagged_questions(form, answers),
        warnings=completion_warnings(
            form, answers, client_estimate=client_estimate, judgement_level=judgement_level
        ),
    )


def children_exposed(form: Form, answers: Mapping[str, Any]) -> bool:
    """True when a visible question coded ``children.exposed`` is "yes" (or ticked)."""
    return CHILDREN_EXPOSED_STAT in engine.stat_facts(form, answers)


def next_steps(
    form: Form, answers: Mapping[str, Any], judgement_level: str | None
) -> tuple[str, ...]:
    """Next-step prompt codes after completion (``NEXT_STEP_CODES`` order)."""
    steps: list[str] = []
    if children_exposed(form, answers):
        steps.append(STEP_CHILD_REPORT)
    if judgement_level in SAFETY_PLAN_LEVELS:
        steps.append(STEP_SAFETY_PLAN)
    return tuple(steps)
