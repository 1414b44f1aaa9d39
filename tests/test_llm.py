"""The local model's KV-cache reuse, on the real GGUF model."""

from __future__ import annotations

import math

import pytest

from assistant.core import Assistant
from assistant.llm import ChatMessage, LocalModel
from assistant.settings import Settings
from assistant.verdict import ANSWER_PROBE, EXAMPLE_MESSAGES, NO, SYSTEM_PROMPT, YES

pytestmark = pytest.mark.slow
YES_NO = {"yes": YES, "no": NO}


def _ask(excerpt: str, question: str, examples: bool) -> list[ChatMessage]:
    opening = list(EXAMPLE_MESSAGES) if examples else [ChatMessage("system", SYSTEM_PROMPT)]
    user = f'Excerpts:\n\n[1] Meetly terms, section 3:\n"""\n{excerpt}\n"""\n\nQuestion: {question}\n\n{ANSWER_PROBE}'
    return [*opening, ChatMessage("user", user)]


WITH_EXAMPLES = _ask("You may cancel your plan at any time from the billing page.", "Can I cancel?", True)
WITHOUT = _ask("We may change these terms with 30 days' notice.", "Can Meetly change the terms?", False)
OTHER = _ask("Refunds are not available for partial months.", "Can I get a refund for half a month?", True)


@pytest.fixture()
def model(assistant: Assistant) -> LocalModel:
    model = assistant.model()
    if not isinstance(model, LocalModel):
        pytest.skip("the kept opening belongs to the in-process model")
    return model


def test_the_kept_opening_reads_the_same_as_reading_it_again(model: LocalModel) -> None:
    # Start from an empty cache: llama.cpp's numbers move in the third decimal with how a prompt is
    # split into batches, so both readings below must read the examples the same way.
    _forget(model)
    model.choice_logprobs(WITH_EXAMPLES, YES_NO)  # reads the examples and keeps their state
    model.choice_logprobs(WITHOUT, YES_NO)  # the cache now holds a prompt without them
    restored = model.choice_logprobs(OTHER, YES_NO)  # the examples come back from the kept state

    _forget(model)  # read everything again
    _assert_same(restored, model.choice_logprobs(OTHER, YES_NO))


def test_a_new_process_takes_the_opening_from_disk_and_a_damaged_file_is_replaced(model: LocalModel) -> None:
    _forget(model)
    fresh = model.choice_logprobs(OTHER, YES_NO)
    [kept] = model.settings.cache_path.glob("opening-*.state")

    _forget(model, keep_files=True)  # as a new CLI process starts: nothing in memory, the file on disk
    _assert_same(fresh, model.choice_logprobs(OTHER, YES_NO))

    kept.write_bytes(b"not a llama.cpp state")  # llama.cpp refuses it for real; the model reads again
    _forget(model, keep_files=True)
    _assert_same(fresh, model.choice_logprobs(OTHER, YES_NO))
    assert kept.stat().st_size > 1_000_000  # the real state is back


def test_warming_up_reads_the_worked_examples_first(assistant: Assistant, model: LocalModel) -> None:
    _forget(model)
    assistant.warm_up()  # what `serve` runs at start
    assert model._opening is not None
    assert list(model.settings.cache_path.glob("opening-*.state"))
    # The first question now starts from the examples' state instead of reading them.
    tokens = model._prompt_tokens(OTHER)
    assert tokens[: len(model._opening[0])] == model._opening[0]


def test_a_question_during_the_servers_warm_up_waits_for_it(settings: Settings, model: LocalModel) -> None:
    # What `serve` does at start; a question's first step is `Assistant.model()`. Its readings and
    # the examples' must not interleave in the cache (the same question then got another verdict).
    _forget(model)
    fresh = Assistant(settings)
    fresh.start_warm_up()
    assert fresh.model() is model
    assert fresh._warmed is not None and fresh._warmed.is_set()
    assert model._opening is not None


def _assert_same(a: dict[str, float], b: dict[str, float]) -> None:
    for choice in YES_NO:
        assert math.isclose(a[choice], b[choice], abs_tol=1e-3), (a, b)


def _forget(model: LocalModel, keep_files: bool = False) -> None:
    model._opening = None
    model._llama.n_tokens = 0
    if not keep_files:
        for path in model.settings.cache_path.glob("opening-*.state"):
            path.unlink()
