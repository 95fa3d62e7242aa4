"""``riskapp assessments list|show|void`` and ``riskapp clients event``.

``list --client PNR`` prints the client's assessments, newest first (``--json``: the rows of
``services.assessment_records.AssessmentRow``); ``show ID`` one assessment (``--json`` the
same fields, ``--journal`` the journal text the GUI copies); ``void ID --reason TEXT``
voids a completed assessment (the reason is required by argparse, exit 2 without it).
``clients event PNR --kind incident|separation|release [--date D]`` records an event that
makes the client's next review due at once. Every read goes through the vault, which
audit-logs it with the client it concerns; an unknown id, a second voiding or a refused
change is one line on stderr and exit 1 with nothing changed (``riskapp.cli``).

The vault, the forms registry and the services are imported when a command runs
(start-up speed: ``riskapp.cli`` imports this module), not to break an import cycle.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from riskapp.commands.console import EXIT_OK, CliError, Console
from riskapp.commands.report_cmds import _client, _registry, _session
from riskapp.domain.clock import SystemClock
from riskapp.domain.personnummer import parse
from riskapp.domain.records import AssessmentId, ClientEventKind

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.services.assessment_records import AssessmentRow

#: Status words of the text listing (the JSON keeps the codes).
_STATUS = {"draft": "utkast", "completed": "slutförd", "voided": "makulerad"}


def _line(row: AssessmentRow) -> str:
    data = row.as_json()
    when = (data["completed_at"] or data["started_at"])[:10]
    parts = [
        f"{data['id']:>5}",
        when,
        _STATUS[data["status"]],
        f"{row.form_title} v{data['form_version']}",
        f"nivå={data['level'] or '-'}",
        f"av={data['author']}",
    ]
    if data["corrects"] is not None:
        parts.append(f"rättar={data['corrects']}")
    if data["corrected_by"] is not None:
        parts.append(f"rättad_av={data['corrected_by']}")
    return "  ".join(parts)


def assessments_list(args: argparse.Namespace, console: Console) -> int:
    """The client's assessments, newest first."""
    from riskapp.services.assessment_records import row_of

    parse(args.client, today=SystemClock().today())  # a bad number before the passphrase
    registry = _registry()
    with _session(args, console) as session:
        client = _client(session, args.client)
        rows = [row_of(registry, a) for a in session.assessments.list_for_client(client.id)]
    if args.json:
        console.out(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
    else:
        for row in rows:
            console.out(_line(row))
        if not rows:
            console.out("Inga bedömningar (no assessments).")
    return EXIT_OK


def assessments_show(args: argparse.Namespace, console: Console) -> int:
    """One assessment: facts, ``--json`` or ``--journal`` text."""
    from riskapp.services.assessment_records import row_of
    from riskapp.services.assessments import form_of
    from riskapp.services.journal import journal_summary
    from riskapp.services.users import display_name

    registry = _registry()
    with _session(args, console) as session:
        record = session.assessments.get(AssessmentId(args.id))
        row = row_of(registry, record)
        if args.journal:
            voided_by = display_name(session, record.voided_by) if record.voided_by else None
            text = journal_summary(
                record,
                form_of(registry, record),
                author=display_name(session, record.author),
                voided_by=voided_by,
            )
    if args.journal:
        console.out(text.rstrip("\n"))
    elif args.json:
        console.out(json.dumps(row.as_json(), ensure_ascii=False, indent=1))
    else:
        for key, value in row.as_json().items():
            if value not in (None, [], ""):
                console.out(f"{key}: {value}")
    return EXIT_OK


def assessments_void(args: argparse.Namespace, console: Console) -> int:
    """Void a completed assessment with its reason."""
    from riskapp.services.assessment_records import void_assessment

    with _session(args, console) as session:
        record = void_assessment(session, AssessmentId(args.id), args.reason)
    console.out(f"Bedömning {int(record.id)} makulerad (assessment voided).")
    return EXIT_OK


def clients_event(args: argparse.Namespace, console: Console) -> int:
    """Record an incident, a separation or a release from custody on a client."""
    from riskapp.services.assessment_records import next_review, record_event

    today = SystemClock().today()
    parse(args.pnr, today=today)
    try:
        when = date.fromisoformat(args.date) if args.date else today
    except ValueError as exc:
        raise CliError("bad date", code="event_bad_date") from exc
    with _session(args, console) as session:
        client = _client(session, args.pnr)
        record_event(session, client.id, ClientEventKind(args.kind), when)
        due = next_review(session, client.id)
    console.out("Händelsen registrerad (event recorded).")
    if due is not None:
        console.out(f"Ny bedömning senast (review due): {due.isoformat()}")
    return EXIT_OK
