"""The one way a UI action runs a use case and presents its failure (Anki's ``aqt/operations``).

A slot wraps the service or vault call in ``operation(parent)``; a ``RiskappError`` raised
inside the block ends it, and is shown through the single translator
(``riskapp.ui.common.errors.show_error``) or handed to ``on_error`` when the place words
it inline (the unlock screen, a wizard's status line) or keeps the user's input. Afterwards
``op.failed`` says whether to go on::

    with operation(self) as op:
        users_svc.remove_user(self.session, name)
    if op.failed:
        return

``run_operation`` is the same for a single call that returns a value. Bugs (any other
exception) are not caught here: they are not expected failures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from riskapp.domain.errors import RiskappError
from riskapp.ui.common.errors import show_error

T = TypeVar("T")

#: Presents a failure instead of the error dialog (gets the error).
ErrorHandler = Callable[[RiskappError], None]


class Operation:
    """The outcome of an ``operation()`` block: the error it ended with, if any."""

    def __init__(self) -> None:
        self.error: RiskappError | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


def keep_quiet(_exc: RiskappError) -> None:
    """``on_error`` for reads whose failure the caller replaces by a fallback value (an
    overview without the forms list, say): no dialog, nothing logged."""


@contextmanager
def operation(
    parent: QWidget | None, *, on_error: ErrorHandler | None = None
) -> Iterator[Operation]:
    """Run the block; on ``RiskappError`` stop it and present the error.

    ``on_error`` replaces the error dialog (``show_error(parent, exc)``) when given.
    """
    outcome = Operation()
    try:
        yield outcome
    except RiskappError as exc:
        outcome.error = exc
        if on_error is None:
            show_error(parent, exc)
        else:
            on_error(exc)


def run_operation(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_error: ErrorHandler | None = None,
) -> Operation:
    """``call()`` inside ``operation(parent, on_error=...)``; ``on_success`` gets its result
    when it did not fail. Returns the outcome."""
    with operation(parent, on_error=on_error) as outcome:
        result = call()
    if not outcome.failed and on_success is not None:
        on_success(result)
    return outcome
