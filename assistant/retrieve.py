"""Find the clauses closest to a question within chosen documents and versions."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.embed import Embedder
from assistant.injection import strip_instructions
from assistant.store import DocumentVersion, Library, ScoredClause

# Fetch a few more than asked so that repeated boilerplate can be dropped without coming up short.
OVERFETCH = 3


def embedding_text(heading_path: str, text: str) -> str:
    """What gets embedded for a clause: its headings give short clauses their topic."""
    # Sentences addressed to the model are not embedded either: they must not move a clause up.
    text = strip_instructions(text)
    return f"{heading_path}\n{text}" if heading_path else text


def resolve_scope(
    library: Library, documents: Sequence[str] | None = None, version: str | None = None
) -> list[DocumentVersion]:
    """The versions a question is asked of: the named documents (default: all), newest version
    of each unless `version` names one (which then applies to every named document)."""
    names = list(dict.fromkeys(documents)) if documents else sorted({v.name for v in library.documents()})
    return [library.version(name, version) for name in names]


def retrieve(
    library: Library, embedder: Embedder, question: str, scope: Sequence[DocumentVersion], k: int
) -> list[ScoredClause]:
    """The k most similar clauses in scope, best first, without repeating the same text."""
    vector = embedder.embed([question])[0]
    hits = library.query(vector, scope, k * OVERFETCH)
    seen: set[tuple[str, str]] = set()
    unique: list[ScoredClause] = []
    for hit in hits:
        if not strip_instructions(hit.clause.text).strip():
            continue  # nothing but instructions to the model (assistant/injection.py)
        key = (hit.clause.document, " ".join(hit.clause.text.split()))
        if key in seen:
            continue
        seen.add(key)
        unique.append(hit)
    return unique[:k]
