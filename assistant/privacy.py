"""Keep every library we depend on offline and silent.

Set before Hugging Face, Chroma or Gradio are imported: several of them read these
variables once, at import time.
"""

import os

# Values are strings because that is what the libraries read from the environment.
OFFLINE_ENVIRONMENT: dict[str, str] = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "ANONYMIZED_TELEMETRY": "False",  # Chroma
    "GRADIO_ANALYTICS_ENABLED": "False",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def enforce_offline() -> None:
    """Force offline, no-telemetry settings for every library the assistant uses.

    These are forced, not defaulted: a user's shell that says HF_HUB_OFFLINE=0 must not
    make the product reach a model hub.
    """
    os.environ.update(OFFLINE_ENVIRONMENT)
