"""``riskapp plan-pdf`` and ``riskapp summary-pdf``: printouts to a file.

Both take the client's personnummer (any accepted spelling, normalised with
``riskapp.domain.personnummer``), open the vault as ``--user``, and call the same service
functions as the GUI (``riskapp.services.printing``), which write the file atomically with
mode 600 and audit the print. Expected failures (invalid personnummer, unknown client, no
plan, an assessment of another client, a discreet plan that would reveal its purpose)
become one line on stderr and exit 1 via ``riskapp.cli``. Nothing personal is echoed.

The vault, the form registry and the printing service are imported when a command runs
(start-up speed: ``riskapp.cli`` imports this module), not to break an import cycle.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from riskapp import config
from riskapp.commands.console import EXIT_OK, CliError, Console
from riskapp.domain.clock import SystemClock
from riskapp.domain.personnummer import parse
from riskapp.domain.records import AssessmentId, Client
from riskapp.messages import word

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session


@contextmanager
def _session(args: argparse.Namespace, console: Console) -> Iterator[Session]:
    from riskapp.vault import Vault

    passphrase = console.secret("Lösenfras / passphrase: ")
    session = Vault.open(args.vault, args.user, passphrase)
    try:
        yield session
    finally:
        session.close()


def _client(session: Session, value: str) -> Client:
    number = parse(value, today=SystemClock().today())
    from riskapp.services import clients as clients_svc

    client = clients_svc.find_by_personnummer(session, number.digits12)
    if client is None:
        raise CliError("no client with that personnummer", code="print_unknown_client")
    return client


def _configured_forms_dir() -> Path | None:
    """The organisation's forms directory set on this computer (Settings → Egna formulär),
    read from the GUI's settings file without Qt."""
    return config.configured_forms_dir()


def _registry() -> FormRegistry:
    """The forms the GUI on this computer uses: the shipped ones plus the configured
    directory, so a plan or assessment filled with an organisation's own form prints too."""
    from riskapp.services.forms import shipped_registry

    return shipped_registry(_configured_forms_dir())


def plan_pdf(args: argparse.Namespace, console: Console) -> int:
    """Write the client's latest safety plan (``--discreet``: the neutral version)."""
    from riskapp.services.printing import export_plan_pdf

    # Validate the number before asking for a passphrase.
    parse(args.client, today=SystemClock().today())
    registry = _registry()
    with _session(args, console) as session:
        client = _client(session, args.client)
        printout = export_plan_pdf(
            session,
            client.id,
            args.out,
            discreet=args.discreet,
            registry=registry,
            language=args.language,
        )
    for code in printout.warnings:
        console.err(f"riskapp: {word(code, {}) or code}")
    console.out(f"PDF sparad (PDF written): {args.out}")
    return EXIT_OK


def summary_pdf(args: argparse.Namespace, console: Console) -> int:
    """Write the case-file summary of one of the client's assessments."""
    from riskapp.services.printing import export_summary_pdf

    parse(args.client, today=SystemClock().today())
    registry = _registry()
    with _session(args, console) as session:
        client = _client(session, args.client)
        export_summary_pdf(session, client.id, AssessmentId(args.assessment), args.out, registry)
    console.out(f"PDF sparad (PDF written): {args.out}")
    return EXIT_OK
