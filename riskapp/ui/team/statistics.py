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

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.errors import RiskappError
from riskapp.domain.stats.table import StatisticsResult
from riskapp.reports import stats_labels
from riskapp.services.stats import build_statistics, export_statistics
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.errors import message_for, message_for_code, show_error
from riskapp.ui.common.operations import operation
from riskapp.ui.team.bar_chart import BarChart
from riskapp.ui.team.published_table import PublishedTableModel
from riskapp.vault import Session


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
        self, session: Session, parent: QWidget | None = None, *, language: str | None = None
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
        start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        if start > end:
            Dialogs.warning(
                self,
                self.tr("Statistik"),
                message_for_code("stats_range"),
            )
            return
        with operation(self) as op:
            result = build_statistics(
                self._session,
                start,
                end,
                by=self._by(),
                period=str(self.period_combo.currentData()),
            )
        if op.failed:
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
        with operation(self, on_error=self._export_failed) as op:
            export_statistics(self._session, result, fmt, path, language=self._language)
        if op.failed:
            return
        self.status.setText(self.tr("Statistiken har sparats."))
        self.export_written.emit(path)

    def _export_failed(self, exc: RiskappError) -> None:
        if exc.code in ("report_write_failed", "report_disk_full"):
            Dialogs.critical(self, self.tr("Statistik"), message_for(exc))
        else:
            show_error(self, exc)
