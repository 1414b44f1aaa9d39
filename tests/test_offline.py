"""Nothing leaves the machine: add, ask, the API and the UI all work with no network, and
nothing even tries to reach one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.privacy import OFFLINE_ENVIRONMENT
from tests.conftest import ROOT


def _network_namespace_available() -> bool:
    if not shutil.which("unshare") or not shutil.which("ip"):
        return False
    probe = subprocess.run(["unshare", "-n", "ip", "link", "set", "lo", "up"], capture_output=True)
    return probe.returncode == 0


def test_the_whole_product_runs_without_network(tmp_path: Path, models_dir: Path, shared_terms: Path) -> None:
    if not Path("/usr/bin/chromium").exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (see .ci/run)")
        pytest.skip("headless Chromium is not installed (apt-get install chromium)")
    log = tmp_path / "network-attempts.log"
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_ENVIRONMENT}
    # Even a user who asks for online mode gets offline mode: the package forces it.
    env.update(HF_HUB_OFFLINE="0", TERMS_ASSISTANT_MODELS_DIR=str(models_dir), PYTHONPATH=str(ROOT))
    terms = shared_terms / "zoom-terms-of-service" / "2023-07-28_0c3e673eb.md"
    session = [sys.executable, "-m", "tests.offline_session", str(log), str(tmp_path / "home"), str(terms)]
    if _network_namespace_available():
        # Only loopback exists in here: anything that needed the internet would fail.
        command = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "offline", *session]
    else:
        # Without namespaces (unprivileged), the in-process guard alone refuses and records connections.
        command = session
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["add"] > 100
    assert summary["ask_citations"] >= 1
    assert summary["api_status"] == 200 and summary["api_citations"] >= 1
    assert summary["ui_loaded"] is True
    assert summary["ui_external_requests"] == [], summary["ui_external_requests"]
    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"something tried to reach the network:\n{attempts}"
