"""One row of the safety-plan checklist: the item's input and its "not in the discreet
printout" box (pre-set and locked when the form itself leaves the item out)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from riskapp.domain.forms.model import Question, Section
from riskapp.ui.assessment.question_factory import question_widget
from riskapp.ui.assessment.questions import QuestionWidget

#: Property on each "leave out of discreet printout" box: the item id it belongs to.
OMIT_PROPERTY = "omit_item_id"


class ItemRow(QWidget):
    """One checklist item or text field plus its "not in the discreet printout" box."""

    def __init__(
        self, question: Question, section: Section, language: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.input: QuestionWidget = question_widget(question, language, self)
        layout.addWidget(self.input)
        self.form_omits = question.discreet_omit or section.discreet_omit or question.never_print
        if question.never_print:
            text = self.tr("Skrivs aldrig ut")
        elif self.form_omits:
            text = self.tr("Alltid utelämnad i diskret utskrift")
        else:
            text = self.tr("Inte i diskret utskrift")
        self.omit = QCheckBox(text, self)
        self.omit.setProperty(OMIT_PROPERTY, question.id)
        self.omit.setAccessibleName(
            self.tr("Inte i diskret utskrift: {item}").format(item=question.text.get(language))
        )
        if self.form_omits:
            self.omit.setChecked(True)
            self.omit.setEnabled(False)
            self.omit.setToolTip(
                self.tr("Formuläret lämnar alltid bort den här punkten ur den diskreta utskriften.")
            )
        # Below the item, indented: beside it, a long item would push it out of view.
        omit_row = QHBoxLayout()
        omit_row.addSpacing(self.omit.fontMetrics().averageCharWidth() * 4)
        omit_row.addWidget(self.omit)
        omit_row.addStretch(1)
        layout.addLayout(omit_row)

    def set_read_only(self, read_only: bool) -> None:
        self.input.set_read_only(read_only)
        self.omit.setEnabled(not read_only and not self.form_omits)
