"""The wizard's pages (one per form section) and the page-list model on its left.

* ``SectionPage``: a section's title, intro and question widgets, in a scroll area.
* ``ClientEstimatePage``: the client's own estimate (the form's levels, or "declined").
* ``JudgementPage``: the score as *support* (x of max, with the sentence that it informs
  and the judgement decides), the client's estimate beside it, the level and the written
  rationale. The score appears nowhere else, and only once the estimate is recorded.
* ``PageListModel``: visible pages with a text status marker (not only colour).

No business logic: the wizard feeds values in and reads them out.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.forms.engine import CLIENT_ESTIMATE_DECLINED, RATIONALE_MIN_CHARS
from riskapp.domain.forms.model import Form, Level, QuestionKind, Section
from riskapp.ui.assessment.question_factory import question_widget
from riskapp.ui.assessment.questions import QUESTION_ID_PROPERTY, QuestionWidget

#: Property on the level radios and the rationale field: which record value they edit.
FIELD_PROPERTY = "assessment_field"
_ERROR_STYLE = "color: #a00000; font-weight: bold;"


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("error")
    label.setStyleSheet(_ERROR_STYLE)
    label.hide()
    return label


class WizardPage(QScrollArea):
    """Base: a scroll area around a column of content (grows with the font size)."""

    def __init__(self, section: Section, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.language = language
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self)
        self.column = QVBoxLayout(self.body)
        # Room between questions in proportion to the font (usable at 200 % font size).
        self.column.setSpacing(self.fontMetrics().lineSpacing() // 2)
        self.column.addWidget(_heading(section.title.get(language), self.body))
        if section.intro is not None:
            self.column.addWidget(_plain(section.intro.get(language), self.body))
        self.setWidget(self.body)

    def finish(self) -> None:
        self.column.addStretch(1)

    def focus_first(self) -> None:
        """Put the keyboard focus on the page's first input."""


class SectionPage(WizardPage):
    """An ordinary page of questions."""

    def __init__(self, section: Section, language: str, parent: QWidget | None = None):
        super().__init__(section, language, parent)
        if any(q.kind is QuestionKind.YES_NO_UNKNOWN for q in section.questions):
            hint = _plain(
                self.tr(
                    "Tangentbord: Tab går till nästa fråga. J = Ja, N = Nej, V = Vet inte, "
                    "A = Avböjer, E = Ej frågat (där det finns)."
                ),
                self.body,
            )
            hint.setObjectName("hint")
            self.column.addWidget(hint)
            self.hint: QLabel | None = hint
        else:
            self.hint = None
        self.questions: dict[str, QuestionWidget] = {}
        for q in section.questions:
            w = question_widget(q, language, self.body)
            self.questions[q.id] = w
            self.column.addWidget(w)
        self.finish()

    def focus_first(self) -> None:
        for w in self.questions.values():
            if not w.isHidden():
                w.focus_first()
                return


class LevelChoice(QWidget):
    """Radio buttons for a level scale (+ optionally "declined"); digits 1–9 pick a level."""

    #: The user chose a level (level id, or "declined").
    level_chosen = Signal(str)

    def __init__(
        self,
        levels: tuple[Level, ...],
        language: str,
        field: str,
        *,
        declined_label: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        items: list[tuple[str, str, str]] = [
            (lv.id, lv.label.get(language), lv.description.get(language) if lv.description else "")
            for lv in levels
        ]
        if declined_label is not None:
            items.append((CLIENT_ESTIMATE_DECLINED, declined_label, ""))
        for index, (value, label, description) in enumerate(items):
            text = self.tr("&{n} {label}").format(n=index + 1, label=label.replace("&", "&&"))
            b = QRadioButton(text if index < 9 else label, self)
            b.setShortcut(QKeySequence())  # digits work while the group has focus only
            b.setProperty("level_value", value)
            b.setProperty(FIELD_PROPERTY, field)
            b.setAccessibleName(label)
            if description:
                b.setAccessibleDescription(description)
            b.installEventFilter(self)
            self.group.addButton(b, index)
            self.buttons.append(b)
            layout.addWidget(b)
            if description:
                d = _plain(description, self)
                d.setContentsMargins(d.fontMetrics().averageCharWidth() * 4, 0, 0, 0)
                layout.addWidget(d)
        self.group.idClicked.connect(
            lambda i: self.level_chosen.emit(str(self.buttons[i].property("level_value")))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                index = key - Qt.Key.Key_1
                if index < len(self.buttons) and self.buttons[index].isEnabled():
                    self.buttons[index].setFocus(Qt.FocusReason.ShortcutFocusReason)
                    self.buttons[index].click()
                    return True
        return super().eventFilter(watched, event)

    def value(self) -> str | None:
        b = self.group.checkedButton()
        return None if b is None else str(b.property("level_value"))

    def set_value(self, value: str | None) -> None:
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(value is not None and b.property("level_value") == value)
        self.group.setExclusive(True)

    def set_read_only(self, read_only: bool) -> None:
        for b in self.buttons:
            b.setEnabled(not read_only)

    def chosen_label(self) -> str | None:
        """The chosen level's label (as shown), or None."""
        b = self.group.checkedButton()
        return None if b is None else b.accessibleName()

    def focus_first(self) -> None:
        target = self.group.checkedButton() or (self.buttons[0] if self.buttons else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)


class ClientEstimatePage(WizardPage):
    """The client's own estimate, asked before any score is shown."""

    #: The user chose an estimate.
    estimate_chosen = Signal(str)

    def __init__(self, section: Section, form: Form, language: str, parent: QWidget | None = None):
        super().__init__(section, language, parent)
        self.column.addWidget(
            _plain(
                self.tr(
                    "Fråga klienten hur hen själv bedömer risken för nytt våld. "
                    "Ingen poäng visas förrän klientens bedömning är registrerad."
                ),
                self.body,
            )
        )
        self.choice = LevelChoice(
            form.levels,
            language,
            "client_estimate",
            declined_label=self.tr("Klienten vill inte eller kan inte bedöma"),
            parent=self.body,
        )
        self.choice.setAccessibleName(self.tr("Klientens egen bedömning"))
        self.choice.level_chosen.connect(self.estimate_chosen)
        self.column.addWidget(self.choice)
        self.chosen_label = _plain("", self.body)  # read-only view
        self.chosen_label.setObjectName("chosen_level")
        self.chosen_label.hide()
        self.column.addWidget(self.chosen_label)
        self.error = _error_label(self.body)
        self.column.addWidget(self.error)
        self.finish()

    def set_error(self, text: str | None) -> None:
        self.error.setText(self.tr("⚠ {message}").format(message=text) if text else "")
        self.error.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        self.choice.set_read_only(read_only)
        self.choice.setHidden(read_only)
        self.chosen_label.setVisible(read_only)
        if read_only:
            self.chosen_label.setText(
                self.tr("Klientens egen bedömning: {level}").format(
                    level=self.choice.chosen_label() or self.tr("inte registrerad")
                )
            )

    def focus_first(self) -> None:
        self.choice.focus_first()


class _RationaleEdit(QPlainTextEdit):
    """Multi-line rationale; Tab leaves the field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * 5 + 12)
        self.setMaximumHeight(line * 10 + 12)


class JudgementPage(WizardPage):
    """The professional judgement: score as support, level and written rationale."""

    #: The user chose a level.
    level_chosen = Signal(str)
    #: The user edited the rationale.
    rationale_edited = Signal()
    #: The user confirmed a judgement prefilled from an earlier assessment.
    confirm_requested = Signal()

    def __init__(self, section: Section, form: Form, language: str, parent: QWidget | None = None):
        super().__init__(section, language, parent)
        self.form = form
        self.support = QFrame(self.body)
        self.support.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.support)
        self.score_label = _plain("", self.support)
        self.score_label.setObjectName("score")
        font = self.score_label.font()
        font.setBold(True)
        self.score_label.setFont(font)
        self.support_note = _plain(
            self.tr(
                "Summan är ett underlag som informerar. Det är din professionella "
                "bedömning som avgör risknivån."
            ),
            self.support,
        )
        self.estimate_label = _plain("", self.support)
        self.estimate_label.setObjectName("estimate")
        box.addWidget(self.score_label)
        box.addWidget(self.support_note)
        box.addWidget(self.estimate_label)
        self.column.addWidget(self.support)
        if not form.scored:
            self.score_label.hide()
            self.support_note.hide()

        self.column.addWidget(
            _plain(self.tr("Risknivå enligt din bedömning (obligatorisk):"), self.body)
        )
        self.choice = LevelChoice(form.levels, language, "judgement_level", parent=self.body)
        self.choice.setAccessibleName(self.tr("Risknivå"))
        self.chosen_label = _plain("", self.body)  # read-only view: the level as words
        self.chosen_label.setObjectName("chosen_level")
        bold = self.chosen_label.font()
        bold.setBold(True)
        self.chosen_label.setFont(bold)
        self.chosen_label.hide()
        self.column.addWidget(self.chosen_label)
        self.choice.level_chosen.connect(self.level_chosen)
        self.column.addWidget(self.choice)
        self.level_error = _error_label(self.body)
        self.column.addWidget(self.level_error)

        label = _plain(
            self.tr("Motivering (obligatorisk, minst {n} tecken):").format(n=RATIONALE_MIN_CHARS),
            self.body,
        )
        self.column.addWidget(label)
        self.rationale = _RationaleEdit(self.body)
        self.rationale.setProperty(FIELD_PROPERTY, "judgement_rationale")
        self.rationale.setAccessibleName(self.tr("Motivering"))
        label.setBuddy(self.rationale)
        self.rationale.textChanged.connect(self._rationale_changed)
        self.column.addWidget(self.rationale)
        self.rationale_error = _error_label(self.body)
        self.column.addWidget(self.rationale_error)

        self.unconfirmed_row = QWidget(self.body)
        row = QHBoxLayout(self.unconfirmed_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.unconfirmed_label = _plain(
            self.tr("Bedömningen är förifylld från förra gången – inte bekräftad än."),
            self.unconfirmed_row,
        )
        self.unconfirmed_label.setObjectName("unconfirmed")
        self.confirm_button = QPushButton(self.tr("Bekräfta bedömningen"), self.unconfirmed_row)
        self.confirm_button.clicked.connect(self.confirm_requested)
        row.addWidget(self.unconfirmed_label, 1)
        row.addWidget(self.confirm_button)
        self.column.addWidget(self.unconfirmed_row)
        self.unconfirmed_row.hide()
        self._setting = False
        self.finish()

    def _rationale_changed(self) -> None:
        if not self._setting:
            self.rationale_edited.emit()

    def show_support(
        self, score: int | None, max_score: int, estimate_label: str | None, estimate_needed: bool
    ) -> None:
        """Show the score as support; hidden while the client's estimate is still missing."""
        if estimate_needed and estimate_label is None:
            self.score_label.setText(
                self.tr("Stödet från frågorna visas när klientens egen bedömning är registrerad.")
            )
            self.support_note.hide()
            self.estimate_label.hide()
            self.score_label.show()
            return
        if self.form.scored and score is not None:
            self.score_label.setText(
                self.tr("Stöd från frågorna: {score} av {max} möjliga.").format(
                    score=score, max=max_score
                )
            )
            self.score_label.show()
            self.support_note.show()
        if estimate_label is not None:
            self.estimate_label.setText(
                self.tr("Klientens egen bedömning: {level}").format(level=estimate_label)
            )
            self.estimate_label.show()
        else:
            self.estimate_label.hide()

    def set_values(self, level: str | None, rationale: str | None) -> None:
        self._setting = True
        try:
            self.choice.set_value(level)
            if self.rationale.toPlainText() != (rationale or ""):
                self.rationale.setPlainText(rationale or "")
        finally:
            self._setting = False

    def set_errors(self, level: str | None, rationale: str | None) -> None:
        for label, text in ((self.level_error, level), (self.rationale_error, rationale)):
            label.setText(self.tr("⚠ {message}").format(message=text) if text else "")
            label.setVisible(bool(text))
        self.rationale.setAccessibleDescription(rationale or "")

    def set_unconfirmed(self, unconfirmed: bool) -> None:
        self.unconfirmed_row.setVisible(unconfirmed)

    def set_read_only(self, read_only: bool) -> None:
        self.choice.set_read_only(read_only)
        self.rationale.setReadOnly(read_only)
        self.choice.setHidden(read_only)
        self.chosen_label.setVisible(read_only)
        if read_only:
            self.unconfirmed_row.hide()
            self.chosen_label.setText(
                self.tr("Bedömd risknivå: {level}").format(
                    level=self.choice.chosen_label() or self.tr("ingen")
                )
            )

    def focus_first(self) -> None:
        self.choice.focus_first()


__all__ = [
    "FIELD_PROPERTY",
    "QUESTION_ID_PROPERTY",
    "ClientEstimatePage",
    "JudgementPage",
    "LevelChoice",
    "SectionPage",
    "WizardPage",
]
