"""Stage 6, compare: small hand-written article sets, one per kind of difference, then the seeds.

The inline sets run twice: with a deterministic fake embedding (bag of words) and with the real
embedded encoder (loaded once for the module, as the seeds test needs it anyway).
"""

from __future__ import annotations

import dataclasses
import zlib
from pathlib import Path

import numpy as np
import pytest

from briefing.clean import clean
from briefing.compare import compare, format_table, report_days as compare_report_days, same_amount
from briefing.figures import extract
from briefing.ingest import ingest
from briefing.records import Article, Discrepancy, Figure
from briefing.segment import segment

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def fake_embed(texts: list[str]) -> np.ndarray:
    """Bag of words hashed into 64 dimensions, unit length: equal words, equal vectors."""
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in t.lower().split():
            out[i, zlib.crc32(w.encode()) % 64] += 1.0
        n = np.linalg.norm(out[i])
        out[i] = out[i] / n if n else out[i]
    return out


@pytest.fixture(scope="module")
def real_embed():
    from briefing.encoder import encode

    return encode


@pytest.fixture(params=["fake", "real"])
def embed(request):
    return fake_embed if request.param == "fake" else request.getfixturevalue("real_embed")


def figs(articles: dict[str, str], dates: dict[str, str] | None = None) -> list[Figure]:
    return [f for ident, text in articles.items()
            for f in extract(segment(Article(id=ident, title=ident, path=f"{ident}.txt", text=text, date=(dates or {}).get(ident, ""))))]


def groups(articles: dict[str, str], embed) -> list[Discrepancy]:
    return compare(figs(articles), embed=embed)


def group_with(found: list[Discrepancy], source: str, text: str) -> Discrepancy:
    for d in found:
        if any(f.source == source and f.text == text for f in d.figures):
            return d
    raise AssertionError(f"{source}: {text!r} is in no group: {[d.statement for d in found]}")


def texts(d: Discrepancy) -> set[tuple[str, str]]:
    return {(f.source, f.text) for f in d.figures}


def kept_apart(found: list[Discrepancy], *sources: str) -> bool:
    """Whether no group holds figures of all these sources."""
    return not [d for d in found if set(sources) <= {f.source for f in d.figures}]


def grouped(a: str, b: str, embed) -> bool:
    """Whether source a's sentence and source b's have figures in one group."""
    return not kept_apart(groups({"a": a, "b": b}, embed), "a", "b")


def together_and_apart(articles: dict[str, str], together: set, apart: set, embed) -> None:
    """The figures in `together` are in one group; none in `apart` is in a group with both a's and b's figures."""
    if together and embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    found = groups(articles, embed)
    if together:
        assert together <= texts(group_with(found, *sorted(together)[0]))
    for d in found:
        if {f.source for f in d.figures} >= {"a", "b"}:
            assert not apart & texts(d)


# --- one set per kind -----------------------------------------------------------------------

def test_competing_estimates(embed):
    found = groups({
        "a": "Approximately 3,000 North Korean soldiers arrived in Russia this month.",
        "b": "NATO officials confirmed that about 10,000 North Korean soldiers have been sent to Russia.",
        "c": "The Pentagon estimated that around 11,000 North Korean troops would be deployed.",
    }, embed)
    assert len(found) == 1
    d = found[0]
    assert d.kind == "competing" and d.differs
    assert sorted(f.value for f in d.figures) == [3000, 10000, 11000]
    assert d.quantity == "North Korean soldiers in Russia"
    assert d.statement.startswith("Estimates of North Korean soldiers in Russia differ: a says approximately 3,000 (this month);")
    assert "c says around 11,000 (according to the Pentagon)" in d.statement


def test_conversion_is_not_a_difference(embed):
    found = groups({
        "a": "Donors have pledged €880 million to a restoration fund.",
        "b": "Pledges to the restoration fund reached £765m on Wednesday.",
        "c": "Donors have pledged $995 million to the restoration fund.",
    }, embed)
    assert len(found) == 1
    d = found[0]
    assert d.kind == "converted" and not d.differs
    assert "not a difference" in d.statement
    assert same_amount(d.figures[0], d.figures[1])


def test_rising_toll_is_a_running_total(embed):
    found = groups({
        "morning": "At least 12 people were killed in Spain on Monday morning, the ministry said.",
        "noon": "The death toll from the storm in Spain has risen to 27, officials said on Monday afternoon.",
        "evening": "The storm has killed 31 people in Spain, according to the government.",
    }, embed)
    assert len(found) == 1
    d = found[0]
    assert d.kind == "running-total"
    assert d.statement.index("12") < d.statement.index("27") < d.statement.index("31")
    assert "at least 12 (morning" in d.statement  # the hedge as written, never dropped
    # a figure with no time is not slotted into the order by its size, nor called the latest (user review)
    assert d.statement.endswith("then 27 (noon, on Monday afternoon). evening gives 31 with no time of its own. "
                                "The latest timed figure is 27, from noon.")


def test_organisers_versus_police_is_attributed(embed):
    found = groups({
        "a": "Organisers said 2 million people took part nationwide, while police put the figure at 338,000.",
        "b": "Police said 338,000 people demonstrated across France, far from the 2 million claimed by the unions.",
    }, embed)
    assert len(found) == 1
    d = found[0]
    assert d.kind == "attributed"
    assert {f.value for f in d.figures} == {2_000_000, 338_000}
    assert "2 million according to organisers (a) and unions (b)" in d.statement
    assert "338,000 according to police (a, b)" in d.statement


def test_attributed_estimates_inside_one_article_are_reported(embed):
    found = groups({"a": "Organisers said 2 million people took part, while police put the figure at 338,000."}, embed)
    assert [d.kind for d in found] == ["attributed"]


def test_missing_unit_is_flagged_not_repeated_as_fact(embed):
    found = groups({
        "a": "Donors have pledged €880 million to the restoration fund.",
        "b": "The restoration fund now holds €880 million, the ministry said.",
        "c": "The restoration fund has already raised €880, the culture ministry said.",
    }, embed)
    assert len(found) == 1
    d = found[0]
    assert d.kind == "typo"
    assert d.statement.startswith('c gives the restoration fund as "€880", which looks like a missing unit')
    assert "€880 million (a)" in d.statement


def test_two_subjects_with_the_same_noun_are_kept_apart(embed):
    found = groups({
        "a": "About 5,000 nurses marched in Leeds, while 3,000 nurses rallied in Manchester.",
        "b": "Some 4,000 nurses gathered in Leeds.",
        "c": "In Manchester, 3,500 nurses joined a rally outside the town hall.",
    }, embed)
    leeds, manchester = group_with(found, "a", "About 5,000"), group_with(found, "a", "3,000")
    assert leeds is not manchester
    assert texts(leeds) == {("a", "About 5,000"), ("b", "Some 4,000")}
    assert texts(manchester) == {("a", "3,000"), ("c", "3,500")}
    assert leeds.quantity == "nurses in Leeds"


def test_nationality_keeps_armies_apart(embed):
    found = groups({
        "a": "About 3,000 North Korean soldiers arrived, and hundreds of thousands of Russian soldiers have died.",
        "b": "Some 10,000 North Korean soldiers are in Kursk, while 600,000 Russian soldiers were killed or wounded.",
    }, embed)
    for d in found:
        assert len({f.counted.split()[0] for f in d.figures}) == 1, d.statement


def test_hedged_ranges_are_compatible(embed):
    found = groups({
        "a": "Between 15,000 and 20,000 nurses walked out across England on Tuesday.",
        "b": "Around 18,000 nurses joined the strike, according to NHS England.",
        "c": "An estimated 17,500 nurses took part in the walkout.",
    }, embed)
    assert len(found) == 1
    d = found[0]
    assert d.kind == "compatible" and d.differs
    assert d.statement.endswith("Read together: between 15,000 and 20,000.")


def test_small_difference_is_a_range_not_a_conflict(embed):
    found = groups({
        "a": "The cathedral has stood for more than 800 years.",
        "b": "The cathedral, which has stood for 850 years, lost its spire.",
    }, embed)
    assert [d.kind for d in found] == ["compatible"]
    assert found[0].statement.endswith("Read together: between 800 and 850 years.")


def test_different_things_never_merge(embed):
    found = groups({
        "a": "More than 5,000 residents have been displaced, and the storm has affected about 200,000 people. "
             "Donors pledged €100 million to a relief fund. Rebuilding will cost €2bn.",
        "b": "Some 5,200 people had to leave their homes. The floods affected 250,000 people. "
             "A relief fund has raised €120 million. Repairs could cost as much as €2.5 billion.",
    }, embed)
    assert len(found) == 4, [d.statement for d in found]
    for d in found:  # displaced, affected, the fund, the cost: each group measures one thing
        assert len({f.state for f in d.figures}) == 1
        assert len({f.kind for f in d.figures}) == 1
        assert {f.source for f in d.figures} == {"a", "b"}
    assert sorted(d.quantity for d in found) == ["people affected", "rebuilding cost", "relief fund", "residents displaced"]


def test_rates_are_not_counts(embed):
    found = groups({
        "a": "Russia has been recruiting up to 20,000 soldiers monthly. About 10,000 soldiers arrived from North Korea.",
        "b": "Russia recruits 30,000 soldiers a month, and some 12,000 soldiers came from North Korea.",
    }, embed)
    for d in found:
        assert len({f.rate and "month" for f in d.figures}) == 1, d.statement


def test_identical_figures_agree_and_are_last(embed):
    found = groups({
        "a": "Two people died in France. About 5,000 nurses marched in Leeds.",
        "b": "Two people were also killed in France. Some 4,000 nurses marched in Leeds.",
    }, embed)
    assert [d.kind for d in found] == ["competing", "agree"]
    assert not found[1].differs
    assert found[1].statement == "a and b agree on people killed in France: two."


def test_order_most_sources_first():
    found = compare(figs({
        "a": "About 5,000 nurses marched in Leeds. At least 12 people were killed in Spain.",
        "b": "Some 4,000 nurses marched in Leeds. The storm killed 20 people in Spain.",
        "c": "Some 4,500 nurses marched in Leeds.",
    }), embed=fake_embed)
    assert [len({f.source for f in d.figures}) for d in found] == [3, 2]


def test_nothing_comparable_does_not_load_a_model():
    def boom(texts):
        raise AssertionError("the encoder must not be called")

    assert compare(figs({"a": "He defected in 2007, on October 23.", "b": "They carry AK-12 rifles."}), embed=boom) == []
    assert compare([], embed=boom) == []


def test_format_table():
    found = figs({"a": "Approximately 3,000 soldiers arrived. He defected in 2007.", "b": "About 10,000 soldiers arrived."})
    table = format_table(found, compare(found, embed=fake_embed))
    lines = table.splitlines()
    assert lines[0] == "FIGURES"
    assert lines[1].split()[:4] == ["source", "kind", "figure", "counted"]
    assert any(line.startswith("a ") and "Approximately 3,000" in line and "soldiers" in line for line in lines)
    assert any("year" in line and "2007" in line for line in lines)
    assert "GROUPS" in lines
    assert "1. soldiers [competing]" in lines
    assert table.endswith("\n")
    assert "no figure is given by more than one source" in format_table(found[:1], [])


# --- the seeds ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_groups(real_embed):
    articles, skipped = ingest([str(SEEDS)])
    assert not skipped
    found = [f for a in articles for f in extract(segment(clean(a)))]
    return found, compare(found, embed=real_embed)


def test_seeds_troop_counts_differ(seed_groups):
    _, found = seed_groups
    troops = group_with(found, "000_84ba9b9ce5b8eb85", "approximately 3,000")
    assert found[0] is troops  # the most important difference comes first
    assert troops.kind == "competing" and troops.differs
    values = {f.value for f in troops.figures}
    assert {3_000, 10_000, 11_000, 100_000} <= values
    assert {f.source[:3] for f in troops.figures} == {"000", "001", "002", "003"}
    by_text = {(f.source[:3], f.text) for f in troops.figures}
    assert {("000", "approximately 3,000"), ("003", "At least 3,000"), ("001", "around 10,000"),
            ("002", "around 11,000"), ("002", "as high as 100,000")} <= by_text
    assert "North Korean" in troops.quantity
    for name in ("000_84ba9b9ce5b8eb85", "001_a5712b99b11b3340", "002_5e5d5ccd1bd0131b", "003_87948e2948f4fcbc"):
        assert name in troops.statement


def test_the_seeds_differences_are_certain(seed_groups):
    """The troops line is what the briefing is for: "North Korean soldiers" and "troops" are one thing described alike."""
    _, found = seed_groups
    assert [d.quantity for d in found if d.differs] == [d.quantity for d in found if d.shown]


@pytest.mark.parametrize("articles, pair", [
    # the ninth user review: a mansion tax's £400m a year and a gaming duty's £1.1bn a year were "pay a year"
    ({"a": "Reeves also announced a mansion tax on homes worth more than £2m, which is expected to raise £400m a year.",
      "b": "Remote gaming duty will rise from 21% to 40% from April, raising about £1.1bn a year."}, (("a", "£400m"), ("b", "about £1.1bn"))),
    # the seventh: Volvo's orders and Kestrel's profit both "fell"
    ({"a": "Rival Volvo AB reported in October that its European truck orders fell 15%.",
      "b": "The Stockholm-listed company said operating profit for the third quarter fell 18 per cent to SKr2.1bn."},
     (("a", "15%"), ("b", "18 per cent"))),
])
def test_figures_described_unalike_are_never_said_to_differ(articles, pair, real_embed):
    for d in groups(articles, real_embed):
        if {(f.source, f.text) for f in d.figures} >= set(pair):
            assert not d.shown and not d.certain


@pytest.mark.parametrize("a, b", [
    ({"source": "a", "counted": "North Korean soldiers"}, {"source": "b", "counted": "troops"}),  # one says whose
    ({"source": "a", "counted": "people", "state": "displaced"}, {"source": "b", "counted": "residents", "state": "displaced"}),
    # the ninth user review's toll: "put the number of dead at 11" and "Fourteen people have now died"
    ({"source": "a", "counted": "dead", "state": "killed"}, {"source": "b", "counted": "people", "state": "killed"}),
])
def test_figures_described_alike_are_certain(a, b, real_embed):
    from briefing.compare import _certain, _cosines, _plain
    fa, fb = Figure(value=3000, text="3,000", sentence="3,000.", **a), Figure(value=10000, text="10,000", sentence="10,000.", **b)
    cosine = _cosines(sorted({_plain(f, bare) for f in (fa, fb) for bare in (False, True)}), real_embed)
    assert _certain((fa, fb), "competing", cosine)
    assert not _certain((fa, fb, dataclasses.replace(fa, value=5000)), "competing", cosine)  # two sources, one gives two values
    assert _certain((fa, fb), "compatible", lambda x, y: 0.0)  # within about 20%: said as it is


def test_two_outlets_named_counters_are_said(real_embed):
    """The fourteenth session's review: organisers against police in two outlets was left unsaid (each gives two values)."""
    found = groups({"a": "Organisers said 205,000 people marched in Paris, while police put the figure at 40,000.",
                    "b": "Police said 42,000 people marched in Paris; organisers claimed 200,000."}, real_embed)
    attributed = [d for d in found if d.kind == "attributed"]
    assert attributed and all(d.shown for d in attributed)


def test_an_uncertain_difference_is_listed_not_said():
    fa = Figure("a", 400e6, "£400m", "It is expected to raise £400m a year.", kind="money", unit="GBP")
    fb = Figure("b", 1.1e9, "about £1.1bn", "It will raise about £1.1bn a year.", kind="money", unit="GBP")
    d = Discrepancy("pay a year", "competing", (fa, fb), "Estimates of pay a year differ: a says £400m; b says about £1.1bn.",
                    certain=False)
    assert d.differs and not d.shown
    assert "1. pay a year [competing, uncertain: not said in the briefing]" in format_table([fa, fb], [d])


def test_seeds_army_size_is_a_compatible_range(seed_groups):
    _, found = seed_groups
    army = group_with(found, "004_6519782bd4111da1", "approximately 1.2 million")
    assert army.kind == "compatible"
    assert texts(army) == {("004_6519782bd4111da1", "approximately 1.2 million"), ("002_5e5d5ccd1bd0131b", "over 1.28 million")}
    assert "from 1.2 million to over 1.28 million" in army.statement  # "over" is no end of a range (user review)
    assert army.quantity == "military strength (active-duty soldiers)"


def test_seeds_no_group_mixes_kinds(seed_groups):
    all_figures, found = seed_groups
    for d in found:
        assert len({(f.kind, f.unit) for f in d.figures}) == 1, d.statement
        assert len({f.rate for f in d.figures}) == 1, d.statement
        assert all(f.comparable for f in d.figures)
    grouped = {(f.source, f.text) for d in found for f in d.figures}
    never = {("002_5e5d5ccd1bd0131b", "up to 20,000"),  # Russian recruits per month
             ("002_5e5d5ccd1bd0131b", "over 1,000"),  # Russian casualties a day
             ("002_5e5d5ccd1bd0131b", "$2,000"),  # money per soldier
             ("003_87948e2948f4fcbc", "hundreds of thousands"),  # Russian soldiers
             ("001_a5712b99b11b3340", "around 500")}  # officers
    assert not grouped & never
    years = [f for f in all_figures if f.kind in ("year", "date", "label", "age", "ordinal")]
    assert {f.text for f in years} >= {"1950-1953", "2007", "October 23", "60mm", "AK-12", "11th Corps",
                                       "40th Tactical Aviation Brigade"}


def test_the_same_claim_in_other_words_is_compared(real_embed):
    """"a $4 billion chip factory" and "$4.2 billion in a semiconductor plant": the phrases share
    no word, but the two sentences report the same thing and each holds one sum of money."""
    found = groups({
        "a": "Semiconductor company Orbis announced plans on Wednesday to build a $4 billion chip factory in Lakeshore, creating about 1,500 jobs.",
        "b": "Orbis will invest $4.2 billion in a new semiconductor plant in Lakeshore, the company's chief executive said, promising 1,200 permanent jobs.",
        "c": "Skyline Airways will cut 2,000 jobs after a loss of $310 million in the third quarter.",
    }, real_embed)
    money = group_with(found, "a", "$4 billion")
    assert texts(money) == {("a", "$4 billion"), ("b", "$4.2 billion")}
    assert all(f.source != "c" or f.text != "$310 million" for d in found for f in d.figures)


def test_earthquake_magnitudes_differ_however_they_are_written(embed):
    found = groups({
        "a": "The quake had a magnitude of 6.4 and its epicentre was 12 kilometres north of the town.",
        "b": "Rescue workers pulled survivors from the ruins a day after a 6.2-magnitude earthquake shook the region.",
    }, embed)
    d = group_with(found, "a", "6.4")
    assert texts(d) == {("a", "6.4"), ("b", "6.2")}
    assert d.kind == "competing" and "b says 6.2" in d.statement and "a says 6.4" in d.statement


def test_a_length_is_compared_whatever_each_source_calls_the_thing(embed):
    found = groups({
        "a": "The span will be 2.4 kilometres long and carry about 60,000 vehicles a day.",
        "b": "The 2.1-kilometre structure is expected to be finished in 2030.",
    }, embed)
    d = group_with(found, "a", "2.4 kilometres")
    assert texts(d) == {("a", "2.4 kilometres"), ("b", "2.1-kilometre")}


def test_a_quarter_is_when_the_money_was_lost_not_what_it_is(embed):
    (f,) = [f for f in figs({"a": "Skyline Airways will cut jobs after a loss of $310 million in the third quarter."})
            if f.kind == "money"]
    assert f.counted == "loss" and "quarter" not in f.counted


def test_a_part_of_a_possessive_total_is_not_the_total(embed):
    """"1,200 of its 4,500 workers": 1,200 is the count that can differ; 4,500 is the workforce."""
    found = groups({
        "a": "The company said 1,200 of its 4,500 workers would lose their jobs.",
        "b": "About 1,500 workers will be laid off, the union said.",
    }, embed)
    d = group_with(found, "b", "About 1,500")
    assert texts(d) == {("a", "1,200"), ("b", "About 1,500")}


def test_close_exact_figures_differ_and_close_hedged_ones_read_as_a_range(embed):
    exact = groups({"a": "Opposition parties won 84 of the 143 seats in the assembly.",
                    "b": "The opposition won 88 seats in the new assembly."}, embed)
    assert group_with(exact, "a", "84").kind == "competing"
    hedged = groups({"a": "Opposition parties won about 84 seats in the assembly.",
                     "b": "The opposition won 88 seats in the new assembly."}, embed)
    assert group_with(hedged, "a", "about 84").kind == "compatible"
    rounded = groups({"a": "The company employs 4,500 workers in Germany.", "b": "The company has 4,512 workers in Germany."}, embed)
    assert group_with(rounded, "a", "4,500").kind == "compatible"  # news rounds: 4,512 is "4,500"
    apart = groups({"a": "3,000 troops arrived in the region.", "b": "3,500 troops arrived in the region."}, embed)
    assert group_with(apart, "a", "3,000").kind == "competing"  # 3,500 does not round to 3,000


def test_an_earlier_value_is_kept_but_never_compared(embed):
    """"rose to 45 from 38": 38 is where the toll was, not a competing count."""
    found = groups({
        "a": "The death toll rose to 45 from 38 on Tuesday, officials said.",
        "b": "The death toll reached 40 on Monday night, the ministry said.",
    }, embed)
    d = group_with(found, "a", "45")
    assert texts(d) == {("a", "45"), ("b", "40")}
    assert d.statement.startswith("The death toll rose as reports came in: 40 (b")
    (earlier,) = [f for f in figs({"a": "Unemployment fell to 3.5% in October from 3.6% in September."}) if f.previous]
    assert earlier.text == "3.6%" and not earlier.comparable


def test_who_is_counting_keeps_each_hedge_and_a_vague_size(embed):
    found = groups({
        "a": "Hundreds of thousands marched across France on Thursday. Organisers said 2 million people took part, while police put the figure at 338,000.",
        "c": "Unions said more than 2 million protesters took to the streets, while the interior ministry counted 338,000.",
    }, embed)
    d = group_with(found, "a", "Hundreds of thousands")
    assert d.kind == "attributed"
    assert "more than 2 million according to unions (c)" in d.statement  # never a bare "2 million" for c
    assert "2 million according to organisers (a)" in d.statement
    assert d.statement.endswith("a says hundreds of thousands without naming a count.")


@pytest.mark.parametrize("articles", [
    # review findings: each pair measures two different things and must never be "differ"
    {"a": "The airline said about 2,000 were cancelled on Friday.", "b": "About 2,500 people were affected by the strike."},
    {"a": "Floodwater closed a 12-kilometre stretch of the motorway near Valencia.", "b": "Rain flooded farmland 40 kilometres south of Valencia."},
    {"a": "The quake struck 12 kilometres deep near the coast.", "b": "Towns 60 kilometres from the epicentre felt the shaking."},
    {"a": "Orbis will build a $4 billion chip factory in Lakeshore, the company said.",
     "b": "Orbis will get $500 million in state subsidies for its chip factory in Lakeshore, the company said."},
    {"a": "COVID-19 cases rose sharply in the city last week.", "b": "About 30 cases were reported in the city last week."},
], ids=["cancelled-flights", "stretch-vs-position", "depth-vs-distance", "cost-vs-subsidy", "covid-19"])
def test_different_things_are_not_compared(articles, embed):
    assert not [d.statement for d in groups(articles, embed) if {f.source for f in d.figures} == {"a", "b"}]


def test_earlier_values_only_where_the_sentence_moves_one_quantity():
    def previous(text: str) -> list[str]:
        return [f.text for f in figs({"a": text}) if f.previous]

    assert previous("The toll rose to 45 on Tuesday, up from 38.") == ["38"]
    assert previous("Prices rose from about 3% to 4.5% last year.") == ["about 3%"]
    assert previous("Residents were evacuated from 15 villages to 3 shelters on Monday.") == []
    assert previous("300 families from 12 villages were moved to safety.") == []
    found = groups({"a": "Residents were evacuated from 15 villages to 3 shelters on Monday.",
                    "b": "Residents of 18 villages were evacuated."}, fake_embed)
    assert texts(group_with(found, "b", "18")) == {("a", "15"), ("b", "18")}


def test_a_rate_that_rose_is_not_a_running_total(embed):
    found = groups({"a": "The unemployment rate rose to 4.1% in May, from 3.9% in April.",
                    "b": "The unemployment rate was 4.0% in May, the statistics office said."}, embed)
    d = group_with(found, "a", "4.1%")
    assert texts(d) == {("a", "4.1%"), ("b", "4.0%")} and d.kind != "running-total"


def test_an_aftershock_is_not_the_earthquake(embed):
    found = groups({"a": "A magnitude 6.1 earthquake struck the coast on Monday.",
                    "c": "The 6.3-magnitude quake was followed by an aftershock of magnitude 5.0."}, embed)
    d = group_with(found, "a", "6.1")
    assert texts(d) == {("a", "6.1"), ("c", "6.3")}


def field(text: str, name: str, only: str) -> list:
    """`name` of each figure in `text` (one source) whose `only` attribute is true."""
    return [getattr(f, name) for f in figs({"a": text}) if getattr(f, only)]


def test_earlier_values_with_their_nouns_and_rates():
    def previous(text: str) -> list[str]:
        return field(text, "text", "previous")

    assert previous("The death toll rose from 38 to 45 people.") == ["38"]
    assert previous("The toll climbed to 45 people from 38 people, officials said.") == ["38"]
    assert previous("Brent rose to $85 a barrel from $80.") == ["$80"]
    assert previous("Support rose to 67% of voters from 61%.") == ["61%"]
    assert previous("The rate fell to 3.5% from 3.6% a year earlier.") == ["3.6%"]


def test_second_review_cases(real_embed):
    # a round figure is only "close" to one that rounds to it: 240 is not "200"
    assert group_with(groups({"a": "The floods killed 200 people.", "b": "The floods killed 240 people."}, real_embed),
                      "a", "200").kind == "competing"
    # an area is a size wherever it is
    spill = groups({"a": "The spill covers 40 square kilometres off the coast.", "b": "The slick now spans 120 square kilometres."}, real_embed)
    assert texts(group_with(spill, "a", "40 square kilometres")) == {("a", "40 square kilometres"), ("b", "120 square kilometres")}
    # a part of the victims never competes with the whole
    crash = groups({"a": "The crash killed 20 people. Two of the victims were children.",
                    "b": "The crash killed 20 people, including two children."}, real_embed)
    assert not [d for d in crash if d.differs]
    # trains are not rail workers
    rail = groups({"a": "A rail strike cancelled about 3,000 trains across Norland on Tuesday.",
                   "b": "Around 18,000 rail workers joined the walkout."}, real_embed)
    assert not [d for d in rail if {f.source for f in d.figures} == {"a", "b"}]
    # a share counted so far is a running total
    votes = groups({"a": "With 80% of ballots counted so far, the mayor leads.", "b": "With 95% of ballots counted, the mayor leads."}, real_embed)
    assert group_with(votes, "a", "80%").kind == "running-total"


def test_a_star_magnitude_is_a_brightness_not_an_earthquake():
    found = {f.counted for f in figs({"a": "The star has a magnitude of 4.5 and is visible without a telescope."})}
    assert found == {"brightness magnitude"}
    assert {f.counted for f in figs({"a": "A 6.2-magnitude earthquake hit the region."})} == {"earthquake magnitude"}


def test_every_source_giving_one_value_is_not_a_difference(embed):
    found = groups({"a": "The economy shed 140,000 jobs in December, the bureau reported.",
                    "b": "The U.S. shed 140,000 jobs in December. Restaurants and bars drove the decline by cutting 372,000 jobs."},
                   embed)
    d = group_with(found, "a", "140,000")
    assert not d.differs  # b's restaurants' 372,000 is a quantity of its own, in no group with the 140,000 (seventh user review)
    assert d.statement == "a and b agree on jobs: 140,000."


def test_shot_is_not_killed(embed):
    found = groups({"a": "A sniper shot 14 people, killing five police officers.",
                    "b": "The attack left 12 police officers shot."}, embed)
    assert not [d for d in found if {f.source for f in d.figures} == {"a", "b"} and d.differs
                and {f.text for f in d.figures} >= {"five", "12"}]


def test_two_sources_giving_the_same_pair_of_values_agree(embed):
    found = groups({"a": "The Senate passed the bill by a vote of 21 to 19.",
                    "b": "The bill passed on a party-line vote of 21-19, with every Democrat in favor."}, embed)
    assert found and all(d.kind == "shared" and not d.differs for d in found)
    assert any(d.statement.endswith(": 21 and 19.") or d.statement.endswith(": 19 and 21.") for d in found)


def test_a_label_names_a_thing_not_a_verb():
    from briefing.compare import _noun_part

    assert _noun_part("Apple dropped") == "Apple"
    assert _noun_part("deficit budget year surged") == "deficit budget year"
    assert _noun_part("slid") == ""
    assert _noun_part("people injured") == "people injured"  # a state word is kept


def test_a_change_in_percent_from_a_value_makes_it_the_earlier_one():
    found = figs({"a": "The deficit stands at $984 billion, up 26 percent from the $779 billion deficit recorded in 2018."})
    assert [(f.text, f.previous) for f in found if f.kind == "money"] == [("$984 billion", False), ("$779 billion", True)]


def test_a_shared_figure_beside_a_forecast_is_not_a_running_total(embed):
    found = groups({"a": "The U.S. economy added 128,000 jobs and the unemployment rate rose to 3.6 percent. "
                         "Economists had expected the economy to add 75,000 jobs.",
                    "b": "US employers added a solid 128,000 jobs in October."}, embed)
    d = group_with(found, "b", "128,000")
    assert d.kind == "shared" and "a also gives 75,000" in d.statement


def test_sources_adding_different_values_of_their_own_still_differ(embed):
    found = groups({"a": "The earthquake killed 30 people in the city. Officials later said the earthquake killed 45 people.",
                    "b": "The earthquake killed 30 people in the city. Officials later said the earthquake killed 80 people."}, embed)
    d = group_with(found, "a", "45")
    assert d.differs and ("b", "80") in texts(d)


def test_increments_are_compared_with_increments_only(embed):
    found = groups({"a": "The Pentagon will send another 3,000 troops to Poland.",
                    "b": "The Pentagon will send another 5,000 troops to Poland. It has 10,000 troops there."}, embed)
    d = group_with(found, "a", "another 3,000")
    assert texts(d) == {("a", "another 3,000"), ("b", "another 5,000")} and d.differs


def test_fatally_shot_is_killed(embed):
    found = groups({"a": "Police fatally shot 3 people.", "b": "Police killed 4 people."}, embed)
    assert group_with(found, "a", "3").differs


def test_second_review_cases(embed):
    # side values said differently (a forecast, a sector's cut) are no contradiction
    found = groups({"a": "The economy shed 140,000 jobs in December. Economists had expected a gain of 50,000 jobs.",
                    "b": "The U.S. shed 140,000 jobs in December. Restaurants and bars drove the decline by cutting 372,000 jobs."},
                   embed)
    assert group_with(found, "a", "140,000").kind in ("shared", "agree")  # (one source's side value is its own quantity)
    # two increments are never steps of a tally
    found = groups({"a": "Another 30 people died on Tuesday, bringing the toll to 130.",
                    "b": "Another 35 people died on Tuesday, bringing the death toll to 130."}, embed)
    assert group_with(found, "a", "Another 30").kind != "running-total"
    # fatally injured is killed, not injured
    found = groups({"a": "Two people were fatally injured in the crash.", "b": "Five people were injured in the crash."}, embed)
    assert not [d for d in found if d.differs and {f.text for f in d.figures} >= {"Two", "Five"}]


def test_third_review_cases(embed):
    # a side value both sources give is no contradiction, whoever else is in the group
    found = groups({"a": "The economy shed 140,000 jobs in December. Restaurants cut 372,000 jobs and retailers cut 60,000 jobs.",
                    "b": "The U.S. shed 140,000 jobs in December. Restaurants cut 372,000 jobs and retailers cut 60,000 jobs.",
                    "c": "The economy lost 140,000 jobs in December."}, embed)
    assert not group_with(found, "c", "140,000").differs  # (a source's side values are quantities of their own: "agree")
    # later tolls in other words still differ: the same state
    found = groups({"a": "At least 30 people were killed in the attack on Monday. Hospital officials later said 45 people had died.",
                    "b": "At least 30 people were killed in the attack on Monday. By Tuesday evening the number of dead had "
                         "reached 80, according to the health ministry."}, embed)
    assert group_with(found, "a", "45").differs


def test_a_loss_of_an_amount_is_a_loss(embed):
    found = groups({"a": "The company reported a first-half loss of $820 million.",
                    "b": "The carmaker posted a loss of 780 million dollars for the first six months of the year."}, embed)
    d = group_with(found, "a", "$820 million")
    assert texts(d) == {("a", "$820 million"), ("b", "780 million dollars")} and d.differs
    found = groups({"a": "The company reported a first-half loss of $820 million.",
                    "b": "The company reported an annual loss of $2 billion."}, embed)
    assert not [d for d in found if {f.source for f in d.figures} == {"a", "b"}]


@pytest.mark.parametrize("text, counted", [
    ("The number of people in hospital rose to 45 on Sunday.", "people in hospital"),
    ("The bank reported a second-quarter net profit of $2 billion.", "second-quarter net profit"),
    ("Acme's first-half loss of $820 million shocked investors.", "first-half loss"),
    ("Sales fell, with a drop in revenue of $2 billion.", ""),
])
def test_review_of_money_nouns(text, counted):
    assert field(text, "counted", "comparable") == [counted]


def test_review_of_periods(embed):
    found = groups({"a": "The company reported a quarterly profit of $300 million.",
                    "b": "The company reported a first-quarter profit of $310 million."}, embed)
    assert [d.kind for d in found] == ["compatible"]
    assert not groups({"a": "The company posted a full-year loss of $2 billion.",
                       "b": "The company posted a first-half loss of $1.5 billion."}, embed)


def test_people_vaccinated_are_not_people_who_lost_jobs(embed):
    found = groups({
        "a": "About 53.1 percent of the population—almost 150.7 million individuals—had been fully vaccinated.",
        "b": "The House voted on a package to fix the economic damage that cost about 10 million people their jobs.",
    }, embed)
    assert not [d for d in found if d.differs]
    found = groups({"a": "The pandemic has infected more than 21.5 million people and killed more than 365,000.",
                    "b": "Roughly 787,000 people applied for unemployment in the week ending January 2."}, embed)
    assert not [d for d in found if d.differs]


def test_a_package_named_by_what_it_holds(embed):
    found = groups({
        "a": "Senators finished a roughly $1 trillion infrastructure bill, whose fate is intertwined with a "
             "$3.5 trillion package of Democratic priorities.",
        "b": "Senators unveiled a nearly $1 trillion bipartisan infrastructure package.",
    }, embed)
    assert not [d for d in found if d.differs]


def test_a_compound_noun_counts_its_head(embed):
    found = groups({"a": "At least 1,000 schools have closed for in-person learning.",
                    "b": "Only 84 school districts have reported their data, according to the dashboard."}, embed)
    assert not [d for d in found if d.differs]
    found = groups({"a": "Some 120 police officers were deployed.", "b": "About 150 police were deployed."}, embed)
    assert group_with(found, "a", "Some 120").differs


def test_a_toll_counts_anyone_killed(embed):
    found = groups({"a": "At least 14 people were killed when a fire tore through the factory on Tuesday.",
                    "b": "The death toll from Tuesday's fire at a plastics factory in Mersdale has risen to 19.",
                    "c": "Fourteen workers died in Tuesday's fire at the plant."}, embed)
    d = group_with(found, "b", "19")
    assert {("a", "At least 14"), ("c", "Fourteen")} <= texts(d) and d.differs


def test_a_weekday_is_never_the_place():
    assert field("Fourteen workers died in Tuesday's fire at the plant.", "place", "comparable") == [""]


def test_a_clause_window_never_starts_inside_a_word():
    assert field("The death toll from Tuesday's fire at a plastics factory in Mersdale has risen to 19, officials said.",
                 "counted", "comparable") == ["death toll"]


@pytest.mark.parametrize("text, written, low", [
    # heldout6: a currency written again before a range's second number
    ("Calloway expects revenue of $16.5 billion to $16.8 billion this year.", "$16.5 billion to $16.8 billion", 16.5e9),
    ("The cookers were sold for $80 to $130.", "$80 to $130", 80.0),
    ("The model retailed for $80-$130 at stores.", "$80-$130", 80.0),
    ("The repairs will cost €40m-€45m.", "€40m-€45m", 40e6),
])
def test_money_ranges_with_the_currency_twice(text, written, low):
    assert field(text, "text", "comparable") == [written]
    assert field(text, "low", "comparable") == [low]


def test_heldout6_groups(embed):
    found = groups({"a": "Net income rose to $610 million from $540 million.",
                    "b": "Profit came in at $605 million, or $1.48 a share."}, embed)
    assert group_with(found, "a", "$610 million").differs
    found = groups({"a": "The company has received 119 reports of lids detaching.",
                    "b": "Brevik has logged more than 120 incidents in which the lid came off."}, embed)
    assert ("b", "more than 120") in texts(group_with(found, "a", "119"))
    found = groups({"a": "Nearly 200 employees were on site at the time; the plant's total workforce is about 600.",
                    "b": "The plant employs roughly 600 workers, and around 200 were on the night shift."}, embed)
    assert not [d for d in found if {("b", "around 200"), ("a", "about 600")} <= texts(d)]


def test_review_of_heldout6_groups(embed):
    assert field("The city's previous record of 43.9C was set in July 2007.", "text", "previous") == ["43.9C"]
    found = groups({"a": "The death toll rose to 40 on Friday. Twelve children were among those killed.",
                    "b": "The death toll reached 45, officials said. Fifteen children died."}, embed)
    assert ("b", "45") in texts(group_with(found, "a", "40")) and ("a", "Twelve") not in texts(group_with(found, "a", "40"))
    if embed is not fake_embed:  # (workforce ~ jobs is the encoder's call: the fake one cannot tell)
        found = groups({"a": "Carvex will cut its workforce by 4,500.", "b": "Carvex is shedding 5,000 jobs."}, embed)
        assert group_with(found, "a", "4,500").differs
    found = groups({"a": "Police received 40 complaints about noise.", "b": "Police logged 55 incidents of violence."}, embed)
    assert not [d for d in found if d.differs]


def test_a_limit_is_not_the_value(embed):
    found = groups({"a": "Investigators believe the train was going at 110 kilometres per hour when it entered the bend.",
                    "b": "The speed limit on the curve is 80 km/h."}, embed)
    assert not [d for d in found if d.differs]


@pytest.mark.parametrize("text, counted, state", [
    # found by reading the 307 NeuS briefings (bench/faithful.py --differences)
    ("About 53.1 percent of the U.S. population—almost 150.7 million individuals—had been fully vaccinated.",
     ["U.S. population", "individuals"], ["", "vaccinated"]),
    ("The damage cost about 10 million people their jobs.", ["people"], ["jobless"]),
    ("Roughly 787,000 people applied for unemployment in the week.", ["people"], ["jobless"]),
    ("Biden will propose $5 trillion in new federal spending over the next decade.", ["federal spending"], [""]),
    ("Its fate is intertwined with a $3.5 trillion package of Democratic priorities.",
     ["package of Democratic priorities"], [""]),
    ("Some 3,000 U.N. peacekeepers arrived.", ["U.N. peacekeepers"], [""]),
    # review of those states and nouns: each was wrong in the first version
    ("About 500 housing units were destroyed.", ["housing units"], ["destroyed"]),
    ("The deal includes $1.5 trillion in spending cuts.", ["spending cuts"], [""]),
    ("Home prices are now above their 2006 housing peak.", [], []),
    ("The flood displaced residents—more than 10,000 people—and killed at least 12.", ["people", "people"], ["", "killed"]),
    ("Some 5,700 vaccinated people have since been infected.", ["vaccinated people"], ["ill"]),
    ("Health officials said 300 fully vaccinated people have died of the virus.", ["fully"], ["killed"]),
    ("About 300 laid-off workers were arrested outside the plant.", ["laid-off workers"], ["arrested"]),
    ("The deal saved 2,000 workers their jobs.", ["workers"], ["rescued"]),
    ("Employers added 245,000 jobs as unemployment fell to 6.7 percent.", ["jobs", ""], ["", ""]),
    ("Congress passed a $900 billion relief bill extending jobless benefits.", ["relief bill"], [""]),
    ("The company announced a $5 billion deal for Twitter.", ["deal"], [""]),
    ("The city unveiled a $2 billion plan for five years.", ["plan", ""], ["", ""]),
    ("Some 1.1 million jobless claims were filed.", ["jobless claims"], ["jobless"]),
])
def test_states_and_nouns_from_real_news_and_their_review(text, counted, state):
    assert field(text, "counted", "comparable") == counted
    assert field(text, "state", "comparable") == state


@pytest.mark.parametrize("text, name, expected", [
    # heldout6 (found when it was first run)
    ("Profit came in at $605 million, or $1.48 a share.", "context", ["Profit", "share"]),
    ("Police funding rises to $310m, while parks face cuts.", "context", ["Police funding"]),
    ("Councillors passed a spending plan of $1.25 billion on Monday.", "counted", ["plan"]),
    ("Shares in Brevik Home Appliances fell after it announced a recall of 1.2 million cookers.", "place", [""]),
    ("The county said its shelters were housing about 600 people.", "state", ["sheltered"]),
    ("Fifty-seven customers have reported burns.", "state", ["injured"]),
    # review of 1bd7f74..714bf2d: each was wrong in the first version
    ("The death toll from the floods in 2021 stood at 200.", "counted", ["death toll"]),
    ("Profit in the first quarter came in at $3 billion.", "context", ["Profit"]),
    ("An airstrike killed 25 people sheltering in a school.", "state", ["killed"]),
    ("Fire chief Tom Burns said 40 firefighters battled the blaze.", "state", [""]),
    ("Some 50,000 people took part in Berlin, police said.", "place", ["Berlin"]),
    ("Foreign direct investment in Germany fell to $30 billion last year.", "place", ["Germany"]),
    ("Early estimates of $5 billion in damage were revised upward.", "counted", ["damage"]),
    ("They sent a package of $2 billion in aid.", "counted", ["aid"]),
    ("Revenue rose by $2 billion to $16 billion.", "text", ["$2 billion", "$16 billion"]),
    ("Goldman raised its price target on the stock from $80 to $130.", "text", ["$130"]),
    ("Korvane agreed to buy Elmstead for $2.1bn in cash.", "counted", [""]),
    ("The government has pledged £3.5 billion to tackle the waiting list.", "counted", [""]),
    ("Elmstead's stock ended the session 24 percent higher.", "counted", [""]),
    ("Temperatures in Solvenna hit 44.6C on Sunday.", "unit", ["C"]),
    ("The train was going at 110 kilometres per hour.", "unit", ["km/h"]),
    ("Some 1.2m homes were briefly without electricity.", "value", [1.2e6]),
    ("Hospitals treated 64 people, of whom 23 were in serious condition.", "state", ["hospitalised", "critical"]),  # (a part, a state of its own: the second user review)
    # review of bfe4938: each was wrong in the first version
    ("The rally was attended by 3,000 to 5,000 people.", "text", ["3,000 to 5,000"]),
    ("Spending was cut by 40 to 50 percent.", "text", ["40 to 50 percent"]),
    ("Fines range from $500 to $5,000 per violation.", "text", ["from $500 to $5,000"]),
    ("Some 60% of buildings were destroyed.", "state", ["destroyed"]),
    ("The floods destroyed 50,000 hectares of crops.", "state", ["destroyed"]),
    ("Halden said its vaccine reduced hospitalisations by 71% in a trial.", "state", [""]),
    ("Two men admitted 12 charges of fraud.", "state", ["", ""]),
    ("At least 12 people were admitted to hospital.", "state", ["hospitalised"]),
    ("Forty people were treated for injuries, officials said.", "state", ["injured"]),
    ("Twelve people were treated for burns.", "state", ["injured"]),
    ("The tsunami sent 10m waves crashing into 40 villages.", "value", [10.0, 40.0]),
    ("The number of people working in agriculture fell to 2 million.", "counted", ["people working in agriculture"]),
    ("The death toll came to 45.", "counted", ["death toll"]),
    ("They got a loan of $5 billion in exchange for reforms.", "counted", ["loan"]),
    ("The airline ordered 10 Boeing 777F freighters.", "text", ["10"]),
    ("Temperatures will reach between 40C and 45C this week.", "low", [40.0]),
    # review of 2819e18: each was wrong in the first version
    ("The budget was cut by $500 million to $1.2 billion.", "text", ["$500 million", "$1.2 billion"]),
    ("The deficit narrowed by £3bn to £5bn in March.", "counted", ["", ""]),
    ("The flood water rose to 2m, residents said.", "value", [2.0]),
    ("The pandemic pushed 3m women out of the workforce.", "value", [3e6]),
    ("It was 40C in Madrid on Tuesday, officials said.", "text", ["40C"]),
    ("The Paris agreement set a goal of 1.5C.", "unit", ["C"]),
    ("Its new 5C battery charges fast.", "text", []),
    ("Fourteen people were admitted to a local hospital.", "state", ["hospitalised"]),
    ("Twelve people were treated for smoke inhalation.", "state", ["hospitalised"]),
    ("A $10 million fund was set up for families of those killed.", "state", [""]),
    # review of 29f24d5: each was wrong in the first version
    ("At least 40 students were admitted to Harvard this year.", "state", [""]),
    ("Sales grew by 5 to 15 percent a year.", "text", ["5 to 15 percent"]),
    ("Prices rose sharply as the town was hit by 20 to 50 rockets.", "text", ["20 to 50"]),
    ("They built 2m barriers.", "value", [2.0]),
    ("He received a grade of 3C in maths.", "text", []),
    ("Boeing's 777F freighters set records last year.", "text", []),
    ("Seville reached 40C yesterday.", "text", ["40C"]),
    # review of 6e1a0e9: each was wrong in the first version
    ("Greece is bracing for a 44C heatwave this week.", "text", ["44C"]),
    ("Climate scientists say the 1.5C goal is slipping out of reach.", "text", ["1.5C"]),
    ("Twelve people were admitted to ICU.", "state", ["hospitalised"]),
    ("Bolt won the 100m men's final.", "value", [100.0]),
    # review of fad10ba
    ("Prices rose by 1-5% across the region.", "text", ["1-5%"]),
    ("Prices rose by 1 to 5 percent.", "text", ["1 to 5 percent"]),
    ("Some 3m women's jobs are at risk.", "value", [3e6]),
    ("The vaccine must be kept cold and is flown on 777F freighters.", "text", []),
    ("Temperatures in Athens hit 44C across the region on Monday.", "text", ["44C"]),
    ("30 pupils were admitted to special units for children with autism.", "state", [""]),
    ("Nine people were admitted to a burns unit.", "state", ["hospitalised"]),
])
def test_figures_found_by_the_new_splits_and_the_reviews(text, name, expected):
    assert field(text, name, "comparable") == expected


@pytest.mark.parametrize("text, limit", [
    ("Apple's market cap of $3 trillion makes it the largest company.", False),
    ("The storm had maximum sustained winds of 130 mph.", False),
    ("He capped off the season with 30 goals.", False),
    ("Tata Motors Limited sold 80,000 cars.", False),
    ("Temperatures in Athens reached a maximum of 38C on Monday.", False),
    ("The stadium holds a maximum of 60,000 fans.", False),
    ("Rents are capped at $1,200 a month.", True),
    ("The new price cap is £2,500 a year.", True),
    ("Speed on the curve is limited to just 80 km/h.", True),
    ("Weddings can have a maximum of 30 people.", True),
    ("Limited to 80 km/h, the curve is dangerous.", True),
    ("Suspects can be held for a maximum of 14 days.", True),
    ("Each household will receive a maximum of £500.", True),
])
def test_what_is_a_limit(text, limit):
    from briefing.compare import _limit
    assert [_limit(f) for f in figs({"a": text}) if f.comparable] == [limit]


@pytest.mark.parametrize("articles, pair", [
    # Two attempts of 2026-11-23 lost these true differences (found in review; both reverted):
    # a veto on people counted beside a named group in another state ...
    ({"a": "The factory fire killed 19 people and injured 40 workers.", "b": "Twenty-one workers died in the factory fire."},
     {("a", "19"), ("b", "Twenty-one")}),
    ({"a": "The crash injured 30 people, and 12 passengers were hospitalised.", "b": "Thirty-five passengers were injured in the crash."},
     {("a", "30"), ("b", "Thirty-five")}),
    # ... and pairing a percentage that names nothing with an equal one in an echoed sentence.
    ({"a": "The Marvia trade deficit widened by $41 billion, or 18 percent, over the past year.",
      "b": "Marvia's trade deficit widened 18% over the past year.",
      "c": "Marvia's goods deficit with its neighbours widened 21% in the fiscal year.",
      "d": "The country's deficit in goods trade widened 21% in the fiscal year, customs data showed."},
     {("b", "18%"), ("c", "21%")}),
])
def test_differences_that_narrower_rules_once_lost(real_embed, articles, pair):
    found = groups(articles, real_embed)
    source, text = sorted(pair)[0]
    group = group_with(found, source, text)
    assert pair <= texts(group) and group.differs


def test_an_appeal_for_money_is_not_a_pledge(embed):
    """A UN appeal "for $50 million in international aid" is not the government's $5 million pledge (messy-folder review)."""
    found = groups({"a": "The government has pledged $5 million in emergency aid.",
                    "b": "The government has promised $5m in emergency aid, while the European Union added another €2 million.",
                    "e": "The UN said 12 people had died and called for $50 million in international aid."}, embed)
    d = group_with(found, "a", "$5 million")
    assert texts(d) == {("a", "$5 million"), ("b", "$5m")} and d.kind == "agree"
    assert "European Union" not in d.statement
    found = groups({"b": "The government has promised $5m in emergency aid.",
                    "e": "The UN called for $50 million in international aid."}, embed)
    assert not [d for d in found if {f.source for f in d.figures} == {"b", "e"}]
    for appeal in ("appealed to donors for", "appealed to the international community on Tuesday for", "asked Congress for"):
        found = groups({"b": "The government has promised $5m in emergency aid.",
                        "e": f"The UN {appeal} $50 million to help survivors."}, embed)
        assert not [d for d in found if {f.source for f in d.figures} == {"b", "e"}], appeal


def test_people_needing_food_are_not_compared_with_people_displaced(embed):
    found = groups({"a": "Floods have forced 3,000 people from their homes, the government said.",
                    "d": "About 3k people were displaced by the flood. Aid agencies say at least 8,000 people will need food and shelter."},
                   embed)
    d = group_with(found, "a", "3,000")
    assert texts(d) == {("a", "3,000"), ("d", "About 3k")} and d.kind == "agree"


def test_a_tally_rises_only_where_times_order_it(embed):
    """Five sources' death tolls with no times between them are estimates, each listed, not a count
    that "rose" to the largest (messy-folder review: C's "Twelve" and E's "12" were dropped, and
    "as many as 20 ... may have died" was called the latest figure)."""
    found = groups({"a": "At least 12 people have died and 40 were injured, officials said.",
                    "b": "The death toll has risen to 15, the Red Cross said.",
                    "c": "Twelve people are confirmed dead, according to the provincial police chief.",
                    "d": "As many as 20 people may have died, the charity said.",
                    "e": "The UN said 12 people had died."}, embed)
    d = group_with(found, "b", "15")
    assert d.kind == "competing" and "latest" not in d.statement
    assert all(f"{src} says" in d.statement for src in "abcde")
    # two dated figures that fell are no rising tally either
    found = groups({"a": "The death toll rose to 15 on October 23, officials said.",
                    "b": "The UN said on October 24 that 12 people had died."}, embed)
    assert group_with(found, "a", "15").kind == "competing"


def test_a_running_total_lists_every_source_and_no_upper_bound_is_the_latest(embed):
    found = groups({
        "morning": "At least 12 people were killed in Spain on Monday morning, the ministry said.",
        "again": "Twelve people were killed in Spain on Monday morning.",
        "noon": "The death toll from the storm in Spain has risen to 27, officials said on Monday afternoon.",
        "late": "As many as 40 people may have died in Spain, a charity said on Monday evening.",
    }, embed)
    d = group_with(found, "noon", "27")
    assert d.kind == "running-total"
    assert "(again, on Monday morning)" in d.statement and "at least 12 (morning, on Monday morning)" in d.statement
    assert "then as many as 40 (late, on Monday evening)" in d.statement
    assert d.statement.endswith("The latest firm figure is 27, from noon.")


def test_estimates_beside_a_shared_value_still_differ(embed):
    """All three give 10,000; two also estimate 3,000 and one over 7,000 (the seeds 000, 001 and 003:
    the briefing said "The sources' figures do not conflict" with 3,000, 7,000 and 10,000 on the page)."""
    found = groups({
        "a": "Estimates from the United States, South Korea, and Ukraine suggest that approximately 3,000 North Korean "
             "soldiers arrived in Russia this month. According to their data, North Korea could send up to 10,000 troops by December.",
        "b": "Around 10,000 North Korean troops have reportedly arrived in Russia. NATO and Pentagon officials confirmed that "
             "North Korea has sent approximately 10,000 soldiers to Russia. According to Ukraine's intelligence agency, Russia "
             "has equipped over 7,000 North Korean soldiers with a range of weapons.",
        "c": "At least 3,000 North Korean soldiers have been sent to Russia for training, US officials said October 23. "
             "Pyongyang plans to deploy 10,000 soldiers to Russia by December, Seoul says.",
    }, embed)
    d = group_with(found, "b", "over 7,000")
    assert d.differs and d.kind != "shared"
    assert {("a", "approximately 3,000"), ("b", "over 7,000"), ("c", "10,000")} <= texts(d)


def test_a_shouted_figure_is_grouped_with_the_same_figure_in_normal_case(embed):
    found = groups({"ap": "UKRAINIAN OFFICIALS SAID ON FRIDAY THAT ABOUT 12,000 NORTH KOREAN SOLDIERS HAVE BEEN DEPLOYED TO RUSSIA.",
                    "normal": "The Pentagon said on Tuesday that North Korea has sent about 10,000 North Korean soldiers to Russia."}, embed)
    d = group_with(found, "ap", "ABOUT 12,000")
    assert ("normal", "about 10,000") in texts(d)
    assert d.quantity == "North Korean soldiers"  # not "NORTH KOREAN SOLDIERS"
    (f,) = [f for f in d.figures if f.source == "ap"]
    assert (f.attribution, f.time) == ("Ukrainian officials", "on Friday")


def test_a_figure_in_a_denied_claim_is_nobodys_estimate(embed):
    """Moscow "calling the reports about 12,000 troops 'groundless rumours'" gives no estimate of 12,000."""
    found = groups({"a": "The Pentagon said on Tuesday that North Korea has sent about 10,000 soldiers to Russia.",
                    "b": "The Kremlin denied sending troops, calling the reports about 12,000 soldiers \"groundless rumours\".",
                    "c": "Around 11,000 North Korean soldiers are now in Russia, according to Seoul."}, embed)
    assert not [f for d in found for f in d.figures if f.source == "b"]
    assert any({f.source for f in d.figures} == {"a", "c"} for d in found)


def test_what_the_review_of_the_new_figure_rules_found(embed):
    """A second review of this session's figure rules: each of these was right before them."""
    # "could climb further" and "May 4" are no upper bounds
    found = groups({"a": "At least 12 people died on Monday.", "b": "The death toll rose to 20 on Tuesday.",
                    "c": "The death toll rose to 27 on Wednesday and could climb further."}, embed)
    assert group_with(found, "c", "27").statement.endswith("The latest figure is 27, from c.")
    found = groups({"a": "The death toll stood at 12 on May 4.", "b": "The death toll rose to 20 on May 5."}, embed)
    assert "The latest" in group_with(found, "b", "20").statement
    # a rise across New Year (no year given) is a rise
    found = groups({"a": "The death toll rose to 12 on Dec 30.", "b": "The death toll rose to 19 on Jan 2."}, embed)
    assert group_with(found, "b", "19").kind == "running-total"
    # an appeal asks as a call for money does: the two are compared
    found = groups({"a": "The UN called for $50 million in aid for flood victims.",
                    "b": "The UN launched a $45 million appeal for flood victims."}, embed)
    assert group_with(found, "a", "$50 million").differs
    # a displaced count that also needs food is still displaced
    found = groups({"a": "The flooding displaced 8,000 people who need food and water.",
                    "b": "About 10,000 people were displaced by the floods, the UN said."}, embed)
    assert ("b", "About 10,000") in texts(group_with(found, "a", "8,000"))
    # a figure in a claim nobody denies is compared
    found = groups({"a": "The ministry confirmed reports that 12 soldiers were killed in the attack, but denied that the base had fallen.",
                    "b": "Fifteen soldiers were killed in the attack on the base, officials said."}, embed)
    assert ("b", "Fifteen") in texts(group_with(found, "a", "12"))


def test_a_serial_comma_list_of_speakers_keeps_its_speaker():
    (f,) = figs({"a": "About 3,000 troops have arrived in Russia, the US, South Korea, and Ukraine said."})
    assert f.attribution == "Ukraine"


def test_a_singular_speaker_is_named_with_the(embed):
    found = groups({"a": "Floods have forced 3,000 people from their homes, the regional government said on Tuesday.",
                    "b": "Some 30,000 people have been displaced by the floods, officials said."}, embed)
    d = group_with(found, "a", "3,000")
    assert "according to the regional government" in d.statement and "according to officials" in d.statement


def test_what_the_third_review_found(embed):
    # a year, when written, orders dates more than six months apart
    found = groups({"a": "The death toll stood at 100 on March 1, 2024.", "b": "The death toll rose to 500 on November 1, 2024."}, embed)
    assert group_with(found, "b", "500").kind == "running-total"
    # "in Herat, Afghanistan, and the UN said aid was on its way": the UN's clause, not a list of speakers
    (f,) = figs({"a": "The quake killed 2,000 people in Herat, Afghanistan, and the UN said aid was on its way."})
    assert f.attribution == ""
    (f,) = figs({"a": "Twelve people died in the blast, police, firefighters, and witnesses said."})
    assert f.attribution == "witnesses"


def test_the_fourth_review(embed):
    found = groups({"a": "The death toll rose to 100 on December 30, 2024.", "b": "The death toll rose to 150 on January 2."}, embed)
    assert group_with(found, "b", "150").kind == "running-total"
    for said in ("said in a joint statement.", "said Tuesday.", "said, adding that more could follow."):
        (f,) = figs({"a": f"About 3,000 troops arrived, the US, South Korea, and Japan {said}"})
        assert f.attribution == "Japan", said


def test_agreeing_sources_beside_an_outlier_are_said_to_agree(embed):
    found = groups({"a": "Floods have forced 3,000 people from their homes, officials said.",
                    "b": "Some 3000 people have been displaced by the floods, the Red Cross said.",
                    "c": "About 30,000 people have been displaced by the floods, the UN said."}, embed)
    d = group_with(found, "c", "About 30,000")
    assert d.statement.endswith(" a and b give the same figure.") and d.cited.endswith(" \x1fa\x1f and \x1fb\x1f give the same figure.")
    # a bound is not the figure it bounds: "more than 3,000" and "fewer than 3,000" do not agree (the sixth review)
    for a, b in (("More than 3,000", "Fewer than 3,000"), ("At least 3,000", "Up to 3,000"), ("Between 1,000 and 3,000", "Some 3,000"),
                 ("Nearly 3,000", "Some 3,000")):
        found = groups({"a": f"{a} people have been displaced by the floods, officials said.",
                        "b": f"{b} people have been displaced by the floods, the Red Cross said.",
                        "c": "About 30,000 people have been displaced by the floods, the UN said."}, embed)
        assert "give the same figure" not in group_with(found, "c", "About 30,000").statement, (a, b)
    # ... while one bound written two ways is the same figure (the seventh review)
    for a, b in (("More than 3,000", "Over 3,000"), ("Up to 3,000", "As many as 3,000")):
        found = groups({"a": f"{a} people have been displaced by the floods, officials said.",
                        "b": f"{b} people have been displaced by the floods, the Red Cross said.",
                        "c": "About 30,000 people have been displaced by the floods, the UN said."}, embed)
        assert group_with(found, "c", "About 30,000").statement.endswith(" a and b give the same figure."), (a, b)


@pytest.mark.parametrize("sentence, text, denied", [
    # the denial governs the claim, within the claim's clause (the third to fifth reviews)
    ("The army denied that the base had fallen but said 12 soldiers were killed.", "12", False),
    ("Police did not deny that 40 people were arrested.", "40", False),
    ("Ukraine denied Russian claims that 500 Ukrainian soldiers were killed.", "500", True),
    ("The Kremlin dismissed as nonsense reports that 12,000 North Korean troops were in Russia.", "12,000", True),
    ("Reports that 12,000 North Korean troops were in Russia were denied by Moscow.", "12,000", True),
    ("Moscow denied claims that 300 civilians were killed and 40 wounded.", "40", True),
    ("The company denied wrongdoing after reports that 40,000 customers lost data.", "40,000", False),
    ("There were reports that 12 journalists were denied entry.", "12", False),
    ("Insurers said claims of 5,000 homeowners were rejected.", "5,000", False),
    ("The ministry denied reports of a cover-up and released figures showing 1,200 deaths.", "1,200", False),
    # a claim that is a clause goes on past "and"; one that is a noun phrase ends at the denier's next verb (the sixth review)
    ("Israel denied claims that its strikes on Gaza and the West Bank killed 300 people on Sunday.", "300", True),
    ("The Kremlin denied reports that Russian and North Korean troops numbered 12,000 in Kursk.", "12,000", True),
    ("The ministry denied reports that soldiers looted shops and killed 45 people.", "45", True),
    ("Pyongyang dismissed as nonsense reports that North Korea had sent troops and equipment worth $500 million.", "$500 million", True),
    ("Police denied reports of looting and arrested 45 people.", "45", False),
    ("Police denied reports of looting and 45 people were arrested.", "45", False),
    ("Police denied reports of looting and 1,200 deaths were recorded.", "1,200", False),
    ("Police denied reports of 12 killed and 40 wounded.", "40", True),
    ("Officials rejected the union's claims that 4,000 jobs would go.", "4,000", True),
    # "false" as a word about the claim, not inside it
    ("Officials called reports of 4,000 job losses false.", "4,000", True),
    ("The lawsuit cites allegations of 40 false arrests.", "40", False),
    ("There were reports of 300 false alarms.", "300", False),
    ("Customers filed claims that 2,000 customers were given false information.", "2,000", False),
    # the seventh review: a list in a claim called false stays denied; a claim that is a clause ends at the
    # denier's next statement; one that is a phrase goes on past "and" only into another figure
    ("Reports of 12 killed and 40 wounded were false.", "40", True),
    ("Claims of 300 dead and 40 missing are baseless.", "40", True),
    ("The ministry denied reports that it had covered up deaths and released figures showing 1,200 deaths.", "1,200", False),
    ("Police denied that officers used excessive force and arrested 45 people.", "45", False),
    ("The army denied that the base had fallen and confirmed 40 soldiers were killed.", "40", False),
    ("Police denied reports of looting and took 45 people into custody.", "45", False),
    ("Police denied reports of looting and put the toll at 45.", "45", False),
    ("Police denied reports of looting and the governor's office reported 20 injuries.", "20", False),
    ("Police denied reports of looting and 45 people died in custody.", "45", False),
    ("Police denied reports of 12 killed and at least 40 wounded.", "40", True),
    ("Officials called reports of 4,000 job losses false and misleading.", "4,000", True),
    ("Officials said reports of 300 deaths were false — the toll was 30.", "300", True),
    # the eighth review: a phrase claim goes on past "and" into a name; "false or" inside a noun phrase denies nothing
    ("Israel denied reports of strikes on Gaza and the West Bank that killed 300 people.", "300", True),
    ("There were reports of 300 false or malicious calls.", "300", False),
    ("Officials described reports of 300 deaths as false and irresponsible.", "300", True),
])
def test_a_denied_claim(sentence, text, denied):
    from briefing.compare import _denied

    assert _denied(Figure("a", 0, text, sentence)) is denied


@pytest.mark.parametrize("sentence, text, bound", [
    # the modal is the figure's own verb, in capitals too (the third to fifth reviews)
    ("40 PEOPLE MAY HAVE DIED IN THE FLOODS ON WEDNESDAY, OFFICIALS SAID.", "40", True),
    ("Some 40 people may be dead under the rubble.", "Some 40", True),
    ("About 200 men and boys may have been killed.", "About 200", True),
    ("The toll rose to 40 and could be much higher.", "40", False),
    ("The death toll rose to 45 on Wednesday and dozens more may be trapped.", "45", False),
    # "and" opens a clause with a modal of its own; the figure's noun phrase running on does not (the sixth review)
    ("The death toll in the mine collapse rose to 20 on Tuesday and several more may be trapped, officials said.", "20", False),
    ("The quake killed 45 people and two more may be trapped.", "45", False),
    ("The quake killed 45 people and nine others may be missing.", "45", False),
    ("The quake killed 45 people and up to 100 may be trapped.", "45", False),
    ("The quake killed 45 people and rescuers fear more may be dead.", "45", False),
    ("The quake killed 45 people and their families may be homeless.", "45", False),
    ("The quake killed 45 people and residents may be homeless for months.", "45", False),
    ("The toll rose to 45 and police may have undercounted.", "45", False),
    ("THE QUAKE KILLED 45 PEOPLE AND TWO MORE MAY BE TRAPPED.", "45", False),
    ("About 20 miners and a rescuer may have died.", "About 20", True),
    ("Some 120 workers and the site manager may have been exposed.", "Some 120", True),
    ("ABOUT 200 MEN AND BOYS MAY HAVE BEEN KILLED.", "ABOUT 200", True),
    # the seventh review: the object of "killed" has no modal of its own; "their" may run on
    ("The quake killed 45 people and a dozen more may be trapped.", "45", False),
    ("The quake killed 45 people and an unknown number may be trapped.", "45", False),
    ("The quake killed 45 people and a second blast may have killed more.", "45", False),
    ("The quake killed 45 people and the building may have to be demolished.", "45", False),
    ("20 soldiers died and the government could have prevented the attack.", "20", False),
    ("About 300 migrants and their children may have drowned.", "About 300", True),
])
def test_an_upper_bound(sentence, text, bound):
    from briefing.compare import _upper_bound

    assert _upper_bound(Figure("a", 0, text, sentence)) is bound


def dated_groups(articles: dict[str, tuple[str, str]], embed) -> list[Discrepancy]:
    """`groups` for articles with a publication date: {id: (date, text)}."""
    return compare(figs({k: text for k, (_, text) in articles.items()}, {k: date for k, (date, _) in articles.items()}), embed=embed)


def test_article_dates_order_a_running_total(embed):
    """A tally with no time in its own sentence is ordered by its article's date (front matter,
    a sidecar or the page): one figure a source, each from another day, never smaller later."""
    found = dated_groups({"a": ("2026-11-20", "The death toll from the floods rose to 50, officials said."),
                          "b": ("2026-11-21", "The death toll from the floods has risen to 80, officials said.")}, embed)
    d = group_with(found, "b", "80")
    assert d.kind == "running-total"
    assert "50 (a, published 2026-11-20), then 80 (b, published 2026-11-21)" in d.statement and d.statement.endswith("is 80, from b.")
    # the later article with the smaller figure, two of one day: two estimates, not a rise
    for dates in (("2026-11-21", "2026-11-20"), ("2026-11-20", "2026-11-20")):
        found = dated_groups({"a": (dates[0], "The death toll from the floods rose to 50, officials said."),
                              "b": (dates[1], "The death toll from the floods has risen to 80, officials said.")}, embed)
        assert group_with(found, "b", "80").kind != "running-total", dates
    # not when (the eighth review) an undated article's figure joins in, a figure has a time of its own
    # ("in 2019", "will ... on Friday", "this morning"), or the counters differ
    for c in (("", "The death toll from the floods rose to 30, officials said."),
              ("2026-11-22", "In 2019, floods in the valley killed 300 people, officials said."),
              ("2026-11-22", "The death toll from the floods will rise to 500 on Friday, officials said."),
              ("2026-11-22", "The death toll from the floods rose to 90 this morning, officials said.")):
        found = dated_groups({"a": ("2026-11-20", "The death toll from the floods rose to 50, officials said."),
                              "b": ("2026-11-21", "The death toll from the floods has risen to 80, officials said."),
                              "c": c}, embed)
        assert all(d.kind != "running-total" for d in found if any(f.source == "c" for f in d.figures)), c
    found = dated_groups({"a": ("2026-11-20", "The death toll from the floods rose to 50, the government said."),
                          "b": ("2026-11-21", "The death toll from the floods has risen to at least 200, the opposition said.")}, embed)
    assert group_with(found, "b", "at least 200").kind != "running-total"


def test_counts_of_the_moment_in_dated_reports_of_different_days_may_have_changed(embed):
    """A count of the moment ("remain", "now", a toll) with no time of its own is of its article's date, so two dated reports
    of different days give it as it was then, not as rivals (the fifteenth blind set: critical 9 on Monday, 6 on Wednesday,
    4 a week on; soldiers 120, then 250 "now involved"); a weekday a dated report names is a date."""
    later = ("2025-06-18", "Six people remain in critical condition, the health ministry said.")
    found = dated_groups({"b": ("2025-06-16", "Nine people remain in critical condition, health officials said."), "g": later},
                         embed)
    d = group_with(found, "g", "Six")
    assert d.statement.startswith("Figures for people critical were given on different days, so they may have changed")
    assert "(according to the health ministry, in a report of June 18)" in d.statement
    found = dated_groups({"b": ("2025-06-19", "Nine people were in critical condition on Monday, health officials said."),
                          "g": later}, embed)
    assert "given on different days" in group_with(found, "g", "Six").statement  # (Monday June 16 in a report of Thursday)
    found = dated_groups({"b": ("2025-06-23", "Nine people were in critical condition last Monday, health officials said."),
                          "g": ("2025-06-23", "Six people remain in critical condition, the health ministry said.")}, embed)
    assert "given on different days" in group_with(found, "g", "Six").statement  # (June 16 and 23)
    found = dated_groups({"a": ("2025-05-07", "A total of 648 rescue workers, including 120 soldiers sent by the defence "
                                              "ministry, were taking part."),
                          "b": ("2025-05-08", "More than 900 people are now involved in the search, among them 250 soldiers.")},
                         embed)
    assert "given on different days" in group_with(found, "b", "250").statement
    found = dated_groups({"r": ("2025-12-01", "Holtmann, which already owns 8.2% of Ferrand, launched a bid."),
                          "b": ("2025-12-11", "Holtmann has continued to buy shares in the market and now owns 14.9% of Ferrand.")},
                         embed)  # (a stake "now" owned changes between reports; a day's market move does not)
    assert "given on different days" in group_with(found, "b", "14.9%").statement
    # not undated, nor of one day, nor a fixed fact with nothing of the moment (in its own clause), nor an earlier event's
    # toll, nor a week before ("last Monday" in a Monday's report: a review)
    for a, b in [(("", "Nine people remain in critical condition."), ("", "Six people remain in critical condition.")),
                 (("2025-06-15", "The ferry was carrying 180 passengers when it capsized, and rescuers are still searching."),
                  ("2025-06-17", "The ferry was carrying 220 passengers when it capsized off the coast, the coast guard said.")),
                 (("2025-06-15", "The promoter said it had sold 51,200 tickets, and police are still investigating the crush."),
                  ("2025-06-18", "The promoter said 49,300 tickets had been sold.")),
                 (("2025-06-18", "Nine people remain in critical condition."), later),
                 (("2025-06-15", "The promoter said it had sold 51,200 tickets."),
                  ("2025-06-18", "The promoter said 49,300 tickets had been sold.")),
                 (("2025-05-06", "It could become the deadliest landslide since 1987, when a slide in the Vessa valley killed "
                                 "31 people."),
                  ("2025-05-10", "It is the worst landslide disaster since 1987, when 43 people died in the Vessa valley."))]:
        found = [d for d in dated_groups({"a": a, "b": b}, embed) if d.differs]
        assert found and all("given on different days" not in d.statement for d in found), (a, b)


def test_front_matter_dates_reach_the_sources_list_and_the_running_total(tmp_path):
    from briefing.config import Settings
    from briefing.pipeline import build

    (tmp_path / "a.md").write_text("---\noutlet: Valeria Post\ndate: 2026-11-20\n---\n# Floods kill dozens in Valeria\n\n"
                                   "The death toll from the floods in Valeria rose to 50, officials said.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\noutlet: Daily Planet\ndate: 2026-11-21\n---\n# Valeria flood toll climbs\n\n"
                                   "The death toll from the floods in Valeria has risen to 80, officials said.\n", encoding="utf-8")
    briefing, _ = build(Settings(inputs=(str(tmp_path),), include_seen=True, voice="none", date="2026-11-23"))
    assert 'Valeria Post: "Floods kill dozens in Valeria", 2026-11-20 (' in briefing.markdown
    assert "50 (Valeria Post, published 2026-11-20), then 80 (Daily Planet, published 2026-11-21)" in briefing.markdown
    assert [s.date for s in briefing.sources] == ["2026-11-20", "2026-11-21"]


def test_the_user_review(embed):
    # inflation that "slowed to 1.8%" and "fell to 1.7 per cent" is one quantity that differs
    found = groups({"a": "The European Central Bank cut its deposit rate to 3.25% on Thursday as inflation in the euro zone slowed to 1.8% in September.",
                    "b": "The European Central Bank lowered its deposit rate to 3.25 per cent on Thursday, after euro zone inflation fell to 1.7 per cent in September."}, embed)
    assert group_with(found, "b", "1.7 per cent").kind == "competing"
    # two rival figures in one source's sentence are no steps of a rising count
    found = groups({"a": "Flash floods have killed at least 42 people in northern Bangladesh, the disaster management ministry said on Tuesday.",
                    "b": "Authorities in Bangladesh say 38 people have died in floods in the north-east of the country, while local media report a toll of 60.",
                    "c": "Floods in north-eastern Bangladesh have killed 51 people, according to the country's health directorate."}, embed)
    d = group_with(found, "b", "60")
    assert d.kind != "running-total" and "38 according to the authorities in Bangladesh (b)" in d.statement
    # "more than 50" is no end of a range
    found = groups({"a": "At least 12 people were killed and 45 injured when the trains collided, railway officials said.",
                    "b": "Fifteen people died and more than 50 were hurt after the trains collided, police said.",
                    "c": "At least 45 people were injured when the trains collided, officials said."}, embed)
    assert group_with(found, "b", "more than 50").statement.endswith("Read together: from 45 to more than 50.")


def test_the_ninth_review(embed):
    from briefing.compare import _author

    # a name that starts with a speaker's word keeps its capital
    assert [_author(a) for a in ("Ministry of Defence", "Council of Europe", "Authorities in Bangladesh", "Government officials")] == [
        "Ministry of Defence", "Council of Europe", "authorities in Bangladesh", "government officials"]
    # an untimed second figure of one source is a rival count, whatever the other's time (the tenth review)
    found = groups({"a": "The toll was 38 on Monday. A local hospital counted 60 dead.",
                    "b": "The death toll rose to 45 on Tuesday."}, embed)
    assert all(d.kind != "running-total" for d in found if any(f.text == "60" for f in d.figures))
    # ... but its own untimed update is the latest step of its count (the eleventh review)
    found = groups({"a": "The death toll was 38 on Monday. The death toll has risen to 60, officials said.",
                    "b": "The death toll rose to 45 on Tuesday."}, embed)
    assert group_with(found, "a", "60").kind == "running-total"
    # ... and another speaker's untimed count in it is a rival one (the twelfth review)
    found = groups({"a": "The death toll was 38 on Monday, officials said. A local hospital said the death toll had reached 60.",
                    "b": "The death toll rose to 45 on Tuesday."}, embed)
    assert group_with(found, "a", "60").kind != "running-total"
    # one source's own timed steps and its "so far" are a sequence, not rival counts
    found = groups({"a": "The toll was 800 on Monday night and 1,200 on Tuesday, and so far it has reached 1,350, officials said.",
                    "b": "The death toll rose to 1,500 on Wednesday, officials said."}, embed)
    assert group_with(found, "b", "1,500").kind == "running-total"


def test_opposite_moves_are_never_agreement(embed):
    # "rose 2%" and "fell 2%" share a number but not a fact: the statement quotes each move as written
    found = groups({"a": "Consumer prices rose 2% in October, the statistics office said.",
                    "b": "Consumer prices fell 2% in October, the statistics office said."}, embed)
    d = group_with(found, "a", "2%")
    assert d.kind == "opposite" and d.differs
    assert 'a writes "rose 2%" (in October' in d.statement and 'b writes "fell 2%" (in October' in d.statement
    found = groups({"a": "The company added 1,500 jobs in the quarter.", "b": "The company shed 1,500 jobs in the quarter."}, embed)
    assert group_with(found, "a", "1,500").kind == "opposite"
    # a level reached is no move: "rose to 2%" and "fell to 2%" agree on the level
    found = groups({"a": "Inflation rose to 2% in October.", "b": "Inflation fell to 2% in October."}, embed)
    assert group_with(found, "a", "2%").kind == "agree"


def test_one_number_with_different_hedges_is_said_as_each_source_writes_it(embed):
    # "at least 45" and "more than 45" can both be true: agreement, but neither wording is lost
    found = groups({"a": "At least 45 people were killed in the blast, police said.",
                    "b": "More than 45 people were killed in the blast, officials said."}, embed)
    d = group_with(found, "a", "At least 45")
    assert d.kind == "agree" and d.statement == "a and b agree on people killed: at least 45 (a) and more than 45 (b)."
    # "up to 45" and "more than 45" cannot both be true
    found = groups({"a": "Up to 45 people were killed in the blast, police said.",
                    "b": "More than 45 people were killed in the blast, officials said."}, embed)
    d = group_with(found, "a", "Up to 45")
    assert d.kind == "competing" and "Read together" not in d.statement


def test_fire_containment_is_one_quantity(embed):
    """User review: "12% contained" and "containment at 10%" sat side by side in In brief, never compared."""
    found = groups({"a": "The Carr Creek Fire was 12% contained by Monday evening, according to Cal Fire.",
                    "b": "The Carr Creek Fire had grown to 45,000 acres by Monday afternoon, with containment at 10%, according to Cal Fire."}, embed)
    d = group_with(found, "a", "12%")
    assert d.differs and ("b", "10%") in texts(d)


def test_the_thirteenth_review(embed):
    # a sentence that gives one figure twice: each figure's own words ("Imports fell 5% ... while exports rose 5%")
    found = groups({"a": "Imports fell 5% in March while exports rose 5%.", "b": "Exports rose 5% in March, the customs office said."}, embed)
    assert all(d.kind != "opposite" for d in found)
    # moves at different times, or from a named baseline, are said as moves, not as a disagreement
    d = group_with(groups({"a": "Oil prices fell 3% on Monday.", "b": "Oil prices rose 3% last week."}, embed), "a", "3%")
    assert d.kind == "opposite" and d.statement.startswith("The sources describe oil prices moving different ways:")
    d = group_with(groups({"a": "Retail sales were 2% lower than economists had expected.", "b": "Retail sales rose 2% in October."}, embed), "a", "2%")
    assert 'a writes "2% lower than economists had expected"' in d.statement
    # policy verbs move too
    d = group_with(groups({"a": "The central bank cut rates by 0.25 points on Thursday.",
                           "b": "The central bank raised rates by 0.25 points on Thursday."}, embed), "a", "0.25")
    assert d.kind == "opposite" and "disagree on which way" in d.statement
    # "under 45" and "over 45" cannot both be true
    d = group_with(groups({"b": "Under 45 people were killed.", "c": "Over 45 people were killed, officials said."}, embed), "b", "Under 45")
    assert d.kind == "competing"
    # one speaker under two names gives one count ("the health ministry", "the ministry")
    found = groups({"a": "The death toll was 38 on Monday, the health ministry said. The ministry said the death toll had risen to 60.",
                    "b": "The death toll rose to 45 on Tuesday."}, embed)
    assert group_with(found, "a", "60").kind == "running-total"
    # a toll that stayed at 12 did not rise
    found = groups({"a": "The death toll was 12 on Monday.", "b": "The death toll was 12 on Tuesday.", "c": "The death toll has reached 30."}, embed)
    assert group_with(found, "c", "30").kind != "running-total"


def test_the_fourteenth_review(embed):
    # another clause's verb is not the figure's move: "exports rose while imports dropped by 3%" is a drop
    found = groups({"a": "Exports rose while imports dropped by 3% in March, the customs office said.",
                    "b": "Imports fell 3% in March, the customs office said."}, embed)
    assert all(d.kind != "opposite" for d in found)
    # one baseline, one time: a disagreement
    d = group_with(groups({"a": "Prices fell 3% since January, the office said.", "b": "Prices rose 3% since January, the office said."}, embed), "a", "3%")
    assert "disagree on which way" in d.statement
    # every move of a source is said, not one per value
    from briefing.compare import _direction

    d = group_with(groups({"a": "Prices fell 2% in April and rose 2% in May.", "b": "Prices rose 2% in May."}, embed), "b", "2%")
    if d.kind == "opposite":  # (the fake encoder groups May's rises only: they agree)
        assert 'a writes "fell 2%" (in April)' in d.statement and "moving different ways" in d.statement
    else:
        assert d.kind == "agree" and {_direction(f)[0] for f in d.figures} == {"up"}


def test_the_fifteenth_review(embed):
    # "cut rates as expected by 25 basis points" is still a cut
    d = group_with(groups({"a": "The Fed cut rates as expected by 25 basis points on Wednesday.",
                           "b": "The Fed raised rates by 25 basis points on Wednesday."}, embed), "a", "25")
    assert d.kind == "opposite"
    # a baseline too long to quote is still a baseline
    d = group_with(groups({"a": "Tesla shares fell 3% from the all-time high they had hit after the surprise earnings report, traders said.",
                           "b": "Tesla shares rose 3%, traders said."}, embed), "a", "3%")
    assert "moving different ways" in d.statement


def test_the_second_user_review(embed):
    # the euro's move is the euro's, whatever the verb; the DAX is not the STOXX
    found = groups({"a": "The euro fell 0.5% to $1.08 after the decision, while the STOXX 600 index rose 0.8%. Germany's DAX index rose 0.4%.",
                    "b": "The euro rose 0.5% to $1.0865 after Lagarde's remarks. Germany's DAX index fell 0.3%."}, embed)
    assert not any(("a", "0.8%") in texts(d) and {("a", "0.4%"), ("b", "0.3%")} & texts(d) for d in found)
    if embed.__name__ != "fake_embed":  # (the fake encoder matches words, not meanings)
        assert group_with(found, "b", "0.5%").kind == "opposite"
    # "raised $5 million" is money collected, no move; a move of money is not a level of it
    from briefing.compare import _direction

    raised = figs({"a": "The appeal has raised $5 million, the charity said."})[0]
    assert _direction(raised)[0] == ""
    found = groups({"a": "The deficit rose $205 billion to nearly $1 trillion in 2019.",
                    "b": "The budget deficit was $984 billion in 2019, the Treasury said."}, embed)
    assert all(("a", "$205 billion") not in texts(d) for d in found)


def test_the_sixteenth_review(embed):
    # two things that each moved are no opposite moves of one thing
    for pair in ({"a": "China said exports rose 7.6% in May.", "b": "China said imports fell 1.8% in May."},
                 {"a": "Revenue rose 8% in March.", "b": "Profit fell 12% in March."}):
        assert all(d.kind != "opposite" for d in groups(pair, embed))
    # a loss said two ways is one quantity
    if embed.__name__ != "fake_embed":
        found = groups({"a": "Boeing lost $355 million in the quarter.", "b": "Boeing reported a loss of $400 million in the quarter."}, embed)
        assert group_with(found, "a", "$355 million").differs


def test_the_seventeenth_review(embed):
    # two places in capitals are two quantities
    found = groups({"a": "US inflation rose to 3.2% in March, official data showed.", "b": "UK inflation rose to 3.8% in March, official data showed."}, embed)
    assert not any({"a", "b"} <= {f.source for f in d.figures} for d in found)


@pytest.mark.parametrize("a, b", [
    ("The UK said Russia's losses rose 15% in May.", "The US said Russia's losses rose 20% in May."),
    ("The EU says the tariffs will raise prices by 10%.", "The US says the tariffs will raise prices by 2%."),
    ("British exports to the US fell 5% last year.", "UK exports to America fell 7% last year."),
])
def test_a_speaker_or_a_destination_in_capitals_is_not_whose_figure_it_is(a, b, embed):
    """The eighteenth review: the place rule had parted these (the speaker, or "to the US", read as the figure's place)."""
    assert grouped(a, b, embed)


def test_each_party_has_its_own_seats_and_vote_share(embed):
    """The second user review: every party's seats in one election were one group ("Figures for seats differ: ... 5, 33
    and 50 ..."), and the Moderates' 9.3% sat with the Social Democrats' 27.4%."""
    found = groups({
        "a": "With all votes counted, the Social Democrats took 27.4% of the vote and 50 seats. The Liberals, under Anders "
             "Vestergaard, won 33 seats. The centre-left bloc ended with 85 seats against 90 for the right-leaning parties.",
        "b": "Denmark's Social Democrats remained the largest party after Tuesday's election, winning 27.4 percent of the vote "
             "and 49 seats. The Liberal Party came second with 32 seats, a gain of nine. The Moderates won 9.3 percent of the vote.",
        "c": "Liberal leader Anders Vestergaard said his party's gain of 10 seats was the best in a generation. The centre-left "
             "\"red bloc\" was projected to win 87 seats.",
    }, embed)
    assert texts(group_with(found, "a", "50")) == {("a", "50"), ("b", "49")}
    assert texts(group_with(found, "a", "33")) == {("a", "33"), ("b", "32")}
    assert texts(group_with(found, "b", "nine")) == {("b", "nine"), ("c", "10")}
    assert texts(group_with(found, "a", "85")) == {("a", "85"), ("c", "87")}
    assert group_with(found, "a", "50").quantity.startswith("Social Democrats")
    assert not any(("b", "9.3 percent") in texts(d) and ("a", "27.4%") in texts(d) for d in found)


def test_a_turnout_is_nobody_s_vote_share(embed):
    found = groups({"a": "Turnout in Sunday's parliamentary election in Veloria was 61.2%, the electoral commission said.",
                    "b": "Preliminary results gave the Unity Party 139 seats, with turnout at around 61%."}, embed)
    assert texts(group_with(found, "a", "61.2%")) == {("a", "61.2%"), ("b", "around 61%")}


def test_a_rate_and_a_bond_yield_and_two_inflations_are_apart(embed):
    """The second user review, item 3: the unanimous 2.25% deposit rate was one "basis points" group with the Bund yield
    (2.41% vs 2.39%), and Bloomberg's underlying inflation 2.8% was set against everyone's headline 2.4%."""
    found = groups({
        "a": "The European Central Bank cut its deposit rate by 25 basis points to 2.25% on Thursday. Euro zone inflation eased "
             "to 2.4% in October. Germany's 10-year Bund yield, the benchmark for the bloc, fell 6 basis points to 2.41%.",
        "b": "The European Central Bank has cut interest rates by a quarter point to 2.25 per cent. Eurozone inflation fell to "
             "2.4 per cent in October. Italy's 10-year yield fell 10bp to 3.42 per cent.",
        "c": "The European Central Bank on Thursday cut its deposit facility rate by 25 basis points to 2.25%. Underlying "
             "inflation was 2.8%. Germany's 10-year yield fell 8 basis points to 2.39 per cent.",
    }, embed)
    rate = group_with(found, "a", "2.25%")
    assert not rate.differs and ("a", "2.41%") not in texts(rate)
    assert texts(group_with(found, "a", "2.41%")) == {("a", "2.41%"), ("c", "2.39 per cent")}
    assert not any(("c", "2.8%") in texts(d) for d in found)


@pytest.mark.parametrize("a, b", [
    ("China's exports to the US fell 10% in May from a year earlier, customs data showed.",
     "China's exports to the EU fell 5% in May from a year earlier, customs data showed."),
    ("Exports from the UK fell 5% last year.", "Exports from the US fell 8% last year."),
    ("HSBC's pre-tax profit fell 10% in the first half, HSBC said.", "BP's underlying profit fell 30% in the second quarter, BP said."),
    ("US inflation rose to 3.2% in March, the highest for the US since October.", "UK inflation rose to 3.4% in March, the ONS said."),
])
def test_names_after_one_preposition_or_named_apart_from_the_speech_part_figures(a, b, embed):
    """The nineteenth review: the eighteenth's fix had dropped every name after a preposition and every speaker's name."""
    assert not grouped(a, b, embed)


def test_a_party_named_with_its_country_is_the_party(embed):
    """The nineteenth review: "Britain's Labour Party won 412 seats" was in no group with "Labour won 412 seats", so the
    Guardian's 410 did not keep it from being credited with Reuters' point."""
    found = groups({"reuters": "Britain's Labour Party won 412 seats in the general election.", "bbc": "Labour won 412 seats.",
                    "guardian": "With almost all results declared, Labour had won 410 seats."}, embed)
    assert ("reuters", "412") in texts(group_with(found, "guardian", "410"))


def test_group_names_from_the_second_user_review(embed):
    """"Figures for see growth differ", "Figures for accident differ", "cent dollar announcement", "shortly" (a money
    figure's adverb as what it counts), and "agree on Germany Bund yield: 10-year" (a bond's maturity as a duration)."""
    found = groups({
        "a": "The ECB's staff now see growth of 0.9% in 2026. The train was travelling at 190 km/h when it derailed. "
             "Germany's 10-year Bund yield fell 6 basis points to 2.41%.",
        "b": "The ECB's quarterly projections see growth of 1.1% in 2026. The train's speed at the moment of the accident was "
             "195 kilometers per hour. Germany's 10-year yield fell 8 basis points to 2.39 per cent.",
    }, embed)
    assert group_with(found, "a", "0.9%").quantity == "growth"
    assert group_with(found, "a", "190 km/h").quantity == "speed"
    assert not any(f.text == "10-year" for d in found for f in d.figures)


@pytest.mark.parametrize("story, together, apart", [
    # the twentieth review: the possessive rule read a rival's name from another clause, a speaker's, and two spellings
    ({"ft": "Nvidia reported revenue of $35.1bn, up 94%. AMD's revenue rose 18% to $6.8bn.",
      "reuters": "Nvidia's revenue jumped 94% to $35.1 billion, far outpacing rival AMD, whose revenue rose 18% to $6.8 billion."},
     [("ft", "18%"), ("reuters", "18%")], []),
    ({"a": "Gaza's health ministry said at least 45 people were killed in the strike.",
      "b": "The UN's humanitarian office said 50 people were killed in the strike."}, [("a", "at least 45"), ("b", "50")], []),
    ({"a": "The UK's 10-year gilt yield rose 12 basis points to 4.5%.", "b": "Britain's 10-year gilt yield rose 11 basis points to 4.49%."},
     [("a", "4.5%"), ("b", "4.49%")], []),
    # seat gains said two ways; a majority; chambers and blocs
    ({"a": "The Conservatives lost 244 seats.", "b": "The Conservatives suffered a loss of 251 seats."}, [("a", "244"), ("b", "251")], []),
    ({"a": "Labour won 412 seats, a majority of 174.", "b": "Labour had won 410 seats, giving it a majority of 170."},
     [("a", "412"), ("b", "410")], [("a", "174")]),
    ({"a": "Republicans will control the Senate with 53 seats.", "b": "Republicans won 52 seats in the Senate."}, [("a", "53"), ("b", "52")], []),
    ({"a": "The left-leaning bloc won 86 seats in the election, while the right bloc won 89 seats.",
      "b": "The centre-left bloc won 85 seats in the election, against 90 for the right-leaning parties."},
     [("a", "89"), ("b", "90")], [("a", "86")]),
    ({"a": "Labour's share of the vote was 33.7%, and the Conservatives' share was 23.7%.", "b": "The Conservatives won 24% of the vote."},
     [("a", "23.7%"), ("b", "24%")], [("a", "33.7%")]),
    # not seats: a job loss is jobs
    ({"a": "Intel announced the loss of 15,000 jobs.", "b": "Intel is cutting about 17,500 jobs."}, [("a", "15,000"), ("b", "about 17,500")], []),
    # the same inflation measure named two ways
    ({"a": "The core CPI rose 3.3% in March.", "b": "The core consumer price index rose 3.2% in March."}, [("a", "3.3%"), ("b", "3.2%")], []),
    ({"a": "Core inflation rose to 3.3% in March.", "b": "Inflation excluding food and energy rose to 3.2% in March.",
      "c": "Food inflation rose to 3.2% in March."}, [("a", "3.3%"), ("b", "3.2%")], [("c", "3.2%")]),
])
def test_the_twentieth_review(story, together, apart, embed):
    if embed.__name__ == "fake_embed" and "Labour's share" in story.get("a", ""):
        pytest.skip("'share of the vote' and 'won 24% of the vote' are far apart for the stand-in encoder")
    found = groups(story, embed)
    group = texts(group_with(found, *together[0]))
    assert set(together) <= group and not set(apart) & group


@pytest.mark.parametrize("story, together", [
    # the twenty-first review: a measure word anywhere before the figure had made a headline rate a sub-measure
    ({"a": "Lower energy prices pulled euro zone inflation down to 2.4% in March.", "b": "Euro zone inflation eased to 2.5% in March, Eurostat said."},
     [("a", "2.4%"), ("b", "2.5%")]),
    ({"a": "The White House said inflation fell to 3.2% in May.", "b": "Consumer price inflation fell to 3.4% in May, the Labor Department said."},
     [("a", "3.2%"), ("b", "3.4%")]),
    ({"a": "Despite rising wages, inflation fell to 2.1% in May.", "b": "Inflation fell to 2.3% in May, official data showed."},
     [("a", "2.1%"), ("b", "2.3%")]),
    ({"a": "Core inflation eased to 2.8% and headline inflation fell to 2.4%.", "b": "Headline inflation fell to 2.5%, the agency said."},
     [("a", "2.4%"), ("b", "2.5%")]),
    ({"a": "The Federal Reserve's benchmark rate was left at 4.5% on Wednesday.", "b": "The Fed's benchmark rate was left at 4.25% on Wednesday."},
     [("a", "4.5%"), ("b", "4.25%")]),
])
def test_the_twenty_first_review_same_quantity(story, together, embed):
    if embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    assert set(together) <= texts(group_with(groups(story, embed), *together[0]))


@pytest.mark.parametrize("story", [
    {"a": "The BJP won 240 seats in the election.", "b": "The Congress party won 99 seats in the election."},
    {"a": "Labour won 412 seats in the election.", "b": "Scottish Labour won 37 seats in the election."},
    {"a": "The Left Party won 24 seats in the election.", "b": "The left bloc won 173 seats in the election."},
    {"a": "The LDP won 191 seats in the election.", "b": "The ruling LDP-Komeito coalition won 215 seats in the election."},
    {"a": "Labour won 34% of the vote, with turnout at 60%, falling 7 percentage points.",
     "b": "Labour won 33.7% of the vote, rising 1.6 percentage points."},
])
def test_the_twenty_first_review_different_quantities(story, embed):
    assert not any(d.kind == "opposite" or ({"a", "b"} <= {f.source for f in d.figures} and d.kind == "competing" and
                                            len({f.value for f in d.figures}) > 1 and "%" not in d.statement) for d in groups(story, embed))


def test_two_companies_share_moves_are_two_quantities_and_one_company_s_up_and_down_are_opposite(embed):
    """The third user review: "Airbus shares fell 1.1% in Paris" was grouped with "Meridian shares fell 2.8%", and the real
    contradiction (AP "fell 2.8%", Reuters "closed 2.8% higher") was lost."""
    found = groups({"ap": "Meridian shares fell 2.8% on Monday.",
                    "dw": "Airbus shares fell 1.1% in Paris on Tuesday, while Meridian's stock rose 0.9% in New York.",
                    "reuters": "Meridian shares closed 2.8% higher on Monday, as investors bet the strike would be short."}, embed)
    assert ("dw", "1.1%") not in texts(group_with(found, "ap", "2.8%"))
    if embed.__name__ != "fake_embed":
        assert group_with(found, "ap", "2.8%").kind == "opposite"


@pytest.mark.parametrize("story, together", [
    ({"a": "The core personal consumption expenditures price index rose 2.8% in May.",
      "b": "The core PCE price index, the Fed's preferred measure of underlying inflation, rose 2.7% in May."}, [("a", "2.8%"), ("b", "2.7%")]),
    ({"a": "Reform UK won 5 seats in the election.", "b": "Reform won 4 seats in the election."}, [("a", "5"), ("b", "4")]),
    ({"a": "Centre-left Labour won 411 seats in the election.", "b": "Labour won 412 seats in the election."}, [("a", "411"), ("b", "412")]),
])
def test_the_twenty_second_review_same_quantity(story, together, embed):
    assert set(together) <= texts(group_with(groups(story, embed), *together[0]))


def test_core_is_not_the_headline_pce(embed):
    found = groups({"a": "The core personal consumption expenditures (PCE) price index rose 2.8% in May.",
                    "b": "The PCE price index rose 2.3% in May."}, embed)
    assert not any({"a", "b"} <= {f.source for f in d.figures} for d in found)


def test_a_site_is_not_the_world_and_a_day_is_not_the_year(embed):
    """The third user review: "its site in Saint-Nazaire, France, which employs about 1,500 people" against "employs about
    20,000 people worldwide", and shares "falling as much as 4%" on Monday against "have fallen 18 per cent this year"."""
    found = groups({"dw": "Meridian builds wing parts for Airbus at its site in Saint-Nazaire, France, which employs about 1,500 people.",
                    "ft": "Meridian employs about 20,000 people worldwide. Meridian's shares, which have fallen 18 per cent this year, dropped 2.8 per cent on Monday.",
                    "reuters": "Meridian shares closed 2.8% higher on Monday, after earlier falling as much as 4% on Monday."}, embed)
    assert not any({("dw", "about 1,500"), ("ft", "about 20,000")} <= texts(d) for d in found)
    assert not any({("ft", "18 per cent"), ("reuters", "as much as 4%")} <= texts(d) for d in found)


@pytest.mark.parametrize("a, b", [
    # the twenty-fourth review: a rate alone does not make two sums one quantity (28233f2 had grouped these; reverted)
    ("The strike is costing the airline about $50 million a day.", "The airline is losing $20 million a day in ticket revenue."),
    ("Deutsche Bank shares fell 4% on Monday.", "Deutsche Telekom shares fell 2% on Monday."),
    ("Wall Street stocks fell 2% on Monday.", "Apple shares fell 4% on Monday."),
    ("U.S. Steel shares rose 10% on Monday.", "Cleveland-Cliffs shares rose 4% on Monday."),
])
def test_the_twenty_fourth_review_different_quantities(a, b, embed):
    assert not grouped(a, b, embed)


@pytest.mark.parametrize("a, b", [
    ("Apple Inc shares fell 3% on Monday.", "Apple shares fell 5% on Monday."),
    ("On Monday Apple shares fell 3%.", "Apple's shares fell 5% on Monday."),
    ("London-listed Shell shares fell 3% on Monday.", "Shell shares fell 5% on Monday."),
    ("Soaring energy bills drove UK inflation to 3.8% in September.", "UK inflation rose to 4.0% in September."),
])
def test_the_twenty_third_review_same_quantity(a, b, embed):
    if embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    assert grouped(a, b, embed)


def test_the_twenty_fifth_review(embed):
    assert not any({"a", "b"} <= {f.source for f in d.figures} for d in groups(
        {"a": "Alphabet's Class A shares rose 2.1% on Tuesday.", "b": "Microsoft shares rose 3.4% on Tuesday."}, embed))
    if embed.__name__ != "fake_embed":
        found = groups({"a": "Japanese shares fell 1.5% on Monday.", "b": "Tokyo stocks fell 1.8% on Monday."}, embed)
        assert ("b", "1.8%") in texts(group_with(found, "a", "1.5%"))


@pytest.mark.parametrize("a, b, together", [
    # the twenty-sixth review
    ("Tokyo stocks fell 1.5% on Monday.", "Shanghai stocks fell 0.8% on Monday.", False),
    ("Bank of China shares fell 3.2% on Monday.", "Chinese stocks fell 1.1% on Monday.", False),
    ("Japan's Toyota shares rose 3.1% on Monday.", "Toyota shares rose 2.6% on Monday.", True),
    ("Berkshire Hathaway's Class B shares rose 2.1% on Monday.", "Berkshire Hathaway shares rose 2.5% on Monday.", True),
])
def test_the_twenty_sixth_review(a, b, together, embed):
    if together and embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    assert grouped(a, b, embed) == together


@pytest.mark.parametrize("a, b, together", [
    # the twenty-seventh review: a company named after a city is no market; a country's market is its city's
    ("Tokyo Electron shares fell 4.1% on Monday.", "Tokyo stocks fell 1.2% on Monday.", False),
    ("New York Times Co shares rose 3.1% on Monday.", "New York stocks rose 1.1% on Monday.", False),
    ("China Evergrande shares fell 4% on Monday.", "China stocks fell 1% on Monday.", False),
    ("Japan stocks fell 1.5% on Monday.", "Tokyo stocks fell 1.8% on Monday.", True),
    ("Taiwan shares fell 1.5% on Monday.", "Taiwanese stocks fell 1.8% on Monday.", True),
])
def test_the_twenty_seventh_review(a, b, together, embed):
    if together and embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    assert grouped(a, b, embed) == together


@pytest.mark.parametrize("a, b, together", [
    # the twenty-eighth review: a country's market is its own city's, not any market's
    ("Japan stocks fell 1.5% on Monday.", "China stocks fell 1.8% on Monday.", False),
    ("Japan stocks fell 1.5% on Monday.", "Shanghai stocks fell 1.8% on Monday.", False),
    ("India shares fell 1.5% on Monday.", "Shanghai stocks fell 1.8% on Monday.", False),
    ("Taiwan shares fell 1.5% on Monday.", "Tokyo stocks fell 1.8% on Monday.", False),
    ("Japanese shares fell 1.5% on Monday.", "US stocks fell 1.8% on Monday.", False),
    ("India shares fell 1.5% on Monday.", "Mumbai shares fell 1.8% on Monday.", True),
])
def test_the_twenty_eighth_review(a, b, together, embed):
    if together and embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    assert grouped(a, b, embed) == together


def test_a_source_that_gives_two_values_of_one_quantity_at_once_is_reading_two_quantities(embed):
    """The fourth user review: an aftershock's magnitude was set among the counts of aftershocks, and pledged and bought
    doses among the doses delivered, each as one source's two estimates. A source's own contradicting pair leaves the
    group, and the others are still compared."""
    found = groups({"r": "The institute recorded more than 120 aftershocks, the strongest of which measured 5.8.",
                    "b": "There have been 134 aftershocks by Wednesday morning, the institute said.",
                    "a": "More than 150 aftershocks had been recorded by Thursday."}, embed)
    d = group_with(found, "b", "134")
    assert ("a", "more than 150") in {(s, t.lower()) for s, t in texts(d)} and ("r", "5.8") not in texts(d)
    found = groups({"bbc": "Japan donated 50,000 doses and the EU has bought 215,000 doses for the country.",
                    "r": "About 99,000 doses arrived in Kinshasa on Thursday, the ministry said.",
                    "a": "The 100,000 doses landed at the airport, the minister said."}, embed)
    d = group_with(found, "r", "About 99,000")
    assert texts(d) == {("r", "About 99,000"), ("a", "100,000")}
    # two in one sentence: a whole and its part; the one worded like the other sources' stays
    found = groups({"a": "Forty-one people were injured, six of them critically.",
                    "b": "Thirty-seven people were injured in the fire on Tuesday."}, embed)
    d = group_with(found, "b", "Thirty-seven")
    assert ("a", "Forty-one") in texts(d) and ("a", "six") not in texts(d)
    # a value another source gives too is shared, not contradicted
    found = groups({"a": "The Senate passed the bill by a vote of 21 to 19.", "b": "The bill passed on a vote of 21-19."}, embed)
    assert found and all(not d.differs for d in found)


def test_shares_of_the_economy_are_grouped_by_what_they_measure(embed):
    """heldout9: the deficit at 3.4% of GDP and at 3.4% of national income agree; public debt at 98.5% of GDP is not
    spending at 47% of GDP."""
    found = groups({"a": "The budget cuts the deficit to 3.4% of gross domestic product next year.",
                    "b": "Tomas Reyn said the deficit would fall to 3.4% of national income next year."}, embed)
    d = group_with(found, "a", "3.4%")
    assert ("b", "3.4%") in texts(d) and not d.differs
    found = groups({"a": "Public debt is projected to peak at 98.5% of GDP in 2027.",
                    "b": "Public spending will total €612bn next year, equivalent to 47% of GDP."}, embed)
    assert not [d for d in found if {f.source for f in d.figures} == {"a", "b"}]


@pytest.mark.parametrize("articles, a_has, b_has", [
    # the twenty-ninth review: a source's hedged lede and its exact count, a range and its middle, a running total and a
    # town's count beside the nation's are no contradiction of its own
    ({"a": "More than 40 people were killed in the attack. The attack killed 43 people, officials said.",
      "b": "The attack killed 50 people."}, "43", "50"),
    ({"a": "Nearly 300 people died. The quake killed 296 people.", "b": "The quake killed 310 people."}, "296", "310"),
    ({"a": "Between 20,000 and 30,000 people marched. Some 25,000 protesters gathered in the square.",
      "b": "About 50,000 people marched."}, "Some 25,000", "About 50,000"),
    ({"a": "Twelve people were killed on the road, bringing the death toll to 15.", "b": "Eighteen people were killed."},
     "15", "Eighteen"),
    ({"a": "A magnitude 7.1 earthquake struck southern Peru on Monday.",
      "b": "A magnitude 7.0 earthquake struck southern Peru on June 28, 2024."}, "7.1", "7.0"),
    ({"a": "In the region of 40,000 people have fled the fighting since Monday.",
      "b": "About 35,000 people have fled the fighting."}, "40,000", "About 35,000"),
])
def test_the_twenty_ninth_review(articles, a_has, b_has, embed):
    if embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    d = group_with(groups(articles, embed), "a", a_has)
    assert ("b", b_has) in texts(d)


def test_shares_of_the_economy_of_one_kind_in_other_words(embed):
    if embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    found = groups({"a": "Military spending will reach 2.3% of GDP next year.",
                    "b": "Spending on defence will reach 2.5% of GDP next year."}, embed)
    assert group_with(found, "a", "2.3%") is group_with(found, "b", "2.5%")


@pytest.mark.parametrize("articles, together, apart", [
    # the thirtieth review: a magnitude in a month of another year is another quake; a source's two counts 10% apart, or
    # 'at least 12' in a district beside 400 nationwide, are two quantities; a place's part and the new deaths go, the
    # whole stays
    ({"a": "A magnitude 8.0 earthquake struck Mexico City in September 1985.",
      "b": "A magnitude 7.1 earthquake struck Mexico City on Tuesday."}, set(), {("a", "8.0"), ("b", "7.1")}),
    ({"a": "About 1,000 people were injured in the blast. About 1,100 people were hurt in the clashes that followed.",
      "b": "About 2,000 people were injured."}, set(), {("a", "About 1,000"), ("b", "About 2,000")}),
    ({"a": "In Havana, 12 people died. The storm killed 40 people across the country.", "b": "The storm killed 45 people."},
     set(), {("a", "12")}),  # (the thirty-fourth review: which is the whole cannot be told, so neither of a's is set out)
    ({"a": "Twelve people were killed on the road, bringing the death toll to 15.", "b": "Eighteen people were killed."},
     {("a", "15"), ("b", "Eighteen")}, {("a", "Twelve")}),
])
def test_the_thirtieth_review(articles, together, apart, embed):
    together_and_apart(articles, together, apart, embed)


@pytest.mark.parametrize("articles, together, apart", [
    # the thirty-first review: the part is the count in another place than the other sources' (or the new deaths); a loose
    # lower bound in a lede and the story's count are one; a target year is its own quantity
    ({"a": "The storm killed 40 people in Cuba. Twelve people were killed when a building collapsed.",
      "b": "The storm killed 35 people in Cuba."}, {("a", "40"), ("b", "35")}, {("a", "Twelve")}),
    ({"a": "More than 100 people were killed in the floods. The floods killed 137 people.", "b": "The floods killed 130 people."},
     {("a", "137"), ("b", "130")}, set()),
    ({"a": "President Biden will propose a $6 trillion budget on Friday.",
      "b": "The plan asks for total spending to hit $8.2 trillion by 2031."}, set(), {("a", "$6 trillion"), ("b", "$8.2 trillion")}),
])
def test_the_thirty_first_review(articles, together, apart, embed):
    together_and_apart(articles, together, apart, embed)


@pytest.mark.parametrize("articles, together, apart", [
    # the thirty-second review: one target said 'by 2030' and 'in 2030' is one quantity; hedges do not hide a part in
    # another place (which of a's goes, if either, is the thirty-fourth review's rule)
    ({"a": "Total spending is projected to hit $8.2 trillion by 2031.",
      "b": "Total spending is projected to reach $7.9 trillion in 2031."}, {("a", "$8.2 trillion"), ("b", "$7.9 trillion")}, set()),
    ({"a": "In Gaza City, at least 20 people were killed. The strikes killed 28 people across the territory.",
      "b": "Israeli strikes killed 31 people."}, set(), {("a", "at least 20")}),
    ({"a": "The storm killed 40 people in Cuba. Twelve people were killed when a building collapsed.",
      "b": "The storm killed 35 people."}, set(), {("a", "Twelve")}),
])
def test_the_thirty_second_review(articles, together, apart, embed):
    together_and_apart(articles, together, apart, embed)


@pytest.mark.parametrize("articles, together, apart", [
    # the thirty-third and thirty-fourth reviews: of a source's pair in two places, the one whose place the others do not
    # name goes (Niger is not Nigeria), and neither where they name none; a target year is its own quantity against a
    # figure of another year
    ({"a": "Floods have killed 200 people in Nigeria. Floods have killed 50 people in Niger.",
      "b": "Floods have killed 60 people in Niger."}, {("a", "50"), ("b", "60")}, {("a", "200")}),
    ({"a": "The flu has killed 120 people in New York City this season. Nationally, the flu has killed 90 people this season.",
      "b": "The flu has killed 95 people this season."}, set(), {("a", "120")}),
    ({"a": "Twelve people were killed when a building collapsed in Havana. The storm killed 40 people across Cuba.",
      "b": "The storm killed 15 people in Cuba.", "c": "The storm killed 18 people in Cuba."}, {("a", "40"), ("b", "15")},
     {("a", "Twelve")}),
    ({"a": "The national debt is projected to reach $50 trillion by 2034.", "b": "The national debt stood at $34 trillion in 2024."},
     set(), {("a", "$50 trillion"), ("b", "$34 trillion")}),
    # the thirty-fifth review: a figure of another year or of now, however dated, is no target's
    ({"a": "Total spending is projected to hit $8.2 trillion by 2031.", "b": "Total spending was $6.1 trillion in fiscal 2025."},
     set(), {("a", "$8.2 trillion"), ("b", "$6.1 trillion")}),
    ({"a": "Total spending is projected to hit $8.2 trillion by 2031.", "b": "Total spending was $6.1 trillion last year."},
     set(), {("a", "$8.2 trillion"), ("b", "$6.1 trillion")}),
    ({"a": "The national debt is projected to reach $40 trillion by 2030.", "b": "The national debt hit $34 trillion in January."},
     set(), {("a", "$40 trillion"), ("b", "$34 trillion")}),
    ({"a": "The EU wants to cut greenhouse gas emissions by 55% by 2030.",
      "b": "The EU wants to cut greenhouse gas emissions by 50% by the end of the decade."}, {("a", "55%"), ("b", "50%")}, set()),
])
def test_the_thirty_third_review(articles, together, apart, embed):
    together_and_apart(articles, together, apart, embed)


def test_what_a_majority_takes_is_no_party_s_seats(embed):
    """The fifth user review: "A party needs 116 seats for a majority" was set against the AD's 79 seats."""
    found = groups({"a": "The Democratic Alliance won 79 seats, the interior ministry said.",
                    "b": "The Democratic Alliance collected 79 seats. A party needs 116 seats for a majority."}, embed)
    assert not [d for d in found if {("a", "79"), ("b", "116")} <= texts(d)]


@pytest.mark.parametrize("written, value, more, more_value", [
    ("18.1%", 18.1, "18.06%", 18.06), ("18%", 18, "18.4%", 18.4), ("1.2 million", 1.2e6, "1.24 million", 1.24e6)])
def test_a_figure_to_fewer_places_is_the_other_rounded(written, value, more, more_value):
    """The fifth user review: Chega's 18.06% and 18.1% of the vote were reported as a difference."""
    from briefing.compare import _rounds

    a, b = Figure("a", value, written, written), Figure("b", more_value, more, more)
    assert _rounds(a, b) and not _rounds(b, a)
    assert not _rounds(Figure("a", 18.2, "18.2%", ""), Figure("b", 18.06, "18.06%", ""))
    assert not _rounds(Figure("a", 1e12, "$1 trillion", ""), Figure("b", 1.2e12, "$1.2 trillion", ""))  # neus-test-23: 17% off


def test_a_party_s_share_written_to_fewer_places_is_close_not_a_difference(embed):
    found = groups({"a": "Chega won 18.1% of the vote and 48 seats.", "b": "Chega got 18.06% of the vote, giving it 48 seats."}, embed)
    share = group_with(found, "a", "18.1%")
    assert share.kind != "competing" and "differ" not in share.statement


def test_a_count_at_one_site_is_a_part_not_a_rival_of_the_whole(embed):
    """The fifth user review: "about 600 people spent Monday night" at one shelter was set among 14,000 and 20,000
    evacuated, and the group was named after the shelter."""
    found = groups({
        "a": "The wildfire forced about 14,000 residents to flee on Tuesday, fire officials said.",
        "b": "The wildfire forced the evacuation of some 20,000 people on Tuesday, authorities said.",
        "c": "Shelters were opened at the Palmdale Oasis Park Recreation Center, where about 600 people spent Monday night, "
             "the American Red Cross said."}, embed)
    assert not [d for d in found if ("c", "about 600") in texts(d)]
    assert all("Palmdale" not in d.quantity for d in found)


def test_a_district_s_turnout_is_no_rival_of_the_national_one(embed):
    found = groups({"a": "Turnout was 66.2%, the highest since 1995, according to the ministry.",
                    "b": "Turnout was about 66%, officials said.",
                    "c": "Abstention fell to 33.8%. In Lisbon district, turnout reached 68.9%."}, embed)
    assert not [d for d in found if ("c", "68.9%") in texts(d)]


def test_a_place_another_source_names_stays_in_the_group(embed):
    together_and_apart({"a": "The earthquake killed 300 people in the Hatay district, officials said.",
                        "b": "Rescuers in the Hatay district said the quake killed 250 people."},
                       {("a", "300"), ("b", "250")}, set(), embed)


def test_an_area_with_nothing_counted_is_named_as_an_area(embed):
    found = groups({"a": "The Canyon Ridge Fire had burned 18,900 acres overnight, the sheriff said.",
                    "b": "The fire had burned more than 19,000 acres by Wednesday, officials said."}, embed)
    assert group_with(found, "a", "18,900 acres").quantity == "area burned"
    found = groups({"a": "Evacuation orders around the fire now cover 40,000 acres, the sheriff said.",  # (the thirty-sixth
                    "b": "Evacuation orders around the fire cover 35,000 acres, officials said."}, embed)  # review)
    assert all(d.quantity != "area burned" for d in found)


def test_a_site_another_source_names_in_a_sentence_without_figures_stays(embed):
    """The thirty-sixth review: a source named the hospital only in a sentence with no figure, and a true difference went."""
    articles = {"a": "At least 12 people were killed at Nasser Hospital on Monday, health officials said.",
                "b": "An Israeli strike hit Nasser Hospital in Khan Younis on Monday. At least 20 people were killed, health "
                     "officials said."}
    found = compare(figs(articles), embed=embed, texts=articles)
    assert [d for d in found if {("a", "At least 12"), ("b", "At least 20")} <= texts(d)]


def test_a_majority_won_is_no_threshold():
    from briefing.compare import _what_a_majority_takes

    assert not _what_a_majority_takes(figs({"a": "The referendum passed with a majority of 56% of votes cast."})[0])
    assert _what_a_majority_takes(figs({"a": "It fell below the threshold of 5% needed to enter parliament."})[0])


def test_a_session_s_peak_is_no_rival_of_a_close(embed):
    """The fifth user review: "rose as much as 6.4%" (the biggest intraday gain) was set against "closed up 4.9%"."""
    found = groups({"a": "Nordvik shares rose as much as 6.4% in Stockholm trading, the biggest intraday gain since March.",
                    "b": "Shares in Nordvik closed up 4.9% at 87.40 crowns."}, embed)
    assert not [d for d in found if {("a", "as much as 6.4%"), ("b", "4.9%")} <= texts(d)]


def test_a_workforce_is_no_rival_of_a_cut_in_it(embed):
    """The fifth user review: "It had about 50,000 employees at the end of June" was set against redundancy notices to
    2,700 employees."""
    found = groups({"a": "Nordvik will issue redundancy notices to 2,700 employees in Sweden, the company said on Wednesday.",
                    "b": "Nordvik delivered 118,000 vehicles. It had about 50,000 employees at the end of June."}, embed)
    assert not [d for d in found if {("a", "2,700"), ("b", "about 50,000")} <= texts(d)]


@pytest.mark.parametrize("text, written, whole", [
    ("It had about 50,000 employees at the end of June.", "about 50,000", True),
    ("The company employs 12,000 people worldwide.", "12,000", True),
    ("It will shed 3,000 jobs from a workforce of 40,000.", "40,000", True),
    ("It will shed 3,000 jobs from a workforce of 40,000.", "3,000", False),
    ("The protest had 5,000 people.", "5,000", False),  # a crowd
    ("It will lay off 2,000 workforce members.", "2,000", False),
    ("The federation has 13,850 members, according to its website.", "13,850", True),  # (not its 11,000 strikers)
    ("A new committee would have 13 members.", "13", False),  # (a size, as in "appoint 13 members")
])
def test_a_headcount_is_told_from_a_change(text, written, whole):
    from briefing.compare import _headcount

    assert _headcount(next(f for f in figs({"a": text}) if f.text == written)) is whole


def test_a_place_s_population_is_never_compared(embed):
    """The sixth user review: Klodzko's 26,000 people against Ostrava's 280,000, Paris's 2.1 million against its region's
    12 million, reported as differences."""
    found = groups({"a": "In Klodzko, a town of about 26,000 people, residents were evacuated as the river rose.",
                    "b": "Ostrava, a city of 280,000 people, saw parts of its Marianske Hory district under water."}, embed)
    assert not [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]
    found = groups({"a": "Paris, a city of some 2.1 million inhabitants, saw metro services cut by half.",
                    "b": "Paris, whose greater metropolitan area is home to about 12 million people, saw schools shut."}, embed)
    assert not [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]


def test_two_countries_toll_is_no_rival_of_one_country_s(embed):
    found = groups({"a": "Storm Boris has killed at least 15 people in Poland and the Czech Republic, officials said Monday.",
                    "b": "In Poland, police said nine people had died in the storm."}, embed)
    assert not [d for d in found if {("a", "at least 15"), ("b", "nine")} <= texts(d)]


def test_a_count_beside_a_population_is_still_compared(embed):
    """The thirty-seventh review: '4' in "killed 4 people in Klodzko, a town of about 40,000" was read as the population."""
    found = groups({"a": "Floods killed 4 people in Klodzko, a town of about 40,000.",
                    "b": "Floods killed 7 people in Klodzko, the mayor said."}, embed)
    assert [d for d in found if {("a", "4"), ("b", "7")} <= texts(d)]


def test_a_forecast_is_no_rival_of_an_outturn(embed):
    """The sixth user review: the Bank's year-end forecast was set among June's inflation."""
    found = groups({"a": "Consumer price inflation fell to 7.9% in June. The BoE now expects inflation to fall to around 4.9% "
                         "by the end of this year.",
                    "b": "The Bank said it expected inflation to fall to 5% by the end of the year."}, embed)
    assert not [d for d in found if {("a", "7.9%"), ("b", "5%")} <= texts(d)]
    assert [d for d in found if {("a", "around 4.9%"), ("b", "5%")} <= texts(d)]


def test_an_expected_cost_is_the_cost():
    from briefing.compare import _forecast

    assert not _forecast(figs({"a": "The company said it expected the recall to cost about €45m."})[0])


def test_two_local_currencies_are_two_countries_amounts(embed):
    """The sixth user review: Poland's 5 billion zlotys were set against the Czech 30 billion koruna (both about €1.2bn)."""
    found = groups({"a": "The Polish government said damage could total 5 billion zlotys.",
                    "b": "The Czech finance ministry estimated damage of 30 billion koruna."}, embed)
    assert not [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]


def test_a_rate_of_another_month_or_a_currency_s_move_is_no_rival_of_inflation(embed):
    """The sixth user review: December 2021's 5.4% and sterling's 0.3% rise were set against June's 7.9%."""
    found = groups({"a": "When the Bank began raising rates in December 2021, inflation was 5.4%. Sterling rose 0.3% against "
                         "the dollar.",
                    "b": "Consumer price inflation fell to 7.9% in June."}, embed)
    assert not [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]
    found = groups({"a": "Inflation fell to 7.8% in June.", "b": "Consumer price inflation fell to 7.9% in June."}, embed)
    assert [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]


def test_a_step_in_years_is_no_rival_of_a_length_in_years(embed):
    """The sixth user review: raising the pension age by two years against 43 years of contributions."""
    found = groups({"a": "The government says raising the pension age by two years will balance the system by 2030.",
                    "b": "The plan would raise the pension age to 64 by 2030 and require 43 years of contributions."}, embed)
    assert not [d for d in found if {("a", "two years"), ("b", "43 years")} <= texts(d)]


def test_one_source_s_two_values_are_two_quantities(embed):
    """The seventh user review: one article's 10,200 trucks delivered and 29,000 on order were one 'trucks' group."""
    found = groups({"a": "Kestrel delivered 10,200 trucks in the quarter. Its order book stood at 29,000 trucks.",
                    "b": "The company delivered 10,200 trucks between July and September."}, embed)
    assert not [d for d in found if {("a", "10,200"), ("a", "29,000")} <= texts(d)]
    assert [d for d in found if {("a", "10,200"), ("b", "10,200")} <= texts(d) and not d.differs]


def test_one_source_s_two_counts_by_two_speakers_or_times_stay_one_quantity(embed):
    found = groups({"a": "Police said 80,000 people marched in Paris, while the CGT union said 500,000 people marched in Paris.",
                    "b": "The interior ministry said 87,000 people marched in Paris."}, embed)
    assert [d for d in found if {("a", "80,000"), ("a", "500,000")} <= texts(d)]


def test_a_value_its_source_also_gives_another_way_is_set_against_no_one(embed):
    """NeuS: 'six new countries' and 'They join seven countries' in one article; another says 'the other five nations'."""
    found = groups({"a": "The travel ban was expanded to six countries. They join seven countries on the earlier list.",
                    "b": "Officials named the six countries on Friday."}, embed)
    assert not [d for d in found if ("a", "seven") in texts(d) and d.differs]


def test_half_a_million_is_read_together_as_half_a_million(embed):
    """The seventh user review: 'about half a million' was read together as 'a million'."""
    found = groups({"a": "Brightwell had about 480,000 customers.", "b": "Brightwell had about half a million customers."}, embed)
    statement = group_with(found, "b", "about half a million").statement
    assert "half a million" in statement and "and a million" not in statement


def test_a_day_s_count_is_no_rival_of_the_year_s(embed):
    """The seventh user review: 'about 270 migrants were rescued ... on Thursday' against 4,900 rescued this year."""
    found = groups({"a": "About 270 migrants were rescued in a separate operation on Thursday.",
                    "b": "The coastguard has rescued about 4,900 migrants this year."}, embed)
    assert not [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]


@pytest.mark.parametrize("a, b", [
    # the ninth user review's reservoirs and the seventh's shipwreck: a month of a past year is not now
    ("In Catalonia, reservoirs fell to 16% in early 2024 during a severe drought.",
     "In Andalusia, reservoirs were at just 22%, and towns have been supplied by tanker trucks since July."),
    ("The trawler sank in June 2023 with an estimated 500 to 600 people on board.",
     "More than 9,000 people have arrived on board boats so far this year."),
])
def test_a_past_year_s_figure_is_no_rival_of_now(a, b, embed):
    from briefing.compare import _other_year
    found = groups({"a": a, "b": b}, embed)
    assert not [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]
    assert not _other_year("in 2024", "since July 2024") and _other_year("in early 2024", "since July")
    # the ninth review's heat deaths "Last summer"; the fourth's "654 deaths at the same point last year" against 643
    assert _other_year("Last summer", "on Sunday") and _other_year("last year", "") and not _other_year("last year", "in 2025")
    # the fourteenth session's review: "since 2022" runs to now; "in 2024" is this year in a 2024 article
    assert not _other_year("since 2022", "to date") and not _other_year("in 2024", "this year", "2024")
    assert not _other_year("since last year", "")


@pytest.mark.parametrize("articles, differ", [
    # the thirty-eighth review: regressions of the session's rules, fixed
    ({"s0": "The floods have killed 150 people.", "s1": "The floods have killed 205 people. Floods in 2021 killed 220 people."},
     ("s0", "150")),
    ({"s0": "Oil prices rose 3% on Monday after the attack.", "s1": "Oil rose 5% on Monday after the attack."}, ("s0", "3%")),
    ({"s0": "Air raid sirens sounded in Kyiv. Kyiv said Russia launched 120 drones overnight.",
      "s1": "Russia launched 90 drones overnight, Moscow said. Officials in Moscow said all hit their targets."}, ("s0", "120")),
    ({"s0": "The scheme will cost £2 billion a year before savings are counted, the Treasury said.",
      "s1": "The scheme will cost £3 billion a year, the Treasury said."}, ("s0", "£2 billion")),
])
def test_the_thirty_eighth_review(articles, differ, embed):
    if embed.__name__ == "fake_embed":
        pytest.skip("the stand-in encoder does not read these wordings as one quantity")
    assert group_with(groups(articles, embed), *differ).differs


def test_a_union_s_count_after_while_keeps_the_city(embed):
    found = groups({"s0": "Police said 80,000 people marched in Paris on Thursday, while the CGT union said 400,000 people took part.",
                    "s1": "The CGT union said 120,000 people marched in Marseille on Thursday."}, embed)
    assert not [d for d in found if {("s0", "400,000"), ("s1", "120,000")} <= texts(d)]


def test_an_average_is_no_rival_of_a_reading(embed):
    """The ninth user review: a national average temperature of 30.8C was set against one station's 47.9C."""
    found = groups({"a": "The average temperature across mainland Spain on Sunday was 30.8C, the agency said.",
                    "b": "A weather station in Huelva recorded a temperature of 47.9C on Sunday."}, embed)
    assert not [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]
    found = groups({"a": "The average temperature across Spain on Sunday was 30.8C.", "b": "The average temperature on Sunday was 31.2C."},
                   embed)
    assert [d for d in found if {"a", "b"} <= {f.source for f in d.figures}]


def test_a_worldwide_figure_is_not_the_place_named_before_it(embed):
    """The eleventh blind set: "46,200 cars in the UK as part of a worldwide recall of about 2.3m vehicles" put the 2.3m in the UK."""
    a = "Kasuga is recalling 46,200 cars in the UK as part of a worldwide recall of about 2.3m vehicles over a fuel pump fault."
    b = "Globally, the recall covers about 2.6 million vehicles, a Kasuga spokesperson said."
    world = [f for f in figs({"a": a}) if f.text == "about 2.3m"][0]
    assert world.place == ""
    found = groups({"a": a, "b": b}, embed)
    if embed.__name__ != "fake_embed":
        d = group_with(found, "a", "about 2.3m")
        assert ("b", "about 2.6 million") in texts(d) and "UK" not in d.quantity
    found = groups({"a": a, "b": "Kasuga is recalling about 2.6m cars in the UK."}, embed)
    assert not [d for d in found if {("a", "about 2.3m"), ("b", "about 2.6m")} <= texts(d)]


def test_a_sentence_opening_year_dates_a_past_event(embed):
    """The eleventh blind set: "In 2020, Kasuga recalled about 1.1 million vehicles" was set against this recall's 2.3 million;
    the tenth's "In 1998, the river flooded about 640 homes" against the 600 households flooded now."""
    old = [f for f in figs({"a": "In 2020, Kasuga recalled about 1.1 million vehicles worldwide."}) if f.value == 1.1e6][0]
    assert old.time == "in 2020"
    assert not grouped("In 2020, Kasuga recalled about 1.1 million vehicles worldwide.",
                       "Kasuga said on Friday it would recall about 2.3 million vehicles worldwide.", embed)
    assert not grouped("In 1998, the river flooded about 640 homes in Aldbridge.",
                       "The river flooded 600 homes in Aldbridge.", embed)
    # (not the event the story is about, told with its year mid-sentence, nor an article of that year)
    found = compare(figs({"a": "In 2021, the river flooded about 640 homes in Aldbridge.", "b": "The river flooded 600 homes in Aldbridge."},
                         {"a": "2021-03-02", "b": "2021-03-03"}), embed=embed)
    assert not kept_apart(found, "a", "b")


def test_feared_dead_are_missing_not_bodies(embed):
    """The seventh user review's shipwreck: "Dozens more were feared dead" was set against "two more bodies" recovered."""
    feared = figs({"a": "Dozens more were feared dead. At least 300 people are feared to have drowned."})
    assert {f.state for f in feared} == {"missing"}
    assert not grouped("The coast guard recovered two more bodies on Sunday.",
                       "Dozens more were feared dead.", embed)


def test_a_vague_count_is_not_close_to_a_smaller_exact_one(embed):
    """The ninth user review: "water restrictions in dozens of towns" and "10 points below" were "close: Read together: dozens"."""
    found = groups({"a": "Water restrictions are in force in 10 towns in Andalusia.",
                    "b": "Water restrictions are in force in dozens of towns in Andalusia."}, embed)
    assert not [d for d in found if d.kind == "compatible"]


def test_what_may_happen_is_no_reading(embed):
    """The fourth user review's quake: "an aftershock of magnitude 6 or more could not be ruled out" against the strongest
    aftershock measured, 5.8."""
    assert not grouped("The strongest aftershock measured 5.8, according to the Geophysical Institute.",
                       "Experts warned that a larger aftershock of magnitude 6 or more could not be ruled out.", embed)


def test_readings_on_different_days_are_not_rivals(embed):
    """The sixth user review's storm: wind gusts of 110 km/h on Saturday and 120 km/h on Sunday were "close"."""
    assert not grouped("Wind gusts of up to 110 km/h were measured on Praded peak on Saturday.",
                       "Wind gusts reached 120 kilometres per hour on Sunday.", embed)
    assert grouped("Wind gusts of up to 110 km/h were measured on Sunday.",
                   "Wind gusts reached 130 kilometres per hour on Sunday.", embed)


def test_analysts_expectations_are_no_outturn(embed):
    """The fourth user review's earnings: FactSet's forecast revenue of $38.1 billion was set against the $39.33 billion reported."""
    assert not grouped("Analysts polled by FactSet had forecast earnings of 85 cents per share on revenue of $38.1 billion.",
                       "The company reported revenue of $39.33 billion for the quarter.", embed)
    found = groups({"a": "Revenue rose 78% to $39.33 billion, beating estimates of $38.05 billion.",
                    "b": "Revenue was $39.1 billion, above the $38.2 billion Wall Street analysts had expected."}, embed)
    assert not [d for d in found if {("a", "$39.33 billion"), ("b", "$38.2 billion")} <= texts(d)]
    assert not [d for d in found if {("a", "$38.05 billion"), ("b", "$39.1 billion")} <= texts(d)]


def test_a_tally_word_goes_with_its_own_clause(embed):
    """The twelfth blind set's mine: "recovered the bodies of the last two missing miners, bringing to seven the number of workers
    who lost their lives" made the missing a tally that "rose" from two on Thursday to four on Wednesday; "bringing to seven the
    number" is a tally of the dead."""
    a = "Four miners were still missing on Wednesday, the operator said."
    b = "Rescuers recovered the bodies of the last two missing miners on Thursday, bringing to seven the number of workers killed."
    assert not [d for d in groups({"a": a, "b": b}, embed) if d.kind == "running-total"]
    if embed.__name__ == "fake_embed":
        return  # (the stand-in encoder does not read "miners killed" and "the number of miners killed" as one quantity)
    found = groups({"a": "Two miners were killed on Monday.",
                    "b": "Rescuers found two more bodies on Thursday, bringing to seven the number of miners killed."}, embed)
    assert [d for d in found if d.kind == "running-total" and {("a", "Two"), ("b", "seven")} <= texts(d)]


def test_counts_of_different_days_are_said_as_such(embed):
    """The twelfth blind set's mine: four miners missing on Wednesday and two on Thursday were said to "differ"."""
    found = groups({"a": "Four miners were still missing on Wednesday, the operator said.",
                    "b": "Two miners were still missing on Thursday, the operator said."}, embed)
    d = group_with(found, "a", "Four")
    assert d.statement.startswith("Figures for") and "were given on different days, so they may have changed rather than differ" \
        in d.statement
    found = groups({"a": "Four miners were still missing on Wednesday, the operator said.",
                    "b": "Two miners were still missing on Wednesday, the union said."}, embed)
    assert "different days" not in group_with(found, "a", "Four").statement


def test_a_company_s_guidance_is_no_outturn(embed):
    """The fourth user review's earnings: the quarter's $39.3 billion and the next quarter's guided "about $43 billion" were one range."""
    found = groups({"a": "Revenue for the quarter was $39.3 billion. The company said it expects revenue of about $43 billion in its current quarter.",
                    "b": "Nvidia reported revenue of $39.33 billion for the quarter."}, embed)
    assert not [d for d in found if ("a", "about $43 billion") in texts(d) and ("b", "$39.33 billion") in texts(d)]


def test_the_review_of_the_fifteenth_session(embed):
    """A read-only review of the session's rules: each of these pairs must still be compared (the new rules had hidden them)."""
    for a, b in [("Police said 12 people died and more deaths could not be ruled out.", "Police said 15 people died in the blast."),
                 ("Officials warned of the risk of more landslides after 40 people were killed.", "The landslides killed 52 people."),
                 ("The company reported better-than-expected revenue of $39.3 billion.", "Quarterly revenue was $35.1 billion."),
                 ("Nvidia reported revenue of $39 billion against the $38 billion analysts had expected.", "Nvidia reported revenue of $35 billion."),
                 ("In 2021, floods in the region killed 220 people.", "The 2021 floods killed 196 people."),
                 ("Gusts of 140 km/h hit the coast late on Saturday.", "Gusts of 120 km/h hit the coast, the Met Office said on Sunday.")]:
        if embed.__name__ == "fake_embed" and "Gusts" in a:
            continue  # (the stand-in encoder does not read "gusts" and "speed" alike)
        assert grouped(a, b, embed), a
    found = groups({"a": "So far, 41 people have died in the floods, officials said on Monday.",
                    "b": "The floods have killed 52 people, officials said on Tuesday."}, embed)
    assert group_with(found, "a", "41").kind == "running-total"
    found = groups({"a": "A magnitude 6.1 earthquake struck the region on Monday.", "b": "A magnitude 5.8 earthquake struck the region on Tuesday."},
                   embed)
    assert all("different days" not in d.statement for d in found)


def test_an_earlier_event_s_figure_is_no_rival_of_this_one_s(embed):
    """The thirteenth blind set's blackout: the 1.9 million customers of the 2009 blackout, told as "the last major blackout
    was in 2009, when 1.9 million customers lost power", "That earlier blackout ... left 1.9 million customers", were set
    against the 2.4 million still without power now."""
    now = "About 2.4 million customers were without electricity on Monday evening, the grid operator said."
    for old in ["The last major blackout in Tarsova was in 2009, when 1.9 million customers lost power for 11 hours.",
                "Monday's failure is the worst since July 2009, when a fault left 1.9 million customers without electricity.",
                "That earlier blackout, triggered during a heatwave, left 1.9 million customers without electricity.",
                "The 2009 blackout, the country's previous worst, cut power to 1.9 million customers."]:
        assert not grouped(old, now, embed), old
    assert not grouped("The last nationwide port strike, in 2012, lasted 11 days and cost the economy an estimated 9 billion dinars.",
                       "Losses to the economy climbed to more than 15 billion dinars, the chamber said.", embed)  # (the fourteenth blind set's strike)
    assert not grouped("The last major trade dispute between the two countries, in 2011, saw Neradia impose 15% tariffs on "
                       "Coravian textiles.", "Coravia said Thursday it will impose 20% tariffs on Neradian farm products.", embed)
    assert not grouped("Ferrand shares closed up 35 per cent at €36.86 on Monday, the day the bid was announced, and ended "
                       "Tuesday at €37.40, suggesting some investors expect a higher offer.",
                       "Ferrand shares were up 37.9% at 37.65 euros by 1105 GMT, just below the offer price, making them the "
                       "biggest gainer on the Vireaux stock exchange.", embed)  # (a close and a move by 11:05: the sixteenth set)
    assert not grouped("Carvenergi saw its shares fall 6.2% on Monday, the first day of trading after the blackout.",
                       "The company's shares have lost 14 per cent since the blackout.", embed)  # (a day's move, and since)
    assert grouped("The last hospital still open in the city was built in 1970 and is treating 400 wounded.",
                   "Doctors at the hospital said they were treating 650 wounded.", embed)  # (a thing's year: a review)
    now = "He said about 4,000 evacuees were staying in emergency shelters in schools and sports halls."  # (the fourteenth blind set)
    for old in ["The Merelin plant was the scene of a chlorine leak in 2011 that forced about 3,000 people from their homes.",
                "In 2011 a chlorine leak at the site forced about 3,000 people from their homes for two days."]:
        assert not grouped(old, now, embed), old
    # two tellings of the one earlier event are still compared, as is an article that names its year ...
    for a, b in [("The disaster is the deadliest on the lake since 2011, when the MV Bahari sank with the loss of more than 200 lives.",
                  "In 2011, the MV Bahari sank on the lake, killing 167 people."),
                 ("The blackout was in 2009, when 1.9 million customers lost power.",
                  "In 2009, 1.6 million customers lost power in the blackout.")]:
        assert grouped(a, b, embed), a
    # ... and two earlier events are two: January's day of action is not the march of 2010
    assert not grouped("The previous day of action, on January 19, drew 80,000 people in Paris, according to police.",
                       "It was the biggest demonstration since 2010, when 1.23 million people marched in Paris, according to police.", embed)
    # not a figure told before its "when", nor this year's plan
    assert grouped("The collapse cut power to about 480,000 customers when it happened in November 2021.",
                   "The collapse left 500,000 customers without power.", embed)
    found = compare(figs({"a": "The 2026 plan, the largest yet, would connect 2 million customers.",
                          "b": "The plan would connect 2.2 million customers."}, {"a": "2026-03-02", "b": "2026-03-03"}), embed=embed)
    assert not kept_apart(found, "a", "b")


def test_a_toll_with_no_day_of_its_own_is_of_its_report_s_day(embed):
    """The thirteenth blind set's ferry: "60 people still missing" in a report that ran to Sunday, 44 missing "on Monday
    afternoon" and 27 "on Wednesday" were said to differ; they are counts of three days."""
    reports = {"a": "A ferry capsized on Lake Mirenge on Saturday. Search operations were to resume at first light Sunday. "
                  "At least 22 survivors were being treated at a health center.",
             "b": "Navy divers searched the lake on Sunday. Police say 60 people are still missing. "
                  "Three days of national mourning will begin on Monday.",
             "c": "The Red Cross said 44 people were still missing on Monday afternoon. "
                  "A total of 31 survivors remained in hospital in Kibala.",
             "d": "Officials said 27 people remained unaccounted for on Wednesday, down from 36 on Monday. "
                  "The first funerals were held on Tuesday."}
    assert compare_report_days(reports) == {"a": "Saturday", "b": "Sunday", "c": "Monday", "d": "Wednesday"}
    found = compare(figs(reports), embed=embed, texts=reports)
    missing = group_with(found, "c", "44")
    if embed.__name__ != "fake_embed":
        assert ("b", "60") in texts(missing)
        assert "were given on different days" in missing.statement
        assert "60 (according to police, in a report whose latest day is Sunday)" in missing.statement
    # a day that names no first day of the story gives no report its day
    assert compare_report_days({"a": "Police said on Monday ...", "b": "On Thursday, officials said ..."}) == {}
    # what is not a toll is not dated by its report: a hospital count is a fact, not a day's tally
    reports = {"a": "Lights came back on on Monday. All 64 public hospitals went onto generators.",
             "b": "The blackout began on Monday; by Thursday, anger was growing. All 71 public hospitals went onto generators."}
    assert all("different days" not in d.statement for d in compare(figs(reports), embed=embed, texts=reports))


def test_a_demand_and_an_offer_are_not_what_is_agreed(embed):
    """The fourteenth blind set's strike: the union's initial 18% demand was set against the 11% rise the deal gives."""
    deal = "Under the deal, wages will rise by 11 percent over two years."
    assert not grouped("The union, which had initially demanded an 18% pay rise over two years, has signaled it could accept less.",
                       deal, embed)
    assert not grouped("The employers have offered a 6% wage increase over two years.",
                       deal, embed)
    # two demands are still compared
    assert grouped("The federation is seeking a 15% wage increase over two years.",
                   "The union had initially demanded an 18% pay rise over two years.", embed)


def test_a_value_and_its_update_are_a_rise_not_a_difference(embed):
    """The fourteenth blind set's strike: an offer of 6% (one report) and "now offering an 8 percent wage increase over two
    years, up from 6 percent" (another) were said to differ; the eleventh's recall: 37 crashes, then "at least 39 crashes ...,
    up from the 37 crashes cited a day earlier"."""
    found = groups({"a": "The employers' association has offered a 6% wage increase over two years.",
                    "b": "The employers' association said it was now offering an 8 percent wage increase over two years, up from 6 percent."},
                   embed)
    d = group_with(found, "b", "8 percent")
    assert d.kind == "running-total" and d.statement.startswith("The wage increase rose as reports came in: 6% (a), then 8 percent (b")
    # two sources' values with no "up from" between them still differ
    found = groups({"a": "The employers' association has offered a 6% wage increase over two years.",
                    "b": "The employers' association said it was offering an 8 percent wage increase over two years."}, embed)
    assert group_with(found, "b", "8 percent").kind != "running-total"


def test_an_efficacy_is_of_its_endpoint_and_far_percentages_are_not_close(embed):
    """The fourteenth blind set's vaccine: 79.6% against symptomatic dengue, 91.3% against hospitalisation and 82.1% in
    children were one "close" range, and "about 84% effective against hospitalisation" was read as close to 91.3%."""
    assert not grouped("The vaccine was 91.3% effective against hospitalization, and 82.1% effective in children ages 4 to 11.",
                       "The vaccine was 79.6% effective at preventing symptomatic dengue in the 12 months after the second dose.", embed)
    found = groups({"a": "The vaccine was 91.3% effective at preventing hospitalisation.",
                    "b": "The vaccine was about 84% effective against hospitalisation."}, embed)
    if embed.__name__ != "fake_embed":
        d = group_with(found, "a", "91.3%")
        assert ("b", "about 84%") in texts(d) and d.kind != "compatible" and "differ" in d.statement


def test_counts_so_far_from_different_reports_may_have_changed(embed):
    """The fourteenth blind set's vaccine: 48,300 dengue cases "so far this year" (one report), 52,700 (a week later) and more
    than 61,000 (a month later) were said to differ."""
    found = groups({"a": "The health ministry has recorded 48,300 dengue cases so far this year.",
                    "b": "The health ministry has reported 52,700 dengue cases so far this year.",
                    "c": "Tamsara has recorded 61,000 dengue cases so far this year, compared with 74,500 cases in the whole of 2024."},
                   embed)
    d = group_with(found, "a", "48,300")
    assert "are counts so far from different reports, so they may have changed rather than differ" in d.statement
    assert ("c", "74,500") not in texts(d)


def test_stretches_of_two_named_things_are_two_lengths(embed):
    """The fourteenth blind set's evacuation: "a 12km stretch of the River Salde" and "a 20 km stretch of the A4 motorway"
    were said to differ."""
    assert not grouped("Dead fish had been found along a 12km stretch of the River Salde downstream of the plant.",
                       "Police shut a 20 km stretch of the A4 motorway.", embed)
    # one named thing's stretch is still compared
    assert grouped("Dead fish had been found along a 12km stretch of the River Salde.",
                   "Dead fish were found along a 20km stretch of the River Salde.", embed)


def test_the_review_of_the_sixteenth_session(embed):
    """A read-only review of the session's rules: an earlier event's clause ends at its comma or a "but"; "in reducing" is
    an endpoint and "in the trial" no group; members on strike are strikers; a stretch's name stops before a weekday; a
    source's two counts so far are no tally of reports."""
    from briefing.compare import _counts_so_far, _endpoint, _headcount, _precedent, _stretch_of

    def one(text: str, written: str) -> Figure:
        return next(f for f in figs({"a": text}) if f.text == written)

    assert _precedent(one("The outage, the worst since 2009, when 1.9 million customers lost power, left 3.1 million customers "
                          "without electricity on Monday.", "3.1 million"), "") == ""
    assert _precedent(one("The previous estimate was 300 dead, but on Tuesday officials said 450 people had been killed.", "450"), "") == ""
    assert _precedent(one("Since 2019, when the law took effect, more than 4,000 drivers have been fined.", "more than 4,000"), "") == ""
    assert _endpoint(one("The vaccine was 90% effective in reducing hospitalisations.", "90%")) == "hospital"
    assert _endpoint(one("It was 84% effective in the late-stage trial.", "84%")) == ""
    assert not _headcount(one("The union said it had 11,000 members on strike on Monday.", "11,000"))
    assert _stretch_of(one("Police closed a 20-mile stretch of Interstate 95 Tuesday after the crash.", "20-mile")) == "Interstate 95"
    two = figs({"a": "It has recorded 48,300 cases so far. By another count, 52,700 cases so far.",
                "b": "The ministry has recorded 61,000 cases so far."})
    assert not _counts_so_far([f for f in two if f.kind == "count"])
