"""``AssessmentWizard``: the guided, form-driven assessment (new, resumed, or read-only).

Entirely driven by the form file: one page per section (hidden sections skipped), a page
list on the left with a text status marker, question widgets per kind. Everything that
decides (visibility, pruning, completion checks, score, saving) is in the engine and
``riskapp.services.assessments``; this widget only shows and forwards.

Saving: every answer restarts a short debounce timer (``AUTOSAVE_MS``); when it fires the
draft is saved (the first save creates it). ``save_now()`` flushes at once; it runs on
close and hide as well, and the shell calls it before locking. A failed save keeps the
answers in the widget and retries on the next change or flush.

Keyboard: Tab follows the form; Alt+N, PageDown or Ctrl+Enter: next page; Alt+P or
PageUp: previous page; Ctrl+S: save; Ctrl+Shift+Enter (or Alt+F): complete.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.assessment_input import (
    JUDGEMENT_ID,
    clean_input,
    completion_problems,
    prefill_from,
)
from riskapp.domain.errors import RiskappError
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form
from riskapp.domain.records import Assessment, AssessmentStatus, ClientId
from riskapp.services import assessments as services
from riskapp.ui.assessment.draft import open_for_wizard, store_draft
from riskapp.ui.assessment.page_list import PageListModel, PageListView, PageRow, page_row
from riskapp.ui.assessment.page_set import WizardPages
from riskapp.ui.assessment.pages import (
    WizardPage,
)
from riskapp.ui.assessment.problems import ProblemMarker, problem_text
from riskapp.ui.assessment.questions import QuestionWidget
from riskapp.ui.assessment.wizard_parts import (
    KeyboardHint,
    WizardBanner,
    WizardButtons,
    add_shortcuts,
    title_label,
)
from riskapp.ui.common.operations import operation

if TYPE_CHECKING:  # pragma: no cover
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session

#: Debounce between the last answer and the autosave (the brief allows at most ~300 ms).
AUTOSAVE_MS = 250


class AssessmentWizard(QWidget):
    """Start a new assessment (``form_id``) or resume/view one (``assessment_id``)."""

    #: The draft was saved (assessment id).
    assessment_saved = Signal(int)
    #: The assessment was completed and is now read-only (assessment id).
    assessment_completed = Signal(int)
    #: The user asked to close the wizard (the draft is saved first).
    closed_requested = Signal()

    def __init__(
        self,
        session: Session,
        registry: FormRegistry,
        client_id: ClientId,
        *,
        form_id: str | None = None,
        assessment_id: int | None = None,
        prefill: bool = False,
        language: str = "sv",
        parent: QWidget | None = None,
        timer: QTimer | None = None,
    ):
        """``timer`` is the autosave debounce's seam (tests pass a manually advanced one)."""
        super().__init__(parent)
        if (form_id is None) == (assessment_id is None):
            raise ValueError("give exactly one of form_id and assessment_id")
        self._session = session
        self._registry = registry
        self._client_id = client_id
        self._language = language
        self._dirty = False
        self._skip_armed = False
        self._visited: set[int] = set()
        self._shown_once = False
        opened = open_for_wizard(
            session, registry, client_id, form_id=form_id, assessment_id=assessment_id
        )
        self.form: Form = opened.form
        self._data = opened.data
        self._record: Assessment | None = opened.record
        self._previous: Assessment | None = opened.previous
        self._read_only = (
            self._record is not None and self._record.status is AssessmentStatus.COMPLETED
        )
        self.setWindowTitle(self.form.title.get(language))  # never client data
        self.setAccessibleName(self.form.title.get(language))
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
        self._problems = ProblemMarker(
            self.pages, self.questions, self.estimate_page, self.judgement_page
        )
        self._load_values()
        self._apply_visibility()
        if self._read_only:
            self._set_read_only()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._go(self._visible_pages()[0] if self._visible_pages() else 0, focus=False)
        if prefill and self._previous is not None and not self._read_only:
            self._use_previous()

    # --- construction ------------------------------------------------------------------
    def _build(self) -> None:
        lang = self._language
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(title_label(self.form.title.get(lang), self), 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("save_status")
        header.addWidget(self.status_label)
        outer.addLayout(header)

        self.banner = WizardBanner(self)
        self.banner_label, self.prefill_button = self.banner.label, self.banner.prefill_button
        self.prefill_button.clicked.connect(self._use_previous)
        outer.addWidget(self.banner)
        if self._read_only and self._record is not None:
            self.banner.show_completed(self._record.completed_at)
        elif self._record is None and self._previous is not None:
            self.banner.show_previous(self._previous.completed_at or self._previous.updated_at)

        body = QHBoxLayout()
        # Pages are created before the buttons and the page list so that Tab goes from the
        # questions to the buttons (Qt's default tab order is creation order).
        pages = self.page_set = WizardPages(self.form, lang, self)
        self.stack, self.pages, self.questions = pages.stack, pages.pages, pages.questions
        self.estimate_page, self.judgement_page = pages.estimate_page, pages.judgement_page
        if self.estimate_page is not None:
            self.estimate_page.estimate_chosen.connect(self._on_estimate)
        if self.judgement_page is not None:
            self.judgement_page.level_chosen.connect(self._on_level)
            self.judgement_page.rationale_edited.connect(self._on_rationale)
            self.judgement_page.confirm_requested.connect(self._on_confirm_judgement)
        for w in self.questions.values():
            w.answer_changed.connect(self._on_answer)
            w.confirm_requested.connect(self._on_confirm)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        buttons = self.buttons = WizardButtons(self)
        self.progress_label = buttons.progress_label
        self.prev_button, self.next_button = buttons.prev_button, buttons.next_button
        self.save_button, self.complete_button = buttons.save_button, buttons.complete_button
        self.close_button = buttons.close_button
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.save_button.clicked.connect(self.save_now)
        self.complete_button.clicked.connect(self.complete)
        self.close_button.clicked.connect(self._close_requested)

        self.page_model = PageListModel(self)
        self.page_list = PageListView(self.page_model, self)
        self.page_list.selectionModel().currentChanged.connect(self._on_list_current)

        body.addWidget(self.page_list, 0)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        outer.addWidget(self.message)
        self.hint = KeyboardHint(self)
        outer.addWidget(self.hint)
        outer.addWidget(buttons)

        add_shortcuts(self, ["Alt+N", "PgDown", "Ctrl+Return", "Ctrl+Enter"], self.next_page)
        add_shortcuts(self, ["Alt+P", "PgUp"], self.previous_page)
        add_shortcuts(self, [QKeySequence(QKeySequence.StandardKey.Save)], self.save_now)
        add_shortcuts(self, ["Ctrl+Shift+Return", "Ctrl+Shift+Enter", "Alt+F"], self.complete)

    def _load_values(self) -> None:
        self.page_set.load(self._data)

    def _set_read_only(self) -> None:
        self.page_set.set_read_only()
        for b in (self.save_button, self.complete_button):
            b.hide()
        self.hint.show_read_only()
        self.status_label.setText(self.tr("Skrivskyddad"))

    # --- public --------------------------------------------------------------------------
    def current_assessment_id(self) -> int | None:
        """The assessment's id once the draft exists (None before the first save)."""
        return None if self._record is None else int(self._record.id)

    def is_read_only(self) -> bool:
        return self._read_only

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_now(self, *, force: bool = False) -> bool:
        """Save the draft now if anything changed (``force``: create it even if not); True
        when everything is stored. Never raises for vault errors: the answers stay in the
        widget, the status line says so, and the next change retries."""
        self._timer.stop()
        if self._read_only or (not self._dirty and not (force and self._record is None)):
            return True
        with operation(self, on_error=lambda _exc: self._save_failed()) as op:
            self._record = store_draft(
                self._session, self._registry, self._client_id, self.form, self._record, self._data
            )
        if op.failed or self._record is None:
            return False
        self._dirty = False
        self.status_label.setText(
            self.tr("Utkast sparat {time}").format(
                time=self._record.updated_at.astimezone().strftime("%H:%M:%S")
            )
        )
        self.assessment_saved.emit(int(self._record.id))
        return True

    def _save_failed(self) -> None:
        # The answers stay in the widget; the next change or flush retries.
        self.status_label.setText(self.tr("⚠ Utkastet kunde inte sparas"))
        self.message.setText(
            self.tr("Utkastet kunde inte sparas. Svaren finns kvar här; försök igen med Ctrl+S.")
        )

    # --- navigation ----------------------------------------------------------------------
    def _visible_pages(self) -> list[int]:
        shown = {s.id for s in engine.visible_sections(self.form, self._data.answers)}
        return [i for i, p in enumerate(self.pages) if p.section.id in shown]

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def _go(self, index: int, *, focus: bool = True) -> None:
        self._skip_armed = False
        self.stack.setCurrentIndex(index)
        self._visited.add(index)
        visible = self._visible_pages()
        pos = visible.index(index) if index in visible else 0
        self.buttons.show_position(pos, len(visible))
        self._update_support()
        self._update_page_list()
        if focus:
            self.pages[index].focus_first()

    def next_page(self) -> None:
        visible = self._visible_pages()
        index = self.current_page()
        if index not in visible or visible.index(index) >= len(visible) - 1:
            if not self._read_only:
                self.message.setText(
                    self.tr("Det här är sista sidan. Slutför med Ctrl+Skift+Enter.")
                )
            return
        if not self._read_only:
            missing = self._missing_on_page(index)
            if missing and not self._skip_armed:
                for qid in missing:
                    self.questions[qid].set_error(problem_text("answer_required"))
                self.message.setText(
                    self.tr(
                        "Obligatoriska frågor saknar svar (markerade med ⚠). Tryck Nästa igen för "
                        "att gå vidare ändå; bedömningen kan inte slutföras förrän de är besvarade."
                    )
                )
                self._update_page_list()
                self.questions[missing[0]].focus_first()
                self._skip_armed = True
                return
        self.message.clear()
        self._go(visible[visible.index(index) + 1])

    def previous_page(self) -> None:
        visible = self._visible_pages()
        index = self.current_page()
        if index in visible and visible.index(index) > 0:
            self.message.clear()
            self._go(visible[visible.index(index) - 1])

    def _on_list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        visible = self._visible_pages()
        if current.row() < len(visible) and visible[current.row()] != self.current_page():
            self.message.clear()  # a "press Next again" hint belongs to the page left behind
            self._go(visible[current.row()], focus=False)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.stack.currentWidget()
        if new is not None and isinstance(page, WizardPage) and page.isAncestorOf(new):
            page.ensureWidgetVisible(new)

    # --- answers -------------------------------------------------------------------------
    def _on_answer(self, qid: str) -> None:
        w = self.questions[qid]
        value = w.value()
        self._data = self._data.with_answer(qid, value)
        w.set_unconfirmed(False)
        if value is not None and w.has_error():
            w.set_error(None)
        if self._record is None:
            self.banner.hide()  # prefilling would overwrite what was just answered
        self._apply_visibility()
        self._changed()

    def _on_confirm(self, qid: str) -> None:
        self._data = self._data.confirmed([qid])
        w = self.questions[qid]
        w.set_unconfirmed(False)
        w.set_error(None)
        self._changed()
        w.focus_first()

    def _on_estimate(self, value: str) -> None:
        self._data = replace(self._data, client_estimate=value)
        if self.estimate_page is not None:
            self.estimate_page.set_error(None)
        self._changed()

    def _on_level(self, value: str) -> None:
        self._data = replace(self._data, judgement_level=value).confirmed([JUDGEMENT_ID])
        if self.judgement_page is not None:
            self.judgement_page.set_unconfirmed(False)
            self.judgement_page.level_error.hide()
        self._changed()

    def _on_rationale(self) -> None:
        assert self.judgement_page is not None
        text = self.judgement_page.rationale.toPlainText()
        self._data = replace(self._data, judgement_rationale=text or None).confirmed([JUDGEMENT_ID])
        self.judgement_page.set_unconfirmed(False)
        if len(text.strip()) >= engine.RATIONALE_MIN_CHARS:
            self.judgement_page.rationale_error.hide()
        self._changed()

    def _on_confirm_judgement(self) -> None:
        assert self.judgement_page is not None
        self._data = self._data.confirmed([JUDGEMENT_ID])
        self.judgement_page.set_unconfirmed(False)
        self._changed()
        self.judgement_page.focus_first()

    def _use_previous(self) -> None:
        """Start from the last completed assessment's answers (all to be re-confirmed)."""
        if self._previous is None or self._read_only:
            return
        self._data = prefill_from(self.form, self._previous)
        self._load_values()
        self.banner.hide()
        self._apply_visibility()
        self._dirty = True
        self.save_now()
        self.message.setText(
            self.tr(
                "Svaren från förra bedömningen är ifyllda. Gå igenom varje fråga: ändra eller "
                "bekräfta svaret. Klientens egen bedömning frågas på nytt."
            )
        )
        self.pages[self.current_page()].focus_first()

    def _changed(self) -> None:
        self._dirty = True
        self._skip_armed = False
        self._update_support()
        self._update_page_list()
        self._timer.start()

    def _apply_visibility(self) -> None:
        """Hide questions and pages the engine hides; drop (and clear) their answers."""
        clean = clean_input(self.form, self._data)
        pruned = set(self._data.answers) - set(clean.answers)
        # clean_input also normalises the rationale; keep the user's text as typed.
        self._data = replace(clean, judgement_rationale=self._data.judgement_rationale)
        visible = {q.id for q in engine.visible_questions(self.form, clean.answers)}
        self.page_set.show_visible(visible, pruned)
        if pruned:
            self._dirty = True
        self._update_page_list()

    def _missing_on_page(self, index: int) -> list[str]:
        return self.page_set.missing_on_page(index, self._data.answers)

    def _update_support(self) -> None:
        self.page_set.show_support(
            self._data,
            stored_score=self._record.score if self._record is not None else None,
            read_only=self._read_only and self._record is not None,
        )

    def _page_state(self, i: int) -> PageRow:
        missing = bool(self._missing_on_page(i))
        return page_row(
            self.pages[i], self._data, language=self._language, visited=i in self._visited,
            missing=missing, read_only=self._read_only,
        )  # fmt: skip

    def _update_page_list(self) -> None:
        visible = self._visible_pages()
        self.page_model.set_rows([self._page_state(i) for i in visible])
        current = self.current_page()
        if current in visible:
            self.page_list.mark_current(visible.index(current))

    # --- completion ----------------------------------------------------------------------
    def _show_problems(self, problems: list[tuple[str, str | None]]) -> None:
        first_page, focus = self._problems.mark(problems)
        self.message.setText(
            self.tr("Bedömningen kan inte slutföras. Att åtgärda: {n} (markerade med ⚠).").format(
                n=len(problems)
            )
        )
        if first_page is not None:
            self._go(first_page, focus=False)
            if isinstance(focus, QuestionWidget | WizardPage):
                focus.focus_first()
            elif focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_page_list()

    def complete(self) -> None:
        """Complete if the engine finds nothing missing; otherwise flag every problem."""
        if self._read_only:
            return
        problems = completion_problems(self.form, self._data)
        if problems:
            self.save_now(force=True)  # what was entered is kept either way
            self._show_problems(problems)
            return
        if not self.save_now(force=True) or self._record is None:
            return
        with operation(self, on_error=self._completion_refused) as op:
            record = services.complete_assessment(
                self._session, self.form, self._record.id, self._data
            )
        if op.failed:
            return
        self._record = record
        self._read_only = True
        self._problems.clear()
        self._set_read_only()
        self.message.setText(self.tr("Bedömningen är slutförd och låst."))
        self._update_support()
        self._update_page_list()
        self.assessment_completed.emit(int(record.id))

    def _completion_refused(self, exc: RiskappError) -> None:
        if isinstance(exc, services.AssessmentIncomplete):
            self._show_problems(list(exc.params.get("problems", [])))
            return
        self.message.setText(
            self.tr("Bedömningen kunde inte slutföras. Utkastet är sparat; försök igen.")
        )

    # --- closing -------------------------------------------------------------------------
    def _close_requested(self) -> None:
        self.save_now()
        self.closed_requested.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # start with the keyboard on the first question
            self._shown_once = True
            QTimer.singleShot(0, self.pages[self.current_page()].focus_first)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)
