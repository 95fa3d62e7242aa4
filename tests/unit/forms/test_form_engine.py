"""The forms engine: visibility, pruning, required answers, score, completion, display."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from riskapp.domain.forms import engine
from riskapp.domain.forms.loader import load_form
from riskapp.domain.forms.model import Form

SCORED = """\
id: risk
version: 1
kind: danger_assessment
title: {sv: "Risk", en: "Risk"}
scored: true
levels:
  - {id: low, label: {sv: Låg, en: Low}}
  - {id: high, label: {sv: Hög, en: High}}
sections:
  - id: threats
    title: "Hot"
    questions:
      - id: threat
        kind: yes_no_unknown
        required: true
        weight: 2
        stat: threats.any
        text: "Hot?"
      - id: weapon
        kind: yes_no_unknown
        required: true
        weight: 3
        visible_if: threat == "yes"
        text: "Vapen?"
      - id: weapon_kind
        kind: single_choice
        required: true
        visible_if: weapon == "yes"
        text: "Vilket vapen?"
        options:
          - {id: knife, label: {sv: Kniv, en: Knife}, weight: 1}
          - {id: gun, label: {sv: Skjutvapen, en: Gun}, weight: 4, stat: weapons.gun}
  - id: kids
    title: "Barn"
    questions:
      - id: children
        kind: multiple_choice
        text: "Barnen"
        options:
          - {id: saw, label: {sv: Såg, en: Saw}, weight: 1, stat: children.exposed}
          - {id: heard, label: {sv: Hörde, en: Heard}, weight: 1}
      - id: report
        kind: yes_no_unknown
        required: true
        visible_if: children contains "saw" or children contains "heard"
        text: "Anmälan?"
      - id: count
        kind: number
        number: {min: 0, max: 10}
        text: "Antal"
      - id: mood
        kind: scale
        scale: {min: 1, max: 3, labels: [Dålig, Mellan, Bra]}
        text: "Mående"
      - id: met
        kind: date
        text: "Datum"
  - id: after
    title: "Efter"
    visible_if: answered(count) and count > 2
    questions:
      - id: note
        kind: text
        required: true
        text: "Anteckning"
  - id: estimate
    kind: client_estimate
    title: "Egen bedömning"
  - id: judge
    kind: judgement
    title: "Bedömning"
"""


@pytest.fixture
def form(tmp_path: Path) -> Form:
    path = tmp_path / "risk.v1.yaml"
    path.write_text(SCORED, encoding="utf-8")
    return load_form(path)


def ids(items: Any) -> list[str]:
    return [item.id for item in items]


def complete(form: Form, answers: dict[str, Any], **overrides: Any) -> list[str]:
    kwargs: dict[str, Any] = {
        "client_estimate": "high",
        "judgement_level": "high",
        "judgement_rationale": "Hot med kniv och nyligen separerad.",
    }
    kwargs.update(overrides)
    return [p.code for p in engine.completion_problems(form, answers, **kwargs)]


def test_follow_up_appears_only_after_yes(form: Form) -> None:
    assert "weapon" not in ids(engine.visible_questions(form, {}))
    assert "weapon" not in ids(engine.visible_questions(form, {"threat": "no"}))
    assert "weapon" in ids(engine.visible_questions(form, {"threat": "yes"}))


def test_question_depending_on_a_hidden_question_is_hidden(form: Form) -> None:
    answers = {"threat": "no", "weapon": "yes"}  # weapon answered earlier, then hidden
    assert "weapon_kind" not in ids(engine.visible_questions(form, answers))


def test_section_condition_hides_its_questions(form: Form) -> None:
    assert "after" not in ids(engine.visible_sections(form, {"count": 1}))
    assert "note" not in ids(engine.visible_questions(form, {"count": 1}))
    assert "after" in ids(engine.visible_sections(form, {"count": 3}))
    assert "note" in ids(engine.visible_questions(form, {"count": 3}))


def test_contains_reveals_follow_up(form: Form) -> None:
    assert "report" in ids(engine.visible_questions(form, {"children": ["heard"]}))
    assert "report" not in ids(engine.visible_questions(form, {"children": []}))


def test_prune_hidden_drops_answers_made_hidden_by_a_later_change(form: Form) -> None:
    answers = {
        "threat": "no",
        "weapon": "yes",
        "weapon_kind": "gun",
        "count": 1,
        "note": "x",
        "stray": 1,
    }
    assert engine.prune_hidden(form, answers) == {"threat": "no", "count": 1}


def test_hidden_answers_are_not_scored_or_counted(form: Form) -> None:
    full = {"threat": "yes", "weapon": "yes", "weapon_kind": "gun"}
    assert engine.score(form, full) == 2 + 3 + 4
    assert engine.stat_facts(form, full) == {"threats.any", "weapons.gun"}
    changed = {**full, "threat": "no"}
    assert engine.score(form, changed) == 0
    assert engine.stat_facts(form, changed) == frozenset()


def test_score_sums_yes_and_chosen_options(form: Form) -> None:
    answers = {"threat": "yes", "weapon": "no", "children": ["saw", "heard"]}
    assert engine.score(form, answers) == 2 + 1 + 1
    assert engine.score(form, {"threat": "unknown"}) == 0


def test_max_score(form: Form) -> None:
    assert engine.max_score(form) == 2 + 3 + 4 + 2


def test_unscored_form_has_no_score(tmp_path: Path) -> None:
    path = tmp_path / "plain.yaml"
    path.write_text(
        "id: plain\nversion: 1\nkind: other\ntitle: P\nsections:\n"
        "  - id: s\n    title: S\n    questions:\n      - {id: q, kind: yes_no_unknown, text: Q}\n",
        encoding="utf-8",
    )
    plain = load_form(path)
    assert engine.score(plain, {"q": "yes"}) is None
    assert engine.max_score(plain) == 0


def test_missing_required_lists_visible_unanswered_questions(form: Form) -> None:
    assert ids(engine.missing_required(form, {})) == ["threat"]
    assert ids(engine.missing_required(form, {"threat": "yes"})) == ["weapon"]
    assert ids(engine.missing_required(form, {"threat": "yes", "weapon": "yes"})) == ["weapon_kind"]
    assert ids(engine.missing_required(form, {"threat": "no", "count": 5, "note": " "})) == ["note"]


def test_complete_assessment_has_no_problems(form: Form) -> None:
    answers = {"threat": "yes", "weapon": "no"}
    assert complete(form, answers) == []
    assert engine.can_complete(
        form,
        answers,
        client_estimate="low",
        judgement_level="high",
        judgement_rationale="Allvarliga hot mot barnen nyligen.",
    )


def test_judgement_level_is_required(form: Form) -> None:
    assert complete(form, {"threat": "no"}, judgement_level=None) == ["judgement_missing"]
    assert complete(form, {"threat": "no"}, judgement_level="extreme") == ["judgement_invalid"]


def test_rationale_is_required_and_must_say_something(form: Form) -> None:
    assert complete(form, {"threat": "no"}, judgement_rationale=None) == ["rationale_missing"]
    assert complete(form, {"threat": "no"}, judgement_rationale="   ") == ["rationale_missing"]
    short = "x" * (engine.RATIONALE_MIN_CHARS - 1)
    problems = engine.completion_problems(
        form,
        {"threat": "no"},
        client_estimate="low",
        judgement_level="low",
        judgement_rationale=short,
    )
    assert [(p.code, dict(p.params)) for p in problems] == [
        ("rationale_too_short", {"min_chars": engine.RATIONALE_MIN_CHARS})
    ]
    padded = "  " + "x" * engine.RATIONALE_MIN_CHARS + "  "
    assert complete(form, {"threat": "no"}, judgement_rationale=padded) == []


def test_client_estimate_required_but_may_be_declined(form: Form) -> None:
    assert complete(form, {"threat": "no"}, client_estimate=None) == ["client_estimate_missing"]
    assert complete(form, {"threat": "no"}, client_estimate="medium") == ["client_estimate_invalid"]
    assert complete(form, {"threat": "no"}, client_estimate=engine.CLIENT_ESTIMATE_DECLINED) == []


def test_completion_names_the_questions(form: Form) -> None:
    problems = engine.completion_problems(
        form,
        {"threat": "yes", "weapon": "maybe"},
        client_estimate="low",
        judgement_level="low",
        judgement_rationale="x" * 30,
    )
    assert [(p.code, p.question_id) for p in problems] == [("answer_invalid", "weapon")]
    problems = engine.completion_problems(
        form, {}, client_estimate=None, judgement_level=None, judgement_rationale=None
    )
    assert [(p.code, p.question_id) for p in problems] == [
        ("answer_required", "threat"),
        ("client_estimate_missing", None),
        ("judgement_missing", None),
        ("rationale_missing", None),
    ]


@pytest.mark.parametrize(
    ("question_id", "value", "valid"),
    [
        ("threat", "yes", True),
        ("threat", "declined", False),  # not allowed on this question
        ("weapon_kind", "gun", True),
        ("weapon_kind", "sword", False),
        ("children", ["saw"], True),
        ("children", ["saw", "saw"], False),
        ("children", "saw", False),
        ("count", 3, True),
        ("count", 11, False),
        ("count", True, False),
        ("count", float("nan"), False),
        ("mood", 2, True),
        ("mood", 4, False),
        ("met", "2024-02-29", True),
        ("met", "2023-02-29", False),
        ("met", "20240229", False),
        ("note", "text", True),
        ("note", 5, False),
        ("threat", None, True),
    ],
)
def test_answer_values_are_checked_against_the_question(
    form: Form, question_id: str, value: Any, valid: bool
) -> None:
    assert engine.is_valid_answer(form.question(question_id), value) is valid


@pytest.mark.parametrize(
    ("question_id", "value", "sv", "en"),
    [
        ("threat", "yes", "Ja", "Yes"),
        ("threat", "unknown", "Vet inte", "Don't know"),
        ("threat", "not_asked", "Inte frågat", "Not asked"),
        ("weapon_kind", "gun", "Skjutvapen", "Gun"),
        ("weapon_kind", "retired_option", "retired_option", "retired_option"),
        ("children", ["heard", "saw"], "Såg, Hörde", "Saw, Heard"),
        ("count", 2.5, "2,5", "2.5"),
        ("count", 3, "3", "3"),
        ("mood", 3, "3 (Bra)", "3 (Bra)"),
        ("met", "2024-01-31", "2024-01-31", "2024-01-31"),
        ("note", "fri text", "fri text", "fri text"),
        ("threat", None, "", ""),
    ],
)
def test_format_answer(form: Form, question_id: str, value: Any, sv: str, en: str) -> None:
    question = form.question(question_id)
    assert engine.format_answer(question, value, "sv") == sv
    assert engine.format_answer(question, value, "en") == en
