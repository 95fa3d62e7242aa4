"""Cases and their interventions: open, close, reopen, assign, read.

One open case per client (the unique partial index ``cases_open`` guards it too). Every
read and write is audited with the case's client: ``case.open``, ``case.close``,
``case.read`` (one row per client whose cases were read), ``case.assign`` (team leaders
only), ``intervention.add`` and ``intervention.end``. Details are codes, never text.

Rule violations raise ``riskapp.domain.cases.CaseError`` before anything is written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

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
    check_close,
)
from riskapp.domain.records import ClientId, Role, UserId
from riskapp.vault.errors import RecordNotFound
from riskapp.vault.repositories._common import opt_date, ts
from riskapp.vault.unit_of_work import UnitOfWork

MAX_VIEW = 2_000

_COLUMNS = (
    "c.id, c.client_id, c.opened_on, c.source, c.reason, c.responsible_id, "
    "coalesce(u.name, ''), c.created_at, c.closed_on, c.close_reason, c.goal, c.client_view"
)
_FROM = "FROM cases c LEFT JOIN users u ON u.id = c.responsible_id"


def _case(row: Any, interventions: tuple[Intervention, ...] = ()) -> Case:
    return Case(
        id=CaseId(row[0]),
        client_id=ClientId(row[1]),
        opened_on=date.fromisoformat(row[2]),
        source=None if row[3] is None else CaseSource(row[3]),
        reason=None if row[4] is None else CaseReason(row[4]),
        responsible_id=None if row[5] is None else UserId(row[5]),
        responsible=row[6],
        created_at=ts(row[7]),
        closed_on=opt_date(row[8]),
        close_reason=None if row[9] is None else CloseReason(row[9]),
        goal=None if row[10] is None else GoalAttainment(row[10]),
        client_view=row[11],
        interventions=interventions,
    )


class CaseRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    # --- reading ---------------------------------------------------------------------

    def _interventions(self, case_id: int) -> tuple[Intervention, ...]:
        rows = self._s.conn.execute(
            "SELECT id, case_id, kind, started_on, ended_on FROM interventions "
            "WHERE case_id = ? ORDER BY started_on, id",
            (case_id,),
        )
        return tuple(
            Intervention(
                InterventionId(r[0]), CaseId(r[1]), r[2], date.fromisoformat(r[3]), opt_date(r[4])
            )
            for r in rows
        )

    def _fetch(self, case_id: int) -> Case:
        row = self._s.conn.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE c.id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise CaseError("no such case", code="case_unknown")
        return _case(row, self._interventions(row[0]))

    def _open_of(self, client_id: int) -> Case | None:
        row = self._s.conn.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE c.client_id = ? AND c.closed_on IS NULL",
            (client_id,),
        ).fetchone()
        return None if row is None else _case(row, self._interventions(row[0]))

    def list_for_client(self, client_id: ClientId) -> list[Case]:
        """Every case of the client, oldest first, with interventions (audited)."""
        with self._s.tx() as conn:
            self._client_exists(client_id)
            rows = conn.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE c.client_id = ? ORDER BY c.opened_on, c.id",
                (int(client_id),),
            ).fetchall()
            cases = [_case(r, self._interventions(r[0])) for r in rows]
            self._s.record(
                "case.read", client_id=client_id, object_type="client", object_id=client_id
            )
        return cases

    def open_case(self, client_id: ClientId) -> Case | None:
        """The client's open case, if any (audited)."""
        with self._s.tx():
            self._client_exists(client_id)
            case = self._open_of(client_id)
            self._s.record(
                "case.read",
                client_id=client_id,
                object_type="case",
                object_id=None if case is None else case.id,
            )
        return case

    def get(self, case_id: CaseId) -> Case:
        with self._s.tx():
            case = self._fetch(case_id)
            self._s.record(
                "case.read", client_id=case.client_id, object_type="case", object_id=case.id
            )
        return case

    # --- writing ---------------------------------------------------------------------

    def _client_exists(self, client_id: int) -> None:
        if (
            self._s.conn.execute("SELECT 1 FROM clients WHERE id = ?", (int(client_id),)).fetchone()
            is None
        ):
            raise RecordNotFound("no such client", code="client_unknown")

    def _active_user(self, user_id: int) -> None:
        row = self._s.conn.execute(
            "SELECT 1 FROM users WHERE id = ? AND removed_at IS NULL", (int(user_id),)
        ).fetchone()
        if row is None:
            raise CaseError("no such active user", code="case_responsible_unknown")

    def open(
        self,
        client_id: ClientId,
        *,
        opened_on: date,
        source: CaseSource,
        reason: CaseReason,
        responsible_id: UserId | None,
    ) -> Case:
        """Open a case; CaseError ``case_already_open`` if the client has one open.

        Records of the client not yet in any case (screenings made before the case was
        opened) join it."""
        s = self._s
        if opened_on > s.clock.today():
            raise CaseError("date in the future", code="case_date_in_future")
        with s.tx() as conn:
            self._client_exists(client_id)
            if self._open_of(client_id) is not None:
                raise CaseError("client has an open case", code="case_already_open")
            if responsible_id is not None:
                self._active_user(responsible_id)
            now = s.now_iso()
            cur = conn.execute(
                "INSERT INTO cases (client_id, opened_on, source, reason, responsible_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    int(client_id),
                    opened_on.isoformat(),
                    source.value,
                    reason.value,
                    responsible_id,
                    now,
                    now,
                ),
            )
            case_id = int(cur.lastrowid or 0)
            for table in ("assessments", "safety_plans"):
                conn.execute(
                    f"UPDATE {table} SET case_id = ? WHERE client_id = ? AND case_id IS NULL",
                    (case_id, int(client_id)),
                )
            s.record(
                "case.open",
                client_id=client_id,
                object_type="case",
                object_id=case_id,
                detail=f"source={source.value} reason={reason.value}",
            )
            return self._fetch(case_id)

    def close(
        self,
        case_id: CaseId,
        *,
        closed_on: date,
        reason: CloseReason,
        goal: GoalAttainment,
        client_view: str = "",
    ) -> Case:
        s = self._s
        if len(client_view) > MAX_VIEW:
            raise CaseError("client view too long", code="case_bad_value", field="client_view")
        with s.tx() as conn:
            case = self._fetch(case_id)
            check_close(case, closed_on, s.clock.today())
            conn.execute(
                "UPDATE cases SET closed_on = ?, close_reason = ?, goal = ?, client_view = ?, "
                "updated_at = ? WHERE id = ?",
                (
                    closed_on.isoformat(),
                    reason.value,
                    goal.value,
                    client_view,
                    s.now_iso(),
                    case.id,
                ),
            )
            conn.execute(
                "UPDATE interventions SET ended_on = ? WHERE case_id = ? AND ended_on IS NULL "
                "AND started_on <= ?",
                (closed_on.isoformat(), case.id, closed_on.isoformat()),
            )
            s.record(
                "case.close",
                client_id=case.client_id,
                object_type="case",
                object_id=case.id,
                detail=f"reason={reason.value} goal={goal.value}",
            )
            return self._fetch(case.id)

    def assign(self, case_id: CaseId, responsible_id: UserId) -> Case:
        """Team leaders assign or reassign the responsible caseworker (audited)."""
        s = self._s
        s.require(Role.TEAMLEADER)
        with s.tx() as conn:
            case = self._fetch(case_id)
            self._active_user(responsible_id)
            conn.execute(
                "UPDATE cases SET responsible_id = ?, updated_at = ? WHERE id = ?",
                (int(responsible_id), s.now_iso(), case.id),
            )
            s.record(
                "case.assign",
                client_id=case.client_id,
                object_type="case",
                object_id=case.id,
                detail=f"user={int(responsible_id)}",
            )
            return self._fetch(case.id)

    def add_intervention(
        self, case_id: CaseId, kind: str, started_on: date, ended_on: date | None = None
    ) -> Intervention:
        s = self._s
        if ended_on is not None and ended_on < started_on:
            raise CaseError("ends before it starts", code="intervention_dates")
        with s.tx() as conn:
            case = self._fetch(case_id)
            if not case.is_open:
                raise CaseError("case is closed", code="case_not_open")
            if started_on < case.opened_on:
                raise CaseError("date before the case opened", code="case_date_before_open")
            if started_on > s.clock.today():
                raise CaseError("date in the future", code="case_date_in_future")
            cur = conn.execute(
                "INSERT INTO interventions (case_id, kind, started_on, ended_on, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    case.id,
                    kind,
                    started_on.isoformat(),
                    None if ended_on is None else ended_on.isoformat(),
                    s.now_iso(),
                ),
            )
            new_id = InterventionId(int(cur.lastrowid or 0))
            s.record(
                "intervention.add",
                client_id=case.client_id,
                object_type="intervention",
                object_id=new_id,
                detail=f"kind={kind}",
            )
        return Intervention(new_id, case.id, kind, started_on, ended_on)

    def end_intervention(self, intervention_id: InterventionId, ended_on: date) -> None:
        s = self._s
        with s.tx() as conn:
            row = conn.execute(
                "SELECT i.started_on, c.client_id FROM interventions i "
                "JOIN cases c ON c.id = i.case_id WHERE i.id = ?",
                (int(intervention_id),),
            ).fetchone()
            if row is None:
                raise CaseError("no such intervention", code="case_unknown")
            if ended_on < date.fromisoformat(row[0]):
                raise CaseError("ends before it starts", code="intervention_dates")
            conn.execute(
                "UPDATE interventions SET ended_on = ? WHERE id = ?",
                (ended_on.isoformat(), int(intervention_id)),
            )
            s.record(
                "intervention.end",
                client_id=row[1],
                object_type="intervention",
                object_id=int(intervention_id),
            )
