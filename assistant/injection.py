"""Text inside a document that speaks to the assistant instead of to the reader.

Terms are written for people. A paragraph that tells "the assistant" what to answer, asks it
to ignore its instructions, or carries chat-template control tokens is an attempt to steer the
model: it stays in the library (and is shown as text), but it is never given to the model as
evidence. Control tokens are also defused in every prompt (assistant.llm.defuse).
"""

from __future__ import annotations

import re

_ADDRESSES_THE_MODEL = re.compile(
    r"\bignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\s+"
    r"(?:instructions?|prompts?|messages?|rules?)"
    r"|<\|[a-z_]{2,20}\|>|\[/?INST\]|<</?SYS>>"
    r"|\b(?:the|this|any)\s+(?:ai|a\.i\.|assistant|language\s+model|llm|chat\s?bot|model)\b[^.\n]{0,40}?"
    r"\b(?:must|should|shall|will|is\s+to)\s+(?:always\s+)?(?:say|answer|respond|reply|state|tell|claim|output)"
    r"|\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+)?(?:ai|assistant|language\s+model|llm|model)\b"
    r"|^\s*(?:system|assistant)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def addresses_the_model(text: str) -> bool:
    """True when `text` reads as instructions to an AI assistant rather than terms for a person."""
    return _ADDRESSES_THE_MODEL.search(text) is not None


_PIECES = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def strip_instructions(text: str) -> str:
    """`text` without the lines or sentences that address the model (what the model may read)."""
    kept_lines = []
    for line in _PIECES.findall(text):
        if not addresses_the_model(line):
            kept_lines.append(line)
            continue
        kept = [s for s in _SENTENCE.findall(line) if s.strip() and not addresses_the_model(s)]
        if kept:
            kept_lines.append("".join(kept).strip())
    return "\n".join(kept_lines)
