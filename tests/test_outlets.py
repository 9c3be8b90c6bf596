"""Whose an article is, from its byline or wire dateline (a user review: "By Marco Aquino, Reuters"
was briefed as "Source 1")."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from briefing.clean import clean
from briefing.cli import app
from briefing.compose import source_labels
from briefing.outlets import byline, byline_outlet, canonical, dateline_outlet, file_outlet
from briefing.records import Article

LEAD = "Protesters blocked roads in the south on Tuesday, police said."


def outlet(title: str, text: str, meta: str = "") -> str:
    return clean(Article(id="a", title=title, path="a.txt", text=text, outlet=meta)).outlet


@pytest.mark.parametrize("byline, expected", [
    ("By Marco Aquino, Reuters", "Reuters"),
    ("By Jane Doe | Reuters", "Reuters"),
    ("By Jane Doe / Reuters", "Reuters"),
    ("By Jane Doe and John Roe, AP", "AP"),
    ("BY JANE DOE, ASSOCIATED PRESS", "AP"),
    ("By Guy Hedgecoe, BBC News", "BBC News"),
    ("By Jane Doe, the Guardian", "The Guardian"),
    ("By Jane Doe, for The Guardian", "The Guardian"),
    ("By Kim Bellware and Will Englund, The Washington Post", "The Washington Post"),
])
def test_a_byline_ending_in_an_outlet_names_it(byline, expected):
    assert byline_outlet(byline) == expected
    assert outlet("Peru protests spread", f"{byline}\n{LEAD}") == expected  # below the headline
    assert outlet(byline, f"Peru protests spread\n{LEAD}") == expected  # above it


@pytest.mark.parametrize("byline", [
    "By Jane Doe, Staff Writer",  # a role
    "By Jane Doe, Political Editor",
    "By Olha Chepil and AFP |",  # a co-author's copy (seeds/003, an RFE/RL article)
    "By Jane Doe",
    "By Jane Doe, CNN, and John Roe, Reuters",  # a joint report of two outlets
])
def test_a_byline_without_its_own_outlet_names_none(byline):
    assert byline_outlet(byline) == ""
    assert outlet("Peru protests spread", f"{byline}\n{LEAD}") == ""


@pytest.mark.parametrize("lead, expected", [
    ("LIMA, March 12 (Reuters) - ", "Reuters"),
    ("AREQUIPA, Peru (AP) — ", "AP"),
    ("New York (CNN) -- ", "CNN"),
    ("New York CNN — ", "CNN"),
    ("New York (CNN Business) - ", "CNN"),
    ("OJAI, Calif. (KTLA) — ", "KTLA"),
])
def test_a_wire_dateline_names_its_outlet(lead, expected):
    assert dateline_outlet(lead + LEAD) == expected
    assert outlet("Peru protests spread", lead + LEAD) == expected


def test_a_dateline_without_an_outlet_or_below_the_second_paragraph_names_none():
    assert outlet("Peru protests spread", "LIMA -- " + LEAD) == ""
    assert outlet("Peru protests spread", f"{LEAD}\n{LEAD}\nLIMA (Reuters) - More roads were closed on Wednesday.") == ""
    # (the second paragraph's is the article's: a standfirst often stands above the lead; the twenty-ninth review)
    assert outlet("Peru protests spread", f"{LEAD}\nLIMA (Reuters) - More roads were closed on Wednesday.") == "Reuters"


@pytest.mark.parametrize("path, expected", [
    ("news/bbc.txt", "BBC News"), ("guardian.txt", "The Guardian"), ("aljazeera.txt", "Al Jazeera"), ("ft.txt", "Financial Times"),
    ("nytimes.txt", "The New York Times"), ("reuters_day1.txt", "Reuters"), ("bbc-2.html", "BBC News"),
    ("000_84ba9b9ce5b8eb85.txt", ""), ("a.txt", ""), ("news.txt", ""), ("notes.md", ""),
])
def test_a_file_named_after_a_known_outlet_names_it(path, expected):
    assert file_outlet(path) == expected


def test_the_file_name_is_the_last_resort():
    """A page pasted from the BBC or the Guardian names no outlet in its byline ("Jon Halvorsen in Brenholt"): a file saved as
    guardian.txt is the Guardian's; a byline or metadata that names another outlet still wins (the sixteenth blind set)."""
    body = "Jon Halvorsen in Brenholt\n\nElectricity has been restored to all but 3,400 homes, officials said."
    assert clean(Article(id="guardian", title="Power restored", path="in/guardian.txt", text=body)).outlet == "The Guardian"
    assert clean(Article(id="guardian", title="Power restored", path="in/guardian.txt",
                         text="By Jane Doe, Reuters\n\n" + body)).outlet == "Reuters"
    assert clean(Article(id="guardian", title="Power restored", path="in/guardian.txt", text=body, outlet="AP")).outlet == "AP"
    # a byline and a dateline that disagree leave it unknown, whatever the file's name (a review)
    assert clean(Article(id="guardian", title="Power restored", path="in/guardian.txt",
                         text="By Jane Doe, Reuters\n\nKYIV (AP) — Power was restored to 3,400 homes, officials said.")).outlet == ""


def test_a_photo_credit_names_no_outlet():
    # the Guardian running a Reuters photo
    assert outlet("Spain floods", f"Photograph: Jane Doe/Reuters\n{LEAD}") == ""
    assert outlet("Spain floods", f"{LEAD}\nResidents wade through flood water. (Photo: John Smith/Reuters)\nMore rain is due.") == ""


def test_a_headline_suffix_or_the_body_names_no_outlet():
    # seeds/000: "- WSJ" is whom the article cites, not whose it is
    assert outlet("North Korea sends non-elite troops to aid Russia in Ukraine - WSJ",
                  "North Korean troops are approaching the front line, according to The Wall Street Journal.") == ""
    assert outlet("Peru protests spread", f"{LEAD}\nThe roads were reopened, according to Reuters.") == ""
    assert outlet("Peru protests spread", f"{LEAD}\n(Reporting by Marco Aquino; Editing by Jane Doe)") == ""


def test_metadata_wins():
    assert outlet("Peru protests spread", f"By Marco Aquino, Reuters\nLIMA (Reuters) - {LEAD}", meta="El Comercio") == "El Comercio"


def test_a_byline_and_a_dateline_must_agree():
    assert outlet("Peru protests spread", f"By Jane Doe, CNN\nLIMA, March 12 (Reuters) - {LEAD}") == ""
    assert outlet("Peru protests spread", f"By Jane Doe, Associated Press\nLIMA (AP) — {LEAD}") == "AP"


def test_two_articles_from_one_outlet_are_told_apart():
    outlets = [outlet("Peru protests spread", f"LIMA (Reuters) - {LEAD}"), outlet("Peru", f"By Jane Doe, Reuters\n{LEAD}"), ""]
    assert source_labels(outlets) == ["Reuters", "Reuters 2", "Source 3"]


def test_a_briefing_names_the_outlets_its_articles_give(write_articles, tmp_path):
    folder = write_articles({
        "a": "Protests spread across southern Peru\nBy Marco Aquino, Reuters\n"
             "Protesters blocked 40 roads across southern Peru on Tuesday, police said.\n"
             "The government declared a state of emergency in three regions.",
        "b": "Peru declares emergency as protests grow\n"
             "AREQUIPA, Peru (AP) — Peru's government declared a state of emergency in three regions on Tuesday "
             "as protesters blocked 40 roads, police said.\nSchools in Arequipa were closed.",
    })
    day = tmp_path / "out" / "2026-01-02"
    r = CliRunner().invoke(app, ["run", str(folder), "--out", str(day.parent), "--date", day.name, "--voice", "none", "-q"])
    assert r.exit_code == 0, r.output
    text = (day / "briefing.txt").read_text()
    assert "Reuters" in text and "AP" in text and "Source 1" not in text and "Source 2" not in text
    sources = json.loads((day / "briefing.json").read_text())["sources"]
    assert {s["id"]: s["outlet"] for s in sources} == {"a": "Reuters", "b": "AP"}


@pytest.mark.parametrize("line, outlet", [
    # the twenty-ninth review: wire bylines alone, roles after the outlet, desks, other separators
    ("By The Associated Press", "AP"),
    ("By Reuters", "Reuters"),
    ("By Jane Doe, Reuters Staff", "Reuters"),
    ("By Jane Doe, Associated Press Writer", "AP"),
    ("By Jane Doe, AP Business Writer", "AP"),
    ("By JANE DOE Associated Press", "AP"),
    ("By Jane Doe, CNN Politics", "CNN"),
    ("By Jane Doe, BBC Verify", "BBC News"),
    ("By Jane Doe • Reuters", "Reuters"),
    ("By Jane Doe - Reuters", "Reuters"),
    ("By Jane Doe for the Guardian", "The Guardian"),
    ("By Jane Doe, Chief Political Correspondent", ""),
    ("By Tom Reuters", ""),
])
def test_the_twenty_ninth_reviews_bylines(line, outlet):
    assert byline_outlet(line) == outlet


@pytest.mark.parametrize("text, outlet", [
    ("GENEVA (WHO) — Cases rose again.", ""),  # an agency of the UN's, not a station
    ("NEW YORK (WSJ) — Stocks fell.", "The Wall Street Journal"),
    ("(Bloomberg) -- Officials said on Monday.", "Bloomberg"),
    ("The government backs a huge irrigation project.\nWASHINGTON (AP) — The Senate voted.", "AP"),  # under a standfirst
])
def test_the_twenty_ninth_reviews_datelines(text, outlet):
    assert dateline_outlet(text) == outlet


@pytest.mark.parametrize("line, outlet", [
    # the eleventh session's leftovers: bylines clean's own patterns did not remove, so never read
    ("Reuters staff", "Reuters"),
    ("By Jane Doe, dpa", "dpa"),
    ("By Jane Doe | France 24", "France 24"),
    ("By José Álvarez and Ann van der Berg, Reuters", "Reuters"),
    # the seventh user review: outlets that were "Source N"
    ("By Al Jazeera Staff", "Al Jazeera"),
    ("By Dominic Casciani, BBC News home and legal correspondent", "BBC News"),
    ("*By Eva Sjöberg, Dagens Industri (English edition)*", "Dagens Industri"),
    ("ekathimerini.com", "Kathimerini"),
    # the ninth: bylines that named their outlet and were "Source 3"
    ("Sam Jones in Madrid, The Guardian", "The Guardian"),
    ("Guardian staff and agencies", "The Guardian"),
    ("By Priya Nandra, BBC News, North East and Cumbria", "BBC News"),
    ("By Kevin Peachey, Cost of living correspondent, BBC News", "BBC News"),
])
def test_a_byline_line_is_removed_and_read(line, outlet):
    a = clean(Article(id="a", title="Floods hit town", path="a.txt", text=f"{line}\n{LEAD}\nThe mayor spoke."))
    assert a.outlet == outlet and a.text.startswith("Protesters") and line in a.removed


@pytest.mark.parametrize("line", [
    # the thirty-sixth review: a Title Case headline, a lead ending in a quote or a bracket, an outlet we do not know
    "By Midnight, Fox News Had Called Arizona",
    'By Tuesday, AP counted 40 dead in what officials called "the worst flood in memory."',
    "By Monday, Reuters had counted 40 dead (up from 12)",
    "By Jane Doe | The Times of Israel",
    "By Tuesday, 3,000 people had left, Reuters said",  # a sentence, not a byline
    "By the end of the week, Reuters",
    "By Olha Chepil and AFP |",  # a co-author's agency (seeds/003): no outlet, as before
    "By Jane Doe, Staff Writer",
])
def test_a_line_that_only_mentions_an_outlet_is_no_byline(line):
    assert byline(line) == ""


@pytest.mark.parametrize("meta, expected", [
    ("Associated Press", "AP"), ("the associated press", "AP"), ("www.apnews.com", "AP"),
    ("https://www.reuters.com/world/x", "Reuters"), ("bbc.co.uk", "BBC News"), ("  Reuters ", "Reuters"),
    ("Kyiv Post", "Kyiv Post"),  # not in the table: as written
])
def test_metadata_names_a_known_outlet_as_an_inferred_one_would_be(meta, expected):
    assert canonical(meta) == expected


def test_one_outlet_from_metadata_and_from_a_dateline_is_one_label(write_articles, tmp_path):
    # the eleventh session's leftover: a sidecar's "Associated Press" and a dateline's "(AP)" were two outlets
    folder = write_articles({
        "a": "Protests spread across southern Peru\n"
             "Protesters blocked 40 roads across southern Peru on Tuesday, police said.\n"
             "The government declared a state of emergency in three regions.",
        "b": "Peru declares emergency as protests grow\n"
             "AREQUIPA, Peru (AP) — Peru's government declared a state of emergency in three regions on Tuesday "
             "as protesters blocked 40 roads, police said.\nSchools in Arequipa were closed.",
    })
    side = next(p for p in folder.iterdir() if p.stem == "a")
    side.with_name(side.stem + ".meta.json").write_text(json.dumps({"outlet": "Associated Press"}))
    day = tmp_path / "out" / "2026-01-02"
    r = CliRunner().invoke(app, ["run", str(folder), "--out", str(day.parent), "--date", day.name, "--voice", "none", "-q"])
    assert r.exit_code == 0, r.output
    sources = json.loads((day / "briefing.json").read_text())["sources"]
    assert sorted(s["label"] for s in sources) == ["AP", "AP 2"]


def test_a_headline_that_starts_with_by_stays_the_headline():
    a = clean(Article(id="a", title="", path="a.txt", text="By Midnight, Fox News Had Called Arizona\n"
                      "The network's decision angered the campaign, aides said on Wednesday.\n\nMore."))
    assert (a.title, a.outlet) == ("By Midnight, Fox News Had Called Arizona", "")
    assert byline_outlet("By Jane Doe | The Times of Israel") == ""


def test_a_host_we_do_not_know_names_no_outlet():
    assert byline("example.com") == "" and byline_outlet("example.com") == ""


@pytest.mark.parametrize("line", ["By Jane Doe, Economist", "By Jane Doe, Harrisburg, PA", "By Jane Doe, Pittsburgh, Pa."])
def test_a_role_or_a_state_after_a_name_is_no_outlet(line):
    """The thirty-eighth review: 'Economist' and 'PA' were read as The Economist and the PA agency."""
    assert byline_outlet(line) == ""


@pytest.mark.parametrize("line", ["Rates rose, Reuters said", "Protesters in Paris, Reuters", "Richard Partington, Economics correspondent"])
def test_a_line_without_by_is_a_byline_only_with_names_and_a_known_outlet(line):
    assert byline(line) == ""
