"""A painted bar chart of one published table's column totals (no QtCharts); hidden
totals ("<5") are labelled, not drawn."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from riskapp.domain.stats.table import Cell, Suppressed
from riskapp.reports import stats_labels


class BarChart(QWidget):
    """Bars for the column totals of one published table; hidden totals are not drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._values: list[Cell] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Stapeldiagram över kolumnsummorna"))

    def set_data(self, labels: list[str], values: list[Cell]) -> None:
        self._labels, self._values = list(labels), list(values)
        description = "; ".join(
            f"{label}: {stats_labels.cell_text(value)}"
            for label, value in zip(labels, values, strict=True)
        )
        self.setAccessibleDescription(description)
        self.setToolTip(description.replace("; ", "\n"))
        self.update()

    def bars(self) -> list[tuple[str, int | None]]:
        """(label, value) per bar; None where the value is hidden ("<5", "..")."""
        return [
            (label, None if isinstance(value, Suppressed) else int(value))
            for label, value in zip(self._labels, self._values, strict=True)
        ]

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bars = self.bars()
        if not bars:
            return
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 4
        area = QRectF(8, 8 + label_height, self.width() - 16, self.height() - 16 - 2 * label_height)
        if area.width() <= 0 or area.height() <= 0:
            return
        top = max([v for _, v in bars if v is not None] + [5])
        slot = area.width() / len(bars)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for index, (label, value) in enumerate(bars):
            x = area.left() + index * slot
            text_rect = QRectF(x, area.bottom() + 2, slot, label_height)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, elided)
            shown = stats_labels.cell_text(self._values[index])
            if value is None:
                painter.drawText(
                    QRectF(x, area.bottom() - label_height, slot, label_height),
                    Qt.AlignmentFlag.AlignHCenter,
                    shown,
                )
                continue
            height = area.height() * value / top
            bar = QRectF(x + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(
                QRectF(x, bar.top() - label_height, slot, label_height),
                Qt.AlignmentFlag.AlignHCenter,
                shown,
            )
