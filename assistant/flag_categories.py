"""The risk categories of the red-flags report, with the cue words that decide them.

Eight categories are those of the CLAUDETTE corpus (Lippi et al., 2019); a linear model
trained on its labelled sentences decides them (see `assistant.flags_train`). The other
five are not labelled there (CLAUDETTE counts a warranty disclaimer as fair), so rules over
the cue words below decide them, checked against a small labelled set written from real
terms (tests/data/flags_check.json) and clause labels on terms of fictional services
(tests/data/flags_other_terms/).

Cues are regular expressions matched case-insensitively on a sentence with its Markdown
removed. They serve three purposes: inputs to the model, the words highlighted in a
report, and a quick filter (a sentence with no cue at all is not embedded, which keeps a
whole document under a couple of seconds). They tolerate the CLAUDETTE spelling too,
which is lower-cased with spaces around punctuation ("do n't", "terms , and").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Severity = Literal["high", "medium", "low"]
SEVERITY_POINTS: dict[str, int] = {"high": 3, "medium": 2, "low": 1}

# Bounded gaps: a cue's words must sit in the same stretch of a sentence.
_GAP = r"[^.;:]{0,60}?"
_NEAR = r"[^.;:]{0,30}?"
# The account or the service going, before or after "you will lose access to ... content".
_ACCOUNT_GOES = r"\b(?:terminat|delet|clos|cancel|deactivat|suspen|chang)\w*"
# Parties other than the provider that terms give a say of their own.
_OTHER_PARTIES = (
    r"users?|members?|administrators?|admins?|customers?|buyers?|sellers?|hosts?|guests?|parents?"
    r"|holders?|owners?|managers?"
)
# The provider as the one who acts: "we may", "Zoom reserves the right to" (not "you may").
# (not other users: "Authorised Users with the appropriate permissions may delete any file")
_PROVIDER = (
    rf"\b(?!you\b)(?!(?:{_OTHER_PARTIES}|permissions)\b)(?:we|\w+)\s+"
    r"(?:may|might|can|could|will|shall|(?:reserves?|retains?|has)\s+the\s+right)\b"
)

# "we" or the service by its name, acting without a modal verb ("we close the accounts of ...",
# "Coursewick will remove ..."): a capitalised word, not "You" nor another party.
_WE_OR_NAME = rf"(?:we|(?!(?:you|{_OTHER_PARTIES})\b)(?-i:[A-Z])[\w-]+)"


@dataclass(frozen=True)
class Category:
    """One kind of clause that can hurt the person accepting the terms."""

    key: str
    title: str
    severity: Severity
    reason: str  # one plain-English line shown beside every clause flagged in this category
    method: Literal["model", "rules"]
    cues: tuple[str, ...]
    # Canonical wordings that decide the category on their own, whatever the model says
    # ("you agree to binding arbitration", "governed by the laws of"). Written from what
    # such clauses say, then corrected while reading the training part of the CLAUDETTE
    # sentences (never the held-out part); only model categories have them.
    strong: tuple[str, ...] = ()
    # The model flags a sentence in this category only when one of the category's own cues is
    # there: a choice-of-law flag names a law, a jurisdiction flag a court. Set where the cues
    # spell out what the category is; the model alone once flagged "to the maximum extent
    # permitted by relevant law" as a choice of law (CLAUDETTE labels one such fragment so).
    # Not for the others, whose cues do not cover every wording: CLAUDETTE counts sentences that
    # only speak of closing accounts as content removal, and "Using the Services after the
    # changes ... means you agree" is a contract by using with none of that category's cues.
    needs_own_cue: bool = False
    # What the category's sentences act on: when set, the model flags a sentence only when it
    # names one of these. Content removal is about what you post, store or bought; without it the
    # model also read "we may suspend your access to the Website" as content removal.
    objects: str = ""
    # Wordings in which you are the one who acts ("you may cancel this agreement at any time"):
    # when set, a sentence is flagged in the category (by the model or a canonical wording) only
    # when one of the category's cues is left outside them (`outside_your_own_acts`).
    # Ending the contract or removing your content yourself is no risk; on GitHub's, Skype's and
    # Google's terms "You may cancel this agreement and close your Account at any time", "you're
    # always free to stop using our services" and "until you remove your bank account information"
    # were flagged.
    your_own_acts: str = ""

    def outside_your_own_acts(self, text: str) -> str:
        """`text` with the wordings where you are the one who acts blanked out."""
        return re.sub(self.your_own_acts, " ", text, flags=re.IGNORECASE) if self.your_own_acts else text

    def cue_patterns(self) -> list[re.Pattern[str]]:
        return [re.compile(c, re.IGNORECASE) for c in self.cues]

    def strong_patterns(self) -> list[re.Pattern[str]]:
        return [re.compile(c, re.IGNORECASE) for c in self.strong]


CATEGORIES: tuple[Category, ...] = (
    Category(
        key="arbitration",
        title="Arbitration / class-action waiver",
        severity="high",
        reason="Disputes go to private arbitration instead of a court, and you may give up joining a class action.",
        method="model",
        cues=(
            r"\barbitra\w*",
            r"\bclass[\s-]*(?:action|wide|arbitration)s?\b",
            r"\b(?:class|collective|representative|consolidated)\s*,?\s*(?:or\s+)?(?:collective|representative|mass)\b",
            r"\bwaive\w*" + _NEAR + r"\b(?:jury|trial|court|class|right\s+to\s+(?:sue|bring|participate))",
            r"\bjury\s+trial\b",
            r"\bsmall\s+claims\b",
            r"\bdisputes?\b" + _GAP + r"\b(?:resolved|settled|submitted|decided)\b",
            r"\bbinding\s+(?:individual\s+)?arbitra\w*",
        ),
        strong=(
            r"\b(?:binding|mandatory|individual)\s+(?:individual\s+)?arbitration\b",
            # (not "you can agree to arbitration only after a dispute has arisen")
            r"\b(?<!\bcan\s)(?<!\bmay\s)agree[sd]?\s+to\s+(?:resolve\b[^.;:]{0,80}?\b(?:through|by)\s+(?:binding\s+)?)?arbitrat\w*",
            # "SHALL BE REFERRED TO AN INDEPENDENT ADJUDICATOR NOMINATED BY DRAFTPICK, WHOSE DETERMINATION SHALL BE
            # FINAL AND BINDING ON BOTH PARTIES AND SHALL NOT BE CAPABLE OF CHALLENGE IN ANY COURT"
            r"\b(?:adjudicators?|referees?|assessors?|experts?)\b[^.;:]{0,80}?\bfinal\s+and\s+binding\b"
            r"|\bnot\s+be\s+capable\s+of\s+challenge\s+in\s+any\s+court\b",
            # ("will be referred to confidential arbitration administered by ..."; not "any dispute not referred to
            # arbitration")
            r"\b(?<!\bnot\s)(?:resolved|settled|decided|determined|submitted|referred)\b[^.;:]{0,40}?\b(?:by|through|to|in)\s+"
            r"(?:final\s+and\s+)?(?:binding\s+)?(?:confidential\s+)?(?:individual\s+)?arbitration\b",
            # "the dispute will be decided by a neutral arbitrator, not a judge or jury", "disputes ... will go
            # to a neutral arbitrator"
            # ("a neutral arbitrator from JAMS, and not a judge or jury, will decide the dispute")
            # (not "the arbitrator will decide that issue", once arbitration is agreed: CLAUDETTE labels those other)
            r"\b(?:a|an)\s+(?:neutral\s+|independent\s+|single\s+|sole\s+)?arbitrators?\b[^.;:]{0,80}?\bwill\s+"
            r"(?:decide|resolve|hear|determine)\b",
            r"\b(?:resolved|settled|decided|determined|heard|go|goes|referred)\b[^.;:]{0,40}?\b(?:by|to|before)\s+"
            r"(?:a|an|one|the)\s+(?:neutral\s+|independent\s+|single\s+|sole\s+)?arbitrators?\b",
            # "You and FitLoop each give up the right to have a jury decide the dispute"
            # ("you're giving up the right to a jury trial")
            r"\bgiv(?:e|es|ing)\s+up\b[^.;:]{0,30}?\bright\s+to\b[^.;:]{0,30}?\b(?:jury|judge|court|class)\b",
            # "you agree not to bring or take part in any group litigation, representative action or class proceedings"
            # ("not to join, or to have their interests represented in, any collective action")
            r"\bnot\s+to\s+(?:bring|take\s+part|participate|join)\b[^.;:]{0,80}?\b(?:class|representative|group|collective)\s+"
            r"(?:actions?|proceedings?|litigation|arbitrations?|claims?)\b",
            r"\bwaiv\w*\b[^.;:]{0,80}?\b(?:class|jury)\b",
            r"\b(?:only|solely)\b[^.;:]{0,40}?\b(?:on\s+an\s+individual\s+basis|in\s+an\s+individual\s+capacity)\b",
            # "the dispute shall be submitted for binding advice (bindend advies) to an expert ..., and waive their
            # right to have the matter decided by the courts"
            r"\bbinding\s+advice\b|\bwaive\w*\s+(?:their|your|its|any)\s+right\s+to\s+have\s+(?:the|a|any)\s+(?:matter|dispute|claim)s?\s+"
            r"(?:decided|heard|resolved)\s+by\s+(?:the\s+|a\s+)?courts?\b",
            # ("You won't be able to be part of a class action, class arbitration or representative action")
            r"(?:\b(?:not|no)\b|n['’]t\b)[^.;:]{0,60}?\bclass\s+(?:member|action|arbitration)s?\b",
            # ("Anything we can't sort out ... gets sent off to a private arbitrator ..., and the arbitrator's ruling is
            # the last word")
            r"\b(?:sent|sent\s+off|passed|handed)\s+to\s+(?:a|an|one|the)\s+(?:private\s+|neutral\s+|independent\s+)?arbitrators?\b"
            r"|\barbitrator['’]s\s+(?:ruling|decision|award)\s+is\s+(?:the\s+last\s+word|final)\b",
            # ("waive ... any entitlement to be represented by a qualified entity in a representative action")
            r"\bwaiv\w*\b[^.;:]{0,160}?\brepresentative\s+(?:actions?|proceedings?)\b",
            # "any claim you bring ... will be pursued on your own behalf only, and not as a party to any group
            # litigation order or as a member of a class", "If 25 or more similar arbitration demands are filed ...,
            # they will be administered in batches of 25"
            r"\bon\s+your\s+own\s+behalf\s+only\b[^.;:]{0,80}?\b(?:group|class|representative|collective)\b"
            r"|\barbitration\s+demands?\b[^.;:]{0,100}?\b(?:batch|batches|bellwether)\b",
        ),
        needs_own_cue=True,
    ),
    Category(
        key="unilateral_change",
        title="Unilateral change of terms",
        severity="medium",
        reason="They can change the terms (or the service) on their own, and your continued use counts as accepting.",
        method="model",
        cues=(
            r"\b(?:modif|amend|revis|chang|updat|alter)\w*"
            + _GAP
            + r"\b(?:terms|agreement|conditions|polic(?:y|ies)|prices?|pricing|fees|services?|features?|"
            r"functionality)\b",
            r"\b(?:terms|agreement|conditions|polic(?:y|ies))\b" + _NEAR + r"\b(?:modif|amend|revis|chang|updat)\w*",
            r"\b(?:modification|amendment|revision|change)s?\b",
            r"\bfrom\s+time\s+to\s+time\b",
            r"\bat\s+any\s+time\b",
            r"\b(?:sole|absolute)\s+(?:and\s+absolute\s+)?discretion\b",
            r"\breserves?\s+the\s+right\b",
        ),
        strong=(
            # "we may modify these terms", and its noun form "we may make changes to these terms"
            # (and "may add, modify, suspend or retire features", "may increase the Fees", "may introduce new
            # fees or raise ... existing fees")
            # ("Sometimes we'll need to change these terms straight away")
            r"(?:" + _PROVIDER + r"|\bwe['’]ll\b)"
            # ("may amend, suspend or terminate Host Protection, and alter its limits", "may vary the service fee")
            # (not "These rights may vary depending on the service")
            r"[^.;:]{0,60}?\b(?:modify|change|amend|revise|update|alter|replace|increase|raise|adjust"
            r"|vary(?!\s+(?:depending|by|from|according|based|between|with))"
            # ("we can tweak those limits whenever we need to", "We might tweak these terms from time to time")
            r"|reprice|rework|reshape|rewrite|tweak|add|introduce|retire|make\s+(?:\w+\s+)?(?:modifications|changes|amendments|revisions"
            r"|updates|alterations))\b[^.;:]{0,40}?"
            r"\b(?:(?:these|this|the|our|its|any|existing)\s+(?:\w+\s+)?(?:terms|agreement|conditions|polic(?:y|ies)|"
            # ("may adjust base fares, time and distance rates, booking fees ... at any time")
            r"services?|pricing|prices?|fees?|features?|functionality|plans?)|features|fees|prices|pricing|functionality"
            r"|fares|rates|functionalities"
            # "may adjust the level of the Buyer Protection Fee"
            # "may modify or withdraw any promotion", "change Den Helper's daily message limits"
            r"|(?:(?:the|our|its|any|existing|an?|those|these)\s+|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s\s+)(?:[\w-]+\s+){0,3}?"
            r"(?:prices?|fees?|rates?|commissions?|percentages?|tiers?|promotions?|offers?|limits?|allowances?|costs?"
            r"|charges)|new\s+charges|rules"
            r"|(?:membership|subscription|pricing)\s+(?:tiers|plans)"
            # "We may change idle fee amounts", "we may end them early or change their conditions"
            r"|(?:fee|price|charge)\s+(?:amounts?|levels?|schedules?|structures?)|(?:their|its)\s+(?:conditions|rules|eligibility)"
            # ("We may reshape or retire any part of the marketplace", "rewrite parts of these terms")
            r"|parts?\s+of\s+(?:the|our|these|this)\s+(?:service|services|marketplace|platform|app|terms|agreement))\b",
            # "Features, voices, supported languages ... may be added, reshaped or withdrawn at our discretion"
            # (not "no service content may be modified, copied ...", which forbids you)
            # ("Titles may be added or removed without notice")
            # ("Features, including the number of free Diagnoses per month ..., may be changed or removed", "The extras
            # included in each plan, like tire shine ..., can be moved between plans or dropped")
            # ("Tools included in Rootline+ ... can be added, changed or taken away over time")
            r"\b(?:features?|functionality|services|prices?|fees?|modes?|titles|channels|catalog(?:ue)?|extras|perks|benefits|tools)\b"
            r"[^.;:]{0,120}?\b(?:may|can)\s+(?:\w+\s+)?be\s+"
            r"(?:added|changed|modified|altered|reshaped|withdrawn|removed|discontinued|repriced|adjusted|revised|increased"
            r"|raised|moved|dropped)\b",
            # "Zone boundaries are set by us ... and may be changed at any time without notice"
            # ("may be reworked, renamed or retired at our discretion", "may be withdrawn or altered at any time")
            # ("may be withdrawn or changed at any time without notice")
            r"\b(?:may|can)\s+be\s+(?:\w+(?:ed|en|wn),?\s+){0,3}(?:(?:or|and)\s+)?(?:changed|modified|amended|altered|updated|revised"
            # ("may be adjusted at any time", "may be revised by Nestsure from time to time without notice to you")
            # ("may be recalibrated between Contests without notice to you", "can be rewritten by us at any point")
            # ("may be reorganised by Tallowmark from time to time, with or without notice")
            r"|reworked|renamed|retired|withdrawn|adjusted|varied|increased|recalibrated|rewritten|reorgani[sz]ed|restructured)\s+"
            r"(?:by\s+(?:us|(?-i:[A-Z])[\w-]+)\s+|between\s+\w+\s+)?(?:at\s+any\s+(?:time|point)"
            r"|without\s+(?:prior\s+|advance\s+)?notice|from\s+time\s+to\s+time|at\s+(?:our|its)\s+(?:sole\s+)?discretion"
            # ("may be amended by Chapterly on fourteen (14) days' notice")
            r"|on\s+(?:\w+\s+)?(?:\(\d+\)\s+)?days['’]?\s+(?:prior\s+|advance\s+|written\s+)?notice)\b"
            # (not by someone else: "may be updated at any time by the application developer")
            r"(?!\s+by\s+(?!us\b))",
            r"\b(?:terms|agreement|conditions)\b[^.;:]{0,40}?\b(?:may|can)\s+be\s+(?:modified|changed|amended|revised|updated)",
            # "Usage limits ... are set by us, and we may adjust them as we go"
            r"\b(?:limits|prices|fees|rates|features|ads|adverts|ad\s+breaks|breaks)\b[^.;:]{0,120}?"
            + _PROVIDER
            + r"\s+(?:\w+\s+)?(?:adjust|change|modify|increase|raise|reduce|lower|revise)\s+them\b",
            # "Rates may change at any time", "They may change a lot or be withdrawn at any time"
            r"\b(?:prices?|fees?|rates?|pricing|features?|they)\s+(?:may|can)\s+change\b[^.;:]{0,40}?"
            r"\b(?:at\s+any\s+time|without\s+(?:prior\s+|advance\s+)?notice|whenever\s+we|from\s+time\s+to\s+time)\b",
            # "features, apps and supported devices can come and go", "the price of the very same seat can go up or
            # down"
            r"\b(?:features?|apps|devices|plans?|titles|channels|prices?|fees?|rates?)\b[^.;:]{0,60}?\b(?:can|may)\s+"
            r"(?:come\s+and\s+go|go\s+up\s+or\s+down|go\s+up|fluctuate)\b",
            # "Prices are set by the Site Host and can change at any time"
            # (not "You set the List Price ... and you may change it at any time")
            r"\b(?:prices?|fees?|rates?|pricing)\b[^.;:]{0,60}?\b(?<!you\s)(?:may|can)\s+change\b[^.;:]{0,40}?"
            r"\b(?:at\s+any\s+time|without\s+(?:prior\s+|advance\s+)?notice|whenever\s+we|from\s+time\s+to\s+time)\b",
            # "Fleet pricing tiers and volume discounts ... may change at the start of any quarter", "the hours, lanes
            # and services at any site can change" (not "you can change your plan", "Members may change plans")
            # (not "the services may change from time to time, at our discretion": CLAUDETTE labels it content removal)
            r"\b(?:prices?|fees?|rates?|pricing|tiers|discounts?|hours|features|rewards|extras|perks|benefits)\b"
            r"[^.;:]{0,60}?(?<!\byou\s)\b(?:may|can|could|might)\s+(?:also\s+)?change\b"
            r"(?!\s+(?:your|their|the|it|them|this|that|its|his|her|how|which|plans?)\b)",
            # "We can change the rewards, or end the program, whenever we like"
            _PROVIDER + r"[^.;:]{0,60}?\b(?:change|modify|alter)\b[^.;:]{0,80}?\bwhenever\s+"
            r"(?:we|it)\s+(?:like|likes|want|wants|wish|wishes|choose|chooses|see\s+fit|sees\s+fit|decide|decides)\b",
            # "the price payable on renewal is the price in effect at that time", "pricing is reviewed periodically"
            r"\b(?:prices?|fees?|rates?|premiums?)\b[^.;:]{0,60}?\b(?:is|will\s+be|are)\s+the\s+(?:prices?|fees?|rates?|premiums?)\s+"
            r"(?:then\s+)?in\s+(?:effect|force)\b",
            r"\b(?:prices?|pricing|fees?|rates?|premiums?|tiers)\s+(?:is|are)\s+reviewed\s+(?:periodically|regularly|annually"
            r"|every|each|from\s+time\s+to\s+time)\b",
            # "a Title may be withdrawn ... and removed from the Libraries of members who have already obtained it"
            r"\b(?:removed|deleted|withdrawn|taken\s+away)\s+from\s+(?:the|your|their)\s+(?:\w+\s+)?(?:librar(?:y|ies)"
            r"|collections?)\b[^.;:]{0,60}?\b(?:already|previously)\s+(?:obtained|purchased|bought|downloaded|acquired|paid)\b",
            # "When we retire one, it disappears from every account, including accounts that paid for the upgrade"
            r"\b(?:disappears?|vanish(?:es)?|removed|deleted)\s+from\s+(?:every|all|each|your)\s+(?:\w+\s+)?(?:accounts?"
            r"|librar(?:y|ies))\b[^.;:]{0,60}?\b(?:paid|purchased|bought|obtained)\b",
            # "We'll revise them as Rootline grows, and the version posted on our site is the one that counts"
            r"(?:" + _PROVIDER + r"|\bwe['’]ll\b)\s+(?:\w+\s+)?(?:revise|change|update|amend|modify|rewrite)\s+them\b"
            r"|\bthe\s+version\s+(?:posted|published)\s+(?:on|at|in)\s+(?:our|the)\s+(?:site|website|app)\s+is\s+the\s+one\s+that\s+"
            r"(?:counts|applies)\b",
            # "Draftpick may at any time discontinue any sport, Contest format or feature of the Service"
            _PROVIDER
            # (not "may discontinue the Service, or any plan or feature, on 60 days' notice": the service ends)
            + r"[^.;:]{0,40}?\b(?:discontinue|withdraw|drop)\b(?!\s+(?:the|our)\s+(?:services?|platform|app)\b)"
            r"[^.;:]{0,60}?\b(?:features?|functionality|formats?)\b",
            # "We can drop or rework any of them at any time"
            _PROVIDER + r"[^.;:]{0,20}?\b(?:change|modify|drop|rework|replace|remove|alter)\b[^.;:]{0,30}?"
            r"\b(?:any|all|some)\s+of\s+them\b[^.;:]{0,20}?\bat\s+any\s+(?:time|point)\b",
            # "Delivery days, time windows and the areas we serve are reshuffled from time to time"
            r"\b(?:are|is|get|gets)\s+(?:reshuffled|changed|revised|adjusted|rearranged|reset)\s+from\s+time\s+to\s+time\b",
            # "is periodically recalculated by Swapnest on the basis of demand", "Swapnest is entitled to amend these
            # Terms", "What's included in Plus, and what it costs, is up to us and may change"
            r"\b(?:is|are)\s+(?:periodically|regularly)\s+(?:recalculated|revised|adjusted|changed|reset)\b"
            r"|\b(?:is|are)\s+entitled\s+to\s+(?:amend|change|modify|revise|alter)\s+(?:these|this|the|its|our)\s+(?:\w+\s+)?(?:terms"
            r"|agreement|conditions|prices?|fees?)\b"
            r"|\b(?:is|are)\s+up\s+to\s+us\s+and\s+(?:may|can|could|might)\s+change\b",
            # "Some features that are free today ... could move into Plus later on", "Features come, features go, and
            # sometimes something that used to be free ends up in Pro"
            r"\bfeatures?\b[^.;:]{0,80}?\b(?:could|may|might|can)\s+(?:move|be\s+moved)\s+(?:into|to)\b"
            r"|\bfeatures?\s+come,?\s+(?:and\s+)?(?:features?\s+)?go\b|\bused\s+to\s+be\s+free\s+ends?\s+up\s+in\b",
            # "challenges and bonus offers ... may be changed, shortened or ended early"
            r"\b(?:may|can)\s+be\s+(?:changed|modified|altered|varied)\s*,?\s+(?:\w+ed,?\s+)?(?:or|and)\s+(?:ended|cancell?ed"
            r"|withdrawn|discontinued|terminated)\b",
            # "We can change how many Beans you earn ... and which rewards are on the menu"
            _PROVIDER
            # ("change who qualifies and how much they can get")
            + r"[^.;:]{0,40}?\b(?:change|adjust|modify|alter|vary)\s+(?:how\s+(?:many|much|often|long)|which\s+\w+"
            r"|who\s+\w+)\b",
            # "Scholaroo may ... impose daily usage limits"
            # (not "may impose rate limits on API usage, which are described in the API documentation")
            _PROVIDER + r"[^.;:]{0,80}?\bimpose\s+(?:new|additional|further|daily|weekly|monthly)\s+(?:[\w-]+\s+)?"
            r"(?:limits?|caps?|fees?|charges|restrictions)\b",
            # "lessons, games and activities are added, updated and retired as we see fit"
            r"\b(?:added|updated|changed|modified|retired|withdrawn|removed)\b[^.;:]{0,40}?\b(?:as\s+we\s+see\s+fit"
            r"|at\s+(?:our|its)\s+(?:sole\s+)?discretion)\b",
            # "THE RENEWAL PREMIUM MAY BE HIGHER THAN THE PREMIUM YOU PAID IN THE PRECEDING YEAR BY ANY AMOUNT"
            r"\b(?:premiums?|prices?|fees?|rates?|charges)\b[^.;:]{0,40}?\b(?:may|can)\s+be\s+(?:higher|increased|raised)\b",
            # "Fees are subject to change upon renewal"
            r"\b(?:fees?|prices?|pricing|rates?|charges|plans?|features?)\b[^.;:]{0,40}?\b(?:are|is)\s+subject\s+to\s+change\b",
            # "We may lower your limit"
            # ("After your first three months, we can raise your monthly rent")
            _PROVIDER + r"\s+(?:\w+\s+)?(?:lower|reduce|raise|increase|cut)\s+your\s+(?:\w+\s+)?(?:limits?|rates?|fees?"
            r"|prices?|allowances?|bonus(?:es)?|credit|rent|fares?)\b",
            # One scan of the provider for several changes: "We may shorten access hours at any facility", "We can swap
            # the van you booked for a different model of similar size", "they can also switch off features that older
            # Cams can't handle", "we may end cloud features for that model", "We might shuffle around what Moonbeam
            # includes, or change what it costs"
            _PROVIDER + r"(?:[^.;:]{0,20}?\b(?:shorten|reduce|cut|change|limit)\s+(?:the\s+|our\s+|its\s+)?"
            r"(?:access|opening|operating|business)\s+hours\b"
            r"|[^.;:]{0,20}?\b(?:swap|substitute|replace|switch)\s+(?:the|your)\s+(?:[\w-]+\s+){1,2}?you\s+(?:booked"
            r"|ordered|reserved|chose|selected)\b"
            r"|\s+(?:also\s+)?(?:switch\s+off|turn\s+off|disable|end|retire)\s+(?:some\s+|certain\s+|any\s+)?"
            r"(?:[\w-]+\s+)?features\b"
            r"|[^.;:]{0,20}?\b(?:shuffle|reshuffle|change|alter|adjust|rework)\s+(?:around\s+)?what\s+"
            r"(?:[\w-]+\s+){0,2}?(?:includes|costs|offers|covers)\b"
            # ("Filecairn may move a form, a tax situation or a feature from Filecairn Free into a paid version", "may,
            # without explanation, restrict the size of file attachments, the number of Send links"; not "to limit the
            # number of co-hosts a host may invite", which CLAUDETTE labels other, nor "no revision shall reduce the
            # number of Credits")
            r"|[^.;:]{0,80}?\bmove\b[^.;:]{0,80}?\binto\s+(?:a\s+|the\s+)?(?:paid|premium|higher|more\s+expensive)\b"
            r"|[^.;:]{0,40}?\b(?:restrict|cap)\s+the\s+(?:size|number|amount|length)\s+of\b)",
            # "features can appear, get reworked or disappear without much warning"
            r"\bfeatures?\s+(?:can|may|could|might)\b[^.;:]{0,40}?\b(?:disappear|vanish|go\s+away)\b",
            # "We update these terms now and then" (no modal verb)
            r"^[\W\d]*" + _WE_OR_NAME + r"\s+(?:\w+\s+)?(?:update|change|revise|amend|modify)\s+(?:these|this|our)\s+"
            r"(?:terms|agreement|conditions)\b",
        ),
    ),
    Category(
        key="unilateral_termination",
        title="Unilateral termination or suspension",
        severity="medium",
        reason="They can suspend or close your account or cut off the service, sometimes without notice or reason.",
        method="model",
        cues=(
            r"\b(?:terminat|suspen|deactivat|disabl|discontinu|cancel|restrict|block|ban|clos)\w*"
            + _GAP
            + r"\b(?:accounts?|access|services?|membership|subscriptions?|use)\b",
            r"\b(?:accounts?|access|membership)\b" + _NEAR + r"\b(?:terminat|suspen|deactivat|disabl|clos)\w*",
            r"\b(?:terminat|suspen)\w*",
            r"\bfor\s+any\s+(?:or\s+no\s+)?reason\b",
            r"\bwithout\s+(?:prior\s+|any\s+|advance\s+)?(?:notice|cause|liability)\b",
            r"\b(?:cease|stop|end)\w*" + _NEAR + r"\b(?:services?|providing|contract|agreement|access|immediately)\b",
        ),
        strong=(
            _PROVIDER
            + r"[^.;:]{0,60}?\b(?:terminate|suspend|deactivate|disable|close|cancel|restrict|block|discontinue|pause"
            # (not "may add to, modify or discontinue any feature of the Service", a change)
            # ("may, at any time and without prior notice, lock an account")
            r"|end|shut\s+down|switch\s+off|turn\s+off|retire|freeze|downgrade|dissolve|lock)\b[^.;:]{0,40}?(?<!\bfeature\sof\s)"
            r"(?<!\bfeatures\sof\s)"
            # "we may shut down the Game's online services", "we may pause your ability to sell"
            # ("may close any Free tier account that has not been used")
            # ("we can block those devices or pause streaming on the whole account")
            r"\b(?:your|the|this|that|an?|any|all|user)\s+(?:[\w-]+['’]s\s+)?(?:relevant\s+|affected\s+|applicable\s+|whole\s+"
            r"|entire\s+"
            r"|online\s+|(?-i:[A-Z])[\w-]+\s+(?:tier\s+|plan\s+)?"
            # ("may suspend your fobs and app access")
            r"|[\w-]+s\s+(?:and|or)\s+(?:[\w-]+\s+)?)?(?:accounts?|access|use|membership"
            # ("we may freeze a Card")
            # ("the Insurer may cancel the Policy", "withdraw your participation in the Referral Scheme")
            # ("Leaflore may suspend or close a profile", "Chapterly may dissolve a Family Group")
            r"|subscriptions?|services?|platform|agreement|ability|workspaces?|cards?|wallets?|polic(?:y|ies)|participation"
            r"|profiles?|groups?)\b"
            # "may transfer, deactivate or delete Accounts in the Workspace"
            r"|"
            + _PROVIDER
            + r"[^.;:]{0,60}?\b(?:terminate|suspend|deactivate|disable|close|delete)\s+(?:all\s+|any\s+)?"
            r"(?-i:Accounts)\b",
            # "The Company may remove any listing ... or deactivate any Host who receives repeated complaints"
            _PROVIDER + rf"[^.;:]{{0,120}}?\b(?:suspend|deactivate|ban|terminate|expel)\s+(?:any|the|a)\s+"
            rf"(?:{_OTHER_PARTIES}|tutors?|drivers?|riders?|creators?|players?)\b",
            # "If your account has had no activity for 24 months, we may close it"
            r"\b(?:accounts?|subscriptions?|membership)\b[^.;:]{0,100}?"
            + _PROVIDER
            + r"\s+(?:\w+\s+)?(?:close|terminate|suspend|deactivate|cancel|delete)\s+(?:it|them)\b",
            # (not "Clauses 9, 10, 15 and 16 shall survive termination of these Terms for any reason")
            r"(?<!\bsurvive\s)(?<!\bsurvives\s)"
            r"\b(?:terminat|suspen|paus)\w*\b[^.;:]{0,60}?\b(?:at\s+any\s+time|for\s+any\s+(?:or\s+no\s+)?reason|"
            r"without\s+(?:prior\s+|advance\s+)?notice|in\s+(?:our|its)\s+sole\s+discretion)",
            # "Accounts that have had no sign-in for 24 consecutive months may be retired"
            # ("Free Plan Accounts that have not hosted or joined a meeting for a period of twelve (12) consecutive
            # months may be deactivated")
            r"\b(?:accounts?|access|membership|subscriptions?)\b[^.;:]{0,120}?\b(?:may|can)\s+be\s+(?:suspended|terminated"
            r"|closed|retired|deactivated|paused|disabled|restricted|cancell?ed|shut\s+down|put\s+on\s+hold"
            r"|(?:rate-)?limited|revoked)\b",
            # "your ability to claim new Shifts will be paused automatically", "you can be barred from live classes"
            r"\byour\s+(?:ability|right)\s+to\s+\w+[^.;:]{0,60}?\b(?:may|can|will)\s+be\s+(?:\w+ly\s+)?(?:paused|suspended"
            r"|restricted|limited|revoked|blocked|removed)\b",
            # ("Vendors who fall below a 3.5-star average ... may be kicked off Vowbloom")
            r"\b(?:may|can|could|will)\s+be\s+(?:\w+ly\s+)?(?:barred|banned|locked\s+out)\s+from\b"
            r"|\b(?:may|can|could|will)\s+be\s+(?:kicked|booted|thrown)\s+(?:off|out)\b",
            # "Vaultwren may also terminate these Terms for convenience on 60 days' notice"
            _PROVIDER + r"[^.;:]{0,40}?\bterminate\s+(?:these|this)\s+(?:terms|agreement)\b",
            # "we may put that account on hold while we look into it", "put your Fan Resale access on ice"
            _PROVIDER + r"[^.;:]{0,60}?\bput\s+(?:your|that|the|this|any|their)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:accounts?|access|membership|subscriptions?)\s+on\s+(?:hold|ice)\b",
            # "your membership is put on hold" (after a failed payment), "will get your selling privileges pulled
            # for good"
            # ("After two declined weeks in a row, your Plan goes on ice")
            r"\byour\s+(?:[\w+-]+\s+)?(?:membership|account|subscription|access|plan)\s+(?:is|will\s+be|gets)\s+put\s+on\s+"
            r"(?:hold|ice)\b|\byour\s+(?:[\w+-]+\s+)?(?:membership|account|subscription|plan)\s+(?:goes|will\s+go)\s+on\s+(?:hold|ice)\b",
            r"\byour\s+(?:[\w-]+\s+)?(?:privileges|rights|access)\s+(?:pulled|revoked|withdrawn|taken\s+away)\b",
            # "we may stop you from booking further visits"
            _PROVIDER + r"[^.;:]{0,40}?\b(?:stop|prevent|bar)\s+you\s+from\s+(?:using|accessing|\w+ing)\b",
            # "We may shut down Coursewick or any part of it", "We might decide to stop offering Hearthcrate"
            # ("may cease to offer the Service, or any Premium Plan, in any country")
            _PROVIDER + r"[^.;:]{0,100}?\b(?:shut\s+down|discontinue|withdraw|wind\s+down"
            r"|stop\s+(?:offering|providing|operating)|cease\s+(?:to\s+(?:offer|provide|operate)|offering|providing|operating))\s+"
            r"(?:(?-i:[A-Z])[\w-]+|the\s+(?:whole\s+)?(?:service|services|platform|app|site|website|marketplace)"
            # ("may stop operating the Voltpark network")
            r"|the\s+(?-i:[A-Z])[\w-]+\s+(?:network|service|platform|app|programme|program|scheme))\b",
            # "Breaking these rules can lead to us ... suspending or closing your account"
            r"\b(?:lead|result)\s+(?:to|in)\s+us\b[^.;:]{0,120}?\b(?:suspend|clos|terminat|deactivat|disabl|ban)\w*ing\s+"
            r"(?:or\s+\w+ing\s+)?(?:your|the|their)\s+(?:\w+\s+)?accounts?\b",
            # "Three violations will lead to an automatic suspension of 7 days"
            r"\b(?:lead|result)\s+(?:to|in)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:suspension|ban|termination|deactivation"
            r"|closure)\b",
            # "If we stop operating in your city, we'll give you at least 30 days' notice"
            # ("If we stop offering Reelnest in Australia altogether")
            r"\b"
            + _WE_OR_NAME
            + r"\s+(?:\w+\s+)?(?:stops?|ceases?)\s+(?:operating|offering\s+(?-i:[A-Z])[\w-]+)\s+in\b",
            # "Where a Candidate account has not been accessed for twenty-four (24) consecutive months, ... the account
            # will be closed"
            r"\b(?:not\s+been\s+(?:accessed|used|logged\s+into)|no\s+(?:activity|log-?ins?|sign-?ins?)|inactiv\w*|dormant)\b"
            r"[^.;:]{0,160}?\b(?:the|your|that)\s+account\s+will\s+be\s+(?:closed|deleted|deactivated|terminated)\b",
            # "Drivers who refuse a Rider with a service animal will be removed from the platform"
            r"\b(?:users?|members?|drivers?|riders?|hosts?|guests?|sellers?|buyers?|creators?|tutors?|players?)\b[^.;:]{0,80}?"
            r"\bwill\s+be\s+(?:permanently\s+)?(?:removed|banned|deactivated|expelled)\s+from\s+(?:the\s+)?"
            r"(?:platform|service|app|marketplace|community)\b",
            # "reserves the right to withdraw from any city or region", "We may decide to shut Sprigfit down"
            _PROVIDER
            + r"[^.;:]{0,40}?\bwithdraw\s+from\s+(?:any|a|the|your)\s+(?:city|region|country|market|area|state|province"
            r"|territory)\b",
            # "withdraw your participation in the Referral Scheme" (not "may add, alter or withdraw features and
            # functionality of the Service", a change)
            _PROVIDER
            + r"[^.;:]{0,60}?\bwithdraw\s+(?:your|the|any|their)\s+(?:\w+\s+)?(?:participation|access|membership"
            r"|account)\b",
            # "the Insurer may treat the Policy as terminated from the date of the fraudulent act"
            _PROVIDER + r"[^.;:]{0,20}?\btreat\s+(?:the|your|this)\s+(?:\w+\s+)?as\s+(?:terminated|cancell?ed|void)\b",
            # "If we ever decide to discontinue Tinkertab Club"
            r"\b"
            + _WE_OR_NAME
            + r"\s+(?:\w+\s+)?(?:decides?|chooses?)\s+to\s+(?:discontinue|shut\s+down|stop\s+offering|withdraw)\s+"
            r"(?-i:[A-Z])[\w-]+",
            # "We might bring Brewlane Beans to an end one day"
            _PROVIDER
            + r"[^.;:]{0,20}?\bbring\s+(?:[\w-]+\s+){1,4}?to\s+an\s+(?:immediate\s+|early\s+|abrupt\s+)?end\b",
            _PROVIDER + r"[^.;:]{0,40}?\bshut\s+(?-i:[A-Z])[\w-]+\s+down\b",
            # "If your Premium payment fails, you'll drop back to the free version"
            r"\bpayment\s+(?:fails|is\s+declined|bounces|isn['’]t\s+made)\b[^.;:]{0,80}?\b(?:drop|go|move|revert|fall)\w*\s+back\s+to\s+"
            r"(?:the|a)\s+(?:free|basic)\b"
            # "If a Plus payment fails and isn't fixed within seven days, your membership will be cancelled"
            r"|\bpayment\s+(?:fails|is\s+declined|bounces|isn['’]t\s+made)\b[^.;:]{0,80}?\byour\s+(?:\w+\s+)?(?:membership"
            r"|subscription|plan|account)\s+will\s+be\s+(?:cancell?ed|terminated|suspended|downgraded|closed)\b"
            # ("If your renewal payment fails, Rootline+ features are switched off until you update your card")
            r"|\bpayment\s+(?:fails|is\s+declined|bounces|isn['’]t\s+made)\b[^.;:]{0,80}?\b(?:are|is|will\s+be|gets?)\s+"
            r"(?:switched|turned|cut)\s+off\b",
            # "We reserve the right to pull the plug on any account"
            # ("We may pull the pin on an account, full stop")
            _PROVIDER + r"[^.;:]{0,40}?\bpull\s+the\s+(?:plug|pin)\s+on\b",
            # One scan of the provider for several acts: "we may end your rental", "We can end any unit rental for any
            # reason", "Tallowmark may delist the Items concerned or close the shop", "it may place a reserve on up to
            # 100% of the Seller's balance for up to ninety (90) days", "Brightnest can switch off your Cam's cloud
            # connection"
            _PROVIDER
            + r"(?:[^.;:]{0,40}?\b(?:end|terminate|cancel)\s+(?:your|the|this|that|an?|any)\s+(?:[\w-]+\s+)?(?:rentals?"
            r"|tenanc(?:y|ies)|leases?)\b"
            r"|[^.;:]{0,60}?\b(?:close|suspend|shut\s+down|deactivate)\s+(?:the|your|a|any|that)\s+(?:seller['’]s\s+)?"
            r"(?:shop|store|storefront)s?\b"
            r"|[^.;:]{0,40}?\b(?:place|put|impose|apply)\s+a\s+(?:\w+\s+)?(?:reserve|hold|freeze)\s+on\b[^.;:]{0,60}?"
            r"\b(?:balances?|funds|payouts?|earnings)\b"
            r"|[^.;:]{0,20}?\b(?:switch|turn|cut)\s+off\s+your\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:connection"
            r"|connectivity|service|access)\b)",
            # "and refuse to rent to you again at any Vanlyft facility"
            r"\brefuse\s+to\s+(?:rent|sell|lease)\s+to\s+you\b",
            # "Our community team can ... take Milestones away from an account"
            r"\btake\s+(?:[\w-]+\s+){1,3}?away\s+from\s+(?:an?|your|the|any|that)\s+(?:\w+\s+)?(?:accounts?|users?|members?)\b",
            # "If we ever shut down Brightnest's cloud service"
            r"\b(?:if|when|should)\s+we\s+(?:ever\s+)?(?:decide\s+to\s+)?(?:shut\s+down|discontinue|close\s+down|stop\s+(?:offering"
            r"|running|providing))\s+(?:(?-i:[A-Z])[\w-]+(?:['’]s)?\s+)?(?:\w+\s+)?(?:service|services|platform|app|network)\b",
            # "If rent is 6 days late, your gate code stops working"
            r"\b(?:late|overdue|unpaid|fails?|declined|bounces?)\b[^.;:]{0,60}?\byour\s+(?:[\w-]+\s+){0,2}?(?:codes?|keys?|cards?"
            r"|fobs?|access|logins?|pass(?:es)?)\s+(?:stops?|will\s+stop)\s+working\b",
            # "A person found to have abused a promotion ... may be excluded from all current and future promotions"
            # (someone, not "your data will be excluded from any subsequent training run")
            r"\b(?:person|people|users?|members?|customers?|players?|accounts?|you)\b[^.;:]{0,100}?\b(?:may|can|will)\s+be\s+"
            r"excluded\s+from\s+(?:all|any|the|our|future)\b",
            # "If a Courier reports harassment ... at a delivery address, we may stop delivering there"
            _PROVIDER + r"[^.;:]{0,20}?\bstop\s+(?:delivering|serving|shipping)\b",
            # "If it still cannot be collected, your Membership will be paused", "If it still won't go through, your
            # plate gets switched off at the gate" (not "if you ask us to pause it, your membership will be paused", nor
            # "After that 30-day period, your Microsoft account will be closed", which you asked for)
            r"^(?![^.;:]*\b(?:you\s+(?:ask|request|choose|decide|select|want|wish|pause|cancel)|your\s+request)\b)"
            r"[\W\d]*(?:if|where|should)\b[^.;:]*?"
            r"\byour\s+(?:[\w-]+\s+)?(?:membership|subscription|account|plan|access|plate|profile)\s+(?:will\s+be|gets?)\s+"
            r"(?:paused|suspended|cancell?ed|terminated|deactivated|closed|blocked|(?:switched|turned|cut)\s+off)\b",
            # "Free profiles that haven't been signed into for two years are deactivated"
            # ("Accounts that haven't synced a watch in 24 months may be wound down")
            r"\b(?:accounts?|profiles?|memberships?)\s+(?:that|which)\s+(?:have|has)(?:\s+not|n['’]t)\s+(?:been\s+(?:signed\s+in"
            r"|logged\s+in|used|accessed|opened)\w*|synced|logged\s+in|signed\s+in)\b[^.;:]{0,80}?\b(?:are|will\s+be|may\s+be|can\s+be|get)\s+"
            r"(?:automatically\s+)?(?:deactivated|closed|deleted|terminated|suspended|removed|wound\s+down)\b",
            # "we ... may kick that account out of the program"
            # ("We may boot a Tutor off the Marketplace")
            r"\b(?:kick|boot)(?:s|ed)?\s+(?:you|(?:your|that|the|this|any|their|an?)\s+(?:[\w-]+\s+){0,2}?)(?:out|off)\b",
            # "We can show you the door at any time"
            r"\bshow\s+(?:you|them)\s+the\s+door\b",
            # "If we think an account has been compromised ..., we may lock it down", "we might freeze it"
            r"\baccounts?\b[^.;:]{0,120}?" + _PROVIDER + r"[^.;:]{0,20}?\b(?:lock|freeze)\s+(?:it|them)(?:\s+down)?\b",
            # "If we ever decide to close Quizlyn down for good"
            r"\b" + _WE_OR_NAME + r"\b[^.;:]{0,40}?\b(?:shut|close)\s+(?-i:[A-Z])[\w-]+\s+down\b",
            # "if you don't reply within 60 days we'll close your account" (not "if you ask us to")
            r"^(?![^.;:]*\b(?:you\s+ask|your\s+request|you\s+request)\b)[^.;:]*?\bwe(?:['’]ll|\s+will)\s+(?:close|terminate"
            r"|deactivate|suspend)\s+your\s+account\b",
            # "Accounts of users determined to be repeat infringers will be closed"
            # (not "After that 30- or 60-day period, your Microsoft account will be closed", which you asked for)
            r"\baccounts?\s+of\s+(?:users?|members?|anyone|those|people|customers?|repeat)\b[^.;:]{0,80}?\bwill\s+be\s+"
            r"(?:closed|terminated|suspended|deactivated|disabled|banned)\b",
            # a downgrade: "If a payment fails ..., we'll move your account to the free plan"
            r"\b" + _WE_OR_NAME + r"\s*(?:['’]ll|\s+will|\s+may|\s+can)\s+(?:move|switch|downgrade|revert)\s+your\s+"
            r"(?:account|subscription|plan|membership)\s+(?:back\s+)?to\s+(?:the|a|our)\s+(?:free|basic|lower|standard)\b",
            # "we close the accounts of users who repeatedly infringe"
            r"\b" + _WE_OR_NAME + r"\s+(?:will\s+)?(?:\w+ly\s+)?(?:close|terminate|suspend|disable|deactivate|ban)\s+"
            r"(?:the\s+)?accounts?\s+of\b",
            # the last of the provider's list of measures: "we may delete what you've posted, cancel orders ..., or
            # suspend or close your account"
            _PROVIDER
            + r"[^.;:]{0,200}?,\s+(?:and|or)\s+(?:suspend|close|terminate|deactivate|disable|lock)(?:\s+or\s+\w+)?\s+"
            r"your\s+(?:\w+\s+)?(?:accounts?|ability|access|membership|subscriptions?)\b",
            # "Keystrand may, upon sixty (60) days' notice to the email address ..., close the Account"
            _PROVIDER
            + r",\s+[^,.;:]{0,120},\s+(?:terminate|suspend|close|deactivate|disable|cancel)\s+(?:your|the|this|any)\s+"
            r"(?:\w+\s+)?(?:accounts?|access|membership|subscriptions?)\b",
            # "we may treat your subscription as dormant and cancel it"
            _PROVIDER + r"[^.;:]{0,40}?\b(?:accounts?|subscriptions?|membership)\b[^.;:]{0,40}?\b(?:and|then)\s+"
            r"(?:cancel|close|terminate|suspend|deactivate|end)\s+(?:it|them)\b",
        ),
        # "you may cancel ...", "you're always free to stop using ...", "if you don't cancel ...",
        # "information on how to terminate your account", up to the next "we"/"us"/"our", so "you
        # may cancel, and we may terminate your account" stays
        your_own_acts=r"(?:\byou(?:['’]re|\s+are)?\s+(?:(?:may|can|could|might|will|do|always|also|at\s+any\s+time|free\s+to|"
        r"have\s+the\s+right\s+to|(?:choose|decide|wish|want|elect|seek|need|intend)\s+to|must|do\s+not|don't)\s+){1,3}"
        r"|\bhow\s+to\s+"
        # ("A User may terminate the User's Account at any time")
        # ("A Seller may pause or end a Promoted Listings campaign at any time")
        r"|\b(?:a|the|any|each)\s+(?:user|member|customer|subscriber|seller|buyer|host|guest)\s+(?:may|can)\s+(?:at\s+any\s+time\s+)?"
        r"|\byour\s+(?:right|option)\s+to\s+)"
        r"(?:pause\s+or\s+)?(?:terminate|cancel|close|delete|end|stop|discontinue|quit|deactivate)\w*(?:(?!\b(?:we|us|our)\b)[^.;:]){0,80}",
    ),
    Category(
        key="content_removal",
        title="Content removal",
        severity="medium",
        reason="They can remove or delete what you post or store, at their discretion.",
        method="model",
        cues=(
            r"\b(?:remov|delet|disabl|block|edit|refus|reject|screen|take\s+down|taken\s+down)\w*"
            + _GAP
            + r"\b(?:content|materials?|posts?|postings?|submissions?|messages?|listings?|files?|uploads?|reviews?)\b",
            r"\b(?:content|materials?|posts?|submissions?|listings?)\b" + _NEAR + r"\b(?:remov|delet)\w*",
            r"\b(?:remov|delet)\w*",
        ),
        strong=(
            _PROVIDER
            # ("We reserve the right to pull down reviews or photos")
            + r"[^.;:]{0,60}?\b(?:remove|delete|erase|disable|take\s+down|pull\s+down|take\s+out\s+of|block|wipe"
            r"|unpublish|purge|yank"
            # (not "use, edit, display and promote your posts": a licence)
            r"|edit(?!,?\s+(?:(?:and|or)\s+)?(?:display|distribute|publish|reproduce|use|adapt|translate|promote))"
            r"|hide"
            r"|(?:refuse|decline)\s+to\s+(?:post|display|publish|upload))\b[^.;:]{0,60}?\b(?:content|materials?|posts?|submissions?|information|listings?"
            r"|reviews?|messages?|files?|documents?|photos?|videos?|uploads?|recordings?|transcripts?|episodes?|artwork|audio"
            # what a marketplace's users publish ("We may take down a course", "disable any Send link", "We may
            # hide a Carer's profile from search")
            r"|courses?|class(?:es)?|lessons?|links?|profiles?|ratings?|comments?|photographs?"
            # ("Scholaroo may remove, block or decline to answer any question", "may delete the User's Assignments and
            # session history")
            r"|questions?|assignments?|drafts?|essays?|histor(?:y|ies)|vacanc(?:y|ies)|drawings?"
            r"|what\s+you(?:['’]ve|\s+have)?\s+(?:posted|uploaded|shared|submitted|published))\b",
            # "We can take any Deck out of the Library, or wipe it altogether", "we'll take it down, no questions asked"
            # ("We may take any review off our site")
            _PROVIDER + r"[^.;:]{0,20}?\btake\s+(?:any|the|a|your|that)\s+(?:[\w-]+\s+)?(?:out\s+of|off)\b",
            # ("After that we take it down for good, photos and all")
            r"\b" + _WE_OR_NAME + r"(?:['’]ll|\s+will|\s+may|\s+can)?\s+take\s+(?:it|them)\s+down\b",
            # "If we shut down a Vendor's account, their listing, portfolio and reviews disappear from Vowbloom right
            # away", "may terminate a Free account ..., whereupon the vault held on our servers will be erased"
            r"\b(?:listings?|reviews?|posts?|photos?|content|portfolios?|profiles?|videos?|files?)\b[^.;:]{0,40}?"
            r"\b(?:disappear|vanish)\b|\bwhereupon\b[^.;:]{0,60}?\b(?:will\s+be|shall\s+be|is|are)\s+(?:erased|deleted|removed|wiped)\b",
            # "Tallowmark may delist the Items concerned"
            _PROVIDER + r"[^.;:]{0,40}?\b(?:delist|de-list)\b",
            # "Inventory lists and photos are deleted 60 days after your rental ends, whether or not you've downloaded
            # them"
            r"\b(?:deleted|erased|wiped|removed)\b[^.;:]{0,80}?\b(?:whether\s+or\s+not|even\s+if)\s+you(?:['’]ve|\s+have)?\s+"
            r"(?:not\s+|n['’]t\s+)?(?:downloaded|saved|exported|backed\s+up|copied)\b",
            # "We may edit, hide or take down any Cup Note or Creation for any reason"
            _PROVIDER + r"[^.;:]{0,60}?\b(?:remove|delete|take\s+down|hide|edit|unpublish)\b[^.;:]{0,80}?"
            r"\bfor\s+any\s+(?:or\s+no\s+)?reason\b",
            # "Accounts ... may be deactivated, and the Assignments stored therein permanently deleted"
            r"\b(?:stored|saved|kept|held|uploaded)\s+(?:therein|there|in\s+it|in\s+(?:such|the|those|that|its|their)\s+\w+)\b"
            r"[^.;:]{0,20}?"
            r"\b(?:(?:shall|will|may)\s+be\s+)?(?:permanently\s+)?(?:deleted|erased|removed|destroyed)\b",
            # "Free profiles that haven't been signed into for two years are deactivated, and the plants, photos and
            # Care Calendar entries in them are deleted"
            # ("the class Decks and any Study Notes inside them are deleted")
            r"\b(?:content|photos?|videos?|files?|posts?|entries|documents?|recordings?|uploads?|drawings?|notes|decks?)\s+"
            r"(?:in|inside|within)\s+(?:them|it)\s+"
            r"(?:are|is|will\s+be|get)\s+(?:permanently\s+)?(?:deleted|erased|removed|wiped)\b",
            # "Tutor Session history older than thirty (30) days shall cease to be accessible"
            r"\b(?:content|histor(?:y|ies)|files?|posts?|messages?|recordings?|transcripts?|photos?|videos?|documents?|uploads?"
            r"|assignments?)\b[^.;:]{0,60}?\b(?:shall|will|may)\s+cease\s+to\s+be\s+(?:accessible|available"
            r"|visible|viewable)\b",
            # "Breaking these rules can lead to us removing what you've posted"
            r"\b(?:lead|result)\s+(?:to|in)\s+us\s+(?:removing|deleting|taking\s+down|hiding|unpublishing|editing)\b",
            # "We'll remove or disable access to material identified in a valid notice"
            r"\b"
            + _WE_OR_NAME
            + r"\s*(?:['’]ll|\s+will)\s+(?:remove|delete|take\s+down|disable\s+access\s+to)\b[^.;:]{0,40}?"
            r"\b(?:content|materials?|posts?|files?|listings?|reviews?|photos?|videos?|uploads?)\b",
            # "Documents you uploaded ... will be cleared away", "the member's Listings and profile are taken down"
            r"\b(?:content|materials?|listings?|posts?|documents?|files?|photos?|videos?|uploads?|reviews?|profiles?"
            # ("Chat messages may be deleted", "Public trees or tree entries may be hidden or removed")
            r"|recordings?|transcripts?|episodes?|artwork|drawings?|clips?|messages|entries|decks?)\b"
            # ("Reviews containing untagged spoilers, hate speech, personal details or advertising may be hidden or
            # deleted")
            # ("REVIEWS, LISTS AND SHARED CLIPS MAY BE MODERATED, SHORTENED OR REMOVED AT CHAPTERLY'S SOLE DISCRETION")
            # ("Reviews may be withheld from publication or removed")
            # ("Listings that have been inactive ... may be purged from the Marketplace")
            r"[^.;:]{0,100}?\b(?:(?:may|can|will)\s+be\s+(?:\w+ly\s+)?(?:\w+(?:ed|eld)(?:\s+from\s+\w+)?,?\s+){0,2}(?:(?:or|and)\s+)?(?:removed|deleted|disabled|wiped|erased|purged|cleared(?:\s+away)?"
            # ("the drawings in that profile's Gallery are cleared out")
            r"|taken\s+(?:down|off)|hidden|unpublished|held\s+back)|(?:are|is)\s+(?:taken\s+down|wiped|cleared\s+(?:away|out))"
            # "its Episodes, artwork and transcripts are removed from our servers"
            # (not "Video walk-throughs ... not attached to a submitted Claim are deleted from our systems within thirty
            # (30) days": that is no removal of what you keep there)
            r"|(?:are|is)\s+(?:removed|deleted|erased)\s+from\s+(?:our|its|the)\s+(?:servers?|systems?|platform|service)"
            # ("the User's shop, listings and saved collections are removed from public view, and unsold listings are
            # deleted thirty (30) days later")
            r"|(?:are|is)\s+(?:removed|hidden|taken)\s+from\s+public\s+view"
            r"|(?:are|is)\s+(?:deleted|removed|erased)\s+\w+\s+(?:\(\d+\)\s+)?(?:days?|weeks?|months?)\s+later)\b"
            r"(?!\s+within\b)",
            # what goes with an account they close: "If we close your account, your pet profiles and photos are removed"
            r"\b(?:if|when|once)\s+"
            + _WE_OR_NAME
            + r"\s+(?:\w+\s+)?(?:close|closes|terminate|terminates|suspend|suspends"
            r"|delete|deletes|deactivate|deactivates)\s+your\s+account\b[^.;:]{0,80}?"
            r"\b(?:content|profiles?|photos?|videos?|posts?|files?|listings?|reviews?|uploads?)\b[^.;:]{0,40}?"
            r"\b(?:are|is|will\s+be)\s+(?:removed|deleted|erased|wiped)\b",
            # when the account goes or the service changes ("upon account termination, you will lose access to
            # ... content", "if a change to the Services will cause you to lose access to Your Content"; not
            # "if you forget your passcode, you will lose access to any content", nor "you lose your right of
            # withdrawal once the digital content ... has been supplied")
            _ACCOUNT_GOES + r"\b[^.;:]{0,80}?"
            r"\blos(?:e|ing)\s+(?:access\s+to\s+)?[^.;:]{0,60}?\b(?:content|data|files)\b"
            r"|\blos(?:e|ing)\s+(?:access\s+to\s+)?[^.;:]{0,60}?\b(?:content|data|files)\b"
            r"(?=[^.;:]{0,80}?" + _ACCOUNT_GOES + ")",
        ),
        objects=r"\b(?:content|materials?|posts?|postings?|messages?|information|data|files?|documents?|profiles?|uploads?|"
        r"drafts?|essays?|(?-i:Assignments)|(?:session|chat|message|order)\s+histor(?:y|ies)|(?-i:Notes?)|creations?|"
        r"vacanc(?:y|ies)|drawings?|entries|decks?|"
        r"submissions?|recordings?|transcripts?|episodes?|artwork|audio|"
        r"listings?|reviews?|comments?|photos?|photographs?|videos?|activity|items?|goods|currency|merchandise|courses?|class(?:es)?"
        r"|lessons?|links?|"
        r"what\s+you(?:['’]ve|\s+have)?\s+(?:posted|uploaded|shared|submitted|published))\b",
        # "until you remove your bank account information", "if you delete a post": what you remove
        your_own_acts=r"\byou(?:['’]re|['’]ll|\s+are)?\s+(?:(?:may|can|could|might|will|do|also|(?:choose|decide|want|wish)\s+to)\s+)*"
        r"(?:remove|delete|erase|edit|take\s+down)\w*(?:(?!\b(?:we|us|our)\b)[^.;:]){0,80}",
    ),
    Category(
        key="limitation_of_liability",
        title="Limitation of liability",
        severity="medium",
        reason="They limit or exclude what they owe you if the service fails, loses your data or harms you.",
        method="model",
        cues=(
            r"\bliab(?:le|ility|ilities)\b",
            r"\bdamages\b",
            r"\b(?:indirect|incidental|consequential|special|punitive|exemplary)\b",
            r"\bin\s+no\s+event\b",
            r"\b(?:not|no|neither)\b" + _NEAR + r"\bresponsib\w*",
            r"\bas\s+is\b|\bas\s+available\b",
            r"\bdisclaim\w*",
            r"\b(?:damage|loss|injury|harm)\b",
            r"\bto\s+the\s+(?:maximum|fullest|full)\s+extent\b",
            r"\b(?:aggregate|total)\b" + _GAP + r"\b(?:exceed|greater\s+of|amount)\b",
        ),
        strong=(
            r"\b(?:in\s+no\s+event|under\s+no\s+circumstances)\b[^.;:]{0,120}?\b(?:liab|responsib)",
            # ("We aren't responsible for bookings or messages sent by someone using your password")
            r"(?:\b(?:not|no|never)\b|n['’]t\b)[^.;:]{0,20}?\b(?:be\s+)?(?:liable|responsible)\b[^.;:]{0,60}?"
            r"\b(?:for\s+any|indirect|incidental|special|consequential|punitive|lost|damages?|loss|delays?|failures?"
            # "we are not responsible for the quality, legality or timeliness of any work"
            # (not "accuracy", "availability" or "conduct": CLAUDETTE labels four such sentences fair, three not)
            r"|for\s+the\s+(?:quality|condition|legality|timeliness)"
            # ("Leaflore isn't responsible for the advice they give")
            r"|for\s+(?:the|any)\s+advice"
            # ("Rootline isn't responsible for what you discover", "We're not responsible for Boxes that are taken,
            # left out too long or spoiled")
            # ("we're not responsible for what a Carer does with them", "not responsible for looking after your things",
            # "IS NOT RESPONSIBLE FOR THEFT, BURGLARY, FIRE, FLOOD")
            r"|for\s+what\s+(?:an?|the|any|another|other)\s+\w+\s+(?:does|do|says|posts|shares)\b"
            r"|for\s+(?:looking\s+after|keeping|protecting|safeguarding)\b|for\s+(?:theft|burglary|fire|flood)\b"
            r"|for\s+(?:what|how)\s+(?:you|anyone)\b|for\s+(?:\w+\s+){1,3}?(?:that|which)\s+(?:are|is|get|gets)\s+(?:\w+\s+)?"
            r"(?:lost|stolen|taken|damaged|spoiled|delayed|destroyed)\b)",
            r"\b(?:aggregate|total|maximum|entire|cumulative)\s+liability\b",
            r"(?:\b(?:not|never)\b|n['’]t\b)\s+(?:be\s+)?liable\s+(?:for|if|when|where)\b",
            r"\b(?:limit|limits|exclude|excludes|disclaim|disclaims)\b[^.;:]{0,40}?\bliabilit",
            # "Huddlenote disclaims responsibility for any meeting", "backers waive any claim against Fundspark"
            # (not "shall have no liability", "accepts no responsibility": CLAUDETTE labels seven such sentences
            # fair, three not)
            r"\bdisclaims?\s+(?:all\s+|any\s+)?responsibility\b|\bwaives?\s+(?:any|all)\s+(?:and\s+all\s+)?claims?\s+against\b",
            # "the most we'll pay is the greater of $100 or ..."
            r"\bthe\s+most\s+we(?:['’]ll|\s+will)\s+(?:ever\s+)?pay\b",
            # "we don't owe you anything if a unit turns out a little smaller", "everything we could owe you adds up
            # to no more than", "we can't pay you for them", "Tallowmark is not answerable for Items lost"
            # (not "we're free to use them however we like, and we won't owe you anything for it": feedback)
            r"(?:\b(?:not|never)\b|n['’]t\b)\s+owe\s+you\s+anything\s+if\b|\badds?\s+up\s+to\s+no\s+more\s+than\b"
            r"|\b(?:can['’]t|cannot|won['’]t|will\s+not)\s+(?:pay|compensate)\s+you\s+for\b|(?:\bnot|n['’]t)\s+answerable\s+for\b",
            # "shall bear no liability for the takeover of any online account", "we're not picking up the tab for a
            # Vendor's work"
            r"\bbears?\s+no\s+(?:liability|responsibility)\b|(?:\bnot|n['’]t)\s+(?:picking|pick)\s+up\s+the\s+tab\b",
            # "our only obligation then is to refund what you paid", "our job is limited to providing that service
            # again"
            r"\b(?:our|its)\s+(?:only|sole)\s+(?:obligation|liability|responsibility)\b[^.;:]{0,20}?\bis\s+to\b"
            r"|\b(?:our|its)\s+(?:job|obligation|liability|responsibility)\s+is\s+limited\s+to\b",
            # "Vanlyft ... takes no responsibility for how it turns out", "IS NOT A GUARANTOR OF YOUR PROPERTY'S
            # SAFETY", "THE TOTAL VALUE OF EVERYTHING IN YOUR UNIT IS DEEMED TO BE NO MORE THAN $5,000"
            r"\btakes?\s+no\s+responsibility\s+for\s+(?:how|what|whether)\b|\bnot\s+a\s+guarantor\s+of\b"
            r"|\bdeemed\s+to\s+be\s+(?:worth\s+)?no\s+more\s+than\b",
            # "Forkful accepts no liability for allergic reactions" (a harm named: not "accepts no liability for
            # travelers who are refused entry ...", which CLAUDETTE labels other)
            r"\baccepts?\s+no\s+liability\s+(?:whatsoever\s+)?for\s+(?:any\s+)?(?:\w+\s+)?(?:reactions?|injur\w*|illness\w*|harm|condition|safety|suitability"
            r"|damage|loss\w*)\b",
            # "we're not on the hook for a missed show", "we can't be held responsible if a seat doesn't live up
            # to ...",
            # "Seatsy won't cover flights, hotels, parking ... or any other costs you run up"
            r"(?:\b(?:not|never)\b|n['’]t\b)\s+(?:be\s+)?on\s+the\s+hook\s+for\b",
            r"\b(?:can['’]t|cannot|can\s+not|won['’]t|will\s+not)\s+be\s+held\s+(?:responsible|liable|accountable)\b",
            # "Harborhop won't be responsible if a licensed Renter turns out to be an unsafe skipper"
            # ("We aren't responsible if a plant wilts, rots or drops its leaves because a reminder was late")
            r"\b(?:won['’]t|will\s+not)\s+be\s+(?:responsible|liable)\s+(?:if|when|where|should)\b"
            # ("we're not responsible if you lose marks")
            r"|\b(?:aren['’]t|are\s+not|['’]re\s+not|isn['’]t|is\s+not|['’]s\s+not)\s+responsible\s+(?:if|when|where|should)\b",
            # "we can't pull it back or answer for what that app does with it"
            r"\b(?:can['’]t|cannot|won['’]t)\b[^.;:]{0,30}?\banswer\s+for\b",
            # "Offers come from other businesses. We don't stand behind them"
            # ("no one at Draftpick stands behind their accuracy")
            r"(?:\b(?:not|never)\b|n['’]t\b)\s+stand\s+behind\b|\bno\s+one\b[^.;:]{0,30}?\bstands\s+behind\b",
            # "If we do owe you something, it won't be more than what you paid for the Box in question"
            r"\b(?:won['’]t|will\s+not|shall\s+not|never)\s+(?:be\s+more\s+than|exceed)\s+(?:what|the\s+(?:amount|fees?|price))\s+"
            r"you\s+(?:paid|have\s+paid|pay)\b",
            r"\b(?:won['’]t|will\s+not|doesn['’]t|does\s+not|don['’]t|do\s+not)\s+cover\b[^.;:]{0,120}?\b(?:costs?|expenses?"
            r"|loss(?:es)?)\b",
            # "Our liability for lost data is limited to ...", "we are liable only for intent and gross
            # negligence", "The most you can recover from us for all claims ..."
            r"\bliabilit(?:y|ies)\b[^.;:]{0,60}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:limited|capped|restricted)\s+to\b",
            r"\bliable\s+only\s+(?:for|in\s+(?:cases?\s+of|the\s+event\s+of)|where|if)\b",
            r"\bthe\s+most\s+(?:you|either\s+(?:of\s+us|party))\s+(?:can|may|could|will\s+be\s+able\s+to)\s+recover\b",
            # "you release Pawnest from any claims arising from that disagreement"
            # ("you release Vowbloom and its team from any claims")
            r"\byou\s+(?:hereby\s+)?(?:release|discharge)\s+(?:\w+\s+){1,4}?from\s+(?:any|all)\b",
        ),
        needs_own_cue=True,
    ),
    Category(
        key="choice_of_law",
        title="Choice of law",
        severity="low",
        reason="A law they chose governs the contract, which may not be the law where you live.",
        method="model",
        cues=(
            r"\bgovern(?:ed|s|ing)?\b" + _GAP + r"\blaws?\b",
            r"\blaws?\s+of\s+(?:the\s+)?(?:state|commonwealth|province|united|england|ireland|[a-z]+)\b",
            r"\bconflicts?\s+of\s+laws?\b|\bchoice\s+of\s+law\b",
            r"\bconstrued\b" + _GAP + r"\blaws?\b",
        ),
        strong=(
            r"\bgoverned\s+by\b[^.;:]{0,80}?\blaws?\s+of\b",
            r"\blaws?\s+of\b[^.;:]{0,60}?\b(?:govern|shall\s+apply|will\s+apply|applies)",
            r"\bwithout\s+regard\s+to\b[^.;:]{0,40}?\bconflicts?\s+of\s+laws?",
            # "New York law applies to these terms"
            # ("Texas law, and federal law where it applies, governs these terms")
            r"\b(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+law(?:,\s+[^,.;:]{0,60},)?\s+(?:applies|governs|will\s+govern|shall\s+govern)\b",
            # "These terms run on Victorian law"
            r"\b(?:terms|agreement|contract)\s+(?:run|runs|operate|operates)\s+(?:on|under)\s+(?-i:[A-Z])\w+\s+law\b",
            # "The law that applies to these terms is the law in force in New South Wales"
            r"\bthe\s+law\s+that\s+(?:applies\s+to|governs)\s+(?:these|this|the)\s+(?:terms|agreement)\s+is\b",
        ),
        needs_own_cue=True,
    ),
    Category(
        key="jurisdiction",
        title="Jurisdiction",
        severity="low",
        reason="Any court case must be brought in courts they chose, possibly far from you.",
        method="model",
        cues=(
            r"\bcourts?\b",
            r"\bjurisdiction\w*",
            r"\bvenue\b",
            r"\bforum\b",
            r"\bsubmit\w*\s+to\b",
            r"\bexclusive(?:ly)?\b",
        ),
        strong=(
            r"\b(?:exclusive|sole)\s+(?:personal\s+)?jurisdiction\b",
            # "the exclusive place of jurisdiction for all disputes ... is Hamburg"
            r"\bplace\s+of\s+jurisdiction\b",
            r"\bsubmit\w*\s+to\s+the\s+(?:exclusive\s+|personal\s+)*jurisdiction\b",
            # ("Any court case about these terms has to be run in the courts of New South Wales")
            r"\b(?:brought|filed|commenced|resolved|litigated|heard|run)\b[^.;:]{0,40}?\b(?:exclusively\s+)?(?:in|before|by)\s+"
            r"the\s+(?:state\s+or\s+federal\s+|federal\s+or\s+state\s+|competent\s+)?courts?\b",
            # "the courts sitting in Toronto, Ontario, are the only place where a lawsuit about these Terms can be
            # brought"
            r"\bcourts?\b[^.;:]{0,60}?\b(?:are|is)\s+the\s+only\s+(?:place|forum|venue)\b",
            # "may be filed only in a state or federal court sitting in Travis County", "it goes to a court in
            # Melbourne"
            # (not "will be litigated exclusively in the united states district court for the central district of
            # california": CLAUDETTE labels it termination)
            r"\b(?:brought|filed|commenced|heard|litigated)\s+(?:only|exclusively|solely)\s+in\s+(?:a\s+(?:\w+\s+){0,4}?|the\s+"
            r"(?:state\s+or\s+federal\s+|federal\s+or\s+state\s+)?)courts?\b"
            r"|\b(?:goes|go|will\s+go|must\s+go)\s+to\s+a\s+court\s+in\s+(?-i:[A-Z])"
            # ("any court case about these terms must be brought in Toronto, before the Ontario Superior Court")
            r"|\bmust\s+be\s+(?:brought|filed|commenced)\s+in\s+(?-i:[A-Z])\w+,?\s+(?:before|in)\s+the\b",
        ),
        needs_own_cue=True,
    ),
    Category(
        key="contract_by_using",
        title="Contract by using",
        severity="low",
        reason="Simply using the service binds you to these terms, without you signing anything.",
        method="model",
        cues=(
            r"\bby\s+(?:using|accessing|visiting|browsing|registering|downloading|installing|continuing|clicking|creating\s+an"
            r"\s+account|signing\s+up)\b",
            r"\bcontinu\w*\s+(?:to\s+)?(?:use|using|access)\w*",
            r"\b(?:through|when|while)\s+(?:your\s+)?(?:accessing|using|use|access)\b",
            r"\b(?:use|access)\w*\b" + _GAP + r"\b(?:constitut|signif|indicat|deem)\w*",
            r"\bagree\w*\s+to\s+be\s+bound\b|\bbound\s+by\b",
            r"\b(?:constitut|deem)\w*" + _NEAR + r"\b(?:accept|agree)\w*",
        ),
        strong=(
            # "By downloading the App, creating an account, or otherwise using the Services, you agree ..."
            r"\bby\s+(?:using|accessing|visiting|browsing|downloading|installing|opening|continuing\s+to\s+use|creating\s+(?:an?|your)"
            r"\s+(?:\w+\s+)?account|registering|signing\s+up)\b[^.;:]{0,160}?\b(?:agree|accept|consent|are\s+bound|indicate"
            r"|enter\s+into)",
            # "When you create an account, book a visit, or simply run a check ..., you are agreeing to these Terms"
            # (not "If you use the Platform on behalf of a company ..., you agree to these Terms on behalf of that
            # organization": who is bound, not how)
            # ("If you buy or sell a ticket, hop into a presale queue, or just keep scrolling ..., you're agreeing")
            # ("As soon as you start studying on Quizlyn (even one card ...) you're agreeing to these terms")
            r"\b(?:when|if|once|as\s+soon\s+as)\s+you\s+(?:create|use|access|open|sign|book|download|install|register|visit|run|upload|start"
            # ("Once you plug in your Cam and pair it with the app, you've said yes to these terms")
            r"|connect|pair|join|subscribe|buy|sell|order|browse|plug|set|switch|tap|activate)\b(?:(?!\bon\s+behalf\b)[^.;:]){0,160}?"
            r"\byou(?:['’]re\s+agreeing|\s+are\s+agreeing|\s+agree|\s+accept|['’]ve\s+said\s+yes|\s+have\s+said\s+yes|['’]ve\s+agreed"
            r"|\s+have\s+agreed)\s+to\s+"
            r"(?:these|this|the|our)\s+(?:terms|agreement)\b",
            # "you will be treated as having accepted the updated Terms", "counts as your acceptance"
            # ("we treat that as your yes to these terms", "counts as saying yes to them")
            # ("each counts as your signature on these terms", "shall be treated as having assented to these Terms",
            # "counts as agreeing to them")
            r"\b(?:counts?|treated|taken|treat\s+(?:that|this|it))\s+as\s+(?:your\s+)?(?:acceptance|having\s+(?:accepted|agreed|assented)"
            r"|agreement|consent|yes\s+to|saying\s+yes\s+to|signature|agreeing\s+to)\b",
            # "shall each be deemed to constitute your unconditional acceptance of these Terms", "shall signify your
            # agreement to be bound by them"
            # ("thereby signifies acceptance of it")
            r"\b(?:deemed\s+to\s+constitute|signify|signifies)\s+(?:your\s+)?(?:\w+\s+)?(?:acceptance|agreement)\b",
            # "You're bound by these Terms from the moment you check out your first box"
            r"\byou(?:['’]re|\s+are|\s+will\s+be)\s+bound\s+by\s+(?:these|this|the|our)\s+(?:terms|agreement)\s+(?:from\s+the\s+moment"
            r"|as\s+soon\s+as|once|when)\b",
            # "Tapping 'Get Started', creating a profile ... all signal that you accept these Terms"
            r"\b(?:signals?|signif(?:y|ies)|indicates?|shows?)\s+(?:that\s+)?you\s+(?:accept|agree\s+to|consent\s+to)\s+"
            r"(?:these|this|the|our)\s+(?:terms|agreement)\b",
            r"\b(?:use|access)\w*\s+(?:of\s+)?(?:the|our|this)\s+(?:services?|site|website|platform|app\w*|products?)\b"
            r"[^.;:]{0,60}?\b(?:constitutes?|signif\w+|indicates?|means|deemed)\b[^.;:]{0,40}?\b(?:accept|agree|consent)",
            # ("continuing to browse vacancies after this notice ..., you shall be deemed to have read and accepted",
            # "If you keep using Seatsy once the new version is posted, you're okay with it")
            # ("If you're still using Quizlyn after new terms are posted, you've agreed to them")
            r"\b(?:continu\w+\s+(?:to\s+)?|keep(?:s|ing)?\s+(?:on\s+)?|still\s+)(?:use|using|access|play|brows|scroll|log)\w*\b[^.;:]{0,100}?"
            r"\b(?:agree|accept|consent|constitutes|deemed"
            # ("If you keep logging in after a change takes effect, that's how you tell us you're on board")
            r"|bound|(?:okay|ok|fine)\s+with|on\s+board)",
            # ("shall be deemed to have accepted the amended Terms")
            r"\bdeemed\s+to\s+have\s+(?:\w+\s+and\s+)?(?:accepted|agreed\s+to)\s+(?:these|this|the|our)\s+(?:amended\s+|revised\s+|new\s+)?"
            r"(?:terms|agreement)\b",
            # "If you carry on using your account after that date, the amended Terms will apply to you"
            # ("Carrying on using Tallyroo after the update date counts as saying yes to the new terms")
            r"\bcarry(?:ing)?\s+on\s+(?:using|accessing|playing)\b[^.;:]{0,100}?\b(?:agree|accept|consent|apply\s+to\s+you"
            r"|saying\s+yes)",
            # "By setting up a Device, creating a Latchly account, or using the app ..., you agree to these Terms"
            # ("By setting up a Leaflore profile or uploading your first plant photo, you agree to be bound by these
            # Terms")
            r"\bby\s+\w+ing\b(?:(?!\bon\s+behalf\b)[^.;:]){0,160}?\byou\s+(?:agree|accept)\s+(?:to\s+)?(?:be\s+bound\s+by\s+)?"
            r"(?:these|this|the|our)\s+(?:terms|agreement)\b",
            # "The moment you tap "Get started" or link your first bank account, these terms apply to you"
            r"\b(?:the\s+moment|as\s+soon\s+as)\s+you\b[^.;:]{0,120}?\b(?:these|this|the|our)\s+(?:terms|agreement)\s+"
            r"(?:apply|applies|bind)\b",
            # "Once a Tinkertab is switched on and set up, or anyone ... opens the Tinkertab Kids app, these terms
            # apply to you", "saving a Vessel to your wishlist means these terms apply to you", "These Terms shall
            # bind you from the earliest of the moment at which you install the App"
            r"^[\W\d]*once\b[^.;:]{0,120}?\b(?:these|this|the|our)\s+(?:terms|agreement)\s+(?:apply|applies)\s+to\s+you\b",
            r"\bmeans\s+(?:that\s+)?(?:these|this|the|our)\s+(?:terms|agreement)\s+(?:apply|applies)\s+to\s+you\b",
            r"\b(?:these|this|the|our)\s+(?:terms|agreement)\s+(?:shall|will)\s+bind\s+you\s+(?:from|when|once|as\s+soon\s+as)\b",
            # "is bound by Sections 4, 11 and 16 of these Terms by virtue of joining"
            r"\bbound\s+by\b[^.;:]{0,80}?\bby\s+virtue\s+of\s+(?:joining|using|accessing|visiting|opening)\b",
            # "Anyone who opens a door using a digital key ... agrees to these Terms as a Guest by doing so"
            r"\bagrees?\s+to\s+(?:these|this|the|our)\s+(?:terms|agreement)\b[^.;:]{0,40}?\bby\s+(?:doing\s+so|using)\b",
            # "Activating a Device, signing in to the App, or speaking to a Device ... constitutes your acceptance"
            # ("Opening a lesson ... means you are okay with these Terms")
            r"^[\W\d]*\w+ing\b[^.;:]{0,160}?\b(?:constitutes\s+(?:your\s+)?(?:acceptance|agreement|consent)"
            # ("Sticking around after that means you're cool with the new terms")
            r"|means\s+(?:that\s+)?you(?:\s+|['’]re\s+|\s+are\s+|['’]ve\s+|\s+have\s+)(?:accept|agree|okay\s+with|on\s+board\s+with|cool\s+with"
            r"|agreeing|bound\s+by"
            r"|accepted|agreed))\b",
            # "Heads up: just browsing Vowbloom, saving a Vendor to a mood board ... means you're on board with these
            # terms"
            r"\b\w+ing\b[^.;]{0,160}?\bmeans\s+you(?:['’]re|\s+are)\s+(?:on\s+board|okay|ok|fine|cool)\s+with\s+(?:these|this|the|our)\s+"
            r"(?:new\s+)?(?:terms|agreement)\b",
            # "You accept these terms when you create a Voltpark account, tap your key fob on a charger, ..."
            r"\byou\s+(?:accept|agree\s+to|are\s+bound\s+by)\s+(?:these|this|the|our)\s+(?:terms|agreement)\s+(?:when|once"
            r"|as\s+soon\s+as|the\s+moment)\s+you\b",
            # "If you keep charging with Voltpark after the new terms start, they'll apply to you"
            r"\b(?:keep|carry\s+on|continue)\s+(?:to\s+)?\w+\b[^.;:]{0,60}?\bafter\b[^.;:]{0,60}?\b(?:terms|changes?|updates?)\b"
            r"[^.;:]{0,60}?\b(?:appl(?:y|ies)\s+to\s+you|agree|accept|bound)",
        ),
    ),
    Category(
        key="content_licence",
        title="Broad licence to your content",
        severity="high",
        reason="You give them wide rights over what you upload (often worldwide, royalty-free, sublicensable).",
        method="rules",
        cues=(
            r"(?<!non-)(?<!non)\b(?:perpetual|irrevocable|exclusive|worldwide|world-wide|royalty[\s-]*free|fully[\s-]*paid|"
            r"sub-?licen[cs]\w*|transferable|assignable)\b",
            r"\bcreate\s+derivative\s+works\b|\bderivative\s+works\b",
            r"\blicen[cs]e\b",
            r"\b(?:hereby\s+)?(?:grant|assign)\w*",
        ),
    ),
    Category(
        key="ai_training",
        title="AI/ML training on your data",
        severity="high",
        reason="Your content or usage data may be used to build or train their AI and machine-learning models.",
        method="rules",
        cues=(
            r"\bmachine[\s-]*learning\b",
            r"\bartificial\s+intelligence\b",
            r"\b(?:generative\s+)?AI\b(?:\s+(?:models?|features?|systems?|services?))?",
            r"\btrain\w*" + _NEAR + r"\b(?:models?|algorithms?|AI|systems?)\b",
            # "to train, test and evaluate the speech-recognition and language-understanding models"
            # ("to train, evaluate and improve Scholaroo's proprietary feedback models")
            r"\btrain(?:s|ed|ing)?,\s+(?:[\w'’-]+,?\s+){0,10}?models?\b",
            # "used to train our automatic fault-detection system"
            # ("to train and improve the face-matching technology it supplies", "to train and calibrate the statistical
            # models")
            r"\btrain(?:s|ed|ing)?\s+(?:and\s+\w+\s+)?(?:(?:our|its|the|their)\s+)?(?:[\w-]+\s+){0,3}?(?:models?|algorithms?|systems?"
            r"|classifiers?|detectors?|tools|technolog(?:y|ies))\b",
            # "The models that calculate Risk Scores are developed and periodically retrained using the sensor readings"
            r"\bretrain(?:s|ed|ing)?\b",
            # "continue to use it to improve our speech models" (not business or pricing models), "to improve its
            # speech recognition systems"
            r"\b(?:improv|develop|build|refin|tun|retun|adjust)\w*\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?<!business\s)(?<!pricing\s)(?:models|classifiers?|detectors?|recogni[sz]ers?"
            r"|(?<=speech\s)recognition|(?<=voice\s)recognition|(?<=image\s)recognition|(?<=face\s)recognition)\b",
            # "The systems that rank Shifts ... learn from the activity on the Platform, including ... messages"
            # ("are part of the material our recipe-drafting assistant learns from")
            r"\b(?:systems?|models?|algorithms?|assistants?|engines?)\b[^.;:]{0,120}?\blearn(?:s|ed|ing)?\s+from\b",
            # ("Cry Alerts learns from short sound snippets taken from everyone's Cams", "form part of the corpus on
            # which Tallowmark refines the Maker's Pen")
            r"\blearns\s+from\s+(?:[\w'’-]+\s+){0,4}?(?:snippets?|recordings?|clips?|samples?|photos?|videos?|images?|messages?"
            r"|sounds?|audio|data)\b"
            r"|\bcorpus\s+(?:on|from)\s+which\b[^.;:]{0,40}?\b(?:refines?|trains?|builds?|develops?|improves?|tunes?)\b",
            # ("as teaching material for Cairnie, the automated assistant", "folded back into the training of Bloom")
            r"\b(?:teaching|training)\s+(?:material|examples?|data)\s+for\b[^.;:]{0,60}?\b(?:automated|assistants?|models?|algorithms?"
            r"|AI|bots?)\b|\binto\s+the\s+training\s+of\b",
            # "to improve the accuracy of our speech-recognition models", "datasets that we use to develop ...
            # systems", "These systems are built using the Projects, ... messages", "to train our support staff and
            # our automated support assistant"
            r"\bimprov\w*\s+the\s+(?:accuracy|quality|performance)\s+of\s+(?:our|its|the)\s+(?:[\w-]+\s+){0,2}?models?\b",
            r"\bdatasets?\b",
            # ("Our recommendation engine is trained on what millions of members watch")
            r"\b(?:systems?|models?|algorithms?|tools?|engines?)\s+(?:are|is)\s+(?:built|trained|developed|refined)\s+(?:using|on|from"
            r"|with)\b",
            r"\btrain\w*\b[^.;:]{0,60}?\bautomated\s+(?:\w+\s+)?(?:assistants?|systems?|tools?|agents?)\b",
            # "are used as training material for the systems that ...", "feed the automated tools we build"
            r"\btraining\s+(?:data|material|sets?|datasets?|examples)\b",
            r"\b(?:feed|feeds|feeding|fed)\b\s+(?:\w+\s+){0,3}?(?:into\s+)?(?:the\s+|our\s+)?"
            r"(?:automated|algorithm\w*|models?|machine|systems?)",
            # "fed back without your name into the Symptom Guide", "teach that system to recognise scratches",
            # "copies that we have already made for model development"
            r"\b(?:feed|feeds|feeding|fed)\b\s+(?:\w+\s+){0,4}?back\s+(?:\w+\s+){0,3}?into\b",
            # ("to teach the Plate Reader software to read plates better")
            # ("to teach our handwriting-recognition tool")
            # ("to teach Quizlyn's own note-writing model")
            r"\bteach\w*\s+(?:[\w'’-]+\s+){0,3}?(?:systems?|models?|algorithms?|AI|tools?|software)\b",
            # "becomes a teaching example for the algorithm that classifies rhythms", "serve as example material from
            # which the Assistant learns"
            r"\b(?:teaching|training)\s+examples?\s+for\s+(?:the|our|its)\s+(?:[\w-]+\s+)?(?:algorithms?|models?|systems?|AI)\b"
            r"|\bfrom\s+which\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?(?:assistants?|models?|systems?|algorithms?|AI|tools?)\s+learns?\b",
            # "the recordings from which Chapterly's synthetic voices are developed and refined"
            r"\bsynthetic\s+(?:voices?|speech|narrators?)\b",
            r"\bmodel\s+(?:development|improvement|training)\b",
            r"\b(?:models?|algorithms?)\b" + _NEAR + r"\btrain\w*",
            # "the models we use for the purposes described in Section 9.2 may be trained on the text of Works"
            r"\b(?:models?|algorithms?)\b(?:[^.;:]|\.(?=\d)){0,80}?\b(?:be|been|are|is)\s+(?:re)?trained\b",
            r"\blarge\s+language\s+models?\b|\bLLMs?\b",
            # "used to fine-tune Sprout so it gives better answers in future"
            r"\bfine[\s-]*tun(?:e|es|ed|ing)\b",
            # "to develop and refine the algorithms that match ..."
            # ("to build and validate new detection algorithms")
            r"\b(?:develop|refin|improv|train|build)\w*\s+(?:and\s+\w+\s+)?(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?algorithms?\b",
        ),
    ),
    Category(
        key="data_sharing",
        title="Sharing or selling your data",
        severity="high",
        reason="Your personal data may be sold to or shared with other companies, such as advertisers and partners.",
        method="rules",
        cues=(
            r"\b(?:sell|sold|sale|rent|trade)\w*\b",
            r"\b(?:share|shared|sharing|disclos|transfer|provid|make\s+available|made\s+available)\w*",
            r"\bthird[\s-]*part(?:y|ies)\b",
            r"\b(?:advertis\w*|marketing\s+partners?|business\s+partners?|data\s+brokers?|affiliates|partners)\b",
            r"\btargeted\s+advertising\b|\bcross-context\s+behavio\w+\s+advertising\b",
        ),
    ),
    Category(
        key="data_retention",
        title="Data retention after you leave",
        severity="medium",
        reason="They may keep your data after you delete it or close your account.",
        method="rules",
        cues=(
            r"\b(?:retain|retention|keep|kept|store|stored|preserv|archiv)\w*",
            r"\b(?:after|following|upon|when|once|even\s+if|even\s+after)\b"
            + _GAP
            + r"\b(?:terminat|delet|clos|cancel|deactivat|end|expir|leav)\w*",
            r"\bbackup\w*|\bback-up\w*",
            r"\bsurviv\w*",
            # ("may be kept for as long as we find them useful")
            r"\b(?:as|so)\s+long\s+as\b" + _GAP + r"\b(?:necessary|needed|required|reasonably|useful)\b",
        ),
    ),
    # CLAUDETTE labels a disclaimer of warranties "other" (unfair are only the limits on liability),
    # so the liability model leaves "PROVIDED AS IS" alone; a reader still wants to see it.
    Category(
        key="no_warranty",
        title="No warranty (provided as is)",
        severity="low",
        reason="They promise nothing about the service working, being accurate or keeping your data safe.",
        method="rules",
        cues=(
            # (not "whether you use it as is")
            # ("Raw Data comes as-is")
            r"\b(?:provided|offered|made\s+available|supplied|delivered|sold|comes?)\b[^.;:]{0,60}?\bas[\s\"'“”-]+(?:is|available)\b"
            r"|[\"“']as[\s-]+is[\"”']|\bas[\s\"'“”]+available\b"
            # ("we supply the Cam and the app as they are, hiccups and all")
            r"|\b(?:supply|supplies|provide|provides|offer|offers|sell|sells)\b[^.;:]{0,60}?\bas\s+they\s+are\b(?!\s+(?:described|listed"
            r"|shown|advertised))",
            r"\bdisclaim\w*\b[^.;:]{0,60}?\bwarrant\w*|\bwithout\s+(?:any\s+)?warrant(?:y|ies)\b",
            # "every other warranty, express or implied, including merchantability ..., is excluded"
            r"\bwarrant(?:y|ies)\b[^.;:]{0,100}?\b(?:is|are)\s+(?:hereby\s+)?(?:excluded|disclaimed)\b",
            # "Deskhive excludes all other warranties", "You use the Wi-Fi network ... at your own risk"
            r"\bexclud(?:es?|ing)\s+(?:all|any)\s+(?:other\s+)?(?:implied\s+)?(?:warrant(?:y|ies)|conditions)\b"
            r"|\b(?:at|is|are)\s+(?:entirely\s+|solely\s+)?(?:at\s+)?your\s+(?:own|sole)\s+risk\b",
            # "HEARTHCAM DOES NOT WARRANT THAT ...", "We do not guarantee that ...", "makes no representations"
            # ("Fundspark gives no guarantee that a project will be completed", "we give no warranties")
            r"\b(?:do(?:es)?\s+not|make[s]?\s+no|give[s]?\s+no|offer[s]?\s+no|cannot|can['’]t|don['’]t|doesn['’]t)\s+(?:\w+\s+)?"
            # ("Nestsure gives no assurance that acting upon any maintenance suggestion will lower your Risk Score")
            # (not "we can't promise to reply to each one or to build what you suggest")
            # ("Tallowmark gives no undertaking that any draft is accurate")
            r"(?:warrant|guarantee|promise|represent|vouch|assurance|undertaking)\w*\b(?!\s+to\s+(?:reply|respond|answer|read|build"
            r"|implement|adopt|act\s+on)\b)",
        ),
    ),
)

# Who holds the power, and how freely: the same topic is a red flag when the provider
# may act alone ("we may ... at any time") and often not when you may ("you may delete").
CONTEXT_CUES: tuple[str, ...] = (
    r"\bwe\s+(?:may|can|will|reserve|retain|have\s+the\s+right)\b|\b(?:may|can)\s+at\s+any\s+time\b",
    r"\byou\s+(?:may|can)\b",
    r"\byou\s+(?:agree|acknowledge|accept|consent|understand)\w*",
    r"\b(?:sole\s+(?:and\s+absolute\s+)?discretion|without\s+(?:prior\s+)?notice|for\s+any\s+(?:or\s+no\s+)?reason)\b",
    r"\b(?:not|never|no)\b|n['’]t\b",
)

BY_KEY: dict[str, Category] = {c.key: c for c in CATEGORIES}
MODEL_CATEGORIES: tuple[Category, ...] = tuple(c for c in CATEGORIES if c.method == "model")
RULE_CATEGORIES: tuple[Category, ...] = tuple(c for c in CATEGORIES if c.method == "rules")
