"""riskapp.services.assessments against real vault files (fast KDF), without Qt."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from riskapp.domain.assessment_input import JUDGEMENT_ID, AssessmentInput
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, QuestionKind
from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import AssessmentStatus, Client, NewClient
from riskapp.services import assessments as svc
from riskapp.services.forms import shipped_registry
from riskapp.vault import Session
from riskapp.vault.schema import LEGACY_UNCONFIRMED_KEY

RATIONALE = "Hot om att döda och nyligen separerad; risken bedöms som hög."


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return shipped_registry()


@pytest.fixture
def client(leader: Session) -> Client:
    return leader.clients.create(NewClient("Åsa", "Öberg"))


def _value(q: Any, yes: str = "yes") -> Any:
    kind = q.kind
    if kind is QuestionKind.YES_NO_UNKNOWN:
        return yes
    if kind is QuestionKind.SINGLE_CHOICE:
        return q.options[0].id
    if kind is QuestionKind.MULTIPLE_CHOICE:
        return [q.options[0].id]
    if kind is QuestionKind.NUMBER:
        return int(q.number_min or 0) + 1
    if kind is QuestionKind.DATE:
        return "2025-12-01"
    if kind is QuestionKind.SCALE:
        return q.scale_min
    if kind is QuestionKind.CHECK:
        return True
    return "Anteckning"


def full_answers(form: Form, yes: str = "yes") -> dict[str, Any]:
    """Answer every visible question (follow-ups revealed by earlier answers included)."""
    answers: dict[str, Any] = {}
    while True:
        todo = [q for q in engine.visible_questions(form, answers) if q.id not in answers]
        if not todo:
            return answers
        answers[todo[0].id] = _value(todo[0], yes)


def complete_input(form: Form) -> AssessmentInput:
    return AssessmentInput(
        answers=full_answers(form),
        client_estimate=form.levels[1].id if form.has_client_estimate else None,
        judgement_level=form.levels[2].id if form.has_judgement else None,
        judgement_rationale=RATIONALE if form.has_judgement else None,
    )


def test_start_creates_a_draft_of_the_latest_form_version(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    opened = svc.start_assessment(leader, registry, client.id, "screening")
    assert opened.record.status is AssessmentStatus.DRAFT
    assert opened.record.form_id == "screening"
    assert opened.record.form_version == registry.latest("screening").version
    assert not opened.read_only
    assert svc.drafts_for_client(leader, client.id)[0].id == opened.record.id


def test_save_draft_prunes_answers_of_questions_hidden_by_visible_if(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = registry.latest("violence-description")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    shown = {"physical": "yes"}
    follow_up = next(
        q.id for q in engine.visible_questions(form, shown) if q.visible_if == 'physical == "yes"'
    )
    svc.save_draft(
        leader,
        form,
        opened.record.id,
        AssessmentInput(answers={**shown, follow_up: _value(form.question(follow_up))}),
    )
    assert follow_up in leader.assessments.get(opened.record.id).answers

    svc.save_draft(
        leader,
        form,
        opened.record.id,
        AssessmentInput(answers={"physical": "no", follow_up: _value(form.question(follow_up))}),
    )
    stored = leader.assessments.get(opened.record.id).answers
    assert stored.get("physical") == "no"
    assert follow_up not in stored


def test_save_draft_drops_unknown_keys_and_levels_not_on_the_scale(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = registry.latest("danger-assessment")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    saved = svc.save_draft(
        leader,
        form,
        opened.record.id,
        AssessmentInput(
            answers={"no_such_question": "yes"}, client_estimate="bogus", judgement_level="bogus"
        ),
    )
    assert "no_such_question" not in saved.answers
    assert saved.client_estimate is None
    assert saved.judgement_level is None


def test_complete_refuses_danger_assessment_without_judgement_and_stores_nothing(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = registry.latest("danger-assessment")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    data = AssessmentInput(answers=full_answers(form), client_estimate=form.levels[0].id)
    with pytest.raises(svc.AssessmentIncomplete) as info:
        svc.complete_assessment(leader, form, opened.record.id, data)
    codes = [code for code, _ in info.value.params["problems"]]
    assert codes == ["judgement_missing", "rationale_missing"]
    assert info.value.code == "assessment_incomplete"
    assert info.value.params["codes"] == "judgement_missing, rationale_missing"
    assert leader.assessments.get(opened.record.id).status is AssessmentStatus.DRAFT


def test_complete_refuses_missing_required_answers_with_their_question_ids(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = registry.latest("screening")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    with pytest.raises(svc.AssessmentIncomplete) as info:
        svc.complete_assessment(leader, form, opened.record.id, AssessmentInput())
    missing = {qid for code, qid in info.value.params["problems"] if code == "answer_required"}
    assert missing == {q.id for q in engine.missing_required(form, {})}


def test_complete_stores_score_facts_kind_and_review_date(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = registry.latest("danger-assessment")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    data = complete_input(form)
    done = svc.complete_assessment(leader, form, opened.record.id, data)
    assert done.status is AssessmentStatus.COMPLETED
    assert done.score == engine.score(form, data.answers)
    assert done.score is not None
    assert done.score > 0
    assert done.judgement_level == form.levels[2].id
    assert done.judgement_rationale == RATIONALE
    assert done.client_estimate == form.levels[1].id
    # Issue 12 section 5: the organisation's interval for the level wins (high: 30 days).
    assert done.judgement_level == "high"
    assert done.review_due == leader.clock.today() + timedelta(days=30)
    assert LEGACY_UNCONFIRMED_KEY not in done.answers
    row = leader.conn.execute(
        "SELECT form_kind, stat_facts FROM assessments WHERE id = ?", (done.id,)
    ).fetchone()
    assert row[0] == "danger_assessment"
    assert set(json.loads(row[1])) == set(engine.stat_facts(form, data.answers))


def test_completed_screening_has_no_review_date(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = registry.latest("screening")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    done = svc.complete_assessment(leader, form, opened.record.id, complete_input(form))
    assert done.review_due is None
    assert svc.review_due_for(leader, form, date(2026, 1, 1)) is None


def test_open_completed_assessment_is_read_only_with_its_own_form_version(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = registry.latest("screening")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    svc.complete_assessment(leader, form, opened.record.id, complete_input(form))
    again = svc.open_assessment(leader, registry, opened.record.id)
    assert again.read_only
    assert again.form is registry.get(form.id, opened.record.form_version)
    assert dict(again.input.answers) == full_answers(form)


def _completed_danger(leader: Session, registry: FormRegistry, client: Client) -> Any:
    form = registry.latest("danger-assessment")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    return svc.complete_assessment(leader, form, opened.record.id, complete_input(form))


def test_repeat_prefill_marks_every_answer_and_the_judgement_unconfirmed(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    previous = _completed_danger(leader, registry, client)
    repeat = svc.start_assessment(leader, registry, client.id, "danger-assessment", prefill=True)
    assert dict(repeat.input.answers) == dict(previous.answers)
    assert repeat.input.unconfirmed == frozenset(previous.answers) | {JUDGEMENT_ID}
    assert repeat.input.judgement_level == previous.judgement_level
    assert repeat.input.client_estimate is None  # asked afresh, before the score

    # The marks survive a resume (stored with the draft).
    resumed = svc.open_assessment(leader, registry, repeat.record.id)
    assert resumed.input.unconfirmed == repeat.input.unconfirmed


def test_repeat_cannot_complete_until_everything_is_confirmed(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    previous = _completed_danger(leader, registry, client)
    form = registry.latest("danger-assessment")
    repeat = svc.start_assessment(leader, registry, client.id, form.id, prefill=True)
    data = replace_estimate(repeat.input, form.levels[0].id)
    with pytest.raises(svc.AssessmentIncomplete) as info:
        svc.complete_assessment(leader, form, repeat.record.id, data)
    problems = info.value.params["problems"]
    assert ("judgement_unconfirmed", None) in problems
    assert {qid for code, qid in problems if code == "answer_unconfirmed"} == set(previous.answers)

    first = next(iter(previous.answers))
    data = data.with_answer(first, previous.answers[first])  # touching confirms
    assert first not in data.unconfirmed
    data = data.confirmed(data.unconfirmed)
    done = svc.complete_assessment(leader, form, repeat.record.id, data)
    assert done.status is AssessmentStatus.COMPLETED
    assert LEGACY_UNCONFIRMED_KEY not in done.answers


def replace_estimate(data: AssessmentInput, estimate: str) -> AssessmentInput:
    return replace(data, client_estimate=estimate)


def test_prefill_without_an_earlier_assessment_starts_empty(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    repeat = svc.start_assessment(leader, registry, client.id, "danger-assessment", prefill=True)
    assert dict(repeat.input.answers) == {}
    assert repeat.input.unconfirmed == frozenset()


def test_saving_a_completed_assessment_is_refused_by_the_vault(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    from riskapp.vault import ValidationFailed

    done = _completed_danger(leader, registry, client)
    form = registry.latest("danger-assessment")
    with pytest.raises(ValidationFailed):
        svc.save_draft(leader, form, done.id, AssessmentInput(answers={}))
    assert leader.assessments.get(done.id).answers == done.answers


def test_declined_client_estimate_is_accepted(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = registry.latest("danger-assessment")
    opened = svc.start_assessment(leader, registry, client.id, form.id)
    data = replace_estimate(complete_input(form), engine.CLIENT_ESTIMATE_DECLINED)
    done = svc.complete_assessment(leader, form, opened.record.id, data)
    assert done.client_estimate == "declined"


def test_unconfirmed_ids_are_a_field_of_the_draft_not_a_key_in_its_answers(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    previous = _completed_danger(leader, registry, client)
    repeat = svc.start_assessment(leader, registry, client.id, "danger-assessment", prefill=True)
    stored = leader.assessments.get(repeat.record.id)
    assert stored.unconfirmed == repeat.input.unconfirmed
    assert LEGACY_UNCONFIRMED_KEY not in stored.answers
    answers, column = leader.conn.execute(
        "SELECT answers, unconfirmed FROM assessments WHERE id = ?", (repeat.record.id,)
    ).fetchone()
    assert json.loads(answers) == dict(previous.answers)
    assert json.loads(column) == sorted(repeat.input.unconfirmed)

    form = registry.latest("danger-assessment")
    first = next(iter(previous.answers))
    saved = svc.save_draft(leader, form, repeat.record.id, repeat.input.confirmed([first]))
    assert saved.unconfirmed == repeat.input.unconfirmed - {first}
    data = replace_estimate(repeat.input.confirmed(repeat.input.unconfirmed), form.levels[0].id)
    done = svc.complete_assessment(leader, form, repeat.record.id, data)
    assert done.unconfirmed == frozenset()
    assert previous.unconfirmed == frozenset()
