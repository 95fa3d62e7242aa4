"""Settings dialog: vault-wide settings for team leaders (read-only for caseworkers) and this
machine's settings in the QSettings wrapper; the help-line table is an editable model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from riskapp.domain.records import DEFAULT_HELP_LINES
from riskapp.ui.shell.help_lines import HelpLineTableModel
from riskapp.ui.shell.settings import AppSettings
from riskapp.ui.shell.settings_dialog import SettingsDialog
from riskapp.vault import Vault
from tests.ui.conftest import CASEWORKER, PASSPHRASE


def test_help_line_model_passes_qtmodeltester_and_edits(qtmodeltester: Any) -> None:
    model = HelpLineTableModel(DEFAULT_HELP_LINES, editable=True)
    qtmodeltester.check(model, force_py=True)
    row = model.add_line()
    assert model.setData(model.index(row, model.COL_NAME), "Kommunens jour")
    assert model.setData(model.index(row, model.COL_NUMBER), "08-123 456")
    assert model.setData(
        model.index(row, model.COL_CLIENTS),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    added = model.lines()[-1]
    assert (added.name, added.number, added.for_clients) == ("Kommunens jour", "08-123 456", False)


def test_read_only_model_refuses_edits() -> None:
    model = HelpLineTableModel(DEFAULT_HELP_LINES, editable=False)
    index = model.index(0, 0)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "x")


def test_team_leader_saves_vault_and_machine_settings(
    qtbot: Any, session: Any, app_settings: AppSettings, tmp_path: Path
) -> None:
    dialog = SettingsDialog(session, app_settings)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Nya kommunen")
    dialog.idle_minutes.setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.forms_dir.setText(str(tmp_path))
    dialog.save()
    assert dialog.result() == 1
    stored = session.settings.get()
    assert (stored.organisation_name, stored.idle_lock_minutes) == ("Nya kommunen", 3)
    assert app_settings.idle_minutes_cache == 3
    assert app_settings.language == "en"
    assert app_settings.forms_dir == tmp_path


def test_caseworker_sees_vault_settings_read_only(
    qtbot: Any, vault_path: Path, app_settings: AppSettings, clock: Any
) -> None:
    session = Vault.open(vault_path, CASEWORKER, PASSPHRASE, clock=clock)
    try:
        dialog = SettingsDialog(session, app_settings)
        qtbot.addWidget(dialog)
        assert dialog.organisation.isReadOnly()
        assert not dialog.idle_minutes.isEnabled()
        assert not dialog.add_line.isEnabled()
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.save()
        assert app_settings.language == "en"
        assert session.settings.get().organisation_name == "Testkommunen"
    finally:
        session.close()


def test_missing_forms_directory_is_refused(
    qtbot: Any, session: Any, app_settings: AppSettings, tmp_path: Path
) -> None:
    from riskapp.ui.common.dialogs import Dialogs

    dialog = SettingsDialog(session, app_settings)
    qtbot.addWidget(dialog)
    dialog.forms_dir.setText(str(tmp_path / "finns-inte"))
    Dialogs.set_next_answer(None)
    dialog.save()
    assert Dialogs.shown[-1][1] == "Katalogen finns inte"
    assert app_settings.forms_dir is None
