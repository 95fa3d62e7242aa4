"""The bench's data: a seeded vault built fast, and a plain SQLite copy of it.

A few synthetic clients are made by the demo generator (so assessments and plans are
shaped exactly as the app writes them: answers walked through the forms, stat facts,
repeat flags); then ``clients`` clients are bulk-inserted straight through the vault's
schema in one transaction, about a third of them with one of those histories moved to
their own dates. One extra client has 20 assessments and 5 plans (the client page row).
Same seed, same data. Personnummer: Skatteverket's test numbers while they last (the
demo clients use some), then numbers with a wrong check digit that belong to no one. The
vault lives in a private temporary directory that the caller deletes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from riskapp.domain.personnummer import luhn_check_digit, test_numbers
from riskapp.services.demo import generate_demo_data
from riskapp.services.demo_names import FEMALE_NAMES, MALE_NAMES, SURNAMES
from riskapp.vault import Session, Vault
from riskapp.vault.connection import Connection
from riskapp.vault.kdf import KdfParams
from riskapp.vault.text import search_key, sort_key

USER = "bench"
PASSPHRASE = "bench lösenord som bara finns i en temporär katalog"
#: The last day of the built data; statistics cover the year up to it.
ANCHOR = date(2026, 6, 30)
TEMPLATE_CLIENTS = 12
HISTORY_SHARE = 0.3
_SHIFTED = {
    "assessments": ("started_at", "updated_at", "completed_at", "review_due"),
    "safety_plans": ("created_at", "updated_at"),
}


@dataclass(frozen=True)
class Dataset:
    directory: Path
    vault: Path
    plain: Path
    clients: int
    assessments: int
    page_client: int
    kdf: KdfParams

    @property
    def year(self) -> tuple[date, date]:
        return ANCHOR - timedelta(days=364), ANCHOR


def open_session(data: Dataset) -> Session:
    return Vault.open(data.vault, USER, PASSPHRASE)


def unassigned_number(rng: random.Random) -> str:
    """A 12-digit number shaped like a personnummer (a real birth date) but with a wrong
    check digit, so it can belong to no one (DOMAIN.md: a made-up valid number may).
    The bench stores these directly in its schema, past the import's validation."""
    born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 65 * 365))
    nine = f"{born:%y%m%d}{rng.randint(0, 999):03d}"
    return f"{born:%Y}{nine[2:]}{(luhn_check_digit(nine) + 1) % 10}"


class Numbers:
    """Skatteverket's published test numbers (valid, never assigned) first, shuffled;
    then ``unassigned_number``s."""

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self._rng = rng
        self._test = [n for n in test_numbers() if n not in taken]
        rng.shuffle(self._test)
        self._seen = set(taken)

    def valid_left(self) -> int:
        return len(self._test)

    def next(self) -> str:
        number = self._test.pop() if self._test else None
        while number is None or number in self._seen:
            number = unassigned_number(self._rng)
        self._seen.add(number)
        return number


def _shift(value: Any, days: int) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if len(value) == 10:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return (datetime.fromisoformat(value) + timedelta(days=days)).isoformat()


class _Templates:
    """The demo clients' histories: per client, its assessment and plan rows."""

    def __init__(self, conn: Connection) -> None:
        self.columns: dict[str, list[str]] = {}
        self.histories: list[dict[str, list[list[Any]]]] = []
        for table in _SHIFTED:
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            self.columns[table] = [r[1] for r in info if r[1] != "id"]
        for (client_id,) in conn.execute("SELECT id FROM clients ORDER BY id").fetchall():
            history: dict[str, list[list[Any]]] = {}
            for table, columns in self.columns.items():
                history[table] = [
                    list(r)
                    for r in conn.execute(
                        f"SELECT {', '.join(columns)} FROM {table} WHERE client_id = ? ORDER BY id",
                        (client_id,),
                    )
                ]
            if history["assessments"]:
                self.histories.append(history)

    def rows(
        self, table: str, history: dict[str, list[list[Any]]], client_id: int, days: int
    ) -> list[list[Any]]:
        columns = self.columns[table]
        out = []
        for template in history[table]:
            row = list(template)
            row[columns.index("client_id")] = client_id
            for name in _SHIFTED[table]:
                row[columns.index(name)] = _shift(row[columns.index(name)], days)
            if table == "safety_plans":
                row[columns.index("assessment_id")] = None
            out.append(row)
        return out


def _first_day(history: dict[str, list[list[Any]]], columns: list[str]) -> date:
    return date.fromisoformat(history["assessments"][0][columns.index("started_at")][:10])


def build(directory: Path, clients: int, seed: int = 15) -> Dataset:
    """Create the vault and its plain copy in ``directory`` (which must exist)."""
    rng = random.Random(seed)
    kdf = KdfParams.fast()
    path = directory / "bench.riskvault"
    session, _recovery = Vault.create(
        path, organisation="Benchkommunen", username=USER, passphrase=PASSPHRASE, kdf=kdf
    )
    try:
        generate_demo_data(session, clients=TEMPLATE_CLIENTS, seed=seed)
        with session.tx() as conn:
            templates = _Templates(conn)
            counts = _bulk(conn, templates, rng, clients)
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain = directory / "plain.sqlite"
        _export_plain(session.conn, plain)
    finally:
        session.close()
    return Dataset(directory, path, plain, counts[0], counts[1], counts[2], kdf)


def _bulk(
    conn: Connection, templates: _Templates, rng: random.Random, clients: int
) -> tuple[int, int, int]:
    start_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM clients").fetchone()[0]) + 1
    author = int(conn.execute("SELECT min(id) FROM users").fetchone()[0])
    numbers = Numbers(rng, {r[0] for r in conn.execute("SELECT personnummer FROM clients")})
    # The client page's client gets a valid (test) number: `riskapp plan-pdf --client`
    # validates it.
    page_pnr = numbers.next()
    client_rows = []
    tables: dict[str, list[list[Any]]] = {t: [] for t in _SHIFTED}
    a_cols = templates.columns["assessments"]
    for index in range(clients + 1):
        client_id = start_id + index
        pnr = numbers.next() if rng.random() < 0.95 else None
        if index == clients:
            pnr = page_pnr
        female = pnr is None or int(pnr[10]) % 2 == 0
        first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        last = rng.choice(SURNAMES)
        day = ANCHOR - timedelta(days=rng.randint(0, 540))
        created = datetime.combine(day, time(rng.randint(8, 16), rng.randint(0, 59)), UTC)
        stamp = created.isoformat()
        client_rows.append(
            (
                client_id,
                first,
                last,
                pnr,
                stamp,
                stamp,
                sort_key(first, last),
                search_key(first, last, pnr),
            )
        )
        if index == clients:  # the client page's client: 20 assessments, 5 plans
            pool = templates.histories
            for table, wanted in (("assessments", 20), ("safety_plans", 5)):
                got: list[list[Any]] = []
                while len(got) < wanted:
                    for history in pool:
                        got += templates.rows(table, history, client_id, 0)
                tables[table] += got[:wanted]
        elif rng.random() < HISTORY_SHARE:
            history = rng.choice(templates.histories)
            days = (day - _first_day(history, a_cols)).days
            for table in _SHIFTED:
                tables[table] += templates.rows(table, history, client_id, days)
    conn.executemany(
        "INSERT INTO clients (id, first_name, last_name, personnummer, created_at, "
        "updated_at, sort_key, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        client_rows,
    )
    for table, rows in tables.items():
        columns = templates.columns[table]
        for row in rows:
            row[columns.index("author_id")] = author
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            rows,
        )
    return len(client_rows), len(tables["assessments"]), start_id + clients


def _export_plain(conn: Connection, plain: Path) -> None:
    """A plain (unencrypted) SQLite copy with the same schema and rows: the floor of the
    query rows. It holds only the bench's synthetic data."""
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    try:
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA plain.user_version = {version:d}")
    finally:
        conn.execute("DETACH DATABASE plain")
