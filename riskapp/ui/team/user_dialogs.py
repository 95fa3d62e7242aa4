"""The team leader's user dialogs: add a user, and set a new passphrase for one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.records import Role
from riskapp.ui.common.dialogs import ok_cancel_buttons
from riskapp.ui.common.passphrase_fields import PassphraseFields
from riskapp.ui.team.user_table import role_label


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lägg till användare"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Användarnamn"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Roll"))
        for role in (Role.CASEWORKER, Role.TEAMLEADER):
            self.role.addItem(role_label(role), role)
        self.passphrase = PassphraseFields(self)
        self.hint = QLabel(
            self.tr(
                "Ge lösenfrasen till personen muntligen, aldrig i e-post. "
                "Personen kan byta den själv."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Användarnamn:"), self.name)
        form.addRow(self.tr("&Roll:"), self.role)
        self.buttons = ok_cancel_buttons(self, self.tr("Lägg till"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for signal in (
            self.name.textChanged,
            self.passphrase.first.textChanged,
            self.passphrase.second.textChanged,
        ):
            signal.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.passphrase.user_name = self.name.text().strip()
        ok = bool(self.name.text().strip()) and self.passphrase.acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ResetPassphraseDialog(QDialog):
    def __init__(self, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny lösenfras för {user}").format(user=user_name))
        self.passphrase = PassphraseFields(self)
        self.passphrase.user_name = user_name
        self.buttons = ok_cancel_buttons(self, self.tr("Byt lösenfras"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.first.textChanged.connect(self._update)
        self.passphrase.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.passphrase.acceptable()
        )
