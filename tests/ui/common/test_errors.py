"""Error codes become Swedish messages that say what to do, in one place."""

from __future__ import annotations

import pytest

from riskapp.domain.errors import RiskappError
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.errors import MESSAGES, message_for, show_error
from riskapp.vault import UnlockThrottled, VaultDamaged, WrongPassphrase


def test_wrong_passphrase_and_damaged_file_have_different_messages(qapp: object) -> None:
    wrong = message_for(WrongPassphrase())
    damaged = message_for(VaultDamaged())
    assert wrong != damaged
    assert "lösenfras" in wrong.lower()
    assert "skadad" in damaged


def test_throttle_message_names_the_seconds(qapp: object) -> None:
    assert "8 sekunder" in message_for(UnlockThrottled(7.2))


@pytest.mark.parametrize(
    "code", ["pnr_format", "pnr_month", "pnr_day", "pnr_checksum", "pnr_future"]
)
def test_every_personnummer_code_has_its_own_message(qapp: object, code: str) -> None:
    text = message_for(RiskappError(code=code))
    assert text == MESSAGES[code]
    assert "Personnumr" in text


def test_unknown_code_and_bugs_get_the_generic_message(qapp: object) -> None:
    generic = message_for(RuntimeError("secret detail 19121212-1212"))
    assert "19121212" not in generic
    assert message_for(RiskappError(code="no_such_code")) == generic


def test_show_error_goes_through_the_dialogs_seam(qapp: object) -> None:
    Dialogs.set_next_answer(None)
    show_error(None, WrongPassphrase())
    kind, _title, text = Dialogs.shown[-1]
    assert kind == "critical"
    assert text == message_for(WrongPassphrase())
