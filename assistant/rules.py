"""Verdicts read from the cited clauses' own words, where a 1.5B model's yes/no reading is known
to go wrong (see `assistant.verdict.apply_rules`, which runs them before the reading decides).

Each rule takes the question, the evidence and the indexes of the cited excerpts, and returns a
verdict or None when its wording is not there. They are pure: `eval --calibrate` re-runs them on
stored readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.lay_terms import with_contract_words
from assistant.lexical import terms
from assistant.retrieve import Evidence
from assistant.sentences import sentence_spans

# A refusal that the user can lift: "will not use … without your consent", "unless you opt in".
UNLESS_CONSENT = re.compile(
    r"\b(?:will\s+not|won't|shall\s+not|does\s+not|do\s+not|may\s+not|must\s+not|never|agree\s+not\s+to)\b[^.]{0,160}?"
    r"\b(?:without\s+(?:your|the\s+user'?s?|the\s+account\s+owner'?s?|our|its|prior|express|explicit|the)?\s*"
    # ("without the separate, express consent of the uploading artist", "without Customer's prior written consent")
    r"(?:[\w,'’]+\s+){0,3}?"
    r"(?:consent|permission|opt[- ]in|approval|authori[sz]ation)"
    r"|unless\s+(?:\(\w\)\s+)?(?:you|the\s+user|the\s+account\s+owner)\b[^.]{0,60}\b(?:consent|opt|agree|allow|enable))",
    re.IGNORECASE,
)

# "Can they change the terms without telling me?" asks whether notice (or consent) is needed, and a
# small model answers the part before "without" ("can they change the terms?": yes). The clauses
# say it in so many words: "without notice" (yes, they can), "30 days' notice" (no) (`without_rule`).
_ASKS_WITHOUT_NOTICE = re.compile(
    r"\bwithout\s+(?:(?:any|prior|advance|first|giving|me|us|my|the\s+user'?s?)\s+)*"
    r"(?:notice|notif\w*|telling|informing|warning|letting\s+(?:me|us)\s+know|alerting)\b",
    re.IGNORECASE,
)
_ASKS_WITHOUT_CONSENT = re.compile(
    r"\bwithout\s+(?:(?:my|our|the\s+user'?s?|prior|express|explicit|first)\s+)*"
    r"(?:asking|consent\w*|permission|approval|opt(?:ing)?[- ]?in)\b",
    re.IGNORECASE,
)
# What they will not do until you agree, said in a sentence of its own: "A higher price for later
# periods applies only if you expressly agree to it."
ONLY_IF_YOU_AGREE = re.compile(
    r"\bonly\s+(?:if|when|where|after|once|with)\s+(?:you|your)\s+(?:\w+\s+)?"
    r"(?:agree|consent|opt[- ]?in|approve|accept|allow|permission|approval)",
    re.IGNORECASE,
)
# "without notice"; "is not required to provide you with any notice or warning" (which the pattern
# for notice given would read as a promise).
_NOTICE_WAIVED = re.compile(
    r"\bwithout\s+(?:any\s+|prior\s+|advance\s+|further\s+|written\s+)*(?:notice|notif\w*|warning)\b"
    r"|\b(?:not|no|under\s+no)\s+(?:be\s+)?(?:required|obliged|obligated|obligation)\s+to\s+(?:\S+\s+){0,5}?"
    r"(?:notice|notify|warn\w*|inform|tell)\b",
    re.IGNORECASE,
)
# Notice given to the user, not by them ("you may terminate by giving us 30 days' notice").
_NOTICE_GIVEN = re.compile(
    r"\b(?:provide|give|send)\s+you\s+(?:with\s+)?(?:\S+\s+){0,4}?notice\b|\bnotice\s+to\s+you\b"
    r"|(?:\b(?!you\b)\w+\s+(?:will|shall|must)|\bwe['’]ll)\s+(?:\S+\s+){0,3}?"
    r"(?:(?:notify|inform|tell|alert|let)\s+you\b|(?:provide|give|send|post)\s+(?:\S+\s+){0,4}?notice\b)",
    re.IGNORECASE,
)
_CONSENT_WAIVED = re.compile(
    r"\bwithout\s+(?:your\s+|the\s+user'?s?\s+)?(?:consent|permission|approval)\b", re.IGNORECASE
)
_CONSENT_NEEDED = re.compile(
    r"\bwith\s+(?:your|the\s+user'?s?)\s+(?:prior\s+|express\s+|explicit\s+)?(?:consent|permission|approval)\b"
    r"|\bonly\s+if\s+you\s+(?:consent|agree|opt[- ]?in|allow)\b|\bsubject\s+to\s+your\s+(?:\w+\s+)?consent\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w'’-]*")

# "Does GitHub claim ownership of my prompts?" against "GitHub does not claim ownership of your
# Input or Output": the 1.5B model read it as yes. A cited sentence in which the service denies the
# question's own verb, about its object, with no exception in it, answers no (`denial_rule`).
_ASKS_WHAT_THEY_DO = re.compile(
    r"^\s*(?i:does|do|will|would|can|could|may|might)\s+"
    r"(?:(?i:they|it|the\s+\w+)|(?!I\b)[A-Z][\w&.'’-]*)\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
# The same asked in the passive: "Are my chats with the doctor used to train AI?" is denied by "We do
# not use ... the contents of your chats with Providers, to train any artificial intelligence model".
_ASKS_WHAT_IS_DONE = re.compile(
    # ("Is what my kids watch on their own profile used to train Reelnest's algorithms?")
    r"^\s*(?i:are|is|will|would|can|could|may|might)\s+(?P<subject>(?i:my|our|the|your|what)\b.+?)\s+(?:(?i:ever|also|still)\s+)?"
    r"(?:(?i:be|get|getting|being)\s+)?(?P<verb>[a-z]+(?:ed|en)|sold|sent|kept|read|given|told)\b(?P<rest>.*)$"
)
# What the user must do: "Do I have to pay anything to grab a shift?" is denied by "Workers never pay a
# fee to claim or work a Shift" (you, or the users the terms name in the plural, as the subject).
_ASKS_WHAT_I_MUST_DO = re.compile(
    r"^\s*(?:(?:do|will|would)\s+(?:i|we)\s+(?:have|need)\s+to|(?:am\s+i|are\s+we)\s+(?:required|obliged|expected)\s+to"
    r"|must\s+(?:i|we))\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_ACTIVE = {
    "used": "use",
    "seen": "see",
    "sold": "sell",
    "sent": "send",
    "kept": "keep",
    "read": "read",
    "given": "give",
    "told": "tell",
}
_EXCEPTION = re.compile(r"\b(?:except|unless|other\s+than|however|but|only|without)\b", re.IGNORECASE)
_NOT_A_VERB = frozenset({"be", "have", "get", "need", "not", "ever", "also", "still", "really"})
# "Does Meetly let other AI companies train on my content?" is denied by "Meetly does not allow
# third-party AI providers to use Your Content to train their models".
_PERMIT = ("let", "allow", "permit")
# "Will Zoom give my details to other companies ...?" is denied by "We do not share Personal
# Information with third parties for the third parties' direct marketing purposes".
# ("does Harborhop share my licence details with another company?" is answered by "we send your name ... licence
# number ... to Keelcheck Verification Pty Ltd")
_HAND_OVER = ("give", "share", "disclose", "provide", "hand", "pass", "transfer", "send")
# "will it call an ambulance for me" is denied by "It never contacts anyone on your behalf".
_CONTACT = ("contact", "call", "phone", "ring")
# "Does Reelnest get that data?" is denied by "we don't receive any of that information".
_RECEIVE = ("receive", "get", "obtain")
_SAME_VERB = {verb: group for group in (_PERMIT, _HAND_OVER, _CONTACT, _RECEIVE) for verb in group}
# "get" is a verb of its own only before what is got ("get that data", not "get a refund", "get to keep").
_GETS_DATA = re.compile(
    r"\s+(?:that|this|these|those|my|our|your|the)\s+(?:\w+\s+)?(?:data|information|info|details)\b", re.IGNORECASE
)
# What was named before: "Will Tinkertab rank them against each other?" is denied by "We never rank children against
# each other".
_PRONOUN_OBJECT = re.compile(r"\s*(?:them|it|him|her|this|that|these|those)\b", re.IGNORECASE)
# Whoever or whatever: "never contacts anyone", "does not share anything", "don't receive any of that information".
_ANY_OBJECT = re.compile(
    r"\s*(?:anyone|anybody|anything|any\s+one|any\s+of\s+(?:that|this|these|those|it|them)\b)\b", re.IGNORECASE
)


def _sentences(evidence: Sequence[Evidence], cited: Sequence[int]) -> list[str]:
    """The sentences of the cited excerpts' quotes, in citation order: what every rule reads."""
    return [evidence[i].quote[a:b] for i in cited for a, b in sentence_spans(evidence[i].quote)]


def without_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """For "can they ... without notice / my consent?": "yes" when a cited sentence on the
    question's subject lets them act without it, "no" when one promises it, None otherwise."""
    notice = _ASKS_WITHOUT_NOTICE.search(question)
    consent = _ASKS_WITHOUT_CONSENT.search(question)
    if not (notice or consent):
        return None
    asked = notice or consent
    # What the question is about, less the company's name, which most sentences share.
    rest = _NAME.sub(" ", question[: asked.start()] + " " + question[asked.end() :])
    wanted = set(terms(with_contract_words(rest)))  # "close my account" is decided by "such termination"
    sentences = [t for t in _sentences(evidence, cited) if wanted & set(terms(t))]
    if notice:
        if any(_NOTICE_WAIVED.search(t) for t in sentences):
            return "yes"
        if any(_NOTICE_GIVEN.search(t) for t in sentences):
            return "no"
        return None
    if any(_CONSENT_WAIVED.search(t) and not _NEGATION.search(t) for t in sentences):
        return "yes"
    if any(UNLESS_CONSENT.search(t) or _CONSENT_NEEDED.search(t) for t in sentences):
        return "no"
    return None


def denial_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """ "no" when a cited sentence has the service deny doing what the question asks ("we do not
    sell your personal data" for "Does Zoom sell my personal data?"), else None."""
    own = _ASKS_WHAT_I_MUST_DO.match(question)
    asked = own or _ASKS_WHAT_THEY_DO.match(question)
    passive = None if asked else _ASKS_WHAT_IS_DONE.match(question)
    if asked:
        verb, rest = asked["verb"], asked["rest"]
    elif passive:
        verb, rest = _active(passive["verb"]), passive["subject"] + " " + passive["rest"]
    else:
        return None
    if verb.lower() == "get" and _GETS_DATA.match(rest):
        verb = "receive"
    elif verb in _NOT_A_VERB:
        return None
    verbs = "|".join(re.escape(v) for v in _SAME_VERB.get(verb.lower(), (verb,)))
    # (an adverb between, "we do not knowingly sell", not another verb: "we do not use recordings" is
    # no denial that they record)
    adverb = r"(?:(?:\w+ly|ever|also|otherwise|even)\s+)?"
    if own:
        denied = re.compile(
            r"\b(?:you|\w+s)\s+(?:(?:do|does|will|shall|would)\s+(?:not|never)|never|don['’]t|won['’]t)\s+"
            rf"(?:(?:have|need)\s+to\s+)?{adverb}(?:{verbs})\w*\b"
            rf"|\b(?:are|is)\s+not\s+(?:required|obliged|expected)\s+to\s+{adverb}(?:{verbs})\w*\b",
            re.IGNORECASE,
        )
    else:
        denied = re.compile(
            # (not "Face Templates are never used to train models": a passive denies nothing the service does
            # with what the question names)
            r"\b(?!(?:you|are|is|be|been|was|were)\b)\w[\w&.'’-]*\s+(?:(?:do|does|will|shall|would)\s+(?:not|never)|never"
            rf"|don['’]t|doesn['’]t|won['’]t)\s+{adverb}(?:{verbs})\w*\b"
            # nothing at all: "Nothing gets deleted because of a missed payment."
            rf"|^[\W\d]*(?P<nothing>nothing)\s+(?:ever\s+)?(?:gets|is|will\s+be|would\s+be|shall\s+be)\s+{adverb}(?:{verbs})\w*\b",
            re.IGNORECASE,
        )
    # What is used, sold or shared, in the contract's words too ("my footage": Recordings)
    objects = set(terms(with_contract_words(rest)))
    denied_passively = _passive_denial(passive) if passive else None
    for i in cited:
        if ONLY_IF_YOU_AGREE.search(evidence[i].quote):
            continue  # "We will not raise the price ... A higher price ... applies only if you agree to it."
        for sentence in _sentences(evidence, [i]):
            if _EXCEPTION.search(sentence) or UNLESS_CONSENT.search(sentence):
                continue
            match = denied.search(sentence)
            if match and (
                match.groupdict().get("nothing")
                or objects & set(terms(sentence[match.end() :]))
                or _ANY_OBJECT.match(sentence, match.end())
                or _PRONOUN_OBJECT.match(rest)
            ):
                return "no"
            if denied_passively and denied_passively(sentence):
                return "no"
    return None


def _passive_denial(asked: re.Match[str]) -> Callable[[str], bool]:
    """Whether a sentence denies, in the passive, what a question asks in the passive: "Is what my kids watch on
    their own profile used to train Reelnest's algorithms?" against "Viewing on Kids' profiles is never used to
    train any of our models" (what the sentence's subject names, and what follows the verb, shared with the
    question). Built once per question, read on every cited sentence."""
    never = re.compile(
        r"\b(?:(?:is|are|will\s+be|shall\s+be|would\s+be)\s+(?:not\s+(?:ever\s+)?|never\s+)"
        rf"|(?:isn['’]t|aren['’]t|won['’]t\s+be)\s+(?:ever\s+)?){re.escape(asked['verb'])}\b",
        re.IGNORECASE,
    )
    subject = set(terms(with_contract_words(asked["subject"])))
    after = set(terms(asked["rest"]))

    def denies(sentence: str) -> bool:
        match = never.search(sentence)
        if not match or not subject & set(terms(sentence[: match.start()])):
            return False
        return not after or bool(after & set(terms(sentence[match.end() :])))

    return denies


# "Can Tallyroo still lower my advance limit?" against "We may lower your limit, or withdraw the feature
# from your account at any time, even if you've repaid every advance on time": the 1.5B model read it as
# no. A cited sentence in which the service may do the question's own verb, to its object, with no
# condition or exception in it, answers yes (`grant_rule`).
_ASKS_WHAT_THEY_MAY_DO = re.compile(
    r"^\s*(?i:can|could|may|might)\s+(?:(?i:they|it|the\s+\w+)|(?!I\b)[A-Z][\w&.'’-]*)\s+"
    r"(?:(?i:still|also|ever|just|really|actually)\s+)?(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
# Whatever makes a power depend on something: "only", "unless", "if", "with your consent".
_ANY_CONDITION = re.compile(
    r"\b(?:except|unless|other\s+than|only|without|if|when|where|provided|subject\s+to|consent|permission|approv\w+"
    r"|opt\w*|settings?)\b",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(
    r"\b(?:without|unless|if|before|after|instead|even|for\s+free|in\s+exchange|anyway|just\s+because)\b", re.IGNORECASE
)
_EVEN_IF_YOU = re.compile(r"\beven\s+(?:if|when|after|though)\b", re.IGNORECASE)
_NOT_THE_OBJECT = frozenset(terms("my our me us the a an any"))


def grant_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """ "yes" when a cited sentence lets the service do what the question asks with no condition
    ("We may lower your limit ... at any time" for "Can Tallyroo lower my advance limit?"), else None."""
    asked = _ASKS_WHAT_THEY_MAY_DO.match(question)
    # (not "Can Meetly change these terms without telling me?": the power alone does not answer how)
    if not asked or asked["verb"] in _NOT_A_VERB or _QUALIFIED.search(asked["rest"]):
        return None
    verbs = "|".join(re.escape(v) for v in _SAME_VERB.get(asked["verb"].lower(), (asked["verb"],)))
    # the verb itself or one of a list of the service's powers ("may edit, hide or take down")
    granted = re.compile(
        r"\b(?!you\b)\w[\w&.'’-]*\s+(?:may|can|reserves?\s+the\s+right\s+to)\s+(?:(?:\w+ly|also|still|always)\s+)?"
        rf"(?:\w+,?\s+(?:or\s+|and\s+)?){{0,3}}?(?:{verbs})\w*\b",
        re.IGNORECASE,
    )
    objects = set(terms(with_contract_words(_NAME.sub(" ", asked["rest"])))) - _NOT_THE_OBJECT
    for sentence in _sentences(evidence, cited):
        match = granted.search(sentence)
        if (
            match
            and objects & set(terms(sentence[match.end() :]))
            and not _NEGATION.search(match.group())
            and not _ANY_CONDITION.search(_EVEN_IF_YOU.split(sentence)[0])
        ):
            return "yes"
    return None


# "To verify my boat licence, does Harborhop share my licence details with another company?" against "To confirm a
# licence, we send your name, date of birth, licence number and issuing state to Keelcheck Verification Pty Ltd": the
# 1.5B model read it as no. A cited sentence in which the service does the question's own verb, to its object, with no
# condition or negation in it, answers yes (`does_rule`).
_ASKS_WHAT_THEY_DO_NOW = re.compile(
    r"^\s*(?i:does|do|will|would)\s+(?:(?i:they|it)|(?!I\b)[A-Z][\w&.'’-]*)\s+"
    r"(?:(?i:still|also|ever|just|really|actually)\s+)?(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)


def does_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """ "yes" when a cited sentence says the service does what the question asks, to what it names, with no
    condition ("we send your name ... licence number ... to Keelcheck" for "does Harborhop share my licence
    details with another company?"), else None."""
    asked = _ASKS_WHAT_THEY_DO_NOW.match(question)
    if not asked or asked["verb"] in _NOT_A_VERB or _QUALIFIED.search(asked["rest"]):
        return None
    verbs = "|".join(re.escape(v) for v in _SAME_VERB.get(asked["verb"].lower(), (asked["verb"],)))
    done = re.compile(
        rf"\b(?:we|(?-i:[A-Z])[\w&.'’-]*)\s+(?:(?:also|then|automatically|always|will)\s+)?(?:{verbs})(?:s|es)?\b",
        re.IGNORECASE,
    )
    # what is done to: the first word the question names after its verb ("my licence details", not "shifts" in "pay for
    # my gas or mileage driving to shifts")
    objects = [t for t in terms(with_contract_words(_NAME.sub(" ", asked["rest"]))) if t not in _NOT_THE_OBJECT]
    for sentence in _sentences(evidence, cited):
        match = done.search(sentence)
        if (
            match
            and objects
            and objects[0] in set(terms(sentence[match.end() :]))
            and not _NEGATION.search(sentence)
            and not _ANY_CONDITION.search(sentence)
        ):
            return "yes"
    return None


# "are hosts allowed to have a camera in the bedroom" against "Cameras are prohibited in bedrooms, bathrooms and
# any area used for sleeping": the 1.5B model read it as yes. A thing the question names, banned outright by a
# cited sentence, answers no (`ban_rule`).
_ASKS_IF_ALLOWED = re.compile(
    r"^\s*(?:(?:are|is)\s+(?:\w+\s+){1,2}?(?:allowed|permitted)\s+to|(?:can|may|could)\s+(?:i|we|\w+)\s+\w+)\b",
    re.IGNORECASE,
)
_BANNED = re.compile(
    r"\b(?P<thing>[\w-]+)\s+(?:are|is)\s+(?:strictly\s+|also\s+)?(?:prohibited|forbidden|banned|not\s+(?:allowed|permitted))\b",
    re.IGNORECASE,
)
_TIMES_AND_CASES = re.compile(r"\b(?:after|before|during|within|until|once)\b", re.IGNORECASE)


def ban_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """ "no" when the question asks whether something may be had or done and a cited sentence bans the
    very thing it names, in no case or time ("Smoking is prohibited in all vehicles"), else None."""
    if not _ASKS_IF_ALLOWED.match(question):
        return None
    asked = set(terms(question))
    for sentence in _sentences(evidence, cited):
        ban = _BANNED.search(sentence)
        if (
            ban
            and set(terms(ban["thing"])) <= asked
            and not _ANY_CONDITION.search(sentence)
            and not _TIMES_AND_CASES.search(sentence)
        ):
            return "no"
    return None


# "can i sue nookstay in a normal court or am i forced into arbitration" against arbitration that leaves
# small claims court open: it depends on the claim (`court_rule`).
# (a court asked for by name: "Once I'm able to sue Zoom, can I wait two years ...?" asks about a time limit)
_ASKS_ABOUT_COURT = re.compile(r"\bcourts?\b|\barbitrat\w*", re.IGNORECASE)
_ARBITRATION = re.compile(r"\barbitrat\w*", re.IGNORECASE)
_COURT_LEFT_OPEN = re.compile(
    r"\bsmall[\s-]+claims\b|\bopt\s+out\s+of\s+(?:this\s+|the\s+)?arbitration\b"
    # ("Members residing in the European Union or the United Kingdom are not bound by Sections 17.2 and 17.3")
    r"|\bnot\s+bound\s+by\s+(?:this\s+|the\s+)?(?:arbitration|sections?|clauses?)\b",
    re.IGNORECASE,
)


def court_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """ "conditional" when a question on going to court meets cited arbitration and an excerpt that leaves
    a court open in some cases (small claims, an opt-out), else None. A class action is
    `class_action_rule`'s."""
    if not _ASKS_ABOUT_COURT.search(question) or _ASKS_CLASS_ACTION.search(question):
        return None
    # (the way round may sit in an excerpt the model did not pick: "Either of us may instead bring an individual
    # claim in small claims court")
    everywhere = _sentences(evidence, range(len(evidence)))
    if any(_ARBITRATION.search(s) for s in _sentences(evidence, cited)) and any(
        _COURT_LEFT_OPEN.search(s) for s in everywhere
    ):
        return "conditional"
    return None


def _active(participle: str) -> str:
    """The verb of a past participle, as a prefix the active forms share: "shared" -> "shar" (share,
    shares, sharing), "transferred" -> "transfer", "sold" -> "sell"; "be" (no verb) when too short
    to tell."""
    participle = participle.lower()
    if participle in _ACTIVE:
        return _ACTIVE[participle]
    stem = participle[:-2]
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    return stem if len(stem) >= 3 else "be"


# "Can I record people without telling them?" against "You agree not to use the Services ... to
# record people without the notice and consent the law requires": the 1.5B model read it as yes.
# A cited sentence that forbids the user the very act asked about, with no exception in it,
# answers no (`prohibition_rule`).
_ASKS_WHAT_I_MAY_DO = re.compile(
    r"^\s*(?:(?:can|may|could)\s+(?:i|we)|(?:am\s+i|are\s+we)\s+(?:allowed|permitted)\s+to"
    r"|is\s+it\s+(?:ok(?:ay)?|allowed|fine)\s+(?:for\s+(?:me|us)\s+)?to"
    # ("hit cancel like 30 sec too late ... any way to cancel it still?")
    r"|(?:is\s+there\s+)?(?:any|a)\s+way\s+(?:to|(?:i|we)\s+can))"
    r"\s+(?:(?:still|also|just|ever|legally)\s+)?(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# Doing it again or onward is doing it: "Am I allowed to resell copies of Google's software?" is
# answered by "You may not copy, modify, distribute, sell, or lease any part of our ... software".
_AGAIN = {
    f"{prefix}{verb}": verb
    for prefix, verbs in (
        ("re", ("sell", "distribute", "publish", "post", "upload", "share", "broadcast", "transmit", "license")),
        ("sub", ("license", "lease", "let")),
    )
    for verb in verbs
}
# Forbidden to the user, not denied by the service ("we do not sell ..." is about what they do).
_FORBIDS = re.compile(
    r"\byou\s+(?:\w+\s+)?(?:may|must|shall|will|can|agree|promise|are|do|should)\s+not\b"
    r"|\byou\s+(?:cannot|can['’]t|mustn['’]t|won['’]t|don['’]t|shouldn['’]t)\b"
    r"|^\W*(?:do\s+not|don['’]t|never)\b|\bnot\s+(?:allowed|permitted)\s+to\b|\b(?:prohibited|forbidden)\s+from\b"
    # what no one can do: "print orders cannot be cancelled, changed, or refunded once you submit them"
    r"|\b(?:cannot|can['’]t|may\s+not|must\s+not)\s+be\b",
    re.IGNORECASE,
)
_WITHOUT = re.compile(r"\bwithout\b", re.IGNORECASE)
# "If you do not agree with them, ..." is a condition, not a prohibition.
_IF_BEFORE = re.compile(r"\b(?:if|unless|where|when)\s+$", re.IGNORECASE)
_PERMISSION_AFTER = re.compile(r"[;:]\s*(?:but\s+)?you\s+(?:can|may|could)\b", re.IGNORECASE)
# Objects that name no one in particular: "Can I spam people?" is forbidden by "to send spam".
_ANYONE = frozenset(terms("people person others anyone someone everyone somebody anybody users things stuff"))
_ADVERBS_AFTER = frozenset(terms("still also ever just anymore now even really though"))


# Giving something on is transferring it: "can i give my leftover promo credits to a friend?" against
# "Promotional credits have no cash value, are not transferable" (the model read yes).
_HANDING_ON = frozenset(terms("give transfer pass gift hand send move"))
_NOT_TRANSFERABLE = re.compile(r"\b(?:not|non-?)\s*transferr?able\b", re.IGNORECASE)


def prohibition_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """ "no" when the question asks whether the user may do something and a cited sentence forbids
    the user that act, about the question's object, with no exception ("you may not sell ... your
    account" for "Can I sell my account?"), else None."""
    asked = _ASKS_WHAT_I_MAY_DO.match(question)
    if not asked or asked["verb"].lower() in _NOT_A_VERB:
        return None
    verb = set(terms(_AGAIN.get(asked["verb"].lower(), asked["verb"])))
    # "Can I resell or rent out a Google app?" is forbidden as "sell, or lease any part of our
    # services or software": the contract's words for the question's count as its objects
    # (less the adverbs after it: "any way to cancel it still?")
    objects = set(terms(with_contract_words(_NAME.sub(" ", asked["rest"])))) - _ADVERBS_AFTER
    # "without notice" in the question asks about the very limit the sentence sets
    asks_without = bool(_WITHOUT.search(question))
    for sentence in _sentences(evidence, cited):
        if (
            verb & _HANDING_ON
            and _NOT_TRANSFERABLE.search(sentence)
            and objects & set(terms(sentence))
            and not _EXCEPTION.search(sentence)
        ):
            return "no"
        match = _FORBIDS.search(sentence)
        if not match or _IF_BEFORE.search(sentence, 0, match.start()):
            continue
        item = _forbidden_item(sentence, match.end(), verb)
        if item is None or (objects - _ANYONE and not objects & set(terms(item))):
            continue
        own = _WITHOUT.sub(" ", item) if asks_without else item
        if not _EXCEPTION.search(own) and not UNLESS_CONSENT.search(own):
            return "no"
    return None


# "You agree not to use the Services to break the law, to send spam, ..., or to record people
# without ... consent": each act is an item of its own, and an exception in one ("without consent")
# says nothing of the others.
_LIST_ITEM = re.compile(r"[,;:]\s*(?:(?:or|and)\s+)?(?:to\s+|\(\w{1,4}\)\s*)(?=[a-z])|\s[•*]\s")


def _forbidden_item(sentence: str, start: int, verb: set[str]) -> str | None:
    """The part of a prohibition, from `start` on, that forbids `verb`: the whole of it, or the list
    item that holds the verb when it lists several acts; None when it does not forbid the verb."""
    rest = sentence[start:]
    # ("please do not complete setup; you can instead return an unused Device for a refund")
    if permitted := _PERMISSION_AFTER.search(rest):
        rest = rest[: permitted.start()]
    bounds = [0, *(m.start() for m in _LIST_ITEM.finditer(rest)), len(rest)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if verb <= set(terms(rest[a:b])):
            # the first item also carries what comes before the list ("you may not, except ...")
            return rest[:b] if a == 0 else rest[a:b]
    return None


# "My son is 12, can he have an account?" against "you confirm that you're at least 13 years old":
# the 1.5B model read such pairs as yes (three of three on questions written for the purpose). The
# numbers decide it (`age_rule`).
_NUMBER_WORDS = {
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-one": 21,
}
_SPELLED = re.compile(r"\b(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b(?:\s*\(\d{1,2}\))?", re.I)
_ASKED_AGE = re.compile(
    r"\b(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*old\b|\b(\d{1,2})[\s-]*year[\s-]*old\b"
    r"|\b(?:is|am|i['’]?m|he['’]s|she['’]s|they['’]re|aged?|turned?)\s+(?:only\s+|just\s+)?(\d{1,2})\b(?![\s-]*(?:%|percent|dollars|euros|days|months|minutes|hours|gb|mb))",
    re.IGNORECASE,
)
# A question about being allowed in at all, not about what happens to a child's data.
_ASKS_ELIGIBILITY = re.compile(
    r"\b(?:sign(?:s|ing)?\s+up|signup|register|join|account|allowed|permitted|eligible|use|using|subscribe|open|create"
    r"|membership|profile|set\s+up|publish|sell|added)\b",
    re.IGNORECASE,
)
# Or about doing something an age limit may be set for ("My son is 19 ... Can he book a Vanlyft van himself?"): only a
# flat limit above the age answers it ("Learners aged 13 and over can be given a Learner login ... Learners cannot book
# or pay for lessons" is no question of a parent's say).
_ASKS_TO_DO = re.compile(r"\b(?:book|rent|hire|drive)\b", re.IGNORECASE)
# "If I let my 10-year-old use Google apps, am I responsible for what she does?" asks who answers for
# a minor, not whether they may sign up.
_ASKS_RESPONSIBILITY = re.compile(r"\b(?:responsible|liable|on\s+the\s+hook|to\s+blame)\b", re.IGNORECASE)
# "at least 13 years old", "18 years of age or older", "the minimum age of 16", "over the age of 13",
# "you must be 18 years of age", "you agree that you are 13 years of age"
_MINIMUM_AGE = re.compile(
    # (years or "the age of" required: "at least 14 days' notice" is not an age)
    r"\bat\s+least\s+(?:the\s+age\s+of\s+(\d{1,2})\b|(\d{1,2})\s*(?:years?|yrs?)\b)"
    r"|\b(\d{1,2})\s*(?:years?\s+(?:of\s+age\s+|old\s+)?)?or\s+(?:older|over|above)\b"
    r"|\b(?:minimum\s+age\s+(?:of|is)|over\s+the\s+age\s+of|older\s+than)\s+(\d{1,2})\b"
    r"|\b(?:must\s+be|you\s+are|you['’]re)\s+(\d{1,2})\s*(?:years?|yrs?)\b"
    # "To use Tallyroo you need to be at least 18" (not "at least 14 days' notice")
    r"|\b(?:be|are|you['’]re)\s+at\s+least\s+(\d{1,2})\b(?!\s*(?:%|percent|days?|weeks?|months?|hours?|minutes?|gb|mb))",
    re.IGNORECASE,
)
# "not designed for users under the age of 13", "does not allow children under 16", in a sentence
# about ages ("no fee on orders under 20 dollars" is not one)
_BARRED_UNDER = re.compile(r"\b(?:under|younger\s+than|below)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b", re.IGNORECASE)
_ABOUT_AGE = re.compile(r"\b(?:ages?|years?|old|child\w*|minors?|kids?|teen\w*)\b", re.IGNORECASE)
_BARS = re.compile(
    r"\b(?:not|no|never|cannot|prohibit\w*|forbid\w*|ineligible)\b|n['’]t\b",
    re.IGNORECASE,
)
# Any age a sentence states: "16 years old", "18 years of age", "the age of 13".
_AGE_STATED = re.compile(r"\b(\d{1,2})\s*[-\s]?(?:years?|yrs?)\b|\bage\s+of\s+(\d{1,2})\b", re.IGNORECASE)
_MAJORITY = re.compile(r"\bmajority\b|\bminors?\b", re.IGNORECASE)
_UNLESS = re.compile(r"\b(?:unless|except)\b", re.IGNORECASE)
# Below it, a parent's or guardian's say is what a minor needs where the terms set no flat limit.
AGE_OF_MAJORITY = 18
_PARENT = re.compile(r"\b(?:parent|guardian)\w*", re.IGNORECASE)
_WITHOUT_A_PARENT = re.compile(
    r"\bwithout\s+(?:[\w'’]+\s+){0,2}?(?:telling|asking|permission|consent|knowing|knowledge|approval)\b"
    r"|\bwithout\s+(?:me|us|(?:my|his|her|their|a)\s+parents?)\b|\bbehind\s+(?:my|our|his|her|their)\s+backs?\b",
    re.IGNORECASE,
)
# How far from an age the words that lift it may be (characters, each side).
LIFT_REACH = 100
# A limit a parent's consent or another rule can lift is not a flat one: "under 18, only with a
# parent's permission", "18, or the age of majority where you live".
_LIFTED = re.compile(
    r"\b(?:parent\w*|guardian\w*|supervis\w*|(?<!digital\s)consent|permission)\b"
    r"|\bor\s+(?:\w+\s+){0,3}age\s+of\s+majority\b|\bor\s+the\s+(?:minimum\s+|legal\s+|applicable\s+)?age\b",
    re.IGNORECASE,
)


def _with_digits(text: str) -> str:
    """The text with ages spelled out as digits ("sixteen (16)" and "sixteen" become "16")."""
    return _SPELLED.sub(lambda m: str(_NUMBER_WORDS[m[1].lower()]), text)


def asked_age(question: str) -> int | None:
    """The age a question gives ("my son is 12", "a 14-year-old", "I'm fifteen"), if it asks
    whether someone that age may sign up or use the service."""
    if not _ASKS_ELIGIBILITY.search(question) or _ASKS_RESPONSIBILITY.search(question):
        return None
    return _age_in(question)


def _age_in(question: str) -> int | None:
    """The age a question gives, whatever it asks about it."""
    match = _ASKED_AGE.search(_with_digits(question))
    return int(next(g for g in match.groups() if g)) if match else None


# A second age in the same list: "at least 18 to rent a unit, and at least 21 with a valid driver's license to book a
# van" (not "and at least 10 business days").
_AND_AT_LEAST = re.compile(
    r"\b(?:and|or|but)\s+at\s+least\s+(\d{1,2})\b(?!\s*(?:%|percent|[\w-]+\s+days?|days?|weeks?|months?|hours?|minutes?|gb|mb))",
    re.IGNORECASE,
)


def _minimum_ages_at(sentence: str) -> list[tuple[int, int, int]]:
    """The flat minimum ages a sentence (already in digits) sets, each with where its words start and
    end (not one that a parent's consent or the local age of majority, named next to it, can lift)."""
    found = list(_MINIMUM_AGE.finditer(sentence))
    if found:
        found += _AND_AT_LEAST.finditer(sentence, found[0].end())
    if _BARS.search(sentence) and _ABOUT_AGE.search(sentence):
        found += _BARRED_UNDER.finditer(sentence)
    ages = []
    for match in found:
        # Next to the age, not anywhere in the sentence: Discord's "you are 13 years of age and the
        # minimum age of digital consent ..., (iii) if you are not the age of majority ..., that
        # your parent or legal guardian has read ..." sets 13 flat, and asks a parent only of
        # those between 13 and the age of majority.
        near = sentence[max(0, match.start() - LIFT_REACH) : match.end() + LIFT_REACH]
        age = int(next(g for g in match.groups() if g))
        # 1 and 100 are not ages a service is closed to
        if 6 <= age <= 21 and not _LIFTED.search(near):
            ages.append((age, match.start(), match.end()))
    return ages


def _ages_for(sentence: str, question: str) -> list[int]:
    """The minimum ages a sentence sets for what the question asks to do: of "You must be at least 18 to rent a unit,
    and at least 21 with a valid driver's license to book a van", 21 for "Can my 19-year-old book a van?" (the words
    after each age name what it is for); all of them when none names anything the question does."""
    sentence = _with_digits(sentence)
    limits = sorted(_minimum_ages_at(sentence), key=lambda limit: limit[1])
    if len({age for age, _, _ in limits}) < 2:
        return [age for age, _, _ in limits]
    asked = set(terms(question))
    # each age's words run from its end to where the next age starts
    stops = [start for _, start, _ in limits[1:]] + [len(sentence)]
    scoped = [age for (age, _, end), stop in zip(limits, stops, strict=True) if asked & set(terms(sentence[end:stop]))]
    return scoped or [age for age, _, _ in limits]


def age_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """ "no" when the question asks whether someone younger than a cited sentence's flat minimum
    age may sign up or use the service; "yes" when they are at least every age the cited sentences
    about age state and these name no parent, guardian, consent or age of majority; else None.
    A question about doing something (booking, renting, hiring, driving) gets only the "no" (or the
    "conditional" of a way round) of a limit set for that act."""
    age = asked_age(question)
    to_do = age is None and _ASKS_TO_DO.search(question) is not None and not _ASKS_RESPONSIBILITY.search(question)
    if to_do:
        age = _age_in(question)
    if age is None:
        return None
    sentences = _sentences(evidence, cited)
    limits = [(limit, sentence) for sentence in sentences for limit in _ages_for(sentence, question)]
    below = [sentence for limit, sentence in limits if age < limit]
    if below:
        # "not intended for use by individuals under the age of sixteen (16) years old, unless it is
        # through a School Subscriber": a 14-year-old may, that way ("unless a higher age applies in
        # your country" only raises it). So may a 15-year-old where another cited sentence lets in
        # "a person who is at least 13 but under 16 ... if the Family Manager is that person's
        # parent" (the limit it overrides said no).
        floors = [limit for limit, _ in limits]
        if all(_way_round(sentence) for sentence in below) or any(
            _let_in_with_a_parent(s, age, floors, own=bool(_OWN.search(question))) for s in sentences
        ):
            return "conditional"
        return "no"
    if to_do:
        return None
    about_age = [_with_digits(s) for s in sentences if _ABOUT_AGE.search(s)]
    # A minor with no flat limit above their age may, with a parent's say: "If you're under the age
    # required to manage your own Google Account, you must have your parent or legal guardian's
    # permission", "you have either reached the age of majority where you live or your parent or
    # legal guardian agreed". The 1.5B model read both as a plain yes for an 11- and a 15-year-old.
    # (not a range a parent's say opens above the age asked: "at least 13 but under 16 ... if the
    # Family Manager is that person's parent" says nothing of a 12-year-old)
    with_a_parent = [s for s in about_age if _PARENT.search(s)]
    if age < AGE_OF_MAJORITY and with_a_parent and not all(_opens_above(s, age) for s in with_a_parent):
        # "... wants to sign up without telling me": the parent's say is the one thing ruled out.
        return "no" if _WITHOUT_A_PARENT.search(question) else "conditional"
    if not limits:
        return None
    # "My son is 18. Can he sign up?" against "You must be at least 16 years old": the 1.5B model
    # read it as no. Another age ("some features require you to be 18") or a parent's say leaves it
    # to the reading.
    stated = [int(n) for s in about_age for m in _AGE_STATED.finditer(s) for n in m.groups() if n]
    if all(age >= n for n in stated) and not any(_LIFTED.search(s) or _MAJORITY.search(s) for s in about_age):
        return "yes"
    return None


_AGE_RANGE = re.compile(
    r"\b(?:at\s+least|between|aged?|over)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\s+(?:years?\s+(?:old\s+)?)?"
    r"(?:but\s+(?:under|younger\s+than|below|less\s+than)|and|to)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b",
    re.IGNORECASE,
)


# "An individual under 18 may publish Works only through an Author account ... managed by their
# parent": a range whose floor is the highest flat limit below it ("at least 13 to create a Reader
# account").
_UNDER_MAY = re.compile(r"\bunder\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b[^.]{0,40}?\bmay\b", re.IGNORECASE)


# A minor's own account against one run through a parent's: "im 16, can i make my own account" and "Young
# people aged 13 to 17 may back projects through a parent's or guardian's account".
_OWN = re.compile(r"\b(?:my|his|her|their)\s+own\b|\b(?:himself|herself|myself|themselves)\b", re.IGNORECASE)
_PARENTS_ACCOUNT = re.compile(
    r"\b(?:parent|guardian)['’]s\s+(?:or\s+(?:legal\s+)?guardian['’]s\s+)?account\b", re.IGNORECASE
)


def _let_in_with_a_parent(sentence: str, age: int, floors: Sequence[int], own: bool = False) -> bool:
    """Whether the sentence lets in an age range that holds `age`, with a parent's or guardian's
    say, and bars no one; `floors` are the flat minimum ages the cited sentences set. A range let in
    only through a parent's account does not let in one who asks for an account of their own."""
    sentence = _with_digits(sentence)
    if _PARENT.search(sentence) is None or _BARS.search(sentence) or (own and _PARENTS_ACCOUNT.search(sentence)):
        return False
    ranges = [(int(low), int(high)) for low, high in _AGE_RANGE.findall(sentence)]
    if not ranges:
        highs = [int(match[1]) for match in _UNDER_MAY.finditer(sentence)]
        ranges = [(max((f for f in floors if f < high), default=0), high) for high in highs]
    return any(low <= age < high for low, high in ranges)


# Where a range starts, whatever its end: "at least 16 but under the age of majority where you live"
_RANGE_FROM = re.compile(
    r"\b(?:at\s+least|between|aged?|over)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\s+(?:years?\s+(?:old\s+)?)?(?:but|and|to)\b",
    re.IGNORECASE,
)


def _opens_above(sentence: str, age: int) -> bool:
    """Whether every age range the sentence states starts above `age` (False when it states none)."""
    lows = [int(low) for low in _RANGE_FROM.findall(sentence)]
    return bool(lows) and all(low > age for low in lows)


def _way_round(sentence: str) -> bool:
    """Whether an age limit's sentence has an exception that does not speak of age."""
    match = _UNLESS.search(sentence)
    return match is not None and not _ABOUT_AGE.search(sentence[match.end() :])


# "If I cancel, do I get my money back?" against "If you cancel, you will not receive a refund" or
# "There will be no refunds or credits for partial months": the 1.5B model read four of four such
# pairs as yes. The refusal decides, unless the cited clauses also grant a refund in some case
# (a cooling-off period), which makes the answer depend on it (`refund_rule`).
_ASKS_REFUND = frozenset(terms("refund reimbursement"))
_ASKS_ABOUT_REFUSING = re.compile(r"\b(?:refus|den(?:y|ie)|withh[oe]ld)\w*|\b(?:no|not|non)[\s-]+refund", re.I)
_REFUND = r"(?:refund|reimbursement|compensation)s?"
_REFUND_REFUSED = re.compile(
    rf"\bno\s+(?:\w+\s+){{0,2}}?{_REFUND}\b|\bnon[\s-]?refundable\b"
    r"|(?:\bnot|\bcannot|n['’]t|\bnever)\s+(?:be\s+)?(?:\w+\s+or\s+)?(?:refund|reimburs)\w*"
    rf"|\bnot\s+(?:be\s+)?(?:entitled|eligible)\s+(?:to|for)\s+(?:a|any)\s+(?:\w+\s+)?{_REFUND}\b"
    rf"|\b(?:not|n['’]t|never)\s+(?:receive|get|issue|provide|give|offer|make)\s+(?:you\s+)?(?:a|any)\s+(?:\w+\s+)?{_REFUND}\b",
    re.IGNORECASE,
)
# "except as required by law", "unless required by law", "except where the law requires" keep a
# refusal or disclaimer as it is, and so does "except as otherwise provided in this Agreement" (the
# rest of the agreement, which the cited clauses are); any other exception makes the answer depend
# on it.
_BY_THE_LAW_LEAD = r"(?:\s+(?:as|where|when|if|otherwise|to\s+the\s+extent))?"
EXCEPTION_BUT_THE_LAW = (
    # "except as required by law or as stated in Section 7.7" has another exception after the law's
    r"(?:\b(?:except|unless)\s+(?:as\s+|where\s+|when\s+)?(?:otherwise\s+)?(?:required|permitted|mandated)\s+by\s+"
    # ("Except where required by law or by the refund policy of the store you bought them from")
    r"(?:\w+\s+)?laws?\s+or\s+(?:as|where|if|when|in|to|by)\b"
    r"|\b(?:except|unless)\b"
    rf"(?!{_BY_THE_LAW_LEAD}(?:\s+\w+){{0,2}}?\s+(?:required|prohibited|permitted|mandated)\s+by\b"
    rf"|{_BY_THE_LAW_LEAD}\s+(?:(?:the|applicable|local|mandatory)\s+)*laws?\s+"
    r"(?:requires?|required|provides?|allows?|permits?|mandates?)\b"
    r"|\s+(?:as\s+)?(?:otherwise\s+)?(?:expressly\s+)?(?:provided|set\s+(?:out|forth)|stated|specified)\s+"
    r"(?:herein|(?:in|by|under)\s+(?:this|these)\s+(?:agreement|terms))))"
)
_REFUND_EXCEPTION = re.compile(EXCEPTION_BUT_THE_LAW, re.IGNORECASE)
_REFUND_GRANTED = re.compile(
    r"\b(?:will|shall|may|can|are|is)\s+(?:\w+\s+){0,3}?(?:receive|get|be\s+entitled\s+to|request|obtain|claim|entitled\s+to)"
    rf"\s+(?:a\s+|an\s+|any\s+)?(?:\w+\s+){{0,2}}?{_REFUND}\b"
    r"|\bwe\s+(?:will|shall)\s+(?:\w+\s+)?refund\b|\bright\s+to\s+(?:withdraw|cancel)\b|\bcooling[\s-]off\b"
    # "if you cancel within 14 days of any price increases, we'll provide you a refund"
    rf"|\bwe(?:['’]ll|\s+will|\s+shall|\s+may)\s+(?:\w+\s+)?(?:provide|give|issue|offer)\s+(?:you\s+)?(?:a\s+|an\s+|the\s+)?"
    rf"(?:\w+\s+)?{_REFUND}\b",
    re.IGNORECASE,
)
# A negation just before the grant takes it back ("we will not provide a refund"); one elsewhere in
# the sentence does not ("We don't want to charge you for something you don't want, though, so ...
# we'll provide you a refund").
_NEGATION_REACH = 20


def refund_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """For a question whether the user gets a refund (in any words: "money back"): "no" when a
    cited sentence refuses refunds without exception, "conditional" when the refusal has one or
    another cited sentence grants a refund in some case, None when no cited sentence refuses."""
    if not _ASKS_REFUND & set(terms(with_contract_words(question))) or _ASKS_ABOUT_REFUSING.search(question):
        return None
    sentences = _sentences(evidence, cited)
    refusals = [s for s in sentences if _REFUND_REFUSED.search(s)]
    if not refusals:
        return None
    granted = any(
        not _NEGATION.search(s[max(0, m.start() - _NEGATION_REACH) : m.end()])
        for s in sentences
        for m in _REFUND_GRANTED.finditer(s)
    )
    if granted or any(_REFUND_EXCEPTION.search(s) for s in refusals):
        return "conditional"
    return "no"


# "If Zoom loses my recordings, can I hold them responsible?" against "Zoom shall not be liable for
# any loss of data": the 1.5B model read such disclaimers as yes. The disclaimer decides, and a
# carve-out in it (gross negligence, wilful misconduct) makes it conditional (`liability_rule`).
_ASKS_LIABILITY = re.compile(
    r"\b(?:hold|held)\s+(?:\w+\s+){0,3}?(?:responsible|liable|accountable)\b"
    r"|\b(?:is|are|will|would|can|could)\s+(?:\w+\s+){1,3}?(?:be\s+)?(?:liable|responsible)\s+for\b"
    r"|\b(?:pay|compensate|reimburse)\s+(?:me|us)\b|\bcompensation\b|\bsue\s+(?:\w+\s+){0,2}?for\b|\bon\s+the\s+hook\b",
    re.IGNORECASE,
)
# "do these terms stop me holding them responsible?" asks about the disclaimer itself.
_ASKS_ABOUT_DISCLAIMING = re.compile(r"\b(?:stop|prevent|limit|waive|give\s+up|protect)\w*\b", re.IGNORECASE)
_DISCLAIMED = re.compile(
    # (a contraction ends a word: "Voltpark isn't responsible for damage to your vehicle, its battery ...")
    r"(?:\bnot|n['’]t|\bnever)\s+(?:be\s+)?(?:liable|responsible|accountable)\b|\bno\s+(?:liability|responsibility)\b"
    # "neither the Company nor ... any Host ... shall be responsible for theft of or damage to your vehicle"
    r"|\bneither\b[^.;]{0,120}?\bnor\b[^.;]{0,120}?\b(?:shall|will|is|are)\s+(?:be\s+)?(?:liable|responsible|accountable)\b"
    r"|\b(?:disclaim|exclud)\w*\s+(?:\w+\s+){0,2}?liability\b"
    r"|\brelease\s+(?:\w+\s+){0,3}?from\s+(?:any\s+and\s+all\s+|any\s+|all\s+)?(?:claims|liability)",
    re.IGNORECASE,
)
_CARVED_OUT = re.compile(
    r"\b(?:gross(?:ly)?\s+neglig\w*|wil(?:l)?ful\w*|intentional\w*|fraud\w*)|" + EXCEPTION_BUT_THE_LAW, re.IGNORECASE
)
_LIABILITY_WORDS = frozenset(terms("liable liability responsible responsibility accountable damages compensation pay"))


# What a sentence refers back to: "such content", "this data", "those files".
_NAMED_BEFORE = re.compile(
    r"\b(?:such|this|these|those|that)\s+(?:\w+\s+)?(?:content|data|information|material|files?|items?)\b",
    re.IGNORECASE,
)


def _said_of(
    question: str, evidence: Sequence[Evidence], cited: Sequence[int], says: re.Pattern[str], unasked: frozenset[str]
) -> list[str]:
    """The cited sentences that say `says` of something the question names (its words, in plain and
    contract terms, less names and the `unasked` words), or of "such content" named in the clause
    before them ("Recordings ... in a Workspace are retained ... . The default setting is indefinite
    retention, and such content is not deleted upon the closure of an individual user's Account")."""
    wanted = set(terms(with_contract_words(_NAME.sub(" ", question)))) - unasked
    said = []
    for i in cited:
        quote = evidence[i].quote
        for a, b in sentence_spans(quote):
            sentence = quote[a:b]
            if says.search(sentence) and (
                wanted & set(terms(sentence)) or (_NAMED_BEFORE.search(sentence) and wanted & set(terms(quote[:a])))
            ):
                said.append(sentence)
    return said


def liability_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """For "can I hold them responsible / will they pay me for ...?": "no" when a cited sentence
    disclaims liability for something the question names, "conditional" when the disclaimer carves
    out gross negligence, wilful misconduct or another exception, else None."""
    if not _ASKS_LIABILITY.search(question) or _ASKS_ABOUT_DISCLAIMING.search(question):
        return None
    # What the loss is about: the question's words less the liability words and names.
    disclaimers = _said_of(question, evidence, cited, _DISCLAIMED, _LIABILITY_WORDS)
    if not disclaimers:
        return None
    return "conditional" if any(_CARVED_OUT.search(s) for s in disclaimers) else "no"


# "If our engineers send Zoom ideas for new features, do we still own those ideas?" against "you
# hereby ... assign ... to Zoom ... all right, title, and interest in and to the Feedback, including
# any ideas": the 1.5B model read it as yes.
# ("got a skype number for my shop. that number is mine now, right?")
_ASKS_IF_OWNED = re.compile(
    r"\b(?:do|will|would|does|can)\s+(?:i|we|my\s+\w+|our\s+\w+)\s+(?:still\s+|then\s+|continue\s+to\s+)?"
    r"(?:own|keep\s+(?:the\s+)?(?:ownership|rights?|copyright))\b"
    r"|\b(?:is|are)\s+(?:it|they|that|those|these|(?:the|that|this|my|our)\s+\w+)\s+(?:still\s+|now\s+)?(?:mine|ours)\b"
    r"|\b(?:it|that|this|(?:the|that|this)\s+\w+)\s+(?:is|['’]s)\s+(?:still\s+|now\s+)?(?:mine|ours)\b",
    re.IGNORECASE,
)
_ASSIGNED_AWAY = re.compile(
    r"\byou\s+(?:\w+\s+){0,5}?assign\w*\b[^.]{0,200}?\b(?:right,?\s+title|ownership|all\s+(?:\w+\s+)?rights)\b"
    r"|\b(?:shall|will)\s+(?:be|become)\s+(?:the\s+)?(?:sole\s+|exclusive\s+)*property\s+of\b"
    # "you acknowledge that (i) Zoom owns, and Zoom shall retain ownership of, all right, title ...":
    # the service, by its name (capitalised) or "we"; not "You" or "Customer retains ownership"
    r"|(?-i:\b(?:[Ww]e|(?!(?:You|Your|Customer|Client|User|Licensee|Subscriber|Member)\b)[A-Z][\w&.'’-]*)"
    r"\s+(?:owns?|shall\s+(?:own|retain)))\b[^.]{0,80}?\b(?:right,?\s+title|ownership)\b",
    re.IGNORECASE,
)
# "you agree that you do not own the number or have a right to retain that number forever"
_NOT_YOURS = re.compile(
    r"\byou\s+(?:do|will|shall)\s+not\s+(?:\w+\s+)?own\b|\byou\s+(?:have|acquire|obtain)\s+no\s+(?:ownership|right,?\s+title)\b",
    re.IGNORECASE,
)
_OWNING_WORDS = frozenset(terms("own owns owned ownership owner mine ours still now claim become"))


# "Once I upload my pictures, does Pebbleshot own them?" against "you retain all ownership rights
# in your Content": the 1.5B model read it as yes. What the user keeps ("Your content is yours",
# "You retain copyright", "Google won't claim ownership") answers both ways of asking.
_ASKS_IF_THEY_OWN = re.compile(
    r"\b(?:does|do|will|would|can)\s+(?:they|it|(?-i:[A-Z][\w&.'’-]*))\s+(?:then\s+|now\s+|automatically\s+)?"
    r"(?:own|become\s+(?:the\s+)?owners?\s+of|get\s+(?:the\s+)?(?:ownership|copyright)|take\s+ownership|claim\s+ownership)\b",
    re.IGNORECASE,
)
_YOU_KEEP = re.compile(
    r"\b(?:you|customer|the\s+user)\s+(?:\w+\s+){0,2}?(?:retains?|keeps?)\s+(?:all\s+|any\s+|full\s+)?(?:\w+\s+)?"
    r"(?:ownership|copyright|right,?\s+title|intellectual\s+property)\b"
    r"|\b(?:remains?|is|are)\s+yours\b"
    # (the service's, not "You do not claim ownership of the Services")
    r"|\b(?!you\b)[\w&.'’-]+\s+(?:(?:do|does|will|shall)\s+not|won['’]t|doesn['’]t|never)\s+(?:\w+\s+)?claim\s+(?:any\s+)?ownership\b"
    r"|\bnothing\b[^.]{0,80}?\btransfers?\s+(?:any\s+)?ownership\b",
    re.IGNORECASE,
)
_CONTENT = frozenset(terms("content"))


def ownership_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """For "do I still own ...?": "no" when a cited sentence that names it has the user assign it
    away, makes it the service's property or says the user does not own it, "yes" when one says the
    user keeps it. For "does the service own ...?" the other way round. None otherwise."""
    mine = _ASKS_IF_OWNED.search(question)
    theirs = None if mine else _ASKS_IF_THEY_OWN.search(question)
    if not (mine or theirs):
        return None
    # What is owned: "do I still own my code", "is that number mine", "Once I upload my pictures,
    # does Pebbleshot own them?" (a clause on content in general speaks of it too)
    objects = set(terms(with_contract_words(_NAME.sub(" ", question)))) - _ANYONE - _OWNING_WORDS
    sentences = [
        t for t in _sentences(evidence, cited) if (objects | _CONTENT) & set(terms(t)) and not _UNLESS.search(t)
    ]
    away = any(
        (m := _ASSIGNED_AWAY.search(t)) and not _NEGATION.search(m.group(0)) or _NOT_YOURS.search(t)
        for t in sentences
        # ("you do not assign any ownership to us" keeps it)
    )
    kept = any(_YOU_KEEP.search(t) for t in sentences)
    if away:
        return "no" if mine else "yes"
    if kept:
        return "yes" if mine else "no"
    return None


# "I set up a Google account 10 days ago. Can I still back out?" against "You have the right to
# withdraw from this contract within 14 days": the question says how long ago, the clause until
# when. The 1.5B model read "I cancelled about a week after the increase. Do I get my money back?"
# against "if you cancel within 14 days of any price increases, we'll provide you a refund" as a
# plain yes beside the clause that refuses refunds, and the refusal made it conditional.
_DAYS_IN = {"day": 1, "week": 7, "month": 30, "year": 365}
# ("a few days" is taken as three: near enough for a window of a week or more)
_COUNTS = {
    **_NUMBER_WORDS,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "thirty": 30,
    "sixty": 60,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "one": 1,
    "couple of": 2,
}
_COUNTS |= {"few": 3, "several": 4}
_COUNT = r"(?P<count>\d{1,4}|" + "|".join(w.replace(" ", r"\s+") for w in sorted(_COUNTS, key=len, reverse=True)) + ")"
_UNIT = r"(?:calendar\s+|business\s+|working\s+)?(?P<unit>day|week|month|year)s?"
# "10 days ago", "about a week after the increase", "two years after obtaining the right", "after
# three weeks"; not "within the 14 days" (the window restated) nor "a week late" (a deadline of theirs).
_ELAPSED = (
    re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?:ago|after|later|since|in\b(?!\s+advance))\b", re.IGNORECASE),
    re.compile(rf"\bafter\s+(?:about\s+|around\s+|roughly\s+)?{_COUNT}\s+{_UNIT}\b", re.IGNORECASE),
)
# The user's own act running up to a time limit ("provided you report the problem to us within 30
# days", "if you cancel within 14 days"), not a time the service gives itself after it ("If you
# turn it off ..., we will delete it within 30 days"): shared with `verdict._WINDOW`.
IF_YOU_ACT = (
    r"\b(?:provided|so\s+long\s+as|as\s+long\s+as|if)\s+(?:that\s+)?you\b(?:(?!\b(?:we|they|it)\b)[^.,;]){0,100}?"
)
# A time the user has to act in: "you may ... within 30 days", "if you cancel within 14 days of any
# price increases", "you have the right to withdraw ... within 14 days", "during the first 30 days".
_USERS_WINDOW = re.compile(
    r"(?:\b(?:you|the\s+user)\s+(?:may|can|must|have|will\s+be\s+able|are\s+entitled|are\s+eligible)\b[^.]{0,160}?"
    rf"|{IF_YOU_ACT})"
    rf"\b(?:within|during)\s+(?:the\s+)?(?:first\s+)?{_COUNT}(?:\s*\((?P<digits>\d{{1,4}})\))?[\s-]*{_UNIT}\b"
    r"(?:\s+(?:of|after|from|following)\s+(?P<anchor>[^.,;:]{1,60}))?",
    re.IGNORECASE,
)
# Words of time and asking that say nothing of the act the window is for.
_NOT_THE_ACT = frozenset(terms("day week month year ago after later since still get receive able can could"))
# Asking for the right, so that "yes" is having it: "can I still ...", "do I get ...", not "do I
# have to pay ..." or "is it too late ...".
_ASKS_FOR_THE_RIGHT = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we)\b|\b(?:do|will|would)\s+(?:i|we)\s+(?:still\s+)?(?:get|receive|be\s+(?:able|entitled|eligible))\b"
    r"|\b(?:am\s+i|are\s+we)\s+(?:still\s+)?(?:able|entitled|eligible|allowed)\b|\bis\s+it\s+still\s+possible\b",
    re.IGNORECASE,
)
_THE_OTHER_WAY = re.compile(r"\btoo\s+late\b|\b(?:have|need)\s+to\b|\bmust\s+(?:i|we)\b", re.IGNORECASE)


def _days(count: str, unit: str) -> int:
    """How many days "14 days", "a couple of weeks", "two years" are."""
    number = int(count) if count.isdigit() else _COUNTS[re.sub(r"\s+", " ", count.lower())]
    return number * _DAYS_IN[unit.lower()]


# "If I close my account, will the record of who came in and out of my home be deleted?" against "We keep
# each Device's Access Log for five years ..., even if you remove the Device or close your account": the
# 1.5B model read it as yes (and "will Tunefold erase the logs of what I streamed?" against "Stream logs ...
# are retained for seven (7) years following deletion, notwithstanding any request for erasure").
_ASKS_IF_DELETED = re.compile(
    r"\b(?:is|are|will|would|does|do|did|get|gets)\b[^.?]{0,80}?\b(?:deleted|erased|removed|wiped|purged|destroyed|gone)\b"
    r"|\b(?:will|would|do|does)\s+(?!(?:i|we)\b)(?:\w+\s+){1,2}?(?:delete|erase|remove|wipe|purge|destroy|get\s+rid\s+of)\b",
    re.IGNORECASE,
)
_KEPT_ON = re.compile(
    r"\b(?:retain|retains|retained|keep|keeps|kept|store|stores|stored|preserve|preserves|preserved|hold\s+on\s+to)\b"
    r"[^.;]{0,160}?(?:\bfor\s+(?:up\s+to\s+|at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*"
    r"(?:\(\d+\)\s*)?years?\b|\bindefinite(?:ly)?\b|\beven\s+(?:if|after|when)\s+you\b|\bnotwithstanding\s+any\b)"
    # "such content is not deleted upon the closure of an individual user's Account"
    r"|\b(?:is|are|will)\s+not\s+(?:be\s+)?(?:deleted|erased|removed|wiped)\s+(?:upon|on|when|after|following|if|by)\b"
    # "Even after you close your account, your baby's sleep diary sticks with us", "the posts you shared to Milestones
    # don't leave with you"
    r"|\b(?:sticks?|stays?)\s+with\s+us\b|\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not|won['’]t)\s+leave\s+with\s+you\b",
    re.IGNORECASE,
)
_NOT_THE_THING = frozenset(
    terms("delete deleted erase erased remove removed wipe purge destroy gone get rid close closed account my your")
)


def kept_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """For "will my ... be deleted?": "no" when a cited sentence keeps what the question names for
    years, indefinitely or whatever the user does, "conditional" when that sentence has an exception
    other than the law's, None otherwise."""
    if not _ASKS_IF_DELETED.search(question):
        return None
    kept = _said_of(question, evidence, cited, _KEPT_ON, _NOT_THE_THING)
    if not kept:
        return None
    return "conditional" if any(_REFUND_EXCEPTION.search(s) for s in kept) else "no"


def window_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """For a question that says how long ago something happened and asks for a right ("I signed up
    10 days ago, can I still back out?"): "yes" when a cited sentence gives the user that long or
    longer to act ("within 14 days"), "no" when it gives less, None when no cited sentence sets the
    user a time, or the time runs from an event the question does not name ("within 14 days of any
    price increases" for "I bought it a week ago")."""
    elapsed = next((m for pattern in _ELAPSED if (m := pattern.search(question))), None)
    if not elapsed or not _ASKS_FOR_THE_RIGHT.search(question) or _THE_OTHER_WAY.search(question):
        return None
    asked_days = _days(elapsed["count"], elapsed["unit"])
    asked = set(terms(with_contract_words(_NAME.sub(" ", question)))) - _NOT_THE_ACT
    for sentence in _sentences(evidence, cited):
        window = _USERS_WINDOW.search(sentence)
        if window is None or not asked & set(terms(sentence[: window.start("count")])):
            continue  # no time for the user, or one for another act than the question's
        if window["anchor"] and not asked & set(terms(window["anchor"])):
            continue  # a time from an event the question does not name
        count = window["digits"] or window["count"]
        return "yes" if asked_days <= _days(count, window["unit"]) else "no"
    return None


# "Could I join a class action lawsuit against Pebbleshot?" against "EACH MAY BRING CLAIMS AGAINST
# THE OTHER ONLY IN AN INDIVIDUAL CAPACITY, AND NOT AS A PLAINTIFF OR CLASS MEMBER": the 1.5B model
# read the waiver as yes. Asked the other way round ("Am I giving up my right to join a class
# action?"), the waiver is a yes.
_ASKS_CLASS_ACTION = re.compile(
    r"\bclass[\s-]+(?:action|suit|lawsuit|claim)s?\b|\bmass\s+(?:action|lawsuit)s?\b", re.IGNORECASE
)
_ASKS_IF_WAIVED = re.compile(
    r"\b(?:giv(?:e|es|ing)\s+up|waiv\w*|los(?:e|es|ing)|forfeit\w*|sign(?:ing)?\s+away|stop|stops|prevent\w*|bar|bars"
    r"|block\w*|ban|bans|banned|barred)\b",
    re.IGNORECASE,
)
_CLASS_WAIVED = re.compile(
    r"\bonly\s+(?:on\s+an?|in\s+(?:an?|their|your|our|its))\s+individual\s+(?:basis|capacity)\b"
    r"|\bnot\s+as\s+a\s+(?:plaintiff|class\s+member)\b"
    # ("WAIVE THE RIGHT TO A TRIAL BY JURY AND TO PARTICIPATE IN ANY CLASS OR REPRESENTATIVE ACTION")
    r"|\bwaive\w*\s+(?:\w+\s+){0,14}?(?:class|collective|representative|mass)\b"
    r"|\b(?:not|never)\s+(?:\w+\s+){0,3}?(?:bring|file|join|participate\s+in)\s+(?:any\s+|a\s+)?class[\s-]+action"
    r"|\bno\s+class[\s-]+(?:action|arbitration)s?\b"
    # ("you agree not to bring or take part in a class proceeding against Voltpark")
    r"|\bnot\s+to\s+(?:bring|take\s+part\s+in|participate\s+in|join)\b[^.;:]{0,40}?\bclass\s+(?:actions?|proceedings?"
    r"|arbitrations?|claims?)\b",
    re.IGNORECASE,
)
_OPTED_OUT = re.compile(r"\b(?:unless|if)\s+you\s+(?:\w+\s+){0,2}?opt(?:ed|s)?[\s-]+out\b", re.IGNORECASE)
# ("THIS SECTION APPLIES EVEN IF YOU OPT OUT OF ARBITRATION" keeps the waiver)
_EVEN_IF = re.compile(r"\beven\s+if\b", re.IGNORECASE)
_DOES_NOT_APPLY = re.compile(
    r"\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not|shall\s+not|will\s+not)\s+apply\s+to\s+you\b|\bare\s+not\s+bound\s+by\b",
    re.IGNORECASE,
)


def class_action_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """For a question on joining a class action: "no" when a cited sentence waives class actions
    ("yes" when the question asks whether the right is given up), "conditional" when the waiver
    falls away for those who opt out, None when no cited sentence waives them."""
    if not _ASKS_CLASS_ACTION.search(question):
        return None
    waivers = [t for t in _sentences(evidence, cited) if _CLASS_WAIVED.search(t)]
    if not waivers:
        return None
    if any(_OPTED_OUT.search(t) and not _EVEN_IF.search(t) for t in waivers):
        return "conditional"
    # "If you live in Quebec or Ontario, sections 15.2 and 15.3 don't apply to you"
    if any(_DOES_NOT_APPLY.search(t) for t in _sentences(evidence, cited)):
        return "conditional"
    return "yes" if _ASKS_IF_WAIVED.search(question) else "no"


# "my roommate has access to my cams through my account - can she delete videos?" against "only the
# Account Holder can delete Recordings, change the Storage Window, or share Recordings": the 1.5B model
# read it as yes. What only one party may do, asked of another, is no (`exclusive_rule`).
_ASKS_WHAT_ANOTHER_MAY_DO = re.compile(
    # (not "they": in a question about terms that is mostly the service)
    r"(?:^|[-–—,;:]\s*)(?:can|may|could|will)\s+(?P<who>she|he|(?:my|our|an?|the|other|another|one\s+of\s+our)\b)"
    r"(?P<tail>[^?]*)",
    re.IGNORECASE,
)
# The service itself is not another party: "only the Account Holder can delete Recordings" says nothing
# of whether the company can.
_THE_SERVICE = frozenset(terms("company service provider platform app vendor site website operator business firm"))
_ADVERBS = re.compile(r"^(?:(?:still|also|ever|be\s+able\s+to)\s+)+", re.IGNORECASE)
_ONLY_ONE_MAY = re.compile(
    r"\bonly\s+(?:the|an?|your)\s+(?P<holder>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:can|may|is\s+able\s+to)\s+(?P<acts>[^.;]*)",
    re.IGNORECASE,
)
# Changing is switching: "Can one of our admin users switch the bank account ...?"
_CHANGE = ("change", "switch", "update", "modify", "edit", "replace")
_EXCLUSIVE_VERBS = {verb: _CHANGE for verb in _CHANGE}


def exclusive_rule(question: str, evidence: Sequence[Evidence], cited: Sequence[int]) -> str | None:
    """ "no" when the question asks whether someone other than the asker may do something and a cited
    sentence lets only another party do it ("only the Account Holder can delete Recordings"), else None."""
    asked = _ASKS_WHAT_ANOTHER_MAY_DO.search(question)
    if not asked:
        return None
    # Who is asked about and the verb: "she | delete videos", "one of our admin users | switch ...": the
    # noun may run to three words after "our", so each split is tried.
    words = asked["tail"].split()
    pronoun = asked["who"].lower() in ("she", "he")
    splits = [0] if pronoun else [1, 2, 3]
    sentences = _sentences(evidence, cited)
    for k in splits:
        who_words, rest = words[:k], " ".join(words[k:])
        rest = _ADVERBS.sub("", rest)
        verb, _, rest = rest.partition(" ")
        if not verb or verb.lower() in _NOT_A_VERB:
            continue
        objects = set(terms(with_contract_words(_NAME.sub(" ", rest))))
        if _only_another_may(asked["who"] + " " + " ".join(who_words), verb, objects, sentences):
            return "no"
        if _named_party_may_not(question, verb, objects, sentences):
            return "no"
    return None


# A party the terms name that may not do it: "Learners cannot book or pay for lessons" answers "my 15 yr
# old has her own learner login, can she book her chemistry lessons herself with it" (the model read yes).
_PARTY_MAY_NOT = re.compile(
    r"\b(?!(?:You|We|It|This|That|They|These|Those|He|She)\b)(?P<party>(?-i:[A-Z])[\w-]+)\s+"
    r"(?:cannot|can['’]t|may\s+not|must\s+not|are\s+not\s+(?:allowed|permitted)\s+to)\s+(?P<acts>[^.;]*)",
    re.IGNORECASE,
)


def _named_party_may_not(question: str, verb: str, objects: set[str], sentences: Sequence[str]) -> bool:
    """Whether a sentence forbids the verb, with no exception, to a party the question names."""
    asked = set(terms(question))
    verbs = set(terms(verb))
    for sentence in sentences:
        for match in _PARTY_MAY_NOT.finditer(sentence):
            party = set(terms(match["party"]))
            if not party or party & _THE_SERVICE or not party <= asked or _EXCEPTION.search(match["acts"]):
                continue
            acts = set(terms(match["acts"]))
            if verbs <= acts and (not objects or objects & acts):
                return True
    return False


def _only_another_may(who_said: str, verb: str, objects: set[str], sentences: Sequence[str]) -> bool:
    who = set(terms(who_said))
    if who & _THE_SERVICE:
        return False
    verbs = {t for v in _EXCLUSIVE_VERBS.get(verb.lower(), (verb,)) for t in terms(v)}
    for sentence in sentences:
        for match in _ONLY_ONE_MAY.finditer(sentence):
            holder = set(terms(match["holder"]))
            if holder & who:
                continue  # asked of the party itself ("can the account owner ...?")
            acts = match["acts"]
            for item in re.split(r",\s*(?:or\s+|and\s+)?|\s+or\s+", acts):
                words = set(terms(item))
                if verbs & words and (not objects or objects & words):
                    return True
    return False
