"""Version 5: cases. A real SQLCipher file written at version 4 with records gets one case
per client, opened on the day of its first record, and every record joins it."""

from __future__ import annotations

import os
from pathlib import Path

from riskapp.vault.connection import open_connection, transaction
from riskapp.vault.schema import LATEST, migrate, version


def _version_4_file(path: Path, key: bytes) -> None:
    conn = open_connection(path, key)
    migrate(conn, target=4)
    with transaction(conn):
        conn.execute("INSERT INTO users (name, role, created_at) VALUES ('u', 'caseworker', 't')")
        conn.execute("INSERT INTO users (name, role, created_at) VALUES ('v', 'caseworker', 't')")
        for name in ("A", "B", "C"):
            conn.execute(
                "INSERT INTO clients (first_name, last_name, created_at, updated_at) "
                "VALUES (?, 'X', 't', 't')",
                (name,),
            )
        # Client 1: a screening by v on 2025-03-04, a danger assessment by u later.
        for author, day in ((2, "2025-03-04T10:00:00"), (1, "2025-05-01T09:00:00")):
            conn.execute(
                "INSERT INTO assessments (client_id, form_id, form_version, status, answers, "
                "author_id, started_at, updated_at) VALUES (1, 'f', 1, 'draft', '{}', ?, ?, ?)",
                (author, day, day),
            )
        # Client 2: only a plan; client 3: nothing.
        conn.execute(
            "INSERT INTO safety_plans (client_id, form_id, form_version, answers, author_id, "
            "created_at, updated_at) VALUES (2, 'p', 1, '{}', 1, '2024-12-31T23:00:00', 't')"
        )
    conn.close()


def test_version_8_attaches_existing_records_to_a_case_at_the_first_record(
    tmp_path: Path,
) -> None:
    key = os.urandom(32)
    path = tmp_path / "v4.db"
    _version_4_file(path, key)
    conn = open_connection(path, key)
    assert version(conn) == 4
    migrate(conn)
    assert version(conn) == LATEST
    cases = conn.execute(
        "SELECT id, client_id, opened_on, source, reason, responsible_id, closed_on "
        "FROM cases ORDER BY client_id"
    ).fetchall()
    assert [c[1:] for c in cases] == [
        (1, "2025-03-04", None, None, 2, None),
        (2, "2024-12-31", None, None, 1, None),
    ]
    by_client = {c[1]: c[0] for c in cases}
    assert conn.execute("SELECT DISTINCT case_id FROM assessments").fetchall() == [(by_client[1],)]
    assert conn.execute("SELECT case_id FROM safety_plans").fetchall() == [(by_client[2],)]
    # New records join the open case by trigger; a client without one gets none.
    with transaction(conn):
        for client in (1, 3):
            conn.execute(
                "INSERT INTO assessments (client_id, form_id, form_version, status, answers, "
                "author_id, started_at, updated_at) VALUES (?, 'f', 1, 'draft', '{}', 1, 't', 't')",
                (client,),
            )
    new = conn.execute(
        "SELECT client_id, case_id FROM assessments WHERE started_at = 't' ORDER BY client_id"
    ).fetchall()
    assert new == [(1, by_client[1]), (3, None)]
    conn.close()
