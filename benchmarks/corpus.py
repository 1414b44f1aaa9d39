"""The benchmark's text: the shared terms corpus, and larger libraries synthesised from it.

Larger stores are made by ingesting more text through the product (`Assistant.add_text`):
variants of the real documents with another company name, some words swapped for
synonyms and the sentences of each paragraph rotated, so almost every clause text is new
and is embedded for real. Vectors are never copied.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.clauses import split_clauses
from assistant.core import Assistant
from assistant.ingest import ExtractedText, read_document
from assistant.retrieve import embedding_text
from assistant.settings import Settings

COMPANY_NAMES = re.compile(r"\b(Zoom|GitHub|Google|Discord|Skype|Microsoft)\b")
ADJECTIVES = ["Blue", "Quiet", "North", "Bright", "Silver", "Rapid", "Open", "Green", "Clear", "Prime"]
NOUNS = ["Harbor", "Meadow", "Signal", "Lantern", "Circuit", "Summit", "Orchard", "Beacon", "Canyon", "Vertex"]
# Legal-register synonyms: each variant swaps its own subset (chosen by the bits of its number).
SWAPS = [
    ("may", "can"),
    ("shall", "will"),
    ("terminate", "end"),
    ("Services", "Offerings"),
    ("content", "material"),
    ("agree", "consent"),
    ("account", "profile"),
    ("third parties", "other companies"),
    ("information", "data"),
    ("including", "such as"),
    ("must", "have to"),
    ("notice", "notification"),
]
SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")


@dataclass(frozen=True)
class CorpusDocument:
    name: str  # the folder name: one document, several versions
    path: Path
    text: ExtractedText
    clause_texts: list[str]  # what the product embeds, one per clause

    @property
    def bytes(self) -> int:
        return len(self.text.text.encode("utf-8"))


def load_corpus(terms_dir: Path, settings: Settings, limit: int | None = None) -> list[CorpusDocument]:
    """Every version of every document in the shared corpus, oldest version first per document
    (the order a user adding them would follow)."""
    files = sorted(terms_dir.glob("*/*.md"))
    if limit is not None:
        files = _spread(files, limit)
    documents = []
    for path in files:
        extracted = read_document(path, settings.max_file_bytes)
        clauses = split_clauses(extracted.text, extracted.page_starts, settings.max_clause_words)
        texts = [embedding_text(c.heading_path_text, c.text) for c in clauses]
        documents.append(CorpusDocument(path.parent.name, path, extracted, texts))
    return documents


def _spread(files: list[Path], limit: int) -> list[Path]:
    """A subset that keeps every document and several versions of the big one (quick mode)."""
    by_doc: dict[str, list[Path]] = {}
    for f in files:
        by_doc.setdefault(f.parent.name, []).append(f)
    chosen = [versions[-1] for versions in by_doc.values()]
    rest = [f for f in files if f not in chosen]
    step = max(1, len(rest) // max(1, limit - len(chosen)))
    chosen += rest[::step][: max(0, limit - len(chosen))]
    return sorted(chosen)


def variant_text(text: str, number: int) -> str:
    """Document text rewritten as variant `number` (deterministic)."""
    company = f"{ADJECTIVES[number % 10]} {NOUNS[(number // 10) % 10]}"
    out = COMPANY_NAMES.sub(company, text)
    for bit, (old, new) in enumerate(SWAPS):
        if (number >> bit) & 1:
            out = re.sub(rf"\b{re.escape(old)}\b", new, out)
    paragraphs = []
    for paragraph in out.split("\n\n"):
        sentences = SENTENCE_END.split(paragraph)
        if len(sentences) > 2 and not paragraph.lstrip().startswith(("#", "|", "-", "*")):
            shift = number % len(sentences)
            sentences = sentences[shift:] + sentences[:shift]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def synthetic_documents(corpus: list[CorpusDocument]) -> Iterator[tuple[str, ExtractedText]]:
    """Endless (name, text): the real corpus first (the newest version of each document, then
    the older versions), then variants 1, 2, … of its documents."""
    newest = {doc.name: doc for doc in corpus}  # the corpus is in date order per document
    for doc in [*newest.values(), *(d for d in corpus if d is not newest[d.name])]:
        yield doc.name, doc.text
    number = 0
    while True:
        for doc in corpus:
            number += 1
            text = variant_text(doc.text.text, number)
            name = f"synthetic-{number:05d}-{doc.name}"
            yield name, ExtractedText(text=text, source=Path(f"{name}.md"), kind="markdown")


def build_store(
    home: Path, settings: Settings, corpus: list[CorpusDocument], target: int, log: Callable[[str], None]
) -> dict:
    """A library under `home` with at least `target` clauses, built once and cached.

    Resumable: documents already stored are skipped by the product's own same-text check.
    """
    marker = home / "store.json"
    if marker.is_file():
        info = json.loads(marker.read_text())
        if info.get("target") == target:
            return info
        shutil.rmtree(home)
    assistant = Assistant(Settings.from_env(**{**_settings_dict(settings), "home": home}))
    started = time.perf_counter()
    embedded = 0
    last_report = 0.0
    for name, text in synthetic_documents(corpus):
        count = assistant.library.clause_count()
        if count >= target:
            break
        result = assistant.add_text(text, name=name)
        embedded += result.embedded
        if time.perf_counter() - last_report > 30:
            last_report = time.perf_counter()
            log(f"  store {target}: {count} clauses so far ({embedded} embedded, {last_report - started:.0f} s)")
    info = {
        "target": target,
        "clauses": assistant.library.clause_count(),
        "documents": len({v.name for v in assistant.documents()}),
        "embedded_this_build": embedded,
        "build_s": round(time.perf_counter() - started, 1),
    }
    marker.write_text(json.dumps(info))
    return info


def _settings_dict(settings: Settings) -> dict:
    return {k: getattr(settings, k) for k in settings.__dataclass_fields__}
