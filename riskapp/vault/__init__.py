"""The encrypted store: one SQLCipher 4 file plus a key-slot file beside it.

Modules, top to bottom: each imports only modules further down (no cycle; checked by
``tests/vault/test_import_graph.py``)
------------------------------------------------------------------------------------
``session``       the public API, a small facade: ``Vault`` (create, open, recover,
                  restore) and ``Session`` (a unit of work with the repositories).
``read_only``     verify without writing anything (read-only media).
``backup``        integrity checks, verified backups and restores.
``opening``       create and unlock a vault file, finish an open (size check, migrations,
                  a pending rotation rolled forward, the login audited).
``repositories``  one per record kind; they depend on ``unit_of_work`` (and ``users`` on
                  ``keys``), never on the facade.
``stats``         the statistics snapshot.
``keys``          key management on an open vault: change a passphrase, give a user a
                  fresh slot (add, reset), rotate the data key, finish a rotation.
``unit_of_work``  the core: connection, data key, user, clock, ``tx()``, ``record()``.
``anchor``        the audit head and team-leader anchor kept in the key-slot file.
``throttle``, ``slots``, ``heads``, ``recovery_key``, ``kdf``, ``audit``, ``schema``,
``files``, ``connection``
                  the failed-unlock counter, the key-slot file, its audit-head records,
                  the recovery key as text, Argon2id, the audit chain, migrations, atomic
                  writes and the lock, the one connection.
``paths``         the name of every file beside a vault; no other module spells one.

Files (named in ``paths.py``)
-----------------------------
``<name>.riskvault``
    A SQLCipher 4 database (AES-256-CBC pages with HMAC-SHA512, 4096-byte pages; the
    header is a random salt, never ``SQLite format 3``). WAL mode, synchronous=FULL,
    temp_store=MEMORY, secure_delete; every connection is opened by
    ``connection.open_connection`` which applies all pragmas.
``<name>.riskvault.keys``
    JSON key slots (``slots.py``), written atomically (temp file in the same directory,
    fsync, rename, mode 600) with an unkeyed checksum so a corrupted file is reported as
    *damaged*, distinct from a wrong passphrase, and an HMAC keyed by HKDF(DEK) checked
    after unlock (``keys_tampered``). Also: the database's salt (a ``.keys`` of another
    vault is named as such), the audit head and the team-leader audit anchor
    (``anchor.py``: what they detect and what they do not), and ``counter`` (this vault
    keeps a ``.throttle``; a missing one then means the maximum delay).
``<name>.riskvault-wal`` / ``-shm`` / ``-journal``
    SQLite's write-ahead log and its index; a rollback journal only during a rekey.
``<name>.riskvault.lock`` / ``.throttle``
    An OS lock held while a session is open (a second opener gets VaultInUse), and the
    failed-unlock counter (``throttle.py``) that survives restarts and deletion. No
    personal data.
``<name>.riskvault.restoring``
    Present only between the two renames of a restore (``backup.py``).

Key hierarchy
-------------
``DEK`` (random 256-bit data key, SQLCipher raw key ``x'<hex>'``)
    <- sealed to each slot's X25519 public key (ephemeral ECDH + HKDF + AES-256-GCM;
       associated data: vault id, slot id, DEK generation)
``slot private key`` (one X25519 key pair per user, plus one recovery slot)
    <- AES-256-GCM under a KEK; associated data binds vault id, slot id, kind, user name,
       role, KDF parameters and the public key
``KEK`` = Argon2id(passphrase, salt, t=4, m=256 MiB, p=4 by default; never < 64 MiB
    outside ``KdfParams.fast()`` for tests), or HKDF(recovery key) for the recovery slot:
    the recovery key is 256 random bits shown once as 13 groups of base32.

Why the indirection through a key pair: removing a user must rotate the DEK, and the team
leader doing it does not know the other users' passphrases. Sealing to public keys lets
anyone holding the current DEK seal a new one to every remaining slot, while only the
passphrase owner can open their slot. A GCM failure on the private key means "wrong
passphrase" (unknown user names take the same KDF time and give the same error); a DEK
that unseals but does not open the database means "damaged file".

The audit anchor key (random, 256 bits) is sealed like the DEK but only to team-leader
slots and the recovery slot; it MACs the audit anchor in the slot file (``anchor.py``).

The audit chain key is HKDF(DEK); each rotation adds an ``audit_epochs`` row holding the
previous chain key sealed under the new one, so the whole chain stays verifiable with only
the current key and old rows are never rewritten (``audit.py``).

Rotation protocol (``keys.rotate_key``, used by ``users.remove``)
-----------------------------------------------------------------
1. Write the slot file with the removed user's slot gone, the new DEK (generation G+1)
   sealed to every remaining slot beside the old one, and ``pending = {G+1, user}``.
2. In one transaction under the old key: mark the user removed, audit ``user.remove``,
   add the audit epoch G+1, audit ``key.rotate``.
3. ``PRAGMA rekey`` to the new DEK (journal switched to DELETE for the rekey so it is one
   atomic rollback-journal transaction; then back to WAL).
4. Write the slot file without generation G and without ``pending``.

A crash after any step is rolled forward by the next successful open: with ``pending``
set, open tries the G+1 key then the G key; each remaining slot holds both, so whoever
opens next completes steps 2-4 (step 2 is skipped when its epoch row exists). Between
steps 1 and 3 the removed user already has no slot in the current file; after step 3
their passphrase and any old copy of their slot unwrap only a DEK that no longer opens
the file.

Rotation failure behaviour (full disk, I/O errors, anything raised)
------------------------------------------------------------------
* Before step 1, ``keys.check_free_space`` requires free space on the vault's disk of
  at least the file + its WAL + 1 % + 1 MiB (the checkpoint may grow the file by the
  WAL; the rollback journal holds a copy of every page). Too little: ``DiskFull`` with
  code ``disk_space_low`` and nothing changed; the session goes on.
* Step 1 is an atomic write: if it fails nothing changed and the session goes on
  (``disk_full`` when the disk is full).
* Any failure after step 1 (in step 2, in the rekey, in step 4, or the free-space check
  repeated before step 3) *discards* the session: the connection is closed without
  another write, no logout row. This matters for the rekey: a failed ``PRAGMA rekey``
  rolls the file back to the old key, but SQLCipher keeps using the new key for the
  connection's later writes, so one more write (such as a logout audit row) would leave
  pages under both keys and a vault that no key opens. After a discard the files are
  exactly what a kill -9 at that point leaves: the file under G (or G+1 after step 3,
  or a hot journal that SQLite rolls back to G on the next read), the slot file with
  ``pending`` and both keys in every remaining slot. The next open rolls forward (and
  checks the free space again before its rekey). A full disk is raised as ``DiskFull`` with code
  ``rotation_disk_full``; another rekey error as code ``rotation_interrupted``; an
  injected fault (``keys.FaultHook``) as itself.
* A full disk is never reported as damage: ``connection.is_disk_full`` (ENOSPC, EDQUOT,
  SQLITE_FULL) makes ``UnitOfWork.tx`` and the open raise ``DiskFull`` (``disk_full``),
  not ``VaultDamaged``. Tests: ``tests/reliability/`` (injected ENOSPC at every step,
  and a real small tmpfs that the vault fills).

Schema versions and migrations: ``schema.py``. Backups/restore/verify: ``backup.py``.
Statistics snapshot: ``stats.py``. The public API is ``docs/vault_api.md``.
"""

from riskapp.vault.errors import (
    BackupInvalid,
    DiskFull,
    DuplicateRecord,
    NotAVault,
    PermissionDenied,
    RecordNotFound,
    UnlockThrottled,
    ValidationFailed,
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from riskapp.vault.kdf import KdfParams
from riskapp.vault.repositories import (
    AssessmentRepository,
    AuditRepository,
    ClientRepository,
    SafetyPlanRepository,
    SettingsRepository,
    UserRepository,
)
from riskapp.vault.session import RecoverySession, Session, Vault, VerifyReport

__all__ = [
    "AssessmentRepository",
    "AuditRepository",
    "BackupInvalid",
    "ClientRepository",
    "DiskFull",
    "DuplicateRecord",
    "KdfParams",
    "NotAVault",
    "PermissionDenied",
    "RecordNotFound",
    "RecoverySession",
    "SafetyPlanRepository",
    "Session",
    "SettingsRepository",
    "UnlockThrottled",
    "UserRepository",
    "ValidationFailed",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultInUse",
    "VaultNotFound",
    "VaultTooNew",
    "VerifyReport",
    "WeakPassphrase",
    "WrongPassphrase",
]
