"""New/edit client dialog with personnummer validation (riskapp.domain.personnummer).

The dialog only collects and validates input and returns a ``NewClient``; the caller stores
it (``riskapp.services.clients.create_client``/``update_client``). A client may have no
personnummer (an anonymous contact): the user ticks "Saknar personnummer" explicitly, so an
empty field is never an accident.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain import personnummer
from riskapp.domain.records import Client, NewClient
from riskapp.ui.common.dialogs import ok_cancel_buttons
from riskapp.ui.common.errors import message_for


class ClientDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, *, today: date, client: Client | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._result: NewClient | None = None
        self.setWindowTitle(
            self.tr("Ny klient") if client is None else self.tr("Redigera klientuppgifter")
        )
        self.first_name = QLineEdit(self)
        self.first_name.setAccessibleName(self.tr("Förnamn"))
        self.last_name = QLineEdit(self)
        self.last_name.setAccessibleName(self.tr("Efternamn"))
        self.pnr = QLineEdit(self)
        self.pnr.setAccessibleName(self.tr("Personnummer"))
        self.pnr.setPlaceholderText(self.tr("ÅÅÅÅMMDD-NNNN"))
        self.no_pnr = QCheckBox(self.tr("Saknar personnummer (anonym kontakt)"), self)
        self.pnr_error = QLabel(self)
        self.pnr_error.setWordWrap(True)
        self.pnr_error.setObjectName("pnr_error")
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Telefon"))
        self.safe_contact = QPlainTextEdit(self)
        self.safe_contact.setAccessibleName(self.tr("Hur klienten kan nås säkert"))
        self.safe_contact.setPlaceholderText(
            self.tr("Nummer, tider, om sms eller röstbrevlåda är säkert")
        )
        self.safe_contact.setTabChangesFocus(True)
        self.safe_contact.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.address = QLineEdit(self)
        self.address.setAccessibleName(self.tr("Adress"))
        self.protected = QCheckBox(
            self.tr("Skyddade personuppgifter (adressen skrivs aldrig ut)"), self
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Anteckningar"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)

        form = QFormLayout()
        form.addRow(self.tr("&Förnamn:"), self.first_name)
        form.addRow(self.tr("&Efternamn:"), self.last_name)
        form.addRow(self.tr("&Personnummer:"), self.pnr)
        form.addRow("", self.no_pnr)
        form.addRow("", self.pnr_error)
        form.addRow(self.tr("&Telefon:"), self.phone)
        form.addRow(self.tr("Nås &säkert:"), self.safe_contact)
        form.addRow(self.tr("&Adress:"), self.address)
        form.addRow("", self.protected)
        form.addRow(self.tr("A&nteckningar:"), self.notes)
        self.buttons = ok_cancel_buttons(self, self.tr("Spara"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.no_pnr.toggled.connect(self._on_no_pnr)
        self.pnr.textEdited.connect(lambda _t: self.pnr_error.clear())
        if client is not None:
            self.first_name.setText(client.first_name)
            self.last_name.setText(client.last_name)
            if client.personnummer:
                self.pnr.setText(f"{client.personnummer[:8]}-{client.personnummer[8:]}")
            else:
                self.no_pnr.setChecked(True)
            self.phone.setText(client.phone)
            self.safe_contact.setPlainText(client.safe_contact)
            self.address.setText(client.address)
            self.protected.setChecked(client.protected_identity)
            self.notes.setPlainText(client.notes)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _on_no_pnr(self, checked: bool) -> None:
        self.pnr.setEnabled(not checked)
        if checked:
            self.pnr.clear()
            self.pnr_error.clear()

    def validated(self) -> NewClient | None:
        """The entered client, or None after showing what is wrong."""
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        if not first and not last:
            self.pnr_error.setText(self.tr("Ange förnamn eller efternamn."))
            self.first_name.setFocus()
            return None
        pnr12: str | None = None
        if not self.no_pnr.isChecked():
            raw = self.pnr.text().strip()
            if not raw:
                self.pnr_error.setText(
                    self.tr("Ange personnummer, eller markera att klienten saknar personnummer.")
                )
                self.pnr.setFocus()
                return None
            try:
                pnr12 = personnummer.parse(raw, today=self._today).digits12
            except personnummer.InvalidPersonnummer as exc:
                self.pnr_error.setText(message_for(exc))
                self.pnr.setFocus()
                return None
        return NewClient(
            first_name=first,
            last_name=last,
            personnummer=pnr12,
            phone=self.phone.text().strip(),
            address=self.address.text().strip(),
            notes=self.notes.toPlainText().strip(),
            safe_contact=self.safe_contact.toPlainText().strip(),
            protected_identity=self.protected.isChecked(),
        )

    def _on_accept(self) -> None:
        result = self.validated()
        if result is not None:
            self._result = result
            self.accept()

    def result_client(self) -> NewClient | None:
        return self._result
