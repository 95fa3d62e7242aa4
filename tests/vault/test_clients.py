"""Clients: create, import all-or-nothing, search (substring, order, paging), export."""

from __future__ import annotations

from datetime import date

import pytest

from riskapp.domain.records import ClientEventKind, NewClient
from riskapp.vault import DuplicateRecord, RecordNotFound, Session, ValidationFailed


def test_create_get_update_round_trip(worker: Session, pnrs: list[str]) -> None:
    created = worker.clients.create(
        NewClient(
            "Anna", "Svensson", pnrs[0], phone="070", safe_contact="sms ok", protected_identity=True
        )
    )
    assert worker.clients.get(created.id) == created
    updated = worker.clients.update(created.id, NewClient("Anna", "Berg", pnrs[0]))
    assert updated.last_name == "Berg"
    assert updated.phone == ""
    assert worker.clients.by_personnummer(pnrs[0]) == updated
    assert worker.clients.by_personnummer(pnrs[1]) is None


def test_duplicate_personnummer_is_refused(worker: Session, pnrs: list[str]) -> None:
    worker.clients.create(NewClient("A", "B", pnrs[0]))
    with pytest.raises(DuplicateRecord):
        worker.clients.create(NewClient("C", "D", pnrs[0]))


def test_invalid_rows_are_refused(worker: Session) -> None:
    with pytest.raises(ValidationFailed):
        worker.clients.create(NewClient("", "B"))
    with pytest.raises(ValidationFailed):
        worker.clients.create(NewClient("A", "B", "12345"))
    with pytest.raises(RecordNotFound):
        worker.clients.get(999)  # type: ignore[arg-type]


def test_import_is_all_or_nothing(worker: Session, pnrs: list[str]) -> None:
    worker.clients.create(NewClient("Finns", "Redan", pnrs[2]))
    rows = [NewClient("Ny", "Ett", pnrs[0]), NewClient("Ny", "Två", pnrs[2])]
    with pytest.raises(DuplicateRecord):
        worker.clients.import_many(rows)
    assert worker.clients.count() == 1
    with pytest.raises(DuplicateRecord):
        worker.clients.import_many([NewClient("A", "B", pnrs[0]), NewClient("C", "D", pnrs[0])])
    assert len(worker.clients.import_many(rows[:1] + [NewClient("Anonym", "Kontakt")])) == 2
    assert worker.clients.count() == 3


def test_search_is_case_insensitive_substring_in_swedish_order(
    worker: Session, pnrs: list[str]
) -> None:
    worker.clients.import_many(
        [
            NewClient("Åsa", "Öberg", pnrs[0]),
            NewClient("Zoran", "Zetterberg"),
            NewClient("Erik", "Ärlig"),
            NewClient("Anna", "Andersson", pnrs[1]),
            NewClient("Berit", "Åberg"),
        ]
    )
    assert [c.last_name for c in worker.clients.search("")] == [
        "Andersson",
        "Zetterberg",
        "Åberg",
        "Ärlig",
        "Öberg",
    ]
    assert [c.last_name for c in worker.clients.search("BERG")] == ["Zetterberg", "Åberg", "Öberg"]
    assert [c.first_name for c in worker.clients.search("åsa öb")] == ["Åsa"]
    assert [c.last_name for c in worker.clients.search(pnrs[1][2:])] == ["Andersson"]
    dashed = f"{pnrs[1][:8]}-{pnrs[1][8:]}"
    assert [c.last_name for c in worker.clients.search(dashed)] == ["Andersson"]
    assert [c.last_name for c in worker.clients.search("", limit=2, offset=1)] == [
        "Zetterberg",
        "Åberg",
    ]
    assert worker.clients.count("berg") == 3


def test_search_and_reads_are_audited_without_the_text(worker: Session) -> None:
    client = worker.clients.create(NewClient("Hemlig", "Person"))
    worker.clients.search("hemlig")
    worker.clients.get(client.id)
    rows = worker.conn.execute("SELECT action, detail FROM audit_log").fetchall()
    actions = [r[0] for r in rows]
    assert "client.search" in actions
    assert "client.read" in actions
    assert "hemlig" not in repr(rows).casefold()


def test_search_page_returns_total_and_page_with_one_summary_row_and_one_per_client(
    worker: Session,
) -> None:
    worker.clients.import_many([NewClient(f"Namn{i}", "Berg") for i in range(7)])
    worker.clients.create(NewClient("Annan", "Ek"))
    before = worker.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    total, page = worker.clients.search_page("berg", limit=3, offset=0)
    assert total == 7
    assert [c.last_name for c in page] == ["Berg"] * 3
    rows = worker.conn.execute(
        "SELECT action, detail, client_id FROM audit_log WHERE seq > ? ORDER BY seq", (before,)
    ).fetchall()
    assert rows == [("client.search", "results=3 total=7", None)] + [
        ("client.listed", "", c.id) for c in page
    ]
    assert worker.clients.search_page("finns inte") == (0, [])


def test_export_holds_everything_about_one_client(worker: Session, pnrs: list[str]) -> None:
    client = worker.clients.create(NewClient("Export", "Person", pnrs[0], notes="anteckning"))
    other = worker.clients.create(NewClient("Annan", "Person"))
    a = worker.assessments.start(client.id, "screening", 1, {"q1": "yes"})
    worker.plans.save(client.id, "safety-plan", 1, {"bag": True}, assessment_id=a.id)
    worker.assessments.start(other.id, "screening", 1)
    worker.events.record(client.id, ClientEventKind.RELEASE, date(2026, 1, 10))
    data = worker.clients.export(client.id)
    assert [(e["kind"], e["occurred_on"]) for e in data["events"]] == [("release", "2026-01-10")]
    assert data["client"]["notes"] == "anteckning"
    assert [x["id"] for x in data["assessments"]] == [a.id]
    assert len(data["safety_plans"]) == 1
    assert {e["action"] for e in data["access_log"]} >= {
        "client.create",
        "assessment.start",
        "plan.save",
        "client.export",
    }
    assert all(e["client_id"] == client.id for e in data["access_log"])
    import json

    json.dumps(data)
