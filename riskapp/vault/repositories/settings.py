"""Organisation settings (one JSON row): name, phone, help lines, idle lock, review days."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from riskapp.domain.records import HelpLine, OrganisationSettings, Role
from riskapp.vault.errors import ValidationFailed
from riskapp.vault.unit_of_work import UnitOfWork


def settings_to_json(settings: OrganisationSettings) -> str:
    data = asdict(settings)
    data["review_days_by_level"] = dict(settings.review_days_by_level)
    data["help_lines"] = [
        {**asdict(line), "verified": line.verified.isoformat() if line.verified else None}
        for line in settings.help_lines
    ]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def settings_from_json(text: str) -> OrganisationSettings:
    data: dict[str, Any] = json.loads(text)
    lines = tuple(
        HelpLine(
            **{
                **line,
                "verified": date.fromisoformat(line["verified"]) if line.get("verified") else None,
            }
        )
        for line in data.pop("help_lines", [])
    )
    if "intervention_kinds" in data:
        data["intervention_kinds"] = tuple(str(k) for k in data["intervention_kinds"])
    return OrganisationSettings(**data, help_lines=lines)


class SettingsRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def get(self) -> OrganisationSettings:
        row = self._s.conn.execute("SELECT data FROM settings WHERE id = 1").fetchone()
        if row is None:
            return OrganisationSettings(organisation_name="")
        return settings_from_json(row[0])

    def update(self, settings: OrganisationSettings) -> None:
        s = self._s
        s.require(Role.TEAMLEADER)
        by_level = settings.review_days_by_level.values()
        if (
            settings.idle_lock_minutes < 1
            or settings.review_interval_days < 1
            or any(not isinstance(d, int) or d < 1 for d in by_level)
        ):
            raise ValidationFailed("settings out of range", code="settings_invalid")
        with s.tx() as conn:
            conn.execute(
                "INSERT INTO settings (id, data) VALUES (1, ?) "
                "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                (settings_to_json(settings),),
            )
            s.record("settings.update")
