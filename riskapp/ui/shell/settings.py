"""The one typed wrapper around QSettings: per-machine preferences, keys and defaults in one table.

What lives here: window geometry, language, the last vault path, a cache of the idle-lock
minutes (so the unlock screen can lock itself before a vault is open), the organisation's
extra forms directory and whether to lock when the screen locks.

What never lives here (STYLE.md, DESIGN.md T1/T8): passphrases, recovery keys, user names
of the vault, client data or search text. Vault-wide settings are in the vault
(``riskapp.services.settings``), not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from riskapp import config


@dataclass(frozen=True)
class Key:
    """One setting: its QSettings key, Python type and default."""

    name: str
    type: type
    default: Any


#: Every per-machine setting. Add new keys here only.
KEYS: dict[str, Key] = {
    "window_geometry": Key("window/geometry", QByteArray, QByteArray()),
    "window_state": Key("window/state", QByteArray, QByteArray()),
    "language": Key("ui/language", str, "sv"),
    "last_vault_path": Key("vault/last_path", str, ""),
    "idle_minutes_cache": Key("lock/idle_minutes_cache", int, 5),
    "lock_on_screen_lock": Key("lock/on_screen_lock", bool, True),
    # Also read without Qt by the command line (riskapp.config).
    "forms_dir": Key(config.FORMS_DIR_KEY, str, ""),
}

LANGUAGES = ("sv", "en")


class AppSettings:
    """Typed access to ``KEYS``. Pass ``path`` for an isolated INI file (tests, portable use)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "riskapp", "riskapp"
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str) -> object:
        spec = KEYS[key]
        value: object = self._qs.value(spec.name, spec.default)
        if value is None:
            return spec.default
        if spec.type is bool:
            if isinstance(value, str):
                return value.lower() in ("true", "1", "yes")
            return bool(value)
        if spec.type is int:
            try:
                return int(value)  # type: ignore[call-overload]  # INI values: str or int
            except (TypeError, ValueError):
                return spec.default
        if spec.type is QByteArray:
            if isinstance(value, QByteArray):
                return value
            if isinstance(value, str):
                value = value.encode("latin-1", "replace")
            return QByteArray(value) if isinstance(value, bytes) else QByteArray()
        return str(value)

    def _bytes(self, key: str) -> QByteArray:
        value = self._get(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def _int(self, key: str) -> int:
        value = self._get(key)
        return value if isinstance(value, int) else int(KEYS[key].default)

    def _bool(self, key: str) -> bool:
        return bool(self._get(key))

    def _set(self, key: str, value: Any) -> None:
        self._qs.setValue(KEYS[key].name, value)

    def sync(self) -> None:
        self._qs.sync()

    # --- typed properties -----------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray:
        return self._bytes("window_geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window_geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window_state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window_state", value)

    @property
    def language(self) -> str:
        value = str(self._get("language"))
        return value if value in LANGUAGES else "sv"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._set("language", value)

    @property
    def last_vault_path(self) -> Path | None:
        value = self._get("last_vault_path")
        return Path(str(value)) if value else None

    @last_vault_path.setter
    def last_vault_path(self, value: Path | None) -> None:
        self._set("last_vault_path", str(value) if value else "")

    @property
    def idle_minutes_cache(self) -> int:
        return max(1, self._int("idle_minutes_cache"))

    @idle_minutes_cache.setter
    def idle_minutes_cache(self, value: int) -> None:
        self._set("idle_minutes_cache", int(value))

    @property
    def lock_on_screen_lock(self) -> bool:
        return self._bool("lock_on_screen_lock")

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, value: bool) -> None:
        self._set("lock_on_screen_lock", bool(value))

    @property
    def forms_dir(self) -> Path | None:
        value = self._get("forms_dir")
        return Path(str(value)) if value else None

    @forms_dir.setter
    def forms_dir(self, value: Path | None) -> None:
        self._set("forms_dir", str(value) if value else "")
