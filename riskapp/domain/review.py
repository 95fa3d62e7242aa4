"""When a repeat assessment is due, and how close that date is (docs/DOMAIN.md §2).

Two pure rules, used by the assessment service (to store ``review_due`` at completion) and
by the client page (to remind): the review date of a completed assessment, and the state
of a client's next review seen from one day. No Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

from riskapp.domain.forms.model import Form, FormKind
from riskapp.domain.records import Assessment, AssessmentStatus

#: Days before ``review_due`` when the client page starts reminding.
REVIEW_SOON_DAYS = 14

ReviewState = Literal["overdue", "soon", "scheduled"]


def review_interval(form: Form, organisation_default_days: int) -> int | None:
    """Days from completion to the repeat: the form's own ``review_days``; for a danger
    assessment without one, the organisation's default interval; otherwise None (no
    repeat is scheduled)."""
    if form.review_days is not None:
        return form.review_days
    if form.kind is FormKind.DANGER_ASSESSMENT:
        return organisation_default_days
    return None


def review_due(form: Form, completed_on: date, organisation_default_days: int) -> date | None:
    """The date a repeat of ``form`` completed on ``completed_on`` is due, or None."""
    days = review_interval(form, organisation_default_days)
    return completed_on + timedelta(days=days) if days is not None else None


def review_state(assessments: Iterable[Assessment], today: date) -> tuple[ReviewState, date] | None:
    """("overdue"|"soon"|"scheduled", due date) for the latest completed assessment with a
    review date, or None when no repeat is scheduled."""
    dated = [a for a in assessments if a.status is AssessmentStatus.COMPLETED and a.review_due]
    if not dated:
        return None
    latest = max(dated, key=lambda a: a.completed_at or a.updated_at)
    due = latest.review_due
    assert due is not None
    if due < today:
        return "overdue", due
    if due <= today + timedelta(days=REVIEW_SOON_DAYS):
        return "soon", due
    return "scheduled", due
