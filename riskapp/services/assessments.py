"""Assessment use cases shared by the GUI wizard and the CLI: start, autosave, resume, complete.

One function per action around the forms engine and ``session.assessments``. Nothing here
knows about Qt; nothing here words messages for people (errors carry codes and ids).

The rules over what a caseworker entered (``AssessmentInput``, cleaning, prefilling a
repeat, what blocks completion) are pure and live in ``riskapp.domain.assessment_input``;
the review-date rule in ``riskapp.domain.review``. Repeat assessments (docs/DOMAIN.md
§2): a repeat may start from the answers of the client's last completed assessment of the
same form, but every prefilled item and the judgement must be confirmed again. The set of
still-unconfirmed ids is a field of the draft record (``Assessment.unconfirmed``, its own
column in the vault), and ``complete_assessment`` refuses while anything is unconfirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from riskapp.domain import review
from riskapp.domain.assessment_input import (
    AssessmentInput,
    clean_input,
    completion_problems,
    input_of,
    prefill_from,
)
from riskapp.domain.errors import DomainError
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form
from riskapp.domain.records import Assessment, AssessmentId, AssessmentStatus, ClientId

if TYPE_CHECKING:  # pragma: no cover - typing only; keeps this module importable cheaply
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session


class AssessmentRefused(DomainError):  # noqa: N818 - named by what happened, docs/STYLE.md §5
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
class OpenedAssessment:
    """An assessment as read back for the wizard: the record, its own form version, input."""

    record: Assessment
    form: Form
    input: AssessmentInput

    @property
    def read_only(self) -> bool:
        return self.record.status is AssessmentStatus.COMPLETED


# --- helpers -----------------------------------------------------------------------------


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
        dict(data.answers),
        form_kind=str(form.kind),
        unconfirmed=data.unconfirmed,
    )
    if data.client_estimate or data.judgement_level or data.judgement_rationale:
        record = session.assessments.save_draft(
            record.id,
            dict(data.answers),
            unconfirmed=data.unconfirmed,
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
        dict(clean.answers),
        unconfirmed=clean.unconfirmed,
        client_estimate=clean.client_estimate,
        judgement_level=clean.judgement_level,
        judgement_rationale=clean.judgement_rationale,
    )


def review_due_for(session: Session, form: Form, completed_on: date) -> date | None:
    """When a repeat is due (``review.review_due``): the form's ``review_days``; for a
    danger assessment without one, the organisation's default interval; otherwise None."""
    default_days = session.settings.get().review_interval_days
    return review.review_due(form, completed_on, default_days)


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
