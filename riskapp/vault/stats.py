"""The statistics snapshot: coded facts for one period, nothing identifying.

Clients count when created in the period, with any assessment or plan activity in it, or
with a case open at some time in it; assessments when completed in it; plans when created
in it; cases when open at some time in it (with their interventions). Client keys are numbers
1..n in a shuffled order, unrelated to database ids. Sex and birth date come from the
stored personnummer digits (validated by ``riskapp.domain.personnummer`` when stored, not
parsed again here); no personnummer means "unknown".
Not audited here: the caller that writes an export logs ``stats.export``
(``Session.log_event``); a preview reads no client record.
"""

from __future__ import annotations

import json
import os
import random
from datetime import date, timedelta
from functools import lru_cache

from riskapp.domain import personnummer
from riskapp.domain.stats.records import (
    StatAssessment,
    StatCase,
    StatClient,
    StatPlan,
    StatsSnapshot,
)
from riskapp.vault.unit_of_work import UnitOfWork

# The snapshot's three reads, each a range scan of its covering index (schema version 5);
# ``riskapp bench`` runs the same statements on a plain copy as the statistics floor.
ASSESSMENTS_SQL = (
    "SELECT a.client_id, a.form_id, a.form_kind, a.completed_at, a.judgement_level, "
    "a.stat_facts, a.is_repeat FROM assessments a WHERE a.status = 'completed' "
    # Voided records and records replaced by a correction do not count (issue 12).
    "AND a.voided_at IS NULL AND NOT EXISTS (SELECT 1 FROM assessments c "
    "WHERE c.corrects = a.id AND c.status = 'completed' AND c.voided_at IS NULL) "
    "AND a.completed_at >= ?1 AND a.completed_at < ?2"
)
PLANS_SQL = (
    "SELECT client_id, created_at FROM safety_plans WHERE created_at >= ?1 AND created_at < ?2"
)
# A UNION of three index range scans, then one rowid lookup per client (an OR over the
# three conditions made SQLite scan every client row).
CLIENTS_SQL = (
    "SELECT id, personnummer, created_at FROM clients WHERE id IN ("
    "SELECT id FROM clients WHERE created_at >= ?1 AND created_at < ?2 "
    "UNION SELECT client_id FROM assessments WHERE updated_at >= ?1 AND updated_at < ?2 "
    "UNION SELECT client_id FROM safety_plans WHERE updated_at >= ?1 AND updated_at < ?2 "
    # Clients with a case open at some time in the period (issue 14).
    "UNION SELECT client_id FROM cases WHERE opened_on < ?2 "
    "AND (closed_on IS NULL OR closed_on >= ?1))"
)


def _bounds(start: date, end: date) -> tuple[str, str]:
    # Timestamps are stored as ISO text; the half-open range [start, end + 1 day) in
    # ISO date prefix order covers every time of day in every offset we write (UTC).
    return start.isoformat(), (end + timedelta(days=1)).isoformat()


@lru_cache(maxsize=8192)
def _day_of(prefix: str) -> date:
    return date.fromisoformat(prefix)


def _day(text: str) -> date:
    # Stored timestamps are ISO 8601 in UTC ("YYYY-MM-DDTHH:MM:SS...+00:00").
    return _day_of(text[:10])


@lru_cache(maxsize=4096)
def _facts(text: str) -> frozenset[str]:
    return frozenset(json.loads(text))


def _sex_and_birth(pnr: str | None, today: date) -> tuple[str, date | None]:
    """Sex and birth date from the stored 12 digits (``YYYYMMDDNNNC``, validated by
    ``riskapp.domain.personnummer`` when stored), without parsing the number again; a
    stored number without a real, past birth date counts as "unknown"."""
    if not pnr or len(pnr) != 12 or not pnr.isdigit():
        return "unknown", None
    day = int(pnr[6:8])
    if day > personnummer.COORDINATION_OFFSET:
        day -= personnummer.COORDINATION_OFFSET
    try:
        birth = date(int(pnr[:4]), int(pnr[4:6]), day)
    except ValueError:
        return "unknown", None
    if birth > today:
        return "unknown", None
    return ("male" if int(pnr[10]) % 2 else "female"), birth


def snapshot(session: UnitOfWork, start: date, end: date) -> StatsSnapshot:
    lo, hi = _bounds(start, end)
    conn = session.conn
    today = session.clock.today()
    with session.tx():
        assessments = conn.execute(ASSESSMENTS_SQL, (lo, hi)).fetchall()
        plans = conn.execute(PLANS_SQL, (lo, hi)).fetchall()
        clients = conn.execute(CLIENTS_SQL, (lo, hi)).fetchall()
        cases = conn.execute(
            "SELECT id, client_id, opened_on, source, reason, closed_on, goal, close_reason "
            "FROM cases WHERE opened_on < ?2 AND (closed_on IS NULL OR closed_on >= ?1)",
            (lo, hi),
        ).fetchall()
        interventions: dict[int, list[tuple[str, date]]] = {}
        for case_id, kind, started in conn.execute(
            "SELECT i.case_id, i.kind, i.started_on FROM interventions i JOIN cases c "
            "ON c.id = i.case_id WHERE c.opened_on < ?2 AND (c.closed_on IS NULL "
            "OR c.closed_on >= ?1) ORDER BY i.case_id, i.started_on",
            (lo, hi),
        ):
            interventions.setdefault(case_id, []).append((kind, _day(started)))
    ids = [row[0] for row in clients]
    random.Random(os.urandom(16)).shuffle(ids)  # seeded from the OS: keys not guessable
    key_of = {client_id: key for key, client_id in enumerate(ids, start=1)}
    stat_clients = []
    for client_id, pnr, created in clients:
        sex, birth = _sex_and_birth(pnr, today)
        stat_clients.append(StatClient(key_of[client_id], sex, birth, _day(created)))
    stat_clients.sort(key=lambda c: c.key)
    return StatsSnapshot(
        start=start,
        end=end,
        clients=tuple(stat_clients),
        assessments=tuple(
            StatAssessment(
                key_of[cid], form_id, kind, _day(done), level, _facts(facts), bool(repeat)
            )
            for cid, form_id, kind, done, level, facts, repeat in assessments
            if cid in key_of
        ),
        plans=tuple(
            StatPlan(key_of[cid], _day(created)) for cid, created in plans if cid in key_of
        ),
        cases=tuple(
            StatCase(
                key_of[cid],
                _day(opened),
                source,
                reason,
                None if closed is None else _day(closed),
                goal,
                close_reason,
                tuple(interventions.get(case_id, ())),
            )
            for case_id, cid, opened, source, reason, closed, goal, close_reason in cases
            if cid in key_of
        ),
    )
