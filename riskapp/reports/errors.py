"""Errors raised by ``riskapp.reports``; each declares its codes (see ``riskapp.domain.errors``)."""

from __future__ import annotations

from riskapp.domain.errors import RiskappError


class ReportError(RiskappError):
    """A report could not be produced or written (bad input, unsafe content, disk)."""

    code = "report_error"
    other_codes = (
        "report_fonts_missing",
        "report_wrong_form",
        "report_wrong_client",
        "report_write_failed",
        "report_disk_full",
        "report_password_empty",
        "plan_language",
        "stats_format",
        "stats_unprotected",
    )


class RevealingContent(ReportError):  # noqa: N818 (named like the vault's WrongPassphrase)
    """A discreet printout would contain a word that reveals its purpose.

    ``params`` name the offending place (``field``: a question/section id or "metadata")
    and the ``word``; never the text itself, which may be personal data.
    """

    code = "report_discreet_revealing"
