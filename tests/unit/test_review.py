"""The review-due rule: when a repeat assessment is due, and how close that is."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from riskapp.domain.records import (
    Assessment,
    AssessmentId,
    AssessmentStatus,
    ClientEvent,
    ClientEventKind,
    ClientId,
)
from riskapp.domain.review import (
    REVIEW_SOON_DAYS,
    next_review,
    review_due,
    review_interval,
    review_state,
)
from riskapp.services.forms import shipped_registry


def test_the_forms_own_review_days_win_over_the_organisation_default() -> None:
    form = replace(shipped_registry().latest("danger-assessment"), review_days=30)
    assert review_interval(form, 90) == 30
    assert review_due(form, date(2026, 1, 1), 90) == date(2026, 1, 31)


def test_a_danger_assessment_without_review_days_uses_the_organisation_default() -> None:
    form = replace(shipped_registry().latest("danger-assessment"), review_days=None)
    assert review_due(form, date(2026, 1, 1), 90) == date(2026, 4, 1)


def test_other_forms_without_review_days_schedule_no_repeat() -> None:
    form = replace(shipped_registry().latest("screening"), review_days=None)
    assert review_interval(form, 90) is None
    assert review_due(form, date(2026, 1, 1), 90) is None


def _done(due: date, completed: datetime, assessment_id: int = 1) -> Assessment:
    return Assessment(
        id=AssessmentId(assessment_id),
        client_id=ClientId(1),
        form_id="danger-assessment",
        form_version=1,
        status=AssessmentStatus.COMPLETED,
        answers={},
        author="x",
        started_at=completed,
        updated_at=completed,
        completed_at=completed,
        review_due=due,
    )


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [(-1, "overdue"), (0, "soon"), (REVIEW_SOON_DAYS, "soon"), (REVIEW_SOON_DAYS + 1, "scheduled")],
)
def test_review_state_edges(days_left: int, expected: str) -> None:
    today = date(2026, 1, 15)
    due = today + timedelta(days=days_left)
    assert review_state([_done(due, datetime(2025, 10, 1, tzinfo=UTC))], today) == (expected, due)


def test_the_latest_completed_assessment_decides() -> None:
    older = _done(date(2026, 1, 1), datetime(2025, 10, 1, tzinfo=UTC), 1)
    newer = _done(date(2026, 6, 1), datetime(2025, 12, 1, tzinfo=UTC), 2)
    assert review_state([newer, older], date(2026, 1, 15)) == ("scheduled", date(2026, 6, 1))


# --- issue 12 section 5: the interval follows the risk; events bring the review forward ---

ORG = {"acute": 7, "high": 30, "raised": 60, "low": 90}


def test_the_organisations_interval_for_the_level_wins_over_the_form() -> None:
    form = shipped_registry().latest("danger-assessment")
    assert form.review_days == 90  # the shipped form's own suggestion...
    assert review_interval(form, 90, "high", ORG) == 30  # ...loses to the team leader's
    assert review_interval(form, 90, "acute", ORG) == 7
    assert review_due(form, date(2026, 1, 1), 90, "raised", ORG) == date(2026, 3, 2)


def test_a_level_the_organisation_does_not_set_takes_the_forms_suggestion() -> None:
    base = shipped_registry().latest("danger-assessment")
    levels = tuple(replace(lv, review_days=14) if lv.id == "high" else lv for lv in base.levels)
    form = replace(base, levels=levels)
    assert review_interval(form, 90, "high", {"low": 90}) == 14
    assert review_interval(form, 90, "raised", {"low": 90}) == 90  # form's review_days


def test_the_per_level_rule_applies_to_every_form_with_those_levels() -> None:
    form = replace(shipped_registry().latest("screening"), review_days=None)
    assert review_interval(form, 90, "high", ORG) == 30
    assert review_interval(form, 90, None, ORG) is None


def _event(kind: str, on: date) -> ClientEvent:
    return ClientEvent(1, ClientId(1), ClientEventKind(kind), on, "x", datetime.now(UTC))


@pytest.mark.parametrize("kind", ["incident", "separation", "release"])
def test_an_event_after_the_assessment_makes_the_review_due_at_once(kind: str) -> None:
    done = _done(date(2026, 4, 1), datetime(2026, 1, 1, 9, tzinfo=UTC))
    assert next_review([done]) == date(2026, 4, 1)
    assert next_review([done], [_event(kind, date(2026, 1, 20))]) == date(2026, 1, 20)
    assert review_state([done], date(2026, 1, 21), [_event(kind, date(2026, 1, 20))]) == (
        "overdue",
        date(2026, 1, 20),
    )


def test_an_event_before_the_assessment_changes_nothing() -> None:
    done = _done(date(2026, 4, 1), datetime(2026, 2, 1, 9, tzinfo=UTC))
    assert next_review([done], [_event("incident", date(2026, 1, 20))]) == date(2026, 4, 1)


def test_voided_and_corrected_assessments_do_not_set_the_review_date() -> None:
    old = _done(date(2026, 2, 1), datetime(2026, 1, 1, 9, tzinfo=UTC), 1)
    voided = replace(
        _done(date(2026, 3, 1), datetime(2026, 1, 10, 9, tzinfo=UTC), 2),
        status=AssessmentStatus.VOIDED,
    )
    assert next_review([old, voided]) == date(2026, 2, 1)
    replaced = replace(old, corrected_by=AssessmentId(3))
    assert next_review([replaced]) is None
