"""A small painted trend of judgement levels over time (QPainter; no QtCharts).

Points are (date, level index); the y axis shows the form's level labels (lowest at the
bottom); the x axis runs from the first to the last date. Nothing is drawn from the score:
the professional judgement decides the level (DOMAIN.md section 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from riskapp.domain.forms.model import Form, FormKind
from riskapp.domain.records import Assessment, AssessmentStatus


@dataclass(frozen=True)
class TrendPoint:
    day: date
    level_index: int


def trend_data(
    assessments: list[Assessment], forms: list[Form], language: str
) -> tuple[list[str], list[TrendPoint]]:
    """The level labels of the latest danger-assessment form and one point per completed
    assessment with that form and a level it knows (older forms' levels are left out)."""
    latest = next((f for f in forms if f.kind is FormKind.DANGER_ASSESSMENT), None)
    if latest is None:
        return [], []
    labels = [lv.label.get(language) for lv in latest.levels]
    ids = [lv.id for lv in latest.levels]
    points: list[TrendPoint] = []
    for a in assessments:
        if a.status is not AssessmentStatus.COMPLETED or not a.judgement_level:
            continue
        if a.form_id != latest.id or a.judgement_level not in ids:
            continue
        when = a.completed_at or a.updated_at
        points.append(TrendPoint(when.astimezone().date(), ids.index(a.judgement_level)))
    return labels, points


class TrendWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[TrendPoint] = []
        self._labels: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Trend för bedömd risknivå"))

    def set_data(self, labels: list[str], points: list[TrendPoint]) -> None:
        """``labels``: level labels lowest first; ``points``: any order."""
        self._labels = list(labels)
        self._points = sorted(points, key=lambda p: p.day)
        description = "; ".join(
            f"{p.day.isoformat()}: {self._labels[p.level_index]}"
            for p in self._points
            if 0 <= p.level_index < len(self._labels)
        )
        self.setAccessibleDescription(description)
        self.setToolTip(description.replace("; ", "\n"))
        self.updateGeometry()
        self.update()

    def points(self) -> list[TrendPoint]:
        return list(self._points)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 20, int(line * (max(len(self._labels), 2) * 1.3 + 2)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        if not self._labels:
            painter.end()
            return
        label_w = max(fm.horizontalAdvance(t) for t in self._labels) + fm.averageCharWidth()
        line = fm.lineSpacing()
        plot = QRectF(
            label_w + 8, line / 2, self.width() - label_w - 8 - line, self.height() - line * 2
        )
        n = len(self._labels)

        def y_of(i: int) -> float:
            return plot.bottom() - (plot.height() * i / max(n - 1, 1))

        grid = QPen(pal.color(QPalette.ColorRole.Mid))
        grid.setStyle(Qt.PenStyle.DotLine)
        for i, text in enumerate(self._labels):
            y = y_of(i)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(0, y - line / 2, label_w, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        if not self._points:
            painter.end()
            return
        first, last = self._points[0].day, self._points[-1].day
        span = max((last - first).days, 1)

        def x_of(d: date) -> float:
            if first == last:
                return plot.center().x()
            return plot.left() + plot.width() * (d - first).days / span

        pts = [QPointF(x_of(p.day), y_of(p.level_index)) for p in self._points]
        pen = QPen(pal.color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        for a, b in zip(pts, pts[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
        for p in pts:
            painter.drawEllipse(p, 4, 4)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + line * 0.4, plot.width() / 2, line),
            Qt.AlignmentFlag.AlignLeft,
            first.isoformat(),
        )
        if last != first:
            painter.drawText(
                QRectF(plot.center().x(), plot.bottom() + line * 0.4, plot.width() / 2, line),
                Qt.AlignmentFlag.AlignRight,
                last.isoformat(),
            )
        painter.end()
