"""Where the time goes: ingest, retrieval, time to evidence and to answer, generation, memory.

    python benchmarks/run.py            # full run (builds 1k/10k/100k-clause stores once, cached)
    python benchmarks/run.py --quick    # smoke test: a corpus subset, 1k/5k stores, fewer questions
    python benchmarks/run.py --only ingest,retrieval --out results.json
    python benchmarks/run.py --quick --sizes 1000,10000   # quick, but with the 10k store

Every figure is measured on this machine and, where the issue asks for it, set against the raw
limit measured in the same run (a ratio). Prints a table and writes JSON to benchmarks/results/.
Numbers are only comparable within one run: a busy machine slows every line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's `assistant`, whatever is installed

import httpx  # noqa: E402
import llama_cpp  # noqa: E402
import numpy as np  # noqa: E402

from assistant import __version__  # noqa: E402
from assistant.answer import AnswerEvent, EvidenceEvent  # noqa: E402
from assistant.core import Assistant  # noqa: E402
from assistant.embed import Embedder, encode_torch  # noqa: E402
from assistant.ingest import ExtractedText  # noqa: E402
from assistant.llm import ChatMessage, LocalModel, load_model  # noqa: E402
from assistant.retrieve import RetrievalOptions, rank, resolve_scope, retrieve, version_index  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.verdict import MAX_EXCERPTS, PICK_INSTRUCTION, context_messages, pick_schema  # noqa: E402
from benchmarks.corpus import CorpusDocument, build_store, load_corpus  # noqa: E402
from benchmarks.measure import (  # noqa: E402
    Latency,
    free_port,
    load_average,
    peak_rss_bytes,
    run_to_end,
    timed,
)

CACHE = ROOT / "benchmarks" / ".cache"
RESULTS = ROOT / "benchmarks" / "results"
TERMS = ROOT.parent / "shared" / "data" / "terms"
ZOOM = "zoom-terms-of-service"

# Ten fixed questions a person asks of terms of service (not taken from any labelled set).
QUESTIONS = [
    "Can they train AI on my video calls?",
    "Can they sell my personal data?",
    "How do I cancel my subscription?",
    "Will I get a refund if I cancel?",
    "Can they close my account without warning?",
    "Do I have to settle disputes by arbitration?",
    "Who owns the content I upload?",
    "Can they change these terms without telling me?",
    "Do they share my data with advertisers?",
    "What happens to my data when I delete my account?",
]


@dataclass(frozen=True)
class Mode:
    name: str
    corpus_limit: int | None  # documents read from the corpus (None: all)
    naive_sample: int  # clauses for the one-clause-at-a-time loop (a rate; the loop is slow)
    store_sizes: tuple[int, ...]
    retrieval_repeats: int
    answer_questions: int
    generation_repeats: int
    serve_asks: int


FULL = Mode("full", None, 300, (1_000, 10_000, 100_000), 10, 10, 3, 10)
QUICK = Mode("quick", 12, 60, (1_000, 5_000), 3, 2, 1, 3)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- ingest -----------------------------------------------------------------------------------


def bench_ingest(mode: Mode, settings: Settings, corpus: list[CorpusDocument]) -> dict[str, Any]:
    """The product's `add` over the corpus against the raw encode throughput on the same texts."""
    texts = [t for doc in corpus for t in doc.clause_texts]
    megabytes = sum(doc.bytes for doc in corpus) / 1e6
    log(f"ingest: {len(corpus)} files, {len(texts)} clauses ({len(set(texts))} distinct), {megabytes:.2f} MB")

    torch_embedder = Embedder(settings.embed_batch_size, "torch")
    model = torch_embedder._torch_model()
    encode_torch(model, texts[:16], 16)  # warm up

    # Naive: one clause at a time, `encode([text])`, as a first loop over a document would do.
    sample = texts[:: max(1, len(texts) // mode.naive_sample)][: mode.naive_sample]
    naive_s = timed(lambda: [model.encode([t], normalize_embeddings=True) for t in sample])
    naive_rate = len(sample) / naive_s
    # Raw limit: SentenceTransformer.encode over every clause text in one batched call.
    raw_s = timed(lambda: encode_torch(model, texts, settings.embed_batch_size))
    raw_rate = len(texts) / raw_s

    # The product: a fresh library, every file added in order, as `terms-assistant add` does.
    home = CACHE / f"ingest-{mode.name}"
    shutil.rmtree(home, ignore_errors=True)
    assistant = Assistant(Settings.from_env(**{**_fields(settings), "home": home}))
    engine = assistant.embedder  # loaded (and, the first time, exported) before the clock starts
    engine.embed(["warm up"])
    embed_seconds = [0.0]
    real_embed = engine.embed

    def counting_embed(batch: Any, progress: bool = False) -> np.ndarray:
        started = time.perf_counter()
        try:
            return real_embed(batch, progress)
        finally:
            embed_seconds[0] += time.perf_counter() - started

    engine.embed = counting_embed  # type: ignore[method-assign]
    started = time.perf_counter()
    embedded = 0
    for doc in corpus:
        embedded += assistant.add_text(doc.text, name=doc.name).embedded
    product_s = time.perf_counter() - started
    engine.embed = real_embed  # type: ignore[method-assign]
    product_rate = len(texts) / product_s

    # Same vectors? The product's engine against sentence-transformers on a sample of clauses.
    check = sorted(set(texts))[:: max(1, len(set(texts)) // 200)]
    fast, reference = engine.embed(check), encode_torch(model, check, settings.embed_batch_size)
    return {
        "files": len(corpus),
        "clauses": len(texts),
        "distinct_clause_texts": len(set(texts)),
        "megabytes": round(megabytes, 3),
        "embedding_engine": engine.backend,
        "naive_one_clause_loop_clauses_per_s": round(naive_rate, 2),
        "raw_encode_clauses_per_s": round(raw_rate, 2),
        "raw_encode_s": round(raw_s, 2),
        "product_s": round(product_s, 2),
        "product_embedded": embedded,
        "product_embedding_s": round(embed_seconds[0], 2),
        "product_clauses_per_s": round(product_rate, 2),
        "product_mb_per_s": round(megabytes / product_s, 4),
        "product_vs_naive": round(product_rate / naive_rate, 2),
        "product_vs_raw_encode": round(product_rate / raw_rate, 2),
        "engine_max_abs_diff": float(np.abs(fast - reference).max()),
        "engine_min_cosine": float((fast * reference).sum(axis=1).min()),
        "home": str(home),
    }


def bench_new_version(settings: Settings, home: Path) -> dict[str, Any]:
    """Cost of adding one more version of a known document, by how many clauses changed."""
    assistant = Assistant(Settings.from_env(**{**_fields(settings), "home": home}))
    base = assistant.library.version(ZOOM)
    text = assistant.library.text(ZOOM, base.version)
    clauses = assistant.library.clauses(ZOOM, base.version)
    rows = []
    for changed in (1, 10, 50, len(clauses)):
        picked = clauses[:: max(1, len(clauses) // changed)][:changed]
        new = text
        for clause in sorted(picked, key=lambda c: c.start, reverse=True):
            edit = f" (Revised in benchmark version {changed}.)"
            new = new[: clause.end] + edit + new[clause.end :]
        extracted = ExtractedText(text=new, source=Path(f"zoom-changed-{changed}.md"), kind="markdown")
        result = assistant.add_text(extracted, name=ZOOM, version=f"bench-{changed}-{int(time.time())}")
        rows.append(
            {
                "changed_clauses": changed,
                "clauses": result.clauses,
                "embedded": result.embedded,
                "seconds": round(result.seconds, 3),
            }
        )
        assistant.remove(ZOOM, result.version)
        log(f"  new version with {changed} changed clauses: {result.seconds:.2f} s, {result.embedded} embedded")
    small = [r for r in rows if r["changed_clauses"] < len(clauses)]
    slope, intercept = np.polyfit([r["changed_clauses"] for r in small], [r["seconds"] for r in small], 1)
    return {
        "document": ZOOM,
        "versions": rows,
        "fixed_cost_s": round(float(intercept), 3),
        "per_changed_clause_s": round(float(slope), 4),
    }


# -- retrieval and answers ----------------------------------------------------------------------


def bench_retrieval(mode: Mode, settings: Settings, corpus: list[CorpusDocument]) -> dict[str, Any]:
    results = {}
    for size in mode.store_sizes:
        home = CACHE / f"store-{size}"
        log(f"retrieval: store of {size} clauses under {home}")
        info = build_store(home, settings, corpus, size, log)
        assistant = Assistant(Settings.from_env(**{**_fields(settings), "home": home}))
        embedder, library = assistant.embedder, assistant.library
        scopes = {"all_documents": resolve_scope(library), "one_document": resolve_scope(library, [ZOOM])}
        row: dict[str, Any] = {"store": info}
        for label, scope in scopes.items():
            row[label] = _retrieval_latency(library, embedder, scope, settings.top_k, mode.retrieval_repeats)
        row["question_embedding"] = asdict(
            Latency.of([timed(lambda q=q, e=embedder: e.embed([q])) for q in QUESTIONS * mode.retrieval_repeats])
        )
        results[str(size)] = row
        log(f"  p95 all documents {row['all_documents']['retrieve']['p95_ms']} ms")
    return results


def _retrieval_latency(library: Any, embedder: Any, scope: list, k: int, repeats: int) -> dict[str, Any]:
    retrieve(library, embedder, QUESTIONS[0], scope, k)  # warm caches
    total, search, query_only, cold = [], [], [], []
    options = RetrievalOptions(k=k)
    indexes = [version_index(library, v) for v in scope]
    for round_ in range(repeats):
        for question in QUESTIONS:
            if round_ == 0:
                # Cold: the sentences of these clauses were never embedded for trimming before.
                cold.append(timed(lambda q=question: retrieve(library, embedder, q, scope, k)))
            else:
                total.append(timed(lambda q=question: retrieve(library, embedder, q, scope, k)))
            # The search alone: question embedding, dense + BM25 scores over every clause in
            # scope, fusion; no trimming or linking.
            search.append(timed(lambda q=question: rank(library, embedder.embed([q])[0], q, indexes, options)))
            vector = embedder.embed([question])[0]
            # Chroma's vector search alone (the dense-only path), with the same over-fetch.
            query_only.append(timed(lambda v=vector: library.query(v, scope, k * 3)))
    return {
        "documents_in_scope": len(scope),
        "retrieve": asdict(Latency.of(total or cold)),
        "retrieve_first_time": asdict(Latency.of(cold)),
        "search": asdict(Latency.of(search)),
        "vector_query_only": asdict(Latency.of(query_only)),
    }


def bench_answers(mode: Mode, settings: Settings, home: Path) -> dict[str, Any]:
    """Question in → cited clauses out (evidence), and → full answer, through Assistant.ask_stream."""
    assistant = Assistant(Settings.from_env(**{**_fields(settings), "home": home}))
    clauses = assistant.library.clause_count()
    evidence = []
    for _ in range(mode.retrieval_repeats):
        for question in QUESTIONS:
            started = time.perf_counter()
            with assistant.ask_stream(question, [ZOOM]) as stream:
                event = next(iter(stream))
                assert isinstance(event, EvidenceEvent)
                evidence.append(time.perf_counter() - started)
    assistant.warm_up()  # load the models and read the worked examples before the clock, as `serve` does at start
    answers, first_tokens, rows = [], [], []
    for question in QUESTIONS[: mode.answer_questions]:
        started = time.perf_counter()
        with assistant.ask_stream(question, [ZOOM]) as stream:
            answer = next(e.answer for e in stream if isinstance(e, AnswerEvent))
        answers.append(time.perf_counter() - started)
        first_tokens.append(answer.timings.get("first_token_s", 0.0))
        rows.append({"question": question, "verdict": answer.verdict, "seconds": round(answers[-1], 2)})
        log(f"  answer in {answers[-1]:.1f} s: {answer.verdict}")
    return {
        "store_clauses": clauses,
        "scope": ZOOM,
        "time_to_evidence": asdict(Latency.of(evidence)),
        "time_to_first_token": asdict(Latency.of(first_tokens)),
        "time_to_answer": asdict(Latency.of(answers)),
        "answers": rows,
    }


# -- generation ---------------------------------------------------------------------------------


class _Recorder:
    """Passes the product model through, noting when the first text arrives and what it said."""

    def __init__(self, model: LocalModel) -> None:
        self.model = model
        self.text = ""
        self.first: float | None = None
        self.first_cpu: float | None = None

    @property
    def name(self) -> str:
        return self.model.name

    def count_tokens(self, text: str) -> int:
        return self.model.count_tokens(text)

    def stream_json(self, messages: list[ChatMessage], schema: dict[str, Any]) -> Iterator[str]:
        for delta in self.model.stream_json(messages, schema):
            if self.first is None:
                self.first, self.first_cpu = time.perf_counter(), time.process_time()
            self.text += delta
            yield delta


def bench_generation(mode: Mode, settings: Settings, home: Path) -> dict[str, Any]:
    """The product's generation path against a raw llama-cpp-python call on the exact same prompt."""
    assistant = Assistant(Settings.from_env(**{**_fields(settings), "home": home}))
    model = load_model(assistant.settings)
    if not isinstance(model, LocalModel):
        return {"skipped": "generation is compared in-process only (llm_url is set)"}
    llama = model._llama
    scope = resolve_scope(assistant.library, [ZOOM])
    q1, q2 = QUESTIONS[0], QUESTIONS[6]
    hits1 = retrieve(assistant.library, assistant.embedder, q1, scope, settings.top_k)
    hits2 = retrieve(assistant.library, assistant.embedder, q2, scope, settings.top_k)
    # The model call an answer starts with (assistant/verdict.py): the JSON pick of the deciding
    # clauses and verdict, streamed through LocalModel.stream_json.
    messages = context_messages(q1, hits1[:MAX_EXCERPTS], PICK_INSTRUCTION)
    schema = pick_schema(min(len(hits1), MAX_EXCERPTS))

    def raw() -> dict[str, Any]:
        llama.reset()  # no cached prefix: a cold prompt, like the product's first question
        llama_cpp.llama_perf_context_reset(llama.ctx)
        started, started_cpu = time.perf_counter(), time.process_time()
        first, first_cpu, text = None, None, ""
        for chunk in llama.create_chat_completion(
            messages=[{"role": m.role, "content": m.content} for m in messages],
            response_format={"type": "json_object", "schema": schema},
            temperature=settings.temperature,
            max_tokens=settings.max_answer_tokens,
            seed=settings.seed,
            stream=True,
        ):
            delta = chunk["choices"][0].get("delta", {}).get("content")
            if delta:
                if first is None:
                    first, first_cpu = time.perf_counter(), time.process_time()
                text += delta
        return _rates((started, first, time.perf_counter()), (started_cpu, first_cpu, time.process_time()), text, model)

    def product(question: str, hits: Any, reset: bool = True) -> dict[str, Any]:
        if reset:
            llama.reset()
        llama_cpp.llama_perf_context_reset(llama.ctx)
        recorder = _Recorder(model)
        started, started_cpu = time.perf_counter(), time.process_time()
        hits = hits[:MAX_EXCERPTS]
        for _ in recorder.stream_json(context_messages(question, hits, PICK_INSTRUCTION), pick_schema(len(hits))):
            pass
        return _rates(
            (started, recorder.first, time.perf_counter()),
            (started_cpu, recorder.first_cpu, time.process_time()),
            recorder.text,
            model,
        )

    raw_runs, product_runs = [], []
    for _ in range(mode.generation_repeats):  # interleaved, so load changes hit both alike
        raw_runs.append(raw())
        product_runs.append(product(q1, hits1))
        log(f"  raw ttft {raw_runs[-1]['ttft_s']} s, product ttft {product_runs[-1]['ttft_s']} s")
    # Prompt-prefix reuse: a second question on the same document right after the first one.
    product(q1, hits1)
    second_warm = product(q2, hits2, reset=False)
    second_cold = product(q2, hits2, reset=True)
    prompt_tokens = len(llama.tokenize(_chat_prompt(llama, messages).encode("utf-8"), special=True))
    shared = _shared_prefix_tokens(llama, messages, context_messages(q2, hits2[:MAX_EXCERPTS], PICK_INSTRUCTION))
    raw_m, prod_m = _medians(raw_runs), _medians(product_runs)
    return {
        "prompt_tokens": prompt_tokens,
        "same_output": raw_runs[0]["text"] == product_runs[0]["text"],
        "raw": raw_m,
        "product": prod_m,
        "ttft_ratio_product_over_raw": round(prod_m["ttft_s"] / raw_m["ttft_s"], 3),
        "tokens_per_s_ratio_product_over_raw": round(prod_m["tokens_per_s"] / raw_m["tokens_per_s"], 3),
        "cpu_ttft_ratio_product_over_raw": round(prod_m["cpu_ttft_s"] / raw_m["cpu_ttft_s"], 3),
        "cpu_tokens_per_s_ratio_product_over_raw": round(prod_m["cpu_tokens_per_s"] / raw_m["cpu_tokens_per_s"], 3),
        "second_question": {
            "shared_prefix_tokens": shared,
            "after_first_question": {k: v for k, v in second_warm.items() if k != "text"},
            "cold": {k: v for k, v in second_cold.items() if k != "text"},
        },
    }


def _rates(wall: tuple, cpu: tuple, text: str, model: LocalModel) -> dict[str, Any]:
    """TTFT and decode speed in wall-clock seconds and in CPU seconds of this process (the CPU
    figures hold steady when other programs share the machine), plus the prompt tokens that were
    actually evaluated (fewer than the prompt when a cached prefix was reused)."""
    perf = llama_cpp.llama_perf_context(model._llama.ctx)
    tokens = model.count_tokens(text)
    out: dict[str, Any] = {"tokens": tokens, "prompt_tokens_evaluated": int(perf.n_p_eval), "text": text}
    for label, (start, first, end) in (("", wall), ("cpu_", cpu)):
        first = first if first is not None else end
        out[f"{label}ttft_s"] = round(first - start, 3)
        out[f"{label}total_s"] = round(end - start, 3)
        out[f"{label}tokens_per_s"] = round((tokens - 1) / max(end - first, 1e-9), 2)
    return out


def _medians(runs: list[dict[str, Any]]) -> dict[str, float]:
    keys = [k for k, v in runs[0].items() if isinstance(v, int | float)]
    return {k: round(float(np.median([r[k] for r in runs])), 3) for k in keys}


def _chat_prompt(llama: Any, messages: list[ChatMessage]) -> str:
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    template = llama.metadata.get("tokenizer.chat_template", "")
    formatter = Jinja2ChatFormatter(template=template, eos_token="", bos_token="")
    return formatter(messages=[{"role": m.role, "content": m.content} for m in messages]).prompt


def _shared_prefix_tokens(llama: Any, first: list[ChatMessage], second: list[ChatMessage]) -> int:
    a = llama.tokenize(_chat_prompt(llama, first).encode("utf-8"), special=True)
    b = llama.tokenize(_chat_prompt(llama, second).encode("utf-8"), special=True)
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# -- memory ---------------------------------------------------------------------------------------


def bench_memory(mode: Mode, settings: Settings, home: Path) -> dict[str, Any]:
    """Peak resident memory of `terms-assistant ask` and of `serve` under sequential asks."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TERMS_ASSISTANT_HOME": str(home),
        "TERMS_ASSISTANT_MODELS_DIR": str(settings.models_path),
    }
    cli = [sys.executable, "-c", "from assistant.cli import main; main()"]
    with tempfile.TemporaryDirectory() as tmp:
        # The child writes its own VmHWM at exit: wait4's ru_maxrss would also count the memory
        # of this (large) benchmark process that the child was forked from.
        peak_file = Path(tmp) / "peak"
        reporter = [sys.executable, "-c", PEAK_AT_EXIT, str(peak_file)]
        status, tail = run_to_end([*reporter, "ask", QUESTIONS[0], "--doc", ZOOM, "--json"], env, ROOT, 900)
        if status != 0 or not peak_file.is_file():
            raise RuntimeError(f"ask failed: {tail}")
        ask_peak = int(peak_file.read_text())
    log(f"  ask peak {ask_peak / 2**30:.2f} GiB")

    port = free_port()
    with tempfile.TemporaryFile() as output:
        server = subprocess.Popen([*cli, "serve", "--port", str(port)], env=env, cwd=ROOT, stdout=output, stderr=output)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 300
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    output.seek(0)
                    raise RuntimeError(f"serve did not start: {output.read()[-2000:]!r}")
                time.sleep(0.5)
            for i in range(mode.serve_asks):
                question = QUESTIONS[i % len(QUESTIONS)]
                response = httpx.post(f"{base}/v1/ask", json={"question": question, "documents": [ZOOM]}, timeout=900)
                response.raise_for_status()
            serve_peak = peak_rss_bytes(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=60)
    log(f"  serve peak {serve_peak / 2**30:.2f} GiB after {mode.serve_asks} asks")
    return {
        "ask_peak_rss_gib": round(ask_peak / 2**30, 3),
        "serve_peak_rss_gib": round(serve_peak / 2**30, 3),
        "serve_asks": mode.serve_asks,
        "embedding_engine": settings.embed_backend,
    }


PEAK_AT_EXIT = """
import atexit, sys
from pathlib import Path

def _peak():
    status = Path('/proc/self/status').read_text()
    kb = next(line.split()[1] for line in status.splitlines() if line.startswith('VmHWM:'))
    Path(PEAK_FILE).write_text(str(int(kb) * 1024))

PEAK_FILE = sys.argv[1]
atexit.register(_peak)
from assistant.cli import main
sys.argv = ['terms-assistant', *sys.argv[2:]]
main()
"""


# -- report ---------------------------------------------------------------------------------------


def table(results: dict[str, Any]) -> str:
    """The figures a person reads first, with the target each one answers."""
    rows: list[tuple[str, str, str, str]] = [("measure", "figure", "against", "target")]
    if ing := results.get("ingest"):
        rows += [
            (
                f"ingest {ing['files']} files, {ing['clauses']} clauses ({ing['embedding_engine']})",
                f"{ing['product_clauses_per_s']:.1f} clauses/s, {ing['product_mb_per_s']:.3f} MB/s",
                f"{ing['product_vs_naive']:.2f}x naive loop ({ing['naive_one_clause_loop_clauses_per_s']:.1f}/s); "
                f"{ing['product_vs_raw_encode']:.2f}x raw encode ({ing['raw_encode_clauses_per_s']:.1f}/s)",
                ">= 2x naive",
            ),
            (
                "same vectors as sentence-transformers",
                f"max abs diff {ing['engine_max_abs_diff']:.1e}",
                f"min cosine {ing['engine_min_cosine']:.6f}",
                "within tolerance",
            ),
        ]
    if nv := results.get("new_version"):
        for r in nv["versions"]:
            rows.append(
                (
                    f"new version, {r['changed_clauses']} changed clauses",
                    f"{r['seconds']:.2f} s",
                    f"{r['embedded']} of {r['clauses']} embedded",
                    "proportional to changes",
                )
            )
        rows.append(
            ("  fit", f"{nv['fixed_cost_s']:.2f} s + {nv['per_changed_clause_s'] * 1000:.1f} ms/clause", "", "")
        )
    for size, r in (results.get("retrieval") or {}).items():
        for label in ("all_documents", "one_document"):
            lat, search = r[label]["retrieve"], r[label].get("search")
            first = r[label].get("retrieve_first_time")
            target = "search p95 <= 50 ms" if size == "100000" and label == "all_documents" else ""
            rows.append(
                (
                    f"retrieval, {r['store']['clauses']} clauses, {label.replace('_', ' ')}",
                    (f"search p50 {search['p50_ms']:.1f} ms, p95 {search['p95_ms']:.1f} ms; " if search else "")
                    + f"with trimming p50 {lat['p50_ms']:.0f} ms, p95 {lat['p95_ms']:.0f} ms"
                    + (f" (first time p95 {first['p95_ms']:.0f} ms)" if first else ""),
                    f"Chroma vector query p95 {r[label]['vector_query_only']['p95_ms']:.1f} ms; "
                    f"embed p95 {r['question_embedding']['p95_ms']:.1f} ms",
                    target,
                )
            )
    if ans := results.get("answers"):
        te, ta, tf = ans["time_to_evidence"], ans["time_to_answer"], ans["time_to_first_token"]
        rows += [
            (
                f"time to evidence, {ans['store_clauses']} clauses",
                f"p50 {te['p50_ms']:.0f} ms, p95 {te['p95_ms']:.0f} ms",
                f"n={te['n']}",
                "p95 <= 1 s at 10k",
            ),
            (
                f"time to full answer ({ta['n']} questions)",
                f"p50 {ta['p50_ms'] / 1000:.1f} s, p95 {ta['p95_ms'] / 1000:.1f} s",
                f"first token p50 {tf['p50_ms'] / 1000:.1f} s",
                "",
            ),
        ]
    if (gen := results.get("generation")) and "skipped" not in gen:
        p, r, second = gen["product"], gen["raw"], gen["second_question"]
        warm, cold = second["after_first_question"], second["cold"]
        rows += [
            (
                f"generation TTFT ({gen['prompt_tokens']}-token prompt)",
                f"{p['ttft_s']:.2f} s ({p['cpu_ttft_s']:.2f} CPU s)",
                f"raw {r['ttft_s']:.2f} s: {gen['ttft_ratio_product_over_raw']:.3f}x "
                f"(CPU {gen['cpu_ttft_ratio_product_over_raw']:.3f}x)",
                "within 5%",
            ),
            (
                "generation tokens/s",
                f"{p['tokens_per_s']:.2f} ({p['cpu_tokens_per_s']:.2f} per CPU s)",
                f"raw {r['tokens_per_s']:.2f}: {gen['tokens_per_s_ratio_product_over_raw']:.3f}x "
                f"(CPU {gen['cpu_tokens_per_s_ratio_product_over_raw']:.3f}x)",
                "within 5%",
            ),
            (
                "second question, same document: TTFT",
                f"{warm['ttft_s']:.2f} s ({warm['cpu_ttft_s']:.2f} CPU s), "
                f"{warm['prompt_tokens_evaluated']} prompt tokens evaluated",
                f"cold {cold['ttft_s']:.2f} s ({cold['cpu_ttft_s']:.2f} CPU s), "
                f"{cold['prompt_tokens_evaluated']} evaluated",
                "prefix reused",
            ),
        ]
    if mem := results.get("memory"):
        rows += [
            ("peak RSS, ask", f"{mem['ask_peak_rss_gib']:.2f} GiB", "", ""),
            (f"peak RSS, serve after {mem['serve_asks']} asks", f"{mem['serve_peak_rss_gib']:.2f} GiB", "", "<= 3 GB"),
        ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join(lines)


def _fields(settings: Settings) -> dict[str, Any]:
    return {k: getattr(settings, k) for k in settings.__dataclass_fields__}


SECTIONS = ("ingest", "new_version", "retrieval", "answers", "generation", "memory")


def run_section(
    section: str,
    mode: Mode,
    settings: Settings,
    corpus: list[CorpusDocument],
    terms: Path,
    ingest_home: Path,
    answer_home: Path,
) -> dict[str, Any]:
    if section == "ingest":
        return bench_ingest(mode, settings, corpus)
    if section == "new_version":
        if not (ingest_home / "index").is_dir():
            bench_ingest(mode, settings, corpus)
        return bench_new_version(settings, ingest_home)
    if section == "retrieval":
        return bench_retrieval(mode, settings, load_corpus(terms, settings))
    if not (answer_home / "store.json").is_file():
        size = int(answer_home.name.split("-")[1])
        bench_retrieval(Mode(**{**asdict(mode), "store_sizes": (size,)}), settings, load_corpus(terms, settings))
    func = {"answers": bench_answers, "generation": bench_generation, "memory": bench_memory}[section]
    return func(mode, settings, answer_home)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smoke test: smaller corpus, stores and question set")
    parser.add_argument("--out", type=Path, help="JSON output (default: benchmarks/results/<time>-<mode>.json)")
    parser.add_argument("--only", help=f"comma-separated sections of {','.join(SECTIONS)}")
    parser.add_argument("--terms", type=Path, default=TERMS, help="the shared terms corpus")
    parser.add_argument("--sizes", help="store sizes for retrieval, comma-separated (default: 1000,10000,100000)")
    args = parser.parse_args(argv)
    mode = QUICK if args.quick else FULL
    if args.sizes:
        mode = Mode(**{**asdict(mode), "store_sizes": tuple(int(n) for n in args.sizes.split(","))})
    sections = args.only.split(",") if args.only else list(SECTIONS)
    if unknown := set(sections) - set(SECTIONS):
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    if not args.terms.is_dir():
        parser.error(f"the shared terms corpus is not at {args.terms} (pass --terms)")

    CACHE.mkdir(parents=True, exist_ok=True)
    settings = Settings.from_env(models_dir=Settings.from_env().models_path)
    started = time.perf_counter()
    results: dict[str, Any] = {
        "mode": mode.name,
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "load_average_at_start": load_average(),
        },
        "assistant": __version__,
        "settings": {k: v for k, v in settings.to_env().items() if not k.endswith("API_TOKEN")},
    }
    corpus = load_corpus(args.terms, settings, mode.corpus_limit)
    ingest_home = CACHE / f"ingest-{mode.name}"
    # Answers and memory are measured on the largest store this mode builds that is <= 10k clauses.
    answer_home = CACHE / f"store-{max((s for s in mode.store_sizes if s <= 10_000), default=min(mode.store_sizes))}"
    out = args.out or RESULTS / f"{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}-{mode.name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    for section in sections:
        log(f"== {section}")
        t = time.perf_counter()
        try:
            results[section] = run_section(section, mode, settings, corpus, args.terms, ingest_home, answer_home)
        except Exception as exc:  # one failed section must not lose the others' figures
            log(f"   {section} failed: {type(exc).__name__}: {exc}")
            results.setdefault("errors", {})[section] = f"{type(exc).__name__}: {exc}"[:2000]
        log(f"   {section} took {time.perf_counter() - t:.0f} s")
        results["machine"]["load_average_at_end"] = load_average()
        results["wall_s"] = round(time.perf_counter() - started, 1)
        out.write_text(json.dumps(results, indent=2, default=str) + "\n")  # after each section
    print(table(results))
    print(
        f"\n{mode.name} run in {results['wall_s']:.0f} s; load average {results['machine']['load_average_at_start']} "
        f"→ {results['machine']['load_average_at_end']} on {os.cpu_count()} CPUs. JSON: {out}"
    )
    if errors := results.get("errors"):
        print(f"Failed sections: {', '.join(errors)} (see the JSON)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
