"""Question widgets that choose: yes/no/unknown, single choice, scale (radio buttons), multiple
choice and a single check box. Keyboard: see ``questions``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from riskapp.ui.assessment.questions import (
    VALUE_PROPERTY,
    QuestionWidget,
    wrapped_button,
)


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
