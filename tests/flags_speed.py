"""Time the red-flags report on Zoom's terms of 2023-08-07, and what the prefilter costs.

    PYTHONPATH=. python -m tests.flags_speed

Adds the document to a temporary library, then flags it three times with an empty sentence
cache (the best and median wall time, and the process's CPU time, are printed: on a shared
machine the CPU time says more), and once without the prefilter to count the flagged clauses
it would have added.
"""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from assistant import flags
from assistant.core import Assistant
from assistant.settings import Settings
from tests.conftest import ROOT, SHARED_TERMS

DOCUMENTS = {
    "zoom-terms-of-service": "zoom-terms-of-service/2023-08-07_99ab2d06d.md",
    "google-terms-of-service": "google-terms-of-service/2024-05-22_fc4bbd876.md",
    "github-terms-of-service": "github-terms-of-service/2026-07-25_77a83311f.md",
}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _flagged(report: flags.FlagReport) -> set[tuple[str, int]]:
    return {(c.key, clause.start) for c in report.categories for clause in c.clauses}


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        assistant = Assistant(Settings.from_env(home=Path(home), models_dir=ROOT / "models"))
        for name, file in DOCUMENTS.items():
            assistant.add(SHARED_TERMS / file, name=name)
        assistant.embedder.embed(["warm up"])
        walls, cpus = [], []
        for _ in range(3):
            flags._cache = flags._EmbeddingCache()
            cpu = _cpu()
            started = time.perf_counter()
            report = assistant.flags("zoom-terms-of-service")
            walls.append(time.perf_counter() - started)
            cpus.append(_cpu() - cpu)
        clauses = len(assistant.library.clauses("zoom-terms-of-service", report.version))
        print(
            f"Zoom {report.version} ({clauses} clauses): best {min(walls):.2f} s, "
            f"median {statistics.median(walls):.2f} s wall; median {statistics.median(cpus):.2f} s CPU; "
            f"{report.summary}"
        )
        with_prefilter, without = 0, 0
        for name in DOCUMENTS:
            fast = _flagged(assistant.flags(name))
            full_assistant = Assistant(replace(assistant.settings, flags_prefilter=0.0))
            full = _flagged(full_assistant.flags(name))
            with_prefilter += len(fast & full)
            without += len(full)
        names = ", ".join(DOCUMENTS)
        print(f"Prefilter keeps {with_prefilter} of the {without} flagged clauses found without it ({names})")


if __name__ == "__main__":
    main()
