"""The wizard's pages for one form, in a stack: a page per section (the client's own
estimate and the judgement have their own kinds), the question widgets by id, and what
the pages show of the answers (values, read-only, the support summary)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from riskapp.domain.assessment_input import JUDGEMENT_ID, AssessmentInput
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, SectionKind
from riskapp.ui.assessment.pages import ClientEstimatePage, JudgementPage, SectionPage, WizardPage
from riskapp.ui.assessment.questions import QuestionWidget


class WizardPages:
    def __init__(self, form: Form, language: str, parent: QWidget) -> None:
        self._form = form
        self._language = language
        self.stack = QStackedWidget(parent)
        self.pages: list[WizardPage] = []
        self.questions: dict[str, QuestionWidget] = {}
        self.estimate_page: ClientEstimatePage | None = None
        self.judgement_page: JudgementPage | None = None
        for section in form.sections:
            page: WizardPage
            if section.kind is SectionKind.CLIENT_ESTIMATE:
                page = self.estimate_page = ClientEstimatePage(section, form, language, self.stack)
            elif section.kind is SectionKind.JUDGEMENT:
                page = self.judgement_page = JudgementPage(section, form, language, self.stack)
            else:
                page = SectionPage(section, language, self.stack)
                self.questions.update(page.questions)
            self.pages.append(page)
            self.stack.addWidget(page)

    def load(self, data: AssessmentInput) -> None:
        """Show ``data``'s answers (prefilled ones marked as not yet confirmed)."""
        for qid, w in self.questions.items():
            w.set_value(data.answers.get(qid))
            w.set_unconfirmed(qid in data.unconfirmed)
        if self.estimate_page is not None:
            self.estimate_page.choice.set_value(data.client_estimate)
        if self.judgement_page is not None:
            self.judgement_page.set_values(data.judgement_level, data.judgement_rationale)
            self.judgement_page.set_unconfirmed(JUDGEMENT_ID in data.unconfirmed)

    def set_read_only(self) -> None:
        for w in self.questions.values():
            w.set_read_only(True)
        for page in self.pages:
            if isinstance(page, SectionPage) and page.hint is not None:
                page.hint.hide()  # key letters do nothing on a locked assessment
        if self.estimate_page is not None:
            self.estimate_page.set_read_only(True)
        if self.judgement_page is not None:
            self.judgement_page.set_read_only(True)

    def show_visible(self, visible: set[str], pruned: set[str]) -> None:
        """Hide the questions the engine hides; clear hidden and pruned ones."""
        for qid, w in self.questions.items():
            w.setHidden(qid not in visible)
            if qid in pruned or qid not in visible:
                if w.value() is not None:
                    w.set_value(None)
                w.set_error(None)
                w.set_unconfirmed(False)

    def missing_on_page(self, index: int, answers: Mapping[str, object]) -> list[str]:
        """Required questions on page ``index`` without an answer."""
        ids = {q.id for q in self.pages[index].section.questions}
        return [q.id for q in engine.missing_required(self._form, answers) if q.id in ids]

    def show_support(
        self, data: AssessmentInput, *, stored_score: int | None, read_only: bool
    ) -> None:
        """The support summary on the judgement page (only while it is shown): the score
        (the stored one when read-only) and the client's own estimate."""
        page = self.judgement_page
        if page is None or self.stack.currentWidget() is not page:
            return
        estimate = data.client_estimate
        label: str | None = None
        if estimate == engine.CLIENT_ESTIMATE_DECLINED:
            label = QCoreApplication.translate(
                "AssessmentWizard", "klienten ville inte eller kunde inte bedöma"
            )
        elif estimate:
            try:
                label = self._form.level(estimate).label.get(self._language)
            except KeyError:
                label = estimate
        score = stored_score if read_only else engine.score(self._form, data.answers)
        page.show_support(
            score,
            engine.max_score(self._form),
            label,
            estimate_needed=self.estimate_page is not None and not read_only,
        )
