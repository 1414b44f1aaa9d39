"""Read a terms document (PDF, HTML, Markdown or plain text) into text we can cite.

The text returned here is stored as is: every citation is an offset range into it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import DocumentError, FileTooLarge, NotFound, UnsupportedFileType

PDF_SUFFIXES = {".pdf"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES

# Pages are joined with a blank line so a clause never runs across a page break unnoticed.
PAGE_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class ExtractedText:
    """Text of one file, plus where each page starts in it (PDF only)."""

    text: str
    source: Path
    kind: str  # "pdf" | "html" | "markdown" | "text"
    page_starts: tuple[int, ...] = field(default=())
    file_date: dt.date | None = None


def read_document(path: Path, max_bytes: int) -> ExtractedText:
    """Read one file and return its text; raise a DocumentError a person can act on."""
    path = Path(path)
    if not path.exists():
        raise NotFound(f"No such file: {path}")
    if path.is_dir():
        raise DocumentError(f"{path} is a folder; add its files with `add {path}` (folders are read file by file)")
    suffix = check_supported(path.name)
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(f"{path.name} is empty (0 bytes)")
    if size > max_bytes:
        raise FileTooLarge(
            f"{path.name} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
            "(raise TERMS_ASSISTANT_MAX_FILE_BYTES if this really is one terms document)"
        )
    data = path.read_bytes()
    file_date = dt.date.fromtimestamp(path.stat().st_mtime)
    if suffix in PDF_SUFFIXES:
        text, page_starts = _pdf_text(data, path.name)
        kind = "pdf"
    elif suffix in HTML_SUFFIXES:
        text, page_starts, kind = _html_text(_decode(data, path.name)), (), "html"
    else:
        text, page_starts = _decode(data, path.name), ()
        kind = "markdown" if suffix in {".md", ".markdown"} else "text"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError(f"{path.name} contains no text")
    return ExtractedText(text=text, source=path, kind=kind, page_starts=page_starts, file_date=file_date)


def check_supported(filename: str) -> str:
    """The file's lower-case suffix, or UnsupportedFileType if we cannot read that type."""
    suffix = Path(filename).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileType(
            f"{Path(filename).name}: unsupported file type {suffix or '(none)'}; "
            f"use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    return suffix


def iter_files(path: Path) -> Iterator[Path]:
    """The supported files in a folder (recursively, sorted), or the path itself if it is a file."""
    path = Path(path)
    if not path.exists():
        raise NotFound(f"No such file or folder: {path}")
    if path.is_file():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if child.is_file() and not child.name.startswith("."):
            yield child


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name} looks like a binary file, not text")
    # Legacy Windows files are the common non-UTF-8 case for terms; cp1252 fails on a
    # few bytes, latin-1 never does.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _html_text(html: str) -> str:
    """HTML to Markdown, so headings, numbered lists and paragraphs survive for the clause splitter."""
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    soup = BeautifulSoup(html, "html.parser")
    # Their content is code or styling, never terms text.
    for tag in soup(["script", "style", "noscript", "template", "svg", "head", "iframe", "object"]):
        tag.decompose()
    markdown = MarkdownConverter(heading_style="ATX", bullets="*").convert_soup(soup)
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"


def _pdf_text(data: bytes, name: str) -> tuple[str, tuple[int, ...]]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                # Many "protected" PDFs only restrict printing and open with an empty password.
                unlocked = reader.decrypt("")
            except Exception:  # pypdf raises several types for unsupported encryption
                unlocked = 0
            if not unlocked:
                raise DocumentError(f"{name} is password-protected; save an unprotected copy and add that")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"{name} is damaged or not a PDF ({exc.__class__.__name__}); it cannot be read") from exc
    if not any(page.strip() for page in pages):
        raise DocumentError(
            f"{name} has no text layer (it looks scanned); run OCR on it first, e.g. `ocrmypdf in.pdf out.pdf`"
        )
    text_parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for page in pages:
        starts.append(offset)
        text_parts.append(page)
        offset += len(page) + len(PAGE_SEPARATOR)
    return PAGE_SEPARATOR.join(text_parts), tuple(starts)


_DATE_LABEL = re.compile(
    r"(?P<label>effective(?:\s+date)?|last\s+(?:updated|modified|revised)|updated|revised)"
    r"\s*(?:on|as\s+of)?\s*[:\-–—]?\s*(?:\*\*|_)?\s*(?P<date>"
    r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"  # August 7, 2023
    r"|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}"  # 7 August 2023
    r"|\d{4}-\d{2}-\d{2}"  # 2023-08-07
    r"|\d{1,2}/\d{1,2}/\d{4})",  # 08/07/2023
    re.IGNORECASE,
)


def detect_effective_date(text: str, search_chars: int = 4000) -> dt.date | None:
    """The date the terms say they take effect (else their last-updated date), if stated near the top."""
    from dateutil import parser as date_parser

    found: dict[str, dt.date] = {}
    for match in _DATE_LABEL.finditer(text[:search_chars]):
        label = "effective" if match["label"].lower().startswith("effective") else "updated"
        if label in found:
            continue
        try:
            found[label] = date_parser.parse(match["date"].rstrip(".,")).date()
        except (ValueError, OverflowError):
            continue
    return found.get("effective") or found.get("updated")


def is_date_line(text: str, max_other_words: int = 6) -> bool:
    """Whether a short piece of text only states when the terms took effect or were updated
    ("Effective Date: August 7, 2023"), so a change to it is a new date, not new terms."""
    match = _DATE_LABEL.search(text)
    if match is None:
        return False
    rest = text[: match.start()] + " " + text[match.end() :]
    return len(re.findall(r"\w+", rest)) <= max_other_words
