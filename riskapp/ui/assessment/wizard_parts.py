"""Parts of the wizard's frame: the banner above the pages (completed and locked, or an
earlier assessment to start from), the button row, and scoped keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def title_label(text: str, parent: QWidget) -> QLabel:
    """The form's title above the wizard: larger, bold, wrapped."""
    title = QLabel(text, parent)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title


class KeyboardHint(QLabel):
    """The line that tells which keys move, save and complete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "AssessmentWizard",
                "Tangentbord: Alt+N eller Page Down nästa sida · Alt+P eller Page Up föregående · "
                "Ctrl+S spara · Ctrl+Skift+Enter slutför",
            ),
            parent,
        )
        self.setWordWrap(True)
        self.setObjectName("hint")

    def show_read_only(self) -> None:
        self.setText(
            QCoreApplication.translate(
                "AssessmentWizard",
                "Tangentbord: Alt+N eller Page Down nästa sida · Alt+P eller Page Up föregående",
            )
        )


class WizardBanner(QFrame):
    """Hidden until there is something to say about the assessment as a whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setObjectName("banner")
        row.addWidget(self.label, 1)
        self.prefill_button = QPushButton(
            QCoreApplication.translate("AssessmentWizard", "Utgå från förra svaren"), self
        )
        row.addWidget(self.prefill_button)
        self.hide()

    def show_completed(self, done: datetime | None) -> None:
        self.label.setText(
            QCoreApplication.translate(
                "AssessmentWizard", "Slutförd {date}. Bedömningen är låst och visas skrivskyddad."
            ).format(date=done.astimezone().strftime("%Y-%m-%d") if done else "")
        )
        self.prefill_button.hide()
        self.show()

    def show_previous(self, done: datetime) -> None:
        self.label.setText(
            QCoreApplication.translate(
                "AssessmentWizard",
                "Det finns en tidigare slutförd bedömning med detta formulär ({date}). Du kan "
                "utgå från de svaren; varje svar och bedömningen måste då bekräftas på nytt.",
            ).format(date=done.astimezone().strftime("%Y-%m-%d"))
        )
        self.show()


class WizardButtons(QWidget):
    """ "Sida n av m", then Föregående, Nästa, Spara, Slutför and Stäng."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self)
        row.addWidget(self.progress_label, 1)
        self.prev_button = self._button(
            QCoreApplication.translate("AssessmentWizard", "Föregående"),
            QCoreApplication.translate("AssessmentWizard", "Alt+P eller Page Up"),
        )
        self.next_button = self._button(
            QCoreApplication.translate("AssessmentWizard", "&Nästa"),
            QCoreApplication.translate("AssessmentWizard", "Alt+N, Page Down eller Ctrl+Enter"),
        )
        self.save_button = self._button(
            QCoreApplication.translate("AssessmentWizard", "Spara"),
            QCoreApplication.translate("AssessmentWizard", "Ctrl+S"),
        )
        self.complete_button = self._button(
            QCoreApplication.translate("AssessmentWizard", "Slut&för"),
            QCoreApplication.translate("AssessmentWizard", "Ctrl+Skift+Enter eller Alt+F"),
        )
        self.close_button = self._button(
            QCoreApplication.translate("AssessmentWizard", "Stäng"), ""
        )
        for b in (
            self.prev_button,
            self.next_button,
            self.save_button,
            self.complete_button,
            self.close_button,
        ):
            row.addWidget(b)

    def show_position(self, pos: int, total: int) -> None:
        """Page ``pos`` (0-based) of ``total`` visible pages."""
        self.progress_label.setText(
            QCoreApplication.translate("AssessmentWizard", "Sida {n} av {total}").format(
                n=pos + 1, total=total
            )
        )
        self.prev_button.setEnabled(pos > 0)
        self.next_button.setEnabled(pos < total - 1)

    def _button(self, text: str, keys: str) -> QPushButton:
        b = QPushButton(text, self)
        # The underlined letter is only a hint; the window-wide mnemonic is released so that
        # the wizard's own shortcuts are never ambiguous with it.
        b.setShortcut(QKeySequence())
        b.setAccessibleName(text.replace("&", ""))
        if keys:
            b.setToolTip(keys)
            b.setAccessibleDescription(keys)
        b.setAutoDefault(False)
        return b


def add_shortcuts(
    widget: QWidget, keys: Sequence[QKeySequence | str], slot: Callable[[], object]
) -> None:
    """``keys`` run ``slot`` while the focus is inside ``widget``."""
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
