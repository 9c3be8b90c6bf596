from __future__ import annotations

from briefing.records import Article
import pytest

from briefing.segment import dateline, label, segment, split_sentences


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_are_not_sentence_ends():
    text = "US officials said Oct. 23 that Dr. Smith met U.S. envoys. Lt. Gen. Chun agreed. It was 1.28 million."
    assert sents(text) == [
        "US officials said Oct. 23 that Dr. Smith met U.S. envoys.",
        "Lt. Gen. Chun agreed.",
        "It was 1.28 million.",
    ]


def test_initials_and_quotes():
    assert sents('James J. Park said "no." Then he left!') == ['James J. Park said "no."', "Then he left!"]


def test_spans_point_into_the_text_and_headings_are_skipped():
    text = "First paragraph here. Second sentence.\n'Ask Pyongyang'\nAnother paragraph follows."
    doc = segment(Article(id="a", title="T", path="a", text=text))
    assert [s.text for s in doc.sentences] == ["First paragraph here.", "Second sentence.", "Another paragraph follows."]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in doc.sentences] == [0, 0, 2]


def test_a_quotation_is_not_split_where_it_closes_later():
    text = 'He said, "We are working closely. We will not stop," the minister said. Then it ended.'
    assert sents(text) == ['He said, "We are working closely. We will not stop," the minister said.', "Then it ended."]
    # A quotation that runs on into the next paragraph (no closing mark here) splits as usual.
    assert sents("“It is over. Nobody knows why.") == ["“It is over.", "Nobody knows why."]
    # A long quoted speech is split at its own sentence ends, never lost as one over-long sentence.
    speech = " ".join(f"This is quoted sentence number {i} about the budget plan." for i in range(40))
    parts = sents(f'The minister said: "{speech} Officials counted 40 deaths." Then he left.')
    assert len(parts) > 5 and all(len(p) <= 600 for p in parts)
    assert any("Officials counted 40 deaths." in p for p in parts) and parts[-1] == "Then he left."


@pytest.mark.parametrize("text, rest", [
    ("KYIV -- The deployment marks an escalation.", "The deployment marks an escalation."),
    ("WASHINGTON (AP) — Hope Hicks resigned.", "Hope Hicks resigned."),
    ("ROSWELL, Ga. — Jon Ossoff narrowly missed.", "Jon Ossoff narrowly missed."),
    ("New York (CNN Business) - Shares fell.", "Shares fell."),
    ("(CNN)The White House said so.", "The White House said so."),
    ("President Trump — who questioned it — said so.", "President Trump — who questioned it — said so."),
    ("NATO — the alliance — met.", "NATO — the alliance — met."),
    ("COVID-19 cases rose sharply.", "COVID-19 cases rose sharply."),  # a hyphen without spaces is a word
    ("US-China trade talks resumed.", "US-China trade talks resumed."),
    ("MH-17 was shot down in 2014.", "MH-17 was shot down in 2014."),
    ("NEW YORK, Dec 1 (Reuters) - Stocks fell.", "Stocks fell."),  # Reuters puts the day after the place
    ("Dhaka, June 18 (Reuters) - Stocks fell.", "Stocks fell."),  # in mixed case, with the agency (user review)
    ("Athens, Greece CNN — A wildfire spread.", "A wildfire spread."),  # CNN's page, saved
    ("President Trump — who spoke on Monday — said so.", "President Trump — who spoke on Monday — said so."),
    ("LONDON, March 3 (Reuters) - Stocks fell.", "Stocks fell."),
    ("ABOARD THE USS ABRAHAM LINCOLN (AP) — The Navy will send 3,000 sailors home.", "The Navy will send 3,000 sailors home."),
    ("SANTA CRUZ DE LA SIERRA, Bolivia (AP) — Voters went.", "Voters went."),
    ("WITH U.S. FORCES IN AFGHANISTAN — Troops left.", "Troops left."),
    # a headline in capitals before " - WSJ" is no dateline (its title became "WSJ")
    ("NORTH KOREA SENDS NON-ELITE TROOPS TO AID RUSSIA IN UKRAINE - WSJ", "NORTH KOREA SENDS NON-ELITE TROOPS TO AID RUSSIA IN UKRAINE - WSJ"),
    ("WASHINGTON, Jan. 6 (AP) — Stocks fell.", "Stocks fell."),
])
def test_dateline(text, rest):
    assert text[dateline(text):] == rest


def test_a_paragraph_starts_after_its_dateline():
    text = ("Russia has turned to North Korea for help, say observers.\n"
            "KYIV -- The deployment of troops marks an escalation. WASHINGTON -- Not a dateline here.")
    doc = segment(Article(id="a", title="T", path="a", text=text))
    assert [s.text for s in doc.sentences] == [
        "Russia has turned to North Korea for help, say observers.",
        "The deployment of troops marks an escalation.",
        "WASHINGTON -- Not a dateline here.",
    ]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text


def test_a_dateline_after_a_standfirst_run_into_the_body():
    # NeuS story 212: the copy ran the standfirst and the body into one paragraph.
    text = ("The president’s plans would push federal spending to its highest sustained levels since World War II. "
            "WASHINGTON — President Biden will propose a $6 trillion budget on Friday. NATO — The alliance met.")
    doc = segment(Article(id="a", title="T", path="a", text=text))
    assert [s.text for s in doc.sentences] == [
        "The president’s plans would push federal spending to its highest sustained levels since World War II.",
        "President Biden will propose a $6 trillion budget on Friday.",
        "NATO — The alliance met.",  # one dateline a paragraph, and only in its first two sentences
    ]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
    later = segment(Article(id="b", title="T", path="b", text="Officials met on Monday.\n"
                            "The Senate passed the bill 52-48. NATO — The alliance's chief welcomed the vote."))
    assert later.sentences[-1].text == "NATO — The alliance's chief welcomed the vote."  # only the first paragraph


@pytest.mark.parametrize("text, rest", [
    ("Why it matters: The deal will allow millions more Americans to be vaccinated.",
     "The deal will allow millions more Americans to be vaccinated."),
    ("The big picture: Stocks fell.", "Stocks fell."),
    ("Driving the news:\xa0But in an unusual move, the director overruled.", "But in an unusual move, the director overruled."),
    ("Between the lines: X.", "X."),
    ("Yes, but: It is hard.", "It is hard."),
    ("The bottom line: Fell.", "Fell."),
    ("What's next: A vote.", "A vote."),
    ("What’s next: A vote.", "A vote."),
    ("Go deeper: Biden's plan.", "Biden's plan."),
    ("TECH Tech’s big five lost nearly $270 billion.", "TECH Tech’s big five lost nearly $270 billion."),  # headlines only
    ("SPORTS Illustrated laid off most of its staff.", "SPORTS Illustrated laid off most of its staff."),
    ("Why it matters:", ""),
    ("Details of the plan were released.", "Details of the plan were released."),
    ("WORLD HEALTH ORGANIZATION WARNS.", "WORLD HEALTH ORGANIZATION WARNS."),
    ("Business leaders met.", "Business leaders met."),
])
def test_label(text, rest):
    assert text[label(text):] == rest


@pytest.mark.parametrize("text, rest", [
    ("TECH Tech’s big five lost nearly $270 billion.", "Tech’s big five lost nearly $270 billion."),
    ("WORLD Health Organization declares mpox a global health emergency", "WORLD Health Organization declares mpox a global health emergency"),
    ("HEALTH Secretary Xavier Becerra said", "HEALTH Secretary Xavier Becerra said"),
    ("BUSINESS Insider first reported the layoffs", "BUSINESS Insider first reported the layoffs"),
    ("The Latest: Storm hits coast", "Storm hits coast"),
])
def test_a_headline_label(text, rest):
    """A section name in capitals is cut from a headline only where the headline's first word repeats it."""
    assert text[label(text, headline=True):] == rest


def test_a_section_label_is_left_out_of_its_sentence():
    # NeuS stories 38 and 102: Axios labels inside the paragraph; a line that is only a label goes.
    text = ("The administration reached an agreement with Pfizer on Wednesday. Why it matters: The deal will allow "
            "millions more Americans to be vaccinated.\nThe big picture:\nThe vaccine is free.")
    doc = segment(Article(id="a", title="T", path="a", text=text))
    assert [s.text for s in doc.sentences] == [
        "The administration reached an agreement with Pfizer on Wednesday.",
        "The deal will allow millions more Americans to be vaccinated.",
        "The vaccine is free.",
    ]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text


def test_list_items_are_sentences_without_their_markers():
    """"By the numbers:" then "- 3,000 people have been displaced": the figures were lost, since an
    item without a full stop read as a subheading."""
    text = ("Floods hit Valeria on Tuesday, officials said.\nBy the numbers:\n- 3,000 people have been displaced\n"
            "* At least 12 people have died\n2. $5 million in aid has been pledged.\n- Rescue\n\n"
            "Related stories\n- Storm Bella leaves 40,000 without power\n\n"
            "Key facts\n• Twelve rivers burst their banks\n")
    doc = segment(Article("a", "Floods", "a.txt", text))
    got = [s.text for s in doc.sentences]
    assert got == ["Floods hit Valeria on Tuesday, officials said.", "3,000 people have been displaced",
                   "At least 12 people have died", "$5 million in aid has been pledged.",
                   "Twelve rivers burst their banks"]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)
    # a list that follows no lead-in is links or a menu, not the article; so is one under a heading
    # that is not a facts heading ("In other news", "More top stories", "Catch up on our earlier coverage:")
    for lead in ("", "In other news\n", "More top stories\n", "Editors' Picks\n", "Catch up on our earlier coverage:\n"):
        doc = segment(Article("b", "Floods", "b.txt", f"Floods hit Valeria, officials said.\n{lead}- Ten killed in bus crash in northern Peru\n"))
        assert not [s.text for s in doc.sentences if "Peru" in s.text], lead


def test_a_prose_lead_in_keeps_its_list_and_a_facts_heading_may_say_so_far():
    text = ("Floods hit Valeria, officials said.\nMore than 40 countries have pledged aid, including:\n"
            "- Japan, which gave $10 million\nWhat we know so far\n- Twelve rivers burst their banks\n")
    got = [s.text for s in segment(Article("a", "Floods", "a.txt", text)).sentences]
    assert "Japan, which gave $10 million" in got and "Twelve rivers burst their banks" in got


@pytest.mark.parametrize("lead", [
    "Read more of our coverage of the flooding:",
    # a date or a verb inside a links heading leaves it links (the sixth review)
    "Read more of our coverage of the 2024 floods:", "Most read stories of 2024:", "Related coverage of the Oct. 7 attacks:",
    "More coverage of the Israel-Hamas war, which began on Oct 7:", "Related stories that are trending:",
    "You may also like these stories, which are trending:",
    "Don't miss:", "Read more on the following:", "Catch up on the following:",  # the eighth review
])
def test_a_long_links_heading_is_still_links(lead):
    text = f"Floods hit Valeria, officials said.\n{lead}\n- Ten killed in bus crash in northern Peru\n"
    assert not [s.text for s in segment(Article("a", "F", "a.txt", text)).sentences if "Peru" in s.text]


def test_an_articles_own_list_under_a_links_word_is_kept():
    text = ("Floods hit Valeria, officials said.\nMost popular destinations for British tourists this summer were:\n"
            "- Spain, with 3.2 million visitors\nMore from the survey of 2,000 voters:\n- Most back the plan, with 60 percent in favour\n")
    got = [s.text for s in segment(Article("a", "T", "a.txt", text)).sentences]
    assert "Spain, with 3.2 million visitors" in got and "Most back the plan, with 60 percent in favour" in got
    for lead in ("Recommended measures for residents included:", "Recommended steps for residents are as follows:",
                 "More from the poll, which surveyed 2,000 voters:"):
        text = f"Floods hit Valeria, officials said.\n{lead}\n- Boil all drinking water\n"
        assert "Boil all drinking water" in [s.text for s in segment(Article("a", "T", "a.txt", text)).sentences], lead


@pytest.mark.parametrize("text, quoted", [
    # the third user review: both were quoted in In brief and read aloud ("November third, Reuters, - A wildfire ...")
    ("Nov 3 (Reuters) - A wildfire in Ventura County has grown to 18,600 acres.", "A wildfire in Ventura County has grown to 18,600 acres."),
    ("OJAI, Calif. (KTLA) — Firefighters made significant progress overnight.", "Firefighters made significant progress overnight."),
])
def test_a_dateline_with_no_place_or_a_station_s_own_is_not_quoted(text, quoted):
    from briefing.segment import dateline

    assert text[dateline(text):] == quoted


def test_a_station_s_dateline_is_cut_before_the_sentences_are_split():
    """The twenty-second review: "OJAI, Calif. (KTLA) — Firefighters ..." split at "Calif." first, so "(KTLA) — Firefighters" was quoted."""
    doc = segment(Article(id="a", title="", path="", text="OJAI, Calif. (KTLA) — Firefighters made progress overnight. Containment rose."))
    assert [s.text for s in doc.sentences] == ["Firefighters made progress overnight.", "Containment rose."]


@pytest.mark.parametrize("text, quoted", [
    # the fifth user review: a mixed-case dateline with no agency was quoted with its "Lisbon —"
    ("Lisbon — The Democratic Alliance won Sunday's election.", "The Democratic Alliance won Sunday's election."),
    ("Portland, Maine -- Police said three people were hurt.", "Police said three people were hurt."),
    ("Hamas — the group's armed wing — said it fired rockets.", "Hamas — the group's armed wing — said it fired rockets."),
    # the thirty-sixth review: a pair of dashes, or a figure after one, is prose
    ("Thousands — 14,000 by official count — fled their homes.", "Thousands — 14,000 by official count — fled their homes."),
    ("Turnout — 62% in the first round — was high.", "Turnout — 62% in the first round — was high."),
    ("Apple — The world's most valuable company — reported profits.", "Apple — The world's most valuable company — reported profits."),
])
def test_a_mixed_case_dateline_where_the_text_begins_is_not_quoted(text, quoted):
    assert segment(Article(id="a", title="", path="", text=text)).sentences[0].text == quoted


def test_a_mixed_case_place_and_a_dash_further_on_is_prose():
    doc = segment(Article(id="a", title="", path="", text="Voters went to the polls.\n\nPresident Trump — The man said so."))
    assert doc.sentences[1].text == "President Trump — The man said so."
