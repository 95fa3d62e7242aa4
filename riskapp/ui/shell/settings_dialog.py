"""Settings: vault-wide ones (organisation, help lines, idle lock, review interval) stored in
the vault (team leaders edit, caseworkers read), and this machine's ones (language, extra
forms directory, lock on screen lock) in the QSettings wrapper.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.records import OrganisationSettings, Role
from riskapp.services import settings as settings_svc
from riskapp.ui.common.dialogs import Dialogs, ok_cancel_buttons
from riskapp.ui.common.operations import operation
from riskapp.ui.shell.help_lines import HelpLineTableModel
from riskapp.ui.shell.settings import AppSettings
from riskapp.vault import Session


class SettingsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        screen_lock_available: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.app_settings = settings
        self.setWindowTitle(self.tr("Inställningar"))
        self.can_edit_vault = session.user.role is Role.TEAMLEADER
        self._org: OrganisationSettings = settings_svc.organisation_settings(session)

        # --- vault-wide ----------------------------------------------------------------
        vault_tab = QWidget(self)
        self.organisation = QLineEdit(self._org.organisation_name, vault_tab)
        self.organisation.setAccessibleName(self.tr("Organisationens namn"))
        self.org_phone = QLineEdit(self._org.organisation_phone, vault_tab)
        self.org_phone.setAccessibleName(self.tr("Organisationens telefonnummer"))
        self.idle_minutes = QSpinBox(vault_tab)
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setValue(self._org.idle_lock_minutes)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lås efter inaktivitet, minuter"))
        self.review_days = QSpinBox(vault_tab)
        self.review_days.setRange(1, 730)
        self.review_days.setValue(self._org.review_interval_days)
        self.review_days.setSuffix(self.tr(" dagar"))
        self.review_days.setAccessibleName(self.tr("Dagar till ny riskbedömning"))
        self.help_model = HelpLineTableModel(
            self._org.help_lines, editable=self.can_edit_vault, parent=self
        )
        self.help_table = QTableView(vault_tab)
        self.help_table.setAccessibleName(self.tr("Stödlinjer"))
        self.help_table.setModel(self.help_model)
        self.help_table.verticalHeader().hide()
        self.help_table.horizontalHeader().setStretchLastSection(True)
        self.help_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.help_table.resizeColumnsToContents()
        self.add_line = QPushButton(self.tr("Lägg till rad"), vault_tab)
        self.remove_line = QPushButton(self.tr("Ta bort rad"), vault_tab)
        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Telefon:"), self.org_phone)
        form.addRow(self.tr("&Lås efter inaktivitet:"), self.idle_minutes)
        form.addRow(self.tr("Ny &riskbedömning efter:"), self.review_days)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line)
        line_buttons.addWidget(self.remove_line)
        line_buttons.addStretch(1)
        vl = QVBoxLayout(vault_tab)
        if not self.can_edit_vault:
            note = QLabel(
                self.tr("Bara en teamledare kan ändra de här inställningarna."), vault_tab
            )
            note.setWordWrap(True)
            vl.addWidget(note)
        vl.addLayout(form)
        vl.addWidget(QLabel(self.tr("Stödlinjer (på klientens säkerhetsplan):"), vault_tab))
        vl.addWidget(self.help_table)
        vl.addLayout(line_buttons)
        for widget in (self.organisation, self.org_phone):
            widget.setReadOnly(not self.can_edit_vault)
        for control in (self.idle_minutes, self.review_days, self.add_line, self.remove_line):
            control.setEnabled(self.can_edit_vault)

        # --- this machine --------------------------------------------------------------
        local_tab = QWidget(self)
        self.language = QComboBox(local_tab)
        self.language.setAccessibleName(self.tr("Språk"))
        self.language.addItem(self.tr("Svenska"), "sv")
        self.language.addItem(self.tr("Engelska"), "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.forms_dir = QLineEdit(str(settings.forms_dir or ""), local_tab)
        self.forms_dir.setAccessibleName(self.tr("Katalog med egna formulär"))
        self.forms_browse = QPushButton(self.tr("Välj …"), local_tab)
        self.screen_lock = QCheckBox(self.tr("Lås när datorns skärm låses"), local_tab)
        self.screen_lock.setChecked(settings.lock_on_screen_lock)
        if not screen_lock_available:
            self.screen_lock.setEnabled(False)
            self.screen_lock.setToolTip(
                self.tr("Den här datorn meddelar inte när skärmen låses. Lås med Ctrl+L.")
            )
        dir_row = QHBoxLayout()
        dir_row.addWidget(self.forms_dir, 1)
        dir_row.addWidget(self.forms_browse)
        lform = QFormLayout(local_tab)
        lform.addRow(self.tr("&Språk:"), self.language)
        lform.addRow(self.tr("&Egna formulär:"), dir_row)
        lform.addRow("", self.screen_lock)
        self.language_note = QLabel(
            self.tr("Språket ändras nästa gång programmet startar."), local_tab
        )
        self.language_note.setWordWrap(True)
        lform.addRow("", self.language_note)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(vault_tab, self.tr("&Organisation"))
        self.tabs.addTab(local_tab, self.tr("&Den här datorn"))
        self.buttons = ok_cancel_buttons(self, self.tr("Spara"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.add_line.clicked.connect(self._on_add_line)
        self.remove_line.clicked.connect(self._on_remove_line)
        self.forms_browse.clicked.connect(self._on_browse)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumSize(line * 52, line * 30)
        # Open wide enough to show every help-line column without scrolling, where the
        # screen allows it.
        table_width = sum(
            self.help_table.columnWidth(c) for c in range(self.help_model.columnCount())
        )
        wanted = table_width + self.help_table.verticalScrollBar().sizeHint().width() + line * 6
        height = line * 38
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            wanted = min(wanted, int(screen.width() * 0.9))
            height = min(height, int(screen.height() * 0.9))
        self.resize(max(self.minimumWidth(), wanted), max(self.minimumHeight(), height))

    def _on_add_line(self) -> None:
        row = self.help_model.add_line()
        index = self.help_model.index(row, 0)
        self.help_table.setCurrentIndex(index)
        self.help_table.edit(index)

    def _on_remove_line(self) -> None:
        index = self.help_table.currentIndex()
        if index.isValid():
            self.help_model.remove_line(index.row())

    def _on_browse(self) -> None:
        chosen = Dialogs.existing_directory(
            self, self.tr("Välj katalog med egna formulär"), Path(self.forms_dir.text() or ".")
        )
        if chosen is not None:
            self.forms_dir.setText(str(chosen))

    def vault_settings(self) -> OrganisationSettings:
        return replace(
            self._org,
            organisation_name=self.organisation.text().strip(),
            organisation_phone=self.org_phone.text().strip(),
            idle_lock_minutes=self.idle_minutes.value(),
            review_interval_days=self.review_days.value(),
            help_lines=self.help_model.lines(),
        )

    def save(self) -> None:
        forms_dir = self.forms_dir.text().strip()
        if forms_dir and not Path(forms_dir).is_dir():
            Dialogs.warning(
                self,
                self.tr("Katalogen finns inte"),
                self.tr(
                    "Katalogen för egna formulär finns inte. Välj en befintlig katalog eller "
                    "lämna fältet tomt."
                ),
            )
            return
        if self.can_edit_vault:
            new = self.vault_settings()
            if not new.organisation_name:
                Dialogs.warning(
                    self, self.tr("Organisation saknas"), self.tr("Ange organisationens namn.")
                )
                return
            if new != self._org:
                with operation(self) as op:
                    settings_svc.update_organisation_settings(self.session, new)
                if op.failed:
                    return
            self.app_settings.idle_minutes_cache = new.idle_lock_minutes
        self.app_settings.language = self.language.currentData()
        self.app_settings.forms_dir = Path(forms_dir) if forms_dir else None
        if self.screen_lock.isEnabled():
            self.app_settings.lock_on_screen_lock = self.screen_lock.isChecked()
        self.app_settings.sync()
        self.accept()
