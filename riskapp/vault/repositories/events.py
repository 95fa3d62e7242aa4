"""Client events: an incident, a separation or a release from custody, with its date.

Each makes the client's next danger assessment due at once (``riskapp.domain.review``).
Only the kind and the date are stored: what happened belongs in the case record.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from riskapp.domain.records import ClientEvent, ClientEventKind, ClientId
from riskapp.vault.errors import RecordNotFound, ValidationFailed
from riskapp.vault.repositories._common import ts
from riskapp.vault.unit_of_work import UnitOfWork

_SELECT = (
    "SELECT e.id, e.client_id, e.kind, e.occurred_on, u.name, e.recorded_at "
    "FROM client_events e JOIN users u ON u.id = e.author_id"
)


def _event(row: Any) -> ClientEvent:
    return ClientEvent(
        id=int(row[0]),
        client_id=ClientId(row[1]),
        kind=ClientEventKind(row[2]),
        occurred_on=date.fromisoformat(row[3]),
        author=row[4],
        recorded_at=ts(row[5]),
    )


class ClientEventRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def record(self, client_id: ClientId, kind: ClientEventKind, occurred_on: date) -> ClientEvent:
        """Store one event (audit ``client.event``, the kind as detail)."""
        s = self._s
        try:
            picked = ClientEventKind(kind)
        except ValueError as exc:
            raise ValidationFailed("unknown event kind", code="event_kind_invalid") from exc
        with s.tx() as conn:
            if (
                conn.execute("SELECT 1 FROM clients WHERE id = ?", (int(client_id),)).fetchone()
                is None
            ):
                raise RecordNotFound("no such client", code="client_unknown")
            cur = conn.execute(
                "INSERT INTO client_events (client_id, kind, occurred_on, author_id, "
                "recorded_at) VALUES (?, ?, ?, ?, ?)",
                (int(client_id), picked.value, occurred_on.isoformat(), s.user.id, s.now_iso()),
            )
            new_id = int(cur.lastrowid or 0)
            s.record(
                "client.event",
                client_id=client_id,
                object_type="client_event",
                object_id=new_id,
                detail=picked.value,
            )
            row = conn.execute(_SELECT + " WHERE e.id = ?", (new_id,)).fetchone()
            return _event(row)

    def list_for_client(self, client_id: ClientId, *, audit: bool = True) -> list[ClientEvent]:
        """Newest first (audit ``client.event.read`` unless the caller audits)."""
        s = self._s
        with s.tx() as conn:
            rows = conn.execute(
                _SELECT + " WHERE e.client_id = ? ORDER BY e.occurred_on DESC, e.id DESC",
                (int(client_id),),
            ).fetchall()
            if audit:
                s.record("client.event.read", client_id=client_id, object_type="client_event")
        return [_event(r) for r in rows]
