"""Label clauses with the topics people care about in terms of service.

A small lexicon of regular expressions per topic, read against the clause's heading and its
text with Markdown removed. It is deliberately transparent: a reader can see why a clause got a
label, and a red-flags feature or the diff's importance order can reuse it without a model.

How well it labels is measured, not assumed: `python -m evals.topics` reports precision and
recall per topic on hand-labelled clauses of the shared terms and on the CLAUDETTE
unfair-terms sentences (see evals/README.md). The lexicon was written from the topic
definitions below while reading Zoom's terms; the evaluation documents were labelled before
it was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.clauses import plain

_I = re.IGNORECASE


@dataclass(frozen=True)
class Topic:
    """A subject of terms of service, with how much a change to it usually matters (0-1)."""

    key: str
    label: str
    definition: str
    weight: float
    patterns: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)


def _p(*patterns: str, flags: int = _I) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


_CONTENT = r"(?:your|customer|user|user[- ]generated|member)\s+(?:content|data|materials?|submissions?)"
_LICENCE = r"licen[cs](?:e|es|ed|ing)"

TOPICS: tuple[Topic, ...] = (
    Topic(
        "ai_training",
        "AI / machine learning",
        "Artificial intelligence, machine learning, (AI) models, training models or algorithms on data, "
        "generative AI output, or automated systems/algorithms analysing users' content.",
        1.0,
        _p(r"\bartificial[- ]intelligence\b", r"\bmachine[- ]learning\b", r"\bdeep[- ]learning\b", r"\bneural\b")
        + _p(r"\b(?:AI|ML|GenAI|LLMs?)\b", flags=0)
        + _p(
            r"\bgenerative\b",
            r"\b(?:language|foundation|AI|ML|predictive)\s+models?\b",
            r"\btrain(?:s|ed|ing)?\b(?:\W+\w+){0,6}?\W+(?:our\s+|its\s+|the\s+)?(?:models?|algorithms?)\b",
            r"\b(?:models?|algorithms?)\b(?:\W+\w+){0,6}?\W+train",
            r"\b(?:automated\s+systems|algorithms?)\b(?:\W+\w+){0,6}?\W+analy[sz]",
        ),
    ),
    Topic(
        "data_licence",
        "Licence to your content",
        "Rights the user grants over their content (a licence or permission to host, use, copy, modify or "
        "distribute it, moral rights, feedback), or who owns the user's content.",
        0.9,
        _p(
            rf"\b{_LICENCE}\b(?:\W+\w+){{0,12}}?\W+{_CONTENT}\b",
            rf"\b{_CONTENT}\b(?:\W+\w+){{0,12}}?\W+{_LICENCE}\b",
            rf"\bgrants?\s+(?:to\s+)?(?:us|[A-Z]\w+)\b(?:\W+\w+){{0,8}}?\W+(?:{_LICENCE}|rights?|permission)\b",
            rf"\b(?:you|users?)\s+(?:retain|own|keep)s?\b(?:\W+\w+){{0,5}}?\W+{_CONTENT}\b",
            rf"\b{_CONTENT}\s+(?:remains?|is|stays?)\s+yours\b",
            rf"\bownership\s+of\b(?:\W+\w+){{0,3}}?\W+{_CONTENT}\b",
            r"\bclaim\s+ownership\b",
            r"\brights?\s+(?:in|to)\s+your\s+content\b",
            r"\bfeedback\b(?:\W+\w+){0,30}?\W+(?:licen[cs]e|royalty|without\s+(?:any\s+)?obligation|assign|implement)",
            rf"\b(?:this|the|our|these)\s+{_LICENCE}\b(?:\W+\w+){{0,6}}?\W+(?:content|covers|lasts|allows|purpose)",
            r"\blicen[cs]e\s+grant",
        ),
    ),
    Topic(
        "privacy",
        "Privacy & data use",
        "Collection, use, access to, sharing, sale or disclosure of users' personal data or private content; "
        "service-generated or usage data; privacy policies that govern this.",
        0.85,
        _p(
            r"\bpersonal(?:ly\s+identifiable)?\s+(?:data|information)\b",
            r"\bprivacy\s+(?:policy|statement|notice|addendum)\b",
            r"\bdata\s+(?:protection|processing|disclosure)\b",
            r"\b(?:collect|collects|collected|collection|share|shares|sharing|sell|selling|disclose|discloses|"
            r"disclosure|process|processes|processing)\b(?:\W+\w+){0,4}?\W+(?:data|information)\b",
            r"\b(?:service[- ]generated|usage|telemetry|diagnostic|customer)\s+data\b",
            r"\b(?:de-identified|anonymi[sz]ed|aggregated)\b",
        ),
    ),
    Topic(
        "arbitration",
        "Disputes & arbitration",
        "Arbitration, class or mass action waivers, jury waivers, informal dispute resolution, small claims, "
        "time limits for bringing claims.",
        0.8,
        _p(
            r"\barbitra",
            r"\bclass[- ]action\b",
            r"\bclass\s+(?:or|and)\s+representative\b",
            r"\b(?:mass|representative|collective)\s+(?:action|filing|proceeding)s?\b",
            r"\bdispute\s+resolution\b",
            r"\bsmall[- ]claims\b",
            r"\bjury\b",
            r"\b(?:resolve|settle|settling)\s+(?:any\s+|certain\s+|legal\s+)?disputes?\b",
            r"\bfile\b(?:\W+\w+){0,4}?\W+within\s+one\s+\(?1?\)?\s*year\b",
        ),
    ),
    Topic(
        "governing_law",
        "Governing law & courts",
        "Which law governs the terms and which courts, venue or jurisdiction hear disputes.",
        0.5,
        _p(
            r"\bgovern(?:ed|s)?\s+by\b(?:\W+\w+){0,6}?\W+laws?\b",
            r"\bgoverning\s+law\b",
            r"\bchoice\s+of\s+law\b",
            r"\bconflicts?\s+of\s+laws?\b",
            r"\b(?:exclusive|personal)\s+(?:jurisdiction|venue)\b",
            r"\bjurisdiction\s+(?:and|or)\s+venue\b",
            r"\bvenue\b",
            r"\blaws\s+of\s+(?:the\s+)?(?:state|country|your\s+country)\b",
            r"\b(?:local|state\s+or\s+federal|federal\s+or\s+state)\s+courts?\b",
            r"\bcourts?\s+(?:located\s+)?in\s+(?:the\s+)?(?:city|county|state)\b",
        ),
    ),
    Topic(
        "termination",
        "Suspension & termination",
        "Suspending, terminating, cancelling or closing accounts, services or the agreement (by either side), "
        "withdrawal from the contract, and what happens afterwards.",
        0.7,
        _p(
            r"\bterminat(?:e|es|ed|ing|ion)\b",
            r"\bsuspen(?:d|ds|ded|ding|sion)\b",
            r"\bcancel(?:s|led|ed|ling|ing|lation|ation)?\b",
            r"\b(?:close|closing|disable|disabling|delete|deleting)\s+(?:your|the|an|any)\s+(?:\w+\s+)?accounts?\b",
            r"\bright\s+of\s+withdrawal\b",
            r"\bwithdraw(?:al)?\s+(?:from|period|form|deadline)\b",
            r"\bstop\s+using\b",
            r"\brefuse\s+service\b",
            r"\bend\s+your\s+(?:contract|relationship|agreement)\b",
        ),
    ),
    Topic(
        "changes_to_terms",
        "Changes to terms or service",
        "The provider changing these terms, the service, its features or its prices, and how users are told.",
        0.7,
        _p(
            r"\b(?:modif(?:y|ies|ied|ication|ications)|amend(?:s|ed|ment|ments)?|chang(?:e|es|ed|ing)|"
            r"updat(?:e|es|ed|ing)|revis(?:e|es|ed|ion|ions)|discontinu\w*)\b(?:\W+\w+){0,5}?\W+"
            r"(?:these\s+terms|this\s+agreement|the\s+terms|terms\s+of\s+service|the\s+agreement|(?:the|our)\s+services?|"
            r"digital\s+content|prices?|pricing|features?|fees)\b",
            r"\b(?:terms|agreement|services?|prices?|features?)\b(?:\W+\w+){0,3}?\W+(?:may|will|can|are\s+subject\s+to)"
            r"\s+(?:be\s+|to\s+)?(?:change|modif|updat|amend|revis|discontinu)",
            r"\bmaterial(?:ly)?\s+chang",
            r"\bcontinued\s+use\b(?:\W+\w+){0,12}?\W+(?:constitutes|means|acceptance|agree)",
            r"\b(?:adding|removing|add|remove)\s+(?:new\s+)?features\b",
            r"\bprices?\s+(?:increase|change)s?\b",
            r"\b(?:stop|cease)\s+(?:offering|providing)\b",
            r"\bchanges\s+to\s+(?:these|the|this)\b",
        ),
    ),
    Topic(
        "liability",
        "Liability, warranties & indemnity",
        "Limits on or exclusions of liability, damages, warranty disclaimers and guarantees, indemnities and releases.",
        0.7,
        _p(
            r"\bliab(?:le|ility|ilities)\b",
            r"\bindemn",
            r"\bhold\s+(?:\w+\s+)?harmless\b",
            r"\bwarrant(?:y|ies)\b",
            r"\bdisclaim",
            r"\bas\s+is\b",
            r"\bas\s+available\b",
            r"\bdamages\b",
            r"\bguarantee",
            r"\black\s+of\s+conformity\b",
            r"\b(?:at\s+your\s+own|assume\s+(?:full|all)\s+(?:responsibility\s+and\s+)?)risk\b",
            r"\bnot\s+(?:be\s+)?responsible\s+for\b",
            r"\brelease\s+(?:us|[A-Z]\w+)\s+from\b",
            r"\bconsequential\b",
        ),
    ),
    Topic(
        "payment",
        "Fees, billing & renewal",
        "Charges, prices, payment, billing, subscriptions and automatic renewal, refunds, taxes.",
        0.65,
        _p(
            r"\b(?:fees?|charges?|prices?|pricing|payments?|pay|paid|paying|billing|billed|bill|invoic\w*|refunds?|"
            r"(?:non-)?refundable|subscriptions?|tax|taxes|VAT|credit\s+card|renew(?:al|als|s|ed)?|"
            r"auto(?:matic(?:ally)?)?[- ]?renew\w*|reimburse\w*)\b",
        ),
    ),
    Topic(
        "content_removal",
        "Content removal & moderation",
        "The provider removing, blocking or reviewing users' content; abuse reports; copyright takedowns.",
        0.6,
        _p(
            r"\b(?:remove|removes|removal|removing|take\s+down|takedown|taking\s+down|block|blocking|"
            r"disable\s+access\s+to|delete|deletes|deleting)\b(?:\W+\w+){0,6}?\W+"
            r"(?:content|material|posts?|repositor\w+|submissions?)\b",
            r"\b(?:content|material)\b(?:\W+\w+){0,4}?\W+(?:removed|taken\s+down|deleted|blocked)\b",
            r"\b(?:notice\s+of|claims?\s+of|alleged)\s+(?:the\s+)?(?:copyright\s+)?infringement\b",
            r"\breport\s+abuse\b",
            r"\bmoderat(?:e|es|ed|ion|ing)\b",
        ),
    ),
)

_BY_KEY = {t.key: t for t in TOPICS}
NO_TOPIC_WEIGHT = 0.4  # a change that touches none of the topics still matters a little


def topic(key: str) -> Topic:
    """The topic with this key (KeyError for an unknown key)."""
    return _BY_KEY[key]


def label_topics(text: str, heading: str | None = None) -> list[str]:
    """The keys of the topics a clause touches, in TOPICS order. The heading is read with the text
    because short clauses often name their subject only there ("12.7 Termination for Nonpayment")."""
    readable = plain(f"{heading}. {text}" if heading else text)
    return [t.key for t in TOPICS if t.matches(readable)]


def topic_weight(keys: list[str]) -> float:
    """How much a clause about these topics matters: the weight of its weightiest topic."""
    return max((_BY_KEY[k].weight for k in keys), default=NO_TOPIC_WEIGHT)
