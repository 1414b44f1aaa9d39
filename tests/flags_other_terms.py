"""The red-flags report against clause labels on terms documents of other, fictional services
(tests/data/flags_other_terms/: written for this check, so nothing in them comes from ../shared).

    PYTHONPATH=. python -m tests.flags_other_terms    # per-category precision, recall and F1 per split

Every numbered sub-section of each document is labelled with the categories it falls into, so a
clause the report flags in a category its label lacks counts against precision. The labels' limitation
of liability includes warranty disclaimers, which the report shows as "No warranty": a clause in either
counts for it. The "development" documents are those the rules were corrected on; the "blind" ones
were only measured.
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
from assistant.settings import Settings

FOLDER = Path(__file__).resolve().parent / "data" / "flags_other_terms"
# What a label's category is satisfied by in the report.
SATISFIED_BY = {"limitation_of_liability": ("limitation_of_liability", "no_warranty")}


@dataclass(frozen=True)
class Label:
    file: str
    section: str
    categories: tuple[str, ...]
    split: str


def labels() -> list[Label]:
    raw = json.loads((FOLDER / "labels.json").read_text(encoding="utf-8"))["labels"]
    return [Label(r["file"], r["section"], tuple(r["categories"]), r["split"]) for r in raw]


def flagged(report: FlagReport, category: str, section: str) -> bool:
    keys = SATISFIED_BY.get(category, (category,))
    return any(c.section == section for key in keys for c in report.category(key).clauses)


def score(wanted: list[Label], reports: dict[str, FlagReport], categories: list[str]) -> dict[str, list[int]]:
    """[true positives, false positives, false negatives] per category."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for label in wanted:
        for category in categories:
            got, want = flagged(reports[label.file], category, label.section), category in label.categories
            if got or want:
                counts[category][0 if got and want else 1 if got else 2] += 1
                if got != want:
                    kind = "flagged, not labelled" if got else "labelled, not flagged"
                    print(f"{label.split}: {label.file} {label.section} {category}: {kind}", file=sys.stderr)
    return counts


def main() -> None:
    wanted = labels()
    from tests.conftest import ROOT

    with tempfile.TemporaryDirectory() as home:
        assistant = Assistant(Settings.from_env(home=Path(home), models_dir=ROOT / "models"))
        reports: dict[str, FlagReport] = {}
        for file in sorted({label.file for label in wanted}):
            name = Path(file).stem
            assistant.add(FOLDER / file, name=name)
            reports[file] = assistant.flags(name)
    categories = sorted({c for label in wanted for c in label.categories})
    splits = sorted({label.split for label in wanted}, key=lambda split: (split != "development", split))
    for split in splits:
        counts = score([label for label in wanted if label.split == split], reports, categories)
        print(f"\n{split}: {'category':24s} {'P':>5s} {'R':>5s} {'F1':>5s}   tp  fp  fn")
        f1s = []
        for category in categories:
            tp, fp, fn = counts[category]
            if tp + fn:
                f1s.append(2 * tp / (2 * tp + fp + fn))
            p = f"{tp / (tp + fp):5.2f}" if tp + fp else "    -"
            r = f"{tp / (tp + fn):5.2f}" if tp + fn else "    -"
            f1 = f"{2 * tp / (2 * tp + fp + fn):5.2f}" if tp + fp + fn else "    -"
            print(f"{'':{len(split) + 2}s}{category:24s} {p} {r} {f1}  {tp:3d} {fp:3d} {fn:3d}")
        tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
        print(
            f"{'':{len(split) + 2}s}all: precision {tp / max(tp + fp, 1):.2f}, recall {tp / max(tp + fn, 1):.2f}; "
            f"macro-F1 {sum(f1s) / len(f1s):.3f} over {len(f1s)} categories"
        )


if __name__ == "__main__":
    main()
