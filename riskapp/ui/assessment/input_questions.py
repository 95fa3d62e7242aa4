"""Question widgets that take typed input: number, date and free text."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskapp.ui.assessment.questions import (
    QuestionWidget,
)


class NumberQuestion(QuestionWidget):
    """A spin box whose lowest value (shown as "Ej angivet") means unanswered."""

    def build_controls(self, parent: QWidget) -> None:
        layout = QHBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        q = self.question
        lo, hi = q.number_min, q.number_max
        self._float = any(v is not None and float(v) != int(v) for v in (lo, hi))
        spin: QSpinBox | QDoubleSpinBox = (
            QDoubleSpinBox(parent) if self._float else QSpinBox(parent)
        )
        low = (lo if lo is not None else 0) - 1
        high = hi if hi is not None else 1_000_000
        if self._float:
            assert isinstance(spin, QDoubleSpinBox)
            spin.setDecimals(2)
            spin.setRange(float(low), float(high))
        else:
            assert isinstance(spin, QSpinBox)
            spin.setRange(int(low), int(high))
        self._empty = spin.minimum()
        spin.setSpecialValueText(QCoreApplication.translate("QuestionWidget", "Ej angivet"))
        spin.setAccessibleName(q.text.get(self.language))
        spin.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        spin.valueChanged.connect(self._touched)
        self.spin = spin
        self._apply_value(None)
        layout.addWidget(spin)
        layout.addStretch(1)

    def input_widgets(self) -> list[QWidget]:
        return [self.spin]

    def value(self) -> Any:
        v = self.spin.value()
        if v == self._empty:
            return None
        return float(v) if self._float else int(v)

    def _apply_value(self, value: Any) -> None:
        target = self._empty if value is None else value
        if isinstance(self.spin, QDoubleSpinBox):
            self.spin.setValue(float(target))
        else:
            self.spin.setValue(int(target))


class DateQuestion(QuestionWidget):
    """A date typed as ÅÅÅÅ-MM-DD (or ÅÅÅÅMMDD); empty means unanswered.

    A line edit rather than QDateEdit on purpose: QDateEdit has no empty state (its
    special-value trick breaks typing) and Tab walks its sections instead of leaving.
    An unparseable date shows an inline error and is not stored.
    """

    def build_controls(self, parent: QWidget) -> None:
        layout = QHBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(parent)
        edit.setPlaceholderText(QCoreApplication.translate("QuestionWidget", "ÅÅÅÅ-MM-DD"))
        edit.setMaxLength(10)
        edit.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"[0-9]{0,4}-?[0-9]{0,2}-?[0-9]{0,2}"), edit
            )
        )
        edit.setAccessibleName(self.question.text.get(self.language))
        edit.setAccessibleDescription(
            QCoreApplication.translate("QuestionWidget", "Datum i formen ÅÅÅÅ-MM-DD")
        )
        # Wide enough for the placeholder in the current font (grows with the font size).
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00__") + 16)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        edit.textEdited.connect(self._touched)
        edit.editingFinished.connect(self._check_format)
        self.edit = edit
        layout.addWidget(edit)
        layout.addStretch(1)

    @staticmethod
    def parse(text: str) -> date | None:
        text = text.strip()
        if len(text) == 8 and text.isdigit():
            text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
        try:
            return date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            return None

    def _check_format(self) -> None:
        text = self.edit.text().strip()
        if text and self.parse(text) is None:
            self.set_error(
                QCoreApplication.translate(
                    "QuestionWidget", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-31."
                )
            )
        elif text:
            if self.has_error():
                self.set_error(None)
            normal = self.parse(text)
            if normal is not None and normal.isoformat() != text:
                self.set_value(normal.isoformat())

    def input_widgets(self) -> list[QWidget]:
        return [self.edit]

    def value(self) -> Any:
        d = self.parse(self.edit.text())
        return None if d is None else d.isoformat()

    def _apply_value(self, value: Any) -> None:
        self.edit.setText("" if not value else str(value))


class TextQuestion(QuestionWidget):
    """Free text; Tab leaves the field (it never inserts a tab character)."""

    def answer_replaces_controls(self) -> bool:
        return False

    def build_controls(self, parent: QWidget) -> None:
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(parent)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.question.text.get(self.language))
        # Three lines high in the current font, so it grows with a 200 % font size.
        lines = 3
        height = self.edit.fontMetrics().lineSpacing() * lines + 2 * self.edit.frameWidth() + 8
        self.edit.setFixedHeight(height)
        self.edit.textChanged.connect(self._touched)
        layout.addWidget(self.edit)

    def input_widgets(self) -> list[QWidget]:
        return [self.edit]

    def value(self) -> Any:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def _apply_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))
