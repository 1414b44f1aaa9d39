"""Nothing leaves the machine: add and ask run with no network, and nothing even tries."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

OFFLINE_MARKERS = (
    "HF_HUB_OFFLINE",
    "TRANSFORMERS_OFFLINE",
    "ANONYMIZED_TELEMETRY",
    "HF_HUB_DISABLE_TELEMETRY",
)


def _network_namespace_available() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


def test_add_and_ask_without_network(tmp_path: Path, models_dir: Path, shared_terms: Path) -> None:
    log = tmp_path / "network-attempts.log"
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_MARKERS}
    # Even a user who asks for online mode gets offline mode: the package forces it.
    env.update(
        HF_HUB_OFFLINE="0",
        TERMS_ASSISTANT_HOME=str(tmp_path / "home"),
        TERMS_ASSISTANT_MODELS_DIR=str(models_dir),
        PYTHONPATH=str(ROOT),
    )
    # A network namespace with only loopback proves it works offline; the socket guard
    # proves nothing tried to connect. Without namespaces (unprivileged), the guard alone.
    prefix = ["unshare", "-n"] if _network_namespace_available() else []
    base = [*prefix, sys.executable, "-m", "tests.no_network", str(log)]
    zoom = shared_terms / "zoom-terms-of-service" / "2023-07-28_0c3e673eb.md"

    added = subprocess.run(
        [*base, "add", str(zoom), "--name", "zoom", "--json"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["added"][0]["clauses"] > 100

    asked = subprocess.run([*base, "demo", "--json"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["citations"], answer

    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"something tried to reach the network:\n{attempts}"
