"""Find the clauses that decide a question, within chosen documents and versions.

Retrieval is hybrid: a dense ranking (the question's embedding against the clause vectors
stored in Chroma) and a lexical ranking (BM25 over the same clauses) are fused, by default
by adding their standardised scores (reciprocal rank fusion is the alternative; on the
ContractNLI dev sample score fusion found more of the gold evidence, see README).
Clauses far below the best match are dropped, and each kept clause is trimmed to the
sentences that carry the answer, because the model's reading time (prefill) is most of an
answer's latency on a CPU.

Then the context is completed with what the kept sentences lean on:
- the sentence that defines a term they use, when that definition bears on the question
  (Zoom 10.2 defines telemetry as "Service Generated Data");
- the clause that qualifies them ("Notwithstanding the above…") or that they qualify.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from assistant.definitions import Definition, TermMatcher, find_definitions
from assistant.embed import Embedder
from assistant.injection import strip_instructions
from assistant.lay_terms import with_contract_words
from assistant.lexical import LexicalIndex, terms
from assistant.overrides import Override, find_overrides
from assistant.sentences import sentence_spans
from assistant.settings import Settings
from assistant.store import DocumentVersion, Library, ScoredClause, StoredClause, text_sha

# Fetch more than asked from each ranking so that fusion and de-duplication have room.
CANDIDATES = 30
# A question word found in more than this share of a document's clauses cannot decide
# between them (the company's name, "services").
RARE_SHARE = 0.2
# A definition is brought in only when it shares a word with the question that is this rare
# in the document: "telemetry" (one clause of Zoom's), not "data" (dozens).
DEFINITION_SHARE = 0.05
# A sentence of a trimmed clause that shares this many words with the question is given too.
# On 242 ContractNLI hypotheses it keeps 3 more points of the gold evidence (0.70 -> 0.73; 1 more
# on another 249) for 7% more words; widening every window to 120 words keeps 4 for 13%.
ANCHOR_OVERLAP = 2
# A clause of the top k that the relative floor drops is replaced by the next one in the ranking
# that passes it, looking this many times k deep. "Can I use Google services if I am 10 years old?"
# ranked two clauses that share "old" and "services" but little meaning 2nd and 3rd; the floor
# dropped them and the age requirements (5th and 6th) were not given at all. Accuracy on the dev
# sets is unchanged; gold evidence in the final context 0.849 -> 0.869 (ContractNLI 100) and
# 0.784 -> 0.789 (242 hypotheses), privacy-policy QA recall 0.187 -> 0.197.
REFILL_DEPTH = 2
# Sentences that start like this qualify the sentence before them and travel with it.
_QUALIFIER_STARTS = ("notwithstanding", "however", "provided", "except", "unless", "but ", "this does not")


@dataclass(frozen=True)
class Evidence(ScoredClause):
    """A clause given to the model. `start:end` (document offsets) is the part of it that is
    quoted: the whole clause or a range of its sentences. `score` is the cosine similarity
    of the clause to the question."""

    start: int = -1
    end: int = -1
    reason: str = "match"  # "match" | "definition" | "override"
    note: str = ""  # why a linked clause is here, e.g. 'defines "Service Generated Data"'
    fused: float = 0.0  # fused retrieval score (0 for linked clauses)

    @property
    def quote(self) -> str:
        offset = self.clause.start
        return self.clause.text[self.start - offset : self.end - offset]

    @property
    def trimmed(self) -> bool:
        return (self.start, self.end) != (self.clause.start, self.clause.end)


@dataclass(frozen=True)
class RetrievalOptions:
    """How retrieval behaves; every field comes from Settings (see there for the reasons)."""

    k: int = 4
    dense: bool = True
    lexical: bool = True
    rrf_k: int = 60
    fusion: str = "zscore"
    relative_floor: float = 0.25
    evidence_words: int = 90
    top_evidence_words: int = 180
    link_definitions: bool = True
    link_overrides: bool = True
    max_linked: int = 3

    @classmethod
    def from_settings(cls, settings: Settings, k: int | None = None) -> RetrievalOptions:
        mode = settings.retrieval
        return cls(
            k=k or settings.top_k,
            dense=mode in ("hybrid", "dense"),
            lexical=mode in ("hybrid", "lexical"),
            rrf_k=settings.rrf_k,
            fusion=settings.fusion,
            relative_floor=settings.relative_floor,
            evidence_words=settings.evidence_words,
            top_evidence_words=settings.top_evidence_words,
            link_definitions=settings.link_definitions,
            link_overrides=settings.link_overrides,
            max_linked=settings.max_linked,
        )


def embedding_text(heading_path: str, text: str) -> str:
    """What gets embedded (and indexed for BM25) for a clause: its headings give short clauses
    their topic. Sentences addressed to the model are left out: they must not move a clause up."""
    text = strip_instructions(text)
    return f"{heading_path}\n{text}" if heading_path else text


def resolve_scope(
    library: Library, documents: Sequence[str] | None = None, version: str | None = None
) -> list[DocumentVersion]:
    """The versions a question is asked of: the named documents (default: all), newest version
    of each unless `version` names one (which then applies to every named document)."""
    names = list(dict.fromkeys(documents)) if documents else sorted({v.name for v in library.documents()})
    return [library.version(name, version) for name in names]


# -- per-version index -------------------------------------------------------


@dataclass
class VersionIndex:
    """Everything retrieval needs about one stored version, built once and kept in memory."""

    version: DocumentVersion
    clauses: list[StoredClause]
    vectors: np.ndarray  # one unit vector per clause, same order
    lexical: LexicalIndex
    definitions: dict[str, Definition]
    matcher: TermMatcher
    overrides: list[Override]
    position: dict[int, int] = field(default_factory=dict)  # ordinal -> row
    qualified_by: dict[int, list[Override]] = field(default_factory=dict)  # target -> overrides on it
    qualifying: dict[int, list[Override]] = field(default_factory=dict)  # source -> its overrides
    definition_words: dict[str, set[str]] = field(default_factory=dict)  # defined term -> its sentence's words
    instructions_only: set[int] = field(default_factory=set)  # ordinals of clauses that only address the model

    @classmethod
    def build(cls, library: Library, version: DocumentVersion) -> VersionIndex:
        clauses = library.clauses(version.name, version.version)
        texts = [embedding_text(c.heading_path, c.text) for c in clauses]
        known = library.known_embeddings(text_sha(t) for t in texts)
        dimension = len(next(iter(known.values()))) if known else 384
        zero = np.zeros(dimension, dtype=np.float32)
        vectors = np.stack([known.get(text_sha(t), zero) for t in texts]) if texts else np.zeros((0, dimension))
        definitions = find_definitions(clauses)
        overrides = find_overrides(clauses)
        index = cls(
            version=version,
            clauses=clauses,
            vectors=vectors.astype(np.float32),
            lexical=LexicalIndex(texts),
            definitions=definitions,
            matcher=TermMatcher(definitions),
            overrides=overrides,
        )
        index.position = {c.ordinal: row for row, c in enumerate(clauses)}
        index.instructions_only = {c.ordinal for c in clauses if not strip_instructions(c.text).strip()}
        for definition in definitions.values():
            clause = index.clause(definition.ordinal)
            if clause is not None:
                sentence = clause.text[definition.start - clause.start : definition.end - clause.start]
                index.definition_words[definition.term] = set(terms(sentence))
        for link in overrides:
            index.qualifying.setdefault(link.source, []).append(link)
            for target in link.targets:
                index.qualified_by.setdefault(target, []).append(link)
        return index

    def clause(self, ordinal: int) -> StoredClause | None:
        row = self.position.get(ordinal)
        return None if row is None else self.clauses[row]

    def cosine(self, ordinal: int, vector: np.ndarray) -> float:
        row = self.position.get(ordinal)
        return 0.0 if row is None else float(self.vectors[row] @ vector)


_cache: OrderedDict[tuple[str, str, str], VersionIndex] = OrderedDict()
_cache_lock = threading.Lock()
# Indexes kept in memory, counted in clauses (about 2 KB each with vector, text and BM25 row):
# enough for every version a 100k-clause library asks at once, so a question over all documents
# does not rebuild indexes it used a moment ago.
CACHE_CLAUSES = 120_000


def version_index(library: Library, version: DocumentVersion) -> VersionIndex:
    """The in-memory index of a version (versions never change, so it is cached by content hash)."""
    key = (str(library.index_dir), version.key, version.sha256)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    index = VersionIndex.build(library, version)
    with _cache_lock:
        _cache[key] = index
        while len(_cache) > 1 and sum(len(ix.clauses) for ix in _cache.values()) > CACHE_CLAUSES:
            _cache.popitem(last=False)
    return index


# -- retrieval ---------------------------------------------------------------


@dataclass
class _Candidate:
    index: VersionIndex
    clause: StoredClause
    fused: float = 0.0


def rank(
    library: Library,
    question_vector: np.ndarray,
    question: str,
    indexes: Sequence[VersionIndex],
    options: RetrievalOptions,
) -> list[_Candidate]:
    """Whole clauses ranked by fusing the dense and lexical rankings (standardised scores or
    reciprocal ranks, see Settings.fusion), best first, without repeated text."""
    by_key = {ix.version.key: ix for ix in indexes}
    fused: dict[tuple[str, int], _Candidate] = {}

    def add(ranking: list[tuple[VersionIndex, StoredClause]]) -> None:
        for position, (ix, clause) in enumerate(ranking):
            item = fused.setdefault((ix.version.key, clause.ordinal), _Candidate(ix, clause))
            item.fused += 1.0 / (options.rrf_k + position + 1)

    if options.dense and options.lexical and options.fusion == "zscore":
        # Score fusion: each ranking's scores standardised over the clauses in scope, then added
        # with equal weights. Unlike rank fusion it keeps how far ahead a clear winner is.
        # Row r of the concatenated scores is clause r - starts[i] of indexes[i].
        starts = np.cumsum([0] + [len(ix.clauses) for ix in indexes])
        dense = np.concatenate([ix.vectors @ question_vector for ix in indexes])
        lexical = np.concatenate(
            [
                ix.lexical.scores(_expanded_query(question, ix) if options.link_definitions else question)
                for ix in indexes
            ]
        )
        combined = _standardise(dense) + _standardise(lexical)
        for row in np.argsort(-combined)[: CANDIDATES * 2]:
            which = int(np.searchsorted(starts, row, side="right")) - 1
            ix, position = indexes[which], int(row - starts[which])
            fused[(ix.version.key, ix.clauses[position].ordinal)] = _Candidate(
                ix, ix.clauses[position], float(combined[row])
            )
    elif options.dense:
        hits = library.query(question_vector, [ix.version for ix in indexes], CANDIDATES)
        ranking = []
        for hit in hits:
            ix = by_key.get(f"{hit.clause.document}@{hit.clause.version}")
            clause = ix.clause(hit.clause.ordinal) if ix else None
            if ix is not None and clause is not None:
                ranking.append((ix, clause))
        add(ranking)
    if options.lexical and not (options.dense and options.fusion == "zscore"):
        scored: list[tuple[float, VersionIndex, StoredClause]] = []
        for ix in indexes:
            query = _expanded_query(question, ix) if options.link_definitions else question
            scores = ix.lexical.scores(query)
            for row in np.argsort(-scores)[:CANDIDATES]:
                if scores[row] > 0:
                    scored.append((float(scores[row]), ix, ix.clauses[row]))
        scored.sort(key=lambda s: -s[0])
        add([(ix, clause) for _, ix, clause in scored[:CANDIDATES]])
    ordered = sorted(fused.values(), key=lambda c: -c.fused)
    seen: set[tuple[str, str]] = set()
    unique: list[_Candidate] = []
    for item in ordered:
        if item.clause.ordinal in item.index.instructions_only:
            continue  # nothing but instructions to the model (assistant/injection.py)
        key = (item.clause.document, " ".join(item.clause.text.split()))
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def _standardise(scores: np.ndarray) -> np.ndarray:
    spread = float(scores.std())
    return (scores - float(scores.mean())) / spread if spread > 0 else np.zeros_like(scores)


def _expanded_query(question: str, ix: VersionIndex) -> str:
    """The question plus the defined terms whose definition uses its rare words: a question
    about "telemetry" also searches for "Service Generated Data"."""
    rare = ix.lexical.rare_terms(question, RARE_SHARE)
    if not rare:
        return question
    extra = [term for term, words in ix.definition_words.items() if rare & words]
    return " ".join([question, *extra[:3]])


def retrieve(
    library: Library,
    embedder: Embedder,
    question: str,
    scope: Sequence[DocumentVersion],
    k: int | None = None,
    options: RetrievalOptions | None = None,
) -> list[Evidence]:
    """The clauses that carry the answer, best first, each trimmed to its relevant sentences and
    followed by the definitions and qualifying clauses it depends on."""
    options = options or RetrievalOptions()
    if k is not None:
        options = RetrievalOptions(**{**options.__dict__, "k": k})
    if not scope:
        return []
    indexes = [version_index(library, v) for v in scope]
    vector = embedder.embed([question])[0]
    # The embedding and the sentence trim read the question as asked; BM25 and the definitions
    # brought in also look for the words terms use for what it asks in plain words ("money back":
    # "refund").
    worded = with_contract_words(question)
    candidates = rank(library, vector, worded, indexes, options)[: options.k * REFILL_DEPTH]
    if not candidates:
        return []
    cosines = [c.index.cosine(c.clause.ordinal, vector) for c in candidates]
    best = max(cosines[: options.k])
    # Clauses far less similar than the best one only lengthen the prompt; the next ones in the
    # ranking that are not take their places, up to k.
    kept = [(c, s) for c, s in zip(candidates, cosines, strict=True) if s >= best - options.relative_floor]
    kept = kept[: options.k]

    plan: list[tuple[_Candidate, float, str, str, tuple[int, int] | None]] = []
    for candidate, cosine in kept:
        plan.append((candidate, cosine, "match", "", None))
    # Between sentences that share as many words with the question, the anchor is the one whose
    # shared words can tell clauses apart: the company's name and "use" are on every page.
    # The trim's window reads the question as asked: with "parent" and "guardian" added for "a
    # 12-year-old", the sentence about parents outweighed "at least 13 years old". The anchor, a
    # sentence given besides the window, counts the contract's words too: for "do they get a right
    # to use my drawings forever?" it is Discord's sentence on a "perpetual, irrevocable" licence.
    deciding = set().union(*(ix.lexical.rare_terms(question, RARE_SHARE) for ix in indexes))
    trimmer = _Trimmer(embedder, vector, question, options.evidence_words, deciding, worded)
    trimmer.prepare([c.clause for c, *_ in plan])
    matches = [
        _evidence(c, s, reason, note, fixed, trimmer, options.top_evidence_words if n == 0 else None)
        for n, (c, s, reason, note, fixed) in enumerate(plan)
    ]

    linked = _links(matches, [c for c, _ in kept], worded, vector, options, trimmer)
    result: list[Evidence] = []
    for item, extra in zip(matches, linked, strict=True):
        anchor = trimmer.anchor(item.clause, item.start, item.end)
        anchored = [replace(item, start=anchor[0], end=anchor[1])] if anchor else []
        for evidence in (item, *anchored, *extra):
            _place(result, evidence)
    return result


def _place(result: list[Evidence], evidence: Evidence) -> None:
    """Add evidence, merging it into an item of the same clause that it overlaps or nearly
    touches (one quote reads better than two halves of a clause)."""
    for i, other in enumerate(result):
        if other.clause.id != evidence.clause.id:
            continue
        lo, hi = sorted([(other.start, other.end), (evidence.start, evidence.end)])
        gap = evidence.clause.text[hi[0] - other.clause.start : lo[1] - other.clause.start] if hi[0] > lo[1] else ""
        if len(gap.split()) <= 40:
            start, end = min(other.start, evidence.start), max(other.end, evidence.end)
            note = other.note or evidence.note
            result[i] = replace(other, start=start, end=end, note=note)
            return
    result.append(evidence)


def _evidence(
    candidate: _Candidate,
    cosine: float,
    reason: str,
    note: str,
    fixed: tuple[int, int] | None,
    trimmer: _Trimmer,
    max_words: int | None = None,
) -> Evidence:
    clause = candidate.clause
    start, end = fixed if fixed else trimmer.window(clause, max_words)
    return Evidence(clause, cosine, start=start, end=end, reason=reason, note=note, fused=candidate.fused)


def _links(
    matches: list[Evidence],
    candidates: list[_Candidate],
    question: str,
    vector: np.ndarray,
    options: RetrievalOptions,
    trimmer: _Trimmer,
) -> list[list[Evidence]]:
    """For each match, the definitions and overrides it needs, within `max_linked` in all."""
    budget = options.max_linked
    present = {(m.clause.document, m.clause.ordinal) for m in matches}
    question_terms = set(terms(question))
    out: list[list[Evidence]] = []
    for match, candidate in zip(matches, candidates, strict=True):
        ix = candidate.index
        extra: list[Evidence] = []
        if options.link_overrides and budget > 0:
            ordinal = match.clause.ordinal
            for link in ix.qualified_by.get(ordinal, []):
                source = ix.clause(link.source)
                if source is None or budget <= 0:
                    continue
                if (source.document, source.ordinal) in present and not _range_outside(matches, source, link):
                    continue
                note = f"{link.kind}: qualifies section {match.clause.section or 'above'}"
                extra.append(
                    Evidence(
                        source,
                        ix.cosine(source.ordinal, vector),
                        start=link.start,
                        end=link.end,
                        reason="override",
                        note=note,
                    )
                )
                present.add((source.document, source.ordinal))
                budget -= 1
            for link in ix.qualifying.get(ordinal, []):
                if not (match.start <= link.start < match.end):
                    continue  # the qualifying sentence was trimmed away
                for target_ordinal in link.targets:
                    target = ix.clause(target_ordinal)
                    if target is None or budget <= 0 or (target.document, target_ordinal) in present:
                        continue
                    trimmer.prepare([target])
                    start, end = trimmer.window(target)
                    note = f"{link.kind}: qualified by section {match.clause.section or 'below'}"
                    extra.append(
                        Evidence(
                            target,
                            ix.cosine(target_ordinal, vector),
                            start=start,
                            end=end,
                            reason="override",
                            note=note,
                        )
                    )
                    present.add((target.document, target_ordinal))
                    budget -= 1
        if options.link_definitions and budget > 0:
            rare = ix.lexical.rare_terms(question, DEFINITION_SHARE)
            for definition in ix.matcher.used_in(match.quote):
                if budget <= 0:
                    break
                source = ix.clause(definition.ordinal)
                if source is None or any(
                    e.clause.id == source.id and e.start <= definition.start and definition.end <= e.end
                    for e in [*matches, *extra]
                ):
                    continue
                sentence = source.text[definition.start - source.start : definition.end - source.start]
                sentence_terms = set(terms(sentence))
                # Only definitions that bear on the question: they share a rare question word,
                # or the question names the term itself, unless the term is a party's name.
                named = not definition.party and set(terms(definition.term)) <= question_terms
                if not (rare & sentence_terms) and not named:
                    continue
                extra.append(
                    Evidence(
                        source,
                        ix.cosine(source.ordinal, vector),
                        start=definition.start,
                        end=definition.end,
                        reason="definition",
                        note=f'defines "{definition.term}"',
                    )
                )
                budget -= 1
        out.append(extra)
    return out


def _range_outside(matches: list[Evidence], clause: StoredClause, link: Override) -> bool:
    """True when the clause is present but its qualifying sentence was trimmed away."""
    return not any(m.clause.id == clause.id and m.start <= link.start and link.end <= m.end for m in matches)


class _Trimmer:
    """Chooses the sentence window of a clause that best answers the question."""

    def __init__(
        self,
        embedder: Embedder,
        vector: np.ndarray,
        question: str,
        max_words: int,
        deciding: set[str],
        worded: str | None = None,
    ) -> None:
        self.embedder = embedder
        self.vector = vector
        self.question_terms = set(terms(question))
        # The contract's words for what the question asks in plain words (`worded`) count as one
        # word for the anchor, as a number does: "age", "children", "parent" and "guardian" for "a
        # 12-year-old" would otherwise favour the sentence about parents over "at least 13".
        self.contract_terms = set(terms(worded)) - self.question_terms if worded else set()
        self.deciding = deciding & self.question_terms
        # A number in the question (an age, a number of days, an amount) is answered by a sentence
        # that states one, whichever it is: "a 12-year-old" by "at least 13 years old".
        self.asks_number = any(_is_number(w) for w in self.question_terms)
        self.max_words = max_words
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._scores: dict[str, list[float]] = {}
        self._overlaps: dict[str, list[tuple[int, int]]] = {}

    def prepare(self, clauses: Sequence[StoredClause]) -> None:
        """Score the sentences of long clauses (one embedding batch for all of them)."""
        todo: list[tuple[StoredClause, list[tuple[int, int]]]] = []
        for clause in clauses:
            if clause.id in self._spans or len(clause.text.split()) <= self.max_words:
                continue
            spans = sentence_spans(clause.text)
            self._spans[clause.id] = spans
            todo.append((clause, spans))
        texts = [clause.text[s:e] for clause, spans in todo for s, e in spans]
        if not texts:
            return
        vectors = _sentence_vectors(self.embedder, texts)
        row = 0
        for clause, spans in todo:
            scores, overlaps = [], []
            for s, e in spans:
                words = set(terms(clause.text[s:e]))
                scores.append(float(vectors[row] @ self.vector) + 0.05 * len(self.question_terms & words))
                overlaps.append(self._anchor_overlap(words))
                row += 1
            self._scores[clause.id] = scores
            self._overlaps[clause.id] = overlaps

    def _anchor_overlap(self, words: set[str]) -> tuple[int, int]:
        """Words shared with the question (a number counts as one when both state one, and so do
        the contract's words for the question's plain ones), then how many of them are deciding
        words."""
        shared = self.question_terms & words
        number = self.asks_number and not any(map(_is_number, shared)) and any(map(_is_number, words))
        contract = bool(self.contract_terms & words)
        return len(shared) + number + contract, len(shared & self.deciding)

    def anchor(self, clause: StoredClause, start: int, end: int) -> tuple[int, int] | None:
        """Document offsets of the sentence that shares the most words with the question (at least
        ANCHOR_OVERLAP; ties go to the one whose shared words are rarer in the documents), when
        the window chosen by meaning (`start:end`) leaves it out: the sentence that decides can
        use the question's words and still embed far from it, and a window grows only to its
        neighbours."""
        spans, overlaps = self._spans.get(clause.id), self._overlaps.get(clause.id)
        if not spans or not overlaps:
            return None
        best = max(range(len(spans)), key=lambda i: (*overlaps[i], -i))
        s, e = clause.start + spans[best][0], clause.start + spans[best][1]
        if overlaps[best][0] < ANCHOR_OVERLAP or (start <= s and e <= end):
            return None
        return s, e

    def window(self, clause: StoredClause, max_words: int | None = None) -> tuple[int, int]:
        """Document offsets of the best sentence and its neighbours, within `max_words` words
        (default: the trimmer's); the whole clause when it is short."""
        max_words = max_words or self.max_words
        spans = self._spans.get(clause.id)
        scores = self._scores.get(clause.id)
        if not spans or not scores:
            return clause.start, clause.end
        words = [len(clause.text[s:e].split()) for s, e in spans]
        if sum(words) <= max_words:
            return clause.start, clause.end
        best = max(range(len(spans)), key=lambda i: (scores[i], -i))
        lo = hi = best
        total = words[best]
        while True:
            # A sentence that qualifies the one before it must come along.
            if hi + 1 < len(spans) and _qualifies(clause.text, spans[hi + 1]):
                hi += 1
                total += words[hi]
                continue
            options = []
            if lo > 0:
                options.append((scores[lo - 1], lo - 1))
            if hi + 1 < len(spans):
                options.append((scores[hi + 1], hi + 1))
            if not options:
                break
            _, pick = max(options)
            if total + words[pick] > max_words:
                break
            total += words[pick]
            lo, hi = min(lo, pick), max(hi, pick)
        return clause.start + spans[lo][0], clause.start + spans[hi][1]


_sentences: OrderedDict[str, np.ndarray] = OrderedDict()
_sentences_lock = threading.Lock()
# Sentence vectors kept for trimming (1.5 KB each): the clauses a library's questions reach
# repeat, and embedding their sentences is most of the time to evidence.
SENTENCE_CACHE = 20_000


def _sentence_vectors(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """Embeddings of these sentences, from the cache where they were embedded before."""
    with _sentences_lock:
        known = {t: _sentences[t] for t in texts if t in _sentences}
        for t in known:
            _sentences.move_to_end(t)
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    if missing:
        fresh = embedder.embed(missing)
        with _sentences_lock:
            for text, vector in zip(missing, fresh, strict=True):
                known[text] = vector
                _sentences[text] = vector
            while len(_sentences) > SENTENCE_CACHE:
                _sentences.popitem(last=False)
    return np.stack([known[t] for t in texts])


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


def _qualifies(text: str, span: tuple[int, int]) -> bool:
    head = text[span[0] : span[0] + 40].lstrip("*_ ").lower()
    return head.startswith(_QUALIFIER_STARTS)
