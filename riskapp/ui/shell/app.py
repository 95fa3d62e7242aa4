"""GUI entry points: ``run_gui(demo, vault_path)`` (called by ``riskapp`` without a command)
and ``main()``, the ``riskapp-gui`` executable (pip gui-script and the bundle's windowed
executable: no console window on Windows).

Sets up the QApplication (high DPI, translations, style sheet, icon), turns core dumps off
(T8: a dump of an unlocked process holds the data key), picks the vault path (argument,
last used, platform default), and shows either the first-run setup wizard or the unlock
screen. With ``demo`` a throwaway vault with synthetic clients is created in a temporary
directory (``riskapp.services.demo.create_demo_vault``), its credentials are shown on the
unlock screen marked DEMO, and the directory is deleted on exit. ``--smoke-test`` starts on
an existing vault and exits after the unlock screen was painted (``riskapp.ui.shell.smoke``).
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from riskapp import __version__
from riskapp.domain.clock import SystemClock
from riskapp.hardening import disable_core_dumps
from riskapp.paths import default_vault_path, resources_dir
from riskapp.ui.common import i18n
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.shell.context import AppContext
from riskapp.ui.shell.main_window import MainWindow
from riskapp.ui.shell.settings import AppSettings
from riskapp.ui.shell.smoke import SmokeTest, report

if TYPE_CHECKING:  # the vault is imported after the window is shown (start-up speed)
    from riskapp.vault import Session

#: Names Qt uses for the application: QSettings paths (AppSettings names them itself),
#: the Wayland/X11 window-to-desktop-file match (riskapp.desktop) and the About box.
APP_NAME = "riskapp"
ORGANISATION = "riskapp"


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "riskapp.svg"))


def style_sheet() -> str:
    path = resources_dir() / "styles" / "riskapp.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def print_recovery_key(parent: QWidget, organisation: str, key: str) -> None:
    """Print the recovery key on paper; the printer objects are created only on click."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    doc = QTextDocument()
    title = QCoreApplication.translate("RecoveryPrint", "Återställningsnyckel")
    org_line = QCoreApplication.translate("RecoveryPrint", "Organisation: {name}").format(
        name=organisation
    )
    advice = QCoreApplication.translate(
        "RecoveryPrint",
        "Förvara papperet inlåst, skilt från datorn. Med nyckeln kan en "
        "teamledare återställa en glömd lösenfras.",
    )
    from html import escape

    doc.setHtml(
        f"<h1>{escape(title)}</h1><p>{escape(org_line)}</p>"
        f"<p style='font-family: monospace; font-size: 16pt'>{escape(key)}</p>"
        f"<p>{escape(advice)}</p>"
    )
    doc.print_(printer)


def set_identity(app: QCoreApplication) -> None:
    """Application name, organisation, version and desktop file name (riskapp.desktop)."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_NAME)


def create_application(settings: AppSettings) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    set_identity(app)
    app.setWindowIcon(app_icon())
    sheet = style_sheet()
    if sheet:
        app.setStyleSheet(sheet)
    return app


def run_setup(window: MainWindow, ctx: AppContext) -> Session | None:
    """Show the first-run wizard; returns the new session or None when cancelled."""
    from riskapp.ui.shell.setup_wizard import SetupWizard

    wizard = SetupWizard(ctx.vault_path, ctx.clock, window, printer=print_recovery_key)
    if wizard.exec():
        return wizard.take_session()
    return wizard.take_session()  # None unless the vault was created (then it is kept)


def start_window(window: MainWindow, ctx: AppContext) -> bool:
    """Show the window on the unlock screen, or run setup first; False when cancelled.

    The vault package and the form registry are loaded only after the window is shown
    (``MainWindow.warm_up``): the unlock screen appears about as fast as a bare window.
    """
    window.show()
    # Same test as Vault.exists (a file at the path), without importing the vault yet.
    if not ctx.vault_path.is_file():
        session = run_setup(window, ctx)
        if session is None:
            return False
        window.on_unlocked(session)
    else:
        window.unlock_page.prepare(check_throttle=False)
        # Nobody types a passphrase within a quarter second: load the rest meanwhile.
        QTimer.singleShot(250, window.warm_up)
    return True


def run_gui(demo: bool, vault_path: Path | None, smoke_test: bool = False) -> int:
    """Run the application; returns the process exit code.

    ``smoke_test``: start on the existing vault, exit 0 once the unlock screen was painted
    (1 on any problem, or when there is no vault: the setup wizard would wait for input).
    """
    disable_core_dumps()
    settings = AppSettings()
    chosen = vault_path or settings.last_vault_path or default_vault_path()
    if smoke_test and not demo and not chosen.is_file():
        report("riskapp: smoke test FAILED: no vault at the given path (create one first)")
        return 1
    app = create_application(settings)
    translators = i18n.install_translators(app, settings.language)
    demo_dir: Path | None = None
    credentials: tuple[str, str] | None = None
    if demo:
        from riskapp.services.demo import create_demo_vault

        demo_dir = Path(tempfile.mkdtemp(prefix="riskapp-demo-"))
        atexit.register(shutil.rmtree, demo_dir, True)
        demo_vault = create_demo_vault(demo_dir)
        path = Path(demo_vault.path)
        credentials = (demo_vault.username, demo_vault.passphrase)
    else:
        path = chosen
    ctx = AppContext(
        vault_path=path,
        settings=settings,
        clock=SystemClock(),
        demo_credentials=credentials,
        language=settings.language,
    )
    window = MainWindow(ctx)
    window.setWindowIcon(app_icon())
    try:
        if not start_window(window, ctx):
            return 0
        smoke = SmokeTest(app, window) if smoke_test else None
        code = app.exec()
        del smoke
    finally:
        # However the loop ended (quit, session end), drop the key and our clipboard text.
        window.lock()
        window.clipboard.clear_now()
        Dialogs.reset()
        del translators
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
    return int(code)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="riskapp-gui",
        description="riskapp utan konsolfönster / the desktop app without a console window "
        "(for commands use riskapp).",
    )
    parser.add_argument("--version", action="version", version=f"riskapp {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on a throwaway demo vault with synthetic clients",
    )
    parser.add_argument("--vault", type=Path, default=None, metavar="PATH", help="open this vault")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that the app starts: show the unlock screen of an existing vault, then "
        "exit (0: fine); for installers and CI",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``riskapp-gui``: parse the GUI options and run the application."""
    args = build_parser().parse_args(argv)
    return run_gui(demo=args.demo, vault_path=args.vault, smoke_test=args.smoke_test)
