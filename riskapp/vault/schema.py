"""Schema versions: ``PRAGMA user_version`` plus ordered migration functions.

``MIGRATIONS[i]`` brings a database from version ``i`` to ``i + 1``; each runs in one
transaction together with the ``user_version`` bump, so a crash leaves the old or the new
version. A file newer than ``LATEST`` is refused (VaultTooNew): old code must never write
to a schema it does not know.

Version 1: users, clients, assessments, safety plans, settings, meta, the audit log with
its key epochs and the append-only triggers.
Version 2: clients' normalised ``sort_key`` / ``search_key`` columns and a covering index
for fast search over 100,000 clients (DESIGN.md section 8).
Version 3: ``assessments.is_repeat``, set at completion, for fast statistics.
Version 4: ``assessments.unconfirmed`` (JSON list of prefilled, not yet confirmed item ids),
moved out of the answers JSON where earlier versions kept it under ``LEGACY_UNCONFIRMED_KEY``.
Version 5: corrections, voiding and notes on assessments (issue 12 section 4: ``corrects``,
``correction_reason``, ``voided_at``/``voided_by``/``void_reason``, the client's
``objection``, the children's-unit ``child_report`` tick, the acknowledged completion
``warnings``) and ``client_events`` (incident, separation, release from custody: each makes
a review due at once).
Version 6: a user profile (``users.display_name``, ``users.phone``) for the client's plan,
and on safety plans the printed ``language``, the opt-in discreet choices
(``discreet_free_text``: ticked free-text field ids; ``discreet_help_lines``: the numbers the
client chose with her names for them) and a ``follow_up`` date.
Version 7: covering indexes for the statistics snapshot (``riskapp.vault.stats``), so each
of its reads is one range scan of an index instead of a random row lookup (a page decrypt)
per match.
Version 8: cases and interventions (``riskapp.domain.cases``); ``case_id`` on assessments
and safety plans (new records join the client's open case by trigger); explicit ``sex`` and
``age_band`` on clients without a personnummer; indexes for the caseload. Existing records
are attached to one case per client opened on the day of the client's first record.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from riskapp.vault.connection import Connection, transaction
from riskapp.vault.errors import VaultTooNew
from riskapp.vault.text import search_key, sort_key

#: The triggers that make the audit log and its epochs append-only, by name, with the exact
#: SQL that version 1 created (``sqlite_schema.sql`` keeps it verbatim; verify compares).
APPEND_ONLY_TRIGGERS: dict[str, str] = {
    f"{table}_no_{op.lower()}": f"""CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"""
    for table in ("audit_log", "audit_epochs")
    for op in ("UPDATE", "DELETE")
}


def check_triggers(conn: Connection) -> list[str]:
    """Problems with the append-only triggers: missing, changed, or extra ones on the log."""
    found = {
        str(name): str(sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"
            " AND tbl_name IN ('audit_log', 'audit_epochs')"
        )
    }
    problems = []
    for name, sql in APPEND_ONLY_TRIGGERS.items():
        if name not in found:
            problems.append(f"audit: the append-only trigger {name} is missing")
        elif found[name] != sql:
            problems.append(f"audit: the append-only trigger {name} was changed")
    problems += [
        f"audit: unexpected trigger {name} on the audit tables"
        for name in sorted(set(found) - set(APPEND_ONLY_TRIGGERS))
    ]
    return problems


def _v1(conn: Connection) -> None:
    statements = [
        """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
        """CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('teamleader', 'caseworker')),
            created_at TEXT NOT NULL,
            removed_at TEXT
        )""",
        """CREATE UNIQUE INDEX users_active_name ON users(name) WHERE removed_at IS NULL""",
        """CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            personnummer TEXT CHECK (personnummer IS NULL OR (length(personnummer) = 12
                AND personnummer NOT GLOB '*[^0-9]*')),
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            safe_contact TEXT NOT NULL DEFAULT '',
            protected_identity INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE UNIQUE INDEX clients_pnr ON clients(personnummer)
            WHERE personnummer IS NOT NULL""",
        """CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            form_id TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            form_kind TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
            answers TEXT NOT NULL,
            score INTEGER,
            client_estimate TEXT,
            judgement_level TEXT,
            judgement_rationale TEXT,
            review_due TEXT,
            stat_facts TEXT NOT NULL DEFAULT '[]',
            author_id INTEGER NOT NULL REFERENCES users(id),
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            completed_at TEXT
        )""",
        """CREATE INDEX assessments_client ON assessments(client_id, started_at)""",
        """CREATE INDEX assessments_completed ON assessments(completed_at)
            WHERE completed_at IS NOT NULL""",
        """CREATE INDEX assessments_repeat ON assessments(client_id, form_id, completed_at)""",
        """CREATE INDEX assessments_updated ON assessments(updated_at)""",
        """CREATE TABLE safety_plans (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            form_id TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            answers TEXT NOT NULL,
            discreet_omit TEXT NOT NULL DEFAULT '[]',
            assessment_id INTEGER REFERENCES assessments(id),
            printed_version TEXT CHECK (printed_version IS NULL
                OR printed_version IN ('normal', 'discreet')),
            author_id INTEGER NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE INDEX plans_client ON safety_plans(client_id, created_at)""",
        """CREATE INDEX plans_created ON safety_plans(created_at)""",
        """CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)""",
        """CREATE TABLE audit_epochs (
            epoch INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            key_check TEXT NOT NULL,
            prev_nonce BLOB,
            prev_key BLOB
        )""",
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            epoch INTEGER NOT NULL,
            at TEXT NOT NULL,
            user_id INTEGER,
            action TEXT NOT NULL,
            client_id INTEGER,
            object_type TEXT,
            object_id INTEGER,
            detail TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""",
        """CREATE INDEX audit_client ON audit_log(client_id) WHERE client_id IS NOT NULL""",
        """CREATE INDEX audit_action ON audit_log(action, seq)""",
        """CREATE INDEX audit_user ON audit_log(user_id, seq)""",
    ]
    statements += APPEND_ONLY_TRIGGERS.values()
    for statement in statements:
        conn.execute(statement)


def _v2(conn: Connection) -> None:
    conn.execute("ALTER TABLE clients ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE clients ADD COLUMN search_key TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, first_name, last_name, personnummer FROM clients").fetchall()
    for client_id, first, last, pnr in rows:
        conn.execute(
            "UPDATE clients SET sort_key = ?, search_key = ? WHERE id = ?",
            (sort_key(first, last), search_key(first, last, pnr), client_id),
        )
    # Covering index: search scans (sort_key, id, search_key) in list order and stops at
    # the page limit, never touching the wide client rows.
    conn.execute("CREATE INDEX clients_search ON clients(sort_key, id, search_key)")


def _v3(conn: Connection) -> None:
    # Statistics need "had an earlier completed assessment with the same form": computed
    # once at completion instead of a correlated subquery per row in every snapshot.
    conn.execute("ALTER TABLE assessments ADD COLUMN is_repeat INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        "UPDATE assessments SET is_repeat = EXISTS (SELECT 1 FROM assessments b "
        "WHERE b.client_id = assessments.client_id AND b.form_id = assessments.form_id "
        "AND b.status = 'completed' AND b.id != assessments.id "
        "AND (b.completed_at < assessments.completed_at OR "
        "(b.completed_at = assessments.completed_at AND b.id < assessments.id))) "
        "WHERE status = 'completed'"
    )


#: Where versions 1-3 kept a draft's unconfirmed ids: a reserved key inside its answers.
LEGACY_UNCONFIRMED_KEY = "_unconfirmed"


def _v4(conn: Connection) -> None:
    # The unconfirmed set becomes a column of its own; drafts written by earlier versions
    # carry it inside their answers JSON, so move it (in this migration's transaction).
    conn.execute("ALTER TABLE assessments ADD COLUMN unconfirmed TEXT NOT NULL DEFAULT '[]'")
    rows = conn.execute(
        "SELECT id, answers FROM assessments WHERE instr(answers, ?) > 0",
        (json.dumps(LEGACY_UNCONFIRMED_KEY),),
    ).fetchall()
    moved = []
    for assessment_id, text in rows:
        try:
            answers = json.loads(text)
        except ValueError:
            # A damaged row stays as it is (reading it fails as before); it must not stop
            # the whole vault from opening.
            continue
        if not isinstance(answers, dict) or LEGACY_UNCONFIRMED_KEY not in answers:
            continue  # the key's text occurred only inside an answer
        raw = answers.pop(LEGACY_UNCONFIRMED_KEY) or []
        ids = sorted({str(x) for x in raw}) if isinstance(raw, list) else []
        moved.append(
            (
                json.dumps(answers, ensure_ascii=False, sort_keys=True),
                json.dumps(ids, ensure_ascii=False),
                assessment_id,
            )
        )
    conn.executemany("UPDATE assessments SET answers = ?, unconfirmed = ? WHERE id = ?", moved)


def _v5(conn: Connection) -> None:
    # Self-contained on purpose: other branches add migrations too and the lead renumbers.
    # ``status`` keeps its draft/completed CHECK: a voided assessment stays "completed" in
    # that column and is told apart by ``voided_at`` (no table rebuild needed).
    for column in (
        "corrects INTEGER REFERENCES assessments(id)",
        "correction_reason TEXT",
        "voided_at TEXT",
        "voided_by INTEGER REFERENCES users(id)",
        "void_reason TEXT",
        "objection TEXT",
        "objection_at TEXT",
        "child_report TEXT",
        "warnings TEXT NOT NULL DEFAULT '[]'",
    ):
        conn.execute(f"ALTER TABLE assessments ADD COLUMN {column}")
    conn.execute(
        "CREATE INDEX assessments_corrects ON assessments(corrects) WHERE corrects IS NOT NULL"
    )
    conn.execute(
        """CREATE TABLE client_events (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            kind TEXT NOT NULL CHECK (kind IN ('incident', 'separation', 'release')),
            occurred_on TEXT NOT NULL,
            author_id INTEGER NOT NULL REFERENCES users(id),
            recorded_at TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX client_events_client ON client_events(client_id, occurred_on)")


def _v6(conn: Connection) -> None:
    # Existing rows get empty profiles, Swedish plans and no discreet choices: under the
    # opt-in discreet printout that means no free text and no help lines, the safe default.
    for statement in (
        "ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE safety_plans ADD COLUMN language TEXT NOT NULL DEFAULT 'sv' "
        "CHECK (language IN ('sv', 'en'))",
        "ALTER TABLE safety_plans ADD COLUMN discreet_free_text TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE safety_plans ADD COLUMN discreet_help_lines TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE safety_plans ADD COLUMN follow_up TEXT",
    ):
        conn.execute(statement)


def _v7(conn: Connection) -> None:
    # Each index holds every column its snapshot read needs (riskapp.vault.stats), in
    # range order; the first is partial like the read (completed assessments only).
    conn.execute(
        "CREATE INDEX assessments_stats ON assessments(completed_at, client_id, form_id, "
        "form_kind, judgement_level, is_repeat, stat_facts, voided_at) WHERE status = 'completed'"
    )
    conn.execute("CREATE INDEX assessments_activity ON assessments(updated_at, client_id)")
    conn.execute("CREATE INDEX plans_stats ON safety_plans(created_at, client_id)")
    conn.execute("CREATE INDEX plans_activity ON safety_plans(updated_at, client_id)")
    conn.execute("CREATE INDEX clients_created ON clients(created_at)")


def _v8(conn: Connection) -> None:
    statements = [
        """CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            opened_on TEXT NOT NULL,
            source TEXT CHECK (source IS NULL OR source IN ('self', 'police', 'health_care',
                'school', 'other_authority', 'relative', 'other')),
            reason TEXT CHECK (reason IS NULL OR reason IN ('close_relationship', 'honour',
                'both')),
            responsible_id INTEGER REFERENCES users(id),
            closed_on TEXT,
            close_reason TEXT CHECK (close_reason IS NULL OR close_reason IN ('goal_reached',
                'moved', 'declined', 'deceased', 'other')),
            goal TEXT CHECK (goal IS NULL OR goal IN ('full', 'partial', 'none', 'unknown')),
            client_view TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((closed_on IS NULL) = (goal IS NULL))
        )""",
        # At most one open case per client; also the caseload's driving index.
        """CREATE UNIQUE INDEX cases_open ON cases(client_id) WHERE closed_on IS NULL""",
        """CREATE INDEX cases_client ON cases(client_id, opened_on)""",
        """CREATE INDEX cases_responsible ON cases(responsible_id) WHERE closed_on IS NULL""",
        """CREATE INDEX cases_opened ON cases(opened_on)""",
        """CREATE INDEX cases_closed ON cases(closed_on) WHERE closed_on IS NOT NULL""",
        """CREATE TABLE interventions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            kind TEXT NOT NULL,
            started_on TEXT NOT NULL,
            ended_on TEXT,
            created_at TEXT NOT NULL,
            CHECK (ended_on IS NULL OR ended_on >= started_on)
        )""",
        """CREATE INDEX interventions_case ON interventions(case_id, started_on)""",
        "ALTER TABLE assessments ADD COLUMN case_id INTEGER REFERENCES cases(id)",
        "ALTER TABLE safety_plans ADD COLUMN case_id INTEGER REFERENCES cases(id)",
        "ALTER TABLE clients ADD COLUMN sex TEXT",
        "ALTER TABLE clients ADD COLUMN age_band TEXT",
        """CREATE INDEX assessments_case ON assessments(case_id) WHERE case_id IS NOT NULL""",
        """CREATE INDEX plans_case ON safety_plans(case_id, created_at)
            WHERE case_id IS NOT NULL""",
        # The caseload's latest valid judgement per client: one scan of a narrow index in
        # client order (status 'completed' only, so a later 'voided' status drops out).
        """CREATE INDEX assessments_judgement ON assessments(client_id, completed_at,
            judgement_level, review_due) WHERE status = 'completed'
            AND judgement_level IS NOT NULL""",
        # New assessments and plans join the client's open case (none open: no case).
        """CREATE TRIGGER assessments_join_case AFTER INSERT ON assessments
            WHEN NEW.case_id IS NULL BEGIN
            UPDATE assessments SET case_id = (SELECT id FROM cases
                WHERE client_id = NEW.client_id AND closed_on IS NULL) WHERE id = NEW.id;
            END""",
        """CREATE TRIGGER plans_join_case AFTER INSERT ON safety_plans
            WHEN NEW.case_id IS NULL BEGIN
            UPDATE safety_plans SET case_id = (SELECT id FROM cases
                WHERE client_id = NEW.client_id AND closed_on IS NULL) WHERE id = NEW.id;
            END""",
    ]
    for statement in statements:
        conn.execute(statement)
    # One case per client with records, opened on the day of the first record, by the
    # author of that record; source and reason were never asked (NULL, not guessed).
    conn.execute(
        """INSERT INTO cases (client_id, opened_on, responsible_id, created_at, updated_at)
        SELECT client_id, substr(min(at), 1, 10),
            (SELECT author FROM (SELECT a.author_id AS author, a.started_at AS at
                FROM assessments a WHERE a.client_id = r.client_id
                UNION ALL SELECT p.author_id, p.created_at FROM safety_plans p
                WHERE p.client_id = r.client_id) ORDER BY at LIMIT 1),
            min(at), min(at)
        FROM (SELECT client_id, started_at AS at FROM assessments
            UNION ALL SELECT client_id, created_at FROM safety_plans) AS r
        GROUP BY client_id"""
    )
    for table in ("assessments", "safety_plans"):
        conn.execute(
            f"UPDATE {table} SET case_id = (SELECT id FROM cases "
            f"WHERE cases.client_id = {table}.client_id)"
        )


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
)
LATEST = len(MIGRATIONS)


def version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Apply the missing migrations up to ``target``; returns the version before.

    Raises VaultTooNew when the file is newer than this code.
    """
    current = version(conn)
    if current > LATEST:
        raise VaultTooNew("vault schema is newer than this program", version=current)
    for step in range(current, target):
        with transaction(conn):
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step + 1:d}")
    return current
