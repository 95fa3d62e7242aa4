"""Rows measured on the vault: search, client page, statistics, import, unlock, backup,
verify. Each function returns one ``Result``; app and floor run interleaved."""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import sqlcipher3

from riskapp.bench.dataset import PASSPHRASE, USER, Dataset, open_session
from riskapp.bench.measure import Result, interleaved, timed
from riskapp.domain.client_csv import HEADER_EN, parse_clients_csv
from riskapp.domain.clock import SystemClock
from riskapp.domain.personnummer import test_numbers
from riskapp.services.clients import import_clients
from riskapp.services.stats import build_statistics
from riskapp.vault import Session, Vault
from riskapp.vault.connection import Connection, raw_key_literal
from riskapp.vault.kdf import derive_kek
from riskapp.vault.repositories.clients import search_queries
from riskapp.vault.stats import ASSESSMENTS_SQL, CLIENTS_SQL, PLANS_SQL

#: Keystrokes typed into the client list: surname, first name, personnummer digits, a
#: common and a rare term, and the empty search the list opens with.
KEYSTROKES = ("a", "an", "and", "ande", "ma", "mar", "19", "1985", "198503", "e", "xq", "")
#: The three reads of riskapp.vault.stats.snapshot: the floor of the statistics row.
_SNAPSHOT_SQL = (ASSESSMENTS_SQL, PLANS_SQL, CLIENTS_SQL)


def plain_connection(data: Dataset) -> Connection:
    conn: Connection = sqlcipher3.connect(str(data.plain), isolation_level=None)
    return conn


def search_keystroke(session: Session, plain: Connection, rounds: int) -> Result:
    def app() -> float:
        return timed(lambda: [session.clients.search_page(t, limit=100) for t in KEYSTROKES])

    def floor() -> float:
        def run() -> None:
            for text in KEYSTROKES:
                for sql, params in search_queries(text, limit=100, offset=0):
                    plain.execute(sql, params).fetchall()

        return timed(run)

    value, floor_value = interleaved(app, floor, rounds)
    per = 1000 / len(KEYSTROKES)
    return Result(
        "search_keystroke",
        value * per,
        "ms",
        "the same SQL on a plain SQLite copy (mean per keystroke)",
        floor_value * per if floor_value is not None else None,
        "<= 2x and < 10 ms at 100k; <= 2x at 1m",
    )


def client_page(session: Session, client_id: int, rounds: int) -> Result:
    def app() -> float:
        def run() -> None:
            client = session.clients.get(client_id)  # type: ignore[arg-type]
            session.assessments.list_for_client(client.id)
            session.plans.list_for_client(client.id)

        return timed(run)

    def floor() -> float:
        def run() -> None:
            with session.tx() as conn:
                conn.execute("SELECT * FROM clients WHERE id = ?", (client_id,)).fetchall()
                conn.execute(
                    "SELECT * FROM assessments WHERE client_id = ? ORDER BY started_at DESC",
                    (client_id,),
                ).fetchall()
                conn.execute(
                    "SELECT * FROM safety_plans WHERE client_id = ? ORDER BY created_at DESC",
                    (client_id,),
                ).fetchall()
                session.record("client.read", client_id=client_id, object_type="client")

        return timed(run)

    value, floor_value = interleaved(app, floor, rounds)
    return Result(
        "client_page",
        value * 1000,
        "ms",
        "the same reads on SQLCipher plus one audit insert and commit",
        None if floor_value is None else floor_value * 1000,
        "<= 1.5x",
    )


def statistics(session: Session, plain: Connection, data: Dataset, rounds: int) -> Result:
    start, end = data.year
    lo, hi = start.isoformat(), (end + timedelta(days=1)).isoformat()

    def floor() -> float:
        return timed(lambda: [plain.execute(sql, (lo, hi)).fetchall() for sql in _SNAPSHOT_SQL])

    value, floor_value = interleaved(
        lambda: timed(lambda: build_statistics(session, start, end)), floor, rounds
    )
    return Result(
        "statistics",
        value,
        "s",
        "the snapshot's reads (the cells' inputs) on the plain SQLite copy",
        floor_value,
        "<= 1.5x and < 1 s",
        note=f"{data.assessments} assessments in the vault",
    )


def _csv_bytes(count: int) -> bytes:
    """``count`` clients as Excel saves them; Skatteverket's test numbers for as many as
    there are (the import validates every number), the rest without a personnummer."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(HEADER_EN)
    numbers = sorted(test_numbers())
    for index in range(count):
        row = {
            "personnummer": numbers[index] if index < len(numbers) else "",
            "first_name": f"Förnamn{index % 97}",
            "last_name": f"Efternamn{index % 89}",
            "phone": "070-1740605",
            "address": "Storgatan 1",
            "notes": "",
        }
        writer.writerow([row[name] for name in HEADER_EN])
    return out.getvalue().encode("utf-8")


def import_rows(data: Dataset, rounds: int, count: int) -> Result:
    raw = _csv_bytes(count)
    schema = [
        r[0]
        for r in plain_connection(data).execute(
            "SELECT sql FROM sqlite_schema WHERE name LIKE 'clients%' AND sql IS NOT NULL"
        )
    ]

    def app() -> float:
        with tempfile.TemporaryDirectory(dir=data.directory) as tmp:
            session, _ = Vault.create(
                Path(tmp) / "import.riskvault",
                organisation="x",
                username=USER,
                passphrase=PASSPHRASE,
                kdf=data.kdf,
            )
            try:

                def run() -> None:
                    parsed = parse_clients_csv(raw, today=SystemClock().today())
                    import_clients(session, [new for _line, new in parsed.rows])

                return timed(run)
            finally:
                session.close()

    def floor() -> float:
        parsed = parse_clients_csv(raw, today=SystemClock().today())
        rows = [
            (n.first_name, n.last_name, n.personnummer, n.phone, n.address, n.notes, "", "")
            for _line, n in parsed.rows
        ]
        with tempfile.TemporaryDirectory(dir=data.directory) as tmp:
            conn: Connection = sqlcipher3.connect(str(Path(tmp) / "p.db"), isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            for sql in schema:
                conn.execute(sql)

            def run() -> None:
                conn.execute("BEGIN")
                conn.executemany(
                    "INSERT INTO clients (first_name, last_name, personnummer, phone, address, "
                    "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                conn.execute("COMMIT")

            try:
                return timed(run)
            finally:
                conn.close()

    value, floor_value = interleaved(app, floor, rounds)
    return Result(
        "import",
        value,
        "s",
        "plain SQLite executemany of the same rows (one transaction)",
        floor_value,
        "<= 3x",
        note=(
            f"{count} clients per import, {min(count, len(test_numbers()))} with a "
            "personnummer (CSV parsing in the app figure only)"
        ),
    )


def unlock_overhead(data: Dataset, rounds: int) -> Result:
    salt = os.urandom(16)  # the KDF's cost depends on its parameters, not on the salt

    def app() -> float:
        kdf = timed(lambda: derive_kek(PASSPHRASE, salt, data.kdf))
        session: Session | None = None

        def run() -> None:
            nonlocal session
            session = open_session(data)

        total = timed(run)
        assert session is not None
        session.close()
        return (total - kdf) * 1000

    value, _ = interleaved(app, None, rounds)
    return Result(
        "unlock_overhead",
        value,
        "ms",
        "-",
        None,
        "< 50 ms",
        note="unlock minus one KDF run with the vault's parameters, both timed each round",
    )


def backup(session: Session, data: Dataset, rounds: int) -> Result:
    def app() -> float:
        with tempfile.TemporaryDirectory(dir=data.directory) as tmp:
            return timed(lambda: session.backup(Path(tmp) / "b.riskvault"))

    def floor() -> float:
        with tempfile.TemporaryDirectory(dir=data.directory) as tmp:
            copy = Path(tmp) / "copy.riskvault"

            def run() -> None:
                session.conn.execute("PRAGMA wal_checkpoint(FULL)")
                shutil.copyfile(data.vault, copy)
                with open(copy, "rb+") as handle:
                    os.fsync(handle.fileno())
                conn: Connection = sqlcipher3.connect(str(copy), isolation_level=None)
                try:
                    conn.execute(f"PRAGMA key = {raw_key_literal(session.dek)}")
                    conn.execute("PRAGMA cipher_integrity_check").fetchall()
                finally:
                    conn.close()

            return timed(run)

    value, floor_value = interleaved(app, floor, rounds)
    return Result(
        "backup",
        value,
        "s",
        "file copy + fsync + cipher_integrity_check of the copy",
        floor_value,
        "<= 2x",
    )


def verify(session: Session, rounds: int) -> Result:
    def floor() -> float:
        def run() -> None:
            for pragma in ("cipher_integrity_check", "integrity_check", "foreign_key_check"):
                session.conn.execute(f"PRAGMA {pragma}").fetchall()

        return timed(run)

    value, floor_value = interleaved(lambda: timed(session.verify), floor, rounds)
    return Result("verify", value, "s", "the three PRAGMA checks alone", floor_value, "<= 1.2x")
