"""Start the chat UI: `python app.py`, then open http://127.0.0.1:7860/.

The bundled sample terms are indexed first, so there is something to ask at once.
Settings come from TERMS_ASSISTANT_* environment variables (see README).
"""

from assistant.api import serve
from assistant.core import SAMPLE_DOCUMENT, Assistant


def main() -> None:
    assistant = Assistant()
    assistant.add_sample()
    settings = assistant.settings
    print(f"Terms assistant: open http://{settings.host}:{settings.port}/ (sample: {SAMPLE_DOCUMENT}; Ctrl+C to stop)")
    serve(assistant)


if __name__ == "__main__":
    main()
