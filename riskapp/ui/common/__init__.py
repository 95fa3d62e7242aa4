"""Shared UI parts: the dialogs seam, the error translator, the record table model,
the operations helper, translations and the sensitive clipboard."""
