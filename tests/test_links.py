"""Defined terms, qualifying clauses and sentence spans, found in real shared terms (no models)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.clauses import split_clauses
from assistant.definitions import TermMatcher, find_definitions
from assistant.ingest import read_document
from assistant.overrides import find_overrides
from assistant.sentences import sentence_spans
from assistant.store import StoredClause
from tests.conftest import stored_clauses

ZOOM = "zoom-terms-of-service/2023-08-07_99ab2d06d.md"
GITHUB = "github-terms-of-service/2026-07-25_77a83311f.md"


def _stored(shared_terms: Path, relative: str) -> tuple[str, list[StoredClause]]:
    extracted = read_document(shared_terms / relative, 50_000_000)
    clauses = split_clauses(extracted.text, extracted.page_starts)
    return extracted.text, stored_clauses(clauses)


@pytest.fixture(scope="module")
def zoom(shared_terms: Path) -> tuple[str, list[StoredClause]]:
    return _stored(shared_terms, ZOOM)


def test_zoom_definitions_name_their_clause_and_sentence(zoom) -> None:
    text, clauses = zoom
    definitions = find_definitions(clauses)
    sgd = definitions["service generated data"]
    assert clauses[sgd.ordinal].section == "10.2"
    sentence = text[sgd.start : sgd.end]
    assert sentence.startswith("Customer Content does not include any telemetry data")
    assert "Service Generated Data" in sentence
    assert clauses[definitions["customer content"].ordinal].section == "10.1"  # "(together with …, "Customer Content")"
    assert clauses[definitions["customer input"].ordinal].section == "10.1"  # "(collectively, "Customer Input")"
    assert clauses[definitions["confidential information"].ordinal].section == "17.1"  # '"X" means'
    assert text[definitions["end user"].start : definitions["end user"].end].startswith("“**End User**” means")
    # Pronouns and quoted words that are not definitions are not terms.
    assert "you" not in definitions and "confidential" not in definitions


def test_clauses_that_use_a_defined_term_are_recognised(zoom) -> None:
    _, clauses = zoom
    matcher = TermMatcher(find_definitions(clauses))
    license_part = next(c for c in clauses if c.section == "10.4" and c.text.startswith("If you have any Proprietary"))
    used = {d.term for d in matcher.used_in(license_part.text)}
    assert {"Service Generated Data", "Aggregated Anonymous Data", "Proprietary Rights"} <= used
    assert matcher.used_in("Nothing defined here.") == []


def test_github_definitions_in_the_means_form(shared_terms: Path) -> None:
    _, clauses = _stored(shared_terms, GITHUB)
    definitions = find_definitions(clauses)
    assert clauses[definitions["your content"].ordinal].section == "A.14"
    assert clauses[definitions["user-generated content"].ordinal].section == "A.12"


def test_a_term_defined_with_we_or_us_names_a_party() -> None:
    """`Meetly Labs Ltd. ("Meetly", "we" or "us")` defines the service, not a concept; "Your Content"
    starts with a pronoun but is one. No ../shared needed: the sample terms ship with the package."""
    sample = Path(__file__).parents[1] / "assistant" / "data" / "meetly-terms-of-service.md"
    extracted = read_document(sample, 1_000_000)
    definitions = find_definitions(stored_clauses(split_clauses(extracted.text, extracted.page_starts)))
    assert definitions["meetly"].party
    assert not definitions["your content"].party and not definitions["service data"].party


def test_zoom_overrides_link_both_ways(zoom) -> None:
    text, clauses = zoom
    overrides = find_overrides(clauses)
    notwithstanding = next(
        o for o in overrides if text[o.start : o.end].lstrip("*").startswith("Notwithstanding the above, Zoom")
    )
    assert clauses[notwithstanding.source].section == "10.4"
    targets = [clauses[t] for t in notwithstanding.targets]
    # "the above" is the licence grant of 10.4, in both of its parts.
    assert all(t.section == "10.4" for t in targets)
    assert any(t.text.startswith("**10.4 Customer License Grant**") for t in targets)
    by_source = {(clauses[o.source].section, o.kind): {clauses[t].section for t in o.targets} for o in overrides}
    assert by_source[("27.6", "except as")] == {"27.7"}  # "except as specified in Section 27.7 below"
    assert by_source[("17.4", "notwithstanding")] == {"17.1"}  # "Notwithstanding the restrictions in this Section 17"
    # "Notwithstanding anything to the contrary herein" names no clause: no link.
    assert not any(clauses[o.source].section == "14.3" for o in overrides)


def test_sentence_spans_are_exact_and_skip_abbreviations(zoom) -> None:
    _, clauses = zoom
    clause = next(c for c in clauses if c.section == "10.2")
    spans = sentence_spans(clause.text)
    assert len(spans) >= 3
    for start, end in spans:
        piece = clause.text[start:end]
        assert piece == piece.strip() and piece
    assert sentence_spans("Acme, Inc. may e.g. share it. You agree.") == [(0, 29), (30, 40)]
