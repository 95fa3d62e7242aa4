"""First-run wizard: create the vault (organisation, first team leader, passphrase) and show
the recovery key once, with a Print option and a required "I have stored it" checkbox.

Creating the vault runs Argon2id (about a second): it happens when the passphrase page is
accepted, with a busy cursor and a status line. From then on the vault exists, so the
recovery page is a commit page (no Back) and the wizard offers no Cancel there: the key
is never shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from riskapp.domain.clock import Clock
from riskapp.ui.common.errors import message_for
from riskapp.ui.common.operations import operation
from riskapp.ui.common.passphrase_fields import PassphraseFields
from riskapp.ui.shell.busy import run_busy

if TYPE_CHECKING:  # the vault is imported when the vault is created (start-up speed)
    from riskapp.vault import Session

PAGE_INTRO, PAGE_ORG, PAGE_PASS, PAGE_RECOVERY = range(4)

#: (path, organisation, username, passphrase) -> (session, recovery key)
Creator = Callable[[Path, str, str, str], tuple["Session", str]]


class _IntroPage(QWizardPage):
    def __init__(self, vault_path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Välkommen till riskapp"))
        label = QLabel(
            self.tr(
                "Det finns inget valv ännu. Valvet är en krypterad fil på den här datorn där alla "
                "klientuppgifter sparas. Du skapar det nu och blir dess första teamledare.\n\n"
                "Valvet skapas här: {path}"
            ).format(path=str(vault_path)),
            self,
        )
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)


class _OrganisationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Organisation och teamledare"))
        self.setSubTitle(
            self.tr("Namnen syns i programmet och i loggen, inte på klientens utskrifter.")
        )
        self.organisation = QLineEdit(self)
        self.organisation.setAccessibleName(self.tr("Organisationens namn"))
        self.leader = QLineEdit(self)
        self.leader.setAccessibleName(self.tr("Teamledarens användarnamn"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Teamledarens användarnamn:"), self.leader)
        self.organisation.textChanged.connect(self.completeChanged)
        self.leader.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.organisation.text().strip() and self.leader.text().strip())


class _PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Lösenfras"))
        self.setSubTitle(
            self.tr(
                "Lösenfrasen skyddar valvet. Ingen kan återställa den utan "
                "återställningsnyckeln som visas i nästa steg."
            )
        )
        self.fields = PassphraseFields(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setObjectName("setup_error")
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.fields.first.textChanged.connect(self.completeChanged)
        self.fields.second.textChanged.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Skapa valvet"))

    def initializePage(self) -> None:
        self.fields.user_name = self._wizard.leader_name()
        self.fields.first.setFocus()

    def isComplete(self) -> bool:
        return self.fields.acceptable()

    def validatePage(self) -> bool:
        self.error.clear()
        with operation(self, on_error=lambda exc: self.error.setText(message_for(exc))) as op:
            self._wizard.create_vault(self.fields.value(), self.status)
        if op.failed:
            return False
        self.fields.clear()
        return True


class _RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Återställningsnyckel"))
        self.setSubTitle(
            self.tr(
                "Nyckeln visas bara den här gången. Skriv ut den eller skriv av den och lås in "
                "den. Med den kan en glömd lösenfras återställas."
            )
        )
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Återställningsnyckel"))
        self.key_label.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.print_button = QPushButton(self.tr("Skriv &ut …"), self)
        self.stored = QCheckBox(
            self.tr("Jag har skrivit ut eller skrivit av nyckeln och förvarar den säkert"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.stored)
        layout.addStretch(1)
        self.stored.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(self._wizard.print_recovery_key)

    def initializePage(self) -> None:
        self.key_label.setText(self._wizard.recovery_key)
        self.stored.setFocus()

    def isComplete(self) -> bool:
        return self.stored.isChecked()


class SetupWizard(QWizard):
    """Creates the vault; afterwards ``session`` is the new team leader's open session."""

    def __init__(
        self,
        vault_path: Path,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        creator: Creator | None = None,
        printer: Callable[[QWidget, str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = vault_path
        self._clock = clock
        self._creator = creator
        self._printer = printer
        self.session: Session | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Skapa valv"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tillbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Slutför"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.org_page = _OrganisationPage()
        self.pass_page = _PassphrasePage(self)
        self.recovery_page = _RecoveryPage(self)
        self.setPage(PAGE_INTRO, _IntroPage(vault_path))
        self.setPage(PAGE_ORG, self.org_page)
        self.setPage(PAGE_PASS, self.pass_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.currentIdChanged.connect(self._on_page)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def leader_name(self) -> str:
        return self.org_page.leader.text().strip()

    def organisation(self) -> str:
        return self.org_page.organisation.text().strip()

    def _on_page(self, page_id: int) -> None:
        # Once the vault exists the key must be acknowledged: no way out but Finish.
        self.setOption(QWizard.WizardOption.NoCancelButton, page_id == PAGE_RECOVERY)

    def create_vault(self, passphrase: str, status: QLabel) -> None:
        """Create the vault (raises RiskappError; nothing is created on failure)."""
        if self._creator is not None:
            creator = self._creator
        else:
            from riskapp.vault import Vault

            def creator(path: Path, org: str, user: str, secret: str) -> tuple[Session, str]:
                return Vault.create(
                    path, organisation=org, username=user, passphrase=secret, clock=self._clock
                )

        self._path.parent.mkdir(parents=True, exist_ok=True)
        self.session, self.recovery_key = run_busy(
            status,
            self.tr("Skapar valvet …"),
            lambda: creator(self._path, self.organisation(), self.leader_name(), passphrase),
        )

    def print_recovery_key(self) -> None:
        if self._printer is not None:
            self._printer(self, self.organisation(), self.recovery_key)

    def reject(self) -> None:
        if self.session is not None:
            return  # the vault exists: the key must be acknowledged first
        super().reject()

    def take_session(self) -> Session | None:
        """Hand over the session and forget the recovery key."""
        session, self.session = self.session, None
        self.recovery_key = ""
        self.recovery_page.key_label.clear()
        return session
