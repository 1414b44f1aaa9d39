"""Real back-end servers for the scale-out tests: `chroma run` and llama-cpp-python's
OpenAI-compatible server, each a subprocess on a free loopback port."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from assistant.privacy import OFFLINE_ENVIRONMENT
from tests.server import free_port


def chroma_executable() -> str:
    """The `chroma` CLI of this environment (installed with the chromadb package)."""
    beside = Path(sys.executable).with_name("chroma")
    found = str(beside) if beside.is_file() else shutil.which("chroma")
    if not found:
        raise RuntimeError("the chroma CLI (from the chromadb package) is not installed")
    return found


@contextmanager
def process(args: list[str], ready_url: str, log: Path, timeout_s: float) -> Iterator[subprocess.Popen]:
    """Start a server, wait until `ready_url` answers 200, stop it afterwards."""
    env = {**os.environ, **OFFLINE_ENVIRONMENT}
    with log.open("wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{args[0]} exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(ready_url, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{args[0]} did not start in {timeout_s:.0f} s:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def chroma_server(path: Path) -> Iterator[str]:
    """`chroma run --path PATH --port N` on 127.0.0.1; yields http://127.0.0.1:N."""
    port = free_port()
    args = [chroma_executable(), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    with process(args, f"{url}/api/v2/heartbeat", path.with_name(path.name + ".log"), 60):
        yield url


@contextmanager
def model_server(model: Path, threads: int, log: Path, context_tokens: int = 4096) -> Iterator[str]:
    """`python -m llama_cpp.server --model FILE` on 127.0.0.1; yields its http://…/v1 base URL."""
    port = free_port()
    args = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(context_tokens),
        "--n_threads",
        str(threads),
        "--n_threads_batch",
        str(threads),
        # Several API workers share this server: by default it cuts a streamed reply short when
        # another request arrives (a worker reading its worked examples at start, say).
        "--interrupt_requests",
        "False",
    ]
    url = f"http://127.0.0.1:{port}/v1"
    with process(args, f"{url}/models", log, 300):
        yield url
