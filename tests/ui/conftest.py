"""UI test fixtures: real vault files in tmp_path with fast KDF parameters, isolated
QSettings per test, and a reset dialogs seam."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from riskapp.domain.clock import FixedClock
from riskapp.domain.records import NewClient, Role
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.shell.settings import AppSettings
from tests.ui.manual_clock import ManualClock

LEADER = "lena"
CASEWORKER = "kim"
PASSPHRASE = "korrekt hast batteri haftklammer"  # ASCII: QTest.keyClicks asserts on non-ASCII
TEST_PNR = "201701012393"  # Skatteverket's published test number (DOMAIN.md section 6)


@pytest.fixture(autouse=True)
def _reset_dialogs() -> Iterator[None]:
    Dialogs.reset()
    yield
    Dialogs.reset()


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings" / "riskapp.ini")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def manual_clock() -> ManualClock:
    """Time for Qt timers that passes only when the test advances it."""
    return ManualClock()


@pytest.fixture
def fast_kdf() -> Any:
    from riskapp.vault import KdfParams

    return KdfParams.fast()


@pytest.fixture
def vault_path(tmp_path: Path, clock: FixedClock, fast_kdf: Any) -> Path:
    """A vault with a team leader (LENA) and a caseworker (KIM), both with PASSPHRASE."""
    from riskapp.vault import Vault

    path = tmp_path / "test.riskvault"
    session, _key = Vault.create(
        path,
        organisation="Testkommunen",
        username=LEADER,
        passphrase=PASSPHRASE,
        clock=clock,
        kdf=fast_kdf,
    )
    try:
        session.users.add(CASEWORKER, Role.CASEWORKER, PASSPHRASE)
    finally:
        session.close()
    return path


@pytest.fixture
def session(vault_path: Path, clock: FixedClock) -> Iterator[Any]:
    from riskapp.vault import Vault

    s = Vault.open(vault_path, LEADER, PASSPHRASE, clock=clock)
    yield s
    s.close()


@pytest.fixture
def registry() -> Any:
    from riskapp.services.forms import shipped_registry

    return shipped_registry()


def add_clients(session: Any, n: int, *, with_pnr: bool = False) -> None:
    rows = [
        NewClient(
            first_name=f"Förnamn{i:04d}",
            last_name=f"Åberg{i:04d}",
            personnummer=TEST_PNR if with_pnr and i == 0 else None,
        )
        for i in range(n)
    ]
    session.clients.import_many(rows)


@pytest.fixture
def main_window(
    qtbot: Any,
    vault_path: Path,
    app_settings: AppSettings,
    clock: FixedClock,
    registry: Any,
    manual_clock: ManualClock,
) -> Any:
    from riskapp.ui.shell.context import AppContext
    from riskapp.ui.shell.main_window import MainWindow

    ctx = AppContext(
        vault_path=vault_path,
        settings=app_settings,
        clock=clock,
        registry_factory=lambda _extra: registry,
        make_timer=manual_clock.timer,
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlock_page.prepare()
    return window


def unlock(qtbot: Any, window: Any, user: str = LEADER, passphrase: str = PASSPHRASE) -> None:
    from PySide6.QtCore import Qt

    page = window.unlock_page
    page.user.setText(user)
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
