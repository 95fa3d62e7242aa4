"""PySide6 widgets, Qt item models, dialogs and the idle lock. Thin: calls services/vault/domain."""

import sys


def _reserve_none_references() -> None:
    """Work around PySide6 6.12 on Python 3.11: void Qt methods drop a reference to None.

    Shiboken 6.12 returns ``None`` from void methods without a new reference (correct only
    on Python 3.12+, where None is immortal). On 3.11 every such call lowers None's
    reference count by one, and after a few thousand calls (one busy form page) the
    interpreter aborts with "none_dealloc: deallocating None". Giving None a large reserve
    of references keeps it alive for ~10^12 calls; None is never freed anyway, so the extra
    count is harmless. Remove when PySide6 is fixed or Python 3.12+ is required.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_reserve_none_references()
