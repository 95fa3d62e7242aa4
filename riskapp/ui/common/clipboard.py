"""SensitiveClipboard: put text on the clipboard with "sensitive" hints and clear it later (T8).

Like KeePassXC's ``Clipboard``: the MIME data carries the platform hints that ask clipboard
managers not to record it (KDE ``x-kde-passwordManagerHint``, macOS concealed type, Windows
``ExcludeClipboardContentFromMonitorProcessing`` / ``CanIncludeInClipboardHistory``), and a
timer clears the clipboard after 30 s, but only if it still holds our text (the user may
have copied something else meanwhile, which we must not destroy).

The clearing timer is a seam: pass ``timer=`` (a ``QTimer`` or a subclass) and tests drive
it with a manually advanced clock instead of waiting on the wall clock.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_MS = 30_000

_HINTS: tuple[tuple[str, bytes], ...] = (
    ("x-kde-passwordManagerHint", b"secret"),
    ("application/x-nspasteboard-concealed-type", b"secret"),
    (
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
        b"\x01\x00\x00\x00",
    ),
    ('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"', b"\x00\x00\x00\x00"),
    ('application/x-qt-windows-mime;value="CanUploadToCloudClipboard"', b"\x00\x00\x00\x00"),
)


class SensitiveClipboard(QObject):
    #: The clipboard was cleared by us (timer or ``clear_now``).
    cleared = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clear_after_ms: int = DEFAULT_CLEAR_MS,
        timer: QTimer | None = None,
    ) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = timer if timer is not None else QTimer()
        self._timer.setParent(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    def set_text(self, text: str) -> None:
        """Copy ``text`` with sensitivity hints; schedule clearing."""
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in _HINTS:
            mime.setData(fmt, QByteArray(value))
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._text = text
        self._timer.start()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds our text; forget our text either way."""
        self._timer.stop()
        if self._text is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._text:
            clipboard.clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        self._text = None
