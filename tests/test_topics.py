"""The topic lexicon keeps the precision and recall measured on clauses it was not written from."""

from __future__ import annotations

import pytest

from assistant.topics import TOPICS, label_topics, topic, topic_weight
from tests.conftest import require_shared


@pytest.mark.parametrize(
    ("text", "heading", "expected"),
    [
        ("We may use what you upload to train our machine learning models.", None, {"ai_training"}),
        ("You grant us a worldwide licence to host and display your content.", None, {"data_licence"}),
        ("Any dispute will be resolved by binding arbitration.", None, {"arbitration"}),
        ("We may suspend or terminate your account at any time.", None, {"termination"}),
        ("These terms are governed by the laws of the State of New York.", None, {"governing_law"}),
        ("We may modify these terms from time to time.", None, {"changes_to_terms"}),
        ("You may cancel at any time.", "Termination", {"termination"}),
        ("Please be kind to other people.", None, set()),
    ],
)
def test_labels_plain_sentences(text: str, heading: str | None, expected: set[str]) -> None:
    assert set(label_topics(text, heading)) == expected


def test_topics_have_distinct_keys_and_weights_in_range() -> None:
    assert len({t.key for t in TOPICS}) == len(TOPICS)
    assert all(0 < t.weight <= 1 for t in TOPICS)
    assert topic_weight(["governing_law", "ai_training"]) == topic("ai_training").weight


def test_held_out_precision_and_recall() -> None:
    """GitHub's terms (all of 2020, the clauses changed by 2026) were never tuned on (evals/topics.py).
    Measured: micro precision 0.68, recall 0.76; AI / machine learning 0.92 and 0.67. The floors
    leave a little room for splitter changes."""
    require_shared()
    from evals.topics import load_clauses, score_clauses, score_unfair_tos

    github = score_clauses(load_clauses("test"), show_errors=False)
    _, precision, recall = github.row(None)
    assert precision is not None and precision >= 0.6
    assert recall is not None and recall >= 0.7
    _, ai_precision, ai_recall = github.row("ai_training")
    assert ai_precision is not None and ai_precision >= 0.85
    assert ai_recall is not None and ai_recall >= 0.6
    # CLAUDETTE sentences: recall of the six topics it labels (its precision is only a lower bound).
    _, _, unfair_recall = score_unfair_tos().row(None)
    assert unfair_recall is not None and unfair_recall >= 0.7
