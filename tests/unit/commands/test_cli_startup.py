"""Starting the CLI imports nothing heavy: the handlers import the vault, reports, forms
loader and Qt when they run (riskapp.cli imports every command module plainly)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "PySide6",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "reportlab",
    "openpyxl",
    "pikepdf",
    "pypdfium2",
    "yaml",
    "pydantic",
)
LAYERS_LOADED_LATE = ("riskapp.ui", "riskapp.vault", "riskapp.services", "riskapp.reports")


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_importing_the_cli_loads_no_heavy_library_and_no_lower_layer() -> None:
    modules = _modules_after("import riskapp.cli")
    assert "riskapp.commands.vault_cmds" in modules  # the handlers are plain imports
    assert sorted(m for m in modules if m.split(".")[0] in HEAVY) == []
    assert sorted(m for m in modules if m.startswith(LAYERS_LOADED_LATE)) == []


def test_a_command_that_needs_no_vault_loads_none() -> None:
    modules = _modules_after(
        "import io\n"
        "from riskapp.cli import Console, main\n"
        "assert main(['pnr', '19121212-1212'], Console(stdout=io.StringIO())) == 0\n"
    )
    assert sorted(m for m in modules if m.split(".")[0] in HEAVY) == []
