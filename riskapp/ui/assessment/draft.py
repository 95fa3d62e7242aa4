"""Where the wizard's work comes from and goes: the assessment it opens (a stored one, or
a new one with the last completed assessment to start from) and the draft it stores
(created on the first save). Thin over ``riskapp.services.assessments``."""

from __future__ import annotations

from dataclasses import dataclass

from riskapp.domain.assessment_input import AssessmentInput
from riskapp.domain.forms.model import Form
from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import Assessment, AssessmentId, ClientId
from riskapp.services import assessments as services
from riskapp.vault import Session


@dataclass(frozen=True)
class Opened:
    form: Form
    data: AssessmentInput
    #: The stored assessment (None for a new one, until its first save).
    record: Assessment | None = None
    #: The client's last completed assessment with this form (new assessments only).
    previous: Assessment | None = None


def open_for_wizard(
    session: Session,
    registry: FormRegistry,
    client_id: ClientId,
    *,
    form_id: str | None,
    assessment_id: int | None,
) -> Opened:
    """Open ``assessment_id`` (it must be the client's) or start ``form_id`` afresh."""
    if assessment_id is not None:
        opened = services.open_assessment(session, registry, AssessmentId(assessment_id))
        if opened.record.client_id != client_id:
            raise ValueError("assessment belongs to another client")
        return Opened(opened.form, opened.input, record=opened.record)
    assert form_id is not None
    return Opened(
        registry.latest(form_id),
        AssessmentInput(),
        previous=services.last_completed(session, client_id, form_id),
    )


def store_draft(
    session: Session,
    registry: FormRegistry,
    client_id: ClientId,
    form: Form,
    record: Assessment | None,
    data: AssessmentInput,
) -> Assessment:
    """Create the draft (``record`` None) or save ``data`` into it; raises RiskappError."""
    if record is None:
        return services.start_assessment(session, registry, client_id, form.id, initial=data).record
    return services.save_draft(session, form, record.id, data)
