"""Copy an assessment's journal summary (no name, no personnummer) to the clipboard,
which ``SensitiveClipboard`` clears again after a short while."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import Assessment
from riskapp.services.journal import journal_summary
from riskapp.ui.common.clipboard import SensitiveClipboard
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.operations import operation


def copy_journal_summary(
    parent: QWidget,
    clipboard: SensitiveClipboard,
    registry: FormRegistry,
    assessment: Assessment,
    language: str,
) -> None:
    with operation(parent) as op:
        form = registry.get(assessment.form_id, assessment.form_version)
        text = journal_summary(assessment, form, language=language)
    if op.failed:
        return
    clipboard.set_text(text)
    Dialogs.information(
        parent,
        QCoreApplication.translate("ClientPage", "Kopierat"),
        QCoreApplication.translate(
            "ClientPage",
            "Sammanfattningen finns i urklipp i {seconds} sekunder. Klistra in den i journalen nu.",
        ).format(seconds=clipboard.clear_after_ms // 1000),
    )
