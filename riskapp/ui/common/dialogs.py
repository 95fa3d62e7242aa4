"""The seam for message boxes and file pickers, so tests can pre-answer them.

Like KeePassXC's ``MessageBox::setNextAnswer`` and ``FileDialog::setNextFileName``: a test
calls ``Dialogs.set_next_answer(True)`` (or a path) before the action that would open a
dialog; the next call returns that answer at once instead of showing anything. Widgets call
only these functions, never ``QMessageBox``/``QFileDialog`` directly.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget


class Dialogs:
    """Static helpers; the queue of pre-set answers is process-wide (tests reset it)."""

    _answers: deque[Any] = deque()
    #: What was asked or shown, newest last, as (kind, title, text): for test assertions.
    shown: list[tuple[str, str, str]] = []

    @classmethod
    def set_next_answer(cls, answer: Any) -> None:
        """Answer the next dialog with ``answer`` (bool for questions, Path/None for pickers,
        anything for information boxes, which are simply not shown)."""
        cls._answers.append(answer)

    @classmethod
    def reset(cls) -> None:
        cls._answers.clear()
        cls.shown.clear()

    @classmethod
    def _take(cls) -> tuple[bool, Any]:
        if cls._answers:
            return True, cls._answers.popleft()
        return False, None

    @classmethod
    def question(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        yes_text: str = "",
        no_text: str = "",
        destructive: bool = False,
    ) -> bool:
        """Ask yes/no; the default button is the safe one ("no") when ``destructive``."""
        cls.shown.append(("question", title, text))
        preset, answer = cls._take()
        if preset:
            return bool(answer)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        if yes_text:
            yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        else:
            yes = box.addButton(QMessageBox.StandardButton.Yes)
        if no_text:
            no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
        else:
            no = box.addButton(QMessageBox.StandardButton.No)
        box.setDefaultButton(no if destructive else yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    @classmethod
    def save_changes(cls, parent: QWidget | None, title: str, text: str) -> str:
        """Ask what to do with unsaved work: "save" (the default, Enter), "discard", or
        "cancel" (Escape: stay where one was)."""
        cls.shown.append(("save_changes", title, text))
        preset, answer = cls._take()
        if preset:
            return str(answer)
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.button(buttons.Save).setText(QCoreApplication.translate("Dialogs", "Spara"))
        box.button(buttons.Discard).setText(
            QCoreApplication.translate("Dialogs", "Stäng utan att spara")
        )
        box.button(buttons.Cancel).setText(QCoreApplication.translate("Dialogs", "Avbryt"))
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        box.exec()
        clicked = box.standardButton(box.clickedButton())
        if clicked == buttons.Save:
            return "save"
        if clicked == buttons.Discard:
            return "discard"
        return "cancel"

    @classmethod
    def _message(
        cls, kind: str, icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str
    ) -> None:
        cls.shown.append((kind, title, text))
        preset, _ = cls._take()
        if preset:
            return
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.exec()

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._message("information", QMessageBox.Icon.Information, parent, title, text)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._message("warning", QMessageBox.Icon.Warning, parent, title, text)

    @classmethod
    def critical(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._message("critical", QMessageBox.Icon.Critical, parent, title, text)

    @classmethod
    def open_file(
        cls,
        parent: QWidget | None,
        title: str,
        directory: Path | None = None,
        filter_text: str = "",
    ) -> Path | None:
        cls.shown.append(("open_file", title, ""))
        preset, answer = cls._take()
        if preset:
            return Path(answer) if answer else None
        name, _ = QFileDialog.getOpenFileName(parent, title, str(directory or ""), filter_text)
        return Path(name) if name else None

    @classmethod
    def save_file(
        cls,
        parent: QWidget | None,
        title: str,
        directory: Path | None = None,
        filter_text: str = "",
    ) -> Path | None:
        cls.shown.append(("save_file", title, ""))
        preset, answer = cls._take()
        if preset:
            return Path(answer) if answer else None
        name, _ = QFileDialog.getSaveFileName(parent, title, str(directory or ""), filter_text)
        return Path(name) if name else None

    @classmethod
    def existing_directory(
        cls, parent: QWidget | None, title: str, directory: Path | None = None
    ) -> Path | None:
        cls.shown.append(("directory", title, ""))
        preset, answer = cls._take()
        if preset:
            return Path(answer) if answer else None
        name = QFileDialog.getExistingDirectory(parent, title, str(directory or ""))
        return Path(name) if name else None


def ok_cancel_buttons(parent: QWidget, ok_text: str) -> QDialogButtonBox:
    """The OK/Cancel row of our dialogs: OK says what it does (``ok_text``, translated by
    the caller), Cancel says "Avbryt". The caller connects ``accepted``/``rejected``."""
    ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
    buttons = QDialogButtonBox(ok | cancel, parent)
    buttons.button(ok).setText(ok_text)
    buttons.button(cancel).setText(QCoreApplication.translate("Dialogs", "Avbryt"))
    return buttons
