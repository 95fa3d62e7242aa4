"""Saving a printout as a PDF file: which version (plans) and an optional password.

Printing goes through Qt's preview (riskapp/ui/printing.py). Saving writes our own
reportlab PDF to the path the person chooses, never anywhere else (no temp files), with a
neutral default file name. A password encrypts the file with AES-256 (pikepdf, R=6; see
riskapp/reports/pdf_security.py): useful when a plan is e-mailed or put on a USB stick.
The person tells the client the password orally; it is not stored anywhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from riskapp.ui.common.dialogs import ok_cancel_buttons

# Shorter passwords are refused: an encrypted PDF can be attacked offline at leisure.
MIN_PASSWORD_LENGTH = 8


class SavePdfDialog(QDialog):
    """Options asked before the file dialog. ``plan=True`` offers the discreet version."""

    def __init__(self, parent: QWidget | None, *, plan: bool, discreet: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spara som PDF"))
        layout = QVBoxLayout(self)

        self.normal_choice: QRadioButton | None = None
        self.discreet_choice: QRadioButton | None = None
        if plan:
            self.normal_choice = QRadioButton(self.tr("&Vanlig säkerhetsplan"), self)
            self.discreet_choice = QRadioButton(
                self.tr("&Diskret version (rubrik ”Mina anteckningar”)"), self
            )
            (self.discreet_choice if discreet else self.normal_choice).setChecked(True)
            layout.addWidget(self.normal_choice)
            layout.addWidget(self.discreet_choice)

        self.protect = QCheckBox(self.tr("Skydda filen med &lösenord"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Lösenord för PDF-filen"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Upprepa lösenordet"))
        form = QFormLayout()
        form.addRow(self.tr("Lösen&ord:"), self.password)
        form.addRow(self.tr("&Upprepa:"), self.repeat)
        hint = QLabel(
            self.tr(
                "Filen krypteras (AES-256) och går bara att öppna med lösenordet. Säg "
                "lösenordet muntligt; skriv det inte på papper som följer med filen."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.protect)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)

        self.buttons = ok_cancel_buttons(self, self.tr("Välj fil …"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.protect.toggled.connect(self._on_protect)
        self._on_protect(False)

    def _on_protect(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.repeat.setEnabled(on)
        if on:
            self.password.setFocus()
        else:
            self.password.clear()
            self.repeat.clear()
            self.error.hide()

    def problem(self) -> str | None:
        """What is wrong with the password fields, in words for the person; None if fine."""
        if not self.protect.isChecked():
            return None
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr(
                "Lösenordet måste ha minst {n} tecken, annars kan filen knäckas. Välj ett "
                "längre, till exempel några ord."
            ).format(n=MIN_PASSWORD_LENGTH)
        if self.password.text() != self.repeat.text():
            return self.tr("Lösenorden är inte lika. Skriv samma lösenord i båda fälten.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            self.password.setFocus()
            return
        super().accept()

    def discreet(self) -> bool:
        return self.discreet_choice is not None and self.discreet_choice.isChecked()

    def chosen_password(self) -> str | None:
        return self.password.text() if self.protect.isChecked() else None

    def clear_secrets(self) -> None:
        self.password.clear()
        self.repeat.clear()
