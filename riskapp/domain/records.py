"""Plain records shared by every layer: what the vault stores and returns, what reports print.

These are frozen dataclasses with no behaviour beyond small derived values. The vault's
repositories return them; ``reports`` and ``ui`` read them; nothing here touches storage.

Answer values (``answers`` mappings) are keyed by question id; their value types are
defined per question kind in ``riskapp.domain.forms.model`` (see ``forms/README.md``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NewType

UserId = NewType("UserId", int)
ClientId = NewType("ClientId", int)
AssessmentId = NewType("AssessmentId", int)
PlanId = NewType("PlanId", int)


class Role(StrEnum):
    """What a user may do. Enforced in the vault API, not only hidden in the UI."""

    TEAMLEADER = "teamleader"  # manages users, reads the audit log, exports statistics
    CASEWORKER = "caseworker"  # works with clients


class AssessmentStatus(StrEnum):
    DRAFT = "draft"  # autosaved while being filled; may be incomplete
    COMPLETED = "completed"  # locked: answers, score and judgement are final


@dataclass(frozen=True)
class User:
    id: UserId
    name: str
    role: Role
    created_at: datetime


@dataclass(frozen=True)
class NewClient:
    """What a caseworker enters to create a client (or what a CSV row holds).

    ``personnummer`` is already normalised to 12 digits, or None for an anonymous contact.
    """

    first_name: str
    last_name: str
    personnummer: str | None = None
    phone: str = ""
    address: str = ""
    notes: str = ""
    #: How to reach the client safely: number, times, whether SMS/voicemail is safe.
    safe_contact: str = ""
    #: Protected personal data (sekretessmarkering etc.): never print the address.
    protected_identity: bool = False


@dataclass(frozen=True)
class Client:
    id: ClientId
    first_name: str
    last_name: str
    personnummer: str | None
    phone: str
    address: str
    notes: str
    safe_contact: str
    protected_identity: bool
    created_at: datetime
    updated_at: datetime

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list: enough to find and open a client, nothing more."""

    id: ClientId
    first_name: str
    last_name: str
    personnummer: str | None
    updated_at: datetime


@dataclass(frozen=True)
class Assessment:
    """One filled (or partly filled) instrument: screening, description, danger, ...

    ``form_id`` + ``form_version`` name exactly the form file it was filled with, so it
    renders as filled even after the form changes. ``answers`` holds only answers to
    questions visible at the time of saving (hidden answers are dropped by the engine).
    """

    id: AssessmentId
    client_id: ClientId
    form_id: str
    form_version: int
    status: AssessmentStatus
    answers: Mapping[str, Any]
    author: str
    started_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None
    score: int | None = None
    #: The client's own estimate of the risk (a level code from the form), if asked.
    client_estimate: str | None = None
    #: The caseworker's professional judgement: a level code from the form's scale.
    judgement_level: str | None = None
    judgement_rationale: str | None = None
    #: When a repeat assessment is due (danger assessments).
    review_due: date | None = None
    #: Items of a draft prefilled from an earlier assessment and not yet confirmed:
    #: question ids, and ``assessment_input.JUDGEMENT_ID`` for the judgement. Always empty
    #: once completed (completion refuses while anything is unconfirmed).
    unconfirmed: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class SafetyPlan:
    """One version of a client's safety plan, filled from the safety-plan form.

    ``answers`` maps checklist item ids to ``True`` (agreed) and free-text field ids to
    text. ``discreet_omit`` lists item/field ids the caseworker chose to leave out of the
    discreet printout, in addition to those the form flags itself.
    """

    id: PlanId
    client_id: ClientId
    form_id: str
    form_version: int
    answers: Mapping[str, Any]
    author: str
    created_at: datetime
    updated_at: datetime
    discreet_omit: frozenset[str] = field(default_factory=frozenset)
    #: The danger assessment this plan answers, if any.
    assessment_id: AssessmentId | None = None
    #: Which printout the client was given last: None, "normal" or "discreet".
    printed_version: str | None = None


@dataclass(frozen=True)
class HelpLine:
    """One entry of the organisation's editable help-line list (DOMAIN.md section 9).

    ``neutral_name`` is what the discreet printout shows instead of ``name`` (may be empty:
    then only the number is shown). ``for_clients`` False marks lines for professionals
    only, which never appear on a client's plan.
    """

    name: str
    number: str
    audience: str = ""
    hours: str = ""
    verified: date | None = None
    neutral_name: str = ""
    for_clients: bool = True


DEFAULT_HELP_LINES: tuple[HelpLine, ...] = (
    HelpLine("Nödnummer", "112", "Akut fara", "Dygnet runt", neutral_name="Nödnummer"),
    HelpLine("Polisen", "114 14", "Icke akuta ärenden, anmälan, kontaktförbud", "Dygnet runt"),
    HelpLine(
        "Kvinnofridslinjen",
        "020-50 50 50",
        "Kvinnor som utsatts för våld, anhöriga",
        "Dygnet runt",
    ),
    HelpLine("Stödlinjen för män", "020-80 80 80", "Män som utsatts för våld", "7–21"),
    HelpLine(
        "Stödlinjen för transpersoner", "020-55 00 00", "Trans- och ickebinära personer", "11–19"
    ),
    HelpLine("Rätt att välja", "020-57 70 70", "Hedersrelaterat våld och förtryck", "7–21"),
    HelpLine("BRIS", "116 111", "Barn och unga", "Dygnet runt"),
    HelpLine("Brottsofferjouren", "116 006", "Brottsutsatta, vittnen, anhöriga", "9–19"),
    HelpLine(
        "Nationella stödtelefonen",
        "010-223 57 60",
        "Endast yrkesverksamma, hedersärenden",
        for_clients=False,
    ),
)


#: The organisation's intervention list (codes) unless a team leader edits it
#: (``riskapp.domain.cases``; words in the presenters, an added kind shows as itself).
DEFAULT_INTERVENTION_KINDS: tuple[str, ...] = (
    "support_talks",
    "group_support",
    "sheltered_housing",
    "other_housing",
    "financial_assistance",
    "police_report_help",
    "children_support",
    "other",
)


@dataclass(frozen=True)
class OrganisationSettings:
    """Settings stored inside the vault (shared by all users of that vault)."""

    organisation_name: str
    organisation_phone: str = ""
    help_lines: tuple[HelpLine, ...] = DEFAULT_HELP_LINES
    idle_lock_minutes: int = 5
    #: Default days until a danger assessment should be repeated.
    review_interval_days: int = 90
    #: Kinds of intervention a case can record (DOMAIN.md section 7).
    intervention_kinds: tuple[str, ...] = DEFAULT_INTERVENTION_KINDS


@dataclass(frozen=True)
class AuditEntry:
    """One audit-log row: who did what to which record. Never content."""

    seq: int
    at: datetime
    user: str
    action: str
    client_id: ClientId | None = None
    object_type: str | None = None
    object_id: int | None = None
    detail: str = ""
