"""The typed QSettings wrapper: defaults from one table, typed round trips, no secrets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from riskapp.ui.shell.settings import KEYS, AppSettings


def test_defaults_come_from_the_key_table(app_settings: AppSettings) -> None:
    assert app_settings.language == KEYS["language"].default == "sv"
    assert app_settings.idle_minutes_cache == 5
    assert app_settings.last_vault_path is None
    assert app_settings.forms_dir is None
    assert app_settings.lock_on_screen_lock is True
    assert app_settings.window_geometry.isEmpty()


def test_values_survive_a_new_wrapper_on_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    first = AppSettings(path)
    first.language = "en"
    first.idle_minutes_cache = 12
    first.last_vault_path = tmp_path / "v.riskvault"
    first.lock_on_screen_lock = False
    first.window_geometry = QByteArray(b"\x01\x02")
    first.sync()
    second = AppSettings(path)
    assert second.language == "en"
    assert second.idle_minutes_cache == 12
    assert second.last_vault_path == tmp_path / "v.riskvault"
    assert second.lock_on_screen_lock is False
    assert bytes(second.window_geometry) == b"\x01\x02"


def test_unknown_language_is_refused(app_settings: AppSettings) -> None:
    with pytest.raises(ValueError, match="de"):
        app_settings.language = "de"


def test_no_key_is_meant_for_secrets_or_personal_data() -> None:
    forbidden = ("pass", "secret", "recovery", "user", "client", "search", "pnr")
    for key in KEYS.values():
        assert not any(word in key.name.lower() for word in forbidden), key.name
