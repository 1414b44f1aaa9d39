"""Measure the topic lexicon (assistant.topics) against labelled clauses.

    PYTHONPATH=$PWD python -m evals.topics [--errors dev]

Three checks, kept apart:
- dev: every clause of Google's terms of 22 May 2024, hand-labelled (evals/topic_labels.jsonl).
  The lexicon may be tuned against it.
- test: every clause of GitHub's terms of 8 December 2020, hand-labelled the same way before the
  lexicon was written, and the 54 clauses of GitHub's terms of 25 July 2026 that are new or changed
  since then (the AI-training clauses among them), labelled after it was written but never
  checked against it. Never tuned on; its errors are not printed.
- unfair_tos: the CLAUDETTE sentences of ../shared/data/benchmarks/unfair_tos_dev.tsv, whose
  categories map onto six of our topics (the file's label names are permuted; see UNFAIR_TOS_MAP).
  Never tuned on. Its "Other" sentences may still be about a topic (a fair termination clause is
  "Other"), so its precision is a lower bound.

Clause texts are read from ../shared/data/terms; the labels file holds only locations, hashes and
topic keys.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from assistant.clauses import split_clauses
from assistant.topics import TOPICS, label_topics

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
LABELS = Path(__file__).with_name("topic_labels.jsonl")
SPLITS = {
    "google-terms-of-service/2024-05-22_fc4bbd876.md": "dev",
    "github-terms-of-service/2020-12-08_4a4493266.md": "test",
    "github-terms-of-service/2026-07-25_77a83311f.md": "test",
}
# Files of which only some clauses are labelled (those a diff against the earlier version reports).
PARTIAL = {"github-terms-of-service/2026-07-25_77a83311f.md"}
# The label names in unfair_tos_dev.tsv are permuted relative to its sentences (e.g. 91% of the
# "Arbitration" sentences are about liability, 83% of "Contract by using" ones mention arbitration,
# 95% of "Limitation of liability" ones name the governing law). This maps each name in the file to
# the category its sentences actually belong to, then to our topic ("Contract by using" has none).
UNFAIR_TOS_MAP = {
    "Arbitration": "liability",  # actually Limitation of liability
    "Content removal": "changes_to_terms",  # actually Unilateral change
    "Contract by using": "arbitration",  # actually Arbitration
    "Jurisdiction": "content_removal",  # actually Content removal
    "Limitation of liability": "governing_law",  # actually Choice of law
    "Unilateral change": "termination",  # actually Unilateral termination
    "Unilateral termination": "governing_law",  # actually Jurisdiction
}


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    items: int = 0

    def add(self, gold: set[str], predicted: set[str], topics: list[str]) -> None:
        self.items += 1
        for key in topics:
            if key in predicted and key in gold:
                self.tp[key] += 1
            elif key in predicted:
                self.fp[key] += 1
            elif key in gold:
                self.fn[key] += 1

    def row(self, key: str | None) -> tuple[int, float | None, float | None]:
        tp, fp, fn = (
            (sum(c.values()) for c in (self.tp, self.fp, self.fn))
            if key is None
            else (self.tp[key], self.fp[key], self.fn[key])
        )
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / (tp + fn) if tp + fn else None
        return tp + fn, precision, recall


@dataclass(frozen=True)
class LabelledClause:
    file: str
    ordinal: int
    heading: str | None
    text: str
    topics: frozenset[str]


def load_clauses(split: str, files: set[str] | None = None) -> list[LabelledClause]:
    """The labelled clauses of a split (optionally only of some files), checked against today's splitter."""
    rows = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    by_file: dict[str, list[dict]] = {}
    for row in rows:
        if SPLITS[row["file"]] == split and (files is None or row["file"] in files):
            by_file.setdefault(row["file"], []).append(row)
    out: list[LabelledClause] = []
    for file, labelled in by_file.items():
        clauses = split_clauses((SHARED / "terms" / file).read_text(encoding="utf-8"))
        if file not in PARTIAL and len(clauses) != len(labelled):
            sys.exit(f"{file}: the splitter now gives {len(clauses)} clauses, the labels cover {len(labelled)}")
        for row in labelled:
            clause = clauses[row["ordinal"]]
            sha = hashlib.sha256(" ".join(clause.text.split()).encode("utf-8")).hexdigest()[:12]
            if sha != row["sha"]:
                sys.exit(f"{file} clause {row['ordinal']} changed since it was labelled (hash mismatch)")
            out.append(LabelledClause(file, row["ordinal"], clause.heading, clause.text, frozenset(row["topics"])))
    return out


def score_clauses(clauses: list[LabelledClause], show_errors: bool) -> Scores:
    keys = [t.key for t in TOPICS]
    scores = Scores()
    for clause in clauses:
        predicted = set(label_topics(clause.text, clause.heading))
        scores.add(set(clause.topics), predicted, keys)
        if show_errors and predicted != clause.topics:
            extra, missing = sorted(predicted - clause.topics), sorted(clause.topics - predicted)
            print(f"  #{clause.ordinal} +{extra} -{missing}: {' '.join(clause.text.split())[:140]}")
    return scores


def score_unfair_tos() -> Scores:
    path = SHARED / "benchmarks" / "unfair_tos_dev.tsv"
    keys = sorted(set(UNFAIR_TOS_MAP.values()))
    scores = Scores()
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gold = {UNFAIR_TOS_MAP[row["label"]]} if row["label"] in UNFAIR_TOS_MAP else set()
            scores.add(gold, set(label_topics(row["text"])) & set(keys), keys)
    return scores


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def report(name: str, scores: Scores, keys: list[str]) -> None:
    print(f"\n{name} ({scores.items} items)")
    print(f"  {'topic':<18} {'gold':>5} {'P':>5} {'R':>5}")
    for key in keys:
        gold, p, r = scores.row(key)
        print(f"  {key:<18} {gold:>5} {_fmt(p):>5} {_fmt(r):>5}")
    gold, p, r = scores.row(None)
    print(f"  {'micro':<18} {gold:>5} {_fmt(p):>5} {_fmt(r):>5}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", choices=["dev"], help="print the dev clauses the lexicon gets wrong")
    args = parser.parse_args()
    keys = [t.key for t in TOPICS]
    report("dev: Google 2024-05-22, all clauses", score_clauses(load_clauses("dev"), args.errors == "dev"), keys)
    github_2020 = {"github-terms-of-service/2020-12-08_4a4493266.md"}
    github_2026 = {"github-terms-of-service/2026-07-25_77a83311f.md"}
    report("test: GitHub 2020-12-08, all clauses", score_clauses(load_clauses("test", github_2020), False), keys)
    report(
        "test: GitHub 2026-07-25, clauses changed since 2020",
        score_clauses(load_clauses("test", github_2026), False),
        keys,
    )
    report("test: both GitHub sets", score_clauses(load_clauses("test"), False), keys)
    unfair_keys = sorted(set(UNFAIR_TOS_MAP.values()))
    report("test: unfair_tos sentences (precision is a lower bound)", score_unfair_tos(), unfair_keys)


if __name__ == "__main__":
    main()
