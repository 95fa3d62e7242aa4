"""Build the data, measure every row, return the results in the issue's order."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from riskapp.bench import report_rows, vault_rows
from riskapp.bench.dataset import build, open_session
from riskapp.bench.measure import MIN_ROUNDS, Result

SCALES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}
ORDER = (
    "search_keystroke", "client_page", "statistics", "import", "plan_pdf", "stats_pdf",
    "cli_plan_pdf", "gui_start", "unlock_overhead", "rss", "backup", "verify", "demo_data",
)  # fmt: skip


def run_bench(
    clients: int,
    *,
    rounds: int = MIN_ROUNDS,
    say: Callable[[str], None] = lambda _text: None,
) -> list[Result]:
    results: dict[str, Result] = {}
    with tempfile.TemporaryDirectory(prefix="riskapp-bench-") as tmp:
        say(f"building {clients} clients")
        data = build(Path(tmp), clients)
        plain = vault_rows.plain_connection(data)
        session = open_session(data)
        try:
            pnr = session.clients.get(data.page_client).personnummer  # type: ignore[arg-type]
            texts = report_rows._plan_texts(session, data.page_client)
            steps: list[tuple[str, Callable[[], Result]]] = [
                ("search_keystroke", lambda: vault_rows.search_keystroke(session, plain, rounds)),
                ("client_page", lambda: vault_rows.client_page(session, data.page_client, rounds)),
                ("statistics", lambda: vault_rows.statistics(session, plain, data, rounds)),
                ("plan_pdf", lambda: report_rows.plan_pdf(session, data.page_client, rounds)),
                ("stats_pdf", lambda: report_rows.stats_pdf(session, data, rounds)),
                ("backup", lambda: vault_rows.backup(session, data, rounds)),
                ("verify", lambda: vault_rows.verify(session, rounds)),
            ]
            for name, step in steps:
                say(name)
                results[name] = step()
        finally:
            session.close()
            plain.close()
        assert pnr is not None
        say("cli_plan_pdf")
        results["cli_plan_pdf"] = report_rows.cli_plan_pdf(data, pnr, texts, rounds)
        say("unlock_overhead")
        results["unlock_overhead"] = vault_rows.unlock_overhead(data, rounds)
        say("import")
        results["import"] = vault_rows.import_rows(data, rounds, max(100, clients // 10))
        say("demo_data")
        results["demo_data"] = report_rows.demo_data(data, rounds, 5 if clients < 10_000 else 20)
    results["gui_start"] = report_rows.gui_start()
    results["rss"] = report_rows.rss()
    return [results[name] for name in ORDER]
