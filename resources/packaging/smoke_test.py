"""Smoke test of the desktop bundle: build it, then run what an IT department would try.

    .venv/bin/python resources/packaging/smoke_test.py [--no-build] [--bundle DIR]

Not part of the default test run (it takes minutes); `.ci/run` runs it when
RISKAPP_BUNDLE_TEST=1. Steps, each against the built folder (dist/riskapp, or
dist/riskapp.app/Contents/MacOS on macOS):

1. build (resources/packaging/build.py; skipped with ``--no-build``);
2. the folder holds both executables, LICENSES/ and no QtNetwork, QtWebEngine or test tools;
3. ``riskapp --help`` and ``--version`` (the package version), ``riskapp forms check``;
4. a CLI flow on a temporary vault: ``vault init --passphrase-stdin``, ``demo-data`` (a few
   clients), ``plan-pdf`` for a client with a plan, ``stats`` as CSV, XLSX and PDF,
   ``vault verify``;
5. the GUI executable started offscreen with ``--smoke-test`` on that vault: it exits 0
   once the unlock screen was painted.

Everything runs with HOME, XDG_*, APPDATA and LOCALAPPDATA pointing into a temporary
directory, so nothing touches the real user's settings or vault. Synthetic data only.
Exit code 0 when every step passed; the first failure ends the run with its output.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PASSPHRASE = "röd cykel vid norra stranden 47"  # synthetic, passes riskapp's checks
USER = "smoke"
EXE = ".exe" if sys.platform == "win32" else ""
#: Names that must not appear in the bundle (no network, no test tools shipped).
FORBIDDEN = re.compile(r"QtNetwork|Qt6Network|WebEngine|pytest|hypothesis|_pytest", re.I)


class StepError(Exception):
    pass


def version() -> str:
    text = (ROOT / "riskapp" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    return found.group(1) if found else "?"


def isolated_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RISKAPP_")}
    for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        env[name] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUTF8"] = "1"
    return env


class Runner:
    def __init__(self, bin_dir: Path, env: dict[str, str]) -> None:
        self.bin_dir = bin_dir
        self.env = env

    def call(
        self, exe: str, *args: str, stdin: str = "", timeout: int = 600
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin_dir / (exe + EXE)), *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            timeout=timeout,
            check=False,
        )

    def run(
        self, exe: str, *args: str, stdin: str = "", timeout: int = 600
    ) -> subprocess.CompletedProcess[str]:
        """Run ``exe`` from the bundle; StepError (with its output) unless it exits 0."""
        started = time.monotonic()
        result = self.call(exe, *args, stdin=stdin, timeout=timeout)
        shown = " ".join([exe, *(a if len(a) < 40 else "..." for a in args)])
        if result.returncode != 0:
            raise StepError(
                f"{shown}: exit {result.returncode}\n"
                f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
            )
        print(f"  ok  {shown}  ({time.monotonic() - started:.1f} s)", flush=True)
        return result

    @staticmethod
    def vault_args(vault: Path) -> list[str]:
        return ["--vault", str(vault), "--user", USER, "--passphrase-stdin"]

    def vault(self, *args: str, vault: Path, stdin_lines: int = 1) -> str:
        """A vault command as USER; stdin holds the passphrase ``stdin_lines`` times."""
        stdin = "".join(PASSPHRASE + "\n" for _ in range(stdin_lines))
        return self.run("riskapp", *args, *self.vault_args(vault), stdin=stdin).stdout


def check_layout(bundle: Path, bin_dir: Path) -> None:
    for exe in ("riskapp", "riskapp-gui"):
        if not (bin_dir / (exe + EXE)).is_file():
            raise StepError(f"missing executable {exe + EXE} in {bin_dir}")
    if not any(bundle.rglob("THIRD_PARTY_LICENSES.md")):
        raise StepError("no LICENSES/THIRD_PARTY_LICENSES.md in the bundle")
    bad = sorted(str(p.relative_to(bundle)) for p in bundle.rglob("*") if FORBIDDEN.search(p.name))
    if bad:
        raise StepError("the bundle holds files it must not:\n  " + "\n  ".join(bad[:20]))
    print("  ok  layout: both executables, licence notices, no network or test modules")


def cli_flow(runner: Runner, work: Path) -> None:
    vault = work / "smoke.riskvault"
    out = runner.vault("vault", "init", "--organisation", "Röktest", vault=vault, stdin_lines=2)
    if "återställningsnyckel" not in out.lower() and "recovery" not in out.lower():
        raise StepError(f"vault init printed no recovery key line:\n{out}")
    runner.vault("demo-data", "--clients", "6", "--seed", "3", vault=vault)
    listed = json.loads(runner.vault("clients", "list", "--json", vault=vault))
    pnrs = [row["personnummer"] for row in listed] if isinstance(listed, list) else []
    if not pnrs:
        raise StepError(f"clients list --json gave no clients: {listed!r}")
    pdf = work / "plan.pdf"
    for pnr in pnrs:  # not every synthetic client has a safety plan
        plan = ["plan-pdf", "--client", pnr, "--out", str(pdf), *runner.vault_args(vault)]
        if runner.call("riskapp", *plan, stdin=PASSPHRASE + "\n").returncode == 0:
            break
    else:
        raise StepError("plan-pdf failed for every demo client")
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise StepError("plan-pdf wrote no PDF")
    print("  ok  riskapp plan-pdf --client <a demo client with a plan>", flush=True)
    # The last twelve months (demo data is recent): a PDF table has one column per month.
    today = date.today()
    since = (today - timedelta(days=365)).isoformat()
    for fmt in ("csv", "xlsx", "pdf"):
        target = work / f"stats.{fmt}"
        stats = ["stats", "--from", since, "--to", today.isoformat(), "--format", fmt]
        runner.vault(*stats, "--out", str(target), "--by", "sex,age", vault=vault)
        if not target.is_file() or target.stat().st_size == 0:
            raise StepError(f"stats --format {fmt} wrote nothing")
    with (work / "stats.csv").open(encoding="utf-8-sig", newline="") as handle:
        if not list(csv.reader(handle, delimiter=";")):
            raise StepError("stats.csv is empty")
    runner.vault("vault", "verify", vault=vault)


def gui(runner: Runner, work: Path) -> None:
    vault = work / "smoke.riskvault"
    result = runner.run("riskapp-gui", "--vault", str(vault), "--smoke-test", timeout=180)
    if sys.platform != "win32" and "smoke test ok" not in result.stderr:
        raise StepError(f"riskapp-gui --smoke-test said:\n{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build and smoke-test the desktop bundle.")
    parser.add_argument("--no-build", action="store_true", help="test the existing build")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "riskapp")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.no_build:
        print("building the bundle ...", flush=True)
        subprocess.run([sys.executable, str(HERE / "build.py"), "--clean"], check=True)
    bundle = args.bundle
    bin_dir = bundle
    app = bundle.parent / "riskapp.app"
    if sys.platform == "darwin" and app.is_dir():
        bundle = app
        bin_dir = app / "Contents" / "MacOS"
    with tempfile.TemporaryDirectory(prefix="riskapp-smoke-") as tmp:
        work = Path(tmp)
        (work / "home").mkdir()
        runner = Runner(bin_dir, isolated_env(work / "home"))
        try:
            check_layout(bundle, bin_dir)
            runner.run("riskapp", "--help")
            shown = runner.run("riskapp", "--version").stdout.strip()
            if shown != f"riskapp {version()}":
                raise StepError(f"--version says {shown!r}, the package is {version()}")
            runner.run("riskapp", "forms", "check")
            cli_flow(runner, work)
            gui(runner, work)
        except (StepError, subprocess.TimeoutExpired) as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"bundle smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
