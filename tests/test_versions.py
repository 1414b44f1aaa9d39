"""Versions over time and questions across time and services, with the real store and models.

One library for the module: Zoom's terms of 28 July, 7 August and 11 August 2023 (labelled by
their stated effective dates), Google's of May 2024 and GitHub's of November 2020. Only the
last two tests call the language model (four calls, with small top-k and answer limits).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.answer import VERDICTS
from assistant.changes import ChangeEvidenceEvent
from assistant.cli import _render_comparison, cli
from assistant.core import AddResult, Assistant
from assistant.errors import NotFound
from assistant.settings import Settings

ZOOM = "zoom-terms-of-service"
GOOGLE = "google-terms-of-service"
GITHUB = "github-terms-of-service"
LIMITS = {"top_k": "2", "change_top_k": "2", "max_answer_tokens": "128"}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("versions-home")


@pytest.fixture(scope="module")
def library(home: Path, models_dir: Path, shared_terms: Path) -> tuple[Assistant, dict[str, AddResult]]:
    assistant = Assistant(Settings.from_env(home=home, models_dir=models_dir, **{k: int(v) for k, v in LIMITS.items()}))
    zoom = shared_terms / ZOOM
    added = {}
    for key, file in [
        ("zoom-07-28", zoom / "2023-07-28_0c3e673eb.md"),
        ("zoom-08-07", zoom / "2023-08-07_99ab2d06d.md"),
        ("zoom-08-11", zoom / "2023-08-11_894baaa7a.md"),
    ]:
        added[key] = assistant.add(file, name=ZOOM).added[0]
    added["google"] = assistant.add(shared_terms / GOOGLE / "2024-05-22_fc4bbd876.md", name=GOOGLE).added[0]
    # GitHub states its effective date below 4 KB of navigation links, so it is given here.
    github = shared_terms / GITHUB / "2020-12-08_4a4493266.md"
    added["github"] = assistant.add(github, name=GITHUB, version="2020-11-16").added[0]
    return assistant, added


@pytest.fixture(scope="module")
def run(home: Path, models_dir: Path):  # -> Callable[..., Result]
    runner = CliRunner()
    env = {"TERMS_ASSISTANT_HOME": str(home), "TERMS_ASSISTANT_MODELS_DIR": str(models_dir)}
    env.update({f"TERMS_ASSISTANT_{k.upper()}": v for k, v in LIMITS.items()})

    def invoke(*args: str) -> Result:
        return runner.invoke(cli, list(args), env=env, catch_exceptions=False)

    return invoke


def test_versions_are_labelled_by_effective_date_and_embed_only_new_clauses(library) -> None:
    _, added = library
    assert [added[k].version for k in ("zoom-07-28", "zoom-08-07", "zoom-08-11")] == [
        "2023-07-27",
        "2023-08-07",
        "2023-08-11",
    ]
    # 7 August added one sentence and changed the date line: two new clause texts, the rest reused.
    # (152 clauses: the capitalised liability notice before section 28 is a clause of its own.)
    assert added["zoom-08-07"].embedded == 2 and added["zoom-08-07"].clauses == 152
    assert added["zoom-08-11"].embedded < added["zoom-08-11"].clauses / 5


@pytest.mark.parametrize(
    ("date", "version"),
    [
        ("2023-07-27", "2023-07-27"),  # the day it took effect
        ("2023-07-28", "2023-07-27"),
        ("2023-08-07", "2023-08-07"),
        ("2023-08-10", "2023-08-07"),
        ("2030-01-01", "2023-08-11"),
    ],
)
def test_as_of_picks_the_version_in_force(library, date: str, version: str) -> None:
    assistant, _ = library
    assert assistant.version_as_of(ZOOM, date).version == version
    # A date that is no version's label names the version in force on it, for diff and --from/--to.
    assert assistant.resolve_version(ZOOM, date).version == version


def test_ask_as_of_reads_only_that_version(library) -> None:
    assistant, _ = library
    events = assistant.ask_stream("Can Zoom train AI on my calls?", [ZOOM], as_of="2023-08-01")
    evidence = next(events)  # retrieval only: the model is not run
    events.close()
    assert {hit.clause.version for hit in evidence.clauses} == {"2023-07-27"}


def test_as_of_before_the_first_version_is_a_clear_error(library, run) -> None:
    assistant, _ = library
    with pytest.raises(NotFound, match="No version of zoom-terms-of-service was in force on 2023-01-01"):
        assistant.version_as_of(ZOOM, "2023-01-01")
    for args, message in [
        (("ask", "Can they sell my data?", "--doc", ZOOM, "--as-of", "2023-01-01"), "the earliest, 2023-07-27"),
        (("ask", "Can they sell my data?", "--doc", ZOOM, "--as-of", "2023-13-01"), "is not a date"),
        (("ask", "What changed?", "--doc", ZOOM, "--doc", GOOGLE, "--from", "2023-08-07"), "exactly one --doc"),
        (("diff", ZOOM, "--from", "2023-08-07", "--to", "2023-08-07"), "name two different versions"),
    ]:
        result = run(*args)
        assert result.exit_code == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], result.stderr


def test_diff_command_json_and_text(library, run) -> None:
    assistant, _ = library
    result = run("diff", ZOOM, "--from", "2023-07-28", "--to", "2023-08-07", "--json")
    assert result.exit_code == 0, result.output
    diff = json.loads(result.stdout)
    assert (diff["from_version"], diff["to_version"]) == ("2023-07-27", "2023-08-07")
    summary = diff["summary"]
    assert (summary["added"], summary["removed"], summary["modified"], summary["moved"]) == (1, 0, 0, 0)
    assert summary["date_lines_skipped"] == 1
    new = diff["changes"][0]["new"]
    assert new["text"] == assistant.library.text(ZOOM, "2023-08-07")[new["start"] : new["end"]]
    assert "train our artificial intelligence models without your consent" in new["text"]

    text = run("diff", ZOOM).stdout  # default: the version before the newest -> the newest
    assert "2023-08-07 → 2023-08-11" in text
    assert "Rewritten: § 10 DATA USAGE, LICENSES AND RESPONSIBILITIES" in text
    assert "{+" in text and "[-" in text  # word-level edits of modified clauses


def test_question_about_changes_cites_old_and_new_text(library, run) -> None:
    assistant, _ = library
    question = "What changed about AI training?"
    evidence = next(assistant.ask_changes_stream(question, ZOOM, "2023-08-07", "2023-08-11"))
    assert isinstance(evidence, ChangeEvidenceEvent) and len(evidence.changes) == 2
    # The consent sentence of 7 August and the 11 August sentence that replaced it are one modified clause.
    pair = [r.change for r in evidence.changes if r.change.kind == "modified"]
    assert pair and "without your consent" in pair[0].old.text and "does not use any of your" in pair[0].new.text

    result = run("ask", question, "--doc", ZOOM, "--from", "2023-08-07", "--to", "2023-08-11", "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert (answer["from_version"], answer["to_version"]) == ("2023-08-07", "2023-08-11")
    assert answer["changed"] is True and answer["answer"], answer
    texts = {
        "2023-08-07": assistant.library.text(ZOOM, "2023-08-07"),
        "2023-08-11": assistant.library.text(ZOOM, "2023-08-11"),
    }
    offered = {
        (c.old.start if c.old else None, c.new.start if c.new else None) for c in (r.change for r in evidence.changes)
    }
    for change in answer["changes"]:
        assert (change["old"] or {}).get("start") is not None or (change["new"] or {}).get("start") is not None
        key = (change["old"]["start"] if change["old"] else None, change["new"]["start"] if change["new"] else None)
        assert key in offered, "only changes the model was shown can be cited"
        if change["kind"] == "modified":
            assert change["old"] and change["new"], "a modified clause is cited in both versions"
    for citation in answer["citations"]:
        assert citation["document"] == ZOOM
        assert citation["quote"] == texts[citation["version"]][citation["start"] : citation["end"]]
    assert {c["version"] for c in answer["citations"]} <= {"2023-08-07", "2023-08-11"}
    assert any("train" in c["quote"] for c in answer["citations"])


def test_one_verdict_per_service_in_a_table(library, capsys: pytest.CaptureFixture[str]) -> None:
    assistant, _ = library
    question = "Can they train AI on my content?"
    comparison = assistant.compare(question, [ZOOM, GOOGLE, GITHUB])
    data = comparison.to_dict()
    assert data["question"] == question
    assert [(r["document"], r["version"]) for r in data["results"]] == [
        (ZOOM, "2023-08-11"),
        (GOOGLE, "2024-05-22"),
        (GITHUB, "2020-11-16"),
    ]
    for row in comparison.results:
        answer = row.answer.to_dict()
        # the Answer contract
        assert set(answer) == {"question", "verdict", "confidence", "answer", "citations", "timings"}
        assert answer["verdict"] in VERDICTS
        text = assistant.library.text(row.document, row.version)
        for citation in answer["citations"]:
            assert (citation["document"], citation["version"]) == (row.document, row.version)
            assert citation["quote"] == text[citation["start"] : citation["end"]]
    _render_comparison(comparison)
    table = capsys.readouterr().out
    header = next(line for line in table.splitlines() if line.startswith("DOCUMENT"))
    assert header.split() == ["DOCUMENT", "VERSION", "VERDICT", "DECIDED", "BY"]
    for row in comparison.results:
        line = next(line for line in table.splitlines() if line.startswith(row.document))
        assert row.version in line and line.split()[2] in {"YES", "NO", "CONDITIONAL", "NOT"}


def test_a_comparison_with_an_unknown_document_fails_before_the_model_runs(library, run) -> None:
    result = run("ask", "Can they sell my data?", "--doc", ZOOM, "--doc", "no-such-terms", "--json")
    assert result.exit_code == 1 and "No document named 'no-such-terms'" in result.stderr
    assert result.stdout == ""
