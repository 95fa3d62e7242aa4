"""riskapp.services.plans against real vault files (fast KDF), without Qt."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from riskapp.domain.assessment_input import AssessmentInput
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, QuestionKind
from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import ChosenHelpLine, Client, NewClient
from riskapp.services import assessments as assessment_svc
from riskapp.services import plans as svc
from riskapp.services.forms import shipped_registry
from riskapp.vault import Session


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return shipped_registry()


@pytest.fixture
def client(leader: Session) -> Client:
    return leader.clients.create(NewClient("Åsa", "Öberg"))


def complete_input(form: Form) -> AssessmentInput:
    """Every visible question answered (first option / "no" / text), judgement given."""
    answers: dict[str, Any] = {}
    values = {
        QuestionKind.YES_NO_UNKNOWN: lambda q: "no",
        QuestionKind.SINGLE_CHOICE: lambda q: q.options[0].id,
        QuestionKind.MULTIPLE_CHOICE: lambda q: [q.options[0].id],
        QuestionKind.NUMBER: lambda q: 1,
        QuestionKind.DATE: lambda q: "2025-12-01",
        QuestionKind.SCALE: lambda q: q.scale_min,
        QuestionKind.CHECK: lambda q: True,
        QuestionKind.TEXT: lambda q: "Anteckning",
    }
    while todo := [q for q in engine.visible_questions(form, answers) if q.id not in answers]:
        answers[todo[0].id] = values[todo[0].kind](todo[0])
    return AssessmentInput(
        answers=answers,
        client_estimate=form.levels[0].id if form.has_client_estimate else None,
        judgement_level=form.levels[0].id if form.has_judgement else None,
        judgement_rationale="Inga nya hot, kontaktförbud gäller." if form.has_judgement else None,
    )


def _items(registry: FormRegistry) -> tuple[str, str, str]:
    """A check item, a text field, and an item the form does not flag as discreet-omitted."""
    form = svc.plan_form(registry)
    flagged = svc.form_omitted_ids(form)
    check = next(q.id for q in form.questions() if q.kind is QuestionKind.CHECK)
    text = next(q.id for q in form.questions() if q.kind is QuestionKind.TEXT)
    free = next(q.id for q in form.questions() if q.id not in flagged and q.id != check)
    return check, text, free


def test_form_omitted_ids_cover_flagged_items_and_whole_flagged_themes(
    registry: FormRegistry,
) -> None:
    form = svc.plan_form(registry)
    ids = svc.form_omitted_ids(form)
    for section in form.sections:
        for q in section.questions:
            assert (q.id in ids) == (section.discreet_omit or q.discreet_omit)
    assert ids  # the shipped plan flags evidence and legal themes


def test_save_plan_stores_a_new_version_each_time_newest_first(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    check, text, _ = _items(registry)
    first = svc.save_plan(leader, registry, client.id, {check: True})
    second = svc.save_plan(leader, registry, client.id, {check: True, text: "Hos syster"})
    history = svc.plan_history(leader, client.id)
    assert [p.id for p in history] == [second.id, first.id]
    assert svc.latest_plan(leader, client.id).id == second.id
    assert dict(second.answers) == {check: True, text: "Hos syster"}


def test_save_plan_drops_unticked_items_empty_texts_and_unknown_ids(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    check, text, _ = _items(registry)
    plan = svc.save_plan(
        leader, registry, client.id, {check: False, text: "   ", "not_an_item": True}
    )
    assert dict(plan.answers) == {}


def test_discreet_omit_keeps_chosen_ids_and_always_adds_form_flagged_ones(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    check, _, free = _items(registry)
    plan = svc.save_plan(
        leader, registry, client.id, {check: True}, discreet_omit={free, "not_an_item"}
    )
    form = svc.plan_form(registry)
    assert plan.discreet_omit == frozenset({free}) | svc.form_omitted_ids(form)


def test_plan_links_to_the_latest_completed_danger_assessment_only(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    check, _, _ = _items(registry)
    assert svc.save_plan(leader, registry, client.id, {check: True}).assessment_id is None

    form = registry.latest("danger-assessment")
    draft = assessment_svc.start_assessment(leader, registry, client.id, form.id)
    assert svc.save_plan(leader, registry, client.id, {check: True}).assessment_id is None

    done = assessment_svc.complete_assessment(leader, form, draft.record.id, complete_input(form))
    screening = registry.latest("screening")
    s = assessment_svc.start_assessment(leader, registry, client.id, screening.id)
    assessment_svc.complete_assessment(leader, screening, s.record.id, complete_input(screening))
    plan = svc.save_plan(leader, registry, client.id, {check: True})
    assert plan.assessment_id == done.id
    assert svc.latest_danger_assessment(leader, registry, client.id).id == done.id


def test_open_plan_marks_earlier_versions_superseded(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    check, _, _ = _items(registry)
    old = svc.save_plan(leader, registry, client.id, {check: True})
    new = svc.save_plan(leader, registry, client.id, {})
    assert svc.open_plan(leader, registry, old.id).superseded
    opened = svc.open_plan(leader, registry, new.id)
    assert not opened.superseded
    assert opened.form.id == new.form_id
    assert opened.form.version == new.form_version


def test_save_plan_refuses_a_form_that_is_not_a_safety_plan(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    with pytest.raises(svc.PlanRefused) as info:
        svc.save_plan(leader, registry, client.id, {}, form=registry.latest("screening"))
    assert info.value.code == "plan_wrong_form"
    assert svc.plan_history(leader, client.id) == []


# --- opt-in discreet choices, language, follow-up (issue 12 §1, §2) ---------------------


def test_discreet_choices_language_and_follow_up_are_stored_and_carried_over(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    chosen = [ChosenHelpLine(" 020-50 50 50 ", " Linda "), ChosenHelpLine("116 111", "")]
    first = svc.save_plan(
        leader,
        registry,
        client.id,
        {"meeting_place": "Kaféet", "call_112": True},
        discreet_free_text={"meeting_place", "call_112", "shelter_address"},
        discreet_help_lines=chosen,
        language="en",
        follow_up=date(2026, 3, 1),
    )
    # Only own_words fields are kept; blank names or numbers are dropped.
    assert first.discreet_free_text == frozenset({"meeting_place"})
    assert first.discreet_help_lines == (ChosenHelpLine("020-50 50 50", "Linda"),)
    assert (first.language, first.follow_up) == ("en", date(2026, 3, 1))
    # A save that does not mention them (the editor today) keeps them.
    second = svc.save_plan(leader, registry, client.id, {"meeting_place": "Parken"})
    assert second.id != first.id
    assert second.discreet_free_text == first.discreet_free_text
    assert second.discreet_help_lines == first.discreet_help_lines
    assert (second.language, second.follow_up) == ("en", date(2026, 3, 1))
    third = svc.save_plan(
        leader, registry, client.id, {}, discreet_help_lines=(), follow_up=None, language="sv"
    )
    assert (third.discreet_help_lines, third.follow_up, third.language) == ((), None, "sv")
    with pytest.raises(svc.PlanRefused) as caught:
        svc.save_plan(leader, registry, client.id, {}, language="de")
    assert caught.value.code == "plan_language"


def test_discreet_preview_is_exactly_what_prints_and_warns_about_revealing_words(
    leader: Session, registry: FormRegistry, client: Client
) -> None:
    form = svc.plan_form(registry)
    plan = svc.save_plan(
        leader,
        registry,
        client.id,
        {"bag_cash": True, "call_112": True, "meeting_place": "Vid polishuset", "code_word": "x"},
        discreet_free_text={"meeting_place"},
        discreet_help_lines=[ChosenHelpLine("020-50 50 50", "Jouren")],
    )
    lines = svc.discreet_preview(plan, form)
    assert lines[0] == "Mina anteckningar"
    assert lines[1].startswith("Datum ")
    assert lines[2:] == [
        "Ta ut lite kontanter till loppisen",
        "Vid polishuset",
        "Nummer",
        "020-50 50 50  Jouren",
    ]
    assert svc.revealing_warnings(plan, form) == [
        ("meeting_place", "polis"),
        ("help_line", "jour"),
    ]
    english = svc.discreet_preview(plan, form, language="en")
    assert english[0] == "My notes"
    assert "Get some cash for the flea market" in english


def test_client_help_lines_offer_only_lines_meant_for_clients(leader: Session) -> None:
    lines = svc.client_help_lines(leader.settings.get())
    numbers = [h.number for h in lines]
    assert "020-50 50 50" in numbers
    assert "010-223 57 60" not in numbers  # professionals only
