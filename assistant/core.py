"""The one core that the CLI, the HTTP API and the UI all call.

`Assistant` holds the settings and loads each heavy part (store, embedding model,
language model) once, the first time it is needed.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.answer import Answer, AnswerEvent, AskEvent, EvidenceEvent, generate, not_addressed
from assistant.changes import (
    ChangeAnswer,
    ChangeAnswerEvent,
    ChangeEvent,
    ChangeEvidenceEvent,
    change_ids,
    generate_change_answer,
    nothing_changed,
    rank_changes,
)
from assistant.clauses import split_clauses
from assistant.compare import Comparison, DocumentAnswer
from assistant.diff import DocumentDiff, diff_clauses
from assistant.embed import Embedder, load_embedder
from assistant.errors import (
    Busy,
    DocumentError,
    InvalidOption,
    InvalidQuestion,
    TermsAssistantError,
    VersionConflict,
)
from assistant.flags import FlagReport, flag_document
from assistant.ingest import (
    SUPPORTED_SUFFIXES,
    ExtractedText,
    detect_effective_date,
    iter_files,
    read_document,
)
from assistant.lexical import terms
from assistant.llm import LanguageModel, load_model
from assistant.retrieve import RetrievalOptions, embedding_text, resolve_scope, retrieve, version_index
from assistant.settings import Settings
from assistant.store import DocumentVersion, Library, StoredClause, now_iso, text_sha
from assistant.verdict import Thresholds, read_examples
from assistant.versions import require_date, resolve_version, scope_as_of, version_as_of

SAMPLE_DOCUMENT = "meetly-terms-of-service"
ProgressCallback = Callable[[str, float], None]
SAMPLE_QUESTION = "Can Meetly train its AI on my video calls?"


@dataclass(frozen=True)
class AddResult:
    """What happened to one file given to `add`."""

    source: str
    name: str
    version: str
    status: str  # "added" | "unchanged"
    clauses: int
    embedded: int  # clauses whose text was new and had to be embedded
    seconds: float
    note: str | None = None


@dataclass(frozen=True)
class AddFailure:
    source: str
    error: str


@dataclass
class AddReport:
    added: list[AddResult] = field(default_factory=list)
    failed: list[AddFailure] = field(default_factory=list)


class Assistant:
    """Add documents, list and remove them, and ask questions of them."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self._library: Library | None = None
        self._gate = AskGate(self.settings.ask_capacity, self.settings.retry_after_s)
        self._warmed: threading.Event | None = None  # set when a background warm-up is done

    # -- parts, loaded on first use --------------------------------------
    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library(self.settings.index_path, self.settings.chroma_url)
        return self._library

    @property
    def embedder(self) -> Embedder:
        s = self.settings
        return load_embedder(s.embed_batch_size, s.embed_backend, s.models_path, s.thread_count)

    def model(self, progress: bool = False) -> LanguageModel:
        # A question that arrives while the server warms up waits for it. Otherwise its readings
        # and the worked examples' interleave in the model's cache, and the numbers (and at times
        # the verdict) differ from what the same question gets a minute later: in a fresh clone
        # the README's sample question came out "no" instead of "conditional".
        if self._warmed is not None:
            self._warmed.wait()
        return load_model(self.settings, progress=progress)

    def warm_up(self) -> None:
        """Load the embedding and language models, and have the model read the worked examples,
        now rather than on the first question."""
        try:
            self.embedder.embed(["warm up"])
            read_examples(load_model(self.settings))
        except TermsAssistantError:
            pass  # the first question reports the problem with its own message

    def start_warm_up(self) -> None:
        """`warm_up` in a background thread (a server does it at start); until it is done,
        `model` waits for it."""
        done = threading.Event()
        self._warmed = done

        def run() -> None:
            try:
                self.warm_up()
            finally:
                done.set()

        threading.Thread(target=run, name="warm-up", daemon=True).start()

    # -- documents ---------------------------------------------------------
    def add(
        self,
        path: Path,
        name: str | None = None,
        version: str | None = None,
        progress: bool = False,
        on_result: Callable[[AddResult | AddFailure], None] | None = None,
    ) -> AddReport:
        """Add a file, or every supported file in a folder. In a folder, a bad file is
        reported and skipped; the good ones are still added."""
        path = Path(path)
        report = AddReport()
        if path.is_dir():
            files = [f for f in iter_files(path) if f.suffix.lower() in SUPPORTED_SUFFIXES]
            if not files:
                raise DocumentError(f"{path} contains no supported files ({', '.join(sorted(SUPPORTED_SUFFIXES))})")
            for file in files:
                try:
                    outcome: AddResult | AddFailure = self.add_file(file, name=name, version=version, progress=progress)
                    report.added.append(outcome)
                except TermsAssistantError as exc:
                    outcome = AddFailure(str(file), exc.message)
                    report.failed.append(outcome)
                if on_result:
                    on_result(outcome)
            return report
        result = self.add_file(path, name=name, version=version, progress=progress)
        report.added.append(result)
        if on_result:
            on_result(result)
        return report

    def add_file(
        self,
        path: Path,
        name: str | None = None,
        version: str | None = None,
        progress: bool = False,
        source_name: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AddResult:
        """Read, split, embed and store one file as a version of a document.

        `source_name` is what to record as the file's name when `path` is a temporary copy
        (an upload); it also gives the default document name.
        """
        started = time.perf_counter()
        report = on_progress or (lambda stage, fraction: None)
        report("Reading the document", 0.05)
        extracted = read_document(path, self.settings.max_file_bytes)
        if source_name:
            extracted = replace(extracted, source=Path(Path(source_name).name))
        return self.add_text(
            extracted, name=name, version=version, progress=progress, started=started, on_progress=on_progress
        )

    def add_text(
        self,
        extracted: ExtractedText,
        name: str | None = None,
        version: str | None = None,
        progress: bool = False,
        started: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AddResult:
        """Split, embed and store already extracted text as a version of a document."""
        started = time.perf_counter() if started is None else started
        report = on_progress or (lambda stage, fraction: None)
        name = _document_name(name or extracted.source.stem)
        sha = text_sha(extracted.text)
        same = self.library.find_same_text(name, sha)
        if same is not None:
            return AddResult(
                str(extracted.source),
                name,
                same.version,
                "unchanged",
                same.clause_count,
                0,
                time.perf_counter() - started,
                note=f"identical to stored version {same.version}",
            )
        report("Splitting into clauses", 0.15)
        clauses = split_clauses(extracted.text, extracted.page_starts, self.settings.max_clause_words)
        if not clauses:
            raise DocumentError(f"{extracted.source.name}: no clauses could be found in its text")
        effective = detect_effective_date(extracted.text)
        version, note = self._choose_version(name, version, effective, extracted)

        texts = [embedding_text(c.heading_path_text, c.text) for c in clauses]
        known = self.library.known_embeddings(text_sha(t) for t in texts)
        missing = sorted({t for t in texts if text_sha(t) not in known})
        if missing:
            report(f"Embedding {len(missing)} new clauses", 0.3)
            vectors = self.embedder.embed(missing, progress=progress and len(missing) > 64)
            known.update({text_sha(t): v for t, v in zip(missing, vectors, strict=True)})
        embeddings = np.stack([known[text_sha(t)] for t in texts])
        meta = DocumentVersion(
            name=name,
            version=version,
            sha256=sha,
            source=str(extracted.source),
            kind=extracted.kind,
            effective_date=effective.isoformat() if effective else None,
            added_at=now_iso(),
            clause_count=len(clauses),
        )
        report("Storing", 0.9)
        self.library.add_version(meta, extracted.text, extracted.page_starts, clauses, embeddings, texts)
        return AddResult(
            str(extracted.source),
            name,
            version,
            "added",
            len(clauses),
            len(missing),
            time.perf_counter() - started,
            note=note,
        )

    def _choose_version(self, name, version, effective, extracted) -> tuple[str, str | None]:
        taken = {v.version for v in self.library.documents() if v.name == name}
        if version:
            if version in taken:
                raise VersionConflict(
                    f"{name} already has a version {version!r} with different text; "
                    f"pick another --version or remove it first (`terms-assistant remove {name} --version {version}`)"
                )
            return version, None
        base = effective or extracted.file_date
        base_text = base.isoformat() if base else "1"
        candidate, n = base_text, 1
        while candidate in taken:
            n += 1
            candidate = f"{base_text}.{n}"
        note = None if candidate == base_text else f"version {base_text} already holds different text"
        return candidate, note

    def documents(self) -> list[DocumentVersion]:
        return self.library.documents()

    def remove(self, name: str, version: str | None = None) -> list[DocumentVersion]:
        return self.library.remove(name, version)

    def add_sample(self) -> AddReport:
        """Index the sample terms that ship with the package (used by `demo`)."""
        sample = resources.files("assistant") / "data" / f"{SAMPLE_DOCUMENT}.md"
        with resources.as_file(sample) as path:
            return self.add(path, name=SAMPLE_DOCUMENT)

    # -- red flags ---------------------------------------------------------
    def flags(self, name: str, version: str | None = None) -> FlagReport:
        """The red-flags report of a document: its newest version unless `version` names one."""
        started = time.perf_counter()
        meta = self.library.version(name, version)
        clauses = self.library.clauses(meta.name, meta.version)
        text = self.library.text(meta.name, meta.version)
        report = flag_document(
            meta.name,
            meta.version,
            text,
            clauses,
            self.embedder,
            clause_vectors=self._clause_vectors(clauses),
            prefilter=self.settings.flags_prefilter,
        )
        report.timings["total_s"] = time.perf_counter() - started
        return report

    def _clause_vectors(self, clauses: Sequence[StoredClause]) -> np.ndarray | None:
        """The stored vector of each clause (None if any is missing: then every sentence is embedded)."""
        keys = [text_sha(embedding_text(c.heading_path, c.text)) for c in clauses]
        known = self.library.known_embeddings(keys)
        if not clauses or any(k not in known for k in keys):
            return None
        return np.stack([known[k] for k in keys])

    # -- questions ---------------------------------------------------------
    def ask_stream(
        self,
        question: str,
        documents: Sequence[str] | None = None,
        version: str | None = None,
        as_of: dt.date | str | None = None,
    ) -> AskStream:
        """Answer a question: first the evidence, then verdict and answer text as they are
        generated, last the final Answer. `as_of` asks each document's version in force on that date.

        Everything that can be refused (an empty question, an unknown document, a full
        queue) is refused here, before the stream starts, so a server can still answer
        with a status code.
        """
        question = self._check_question(question)
        scope = self._scope(documents, version, as_of)
        if not scope:
            raise DocumentError("The library is empty: add a terms document first (`terms-assistant add FILE`)")
        slot = self._gate.enter()
        return AskStream(self._answer_events(question, scope), on_close=slot.release)

    def _answer_events(self, question: str, scope: list[DocumentVersion]) -> Iterator[AskEvent]:
        started = time.perf_counter()
        hits = retrieve(
            self.library, self.embedder, question, scope, options=RetrievalOptions.from_settings(self.settings)
        )
        retrieval_s = time.perf_counter() - started
        yield EvidenceEvent(hits)
        if not hits or max(h.score for h in hits) < self.settings.min_similarity:
            answer = not_addressed(question, "None of the clauses in these documents deal with this question.")
            answer.timings.update(retrieval_s=retrieval_s, total_s=time.perf_counter() - started)
            yield AnswerEvent(answer)
            return
        model = self.model()
        thresholds = Thresholds(
            self.settings.answer_threshold,
            self.settings.pick_weight,
            self.settings.presence_threshold,
            self.settings.confidence_margin,
        )
        events = generate(
            model,
            question,
            hits,
            started,
            thresholds,
            explain=self.settings.explain,
            max_tokens=self.settings.max_answer_tokens,
            vocabulary=self._known_words(question, scope),
        )
        for event in events:
            if isinstance(event, AnswerEvent):
                event.answer.timings.update(retrieval_s=retrieval_s, total_s=time.perf_counter() - started)
            yield event

    def _known_words(self, question: str, scope: list[DocumentVersion]) -> set[str]:
        """The question's stemmed words that some document in scope uses: all the verdict asks of
        the documents' vocabulary (a union of every vocabulary would cost more on a large library)."""
        indexes = [version_index(self.library, v) for v in scope]
        return {w for w in terms(question) if any(w in ix.lexical.vocabulary for ix in indexes)}

    def ask(
        self,
        question: str,
        documents: Sequence[str] | None = None,
        version: str | None = None,
        as_of: dt.date | str | None = None,
    ) -> Answer:
        """Answer a question and return only the final Answer."""
        with self.ask_stream(question, documents, version, as_of) as stream:
            for event in stream:
                if isinstance(event, AnswerEvent):
                    return event.answer
        raise TermsAssistantError("The answer stream ended without an answer")  # pragma: no cover

    def compare(
        self,
        question: str,
        documents: Sequence[str],
        version: str | None = None,
        as_of: dt.date | str | None = None,
        on_result: Callable[[DocumentAnswer], None] | None = None,
    ) -> Comparison:
        """Ask each document on its own and collect one answer per document, in the order named."""
        question = self._check_question(question)
        names = list(dict.fromkeys(documents))
        if len(names) < 2:
            raise InvalidOption("A comparison needs at least two documents (--doc A --doc B)")
        started = time.perf_counter()
        scope = self._scope(names, version, as_of)  # every name is checked before the model runs
        comparison = Comparison(question)
        for doc_version in scope:
            answer = self.ask(question, [doc_version.name], version=doc_version.version)
            row = DocumentAnswer(doc_version.name, doc_version.version, answer)
            comparison.results.append(row)
            if on_result:
                on_result(row)
        comparison.timings["total_s"] = time.perf_counter() - started
        return comparison

    # -- versions and changes ------------------------------------------------
    def resolve_version(self, name: str, ref: str | None = None) -> DocumentVersion:
        """A version by its label, or the one in force on a date (YYYY-MM-DD); the newest when None."""
        return resolve_version(self.library, name, ref)

    def version_as_of(self, name: str, on: dt.date | str) -> DocumentVersion:
        """The version of a document in force on a date: the newest whose effective date is on or before it."""
        return version_as_of(self.library, name, on if isinstance(on, dt.date) else require_date(on))

    def diff(self, name: str, from_version: str | None = None, to_version: str | None = None) -> DocumentDiff:
        """Clause-level changes from one version to another (labels or dates). By default the newest
        version against the one before it."""
        old, new = self._version_pair(name, from_version, to_version)
        return diff_clauses(
            self.library.clauses(name, old.version),
            self.library.clauses(name, new.version),
            name,
            old.version,
            new.version,
            self.settings.diff_match_threshold,
        )

    def ask_changes_stream(
        self, question: str, name: str, from_version: str | None = None, to_version: str | None = None
    ) -> Iterator[ChangeEvent]:
        """Answer a question from the clauses that changed between two versions: first the changes
        found closest to the question, then the answer text as it is generated, last the ChangeAnswer."""
        question = self._check_question(question)
        started = time.perf_counter()
        diff = self.diff(name, from_version, to_version)
        vectors = self.library.clause_vectors(change_ids(diff))
        ranked = rank_changes(
            diff,
            question,
            self.embedder.embed([question])[0],
            vectors,
            self.settings.change_top_k,
            self.settings.change_topic_boost,
        )
        retrieval_s = time.perf_counter() - started
        yield ChangeEvidenceEvent(ranked)
        if not ranked or ranked[0].score < self.settings.min_similarity:
            answer = nothing_changed(
                question,
                diff,
                None if ranked else f"Nothing changed in substance from {diff.from_version} to {diff.to_version}.",
            )
            answer.timings.update(retrieval_s=retrieval_s, total_s=time.perf_counter() - started)
            yield ChangeAnswerEvent(answer)
            return
        for event in generate_change_answer(self.model(), question, diff, ranked, started):
            if isinstance(event, ChangeAnswerEvent):
                event.answer.timings.update(retrieval_s=retrieval_s, total_s=time.perf_counter() - started)
            yield event

    def ask_changes(
        self, question: str, name: str, from_version: str | None = None, to_version: str | None = None
    ) -> ChangeAnswer:
        """Answer a question about changes and return only the final ChangeAnswer."""
        answer: ChangeAnswer | None = None
        for event in self.ask_changes_stream(question, name, from_version, to_version):
            if isinstance(event, ChangeAnswerEvent):
                answer = event.answer
        assert answer is not None  # ask_changes_stream always ends with a ChangeAnswerEvent
        return answer

    def _version_pair(
        self, name: str, from_version: str | None, to_version: str | None
    ) -> tuple[DocumentVersion, DocumentVersion]:
        new = self.resolve_version(name, to_version)
        if from_version is not None:
            old = self.resolve_version(name, from_version)
        else:
            earlier = [v for v in self.library.versions(name) if v.sort_key < new.sort_key]
            if not earlier:
                raise InvalidOption(f"{name} has no version before {new.version}; name one with --from")
            old = earlier[-1]
        if old.version == new.version:
            raise InvalidOption(f"Both sides are {name} version {old.version}; name two different versions")
        return old, new

    def _scope(
        self, documents: Sequence[str] | None, version: str | None, as_of: dt.date | str | None
    ) -> list[DocumentVersion]:
        if as_of is None:
            return resolve_scope(self.library, documents, version)
        if version is not None:
            raise InvalidOption("Give either a version or a date (--as-of), not both")
        return scope_as_of(self.library, documents, as_of if isinstance(as_of, dt.date) else require_date(as_of))

    def _check_question(self, question: str) -> str:
        question = (question or "").strip()
        if not question:
            raise InvalidQuestion('The question is empty; ask something like "Can they sell my data?"')
        if len(question) > self.settings.max_question_chars:
            raise InvalidQuestion(
                f"The question is {len(question)} characters long; keep it under "
                f"{self.settings.max_question_chars} (ask one thing at a time)"
            )
        return question


class AskGate:
    """Admits at most `capacity` questions at once (one generating, the rest queued for the
    model); past that, `Busy`, so callers fail fast instead of piling up."""

    def __init__(self, capacity: int, retry_after_s: int) -> None:
        self._slots = threading.BoundedSemaphore(max(1, capacity))
        self.retry_after_s = retry_after_s

    def enter(self) -> _Slot:
        if not self._slots.acquire(blocking=False):
            raise Busy(
                f"The assistant is busy with other questions; try again in {self.retry_after_s} s",
                self.retry_after_s,
            )
        return _Slot(self._slots)


class _Slot:
    def __init__(self, slots: threading.BoundedSemaphore) -> None:
        self._slots: threading.BoundedSemaphore | None = slots

    def release(self) -> None:
        slots, self._slots = self._slots, None
        if slots is not None:
            slots.release()


class AskStream:
    """The events of one question. Iterate it; closing it (or finishing) frees its place in
    the queue, also when a client disconnects before the end."""

    def __init__(self, events: Iterator[AskEvent], on_close: Callable[[], None]) -> None:
        self._events = events
        self._on_close = on_close

    def __iter__(self) -> Iterator[AskEvent]:
        return self

    def __next__(self) -> AskEvent:
        try:
            return next(self._events)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        close = getattr(self._events, "close", None)
        if close is not None:
            close()
        self._on_close()

    def __enter__(self) -> AskStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self._on_close()


def _document_name(raw: str) -> str:
    name = "-".join(raw.strip().split())
    if not name or any(ch in name for ch in "/\\@") or name in {".", ".."}:
        raise DocumentError(f"{raw!r} is not a usable document name; use letters, digits, dots, - and _")
    return name
