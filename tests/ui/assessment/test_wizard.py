"""AssessmentWizard driven like a user: keyboard only, real vault files in tmp_path.

The keyboard driver never calls setters on the wizard's widgets: it looks at which control
has focus (``question_id`` / ``assessment_field`` properties), sends keys to it, and moves
on with Tab; PageDown goes to the next page and Ctrl+Shift+Enter completes.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox

from riskapp.domain.assessment_input import AssessmentInput
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, QuestionKind
from riskapp.domain.records import AssessmentStatus, NewClient
from riskapp.services import assessments as svc
from riskapp.ui.assessment.wizard import AUTOSAVE_MS, AssessmentWizard
from riskapp.vault.schema import LEGACY_UNCONFIRMED_KEY
from tests.ui.manual_clock import ManualClock

RATIONALE = "Hot och kontroll har okat senaste manaden enligt klienten."


@pytest.fixture
def client_id(session: Any) -> Any:
    return session.clients.create(NewClient("Åsa", "Öberg")).id


def open_wizard(
    qtbot: Any, session: Any, registry: Any, client_id: Any, **kw: Any
) -> AssessmentWizard:
    w = AssessmentWizard(session, registry, client_id, **kw)
    qtbot.addWidget(w)
    w.resize(1000, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and w.isAncestorOf(QApplication.focusWidget())
        )
    )
    return w


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def drive(
    qtbot: Any,
    wizard: AssessmentWizard,
    form: Form,
    *,
    yes_key: Any = Qt.Key.Key_J,
    judgement: bool = True,
    max_steps: int = 3000,
) -> None:
    """Answer every question reached by Tab on every page, using the keyboard only."""
    touched: set[str] = set()
    fields: set[str] = set()
    for _ in range(max_steps):
        w = focused()
        qid = w.property("question_id")
        field = w.property("assessment_field")
        if qid and qid not in touched:
            touched.add(qid)
            q = form.question(qid)
            if q.kind is QuestionKind.YES_NO_UNKNOWN:
                qtbot.keyClick(w, yes_key)
            elif q.kind in (QuestionKind.SINGLE_CHOICE,):
                qtbot.keyClick(w, Qt.Key.Key_1)
            elif q.kind is QuestionKind.SCALE:
                qtbot.keyClick(w, getattr(Qt.Key, f"Key_{q.scale_min}"))
            elif q.kind in (QuestionKind.MULTIPLE_CHOICE, QuestionKind.CHECK):
                assert isinstance(w, QCheckBox)
                if w.isChecked():  # prefilled: touch it, keep it ticked
                    qtbot.keyClick(w, Qt.Key.Key_Space)
                qtbot.keyClick(w, Qt.Key.Key_Space)
            elif q.kind is QuestionKind.NUMBER:
                assert isinstance(w, QSpinBox)
                qtbot.keyClicks(w, "2")
            elif q.kind is QuestionKind.DATE:
                assert isinstance(w, QLineEdit)
                qtbot.keyClicks(w, "2025-12-01")
            else:
                assert isinstance(w, QPlainTextEdit)
                qtbot.keyClicks(w, "Anteckning")
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        elif qid:
            qtbot.keyClick(w, Qt.Key.Key_Tab)
        elif field in ("client_estimate", "judgement_level") and field not in fields:
            fields.add(field)
            if field == "judgement_level" and not judgement:
                qtbot.keyClick(w, Qt.Key.Key_Tab)
                continue
            qtbot.keyClick(w, Qt.Key.Key_2)
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        elif field == "judgement_rationale" and field not in fields:
            fields.add(field)
            if judgement:
                qtbot.keyClicks(w, RATIONALE)
            qtbot.keyClick(w, Qt.Key.Key_Tab)
        elif field:
            qtbot.keyClick(w, Qt.Key.Key_Tab)
        else:  # left the page's inputs (buttons, page list): next page or done
            if not wizard.next_button.isEnabled():
                return
            qtbot.keyClick(w, Qt.Key.Key_PageDown)
    raise AssertionError("keyboard walk did not reach the last page")


def complete_by_keyboard(qtbot: Any, wizard: AssessmentWizard) -> int:
    with qtbot.waitSignal(wizard.assessment_completed, timeout=3000) as blocker:
        qtbot.keyClick(
            focused(),
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    return int(blocker.args[0])


@pytest.mark.parametrize("form_id", ["screening", "violence-description", "danger-assessment"])
def test_each_instrument_can_be_completed_with_the_keyboard_only(
    qtbot: Any, session: Any, registry: Any, client_id: Any, form_id: str
) -> None:
    form = registry.latest(form_id)
    wizard = open_wizard(qtbot, session, registry, client_id, form_id=form_id)
    drive(qtbot, wizard, form)
    assessment_id = complete_by_keyboard(qtbot, wizard)

    stored = session.assessments.get(assessment_id)
    assert stored.status is AssessmentStatus.COMPLETED
    assert engine.missing_required(form, stored.answers) == []
    # Every question shown was answered, follow-ups revealed by "yes" included.
    assert set(stored.answers) == {q.id for q in engine.visible_questions(form, stored.answers)}
    if form.has_judgement:
        assert stored.judgement_level == form.levels[1].id
        assert stored.judgement_rationale == RATIONALE
        assert stored.client_estimate == form.levels[1].id
        assert stored.score == engine.score(form, stored.answers)
    assert wizard.is_read_only()
    assert wizard.message.text() == "Bedömningen är slutförd och låst."


def test_danger_assessment_refuses_completion_without_judgement_and_says_why_inline(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = registry.latest("danger-assessment")
    wizard = open_wizard(qtbot, session, registry, client_id, form_id=form.id)
    drive(qtbot, wizard, form, judgement=False)
    qtbot.keyClick(
        focused(),
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    page = wizard.judgement_page
    assert page is not None
    assert wizard.stack.currentWidget() is page
    assert page.level_error.isVisible()
    assert page.level_error.text() == "⚠ Välj en risknivå."
    assert page.rationale_error.isVisible()
    assert page.rationale_error.text() == "⚠ Skriv en motivering till bedömningen."
    assert wizard.message.text() == (
        "Bedömningen kan inte slutföras. Att åtgärda: 2 (markerade med ⚠)."
    )
    assert not wizard.is_read_only()
    draft = session.assessments.get(wizard.current_assessment_id())
    assert draft.status is AssessmentStatus.DRAFT

    # A too-short rationale is refused with its own message; a real one completes.
    page.focus_first()
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    assert not page.level_error.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Kort.")
    qtbot.keyClick(
        focused(),
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.rationale_error.text() == (
        f"⚠ Motiveringen är för kort: skriv minst {engine.RATIONALE_MIN_CHARS} tecken."
    )
    qtbot.keyClicks(focused(), " Hot om att doda, nyligen separerad.")
    assessment_id = complete_by_keyboard(qtbot, wizard)
    assert session.assessments.get(assessment_id).judgement_level == form.levels[2].id


def test_score_is_shown_only_on_the_judgement_page_after_the_client_estimate(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = registry.latest("danger-assessment")
    wizard = open_wizard(qtbot, session, registry, client_id, form_id=form.id)
    page = wizard.judgement_page
    assert page is not None
    wizard.page_list.setFocus()
    qtbot.keyClick(wizard.page_list, Qt.Key.Key_End)
    assert wizard.stack.currentWidget() is page
    assert page.score_label.text() == (
        "Stödet från frågorna visas när klientens egen bedömning är registrerad."
    )

    qtbot.keyClick(focused(), Qt.Key.Key_PageUp)  # the estimate page comes just before
    assert wizard.stack.currentWidget() is wizard.estimate_page
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    assert page.score_label.text() == f"Stöd från frågorna: 0 av {engine.max_score(form)} möjliga."
    assert "din professionella bedömning som avgör" in page.support_note.text()
    assert page.estimate_label.text() == f"Klientens egen bedömning: {form.levels[0].label.sv}"


def _follow_up(form: Form) -> tuple[str, str]:
    for q in form.questions():
        if q.visible_if and q.visible_if.endswith('== "yes"'):
            trigger = q.visible_if.split()[0]
            return trigger, q.id
    raise AssertionError("no visible_if follow-up in the form")


def test_visible_if_hides_a_question_live_and_its_answer_is_pruned_from_the_draft(
    qtbot: Any, session: Any, registry: Any, client_id: Any, manual_clock: ManualClock
) -> None:
    form = registry.latest("violence-description")
    trigger, follow = _follow_up(form)
    wizard = open_wizard(
        qtbot, session, registry, client_id, form_id=form.id, timer=manual_clock.timer()
    )
    follow_widget = wizard.questions[follow]
    assert follow_widget.isHidden()

    assert focused().property("question_id") == trigger
    qtbot.keyClick(focused(), Qt.Key.Key_J)
    assert not follow_widget.isHidden()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused().property("question_id") == follow
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    with qtbot.waitSignal(wizard.assessment_saved, timeout=0):
        manual_clock.advance(AUTOSAVE_MS)  # the autosave debounce, without waiting
    assert follow in session.assessments.get(wizard.current_assessment_id()).answers

    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused().property("question_id") == trigger
    with qtbot.waitSignal(wizard.assessment_saved, timeout=0):
        qtbot.keyClick(focused(), Qt.Key.Key_N)
        manual_clock.advance(AUTOSAVE_MS)
    assert follow_widget.isHidden()
    stored = session.assessments.get(wizard.current_assessment_id()).answers
    assert stored[trigger] == "no"
    assert follow not in stored


def test_answers_survive_closing_the_wizard_mid_assessment(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = registry.latest("screening")
    wizard = open_wizard(qtbot, session, registry, client_id, form_id=form.id)
    first = focused().property("question_id")
    qtbot.keyClick(focused(), Qt.Key.Key_J)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    second = focused().property("question_id")
    qtbot.keyClick(focused(), Qt.Key.Key_V)
    wizard.close()  # at once, before the autosave debounce has fired
    assessment_id = wizard.current_assessment_id()
    assert assessment_id is not None

    again = open_wizard(qtbot, session, registry, client_id, assessment_id=assessment_id)
    assert again.questions[first].value() == "yes"
    assert again.questions[second].value() == "unknown"
    assert not again.is_read_only()


def test_completed_assessment_opens_read_only(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = registry.latest("screening")
    opened = svc.start_assessment(session, registry, client_id, form.id)
    answers = {q.id: "no" for q in engine.missing_required(form, {})}
    answers.update(
        {
            q.id: q.options[0].id if q.options else "no"
            for q in engine.missing_required(form, answers)
        }
    )
    svc.complete_assessment(session, form, opened.record.id, AssessmentInput(answers=answers))

    wizard = open_wizard(qtbot, session, registry, client_id, assessment_id=opened.record.id)
    assert wizard.is_read_only()
    assert wizard.complete_button.isHidden()
    assert wizard.save_button.isHidden()
    for widget in wizard.questions.values():
        assert all(
            not c.isEnabled() or getattr(c, "isReadOnly", lambda: True)()
            for c in widget.input_widgets()
        )
    assert "skrivskyddad" in wizard.banner_label.text()
    some = next(iter(answers))
    question = form.question(some)
    word = question.options[0].label.sv if question.options else "Nej"
    assert wizard.questions[some].answer_label.text() == f"Svar: {word}"


def test_repeat_prefill_must_be_confirmed_before_completion(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = registry.latest("danger-assessment")
    first = open_wizard(qtbot, session, registry, client_id, form_id=form.id)
    drive(qtbot, first, form)
    previous_id = complete_by_keyboard(qtbot, first)
    previous = session.assessments.get(previous_id)

    wizard = open_wizard(qtbot, session, registry, client_id, form_id=form.id, prefill=True)
    some = next(iter(previous.answers))
    assert wizard.questions[some].value() == previous.answers[some]
    assert wizard.questions[some].unconfirmed_row.isVisibleTo(wizard.questions[some])
    assert wizard.judgement_page is not None
    assert wizard.judgement_page.choice.value() == previous.judgement_level
    assert wizard.estimate_page is not None
    assert wizard.estimate_page.choice.value() is None

    qtbot.keyClick(
        focused(),
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not wizard.is_read_only()
    errors = [w.error_label.text() for w in wizard.questions.values() if w.has_error()]
    assert "⚠ Förifyllt svar – bekräfta eller ändra det." in errors

    # Going through every item again with the keyboard confirms each one.
    while wizard.prev_button.isEnabled():
        qtbot.keyClick(focused(), Qt.Key.Key_PageUp)
    drive(qtbot, wizard, form)
    repeat_id = complete_by_keyboard(qtbot, wizard)
    repeat = session.assessments.get(repeat_id)
    assert repeat.id != previous_id
    assert repeat.status is AssessmentStatus.COMPLETED
    assert LEGACY_UNCONFIRMED_KEY not in repeat.answers


def test_prefill_offer_is_shown_when_an_earlier_assessment_exists(
    qtbot: Any, session: Any, registry: Any, client_id: Any, manual_clock: ManualClock
) -> None:
    form = registry.latest("screening")
    none_yet = open_wizard(qtbot, session, registry, client_id, form_id=form.id)
    assert none_yet.banner.isHidden()
    drive(qtbot, none_yet, form, yes_key=Qt.Key.Key_N)
    complete_by_keyboard(qtbot, none_yet)

    wizard = open_wizard(
        qtbot, session, registry, client_id, form_id=form.id, timer=manual_clock.timer()
    )
    assert not wizard.banner.isHidden()
    with qtbot.waitSignal(wizard.assessment_saved, timeout=0):
        wizard.prefill_button.setFocus()
        qtbot.keyClick(wizard.prefill_button, Qt.Key.Key_Space)
        manual_clock.advance(AUTOSAVE_MS)
    draft = svc.open_assessment(session, registry, wizard.current_assessment_id())
    assert draft.input.unconfirmed == frozenset(draft.input.answers)
    assert draft.input.answers


def test_alt_n_alt_p_and_ctrl_s_navigate_and_save(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = registry.latest("violence-description")
    wizard = open_wizard(qtbot, session, registry, client_id, form_id=form.id)
    assert wizard.progress_label.text() == "Sida 1 av 13"
    qtbot.keyClick(focused(), Qt.Key.Key_N)  # "no": nothing required is left on page 1
    with qtbot.waitSignal(wizard.assessment_saved, timeout=1000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert wizard.status_label.text().startswith("Utkast sparat ")
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.progress_label.text() == "Sida 2 av 13"
    assert focused().property("question_id") == form.sections[1].questions[0].id
    qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert wizard.progress_label.text() == "Sida 1 av 13"
    assert wizard.questions["physical"].value() == "no"


def test_next_flags_missing_required_answers_inline_then_lets_the_user_skip(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = registry.latest("screening")
    wizard = open_wizard(qtbot, session, registry, client_id, form_id=form.id)
    first = focused().property("question_id")
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    assert wizard.progress_label.text().startswith("Sida 1 ")
    assert wizard.questions[first].error_label.text() == "⚠ Svar krävs."
    assert focused().property("question_id") == first
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)  # a second press moves on anyway
    assert wizard.progress_label.text().startswith("Sida 2 ")


def test_a_failed_save_keeps_the_answers_in_the_wizard_and_says_so(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = registry.latest("screening")
    wizard = open_wizard(qtbot, session, registry, client_id, form_id=form.id)
    qid = focused().property("question_id")
    session.close()  # e.g. the vault was locked underneath
    qtbot.keyClick(focused(), Qt.Key.Key_J)
    assert wizard.save_now() is False
    assert wizard.status_label.text() == "⚠ Utkastet kunde inte sparas"
    assert wizard.has_unsaved_changes()
    assert wizard.questions[qid].value() == "yes"
