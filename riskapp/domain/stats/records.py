"""Input records for statistics: coded, whitelisted facts only (docs/DOMAIN.md §7).

The vault builds these for a period (``Session.stats_snapshot``); aggregation and
disclosure control work on them without a database. No names, personnummer, free text or
user names exist here; birth date and exact dates stay inside aggregation (they are used
to compute age bands and periods, and never leave).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class StatClient:
    key: int  # an opaque per-snapshot number, not the database id
    #: Legal sex from the personnummer: "female", "male" or "unknown" (no personnummer).
    sex: str
    birth_date: date | None
    created_on: date


@dataclass(frozen=True, slots=True)
class StatAssessment:
    client_key: int
    form_id: str
    #: FormKind value: "screening", "description", "danger_assessment", ...
    form_kind: str
    completed_on: date
    #: Professional judgement level code (danger assessments), else None.
    level: str | None = None
    #: Coded facts from the form's ``stat`` tags answered yes (e.g. "violence.physical",
    #: "children.exposed"), computed by the engine at completion and stored with it.
    facts: frozenset[str] = field(default_factory=frozenset)
    #: True when the client had an earlier completed assessment with the same form id.
    repeat: bool = False


@dataclass(frozen=True, slots=True)
class StatPlan:
    client_key: int
    created_on: date


@dataclass(frozen=True, slots=True)
class StatCase:
    """One case open at some time in the period (``riskapp.domain.cases``), coded."""

    client_key: int
    opened_on: date
    #: CaseSource / CaseReason values; None for cases the version-5 migration opened.
    source: str | None
    reason: str | None
    closed_on: date | None = None
    #: GoalAttainment value once closed.
    goal: str | None = None
    close_reason: str | None = None
    #: (kind, start date) of every intervention of the case.
    interventions: tuple[tuple[str, date], ...] = ()


@dataclass(frozen=True)
class StatsSnapshot:
    """Everything statistics may see for one period (inclusive dates)."""

    start: date
    end: date
    clients: tuple[StatClient, ...]
    assessments: tuple[StatAssessment, ...]
    plans: tuple[StatPlan, ...]
    #: Cases open at any time in the period (opened on or before its end, not closed
    #: before its start).
    cases: tuple[StatCase, ...] = ()
