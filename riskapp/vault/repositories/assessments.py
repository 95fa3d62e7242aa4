"""Assessments: drafts autosaved while filling, completion locks them.

A draft's ``unconfirmed`` set (items prefilled from an earlier assessment, not yet
confirmed) is stored in its own column as a sorted JSON list; completion clears it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from riskapp.domain.records import Assessment, AssessmentId, AssessmentStatus, ClientId
from riskapp.vault.errors import RecordNotFound, ValidationFailed
from riskapp.vault.repositories._common import (
    dump_answers,
    dump_json,
    load_json,
    opt_date,
    opt_ts,
    ts,
)
from riskapp.vault.unit_of_work import UnitOfWork

_SELECT = (
    "SELECT a.id, a.client_id, a.form_id, a.form_version, a.status, a.answers, u.name, "
    "a.started_at, a.updated_at, a.completed_at, a.score, a.client_estimate, "
    "a.judgement_level, a.judgement_rationale, a.review_due, a.unconfirmed "
    "FROM assessments a JOIN users u ON u.id = a.author_id"
)


def _assessment(row: Any) -> Assessment:
    return Assessment(
        id=AssessmentId(row[0]),
        client_id=ClientId(row[1]),
        form_id=row[2],
        form_version=row[3],
        status=AssessmentStatus(row[4]),
        answers=load_json(row[5], {}),
        author=row[6],
        started_at=ts(row[7]),
        updated_at=ts(row[8]),
        completed_at=opt_ts(row[9]),
        score=row[10],
        client_estimate=row[11],
        judgement_level=row[12],
        judgement_rationale=row[13],
        review_due=opt_date(row[14]),
        unconfirmed=frozenset(str(x) for x in load_json(row[15], [])),
    )


def _dump_ids(ids: Iterable[str]) -> str:
    return dump_json(sorted({str(i) for i in ids}))


class AssessmentRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def _fetch(self, assessment_id: int) -> Assessment:
        row = self._s.conn.execute(_SELECT + " WHERE a.id = ?", (int(assessment_id),)).fetchone()
        if row is None:
            raise RecordNotFound("no such assessment", code="assessment_unknown")
        return _assessment(row)

    def _draft(self, assessment_id: int) -> Assessment:
        current = self._fetch(assessment_id)
        if current.status is not AssessmentStatus.DRAFT:
            raise ValidationFailed("assessment is completed", code="assessment_completed")
        return current

    def start(
        self,
        client_id: ClientId,
        form_id: str,
        form_version: int,
        answers: Mapping[str, Any] | None = None,
        *,
        form_kind: str = "",
        unconfirmed: Iterable[str] = (),
    ) -> Assessment:
        s = self._s
        with s.tx() as conn:
            if (
                conn.execute("SELECT 1 FROM clients WHERE id = ?", (int(client_id),)).fetchone()
                is None
            ):
                raise RecordNotFound("no such client", code="client_unknown")
            now = s.now_iso()
            cur = conn.execute(
                "INSERT INTO assessments (client_id, form_id, form_version, form_kind, status, "
                "answers, unconfirmed, author_id, started_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)",
                (
                    int(client_id),
                    form_id,
                    int(form_version),
                    form_kind,
                    dump_answers(answers),
                    _dump_ids(unconfirmed),
                    s.user.id,
                    now,
                    now,
                ),
            )
            new_id = int(cur.lastrowid or 0)
            s.record(
                "assessment.start", client_id=client_id, object_type="assessment", object_id=new_id
            )
            return self._fetch(new_id)

    def save_draft(
        self,
        assessment_id: AssessmentId,
        answers: Mapping[str, Any],
        *,
        client_estimate: str | None = None,
        judgement_level: str | None = None,
        judgement_rationale: str | None = None,
        unconfirmed: Iterable[str] = (),
    ) -> Assessment:
        s = self._s
        with s.tx() as conn:
            current = self._draft(assessment_id)
            conn.execute(
                "UPDATE assessments SET answers = ?, unconfirmed = ?, client_estimate = ?, "
                "judgement_level = ?, judgement_rationale = ?, updated_at = ? WHERE id = ?",
                (
                    dump_answers(answers),
                    _dump_ids(unconfirmed),
                    client_estimate,
                    judgement_level,
                    judgement_rationale,
                    s.now_iso(),
                    current.id,
                ),
            )
            s.record(
                "assessment.save",
                client_id=current.client_id,
                object_type="assessment",
                object_id=current.id,
            )
            return self._fetch(current.id)

    def complete(
        self,
        assessment_id: AssessmentId,
        *,
        answers: Mapping[str, Any],
        score: int | None,
        client_estimate: str | None,
        judgement_level: str | None,
        judgement_rationale: str | None,
        review_due: date | None,
        form_kind: str,
        stat_facts: frozenset[str],
    ) -> Assessment:
        s = self._s
        with s.tx() as conn:
            current = self._draft(assessment_id)
            now = s.now_iso()
            repeat = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM assessments WHERE client_id = ? AND form_id = ? "
                "AND status = 'completed')",
                (current.client_id, current.form_id),
            ).fetchone()[0]
            conn.execute(
                "UPDATE assessments SET status = 'completed', answers = ?, unconfirmed = '[]', "
                "score = ?, client_estimate = ?, judgement_level = ?, judgement_rationale = ?, "
                "review_due = ?, form_kind = ?, stat_facts = ?, updated_at = ?, "
                "completed_at = ?, is_repeat = ? WHERE id = ?",
                (
                    dump_answers(answers),
                    score,
                    client_estimate,
                    judgement_level,
                    judgement_rationale,
                    review_due.isoformat() if review_due else None,
                    str(form_kind),
                    dump_json(sorted(stat_facts)),
                    now,
                    now,
                    int(repeat),
                    current.id,
                ),
            )
            s.record(
                "assessment.complete",
                client_id=current.client_id,
                object_type="assessment",
                object_id=current.id,
            )
            return self._fetch(current.id)

    def get(self, assessment_id: AssessmentId) -> Assessment:
        s = self._s
        with s.tx():
            found = self._fetch(assessment_id)
            s.record(
                "assessment.read",
                client_id=found.client_id,
                object_type="assessment",
                object_id=found.id,
            )
        return found

    def list_for_client(self, client_id: ClientId, *, audit: bool = True) -> list[Assessment]:
        """Newest first (by start time, then id)."""
        s = self._s
        with s.read_tx() as conn:
            rows = conn.execute(
                _SELECT + " WHERE a.client_id = ? ORDER BY a.started_at DESC, a.id DESC",
                (int(client_id),),
            )
            result = [_assessment(r) for r in rows]
            if audit:
                s.record("assessment.read", client_id=client_id, object_type="assessment_list")
        return result

    def delete_draft(self, assessment_id: AssessmentId) -> None:
        s = self._s
        with s.tx() as conn:
            current = self._draft(assessment_id)
            if conn.execute(
                "SELECT 1 FROM safety_plans WHERE assessment_id = ?", (current.id,)
            ).fetchone():
                raise ValidationFailed("a plan refers to it", code="assessment_referenced")
            conn.execute("DELETE FROM assessments WHERE id = ?", (current.id,))
            s.record(
                "assessment.delete",
                client_id=current.client_id,
                object_type="assessment",
                object_id=current.id,
            )
