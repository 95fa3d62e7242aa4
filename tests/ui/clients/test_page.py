"""Client page: details, history newest first, trend, repeat indicator, journal summary via
the sensitive clipboard, embedded editors, printing, and returning to a wizard page after a
lock with the draft intact."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel

from riskapp.domain.records import (
    Assessment,
    AssessmentId,
    AssessmentStatus,
    ClientId,
    NewClient,
)
from riskapp.domain.review import review_state
from riskapp.services.demo import generate_demo_data
from riskapp.ui.clients.page import ClientPage
from riskapp.ui.common.clipboard import DEFAULT_CLEAR_MS, SensitiveClipboard
from riskapp.ui.common.dialogs import Dialogs
from tests.ui.conftest import unlock
from tests.ui.manual_clock import ManualClock


def _assessment(status: AssessmentStatus, due: date | None, completed: datetime) -> Assessment:
    return Assessment(
        id=AssessmentId(1),
        client_id=ClientId(1),
        form_id="danger-assessment",
        form_version=1,
        status=status,
        answers={},
        author="x",
        started_at=completed,
        updated_at=completed,
        completed_at=completed,
        review_due=due,
    )


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (date(2026, 1, 10), "overdue"),
        (date(2026, 1, 20), "soon"),
        (date(2026, 4, 1), "scheduled"),
    ],
)
def test_review_state_from_the_latest_completed_assessment(due: date, expected: str) -> None:
    done = _assessment(AssessmentStatus.COMPLETED, due, datetime(2025, 10, 1, tzinfo=UTC))
    assert review_state([done], date(2026, 1, 15)) == (expected, due)


def test_no_review_state_without_a_completed_dated_assessment() -> None:
    draft = _assessment(AssessmentStatus.DRAFT, date(2026, 1, 1), datetime(2025, 1, 1, tzinfo=UTC))
    assert review_state([draft], date(2026, 1, 15)) is None


@pytest.fixture
def page(qtbot: Any, session: Any, registry: Any, manual_clock: ManualClock) -> ClientPage:
    clip = SensitiveClipboard(timer=manual_clock.timer())
    widget = ClientPage(registry, clip)
    qtbot.addWidget(widget)
    widget.attach(session)
    widget.show()
    return widget


@pytest.fixture
def demo_client(session: Any, registry: Any) -> ClientId:
    """A synthetic client with a completed danger assessment (demo data generator)."""
    generate_demo_data(session, clients=6, seed=7, registry=registry)
    for summary in session.clients.search("", limit=100):
        rows = session.assessments.list_for_client(summary.id)
        if any(a.form_id == "danger-assessment" and a.judgement_level for a in rows):
            return summary.id
    raise AssertionError("demo data without a danger assessment")


def test_details_and_masked_personnummer(page: ClientPage, session: Any) -> None:
    client = session.clients.create(
        NewClient(
            "Anna", "Berg", "201701012393", safe_contact="Ring efter 14", protected_identity=True
        )
    )
    page.show_client(client.id)
    assert page.name_label.text() == "Anna Berg"
    assert page.pnr_label.text() == "20170101-****"
    assert page.safe_value.text() == "Ring efter 14"
    assert page.protected_label.isVisible()
    page.pnr_toggle.click()
    assert page.pnr_label.text() == "20170101-2393"
    assert page.review_label.text() == "Ingen ny riskbedömning inplanerad."
    assert page.trend.isHidden()
    assert page.trend_title.text().endswith("ingen slutförd riskbedömning ännu.")


def test_history_is_newest_first_and_the_trend_shows_judgements(
    page: ClientPage, session: Any, demo_client: ClientId
) -> None:
    page.show_client(demo_client)
    model = page.assessment_model
    rows = [model.record_at(r) for r in range(model.rowCount())]
    assert rows == session.assessments.list_for_client(demo_client)
    dates = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    judged = [a for a in rows if a.status is AssessmentStatus.COMPLETED and a.judgement_level]
    assert len(page.trend.points()) == len(judged)
    assert page.review_label.property("state") in {"overdue", "soon", "scheduled"}
    page.trend.grab()  # paints without error


def test_journal_summary_is_copied_and_cleared(
    qtbot: Any, page: ClientPage, session: Any, demo_client: ClientId, manual_clock: ManualClock
) -> None:
    page.show_client(demo_client)
    client = session.clients.get(demo_client)
    Dialogs.set_next_answer(None)
    page.journal_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith(page.assessment_model.data(page.assessment_model.index(0, 1)))
    assert client.last_name not in text
    assert (client.personnummer or "no pnr") not in text
    manual_clock.advance(DEFAULT_CLEAR_MS - 1)
    assert QGuiApplication.clipboard().text() == text
    manual_clock.advance(1)
    assert QGuiApplication.clipboard().text() == ""


def test_starting_an_instrument_embeds_the_wizard_and_close_returns(
    qtbot: Any, page: ClientPage, session: Any
) -> None:
    client = session.clients.create(NewClient("Bo", "Ek"))
    page.show_client(client.id)
    assert set(page.start_buttons) == {"screening", "violence-description", "danger-assessment"}
    page.start_buttons["screening"].click()
    assert page.editor is not None
    assert page.editor.isVisibleTo(page.stack.currentWidget())
    assert page.stack.currentWidget().findChild(QLabel, "editor_client").text() == "Klient: Bo Ek"
    page.editor.closed_requested.emit()
    assert page.editor is None
    assert page.stack.currentIndex() == 0


def test_plan_editor_opens_in_place(page: ClientPage, session: Any) -> None:
    client = session.clients.create(NewClient("Bo", "Ek"))
    page.show_client(client.id)
    page.plan_button.click()
    assert page.editor is not None
    assert type(page.editor).__name__ == "PlanEditor"


def test_printing_the_plan_records_the_version_given(
    page: ClientPage, session: Any, demo_client: ClientId, monkeypatch: pytest.MonkeyPatch
) -> None:
    import riskapp.ui.printouts.printing as ui_printing

    if session.plans.latest_for_client(demo_client) is None:
        pytest.skip("demo client has no plan")
    monkeypatch.setattr(ui_printing, "exec_dialog", lambda _d: QDialog.DialogCode.Accepted)
    page.show_client(demo_client)
    assert page.print_discreet_button.isEnabled()
    page.print_discreet_button.click()
    assert session.plans.latest_for_client(demo_client).printed_version == "discreet"
    assert page.plan_model.data(page.plan_model.index(0, 2)) == "Diskret version"


def test_lock_returns_to_the_same_wizard_page_with_the_draft(qtbot: Any, main_window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    from riskapp.ui.assessment.questions import VALUE_PROPERTY

    unlock(qtbot, main_window)
    client = main_window.session.clients.create(NewClient("Bo", "Ek"))
    main_window.open_client(client.id)
    page = main_window.client_page
    page.start_buttons["danger-assessment"].click()
    wizard = page.editor
    wizard.next_page()  # the first page has a required question: Next twice skips it
    wizard.next_page()
    position = wizard.page_list.currentIndex().row()
    assert position == 1
    question = wizard.questions["violence_increased"]
    yes = next(
        b for b in question.findChildren(QAbstractButton) if b.property(VALUE_PROPERTY) == "yes"
    )
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    main_window.lock()  # before the autosave debounce: the lock itself saves the draft
    assert page.editor is None
    unlock(qtbot, main_window)
    restored = main_window.client_page.editor
    assert restored is not None
    saved_id = restored.current_assessment_id()
    assert saved_id is not None
    assert restored.page_list.currentIndex().row() == position
    stored = main_window.session.assessments.get(saved_id)
    assert stored.status is AssessmentStatus.DRAFT
    assert stored.answers["violence_increased"] == "yes"
    assert restored.questions["violence_increased"].value() == "yes"


# --- saving as PDF (riskapp/ui/pdf_save.py) ------------------------------------------------


def _answer_options(
    monkeypatch: pytest.MonkeyPatch, *, discreet: bool = False, password: str | None = None
) -> None:
    """Fill the save options dialog as a person would, then press its OK button."""
    import riskapp.ui.printouts.printing as ui_printing
    from riskapp.ui.printouts.pdf_save import SavePdfDialog

    def fill(dialog: SavePdfDialog) -> int:
        if dialog.discreet_choice is not None and discreet:
            dialog.discreet_choice.setChecked(True)
        if password is not None:
            dialog.protect.setChecked(True)
            dialog.password.setText(password)
            dialog.repeat.setText(password)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ui_printing, "exec_dialog", fill)


def test_saving_the_discreet_plan_with_a_password_writes_an_encrypted_neutral_file(
    page: ClientPage,
    session: Any,
    demo_client: ClientId,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    if session.plans.latest_for_client(demo_client) is None:
        pytest.skip("demo client has no plan")
    _answer_options(monkeypatch, discreet=True, password="sommar och sol")
    out = tmp_path / "out"  # tmp_path also holds the vault
    out.mkdir()
    Dialogs.set_next_answer(str(out / "anteckningar"))  # the file dialog; ".pdf" is added
    Dialogs.set_next_answer(None)  # the "saved" message
    page.show_client(demo_client)
    assert page.save_plan_button.isEnabled()
    page.save_plan_button.click()

    written = out / "anteckningar.pdf"
    assert sorted(p.name for p in out.iterdir()) == ["anteckningar.pdf"]
    reader = PdfReader(written)
    assert reader.is_encrypted
    assert reader.decrypt("fel lösenord") == 0
    assert reader.decrypt("sommar och sol") != 0
    assert "Mina anteckningar" in reader.pages[0].extract_text()
    assert session.plans.latest_for_client(demo_client).printed_version == "discreet"
    save_dialog = [entry for entry in Dialogs.shown if entry[0] == "save_file"]
    assert len(save_dialog) == 1


def test_saving_a_summary_without_password_writes_a_readable_pdf(
    page: ClientPage,
    session: Any,
    demo_client: ClientId,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    _answer_options(monkeypatch)
    target = tmp_path / "bedomning.pdf"
    Dialogs.set_next_answer(str(target))
    Dialogs.set_next_answer(None)
    page.show_client(demo_client)
    completed = [
        row
        for row in range(page.assessment_model.rowCount())
        if page.assessment_model.record_at(row).status is AssessmentStatus.COMPLETED
    ]
    page.assessment_table.selectRow(completed[0])
    assert page.save_summary_button.isEnabled()
    page.save_summary_button.click()
    reader = PdfReader(target)
    assert not reader.is_encrypted
    assert "Sekretess enligt OSL 26 kap." in reader.pages[0].extract_text()


def test_cancelling_the_file_dialog_writes_and_records_nothing(
    page: ClientPage,
    session: Any,
    demo_client: ClientId,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    plan = session.plans.latest_for_client(demo_client)
    if plan is None:
        pytest.skip("demo client has no plan")
    _answer_options(monkeypatch)
    Dialogs.set_next_answer(None)  # cancelled file dialog
    before = sorted(tmp_path.rglob("*"))
    page.show_client(demo_client)
    page.save_plan_button.click()
    assert sorted(tmp_path.rglob("*")) == before
    assert session.plans.latest_for_client(demo_client).printed_version == plan.printed_version


@pytest.mark.parametrize(
    ("password", "repeat", "expected"),
    [
        ("kort", "kort", "minst 8 tecken"),
        ("ett långt lösenord", "ett annat lösenord", "inte lika"),
    ],
)
def test_save_options_refuse_a_short_or_mistyped_password(
    qtbot: Any, password: str, repeat: str, expected: str
) -> None:
    from riskapp.ui.printouts.pdf_save import SavePdfDialog

    dialog = SavePdfDialog(None, plan=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.password.isEnabled()
    dialog.protect.setChecked(True)
    dialog.password.setText(password)
    dialog.repeat.setText(repeat)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert dialog.isVisible()
    assert expected in dialog.error.text()
    dialog.protect.setChecked(False)
    assert dialog.password.text() == ""
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.chosen_password() is None
    assert not dialog.discreet()


def test_leaving_for_another_client_keeps_the_open_editors_work(
    qtbot: Any, page: ClientPage, session: Any, registry: Any
) -> None:
    """Ctrl+K, Ctrl+N or opening another client drop the editor; its work is stored first."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QCheckBox

    from riskapp.services import plans as plan_services

    client = session.clients.create(NewClient("Bo", "Ek"))
    other = session.clients.create(NewClient("Eva", "Lund"))
    page.show_client(client.id)
    page.start_buttons["screening"].click()
    wizard: Any = page.editor
    qid, first = next(iter(wizard.questions.items()))
    first.focus_first()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    assert wizard.has_unsaved_changes()  # the debounced autosave has not run yet
    page.show_client(other.id)
    drafts = session.assessments.list_for_client(client.id)
    assert [d.answers.get(qid) for d in drafts] == ["yes"]

    page.show_client(client.id)
    page.plan_button.click()
    editor: Any = page.editor
    check = next(
        q for q in plan_services.plan_form(registry).questions() if q.kind.value == "check"
    )
    box = next(b for b in editor.findChildren(QCheckBox) if b.property("question_id") == check.id)
    box.click()
    assert editor.has_unsaved_changes()
    page.detach()  # as on lock or on the way to the client list
    plans = session.plans.list_for_client(client.id)
    assert [p.answers.get(check.id) for p in plans] == [True]
