"""Case use cases shared by the GUI and the CLI: open, close, reopen, interventions,
assign, list, the caseload and the team leader's per-caseworker summary.

Codes come in as text from the presenters and are checked here (``case_bad_value``
names the field); the rules (one open case, dates within the case and not in the
future) are the domain's and the vault's. Every call is one transaction with its audit
rows (``riskapp.vault.repositories.cases``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from riskapp.domain.caseload import (
    DEFAULT_LEVEL_ORDER,
    CaseloadFilter,
    CaseloadPage,
    CaseloadRow,
    CaseloadSort,
    CaseworkerSummary,
)
from riskapp.domain.cases import (
    Case,
    CaseError,
    CaseId,
    CaseReason,
    CaseSource,
    CloseReason,
    GoalAttainment,
    Intervention,
    InterventionId,
    enum_value,
)
from riskapp.domain.records import ClientId, Role, UserId
from riskapp.vault.repositories.caseload import CaseloadRepository
from riskapp.vault.repositories.cases import CaseRepository

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.vault import Session

#: Rows per query when a listing collects every row (``caseload_all``).
LIST_PAGE = 1000


def _user_id(session: Session, name: str | None) -> UserId:
    if name is None or name == session.user.name:
        return session.user.id
    # Naming someone else as responsible is assigning: team leaders only.
    session.require(Role.TEAMLEADER)
    for user in session.users.list():
        if user.name == name:
            return user.id
    raise CaseError("no such active user", code="case_responsible_unknown")


def list_cases(session: Session, client_id: ClientId) -> list[Case]:
    return CaseRepository(session).list_for_client(client_id)


def open_case_of(session: Session, client_id: ClientId) -> Case | None:
    return CaseRepository(session).open_case(client_id)


def open_case(
    session: Session,
    client_id: ClientId,
    *,
    source: str,
    reason: str,
    responsible: str | None = None,
    opened_on: date | None = None,
) -> Case:
    """Open (or reopen: a new case beside the closed ones) a case for the client.

    ``responsible`` is a user name; another user than oneself needs a team leader."""
    src = enum_value(CaseSource, source, "source")
    why = enum_value(CaseReason, reason, "reason")
    responsible_id = _user_id(session, responsible)
    return CaseRepository(session).open(
        client_id,
        opened_on=opened_on or session.clock.today(),
        source=src,
        reason=why,
        responsible_id=responsible_id,
    )


def close_case(
    session: Session,
    client_id: ClientId,
    *,
    closed_on: date,
    reason: str,
    outcome: str,
    client_view: str = "",
) -> Case:
    """Close the client's open case; CaseError ``case_not_open`` if there is none."""
    why = enum_value(CloseReason, reason, "reason")
    goal = enum_value(GoalAttainment, outcome, "outcome")
    repo = CaseRepository(session)
    with session.tx():
        case = repo.open_case(client_id)
        if case is None:
            raise CaseError("no open case", code="case_not_open")
        return repo.close(
            case.id, closed_on=closed_on, reason=why, goal=goal, client_view=client_view
        )


def add_intervention(
    session: Session, case_id: CaseId, kind: str, started_on: date, ended_on: date | None = None
) -> Intervention:
    """Record an intervention of a kind on the organisation's list."""
    if kind not in session.settings.get().intervention_kinds:
        raise CaseError("unknown intervention kind", code="intervention_unknown_kind")
    return CaseRepository(session).add_intervention(case_id, kind, started_on, ended_on)


def end_intervention(session: Session, intervention_id: InterventionId, ended_on: date) -> None:
    CaseRepository(session).end_intervention(intervention_id, ended_on)


def assign_responsible(session: Session, case_id: CaseId, user_name: str) -> Case:
    """Team leaders assign or reassign a case's responsible caseworker (audited)."""
    session.require(Role.TEAMLEADER)
    return CaseRepository(session).assign(case_id, _user_id(session, user_name))


def caseload_page(
    session: Session,
    flt: CaseloadFilter | None = None,
    *,
    sort: str = CaseloadSort.REVIEW.value,
    limit: int = 100,
    offset: int = 0,
    levels: Mapping[str, int] = DEFAULT_LEVEL_ORDER,
) -> CaseloadPage:
    """One sorted page of the caseload with the total count for the filter."""
    order = enum_value(CaseloadSort, sort, "sort")
    return CaseloadRepository(session).page(
        flt, sort=order, limit=limit, offset=offset, levels=levels
    )


def caseload_all(session: Session, flt: CaseloadFilter | None = None) -> list[CaseloadRow]:
    """Every caseload row (the CLI), collected page by page."""
    rows: list[CaseloadRow] = []
    while True:
        page = caseload_page(session, flt, limit=LIST_PAGE, offset=len(rows))
        rows.extend(page.rows)
        if len(page.rows) < LIST_PAGE:
            return rows


def caseworker_summary(session: Session) -> list[CaseworkerSummary]:
    return CaseloadRepository(session).summary()
