"""The clause splitter on every shared terms file and on the numbering styles real terms use."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.clauses import Clause, split_clauses
from tests.conftest import SHARED_TERMS, require_shared


def _by_section(clauses: list[Clause], section: str) -> list[Clause]:
    return [c for c in clauses if c.section == section]


def _shared_files() -> list[Path]:
    return sorted(SHARED_TERMS.glob("*/*.md")) if SHARED_TERMS.is_dir() else []


@pytest.mark.parametrize("path", _shared_files() or [None], ids=lambda p: p.parent.name + "/" + p.stem if p else "none")
def test_every_shared_document_splits_into_exact_ordered_spans(path: Path | None) -> None:
    require_shared()
    assert path is not None
    text = path.read_text(encoding="utf-8")
    clauses = split_clauses(text, max_words=180)
    assert len(clauses) >= 20
    previous_end = 0
    for clause in clauses:
        assert clause.text == text[clause.start : clause.end]
        assert clause.start >= previous_end, "clauses must not overlap"
        assert clause.text.strip() == clause.text
        assert len(clause.text.split()) <= 180
        previous_end = clause.end
    # Nearly all of the text is inside some clause (headings alone are not clauses).
    covered = sum(len(c.text) for c in clauses)
    assert covered / len(text) > 0.85
    # Most clauses carry a heading a reader can recognise.
    assert sum(1 for c in clauses if c.heading) / len(clauses) > 0.6


def test_zoom_2023_08_07_sections_use_the_documents_own_numbers(shared_terms: Path) -> None:
    text = (shared_terms / "zoom-terms-of-service" / "2023-08-07_99ab2d06d.md").read_text()
    clauses = split_clauses(text)
    licence = _by_section(clauses, "10.4")
    assert licence and licence[0].heading == "Customer License Grant"
    assert licence[0].heading_path[-2:] == ("10 CUSTOMER CONTENT", "10.4 Customer License Grant")
    # The consent sentence right after 10.4 belongs to 10.4 and is its own clause.
    consent = [c for c in clauses if c.text.startswith("**Notwithstanding the above")]
    assert len(consent) == 1 and consent[0].section == "10.4"
    # "35. **ELIGIBILITY…**" in the Markdown is section 11 of the terms.
    eligibility = _by_section(clauses, "11.1")
    assert eligibility and eligibility[0].heading_path[0] == "11 ELIGIBILITY; RESTRICTION ON USE BY CHILDREN"
    # Sections without numbered clauses are renumbered in order: 17. in the file is section 5.
    assert _by_section(clauses, "5")[0].heading == "SYSTEM REQUIREMENTS; CHANGES"
    assert _by_section(clauses, "12.1")[0].heading == "Charges"  # "**12.1** **Charges**."
    # A capitalised notice inside section 27 is text, not a heading the later sections fall under.
    assert _by_section(clauses, "33.3")[0].heading_path[0] == "33 MISCELLANEOUS"


def test_zoom_2023_02_01_keeps_list_numbers_that_are_right(shared_terms: Path) -> None:
    text = (shared_terms / "zoom-terms-of-service" / "2023-02-01_cf09ff11d.md").read_text()
    clauses = split_clauses(text)
    assert _by_section(clauses, "5")[0].heading == "ZOOM OBLIGATIONS FOR CONTENT"
    assert _by_section(clauses, "3.2")[0].heading == "Your Content"  # an indented nested item


def test_nested_items_whose_indentation_was_lost(shared_terms: Path) -> None:
    text = (shared_terms / "zoom-terms-of-service" / "2021-08-16_d47e6d7d3.md").read_text()
    clauses = split_clauses(text)
    assert _by_section(clauses, "2.1")[0].heading == "Beta Services"
    assert _by_section(clauses, "3")[0].heading == "USE OF SERVICES AND YOUR RESPONSIBILITIES"
    assert _by_section(clauses, "3.2")[0].heading == "Your Content"


def test_lettered_and_roman_items_nest_under_their_section(shared_terms: Path) -> None:
    text = (shared_terms / "skype-terms-of-service" / "2026-08-04_c1b9eb70f.md").read_text()
    clauses = split_clauses(text)
    sections = {c.section for c in clauses}
    assert {"2(a)", "3(a)(i)", "3(a)(x)", "9(c)"} <= sections
    assert _by_section(clauses, "4(a)(iv)(1)")


def test_markdown_heading_letters_and_numbers_combine(shared_terms: Path) -> None:
    text = (shared_terms / "github-terms-of-service" / "2026-07-25_77a83311f.md").read_text()
    clauses = split_clauses(text)
    grant = _by_section(clauses, "D.4")
    assert grant and grant[0].heading == "License Grant to Us"
    assert grant[0].heading_path[0] == "D User-Generated Content"


STYLES = """ACME TERMS

1. GENERAL

1.1 Scope. These terms apply to every Acme service.

**2. YOUR DATA**

**2.1 Licence**. You grant Acme a licence to host your data.

**2.2** **Training**. Acme may use your data to train models.

(a) This includes audio.

(b) This includes video.

3. **Your Content.** You own your content.

* a. **Removal.** We may remove content.
* b. **Appeals.** You may appeal.

## Disputes

ARBITRATION

All disputes go to arbitration.
"""


def test_numbering_styles() -> None:
    clauses = split_clauses(STYLES)
    sections = {c.section: c for c in clauses}
    assert sections["1.1"].heading == "Scope"
    assert sections["2.1"].heading == "Licence"
    assert sections["2.2"].heading == "Training"
    assert sections["2.2(a)"].text == "(a) This includes audio."
    assert sections["3"].heading == "Your Content"
    assert sections["3(a)"].heading == "Removal"
    assert sections["3(b)"].heading == "Appeals"
    arbitration = next(c for c in clauses if c.text == "All disputes go to arbitration.")
    assert arbitration.section is None
    assert arbitration.heading_path == ("Disputes", "ARBITRATION")


def test_long_clauses_are_cut_at_sentences_and_keep_their_section() -> None:
    sentence = "The provider may process the data for the purposes set out in this section. "
    text = "**7.1 Processing**. " + sentence * 40
    clauses = split_clauses(text, max_words=60)
    assert len(clauses) > 1
    assert all(c.section == "7.1" and c.heading == "Processing" for c in clauses)
    assert all(len(c.text.split()) <= 60 for c in clauses)
    assert [c.part for c in clauses] == list(range(1, len(clauses) + 1))
    assert all(c.text.endswith(".") for c in clauses)


def test_pages_follow_page_starts() -> None:
    text = "1. ONE\n\nFirst page text.\n\n2. TWO\n\nSecond page text."
    second = text.index("2. TWO")
    clauses = split_clauses(text, page_starts=(0, second))
    assert [c.page for c in clauses] == [1, 2]


def test_a_paragraph_ending_in_a_colon_is_read_with_what_it_introduces() -> None:
    # The company you contract with follows "you're contracting with:" as its own paragraph.
    text = (
        "## Service provider\n\nIn the European Economic Area, the services are provided by, and you're "
        "contracting with:\n\nMeetly Europe Limited  \nincorporated under the laws of Ireland  \n"
        "registration number 123456, VAT number IE123456, 1 Harbour Street, Dublin 2, Ireland\n\n"
        "## Age requirements\n\nYou must be at least 16 years old to use Meetly."
    )
    clauses = split_clauses(text)
    assert [c.heading for c in clauses] == ["Service provider", "Age requirements"]
    assert "contracting with:" in clauses[0].text and "Meetly Europe Limited" in clauses[0].text
