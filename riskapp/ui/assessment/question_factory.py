"""``question_widget``: the widget for a question's kind."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QWidget,
)

from riskapp.domain.forms.model import Question, QuestionKind
from riskapp.ui.assessment.choice_questions import (
    CheckQuestion,
    MultipleChoiceQuestion,
    ScaleQuestion,
    SingleChoiceQuestion,
    YesNoUnknownQuestion,
)
from riskapp.ui.assessment.input_questions import DateQuestion, NumberQuestion, TextQuestion
from riskapp.ui.assessment.questions import (
    QuestionWidget,
)

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
