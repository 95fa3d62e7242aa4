"""Build the riskapp desktop bundle with PyInstaller (README "Building the desktop bundle").

    .venv/bin/python resources/packaging/build.py              # Linux, macOS
    .venv\\Scripts\\python resources\\packaging\\build.py       # Windows

Needs the `bundle` extra (`pip install -e '.[bundle]'`). Writes dist/riskapp/ (one folder:
riskapp-gui, riskapp, _internal/, LICENSES/) and on macOS dist/riskapp.app; intermediate
files go to build/pyinstaller/. Options: ``--archive`` also writes
dist/riskapp-<version>-<platform>.zip (Windows) or .tar.gz (elsewhere) for distribution;
``--clean`` empties PyInstaller's cache first. Prints the build time and the folder's size.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = HERE / "riskapp.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "riskapp"


def version() -> str:
    text = (ROOT / "riskapp" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    return found.group(1) if found else "0"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive(bundle: Path) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = DIST / f"riskapp-{version()}-{system}-{platform.machine().lower()}"
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=bundle.parent, base_dir=bundle.name))


def build(clean: bool = False) -> float:
    """Run PyInstaller on the spec; returns the build time in seconds."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
    ]
    if clean:
        command.append("--clean")
    started = time.monotonic()
    subprocess.run([*command, str(SPEC)], cwd=ROOT, check=True)
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the riskapp desktop bundle.")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--archive", action="store_true", help="also write a .zip/.tar.gz")
    args = parser.parse_args(argv)
    seconds = build(clean=args.clean)
    size = folder_size(BUNDLE)
    print(f"built {BUNDLE} in {seconds:.0f} s: {size / 1e6:.0f} MB")
    if args.archive:
        started = time.monotonic()
        out = archive(BUNDLE)
        took = time.monotonic() - started
        print(f"archived {out} in {took:.0f} s: {out.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
