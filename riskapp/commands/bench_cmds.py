"""``riskapp bench``: measure every hot path against its floor (issue 15).

Builds a seeded vault of ``--scale`` clients in a temporary directory, measures each row
and its floor interleaved over at least five rounds, and prints medians, floors and
ratios, or with ``--json`` a list of ``{"name", "value", "unit", "floor", "floor_value",
"ratio", "target"}``. The bench package is imported when the command runs (start-up
speed: ``riskapp.cli`` imports this module). Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json

from riskapp.commands.console import EXIT_OK, Console


def bench(args: argparse.Namespace, console: Console) -> int:
    from riskapp.bench.measure import table
    from riskapp.bench.run import SCALES, run_bench

    results = run_bench(
        SCALES[args.scale],
        say=lambda text: console.err(f"bench: {text}"),
    )
    if args.json:
        console.out(json.dumps([r.to_json() for r in results], indent=2))
    else:
        console.out(table(results))
    return EXIT_OK
