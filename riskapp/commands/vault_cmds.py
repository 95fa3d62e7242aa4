"""``riskapp vault|users|clients ...``: administration and scripting on a vault.

Handlers follow ``riskapp.cli``'s contract: ``--vault P --user U`` after the subcommand;
secrets from the terminal or, with ``--passphrase-stdin``, line 1 (the user's passphrase
or, for ``vault passwd --recovery-key``, the recovery key) and line 2 (the second secret).
Expected failures raise ``RiskappError`` subclasses; ``riskapp.cli.main`` prints one line
and exits 1. Files we write (exports) are written atomically with mode 600.

The vault package (SQLCipher, Argon2, cryptography) is imported inside the handlers that
use it, for the CLI's and the GUI's start-up speed (``riskapp.cli`` imports this module),
not to break an import cycle.
"""

from __future__ import annotations

import argparse
import csv
import errno
import io
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riskapp.commands.console import EXIT_OK, CliError, Console
from riskapp.domain.clock import SystemClock
from riskapp.domain.personnummer import InvalidPersonnummer, parse
from riskapp.domain.records import NewClient, Role
from riskapp.messages import word

if TYPE_CHECKING:
    from riskapp.vault import Session

CSV_HEADER = ["personnummer", "first_name", "last_name", "phone", "address", "notes"]


# --- helpers ----------------------------------------------------------------------------


def _vault_path(args: argparse.Namespace) -> Path:
    path: Path = args.vault
    return path


def _open(args: argparse.Namespace, console: Console) -> Session:
    """Check the files (no prompt for a missing vault), read line 1, unlock."""
    from riskapp.vault import Vault
    from riskapp.vault.session import check_vault_file

    path = _vault_path(args)
    check_vault_file(path)
    passphrase = console.secret(f"Lösenord för {args.user} (passphrase): ")
    return Vault.open(path, args.user, passphrase)


def _new_secret(console: Console, prompt: str, user_name: str) -> str:
    """A new passphrase: checked against the policy; asked twice on a terminal."""
    from riskapp.vault.session import check_passphrase

    secret = console.secret(prompt)
    check_passphrase(secret, user_name)
    if not console.passphrase_stdin and console.secret("Upprepa (repeat): ") != secret:
        raise CliError("passphrases differ", code="passphrase_mismatch")
    return secret


# --- vault ------------------------------------------------------------------------------


def init(args: argparse.Namespace, console: Console) -> int:
    """Create a vault with USER as team leader; print the recovery key once."""
    from riskapp.vault import Vault

    path = _vault_path(args)
    passphrase = console.secret(f"Nytt lösenord för {args.user} (new passphrase): ")
    confirmation = console.secret("Upprepa lösenordet (repeat the passphrase): ")
    if passphrase != confirmation:
        raise CliError("passphrases differ", code="passphrase_mismatch")
    session, recovery_key = Vault.create(
        path, organisation=args.organisation, username=args.user, passphrase=passphrase
    )
    session.close()
    console.out(f"Valvet skapades (vault created): {path}")
    console.out("")
    console.out(f"Återställningsnyckel (recovery key): {recovery_key}")
    console.out("")
    console.out(
        "Skriv ut nyckeln eller skriv av den och lås in den på ett säkert ställe. Den "
        "visas bara nu och behövs om alla lösenord glöms."
    )
    console.out(
        "(Print or copy this key and lock it away. It is shown only now and is needed "
        "if every passphrase is forgotten.)"
    )
    return EXIT_OK


#: errno values of a vault we may read but not write (read-only media, permissions).
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


def verify(args: argparse.Namespace, console: Console) -> int:
    """Every integrity check; problems on stdout, exit 1 when there are any. Where the
    vault cannot be written (or with --read-only) it is opened read-only and says so."""
    from riskapp.vault import Vault
    from riskapp.vault.session import check_vault_file

    path = _vault_path(args)
    check_vault_file(path)
    passphrase = console.secret(f"Lösenord för {args.user} (passphrase): ")
    read_only = bool(getattr(args, "read_only", False)) or not os.access(path.parent, os.W_OK)
    report = None
    if not read_only:
        try:
            with Vault.open(path, args.user, passphrase) as session:
                report = session.verify()
        except OSError as exc:
            if exc.errno not in _READ_ONLY_ERRNOS:
                raise
    if report is None:
        console.err("Valvet kan inte skrivas: kontrollerar skrivskyddat (read-only check).")
        report = Vault.verify_read_only(path, args.user, passphrase)
    for note in report.notes:
        console.err(f"Obs (note): {note}")
    if report.ok:
        console.out("Valvet är oskadat (vault OK): kryptering, databas, referenser, åtkomstlogg.")
        return EXIT_OK
    for problem in report.problems:
        console.out(problem)
    raise CliError(
        "verification failed",
        code="verify_failed",
        count=len(report.problems),
        first=report.problems[0],
    )


def backup(args: argparse.Namespace, console: Console) -> int:
    with _open(args, console) as session:
        session.backup(args.out)
    console.out(
        f"Säkerhetskopian är skriven och kontrollerad (backup written and verified): "
        f"{args.out} + {args.out.name}.keys"
    )
    return EXIT_OK


def restore(args: argparse.Namespace, console: Console) -> int:
    """Replace the vault with a verified backup (USER's passphrase in the backup)."""
    from riskapp.vault import Vault

    passphrase = console.secret(f"Lösenord för {args.user} i säkerhetskopian (passphrase): ")
    Vault.restore(args.source, _vault_path(args), args.user, passphrase, force=bool(args.force))
    console.out(f"Valvet återställdes från (vault restored from): {args.source}")
    return EXIT_OK


def passwd(args: argparse.Namespace, console: Console) -> int:
    """Change USER's passphrase (line 1 old, line 2 new), or reset it with the recovery
    key (--recovery-key: line 1 recovery key, line 2 new)."""
    from riskapp.vault import Vault
    from riskapp.vault.session import check_vault_file

    path = _vault_path(args)
    check_vault_file(path)
    if args.recovery_key:
        key = console.secret("Återställningsnyckel (recovery key): ")
        new = _new_secret(console, f"Nytt lösenord för {args.user} (new passphrase): ", args.user)
        with Vault.open_with_recovery(path, key) as recovery:
            recovery.reset_passphrase(args.user, new)
    else:
        old = console.secret(f"Nuvarande lösenord för {args.user} (current passphrase): ")
        new = _new_secret(console, "Nytt lösenord (new passphrase): ", args.user)
        with Vault.open(path, args.user, old) as session:
            session.change_passphrase(old, new)
    console.out("Lösenordet är bytt (passphrase changed).")
    return EXIT_OK


# --- users ------------------------------------------------------------------------------


def users_add(args: argparse.Namespace, console: Console) -> int:
    from riskapp.services import users as users_svc

    with _open(args, console) as session:
        new = _new_secret(
            console,
            f"Lösenord för den nya användaren {args.name} (new user's passphrase): ",
            args.name,
        )
        user = users_svc.add_user(session, args.name, Role(args.role), new)
    console.out(f"Användaren lades till (user added): {user.name} ({user.role.value})")
    return EXIT_OK


def users_list(args: argparse.Namespace, console: Console) -> int:
    from riskapp.services import users as users_svc

    with _open(args, console) as session:
        users = users_svc.list_users(session)
    for user in users:
        console.out(f"{user.name}\t{user.role.value}")
    return EXIT_OK


def users_remove(args: argparse.Namespace, console: Console) -> int:
    from riskapp.services import users as users_svc

    with _open(args, console) as session:
        users_svc.remove_user(session, args.name)
    console.out(
        f"Användaren togs bort och datanyckeln byttes (user removed, data key rotated): {args.name}"
    )
    return EXIT_OK


# --- clients ----------------------------------------------------------------------------


#: Every code a ``CsvProblem`` may carry besides a personnummer's (``pnr_*``).
CSV_PROBLEM_CODES = (
    "csv_bad_utf8",  # column, offset
    "csv_header",  # header
    "csv_field_count",  # count, expected
    "csv_pnr_repeated",  # first
    "csv_name_missing",
    "csv_malformed",
    "csv_pnr_registered",
)


@dataclass(frozen=True)
class CsvProblem:
    """One bad line of a CSV import: a code and its params (worded by riskapp.messages)."""

    line: int
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str) -> str:
        """ "rad 3: ..." / "line 3: ..." in ``language``."""
        problem = word(self.code, self.params, language) or self.code
        return word("csv_line", {"line": self.line, "problem": problem}, language) or problem


def _utf8_problems(raw: bytes) -> list[CsvProblem]:
    problems = []
    offset = 0
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            column = exc.start + 1
            problems.append(
                CsvProblem(number, "csv_bad_utf8", {"column": column, "offset": offset + exc.start})
            )
        offset += len(line) + 1
    return problems


def parse_clients_csv(
    raw: bytes, *, today: Any
) -> tuple[list[tuple[int, NewClient]], list[CsvProblem]]:
    """Rows (with their line numbers) and every problem found; values never echoed."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    problems = _utf8_problems(raw)
    if problems:
        return [], problems
    text = raw.decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, NewClient]] = []
    seen: dict[str, int] = {}
    previous_end = 0
    try:
        header = next(reader, None)
        previous_end = reader.line_num
        if header is None or [h.strip() for h in header] != CSV_HEADER:
            return [], [CsvProblem(1, "csv_header", {"header": ",".join(CSV_HEADER)})]
        for record in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if not record or all(not field.strip() for field in record):
                continue
            if len(record) != len(CSV_HEADER):
                problems.append(
                    CsvProblem(
                        line,
                        "csv_field_count",
                        {"count": len(record), "expected": len(CSV_HEADER)},
                    )
                )
                continue
            pnr_text, first, last, phone, address, notes = (f.strip() for f in record)
            pnr12: str | None = None
            if pnr_text:
                try:
                    pnr12 = parse(pnr_text, today=today).digits12
                except InvalidPersonnummer as exc:
                    problems.append(CsvProblem(line, exc.code, exc.params))
                    continue
                if pnr12 in seen:
                    problems.append(CsvProblem(line, "csv_pnr_repeated", {"first": seen[pnr12]}))
                    continue
                seen[pnr12] = line
            if not first or not last:
                problems.append(CsvProblem(line, "csv_name_missing"))
                continue
            rows.append(
                (
                    line,
                    NewClient(
                        first_name=first,
                        last_name=last,
                        personnummer=pnr12,
                        phone=phone,
                        address=address,
                        notes=notes,
                    ),
                )
            )
    except csv.Error:
        problems.append(CsvProblem(reader.line_num or previous_end + 1, "csv_malformed"))
    return rows, problems


def _csv_error(problems: list[CsvProblem]) -> CliError:
    problems = sorted(problems, key=lambda p: p.line)
    return CliError(
        "CSV problems",
        code="csv_invalid",
        problems="; ".join(p.text("sv") for p in problems),
        problems_en="; ".join(p.text("en") for p in problems),
    )


def clients_import(args: argparse.Namespace, console: Console) -> int:
    """Import every row or none; every bad line is reported with its number.

    The file is checked completely before the vault is unlocked, so a bad file leaves
    the vault untouched; rows already in the vault are found after unlocking (that
    check, like every login, is audited).
    """
    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError("cannot read CSV", code="csv_unreadable", path=str(args.file)) from exc
    rows, problems = parse_clients_csv(raw, today=SystemClock().today())
    if problems:
        raise _csv_error(problems)
    from riskapp.services import clients as clients_svc

    with _open(args, console) as session:
        existing = clients_svc.registered_personnummer(
            session, [n.personnummer for _, n in rows if n.personnummer]
        )
        problems = [
            CsvProblem(line, "csv_pnr_registered")
            for line, new in rows
            if new.personnummer in existing
        ]
        if problems:
            raise _csv_error(problems)
        imported = clients_svc.import_clients(session, [new for _, new in rows])
    console.out(f"{len(imported)} klienter importerades ({len(imported)} clients imported).")
    return EXIT_OK


def clients_list(args: argparse.Namespace, console: Console) -> int:
    """Every matching client with the full 12-digit personnummer (for scripts); the audit
    log names every client printed."""
    from riskapp.services import clients as clients_svc

    with _open(args, console) as session:
        found = clients_svc.list_clients(session, args.search or "")
    if args.json:
        console.out(
            json.dumps(
                [
                    {
                        "id": c.id,
                        "personnummer": c.personnummer,
                        "first_name": c.first_name,
                        "last_name": c.last_name,
                    }
                    for c in found
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for c in found:
            console.out(f"{c.personnummer or '-'}\t{c.last_name}\t{c.first_name}")
    return EXIT_OK


def clients_export(args: argparse.Namespace, console: Console) -> int:
    """Everything stored about one client as JSON, written atomically with mode 600."""
    from riskapp.vault.files import atomic_write

    out: Path = args.out
    pnr12 = parse(args.pnr, today=SystemClock().today()).digits12  # InvalidPersonnummer
    if out.exists():
        raise CliError("output exists", code="out_exists", path=str(out))
    if not out.parent.is_dir():
        raise CliError("no such directory", code="backup_dir", path=str(out.parent))
    from riskapp.services import clients as clients_svc

    with _open(args, console) as session:
        client = clients_svc.find_by_personnummer(session, pnr12)
        if client is None:
            raise CliError("no such client", code="pnr_not_found")
        data = clients_svc.export_client(session, client.id)
    try:
        atomic_write(out, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:
        raise CliError("cannot write", code="backup_write_failed") from exc
    console.out(f"Registerutdraget skrevs (record extract written): {out}")
    return EXIT_OK


__all__ = [
    "backup",
    "clients_export",
    "clients_import",
    "clients_list",
    "init",
    "parse_clients_csv",
    "passwd",
    "restore",
    "users_add",
    "users_list",
    "users_remove",
    "verify",
]
