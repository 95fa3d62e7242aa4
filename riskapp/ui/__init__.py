"""PySide6 widgets, Qt item models, dialogs and the idle lock. Thin: calls services/vault/domain."""

import sys


def _reserve_singleton_references() -> None:
    """Work around PySide6 6.12 on Python 3.11: Qt calls drop references to None/True/False.

    Shiboken 6.12 returns ``None`` from void methods without a new reference (correct only
    on Python 3.12+, where None is immortal). On 3.11 every such call lowers None's
    reference count by one, and after a few thousand calls (one busy form page) the
    interpreter aborts with "none_dealloc: deallocating None" (some bool-returning paths do
    the same to True/False: "bool_dealloc"). Giving these singletons a large reserve of
    references keeps them alive for ~10^12 calls; they are never freed anyway, so the extra
    count is harmless. Remove when PySide6 is fixed or Python 3.12+ is required.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_reserve_singleton_references()
