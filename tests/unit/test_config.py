"""riskapp.config reads the GUI's per-machine settings file as QSettings does, without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskapp import config

QtCore = pytest.importorskip("PySide6.QtCore")


def _write_with_qt(path: Path, key: str, value: str) -> object:
    qs = QtCore.QSettings(str(path), QtCore.QSettings.Format.IniFormat)
    qs.setValue("window/geometry", QtCore.QByteArray(b"\x01\x02,;"))
    qs.setValue("ui/language", "sv")
    qs.setValue(key, value)
    qs.sync()
    return QtCore.QSettings(str(path), QtCore.QSettings.Format.IniFormat).value(key)


@pytest.mark.parametrize(
    "value",
    [
        "/home/anna/Egna formulär",
        "C:\\Users\\Åsa\\Formulär",
        '/srv/"citat"/a,b;c=d',
        "  leading and trailing  ",
        "@kommun/forms",
        "tab\there\nnewline",
        "emoji 🙂 and 中文",
        "",
    ],
)
def test_reads_what_qsettings_wrote(tmp_path: Path, value: str) -> None:
    path = tmp_path / "riskapp.ini"
    qt_value = _write_with_qt(path, config.FORMS_DIR_KEY, value)
    assert qt_value == value
    assert config.read_string(path, config.FORMS_DIR_KEY) == value
    expected = Path(value) if value else None
    assert config.configured_forms_dir(path) == expected


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.text(st.characters(exclude_categories=["Cs"]), max_size=40))
def test_reads_any_string_as_qsettings_reads_it(tmp_path: Path, value: str) -> None:
    path = tmp_path / "any.ini"
    path.unlink(missing_ok=True)
    qt_value = _write_with_qt(path, config.FORMS_DIR_KEY, value)
    assert config.read_string(path, config.FORMS_DIR_KEY) == qt_value


def test_missing_file_or_key_is_no_setting(tmp_path: Path) -> None:
    assert config.configured_forms_dir(tmp_path / "none.ini") is None
    path = tmp_path / "riskapp.ini"
    path.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert config.configured_forms_dir(path) is None


def test_ui_settings_and_config_share_the_key() -> None:
    from riskapp.ui.shell.settings import KEYS

    assert KEYS["forms_dir"].name == config.FORMS_DIR_KEY


@pytest.mark.skipif(sys.platform == "win32", reason="XDG_CONFIG_HOME is a Unix convention")
def test_settings_file_is_where_qsettings_keeps_it(tmp_path: Path) -> None:
    """Checked in a child: QSettings caches its directories for the life of a process."""
    code = (
        "from PySide6.QtCore import QSettings\n"
        "from riskapp import config\n"
        "qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,"
        " 'riskapp', 'riskapp')\n"
        "print(qs.fileName())\n"
        "print(config.settings_file())\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "conf")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.splitlines()
    assert out[0] == out[1] == str(tmp_path / "conf" / "riskapp" / "riskapp.ini")
