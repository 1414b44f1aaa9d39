"""Measure answer quality on labelled sets, with the configured model, through the real pipeline.

Sets (the files in `../shared/data/benchmarks`, or any file of the same format):
- consumer: JSONL of {contract, question, answer: "True"/"False"}. Each excerpt is added as a
  document and the question asked of it; accuracy counts yes/conditional as True, no as False
  (`not_addressed` is counted wrong, and reported separately).
- nli: ContractNLI JSON ({documents, labels}). Each contract is added as a document through the
  real ingest path; each hypothesis is asked as "Does the agreement say that …?". Three-way
  accuracy (entailment → yes, contradiction → no, not mentioned → not_addressed), accuracy on
  the not-mentioned items, evidence recall of the final context, and recall@5 of the gold
  evidence spans for dense, lexical and hybrid retrieval.
- privacy: JSONL of {context, question, answer}. The candidate sentences of each question are
  added as one document; the sentences retrieval keeps count as "relevant". Precision/recall.

Also reported: citation validity (share of cited quotes equal to the stored text, must be
1.0) and latency per question (median and p95). Results go to a JSON file; `--calibrate`
refits the verdict thresholds from such a file without running the model again.
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.answer import AnswerEvent, EvidenceEvent
from assistant.core import Assistant
from assistant.errors import DocumentError, NotFound
from assistant.retrieve import Evidence, RetrievalOptions, rank, resolve_scope, retrieve, version_index
from assistant.settings import Settings
from assistant.verdict import MAX_EXCERPTS, Confidence, Decision, Thresholds, apply_rules

CONSUMER_FILE = "consumer_contracts_qa_dev.jsonl"
NLI_FILE = "contract_nli_dev.json"
PRIVACY_FILE = "privacy_policy_qa_dev.jsonl"
NLI_GOLD = {"Entailment": "yes", "Contradiction": "no", "NotMentioned": "not_addressed"}
RECALL_K = 5


@dataclass
class ItemResult:
    """One question of a set: what was expected, what came back, and the numbers behind it."""

    set: str
    id: str
    question: str
    gold: str
    predicted: str
    verdict: str
    correct: bool
    picked: list[int] | None = None  # excerpts the model named (None: decided before the model)
    picked_verdict: str | None = None
    answer_logodds: float | None = None
    confidence: Confidence | None = None  # for a yes/no/conditional verdict
    presence: dict[str, float] = field(default_factory=dict)
    quotes: list[str] = field(default_factory=list)  # evidence quotes given to the model
    reasons: list[str] = field(default_factory=list)
    cited: list[int] = field(default_factory=list)
    citations: int = 0
    valid_citations: int = 0
    evidence_recall: float | None = None
    recall_at_k: dict[str, float] = field(default_factory=dict)
    retrieval_s: float = 0.0
    verdict_s: float = 0.0
    total_s: float = 0.0


@dataclass
class EvalReport:
    model: str
    settings: dict[str, Any]
    items: list[ItemResult] = field(default_factory=list)
    privacy: dict[str, float] = field(default_factory=dict)
    summary: dict[str, dict[str, float]] = field(default_factory=dict)


# -- loading sets ------------------------------------------------------------


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with Path(path).open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DocumentError(f"{path}: line {number} is not JSON ({exc.msg})") from exc
    return rows


def detect_format(path: Path) -> str:
    """ "consumer", "privacy" or "nli", from the file's fields."""
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "documents" in data and "labels" in data:
            return "nli"
        raise DocumentError(f"{path}: a .json set must be ContractNLI-shaped ({{documents, labels}})")
    rows = load_jsonl(path)
    keys = set(rows[0]) if rows else set()
    if {"contract", "question", "answer"} <= keys:
        return "consumer"
    if {"context", "question", "answer"} <= keys:
        return "privacy"
    raise DocumentError(
        f"{path}: rows need contract/question/answer (yes/no questions) or context/question/answer (relevance)"
    )


def _sample(items: list[Any], limit: int | None, seed: int, offset: int = 0) -> list[Any]:
    """The seeded shuffle of the items, from `offset` on, at most `limit` of them."""
    items = list(items)
    random.Random(seed).shuffle(items)
    items = items[offset:]
    return items[:limit] if limit else items


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# -- running -----------------------------------------------------------------


class Evaluator:
    """Runs sets against an assistant whose library is a separate evaluation index."""

    def __init__(self, settings: Settings, progress: Callable[[str], None] | None = None) -> None:
        eval_index = settings.index_path.parent / "eval-index"
        self.assistant = Assistant(replace(settings, index_dir=eval_index))
        self.settings = self.assistant.settings
        self.progress = progress or (lambda _: None)
        self._workdir = Path(tempfile.mkdtemp(prefix="terms-eval-"))

    def add_text(self, name: str, text: str) -> str:
        """Add a text as a document through the real path (file → reader → splitter → store)."""
        try:
            self.assistant.library.version(name)
            return name
        except NotFound:
            pass
        path = self._workdir / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        self.assistant.add(path, name=name, version="eval")
        return name

    def ask(self, question: str, document: str) -> tuple[Any, list[Evidence], float]:
        started = time.perf_counter()
        evidence: list[Evidence] = []
        evidence_s = 0.0
        answer = None
        for event in self.assistant.ask_stream(question, [document]):
            if isinstance(event, EvidenceEvent):
                evidence = list(event.clauses)  # type: ignore[arg-type]
                evidence_s = time.perf_counter() - started
            elif isinstance(event, AnswerEvent):
                answer = event.answer
        return answer, evidence, evidence_s

    def _result(
        self,
        set_name: str,
        item_id: str,
        question: str,
        gold: str,
        predicted_map: dict[str, str],
        answer,
        evidence,
        evidence_s,
        document: str,
    ) -> ItemResult:
        decision: Decision | None = answer.decision
        text = self.assistant.library.text(document, "eval")
        valid = sum(1 for c in answer.citations if text[c.start : c.end] == c.quote)
        predicted = predicted_map.get(answer.verdict, answer.verdict)
        return ItemResult(
            set=set_name,
            id=item_id,
            question=question,
            gold=gold,
            predicted=predicted,
            verdict=answer.verdict,
            correct=predicted == gold,
            picked=list(decision.picked) if decision else None,
            picked_verdict=decision.picked_verdict if decision else None,
            answer_logodds=decision.answer_logodds if decision else None,
            confidence=answer.confidence,
            presence=dict(decision.presence) if decision else {},
            quotes=[e.quote for e in evidence],
            reasons=[e.reason for e in evidence],
            cited=list(decision.cited) if decision else [],
            citations=len(answer.citations),
            valid_citations=valid,
            retrieval_s=evidence_s,
            verdict_s=answer.timings.get("verdict_s", answer.timings.get("total_s", 0.0)),
            total_s=answer.timings.get("total_s", 0.0),
        )

    def consumer(self, path: Path, limit: int | None, seed: int, offset: int = 0) -> Iterator[ItemResult]:
        rows = _sample(load_jsonl(path), limit, seed, offset)
        for number, row in enumerate(rows, start=1):
            document = self.add_text(f"consumer-{_digest(row['contract'])}", row["contract"])
            gold = "yes" if str(row["answer"]).strip().lower() == "true" else "no"
            answer, evidence, evidence_s = self.ask(row["question"], document)
            result = self._result(
                "consumer",
                f"{document}:{_digest(row['question'])}",
                row["question"],
                gold,
                {"conditional": "yes"},
                answer,
                evidence,
                evidence_s,
                document,
            )
            self.progress(f"consumer {number}/{len(rows)}: gold {gold}, got {answer.verdict} ({result.total_s:.1f} s)")
            yield result

    def nli(self, path: Path, limit: int | None, seed: int, use_model: bool = True) -> Iterator[ItemResult]:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        labels: dict[str, dict[str, str]] = data["labels"]
        documents = _sample(data["documents"], None, seed)
        done = 0
        for doc in documents:
            if limit and done >= limit:
                break
            name = self.add_text(f"nli-{doc['id']}", doc["text"])
            stored = self.assistant.library.text(name, "eval")
            if stored != doc["text"]:
                raise DocumentError(f"ContractNLI document {doc['id']} changed on ingest; spans would not line up")
            annotations = doc["annotation_sets"][0]["annotations"]
            for key in sorted(annotations, key=lambda k: int(k.split("-")[1])):
                if limit and done >= limit:
                    break
                label = annotations[key]
                gold = NLI_GOLD[label["choice"]]
                hypothesis = labels[key]["hypothesis"].rstrip(". ")
                question = f"Does the agreement say that {hypothesis[0].lower()}{hypothesis[1:]}?"
                spans = [tuple(doc["spans"][i]) for i in label["spans"]]
                recall_k = self._recall_at_k(question, name, spans)
                if use_model:
                    answer, evidence, evidence_s = self.ask(question, name)
                    result = self._result(
                        "nli",
                        f"{doc['id']}:{key}",
                        question,
                        gold,
                        {"conditional": "yes"},
                        answer,
                        evidence,
                        evidence_s,
                        name,
                    )
                else:
                    evidence = self._retrieve(question, name)
                    result = ItemResult("nli", f"{doc['id']}:{key}", question, gold, "", "", False)
                if spans:
                    result.evidence_recall = _span_recall(spans, [(e.start, e.end) for e in evidence])
                    result.recall_at_k = recall_k
                done += 1
                self.progress(
                    f"nli {done}: {doc['id']} {key} gold {gold}, got {result.verdict or '-'} ({result.total_s:.1f} s)"
                )
                yield result

    def _retrieve(self, question: str, document: str) -> list[Evidence]:
        scope = resolve_scope(self.assistant.library, [document])
        options = RetrievalOptions.from_settings(self.settings)
        return retrieve(self.assistant.library, self.assistant.embedder, question, scope, options=options)

    def _recall_at_k(self, question: str, document: str, spans: Sequence[tuple[int, int]]) -> dict[str, float]:
        """Share of gold spans that the top-5 whole clauses overlap, for each retrieval mode."""
        if not spans:
            return {}
        library = self.assistant.library
        scope = resolve_scope(library, [document])
        indexes = [version_index(library, v) for v in scope]
        vector = self.assistant.embedder.embed([question])[0]
        out = {}
        base = RetrievalOptions.from_settings(self.settings)
        modes = (
            ("dense", True, False, base.fusion),
            ("lexical", False, True, base.fusion),
            ("hybrid_rrf", True, True, "rrf"),
            ("hybrid", True, True, "zscore"),
        )
        for mode, dense, lexical, fusion in modes:
            options = replace(base, dense=dense, lexical=lexical, fusion=fusion)
            top = rank(library, vector, question, indexes, options)[:RECALL_K]
            out[mode] = _span_recall(spans, [(c.clause.start, c.clause.end) for c in top])
        return out

    def privacy(self, path: Path, limit: int | None, seed: int) -> tuple[list[ItemResult], dict[str, float]]:
        rows = load_jsonl(path)
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            groups.setdefault(" ".join(row["question"].split()), []).append(row)
        questions = _sample(sorted(groups), limit, seed)
        tp = fp = fn = 0
        results = []
        for question in questions:
            contexts = list(dict.fromkeys(" ".join(r["context"].split()) for r in groups[question]))
            relevant = {" ".join(r["context"].split()) for r in groups[question] if str(r["answer"]).lower() == "true"}
            text = "\n\n".join(contexts)
            name = self.add_text(f"privacy-{_digest(text)}", text)
            started = time.perf_counter()
            evidence = self._retrieve(question, name)
            elapsed = time.perf_counter() - started
            offsets, position = [], 0
            for context in contexts:
                start = text.index(context, position)
                offsets.append((start, start + len(context)))
                position = start + len(context)
            kept = {
                contexts[i] for i, (s, e) in enumerate(offsets) if any(ev.start < e and s < ev.end for ev in evidence)
            }
            tp += len(kept & relevant)
            fp += len(kept - relevant)
            fn += len(relevant - kept)
            results.append(
                ItemResult(
                    "privacy",
                    name,
                    question,
                    f"{len(relevant)} relevant",
                    f"{len(kept)} kept",
                    "",
                    False,
                    retrieval_s=elapsed,
                )
            )
            self.progress(f"privacy {len(results)}/{len(questions)}: kept {len(kept)}, relevant {len(relevant)}")
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        return results, {"questions": len(questions), "precision": precision, "recall": recall}


def _span_recall(spans: Sequence[tuple[int, int]], ranges: Sequence[tuple[int, int]]) -> float:
    """Share of gold spans of which at least half the characters lie inside the given ranges."""
    if not spans:
        return 1.0
    found = 0
    for s, e in spans:
        covered = sum(max(0, min(e, b) - max(s, a)) for a, b in ranges)
        if covered >= 0.5 * max(1, e - s):
            found += 1
    return found / len(spans)


# -- summarising -------------------------------------------------------------


def summarise(items: Sequence[ItemResult], privacy: dict[str, float] | None = None) -> dict[str, dict[str, float]]:
    """Per-set figures: accuracy, not_addressed accuracy, recalls, citation validity, latency."""
    out: dict[str, dict[str, float]] = {}
    for set_name in ("consumer", "nli"):
        rows = [r for r in items if r.set == set_name and r.verdict]
        if not rows:
            continue
        figures: dict[str, float] = {"questions": len(rows), "accuracy": _mean(r.correct for r in rows)}
        figures["not_addressed_answers"] = _mean(r.verdict == "not_addressed" for r in rows)
        if set_name == "nli":
            na = [r for r in rows if r.gold == "not_addressed"]
            figures["not_addressed_accuracy"] = _mean(r.correct for r in na) if na else float("nan")
            addressed = [r for r in rows if r.gold != "not_addressed"]
            figures["addressed_accuracy"] = _mean(r.correct for r in addressed) if addressed else float("nan")
        # Whether "high" confidence is worth trusting more, on this set.
        for level in ("high", "low"):
            graded = [r for r in rows if r.confidence == level]
            if graded:
                figures[f"{level}_confidence_answers"] = len(graded)
                figures[f"{level}_confidence_accuracy"] = _mean(r.correct for r in graded)
        cited = sum(r.citations for r in rows)
        figures["citations"] = cited
        figures["citation_validity"] = sum(r.valid_citations for r in rows) / cited if cited else 1.0
        totals = sorted(r.total_s for r in rows)
        figures["latency_median_s"] = statistics.median(totals)
        figures["latency_p95_s"] = totals[min(len(totals) - 1, int(round(0.95 * (len(totals) - 1))))]
        figures["evidence_median_s"] = statistics.median(r.retrieval_s for r in rows)
        out[set_name] = figures
    nli_rows = [r for r in items if r.set == "nli" and r.recall_at_k]
    if nli_rows:
        retrieval = {
            f"recall@{RECALL_K}_{m}": _mean(r.recall_at_k[m] for r in nli_rows) for m in nli_rows[0].recall_at_k
        }
        retrieval["evidence_recall_final"] = _mean(r.evidence_recall or 0.0 for r in nli_rows)
        retrieval["questions_with_evidence"] = len(nli_rows)
        out["retrieval"] = retrieval
    if privacy:
        out["privacy"] = dict(privacy)
    return out


def _mean(values: Iterable[float | bool]) -> float:
    values = [float(v) for v in values]
    return sum(values) / len(values) if values else float("nan")


def format_table(summary: dict[str, dict[str, float]], model: str) -> str:
    lines = [f"model: {model}", f"{'set':<10} {'metric':<28} value"]
    for set_name, figures in summary.items():
        for metric, value in figures.items():
            shown = f"{value:.3f}" if isinstance(value, float) and not float(value).is_integer() else f"{value:g}"
            lines.append(f"{set_name:<10} {metric:<28} {shown}")
    return "\n".join(lines)


# -- calibration -------------------------------------------------------------


@dataclass(frozen=True)
class _Quoted:
    """The part of an Evidence that the verdict rules read (rebuilt from a results file)."""

    quote: str
    reason: str


def rejudge(item: ItemResult, thresholds: Thresholds) -> str:
    """The mapped prediction the rules give for an item's stored probe numbers."""
    if item.picked is None or item.answer_logodds is None:
        return item.predicted  # decided before the model (no evidence): thresholds do not change it
    decision = Decision(
        verdict="",
        cited=[],
        picked=list(item.picked),
        picked_verdict=item.picked_verdict or "not_addressed",
        answer_logodds=item.answer_logodds,
        presence=dict(item.presence),
    )
    evidence = [_Quoted(q, r) for q, r in zip(item.quotes, item.reasons, strict=False)][:MAX_EXCERPTS]
    verdict = apply_rules(decision, item.question, evidence, thresholds).verdict  # type: ignore[arg-type]
    return "yes" if verdict == "conditional" else verdict


def _score(items: Sequence[ItemResult], thresholds: Thresholds) -> float:
    """Mean of the per-set accuracies (so the larger set does not decide alone)."""
    per_set = []
    for set_name in ("consumer", "nli"):
        rows = [r for r in items if r.set == set_name and r.verdict]
        if rows:
            per_set.append(_mean(rejudge(r, thresholds) == r.gold for r in rows))
    return sum(per_set) / len(per_set) if per_set else 0.0


def fit_thresholds(items: Sequence[ItemResult]) -> Thresholds:
    """The thresholds that maximise the mean accuracy over the sets, on a coarse grid."""
    grid = [x / 4 for x in range(-16, 17)]
    weights = [0.0, 0.25, 0.5, 1.0, 2.0, 4.0]
    presence = [-1e9, -1.0, -0.5, 0.0, 0.3, 0.5]  # -1e9: the presence check off
    candidates = [Thresholds(a, w, p) for p in presence for w in weights for a in grid]
    # Ties go to the smallest departure from the model's own reading.
    return max(candidates, key=lambda t: (_score(items, t), -abs(t.answer) - abs(t.pick_weight - 1.0)))


def calibrate(items: Sequence[ItemResult], seed: int = 0) -> dict[str, Any]:
    """Thresholds fitted on all items, and a two-fold cross-validated accuracy that shows what
    they are worth on items they were not fitted on."""
    items = [r for r in items if r.verdict]
    fitted = fit_thresholds(items)
    shuffled = _sample(items, None, seed)
    halves = [shuffled[0::2], shuffled[1::2]]
    held_out: list[tuple[ItemResult, str]] = []
    for train, test in ((halves[0], halves[1]), (halves[1], halves[0])):
        thresholds = fit_thresholds(train)
        held_out += [(r, rejudge(r, thresholds)) for r in test]
    report: dict[str, Any] = {"fitted": asdict(fitted), "in_sample": {}, "cross_validated": {}}
    for set_name in ("consumer", "nli"):
        rows = [r for r in items if r.set == set_name]
        if rows:
            report["in_sample"][set_name] = _mean(rejudge(r, fitted) == r.gold for r in rows)
            report["cross_validated"][set_name] = _mean(p == r.gold for r, p in held_out if r.set == set_name)
            na = [(r, p) for r, p in held_out if r.set == set_name and r.gold == "not_addressed"]
            if na:
                report["cross_validated"][f"{set_name}_not_addressed"] = _mean(p == r.gold for r, p in na)
    return report


def read_results(path: Path) -> list[ItemResult]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [ItemResult(**row) for row in data["items"]]


def write_report(report: EvalReport, path: Path) -> None:
    data = {
        "model": report.model,
        "settings": report.settings,
        "summary": report.summary,
        "items": [asdict(i) for i in report.items],
    }
    Path(path).write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")


def run(
    settings: Settings,
    sets: Sequence[str],
    benchmarks: Path,
    files: Sequence[Path] = (),
    limit: int | None = None,
    seed: int = 0,
    use_model: bool = True,
    progress: Callable[[str], None] | None = None,
    out: Path | None = None,
    offset: int = 0,
) -> EvalReport:
    """Run the named sets from `benchmarks` and any extra files; return the report. With `out`,
    the results file is rewritten after every question, so an interrupted run keeps its figures."""
    evaluator = Evaluator(settings, progress)
    jobs: list[tuple[str, Path]] = []
    defaults = {"consumer": CONSUMER_FILE, "nli": NLI_FILE, "privacy": PRIVACY_FILE}
    for set_name in sets:
        path = Path(benchmarks) / defaults[set_name]
        if not path.is_file():
            raise NotFound(f"Benchmark file not found: {path} (pass --benchmarks DIR or --file PATH)")
        jobs.append((set_name, path))
    for path in files:
        if not Path(path).is_file():
            raise NotFound(f"No such file: {path}")
        jobs.append((detect_format(Path(path)), Path(path)))
    model_name = evaluator.assistant.model().name if use_model else "(retrieval only)"
    report = EvalReport(model=model_name, settings={k: str(v) for k, v in asdict(evaluator.settings).items()})

    def keep(items: Iterable[ItemResult]) -> None:
        for item in items:
            report.items.append(item)
            if out is not None:
                report.summary = summarise(report.items, report.privacy)
                write_report(report, out)

    for set_name, path in jobs:
        if set_name == "consumer" and use_model:
            keep(evaluator.consumer(path, limit, seed, offset))
        elif set_name == "nli":
            keep(evaluator.nli(path, limit, seed, use_model=use_model))
        elif set_name == "privacy":
            items, figures = evaluator.privacy(path, limit, seed)
            report.privacy = figures
            keep(items)
    report.summary = summarise(report.items, report.privacy)
    if out is not None:
        write_report(report, out)
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m assistant.eval` runs the same command as `terms-assistant eval`."""
    import sys

    from assistant.cli import main as cli_main

    sys.argv = ["terms-assistant", "eval", *(argv if argv is not None else sys.argv[1:])]
    cli_main()


if __name__ == "__main__":
    main()
