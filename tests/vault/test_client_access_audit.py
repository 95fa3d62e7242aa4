"""Every client a search, listing or check reveals is named in the audit log, so a team
leader can answer "who has seen client X" (issue 13: `clients list` printed 40 clients
and logged one row without ids)."""

from __future__ import annotations

from riskapp.domain.records import AuditEntry, ClientId, NewClient
from riskapp.services import audit as audit_svc
from riskapp.services import clients as clients_svc
from riskapp.vault import Session
from riskapp.vault.repositories.clients import LISTED_ACTION
from tests.vault.conftest import WORKER, WORKER_PASS, VaultFiles
from tests.vault.test_vault_cmds import run, vault_args


def _listed(session: Session, since_seq: int = 0) -> list[tuple[str, int]]:
    rows = session.conn.execute(
        "SELECT u.name, a.client_id FROM audit_log a JOIN users u ON u.id = a.user_id "
        "WHERE a.action = ? AND a.seq > ? ORDER BY a.seq",
        (LISTED_ACTION, since_seq),
    ).fetchall()
    return [(r[0], int(r[1])) for r in rows]


def _last_seq(session: Session) -> int:
    return int(session.conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])


def _forty(session: Session, pnrs: list[str]) -> list[ClientId]:
    rows = [
        NewClient(f"Förnamn{i:02d}", "Lund", pnrs[i] if i < len(pnrs) else None) for i in range(40)
    ]
    return [c.id for c in session.clients.import_many(rows)]


def test_a_search_names_every_client_it_returned_in_one_transaction(
    worker: Session, pnrs: list[str]
) -> None:
    _forty(worker, pnrs)
    before = _last_seq(worker)
    statements: list[str] = []
    worker.conn.set_trace_callback(statements.append)
    try:
        found = clients_svc.search_clients(worker, "lund", limit=100)
    finally:
        worker.conn.set_trace_callback(None)
    assert len(found) == 40
    assert _listed(worker, before) == [(WORKER, c.id) for c in found]
    # One transaction for the summary row and all 40 client rows, not a commit per client.
    assert [s for s in statements if s in ("BEGIN IMMEDIATE", "COMMIT")] == [
        "BEGIN IMMEDIATE",
        "COMMIT",
    ]
    assert worker.conn.execute(
        "SELECT detail FROM audit_log WHERE seq = ?", (before + 1,)
    ).fetchone() == ("results=40",)


def test_each_page_names_only_the_clients_on_it(worker: Session, pnrs: list[str]) -> None:
    ids = _forty(worker, pnrs)
    before = _last_seq(worker)
    total, page = clients_svc.search_clients_page(worker, "", limit=10, offset=0)
    assert total == 40
    assert {c for _, c in _listed(worker, before)} == {c.id for c in page}
    clients_svc.search_clients(worker, "", limit=10, offset=10)
    assert len(_listed(worker, before)) == 20
    assert {c for _, c in _listed(worker, before)} < set(ids)


def test_a_count_and_an_empty_search_reveal_nobody(worker: Session, pnrs: list[str]) -> None:
    _forty(worker, pnrs)
    before = _last_seq(worker)
    assert worker.clients.count("lund") == 40
    assert clients_svc.search_clients(worker, "finns inte") == []
    assert _listed(worker, before) == []


def test_the_import_check_names_the_clients_it_found(worker: Session, pnrs: list[str]) -> None:
    known = worker.clients.create(NewClient("Redan", "Känd", pnrs[0]))
    before = _last_seq(worker)
    assert clients_svc.registered_personnummer(worker, [pnrs[0], pnrs[1]]) == {pnrs[0]}
    assert _listed(worker, before) == [(WORKER, known.id)]
    # The numbers themselves never reach the log.
    rows = repr(worker.conn.execute("SELECT * FROM audit_log WHERE seq > ?", (before,)).fetchall())
    assert pnrs[0] not in rows
    assert pnrs[1] not in rows


def test_cli_clients_list_names_every_client_printed(vault: VaultFiles, pnrs: list[str]) -> None:
    with vault.open() as session:
        ids = _forty(session, pnrs)
        before = _last_seq(session)
    code, out, _ = run(["clients", "list", *vault_args(vault, WORKER)], WORKER_PASS + "\n")
    assert code == 0
    assert len(out.strip().splitlines()) == 40
    with vault.open() as session:
        assert sorted(c for _, c in _listed(session, before)) == sorted(ids)
        assert {u for u, _ in _listed(session, before)} == {WORKER}


def test_a_team_leader_can_see_who_has_seen_a_client(vault: VaultFiles, pnrs: list[str]) -> None:
    with vault.open(WORKER, WORKER_PASS) as worker:
        ids = _forty(worker, pnrs)
        clients_svc.list_clients(worker, "lund")
        target = ids[7]
        clients_svc.get_client(worker, target)
    with vault.open() as leader:
        entries: list[AuditEntry] = audit_svc.list_entries(leader, client_id=target)
        assert {(e.user, e.action) for e in entries} >= {
            (WORKER, "client.import"),
            (WORKER, LISTED_ACTION),
            (WORKER, "client.read"),
        }
        assert all(e.client_id == target for e in entries)
        # The log viewer's filter takes the id shown in the log or the personnummer.
        today = vault.clock.today()
        assert audit_svc.client_filter(leader, str(target), today) == target
        assert audit_svc.client_filter(leader, pnrs[7], today) == target
        assert audit_svc.client_filter(leader, "", today) is None
        assert audit_svc.client_filter(leader, "Lund", today) == audit_svc.NO_CLIENT
        assert audit_svc.list_entries(leader, client_id=audit_svc.NO_CLIENT) == []


def test_the_log_viewers_bound_model_source_filters_like_the_function(leader: Session) -> None:
    client = leader.clients.create(NewClient("Bo", "Ek"))
    log = audit_svc.AuditLog(leader)
    assert log.list(client_id=client.id) == audit_svc.list_entries(leader, client_id=client.id)
    assert [e.action for e in log.list(client_id=client.id)] == ["client.create"]
