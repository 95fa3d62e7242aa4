"""The child of ``test_full_flow.py``: a full CLI flow in one process, watched from inside.

``python tests/security/flow_child.py WORK TMPDIR REPORT``. An audit hook (installed
before riskapp is imported) records every ``socket.*`` event and every file opened under
TMPDIR; the flow then runs ``riskapp.cli.main`` once per command, as a script would (each
with its own passphrase lines on stdin), and writes what the hook saw to REPORT as JSON.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path

WORK, TMPDIR, REPORT = (Path(arg) for arg in sys.argv[1:4])
assert tempfile.gettempdir() == str(TMPDIR)  # probes TMPDIR once, before the hook
SOCKET_EVENTS: list[str] = []
TMP_OPENS: list[str] = []


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event.startswith("socket."):
        SOCKET_EVENTS.append(f"{event} {args[1:]!r}"[:200])
    elif event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        name = os.fsdecode(args[0])
        if name.startswith(str(TMPDIR)):
            TMP_OPENS.append(name)


sys.addaudithook(_hook)

from riskapp.cli import Console, main  # noqa: E402
from riskapp.vault import KdfParams, Vault  # noqa: E402
from tests.security.canaries import (  # noqa: E402
    CANARY_CSV,
    CANARY_PASSPHRASE,
    CANARY_PNR,
    LEADER,
    WORKER,
)

STEPS: list[str] = []


def cli(*argv: str, stdin: str = CANARY_PASSPHRASE + "\n") -> str:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Console(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    if code != 0:
        raise SystemExit(f"{argv[:2]} failed: {err.getvalue()}")
    STEPS.append(" ".join(a for a in argv[:2] if not a.startswith("-")))
    return out.getvalue()


def vault_args(path: Path, user: str = LEADER) -> list[str]:
    return ["--vault", str(path), "--user", user, "--passphrase-stdin"]


# vault init through the CLI: the production KDF, one unlock's worth of time.
initialised = WORK / "init" / "team.riskvault"
initialised.parent.mkdir()
cli("vault", "init", *vault_args(initialised), stdin=(CANARY_PASSPHRASE + "\n") * 2)
cli("vault", "verify", *vault_args(initialised))

# The rest on a vault with the fast KDF (every command unlocks once).
vault = WORK / "vault" / "team.riskvault"
vault.parent.mkdir()
Vault.create(
    vault,
    organisation="Kommun",
    username=LEADER,
    passphrase=CANARY_PASSPHRASE,
    kdf=KdfParams.fast(),
)[0].close()
STEPS.append("vault create (API, fast KDF)")
cli(
    "users",
    "add",
    WORKER,
    "--role",
    "caseworker",
    *vault_args(vault),
    stdin=f"{CANARY_PASSPHRASE}\n{CANARY_PASSPHRASE} 2\n",
)
csv_file = WORK / "input" / "klienter.csv"  # the input itself is plaintext by nature
csv_file.parent.mkdir()
csv_file.write_bytes(CANARY_CSV.encode("utf-8"))
cli("clients", "import", str(csv_file), *vault_args(vault))
cli("demo-data", "--clients", "12", "--seed", "3", *vault_args(vault))
listed = cli("clients", "list", "--json", *vault_args(vault))
cli("clients", "list", "--search", "kanarie", *vault_args(vault))

with Vault.open(vault, LEADER, CANARY_PASSPHRASE) as session:
    pnr, assessment = session.conn.execute(
        "SELECT c.personnummer, a.id FROM clients c JOIN assessments a ON a.client_id = c.id "
        "JOIN safety_plans p ON p.client_id = c.id WHERE c.personnummer IS NOT NULL "
        "AND a.status = 'completed' ORDER BY a.id LIMIT 1"
    ).fetchone()
out = WORK / "out"
out.mkdir()
cli("plan-pdf", "--client", pnr, "--out", str(out / "plan.pdf"), *vault_args(vault))
cli(
    "plan-pdf",
    "--client",
    pnr,
    "--discreet",
    "--out",
    str(out / "plan-discreet.pdf"),
    *vault_args(vault),
)
cli(
    "summary-pdf",
    "--client",
    pnr,
    "--assessment",
    str(assessment),
    "--out",
    str(out / "summary.pdf"),
    *vault_args(vault),
)
for fmt in ("csv", "xlsx", "pdf"):
    cli(
        "stats",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--by",
        "sex,age",
        "--format",
        fmt,
        "--out",
        str(out / f"stats.{fmt}"),
        *vault_args(vault),
    )
backups = WORK / "backups"
backups.mkdir()
cli("vault", "backup", "--out", str(backups / "kopia.riskvault"), *vault_args(vault))
cli("clients", "export", CANARY_PNR, "--out", str(out / "utdrag.json"), *vault_args(vault))
cli("users", "remove", WORKER, *vault_args(vault))
cli("vault", "verify", *vault_args(vault))

REPORT.write_text(
    json.dumps(
        {
            "steps": STEPS,
            "socket_events": SOCKET_EVENTS,
            "tmp_opens": TMP_OPENS,
            "listed_canary": "Kanarie" in listed,
        }
    ),
    encoding="utf-8",
)
