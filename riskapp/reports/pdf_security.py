"""PDF post-processing with pikepdf: neutral metadata and optional AES-256 passwords.

* ``finalise_pdf`` rewrites a reportlab PDF so that its document information holds exactly
  the values we chose, it carries no XMP metadata stream, and the file no longer begins
  with reportlab's "ReportLab Generated PDF document" comment (qpdf writes a bare header).
  The discreet safety plan relies on this: nothing in the file may name riskapp or the
  purpose of the document.
* ``protect_pdf`` adds a password with AES-256 (security handler revision 6). reportlab's
  own ``encrypt=`` option only offers RC4, which is broken, so it is never used.
* ``metadata_texts`` lists every metadata string of a PDF, for checks and tests.

No temporary files: everything goes through in-memory buffers.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from io import BytesIO

import pikepdf

from riskapp.reports.errors import ReportError

#: The document-information keys we set (others are dropped).
INFO_KEYS = ("Title", "Author", "Subject", "Keywords", "Creator", "Producer")


def finalise_pdf(pdf: bytes, info: Mapping[str, str]) -> bytes:
    """Return ``pdf`` re-saved with document information exactly ``info`` and no XMP.

    ``info`` maps keys of ``INFO_KEYS`` to strings; missing keys are written as empty
    strings so no library default (such as reportlab's producer) survives. Dates are
    dropped too: the printout's own text carries the date a person needs.
    """
    unknown = set(info) - set(INFO_KEYS)
    if unknown:
        raise ValueError(f"unknown info keys: {sorted(unknown)}")
    with pikepdf.open(BytesIO(pdf)) as doc:
        # Replace, never merge, the information dictionary.
        doc.trailer.Info = doc.make_indirect(
            pikepdf.Dictionary({f"/{k}": pikepdf.String(info.get(k, "")) for k in INFO_KEYS})
        )
        if "/Metadata" in doc.Root:
            del doc.Root.Metadata
        out = BytesIO()
        doc.save(
            out,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
    return out.getvalue()


def protect_pdf(pdf: bytes, password: str) -> bytes:
    """Return ``pdf`` encrypted with AES-256 (R=6) so it opens only with ``password``.

    All permissions (printing included) are granted to whoever has the password; the owner
    password is a random value nobody knows, so the file has no second key. Metadata is
    encrypted too. Raises ReportError (code ``report_password_empty``) for an empty password.
    """
    if not password:
        raise ReportError("empty PDF password", code="report_password_empty")
    encryption = pikepdf.Encryption(
        user=password,
        owner=secrets.token_urlsafe(32),
        R=6,
        aes=True,
        metadata=True,
        allow=pikepdf.Permissions(),
    )
    with pikepdf.open(BytesIO(pdf)) as doc:
        out = BytesIO()
        doc.save(out, encryption=encryption)
    return out.getvalue()


def metadata_texts(pdf: bytes, password: str = "") -> list[str]:
    """Every metadata string of ``pdf``: document-information values and the XMP packet."""
    texts: list[str] = []
    with pikepdf.open(BytesIO(pdf), password=password) as doc:
        info = doc.trailer.get("/Info")
        if info is not None:
            for key, value in info.items():
                texts.append(f"{key[1:]}={value}")
        metadata = doc.Root.get("/Metadata")
        if metadata is not None:
            texts.append(bytes(metadata.read_bytes()).decode("utf-8", "replace"))
    return texts
