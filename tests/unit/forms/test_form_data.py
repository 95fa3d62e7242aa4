"""The shipped forms themselves: every question checked, like qutebrowser's test_configdata."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from riskapp.domain.forms import conditions, engine
from riskapp.domain.forms.loader import check_paths, load_form
from riskapp.domain.forms.model import (
    Form,
    FormKind,
    Question,
    QuestionKind,
    SectionKind,
    Text,
)
from riskapp.domain.revealing_words import find_revealing
from riskapp.paths import forms_dir

SHIPPED = sorted(forms_dir().glob("*.yaml"))
CATEGORIES = (
    "physical",
    "psychological",
    "sexual",
    "economic",
    "material",
    "latent",
    "neglect",
    "honour",
    "digital",
    "social",
)


def shipped(form_id: str) -> Form:
    """The newest shipped version of ``form_id``."""
    paths = [p for p in SHIPPED if p.name.startswith(f"{form_id}.v")]
    return max((load_form(p) for p in paths), key=lambda f: f.version)


def both(text: Text | None) -> bool:
    return text is None or (bool(text.sv.strip()) and bool(text.en.strip()))


def test_the_four_instruments_are_shipped() -> None:
    assert [p.name for p in SHIPPED] == [
        "danger-assessment.v1.yaml",
        "safety-plan.v1.yaml",
        "safety-plan.v2.yaml",
        "screening.v1.yaml",
        "violence-description.v1.yaml",
    ]
    assert check_paths([forms_dir()]) == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_file_name_matches_id_and_version(path: Path) -> None:
    form = load_form(path)
    assert path.name == f"{form.id}.v{form.version}.yaml"
    assert form.language == "sv"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_text_has_swedish_and_english(path: Path) -> None:
    form = load_form(path)
    texts: list[tuple[str, Text | None]] = [
        ("title", form.title),
        ("description", form.description),
        ("discreet_title", form.discreet_title),
    ]
    for level in form.levels:
        texts += [(level.id, level.label), (level.id, level.description)]
    for section in form.sections:
        texts += [
            (section.id, section.title),
            (section.id, section.intro),
        ]
        for q in section.questions:
            texts += [(q.id, q.text), (q.id, q.help), (q.id, q.discreet_alias)]
            texts += [(f"{q.id}.{o.id}", o.label) for o in q.options]
            texts += [(q.id, label) for label in q.scale_labels]
    missing = [where for where, text in texts if not both(text)]
    assert missing == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_question_is_well_formed(path: Path) -> None:
    form = load_form(path)
    question_ids = [q.id for q in form.questions()]
    assert len(question_ids) == len(set(question_ids))
    assert len({s.id for s in form.sections}) == len(form.sections)
    seen: set[str] = set()
    for section in form.sections:
        for q in section.questions:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", q.id), q.id
            if q.visible_if:
                refs = conditions.referenced_questions(conditions.parse(q.visible_if))
                assert set(refs) <= seen, (q.id, refs)
            if q.kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
                assert len({o.id for o in q.options}) == len(q.options) >= 2, q.id
            if q.weight:
                assert form.scored, q.id
            assert q.line > 0
            seen.add(q.id)
        if section.visible_if:
            refs = conditions.referenced_questions(conditions.parse(section.visible_if))
            assert set(refs) <= seen, (section.id, refs)


def _fill(form: Form) -> dict[str, Any]:
    """Answer every visible question with its first possible value, repeatedly."""
    answers: dict[str, Any] = {}
    first: dict[QuestionKind, Any] = {
        QuestionKind.YES_NO_UNKNOWN: "yes",
        QuestionKind.NUMBER: 1,
        QuestionKind.DATE: "2025-01-15",
        QuestionKind.TEXT: "anteckning",
        QuestionKind.CHECK: True,
    }
    for _ in range(len(form.questions())):
        for q in engine.visible_questions(form, answers):
            if q.id in answers:
                continue
            if q.kind is QuestionKind.SINGLE_CHOICE:
                answers[q.id] = q.options[0].id
            elif q.kind is QuestionKind.MULTIPLE_CHOICE:
                answers[q.id] = [q.options[0].id]
            elif q.kind is QuestionKind.SCALE:
                answers[q.id] = q.scale_min
            else:
                answers[q.id] = first[q.kind]
    return answers


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_form_can_be_completed(path: Path) -> None:
    form = load_form(path)
    answers = _fill(form)
    level = form.levels[-1].id if form.levels else None
    assert (
        engine.completion_problems(
            form,
            answers,
            client_estimate=level,
            judgement_level=level,
            judgement_rationale="Motivering som är tillräckligt lång." if level else None,
        )
        == []
    )
    for q in engine.visible_questions(form, answers):
        assert engine.format_answer(q, answers[q.id], "sv")
        assert engine.format_answer(q, answers[q.id], "en")


def test_screening_allows_declined_and_not_asked_with_a_reason() -> None:
    form = shipped("screening")
    assert form.kind is FormKind.SCREENING
    main = form.sections[0].questions
    assert all(q.allow_declined and q.required for q in main)
    for q in main:
        if q.visible_if:
            # A follow-up is asked only after its lead question was asked, so it has no
            # "not asked"; the reason section names only questions that are always shown.
            assert not q.allow_not_asked
            continue
        assert q.allow_not_asked
        shown = [x.id for x in engine.visible_questions(form, {q.id: "not_asked"})]
        assert "not_asked_reason" in shown, q.id
    assert "not_asked_reason" not in [x.id for x in engine.visible_questions(form, {})]
    assert "follow_up_offered" in [q.id for q in form.questions()]
    assert engine.stat_facts(form, {"has_children": "yes", "children_witnessed": "yes"}) == {
        "children.exposed"
    }


def test_description_covers_the_ten_categories_with_follow_ups() -> None:
    form = shipped("violence-description")
    assert form.kind is FormKind.DESCRIPTION
    for category in CATEGORIES:
        q = form.question(category)
        assert q.kind is QuestionKind.YES_NO_UNKNOWN
        assert q.stat == f"violence.{category}"
        hidden = {x.id for x in engine.visible_questions(form, {category: "no"})}
        shown = {x.id for x in engine.visible_questions(form, {category: "yes"})}
        follow_ups = shown - hidden
        assert {f"{category}_frequency", f"{category}_latest", f"{category}_examples"} <= (
            follow_ups
        )
    answers = {"physical": "yes", "digital": "yes", "sexual": "unknown"}
    assert engine.stat_facts(form, answers) == {"violence.physical", "violence.digital"}


def test_description_asks_for_a_report_of_concern_when_children_are_exposed() -> None:
    form = shipped("violence-description")
    assert form.question("children_exposed").stat == "children.exposed"
    base = {"has_children": "yes"}
    assert "concern_report" not in {q.id for q in engine.visible_questions(form, base)}
    exposed = {**base, "children_exposed": "yes"}
    assert "concern_report" in {q.id for q in engine.visible_questions(form, exposed)}
    assert form.question("concern_report").required
    relation = form.question("perpetrator_relation")
    assert relation.kind is QuestionKind.MULTIPLE_CHOICE
    assert {"partner", "former_partner"} <= {o.id for o in relation.options}


def test_danger_assessment_is_scored_and_judgement_decides() -> None:
    form = shipped("danger-assessment")
    assert form.kind is FormKind.DANGER_ASSESSMENT
    assert form.scored
    assert form.review_days == 90
    assert [lv.id for lv in form.levels] == ["low", "raised", "high", "acute"]
    assert [lv.label.sv for lv in form.levels] == ["Låg", "Förhöjd", "Hög", "Akut"]
    assert all(lv.description for lv in form.levels)
    factors = [q for q in form.questions() if q.weight]
    assert 18 <= len(factors) <= 30
    assert all(q.kind is QuestionKind.YES_NO_UNKNOWN and q.required for q in factors)
    kinds = [s.kind for s in form.sections]
    assert kinds.index(SectionKind.CLIENT_ESTIMATE) < kinds.index(SectionKind.JUDGEMENT)
    assert kinds[-1] is SectionKind.JUDGEMENT
    assert form.description is not None
    assert "avgör" in form.description.sv
    assert "decides" in form.description.en
    section_ids = {s.id for s in form.sections}
    assert {
        "history",
        "threats",
        "strangulation",
        "control",
        "separation",
        "perpetrator",
        "situation",
        "children",
        "honour",
    } <= section_ids


def _discreet_texts(form: Form) -> list[tuple[str, str]]:
    """Every form text a discreet printout can show (title and aliases), both languages."""
    assert form.discreet_title is not None
    out = [("title", form.discreet_title.sv), ("title", form.discreet_title.en)]
    for q in form.questions():
        if q.discreet_alias is not None and not q.discreet_omit:
            out += [(q.id, q.discreet_alias.sv), (q.id, q.discreet_alias.en)]
    return out


def test_discreet_printout_texts_do_not_reveal_the_purpose() -> None:
    form = shipped("safety-plan")
    texts = _discreet_texts(form)
    assert len(texts) > 20
    hits = [(where, find_revealing(text)) for where, text in texts if find_revealing(text)]
    assert hits == []


def test_safety_plan_covers_every_theme_and_hides_the_shelter_address() -> None:
    form = shipped("safety-plan")
    assert form.kind is FormKind.SAFETY_PLAN
    assert form.discreet_title is not None
    assert form.discreet_title.sv == "Mina anteckningar"
    assert [s.id for s in form.sections] == [
        "acute",
        "bag",
        "money_housing",
        "evidence",
        "digital",
        "children",
        "pets",
        "legal",
        "help_lines",
        "other",
    ]
    address = form.question("shelter_address")
    assert address.never_print
    assert address.discreet_omit
    checks = [q for q in form.questions() if q.kind is QuestionKind.CHECK]
    free_text = {q.id for q in form.questions() if q.kind is QuestionKind.TEXT}
    assert len(checks) >= 25
    assert {"meeting_place", "contact_person", "code_word", "bag_keeper"} <= free_text
    assert all(q.kind in (QuestionKind.CHECK, QuestionKind.TEXT) for q in form.questions())


def test_nothing_on_the_safety_plan_is_required() -> None:
    # The plan is the client's, filled as far as it helps; nothing blocks saving it.
    form = shipped("safety-plan")
    assert not [q.id for q in form.questions() if q.required]


@pytest.mark.parametrize(
    "form_id", ["screening", "violence-description", "danger-assessment", "safety-plan"]
)
def test_unconditional_question_texts_are_distinct(form_id: str) -> None:
    form = shipped(form_id)
    texts: list[Question] = [q for q in form.questions() if not q.visible_if]
    assert len({q.text.sv for q in texts}) == len(texts)
