"""Helpers shared by the repositories: JSON columns, timestamps."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from riskapp.vault.errors import ValidationFailed


def dump_json(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise ValidationFailed("value is not JSON", code="answers_invalid") from exc


def dump_answers(answers: Mapping[str, Any] | None) -> str:
    return dump_json(dict(answers or {}))


def load_json(text: str | None, default: Any = None) -> Any:
    return default if text is None else json.loads(text)


def ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


def opt_ts(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def opt_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
