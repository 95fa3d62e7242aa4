"""Errors raised by the vault. Each has a stable ``code`` worded in ``riskapp.messages``.

Messages and params never carry personal data (no client names, no personnummer, no
passphrases); at most a file path the user gave us, a count or a number of seconds.
"""

# ruff: noqa: N818 -- the names are the agreed API (specs/vault_api.md), not *Error.
from __future__ import annotations

from riskapp.domain.errors import RiskappError


class VaultError(RiskappError):
    """Base of every expected vault failure."""

    code = "vault_error"


class VaultNotFound(VaultError):
    code = "vault_not_found"


class NotAVault(VaultError):
    """The file is not a riskapp vault: plain SQLite, empty, or unknown bytes."""

    code = "not_a_vault"


class VaultDamaged(VaultError):
    """The file or its key-slot file is damaged (codes: vault_damaged, keys_missing,
    keys_damaged, vault_truncated)."""

    code = "vault_damaged"


class WrongPassphrase(VaultError):
    """Wrong passphrase, unknown user or wrong recovery key (deliberately one message)."""

    code = "wrong_passphrase"


class VaultInUse(VaultError):
    code = "vault_in_use"


class UnlockThrottled(VaultError):
    code = "unlock_throttled"

    def __init__(self, retry_after: float) -> None:
        super().__init__(
            "too many failed unlock attempts", seconds=max(1, int(retry_after + 0.999))
        )
        self.retry_after = retry_after


class VaultTooNew(VaultError):
    code = "vault_too_new"


class PermissionDenied(VaultError):
    code = "permission_denied"


class RecordNotFound(VaultError):
    code = "record_not_found"


class WeakPassphrase(VaultError):
    """Refused by ``riskapp.domain.passphrase`` (codes passphrase_short, passphrase_common,
    passphrase_is_username)."""

    code = "passphrase_short"


class DuplicateRecord(VaultError):
    code = "duplicate_record"


class ValidationFailed(VaultError):
    code = "validation_failed"


class BackupInvalid(VaultError):
    code = "backup_invalid"


class DiskFull(VaultError):
    """No space left where the vault lives; the vault is not damaged. Codes: disk_full (a
    write failed and was rolled back), disk_space_low (a key rotation refused for lack of
    space, params ``needed_mb`` and ``free_mb``), rotation_disk_full (a rotation ran out of
    space part-way; the session was discarded and the next open completes it)."""

    code = "disk_full"
