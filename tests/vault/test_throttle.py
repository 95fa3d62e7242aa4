"""Failed unlocks are throttled with a growing delay that survives a new process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from riskapp.vault import UnlockThrottled, Vault, WrongPassphrase
from riskapp.vault.throttle import MAX_DELAY, delay_after
from tests.vault.conftest import LEADER, VaultFiles


def test_delay_grows_and_is_capped() -> None:
    assert [delay_after(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert delay_after(100) == MAX_DELAY


def _fail(vault: VaultFiles, times: int) -> None:
    for _ in range(times):
        vault.clock.advance(seconds=MAX_DELAY)  # wait out any delay before each try
        with pytest.raises(WrongPassphrase):
            vault.open(LEADER, "det här är fel lösenord")


def test_fourth_attempt_waits_and_right_passphrase_is_also_refused(vault: VaultFiles) -> None:
    _fail(vault, 3)
    with pytest.raises(UnlockThrottled) as err:
        vault.open()
    assert err.value.retry_after == pytest.approx(2.0)
    assert Vault.throttle_remaining(vault.path, vault.clock) == pytest.approx(2.0)
    vault.clock.advance(seconds=2.5)
    vault.open().close()
    assert Vault.throttle_remaining(vault.path, vault.clock) == 0


def test_throttle_survives_a_new_process(vault: VaultFiles) -> None:
    _fail(vault, 5)
    code = (
        "import sys\nfrom pathlib import Path\nfrom datetime import datetime\n"
        "from riskapp.domain.clock import FixedClock\n"
        "from riskapp.vault import Vault, UnlockThrottled\n"
        "clock = FixedClock(datetime.fromisoformat(sys.argv[2]))\n"
        "try:\n    Vault.open(Path(sys.argv[1]), 'anna', 'lång lösenfras för anna', clock=clock)\n"
        "except UnlockThrottled as e:\n    print(round(e.retry_after))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(vault.path), vault.clock.now().isoformat()],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.strip() == "8"
