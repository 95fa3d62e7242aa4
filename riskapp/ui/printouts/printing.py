"""Printing our PDFs from the GUI: Qt's print dialog and print preview, no files at all.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 (PDFium, bundled
in its wheel; no network) into QImages and painted on the printer at the printer's
resolution (capped at ``MAX_DPI``). The PDF's own layout, margins included, maps 1:1 on an
A4 sheet: the printer is used in full-page mode and the page is scaled to the sheet.

``QPrinter`` is created only when the person asks to print or preview: constructing one
contacts the system's print service. The document name shown in the print queue is the
neutral default file name (never a client's name).

Typical use in a widget slot::

    printout = printing_service.prepare_plan_print(session, client_id, discreet=True, ...)
    if print_pdf(self, printout.pdf, document_name=printout.filename):
        printing_service.record_plan_print(session, printout)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

#: Rasterising above this gains nothing visible for text and costs memory (A4 at 300 dpi
#: is 2480 x 3508 pixels, 35 MB per page).
MAX_DPI = 300

#: Seam for tests: how a modal dialog is run (returns a QDialog.DialogCode value).
exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()  # noqa: E731


def page_count(pdf_bytes: bytes) -> int:
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        return len(document)
    finally:
        document.close()


def render_page(pdf_bytes: bytes, index: int, *, dpi: float) -> QImage:
    """Page ``index`` (0-based) of the PDF as an opaque white-backed QImage at ``dpi``."""
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        return _render(document, index, dpi)
    finally:
        document.close()


def _render(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    page = document[index]
    try:
        bitmap = page.render(
            scale=dpi / 72.0, rev_byteorder=True, prefer_bgrx=True, optimize_mode="print"
        )
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        # The QImage only borrows PDFium's buffer: copy before the bitmap goes away.
        result = image.copy()
        bitmap.close()
        return result
    finally:
        page.close()


def paint_pdf_pages(
    painter: QPainter,
    pdf_bytes: bytes,
    page_rect: QRectF,
    *,
    pages: Sequence[int] | None = None,
    new_page: Callable[[], bool] | None = None,
    dpi: float | None = None,
) -> int:
    """Paint PDF pages, each scaled to fit ``page_rect`` (aspect kept, centred).

    ``pages``: 0-based page indexes (default: all). Between pages ``new_page()`` is
    called (``QPrinter.newPage``); it is required when more than one page is painted and
    painting stops if it returns False. ``dpi`` defaults to the painter device's own
    resolution, capped at ``MAX_DPI``. Returns the number of pages painted.
    """
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        indexes = list(range(len(document))) if pages is None else list(pages)
        if len(indexes) > 1 and new_page is None:
            raise ValueError("new_page is required to paint more than one page")
        if dpi is None:
            device = painter.device()
            device_dpi = device.logicalDpiX() if device is not None else 96
            dpi = float(min(max(device_dpi, 72), MAX_DPI))
        painted = 0
        for position, index in enumerate(indexes):
            if position > 0 and new_page is not None and not new_page():
                break
            image = _render(document, index, dpi)
            target = _fit(QRectF(image.rect()), page_rect)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
            painter.restore()
            painted += 1
        return painted
    finally:
        document.close()


def _fit(source: QRectF, frame: QRectF) -> QRectF:
    scale = min(frame.width() / source.width(), frame.height() / source.height())
    width, height = source.width() * scale, source.height() * scale
    return QRectF(frame.left() + (frame.width() - width) / 2, frame.top(), width, height)


def paint_on_device(
    device: QPagedPaintDevice, pdf_bytes: bytes, pages: Sequence[int] | None = None
) -> int:
    """Paint the PDF on a paged device (a QPrinter, or a QPdfWriter in tests)."""
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        rect = QRectF(0, 0, device.width(), device.height())
        dpi = float(min(device.logicalDpiX(), MAX_DPI))
        return paint_pdf_pages(
            painter, pdf_bytes, rect, pages=pages, new_page=device.newPage, dpi=dpi
        )
    finally:
        painter.end()


def _printer(document_name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # our PDF carries its own margins
    printer.setDocName(document_name)
    return printer


def _selected_pages(printer: QPrinter, total: int) -> list[int]:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(total))
    return list(range(max(first, 1) - 1, min(last, total)))


def print_pdf(parent: QWidget | None, pdf_bytes: bytes, *, document_name: str) -> bool:
    """Ask for a printer with QPrintDialog and print; True when it was sent to print."""
    total = page_count(pdf_bytes)
    printer = _printer(document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, total)
    if not accepted(exec_dialog(dialog)):
        return False
    return paint_on_device(printer, pdf_bytes, _selected_pages(printer, total)) > 0


def preview_pdf(parent: QWidget | None, pdf_bytes: bytes, *, document_name: str) -> bool:
    """Show QPrintPreviewDialog; True when the person printed from the preview."""
    total = page_count(pdf_bytes)
    printer = _printer(document_name)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(
        lambda target: paint_on_device(target, pdf_bytes, _selected_pages(target, total))
    )
    return accepted(exec_dialog(dialog))


def accepted(result: object) -> bool:
    # QDialog.exec() returns an int; tests may hand back the enum member.
    return getattr(result, "value", result) == QDialog.DialogCode.Accepted.value
