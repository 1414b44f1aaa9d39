"""50 questions at once on the loopback API: each gets an answer or a clean 503, none hangs,
nothing is lost and the server stays up. Bounded in count and time."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from assistant.core import SAMPLE_DOCUMENT, SAMPLE_QUESTION, Assistant
from assistant.settings import Settings
from tests.server import live_server

REQUESTS = 50
BOUND_S = 600  # no request may take longer than this, even the queued ones
# The burst may not grow the server's memory by more than this (it runs in this process, next to
# whatever earlier tests loaded, so growth is what can be measured, not the server's total).
GROWTH_BOUND_MB = 1024


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def test_fifty_concurrent_questions(tmp_path: Path, models_dir: Path) -> None:
    # Two admitted at a time (one generating, one waiting) keeps the test short; the rest must be turned away.
    settings = Settings.from_env(home=tmp_path, models_dir=models_dir, ask_capacity=2, max_answer_tokens=120)
    assistant = Assistant(settings)
    assistant.add_sample()
    with live_server(assistant) as base, httpx.Client(base_url=base, timeout=BOUND_S) as client:
        assert client.post("/v1/ask", json={"question": SAMPLE_QUESTION, "documents": [SAMPLE_DOCUMENT]}).is_success
        baseline = _rss_mb()  # models loaded and warm
        peak = [baseline]
        sampling = threading.Event()

        def sample() -> None:
            while not sampling.wait(0.2):
                peak[0] = max(peak[0], _rss_mb())

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()

        def ask(i: int) -> tuple[int, float, httpx.Response]:
            started = time.perf_counter()
            response = client.post("/v1/ask", json={"question": SAMPLE_QUESTION, "documents": [SAMPLE_DOCUMENT]})
            return i, time.perf_counter() - started, response

        with ThreadPoolExecutor(max_workers=REQUESTS) as pool:
            results = list(pool.map(ask, range(REQUESTS)))
        sampling.set()
        sampler.join()

        assert len(results) == REQUESTS
        answered = [r for _, _, r in results if r.status_code == 200]
        rejected = [r for _, _, r in results if r.status_code == 503]
        assert len(answered) + len(rejected) == REQUESTS, {r.status_code for _, _, r in results}
        assert 1 <= len(answered) <= REQUESTS
        for response in answered:
            body = response.json()
            assert body["verdict"] in {"yes", "no", "conditional", "not_addressed"}
        for response in rejected:
            assert int(response.headers["retry-after"]) > 0 and "busy" in response.json()["error"]
        assert max(seconds for _, seconds, _ in results) < BOUND_S
        assert client.get("/healthz").status_code == 200
        # Once the queue drains, questions are admitted again.
        again = client.post(
            "/v1/ask", json={"question": "Is there a clause about pizza?", "documents": [SAMPLE_DOCUMENT]}
        )
        assert again.status_code == 200
    growth = peak[0] - baseline
    print(
        f"\nload: {len(answered)} answered, {len(rejected)} turned away with 503; "
        f"RSS {baseline:.0f} MB before the burst, peak {peak[0]:.0f} MB (+{growth:.0f} MB)"
    )
    assert growth < GROWTH_BOUND_MB
