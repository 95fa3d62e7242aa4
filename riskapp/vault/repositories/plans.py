"""Safety plans: versions (a new row per version), printed-version marks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from riskapp.domain.records import (
    PLAN_LANGUAGES,
    AssessmentId,
    ChosenHelpLine,
    ClientId,
    PlanChoices,
    PlanId,
    SafetyPlan,
)
from riskapp.vault.errors import RecordNotFound, ValidationFailed
from riskapp.vault.repositories._common import dump_answers, dump_json, load_json, opt_date, ts
from riskapp.vault.unit_of_work import UnitOfWork

_SELECT = (
    "SELECT p.id, p.client_id, p.form_id, p.form_version, p.answers, u.name, p.created_at, "
    "p.updated_at, p.discreet_omit, p.assessment_id, p.printed_version, p.language, "
    "p.discreet_free_text, p.discreet_help_lines, p.follow_up "
    "FROM safety_plans p JOIN users u ON u.id = p.author_id"
)
PRINT_VERSIONS = ("normal", "discreet")


def _plan(row: Any) -> SafetyPlan:
    return SafetyPlan(
        id=PlanId(row[0]),
        client_id=ClientId(row[1]),
        form_id=row[2],
        form_version=row[3],
        answers=load_json(row[4], {}),
        author=row[5],
        created_at=ts(row[6]),
        updated_at=ts(row[7]),
        discreet_omit=frozenset(load_json(row[8], [])),
        assessment_id=None if row[9] is None else AssessmentId(row[9]),
        printed_version=row[10],
        language=row[11],
        discreet_free_text=frozenset(load_json(row[12], [])),
        discreet_help_lines=tuple(
            ChosenHelpLine(str(h["number"]), str(h["name"])) for h in load_json(row[13], [])
        ),
        follow_up=opt_date(row[14]),
    )


def _columns(choices: PlanChoices) -> tuple[str, str, str, str, str | None]:
    if choices.language not in PLAN_LANGUAGES:
        raise ValidationFailed("unknown plan language", code="plan_language")
    lines = [{"number": h.number, "name": h.name} for h in choices.discreet_help_lines]
    return (
        dump_json(sorted(choices.discreet_omit)),
        dump_json(sorted(choices.discreet_free_text)),
        dump_json(lines),
        choices.language,
        None if choices.follow_up is None else choices.follow_up.isoformat(),
    )


class SafetyPlanRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def _fetch(self, plan_id: int) -> SafetyPlan:
        row = self._s.conn.execute(_SELECT + " WHERE p.id = ?", (int(plan_id),)).fetchone()
        if row is None:
            raise RecordNotFound("no such plan", code="plan_unknown")
        return _plan(row)

    def save(
        self,
        client_id: ClientId,
        form_id: str,
        form_version: int,
        answers: Mapping[str, Any],
        *,
        discreet_omit: frozenset[str] = frozenset(),
        assessment_id: AssessmentId | None = None,
        plan_id: PlanId | None = None,
        choices: PlanChoices | None = None,
    ) -> SafetyPlan:
        """plan_id None: a new version. Else update that version, which must be the
        client's latest and not yet printed (a printed plan is what the client holds).

        ``choices`` (language, discreet choices, follow-up) default to none, with
        ``discreet_omit`` as given."""
        s = self._s
        if choices is None:
            choices = PlanChoices(discreet_omit=frozenset(discreet_omit))
        omit, free_text, help_lines, language, follow_up = _columns(choices)
        with s.tx() as conn:
            if (
                conn.execute("SELECT 1 FROM clients WHERE id = ?", (int(client_id),)).fetchone()
                is None
            ):
                raise RecordNotFound("no such client", code="client_unknown")
            if (
                assessment_id is not None
                and conn.execute(
                    "SELECT 1 FROM assessments WHERE id = ? AND client_id = ?",
                    (int(assessment_id), int(client_id)),
                ).fetchone()
                is None
            ):
                raise RecordNotFound("no such assessment", code="assessment_unknown")
            now = s.now_iso()
            if plan_id is None:
                cur = conn.execute(
                    "INSERT INTO safety_plans (client_id, form_id, form_version, answers, "
                    "discreet_omit, discreet_free_text, discreet_help_lines, language, "
                    "follow_up, assessment_id, author_id, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        int(client_id),
                        form_id,
                        int(form_version),
                        dump_answers(answers),
                        omit,
                        free_text,
                        help_lines,
                        language,
                        follow_up,
                        assessment_id,
                        s.user.id,
                        now,
                        now,
                    ),
                )
                target = int(cur.lastrowid or 0)
            else:
                current = self._fetch(plan_id)
                latest = conn.execute(
                    "SELECT id FROM safety_plans WHERE client_id = ? "
                    "ORDER BY created_at DESC, id DESC LIMIT 1",
                    (int(client_id),),
                ).fetchone()
                if current.client_id != client_id or latest is None or latest[0] != current.id:
                    raise ValidationFailed("not the latest version", code="plan_not_latest")
                if current.printed_version is not None:
                    raise ValidationFailed("plan was printed", code="plan_printed")
                conn.execute(
                    "UPDATE safety_plans SET form_id = ?, form_version = ?, answers = ?, "
                    "discreet_omit = ?, discreet_free_text = ?, discreet_help_lines = ?, "
                    "language = ?, follow_up = ?, assessment_id = ?, updated_at = ? WHERE id = ?",
                    (
                        form_id,
                        int(form_version),
                        dump_answers(answers),
                        omit,
                        free_text,
                        help_lines,
                        language,
                        follow_up,
                        assessment_id,
                        now,
                        current.id,
                    ),
                )
                target = current.id
            s.record("plan.save", client_id=client_id, object_type="plan", object_id=target)
            return self._fetch(target)

    def get(self, plan_id: PlanId) -> SafetyPlan:
        s = self._s
        with s.tx():
            plan = self._fetch(plan_id)
            s.record("plan.read", client_id=plan.client_id, object_type="plan", object_id=plan.id)
        return plan

    def list_for_client(self, client_id: ClientId, *, audit: bool = True) -> list[SafetyPlan]:
        s = self._s
        with s.read_tx() as conn:
            rows = conn.execute(
                _SELECT + " WHERE p.client_id = ? ORDER BY p.created_at DESC, p.id DESC",
                (int(client_id),),
            )
            result = [_plan(r) for r in rows]
            if audit:
                s.record("plan.read", client_id=client_id, object_type="plan_list")
        return result

    def latest_for_client(self, client_id: ClientId) -> SafetyPlan | None:
        s = self._s
        with s.tx() as conn:
            row = conn.execute(
                _SELECT + " WHERE p.client_id = ? ORDER BY p.created_at DESC, p.id DESC LIMIT 1",
                (int(client_id),),
            ).fetchone()
            if row is None:
                return None
            plan = _plan(row)
            s.record("plan.read", client_id=plan.client_id, object_type="plan", object_id=plan.id)
        return plan

    def mark_printed(self, plan_id: PlanId, version: str) -> None:
        if version not in PRINT_VERSIONS:
            raise ValidationFailed("unknown print version", code="plan_print_version")
        s = self._s
        with s.tx() as conn:
            plan = self._fetch(plan_id)
            conn.execute(
                "UPDATE safety_plans SET printed_version = ? WHERE id = ?", (version, plan.id)
            )
            s.record(
                "plan.print",
                client_id=plan.client_id,
                object_type="plan",
                object_id=plan.id,
                detail=version,
            )
