"""The red-flags report: every clause of a document that falls into a risk category.

Each clause is read sentence by sentence. Eight categories (those of the CLAUDETTE
corpus) are decided by linear models over the sentence's embedding, cue words and words
(`assistant/data/flags_model.npz`, trained by `python -m assistant.flags_train`); the
other five by stated rules over cue words (see `RULES` below). A clause is flagged in a
category when one of its sentences is; the report quotes the clause verbatim and
highlights the decisive words. No language model is involved; the time goes into
embedding the sentences worth reading (see `flag_sentences`), the rest is regular expressions.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from assistant.embed import EMBEDDING_MODEL_NAME, Embedder
from assistant.errors import ModelError
from assistant.flag_categories import (
    BY_KEY,
    CATEGORIES,
    CONTEXT_CUES,
    MODEL_CATEGORIES,
    SEVERITY_POINTS,
    Category,
)
from assistant.sentences import Sentence, split_sentences
from assistant.store import StoredClause

MODEL_FILE = "flags_model.npz"

# Grade from points: each flagged category adds its severity's points (high 3, medium 2, low 1).
GRADE_BANDS: tuple[tuple[str, int], ...] = (("A", 2), ("B", 7), ("C", 12), ("D", 18), ("E", 10**6))
GRADE_RULE = (
    "Each flagged category adds points by severity (high 3, medium 2, low 1); "
    "grade A for 0-2 points, B 3-7, C 8-12, D 13-18, E 19 or more."
)


# -- report --------------------------------------------------------------------


@dataclass(frozen=True)
class Highlight:
    """Decisive words: `text` is exactly document_text[start:end]."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FlaggedClause:
    """A clause in a risk category; `quote` is exactly document_text[start:end]."""

    section: str | None
    heading: str | None
    heading_path: str
    page: int | None
    quote: str
    start: int
    end: int
    highlights: list[Highlight]
    reason: str
    score: float  # model probability (rules: 1.0) of the most decisive sentence


@dataclass(frozen=True)
class CategoryFlags:
    """One risk category and the clauses that fall into it (empty when none do)."""

    key: str
    title: str
    severity: str
    reason: str
    method: str  # "model" | "rules"
    clauses: list[FlaggedClause]

    @property
    def flagged(self) -> bool:
        return bool(self.clauses)


@dataclass
class FlagReport:
    """The red-flags report of one document version: the JSON of `flags --json` and of the API."""

    document: str
    version: str
    categories: list[CategoryFlags]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def flagged(self) -> list[CategoryFlags]:
        return [c for c in self.categories if c.flagged]

    @property
    def points(self) -> int:
        return sum(SEVERITY_POINTS[c.severity] for c in self.flagged)

    @property
    def grade(self) -> str:
        return next(letter for letter, most in GRADE_BANDS if self.points <= most)

    @property
    def summary(self) -> str:
        flagged = self.flagged
        if not flagged:
            return f"No red flags found in {len(self.categories)} categories."
        worst = min(flagged, key=lambda c: -SEVERITY_POINTS[c.severity])  # first of the highest severity
        noun = "category" if len(flagged) == 1 else "categories"
        return f"{len(flagged)} of {len(self.categories)} {noun} flagged, incl. {worst.title}."

    def category(self, key: str) -> CategoryFlags:
        return next(c for c in self.categories if c.key == key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "version": self.version,
            "summary": self.summary,
            "grade": self.grade,
            "points": self.points,
            "grade_rule": GRADE_RULE,
            "categories": [
                {
                    "key": c.key,
                    "title": c.title,
                    "severity": c.severity,
                    "reason": c.reason,
                    "method": c.method,
                    "flagged": c.flagged,
                    "clauses": [
                        {
                            "section": f.section,
                            "heading": f.heading,
                            "heading_path": f.heading_path,
                            "page": f.page,
                            "quote": f.quote,
                            "start": f.start,
                            "end": f.end,
                            "highlights": [{"start": h.start, "end": h.end, "text": h.text} for h in f.highlights],
                            "reason": f.reason,
                            "score": round(f.score, 3),
                        }
                        for f in c.clauses
                    ],
                }
                for c in self.categories
            ],
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


# -- the sentence model ----------------------------------------------------------


def feature_spec() -> str:
    """Fingerprint of what the model's inputs mean: the embedding model and every cue, in order.
    A weights file trained on other inputs is refused instead of silently misread."""
    spec = {
        "embedding": EMBEDDING_MODEL_NAME,
        "categories": [[c.key, list(c.cues)] for c in MODEL_CATEGORIES],
        "context": list(CONTEXT_CUES),
        "words": [WORD_BUCKETS, list(WORD_NGRAMS)],
    }
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode("utf-8")).hexdigest()[:16]


@cache
def _cue_patterns() -> tuple[re.Pattern[str], ...]:
    cues = [cue for c in MODEL_CATEGORIES for cue in c.cues] + list(CONTEXT_CUES)
    return tuple(re.compile(cue, re.IGNORECASE) for cue in cues)


def cue_features(texts: Sequence[str]) -> np.ndarray:
    """One 0/1 column per cue of the model's categories, then one per context cue."""
    patterns = _cue_patterns()
    out = np.zeros((len(texts), len(patterns)), dtype=np.float32)
    for i, text in enumerate(texts):
        for j, pattern in enumerate(patterns):
            if pattern.search(text):
                out[i, j] = 1.0
    return out


# A canonical wording decides only in a full statement (not a heading such as "Limitation of
# Liability; Indemnification": a short sentence counts when it has a modal verb, "We may amend these
# Terms.") that does not protect you ("nothing in these terms limits our liability for ...", "some
# jurisdictions do not allow ...").
STRONG_MIN_WORDS = 8
_MODAL = re.compile(r"\b(?:may|might|can|could|will|shall)\b", re.IGNORECASE)
_PROTECTIVE = re.compile(
    r"\bnothing\s+in\b|\bdo(?:es)?\s+not\s+(?:allow|permit)\b|\bmay\s+not\s+apply\s+to\s+you\b"
    # ("None of this limits our liability for fraud, for gross negligence")
    r"|\b(?:not|nothing|none)\b[^.;:]{0,40}?\b(?:exclude|limit|restrict|affect)s?\b[^.;:]{0,40}?\b(?:liability|rights?)\b",
    re.IGNORECASE,
)


@cache
def _strong_patterns() -> tuple[tuple[re.Pattern[str], ...], ...]:
    return tuple(tuple(c.strong_patterns()) for c in MODEL_CATEGORIES)


def strong_matches(texts: Sequence[str]) -> np.ndarray:
    """(sentences, model categories) booleans: a canonical wording of the category is there."""
    out = np.zeros((len(texts), len(MODEL_CATEGORIES)), dtype=bool)
    for i, text in enumerate(texts):
        if (len(text.split()) < STRONG_MIN_WORDS and not _MODAL.search(text)) or _PROTECTIVE.search(text):
            continue
        for j, patterns in enumerate(_strong_patterns()):
            out[i, j] = any(p.search(text) for p in patterns)
    return out


def gate(cues: np.ndarray) -> np.ndarray:
    """Sentences worth embedding: those with a cue word of a model category. The others
    cannot be decided by those words, and skipping them halves the time for a document."""
    return cues[:, : sum(len(c.cues) for c in MODEL_CATEGORIES)].any(axis=1)


def may_flag(texts: Sequence[str], cues: np.ndarray, strong: np.ndarray | None = None) -> np.ndarray:
    """(sentences, model categories) booleans: the sentence may be flagged in the category.
    It may unless the category needs one of its own cues (`Category.needs_own_cue`) or names
    what it acts on (`Category.objects`) and the sentence lacks them, or the category's cues are
    all inside wordings where you are the one who acts (`Category.your_own_acts`). Canonical
    wordings meet the first two by construction, and a category's own canonical wording (`strong`,
    from `strong_matches`) stands for its own cue ("give up the right to have a jury decide" has
    none of arbitration's cue words)."""
    out = np.ones((len(texts), len(MODEL_CATEGORIES)), dtype=bool)
    first = 0
    for j, category in enumerate(MODEL_CATEGORIES):
        if category.needs_own_cue:
            out[:, j] = cues[:, first : first + len(category.cues)].any(axis=1)
            if strong is not None:
                out[:, j] |= strong[:, j]
        if category.objects:
            objects = re.compile(category.objects, re.IGNORECASE)
            out[:, j] &= [bool(objects.search(text)) for text in texts]
        if category.your_own_acts:
            patterns = category.cue_patterns()
            outside = [category.outside_your_own_acts(text) for text in texts]
            out[:, j] &= [o == t or any(p.search(o) for p in patterns) for o, t in zip(outside, texts, strict=True)]
        first += len(category.cues)
    return out


@dataclass(frozen=True)
class SentenceCues:
    """What the cue words say of each sentence, before any vector: the inputs to the model's
    decision besides its probabilities. The product and the training script both read sentences
    through `read_cues`, so the script measures the decision the product makes."""

    cues: np.ndarray  # (sentences, cue features)
    worth: np.ndarray  # (sentences,) has a cue of a model category (`gate`)
    strong: np.ndarray  # (sentences, model categories) a canonical wording of the category
    allowed: np.ndarray  # (sentences, model categories) it may be flagged there, by model or wording (`may_flag`)

    def rows(self, rows: np.ndarray) -> SentenceCues:
        return SentenceCues(self.cues[rows], self.worth[rows], self.strong[rows], self.allowed[rows])


def read_cues(texts: Sequence[str]) -> SentenceCues:
    """The cue words, gate, canonical wordings and category requirements of each (plain) sentence."""
    cues = cue_features(texts)
    # A canonical wording needs no vector, so the gate (which only saves embedding time) does not
    # hold it back: "Accounts that have had no sign-in for 24 consecutive months may be retired"
    # has no termination cue word.
    strong = strong_matches(texts)
    return SentenceCues(cues, gate(cues), strong, may_flag(texts, cues, strong))


# Words and word pairs, hashed into this many buckets: the weights file then holds only numbers
# (bucket indexes, not the training sentences' words), and any text can be read without a vocabulary.
WORD_BUCKETS = 2**18
WORD_NGRAMS = (1, 2)


def word_counts(texts: Sequence[str]) -> Any:
    """(texts, WORD_BUCKETS) sparse counts of each text's lower-cased words and word pairs."""
    from sklearn.feature_extraction.text import HashingVectorizer

    hasher = HashingVectorizer(ngram_range=WORD_NGRAMS, n_features=WORD_BUCKETS, alternate_sign=False, norm=None)
    return hasher.transform(list(texts))


@dataclass(frozen=True)
class WordModel:
    """One-vs-rest logistic regression over a sentence's TF-IDF word and word-pair weights (as
    scikit-learn's TfidfTransformer with sublinear tf computes them). Only the buckets seen in
    training carry weights; the others still count towards a sentence's length."""

    buckets: np.ndarray  # (k,) sorted bucket indexes seen in training
    idf: np.ndarray  # (k,) their inverse document frequency
    unseen_idf: float  # the idf of a bucket no training sentence had
    weights: np.ndarray  # (categories, k)
    bias: np.ndarray  # (categories,)

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        counts = word_counts(texts).tocsr().astype(np.float64)
        counts.sum_duplicates()
        where = np.minimum(np.searchsorted(self.buckets, counts.indices), max(len(self.buckets) - 1, 0))
        seen = self.buckets[where] == counts.indices
        counts.data = (1.0 + np.log(counts.data)) * np.where(seen, self.idf[where], self.unseen_idf)
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        features = counts[:, self.buckets].multiply(1.0 / np.maximum(norms, 1e-12)[:, None]).tocsr()
        return np.asarray(features @ self.weights.T.astype(np.float64)) + self.bias


@dataclass(frozen=True)
class SentenceModel:
    """Two linear models, averaged in log-odds: one over [embedding, cue features] (standardisation
    folded in), one over the sentence's words (`WordModel`). The embedding generalises across
    wordings; the words catch the legal phrases a small encoder blurs."""

    keys: tuple[str, ...]
    weights: np.ndarray  # (categories, features)
    bias: np.ndarray  # (categories,)
    words: WordModel
    mix: float  # share of the word model in the log-odds
    thresholds: np.ndarray  # (categories,) probability at or above which a sentence is flagged
    spec: str
    info: dict[str, Any]  # how it was trained and what it scored on held-out data

    def probabilities(self, embeddings: np.ndarray, cues: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        features = np.hstack([embeddings, cues]).astype(np.float32)
        logits = (1.0 - self.mix) * (features @ self.weights.T + self.bias)
        if self.mix:
            logits = logits + self.mix * self.words.logits(texts)
        return 1.0 / (1.0 + np.exp(-logits))

    def decide(self, probabilities: np.ndarray, strong: np.ndarray, allowed: np.ndarray) -> np.ndarray:
        """(sentences, categories) booleans: the model is sure enough or a canonical wording is
        there, where the sentence may be flagged (`allowed`, see `may_flag`).

        Wordings count even where CLAUDETTE's labels (which mark only the unfair ones) would not:
        a reader should see every clause that says "we are not liable". Only one said of your own
        acts ("you may cancel ... at any time") is no red flag."""
        return ((probabilities >= self.thresholds) | strong) & allowed

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            keys=np.array(self.keys),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            word_buckets=self.words.buckets.astype(np.int32),
            word_idf=self.words.idf.astype(np.float32),
            word_unseen_idf=np.float32(self.words.unseen_idf),
            word_weights=self.words.weights.astype(np.float32),
            word_bias=self.words.bias.astype(np.float32),
            mix=np.float32(self.mix),
            thresholds=self.thresholds.astype(np.float32),
            spec=np.array(self.spec),
            info=np.array(json.dumps(self.info, sort_keys=True)),
        )
        Path(path).write_bytes(buffer.getvalue())


def model_path() -> Path:
    return Path(str(resources.files("assistant") / "data" / MODEL_FILE))


_model_lock = threading.Lock()
_model: SentenceModel | None = None


def load_sentence_model(path: Path | None = None) -> SentenceModel:
    """The packaged weights (loaded once per process), or those at `path`."""
    global _model
    if path is None:
        with _model_lock:
            if _model is None:
                _model = _read_model(model_path())
            return _model
    return _read_model(Path(path))


def _read_model(path: Path) -> SentenceModel:
    if not path.is_file():
        raise ModelError(f"The red-flags model {path} is missing; reinstall, or run `python -m assistant.flags_train`")
    with np.load(path, allow_pickle=False) as data:
        if "word_buckets" not in data.files:
            raise ModelError(
                f"The red-flags model {path.name} predates the word features; "
                "retrain it with `python -m assistant.flags_train`"
            )
        words = WordModel(
            buckets=data["word_buckets"].astype(np.int64),
            idf=data["word_idf"],
            unseen_idf=float(data["word_unseen_idf"]),
            weights=data["word_weights"],
            bias=data["word_bias"],
        )
        model = SentenceModel(
            keys=tuple(str(k) for k in data["keys"]),
            weights=data["weights"],
            bias=data["bias"],
            words=words,
            mix=float(data["mix"]),
            thresholds=data["thresholds"],
            spec=str(data["spec"]),
            info=json.loads(str(data["info"])),
        )
    if model.spec != feature_spec() or model.keys != tuple(c.key for c in MODEL_CATEGORIES):
        raise ModelError(
            f"The red-flags model {path.name} was trained on other cue words or word buckets than this "
            "version defines; retrain it with `python -m assistant.flags_train`"
        )
    return model


# -- rules for the categories CLAUDETTE does not label -----------------------------

_I = re.IGNORECASE
_NEGATED = re.compile(
    r"\b(?:will|do|does|shall|would|may|can|must)\s+not\b|\b(?:won|don|doesn|can|shan)['’]t\b|\bnever\b|\bnor\b"
    # "Processing ... is not model training", "excluded from model training", a heading "No Sale of Data"
    # (not "including but not limited to")
    r"|\b(?:is|are)\s+not\b(?!\s+limited)|\b(?:isn|aren)['’]t\b|\bexcluded\s+from\b"
    r"|\bno\s+(?:sale|sell\w*|shar\w*|disclos\w*|training)\b",
    _I,
)
# "... only if the setting is turned on. This setting is off by default in the EEA and on by default
# elsewhere": no opt-in after all.
_ON_BY_DEFAULT = re.compile(r"\bon\s+by\s+default\b|\benabled\s+by\s+default\b", _I)
# What a proviso adds ("may be trained on the text of Works, provided that those models are not used to
# generate text") does not negate what comes before it.
_PROVISO = re.compile(r",?\s*\b(?:provided\s+that|so\s+long\s+as)\b", _I)
# Training you switch on yourself is no red flag: "We will use your Content to train ... only if the
# Improvement Setting is turned on", "The setting is off by default", "If you turn on that setting, ...".
_ONLY_IF_YOU_OPT_IN = re.compile(
    r"\bonly\s+(?:if|when|after|with)\b[^.;:]{0,80}?\b(?:turn(?:s|ed)?\s+(?:it\s+)?on|switch(?:es|ed)?\s+(?:it\s+)?on"
    r"|opt(?:s|ed)?[\s-]+in|enabled?|(?:express|explicit|prior)\s+consent)\b"
    r"|\boff\s+by\s+default\b|\bif\s+you\s+(?:turn|switch)\s+(?:\w+\s+){0,2}?on\b|\bif\s+you\s+opt[\s-]+in\b"
    # "we invite customers to take part in the Hushvoice Voices programme, through which volunteers contribute
    # recordings of their voice to help us develop new synthetic voices"
    r"|\binvite\s+(?:you|customers|users|members|\w+s)\s+to\s+(?:take\s+part|participate|join)\b|\bvolunteers\s+(?:contribute"
    r"|submit|provide|record)\b",
    _I,
)
# A clause that lists what you must not do ("Don't use the services to do harm to Discord. Among
# other things, this includes ... selling ... data obtained from our services"): its sentences say
# what you may not do with their data, not what they do with yours.
_YOUR_PROHIBITED_CONDUCT = re.compile(
    r"^\W*(?:don['’]t|do\s+not|never|you\s+(?:may|must|shall|will)\s+not|you\s+agree\s+not\s+to)\b", _I
)
_USER_GRANTS = re.compile(
    # ("by posting it you hand Vanlyft a royalty-free, perpetual, irrevocable right")
    r"\byou\s+(?:\w+\s+){0,3}?(?:grant|grants|give|gives|assign|assigns|license|licence|hand|hands)\b"
    # ("Research participants give Rootline a perpetual, royalty-free right to use their survey answers")
    # ("the Member grants Swapnest and its affiliates a worldwide ... licence")
    r"|\b(?:hereby\s+)?(?:grants?|gives?)\s+(?:to\s+)?(?!you\b)(?:us|\w+)(?:\s+and\s+(?:its|our|their)\s+\w+)?\s+(?:a|an|the)\b"
    r"|\bby\s+(?:submitting|uploading|posting|sharing|providing)\b",
    _I,
)
# Your ideas theirs for nothing: "If you send us ideas or suggestions, we can use them however we like
# without owing you anything", "we may use them for any purpose, without restriction".
_FEEDBACK = re.compile(r"\b(?:ideas?|suggestions?|feedback)\b", _I)
_FEEDBACK_THEIRS = re.compile(
    # ("Ideas and suggestions you send us become ours to use, build on and sell")
    # ("Feedback ... shall be the exclusive property of Nookstay")
    # ("Ideas, suggestions and feedback you send us are ours to use however we like")
    # ("Send us a product idea and it's ours to use", "feedback submitted to Tallowmark become the property of
    # Tallowmark upon submission", "we're free to run with the idea without paying you or crediting you")
    r"\b(?:become\s+ours\b|(?:are|is)\s+ours\s+to\b|['’]s\s+ours\s+to\b"
    r"|(?:becomes?|shall\s+be|will\s+be)\s+the\s+(?:(?:exclusive|sole)\s+)?property\s+of\b"
    r"|free\s+to\s+(?:use|run\s+with|implement|exploit|adopt)\b[^.;:]{0,60}?\bwithout\s+(?:paying|crediting|compensat\w*|owing)"
    r"|put\s+(?:them|it)\s+to\s+use\s+in\s+any\s+way\b"
    # ("may use, disclose and commercialize such feedback without restriction")
    r"|use(?:,\s+\w+)*,?\s+(?:(?:and|or)\s+\w+\s+)?(?:them|it|such\s+\w+|that\s+\w+)\s+(?:freely\b|in\s+any\s+way\b|however\s+(?:we|they)\s+(?:like|wish|want|see\s+fit)|for\s+any\s+purpose"
    r"|without\s+(?:restriction|compensation|payment|paying|owing|crediting|any\s+obligation))"
    # ("we can use them, build on them and sell products based on them without paying or crediting you")
    r"|\buse\s+(?:them|it)\b[^.;:]{0,80}?\bwithout\s+(?:paying|crediting|compensat\w*|owing)"
    # ("Feedback you send us ... may be used by Voltpark without restriction or payment to you")
    # ("Any suggestion you make ... may be adopted by Vaultwren freely", "Tell us an idea and it becomes fair game")
    r"|\bbecomes?\s+fair\s+game\b"
    r"|\b(?:may|can|will)\s+be\s+(?:used|adopted|implemented)\s+(?:by\s+(?:us|(?-i:[A-Z])[\w-]+)\s+)?(?:freely\b|in\s+any\s+way\b"
    r"|for\s+any\s+purpose"
    r"|without\s+(?:restriction|compensation|payment|paying|owing|crediting|any\s+obligation)))",
    _I,
)
# A licence without the word: "you allow us to show it ..., and to quote it in our marketing, and this
# permission carries on even after you close your account".
_YOU_ALLOW_US = re.compile(
    # ("you let us show them on Pawnest and use them in our ads")
    # ("you let Seatsy and the venue you reviewed copy, show, translate ... your review")
    r"\byou\s+(?:\w+\s+)?(?:(?:allow|permit|authori[sz]e|let)\s+(?:us|\w+)\s+to|let\s+(?:us|\w+)(?:\s+and\s+[^,.;:]{0,40}?)?)\s+"
    r"(?:use|show|display|publish|reproduce|quote"
    # ("you also let us bundle it into Quizlyn-branded study packs ... that we sell")
    r"|share|copy|distribute|modify|translate|bundle|sell|package)\b",
    _I,
)
_ALLOWED_BROADLY = re.compile(
    r"\b(?:marketing|advertis\w*|ads|promot\w*|any\s+purpose|even\s+after|perpetual\w*|irrevocabl\w*|worldwide|for\s+ever"
    r"|anywhere\s+in\s+the\s+world|without\s+paying\s+you|forever|for\s+free|get\s+a\s+cut)\b",
    _I,
)
# "We may feature your public profile, portfolio samples and reviews in our advertising ... without
# additional compensation to you."
_WE_FEATURE_YOURS = re.compile(
    # ("We may quote, shorten and publish your comments in our ads")
    # (not "We will not use your Profile photos ... in advertising")
    r"\b(?:we|\w+)\s+(?:may|can|will)\s+(?:(?!not\b|never\b)\w+,?\s+){0,3}?(?:and\s+)?(?:use|feature|display|publish|show|showcase"
    r"|reproduce|quote)\s+"
    # ("Tallowmark may reproduce any Seller's listing photographs and descriptions in advertisements")
    r"(?:your\b|(?:any|each|every)\s+(?-i:[A-Z])\w+['’]s\s)[^.;:]{0,80}?\b(?:in|for|on)\s+(?:our\s+|its\s+)?(?:advertis\w*|marketing"
    r"|promot\w*|newsletters?|ads)\b",
    _I,
)
# Yours shown in their advertising, unpaid, without saying yours: "Tunefold may feature public playlists ... in
# editorial features, social media posts and advertising campaigns ..., without compensation to you".
_FEATURED_UNPAID = re.compile(
    r"\b(?:may|can|will)\s+(?:use|feature|display|publish|show|showcase|reproduce)\b[^.;:]{0,160}?"
    r"\b(?:advertis\w*|marketing|promot\w*|ads)\b[^.;:]{0,120}?\bwithout\s+(?:any\s+|additional\s+|further\s+)?"
    r"(?:compensation|payment|paying|royalt)",
    _I,
)
# Yours pulled into their ads: "we may pull your portfolio photos into our Real Weddings features, social posts and paid
# ads".
_WE_PULL_YOURS = re.compile(
    r"\b(?:may|can|will)\s+(?:pull|feature|showcase)\s+your\b[^.;:]{0,60}?\binto\s+our\b[^.;:]{0,80}?\b(?:ads|advertis\w*"
    r"|marketing)\b",
    _I,
)
# Yours for every user to copy: "Public Decks go into the Deck Library, where any Quizlyn user can study, copy, remix
# and re-share them".
_OTHERS_MAY_COPY = re.compile(
    r"\b(?:any|every|other|all)\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:users?|members?)\s+(?:can|may)\s+(?:[\w-]+,?\s+){0,3}?(?:and\s+)?"
    r"(?:copy|remix|re-share|reuse|adapt|modify)\b",
    _I,
)
# What you put up, theirs to copy: "Anything you put in a public tree, though, we may copy, adapt and publish".
_WE_COPY_WHAT_YOU_PUT = re.compile(
    r"\b(?:anything|whatever|everything)\s+you\s+(?:put|post|upload|add|share|submit)\b[^.;:]{0,80}?"
    r"\b(?:we|(?-i:[A-Z])[\w-]+)\s+(?:may|can)\s+(?:[\w-]+,?\s+){0,3}?(?:and\s+)?(?:copy|adapt|publish|reproduce|modify|distribute)\b",
    _I,
)
# Used by them, widely: "Anything you post to Milestones can be used by us, and by anyone we hand the rights to, in our
# marketing ..., for free and forever".
_WHAT_YOU_PUT_USED_BY_US = re.compile(
    r"\b(?:anything|whatever|everything)\s+you\s+(?:put|post|upload|add|share|submit)\b[^.;:]{0,80}?"
    r"\b(?:can|may|will)\s+be\s+(?:used|copied|published|reproduced)\s+by\s+(?:us|(?-i:[A-Z])[\w-]+)\b",
    _I,
)
_PROVIDER_GRANTS = re.compile(r"\b(?:we|us)\b[^.;]{0,30}?\bgrants?\s+you\b|\bgrants?\s+(?:to\s+)?you\b", _I)
_BREADTH = re.compile(BY_KEY["content_licence"].cues[0], _I)
_DERIVATIVE = re.compile(BY_KEY["content_licence"].cues[1], _I)
_LICENCE = re.compile(
    # ("a ... right, which we can sublicense, to copy, edit, publish and adapt it")
    r"\blicen[cs]e\b|\bsub-?licen[cs]e\b|\ball\s+right,?\s+title,?\s+and\s+interest"
    r"|\bright\s+to\s+(?:store|host|use|reproduce|display|copy|distribute|modify|publish|archive|parse)\b"
    # ("you give Tinkertab a worldwide, royalty-free permission to display, copy, print and feature it")
    r"|\bpermission\s+to\s+(?:use|display|copy|reproduce|publish|print|feature|share|distribute)\b",
    _I,
)
_USER_DATA = re.compile(
    r"\b(?:your|customer|user|personal|usage|service\s+generated)\s+(?:\w+\s+)?(?:content|data|information|inputs?|"
    r"prompts?|conversations?|communications?|recordings?|messages?|files?)\b|\bcontent\b|\bdata\b",
    _I,
)
_USE_VERB = re.compile(
    r"\b(?:use|uses|using|used|process\w*|train\w*|develop\w*|improv\w*|build\w*|feed\w*|fed|purposes?"
    # ("learn from the activity on the Platform": the systems take it in)
    # ("we keep drawing on it to fine-tune the Sleep Insights algorithm", "form part of the corpus on which ...
    # refines")
    r"|learn(?:s|ed|ing)?\s+from|becomes?|serves?\s+as|draw(?:s|ing)?\s+on|forms?\s+part\s+of"
    # ("are folded back into the training of Bloom")
    r"|fold(?:s|ed|ing)?\s+(?:back\s+)?into)\b",
    _I,
)
_AI = [re.compile(c, _I) for c in BY_KEY["ai_training"].cues]
# "models that Nookstay trains on the booking ... history": the training verb followed by what it is trained on.
# ("refines the Screening Assistant by training its models on applications, CVs ...")
_TRAINED_ON = re.compile(r"(?:\s+(?:its|our|their|the)\s+(?:[\w-]+\s+)?models?)?\s+on\b")
# A use forbidden ("an agreement that forbids it from using the audio ... to train its own models") or refused by
# you ("You may object to the use described in clause 5.4 by switching off 'Model Improvement'").
_FORBIDDEN = re.compile(
    # ("Threnody is contractually prohibited from retaining submitted text ... and from using it to train any model")
    r"\b(?:forbids?|prohibits?|bars?)\s+(?:it|them|\w+)\s+from\b|\bnot\s+(?:allowed|permitted)\s+to\b"
    r"|\b(?:prohibited|forbidden|barred)\s+from\b"
    # ("Wordloom has agreed not to keep them or train its own models on them")
    r"|\bagree[sd]?\s+not\s+to\b",
    _I,
)
_YOU_MAY_REFUSE = re.compile(r"\byou\s+(?:may|can)\s+(?:object|opt\s+out|switch\s+off|turn\s+off|refuse)\b", _I)
_ABOUT = re.compile(r"\b(?:with\s+respect\s+to|regarding|relating\s+to|in\s+relation\s+to|concerning)\s+$", _I)
_AI_PURPOSE = re.compile(
    # ("periodically retrained using the sensor readings")
    r"\b(?:(?:re)?train\w*|(?:re)?tun(?:e|ed|ing)|develop\w*|improv\w*|build\w*|built|teach\w*|adjust\w*|learn(?:s|ed|ing)?(?=\s+from)"
    r"|refines?|refin(?:ed|ing))\b"
    # "so that its suggestions become more accurate", "help our tutor get better at understanding accents"
    r"|\bmore\s+(?:accurate|reliabl\w*)\b|\bbetter\s+at\b"
    # ("are fed into the machine-learning system that drafts new recipes")
    r"|\bfe(?:d|eds|eding)\s+into\b"
    # ("is fed back into Deduction Scout so it gets sharper for everyone")
    r"|\bfe(?:d|eds?|eding)\s+back\s+into\b|\bgets?\s+(?:sharper|smarter)\b"
    # ("becomes a teaching example for the algorithm", "serve as example material from which the Assistant learns")
    r"|\b(?:example|teaching|training)\s+(?:material|examples?|data)\b",
    _I,
)
_SELL = re.compile(r"\b(?:sell|sells|sold|selling|sale|rent|rents|renting)\b", _I)
_SHARE = re.compile(
    r"\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|transfer|transfers|transferred|"
    r"(?:make|makes)\s+available|made\s+available|accessible\s+to)\b"
    # "Tunefold and the Bundle Partner exchange your telephone number" (not "in exchange for", exchange rates)
    r"|(?<!\bin\s)\bexchange[sd]?\b(?!\s+(?:rates?|for)\b)"
    # "samples of recordings may be reviewed by contractors"
    # ("are listened to and labelled by people at Tagwell Data Services, a contractor in Manila")
    r"|\b(?:reviewed|listened\s+to|accessed)(?:\s+and\s+\w+)?\s+by\s+(?!(?:you|your|yourself)\b)"
    # "If a police department asks for footage or gate logs, we'll provide them", "we'll hand them over"
    r"|\bwe(?:['’]ll|\s+will|\s+may|\s+can)\s+(?:provide|hand|give|turn|release)\s+(?:them|it)(?:\s+over)?\b"
    # "collected and processed by Huddlenote's payment processor", "the image is read by Paperlane, our
    # text-recognition vendor"
    r"|\b(?:collected|processed|handled|read|analy[sz]ed)\s+(?:and\s+\w+\s+)?by\s+(?:\w+['’]s\s+|our\s+|its\s+|an?\s+|the\s+)?"
    r"(?:(?:third[\s-]party|payment|external|outside)\s+)?(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:processors?|vendors?|providers?"
    # ("handled by the customer-support and crash-reporting companies we hire")
    # ("Your Sample is analyzed by our lab partner, Helixgate Laboratories LLC")
    r"|contractors?|annotators|companies|firms|partners?|labs?|laborator(?:y|ies))\b"
    r"|\b(?:collected|processed|handled|read|analy[sz]ed)\s+(?:and\s+\w+\s+)?by\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?,\s+"
    r"(?:our|its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:vendor|provider|processor|partner|supplier|contractor)\b"
    # "we will provide those companies with your name", "may make that information available to its
    # Affiliates", "are transmitted directly to our payment processor"
    # ("to furnish those authorities with the Host's name")
    r"|\b(?:provides?|furnish(?:es)?)\s+(?!(?:in|by|for|to|as|under)\b)(?:\w+\s+){1,4}?with\b|\b(?:make|makes|made)\s+(?:\w+\s+){1,3}?available\s+to\b"
    # ("your Claim file ... is released to that firm", "will be provided to the police", "your child's voice is
    # streamed to our speech partner", "stored with our hosting provider")
    r"|\b(?:released|streamed|provided)\s+(?:\w+\s+)?to\b(?!\s+(?:you|us)\b)"
    r"|\bstored\s+with\s+(?:our|a|an|its)\s+(?:hosting|cloud|storage)\s+(?:provider|partner|company)\b"
    r"|\b(?:transmit(?:s|ted)?|pass(?:es|ed)?|sen[dt]s?|forward(?:s|ed)?|gives?|export(?:s|ed)?|handed)\s+(?:[\w,'’-]+\s+){0,12}?"
    r"(?:on\s+|over\s+)?to\b"
    # "We may provide CCTV footage and access records to police", "we may report the theft ... to the police"
    # (not "When you provide your Data to Bing Places")
    # ("Fundspark reports the name ... of each creator to HM Revenue & Customs"; not "When you provide your Data to")
    r"|\b(?:we|(?!(?:When|If|Where|Once|After|Before|Please|You|Users?|Customers?)\b)(?-i:[A-Z])[\w-]+)(?:['’]ll)?\s+"
    r"(?:\w+\s+){0,3}?"
    # ("we may turn over your account information and genetic data to the agency that served it")
    # (not "where the Buyer chooses to provide it, telephone number, solely in order to fulfil")
    r"(?<!\byou\s)(?:provides?|reports?|hands?|turns?)\s+(?:[\w,'’-]+\s+){0,12}?(?:over\s+)?(?<!\border\s)to\b"
    # "Your details go to the insurer", "will go with the business to the new owner", "will move across to"
    # (something going, not you: "Go to Settings to see which third parties ...", "you can go to")
    # ("your family's information would go to the new owner")
    r"|\b(?!(?:you|please|can|could|to|then|just|simply|and|or|go|goes)\b)\w+\s+(?:will\s+|may\s+|would\s+|might\s+)?"
    r"(?:go|goes|move|moves)\s+(?:across\s+|over\s+|with\s+(?:\w+\s+){1,2}?)?to\b"
    # "If Nestsure is sold, your records will travel with it"
    r"|\b(?:records|data|information|details|account)\s+(?:will|would|may)\s+(?:travel|go|move|transfer)\s+with\s+"
    r"(?:it|them|the\s+business)\b"
    # ("yours comes along with the rest of the business")
    r"|\b(?:goes|go|comes?|travels?|moves?)\s+(?:along\s+)?with\s+(?:the\s+rest\s+of\s+)?(?:the|any|that)\s+(?:sale|business|deal"
    r"|transaction|merger)\b"
    # "your account and everything in it goes along for the ride", "Member data forms part of the assets transferred"
    r"|\b(?:goes|go|comes?)\s+along\s+for\s+the\s+ride\b|\bforms?\s+part\s+of\s+the\s+(?:\w+\s+)?assets\b"
    # "your genetic information may end up with the new owner", "independent carriers ..., who are given your name"
    r"|\bend\s+up\s+with\b|\b(?:who|which|that)\s+(?:are|is|will\s+be|get|gets)\s+(?:given|sent|shown|provided\s+with|handed)\b",
    _I,
)
# Who receives it: companies, and the authorities ("we may disclose Recordings ... to a law enforcement
# agency"); not other users, whom you share with yourself.
_RECIPIENT = re.compile(
    r"\bthird[\s-]*part(?:y|ies)\b|\badvertis\w*|\b(?:marketing|business)\s+partners?\b|\bpartners?\b|\bdata\s+brokers?\b"
    r"|\baffiliates\b|\bother\s+companies\b|\b(?:prospective\s+)?(?:acquirers?|purchasers?|buyers?|successors?)\b"
    r"|\b(?:service|payment|analytics|cloud|hosting|model|AI|technology|these|such|those|that|this)\s+providers?\b|\bvendors?\b"
    r"|\b(?:sub-?)?processors?\b|\binsurers?\b|\bcontractors?\b|\b(?:professional\s+)?advis[eo]rs\b|\boperators?\b"
    r"|\bcompanies\b|\banother\s+(?:company|entity|organi[sz]ation|business)\b"
    # "our corporate family, including ... our parent company", "the developer of that Action", "we
    # provide the carrier with ... names, addresses"
    r"|\bcorporate\s+(?:family|group)\b|\bgroup\s+companies\b|\bparent\s+company\b|\bsubsidiar(?:y|ies)\b"
    r"|\bdevelopers?\s+of\b|\b(?:third[\s-]party|independent|app)\s+developers?\b|\bcarriers?\b|\bcouriers?\b"
    r"|\bnew\s+owners?\b|\bpharmac(?:y|ies)\b|\b(?:the|an?|relevant|competent|issuing)\s+authority\b"
    r"|\bsuppliers?\b|\blenders?\b|\bemployers?\b|\bcourts\b|\b(?:event\s+)?organi[sz]ers?\b|\bvenues?\b"
    # ("may pass details of your Policy and any Claim to its reinsurers", "the kit's manufacturer", "that firm")
    r"|\breinsurers?\b|\bmanufacturers?\b|\bthat\s+firm\b|\bnew\s+owner\b"
    # ("Publishers and their appointed royalty auditors receive title-level reports", "If Sudsclub ... is sold, member
    # info ... goes along with the sale")
    r"|\bpublishers\b|\bauditors?\b|\b(?:is|are|gets?|be)\s+(?:sold|bought|acquired)\b|\bmerged\s+(?:into|with)\b"
    # ("Where a municipality requests information ..., Swapnest may provide it with the names of Hosts")
    r"|\bmunicipalit(?:y|ies)\b|\blocal\s+(?:council|authorit(?:y|ies))\b"
    # ("to the agency that served it")
    r"|\b(?:the|that)\s+agency\b"
    # "a collection agency, which will receive your name", "The laboratory receives your Sample", "Card
    # payments are processed by Stripe, which ... receives your billing address"
    r"|\b(?:collection|credit(?:\s+reference)?|debt\s+collection)\s+agenc(?:y|ies)\b|\blaborator(?:y|ies)\b|\blandlords?\b"
    r"|\bbuilding\s+(?:owners?|managers?|management)\b|\b(?:processed|handled)\s+by\s+(?-i:[A-Z])[\w-]+"
    # whom a legal demand or a sale of the business stands for: "when we are required to do so by a
    # subpoena", "may be transferred as part of that transaction" (a merger, acquisition, ...)
    r"|\bsubpoenas?\b|\bcourt\s+orders?\b|\blegal\s+process\b"
    r"|\bmergers?\b|\bacquisitions?\b|\bsale\s+of\s+(?:\w+\s+)?assets\b|\breorgani[sz]ations?\b"
    r"|\blaw\s+enforcement\b|\b(?:public|government\w*|regulatory|tax)\s+(?:authorit(?:y|ies)|agenc(?:y|ies)|bodies)\b"
    r"|\bauthorities\b|\bpolice\b|\bregulators?\b|\bemergency\s+services\b"
    # "report the owner's name, last known address and balance to the state"
    r"|\bto\s+the\s+state\b(?!\s+(?:of|in|where|you)\b)"
    # "HM Revenue & Customs", "the National Crime Agency", "export your backer details to that service"
    r"|(?-i:\bRevenue\b)|\bas\s+part\s+of\s+(?:that|the|such|any)\s+(?:transaction|deal|sale)\b"
    r"|(?-i:[A-Z])\w+\s+(?-i:Agency|Authority|Commission|Bureau)\b|\bthat\s+(?:service|platform|company|app|provider)\b",
    _I,
)
_PERSONAL = re.compile(
    r"\b(?:personal|your)\s+(?:\w+\s+)?(?:data|information)\b"
    # "information about the pages you visit", "Information about Parents and Tutors"
    r"|\b(?:data|information)\s+about\s+(?:(?:the\s+)?(?:\w+\s+){0,2}?(?:you|your)\b|(?-i:[A-Z])\w+s\b)"
    # "Building access records", "ride history", "CCTV footage", "Member information"
    r"|\b(?:access|location|booking|ride|trip|purchase|attendance|activity|session|chat|call|review|exchange|order)\s+"
    r"(?:records|history|logs)\b"
    r"|\b(?:cctv|camera|video)\s+footage\b|\b(?-i:[A-Z])[a-z]+\s+information\b"
    r"|\byour\s+(?:product\s+)?(?:usage|activit(?:y|ies)|interactions|browsing)\b|\baccount\s+information\b"
    # "your shipping name and address", "your Member Content and messages"
    r"|\byour\s+(?:\w+\s+){0,2}?(?:name|address|e-?mail|phone\s+number|location|images?|photos?|selfies?|videos?"
    r"|recordings|messages|content|conversations?|transcripts?|chats?|details|account"
    # ("your receipts are sent automatically to your employer's expense software", "your session schedule")
    r"|receipts|purchases|transactions|schedules?"
    # ("your claim, photos and the lane video from your visit go to the Site Partner ... and to its insurer")
    r"|claims?"
    # ("your Profile, CV, cover letter, answers to screening questions and any Video Interview")
    r"|r[eé]sum[eé]s?)\b|\bCVs?\b|\bcover\s+letters?\b|\b(?:payment\s+)?card\s+(?:details|numbers?)\b|\bdate\s+of\s+birth\b|\bsocial\s+security\b"
    r"|\b(?:contact|billing|payment|account|location|health|financial|biometric|customer|card|user|member|viewing|identity)\s+"
    r"(?:details|information|info|data)\b"
    # "which receives the audio of each recording", "Submitted recordings are made available to the inviting Employer"
    r"|\b(?:audio|video|recordings?|transcripts?|footage)\s+of\s+(?:each|every|your)\b"
    r"|\b(?:submitted|uploaded)\s+(?:\w+\s+)?(?:recordings|videos|answers|responses|files|documents)\b"
    # "details of your Policy", "your family's information", "your child's voice", "your records"
    r"|\bdetails\s+of\s+your\b|\byour\s+[\w'’]+['’]s?\s+(?:information|data|details|voice|face|photos?|records)\b"
    r"|\byour\s+(?:\w+\s+)?records\b"
    # "taxpayer identification numbers", "your device type, app version ... and a pseudonymous ID", "shared, in
    # pseudonymised form, with the research partner", "a hashed email address"
    r"|\b(?:taxpayer|tax|social\s+security|national\s+insurance)\s+(?:identification\s+)?(?:numbers?|IDs?)\b"
    r"|\bdevice\s+(?:type|model|identifiers?|IDs?)\b|\bpseudonymous\s+(?:IDs?|identifiers?)\b|\bin\s+pseudonymi[sz]ed\s+form\b"
    r"|\bhashed\s+e-?mail\b"
    # "Card and bank details", "your device's advertising identifier", "names, addresses and email addresses"
    r"|\b(?:card|bank)\s+(?:and\s+\w+\s+)?(?:details|numbers?)\b|\bidentifiers?\b"
    r"|\bIP\s+address(?:es)?\b|\bnames?,\s+(?:postal\s+)?addresses\b|\be-?mail\s+addresses\b"
    r"|\bselfies?\b|\bphoto\s+ID\b|\bidentity\s+documents?\b"
    r"|\b(?-i:[A-Z])\w+['’]s\s+(?:(?:first|full|last)\s+)?names?\b"
    # "the Student's stated grade level", "your vehicle's make and model", "your fob or contract ID", "pass the debt to
    # a collection agency"
    r"|\b(?-i:[A-Z])\w+['’]s\s+(?:\w+\s+)?(?:grade\s+level|age|date\s+of\s+birth|home\s+address)\b"
    # "report the owner's name, last known address and balance to the state"
    # ("the recipient's name and email address", "the driver's name")
    r"|\b(?:owner|holder|user|member|customer|cardholder|recipient|driver|rider|passenger|guest|buyer|seller|student)['’]s\s+"
    r"(?:(?:first|full|last)\s+)?(?:names?|address|details)\b"
    r"|\byour\s+(?:vehicle|car|device|phone)['’]s\s+\w+|\b(?:contract|customer|member|user|account|fob)\s+IDs?\b"
    r"|\b(?:the|your|any)\s+(?:unpaid\s+|outstanding\s+)?debts?\b|\b(?:(?:mobile\s+)?tele)?phone\s+numbers?\b"
    # ("your bank username and password")
    # ("Plate images and wash times", "Plate reads can be shared with police", "plate photo")
    r"|\blicen[cs]e\s+plates?\b|\bplate\s+(?:images?|photos?|reads?|scans?|numbers?)\b|\byour\s+(?:[\w-]+\s+){0,2}?(?:documents|files|requests|prompts|history|username|passwords?"
    r"|credentials|questions?|queries|logs)\b"
    # "your pets' species ... and your postal code", "voice recordings and transcripts", "reservation details"
    r"|\b(?:postal|post|zip)\s*codes?\b|\bpostcodes?\b|\b(?:voice|audio|call)\s+recordings\b"
    r"|\b(?:booking|reservation|order)\s+details\b"
    # "Neighbors posts, together with the location of the home they were posted from"
    r"|\blocation\s+of\s+(?:your|the|their)\s+(?:home|house|device|phone|vehicle|car)\b"
    # "Your Sample", "your genetic information", "each enrolled employee's ... delivery address", "Customer lists",
    # "which of our pages you visit"
    r"|\byour\s+(?:DNA|saliva|genetic|genotype|biological)\b|\byour\s+(?:\w+\s+)?samples?\b|\bgenetic\s+(?:data|information|info)\b"
    r"|\b(?:delivery|home|postal|billing|shipping)\s+address(?:es)?\b|\bcustomer\s+(?:lists|records|databases?)\b"
    r"|\b(?:which|what)\s+(?:of\s+our\s+)?pages\s+you\s+visit\b"
    # "their names and emails are shared with our registry partner"
    r"|\bnames\s+and\s+(?:e-?mails?|e-?mail\s+addresses|phone\s+numbers|addresses)\b"
    # "Inferences drawn about a Buyer's tastes", "your baby's age in months"
    r"|\binferences?\s+(?:drawn\s+|made\s+)?about\b|\byour\s+(?:baby|child|kid|son|daughter)['’]s\s+(?:\w+\s+)?(?:age|name|birthday"
    r"|date\s+of\s+birth|photos?|voice|face|sleep)\b"
    # "the names of Hosts, the addresses of their homes", "your daily step count, your resting heart rate"
    r"|\b(?:names?|addresses|phone\s+numbers|e-?mail\s+addresses)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+)?(?:hosts?|guests?"
    r"|users?|members?|customers?|drivers?|riders?|renters?|owners?|homes?|(?-i:[A-Z])\w+s)\b"
    r"|\byour\s+(?:\w+\s+){0,2}?(?:heart\s+rate|step\s+count|ECG|readings?|blood\s+pressure|weight|symptoms|medications?)\b",
    _I,
)
# What is sold is data ("sell your personal information", "sale of personal data"), not "the goods and
# services it sells, ... and contact information".
_SELLS_DATA = re.compile(_SELL.pattern + r"\s+(?:\w+\s+){0,2}?(?:" + _PERSONAL.pattern + r"|(?:\w+\s+)?data\b)", _I)
# "Cloudnest may make that information available to its Affiliates": the clause said which.
_THAT_DATA = re.compile(r"\b(?:that|such|this|these|those)\s+(?:information|data|details)\b", _I)
# Sharing you do, or direct: "may allow or require you to share Your Content ... with such Third Party
# Apps", "transfer it to you or a third party identified by you".
_YOU_SHARE = re.compile(
    # (not "When you send a gift, the recipient's name ... are passed to our fulfilment partner")
    # (not "you let us send Tamarind your name": they send it)
    r"\byou\s+(?!(?:let|allow|authori[sz]e|permit)\s+us\b)(?:\w+\s+){0,2}?(?:to\s+)?(?:share|disclose|transfer|make\s+available|send"
    r"|forward)\b"
    r"(?!\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:gifts?|orders?|parcels?|packages?|payments?)\b)"
    # "you can send your monthly energy report to anyone you choose, such as your landlord"
    r"|\b(?:anyone|whoever|someone|people)\s+you\s+(?:choose|select|pick|want|invite)\b"
    r"|\b(?:identified|chosen|selected|designated|authori[sz]ed)\s+by\s+you\b",
    _I,
)
# A kind of data the terms define ("Health Data", "Route Data"): capitalised, so read case-sensitively.
_DEFINED_DATA = re.compile(r"\b[A-Z][a-z]+\s+(?:Data|Information)\b")
_MARKETERS = re.compile(
    # ("advertising cookies from partners such as Pinefield Ads")
    r"\b(?:advertis\w*|ad|ads|marketing)\s+(?:\w+\s+)?(?:from\s+)?(?:partners?|providers?|services?|networks?)\b",
    _I,
)
# "We share information with our affiliates, ... partners ... and with vendors": information shared
# with someone is about people, though the sentence does not say whose.
_SHARES_INFORMATION = re.compile(
    r"\b(?:share|shares|disclose|discloses|sell|sells|transfer|transfers)\s+(?:\w+\s+)?(?:information|data)\s+(?:with|to)\b"
    # "We'll give information to the police"
    r"|\bwe(?:['’]ll|\s+(?:will|may|might|can|also))?\s+(?:give|provide|pass|hand)\s+(?:\w+\s+)?(?:information|data)\s+"
    # ("We'll provide information in response to subpoenas, court orders and requests from regulators")
    r"(?:over\s+|in\s+response\s+)?to\b"
    # "If ... a court, the police or an agency ... asks us, we may hand over account and viewing information"
    r"|\bhand(?:s|ed)?\s+over\s+(?:[\w,'’-]+\s+){0,4}?(?:information|data|details|records)\b",
    _I,
)
# The recipient named before, the data given as a second object: "we may pass them your name, contact
# details, postcode ...", "we will send your Energy Supplier your meter point number".
_GIVES_THEM_YOURS = re.compile(
    # ("you let us send Tamarind your name, address, date of birth, SIN")
    r"\b(?:we|us)\b[^.;:]{0,30}?\b(?:send|sends|give|gives|pass|passes|provide|provides)\s+(?P<to>them\s+|it\s+|(?:your|the|our|that"
    r"|those)\s+(?:[\w-]+\s+){0,2}?|(?:(?-i:[A-Z])[\w-]+\s+){1,3})"
    # "we may give the building manager the Carer's name", "we send them a hashed version of your email address",
    # "we may give the Site Host the licence plate"
    r"(?=your\b|the\s+(?-i:[A-Z])\w+['’]s\b|an?\s+(?:[\w-]+\s+){0,2}?(?:version|copy|list|record|summary)\s+of\s+your\b"
    r"|the\s+(?:licen[cs]e\s+plates?|names?|e-?mail\s+address(?:es)?|phone\s+numbers?|contact\s+details|location)\b)",
    _I,
)
# An aside in brackets: "We share account and usage information (not DNA Data) with our service providers".
_BRACKETED = re.compile(r"\([^()]*\)")
# A company named as the recipient: "We share your name ... with Adyen so that it can process payments".
_WITH_NAMED = re.compile(
    # (not "any information disclosed by, for, or on behalf of Zoom ... to you")
    r"\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|exchange|exchanges)\b(?!\s+by\b)"
    # (not "disclose personal information in accordance with the Personal Information Protection ... Act")
    r"(?:(?!\bto\s+you\b)[^.;:]){0,200}?(?<!\baccordance\s)(?<!\bcompliance\s)(?<!\bcomply\s)(?<!\bline\s)\bwith\s+(?:the\s+)?"
    r"(?:relevant\s+)?"
    r"(?!(?:Sections?|Clauses?|Schedules?|Appendix|Annex)\b)(?-i:[A-Z])[\w-]+"
    # "Your card details and billing address are sent directly to Tillerpay"
    # (not "information provided to Zoom so that Zoom can fulfill the terms": given to the provider itself)
    r"|\b(?:sent|transmitted|passed|forwarded|exported)\s+(?:directly\s+|securely\s+|automatically\s+)?to\s+"
    # (not "before it is transmitted to Keystrand's servers")
    r"(?!(?:Sections?|Clauses?|Schedules?|Appendix|Annex|You|Us)\b)(?-i:[A-Z])[\w-]+\b"
    r"(?!['’]s\s+(?:own\s+)?(?:servers?|systems?|infrastructure|cloud|data\s+cent))"
    # "are processed on Chapterly's behalf by Lumen Telemetry GmbH", "processed for us by GateSight Systems LLC"
    r"|\b(?:processed|handled|stored|hosted|analy[sz]ed)\s+(?:on\s+(?:our|its|(?-i:[A-Z])[\w-]+['’]s)\s+behalf|for\s+us)\s+by\s+"
    r"(?-i:[A-Z])[\w-]+"
    # "checks are performed by LocaGuard Ltd, to which the precise GPS coordinates of your device ... are transmitted"
    # ("a language model provided by Veridian Labs Inc. in the United States, to which the photographs and notes are
    # transmitted")
    r"|(?-i:\b[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w.-]+){0,3}(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2})?,\s+"
    r"(?:an?\s+[^,.;:]{0,80},\s+)?to\s+which\b[^.;:]{0,200}?\b(?:(?:are|is)\s+(?:transmitted|sent|passed"
    # ("Kasgard Payments B.V., a payment institution licensed by ..., to which Swapnest transmits the Guest's
    # name")
    r"|disclosed|provided|given)|transmits|sends|passes|discloses|provides)\b",
    _I,
)
# The provider gives your data to someone it names in its own words: "we'll share your pet's profile and your
# contact details with that clinic", "we send Certiva the Carer's name", "Tunefold provides Campusly Verify
# with your name" (not to you, nor "to your email address").
_WE_PASS_ON = re.compile(
    r"\b(?:we|(?!(?:Please|You|Users?|Customers?|Members?)\b)(?-i:[A-Z])[\w-]+)"
    # ("Scholaroo may, upon the Institution's request, furnish the Institution with ...")
    r"(?:['’]ll|\s+(?:will|may|can|might|also|then|only|automatically)){0,2}(?:,\s+[^,.;:]{0,60},)?\s+"
    r"(?:share|shares|exchange|exchanges|send|sends|give|gives|provide|provides|pass|passes|disclose|discloses|furnish|furnishes"
    r"|transmit|transmits|report|reports|export|exports|(?:make|makes)\s+available)\b"
    # (not what they send you: "We may send you notices ... by email to the address on your account",
    # "Cloudnest will provide Customer with written certification")
    r"(?!\s+(?:you|customer)\b)(?!\s+(?:\w+\s+){0,2}?(?:notices?|notifications?|warnings?|reminders?|receipts?"
    # ("that's where we send tickets, queue alerts and news about changes to your events")
    r"|confirmations?|certifications?|e-?mails?|letters?|demands?|invoices?|tickets?|alerts?|news|updates?)\b)"
    r"(?:[^.;:]{0,200}?\b(?:with|to)\s+(?!(?:you|yourself|us|them|it|help|make|do|be|provide|the\s+extent)\b)"
    # (but "with the relevant Account's activity logs")
    r"(?!(?:your|the)\s+(?:[\w-]+\s+)?(?:e-?mail|address|account(?!['’]s)|device|phone|inbox|app|bank|card)\b)"
    r"(?:the|that|this|those|each|any|a|an|our|its|your|their|local|relevant|(?-i:[A-Z]))"
    r"|\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:the|your|a|an)\b)"
    # "Tunefold makes available to record labels ... listener-level reports"
    r"|\b(?:we|(?-i:[A-Z])[\w-]+)\s+(?:may\s+|will\s+|also\s+)?(?:make|makes)\s+available\s+to\s+(?!(?:you|your|yourself|us)\b)",
    _I,
)
# Data sold once packaged: "De-identified sleep patterns from all Brightnest families ... are also packaged into trend
# reports that we sell to nappy, formula and bedding brands".
_PACKAGED_FOR_SALE = re.compile(
    r"\bpackaged\s+into\b[^.;:]{0,60}?\b(?:that|which)\s+(?:we|(?-i:[A-Z])[\w-]+)\s+(?:sell|sells|license|licenses)\b",
    _I,
)
# Yours in the sale of the business: "If another company buys Brightnest, your account and your clips are part of the
# deal".
_PART_OF_THE_DEAL = re.compile(r"\byour\b[^.;:]{0,60}?\b(?:are|is)\s+part\s+of\s+the\s+(?:deal|sale|transaction)\b", _I)
# The app itself sending yours to a company it names: "The app sends your device ID, app events and rough location to
# Quanticle Analytics, Inc. in the United States".
_APP_SENDS = re.compile(
    r"\b(?:the|our)\s+(?:app|device|camera|cam|website|site|software)\s+(?:automatically\s+|also\s+)?(?:sends|transmits|shares"
    r"|passes|uploads)\s+your\b[^.;:]{0,100}?\bto\s+(?-i:[A-Z])[\w-]+",
    _I,
)
# Yours shown in a public notice: "The auction listing includes your name, your unit number and photos of the unit's
# contents".
_NOTICE_NAMES_YOU = re.compile(
    r"\b(?:listing|notice|advert\w*|posting)\s+(?:includes|shows|displays|lists|will\s+(?:include|show|display|list))\s+"
    r"your\s+(?:full\s+)?name\b",
    _I,
)
_AUTHORITIES = re.compile(
    r"\blaw\s+enforcement\b|\bpolice\b|\bauthorities\b|\bcourts?\b|\bregulators?\b"
    r"|\b(?:government|public)\s+(?:authorit|agenc|bod)\w*",
    _I,
)
# A kind of your content the terms define: "the audio of your Episodes", "your Cup Notes".
_YOUR_DEFINED = re.compile(r"\byour\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+s\b")
# Yours shown to everyone: "Your Cup Notes and Creations are public by default", "Your reviews ... appear publicly".
_PUBLIC_BY_DEFAULT = re.compile(
    r"\byour\b[^.;:]{0,80}?\b(?:(?:are|is)\s+public\s+by\s+default|appears?\s+publicly"
    r"|(?:are|is)\s+(?:publicly\s+visible|visible\s+to\s+(?:everyone|anyone|the\s+public)))\b"
    # "Reviews ... are published for everyone to see, with your first name", "show up on the title's page, with your
    # profile name and avatar, for every Reelnest member to read", "published at a public web address that search
    # engines may index"
    r"|\b(?:published|shown|displayed|show\s+up|appear)\b[^.;:]{0,100}?\byour\b[^.;:]{0,60}?\bfor\s+(?:everyone|anyone"
    r"|(?:every|all|any)\s+(?:\w+\s+)?(?:members?|users?|visitors?|fans?))\s+to\s+(?:see|read|view)\b"
    r"|\b(?:published|shown|displayed|show\s+up|appear)\b[^.;:]{0,60}?\bfor\s+(?:everyone|anyone)\s+to\s+(?:see|read|view)\b"
    r"[^.;:]{0,40}?\byour\b"
    r"|\bsearch\s+engines\s+(?:may|can|will)\s+(?:index|find|crawl)\b"
    # "Each post is displayed to every App user within five (5) miles of your Home, together with your first name",
    # "anyone visiting Harborhop, whether signed in or not, can read them along with your first name"
    r"|\b(?:displayed|shown|visible)\s+to\s+(?:every|all|any)\s+(?:\w+\s+){0,2}?(?:users?|members?|visitors?)\b[^.;:]{0,80}?"
    r"\byour\b"
    r"|\banyone\s+(?:visiting|using|browsing|on)\b[^.;:]{0,60}?\bcan\s+(?:read|see|view)\b[^.;:]{0,60}?\byour\b"
    # "Photos posted to the Gallery appear with your display name ..., and can be seen by anyone"
    r"|\byour\b[^.;:]{0,120}?\b(?:can|may|will)\s+be\s+(?:seen|viewed|read)\s+by\s+(?:anyone|everyone"
    r"|the\s+(?:general\s+)?public)\b",
    _I,
)
# Who is left out does not negate the sharing: "can be seen by anyone, including visitors who aren't signed in".
_NEGATED_WHO = re.compile(
    r"\bwho(?:m)?\s+(?:aren['’]t|isn['’]t|don['’]t|doesn['’]t|haven['’]t|(?:are|is|do|does|have)\s+not)\b[^,.;:]*", _I
)
# Open to the authorities where it is kept: "stored on servers in the United States, where they may be accessible to
# U.S. authorities".
_OPEN_TO_AUTHORITIES = re.compile(
    r"\b(?:accessible|available)\s+to\s+(?:[\w.]+\s+){0,2}?(?:authorities|law\s+enforcement|police|government\s+agencies)\b",
    _I,
)
# Others given a view of yours: "Institution administrators ... may access all Assignments", "the fleet manager can
# see each session you start".
_OTHERS_SEE = re.compile(
    r"\b(?:administrators?|admins?|teachers?|employers?|managers?|parents?|guardians?|schools?|institutions?"
    # ("a contractor in Manila whose staff can see your account details", "the teacher, and any co-teachers, aides
    # and school administrators the school adds to the class, can see your child's weekly progress reports")
    # ("a monitoring contractor whose operators can view live and recorded video", "its subcontractor in the
    # Philippines, whose agents can access the account, order and message data")
    r"|(?<=whose\s)(?:staff|operators|agents|employees))\s+"
    r"(?:[\w,-]+\s+){0,6}?(?:may|can|will\s+be\s+able\s+to|are\s+able\s+to)\s+(?:see|view|access|read|monitor)\b"
    # "which permits any registered Employer to search for and view it"
    r"|\b(?:permits?|allows?|lets?)\s+(?:any|all|every)\s+(?:registered\s+|verified\s+)?(?:employers?|recruiters?|users?"
    r"|members?)\s+to\s+(?:\w+\s+(?:for\s+)?and\s+)?(?:see|view|access|read)\b"
    # "support staff engaged through Fairline Contact Services (Pvt) Ltd in Colombo, Sri Lanka, can view your email
    # address"
    r"|\b(?:agents?|staff|employees|contractors?)\s+(?:engaged|employed|provided|hired)\s+(?:through|by|via)\s+(?-i:[A-Z])"
    r"[^.;:]{0,80}?\b(?:may|can)\s+(?:see|view|access|read)\b"
    # "our support agents at Hollis Contact Solutions can see your account details"
    r"|\b(?:agents?|staff|employees|contractors?)\s+(?:at|of|from)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,3}\s+"
    r"(?:may|can|will\s+be\s+able\s+to)\s+(?:see|view|access|read)\b",
    _I,
)
_ABOUT_YOU = re.compile(r"\byour?\b", _I)
# Word to the authorities: "who may notify the Student's Parent, the Institution, child protective services or law
# enforcement".
_NOTIFIES_AUTHORITIES = re.compile(
    r"\bnotify\s+(?!you\b)[^.;:]{0,80}?\b(?:law\s+enforcement|police|authorities|child\s+protective\s+services"
    r"|social\s+services)\b",
    _I,
)
# A company using what it receives for itself: "Veridox may also keep and use the selfie and document images it
# receives for its own purposes".
_INFORMATION = re.compile(r"\b(?:information|data|details)\b", _I)
_OWN_PURPOSES = re.compile(
    r"(?!(?-i:We|You)\b)(?-i:\b[A-Z])[\w-]+\s+(?:may|can|will)\s+(?:also\s+)?(?:(?:keep|retain|store)\s+and\s+)?use\b[^.;:]{0,120}?"
    r"\b(?:for\s+(?:its|their)\s+own\s+(?:purposes|use|business|products?)|for,?\s+(?:its|their)\s+other\s+(?:\w+\s+)?products?)\b",
    _I,
)
# Processors at work on your data without the word "share": "We use trusted service providers to host the app".
_USES_PROVIDERS = re.compile(
    r"\b(?:we|(?-i:[A-Z])[\w-]+)\s+(?:also\s+)?(?:use|uses|engage|engages|rely\s+on|relies\s+on|work\s+with|works\s+with)\s+"
    r"(?:trusted\s+|carefully\s+selected\s+|third[\s-]party\s+|other\s+|outside\s+|external\s+)?(?:service\s+providers|vendors"
    r"|processors|sub-?processors|contractors|suppliers)\s+(?:to|who|that|for)\b",
    _I,
)
# The recipient as the one who acts: "our advertising partners receive your device identifiers", "These
# companies process personal information on our instructions".
_RECEIVES = re.compile(
    # "Linkwell, and not Tallyroo, receives your bank username", "Sentrix Identity Ltd, which receives the photo
    # of your identity document"
    # ("Pellucid AI, Inc., which receives your question", "Halbrook Recovery Services, which will receive your name")
    # ("Site Hosts receive a record of each session"; not "You receive the ...")
    # (not the other party to a sale: "the Seller receives the Buyer's name, delivery address ... solely in order to
    # fulfil ... the order")
    r"(?!(?-i:You|We|Users?|Customers?|Members?|Sellers?|Buyers?)\b)(?-i:\b[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2}\.?"
    # ("Ledgerline Payments, which gets your card number")
    # ("the program's administrator, Thrivepoint Benefits LLC, receives your daily step count", "the Reviewer gets your
    # ECG recording")
    r"(?:,\s+[^,.;:]{0,40},|,\s+which(?:\s+will|\s+may)?)?,?\s+(?:receives|receive|(?<=which\s)gets|gets(?=\s+your\b))\s+"
    r"(?:your|the|an?|each)\b|"
    r"(?:" + _RECIPIENT.pattern + r")[^.;:]{0,120}?"
    # (not "an independent controller of Candidate personal data it receives"; "member data will be one of the
    # things the buyer gets")
    # ("the National Insurance Fraud Index, to which law enforcement agencies and participating lenders have access")
    r"\b(?<!\bit\s)(?<!\bthey\s)(?:receives?|process(?:es)?|(?:get|gets|have|has)\s+access(?:\s+to)?|gets(?=\W*$))\b",
    _I,
)
_RETAIN = re.compile(
    r"\b(?:retain|retains|retained|retaining|retention|keep|keeps|kept|preserve|preserved|store|stored)\b"
    # ("Order records ... are archived for seven years"; not "Our records come from archives")
    r"|\bhold(?:s|ing)?\s+on\s+to\b|\barchived\s+for\b"
    # "it stays on that user's profile after you delete your account"
    # (not a setting that "stays off unless you switch it on")
    r"|\bstays?\b(?!\s+(?:off|switched|turned|disabled|enabled)\b)|\bremains?\s+(?:on|in|visible|stored|with)\b"
    # "Deleted data may survive in encrypted backups for up to 13 months"
    r"|\bsurviv(?:e|es|ing)\s+(?:in|on)\b|\bpersists?\s+in\b|\bremains?\s+published\b"
    # "we hang on to your profiles, watch history and My List for 10 months", "records hang around for seven years"
    r"|\bhang(?:s|ing)?\s+(?:on\s+to|onto|around)\b"
    # "your baby's sleep diary sticks with us", "the posts you shared to Milestones don't leave with you", "Reviews and
    # ratings remain associated with the Seller's shop and visible after the Buyer's account has been deleted"
    # ("is held against your account while it remains open and for six years after its closure", "Your Bloom chats stick
    # around for three years after your event date")
    r"|\b(?:is|are)\s+held\s+(?:against|on|in|for)\b|\bstick(?:s|ing)?\s+around\b"
    r"|\bsticks?\s+with\s+us\b|\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not|won['’]t|will\s+not)\s+leave\s+with\s+you\b"
    r"|\bremains?\s+associated\s+with\b",
    _I,
)
_AFTER_LEAVING = re.compile(
    # (not "If you delete the album, Content that others contributed ... will remain in the contributors' libraries")
    BY_KEY["data_retention"].cues[1] + r"|\bif\s+you\s+(?:delete|close|cancel|deactivate)\s+your\s+(?:\w+\s+)?"
    r"(?:account|membership|subscription|profile)\b"
    # ("If you leave Brightnest, the posts you shared ... don't leave with you")
    r"|\bif\s+you\s+leave\b|\bleave\s+with\s+you\b",
    _I,
)
# Keeping that is not theirs, or not retention: "download anything you want to keep first", "to keep it secure".
_IMPERATIVE_KEEP = re.compile(r"^[\W\d]*(keep|store|retain|preserve)\s+(?:your|all|any|copies)\b", _I)
_YOU_KEEP = re.compile(r"\byou\s+(?:(?:want|wish|need|choose|would\s+like|['’]d\s+like)\s+to\s+|can\s+|may\s+)?$", _I)
_KEPT_SAFE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:secure|safe|private|confidential|up[\s-]to[\s-]date)\b", _I)
# What is kept or used, besides your content and data: "transaction records", "certain information", "Recordings".
_DATA_WORDS = re.compile(
    # ("we keep a record of their name ... indefinitely", "each Device's Access Log for five years")
    _USER_DATA.pattern + r"|\b(?:records?|information|recordings?|transcripts?|messages|conversations|cop(?:y|ies)"
    r"|reviews?|posts?|comments?|listings?|photo(?:graph)?s|telemetry|chats?|logs?|audio|clips?|answers"
    # "plate reads, vehicle images and parking history", "a sample of requests and Outputs"
    r"|images|videos?|history|outputs?|requests|documents|files|readings|entries|trails|statistics"
    # ("each Assignment scanned is ... retained there indefinitely")
    # ("Text uploaded to Read-to-Me, and any ratings ... you submit", "we keep your account profile around")
    r"|submissions?|assignments?|drafts?|essays?|uploads?|account\s+profiles?|text"
    # ("Your genotype is one of the inputs", "Scans of letters ... that you upload", "the genotype readout ... and the
    # lab paperwork")
    r"|genotypes?|DNA|scans|samples?|readouts?|paperwork|ECGs?|diar(?:y|ies)|snippets?"
    # "Tips you posted to Money Tips stay up after you leave"
    r"|(?<=you\s)(?:posted|uploaded|shared|wrote|published))\b",
    _I,
)
# Kept although deleted or gone: "Conversations that have been removed ... will be retained", "of a banned Member".
_GONE = re.compile(
    r"\b(?:been|are|is|were|was)\s+(?:removed|deleted|erased|closed|terminated)\b|\bbanned\b"
    # "the Transcript of a deleted Recording, no longer associated with your account"
    r"|\b(?:a|the|any)\s+deleted\b|\bno\s+longer\s+(?:associated|linked)\s+with\b|\bfollowing\s+the\s+deletion\s+of\b",
    _I,
)
# Kept for the law's sake past deletion: "except where we are required to retain them", "any legal
# obligation to retain them", "or longer where required by ... applicable laws".
# (not "an obligation to keep such information confidential", nor "updates, which are modifications
# that keep digital content ... in conformity with the law")
_LEGAL_HOLD = re.compile(
    r"\b(?:required|obligat\w*|compelled)\s+(?:by\s+(?:\w+\s+){0,3}?)?to\s+(?:retain|keep|preserve)\b"
    r"(?![^.;:]{0,30}?\b(?:confidential|secret|private|safe|secure)\b)"
    r"|\b(?:(?:retain|preserve|keep)\w*|hold\s+on\s+to)\b[^.;:]{0,120}?\b(?:longer|legal\s+process|required\s+(?:to\s+do\s+so\s+)?by\s+"
    r"(?:\w+\s+){0,4}?laws?|(?:tax|accounting|legal|regulatory)\s+(?:\w+\s+){0,2}?(?:purposes|obligations?|requirements|rules)"
    # "for seven years, as Dutch tax and bookkeeping law requires"
    r"|laws?\s+requires?)\b",
    _I,
)
# Kept for years, or for ever: "We keep the contents of Messages for two years after ...".
_LONG_PERIOD = re.compile(
    # ("retained by Nookstay for three (3) years following check-out", "for a period of ten (10) years")
    # ("Trip trails are kept for 24 months after each Trip")
    r"\bfor\s+(?:up\s+to\s+)?(?:1[89]|[2-9]\d)\s+months\b|"
    r"\b(?:for\s+(?:up\s+to\s+|a\s+period\s+of\s+)?|usually\s+|typically\s+|normally\s+|at\s+least\s+)(?:\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten)\s*(?:\(\d+\)\s*)?years\b|\bindefinitely\b"
    # "for as long as Ridequill operates in the relevant state"
    r"|\bfor\s+as\s+long\s+as\s+\w+\s+(?:operates|exists|is\s+in\s+business)\b"
    # "we keep that history without a fixed end date"
    r"|\b(?:without|with\s+no)\s+(?:a\s+)?(?:fixed\s+)?(?:end\s+date|time\s+limit)\b|\bfor\s*ever\b"
    # "kept online as a permanent public archive ..., even if the creator closes their account", "retained,
    # notwithstanding any deletion request or retention setting, until the hold is released"
    r"|\bpermanent\s+(?:public\s+)?(?:archive|record)\b|\beven\s+if\s+(?:the\s+)?\w+\s+(?:closes?|deletes?)\b"
    r"|\bnotwithstanding\s+any\s+(?:deletion|erasure)\b"
    # "Data already handed over to the study before you leave stays with the researchers"
    r"|\b(?:stays?|remains?)\s+with\s+the\s+(?:researchers?|partners?|recipients?|buyers?|study)\b"
    # "we keep your account profile around ..., and we don't set a date for deleting it unless you ask"
    r"|\b(?:don['’]t|do\s+not|never)\s+set\s+(?:a|an|any)\s+(?:\w+\s+)?(?:date|deadline|time\s+limit)\s+for\s+(?:delet|eras)"
    # "thereafter for such further period as Draftpick deems appropriate"
    r"|\bfor\s+such\s+(?:further\s+|other\s+|longer\s+)?period\s+as\s+(?:we|(?-i:[A-Z])[\w-]+)\s+(?:deems?|considers?|thinks?"
    r"|determines?)\b",
    _I,
)
# Not removed when deleted: "included in training datasets ... are not removed from those datasets ...
# when an Episode or account is deleted".
# ("Copies that other members have already saved ... are not removed if you later ... delete it")
_NOT_REMOVED = re.compile(r"\b(?:are|is|will)\s+not\s+(?:be\s+)?(?:removed|deleted|erased)\b", _I)
# Beyond recall once used: "data that has already gone into a study ... can't be pulled back out".
_CANNOT_WITHDRAW = re.compile(
    r"\b(?:can['’]t|cannot|can\s+not)\s+be\s+(?:pulled\s+back(?:\s+out)?|withdrawn|recalled|taken\s+back|clawed\s+back)\b",
    _I,
)
# Their backups deleted too: "we remove its audio file ... from all of our systems, including our backup copies".
_BACKUPS_TOO = re.compile(
    r"\bincluding\s+(?:from\s+)?(?:our\s+|its\s+|any\s+|all\s+)?(?:backups?|back-ups?|backup\s+(?:copies|systems))\b",
    _I,
)
# Kept once it no longer names you: "may use, retain and publish such (aggregated) information".
# ("Alerts generated across all accounts, stripped of the identifiers they matched, are used to train the model")
_DE_IDENTIFIED = re.compile(r"\b(?:aggregated?|anonymi[sz]ed|de-?identified|statistical)\b|\bstripped\s+of\b", _I)
_NOT_KEPT = re.compile(
    r"\b(?:not|never)\s+(?:\w+\s+)?(?:retain|keep|store|preserve)\b"
    r"|\b(?:prohibited|forbidden|barred)\s+from\s+(?:retaining|keeping|storing|preserving)\b",
    _I,
)
_BACKUP = re.compile(r"\bbackups?\b|\bback-ups?\b|\barchiv\w*|\bresidual\s+copies\b", _I)
# Their backups, not yours ("We strongly advise you to make regular back-up copies of Your Content").
_THEIR_BACKUPS = re.compile(
    r"(?:\b(?:our|its|from)|['’]s)\s+(?:\w+\s+)?(?:backups?|back-ups?)\b|\bresidual\s+copies\b"
    r"|\bcopies\s+(?:\w+\s+){0,3}?in\s+(?:\w+\s+)?backup",
    _I,
)
# Something gone that the backups still hold ("Erased items may remain in Cloudnest's encrypted backup copies").
_ERASED = re.compile(r"\b(?:eras|delet|remov)\w*", _I)
_AS_LONG_AS = re.compile(BY_KEY["data_retention"].cues[4], _I)
_LAST_USE = re.compile(r"\bafter\s+your\s+last\s+(?:interaction|use|login|activity|visit)\b", _I)
_SURVIVAL = re.compile(r"\bsurviv\w*\b[^.;]{0,40}?\b(?:termination|expiration)\b", _I)


def _spans(patterns: Sequence[re.Pattern[str]], text: str) -> list[tuple[int, int]]:
    return [m.span() for p in patterns for m in p.finditer(text) if m.end() > m.start()]


# Not a licence but the rights themselves: "you assign all rights in them to Rootwise".
_YOU_ASSIGN = re.compile(
    # ("you hereby assign to Huddlenote all right, title and interest in and to such Feedback")
    r"\byou\s+(?:hereby\s+)?(?:assign|transfer)\s+(?:to\s+(?:us|(?-i:[A-Z])[\w-]+)\s+)?(?:all|any|each)\s+(?:of\s+)?(?:your\s+)?"
    r"(?:rights?|right,?\s+title|intellectual\s+property|copyright)\b",
    _I,
)


def _content_licence(sentence: str, clause: str) -> list[tuple[int, int]]:
    """You license your content to them, broadly: a grant from you, in words of breadth, or your ideas
    theirs to use as they like."""
    if not _YOUR_PROHIBITED_CONDUCT.match(clause):
        if (feedback := _FEEDBACK_THEIRS.search(sentence)) and _FEEDBACK.search(sentence):
            return [feedback.span()]
        if (allowed := _YOU_ALLOW_US.search(sentence) or _WHAT_YOU_PUT_USED_BY_US.search(sentence)) and (
            broad := _ALLOWED_BROADLY.search(sentence)
        ):
            return [allowed.span(), broad.span()]
        if featured := (
            _WE_FEATURE_YOURS.search(sentence) or _FEATURED_UNPAID.search(sentence) or _WE_PULL_YOURS.search(sentence)
        ):
            return [featured.span()]
        if assigned := (
            _YOU_ASSIGN.search(sentence) or _WE_COPY_WHAT_YOU_PUT.search(sentence) or _OTHERS_MAY_COPY.search(sentence)
        ):
            return [assigned.span()]
    if not (_LICENCE.search(sentence) and _USER_GRANTS.search(sentence)):
        return []
    if _PROVIDER_GRANTS.search(sentence) and not _USER_GRANTS.search(sentence):
        return []  # "we grant you a licence to use the software" is the other direction
    breadth = _spans([_BREADTH, _DERIVATIVE], sentence)
    if not breadth and not _AI_PURPOSE.search(sentence):
        return []
    return breadth + _spans([_LICENCE], sentence)


def _ai_training(sentence: str, clause: str) -> list[tuple[int, int]]:
    """Your content or data used for AI or machine learning, not negated ("will not use ... to train")
    and not only once you switch it on."""
    core = _PROVISO.split(sentence, maxsplit=1)[0]
    # A topic referred to ("subject to Section 8.3 with respect to model training") is not a use.
    hits = [(a, b) for a, b in _spans(_AI, core) if not _ABOUT.search(core, 0, a)]
    purposes = [m.start() for m in _AI_PURPOSE.finditer(core)]
    if not hits or not purposes or _YOUR_PROHIBITED_CONDUCT.match(clause):
        return []
    if _ONLY_IF_YOU_OPT_IN.search(sentence) and not _ON_BY_DEFAULT.search(clause):
        return []
    # A negation before the last purpose ("we use it to improve the app but do not use it to train
    # models"); one after it speaks of something else ("... training models, and these uses are not
    # affected by your choice").
    if (negation := _NEGATED.search(core) or _FORBIDDEN.search(core)) and negation.start() < purposes[-1]:
        return []
    if _YOU_MAY_REFUSE.search(core):
        return []
    # Something is done with the data: a use besides the words for AI ("in the event of any conflict
    # ... regarding model training, this Section controls" uses nothing).
    # ... nor a heading "Generative AI Training", whose training is the noun after the AI words.
    uses = [
        m
        for m in _USE_VERB.finditer(core)
        # ("models that Nookstay trains on the booking ... history of Listings": training on data is a use)
        if not (_AI_PURPOSE.fullmatch(m.group()) and any(a <= m.start() <= b + 1 for a, b in hits))
        or _TRAINED_ON.match(core, m.end())
    ]
    # ("We use de-identified Access Events ... to train the machine learning models")
    if not (uses and (_DATA_WORDS.search(clause) or _DE_IDENTIFIED.search(sentence))):
        return []
    return hits


_BUT_OR_SEMICOLON = re.compile(r";|,?\s+but\s+(?=never\b|not\b|no\b)", _I)


def _data_sharing(sentence: str, clause: str) -> list[tuple[int, int]]:
    """Your personal data sold, or shared with companies (third parties, advertisers, partners, service
    providers) or the authorities; not sharing you do or direct."""
    # Each side of a "but never" or a semicolon is read on its own first: a denial on one side is of something else
    # ("Lumenpath gets your IP address ..., but never any amounts from your return"; "Any such email comes from
    # Microsoft; we do not share your email address with publishers" shares nothing); then the whole ("we send Halvard
    # the parts of your return it needs ..., but not your name or SIN").
    if cut := _BUT_OR_SEMICOLON.search(sentence):
        head, tail = sentence[: cut.start()], sentence[cut.end() :]
        if spans := _data_sharing(head, clause) or [
            (a + cut.end(), b + cut.end()) for a, b in _data_sharing(tail, clause)
        ]:
            return spans
    if _NEGATED.search(_NEGATED_WHO.sub(" ", _BRACKETED.sub(" ", sentence))) or _YOUR_PROHIBITED_CONDUCT.match(clause):
        return []
    if _SELLS_DATA.search(sentence):
        return _spans([_SELL, _PERSONAL], sentence)
    if _MARKETERS.search(sentence) and _PERSONAL.search(sentence):
        return _spans([_MARKETERS, _PERSONAL], sentence)
    if public := _PUBLIC_BY_DEFAULT.search(sentence) or _NOTICE_NAMES_YOU.search(sentence):
        return [public.span()]
    if passed := _PART_OF_THE_DEAL.search(sentence) or _APP_SENDS.search(sentence):
        return [passed.span()]
    if (sold := _PACKAGED_FOR_SALE.search(sentence)) and (
        _DATA_WORDS.search(sentence) or _DE_IDENTIFIED.search(sentence)
    ):
        return [sold.span()]
    if _YOU_SHARE.search(sentence):
        return []
    # (the recipient-first pattern is the costliest here: searched once)
    receives = _RECEIVES.search(sentence)
    personal = (
        _PERSONAL.search(sentence)
        or _DEFINED_DATA.search(sentence)
        # "the subprocessor, which receives the audio of your Episodes"
        or (receives and _YOUR_DEFINED.search(sentence))
        or (_THAT_DATA.search(sentence) and (_PERSONAL.search(clause) or _DEFINED_DATA.search(clause)))
    )
    share = _SHARE.search(sentence)
    shared = (share and _RECIPIENT.search(sentence)) or _WITH_NAMED.search(sentence) or _WE_PASS_ON.search(sentence)
    if (shared or receives) and personal:
        return (
            _spans([_SHARE, _RECIPIENT], sentence)
            or _spans([_WITH_NAMED, _WE_PASS_ON], sentence)
            or ([receives.span()] if receives else [])
        )
    # Anything of yours given to the authorities: "We may provide the recording to law enforcement", "We'll only
    # hand over data to the police, courts or other authorities if a UK court orders us to"
    # (they give it: not "only the Account Holder can ... share Recordings with law enforcement agencies", nor "you
    # will provide Zoom with all appropriate evidence ... the taxing authorities")
    if (
        share
        and (_WE.search(sentence) or _OPEN_TO_AUTHORITIES.search(sentence))
        and _AUTHORITIES.search(sentence)
        and _DATA_WORDS.search(sentence)
    ):
        return _spans([_SHARE, _AUTHORITIES], sentence)
    if _SHARES_INFORMATION.search(sentence) and _RECIPIENT.search(sentence):
        return _spans([_SHARES_INFORMATION, _RECIPIENT], sentence)
    if (
        (given := _GIVES_THEM_YOURS.search(sentence))
        and personal
        and (_RECIPIENT.search(sentence + " " + clause) or re.search(r"\b[A-Z]", given.group("to")))
    ):
        return [given.span(), *_spans([_PERSONAL], sentence)]
    if (own := _OWN_PURPOSES.search(sentence)) and (personal or _INFORMATION.search(sentence)):
        return [own.span()]
    seen = _OTHERS_SEE.search(sentence)
    if seen and (personal or _DATA_WORDS.search(sentence) or _ABOUT_YOU.search(sentence)):
        return [seen.span()]
    if told := _NOTIFIES_AUTHORITIES.search(sentence) or _USES_PROVIDERS.search(sentence):
        return [told.span()]
    return []


def _data_retention(sentence: str, clause: str) -> list[tuple[int, int]]:
    """Data kept after you delete it or leave, in backups, for the law's sake, or for as long as they
    see fit."""
    if _NOT_KEPT.search(sentence):
        return []
    # yours to keep: "Keep your receipts and records for at least six years"
    imperative = _IMPERATIVE_KEEP.match(sentence)
    kept = [
        m.span()
        for m in _RETAIN.finditer(sentence)
        if not (
            _YOU_KEEP.search(sentence, 0, m.start())
            or _KEPT_SAFE.match(sentence, m.end())
            or (imperative and m.start() == imperative.start(1))
        )
    ]
    if not kept:
        if (not_removed := _NOT_REMOVED.search(sentence)) and _ERASED.search(sentence, not_removed.end()):
            return [not_removed.span()]
        if (stuck := _CANNOT_WITHDRAW.search(sentence)) and _DATA_WORDS.search(sentence):
            return [stuck.span()]
        if _BACKUPS_TOO.search(sentence):
            return []
        # "residual copies in our backup systems will be overwritten within a further 90 days": copies
        # outlive the deletion with no word for keeping them
        backups = _spans([_THEIR_BACKUPS], sentence)
        return backups if backups and (_USER_DATA.search(clause) or _ERASED.search(sentence)) else []
    # ("we keep the route only in a de-identified form, with no end date")
    if not (_DATA_WORDS.search(sentence) or _DE_IDENTIFIED.search(sentence) or _YOUR_DEFINED.search(sentence)):
        return []
    extra = _spans(
        [_AFTER_LEAVING, _BACKUP, _AS_LONG_AS, _LAST_USE, _GONE, _LEGAL_HOLD, _DE_IDENTIFIED, _LONG_PERIOD], sentence
    )
    if not extra and not _SURVIVAL.search(clause):  # "Survival: ... our rights to retain certain data"
        return []
    return kept + extra


_NO_WARRANTY = [re.compile(c, _I) for c in BY_KEY["no_warranty"].cues]
# The promise is the user's ("you represent and warrant that ..."), not theirs.
_YOU_WARRANT = re.compile(r"\byou\s+(?:\w+\s+){0,2}?(?:warrant|represent|guarantee|promise)\w*\b", _I)
_WE = re.compile(r"\b(?:we|us|our)\b", _I)


def _no_warranty(sentence: str, clause: str) -> list[tuple[int, int]]:
    """They disclaim warranties or guarantee nothing ("PROVIDED AS IS", "does not warrant that ..."),
    unless the sentence protects you ("some jurisdictions do not allow the exclusion of ...")."""
    hits = _spans(_NO_WARRANTY, sentence)
    if not hits or _PROTECTIVE.search(sentence) or _YOUR_PROHIBITED_CONDUCT.match(clause):
        return []
    if _YOU_WARRANT.search(sentence) and not _WE.search(sentence):
        return []
    return hits


RULES = {
    "content_licence": _content_licence,
    "ai_training": _ai_training,
    "data_sharing": _data_sharing,
    "data_retention": _data_retention,
    "no_warranty": _no_warranty,
}


# -- flagging --------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceFlag:
    """A sentence in a category, with the decisive spans in document offsets."""

    category: str
    sentence: Sentence
    score: float
    spans: tuple[tuple[int, int], ...]


class _EmbeddingCache:
    """Sentence vectors by text: re-flagging a document, or a new version of it, embeds only new sentences."""

    def __init__(self, limit: int = 20_000) -> None:  # about 30 MB of vectors
        self.limit = limit
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def embed(self, embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            missing = sorted({t for t in texts if t not in self._vectors})
        if missing:
            vectors = embedder.embed(missing)
            with self._lock:
                if len(self._vectors) + len(missing) > self.limit:
                    self._vectors.clear()
                self._vectors.update(zip(missing, vectors, strict=True))
        with self._lock:
            if not texts:
                return np.zeros((0, embedder.dimension), dtype=np.float32)
            return np.stack([self._vectors[t] for t in texts])


_cache = _EmbeddingCache()


def flag_sentences(
    sentences: Sequence[Sentence],
    clause_texts: Sequence[str],
    embedder: Embedder,
    model: SentenceModel,
    clause_vectors: np.ndarray | None = None,
    prefilter: float = 0.0,
) -> list[SentenceFlag]:
    """Every (sentence, category) that is a red flag. `clause_texts[i]` is the plain text of the
    clause holding sentence i (the rules read it for context).

    Embedding sentences is the slow part. With `clause_vectors[i]` (the stored vector of the
    clause holding sentence i) and `prefilter` > 0, a sentence is embedded only when the model,
    reading its clause's vector with the sentence's cue words, gives some category at least
    `prefilter` times that category's threshold. Canonical wordings and rules need no vectors.
    """
    flags: list[SentenceFlag] = []
    plain = [s.plain.text for s in sentences]
    read = read_cues(plain)
    cues, worth, strong_all, allowed = read.cues, read.worth, read.strong, read.allowed
    if clause_vectors is not None and prefilter > 0 and len(sentences):
        rough = model.probabilities(clause_vectors, cues, plain)
        worth = worth & ((rough >= model.thresholds * prefilter) & allowed).any(axis=1)
    # Sentences that only a canonical wording flags still count, without a vector.
    for i, j in zip(*np.nonzero(strong_all & allowed & ~worth[:, None]), strict=True):
        category = BY_KEY[model.keys[j]]
        spans = _spans(category.strong_patterns() + category.cue_patterns(), plain[i])
        flags.append(_flag(category.key, sentences[i], 1.0, spans))
    candidates = np.flatnonzero(worth)
    if len(candidates):
        vectors = _cache.embed(embedder, [sentences[i].text for i in candidates])
        probabilities = model.probabilities(vectors, cues[candidates], [plain[i] for i in candidates])
        strong = strong_all[candidates]
        decided = model.decide(probabilities, strong, allowed[candidates])
        for row, i in enumerate(candidates):
            for j, key in enumerate(model.keys):
                if decided[row, j]:
                    category = BY_KEY[key]
                    spans = _spans(category.strong_patterns() + category.cue_patterns(), plain[i])
                    score = 1.0 if strong[row, j] else float(probabilities[row, j])
                    flags.append(_flag(key, sentences[i], score, spans))
    for i, sentence in enumerate(sentences):
        for key, rule in RULES.items():
            spans = rule(plain[i], clause_texts[i])
            if spans:
                flags.append(_flag(key, sentence, 1.0, spans))
    return flags


def _flag(key: str, sentence: Sentence, score: float, plain_spans: Sequence[tuple[int, int]]) -> SentenceFlag:
    """Map spans in the sentence's plain text to document offsets; the whole sentence when none."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(plain_spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    spans = tuple(sentence.plain.span(s, e) for s, e in merged) or ((sentence.start, sentence.end),)
    return SentenceFlag(key, sentence, score, spans)


def flag_document(
    document: str,
    version: str,
    text: str,
    clauses: Sequence[StoredClause],
    embedder: Embedder,
    model: SentenceModel | None = None,
    clause_vectors: np.ndarray | None = None,
    prefilter: float = 0.0,
) -> FlagReport:
    """The red-flags report of one stored document version. `clause_vectors` (one stored
    vector per clause) and `prefilter` speed it up (see `flag_sentences`)."""
    started = time.perf_counter()
    model = model or load_sentence_model()
    sentences: list[Sentence] = []
    owners: list[int] = []
    clause_plain: list[str] = []
    for index, clause in enumerate(clauses):
        found = split_sentences(text[clause.start : clause.end], clause.start)
        sentences += found
        owners += [index] * len(found)
        clause_plain.append(" ".join(s.plain.text for s in found))
    vectors = clause_vectors[owners] if clause_vectors is not None and len(owners) else None
    flags = flag_sentences(sentences, [clause_plain[o] for o in owners], embedder, model, vectors, prefilter)
    owner_of = {id(s): o for s, o in zip(sentences, owners, strict=True)}

    by_category: dict[str, dict[int, list[SentenceFlag]]] = {c.key: {} for c in CATEGORIES}
    for flag in flags:
        by_category[flag.category].setdefault(owner_of[id(flag.sentence)], []).append(flag)
    categories = [
        CategoryFlags(
            key=c.key,
            title=c.title,
            severity=c.severity,
            reason=c.reason,
            method=c.method,
            clauses=[_flagged_clause(clauses[o], text, by_category[c.key][o], c) for o in sorted(by_category[c.key])],
        )
        for c in CATEGORIES
    ]
    return FlagReport(document, version, categories, {"flag_s": time.perf_counter() - started})


def _flagged_clause(clause: StoredClause, text: str, flags: list[SentenceFlag], category: Category) -> FlaggedClause:
    spans = sorted({span for f in flags for span in f.spans})
    return FlaggedClause(
        section=clause.section,
        heading=clause.heading,
        heading_path=clause.heading_path,
        page=clause.page,
        quote=text[clause.start : clause.end],
        start=clause.start,
        end=clause.end,
        highlights=[Highlight(s, e, text[s:e]) for s, e in spans],
        reason=category.reason,
        score=max(f.score for f in flags),
    )
