"""Completion warnings, corrections, voiding, objections, the children's-unit tick, client
events and per-level review dates, on real SQLCipher vaults (issue 12 sections 3-5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from riskapp.domain import completion
from riskapp.domain.assessment_input import AssessmentInput
from riskapp.domain.forms.model import Form, QuestionKind
from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import (
    Assessment,
    AssessmentStatus,
    ChildReport,
    Client,
    ClientEventKind,
    NewClient,
)
from riskapp.services import assessment_records as records
from riskapp.services import assessments as svc
from riskapp.services.forms import shipped_registry
from riskapp.vault import RecordNotFound, Session, ValidationFailed
from tests.vault.conftest import VaultFiles

RATIONALE = "Hot om att döda och nyligen separerad; risken bedöms som hög."


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return shipped_registry()


@pytest.fixture(scope="module")
def form(registry: FormRegistry) -> Form:
    return registry.get("danger-assessment", 1)


@pytest.fixture
def client(leader: Session) -> Client:
    return leader.clients.create(NewClient("Åsa", "Öberg"))


def _answers(form: Form, **yes: str) -> dict[str, Any]:
    answers: dict[str, Any] = {
        q.id: "no" for q in form.questions() if q.kind is QuestionKind.YES_NO_UNKNOWN
    }
    answers["sources"] = ["interview"]
    answers.update(yes)
    return answers


def _input(
    form: Form, level: str = "high", estimate: str = "raised", **yes: str
) -> AssessmentInput:
    return AssessmentInput(
        answers=_answers(form, **yes),
        client_estimate=estimate,
        judgement_level=level,
        judgement_rationale=RATIONALE,
    )


def _complete(
    session: Session, registry: FormRegistry, client: Client, data: AssessmentInput
) -> Assessment:
    form = registry.latest("danger-assessment")
    opened = svc.start_assessment(session, registry, client.id, form.id)
    return svc.complete_assessment(session, form, opened.record.id, data, confirm_warnings=True)


def _actions(session: Session, client: Client) -> list[str]:
    return [e.action for e in session.audit.for_client(client.id)]


# --- section 3: completion is deliberate ------------------------------------------------


def test_completion_with_a_warning_is_refused_until_confirmed(
    leader: Session, registry: FormRegistry, form: Form, client: Client
) -> None:
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    data = _input(form, level="low", estimate="high", strangled="yes")
    summary = svc.completion_summary(form, data)
    assert summary.warnings == (completion.BELOW_ESTIMATE, completion.LOW_WITH_MARKER)
    assert [q.id for q in summary.flagged] == ["strangled"]
    with pytest.raises(svc.CompletionNeedsConfirmation) as info:
        svc.complete_assessment(leader, form, opened.record.id, data)
    assert info.value.code == "assessment_warnings"
    assert info.value.params["warnings"] == "judgement_below_estimate, judgement_low_with_marker"
    assert leader.assessments.get(opened.record.id).status is AssessmentStatus.DRAFT
    done = svc.complete_assessment(leader, form, opened.record.id, data, confirm_warnings=True)
    assert done.status is AssessmentStatus.COMPLETED
    assert done.warnings == (completion.BELOW_ESTIMATE, completion.LOW_WITH_MARKER)
    entry = [e for e in leader.audit.for_client(client.id) if e.action == "assessment.complete"]
    assert entry[-1].detail == "judgement_below_estimate,judgement_low_with_marker"


def test_completion_without_warnings_needs_no_confirmation(
    leader: Session, registry: FormRegistry, form: Form, client: Client
) -> None:
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    done = svc.complete_assessment(leader, form, opened.record.id, _input(form))
    assert done.warnings == ()


def test_next_steps_and_the_stored_children_tick(
    leader: Session, registry: FormRegistry, form: Form, client: Client
) -> None:
    done = _complete(leader, registry, client, _input(form, children_present="yes"))
    assert records.next_steps(form, done) == (
        completion.STEP_CHILD_REPORT,
        completion.STEP_SAFETY_PLAN,
    )
    with pytest.raises(ValidationFailed) as info:
        records.record_child_report(leader, done.id, ChildReport.NOT_NEEDED, "  ")
    assert info.value.code == "reason_missing"
    ticked = records.record_child_report(
        leader, done.id, ChildReport.NOT_NEEDED, "Barnen bor hos mormor sedan ett år."
    )
    assert ticked.child_report is ChildReport.NOT_NEEDED
    assert ticked.child_report_reason == "Barnen bor hos mormor sedan ett år."
    assert records.next_steps(form, ticked) == (completion.STEP_SAFETY_PLAN,)
    again = records.record_child_report(leader, done.id, ChildReport.REPORT_MADE)
    assert leader.assessments.get(again.id).child_report is ChildReport.REPORT_MADE
    assert "assessment.child_report" in _actions(leader, client)


# --- section 4: corrected or voided, never silently changed -------------------------------


def test_voiding_keeps_the_record_and_takes_it_out_of_review_and_statistics(
    leader: Session, registry: FormRegistry, form: Form, client: Client, vault: VaultFiles
) -> None:
    first = _complete(leader, registry, client, _input(form, level="low", estimate="low"))
    vault.clock.advance(days=1)
    second = _complete(leader, registry, client, _input(form, level="acute", estimate="high"))
    assert records.next_review(leader, client.id) == second.review_due
    today = leader.clock.today()
    assert len(leader.stats_snapshot(today - timedelta(days=5), today).assessments) == 2

    voided = records.void_assessment(leader, second.id, "Fel klient vald.")
    assert voided.status is AssessmentStatus.VOIDED
    assert voided.void_reason == "Fel klient vald."
    assert voided.voided_by == "anna"
    assert voided.voided_at is not None
    assert leader.assessments.get(second.id).answers == second.answers  # still readable
    assert records.next_review(leader, client.id) == first.review_due
    snap = leader.stats_snapshot(today - timedelta(days=5), today)
    assert [a.level for a in snap.assessments] == ["low"]
    assert [a.id for a in records.trend(leader.assessments.list_for_client(client.id))] == [
        first.id
    ]
    assert "assessment.void" in _actions(leader, client)


def test_voiding_twice_a_draft_or_without_reason_is_refused_and_changes_nothing(
    leader: Session, registry: FormRegistry, form: Form, client: Client
) -> None:
    done = _complete(leader, registry, client, _input(form))
    with pytest.raises(ValidationFailed) as info:
        records.void_assessment(leader, done.id, " \n ")
    assert info.value.code == "reason_missing"
    assert leader.assessments.get(done.id).status is AssessmentStatus.COMPLETED
    records.void_assessment(leader, done.id, "Dubblett.")
    with pytest.raises(ValidationFailed) as info:
        records.void_assessment(leader, done.id, "Igen.")
    assert info.value.code == "assessment_voided"
    assert leader.assessments.get(done.id).void_reason == "Dubblett."
    draft = svc.start_assessment(leader, registry, client.id, form.id)
    with pytest.raises(ValidationFailed) as info:
        records.void_assessment(leader, draft.record.id, "Utkast.")
    assert info.value.code == "assessment_not_completed"
    with pytest.raises(RecordNotFound):
        records.void_assessment(leader, 9999, "Finns inte.")  # type: ignore[arg-type]


def test_a_correction_is_a_new_linked_version_and_the_original_stays_readable(
    leader: Session, registry: FormRegistry, form: Form, client: Client, vault: VaultFiles
) -> None:
    original = _complete(leader, registry, client, _input(form, level="raised"))
    with pytest.raises(ValidationFailed):
        records.start_correction(leader, registry, original.id, "")
    opened = records.start_correction(leader, registry, original.id, "Fel svar om vapen.")
    assert opened.record.corrects == original.id
    assert opened.record.correction_reason == "Fel svar om vapen."
    assert opened.record.answers == original.answers
    assert opened.input.unconfirmed  # every item to confirm again, like a repeat
    # Not yet completed: the original still counts.
    assert leader.assessments.get(original.id).corrected_by is None
    vault.clock.advance(hours=1)
    data = _input(form, level="high", weapon_used="yes")
    fixed = svc.complete_assessment(leader, form, opened.record.id, data)
    assert fixed.corrects == original.id
    again = leader.assessments.get(original.id)
    assert again.corrected_by == fixed.id
    assert again.status is AssessmentStatus.COMPLETED
    assert again.answers == original.answers  # the original stays as it was
    assert not again.counts
    today = leader.clock.today()
    snap = leader.stats_snapshot(today - timedelta(days=5), today)
    assert [a.level for a in snap.assessments] == ["high"]
    actions = _actions(leader, client)
    assert "assessment.correct" in actions
    with pytest.raises(ValidationFailed) as info:
        records.void_assessment(leader, original.id, "Ersatt.")
    assert info.value.code == "assessment_corrected"


def test_the_clients_objection_is_noted_and_a_mistaken_draft_discarded(
    leader: Session, registry: FormRegistry, form: Form, client: Client
) -> None:
    done = _complete(leader, registry, client, _input(form))
    noted = records.note_objection(leader, done.id, "Klienten anser att risken är överdriven.")
    assert noted.objection == "Klienten anser att risken är överdriven."
    assert noted.objection_at is not None
    assert "assessment.objection" in _actions(leader, client)
    draft = svc.start_assessment(leader, registry, client.id, form.id)
    with pytest.raises(ValidationFailed):
        records.note_objection(leader, draft.record.id, "x")
    records.discard_draft(leader, draft.record.id)
    with pytest.raises(RecordNotFound):
        leader.assessments.get(draft.record.id)
    assert "assessment.delete" in _actions(leader, client)
    with pytest.raises(ValidationFailed) as info:
        records.discard_draft(leader, done.id)
    assert info.value.code == "assessment_completed"


# --- section 5: review dates follow the risk ---------------------------------------------


@pytest.mark.parametrize(
    ("level", "days"), [("acute", 7), ("high", 30), ("raised", 60), ("low", 90)]
)
def test_the_review_date_follows_the_level(
    leader: Session, registry: FormRegistry, form: Form, client: Client, level: str, days: int
) -> None:
    done = _complete(leader, registry, client, _input(form, level=level, estimate=level))
    assert done.review_due == leader.clock.today() + timedelta(days=days)


def test_the_team_leaders_intervals_are_stored_and_win(
    leader: Session, registry: FormRegistry, form: Form, client: Client
) -> None:
    settings = leader.settings.get()
    leader.settings.update(
        replace(settings, review_days_by_level={**settings.review_days_by_level, "high": 14})
    )
    assert leader.settings.get().review_days_by_level["high"] == 14
    done = _complete(leader, registry, client, _input(form, level="high"))
    assert done.review_due == leader.clock.today() + timedelta(days=14)
    with pytest.raises(ValidationFailed):
        leader.settings.update(replace(settings, review_days_by_level={"high": 0}))


def test_an_event_makes_the_review_due_at_once(
    leader: Session, registry: FormRegistry, form: Form, client: Client, vault: VaultFiles
) -> None:
    done = _complete(leader, registry, client, _input(form, level="low", estimate="low"))
    assert records.review_state(leader, client.id) == ("scheduled", done.review_due)
    vault.clock.advance(days=3)
    event = records.record_event(leader, client.id, ClientEventKind.RELEASE, leader.clock.today())
    assert event.kind is ClientEventKind.RELEASE
    assert records.next_review(leader, client.id) == leader.clock.today()
    vault.clock.advance(days=1)
    assert records.review_state(leader, client.id) == ("overdue", event.occurred_on)
    assert "client.event" in _actions(leader, client)
    with pytest.raises(ValidationFailed) as info:
        leader.events.record(client.id, "storm", date(2026, 1, 1))  # type: ignore[arg-type]
    assert info.value.code == "event_kind_invalid"
