"""Fixed facts that sources give differently (briefing.facts): a named person's age, a founding or opening year. The
wordings are the blind sets' (tests/data/lines/ux7, ux11, ux12, ux14, ux15), where each was a planted disagreement that
no line said."""

from __future__ import annotations

from briefing.compare import compare
from briefing.facts import differing_facts
from briefing.figures import extract
from briefing.records import Article, Figure
from briefing.segment import segment
from tests.test_compare import fake_embed


def figs(articles: dict[str, str]) -> list[Figure]:
    return [f for ident, text in articles.items()
            for f in extract(segment(Article(id=ident, title=ident, path=f"{ident}.txt", text=text)))]


def said(articles: dict[str, str]) -> list[str]:
    return [d.statement for d in differing_facts(figs(articles), articles)]


def test_a_named_persons_age_given_differently_is_said_with_every_source():
    assert said({"r": "Mayor Lidia Farnel, 58, said the village had been warned.",
                 "b": "The village's mayor, Lidia Farnel, 61, told the BBC she had not slept."}) == [
        "Figures for the age of Lidia Farnel differ: r says 58; b says 61."]
    assert said({"b": "Simon Ashcroft, 58, from Alderley Edge, was found guilty.", "f": "Simon Ashcroft, 58, was convicted.",
                 "g": "Simon Ashcroft, 57, hid the supplier's problems."}) == [
        "Figures for the age of Simon Ashcroft differ: g says 57; b and f say 58."]


def test_an_age_beside_a_noun_after_the_name_and_a_surname_after_a_title():
    assert said({"b": "\"They cannot pay their rent,\" Dario Menesco, the federation's 52-year-old leader, told reporters.",
                 "f": "\"It is a victory,\" union leader Dario Menesco, 57, told cheering workers."}) == [
        "Figures for the age of Dario Menesco differ: b says 52; f says 57."]
    assert said({"a": "Civic Renewal leader Mara Vesk, 51, an economist, said Monday she would begin talks.",
                 "l": "Mara Vesk's victory opens a fragile path. For Ms. Vesk, 52, a former finance minister, the task is "
                      "harder."}) == [
        "Figures for the age of Mara Vesk differ: a says 51; l says 52."]


def test_a_role_before_the_name_and_a_bare_surname_that_one_full_name_has():
    """The sixteenth blind set's three ages, each missed on its first run."""
    assert said({"b": "Ingrid Solvang, Carvenergi's 54-year-old chief executive, apologised.",
                 "a": "Carvenergi CEO Ingrid Solvang, 57, said crews were working around the clock."}) == [
        "Figures for the age of Ingrid Solvang differ: b says 54; a says 57."]
    assert said({"f": "Matthias Krell, Holtmann's 58-year-old chief executive, told the Financial Times it would not bid again.",
                 "b": "\"We will be disciplined,\" Holtmann Chief Executive Officer Matthias Krell, 61, said in a statement."}) == [
        "Figures for the age of Matthias Krell differ: f says 58; b says 61."]
    assert said({"a": "Health Minister Dr. Elena Varossa, 49, urged people to stay indoors.",
                 "d": "Health Minister Elena Varossa said on Friday. \"They die of heart failure,\" Varossa, 52, told reporters."
                 }) == ["Figures for the age of Elena Varossa differ: a says 49; d says 52."]
    # a surname alone names the one full name its own article gives, or no one
    assert said({"a": "Health Minister Dr. Elena Varossa, 49, urged people to stay indoors.",
                 "d": "\"They die of heart failure,\" Varossa, 52, told reporters."}) == []
    assert said({"a": "Erik Tammsen, a 46-year-old Carvenergi lineworker, was killed.", "b": "Ola Carvenergi, 50, said."}) == []


def test_ages_that_agree_or_name_different_people_or_no_one_are_not_said():
    assert said({"a": "Edgar Lind, 44, hailed the result.", "d": "National Future, led by 44-year-old Edgar Lind, won."}) == []
    assert said({"a": "Tereza Lind, 22, a student, was in the tunnel.", "b": "Edgar Lind, 44, hailed the result."}) == []
    assert said({"a": "The youngest victim was a 14-year-old girl from the city.",
                 "b": "The youngest of the dead, a 15-year-old student, had travelled to the concert."}) == []
    # a surname that two full names share names no one for certain
    assert said({"a": "Joseph Mwale, 19, was among the first out.", "b": "His uncle, Gift Mwale, 52, waited outside.",
                 "c": "Mr. Mwale, 22, was pulled out on Tuesday."}) == []
    # a source that gives one person two ages is no witness
    assert said({"a": "Anna Petrova, 29, a nurse, voted early. Anna Petrova, 30, said rents had doubled.",
                 "b": "Anna Petrova, 31, a nurse, voted."}) == []


def test_a_founding_or_opening_year_given_differently_is_said():
    assert said({"r": "Korvath, founded in 1921 and Coravia's largest industrial employer, cut jobs.",
                 "n": "Korvath Steel, founded in 1912 and employing 18,000 people, said it would appeal."}) == [
        "Figures for when Korvath Steel was founded differ: n says 1912; r says 1921."]
    assert said({"a": "Ostpark Stadium, home to soccer club Halvik FC, opened in 1998 and is the largest venue.",
                 "g": "The stadium, which opened in 2001 and is home to Halvik FC, has been closed."}) == [
        "Figures for when Ostpark Stadium opened differ: a says 1998; g says 2001."]
    assert said({"r": "The plant, which opened in 1978, produces chlorine.", "b": "The plant was built in 1987, and some of "
                 "its tanks date from then."}) == [
        "Figures for when the plant opened or was built differ: r says opened in 1978; b says built in 1987."]


def test_what_a_review_found_said_of_ages_and_years_is_not_said():
    """A read-only review of the first version: each of these was said to differ."""
    for a, b in [("Joseph Mwale, 19, was among the first out of the mine.",
                  "Joseph Mwale was trapped for three days. His father, Mr. Mwale, 52, waited outside all night."),
                 ("Tomas Vesk, 55, a miner, is missing.", "Tomas Vesk is still missing. His wife, Mrs. Vesk, 51, waited."),
                 ("Among the dead was a 34-year-old South African, police said.", "A 61-year-old South African was also killed."),
                 ("Kofi Mensah, the father of a 9-year-old boy who died, said the school ignored warnings.",
                  "Kofi Mensah, 41, said he had warned the school."),
                 ("Korvath Steel, founded in 1912, cut jobs.", "Rival Tarvis Steel, founded in 1950, hired."),
                 ("The new terminal, which opened in 2019, was evacuated.", "The old terminal, which opened in 1974, was shut."),
                 ("The bridge, built in 1962, was closed.", "A second bridge, built in 2005, stayed open."),
                 ("Police said the bridge, which opened in 1962, was closed.", "Officials said the school, which opened in 1990, "
                  "was shut."),
                 ("The dam was built in 1958 on the river.", "The dam, completed in 1961, holds the reservoir.")]:
        assert said({"a": a, "b": b}) == [], (a, b)


def test_years_that_fit_or_describe_different_things_are_not_said():
    assert said({"r": "The plant was built in 1976.", "b": "The plant, which opened in 1978, produces chlorine."}) == []
    assert said({"r": "The flood wall, completed in 2019, held.", "t": "A new pumping station opened in 2021."}) == []
    assert said({"r": "The plant, which opened in 1978, makes chlorine. Its second plant, which opened in 1990, makes soda.",
                 "b": "The plant opened in 1985."}) == []  # a source with two such years: which is which is not certain


def test_compare_says_the_facts_with_the_quantities():
    found = compare(figs({"r": "Mayor Lidia Farnel, 58, said 300 rescuers were searching.",
                          "b": "The mayor, Lidia Farnel, 61, said 300 rescuers were searching."}), embed=fake_embed)
    facts = [d for d in found if d.quantity == "the age of Lidia Farnel"]
    assert len(facts) == 1 and facts[0].shown and facts[0].kind == "competing"
    assert {(f.source, f.text) for f in facts[0].figures} == {("r", "58"), ("b", "61")}
    assert facts[0].cited == "Figures for the age of Lidia Farnel differ: \x1fr\x1f says 58; \x1fb\x1f says 61."
