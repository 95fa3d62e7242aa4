"""``riskapp cases list|open|close``, ``riskapp caseload`` and ``riskapp indicators``.

Codes, dates, the year and the number of adults are checked before the passphrase is
asked for; the work is ``riskapp.services.cases`` and ``riskapp.services.stats`` (the
same functions as the GUI). Bad input is one line on stderr and exit 1, with nothing
changed (``riskapp.cli``). The client is named by personnummer on the command line; the
output names it by id and personnummer only (never by name).

The services and the vault are imported when a command runs (start-up speed:
``riskapp.cli`` imports this module), not to break an import cycle.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from riskapp.commands.console import EXIT_OK, CliError, Console
from riskapp.domain.cases import (
    Case,
    CaseReason,
    CaseSource,
    CloseReason,
    GoalAttainment,
    enum_value,
)
from riskapp.domain.clock import SystemClock
from riskapp.domain.personnummer import parse
from riskapp.domain.records import ClientId

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.vault import Session

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
INDICATOR_FORMATS = ("csv", "xlsx", "pdf")


def _date(text: str, option: str) -> date:
    value = text.strip()
    if _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise CliError("invalid date", code="stats_bad_date", option=option)


@contextmanager
def _session(args: argparse.Namespace, console: Console) -> Iterator[Session]:
    from riskapp.vault import Vault
    from riskapp.vault.session import check_vault_file

    check_vault_file(args.vault)
    passphrase = console.secret(f"Lösenord för {args.user} (passphrase): ")
    session = Vault.open(args.vault, args.user, passphrase)
    try:
        yield session
    finally:
        session.close()


def _pnr12(value: str) -> str:
    return parse(value, today=SystemClock().today()).digits12


def _client_id(session: Session, pnr12: str) -> ClientId:
    from riskapp.services import clients as clients_svc

    client = clients_svc.find_by_personnummer(session, pnr12)
    if client is None:
        raise CliError("no client with that personnummer", code="print_unknown_client")
    return client.id


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def case_json(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "client_id": case.client_id,
        "status": case.status,
        "opened_on": case.opened_on.isoformat(),
        "source": case.source,
        "reason": case.reason,
        "responsible": case.responsible,
        "closed_on": _iso(case.closed_on),
        "close_reason": case.close_reason,
        "outcome": case.goal,
        "interventions": [
            {"kind": i.kind, "started_on": _iso(i.started_on), "ended_on": _iso(i.ended_on)}
            for i in case.interventions
        ],
    }


def cases_list(args: argparse.Namespace, console: Console) -> int:
    """Every case of one client, oldest first."""
    from riskapp.services.cases import list_cases

    pnr = _pnr12(args.client)
    with _session(args, console) as session:
        cases = list_cases(session, _client_id(session, pnr))
    if args.json:
        console.out(json.dumps([case_json(c) for c in cases], ensure_ascii=False, indent=2))
        return EXIT_OK
    for c in cases:
        console.out(
            "\t".join(
                [
                    str(c.id),
                    c.status,
                    c.opened_on.isoformat(),
                    c.source or "-",
                    c.reason or "-",
                    c.responsible or "-",
                    _iso(c.closed_on) or "-",
                    c.goal or "-",
                    str(len(c.interventions)),
                ]
            )
        )
    return EXIT_OK


def cases_open(args: argparse.Namespace, console: Console) -> int:
    """Open a case for the client (a reopening is a new case; history stays)."""
    from riskapp.services.cases import open_case

    pnr = _pnr12(args.client)
    enum_value(CaseSource, args.source, "source")
    enum_value(CaseReason, args.reason, "reason")
    with _session(args, console) as session:
        case = open_case(
            session,
            _client_id(session, pnr),
            source=args.source,
            reason=args.reason,
            responsible=args.responsible,
        )
    console.out(f"Ärende {case.id} öppnat (case {case.id} opened).")
    return EXIT_OK


def cases_close(args: argparse.Namespace, console: Console) -> int:
    """Close the client's open case with its date, reason and goal attainment."""
    from riskapp.services.cases import close_case

    pnr = _pnr12(args.client)
    closed_on = _date(args.date, "--date")
    enum_value(GoalAttainment, args.outcome, "outcome")
    enum_value(CloseReason, args.reason, "reason")
    with _session(args, console) as session:
        case = close_case(
            session,
            _client_id(session, pnr),
            closed_on=closed_on,
            reason=args.reason,
            outcome=args.outcome,
        )
    console.out(f"Ärende {case.id} avslutat (case {case.id} closed).")
    return EXIT_OK


def caseload(args: argparse.Namespace, console: Console) -> int:
    """One row per client with an open case, next review first."""
    from riskapp.domain.caseload import CaseloadFilter
    from riskapp.services.cases import caseload_all

    flt = CaseloadFilter(mine=args.mine, overdue=args.overdue, high=args.high)
    with _session(args, console) as session:
        rows = caseload_all(session, flt)
    data = [
        {
            "client_id": r.client_id,
            "personnummer": r.personnummer,
            "status": r.status,
            "level": r.level,
            "last_assessed": _iso(r.last_assessed),
            "next_review": _iso(r.next_review),
            "overdue": r.overdue,
            "responsible": r.responsible,
        }
        for r in rows
    ]
    if args.json:
        console.out(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in data:
        console.out(
            "\t".join(
                "true" if v is True else "false" if v is False else ("-" if v is None else str(v))
                for v in row.values()
            )
        )
    return EXIT_OK


def _year(text: str) -> int:
    if not re.fullmatch(r"[0-9]{4}", text.strip()):
        raise CliError("invalid year", code="indicators_year_format")
    return int(text)


def indicators(args: argparse.Namespace, console: Console) -> int:
    """Kolada's indicators for --year with --adults, printed or written to --out."""
    from riskapp.domain.stats.indicators import check_indicator_parameters
    from riskapp.services.stats import build_indicators, export_indicators

    year = _year(args.year)
    check_indicator_parameters(year, args.adults, SystemClock().today())
    if args.format is not None and args.out is None:
        raise CliError("--format needs --out", code="indicators_out_missing")
    if args.out is not None and args.format is None:
        raise CliError("--out needs --format", code="indicators_out_missing")
    with _session(args, console) as session:
        result = build_indicators(session, year, args.adults)
        if args.format is not None:
            export_indicators(session, result, args.format, args.out)
    if args.format is not None:
        console.out(f"Indikatorer sparade (indicators written): {args.out}")
        return EXIT_OK
    items = [
        {
            "indicator": i.code,
            "count": str(i.count) if not isinstance(i.count, int) else i.count,
            "per_10000": i.per_10000 if isinstance(i.per_10000, float) else str(i.per_10000),
        }
        for i in result.indicators
    ]
    if args.json:
        console.out(
            json.dumps(
                {"year": result.year, "adults": result.adults, "indicators": items}, indent=2
            )
        )
        return EXIT_OK
    for item in items:
        console.out(f"{item['indicator']}\t{item['count']}\t{item['per_10000']}")
    return EXIT_OK
