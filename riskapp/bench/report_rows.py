"""Rows measured on the reports, whole processes and the demo generator: plan_pdf,
stats_pdf, cli_plan_pdf, demo_data; gui_start and rss report why they are not measured."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from riskapp.bench.dataset import PASSPHRASE, USER, Dataset
from riskapp.bench.measure import Result, interleaved, timed, unmeasured
from riskapp.reports.fonts import REGULAR, fonts_dir
from riskapp.reports.plan_content import plan_content
from riskapp.reports.stats_export import render_statistics
from riskapp.services.demo import generate_demo_data
from riskapp.services.forms import shipped_registry
from riskapp.services.printing import prepare_plan_print
from riskapp.services.stats import build_statistics
from riskapp.vault import Session, Vault

#: The floor of the PDF rows: one reportlab canvas, the same embedded font, the same
#: strings one per line, pages as needed. Run in-process and as a fresh process.
CANVAS_SCRIPT = """
import json, sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

def draw(font_path, texts, out):
    pdfmetrics.registerFont(TTFont("BenchSans", font_path))
    c = canvas.Canvas(out, pagesize=A4)
    y = 800
    for text in texts:
        if y < 50:
            c.showPage()
            y = 800
        c.setFont("BenchSans", 10)
        c.drawString(50, y, text[:110])
        y -= 14
    c.save()

if __name__ == "__main__":
    args = json.load(open(sys.argv[1], encoding="utf-8"))
    draw(args["font"], args["texts"], args["out"])
"""


def _plan_texts(session: Session, client_id: int) -> list[str]:
    registry = shipped_registry()
    plan = session.plans.latest_for_client(client_id)  # type: ignore[arg-type]
    assert plan is not None
    content = plan_content(
        plan,
        registry.get(plan.form_id, plan.form_version),
        session.settings.get(),
        discreet=False,
        client_first_name="Förnamn",
        created=date(2026, 6, 30),
    )
    return [text for _field, text in content.texts() if text]


def _canvas_namespace() -> dict[str, object]:
    namespace: dict[str, object] = {"__name__": "bench_canvas"}
    exec(CANVAS_SCRIPT, namespace)  # noqa: S102 -- our own constant script, the floor
    return namespace


def plan_pdf(session: Session, client_id: int, rounds: int) -> Result:
    registry = shipped_registry()
    texts = _plan_texts(session, client_id)
    draw = _canvas_namespace()["draw"]
    font = str(fonts_dir() / "DejaVuSans.ttf")
    assert REGULAR  # the app embeds the same DejaVu Sans face

    def app() -> float:
        return timed(
            lambda: prepare_plan_print(
                session,
                client_id,  # type: ignore[arg-type]
                discreet=False,
                registry=registry,
            )
        )

    def floor() -> float:
        return timed(lambda: draw(font, texts, io.BytesIO()))  # type: ignore[operator]

    value, floor_value = interleaved(app, floor, rounds)
    return Result(
        "plan_pdf",
        value * 1000,
        "ms",
        "reportlab canvas with the same text and embedded font",
        None if floor_value is None else floor_value * 1000,
        "<= 2x",
        note="app figure includes reading the client and plan (audited)",
    )


def stats_pdf(session: Session, data: Dataset, rounds: int) -> Result:
    start, end = data.year
    result = build_statistics(session, start, end)
    value, _ = interleaved(
        lambda: timed(lambda: render_statistics(result, "pdf", organisation="Bench")),
        None,
        rounds,
    )
    return Result("stats_pdf", value * 1000, "ms", "-", None, "< 300 ms")


def cli_plan_pdf(data: Dataset, pnr: str, texts: list[str], rounds: int) -> Result:
    """``riskapp plan-pdf`` as a whole process vs a process drawing the same page; the
    vault must not be open in this process (the CLI takes its lock)."""
    with tempfile.TemporaryDirectory(dir=data.directory) as tmp:
        out = Path(tmp) / "plan.pdf"
        script = Path(tmp) / "canvas.py"
        script.write_text(CANVAS_SCRIPT, "utf-8")
        args = Path(tmp) / "args.json"
        args.write_text(
            json.dumps(
                {
                    "font": str(fonts_dir() / "DejaVuSans.ttf"),
                    "texts": texts,
                    "out": str(Path(tmp) / "canvas.pdf"),
                }
            ),
            "utf-8",
        )
        command = [
            sys.executable, "-m", "riskapp", "plan-pdf", "--vault", str(data.vault),
            "--user", USER, "--passphrase-stdin", "--client", pnr, "--out", str(out),
        ]  # fmt: skip

        def app() -> float:
            return timed(
                lambda: subprocess.run(
                    command, input=PASSPHRASE + "\n", text=True, check=True, capture_output=True
                )
            )

        def floor() -> float:
            return timed(
                lambda: subprocess.run(
                    [sys.executable, str(script), str(args)], check=True, capture_output=True
                )
            )

        value, floor_value = interleaved(app, floor, rounds)
    return Result(
        "cli_plan_pdf",
        value,
        "s",
        "a process that imports reportlab and draws the same page",
        floor_value,
        "<= 2x",
        note="the bench vault's KDF is the fast test setting: the figure excludes Argon2id",
    )


def demo_data(data: Dataset, rounds: int, clients: int) -> Result:
    def app() -> float:
        with tempfile.TemporaryDirectory(dir=data.directory) as tmp:
            session, _ = Vault.create(
                Path(tmp) / "demo.riskvault",
                organisation="x",
                username=USER,
                passphrase=PASSPHRASE,
                kdf=data.kdf,
            )
            try:
                seconds = timed(lambda: generate_demo_data(session, clients=clients, seed=7))
            finally:
                session.close()
        return seconds * 1000 / clients

    value, _ = interleaved(app, None, rounds)
    return Result(
        "demo_data",
        value,
        "s",
        "-",
        None,
        "< 5 s",
        note=f"per 1,000 clients, measured on {clients} per round",
    )


def gui_start() -> Result:
    return unmeasured(
        "gui_start",
        "s",
        "a bare QMainWindow with one QLabel, fresh process",
        "<= 1.3x",
        "needs a first-paint signal from the unlock screen; riskapp/ui is being moved "
        "and has none yet",
    )


def rss() -> Result:
    return unmeasured(
        "rss",
        "MiB",
        "bare Qt table showing one raw page",
        "<= 1.3x",
        "needs the GUI driven to an unlocked, shown client list; riskapp/ui is being moved",
    )
