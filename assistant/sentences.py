"""Sentence spans inside a clause, so evidence can be trimmed to the sentences that matter.

Offsets are relative to the text given; a span never includes leading or trailing space,
so `text[start:end]` of a span is a clean quote.
"""

from __future__ import annotations

import re

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
