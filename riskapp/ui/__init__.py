"""PySide6 widgets, Qt item models, dialogs and the idle lock. Thin: calls services/domain.

By feature: ``shell`` (start-up, main window, unlock, setup, settings, idle and screen
lock), ``clients``, ``assessment``, ``plans``, ``printouts`` and ``team``; shared parts in
``common`` (the dialogs seam, the one table model ``record_model``, the one error route
``operations``, the error words ``errors``, translations ``i18n``). Features import
``common`` and each other downwards; only ``shell`` imports every feature (on first use,
so the unlock screen appears quickly).

PySide6 is pinned below 6.12 in pyproject.toml: 6.12.0 corrupts the reference counts of
None/True/False on Python 3.11 and the process aborts after a few thousand Qt calls.
"""
