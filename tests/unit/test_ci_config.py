"""CI checks what it says: every module but the UI is type-checked, and `.ci/run` runs
the static checks before README's test command, verbatim."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import riskapp

REPO = Path(riskapp.__file__).resolve().parent.parent


def _modules() -> set[str]:
    names = set()
    for path in (REPO / "riskapp").rglob("*.py"):
        parts = path.relative_to(REPO).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_mypy_covers_every_module_but_the_ui() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    packages = config.get("packages", [])
    listed = set(config.get("modules", []))

    def covered(name: str) -> bool:
        return name in listed or any(name == p or name.startswith(p + ".") for p in packages)

    unchecked = sorted(m for m in _modules() if not covered(m) and not m.startswith("riskapp.ui"))
    assert unchecked == []


def test_mypy_covers_the_ui_too() -> None:
    """The UI is strict-clean (issue 11): it is checked like every other package."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    packages = config.get("packages", [])
    ui = sorted(m for m in _modules() if m.startswith("riskapp.ui"))
    assert ui
    assert all(any(m == p or m.startswith(p + ".") for p in packages) for m in ui)


def _readme_test_command() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    after = readme.split("run the whole test suite (this is what `.ci/run` runs):", 1)[1]
    block = re.search(r"```sh\n(.+?)\n```", after, re.S)
    assert block is not None
    command = block.group(1).strip()
    assert "\n" not in command  # one line that works on a fresh machine
    return command


def test_ci_runs_the_checks_then_readmes_test_command_verbatim() -> None:
    lines = [line.strip() for line in (REPO / ".ci" / "run").read_text().splitlines()]
    command = _readme_test_command()
    test_step = [i for i, line in enumerate(lines) if line.startswith(command)]
    assert len(test_step) == 1
    for check in (
        ".venv/bin/ruff check riskapp tests",
        ".venv/bin/ruff format --check riskapp tests",
        ".venv/bin/mypy",
    ):
        assert check in lines
        assert lines.index(check) < test_step[0], check
    assert "set -euo pipefail" in lines
