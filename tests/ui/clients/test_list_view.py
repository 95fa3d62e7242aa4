"""Client list: a lazily paged, well-behaved model; masked personnummer by default; debounce."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from riskapp.services.clients import ClientSearch
from riskapp.ui.clients.formatting import format_personnummer
from riskapp.ui.clients.list_view import SEARCH_DEBOUNCE_MS, ClientListView
from riskapp.ui.clients.table_model import COL_PNR, ClientTableModel
from tests.ui.conftest import TEST_PNR, add_clients
from tests.ui.manual_clock import ManualClock


class CountingRepo:
    """Wraps session.clients to count the rows the model asks for."""

    def __init__(self, clients: Any) -> None:
        self.clients = clients
        self.fetched = 0

    def count(self, text: str = "") -> int:
        return int(self.clients.count(text))

    def search(self, text: str = "", *, limit: int = 100, offset: int = 0) -> list[Any]:
        rows = self.clients.search(text, limit=limit, offset=offset)
        self.fetched += len(rows)
        return list(rows)

    def search_page(
        self, text: str = "", *, limit: int = 100, offset: int = 0
    ) -> tuple[int, list[Any]]:
        total, rows = self.clients.search_page(text, limit=limit, offset=offset)
        self.fetched += len(rows)
        return total, list(rows)


def test_model_passes_qtmodeltester(qtmodeltester: Any, session: Any) -> None:
    add_clients(session, 25, with_pnr=True)
    model = ClientTableModel(session.clients, page_size=10)
    model.set_search("")
    qtmodeltester.check(model, force_py=True)
    model.fetchMore()
    qtmodeltester.check(model, force_py=True)


def test_pages_are_fetched_lazily(session: Any) -> None:
    add_clients(session, 35)
    repo = CountingRepo(session.clients)
    model = ClientTableModel(repo, page_size=10)
    model.set_search("")
    assert model.total == 35
    assert model.rowCount() == 10
    assert repo.fetched == 10
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 35
    assert repo.fetched == 35


def test_personnummer_is_masked_by_default_and_shown_on_request(session: Any) -> None:
    add_clients(session, 1, with_pnr=True)
    model = ClientTableModel(session.clients)
    model.set_search("")
    index = model.index(0, COL_PNR)
    assert model.data(index) == "20170101-****"
    model.set_masked(False)
    assert model.data(index) == "20170101-2393"


def test_clients_without_personnummer_are_marked(session: Any) -> None:
    add_clients(session, 1)
    model = ClientTableModel(session.clients)
    model.set_search("")
    assert model.data(model.index(0, COL_PNR)) == "(saknas)"


def test_format_personnummer() -> None:
    assert format_personnummer(TEST_PNR, masked=True) == "20170101-****"
    assert format_personnummer(TEST_PNR, masked=False) == "20170101-2393"
    assert format_personnummer(None, masked=True) == ""


def test_typing_searches_after_the_debounce(
    qtbot: Any, session: Any, manual_clock: ManualClock
) -> None:
    add_clients(session, 12)
    view = ClientListView(debounce=manual_clock.timer())
    qtbot.addWidget(view)
    view.attach(session.clients)
    assert view.model is not None
    assert view.model.total == 12
    assert not view.show_pnr.isChecked()
    qtbot.keyClicks(view.search, "0011")
    manual_clock.advance(SEARCH_DEBOUNCE_MS - 1)
    assert view.model.total == 12  # not yet: debounced
    manual_clock.advance(1)
    assert view.model is not None
    assert view.model.total == 1
    assert view.model.data(view.model.index(0, 0)) == "Åberg0011"


def test_enter_on_a_single_hit_opens_the_client(qtbot: Any, session: Any) -> None:
    add_clients(session, 3)
    view = ClientListView()
    qtbot.addWidget(view)
    view.attach(session.clients)
    view.search.setText("Förnamn0002")
    with qtbot.waitSignal(view.client_activated, timeout=2000) as blocker:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    expected = session.clients.search("Förnamn0002")[0].id
    assert blocker.args == [int(expected)]


def test_show_personnummer_toggle_unmasks_the_list(qtbot: Any, session: Any) -> None:
    add_clients(session, 1, with_pnr=True)
    view = ClientListView()
    qtbot.addWidget(view)
    view.attach(session.clients)
    assert view.model is not None
    assert view.model.data(view.model.index(0, COL_PNR)) == "20170101-****"
    view.show_pnr.setChecked(True)
    assert view.model.data(view.model.index(0, COL_PNR)) == "20170101-2393"
    view.detach()
    view.attach(session.clients)
    assert view.model.data(view.model.index(0, COL_PNR)) == "20170101-****"


def test_the_count_line_guides_when_there_is_nothing_to_show(qtbot: Any, session: Any) -> None:
    view = ClientListView()
    qtbot.addWidget(view)
    view.attach(session.clients)
    assert view.count_label.text() == "Inga klienter ännu. Lägg till en med Ny klient … (Ctrl+N)."
    add_clients(session, 2)
    view.refresh()
    assert view.count_label.text() == "Antal klienter: 2"
    view.search.setText("finns inte")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.count_label.text() == "Ingen klient matchar sökningen."


def _listed_ids(session: Any) -> list[int]:
    rows = session.conn.execute(
        "SELECT client_id FROM audit_log WHERE action = 'client.listed' ORDER BY seq"
    ).fetchall()
    return [int(r[0]) for r in rows]


def test_each_page_the_list_shows_is_audited_client_by_client(qtbot: Any, session: Any) -> None:
    add_clients(session, 25)
    view = ClientListView()
    qtbot.addWidget(view)
    view.attach(ClientSearch(session))  # what the main window attaches
    model = view.model
    assert model is not None
    model_page = [model.record_at(r).id for r in range(model.rowCount())]
    assert _listed_ids(session) == model_page
    assert len(model_page) == 25
    view.search.setText("Förnamn0003")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert _listed_ids(session)[-1] == model.record_at(0).id
    assert len(_listed_ids(session)) == 26


def test_scrolling_audits_only_the_pages_fetched(session: Any) -> None:
    add_clients(session, 35)
    model = ClientTableModel(ClientSearch(session), page_size=10)
    model.set_search("")
    assert len(_listed_ids(session)) == 10
    model.fetchMore()
    shown = [model.record_at(r).id for r in range(model.rowCount())]
    assert _listed_ids(session) == shown
