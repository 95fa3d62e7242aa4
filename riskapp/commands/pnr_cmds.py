"""``riskapp pnr VALUE``: validate a personnummer / samordningsnummer, print 12 digits.

Exit 0 with the 12-digit form on stdout; exit 1 with a Swedish + English reason on stderr
(``riskapp.cli.main`` words the ``InvalidPersonnummer`` code). The value is never echoed
back in an error.
"""

from __future__ import annotations

import argparse

from riskapp.commands.console import EXIT_OK, Console
from riskapp.domain.clock import SystemClock
from riskapp.domain.personnummer import parse


def pnr(args: argparse.Namespace, console: Console) -> int:
    """Print the normalised number; InvalidPersonnummer propagates to the CLI's edge."""
    number = parse(args.value, today=SystemClock().today())
    console.out(number.digits12)
    return EXIT_OK
