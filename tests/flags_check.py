"""The labelled check of the red-flags report on real terms (tests/data/flags_check.json).

    PYTHONPATH=. python -m tests.flags_check    # prints per-category precision and recall

Each label names a clause by its section number (or heading path) in a shared document, a
category, and whether the report should flag a clause there in that category.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from assistant.core import Assistant
from assistant.flags import FlagReport

CHECK = Path(__file__).resolve().parent / "data" / "flags_check.json"


@dataclass(frozen=True)
class Label:
    file: str
    section: str | None
    heading_path: str | None
    category: str
    flagged: bool

    @property
    def document(self) -> str:
        return self.file.split("/")[0]

    def predicted(self, report: FlagReport) -> bool:
        clauses = report.category(self.category).clauses
        if self.section is not None:
            return any(c.section == self.section for c in clauses)
        return any(c.heading_path == self.heading_path for c in clauses)


def labels() -> list[Label]:
    raw = json.loads(CHECK.read_text(encoding="utf-8"))["labels"]
    return [Label(r["file"], r.get("section"), r.get("heading_path"), r["category"], r["flagged"]) for r in raw]


def reports(assistant: Assistant, shared_terms: Path, wanted: list[Label]) -> dict[str, FlagReport]:
    """Add each labelled file (as a document named after its folder) and flag it."""
    out: dict[str, FlagReport] = {}
    for file in sorted({label.file for label in wanted}):
        name = file.split("/")[0]
        assistant.add(shared_terms / file, name=name)
        out[name] = assistant.flags(name)
    return out


def score(wanted: list[Label], found: dict[str, FlagReport]) -> dict[str, dict[str, float]]:
    """Precision, recall and counts per category, and over all labels."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    for label in wanted:
        got = label.predicted(found[label.document])
        key = ("t" if got == label.flagged else "f") + ("p" if got else "n")
        counts[label.category][key] += 1
        counts["all"][key] += 1
    return {
        category: {
            **c,
            "precision": c["tp"] / max(c["tp"] + c["fp"], 1),
            "recall": c["tp"] / max(c["tp"] + c["fn"], 1),
            "accuracy": (c["tp"] + c["tn"]) / max(sum(c.values()), 1),
        }
        for category, c in counts.items()
    }


def mistakes(wanted: list[Label], found: dict[str, FlagReport]) -> list[Label]:
    return [label for label in wanted if label.predicted(found[label.document]) != label.flagged]


def main() -> None:
    from tests.conftest import ROOT, SHARED_TERMS

    wanted = labels()
    with tempfile.TemporaryDirectory() as home:
        from assistant.settings import Settings

        assistant = Assistant(Settings.from_env(home=Path(home), models_dir=ROOT / "models"))
        found = reports(assistant, SHARED_TERMS, wanted)
    result = score(wanted, found)
    print(f"{'category':26s} {'precision':>9s} {'recall':>7s} {'accuracy':>8s}  labels")
    for category, s in sorted(result.items(), key=lambda kv: kv[0] == "all"):
        n = s["tp"] + s["fp"] + s["fn"] + s["tn"]
        print(f"{category:26s} {s['precision']:9.2f} {s['recall']:7.2f} {s['accuracy']:8.2f}  {n}")
    for label in mistakes(wanted, found):
        where = label.section or label.heading_path
        print(f"wrong: {label.document} {where} {label.category} (labelled {label.flagged})", file=sys.stderr)


if __name__ == "__main__":
    main()
