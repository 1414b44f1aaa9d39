"""The red-flags report with the real embedding model, the shipped weights and real terms."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.core import Assistant
from assistant.errors import ModelError, NotFound
from assistant.flag_categories import CATEGORIES
from assistant.flags import (
    FlagReport,
    SentenceCues,
    flag_sentences,
    load_sentence_model,
    model_path,
    word_counts,
)
from assistant.flags_train import WORD_REGULARISATION, Inputs, _best_threshold, fit_models
from assistant.sentences import split_sentences
from tests import flags_check

ZOOM = "zoom-terms-of-service"
ZOOM_FILE = "zoom-terms-of-service/2023-08-07_99ab2d06d.md"

# Sentences written for this test (not taken from any document), one per category, and
# sentences that must not be flagged in the category named.
FLAGGED = [
    ("arbitration", "You and the company agree to resolve every dispute through final and binding arbitration."),
    ("arbitration", "You waive any right to bring or take part in a class action against us."),
    ("unilateral_change", "We may change these terms at any time by posting a new version on this page."),
    ("unilateral_termination", "We may suspend or terminate your account at any time, for any reason, without notice."),
    ("unilateral_termination", "You may cancel at any time, and we may terminate your account for any reason."),
    ("content_removal", "We may remove or delete any content that you post, at our sole discretion."),
    ("content_removal", "If you delete your account, we will delete your content and messages."),
    ("limitation_of_liability", "In no event will we be liable for any indirect, incidental or consequential damages."),
    (
        "choice_of_law",
        "These terms are governed by the laws of the State of Delaware, without regard to conflict of laws.",
    ),
    (
        "jurisdiction",
        "Any claim must be brought exclusively in the state or federal courts located in Dallas County, Texas.",
    ),
    ("contract_by_using", "By using the service, you agree to be bound by these terms."),
    (
        "content_licence",
        "You grant us a worldwide, royalty-free, sublicensable licence to use, copy and modify the content you upload.",
    ),
    ("ai_training", "We may use your recordings and messages to train and improve our machine learning models."),
    ("data_sharing", "We may sell your personal information to advertising partners."),
    ("data_retention", "We may keep your data in backups after you delete your account."),
    # Written after the report missed such clauses in terms documents written for a blind check
    # (other services' terms, not in ../shared): kinds of data and recipients named otherwise,
    # copies outliving a deletion, a canonical wording without a gate word, a disclaimer.
    ("data_sharing", "We may disclose your messages and account information to law enforcement on a subpoena."),
    ("data_sharing", "We share Location Data with service providers who host and analyse it for us."),
    ("data_retention", "Deleted content is removed from our active systems at once and from our backups in 60 days."),
    ("data_retention", "After your account is closed, we retain payment records for six years for tax purposes."),
    ("data_retention", "Messages that have been deleted by you are retained by us for 90 days."),
    ("data_retention", "We delete your recordings within 30 days of closure, unless we are required to retain them."),
    (
        "ai_training",
        "Notwithstanding Section 4, the models we use under Section 3.2 may be trained on your content, provided that "
        "they are not used to write ads.",
    ),
    ("contract_by_using", "By creating an account or using the app, you agree to these terms."),
    ("unilateral_termination", "We will close the relevant account of any member who repeatedly infringes copyright."),
    ("unilateral_change", "The company may introduce new fees or raise existing fees at any time."),
    ("data_sharing", "We will provide those screening companies with your name, date of birth and address."),
    ("data_sharing", "Card details you enter are transmitted directly to our payment processor."),
    ("data_retention", "Erased items may remain in the company's backup copies for up to 35 days after erasure."),
    ("data_retention", "We may retain your data for so long as we are required to do so by applicable law."),
    ("data_retention", "We may retain invoices and account records for seven years for tax purposes."),
    ("data_retention", "We may use, retain and publish aggregated information derived from your usage."),
    ("ai_training", "We use your delivery data to develop and refine the algorithms that set our prices."),
    (
        "ai_training",
        "We use your content to train models only if the setting is turned on, and it is on by default.",
    ),
    ("content_licence", "While a book is enrolled, you grant us the exclusive right to distribute and sell it."),
    ("no_warranty", 'THE APP IS PROVIDED "AS IS" AND "AS AVAILABLE", WITHOUT WARRANTIES OF ANY KIND.'),
    ("no_warranty", "We do not warrant that the app will be uninterrupted or free of errors."),
    # Written after a second blind check (three more documents of other services) missed such clauses:
    # training named by what is trained, recipients that act, data kept for years or in an archive, and
    # canonical wordings in sentences without any cue word of their category.
    ("ai_training", "We use your voice clips to train, test and evaluate the speech recognition models of the app."),
    ("ai_training", "We may keep transcripts of deleted clips and continue to use them to improve our speech models."),
    ("ai_training", "Your listing photos feed the automated tools we build to price items."),
    ("ai_training", "Chat logs are used as training material for the systems that moderate the game."),
    ("ai_training", "Short audio clips may be uploaded and used to retune the wake-word detector."),
    ("data_sharing", "Our advertising partners receive your device identifiers and the items you viewed."),
    ("data_sharing", "These companies process personal information on our instructions."),
    ("data_sharing", "We pass your request and account details to the developer of that skill."),
    ("data_sharing", "Card and bank details entered at checkout are transmitted to our escrow partner."),
    ("data_sharing", "We provide the courier with the names, addresses and phone numbers of the buyer and seller."),
    ("data_sharing", "Information about you may be shared within our corporate family, including our parent company."),
    ("data_sharing", "If the business is transferred to another company, your personal data will go with it."),
    ("data_retention", "We may keep limited information for longer where we need it to meet a legal obligation."),
    ("data_retention", "We keep the contents of chat messages for two years after the last message in a conversation."),
    ("data_retention", "A review you leave stays on the seller's profile after you delete your account."),
    ("data_retention", "We may keep an archived copy of a deleted video on our servers."),
    ("data_retention", "Copies may remain in encrypted backup archives for up to 90 more days."),
    ("unilateral_change", "We may revise the price of the Plus plan."),
    ("unilateral_change", "We may adjust the level of the service fee."),
    ("unilateral_change", "Features and supported languages may be added, reshaped or withdrawn at our discretion."),
    ("unilateral_change", "Software updates may add, alter or remove functionality on your device."),
    ("unilateral_termination", "Accounts with no sign-in for two years may be retired."),
    ("unilateral_termination", "We may pause your ability to sell or send messages while we investigate."),
    ("unilateral_termination", "We may shut down the game's online services with 60 days' notice."),
    ("unilateral_termination", "Access to the service may be paused without advance notice if we suspect fraud."),
    ("contract_by_using", "Activating the device or signing in to the app constitutes your acceptance of these terms."),
    ("contract_by_using", "Your continued play after changes take effect means you accept them."),
    ("contract_by_using", "If you carry on using your account after that date, the amended terms will apply to you."),
    ("content_removal", "We will tell you first if a change to the service will make you lose access to your content."),
    # ... and after a third (telehealth, car sharing, language learning): the same kinds in plainer words.
    (
        "ai_training",
        "Your spoken answers help our tutor get better at understanding accents: we feed them back into the "
        "systems that power it.",
    ),
    (
        "ai_training",
        "The answers you give are fed back without your name into the checker so that its suggestions about your "
        "data become more accurate.",
    ),
    ("ai_training", "We use the photos of your car to teach our system to recognise scratches and dents."),
    (
        "ai_training",
        "It continues for copies of your content already made for model development, which we may go on using.",
    ),
    ("content_licence", "If you send us ideas, we can use them however we like without owing you anything."),
    ("content_licence", "When you post a review, you allow us to show it and to quote it in our marketing."),
    ("data_sharing", "The text of your conversation is sent to the companies that provide our language models."),
    (
        "data_sharing",
        "If we are acquired by another company, your account and the information in it will move across to the "
        "new owner.",
    ),
    ("data_sharing", "We pass your name, date of birth and insurance information to that pharmacy."),
    ("data_sharing", "Your details go to the insurer that covers the trip."),
    ("data_sharing", "We will give your name, address and licence details to the authority that issued the fine."),
    ("data_retention", "After you close your account, we hold on to a de-identified copy of your check-ins."),
    ("unilateral_change", "We can rework the plans and what they cost, including moving features between them."),
    ("unilateral_change", "We might add features, change how pricing works, or stop offering the app somewhere."),
    ("unilateral_termination", "We may put that account on hold while we look into it."),
    ("unilateral_termination", "Your access to the tutor may be put on hold or limited if you try to misuse it."),
    ("unilateral_termination", "After that, we may stop you from booking further visits through the services."),
    ("contract_by_using", "Opening a lesson or chatting with the tutor means you are okay with these terms."),
    ("contract_by_using", "When you create an account or book a visit, you are agreeing to these terms."),
    ("contract_by_using", "By creating a Fleetly account you enter into a contract with us on these terms."),
    (
        "limitation_of_liability",
        "We will not be responsible for delays or failures caused by things outside our reasonable control.",
    ),
    ("content_removal", "Documents you uploaded and did not download within 30 days will be cleared away."),
    ("content_removal", "When an account is closed, the member's listings and profile are taken down."),
    ("content_removal", "We may decline to upload, or may take out of your locker, any file that contains malware."),
    # ... and after a fourth (thermostat, freelance marketplace, podcast hosting).
    ("unilateral_change", "We may amend these Terms."),
    ("unilateral_change", "The company may change the revenue share percentage or the payment thresholds."),
    ("unilateral_change", "We may change how search works, introduce or retire membership tiers, and add features."),
    ("unilateral_termination", "API access may be rate-limited or revoked if it is used in breach of these terms."),
    ("limitation_of_liability", "We are not responsible for the quality, legality or timeliness of any work."),
    ("contract_by_using", "When you upload your first episode or open an account, you agree to these terms."),
    ("contract_by_using", "If you keep using the service after that date, you will be treated as having accepted it."),
    ("content_removal", "Episodes flagged by these systems may be held back from publication until we review them."),
    ("content_removal", "When a free account is closed, its episodes and transcripts are removed from our servers."),
    ("content_removal", "Your profile and portfolio may be permanently deleted if your account is deactivated."),
    ("content_licence", "If you send us feedback, we may use it freely without paying you or crediting you."),
    ("content_licence", "We may feature your public profile and reviews in our advertising without paying you."),
    ("ai_training", "Your audio is used to improve the accuracy of our speech-recognition models."),
    ("ai_training", "We may include your show's transcripts in the datasets we use to develop our ad systems."),
    ("ai_training", "These systems are built using the projects, messages and reviews on the platform."),
    ("ai_training", "Photos you send us will be used to train our support staff and our automated support assistant."),
    ("data_sharing", "We share information with our affiliates and with vendors that provide hosting to us."),
    ("data_sharing", "If we are involved in a merger or sale of assets, your information may be transferred."),
    ("data_sharing", "We may disclose information about you when we are required to do so by a subpoena."),
    ("data_sharing", "Our service providers will have access to your personal data as needed for their work."),
    ("data_sharing", "We work with heating partners and, unless you opt out, we may pass them your name and postcode."),
    ("data_sharing", "Our verification vendor receives a photo ID and a live selfie and checks them for us."),
    ("data_retention", "We keep that history without a fixed end date in our property records."),
    ("data_retention", "When your account closes, your community posts will stay published under another name."),
    (
        "data_retention",
        "Transcripts already included in training datasets are not removed from them when an episode is deleted.",
    ),
    # Round 4, written from the misses of the exercise bike, photo vault and shift-work terms
    ("arbitration", "You and the company each give up the right to have a jury decide any dispute between us."),
    ("arbitration", "If we cannot settle it, the dispute will be decided by a neutral arbitrator, not a judge."),
    ("jurisdiction", "The exclusive place of jurisdiction for all disputes arising from this contract is Munich."),
    ("limitation_of_liability", "Our liability for lost photos is limited to the cost of restoring them from a copy."),
    ("limitation_of_liability", "On the free plan we are liable only for intent and gross negligence."),
    ("limitation_of_liability", "The most you can recover from us for all claims together is one hundred dollars."),
    ("no_warranty", "Every other warranty, express or implied, including fitness for a purpose, is excluded."),
    ("contract_by_using", "Creating a profile or booking your first class all signal that you accept these Terms."),
    ("contract_by_using", "If you keep using the app, you'll be treated as having agreed to the updated Terms."),
    ("unilateral_termination", "After three late cancellations your ability to book new classes will be paused."),
    ("unilateral_termination", "Members who break these rules can be barred from live classes by our moderators."),
    ("content_removal", "If the account stays unused after a reminder, we may close it and erase the files in it."),
    ("ai_training", "We keep your corrections to tags on photos and use them to adjust the models behind tagging."),
    ("ai_training", "The systems that rank classes learn from the activity on the service, including messages."),
    ("content_licence", "If you send us ideas or feedback, we may put them to use in any way we see fit, unpaid."),
    # Round 5, written from the misses of the meal-kit, password-manager and course-marketplace terms
    ("unilateral_termination", "While we look into a complaint we may freeze the seller's account and hold payouts."),
    ("unilateral_termination", "We may shut down Meetly or any part of it at a time of our choosing."),
    ("unilateral_termination", "We might decide to stop offering Meetly in some of the countries we serve."),
    (
        "unilateral_termination",
        "Ignoring these rules can lead to us hiding your posts or suspending or closing your account.",
    ),
    ("unilateral_termination", "We close the accounts of members who repeatedly upload other people's work."),
    (
        "unilateral_termination",
        "If you misuse vouchers, we may cancel unshipped orders, take back credits, or suspend or close your account.",
    ),
    (
        "unilateral_termination",
        "Meetly may, upon thirty (30) days' notice to the email on file, close the Account of an inactive user.",
    ),
    (
        "unilateral_termination",
        "If fees stay unpaid, Meetly may downgrade the account to the free plan until payment arrives.",
    ),
    ("unilateral_termination", "If nothing is booked for a year, we may treat your membership as inactive and end it."),
    ("content_removal", "We may take down a class at any time, for example after a valid legal complaint."),
    ("content_removal", "We may decline to list a course, ask for changes to it, or unpublish a live course."),
    ("content_removal", "Ignoring these rules can lead to us removing what you've posted without warning."),
    ("content_removal", "We'll remove or disable access to material named in a valid copyright notice."),
    ("content_removal", "Meetly may disable any shared link and permanently delete the file behind it."),
    # Round 6, written from the misses of the parking, AI-writing and tutoring terms
    ("unilateral_termination", "Meetly may suspend an Account at once where it suspects payment fraud."),
    ("unilateral_termination", "If your account shows no sign-in for two years, we may close it after a reminder."),
    ("unilateral_termination", "Meetly may hide any listing or deactivate any Host who gets repeated complaints."),
    (
        "unilateral_termination",
        "If a payment fails, we may retry the charge, bill another saved card, and suspend your ability to book rooms.",
    ),
    (
        "unilateral_termination",
        "Meetly may, at any time and for any reason, stop serving a region or decide to discontinue the marketplace.",
    ),
    ("unilateral_change", "Sometimes we'll need to change these terms straight away, for example after a new law."),
    ("unilateral_change", "We update these terms now and then and post each version on this page."),
    ("unilateral_change", "Meetly may modify or withdraw any promotion at any time."),
    ("unilateral_change", "Storage limits are set by us, and we may adjust them, even on plans already paid for."),
    ("unilateral_change", "Room rates may change at any time before a booking is confirmed."),
    ("contract_by_using", "Just by opening Meetly or joining a call, you're agreeing to these terms."),
    ("contract_by_using", "If you keep using Meetly after a change takes effect, you're agreeing to the new version."),
    ("data_sharing", "We share your name, email address and card details with Paylane so that it can take payments."),
    ("data_sharing", "Meetly may pass your name and address to the venue operator or its collection contractor."),
    ("data_sharing", "We share a Guest's first name and arrival time with the Hosts they book."),
    ("data_sharing", "Information about Hosts may also be shared with our professional advisers."),
    ("data_sharing", "We send your request and the relevant parts of your uploaded documents to the model provider."),
    (
        "ai_training",
        "Meetly may use meeting images and booking history to develop and improve its machine learning systems.",
    ),
    ("data_retention", "We hold on to invoices and account logs for as long as tax and accounting rules need."),
    # Round 7, written from the misses of the bike-rental, DNA-testing and coworking terms
    ("data_sharing", "We share account and usage information (not Health Data) with our service providers."),
    (
        "data_sharing",
        "Card payments are processed by Paylane, which stores your card details and receives your address.",
    ),
    (
        "data_sharing",
        "We may refer unpaid amounts to a collection agency, which will receive your name and ride history.",
    ),
    ("data_sharing", "We may provide CCTV footage and access records to police or other authorities on request."),
    ("data_sharing", "We may transfer Member information relating to that venue to the new operator."),
    ("data_sharing", "Our advertising partners receive information about the pages you visit on Meetly."),
    ("unilateral_change", "Meeting zones are set by us and may be changed at any time without notice."),
    ("unilateral_change", "We may change the credit cost of any room at any time."),
    ("unilateral_change", "Membership fees may be increased by giving at least 30 days' notice."),
    ("unilateral_change", "We may cancel or amend a promotion at any time, including credits already in your account."),
    ("unilateral_change", "We may introduce new charges for services that are currently free."),
    ("unilateral_termination", "Three violations will lead to an automatic suspension of 7 days."),
    ("unilateral_termination", "We may withdraw the Services, or any part of them, at any time."),
    ("unilateral_termination", "We may also end your Membership for any other reason by giving you 30 days' notice."),
    ("data_retention", "After 12 months we keep the route only in a de-identified form, with no end date."),
    ("data_retention", "After you close your account, the messages you sent to others will remain with them."),
    ("content_licence", "If you send us suggestions, you assign all rights in them to Meetly."),
    ("no_warranty", "You use the guest Wi-Fi network at your own risk."),
    ("no_warranty", "Meetly excludes all other warranties, conditions and representations."),
    # Round 8, written from the misses of the pet-sitting, music-streaming and smart-lock terms
    ("data_sharing", "If you add your clinic, we'll share your profile and your contact details with that clinic."),
    ("data_sharing", "To check a host's identity, we send Verilane the host's name and date of birth."),
    (
        "data_sharing",
        "When you file a claim, we share your name, contact details, the booking details, the notes from the "
        "meeting and your invoices with Harbourline, so that it can assess the claim.",
    ),
    ("data_sharing", "Meetly provides Campuscheck with your name and the name of your school."),
    ("data_sharing", "Meetly and the Bundle Partner exchange your phone number and your plan type."),
    ("data_sharing", "We share your postal code and the size of your team with our retail partners."),
    ("data_sharing", "We'll give information to the police when the law requires us to."),
    ("data_sharing", "Your prompts and your meeting history are transmitted to that provider to write the summary."),
    ("data_sharing", "We may give the building manager the Host's name and the times of each meeting."),
    ("data_retention", "If we remove a host for safety reasons, we keep a record of their name indefinitely."),
    ("data_retention", "We keep each room's Access Log for five years, even if you close your account."),
    ("ai_training", "We use de-identified room events to train the machine learning models behind our alerts."),
    ("ai_training", "Meetly uses voice recordings and transcripts to improve its speech recognition systems."),
    ("content_licence", "When you post photos, you let us show them in our ads anywhere in the world, without paying."),
    (
        "content_licence",
        "Meetly may feature public agendas and cover images in advertising campaigns, without compensation to you.",
    ),
    ("content_licence", "Meetly may use, disclose and commercialize such feedback without restriction."),
    ("contract_by_using", "When you create an account or book a room, you're agreeing to these terms."),
    ("contract_by_using", "By setting up a room display or using the app, you agree to these Terms."),
    ("contract_by_using", "Anyone who joins a meeting through a guest link agrees to these Terms by doing so."),
    ("unilateral_termination", "Meetly may close any Free tier account that has not been used for two years."),
    ("unilateral_termination", "Meetly may cease to offer the Service, or any plan, in any country."),
    ("unilateral_termination", "If we stop operating in your country, we'll give you 30 days' notice."),
    ("unilateral_termination", "If a payment fails, we'll move your account to the free plan."),
    ("content_removal", "We may hide a host's profile from search, or remove it from Meetly altogether."),
    ("content_removal", "If we close your account, your profiles and photos are removed."),
    ("limitation_of_liability", "Meetly isn't responsible for lost equipment, damage to your office or a missed call."),
    ("limitation_of_liability", "You release Meetly from any claims arising from that disagreement."),
    # Round 9, written from the misses of the budgeting, video-meeting and crowdfunding terms
    ("data_sharing", "Linkwell, and not Meetly, receives your bank username and password."),
    ("data_sharing", "Identity checks are run by Veriscan Ltd, which receives the photo of your identity document."),
    ("data_sharing", "Payment card information is collected and processed by Meetly's payment processor."),
    ("data_sharing", "Your card details and billing address are sent directly to Tillerpay."),
    ("data_sharing", "Meetly reports the name, address and date of birth of each host to the tax authority."),
    ("data_sharing", "We'll provide information in response to subpoenas, court orders and requests from regulators."),
    ("data_retention", "Deleted data may survive in encrypted backups for up to 13 months."),
    ("data_retention", "Tips you posted to the community stay up after you leave."),
    (
        "data_retention",
        "Campaign pages and comments are kept online as a permanent public archive, even if the creator closes "
        "their account.",
    ),
    ("content_licence", "Ideas and suggestions you send us become ours to use, build on and sell."),
    ("content_licence", "You hereby assign to Meetly all right, title and interest in and to such Feedback."),
    ("unilateral_change", "Fees for the Business Plan are subject to change upon renewal."),
    ("unilateral_change", "We may lower your limit at any time."),
    ("unilateral_change", "Features may be reworked, renamed or retired at our discretion."),
    ("unilateral_termination", "Meetly may transfer, deactivate or delete Accounts in the Workspace."),
    ("unilateral_termination", "Accounts of users determined to be repeat infringers will be closed."),
    (
        "unilateral_termination",
        "Free Plan Accounts that have not hosted or joined a meeting for a period of twelve (12) consecutive months "
        "may be deactivated.",
    ),
    ("contract_by_using", "The moment you tap Get started or link your first account, these terms apply to you."),
    ("contract_by_using", "Carrying on using Meetly after the update date counts as saying yes to the new terms."),
    ("contract_by_using", "A guest is bound by Sections 4 and 11 of these Terms by virtue of joining a meeting."),
    ("limitation_of_liability", "Meetly disclaims responsibility for any meeting joined using your password."),
    ("limitation_of_liability", "Hosts waive any claim against Meetly arising out of such a dispute."),
    ("limitation_of_liability", "The most we'll pay is the greater of $100 or what you paid us in 6 months."),
    ("no_warranty", "Meetly gives no guarantee that a project will be completed on time or at all."),
    ("arbitration", "You're giving up the right to a jury trial and to join a class action."),
    (
        "arbitration",
        "You agree not to bring or take part in any group litigation, representative action or class proceedings.",
    ),
    # Round 10, written from the misses of the ride-hailing, holiday-rental and period-tracking terms
    (
        "data_sharing",
        "Unpaid fares may be referred to Halbrook Recovery Services, which will receive your name and phone number.",
    ),
    ("data_sharing", "It runs on a model provided by Pellucid AI, Inc., which receives your question and your logs."),
    ("data_sharing", "Meetly reports hosts' annual earnings and taxpayer identification numbers to the tax office."),
    ("data_sharing", "We may provide the recording to law enforcement."),
    ("data_sharing", "We'll only hand over data to the police if a court orders us to."),
    ("data_sharing", "If Meetly is sold, user information may be transferred as part of that transaction."),
    ("data_sharing", "We may be required to furnish those authorities with the host's name and the booking details."),
    ("data_sharing", "Our analytics providers receive your device type and a pseudonymous ID."),
    ("data_retention", "Booking records are retained by Meetly for three (3) years following check-out."),
    ("data_retention", "Copies of your personal data may persist in archival backup media for up to 24 months."),
    ("data_retention", "Reviews written by a member remain published following the deletion of that member's account."),
    ("data_retention", "Trip records are retained for as long as Meetly operates in the relevant state."),
    ("ai_training", "Smart pricing runs on models that Meetly trains on the booking history of listings."),
    ("ai_training", "Your rated answers are used to fine-tune the assistant so it gives better answers in future."),
    ("content_licence", "All feedback shall be the exclusive property of Meetly."),
    ("unilateral_change", "Meetly may adjust base fares, time and distance rates and booking fees at any time."),
    ("unilateral_change", "Meetly may amend, suspend or terminate the guarantee, and alter its limits, at any time."),
    ("unilateral_change", "Meetly may vary the service fee from time to time."),
    ("unilateral_termination", "Hosts who refuse a guest with a service animal will be removed from the platform."),
    ("unilateral_termination", "Meetly reserves the right to withdraw from any city or region at any time."),
    ("unilateral_termination", "We may decide to shut Meetly down in your country."),
    ("unilateral_termination", "If your Premium payment fails, you'll drop back to the free version of Meetly."),
    ("unilateral_termination", "If you don't reply within 60 days, we'll close your account and delete its data."),
    ("content_removal", "Meetly may remove ratings or comments that it determines are unrelated to the booking."),
    ("choice_of_law", "New York law applies to these terms and to any dispute about them."),
    # Round 11, written from the misses of the coffee-shop, homework-help and EV-charging terms
    (
        "contract_by_using",
        "Opening the app and placing an order or loading a gift card means you're okay with these terms.",
    ),
    ("contract_by_using", "You accept these terms when you create a Meetly account or start a session from the app."),
    ("contract_by_using", "If you keep booking with Meetly after the new terms start, they'll apply to you."),
    ("unilateral_change", "We can change how many points you earn and which rewards are on offer."),
    (
        "unilateral_change",
        "Bonus challenges may be changed, shortened or ended early, even after you have started one.",
    ),
    ("unilateral_change", "Offers can't be combined and may be withdrawn or changed at any time without notice."),
    ("unilateral_change", "Meetly may modify the feature, impose daily usage limits, or discontinue it for any plan."),
    ("unilateral_change", "Prices are set by each host and can change at any time, by time of day or by location."),
    ("unilateral_change", "We may change idle fee amounts and the hours during which they apply, site by site."),
    ("unilateral_change", "Promo codes are limited in time, and we may end them early or change their conditions."),
    ("unilateral_termination", "We might bring the Meetly rewards programme to an end one day."),
    ("unilateral_termination", "If we suspect fraud or misuse, we may freeze a Card or refuse to let it be used."),
    (
        "unilateral_termination",
        "When a school's contract ends, Meetly may disable all Accounts provisioned by that school.",
    ),
    ("unilateral_termination", "We may stop operating the Meetly network in any province or territory, with notice."),
    ("unilateral_termination", "If charges stay unpaid for 30 days, we may suspend your fobs and app access."),
    (
        "unilateral_termination",
        "If a Plus payment fails and isn't fixed in seven days, your membership will be cancelled.",
    ),
    ("content_removal", "We may edit, hide or take down any Cup Note for any reason, including if it's off-topic."),
    (
        "content_removal",
        "Dormant accounts may be deactivated, and the Assignments stored therein permanently deleted.",
    ),
    ("content_removal", "Meetly may remove, block or decline to answer any question that copies live exam content."),
    ("content_removal", "After a downgrade, session history older than thirty days shall cease to be accessible."),
    ("content_removal", "On termination for breach, Meetly may delete the User's Assignments and session history."),
    (
        "limitation_of_liability",
        "MEETLY'S CUMULATIVE LIABILITY SHALL NOT EXCEED THE FEES PAID IN THE SIX MONTHS BEFORE.",
    ),
    ("limitation_of_liability", "Meetly isn't liable for sessions charged to a fob before you report it missing."),
    ("data_sharing", "We may have to report the owner's name and last known address to the state."),
    ("data_sharing", "We send those companies a hashed version of your email address and the date of your last visit."),
    ("data_sharing", "If you link a work account, your receipts are sent automatically to your employer's software."),
    ("data_sharing", "We use trusted service providers to host the app, send emails and detect fraud."),
    ("data_sharing", "Your reviews and creations are public by default and show your first name."),
    ("data_sharing", "Your reviews, photos and check-ins appear publicly with your display name."),
    ("data_sharing", "The tutor's lead may notify the student's parent, the school or law enforcement."),
    ("data_sharing", "The text of the draft and the Student's grade level are transmitted to Threnody for processing."),
    ("data_sharing", "School administrators and teachers may access all assignments and recordings of the student."),
    ("data_sharing", "If your employer adds you to a fleet account, the fleet manager can see each session you start."),
    ("data_sharing", "We may give the Site Host the licence plate and session times recorded for that vehicle."),
    ("data_sharing", "If charges stay unpaid, we may pass the debt to a collection agency."),
    ("data_sharing", "When you charge on a partner's network, we send that partner your fob or contract ID."),
    ("data_sharing", "We share your session schedule and state of charge with your local electric utility."),
    ("data_sharing", "Site Hosts receive a record of each session, including your vehicle's make and model."),
    (
        "data_sharing",
        "Meetly may, upon the school's request, furnish the school with the relevant account's activity logs.",
    ),
    ("data_retention", "If you delete your account, your Cup Notes and Creations stay up under a generic name."),
    ("data_retention", "Each Assignment scanned is added to the reference library and retained there indefinitely."),
    ("ai_training", "Photos of faulty chargers are also used to train our automatic fault-detection system."),
    (
        "ai_training",
        "Meetly may use your drafts and revisions to train, evaluate and improve Meetly's proprietary feedback models.",
    ),
    (
        "content_licence",
        "Feedback you send us about the app may be used by Meetly without restriction or payment to you.",
    ),
    # Round 12, written from the misses of the ticketing, recruiting and video-streaming terms
    (
        "ai_training",
        "Meetly refines the assistant by training its models on CVs, interview transcripts and hiring decisions.",
    ),
    (
        "ai_training",
        "Our recommendation engine is trained on what members watch, skip and search for, and your history.",
    ),
    (
        "arbitration",
        "You and Meetly agree that a neutral arbitrator, and not a judge or jury, will decide the dispute.",
    ),
    (
        "content_licence",
        "By posting, you let Meetly and the venue you reviewed copy, show and promote your review anywhere, for free.",
    ),
    ("content_licence", "Ideas, suggestions and feedback you send us are ours to use however we like."),
    ("content_removal", "Meetly may take down any vacancy without notice where it considers it misleading."),
    (
        "content_removal",
        "Reviews containing untagged spoilers, hate speech, personal details or advertising may be hidden or deleted.",
    ),
    (
        "contract_by_using",
        "By continuing to browse after this notice, you shall be deemed to have read and accepted these Terms.",
    ),
    ("contract_by_using", "Signing up, starting a free trial or pressing play means you've accepted these terms."),
    ("contract_by_using", "If you buy or sell a ticket or join a presale queue, you're agreeing to these terms."),
    ("contract_by_using", "If you keep using Meetly once the new version is posted, you're okay with it."),
    ("data_retention", "After you cancel, we hang on to your profiles and watch history for ten months."),
    ("data_retention", "Order and payout records hang around for seven years, even after you delete your account."),
    (
        "data_sharing",
        "Your profile is set to be visible, which permits any registered Employer to search for and view it.",
    ),
    ("data_sharing", "Your public page is published at a web address that search engines may index."),
    ("data_sharing", "When you apply, your profile, CV and cover letter are made available to the Employer."),
    ("data_sharing", "Transcription is performed by Quillion AI Ltd, which receives the audio of each recording."),
    ("data_sharing", "Submitted recordings are made available to the inviting employer and its recruitment agents."),
    ("data_sharing", "Written reviews show up on the title's page, with your profile name, for every member to read."),
    ("data_sharing", "Our support is run by a contractor whose staff can see your account details."),
    ("data_sharing", "If a court or the police asks us, we may hand over account and viewing information."),
    ("data_sharing", "If Meetly is sold, member data will be one of the things the buyer gets."),
    ("data_sharing", "Card payments go through Ledgerline Payments, which gets your card number and billing address."),
    (
        "data_sharing",
        "At events with ID checks, that log of your name is handed over to the event organizer and the venue.",
    ),
    (
        "data_sharing",
        "Reviews and photos are published for everyone to see, with your first name and the event you went to.",
    ),
    (
        "limitation_of_liability",
        "If the venue changes the start time, we're not on the hook for a missed show or a late entry.",
    ),
    ("limitation_of_liability", "We can't be held responsible if a seat doesn't live up to what the seller promised."),
    (
        "limitation_of_liability",
        "Meetly won't cover flights, hotels, parking or any other costs you run up for an event.",
    ),
    ("no_warranty", "We don't vouch for the view from the seat or the seller's description of it."),
    ("unilateral_change", "Features, apps and supported devices can come and go as the service develops."),
    ("unilateral_change", "Prices and what each plan includes may change from time to time."),
    ("unilateral_change", "How many ad breaks there are can vary, and we may increase them over time."),
    ("unilateral_change", "Titles may be added or removed without notice as licences begin and end."),
    ("unilateral_change", "With dynamic pricing, the price of the very same seat can go up or down while you shop."),
    (
        "unilateral_termination",
        "If too many devices stream at once, we can block those devices or pause the whole account.",
    ),
    ("unilateral_termination", "If we stop offering Meetly in Australia altogether, we will refund any unused time."),
    (
        "unilateral_termination",
        "If your payment fails for seven days, your membership is put on hold until it is sorted.",
    ),
    ("unilateral_termination", "While we look into a complaint, we may put your Fan Resale access on ice."),
    ("unilateral_termination", "Selling fake tickets will get your selling privileges pulled for good."),
    (
        "unilateral_termination",
        "Where an account has not been accessed for 24 months and no reply is received, the account will be closed.",
    ),
    # Round 13, written from the misses of the home-insurance, children's tablet and boat-rental terms
    ("ai_training", "Damage photos submitted in a claim are used to train the tools we use to estimate repair costs."),
    (
        "ai_training",
        "The models that set your score are periodically retrained using the sensor readings of all customers.",
    ),
    ("arbitration", "Any dispute between us will be referred to confidential arbitration administered by the Centre."),
    (
        "content_licence",
        "When you approve a drawing, you give Meetly a worldwide, royalty-free permission to display and print it.",
    ),
    (
        "content_licence",
        "Ideas you send us are welcome: we can use them and sell products based on them without paying you.",
    ),
    ("content_removal", "If the account is closed, any photographs stored in it shall then be permanently deleted."),
    (
        "content_removal",
        "If nobody signs in within 60 days after that, the drawings in that profile's Gallery are cleared out.",
    ),
    ("contract_by_using", "Creating a profile or even saving a boat to your wishlist means these terms apply to you."),
    (
        "contract_by_using",
        "Once the tablet is switched on and set up, these terms apply to you and to every child who uses it.",
    ),
    (
        "contract_by_using",
        "These Terms shall bind you from the moment at which you install the App or request a quotation.",
    ),
    (
        "data_retention",
        "Claim files, including evidence, are retained for seven (7) years from the date each claim is closed.",
    ),
    (
        "data_retention",
        "Usage statistics stripped of anything that identifies you may be kept for as long as we find them useful.",
    ),
    ("data_retention", "Trip trails are kept for 24 months after each trip."),
    (
        "data_sharing",
        "Anyone visiting Meetly, whether signed in or not, can read them along with your first name and photo.",
    ),
    (
        "data_sharing",
        "Each post is displayed to every app user within five miles of your home, together with your first name.",
    ),
    ("data_sharing", "The insurer may pass details of your policy and any claim to its reinsurers."),
    ("data_sharing", "If fraud is suspected, your details will be provided to the police or another public body."),
    ("data_sharing", "If Meetly is sold to another company, your records will travel with it."),
    ("data_sharing", "If a claim is outsourced, your claim file and your contact details are released to that firm."),
    (
        "data_sharing",
        "Your details may be entered on a fraud register, to which law enforcement agencies and lenders have access.",
    ),
    ("data_sharing", "Your family's data is handled by the customer-support and crash-reporting companies we hire."),
    ("data_sharing", "If Meetly were ever sold, your family's information would go to the new owner."),
    (
        "data_sharing",
        "The teacher, and any aides and administrators the school adds to the class, can see your child's reports.",
    ),
    ("limitation_of_liability", "Meetly won't be responsible if a licensed renter turns out to be an unsafe skipper."),
    ("no_warranty", "Meetly gives no assurance that acting on a suggestion will lower your premium."),
    ("unilateral_change", "We may reshape or retire any part of the marketplace."),
    ("unilateral_change", "Deposit amounts are set by owners and may be adjusted at any time."),
    ("unilateral_change", "The scoring method may be revised by Meetly from time to time without notice to you."),
    ("unilateral_change", "THE RENEWAL PREMIUM MAY BE HIGHER THAN THE PREMIUM YOU PAID IN THE PRECEDING YEAR."),
    ("unilateral_change", "We may rewrite parts of these terms from time to time."),
    ("unilateral_change", "Lessons, games and activities are added, updated and retired as we see fit."),
    (
        "unilateral_termination",
        "If you fail to pay, the insurer may cancel the policy by giving you seven days' notice.",
    ),
    ("unilateral_termination", "We may withdraw your participation in the referral scheme if we suspect abuse."),
    ("unilateral_termination", "The insurer may treat the policy as terminated from the date of the fraudulent act."),
    ("unilateral_termination", "If we ever decide to discontinue Meetly Club, we will refund the unused months."),
    # Round 14, written from the misses of the audiobook, car-wash and plant-care terms
    ("unilateral_termination", "If the payment still cannot be collected, your membership will be paused."),
    ("unilateral_termination", "If it still won't go through, your plate gets switched off at the gate until you pay."),
    (
        "unilateral_termination",
        "Meetly may dissolve a Family Group where it believes the members do not share a household.",
    ),
    ("unilateral_termination", "We may kick that account out of the referral program."),
    ("unilateral_termination", "Meetly may suspend or close a profile if it is being used for spam."),
    ("unilateral_termination", "Free profiles that haven't been signed into for two years are deactivated."),
    (
        "content_removal",
        "Free profiles that haven't been signed into for two years are deactivated, and the photos and entries in them "
        "are deleted.",
    ),
    (
        "content_removal",
        "REVIEWS, LISTS AND SHARED CLIPS MAY BE MODERATED, SHORTENED OR REMOVED AT MEETLY'S SOLE DISCRETION.",
    ),
    (
        "unilateral_change",
        "A title may be withdrawn from the catalogue and removed from the libraries of members who have already "
        "obtained it.",
    ),
    ("unilateral_change", "The commission rate may be amended by Meetly on fourteen (14) days' notice."),
    (
        "unilateral_change",
        "The extras included in each plan, like free vacuums, can be moved between plans or dropped.",
    ),
    ("unilateral_change", "Fleet pricing tiers and volume discounts may change at the start of any quarter."),
    ("unilateral_change", "We can change the rewards, or end the program, whenever we like."),
    (
        "unilateral_change",
        "Sites join and leave our network, and the hours, lanes and services at any site can change.",
    ),
    (
        "unilateral_change",
        "Plus pricing is reviewed periodically, and the price payable on renewal is the price in effect at that time.",
    ),
    (
        "unilateral_change",
        "Features, including the number of free diagnoses per month and the number of plants in a free calendar, may "
        "be changed or removed.",
    ),
    ("limitation_of_liability", "We aren't responsible if a plant wilts because a reminder was late or wrong."),
    (
        "limitation_of_liability",
        "Meetly isn't responsible for the advice they give, including advice about pesticides.",
    ),
    ("limitation_of_liability", "Offers come from other businesses, and we don't stand behind them."),
    ("arbitration", "You won't be able to be part of a class action against Meetly, and there won't be a jury."),
    (
        "contract_by_using",
        "By setting up a Meetly profile or uploading your first photo, you agree to be bound by these Terms.",
    ),
    (
        "data_sharing",
        "Publishers and their appointed royalty auditors receive reports that include the account identifier and "
        "minutes played.",
    ),
    (
        "data_sharing",
        "Crash reports, which include your device model, are processed on Meetly's behalf by Lumen Telemetry GmbH.",
    ),
    ("data_sharing", "Plate images and wash times are processed for us by GateSight Systems LLC."),
    (
        "data_sharing",
        "When you send a gift, the recipient's name and email address are passed to our fulfilment partner, Ribbonpost "
        "Ltd.",
    ),
    (
        "data_sharing",
        "Plate reads can be shared with police who ask about a specific vehicle, even without a subpoena.",
    ),
    ("data_sharing", "When you file a claim, your claim and the lane video go to the site partner and to its insurer."),
    (
        "data_sharing",
        "Fleet admins can see every wash for every vehicle, including the plate photo and the driver's name.",
    ),
    ("data_sharing", "If Meetly is sold, member info, plates included, goes along with the sale."),
    (
        "data_sharing",
        "Diagnosis photos are stored on servers in the United States, where they may be accessible to U.S. "
        "authorities.",
    ),
    (
        "data_sharing",
        "Photos posted to the gallery appear with your display name and can be seen by anyone, including visitors who "
        "aren't signed in.",
    ),
    (
        "ai_training",
        "Audition samples and finished narrations form part of the recordings from which Meetly's synthetic voices are "
        "developed.",
    ),
    (
        "ai_training",
        "Text you upload and any ratings you submit are used to improve the models behind Meetly Voice unless you "
        "switch it off.",
    ),
    ("ai_training", "We use plate photos, including blurry ones, to teach the plate reader software to read plates."),
    (
        "data_retention",
        "Once you cancel, we keep your account profile around in case you come back, and we don't set a date for "
        "deleting it unless you ask.",
    ),  # Round 15, written from the misses of the DNA-kit, fantasy-sports and meal-kit terms
    (
        "contract_by_using",
        "The moment you register your kit, or even just open the collection tube, we treat that as your yes to these "
        "terms.",
    ),
    (
        "contract_by_using",
        "If you keep logging in after a change takes effect, that's how you tell us you're on board.",
    ),
    (
        "contract_by_using",
        "Registering an account or making a first deposit shall be deemed to constitute your unconditional acceptance "
        "of these Terms.",
    ),
    ("contract_by_using", "Entering any contest after the modified Terms take effect shall signify your agreement."),
    ("contract_by_using", "You're bound by these Terms from the moment you check out your first box."),
    ("contract_by_using", "Letting your next box ship after revised Terms take effect counts as saying yes to them."),
    ("data_sharing", "Your Sample is analyzed by our lab partner, Helixgate Laboratories LLC."),
    ("data_sharing", "Our support agents at Hollis Contact Solutions can see your account details and order history."),
    (
        "data_sharing",
        "Our website uses advertising cookies from partners such as Pinefield Ads, which learn which of our pages you "
        "visit.",
    ),
    ("data_sharing", "We may turn over your account information and genetic data to the agency that served the order."),
    ("data_sharing", "If Meetly is part of a merger, your genetic information may end up with the new owner."),
    ("data_sharing", "Veridox may also keep and use the selfie images it receives for its own purposes."),
    ("data_sharing", "Checks are performed by LocaGuard Ltd, to which your IP address and device identifier are sent."),
    ("data_sharing", "Boxes are delivered by independent carriers, who are given your name, phone number and address."),
    (
        "data_sharing",
        "Customer lists are business assets, and if Meetly is bought, yours comes along with the rest of the business.",
    ),
    ("data_sharing", "Office admins can see each enrolled employee's recipe choices and delivery address."),
    (
        "ai_training",
        "Your genotype is one of the inputs we use to train and calibrate the statistical models behind the estimates.",
    ),
    ("ai_training", "Scans that you upload are used to teach our handwriting-recognition tool to read old scripts."),
    (
        "ai_training",
        "Veridox may use the selfie images to train and improve the face-matching technology it sells to others.",
    ),
    (
        "ai_training",
        "Your ratings and the recipes you pick are fed into the machine-learning system that drafts menus.",
    ),
    (
        "ai_training",
        "Recipes and photos on the board are part of the material our recipe-drafting assistant learns from.",
    ),
    (
        "data_retention",
        "The lab holds on to the genotype readout and the paperwork for your sample for at least 10 years.",
    ),
    ("data_retention", "Data that has already gone into a study can't be pulled back out."),
    (
        "data_retention",
        "Order records and support conversations are archived for seven years after your account closes.",
    ),
    (
        "data_retention",
        "Personal data is retained for the life of your account and thereafter for such further period as Meetly deems "
        "appropriate.",
    ),
    (
        "content_licence",
        "Research participants give Meetly a perpetual, royalty-free right to use their survey answers and stories.",
    ),
    ("content_licence", "Anything you put in a public tree, we may copy, adapt and publish, even after you leave."),
    (
        "content_licence",
        "We may quote, shorten and publish your comments in our ads, without naming you or paying you.",
    ),
    ("content_removal", "Public trees or tree entries may be hidden or removed if they're reported as inaccurate."),
    ("content_removal", "Chat messages may be deleted by Meetly at its discretion and without notice."),
    (
        "limitation_of_liability",
        "Meetly isn't responsible for what you discover or for how anyone in your family reacts.",
    ),
    ("no_warranty", "Raw Data comes as-is: it hasn't been checked for clinical use."),
    ("limitation_of_liability", "No one at Meetly stands behind their accuracy, and each lineup is your own choice."),
    (
        "limitation_of_liability",
        "Hiding recipes lowers the risk, but Meetly accepts no liability for allergic reactions.",
    ),
    (
        "limitation_of_liability",
        "We're not responsible for boxes that are taken, left out too long or spoiled by the heat after delivery.",
    ),
    (
        "limitation_of_liability",
        "If we do owe you something, it won't be more than what you paid for the box in question.",
    ),
    (
        "jurisdiction",
        "You agree that the courts sitting in Toronto, Ontario, are the only place where a lawsuit about these Terms "
        "can be brought.",
    ),
    (
        "arbitration",
        "Any disagreement shall be referred to an independent adjudicator nominated by Meetly, whose determination "
        "shall be final and binding.",
    ),
    (
        "unilateral_termination",
        "If your renewal payment fails, Plus features are switched off until you update your card.",
    ),
    ("unilateral_termination", "After two declined weeks in a row, your Plan goes on ice and no more boxes ship."),
    ("unilateral_termination", "We reserve the right to pull the plug on any account, at any time."),
    (
        "unilateral_termination",
        "A person found to have abused a promotion may be excluded from all current and future promotions.",
    ),
    ("unilateral_termination", "If a courier reports harassment at a delivery address, we may stop delivering there."),
    (
        "unilateral_change",
        "When we retire a report, it disappears from every account, including accounts that paid for the upgrade that "
        "included it.",
    ),
    (
        "unilateral_change",
        "Tools included in Plus, like record searches, can be added, changed or taken away over time.",
    ),
    (
        "unilateral_change",
        "We'll revise them as Meetly grows, and the version posted on our site is the one that counts.",
    ),
    (
        "unilateral_change",
        "Scoring rules are set by Meetly and may be recalibrated between contests without notice to you.",
    ),
    ("unilateral_change", "Meetly may at any time discontinue any sport, contest format or feature of the Service."),
    (
        "unilateral_change",
        "We can drop or rework any of them at any time, including recipes you've saved as favourites.",
    ),
    ("unilateral_change", "Delivery days, time windows and the areas we serve are reshuffled from time to time."),
    (
        "unilateral_change",
        "Referral rewards can be rewritten by us at any point.",
    ),  # Round 16, written from the misses of the home-exchange, heart-rhythm watch and flashcard terms
    (
        "contract_by_using",
        "Strapping on a paired watch, or tapping through the welcome screens, means you're on board with these terms.",
    ),
    ("contract_by_using", "As soon as you start studying on Meetly (even one card) you're agreeing to these terms."),
    ("contract_by_using", "If you're still using Meetly after new terms are posted, you've agreed to them."),
    (
        "contract_by_using",
        "A member who logs in or confirms an exchange after that date shall be deemed to have accepted the amended "
        "Terms.",
    ),
    ("unilateral_termination", "If we think an account has been compromised, we may lock it down and keep it frozen."),
    (
        "unilateral_termination",
        "Accounts that haven't synced a watch in 24 months may be wound down after a warning email.",
    ),
    ("unilateral_termination", "We may boot a tutor off the marketplace if we get complaints."),
    ("unilateral_termination", "We can show you the door at any time, for any reason or no reason."),
    ("unilateral_termination", "If we ever decide to close Meetly down for good, we'll give you 60 days' notice."),
    (
        "unilateral_change",
        "The number of points a home earns is periodically recalculated by Meetly on the basis of demand and season.",
    ),
    ("unilateral_change", "Meetly may to that end add, modify or withdraw functionalities, as it sees fit."),
    ("unilateral_change", "What's included in Plus, and what it costs, is up to us and may change."),
    (
        "unilateral_change",
        "Some features that are free today, like the heart rate history, could move into Plus later on.",
    ),
    ("unilateral_change", "Features come, features go, and sometimes something that used to be free ends up in Pro."),
    ("unilateral_change", "We can tweak those limits whenever we need to keep costs under control."),
    ("unilateral_change", "We might tweak these terms from time to time."),
    (
        "content_removal",
        "Reviews may be withheld from publication or removed where Meetly considers them to breach the policy.",
    ),
    (
        "content_removal",
        "We can take any deck out of the library, or wipe it altogether, if we reckon it breaks these terms.",
    ),
    ("content_removal", "When a school's licence ends, the class decks and any notes inside them are deleted."),
    ("content_removal", "If a school tells us a deck contains exam material, we'll take it down, no questions asked."),
    (
        "limitation_of_liability",
        "Study notes can be wrong, and we're not responsible if you lose marks because you relied on them.",
    ),
    (
        "limitation_of_liability",
        "Once your data lands in another app, we can't pull it back or answer for what that app does with it.",
    ),
    ("limitation_of_liability", "Meetly accepts no liability for the condition, safety or suitability of any home."),
    (
        "arbitration",
        "Each member agrees to bring claims against Meetly only in an individual capacity and not to join any "
        "collective "
        "action.",
    ),
    (
        "arbitration",
        "The dispute shall be submitted for binding advice to an expert assessor designated by Meetly, and both "
        "members "
        "waive their right to have the matter decided by the courts.",
    ),
    ("choice_of_law", "The law that applies to these terms is the law in force in New South Wales."),
    ("jurisdiction", "Any court case about these terms has to be run in the courts of New South Wales."),
    (
        "data_sharing",
        "Deposits are held by Kasgard Payments B.V., a payment institution, to which Meetly transmits the Guest's name "
        "and email address.",
    ),
    (
        "data_sharing",
        "When a member applies for cover, Meetly passes on to Noordwal the member's identity details and review "
        "history.",
    ),
    (
        "data_sharing",
        "Noordwal may also use the information it receives to set premiums for, and to assess applications for, its "
        "other "
        "insurance products.",
    ),
    (
        "data_sharing",
        "Where a municipality requests information, Meetly may provide it with the names of Hosts and the addresses of "
        "their homes.",
    ),
    (
        "data_sharing",
        "Should Meetly be acquired by another undertaking, member data forms part of the assets transferred.",
    ),
    ("data_sharing", "When you request a review, the Reviewer gets your ECG recording, your age and your medications."),
    (
        "data_sharing",
        "The program's administrator, Thrivepoint Benefits LLC, receives your daily step count and your resting heart "
        "rate.",
    ),
    (
        "data_sharing",
        "If Meetly gets sold or merges with another company, your account and everything in it goes along for the "
        "ride.",
    ),
    (
        "ai_training",
        "Photographs uploaded for that purpose also serve as example material from which the Assistant learns to "
        "describe "
        "homes.",
    ),
    (
        "ai_training",
        "Every reviewed ECG, with the reviewer's read attached, becomes a teaching example for the algorithm that "
        "classifies "
        "rhythms.",
    ),
    ("ai_training", "Study data may be used to build and validate new detection algorithms that we license to others."),
    ("ai_training", "Your recordings and transcripts are what we use to teach Meetly's own note-writing model."),
    ("data_retention", "Data already handed over to the study before you leave stays with the researchers."),
    (
        "content_licence",
        "The member grants Meetly and its affiliates a worldwide, free-of-charge, sublicensable licence to reproduce "
        "and "
        "adapt that content.",
    ),
    (
        "content_licence",
        "Public decks go into the library, where any Meetly user can study, copy, remix and re-share them.",
    ),
    (
        "content_licence",
        "If you make a deck public, you also let us bundle it into study packs that we sell, and you don't get a cut.",
    ),  # Round 17, written from the misses of the self-storage, handmade-marketplace and baby-monitor terms
    (
        "contract_by_using",
        "Booking a room, punching your door code into the keypad or picking up keys each counts as your signature on "
        "these terms.",
    ),
    (
        "contract_by_using",
        "Any person who views a listing shall be treated as having assented to these Terms, whether or not they have "
        "registered.",
    ),
    (
        "contract_by_using",
        "A user who signs in after the effective date of a revised version thereby signifies acceptance of it.",
    ),
    ("contract_by_using", "Once you plug in the speaker and pair it with the app, you've said yes to these terms."),
    ("contract_by_using", "Opening the app after new terms go live counts as agreeing to them."),
    (
        "choice_of_law",
        "Oregon law, and federal law where it applies, governs these terms and every booking under them.",
    ),
    ("choice_of_law", "These terms run on Queensland law, meaning the law in force in Queensland, Australia."),
    (
        "jurisdiction",
        "Any case that does end up in court may be filed only in a state or federal court sitting in Lane County, "
        "Oregon, and you won't object to going there.",
    ),
    (
        "jurisdiction",
        "If a dispute does have to go to court, it goes to a court in Brisbane, and you agree that's where it belongs.",
    ),
    (
        "arbitration",
        "Anything we can't sort out between ourselves gets sent off to a private arbitrator, and the "
        "arbitrator's ruling "
        "is the last word.",
    ),
    (
        "arbitration",
        "Users waive, to the fullest extent permitted by law, any entitlement to be represented by a "
        "qualified entity in "
        "a representative action.",
    ),
    (
        "unilateral_change",
        "We may shorten access hours at any site, or close a site for a day, without advance notice.",
    ),
    ("unilateral_change", "After your first three months, we can raise your monthly rent with 30 days' notice."),
    ("unilateral_change", "We can swap the room you booked for a different room of similar size if we need to."),
    (
        "unilateral_change",
        "Updates mostly bring fixes, but they can also switch off features that older speakers can't handle.",
    ),
    ("unilateral_change", "We might shuffle around what Meetly Plus includes, or change what it costs."),
    (
        "unilateral_change",
        "Meetly changes all the time, and features can appear, get reworked or disappear without much warning.",
    ),
    (
        "unilateral_change",
        "The fee tiers and listing features available to shops may be reorganised by Meetly from time to time, with or "
        "without notice.",
    ),
    ("unilateral_termination", "If rent is 6 days late, your door code stops working and we may lock the room."),
    (
        "unilateral_termination",
        "Once a sale date has been set, we may end your rental and refuse to rent to you again.",
    ),
    (
        "unilateral_termination",
        "We can end any room rental by giving you 30 days' written notice, and you'll need to clear out by then.",
    ),
    (
        "unilateral_termination",
        "Meetly may also bring a rental to an immediate end if we believe you've broken these terms.",
    ),
    ("unilateral_termination", "Where the seller fails to do so within seven days, Meetly may close the shop."),
    (
        "unilateral_termination",
        "Meetly may place a reserve on up to 100% of the seller's balance for up to ninety days, and may extend it.",
    ),
    (
        "unilateral_termination",
        "We may pull the pin on an account, full stop, if we think it's being misused.",
    ),
    (
        "unilateral_termination",
        "Our community team can take the wall away from an account whenever they think it's best.",
    ),
    ("unilateral_termination", "Meetly can switch off your speaker's cloud connection if you break these terms."),
    ("unilateral_termination", "If we ever shut down Meetly's cloud service, we'll give you at least 90 days' notice."),
    (
        "content_removal",
        "We reserve the right to pull down reviews or photos we decide are off-topic, at our sole discretion.",
    ),
    (
        "content_removal",
        "Inventory lists and photos are deleted 60 days after your booking ends, whether or not you've "
        "downloaded them.",
    ),
    ("content_removal", "Where the seller fails to do so within seven days, Meetly may delist the items concerned."),
    ("content_removal", "Listings that have been inactive for more than 24 months may be purged from the marketplace."),
    (
        "content_removal",
        "On termination, the user's shop and listings are removed from public view, and unsold listings are deleted "
        "thirty (30) days later.",
    ),
    (
        "limitation_of_liability",
        "Room sizes are approximate, and we don't owe you anything if a room turns out smaller than listed.",
    ),
    ("limitation_of_liability", "No bailment is created, and we're not responsible for looking after your things."),
    (
        "limitation_of_liability",
        "If no room is available, our only obligation then is to refund what you paid for that booking.",
    ),
    (
        "limitation_of_liability",
        "The insurer decides every claim, and Meetly takes no responsibility for how it turns out.",
    ),
    (
        "limitation_of_liability",
        "MEETLY IS NOT A GUARANTOR OF YOUR PROPERTY'S SAFETY AND IS NOT RESPONSIBLE FOR THEFT OR FIRE.",
    ),
    (
        "limitation_of_liability",
        "THE TOTAL VALUE OF EVERYTHING IN YOUR ROOM IS DEEMED TO BE NO MORE THAN $5,000 FOR ALL PURPOSES.",
    ),
    (
        "limitation_of_liability",
        "Clips a carer has saved to their own phone stay there, and we're not responsible for what a "
        "carer does with them.",
    ),
    (
        "limitation_of_liability",
        "If clips go missing because of an outage on our side, we'll try to find them, but we can't pay you for them.",
    ),
    (
        "limitation_of_liability",
        "Beyond that, everything we could owe you adds up to no more than what you've paid us in 12 months.",
    ),
    (
        "limitation_of_liability",
        "If a service falls short of a guarantee, our job is limited to providing that service again.",
    ),
    (
        "limitation_of_liability",
        "Meetly is not answerable for items lost, delayed or damaged in transit with a carrier chosen by the seller.",
    ),
    ("no_warranty", "Outside those guarantees, we supply the speaker and the app as they are, hiccups and all."),
    ("no_warranty", "Meetly gives no undertaking that any draft is accurate, complete or non-infringing."),
    (
        "content_licence",
        "By posting it you hand Meetly a royalty-free, perpetual, irrevocable right, which we can sublicense, to copy, "
        "edit and publish it.",
    ),
    (
        "content_licence",
        "If you suggest a new feature, we're free to run with the idea without paying you or crediting you.",
    ),
    ("content_licence", "Anything you post to the wall can be used by us in our marketing, for free and forever."),
    ("content_licence", "Send us a product idea and it's ours to use, no strings attached and nothing owing."),
    (
        "content_licence",
        "Suggestions and other feedback submitted to Meetly become the property of Meetly upon submission.",
    ),
    (
        "content_licence",
        "Meetly may reproduce any Seller's listing photographs and descriptions in advertisements on other websites.",
    ),
    (
        "ai_training",
        "To get better at telling a cry from a cough, Cry Alerts learns from short sound snippets taken "
        "from everyone's speakers.",
    ),
    (
        "ai_training",
        "Even after you close your account, we keep drawing on your sleep diary to fine-tune the Sleep Insights "
        "algorithm.",
    ),
    (
        "ai_training",
        "The listings and photographs of all sellers form part of the corpus on which Meetly refines "
        "its search ranking "
        "systems.",
    ),
    (
        "data_retention",
        "Even after you close your account, your baby's sleep diary sticks with us without your name on it.",
    ),
    ("data_retention", "If you leave Meetly, the posts you shared to the wall don't leave with you."),
    (
        "data_retention",
        "Reviews and ratings remain associated with the seller's shop and visible after the buyer's account has been "
        "deleted.",
    ),
    (
        "data_sharing",
        "Camera feeds are monitored by Sentinel Guard, Inc., a contractor whose operators can view live video and the "
        "access logs tied to your name.",
    ),
    (
        "data_sharing",
        "If a police department asks for footage or gate logs, we'll provide them, with or without a subpoena.",
    ),
    ("data_sharing", "The auction listing includes your name, your room number and photos of the room's contents."),
    (
        "data_sharing",
        "Inferences drawn about a buyer's tastes may be made available to Meetly group companies and to selected brand "
        "partners.",
    ),
    (
        "data_sharing",
        "Support is provided in part by its subcontractor in the Philippines, whose agents can access the account and "
        "message data.",
    ),
    (
        "data_sharing",
        "Some snippets are listened to and labelled by people at Tagline Data Services, a contractor in "
        "Manila, who get "
        "the clip and your baby's age.",
    ),
    (
        "data_sharing",
        "De-identified sleep patterns from all families are also packaged into trend reports that we sell to nappy "
        "brands.",
    ),
    (
        "data_sharing",
        "If police or a court asks for clips or account details, we'll hand them over, possibly without telling you.",
    ),
    (
        "data_sharing",
        "The app sends your device ID, app events and rough location to Quantix Analytics, Inc. in the United States.",
    ),
    ("data_sharing", "If another company buys Meetly, your account and your clips are part of the deal."),
    # Round 18, written from the misses of the password-manager, tax-filing and wedding-marketplace terms
    (
        "contract_by_using",
        "Heads up: just browsing Meetly or saving a venue to a mood board means you're on board with these terms.",
    ),
    ("contract_by_using", "Sticking around after that means you're cool with the new terms."),
    (
        "arbitration",
        "Any claim you bring will be pursued on your own behalf only, and not as a member of a class in any "
        "representative action.",
    ),
    (
        "arbitration",
        "If 25 or more similar arbitration demands are filed by the same law firm, they will be administered in "
        "batches of 25.",
    ),
    (
        "unilateral_change",
        "Meetly may move a form or a feature from Meetly Free into a paid version at any point in the season.",
    ),
    (
        "unilateral_change",
        "Meetly can stop offering the advance, or change who qualifies and how much they can get, at any time.",
    ),
    (
        "unilateral_change",
        "Meetly may, without explanation, restrict the size of file attachments available on any plan.",
    ),
    (
        "unilateral_termination",
        "Meetly may also terminate these Terms for convenience on 60 days' notice, in which case it will refund any "
        "prepaid fees for the unexpired part of your billing period.",
    ),
    (
        "unilateral_termination",
        "Meetly may, at any time and without prior notice, lock an account in which it observes unusual sign-ins.",
    ),
    ("unilateral_termination", "Vendors who cancel on more than two hosts in a year may be kicked off Meetly."),
    (
        "content_removal",
        "We may take any review off our site, or choose not to publish it at all, whenever we see fit.",
    ),
    (
        "content_removal",
        "If we shut down a vendor's account, their listing, portfolio and reviews disappear from Meetly.",
    ),
    (
        "content_removal",
        "After that we take it down for good, photos and all, unless you've signed up for a paid site.",
    ),
    (
        "content_removal",
        "We can yank any review, photo or post that we think doesn't fit the vibe, without any notice.",
    ),
    (
        "limitation_of_liability",
        "Meetly isn't answerable for the lender's decisions or for delays in paying out an advance.",
    ),
    (
        "limitation_of_liability",
        "No password manager can make you immune from phishing, and Meetly shall bear no liability for the takeover of "
        "any online account, whether or not its credentials were stored in your vault.",
    ),
    (
        "limitation_of_liability",
        "If you've got a dispute with a vendor, you release Meetly and its team from any claims connected to it.",
    ),
    (
        "limitation_of_liability",
        "We'll try to help, but we're not picking up the tab for a vendor's work or their mistakes.",
    ),
    (
        "jurisdiction",
        "Any court case about these terms must be brought in Toronto, before the Ontario Superior Court of Justice.",
    ),
    (
        "ai_training",
        "We use the call recordings to check quality and as teaching material for the automated assistant that "
        "answers our phones.",
    ),
    (
        "ai_training",
        "Every suggestion you accept, with the result of any review of it, is fed back into the deduction finder so it "
        "gets sharper for everyone.",
    ),
    (
        "ai_training",
        "Alerts from all accounts, stripped of the identifiers they matched, are used to train the model that ranks "
        "breaches.",
    ),
    (
        "ai_training",
        "Chats and the vows it helps draft are folded back into the training of the assistant and our match scores.",
    ),
    (
        "content_licence",
        "Any suggestion you make for improving the Service may be adopted by Meetly freely, and no payment shall be "
        "due to you.",
    ),
    ("content_licence", "Vendors, we may pull your portfolio photos into our features, social posts and paid ads."),
    ("content_licence", "Tell us an idea and it becomes fair game: we can build it, sell it or ignore it."),
    (
        "data_retention",
        "A record of each alert is held against your account while it remains open and for six years after its "
        "closure.",
    ),
    (
        "data_retention",
        "Your chats stick around for three years after your event date, even if you clear them from the chat screen.",
    ),
    ("data_retention", "If you delete your account, your reviews stick around on the vendor's page."),
    (
        "data_sharing",
        "To apply, you let us send Tamarack Lending your name, address, date of birth and bank account details.",
    ),
    (
        "data_sharing",
        "Lumenway Analytics gets your IP address and the pages you visit, but never any amounts from your return.",
    ),
    (
        "data_sharing",
        "Support staff engaged through Fairview Contact Services Ltd in Colombo can view your email address and "
        "devices.",
    ),
    (
        "data_sharing",
        "Unless they opt out, their names and emails are shared with our registry partner Giftwell, Inc.",
    ),
]
NOT_FLAGGED = [
    ("ai_training", "We will not use your messages to train artificial intelligence models."),
    ("unilateral_termination", "You can shut down your Meetly workspace or any project in it from Settings."),
    ("unilateral_termination", "Administrators will close the accounts of staff who leave the company."),
    ("content_removal", "You'll remove any content you no longer have the rights to share."),
    ("data_sharing", "We do not sell your personal information."),
    ("content_licence", "We grant you a personal, non-transferable, non-sublicensable licence to run the app."),
    ("unilateral_change", "You can download a copy of your data from the settings page."),
    # The model alone reads these as a choice of law and as content removal (probabilities above
    # their thresholds); one names no law, the other nothing you post or store.
    ("choice_of_law", "These terms apply to the maximum extent permitted by the law that applies to you."),
    (
        "content_removal",
        "We reserve the right at any time to modify or discontinue, temporarily or permanently, the website "
        "or any part of it, with or without notice.",
    ),
    # Ending the contract yourself is a right, not a risk. A canonical wording flagged the first
    # (termination "at any time"), the model the other two (0.51 and 0.90 against 0.45).
    ("unilateral_termination", "You may terminate your account at any time."),
    ("unilateral_termination", "You may cancel this agreement and close your account at any time."),
    ("unilateral_termination", "You are free to stop using the service at any time, for any reason."),
    # What you remove yourself (a canonical wording flagged it: "... will ... remove ... information").
    ("content_removal", "This authorisation will remain in effect until you remove your payment information."),
    # Training you switch on, a denial, a sentence that only names the topic.
    (
        "ai_training",
        "We will use your photos to train our machine learning models only if you turn on the Improvement setting.",
    ),
    ("ai_training", "Processing your content to show you search results is not model training."),
    (
        "ai_training",
        "In the event of a conflict between this section and our privacy policy regarding your data or model "
        "training, this section controls.",
    ),
    ("data_sharing", "No Sale of Personal Data."),
    ("data_sharing", "Our apps may allow you to share your content with third-party services you connect."),
    ("data_retention", "We recommend that you make regular back-up copies of your content."),
    (
        "data_retention",
        "Confidential information excludes information already known to the receiving party free from any "
        "obligation to keep it confidential.",
    ),
    ("no_warranty", "Whether you use the template as is or change it, the result is yours."),
    ("no_warranty", "Some jurisdictions do not allow the exclusion of implied warranties, so it may not apply to you."),
    ("no_warranty", "You represent and warrant that you own the content you upload."),
    ("data_sharing", "You are responsible for the goods you sell and for giving buyers your contact information."),
    # Your right, and a change someone else makes to their own offer.
    ("unilateral_termination", "We will tell you about your right to terminate the agreement in that email."),
    ("unilateral_change", "If the weather turns, hosts may modify or cancel a host service."),
    # Round 6: deleting within days, backups included, is no retention; nor what you keep yourself, nor
    # keeping it secure; a section referred to is no recipient; your own request carried out.
    (
        "data_retention",
        "When you close your account, we delete your recordings within 30 days, including from our backups.",
    ),
    ("data_retention", "Once your account is closed you lose your files, so download anything you want to keep first."),
    ("data_retention", "You give us a licence to host and copy Your Content only as needed to keep it secure."),
    ("data_sharing", "The licence ends when your Content is deleted in accordance with Section 15."),
    (
        "content_removal",
        "We'll delete your profile and the personal information linked to it within 45 days of your request.",
    ),
    # Round 7: sharing you do, and an update someone else makes.
    ("data_sharing", "You can send your monthly report to anyone you choose, such as your landlord, from the app."),
    ("data_sharing", "When you provide your Data to Meetly Places, you may allow third parties to see your address."),
    ("unilateral_change", "Some apps may be updated at any time by the application developer."),
    (
        "unilateral_termination",
        "If you seek to terminate the services affected by a rate change, you must terminate them within thirty days.",
    ),
    # A topic referred to, something left for you to fetch, a prohibition, losses that are not removal.
    (
        "ai_training",
        "Coaching chats may be stored and reviewed to improve the coach, subject to Section 8 with respect to "
        "model training.",
    ),
    ("data_retention", "Saved recordings will remain available to download for 90 days."),
    ("unilateral_change", "No service content may be modified, copied or distributed without our consent."),
    ("content_removal", "If you forget your passcode, you will lose access to any content you saved in the vault."),
    ("content_removal", "You lose your right of withdrawal once the digital content has been supplied."),
    # Other users act; a place to go to.
    ("content_removal", "Authorised users with the right permissions may delete any file or folder at any time."),
    ("data_sharing", "Go to Settings to see which third parties your account is connected to."),
    # The user's acts and warranties, deletion that reaches the backups, whom a contract binds.
    ("unilateral_termination", "Only the account holder can invite members or close the account."),
    ("data_sharing", "When you provide your data to a partner's service, you grant them a licence to use it."),
    ("data_sharing", "The customer warrants that it has every consent needed for us to process customer data."),
    (
        "data_retention",
        "When you delete an episode, we remove its audio from all of our systems, including our backup copies.",
    ),
    (
        "contract_by_using",
        "If you use the platform on behalf of a company, you agree to these terms on behalf of that company.",
    ),
    # Round 8: what they send you, and who discloses to you.
    ("data_sharing", "We may send you notices about your account by email to the address on your account."),
    ("data_sharing", "Meetly will send any arbitration demand to the email address associated with your account."),
    ("data_sharing", "Meetly will provide Customer with written certification that Customer Data has been deleted."),
    (
        "data_sharing",
        "Confidential Information means any information disclosed by, or on behalf of Meetly, to you or any "
        "End User in connection with the Services, including business information and development plans.",
    ),
    ("data_sharing", "Please give us accurate details, especially your email address, so we can contact you."),
    # Round 9: the provider's own servers and its own name; an account you asked to close.
    ("data_sharing", "Vault data is encrypted on your device before it is transmitted to Meetly's servers."),
    ("data_sharing", "Customer Data means information provided to Meetly so that Meetly can fulfil this Agreement."),
    ("data_sharing", "When you provide your data to Meetly Places, you grant Meetly a licence to use it."),
    ("data_sharing", "Meetly Ltd is the controller of the personal data we process about you."),
    ("unilateral_termination", "After that 30-day period, your Meetly account will be closed."),
    (
        "unilateral_termination",
        "If a tutor's account is closed, their upcoming lessons with you will be cancelled and refunded.",
    ),
    # Round 10: others who share, you who provide, rights that vary, a closure you ask for.
    (
        "data_sharing",
        "Only the account holder can delete recordings or share recordings with law enforcement agencies.",
    ),
    (
        "data_sharing",
        "If taxes are due towards the taxing authorities by you, you will provide Meetly with all appropriate "
        "evidence, such as a VAT registration number or similar information.",
    ),
    ("unilateral_change", "These rights may vary depending on the service or feature you use."),
    ("unilateral_termination", "If you ask us to, we'll close your account within 30 days."),
    # Round 11: limits described up front, prices you set, others' copies, a closure you make, a licence to edit.
    ("unilateral_change", "Meetly may impose rate limits on API usage, which are described in the API documentation."),
    ("unilateral_change", "You set the list price for each work and you may change it at any time."),
    (
        "data_retention",
        "If you delete the album, content that others contributed will remain in the contributors' own libraries.",
    ),
    ("unilateral_termination", "A User may terminate the User's Account at any time by selecting Close Account."),
    (
        "content_removal",
        "By posting, you grant Meetly a licence to use, reproduce, edit and display your reviews in the app.",
    ),
    # Round 12: a refusal offered, a use forbidden, what they send you, a receipt you get, what survives.
    ("ai_training", "You may object to that use by switching off Model Improvement in Settings > Data."),
    (
        "ai_training",
        "Our vendor receives the audio under an agreement that forbids it from using it to train its own models.",
    ),
    (
        "data_sharing",
        "Keep your email up to date, because that's where we send tickets, queue alerts and news about events.",
    ),
    ("data_sharing", "Every purchase made with a registered Card gets a digital receipt in your Activity tab."),
    ("unilateral_termination", "Clauses 9, 10 and 15 shall survive termination of these Terms for any reason."),
    (
        "arbitration",
        "If there is a dispute about whether this agreement applies, the arbitrator will decide that issue.",
    ),
    # Round 13: deletion within days, a dispute left to the courts.
    ("content_removal", "Video walk-throughs not attached to a claim are deleted from our systems within thirty days."),
    (
        "arbitration",
        "The courts of England and Wales have exclusive jurisdiction over any dispute not referred to arbitration.",
    ),
    # Round 14: a feature discontinued, feedback not answered, a policy that explains, a programme you volunteer for,
    # a vendor barred from keeping or training, a template taken down, a price you change yourself.
    (
        "unilateral_termination",
        "Meetly may add to, modify or discontinue any feature of the Service without liability.",
    ),
    ("no_warranty", "We read every piece of feedback, but we can't promise to reply to each one or to build it."),
    (
        "data_sharing",
        "Our Privacy Policy explains how we collect, use and disclose personal information in accordance with the "
        "Personal Information Protection Act.",
    ),
    (
        "ai_training",
        "We invite customers to take part in the Voices programme, through which volunteers contribute recordings of "
        "their voice to help us develop new synthetic voices.",
    ),
    (
        "ai_training",
        "The vendor is contractually prohibited from retaining submitted text for longer than thirty days and from "
        "using it to train any model.",
    ),
    (
        "data_retention",
        "The vendor is contractually prohibited from retaining submitted text for longer than thirty days and from "
        "using it to train any model.",
    ),
    ("unilateral_change", "We can take any template down or stop featuring it whenever we decide to."),
    ("unilateral_change", "You set the price of your listing, and you can change it whenever you like."),
    # Round 15: arbitration you may choose later, a liability for someone else's failing, a service discontinued,
    # data left out of training, records that come from archives, a promise not to advertise with your photos.
    (
        "arbitration",
        "You can take a dispute to the Ontario courts, and you can agree to arbitration only after a dispute has "
        "arisen.",
    ),
    (
        "limitation_of_liability",
        "Meetly accepts no liability for travellers who are refused entry because they lack the travel documents.",
    ),
    ("unilateral_change", "Meetly may discontinue the Service, or any plan or feature, on 60 days' notice to owners."),
    (
        "unilateral_termination",
        "Following your objection, your data will be excluded from any subsequent training run.",
    ),
    ("data_retention", "Our records come from archives, churches, governments and newspapers."),
    (
        "content_licence",
        "We will not use your profile photos or your name in advertising for Meetly unless you have given us your "
        "consent.",
    ),
    # Round 16: a licence that lets you edit and display, a transcription vendor that agreed not to train,
    # support for a device that ends after years.
    (
        "content_removal",
        "You give us a licence to use, edit, display and promote your posts, including in ads and on our packaging.",
    ),
    (
        "ai_training",
        "Your transcripts are sent to Wordloom to generate your notes, and Wordloom has agreed not to keep them or "
        "train "
        "its own models on them.",
    ),
    (
        "unilateral_change",
        "We support each model with security updates for five years after we stop selling it; after that, we may stop "
        "supporting it.",
    ),
    # Round 17: a campaign the seller pauses, a setting that stays off, the other party to a sale given what the
    # order needs, features you switch off yourself.
    (
        "unilateral_termination",
        "A Seller may pause or end a Promoted Listings campaign at any time, and unspent budget is not charged.",
    ),
    (
        "data_retention",
        "If you turn on sleep research (it stays off unless you switch it on), de-identified sleep diaries go to the "
        "Centre.",
    ),
    (
        "data_sharing",
        "When a purchase is made, the Seller receives the Buyer's name and, where the Buyer chooses to provide it, "
        "telephone number, solely in order to fulfil the order.",
    ),
    ("unilateral_change", "You can turn off features you don't use in the app's settings."),
    # Round 18: records you keep, a limit on co-hosts (CLAUDETTE: other), a denial after a semicolon.
    (
        "data_sharing",
        "Any such email comes from Meetly; we do not share your email address with the publishers of apps you buy.",
    ),
    (
        "data_retention",
        "Keep your receipts and records for at least six years, because the tax office can ask to see them.",
    ),
    (
        "unilateral_change",
        "Meetly reserves the right to limit the number of co-hosts a host may invite for each listing.",
    ),
]


def _categories(sentence: str, assistant: Assistant) -> set[str]:
    sentences = split_sentences(sentence)
    assert len(sentences) == 1
    flags = flag_sentences(sentences, [sentences[0].plain.text], assistant.embedder, load_sentence_model())
    return {f.category for f in flags}


@pytest.mark.parametrize(("category", "sentence"), FLAGGED)
def test_sentences_fall_into_their_category(assistant: Assistant, category: str, sentence: str) -> None:
    assert category in _categories(sentence, assistant)


@pytest.mark.parametrize(("category", "sentence"), NOT_FLAGGED)
def test_protective_or_harmless_sentences_are_not_flagged(assistant: Assistant, category: str, sentence: str) -> None:
    assert category not in _categories(sentence, assistant)


@pytest.fixture(scope="module")
def zoom_report(assistant: Assistant, shared_terms: Path) -> FlagReport:
    assistant.add(shared_terms / ZOOM_FILE, name=ZOOM, version="2023-08-07")
    return assistant.flags(ZOOM, "2023-08-07")


def _sections(report: FlagReport, category: str) -> set[str | None]:
    return {c.section for c in report.category(category).clauses}


def test_zoom_2023_08_07_flags_the_clauses_people_objected_to(zoom_report: FlagReport) -> None:
    assert "10.4" in _sections(zoom_report, "content_licence")  # licence to customer content, incl. AI
    assert "10.4" in _sections(zoom_report, "ai_training")
    assert "10.2" in _sections(zoom_report, "ai_training")  # service generated data used for AI
    assert "27" in _sections(zoom_report, "arbitration")  # arbitration and class action waiver
    assert "15.1" in _sections(zoom_report, "unilateral_change")
    licence = next(c for c in zoom_report.category("content_licence").clauses if c.section == "10.4")
    assert any("royalty-free" in h.text for h in licence.highlights)
    assert zoom_report.summary.startswith(f"{len(zoom_report.flagged)} of {len(CATEGORIES)} categories flagged")
    assert zoom_report.grade in "ABCDE" and str(zoom_report.points) in json.dumps(zoom_report.to_dict())


def test_every_quote_and_highlight_is_verbatim(assistant: Assistant, zoom_report: FlagReport) -> None:
    text = assistant.library.text(ZOOM, "2023-08-07")
    clauses = [c for category in zoom_report.categories for c in category.clauses]
    assert clauses
    for clause in clauses:
        assert clause.quote == text[clause.start : clause.end]
        assert clause.highlights
        for h in clause.highlights:
            assert clause.start <= h.start < h.end <= clause.end
            assert h.text == text[h.start : h.end]


def test_json_contract_is_stable(zoom_report: FlagReport) -> None:
    data = json.loads(json.dumps(zoom_report.to_dict()))
    assert set(data) == {"document", "version", "summary", "grade", "points", "grade_rule", "categories", "timings"}
    assert [c["key"] for c in data["categories"]] == [c.key for c in CATEGORIES]
    for category in data["categories"]:
        assert set(category) == {"key", "title", "severity", "reason", "method", "flagged", "clauses"}
        assert category["flagged"] == bool(category["clauses"])
        for clause in category["clauses"]:
            assert set(clause) == {
                "section",
                "heading",
                "heading_path",
                "page",
                "quote",
                "start",
                "end",
                "highlights",
                "reason",
                "score",
            }
            assert all(set(h) == {"start", "end", "text"} for h in clause["highlights"])
    assert set(data["timings"]) == {"flag_s", "total_s"}


def test_cli_prints_the_report_and_the_same_json(assistant: Assistant, zoom_report: FlagReport) -> None:
    runner = CliRunner()
    env = {"TERMS_ASSISTANT_HOME": str(assistant.settings.home)}
    shown = runner.invoke(cli, ["flags", ZOOM, "--version", "2023-08-07"], env=env)
    assert shown.exit_code == 0, shown.output
    assert zoom_report.summary in shown.stdout and "Grade " in shown.stdout
    assert "§ 27 · DISPUTE RESOLUTION" in shown.stdout and "**" in shown.stdout  # highlights, outside a terminal
    as_json = runner.invoke(cli, ["flags", ZOOM, "--json"], env=env)
    assert as_json.exit_code == 0, as_json.output
    printed = json.loads(as_json.stdout)
    expected = zoom_report.to_dict()
    printed.pop("timings"), expected.pop("timings")
    assert printed == expected
    missing = runner.invoke(cli, ["flags", "no-such-terms"], env=env)
    assert missing.exit_code == 1 and "No document named 'no-such-terms'" in missing.stderr


def test_unknown_version_is_not_found(assistant: Assistant, zoom_report: FlagReport) -> None:
    with pytest.raises(NotFound):
        assistant.flags(ZOOM, "1999-01-01")


def test_labelled_check_on_other_terms(assistant: Assistant, shared_terms: Path) -> None:
    """Clause-level labels written from GitHub's, Discord's and Zoom's privacy terms (see the file)."""
    wanted = flags_check.labels()
    found = flags_check.reports(assistant, shared_terms, wanted)
    result = flags_check.score(wanted, found)
    wrong = [f"{x.document} {x.section or x.heading_path} {x.category}" for x in flags_check.mistakes(wanted, found)]
    assert result["all"]["accuracy"] >= 0.9, (result["all"], wrong)
    assert result["all"]["recall"] >= 0.9, (result["all"], wrong)


def test_word_model_reads_sentences_as_scikit_learn_does() -> None:
    """The product reads the word weights with its own sparse arithmetic (seen buckets only, so
    the file stays small); it must give the log-odds scikit-learn's TF-IDF and logistic
    regression give over all buckets. Sentences written for this test."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    texts = [
        "Any dispute will be resolved by binding arbitration.",
        "You agree to arbitrate all claims on an individual basis.",
        "We may change these terms at any time.",
        "We may change the price of a subscription.",
        "These terms are governed by the laws of Ireland.",
        "The laws of Ireland govern any dispute.",
    ]
    targets = np.array([[1, 0], [1, 0], [0, 1], [0, 1], [0, 0], [0, 0]])
    n = len(texts)
    none, every = np.zeros((n, 2), dtype=bool), np.ones((n, 2), dtype=bool)
    read = SentenceCues(np.zeros((n, 1)), np.ones(n, dtype=bool), strong=none, allowed=every)
    inputs = Inputs(texts, np.zeros((n, 4)), read, targets)
    words = fit_models(inputs).words

    counts = word_counts(texts)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
    new = ["Disputes go to arbitration, never to court.", "Prices may change at any time without notice."]
    for j in range(2):
        reference = LogisticRegression(C=WORD_REGULARISATION, class_weight="balanced", max_iter=5000)
        reference.fit(tfidf.transform(counts), targets[:, j])
        expected = reference.decision_function(tfidf.transform(word_counts(new)))
        np.testing.assert_allclose(words.logits(new)[:, j], expected, rtol=1e-4, atol=1e-4)
    assert words.logits(new)[0, 0] > words.logits(new)[1, 0]  # the arbitration sentence reads as arbitration


def test_weights_carry_numbers_and_refuse_other_cue_words(tmp_path: Path) -> None:
    with np.load(model_path(), allow_pickle=False) as data:
        assert set(data.files) == {
            "keys",
            "weights",
            "bias",
            "word_buckets",
            "word_idf",
            "word_unseen_idf",
            "word_weights",
            "word_bias",
            "mix",
            "thresholds",
            "spec",
            "info",
        }
        assert data["weights"].dtype == np.float32 and data["weights"].shape[0] == len(data["keys"])
        # Words travel as hashed bucket numbers, never as text.
        assert data["word_buckets"].dtype == np.int32
        assert data["word_weights"].shape == (len(data["keys"]), len(data["word_buckets"]))
    model = load_sentence_model()
    stale = replace(model, spec="0" * 16)
    stale.save(tmp_path / "stale.npz")
    with pytest.raises(ModelError, match="retrain"):
        load_sentence_model(tmp_path / "stale.npz")
    # A file from before the word model (embedding weights only) is refused the same way.
    with np.load(model_path(), allow_pickle=False) as data:
        before = ("keys", "weights", "bias", "thresholds", "spec", "info")
        np.savez(tmp_path / "old.npz", **{key: data[key] for key in before})
    with pytest.raises(ModelError, match="predates the word features; retrain"):
        load_sentence_model(tmp_path / "old.npz")


def test_a_category_flags_only_sentences_with_its_own_cue_or_object() -> None:
    from assistant.flag_categories import MODEL_CATEGORIES
    from assistant.flags import cue_features, may_flag

    texts = [
        "These terms apply to the maximum extent permitted by law.",
        "The laws of Ireland govern these terms.",
        "We may suspend your access to the website at any time.",
        "We may remove any content you post.",
    ]
    allowed = may_flag(texts, cue_features(texts))
    keys = [c.key for c in MODEL_CATEGORIES]
    law, removal, change = keys.index("choice_of_law"), keys.index("content_removal"), keys.index("unilateral_change")
    assert allowed[:, law].tolist() == [False, True, False, False]
    assert allowed[:, removal].tolist() == [False, False, False, True]  # acts on nothing you post or store
    assert allowed[:, change].all()  # needs neither
    model = load_sentence_model()
    sure = np.ones((len(texts), len(model.keys)))
    decided = model.decide(sure, np.zeros_like(sure, dtype=bool), allowed)
    assert decided.tolist() == allowed.tolist()


def test_a_list_of_what_you_must_not_do_is_not_their_data_sharing(assistant: Assistant) -> None:
    # Written for this test after Discord's "Don't use the services to do harm to Discord. Among other
    # things, this includes ... selling ... data obtained from our services".
    clause = (
        "Don't use the services to do harm to us. Among other things, this includes selling, licensing or "
        "otherwise commercializing personal data obtained from our services."
    )
    sentences = split_sentences(clause)
    assert len(sentences) == 2
    flags = flag_sentences(sentences, [clause] * 2, assistant.embedder, load_sentence_model())
    assert "data_sharing" not in {f.category for f in flags}
    # The same sentence in a clause about what they do is flagged.
    ours = "We describe our practices below. Among other things, this includes selling personal data to partners."
    sentences = split_sentences(ours)
    flags = flag_sentences(sentences, [ours] * 2, assistant.embedder, load_sentence_model())
    assert "data_sharing" in {f.category for f in flags}


def test_data_named_earlier_in_the_clause_is_what_they_share(assistant: Assistant) -> None:
    # Written for this test after a clause that names billing information, then shares "that information".
    clause = (
        "We hold the billing details of your administrators. We may make that information available to our partners."
    )
    sentences = split_sentences(clause)
    assert len(sentences) == 2
    flags = flag_sentences(sentences, [clause] * 2, assistant.embedder, load_sentence_model())
    assert [f.sentence.text for f in flags if f.category == "data_sharing"] == [sentences[1].text]
    # Without the clause saying which, "that information" could be anything.
    alone = "We may make that information available to our partners."
    flags = flag_sentences(split_sentences(alone), [alone], assistant.embedder, load_sentence_model())
    assert "data_sharing" not in {f.category for f in flags}


def test_the_threshold_is_the_lowest_whose_f1_is_close_to_the_best() -> None:
    # A flat F1 curve: flagging everything above 0.05 scores 0.943, only the sure ones (above 0.5) 0.947.
    # The best point alone jumps with any one sentence (termination's went from 0.45 to 0.925 when a
    # wording was added); the fit keeps the lowest threshold within a hundredth of the best.
    probabilities = np.array([0.95] * 45 + [0.5] * 5 + [0.5] * 6 + [0.05] * 100)
    target = np.array([1] * 50 + [0] * 106)
    assert _best_threshold(probabilities, target, np.zeros(len(target), dtype=bool)) == pytest.approx(0.075)
