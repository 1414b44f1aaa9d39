"""The two embedding engines give the same vectors, so switching engines never needs a re-index."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.clauses import split_clauses
from assistant.embed import Embedder, load_embedder
from assistant.ingest import read_document
from assistant.retrieve import embedding_text
from tests.conftest import ZOOM_2023_08_07


def test_onnx_and_torch_embeddings_match_on_real_clauses(shared_terms: Path, models_dir: Path) -> None:
    extracted = read_document(ZOOM_2023_08_07, 50_000_000)
    clauses = split_clauses(extracted.text, extracted.page_starts, 180)
    texts = [embedding_text(c.heading_path_text, c.text) for c in clauses[:48]]

    onnx = load_embedder(32, "onnx", models_dir)
    # The models folder is writable here, so the fast engine must actually be the one in use.
    assert onnx.backend == "onnx"
    torch = Embedder(32, "torch")
    fast, reference = onnx.embed(texts), torch.embed(texts)
    assert fast.shape == reference.shape == (len(texts), 384)
    assert float(np.abs(fast - reference).max()) < 1e-4
    assert float((fast * reference).sum(axis=1).min()) > 0.9999
    # Batching and order do not change a text's vector.
    alone = onnx.embed([texts[5]])[0]
    assert float(np.abs(alone - fast[5]).max()) < 1e-4


def test_read_only_models_folder_falls_back_to_torch(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the models folder should be")
    embedder = Embedder(8, "onnx", blocked)
    assert embedder.backend == "torch"
    assert embedder.embed(["hello"]).shape == (1, 384)
