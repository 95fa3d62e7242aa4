"""The caseload query: clients with an open case, their latest valid judgement and review.

Cost at 100,000 clients (tests/benchmarks/test_caseload_bench.py): the open cases come from
the partial unique index ``cases_open``; the latest judgement per client is one backward
seek per open case in the covering partial index ``assessments_judgement`` (``client_id,
completed_at, level, review``), then the row by id. Sorting and filtering need every open
case, so a page costs one pass over the open cases whatever the offset (linear in them,
unlike the client list, which stops at the page).

Audit: one ``caseload.list`` summary row (counts only) and one ``client.listed`` row per
client on the page, like the client list.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from riskapp.domain.caseload import (
    DEFAULT_LEVEL_ORDER,
    HIGH_LEVELS,
    CaseloadFilter,
    CaseloadPage,
    CaseloadRow,
    CaseloadSort,
    CaseworkerSummary,
)
from riskapp.domain.cases import CaseId
from riskapp.domain.records import ClientId, Role, UserId
from riskapp.vault.repositories._common import opt_date
from riskapp.vault.repositories.clients import LISTED_ACTION
from riskapp.vault.unit_of_work import UnitOfWork

#: The latest valid judgement of the case's client: one backward seek per open case in the
#: covering partial index ``assessments_judgement`` (status 'completed' only, so a later
#: 'voided' status drops out). Measured faster here than a grouped ``max()`` join.
_LATEST = (
    "(SELECT a.id FROM assessments a WHERE a.client_id = c.client_id "
    "AND a.status = 'completed' AND a.judgement_level IS NOT NULL "
    # The latest *valid* judgement: not voided, not replaced by a completed correction.
    "AND a.voided_at IS NULL AND NOT EXISTS (SELECT 1 FROM assessments k "
    "WHERE k.corrects = a.id AND k.status = 'completed' AND k.voided_at IS NULL) "
    "ORDER BY a.completed_at DESC, a.id DESC LIMIT 1)"
)
_BASE = (
    f"FROM cases c LEFT JOIN (SELECT id, completed_at AS assessed, judgement_level AS level, "
    f"review_due FROM assessments) AS j ON j.id = {_LATEST}"
)
_WITH_NAMES = (
    f"{_BASE} JOIN clients cl ON cl.id = c.client_id LEFT JOIN users u ON u.id = c.responsible_id"
)
_OPEN = " WHERE c.closed_on IS NULL"


def _where(flt: CaseloadFilter, user_id: int, today: date) -> tuple[str, list[Any]]:
    sql = ""
    params: list[Any] = []
    if flt.mine:
        sql += " AND c.responsible_id = ?"
        params.append(user_id)
    if flt.responsible_id is not None:
        sql += " AND c.responsible_id = ?"
        params.append(int(flt.responsible_id))
    if flt.overdue:
        sql += " AND j.review_due < ?"
        params.append(today.isoformat())
    if flt.high:
        sql += f" AND j.level IN ({','.join('?' * len(HIGH_LEVELS))})"
        params.extend(HIGH_LEVELS)
    return sql, params


def _order(sort: CaseloadSort, levels: Mapping[str, int]) -> tuple[str, list[Any]]:
    if sort is CaseloadSort.LEVEL:
        cases = " ".join("WHEN ? THEN ?" for _ in levels)
        params: list[Any] = [v for item in levels.items() for v in item]
        return f"CASE j.level {cases} ELSE -1 END DESC, c.client_id", params
    order = {
        CaseloadSort.REVIEW: "j.review_due IS NULL, j.review_due, c.client_id",
        CaseloadSort.ASSESSED: "j.assessed IS NULL, j.assessed, c.client_id",
        CaseloadSort.OPENED: "c.opened_on DESC, c.client_id",
        CaseloadSort.CLIENT: "c.client_id",
    }[sort]
    return order, []


class CaseloadRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def page(
        self,
        flt: CaseloadFilter | None = None,
        *,
        sort: CaseloadSort = CaseloadSort.REVIEW,
        limit: int = 100,
        offset: int = 0,
        levels: Mapping[str, int] = DEFAULT_LEVEL_ORDER,
    ) -> CaseloadPage:
        s = self._s
        today = s.clock.today()
        where, params = _where(flt or CaseloadFilter(), int(s.user.id), today)
        order, order_params = _order(sort, levels)
        with s.tx() as conn:
            total = int(
                conn.execute(f"SELECT count(*) {_BASE}{_OPEN}{where}", params).fetchone()[0]
            )
            rows = conn.execute(
                "SELECT c.client_id, cl.personnummer, c.id, c.opened_on, j.level, j.assessed, "
                f"j.review_due, coalesce(u.name, '') {_WITH_NAMES}{_OPEN}{where} "
                f"ORDER BY {order} LIMIT ? OFFSET ?",
                (*params, *order_params, max(0, int(limit)), max(0, int(offset))),
            ).fetchall()
            result = tuple(_row(r, today) for r in rows)
            s.record("caseload.list", detail=f"results={len(result)} total={total}")
            if result:
                s.record_many(LISTED_ACTION, [(r.client_id, "client", r.client_id) for r in result])
        return CaseloadPage(total, result)

    def summary(self) -> list[CaseworkerSummary]:
        """Per responsible caseworker: open cases, overdue reviews, and high or acute
        clients without a current safety plan (none in the open case made on or after the
        latest judgement). Team leaders only; counts, audited as one row."""
        s = self._s
        s.require(Role.TEAMLEADER)
        today = s.clock.today().isoformat()
        marks = ",".join("?" * len(HIGH_LEVELS))
        sql = (
            "SELECT c.responsible_id, coalesce(u.name, ''), count(*), "
            "sum(j.review_due < ?), "
            f"sum(j.level IN ({marks}) AND NOT EXISTS (SELECT 1 FROM safety_plans p "
            "WHERE p.case_id = c.id AND p.created_at >= j.assessed)) "
            f"{_BASE} LEFT JOIN users u ON u.id = c.responsible_id{_OPEN} "
            "GROUP BY c.responsible_id ORDER BY coalesce(u.name, '')"
        )
        with s.tx() as conn:
            rows = conn.execute(sql, (today, *HIGH_LEVELS)).fetchall()
            s.record("caseload.summary", detail=f"caseworkers={len(rows)}")
        return [
            CaseworkerSummary(
                None if r[0] is None else UserId(r[0]),
                r[1],
                int(r[2]),
                int(r[3] or 0),
                int(r[4] or 0),
            )
            for r in rows
        ]


def _row(r: Any, today: date) -> CaseloadRow:
    review = opt_date(r[6])
    return CaseloadRow(
        client_id=ClientId(r[0]),
        personnummer=r[1],
        case_id=CaseId(r[2]),
        status="open",
        opened_on=date.fromisoformat(r[3]),
        level=r[4],
        last_assessed=None if r[5] is None else date.fromisoformat(r[5][:10]),
        next_review=review,
        overdue=review is not None and review < today,
        responsible=r[7],
    )
