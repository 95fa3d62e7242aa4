"""Base errors. Every error the project raises on purpose derives from ``RiskappError``.

Each carries a stable ``code`` and ``params`` (values safe to show: never personal data).
``riskapp.messages`` words codes for people (Swedish and English); the UI translates at
its edge. ``str(exc)`` is an English developer message without personal data.
"""

from __future__ import annotations

from typing import Any


class RiskappError(Exception):
    """An expected failure (bad input, refused action, environment), not a bug."""

    code: str = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **params: Any) -> None:
        super().__init__(message or self.code)
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = params


class DomainError(RiskappError):
    """A domain rule was violated (invalid personnummer, incomplete assessment, ...)."""

    code = "domain_error"
