"""Shared fixtures. Qt runs offscreen; QSettings and data dirs are isolated per test run."""

from __future__ import annotations

import os
import sys

import pytest

import riskapp.hardening

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real user's data and settings directories."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("RISKAPP_VAULT", raising=False)


if sys.platform != "win32":
    import resource

    class _SoftCoreLimitOnly:
        """Stands in for ``resource`` in riskapp.hardening while tests call entry points in
        process: it lowers only the soft core limit. Lowering the hard limit of the test
        run for good would leave tests/unit/commands/test_core_dumps.py nothing to observe
        in its child processes, which run the real ``disable_core_dumps``."""

        RLIMIT_CORE = resource.RLIMIT_CORE

        @staticmethod
        def setrlimit(which: int, limits: tuple[int, int]) -> None:
            resource.setrlimit(which, (limits[0], resource.getrlimit(which)[1]))

    @pytest.fixture(autouse=True)
    def _core_dump_hard_limit_kept(monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(riskapp.hardening, "resource", _SoftCoreLimitOnly)
