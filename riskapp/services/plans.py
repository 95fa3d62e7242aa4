"""Safety-plan use cases shared by the GUI plan editor and the CLI: save a version, history,
and the discreet preview with its warnings.

A safety plan is filled from the safety-plan form: checklist items (``check`` answers,
True = agreed) and free-text fields. Every save stores a new version, linked to the
client's latest completed danger assessment, with its choices (``PlanChoices``): the
printed language, a follow-up date and the opt-in discreet printout (docs/DOMAIN.md §5):

* aliased items the caseworker still leaves out (``discreet_omit``; the items the form
  never prints discreetly are included too, so the record says what the discreet version
  lacked);
* the free-text fields ticked "may print discreetly" (``discreet_free_text``; only fields
  the form allows, ``discreet: own_words``);
* the help-line numbers the client chose, each under a name she picked.

``discreet_preview`` gives exactly the lines the discreet printout will show, and
``revealing_warnings`` what in them contains a revealing word, for the editor to show
before printing (the printout itself refuses a revealing word anywhere but in the
client's own words).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from riskapp.domain.errors import DomainError
from riskapp.domain.forms import engine
from riskapp.domain.forms.errors import FormNotFound
from riskapp.domain.forms.model import DiscreetMode, Form, FormKind, QuestionKind
from riskapp.domain.records import (
    PLAN_LANGUAGES,
    Assessment,
    AssessmentStatus,
    ChosenHelpLine,
    ClientId,
    HelpLine,
    OrganisationSettings,
    PlanChoices,
    PlanId,
    SafetyPlan,
)
from riskapp.domain.revealing_words import find_revealing
from riskapp.reports.plan_content import HELP_LINE, PlanContent, local_date, plan_content
from riskapp.reports.safety_plan import discreet_warnings

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session


class _Keep:
    """Marker: keep the previous version's value."""


KEEP = _Keep()

#: The shipped safety-plan form id (an organisation may ship its own of kind safety_plan).
SAFETY_PLAN_FORM_ID = "safety-plan"


class PlanRefused(DomainError):  # noqa: N818 - named by what happened, docs/STYLE.md §5
    """A safety-plan action was refused: no safety-plan form, or not a safety-plan form."""

    code = "plan_refused"
    other_codes = (
        "plan_no_form",
        "plan_wrong_form",
        "plan_language",
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
    """Ids the form never prints discreetly: no alias, not the client's own words."""
    return frozenset(q.id for q in form.questions() if q.discreet_omit)


def own_words_ids(form: Form) -> frozenset[str]:
    """Free-text fields the caseworker may tick for the discreet printout."""
    return frozenset(
        q.id
        for q in form.questions()
        if q.discreet is DiscreetMode.OWN_WORDS and q.kind is QuestionKind.TEXT
    )


def client_help_lines(settings: OrganisationSettings) -> list[HelpLine]:
    """The numbers a client may choose from: the organisation's lines meant for clients.
    The editor shows ``name`` (which line it is) and may offer ``neutral_name`` as a
    suggestion; the client picks the name that is printed (``ChosenHelpLine``)."""
    return [line for line in settings.help_lines if line.for_clients and line.number.strip()]


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
    discreet_free_text: Iterable[str] | None = None,
    discreet_help_lines: Iterable[ChosenHelpLine] | None = None,
    language: str | None = None,
    follow_up: date | None | _Keep = KEEP,
) -> SafetyPlan:
    """Store a new version of the client's safety plan.

    ``discreet_omit``: aliased items the caseworker leaves out of the discreet printout;
    unknown ids are dropped and the ids the form never prints discreetly are always added.
    ``discreet_free_text``: free-text fields ticked for the discreet printout (only those
    the form allows are kept); ``discreet_help_lines``: the numbers the client chose, each
    under the name she picked (empty names or numbers dropped); ``language``: "sv" or "en";
    ``follow_up``: when the plan is gone through again. Each of these four left out keeps
    the value of the client's previous version (a new version starts from the last one).
    The plan links to the client's latest completed danger assessment. Raises
    ``PlanRefused`` when ``form`` is not a safety-plan form, ``plan_language`` for another
    language.
    """
    form = form or plan_form(registry)
    if form.kind is not FormKind.SAFETY_PLAN:
        raise PlanRefused("not a safety-plan form", code="plan_wrong_form", form_id=form.id)
    previous = session.plans.latest_for_client(client_id)
    base = PlanChoices() if previous is None else _choices(previous)
    if language is not None and language not in PLAN_LANGUAGES:
        raise PlanRefused("unknown plan language", code="plan_language")
    known = {q.id for q in form.questions()}
    omit = frozenset(i for i in discreet_omit if i in known) | form_omitted_ids(form)
    free = base.discreet_free_text if discreet_free_text is None else frozenset(discreet_free_text)
    lines = base.discreet_help_lines if discreet_help_lines is None else tuple(discreet_help_lines)
    choices = PlanChoices(
        discreet_omit=omit,
        discreet_free_text=free & own_words_ids(form),
        discreet_help_lines=tuple(
            ChosenHelpLine(h.number.strip(), h.name.strip())
            for h in lines
            if h.number.strip() and h.name.strip()
        ),
        language=language or base.language,
        follow_up=base.follow_up if isinstance(follow_up, _Keep) else follow_up,
    )
    linked = latest_danger_assessment(session, registry, client_id)
    return session.plans.save(
        client_id,
        form.id,
        form.version,
        clean_answers(form, answers),
        assessment_id=linked.id if linked else None,
        choices=choices,
    )


def _choices(plan: SafetyPlan) -> PlanChoices:
    return PlanChoices(
        discreet_omit=plan.discreet_omit,
        discreet_free_text=plan.discreet_free_text,
        discreet_help_lines=plan.discreet_help_lines,
        language=plan.language,
        follow_up=plan.follow_up,
    )


def discreet_preview(plan: SafetyPlan, form: Form, *, language: str | None = None) -> list[str]:
    """Exactly the lines the discreet printout of ``plan`` shows, in order (title, date,
    to-do lines, the client's own words, the chosen numbers; the page footer aside).
    ``plan`` may be an unsaved working copy (any id)."""
    return _discreet(plan, form, language).lines()


def revealing_warnings(
    plan: SafetyPlan, form: Form, *, language: str | None = None
) -> list[tuple[str, str]]:
    """``(field, word)`` for each thing the client chose for the discreet printout that
    contains a revealing word: a ticked free-text field (the printout prints it, so this
    is the caseworker's warning) or a help-line name (``HELP_LINE``; the printout refuses
    it, so she picks another). Empty when the discreet version reveals nothing."""
    content = _discreet(plan, form, language)
    warnings = discreet_warnings(content)
    for phone in content.phones:
        word = find_revealing(phone.name)
        if word is not None:
            warnings.append((HELP_LINE, word))
    return warnings


def _discreet(plan: SafetyPlan, form: Form, language: str | None) -> PlanContent:
    return plan_content(
        plan,
        form,
        OrganisationSettings(organisation_name=""),
        discreet=True,
        language=language,
        created=local_date(plan.updated_at),
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
