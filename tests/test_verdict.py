"""The verdict rules (assistant/verdict.py) on fixed model readings: no model runs here, the rules
are pure so that `eval --calibrate` can re-run them on stored numbers."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.lay_terms import contract_words
from assistant.lexical import terms
from assistant.verdict import (
    Decision,
    Thresholds,
    answer_kind,
    apply_rules,
    asked_sentences,
    done_again,
    is_open_question,
    main_clause,
    quantity_asked,
    unnamed_words,
    with_names,
)

THRESHOLDS = Thresholds(answer=0.0, pick_weight=1.0, presence=0.0)


@dataclass(frozen=True)
class Excerpt:
    """What the rules read of an Evidence item."""

    quote: str
    reason: str = "match"


CONSENT = Excerpt("Meetly will not use Your Content to train any AI model without your express consent.")
SELLS = Excerpt("Meetly does not sell Service Data to anyone.")
LICENCE = Excerpt("You grant Meetly a licence to host and display Your Content to run the Services.")
TELEMETRY = Excerpt("Service Generated Data includes telemetry and diagnostic data Meetly collects.")


def _decide(question: str, evidence: list[Excerpt], picked: list[int], verdict: str, logodds: float, **kw) -> Decision:
    decision = Decision("", [], picked=picked, picked_verdict=verdict, answer_logodds=logodds, **kw)
    return apply_rules(decision, question, evidence, THRESHOLDS)  # type: ignore[arg-type]


def _open(question: str, excerpt: Excerpt) -> str:
    """The verdict on an open question whose pick named `excerpt` (with a bystander beside it)."""
    return _decide(question, [excerpt, LICENCE], [0], "answered", 0.0).verdict


def test_words_before_a_colon_say_who_asks_not_what() -> None:
    # A company's team asks with a lead-in: the open question was read as yes or no, and the denial
    # rule did not see "does Castwave claim ...".
    asked = "For our procurement file: which company holds client funds while a milestone is in escrow?"
    assert is_open_question(asked)
    assert is_open_question("Privacy review question: how long does Meetly keep raw listener logs?")
    assert not is_open_question("Legal review: is Meetly itself a party to that contract?")
    denies = Excerpt("Meetly does not claim ownership of any Show or Episode.")
    asked = "Before our network signs up: does Meetly claim any ownership over the shows we host?"
    assert _decide(asked, [denies, LICENCE], [0], "yes", 2.0).verdict == "no"


def test_a_clause_that_starts_with_your_own_step_is_a_condition() -> None:
    # "If you link a home insurance policy ..., we will notify your insurer" happens only if you do.
    notify = Excerpt("If you link a home insurance policy in the app, we will notify your insurer of frost alerts.")
    asked = "Will my home insurer find out the house was left unheated?"
    assert _decide(asked, [notify, LICENCE], [0], "yes", 2.0).verdict == "conditional"
    # ... not a step that conditions only one thing in a list ("what song you're listening to if you
    # link a music account" says nothing of the games).
    games = Excerpt(
        "When Meetly is running, we may identify active games on your device to share your status (including "
        "what song you're listening to if you link a music account)."
    )
    asked = "Can Meetly see which games I have running on my computer?"
    assert _decide(asked, [games, LICENCE], [0], "yes", 2.0).verdict == "yes"


def test_a_refusal_the_user_can_lift_is_conditional() -> None:
    decision = _decide("Can Meetly train AI on my calls?", [CONSENT, LICENCE], [0], "no", -2.0)
    assert decision.verdict == "conditional"
    assert decision.cited[0] == 0


def test_a_plain_refusal_stays_no() -> None:
    assert _decide("Does Meetly sell my data?", [SELLS, LICENCE], [0], "no", -2.0).verdict == "no"


def test_yes_and_no_follow_the_log_odds_and_the_models_own_answer() -> None:
    question = "Can Meetly display my content?"
    assert _decide(question, [LICENCE, SELLS], [0], "yes", -0.5).verdict == "yes"  # -0.5 + 1 >= 0
    assert _decide(question, [LICENCE, SELLS], [0], "yes", -1.5).verdict == "no"  # -1.5 + 1 < 0


def test_a_not_addressed_pick_is_not_addressed() -> None:
    answer = _decide("Can Meetly sell my data?", [SELLS], [0], "not_addressed", 2.0)
    assert answer.verdict == "not_addressed" and answer.cited == []


def test_an_empty_pick_falls_back_to_the_best_ranked_grounded_excerpt() -> None:
    # The model named no excerpt; the first one that contains the question's words stands in.
    decision = _decide("Can Meetly sell my data?", [LICENCE, SELLS, TELEMETRY], [], "no", -2.0)
    assert decision.verdict == "no" and decision.cited[0] == 1


def test_an_empty_pick_falls_back_to_the_excerpt_with_most_of_the_questions_words() -> None:
    # BM25 ranked a definition first for the rare word "join"; the waiver has "class" and "action".
    joins = Excerpt("The web client lets you join a meeting from a browser.")
    waiver = Excerpt("You waive the right to bring or take part in any class action against Meetly.")
    decision = _decide("Can I join a class action against Meetly?", [joins, waiver, LICENCE], [], "no", -2.0)
    assert decision.verdict == "no" and decision.cited[0] == 1


def test_a_picked_definition_brings_the_clause_it_was_brought_in_for() -> None:
    claim = Excerpt("Meetly does not claim ownership of your Input.")
    definition = Excerpt("“Input” means the prompts and files you give the assistant.", reason="definition")
    decision = _decide("Does Meetly claim ownership of my prompts?", [claim, definition], [1], "no", -2.0)
    assert decision.cited == [0, 1]


def test_a_cited_excerpt_must_contain_a_decisive_word_of_the_question() -> None:
    # The model cites the licence for a question about selling: nothing in it decides that.
    decision = _decide("Does Meetly sell my data?", [SELLS, LICENCE, TELEMETRY], [1], "no", -2.0)
    assert decision.verdict == "not_addressed"


def test_what_the_user_may_not_do_does_not_answer_what_the_service_does() -> None:
    # "Does Google sell my personal data?" was answered "no" from Google's "You may not copy,
    # modify, distribute, sell or lease any part of our services": the same verb, another actor.
    rules = Excerpt("Restrictions. You may not copy, modify, sell or lease any part of the Services.")
    assert _decide("Does Meetly sell my data?", [rules, LICENCE], [0], "no", -2.0).verdict == "not_addressed"
    # The same sentence answers what the user may do.
    for question in ("Can I sell my Meetly account?", "Does Meetly allow users to sell the Services?"):
        assert _decide(question, [rules, LICENCE], [0], "no", -2.0).verdict == "no"
    # And a sentence about what the service does still grounds the answer beside it.
    both = Excerpt(rules.quote + " " + SELLS.quote)
    assert _decide("Does Meetly sell my data?", [both, LICENCE], [0], "no", -2.0).verdict == "no"
    note = Excerpt("Please note that Meetly may sell usage data to its partners.")
    assert _decide("Does Meetly sell my data?", [note, LICENCE], [0], "yes", 2.0).verdict == "yes"


def test_the_service_named_in_lower_case_is_still_known_by_its_name() -> None:
    # The denial rule knows the service as a capitalised name: "does meetly sell my data?", as people
    # type it, was read as a question about what "I" do.
    denies = Excerpt("Meetly does not sell your personal data. See https://meetly.example.com/privacy.")
    assert _decide("does meetly sell my data?", [denies, LICENCE], [0], "yes", 2.0).verdict == "no"
    assert with_names("does meetly sell my data?", [denies]) == "does Meetly sell my data?"
    # A defined term in capitals ("Your Content may") is no name, nor a word the excerpts also write
    # in lower case.
    defined = Excerpt("Your Content may be used to run the Services. We host content you upload.")
    assert with_names("can they use my content?", [defined]) == "can they use my content?"
    opens = Excerpt("Content may be removed at any time. Posts are public.")
    assert with_names("can they remove my content?", [opens]) == "can they remove my content?"
    # A word that is no English word is a name wherever it stands.
    between = Excerpt("As between you and Pebbleshot, you retain all ownership rights in your Content.")
    assert with_names("does pebbleshot own my pictures?", [between]) == "does Pebbleshot own my pictures?"


def test_without_notice_or_consent_is_read_from_the_clause_not_the_model() -> None:
    # A 1.5B model answers "can they change the terms?" and says yes whatever the clause promises.
    notice = Excerpt("We may change these terms. We will give you 30 days' notice before any change takes effect.")
    waived = Excerpt("We may suspend or close your account at any time, with or without notice.")
    question = "Can Meetly change these terms without telling me?"
    assert _decide(question, [notice, LICENCE], [0], "yes", 3.0).verdict == "no"
    assert _decide("Can Meetly close my account without notice?", [waived], [0], "no", -3.0).verdict == "yes"
    # "not required to provide you with any notice" waives it; it is not a promise of notice.
    unrequired = Excerpt(
        "Meetly is not required to provide you with any notice or warning prior to any such termination."
    )
    assert _decide("Can Meetly close my account without any warning?", [unrequired], [0], "no", -3.0).verdict == "yes"
    # "will not ... without your consent" answers "without my consent?" with a plain no.
    assert _decide("Can Meetly train AI on my calls without my consent?", [CONSENT], [0], "yes", 3.0).verdict == "no"
    # A promise of notice about something else does not decide; the reading does.
    other = Excerpt("We will give you 30 days' notice before we raise prices. We may change these terms at any time.")
    assert _decide(question, [other], [0], "yes", 3.0).verdict == "yes"
    assert _decide(question, [other], [0], "no", -3.0).verdict == "no"
    # Notice the user gives is not notice the user gets.
    yours = Excerpt("You may terminate your account by giving Meetly 30 days' notice.")
    assert _decide("Can Meetly terminate my account without notice?", [yours], [0], "yes", 3.0).verdict == "yes"


def test_a_service_denying_the_questions_own_verb_is_no() -> None:
    denies = Excerpt("Meetly does not claim ownership of your Input or Output.")
    assert _decide("Does Meetly claim ownership of my prompts?", [denies], [0], "yes", 3.0).verdict == "no"
    # An exception in the sentence, or a refusal the user can lift, leaves it to the reading and rules.
    never = Excerpt("We will never use Cardholder Data to train machine learning models.")
    assert (
        _decide("Will Meetly use our customers' card numbers to train its AI?", [never], [0], "yes", 2.0).verdict
        == "no"
    )
    excepted = Excerpt("Meetly does not claim ownership of your Input, except for feedback you send us.")
    assert _decide("Does Meetly claim ownership of my feedback?", [excepted], [0], "yes", 3.0).verdict == "yes"
    assert _decide("Can Meetly train AI on my calls?", [CONSENT], [0], "yes", 3.0).verdict == "conditional"
    # What the user is denied is not what the service does.
    yours = Excerpt("You do not claim ownership of the Services.")
    assert _decide("Does Meetly claim ownership of my prompts?", [yours], [0], "yes", 3.0).verdict == "yes"
    # "let", "allow" and "permit" are one verb.
    allow = Excerpt("Meetly does not allow third-party AI providers to use Your Content to train their models.")
    asked = "Does Meetly let other AI companies train on my content?"
    assert _decide(asked, [allow, CONSENT], [0, 1], "yes", 3.0).verdict == "no"
    # Giving, sharing, disclosing and handing over data are one act.
    shares = Excerpt("We do not share personal data with third parties for their own direct marketing purposes.")
    asked = "Will Meetly give my details to other companies so they can send me their own marketing?"
    assert _decide(asked, [shares, LICENCE], [0], "yes", 2.0).verdict == "no"
    # ... and selling is not one of them.
    asked = "Will Meetly sell my details to other companies for their marketing?"
    assert _decide(asked, [shares, LICENCE], [0], "yes", 2.0).verdict != "no"


def test_a_service_denying_what_is_asked_in_the_passive_is_no() -> None:
    # "are my ... chats with the doctor used to train AI?" was read as yes from this very sentence.
    never = Excerpt("We do not use the contents of your chats with Providers to train any machine-learning model.")
    asked = "are my video visits or my chats with the doctor used to train AI?"
    assert _decide(asked, [never, LICENCE], [0], "yes", 2.0).verdict == "no"
    shares = Excerpt("Meetly does not share your recordings with advertisers.")
    assert _decide("Are my recordings shared with advertisers?", [shares], [0], "yes", 2.0).verdict == "no"
    # Another verb after the negation denies nothing of what is asked: not using recordings for
    # training says nothing of whether calls are recorded.
    other = Excerpt("Meetly does not use recordings of your calls to train its models.")
    assert _decide("Are my calls recorded?", [other], [0], "yes", 2.0).verdict == "yes"


def test_a_prohibition_the_model_did_not_pick_still_decides() -> None:
    # The model picked the clause on buying coins; the one that forbids selling them decides.
    buying = Excerpt("You can buy Meetly Coins in the app and spend them on stickers.")
    forbids = Excerpt("You may not purchase, sell, or exchange Meetly Coins outside the Service.")
    asked = "Can I sell my leftover Meetly Coins to a friend for cash outside the app?"
    decision = _decide(asked, [buying, forbids], [0], "yes", 1.0)
    assert decision.verdict == "no" and decision.cited[0] == 1
    # "a Meetly app" is forbidden as "any part of our services or software".
    software = Excerpt("You may not copy, modify, distribute, sell, or lease any part of our services or software.")
    asked = "Can I resell or rent out a Meetly app I downloaded to someone else?"
    assert _decide(asked, [buying, software], [0], "yes", 1.0).verdict == "no"


def test_an_act_the_terms_forbid_the_user_is_no() -> None:
    forbids = Excerpt(
        "You agree not to use the Services to break the law, to harass others, to send spam, or to "
        "record people without the notice and consent the law requires."
    )
    asked = "Can I record people without telling them?"
    assert _decide(asked, [forbids, LICENCE], [0], "yes", 2.0).verdict == "no"
    # Each act of the list is an item: "without ... consent" excepts recording, not spam.
    assert _decide("Can I spam people through Meetly?", [forbids, LICENCE], [0], "yes", 2.0).verdict == "no"
    assert _decide("Can I record people?", [forbids, LICENCE], [0], "yes", 2.0).verdict != "no"
    account = Excerpt("You may not sell, transfer or share your Meetly account.")
    assert _decide("Can I sell my account to a friend?", [account], [0], "yes", 2.0).verdict == "no"
    # Reselling is selling (the word "resell" need be in no document: the rule reads the clause's own words).
    software = Excerpt("You may not copy, modify, distribute, sell, or lease any part of the Meetly app.")
    resell = "Am I allowed to resell copies of Meetly's app?"
    assert _decide(resell, [software, LICENCE], [0], "no", -2.0, presence={"resell": -1.0}).verdict == "no"
    # An exception leaves it to the reading; so does a sentence about another object or the
    # service's own refusal ("we do not sell ..." is what they do, not what you may do).
    unless = Excerpt("You may not sell your Meetly account unless Meetly agrees in writing.")
    assert _decide("Can I sell my account to a friend?", [unless], [0], "yes", 2.0).verdict != "no"
    other = Excerpt("You may not sell advertising on Meetly's pages.")
    assert _decide("Can I sell my account to a friend?", [other], [0], "yes", 2.0).verdict != "no"
    theirs = Excerpt("We do not sell your account information to anyone.")
    assert _decide("Can I sell my account to a friend?", [theirs], [0], "yes", 2.0).verdict != "no"


def test_a_word_the_documents_never_use_and_the_model_cannot_find_is_not_addressed() -> None:
    # (a word of no plain-words entry: "encryption" must now be named by the clause itself, see
    # test_a_thing_asked_for_by_name_needs_a_clause_that_names_it)
    presence = {"robocalls": -0.4}
    decision = _decide("Does Meetly block robocalls?", [LICENCE], [0], "yes", 1.0, presence=presence)
    assert decision.verdict == "not_addressed"
    assert _decide("Does Meetly block robocalls?", [LICENCE], [0], "yes", 1.0, presence={"robocalls": 0.9}).cited


def test_the_excerpt_with_the_rarest_word_is_cited() -> None:
    # The model picks the excerpt about data in general; the one naming telemetry joins it.
    evidence = [LICENCE, TELEMETRY, SELLS]
    decision = _decide("Can Meetly use my telemetry data for its Services?", evidence, [2], "yes", 1.0)
    assert decision.cited[:2] == [2, 1]


def test_a_clause_rarest_only_by_chance_is_not_cited() -> None:
    # Only the clause on recording says "call", the question's rarest word among these excerpts;
    # it shares nothing else with the question.
    consent = Excerpt("Meetly will not use the audio or video of Your Content to train any AI model without consent.")
    recording = Excerpt("A host can record a Meetly meeting or a phone call.")
    quality = Excerpt("Meetly may train its AI features on video quality statistics.")
    decision = _decide("Can Meetly train its AI on my video calls?", [consent, recording, quality], [0], "no", -2.0)
    assert decision.cited == [0]


def test_the_override_partner_that_bears_on_the_question_is_cited() -> None:
    # "Notwithstanding the above" brought both sentences before it; the licence it qualifies is the
    # one about training, not the one about Service Data.
    notwithstanding = Excerpt(
        "Notwithstanding the above, Meetly will not use video to train AI models without your consent."
    )
    service_data = Excerpt("You grant Meetly a licence to Service Data.", reason="override")
    training = Excerpt(
        "You grant Meetly a licence to use Your Content for machine learning and AI training.", "override"
    )
    evidence = [notwithstanding, service_data, training]
    decision = _decide("Can Meetly train its AI on my video calls?", evidence, [0], "no", -2.0)
    assert decision.cited == [0, 2]
    # With no partner bearing on the question, the first one stays the partner.
    assert _decide("Can Meetly train its AI on my video calls?", evidence[:2], [0], "no", -2.0).cited == [0, 1]


def test_only_rare_words_no_document_uses_are_checked() -> None:
    vocabulary = set(terms("Meetly may offer AI features, end to end, that train on video calls."))
    assert unnamed_words("Does Meetly offer end-to-end pseudonymisation?", vocabulary) == ["pseudonymisation"]
    # (a word with a plain-words entry is looked for in the cited clauses, not asked of the model)
    assert unnamed_words("Does Meetly offer end-to-end encryption?", vocabulary) == []
    assert unnamed_words("Can Meetly train its AI on my video calls?", vocabulary) == []


def test_people_you_know_are_not_asked_about() -> None:
    # Terms say "anyone" or "any other individual", never "coworker" or "roommate".
    vocabulary = set(terms("You may not share your account or login with any other individual."))
    assert unnamed_words("Can I give my login to a coworker or my roommate?", vocabulary) == []
    assert unnamed_words("Can I give my login to a locksmith?", vocabulary) == ["locksmith"]


def test_a_reading_far_from_the_threshold_is_clear_and_a_close_one_is_not() -> None:
    question = "Can Meetly display my content?"
    thresholds = Thresholds(answer=0.0, pick_weight=0.0, presence=0.0, clear=2.0)

    def confidence(logodds: float) -> str | None:
        decision = Decision("", [], picked=[0], picked_verdict="yes", answer_logodds=logodds)
        return apply_rules(decision, question, [LICENCE, SELLS], thresholds).confidence  # type: ignore[arg-type]

    assert [confidence(x) for x in (2.5, 1.9, -1.9, -2.0)] == ["high", "low", "low", "high"]
    # A refusal the user can lift is conditional whichever way a close reading tips: it does not
    # hang on the reading.
    for logodds in (0.3, -0.3):
        decision = Decision("", [], picked=[0], picked_verdict="yes", answer_logodds=logodds)
        decision = apply_rules(decision, "Can Meetly train AI on my calls?", [CONSENT, LICENCE], thresholds)  # type: ignore[arg-type]
        assert (decision.verdict, decision.confidence) == ("conditional", "high")
    # No reading decided a not_addressed answer: it has no confidence.
    decision = Decision("", [], picked=[1], picked_verdict="not_addressed", answer_logodds=3.0)
    assert apply_rules(decision, question, [LICENCE, SELLS], thresholds).confidence is None


def test_an_age_against_a_flat_minimum_age_decides_whatever_the_reading() -> None:
    # The 1.5B model read each of these pairs as yes.
    thirteen = Excerpt("By using Meetly you confirm that you're at least 13 years old.")
    sixteen = Excerpt("Meetly is not intended for use by individuals under the age of sixteen (16) years old.")
    asked = "My son is 12 and I'm fine with it. Can he have his own Meetly account?"
    answer = _decide(asked, [thirteen, LICENCE], [0], "yes", 2.0)
    assert answer.verdict == "no" and answer.confidence == "high"
    assert _decide("My daughter is 14. Is she allowed to sign up?", [sixteen], [0], "yes", 2.0).verdict == "no"
    # A parent's agreement asked, further on, of those under the age of majority does not lift the 13.
    digital = Excerpt(
        "By using Meetly you agree (i) that you are 13 years of age and the minimum age of digital consent "
        "in your country, (ii) if you are the age of majority where you live, that you accept these terms, "
        "and (iii) if you are not, that your parent or legal guardian has read and agreed to these terms."
    )
    assert _decide("My son is 12. Can he make an account if I give my OK?", [digital], [0], "yes", 2.0).verdict == "no"
    # Old enough for every age the clause states, and no parent in it: yes whatever the reading.
    assert _decide("My son is 14. Can he have a Meetly account?", [thirteen], [0], "yes", 2.0).verdict == "yes"
    assert _decide("My son is 18. Can he sign up?", [thirteen], [0], "no", -2.0).verdict == "yes"
    # A minimum with a way round it is a condition; one the law of your country can only raise is not.
    school = Excerpt(
        "Meetly is not intended for use by individuals under the age of sixteen (16) years old, unless it "
        "is through a school that subscribes to Meetly for Education."
    )
    assert _decide("My daughter is 14. Can she use Meetly?", [school], [0], "no", -2.0).verdict == "conditional"
    higher = Excerpt("You must be at least 13 years old, unless your country sets a higher age.")
    assert _decide("My son is 12. Can he use Meetly?", [higher], [0], "yes", 2.0).verdict == "no"
    # Another, higher age in the clause, or an age limit a parent can lift: the reading decides.
    features = Excerpt("You must be at least 13 years old to use Meetly, and 18 years old to host webinars.")
    assert _decide("I'm 15, can I use Meetly?", [features], [0], "no", -2.0).verdict == "no"
    parent = Excerpt("If you are under 18, you may only use Meetly with the consent of your parent or guardian.")
    assert _decide("I'm 15. Can I have a Meetly account?", [parent], [0], "yes", 2.0).verdict != "no"
    # Numbers that are not ages: the reading decides.
    notice = Excerpt("Meetly will give you at least 14 days' notice before closing an account.")
    assert _decide("My son is 12. Can he keep his Meetly account?", [notice], [0], "yes", 2.0).verdict == "yes"
    orders = Excerpt("Meetly does not charge a fee on orders under 20 dollars.")
    assert _decide("I'm 15. Can I use Meetly to order things?", [orders], [0], "yes", 2.0).verdict == "yes"
    majority = Excerpt("You must be 18 years of age, or the age of majority where you live, to subscribe.")
    assert _decide("I'm 17, the age of majority here. Can I subscribe?", [majority], [0], "yes", 2.0).verdict == "yes"


def test_a_minor_with_a_parents_say_and_no_flat_limit_above_them_is_conditional() -> None:
    # The 1.5B model read both as a plain yes.
    unnamed = Excerpt(
        "If you're under the age required to manage your own Meetly account, you must have your parent "
        "or legal guardian's permission to use it."
    )
    assert _decide(
        "My daughter is 11 and wants her own account. Is that okay?", [unnamed], [0], "yes", 2.0
    ).verdict == ("conditional")
    majority = Excerpt(
        "You represent that you have either reached the age of majority where you live or your parent or "
        "legal guardian agreed to these Terms on your behalf."
    )
    assert _decide("My 15-year-old wants a Meetly account. Can he sign up?", [majority], [0], "yes", 2.0).verdict == (
        "conditional"
    )
    # Without the parent, the one way in is ruled out.
    asked = "My 14-year-old wants to sign up for Meetly without telling me. Is that OK?"
    assert _decide(asked, [majority], [0], "yes", 2.0).verdict == "no"
    # An adult, or a question about who answers for the child, is left to the reading.
    assert _decide("I'm 30. Can I sign up?", [majority], [0], "yes", 2.0).verdict == "yes"
    responsible = Excerpt("A parent or guardian is responsible for the activity of a child under 18 on Meetly.")
    asked = "If I let my 10-year-old use Meetly, am I responsible for what she does on it?"
    assert _decide(asked, [responsible], [0], "yes", 2.0).verdict == "yes"


def test_a_flat_limit_another_clause_lifts_for_a_range_with_a_parent_is_conditional() -> None:
    flat = Excerpt("You must be at least 16 years old to create an Account and to use the Service on your own.")
    family = Excerpt(
        "Notwithstanding Section 3.1, a person who is at least 13 but under 16 may use the Service as a Family "
        "Member if the Family Manager is that person's parent or legal guardian and has given consent.",
        "override",
    )
    asked = "Can my 15-year-old daughter have her own Meetly account?"
    assert _decide(asked, [flat, family], [0, 1], "no", -2.0).verdict == "conditional"  # (no without it)
    # Below the range, or where the other clause bars the parent's way in, the limit stands.
    assert (
        _decide("Can my 12-year-old have her own Meetly account?", [flat, family], [0, 1], "no", -2.0).verdict == "no"
    )
    barred = Excerpt("We do not offer accounts to users aged 13 to 16, even with a parent's consent.")
    assert _decide(asked, [flat, barred], [0, 1], "no", -2.0).verdict == "no"
    # The family clause alone cited, and a flat bar the model did not pick: a 12-year-old "added" to a
    # family plan is below the range, whatever the parent says (the 1.5B model read yes).
    under = Excerpt("Meetly is not for children under 13: no one under 13 may be added as a Family Member.")
    asked = "can my 12 year old get added to our family plan if i say its ok"
    assert _decide(asked, [family, LICENCE, under], [0, 1], "yes", 0.4).verdict == "no"
    # "under 18 may ... through a parent" lets in those above the other flat limits.
    authors = Excerpt(
        "You must be at least 18 years old to open an Author account. An individual under 18 may publish Works only "
        "through an Author account that is opened and managed by their parent or legal guardian."
    )
    readers = Excerpt("You must be at least 13 years old to create a Reader account.")
    asked = "My daughter is 16 and has written a fantasy novel. Can she publish it on Meetly?"
    assert _decide(asked, [authors, readers], [0, 1], "no", -2.0).verdict == "conditional"
    asked = "My daughter is 12 and has written a fantasy novel. Can she publish it on Meetly?"
    assert _decide(asked, [authors, readers], [0, 1], "yes", 2.0).verdict == "no"
    # Setting up a profile is signing up.
    adults = Excerpt("You must be at least 18 years old to create an account or use the Service.")
    asked = "My son is 17 and turns 18 in March. Can he set up a profile now so it's ready?"
    assert _decide(asked, [adults], [0], "yes", 2.0).verdict == "no"


def test_a_yes_the_user_can_opt_out_of_is_conditional_even_in_a_list_of_exceptions() -> None:
    trains = Excerpt(
        "You grant Meetly a licence to use your Inputs to train AI models, unless (a) you opt out "
        "through your account settings, or (b) your use is governed by an enterprise agreement."
    )
    assert _decide("Will Meetly train its AI on my prompts?", [trains], [0], "yes", 2.0).verdict == "conditional"


def test_a_refund_refused_in_the_cited_clause_is_no_whatever_the_reading() -> None:
    # The 1.5B model read each refusal below as yes to "do I get my money back?".
    asked = "If I cancel halfway through the month, do I get my money back for the days I don't use?"
    refused = [
        "If you cancel, you will not receive a refund for any period already paid for.",
        "Plans are billed in advance and are non-refundable; however, the plan stays active until the period ends.",
        "There will be no refunds or credits for partial months of service.",
        "Fees are non-refundable except where required by applicable law.",
        "Fees already paid are not refunded except where the law requires.",
        "Payments are non-refundable unless otherwise required by law.",
        # (the rest of the agreement is no exception: the clauses cited are that agreement)
        "Amounts payable under this Agreement are non-refundable, except as otherwise provided in this Agreement.",
    ]
    for text in refused:
        answer = _decide(asked, [Excerpt(text), LICENCE], [0], "yes", 2.0)
        assert answer.verdict == "no" and answer.confidence == "high", text


def test_a_refund_refused_only_in_some_cases_is_conditional() -> None:
    asked = "If I regret buying a subscription a few days later, can I get my money back?"
    cooling_off = Excerpt("You may cancel within 14 days of purchase and you will get a full refund.")
    used = Excerpt("If you have used the product, your purchase cannot be cancelled or refunded.")
    assert _decide(asked, [cooling_off, used], [0, 1], "yes", 2.0).verdict == "conditional"
    unless = Excerpt("Fees are non-refundable unless Meetly ends the service early.")
    assert _decide(asked, [unless], [0], "no", -2.0).verdict == "conditional"
    # The law's exception and another after it: the other still counts.
    stated = Excerpt("Fees are non-refundable, except as required by law or as stated in Section 7.7.")
    assert _decide(asked, [stated], [0], "no", -2.0).verdict == "conditional"
    # A grant in another cited clause, with a negation elsewhere in its sentence, still grants.
    cancel = Excerpt("If you cancel before the end of the period, we will not refund any fees already paid.")
    rise = Excerpt(
        "We don't want to charge you for something you don't want, so if you cancel within 14 days of a "
        "price increase, we'll provide you a refund."
    )
    asked = "Meetly raised its price. Do I get my money back if I cancel?"
    assert _decide(asked, [cancel, rise], [0, 1], "no", -2.0).verdict == "conditional"
    never = Excerpt("If the price goes up, we will not provide a refund for the current period.")
    assert _decide(asked, [cancel, never], [0, 1], "no", -2.0).verdict == "no"
    # A question about refusing refunds is the reading's to answer.
    refusal = Excerpt("Fees are non-refundable.")
    assert _decide("Can Meetly refuse to refund me?", [refusal], [0], "yes", 2.0).verdict == "yes"


def test_a_refusal_in_an_excerpt_the_model_did_not_pick_decides_and_is_cited_first() -> None:
    charges = Excerpt("Meetly may charge your card for all fees due, including subscription fees.")
    refusal = Excerpt("If you cancel, you will not receive a refund for any period already paid for.")
    asked = "If I cancel my paid plan partway through, do I get money back?"
    answer = _decide(asked, [refusal, charges], [1], "yes", 2.0)
    assert answer.verdict == "no" and answer.cited[0] == 0


def test_a_disclaimer_of_liability_for_what_the_question_names_is_no_or_conditional() -> None:
    # The 1.5B model read such disclaimers as yes to "can I hold them responsible?".
    asked = "If Meetly loses my saved recordings, can I hold them responsible?"
    disclaimer = Excerpt("Meetly shall not be liable for any loss of recordings or other data.")
    answer = _decide(asked, [disclaimer, LICENCE], [0], "yes", 2.0)
    assert answer.verdict == "no" and answer.confidence == "high"
    release = Excerpt("If you have a dispute with other users, you release Meetly from all claims arising from it.")
    assert (
        _decide("If another user wrecks my project, can I hold Meetly responsible?", [release], [0], "yes", 2.0).verdict
        == "no"
    )
    carved = Excerpt(
        "Meetly is not liable for lost profits unless it acted with gross negligence or wilful misconduct."
    )
    assert _decide("Will Meetly pay me for my lost profits?", [carved], [0], "no", -2.0).verdict == "conditional"
    # A disclaimer about something else, or a question about the disclaimer itself: the reading decides.
    assert _decide("Will Meetly pay me for my lost profits?", [disclaimer], [0], "yes", 2.0).verdict == "yes"
    asked = "If Meetly is grossly negligent, do these terms stop me holding them responsible?"
    assert _decide(asked, [carved], [0], "no", -2.0).verdict == "no"
    assert _decide(asked, [carved], [0], "yes", 2.0).verdict == "yes"


def test_a_setting_the_user_controls_or_a_time_limited_right_is_conditional() -> None:
    # The 1.5B model answered each of these with a plain yes or no.
    visible = Excerpt("Meetly may publicly display your content, if you've made it visible to others.")
    assert _decide("Can Meetly show my uploads to the public?", [visible], [0], "yes", 2.0).verdict == "conditional"
    settings = Excerpt("You can control whether Meetly personalises your experience in your Settings.")
    asked = "Will Meetly use what I do to personalise what I see?"
    assert _decide(asked, [settings], [0], "yes", 2.0).verdict == "conditional"
    window = Excerpt(
        "After cancellation you may request a copy of your content. You must make this request within 90 days."
    )
    asked = "After I close my account, can I still ask for a copy of my stuff?"
    assert _decide(asked, [window], [0], "no", -2.0).verdict == "conditional"
    # A question that says when is answered by the window: the reading decides.
    asked = "Six months after I close my account, can I still ask for a copy of my stuff?"
    assert _decide(asked, [window], [0], "no", -2.0).verdict == "no"
    # A remedy kept only for a time is as much a window as a right
    reprint = Excerpt(
        "If a print arrives damaged, we will reprint it or refund its price, provided you report the problem "
        "to us within 30 days of delivery."
    )
    asked = "If my photo book shows up damaged, will they fix it or give me my money back?"
    assert _decide(asked, [reprint], [0], "yes", 2.0).verdict == "conditional"
    # A time the service gives itself after the user acts is no window of the user's.
    deletes = Excerpt("If you turn it off, or if your plan ends, we will delete your face library within 30 days.")
    asked = "if i switch face recognition off do they actually delete the faces it learned?"
    assert _decide(asked, [deletes], [0], "yes", 2.0).verdict == "yes"
    # "a while ago" says no time
    asked = "closed my account by accident a while ago, can i still ask for a copy of my stuff?"
    assert _decide(asked, [window], [0], "yes", 2.0).verdict == "conditional"


def test_a_time_the_question_states_is_measured_against_the_window() -> None:
    withdraw = Excerpt("You have the right to withdraw from this contract within fourteen (14) days without reason.")
    # The model read each as the other way round: the numbers decide, not the reading.
    assert (
        _decide("I signed up 10 days ago. Can I still back out of the contract?", [withdraw], [0], "no", -2.0).verdict
        == "yes"
    )
    assert (
        _decide(
            "I signed up three weeks ago. Can I still back out of the contract?", [withdraw], [0], "yes", 2.0
        ).verdict
        == "no"
    )
    # "Is it too late" asks the other way round, and the window restated is no time stated.
    assert (
        _decide(
            "I signed up a week ago. Is it too late to back out of the contract?", [withdraw], [0], "no", -2.0
        ).verdict
        == "no"
    )
    refund = Excerpt(
        "If you cancel before the end of the period, we will not refund any fees already paid. If you cancel "
        "within 14 days of any price increases, we'll provide you a refund."
    )
    asked = "Meetly put up the price and I cancelled about a week after the increase. Do I get my money back?"
    assert _decide(asked, [refund], [0], "yes", 2.0).verdict == "yes"  # (conditional without the rule)
    # A window that runs from an event the question does not name leaves it to the refusal.
    assert (
        _decide("I bought a plan a week ago and cancelled. Do I get my money back?", [refund], [0], "yes", 2.0).verdict
        == "conditional"
    )


def test_only_the_sentences_that_ask_are_probed_for_words_the_documents_lack() -> None:
    # "the documents never mention 'creeped'" answered a question about voiceprints.
    assert asked_sentences("does meetly make some kind of voice fingerprint of me? kinda creeped out") == (
        "does meetly make some kind of voice fingerprint of me?"
    )
    assert asked_sentences("Meetly keeps my recordings") == "Meetly keeps my recordings"


def test_open_questions_are_told_from_yes_no_questions_by_their_main_clause() -> None:
    open_ones = [
        "How long do they keep my data?",
        "If Google is sold, what happens to my account?",
        "If I delete my account, what happens to my photos, videos and files?",
        "Which country are my chats stored in?",
        "When do they delete my recordings?",
        "Can you tell me what they do with my data?",
        "who owns the videos I upload",
        "Which courts in the U.S. hear my case?",
        "In general, how long does Zoom hang on to my personal information?",
        "At what age can my kid run their own account without my permission?",
        "In which country are my files kept?",
        # a yes/no question that also asks for what it is
        "Does Meetly cap how much it would have to pay us if something goes wrong, and at what amount?",
        "Is there a time limit on refunds, and if so, how long is it?",
        # typed as people type in a chat box: lower-case sentences, "whats", a long scene first
        "i put $10 of credit on and forgot about it. how long before it stops working?",
        "meetly went down during my paid event. whats the most they'd ever have to pay me? i pay for pro",
        "planning a big online class, how many people can i have in one meeting on a paid plan?",
    ]
    yes_no = [
        "When I cancel, do I get a refund?",
        "My son is 12. Can he have his own account?",
        "What if I stop paying, can they delete my files?",
        "If Im 17, which is the age people legally become adults where I live, can I subscribe?",
        "If I delete my account, do they keep my photos?",
        "Tell me whether they sell my data.",
        "I live in the U.S. Can I sue them in my state?",
        # ContractNLI's hypotheses, asked as statements, with a relative "which" after a comma
        "Does the agreement say that the Receiving Party may share notes, which include summaries?",
        "By the way, can I delete my account?",
        "The Receiving Party may share notes, which include summaries.",
        "Can I cancel and get a refund?",
        "Does Meetly share data with vendors and who they work with?",
        "my son, who is 12, can he sign up?",
        "got banned last week. can i get my money back?",
    ]
    assert [q for q in open_ones if not is_open_question(q)] == []
    assert [q for q in yes_no if is_open_question(q)] == []


def test_an_open_question_the_cited_clauses_answer_is_answered_with_no_yes_or_no() -> None:
    keeps = Excerpt("Meetly keeps your recordings for 30 days after you delete your account.")
    decision = _decide("How long does Meetly keep my recordings?", [keeps, LICENCE], [0], "answered", 0.0)
    assert decision.verdict == "answered" and decision.cited[0] == 0
    assert decision.confidence is None  # no yes/no reading to be sure of
    # the same checks as any verdict: ungrounded or declined by the model, it is not addressed
    # the model picked the licence, which has none of the question's words
    assert _decide("How long do they keep my recordings?", [LICENCE, keeps], [0], "answered", 0.0).verdict == (
        "not_addressed"
    )
    assert _decide("How long does Meetly keep my recordings?", [keeps], [0], "not_addressed", 0.0).verdict == (
        "not_addressed"
    )


def test_excerpts_that_share_none_of_the_questions_own_words_ground_nothing() -> None:
    # Retrieval always returns something; here only the service's name is shared, and every excerpt has it.
    bystanders = [LICENCE, SELLS, CONSENT]
    decision = _decide("Does Meetly record my voice calls?", bystanders, [1], "no", -2.0)
    assert decision.verdict == "not_addressed" and decision.cited == []
    # A question whose words are all in every excerpt is still read: nothing of it is missing.
    assert _decide("Does Meetly sell Service Data?", [SELLS, SELLS, SELLS], [1], "no", -2.0).verdict == "no"


def test_a_clause_that_decides_in_its_own_words_is_not_undone_by_a_detail_the_terms_never_name() -> None:
    # "unused" is in no document and the model found it nowhere in the excerpts (presence log-odds
    # below the threshold), but the refusal answers the question whatever the time left unused.
    asked = "If I cancel my paid plan halfway through, do I get back the money for the unused time?"
    refusal = Excerpt("If you cancel, you will not receive a refund for any service already paid for.")
    answer = _decide(asked, [refusal, LICENCE], [0], "yes", 2.0, presence={"unused": -1.0})
    assert answer.verdict == "no" and answer.cited[0] == 0
    # Without such a clause the unnamed word still makes the answer not_addressed.
    cancel = Excerpt("You may cancel your paid plan at any time from your billing page.")
    assert _decide(asked, [cancel, LICENCE], [0], "yes", 2.0, presence={"unused": -1.0}).verdict == "not_addressed"
    # Found in other words, the reading decides (of a clause that speaks of the money).
    back = Excerpt("If you cancel your paid plan, Meetly pays back the money left on it.")
    assert _decide(asked, [back, LICENCE], [0], "yes", 2.0, presence={"unused": 1.0}).verdict == "yes"


def test_an_open_question_asking_for_a_time_needs_a_cited_sentence_that_states_one() -> None:
    asked = "How long does Meetly keep my messages after I delete my account?"
    closing = Excerpt("You may delete your account at any time from your settings.")
    # "immediately" is in it, and "meetly" only in the address: the sentence is about neither.
    spam = Excerpt("If you believe spam came from us, please email us immediately at help@meetly.example.")
    answer = _decide(asked, [closing, spam, LICENCE], [0, 1], "answered", 0.0)
    assert answer.verdict == "not_addressed" and answer.cited == []
    keeps = Excerpt("Meetly deletes your messages within 30 days after you delete your account.")
    assert _decide(asked, [keeps, closing, LICENCE], [0], "answered", 0.0).verdict == "answered"
    # The time may be in the sentence after the one the question's words are in.
    copy = Excerpt(
        "On request we will give you a copy of your account contents after you close your account. "
        "You must make this request within 90 days."
    )
    asked = "How long do I have after closing my account to ask for a copy?"
    assert _open(asked, copy) == "answered"
    # The question's own "long" is no link to a sentence about something else, and a section
    # number, a date or an address is no quantity.
    lasts = Excerpt("You keep what you own. This licence lasts for as long as your content is protected.")
    asked = "How long can my account sit unused before Meetly deletes it?"
    assert _open(asked, lasts) == "not_addressed"
    fees = Excerpt("Fees for your plan are set out in Section 13.1, as updated on August 2, 2024.")
    assert _open("How much does the Pro plan cost?", fees) == "not_addressed"
    price = Excerpt("The Pro plan costs $15 per month, billed in advance.")
    assert _open("How much does the Pro plan cost?", price) == "answered"
    # Only questions that ask for a time, an amount, a number or an age are held to it.
    assert answer_kind("What's the biggest file I can upload?") == "count"
    assert answer_kind("How many devices can I use at once?") == "count"
    assert answer_kind("i teach online, how many students can i fit in one video call?") == "people"
    # (a rate or a share is no number of people: "1.5% per month" had answered it)
    interest = Excerpt("Meetly may collect interest at 1.5% per month on any charges not paid when due.")
    assert _open("How many people can I have in one meeting on a paid plan?", interest) == "not_addressed"
    assert answer_kind("What's the monthly price of the Pro plan?") == "price"
    assert answer_kind("How much does it cost per minute to call a mobile?") == "price"
    assert answer_kind("How much interest do they charge on late payments?") == "money"
    assert answer_kind("How much of my money do I get back if I cancel?") == "money"
    assert answer_kind("How much notice will I get before a price rise?") == "time"
    assert answer_kind("how much heads up do they have to give before they raise prices on me") == "time"
    assert answer_kind("How many days do I have to opt out?") == "period"
    assert answer_kind("What age do I need to be to sign up?") == "age"
    assert not answer_kind("How do I delete my account?")
    assert not answer_kind("Where can I complain?")
    assert not answer_kind("What happens to my photos if I close my account?")
    assert _open("How do I delete my account?", closing) == "answered"


def test_british_and_american_spellings_of_a_word_are_one_word() -> None:
    british, american = "the licence of the organisation was cancelled", "the license of the organization was canceled"
    assert terms(british) == terms(american)
    # The only word linking the question to the clause is spelled the other way there.
    lasts = Excerpt("This licence continues until you delete your content.")
    other = Excerpt("Meetly may change these terms by posting a notice.")
    asked = "How long does the license run?"
    assert _decide(asked, [lasts, other], [0], "answered", 0.0).verdict == "answered"


def test_the_quantity_stated_must_be_of_the_kind_asked() -> None:
    asked = "How much does the Pro plan cost per month?"
    # A time where a price was asked, a currency with no amount, and an amount that shares only the
    # unit ("per month") with the question answer nothing.
    due = Excerpt("You must pay the fees for the Pro plan within 30 days of the invoice date.")
    dollars = Excerpt("You pay the fees for the Pro plan in U.S. dollars.")
    interest = Excerpt("Meetly may add interest at 1.5% per month on late payments.")
    for excerpt in (due, dollars, interest):
        assert _open(asked, excerpt) == "not_addressed", excerpt
    price = Excerpt("The Pro plan costs $15 per month, billed in advance.")
    assert _open(asked, price) == "answered"
    # A share or "in full" is no price, though it answers how much interest, or how much comes back.
    in_full = Excerpt("You agree to pay the fees for the Pro plan in full, up front, without deduction.")
    assert _open(asked, in_full) == "not_addressed"
    late = Excerpt("Meetly may charge interest at 1.5% per month on late payments of the Pro plan.")
    assert _open(asked, late) == "not_addressed"
    assert _open("How much interest does Meetly charge on late payments?", late) == "answered"
    # An age question needs an age, not a pointer to one.
    asked = "What age do I need to be to have my own Meetly account?"
    pointer = Excerpt("If you are under the age required to manage your own Meetly account, ask a parent.")
    assert _open(asked, pointer) == "not_addressed"
    minimum = Excerpt("You must be at least 16 years old to manage your own Meetly account.")
    assert _open(asked, minimum) == "answered"
    # Kept for no time at all answers "how long"; a count does not.
    asked = "How long does Meetly keep the audio it analyses to tell speakers apart?"
    gone = Excerpt("Meetly analyses the audio to tell one speaker from another; the audio is not retained.")
    assert _open(asked, gone) == "answered"
    counted = Excerpt("Meetly analyses the audio to tell one speaker from another.")
    assert _open(asked, counted) == "not_addressed"


def test_where_something_is_kept_is_answered_by_a_sentence_naming_the_place_and_the_keeping() -> None:
    assert answer_kind("Where are my files stored?") == "storage"
    assert answer_kind("Which country are my recordings kept in?") == "storage"
    assert answer_kind("Which state's laws apply to my contract?") == "place"
    asked = "Which country are my Meetly recordings stored in?"
    stored = Excerpt("Meetly stores your recordings in the United States and in other countries where it operates.")
    assert _open(asked, stored) == "answered"
    assert _open(asked, Excerpt("Meetly stores recordings in data centres worldwide.")) == "answered"
    # A worldwide licence and "your country" name no place where recordings are kept.
    worldwide = Excerpt("Your licence to Meetly's recordings features is worldwide. Meetly stores recordings safely.")
    consent = Excerpt("Meetly stores recordings only if you are of the age of consent in your country.")
    licence = Excerpt("You grant Meetly a worldwide, non-exclusive, royalty-free licence to host and store recordings.")
    for excerpt in (worldwide, consent, licence):
        assert _open(asked, excerpt) == "not_addressed", excerpt
    law = Excerpt("These terms are governed by the laws of the State of California.")
    assert _open("Which state's laws govern these terms?", law) == "answered"
    silent = Excerpt("These terms are governed by the applicable laws.")
    assert _open("Which state's laws govern these terms?", silent) == "not_addressed"


def test_how_many_days_needs_a_number_of_days_and_a_number_in_the_question_links_nothing() -> None:
    asked = "How many days do I have to opt out of arbitration?"
    within = Excerpt("You may opt out of arbitration by writing to us within thirty (30) days of signing up.")
    daily = Excerpt("You may opt out of arbitration by writing to us; we read such letters every day.")
    assert _open(asked, within) == "answered"
    assert _open(asked, daily) == "not_addressed"
    # "one" in the question is no link to "one-to-one" in the clause, nor is that a number.
    asked = "How many friends can I add to one group chat?"
    chats = Excerpt("Users can talk one-to-one, or in group chats with a limited number of friends.")
    assert _open(asked, chats) == "not_addressed"
    accounts = Excerpt("You may hold only one account at a time.")
    assert _open(asked, accounts) == "not_addressed"


def test_words_every_excerpt_shares_still_link_a_quantity_to_the_question() -> None:
    # All three excerpts are on withdrawing from the contract, so "contract" tells none apart, but
    # it is still what the question asks about.
    asked = "I changed my mind. How many days do I have to back out of the contract?"
    period = Excerpt("The withdrawal period for this contract ends 14 days after the contract is concluded.")
    right = Excerpt("You have the right to withdraw from this contract without giving any reason.")
    how = Excerpt("To withdraw from the contract, send us a clear statement of your decision.")
    assert _decide(asked, [period, right, how], [0, 1], "answered", 0.0).verdict == "answered"


def test_a_yes_no_question_about_a_number_needs_a_cited_number() -> None:
    # Terms that state no meeting size or price do not answer "no" to these.
    meetings = Excerpt("Meetly meetings can be joined from a browser or the app by the people you invite.")
    sized = Excerpt("Meetly meetings can hold up to 100 people you invite.")
    question = "I'm planning a big event. Can I have 500 people in one Meetly meeting?"
    assert _decide(question, [meetings, LICENCE], [0], "no", -2.0).verdict == "not_addressed"
    assert _decide(question, [sized, LICENCE], [0], "no", -2.0).verdict == "no"
    # Another number is not a number of people.
    adults = Excerpt("Meetly meetings may only be hosted by users who are 18 years old or older.")
    assert _decide(question, [adults, LICENCE], [0], "no", -2.0).verdict == "not_addressed"
    fees = Excerpt("You pay the fees for Meetly Pro in advance each month.")
    priced = Excerpt("Meetly Pro costs $8 per month, paid in advance.")
    question = "Does Meetly Pro cost less than $5 a month?"
    assert _decide(question, [fees, LICENCE], [0], "no", -2.0).verdict == "not_addressed"
    assert _decide(question, [priced, LICENCE], [0], "no", -2.0).verdict == "no"
    # A time limit on a meeting is in minutes or hours: thirty days' notice before renewal is none.
    renewal = Excerpt(
        "Either party may end the meeting plan by giving notice at least thirty (30) days before renewal."
    )
    limited = Excerpt("Meetings on the free plan are cut off after 60 minutes.")
    question = "Do free Meetly meetings get cut off after 40 minutes?"
    assert _decide(question, [renewal, LICENCE], [0], "yes", 2.0).verdict == "not_addressed"
    assert _decide(question, [limited, LICENCE], [0], "no", -2.0).verdict == "no"
    # Keeping data in a place needs a cited sentence that names where it is kept.
    stores = Excerpt("You authorize Meetly to store recordings of your meetings.")
    located = Excerpt("Meetly stores recordings on servers located in the European Union.")
    question = "Can we insist that Meetly keeps our recordings on servers inside the EU?"
    assert _decide(question, [stores, LICENCE], [0], "no", -2.0).verdict == "not_addressed"
    assert _decide(question, [located, LICENCE], [0], "yes", 2.0).verdict == "yes"
    assert quantity_asked("Can we choose which country Meetly stores our recordings in?") == "storage"
    assert quantity_asked("Does Meetly keep my recordings after I leave?") is None
    # Where the asker lives, or "my location", is not where anything is kept.
    assert quantity_asked("Does Meetly keep my data if I live in Germany?") is None
    assert quantity_asked("Does Meetly keep my location history?") is None
    assert quantity_asked("Are my photos kept on servers in the US or in another country?") == "storage"
    assert quantity_asked("Is my data transferred to us?") is None  # ("us" is no place)


def test_a_number_stated_as_a_condition_is_not_what_is_asked() -> None:
    assert quantity_asked("Do I get 15GB of free storage?") == "count"
    assert quantity_asked("Are free meetings limited to 40 minutes?") == "minutes"
    assert quantity_asked("Do free meetings get cut off after 40 minutes?") == "minutes"
    assert quantity_asked("I was 30 days late. Can they close my account after 30 days?") is None
    assert quantity_asked("Does Pro cost less than $5 a month?") == "price"
    assert quantity_asked("I haven't logged in for three years. Can they close my account?") is None
    assert quantity_asked("Can I share my login with a coworker so we pay for one account?") is None
    assert quantity_asked("My son is 12. Can he sign up?") is None


def test_a_condition_the_question_states_itself_makes_no_answer_conditional() -> None:
    # The model's yes was made conditional by the very condition the asker had set.
    renews = Excerpt(
        "YOUR PLAN WILL AUTOMATICALLY RENEW AT THE END OF EACH PERIOD UNLESS YOU CANCEL BEFORE THE RENEWAL DATE."
    )
    asked = "Will my plan just keep charging me every year unless I go in and cancel it?"
    assert _decide(asked, [renews], [0], "yes", 2.0).verdict == "yes"
    research = Excerpt("We will use Health Data to train models only if you turn on the Research Setting.")
    asked = "Can Meetly use my workout data for its AI even if I never switch on the research option?"
    assert _decide(asked, [research], [0], "yes", 2.0).verdict == "yes"
    asked = "I cancelled my plan this morning but I'm paid up until the 28th. Will it keep charging me every year?"
    assert _decide(asked, [renews], [0], "yes", 2.0).verdict == "yes"  # (conditional without it)
    asked = "I need to cancel my plan soon. Will it keep charging me every year?"  # ("need" is no "-ed")
    assert _decide(asked, [renews], [0], "yes", 2.0).verdict == "conditional"
    # A condition the question does not state still makes it depend.
    assert _decide("Will my plan keep charging me every year?", [renews], [0], "yes", 2.0).verdict == "conditional"
    assert _decide("Can Meetly use my workout data for its AI?", [research], [0], "yes", 2.0).verdict == "conditional"


def test_a_condition_in_a_clause_cited_beside_the_deciding_one_does_not_count() -> None:
    own = Excerpt("You can download your recordings and other content at any time.")
    logos = Excerpt("Meetly's logos and demo recordings may not be copied without prior written permission.")
    question = "Can I download my recordings?"
    assert _decide(question, [own, logos], [0, 1], "yes", 2.0).verdict == "yes"
    # An override cited with the deciding clause still sets a condition.
    unless = Excerpt(
        "Notwithstanding the above, Meetly may delete recordings of shared meetings unless you opt out.", "override"
    )
    assert _decide(question, [own, unless], [0, 1], "yes", 2.0).verdict == "conditional"


def test_what_the_question_asks_in_plain_words_must_be_spoken_of_by_a_cited_clause() -> None:
    # Neither clause says anything of warning the user or of handing data over; the model read them as no.
    retention = Excerpt("Meetly retains personal data for as long as needed to provide the Services.")
    updates = Excerpt("Meetly may update this policy and will post the new version with its date.")
    asked = "Will Meetly warn me before handing my data over to the police?"
    answer = _decide(asked, [retention, updates], [0, 1], "no", -2.0)
    assert answer.verdict == "not_addressed" and "warn" in answer.reason
    notify = Excerpt(
        "Meetly will notify you before it discloses your data to law enforcement, unless the law forbids it."
    )
    assert _decide(asked, [notify, updates], [0], "yes", 2.0).verdict != "not_addressed"
    # The scene set before the question is not asked about.
    copy = Excerpt("After cancellation you may request a copy of your content within 90 days.")
    asked = "If I shut down my account, can I still ask for a copy of my stuff?"
    assert _decide(asked, [copy, LICENCE], [0], "yes", 2.0).verdict != "not_addressed"
    asked = "Six months after I shut down my account, can I still ask for a copy of my stuff?"
    assert _decide(asked, [copy, LICENCE], [0], "no", -2.0).verdict == "no"
    # Owning is said in too many ways to look for one of them.
    outputs = Excerpt("When you use an AI Feature, the outputs it makes belong to you.")
    assert _decide("Who owns the meeting summary the AI makes?", [outputs, LICENCE], [0], "answered", 0.0).verdict == (
        "answered"
    )


def test_what_they_would_tell_is_the_scene_before_the_question() -> None:
    # "Tell us" and "we will notify you" of changes to the policy say nothing of a breach, and
    # "employees do not access meeting content" is no unauthorized access: the model read them as yes.
    security = Excerpt("Tell us at once if you believe someone else has used your account.")
    changes = Excerpt("If we make material changes to this policy, we will notify you by email.")
    staff = Excerpt("Meetly employees do not access meeting content unless the account owner asks them to.")
    for asked in ("If Meetly gets hacked, will they tell me?", "If my data leaks, will Meetly let me know?"):
        answer = _decide(asked, [security, changes, staff], [0, 1, 2], "yes", 2.0)
        assert answer.verdict == "not_addressed", asked
    # "does it notify me?" asks to be told as "will they tell me?" does
    copying = Excerpt("You may not copy or share another Member's photos outside the Service without permission.")
    asked = "If someone screenshots our chat or my photos, does Meetly notify me?"
    assert _decide(asked, [copying, changes], [0], "yes", 2.0).verdict == "not_addressed"
    breach = Excerpt("If a breach of security affects your personal data, Meetly will notify you within 72 hours.")
    assert _decide("If Meetly gets hacked, will they tell me?", [breach, changes], [0], "yes", 2.0).verdict == "yes"
    # Told of what the main clause itself names, the scene is left alone.
    asked = "We pay for Meetly. Will they warn me before they change the terms?"
    assert _decide(asked, [changes, staff], [0], "yes", 2.0).verdict == "yes"


def test_the_telling_and_what_is_told_are_in_one_clause() -> None:
    # GitHub's clause on confidential information gives "notice" of legal demands and speaks of a
    # "breach of this Agreement"; the clause beside it protects repositories from "unauthorized"
    # access. Neither says GitHub would tell you of a hack, and together they had made a verdict.
    confidential = Excerpt(
        "Confidential Information excludes what becomes public without breach of this Agreement. We may "
        "disclose it as the law compels, provided we give you reasonable advance written notice."
    )
    protect = Excerpt("Meetly protects the contents of private projects from unauthorized use or access.")
    asked = "If Meetly gets hacked and my data leaks, will they let me know?"
    assert _decide(asked, [confidential, protect], [0, 1], "yes", 2.0).verdict == "not_addressed"
    # Nor is the user telling the service: "notify us of any unauthorized use of your account".
    yours = Excerpt("You must notify us immediately of any unauthorized use of your account or password.")
    assert _decide(asked, [yours, protect], [0, 1], "yes", 2.0).verdict == "not_addressed"
    # A breach of security is still a hack, and one clause with both answers.
    breach = Excerpt("If a security breach exposes your personal data, Meetly will give you notice within 72 hours.")
    assert _decide(asked, [breach, protect], [0, 1], "yes", 2.0).verdict == "yes"
    # Asked nothing about being told, the cited clauses together still speak of what is asked.
    asked = "Can Meetly hand my data over to the police?"
    police = Excerpt("Meetly may respond to requests from law enforcement.")
    sharing = Excerpt("Meetly may share your data with its processors.")
    assert _decide(asked, [police, sharing], [0, 1], "yes", 2.0).verdict == "yes"


def test_a_scene_that_changes_the_answer_is_looked_for_before_the_question() -> None:
    # "If I die, ..." was answered from the clause on a parent's permission, and "If Meetly gets
    # bought ..." from the clause on vendors: the asked part alone shares words with both.
    parent = Excerpt("If you are under 16, your parent or family member must agree to these terms for you.")
    asked = "If I die, can my family get into my Meetly account?"
    answer = _decide(asked, [parent, LICENCE], [0], "yes", 2.0)
    assert answer.verdict == "not_addressed" and "die" in answer.reason
    vendors = Excerpt("Meetly shares personal data with vendors who help it run the Services.")
    asked = "If Meetly gets bought by another company, can they hand my data over to the buyer?"
    assert _decide(asked, [vendors, LICENCE], [0], "yes", 2.0).verdict == "not_addressed"
    merger = Excerpt("Meetly may share personal data with acquirers in any sale, merger or acquisition of its assets.")
    assert _decide(asked, [merger, vendors], [0], "yes", 2.0).verdict == "yes"
    # "another company buys ..., ... to the new owner" speaks of it too.
    owner = Excerpt("If another company buys Meetly, your personal data will be transferred to the new owner.")
    assert _decide(asked, [owner, vendors], [0], "yes", 2.0).verdict == "yes"
    # Another scene before the question is still not asked about.
    copy = Excerpt("After cancellation you may request a copy of your content within 90 days.")
    asked = "If I shut down my account, can I still ask for a copy of my stuff?"
    assert _decide(asked, [copy, LICENCE], [0], "yes", 2.0).verdict != "not_addressed"


def test_a_way_to_say_no_answers_can_i_stop_them() -> None:
    # "unless you opt out through your account settings" is the answer to "Can I stop them?", not
    # a condition on it; the verdict had been conditional.
    training = Excerpt(
        "You grant Meetly a license to use your prompts to train its models, unless you opt out through "
        "your account settings."
    )
    asked = "Can I stop Meetly from using my prompts to train their models?"
    assert _decide(asked, [training, LICENCE], [0], "yes", 2.0).verdict == "yes"
    assert _decide(asked, [training, LICENCE], [0], "no", -1.0).verdict == "yes"
    # Asked whether they may, the opt-out is still the condition.
    assert _decide("Can Meetly use my prompts to train its models?", [training], [0], "yes", 2.0).verdict == (
        "conditional"
    )
    # A way out that is denied is none.
    emails = Excerpt("You cannot opt out of service emails about your account, such as billing notices.")
    assert _decide("Can I stop getting service emails from Meetly?", [emails], [0], "no", -2.0).verdict == "no"


def test_their_written_approval_is_a_condition() -> None:
    # "You agree not to ... sell ... your account ... without our prior written approval": selling
    # is allowed with Discord's approval. The yes reading was a plain yes, and a no reading a
    # plain no, because the consent was "our prior written" one, three words before it.
    transfer = Excerpt(
        "You agree not to license, sell, lend, or transfer your account, username, or other unique "
        "identifier without our prior written approval."
    )
    asked = "Can I sell my Meetly account to somebody else?"
    assert _decide(asked, [transfer, LICENCE], [0], "yes", 1.0).verdict == "conditional"
    assert _decide(asked, [transfer, LICENCE], [0], "no", -1.0).verdict == "conditional"
    # A flat prohibition stays a no.
    flat = Excerpt("You agree not to license, sell, lend, or transfer your account to anyone.")
    assert _decide(asked, [flat, LICENCE], [0], "no", -1.0).verdict == "no"


def test_a_promise_kept_except_in_some_cases_is_conditional() -> None:
    # Google promises notice and a chance to export "except in urgent situations such as preventing
    # abuse"; the yes was plain.
    notice = Excerpt(
        "If we stop offering a service, we'll give you reasonable advance notice and a chance to export "
        "your content, except in urgent situations such as preventing abuse."
    )
    asked = "If Meetly shuts down a service I use, will I get a warning first?"
    assert _decide(asked, [notice, LICENCE], [0], "yes", 2.0).verdict == "conditional"
    # An exception the law makes leaves the promise as it is.
    lawful = Excerpt(
        "If we stop offering a service, we'll give you reasonable advance notice, except where prohibited by law."
    )
    assert _decide(asked, [lawful, LICENCE], [0], "yes", 2.0).verdict == "yes"


def test_a_condition_on_one_item_of_a_list_leaves_the_others_alone() -> None:
    # Only the case study of item (ii) needs approval; the logo of item (i) does not.
    logo = Excerpt(
        "You grant Meetly the right to (i) identify you as a customer and use your logo in Meetly marketing "
        "materials, and (ii) develop content about your experience as a customer, such as a case study. Any "
        "content created under the foregoing clause (ii) will be used only upon your written approval."
    )
    asked = "Can Meetly put our logo on its website as one of its customers?"
    assert _decide(asked, [logo, LICENCE], [0], "yes", 2.0).verdict == "yes"
    asked = "Can Meetly publish a case study about our experience as a customer?"
    assert _decide(asked, [logo, LICENCE], [0], "yes", 2.0).verdict == "conditional"


def test_what_someone_else_may_see_depending_on_their_settings_is_conditional() -> None:
    owners = Excerpt(
        "Depending on their settings, account owners can see the content of messages sent to and from users "
        "on their account."
    )
    asked = "My company runs our Meetly account. Can my boss read the private messages I send a coworker?"
    assert _decide(asked, [owners, LICENCE], [0], "yes", 2.0).verdict == "conditional"


def test_what_you_assign_away_you_no_longer_own() -> None:
    # The 1.5B model read Zoom's clause on feedback as yes.
    feedback = Excerpt(
        "If you send us feedback, including any ideas or suggestions for new features, you acknowledge that "
        "Meetly owns, and shall retain ownership of, all right, title, and interest in such Feedback."
    )
    asked = "If our engineers send Meetly ideas for new features, do we still own those ideas?"
    assert _decide(asked, [feedback, LICENCE], [0], "yes", 2.0).verdict == "no"
    assigned = Excerpt("You hereby irrevocably assign to Meetly all right, title and interest in any ideas you submit.")
    assert _decide(asked, [assigned, LICENCE], [0], "yes", 2.0).verdict == "no"
    # What you keep, or what the sentence does not name, is left to the reading.
    keeps = Excerpt("You retain all right, title and interest in your recordings; Meetly owns the Services.")
    assert _decide("Do I still own my recordings?", [keeps, LICENCE], [0], "yes", 2.0).verdict == "yes"
    customer = Excerpt("Customer retains all ownership of its recordings, and the user retains ownership of notes.")
    assert _decide("Do we still own our recordings?", [customer, LICENCE], [0], "yes", 2.0).verdict == "yes"
    # What the user keeps answers both ways of asking (the model read the second as yes).
    retains = Excerpt("As between you and Meetly, you retain all ownership rights in your Content.")
    assert _decide("Do I still own my recordings?", [retains, LICENCE], [0], "no", -2.0).verdict == "yes"
    asked = "Once I upload my pictures, does Meetly own them?"
    assert _decide(asked, [retains, LICENCE], [0], "yes", 2.0).verdict == "no"
    unclaimed = Excerpt("Meetly won't claim ownership over that content.")
    assert _decide("does meetly own the stuff i write?", [unclaimed, LICENCE], [0], "yes", 2.0).verdict == "no"
    kept = Excerpt("By uploading recordings you do not assign any right, title or ownership in them to Meetly.")
    assert _decide("Do I still own my recordings?", [kept, LICENCE], [0], "yes", 2.0).verdict == "yes"
    # A thing the terms say is not yours, asked as people ask: the model read it as yes.
    number = Excerpt(
        "If Meetly gives you a phone number, you agree that you do not own the number or have a right to keep"
        " it forever."
    )
    asked = "got a meetly number for my little shop. that number is mine now, right? like for good?"
    assert _decide(asked, [number, LICENCE], [0], "yes", 2.0).verdict == "no"


def test_a_class_action_waiver_answers_whether_one_can_join_a_class_action() -> None:
    waiver = Excerpt(
        "YOU AND MEETLY AGREE THAT EACH MAY BRING CLAIMS AGAINST THE OTHER ONLY IN AN INDIVIDUAL CAPACITY, AND NOT "
        "AS A PLAINTIFF OR CLASS MEMBER IN ANY PURPORTED CLASS PROCEEDING. THIS APPLIES EVEN IF YOU OPT OUT OF "
        "ARBITRATION."
    )
    asked = "Could I join a class action lawsuit against Meetly if something goes wrong?"
    assert _decide(asked, [waiver, LICENCE], [0], "yes", 2.0).verdict == "no"  # (the model's reading)
    asked = "Am I giving up my right to join a class action against Meetly?"
    assert _decide(asked, [waiver, LICENCE], [0], "no", -2.0).verdict == "yes"
    lifted = Excerpt("Unless you opt out of arbitration, you waive any right to a class action.")
    assert _decide("Can I join a class action against Meetly?", [lifted], [0], "no", -2.0).verdict == "conditional"


def test_royalty_free_is_not_free() -> None:
    # Every licence clause is "royalty-free": it does not speak of a free trial, and a "no" read
    # from it is a verdict the clause does not support.
    licence = Excerpt("You grant Meetly a worldwide, non-exclusive, royalty-free licence to host Your Content.")
    decision = _decide("Does Meetly have a free trial?", [licence, SELLS, CONSENT], [0], "no", -2.0)
    assert decision.verdict == "not_addressed"
    assert "free" not in terms("a royalty-free, error-free, hands-free licence")
    assert terms("Basic accounts are free") == ["basic", "account", "free"]
    assert "free" in terms("the service is cost-free")
    # "made free and clear of any deduction" was cited for "Is there a free version of Zoom?"
    assert "free" not in terms("All payments will be made free and clear of any deduction or withholding.")


def test_a_class_action_is_one_word_and_probed_when_no_document_has_it() -> None:
    # Google's terms have no class action; "Am I giving up my right to join a class action lawsuit?"
    # was answered "no" from the suspension clause ("Google reserves the right to suspend ...").
    assert terms("a class-action waiver") == terms("a class action waiver") == ["class", "action", "classact", "waiver"]
    assert "classact" not in terms("Google may take action against this class of abuse")
    asked = "Am I giving up my right to join a class action lawsuit against Google?"
    # (Google's terms do have "action", as in "take action")
    assert "class action" in unnamed_words(asked, set(terms("right join Google lawsuit take action")))
    assert "class action" not in unnamed_words(asked, set(terms("right join Google lawsuit class action")))
    # So is single sign-on: "signed an order form" had grounded a yes to it.
    asked = "Can our staff log in with our company's single sign-on?"
    assert "single sign-on" in unnamed_words(asked, set(terms("staff log company sign order form")))
    assert "two-factor" in unnamed_words("Does Meetly offer two-factor login?", set(terms("Meetly offer factor login")))


def test_a_hyphenated_idiom_is_one_word() -> None:
    # "end" of "end-to-end encrypted" matched "End Users", and such a clause grounded a verdict.
    assert "end" not in terms("Are my calls end-to-end encrypted?")
    assert "end" in terms("You are responsible for your End Users.")
    assert terms("up-to-date") == terms("up-to-date") != terms("up to date")
    assert terms("non-exclusive") == ["non", "exclus"]


def test_words_said_plainly_are_not_probed() -> None:
    # "poke around" is looked for as access, review or monitoring (lay_terms); asked whether the
    # terms mention "poke", the model said no, and the question went unanswered.
    asked = unnamed_words("Can GitHub employees poke around in my private repos?", set())
    assert "poke" not in asked and "repos" not in asked
    assert unnamed_words("Does Meetly use blockchain?", set(terms("Meetly"))) == ["blockchain"]


def test_which_company_is_answered_only_by_a_company_named() -> None:
    # "our payment processor" and "third parties" name none; the model cited such clauses as answers.
    assert answer_kind("Which company actually processes my card when I buy Nitro?") == "company"
    assert answer_kind("Which cloud company hosts Meetly's servers?") == "company"
    processor = Excerpt("Payments are handled by our payment processor on our behalf when you buy a plan.")
    assert _open("Which company processes my card when I buy a plan?", processor) == "not_addressed"
    entity = Excerpt(
        "If your account is billed to an address in India, the contracting entity under this Agreement "
        "shall be Meetly's affiliate, Meetly India Pvt. Ltd."
    )
    assert _open("My account is billed in India. Which company is my contract with?", entity) == "answered"
    # A professional association is a company too ("Nook Medical Group, P.A.").
    practice = Excerpt("Clinicians on Meetly Health practise through Meetly Medical Group, P.A., a Texas company.")
    assert _open("Which legal entity do the clinicians practise through?", practice) == "answered"
    warranty = Excerpt("Our Limited Warranty is the only warranty for the contract with the company.")
    assert _open("Which company is my contract with?", warranty) == "not_addressed"


def test_the_police_are_not_any_law() -> None:
    # The sample's clause on recordings ("getting any consent the law requires") was cited for "no".
    recordings = Excerpt(
        "Only the meeting host can start a cloud recording. The host is responsible for telling "
        "participants that a meeting is being recorded and for getting any consent the law requires."
    )
    asked = "Will Meetly hand my recordings over to the police?"
    assert _decide(asked, [recordings, LICENCE], [0], "no", -2.0).verdict == "not_addressed"
    requests = Excerpt("Meetly discloses recordings to law enforcement only when a valid warrant requires it.")
    assert _decide(asked, [requests, LICENCE], [0], "yes", 2.0).verdict != "not_addressed"


def test_information_is_no_telling_and_letting_you_know_is() -> None:
    # "information" stems to "inform": Zoom's clause on communicating "contact information" was read
    # as speaking of telling the user before handing data to the police.
    contact = Excerpt("We use your contact information to send you product updates.")
    legal = Excerpt("Meetly may share personal data as needed to respond to law enforcement requests.")
    asked = "If the police ask Meetly for my data, will Meetly tell me before handing it over?"
    assert _decide(asked, [contact, legal], [0, 1], "yes", 2.0).verdict == "not_addressed"
    removed = Excerpt("If we remove content you shared, we'll let you know and explain your options.")
    asked = "Will Meetly tell me if it removes content I uploaded?"
    assert _decide(asked, [removed, LICENCE], [0], "yes", 2.0).verdict == "yes"


def test_a_feature_only_on_if_you_switch_it_on_is_conditional() -> None:
    faces = Excerpt(
        "Meetly offers optional Smart Features such as grouping recordings by the faces they show. Smart "
        "Features are off when you create your account and are only activated if you switch them on in Settings."
    )
    asked = "does meetly run face recognition on my recordings"
    assert _decide(asked, [faces, LICENCE], [0], "yes", 3.0).verdict == "conditional"
    plain = Excerpt("Meetly groups recordings by the faces they show to make them easier to find.")
    assert _decide(asked, [plain, LICENCE], [0], "yes", 3.0).verdict == "yes"


def test_a_no_that_holds_only_until_you_agree_is_conditional() -> None:
    price = Excerpt(
        "We will not raise the price of your plan during a billing period you have paid for. A higher price "
        "for later periods applies only if you expressly agree to it. If you do not, your plan continues."
    )
    asked = "Can Meetly raise the subscription price when my plan renews?"
    assert _decide(asked, [price, LICENCE], [0], "yes", -0.5 - 1.0).verdict == "conditional"
    fixed = Excerpt("We will not raise the price of your plan during a billing period you have paid for.")
    assert _decide(asked, [fixed, LICENCE], [0], "yes", -0.5 - 1.0).verdict == "no"


def test_how_many_people_is_answered_by_the_people_a_plan_counts_in_its_own_words() -> None:
    household = Excerpt(
        '"Household" means the Meetly holder and up to four additional riders at the same address, each '
        "under a separate profile."
    )
    asked = "how many people in my house can get their own profile on one meetly plan?"
    assert answer_kind(asked) == "people"
    assert _open(asked, household) == "answered"
    silent = Excerpt('"Household" means the Meetly holder and the riders at the same address, each with a profile.')
    assert _open(asked, silent) == "not_addressed"


def test_servers_in_a_named_city_say_where_it_is_kept() -> None:
    asked = "Where are my Meetly recordings stored?"
    city = Excerpt("All recordings are stored on servers in data centres in Frankfurt am Main.")
    assert _open(asked, city) == "answered"
    section = Excerpt("Recordings are stored as described in Section 9 and deleted on request.")
    assert _open(asked, section) == "not_addressed"


def test_getting_deleted_things_back_is_spoken_of_as_restoring_them() -> None:
    bin_ = Excerpt("Items you delete are moved to the Bin, where you can restore them for 30 days.")
    asked = "how long can i get back recordings i deleted by mistake?"
    assert _open(asked, bin_) == "answered"
    elsewhere = Excerpt("You can export your recordings at any time for 30 days after you close your account.")
    assert _open(asked, elsewhere) == "not_addressed"


def test_a_clause_the_model_did_not_pick_decides_when_only_it_speaks_of_what_is_asked() -> None:
    ads = Excerpt("You grant Meetly a free licence to use your profile photo in any media, including in advertising.")
    profile = Excerpt("Your profile shows your username and profile photo to other members.")
    free = Excerpt("Free plans show advertising between meetings.")
    asked = "can meetly stick my profile pic and username in their ads without paying me?"
    decision = _decide(asked, [ads, profile, free, LICENCE], [1], "yes", 1.0)
    assert decision.verdict == "yes" and decision.cited[0] == 0
    # No excerpt speaks of ads: still not addressed.
    decision = _decide(asked, [profile, LICENCE], [0], "yes", 1.0)
    assert decision.verdict == "not_addressed" and "ads" in decision.reason


def test_what_the_user_need_never_do_answers_do_i_have_to() -> None:
    never = Excerpt(
        "Businesses pay Meetly a service fee for each booking, and Hosts never pay a fee to claim or run a Meeting."
    )
    asked = "do i have to pay anything to grab a meeting on the app?"
    assert _decide(asked, [never, LICENCE], [0], "yes", 1.0).verdict == "no"
    fee = Excerpt("Hosts pay a fee of $2 to claim a Meeting, deducted from their earnings.")
    assert _decide(asked, [fee, LICENCE], [0], "yes", 1.0).verdict == "yes"
    # What the service does not do is no answer to what the user must do, nor a denial with an exception.
    unless = Excerpt("Hosts never pay a fee to claim a Meeting unless they choose Priority booking.")
    assert _decide(asked, [unless, LICENCE], [0], "yes", 1.0).verdict != "no"


def test_a_passive_denial_about_something_else_denies_nothing() -> None:
    # "Face Templates are never used to train models" says nothing of the recordings asked about, which
    # are used only once you switch the setting on.
    training = Excerpt(
        "We will use Recordings to train our machine learning models only if you have turned on the Help "
        "Improve Meetly setting. Face Templates are never used to train models."
    )
    asked = "do they use my doorbell videos to train their AI?"
    assert _decide(asked, [training, LICENCE], [0], "yes", 1.0).verdict == "conditional"


def test_footage_is_what_terms_call_recordings() -> None:
    assert "recordings" in contract_words("can they sell my footage??")
    no_sale = Excerpt("We do not sell Recordings or Face Templates to third parties.")
    assert _decide("can they sell my footage??", [no_sale, LICENCE], [0], "yes", 1.0).verdict == "no"


def test_sending_something_back_is_returning_it() -> None:
    assert "return" in contract_words("can i send back an ebook i bought if i didnt like it")


def test_a_comparison_is_not_a_word_the_terms_must_use() -> None:
    vocabulary = set(terms("Meetly will not use your Works to train generative artificial intelligence models."))
    assert unnamed_words("is meetly gonna use my novel to train chatgpt-style AI?", vocabulary) == []
    assert unnamed_words("is meetly gonna use my novel to train chatgpt?", vocabulary) == ["chatgpt"]


def test_a_condition_typed_without_a_comma_is_the_scene_not_the_question() -> None:
    assert is_open_question("once we close the account how long do we have to pull our data out?")
    assert not is_open_question("if i cancel do i get a refund?")
    assert is_open_question("if my account is deleted what happens to my photos?")
    assert is_open_question("when does my plan renew?")


def test_a_setting_an_admin_can_turn_off_is_a_condition() -> None:
    admin = Excerpt(
        "Unless an Admin has turned off the Product Improvement setting for your Account, we may use Customer "
        "Data in de-identified form to train the machine learning models that power the Services."
    )
    asked = "do they train their ML on our invoice data?"
    assert _decide(asked, [admin, LICENCE], [0], "yes", 2.0).verdict == "conditional"


def test_a_thing_asked_for_by_name_needs_a_clause_that_names_it() -> None:
    # Blind questions answered from a clause beside the thing asked: a free trial from the plan fees,
    # a student discount from the price list, encryption from who may view recordings, GPS data from
    # sharing links, a breach notice from notices of changes.
    fees = Excerpt("Paid plans are billed monthly in advance. You can change plans at any time in Settings.")
    assert _decide("is there a free trial before we have to pay for a plan?", [fees], [0], "no", -2.0).verdict == (
        "not_addressed"
    )
    assert _decide("is there a student discount for the plus plan", [fees], [0], "no", -2.0).verdict == "not_addressed"
    trial = Excerpt(
        "New members get a 14-day free trial of any paid plan; you will not be charged if you cancel first."
    )
    assert _decide("is there a free trial before we have to pay for a plan?", [trial], [0], "yes", 2.0).verdict == "yes"
    sale = Excerpt("Paid plans may be offered at a reduced price for students with a valid school email.")
    assert _decide("is there a student discount for the plus plan", [sale], [0], "yes", 2.0).verdict == "yes"
    viewers = Excerpt("Household Members can view Recordings from the Devices the Account Holder shares with them.")
    asked = "are my videos encrypted end to end so even meetly cant watch them?"
    assert _decide(asked, [viewers], [0], "yes", 1.0).verdict == "not_addressed"
    links = Excerpt("Anyone with an album link can see the photos in that album until you turn the link off.")
    asked = "when i share an album link does it strip the gps location from my photos?"
    assert _decide(asked, [links], [0], "no", -1.0).verdict == "not_addressed"
    changes = Excerpt("If we make material changes to these Terms, we will notify users by email.")
    asked = "Does the provider commit to notifying users if their personal data is affected by a security breach?"
    assert _decide(asked, [changes], [0], "yes", 1.0).verdict == "not_addressed"
    breach = Excerpt("We will notify affected users without undue delay if a security incident exposes personal data.")
    assert _decide(asked, [breach], [0], "yes", 1.0).verdict == "yes"
    # "pre-order" is no order, the file types no file.
    orders = Excerpt("Readers can order any Work from its page; orders are confirmed by email.")
    asked = "Can an author set up a pre-order period before a book's release date?"
    assert _decide(asked, [orders], [0], "yes", 1.0).verdict == "not_addressed"
    upload = Excerpt("You may upload manuscript files to your dashboard and replace them before publication.")
    assert _decide("what file types can i upload my manuscript as?", [upload], [0], "answered", 0.0).verdict == (
        "not_addressed"
    )
    formats = Excerpt("Manuscripts can be uploaded as DOCX, EPUB or PDF files of up to 50 MB.")
    assert _decide("what file types can i upload my manuscript as?", [formats], [0], "answered", 0.0).verdict == (
        "answered"
    )


def test_how_long_or_how_much_after_a_scene_is_open_without_a_comma_or_mark() -> None:
    # Blind questions typed as people type them were read as yes or no.
    assert is_open_question("if i nuke my meetly account how long till they actually wipe my info")
    assert is_open_question("if meetly shuts down for good how much warning do we get")
    assert is_open_question("a bag was missing from my box, how long do i have to tell them")
    assert not is_open_question("a bag was missing from my box, can i get a refund")
    assert not is_open_question("The Receiving Party may share notes, which include summaries of the meeting.")
    # The ending is for good: the clause on shutting down answers, though it says no "forever".
    shutdown = Excerpt("If we close the whole service, we'll give you at least 60 days' notice.")
    assert _open("if meetly shuts down for good how much warning do we get", shutdown) == "answered"


def test_what_cannot_be_done_at_all_is_no_after_a_scene() -> None:
    # The model picked the clauses on print products in general over the one that decides.
    prints = Excerpt("Print Products are made to order and shipped within five working days.")
    final = Excerpt(
        "Because prints are custom made, print orders cannot be cancelled, changed, or refunded once you submit them."
    )
    asked = "ordered a photo book by mistake 5 min ago, can i still cancel it?"
    decision = _decide(asked, [prints, final], [0], "yes", 1.0)
    assert decision.verdict == "no" and 1 in decision.cited
    # Not where the sentence lets it be done in some case, nor of another act.
    window = Excerpt("Print orders cannot be cancelled after 24 hours, except where the law requires.")
    assert _decide(asked, [prints, window], [0], "yes", 1.0).verdict != "no"
    assert _decide(
        "ordered a photo book, can i change the shipping address?", [prints, final], [0], "yes", 1.0
    ).verdict != ("no")


def test_a_setting_that_must_be_on_or_an_except_that_makes_the_answer_conditional() -> None:
    # Blind questions the 1.5B model read as plain yes.
    setting = Excerpt(
        "We will use your Content to train our machine learning models only if the Improvement Setting is turned "
        "on for your Account. The Improvement Setting is off by default."
    )
    assert _decide("will they use my photos to train their AI stuff?", [setting], [0], "yes", 1.5).verdict == (
        "conditional"
    )
    optional = Excerpt(
        "Verifying with a selfie is optional, except that we may require you to verify your Profile if our systems "
        "flag your account as potentially fake."
    )
    asked = "do i HAVE to upload a selfie to verify or is it optional"
    assert _decide(asked, [optional], [0], "yes", 1.0).verdict == "conditional"
    # Not a setting named in passing, nor an exception the law makes.
    plain = Excerpt("We use your Content to train our models. You can see the Improvement Setting in the app.")
    assert _decide("will they use my photos to train their AI stuff?", [plain], [0], "yes", 1.5).verdict == "yes"
    law = Excerpt("We delete your Content within 30 days, except where the law requires us to keep it.")
    assert _decide("Will Meetly delete my content when I leave?", [law], [0], "yes", 1.5).verdict == "yes"


def test_a_clause_that_only_defines_a_term_does_not_decide_before_the_one_that_uses_it() -> None:
    defines = Excerpt('2.4 **"Reliability Score"** means the score shown on your profile that Businesses can see.')
    rule = Excerpt(
        "7.1 You can cancel a Shift without penalty up to 24 hours before it starts. Later cancellations lower "
        "your Reliability Score, unless you cancel because of illness and upload supporting information."
    )
    decision = _decide("will dropping a shift wreck my reliability score", [defines, rule], [0, 1], "yes", 1.8)
    assert decision.cited[0] == 1 and decision.verdict == "conditional"


def test_what_only_one_party_may_do_asked_of_another_is_no() -> None:
    only = Excerpt(
        "Household Members can view Recordings from shared Devices, but only the Account Holder can delete "
        "Recordings, change the Storage Window, or share Recordings with the police."
    )
    views = Excerpt("Household Members can view Recordings from the Devices shared with them.")
    asked = "my roommate has access to my cams through my account - can she delete videos?"
    assert _decide(asked, [views, only], [0, 1], "yes", 1.0).verdict == "no"
    owner = Excerpt("Only the Account Owner may close the Account or change the Payout Account.")
    asked = "Can one of our admin users switch the payout account?"
    assert _decide(asked, [owner], [0], "yes", 1.0).verdict == "no"
    # Asked of the party itself, or of another act, it is left to the reading.
    assert _decide("Can the account owner change the payout account?", [owner], [0], "yes", 1.0).verdict == "yes"
    assert _decide("my roommate - can she view the videos?", [views, only], [0, 1], "yes", 1.0).verdict == "yes"
    # The service is no other party: the clause says nothing of what the company may delete.
    asked = "Can the company delete recordings from my cameras?"
    assert _decide(asked, [views, only], [0, 1], "yes", 1.0).verdict == "yes"


def test_a_share_asked_for_needs_a_number_and_an_age_is_no_number_of_months() -> None:
    # Blind questions read as answered by clauses that state neither.
    fee = Excerpt("Meetly's service fee is a percentage of the booking price and is not refundable.")
    assert answer_kind("what % does meetly take as its service fee") == "count"
    assert _open("what % does meetly take as its service fee", fee) == "not_addressed"
    stated = Excerpt("Meetly's service fee is 12% of the booking price.")
    assert _open("what % does meetly take as its service fee", stated) == "answered"
    months = Excerpt("Please don't book a Host outside Meetly for 12 months after you first meet them here.")
    assert _open("how old do the hosts on meetly have to be?", months) == "not_addressed"
    age = Excerpt("Hosts must be at least 21 years old and hold a valid licence.")
    assert _open("how old do the hosts on meetly have to be?", age) == "answered"


def test_a_company_named_as_the_one_who_processes_answers_which_company() -> None:
    adyen = Excerpt("Card payments are processed by Adyen. We share your name and card details with Adyen.")
    assert _open("Which company processes card payments on Meetly?", adyen) == "answered"
    # the service itself, or a section, is no company named
    own = Excerpt("Card payments are processed by Meetly on our own payment systems.")
    assert _open("Which company processes card payments on Meetly?", own) == "not_addressed"


def test_a_party_the_question_names_that_may_not_do_it_is_a_no() -> None:
    # The model read "Learners cannot book or pay for lessons" as yes.
    rule = Excerpt(
        "Learners aged 13 and over can be given a Learner login, which lets them join lessons and view homework. "
        "Learners cannot book or pay for lessons."
    )
    asked = "my 15 yr old has her own learner login, can she book her chemistry lessons herself with it"
    assert _decide(asked, [rule, LICENCE], [0], "yes", 1.0).verdict == "no"
    # not when the question does not name the party, nor for another act
    assert _decide("can she book her chemistry lessons herself", [rule, LICENCE], [0], "yes", 1.0).verdict == "yes"
    asked = "my daughter has a learner login, can she view her homework with it"
    assert _decide(asked, [rule, LICENCE], [0], "yes", 1.0).verdict == "yes"


def test_off_by_default_and_on_when_an_admin_turns_it_on_is_conditional() -> None:
    setting = Excerpt(
        "On the Team plans, training is off by default. If a workspace admin turns on Help improve Meetly, the "
        "workspace's content can be used for training from then on."
    )
    asked = "on the team plan will our docs get used to train meetly's models"
    assert _decide(asked, [setting], [0], "yes", 1.5).verdict == "conditional"


def test_what_is_left_of_a_thing_is_not_asked_about() -> None:
    # "leftover" is no topic of its own: the model, asked whether the terms mention it, said no.
    asked = unnamed_words("can i give my leftover meetly promo credits to a friend?", set(terms("Meetly promo")))
    assert "leftover" not in asked


def test_nothing_done_denies_it_and_a_name_asked_after_the_scene_is_the_service() -> None:
    # The service's name, unknown to the excerpts and typed lower-case after a scene with no comma, was
    # no subject, so the denial was not read (the model said yes).
    assert main_clause("if my card bounces will meetly delete our stuff") == "will meetly delete our stuff"
    assert main_clause("if i can get a refund will it be quick") == "will it be quick"
    missed = Excerpt(
        "If a payment fails, we'll retry it over 14 days. Nothing gets deleted because of a missed payment."
    )
    other = Excerpt("When you delete a document, it goes to Trash for 30 days.")
    asked = "if my card bounces will meetly delete our stuff"
    assert _decide(asked, [missed, other], [0], "yes", 1.0).verdict == "no"
    # not when something is deleted
    deleted = Excerpt("If a payment fails twice, we delete the workspace after 30 days.")
    assert _decide(asked, [deleted, other], [0], "yes", 1.0).verdict == "yes"


def test_what_is_not_transferable_may_not_be_given_on() -> None:
    credits = Excerpt("Promotional credits have no cash value, are not transferable and expire on the stated date.")
    asked = "can i give my leftover meetly promo credits to a friend, or cash them out?"
    assert _decide(asked, [credits, LICENCE], [0], "yes", 1.0).verdict == "no"
    # not a licence that is not transferable, for an account
    licence = Excerpt("We grant you a personal, non-transferable licence to use the Meetly app.")
    asked = "can i give my meetly account to my brother?"
    assert _decide(asked, [licence, LICENCE], [0], "yes", 1.0).verdict == "yes"


def test_a_yes_or_no_question_after_a_comma_needs_no_mark_and_its_scene_asks_nothing() -> None:
    # "without asking" sets the scene; "kid" is not what is asked about (the cited clauses need not name one).
    asked = "my kid bought a load of gems on my card without asking, can i get the money back"
    assert main_clause(asked) == "can i get the money back"
    gems = Excerpt(
        "Purchases of Gems are final. Except where required by law or by the refund policy of the store you "
        "bought them from, Gems are non-refundable."
    )
    assert _decide(asked, [gems, LICENCE], [0], "yes", -0.5).verdict == "conditional"


def test_conditions_provided_that_as_long_as_and_where_the_law_allows() -> None:
    close = Excerpt(
        "You may delete your account at any time, provided that you have no open Transactions or unresolved claims."
    )
    assert _decide(
        "can i just delete my meetly account whenever i feel like it?", [close], [0], "yes", 1.6
    ).verdict == ("conditional")
    mods = Excerpt(
        "Cosmetic mods such as crosshair overlays are allowed on PC as long as they do not read or change game memory."
    )
    assert _decide("Am I allowed to use a custom crosshair overlay on PC?", [mods], [0], "yes", 2.6).verdict == (
        "conditional"
    )
    told = Excerpt("Where the law allows, we will tell you about a request before we disclose anything.")
    asked = "If the police ask Meetly for my recordings, will I be told before they hand them over?"
    assert _decide(asked, [told], [0], "yes", 3.2).verdict == "conditional"
    # a duration is no condition
    kept = Excerpt("We keep your recordings for as long as your account is open.")
    assert _decide("Does Meetly keep my recordings while my account is open?", [kept], [0], "yes", 2.0).verdict == (
        "yes"
    )


def test_a_refund_within_days_for_something_cancelled_is_conditional() -> None:
    spotlight = Excerpt(
        "The price of a Spotlight is displayed before you confirm, and a Spotlight that has not yet started can be "
        "cancelled for a full refund within 14 days."
    )
    asked = "paid for a spotlight on my listing and changed my mind, can i get my money back"
    assert _decide(asked, [spotlight, LICENCE], [0], "yes", 1.0).verdict == "conditional"


def test_if_you_do_not_agree_is_no_prohibition() -> None:
    # "If you do not agree with them, please do not complete setup; you can instead return an unused Device"
    # was read as forbidding the return.
    returns = Excerpt(
        "If you bought a Device directly from us, you may return it within 30 days of delivery for a full refund. "
        "If you do not agree with the terms, please do not complete setup; you can instead return an unused Device "
        "for a refund."
    )
    asked = "Can I return my Meetly speaker for a full refund if I decide I don't want to accept the terms?"
    assert _decide(asked, [returns, LICENCE], [0], "yes", 2.0).verdict == "conditional"


def test_a_limit_on_how_many_asks_for_a_number_and_an_appeal_must_be_spoken_of() -> None:
    assert quantity_asked("Is there a limit on how many Creations I can publish?") == "count"
    creations = Excerpt("You keep ownership of your Creations and may publish them to the Meetly gallery.")
    assert _decide("Is there a limit on how many Creations I can publish?", [creations], [0], "yes", 0.5).verdict == (
        "not_addressed"
    )
    bans = Excerpt("If we find that you cheated, we may ban your account from Meetly Games.")
    asked = "got banned for cheating but i swear i didnt cheat, is there a way to appeal it"
    assert _decide(asked, [bans, LICENCE], [0], "yes", 0.9).verdict == "not_addressed"
    review = Excerpt("If we ban your account for cheating, you may ask us to review the decision within 30 days.")
    assert _decide(asked, [review, LICENCE], [0], "yes", 0.9).verdict != "not_addressed"


def test_a_window_in_hours_after_you_also_have_is_a_condition() -> None:
    annual = Excerpt(
        "If you cancel an annual pass within 48 hours of buying it and have not used it for any Ride, we will "
        "refund it in full."
    )
    asked = "bought the annual pass yesterday and already regret it, can i get my money back"
    assert _decide(asked, [annual, LICENCE], [0], "yes", 0.6).verdict == "conditional"
    legal = Excerpt(
        "If you live in the UK or the EU, you also have the legal right to cancel within 14 days of first "
        "subscribing and receive a refund."
    )
    asked = "signed up for the yearly sub and want out, can i get my money back"
    assert _decide(asked, [legal, LICENCE], [0], "yes", 0.9).verdict == "conditional"


def test_open_questions_after_a_scene_typed_without_a_mark() -> None:
    assert main_clause("membership ends next week, what happens to whatever i leave in my locker") == (
        "what happens to whatever i leave in my locker"
    )
    assert is_open_question("membership ends next week, what happens to whatever i leave in my locker")
    asked = "if the ebike gets nicked while im in a shop whats the most they can bill me"
    assert main_clause(asked) == "whats the most they can bill me"
    assert is_open_question(asked)


def test_what_is_kept_for_years_or_whatever_you_do_is_not_deleted() -> None:
    log = Excerpt(
        "We keep each room's entry log for five years from the date of each entry, even if you remove the room "
        "or close your account."
    )
    asked = "If I close my Meetly account, will the record of who came in and out of my office be deleted?"
    assert _decide(asked, [log, LICENCE], [0], "yes", 0.7).verdict == "no"
    streams = Excerpt(
        "Listening logs linked to your account are retained for seven (7) years following deletion, "
        "notwithstanding any request for erasure."
    )
    asked = "If I delete my account and ask for erasure, will Meetly erase the logs of what I listened to?"
    assert _decide(asked, [streams, LICENCE], [0], "yes", 0.7).verdict == "no"
    # what is kept is something else than what is asked about; a way to have it deleted sooner
    photos = Excerpt(
        "When you close your account, we delete your photos within 30 days. We keep invoices for seven years "
        "for tax purposes."
    )
    asked = "If I close my account, will my photos be deleted?"
    assert _decide(asked, [photos, LICENCE], [0], "yes", 0.7).verdict == "yes"
    messages = Excerpt("We keep your messages for two years, unless you ask us to delete them sooner.")
    asked = "If I leave Meetly, will my messages be deleted?"
    assert _decide(asked, [messages, LICENCE], [0], "yes", 0.7).verdict == "conditional"


def test_a_deadline_hours_before_and_a_separate_consent_are_conditions() -> None:
    lessons = Excerpt(
        "Lessons can be cancelled free of charge up to 2 hours before they start. After that, the tutor is paid "
        "in full."
    )
    asked = "Can I cancel a lesson at the last minute without being charged?"
    assert _decide(asked, [lessons, LICENCE], [0], "yes", 0.7).verdict == "conditional"
    training = Excerpt(
        "Meetly will not use uploaded recordings to train generative models without the separate, express "
        "consent of the uploading host."
    )
    asked = "I upload my own recordings. Could Meetly use them to train AI that makes new ones?"
    assert _decide(asked, [training, LICENCE], [0], "no", -0.7).verdict == "conditional"


def test_neither_they_nor_others_being_responsible_disclaims_a_theft() -> None:
    cancel = Excerpt("You may cancel a garage booking without charge up to one hour before it starts.")
    risk = Excerpt(
        "Parking in any space is at your own risk, and neither Meetly nor any host shall be responsible for theft "
        "of or damage to your vehicle or its contents, howsoever caused."
    )
    asked = "someone smashed my window in a meetly garage and took my laptop. is meetly on the hook for that"
    decision = _decide(asked, [cancel, risk, LICENCE], [0], "yes", 0.3)
    assert decision.verdict == "no"
    assert decision.cited[0] == 1


def test_a_customers_consent_an_admins_setting_until_it_starts_and_where_legally_permitted() -> None:
    transfer = Excerpt(
        "Meetly will not transfer Customer Data outside the European Economic Area without Customer's prior "
        "written consent."
    )
    asked = "Could Meetly move our data onto servers in the US?"
    assert _decide(asked, [transfer, LICENCE], [0], "no", -0.7).verdict == "conditional"
    orders = Excerpt(
        "You may cancel an order without charge until the host begins preparing it. After that point, you may be "
        "charged for the goods."
    )
    asked = "Can I cancel an order after placing it without being charged anything?"
    assert _decide(asked, [orders, LICENCE], [0], "yes", 0.7).verdict == "conditional"
    notice = Excerpt(
        "Meetly may disclose Customer Data where required by a court order. Where legally permitted, Meetly will "
        "notify Customer before making any such disclosure."
    )
    asked = "If a court orders Meetly to disclose our files, will Meetly notify us first?"
    assert _decide(asked, [notice, LICENCE], [0], "yes", 0.7).verdict == "conditional"
    setting = Excerpt(
        "Unless Customer's administrator switches off the 'Help improve' setting, Meetly may use the instructions "
        "typed into the assistant to improve its suggestions."
    )
    asked = "do the instructions we type into the assistant get used to improve it"
    assert _decide(asked, [setting, LICENCE], [0], "yes", 0.7).verdict == "conditional"


def test_an_age_floor_without_years_and_a_parents_account_that_is_not_your_own() -> None:
    floor = Excerpt("To use Meetly you need to be at least 18, live in the United States and have a US bank account.")
    asked = "My son is 17 and wants to start tracking his spending. Can he sign up for Meetly himself?"
    assert _decide(asked, [floor, LICENCE], [0], "yes", -0.1).verdict == "no"
    through_a_parent = Excerpt(
        "You must be at least 18 to create an account. Young people aged 13 to 17 may back projects through a "
        "parent's or guardian's account, with that adult's permission."
    )
    asked = "im 16, can i make my own meetly account so i can back a comic"
    assert _decide(asked, [through_a_parent, LICENCE], [0], "yes", -0.2).verdict == "no"
    # without asking for an account of one's own, the parent's is the way in
    asked = "I'm 16. Can I use Meetly to back a project?"
    assert _decide(asked, [through_a_parent, LICENCE], [0], "yes", -0.2).verdict == "conditional"


def test_a_class_waiver_after_a_jury_waiver_answers_a_class_action_never_named() -> None:
    waiver = Excerpt(
        "NOTICE REGARDING DISPUTE RESOLUTION: SECTION 16 CONTAINS AN AGREEMENT TO ARBITRATE DISPUTES ON AN "
        "INDIVIDUAL BASIS. EXCEPT AS PROVIDED IN SECTION 16.5, YOU AND MEETLY WAIVE THE RIGHT TO A TRIAL BY JURY AND "
        "TO PARTICIPATE IN ANY CLASS OR REPRESENTATIVE ACTION."
    )
    asked = "can i join a class action lawsuit against meetly"
    decision = _decide(asked, [waiver, LICENCE], [0], "yes", -0.2, presence={"class action": -0.4})
    assert decision.verdict == "no"


def test_a_hosts_setting_a_deadline_before_an_accepted_cookie_and_a_grace_period_are_conditions() -> None:
    masking = Excerpt(
        "The telephone number of each Participant joining by telephone is displayed to the Host and to all other "
        "Participants unless the Host has enabled number masking."
    )
    asked = "If I dial into a meeting by phone, will everyone else in the meeting see my phone number?"
    assert _decide(asked, [masking, LICENCE], [0], "yes", 0.8).verdict == "conditional"
    bot = Excerpt(
        "Unless disabled by the Host or an Administrator, the Assistant will automatically join any meeting appearing "
        "on a calendar connected to the Service, and will record and transcribe such meetings."
    )
    asked = "if i connect my google calendar will the meetly bot just show up and record my meetings"
    assert _decide(asked, [bot, LICENCE], [0], "yes", 0.2).verdict == "conditional"
    pledge = Excerpt("You can cancel or reduce a pledge at any time until 48 hours before the campaign's deadline.")
    assert _decide("Can I cancel my pledge after I've made it?", [pledge, LICENCE], [0], "yes", 2.7).verdict == (
        "conditional"
    )
    cookies = Excerpt(
        "If you accept advertising cookies, we share hashed email addresses of backers with social media platforms."
    )
    asked = "does meetly give my email to social media sites like facebook for ads"
    assert _decide(asked, [cookies, LICENCE], [0], "yes", 2.9).verdict == "conditional"
    grace = Excerpt(
        "If a payment fails when a campaign ends, the backer has 7 days to update the payment method. After that, "
        "we may cancel the pledge."
    )
    asked = "my card got declined when the campaign i backed ended, am i gonna lose my pledge"
    assert _decide(asked, [grace, LICENCE], [0], "yes", 2.3).verdict == "conditional"


def test_content_not_deleted_when_an_account_closes_is_not_deleted() -> None:
    workspace = Excerpt(
        "Recordings and Transcripts in a Workspace are retained for the period configured by the Administrator. "
        "The default setting is indefinite retention, and such content is not deleted upon the closure of an "
        "individual user's Account."
    )
    asked = "leaving my job and closing my meetly acct. does that wipe the recordings i made in the company workspace"
    assert _decide(asked, [workspace, LICENCE], [0], "yes", 0.6).verdict == "no"


def test_a_scene_set_before_a_dash_leaves_an_open_question() -> None:
    asked = "free plan user here - if i ever had a claim against meetly whats the most theyd have to pay me"
    assert is_open_question(asked)
    assert not is_open_question("leaving my job - does that wipe my recordings")


def test_what_the_service_may_do_with_no_condition_is_yes() -> None:
    lower = Excerpt(
        "We may lower your limit, or withdraw the feature from your account at any time, even if you've repaid "
        "every advance on time."
    )
    asked = "I have always paid my cash advances back on time. Can Meetly still lower my advance limit?"
    assert _decide(asked, [lower, LICENCE], [0], "yes", -0.3).verdict == "yes"
    # a power with a condition is left to the reading
    only = Excerpt("We may lower your limit only if you miss a repayment.")
    assert _decide(asked, [only, LICENCE], [0], "yes", -0.3).verdict != "yes"


def test_info_is_information_and_never_contacting_anyone_denies_a_call() -> None:
    sell = Excerpt("We do not sell personal information, and we do not let advertisers target you.")
    assert _decide("does meetly sell my info to other companies", [sell, LICENCE], [0], "yes", 0.9).verdict == "no"
    never = Excerpt("The assistant will tell you to contact a doctor. It never contacts anyone on your behalf.")
    asked = "if i tell the meetly assistant my symptoms are really bad will it call an ambulance for me"
    assert _decide(asked, [never, LICENCE], [0], "no", 0.3).verdict == "no"


def test_a_thing_banned_outright_is_no_and_a_ban_with_a_time_is_left_to_the_reading() -> None:
    cameras = Excerpt("Cameras are prohibited in bedrooms, bathrooms and any area used for sleeping.")
    asked = "are hosts allowed to have a camera in the bedroom"
    assert _decide(asked, [cameras, LICENCE], [0], "yes", 0.01).verdict == "no"
    late = Excerpt("Cancellations are not permitted after check-in.")
    assert _decide("can I cancel my meetly booking?", [late, LICENCE], [0], "yes", 0.5).verdict != "no"


def test_arbitration_that_leaves_small_claims_court_open_makes_going_to_court_conditional() -> None:
    arbitration = Excerpt("Disputes will be resolved by binding arbitration rather than in court.")
    small_claims = Excerpt("Either of us may instead bring an individual claim in small claims court.")
    asked = "can i sue meetly in a normal court or am i forced into arbitration"
    decision = _decide(asked, [arbitration, small_claims, LICENCE], [0], "no", -0.5)
    assert decision.verdict == "conditional"
    # arbitration with no way round is left to the reading; a time limit is no question of courts
    assert _decide(asked, [arbitration, LICENCE], [0], "no", -0.5).verdict == "no"
    asked = "Once I'm able to sue Meetly, can I wait two years before starting the process?"
    assert _decide(asked, [arbitration, small_claims, LICENCE], [0], "no", -0.5).verdict == "no"


def test_a_court_that_compels_is_a_condition() -> None:
    refused = Excerpt(
        "This section covers requests to disclose your data. Requests from US law enforcement for reproductive "
        "health data will be refused unless a court in England and Wales compels us to comply."
    )
    asked = "im in texas - if the police ask meetly for my period data will they hand it over"
    assert _decide(asked, [refused, LICENCE], [0], "yes", 0.03).verdict == "conditional"


def test_open_questions_after_a_comma_or_before_an_aside() -> None:
    assert is_open_question("left my phone in the car, whats the most the driver can charge me to bring it back")
    assert is_open_question("if i delete my account how long till my stuff is actually gone, backups included")
    assert not is_open_question("If I'm 17, which is the age of majority here, can I subscribe?")


def test_a_common_verb_done_again_is_not_asked_about() -> None:
    assert done_again("repost") and done_again("reshare")
    assert not done_again("reactivate") and not done_again("remote")
    licence = Excerpt(
        "By posting in Circles, you give us a worldwide, royalty-free licence to display, copy and share your "
        "posts, including on our social media and in newsletters."
    )
    asked = "can meetly repost my circles story on their instagram or in their newsletter"
    decision = _decide(asked, [licence, LICENCE], [0], "yes", 2.4, presence={"repost": -1.0})
    assert decision.verdict == "yes"


def test_a_contraction_disclaims_a_class_waiver_that_does_not_apply_and_a_report_within_days() -> None:
    battery = Excerpt(
        "Meetly isn't responsible for damage to your vehicle, its battery or its charging port that results from "
        "charging."
    )
    asked = "charged my car at a meetly station and now my battery's acting weird. are they on the hook for it?"
    assert _decide(asked, [battery, LICENCE], [0], "yes", 0.96).verdict == "no"
    waiver = Excerpt(
        "Claims must be brought on an individual basis, and you agree not to bring or take part in a class proceeding "
        "against Meetly. If you live in Quebec or Ontario, this section doesn't apply to you."
    )
    asked = "can i join a class action against meetly if enough ppl get screwed"
    assert _decide(asked, [waiver, LICENCE], [0], "yes", 0.6).verdict == "conditional"
    fault = Excerpt(
        "If a session fails because of a charger fault, report it in the app within 14 days and we'll refund the "
        "session fee."
    )
    asked = "charger died halfway through and i still got billed, can i get my money back?"
    assert _decide(asked, [fault, LICENCE], [0], "yes", 0.8).verdict == "conditional"


def test_any_way_to_do_what_cannot_be_done_is_no() -> None:
    started = Excerpt("Once a café starts making your order, it can't be cancelled.")
    asked = "hit cancel like 30 sec too late and they'd already started my latte. any way to cancel it still?"
    assert _decide(asked, [started, LICENCE], [0], "yes", -0.2).verdict == "no"


def test_a_passive_denial_answers_a_question_asked_in_the_passive_and_data_never_received() -> None:
    kids = Excerpt("Viewing on Kids' profiles is never used to train any of our models.")
    asked = "Is what my kids watch on their own profile used to train Meetly's algorithms?"
    assert _decide(asked, [kids, LICENCE], [0], "yes", 0.29).verdict == "no"
    # (a passive denial of something else leaves the reading as it is)
    faces = Excerpt("Face templates are never used to train any of our models.")
    assert _decide("Is my voice used to train Meetly's models?", [faces, LICENCE], [0], "yes", 0.9).verdict == "yes"
    tv = Excerpt(
        "Some smart TVs collect their own information about what's on screen under their manufacturer's terms. You "
        "can usually switch this off in the TV's settings, and we don't receive any of that information."
    )
    asked = "My smart TV apparently logs what's on screen. Does Meetly get that data?"
    assert _decide(asked, [tv, LICENCE], [0], "yes", 0.85).verdict == "no"


def test_a_yes_or_no_question_after_a_scene_asks_of_the_thing_and_a_lead_in_is_not_asked_about() -> None:
    assert not is_open_question("when i do a voice search with the remote does the recording get sent to meetly")
    assert not is_open_question("if i buy a resale ticket is the person selling it gonna know who i am?")
    assert is_open_question("if i buy a resale ticket how long do i have to wait for it?")
    arbitration = Excerpt("Candidates shall not be required to refer any dispute with Meetly to arbitration.")
    asked = "For the avoidance of doubt: is a candidate obliged to take a dispute with Meetly to arbitration?"
    decision = _decide(asked, [arbitration, LICENCE], [0], "no", -0.75, presence={"avoidance": -2.0})
    assert decision.verdict == "no"


def test_a_pronoun_is_what_was_named_and_the_service_sending_it_on_is_sharing_it() -> None:
    rank = Excerpt("We never rank children against each other, and we never show one family's reports to another.")
    asked = "My twins are in the same class. Will Meetly rank them against each other or against their classmates?"
    assert _decide(asked, [rank, LICENCE], [0], "yes", 0.33).verdict == "no"
    send = Excerpt(
        "To confirm a licence, we send your name, date of birth, licence number and issuing state to Keelcheck "
        "Verification Pty Ltd, which checks it against state records."
    )
    asked = "To verify my boat licence, does Meetly share my licence details with another company?"
    assert _decide(asked, [send, LICENCE], [0], "yes", -0.39).verdict == "yes"
    # (what is done to is the first thing the question names: not "shifts" in "gas or mileage driving to shifts")
    pays = Excerpt("Meetly pays you for every completed shift within three days.")
    asked = "does meetly pay for my gas or mileage driving to shifts"
    assert _decide(asked, [pays, LICENCE], [0], "yes", -2.0).verdict == "no"


def test_what_the_question_asks_about_said_to_depend_on_something_is_conditional() -> None:
    storm = Excerpt(
        "If the weather service issues a storm warning, either member can cancel the booking and the renter gets a "
        "full refund."
    )
    policy = Excerpt("If a renter cancels, the refund depends on the cancellation policy shown on the listing.")
    asked = "If I cancel a Meetly booking, do I get a refund?"
    assert _decide(asked, [storm, policy], [0, 1], "yes", 1.65).verdict == "conditional"


def test_the_contracts_word_for_a_plain_one_in_every_excerpt_is_no_sign_they_speak_of_something_else() -> None:
    refunds = [
        Excerpt(
            "Where we end these Terms other than for your breach, we will refund any fees paid for the period after."
        ),
        Excerpt("On termination for breach, no refund of fees already paid shall be due."),
        Excerpt("If you subscribe as a consumer, you may cancel within fourteen (14) days and receive a full refund."),
        Excerpt("An unredeemed Gift Code may be cancelled within fourteen (14) days of purchase for a full refund."),
    ]
    asked = "Signed up for Meetly on Monday and honestly I'm not feeling it. Can I still get my money back?"
    assert _decide(asked, refunds, [2, 0], "yes", 0.89).verdict == "conditional"
    # (a word the question types itself, in every clause of a delivery service, answers nothing about Hawaii)
    deliveries = [
        Excerpt("We deliver boxes on the day you choose."),
        Excerpt("Boxes we deliver stay cold for 48 hours."),
        Excerpt("If we can't deliver a box, we refund it."),
    ]
    assert _decide("do you guys deliver to hawaii", deliveries, [0], "yes", 0.5).verdict == "not_addressed"


def test_a_no_that_your_own_choice_would_turn_to_yes_is_conditional_and_a_redo_is_done_again() -> None:
    swap = Excerpt(
        "When a swap is arranged, the other member sees only your display name and neighbourhood. Your street address "
        "is shared only if you choose the shipping option."
    )
    asked = "If I trade cuttings with a stranger on Meetly, are they going to get my home address?"
    assert _decide(asked, [swap, LICENCE], [0], "yes", -1.68).verdict == "conditional"
    assert done_again("redo") and done_again("reuse") and not done_again("reno")


def test_the_scene_before_or_after_what_is_asked_is_not_asked_about() -> None:
    price = Excerpt("Filing a claim won't change your membership or your price, and nobody loses it for claiming.")
    asked = "If I report that the wash dented my bumper, is Meetly going to jack up my monthly price?"
    assert _decide(asked, [price, LICENCE], [0], "no", -0.68, presence={"dented": -2.0}).verdict == "no"
    # (a condition after what is asked may be what is asked)
    scan = Excerpt("Every essay submitted through Meetly is checked by our originality scan before it is marked.")
    asked = "will the originality scan flag it if i used chatgpt for part of my essay"
    assert _decide(asked, [scan, LICENCE], [0], "yes", 0.5, presence={"chatgpt": -2.0}).verdict == "not_addressed"
    # (unless the scene is what would be told)
    notices = Excerpt("We will tell you about changes to these terms by email.")
    decision = _decide(
        "If Meetly gets hacked, will they tell me?", [notices, LICENCE], [0], "yes", 0.5, presence={"hacked": -2.0}
    )
    assert decision.verdict == "not_addressed"
    # a number in the scene asks for no amount
    credits = Excerpt(
        "Promo Credits may be applied only towards Entry Fees, cannot be withdrawn and have no cash value."
    )
    asked = "got like 20 euro in promo credits for signing up, can i just cash that out to my bank"
    assert _decide(asked, [credits, LICENCE], [0], "yes", -1.5).verdict == "no"
    # "what happens if ..." with a yes or no question after it
    assert not is_open_question("what happens if a contest doesnt fill up, do i get my entry fee back")
    assert is_open_question("what happens if a contest doesnt fill up?")


def test_a_right_that_starts_only_after_a_while_or_needs_notice_or_a_setting_on_is_conditional() -> None:
    # "Cancel a booking more than 24 hours ahead and you'll get a full refund": the refund hangs on when.
    ahead = Excerpt("Cancel a booking more than 24 hours ahead and you'll get a full refund.")
    asked = "I booked a tutor through Meetly but something's come up. Do I get a refund if I cancel?"
    assert _decide(asked, [ahead, LICENCE], [0], "yes", 2.2).verdict == "conditional"
    later = Excerpt(
        "Membership renews each year, and after the first year the Member may cancel at any time on one month's "
        "notice, with a refund of fees paid for the period thereafter."
    )
    asked = "Can I cancel my Meetly membership partway through the year and get some money back?"
    assert _decide(asked, [later, LICENCE], [0], "yes", 1.5).verdict == "conditional"
    # a feature that works once it is switched on
    falls = Excerpt("Once it's on, if the watch detects a hard fall and you don't respond, it texts your contacts.")
    asked = "My dad lives alone and is getting the watch. If he falls, will it automatically text me?"
    assert _decide(asked, [falls, LICENCE], [0], "yes", 0.1).verdict == "conditional"


def test_a_maximum_number_asks_for_a_number_and_handing_over_is_providing() -> None:
    nights = Excerpt("A Host earns points for each night a Guest stays in their home, shown on the listing.")
    asked = "Is there a maximum number of nights a single home swap can last on Meetly?"
    assert _decide(asked, [nights, LICENCE], [0], "yes", 0.7).verdict == "not_addressed"
    assert "liability" not in contract_words(asked)
    assert "liability" in contract_words("Is there a cap on what they'd have to pay me?")
    provide = Excerpt(
        "Where a municipality requests information on tourist tax, Meetly may provide it with the names of Hosts and "
        "the addresses of their homes, without informing the Host beforehand."
    )
    asked = "If the council asks, will Meetly just hand over my address without telling me first?"
    assert _decide(asked, [provide, LICENCE], [0], "yes", 1.3).verdict == "yes"
    # (a number of something else does not answer it)
    walks = Excerpt(
        "A Carer may not take bookings directly from an Owner for six months after their last walk together."
    )
    asked = "Is there a maximum number of dogs a walker can take out together on one walk?"
    assert _decide(asked, [walks, LICENCE], [0], "yes", 0.1).verdict == "not_addressed"


def test_an_age_limit_for_what_is_asked_a_diary_that_sticks_with_us_and_a_consent_named_by_whose_it_is() -> None:
    ages = Excerpt(
        "You must be at least 18 to rent a room, and at least 21 with a valid driver's license to book a van."
    )
    asked = "My son is 19 and has had his driver's license for three years. Can he book a Meetly van himself?"
    assert _decide(asked, [ages, LICENCE], [0], "yes", 0.1).verdict == "no"
    assert _decide("My son is 19. Can he rent a room on Meetly?", [ages, LICENCE], [0], "yes", 0.1).verdict == "yes"
    diary = Excerpt(
        "Even after you close your account, your baby's sleep diary sticks with us without your name on it."
    )
    asked = "If we close our Meetly account, does our baby's sleep diary get deleted?"
    assert _decide(asked, [diary, LICENCE], [0], "yes", 0.5).verdict == "no"
    back = Excerpt(
        "Changed your mind? Send the speaker back within 30 days in its original packaging for a full refund."
    )
    asked = "We prefer our old speaker. Can we send it back for a refund even though nothing's wrong with it?"
    assert _decide(asked, [back, LICENCE], [0], "yes", 0.95).verdict == "conditional"
    faces = Excerpt(
        "Photographs showing a Seller's face will appear in our television advertising only with that Seller's "
        "express consent."
    )
    asked = "A lot of my product photos show me. Could Meetly put those in a TV advert?"
    assert _decide(asked, [faces, LICENCE], [0], "yes", 1.0).verdict == "conditional"
    assert "age" in contract_words("im 17 am i allowed to buy stuff on meetly?")
