"""The dialogs seam answers pre-set questions and pickers without showing anything."""

from __future__ import annotations

from pathlib import Path

from riskapp.ui.common.dialogs import Dialogs


def test_preset_answers_are_used_in_order_and_recorded(tmp_path: Path) -> None:
    Dialogs.set_next_answer(True)
    Dialogs.set_next_answer(False)
    Dialogs.set_next_answer(tmp_path / "x.pdf")
    assert Dialogs.question(None, "T1", "Fråga ett?") is True
    assert Dialogs.question(None, "T2", "Fråga två?") is False
    assert Dialogs.save_file(None, "Spara") == tmp_path / "x.pdf"
    assert [kind for kind, _t, _x in Dialogs.shown] == ["question", "question", "save_file"]


def test_information_with_a_preset_answer_does_not_block() -> None:
    Dialogs.set_next_answer(None)
    Dialogs.information(None, "Titel", "Text")
    assert Dialogs.shown == [("information", "Titel", "Text")]


def test_cancelled_picker_returns_none() -> None:
    Dialogs.set_next_answer(None)
    assert Dialogs.open_file(None, "Öppna") is None
