"""Migrations: from an empty keyed database (v0) and from every older version; newer
files are refused."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from riskapp.vault import VaultTooNew
from riskapp.vault.connection import DatabaseError, open_connection, transaction
from riskapp.vault.schema import LATEST, LEGACY_UNCONFIRMED_KEY, migrate, version


def _tables(conn) -> set[str]:  # type: ignore[no-untyped-def]
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}


def test_migrates_empty_keyed_database_from_version_0(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "v0.db", os.urandom(32))
    assert version(conn) == 0
    assert migrate(conn) == 0
    assert version(conn) == LATEST
    assert {
        "users",
        "clients",
        "assessments",
        "safety_plans",
        "settings",
        "audit_log",
        "audit_epochs",
        "meta",
    } <= _tables(conn)
    conn.close()


def test_migrates_version_1_with_data_and_backfills_search_columns(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "v1.db", os.urandom(32))
    migrate(conn, target=1)
    with transaction(conn):
        conn.execute(
            "INSERT INTO clients (first_name, last_name, created_at, updated_at) "
            "VALUES ('Örjan', 'Åberg', 't', 't')"
        )
    migrate(conn)
    assert version(conn) == LATEST
    row = conn.execute("SELECT sort_key, search_key FROM clients").fetchone()
    assert "örjan" in row[1]
    assert "åberg" in row[1]
    assert row[0] > "z"  # å sorts after z in Swedish
    conn.close()


@pytest.mark.parametrize("start", range(LATEST))
def test_every_older_version_reaches_latest(tmp_path: Path, start: int) -> None:
    conn = open_connection(tmp_path / "old.db", os.urandom(32))
    migrate(conn, target=start)
    migrate(conn)
    assert version(conn) == LATEST
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_newer_file_is_refused(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "new.db", os.urandom(32))
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(VaultTooNew):
        migrate(conn)
    conn.close()


def test_failing_migration_leaves_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riskapp.vault import schema

    conn = open_connection(tmp_path / "fail.db", os.urandom(32))
    migrate(conn, target=1)

    def broken(c) -> None:  # type: ignore[no-untyped-def]
        c.execute("ALTER TABLE clients ADD COLUMN sort_key TEXT")
        raise RuntimeError("crash in the middle")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    with pytest.raises(RuntimeError):
        schema.migrate(conn)
    assert version(conn) == 1
    cols = {r[1] for r in conn.execute("PRAGMA table_info(clients)")}
    assert "sort_key" not in cols
    conn.close()


def test_version_3_backfills_repeat_flags(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "v2.db", os.urandom(32))
    migrate(conn, target=2)
    with transaction(conn):
        conn.execute("INSERT INTO users (name, role, created_at) VALUES ('u', 'caseworker', 't')")
        conn.execute(
            "INSERT INTO clients (first_name, last_name, created_at, updated_at) "
            "VALUES ('A', 'B', 't', 't')"
        )
        for day in ("2026-01-02", "2026-01-01", "2026-01-03"):
            conn.execute(
                "INSERT INTO assessments (client_id, form_id, form_version, status, answers, "
                "author_id, started_at, updated_at, completed_at) "
                "VALUES (1, 'f', 1, 'completed', '{}', 1, ?, ?, ?)",
                (day, day, day),
            )
        conn.execute(
            "INSERT INTO assessments (client_id, form_id, form_version, status, "
            "answers, author_id, started_at, updated_at) "
            "VALUES (1, 'f', 1, 'draft', '{}', 1, 't', 't')"
        )
    migrate(conn)
    flags = conn.execute("SELECT completed_at, is_repeat FROM assessments ORDER BY id").fetchall()
    assert flags == [("2026-01-02", 1), ("2026-01-01", 0), ("2026-01-03", 1), (None, 0)]
    conn.close()


def _version_3_with_drafts(path: Path) -> object:
    """A version-3 file holding what that version wrote: unconfirmed ids in the answers."""
    conn = open_connection(path, os.urandom(32))
    migrate(conn, target=3)
    with transaction(conn):
        conn.execute("INSERT INTO users (name, role, created_at) VALUES ('u', 'caseworker', 't')")
        conn.execute(
            "INSERT INTO clients (first_name, last_name, created_at, updated_at) "
            "VALUES ('A', 'B', 't', 't')"
        )
        for status, answers in (
            ("draft", {"q1": "yes", "q2": "no", "_unconfirmed": ["q2", "@judgement", "q1"]}),
            ("draft", {"q1": "yes"}),
            ("completed", {"q1": "no"}),
            # The key's text inside an answer is not the reserved key.
            ("draft", {"notes": 'wrote "_unconfirmed" here'}),
        ):
            conn.execute(
                "INSERT INTO assessments (client_id, form_id, form_version, status, answers, "
                "author_id, started_at, updated_at) VALUES (1, 'f', 1, ?, ?, 1, 't', 't')",
                (status, json.dumps(answers)),
            )
    return conn


def test_version_4_moves_unconfirmed_ids_out_of_the_answers(tmp_path: Path) -> None:
    conn: Any = _version_3_with_drafts(tmp_path / "v3.db")
    migrate(conn)
    assert version(conn) == LATEST
    rows = conn.execute("SELECT answers, unconfirmed FROM assessments ORDER BY id").fetchall()
    stored = [(json.loads(a), json.loads(u)) for a, u in rows]
    assert stored == [
        ({"q1": "yes", "q2": "no"}, ["@judgement", "q1", "q2"]),
        ({"q1": "yes"}, []),
        ({"q1": "no"}, []),
        ({"notes": 'wrote "_unconfirmed" here'}, []),
    ]
    assert all(LEGACY_UNCONFIRMED_KEY not in answers for answers, _ in stored)
    conn.close()


def test_version_4_is_all_or_nothing(tmp_path: Path) -> None:
    conn: Any = _version_3_with_drafts(tmp_path / "v3.db")
    with transaction(conn):
        conn.execute(
            "INSERT INTO assessments (client_id, form_id, form_version, status, answers, "
            "author_id, started_at, updated_at) "
            "VALUES (1, 'f', 1, 'draft', '{\"_unconfirmed\": [\"q9\"]}', 1, 't', 't')"
        )
        # The second row to move fails after the first was moved: nothing may stay moved.
        conn.execute(
            "CREATE TRIGGER fail_second BEFORE UPDATE ON assessments WHEN old.id = 5 "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )
    before = conn.execute("SELECT id, answers FROM assessments ORDER BY id").fetchall()
    with pytest.raises(DatabaseError):
        migrate(conn)
    assert version(conn) == 3
    assert "unconfirmed" not in {r[1] for r in conn.execute("PRAGMA table_info(assessments)")}
    assert conn.execute("SELECT id, answers FROM assessments ORDER BY id").fetchall() == before
    conn.close()


def test_version_4_leaves_a_damaged_row_alone(tmp_path: Path) -> None:
    conn: Any = _version_3_with_drafts(tmp_path / "v3.db")
    with transaction(conn):
        conn.execute(
            "INSERT INTO assessments (client_id, form_id, form_version, status, answers, "
            "author_id, started_at, updated_at) "
            "VALUES (1, 'f', 1, 'draft', '{\"_unconfirmed\": [', 1, 't', 't')"
        )
    migrate(conn)
    assert version(conn) == LATEST
    assert conn.execute("SELECT answers, unconfirmed FROM assessments WHERE id = 5").fetchone() == (
        '{"_unconfirmed": [',
        "[]",
    )
    conn.close()


def test_version_5_keeps_version_4_assessments_and_adds_corrections_and_events(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v4.db"
    key = os.urandom(32)
    conn: Any = open_connection(path, key)
    migrate(conn, target=4)
    with transaction(conn):
        conn.execute("INSERT INTO users (name, role, created_at) VALUES ('u', 'caseworker', 't')")
        conn.execute(
            "INSERT INTO clients (first_name, last_name, created_at, updated_at) "
            "VALUES ('A', 'B', 't', 't')"
        )
        conn.execute(
            "INSERT INTO assessments (client_id, form_id, form_version, status, answers, "
            "author_id, started_at, updated_at, completed_at) "
            "VALUES (1, 'f', 1, 'completed', '{\"q1\": \"yes\"}', 1, 't', 't', 't')"
        )
    conn.close()
    conn = open_connection(path, key)  # the real encrypted file, reopened
    assert migrate(conn) == 4
    assert version(conn) == LATEST
    row = conn.execute(
        "SELECT answers, corrects, voided_at, void_reason, objection, child_report, warnings "
        "FROM assessments"
    ).fetchone()
    assert row == ('{"q1": "yes"}', None, None, None, None, None, "[]")
    assert "client_events" in _tables(conn)
    with transaction(conn):
        conn.execute(
            "INSERT INTO client_events (client_id, kind, occurred_on, author_id, recorded_at) "
            "VALUES (1, 'release', '2026-01-01', 1, 't')"
        )
    with pytest.raises(DatabaseError), transaction(conn):
        conn.execute(
            "INSERT INTO client_events (client_id, kind, occurred_on, author_id, recorded_at) "
            "VALUES (1, 'storm', '2026-01-01', 1, 't')"
        )
    conn.close()


def test_version_4_file_gains_profiles_and_plan_choices_with_safe_defaults(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v4.db"
    key = os.urandom(32)
    conn: Any = open_connection(path, key)
    migrate(conn, target=4)
    with transaction(conn):
        conn.execute(
            "INSERT INTO users (name, role, created_at) VALUES ('anna', 'caseworker', 't')"
        )
        conn.execute(
            "INSERT INTO clients (first_name, last_name, created_at, updated_at) "
            "VALUES ('Åsa', 'Öberg', 't', 't')"
        )
        conn.execute(
            "INSERT INTO safety_plans (client_id, form_id, form_version, answers, "
            "discreet_omit, author_id, created_at, updated_at) "
            """VALUES (1, 'safety-plan', 1, '{"meeting_place": "Kaféet"}', '[]', 1, 't', 't')"""
        )
    conn.close()
    conn = open_connection(path, key)  # the real encrypted file, reopened
    assert version(conn) == 4
    assert migrate(conn) == 4
    assert version(conn) == LATEST
    assert conn.execute("SELECT display_name, phone FROM users").fetchone() == ("", "")
    plan = conn.execute(
        "SELECT answers, language, discreet_free_text, discreet_help_lines, follow_up "
        "FROM safety_plans"
    ).fetchone()
    # Old plans keep their answers; nothing is opted in to the discreet printout.
    assert json.loads(plan[0]) == {"meeting_place": "Kaféet"}
    assert plan[1:] == ("sv", "[]", "[]", None)
    with pytest.raises(DatabaseError), transaction(conn):
        conn.execute("UPDATE safety_plans SET language = 'de'")
    conn.close()
