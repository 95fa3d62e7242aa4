"""The ``riskapp`` command line: a stable contract that administrators' scripts rely on.

This module only parses arguments, reads secrets and turns errors into one line on stderr.
The work is done by handlers in ``riskapp.commands.*``, which call the same vault, domain,
report and service functions as the GUI.

Contract (docs/DESIGN.md §6, documented in README.md):

* Every vault command takes ``--vault PATH`` and ``--user NAME`` after the subcommand.
* Secrets come from the terminal, or with ``--passphrase-stdin`` from standard input:
  line 1 is the user's passphrase, line 2 the second secret where a command needs one
  (``vault init``: confirmation; ``users add``: the new user's passphrase;
  ``vault passwd``: the new passphrase).
* Exit codes: 0 success; 1 bad input or a refused action (one line on stderr, no
  traceback); 2 wrong usage (argparse).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from riskapp import __version__

# The command modules are imported plainly, so a packager and a type checker follow them.
# They import nothing heavy at module level (no vault, SQLCipher, reportlab, openpyxl,
# YAML/pydantic or Qt): each handler imports what it needs when it runs, which keeps
# `riskapp pnr` and the GUI's start fast (tests/unit/commands/test_cli_startup.py).
from riskapp.commands import (
    assessment_cmds,
    bench_cmds,
    case_cmds,
    demo_cmds,
    forms_cmds,
    pnr_cmds,
    report_cmds,
    stats_cmds,
    vault_cmds,
)
from riskapp.commands.console import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Console,
    Handler,
)
from riskapp.domain.errors import RiskappError
from riskapp.hardening import disable_core_dumps
from riskapp.messages import describe
from riskapp.paths import default_vault_path

__all__ = ["EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "CliError", "Console", "main"]


def _add_vault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        metavar="PATH",
        help="vault file (default: the platform's data directory)",
    )
    parser.add_argument("--user", required=True, metavar="NAME", help="user name")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase (and a second secret) from stdin lines",
    )


def _command(
    sub: Any, name: str, handler: Handler, help_text: str, vault: bool = True
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    if vault:
        _add_vault_options(parser)
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="riskapp",
        description="Riskbedömning och säkerhetsplanering / risk assessment and safety planning.",
    )
    parser.add_argument("--version", action="version", version=f"riskapp {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the GUI on a throwaway demo vault with synthetic clients",
    )
    parser.add_argument(
        "--vault", type=Path, default=None, metavar="PATH", help="GUI: open this vault file"
    )
    top = parser.add_subparsers(dest="command", metavar="COMMAND")

    # vault ...
    vault = top.add_parser("vault", help="create, verify, back up and restore the vault")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    p = _command(vsub, "init", vault_cmds.init, "create a vault with USER as team leader")
    p.add_argument("--organisation", default="", metavar="NAME", help="organisation name")
    p = _command(vsub, "verify", vault_cmds.verify, "run every integrity check, audit chain too")
    p.add_argument(
        "--read-only",
        action="store_true",
        help="write nothing (no lock, no audit row); automatic on read-only media",
    )
    p = _command(vsub, "backup", vault_cmds.backup, "write a verified backup (F and F.keys)")
    p.add_argument("--out", type=Path, required=True, metavar="F")
    p = _command(vsub, "restore", vault_cmds.restore, "replace the vault with a verified backup")
    p.add_argument("--from", dest="source", type=Path, required=True, metavar="F")
    p.add_argument(
        "--force",
        action="store_true",
        help="restore even if the backup holds users removed since it was made",
    )
    p = _command(vsub, "passwd", vault_cmds.passwd, "change USER's passphrase")
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="line 1 is the recovery key instead of USER's old passphrase",
    )

    # users ...
    users = top.add_parser("users", help="manage users (team leaders only)")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = _command(usub, "add", vault_cmds.users_add, "add a user; line 2 is their passphrase")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", choices=["caseworker", "teamleader"], required=True)
    p.add_argument("--display-name", default="", metavar="TEXT", help="name printed on plans")
    p.add_argument("--phone", default="", metavar="TEXT", help="work phone printed on plans")
    _command(usub, "list", vault_cmds.users_list, "list users and roles")
    p = _command(
        usub,
        "set-profile",
        vault_cmds.users_set_profile,
        "set the display name and work phone printed on clients' plans (default: USER's own)",
    )
    p.add_argument("name", nargs="?", default=None, metavar="NAME")
    p.add_argument("--display-name", required=True, metavar="TEXT")
    p.add_argument("--phone", required=True, metavar="TEXT")
    p = _command(usub, "remove", vault_cmds.users_remove, "remove a user and rotate the data key")
    p.add_argument("name", metavar="NAME")

    # clients ...
    clients = top.add_parser("clients", help="import, list and export clients")
    csub = clients.add_subparsers(dest="clients_command", metavar="ACTION", required=True)
    p = _command(
        csub,
        "import",
        vault_cmds.clients_import,
        "import clients (all or nothing) from a CSV file as Excel saves it, or - for stdin",
    )
    p.add_argument(
        "file",
        type=Path,
        metavar="F.csv",
        help="CSV file (UTF-8, Windows-1252 or UTF-16; ';', ',' or tab), or - for stdin "
        "(with --passphrase-stdin: line 1 the passphrase, then the CSV)",
    )
    p = _command(
        csub, "list", vault_cmds.clients_list, "list clients with full 12-digit personnummer"
    )
    p.add_argument("--search", default=None, metavar="TEXT")
    p.add_argument("--json", action="store_true", help="JSON output for scripts")
    p = _command(
        csub,
        "export",
        vault_cmds.clients_export,
        "everything stored about one client (registerutdrag) as JSON",
    )
    p.add_argument("pnr", metavar="PNR")
    p.add_argument("--out", type=Path, required=True, metavar="F.json")
    p = _command(
        csub,
        "event",
        assessment_cmds.clients_event,
        "record an incident, separation or release from custody: a review is due at once",
    )
    p.add_argument("pnr", metavar="PNR")
    p.add_argument("--kind", choices=["incident", "separation", "release"], required=True)
    p.add_argument("--date", default=None, metavar="D", help="when it happened (default today)")

    # assessments ...
    assessments = top.add_parser("assessments", help="list, show and void assessments")
    asub = assessments.add_subparsers(dest="assessments_command", metavar="ACTION", required=True)
    p = _command(asub, "list", assessment_cmds.assessments_list, "a client's assessments")
    p.add_argument("--client", required=True, metavar="PNR")
    p.add_argument("--json", action="store_true", help="JSON output for scripts")
    p = _command(asub, "show", assessment_cmds.assessments_show, "one assessment")
    p.add_argument("id", type=int, metavar="ID")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="JSON output for scripts")
    shown.add_argument("--journal", action="store_true", help="the journal text to paste")
    p = _command(
        asub,
        "void",
        assessment_cmds.assessments_void,
        "void a completed assessment (kept, out of trend, review date and statistics)",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why (required)")

    # demo-data
    p = _command(
        top,
        "demo-data",
        demo_cmds.demo_data,
        "fill a vault with synthetic clients and assessments",
    )
    p.add_argument("--clients", type=int, default=50, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")

    # bench
    p = _command(
        top,
        "bench",
        bench_cmds.bench,
        "measure every hot path against its floor on generated data (issue 15)",
        vault=False,
    )
    # 1k and 10k are for quick checks (tests use 1k); the figures are taken at 100k or 1m.
    p.add_argument("--scale", choices=["1k", "10k", "100k", "1m"], default="100k")
    p.add_argument("--json", action="store_true", help="JSON output for scripts")

    # forms check
    forms = top.add_parser("forms", help="questionnaire definitions")
    fsub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    p = _command(
        fsub,
        "check",
        forms_cmds.check,
        "validate form files (default: the shipped ones)",
        vault=False,
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH")

    # pnr
    p = _command(
        top,
        "pnr",
        pnr_cmds.pnr,
        "validate a personnummer or samordningsnummer; print the 12-digit form",
        vault=False,
    )
    p.add_argument("value", metavar="VALUE")

    # plan-pdf / summary-pdf
    p = _command(top, "plan-pdf", report_cmds.plan_pdf, "print the client's latest safety plan")
    p.add_argument("--client", required=True, metavar="PNR")
    p.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    p.add_argument(
        "--discreet",
        action="store_true",
        help="neutral printout that does not look like a safety plan",
    )
    p.add_argument(
        "--language",
        choices=["sv", "en"],
        default=None,
        help="language of the printout (default: the plan's own language)",
    )
    p = _command(
        top, "summary-pdf", report_cmds.summary_pdf, "assessment summary for the case file"
    )
    p.add_argument("--client", required=True, metavar="PNR")
    p.add_argument("--assessment", type=int, required=True, metavar="ID")
    p.add_argument("--out", type=Path, required=True, metavar="F.pdf")

    # stats
    p = _command(top, "stats", stats_cmds.stats, "anonymized statistics (team leaders only)")
    p.add_argument(
        "--from", dest="date_from", required=True, metavar="D", help="first day, YYYY-MM-DD"
    )
    p.add_argument("--to", dest="date_to", required=True, metavar="D", help="last day, YYYY-MM-DD")
    p.add_argument("--format", choices=["csv", "xlsx", "pdf"], required=True)
    p.add_argument("--out", type=Path, required=True, metavar="F")
    p.add_argument(
        "--by", default="", metavar="DIMS", help="breakdowns: comma-separated 'sex', 'age'"
    )
    p.add_argument("--period", choices=["month", "quarter"], default="month")

    # cases ..., caseload, indicators
    cases = top.add_parser("cases", help="a client's cases: list, open, close")
    ksub = cases.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    p = _command(ksub, "list", case_cmds.cases_list, "list a client's cases, oldest first")
    p.add_argument("--client", required=True, metavar="PNR")
    p.add_argument("--json", action="store_true", help="JSON output for scripts")
    p = _command(ksub, "open", case_cmds.cases_open, "open a case for a client")
    p.add_argument("--client", required=True, metavar="PNR")
    p.add_argument(
        "--source",
        required=True,
        metavar="S",
        help="self, police, health_care, school, other_authority, relative or other",
    )
    p.add_argument(
        "--reason", required=True, metavar="R", help="close_relationship, honour or both"
    )
    p.add_argument(
        "--responsible", default=None, metavar="USER", help="default: you (others: team leaders)"
    )
    p = _command(ksub, "close", case_cmds.cases_close, "close a client's open case")
    p.add_argument("--client", required=True, metavar="PNR")
    p.add_argument("--date", required=True, metavar="D", help="closing day, YYYY-MM-DD")
    p.add_argument("--outcome", required=True, metavar="full|partial|none|unknown")
    p.add_argument(
        "--reason",
        required=True,
        metavar="R",
        help="goal_reached, moved, declined, deceased or other",
    )
    p = _command(
        top, "caseload", case_cmds.caseload, "clients with an open case, next review first"
    )
    p.add_argument("--mine", action="store_true", help="only cases you are responsible for")
    p.add_argument("--overdue", action="store_true", help="only overdue reviews")
    p.add_argument("--high", action="store_true", help="only high or acute levels")
    p.add_argument("--json", action="store_true", help="JSON output for scripts")
    p = _command(
        top, "indicators", case_cmds.indicators, "Kolada's indicators for a year (team leaders)"
    )
    p.add_argument("--year", required=True, metavar="YYYY")
    p.add_argument("--adults", required=True, type=int, metavar="N", help="adults in the area")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="JSON output for scripts")
    out.add_argument("--format", choices=list(case_cmds.INDICATOR_FORMATS), default=None)
    p.add_argument("--out", type=Path, default=None, metavar="F")
    return parser


def main(argv: Sequence[str] | None = None, console: Console | None = None) -> int:
    """Run the command line; returns the exit code (never raises for expected failures)."""
    disable_core_dumps()  # first: a core of this process would hold keys and client data
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # The one GUI entry point: Qt is imported only when the GUI starts (start-up speed
        # of the commands; the layer test allows exactly this import below ui).
        from riskapp.ui.shell.app import run_gui

        return run_gui(demo=args.demo, vault_path=args.vault)
    console = console or Console()
    console.passphrase_stdin = getattr(args, "passphrase_stdin", False)
    if getattr(args, "vault", None) is None and hasattr(args, "user"):
        args.vault = default_vault_path()
    try:
        handler: Handler = args.handler
        return handler(args, console)
    except RiskappError as exc:
        console.err(f"riskapp: {describe(exc)}")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        console.err("riskapp: avbrutet (interrupted)")
        return EXIT_FAILURE
    except OSError as exc:
        # Disk full, permission denied, read-only medium...: the OS reason, never the path
        # (a path may hold a client's name).
        reason = exc.strerror or type(exc).__name__
        console.err(
            f"riskapp: filen kunde inte läsas eller skrivas: {reason} "
            f"(the file could not be read or written: {reason})"
        )
        return EXIT_FAILURE
    except Exception as exc:  # a bug: one line without personal data, traceback on request
        if os.environ.get("RISKAPP_DEBUG"):
            raise
        console.err(
            f"riskapp: internt fel ({type(exc).__name__}). Kör med RISKAPP_DEBUG=1 "
            "för detaljer (internal error; set RISKAPP_DEBUG=1 for details)"
        )
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
