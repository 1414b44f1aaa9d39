"""Plain words people ask with, and the words terms of service use for the same thing.

People ask "Do I still own my photos?", "Can I get my money back?", "Can they shut my account
down?"; terms say "ownership", "refund", "terminate or suspend". The dense embedding of a short
question often misses such a clause (on Skype's terms "does Microsoft end up owning them?" ranked
"We don't claim ownership of Your Content" 82nd), and the lexical search and the rule that a
cited clause must contain the question's decisive words look for the question's own words. The
lexical side therefore reads the question with the contract's words for what it asks added
(`with_contract_words`); the embedding still reads the question as asked.

Each entry maps a plain-language wording (a regular expression on the question) to the words
terms use for it. Kept to everyday paraphrases of the topics consumer questions are about
(ownership, refunds, age, deletion, suspension, notice, price rises, dropped features, who you
contract with, reselling, changes, permanence, ads, kinds of content, disclosure, death, the
company being sold, security, the police, scraping, liability and its cap, suing, price, the end
of a subscription, getting your content out, monitoring, governing law), and short forms
("repos", "DMs"); a word that terms use themselves needs no entry.
"""

from __future__ import annotations

import re

# "her own account", "its own promotions": "own" there is not about ownership.
_POSSESSIVE_OWN = re.compile(r"\b(?:my|your|his|her|their|its|our|one's)\s+own\b", re.IGNORECASE)

# "if Meetly shuts down for good": the ending is for good, no licence "forever" is asked about
_ENDED_FOR_GOOD = re.compile(
    # (whole verbs: "Can Google keep my photos for good?" asks about keeping them forever)
    r"\b((?:shut(?:s|ting)?|clos(?:e|es|ed|ing)|quit(?:s|ting)?|leav(?:e|es|ing)|left|delet(?:e|es|ed|ing)|gone|go(?:es|ing)?"
    r"|cancel(?:s|l?ed|l?ing)?|end(?:s|ed|ing)?|stop(?:s|ped|ping)?|wip(?:e|es|ed|ing))\b(?:\s+[\w'’]+){0,3}?)\s+for\s+good\b",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    """The text less the words that look plain but ask nothing ("my own", "shuts down for good")."""
    return _ENDED_FOR_GOOD.sub(r"\1", _POSSESSIVE_OWN.sub(" ", text))


_OWNING = r"\b(?:own|owns|owned|owning|mine|yours)\b"
_PAYING = r"\b(?:pay|paid|cost|costs)\b"
_TELLING = (
    r"\bwarn\w*|\bheads[- ]?up\b|\btell\s+(?:me|us|users|people)\b|\blet\s+(?:me|us)\s+know\b|\binform\s+(?:me|us)\b"
    r"|\b(?:notify|notifying|alert|alerting)\s+(?:me|us|users|customers|members|people)\b"
    r"|\b(?:be|get|am|are)\s+(?:notified|alerted)\b"
)
# Scenes that change what the answer is about, so a clause answering must speak of them even when
# they are set before the question: "If I die, can my family get into my account?" is not
# answered by the clause on a parent's permission, nor "If Zoom gets bought by another company,
# can they hand my data to the buyer?" by the clause on vendors.
# (a person dying, not a thing: "it died after two months" is a broken doorbell)
_DYING = (
    r"\b(?:i|he|she|they|we|you|someone|somebody|person|holder|owner|user|member|parent|dad|mom|mum|father|mother"
    r"|husband|wife|partner|son|daughter|child|relative|spouse)\s+(?:\w+\s+){0,2}?"
    r"(?:die[sd]?|dying|(?:is|was|am|are)\s+dead|pass(?:es|ed)?\s+away)\b|\bdeath\b|\bdeceased\b"
)
# (the company "gets bought by" another; not "the Nitro bought by my son")
_COMPANY_SOLD = (
    r"\b(?:gets?|got|is|was|being|been)\s+(?:bought|acquired|taken\s+over|purchased|sold)\s+(?:by|to)\b"
    r"|\bgo(?:es)?\s+(?:bankrupt|bust|under)\b|\bout\s+of\s+business\b"
)
_SCENES = frozenset({_DYING, _COMPANY_SOLD})
# Short forms people write for words terms spell out ("my private repos", "DMs"): the same thing.
# ("info" is left as it is: "information" is in most clauses, and "my personal info" grounded a
# verdict on them.)
_SHORT_FORMS = (
    (r"\brepos?\b", "repository repositories"),
    (r"\bpics?\b", "pictures photos"),
    # (a camera's videos are its "Recordings")
    (r"\bvid(?:eo)?s?\b", "videos recordings"),
    # "can they sell my footage??": terms speak of recordings and videos
    (r"\bfootage\b", "recordings videos"),
    (r"\bmsgs?\b", "messages"),
    (r"\bdms?\b", "direct messages"),
    (r"\bacct\b", "account"),
    # "does ridequill sell my info to other companies"
    (r"\binfo\b", "information"),
    (r"\bprs\b", "pull requests"),
    (r"\bt(?:&|\s+and\s+)cs?\b|\btos\b", "terms"),
)
# "Can we get out of our contract before the term ends?", "can I still back out?"; "... if Zoom
# doesn't deliver what it promised?" (terms speak of a breach).
_BACKING_OUT = (
    r"\bget(?:ting)?\s+out\s+of\s+(?:[\w'’]+\s+){0,2}?(?:contract|agreement|subscription|plan|deal)\b"
    r"|\bback(?:ing)?\s+out\b|\bwalk\s+away\s+from\b"
)
# Ways out of a term, a faulty product, part of a paid period, the service being down: searched as the
# contract's words ("is there a way to get out of that?" and "opt out of arbitration"; "it's acting
# up" and the legal guarantee; "halfway through the month" and "partial months"; "goes down" and
# "downtime" or "service credits"), not required of the clause that answers, which says them in many ways.
_OPTING_OUT = r"\bget(?:ting)?\s+out\s+of\s+(?:that|it|this|them|arbitration)\b|\bopt(?:ing)?[\s-]+out\b"
_FAULTY = (
    # (not "I've broken the rules")
    r"\bacting\s+up\b|\bbroken\b(?!\s+(?:\w+\s+){0,2}?(?:rules?|terms|laws?|agreements?|polic(?:y|ies)|guidelines|promises?"
    r"|contracts?))|\bbroke\s+down\b|\bstopped\s+working\b|\bfaulty\b|\bdefective\b"
    r"|\b(?:doesn|don|didn)['’]t\s+work\b|\bmalfunction\w*"
)
_PART_OF_A_PERIOD = (
    r"\bhalfway\s+through\b|\bpart(?:\s+of|-?way\s+through)\s+(?:the|my|a)\s+(?:month|year|term|plan|subscription)\b"
    r"|\bthe\s+rest\s+of\s+(?:my|the)\s+(?:money|subscription|plan|year|month|term)\b|\bunused\s+(?:time|months?|days?|portion)\b"
)
_DOWN = r"\boutages?\b|\b(?:goes|went|is|was)\s+down\b|\bdown\s*time\b|\bmoney\s+off\b"
_BROKEN_PROMISE = (
    r"\b(?:doesn['’]t|does\s+not|don['’]t|do\s+not|fails?\s+to|didn['’]t)\s+deliver\b"
    r"|\bbreaks?\s+(?:its|their|his|her)\s+(?:promises?|word)\b"
)
# What a clause that answers need not name in any of the words below: owning is said in too many
# ways ("Outputs belong to you", "remains yours"), paying is mostly the scene ("my paid plan", "will
# they pay me for my lost profits?"), a short form is the contract's own word written short, and
# backing out or a broken promise is said in many ways ("stop using the services", "a right of
# withdrawal"; "fails to perform") that the words looked for would miss.
_NOT_LOOKED_FOR = frozenset(
    {_OWNING, _PAYING, _BACKING_OUT, _BROKEN_PROMISE, _OPTING_OUT, _FAULTY, _PART_OF_A_PERIOD, _DOWN}
    | {p for p, _ in _SHORT_FORMS}
)

LAY_TERMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), words)
    for pattern, words in (
        (_OWNING, "ownership owner retain"),
        (
            r"\bmoney\s+back\b|\bget\s+(?:back\s+)?(?:my\s+|the\s+)?money\b|\breimburs\w*|\bpay\s+me\s+back\b",
            "refund refunds refundable",
        ),
        (
            r"\b\d{1,2}[\s-]*years?[\s-]*old\b|\bkids?\b|\bson\b|\bdaughter\b|\bteen\w*|\bchild\b"
            # "Can I use Meetly if I am 14?", "I'm fifteen, can I sign up?": an age stated, no unit after it
            # ("im 17 🥺 am i allowed to buy stuff on tallowmark?")
            r"|\b(?:i\s+am|i['’]?m|(?:he|she)\s+is|(?:he|she)['’]s|they\s+are|they['’]re|aged?|turn(?:s|ed)?)\s+"
            r"(?:only\s+|just\s+|now\s+)?(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
            r"(?![\s-]*(?:%|percent|dollars|euros|days|weeks|months|minutes|hours|times))",
            "age years old children minor parent guardian",
        ),
        (r"\berase\b|\bwipe\b", "delete deletion erasure"),
        # "can i send back an ebook i bought if i didnt like it": terms speak of returns (and refunds)
        (r"\bsend\s+(?:[\w'’]+\s+){0,3}?back\b", "return returns refund"),
        (r"\bdelete\b", "deletion erasure"),
        (
            r"\bshut\b|\bclose\s+(?:[\w'’]+\s+)?account\b|\bban(?:ned|s)?\b|\block\s+(?:[\w'’]+\s+){0,2}?out\b|"
            r"\bkick\w*\s+(?:[\w'’]+\s+)?(?:off|out)\b|\bcut\s+(?:[\w'’]+\s+)?off\b",
            "terminate termination suspend suspension disable",
        ),
        (_TELLING, "notice notify notification inform tell"),
        (_BACKING_OUT, "terminate termination cancel withdraw"),
        (_BROKEN_PROMISE, "breach breached"),
        (_OPTING_OUT, "opt reject decline"),
        (_FAULTY, "defect defective warranty guarantee repair"),
        (_PART_OF_A_PERIOD, "partial prorated unused remaining"),
        (_DOWN, "downtime availability uptime credits"),
        # "If Discord bumps up the price of Nitro ...", "before they raise their prices": terms speak
        # of price increases and changes
        (
            r"\b(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|(?:bump|jack)(?:s|ed|ing)?\s+up)\s+(?:[\w'’]+\s+){0,2}?"
            r"(?:prices?|fees?|rates?|costs?|charges?)\b|\bprice\s+(?:hikes?|rises?|bumps?)\b",
            "increase increases change",
        ),
        # "Can Zoom drop or change features whenever it likes?": terms "discontinue" or "modify" them
        (
            r"\b(?:drop(?:s|ped|ping)?|kill(?:s|ed|ing)?|axe[sd]?|retir(?:e|es|ed|ing)|shut(?:s|ting)?\s+down"
            r"|get(?:s|ting)?\s+rid\s+of)\s+(?:[\w'’]+\s+){0,3}?(?:features?|services?|products?|apps?|tools?)\b",
            "discontinue modify",
        ),
        # "Which company am I actually signing up with?": terms say who you are "contracting with"
        (r"\b(?:sign(?:s|ed|ing)?\s+up|deal(?:s|ing)?)\s+with\b", "contracting"),
        # "Can I resell or rent out the app?": terms forbid to "sell, lease or rent" it
        (r"\bre-?sell\w*|\brent(?:s|ed|ing)?\s+(?:[\w'’]+\s+){0,3}?out\b", "sell lease rent resale"),
        (r"\brewrit\w*|\bchange\s+the\s+rules\b|\bnew\s+rules\b", "change modify amend update terms"),
        (r"\bforever\b|\bpermanent\w*|\bfor\s+good\b", "perpetual irrevocable forever indefinitely"),
        # "Can I put my membership on hold for a few months instead of cancelling?"
        (r"\bon\s+hold\b|\bpaus(?:e|es|ed|ing)\b", "pause suspend freeze"),
        (r"\bads\b|\badverts?\b|\bsales\s+pitch(?:es)?\b", "advertising advertisements marketing"),
        # Things a question asks for by name that a clause near it does not give: "Is there a free trial?"
        # is not answered by the clause on plan fees, "a student discount" by the price list, "are my
        # photos encrypted?" by the clause on who may view them, "does it strip the GPS location?" by the
        # clause on sharing links. (Only the named thing is looked for: "free", "file" and "data" are in
        # every clause near it.)
        (r"\btrials?\b", "trial"),
        (
            r"\bdiscount\w*|\bcoupons?\b|\bvouchers?\b",
            "discount discounts discounted coupon promotion promotional reduced",
        ),
        (r"\bencrypt\w*", "encrypt encrypted encryption unencrypted cryptographic tls ssl"),
        (r"\bpre-?orders?\b", "preorder"),
        (r"\bformats?\b|(?<=\bfile\s)types?\b", "format formats pdf docx epub txt jpeg jpg png heic mp3 mp4 mov"),
        (
            r"\bgps\b|\bgeo-?tag\w*|\bgeolocation\b|\blocation(?=\s+(?:data|info\w*|metadata|tags?|history|tracking)\b)",
            "location geolocation",
        ),
        (r"\bhow\s+big\b|(?<=\bfile\s)sizes?\b|\bsize\s+limits?\b", "size sizes gb mb"),
        # (a breach of security, not of the terms: `_spoken_words` drops a breach of contract)
        (
            r"(?<=\bsecurity\s)breach\w*|(?<=\bdata\s)breach\w*|\bbreach\w*(?=\s+of\s+(?:security|data|personal))",
            "breach unauthorized incident compromised",
        ),
        # "Does Discord own the memes I post?", "... the slides I share?": kinds of content terms
        # never name one by one
        (
            r"\b(?:memes?|drawings?|artwork|sketch(?:es)?|doodles?|paintings?|slides?|slide\s*decks?|songs?|poems?"
            r"|fan\s*fic(?:tion)?|fan\s*art|emotes?|stickers?|gifs?|selfies?|screenshots?|podcasts?)\b",
            "content",
        ),
        (
            # ("can cloudnest hand our billing contact's details to its reseller partners")
            r"\bhand(?:s|ed)?\s+(?:[\w'’]+\s+){0,3}?over\b|\bhand(?:s|ed)?\s+(?:[\w'’]+\s+){1,4}?to\b"
            r"|\bpass(?:es|ed)?\s+(?:[\w'’]+\s+){0,3}?(?:to|on)\b",
            # ("will Swapnest just hand over my address ...?" against "Swapnest may provide it with the names of Hosts,
            # the addresses of their homes")
            "share disclose transfer provide",
        ),
        (_DYING, "death deceased estate"),
        (_COMPANY_SOLD, "merger acquisition acquirer sale sold buyer bankruptcy reorganization owner successor"),
        # (not "access" or "security" alone: "Zoom employees do not access meeting content" is no breach)
        (r"\bhack\w*|\bstolen\b|\bleak(?:s|ed)?\b", "unauthorized breach compromised incident"),
        # "Will they hand my recordings over to the police?" is decided by a clause on requests from
        # law enforcement, not by one that shares recordings with participants (nor by "law" alone:
        # "any consent the law requires" is no request from the police)
        (r"\bpolice\b|\bcops\b|\bfbi\b", "enforcement subpoena warrant"),
        (r"\bscrap(?:e|er|ers|ing)\b|\bcrawl\w*", "robots spiders scrape automated data mining"),
        # "Do they skim anything off the tips riders give me?": terms speak of fees taken or deducted
        (r"\bskim\w*|\btake\s+a\s+cut\b|\b(?:a|their|its)\s+cut\s+of\b", "fee fees commission deducted taken"),
        # a bot scrapes, or is the service's own assistant: "will the huddlenote bot just show up and record my
        # meetings" against "the Assistant will automatically join any meeting"
        (r"\bbots?\b", "robots spiders scrape automated data mining assistant agent"),
        (
            r"\bcompensat\w*|\bblame\b|\bhold\s+(?:[\w'’]+\s+)?responsible\b"
            r"|\blos[et]\s+(?:[\w'’]+\s+)?(?:money|sales|profits?|business|income|revenue)\b",
            "liable liability damages",
        ),
        # "got banned for cheating, is there a way to appeal it": terms speak of an appeal, a review or
        # contesting a decision (a clause on bans alone answers nothing)
        (r"\bappeal\w*|\bcontest\s+(?:a|the|my|it|this|that)\b", "appeal review reconsider contest challenge"),
        # "Do I get back whatever is left in my Wallet?": terms speak of a balance and its refund
        (
            r"\bwhat(?:ever)?(?:\s+is|['’]s|s)\s+left\b|\bleft\s+(?:over\s+)?(?:in|on)\s+my\b",
            "balance remaining refund",
        ),
        # "do they feed my parking pics into their AI stuff": terms say the data trains their models
        (r"\bfeed\w*\s+(?:[\w'’]+\s+){0,4}?into\b", "train training models"),
        # "the logs of when i come in and out of the building": terms speak of access records and entries
        (
            r"\bcom(?:e|es|ing)\s+(?:in\s+and\s+out|and\s+go(?:es|ing)?)\b|\bin\s+and\s+out\s+of\b",
            "access entry records",
        ),
        # "do my reviews stay up after i delete my account": terms say they remain visible
        (r"\bstay(?:s|ing)?\s+(?:up|online|visible|public)\b", "remain remains visible"),
        # "someone smashed my window in a parkhop garage and took my laptop. is parkhop on the hook for that":
        # terms speak of theft of or damage to your things
        (
            r"\bstole\b|\bnick(?:ed)?\b|\bpinched\b|\btook\s+my\b|\bbroke\s+into\b|\bbreak[\s-]?ins?\b|\bsmash\w*"
            r"|\bvandali[sz]\w*",
            "theft stolen damage",
        ),
        # "Can I sue them in my own country?": terms speak of claims, courts and legal proceedings
        (
            r"\bsue[sd]?\b|\bsuing\b|\blaw\s*suits?\b|\btake\s+(?:[\w'’]+\s+){0,2}?to\s+court\b",
            "claim claims court courts proceedings dispute",
        ),
        (
            # a cap or maximum on what they pay (not "Is there a maximum number of nights a single home swap can
            # last?", which the clauses on liability answered "no")
            r"\b(?:cap(?:s|ped)?|maximum)\b(?=[^.?!]{0,60}?\b(?:pay|paid|owe|claim|recover|compensat\w*|damages|liab\w*))"
            r"|\bthe\s+most\s+(?:[\w'’]+\s+){0,5}?(?:get|pay|owe|claim|recover)\b"
            r"|\bhow\s+much\s+(?:[\w'’]+\s+){0,5}?(?:pay|owe|claim|recover)\b",
            "limit limits liability liable",
        ),
        (_PAYING, "fee fees charge price"),
        # "if my card bounces will they delete our stuff": terms speak of a failed or missed payment
        (
            r"\b(?:card|payment)s?\s+(?:[\w'’]+\s+)?(?:bounce[sd]?|bouncing|(?:is|was|gets?|got)\s+declined)\b"
            r"|\bbounced\s+(?:card|payment)",
            "payment failed missed declined",
        ),
        # "My subscription is ending. How long do I have to download my recordings?": terms speak of
        # the agreement's expiration or termination and of retrieving your content
        (
            r"\b(?:subscriptions?|plans?|accounts?|contracts?|memberships?|agreements?)\s+(?:[\w'’]+\s+)?"
            r"(?:ends?|ended|ending|expires?|expired|expiring|runs?\s+out|lapses?|lapsed)\b",
            "expiration expire termination terminate",
        ),
        (
            # (not "grab a shift": a thing grabbed that is not yours to take out)
            r"\b(?:download|export)\b|\bgrab\s+(?:[\w'’]+\s+)?(?:files|data|recordings|content|stuff|photos|videos"
            r"|copy|copies|everything|archive)\b|\bget\s+(?:back\s+)?(?:my|our|the)\s+(?:[\w'’]+\s+)?"
            r"(?:files|data|recordings|content|stuff|photos|videos)\b",
            "retrieve export",
        ),
        # "How long can I get back photos I deleted by mistake?": terms say deleted items can be restored
        # or recovered (not money got back: that is a refund)
        (
            r"\b(?:get|bring)\s+(?!(?:my\s+|the\s+|our\s+|any\s+|some\s+)?money\b)(?:[\w'’]+\s+){0,3}?back\b"
            r"(?=[^?.]*\b(?:delet|remov|eras|trash|lost)\w*)|\bun-?delet\w*",
            "restore recover retrieve",
        ),
        # "Which state's laws apply?": terms say which law "governs" the agreement
        (
            r"\b(?:which|what|whose)\s+(?:\w+['’]?s?\s+){0,2}?laws?\b|\blaws?\s+(?:[\w'’]+\s+){0,2}?appl(?:y|ies)\b",
            "govern governed governing",
        ),
        (
            r"\b(?:watch(?:es|ed|ing)?|listen(?:s|ed|ing)?\s+to)\s+(?:[\w'’]+\s+){0,2}?"
            r"(?:meetings?|calls?|chats?|messages?|recordings?|videos?|streams?)\b|"
            r"\blisten\s+in\b|\bspy\w*|\bsnoop\w*|\b(?:pok|nos)(?:e|es|ing)\s+around\b|\blook\s+through\b|\bread\s+(?:my\s+|our\s+)?(?:[\w'’]+\s+)?(?:messages|chats|emails)\b",
            "access review monitor",
        ),
        *_SHORT_FORMS,
    )
)


def contract_words(question: str) -> list[str]:
    """The words terms of service use for what the question asks in plain words (may be empty)."""
    text = _plain(question)
    words: list[str] = []
    for pattern, extra in LAY_TERMS:
        if pattern.search(text):
            words.extend(w for w in extra.split() if w not in words)
    return words


def plain_words(text: str) -> list[tuple[str, list[str]]]:
    """Each thing the text says in plain words that a clause answering it would name, as the words it
    used and the contract's words for it ("tell me" and notice, notify, notification, inform); not
    owning or paying (`_NOT_LOOKED_FOR`)."""
    text = _plain(text)
    return [
        (match.group(0), extra.split())
        for pattern, extra in LAY_TERMS
        if pattern.pattern not in _NOT_LOOKED_FOR and (match := pattern.search(text))
    ]


def scenes(text: str) -> list[tuple[str, list[str]]]:
    """The scenes of `plain_words` (dying, the company being sold or going bust) that a clause
    answering must speak of wherever the text sets them."""
    return [
        (match.group(0), extra.split())
        for pattern, extra in LAY_TERMS
        if pattern.pattern in _SCENES and (match := pattern.search(text))
    ]


def asks_to_be_told(text: str) -> bool:
    """Whether the text asks to be told or warned ("will they tell me?", "let us know")."""
    return re.search(_TELLING, text, re.IGNORECASE) is not None


def said_plainly(text: str) -> set[str]:
    """The lower-cased words of every plain wording the text uses ("poke", "around", "repos"): the
    contract's words are looked for instead, so the presence probe need not ask about them."""
    text = _plain(text)
    return {
        word.lower() for pattern, _ in LAY_TERMS for match in pattern.finditer(text) for word in match.group(0).split()
    }


def with_contract_words(question: str) -> str:
    """The question followed by the contract's words for it, less "my own" and the like: what the
    lexical side searches for."""
    extra = contract_words(question)
    return " ".join([_POSSESSIVE_OWN.sub(" ", question), *extra])
