"""The default model, assembled from its pip-installed parts on first use."""

from __future__ import annotations

import threading
from pathlib import Path

from assistant.llm import DEFAULT_MODEL_FILE, DEFAULT_MODEL_SIZE, assemble_default_model


def test_two_threads_assembling_at_once_both_get_the_model(tmp_path: Path) -> None:
    # A fresh server's warm-up thread and its first question assemble at the same moment; they
    # shared one partial file and the question failed with a 500 (found running the README's
    # first command in a fresh clone).
    start = threading.Barrier(2)
    results: list[Path] = []
    errors: list[BaseException] = []

    def assemble() -> None:
        start.wait()
        try:
            results.append(assemble_default_model(tmp_path))
        except BaseException as exc:  # whatever a thread raised, reported below
            errors.append(exc)

    threads = [threading.Thread(target=assemble) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == [tmp_path / DEFAULT_MODEL_FILE] * 2
    assert (tmp_path / DEFAULT_MODEL_FILE).stat().st_size == DEFAULT_MODEL_SIZE
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
