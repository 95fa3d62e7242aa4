"""The caseload: one row per client with an open case, for the caseworker's daily list
and the team leader's per-caseworker view.

The current risk level is the latest *valid* judgement: a completed danger assessment
with a level (a voided one is not completed, so it never counts). The next review date is
that assessment's review date; a review is overdue when that date has passed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from riskapp.domain.cases import CaseId
from riskapp.domain.records import ClientId, UserId

#: Levels that the "high or acute" filter and the team leader's summary mean.
HIGH_LEVELS: tuple[str, ...] = ("high", "acute")
#: Order of the shipped danger assessment's levels (lowest first) for sorting; a level
#: an organisation's own form adds sorts after these unless the caller passes its order.
DEFAULT_LEVEL_ORDER: Mapping[str, int] = {"low": 0, "raised": 1, "high": 2, "acute": 3}


class CaseloadSort(StrEnum):
    REVIEW = "review"  # next review date, overdue first, none last
    LEVEL = "level"  # highest level first
    ASSESSED = "assessed"  # last assessed, oldest first
    OPENED = "opened"  # case opened, newest first
    CLIENT = "client"  # client id


@dataclass(frozen=True)
class CaseloadFilter:
    mine: bool = False  # only cases the current user is responsible for
    overdue: bool = False  # only reviews whose date has passed
    high: bool = False  # only clients whose current level is high or acute
    responsible_id: UserId | None = None  # the team leader's "cases of this caseworker"


@dataclass(frozen=True)
class CaseloadRow:
    client_id: ClientId
    personnummer: str | None
    case_id: CaseId
    status: str
    opened_on: date
    level: str | None
    last_assessed: date | None
    next_review: date | None
    overdue: bool
    responsible: str


@dataclass(frozen=True)
class CaseloadPage:
    total: int
    rows: tuple[CaseloadRow, ...]


@dataclass(frozen=True)
class CaseworkerSummary:
    """The team leader's line per caseworker (a responsible of None: unassigned)."""

    responsible_id: UserId | None
    responsible: str
    open_cases: int
    overdue_reviews: int
    high_without_plan: int
