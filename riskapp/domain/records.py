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
    VOIDED = "voided"  # completed, then voided with a reason: kept, out of trend and stats


class ChildReport(StrEnum):
    """The stored tick after a completion with children exposed (issue 12 section 3)."""

    REPORT_MADE = "report_made"  # a report of concern went to the children's unit
    ALREADY_KNOWN = "already_known"  # the children's unit already knows
    NOT_NEEDED = "not_needed"  # no report needed: ``child_report_reason`` says why


class ClientEventKind(StrEnum):
    """Events that make a client's next danger assessment due at once (DOMAIN.md s. 2)."""

    INCIDENT = "incident"  # new violence or threat reported
    SEPARATION = "separation"  # the client left or is leaving the partner
    RELEASE = "release"  # the perpetrator is released from custody or prison


@dataclass(frozen=True)
class User:
    id: UserId
    name: str
    role: Role
    created_at: datetime
    #: The person's name as printed on a client's plan ("Anna Berg"); may be empty.
    display_name: str = ""
    #: The work phone printed on a client's plan as her or his contact; may be empty.
    phone: str = ""


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
    #: The completed assessment this one corrects (a correction is a new version).
    corrects: AssessmentId | None = None
    correction_reason: str | None = None
    #: The newest correction of this assessment, if any (derived when read).
    corrected_by: AssessmentId | None = None
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None
    #: The client's own objection to this record, noted by the caseworker.
    objection: str | None = None
    objection_at: datetime | None = None
    child_report: ChildReport | None = None
    child_report_reason: str | None = None
    #: Completion warning codes the caseworker saw and confirmed ("Bekräfta ändå").
    warnings: tuple[str, ...] = ()

    @property
    def counts(self) -> bool:
        """Counts for trend, review date and statistics: completed, not voided and not
        replaced by a correction."""
        return self.status is AssessmentStatus.COMPLETED and self.corrected_by is None


@dataclass(frozen=True)
class ClientEvent:
    """An incident, separation or release from custody recorded on a client."""

    id: int
    client_id: ClientId
    kind: ClientEventKind
    occurred_on: date
    author: str
    recorded_at: datetime


#: Languages a plan can be printed in (independent of the UI language).
PLAN_LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class ChosenHelpLine:
    """A number the client chose for her discreet printout, under a name she picked."""

    number: str
    name: str


@dataclass(frozen=True)
class SafetyPlan:
    """One version of a client's safety plan, filled from the safety-plan form.

    ``answers`` maps checklist item ids to ``True`` (agreed) and free-text field ids to
    text. The discreet printout is opt-in (docs/DOMAIN.md §5): ``discreet_omit`` lists aliased
    items the caseworker still leaves out (and every item the form never prints
    discreetly), ``discreet_free_text`` the free-text fields ticked for it (the client
    chose those words), ``discreet_help_lines`` the numbers she chose, under her names.
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
    #: The language the plan is printed in ("sv" or "en"), whatever the UI language.
    language: str = "sv"
    #: Free-text field ids ticked "may print discreetly" (printed without a label).
    discreet_free_text: frozenset[str] = field(default_factory=frozenset)
    #: Help lines on the discreet printout: none unless the client chose them.
    discreet_help_lines: tuple[ChosenHelpLine, ...] = ()
    #: When the plan is to be gone through again.
    follow_up: date | None = None


@dataclass(frozen=True)
class PlanChoices:
    """What is stored with a plan version besides its answers (see ``SafetyPlan``)."""

    discreet_omit: frozenset[str] = frozenset()
    discreet_free_text: frozenset[str] = frozenset()
    discreet_help_lines: tuple[ChosenHelpLine, ...] = ()
    language: str = "sv"
    follow_up: date | None = None


@dataclass(frozen=True)
class HelpLine:
    """One entry of the organisation's editable help-line list (docs/DOMAIN.md §9).

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
    #: English wording for plans printed in English (empty: the Swedish is printed).
    name_en: str = ""
    audience_en: str = ""
    hours_en: str = ""


_DAY_AND_NIGHT, _DAY_AND_NIGHT_EN = "Dygnet runt", "24 hours"

DEFAULT_HELP_LINES: tuple[HelpLine, ...] = (
    HelpLine(
        "Nödnummer",
        "112",
        "Akut fara",
        neutral_name="Nödnummer",
        name_en="Emergency",
        audience_en="Acute danger",
        hours=_DAY_AND_NIGHT,
        hours_en=_DAY_AND_NIGHT_EN,
    ),
    HelpLine(
        "Polisen",
        "114 14",
        "Icke akuta ärenden, anmälan, kontaktförbud",
        name_en="Police",
        audience_en="Non-urgent matters, reports, restraining orders",
        hours=_DAY_AND_NIGHT,
        hours_en=_DAY_AND_NIGHT_EN,
    ),
    HelpLine(
        "Kvinnofridslinjen",
        "020-50 50 50",
        "Kvinnor som utsatts för våld, anhöriga",
        audience_en="Women exposed to violence, relatives",
        hours=_DAY_AND_NIGHT,
        hours_en=_DAY_AND_NIGHT_EN,
    ),
    HelpLine(
        "Stödlinjen för män",
        "020-80 80 80",
        "Män som utsatts för våld",
        "7–21",
        audience_en="Men exposed to violence",
    ),
    HelpLine(
        "Stödlinjen för transpersoner",
        "020-55 00 00",
        "Trans- och ickebinära personer",
        "11–19",
        audience_en="Trans and non-binary people",
    ),
    HelpLine(
        "Rätt att välja",
        "020-57 70 70",
        "Hedersrelaterat våld och förtryck",
        "7–21",
        audience_en="Honour-related violence and oppression",
    ),
    HelpLine(
        "BRIS",
        "116 111",
        "Barn och unga",
        audience_en="Children and young people",
        hours=_DAY_AND_NIGHT,
        hours_en=_DAY_AND_NIGHT_EN,
    ),
    HelpLine(
        "Brottsofferjouren",
        "116 006",
        "Brottsutsatta, vittnen, anhöriga",
        "9–19",
        audience_en="Crime victims, witnesses, relatives",
    ),
    HelpLine(
        "Nationella stödtelefonen",
        "010-223 57 60",
        "Endast yrkesverksamma, hedersärenden",
        for_clients=False,
    ),
)


#: Proposed per-level review intervals (days); the README says why.
DEFAULT_REVIEW_DAYS_BY_LEVEL: Mapping[str, int] = {"acute": 7, "high": 30, "raised": 60, "low": 90}
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
    #: Default days until a danger assessment should be repeated (levels without their
    #: own interval in ``review_days_by_level``).
    review_interval_days: int = 90
    #: Days to the repeat by judgement level id, set by the team leader; wins over the
    #: form's suggestion (``riskapp.domain.review``). Defaults: see README "Review dates".
    review_days_by_level: Mapping[str, int] = field(
        default_factory=lambda: dict(DEFAULT_REVIEW_DAYS_BY_LEVEL)
    )
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
