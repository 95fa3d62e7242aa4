"""Translations: the English .ts is complete and up to date with every tr() in riskapp/ui,
and installing it really translates the running UI."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from riskapp.ui.common import i18n


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_english_ts_has_no_unfinished_or_empty_entries() -> None:
    messages = _messages(i18n.ts_file("en"))
    assert messages
    bad = [
        key
        for key, m in messages.items()
        if m.find("translation") is None
        or m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (m.find("translation").text or "").strip()
    ]
    assert bad == []


def test_every_tr_string_in_the_sources_is_in_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [i18n._tool("pyside6-lupdate"), *map(str, i18n.ui_sources()), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_sources = set(_messages(fresh))
    in_ts = set(_messages(i18n.ts_file("en")))
    missing = sorted(in_sources - in_ts)
    assert missing == [], "run: python -m riskapp.ui.common.i18n, then translate the new entries"
    obsolete = sorted(in_ts - in_sources)
    assert obsolete == [], "obsolete entries: run python -m riskapp.ui.common.i18n"


def test_compiled_qm_is_present() -> None:
    assert i18n.ts_file("en").with_suffix(".qm").stat().st_size > 0


@pytest.fixture
def english(qapp: Any) -> Any:
    translators = i18n.install_translators(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.install_translators(qapp, "sv")


def test_english_translator_translates_the_running_ui(
    english: Any, qtbot: Any, main_window: Any
) -> None:
    from riskapp.ui.shell.context import AppContext
    from riskapp.ui.shell.main_window import MainWindow

    assert QCoreApplication.translate("errors", "Det gick inte") == "That did not work"
    window = MainWindow(
        AppContext(
            vault_path=main_window.ctx.vault_path,
            settings=main_window.ctx.settings,
            clock=main_window.ctx.clock,
            registry_factory=main_window.ctx.registry_factory,
        )
    )
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&File"
    assert window.unlock_page.unlock_button.text() == "&Unlock"
