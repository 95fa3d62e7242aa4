"""Process hardening that every entry point applies first (docs/DESIGN.md §7, T8).

A core dump of a riskapp process can hold the data key, the passphrase and client data
(a crash during ``demo-data`` once left a 63 MB core with all three), so the GUI and every
CLI command turn core dumps off before doing anything else.
"""

from __future__ import annotations

import contextlib
import sys

if sys.platform != "win32":  # POSIX only; Windows writes no core files of this kind
    import resource


def disable_core_dumps() -> None:
    """Set RLIMIT_CORE to 0 (soft and hard, so a child cannot raise it again).

    Windows has no ``resource`` module and writes no core files of this kind.
    """
    if sys.platform == "win32":
        return
    # A platform that refuses: nothing more can be done from here.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
