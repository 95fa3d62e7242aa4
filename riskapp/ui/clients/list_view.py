"""The client list: search field, "Visa personnummer", the paged table and "Ny klient".

The rows come from ``ClientTableModel`` (pages fetched as the user scrolls). Personnummer
are masked (``YYYYMMDD-****``) unless the user turns "Visa personnummer" on (T3); the
choice is not remembered between sessions on purpose.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
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

from riskapp.domain.records import ClientSummary
from riskapp.ui.clients.table_model import (
    COL_FIRST,
    COL_LAST,
    COL_PNR,
    ClientSearch,
    ClientTableModel,
)
from riskapp.ui.common.record_model import RecordRole

SEARCH_DEBOUNCE_MS = 250


class ClientListView(QWidget):
    """Search field, "Visa personnummer" toggle, the table and a "Ny klient" button."""

    #: The user opened a client (double-click or Enter).
    client_activated = Signal(int)
    #: The user asked for the new-client dialog.
    new_client_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, debounce: QTimer | None = None) -> None:
        """``debounce`` is the search delay's seam (tests pass a manually advanced timer)."""
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
        self._debounce = debounce if debounce is not None else QTimer(self)
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

    def attach(self, clients: ClientSearch) -> None:
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
            self.client_activated.emit(int(self.model.record_at(0).id))
        elif self.model is not None and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _on_show_pnr(self, checked: bool) -> None:
        if self.model is not None:
            self.model.set_masked(not checked)

    def _on_activated(self, index: QModelIndex) -> None:
        client = index.data(RecordRole)
        if isinstance(client, ClientSummary):
            self.client_activated.emit(int(client.id))
