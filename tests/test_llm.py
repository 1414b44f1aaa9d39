"""The local model's KV-cache reuse, on the real GGUF model."""

from __future__ import annotations

import math

import pytest

from assistant.core import Assistant
from assistant.llm import ChatMessage, LocalModel
from assistant.verdict import ANSWER_PROBE, EXAMPLE_MESSAGES, NO, SYSTEM_PROMPT, YES

pytestmark = pytest.mark.slow


def _ask(excerpt: str, question: str, examples: bool) -> list[ChatMessage]:
    opening = list(EXAMPLE_MESSAGES) if examples else [ChatMessage("system", SYSTEM_PROMPT)]
    user = f'Excerpts:\n\n[1] Meetly terms, section 3:\n"""\n{excerpt}\n"""\n\nQuestion: {question}\n\n{ANSWER_PROBE}'
    return [*opening, ChatMessage("user", user)]


def test_the_kept_opening_reads_the_same_as_reading_it_again(assistant: Assistant) -> None:
    model = assistant.model()
    if not isinstance(model, LocalModel):
        pytest.skip("the kept opening belongs to the in-process model")
    yes_no = {"yes": YES, "no": NO}
    with_examples = _ask("You may cancel your plan at any time from the billing page.", "Can I cancel?", True)
    without = _ask("We may change these terms with 30 days' notice.", "Can Meetly change the terms?", False)
    other = _ask("Refunds are not available for partial months.", "Can I get a refund for half a month?", True)

    # Start from an empty cache: llama.cpp's numbers move in the third decimal with how a prompt is
    # split into batches, so both readings below must read the examples the same way.
    _forget(model)
    model.choice_logprobs(with_examples, yes_no)  # reads the examples and keeps their state
    model.choice_logprobs(without, yes_no)  # the cache now holds a prompt without them
    restored = model.choice_logprobs(other, yes_no)  # the examples come back from the kept state

    _forget(model)  # read everything again
    fresh = model.choice_logprobs(other, yes_no)
    for choice in yes_no:
        assert math.isclose(restored[choice], fresh[choice], abs_tol=1e-3), (restored, fresh)


def _forget(model: LocalModel) -> None:
    model._opening = None
    model._llama.n_tokens = 0
