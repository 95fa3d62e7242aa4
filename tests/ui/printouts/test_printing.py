"""Printing our PDFs through Qt: rasterising pages and painting them on paged devices."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from riskapp.ui.printouts import printing

WIDTH, HEIGHT = A4


def _two_page_pdf() -> bytes:
    """Page 1 black in its top half, page 2 black in its bottom half."""
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.rect(0, HEIGHT / 2, WIDTH, HEIGHT / 2, stroke=0, fill=1)
    canvas.showPage()
    canvas.rect(0, 0, WIDTH, HEIGHT / 2, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


PDF = _two_page_pdf()


def _white_image(width: int = 210, height: int = 297) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


def _is_dark(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 60


def _paint(page: int, image: QImage) -> int:
    painter = QPainter(image)
    try:
        return printing.paint_pdf_pages(painter, PDF, QRectF(image.rect()), pages=[page], dpi=36)
    finally:
        painter.end()


def test_paint_pdf_pages_draws_a_page_into_an_image(qapp: object) -> None:
    image = _white_image()
    assert _paint(0, image) == 1
    assert _is_dark(image, 105, 60)
    assert not _is_dark(image, 105, 240)


def test_paint_pdf_pages_draws_the_requested_page(qapp: object) -> None:
    image = _white_image()
    _paint(1, image)
    assert not _is_dark(image, 105, 60)
    assert _is_dark(image, 105, 240)


def test_page_keeps_its_aspect_ratio_in_a_wide_frame(qapp: object) -> None:
    image = _white_image(600, 297)
    _paint(0, image)
    assert _is_dark(image, 300, 60)  # centred horizontally
    assert not _is_dark(image, 20, 60)  # margins left and right stay white


def test_several_pages_need_a_new_page_callback(qapp: object) -> None:
    image = _white_image()
    painter = QPainter(image)
    try:
        with pytest.raises(ValueError, match="new_page"):
            printing.paint_pdf_pages(painter, PDF, QRectF(image.rect()), dpi=36)
    finally:
        painter.end()


def test_paint_on_device_paints_every_page(qapp: object) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    assert printing.paint_on_device(writer, PDF) == 2
    buffer.close()
    assert len(PdfReader(BytesIO(bytes(data))).pages) == 2


def test_page_count_reads_the_pdf() -> None:
    assert printing.page_count(PDF) == 2


def test_render_page_matches_the_resolution(qapp: object) -> None:
    image = printing.render_page(PDF, 0, dpi=144)
    # PDFium rounds the page box up to whole pixels.
    assert abs(image.width() - 2 * WIDTH) <= 1
    assert abs(image.height() - 2 * HEIGHT) <= 1


def test_cancelled_print_dialog_prints_nothing(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QDialog] = []

    def cancel(dialog: QDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(printing, "exec_dialog", cancel)
    assert printing.print_pdf(None, PDF, document_name="anteckningar.pdf") is False
    assert len(seen) == 1


def test_preview_paints_the_pages_when_asked(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "preview.pdf"

    def paint_and_accept(dialog: QDialog) -> int:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setFullPage(True)
        dialog.paintRequested.emit(printer)  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(printing, "exec_dialog", paint_and_accept)
    assert printing.preview_pdf(None, PDF, document_name="plan.pdf") is True
    assert len(PdfReader(target).pages) == 2
