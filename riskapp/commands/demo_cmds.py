"""``riskapp demo-data``: fill a vault with synthetic clients, assessments and plans.

The demo generator and the vault are imported when the command runs (start-up speed:
``riskapp.cli`` imports this module), not to break an import cycle. Progress (clients done
of N) goes to stderr (``riskapp.commands.progress``).
"""

from __future__ import annotations

import argparse

from riskapp.commands.console import CliError, Console
from riskapp.commands.progress import Progress


def demo_data(args: argparse.Namespace, console: Console) -> int:
    from riskapp.services.demo import generate_demo_data
    from riskapp.vault import Vault

    if args.clients < 0 or args.clients > 1_000_000:
        raise CliError("clients out of range", code="demo_clients_range")
    passphrase = console.secret(f"Lösenord för {args.user}: ")
    session = Vault.open(args.vault, args.user, passphrase)
    try:
        with Progress(console.stderr, "Skapar demodata", "creating demo data") as progress:
            summary = generate_demo_data(
                session, clients=args.clients, seed=args.seed, progress=progress
            )
    finally:
        session.close()
    console.out(
        f"{summary.clients} syntetiska klienter, {summary.assessments} bedömningar och "
        f"{summary.plans} säkerhetsplaner skapade "
        f"({summary.clients} synthetic clients, {summary.assessments} assessments, "
        f"{summary.plans} safety plans created)."
    )
    return 0
