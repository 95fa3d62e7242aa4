"""The review-due rule: when a repeat assessment is due, and how close that is."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from riskapp.domain.records import Assessment, AssessmentId, AssessmentStatus, ClientId
from riskapp.domain.review import REVIEW_SOON_DAYS, review_due, review_interval, review_state
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
