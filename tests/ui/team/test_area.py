"""Team-leader area: users (add, reset, remove with a key-rotation warning), the audit log
viewer with filters, and the statistics tab."""

from __future__ import annotations

from typing import Any

import pytest

from riskapp.domain.records import NewClient, Role
from riskapp.services import clients as clients_svc
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.team.area import TeamLeaderArea
from riskapp.ui.team.audit_table import AuditTableModel
from riskapp.ui.team.user_dialogs import AddUserDialog
from riskapp.ui.team.user_table import UserTableModel
from riskapp.vault import Vault
from tests.ui.conftest import CASEWORKER, LEADER, PASSPHRASE, TEST_PNR

NEW_PASS = "sju blå elefanter dansar tango"


@pytest.fixture
def area(qtbot: Any, session: Any) -> TeamLeaderArea:
    widget = TeamLeaderArea(session)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _select_user(area: TeamLeaderArea, name: str) -> None:
    model = area.users.model
    row = next(r for r in range(model.rowCount()) if model.record_at(r).name == name)
    area.users.table.selectRow(row)


class _AcceptingAdd(AddUserDialog):
    def exec(self) -> int:
        self.name.setText("maja")
        self.role.setCurrentIndex(self.role.findData(Role.CASEWORKER))
        self.passphrase.first.setText(NEW_PASS)
        self.passphrase.second.setText(NEW_PASS)
        return 1


def test_user_model_passes_qtmodeltester(qtmodeltester: Any, session: Any) -> None:
    model = UserTableModel()
    model.set_records(session.users.list())
    qtmodeltester.check(model, force_py=True)
    assert {model.data(model.index(r, 1)) for r in range(model.rowCount())} == {
        "Teamledare",
        "Handläggare",
    }


def test_add_user_stores_name_role_and_passphrase(
    qtbot: Any, session: Any, vault_path: Any
) -> None:
    from riskapp.ui.team.users import UsersPanel

    panel = UsersPanel(session, add_dialog=_AcceptingAdd)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.add_button.click()
    users = {u.name: u.role for u in session.users.list()}
    assert users["maja"] is Role.CASEWORKER
    session.close()  # one session per vault at a time
    Vault.open(vault_path, "maja", NEW_PASS, clock=session.clock).close()


def test_add_dialog_refuses_a_weak_passphrase(qtbot: Any) -> None:
    dialog = AddUserDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("maja")
    dialog.passphrase.first.setText("kort")
    dialog.passphrase.second.setText("kort")
    from PySide6.QtWidgets import QDialogButtonBox

    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_remove_asks_with_the_key_rotation_explained_and_can_be_cancelled(
    area: TeamLeaderArea, session: Any
) -> None:
    _select_user(area, CASEWORKER)
    Dialogs.set_next_answer(False)
    area.users.remove_button.click()
    _kind, title, text = Dialogs.shown[-1]
    assert title == "Ta bort användare"
    assert "krypteringsnyckel byts" in text
    assert CASEWORKER in {u.name for u in session.users.list()}
    Dialogs.set_next_answer(True)
    area.users.remove_button.click()
    assert CASEWORKER not in {u.name for u in session.users.list()}


def test_the_logged_in_leader_cannot_remove_themself(area: TeamLeaderArea) -> None:
    _select_user(area, LEADER)
    assert not area.users.remove_button.isEnabled()
    assert area.users.reset_button.isEnabled()


def test_audit_model_passes_qtmodeltester_and_pages(qtmodeltester: Any, session: Any) -> None:
    for i in range(5):
        session.clients.create(NewClient(f"A{i}", "B"))
    model = AuditTableModel(session.audit, page_size=3)
    model.set_filter()
    assert model.rowCount() == 3
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    qtmodeltester.check(model, force_py=True)


def test_audit_filter_on_action_and_user(area: TeamLeaderArea, session: Any) -> None:
    session.clients.create(NewClient("A", "B"))
    panel = area.audit
    panel.action.setCurrentIndex(panel.action.findData("client.create"))
    panel.apply_filter()
    model = panel.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 2)) == "Klient skapad"
    assert model.data(model.index(0, 1)) == LEADER
    panel.action.setCurrentIndex(0)
    panel.user.setCurrentIndex(panel.user.findData(CASEWORKER))
    panel.apply_filter()
    assert all(model.data(model.index(r, 1)) == CASEWORKER for r in range(model.rowCount()))


def test_audit_filter_on_dates_excludes_other_days(area: TeamLeaderArea, session: Any) -> None:
    from PySide6.QtCore import QDate

    session.clients.create(NewClient("A", "B"))  # at the fixed clock: 2026-01-15
    panel = area.audit
    panel.since.setDate(QDate(2026, 1, 16))
    panel.until.setDate(QDate(2026, 1, 20))
    panel.apply_filter()
    assert panel.model.rowCount() == 0
    panel.since.setDate(QDate(2026, 1, 14))
    panel.apply_filter()
    assert panel.model.rowCount() > 0


def test_chain_check_reports_an_intact_log(area: TeamLeaderArea) -> None:
    area.audit.verify_button.click()
    assert area.audit.chain_label.text().startswith("Loggkedjan är hel")


def test_statistics_tab_shows_the_statistics_view(area: TeamLeaderArea) -> None:
    titles = [area.tabs.tabText(i).replace("&", "") for i in range(area.tabs.count())]
    assert titles == ["Användare", "Logg", "Statistik"]
    assert area.tabs.isTabEnabled(2)
    assert area.tabs.widget(2) is area.statistics


def test_reset_passphrase_lets_the_user_unlock_with_the_new_one(
    qtbot: Any, session: Any, vault_path: Any
) -> None:
    from riskapp.ui.team.user_dialogs import ResetPassphraseDialog
    from riskapp.ui.team.users import UsersPanel

    class _Accepting(ResetPassphraseDialog):
        def exec(self) -> int:
            self.passphrase.first.setText(NEW_PASS)
            self.passphrase.second.setText(NEW_PASS)
            return 1

    panel = UsersPanel(session, reset_dialog=_Accepting)
    qtbot.addWidget(panel)
    panel.refresh()
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.record_at(r).name == CASEWORKER
    )
    panel.table.selectRow(row)
    Dialogs.set_next_answer(None)
    panel.reset_button.click()
    assert Dialogs.shown[-1][1] == "Lösenfrasen är bytt"
    session.close()  # one session per vault at a time
    Vault.open(vault_path, CASEWORKER, NEW_PASS, clock=session.clock).close()


def test_audit_filter_on_a_client_shows_who_has_seen_it(
    qtbot: Any, session: Any, vault_path: Any
) -> None:
    target = session.clients.create(NewClient("Sara", "Ek", TEST_PNR))
    other = session.clients.create(NewClient("Olle", "Ek"))
    session.close()  # one session per vault at a time
    with Vault.open(vault_path, CASEWORKER, PASSPHRASE, clock=session.clock) as worker:
        clients_svc.search_clients_page(worker, "ek")
    leader = Vault.open(vault_path, LEADER, PASSPHRASE, clock=session.clock)
    try:
        widget = TeamLeaderArea(leader)
        qtbot.addWidget(widget)
        widget.refresh()
        panel = widget.audit
        model = panel.model
        for text in (str(target.id), "20170101-2393"):
            panel.client.setText(text)
            panel.apply_filter()
            rows = [
                (model.data(model.index(r, 1)), model.data(model.index(r, 2)))
                for r in range(model.rowCount())
            ]
            assert (CASEWORKER, "Klient visad i lista") in rows
            assert (LEADER, "Klient skapad") in rows
            assert {model.data(model.index(r, 3)) for r in range(model.rowCount())} == {
                str(target.id)
            }
        panel.client.setText(str(other.id))
        panel.apply_filter()
        assert model.rowCount() > 0
        assert {model.data(model.index(r, 3)) for r in range(model.rowCount())} == {str(other.id)}
        panel.client.clear()
        panel.apply_filter()
        assert {model.data(model.index(r, 3)) for r in range(model.rowCount())} >= {
            "",
            str(target.id),
            str(other.id),
        }
    finally:
        leader.close()
