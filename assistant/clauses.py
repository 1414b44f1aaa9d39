"""Split terms into clauses the way a lawyer cites them.

A clause is a span of the extracted text with the document's own section number
(`10.4`, `D.4`, `3(a)(ii)`), its heading, the path of headings above it, its offsets
and its page. The splitter reads the numbering styles real terms use: `10.2 Title.`,
`**10.2 Title**.`, `**27.6** **Title**.`, `2. **Your Content.**` (nested lists, also
with their indentation lost), `* a. **Title.**`, `(a)`, `(i)`, Markdown and setext
headings, bold-only and ALL-CAPS headings.

Numbers come from the document, not from Markdown: converters renumber ordered
lists, so a top-level `35. **ELIGIBILITY**` whose clauses are numbered `11.1` is
section 11. When a run of list-numbered top-level headings contradicts the clause
numbers under them, or skips numbers, the run is renumbered from the clause numbers
and its own order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# A clause longer than this many words is cut at sentence boundaries into parts.
DEFAULT_MAX_WORDS = 180
# Unlabelled list items and fragments this short are read together with the text before them.
SHORT_FRAGMENT_WORDS = 12
CAPS_HEADING_MAX_WORDS = 8

# Ranks order headings from outermost (1) to innermost; an entry pops every entry of
# equal or deeper rank. Markdown headings take 1-6, other unnumbered headings 7, and
# numbered items 10 + their depth, so numbering always nests under titled headings.
PSEUDO_HEADING_RANK = 7
NUMBERED_RANK = 10


@dataclass(frozen=True)
class Clause:
    """One citable span of a document's text."""

    ordinal: int
    section: str | None
    heading: str | None
    heading_path: tuple[str, ...]
    start: int
    end: int
    page: int | None
    text: str
    part: int = 0  # >0 when a long clause was cut into parts

    @property
    def heading_path_text(self) -> str:
        return " > ".join(self.heading_path)


@dataclass
class _Entry:
    """A heading or numbered item that clauses below it belong to."""

    rank: int
    label: str | None
    title: str | None
    absolute: bool = False  # label is a full dotted number (10.2): it replaces its parents' labels
    list_number: int | None = None  # from a Markdown ordered list: may be a conversion artifact
    run: int = 0
    evidence: int | None = None  # the first number of dotted clauses found under it
    listed: bool = False  # came from a list item (its nesting follows the list's)
    paren: bool = False  # labelled "(a)" in running text

    def display(self, label: str | None) -> str:
        parts = [p for p in (label, self.title) if p]
        return " ".join(parts)


@dataclass
class _Pending:
    start: int
    end: int
    path: tuple[_Entry, ...]
    title: str | None
    mergeable: bool
    words: int


@dataclass
class _Block:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    indent: int
    lines: list[str] = field(default_factory=list)
    setext: int | None = None  # 1 for ===, 2 for --- underlines


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_LIST = re.compile(r"^(\s*)(\d{1,3})\.(?=\s)\s*")
_BULLET = re.compile(r"^(\s*)[*+\-•](?=\s)\s*")
_INNER_LABEL = re.compile(r"^(?:\*\*)?(\d{1,3}|[a-z]|[ivxlc]{1,6}|[A-Z])\\?\.(?=\s)\s*")
_PAREN_LABEL = re.compile(r"^(?:\*\*)?\(([a-z]|[ivxlc]{1,6}|\d{1,3}|[A-Z])\)\s*")
_DOTTED = re.compile(r"^(?:\*\*)?(\d{1,3}(?:\.\d{1,3})+)\.?(?=[\s*])")
# "1\\. Title" (a number the converter escaped because it is the document's own) or "**2. TITLE**"
_ESCAPED_NUMBER = re.compile(r"^(?:\*\*)?(\d{1,3})\\\.(?=[\s*])|^\*\*(\d{1,3})\.(?=\s)")
_LETTER_HEADING = re.compile(r"^([A-Z]|\d{1,3}(?:\.\d{1,3})*)\\?\.\s+(?=\S)")
_LEADING_BOLD = re.compile(r"^\s*(\*\*|__)(.+?)\1")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])")
_WORD = re.compile(r"\S+")
_ROMAN = re.compile(r"^[ivxlc]+$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def plain(markdown: str) -> str:
    """Markdown inline text without links, emphasis or escapes, for titles and comparisons."""
    text = _LINK.sub(r"\1", markdown)
    text = _EMPHASIS.sub("", text)
    text = text.replace("\\", "")
    return re.sub(r"\s+", " ", text).strip()


def split_clauses(text: str, page_starts: tuple[int, ...] = (), max_words: int = DEFAULT_MAX_WORDS) -> list[Clause]:
    """Split extracted text into clauses, each with its section, headings, offsets and page."""
    splitter = _Splitter(text)
    pending = splitter.run()
    merged = _merge_fragments(pending, max_words, text)
    clauses: list[Clause] = []
    for item in merged:
        section, path = _resolve(item.path)
        heading = item.title or next((e.title for e in reversed(item.path) if e.title), None)
        full_path = path + ((item.title,) if item.title else ())
        parts = _cut(text, item.start, item.end, max_words)
        for part_no, (start, end) in enumerate(parts, start=1):
            clauses.append(
                Clause(
                    ordinal=len(clauses),
                    section=section,
                    heading=heading,
                    heading_path=full_path,
                    start=start,
                    end=end,
                    page=_page_of(start, page_starts),
                    text=text[start:end],
                    part=part_no if len(parts) > 1 else 0,
                )
            )
    return clauses


class _Splitter:
    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Entry] = []
        self.list_indents: list[int] = []
        self.list_base = NUMBERED_RANK
        self.run_id = 0
        self.entries: list[_Entry] = []
        self.pending: list[_Pending] = []

    def run(self) -> list[_Pending]:
        for block in _blocks(self.text):
            self._block(block)
        _renumber_artifacts(self.entries)
        return self.pending

    # -- stack -------------------------------------------------------------
    def _push(self, entry: _Entry) -> None:
        while self.stack and self.stack[-1].rank >= entry.rank:
            self.stack.pop()
        if entry.rank <= PSEUDO_HEADING_RANK:
            self.run_id += 1
        entry.run = self.run_id
        if entry.absolute and entry.label and "." in entry.label:
            top = next((e for e in reversed(self.stack) if e.rank == NUMBERED_RANK + 1), None)
            if top is not None and top.evidence is None:
                top.evidence = int(entry.label.split(".")[0])
        self.stack.append(entry)
        self.entries.append(entry)

    def _emit(self, start: int, end: int, title: str | None, mergeable: bool) -> None:
        if end <= start:
            return
        words = len(_WORD.findall(self.text[start:end]))
        self.pending.append(_Pending(start, end, tuple(self.stack), title, mergeable, words))

    # -- blocks ------------------------------------------------------------
    def _block(self, block: _Block) -> None:
        first = block.lines[0]
        raw = self.text[block.start : block.end]

        heading = _HEADING.match(first.strip())
        if heading or block.setext:
            rank = len(heading.group(1)) if heading else block.setext or 2
            title_md = heading.group(2) if heading else first.strip()
            self._heading(rank, plain(title_md))
            if len(block.lines) > 1 and not block.setext:
                body_start = block.start + raw.index("\n") + 1
                self._emit(_skip_space(self.text, body_start), block.end, None, False)
            return

        list_match = _LIST.match(first)
        bullet_match = None if list_match else _BULLET.match(first)
        marker = list_match or bullet_match
        if marker:
            indent = len(marker.group(1).expandtabs(4))
            level = self._list_level(indent)
            content_offset = block.start + (marker.end() - len(marker.group(1)))
            content = self.text[content_offset : block.end]
            list_number = int(list_match.group(2)) if list_match else None
            self._labelled(content_offset, block.end, content, level, list_number)
            return

        self.list_indents.clear()
        self._labelled(block.start, block.end, raw, None, None)

    def _list_level(self, indent: int) -> int:
        if not self.list_indents:
            # A list right under a numbered paragraph ("3\\. **Code of Conduct.**" then "* a.") nests in it.
            parent = next((e for e in reversed(self.stack) if e.rank >= NUMBERED_RANK and not e.listed), None)
            self.list_base = parent.rank if parent else NUMBERED_RANK
        while self.list_indents and self.list_indents[-1] > indent:
            self.list_indents.pop()
        if not self.list_indents or self.list_indents[-1] < indent:
            self.list_indents.append(indent)
        return len(self.list_indents)

    def _heading(self, rank: int, title: str) -> None:
        self.list_indents.clear()
        label = None
        absolute = False
        m = _LETTER_HEADING.match(title)
        if m and len(title) > m.end():
            label, title = m.group(1), title[m.end() :].strip()
            absolute = "." in label
        self._push(_Entry(rank=rank, label=label, title=title or None, absolute=absolute))

    def _lost_nesting(self, number: int) -> bool:
        parent = next((e for e in reversed(self.stack) if e.rank == NUMBERED_RANK + 1), None)
        if parent is None or not parent.title or not _is_caps(parent.title):
            return False
        previous = self.stack[-1] if self.stack[-1].rank == NUMBERED_RANK + 2 and self.stack[-1].listed else None
        if previous is not None and previous.label == str(number - 1):
            return True  # continues the nested list
        parent_number = parent.list_number if parent.list_number is not None else parent.label
        return str(number) != str(int(parent_number) + 1) if str(parent_number).isdigit() else True

    def _paren_rank(self, label: str) -> int:
        """(b) after (a) is its sibling; (i) after (a) is its child; (b) after (a)(ii) closes (ii)."""
        kind = _label_kind(label)
        for entry in reversed(self.stack):
            if entry.rank < NUMBERED_RANK:
                break
            if entry.paren and _label_kind(entry.label or "") == kind:
                return entry.rank
        top = self.stack[-1] if self.stack else None
        return top.rank + 1 if top and top.rank >= NUMBERED_RANK else NUMBERED_RANK + 2

    def _labelled(self, start: int, end: int, content: str, level: int | None, list_number: int | None) -> None:
        """A paragraph or list item: find its own label and title, push it if numbered, emit its text."""
        label: str | None = None
        absolute = False
        depth: int | None = None
        rest = content

        bullet = level is not None and list_number is None
        paren = False
        numbered = () if bullet and _INNER_LABEL.match(rest) and not _DOTTED.match(rest) else (_DOTTED, _ESCAPED_NUMBER)
        for pattern in numbered:
            m = pattern.match(rest)
            if m:
                label, absolute = next(g for g in m.groups() if g), True
                depth = label.count(".") + 1
                rest = _reopen_bold(rest, m)
                break
        if label is None:
            m = _INNER_LABEL.match(rest) if bullet else None
            paren_match = None if m else _PAREN_LABEL.match(rest)
            paren = paren_match is not None
            m = m or paren_match
            if m:
                label = m.group(1)
                rest = _reopen_bold(rest, m)
        if label is None and list_number is not None:
            label = str(list_number)

        title, body = _title_and_body(rest)
        is_caps_title = bool(title) and _is_caps(title)

        if absolute:
            rank = NUMBERED_RANK + (depth or 1)
        elif level is not None:
            if level == 1 and list_number is not None and not is_caps_title and self._lost_nesting(list_number):
                # Nested items whose indentation the HTML converter lost: "1. **Beta Services.**"
                # right under "2. **SERVICES.**" is 2.1, not a new section 1.
                level = 2
            # Ordered items number sections themselves; bullets nest in the numbered paragraph above.
            rank = (NUMBERED_RANK if is_caps_title or list_number is not None else self.list_base) + level
        elif label is not None:  # "(a)" paragraph
            rank = self._paren_rank(label)
        else:
            rank = None

        if rank is None:
            # An unnumbered paragraph: a heading if it reads like one, else text of the current section.
            if body is None and title and _reads_as_heading(title):
                self._push(_Entry(rank=PSEUDO_HEADING_RANK, label=None, title=title))
                return
            if body is None and not title and _reads_as_heading(plain(content)) and "\n" not in content.strip():
                self._push(_Entry(rank=PSEUDO_HEADING_RANK, label=None, title=plain(content)))
                return
            run_in = title if (title and body) else None
            self._emit(start, end, run_in, mergeable=_words(content) < SHORT_FRAGMENT_WORDS)
            return

        if label is None:
            # An unlabelled bullet: text of the current section, read with its lead-in when short.
            self._emit(start, end, title if body else None, mergeable=True)
            return

        entry = _Entry(
            rank=rank,
            label=label,
            title=title,
            absolute=absolute and depth is not None and depth > 1,
            list_number=list_number if (list_number is not None and not absolute and level == 1) else None,
            listed=level is not None,
            paren=paren,
        )
        if absolute and depth == 1:
            entry.absolute = False
        self._push(entry)
        if body is not None or not title:
            self._emit(start, end, None, mergeable=False)


def _label_kind(label: str) -> str:
    if label.isdigit():
        return "digit"
    if _ROMAN.match(label) and label not in {"c", "l"}:  # (c) and (l) are far more often letters
        return "roman"
    return "upper" if label.isupper() else "letter"


def _reopen_bold(rest: str, match: re.Match[str]) -> str:
    """Drop a matched label, keeping an opening `**` that the label sat inside."""
    opened = match.group(0).startswith("**")
    tail = rest[match.end() :].lstrip()
    if opened:
        if tail.startswith("**"):
            return tail[2:].lstrip()  # "**12.1** **Charges**" -> "**Charges**"
        return "**" + tail
    return tail


def _title_and_body(content: str) -> tuple[str | None, str | None]:
    """Split "**Title**. Body..." (or "Title. Body" after a number) into title and body.

    Body is None when the block is only a title.
    """
    stripped = content.strip()
    m = _LEADING_BOLD.match(stripped)
    if m:
        end = m.end()
        # "**12.1** **Charges**" style: consecutive bold runs form one title.
        while True:
            nxt = _LEADING_BOLD.match(stripped[end:])
            if not nxt or stripped[end : end + len(nxt.group(0)) - len(nxt.group(0).lstrip())].strip():
                break
            end += nxt.end()
        title = plain(stripped[:end]).rstrip(" .:;—–-")
        body = stripped[end:].lstrip(" .:;—–-\\")
        if not title:
            return None, stripped
        return title, (body if plain(body) else None)
    text = plain(stripped)
    if not text:
        return None, None
    # "10.2 Service Generated Data. Customer Content ..." (PDF text, no bold)
    m2 = re.match(r"^([A-Z][^.:]{2,90}?)[.:]\s+(?=[A-Z(“\"])", stripped)
    if m2 and _title_like(m2.group(1)) and len(stripped) > m2.end():
        return plain(m2.group(1)), stripped[m2.end() :]
    if "\n" not in stripped and _reads_as_heading(text):
        return text.rstrip(" .:"), None
    return None, stripped


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_caps(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _title_like(title: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title)]
    if not words or len(words) > 14:
        return False
    minor = {
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "from",
        "your",
        "our",
    }
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in minor)
    return capitalised / len(words) >= 0.8 and words[0][0].isupper()


def _reads_as_heading(text: str) -> bool:
    """Short, and either ALL CAPS or Title Case without a sentence inside."""
    text = text.strip()
    if not text or len(text) > 120 or _words(text) > 16:
        return False
    if _YEAR.search(text):  # "EFFECTIVE: August 20, 2020" is a date line, not a heading
        return False
    if _is_caps(text):
        # Long capitalised lines are notices ("READ THIS SECTION CAREFULLY AS IT LIMITS OUR
        # LIABILITY TO YOU"), not headings that the following sections would sit under.
        return _words(text) <= CAPS_HEADING_MAX_WORDS
    core = text.rstrip(".:")
    if re.search(r"[.!?]\s", core):
        return False
    return _title_like(core)


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _blocks(text: str) -> list[_Block]:
    """Paragraphs and list items with their offsets. A list item, heading or numbered
    clause starts a new block even without a blank line before it."""
    blocks: list[_Block] = []
    current: _Block | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        body = line.rstrip("\n")
        if not body.strip():
            current = None
            continue
        if (
            current is not None
            and len(current.lines) == 1
            and _SETEXT.match(body)
            and not _LIST.match(current.lines[0])
        ):
            current.setext = 1 if body.strip().startswith("=") else 2
            current = None
            continue
        if _RULE.match(body):
            current = None
            continue
        starts_new = bool(
            _HEADING.match(body.strip())
            or _LIST.match(body)
            or _BULLET.match(body)
            or _DOTTED.match(body.strip())
            or _ESCAPED_NUMBER.match(body.strip())
        )
        lead = len(body) - len(body.lstrip())
        stripped_end = line_start + len(body.rstrip())
        if current is None or starts_new or (current.lines and _HEADING.match(current.lines[0].strip())):
            current = _Block(start=line_start + lead, end=stripped_end, indent=lead, lines=[body])
            blocks.append(current)
        else:
            current.lines.append(body)
            current.end = stripped_end
    return blocks


def _renumber_artifacts(entries: list[_Entry]) -> None:
    """Give list-numbered top-level sections the document's own numbers (see module docstring).

    Sections numbered by the document itself ("**2. TITLE**", "2\\. Title") sit in the same
    run as fixed points.
    """
    runs: dict[int, list[tuple[_Entry, int, int | None]]] = {}
    for entry in entries:
        if entry.rank != NUMBERED_RANK + 1 or not (entry.label or "").isdigit():
            continue
        if entry.list_number is not None:
            runs.setdefault(entry.run, []).append((entry, entry.list_number, entry.evidence))
        elif not entry.listed:
            runs.setdefault(entry.run, []).append((entry, int(entry.label or 0), int(entry.label or 0)))
    for run in runs.values():
        consecutive = all(b[1] == a[1] + 1 for a, b in zip(run, run[1:], strict=False))
        contradicted = any(known is not None and known != number for _, number, known in run)
        if consecutive and not contradicted:
            continue
        previous = 0
        for entry, _, known in run:
            number = known if known is not None else previous + 1
            entry.label = str(number)
            previous = number


def _resolve(path: tuple[_Entry, ...]) -> tuple[str | None, tuple[str, ...]]:
    """Section number and heading path for a clause under these entries."""
    labels: list[str] = []
    display: list[str] = []
    for entry in path:
        if entry.label:
            if entry.absolute:
                labels = [entry.label]
            else:
                labels.append(entry.label)
        section_here = _join(labels) if entry.label else None
        shown = entry.display(section_here)
        if shown:
            display.append(shown)
    return (_join(labels) if labels else None), tuple(display)


def _join(labels: list[str]) -> str:
    out = ""
    for label in labels:
        if not out:
            out = label
        elif out.endswith(")") or (label.islower() and (len(label) == 1 or _ROMAN.match(label))):
            out += f"({label})"
        else:
            out += f".{label}"
    return out


def _merge_fragments(pending: list[_Pending], max_words: int, text: str) -> list[_Pending]:
    """Read short unlabelled items (list bullets, one-line fragments) with the clause before them,
    and whatever a paragraph ending in a colon introduces with it ("... you're contracting with:"
    and the name and address of the company)."""
    merged: list[_Pending] = []
    for item in pending:
        prev = merged[-1] if merged else None
        introduced = prev is not None and text[prev.start : prev.end].rstrip().endswith(":")
        if (
            prev is not None
            and (item.mergeable or introduced)
            and prev.path == item.path
            and prev.words + item.words <= max_words
        ):
            prev.end = item.end
            prev.words += item.words
            continue
        merged.append(_Pending(item.start, item.end, item.path, item.title, item.mergeable, item.words))
    return merged


def _cut(text: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    """Cut [start, end) into parts of at most max_words words, at sentence ends where possible."""
    if _words(text[start:end]) <= max_words:
        return [(start, end)]
    # Sentence boundaries (and line breaks between list items) are the cut candidates.
    cuts = [m.start() for m in _SENTENCE_END.finditer(text, start, end)]
    cuts += [start + m.start() for m in re.finditer(r"\n", text[start:end])]
    cuts = sorted(set(c for c in cuts if start < c < end))
    parts: list[tuple[int, int]] = []
    part_start = start
    last_ok: int | None = None
    for cut in cuts + [end]:
        if _words(text[part_start:cut]) <= max_words:
            last_ok = cut
            continue
        split_at = last_ok if last_ok and last_ok > part_start else _hard_cut(text, part_start, cut, max_words)
        parts.append((part_start, _rstrip(text, part_start, split_at)))
        part_start = _skip_space(text, split_at)
        last_ok = cut if _words(text[part_start:cut]) <= max_words else None
        while last_ok is None and part_start < cut:
            hard = _hard_cut(text, part_start, cut, max_words)
            parts.append((part_start, _rstrip(text, part_start, hard)))
            part_start = _skip_space(text, hard)
            if _words(text[part_start:cut]) <= max_words:
                last_ok = cut
    if part_start < end:
        parts.append((part_start, _rstrip(text, part_start, end)))
    return [(s, e) for s, e in parts if e > s]


def _hard_cut(text: str, start: int, end: int, max_words: int) -> int:
    words = list(_WORD.finditer(text, start, end))
    if len(words) <= max_words:
        return end
    return words[max_words - 1].end()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _page_of(offset: int, page_starts: tuple[int, ...]) -> int | None:
    if not page_starts:
        return None
    return bisect.bisect_right(page_starts, offset)
