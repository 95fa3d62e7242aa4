"""Printing use cases shared by the CLI and the GUI: the client's safety plan and the
assessment summary for the case file.

Each action is split in two so the GUI can print through Qt (no file at all) and the CLI
can write a file, with one behaviour for both:

* ``prepare_plan_print`` / ``prepare_summary_print`` read the records (audited reads),
  pick the exact form version they were filled with and build the PDF in memory;
* ``record_plan_print`` / ``record_summary_print`` note that a printout was handed out:
  the plan's printed version ("normal" / "discreet", audited by the vault) or an
  audit row for a summary.

``export_plan_pdf`` and ``export_summary_pdf`` do both around an atomic, owner-only write
to the path the person chose. Nothing is written anywhere else; no temporary files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from riskapp.domain.errors import DomainError
from riskapp.domain.records import (
    AssessmentId,
    ClientId,
    OrganisationSettings,
    PlanId,
    SafetyPlan,
    User,
)
from riskapp.reports.files import write_atomic
from riskapp.reports.pdf_security import protect_pdf
from riskapp.reports.plan_content import local_date
from riskapp.reports.safety_plan import build_safety_plan_pdf, default_plan_filename
from riskapp.reports.summary import build_summary_pdf, default_summary_filename
from riskapp.services.users import display_name
from riskapp.vault.errors import RecordNotFound

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session

#: Audit action of a summary print (docs/vault_api.md §5); plan prints are audited by the vault's
#: ``mark_printed`` as "plan.print".
REPORT_PRINT_ACTION = "report.print"


class PrintRefused(DomainError):  # noqa: N818 (as services.plans.PlanRefused)
    """Nothing to print: the client has no safety plan (``print_no_plan``) or the
    assessment belongs to another client (``print_wrong_client``)."""

    code = "print_refused"
    other_codes = (
        "print_no_plan",
        "print_wrong_client",
    )


@dataclass(frozen=True)
class Printout:
    """A PDF built in memory, with what is needed to record that it was handed out."""

    pdf: bytes
    client_id: ClientId
    #: The plan (safety plan) or assessment (summary) printed.
    object_id: int
    #: "normal" / "discreet" for a plan; the form id for a summary.
    variant: str
    #: A neutral default file name (no name or personnummer).
    filename: str
    protected: bool = False
    #: Message codes to show the person printing (riskapp.messages), e.g.
    #: ``plan_no_org_phone`` when the organisation has no phone on the plan.
    warnings: tuple[str, ...] = ()


#: Warning when the organisation's phone is empty: the plan then has no number to the team.
WARNING_ORG_PHONE = "plan_no_org_phone"
#: Warning when the caseworker's profile has no phone: no personal contact row.
WARNING_CASEWORKER_PHONE = "plan_warning_caseworker_phone"


def plan_contact(session: Session, plan: SafetyPlan) -> User | None:
    """The caseworker printed as the client's contact: the plan's author while she or he
    is a user, else the person printing."""
    try:
        return session.users.get(plan.author)
    except RecordNotFound:
        try:
            return session.users.get(session.user.name)
        except RecordNotFound:
            return None


def plan_print_warnings(settings: OrganisationSettings, contact: User | None) -> tuple[str, ...]:
    """What is missing from a normal plan's "your contact" rows (never an empty row)."""
    warnings: list[str] = []
    if not settings.organisation_phone.strip():
        warnings.append(WARNING_ORG_PHONE)
    if contact is None or not contact.phone.strip():
        warnings.append(WARNING_CASEWORKER_PHONE)
    return tuple(warnings)


def prepare_plan_print(
    session: Session,
    client_id: ClientId,
    *,
    discreet: bool,
    registry: FormRegistry,
    password: str | None = None,
    language: str | None = None,
) -> Printout:
    """Build the PDF of the client's latest safety plan, with the form version it was
    filled with and the organisation's settings, in ``language`` (default: the language
    stored with the plan, whatever the UI language).

    The discreet version carries no name at all (its title, "my notes", already implies
    whose they are). The normal version names the caseworker (``plan_contact``) as the
    client's contact; ``Printout.warnings`` says what is missing there (the organisation's
    or the caseworker's phone). With ``password`` the PDF is encrypted (AES-256). Raises
    PrintRefused ``print_no_plan``; RecordNotFound for an unknown client; FormNotFound when
    the form version is not installed; RevealingContent when a discreet printout would
    reveal its purpose.
    """
    client = session.clients.get(client_id)
    plan = session.plans.latest_for_client(client_id)
    if plan is None:
        raise PrintRefused("the client has no safety plan", code="print_no_plan")
    form = registry.get(plan.form_id, plan.form_version)
    settings = session.settings.get()
    contact = None if discreet else plan_contact(session, plan)
    pdf = build_safety_plan_pdf(
        plan,
        form,
        settings,
        discreet=discreet,
        language=language,
        client_first_name=None if discreet else client.first_name,
        contact=contact,
        created=local_date(plan.updated_at),
    )
    if password:
        pdf = protect_pdf(pdf, password)
    return Printout(
        pdf=pdf,
        client_id=client.id,
        object_id=plan.id,
        variant="discreet" if discreet else "normal",
        filename=default_plan_filename(discreet),
        protected=bool(password),
        warnings=() if discreet else plan_print_warnings(settings, contact),
    )


def record_plan_print(session: Session, printout: Printout) -> None:
    """Note on the plan which version the client was given. The vault audits this as
    ``plan.print`` (detail "normal"/"discreet") in the same transaction."""
    session.plans.mark_printed(PlanId(printout.object_id), printout.variant)


def export_plan_pdf(
    session: Session,
    client_id: ClientId,
    out_path: Path,
    *,
    discreet: bool,
    password: str | None = None,
    registry: FormRegistry,
    language: str | None = None,
) -> Printout:
    """Write the client's latest safety plan to ``out_path`` (atomically, mode 600) and
    record the print. Errors as ``prepare_plan_print``, plus ReportError
    ``report_write_failed``; on any error nothing is recorded."""
    printout = prepare_plan_print(
        session,
        client_id,
        discreet=discreet,
        registry=registry,
        password=password,
        language=language,
    )
    write_atomic(Path(out_path), printout.pdf)
    record_plan_print(session, printout)
    return printout


def prepare_summary_print(
    session: Session,
    client_id: ClientId,
    assessment_id: AssessmentId,
    *,
    registry: FormRegistry,
    password: str | None = None,
    language: str = "sv",
) -> Printout:
    """Build the case-file summary of one assessment of this client (with ``password``:
    encrypted, AES-256).

    Raises PrintRefused ``print_wrong_client`` when the assessment is another client's
    (without saying whose), RecordNotFound / FormNotFound as the vault and registry do.
    """
    client = session.clients.get(client_id)
    assessment = session.assessments.get(assessment_id)
    if assessment.client_id != client.id:
        raise PrintRefused(
            "assessment of another client", code="print_wrong_client", assessment=int(assessment_id)
        )
    form = registry.get(assessment.form_id, assessment.form_version)
    settings = session.settings.get()
    pdf = build_summary_pdf(
        client,
        assessment,
        form,
        language=language,
        organisation=settings.organisation_name,
        author_name=display_name(session, assessment.author),
        voided_by_name=display_name(session, assessment.voided_by)
        if assessment.voided_by
        else None,
    )
    if password:
        pdf = protect_pdf(pdf, password)
    return Printout(
        pdf=pdf,
        client_id=client.id,
        object_id=assessment.id,
        variant=assessment.form_id,
        filename=default_summary_filename(),
        protected=bool(password),
    )


def record_summary_print(session: Session, printout: Printout) -> None:
    session.log_event(
        REPORT_PRINT_ACTION,
        client_id=printout.client_id,
        object_type="assessment",
        object_id=printout.object_id,
        detail=printout.variant,
    )


def export_summary_pdf(
    session: Session,
    client_id: ClientId,
    assessment_id: AssessmentId,
    out_path: Path,
    registry: FormRegistry,
    *,
    password: str | None = None,
    language: str = "sv",
) -> Printout:
    """Write the summary of ``assessment_id`` to ``out_path`` and audit it."""
    printout = prepare_summary_print(
        session, client_id, assessment_id, registry=registry, password=password, language=language
    )
    write_atomic(Path(out_path), printout.pdf)
    record_summary_print(session, printout)
    return printout
