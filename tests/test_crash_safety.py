"""A document is fully there or not there at all, whatever moment `add` is killed at; readers
see a consistent library while a document is being added; removal leaves no copy behind."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.core import SAMPLE_DOCUMENT, Assistant
from assistant.retrieve import resolve_scope, retrieve
from assistant.settings import Settings
from assistant.store import Library
from tests.conftest import ROOT


def _big_document(shared_terms: Path, path: Path) -> Path:
    """A long terms file (several real documents one after another): thousands of clauses."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(shared_terms.glob("*/*.md"))[-12:]]
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def _consistent(library: Library) -> None:
    """Every ready version has exactly its clauses, each with a vector, and nothing else is stored."""
    total = 0
    for v in library.documents():
        clauses = library.clauses(v.name, v.version)
        assert len(clauses) == v.clause_count > 0
        total += len(clauses)
    assert library.clause_count() == total, "vectors of a version that is not (fully) there"
    with sqlite3.connect(library.index_dir / "library.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM versions WHERE state != 'ready'").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM clauses").fetchone()[0] == total


def _pending(index: Path) -> bool:
    try:
        with sqlite3.connect(index / "library.sqlite3", timeout=0.2) as db:
            return bool(db.execute("SELECT count(*) FROM versions WHERE state = 'pending'").fetchone()[0])
    except sqlite3.Error:
        return False


@pytest.mark.parametrize("moment", ["while-storing", "early"])
def test_kill_during_add_leaves_all_or_nothing(
    moment: str, tmp_path: Path, models_dir: Path, shared_terms: Path
) -> None:
    home = tmp_path / "home"
    big = _big_document(shared_terms, tmp_path / "big.md")
    env = {**os.environ, "TERMS_ASSISTANT_HOME": str(home), "TERMS_ASSISTANT_MODELS_DIR": str(models_dir)}
    cmd = [sys.executable, "-c", "from assistant.cli import main; main()", "add", str(big), "--name", "big"]
    process = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    index = home / "index"
    deadline = time.monotonic() + 600
    if moment == "while-storing":
        # Kill in the middle of the write: the version row is pending, vectors are going in.
        while not _pending(index):
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.01)
    else:
        time.sleep(3)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)

    library = Library(index)  # a restart: finishes or undoes what the kill interrupted
    assert library.documents() == [] or [v.name for v in library.documents()] == ["big"]
    _consistent(library)

    # And the same add afterwards completes normally.
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    library = Library(index)
    assert [v.name for v in library.documents()] == ["big"]
    _consistent(library)


def test_questions_during_an_add_see_a_consistent_library(tmp_path: Path, models_dir: Path, shared_terms: Path) -> None:
    assistant = Assistant(Settings.from_env(home=tmp_path, models_dir=models_dir))
    assistant.add_sample()
    big = _big_document(shared_terms, tmp_path / "big.md")
    errors: list[BaseException] = []

    def add() -> None:
        try:
            assistant.add(big, name="big")
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    writer = threading.Thread(target=add)
    writer.start()
    seen = 0
    while writer.is_alive():
        scope = resolve_scope(assistant.library)
        hits = retrieve(assistant.library, assistant.embedder, "Can they train AI on my video?", scope, 5)
        names = {v.name for v in scope}
        assert hits and all(h.clause.document in names for h in hits)
        for h in hits:
            assert (
                h.clause.text
                == assistant.library.text(h.clause.document, h.clause.version)[h.clause.start : h.clause.end]
            )
        seen += 1
    writer.join()
    assert not errors, errors
    assert seen > 0
    assert {v.name for v in assistant.documents()} == {SAMPLE_DOCUMENT, "big"}
    _consistent(assistant.library)


def test_removal_leaves_no_copy_in_the_index_files(tmp_path: Path, models_dir: Path) -> None:
    marker = "zebra-quokka-55417"
    doc = tmp_path / "marked.md"
    doc.write_text(f"# Marked\n\n## 1. Data\n\n**1.1 Keeping.** We keep the {marker} records for ten years.\n")
    assistant = Assistant(Settings.from_env(home=tmp_path / "home", models_dir=models_dir))
    assistant.add_sample()
    assistant.add(doc, name="marked")
    index = assistant.settings.index_path

    def files_with_marker() -> list[Path]:
        return [p for p in index.rglob("*") if p.is_file() and marker.encode() in p.read_bytes()]

    assert files_with_marker(), "the marker should be stored before removal"
    assistant.remove("marked")
    assert files_with_marker() == []
    _consistent(assistant.library)


def test_a_starting_worker_leaves_another_workers_unfinished_add_alone(tmp_path: Path) -> None:
    """`serve --workers N` opens the library in several processes: one that starts while another
    is adding a document must not take that add for a crash; a dead writer's add is undone."""
    index = tmp_path / "index"
    Library(index)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # reaped: its pid names no process now
    with sqlite3.connect(index / "library.sqlite3") as db:
        for name, pid in (("live", os.getpid()), ("dead", dead.pid)):
            db.execute(
                "INSERT INTO versions VALUES (?, 'v1', 'pending', 'sha', 'src', 'text', NULL, 'now', 0, 'x', '[]')",
                (name,),
            )
            db.execute(
                "INSERT INTO writers VALUES (?, 'v1', ?, ?, ?)",
                (name, socket.gethostname(), pid, dt.datetime.now(dt.UTC).isoformat()),
            )
    Library(index)  # a second worker starts
    with sqlite3.connect(index / "library.sqlite3") as db:
        left = [row[0] for row in db.execute("SELECT name FROM versions WHERE state = 'pending'")]
    assert left == ["live"]
