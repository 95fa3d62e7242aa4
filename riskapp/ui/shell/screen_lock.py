"""ScreenLockWatcher: emits ``screen_locked`` when the desktop's screen locker activates (T2).

Where the platform reports it: on Linux desktops the session D-Bus signal
``ActiveChanged(bool)`` of ``org.freedesktop.ScreenSaver`` (KDE, Xfce, ...) and
``org.gnome.ScreenSaver`` (GNOME). ``QGuiApplication.applicationStateChanged`` is *not* a
screen lock (it fires on every window switch), so it is not used. Windows
(``WTSRegisterSessionNotification``) and macOS (``com.apple.screenIsLocked``) are not
implemented yet; ``available`` is False there and the settings dialog says so.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

_SERVICES = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    #: The screen locker became active.
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = False
        if sys.platform.startswith("linux"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path, interface in _SERVICES:
            if bus.connect(  # type: ignore[call-overload]  # stub lacks the SLOT-string overload
                service, path, interface, "ActiveChanged", self, SLOT("_on_active_changed(bool)")
            ):
                self.available = True

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
