from __future__ import annotations

import time

import pytest

from briefing.clean import clean, is_furniture, title_case
from briefing.records import Article


def art(title: str, text: str) -> Article:
    return Article(id="a", title=title, path="a.txt", text=text)


def test_drops_weather_place_date_and_label_before_headline():
    a = clean(art("1.2 C", "Glasgow\nThursday, November 21, 2024\n\nThe Headline\n\nNewsThe Headline\n\nBody sentence one."))
    assert a.title == "The Headline"
    assert a.text == "Body sentence one."
    assert a.removed == ("1.2 C", "Glasgow", "Thursday, November 21, 2024", "NewsThe Headline")


@pytest.mark.parametrize("line, day", [
    ("Tue 11 Mar 2025 18.32 GMT", "2025-03-11"),  # the Guardian's, pasted above the headline, was quoted as the headline
    ("March 11, 2025 4:05 PM GMT", "2025-03-11"),
    ("Last updated: Mar 11, 2025, 04:05 PM ET", "2025-03-11"),
    ("Updated 5:02 PM EDT, Tue March 11, 2025", "2025-03-11"),
    ("Published: 11 March 2025 at 10:32 BST", "2025-03-11"),
    ("Sept. 8, 2025 2:30 p.m. ET", "2025-09-08"),
    ("2025-03-11", "2025-03-11"),
    ("25/03/2025 18:32", "2025-03-25"),
    ("03/04/2025", ""),  # the 3rd of April or March 4: furniture, but no date
    ("Published March 11, 2025 Updated March 12, 2025, 9:14 a.m. ET", "2025-03-11"),
    ("March 11, 20254:05 PM GMTUpdated 2 hours ago", "2025-03-11"),
    ("Tuesday 11 March 2025 18:32, UK", "2025-03-11"),
    ("Last modified on Tue 11 Mar 2025 19.01 GMT", "2025-03-11"),
    ("Link Copied!", ""), ("Gift this article", ""), ("Listen · 5:32 min", ""), ("Reuse this content", ""),
    ("Most viewed", ""), ("Add as preferred on Google", ""), ("2 hours ago", ""),
    ("07/18/2025July 18, 2025", "2025-07-18"),  # DW's page, pasted
    ("Copy Link copied", ""), ("Translate", ""), ("Unlock the Editor's Digest for free", ""),
])
def test_a_date_line_or_a_pages_button_is_furniture_and_a_date_line_the_articles_date(line, day):
    a = clean(art(line, "Fire at plant kills two\n\nA fire killed two workers on Tuesday, officials said."))
    assert a.title == "Fire at plant kills two"
    assert a.removed == (line,)
    assert a.date == day


def test_a_date_line_under_the_headline_gives_the_date_and_the_first_publication_wins():
    a = clean(art("Fire at plant kills two", "By Jane Doe, Reuters\nUpdated 12 March 2025\nPublished 11 March 2025\n\n"
                  "A fire killed two workers on Tuesday, officials said.\n\nMarch 14, 2025\n\nA later line."))
    assert (a.date, a.outlet) == ("2025-03-11", "Reuters")
    dated = Article(id="a", title="Fire at plant kills two", path="a.txt", text="Tue 11 Mar 2025 18.32 GMT\n\nBody.",
                    date="2025-03-12")
    assert clean(dated).date == "2025-03-12"  # the metadata's date wins
    # the Guardian's and the FT's pages: standfirst, byline, then the date (the sixteenth blind set)
    guardian = clean(art("Carvenia blackout: power almost fully restored", "Households cut off for more than three days to get "
                         "extra €450 as inquiry turns to ageing substation\nJon Halvorsen in Brenholt\nFri 21 Nov 2025 18.32 GMT\n"
                         "Share\nElectricity has been restored to all but 3,400 homes, officials said."))
    assert guardian.date == "2025-11-21" and guardian.text.endswith("officials said.")
    # not a date further down: a timeline's, or a "Most viewed" box's (a review)
    later = clean(art("Landslide toll rises", "Last updated: Mar 12, 2025\n\nEleven people were killed in the landslide, "
                      "officials said on Wednesday.\n\nRescuers searched through the night for the missing, the mayor said.\n\n"
                      "Most viewed\n\nPublished 3 March 2024"))
    assert later.date == "2025-03-12"
    for title in ("March 11, 2025: the day the plant burned", "Save the Children says 40 died"):
        headline = clean(art(title, "A fire killed two workers, officials said."))
        assert headline.title == title and headline.date == ""


def test_drops_section_label_byline_and_trailing_boilerplate():
    a = clean(art("Security", "Real headline of the piece\nBy Jane Doe and AFP |\nBody text.\nCheck out our other content\nMost Popular Articles"))
    assert a.title == "Real headline of the piece"
    assert a.text == "Body text."
    assert "By Jane Doe and AFP |" in a.removed and "Most Popular Articles" in a.removed


def test_a_lead_paragraph_on_the_first_line_stays_in_the_body():
    lead = ("In an unexpected turn in the conflict, around 10,000 troops have reportedly arrived in the region to support "
            "the struggling forces. Officials in two capitals confirmed the move on Tuesday.")
    a = clean(art(lead, "Second paragraph."))
    assert a.text.startswith(lead)
    assert a.title == "In an unexpected turn in the conflict, around 10,000 troops have reportedly…"


def test_a_headline_with_a_full_stop_is_the_title_not_a_lead():
    # NeuS story 157: one sentence of 15 words with a full stop is a headline; kept as body it was
    # quoted in "In brief" as if it were reporting.
    head = "Republicans vote to acquit Trump on impeachment charge of inciting deadly attack on the Capitol."
    a = clean(art(head, "Senate Republicans voted against convicting Donald Trump Saturday for inciting his supporters."))
    assert a.title == head
    assert head not in a.text
    pair = "Net neutrality's old rules are a thing of the past. Here's what could happen next."
    assert clean(art(pair, "The body.")).title == pair
    three = "The first sentence is here. The second one follows it. A third closes the piece."
    assert clean(art(three, "")).text == three  # three sentences are never a headline
    wire = "WASHINGTON (AP) — President Joe Biden signed a $1.2 trillion infrastructure bill into law on Monday, calling it historic."
    assert clean(art(wire, "The bill passed the House on Friday.")).text.startswith(wire)  # a dateline opens body text
    shout = ("RESIDENTS OF THE COUNTY SHOULD MOVE TO HIGHER GROUND NOW AS THE RIVER IS EXPECTED TO CREST "
             "ABOVE FLOOD STAGE LATE TONIGHT AND REMAIN THERE THROUGH THE WEEKEND, THE WEATHER SERVICE SAID.")
    assert clean(art(shout, "More rain is due.")).text.startswith(shout)  # over 30 words: never a headline
    said = "Floods in Valeria have forced 3,000 people from their homes, the regional government said."
    assert clean(art(said, "At least 12 people have died.")).text.startswith(said)  # a lead: headlines say "says"
    twelve = "Floods in Valeria have forced 3,000 people from their homes, officials said."
    a = clean(art(twelve, "At least 12 people have died."))
    assert a.text.startswith(twelve) and a.title == "Floods in Valeria have forced 3,000…"
    says = "Trump no longer at risk of spreading COVID-19, doctor says."
    assert clean(art(says, "The president's physician said on Saturday ...")).title == says


def test_a_title_case_line_is_a_headline_however_long():
    # NeuS story 248, Source 3's headline (16 words, Title Case, full stop).
    head = "Biden Is Increasing The Number Of Refugees Allowed Into The US After Trump Decimated The Program."
    a = clean(art(head, "President Joe Biden is planning to increase the maximum number of refugees allowed."))
    assert a.title == head and head not in a.text
    assert title_case(head)
    assert title_case("TRUMP WORRIED MIGRANT CARAVAN IS NOT DOING ENOUGH TO RILE UP THE BASE.")
    assert not title_case("U.S. President Joe Biden said on Thursday he plans to raise annual refugee admissions to 125,000.")
    assert not title_case("Joint Chiefs of Staff Chairman Mark Milley will testify before the Senate Armed Services Committee on Tuesday.")


def test_a_section_label_before_the_headline_is_dropped():
    # NeuS story 21, outlet B's first line.
    a = clean(art("TECH Tech’s big five lost nearly $270 billion in value in Thursday’s market plunge.", "Body text."))
    assert a.title == "Tech’s big five lost nearly $270 billion in value in Thursday’s market plunge."
    assert a.removed == ("TECH",)
    assert clean(art("WORLD HEALTH ORGANIZATION WARNS OF SURGE.", "Body.")).title == "WORLD HEALTH ORGANIZATION WARNS OF SURGE."
    assert clean(art("WORLD Health Organization declares mpox an emergency", "Body.")).title.startswith("WORLD Health")


FURNITURE_LINES = [
    "By Maria Lopez, Reuters", "By Jane Doe and John Roe, AP", "By JANE DOE, Associated Press", "By Jane Doe, Political correspondent",
    "5 min read", "3-minute read", "Advertisement - Scroll to continue",
    "Read more: Valeria's governor faces questions over flood defences", "Related: Storm Bella leaves 40,000 without power",
    "READ MORE: Kim vows to boost arsenal", "See also: The 2019 floods",
    "Photo: Getty Images", "Image: John Smith/Reuters", "Credit: AFP", "Photograph: Jane Doe for The Guardian",
    "Get the latest headlines delivered to your inbox every morning. Sign up now.", "Sign up now.", "Sign up for our daily briefing",
    "Sign up to the Front Page newsletter for free: Your essential guide to the day's agenda from The Telegraph - direct to "
    "your inbox seven days a week.",  # (the seventh user review)
    "Click here to subscribe for just $1 a week.", "Facebook Twitter LinkedIn Email",
    "Reporting by Jane Doe; Editing by John Smith", "(Reporting by Jane Doe in Kyiv; Writing by John Roe; Editing by Ed Smith)",
    "Reporting by Jane Doe", "Our Standards: The Thomson Reuters Trust Principles.",
    "© 2024 Reuters. All rights reserved.", "Copyright 2025 Reuters.", "Copyright © 2024 The Example Times",
    "This article was originally published on Reuters.com. Copyright 2025 Reuters. All rights reserved.",
    "Sent from my iPhone", "Sent from my iPad", "Get Outlook for iOS",
]
CAPTION_LINES = ["Residents wade through flood water in Porto Vale on Tuesday. (Photo: John Smith/Reuters)",
                 "President Joe Biden speaks in the Rose Garden (AP Photo/Evan Vucci)", "A damaged building in Kyiv (Reuters)"]
PROSE = [
    "Related charges were filed against two other men on Monday.", "By Tuesday, 3,000 people had left the city.",
    "By the end of the week, officials said, the water had receded.", "Photographs of the damage were shared widely online.",
    "Credit card debt rose 5% last year, the Fed said.", "Image rights were at the centre of the case, the court heard.",
    "Sign up rates for the scheme rose to 40%, the ministry said.", "Copyright lawsuits against AI firms have multiplied, lawyers said.",
    "Reporting by The Guardian found that 3,000 homes had been damaged in the floods.",
    "Advertisement spending rose 4% in 2023, the industry body said.", "Sent from my home in Kyiv, the letter arrived late.",
    "Read more about the plan in the report published on Monday.", "The agency's reporters were briefed by the military (Reuters).",
    "Getting the latest figures out to the public took days, officials said.",
]


def test_page_furniture_lines_are_dropped_and_prose_is_kept():
    # Review A8: in c6b/short-boiler.txt the first summary sentence was "Get the latest headlines delivered
    # to your inbox every morning.", and "Click here to subscribe for just $1 a week." gave a money figure.
    lines = FURNITURE_LINES + CAPTION_LINES + PROSE
    a = clean(art("Valeria river floods force evacuations", "\n".join(lines)))
    assert a.title == "Valeria river floods force evacuations"
    assert a.text.split("\n") == PROSE
    assert a.removed == tuple(FURNITURE_LINES + CAPTION_LINES)


def test_furniture_above_the_headline_and_a_headline_with_a_credit():
    a = clean(art("Photo: Getty Images", "Sent from my iPhone\n5 min read\nRussia downs 10 drones (Reuters)\nBody text, officials said."))
    assert a.title == "Russia downs 10 drones (Reuters)"  # a headline is never read as a caption
    assert a.text == "Body text, officials said."


LEAD = ("North Korean troops are approaching the front line between Russia and Ukraine, but according to military analysts, "
        "they are not considered the elite forces of Kim Jong Un's army, according to The Wall Street Journal.")


def test_a_forwarded_email_loses_its_headers_and_takes_its_subject_as_title():
    # Review A7: the title was "From: Dad <dad@example.com>", and it was read aloud.
    mail = ["From: Dad <dad@example.com>", "Sent: Thursday, November 21, 2024 8:14 AM", "To: me@example.com",
            "Subject: Fwd: North Korean troops in Russia - worth a read", "", "Thought you'd find this interesting.", "",
            "Sent from my iPhone", "", "Begin forwarded message:", "", "---------- Forwarded message ---------",
            "From: Wall Street Journal <newsletters@wsj.com>", "Date: Thu, Nov 21, 2024 at 6:00 AM",
            "Subject: North Korea sends non-elite troops to aid Russia in Ukraine", "To: <dad@example.com>", "",
            LEAD, "", "Intelligence and video footage indicate that many soldiers are teenagers."]
    a = clean(art(mail[0], "\n".join(mail[1:])))
    assert a.title == "North Korea sends non-elite troops to aid Russia in Ukraine"  # the innermost Subject:, no headline in the mail
    assert a.text == LEAD + "\n\nIntelligence and video footage indicate that many soldiers are teenagers."
    assert a.removed == tuple(m for m in mail[:16] if m)


def test_an_email_with_a_headline_keeps_it_and_never_an_address_in_the_title():
    a = clean(art("-----Original Message-----", "From: jane@example.com\nSent: Monday\nTo: desk@example.com\n"
                  "Subject: RE: FW: story\n\nValeria floods force 3,000 from homes\nFloods forced 3,000 people out, officials said.\n\nGet Outlook for iOS"))
    assert a.title == "Valeria floods force 3,000 from homes"
    assert a.text == "Floods forced 3,000 people out, officials said."
    b = clean(art("From: Dad <dad@example.com>", "Subject: Fwd:\n\n" + LEAD))  # an empty subject: a title made from the lead
    assert "@" not in b.title and b.title.startswith("North Korean troops are approaching")
    # an address the headline itself names is the headline's (only a mail's own address is taken out)
    c = clean(art("Scam emails from support@paypal-security.com target 3 million users", "Body text, officials said."))
    assert c.title == "Scam emails from support@paypal-security.com target 3 million users"


def test_prose_that_starts_like_a_mail_header_is_kept():
    a = clean(art("From: a letter to the people of Valeria", "To the people of Valeria: the water will recede, the governor wrote."))
    assert a.title == "From: a letter to the people of Valeria" and a.text.startswith("To the people")
    b = clean(art("Governor writes to flood victims", "Subject: the rebuilding of the bridges.\nDate: to be set, officials said."))
    assert b.text.startswith("Subject: the rebuilding")  # below the headline, header-like lines are text


def test_below_a_mail_subject_a_short_sentence_is_the_lead():
    a = clean(art("From: Dad <dad@example.com>", "Subject: Fwd: Guards sent to the border\nTo: me@example.com\n\n"
                  "Guards were sent to the border, officials said.\nThey arrived on Monday."))
    assert a.title == "Guards sent to the border"
    assert a.text == "Guards were sent to the border, officials said.\nThey arrived on Monday."
    b = clean(art("From: Dad <dad@example.com>", "Subject: Fwd: have a look\nTo: me@example.com\n\n"
                  "Guards Sent To The Border.\nGuards were sent to the border, officials said."))
    assert b.title == "Guards Sent To The Border."  # a headline in the mail wins over the subject


def test_credits_and_bylines_above_the_headline_and_prose_that_looks_like_furniture():
    """The third review: credits and outlet bylines above the headline are furniture; below it,
    prose that starts like a rights line or a credit is kept."""
    from briefing.clean import is_furniture

    for top in ("By Jane Doe, Reuters", "By Jane Doe and John Roe, AP", "Credit: Getty Images", "Video: Reuters",
                "Picture: PA", "Photo credit: Jane Doe", "Image credit: NASA", "Photograph: Jane Doe/Reuters",
                "Photo: Jane Doe via Getty Images", "© Reuters 2024", "(c) 2024 Reuters"):
        a = clean(art(top, "Floods force thousands from homes\nFloods in Valeria forced 3,000 people from their homes, officials said."))
        assert a.title == "Floods force thousands from homes", top
    for prose in ("Copyright 2024 was a record year for lawsuits against AI firms, lawyers said.",
                  "(c) 2023 was the hottest year on record.", "© 2024 figures show 3,000 deaths, officials said.",
                  "Credit: Moody's cut the outlook to negative on Friday."):
        assert not is_furniture(prose, below=True), prose
    for headline in ("Photos: Hurricane Ian leaves trail of destruction in Florida", "By Friday, Trump Must Pay"):
        assert clean(art(headline, "The storm made landfall on Wednesday, officials said.")).title == headline


def test_the_fourth_review():
    import time

    from briefing.clean import is_furniture

    lead = "\nThe president signed the bill into law on Monday at the White House, officials said, calling it historic."
    for headline in ("Video: Biden Signs Infrastructure Bill", "By Any Measure, Biden's Economy Is Strong", "By Midnight, Senate Must Act"):
        assert clean(art(headline, lead)).title == headline  # a lead sentence follows: the line is the headline
    for footer in ("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
                   "rewritten or redistributed.", "Copyright 2024 NPR. To see more, visit https://www.npr.org.",
                   "© Copyright 2024, Reuters", "Copyright 2024 Nexstar Media Inc. All rights reserved."):
        assert is_furniture(footer, below=True), footer
    started = time.perf_counter()
    clean(art("T", "Credit: " + "Word " * 40 + "x\nBody."))  # was exponential in the number of words
    assert time.perf_counter() - started < 1.0


def test_the_fifth_review():
    import time

    from briefing.clean import is_furniture

    started = time.perf_counter()
    clean(art("By Jane Doe, Reuters", "By Jane Doe, Reuters\n" * 2000 + "Floods force thousands\nBody, officials said."))
    assert time.perf_counter() - started < 1.0  # stacked credits were quadratic
    headline = "Republicans vote to acquit Trump on impeachment charge."
    for top in ("By Jane Doe, Reuters", "Photo: Getty Images", "Photograph: Jane Doe/Reuters"):
        assert clean(art(top, headline + "\nSenate Republicans voted against convicting Donald Trump on Saturday.")).title == headline, top
    for prose in ("(c) Funding. The Secretary shall provide $300 million to states.",
                  "Copyright Office. The office said it received 10,000 comments."):
        assert not is_furniture(prose, below=True), prose


# The sixth review: the fifth review's credit and rights rules dropped headlines and kept furniture.
SUDAN_LEAD = "Thousands of migrants have crossed from Sudan into Chad since April, the UN refugee agency said on Tuesday."
FLOODS = "Floods force thousands from homes in Valeria"
FLOODS_LEAD = "Floods in Valeria forced 3,000 people from their homes, officials said."
ACQUIT = "Republicans vote to acquit Trump on impeachment charge."
ACQUIT_LEAD = "Senate Republicans voted against convicting Donald Trump on Saturday, officials said."


@pytest.mark.parametrize("headline", [
    "By Land and Sea, Migrants Flee Sudan", "By Popular Demand, McDonald's Brings Back McRib",
    "By Land, Sea and Air, Ukraine Strikes Back",  # a byline's shape, but a lead paragraph follows
    "Video: NASA Launches Artemis Rocket", "Video: PA Governor Signs Budget", "Video: Israel/Gaza War Latest",
    "Video: AP Explains Gaza Ceasefire", "Video: Bloomberg Pledges Climate Cash", "Pictures: Royal Ascot via Drone",
])
def test_a_headline_shaped_like_a_byline_or_credit_over_a_lead_is_kept(headline):
    a = clean(art(headline, SUDAN_LEAD))
    assert (a.title, a.text, a.removed) == (headline, SUDAN_LEAD, ())


def test_a_byline_headline_keeps_its_lead_past_a_byline_or_credit_under_it():
    for furniture in ("By Jane Doe, CNN", "Photo: Jane Doe"):
        a = clean(art("By Land and Sea, Migrants Flee Sudan", f"{furniture}\n{SUDAN_LEAD}"))
        assert (a.title, a.text, a.removed) == ("By Land and Sea, Migrants Flee Sudan", SUDAN_LEAD, (furniture,))


CREDITS_AND_BYLINES = [
    "Photograph: Sean Smith for The Guardian", "Photo: Jane Doe for The New York Times", "Photo: Jane Doe and John Roe",
    "Photo: Jane Doe, Staff", "Photo: Jane Doe | The Times", "Video: CNN", "Photo: Jane Mary Doe Smith",
    "Photo: Jane Doe/The Washington Post via Getty Images", "Credit: Jane Doe/AP Photo",
    "By Kim Bellware and Will Englund, The Washington Post", "By Ece Toksabay and Can Sezer, Reuters",
    "By Jane Doe, Will Smith and John Roe, AP",  # first names, not the verbs "Will" and "Can"
    "By Jane Doe | Reuters", "By Jane Doe, the Guardian", "By Jane Doe, CNN, and John Roe, Reuters",
]


@pytest.mark.parametrize("credit", CREDITS_AND_BYLINES)
def test_a_credit_or_byline_above_the_headline_is_dropped(credit):
    a = clean(art(credit, f"{FLOODS}\n{FLOODS_LEAD}"))
    assert (a.title, a.text, a.removed) == (FLOODS, FLOODS_LEAD, (credit,))


@pytest.mark.parametrize("credit", CREDITS_AND_BYLINES)
def test_a_credit_or_byline_below_the_headline_is_dropped(credit):
    a = clean(art(FLOODS, f"{credit}\n{FLOODS_LEAD}"))
    assert (a.title, a.text, a.removed) == (FLOODS, FLOODS_LEAD, (credit,))
    assert is_furniture(credit, below=True)


@pytest.mark.parametrize("credit", ["Photo: Jane Doe", "Photo credit: Jane Doe", "Credit: Jane Doe", "By Jane Doe, CNN"])
def test_a_credit_in_names_over_a_full_stop_headline_is_dropped(credit):
    a = clean(art(credit, f"{ACQUIT}\n{ACQUIT_LEAD}"))
    assert (a.title, a.text, a.removed) == (ACQUIT, ACQUIT_LEAD, (credit,))


@pytest.mark.parametrize("footer", [
    "Copyright © 2024 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.",
    "(c) Copyright Thomson Reuters 2024. Click For Restrictions - https://agency.reuters.com/en/copyright.html",
    "© 2024 Reuters. Reuters content may not be reproduced.",
    "Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
])
def test_an_outlet_footer_is_dropped(footer):
    assert is_furniture(footer, below=True)
    a = clean(art(FLOODS, f"{FLOODS_LEAD}\n{footer}"))
    assert (a.text, a.removed) == (FLOODS_LEAD, (footer,))


@pytest.mark.parametrize("prose", [
    "(c) Limitation. Funds may not be used for more than 10,000 units.",
    "(c) Exception. A state may not be required to provide more than $300 million under this section.",
    "Copyright Office. The office received 10,000 comments on whether AI firms need permission to train on books.",
    "(c) Reporting. The Secretary shall report within 90 days on any redistribution of the $300 million.",
])
def test_statute_text_after_a_heading_is_kept(prose):
    assert not is_furniture(prose, below=True)
    a = clean(art(FLOODS, f"{FLOODS_LEAD}\n{prose}"))
    assert (a.text, a.removed) == (f"{FLOODS_LEAD}\n{prose}", ())


@pytest.mark.parametrize("line", [
    "By A, " + "x " * 2500, "By Jane Doe, " + "the " * 1250, "By " + "Jane and " * 555, "By A, " + "B " * 2500 + "x",
    "By Jane" + ", Doe" * 1000, "By " + "A | " * 1250, "Photo: " + "Word " * 1000 + "x", "Photo: " + "NASA/" * 1000,
    "Photo: " + "A via " * 833, "Photo: Jane" + "'s" * 2500, "(c) A. " + "without " * 625,
    "a" + " " * 5000 + "b", "Subject: a" + " " * 5000 + "b",  # the mail address pattern was quadratic in a run of spaces (1.4 s)
])
def test_the_credit_and_rights_rules_are_fast_on_a_long_line(line):
    started = time.perf_counter()
    clean(art(line, f"{line}\n{FLOODS}\n{line}"))
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("headline, below", [
    # the seventh review: gallery labels over a short lead, a headline ending in an agency, "Copyright ..."
    ("Video: Hurricane Milton", "Hurricane Milton made landfall near Siesta Key on Wednesday night."),
    ("Video: Trump Wins", "Donald Trump has won the 2024 presidential election."),
    ("Photos: Hurricane Helene Devastates Western North Carolina", f"Asheville residents survey the damage after record flooding\n{FLOODS_LEAD}"),
    ("Video: Trump Says White House Will Keep Barring AP", FLOODS_LEAD),
    ("Video: White House Bars AP", FLOODS_LEAD), ("Video: Musk Slams NASA", FLOODS_LEAD),
    ("Copyright Office Rejects AI Art Claim", FLOODS_LEAD), ("By the Numbers", FLOODS_LEAD),
])
def test_a_gallery_agency_or_copyright_headline_is_kept(headline, below):
    assert clean(art(headline, below)).title == headline


@pytest.mark.parametrize("credit", [
    "Photo: Jane Doe", "Credit: Jane Doe",  # over a lead with no headline: a credit is never the title
])
def test_a_photo_credit_over_a_lead_is_dropped(credit):
    a = clean(art(credit, SUDAN_LEAD))
    assert a.removed == (credit,) and a.title != credit


@pytest.mark.parametrize("byline", [
    "BY JANE DOE, ASSOCIATED PRESS", "By Jane Doe, for The Guardian", "By Jane Doe / Reuters", "By Jane Doe • BBC News",
    "By José Álvarez, Reuters", "By Émilie Dubois, AFP",
])
def test_more_byline_forms_are_dropped_above_and_below(byline):
    assert clean(art(byline, f"{FLOODS}\n{FLOODS_LEAD}")).title == FLOODS
    assert is_furniture(byline, below=True)


@pytest.mark.parametrize("line, furniture", [
    ("Staff and agencies", True), ("Los Angeles Times Staff Writers", True), ("Staff Writer", True),
    ("Staff writers at the paper voted to strike.", False),
    ("(c) Prohibition. No person may reproduce the seal without prior written permission of the Secretary.", False),
    ("(c) Penalties. Any person who publishes such material without permission shall be fined up to $10,000.", False),
    ("Copyright Office. The office said AI firms had copied millions of books without permission.", False),
    ("By Friday the river had fallen two metres.", False), ("By then most residents had returned.", False),
])
def test_below_the_headline_furniture_and_prose(line, furniture):
    assert is_furniture(line, below=True) is furniture


def test_a_title_of_dotted_runs_is_fast():
    started = time.perf_counter()
    clean(art("a." * 5000, FLOODS_LEAD))  # the mail address pattern was quadratic in it (0.1 s at 5,000 characters, 0.4 s at 10,000)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("line, furniture", [
    ("Get unlimited access to The Herald for $2 a month. Cancel anytime.", True),  # a paywall was quoted (user review)
    ("Subscribe to our newsletter for $1 a week.", True), ("Cancel anytime.", True), ("Already a subscriber? Log in", True),
    ("Subscribe for $1 a week.", True), ("Subscribe to The Daily Star for $3 a week.", True),
    ("Subscribe to continue reading.", True), ("Become a subscriber for $2 a month.", True),  # the ninth review
    ("Subscribers to the plan pay $2 a month.", False), ("Access to the site was cut on Monday.", False),
    ("Subscribe to The Times from £1 a week.", True),  # the tenth review
    ("Join the 4,000 people protesting for $15 an hour minimum wage.", False), ("Become a member state of the EU was Ukraine's aim.", False),
    ("Join today for just $1 a week.", True), ("Join now for only £5 a month.", True),  # the eleventh review
    ("Join The Times for £1 a week.", True), ("Sign up from just $2 per month.", True),
    ("Sign up bonuses ranged from $500 to $2,000 at the largest retailers.", False),
    ("Subscribe to The Economist from £1 for 12 weeks.", True), ("Subscribe from $2.50/wk.", True),  # the twelfth review
    ("Sign up to This is Europe: the most pressing stories and debates for Europeans, every Tuesday.", True),  # user review 2
    ("Before it's here, it's on the Bloomberg Terminal.", True), ("Sign up to fight for the army was voluntary.", False),
    ("Sign up to receive emergency alerts on your phone, officials urged residents.", False),  # the sixteenth review
    ("Sign up to our free newsletter for the latest news.", True), ("Sign up to receive breaking news alerts in your inbox.", True),
    # the eighteenth review: advice reported, and what sign-ups did, is prose
    ("Sign up to receive emergency alerts on your phone, the council urges residents.", False),
    ("Sign up to receive flood alerts, the Environment Agency warned residents on Tuesday.", False),
    ("Sign up to free flu jabs has been slow, doctors say.", False),
    ("Sign up to the scheme, which offers free bus travel to over-65s, rose 12% last year.", False),
    ("Sign up for free school meals rose to 2.1 million pupils, government figures show.", False),
    ("Sign up for Fighting Words, the newsletter that says what others won't.", True),
    ("Sign up for The Guardian's Morning Mail, the newsletter we told you about, for free.", True),
    # the nineteenth review: promotions that say "has", "have" or "say"
    ("Sign up to our free daily newsletter for the best stories you may have missed.", True),
    ("Sign up for our free newsletter – it has everything you need to start your day.", True),
    ("Sign up for our free newsletter and find out what experts say.", True),
    ("Sign up to receive email alerts when prices have dropped.", True),
    ("Sign up for our daily newsletter, which tells you what you need to know.", True),
])
def test_a_paywall_prompt_is_furniture(line, furniture):
    assert is_furniture(line, below=True) is furniture


def test_an_author_bio_and_notes_that_end_the_article_are_furniture():
    """User review: "She previously worked at the Charlotte Observer, ..." (the bio's second sentence) was an In brief point."""
    body = ("A powerful storm toppled trees across the Carolinas on Monday, officials said.\n"
            "At least three people were killed by falling trees, according to state emergency officials.\n"
            "The Associated Press contributed to this report.\n"
            "Jane Doe is a national reporter for The Washington Post covering weather and climate. She previously worked "
            "at the Charlotte Observer, where she covered Hurricane Florence and its aftermath in 2018.\n"
            "Follow Jane Doe on X @janedoe for the latest updates on storms this winter.\n"
            "Correction: An earlier version of this article misstated the number of states sending crews. It is six, not five.\n"
            "A version of this article appears in print on Nov. 24, 2026, Section A, Page 14 of the New York edition.\n")
    a = clean(art("Storm leaves thousands in the dark", body))
    assert a.text.endswith("according to state emergency officials.")
    assert a.removed[-1].startswith("A version of this article") and a.removed[-5] == "The Associated Press contributed to this report."
    # a bio inside the story is reporting
    body = ("Jane Doe is a reporter for the Herald who was detained in Moscow on Monday, her editors said.\n"
            "Officials gave no reason for the arrest.\n")
    assert clean(art("Reporter detained in Moscow", body)).text == body.strip()
    # nor a last paragraph about someone in the story (the thirteenth review)
    for last in ("John Smith is a former editor of the Gazette who now runs the relief fund, which has raised $2 million.",
                 "Mayor Ann Lee is the host of a weekly radio show and said the city would rebuild.",
                 "Smith was the newspaper's editor when the storm of 1998 hit, and he said this one was worse."):
        assert clean(art("Storm hits town", "A storm hit the town on Monday, officials said.\n" + last)).text.endswith(last)
    # the fourteenth review: a photographer in the story stays; a bio with a book title in quotes goes
    last = "Juan Perez is a photographer in Valencia whose studio was flooded."
    assert clean(art("Storm hits town", "A storm hit the town on Monday, officials said.\n" + last)).text.endswith(last)
    bio = 'Jane Doe is a contributing writer at The Atlantic and the author of "Storm Season."'
    assert clean(art("Storm hits town", "A storm hit the town on Monday, officials said.\n" + bio)).text.endswith("officials said.")
    # the fifteenth review: a correspondent's quoted words are the story; "based in Beirut" is a bio
    last = 'Ahmed Khalil is a correspondent for Al Jazeera in Gaza. "We are targets," he wrote on X.'
    assert clean(art("Storm hits town", "A storm hit the town on Monday, officials said.\n" + last)).text.endswith(last)
    for note in ("Associated Press writer Ciarán Giles contributed from Madrid.",):  # the second user review
        assert clean(art("Storm hits town", "A storm hit the town on Monday, officials said.\n" + note)).text.endswith("officials said.")
    for last in ("Mohammed Salem is a photographer based in Gaza who lost 10 relatives in the war.",  # the sixteenth review
                 "The Netherlands contributed from its reserve fund."):
        assert clean(art("Storm hits town", "A storm hit the town on Monday, officials said.\n" + last)).text.endswith(last)
    bio = "Jane Doe is a freelance journalist based in Beirut."
    assert clean(art("Storm hits town", "A storm hit the town on Monday, officials said.\n" + bio)).text.endswith("officials said.")
