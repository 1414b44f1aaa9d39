"""One settings object for the whole assistant: defaults, then environment, then flags.

Every tunable number lives here so that the CLI, the API and the UI agree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "TERMS_ASSISTANT_"


def _default_home() -> Path:
    """The project checkout when run from one (so `index/` and `models/` sit beside the code),
    else a per-user data folder."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "assistant").is_dir():
        return checkout
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "terms-assistant"


@dataclass(frozen=True)
class Settings:
    """Where things live and how the pipeline behaves.

    Each field can be set from the environment as TERMS_ASSISTANT_<FIELD> (upper case),
    e.g. TERMS_ASSISTANT_HOME=/srv/terms or TERMS_ASSISTANT_TOP_K=8.
    """

    home: Path = field(default_factory=_default_home)
    # Empty means "<home>/index" and "<home>/models".
    index_dir: Path | None = None
    models_dir: Path | None = None
    # A GGUF file to use instead of the default model.
    model: Path | None = None
    # The labelled sets for `eval` (empty means "<home>/../shared/data/benchmarks").
    benchmarks_dir: Path | None = None

    # Retrieval and clause sizes. The embedding model reads about 256 word pieces,
    # so clauses are cut near 180 words to keep every word inside its window.
    top_k: int = 4
    # Below this cosine similarity the best clause is unrelated to the question, so the
    # model is not asked at all and the answer is "not addressed".
    min_similarity: float = 0.15
    # "hybrid" fuses dense (Chroma) and lexical (BM25) rankings; "dense" or "lexical" use one.
    retrieval: str = "hybrid"
    # How the two rankings are fused: "zscore" adds their standardised scores with equal weights;
    # "rrf" is reciprocal rank fusion with constant rrf_k (60, the original paper's value).
    fusion: str = "zscore"
    rrf_k: int = 60
    # Clauses whose similarity is this far below the best clause's are not given to the model.
    relative_floor: float = 0.25
    # A kept clause longer than this many words is trimmed to its most relevant sentences; the
    # best-ranked clause gets a larger allowance (by default all of it: clauses are at most
    # max_clause_words long), as it is the one most likely to decide and its exceptions matter.
    evidence_words: int = 90
    top_evidence_words: int = 180
    # Bring in the definitions of terms the evidence uses, and clauses that qualify it.
    link_definitions: bool = True
    link_overrides: bool = True
    max_linked: int = 3
    max_clause_words: int = 180
    embed_batch_size: int = 32
    # "onnx": ONNX Runtime on a copy of the embedding model exported once into models/ (about 2x
    # faster on a CPU, same vectors); "torch": sentence-transformers on PyTorch.
    embed_backend: str = "onnx"

    # Versions and changes. Two clauses of different versions are the same clause when their
    # word sequences are at least this similar (a shared section number counts +0.1).
    diff_match_threshold: float = 0.5
    # How many changed clauses (old and new text each) a question about changes gives the model.
    change_top_k: int = 4
    # Added to a change's similarity when it touches a topic the question names (assistant/topics.py).
    change_topic_boost: float = 0.25

    # Generation. A 4k context holds the question, the clauses and the answer with room to spare.
    context_tokens: int = 4096
    max_answer_tokens: int = 80
    # How yes is told from no (assistant/verdict.py): yes when the model's yes/no log-odds plus
    # pick_weight for its own yes (minus for its no) reach answer_threshold. Fitted on both dev sets
    # together by `python -m assistant.eval --calibrate` (README, "Answer quality"); anything from
    # -0.5 to 0 reads both dev sets within two questions of it.
    answer_threshold: float = -0.25
    pick_weight: float = 0.0
    # A word the question names and no document uses counts as absent from the excerpts when the
    # model's "do they mention it?" yes/no log-odds fall below this (the answer is then not_addressed).
    # The model is unsure about such words (log-odds near 0), so it must lean to "mentioned" to go on:
    # 0.2 rather than 0 finds 4 more of ContractNLI's 48 unaddressed hypotheses among 100 (1 answered
    # one is lost) and costs 2 of 108 consumer-contracts answers, whose questions often paraphrase
    # the excerpt.
    presence_threshold: float = 0.2
    # A verdict that hangs on a yes/no score less than this far from answer_threshold has "low"
    # confidence, the rest "high" (assistant/verdict.py). At 2.0, on the dev sets: high is right
    # 0.79 (19 of 100 consumer-contracts answers) and 0.80 (20 of 76 ContractNLI ones), low 0.65
    # and 0.41.
    confidence_margin: float = 2.0
    # Write the plain-English sentence with the model (else a short template names the section).
    explain: bool = True
    temperature: float = 0.0
    threads: int = 0  # 0 = all cores
    seed: int = 42

    # Serving (API and UI). Binding anything but loopback requires api_token.
    host: str = "127.0.0.1"
    port: int = 7860
    api_token: str = ""
    cors_origins: str = ""  # comma-separated origins allowed to call the API (a help portal)
    # Questions admitted at once: one generating, the rest waiting for the model. Past that, "busy".
    ask_capacity: int = 8
    retry_after_s: int = 15
    # Red flags: embed a sentence only when its clause's stored vector scores at least this
    # share of a category's threshold (0 embeds every sentence with a cue word: about twice
    # the time, and on Zoom's, Google's and GitHub's terms 1 more flagged clause in 73).
    flags_prefilter: float = 0.3

    # Scale-out. Empty means in-process: the embedded Chroma store under index/ and the GGUF
    # loaded here. chroma_url ("http://host:port") uses a `chroma run` server instead; llm_url
    # ("http://host:port/v1") sends generation to an OpenAI-compatible server (llama.cpp, vLLM, Ollama).
    chroma_url: str = ""
    llm_url: str = ""
    # The model name sent to the server; empty asks the server which one it serves (GET /models).
    llm_model: str = ""
    llm_timeout_s: float = 300.0

    # Input limits: larger files are refused with a clear message instead of exhausting memory.
    max_file_bytes: int = 50 * 1024 * 1024
    max_question_chars: int = 2000

    @property
    def index_path(self) -> Path:
        return Path(self.index_dir) if self.index_dir else Path(self.home) / "index"

    @property
    def cache_path(self) -> Path:
        """Where states worth keeping between runs go (the model's reading of its fixed prompt opening)."""
        return Path(self.home) / "cache"

    @property
    def models_path(self) -> Path:
        return Path(self.models_dir) if self.models_dir else Path(self.home) / "models"

    @property
    def allowed_origins(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    @property
    def benchmarks_path(self) -> Path:
        """The labelled sets `eval` runs: the shared data beside the checkout unless set."""
        return Path(self.benchmarks_dir) if self.benchmarks_dir else Path(self.home).parent / "shared/data/benchmarks"

    @property
    def thread_count(self) -> int:
        return self.threads or os.cpu_count() or 1

    def to_env(self) -> dict[str, str]:
        """The TERMS_ASSISTANT_* variables that recreate these settings in another process
        (API workers started by `serve --workers`). Every field is written, so a flag that set a
        field back to its default still beats a variable already in the environment."""
        values = ((f.name, getattr(self, f.name)) for f in fields(self))
        return {ENV_PREFIX + name.upper(): str(value) for name, value in values if value is not None}

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, overridden by TERMS_ASSISTANT_* variables, overridden by `overrides`
        (CLI flags; None values are ignored)."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw not in (None, ""):
                values[f.name] = _coerce(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        return replace(settings, home=Path(settings.home).expanduser())


def _coerce(name: str, raw: str) -> Any:
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        return raw.lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, str):
        return raw
    return Path(raw).expanduser()
