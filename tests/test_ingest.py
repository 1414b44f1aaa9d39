"""Reading PDF, HTML, Markdown and text, and the clear errors for files that cannot be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.errors import DocumentError, FileTooLarge, NotFound, UnsupportedFileType
from assistant.ingest import detect_effective_date, read_document
from tests.pdfs import make_pdf

LIMIT = 1_000_000


def test_pdf_keeps_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "terms.pdf"
    path.write_bytes(
        make_pdf(
            [
                ["1. DEFINITIONS", "1.1 Content. Content means files."],
                ["2.1 Licence. You grant us a licence."],
            ]
        )
    )
    doc = read_document(path, LIMIT)
    assert doc.kind == "pdf"
    assert len(doc.page_starts) == 2
    second = doc.text.index("2.1 Licence")
    assert doc.page_starts[0] == 0 and doc.page_starts[1] <= second


def test_html_keeps_structure_and_drops_code(tmp_path: Path) -> None:
    path = tmp_path / "terms.html"
    path.write_text(
        "<html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<script>alert('x')</script><h2>5. Your Content</h2><ol><li><b>Licence.</b> You grant us a licence.</li></ol>"
        "<p>We may <em>remove</em> content.</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path, LIMIT)
    assert doc.kind == "html"
    assert "## 5. Your Content" in doc.text
    assert "1. **Licence.** You grant us a licence." in doc.text
    assert "alert" not in doc.text and "color" not in doc.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café terms: you agree.".encode("latin-1"), "Café terms"),
        ("Café terms: you agree.".encode("utf-16"), "Café terms"),
        ("\ufeffCafé terms: you agree.".encode(), "Café terms"),
    ],
    ids=["latin-1", "utf-16-bom", "utf-8-bom"],
)
def test_text_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "terms.txt"
    path.write_bytes(data)
    assert read_document(path, LIMIT).text.startswith(expected)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("empty.md", b"", DocumentError, "empty"),
        ("blank.txt", b"   \n\n  ", DocumentError, "no text"),
        ("binary.txt", b"\x00\x01\x02\xff\xfe\x00" * 50, DocumentError, "binary"),
        ("terms.docx", b"PK\x03\x04", UnsupportedFileType, "unsupported file type"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", DocumentError, "damaged"),
        ("scan.pdf", make_pdf([[]]), DocumentError, "no text layer"),
    ],
)
def test_unreadable_files_get_a_clear_error(tmp_path: Path, name: str, data: bytes, error: type, words: str) -> None:
    with pytest.raises(error) as raised:
        read_document(_write(tmp_path, name, data), LIMIT)
    assert words in raised.value.message
    assert "\n" not in raised.value.message


def test_missing_and_oversized_files(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        read_document(tmp_path / "nope.md", LIMIT)
    big = _write(tmp_path, "big.txt", b"a " * 1000)
    with pytest.raises(FileTooLarge) as raised:
        read_document(big, 100)
    assert "limit" in raised.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Effective Date: August 7, 2023\n\nTerms", dt.date(2023, 8, 7)),
        ("**EFFECTIVE: August 20, 2020**", dt.date(2020, 8, 20)),
        ("Last Updated: February 1, 2023", dt.date(2023, 2, 1)),
        ("#### Effective: September 29, 2025\n\n#### Last Updated: August 29, 2025", dt.date(2025, 9, 29)),
        ("Effective 30 July 2026 | Archived versions", dt.date(2026, 7, 30)),
        ("These terms have no date.", None),
    ],
)
def test_effective_date(text: str, expected: dt.date | None) -> None:
    assert detect_effective_date(text) == expected
