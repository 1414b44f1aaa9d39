"""Clauses that qualify other clauses: "Notwithstanding the above…", "Subject to Section 4…",
"except as provided in Section 27.7…".

A clause read without the clause that qualifies it gives the wrong answer: Zoom's 10.4
grants a licence to use Customer Content for machine learning, and the sentence right
after it says "Notwithstanding the above, Zoom will not use audio, video or chat Customer
Content to train our artificial intelligence models without your consent." Retrieval uses
these links to bring both into the context whichever of the two it found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.sentences import sentence_spans
from assistant.store import StoredClause

# Section references as terms write them: "Section 10.3", "Sections 4 and 5", "clause 7(b)", "§ 12".
_SECTION_REF = (
    r"(?:Sections?|[Cc]lauses?|[Pp]aragraphs?|§§?|Articles?)\s*"
    r"(?P<refs>[A-Z]?\d[\w.()]*(?:\s*(?:,|and|or|through|to|-|–)\s*[A-Z]?\d[\w.()]*)*)"
)
_ABOVE = (
    r"(?:the\s+(?:above|foregoing|preceding|previous)(?:\s+\w+)?"
    r"|anything\s+(?:to\s+the\s+contrary\s+)?(?:above|in\s+the\s+foregoing))"
)
_VERBS = r"(?:provided|set\s+forth|specified|stated|described|permitted|required)"
_MARKERS = [
    (
        "notwithstanding",
        re.compile(
            r"\bnotwithstanding\s+(?:(?:anything\s+(?:to\s+the\s+contrary\s+)?|the\s+(?:\w+\s+){1,3})"
            rf"(?:in|of|under)\s+(?:this\s+)?)?(?:{_SECTION_REF}|{_ABOVE})",
            re.I,
        ),
    ),
    (
        "subject to",
        re.compile(
            r"\bsubject\s+to\s+(?:the\s+(?:terms|provisions|limitations|conditions)\s+(?:of|in)\s+)?"
            rf"(?:this\s+)?{_SECTION_REF}",
            re.I,
        ),
    ),
    (
        "except as",
        re.compile(
            rf"\bexcept\s+(?:as|to\s+the\s+extent)\s+(?:otherwise\s+)?{_VERBS}\s+"
            rf"(?:in|under|by|below\s+in|above\s+in)\s+(?:this\s+)?{_SECTION_REF}",
            re.I,
        ),
    ),
    ("except as", re.compile(rf"\bexcept\s+as\s+(?:otherwise\s+)?{_VERBS}\s+(?:above|in\s+{_ABOVE})", re.I)),
]
_REF_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b|\bthrough\b|\bto\b|-|–)\s*")


@dataclass(frozen=True)
class Override:
    """`source` qualifies `targets` (clause ordinals); the qualifying sentence is start:end (document offsets)."""

    kind: str  # "notwithstanding" | "subject to" | "except as"
    source: int
    targets: tuple[int, ...]
    start: int
    end: int


def find_overrides(clauses: Sequence[StoredClause], max_targets: int = 3) -> list[Override]:
    """Every qualifying link between clauses of one document version (a clause never links to itself)."""
    by_ordinal = {c.ordinal: c for c in clauses}
    sections = _section_index(clauses)
    found: list[Override] = []
    for clause in clauses:
        spans = sentence_spans(clause.text)
        for kind, pattern in _MARKERS:
            for match in pattern.finditer(clause.text):
                refs = match.groupdict().get("refs")
                if refs:
                    targets = _resolve_refs(refs, sections, clause)
                else:
                    targets = _above(clause, by_ordinal, spans, match.start())
                targets = tuple(t for t in targets if t != clause.ordinal)[:max_targets]
                if not targets:
                    continue
                start, end = next(((s, e) for s, e in spans if s <= match.start() < e), (0, len(clause.text)))
                found.append(Override(kind, clause.ordinal, targets, clause.start + start, clause.start + end))
    return found


def _above(
    clause: StoredClause, by_ordinal: dict[int, StoredClause], spans: list[tuple[int, int]], offset: int
) -> list[int]:
    """What "the above" means: the text before it in the same clause, else the clauses just before
    it that belong to the same section (all parts of a long clause), else the one clause before."""
    first_sentence = not spans or offset < spans[0][1]
    if not first_sentence:
        return []  # qualifies earlier sentences of its own clause, which travel with it
    before: list[int] = []
    ordinal = clause.ordinal - 1
    while ordinal in by_ordinal and len(before) < 3:
        previous = by_ordinal[ordinal]
        if before and previous.section != by_ordinal[before[-1]].section:
            break
        before.append(ordinal)
        if previous.section != clause.section:
            break
        ordinal -= 1
    return before


def _section_index(clauses: Sequence[StoredClause]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for c in clauses:
        if c.section:
            index.setdefault(_norm(c.section), []).append(c.ordinal)
    return index


def _resolve_refs(refs: str, sections: dict[str, list[int]], clause: StoredClause) -> list[int]:
    targets: list[int] = []
    for ref in _REF_SPLIT.split(refs):
        key = _norm(ref)
        if not key:
            continue
        hits = sections.get(key)
        if hits is None:
            # "Section 17" for a document numbered 17.1, 17.2, …: its first clauses.
            hits = [o for s, ords in sections.items() if s.startswith(key + ".") for o in ords][:2]
        targets.extend(hits[:2])
    return list(dict.fromkeys(targets))


def _norm(section: str) -> str:
    return section.strip().rstrip(".").strip("()").lower()
