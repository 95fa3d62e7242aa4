"""The per-keystroke count stops at 1000: a capped total prints "1000+" and a pager that
compares fetched rows with it keeps fetching until a short page."""

from __future__ import annotations

from riskapp.domain.records import NewClient
from riskapp.vault import Session
from riskapp.vault.repositories.clients import COUNT_CAP, MatchCount


def test_search_page_caps_the_count_and_shows_1000_plus(worker: Session) -> None:
    worker.clients.import_many([NewClient(f"Anna{i}", "Berg") for i in range(COUNT_CAP + 5)])
    total, page = worker.clients.search_page("anna", limit=100)
    assert total.capped
    assert str(total) == "1000+"
    # as the client list words it (a translated template, so str.format)
    assert "Antal klienter: {count}".format(count=total) == "Antal klienter: 1000+"  # noqa: UP032
    assert len(page) == 100
    assert len(page) * 11 < total  # the pager keeps fetching past 1000 rows
    assert worker.clients.count("anna") == COUNT_CAP + 5  # the explicit count stays exact


def test_a_count_under_the_cap_is_exact(worker: Session) -> None:
    worker.clients.import_many([NewClient(f"Anna{i}", "Berg") for i in range(3)])
    total, page = worker.clients.search_page("anna")
    assert not total.capped
    assert total == 3
    assert str(total) == "3"
    assert not len(page) < total
    assert MatchCount(COUNT_CAP) == COUNT_CAP
    assert not MatchCount(COUNT_CAP).capped
