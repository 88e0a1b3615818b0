"""Bounded imports: a huge sheet in a small file is refused at once, in bounded memory."""
# ruff: noqa: E501 - the package parts of an XLSX are long XML lines

import io
import time
import tracemalloc
import zipfile

import pytest
from openpyxl import Workbook

from atnet.trainings import importing
from atnet.trainings.importing import ImportFileError, read_rows

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
ROW = b'<row><c t="inlineStr"><is><t>Ana Rusu</t></is></c><c t="inlineStr"><is><t>igp</t></is></c></row>'


def _huge_xlsx(rows: int) -> bytes:
    """An XLSX of `rows` identical rows, written as a stream: deflate keeps it tiny."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?>'
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b'<sheetData><row><c t="inlineStr"><is><t>name</t></is></c>'
                b'<c t="inlineStr"><is><t>institution</t></is></c></row>'
            )
            block = ROW * 10_000
            for _ in range(rows // 10_000):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def test_three_million_rows_in_a_small_file_are_refused_quickly_in_bounded_memory():
    content = _huge_xlsx(3_000_000)
    assert len(content) < importing.MAX_BYTES  # small on disk: only the size limit would pass it
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ImportFileError):
            read_rows(content=content, filename="list.xlsx")
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 5
    assert peak < 200 * 1024 * 1024


def test_past_the_row_limit_the_sheet_is_not_read_further(monkeypatch):
    """With the unpacked-size check passed, the rows are counted as they stream."""
    monkeypatch.setattr(importing, "MAX_UNPACKED_BYTES", 10**12)
    monkeypatch.setattr(importing, "MAX_RATIO", 10**9)
    content = _huge_xlsx(200_000)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match="2000"):
            read_rows(content=content, filename="list.xlsx")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # 200,000 rows built as lists of strings would take well over 30 MB; the
    # streaming reader and openpyxl's buffers stay under 25 (17 measured).
    assert peak < 25 * 1024 * 1024


def test_a_sheet_wider_than_the_column_limit_is_refused():
    book = Workbook()
    book.active.append(["name", "institution", *(f"c{n}" for n in range(60))])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(ImportFileError, match="50"):  # in the active language
        read_rows(content=buffer.getvalue(), filename="list.xlsx")


def test_a_csv_with_a_field_past_the_csv_limit_is_refused_not_a_500():
    content = b"name,institution\n" + b'"' + b"x" * 200_000 + b'",igp\n'
    with pytest.raises(ImportFileError):
        read_rows(content=content, filename="list.csv")
