"""The local library: document versions and clauses in SQLite, clause vectors in Chroma.

SQLite is the source of truth for which versions exist. A version is written in
three steps: a `pending` row with its clauses, their vectors in Chroma, then the row
marked `ready`. Readers only see `ready` rows, and opening the library finishes or
undoes any step a crash interrupted, so a document is either fully there or not at all.
Each unfinished step records its writer (host and process id): several API workers share one
library, and a worker that starts must not undo what a live one is still writing.

Chroma holds vectors and keys only, never document text: every word of a document
lives in SQLite, which overwrites deleted content (secure_delete) and truncates its
write-ahead log after a removal, so a removed document leaves no copy behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from assistant.clauses import Clause
from assistant.errors import NotFound, StoreUnavailable

COLLECTION = "clauses"
SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'ready', 'deleting')),
    sha256 TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    effective_date TEXT,
    added_at TEXT NOT NULL,
    clause_count INTEGER NOT NULL,
    text TEXT NOT NULL,
    page_starts TEXT NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE TABLE IF NOT EXISTS clauses (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    section TEXT,
    heading TEXT,
    heading_path TEXT NOT NULL,
    page INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text_sha TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clauses_by_version ON clauses (name, version, ordinal);
CREATE TABLE IF NOT EXISTS writers (
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    since TEXT NOT NULL,
    PRIMARY KEY (name, version)
);
"""
# An unfinished step by a process on another host (a shared TERMS_ASSISTANT_HOME) is taken for
# crashed once it is this old: its process cannot be checked from here.
FOREIGN_WRITER_TIMEOUT = dt.timedelta(hours=1)
CLAUSE_COLUMNS = 'id, name, version, section, heading, heading_path, page, start, "end", ordinal'
# Versions whose text stays in memory for building quotes (each is a few hundred KB at most).
TEXT_CACHE_SIZE = 64


@dataclass(frozen=True)
class DocumentVersion:
    """One stored version of a named document."""

    name: str
    version: str
    sha256: str
    source: str
    kind: str
    effective_date: str | None
    added_at: str
    clause_count: int

    @property
    def key(self) -> str:
        return doc_version_key(self.name, self.version)

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.effective_date or self.version, self.added_at)


@dataclass(frozen=True)
class StoredClause:
    """A clause as stored: where it sits in which version of which document."""

    id: str
    document: str
    version: str
    section: str | None
    heading: str | None
    heading_path: str
    page: int | None
    start: int
    end: int
    ordinal: int
    text: str


@dataclass(frozen=True)
class ScoredClause:
    clause: StoredClause
    score: float  # cosine similarity, higher is closer


def doc_version_key(name: str, version: str) -> str:
    return f"{name}@{version}"


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clause_id(name: str, version: str, ordinal: int) -> str:
    stem = hashlib.sha1(doc_version_key(name, version).encode("utf-8")).hexdigest()[:12]
    return f"{stem}-{ordinal:05d}"


class Library:
    """Documents, versions and clause vectors under one index folder."""

    def __init__(self, index_dir: Path, chroma_url: str = "") -> None:
        self.index_dir = Path(index_dir)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self._db_path = self.index_dir / "library.sqlite3"
        self._lock = threading.RLock()
        self._texts: dict[tuple[str, str], str] = {}
        with self._transaction() as db:
            db.executescript(SCHEMA)
        self._collection = _open_collection(self.index_dir / "chroma", chroma_url)
        self._recover()

    # -- reading ---------------------------------------------------------
    def documents(self) -> list[DocumentVersion]:
        """Every ready version, grouped by name, oldest version first."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT name, version, sha256, source, kind, effective_date, added_at, clause_count "
                "FROM versions WHERE state = 'ready'"
            ).fetchall()
        versions = [DocumentVersion(*row) for row in rows]
        return sorted(versions, key=lambda v: (v.name, v.sort_key))

    def versions(self, name: str) -> list[DocumentVersion]:
        found = [v for v in self.documents() if v.name == name]
        if not found:
            raise NotFound(self._unknown_document_message(name))
        return found

    def version(self, name: str, version: str | None = None) -> DocumentVersion:
        """One version of a document; the newest when `version` is None."""
        versions = self.versions(name)
        if version is None:
            return versions[-1]
        for v in versions:
            if v.version == version:
                return v
        known = ", ".join(v.version for v in versions)
        raise NotFound(f"{name} has no version {version!r}; it has: {known}")

    def find_same_text(self, name: str, sha256: str) -> DocumentVersion | None:
        return next((v for v in self.documents() if v.name == name and v.sha256 == sha256), None)

    def text(self, name: str, version: str) -> str:
        """The stored text of a version: every clause and quote is a slice of it."""
        key = (name, version)
        cached = self._texts.get(key)
        if cached is not None:
            return cached
        with closing(self._connect()) as db:
            row = db.execute(
                "SELECT text FROM versions WHERE name = ? AND version = ? AND state = 'ready'",
                (name, version),
            ).fetchone()
        if row is None:
            raise NotFound(f"{name} has no version {version!r}")
        if len(self._texts) >= TEXT_CACHE_SIZE:
            self._texts.pop(next(iter(self._texts)))
        self._texts[key] = row[0]
        return row[0]

    def clauses(self, name: str, version: str) -> list[StoredClause]:
        """Every clause of a version, in document order."""
        with closing(self._connect()) as db:
            rows = db.execute(
                f"SELECT {CLAUSE_COLUMNS} FROM clauses JOIN versions USING (name, version) "
                "WHERE name = ? AND version = ? AND state = 'ready' ORDER BY ordinal",
                (name, version),
            ).fetchall()
        return [self._stored(row) for row in rows]

    def clauses_by_id(self, ids: Sequence[str]) -> dict[str, StoredClause]:
        """Clauses of ready versions by id (ids of versions being added or removed are left out)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with closing(self._connect()) as db:
            rows = db.execute(
                f"SELECT {CLAUSE_COLUMNS} FROM clauses JOIN versions USING (name, version) "
                f"WHERE id IN ({marks}) AND state = 'ready'",
                list(ids),
            ).fetchall()
        return {row[0]: self._stored(row) for row in rows}

    def _stored(self, row: Sequence) -> StoredClause:
        clause_id_, name, version, section, heading, heading_path, page, start, end, ordinal = row
        return StoredClause(
            id=clause_id_,
            document=name,
            version=version,
            section=section,
            heading=heading,
            heading_path=heading_path,
            page=page,
            start=start,
            end=end,
            ordinal=ordinal,
            text=self.text(name, version)[start:end],
        )

    def known_embeddings(self, shas: Iterable[str]) -> dict[str, np.ndarray]:
        """Embeddings already stored for these clause texts (a new version mostly repeats the old one)."""
        wanted = sorted(set(shas))
        if not wanted:
            return {}
        found: dict[str, np.ndarray] = {}
        for batch_start in range(0, len(wanted), 500):
            batch = wanted[batch_start : batch_start + 500]
            got = self._collection.get(where={"text_sha": {"$in": batch}}, include=["embeddings", "metadatas"])
            for meta, vector in zip(got["metadatas"], got["embeddings"], strict=True):
                found.setdefault(str(meta["text_sha"]), np.asarray(vector, dtype=np.float32))
        return found

    def clause_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored embeddings of these clauses, by clause id (ids not stored are left out)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        got = self._collection.get(ids=wanted, include=["embeddings"])
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"], strict=True)}

    def query(self, vector: np.ndarray, scope: Sequence[DocumentVersion], k: int) -> list[ScoredClause]:
        """The k clauses nearest to `vector` within the given document versions."""
        if not scope or k <= 0:
            return []
        keys = [v.key for v in scope]
        where = {"doc_version": keys[0]} if len(keys) == 1 else {"doc_version": {"$in": keys}}
        got = self._collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=k,
            where=where,
            include=["distances"],
        )
        found = self.clauses_by_id(got["ids"][0])
        return [
            ScoredClause(found[i], 1.0 - float(dist))
            for i, dist in zip(got["ids"][0], got["distances"][0], strict=True)
            if i in found
        ]

    # -- writing ---------------------------------------------------------
    def add_version(
        self,
        meta: DocumentVersion,
        text: str,
        page_starts: Sequence[int],
        clauses: Sequence[Clause],
        embeddings: np.ndarray,
        embedded_texts: Sequence[str],
    ) -> None:
        """Store a version and its clauses atomically (see the module docstring)."""
        ids = [clause_id(meta.name, meta.version, c.ordinal) for c in clauses]
        shas = [text_sha(e) for e in embedded_texts]
        with self._lock:
            with self._transaction() as db:
                db.execute(
                    "INSERT INTO versions VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        meta.name,
                        meta.version,
                        meta.sha256,
                        meta.source,
                        meta.kind,
                        meta.effective_date,
                        meta.added_at,
                        len(clauses),
                        text,
                        json.dumps(list(page_starts)),
                    ),
                )
                _claim(db, meta.name, meta.version)
                db.executemany(
                    "INSERT INTO clauses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            i,
                            meta.name,
                            meta.version,
                            c.ordinal,
                            c.section,
                            c.heading,
                            c.heading_path_text,
                            c.page,
                            c.start,
                            c.end,
                            sha,
                        )
                        for i, c, sha in zip(ids, clauses, shas, strict=True)
                    ],
                )
            metadatas = [
                {"doc_version": meta.key, "text_sha": sha, "ordinal": c.ordinal}
                for c, sha in zip(clauses, shas, strict=True)
            ]
            for start in range(0, len(ids), 1000):
                end = start + 1000
                self._collection.upsert(
                    ids=ids[start:end], embeddings=embeddings[start:end], metadatas=metadatas[start:end]
                )
            with self._transaction() as db:
                db.execute(
                    "UPDATE versions SET state = 'ready' WHERE name = ? AND version = ?", (meta.name, meta.version)
                )
                db.execute("DELETE FROM writers WHERE name = ? AND version = ?", (meta.name, meta.version))

    def remove(self, name: str, version: str | None = None) -> list[DocumentVersion]:
        """Delete a version (or every version) of a document with all its clauses and vectors."""
        doomed = [self.version(name, version)] if version else self.versions(name)
        with self._lock:
            with self._transaction() as db:
                db.executemany(
                    "UPDATE versions SET state = 'deleting' WHERE name = ? AND version = ?",
                    [(v.name, v.version) for v in doomed],
                )
                for v in doomed:
                    _claim(db, v.name, v.version)
            for v in doomed:
                self._delete_version(v.name, v.version)
            self._scrub()
        return doomed

    def clause_count(self) -> int:
        return int(self._collection.count())

    # -- internals -------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._connect()
        try:
            with db:  # commits, or rolls back on error
                yield db
        finally:
            db.close()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self._db_path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        # Deleted rows are overwritten, not just unlinked: a removed document must not
        # linger in free pages of the file.
        db.execute("PRAGMA secure_delete=ON")
        return db

    def _delete_version(self, name: str, version: str) -> None:
        """Vectors first, then the rows: a crash in between leaves a 'deleting' row that
        the next start finishes."""
        self._collection.delete(where={"doc_version": doc_version_key(name, version)})
        with self._transaction() as db:
            db.execute("DELETE FROM clauses WHERE name = ? AND version = ?", (name, version))
            db.execute("DELETE FROM versions WHERE name = ? AND version = ?", (name, version))
            db.execute("DELETE FROM writers WHERE name = ? AND version = ?", (name, version))
        self._texts.pop((name, version), None)

    def _scrub(self) -> None:
        """Leave no copy of removed text in the database's write-ahead log."""
        with closing(self._connect()) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _recover(self) -> None:
        """Finish deletions and undo additions that a crash interrupted (those whose writer is gone)."""
        with closing(self._connect()) as db:
            unfinished = db.execute(
                "SELECT v.name, v.version, w.host, w.pid, w.since FROM versions v "
                "LEFT JOIN writers w ON w.name = v.name AND w.version = v.version WHERE v.state != 'ready'"
            ).fetchall()
        crashed = [(name, version) for name, version, *writer in unfinished if not _writer_alive(*writer)]
        for name, version in crashed:
            self._delete_version(name, version)
        if crashed:
            self._scrub()

    def _unknown_document_message(self, name: str) -> str:
        names = sorted({v.name for v in self.documents()})
        if not names:
            return f"No document named {name!r}: the library is empty (add one with `terms-assistant add FILE`)"
        return f"No document named {name!r}; known documents: {', '.join(names)}"


def _claim(db: sqlite3.Connection, name: str, version: str) -> None:
    """Record this process as the writer of an unfinished step on a version."""
    db.execute(
        "INSERT OR REPLACE INTO writers VALUES (?, ?, ?, ?, ?)",
        (name, version, socket.gethostname(), os.getpid(), dt.datetime.now(dt.UTC).isoformat()),
    )


def _writer_alive(host: str | None, pid: int | None, since: str | None) -> bool:
    """Whether the process that started an unfinished step may still be at it."""
    if host is None or pid is None or since is None:
        return False  # written before writers were recorded
    if host != socket.gethostname():
        return dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(since) < FOREIGN_WRITER_TIMEOUT
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    return True


def _open_collection(path: Path, chroma_url: str = ""):  # -> chromadb Collection
    """The clause collection: embedded under `path`, or on a `chroma run` server at `chroma_url`."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    if chroma_url:
        host, port, ssl = parse_chroma_url(chroma_url)
        try:
            client = chromadb.HttpClient(
                host=host, port=port, ssl=ssl, settings=ChromaSettings(anonymized_telemetry=False)
            )
        except ValueError as exc:  # chromadb says "Could not connect to a Chroma server"
            raise StoreUnavailable(
                f"Cannot reach the Chroma server at {chroma_url}: is `chroma run --path DIR --port {port}` running?"
            ) from exc
    else:
        client = chromadb.PersistentClient(
            path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        )
    # embedding_function=None: we always pass our own vectors; Chroma's default would
    # try to download an ONNX model.
    collection = client.get_or_create_collection(
        COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
    return _ServerCollection(collection, chroma_url) if chroma_url else collection


class _ServerCollection:
    """A collection on a Chroma server: losing the server mid-run is reported as StoreUnavailable
    (a one-line message, HTTP 503) instead of a raw connection error."""

    def __init__(self, collection: Any, url: str) -> None:
        self._collection = collection
        self._url = url

    def __getattr__(self, name: str) -> Any:
        import httpx

        attr = getattr(self._collection, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return attr(*args, **kwargs)
            except httpx.TransportError as exc:
                raise StoreUnavailable(f"Lost the connection to the Chroma server at {self._url}: {exc}") from exc

        return call


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """(host, port, ssl) of "http://host:port"; a missing port is Chroma's default 8000."""
    parsed = urlsplit(url if "//" in url else f"http://{url}")
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        raise StoreUnavailable(f"{url!r} is not a Chroma server address; use http://HOST:PORT")
    try:
        port = parsed.port or 8000
    except ValueError as exc:
        raise StoreUnavailable(f"{url!r} has an invalid port; use http://HOST:PORT") from exc
    return parsed.hostname, port, parsed.scheme == "https"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
