"""First run: the wizard creates the vault, shows the recovery key once, requires the
"stored it" checkbox, and refuses weak passphrases with the policy's message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from riskapp.domain.clock import FixedClock
from riskapp.ui.shell.setup_wizard import PAGE_ORG, PAGE_PASS, PAGE_RECOVERY, SetupWizard
from riskapp.vault import Vault

GOOD = "sju blå elefanter dansar tango"


def _creator(kdf: Any, clock: FixedClock) -> Any:
    def create(path: Path, org: str, user: str, secret: str) -> tuple[Any, str]:
        return Vault.create(
            path, organisation=org, username=user, passphrase=secret, clock=clock, kdf=kdf
        )

    return create


def _wizard(
    qtbot: Any, tmp_path: Path, fast_kdf: Any, clock: FixedClock, printed: list[str] | None = None
) -> SetupWizard:
    sink: list[str] = printed if printed is not None else []
    wizard = SetupWizard(
        tmp_path / "ny" / "v.riskvault",
        clock,
        creator=_creator(fast_kdf, clock),
        printer=lambda _p, _org, key: sink.append(key),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_org(qtbot: Any, wizard: SetupWizard) -> None:
    wizard.next()
    assert wizard.currentId() == PAGE_ORG
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.org_page.organisation, "Testkommunen")
    qtbot.keyClicks(wizard.org_page.leader, "lena")
    wizard.next()
    assert wizard.currentId() == PAGE_PASS


def test_creates_the_vault_and_requires_the_recovery_checkbox(
    qtbot: Any, tmp_path: Path, fast_kdf: Any, clock: FixedClock
) -> None:
    printed: list[str] = []
    wizard = _wizard(qtbot, tmp_path, fast_kdf, clock, printed)
    _fill_org(qtbot, wizard)
    fields = wizard.pass_page.fields
    fields.first.setText(GOOD)
    fields.second.setText(GOOD)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled()
    commit.click()
    assert wizard.currentId() == PAGE_RECOVERY
    assert Vault.exists(tmp_path / "ny" / "v.riskvault")
    key = wizard.recovery_page.key_label.text()
    assert len(key) > 20
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.recovery_page.print_button.click()
    assert printed == [key]
    wizard.reject()  # refused: the key must be acknowledged
    assert wizard.isVisible()
    wizard.recovery_page.stored.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    session = wizard.take_session()
    try:
        assert session.user.name == "lena"
        assert session.settings.get().organisation_name == "Testkommunen"
        assert wizard.recovery_key == ""
    finally:
        session.close()


def test_short_passphrase_is_refused_with_the_policy_message(
    qtbot: Any, tmp_path: Path, fast_kdf: Any, clock: FixedClock
) -> None:
    wizard = _wizard(qtbot, tmp_path, fast_kdf, clock)
    _fill_org(qtbot, wizard)
    fields = wizard.pass_page.fields
    fields.first.setText("kort")
    fields.second.setText("kort")
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "Lösenfrasen är för kort. Använd minst 12 tecken, gärna flera ord." in fields.hint.text()


def test_mismatched_confirmation_is_refused(
    qtbot: Any, tmp_path: Path, fast_kdf: Any, clock: FixedClock
) -> None:
    wizard = _wizard(qtbot, tmp_path, fast_kdf, clock)
    _fill_org(qtbot, wizard)
    fields = wizard.pass_page.fields
    fields.first.setText(GOOD)
    fields.second.setText(GOOD + "x")
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "Lösenfraserna är inte lika." in fields.hint.text()
    assert not (tmp_path / "ny" / "v.riskvault").exists()


def test_strength_meter_follows_the_passphrase(
    qtbot: Any, tmp_path: Path, fast_kdf: Any, clock: FixedClock
) -> None:
    wizard = _wizard(qtbot, tmp_path, fast_kdf, clock)
    _fill_org(qtbot, wizard)
    meter = wizard.pass_page.fields.meter
    wizard.pass_page.fields.first.setText("aaaaaaaaaaaaaa")
    assert meter.value() == 0
    wizard.pass_page.fields.first.setText(GOOD + " Och 7 Till!")
    assert meter.value() == 4
