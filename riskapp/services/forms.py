"""The form registry the application uses: the shipped forms plus an organisation's own.

The domain's ``FormRegistry`` loads whatever directories it is given; this is where the
application decides which ones (``riskapp.paths.forms_dir()`` for the shipped forms), so
the domain layer never resolves a platform directory itself.
"""

from __future__ import annotations

from pathlib import Path

from riskapp.domain.forms.registry import FormRegistry
from riskapp.paths import forms_dir


def shipped_registry(extra_dir: Path | None = None, *, strict: bool = True) -> FormRegistry:
    """The shipped forms (``riskapp.paths.forms_dir()``), plus ``extra_dir`` if given."""
    dirs = [forms_dir()]
    if extra_dir is not None:
        dirs.append(Path(extra_dir))
    return FormRegistry(dirs, strict=strict)
