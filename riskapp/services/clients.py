"""Client use cases shared by the GUI and the CLI: find, read, create, update, list, export.

Thin functions over ``session.clients`` (the vault's ``ClientRepository``), so the UI and
the command line never reach the repository themselves. Every call runs in one vault
transaction with its audit rows inside: a read names the client; a search, a page of the
client list or a personnummer check writes a summary row and one ``client.listed`` row per
client it revealed (the team leader's access log filters on the client id to answer "who
has seen this client").

``ClientSearch`` binds the two search functions to a session for the client list's paged
table model, which asks for one page at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from riskapp.domain.records import Client, ClientId, ClientSummary, NewClient
from riskapp.vault.errors import DuplicateRecord

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.vault import Session

#: Rows per query when a listing collects every match (``list_clients``).
LIST_PAGE = 1000
#: Imports up to this size are stored in one go; larger ones in batches (for progress).
IMPORT_BATCH_MIN = 1000


def get_client(session: Session, client_id: ClientId) -> Client:
    """One client, audited as a read. Raises ``RecordNotFound`` (``client_unknown``)."""
    return session.clients.get(client_id)


def find_by_personnummer(session: Session, pnr12: str) -> Client | None:
    """The client with this normalised 12-digit personnummer, or None; a hit is audited
    as a read of that client."""
    return session.clients.by_personnummer(pnr12)


def create_client(session: Session, new: NewClient) -> Client:
    """Store a new client. Raises ``ValidationFailed`` for fields the vault refuses and
    ``DuplicateRecord`` (``client_exists``) for a personnummer already registered."""
    return session.clients.create(new)


def update_client(session: Session, client_id: ClientId, new: NewClient) -> Client:
    """Replace a client's details; same errors as ``create_client``."""
    return session.clients.update(client_id, new)


def search_clients(
    session: Session, text: str = "", *, limit: int = 100, offset: int = 0
) -> list[ClientSummary]:
    """One page of clients matching ``text`` (every word, in names or personnummer), in
    list order; each client returned is named in the audit log."""
    return session.clients.search(text, limit=limit, offset=offset)


def search_clients_page(
    session: Session, text: str = "", *, limit: int = 100, offset: int = 0
) -> tuple[int, list[ClientSummary]]:
    """``(total matches, one page of them)`` in one transaction; each client on the page
    is named in the audit log."""
    return session.clients.search_page(text, limit=limit, offset=offset)


def list_clients(session: Session, text: str = "") -> list[ClientSummary]:
    """Every client matching ``text`` (the CLI's ``clients list``), fetched page by page;
    each client returned is named in the audit log."""
    found: list[ClientSummary] = []
    while True:
        page = search_clients(session, text, limit=LIST_PAGE, offset=len(found))
        found.extend(page)
        if len(page) < LIST_PAGE:
            return found


def registered_personnummer(session: Session, personnummer: Sequence[str]) -> set[str]:
    """Which of these 12-digit numbers are already registered (checked before an import);
    each client found is named in the audit log, the numbers themselves are not logged."""
    return session.clients.existing(personnummer)


def import_clients(
    session: Session,
    rows: Sequence[NewClient],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> list[Client]:
    """Store every row or none (one transaction); ``DuplicateRecord`` names the 1-based row.

    With ``progress``, the rows are stored in about twenty batches inside that one
    transaction and ``progress(stored, len(rows))`` is called after each (and once at 0).
    """
    if progress is None or len(rows) <= IMPORT_BATCH_MIN:
        stored = session.clients.import_many(rows)
        if progress is not None:
            progress(len(stored), len(rows))
        return stored
    batch = max(IMPORT_BATCH_MIN, -(-len(rows) // 20))
    stored = []
    progress(0, len(rows))
    with session.tx():
        for start in range(0, len(rows), batch):
            try:
                stored.extend(session.clients.import_many(rows[start : start + batch]))
            except DuplicateRecord as exc:
                # Row numbers are within the batch: make them rows of the whole import.
                for key in ("row", "first"):
                    if isinstance(exc.params.get(key), int):
                        exc.params[key] += start
                raise
            progress(len(stored), len(rows))
    return stored


def export_client(session: Session, client_id: ClientId) -> dict[str, Any]:
    """Everything stored about one client (registerutdrag), JSON-ready; audited."""
    return session.clients.export(client_id)


class ClientSearch:
    """The client searches bound to one session, for a paged table model.

    The model calls ``search_page`` for a new search (total and first page) and ``search``
    for each further page as the user scrolls.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def search_page(
        self, text: str = "", *, limit: int = 100, offset: int = 0
    ) -> tuple[int, list[ClientSummary]]:
        return search_clients_page(self._session, text, limit=limit, offset=offset)

    def search(self, text: str = "", *, limit: int = 100, offset: int = 0) -> list[ClientSummary]:
        return search_clients(self._session, text, limit=limit, offset=offset)
