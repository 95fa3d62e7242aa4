"""Passphrase entry: the passphrase, its confirmation, a strength meter and the policy's
first problem, as you type (first-run setup, new users, new passphrases)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from riskapp.domain import passphrase as policy
from riskapp.ui.common.errors import message_for_code


class PassphraseFields(QWidget):
    """Passphrase + confirmation + strength meter + the policy's problems, as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_name = ""
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Lösenfras"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Upprepa lösenfras"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Lösenfrasens styrka"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("passphrase_hint")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Lösenfras:"), self.first)
        form.addRow(self.tr("&Upprepa:"), self.second)
        form.addRow(self.tr("Styrka:"), self.meter)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _strength_text(self, score: int) -> str:
        return (
            self.tr("Mycket svag"),
            self.tr("Svag"),
            self.tr("Godtagbar"),
            self.tr("Bra"),
            self.tr("Stark"),
        )[score]

    def problems_text(self) -> str:
        """Empty when acceptable; else what to fix (first problem)."""
        text = self.first.text()
        found = policy.problems(text, user_name=self.user_name or None)
        if found:
            return message_for_code(found[0])
        if text != self.second.text():
            return self.tr("Lösenfraserna är inte lika.")
        return ""

    def _update(self) -> None:
        text = self.first.text()
        score = policy.strength(text) if text else 0
        self.meter.setValue(score)
        if not text:
            self.hint.setText(
                self.tr(
                    "Minst 12 tecken. Flera ord som inte hör ihop är lätta att minnas och svåra "
                    "att gissa."
                )
            )
            return
        problem = self.problems_text()
        strength = self.tr("Styrka: {label}.").format(label=self._strength_text(score))
        self.hint.setText(f"{strength} {problem}".strip())

    def acceptable(self) -> bool:
        return not self.problems_text()

    def value(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
