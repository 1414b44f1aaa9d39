"""The one core that the CLI, the HTTP API and the UI all call.

`Assistant` holds the settings and loads each heavy part (store, embedding model,
language model) once, the first time it is needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.answer import Answer, AnswerEvent, AskEvent, EvidenceEvent, generate, not_addressed
from assistant.clauses import split_clauses
from assistant.embed import Embedder, load_embedder
from assistant.errors import DocumentError, InvalidQuestion, TermsAssistantError, VersionConflict
from assistant.ingest import (
    SUPPORTED_SUFFIXES,
    ExtractedText,
    detect_effective_date,
    iter_files,
    read_document,
)
from assistant.llm import LocalModel, load_model
from assistant.retrieve import RetrievalOptions, embedding_text, resolve_scope, retrieve
from assistant.settings import Settings
from assistant.store import DocumentVersion, Library, now_iso, text_sha
from assistant.verdict import Thresholds

SAMPLE_DOCUMENT = "meetly-terms-of-service"
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

    # -- parts, loaded on first use --------------------------------------
    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library(self.settings.index_path)
        return self._library

    @property
    def embedder(self) -> Embedder:
        return load_embedder(self.settings.embed_batch_size)

    def model(self, progress: bool = False) -> LocalModel:
        return load_model(self.settings, progress=progress)

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
        self, path: Path, name: str | None = None, version: str | None = None, progress: bool = False
    ) -> AddResult:
        """Read, split, embed and store one file as a version of a document."""
        started = time.perf_counter()
        extracted = read_document(path, self.settings.max_file_bytes)
        return self.add_text(extracted, name=name, version=version, progress=progress, started=started)

    def add_text(
        self,
        extracted: ExtractedText,
        name: str | None = None,
        version: str | None = None,
        progress: bool = False,
        started: float | None = None,
    ) -> AddResult:
        started = time.perf_counter() if started is None else started
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
        clauses = split_clauses(extracted.text, extracted.page_starts, self.settings.max_clause_words)
        if not clauses:
            raise DocumentError(f"{extracted.source.name}: no clauses could be found in its text")
        effective = detect_effective_date(extracted.text)
        version, note = self._choose_version(name, version, effective, extracted)

        texts = [embedding_text(c.heading_path_text, c.text) for c in clauses]
        known = self.library.known_embeddings(text_sha(t) for t in texts)
        missing = sorted({t for t in texts if text_sha(t) not in known})
        if missing:
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

    # -- questions ---------------------------------------------------------
    def ask_stream(
        self, question: str, documents: Sequence[str] | None = None, version: str | None = None
    ) -> Iterator[AskEvent]:
        """Answer a question: first the evidence, then verdict and answer text as they are
        generated, last the final Answer."""
        question = self._check_question(question)
        started = time.perf_counter()
        scope = resolve_scope(self.library, documents, version)
        if not scope:
            raise DocumentError("The library is empty: add a terms document first (`terms-assistant add FILE`)")
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
            self.settings.addressed_threshold, self.settings.answer_threshold, self.settings.answer_mode
        )
        events = generate(
            model,
            question,
            hits,
            started,
            thresholds,
            explain=self.settings.explain,
            max_tokens=self.settings.max_answer_tokens,
        )
        for event in events:
            if isinstance(event, AnswerEvent):
                event.answer.timings.update(retrieval_s=retrieval_s, total_s=time.perf_counter() - started)
            yield event

    def ask(self, question: str, documents: Sequence[str] | None = None, version: str | None = None) -> Answer:
        """Answer a question and return only the final Answer."""
        answer: Answer | None = None
        for event in self.ask_stream(question, documents, version):
            if isinstance(event, AnswerEvent):
                answer = event.answer
        assert answer is not None  # ask_stream always ends with an AnswerEvent
        return answer

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


def _document_name(raw: str) -> str:
    name = "-".join(raw.strip().split())
    if not name or any(ch in name for ch in "/\\@") or name in {".", ".."}:
        raise DocumentError(f"{raw!r} is not a usable document name; use letters, digits, dots, - and _")
    return name
