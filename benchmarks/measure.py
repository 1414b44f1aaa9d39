"""Small measuring tools: percentiles, peak memory of a child process, free ports."""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Latency:
    p50_ms: float
    p95_ms: float
    mean_ms: float
    n: int

    @classmethod
    def of(cls, seconds: list[float]) -> Latency:
        ms = np.asarray(seconds) * 1000
        return cls(
            round(float(np.percentile(ms, 50)), 2),
            round(float(np.percentile(ms, 95)), 2),
            round(float(ms.mean()), 2),
            len(seconds),
        )


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def run_to_end(args: list[str], env: dict[str, str], cwd: Path, timeout_s: float) -> tuple[int, str]:
    """Run a command to the end; (exit status, the tail of its output)."""
    with tempfile.TemporaryFile() as output:
        try:
            status = subprocess.run(args, env=env, cwd=cwd, stdout=output, stderr=subprocess.STDOUT, timeout=timeout_s)
            code = status.returncode
        except subprocess.TimeoutExpired:
            code = -1
        output.seek(0)
        return code, output.read().decode("utf-8", "replace")[-2000:]


def peak_rss_bytes(pid: int) -> int:
    """VmHWM of a running process: the most resident memory it has had so far."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]
