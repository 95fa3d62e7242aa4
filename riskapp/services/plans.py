"""Safety-plan use cases shared by the GUI plan editor and the CLI: save a version, history.

A safety plan is filled from the safety-plan form: checklist items (``check`` answers,
True = agreed) and free-text fields. Every save stores a new version, linked to the
client's latest completed danger assessment, with the ids the caseworker chose to leave out
of the discreet printout. Items the form itself flags (``discreet_omit`` on a question or a
whole section) are always left out by the printout; they are included in the stored set too
so the record says exactly what the discreet version lacked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from riskapp.domain.errors import DomainError
from riskapp.domain.forms import engine
from riskapp.domain.forms.errors import FormNotFound
from riskapp.domain.forms.model import Form, FormKind, QuestionKind
from riskapp.domain.records import (
    Assessment,
    AssessmentStatus,
    ClientId,
    PlanId,
    SafetyPlan,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session

#: The shipped safety-plan form id (an organisation may ship its own of kind safety_plan).
SAFETY_PLAN_FORM_ID = "safety-plan"


class PlanRefused(DomainError):  # noqa: N818 - named by what happened, docs/STYLE.md §5
    """A safety-plan action was refused: no safety-plan form, or not a safety-plan form."""

    code = "plan_refused"
    other_codes = (
        "plan_no_form",
        "plan_wrong_form",
    )


@dataclass(frozen=True)
class OpenedPlan:
    """A stored plan version with the exact form version it was filled with."""

    plan: SafetyPlan
    form: Form
    #: True when a newer version exists (earlier versions open read-only).
    superseded: bool


def plan_form(registry: FormRegistry) -> Form:
    """The latest safety-plan form: the shipped id, else the first form of that kind."""
    try:
        return registry.latest(SAFETY_PLAN_FORM_ID)
    except FormNotFound:
        for form in registry.latest_forms():
            if form.kind is FormKind.SAFETY_PLAN:
                return form
    raise PlanRefused("no safety-plan form is installed", code="plan_no_form")


def form_omitted_ids(form: Form) -> frozenset[str]:
    """Ids the form itself keeps off the discreet printout (flagged items and themes)."""
    ids: set[str] = set()
    for section in form.sections:
        for q in section.questions:
            if section.discreet_omit or q.discreet_omit:
                ids.add(q.id)
    return frozenset(ids)


def clean_answers(form: Form, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Keep answers to known, visible questions; drop unticked items and empty texts."""
    known = {q.id: q for q in form.questions()}
    kept: dict[str, Any] = {}
    for qid, value in answers.items():
        q = known.get(qid)
        if q is None or value is None or value is False:
            continue
        if isinstance(value, str) and not value.strip():
            continue
        if isinstance(value, list) and not value:
            continue
        if q.kind is QuestionKind.CHECK:
            value = bool(value)
        kept[qid] = value
    return dict(engine.prune_hidden(form, kept))


def latest_danger_assessment(
    session: Session, registry: FormRegistry, client_id: ClientId
) -> Assessment | None:
    """The client's most recently completed danger assessment (any danger form), if any."""
    best: Assessment | None = None
    for a in session.assessments.list_for_client(client_id):
        if a.status is not AssessmentStatus.COMPLETED:
            continue
        try:
            kind = registry.get(a.form_id, a.form_version).kind
        except FormNotFound:  # a form no longer installed: cannot tell its kind
            continue
        if kind is not FormKind.DANGER_ASSESSMENT:
            continue
        key = (a.completed_at or a.updated_at, a.id)
        if best is None or key > (best.completed_at or best.updated_at, best.id):
            best = a
    return best


def save_plan(
    session: Session,
    registry: FormRegistry,
    client_id: ClientId,
    answers: Mapping[str, Any],
    *,
    discreet_omit: Iterable[str] = (),
    form: Form | None = None,
) -> SafetyPlan:
    """Store a new version of the client's safety plan.

    ``discreet_omit``: ids the caseworker leaves out of the discreet printout; unknown ids
    are dropped and the form's own flagged ids are always added. The plan links to the
    client's latest completed danger assessment. Raises ``PlanRefused`` when ``form`` is not
    a safety-plan form.
    """
    form = form or plan_form(registry)
    if form.kind is not FormKind.SAFETY_PLAN:
        raise PlanRefused("not a safety-plan form", code="plan_wrong_form", form_id=form.id)
    known = {q.id for q in form.questions()}
    omit = frozenset(i for i in discreet_omit if i in known) | form_omitted_ids(form)
    linked = latest_danger_assessment(session, registry, client_id)
    return session.plans.save(
        client_id,
        form.id,
        form.version,
        clean_answers(form, answers),
        discreet_omit=omit,
        assessment_id=linked.id if linked else None,
    )


def plan_history(session: Session, client_id: ClientId) -> list[SafetyPlan]:
    """Every stored version of the client's plan, newest first."""
    return session.plans.list_for_client(client_id)


def open_plan(session: Session, registry: FormRegistry, plan_id: PlanId) -> OpenedPlan:
    """One stored version with its own form version; ``superseded`` if a newer one exists."""
    plan = session.plans.get(plan_id)
    latest = session.plans.latest_for_client(plan.client_id)
    superseded = latest is not None and latest.id != plan.id
    return OpenedPlan(plan, registry.get(plan.form_id, plan.form_version), superseded)


def latest_plan(session: Session, client_id: ClientId) -> SafetyPlan | None:
    """The client's newest plan version, if any."""
    return session.plans.latest_for_client(client_id)
