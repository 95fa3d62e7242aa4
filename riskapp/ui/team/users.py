"""The users tab: add a user, set a new passphrase, remove one (rotating the data key)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from riskapp.domain.records import User
from riskapp.services import users as users_svc
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.operations import operation
from riskapp.ui.common.record_view import configure_record_table
from riskapp.ui.team.user_dialogs import AddUserDialog, ResetPassphraseDialog
from riskapp.ui.team.user_table import UserTableModel
from riskapp.vault import Session


class UsersPanel(QWidget):
    #: The session was closed under the panel (a key rotation failed: vault/keys.py).
    session_ended = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        add_dialog: Callable[[QWidget], AddUserDialog] = AddUserDialog,
        reset_dialog: Callable[[str, QWidget], ResetPassphraseDialog] = ResetPassphraseDialog,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._add_dialog, self._reset_dialog = add_dialog, reset_dialog
        self.model = UserTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Användare"))
        self.table.setModel(self.model)
        configure_record_table(self.table, min_rows=None)
        self.add_button = QPushButton(self.tr("&Lägg till …"), self)
        self.reset_button = QPushButton(self.tr("&Ny lösenfras …"), self)
        self.remove_button = QPushButton(self.tr("&Ta bort …"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.remove_button.clicked.connect(self.remove_user)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        with operation(self):
            users = users_svc.list_users(self.session)
            self.model.set_records(sorted(users, key=lambda u: u.name.casefold()))
        self._update_buttons()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.remove_button.setEnabled(user is not None and user.name != self.session.user.name)

    def add_user(self) -> None:
        dialog = self._add_dialog(self)
        if not dialog.exec():
            return
        with operation(self):
            users_svc.add_user(
                self.session,
                dialog.name.text().strip(),
                dialog.role.currentData(),
                dialog.passphrase.value(),
            )
        self.refresh()

    def reset_passphrase(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = self._reset_dialog(user.name, self)
        if not dialog.exec():
            return
        with operation(self) as op:
            users_svc.reset_user_passphrase(self.session, user.name, dialog.passphrase.value())
        if op.failed:
            return
        Dialogs.information(
            self,
            self.tr("Lösenfrasen är bytt"),
            self.tr("{user} kan nu låsa upp med den nya lösenfrasen.").format(user=user.name),
        )

    def remove_user(self) -> None:
        user = self.selected()
        if user is None or user.name == self.session.user.name:
            return
        if not Dialogs.question(
            self,
            self.tr("Ta bort användare"),
            self.tr(
                "Vill du ta bort {user}? Personen kan inte längre låsa upp valvet. Valvets "
                "krypteringsnyckel byts samtidigt, så att en gammal kopia av personens "
                "nyckelfil inte längre fungerar på det här valvet. Det tar några sekunder. "
                "Loggen behåller personens tidigare händelser."
            ).format(user=user.name),
            yes_text=self.tr("Ta bort"),
            no_text=self.tr("Avbryt"),
            destructive=True,
        ):
            return
        with operation(self) as op:
            users_svc.remove_user(self.session, user.name)
        if op.failed and self.session.closed:  # a failed rotation discards the session
            self.session_ended.emit()  # unlock again
            return
        self.refresh()
