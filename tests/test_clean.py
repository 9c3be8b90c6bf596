from __future__ import annotations

from briefing.clean import clean
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
    lead = "In an unexpected turn in the conflict, around 10,000 troops have reportedly arrived in the region to support the struggling forces."
    a = clean(art(lead, "Second paragraph."))
    assert a.text.startswith(lead)
    assert a.title == "In an unexpected turn in the conflict, around 10,000 troops have reportedly…"
