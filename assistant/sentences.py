"""Sentences inside a clause, with offsets kept.

`sentence_spans` finds sentence boundaries in raw clause text (evidence is trimmed to the
sentences that matter, and `text[start:end]` of a span is a clean quote). `split_sentences`
reads the same boundaries in the clause's plain text (Markdown removed, for the red-flags
classifier, whose training data has no Markdown) and maps each sentence back to exact
characters of the stored document text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (after closing quotes, brackets or bold markers) followed by space
# and something that can start a sentence; a line break before a list item or heading also ends one.
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"”’)\]*_]*\s+(?=[\"“(\[*_]*[A-Z0-9])|\n\s*\n|\n(?=\s*(?:[*+\-•]|\d{1,3}[.)]|\(?[a-z]\))\s)"
)
# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|Inc|Ltd|Corp|Co|No|Nos|Sec|Secs|Art|U\.S|U\.K|Mr|Mrs|Ms|Dr|St|vs|cf|approx|incl)\.|\b[A-Z]\.)$"
)
_SPACE = re.compile(r"\s")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        head = text[start : match.start()].rstrip('"”’)]*_')
        if _ABBREVIATIONS.search(head):
            continue
        _append(text, start, match.start(), spans)
        start = match.end()
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and _SPACE.match(text[start]):
        start += 1
    while end > start and _SPACE.match(text[end - 1]):
        end -= 1
    if end > start:
        spans.append((start, end))


# Markup that carries no words: emphasis runs, link targets, heading marks, escapes, tags.
_MARKUP = re.compile(
    r"\*+"
    r"|(?<![\w])_{1,3}|_{1,3}(?![\w])"
    r"|\]\([^)\s]*\)"
    r"|\["
    r"|\\(?=[^\w\s])"
    r"|^[ \t]*#{1,6}[ \t]*"
    r"|<[^>\n]{1,200}>",
    re.MULTILINE,
)
# Sentences longer than this are also cut at semicolons: the embedding model reads about
# 256 word pieces, and a long enumeration is several claims.
MAX_SENTENCE_WORDS = 120


@dataclass(frozen=True)
class PlainText:
    """Text without Markdown; `origin[i]` is the offset in the source of plain character i."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of plain[start:end] (end exclusive)."""
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class Sentence:
    """A sentence: plain text for the classifier, source offsets for quoting."""

    text: str  # plain text (no Markdown), whitespace collapsed
    start: int  # offsets in the source the clause came from
    end: int
    plain: PlainText  # this sentence's own plain text with its origins, for highlighting


def plain_text(source: str, base: int = 0) -> PlainText:
    """Drop Markdown from `source`; origins are `base` + offsets in `source`."""
    chars: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _MARKUP.finditer(source):
        for i in range(last, m.start()):
            chars.append(source[i])
            origin.append(base + i)
        last = m.end()
    for i in range(last, len(source)):
        chars.append(source[i])
        origin.append(base + i)
    return PlainText("".join(chars), tuple(origin))


def split_sentences(source: str, base: int = 0) -> list[Sentence]:
    """The sentences of `source` (a clause's text), with offsets shifted by `base` (the clause's start)."""
    plain = plain_text(source, base)
    spans = sentence_spans(plain.text)
    sentences: list[Sentence] = []
    for s, e in spans:
        for ps, pe in _cut_long(plain.text, s, e):
            sentence = _sentence(plain, ps, pe)
            if sentence is not None:
                sentences.append(sentence)
    return sentences


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if len(text[start:end].split()) <= MAX_SENTENCE_WORDS:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    for m in re.finditer(r";\s+", text[start:end]):
        cut = start + m.start() + 1
        parts.append((start if not parts else parts[-1][1], cut))
    if not parts:
        return [(start, end)]
    bounds = [start] + [p[1] for p in parts] + [end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _sentence(plain: PlainText, start: int, end: int) -> Sentence | None:
    text = plain.text
    while start < end and not text[start].isalnum() and text[start] not in "(“\"'$":
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3 or not any(ch.isalpha() for ch in text[start:end]):
        return None
    src_start, src_end = plain.span(start, end)
    own = PlainText(text[start:end], plain.origin[start:end])
    return Sentence(" ".join(own.text.split()), src_start, src_end, own)
