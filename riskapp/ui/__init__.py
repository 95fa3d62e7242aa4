"""PySide6 widgets, Qt item models, dialogs and the idle lock. Thin: calls services/vault/domain.

PySide6 is pinned below 6.12 in pyproject.toml: 6.12.0 corrupts the reference counts of
None/True/False on Python 3.11 and the process aborts after a few thousand Qt calls.
"""
