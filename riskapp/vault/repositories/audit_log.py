"""Reading the audit log and checking its chain (team leaders only)."""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any

from riskapp.domain.records import AuditEntry, ClientId, Role
from riskapp.vault import audit
from riskapp.vault.repositories._common import ts
from riskapp.vault.unit_of_work import UnitOfWork

_SELECT = (
    "SELECT a.seq, a.at, coalesce(u.name, ''), a.action, a.client_id, a.object_type, "
    "a.object_id, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
)


def entry(row: Any) -> AuditEntry:
    return AuditEntry(
        seq=row[0],
        at=ts(row[1]),
        user=row[2],
        action=row[3],
        client_id=None if row[4] is None else ClientId(row[4]),
        object_type=row[5],
        object_id=row[6],
        detail=row[7],
    )


class AuditRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def list(
        self,
        *,
        user: str | None = None,
        action: str | None = None,
        client_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """Newest first, filtered; user is a user name, action an exact action name."""
        self._s.require(Role.TEAMLEADER)
        where: list[str] = []
        params: list[Any] = []
        if user is not None:
            where.append("u.name = ?")
            params.append(user)
        if action is not None:
            where.append("a.action = ?")
            params.append(action)
        if client_id is not None:
            where.append("a.client_id = ?")
            params.append(int(client_id))
        if since is not None:
            where.append("a.at >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("a.at < ?")
            params.append(until.isoformat())
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY a.seq DESC LIMIT ? OFFSET ?"
        rows = self._s.conn.execute(sql, (*params, int(limit), int(offset))).fetchall()
        return [entry(r) for r in rows]

    def verify_chain(self) -> builtins.list[str]:
        self._s.require(Role.TEAMLEADER)
        return audit.verify(self._s.conn, self._s.chain_key())

    def for_client(self, client_id: int) -> builtins.list[AuditEntry]:
        """Rows about one client (for the registerutdrag); no role check, caller audits."""
        rows = self._s.conn.execute(
            _SELECT + " WHERE a.client_id = ? ORDER BY a.seq", (int(client_id),)
        ).fetchall()
        return [entry(r) for r in rows]
