"""Lexical (BM25) search over clauses, with the `bm25s` library, an English Snowball stemmer and
`breame`'s British-to-American spellings.

Dense embeddings find paraphrases; BM25 finds the rare exact words that often decide a
question about terms ("telemetry", "arbitration", "refund"). The two rankings are fused in
`assistant.retrieve`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

# Words are letters/digits runs of two or more characters (bm25s's default pattern).
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@lru_cache(maxsize=1)
def _stemmer():  # -> Stemmer.Stemmer
    import Stemmer

    return Stemmer.Stemmer("english")


# Stop words that decide questions about terms: "You own Your Content" answers "Do I still own my
# code?" (bm25s's English list drops "own").
_KEPT = frozenset({"own"})


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    return frozenset(STOPWORDS_EN_PLUS) - _KEPT


def terms(text: str) -> list[str]:
    """The stemmed, lower-cased content words of a text (stop words removed)."""
    return list(_terms(text))


_IDIOM = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+){2,}\b")
_PREFIXED = re.compile(r"\bpre-(?=[a-z])", re.IGNORECASE)
_WITHOUT = re.compile(r"\b(?!(?:cost|charge|fee)-)(\w+)-free\b", re.IGNORECASE)
_FREE_AND_CLEAR = re.compile(r"\bfree\s+and\s+clear\b", re.IGNORECASE)
# Terms of art whose parts are common words: a class action is not any "action" ("take action"),
# single sign-on not any "sign" ("signed an order form"), two-factor authentication not any "factor".
_TERM_OF_ART = re.compile(
    r"\bclass[\s-]+(?:action|arbitration|proceeding|claim)s?\b|\bsingle[\s-]+sign[\s-]?on\b"
    r"|\b(?:two|multi|2)[\s-]*factor\b",
    re.IGNORECASE,
)


def _joined(match: re.Match[str]) -> str:
    return re.sub(r"[\s-]+", "", match.group(0))


@lru_cache(maxsize=8192)
def _terms(text: str) -> tuple[str, ...]:
    # Cached: a question's words are looked up once per version in scope.
    from breame.spelling import get_american_spelling

    stop = _stopwords()
    # "royalty-free", "error-free" and "hands-free" say without what, not that something is free:
    # every licence clause is "royalty-free", and "Is there a free trial?" is not answered by one.
    text = _WITHOUT.sub(r"\1", text)
    # "payments ... made free and clear of any deduction" is no free plan
    text = _FREE_AND_CLEAR.sub("clear", text)
    # A term of art is a thing of its own: the joined word is added to its parts, which still
    # count as the question's words.
    text = _TERM_OF_ART.sub(lambda match: f"{match.group(0)} {_joined(match)}", text)
    # "end-to-end", "up-to-date", "state-of-the-art" are one word, not their parts: "end" from
    # "end-to-end encrypted" matched "End Users".
    text = _IDIOM.sub(lambda match: match.group(0).replace("-", ""), text)
    # "pre-order" is no "order", "pre-approved" no approval: the prefix makes a word of its own.
    text = _PREFIXED.sub("pre", text)
    # One spelling for British and American words before stemming, which keeps them apart
    # ("licence" -> "licenc", "license" -> "licens"): Google's terms grant a "licence", and
    # people ask about the "license".
    words = [get_american_spelling(w) for w in _TOKEN.findall(text.lower()) if w not in stop]
    return tuple(_stemmer().stemWords(words)) if words else ()


def joined_phrases(text: str) -> list[tuple[str, str]]:
    """The phrases of the text that `terms` adds one word for ("class action", "single sign-on"),
    each with that word's stem: a term of art, specific however common its parts ("action" is in
    most terms)."""
    return [(m.group(0), terms(_joined(m))[0]) for m in _TERM_OF_ART.finditer(text)]


class LexicalIndex:
    """BM25 over a fixed list of texts (one per clause), searched by question."""

    def __init__(self, texts: Sequence[str]) -> None:
        import bm25s

        self.size = len(texts)
        self._doc_terms = [terms(t) for t in texts]
        self._retriever = bm25s.BM25()
        # bm25s refuses an empty vocabulary; a document of only stop words still gets an index.
        corpus = [t or ["_"] for t in self._doc_terms]
        if corpus:
            self._retriever.index(corpus, show_progress=False)
        vocab: set[str] = set()
        for t in self._doc_terms:
            vocab.update(t)
        self._vocab = frozenset(vocab)
        # Document frequency per term, to tell rare (decisive) words from ones on every page.
        df: dict[str, int] = {}
        for t in self._doc_terms:
            for word in set(t):
                df[word] = df.get(word, 0) + 1
        self._df = df

    def scores(self, question: str) -> np.ndarray:
        """BM25 score of every text for the question (0 where no word matches)."""
        query = [w for w in terms(question) if w in self._vocab]
        if not query or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(query), dtype=np.float32)

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every stemmed word the texts use."""
        return self._vocab

    def document_frequency(self, term: str) -> int:
        return self._df.get(term, 0)

    def rare_terms(self, question: str, max_share: float) -> set[str]:
        """Question terms that occur in the index, but in at most `max_share` of its texts:
        the words that can decide between clauses (a company's name, on every page, cannot)."""
        limit = max(1, int(max_share * self.size))
        return {w for w in terms(question) if 0 < self._df.get(w, 0) <= limit}
