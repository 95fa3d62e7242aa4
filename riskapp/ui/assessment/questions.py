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

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.forms.engine import format_answer
from riskapp.domain.forms.model import Question, QuestionKind

#: Strings shared by all question widgets use one fixed context, "QuestionWidget", written
#: out at each call (STYLE.md: ``tr()`` would take the subclass name; lupdate must see them).

#: Property set on every input control: the id of the question it answers.
QUESTION_ID_PROPERTY = "question_id"
#: Property set on choice buttons: the answer value the button stands for.
VALUE_PROPERTY = "answer_value"


class _ClickLabel(QLabel):
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
    label = _ClickLabel(text, button, row)
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
            if not isinstance(self, TextQuestion):
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


class _ChoiceQuestion(QuestionWidget):
    """Radio buttons for one value: yes/no/unknown, single choice, scale."""

    #: (value, label, key) triples; key is a Qt key that picks the value while focused.
    def choices(self) -> list[tuple[Any, str, int | None]]:
        raise NotImplementedError

    def horizontal(self) -> bool:
        return False

    def build_controls(self, parent: QWidget) -> None:
        layout: QHBoxLayout | QVBoxLayout = (
            QHBoxLayout(parent) if self.horizontal() else QVBoxLayout(parent)
        )
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        self._keys: dict[int, QRadioButton] = {}
        for index, (value, label, key) in enumerate(self.choices()):
            b = QRadioButton(label, parent)
            # The label keeps its underlined letter, but the window-wide Alt shortcut is
            # released: the letter works only while this group has focus (module docstring).
            b.setShortcut(QKeySequence())
            b.setProperty(VALUE_PROPERTY, value)
            b.setAccessibleDescription(self.question.text.get(self.language))
            self.group.addButton(b, index)
            self.buttons.append(b)
            if self.horizontal():
                b.setAccessibleName(label.replace("&", ""))
                layout.addWidget(b)
            else:  # long option texts wrap instead of widening the page
                layout.addWidget(wrapped_button(b, label.replace("&&", "&"), parent))
            if key is not None:
                self._keys[key] = b
            b.installEventFilter(self)
        if self.horizontal():
            layout.addStretch(1)
        self.group.idClicked.connect(self._touched)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier):
                target = self._keys.get(event.key())
                if target is not None and target.isEnabled():
                    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    target.click()  # clicking emits idClicked -> answer_changed
                    return True
        return super().eventFilter(watched, event)

    def input_widgets(self) -> list[QWidget]:
        return list(self.buttons)

    def value(self) -> Any:
        b = self.group.checkedButton()
        return None if b is None else b.property(VALUE_PROPERTY)

    def _apply_value(self, value: Any) -> None:
        # Unchecking needs exclusivity off for a moment (QButtonGroup refuses otherwise).
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(value is not None and b.property(VALUE_PROPERTY) == value)
        self.group.setExclusive(True)


class YesNoUnknownQuestion(_ChoiceQuestion):
    def choices(self) -> list[tuple[Any, str, int | None]]:
        items: list[tuple[Any, str, int | None]] = [
            ("yes", QCoreApplication.translate("QuestionWidget", "&Ja"), Qt.Key.Key_J),
            ("no", QCoreApplication.translate("QuestionWidget", "&Nej"), Qt.Key.Key_N),
            ("unknown", QCoreApplication.translate("QuestionWidget", "&Vet inte"), Qt.Key.Key_V),
        ]
        if self.question.allow_declined:
            items.append(
                ("declined", QCoreApplication.translate("QuestionWidget", "&Avböjer"), Qt.Key.Key_A)
            )
        if self.question.allow_not_asked:
            items.append(
                (
                    "not_asked",
                    QCoreApplication.translate("QuestionWidget", "&Ej frågat"),
                    Qt.Key.Key_E,
                )
            )
        return items

    def horizontal(self) -> bool:
        return True


class SingleChoiceQuestion(_ChoiceQuestion):
    def choices(self) -> list[tuple[Any, str, int | None]]:
        # Digits 1-9 pick the n:th option; label text is escaped so "&" stays visible.
        digit_keys = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]
        return [
            (
                o.id,
                o.label.get(self.language).replace("&", "&&"),
                digit_keys[i] if i < len(digit_keys) else None,
            )
            for i, o in enumerate(self.question.options)
        ]


class ScaleQuestion(_ChoiceQuestion):
    def choices(self) -> list[tuple[Any, str, int | None]]:
        lo = self.question.scale_min if self.question.scale_min is not None else 0
        hi = self.question.scale_max if self.question.scale_max is not None else 10
        steps = list(range(lo, hi + 1))
        labels = [t.get(self.language) for t in self.question.scale_labels]
        items: list[tuple[Any, str, int | None]] = []
        for i, n in enumerate(steps):
            if len(labels) == len(steps):
                label = QCoreApplication.translate("QuestionWidget", "{n} – {label}").format(
                    n=n, label=labels[i]
                )
            elif len(labels) == 2 and i in (0, len(steps) - 1):
                label = QCoreApplication.translate("QuestionWidget", "{n} – {label}").format(
                    n=n, label=labels[0 if i == 0 else 1]
                )
            else:
                label = str(n)
            key = getattr(Qt.Key, f"Key_{n}") if 0 <= n <= 9 else None
            items.append((n, label.replace("&", "&&"), key))
        return items

    def horizontal(self) -> bool:
        return len(self.question.scale_labels) <= 2


class MultipleChoiceQuestion(QuestionWidget):
    def build_controls(self, parent: QWidget) -> None:
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for o in self.question.options:
            label = o.label.get(self.language)
            box = QCheckBox(parent)
            box.setProperty(VALUE_PROPERTY, o.id)
            box.setAccessibleDescription(self.question.text.get(self.language))
            box.clicked.connect(self._touched)
            self.boxes.append(box)
            layout.addWidget(wrapped_button(box, label, parent))

    def input_widgets(self) -> list[QWidget]:
        return list(self.boxes)

    def value(self) -> Any:
        chosen = [b.property(VALUE_PROPERTY) for b in self.boxes if b.isChecked()]
        return chosen or None

    def _apply_value(self, value: Any) -> None:
        chosen = set(value or ())
        for b in self.boxes:
            b.setChecked(b.property(VALUE_PROPERTY) in chosen)


class CheckQuestion(QuestionWidget):
    """A single agreed/not-agreed item: the check box carries the question text."""

    def shows_own_label(self) -> bool:
        return False

    def build_controls(self, parent: QWidget) -> None:
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        text = (
            self.label.text() if hasattr(self, "label") else self.question.text.get(self.language)
        )
        self.box = QCheckBox(parent)
        self.box.clicked.connect(self._touched)
        layout.addWidget(wrapped_button(self.box, text, parent))
        self.box.setAccessibleName(self.question.text.get(self.language))

    def input_widgets(self) -> list[QWidget]:
        return [self.box]

    def value(self) -> Any:
        return True if self.box.isChecked() else None

    def _apply_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


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


_WIDGETS: dict[QuestionKind, type[QuestionWidget]] = {
    QuestionKind.YES_NO_UNKNOWN: YesNoUnknownQuestion,
    QuestionKind.SINGLE_CHOICE: SingleChoiceQuestion,
    QuestionKind.MULTIPLE_CHOICE: MultipleChoiceQuestion,
    QuestionKind.NUMBER: NumberQuestion,
    QuestionKind.DATE: DateQuestion,
    QuestionKind.TEXT: TextQuestion,
    QuestionKind.SCALE: ScaleQuestion,
    QuestionKind.CHECK: CheckQuestion,
}


def question_widget(
    question: Question, language: str, parent: QWidget | None = None
) -> QuestionWidget:
    """The widget for ``question``'s kind."""
    return _WIDGETS[question.kind](question, language, parent)
