from __future__ import annotations

from briefing.clean import clean, title_case
from briefing.records import Article


def art(title: str, text: str) -> Article:
    return Article(id="a", title=title, path="a.txt", text=text)


def test_drops_weather_place_date_and_label_before_headline():
    a = clean(art("1.2 C", "Glasgow\nThursday, November 21, 2024\n\nThe Headline\n\nNewsThe Headline\n\nBody sentence one."))
    assert a.title == "The Headline"
    assert a.text == "Body sentence one."
    assert a.removed == ("1.2 C", "Glasgow", "Thursday, November 21, 2024", "NewsThe Headline")


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
