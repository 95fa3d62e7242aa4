"""Where riskapp keeps files: platform directories (platformdirs) and shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "riskapp"
PACKAGE_ROOT = Path(__file__).resolve().parent
#: Shipped data directories. In a source checkout (pip install -e) they sit beside the
#: package; in a wheel they are installed as riskapp/_data/{forms,resources}.
_REPO_ROOT = PACKAGE_ROOT.parent


def _data_dir(name: str) -> Path:
    bundled = PACKAGE_ROOT / "_data" / name
    return bundled if bundled.is_dir() else _REPO_ROOT / name


def forms_dir() -> Path:
    """The shipped forms/ directory."""
    return _data_dir("forms")


def resources_dir() -> Path:
    """The shipped resources/ directory (fonts, translations, icons, styles)."""
    return _data_dir("resources")


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    """$RISKAPP_VAULT if set, else <user data dir>/riskapp.riskvault."""
    env = os.environ.get("RISKAPP_VAULT")
    if env:
        return Path(env)
    return user_data_dir() / "riskapp.riskvault"
