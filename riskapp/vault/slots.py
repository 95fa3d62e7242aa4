"""The key-slot file ``<vault>.keys``: who can unwrap the data key, and how.

Format (JSON, UTF-8, written atomically with mode 600)::

    {"format": "riskapp-keyslots", "version": 1, "vault_id": "<32 hex>",
     "generation": G,                      # generation of the data key (DEK) in use
     "pending": null | {"generation": G+1, "removing": "<user>" | null},
     "new_slot_kdf": {"alg": "argon2id", "t": .., "m": .., "p": .., "testing": false},
     "slots": [{"id": "<16 hex>", "kind": "user" | "recovery", "user": .., "role": ..,
                "kdf": {...} | null, "salt": b64, "public_key": b64,
                "private_key": {"nonce": b64, "ct": b64},
                "deks": [{"generation": G, "ephemeral": b64, "nonce": b64, "ct": b64}]}],
     "db_salt": "<32 hex>" | null,         # the database file's first 16 bytes
     "audit_head": {"count": n, "hash": h} | null,
     "audit_anchor": {"count": n, "hash": h, "mac": hex} | null,
     "mac": "<HMAC-SHA256, key HKDF(DEK of generation G), of everything but sha256/mac>",
     "sha256": "<hex of the canonical JSON of everything but sha256>"}

Team-leader and recovery slots also hold ``anchor_key`` (the audit anchor key, sealed
like a DEK; ``anchor.py``) and then bind ``"anchored": true`` in the private key's AD.

Each slot holds an X25519 key pair. The private key is encrypted with AES-256-GCM under a
key-encryption key (KEK): Argon2id of the user's passphrase, or HKDF of the 256-bit
recovery key. Its associated data binds vault id, slot id, kind, user name, role, KDF
parameters and the public key, so moving or editing any of them fails the tag. The DEK
itself is sealed to the slot's *public* key (ephemeral X25519 + HKDF + AES-256-GCM, AD =
vault id, slot id, generation). That is what makes key rotation possible without knowing
anyone's passphrase: a team leader seals a new DEK to every remaining public key.

``sha256`` (unkeyed) tells a corrupted file (VaultDamaged) from a wrong passphrase before
any key work. ``mac`` (keyed) is checked after the unlock and on every reload; a mismatch
is ``keys_tampered``: nobody without the DEK can edit the file (e.g. downgrade the KDF).
Every user holds the DEK, hence the anchor's own key. A file without ``mac`` (older
build) is accepted only while ``meta`` lacks ``keys_mac`` (``opening.finish_open``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from riskapp.vault.errors import VaultDamaged, WrongPassphrase
from riskapp.vault.files import atomic_write
from riskapp.vault.heads import AuditAnchor, AuditHead
from riskapp.vault.kdf import KdfParams, derive_kek
from riskapp.vault.paths import keys_path

FORMAT = "riskapp-keyslots"
#: A slot file is a few KiB; anything far larger is not one (and is not parsed).
MAX_FILE_BYTES = 4 * 1024 * 1024
VERSION = 1
USER = "user"
RECOVERY = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


_SEALED = ("ephemeral", "nonce", "ct")


@dataclass(frozen=True)
class WrappedDek:
    generation: int
    ephemeral: bytes
    nonce: bytes
    ct: bytes


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    user: str | None
    role: str | None
    kdf: KdfParams | None  # None for the recovery slot (HKDF of a random key)
    salt: bytes
    public_key: bytes
    priv_nonce: bytes
    priv_ct: bytes
    deks: tuple[WrappedDek, ...]
    #: The audit anchor key sealed to this slot (team leaders and recovery only).
    anchor_key: WrappedDek | None = None

    def _private_aad(self, vault_id: str) -> bytes:
        bound: dict[str, Any] = {
            "vault_id": vault_id,
            "slot_id": self.id,
            "kind": self.kind,
            "user": self.user,
            "role": self.role,
            "kdf": self.kdf.to_json() if self.kdf else None,
            "salt": _b64(self.salt),
            "public_key": _b64(self.public_key),
        }
        if self.anchor_key is not None:
            bound["anchored"] = True
        return b"riskapp-slot-v1" + _canonical(bound)

    def to_json(self) -> dict[str, Any]:
        anchor = self.anchor_key
        return {
            **(
                {}
                if anchor is None
                else {"anchor_key": {k: _b64(getattr(anchor, k)) for k in _SEALED}}
            ),
            "id": self.id,
            "kind": self.kind,
            "user": self.user,
            "role": self.role,
            "kdf": self.kdf.to_json() if self.kdf else None,
            "salt": _b64(self.salt),
            "public_key": _b64(self.public_key),
            "private_key": {"nonce": _b64(self.priv_nonce), "ct": _b64(self.priv_ct)},
            "deks": [
                {
                    "generation": d.generation,
                    "ephemeral": _b64(d.ephemeral),
                    "nonce": _b64(d.nonce),
                    "ct": _b64(d.ct),
                }
                for d in self.deks
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> Slot:
        if not isinstance(data, dict):
            raise ValueError("slot is not an object")
        kind = data["kind"]
        if kind not in (USER, RECOVERY):
            raise ValueError("unknown slot kind")
        user, role = data.get("user"), data.get("role")
        if kind == USER and not (isinstance(user, str) and isinstance(role, str)):
            raise ValueError("user slot without user/role")
        kdf = KdfParams.from_json(data["kdf"]) if kind == USER else None
        deks = tuple(
            WrappedDek(
                int(d["generation"]), _unb64(d["ephemeral"]), _unb64(d["nonce"]), _unb64(d["ct"])
            )
            for d in data["deks"]
        )
        slot_id = data["id"]
        if not isinstance(slot_id, str):
            raise ValueError("bad slot id")
        sealed = data.get("anchor_key")
        anchor_key = (
            None if sealed is None else WrappedDek(0, *(_unb64(sealed[k]) for k in _SEALED))
        )
        return cls(
            slot_id,
            kind,
            user,
            role,
            kdf,
            _unb64(data["salt"]),
            _unb64(data["public_key"]),
            _unb64(data["private_key"]["nonce"]),
            _unb64(data["private_key"]["ct"]),
            deks,
            anchor_key,
        )


@dataclass(frozen=True)
class Pending:
    generation: int
    removing: str | None


def mac_key(dek: bytes, vault_id: str) -> bytes:
    """The slot file's MAC key: HKDF of the DEK of the file's generation."""
    return _hkdf(dek, bytes.fromhex(vault_id), b"riskapp-keys-mac-v1")


@dataclass(frozen=True)
class SlotFile:
    vault_id: str
    generation: int
    pending: Pending | None
    new_slot_kdf: KdfParams
    slots: tuple[Slot, ...]
    db_salt: str | None = None
    audit_head: AuditHead | None = None
    audit_anchor: AuditAnchor | None = None
    #: A failed-unlock counter file is kept beside this vault (``throttle.py``).
    counter: bool = False
    #: The MAC as read (None: a file from before keyed integrity, or not read yet).
    mac: str | None = field(default=None, compare=False)

    def user_slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == USER and s.user == name), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == RECOVERY), None)

    def without_user(self, name: str) -> SlotFile:
        return replace(
            self, slots=tuple(s for s in self.slots if not (s.kind == USER and s.user == name))
        )

    def with_slot(self, slot: Slot) -> SlotFile:
        others = tuple(s for s in self.slots if s.id != slot.id)
        return replace(self, slots=(*others, slot))

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "pending": None
            if self.pending is None
            else {"generation": self.pending.generation, "removing": self.pending.removing},
            "new_slot_kdf": self.new_slot_kdf.to_json(),
            "slots": [s.to_json() for s in self.slots],
            "db_salt": self.db_salt,
            "audit_head": None if self.audit_head is None else self.audit_head.to_json(),
            "audit_anchor": None if self.audit_anchor is None else self.audit_anchor.to_json(),
            "counter": self.counter,
        }

    def _expected_mac(self, key: bytes) -> str:
        return hmac.new(key, b"riskapp-keys-v1" + _canonical(self._body()), "sha256").hexdigest()

    def dumps(self, key: bytes) -> bytes:
        """The file's bytes, MACed with ``key`` (``mac_key`` of the DEK of ``generation``)."""
        body = self._body()
        body["mac"] = self._expected_mac(key)
        body["sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=1, sort_keys=True).encode("utf-8") + b"\n"

    def check_mac(self, key: bytes, *, required: bool = True) -> None:
        """VaultDamaged (code keys_tampered) unless the MAC read matches ``key``'s; a file
        without one passes only when not ``required`` (written before keyed integrity)."""
        if self.mac is None and not required:
            return
        if self.mac is None or not hmac.compare_digest(self.mac, self._expected_mac(key)):
            raise VaultDamaged("key-slot file was edited (MAC mismatch)", code="keys_tampered")

    @classmethod
    def loads(cls, raw: bytes) -> SlotFile:
        """Parse and check a slot file; raises VaultDamaged(code keys_damaged)."""
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError("slot file too large")
            body = json.loads(raw.decode("utf-8"))
            if not isinstance(body, dict) or body.get("format") != FORMAT:
                raise ValueError("not a slot file")
            if body.get("version") != VERSION:
                raise ValueError("unknown slot file version")
            checksum = body.pop("sha256", None)
            if checksum != hashlib.sha256(_canonical(body)).hexdigest():
                raise ValueError("checksum mismatch")
            mac = body.get("mac")
            if mac is not None and not isinstance(mac, str):
                raise ValueError("bad mac")
            db_salt = body.get("db_salt")
            if db_salt is not None and not (isinstance(db_salt, str) and len(db_salt) == 32):
                raise ValueError("bad db salt")
            head, anchor = body.get("audit_head"), body.get("audit_anchor")
            pending = body.get("pending")
            vault_id = body["vault_id"]
            generation = body["generation"]
            if not isinstance(vault_id, str) or not isinstance(generation, int):
                raise ValueError("bad header")
            return cls(
                vault_id=vault_id,
                generation=generation,
                pending=None
                if pending is None
                else Pending(int(pending["generation"]), pending.get("removing")),
                new_slot_kdf=KdfParams.from_json(body["new_slot_kdf"]),
                slots=tuple(Slot.from_json(s) for s in body["slots"]),
                db_salt=db_salt,
                audit_head=None if head is None else AuditHead.from_json(head),
                audit_anchor=None if anchor is None else AuditAnchor.from_json(anchor),
                mac=mac,
                counter=body.get("counter") is True,
            )
        except (
            ValueError,
            KeyError,
            TypeError,
            UnicodeDecodeError,
            binascii.Error,
            RecursionError,  # deeply nested arrays: an edited file, not a crash
            MemoryError,
        ) as exc:
            raise VaultDamaged(
                "key-slot file is damaged or was edited", code="keys_damaged"
            ) from exc

    @classmethod
    def load(cls, vault_path: Path) -> SlotFile:
        path = keys_path(vault_path)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise VaultDamaged("key-slot file too large", code="keys_damaged")
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise VaultDamaged("key-slot file missing", code="keys_missing") from exc
        return cls.loads(raw)

    def save(self, vault_path: Path, key: bytes) -> None:
        atomic_write(keys_path(vault_path), self.dumps(key))


# --- slot crypto ------------------------------------------------------------------------


def _new_slot_id() -> str:
    return secrets.token_hex(8)


def _seal_private(vault_id: str, slot: Slot, kek: bytes, private: bytes) -> Slot:
    nonce = os.urandom(12)
    ct = AESGCM(kek).encrypt(nonce, private, slot._private_aad(vault_id))
    return replace(slot, priv_nonce=nonce, priv_ct=ct)


def _open_private(vault_id: str, slot: Slot, kek: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(slot.priv_nonce, slot.priv_ct, slot._private_aad(vault_id))
    except InvalidTag as exc:
        raise WrongPassphrase("slot tag mismatch") from exc


def _dek_aad(vault_id: str, slot_id: str, generation: int) -> bytes:
    return b"riskapp-dek-v1" + _canonical(
        {"vault_id": vault_id, "slot_id": slot_id, "generation": generation}
    )


def _seal(vault_id: str, public_key: bytes, info: bytes, aad: bytes, secret: bytes) -> WrappedDek:
    """``secret`` sealed to ``public_key``: ephemeral X25519 + HKDF + AES-256-GCM."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(public_key))
    key = _hkdf(shared, bytes.fromhex(vault_id), info + eph_pub + public_key)
    nonce = os.urandom(12)
    return WrappedDek(0, eph_pub, nonce, AESGCM(key).encrypt(nonce, secret, aad))


def _unseal(
    vault_id: str, slot: Slot, private: bytes, info: bytes, aad: bytes, wrapped: WrappedDek
) -> bytes:
    """The secret of ``_seal``; VaultDamaged (keys_damaged) when its tag fails."""
    try:
        priv = X25519PrivateKey.from_private_bytes(private)
        shared = priv.exchange(X25519PublicKey.from_public_bytes(wrapped.ephemeral))
        key = _hkdf(shared, bytes.fromhex(vault_id), info + wrapped.ephemeral + slot.public_key)
        return AESGCM(key).decrypt(wrapped.nonce, wrapped.ct, aad)
    except (InvalidTag, ValueError) as exc:
        raise VaultDamaged("sealed key does not open", code="keys_damaged") from exc


_DEK_INFO = b"riskapp-dek-wrap-v1"
_ANCHOR_INFO = b"riskapp-anchor-wrap-v1"


def seal_dek(vault_id: str, slot: Slot, generation: int, dek: bytes) -> Slot:
    """Return ``slot`` with ``dek`` (of ``generation``) sealed to its public key."""
    aad = _dek_aad(vault_id, slot.id, generation)
    wrapped = replace(_seal(vault_id, slot.public_key, _DEK_INFO, aad, dek), generation=generation)
    others = tuple(d for d in slot.deks if d.generation != generation)
    return replace(slot, deks=(*others, wrapped))


def _anchor_aad(vault_id: str, slot_id: str) -> bytes:
    return b"riskapp-anchor-key-v1" + _canonical({"vault_id": vault_id, "slot_id": slot_id})


def _with_anchor_key(vault_id: str, slot: Slot, anchor_key: bytes) -> Slot:
    """``slot`` with the anchor key sealed to its public key (before its private key is
    sealed: the private key's associated data then says "anchored")."""
    aad = _anchor_aad(vault_id, slot.id)
    return replace(slot, anchor_key=_seal(vault_id, slot.public_key, _ANCHOR_INFO, aad, anchor_key))


def open_anchor_key(vault_id: str, slot: Slot, private: bytes) -> bytes | None:
    """The audit anchor key sealed to this slot (None: the slot has none)."""
    if slot.anchor_key is None:
        return None
    aad = _anchor_aad(vault_id, slot.id)
    return _unseal(vault_id, slot, private, _ANCHOR_INFO, aad, slot.anchor_key)


def drop_generation(slot: Slot, generation: int) -> Slot:
    return replace(slot, deks=tuple(d for d in slot.deks if d.generation != generation))


def open_deks(vault_id: str, slot: Slot, private: bytes) -> dict[int, bytes]:
    """All DEKs sealed to this slot, by generation. A failing tag means damage."""
    return {
        w.generation: _unseal(
            vault_id, slot, private, _DEK_INFO, _dek_aad(vault_id, slot.id, w.generation), w
        )
        for w in slot.deks
    }


def _new_keypair() -> tuple[bytes, bytes]:
    priv = X25519PrivateKey.generate()
    raw = priv.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return raw, priv.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _recovery_kek(recovery_key: bytes, salt: bytes) -> bytes:
    return _hkdf(recovery_key, salt, b"riskapp-recovery-kek-v1")


def new_user_slot(
    vault_id: str,
    user: str,
    role: str,
    passphrase: str,
    kdf: KdfParams,
    deks: dict[int, bytes],
    anchor_key: bytes | None = None,
) -> Slot:
    """A new slot; ``anchor_key`` is sealed to it too (give it to team leaders only)."""
    kdf.check_for_new_slot()
    private, public = _new_keypair()
    slot = Slot(_new_slot_id(), USER, user, role, kdf, os.urandom(16), public, b"", b"", ())
    if anchor_key is not None:
        slot = _with_anchor_key(vault_id, slot, anchor_key)
    slot = _seal_private(vault_id, slot, derive_kek(passphrase, slot.salt, kdf), private)
    for generation, dek in deks.items():
        slot = seal_dek(vault_id, slot, generation, dek)
    return slot


def new_recovery_slot(
    vault_id: str, recovery_key: bytes, deks: dict[int, bytes], anchor_key: bytes | None = None
) -> Slot:
    private, public = _new_keypair()
    slot = Slot(_new_slot_id(), RECOVERY, None, None, None, os.urandom(16), public, b"", b"", ())
    if anchor_key is not None:
        slot = _with_anchor_key(vault_id, slot, anchor_key)
    slot = _seal_private(vault_id, slot, _recovery_kek(recovery_key, slot.salt), private)
    for generation, dek in deks.items():
        slot = seal_dek(vault_id, slot, generation, dek)
    return slot


def unlock_user_slot(vault_id: str, slot: Slot, passphrase: str) -> bytes:
    """The slot's private key; WrongPassphrase on a tag failure."""
    assert slot.kdf is not None
    return _open_private(vault_id, slot, derive_kek(passphrase, slot.salt, slot.kdf))


def unlock_recovery_slot(vault_id: str, slot: Slot, recovery_key: bytes) -> bytes:
    return _open_private(vault_id, slot, _recovery_kek(recovery_key, slot.salt))


def rewrap_user_slot(
    vault_id: str, slot: Slot, private: bytes, new_passphrase: str, kdf: KdfParams
) -> Slot:
    """Same key pair and sealed DEKs, private key under a new passphrase and fresh salt."""
    kdf.check_for_new_slot()
    fresh = replace(slot, kdf=kdf, salt=os.urandom(16))
    return _seal_private(vault_id, fresh, derive_kek(new_passphrase, fresh.salt, kdf), private)
