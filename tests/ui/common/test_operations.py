"""The operations helper: one route from a use case's RiskappError to the person."""

from __future__ import annotations

import pytest

from riskapp.domain.errors import RiskappError
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.operations import keep_quiet, operation, run_operation


def _fail() -> int:
    raise RiskappError(code="permission_denied")


def test_a_failed_operation_shows_the_translated_error_and_stops_the_block() -> None:
    reached = []
    Dialogs.set_next_answer(None)  # the message box is answered, not shown
    with operation(None) as op:
        _fail()
        reached.append(True)
    assert op.failed
    assert op.error is not None
    assert op.error.code == "permission_denied"
    assert reached == []
    assert Dialogs.shown == [
        (
            "critical",
            "Det gick inte",
            "Du har inte behörighet att göra detta. Be en teamledare om hjälp.",
        )
    ]


def test_on_error_replaces_the_dialog() -> None:
    seen: list[str] = []
    with operation(None, on_error=lambda exc: seen.append(exc.code)) as op:
        _fail()
    assert op.failed
    assert seen == ["permission_denied"]
    assert Dialogs.shown == []


def test_a_successful_operation_shows_nothing() -> None:
    with operation(None) as op:
        value = 1 + 1
    assert not op.failed
    assert value == 2
    assert Dialogs.shown == []


def test_run_operation_hands_the_result_to_on_success() -> None:
    got: list[int] = []
    assert not run_operation(None, lambda: 42, on_success=got.append).failed
    assert got == [42]
    assert run_operation(None, _fail, on_success=got.append, on_error=keep_quiet).failed
    assert got == [42]
    assert Dialogs.shown == []


def test_bugs_are_not_caught() -> None:
    with pytest.raises(ZeroDivisionError), operation(None):
        _ = 1 / 0
