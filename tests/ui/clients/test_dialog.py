"""New-client dialog: personnummer validation with a clear message, or an explicit "none"."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from riskapp.ui.clients.dialog import ClientDialog

TODAY = date(2026, 1, 15)


def _dialog(qtbot: Any) -> ClientDialog:
    dialog = ClientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_name, "Anna")
    qtbot.keyClicks(dialog.last_name, "Berg")
    return dialog


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("170101-2394", "Personnumrets kontrollsiffra stämmer inte. Kontrollera siffrorna."),
        ("171301-2393", "Personnumret innehåller en månad som inte finns. Kontrollera siffrorna."),
        ("12345", "Personnumret har fel format. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN."),
        ("", "Ange personnummer, eller markera att klienten saknar personnummer."),
    ],
)
def test_invalid_personnummer_shows_the_exact_message(qtbot: Any, value: str, message: str) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.pnr, value)
    assert dialog.validated() is None
    assert dialog.pnr_error.text() == message


def test_valid_personnummer_is_stored_as_twelve_digits(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.pnr, "170101-2393")
    qtbot.keyClicks(dialog.phone, "070-000 00 00")
    client = dialog.validated()
    assert client is not None
    assert client.personnummer == "201701012393"
    assert (client.first_name, client.last_name, client.phone) == ("Anna", "Berg", "070-000 00 00")


def test_client_without_personnummer_needs_the_explicit_choice(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.no_pnr.setChecked(True)
    assert not dialog.pnr.isEnabled()
    client = dialog.validated()
    assert client is not None
    assert client.personnummer is None


def test_a_name_is_required(qtbot: Any) -> None:
    dialog = ClientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.no_pnr.setChecked(True)
    assert dialog.validated() is None
    assert dialog.pnr_error.text() == "Ange förnamn eller efternamn."


def test_tab_order_follows_the_form(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    dialog = ClientDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.first_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_name)
    order = [dialog.first_name]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        dialog.first_name,
        dialog.last_name,
        dialog.pnr,
        dialog.no_pnr,
        dialog.phone,
        dialog.safe_contact,
        dialog.address,
        dialog.protected,
        dialog.notes,
    ]
