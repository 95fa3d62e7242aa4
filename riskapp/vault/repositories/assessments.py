"""Assessments: drafts autosaved while filling, completion locks them.

A draft's ``unconfirmed`` set (items prefilled from an earlier assessment, not yet
confirmed) is stored in its own column as a sorted JSON list; completion clears it.

A completed assessment is never changed silently (issue 12 section 4): a correction is a
new draft with ``corrects`` set (``start(..., corrects=, correction_reason=)``); voiding
keeps the row with who, when and why (``void``); the client's objection and the
children's-unit tick are notes beside it (``note_objection``, ``set_child_report``).
Each is one transaction with its audit row. ``status`` reads "voided" when ``voided_at``
is set (the column itself keeps its draft/completed CHECK, schema version 5).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from riskapp.domain.records import (
    Assessment,
    AssessmentId,
    AssessmentStatus,
    ChildReport,
    ClientId,
)
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
    "a.judgement_level, a.judgement_rationale, a.review_due, a.unconfirmed, "
    "a.corrects, a.correction_reason, "
    "(SELECT max(c.id) FROM assessments c WHERE c.corrects = a.id "
    "AND c.status = 'completed' AND c.voided_at IS NULL), "
    "a.voided_at, (SELECT v.name FROM users v WHERE v.id = a.voided_by), a.void_reason, "
    "a.objection, a.objection_at, a.child_report, a.warnings "
    "FROM assessments a JOIN users u ON u.id = a.author_id"
)


def _child_report(text: str | None) -> tuple[ChildReport | None, str | None]:
    data = load_json(text, None)
    if not isinstance(data, dict) or data.get("choice") not in {c.value for c in ChildReport}:
        return None, None
    return ChildReport(data["choice"]), data.get("reason") or None


def _assessment(row: Any) -> Assessment:
    child, child_reason = _child_report(row[24])
    return Assessment(
        id=AssessmentId(row[0]),
        client_id=ClientId(row[1]),
        form_id=row[2],
        form_version=row[3],
        status=AssessmentStatus.VOIDED if row[19] else AssessmentStatus(row[4]),
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
        corrects=AssessmentId(row[16]) if row[16] is not None else None,
        correction_reason=row[17],
        corrected_by=AssessmentId(row[18]) if row[18] is not None else None,
        voided_at=opt_ts(row[19]),
        voided_by=row[20],
        void_reason=row[21],
        objection=row[22],
        objection_at=opt_ts(row[23]),
        child_report=child,
        child_report_reason=child_reason,
        warnings=tuple(str(x) for x in load_json(row[25], [])),
    )


def _reason(text: str | None) -> str:
    clean = " ".join((text or "").split())
    if not clean:
        raise ValidationFailed("a reason is required", code="reason_missing")
    return (text or "").strip()


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

    def _completed(self, assessment_id: int) -> Assessment:
        """A completed, not voided assessment (what may be voided, corrected, noted)."""
        current = self._fetch(assessment_id)
        if current.status is AssessmentStatus.VOIDED:
            raise ValidationFailed("assessment is voided", code="assessment_voided")
        if current.status is not AssessmentStatus.COMPLETED:
            raise ValidationFailed("assessment is a draft", code="assessment_not_completed")
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
        corrects: AssessmentId | None = None,
        correction_reason: str | None = None,
    ) -> Assessment:
        """A new draft; with ``corrects`` a correction of that completed assessment of the
        same client (``correction_reason`` required), audit-logged as ``assessment.correct``."""
        s = self._s
        with s.tx() as conn:
            if (
                conn.execute("SELECT 1 FROM clients WHERE id = ?", (int(client_id),)).fetchone()
                is None
            ):
                raise RecordNotFound("no such client", code="client_unknown")
            reason = None
            if corrects is not None:
                original = self._completed(corrects)
                if original.client_id != client_id:
                    raise RecordNotFound("no such assessment", code="assessment_unknown")
                reason = _reason(correction_reason)
            now = s.now_iso()
            cur = conn.execute(
                "INSERT INTO assessments (client_id, form_id, form_version, form_kind, status, "
                "answers, unconfirmed, author_id, started_at, updated_at, corrects, "
                "correction_reason) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)",
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
                    int(corrects) if corrects is not None else None,
                    reason,
                ),
            )
            new_id = int(cur.lastrowid or 0)
            s.record(
                "assessment.start", client_id=client_id, object_type="assessment", object_id=new_id
            )
            if corrects is not None:
                s.record(
                    "assessment.correct",
                    client_id=client_id,
                    object_type="assessment",
                    object_id=int(corrects),
                    detail=f"correction={new_id}",
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
        warnings: Iterable[str] = (),
    ) -> Assessment:
        s = self._s
        with s.tx() as conn:
            current = self._draft(assessment_id)
            if current.corrects is not None:
                original = self._fetch(current.corrects)
                if original.status is AssessmentStatus.VOIDED:
                    raise ValidationFailed("original is voided", code="assessment_voided")
            shown = sorted(set(warnings))
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
                "completed_at = ?, is_repeat = ?, warnings = ? WHERE id = ?",
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
                    dump_json(shown),
                    current.id,
                ),
            )
            s.record(
                "assessment.complete",
                client_id=current.client_id,
                object_type="assessment",
                object_id=current.id,
                detail=",".join(shown),  # warning codes only, never content
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

    def void(self, assessment_id: AssessmentId, reason: str) -> Assessment:
        """Void a completed assessment: kept with who, when and why, out of the trend, the
        review date and the statistics. Refuses a draft, an already voided one and one
        replaced by a correction (void the correction instead)."""
        s = self._s
        with s.tx() as conn:
            current = self._completed(assessment_id)
            why = _reason(reason)
            if current.corrected_by is not None:
                raise ValidationFailed("assessment was corrected", code="assessment_corrected")
            conn.execute(
                "UPDATE assessments SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?",
                (s.now_iso(), s.user.id, why, current.id),
            )
            s.record(
                "assessment.void",
                client_id=current.client_id,
                object_type="assessment",
                object_id=current.id,
            )
            return self._fetch(current.id)

    def note_objection(self, assessment_id: AssessmentId, text: str) -> Assessment:
        """Note (or replace) the client's own objection to a completed or voided record;
        empty text removes the note. Audit-logged as ``assessment.objection``."""
        s = self._s
        with s.tx() as conn:
            current = self._fetch(assessment_id)
            if current.status is AssessmentStatus.DRAFT:
                raise ValidationFailed("assessment is a draft", code="assessment_not_completed")
            clean = text.strip() or None
            conn.execute(
                "UPDATE assessments SET objection = ?, objection_at = ? WHERE id = ?",
                (clean, s.now_iso() if clean else None, current.id),
            )
            s.record(
                "assessment.objection",
                client_id=current.client_id,
                object_type="assessment",
                object_id=current.id,
            )
            return self._fetch(current.id)

    def set_child_report(
        self, assessment_id: AssessmentId, choice: ChildReport, reason: str = ""
    ) -> Assessment:
        """Store the children's-unit tick on a completed assessment; ``not_needed`` needs
        a reason. Audit-logged as ``assessment.child_report`` (the choice, not the why)."""
        s = self._s
        with s.tx() as conn:
            current = self._completed(assessment_id)
            try:
                picked = ChildReport(choice)
            except ValueError as exc:
                raise ValidationFailed("unknown choice", code="child_report_invalid") from exc
            why = _reason(reason) if picked is ChildReport.NOT_NEEDED else reason.strip()
            conn.execute(
                "UPDATE assessments SET child_report = ? WHERE id = ?",
                (dump_json({"choice": picked.value, "reason": why}), current.id),
            )
            s.record(
                "assessment.child_report",
                client_id=current.client_id,
                object_type="assessment",
                object_id=current.id,
                detail=picked.value,
            )
            return self._fetch(current.id)

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
