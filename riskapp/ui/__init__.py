"""PySide6 widgets, Qt item models, dialogs and the idle lock. Thin: calls services/vault/domain."""
