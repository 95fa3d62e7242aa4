"""Errors of the forms package.

``FormError`` carries a list of ``Problem`` (``problems.py``): every finding about a form
file, or a set of them. ``ConditionSyntaxError`` reports a ``visible_if``
expression that does not parse, with the 1-based column. ``FormNotFound`` is raised by
the registry for an unknown form id or version.
"""

from __future__ import annotations

from collections.abc import Sequence

from riskapp.domain.errors import DomainError
from riskapp.domain.forms.problems import Problem


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
