"""The client list: a lazily paged table model over the client searches and its view.

The model holds only the rows fetched so far (pages of ``PAGE_SIZE``) and the total, both
from ``riskapp.services.clients.ClientSearch`` (each page shown is audited per client); Qt
asks for more with ``canFetchMore``/``fetchMore`` as the user scrolls, so 100,000 clients
never load at once (Anki's browser ``DataModel``). Personnummer
are masked (``YYYYMMDD-****``) unless the user turns "Visa personnummer" on (T3); the
choice is not remembered between sessions on purpose.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.records import ClientId, ClientSummary

PAGE_SIZE = 100
SEARCH_DEBOUNCE_MS = 250

COL_LAST, COL_FIRST, COL_PNR, COL_UPDATED = range(4)
_HEADERS = (
    QT_TRANSLATE_NOOP("ClientTableModel", "Efternamn"),
    QT_TRANSLATE_NOOP("ClientTableModel", "Förnamn"),
    QT_TRANSLATE_NOOP("ClientTableModel", "Personnummer"),
    QT_TRANSLATE_NOOP("ClientTableModel", "Senast ändrad"),
)

#: The ClientSummary of a row.
RecordRole = Qt.ItemDataRole.UserRole + 1
#: The ClientId of a row.
IdRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
#: The invalid (root) index, as a default argument (ruff B008: no calls in defaults).
_ROOT = QModelIndex()


def format_personnummer(pnr12: str | None, *, masked: bool) -> str:
    """``YYYYMMDD-NNNN`` or ``YYYYMMDD-****``; empty for clients without personnummer."""
    if not pnr12:
        return ""
    if masked:
        return f"{pnr12[:8]}-****"
    return f"{pnr12[:8]}-{pnr12[8:]}"


class ClientTableModel(QAbstractTableModel):
    def __init__(self, clients: Any, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        """``clients`` has ``search_page`` and ``search`` (``services.clients.ClientSearch``)."""
        super().__init__(parent)
        self._clients = clients
        self._page_size = page_size
        self._text = ""
        self._rows: list[ClientSummary] = []
        self._total = 0
        self._masked = True

    # --- our API ----------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Replace the rows by the first page matching ``text``."""
        self.beginResetModel()
        self._text = text.strip()
        self._total, self._rows = self._clients.search_page(
            self._text, limit=self._page_size, offset=0
        )
        self.endResetModel()

    def refresh(self) -> None:
        self.set_search(self._text)

    def detach(self) -> None:
        """Forget every row (on lock): nothing personal stays in memory we control."""
        self.beginResetModel()
        self._clients = None
        self._rows = []
        self._total = 0
        self.endResetModel()

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
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_PNR),
                self.index(len(self._rows) - 1, COL_PNR),
                [Qt.ItemDataRole.DisplayRole],
            )

    def client_at(self, row: int) -> ClientSummary:
        return self._rows[row]

    # --- Qt -------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._clients is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._clients.search(self._text, limit=self._page_size, offset=len(self._rows))
        if not page:
            # The vault changed under us (a client removed): stop asking.
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return QCoreApplication.translate("ClientTableModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        client = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LAST:
                return client.last_name
            if col == COL_FIRST:
                return client.first_name
            if col == COL_PNR:
                if not client.personnummer:
                    return QCoreApplication.translate("ClientTableModel", "(saknas)")
                return format_personnummer(client.personnummer, masked=self._masked)
            if col == COL_UPDATED:
                return client.updated_at.astimezone().strftime("%Y-%m-%d")
        elif role == Qt.ItemDataRole.AccessibleTextRole and col == COL_PNR and self._masked:
            return QCoreApplication.translate("ClientTableModel", "Personnummer dolt")
        elif role == RecordRole:
            return client
        elif role == IdRole:
            return client.id
        return None


class ClientListView(QWidget):
    """Search field, "Visa personnummer" toggle, the table and a "Ny klient" button."""

    #: The user opened a client (double-click or Enter).
    client_activated = Signal(int)
    #: The user asked for the new-client dialog.
    new_client_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: ClientTableModel | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök på namn eller personnummer"))
        self.search.setAccessibleName(self.tr("Sök klient"))
        self.search.setClearButtonEnabled(True)
        self.show_pnr = QCheckBox(self.tr("Visa personnummer"), self)
        self.show_pnr.setAccessibleName(self.tr("Visa hela personnummer"))
        self.new_button = QPushButton(self.tr("Ny klient…"), self)
        self.new_button.setAccessibleName(self.tr("Ny klient"))
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Klienter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)

        top = QHBoxLayout()
        label = QLabel(self.tr("&Sök:"), self)
        label.setBuddy(self.search)
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_pnr)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._stale = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._on_return)
        self.show_pnr.toggled.connect(self._on_show_pnr)
        self.new_button.clicked.connect(self.new_client_requested)
        self.table.activated.connect(self._on_activated)
        self.setTabOrder(self.search, self.show_pnr)
        self.setTabOrder(self.show_pnr, self.new_button)
        self.setTabOrder(self.new_button, self.table)

    def attach(self, clients: Any) -> None:
        """Show the clients of a freshly unlocked session (masked again)."""
        self.model = ClientTableModel(clients, self)
        self.table.setModel(self.model)
        self.show_pnr.setChecked(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._run_search()
        fm = self.table.fontMetrics()
        header_fm = header.fontMetrics()
        pad = fm.averageCharWidth() * 3
        for col, sample in (
            (COL_LAST, "M" * 14),
            (COL_FIRST, "M" * 12),
            (COL_PNR, "00000000-0000"),
        ):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            width = max(fm.horizontalAdvance(sample), header_fm.horizontalAdvance(title))
            self.table.setColumnWidth(col, width + pad)

    def detach(self) -> None:
        self._debounce.stop()
        if self.model is not None:
            self.model.detach()
        self.table.setModel(None)
        self.model = None
        self.search.clear()
        self.count_label.clear()

    def refresh(self) -> None:
        self._stale = False
        if self.model is not None:
            self.model.refresh()
            self._update_count()

    def mark_stale(self) -> None:
        """A record changed elsewhere: re-run the search when the list is shown again.

        Refreshing at once would run (and audit-log) a client search after every autosave
        of an assessment draft, while the list is not even visible."""
        self._stale = True

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _run_search(self) -> None:
        self._debounce.stop()
        if self.model is None:
            return
        self.model.set_search(self.search.text())
        self.model.set_masked(not self.show_pnr.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        if self.model is None:
            return
        if self.model.total:
            text = self.tr("Antal klienter: {count}").format(count=self.model.total)
        elif self.search.text().strip():
            text = self.tr("Ingen klient matchar sökningen.")
        else:
            text = self.tr("Inga klienter ännu. Lägg till en med Ny klient … (Ctrl+N).")
        self.count_label.setText(text)

    def _on_return(self) -> None:
        self._run_search()
        if self.model is not None and self.model.rowCount() == 1:
            self.client_activated.emit(int(self.model.client_at(0).id))
        elif self.model is not None and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _on_show_pnr(self, checked: bool) -> None:
        if self.model is not None:
            self.model.set_masked(not checked)

    def _on_activated(self, index: QModelIndex) -> None:
        client_id = index.data(IdRole)
        if client_id is not None:
            self.client_activated.emit(int(ClientId(client_id)))
