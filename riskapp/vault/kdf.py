"""Passphrase stretching: Argon2id parameters and key derivation (argon2-cffi low level).

Production parameters were tuned on the 2-core CI/dev machine to roughly 0.5-1 s per
unlock (see ``KdfParams()`` defaults and the benchmark in tests/benchmarks). 64 MiB is the
floor for any slot created outside tests; ``KdfParams.fast()`` is the one explicit way to go
below it, for test suites only, and marks itself ``testing=True``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from argon2.low_level import Type, hash_secret_raw

#: Never create a production slot with less memory than this (KiB): 64 MiB.
MIN_MEMORY_KIB = 64 * 1024
#: The ceiling: parameters above it are refused before any derivation (an edited slot file
#: must not make an unlock hang or exhaust memory): 1 GiB, t <= 16, p <= 16.
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 16
MAX_PARALLELISM = 16
KEY_BYTES = 32


_test_parameters_allowed = False


def test_parameters_allowed() -> bool:
    """True once this process called ``KdfParams.fast()`` (a test suite). Only then does a
    slot file's ``testing`` mark count: the build's floor never comes from a file."""
    return _test_parameters_allowed


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters. Defaults: t=4, m=256 MiB, p=4 (about 0.6 s here)."""

    time_cost: int = 4
    memory_kib: int = 256 * 1024
    parallelism: int = 4
    #: Set only by ``fast()``: allows memory below the production floor.
    testing: bool = field(default=False, compare=False)

    @classmethod
    def fast(cls) -> KdfParams:
        """Cheap parameters for test suites (8 MiB, t=1). Never use in production.

        Calling it marks the process as a test process (``test_parameters_allowed``)."""
        global _test_parameters_allowed  # noqa: PLW0603 -- one explicit process-wide switch
        _test_parameters_allowed = True
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1, testing=True)

    for_tests = fast

    def check_for_new_slot(self) -> None:
        """Raise ValueError when these parameters are too weak for a new slot."""
        if self.memory_kib < MIN_MEMORY_KIB and not self.testing:
            raise ValueError("Argon2 memory below the 64 MiB production floor")
        if self.time_cost < 1 or self.parallelism < 1:
            raise ValueError("Argon2 time cost and parallelism must be at least 1")
        self.check_readable()

    def for_new_slot(self) -> KdfParams:
        """These parameters raised to the build's floor (``MIN_MEMORY_KIB``) unless they are
        test parameters in a test process: what a new slot takes from ``new_slot_kdf``."""
        if self.testing and test_parameters_allowed():
            return self
        return KdfParams(
            time_cost=max(self.time_cost, 1),
            memory_kib=max(self.memory_kib, MIN_MEMORY_KIB),
            parallelism=max(self.parallelism, 1),
        )

    def check_readable(self) -> None:
        """Raise ValueError for parameters no sane slot file holds (edited file, DoS)."""
        if not (
            1 <= self.time_cost <= MAX_TIME_COST
            and 1 <= self.parallelism <= MAX_PARALLELISM
            and 8 <= self.memory_kib <= MAX_MEMORY_KIB
        ):
            raise ValueError("Argon2 parameters out of range")

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "t": self.time_cost,
            "m": self.memory_kib,
            "p": self.parallelism,
            "testing": self.testing,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        if not isinstance(data, dict) or data.get("alg") != "argon2id":
            raise ValueError("unknown KDF")
        t, m, p = data.get("t"), data.get("m"), data.get("p")
        if not (isinstance(t, int) and isinstance(m, int) and isinstance(p, int)) or any(
            isinstance(v, bool) for v in (t, m, p)
        ):
            raise ValueError("bad KDF parameters")
        params = cls(
            time_cost=t, memory_kib=m, parallelism=p, testing=bool(data.get("testing", False))
        )
        params.check_readable()
        return params


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """A 256-bit key-encryption key from ``passphrase`` (UTF-8, NFC as typed)."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def burn_kdf(params: KdfParams) -> None:
    """Spend one KDF run on nothing: unknown user names take as long as known ones."""
    derive_kek("x", os.urandom(16), params)
