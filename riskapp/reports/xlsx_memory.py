"""Saving an openpyxl workbook to bytes without a single temporary file.

openpyxl's ``Workbook.save`` serialises every worksheet into a ``NamedTemporaryFile`` in
``tempfile.gettempdir()`` first (``openpyxl.worksheet._writer.create_temporary_file``),
even when saving to a ``BytesIO``; its write-only mode does the same. For statistics that
left one file per published table in /tmp, outside the folder the person chose (and after
a crash, for good). ``workbook_bytes`` writes each worksheet into a ``BytesIO`` instead and
puts the XML straight into the in-memory zip. Checked by
``tests/security/test_no_temp_files.py`` with an empty TMPDIR.

Written against openpyxl 3.1 (``ExcelWriter.write_worksheet``); the test fails loudly if a
later version changes the seam.
"""

from __future__ import annotations

import datetime
import io
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter


class _InMemoryExcelWriter(ExcelWriter):  # type: ignore[misc]
    """``ExcelWriter`` whose worksheets are serialised into memory, not into temp files."""

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = WorksheetWriter(ws, out=io.BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def workbook_bytes(workbook: Any) -> bytes:
    """The .xlsx file of ``workbook`` (a normal, not write-only, ``Workbook``) as bytes."""
    if workbook.write_only:
        raise ValueError("write-only workbooks serialise through temporary files")
    buffer = io.BytesIO()
    archive = ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    _InMemoryExcelWriter(workbook, archive).save()
    return buffer.getvalue()
