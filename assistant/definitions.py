"""Defined terms: find where a document defines a term, and where clauses use it.

Terms of service define words and then lean on them: Zoom's 10.2 says telemetry data is
"Service Generated Data" and is not "Customer Content", so a question about telemetry is
decided by clauses that never say "telemetry". Knowing the definitions lets retrieval bring
the defining sentence into the context and search for the defined term too.

Recognised forms (straight or curly quotes, with or without Markdown bold):
- a quoted term in parentheses after what it names: `(“**Service Generated Data**”)`,
  `(collectively, "Customer Input")`, `(together with Customer Input, "Customer Content")`,
  `(the "Agreement")`, `(hereinafter referred to as the "Agreement")`;
- a quoted term followed by a defining verb: `"Confidential Information" means …`,
  `… shall mean`, `refers to`, `includes`, `has the meaning`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.sentences import sentence_spans
from assistant.store import StoredClause

_OPEN = '"“'
_CLOSE = '"”'
# A defined term: a capitalised phrase of up to eight words inside quotes, bold or not.
_TERM = (
    rf"[{_OPEN}]\s*(?:\*\*|__)?\s*(?P<term>[A-Z][\w’'&\-./]*(?:\s+[\w’'&\-./]+){{0,7}}?)\s*(?:\*\*|__)?\s*[{_CLOSE}]"
)
# A parenthesis whose quoted term comes after at most ten short words ("collectively,", "the").
_PAREN = re.compile(
    rf"\((?P<lead>[^()\"“”]{{0,90}}?){_TERM}(?:\s*(?:,|or|and)\s*{_TERM.replace('term', 'term2')})?[^()]{{0,40}}\)"
)
_MEANS = re.compile(
    rf"{_TERM}\s*(?:\([^()]{{0,60}}\)\s*)?(?:\*\*\s*)?(?:means|shall mean|shall have the meaning|has the meaning|"
    r"refers to|shall refer to|is defined as|includes|shall include|are defined as)\b"
)
_REFERRED = re.compile(rf"(?:hereinafter|herein)?\s*(?:referred to|defined)\s+as\s+(?:the\s+)?{_TERM}")
# Leads that turn a parenthesised quote into a definition; anything else (a quoted phrase, a
# title) is not one.
_LEAD_OK = re.compile(
    r"^\s*(?:(?:the|a|an|each|any|all|collectively|together|individually|jointly|hereinafter|herein|"
    r"referred to as|also|such|and|or|with|together with\b.*|including\b.*)[\s,;:]*)*$",
    re.IGNORECASE,
)
# Pronoun-like terms carry no meaning worth fetching.
_SKIP_TERMS = {"you", "your", "we", "us", "our", "i", "me", "my", "party", "parties"}
# A parenthesis that also defines a pronoun names a party: `Meetly Labs Ltd. ("Meetly", "we" or "us")`.
_PRONOUN = re.compile(
    rf"[{_OPEN}]\s*(?:\*\*|__)?\s*(?:we|us|our|you|your)\s*(?:\*\*|__)?\s*,?\s*[{_CLOSE}]", re.IGNORECASE
)


@dataclass(frozen=True)
class Definition:
    """A term, the clause that defines it, and the defining sentence (document offsets)."""

    term: str
    ordinal: int  # the defining clause's ordinal in its document version
    start: int
    end: int
    # The term is another name for a party (the service, the user): every question names the service,
    # and knowing who "Meetly" is decides nothing, so the term's use alone does not bring it in.
    party: bool = False

    @property
    def key(self) -> str:
        return self.term.lower()


def find_definitions(clauses: Sequence[StoredClause]) -> dict[str, Definition]:
    """Every defined term of a document version, by lower-cased term; the first definition wins."""
    found: dict[str, Definition] = {}
    for clause in clauses:
        for term, offset, party in _terms_defined_in(clause.text):
            if term.lower() in _SKIP_TERMS or len(term) < 2:
                continue
            start, end = _sentence_around(clause.text, offset)
            found.setdefault(
                term.lower(), Definition(term, clause.ordinal, clause.start + start, clause.start + end, party)
            )
    return found


def _terms_defined_in(text: str) -> Iterable[tuple[str, int, bool]]:
    """(term, offset, whether the term names a party) for each definition in `text`."""
    for match in _PAREN.finditer(text):
        if not _LEAD_OK.match(match.group("lead") or ""):
            continue
        party = bool(_PRONOUN.search(match.group(0)))
        yield _clean(match.group("term")), match.start(), party
        if match.group("term2"):
            yield _clean(match.group("term2")), match.start(), party
    for pattern in (_MEANS, _REFERRED):
        for match in pattern.finditer(text):
            yield _clean(match.group("term")), match.start("term"), False


# What may stand before a clause's opening definition: its number, Markdown bold.
_CLAUSE_LEAD = re.compile(r"[\s\d.]*(?:\*\*|__)?\s*")


def opens_with_definition(text: str) -> bool:
    """Whether the text starts by defining a term ('2.4 **"Reliability Score"** means ...'): a
    clause that explains a word of the terms rather than deciding anything."""
    lead = _CLAUSE_LEAD.match(text)
    return _MEANS.match(text, lead.end() if lead else 0) is not None


def _clean(term: str) -> str:
    return " ".join(term.replace("*", "").replace("_", " ").split()).strip(" .,;:")


def _sentence_around(text: str, offset: int) -> tuple[int, int]:
    for start, end in sentence_spans(text):
        if start <= offset < end:
            return start, end
    return 0, len(text)


class TermMatcher:
    """Finds which defined terms a text uses (case-sensitive, plural allowed, whole words)."""

    def __init__(self, definitions: dict[str, Definition]) -> None:
        self.definitions = definitions
        terms = sorted({d.term for d in definitions.values()}, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in terms) + r")(?:s|es)?(?![\w])") if terms else None
        )

    def used_in(self, text: str) -> list[Definition]:
        """The definitions of the terms that `text` uses, in order of first use."""
        if self._pattern is None:
            return []
        plain = text.replace("**", "").replace("__", "")
        seen: dict[str, Definition] = {}
        for match in self._pattern.finditer(plain):
            definition = self.definitions.get(match.group(1).lower())
            if definition is not None:
                seen.setdefault(definition.key, definition)
        return list(seen.values())
