"""When a repeat assessment is due, and how close that date is (docs/DOMAIN.md §2).

Pure rules, used by the assessment service (to store ``review_due`` at completion) and by
the client page (to remind). No Qt, no database.

The interval follows the risk (issue 12 section 5). For a completed assessment at level L:

1. the organisation's per-level interval for L (set by the team leader; defaults acute 7,
   high 30, raised 60, low 90 days, ``records.DEFAULT_REVIEW_DAYS_BY_LEVEL``): it wins;
2. else the form's suggestion for L (``levels: - review_days:`` in the form file);
3. else the form's ``review_days``;
4. else, for a danger assessment, the organisation's general ``review_interval_days``;
5. else no repeat is scheduled.

Events (a new incident, a separation, a release from custody, ``ClientEvent``) recorded on
or after the day of the latest counting assessment make a review due at once: the due
date becomes the event's date, which reads as overdue from the next day and "soon" on
the day itself. Voided assessments and assessments replaced by a correction do not count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Literal

from riskapp.domain.forms.model import Form, FormKind
from riskapp.domain.records import Assessment, ClientEvent

#: Days before ``review_due`` when the client page starts reminding.
REVIEW_SOON_DAYS = 14

ReviewState = Literal["overdue", "soon", "scheduled"]


def review_interval(
    form: Form,
    organisation_default_days: int,
    level: str | None = None,
    organisation_by_level: Mapping[str, int] | None = None,
) -> int | None:
    """Days from completion to the repeat (the order in the module docstring)."""
    if level:
        if organisation_by_level and level in organisation_by_level:
            return organisation_by_level[level]
        for candidate in form.levels:
            if candidate.id == level and candidate.review_days is not None:
                return candidate.review_days
    if form.review_days is not None:
        return form.review_days
    if form.kind is FormKind.DANGER_ASSESSMENT:
        return organisation_default_days
    return None


def review_due(
    form: Form,
    completed_on: date,
    organisation_default_days: int,
    level: str | None = None,
    organisation_by_level: Mapping[str, int] | None = None,
) -> date | None:
    """The date a repeat of ``form`` completed on ``completed_on`` is due, or None."""
    days = review_interval(form, organisation_default_days, level, organisation_by_level)
    return completed_on + timedelta(days=days) if days is not None else None


def next_review(
    assessments: Iterable[Assessment], events: Iterable[ClientEvent] = ()
) -> date | None:
    """The client's next review date: the latest counting assessment's ``review_due``,
    brought forward to the date of any event recorded since that assessment's day."""
    dated = [a for a in assessments if a.counts and a.review_due]
    if not dated:
        return None
    latest = max(dated, key=lambda a: (a.completed_at or a.updated_at, a.id))
    due = latest.review_due
    assert due is not None
    done = (latest.completed_at or latest.updated_at).date()
    since = [e.occurred_on for e in events if e.occurred_on >= done]
    if since:
        due = min(due, max(min(since), done))
    return due


def review_state(
    assessments: Iterable[Assessment], today: date, events: Iterable[ClientEvent] = ()
) -> tuple[ReviewState, date] | None:
    """("overdue"|"soon"|"scheduled", due date) for the client's next review
    (``next_review``), or None when no repeat is scheduled."""
    due = next_review(assessments, events)
    if due is None:
        return None
    if due < today:
        return "overdue", due
    if due <= today + timedelta(days=REVIEW_SOON_DAYS):
        return "soon", due
    return "scheduled", due
