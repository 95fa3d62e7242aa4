"""The unlock screen: user name + passphrase, clear errors, a visible throttle countdown.

Shows no personal data: only the vault file name and, for a demo vault, the demo
credentials (clearly marked DEMO). Wrong passphrase and damaged file get different
messages (DESIGN.md section 3); after failed attempts the vault throttles, and the screen
counts down until the next attempt (``UnlockThrottled.retry_after`` /
``Vault.throttle_remaining``).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.clock import Clock
from riskapp.domain.errors import RiskappError
from riskapp.ui.common.errors import message_for
from riskapp.ui.common.operations import keep_quiet, operation
from riskapp.ui.shell.busy import run_busy

if TYPE_CHECKING:  # imported late: start-up speed
    from riskapp.vault import Vault


class UnlockPage(QWidget):
    #: A session was opened; the argument is the ``riskapp.vault.Session``.
    unlocked = Signal(object)

    def __init__(
        self,
        vault_path: Path,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        demo_credentials: tuple[str, str] | None = None,
        tick: QTimer | None = None,
    ) -> None:
        """``tick`` is the countdown timer's seam (tests pass a manually advanced one)."""
        super().__init__(parent)
        self._path = vault_path
        self._clock = clock
        self._locked_user: str | None = None
        self.title = QLabel(self.tr("Lås upp valvet"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.vault_label = QLabel(self)
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demo_banner")
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setFrameShape(QFrame.Shape.Box)
        self.demo_label.setMargin(8)
        self.demo_label.hide()
        self.user = QLineEdit(self)
        self.user.setAccessibleName(self.tr("Användarnamn"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        self.unlock_button = QPushButton(self.tr("Lås &upp"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("unlock_error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Felmeddelande"))
        # Room for a three-line message, so showing one never squeezes the rest.
        self.error_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("unlock_status")
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("throttle_countdown")
        self.countdown_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Användare:"), self.user)
        form.addRow(self.tr("&Lösenfras:"), self.passphrase)
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        # The box grows with its contents (error text, demo banner) instead of squeezing them.
        inner.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        inner.addWidget(self.title)
        inner.addWidget(self.vault_label)
        inner.addWidget(self.demo_label)
        inner.addLayout(form)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.error_label)
        inner.addWidget(self.countdown_label)
        inner.addWidget(self.status_label)
        box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)
        # Wrapped messages report their height late; never let them squeeze the inputs.
        for widget in (self.user, self.passphrase, self.unlock_button):
            widget.setMinimumHeight(widget.sizeHint().height())
        self.countdown_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self._tick = tick if tick is not None else QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_countdown)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.user.returnPressed.connect(self.passphrase.setFocus)
        self.setTabOrder(self.user, self.passphrase)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.set_vault_path(vault_path)
        if demo_credentials is not None:
            self.set_demo_credentials(*demo_credentials)

    # --- API used by the main window ----------------------------------------------------
    def set_vault_path(self, path: Path) -> None:
        self._path = path
        self.vault_label.setText(self.tr("Valv: {name}").format(name=path.name))
        self.vault_label.setToolTip(str(path))

    def set_demo_credentials(self, username: str, passphrase: str) -> None:
        self.demo_label.setText(
            self.tr(
                "DEMO – påhittade klienter, raderas när programmet stängs.\n"
                "Användare: {user}\nLösenfras: {passphrase}"
            ).format(user=username, passphrase=passphrase)
        )
        self.demo_label.setMinimumHeight(self.demo_label.sizeHint().height())
        self.demo_label.show()
        self.user.setText(username)

    def prepare(self, *, locked_user: str | None = None, check_throttle: bool = True) -> None:
        """Reset for a new unlock; after a lock the user name is kept.

        ``check_throttle`` False skips reading the throttle state (it imports the vault);
        start-up calls ``refresh_throttle`` a moment later instead.
        """
        self._locked_user = locked_user
        self.passphrase.clear()
        self.error_label.clear()
        self.status_label.clear()
        if locked_user:
            self.user.setText(locked_user)
            self.title.setText(self.tr("Låst – lås upp för att fortsätta"))
        else:
            self.title.setText(self.tr("Lås upp valvet"))
        if check_throttle:
            self._update_countdown()
        (self.passphrase if self.user.text() else self.user).setFocus()

    def refresh_throttle(self) -> None:
        """Show the countdown if earlier failed attempts still throttle unlocking."""
        self._update_countdown()

    # --- actions --------------------------------------------------------------------
    def _vault(self) -> type[Vault]:
        from riskapp.vault import Vault  # imported late: start-up speed

        return Vault

    def remaining_throttle(self) -> float:
        """Seconds until the next attempt; 0 when the vault file cannot say (it is missing or
        damaged: unlocking then reports what is wrong)."""
        with operation(self, on_error=keep_quiet):
            return float(self._vault().throttle_remaining(self._path, clock=self._clock))
        return 0.0

    def try_unlock(self) -> None:
        from riskapp.vault import UnlockThrottled

        if not self.unlock_button.isEnabled():
            return
        username = self.user.text().strip()
        passphrase = self.passphrase.text()
        if not username or not passphrase:
            self.error_label.setText(self.tr("Fyll i användarnamn och lösenfras."))
            (self.user if not username else self.passphrase).setFocus()
            return
        self.error_label.clear()
        vault = self._vault()

        def refused(exc: RiskappError) -> None:
            self.passphrase.clear()
            if isinstance(exc, UnlockThrottled):
                self._start_countdown(exc.retry_after)
                return
            self.error_label.setText(message_for(exc))
            self.passphrase.setFocus()
            self._update_countdown()

        with operation(self, on_error=refused) as op:
            session = run_busy(
                self.status_label,
                self.tr("Låser upp …"),
                lambda: vault.open(self._path, username, passphrase, clock=self._clock),
            )
        if op.failed:
            return
        self.passphrase.clear()
        self.error_label.clear()
        self.unlocked.emit(session)

    def _start_countdown(self, seconds: float) -> None:
        self._update_countdown(explicit=seconds)

    def _update_countdown(self, explicit: float | None = None) -> None:
        remaining = explicit if explicit is not None else self.remaining_throttle()
        if remaining > 0:
            seconds = max(1, math.ceil(remaining))
            self.countdown_label.setText(
                self.tr("För många misslyckade försök. Du kan försöka igen om {seconds} s.").format(
                    seconds=seconds
                )
            )
            self.unlock_button.setEnabled(False)
            if not self._tick.isActive():
                self._tick.start()
        else:
            self.countdown_label.clear()
            self.unlock_button.setEnabled(True)
            self._tick.stop()
