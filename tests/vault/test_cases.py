"""Cases through the services: one open case, reopening keeps history, interventions,
assignment by team leaders, audit rows with the client, and the caseload query."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from riskapp.domain.caseload import CaseloadFilter
from riskapp.domain.cases import CaseError
from riskapp.domain.records import ClientId, NewClient
from riskapp.services import cases as svc
from riskapp.vault import PermissionDenied, Session
from tests.vault.conftest import LEADER, WORKER, WORKER_PASS, VaultFiles


def _client(session: Session, pnr: str | None = None, name: str = "Test") -> ClientId:
    return session.clients.create(NewClient(name, "Person", pnr)).id


def _judgement(
    session: Session, client_id: ClientId, level: str, completed: date, review: date
) -> None:
    with session.tx() as conn:
        conn.execute(
            "INSERT INTO assessments (client_id, form_id, form_version, form_kind, status, "
            "answers, judgement_level, review_due, author_id, started_at, updated_at, "
            "completed_at) VALUES (?, 'danger-assessment', 1, 'danger_assessment', "
            "'completed', '{}', ?, ?, ?, ?, ?, ?)",
            (
                int(client_id),
                level,
                review.isoformat(),
                int(session.user.id),
                completed.isoformat() + "T10:00:00+00:00",
                completed.isoformat() + "T10:00:00+00:00",
                completed.isoformat() + "T10:00:00+00:00",
            ),
        )


def test_one_open_case_reopen_keeps_history_and_every_step_is_audited(
    leader: Session, vault: VaultFiles
) -> None:
    today = vault.clock.today()
    cid = _client(leader)
    case = svc.open_case(leader, cid, source="police", reason="both")
    assert case.is_open
    assert case.responsible == leader.user.name
    with pytest.raises(CaseError) as info:
        svc.open_case(leader, cid, source="self", reason="honour")
    assert info.value.code == "case_already_open"
    svc.add_intervention(leader, case.id, "support_talks", today)
    with pytest.raises(CaseError) as info:
        svc.add_intervention(leader, case.id, "astrology", today)
    assert info.value.code == "intervention_unknown_kind"
    closed = svc.close_case(leader, cid, closed_on=today, reason="goal_reached", outcome="full")
    assert closed.closed_on == today
    assert closed.interventions[0].ended_on == today  # open interventions end with the case
    svc.open_case(leader, cid, source="self", reason="honour")
    history = svc.list_cases(leader, cid)
    assert [c.status for c in history] == ["closed", "open"]
    actions = [e.action for e in leader.audit.for_client(cid)]
    for action in ("case.open", "intervention.add", "case.close", "case.read"):
        assert action in actions
    assert all(e.client_id == cid for e in leader.audit.for_client(cid))


def test_close_rules_leave_the_case_open(leader: Session, vault: VaultFiles) -> None:
    today = vault.clock.today()
    cid = _client(leader)
    with pytest.raises(CaseError) as info:
        svc.close_case(leader, cid, closed_on=today, reason="moved", outcome="none")
    assert info.value.code == "case_not_open"
    svc.open_case(leader, cid, source="self", reason="honour")
    for day, code in (
        (today - timedelta(days=1), "case_date_before_open"),
        (today + timedelta(days=1), "case_date_in_future"),
    ):
        with pytest.raises(CaseError) as info:
            svc.close_case(leader, cid, closed_on=day, reason="moved", outcome="none")
        assert info.value.code == code
    with pytest.raises(CaseError) as info:
        svc.close_case(leader, cid, closed_on=today, reason="moved", outcome="great")
    assert info.value.code == "case_bad_value"
    assert svc.open_case_of(leader, cid) is not None


def test_records_join_the_open_case(leader: Session) -> None:
    cid = _client(leader)
    screening = leader.assessments.start(cid, "screening", 1, form_kind="screening")
    case = svc.open_case(leader, cid, source="health_care", reason="close_relationship")
    later = leader.assessments.start(cid, "danger-assessment", 1, form_kind="danger_assessment")
    ids = leader.conn.execute(
        "SELECT id, case_id FROM assessments WHERE client_id = ? ORDER BY id", (cid,)
    ).fetchall()
    assert ids == [(screening.id, case.id), (later.id, case.id)]


def test_team_leader_assigns_and_caseworker_may_not(vault: VaultFiles) -> None:
    with vault.open(WORKER, WORKER_PASS) as worker:
        cid = _client(worker)
        case = svc.open_case(worker, cid, source="self", reason="both")
        with pytest.raises(PermissionDenied):
            svc.assign_responsible(worker, case.id, LEADER)
        with pytest.raises(PermissionDenied):
            svc.open_case(
                worker,
                _client(worker, name="Other"),
                source="self",
                reason="both",
                responsible=LEADER,
            )
    with vault.open() as leader:
        moved = svc.assign_responsible(leader, case.id, LEADER)
        assert moved.responsible == LEADER
        assert "case.assign" in [e.action for e in leader.audit.for_client(cid)]


def test_caseload_rows_filters_sorting_and_summary(vault: VaultFiles, pnrs: list[str]) -> None:
    today = vault.clock.today()
    with vault.open() as leader:
        a = _client(leader, pnrs[0], "A")
        b = _client(leader, pnrs[1], "B")
        c = _client(leader, None, "C")
        closed = _client(leader, pnrs[2], "D")
        for cid in (a, b, c, closed):
            svc.open_case(leader, cid, source="self", reason="both", responsible=WORKER)
        svc.close_case(leader, closed, closed_on=today, reason="moved", outcome="unknown")
        # a: high, overdue; b: acute then low (the latest judgement counts); c: none
        _judgement(leader, a, "high", today - timedelta(days=100), today - timedelta(days=10))
        _judgement(leader, b, "acute", today - timedelta(days=50), today + timedelta(days=40))
        _judgement(leader, b, "low", today - timedelta(days=5), today + timedelta(days=85))
        page = svc.caseload_page(leader)
        assert page.total == 3
        assert [r.client_id for r in page.rows] == [a, b, c]  # next review first, none last
        row_a = page.rows[0]
        assert (row_a.personnummer, row_a.level, row_a.overdue, row_a.responsible) == (
            pnrs[0],
            "high",
            True,
            WORKER,
        )
        assert row_a.last_assessed == today - timedelta(days=100)
        assert page.rows[1].level == "low"
        assert page.rows[2].level is None
        assert page.rows[2].next_review is None
        assert [r.client_id for r in svc.caseload_page(leader, sort="level").rows] == [a, b, c]
        overdue = svc.caseload_page(leader, CaseloadFilter(overdue=True))
        assert [r.client_id for r in overdue.rows] == [a]
        high = svc.caseload_page(leader, CaseloadFilter(high=True))
        assert [r.client_id for r in high.rows] == [a]
        assert svc.caseload_page(leader, CaseloadFilter(mine=True)).total == 0
        second = svc.caseload_page(leader, limit=2, offset=2)
        assert (second.total, [r.client_id for r in second.rows]) == (3, [c])
        [line] = svc.caseworker_summary(leader)
        assert (
            line.responsible,
            line.open_cases,
            line.overdue_reviews,
            line.high_without_plan,
        ) == (WORKER, 3, 1, 1)
        # the listing names each client shown
        assert "client.listed" in [e.action for e in leader.audit.for_client(a)]
    with vault.open(WORKER, WORKER_PASS) as worker:
        assert svc.caseload_page(worker, CaseloadFilter(mine=True)).total == 3
        with pytest.raises(PermissionDenied):
            svc.caseworker_summary(worker)
