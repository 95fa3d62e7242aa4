"""Completing an assessment (issue 12 section 3): marked factors apart from the weighted
sum, strong markers from the form file, warnings to confirm, next-step prompts."""

from __future__ import annotations

from typing import Any

import pytest

from riskapp.domain import completion
from riskapp.domain.forms.model import Form, QuestionKind
from riskapp.services.forms import shipped_registry


@pytest.fixture(scope="module")
def form() -> Form:
    return shipped_registry().get("danger-assessment", 1)


def _all(form: Form, value: str) -> dict[str, Any]:
    return {q.id: value for q in form.questions() if q.kind is QuestionKind.YES_NO_UNKNOWN}


def test_the_shipped_danger_form_declares_its_strong_markers(form: Form) -> None:
    markers = {q.id for q in form.questions() if q.strong_marker}
    assert markers == {"threat_to_kill", "strangled", "weapon_used", "separation"}


def test_marked_factors_count_questions_not_weights(form: Form) -> None:
    answers = _all(form, "no") | {"threat_to_kill": "yes", "strangled": "yes", "jealousy": "yes"}
    summary = completion.completion_summary(
        form, answers, client_estimate="high", judgement_level="high", judgement_rationale="x"
    )
    assert summary.marked_count == 3  # three factors...
    assert summary.score == 5  # ...weighing 2 + 2 + 1
    assert summary.factor_count == len(completion.factor_questions(form))
    assert summary.max_score is not None
    assert summary.max_score > summary.factor_count
    assert [q.id for q in summary.flagged] == ["threat_to_kill", "strangled"]
    assert summary.warnings == ()


def test_a_judgement_below_the_clients_estimate_warns(form: Form) -> None:
    warnings = completion.completion_warnings(
        form, _all(form, "no"), client_estimate="high", judgement_level="raised"
    )
    assert warnings == (completion.BELOW_ESTIMATE,)


def test_low_with_a_strong_marker_yes_warns(form: Form) -> None:
    answers = _all(form, "no") | {"weapon_used": "yes"}
    warnings = completion.completion_warnings(
        form, answers, client_estimate="low", judgement_level="low"
    )
    assert warnings == (completion.LOW_WITH_MARKER,)


def test_both_warnings_and_none_for_declined_or_equal(form: Form) -> None:
    answers = _all(form, "no") | {"strangled": "yes"}
    assert completion.completion_warnings(
        form, answers, client_estimate="acute", judgement_level="low"
    ) == (completion.BELOW_ESTIMATE, completion.LOW_WITH_MARKER)
    assert (
        completion.completion_warnings(
            form, answers, client_estimate="declined", judgement_level="raised"
        )
        == ()
    )
    assert (
        completion.completion_warnings(
            form, _all(form, "no"), client_estimate="low", judgement_level="low"
        )
        == ()
    )


def test_next_steps_children_exposed_and_high_or_acute(form: Form) -> None:
    answers = _all(form, "no") | {"children_present": "yes"}
    assert completion.next_steps(form, answers, "low") == (completion.STEP_CHILD_REPORT,)
    assert completion.next_steps(form, answers, "acute") == (
        completion.STEP_CHILD_REPORT,
        completion.STEP_SAFETY_PLAN,
    )
    assert completion.next_steps(form, _all(form, "no"), "high") == (completion.STEP_SAFETY_PLAN,)
    assert completion.next_steps(form, _all(form, "no"), "raised") == ()
