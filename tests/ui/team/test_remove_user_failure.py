"""A key rotation that fails part-way (full disk) discards the session: the team-leader
area says so in words and asks the window to lock, instead of using a closed session."""

from __future__ import annotations

from typing import Any

import pytest

from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.team.area import TeamLeaderArea
from riskapp.vault import DiskFull
from tests.ui.conftest import CASEWORKER


def test_a_failed_rotation_shows_disk_full_and_ends_the_session(
    qtbot: Any, session: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = TeamLeaderArea(session)
    qtbot.addWidget(area)
    area.refresh()
    model = area.users.model
    row = next(r for r in range(model.rowCount()) if model.record_at(r).name == CASEWORKER)
    area.users.table.selectRow(row)

    def failing_remove(name: str, **_: Any) -> None:
        session.discard()
        raise DiskFull("disk full during key rotation", code="rotation_disk_full")

    monkeypatch.setattr(session.users, "remove", failing_remove)
    Dialogs.set_next_answer(True)  # yes, remove
    Dialogs.set_next_answer(True)  # the error box, not shown
    with qtbot.waitSignal(area.session_ended, timeout=1000):
        area.users.remove_button.click()
    _kind, _title, text = Dialogs.shown[-1]
    assert "Disken blev full" in text
    assert "inte skadat" in text
