"""Cases (ärenden): how a client's contact with the team opens, what help is given, how it ends.

A client has cases; normally one is open at a time (the vault refuses a second). A case
records when and how it came in (``CaseSource``), why (``CaseReason``), who is
responsible, the interventions given (``Intervention``, kinds from the organisation's
editable list, ``OrganisationSettings.intervention_kinds``) and, once closed, the date, the reason
(``CloseReason``), whether the overall goal was reached (``GoalAttainment``) and
optionally the client's own view. Reopening opens a new case: history stays.

Cases feed Kolada's indicators and the SU-kvinnofrid follow-up (DOMAIN.md section 7).
Everything here is codes; presenters word them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NewType, TypeVar

from riskapp.domain.errors import DomainError
from riskapp.domain.records import ClientId, UserId

CaseId = NewType("CaseId", int)
InterventionId = NewType("InterventionId", int)
_E = TypeVar("_E", bound=StrEnum)


class CaseSource(StrEnum):
    """How the case came in."""

    SELF = "self"
    POLICE = "police"
    HEALTH_CARE = "health_care"
    SCHOOL = "school"
    OTHER_AUTHORITY = "other_authority"
    RELATIVE = "relative"
    OTHER = "other"


class CaseReason(StrEnum):
    """Why the case was opened (Kolada counts all three)."""

    CLOSE_RELATIONSHIP = "close_relationship"  # violence in a close relationship
    HONOUR = "honour"  # honour-related violence and oppression
    BOTH = "both"


class CloseReason(StrEnum):
    GOAL_REACHED = "goal_reached"
    MOVED = "moved"
    DECLINED = "declined"  # the client declined further contact
    DECEASED = "deceased"
    OTHER = "other"


class GoalAttainment(StrEnum):
    """Whether the overall goal was reached when the case closed."""

    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"
    UNKNOWN = "unknown"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


#: Age bands for statistics, also what is asked of a client without a personnummer.
AGE_BANDS: tuple[str, ...] = ("18-24", "25-34", "35-44", "45-54", "55-64", "65-79", "80+")


class CaseError(DomainError):
    """A case action that the rules refuse (nothing is changed)."""

    code = "case_error"
    other_codes = (
        "case_already_open",
        "case_not_open",
        "case_date_before_open",
        "case_date_in_future",
        "case_bad_value",
        "case_unknown",
        "case_responsible_unknown",
        "intervention_unknown_kind",
        "intervention_dates",
    )


@dataclass(frozen=True)
class Intervention:
    id: InterventionId
    case_id: CaseId
    kind: str
    started_on: date
    ended_on: date | None = None


@dataclass(frozen=True)
class Case:
    """One case of one client. ``source`` and ``reason`` are None only for cases the
    version-5 migration opened for records made before cases existed."""

    id: CaseId
    client_id: ClientId
    opened_on: date
    source: CaseSource | None
    reason: CaseReason | None
    responsible_id: UserId | None
    responsible: str
    created_at: datetime
    closed_on: date | None = None
    close_reason: CloseReason | None = None
    goal: GoalAttainment | None = None
    client_view: str = ""
    interventions: tuple[Intervention, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    @property
    def status(self) -> str:
        return "open" if self.closed_on is None else "closed"


def enum_value(kind: type[_E], text: str, field: str) -> _E:
    """``kind(text)``, or CaseError ``case_bad_value`` naming the field (never the value)."""
    try:
        return kind(text)
    except ValueError:
        raise CaseError("unknown value", code="case_bad_value", field=field) from None


def age_band(age: int) -> str | None:
    """The statistics band of an adult's age; None under 18."""
    if age < 18:
        return None
    for band in AGE_BANDS[:-1]:
        low, high = (int(x) for x in band.split("-"))
        if low <= age <= high:
            return band
    return AGE_BANDS[-1]


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def sex_from_personnummer(digits12: str) -> Sex:
    """Legal sex as encoded in the second last digit (odd: male, even: female)."""
    return Sex.MALE if int(digits12[10]) % 2 else Sex.FEMALE


def born_from_personnummer(digits12: str) -> date | None:
    """Birth date of a 12-digit personnummer or samordningsnummer (day + 60)."""
    day = int(digits12[6:8])
    if day > 60:
        day -= 60
    try:
        return date(int(digits12[0:4]), int(digits12[4:6]), day)
    except ValueError:
        return None


def check_close(case: Case, closed_on: date, today: date) -> None:
    """CaseError unless ``case`` is open and ``closed_on`` lies between its opening and today."""
    if not case.is_open:
        raise CaseError("case is closed", code="case_not_open")
    if closed_on < case.opened_on:
        raise CaseError("date before the case opened", code="case_date_before_open")
    if closed_on > today:
        raise CaseError("date in the future", code="case_date_in_future")
