"""Errors raised by the vault. Each declares its codes (``code``, ``other_codes``); the
presenters word them (``riskapp.messages`` for the CLI, ``riskapp.ui.common.errors`` for the GUI).

Messages and params never carry personal data (no client names, no personnummer, no
passphrases); at most a file path the user gave us, a count or a number of seconds.
"""

# ruff: noqa: N818 -- the names are the agreed API (specs/vault_api.md), not *Error.
from __future__ import annotations

from typing import ClassVar

from riskapp.domain import passphrase as policy
from riskapp.domain.errors import RiskappError


class VaultError(RiskappError):
    """Base of every expected vault failure."""

    code = "vault_error"
    other_codes: ClassVar[tuple[str, ...]] = (
        "session_closed",
        "rotation_pending",
        "rotation_interrupted",
        "throttle_path_invalid",
    )


class VaultNotFound(VaultError):
    code = "vault_not_found"


class NotAVault(VaultError):
    """The file is not a riskapp vault: plain SQLite, empty, or unknown bytes."""

    code = "not_a_vault"


class VaultDamaged(VaultError):
    """The file or its key-slot file is damaged, truncated or missing."""

    code = "vault_damaged"
    other_codes = (
        "vault_truncated",
        "keys_missing",
        "keys_damaged",
        "keys_tampered",
        "keys_other_vault",
    )


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
    other_codes = (
        "user_remove_self",
        "user_last_teamleader",
    )


class RecordNotFound(VaultError):
    code = "record_not_found"
    other_codes = (
        "user_unknown",
        "client_unknown",
        "assessment_unknown",
        "plan_unknown",
    )


class WeakPassphrase(VaultError):
    """Refused by ``riskapp.domain.passphrase``: carries the policy's first problem code."""

    code = policy.SHORT
    other_codes = (policy.COMMON, policy.IS_USERNAME)


class DuplicateRecord(VaultError):
    code = "duplicate_record"
    other_codes = (
        "user_exists",
        "client_exists",
        "import_duplicate",
    )


class ValidationFailed(VaultError):
    code = "validation_failed"
    other_codes = (
        "vault_exists",
        "user_name_invalid",
        "user_unknown",
        "client_name_missing",
        "pnr_format",
        "field_too_long",
        "field_control_chars",
        "answers_invalid",
        "settings_invalid",
        "assessment_completed",
        "assessment_referenced",
        "assessment_not_completed",
        "assessment_voided",
        "assessment_corrected",
        "reason_missing",
        "child_report_invalid",
        "event_kind_invalid",
        "plan_not_latest",
        "plan_printed",
        "plan_print_version",
        "plan_language",
        "user_profile_invalid",
    )


class BackupInvalid(VaultError):
    code = "backup_invalid"
    other_codes = (
        "backup_missing",
        "backup_exists",
        "backup_dir",
        "backup_write_failed",
        "restore_readds_users",
    )


class DiskFull(VaultError):
    """No space left where the vault lives; the vault is not damaged. Codes: disk_full (a
    write failed and was rolled back), disk_space_low (a key rotation refused for lack of
    space, params ``needed_mb`` and ``free_mb``), rotation_disk_full (a rotation ran out of
    space part-way; the session was discarded and the next open completes it)."""

    code = "disk_full"
    other_codes = ("disk_space_low", "rotation_disk_full")
