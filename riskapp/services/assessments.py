"""Assessment use cases shared by the GUI wizard and the CLI: start, autosave, resume, complete.

One function per action around the forms engine and ``session.assessments``. Nothing here
knows about Qt; nothing here words messages for people (errors carry codes and ids).

Repeat assessments. A repeat may start from the answers of the client's last completed
assessment of the same form, but every prefilled item and the judgement must be confirmed
again (DOMAIN.md section 2). The set of still-unconfirmed ids travels with the draft: it is
stored inside the draft's ``answers`` mapping under the reserved key ``UNCONFIRMED_KEY``
(the vault stores answers as JSON and has no column for it). ``AssessmentInput`` keeps it
apart from the real answers, and ``complete_assessment`` refuses while anything is
unconfirmed, so a completed assessment never carries the key. The judgement is tracked
under the pseudo-id ``JUDGEMENT_ID``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from riskapp.domain.errors import DomainError
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, FormKind
from riskapp.domain.records import Assessment, AssessmentId, AssessmentStatus, ClientId

if TYPE_CHECKING:  # pragma: no cover - typing only; keeps this module importable cheaply
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session

#: Reserved key inside a draft's stored answers: sorted list of unconfirmed ids.
UNCONFIRMED_KEY = "_unconfirmed"
#: Pseudo-id for the professional judgement (level + rationale) in the unconfirmed set.
JUDGEMENT_ID = "@judgement"


class AssessmentRefused(DomainError):  # noqa: N818 - STYLE.md names errors by what happened
    """An assessment action was refused by a domain rule (see ``code``)."""

    code = "assessment_refused"


class AssessmentIncomplete(AssessmentRefused):
    """Completion refused: ``problems`` lists (code, question_id-or-None) pairs.

    ``params``: ``codes`` (comma-separated problem codes, for messages),
    ``problems`` (list of ``(code, question_id)``, codes from ``problem_codes``),
    ``unconfirmed`` (sorted ids).
    """

    code = "assessment_incomplete"
    #: Every code of ``params["problems"]`` (worded by each presenter): the engine's and a
    #: prefilled answer or judgement not yet confirmed (``completion_problems``).
    problem_codes: ClassVar[tuple[str, ...]] = (
        *engine.COMPLETION_CODES,
        "answer_unconfirmed",
        "judgement_unconfirmed",
    )


@dataclass(frozen=True)
class AssessmentInput:
    """What a caseworker has entered so far: answers plus the record-level values.

    ``answers`` holds only real answers (never ``UNCONFIRMED_KEY``); ``unconfirmed`` holds
    question ids (and ``JUDGEMENT_ID``) prefilled from an earlier assessment and not yet
    touched or confirmed.
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


@dataclass(frozen=True)
class OpenedAssessment:
    """An assessment as read back for the wizard: the record, its own form version, input."""

    record: Assessment
    form: Form
    input: AssessmentInput

    @property
    def read_only(self) -> bool:
        return self.record.status is AssessmentStatus.COMPLETED


# --- helpers -----------------------------------------------------------------------------


def split_stored_answers(stored: Mapping[str, Any]) -> tuple[dict[str, Any], frozenset[str]]:
    """Stored answers -> (real answers, unconfirmed ids)."""
    answers = {k: v for k, v in stored.items() if k != UNCONFIRMED_KEY}
    raw = stored.get(UNCONFIRMED_KEY) or ()
    return answers, frozenset(str(x) for x in raw)


def _stored_answers(answers: Mapping[str, Any], unconfirmed: frozenset[str]) -> dict[str, Any]:
    stored = dict(answers)
    if unconfirmed:
        stored[UNCONFIRMED_KEY] = sorted(unconfirmed)
    return stored


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
    answers, unconfirmed = split_stored_answers(assessment.answers)
    return AssessmentInput(
        answers=answers,
        client_estimate=assessment.client_estimate,
        judgement_level=assessment.judgement_level,
        judgement_rationale=assessment.judgement_rationale,
        unconfirmed=unconfirmed,
    )


def form_of(registry: FormRegistry, assessment: Assessment) -> Form:
    """The exact form version an assessment was filled with."""
    return registry.get(assessment.form_id, assessment.form_version)


# --- use cases ---------------------------------------------------------------------------


def last_completed(session: Session, client_id: ClientId, form_id: str) -> Assessment | None:
    """The client's most recently completed assessment of ``form_id``, if any."""
    done = [
        a
        for a in session.assessments.list_for_client(client_id)
        if a.form_id == form_id and a.status is AssessmentStatus.COMPLETED
    ]
    if not done:
        return None
    return max(done, key=lambda a: (a.completed_at or a.updated_at, a.id))


def prefill_from(form: Form, previous: Assessment) -> AssessmentInput:
    """Input for a repeat: ``previous``'s answers and judgement, all marked unconfirmed.

    The client's own estimate is never carried over: it is asked afresh each time, before
    any score is shown.
    """
    answers, _ = split_stored_answers(previous.answers)
    data = AssessmentInput(
        answers=answers,
        judgement_level=previous.judgement_level,
        judgement_rationale=previous.judgement_rationale,
    )
    data = clean_input(form, data)
    ids = set(data.answers)
    if form.has_judgement and (data.judgement_level or data.judgement_rationale):
        ids.add(JUDGEMENT_ID)
    return replace(data, unconfirmed=frozenset(ids))


def start_assessment(
    session: Session,
    registry: FormRegistry,
    client_id: ClientId,
    form_id: str,
    *,
    prefill: bool = False,
    initial: AssessmentInput | None = None,
) -> OpenedAssessment:
    """Start a draft of the latest version of ``form_id`` for a client.

    With ``prefill`` and an earlier completed assessment of the same form, the draft starts
    from its answers and judgement, all unconfirmed. Otherwise it starts from ``initial``
    (what the wizard holds when its first autosave creates the draft), cleaned like any
    draft. Raises ``FormNotFound`` (a DomainError) for an unknown form.
    """
    form = registry.latest(form_id)
    data = clean_input(form, initial) if initial is not None else AssessmentInput()
    if prefill:
        previous = last_completed(session, client_id, form_id)
        if previous is not None:
            data = prefill_from(form, previous)
    record = session.assessments.start(
        client_id,
        form.id,
        form.version,
        _stored_answers(data.answers, data.unconfirmed),
        form_kind=str(form.kind),
    )
    if data.client_estimate or data.judgement_level or data.judgement_rationale:
        record = session.assessments.save_draft(
            record.id,
            _stored_answers(data.answers, data.unconfirmed),
            client_estimate=data.client_estimate,
            judgement_level=data.judgement_level,
            judgement_rationale=data.judgement_rationale,
        )
    return OpenedAssessment(record, form, data)


def open_assessment(
    session: Session, registry: FormRegistry, assessment_id: AssessmentId
) -> OpenedAssessment:
    """Read an assessment (draft to resume, or completed to view) with its own form version."""
    record = session.assessments.get(assessment_id)
    return OpenedAssessment(record, form_of(registry, record), input_of(record))


def save_draft(
    session: Session, form: Form, assessment_id: AssessmentId, data: AssessmentInput
) -> Assessment:
    """Autosave: store the input with hidden answers pruned. Refuses completed assessments
    (the vault raises ``ValidationFailed`` with code ``assessment_completed``)."""
    clean = clean_input(form, data)
    return session.assessments.save_draft(
        assessment_id,
        _stored_answers(clean.answers, clean.unconfirmed),
        client_estimate=clean.client_estimate,
        judgement_level=clean.judgement_level,
        judgement_rationale=clean.judgement_rationale,
    )


def completion_problems(form: Form, data: AssessmentInput) -> list[tuple[str, str | None]]:
    """Why ``data`` cannot be completed, as (code, question_id or None); empty = it can.

    The engine's problems (required answers, client estimate, judgement level, rationale)
    come first, then one ``unconfirmed`` problem per prefilled item not yet confirmed
    (question_id None and code ``judgement_unconfirmed`` for the judgement).
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


def review_due_for(session: Session, form: Form, completed_on: date) -> date | None:
    """When a repeat is due: the form's ``review_days``; for a danger assessment without
    one, the organisation's default interval; otherwise None."""
    days = form.review_days
    if days is None and form.kind is FormKind.DANGER_ASSESSMENT:
        days = session.settings.get().review_interval_days
    return completed_on + timedelta(days=days) if days is not None else None


def complete_assessment(
    session: Session, form: Form, assessment_id: AssessmentId, data: AssessmentInput
) -> Assessment:
    """Complete (lock) an assessment after the engine's checks.

    Raises ``AssessmentIncomplete`` (a DomainError; nothing stored changes) when the engine
    reports problems or prefilled items are unconfirmed. Otherwise stores the final answers,
    score, estimate, judgement, review date (completion date + ``form.review_days``), the
    form kind and the engine's coded statistics facts in one vault call.
    """
    problems = completion_problems(form, data)
    if problems:
        clean = clean_input(form, data)
        raise AssessmentIncomplete(
            "assessment cannot be completed",
            codes=", ".join(dict.fromkeys(code for code, _ in problems)),
            problems=problems,
            unconfirmed=sorted(clean.unconfirmed),
        )
    clean = clean_input(form, data)
    return session.assessments.complete(
        assessment_id,
        answers=dict(clean.answers),
        score=engine.score(form, clean.answers),
        client_estimate=clean.client_estimate,
        judgement_level=clean.judgement_level,
        judgement_rationale=clean.judgement_rationale,
        review_due=review_due_for(session, form, session.clock.today()),
        form_kind=str(form.kind),
        stat_facts=frozenset(engine.stat_facts(form, clean.answers)),
    )


def drafts_for_client(session: Session, client_id: ClientId) -> list[Assessment]:
    """The client's unfinished drafts, newest first."""
    return [
        a
        for a in session.assessments.list_for_client(client_id)
        if a.status is AssessmentStatus.DRAFT
    ]
