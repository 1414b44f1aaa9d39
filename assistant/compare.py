"""One question asked of several documents, one verdict per document ("Can they train AI on my
content?" for Zoom, Google and GitHub side by side).

Each document is asked on its own through the ordinary question path, so every row is a complete
Answer in the usual JSON contract with citations from that document only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.answer import Answer


@dataclass(frozen=True)
class DocumentAnswer:
    """The answer for one document of a comparison."""

    document: str
    version: str
    answer: Answer

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "version": self.version, "answer": self.answer.to_dict()}


@dataclass
class Comparison:
    """The JSON of `ask --doc A --doc B ... --json` and of the API's comparison."""

    question: str
    results: list[DocumentAnswer] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "results": [r.to_dict() for r in self.results],
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }
