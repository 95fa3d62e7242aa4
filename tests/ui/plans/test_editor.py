"""PlanEditor driven with the keyboard against real vault files in tmp_path."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit

from riskapp.domain.assessment_input import AssessmentInput
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import QuestionKind
from riskapp.domain.records import NewClient
from riskapp.services import assessments as assessment_svc
from riskapp.services import plans as svc
from riskapp.ui.plans.editor import PlanEditor
from riskapp.ui.plans.item_row import OMIT_PROPERTY


@pytest.fixture
def client_id(session: Any) -> Any:
    return session.clients.create(NewClient("Åsa", "Öberg")).id


def open_editor(qtbot: Any, session: Any, registry: Any, client_id: Any, **kw: Any) -> PlanEditor:
    editor = PlanEditor(session, registry, client_id, **kw)
    qtbot.addWidget(editor)
    editor.resize(1000, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()))
    return editor


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot: Any, editor: PlanEditor, predicate: Any, limit: int = 400) -> Any:
    """Press Tab until the focused widget satisfies ``predicate``."""
    for _ in range(limit):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if predicate(focused()):
            return focused()
    raise AssertionError("no such control reachable with Tab")


def test_plan_is_filled_and_saved_with_the_keyboard_only(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = svc.plan_form(registry)
    check = next(q for q in form.questions() if q.kind is QuestionKind.CHECK)
    text = next(q for q in form.questions() if q.kind is QuestionKind.TEXT)
    editor = open_editor(qtbot, session, registry, client_id)
    assert editor.current_plan_id() is None

    box = tab_to(qtbot, editor, lambda w: w.property("question_id") == check.id)
    assert isinstance(box, QCheckBox)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    edit = tab_to(qtbot, editor, lambda w: w.property("question_id") == text.id)
    assert isinstance(edit, QPlainTextEdit)
    qtbot.keyClicks(edit, "Hos grannen pa andra vaningen")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.plan_saved, timeout=2000) as blocker:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    plan = session.plans.get(blocker.args[0])
    assert dict(plan.answers) == {check.id: True, text.id: "Hos grannen pa andra vaningen"}
    assert editor.current_plan_id() == plan.id
    assert not editor.has_unsaved_changes()
    assert editor.message.text() == "Version 1 sparad."


def test_discreet_omissions_are_saved_and_form_flagged_items_are_preset_and_locked(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = svc.plan_form(registry)
    flagged = svc.form_omitted_ids(form)
    free = next(q for q in form.questions() if q.id not in flagged)
    editor = open_editor(qtbot, session, registry, client_id)

    boxes = {
        b.property(OMIT_PROPERTY): b
        for b in editor.findChildren(QCheckBox)
        if b.property(OMIT_PROPERTY)
    }
    for qid in flagged:
        assert boxes[qid].isChecked()
        assert not boxes[qid].isEnabled()
    assert not boxes[free.id].isChecked()
    assert boxes[free.id].isEnabled()

    omit = tab_to(qtbot, editor, lambda w: w.property(OMIT_PROPERTY) == free.id)
    qtbot.keyClick(omit, Qt.Key.Key_Space)
    with qtbot.waitSignal(editor.plan_saved, timeout=2000) as blocker:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    plan = session.plans.get(blocker.args[0])
    assert plan.discreet_omit == flagged | {free.id}


def test_history_lists_earlier_versions_and_opens_them_read_only(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    form = svc.plan_form(registry)
    check = next(q for q in form.questions() if q.kind is QuestionKind.CHECK)
    first = svc.save_plan(session, registry, client_id, {check.id: True})
    second = svc.save_plan(session, registry, client_id, {})
    editor = open_editor(qtbot, session, registry, client_id)
    model = editor.history_model
    assert model.rowCount() == 3  # the working copy, then two versions, newest first
    assert model.index(0).data() == "Ny version (redigeras)"
    assert model.index(1).data().startswith("Version 2 · ")
    assert model.index(2).data().startswith("Version 1 · ")
    assert editor.current_plan_id() == second.id

    editor.history.setFocus()
    qtbot.keyClick(editor.history, Qt.Key.Key_End)
    assert editor.current_plan_id() == first.id
    assert editor.mode_label.text() == ("Version 1 (en senare version finns). Visas skrivskyddad.")
    assert editor.save_button.isHidden()
    item = editor.findChildren(QCheckBox)
    ticked = [b for b in item if b.property("question_id") == check.id]
    assert ticked
    assert ticked[0].isChecked()
    assert not ticked[0].isEnabled()
    assert all(not t.isEnabled() for t in editor.findChildren(QCheckBox))
    assert all(t.isReadOnly() for t in editor.findChildren(QPlainTextEdit))

    # Ctrl+S does nothing on an old version; a new version can start from it.
    qtbot.keyClick(editor.history, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(session.plans.list_for_client(client_id)) == 2
    editor.edit_button.setFocus()
    qtbot.keyClick(editor.edit_button, Qt.Key.Key_Space)
    with qtbot.waitSignal(editor.plan_saved, timeout=2000) as blocker:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    third = session.plans.get(blocker.args[0])
    assert dict(third.answers) == {check.id: True}
    assert editor.history_model.rowCount() == 4


def test_opening_an_earlier_plan_id_shows_it_read_only(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    first = svc.save_plan(session, registry, client_id, {})
    svc.save_plan(session, registry, client_id, {})
    editor = open_editor(qtbot, session, registry, client_id, plan_id=first.id)
    assert editor.current_plan_id() == first.id
    assert not editor.edit_button.isHidden()
    assert editor.save_button.isHidden()


def test_plan_links_to_the_latest_completed_danger_assessment(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    editor = open_editor(qtbot, session, registry, client_id)
    assert editor.link_label.text() == (
        "Det finns ingen slutförd riskbedömning att koppla planen till."
    )
    editor.close()

    form = registry.latest("danger-assessment")
    answers: dict[str, Any] = {}
    while todo := [q for q in engine.visible_questions(form, answers) if q.id not in answers]:
        q = todo[0]
        answers[q.id] = (
            [q.options[0].id]
            if q.kind is QuestionKind.MULTIPLE_CHOICE
            else "Anteckning"
            if q.kind is QuestionKind.TEXT
            else "no"
        )
    opened = assessment_svc.start_assessment(session, registry, client_id, form.id)
    done = assessment_svc.complete_assessment(
        session,
        form,
        opened.record.id,
        AssessmentInput(
            answers=answers,
            client_estimate=form.levels[0].id,
            judgement_level=form.levels[0].id,
            judgement_rationale="Inga nya hot sedan kontaktförbudet.",
        ),
    )

    editor = open_editor(qtbot, session, registry, client_id)
    assert editor.link_label.text() == (
        f"Kopplas till riskbedömningen slutförd {done.completed_at.astimezone():%Y-%m-%d}."
    )
    with qtbot.waitSignal(editor.plan_saved, timeout=2000) as blocker:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert session.plans.get(blocker.args[0]).assessment_id == done.id


def _tick_first_item(qtbot: Any, editor: PlanEditor, registry: Any) -> str:
    form = svc.plan_form(registry)
    check = next(q for q in form.questions() if q.kind is QuestionKind.CHECK)
    box = tab_to(qtbot, editor, lambda w: w.property("question_id") == check.id)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert editor.has_unsaved_changes()
    return check.id


@pytest.mark.parametrize(
    ("answer", "closes", "versions"),
    [("cancel", False, 0), ("discard", True, 0), ("save", True, 1)],
)
def test_closing_with_unsaved_changes_asks_first(
    qtbot: Any,
    session: Any,
    registry: Any,
    client_id: Any,
    answer: str,
    closes: bool,
    versions: int,
) -> None:
    from riskapp.ui.common.dialogs import Dialogs

    editor = open_editor(qtbot, session, registry, client_id)
    _tick_first_item(qtbot, editor, registry)
    closed: list[bool] = []
    editor.closed_requested.connect(lambda: closed.append(True))
    Dialogs.set_next_answer(answer)
    editor.close_button.click()
    assert [kind for kind, _t, _x in Dialogs.shown] == ["save_changes"]
    assert bool(closed) is closes
    assert len(session.plans.list_for_client(client_id)) == versions
    assert editor.has_unsaved_changes() is (answer == "cancel")


def test_closing_without_changes_does_not_ask(
    qtbot: Any, session: Any, registry: Any, client_id: Any
) -> None:
    from riskapp.ui.common.dialogs import Dialogs

    editor = open_editor(qtbot, session, registry, client_id)
    with qtbot.waitSignal(editor.closed_requested, timeout=1000):
        editor.close_button.click()
    assert Dialogs.shown == []
