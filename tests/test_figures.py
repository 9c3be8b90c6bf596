"""Stage 5, figures: exact extraction on tiny inline sentences, plus a property test."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.figures import extract
from briefing.records import Article, Figure
from briefing.segment import segment


def figures(text: str, source: str = "s1") -> list[Figure]:
    return extract(segment(Article(id=source, title="Title", path=f"{source}.txt", text=text)))


def one(text: str, written: str) -> Figure:
    found = [f for f in figures(text) if f.text == written]
    assert found, f"{written!r} not among {[f.text for f in figures(text)]}"
    return found[0]


# --- numbers, hedges, ranges, words, scales -------------------------------------------------

def test_hedged_count_with_counted_phrase_and_time():
    f = one("Officials said approximately 3,000 North Korean soldiers arrived in Russia this month.", "approximately 3,000")
    assert (f.value, f.kind, f.hedge, f.counted, f.time, f.place) == (3000, "count", "approximately", "North Korean soldiers", "this month", "Russia")


@pytest.mark.parametrize("text, written, hedge", [
    ("At least 3,000 troops were sent.", "At least 3,000", "at least"),
    ("North Korea could send up to 10,000 troops by December.", "up to 10,000", "up to"),
    ("The number could be as high as 100,000 troops.", "as high as 100,000", "as high as"),
    ("Russia has equipped over 7,000 soldiers.", "over 7,000", "over"),
    ("Nearly 1.5 million people have been displaced.", "Nearly 1.5 million", "nearly"),
    ("Some 500 firefighters were deployed.", "Some 500", "some"),
    ("More than 5,000 residents left.", "More than 5,000", "more than"),
    ("Around 18,000 nurses joined the strike.", "Around 18,000", "around"),
])
def test_hedges(text, written, hedge):
    assert one(text, written).hedge == hedge


def test_ranges():
    f = one("Rebuilding will take 15 to 20 years.", "15 to 20 years")
    assert (f.low, f.value, f.kind, f.unit) == (15, 20, "duration", "years")
    f = one("Between 3,000 and 5,000 people marched.", "Between 3,000 and 5,000")
    assert (f.low, f.value, f.hedge, f.counted) == (3000, 5000, "between", "people")
    f = one("It will cost 1 to 2 million euros.", "1 to 2 million euros")
    assert (f.low, f.value, f.kind, f.unit) == (1_000_000, 2_000_000, "money", "EUR")


def test_a_rise_is_two_figures_not_a_range():
    found = [f.text for f in figures("The toll rose from 12 to 27 people.")]
    assert found == ["12", "27"]


@pytest.mark.parametrize("text, written, value", [
    ("Ten thousand troops crossed.", "Ten thousand", 10_000),
    ("Rescuers pulled a dozen survivors out.", "a dozen", 12),
    ("Twenty-five people were hurt.", "Twenty-five", 25),
    ("Three hundred and fifty homes burned.", "Three hundred and fifty", 350),
    ("Half a million people fled.", "Half a million", 500_000),
])
def test_numbers_in_words(text, written, value):
    assert one(text, written).value == value


def test_vague_plurals():
    f = one("Kyiv warned of the fate of hundreds of thousands of Russian soldiers.", "hundreds of thousands")
    assert (f.value, f.hedge, f.counted) == (100_000, "hundreds of thousands", "Russian soldiers")


@pytest.mark.parametrize("text, written, value, unit", [
    ("The army has over 1.28 million active-duty soldiers.", "over 1.28 million", 1_280_000, ""),
    ("Rebuilding will cost €1bn, they said.", "€1bn", 1e9, "EUR"),
    ("Donors gave $995m to the fund.", "$995m", 995e6, "USD"),
    ("Pledges reached £765m on Wednesday.", "£765m", 765e6, "GBP"),
    ("The government released 500 million lira in aid.", "500 million lira", 500e6, "TRY"),
    ("Pyongyang earns hundreds of millions of dollars.", "hundreds of millions of dollars", 1e8, "USD"),
])
def test_scales_and_currencies(text, written, value, unit):
    f = one(text, written)
    assert (f.value, f.unit) == (value, unit)
    assert f.kind == ("money" if unit else "count")


def test_money_rate_and_attribution():
    f = one("South Korean intelligence estimates that Pyongyang receives $2,000 per soldier per month.", "$2,000")
    assert (f.kind, f.unit, f.rate, f.attribution) == ("money", "USD", "per soldier per month", "South Korean intelligence")


@pytest.mark.parametrize("text, written, value, unit", [
    ("Turnout was 61.2%, the commission said.", "61.2%", 61.2, "%"),
    ("The union wants 10 per cent.", "10 per cent", 10, "%"),
    ("Support fell by 3 percentage points.", "3 percentage points", 3, "pp"),
])
def test_percentages(text, written, value, unit):
    f = one(text, written)
    assert (f.kind, f.value, f.unit) == ("percent", value, unit)


def test_rates():
    assert one("Russia has been recruiting up to 20,000 soldiers monthly.", "up to 20,000").rate == "monthly"
    f = one("Casualties are high, with over 1,000 Russian soldiers reported dead or wounded daily.", "over 1,000")
    assert (f.rate, f.counted, f.state) == ("daily", "Russian soldiers", "injured killed")
    assert one("About 40 trucks a day cross the border.", "About 40").rate == "a day"
    # a conversion in brackets does not hide the rate (the fourteenth blind set's strike: a day's cost set against the total)
    assert one("The stoppage will cost the economy about 2.5 billion dinars ($100 million) a day, the chamber said.",
               "about 2.5 billion").rate == "a day"
    # a density counts no one (the fifteenth blind set's crush: seven people per square meter was one of the dead)
    assert one("Crowd density in the tunnel where most of the victims died reached an estimated seven people per square meter.",
               "an estimated seven").rate == "per square meter"
    assert one("The district has 4,000 people per sq km.", "4,000").rate == "per sq km"
    assert one("More than 40,000 homes were flooded after up to 490 litres per square metre fell in eight hours.",
               "More than 40,000").rate == ""  # (the rain's, not the homes': a review)


def test_since_an_event_is_a_span():
    """"shares have lost 14 per cent since the blackout" runs from the blackout to now (the sixteenth blind set: a day's fall
    of 6.2% was set against it); "since the strike began on Monday" is since Monday."""
    assert one("The company's shares have lost 14 per cent since the blackout.", "14 per cent").time == "since the blackout"
    assert one("Prices have risen 8% since the war began.", "8%").time == "since the war began"
    assert one("The index has fallen 7.5 per cent since the tariffs were announced.", "7.5 per cent").time == \
        "since the tariffs were announced"
    assert one("Losses had reached 7.8 billion dinars since the strike began on Monday.", "7.8 billion").time == "since Monday"
    f = one("The ministry said 236 people had been treated since the fire began, and six remained in hospital.", "six")
    assert f.time == ""  # (the 236's span, in its own clause: a blind judge found it given to the six)
    # (a review: no time rather than a wrong one)
    assert one("Prices have risen 8% since the election campaign began.", "8%").time == ""  # not "since the election"
    assert one("Tarvis shares rose 3% but have lost 14 per cent since the blackout.", "3%").time == ""
    assert one("Strikes since the ceasefire took effect have killed 120 people and brought the overall death toll to 48,500.",
               "48,500").time == ""


def test_a_minus_sign_and_spelled_out_power_units():
    """The sixteenth blind set: "-12C" was read as 12 and said so ("ap says 12"), and 14.2 gigawatts beside 14,200 megawatts
    was said to look like a missing unit."""
    for text, written, value in [("Overnight temperatures fell to -12C in parts of the region.", "-12C", -12.0),
                                 ("It was −12°C at dawn.", "−12°C", -12.0),
                                 ("Temperatures dropped to minus 14 degrees Celsius on Sunday night.", "minus 14 degrees Celsius", -14.0),
                                 ("Output fell -3.5% in May.", "-3.5%", -3.5)]:
        f = one(text, written)
        assert f.value == value and f.sentence[f.at:f.at + len(f.text)] == written and not f.comparable
    assert one("Highs of 10-12C are expected.", "10-12C").value == 12.0
    # not a margin, a degree sign's hyphen or a dash; a signed range's sign is its low's (a review)
    assert one("The margin of error is plus or minus 3.9 percentage points.", "3.9 percentage points").value == 3.9
    assert one("The poll's margin of error is +/-3 percentage points.", "3 percentage points").value == 3.0
    assert one("Temperatures will be 25°-30°C on Sunday.", "30°C").value == 30.0
    assert one("The storm killed 12 people --15 by some counts-- on Sunday.", "15").value == 15.0
    f = one("Temperatures will be -5 to 10C on Sunday.", "-5 to 10C")
    assert (f.low, f.value) == (-5.0, 10.0)
    assert (one("Demand peaked at 14.2 gigawatts on Tuesday.", "14.2 gigawatts").unit,
            one("Demand hit a record 14,200 megawatts.", "14,200 megawatts").unit,
            one("The plant produced 4.2 terawatt-hours last year.", "4.2 terawatt-hours").unit) == ("GW", "MW", "TWh")


def test_units():
    f = one("Wind gusts reached 140 km/h on the coast.", "140 km/h")
    assert (f.kind, f.unit, f.context) == ("other", "km/h", "Wind gusts")


# --- who, what happened, where, when --------------------------------------------------------

@pytest.mark.parametrize("text, written, who", [
    ("At least 3,000 soldiers have been sent to Russia, US officials said October 23.", "At least 3,000", "US officials"),
    ("Pyongyang plans to deploy 10,000 soldiers to Russia by December, Seoul says.", "10,000", "Seoul"),
    ("According to Ukraine's intelligence agency, Russia has equipped 7,000 soldiers.", "7,000", "Ukraine's intelligence agency"),
    ("Initially, the Pentagon estimated that around 11,000 troops would be deployed.", "around 11,000", "the Pentagon"),
    ("Police said 338,000 people marched, far from the 2 million claimed by the unions.", "2 million", "unions"),
    ("Organisers said 2 million people took part, while police put the figure at 338,000.", "338,000", "police"),
    ("Between 15,000 and 20,000 nurses walked out, the Royal College of Nursing said.", "Between 15,000 and 20,000",
     "the Royal College of Nursing"),
])
def test_attribution(text, written, who):
    assert one(text, written).attribution == who


@pytest.mark.parametrize("text, written, who", [
    # a speaker whose clause begins after the figure speaks for what follows it, not for the figure
    ("The government has promised $5m in emergency aid, while the European Union added another €2 million.", "$5m", ""),
    ("Twelve people died, and officials said 15 were missing.", "Twelve", ""),
    ("The toll reached 15, but the ministry said 20 had died.", "15", ""),
    # ... while a speaker after a comma, or named with "and" inside it, still does
    ("At least 12 people have died and 40 were injured after the river burst its banks, officials said.", "At least 12", "officials"),
    ("About 3,000 troops arrived, US and South Korean officials said.", "About 3,000", "US and South Korean officials"),
    # aid agencies and charities speak too (messy-folder review gap)
    ("About 5,000 people have been displaced, aid agencies said.", "About 5,000", "aid agencies"),
    ("About 5,000 people have been displaced, a local charity said.", "About 5,000", "a local charity"),
    ("Some 200 homes were flooded, an official said.", "Some 200", "an official"),
    ("A White House official said 3,000 troops would go.", "3,000", "a White House official"),
    # a passive names no speaker (the seventh review)
    ("The UN said in Geneva that 300 people had died.", "300", "The UN"),
    # "estimated" before a figure is its subject's verb, not only a hedge (user review)
    ("The government said 35,000 people attended; the Archive of Public Gatherings estimated 275,000 to 325,000.",
     "estimated 275,000 to 325,000", "the Archive of Public Gatherings"),
    ("Authorities in Bangladesh say 38 people have died in floods.", "38", "Authorities in Bangladesh"),
    # the ninth review: "in" joins a speaker only after a speaker's word; a passive names no one; a
    # speaker after the figure beats a subject of "estimated"
    ("Meanwhile in Brussels EU officials said 2 million people had fled.", "2 million", "Brussels EU officials"),
    ("There were 14 attacks on aid agencies reported in Darfur last month.", "14", ""),
    ("Damage in Libya estimated $1 billion, the World Bank said.", "estimated $1 billion", "the World Bank"),
    ("More than 200 cases of cholera among refugees in Chad reported in Ouaddai, the WHO said.", "More than 200", "the WHO"),
    ("About 300 people died, WHO said.", "About 300", "WHO"),  # the WHO is no pronoun
    # the tenth review
    ("The US Embassy in Kabul said 200 Americans were still in the country.", "200", "The US Embassy in Kabul"),
    ("The agency reported in March that 1,200 people had been displaced.", "1,200", "agency"),
    ("Police confirmed in Kent on Monday that 3 people had died.", "3", "police"),
    ("The organisers estimated 250,000 people took part, far more than the 30,000 police reported.", "estimated 250,000", "organisers"),
    ("Police said earlier that 40 people had died.", "40", "police"),
    ("Clashes between armed groups reported last week killed 40 people.", "40", ""),
    ("The charity said to be behind the appeal raised 500 dollars.", "500 dollars", ""),
    # the eleventh review: "reported in <place> on <day>" and "reported in <month>" are passives; a
    # speaker after a comma beats the subject of "estimated"; a place after "in" is no speaker
    ("More than 200 cases of cholera among refugees in Chad reported in Ouaddai on Monday, the WHO said.", "More than 200", "the WHO"),
    ("Attacks on aid agencies reported in Darfur on Monday killed 40 people.", "40", ""),
    ("Attacks reported in March killed 40 people.", "40", ""),
    ("Damage in Libya estimated $1 billion, according to the World Bank.", "estimated $1 billion", "the World Bank"),
    ("Damage in Libya estimated $1 billion, officials said.", "estimated $1 billion", "officials"),
    ("Losses estimated $2 billion, insurers said on Tuesday.", "estimated $2 billion", "insurers"),
    ("Damage estimated $1 billion in Derna, Benghazi and Bayda, the World Bank said.", "estimated $1 billion", "the World Bank"),
    ("The Archive of Public Gatherings estimated 275,000 people attended, which analysts said was plausible.",
     "estimated 275,000", "The Archive of Public Gatherings"),
    ("The Red Cross in DRC said 40 people had died.", "40", "The Red Cross in DRC"),
    ("The WHO in DR Congo said 40 people had died.", "40", "The WHO in DR Congo"),
    ("Authorities in the Philippines said 40 people had died.", "40", "Authorities in the Philippines"),
    ("Police in the Indian state of Manipur said 40 people had died.", "40", "Police in the Indian state of Manipur"),
    ("The UN refugee agency in northern Syria said 40 people had died.", "40", "The UN refugee agency in northern Syria"),
    ("A gunman suspected of killing five police officers during a protest march in downtown Dallas late Thursday told "
     "negotiators he was upset.", "five", ""),
    # the twelfth review: speakers in lower case before "in" keep their place; "reported in June 2024 that" is active;
    # a later comma clause that is no speaker ("a figure police said") leaves "estimated" its subject's
    ("On Monday, medics in Gaza said 40 people had been killed.", "40", "medics in Gaza"),
    ("At least 40 people were killed, medics in Gaza said.", "At least 40", "medics in Gaza"),
    ("A study published in the Lancet estimated 1.2 million deaths.", "estimated 1.2 million", "the Lancet"),
    ("The ONS reported in June 2024 that inflation was 2%.", "2%", "The ONS"),
    ("Reuters reported in Kabul on Monday morning that 40 people had died.", "40", "Reuters"),
    ("The WHO confirmed in Geneva on Friday 1,200 new cases.", "1,200", "The WHO"),
    ("Organisers estimated 250,000 people joined the march, a figure police said was inflated.", "estimated 250,000", "organisers"),
    # user review: "estimate of" is a noun, no speech verb ("$24.3 billion (according to the average analyst)")
    ("Revenue of $24.3 billion beat the average analyst estimate of $23.9 billion, according to LSEG data.", "$24.3 billion", "LSEG data"),
    ("The UN estimate of 40,000 deaths was revised on Monday.", "40,000", "The UN"),  # a named owner speaks (the fourteenth review)
    ("Unconfirmed reports of 40 dead emerged on Monday, police said.", "40", "police"),  # (the fifteenth review)
    ("Police estimates of 3,000 protesters were disputed.", "3,000", "police"),  # (the sixteenth review)
    ("Unverified reports of 40 dead emerged on Monday.", "40", ""),  # (the seventeenth review)
    ("Prosecutors plan to call 120 witnesses, officials said.", "120", "officials"),
    # the eighteenth review: words that name no one, whatever their case, and speakers at a sentence's start
    ("Media reports of 40 dead could not be independently verified.", "40", ""),
    ("Official estimates of 3,000 dead were revised on Monday.", "3,000", ""),
    ("Independent estimates of 40,000 dead emerged on Monday.", "40,000", ""),
    ("Organisers' estimates of 250,000 protesters were disputed.", "250,000", "organisers"),
    # the nineteenth review: a clause's first word names no one
    ("Following reports of 200 arrests in Tbilisi, the embassy issued a warning.", "200", ""),
    ("Widespread reports of 50 deaths in the city could not be verified.", "50", ""),
    ("Ukrainian estimates of 500,000 Russian casualties were disputed.", "500,000", "Ukrainian"),
    ("\u201cUnconfirmed reports of 40 dead are circulating,\u201d the ministry said.", "40", "ministry"),
    ("Transport Minister Óscar Puente said 12 of the injured were in critical condition.", "12", "Transport Minister Óscar Puente"),
    # user review: a party speaks ("BBC News says at least 800" had hidden the opposition's claim)
    ("The main opposition CHP party said the real toll was far higher, claiming at least 800 people had died.",
     "at least 800", "main opposition CHP party"),
    ("The organisers estimated 250,000 people attended, twice the number police reported.", "estimated 250,000", "organisers"),
])
def test_attribution_stays_in_its_clause(text, written, who):
    assert one(text, written).attribution == who


def test_no_attribution_from_a_pronoun_source():
    assert one("According to their data, North Korea could send up to 10,000 troops.", "up to 10,000").attribution == ""


@pytest.mark.parametrize("text, written, when", [
    ("Two people died on Wednesday.", "Two", "on Wednesday"),
    ("North Korea could send up to 10,000 troops by December.", "up to 10,000", "by December"),
    ("About 3,000 soldiers arrived this month.", "About 3,000", "this month"),
    # user review: "Wednesday's earthquake" names the quake, not when the toll was given
    ("The number of people killed in Wednesday's earthquake has risen to 512, the agency says.", "512", ""),
    # the fourteenth blind set's strike: a day after "since the strike began" starts a span ("on Monday" set it beside Monday's)
    ("Losses had reached 7.8 billion dinars since the strike began on Monday.", "7.8 billion", "since Monday"),
    # and a whole past year is the figure's time ("this year" was, and 74,500 became this year's latest count)
    ("It has recorded 61,000 cases so far this year, compared with 74,500 cases in the whole of 2024.", "74,500",
     "in the whole of 2024"),
    # a target year after another figure is that figure's (the fourteenth blind set's vaccine)
    ("It had already manufactured 6 million doses and aimed to make up to 40 million doses a year by 2027.", "6 million", ""),
    ("It had already manufactured 6 million doses and aimed to make up to 40 million doses a year by 2027.", "up to 40 million",
     "by 2027"),
])
def test_time(text, written, when):
    assert one(text, written).time == when


def test_time_of_a_comparison_is_not_the_figures_time():
    assert one("The storm killed 31 people, making it the deadliest since 1957.", "31").time == ""


@pytest.mark.parametrize("text, written, state", [
    ("At least 12 people were killed in Spain.", "At least 12", "killed"),
    ("More than 5,000 residents have been displaced.", "More than 5,000", "displaced"),
    ("Some 5,200 people had to leave their homes.", "Some 5,200", "displaced"),
    ("The storm has affected about 200,000 people.", "about 200,000", "affected"),
    ("The quake killed 14 people and injured 230.", "230", "injured"),
    ("The floods destroyed 60,000 homes.", "60,000", "destroyed"),
    # user review: a second verb has its own state ("customers killed in Carolinas" was briefed and spoken)
    ("A storm toppled power lines on Monday, killing at least three people and leaving about 380,000 customers "
     "without electricity, officials said.", "about 380,000", ""),
    ("The storm killed two people and left 40,000 homes without power.", "40,000", ""),
    ("Floods killed 12 people and displaced 3,000 others.", "3,000", "displaced"),
    ("Gunmen killed and wounded 40 people.", "40", "injured killed"),
    ("More than 3,000 people have been injured, and about 25,000 people are now living in tents.", "about 25,000", "displaced"),
    # the second user review: "killing seven people and injuring more than 40"; intensive care, critical condition
    ("A train derailed on Saturday, killing seven people and injuring more than 40, emergency services said.", "more than 40", "injured"),
    ("A total of 48 people remain in hospital, six of them in intensive care.", "six", "critical"),
    ("A total of 48 people remain in hospital, six of them in intensive care.", "48", "hospitalised"),
    ("Twelve people were in critical condition, officials said.", "Twelve", "critical"),
])
def test_state_of_what_is_counted(text, written, state):
    assert one(text, written).state == state


def test_counted_taken_from_the_clause_when_nothing_follows():
    f = one("The death toll from Storm Zara in Spain has risen to 27.", "27")
    assert (f.counted, f.state, f.place) == ("death toll", "killed", "Spain")
    f = one("Initially 11,000 North Korean troops were expected, but the number could be as high as 100,000.", "as high as 100,000")
    assert f.counted == "North Korean troops"


def test_owner_of_a_count():
    found = {f.text: f.counted for f in figures("The Unity Party secured 142 seats and the Green Alliance 91.")}
    assert found == {"142": "Unity Party seats", "91": "Green Alliance seats"}
    assert one("It is a rise from Trump's 15,000 refugee limit.", "15,000").counted == "Trump refugee limit"


# --- kinds that are not competing quantities ------------------------------------------------

@pytest.mark.parametrize("text, written, kind", [
    ("Lee defected in 2007 and never returned.", "2007", "year"),
    ("The Korean War from 1950-1953 was the last.", "1950-1953", "year"),
    ("US officials said October 23 that troops had arrived.", "October 23", "date"),
    ("The blast happened at 10 a.m. near the station.", "10 a.m.", "time"),
    ("A 19-year-old soldier was captured.", "19-year-old", "age"),
    ("Most soldiers are in their late teens and early 20s.", "early 20s", "age"),
    ("They carry 60mm mortars and AK-12 rifles.", "60mm", "label"),
    ("They carry 60mm mortars and AK-12 rifles.", "AK-12", "label"),
    ("Some units, like the elite 11th Corps, are highly trained.", "11th Corps", "label"),
    ("A lieutenant in the 40th Tactical Aviation Brigade spoke.", "40th Tactical Aviation Brigade", "label"),
    ("North Korea has the fourth largest army.", "fourth", "ordinal"),
    ("Russia meddled in the 2016 presidential election.", "2016", "year"),
    ("Seven Republicans joined Democrats in a 57-43 vote.", "57-43", "label"),
])
def test_kinds_not_comparable(text, written, kind):
    f = one(text, written)
    assert f.kind == kind
    assert not f.comparable


def test_a_four_digit_count_is_not_a_year():
    f = one("Officials said 2000 soldiers were moved.", "2000")
    assert (f.kind, f.counted) == ("count", "soldiers")


def test_lone_one_is_not_a_figure():
    assert figures("As one former soldier put it, they are cannon fodder.") == []


# --- spans ----------------------------------------------------------------------------------

def test_spans_point_into_the_article_body():
    text = "Intro line here.\nAbout 3,000 troops arrived. Then 10,000 more came on Oct. 23 by ship."
    doc = segment(Article(id="x", title="T", path="x.txt", text=text))
    found = extract(doc)
    assert [f.text for f in found] == ["About 3,000", "10,000", "Oct. 23"]
    for f in found:
        assert text[f.start:f.end] == f.text
        assert f.sentence in text and f.text in f.sentence
        assert f.source == "x"


TOKENS = ["3,000", "1.28 million", "€880", "$995m", "£765m", "up to", "between", "and", "to", "per month", "daily",
          "10%", "1950-1953", "October 23", "AK-12", "60mm", "11th Corps", "ten thousand", "a dozen", "hundreds of",
          "thousands", "said", "according to", "US officials", "soldiers", "people", "killed", ",", ".", "\n", "-",
          "–", "(", ")", "'", "\"", "2007", "19-year-old", "at least", "over", "more than", "10 a.m.", "km/h", "years"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(alphabet="0123456789,.$€£%- abcXYZ\n", max_size=8)),
             max_size=60).map(" ".join),
))
def test_extract_never_crashes_and_every_figure_is_traceable(text):
    doc = segment(Article(id="p", title="T", path="p.txt", text=text))
    for f in extract(doc):
        assert f.text and f.text in f.sentence
        assert doc.article.text[f.start:f.end] == f.text
        assert f.sentence in doc.article.text
        assert f.value == f.value  # not NaN


def test_a_figure_after_climbed_back_is_named_by_its_noun():
    def named(text: str) -> list[tuple[str, str, str]]:
        return [(f.text, f.counted, f.context) for f in extract(segment(Article(id="a", title="", path="a.txt", text=text)))]

    assert named("The number of workers applying for unemployment climbed back over 1 million.")[0][1] == \
        "workers applying for unemployment"
    assert named("Unemployment claims climbed back above 900,000 last week.")[0][2] == "Unemployment claims"


def test_the_number_of_things_on_a_day_in_may():
    found = extract(segment(Article(id="a", title="", path="a.txt",
                                    text="The number of available positions on the last day of May rose slightly to 9.2 million.")))
    assert [(f.text, f.counted) for f in found] == [("9.2 million", "available positions")]


def test_a_day_is_never_the_speaker():
    def who(text: str) -> list[str]:
        return [f.attribution for f in extract(segment(Article(id="a", title="", path="a.txt", text=text))) if f.comparable]

    assert who("President Biden on Monday announced plans to ship millions of doses abroad.") == ["President Biden"]
    assert who("At least 1 million people applied on Thursday, according to the Labor Department’s.") == ["the Labor Department"]


def test_an_increment_is_marked():
    found = extract(segment(Article(id="a", title="", path="a.txt", text=(
        "Rescue workers pulled six more bodies from the rubble. The US will send an additional 100 million doses. "
        "Another 500 troops arrived. Officials said 60 bodies have been recovered. It has six more than last year."))))
    assert [(f.text, f.increment) for f in found if f.kind == "count"] == [
        ("six", True), ("an additional 100 million", True), ("Another 500", True), ("60", False), ("six", False)]


def test_hundreds_more_wounded_is_a_total_of_its_own():
    found = extract(segment(Article(id="a", title="", path="a.txt",
                                    text="At least 207 people were killed and hundreds more wounded in the blasts.")))
    assert [(f.text, f.increment) for f in found] == [("At least 207", False), ("hundreds", False)]


def test_markets_index_names_closing_levels_and_earlier_values():
    def found(text: str) -> list[tuple[str, str, str, bool]]:
        return [(f.text, f.kind, f.counted, f.previous) for f in extract(segment(Article(id="a", title="", path="a.txt", text=text)))]

    assert found("The Dow plunged 1,861.82 points, to close at 25,128.17, while the S&P 500 slid 5.9 percent.") == [
        ("1,861.82", "count", "points", False), ("25,128.17", "count", "closing level", False),
        ("S&P 500", "label", "", False), ("5.9 percent", "percent", "", False)]
    assert found("A total of 1.19 million people filed claims, down from 1.43 million the week before.")[1][3] is True


def test_review_cases_for_names_dates_and_quakes():
    def found(text: str) -> list[tuple[str, str, str]]:
        return [(f.text, f.counted, f.attribution) for f in extract(segment(Article(id="a", title="", path="a.txt", text=text)))
                if f.comparable]

    assert found("A magnitude 6.9 earthquake struck near the Mauna Kea telescopes.") == [("6.9", "earthquake magnitude", "")]
    assert found("The company ended the year at 12,000 employees.") == [("12,000", "employees", "")]
    assert found("Prime Minister Theresa May said 500 troops would go.")[0][2] == "Prime Minister Theresa May"
    assert found("Organisers of the Women's March said 500,000 people marched.")[0][2] == "the Women's March"
    assert found("Top 10 officials resigned.")[0][:2] == ("10", "officials")
    assert found("Police said 12 people died, according to 's, 5 people.")  # no crash on an emptied speaker


def test_second_review_dates_and_labels():
    def found(text: str) -> list[tuple[str, str, str]]:
        return [(f.text, f.kind, f.attribution) for f in extract(segment(Article(id="a", title="", path="a.txt", text=text)))]

    assert found("Officials October 23 said 30 people died.")[-1][2] == "officials"
    assert found("Officials on Tuesday, May 5 said 12 people died.")[-1][2] == "officials"
    assert found("DAX 30,000 fans came.") == [("30,000", "count", "")]
    assert found("The Inc. 5000 list grew.") == [("Inc. 5000", "label", "")]
    assert found("An Post said 300 workers would strike.")[0][2] == "An Post"


def test_third_review_states_and_dates():
    def first(text: str) -> tuple[str, str]:
        f = [f for f in extract(segment(Article(id="a", title="", path="a.txt", text=text))) if f.comparable][0]
        return f.state, f.attribution

    assert first("Police fatally shot 3 people.")[0] == "killed"
    assert first("7 people were injured or fatally wounded in the blast.")[0] == "injured killed"
    assert first("Officials in Oct. 5 said 12 people died.")[1] == "officials"


def test_the_number_of_people_killed_in_an_event_counts_people():
    found = extract(segment(Article(id="a", title="", path="a.txt", text=(
        "The number of people killed in Saturday's ferry sinking off Kessaly rose to 23 on Sunday."))))
    assert [(f.text, f.counted, f.state) for f in found if f.comparable] == [("23", "people killed", "killed")]


@pytest.mark.parametrize("text, written, value, counted", [
    ("About 3k people were displaced by the flood.", "About 3k", 3000, "people"),
    ("Some 10K new troops arrived.", "Some 10K", 10_000, "troops"),
    ("Valeria flood: 3k displaced, 20 feared dead.", "3k", 3000, ""),
    ("He ran a 10k race.", "10", 10, "k race"),  # a distance, not thousands
    ("Some 4K TVs were sold.", "Some 4", 4, "K TVs"),  # a resolution
])
def test_a_glued_k_is_thousands_before_what_is_counted(text, written, value, counted):
    f = one(text, written)
    assert (f.value, f.counted) == (value, counted)


def test_people_needing_aid_are_not_the_displaced():
    assert one("Aid agencies say at least 8,000 people will need food and shelter.", "at least 8,000").state == "needing-aid"
    assert one("Some 2 million people are in need of humanitarian assistance.", "Some 2 million").state == "needing-aid"
    assert one("About 3k people were displaced by the flood.", "About 3k").state == "displaced"
    assert one("Leaders pledged to give 1 billion vaccine doses to countries in need.", "1 billion").state == ""


def test_a_shouted_sentence_is_read_in_normal_case_and_quoted_as_written():
    text = "THE PENTAGON SAID ON TUESDAY THAT ABOUT 12,000 NORTH KOREAN SOLDIERS HAVE BEEN DEPLOYED TO THE KURSK REGION."
    f = one(text, "ABOUT 12,000")
    assert (f.value, f.hedge, f.counted, f.attribution, f.time) == (12_000, "about", "North Korean soldiers", "The Pentagon", "on Tuesday")
    assert f.sentence == text  # verbatim
    assert one("ON MAY 5 THE UNITED NATIONS SAID 300 PEOPLE HAD DIED.", "300").attribution == "the United Nations"
    # a name in -ly keeps its capital; an adverb in -ly does not
    f = one("ITALY SAYS 3,000 MIGRANTS ARRIVED IN LAMPEDUSA ON MONDAY.", "3,000")
    assert (f.attribution, f.place) == ("Italy", "Lampedusa")
    assert one("KELLY SAID 40 PEOPLE WERE REPORTEDLY HURT IN THE BLAST.", "40").attribution == "Kelly"
    assert one("OFFICIALS CAREFULLY COUNTED 3,000 BALLOTS IN THE CAPITAL ON MONDAY.", "3,000").attribution == ""
    # a sentence with an acronym or two is not shouted
    assert one("The US and EU sent 500 troops, NATO said.", "500").attribution == "NATO"


@pytest.mark.parametrize("text, written, value, unit, counted", [
    ("A 10m collapsed section of the wall blocked the road.", "10m", 10, "m", "collapsed section"),
    ("A 10m section of the wall collapsed.", "10m", 10, "m", "section"),
    ("A 1.2m wall was built.", "1.2m", 1.2, "m", "wall"),
    ("The wall is 2m high.", "2m", 2, "m", ""),
    # a state word before the people it counts, or alone, is still millions; so is a plural (the seventh review)
    ("Some 1.2m displaced people fled.", "Some 1.2m", 1_200_000, "", "displaced people"),
    ("About 1.2m evacuated from the coast.", "About 1.2m", 1_200_000, "", ""),
    ("The virus caused 7m deaths worldwide.", "7m", 7_000_000, "", "deaths"),
    ("About 4m refugees live in Turkey.", "About 4m", 4_000_000, "", "refugees"),
    ("Some 2m displaced civilians need shelter.", "Some 2m", 2_000_000, "", "displaced civilians"),
    ("It has 10m active users.", "10m", 10_000_000, "", "active users"),
    ("About 1m cattle died.", "About 1m", 1_000_000, "", "cattle"),
    ("The fund has 100m euros.", "100m euros", 100_000_000, "EUR", ""),
    ("They sold 3m smartphones.", "3m", 3_000_000, "", "smartphones"),
    ("Up to 10m waves hit the coast.", "Up to 10m", 10, "m", "waves"),
    ("The 400m hurdles final was delayed.", "400m", 400, "m", "hurdles"),
])
def test_a_short_m_before_a_thing_is_metres(text, written, value, unit, counted):
    """(the seventh and eighth reviews)"""
    f = one(text, written)
    assert (f.value, f.unit, f.counted) == (value, unit, counted)


def test_cut_off_is_stranded_not_displaced():
    """"cutting off around 150,000 people" was compared with 120,000 "displaced" (user review)."""
    assert one("The river burst its banks, cutting off around 150,000 people in Sylhet.", "around 150,000").state == "stranded"


@pytest.mark.parametrize("text, written", [
    ("The storm cut off power to 200,000 homes.", "200,000"), ("Israel cut off water to 2.2 million people in Gaza.", "2.2 million"),
    ("The floods cut off the city's water supply to 300,000 residents.", "300,000"),
])
def test_cutting_off_a_supply_strands_no_one(text, written):
    assert one(text, written).state == ""  # (the ninth review)


@pytest.mark.parametrize("text, written, hedge", [
    ("Unemployment was expected to tick up to 3.6 percent.", "3.6 percent", ""),  # NeuS 280: a level, no ceiling
    ("The prior week was revised up to 478,000.", "478,000", ""),
    ("Up to 300 people were killed.", "Up to 300", "up to"),
    ("Fighting could push up to 5,000 people from their homes.", "up to 5,000", "up to"),
    ("The death toll could climb up to 500.", "up to 500", "up to"),  # a ceiling after "could" (the thirteenth review)
])
def test_up_to_after_a_verb_of_rising_is_a_level(text, written, hedge):
    assert one(text, written).hedge == hedge


def test_an_emergency_line_is_no_count():
    """The second user review: "the Andalusia emergency service 112 said" was compared as 112 people injured."""
    found = [f for f in figures("Twelve people were in critical condition, the Andalusia emergency service 112 said on X.") if f.value == 112]
    assert found and not found[0].comparable


@pytest.mark.parametrize("text", [
    "Police urged anyone with information to call 101 as soon as possible.", "Residents were told to call 999 as the fire spread.",
    "Anyone with information should call 111 this morning, the NHS said.", "Call 911 unless it is safe to stay.",
    "The emergency service 112 says two people were injured.", "She dialled 999 minutes after the attack, the court heard.",
    "A neighbour rang 999 when she saw the smoke.",
    # the nineteenth review: a preposition or a participle after the number
    "Police asked anyone to call 101 with details.", "Call 999 during emergencies only.", "Ring 111 unless it is urgent.",
    "He told them to call 999 giving details of his location.", "Parents should call 111 themselves.",
])
def test_a_phone_line_before_a_word_ending_in_s_is_no_count(text):
    """The eighteenth review: "call 101 as soon as possible" was a count of 101 ("as" ends in "s")."""
    assert not any(f.comparable for f in figures(text) if f.value in (101, 111, 112, 911, 999))


@pytest.mark.parametrize("text, value, counted", [
    ("Prosecutors will call 111 expert witnesses.", 111, "expert witnesses"), ("Police will call 300 people to give evidence.", 300, "people"),
    ("Church bells rang 100 times.", 100, "times"),
])
def test_a_number_called_with_what_it_counts_is_a_count(text, value, counted):
    found = [f for f in figures(text) if f.value == value]
    assert found and found[0].comparable and found[0].counted == counted


@pytest.mark.parametrize("text, written, kind, value", [
    # the second user review: ages were counts, wire times counts or years, glued speeds not read at all
    ("The driver, 35, has been placed under investigation, judicial sources said.", "35", "age", 35),
    ("Holm, 48, called the snap election in September.", "48", "age", 48),
    ("Liberal leader Anders Vestergaard, 47, said the result was historic.", "47", "age", 47),
    ("The train came off the tracks at 0630 local time.", "0630 local time", "time", 6),
    ("Holm spoke at 2000 local time (1900 GMT) in Copenhagen.", "1900 GMT", "time", 19),
    ("Investigators believe it was travelling at 118mph (190km/h) on a bend.", "190km/h", "other", 190),
    ("The train was travelling at about 190 kph when it left the tracks.", "about 190 kph", "other", 190),
])
def test_ages_wire_times_and_glued_speeds(text, written, kind, value):
    f = one(text, written)
    assert (f.kind, f.value) == (kind, value)


@pytest.mark.parametrize("text, written", [
    ("The hospital ordered 1200 CT scans.", "1200"), ("Police arrested 12, 15 and 20 people on three days.", "12"),
    ("The group said 2,000 people, 300 of them children, were displaced.", "300"),
])
def test_numbers_between_commas_that_are_no_ages(text, written):
    assert one(text, written).kind == "count"


def test_a_place_set_off_by_commas_keeps_the_toll_its_subject():
    f = one("The death toll from Saturday's derailment near Adamuz, Córdoba, rose to nine on Sunday, officials said.", "nine")
    assert (f.counted, f.state) == ("death toll", "killed")


@pytest.mark.parametrize("text, written, counted, context", [
    ("The euro fell 0.4 per cent to $1.0812 against the dollar after the announcement.", "$1.0812", "", "euro"),
    ("The euro was down 0.5% against the U.S. dollar at $1.080 shortly after the announcement.", "$1.080", "", "dollar"),
])
def test_a_level_after_a_move_in_per_cent_is_what_moved(text, written, counted, context):
    f = one(text, written)
    assert (f.counted, f.context) == (counted, context)


def test_points_to_a_percentage_are_percentage_points():
    """The second user review, item 5: "rose 1.5 points to 9.3%" was a count of "points", never set against "falling 1.5
    percentage points"; a change in points after a share is about that share ("which way falling moved" was the statement)."""
    f = one("The Liberals surged to 18.1%, while the Moderates' share rose 1.5 points to 9.3%.", "1.5 points")
    assert (f.kind, f.unit) == ("percent", "pp")
    g = one("The Moderates won 9.3 percent of the vote, falling 1.5 percentage points from the previous election.", "1.5 percentage points")
    assert g.context == "Moderates vote"
    h = one("The company said its cloud division, which accounts for about 40% of sales, grew 23%.", "23%")
    assert h.context == "grew"  # (a growth rate in per cent keeps its verb: only a change in points takes the share's name)


@pytest.mark.parametrize("text, written, value", [
    ("Newcastle will pay £58million up front, with a further £7million in add-ons.", "£58million", 58e6),
    ("The fee is €67.5million.", "€67.5million", 67.5e6),
])
def test_a_scale_word_written_against_the_number(text, written, value):
    """The third user review: "£58million" (no space) was not a figure at all."""
    assert one(text, written).value == value


@pytest.mark.parametrize("text, written, kind", [
    ("Winners of the most medals were China, 40, the US, 39, and Japan, 20.", "40", "count"),
    ("Projected seats were: Social Democrats, 50, Venstre, 23, and the Moderates, 16.", "23", "count"),
    ("The Dow Jones fell 300 points to 3% below its record high.", "300", "count"),
])
def test_the_twenty_first_review_kinds(text, written, kind):
    assert one(text, written).kind == kind


def test_a_bond_maturity_label_has_no_trailing_space():
    assert one("Italy's 10-year yield fell to 3.6%.", "10-year").kind == "label"


@pytest.mark.parametrize("text, written", [
    # the third user review: the Guardian's five was counted as "southern California", KTLA's four as "death toll remains"
    ("The death toll from the Cedar Ridge fire in southern California has risen to five, local officials said.", "five"),
    ("The death toll remains at four.", "four"),
])
def test_a_toll_with_a_place_or_that_remains_is_a_toll(text, written):
    f = one(text, written)
    assert (f.counted, f.state) == ("death toll", "killed")


@pytest.mark.parametrize("text, written, kind", [
    # the twenty-second review: a full name, a title or a person noun before the age needs no verb after it
    ("John Smith, 45, a father of two, was killed.", "45", "age"), ("The driver, 35, from Madrid, was arrested.", "35", "age"),
    ("Mr Weld, 73, a former governor, has released a video.", "73", "age"), ("The victim, 19, and her mother were hurt.", "19", "age"),
    ("Jane Doe, 34, of Springfield, died.", "34", "age"), ("In Kherson, 12, were killed.", "12", "count"),
])
def test_the_twenty_second_review_ages(text, written, kind):
    assert one(text, written).kind == kind


@pytest.mark.parametrize("text, written, when", [
    # the third user review: the earlier value's time was the figure's ("22% (on Monday)")
    ("Cal Fire said the blaze was 22% contained, up from 15% on Monday.", "22%", ""),
    ("Firefighters pushed containment to 35%, up 13 percentage points from Tuesday, Cal Fire said Wednesday morning.", "35%", "Wednesday morning"),
    ("The death toll rose to 45 from 38 on Tuesday, officials said.", "45", "on Tuesday"),
])
def test_an_earlier_value_s_time_is_not_the_figure_s(text, written, when):
    assert one(text, written).time == when


@pytest.mark.parametrize("text, written, kind", [
    ("The Social Democrats, 50, Venstre, 23, and the Moderates, 16, won seats.", "16", "count"),
    ("Sales in North America, 40, rose.", "40", "count"), ("Sarah Jones, 32, and her son were hurt.", "32", "age"),
])
def test_the_twenty_third_review_ages(text, written, kind):
    assert one(text, written).kind == kind


@pytest.mark.parametrize("text, written, kind, low", [
    # the third user review: "ranged in age from 52 to 78" was a count of victims killed; "IAM District 70" a figure
    ("The four victims ranged in age from 52 to 78, the county medical examiner's office said.", "52 to 78", "age", 52),
    ("Children aged 5 to 11 can now get the vaccine.", "5 to 11", "age", 5),
    ("Union members voted to strike, according to IAM District 70.", "District 70", "label", None),
])
def test_age_ranges_and_district_names(text, written, kind, low):
    f = one(text, written)
    assert (f.kind, f.low) == (kind, low)


@pytest.mark.parametrize("text, written, kind, when", [
    # the twenty-fourth review
    ("A driver aged 80 and 40 passengers were on board.", "40", "count", ""),
    ("The minimum wage will rise to £12.21 an hour from April.", "£12.21", "money", "from April"),
    ("The fire grew to 45,000 acres, up from 30,000 acres on Monday.", "45,000 acres", "other", ""),
    ("Turnout rose to 60%, up from about 40% on Sunday.", "60%", "percent", ""),
    ("Inflation fell to 3.1%, down from a peak of 9.1% in June 2022.", "3.1%", "percent", ""),
])
def test_the_twenty_fourth_review_figures(text, written, kind, when):
    f = one(text, written)
    assert (f.kind, f.time) == (kind, when)


@pytest.mark.parametrize("text, written, kind, when", [
    # the twenty-fifth review
    ("Two men, aged 19 and 23, were killed in the crash.", "19 and 23", "age", ""),
    ("The death toll from the floods rose to 45, up from 30, officials said on Tuesday.", "45", "count", "on Tuesday"),
])
def test_the_twenty_fifth_review_figures(text, written, kind, when):
    f = one(text, written)
    assert (f.kind, f.time) == (kind, when)


@pytest.mark.parametrize("text, written, kind, when", [
    ("A woman aged 34 and 2 children were rescued.", "2", "count", ""),  # the twenty-sixth review
    ("The boys, aged 12 and 14 respectively, were hurt.", "12 and 14", "age", ""),
    ("Jobless claims fell to 210,000, down from 260,000, a level last seen in March.", "210,000", "count", ""),
])
def test_the_twenty_sixth_review_figures(text, written, kind, when):
    f = one(text, written)
    assert (f.kind, f.time) == (kind, when)


@pytest.mark.parametrize("text, written, kind, when", [
    # the twenty-seventh review
    ("Two men aged 18 and 24 were arrested on Tuesday.", "18 and 24", "age", ""),
    ("Two boys aged 14 and 15 from Leeds were charged.", "14 and 15", "age", ""),
    ("The death toll climbed to 52, up from 40, on Wednesday, officials said.", "52", "count", "on Wednesday"),
])
def test_the_twenty_seventh_review_figures(text, written, kind, when):
    f = one(text, written)
    assert (f.kind, f.time) == (kind, when)


@pytest.mark.parametrize("text, written, kind, when", [
    # the twenty-eighth review: no crash after 'up from 40,' with a second time; a later clause that says more keeps its time
    ("The death toll climbed to 52, up from 40, on Wednesday, officials said on Thursday.", "52", "count", "on Wednesday"),
    ("Jobless claims fell to 210,000, down from 260,000, a level last seen in March, the Labor Department said on Thursday.",
     "210,000", "count", "on Thursday"),
    ("Mortgage approvals rose to 65,000, up from 61,000, in October, Bank of England figures showed on Monday.", "65,000",
     "count", "in October"),
    ("Sales rose to $5.1 billion, up from $4.6 billion, its best quarter since March 2021, the company said on Tuesday.",
     "$5.1 billion", "money", "on Tuesday"),
    ("The toll rose to 52, up from 40, on Wednesday, and rescuers said more bodies were expected on Friday.", "52", "count",
     "on Wednesday"),
    ("Jobless claims fell to 210,000, down from 260,000, a level last seen in March, the Labor Department said.", "210,000",
     "count", ""),
    # an age pair before 'years' or a verb is a range
    ("Two men aged 18 and 24 years were arrested on Tuesday.", "18 and 24", "age", ""),
    ("Young people aged between 16 and 24 years were most likely to be affected, the ONS said.", "16 and 24", "age", ""),
    ("Two men aged 19 and 23 suffered serious injuries in the crash.", "19 and 23", "age", ""),
    ("Two boys aged 14 and 15 this week admitted the attack.", "14 and 15", "age", ""),
    ("The victims aged 20 and 22 were students at the university.", "20 and 22", "age", ""),
    ("A driver aged 80 and 40 other passengers were hurt.", "40", "count", ""),
])
def test_the_twenty_eighth_review_figures(text, written, kind, when):
    f = one(text, written)
    assert (f.kind, f.time) == (kind, when)


def test_a_plural_speech_verb_before_a_move_is_a_noun():
    """'Jobless claims fell to 210,000, the Labor Department said' is the department's, not 'Jobless''s."""
    assert one("Jobless claims fell to 210,000, the Labor Department said.", "210,000").attribution.endswith("Labor Department")
    assert one("The union claims 5,000 members walked out.", "5,000").attribution == "union"


@pytest.mark.parametrize("text, written, unit, counted", [
    # the fourth user review: a quake's reading without the word 'magnitude' was a count
    ("The U.S. Geological Survey measured it at 7.1.", "7.1", "magnitude", "earthquake magnitude"),
    ("The quake, registering 6.4, struck at dawn.", "6.4", "magnitude", "earthquake magnitude"),
    ("The tremor was followed by more than 120 aftershocks, the strongest of which measured 5.8.", "5.8", "magnitude",
     "aftershock magnitude"),
])
def test_a_quakes_reading_is_a_magnitude(text, written, unit, counted):
    f = one(text, written)
    assert (f.unit, f.counted) == (unit, counted)


def test_measured_outside_a_quake_is_no_magnitude():
    assert one("The river measured 5.8 metres at its peak.", "5.8 metres").unit != "magnitude"


@pytest.mark.parametrize("text, written, speaker", [
    # the fourth user review: a speaker's clause ends at ', but'; 'has confirmed' has a subject; a speaker in a clause
    # after ', after' is not the figure's
    ("Residents said at least 12 people died there, but the civil defence institute has confirmed only eight deaths in "
     "the district.", "eight", "civil defence institute"),
    ("Residents said at least 12 people died there, but the civil defence institute has confirmed only eight deaths in "
     "the district.", "at least 12", "residents"),
    ("Nvidia forecast first-quarter revenue above Wall Street estimates on Wednesday, but its shares fell 1.5% in "
     "extended trading.", "1.5%", ""),
    ("However, shares fell by as much as 3% in after-hours trading, after the company said its gross margins would dip "
     "to about 71% in the current quarter.", "as much as 3%", ""),
    ("Officials said 40 died, but hospital sources put the toll at 60.", "60", "hospital sources"),
    ("Officials said 40 people died, but that 60 were missing.", "60", "officials"),
    ("Officials have also said 40 people died.", "40", "officials"),
    ("The ISIS group has claimed responsibility for two attacks that killed 37 people.", "37", ""),
])
def test_the_fourth_user_reviews_speakers(text, written, speaker):
    assert one(text, written).attribution == speaker


@pytest.mark.parametrize("text, written, counted", [
    # heldout9: a share of the economy measures what is named before it, not the economy
    ("Tomas Reyn told MPs the deficit would fall to 3.4% of national income next year.", "3.4%", "deficit share of GDP"),
    ("The plan cuts the deficit to 3.4% of gross domestic product next year.", "3.4%", "deficit share of GDP"),
    ("Public debt is projected to peak at 98.5% of GDP in 2027.", "98.5%", "public debt share of GDP"),
    ("Defence spending rises by €3.1 billion to reach 2% of GDP.", "2%", "defence spending share of GDP"),
    ("The firm will cut about 8% of its workforce.", "about 8%", "workforce"),
])
def test_a_share_of_the_economy(text, written, counted):
    assert one(text, written).counted == counted


@pytest.mark.parametrize("text, written, counted", [
    # heldout9: what someone puts at a figure is the thing, before any place
    ("Police put the turnout in the capital at 85,000, while the organising unions claimed 400,000.", "85,000", "turnout"),
    ("Officials put the death toll from the storm in Spain at 45.", "45", "death toll"),
])
def test_put_the_thing_at_a_figure(text, written, counted):
    assert one(text, written).counted == counted


@pytest.mark.parametrize("text, written, speaker", [
    # the twenty-ninth review: a speaker going on after ', but' keeps its figures; 'has' + a verb that is no speech
    ("The company said revenue rose 5% to $2 billion, but said profit fell 3%.", "3%", "company"),
    ("The ministry said 40 people were killed, but added that the toll could rise to 60.", "60", "ministry"),
    ("The ministry said 40 people were killed, but it said the toll could rise to 60.", "60", "ministry"),
    ("Employers have added 275,000 jobs in May, the Labor Department said.", "275,000", "the Labor Department"),
    ("Cyclone Freddy has claimed more than 400 lives, officials said.", "more than 400", "officials"),
    ("Tests have confirmed 12 cases.", "12", ""),
    ("The company estimates cuts of 2,000 jobs across its European operations.", "2,000", "company"),
    ("The ministry reports rising infections, with 3,000 new cases on Monday.", "3,000", "ministry"),
])
def test_the_twenty_ninth_reviews_speakers(text, written, speaker):
    assert one(text, written).attribution == speaker


@pytest.mark.parametrize("text, written, counted, when", [
    ("The aftershock measured 5.8, the USGS said.", "5.8", "aftershock magnitude", ""),
    ("A strong aftershock, measuring 5.8, hit the region.", "5.8", "aftershock magnitude", ""),
    ("Hundreds of aftershocks followed the earthquake, the strongest of which registered 6.1.", "6.1", "aftershock magnitude", ""),
    ("Chevron said the outage cut 15% of its output at the field.", "15%", "output", ""),
    ("The unemployment rate fell to 3.9%, down from 4.1%, in data released on Friday, the Labor Department said.", "3.9%",
     "", "on Friday"),
    ("Data center revenue came in at $35.6 billion, up 93% from the same period last year.", "$35.6 billion", "", ""),
])
def test_the_twenty_ninth_reviews_figures(text, written, counted, when):
    f = one(text, written)
    assert (f.counted, f.time) == (counted, when)


@pytest.mark.parametrize("text, written, speaker", [
    # the thirtieth review: a one-word speaker before 'has'; deeds said with 'has' and what is said after it
    ("Israel has said 1,200 people were killed.", "1,200", "Israel"),
    ("Reuters has confirmed 12 deaths.", "12", "Reuters"),
    ("Police have put the crowd at 5,000.", "5,000", "police"),
    ("Health officials have counted 1,200 cases.", "1,200", "health officials"),
    ("Organisers have claimed 100,000 people took part in the march.", "100,000", "organisers"),
    ("Police said 3,000 people attended; organisers had claimed 10,000.", "10,000", "organisers"),
    ("Amazon has added 100,000 workers since March.", "100,000", ""),
    ("Jobless claims rise to 230,000, the Labor Department said.", "230,000", "the Labor Department"),
])
def test_the_thirtieth_reviews_speakers(text, written, speaker):
    assert one(text, written).attribution == speaker


@pytest.mark.parametrize("text, written, counted", [
    ("The quake, which was followed by dozens of aftershocks, measured 6.8, the USGS said.", "6.8", "earthquake magnitude"),
    ("The main shock, which triggered aftershocks across the region, measured 7.8.", "7.8", "earthquake magnitude"),
    ("Military spending would take 3.5% of GDP by 2035.", "3.5%", "military spending share of GDP"),
])
def test_the_thirtieth_reviews_figures(text, written, counted):
    assert one(text, written).counted == counted


@pytest.mark.parametrize("text, written, counted, speaker", [
    # the thirty-first review: what moves is the noun before 'to rise', not who expects it; a later clause is no speech
    ("Officials expect the death toll to rise to 200.", "200", "death toll", ""),
    ("Analysts expect jobless claims to fall to 220,000.", "220,000", "jobless claims", ""),
    ("Hurricane Helene has claimed at least 200 lives and the death toll is expected to rise.", "at least 200",
     "Hurricane Helene lives", ""),
    ("The ranks of Americans drawing unemployment benefits declined slightly in the week ended May 30 to 20.9 million, "
     "the Labor Department said Thursday.", "20.9 million", "drawing unemployment benefits", "the Labor Department"),
])
def test_the_thirty_first_reviews_figures(text, written, counted, speaker):
    f = one(text, written)
    assert (f.counted, f.attribution) == (counted, speaker)


@pytest.mark.parametrize("text, written, counted", [
    ("A day after the earthquake, the strongest aftershock measured 5.9.", "5.9", "aftershock magnitude"),
    ("The earthquake was followed by an aftershock that measured 5.9.", "5.9", "aftershock magnitude"),
    ("The main shock measured 7.8 and an aftershock measured 6.7.", "7.8", "earthquake magnitude"),
    ("The main shock measured 7.8 and an aftershock measured 6.7.", "6.7", "aftershock magnitude"),
])
def test_the_thirty_first_reviews_shocks(text, written, counted):
    assert one(text, written).counted == counted


@pytest.mark.parametrize("text, written, counted", [
    # the eleventh session's leftovers: a shock named inside a clause with no commas, and "in" before a place
    ("The aftershock that followed the quake measured 5.6, the agency said.", "5.6", "aftershock magnitude"),
    ("An aftershock which rattled the city after the main shock measured 5.2.", "5.2", "aftershock magnitude"),
    ("The earthquake that was followed by aftershocks measured 7.0.", "7.0", "earthquake magnitude"),
    ("The earthquake, which struck at dawn, measured 7.1 in Japan's Ishikawa prefecture, the agency said.", "7.1",
     "earthquake magnitude"),
    ("The quake measured 6.1 in magnitude, the USGS said.", "6.1", "earthquake magnitude"),
])
def test_a_shock_in_a_clause_and_a_reading_in_a_place(text, written, counted):
    assert one(text, written).counted == counted


def test_a_reading_in_inches_is_no_magnitude():
    assert [f.counted for f in figures("Rain in the quake zone measured 7.1 in. overnight.")] == [""]


@pytest.mark.parametrize("text, written", [
    # the thirty-second review: a clause's own subject may hold 'and' or 'as many as'
    ("Hamas has claimed 40 soldiers and two officers were killed.", "40"),
    ("Hamas has claimed as many as 50 Israeli soldiers were killed.", "as many as 50"),
])
def test_the_thirty_second_reviews_speakers(text, written):
    assert one(text, written).attribution == "Hamas"


def test_a_disease_or_storm_that_claims_lives_is_no_speaker():
    """The thirty-third review: 'has claimed 400 lives and rescuers were still searching' is a deed, whatever follows."""
    assert one("Cyclone Freddy has claimed 400 lives and rescuers were still searching for survivors.", "400").attribution == ""
    assert one("Cholera has claimed 300 lives and health workers are struggling.", "300").attribution == ""


def test_lives_said_lost_are_a_claim():
    """The thirty-fourth review: 'have claimed 20 lives were lost' is what the Taliban say."""
    assert one("The Taliban have claimed 20 lives were lost in the raid.", "20").attribution == "The Taliban"


@pytest.mark.parametrize("text, written", [
    # the fifth user review: another fire's acreage was set among this fire's
    ("The fire is the largest in Los Angeles County since the 2020 Bobcat Fire, which burned more than 115,000 acres.",
     "more than 115,000 acres"),
    ("It was deadlier than the 2018 Camp Fire, which killed 85 people.", "85"),
])
def test_a_figure_of_another_year_s_event_is_not_compared(text, written):
    assert one(text, written).previous


@pytest.mark.parametrize("text, written, counted, state, time", [
    # the seventh user review: "fall" was all a percentage said of what fell
    ("Kestrel reported an 18% fall in third-quarter operating profit on Monday.", "18%",
     "fall in third-quarter operating profit", "", "on Monday"),
    ("Volvo reported a 12 per cent fall in truck deliveries last month.", "12 per cent", "fall in truck deliveries", "", "last month"),
    # a test's own flood: "forced 2,000 people from their homes" are displaced, as others' "displaced 20,000" are
    ("Floods in Valeria have forced 2,000 people from their homes, officials said.", "2,000", "people", "displaced", ""),
    ("Rescuers pulled 40 people from their homes as the water rose.", "40", "people", "", ""),
    # the ninth user review: a time that opens the sentence is the figure's ("Last summer, ... 2,012 deaths")
    ("Last summer, the institute attributed 2,012 deaths to heat.", "2,012", "deaths", "killed", "last summer"),
    ("In June 2023, a trawler carrying up to 750 people sank off Pylos.", "up to 750", "people", "aboard", "in June 2023"),
    # the fourteenth session's review: said mid-sentence, kept to its clause, "since last year" whole, a period no "what"
    ("On Monday, police said 40 people had been arrested.", "40", "people", "arrested", "on Monday"),
    ("Last year, 654 people died on the roads, and this year's toll already stands at 643.", "643", "people", "killed", ""),
    ("More than 2,000 people have been killed in the fighting since last year.", "More than 2,000", "people", "killed",
     "since last year"),
    ("Sales saw a 5% fall in the first quarter.", "5%", "fall", "", ""),
    ("There was a 5% rise in nurses' pay.", "5%", "rise in nurses' pay", "", ""),
])
def test_what_moved_what_happened_and_when(text, written, counted, state, time):
    f = one(text, written)
    assert (f.counted, f.state, f.time) == (counted, state, time)


def test_a_figure_beside_an_event_named_with_its_year_is_this_one_s():
    assert not one("Turnout in the 2024 election, which was held on Sunday, was 66%.", "66%").previous
    # the thirty-sixth review: with no date, only a comparison ("since", "than") makes the event another
    assert not one("Turnout in the 2025 election, in which the Democratic Alliance won 91 seats, reached 58%.", "91").previous
    assert not one("The 2024 Paris Olympics, which drew 10,500 athletes, opened on Friday.", "10,500").previous
    text = "It was the largest since the 2020 Bobcat Fire, which burned more than 115,000 acres."
    published = extract(segment(Article(id="s", title="Title", path="s.txt", text=text, date="2020-09-30")))
    assert not [f for f in published if f.text == "more than 115,000 acres"][0].previous  # that year's own news


def test_overnight_is_when_not_what():
    f = one("The fire grew to 18,900 acres overnight as winds kept pushing flames east.", "18,900 acres")
    assert (f.counted, f.time) == ("", "overnight")


@pytest.mark.parametrize("text, written, when", [
    # the fifth user review: "since March" dated the record, not the move
    ("Nordvik shares rose as much as 6.4% in Stockholm trading, the biggest intraday gain since March.", "as much as 6.4%", ""),
    ("Prices have risen 12% since March.", "12%", "since March"),
    ("Exports rose 5% since January, the most since 2019.", "5%", "since January"),
    ("Most stocks have risen 5% since March, traders said.", "5%", "since March"),  # (the thirty-sixth review)
])
def test_since_after_a_superlative_dates_the_record(text, written, when):
    assert one(text, written).time == when


@pytest.mark.parametrize("text, written, unit", [
    # the fifth user review: kronor and crowns were counts, never compared as money
    ("It expects to save about 3.2 billion kronor a year.", "about 3.2 billion kronor", "SEK"),
    ("It will save 3 billion Swedish crowns a year.", "3 billion Swedish crowns", "SEK"),
    ("It cost 200 million Danish crowns.", "200 million Danish crowns", "DKK"),
    ("It raised 5 billion Canadian dollars.", "5 billion Canadian dollars", "CAD"),  # (was USD)
    ("It paid 40 million Norwegian kroner.", "40 million Norwegian kroner", "NOK"),
])
def test_crowns_and_a_country_s_dollars_are_money(text, written, unit):
    f = one(text, written)
    assert (f.kind, f.unit) == ("money", unit)


@pytest.mark.parametrize("text, written, speaker", [
    # the fifth user review: "according to Fire officials", a sentence's capital kept mid-sentence
    ("Fire officials said containment had risen to 7%.", "7%", "fire officials"),
    ("Firefighters said 300 homes burned.", "300", "firefighters"),
    ("Police Chief Jane Doe said 40 people were arrested.", "40", "Police Chief Jane Doe"),
    ("Reuters said 40 people were arrested.", "40", "Reuters"),
])
def test_a_speaker_that_opens_a_sentence_is_written_as_mid_sentence(text, written, speaker):
    assert one(text, written).attribution == speaker


def test_a_time_in_p_m_keeps_its_full_stop():
    assert one("The fire had burned 16,200 acres by 9 p.m., the department said.", "16,200 acres").time == "by 9 p.m."


def test_crowns_with_no_country_are_not_money():
    assert one("The team has won 5 crowns in seven years.", "5").kind == "count"  # (the thirty-sixth review)


@pytest.mark.parametrize("text, written, speaker", [
    # the fifth user review's protest: each figure its own speaker
    ("Nationwide, unions claimed 2.8 million protesters, against 1.27 million according to the ministry.", "1.27 million",
     "the ministry"),
    ("Nationwide, unions claimed 2.8 million protesters, against 1.27 million according to the ministry.", "2.8 million", "unions"),
    ("The previous day drew 80,000 people in Paris according to police and 400,000 according to the CGT.", "80,000", "police"),
    ("The previous day drew 80,000 people in Paris according to police and 400,000 according to the CGT.", "400,000", "the CGT"),
    ("In Marseille, organisers counted 205,000 marchers, police 40,000.", "40,000", "police"),
])
def test_a_figure_s_own_according_to_and_an_elliptic_speaker(text, written, speaker):
    assert one(text, written).attribution == speaker


def test_an_age_range_is_an_age_not_the_people_before_it():
    """The sixth user review: "raise the retirement age from 62 to 64" was set among arrests, as "people"."""
    text = "Hundreds of thousands of people marched against the plan to raise the retirement age from 62 to 64."
    assert one(text, "from 62 to 64").counted == "retirement age"


@pytest.mark.parametrize("text, written, earlier", [
    # the sixth user review's storm: older floods' dead were set among this storm's
    ("The floods recall those of 1997, when the Oder river burst its banks and 114 people died.", "114", True),
    ("Carvania last saw protests on this scale in 2010, when an estimated 700,000 people marched.", "an estimated 700,000", True),
    ("In 2024, when the law changed, 300 people applied.", "300", False),  # no date: maybe this year's
    # the ninth user review's derailment: past crashes were set among this one's dead
    ("The last fatal derailment was at Carmont, Scotland, in August 2020, when three people died.", "three", True),
    ("The worst recent accident was the 2002 derailment at Potters Bar, north of London, which killed seven people.", "seven",
     True),
    ("It is the deadliest since Southall in 1997, which killed seven.", "seven", True),
    ("Shares fell 12%, their worst day since 2020, which wiped $40bn off the company's value.", "$40bn", False),
    ("The bank posted its biggest loss since 2008, which analysts said would force it to cut 5,000 jobs.", "5,000", False),
    ("Since the pandemic began in 2020, when schools closed, 3,000 teachers have quit.", "3,000", False),
])
def test_another_year_s_event_told_as_such(text, written, earlier):
    assert one(text, written).previous is earlier


@pytest.mark.parametrize("text, written, place", [
    ("Storm Boris has killed at least 15 people in Poland and the Czech Republic, officials said.", "at least 15",
     "Poland and Czech Republic"),  # both countries' toll, never Poland's (the sixth user review)
    ("It killed 40 in Paris and Macron said so.", "40", "Paris"),
])
def test_a_toll_in_two_places_is_both_places(text, written, place):
    assert one(text, written).place == place


@pytest.mark.parametrize("text, written, when", [
    # the sixth user review: "from 7.9% in June" dated the forecast beside it; after a comma the month is the earlier value's
    ("The Bank said it expected inflation to fall to 5% by the end of the year, from 7.9% in June.", "5%", ""),
    ("Inflation eased to 3.1%, from 3.4% in December, the agency said.", "3.1%", ""),
    ("The toll rose to 45 from 38 on Tuesday.", "45", "on Tuesday"),  # (the rise's time: the third user review)
])
def test_a_time_after_a_comma_and_from_is_the_earlier_value_s(text, written, when):
    assert one(text, written).time == when


@pytest.mark.parametrize("text, written, speaker", [
    # the thirty-seventh review: "according to" a rule, and a gapped subject after a verb that counts nothing
    ("The government said 5,000 homes would be rebuilt according to new safety standards.", "5,000", "government"),
    ("The ruling party won 230 seats, the opposition 112.", "112", ""),
    ("Some 5,000 demonstrators gathered in the square, police 2,000.", "2,000", ""),
])
def test_no_speaker_from_a_rule_or_a_gapped_subject_that_counts_nothing(text, written, speaker):
    assert one(text, written).attribution == speaker


@pytest.mark.parametrize("text, written, earlier", [
    # the thirty-seventh review: the earlier event's clause ends; "since" runs to now; no date, no year's event assumed
    ("The floods are the worst since those of 1997, when 114 people died, and have so far killed 40 people.", "40", False),
    ("France last saw protests on this scale in 2010, when 700,000 people marched, but police counted 1.1 million on Thursday.",
     "1.1 million", False),
    ("Since the war began in 2022, when Russian troops crossed the border, more than 6 million Ukrainians have fled.",
     "more than 6 million", False),
    ("In the 2024 floods, 17 people died in Valencia.", "17", False),
])
def test_an_earlier_year_s_clause_ends_where_it_ends(text, written, earlier):
    assert one(text, written).previous is earlier


def test_a_country_named_with_and_is_one_place():
    assert one("Floods killed 12 people in Bosnia and Herzegovina on Wednesday.", "12").place == "Bosnia"


def test_another_year_s_event_in_a_dated_article():
    text = "In the 2002 floods, 17 people died in the Czech Republic."
    dated = extract(segment(Article(id="s", title="Title", path="s.txt", text=text, date="2024-09-16")))
    assert [f for f in dated if f.text == "17"][0].previous  # (the sixth user review's storm, from 2024)


@pytest.mark.parametrize("text, written, unit", [
    # the sixth user review's storm: zlotys and koruna were counts; crowns after a scale are money, whose the article says
    ("Tusk said damage could reach 1 billion zlotys.", "1 billion zlotys", "PLN"),
    ("The finance ministry estimated losses of 30 billion koruna.", "30 billion koruna", "CZK"),
    ("\"The damage will be in the tens of billions of crowns,\" Prime Minister Fiala told Czech Television.",
     "tens of billions of crowns", "CZK"),
    ("Exports rose to 12 billion crowns in Sweden.", "12 billion crowns", "SEK"),
])
def test_central_european_currencies_are_money(text, written, unit):
    f = one(text, written)
    assert (f.kind, f.unit) == ("money", unit)


def test_crowns_without_a_scale_are_not_money():
    assert one("The skater has won 5 crowns in Prague.", "5").kind == "count"


def test_a_clause_set_elsewhere_has_its_own_speaker_and_place():
    text = ("Polish officials said six people had died in the country, while in the Czech Republic three deaths were "
            "confirmed and seven people remained missing.")
    assert (one(text, "three").attribution, one(text, "three").place) == ("", "Czech Republic")
    text = ("The death toll from Storm Boris in Poland has risen to nine, Polish Interior Minister Tomasz Siemoniak said on "
            "Tuesday, while the Czech Republic reported five dead. In the Czech Republic, rivers are still rising.")
    assert one(text, "five").place == "Czech Republic"  # a country that reports a count reports its own
    assert one(text, "nine").place == "Poland"


def test_a_city_s_police_count_in_the_capital_is_the_city_s():
    text = "Paris police counted 55,000 demonstrators in the capital on Tuesday. Unions marched in Paris and Marseille."
    assert one(text, "55,000").place == "Paris"
    assert one("Polish officials said 12 people died. Rain fell in Poland.", "12").place == ""  # (an adjective is no place)


def test_several_places_are_one_scope_and_not_a_count():
    text = "At least 40 people were injured across the two countries, including 12 firefighters."
    assert one(text, "At least 40").place == "the two countries"
    assert "two" not in [f.text for f in extract(segment(Article(id="s", title="T", path="s.txt", text=text)))]
    assert one("The failures by the six countries were cited.", "six").counted == "countries"  # a count that repeats one


def test_a_toll_before_the_figure_in_two_countries_covers_both():
    text = ("Storm Boris has killed at least 15 people in Poland and the Czech Republic, officials said Monday, as rain "
            "left hundreds of thousands of homes without electricity.")
    assert one(text, "hundreds of thousands").place == "Poland and Czech Republic"


def test_a_duration_that_is_a_step_and_what_a_duration_is_of():
    assert one("The government says raising the pension age by two years will balance the system.", "two years").increment
    f = one("The plan would require 43 years of contributions for a full pension.", "43 years")
    assert (f.counted, f.increment) == ("contributions", False)


@pytest.mark.parametrize("text, written", [
    # the seventh user review: last year's values that a figure is set against, never reports of this year's
    ("Free cash flow was negative 1.8 billion kronor, compared with positive 400 million kronor a year earlier.",
     "400 million kronor"),
    ("Operating profit fell to 2.1 billion kronor from 2.56 billion crowns a year earlier.", "2.56 billion crowns"),
    ("More than 9,000 migrants have arrived so far this year, compared with about 5,000 in 2024.", "about 5,000"),
])
def test_a_value_set_against_an_earlier_period_is_the_earlier_value(text, written):
    assert one(text, written).previous


def test_a_rival_figure_set_against_is_still_compared():
    assert not one("The toll is 40, compared with 35 reported by the ministry.", "35").previous


def test_a_year_earlier_is_no_rate():
    assert one("Deliveries fell to 10,200 trucks, compared with 33,000 a year earlier.", "33,000").rate == ""
    assert one("The plant makes 33,000 trucks a year.", "33,000").rate == "a year"


def test_a_place_named_by_its_adjective_keeps_its_noun():
    assert one("The boat sank in Greek waters, killing 38 people.", "38").place == "Greek waters"
    assert one("Floods killed 12 people in Poland on Monday.", "12").place == "Poland"


def test_a_people_s_authorities_name_no_place():
    """The seventh user review: 'Greek authorities said' beside 'in Greek waters' made a place 'Greek'."""
    text = "The boat capsized, killing at least 38 people, Greek authorities said. It sank in Greek waters."
    assert one(text, "at least 38").place == ""


@pytest.mark.parametrize("text, written, state", [
    # the seventh user review: how many a boat carried is no rescue count
    ("Survivors say as many as 250 people were crammed onto the boat.", "as many as 250", "aboard"),
    ("Survivors said between 150 and 200 people were on board.", "between 150 and 200", "aboard"),
    ("Coastguard vessels rescued 87 people.", "87", "rescued"),
])
def test_aboard_is_a_state(text, written, state):
    assert one(text, written).state == state


def test_one_in_every_n_is_no_count():
    text = "UNHCR estimates that one in every 23 people attempting the crossing this year has died."
    assert "23" not in [f.text for f in figures(text)]


def test_an_earlier_estimate_set_against_is_the_earlier_value():
    """The eighth user review: 'up from an estimate of 3,000 last week' was compared as a step of a running total."""
    text = "About 10,000 North Korean troops are now in Russia, up from an initial estimate of about 3,000 last week."
    assert one(text, "about 3,000").previous and not one(text, "About 10,000").previous


def test_the_thirty_eighth_review_s_extraction():
    assert one("Zelensky said on Monday, while in Washington, that Ukraine had lost 31,000 troops.", "31,000").attribution == "Zelensky"
    assert one("Clashes in Sudan capital killed 20 people on Monday.", "20").place == "Sudan"
    assert one("Workers earn $50,000 a year after tax.", "$50,000").rate == "a year"
    assert one("Morocco will spend 120 billion dirhams on rebuilding.", "120 billion").kind == "count"  # (whose dirhams?)
    assert one("Among the 12 nations, most agreed.", "12").counted == "nations"


def test_millimetres_and_centimetres_are_units():
    """The twelfth blind set's drought: "15 to 25 millimeters of rain" was a count of "millimeters", grouped with "hundreds of metres"."""
    from briefing.figures import extract as _extract
    from briefing.records import Article as _Article
    from briefing.segment import segment as _segment

    found = _extract(_segment(_Article(id="a", title="t", path="a.txt",
                                       text="AEMET forecast 15 to 25 millimeters of rain. Only 4mm fell, with 12 centimetres of snow.")))
    assert {(f.text, f.unit) for f in found} >= {("15 to 25 millimeters", "mm"), ("4mm", "mm"), ("12 centimetres", "cm")}
