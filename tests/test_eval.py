"""The evaluation harness: its pieces on small inputs, and one small run of every set through the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.eval import _span_recall, detect_format
from tests.conftest import ROOT

BENCHMARKS = ROOT.parent / "shared" / "data" / "benchmarks"


def test_span_recall_counts_spans_half_covered() -> None:
    assert _span_recall([(0, 10), (20, 30)], [(0, 10)]) == 0.5
    assert _span_recall([(0, 10)], [(4, 12)]) == 1.0  # 6 of 10 characters
    assert _span_recall([(0, 10)], [(7, 12)]) == 0.0
    assert _span_recall([], [(0, 1)]) == 1.0


def test_user_sets_are_recognised_by_their_fields(tmp_path: Path) -> None:
    yes_no = tmp_path / "mine.jsonl"
    yes_no.write_text(json.dumps({"contract": "We may end it.", "question": "Can they?", "answer": "True"}) + "\n")
    relevance = tmp_path / "rel.jsonl"
    relevance.write_text(json.dumps({"context": "We sell data.", "question": "Sold?", "answer": "False"}) + "\n")
    assert detect_format(yes_no) == "consumer"
    assert detect_format(relevance) == "privacy"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "x"}) + "\n")
    with pytest.raises(Exception, match="rows need"):
        detect_format(bad)


def test_eval_command_runs_every_set_on_a_small_limit(tmp_path: Path, models_dir: Path) -> None:
    if not BENCHMARKS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide the benchmarks at {BENCHMARKS}")
        pytest.skip(f"benchmarks not found at {BENCHMARKS}")
    out = tmp_path / "results.json"
    env = {
        "TERMS_ASSISTANT_HOME": str(tmp_path / "home"),
        "TERMS_ASSISTANT_MODELS_DIR": str(models_dir),
        "TERMS_ASSISTANT_EXPLAIN": "0",
    }
    args = ["eval", "--benchmarks", str(BENCHMARKS), "--limit", "2", "--seed", "1", "--out", str(out)]
    result = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "consumer" in result.stdout and "citation_validity" in result.stdout
    data = json.loads(out.read_text())
    summary = data["summary"]
    assert summary["consumer"]["questions"] == 2
    assert summary["nli"]["questions"] == 2
    assert summary["privacy"]["questions"] == 2
    for item in data["items"]:  # a verdict read from the model says how clear the reading was
        if item["set"] != "privacy":
            assert item["confidence"] in (None, "high", "low")
            assert (item["confidence"] is None) == (item["verdict"] == "not_addressed")
    for set_name in ("consumer", "nli"):
        assert summary[set_name]["citation_validity"] == 1.0
        assert 0.0 <= summary[set_name]["accuracy"] <= 1.0
        assert summary[set_name]["latency_median_s"] > 0
    # The stored numbers are enough to refit the thresholds without the model.
    refit = CliRunner().invoke(cli, ["eval", "--calibrate", str(out)], env=env, catch_exceptions=False)
    assert refit.exit_code == 0, refit.output
    assert "cross_validated" in json.loads(refit.stdout)
