"""The print and save-as-PDF actions for a client's safety plan and assessment summaries.

Each builds our own PDF through ``riskapp.services.printing`` and records what was
handed out only when it really was: printing shows Qt's preview (``printing.preview_pdf``)
and records the print if the person printed; saving asks for the version (plans) and an
optional password (``SavePdfDialog``), then for the file. Failures are presented through
``operation``; the functions tell the caller whether anything was printed or saved, so
it can reload what it shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import AssessmentId, ClientId
from riskapp.reports.safety_plan import default_plan_filename
from riskapp.reports.summary import default_summary_filename
from riskapp.services import printing as service
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.operations import operation
from riskapp.ui.printouts import printing as ui_printing
from riskapp.ui.printouts.pdf_save import SavePdfDialog
from riskapp.vault import Session


def print_plan(
    parent: QWidget,
    session: Session,
    registry: FormRegistry,
    client_id: ClientId,
    *,
    discreet: bool,
    language: str,
) -> bool:
    """Preview the client's latest plan (normal or discreet); True when printed (recorded).

    ``language`` is the UI's and is not passed on: a plan prints in its own language, chosen
    per plan for the client (issue 12), whatever language the caseworker's UI is in.
    """
    with operation(parent) as op:
        printout = service.prepare_plan_print(
            session, client_id, discreet=discreet, registry=registry, language=None
        )
        if not ui_printing.preview_pdf(parent, printout.pdf, document_name=printout.filename):
            return False
        service.record_plan_print(session, printout)
    return not op.failed


def print_summary(
    parent: QWidget,
    session: Session,
    registry: FormRegistry,
    client_id: ClientId,
    assessment_id: AssessmentId,
    *,
    language: str,
) -> bool:
    """Preview a completed assessment's summary; True when printed (recorded)."""
    with operation(parent) as op:
        printout = service.prepare_summary_print(
            session, client_id, assessment_id, registry=registry, language=language
        )
        if not ui_printing.preview_pdf(parent, printout.pdf, document_name=printout.filename):
            return False
        service.record_summary_print(session, printout)
    return not op.failed


def save_pdf(
    parent: QWidget,
    session: Session,
    registry: FormRegistry,
    client_id: ClientId,
    *,
    assessment_id: AssessmentId | None = None,
    language: str,
) -> Path | None:
    """Save the plan (``assessment_id`` None) or an assessment's summary as a PDF file the
    person chooses; returns the file written (None when cancelled or refused)."""
    plan = assessment_id is None
    options = SavePdfDialog(parent, plan=plan)
    with operation(parent) as op:
        try:
            if not ui_printing.accepted(ui_printing.exec_dialog(options)):
                return None
            discreet = options.discreet()
            name = default_plan_filename(discreet) if plan else default_summary_filename()
            path = Dialogs.save_file(
                parent,
                QCoreApplication.translate("ClientPage", "Spara som PDF"),
                _documents_dir() / name,
                QCoreApplication.translate("ClientPage", "PDF-filer (*.pdf)"),
            )
            if path is None:
                return None
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            if assessment_id is None:
                service.export_plan_pdf(
                    session,
                    client_id,
                    path,
                    discreet=discreet,
                    password=options.chosen_password(),
                    registry=registry,
                    language=None,  # the plan's own language, not the UI's
                )
            else:
                service.export_summary_pdf(
                    session,
                    client_id,
                    assessment_id,
                    path,
                    registry,
                    password=options.chosen_password(),
                    language=language,
                )
        finally:
            options.clear_secrets()
            options.deleteLater()
    return None if op.failed else path


def _documents_dir() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
