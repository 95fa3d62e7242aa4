"""Team-leader area: users (add, reset passphrase, remove), the audit log, statistics.

Shown only to team leaders (the vault refuses the actions to others anyway). Removing a
user deletes their key slot and rotates the data key; the confirmation says so. The audit
log viewer is a lazily paged model over ``riskapp.services.audit.list_entries`` with
filters on user, action, client and date range. Each tab is its own module: ``users``,
``audit`` and ``statistics``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from riskapp.ui.team.audit import AuditPanel
from riskapp.ui.team.statistics import StatisticsView
from riskapp.ui.team.users import UsersPanel
from riskapp.vault import Session


class TeamLeaderArea(QWidget):
    #: The user wants the client list back.
    back_requested = Signal()
    #: The session was closed under the area (see UsersPanel.session_ended).
    session_ended = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, language: str = "sv"
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.back_button = QPushButton(self.tr("< Klientlistan"), self)
        title = QLabel(self.tr("Teamledare"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.tabs = QTabWidget(self)
        self.users = UsersPanel(session, self)
        self.users.session_ended.connect(self.session_ended)
        self.audit = AuditPanel(session, self)
        self.tabs.addTab(self.users, self.tr("&Användare"))
        self.tabs.addTab(self.audit, self.tr("&Logg"))
        self.statistics = StatisticsView(session, self, language=language)
        self.tabs.addTab(self.statistics, self.tr("&Statistik"))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        self.back_button.clicked.connect(self.back_requested)

    def refresh(self) -> None:
        self.users.refresh()
        self.audit.refresh()
