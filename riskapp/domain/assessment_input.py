"""What a caseworker has entered in an assessment, and the rules over it (docs/DOMAIN.md §2).

``AssessmentInput`` is the wizard's working copy: real answers, the client's estimate, the
professional judgement, and the set of items prefilled from an earlier assessment that
are still unconfirmed. The rules here are pure (no Qt, no database), shared by the
assessment service, the wizard and the demo generator:

- ``clean_input``: drop hidden or unknown answers and stray level codes, so nothing stray
  reaches the vault;
- ``prefill_from``: a repeat starts from the last completed assessment, everything marked
  unconfirmed (the judgement under the pseudo-id ``JUDGEMENT_ID``);
- ``completion_problems``: why an input cannot be completed yet (the forms engine's checks,
  then every unconfirmed item);
- ``input_of``: the input as stored on an assessment record.

The unconfirmed set is a real field of the record (``Assessment.unconfirmed``, stored in its
own column), never a key inside the answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form
from riskapp.domain.records import Assessment

#: Pseudo-id for the professional judgement (level + rationale) in the unconfirmed set.
JUDGEMENT_ID = "@judgement"


@dataclass(frozen=True)
class AssessmentInput:
    """What a caseworker has entered so far: answers plus the record-level values.

    ``answers`` holds only real answers; ``unconfirmed`` holds question ids (and
    ``JUDGEMENT_ID``) prefilled from an earlier assessment and not yet touched or confirmed.
    """

    answers: Mapping[str, Any] = field(default_factory=dict)
    client_estimate: str | None = None
    judgement_level: str | None = None
    judgement_rationale: str | None = None
    unconfirmed: frozenset[str] = frozenset()

    def with_answer(self, question_id: str, value: Any) -> AssessmentInput:
        """A copy with one answer set (None removes it); touching confirms the question."""
        answers = dict(self.answers)
        if value is None or value == [] or value == "":
            answers.pop(question_id, None)
        else:
            answers[question_id] = value
        return replace(self, answers=answers, unconfirmed=self.unconfirmed - {question_id})

    def confirmed(self, ids: Iterable[str]) -> AssessmentInput:
        """A copy with ``ids`` confirmed (removed from ``unconfirmed``)."""
        return replace(self, unconfirmed=self.unconfirmed - frozenset(ids))


def clean_input(form: Form, data: AssessmentInput) -> AssessmentInput:
    """Drop answers of hidden questions (engine) and unconfirmed marks that no longer apply.

    Also drops answers to ids the form does not know and level codes not on its scale, so
    nothing stray reaches the vault.
    """
    known = {q.id for q in form.questions()}
    answers = {k: v for k, v in data.answers.items() if k in known}
    answers = dict(engine.prune_hidden(form, answers))
    level_ids = {lv.id for lv in form.levels}
    estimate_ids = level_ids | {engine.CLIENT_ESTIMATE_DECLINED}
    estimate = data.client_estimate if data.client_estimate in estimate_ids else None
    level = data.judgement_level if data.judgement_level in level_ids else None
    rationale = (data.judgement_rationale or "").strip() and data.judgement_rationale
    visible = {q.id for q in engine.visible_questions(form, answers)}
    keep = visible | ({JUDGEMENT_ID} if form.has_judgement else set())
    unconfirmed = frozenset(i for i in data.unconfirmed if i in keep)
    if not form.has_judgement:
        level, rationale = None, None
    if not form.has_client_estimate:
        estimate = None
    return AssessmentInput(
        answers=answers,
        client_estimate=estimate,
        judgement_level=level,
        judgement_rationale=rationale or None,
        unconfirmed=unconfirmed,
    )


def input_of(assessment: Assessment) -> AssessmentInput:
    """The caseworker's input as stored on an assessment record."""
    return AssessmentInput(
        answers=dict(assessment.answers),
        client_estimate=assessment.client_estimate,
        judgement_level=assessment.judgement_level,
        judgement_rationale=assessment.judgement_rationale,
        unconfirmed=frozenset(assessment.unconfirmed),
    )


def prefill_from(form: Form, previous: Assessment) -> AssessmentInput:
    """Input for a repeat: ``previous``'s answers and judgement, all marked unconfirmed.

    The client's own estimate is never carried over: it is asked afresh each time, before
    any score is shown.
    """
    data = AssessmentInput(
        answers=dict(previous.answers),
        judgement_level=previous.judgement_level,
        judgement_rationale=previous.judgement_rationale,
    )
    data = clean_input(form, data)
    ids = set(data.answers)
    if form.has_judgement and (data.judgement_level or data.judgement_rationale):
        ids.add(JUDGEMENT_ID)
    return replace(data, unconfirmed=frozenset(ids))


def completion_problems(form: Form, data: AssessmentInput) -> list[tuple[str, str | None]]:
    """Why ``data`` cannot be completed, as (code, question_id or None); empty = it can.

    The engine's problems (required answers, client estimate, judgement level, rationale)
    come first, then one ``answer_unconfirmed`` problem per prefilled item not yet
    confirmed (question_id None and code ``judgement_unconfirmed`` for the judgement).
    """
    clean = clean_input(form, data)
    problems: list[tuple[str, str | None]] = [
        (p.code, p.question_id)
        for p in engine.completion_problems(
            form,
            clean.answers,
            client_estimate=clean.client_estimate,
            judgement_level=clean.judgement_level,
            judgement_rationale=clean.judgement_rationale,
        )
    ]
    order = {q.id: i for i, q in enumerate(form.questions())}
    for qid in sorted(clean.unconfirmed, key=lambda i: order.get(i, len(order))):
        if qid == JUDGEMENT_ID:
            problems.append(("judgement_unconfirmed", None))
        else:
            problems.append(("answer_unconfirmed", qid))
    return problems
