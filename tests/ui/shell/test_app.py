"""GUI entry point: the demo starts on the unlock screen with DEMO credentials and its
directory is deleted on exit; start-up picks setup or unlock; resources are shipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from riskapp.ui.shell import app as app_module
from riskapp.ui.shell.context import AppContext
from riskapp.ui.shell.main_window import MainWindow

_DEMO_SCRIPT = r"""
import functools, json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import riskapp.services.demo as demo
from riskapp.ui.shell import app as app_module
from riskapp.ui.shell.main_window import MainWindow
from riskapp.vault import KdfParams

created = []
original = demo.create_demo_vault
def fast_demo(directory):
    created.append(directory)
    return original(directory, clients=3, kdf=KdfParams.fast())
demo.create_demo_vault = fast_demo
settings_file = Path(sys.argv[1])
app_module.AppSettings = functools.partial(app_module.AppSettings, settings_file)
seen = {}
deadline = time.monotonic() + 45  # a loaded CI machine may be slow to show the window
def inspect_and_quit():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    if not windows and time.monotonic() < deadline:
        QTimer.singleShot(100, inspect_and_quit)  # not shown yet: look again
        return
    for window in windows:
        seen["banner"] = window.unlock_page.demo_label.text()
        seen["unlock_page"] = window.stack.currentWidget() is window.unlock_page
        window.close()
    QApplication.quit()  # always: a failed check must fail the test, never hang it
qapp = QApplication(sys.argv[:1])  # run_gui reuses it; the timer needs it first
QTimer.singleShot(300, inspect_and_quit)
seen["code"] = app_module.run_gui(demo=True, vault_path=None)
seen["dir_left"] = bool(created) and created[0].exists()
seen["last_vault"] = str(app_module.AppSettings().last_vault_path)
print(json.dumps(seen))
"""


def test_demo_shows_credentials_and_removes_its_directory(tmp_path: Path) -> None:
    # A separate process: run_gui owns the QApplication's event loop and quits it, which
    # must not leak into the other tests' application object.
    import json
    import os
    import subprocess
    import sys

    from riskapp.services.demo import DEMO_PASSPHRASE

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _DEMO_SCRIPT, str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen.get("unlock_page"), "the demo window never appeared"
    assert seen["banner"].startswith("DEMO")
    assert "Lösenfras: " + DEMO_PASSPHRASE in seen["banner"]
    assert seen["dir_left"] is False
    assert seen["last_vault"] == "None"  # the demo never becomes this machine's last vault


def test_existing_vault_starts_on_the_unlock_screen(
    qtbot: Any, vault_path: Path, app_settings: Any, clock: Any
) -> None:
    window = MainWindow(AppContext(vault_path=vault_path, settings=app_settings, clock=clock))
    qtbot.addWidget(window)
    assert app_module.start_window(window, window.ctx)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.session is None


def test_shipped_icon_and_style_sheet_load(qapp: Any) -> None:
    assert not app_module.app_icon().isNull()
    assert "demo_banner" in app_module.style_sheet()


def test_core_dumps_are_disabled(qapp: Any) -> None:
    resource = pytest.importorskip("resource")
    app_module.disable_core_dumps()
    assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0


def test_application_identity(qapp: Any) -> None:
    from riskapp import __version__

    before = (qapp.applicationName(), qapp.organizationName(), qapp.applicationVersion())
    desktop = qapp.desktopFileName()
    try:
        app_module.set_identity(qapp)
        assert qapp.applicationName() == "riskapp"
        assert qapp.organizationName() == "riskapp"
        assert qapp.applicationVersion() == __version__
        assert qapp.desktopFileName() == "riskapp"
    finally:  # the shared test application keeps its own names
        qapp.setApplicationName(before[0])
        qapp.setOrganizationName(before[1])
        qapp.setApplicationVersion(before[2])
        qapp.setDesktopFileName(desktop)


def test_package_metadata_has_the_code_version() -> None:
    from importlib import metadata

    from riskapp import __version__

    assert metadata.version("riskapp") == __version__


def test_gui_parser_takes_the_gui_options_only() -> None:
    args = app_module.build_parser().parse_args(["--demo", "--vault", "v", "--smoke-test"])
    assert (args.demo, args.vault, args.smoke_test) == (True, Path("v"), True)
    with pytest.raises(SystemExit):
        app_module.build_parser().parse_args(["clients", "list"])


def test_smoke_test_without_a_vault_fails_instead_of_opening_setup(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(app_module, "AppSettings", lambda: _settings(tmp_path))
    code = app_module.main(["--smoke-test", "--vault", str(tmp_path / "none.riskvault")])
    assert code == 1
    assert "smoke test FAILED" in capsys.readouterr().err


def _settings(tmp_path: Path) -> Any:
    from riskapp.ui.shell.settings import AppSettings

    return AppSettings(tmp_path / "s.ini")


def test_smoke_check_passes_on_the_unlock_screen_only(
    qtbot: Any, qapp: Any, vault_path: Path, app_settings: Any, clock: Any
) -> None:
    from riskapp.ui.shell.smoke import SmokeTest

    window = MainWindow(AppContext(vault_path=vault_path, settings=app_settings, clock=clock))
    qtbot.addWidget(window)
    window.setWindowIcon(app_module.app_icon())
    assert app_module.start_window(window, window.ctx)
    smoke = SmokeTest(qapp, window)
    window.warm_up()
    assert smoke.problems() == []
    window.stack.setCurrentWidget(window.hide_page)
    assert smoke.problems() == ["unlock screen not current"]
