"""Shared fixtures: one real embedding model, one real Chroma store and one real GGUF
model per test session (loading them is the slow part)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from assistant.clauses import Clause
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.store import StoredClause

ROOT = Path(__file__).resolve().parent.parent
SHARED_TERMS = ROOT.parent / "shared" / "data" / "terms"
ZOOM = SHARED_TERMS / "zoom-terms-of-service"
ZOOM_2023_08_07 = ZOOM / "2023-08-07_99ab2d06d.md"


def require_shared() -> Path:
    """The shared terms corpus; CI always has it, elsewhere its absence skips the test."""
    if SHARED_TERMS.is_dir():
        return SHARED_TERMS
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide the shared terms corpus at {SHARED_TERMS}")
    pytest.skip(f"shared terms corpus not found at {SHARED_TERMS} (it sits beside the checkout in CI)")


@pytest.fixture(scope="session")
def shared_terms() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def models_dir() -> Path:
    """The project's models/ folder, so the default model is assembled once, not per test."""
    return ROOT / "models"


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="session")
def settings(home: Path, models_dir: Path) -> Settings:
    return Settings.from_env(home=home, models_dir=models_dir)


@pytest.fixture(scope="session")
def env(home: Path, models_dir: Path) -> dict[str, str]:
    """Environment for running the CLI in a subprocess against the session's library."""
    return {
        **os.environ,
        "TERMS_ASSISTANT_HOME": str(home),
        "TERMS_ASSISTANT_MODELS_DIR": str(models_dir),
    }


@pytest.fixture(scope="session")
def assistant(settings: Settings) -> Assistant:
    return Assistant(settings)


@pytest.fixture()
def fresh_assistant(tmp_path: Path, models_dir: Path) -> Assistant:
    """An assistant over an empty library of its own (the models are still shared)."""
    return Assistant(Settings.from_env(home=tmp_path, models_dir=models_dir))


@pytest.fixture(scope="session")
def zoom(assistant: Assistant, shared_terms: Path) -> Assistant:
    """The session's assistant with Zoom's terms of 7 August 2023 added as `zoom-terms-of-service`
    (`shared_terms` skips the test where ../shared is absent)."""
    assistant.add(ZOOM_2023_08_07, name="zoom-terms-of-service", version="2023-08-07")
    return assistant


def stored_clauses(clauses: Sequence[Clause], version: str = "v", document: str = "doc") -> list[StoredClause]:
    """Split clauses as the library would hand them back, for tests that need no store."""
    return [
        StoredClause(
            f"{version}-{c.ordinal}",
            document,
            version,
            c.section,
            c.heading,
            c.heading_path_text,
            c.page,
            c.start,
            c.end,
            c.ordinal,
            c.text,
        )
        for c in clauses
    ]
