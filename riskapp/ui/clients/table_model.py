"""The client list's model: a lazily paged ``RecordTableModel`` over the client searches.

The model holds only the rows fetched so far (pages of ``PAGE_SIZE``) and the total, both
from ``riskapp.services.clients.ClientSearch`` (each page shown is audited per client); Qt
asks for more with ``canFetchMore``/``fetchMore`` as the user
scrolls, so 100,000 clients never load at once (Anki's browser ``DataModel``). Personnummer
are masked (``YYYYMMDD-****``) unless the view turns masking off (T3).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt

from riskapp.domain.records import ClientSummary
from riskapp.ui.clients.formatting import format_personnummer
from riskapp.ui.common.i18n import QT_TRANSLATE_NOOP
from riskapp.ui.common.record_model import NO_PARENT, Column, Index, RecordTableModel

PAGE_SIZE = 100
_CONTEXT = "ClientTableModel"

COL_LAST, COL_FIRST, COL_PNR, COL_UPDATED = range(4)


class ClientSearch(Protocol):
    """What the model needs of ``riskapp.services.clients.ClientSearch``."""

    def search_page(
        self, text: str, *, limit: int, offset: int
    ) -> tuple[int, list[ClientSummary]]: ...

    def search(self, text: str, *, limit: int, offset: int) -> list[ClientSummary]: ...


class ClientTableModel(RecordTableModel[ClientSummary]):
    def __init__(
        self, clients: ClientSearch, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        """``clients`` has ``search_page`` and ``search`` (``services.clients.ClientSearch``)."""
        super().__init__(_CONTEXT, self._columns_list(), parent)
        self._clients: ClientSearch | None = clients
        self._page_size = page_size
        self._text = ""
        self._total = 0
        self._masked = True

    def _columns_list(self) -> tuple[Column[ClientSummary], ...]:
        return (
            Column(QT_TRANSLATE_NOOP("ClientTableModel", "Efternamn"), lambda c: c.last_name),
            Column(QT_TRANSLATE_NOOP("ClientTableModel", "Förnamn"), lambda c: c.first_name),
            Column(
                QT_TRANSLATE_NOOP("ClientTableModel", "Personnummer"),
                self._pnr_text,
                roles={Qt.ItemDataRole.AccessibleTextRole: self._pnr_accessible},
            ),
            Column(
                QT_TRANSLATE_NOOP("ClientTableModel", "Senast ändrad"),
                lambda c: c.updated_at.astimezone().strftime("%Y-%m-%d"),
                sort_key=lambda c: c.updated_at,
            ),
        )

    def _pnr_text(self, client: ClientSummary) -> str:
        if not client.personnummer:
            return QCoreApplication.translate("ClientTableModel", "(saknas)")
        return format_personnummer(client.personnummer, masked=self._masked)

    def _pnr_accessible(self, _client: ClientSummary) -> str | None:
        return (
            QCoreApplication.translate("ClientTableModel", "Personnummer dolt")
            if self._masked
            else None
        )

    # --- our API ----------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Replace the rows by the first page matching ``text``."""
        self._text = text.strip()
        if self._clients is None:
            return
        self._total, rows = self._clients.search_page(self._text, limit=self._page_size, offset=0)
        self.set_records(rows)

    def refresh(self) -> None:
        self.set_search(self._text)

    def detach(self) -> None:
        """Forget every row (on lock): nothing personal stays in memory we control."""
        self._clients = None
        self._total = 0
        self.set_records([])

    @property
    def total(self) -> int:
        return self._total

    @property
    def masked(self) -> bool:
        return self._masked

    def set_masked(self, masked: bool) -> None:
        if masked == self._masked:
            return
        self._masked = masked
        self.column_changed(COL_PNR, [Qt.ItemDataRole.DisplayRole])

    # --- Qt -------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and self._clients is not None and self.rowCount() < self._total

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if not self.canFetchMore(parent) or self._clients is None:
            return
        page = self._clients.search(self._text, limit=self._page_size, offset=self.rowCount())
        if not page:
            # The vault changed under us (a client removed): stop asking.
            self._total = self.rowCount()
            return
        self.append_records(page)
