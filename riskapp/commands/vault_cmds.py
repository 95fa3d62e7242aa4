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
import errno
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from riskapp.commands.console import EXIT_OK, CliError, Console
from riskapp.commands.progress import Progress
from riskapp.commands.streams import json_text
from riskapp.domain import csv_text
from riskapp.domain.client_csv import CSV_PROBLEM_CODES, ClientCsv, CsvProblem, parse_clients_csv
from riskapp.domain.clock import SystemClock
from riskapp.domain.personnummer import parse
from riskapp.domain.records import Role
from riskapp.domain.text_rules import json_safe, printable
from riskapp.messages import word

if TYPE_CHECKING:
    from riskapp.vault import Session


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
        user = users_svc.add_user(
            session,
            args.name,
            Role(args.role),
            new,
            display_name=args.display_name.strip(),
            phone=args.phone.strip(),
        )
    console.out(f"Användaren lades till (user added): {user.name} ({user.role.value})")
    return EXIT_OK


def users_list(args: argparse.Namespace, console: Console) -> int:
    from riskapp.services import users as users_svc

    with _open(args, console) as session:
        users = users_svc.list_users(session)
    for user in users:
        console.out(f"{printable(user.name)}\t{user.role.value}")  # init used to allow ESC
    return EXIT_OK


def users_set_profile(args: argparse.Namespace, console: Console) -> int:
    from riskapp.services import users as users_svc

    with _open(args, console) as session:
        user = users_svc.set_profile(
            session, display_name=args.display_name, phone=args.phone, name=args.name
        )
    console.out(f"Profilen sparades (profile saved): {user.name}")
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


def _problem_text(problem: CsvProblem, language: str) -> str:
    """ "rad 3: ..." / "line 3: ..." in ``language``."""
    text = word(problem.code, problem.params, language) or problem.code
    return word("csv_line", {"line": problem.line, "problem": text}, language) or text


def _csv_error(problems: list[CsvProblem]) -> CliError:
    problems = sorted(problems, key=lambda p: p.line)
    return CliError(
        "CSV problems",
        code="csv_invalid",
        problems="; ".join(_problem_text(p, "sv") for p in problems),
        problems_en="; ".join(_problem_text(p, "en") for p in problems),
    )


_ENCODING_NAMES = {
    csv_text.UTF8: "UTF-8",
    csv_text.CP1252: "Windows-1252",
    csv_text.UTF16_LE: "UTF-16 (little-endian)",
    csv_text.UTF16_BE: "UTF-16 (big-endian)",
}
_SEPARATOR_CODES = {",": "csv_sep_comma", ";": "csv_sep_semicolon", "\t": "csv_sep_tab"}


def _read_as(parsed: ClientCsv) -> str | None:
    """ "Läste filen som Windows-1252 med semikolon som avgränsare. (Read the file as ...)" """
    if parsed.decoded is None:
        return None
    encoding = _ENCODING_NAMES.get(parsed.decoded.encoding, parsed.decoded.encoding)
    separator = _SEPARATOR_CODES[parsed.separator]
    sv, en = (
        word(
            "csv_read_as",
            {"encoding": encoding, "separator": word(separator, {}, lang) or parsed.separator},
            lang,
        )
        for lang in ("sv", "en")
    )
    return f"{sv} ({en})"


def _csv_input(args: argparse.Namespace, console: Console) -> tuple[bytes, str | None]:
    """The CSV file's bytes and, for ``-`` with ``--passphrase-stdin``, the passphrase.

    ``-`` is standard input, read as bytes (the encoding is detected like a file's). It
    needs ``--passphrase-stdin`` (``csv_stdin_secret`` otherwise): the first line is the
    passphrase (UTF-8), the CSV follows. Nothing is unlocked here.
    """
    if str(args.file) != "-":
        try:
            return Path(args.file).read_bytes(), None
        except OSError as exc:
            raise CliError("cannot read CSV", code="csv_unreadable", path=str(args.file)) from exc
    if not console.passphrase_stdin:
        raise CliError("stdin CSV needs --passphrase-stdin", code="csv_stdin_secret")
    buffer = getattr(console.stdin, "buffer", None)
    raw = buffer.read() if buffer is not None else console.stdin.read().encode("utf-8")
    first, newline, rest = raw.partition(b"\n")
    if not newline and not first:
        raise CliError("no passphrase line on stdin", code="secret_missing", line=1)
    passphrase = first.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
    return rest, passphrase.rstrip("\r")


def clients_import(args: argparse.Namespace, console: Console) -> int:
    """Import every row or none; every bad line is reported with its number.

    The file (or standard input, ``-``) is checked completely before the vault is
    unlocked, so a bad file costs no key derivation and leaves the vault untouched; rows
    already in the vault are found after unlocking (that check, like every login, is
    audited). The encoding and separator used are said on stdout; progress on stderr.
    """
    from riskapp.services import clients as clients_svc
    from riskapp.vault import Vault
    from riskapp.vault.session import check_vault_file

    raw, passphrase = _csv_input(args, console)
    parsed = parse_clients_csv(raw, today=SystemClock().today())
    read_as = _read_as(parsed)
    if read_as:
        console.out(read_as)
    if parsed.problems:
        raise _csv_error(parsed.problems)
    rows = parsed.rows
    path = _vault_path(args)
    if passphrase is None:
        session = _open(args, console)
    else:
        check_vault_file(path)
        session = Vault.open(path, args.user, passphrase)
    with session:
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
        with Progress(console.stderr, "Importerar klienter", "importing clients") as progress:
            imported = clients_svc.import_clients(
                session, [new for _, new in rows], progress=progress
            )
    console.out(f"{len(imported)} klienter importerades ({len(imported)} clients imported).")
    return EXIT_OK


def clients_list(args: argparse.Namespace, console: Console) -> int:
    """Every matching client with the full 12-digit personnummer (for scripts); the audit
    log names every client printed."""
    from riskapp.services import clients as clients_svc

    with _open(args, console) as session:
        found = clients_svc.list_clients(session, args.search or "")
    # Control characters of old data never reach the terminal raw (escaped, not dropped).
    if args.json:
        listed = [
            {
                "id": c.id,
                "personnummer": c.personnummer,
                "first_name": c.first_name,
                "last_name": c.last_name,
            }
            for c in found
        ]
        console.out(json_safe(json_text(listed, console.stdout)))
    else:
        for c in found:
            pnr = printable(c.personnummer or "-")
            console.out(f"{pnr}\t{printable(c.last_name)}\t{printable(c.first_name)}")
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
        reason = errno.errorcode.get(exc.errno or 0, "EIO")
        raise CliError(
            "cannot write the record extract", code="extract_write_failed", reason=reason
        ) from exc
    console.out(f"Registerutdraget skrevs (record extract written): {out}")
    return EXIT_OK


__all__ = [
    "CSV_PROBLEM_CODES",
    "backup",
    "clients_export",
    "clients_import",
    "clients_list",
    "init",
    "passwd",
    "restore",
    "users_add",
    "users_list",
    "users_remove",
    "users_set_profile",
    "verify",
]
