"""Vault benchmarks (pytest-benchmark; with --benchmark-disable each runs once).

Targets (docs/DESIGN.md §8): unlock = KDF (~0.5-1 s) + < 100 ms; client search over
100,000 clients < 30 ms per query and <= 1.5x the same query on plain SQLite; statistics
over 100,000 assessments < 0.5 s. Run with ``--benchmark-enable`` to see the figures.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from riskapp.domain.clock import FixedClock
from riskapp.domain.personnummer import test_numbers
from riskapp.domain.records import NewClient
from riskapp.vault import KdfParams, Session, Vault
from riskapp.vault.text import search_key, sort_key

N_CLIENTS = 100_000
PASS = "benchmark lösenfras lång nog"
FIRST = [
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Emma",
    "Johan",
    "Erik",
    "Lars",
    "Åsa",
    "Örjan",
    "Ida",
    "Elin",
    "Nils",
    "Olof",
    "Ulla",
    "Britt",
    "Hanna",
    "Linnea",
]
LAST = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Åberg",
    "Öhman",
    "Lindqvist",
    "Berg",
    "Holm",
]
QUERIES = ["ander", "sara holm", "öhm", "zzqx", "19"]


def _rows(n: int) -> list[NewClient]:
    rng = random.Random(7)
    numbers = test_numbers()
    rows = []
    for i in range(n):
        first = rng.choice(FIRST)
        last = f"{rng.choice(LAST)}{'' if i % 3 else rng.choice(['', 'son', 'ström', 'dal'])}"
        rows.append(
            NewClient(
                first,
                last,
                numbers[i] if i < len(numbers) else None,
                phone=f"070-{rng.randrange(10**7):07d}",
                notes="x" * 40,
            )
        )
    return rows


@dataclass
class BigVault:
    session: Session
    plain: sqlite3.Connection


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigVault]:
    directory = tmp_path_factory.mktemp("bench")
    clock = FixedClock()
    session, _ = Vault.create(
        directory / "big.riskvault",
        organisation="Bench",
        username="anna",
        passphrase=PASS,
        clock=clock,
        kdf=KdfParams.fast(),
    )
    rows = _rows(N_CLIENTS)
    session.clients.import_many(rows)
    # 100,000 completed assessments for the statistics benchmark, inserted directly
    # (the repository path is exercised by the vault tests).
    rng = random.Random(3)
    with session.tx() as conn:
        conn.executemany(
            "INSERT INTO assessments (client_id, form_id, form_version, form_kind, status, "
            "answers, author_id, started_at, updated_at, completed_at, judgement_level, "
            "stat_facts) VALUES (?, ?, 1, ?, 'completed', '{}', 1, ?, ?, ?, ?, ?)",
            [
                (
                    rng.randrange(1, N_CLIENTS + 1),
                    form,
                    kind,
                    ts,
                    ts,
                    ts,
                    rng.choice(["low", "raised", "high"]),
                    json.dumps(["violence.physical"]),
                )
                for form, kind in [
                    ("danger-assessment", "danger_assessment"),
                    ("screening", "screening"),
                ]
                * (N_CLIENTS // 2)
                for ts in [
                    f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T10:00:00+00:00"
                ]
            ],
        )
    plain = sqlite3.connect(directory / "plain.sqlite")
    plain.execute(
        "CREATE TABLE clients (id INTEGER PRIMARY KEY, first_name, last_name, "
        "personnummer, updated_at, sort_key, search_key)"
    )
    plain.execute("CREATE INDEX clients_search ON clients(sort_key, id, search_key)")
    plain.executemany(
        "INSERT INTO clients VALUES (?, ?, ?, ?, 'x', ?, ?)",
        [
            (
                i + 1,
                r.first_name,
                r.last_name,
                r.personnummer,
                sort_key(r.first_name, r.last_name),
                search_key(r.first_name, r.last_name, r.personnummer),
            )
            for i, r in enumerate(rows)
        ],
    )
    plain.commit()
    yield BigVault(session, plain)
    session.close()
    plain.close()


@pytest.mark.slow
@pytest.mark.parametrize("query", QUERIES)
def test_client_search_100k(benchmark, big_vault: BigVault, query: str) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = f"search {query!r}"
    result = benchmark(big_vault.session.clients.search, query, limit=100)
    assert all(
        query.split()[0] in (c.first_name + c.last_name + (c.personnummer or "")).lower()
        for c in result
    )


@pytest.mark.slow
@pytest.mark.parametrize("query", QUERIES)
def test_same_search_on_plain_sqlite(benchmark, big_vault: BigVault, query: str) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = f"search {query!r}"
    terms = query.split()
    where = " AND ".join(["instr(search_key, ?) > 0"] * len(terms))
    sql = (
        "SELECT c.id, c.first_name, c.last_name, c.personnummer, c.updated_at FROM "
        f"(SELECT id, sort_key FROM clients WHERE {where} ORDER BY sort_key, id LIMIT 100) "
        "AS s JOIN clients c ON c.id = s.id ORDER BY s.sort_key, s.id"
    )
    benchmark(lambda: big_vault.plain.execute(sql, terms).fetchall())


@pytest.mark.slow
def test_stats_snapshot_100k_assessments(benchmark, big_vault: BigVault) -> None:  # type: ignore[no-untyped-def]
    snap = benchmark(big_vault.session.stats_snapshot, date(2026, 1, 1), date(2026, 12, 31))
    assert len(snap.assessments) == N_CLIENTS


@pytest.mark.slow
def test_statistics_end_to_end_100k_assessments(benchmark, big_vault: BigVault) -> None:  # type: ignore[no-untyped-def]
    """What a team leader waits for: vault snapshot, aggregation and disclosure control."""
    from riskapp.services.stats import build_statistics

    result = benchmark(
        build_statistics,
        big_vault.session,
        date(2026, 1, 1),
        date(2026, 12, 31),
        by=("sex", "age"),
    )
    assert len(result.tables) == 24


@pytest.mark.slow
def test_unlock_with_production_kdf(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "prod.riskvault"
    params = KdfParams()
    session, _ = Vault.create(path, organisation="x", username="anna", passphrase=PASS, kdf=params)
    session.close()

    def unlock() -> None:
        Vault.open(path, "anna", PASS).close()

    benchmark.extra_info["kdf"] = (
        f"argon2id t={params.time_cost} m={params.memory_kib} KiB p={params.parallelism}"
    )
    benchmark.pedantic(unlock, rounds=3, iterations=1)
