"""Synthetic demo data: clients with realistic assessment histories, and throwaway demo vaults.

Everything goes through the same services as the GUI (assessments are started, answered
by walking the form with the engine, and completed with the engine's checks; plans saved
through ``services.plans``), so the demo, the statistics and the benchmarks see data shaped
exactly like real use. The vault's clock is moved back in time while a history is written,
so timestamps spread over the past months; it is restored afterwards.

Personnummer come only from Skatteverket's published test numbers
(``personnummer.test_numbers()``); once those run out, further clients are anonymous
contacts without a personnummer. Names are random combinations of common Swedish names.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from riskapp.domain import personnummer
from riskapp.domain.assessment_input import AssessmentInput
from riskapp.domain.clock import Clock
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, FormKind, Question, QuestionKind
from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import ChosenHelpLine, Client, ClientId, NewClient, Role
from riskapp.services import assessments as assessment_service
from riskapp.services import cases as case_service
from riskapp.services import plans as plan_service
from riskapp.services.demo_names import (
    FEMALE_NAMES,
    MALE_NAMES,
    SURNAMES,
    fiction_mobile,
    street_address,
)
from riskapp.services.forms import shipped_registry
from riskapp.vault import Session, Vault

DEMO_ORGANISATION = "Demokommunen, relationsvåldsteamet"
#: Fictional numbers: Post- och telestyrelsen reserves 08-465 004 00–99 for fiction.
DEMO_ORGANISATION_PHONE = "08-465 004 00"
DEMO_LEADER = "teamledare"
DEMO_CASEWORKER = "handlaggare"
#: Published on the demo unlock screen: the demo vault holds synthetic data only.
DEMO_PASSPHRASE = "demo lösenord för provkörning"

_RATIONALES = (
    "Syntetisk demotext: bedömningen bygger på samtalet och de riskfaktorer som framkom.",
    "Syntetisk demotext: hot och kontroll har ökat senaste månaden enligt klienten.",
    "Syntetisk demotext: separationen är nära förestående, vilket höjer risken.",
    "Syntetisk demotext: situationen har lugnat sig sedan kontaktförbudet beslutades.",
)
_TEXTS = (
    "Syntetisk demotext.",
    "Exempel för provkörning, inga verkliga uppgifter.",
    "Påhittat exempel.",
)


#: The client's own words on a full demo plan (printed discreetly when ticked).
_OWN_WORDS = (
    "Kaféet vid torget, efter klockan tre",
    "Moster Eva, 070-174 06 05",
    "Blåbärssylt",
    "Karin och grannen på tredje våningen",
    "Hos Eva",
    "Farmor och jag",
    "Grannen Ali tar katten",
    "Syntetisk demotext: fika med Karin på fredag.",
)
#: Names a demo client picked for the numbers on her discreet printout.
_CHOSEN_NAMES = ("Linda", "Kusin Bo", "Tandläkaren", "Jobbet")


@dataclass(frozen=True)
class DemoVault:
    """A demo vault on disk and how to open it (shown on the demo unlock screen)."""

    path: Path
    username: str
    passphrase: str
    #: Other demo users (name, role) sharing the same passphrase.
    other_users: tuple[tuple[str, Role], ...] = ()


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    assessments: int
    plans: int


class _ShiftedClock:
    """The session's clock, moved to a chosen moment while history is written."""

    def __init__(self) -> None:
        self.current = datetime.now(UTC)

    def now(self) -> datetime:
        return self.current

    def today(self) -> date:
        return self.current.date()


def _answer_for(question: Question, rng: random.Random, when: date) -> Any:
    kind = question.kind
    if kind is QuestionKind.YES_NO_UNKNOWN:
        return rng.choices(["yes", "no", "unknown"], weights=[40, 50, 10])[0]
    if kind is QuestionKind.SINGLE_CHOICE:
        return rng.choice(question.options).id
    if kind is QuestionKind.MULTIPLE_CHOICE:
        chosen = [o.id for o in question.options if rng.random() < 0.35]
        return chosen or [question.options[0].id]
    if kind is QuestionKind.NUMBER:
        low = int(question.number_min) if question.number_min is not None else 0
        high = int(question.number_max) if question.number_max is not None else 10
        return rng.randint(low, min(high, low + 20))
    if kind is QuestionKind.DATE:
        return (when - timedelta(days=rng.randint(1, 200))).isoformat()
    if kind is QuestionKind.TEXT:
        return rng.choice(_TEXTS)
    if kind is QuestionKind.SCALE:
        low = question.scale_min if question.scale_min is not None else 1
        high = question.scale_max if question.scale_max is not None else 5
        return rng.randint(low, high)
    if kind is QuestionKind.CHECK:
        return rng.random() < 0.6
    raise ValueError(f"unknown question kind {kind}")


def random_answers(form: Form, rng: random.Random, when: date) -> dict[str, Any]:
    """Answers to every question that is visible given the earlier answers, in form order."""
    answers: dict[str, Any] = {}
    for question in form.questions():
        visible = {q.id for q in engine.visible_questions(form, answers)}
        if question.id in visible:
            answers[question.id] = _answer_for(question, rng, when)
    return engine.prune_hidden(form, answers)


def _plan_kwargs(
    session: Session, form: Form, rng: random.Random, when: date, *, full: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Answers and choices of a demo plan. A ``full`` plan ticks every item, fills every
    field and opts every allowed field and two help lines in to the discreet printout, so
    the discreet printout is exercised to the full; others are random."""
    if full:
        answers: dict[str, Any] = {}
        for i, question in enumerate(form.questions()):
            if question.kind is QuestionKind.CHECK:
                answers[question.id] = True
            elif question.kind is QuestionKind.TEXT:
                answers[question.id] = _OWN_WORDS[i % len(_OWN_WORDS)]
        free_text: set[str] = set(plan_service.own_words_ids(form))
    else:
        answers = random_answers(form, rng, when)
        free_text = {i for i in plan_service.own_words_ids(form) if rng.random() < 0.3}
    offered = plan_service.client_help_lines(session.settings.get())
    count = 2 if full else rng.choice((0, 0, 1))
    chosen = [
        ChosenHelpLine(line.number.strip(), _CHOSEN_NAMES[i % len(_CHOSEN_NAMES)])
        for i, line in enumerate(rng.sample(offered, min(count, len(offered))))
    ]
    choices = {
        "discreet_free_text": free_text,
        "discreet_help_lines": chosen,
        "language": "en" if rng.random() < 0.15 else "sv",
        "follow_up": when + timedelta(days=rng.choice((14, 30, 60))),
    }
    return answers, choices


def _save_demo_plan(
    session: Session,
    registry: FormRegistry,
    client: Client,
    form: Form,
    rng: random.Random,
    when: date,
) -> None:
    answers, choices = _plan_kwargs(session, form, rng, when, full=rng.random() < 0.3)
    plan_service.save_plan(session, registry, client.id, answers, form=form, **choices)


def _level_for(form: Form, answers: dict[str, Any], rng: random.Random) -> str:
    """A judgement loosely following the score: the count informs, the judgement decides."""
    levels = [level.id for level in form.levels]
    top = max(engine.max_score(form), 1)
    ratio = (engine.score(form, answers) or 0) / top
    index = min(int(ratio * len(levels) * 1.3), len(levels) - 1)
    index = max(0, min(len(levels) - 1, index + rng.choice((-1, 0, 0, 0, 1))))
    return levels[index]


def _fill_and_complete(
    session: Session,
    registry: FormRegistry,
    client: Client,
    form: Form,
    rng: random.Random,
    when: date,
) -> None:
    answers = random_answers(form, rng, when)
    opened = assessment_service.start_assessment(session, registry, client.id, form.id)
    data = AssessmentInput(answers=answers)
    if form.has_client_estimate:
        data = AssessmentInput(answers=answers, client_estimate=rng.choice(form.levels).id)
    if form.has_judgement:
        data = AssessmentInput(
            answers=answers,
            client_estimate=data.client_estimate,
            judgement_level=_level_for(form, answers, rng),
            judgement_rationale=rng.choice(_RATIONALES),
        )
    # Demo data is synthetic: a warning (e.g. "low" with a strong marker) is confirmed.
    assessment_service.complete_assessment(
        session, form, opened.record.id, data, confirm_warnings=True
    )


def _new_client(rng: random.Random, pnr: str | None) -> NewClient:
    # Legal sex from the ninth digit of the number; ~80 % women when there is none.
    female = int(pnr[10]) % 2 == 0 if pnr is not None else rng.random() < 0.8
    first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
    return NewClient(
        first_name=first,
        last_name=rng.choice(SURNAMES),
        personnummer=pnr,
        phone=fiction_mobile(rng),
        address=street_address(rng),
        notes="Syntetisk democlient.",
        safe_contact=rng.choice(
            ("Ring dagtid, inga sms.", "Sms går bra, ring inte kvällar.", "Endast via jobbet.")
        ),
        protected_identity=rng.random() < 0.08,
    )


def generate_demo_data(
    session: Session,
    *,
    clients: int,
    seed: int,
    registry: FormRegistry | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Add ``clients`` synthetic clients with assessment histories over the past 18 months.

    Deterministic for a given seed and vault contents. Test personnummer already in the
    vault are skipped, so running it twice adds more clients rather than failing.
    ``progress(done, clients)`` is called after each client (and once at 0).
    """
    if clients < 0:
        raise ValueError("clients must be >= 0")
    rng = random.Random(seed)
    registry = registry or shipped_registry()
    today = today or session.clock.today()
    forms = {form.kind: form for form in registry.latest_forms()}
    numbers = list(personnummer.test_numbers())
    rng.shuffle(numbers)
    original_clock: Clock = session.clock
    shifted = _ShiftedClock()
    n_assessments = n_plans = 0
    try:
        session.clock = shifted
        if progress is not None:
            progress(0, clients)
        for index in range(clients):
            pnr = None
            while numbers and pnr is None:
                candidate = numbers.pop()
                if session.clients.by_personnummer(candidate) is None:
                    pnr = candidate
            start = today - timedelta(days=rng.randint(0, 540))
            moment = datetime.combine(start, time(rng.randint(8, 16), rng.randint(0, 59)), UTC)
            shifted.current = moment
            client = session.clients.create(_new_client(rng, pnr))
            steps = [FormKind.SCREENING]
            if rng.random() < 0.85:
                steps.append(FormKind.DESCRIPTION)
                steps.append(FormKind.DANGER_ASSESSMENT)
                if rng.random() < 0.9:
                    steps.append(FormKind.SAFETY_PLAN)
            # Repeat danger assessments (and revised plans) every ~3 months while within
            # the 18-month window: a risk assessment is perishable.
            repeats = rng.choice((0, 0, 1, 1, 2, 3)) if FormKind.DANGER_ASSESSMENT in steps else 0
            when = start
            for kind in steps:
                form = forms.get(kind)
                if form is None:
                    continue
                shifted.current = datetime.combine(when, moment.timetz())
                if kind is FormKind.SAFETY_PLAN:
                    _save_demo_plan(session, registry, client, form, rng, when)
                    n_plans += 1
                else:
                    _fill_and_complete(session, registry, client, form, rng, when)
                    n_assessments += 1
                when += timedelta(days=rng.randint(0, 7))
            if FormKind.DANGER_ASSESSMENT in steps:
                _demo_case(session, client.id, rng, start, today, shifted, moment)
            for _ in range(repeats):
                when += timedelta(days=rng.randint(60, 120))
                if when > today:
                    break
                shifted.current = datetime.combine(when, moment.timetz())
                danger = forms[FormKind.DANGER_ASSESSMENT]
                _fill_and_complete(session, registry, client, danger, rng, when)
                n_assessments += 1
                if FormKind.SAFETY_PLAN in forms and rng.random() < 0.7:
                    plan_form = forms[FormKind.SAFETY_PLAN]
                    _save_demo_plan(session, registry, client, plan_form, rng, when)
                    n_plans += 1
            if progress is not None:
                progress(index + 1, clients)
    finally:
        session.clock = original_clock
    return DemoSummary(clients=clients, assessments=n_assessments, plans=n_plans)


_SOURCES = (
    ("self",) * 4
    + ("police",) * 3
    + ("health_care",) * 2
    + (
        "school",
        "other_authority",
        "relative",
        "other",
    )
)
_REASONS = ("close_relationship",) * 6 + ("honour", "both")
_KINDS = (
    "support_talks",
    "support_talks",
    "group_support",
    "sheltered_housing",
    "other_housing",
    "financial_assistance",
    "police_report_help",
    "children_support",
    "other",
)


def _demo_case(
    session: Session,
    client_id: ClientId,
    rng: random.Random,
    start: date,
    today: date,
    shifted: _ShiftedClock,
    moment: datetime,
) -> None:
    """A case opened at the first screening with 0-3 interventions; about half closed."""
    shifted.current = datetime.combine(start, moment.timetz())
    case = case_service.open_case(
        session,
        client_id,
        source=rng.choice(_SOURCES),
        reason=rng.choice(_REASONS),
        opened_on=start,
    )
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        begun = start + timedelta(days=rng.randint(0, 30))
        if begun > today:
            break
        shifted.current = datetime.combine(begun, moment.timetz())
        ended = begun + timedelta(days=rng.randint(14, 200))
        case_service.add_intervention(
            session, case.id, rng.choice(_KINDS), begun, ended if ended <= today else None
        )
    closed_on = start + timedelta(days=rng.randint(30, 400))
    if closed_on <= today and rng.random() < 0.6:
        shifted.current = datetime.combine(closed_on, moment.timetz())
        reason = rng.choice(("goal_reached",) * 4 + ("moved", "declined", "other"))
        outcome = rng.choice(
            ("full", "partial", "partial")
            if reason == "goal_reached"
            else ("partial", "none", "unknown")
        )
        case_service.close_case(
            session, client_id, closed_on=closed_on, reason=reason, outcome=outcome
        )


def create_demo_vault(
    directory: Path | None = None, *, clients: int = 40, seed: int = 2026, **vault_options: Any
) -> DemoVault:
    """Create a demo vault (a team leader and a caseworker) filled with synthetic data.

    ``directory`` defaults to a new private temporary directory; the caller deletes it.
    ``vault_options`` are passed to ``Vault.create`` (tests pass fast KDF parameters).
    """
    directory = directory or Path(tempfile.mkdtemp(prefix="riskapp-demo-"))
    path = directory / "demo.riskvault"
    session, _recovery_key = Vault.create(
        path,
        organisation=DEMO_ORGANISATION,
        username=DEMO_LEADER,
        passphrase=DEMO_PASSPHRASE,
        **vault_options,
    )
    try:
        settings = session.settings.get()
        session.settings.update(replace(settings, organisation_phone=DEMO_ORGANISATION_PHONE))
        session.users.set_profile(
            DEMO_LEADER, display_name="Lena Demo (teamledare)", phone="08-465 004 01"
        )
        session.users.add(
            DEMO_CASEWORKER,
            Role.CASEWORKER,
            DEMO_PASSPHRASE,
            display_name="Hanna Demo",
            phone="08-465 004 02",
        )
        generate_demo_data(session, clients=clients, seed=seed)
    finally:
        session.close()
    return DemoVault(
        path=path,
        username=DEMO_LEADER,
        passphrase=DEMO_PASSPHRASE,
        other_users=((DEMO_CASEWORKER, Role.CASEWORKER),),
    )


__all__ = [
    "DEMO_PASSPHRASE",
    "DemoSummary",
    "DemoVault",
    "create_demo_vault",
    "generate_demo_data",
    "random_answers",
]
