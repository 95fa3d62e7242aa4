"""``riskapp stats``: anonymised statistics for a period, written as CSV, XLSX or PDF.

Dates, breakdowns and the period kind are checked before the passphrase is asked for;
the work is ``riskapp.services.stats`` (the same functions as the GUI): published tables
only, team leaders only, the export audit-logged as ``stats.export``. Expected failures
become one Swedish + English line on stderr and exit 1 (``riskapp.cli``).

The statistics domain, the services and the vault are imported when the command runs
(start-up speed: ``riskapp.cli`` imports this module), not to break an import cycle.
"""

from __future__ import annotations

import argparse
import re
from datetime import date

from riskapp import config
from riskapp.commands.console import EXIT_OK, CliError, Console

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _date(text: str, option: str) -> date:
    value = text.strip()
    if _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise CliError("invalid date", code="stats_bad_date", option=option)


def _dimensions(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def stats(args: argparse.Namespace, console: Console) -> int:
    """Build the published tables for --from..--to and write them to --out."""
    from riskapp.domain.stats.aggregate import check_parameters
    from riskapp.services.forms import shipped_registry
    from riskapp.services.stats import build_statistics, export_statistics, level_order_of
    from riskapp.vault import Vault
    from riskapp.vault.session import check_vault_file

    start = _date(args.date_from, "--from")
    end = _date(args.date_to, "--to")
    by = _dimensions(args.by)
    check_parameters(start, end, by, args.period)
    check_vault_file(args.vault)
    levels = level_order_of(shipped_registry(config.configured_forms_dir(), strict=False))
    passphrase = console.secret(f"Lösenord för {args.user} (passphrase): ")
    session = Vault.open(args.vault, args.user, passphrase)
    try:
        result = build_statistics(
            session, start, end, by=by, period=args.period, level_order=levels
        )
        export_statistics(session, result, args.format, args.out)
    finally:
        session.close()
    console.out(
        f"Statistik sparad: {len(result.tables)} tabeller ({len(result.tables)} tables written)."
    )
    return EXIT_OK
