"""Base errors. Every error the project raises on purpose derives from ``RiskappError``.

Each carries a stable ``code`` and ``params`` (values safe to show: never personal data).
The codes an error class may carry are declared on the class itself: ``code`` (the
default) and ``other_codes`` (the more precise codes its raisers pass as ``code=``).
Each presenter words every code in its one catalogue: ``riskapp.messages`` for the
command line (Swedish and English), ``riskapp.ui.common.errors`` for the GUI (translated with
Qt). ``tests/unit/test_error_codes.py`` finds every code raised anywhere and fails when
one is undeclared or a presenter has no words for it. ``str(exc)`` is an English
developer message without personal data.
"""

from __future__ import annotations

from typing import Any, ClassVar


class RiskappError(Exception):
    """An expected failure (bad input, refused action, environment), not a bug."""

    code: str = "error"
    #: Codes this class may carry besides ``code`` (passed as ``code=`` where it is
    #: raised). Each class declares its own: a subclass does not inherit them.
    other_codes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, message: str = "", *, code: str | None = None, **params: Any) -> None:
        super().__init__(message or self.code)
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = params

    @classmethod
    def declared_codes(cls) -> frozenset[str]:
        """Every code an instance of exactly this class may carry."""
        return frozenset({cls.code, *cls.__dict__.get("other_codes", ())})


class DomainError(RiskappError):
    """A domain rule was violated (invalid personnummer, incomplete assessment, ...)."""

    code = "domain_error"
