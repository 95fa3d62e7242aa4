"""Statistics exports read back (riskapp.reports.stats_export): CSV, XLSX and PDF."""

from __future__ import annotations

import csv
import io
import stat
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from riskapp.domain.stats.disclosure import protect
from riskapp.domain.stats.publish import publish
from riskapp.domain.stats.records import StatAssessment, StatClient, StatPlan, StatsSnapshot
from riskapp.domain.stats.table import (
    SECONDARY,
    SMALL,
    PublishedTable,
    StatisticsResult,
    Suppressed,
    Table,
)
from riskapp.reports import stats_labels
from riskapp.reports.errors import ReportError
from riskapp.reports.stats_export import (
    neutralise,
    render_statistics,
    to_csv,
    to_pdf,
    to_xlsx,
    write_statistics,
)

START, END = date(2026, 1, 1), date(2026, 3, 31)

#: Codes an organisation's own form could carry: unknown codes are written as they are.
HOSTILE = ("=1+1", "@SUM(A1)", "+46", "-3", "\tx", "\rmore")


def _hostile_result() -> StatisticsResult:
    table = PublishedTable(
        id="risk_levels.sex",
        measure="risk_levels",
        dimension="sex",
        title="table.risk_levels",
        rows=(*HOSTILE, "level.high"),
        columns=("sex.female", "sex.male", "sex.unknown"),
        cells=((SMALL, SMALL, 0),) * len(HOSTILE) + ((12, 9, 0),),
        row_totals=(SMALL,) * len(HOSTILE) + (21,),
        column_totals=(40, 30, 0),
        grand_total=70,
    )
    return StatisticsResult(START, END, "month", ("sex",), (table,))


def _result() -> StatisticsResult:
    clients = [
        StatClient(
            k,
            ("female", "male", "unknown")[k % 3],
            date(1970 + k % 40, 1 + k % 12, 1 + k % 28),
            date(2026, 1 + k % 3, 2),
        )
        for k in range(1, 41)
    ]
    assessments = [
        StatAssessment(
            1 + k % 40,
            "f",
            ("screening", "danger_assessment")[k % 2],
            date(2026, 1 + k % 3, 1 + k % 28),
            level=("high", "medium", None)[k % 3],
            facts=frozenset({"violence.physical"} if k % 4 else {"children.exposed"}),
            repeat=k % 5 == 0,
        )
        for k in range(90)
    ]
    plans = [StatPlan(1 + k % 40, date(2026, 2, 1 + k)) for k in range(12)]
    snapshot = StatsSnapshot(START, END, tuple(clients), tuple(assessments), tuple(plans))
    return publish(snapshot, by=("sex", "age"), period="month")


def _all_numbers(result: StatisticsResult) -> list[object]:
    values: list[object] = []
    for table in result.tables:
        for line in table.augmented():
            values.extend(line)
    return values


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_starts_with_bom_and_decodes_swedish_letters() -> None:
    data = to_csv(_result())
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Genomförda bedömningar per instrument, per månad" in text
    assert "Kvinnor" in text
    assert "Män" in text


def test_csv_has_one_block_per_table_with_title_header_and_totals() -> None:
    result = _result()
    rows = list(csv.reader(io.StringIO(to_csv(result).decode("utf-8-sig")), delimiter=";"))
    titles = [stats_labels.table_title(t, "month") for t in result.tables]
    found = [r[0] for r in rows if len(r) == 1 and r[0] in titles]
    assert found == titles
    first = next(i for i, r in enumerate(rows) if r and r[0] == titles[0])
    header, body = rows[first + 1], rows[first + 2]
    assert header[0] == ""
    assert header[-1] == "Totalt"
    assert header[1] == "januari 2026"
    assert body[0] == "Aktiva klienter"
    assert rows[first + 3][0] == "Totalt"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_csv_first_lines_list_the_tables_that_follow_with_their_rows(language: str) -> None:
    result = _result()
    rows = list(
        csv.reader(io.StringIO(to_csv(result, language).decode("utf-8-sig")), delimiter=";")
    )
    titles = [stats_labels.table_title(t, "month", language) for t in result.tables]
    heading = {"sv": "Filen innehåller 24 tabeller", "en": "The file holds 24 tables"}[language]
    assert len(titles) == 24
    assert rows[3][0].startswith(heading)
    row_word = {"sv": "rad", "en": "row"}[language]
    for number, title in enumerate(titles, start=1):
        item = rows[3 + number][0]
        assert item.startswith(f"{number}. {title} ({row_word} ")
        start = int(item.rsplit(" ", 1)[1].rstrip(")"))
        assert rows[start - 1] == [title]  # spreadsheet row numbers are 1-based


def test_csv_writes_suppressed_cells_as_less_than_five_and_no_small_numbers() -> None:
    result = _result()
    text = to_csv(result).decode("utf-8-sig")
    assert "<5" in text
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        for value in row:
            if value.isdigit():
                assert int(value) == 0 or int(value) >= 5


def test_csv_neutralises_formula_starters_with_an_apostrophe() -> None:
    text = to_csv(_hostile_result()).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    labels = [r[0] for r in rows if r]
    for code in HOSTILE:
        assert "'" + code in labels
        assert code not in labels
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=A1", "'=A1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tA", "'\tA"),
        ("\rA", "'\rA"),
        ("Kvinnor", "Kvinnor"),
        ("<5", "<5"),
        ("", ""),
    ],
)
def test_neutralise(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_english_labels_are_available() -> None:
    text = to_csv(_result(), language="en").decode("utf-8-sig")
    assert "Completed assessments by instrument, by month" in text
    assert "Women" in text
    assert "January 2026" in text


# --- XLSX ---------------------------------------------------------------------------------------


def test_xlsx_has_notes_sheet_then_one_sheet_per_table(tmp_path: Path) -> None:
    result = _result()
    path = tmp_path / "stats.xlsx"
    path.write_bytes(to_xlsx(result))
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == "Om statistiken"
    assert len(workbook.sheetnames) == 1 + len(result.tables)
    assert len(set(workbook.sheetnames)) == len(workbook.sheetnames)
    notes = "\n".join(str(c.value) for c in workbook["Om statistiken"]["A"] if c.value)
    assert "<5" in notes
    assert ".. betyder ett värde som döljs" in notes
    assert "inte heller mellan tabeller med samma summor" in notes
    assert "2026-01-01" in notes
    assert "2026-03-31" in notes


def test_xlsx_cells_are_numbers_or_less_than_five_and_never_formulas(tmp_path: Path) -> None:
    result = _result()
    path = tmp_path / "stats.xlsx"
    path.write_bytes(to_xlsx(result))
    workbook = load_workbook(path)
    sheet = workbook[workbook.sheetnames[1]]
    assert sheet["A1"].value == stats_labels.table_title(result.tables[0], "month")
    seen_suppressed = False
    for name in workbook.sheetnames[1:]:
        for row in workbook[name].iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, int):
                    assert cell.value == 0 or cell.value >= 5
                seen_suppressed |= cell.value == "<5"
    assert seen_suppressed


def test_xlsx_prints_landscape_one_page_wide_with_readable_headers(tmp_path: Path) -> None:
    path = tmp_path / "stats.xlsx"
    path.write_bytes(to_xlsx(_result()))
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1
    table = workbook.worksheets[1]
    for cell in table[3][1:]:  # the header row: months and "Totalt"
        width = table.column_dimensions[cell.column_letter].width
        assert width >= len(str(cell.value)), cell.value


def test_xlsx_stores_formula_looking_labels_as_text(tmp_path: Path) -> None:
    path = tmp_path / "stats.xlsx"
    path.write_bytes(to_xlsx(_hostile_result()))
    sheet = load_workbook(path).worksheets[1]
    values = [sheet.cell(row=r, column=1).value for r in range(1, sheet.max_row + 1)]
    assert "=1+1" in values
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"


# --- PDF ----------------------------------------------------------------------------------------


def test_pdf_contains_every_table_title(tmp_path: Path) -> None:
    result = _result()
    path = tmp_path / "stats.pdf"
    path.write_bytes(to_pdf(result, organisation="Exempelby kommun"))
    reader = PdfReader(path)
    flat = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for table in result.tables:
        assert " ".join(stats_labels.table_title(table, "month").split()) in flat
    assert "<5" in flat
    assert "Exempelby kommun" in flat


def _distinctive_result() -> StatisticsResult:
    """True counts 437 and 512 are hidden (secondary suppression around 3 and 9)."""
    table = Table(
        id="assessments.sex",
        measure="assessments",
        dimension="sex",
        title="table.assessments",
        rows=("kind.screening", "kind.description"),
        columns=("sex.female", "sex.male"),
        cells=((437, 3), (512, 9)),
    )
    published = protect([table])[0]
    # 3 is a small count ("<5"); 437, 512 and 9 are hidden to protect it ("..").
    assert published.cells == ((SECONDARY, SMALL), (SECONDARY, SECONDARY))
    return StatisticsResult(START, END, "month", ("sex",), (published,))


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_exports_show_totals_but_no_suppressed_value(tmp_path: Path, fmt: str) -> None:
    result = _distinctive_result()
    path = tmp_path / f"s.{fmt}"
    write_statistics(result, fmt, path)
    if fmt == "csv":
        text = path.read_bytes().decode("utf-8-sig")
    elif fmt == "xlsx":
        book = load_workbook(path)
        text = " ".join(
            str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
        )
    else:
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    tokens = set(text.replace(";", " ").split())
    assert {"440", "521", "949", "12", "961"} <= tokens
    assert not {"437", "512", "3", "9"} & tokens
    assert "<5" in tokens


def test_pdf_embeds_dejavu_fonts(tmp_path: Path) -> None:
    data = to_pdf(_result())
    assert b"DejaVuSans" in data
    assert b"/FontFile2" in data
    assert b"Helvetica" not in data


# --- writing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_write_statistics_writes_only_the_chosen_path_owner_only(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"statistik.{fmt}"
    write_statistics(_result(), fmt, out)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert out.stat().st_size > 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ReportError) as info:
        render_statistics(_result(), "docx")
    assert info.value.code == "stats_format"


def test_writing_into_a_missing_directory_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as info:
        write_statistics(_result(), "csv", tmp_path / "missing" / "x.csv")
    assert info.value.code == "report_write_failed"
    assert list(tmp_path.iterdir()) == []


def test_exports_hold_only_published_numbers() -> None:
    result = _result()
    for value in _all_numbers(result):
        assert isinstance(value, Suppressed) or value == 0 or value >= 5  # type: ignore[operator]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_a_table_with_a_visible_small_count_is_refused(tmp_path: Path, fmt: str) -> None:
    table = PublishedTable(
        id="clients.sex",
        measure="clients",
        dimension="sex",
        title="table.clients",
        rows=("clients.active",),
        columns=("sex.female", "sex.male"),
        cells=((3, 9),),
        row_totals=(12,),
        column_totals=(3, 9),
        grand_total=12,
    )
    result = StatisticsResult(START, END, "month", ("sex",), (table,))
    with pytest.raises(ReportError) as info:
        write_statistics(result, fmt, tmp_path / f"x.{fmt}")
    assert info.value.code == "stats_unprotected"
    assert list(tmp_path.iterdir()) == []


# --- labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", stats_labels.LANGUAGES)
def test_every_code_the_shipped_forms_produce_has_words(language: str) -> None:
    """No raw code ("level.raised") may reach a report to the social-welfare committee."""
    from riskapp.services.forms import shipped_registry

    codes: set[str] = set()
    for form in shipped_registry().all_forms():
        codes.add(f"kind.{form.kind.value}")
        codes.update(f"level.{level.id}" for level in form.levels)
        for section in form.sections:
            for question in section.questions:
                codes.update(c for c in [question.stat] if c and c.startswith("violence."))
    assert {"level.low", "level.raised", "level.high", "level.acute"} <= codes
    missing = sorted(code for code in codes if stats_labels.label(code, language) == code)
    assert missing == []
