"""Every entry point turns core dumps off first (a core holds keys and client data).

Checked in a child process that first allows core dumps, then runs the entry point and
reports its RLIMIT_CORE: ``riskapp.cli:main`` (the ``riskapp`` console script) and
``python -m riskapp``, also when argparse exits early (``--version``, bad usage).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

resource = pytest.importorskip("resource")

_CHILD = r"""
import resource, runpy, sys
# Allow core dumps first: unlimited where permitted (root; an earlier in-process test may
# have lowered the hard limit of the test run), else up to the hard limit.
hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
for limit in (resource.RLIM_INFINITY, hard):
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (limit, limit))
        break
    except (ValueError, OSError):
        pass
if resource.getrlimit(resource.RLIMIT_CORE)[0] == 0:
    print("cannot-observe")
    sys.exit(0)
how, argv = sys.argv[1], sys.argv[2:]
try:
    if how == "module":
        sys.argv = ["riskapp", *argv]
        runpy.run_module("riskapp", run_name="__main__")
    else:
        from riskapp.cli import main
        main(argv)
except SystemExit:
    pass
print("core", resource.getrlimit(resource.RLIMIT_CORE))
"""


@pytest.mark.parametrize("how", ["main", "module"])
@pytest.mark.parametrize(
    "argv", [["pnr", "19121212-1212"], ["--version"], ["users", "add"]], ids=str
)
def test_entry_points_disable_core_dumps_first(how: str, argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, how, *argv],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    last = result.stdout.strip().splitlines()[-1]
    if last == "cannot-observe":
        pytest.skip("the hard RLIMIT_CORE is 0 here: nothing to observe")
    assert last == "core (0, 0)", result.stderr
