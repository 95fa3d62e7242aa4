"""One widget per question kind, built from a form ``Question``; no business logic.

Each ``QuestionWidget`` shows the question text (with a visible "(obligatorisk)" marker for
required questions), its help text, the input controls, an inline error line (a text
marker, not only colour) and, for answers prefilled from an earlier assessment, a
"not yet confirmed" line with a confirm button. It emits ``answer_changed`` whenever the
user touches the answer (clicking the already-chosen radio counts: touching confirms a
prefilled answer) and ``confirm_requested`` when the confirm button is pressed. Visibility,
pruning and saving are the wizard's job (via the engine and services).

Keyboard: Tab moves between questions in form order; inside a radio group the arrow keys
move and choose; yes/no/unknown questions also take their underlined letter (J, N, V, A, E)
with or without Alt while the group has focus. The letters are scoped to the focused
group on purpose: window-wide Alt mnemonics would be ambiguous on a page with several
yes/no questions and would clash with Alt+N for "next page".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.forms.engine import format_answer
from riskapp.domain.forms.model import Question

#: Strings shared by all question widgets use one fixed context, "QuestionWidget", written
#: out at each call (STYLE.md: ``tr()`` would take the subclass name; lupdate must see them).

#: Property set on every input control: the id of the question it answers.
QUESTION_ID_PROPERTY = "question_id"
#: Property set on choice buttons: the answer value the button stands for.
VALUE_PROPERTY = "answer_value"


class ClickLabel(QLabel):
    """A word-wrapped label that clicks its button: check boxes and radio buttons cannot
    wrap their own text, and long item texts must not force horizontal scrolling (200 %
    font size)."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A wrapping label's minimumSizeHint assumes a narrow width (several lines); one
        # line as the explicit minimum lets height-for-width decide instead.
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        # QLabel's own hint picks a "nice" width and so too many lines; at the width the
        # layout gave us, height-for-width is exact.
        hint = super().sizeHint()
        if self.width() > 0:
            height = self.heightForWidth(self.width())
            if height > 0:
                return QSize(hint.width(), height)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def mousePressEvent(self, event: Any) -> None:
        if self._button.isEnabled():
            self._button.click()
        event.accept()


def wrapped_button(button: QAbstractButton, text: str, parent: QWidget) -> QWidget:
    """``button`` (without text of its own) beside a wrapping, clickable label."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    button.setText("")
    button.setAccessibleName(text)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    label = ClickLabel(text, button, row)
    label.setEnabled(button.isEnabled())
    layout.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
    return row


class QuestionWidget(QFrame):
    """Base: text, help, error and unconfirmed lines around kind-specific controls."""

    #: The user touched the answer (question id). Read the new value with ``value()``.
    answer_changed = Signal(str)
    #: The user confirmed a prefilled answer without changing it (question id).
    confirm_requested = Signal(str)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.language = language
        self.setObjectName(f"question_{question.id}")
        self._setting = False  # True while the wizard sets values (no signals then)
        self._read_only = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._column = layout
        text = question.text.get(language)
        if question.required:
            text = QCoreApplication.translate("QuestionWidget", "{text} (obligatorisk)").format(
                text=text
            )
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        if self.shows_own_label():
            layout.addWidget(self.label)
        else:
            self.label.hide()
        if question.help is not None:
            self.help_label = QLabel(question.help.get(language), self)
            self.help_label.setWordWrap(True)
            self.help_label.setTextFormat(Qt.TextFormat.PlainText)
            self.help_label.setObjectName("help")
            layout.addWidget(self.help_label)
        self.controls = QWidget(self)
        self.controls.setAccessibleName(question.text.get(language))
        layout.addWidget(self.controls)
        self.build_controls(self.controls)

        self.unconfirmed_row = QWidget(self)
        row = QHBoxLayout(self.unconfirmed_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.unconfirmed_label = QLabel(
            QCoreApplication.translate(
                "QuestionWidget", "Förifyllt från förra bedömningen – inte bekräftat än."
            ),
            self.unconfirmed_row,
        )
        self.unconfirmed_label.setWordWrap(True)
        self.unconfirmed_label.setObjectName("unconfirmed")
        self.confirm_button = QPushButton(
            QCoreApplication.translate("QuestionWidget", "Bekräfta svaret"), self.unconfirmed_row
        )
        self.confirm_button.setAccessibleName(
            QCoreApplication.translate("QuestionWidget", "Bekräfta svaret: {text}").format(
                text=question.text.get(language)
            )
        )
        self.confirm_button.clicked.connect(lambda: self.confirm_requested.emit(question.id))
        row.addWidget(self.unconfirmed_label, 1)
        row.addWidget(self.confirm_button)
        layout.addWidget(self.unconfirmed_row)
        self.unconfirmed_row.hide()

        self.answer_label = QLabel(self)  # read-only view: the answer as words
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_label.setObjectName("answer")
        layout.addWidget(self.answer_label)
        self.answer_label.hide()

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #a00000; font-weight: bold;")
        layout.addWidget(self.error_label)
        self.error_label.hide()
        for w in self.input_widgets():
            w.setProperty(QUESTION_ID_PROPERTY, question.id)
        first = self.input_widgets()[0] if self.input_widgets() else None
        if first is not None:
            self.label.setBuddy(first)

    # --- for subclasses ------------------------------------------------------------------
    def shows_own_label(self) -> bool:
        return True

    def answer_replaces_controls(self) -> bool:
        """Read-only, the answer in words replaces the controls (not for free text, whose
        read-only field shows the text itself)."""
        return True

    def build_controls(self, parent: QWidget) -> None:
        raise NotImplementedError

    def input_widgets(self) -> list[QWidget]:
        """The focusable input controls, in Tab order."""
        raise NotImplementedError

    def value(self) -> Any:
        """The current answer in the model's value type, or None when unanswered."""
        raise NotImplementedError

    def _apply_value(self, value: Any) -> None:
        raise NotImplementedError

    def _touched(self, *_: Any) -> None:
        if not self._setting and not self._read_only:
            self.answer_changed.emit(self.question.id)

    # --- for the wizard ------------------------------------------------------------------
    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``answer_changed``."""
        self._setting = True
        try:
            self._apply_value(value)
        finally:
            self._setting = False

    def set_error(self, text: str | None) -> None:
        """Show (or clear with None) an inline error line under the question."""
        if text:
            self.error_label.setText(
                QCoreApplication.translate("QuestionWidget", "⚠ {message}").format(message=text)
            )
            self.error_label.show()
            for w in self.input_widgets():
                w.setAccessibleDescription(text)
        else:
            self.error_label.clear()
            self.error_label.hide()
            for w in self.input_widgets():
                w.setAccessibleDescription("")

    def has_error(self) -> bool:
        return not self.error_label.isHidden()

    def set_unconfirmed(self, unconfirmed: bool) -> None:
        self.unconfirmed_row.setVisible(unconfirmed and not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: inputs disabled, and the answer shown as words (greyed-out radio
        buttons are hard to read)."""
        self._read_only = read_only
        for w in self.input_widgets():
            if isinstance(w, QPlainTextEdit):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)
        if read_only:
            self.unconfirmed_row.hide()
            words = format_answer(self.question, self.value(), self.language)
            self.answer_label.setText(
                QCoreApplication.translate("QuestionWidget", "Svar: {answer}").format(
                    answer=words or QCoreApplication.translate("QuestionWidget", "inget svar")
                )
            )
            if self.answer_replaces_controls():
                self.controls.hide()
                if not self.shows_own_label():
                    self.label.show()
                    self._column.insertWidget(0, self.label)
                self.answer_label.show()
        else:
            self.controls.show()
            self.answer_label.hide()

    def focus_first(self) -> None:
        widgets = self.input_widgets()
        if not widgets:
            return
        for w in widgets:  # a checked radio is where the arrow keys continue from
            if isinstance(w, QAbstractButton) and w.isChecked() and isinstance(w, QRadioButton):
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return
        widgets[0].setFocus(Qt.FocusReason.TabFocusReason)
