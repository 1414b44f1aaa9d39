"""Clause-level diffs on real Zoom versions and on edits made for the purpose (no model, no store)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.clauses import split_clauses
from assistant.diff import DocumentDiff, diff_clauses

ZOOM_FILES = {
    "2023-02-01": "2023-02-01_cf09ff11d.md",
    "2023-04-01": "2023-04-01_6cee2e467.md",
    "2023-07-28": "2023-07-28_0c3e673eb.md",
    "2023-08-07": "2023-08-07_99ab2d06d.md",
    "2023-08-11": "2023-08-11_894baaa7a.md",
}
CONSENT = (
    "Notwithstanding the above, Zoom will not use audio, video or chat Customer Content to train our "
    "artificial intelligence models without your consent"
)


def _texts(shared_terms: Path, old: str, new: str) -> tuple[str, str]:
    folder = shared_terms / "zoom-terms-of-service"
    return (folder / ZOOM_FILES[old]).read_text(), (folder / ZOOM_FILES[new]).read_text()


def _diff(old_text: str, new_text: str) -> DocumentDiff:
    return diff_clauses(split_clauses(old_text), split_clauses(new_text), "doc", "old", "new")


def _flat(text: str) -> str:
    return " ".join(text.replace("*", "").split())


def _assert_exact(diff: DocumentDiff, old_text: str, new_text: str) -> None:
    """Every quoted side and every word edit is exactly text[start:end] of its version."""
    for change in diff.changes:
        if change.old:
            assert old_text[change.old.start : change.old.end] == change.old.text
        if change.new:
            assert new_text[change.new.start : change.new.end] == change.new.text
        for edit in change.edits:
            assert old_text[edit.old_start : edit.old_end] == edit.old_text
            assert new_text[edit.new_start : edit.new_end] == edit.new_text


def test_zoom_july_to_august_7_adds_only_the_consent_sentence(shared_terms: Path) -> None:
    old_text, new_text = _texts(shared_terms, "2023-07-28", "2023-08-07")
    diff = _diff(old_text, new_text)
    assert [c.kind for c in diff.changes] == ["added"], [c.to_dict() for c in diff.changes]
    added = diff.changes[0]
    assert CONSENT in _flat(added.new.text)
    assert added.section == "10.4" and added.heading == "Customer License Grant"
    assert "ai_training" in added.topics
    # The "Effective Date" line changed too, but only its date: skipped and counted, not reported.
    assert diff.date_lines_skipped == 1
    assert diff.unchanged > 140
    _assert_exact(diff, old_text, new_text)


def test_zoom_february_to_april_reports_new_sections_10_2_and_10_4(shared_terms: Path) -> None:
    old_text, new_text = _texts(shared_terms, "2023-02-01", "2023-04-01")
    diff = _diff(old_text, new_text)
    added_sections = {c.section for c in diff.changes if c.kind == "added"}
    assert {"10.2", "10.4"} <= added_sections
    licence = [c for c in diff.changes if c.kind == "added" and c.section == "10.4"]
    assert any("ai_training" in c.topics for c in licence), [c.topics for c in licence]
    # The AI-training clause of 10.2 is the most important change of this large rewrite.
    top = diff.changes[0]
    assert top.kind == "added" and top.section == "10.2" and "machine learning" in top.new.text
    _assert_exact(diff, old_text, new_text)


def test_zoom_august_11_rewrites_section_10(shared_terms: Path) -> None:
    old_text, new_text = _texts(shared_terms, "2023-08-07", "2023-08-11")
    diff = _diff(old_text, new_text)
    assert [s.section for s in diff.rewritten_sections] == ["10"]
    assert diff.rewritten_sections[0].changed >= 5
    new_texts = [_flat(c.new.text) for c in diff.changes if c.new]
    assert any("Zoom does not use any of your audio, video, chat" in t for t in new_texts)
    # The five most important changes are section 10's, or the notes that announce its rewrite; the
    # cross-reference updates elsewhere ("Section 10.2" -> "10.5") come later.
    for change in diff.changes[:5]:
        sections = {s.section for s in (change.old, change.new) if s and s.section}
        assert any(s.startswith("10.") for s in sections) or "Section 10" in change.new.text, change.to_dict()
        assert {"ai_training", "data_licence", "privacy"} & set(change.topics)
    _assert_exact(diff, old_text, new_text)


def test_whitespace_emphasis_quotes_and_link_urls_are_not_substantive(shared_terms: Path) -> None:
    text, _ = _texts(shared_terms, "2023-08-07", "2023-08-11")
    edited = text.replace(". ", ".  ")  # double spaces after sentences
    edited = re.sub(r"\*\*(Customer Content)\*\*", r"\1", edited)  # emphasis dropped ...
    edited = edited.replace("Zoom will", "**Zoom** will")  # ... and added
    edited = edited.replace("“", '"').replace("”", '"').replace("’", "'")  # quote style
    edited = re.sub(r"\]\(https://explore\.zoom\.us/en/", "](https://zoom.com/en/", edited)  # link URLs
    assert edited != text
    diff = _diff(text, edited)
    assert diff.changes == [], [c.to_dict() for c in diff.changes]
    assert diff.trivial_skipped > 10


def test_whitespace_only_edits_produce_no_changes(shared_terms: Path) -> None:
    text, _ = _texts(shared_terms, "2023-08-07", "2023-08-11")
    edited = re.sub(r"(?<=\w) (?=\w)", "  ", text, count=400).replace("\n\n", "\n\n\n")
    diff = _diff(text, edited)
    assert diff.changes == [] and diff.trivial_skipped > 0


SECTIONS = {
    "1.1": "**1.1 Accounts**. You must keep your password safe and tell us about any misuse of your account.",
    "1.2": "**1.2 Content**. You keep ownership of the content you upload and grant us a licence to host it.",
    "1.3": "**1.3 Fees**. You pay the fees shown when you subscribe; fees are billed monthly in advance.",
    "1.4": "**1.4 Termination**. Either party may end this agreement with thirty days written notice.",
}


def _document(*parts: str) -> str:
    return "# Terms\n\n## 1 GENERAL\n\n" + "\n\n".join(parts) + "\n"


def test_renumbered_clauses_are_moved_not_removed_and_added() -> None:
    old = _document(SECTIONS["1.1"], SECTIONS["1.2"], SECTIONS["1.3"])
    inserted = "**1.2 Arbitration**. Disputes are settled by binding arbitration and not in court."
    new = _document(
        SECTIONS["1.1"],
        inserted,
        SECTIONS["1.2"].replace("1.2", "1.3"),
        SECTIONS["1.3"].replace("1.3", "1.4").replace("monthly", "yearly"),
    )
    diff = _diff(old, new)
    kinds = {(c.kind, c.old.section if c.old else None, c.new.section if c.new else None) for c in diff.changes}
    assert kinds == {("added", None, "1.2"), ("moved", "1.2", "1.3"), ("modified", "1.3", "1.4")}, kinds
    modified = next(c for c in diff.changes if c.kind == "modified")
    assert [(e.op, e.old_text, e.new_text) for e in modified.edits] == [("replace", "monthly", "yearly")]
    assert modified.renumbered
    # The new arbitration clause matters more than a changed billing period, which matters more than a renumbering.
    assert [c.kind for c in diff.changes] == ["added", "modified", "moved"]
    assert diff.changes[0].topics == ("arbitration",)
    _assert_exact(diff, old, new)


def test_reordered_clause_is_moved() -> None:
    old = _document("Intro paragraph about these terms.", SECTIONS["1.1"], SECTIONS["1.2"], SECTIONS["1.4"])
    new = _document("Intro paragraph about these terms.", SECTIONS["1.2"], SECTIONS["1.4"], SECTIONS["1.1"])
    diff = _diff(old, new)
    assert [(c.kind, c.section) for c in diff.changes] == [("moved", "1.1")]
    assert diff.unchanged == 3


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence"),
    [
        ("We may share your data.", "We may not share your data."),
        ("We will sell your data.", "We will not sell your data."),
    ],
)
def test_a_single_not_is_a_substantive_word_edit(old_sentence: str, new_sentence: str) -> None:
    diff = _diff(_document(SECTIONS["1.1"], old_sentence), _document(SECTIONS["1.1"], new_sentence))
    assert [c.kind for c in diff.changes] == ["modified"]
    edit = diff.changes[0].edits
    assert [(e.op, e.old_text, e.new_text) for e in edit] == [("insert", "", "not")]
    assert diff.changes[0].words_added == 1 and diff.changes[0].words_removed == 0
