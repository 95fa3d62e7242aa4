"""What every command handler gets from the CLI: the console, the exit codes, ``CliError``.

``riskapp.cli`` parses the arguments and calls a handler in ``riskapp.commands.*`` with the
parsed arguments and a ``Console``; the handlers import these names from here (not from
``riskapp.cli``), so the imports point one way: cli -> commands -> console.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from riskapp.commands.streams import robust_stream
from riskapp.domain.errors import RiskappError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CliError(RiskappError):
    """A command-line level failure (bad input, missing file, refused action)."""

    code = "cli_error"
    other_codes = (
        "secret_missing",
        "secret_no_tty",
        "secret_not_utf8",
        "passphrase_mismatch",
        "verify_failed",
        "csv_unreadable",
        "csv_invalid",
        "csv_stdin_secret",
        "out_exists",
        "backup_dir",
        "extract_write_failed",
        "pnr_not_found",
        "print_unknown_client",
        "stats_bad_date",
        "demo_clients_range",
        "event_bad_date",
        "indicators_year_format",
        "indicators_out_missing",
    )


@dataclass
class Console:
    """Streams and secret reading for handlers, so tests can drive commands in-process.

    The process's stdout and stderr never fail on a character their encoding cannot
    represent (``riskapp.commands.streams.robust_stream``).
    """

    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    stdout: IO[str] = field(default_factory=lambda: robust_stream(sys.stdout))
    stderr: IO[str] = field(default_factory=lambda: robust_stream(sys.stderr))
    passphrase_stdin: bool = False
    _lines_read: int = 0

    def secret(self, prompt: str) -> str:
        """The next secret: the next line of stdin with ``--passphrase-stdin``, else a prompt.

        Raises CliError (code ``secret_missing``) when stdin has no more lines or no
        terminal is available to ask.
        """
        if self.passphrase_stdin:
            try:
                line = self.stdin.readline()
                line.encode("utf-8")  # surrogates: bytes Python could not decode
            except UnicodeError:
                raise CliError(
                    "stdin line is not UTF-8", code="secret_not_utf8", line=self._lines_read + 1
                ) from None
            if not line:
                raise CliError(
                    "no passphrase line on stdin", code="secret_missing", line=self._lines_read + 1
                )
            self._lines_read += 1
            return line.rstrip("\r\n")
        if not self.stdin.isatty():
            raise CliError("no terminal to ask for a passphrase", code="secret_no_tty")
        return getpass.getpass(prompt)

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def err(self, text: str) -> None:
        print(text, file=self.stderr)


Handler = Callable[[argparse.Namespace, Console], int]
