"""What changed between two versions of a document, clause by clause.

Clauses are aligned, not just compared in order: first clauses whose words are the same (even
if renumbered or moved), then the most similar remaining pairs (word-sequence similarity, with a
bonus for keeping the section number). Unpaired clauses are `removed` or `added`; a pair whose
words differ is `modified` (with word-level edits); a pair with the same words in another place
or under another number is `moved`.

Edits that change no words -- whitespace, Markdown emphasis or escapes, punctuation, quote and
dash style, capitalisation, link URLs -- are skipped and counted, as are changes to the "Effective Date" line, because
alerting on them is the most common complaint about terms-change trackers.

Every clause side keeps its document offsets, and every word edit its offsets in each version,
so `text[start:end]` of the stored version text is exactly the quoted text.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from assistant.clauses import plain
from assistant.ingest import is_date_line
from assistant.topics import label_topics, topic_weight

ChangeKind = Literal["added", "removed", "modified", "moved"]
EditOp = Literal["insert", "delete", "replace"]

# A pair below this word-sequence similarity is not the same clause (it is removed + added).
DEFAULT_MATCH_THRESHOLD = 0.5
# Keeping the section number is evidence of being the same clause.
SECTION_BONUS = 0.1
# A section counts as rewritten when at least this share of its clauses in the new version is
# added or modified (and at least two are).
REWRITTEN_SHARE = 0.5
# Changes of this many words or more count fully towards importance; smaller ones less.
SIZE_SATURATION_WORDS = 40
# A moved clause with unchanged words matters much less than a change of words.
MOVED_FACTOR = 0.15
# Edits that add or drop these words (as compared: case-folded, apostrophes dropped) can flip what a
# clause allows.
PIVOT_WORDS = frozenset(
    {"not", "no", "never", "without", "consent", "may", "will", "must", "shall", "only", "except", "unless"}
    | {"cannot", "wont", "dont", "doesnt", "does"}
)
NO_PIVOT_FACTOR = 0.8

_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\([^)\n]*\))")
_TOKEN = re.compile(r"\S+")
_SEPARATORS = re.compile(r"[-\u2010-\u2015\u2212/]")
_KEEP_SYMBOLS = set("%$€£¥&@+§")


class ClauseLike(Protocol):
    """What the diff needs of a clause (both `Clause` and `StoredClause` have it)."""

    @property
    def ordinal(self) -> int: ...
    @property
    def section(self) -> str | None: ...
    @property
    def heading(self) -> str | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class ClauseSide:
    """One version's side of a change: where the clause sits and its exact text."""

    version: str
    section: str | None
    heading: str | None
    start: int
    end: int
    text: str  # exactly text[start:end] of that version's stored text
    ordinal: int
    clause_id: str | None = None
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "section": self.section,
            "heading": self.heading,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "text": self.text,
        }


@dataclass(frozen=True)
class WordEdit:
    """Words deleted from the old clause and/or inserted in the new one, with document offsets.
    An insertion has old_start == old_end (where it goes); a deletion new_start == new_end."""

    op: EditOp
    old_text: str
    new_text: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "old_text": self.old_text,
            "new_text": self.new_text,
            "old_start": self.old_start,
            "old_end": self.old_end,
            "new_start": self.new_start,
            "new_end": self.new_end,
        }


@dataclass(frozen=True)
class ClauseChange:
    """One substantive change between two versions."""

    kind: ChangeKind
    old: ClauseSide | None
    new: ClauseSide | None
    similarity: float  # word-sequence similarity of the pair (0 for added/removed)
    edits: tuple[WordEdit, ...]
    topics: tuple[str, ...]
    importance: float  # 0-1, what the change list is ordered by
    words_added: int
    words_removed: int

    @property
    def section(self) -> str | None:
        side = self.new or self.old
        return side.section if side else None

    @property
    def heading(self) -> str | None:
        side = self.new or self.old
        return side.heading if side else None

    @property
    def renumbered(self) -> bool:
        return self.old is not None and self.new is not None and self.old.section != self.new.section

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "section": self.section,
            "heading": self.heading,
            "old_section": self.old.section if self.old else None,
            "new_section": self.new.section if self.new else None,
            "topics": list(self.topics),
            "importance": round(self.importance, 3),
            "similarity": round(self.similarity, 3),
            "words_added": self.words_added,
            "words_removed": self.words_removed,
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
            "edits": [e.to_dict() for e in self.edits],
        }


@dataclass(frozen=True)
class SectionSummary:
    """A top-level section of which most clauses changed."""

    section: str
    heading: str | None
    changed: int  # clauses of the new version that were added or modified
    total: int  # clauses of the new version in the section

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "heading": self.heading, "changed": self.changed, "total": self.total}


@dataclass
class DocumentDiff:
    """The substantive changes from one version to another, most important first."""

    document: str
    from_version: str
    to_version: str
    changes: list[ClauseChange] = field(default_factory=list)
    unchanged: int = 0
    trivial_skipped: int = 0  # pairs that differ only in whitespace, emphasis, punctuation or link URLs
    date_lines_skipped: int = 0  # "Effective Date: ..." lines that only changed their date
    rewritten_sections: list[SectionSummary] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counted = Counter(c.kind for c in self.changes)
        return {kind: counted.get(kind, 0) for kind in ("added", "removed", "modified", "moved")}

    def topic_counts(self) -> dict[str, int]:
        counted = Counter(t for c in self.changes if c.kind != "moved" for t in c.topics)
        return dict(counted.most_common())

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `diff --json` and of the API."""
        return {
            "document": self.document,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "summary": {
                **self.counts(),
                "unchanged": self.unchanged,
                "trivial_skipped": self.trivial_skipped,
                "date_lines_skipped": self.date_lines_skipped,
            },
            "topics": self.topic_counts(),
            "rewritten_sections": [s.to_dict() for s in self.rewritten_sections],
            "changes": [c.to_dict() for c in self.changes],
        }


# -- comparison keys -----------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    key: str  # the word as compared
    start: int  # offsets in the clause text
    end: int


@dataclass
class _Unit:
    clause: ClauseLike
    side: ClauseSide
    tokens: list[_Token]
    label_tokens: int  # leading tokens that are only the clause's own number

    @property
    def body(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.tokens[self.label_tokens :])


def word_key(token: str) -> str:
    """A word as compared across versions: case-folded, without Markdown, punctuation, quotes or dashes;
    digits keep their inner separators ("1,000", "10.2") and a few symbols that carry meaning ($, %, §)."""
    text = unicodedata.normalize("NFKC", plain(token))
    out: list[str] = []
    for i, ch in enumerate(text):
        inner_separator = ch in ".,:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if ch.isalnum() or ch in _KEEP_SYMBOLS or inner_separator:
            out.append(ch)
    return "".join(out).casefold()


def clause_tokens(text: str) -> list[_Token]:
    """The compared words of a clause with their offsets; link URLs are not words."""
    masked = _LINK.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3)), text)
    # Hyphens, dashes and slashes separate words, so "legally-required" compares as "legally required".
    masked = _SEPARATORS.sub(" ", masked)
    tokens = []
    for m in _TOKEN.finditer(masked):
        key = word_key(m.group(0))
        if key:
            tokens.append(_Token(key, m.start(), m.end()))
    return tokens


def _label_count(tokens: list[_Token], section: str | None) -> int:
    """1 when the clause starts with its own number ("10.2", "(a)"), which renumbering changes."""
    if not tokens or not section:
        return 0
    last = re.split(r"[.()]+", section.strip("()"))
    candidates = {word_key(section), word_key(last[-1]) if last else ""}
    return 1 if tokens[0].key in candidates - {""} else 0


def _unit(clause: ClauseLike, version: str) -> _Unit:
    tokens = clause_tokens(clause.text)
    side = ClauseSide(
        version=version,
        section=clause.section,
        heading=clause.heading,
        start=clause.start,
        end=clause.end,
        text=clause.text,
        ordinal=clause.ordinal,
        clause_id=getattr(clause, "id", None),
        page=getattr(clause, "page", None),
    )
    return _Unit(clause, side, tokens, _label_count(tokens, clause.section))


# -- alignment -----------------------------------------------------------------


def _align(old: list[_Unit], new: list[_Unit], threshold: float) -> list[tuple[int, int, float]]:
    """Pairs (old index, new index, similarity): identical words first, then the most similar."""
    pairs: list[tuple[int, int, float]] = []
    free_new: dict[tuple[str, ...], list[int]] = {}
    for j, unit in enumerate(new):
        free_new.setdefault(unit.body, []).append(j)
    used_old: set[int] = set()
    used_new: set[int] = set()
    for i, unit in enumerate(old):
        candidates = [j for j in free_new.get(unit.body, []) if j not in used_new]
        if not candidates:
            continue
        # Among repeated identical texts, keep the one under the same number, else the first.
        j = next((j for j in candidates if new[j].side.section == unit.side.section), candidates[0])
        pairs.append((i, j, 1.0))
        used_old.add(i)
        used_new.add(j)

    rest_old = [i for i in range(len(old)) if i not in used_old]
    rest_new = [j for j in range(len(new)) if j not in used_new]
    scored: list[tuple[float, int, int, int, float]] = []
    lowest = threshold - SECTION_BONUS
    for i in rest_old:
        a = old[i].body
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(a)  # seq2 is the one SequenceMatcher indexes; reuse it across candidates
        for j in rest_new:
            matcher.set_seq1(new[j].body)
            if matcher.real_quick_ratio() < lowest or matcher.quick_ratio() < lowest:
                continue
            ratio = matcher.ratio()
            score = ratio + _place_bonus(old[i].side.section, new[j].side.section)
            if score >= threshold:
                distance = abs(old[i].side.ordinal - new[j].side.ordinal)
                scored.append((score, -distance, i, j, ratio))
    for _score, _distance, i, j, ratio in sorted(scored, reverse=True):
        if i in used_old or j in used_new:
            continue
        pairs.append((i, j, ratio))
        used_old.add(i)
        used_new.add(j)
    return pairs


def _place_bonus(old_section: str | None, new_section: str | None) -> float:
    """Evidence from numbering: the same number counts for a pair, another top-level section against it."""
    if old_section is not None and old_section == new_section:
        return SECTION_BONUS
    if old_section is None and new_section is None:
        return 0.0
    if _top_section(old_section) == _top_section(new_section):
        return SECTION_BONUS / 2
    return -SECTION_BONUS


def _out_of_order(pairs: list[tuple[int, int, float]]) -> set[tuple[int, int]]:
    """Pairs whose order changed: those outside the common order difflib finds between the pairs
    sorted by old position and sorted by new position."""
    by_old = sorted(pairs, key=lambda p: p[0])
    by_new = sorted(pairs, key=lambda p: p[1])
    ids_old = [(i, j) for i, j, _ in by_old]
    ids_new = [(i, j) for i, j, _ in by_new]
    matcher = difflib.SequenceMatcher(None, ids_old, ids_new, autojunk=False)
    in_order = {ids_old[b.a + k] for b in matcher.get_matching_blocks() for k in range(b.size)}
    return set(ids_old) - in_order


# -- the diff ------------------------------------------------------------------


def diff_clauses(
    old_clauses: Sequence[ClauseLike],
    new_clauses: Sequence[ClauseLike],
    document: str,
    from_version: str,
    to_version: str,
    match_threshold: float = DEFAULT_MATCH_THRESHOLD,
) -> DocumentDiff:
    """Align two versions' clauses and list the substantive changes, most important first."""
    old = [u for u in (_unit(c, from_version) for c in old_clauses) if u.tokens]
    new = [u for u in (_unit(c, to_version) for c in new_clauses) if u.tokens]
    pairs = _align(old, new, match_threshold)
    moved = _out_of_order(pairs)
    result = DocumentDiff(document, from_version, to_version)
    changes: list[ClauseChange] = []

    for i, j, ratio in pairs:
        a, b = old[i], new[j]
        if a.body == b.body:
            if (i, j) in moved or a.side.section != b.side.section:
                changes.append(_change("moved", a, b, 1.0, ()))
            elif a.side.text != b.side.text:
                result.trivial_skipped += 1
            else:
                result.unchanged += 1
            continue
        if _is_date_line(a) and _is_date_line(b):
            result.date_lines_skipped += 1
            continue
        changes.append(_change("modified", a, b, ratio, _word_edits(a, b)))

    paired_old = {i for i, _, _ in pairs}
    paired_new = {j for _, j, _ in pairs}
    changes += [_change("removed", u, None, 0.0, ()) for i, u in enumerate(old) if i not in paired_old]
    changes += [_change("added", None, u, 0.0, ()) for j, u in enumerate(new) if j not in paired_new]

    def order(change: ClauseChange) -> tuple[float, int, int]:
        position = change.new.ordinal if change.new else (change.old.ordinal if change.old else 0)
        return (-change.importance, 0 if change.new else 1, position)

    result.changes = sorted(changes, key=order)
    result.rewritten_sections = _rewritten(new, changes)
    return result


def _is_date_line(unit: _Unit) -> bool:
    return len(unit.tokens) <= 16 and is_date_line(plain(unit.side.text))


def _word_edits(a: _Unit, b: _Unit) -> tuple[WordEdit, ...]:
    old_tokens = a.tokens[a.label_tokens :]
    new_tokens = b.tokens[b.label_tokens :]
    matcher = difflib.SequenceMatcher(None, [t.key for t in old_tokens], [t.key for t in new_tokens], autojunk=False)
    edits = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        old_start, old_end = _span(old_tokens, i1, i2, a.side.text)
        new_start, new_end = _span(new_tokens, j1, j2, b.side.text)
        edits.append(
            WordEdit(
                op=op,  # type: ignore[arg-type]  # difflib's tags other than "equal" are our EditOp
                old_text=a.side.text[old_start:old_end],
                new_text=b.side.text[new_start:new_end],
                old_start=a.side.start + old_start,
                old_end=a.side.start + old_end,
                new_start=b.side.start + new_start,
                new_end=b.side.start + new_end,
            )
        )
    return tuple(edits)


def _span(tokens: list[_Token], i1: int, i2: int, text: str) -> tuple[int, int]:
    """Clause-text offsets of tokens[i1:i2]; for an empty range, the point where it would go."""
    if i1 < i2:
        return tokens[i1].start, tokens[i2 - 1].end
    point = tokens[i1].start if i1 < len(tokens) else (tokens[-1].end if tokens else len(text))
    return point, point


def _change(
    kind: ChangeKind, a: _Unit | None, b: _Unit | None, similarity: float, edits: tuple[WordEdit, ...]
) -> ClauseChange:
    topics: list[str] = []
    for unit in (b, a):
        if unit is not None:
            topics += [t for t in label_topics(unit.side.text, unit.side.heading) if t not in topics]
    if kind == "modified":
        added = sum(len(_TOKEN.findall(e.new_text)) for e in edits)
        removed = sum(len(_TOKEN.findall(e.old_text)) for e in edits)
        touched = {word_key(w) for e in edits for w in (e.old_text + " " + e.new_text).split()}
    else:
        added = len(b.body) if kind == "added" and b else 0
        removed = len(a.body) if kind == "removed" and a else 0
        touched = set((b or a).body) if kind in ("added", "removed") and (b or a) else set()
    importance = _importance(kind, added + removed, topics, bool(touched & PIVOT_WORDS))
    return ClauseChange(
        kind=kind,
        old=a.side if a else None,
        new=b.side if b else None,
        similarity=similarity,
        edits=edits,
        topics=tuple(topics),
        importance=importance,
        words_added=added,
        words_removed=removed,
    )


def _importance(kind: ChangeKind, words: int, topics: list[str], pivots: bool) -> float:
    """Topic weight, scaled by the size of the change and by whether it adds or drops a word like
    "not", "consent" or "may" that can flip what the clause allows; a mere move counts little."""
    weight = topic_weight(topics)
    if kind == "moved":
        return round(weight * MOVED_FACTOR, 4)
    size = min(1.0, math.log1p(words) / math.log1p(SIZE_SATURATION_WORDS))
    return round(weight * (0.55 + 0.45 * size) * (1.0 if pivots else NO_PIVOT_FACTOR), 4)


def _top_section(section: str | None) -> str | None:
    if not section:
        return None
    return re.split(r"[.(]", section, maxsplit=1)[0] or None


def _rewritten(new: list[_Unit], changes: list[ClauseChange]) -> list[SectionSummary]:
    totals: Counter[str] = Counter()
    headings: dict[str, str | None] = {}
    for unit in new:
        top = _top_section(unit.side.section)
        if top:
            totals[top] += 1
            headings.setdefault(top, _top_heading(unit.clause, top))
    changed: Counter[str] = Counter()
    for change in changes:
        if change.kind in ("added", "modified") and change.new:
            top = _top_section(change.new.section)
            if top:
                changed[top] += 1
    out = [
        SectionSummary(top, headings.get(top), changed[top], totals[top])
        for top in totals
        if changed[top] >= 2 and changed[top] / totals[top] >= REWRITTEN_SHARE
    ]
    return out


def _top_heading(clause: ClauseLike, top: str) -> str | None:
    """The title of the top-level section a clause sits in, from its heading path when it has one."""
    path = getattr(clause, "heading_path", "")
    parts = path.split(" > ") if isinstance(path, str) else list(path)
    for part in parts:
        if part.startswith(f"{top} "):
            return part[len(top) + 1 :].strip() or None
    return None
