"""A completed assessment is never changed silently (issue 12 sections 3-5): corrections,
voiding, the client's objection, the children's-unit tick, discarding a draft, the events
that bring a review forward, and the rows the CLI and the client page list.

- A correction is a new draft linked to the original (``corrects``), started from its
  answers and judgement (every item to confirm again, like a repeat) with who, when and
  why; completing it replaces the original in the trend, the review date and the
  statistics, and the original stays readable (``corrected_by``).
- Voiding keeps the record with its reason and takes it out of the trend, the review date
  and the statistics.
- Every change is one vault call with its audit row; nothing here words messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from riskapp.domain import completion, review
from riskapp.domain.assessment_input import prefill_from
from riskapp.domain.forms.errors import FormNotFound
from riskapp.domain.forms.model import Form
from riskapp.domain.records import (
    Assessment,
    AssessmentId,
    AssessmentStatus,
    ChildReport,
    ClientEvent,
    ClientEventKind,
    ClientId,
)
from riskapp.services.assessments import OpenedAssessment, form_of

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session


def void_assessment(session: Session, assessment_id: AssessmentId, reason: str) -> Assessment:
    """Void a completed assessment with its reason (required). Raises ``ValidationFailed``
    (``reason_missing``, ``assessment_voided``, ``assessment_not_completed``,
    ``assessment_corrected``) or ``RecordNotFound`` (``assessment_unknown``); nothing
    changes then."""
    return session.assessments.void(assessment_id, reason)


def start_correction(
    session: Session, registry: FormRegistry, assessment_id: AssessmentId, reason: str
) -> OpenedAssessment:
    """Start a correction of a completed assessment: a new draft of the same form version
    with the original's answers and judgement, all unconfirmed, linked by ``corrects``
    (audit ``assessment.correct`` on the original). Complete it with
    ``complete_assessment`` like any draft."""
    original = session.assessments.get(assessment_id)
    form = form_of(registry, original)
    data = prefill_from(form, original)
    record = session.assessments.start(
        original.client_id,
        form.id,
        form.version,
        dict(data.answers),
        form_kind=str(form.kind),
        unconfirmed=data.unconfirmed,
        corrects=original.id,
        correction_reason=reason,
    )
    record = session.assessments.save_draft(
        record.id,
        dict(data.answers),
        unconfirmed=data.unconfirmed,
        client_estimate=data.client_estimate,
        judgement_level=data.judgement_level,
        judgement_rationale=data.judgement_rationale,
    )
    return OpenedAssessment(record, form, data)


def note_objection(session: Session, assessment_id: AssessmentId, text: str) -> Assessment:
    """Note the client's own objection to a record (empty text removes it)."""
    return session.assessments.note_objection(assessment_id, text)


def record_child_report(
    session: Session, assessment_id: AssessmentId, choice: ChildReport, reason: str = ""
) -> Assessment:
    """Store the tick after the children's-unit reminder: report made, already known, or
    not needed (``reason`` required then)."""
    return session.assessments.set_child_report(assessment_id, choice, reason)


def discard_draft(session: Session, assessment_id: AssessmentId) -> None:
    """Discard a draft started by mistake (audit ``assessment.delete``). Refuses a
    completed assessment (``assessment_completed``): void it instead."""
    session.assessments.delete_draft(assessment_id)


def next_steps(form: Form, record: Assessment) -> tuple[str, ...]:
    """The next-step prompt codes for a completed assessment (``completion.next_steps``);
    the children's-unit prompt is left out once its tick is stored."""
    if record.status is not AssessmentStatus.COMPLETED:
        return ()
    steps = completion.next_steps(form, record.answers, record.judgement_level)
    if record.child_report is not None:
        steps = tuple(s for s in steps if s != completion.STEP_CHILD_REPORT)
    return steps


# --- events and the review date ------------------------------------------------------


def record_event(
    session: Session, client_id: ClientId, kind: ClientEventKind, occurred_on: date
) -> ClientEvent:
    """Record an incident, a separation or a release from custody: the client's next
    review becomes due at once (``review.next_review``)."""
    return session.events.record(client_id, kind, occurred_on)


def next_review(session: Session, client_id: ClientId) -> date | None:
    """The client's next review date, events included (for the client page and lists)."""
    assessments = session.assessments.list_for_client(client_id)
    return review.next_review(assessments, session.events.list_for_client(client_id))


def review_state(session: Session, client_id: ClientId) -> tuple[review.ReviewState, date] | None:
    """("overdue"|"soon"|"scheduled", date) for the client, events included."""
    assessments = session.assessments.list_for_client(client_id)
    events = session.events.list_for_client(client_id)
    return review.review_state(assessments, session.clock.today(), events)


# --- trend and listing -----------------------------------------------------------------


def trend(assessments: list[Assessment]) -> list[Assessment]:
    """The assessments a trend shows: counting ones only (not voided, not replaced by a
    correction), oldest first."""
    done = [a for a in assessments if a.counts]
    return sorted(done, key=lambda a: (a.completed_at or a.updated_at, a.id))


@dataclass(frozen=True)
class AssessmentRow:
    """One assessment as the CLI's ``--json`` and list print it (no client name)."""

    record: Assessment
    form_title: str
    factors_marked: int | None
    flagged: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        r = self.record
        return {
            "id": int(r.id),
            "client_id": int(r.client_id),
            "form": r.form_id,
            "form_title": self.form_title,
            "form_version": r.form_version,
            "status": r.status.value,
            "started_at": r.started_at.isoformat(),
            "completed_at": r.completed_at.isoformat() if r.completed_at else None,
            "author": r.author,
            "level": r.judgement_level,
            "client_estimate": r.client_estimate,
            "score": r.score,
            "factors_marked": self.factors_marked,
            "flagged": list(self.flagged),
            "review_due": r.review_due.isoformat() if r.review_due else None,
            "corrects": int(r.corrects) if r.corrects is not None else None,
            "correction_reason": r.correction_reason,
            "corrected_by": int(r.corrected_by) if r.corrected_by is not None else None,
            "voided_at": r.voided_at.isoformat() if r.voided_at else None,
            "voided_by": r.voided_by,
            "void_reason": r.void_reason,
            "objection": r.objection,
            "child_report": r.child_report.value if r.child_report else None,
            "child_report_reason": r.child_report_reason,
            "warnings": list(r.warnings),
        }


def row_of(registry: FormRegistry, record: Assessment, language: str = "sv") -> AssessmentRow:
    """The listing row of ``record``; a form no longer installed lists by its id."""
    try:
        form = form_of(registry, record)
    except FormNotFound:
        return AssessmentRow(record, record.form_id, None, ())
    return AssessmentRow(
        record,
        form.title.get(language),
        len(completion.marked_factors(form, record.answers)),
        tuple(q.id for q in completion.flagged_questions(form, record.answers)),
    )
