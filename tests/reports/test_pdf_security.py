"""AES-256 passwords and neutral metadata for PDFs (pikepdf post-processing)."""

from __future__ import annotations

from io import BytesIO

import pikepdf
import pytest
from printing_data import CREATED, make_plan, make_settings, plan_form
from pypdf import PdfReader

from riskapp.domain.revealing_words import find_revealing
from riskapp.reports.errors import ReportError
from riskapp.reports.pdf_security import finalise_pdf, metadata_texts, protect_pdf
from riskapp.reports.safety_plan import build_safety_plan_pdf

PASSWORD = "Blåbär 2026!"


@pytest.fixture(scope="module")
def discreet_pdf() -> bytes:
    return build_safety_plan_pdf(
        make_plan(), plan_form(), make_settings(), discreet=True, created=CREATED
    )


@pytest.fixture(scope="module")
def protected(discreet_pdf: bytes) -> bytes:
    return protect_pdf(discreet_pdf, PASSWORD)


def test_protected_pdf_does_not_open_without_the_password(protected: bytes) -> None:
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(BytesIO(protected))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(BytesIO(protected), password="Blåbär 2025!")


def test_protected_pdf_opens_with_the_password_and_keeps_its_text(protected: bytes) -> None:
    with pikepdf.open(BytesIO(protected), password=PASSWORD) as pdf:
        assert len(pdf.pages) == 1
    reader = PdfReader(BytesIO(protected))
    assert reader.is_encrypted
    reader.decrypt(PASSWORD)
    assert "Mina anteckningar" in reader.pages[0].extract_text()


def test_protection_is_aes_256_revision_6_never_rc4(protected: bytes) -> None:
    with pikepdf.open(BytesIO(protected), password=PASSWORD) as pdf:
        info = pdf.encryption
        assert pdf.is_encrypted
        assert info.R == 6
        assert info.V == 5
        assert info.bits == 256
        assert info.stream_method.name == "aesv3"
        assert info.string_method.name == "aesv3"
        assert info.file_method.name == "aesv3"


def test_protected_file_shows_no_readable_text_or_metadata(protected: bytes) -> None:
    # Strings (metadata included) are encrypted: nothing readable in the raw bytes.
    assert b"Mina anteckningar" not in protected
    assert "Mina anteckningar".encode("utf-16-be") not in protected


def test_protected_discreet_pdf_keeps_neutral_metadata(protected: bytes) -> None:
    texts = " ".join(metadata_texts(protected, password=PASSWORD)).casefold()
    assert find_revealing(texts) is None
    assert "reportlab" not in texts


def test_empty_password_is_refused(discreet_pdf: bytes) -> None:
    with pytest.raises(ReportError) as caught:
        protect_pdf(discreet_pdf, "")
    assert caught.value.code == "report_password_empty"


def _pdf_with_xmp_and_info() -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    with pdf.open_metadata() as meta:
        meta["dc:title"] = "Säkerhetsplan riskapp"
    pdf.docinfo["/Producer"] = "ReportLab PDF Library"
    pdf.docinfo["/CreationDate"] = "D:20260115090000"
    out = BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_finalise_replaces_document_info_and_drops_xmp() -> None:
    source = _pdf_with_xmp_and_info()
    assert any("riskapp" in t for t in metadata_texts(source))
    result = finalise_pdf(source, {"Title": "Anteckningar"})
    with pikepdf.open(BytesIO(result)) as pdf:
        assert "/Metadata" not in pdf.Root
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
    assert info == {
        "/Title": "Anteckningar",
        "/Author": "",
        "/Subject": "",
        "/Keywords": "",
        "/Creator": "",
        "/Producer": "",
    }


def test_finalise_rejects_unknown_info_keys() -> None:
    with pytest.raises(ValueError, match="unknown info keys"):
        finalise_pdf(_pdf_with_xmp_and_info(), {"CreationDate": "x"})
