"""What stops an assessment from being completed, shown where it is: the problem's words
(``problem_text``, from the GUI's word catalogue) and ``ProblemMarker``, which puts each
on its question, the client's estimate or the judgement and says which page and widget
to go to first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from riskapp.domain.forms import engine
from riskapp.ui.assessment.pages import ClientEstimatePage, JudgementPage, SectionPage, WizardPage
from riskapp.ui.assessment.questions import QuestionWidget
from riskapp.ui.common.errors import words_for


def problem_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """The words for a completion problem code (the GUI catalogue), else a generic line."""
    text = words_for(code, {"min_chars": engine.RATIONALE_MIN_CHARS, **(params or {})})
    if text is not None:
        return text
    return QCoreApplication.translate("AssessmentWizard", "Något saknas.")


class ProblemMarker:
    """Marks completion problems on the wizard's pages (and clears them again)."""

    def __init__(
        self,
        pages: Sequence[WizardPage],
        questions: Mapping[str, QuestionWidget],
        estimate_page: ClientEstimatePage | None,
        judgement_page: JudgementPage | None,
    ) -> None:
        self._pages = pages
        self._questions = questions
        self._estimate = estimate_page
        self._judgement = judgement_page

    def clear(self) -> None:
        for w in self._questions.values():
            w.set_error(None)
        if self._estimate is not None:
            self._estimate.set_error(None)
        if self._judgement is not None:
            self._judgement.set_errors(None, None)

    def mark(self, problems: Sequence[tuple[str, str | None]]) -> tuple[int | None, QWidget | None]:
        """Show every problem; returns the first page with one and what to focus there."""
        self.clear()
        first_page: int | None = None
        first_focus: QWidget | None = None
        focus: QWidget | None = None
        level_error: str | None = None
        rationale_error: str | None = None
        for code, qid in problems:
            text = problem_text(code)
            if qid is not None and qid in self._questions:
                w = self._questions[qid]
                w.set_error(text)
                target_page = next(
                    i
                    for i, p in enumerate(self._pages)
                    if isinstance(p, SectionPage) and qid in p.questions
                )
                focus = w
            elif code.startswith("client_estimate") and self._estimate is not None:
                self._estimate.set_error(text)
                target_page = list(self._pages).index(self._estimate)
                focus = self._estimate
            elif self._judgement is not None:
                if code.startswith("rationale"):
                    rationale_error = text
                    focus = self._judgement.rationale if level_error is None else focus
                else:
                    level_error = text
                    focus = self._judgement
                target_page = list(self._pages).index(self._judgement)
            else:
                continue
            if first_page is None or target_page < first_page:
                first_page, first_focus = target_page, focus
        if self._judgement is not None:
            self._judgement.set_errors(level_error, rationale_error)
        return first_page, first_focus
