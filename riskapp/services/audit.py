"""Audit-log use cases for team leaders: read the log with filters, check its chain.

Thin functions over ``session.audit`` (the vault refuses both to caseworkers). The log
answers "who has seen client X": every read, change, export and listing of a client
writes a row with the client's id, so filtering on ``client_id`` lists them all
(``client_filter`` turns what a team leader types, an id or a personnummer, into that id).

``AuditLog`` binds ``list_entries`` to a session for the log viewer's paged table model.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from riskapp.domain import personnummer
from riskapp.domain.personnummer import InvalidPersonnummer
from riskapp.domain.records import AuditEntry, ClientId

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.vault import Session

#: The client-id filter for a personnummer that no client has: no audit row has it.
NO_CLIENT = ClientId(0)
#: Longest digit string read as a client id (longer ones are no id this vault has).
_MAX_ID_DIGITS = 9


def list_entries(
    session: Session,
    *,
    user: str | None = None,
    action: str | None = None,
    client_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditEntry]:
    """Audit rows, newest first: ``user`` is a user name, ``action`` an exact action,
    ``client_id`` the client the row is about, ``since``/``until`` a half-open time
    range. Raises ``PermissionDenied`` unless the user is a team leader."""
    return session.audit.list(
        user=user,
        action=action,
        client_id=client_id,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )


def verify_chain(session: Session) -> list[str]:
    """Problems found in the audit log's hash chain (empty: intact). Team leaders only."""
    return session.audit.verify_chain()


def client_filter(session: Session, text: str, today: date) -> ClientId | None:
    """The client id a team leader means by ``text`` in the log's client filter.

    Empty text: None (no filter). A valid personnummer (10 or 12 digits, with or without
    separator): that client's id (the lookup is audited as a read), or ``NO_CLIENT`` when
    nobody has it. Otherwise up to nine digits are a client id as shown in the log;
    anything else matches no client (``NO_CLIENT``).
    """
    text = text.strip()
    if not text:
        return None
    try:
        number = personnummer.parse(text, today=today)
    except InvalidPersonnummer:
        if text.isascii() and text.isdigit() and len(text) <= _MAX_ID_DIGITS:
            return ClientId(int(text))
        return NO_CLIENT
    client = session.clients.by_personnummer(number.digits12)
    return NO_CLIENT if client is None else client.id


class AuditLog:
    """``list_entries`` bound to one session, for the log viewer's paged table model."""

    def __init__(self, session: Session) -> None:
        self._session = session

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
        return list_entries(
            self._session,
            user=user,
            action=action,
            client_id=client_id,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
        )
