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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.assessment_input import (
    JUDGEMENT_ID,
    AssessmentInput,
    clean_input,
    completion_problems,
    prefill_from,
)
from riskapp.domain.errors import RiskappError
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, SectionKind
from riskapp.domain.records import Assessment, AssessmentId, AssessmentStatus, ClientId
from riskapp.services import assessments as services
from riskapp.ui.assessment.pages import (
    ClientEstimatePage,
    JudgementPage,
    PageListModel,
    PageRow,
    PageState,
    SectionPage,
    WizardPage,
)
from riskapp.ui.assessment.questions import QuestionWidget
from riskapp.ui.errors import words_for

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
    ):
        super().__init__(parent)
        if (form_id is None) == (assessment_id is None):
            raise ValueError("give exactly one of form_id and assessment_id")
        self._session = session
        self._registry = registry
        self._client_id = client_id
        self._language = language
        self._record: Assessment | None = None
        self._previous: Assessment | None = None
        self._dirty = False
        self._skip_armed = False
        self._visited: set[int] = set()
        self._shown_once = False
        if assessment_id is not None:
            opened = services.open_assessment(session, registry, AssessmentId(assessment_id))
            if opened.record.client_id != client_id:
                raise ValueError("assessment belongs to another client")
            self._record = opened.record
            self.form: Form = opened.form
            self._data = opened.input
        else:
            assert form_id is not None
            self.form = registry.latest(form_id)
            self._data = AssessmentInput()
            self._previous = services.last_completed(session, client_id, form_id)
        self._read_only = (
            self._record is not None and self._record.status is AssessmentStatus.COMPLETED
        )
        self.setWindowTitle(self.form.title.get(language))  # never client data
        self.setAccessibleName(self.form.title.get(language))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
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
        title = QLabel(self.form.title.get(lang), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        header.addWidget(title, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("save_status")
        header.addWidget(self.status_label)
        outer.addLayout(header)

        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_row = QHBoxLayout(self.banner)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.banner_label.setObjectName("banner")
        banner_row.addWidget(self.banner_label, 1)
        self.prefill_button = QPushButton(self.tr("Utgå från förra svaren"), self.banner)
        self.prefill_button.clicked.connect(self._use_previous)
        banner_row.addWidget(self.prefill_button)
        outer.addWidget(self.banner)
        self.banner.hide()
        if self._read_only and self._record is not None:
            done = self._record.completed_at
            self.banner_label.setText(
                self.tr("Slutförd {date}. Bedömningen är låst och visas skrivskyddad.").format(
                    date=done.astimezone().strftime("%Y-%m-%d") if done else ""
                )
            )
            self.prefill_button.hide()
            self.banner.show()
        elif self._record is None and self._previous is not None:
            done = self._previous.completed_at or self._previous.updated_at
            self.banner_label.setText(
                self.tr(
                    "Det finns en tidigare slutförd bedömning med detta formulär ({date}). Du kan "
                    "utgå från de svaren; varje svar och bedömningen måste då bekräftas på nytt."
                ).format(date=done.astimezone().strftime("%Y-%m-%d"))
            )
            self.banner.show()

        body = QHBoxLayout()
        # Pages are created before the buttons and the page list so that Tab goes from the
        # questions to the buttons (Qt's default tab order is creation order).
        self.stack = QStackedWidget(self)
        self.pages: list[WizardPage] = []
        self.questions: dict[str, QuestionWidget] = {}
        self.estimate_page: ClientEstimatePage | None = None
        self.judgement_page: JudgementPage | None = None
        for section in self.form.sections:
            page: WizardPage
            if section.kind is SectionKind.CLIENT_ESTIMATE:
                page = ClientEstimatePage(section, self.form, lang, self.stack)
                page.estimate_chosen.connect(self._on_estimate)
                self.estimate_page = page
            elif section.kind is SectionKind.JUDGEMENT:
                page = JudgementPage(section, self.form, lang, self.stack)
                page.level_chosen.connect(self._on_level)
                page.rationale_edited.connect(self._on_rationale)
                page.confirm_requested.connect(self._on_confirm_judgement)
                self.judgement_page = page
            else:
                page = SectionPage(section, lang, self.stack)
                for qid, w in page.questions.items():
                    self.questions[qid] = w
                    w.answer_changed.connect(self._on_answer)
                    w.confirm_requested.connect(self._on_confirm)
            self.pages.append(page)
            self.stack.addWidget(page)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        self.progress_label = QLabel(self)
        buttons.addWidget(self.progress_label, 1)
        self.prev_button = self._button(self.tr("Föregående"), self.tr("Alt+P eller Page Up"))
        self.next_button = self._button(
            self.tr("&Nästa"), self.tr("Alt+N, Page Down eller Ctrl+Enter")
        )
        self.save_button = self._button(self.tr("Spara"), self.tr("Ctrl+S"))
        self.complete_button = self._button(
            self.tr("Slut&för"), self.tr("Ctrl+Skift+Enter eller Alt+F")
        )
        self.close_button = self._button(self.tr("Stäng"), "")
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.save_button.clicked.connect(self.save_now)
        self.complete_button.clicked.connect(self.complete)
        self.close_button.clicked.connect(self._close_requested)
        for b in (
            self.prev_button,
            self.next_button,
            self.save_button,
            self.complete_button,
            self.close_button,
        ):
            buttons.addWidget(b)

        self.page_model = PageListModel(self)
        self.page_list = QListView(self)
        self.page_list.setModel(self.page_model)
        self.page_list.setAccessibleName(self.tr("Sidor i formuläret"))
        self.page_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.page_list.setWordWrap(True)
        self.page_list.setSpacing(max(1, self.page_list.fontMetrics().lineSpacing() // 6))
        self.page_list.setMaximumWidth(self.page_list.fontMetrics().averageCharWidth() * 34)
        self.page_list.selectionModel().currentChanged.connect(self._on_list_current)

        body.addWidget(self.page_list, 0)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        outer.addWidget(self.message)
        self.hint = QLabel(
            self.tr(
                "Tangentbord: Alt+N eller Page Down nästa sida · Alt+P eller Page Up föregående · "
                "Ctrl+S spara · Ctrl+Skift+Enter slutför"
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        outer.addWidget(self.hint)
        outer.addLayout(buttons)

        def shortcut(keys: list[QKeySequence | str], slot: Any) -> None:
            for key in keys:
                s = QShortcut(QKeySequence(key), self)
                s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                s.activated.connect(slot)

        shortcut(["Alt+N", "PgDown", "Ctrl+Return", "Ctrl+Enter"], self.next_page)
        shortcut(["Alt+P", "PgUp"], self.previous_page)
        shortcut([QKeySequence(QKeySequence.StandardKey.Save)], self.save_now)
        shortcut(["Ctrl+Shift+Return", "Ctrl+Shift+Enter", "Alt+F"], self.complete)

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

    def _load_values(self) -> None:
        for qid, w in self.questions.items():
            w.set_value(self._data.answers.get(qid))
            w.set_unconfirmed(qid in self._data.unconfirmed)
        if self.estimate_page is not None:
            self.estimate_page.choice.set_value(self._data.client_estimate)
        if self.judgement_page is not None:
            self.judgement_page.set_values(
                self._data.judgement_level, self._data.judgement_rationale
            )
            self.judgement_page.set_unconfirmed(JUDGEMENT_ID in self._data.unconfirmed)

    def _set_read_only(self) -> None:
        for w in self.questions.values():
            w.set_read_only(True)
        for page in self.pages:
            if isinstance(page, SectionPage) and page.hint is not None:
                page.hint.hide()  # key letters do nothing on a locked assessment
        if self.estimate_page is not None:
            self.estimate_page.set_read_only(True)
        if self.judgement_page is not None:
            self.judgement_page.set_read_only(True)
        for b in (self.save_button, self.complete_button):
            b.hide()
        self.hint.setText(
            self.tr(
                "Tangentbord: Alt+N eller Page Down nästa sida · Alt+P eller Page Up föregående"
            )
        )
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
        """Save the draft now if anything changed (``force``: create it even if not).

        Returns True when everything is stored. Never raises for vault errors: the
        answers stay in the widget, the status line says so, and the next change retries.
        """
        self._timer.stop()
        if self._read_only or (not self._dirty and not (force and self._record is None)):
            return True
        try:
            if self._record is None:
                opened = services.start_assessment(
                    self._session,
                    self._registry,
                    self._client_id,
                    self.form.id,
                    initial=self._data,
                )
                self._record = opened.record
            else:
                self._record = services.save_draft(
                    self._session, self.form, self._record.id, self._data
                )
        except RiskappError:
            self.status_label.setText(self.tr("⚠ Utkastet kunde inte sparas"))
            self.message.setText(
                self.tr(
                    "Utkastet kunde inte sparas. Svaren finns kvar här; försök igen med Ctrl+S."
                )
            )
            return False
        self._dirty = False
        self.status_label.setText(
            self.tr("Utkast sparat {time}").format(
                time=self._record.updated_at.astimezone().strftime("%H:%M:%S")
            )
        )
        self.assessment_saved.emit(int(self._record.id))
        return True

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
        self.progress_label.setText(
            self.tr("Sida {n} av {total}").format(n=pos + 1, total=len(visible))
        )
        self.prev_button.setEnabled(pos > 0)
        self.next_button.setEnabled(pos < len(visible) - 1)
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
                    self.questions[qid].set_error(self._problem_text("answer_required"))
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
        for qid, w in self.questions.items():
            w.setHidden(qid not in visible)
            if qid in pruned or qid not in visible:
                if w.value() is not None:
                    w.set_value(None)
                w.set_error(None)
                w.set_unconfirmed(False)
        if pruned:
            self._dirty = True
        self._update_page_list()

    def _missing_on_page(self, index: int) -> list[str]:
        ids = {q.id for q in self.pages[index].section.questions}
        return [q.id for q in engine.missing_required(self.form, self._data.answers) if q.id in ids]

    def _update_support(self) -> None:
        page = self.judgement_page
        if page is None or self.stack.currentWidget() is not page:
            return  # the score is shown on the judgement page only
        estimate = self._data.client_estimate
        label: str | None = None
        if estimate == engine.CLIENT_ESTIMATE_DECLINED:
            label = self.tr("klienten ville inte eller kunde inte bedöma")
        elif estimate:
            try:
                label = self.form.level(estimate).label.get(self._language)
            except KeyError:
                label = estimate
        score = (
            self._record.score
            if self._read_only and self._record is not None
            else engine.score(self.form, self._data.answers)
        )
        page.show_support(
            score,
            engine.max_score(self.form),
            label,
            estimate_needed=self.estimate_page is not None and not self._read_only,
        )

    def _page_state(self, index: int) -> PageRow:
        page = self.pages[index]
        title = page.section.title.get(self._language)
        problem = False
        done = index in self._visited
        unconfirmed = 0
        if isinstance(page, SectionPage):
            shown = [w for w in page.questions.values() if not w.isHidden()]
            problem = any(w.has_error() for w in shown)
            done = done and not self._missing_on_page(index)
            unconfirmed = sum(1 for w in shown if w.question.id in self._data.unconfirmed)
        elif isinstance(page, ClientEstimatePage):
            problem = not page.error.isHidden()
            done = self._data.client_estimate is not None
        elif isinstance(page, JudgementPage):
            problem = not (page.level_error.isHidden() and page.rationale_error.isHidden())
            done = bool(self._data.judgement_level and self._data.judgement_rationale)
            unconfirmed = int(JUDGEMENT_ID in self._data.unconfirmed)
        if self._read_only:
            problem, done, unconfirmed = False, True, 0
        done = done and not unconfirmed
        state = PageState.PROBLEM if problem else PageState.DONE if done else PageState.OPEN
        return PageRow(title, state, unconfirmed)

    def _update_page_list(self) -> None:
        visible = self._visible_pages()
        self.page_model.set_rows([self._page_state(i) for i in visible])
        current = self.current_page()
        if current in visible:
            row = visible.index(current)
            sel = self.page_list.selectionModel()
            if sel.currentIndex().row() != row:
                sel.blockSignals(True)
                sel.setCurrentIndex(
                    self.page_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                sel.blockSignals(False)
                self.page_list.viewport().update()

    # --- completion ----------------------------------------------------------------------
    def _problem_text(self, code: str, params: dict[str, Any] | None = None) -> str:
        text = words_for(code, {"min_chars": engine.RATIONALE_MIN_CHARS, **(params or {})})
        return text if text is not None else self.tr("Något saknas.")

    def _clear_errors(self) -> None:
        for w in self.questions.values():
            w.set_error(None)
        if self.estimate_page is not None:
            self.estimate_page.set_error(None)
        if self.judgement_page is not None:
            self.judgement_page.set_errors(None, None)

    def _show_problems(self, problems: list[tuple[str, str | None]]) -> None:
        self._clear_errors()
        first_page: int | None = None
        first_focus: Any = None
        focus: Any = None
        level_error: str | None = None
        rationale_error: str | None = None
        for code, qid in problems:
            text = self._problem_text(code)
            if qid is not None and qid in self.questions:
                w = self.questions[qid]
                w.set_error(text)
                target_page = next(
                    i
                    for i, p in enumerate(self.pages)
                    if isinstance(p, SectionPage) and qid in p.questions
                )
                focus = w
            elif code.startswith("client_estimate") and self.estimate_page is not None:
                self.estimate_page.set_error(text)
                target_page = self.pages.index(self.estimate_page)
                focus = self.estimate_page
            elif self.judgement_page is not None:
                if code.startswith("rationale"):
                    rationale_error = text
                    focus = self.judgement_page.rationale if level_error is None else focus
                else:
                    level_error = text
                    focus = self.judgement_page
                target_page = self.pages.index(self.judgement_page)
            else:
                continue
            if first_page is None or target_page < first_page:
                first_page, first_focus = target_page, focus
        if self.judgement_page is not None:
            self.judgement_page.set_errors(level_error, rationale_error)
        self.message.setText(
            self.tr("Bedömningen kan inte slutföras. Att åtgärda: {n} (markerade med ⚠).").format(
                n=len(problems)
            )
        )
        if first_page is not None:
            self._go(first_page, focus=False)
            if isinstance(first_focus, QuestionWidget | WizardPage):
                first_focus.focus_first()
            elif isinstance(first_focus, QWidget):
                first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
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
        try:
            record = services.complete_assessment(
                self._session, self.form, self._record.id, self._data
            )
        except services.AssessmentIncomplete as exc:
            self._show_problems(list(exc.params.get("problems", [])))
            return
        except RiskappError:
            self.message.setText(
                self.tr("Bedömningen kunde inte slutföras. Utkastet är sparat; försök igen.")
            )
            return
        self._record = record
        self._read_only = True
        self._clear_errors()
        self._set_read_only()
        self.message.setText(self.tr("Bedömningen är slutförd och låst."))
        self._update_support()
        self._update_page_list()
        self.assessment_completed.emit(int(record.id))

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
