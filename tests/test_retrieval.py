"""Hybrid retrieval on real terms with the real embedding model and Chroma store (no language model)."""

from __future__ import annotations

from dataclasses import replace

import pytest

import assistant.retrieve as retrieve_module
from assistant.core import Assistant
from assistant.retrieve import Evidence, RetrievalOptions, resolve_scope, retrieve

ZOOM = "zoom-terms-of-service"  # added by the `zoom` fixture (conftest.py)
SAMPLE = "meetly-terms-of-service"


def _evidence(
    assistant: Assistant, question: str, document: str = ZOOM, version: str | None = "2023-08-07", **changes
) -> list[Evidence]:
    options = replace(RetrievalOptions.from_settings(assistant.settings), **changes)
    scope = resolve_scope(assistant.library, [document], version)
    return retrieve(assistant.library, assistant.embedder, question, scope, options=options)


def _quotes(assistant: Assistant, question: str, document: str, **changes) -> list[str]:
    """The evidence quotes for a question on the newest version of `document`."""
    return [e.quote for e in _evidence(assistant, question, document, None, **changes)]


def test_telemetry_question_surfaces_the_definition_in_10_2(zoom: Assistant) -> None:
    evidence = _evidence(zoom, "Can Zoom use my telemetry data to train AI?")
    quotes_10_2 = [e.quote for e in evidence if e.clause.section == "10.2"]
    assert any("telemetry data" in q and "Service Generated Data" in q for q in quotes_10_2), evidence
    # The consent to use Service Generated Data for machine learning is there too.
    assert any("artificial intelligence" in q for q in quotes_10_2)


def test_override_and_the_clause_it_qualifies_come_together(zoom: Assistant) -> None:
    evidence = _evidence(zoom, "Can Zoom train its AI on my video calls?")
    quotes = [e.quote for e in evidence if e.clause.section == "10.4"]
    assert any("Notwithstanding the above" in q for q in quotes), evidence
    assert any("hereby grant Zoom a perpetual" in q for q in quotes), evidence
    # Without override links only the best match would be there.
    unlinked = _evidence(zoom, "Can Zoom train its AI on my video calls?", link_overrides=False)
    assert sum("hereby grant Zoom" in e.quote for e in unlinked) <= sum("hereby grant Zoom" in q for q in quotes)


def test_every_quote_is_the_stored_text_and_prompts_stay_short(zoom: Assistant) -> None:
    text = zoom.library.text(ZOOM, "2023-08-07")
    for question in ("Can Zoom use my telemetry data to train AI?", "How do I cancel my subscription?"):
        evidence = _evidence(zoom, question)
        assert evidence
        for item in evidence:
            assert item.quote == text[item.start : item.end]
            assert item.clause.start <= item.start < item.end <= item.clause.end
        # Trimming keeps the context far below the whole clauses' length.
        assert sum(len(e.quote.split()) for e in evidence) < 600


def test_each_ranking_alone_still_finds_the_arbitration_opt_out(zoom: Assistant) -> None:
    question = "How can I opt out of arbitration?"
    for mode in ({"dense": True, "lexical": False}, {"dense": False, "lexical": True}, {}):
        evidence = _evidence(zoom, question, **mode)
        assert any((e.clause.section or "").startswith("27") for e in evidence), (mode, evidence)


def test_a_trimmed_clause_keeps_the_sentence_that_shares_the_question_words(
    zoom: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window closest in meaning to "opt out of arbitration" in 27.11 leaves out the sentence
    # that says how: it shares the question's words, so it is given too. (27.11 is the best match,
    # which is given whole by default: trimmed here like the clauses after it.)
    how = "opt out of arbitration by sending an email"
    question = "Can I opt out of arbitration?"
    assert any(how in e.quote for e in _evidence(zoom, question, top_evidence_words=90))
    monkeypatch.setattr(retrieve_module, "ANCHOR_OVERLAP", 99)  # no sentence shares 99 words
    assert not any(how in e.quote for e in _evidence(zoom, question, top_evidence_words=90))


def test_the_best_match_is_given_whole_and_the_others_trimmed(zoom: Assistant) -> None:
    # On ContractNLI the gold evidence inside the context rises from 0.73 to 0.78 (242 hypotheses)
    # when the best-ranked clause is not trimmed: it is the one most likely to decide, and the
    # sentence that carries an exception is often not the one closest to the question.
    evidence = _evidence(zoom, "Can I opt out of arbitration?")
    best = evidence[0]
    assert best.reason == "match" and not best.trimmed and len(best.quote.split()) > 90
    assert any(e.trimmed for e in evidence[1:] if e.reason == "match")
    trimmed = _evidence(zoom, "Can I opt out of arbitration?", top_evidence_words=90)
    assert trimmed[0].clause.id == best.clause.id and trimmed[0].trimmed


def test_a_number_in_the_question_anchors_the_sentence_that_states_one(
    fresh_assistant: Assistant, shared_terms, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Discord's eligibility clause is long; the window closest in meaning to "Can a 12-year-old
    # use Discord?" is about age checks and parents. The sentence that decides states an age
    # ("at least 13 years old"): it shares "year", "old" and a number; the best of the window's
    # sentences shares as many ("old", "use", "Discord"), but two of them are on every page.
    fresh_assistant.add(shared_terms / "discord-terms-of-service" / "2026-04-08_a72f5ca7f.md", name="discord")

    def quotes() -> list[str]:
        # The clause is the best match, given whole by default: trimmed here like the clauses after it.
        return _quotes(fresh_assistant, "Can a 12-year-old use Discord?", "discord", top_evidence_words=90)

    assert any("at least 13 years old" in q for q in quotes())
    # With numbers counted as nothing (and "age" not looked for), the bystander sentence shares
    # more words and wins.
    monkeypatch.setattr(retrieve_module, "_is_number", lambda word: False)
    monkeypatch.setattr(retrieve_module, "with_contract_words", lambda question: question)
    assert not any("at least 13 years old" in q for q in quotes())


def test_clauses_the_floor_drops_are_replaced_by_the_next_in_the_ranking(
    fresh_assistant: Assistant, shared_terms, monkeypatch: pytest.MonkeyPatch
) -> None:
    # BM25 ranks two clauses that share "old" and "services" 2nd and 3rd; they are far less similar
    # in meaning than the best one, so the relative floor drops them, and the clauses on age and
    # parental permission, 5th and 6th, must take their places.
    fresh_assistant.add(shared_terms / "google-terms-of-service" / "2026-07-30_05df7582e.md", name="google")

    def quotes() -> list[str]:
        return _quotes(fresh_assistant, "Can I use Google services if I am 10 years old?", "google")

    assert any("legal guardian" in q for q in quotes())
    # The plain-words lookup ("10 years old": age, parent, guardian) finds it too; without both:
    monkeypatch.setattr(retrieve_module, "with_contract_words", lambda question: question)
    monkeypatch.setattr(retrieve_module, "REFILL_DEPTH", 1)
    assert not any("legal guardian" in q for q in quotes())


def test_plain_words_find_the_clause_that_uses_the_contracts_words(
    fresh_assistant: Assistant, shared_terms, monkeypatch: pytest.MonkeyPatch
) -> None:
    # People ask in their own words: "read my messages" where Skype's terms say "review content",
    # "get my money back" where Discord's say "refund". Without the contract's words the clauses
    # that decide were not among the evidence (checked).
    fresh_assistant.add(shared_terms / "skype-terms-of-service" / "2026-08-04_c1b9eb70f.md", name="skype")
    fresh_assistant.add(shared_terms / "discord-terms-of-service" / "2026-04-08_a72f5ca7f.md", name="discord")

    def found(question: str, document: str, words: str) -> bool:
        return any(words in q for q in _quotes(fresh_assistant, question, document))

    asked = [
        ("Can Microsoft read my Skype messages?", "skype", "review"),
        ("If I cancel Nitro, do I get my money back?", "discord", "refund"),
    ]
    assert all(found(*case) for case in asked)
    monkeypatch.setattr(retrieve_module, "with_contract_words", lambda question: question)
    assert not any(found(*case) for case in asked)


def test_which_law_applies_finds_the_governing_law_sentence(zoom: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    # Terms say which law "governs" the agreement; people ask which laws "apply". Without the
    # contract's word 33.3's governing-law sentence was not in the evidence (checked).
    question = "Which state's laws apply to my agreement with Zoom?"

    def found() -> bool:
        return any("The laws of the State of California" in e.quote for e in _evidence(zoom, question))

    assert found()
    monkeypatch.setattr(retrieve_module, "with_contract_words", lambda question: question)
    assert not found()


def test_the_end_of_a_subscription_finds_the_clause_on_expiration_or_termination(
    zoom: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    # People say the subscription "ends" and they want to "download" their recordings; Zoom's 14.5
    # says "following expiration or termination ... access to retrieve your Customer Content".
    question = "Our Zoom subscription is ending. How long will we still be able to download our recordings?"

    def found() -> bool:
        return any(e.clause.section == "14.5" for e in _evidence(zoom, question))

    assert found()
    monkeypatch.setattr(retrieve_module, "with_contract_words", lambda question: question)
    assert not found()


def test_the_definition_of_the_service_itself_is_not_brought_in(assistant: Assistant) -> None:
    """Every question names the service; its definition ("Meetly", "we" or "us") decided nothing and
    took a citation from the clause that did. A concept's definition still comes."""
    assistant.add_sample()
    deletion = _evidence(assistant, "How long after closing my account does Meetly delete my content?", SAMPLE, None)
    assert deletion[0].clause.section == "8.2", deletion
    assert not any(e.reason == "definition" and '"Meetly"' in e.note for e in deletion), deletion
    training = _evidence(assistant, "Can Meetly train its AI on my video calls?", SAMPLE, None)
    assert any(e.reason == "definition" and '"Service Data"' in e.note for e in training), training
