"""Statistics for team leaders: choose a period, preview the published tables, export.

The view is thin: "Förhandsgranska" calls ``riskapp.services.stats.build_statistics`` (the
published, disclosure-controlled tables) and shows them; the export buttons write exactly
that previewed result with ``export_statistics`` (audited). Changing any option makes the
preview stale and disables export until it is rebuilt, so what is written is always what
was shown. Labels for codes come from ``riskapp.reports.stats_labels``, as in the files.

What does not live here: aggregation and disclosure control (``riskapp.domain.stats``),
file formats (``riskapp.reports.stats_export``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.errors import RiskappError
from riskapp.domain.stats.table import (
    SMALL,
    Cell,
    PublishedTable,
    StatisticsResult,
    Suppressed,
)
from riskapp.reports import stats_labels
from riskapp.ui.dialogs import Dialogs
from riskapp.ui.errors import show_error

ModelIndex = QModelIndex | QPersistentModelIndex

#: Role holding the raw published value of a cell (an int, or the marker "<5" / "..").
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def previous_quarter(today: date) -> tuple[date, date]:
    """The last complete calendar quarter before ``today`` (a fixed period by default)."""
    first_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_this - timedelta(days=1)
    start = date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    return start, end


class PublishedTableModel(QAbstractTableModel):
    """One published table with its totals row and column; "<5" for hidden counts."""

    def __init__(self, parent: QWidget | None = None, language: str = "sv") -> None:
        super().__init__(parent)
        self._table: PublishedTable | None = None
        self._language = language

    def set_table(self, table: PublishedTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> PublishedTable | None:
        return self._table

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows) + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns) + 1

    def value(self, row: int, column: int) -> Cell:
        """The published value at (row, column), totals in the last row and column."""
        assert self._table is not None
        grid = self._table.augmented()
        return grid[row][column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return stats_labels.cell_text(value)
        if role == VALUE_ROLE:
            return str(value) if isinstance(value, Suppressed) else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, Suppressed):
            if value is SMALL:
                return self.tr("Dolt värde: 1–4.")
            return self.tr("Dolt för att ett annat dolt värde inte ska kunna räknas fram.")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        codes = (
            self._table.columns if orientation == Qt.Orientation.Horizontal else self._table.rows
        )
        if 0 <= section < len(codes):
            return stats_labels.label(codes[section], self._language)
        if section == len(codes):
            return stats_labels.word("total", self._language)
        return None


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


class StatisticsView(QWidget):
    """Period pickers, a preview of the published tables, a bar chart and export buttons.

    ``session`` is the unlocked vault session (a team leader's); only
    ``riskapp.services.stats`` is called with it.
    """

    #: The preview now shows a freshly built result.
    preview_updated = Signal()
    #: An export was written (the path the team leader chose).
    export_written = Signal(Path)

    def __init__(
        self, session: Any, parent: QWidget | None = None, *, language: str | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        if language is None:
            # The UI language (i18n.install_translators sets the default locale).
            english = QLocale().language() == QLocale.Language.English
            language = "en" if english else "sv"
        self._language = language
        #: The last preview built, and whether the options still match it.
        self._preview: StatisticsResult | None = None
        self._fresh = False

        start, end = previous_quarter(session.clock.today())
        self.from_edit = QDateEdit(_qdate(start), self)
        self.to_edit = QDateEdit(_qdate(end), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_combo = QComboBox(self)
        self.period_combo.addItem(self.tr("Per månad"), "month")
        self.period_combo.addItem(self.tr("Per kvartal"), "quarter")
        self.by_sex = QCheckBox(self.tr("Uppdelning per &kön"), self)
        self.by_age = QCheckBox(self.tr("Uppdelning per å&ldersgrupp"), self)
        self.preview_button = QPushButton(self.tr("&Förhandsgranska"), self)
        self.table_combo = QComboBox(self)
        self.table_combo.setAccessibleName(self.tr("Tabell"))
        self.status = QLabel(self.tr("Välj period och tryck på Förhandsgranska."), self)
        self.status.setWordWrap(True)
        self.model = PublishedTableModel(self, language)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.chart = BarChart(self)
        self.csv_button = QPushButton(self.tr("Exportera &CSV"), self)
        self.xlsx_button = QPushButton(self.tr("Exportera &Excel"), self)
        self.pdf_button = QPushButton(self.tr("Exportera &PDF"), self)
        note = QLabel(
            self.tr(
                "<5 betyder ett dolt värde 1–4; .. ett värde som döljs så att ett annat dolt "
                "värde inte kan räknas fram. Det som visas här är exakt det som exporteras."
            ),
            self,
        )
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Från:"), self.from_edit)
        form.addRow(self.tr("&Till:"), self.to_edit)
        form.addRow(self.tr("&Indelning:"), self.period_combo)
        options = QHBoxLayout()
        options.addWidget(self.by_sex)
        options.addWidget(self.by_age)
        options.addStretch(1)
        options.addWidget(self.preview_button)
        exports = QHBoxLayout()
        exports.addStretch(1)
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            exports.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addWidget(self.status)
        layout.addWidget(self.table_combo)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.chart, 2)
        layout.addWidget(note)
        layout.addLayout(exports)

        self.preview_button.clicked.connect(self.build_preview)
        self.table_combo.currentIndexChanged.connect(self._show_table)
        for signal in (
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
            self.period_combo.currentIndexChanged,
            self.by_sex.toggled,
            self.by_age.toggled,
        ):
            signal.connect(self._options_changed)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self._set_exports_enabled(False)

    # --- state --------------------------------------------------------------------------

    def result(self) -> StatisticsResult | None:
        """The previewed result (what an export writes), or None when stale or absent."""
        return self._preview if self._fresh else None

    def _by(self) -> tuple[str, ...]:
        return tuple(
            d for d, box in (("sex", self.by_sex), ("age", self.by_age)) if box.isChecked()
        )

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(enabled)

    def _options_changed(self) -> None:
        if not self._fresh:
            return
        self._fresh = False
        self._set_exports_enabled(False)
        self.status.setText(self.tr("Valen har ändrats. Förhandsgranska igen innan export."))

    # --- actions ------------------------------------------------------------------------

    def build_preview(self) -> None:
        """Build the published tables for the chosen options and show them."""
        from riskapp.services.stats import build_statistics

        start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        if start > end:
            Dialogs.warning(
                self,
                self.tr("Statistik"),
                self.tr("Startdatum ligger efter slutdatum. Ändra perioden."),
            )
            return
        try:
            result = build_statistics(
                self._session,
                start,
                end,
                by=self._by(),
                period=str(self.period_combo.currentData()),
            )
        except RiskappError as exc:
            show_error(self, exc)
            return
        self._preview, self._fresh = result, True
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for table in result.tables:
            self.table_combo.addItem(
                stats_labels.table_title(table, result.period, self._language), table.id
            )
        self.table_combo.blockSignals(False)
        self.table_combo.setCurrentIndex(0)
        self._show_table(0)
        hidden = sum(t.suppressed_count for t in result.tables)
        self.status.setText(
            self.tr("{tables} tabeller, {hidden} dolda värden (<5 eller ..).").format(
                tables=len(result.tables), hidden=hidden
            )
        )
        self._set_exports_enabled(True)
        self.preview_updated.emit()

    def _show_table(self, index: int) -> None:
        table_id = self.table_combo.itemData(index)
        table = None
        if self._preview is not None and table_id is not None:
            table = self._preview.table(str(table_id))
        self.model.set_table(table)
        if table is None:
            self.chart.set_data([], [])
            return
        labels = [stats_labels.label(c, self._language) for c in table.columns]
        self.chart.set_data(labels, list(table.column_totals))

    def export(self, fmt: str) -> None:
        """Ask for a file name (through the dialogs seam) and write the previewed result."""
        from riskapp.services.stats import export_statistics

        result = self.result()
        if result is None:
            return
        filters = {
            "csv": self.tr("CSV-fil (*.csv)"),
            "xlsx": self.tr("Excel-arbetsbok (*.xlsx)"),
            "pdf": self.tr("PDF-dokument (*.pdf)"),
        }
        path = Dialogs.save_file(
            self, self.tr("Spara statistik"), Path.home() / f"statistik.{fmt}", filters[fmt]
        )
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        try:
            export_statistics(self._session, result, fmt, path, language=self._language)
        except RiskappError as exc:
            if exc.code == "report_write_failed":
                Dialogs.critical(
                    self,
                    self.tr("Statistik"),
                    self.tr("Filen kunde inte sparas. Välj en annan mapp och försök igen."),
                )
            else:
                show_error(self, exc)
            return
        self.status.setText(self.tr("Statistiken har sparats."))
        self.export_written.emit(path)
