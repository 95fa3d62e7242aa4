"""The caseload at 100,000 clients, each with an open case (the worst case), beside
today's client list (``search_page``) on the same vault.

Run with ``--benchmark-enable`` to see the figures; with ``--benchmark-disable`` each runs
once and checks the result. Target: a caseload page within a small multiple of the client
list's page and under 1 s (it sorts every open case; the client list stops at the page).
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from datetime import timedelta

import pytest

from riskapp.domain.caseload import CaseloadFilter
from riskapp.domain.clock import FixedClock
from riskapp.domain.records import Role
from riskapp.services.cases import caseload_page, caseworker_summary
from riskapp.vault import KdfParams, Session, Vault
from tests.benchmarks.test_vault_bench import N_CLIENTS, PASS, _rows

#: Building 100,000 cases and 300,000 assessments takes minutes on a shared machine: run
#: with RISKAPP_BENCH_CASELOAD=1 (and --benchmark-enable for the figures).
pytestmark = pytest.mark.skipif(
    not os.environ.get("RISKAPP_BENCH_CASELOAD"), reason="set RISKAPP_BENCH_CASELOAD=1"
)


@pytest.fixture(scope="module")
def caseload_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    directory = tmp_path_factory.mktemp("caseload")
    clock = FixedClock()
    session, _ = Vault.create(
        directory / "big.riskvault",
        organisation="Bench",
        username="anna",
        passphrase=PASS,
        clock=clock,
        kdf=KdfParams.fast(),
    )
    for name in ("bertil", "cecilia", "david"):
        session.users.add(name, Role.CASEWORKER, PASS + name)
    session.clients.import_many(_rows(N_CLIENTS))
    rng = random.Random(5)
    today = clock.today()
    with session.tx() as conn:
        conn.executemany(
            "INSERT INTO cases (client_id, opened_on, source, reason, responsible_id, "
            "created_at, updated_at) VALUES (?, ?, 'self', 'close_relationship', ?, 't', 't')",
            [
                (i, (today - timedelta(days=rng.randrange(1, 700))).isoformat(), rng.randint(1, 4))
                for i in range(1, N_CLIENTS + 1)
            ],
        )
        # Two completed danger assessments per client (the latest counts) and a screening.
        rows = []
        for i in range(1, N_CLIENTS + 1):
            for _ in range(2):
                done = today - timedelta(days=rng.randrange(1, 400))
                stamp = done.isoformat() + "T10:00:00+00:00"
                review = (done + timedelta(days=90)).isoformat()
                level = rng.choice(["low", "raised", "high", "acute"])
                rows.append((i, "danger-assessment", "danger_assessment", level, review, stamp))
            stamp = (today - timedelta(days=rng.randrange(400, 700))).isoformat() + "T09:00:00"
            rows.append((i, "screening", "screening", None, None, stamp))
        conn.executemany(
            "INSERT INTO assessments (client_id, form_id, form_version, form_kind, status, "
            "answers, judgement_level, review_due, author_id, started_at, updated_at, "
            "completed_at) VALUES (?, ?, 1, ?, 'completed', '{}', ?, ?, 1, ?6, ?6, ?6)",
            rows,
        )
    yield session
    session.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "flt", "sort"),
    [
        ("default (next review)", CaseloadFilter(), "review"),
        ("sorted by level", CaseloadFilter(), "level"),
        ("my clients", CaseloadFilter(mine=True), "review"),
        ("review overdue", CaseloadFilter(overdue=True), "review"),
        ("high or acute", CaseloadFilter(high=True), "review"),
    ],
)
def test_caseload_page_100k(benchmark, caseload_vault: Session, name: str, flt, sort: str) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = "caseload vs client list"
    page = benchmark(caseload_page, caseload_vault, flt, sort=sort, limit=100)
    assert len(page.rows) == 100
    assert page.total > 100


@pytest.mark.slow
@pytest.mark.parametrize("query", ["", "ander"])
def test_client_list_page_100k(benchmark, caseload_vault: Session, query: str) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = "caseload vs client list"
    total, rows = benchmark(caseload_vault.clients.search_page, query, limit=100)
    assert len(rows) == 100


@pytest.mark.slow
def test_caseworker_summary_100k(benchmark, caseload_vault: Session) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = "caseload vs client list"
    lines = benchmark(caseworker_summary, caseload_vault)
    assert sum(line.open_cases for line in lines) == N_CLIENTS
