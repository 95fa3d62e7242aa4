"""The "Uppgifter" box of a client's page: how to reach the client safely, phone, address,
notes (selectable text, never edited here: "Redigera uppgifter" opens the dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from riskapp.domain.records import Client


class ClientDetailsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ClientPage", "Uppgifter"), parent)
        self.phone_value = QLabel(self)
        self.safe_value = QLabel(self)
        self.address_value = QLabel(self)
        self.notes_value = QLabel(self)
        for label in self.values():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ClientPage", "Nås säkert:"), self.safe_value)
        form.addRow(QCoreApplication.translate("ClientPage", "Telefon:"), self.phone_value)
        form.addRow(QCoreApplication.translate("ClientPage", "Adress:"), self.address_value)
        form.addRow(QCoreApplication.translate("ClientPage", "Anteckningar:"), self.notes_value)

    def values(self) -> tuple[QLabel, ...]:
        return (self.phone_value, self.safe_value, self.address_value, self.notes_value)

    def show_client(self, c: Client) -> None:
        none = QCoreApplication.translate("ClientPage", "–")
        self.phone_value.setText(c.phone or none)
        self.safe_value.setText(
            c.safe_contact
            or QCoreApplication.translate("ClientPage", "Inte angivet – fråga klienten")
        )
        self.address_value.setText(c.address or none)
        self.notes_value.setText(c.notes or none)

    def clear(self) -> None:
        for label in self.values():
            label.clear()
