"""The answer to a question: its JSON contract, the stream of events, and how it is produced.

The verdict and the cited clauses come from `assistant.verdict` (calibrated probes and
rules); the model then writes the plain-English sentence with the verdict already fixed.
The program, not the model, turns excerpt numbers into citations, and every quote is
exactly `text[start:end]` of the stored document text (a trimmed quote is a sentence range
inside its clause, with offsets to match).
"""

from __future__ import annotations

import time
from collections.abc import Collection, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from assistant.llm import LanguageModel
from assistant.retrieve import Evidence
from assistant.store import ScoredClause
from assistant.verdict import Confidence, Decision, Thresholds, decide, explanation_messages

# "answered": an open question ("How long do they keep my data?") that the cited clauses answer;
# no yes or no applies, the written answer and the quotes carry it.
Verdict = Literal["yes", "no", "conditional", "not_addressed", "answered"]
VERDICTS: tuple[Verdict, ...] = ("yes", "no", "conditional", "not_addressed", "answered")
# What the faces show beside a verdict of low confidence.
LOW_CONFIDENCE_NOTE = "Low confidence: the model's yes/no reading was close. The quoted clauses decide; read them."


@dataclass(frozen=True)
class Citation:
    """A clause the answer relies on; `quote` is exactly text[start:end] of the stored document text."""

    document: str
    version: str
    section: str | None
    heading: str | None
    page: int | None
    quote: str
    start: int
    end: int


@dataclass
class Answer:
    """The result of a question: the JSON contract of `ask --json` and of the API."""

    question: str
    verdict: Verdict
    answer: str
    citations: list[Citation]
    timings: dict[str, float] = field(default_factory=dict)
    confidence: Confidence | None = None
    # The verdict step's raw numbers (for evaluation and calibration); not part of the JSON contract.
    decision: Decision | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "verdict": self.verdict,
            "confidence": self.confidence,
            "answer": self.answer,
            "citations": [asdict(c) for c in self.citations],
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


@dataclass(frozen=True)
class EvidenceEvent:
    """Retrieval is done: the clauses the model will read, best first (each an `Evidence`, a
    ScoredClause that also says which sentences are quoted and why it is there)."""

    clauses: list[ScoredClause]


@dataclass(frozen=True)
class VerdictEvent:
    verdict: Verdict
    confidence: Confidence | None = None


@dataclass(frozen=True)
class TokenEvent:
    """More text of the plain-English answer."""

    text: str


@dataclass(frozen=True)
class AnswerEvent:
    answer: Answer


AskEvent = EvidenceEvent | VerdictEvent | TokenEvent | AnswerEvent


def generate(
    model: LanguageModel,
    question: str,
    evidence: Sequence[Evidence],
    started: float,
    thresholds: Thresholds,
    explain: bool = True,
    max_tokens: int = 80,
    vocabulary: Collection[str] | None = None,
) -> Iterator[VerdictEvent | TokenEvent | AnswerEvent]:
    """Decide the verdict, stream the explanation, end with the final Answer. `vocabulary` (the
    stemmed words of the documents in scope) lets the verdict notice questions about things the
    documents never name."""
    decision = decide(model, question, evidence, thresholds, vocabulary)
    verdict_s = time.perf_counter() - started
    if decision.verdict == "not_addressed":
        answer = not_addressed(question)
        answer.timings["verdict_s"] = verdict_s
        answer.decision = decision
        yield VerdictEvent("not_addressed")
        yield TokenEvent(answer.answer)
        yield AnswerEvent(answer)
        return
    verdict: Verdict = decision.verdict  # type: ignore[assignment]
    confidence = decision.confidence
    yield VerdictEvent(verdict, confidence)
    cited = [evidence[i] for i in decision.cited]
    text = ""
    first_token: float | None = None
    if explain:
        for delta in model.stream_text(explanation_messages(question, evidence, verdict, decision.cited), max_tokens):
            if first_token is None:
                first_token = time.perf_counter() - started
            text += delta
            yield TokenEvent(delta)
        text = text.strip()
    if not text:
        text = template_answer(verdict, cited)
        if not explain:
            yield TokenEvent(text)
    answer = Answer(
        question=question,
        verdict=verdict,
        answer=text,
        citations=[citation_for(e) for e in cited],
        confidence=confidence,
    )
    answer.timings["verdict_s"] = verdict_s
    answer.timings["first_token_s"] = first_token if first_token is not None else verdict_s
    answer.decision = decision
    yield AnswerEvent(answer)


def template_answer(verdict: Verdict, cited: Sequence[ScoredClause]) -> str:
    """A plain answer without the model: the verdict and the section it rests on."""
    lead = {
        "yes": "Yes",
        "no": "No",
        "conditional": "Only under a condition",
        "not_addressed": "Not addressed",
        "answered": "The terms speak to this",
    }
    sections = ", ".join(f"section {c.clause.section}" for c in cited if c.clause.section) or "the cited clause"
    return f"{lead[verdict]}: see {sections}."


def citation_for(hit: ScoredClause) -> Citation:
    """The citation of a clause, or of the sentence range of it that evidence quotes."""
    c = hit.clause
    start, end = (hit.start, hit.end) if isinstance(hit, Evidence) and hit.start >= 0 else (c.start, c.end)
    quote = c.text[start - c.start : end - c.start]
    return Citation(
        document=c.document,
        version=c.version,
        section=c.section,
        heading=c.heading,
        page=c.page,
        quote=quote,
        start=start,
        end=end,
    )


def not_addressed(question: str, explanation: str | None = None) -> Answer:
    return Answer(
        question=question,
        verdict="not_addressed",
        answer=explanation or "The documents do not contain a clause that answers this question.",
        citations=[],
    )
