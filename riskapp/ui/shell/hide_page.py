"""The neutral screen of quick hide (F12): no app name, no data, one flat "Fortsätt"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget


class HidePage(QWidget):
    """The neutral screen shown by quick hide: no app name, no data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resume = QPushButton(self.tr("Fortsätt"), self)
        self.resume.setFlat(True)
        self.resume.setAccessibleName(self.tr("Fortsätt"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.resume, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.setAutoFillBackground(True)
