"""Errors and problem reports of the forms package.

``Problem`` is one finding about a form file (``path:line: message``); the loader collects
every problem of a file before it gives up, so an author sees all of them at once.
``FormError`` carries such a list. ``ConditionSyntaxError`` reports a ``visible_if``
expression that does not parse, with the 1-based column. ``FormNotFound`` is raised by
the registry for an unknown form id or version.

Each problem has a stable ``code`` and ``params`` (riskapp.messages words them in Swedish
and English for the command line); ``message`` is the English developer wording.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from riskapp.domain.errors import DomainError


@dataclass(frozen=True)
class Problem:
    """One problem found in a form file.

    ``line`` is 1-based; 0 means the problem concerns the whole file (unreadable, missing).
    """

    path: Path
    line: int
    message: str
    code: str = "form_problem"
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        if self.line > 0:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}: {self.message}"


class FormError(DomainError):
    """A form file (or a set of them) is invalid; ``problems`` lists every finding."""

    code = "form_invalid"

    def __init__(self, problems: Sequence[Problem], *, code: str | None = None) -> None:
        self.problems: list[Problem] = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid form"
        more = len(self.problems) - 1
        message = first if more <= 0 else f"{first} (and {more} more problem(s))"
        super().__init__(message, code=code, count=len(self.problems))


class FormNotFound(DomainError):  # noqa: N818 (named like VaultDamaged, WrongPassphrase)
    """The registry has no form with this id (and version)."""

    code = "form_not_found"

    def __init__(self, form_id: str, version: int | None = None) -> None:
        if version is None:
            super().__init__(f"no form {form_id!r}", form_id=form_id, version="")
        else:
            super().__init__(
                f"no form {form_id!r} version {version}", form_id=form_id, version=version
            )


class ConditionSyntaxError(DomainError):
    """A ``visible_if`` expression does not parse; ``column`` is 1-based."""

    code = "condition_syntax"

    def __init__(self, detail: str, column: int) -> None:
        super().__init__(f"column {column}: {detail}", detail=detail, column=column)
        self.detail = detail
        self.column = column
