"""``AppContext``: what the main window needs from outside (vault path, settings, clock,
demo credentials, form registry factory, language), injected so tests can build it in
``tmp_path``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from riskapp.domain.clock import Clock, SystemClock
from riskapp.ui.shell.settings import AppSettings

if TYPE_CHECKING:  # the registry (YAML + pydantic) is imported after start-up
    from riskapp.domain.forms.registry import FormRegistry


@dataclass
class AppContext:
    """What the window needs from outside: injected so tests can build it in tmp_path."""

    vault_path: Path
    settings: AppSettings
    clock: Clock = field(default_factory=SystemClock)
    #: (username, passphrase) of a throwaway demo vault, shown on the unlock screen.
    demo_credentials: tuple[str, str] | None = None
    #: Builds the form registry (extra forms dir from settings); replaceable in tests.
    registry_factory: Callable[[Path | None], FormRegistry] | None = None
    language: str = "sv"
    #: Makes the idle-lock and clipboard-clearing timers; tests pass a manual clock's.
    make_timer: Callable[[], QTimer] = QTimer
