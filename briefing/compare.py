"""Stage 6, compare: line figures up across sources and say exactly where they differ.

1. Keep the comparable figures (counts, money, percentages, durations, measures) that say what
   they count.
2. Decide, for every pair, whether they can measure the same thing: same kind, compatible unit
   and rate, no conflicting subject (Russian vs North Korean, Spain vs France, killed vs injured,
   an army's total size vs a deployment, a fund vs a cost, homes vs people, a part "including
   1,200" vs its whole), values within a plausible ratio (unless a scale word is missing), and a
   counted phrase that means the same (the embedded encoder, plus a small table of synonyms such
   as troops/soldiers/forces).
3. Group with complete linkage: every pair in a group must pass step 2, so one loose match
   cannot chain two different quantities together.
4. Name each group's kind: converted (same amount, other currency: not a difference), typo
   (a missing scale: "€880" where others have "€880 million"), opposite ("rose 2%" against "fell 2%"),
   agree, running-total, shared
   (every source gives one value, some also give others: not a difference), compatible
   (within about 20%), attributed (different authors inside the articles), competing.
5. Add the fixed facts sources give differently, which are no quantities: a named person's age, the
   year something was founded or opened (see briefing.facts).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import itertools
import logging
import math
import re
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Callable, Mapping, Sequence

from briefing.facts import differing_facts
from briefing.figures import (AUTHOR_WORDS, COLLECTIVE, PERIODS, SINCE_AN_EVENT, STOP, WORLDWIDE_AFTER, WORLDWIDE_BEFORE,
                              WORLDWIDE_OPENING, state_of)
from briefing.records import CITE, Discrepancy, Figure
from briefing.words import APPOSITIVE, MONTHS, MOVE_VERB, MOVED_BEFORE, WEEKDAY, WEEKDAYS, join_names

log = logging.getLogger(__name__)

Embed = Callable[[list[str]], Any]
"""Texts -> one unit-length row per text (numpy array); `briefing.encoder.encode` by default."""

SAME_THRESHOLD = 0.62
"""Cosine similarity of two counted phrases above which they count the same thing."""
ECHO_THRESHOLD = 0.7
"""Cosine at which two sources' sentences, each with one figure of a kind, report the same figure."""
ECHO_MAX_RATIO = 3.0
"""...and how far apart those figures may be ("$4 billion factory" and "$500 million in subsidies
for the factory" share a sentence's gist, not a quantity)."""
COMPATIBLE_SPREAD = 1.2
"""Largest/smallest value at or under which hedged figures ("about", "over") are reported as a range, not a conflict."""
ROUNDING = 0.05
"""How far (relative) an exact figure may sit from a round one and still be the round one rounded."""
CLOSE_POINTS = 5.0
"""Percentages more points apart than this are never close, whatever their ratio: "about 84%" is no reading of 91.3% (the
fourteenth blind set's vaccine), though 17% and 20% may be two roundings."""
MAX_RATIO = 40.0
"""Two counts further apart than this are not estimates of one thing (unless a scale word is missing)."""
CONVERSION_TOLERANCE = 0.12
"""How far apart two amounts in different currencies may be and still be one amount converted."""

USD_PER = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067, "CNY": 0.14, "RUB": 0.011, "UAH": 0.024,
           "KRW": 0.00072, "CHF": 1.13, "CAD": 0.73, "AUD": 0.66, "INR": 0.012, "HKD": 0.128, "NZD": 0.6,
           "SEK": 0.095, "NOK": 0.093, "DKK": 0.145, "CZK": 0.043, "PLN": 0.25, "HUF": 0.0028, "RON": 0.22,
           "TRY": 0.03, "ILS": 0.27, "ZAR": 0.055, "MXN": 0.055, "BRL": 0.18, "IDR": 0.000063, "MYR": 0.22, "THB": 0.029,
           "NGN": 0.00065}
"""Approximate exchange rates, only to recognise one amount given in several currencies."""

_CLASSES = [
    {"troops", "troop", "soldiers", "soldier", "forces", "force", "personnel", "servicemen", "servicemembers",
     "fighters", "army", "military", "men", "combatants", "contingent"},
    {"people", "persons", "residents", "civilians", "individuals", "inhabitants", "victims", "citizens"},
    {"protesters", "protestors", "demonstrators", "marchers", "participants", "people", "crowd", "turnout"},
    {"deaths", "dead", "fatalities", "toll", "victims", "bodies", "lives", "people"},
    {"injuries", "injured", "wounded", "casualties", "people"},
    {"homes", "houses", "buildings", "dwellings", "properties"},
    {"nurses", "workers", "staff", "employees", "members", "workforce"},
    {"jobs", "positions", "posts", "roles", "layoffs", "redundancies"},
    {"votes", "ballots", "voters"},
    {"seats"},
    {"cases", "infections"},
    {"aircraft", "planes", "jets", "airliners", "jetliners"},
    {"vehicles", "cars", "trucks", "lorries"},
    {"farms", "farmers", "growers", "producers", "farmholdings"},
    {"profit", "profits", "income", "earnings"},
    {"revenue", "revenues", "sales", "turnover"},
    {"reports", "incidents"},
]
_THINGS = [{"homes", "houses", "buildings", "dwellings", "properties", "households"}, {"seats"},
           {"doses", "vaccines"}, {"trains", "services", "flights", "departures", "buses", "journeys", "sailings"},
           {"aircraft", "planes", "jets", "airliners", "jetliners"}, {"vehicles", "cars", "trucks", "lorries"}]
"""Heads that never count people: "60,000 homes destroyed" is not "1.3 million people displaced"."""
_GENERIC = {"people", "persons", "residents", "civilians", "individuals", "inhabitants", "citizens"}
_PEOPLE = set().union(*_CLASSES[1:5], {"cases", "infections", "patients", "survivors", "votes", "voters", "ballots",
                                       "children", "men", "women", "migrants", "refugees", "evacuees", "customers", "users",
                                       "consumers", "passengers", "students", "owners"}, _CLASSES[6])
"""Heads that count people (or what happens to people): only these share a state across different words."""
_ANYONE = _GENERIC | _CLASSES[3] | _CLASSES[4]
"""Heads that can count anyone: "people", a toll, the dead, the injured ("14 people killed", "the death
toll", "fourteen workers died" are one count; "nurses killed" and "children killed" are not)."""
_ROLES = {
    "fund": {"fund", "funds", "raised", "pledged", "pledges", "pledge", "donations", "donated", "donors",
             "promised", "promises"},
    "loan": {"loan", "loans", "lent", "lend", "credit"},
    "cost": {"cost", "costs", "bill", "damage", "damages", "losses", "price", "rebuilding", "repairs"},
    "demand": {"demand", "demands", "demanding", "demanded", "wants", "want", "seeking", "seeks", "claim", "appealed", "appeal",
               "requested", "request", "asked", "asking"},
    "offer": {"offer", "offers", "offered", "offering", "proposed", "proposal"},
    "pay": {"wage", "wages", "salary", "salaries", "pay", "paid", "receives", "earn", "earns"},
}
"""Mutually exclusive things an amount can be: a fund is not a reconstruction cost, an offer is not a demand."""
_POSITIONS = {"demand", "offer"}
"""What one side asks or offers, neither of which is what is agreed: a pay demand, an offer and the deal's rise are three."""
_SCOPE = re.compile(r"(?i)\b(?:size|strength|active[- ]duty|standing army|largest|total strength|reservists|"
                    r"population|whole|entire)\b")
_STAFF = re.compile(r"(?i)\btotal\s+(?:workforce|headcount)\b")
"""A count named as a firm's whole workforce ("the plant's total workforce is about 600") is a total,
not the workers on a shift; a percentage "of its workforce" is a share, not a total."""
_CUMULATIVE = re.compile(r"(?i)\b(?:toll|tally|rose to|risen to|climbed to|increased to|jumped to|has (?:now )?reached|"
                         r"so far|to date|in total|cumulative|now stands|now stood|up from|rising|grown to|grew to|swelled to|mounted to|"
                         r"(?:bringing|brings|brought)\s+(?:to\s+(?:[\w-]+\s+){1,3}?the\s+(?:number|total|toll|tally|count)|(?:the|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:number|total|toll|tally|count)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?to))\b")
"""("bringing to seven the number of workers who lost their lives": the twelfth blind set's mine)"""
_SO_FAR = re.compile(r"(?i)\b(?:so far|to date|counted|in total|reporting)\b")
_RATES = {"daily": "day", "a day": "day", "per day": "day", "each day": "day", "every day": "day",
          "weekly": "week", "a week": "week", "per week": "week", "each week": "week", "every week": "week",
          "monthly": "month", "a month": "month", "per month": "month", "each month": "month", "every month": "month",
          "annually": "year", "yearly": "year", "a year": "year", "per year": "year", "each year": "year",
          "every year": "year", "hourly": "hour", "an hour": "hour", "per hour": "hour", "a night": "night",
          "nightly": "night"}


def _norm_rate(rate: str) -> str:
    parts = re.findall(r"(?:per|a|an|each|every)\s+\w+|\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly)\b", rate)
    return " ".join(sorted(_RATES.get(p, p.split()[-1]) for p in parts))


def _head(counted: str) -> str:
    words = re.findall(r"[a-z][a-z'’-]*", counted.lower())
    return words[-1].rstrip("'’") if words else ""


def _classes(head: str) -> set[int]:
    return {i for i, c in enumerate(_CLASSES) if head in c}


def _proper(counted: str) -> set[str]:
    """Capitalised qualifiers of what is counted: {"North Korean"}, {"Russian"}."""
    return {m.strip() for m in re.findall(r"(?:\b[A-Z][\w'’-]*\s*)+", counted) if m.strip()}


_PLACES_IN_CAPITALS = {"US", "USA", "UK", "EU", "UAE", "DRC", "UN"}
"""Where, not what: "US inflation" and "the CPI" may be one quantity (the sixteenth review)."""


_ROLE_BEFORE = re.compile(r"(?i)\b(to|from|with|against|into|than|for|by|over|versus|vs\.?)\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=4096)
def _capitals(f: Figure) -> set[tuple[str, str]]:
    """Names in capitals in what a figure is about, each with the preposition before it where it has one: {("", "DAX")},
    {("", "US"), ("", "CPI")}, {("to", "US")} ("China's exports to the US"). Two figures whose plain names (places
    aside), whose places, or whose names after one preposition share none count different things (user review, the
    seventeenth to nineteenth reviews: "exports to the US" and "UK exports to America" may be one quantity, "exports to
    the US" and "exports to the EU" are not).

    Not the speaker ("The UK said Russia's losses rose 15%"), unless it is named apart from its speech ("HSBC's profit fell
    10%, HSBC said")."""
    said = f.sentence.rfind(f.attribution) if f.attribution else -1
    span = range(said, said + len(f.attribution)) if said >= 0 else range(0)
    before = f.sentence[:f.at] if f.at >= 0 else f.sentence
    found = set()
    for c in set(re.findall(r"\b[A-Z][A-Z0-9&]+\b", f.counted or f.context)):
        places = [m.start() for m in re.finditer(rf"\b{re.escape(c)}\b", f.sentence)]
        if places and all(p in span for p in places):
            continue  # the speaker only
        mine = [m.start() for m in re.finditer(rf"\b{re.escape(c)}\b", before) if m.start() not in span]
        at = mine[-1] if mine else -1
        role = _ROLE_BEFORE.search(before[:at]) if at >= 0 else None
        found.add((role.group(1).lower() if role else "", c))
    return found


def _after(f: Figure) -> str:
    """The figure's sentence after it ("" when the figure is not found in its sentence)."""
    return f.sentence[f.at + len(f.text):] if f.at >= 0 else ""


_STRETCH_OF = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:stretch|section|length|part|portion|strip|swathe)\s+of\s+(?:the\s+)?"
                         rf"((?:[A-Z0-9][\w'’-]*)(?:\s+(?!(?:{'|'.join(WEEKDAYS + tuple(MONTHS))})\b)[A-Z0-9][\w'’-]*)*)")


def _stretch_of(f: Figure) -> str:
    """The named thing a length is a stretch of: "a 12km stretch of the River Salde" -> "River Salde" (not the "20 km stretch
    of the A4 motorway": the fourteenth blind set's evacuation)."""
    m = _STRETCH_OF.match(_after(f))
    return m.group(1) if m else ""


def _capitals_differ(a: Figure, b: Figure) -> bool:
    ca, cb = _capitals(a), _capitals(b)
    plain_a, plain_b = {c for r, c in ca if not r}, {c for r, c in cb if not r}
    for x, y in ((plain_a - _PLACES_IN_CAPITALS, plain_b - _PLACES_IN_CAPITALS), (plain_a & _PLACES_IN_CAPITALS, plain_b & _PLACES_IN_CAPITALS)):
        if x and y and not x & y:  # "the STOXX 600 index", "Germany's DAX index"; "US inflation", "UK inflation"
            return True
    for role in {r for r, _ in ca if r} & {r for r, _ in cb if r}:
        if not {c for r, c in ca if r == role} & {c for r, c in cb if r == role}:  # "exports to the US", "exports to the EU"
            return True
    return False


def _same_names(pa: set[str], pb: set[str]) -> bool:
    """Whether two sets of capitalised phrases name one thing: one phrase within another, a possessive's owner aside
    ("Britain's Labour Party" and "Labour"; not "North Korean" and "South Korean")."""
    def variants(p: set[str]) -> set[str]:
        return p | {re.split(r"['’]s\s+", x)[-1] for x in p}
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in variants(pa) for y in variants(pb))


_ELECTORAL = re.compile(r"(?i)\b(?:votes?|seats?|ballots?|polls?|polled|elections?|electorate)\b")
_CLAUSE_START = re.compile(r"(?i)(?:;|\bwhile\b|\bwhereas\b|\bbut\b|\b(?:said|says|told|according\s+to)\b)")
_ASIDE = re.compile(r"(?i),\s+(?:led\s+by|under|headed\s+by|founded\s+by)\b[^,]*,")
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|(?:of|for|and|de|van|von)(?=\s+[A-Z])))*")
_NOT_HOLDERS = set(MONTHS) | set(WEEKDAYS) | {"The", "A", "An", "With", "In", "On", "At", "After", "Before", "By", "For",
                                              "As", "It", "Its", "Their", "His", "Her", "This", "That", "Prime", "Minister", "President",
                                              "Senate", "House", "Representatives", "Parliament", "Assembly",
                                              "Bundestag", "Folketing", "Riksdag", "Commons", "Lords", "Knesset", "Duma",
                                              "Diet", "Chamber", "Lok", "Sabha", "National"}
"""Words that are no party: a sentence's first word, titles, and chambers ("Republicans will control the Senate with 53 seats")."""


def _holder(f: Figure) -> str:
    """Whose seats or vote share an election figure is, lower case and singular ("social democrat", "liberal",
    "bloc left"); "" when none is named ("The party won 50 seats") or the figure is not an election's."""
    return _holder_named(f)[0]


@functools.lru_cache(maxsize=4096)
def _holder_named(f: Figure) -> tuple[str, str]:
    """(`_holder`, the name as written): the last name before the figure in its clause ("the Social Democrats
    took 27.4% of the vote and 50 seats", "Mette Holm's Social Democrats won", "The Liberals, under Anders
    Vestergaard, surged to 18.1%"), or a bloc ("The centre-left bloc ended with 85 seats against 90 for the
    right-leaning parties"). Every party's seats had been one group (the second user review)."""
    i = f.at
    if i < 0 or f.kind not in ("count", "percent") or not _ELECTORAL.search(f.sentence):
        return "", ""
    if f.kind == "count" and _head(f.counted) not in ("seat", "seats"):
        return "", ""
    if f.kind == "percent" and not (re.search(r"(?i)\b(?:vote|share)\b", f"{f.counted} {f.context}") or _VOTE_SHARE.match(f.sentence, i + len(f.text))) \
            or re.search(r"(?i)\bturnout\b", f"{f.counted} {f.context}"):
        return "", ""  # (a vote share, not the turnout: "Turnout in Sunday's election in Veloria was 61.2%")
    before = _ASIDE.sub("", f.sentence[:i])
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    before = before[starts[-1]:] if starts else before
    names = []
    for m in _NAME_RUN.finditer(before):
        run = m.group().strip()
        owns_share = re.match(r"\s*(?:share|vote|seats|tally|total)\b", before[m.end():])  # "Labour's share of the vote was"
        if re.search(r"['’]s?$", run) and not owns_share or re.search(r"(?i)\b(?:in|at|from|across|throughout)\s+(?:the\s+)?$", before[:m.start()]):
            continue  # "Denmark's biggest party", "Tuesday's election": a modifier; "the election in Veloria": a place
        run = re.sub(r"['’]s?$", "", run)
        run = re.split(r"['’]s\s+", run)[-1]  # "Mette Holm's Social Democrats" -> "Social Democrats"
        words = [w for w in run.split() if w not in _NOT_HOLDERS]
        if words:
            names.append(words)
    bloc = re.match(r"(?i)\s*(?:seats?\s+)?for\s+the\s+([\w-]+)\s+(?:bloc|coalition|alliance|parties)\b", f.sentence[i + len(f.text):]) \
        or (None if names else re.search(r"(?i)(?<![\w'’])([\w-]+)[\"“”']?\s+(?:bloc|coalition|alliance|parties)\b", before))
    if bloc:
        side = bloc.group(1).lower()
        side = "left" if "left" in side or side == "red" else "right" if "right" in side or side == "blue" else \
            "governing" if side in ("ruling", "governing", "government") else side
        return "bloc " + side, f"{side} bloc"
    if not names:
        return "", ""
    named = [w for w in names[-1] if not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", w)]  # "Centre-left Labour" is Labour
    words = [w.lower().rstrip("s") if w.lower().endswith("s") and not w.lower().endswith("ss") else w.lower() for w in named]
    return " ".join(w for w in words if w not in ("party", "the")), " ".join(named)


_VOTE_SHARE = re.compile(r"(?i)\s*(?:of\s+(?:the\s+)?(?:popular\s+|national\s+|total\s+)?(?:vote|votes|ballots)|and\s+\w+\s+seats)\b")
_SEAT_CHANGE = re.compile(r"(?i)\b(?:(?:gain|gains|loss|losses|net\s+gain|net\s+loss|swing)\s+of|gained|gaining|gains|lost|losing|loses|"
                          r"picked\s+up|picking\s+up|shed|shedding)\s+(?:about\s+|some\s+|a\s+further\s+|another\s+)?$")
_MAJORITY_OF = re.compile(r"(?i)\bmajority\s+of\s+(?:about\s+|some\s+|around\s+)?$")
_SHORT_OF = re.compile(r"(?i)^\s*(?:seats?\s+)?(?:short|shy)\s+of\b")


def _seat_kind(f: Figure) -> str:
    """A seat count's role: a gain or loss ("a gain of nine"), a shortfall ("fell 5 seats short of a majority"), or
    the party's seats ("")."""
    i = f.at
    if i < 0 or f.kind != "count" or _head(f.counted) not in ("seat", "seats"):
        return ""  # (not "the loss of 15,000 jobs": the twentieth review)
    if _SEAT_CHANGE.search(f.sentence[max(0, i - 30):i]):
        return "change"  # "a gain of nine", "lost 244 seats", "a net gain of 209 seats"
    if _MAJORITY_OF.search(f.sentence[max(0, i - 30):i]):
        return "majority"  # "a majority of 170" is not Labour's seats
    if _SHORT_OF.match(f.sentence[i + len(f.text):]):
        return "short"
    return ""


_POINTS = {"basis points", "basis point", "bp", "bps", "percentage points", "percentage point", "points", "point"}
"""What a move is measured in, not what moved ("cut its deposit rate by 25 basis points", "yield fell 6 basis points")."""


def _what(f: Figure) -> str:
    """What a figure is about: what it counts, or the words before it; for a move in points, what moved."""
    return f"{f.context} {f.counted}".strip() if f.counted.lower() in _POINTS else f.counted or f.context


_PRICES = re.compile(r"(?i)\b(?:inflation|prices|CPI|HICP|PCE|price\s+ind(?:ex|ices))\b")
_MEASURES = {"core": "core", "underlying": "core", "services": "services", "goods": "goods", "food": "food", "energy": "energy",
             "producer": "producer", "wage": "wage", "wages": "wage", "rent": "rent", "rents": "rent", "house": "house", "housing": "house"}


@functools.lru_cache(maxsize=4096)
def _measure(f: Figure) -> str:
    """Which inflation a figure is: "core" ("core inflation", "underlying inflation", "The core consumer price index rose
    3.2%", "The core personal consumption expenditures (PCE) price index", "Inflation excluding food and energy"),
    "services", "food", ... or "" (the headline rate, or not a price figure). The measure is read from the words just
    before the price word nearest the figure, asides dropped ("Core inflation, as measured by the PCE price index, rose
    2.8%"), back to a verb, a function word or punctuation ("Lower energy prices pulled euro zone inflation down to 2.4%",
    "The White House said inflation fell", "Despite rising wages, inflation fell": headline; the twenty-first and
    twenty-second reviews)."""
    phrase = _what(f)
    window = re.split(r"[;]|\b(?:while|whereas|but)\b", f.sentence[max(0, f.at - 160):f.at])[-1] if f.at >= 0 else phrase
    if not _PRICES.search(phrase) and not _PRICES.search(window):
        return ""
    if re.search(r"(?i)\b(?:excluding|excludes|ex-|stripping\s+out|strips\s+out)\s*(?:volatile\s+)?food\s+and\s+energy\b", window):
        return "core"  # "Inflation excluding food and energy rose to 3.2%"
    window = re.sub(r"\s*\([A-Z]{2,6}\)", "", window)  # "(PCE)"
    window = re.sub(r",\s+(?:which|as|that|excluding|stripping|the|a|an)\b.*,\s*(?=\S+(?:\s+\S+)?\s*$)", " ", window)  # an aside
    found = list(_PRICES.finditer(window))
    words: list[str] = []
    if found:
        for k, w in enumerate(reversed(re.split(r"[,.()]", window[:found[-1].start()])[-1].split()[-6:])):
            if w.isupper():
                continue  # "core PCE price index"
            if w.lower() in _MEASURE_STOPS or w.lower() in _DRIVE_VERBS or (w.lower().endswith("ed") and w.lower() not in _MEASURES) or (
                    w[:1].isupper() and window[:window.rfind(w)].strip()):
                break  # ("The White House said inflation": a name is no measure)
            words.append(w)
    words += re.findall(r"[a-z]+", phrase.lower())
    measures = [_MEASURES[w.lower()] for w in words if w.lower() in _MEASURES]
    return measures[0] if measures else ""


_EFFECTIVE = re.compile(r"(?i)^\s*(?:effective|efficacy|efficacious|protection|protective)\s+(?P<how>against|(?:at|in)\s+[a-z]+ing|"
                        r"in|among|for)\s+(?P<what>[^,;.]{0,50})")
_GROUPS = re.compile(r"(?i)^(?:children|adults|people|those|older|elderly|infants|babies|women|men|teenagers|adolescents|"
                     r"participants|patients|volunteers|seniors|pregnant|under-|over-|(?:that|this|each|either)\s+group|subgroup)")
"""Who an efficacy is measured in ("82.1% effective in children"); "in the trial", "in Brazil" name no group."""
_EFFICACY_OF = re.compile(r"(?i)\b(?:efficacy|effectiveness|protection)\s+of\s+(?:about\s+|almost\s+|nearly\s+|around\s+|"
                          r"more\s+than\s+|over\s+)?$")
_ENDPOINTS = (("hospital", r"hospital"), ("death", r"death|dying|fatal"), ("severe", r"severe"),
              ("symptomatic", r"symptomatic|infection|illness|disease|cases|dengue|covid"))


def _endpoint(f: Figure) -> str:
    """What an efficacy is against, or in whom: "91.3% effective against hospitalization" ("hospital"), "79.6% effective at
    preventing symptomatic dengue" ("symptomatic"), "82.1% effective in children ages 4 to 11" ("in children"), "prevented
    79.6% of symptomatic dengue cases" ("symptomatic"); "" when none is named. The fourteenth blind set's vaccine: the three
    were one "close" range with the 84% that rivals the 91.3% against hospitalisation."""
    if f.kind != "percent" or f.at < 0:
        return ""
    after = _after(f)
    m = _EFFECTIVE.match(after)
    if not m:
        of = _EFFICACY_OF.search(f.sentence[:f.at])  # "an efficacy of almost 80% against any symptomatic dengue"
        m = re.match(r"(?i)\s*(?P<how>against|in)\s+(?P<what>[^,;.]{0,50})", after) if of else None
    if not m:
        return "symptomatic" if f.state == "ill" and re.search(r"(?i)\bprevent", f.context) else ""
    what, how = m.group("what"), m.group("how").lower()
    if how in ("in", "among", "for"):  # a group: "in children", "among adults"; "in the trial" is none
        return "in " + what.split()[0].lower() if _GROUPS.match(what) else ""
    return next((name for name, cue in _ENDPOINTS if re.search(rf"(?i)\b(?:{cue})", what)), "")  # ("in reducing hospitalisations")


_DRIVE_VERBS = {"drove", "drive", "drives", "driving", "sent", "sends", "kept", "keeps", "put", "puts", "took", "takes", "brought",
                "brings", "made", "makes", "left", "leaves", "held", "holds", "led", "leads", "rose", "fell", "saw", "sees", "set",
                "sets", "hit", "hits", "pulled", "pushed", "lifted", "cut", "cuts"}
"""Verbs between a cause and the inflation it moves ("Soaring energy bills drove UK inflation to 3.8%": the headline rate)."""
_MEASURE_STOPS = {"said", "says", "the", "a", "an", "its", "their", "of", "in", "on", "by", "to", "as", "was", "is", "and",
                  "that", "despite", "after", "with", "headline"}


_SAME_PLACE = [{"uk", "britain", "united kingdom", "british"}, {"us", "u.s.", "united states", "america", "american"},
               {"eu", "european union", "europe"}, {"fed", "federal reserve", "us federal reserve", "u.s. federal reserve"},
               {"bank of england", "boe"}, {"ecb", "european central bank"}, {"boj", "bank of japan"}]
"""Owners written two ways ("Britain's", "The UK's"; "The Fed's", "The Federal Reserve's")."""


_SPAN = re.compile(r"(?i)\b(?:(?:this|last|past|so\s+far\s+this)\s+(?:year|quarter)|year\s+to\s+date|year-to-date|"
                   r"since\b|over\s+the\s+(?:past|last)\b|in\s+(?:19|20)\d\d)")


_MARKET = re.compile(r"(?i)\b(?:shares|stocks?|index|indices|yields?|euro|dollar|pound|sterling|yen|bitcoin|oil|gold|bonds?)\b")
"""A market's move, where a day's move and the year's are two things (a harvest "down 30%, the ministry said on Friday" is not)."""


def _worldwide(f: Figure) -> bool:
    """A figure for the whole world ("employs about 20,000 people worldwide", "a worldwide recall of about 2.3m",
    "Globally, the recall covers about 2.6 million vehicles"), against one for a place."""
    if f.at < 0:
        return False
    before = f.sentence[:f.at]
    if WORLDWIDE_AFTER.match(_after(f)):
        return True
    return not f.place and bool(WORLDWIDE_BEFORE.search(before) or WORLDWIDE_OPENING.match(before))


def _over_a_span(f: Figure) -> bool:
    """A move over a span of time ("have fallen 18 per cent this year") rather than on a day ("dropped 2.8 per cent on Monday")."""
    return bool(_SPAN.search(f.time))


@functools.lru_cache(maxsize=4096)
def _possessor(f: Figure) -> str:
    """Whose the thing a figure measures is, where a possessive says it in the figure's own clause ("Germany's 10-year
    Bund yield, the benchmark for the bloc, fell 6 basis points to 2.41%": "germany"), lower case; "" for none, or
    for a speaker ("Gaza's health ministry said at least 45 people were killed") or an election figure (its party
    decides). A rival's name in another clause is not it ("Nvidia's revenue jumped 94%, far outpacing rival AMD, whose
    revenue rose 18%": none for the 18%; the twentieth review)."""
    i = f.at
    if i < 0 or _holder(f):
        return ""
    before = re.sub(APPOSITIVE, "", f.sentence[max(0, i - 160):i])
    before = re.split(r"[,;:]|\b(?:while|whereas|but|whose|which|who|and)\b", before)[-1]
    owners = [m for m in re.finditer(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s+", before)
              if not re.match(r"(?:[\w-]+\s+){0,4}?(?:said|says|say|told|reported|estimated|estimates|claimed)\b", before[m.end():])]
    if not owners:
        return ""
    name = re.sub(r"^the\s+", "", owners[-1].group(1).lower())
    if name.split()[-1].capitalize() in _NOT_HOLDERS:
        return ""
    return next((min(g) for g in _SAME_PLACE if name in g), name)


_MARKETS = ({"wall street", "us", "u.s.", "new york"}, {"japanese", "japan", "tokyo"},
            {"chinese", "china", "shanghai", "shenzhen"}, {"hong kong"}, {"indian", "india", "mumbai"},
            {"british", "uk", "london"}, {"german", "frankfurt"}, {"french", "paris"}, {"spanish", "madrid"},
            {"italian", "milan"}, {"swiss", "zurich"}, {"korean", "seoul"}, {"taiwanese", "taiwan", "taipei"},
            {"australian", "sydney"}, {"canadian", "toronto"}, {"singapore"}, {"brazilian"}, {"mexican"}, {"european"},
            {"asian"}, {"global", "world"}, {"emerging market", "emerging"}, {"tech", "technology"}, {"bank", "banking"},
            {"defence", "defense"}, {"energy"}, {"mining"}, {"airline"}, {"retail"}, {"chip"}, {"oil"})
"""Markets as a whole, each set one market however it is named: by its country ("Japan stocks", "Japanese shares") or its
city ("Tokyo stocks"), a region ("Asian shares") or a sector ("Energy stocks"); never a company ("U.S. Steel shares",
"Tokyo Electron shares", "Bank of China shares" are companies: see `_stock_of`)."""
_MARKET_OF = {name: "market:" + min(group) for group in _MARKETS for name in group}
_COMPANY_SUFFIXES = {"Inc", "Corp", "Plc", "PLC", "Ltd", "Co", "SA", "AG", "NV", "Group", "Holdings", "Class", "A", "B"}
_STOCK_OF = re.compile(r"\b((?:[A-Z][\w&.'’-]*\s+(?:of\s+)?){0,3}[A-Z][\w&.-]*)(?:['’]s)?\s+(?:shares|stock|stocks|share\s+price)\b")


@functools.lru_cache(maxsize=4096)
def _stock_of(f: Figure) -> str:
    """Whose shares move in the figure's clause ("Meridian shares fell 2.8%" -> "meridian", "Apple Inc shares" -> "apple",
    "Deutsche Bank shares" -> "deutsche bank"), "market:..." for a market as a whole ("Wall Street stocks", "Energy stocks"):
    two companies' moves, or a company's and the market's, are two quantities (the third user review; the twenty-third
    and twenty-fourth reviews)."""
    if f.kind != "percent" or f.at < 0:
        return ""
    before = re.split(r"[,;:]|\b(?:while|whereas|but|and)\b", f.sentence[max(0, f.at - 80):f.at])[-1]
    for m in reversed(list(_STOCK_OF.finditer(before))):
        raw = [w for w in m.group(1).split() if w not in _NOT_HOLDERS and not re.fullmatch(r"[A-Z][\w]*-listed", w)]
        owned = [k for k, w in enumerate(raw) if re.search(r"['’]s$", w)]
        if owned:  # "Japan's Toyota shares" is Toyota's; "Alphabet's Class A shares", "Berkshire Hathaway's Class B shares"
            rest = [w for w in raw[owned[-1] + 1:] if w.rstrip(".") not in _COMPANY_SUFFIXES]
            raw = rest or raw[:owned[-1] + 1]
        words = [re.sub(r"['’]s$", "", w) for w in raw if w.rstrip(".") not in _COMPANY_SUFFIXES]
        if not words:
            return ""
        name = " ".join(words).lower()
        return _MARKET_OF.get(name, name)
    return ""


def _same_stock(a: str, b: str) -> bool:
    """"alphabet class a" and "alphabet" are one company; "deutsche bank" and "deutsche telekom" are not; a market is one
    only with itself, however named ("Japanese shares" and "Tokyo stocks"; not "Tokyo stocks" and "China stocks", nor a
    company: the twenty-sixth to twenty-eighth reviews)."""
    if a.startswith("market:") or b.startswith("market:"):
        return a == b
    return _one_begins_other(a, b)


def _one_begins_other(a: str, b: str) -> bool:
    """Whether one name is the other or begins it, word by word ("reform uk" and "reform", "alphabet class a" and
    "alphabet"; not "scottish labour" and "labour")."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _possessors_differ(a: Figure, b: Figure) -> bool:
    oa, ob = _possessor(a), _possessor(b)
    sa, sb = _stock_of(a), _stock_of(b)
    return bool(oa and ob and not _same_names({oa}, {ob})) or bool(sa and sb and not _same_stock(sa, sb))


def _description(f: Figure) -> str:
    base = _what(f)
    return " ".join(p for p in (base, f.state) if p).strip().lower()


_LIMIT = re.compile(r"(?i)(?:\b(?:limit|limits)(?:\s+[\w-]+){0,4}\s+(?:is|was|of|at|to)|\blimited\s+to|\bcapped\s+at|"
                    r"(?<!market\s)\bcap(?:\s+[\w-]+){0,2}\s+(?:of|at|is|was)|\bceiling\s+(?:of|at|is|was)|"
                    r"(?<!reached\s)(?<!reaching\s)(?<!hit\s)(?<!hitting\s)(?<!recorded\s)(?<!peaked\s)(?<!of\s)(?<!holds\s)"
                    r"(?<!hold\s)(?<!with\s)\b(?:a|the)\s+maximum\s+of)"
                    r"\s+(?:(?:about|some|around|just|only|at\s+most|a\s+maximum\s+of|a\s+max\s+of)\s+)*$")


def _limit(f: Figure) -> bool:
    """A figure named as a limit ("the speed limit on the curve is 80 km/h", "a stretch limited to 80 km/h")."""
    i = f.at
    return i >= 0 and bool(_LIMIT.search(f.sentence[max(0, i - 50):i]))


_CALLED_FOR = re.compile(r"(?i)\b(?:call(?:ed|s|ing)?(?:\s+on)?|appeal(?:ed|s|ing)?(?:\s+to)?|ask(?:ed|s|ing)?)\s+"
                         r"(?:(?!for\b)[\w'’.-]+\s+){0,4}for\s+(?:an?\s+|the\s+|another\s+)?(?:extra\s+|additional\s+|further\s+)?$")
"""An amount asked for ("the UN called for $50 million in aid", "appealed to donors for $10m", "asked
Congress for $5 billion", "appealed to the international community on Tuesday for"): a demand, not a pledge."""


def _roles(f: Figure) -> set[str]:
    words = set(re.findall(r"[a-z]+", f"{f.counted} {f.context}".lower()))
    found = {role for role, cues in _ROLES.items() if words & cues}
    i = f.at
    if i >= 0 and _CALLED_FOR.search(f.sentence[max(0, i - 60):i]):
        found = (found - {"fund"}) | {"demand"}  # (an "appeal" for money asks; it pledges nothing)
    return found


def _scope(f: Figure) -> bool:
    """A total (an army's size, "of the 300 seats") rather than a part of it."""
    if f.kind == "count" and re.search(r"(?i)\b(?:of\s+(?:the|its|their|his|her|our)(?:\s+[\w-]+['’]s)?|out\s+of(?:\s+(?:the|its|their))?|of\s+a\s+total\s+of)\s+"
                                       + re.escape(f.text), f.sentence):
        return True
    if _population(f):
        return True  # a place's population: "Chuquibamba, a farming town of roughly 3,000 people" (the fourth user review)
    return bool(_SCOPE.search(f"{f.counted} {f.context}") or f.kind == "count" and _STAFF.search(f"{f.counted} {f.context}"))


_PLACE_OF = (r"(?i)\b(?:(?:town|city|village|hamlet|country|nation|district|community|island|municipality|province|"
             r"suburb|neighbou?rhood|settlement|camp|county)\s+of|home\s+to|population\s+of|populated\s+by)\s+")
"""Before a count, what makes it the people a place holds, not those something happened to (not "region": "in the region of
40,000 people" is about 40,000)."""


def _population(f: Figure) -> bool:
    """The people a place holds, background to any story ("Ostrava, a city of 280,000 people", "whose greater metropolitan
    area is home to about 12 million"): never compared, for two are nearly always two places or two boundaries (the sixth
    user review: Klodzko's 26,000 against Ostrava's 280,000, Paris's 2.1 million against its region's 12 million)."""
    i = f.at
    return f.kind == "count" and i >= 0 and bool(re.search(
        _PLACE_OF + r"(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over)\s+)?$", f.sentence[:i])) and bool(
        re.fullmatch(r"(?i)(?:people|inhabitants|residents|population|souls)?", f.counted))  # (the thirty-seventh review:
    # "killed 4 people in Klodzko, a town of about 40,000" is no population; "home to 60,000 fans" counts fans)


def _is_part(part: Figure, whole: Figure) -> bool:
    """"Carvex is shedding 4,500 jobs, including 1,200 at its plant in Dresden": 1,200 is part of 4,500."""
    i, j = part.at, part.sentence.find(whole.text)
    return 0 <= j < i and bool(re.search(r"(?i)\b(?:including|of\s+which|of\s+whom|among\s+them|among\s+which)\s+(?:some\s+|about\s+|around\s+)?$",
                                         part.sentence[:i]))


def _compound(a: Figure, b: Figure) -> bool:
    """"84 school districts" and "1,000 schools": `b`'s noun only qualifies `a`'s head, so the two
    count different things ("police officers" and "police" are one: a collective noun is the people)."""
    words = re.findall(r"[a-z]+", a.counted.lower())
    ha, hb = _head(a.counted), _head(b.counted)
    if len(words) < 2 or not hb.endswith("s") or ha == hb or _classes(ha) & _classes(hb) or hb in COLLECTIVE:
        return False  # (a plural noun only: "150 million rapid" is a cut-short phrase, not "rapid things")
    return hb.rstrip("s") in {w.rstrip("s") for w in words[:-1]}


def _thing(head: str) -> int:
    return next((i for i, c in enumerate(_THINGS) if head in c), -1)


def _usd(f: Figure) -> float:
    return f.value * USD_PER.get(f.unit, 1.0)


def _is_scale_slip(a: Figure, b: Figure) -> bool:
    """One value is the other without its "thousand"/"million"/"billion" (€880 vs €880 million)."""
    converted = a.kind == "money" and a.unit != b.unit
    small, big = sorted((a, b), key=_usd if converted else (lambda f: f.value))
    lo, hi = (_usd(small), _usd(big)) if converted else (small.value, big.value)
    if lo <= 0:
        return False
    tolerance = CONVERSION_TOLERANCE if converted else 1e-6
    for k in (1e3, 1e6, 1e9):
        if abs(lo * k - hi) <= tolerance * hi:
            return not re.search(r"(?i)thousand|million|billion|trillion|\d\s*(?:k|m|bn|tn)\b", small.text)
    return False


_SITES = (r"(?:cent(?:er|re)|hospital|school|stadium|park|airport|church|mosque|synagogue|temple|shelter|camp|prison|jail|"
          r"hotel|station|university|college|arena|building|plant|factory|mall|district|precinct|ward|constituency|"
          r"neighbou?rhood|village|suburb)s?\b")
"""A place that is one part of a story's ground: a site, or a district of a city or country."""


def _site(f: Figure) -> str:
    """The site or district the figure is for, as its sentence names it, lower case ("palmdale oasis park recreation center",
    "lisbon district" where the place is "Lisbon" and the sentence says "In Lisbon district": every source names the
    capital, only one the district); "" where its place is neither."""
    if not f.place:
        return ""
    m = re.search(rf"(?i)\b{re.escape(f.place)}\s+{_SITES}", f.sentence)
    return m.group().lower() if m else f.place.lower() if re.search(rf"(?i)\b{_SITES}", f.place) else ""


def _apart_by_place(group: list[Figure], said: Mapping[str, str]) -> list[Figure]:
    """The group less each figure for a site or district no other source in it ever names (`said`: each source's words,
    lower case), where another source gives its figure for no place: a part of the others' whole, not a rival of it ("about
    600 people spent Monday night" in one shelter against 14,000 and 20,000 evacuated; turnout "in Lisbon district" against
    the national turnout: the fifth user review). Any place at all was measured and not kept: it took labelled-pair recall
    0.73 -> 0.69 for no precision (places are often incidental: "in Manhattan", "in United States")."""
    unplaced = {f.source for f in group if not f.place}
    sources = {f.source for f in group}
    return [f for f in group if not ((site := _site(f)) and unplaced - {f.source} and not any(
        site in said.get(s, "") for s in sources - {f.source}))]


def _words_of(figs: Sequence[Figure], texts: Mapping[str, str] | None) -> dict[str, str]:
    """Each source's words, lower case: its whole article where `texts` gives it (a source names the hospital in a sentence
    with no figure: the thirty-sixth review), else the sentences its figures come from."""
    said: dict[str, str] = {}
    for f in figs:
        said[f.source] = f"{said.get(f.source, '')} {f.sentence.lower()}"
    return said | {k: v.lower() for k, v in (texts or {}).items()}


def _same_place(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if (" and " in a) != (" and " in b) and a and b:  # "Poland and the Czech Republic" holds Poland: a whole, not it
        return False
    return not a or not b or a in b or b in a


_PERIOD_OF = re.compile(rf"(?i)\b({PERIODS})\b")


def _period_of(counted: str) -> str:
    """The reporting period a money noun names: "first-half loss" -> "first-half", "full-year
    revenue" -> "annual", "quarterly profit" -> "quarter" (any quarter), "" for none."""
    m = _PERIOD_OF.search(counted)
    if not m:
        return ""
    p = m.group(1).lower().replace(" ", "-")
    return {"full-year": "annual", "fiscal": "annual", "half-year": "first-half"}.get(p, p)


def _periods_differ(a: str, b: str) -> bool:
    """Two named periods that cannot be the same ("quarterly" is any quarter)."""
    if not a or not b or a == b:
        return False
    return not ({a, b} & {"quarterly"} and all(p == "quarterly" or p.endswith("-quarter") for p in (a, b)))


_FISCAL = (("deficit", "borrowing"), ("debt",), ("spending", "expenditure"), ("revenue", "revenues", "tax", "burden", "take"),
           ("surplus",), ("investment",))
_SECTORS = {"defence": "defence", "defense": "defence", "military": "defence", "health": "health", "education": "education",
            "interest": "interest", "trade": "trade"}


def _share_of_economy(f: Figure) -> str:
    """What a share of GDP measures, as one of a few kinds ("budget deficit" and "borrowing" are one, "tax burden" and "tax
    revenue" one, "military spending" and "spending on defence" one), or ""."""
    if not f.counted.endswith("share of GDP"):
        return ""
    words = f.counted.split()[:-3]
    sector = next((_SECTORS[w] for w in words if w in _SECTORS), "")
    kind = next((k[0] for k in _FISCAL if any(w in k for w in words)), " ".join(words))
    return f"{sector} {kind}".strip()


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _target_year(time: str) -> str:
    """The year a figure is a target or projection for ("by 2031", "by the end of 2030"), or ""."""
    m = re.match(r"(?i)by\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", time.strip())
    return m.group(1) if m else ""


def _other_targets(a: Figure, b: Figure) -> bool:
    """A target for one year against a figure of another year or of now ("to hit $8.2 trillion by 2031" and "a $6 trillion
    budget on Friday", "$34 trillion in 2024", "in fiscal 2025", "last year", "this year", "in January"); not against the
    same year said otherwise ("in 2031") or a figure with no time ("by the end of the decade", a "target" with no year; "on
    track for its 2030 goal" names no year of its own: the thirty-second to thirty-fifth reviews)."""
    ya, yb = _target_year(a.time), _target_year(b.time)
    if not (ya or yb) or ya == yb:
        return False
    target, other = (ya, b) if ya else (yb, a)
    years = _YEAR.findall(other.time) + [y for pair in _DATED_IN.findall(other.sentence) for y in pair if y]
    return bool(years and target not in years or not years and (_THIS_WEEK.search(other.time) or _NOW.search(
        f"{other.time} {other.sentence}")))


_DATED_IN = re.compile(r"(?i)\b(?:in|for|during)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b|"
                       r"\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b")
"""A year a figure's sentence dates it by: "in 2024", "in fiscal 2025", "fiscal year 2023" (not "for its 2030 goal")."""
_NOW = re.compile(rf"(?i)\b(?:(?:last|this|the\s+past)\s+(?:fiscal\s+)?year|so\s+far|to\s+date|currently|stands\s+at|"
                  rf"in\s+(?:{'|'.join(MONTHS)})\b)")
"""Words that date a figure now or in the past year, not at a target: "last year", "this year", "stands at", "in January"."""


_HEADCOUNT = re.compile(r"(?i)\b(?:(?P<employs>employs|employed|employing)|had|has|have|with)\s+"
                        r"(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|just\s+over|fewer\s+than)\s+)?$")


def _headcount(f: Figure) -> bool:
    """A firm's whole workforce, not a change in it: "It had about 50,000 employees at the end of June", "employs 12,000
    people", "a workforce of 8,000" (the fifth user review: set against 2,700 redundancy notices); "had" or "with" only
    before employees, workers, staff or members ("The federation has 13,850 members": the fourteenth blind set's strike, set
    against 11,000 strikers; "the protest had 5,000 people" is a crowd)."""
    i = f.at
    if re.search(r"(?i)\b(?:workforce|headcount|payroll)$", f.counted) or i >= 0 and re.search(
            r"(?i)\b(?:workforce|headcount|payroll)\s+of\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$", f.sentence[:i]):
        return True  # "its 50,000-strong workforce", "a workforce of 40,000"
    m = _HEADCOUNT.search(f.sentence[max(0, i - 40):i]) if i >= 0 else None
    if m and re.match(r"(?i)\s*(?:[\w-]+\s+)?members\s+(?:on\s+strike|striking|walking\s+out|taking\s+part)", _after(f)):
        return False  # "it had 11,000 members on strike": strikers, not the membership
    nouns = r"employees|workers|staff|personnel" + ("|people|jobs" if m and m["employs"] else "") + (
        "|members" if m and re.match(r"(?i)ha[sd]\b", m.group()) else "")  # (not what a committee "would have")
    return bool(m) and bool(re.match(rf"(?i)^(?:\w+\s+)?(?:{nouns})\b", f.counted))


_FORECAST = re.compile(r"(?i)\b(?:expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|predicting|projects?|"
                       r"projected|projecting|anticipates?|anticipated)\b(?:(?![.;]|\bsaid\b|\bsays\b)[^\d])"
                       r"{0,60}?\b(?:to|would|will)\s+(?:fall|rise|grow|expand|contract|shrink|decline|drop|slow|ease|climb|"
                       r"increase|reach|hit|peak|average|be|come\s+in|remain|stay)\b(?:\s+[a-z]+){0,2}\s+$")
"""Before a figure, what makes it a forecast of a level: "expects inflation to fall to around 4.9%", "predicted it would fall
below 2%" (not a cost: "is expected to cost about €45m" is the estimate that "will cost" gives)."""


def _forecast(f: Figure) -> bool:
    """A forecast, not an outturn (the sixth user review: the Bank's year-end forecast was set among June's inflation)."""
    i = f.at  # (a rate or an amount: "Restoration is expected to take 10 to 15 years" is what "will take" says)
    if f.kind not in ("percent", "money") or i < 0:
        return False
    before, after = f.sentence[max(0, i - 90):i], _after(f)
    return bool(_FORECAST.search(before) or _EXPECTED_BEFORE.search(before) or _EXPECTED_AFTER.match(after)
                or _GUIDANCE.search(before) or _GUIDED_TO.search(before))


_GUIDED_HEDGE = r"(?:(?:about|around|roughly|some|nearly|between|at\s+least|up\s+to)\s+)?$"
_GUIDANCE = re.compile(r"(?i)(?<![-\w])(?<!than\s)(?<!its\sown\s)(?:expects?|expected|forecasts?|projected|predicts?|predicted|sees|guided|"
                       r"anticipates?)\s+(?:(?:first|second|third|fourth|full|annual|quarterly|current|next|[\w-]+-(?:quarter|year)|"
                       r"fiscal|its|the|this|year|quarter|core|net|operating|adjusted|total|was|is|for)\s+){0,3}?"
                       r"(?:revenue|sales|profit|earnings|income|turnover|growth|inflation|deficit|output)\s+of\s+" + _GUIDED_HEDGE)
_GUIDED_TO = re.compile(r"(?i)\b(?:forecast|guidance|outlook|target)\s+(?:range\s+)?(?:to|of|at)\s+" + _GUIDED_HEDGE)
"""A company's guidance, a forecast of a level: "expects revenue of about $43 billion in its current quarter", "forecast revenue of
between $42.1bn and $43.9bn", "raised its full-year revenue forecast to $16.5 billion" (the fourth user review's earnings: set
beside the quarter's $39.3 billion as one range)."""


_EXPECTED_BEFORE = re.compile(r"(?i)(?:\b(?:analysts['’]?|economists['’]?|consensus|market|average|Wall\s+Street)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:estimates?|expectations?|projections?|forecasts?|predictions?)\s+(?:of|for)\s+|\bbeating\s+(?:estimates|expectations)"
                              r"\s+(?:of|for)\s+|\b(?:analysts?|economists?|Wall\s+Street|polled|surveyed)\b[^.;:]*?\b(?:had\s+)?(?:expected|forecast|"
                              r"predicted|estimated|anticipated|projected|expecting|forecasting)\b(?:(?!\b(?:but|while|yet|instead)\b)(?:[^.;:,]|(?<=\d)\.(?=\d)))*?)"
                              r"(?:(?:about|around|roughly|nearly|some|an?\s+average|average)\s+)?$")
_EXPECTED_AFTER = re.compile(r"(?i)^\s+(?:(?!than\b)[a-z-]+\s+){0,2}?(?:analysts?|economists?|Wall\s+Street)\b"
                             r"(?:\s+(?:[A-Za-z-]+\s+){0,2}?)?\s*(?:had\s+)?(?:expected|forecast|predicted|estimated|anticipated|projected)\b")
"""What analysts expected, not what came: "beating estimates of $38.05 billion", "Analysts polled by FactSet had forecast
revenue of $38.1 billion", "above the $38.2 billion Wall Street analysts had expected" (the fourth user review's earnings:
the forecast $38.1 billion was set against the $39.33 billion reported)."""


_POSSIBLE_AFTER = re.compile(r"(?i)^(?:(?!\b(?:and|but|while|as|after|when|which|who)\b)[^.;,]){0,40}?\b(?:could|might|may)\s+"
                             r"(?:still\s+)?(?:not\s+be\s+ruled\s+out|be\s+possible|(?:strike|hit|follow|occur|happen|come))\b")
_POSSIBLE_BEFORE = re.compile(r"(?i)\b(?:risk|chance|possibility|likelihood|probability)\s+of\s+(?:an?\s+|another\s+)?"
                              r"(?:(?!(?:after|as|when|and|but|for|to|in|on|at|that|which|while)\b)[\w-]+\s+){0,3}$")


def _possible(f: Figure) -> bool:
    """A figure for what may yet happen, not what did: "a larger aftershock of magnitude 6 or more could not be ruled out",
    "the risk of a magnitude-7 quake" (the fourth user review's aftershock was set against the strongest one measured)."""
    i = f.at
    return i >= 0 and bool(_POSSIBLE_AFTER.match(_after(f)) or _POSSIBLE_BEFORE.search(f.sentence[max(0, i - 60):i]))


_CLOSED = re.compile(r"(?i)\b(?:closed|closing|ended|finished|settled)\s+(?:[\w-]+\s+){0,3}?(?:(?:up|down|higher|lower)\s+)?"
                     r"(?:by\s+)?(?:at\s+)?$")


def _in_session(f: Figure) -> str:
    """When in a trading day a market move was: "peak" ("rose as much as 6.4%", the session's most), "close" ("closed up
    4.9%"), or "" (the fifth user review: an intraday peak was set against a close)."""
    i = f.at
    if i < 0:
        return ""
    if _CLOSED.search(f.sentence[max(0, i - 50):i]):
        return "close"
    if re.match(r"(?i)as\s+much\s+as\b", f.text) or re.search(r"(?i)\bas\s+much\s+as\s*$", f.sentence[:i]):
        return "peak"
    return "intraday" if _INTRADAY.search(f.sentence[i:i + len(f.text) + 60]) else ""


_INTRADAY = re.compile(r"(?i)\b(?:(?:by|at|as\s+of)\s+\d{1,2}[:.]?\d{2}\s*(?:GMT|BST|CET|CEST|UTC|ET|EDT|EST|local\s+time|"
                       r"[ap]\.?m\.?)|in\s+(?:early|morning|afternoon|midday|lunchtime)\s+(?:trading|trade|deals)|intraday|"
                       r"at\s+one\s+point)")
"""A move during the session, at a time: "were up 37.9% at 37.65 euros by 1105 GMT", "in early trading" (the sixteenth blind
set: against "closed up 35 per cent")."""


_NEED = r"(?:needs?|needed|requires?|required|takes|necessary)"
_MAJORITY = r"(?:an?\s+|the\s+)?(?:(?:absolute|outright|overall|working|simple|governing|parliamentary|clear)\s+)?majority\b"
_MAJORITY_AFTER = re.compile(rf"(?i)^(?:\s+[\w-]+){{0,3}}?\s+(?:{_NEED}\s+)?(?:for|to\s+(?:win|form|secure|command|reach|get|"
                             rf"have|hold|pass))\s+{_MAJORITY}")
_MAJORITY_BEFORE = re.compile(rf"(?i)\b(?:majority\s+(?:is|{_NEED}|would\s+require)|threshold\s+(?:of|is))\s+$")
"""Not "a majority of 56%": what someone won (the thirty-sixth review)."""


def _what_a_majority_takes(f: Figure) -> bool:
    """Whether the figure is what a majority takes, not what anyone has: "A party needs 116 seats for a majority",
    "the 116 seats needed to form a majority", "A majority requires 116 seats" (the fifth user review: set against a
    party's 79 seats). A need is said ("won 51 seats for a majority" is the party's)."""
    at = f.at
    if at < 0:
        return False
    before, after = f.sentence[:at], f.sentence[at + len(f.text):]
    if _MAJORITY_BEFORE.search(before):
        return True
    m = _MAJORITY_AFTER.match(after)
    return bool(m and (re.search(rf"(?i)\b{_NEED}\b", m.group()) or re.search(rf"(?i)\b{_NEED}\s+(?:\S+\s+){{0,2}}$", before)))


_MONTH_NAMED = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b")


_RESERVE = {"USD", "EUR", "GBP"}
"""The currencies an amount is converted into for readers abroad ("1bn zloty (£197m)"); two other currencies are two
countries' amounts."""


_YEAR_SO_FAR = re.compile(r"(?i)\b(?:(?:so\s+far\s+)?this\s+year|year\s+to\s+date|year-to-date|since\s+(?:January|the\s+start\s+of\s+"
                          r"(?:the|this)\s+year)|from\s+January|in\s+the\s+first\s+\w+\s+months)\b")
_ONE_DAY = re.compile(rf"(?i)\b(?:{WEEKDAY}|today|yesterday|tonight|overnight)\b")


def _time_scope(f: Figure) -> str:
    """"year" for a figure whose time runs from the year's start ("so far this year", "from January"), "day" for one day's
    ("on Thursday": the event's day, not the day it was said or published on: "250,000 migrants had crossed, in a report
    published on Monday", "officials said on Tuesday": the thirty-eighth review), else ""."""
    if _YEAR_SO_FAR.search(f.time):
        return "year"
    said = re.search(rf"(?i)\b(?:said|says|reported|published|announced|told|confirmed|statement|report)\b[^.;]{{0,40}}"
                     rf"{re.escape(f.time)}", f.sentence)
    return "day" if _ONE_DAY.search(f.time) and not said else ""


_AVERAGE = re.compile(r"(?i)\b(?:average|averaged|averaging|mean|median)\b")


def _averaged(f: Figure) -> bool:
    """Whether the figure is an average or a median ("the average temperature across mainland Spain was 30.8C")."""
    return bool(_AVERAGE.search(f"{f.counted} {f.context}") or f.at >= 0 and _AVERAGE.search(f.sentence[max(0, f.at - 50):f.at]))


_READINGS = {"km/h", "mph", "kn", "C", "F", "deg"}
"""Units of a reading taken at a moment (wind, temperature), which differs from day to day without anyone disagreeing."""


def _reported_day(f: Figure) -> bool:
    """Whether the figure's day is the day it was reported ("Gusts of 120 km/h hit the coast, the Met Office said on Sunday"),
    not when it was measured."""
    return bool(f.time) and bool(re.search(rf"(?i)\b(?:said|says|reported|told|announced|confirmed)\s+(?:\w+\s+)?{re.escape(f.time)}",
                                           f.sentence))


def _other_day(a: str, b: str) -> bool:
    """Two times that name days, none the same ("on Saturday", "on Sunday")."""
    da, db = set(re.findall(rf"(?i)\b{WEEKDAY}\b", a.lower())), set(re.findall(rf"(?i)\b{WEEKDAY}\b", b.lower()))
    return bool(da and db and not da & db)


def _other_month(a: str, b: str) -> bool:
    """Two times that name months, none the same ("in December 2021", "in June")."""
    ma, mb = set(_MONTH_NAMED.findall(a)), set(_MONTH_NAMED.findall(b))
    return bool(ma and mb and not ma & mb)


_ASSET_PRICES = re.compile(r"(?i)\b(?:oil|crude|gold|silver|copper|share|stock|bond|commodity|wheat|bitcoin|crypto(?:currency)?)\s+"
                           r"prices\b")
"""An asset's prices, which are a market's move ("Oil prices rose 3%" and "Oil rose 5%": the thirty-eighth review)."""


def _priced(f: Figure) -> str:
    """What moved, for a percentage: "prices" (inflation, prices), "market" (a currency, shares, an index) or ""."""
    what = _what(f)
    clause = re.split(r"[;,]|\b(?:while|whereas|but|and)\b", f.sentence[:f.at])[-1] if f.at >= 0 else ""
    if _PRICES.search(_ASSET_PRICES.sub(" ", what)) or _PRICES.search(_ASSET_PRICES.sub(" ", clause)):
        return "prices"
    return "market" if _MARKET.search(re.sub(r"(?i)\beuro[- ]?(?:zone|area)\b", "", what)) else ""


def _other_year(a: str, b: str, now: str = "") -> bool:
    """Two times in different years, or a year and a time of now ("in 2007", "on Monday"; "in early 2024", "since July": the
    ninth user review's reservoirs; "in June 2023", "so far this year": the seventh's shipwreck). `now`: the year the
    articles were published in, when known ("in 2024" is this year in a 2024 article); "since 2022" runs to now."""
    ya, yb = _YEAR.findall(a), _YEAR.findall(b)
    if ya and yb:
        return not set(ya) & set(yb)
    last_a, last_b = bool(_LAST_YEAR.search(a)), bool(_LAST_YEAR.search(b))
    if last_a != last_b and not ya and not yb:
        return True  # "654 deaths at the same point last year" is no rival of this year's 643, dated or not (the fourth user review)

    def past(t: str, years: list[str], last: bool) -> bool:
        if not years:
            return last
        if now in years or not _BARE_YEAR.match(t.strip()):
            return False
        return not re.match(r"(?i)since\b", t.strip())  # ("since 2022" and "to date" are both totals to now)

    if past(a, ya, last_a) and _LATELY.search(b) or past(b, yb, last_b) and _LATELY.search(a):
        return True
    return bool(ya and _BARE_YEAR.match(a.strip()) and _THIS_WEEK.search(b) or yb and _BARE_YEAR.match(b.strip()) and _THIS_WEEK.search(a))


_OPENING_YEAR = re.compile(rf"(?i)^in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{'|'.join(MONTHS)})\s+)?((?:19|20)\d\d)(?:,|\s+(?=(?:a|an|the)\s))")


def _years_ago(f: Figure, other: Figure, now: str) -> bool:
    """Whether `f` is of a sentence that opens with a year other than now's, and is dated by it ("In 1998, the river flooded
    about 640 homes"; not "about 480,000 customers when it collapsed in November 2021", the collapse the story is about), and
    `other` names no year (undated, "on Monday", or "last year" but for the year before `now`)."""
    m = _OPENING_YEAR.match(f.sentence.strip())
    if not m or m.group(1) not in f.time or _YEAR.search(other.time) or m.group(1) in other.sentence:
        return False  # ("The 2021 floods killed 196 people" is of that year)
    if not _before_now(m.group(1), now):
        return False  # (this year's, or "In 2026, the company plans to build 500,000 cars": a plan, not the past)
    return not (now and _LAST_YEAR.search(other.time) and int(now) - 1 == int(m.group(1)))


_EARLIER_WHEN = re.compile(rf"(?i)\b(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{'|'.join(MONTHS)})\s+)?((?:19|20)\d\d)"
                           r"(?:,?\s+(?:when|in\s+which)\b|,?\s+(?:that|which)\s+(?:[a-z]+\s+)?(?:[a-z]+ed|left|cut|hit|struck|sank|took|made|"
                           r"drove|swept|tore|shut|kept|brought|caught|fell|lost|saw|went|came|ran)\b)")
_EARLIER_ONE = re.compile(r"(?i)^(?:the|that|this|an?)\s+(?:(?:earlier|previous|prior)\b|((?:19|20)\d\d)\s+[a-z])")
_LAST_ONE = re.compile(rf"(?i)^(?:the|its|their)\s+(?:last|previous|earlier|prior)\s+"
                       rf"(?:(?!(?:was|were|is|are|has|had|still|built|opened|founded)\b)[\w'’-]+\s+){{0,7}}?[\w'’-]+,?\s+"
                       rf"(?:was\s+)?in\s+(?:(?:{'|'.join(MONTHS)})\s+)?((?:19|20)\d\d)\b")
"""An earlier event named with its year at the head of the sentence: "The last nationwide port strike, in 2012, lasted 11 days",
"The last major trade dispute between the two countries, in 2011, saw Neradia impose 15% tariffs" (the fifteenth blind set);
not a thing's year ("The last hospital still open in the city was built in 1970 and is treating 400 wounded")."""
_CLAUSE_BREAK = re.compile(r";|\b(?:but|while|whereas|although|though|now)\b")
"""What ends a sentence's earlier event: its figures come before it ("The previous estimate was 300, but ... 450")."""
_AS_PRECEDENT = re.compile(r"(?i)\b(?:earlier|previous|prior|last|worst|deadliest|biggest|largest)\b")


_MONTH_DAY = re.compile(rf"(?i)\b(?:({'|'.join(m[:3] for m in MONTHS)})[a-z]*\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+({'|'.join(m[:3] for m in MONTHS)})[a-z]*)\b")


def _before_now(year: str, now: str) -> bool:
    """Whether a year ("2009") is before `now`, the articles' year; any year is, where that is not known."""
    return not now or year < now


def _precedent(f: Figure, now: str) -> str:
    """What names the earlier event (its year; for one that names none, the day the sentence gives, "jan 19", or "earlier")
    when `f` is a figure of an earlier event the sentence sets beside this one: "the last major blackout was in 2009, when
    1.9 million customers lost power", "the worst since July 2009, when a fault left 1.9 million customers without
    electricity", "That earlier blackout ... left 1.9 million customers", "The 2009 blackout, the country's previous worst,
    cut power to 1.9 million" (the thirteenth blind set's blackout: no rival of this one's 3.1 million); else "". Not "the
    2026 budget" of a 2026 article, nor a figure before the "when" ("480,000 customers when it collapsed in November 2021")."""
    if f.at < 0:
        return ""
    before = f.sentence[:f.at]
    when = [m for m in _EARLIER_WHEN.finditer(before) if _before_now(m.group(1), now)]
    if when and not re.search(r"[,;]|\b(?:but|while|whereas|although|though)\b", before[when[-1].end():]):
        return when[-1].group(1)  # (the "when" clause ends at its comma: "the worst since 2009, when 1.9 million customers lost
        # power, left 3.1 million without electricity"; "Since 2019, when the law took effect, more than 4,000 have been fined")
    if _CLAUSE_BREAK.search(before):
        return ""  # ("The previous estimate was 300 dead, but on Tuesday officials said 450 had been killed")
    last = _LAST_ONE.match(f.sentence.strip())
    if last and f.at >= len(f.sentence) - len(f.sentence.lstrip()) + last.end() and _before_now(last.group(1), now):
        return last.group(1)
    m = _EARLIER_ONE.match(f.sentence.strip())
    if not m:
        return ""
    year = m.group(1)
    if not year:  # "That earlier blackout", "The previous day of action, on January 19,"
        return next((_day_named(d) for d in _MONTH_DAY.finditer(f.sentence)), "earlier")
    if not _before_now(year, now) or not now and not _AS_PRECEDENT.search(f.sentence):
        return ""
    return year


def _day_named(m: re.Match[str]) -> str:
    """"jan 19" for "January 19" and "19 January"."""
    return f"{(m.group(1) or m.group(4)).lower()} {int(m.group(2) or m.group(3))}"


def _names_event(key: str, sentence: str) -> bool:
    """Whether a sentence names the earlier event that `key` (see `_precedent`) stands for: its year or its day."""
    if key == "earlier":
        return False
    if key[:1].isdigit():
        return re.search(rf"\b{key}\b", sentence) is not None
    return any(_day_named(m) == key for m in _MONTH_DAY.finditer(sentence))


def _other_event(a: Figure, b: Figure, now: str) -> bool:
    """Whether the figures are of different events: of two earlier ones ("the previous day of action, on January 19, drew
    80,000", "the biggest demonstration since 2010, when 1.23 million marched"), or one of an earlier event (see
    `_precedent`) and the other of this one, unless the other's sentence names the earlier event ("In 2011, the MV Bahari sank ...,
    killing 167" and "since 2011, when the MV Bahari sank with the loss of more than 200 lives" are one sinking)."""
    pa, pb = _precedent(a, now), _precedent(b, now)
    if pa == pb:
        return False
    if pa and pb:
        return True
    key, other = (pa, b) if pa else (pb, a)
    return not _names_event(key, other.sentence)


_THIS_WEEK = re.compile(rf"(?i)\b(?:{WEEKDAY}|today|yesterday|tonight|(?:this|last)\s+week)\b")
_LATELY = re.compile(rf"(?i)\b(?:{WEEKDAY}|today|yesterday|tonight|(?:this|last)\s+week|this\s+(?:year|month)|so\s+far|to\s+date|"
                     rf"since\s+(?:{'|'.join(MONTHS)})\b(?!\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d))")
"""A time of now: a day of this week, this year or month, "so far", "since July" (with no year)."""
_LAST_YEAR = re.compile(r"(?i)(?<!since\s)\b(?:last|the\s+previous)\s+(?:year|summer|winter|spring|autumn|fall)$")
"""A time in the year before this one: "Last summer, the institute attributed 2,012 deaths to heat" (the ninth user review)."""
_BARE_YEAR = re.compile(rf"(?i)^(?:in|since|during)?\s*(?:the\s+whole\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:{'|'.join(MONTHS)})\s+)?"
                        r"(?:19|20)\d\d$")
"""A time that names a year, or a month of it, and no day: "in 2007", "in September 1985", "in early 2024" (not "on June 28,
2024", which may be this week's Monday)."""


_AT_LEAST = {"at least", "more than", "over", "upwards of", "no fewer than", "not less than", "in excess of", "above"}
_AT_MOST = {"up to", "as many as", "as much as", "at most", "no more than", "fewer than", "less than", "under", "nearly", "almost",
            "below"}


def _bounded(a: Figure, b: Figure) -> bool:
    """Whether a's hedge makes it a bound that b's value keeps: "at least 38" and 41, "up to 250" and 180."""
    return a.hedge in _AT_LEAST and b.value >= a.value or a.hedge in _AT_MOST and b.value <= a.value


_DATED = re.compile(r"(?i)\b(?:(?:19|20)\d\d|last\s+(?:year|month|week)|ago|previous|earlier|a\s+year\s+before)\b")
"""A time that sets a value in another period than an undated one beside it."""
_UPDATING = re.compile(r"(?i)\b(?:later|now|updated|revised|latest|risen|rose\s+to|climbed\s+to|increased\s+to|jumped\s+to|"
                     r"raised|toll|tally)\b")
"""Words that make a value an update of another, not a second quantity."""


def _one_source_two_values(a: Figure, b: Figure) -> bool:
    """Whether one source gives two values with nothing to tell them apart: one speaker or none, no two times. An article that
    gives 10,200 trucks delivered and 29,000 on order speaks of two quantities (the seventh user review: six of them in one
    "Estimates of trucks differ"); one that gives the same quantity twice says who counted or when ("police said 80,000,
    the CGT 500,000"; "3,000 on October 23 ... 10,000 by December")."""
    if a.source != b.source or a.sentence == b.sentence or same_amount(a, b) or _vague(a) or _vague(b) \
            or _bounded(a, b) or _bounded(b, a):
        return False  # (a vote of 21 to 19, a whole and its part in one sentence: `_consistent` sees to those; "Hundreds of
        # thousands marched ... police counted 338,000"; "at least 38 ... 41")
    if a.attribution.lower() != b.attribution.lower() or a.place.lower() != b.place.lower():
        return False  # (one with a speaker or a place and one without may be a count and a later one, a whole and a part:
        # `_consistent` sees to those)
    if a.low is not None and a.low <= b.value <= a.value or b.low is not None and b.low <= a.value <= b.value:
        return False  # "Between 20,000 and 30,000 people marched. Some 25,000 protesters gathered"
    if _UPDATING.search(a.sentence) or _UPDATING.search(b.sentence):
        return False  # "Officials later said the earthquake killed 45 people": a count and its update
    if bool(a.time) != bool(b.time) and _DATED.search(a.time or b.time):
        return False  # "205 killed" beside "Floods in 2021 killed 220" (the thirty-eighth review): another year's
    return not (a.time and b.time and a.time.lower() != b.time.lower())


def _compatible(a: Figure, b: Figure, sim: float, apart: bool = True) -> bool:
    """Whether two figures may measure the same thing (`apart`: and are not one source's two values, see
    `_one_source_two_values`)."""
    if a.kind != b.kind:
        return False
    if apart and _one_source_two_values(a, b):
        return False
    if a.kind == "money":
        if not a.unit or not b.unit:
            return False
        if a.unit != b.unit and not {a.unit, b.unit} & _RESERVE:
            return False  # Poland's 5 billion zlotys are not the Czech Republic's 30 billion koruna (the sixth user review)
    elif a.unit != b.unit:
        return False
    if _norm_rate(a.rate) != _norm_rate(b.rate):
        return False
    if a.unit == "magnitude" and a.counted != b.counted:  # the earthquake and an aftershock
        return False
    now = (a.published or b.published)[:4]
    if a.unit == "magnitude" and _other_year(a.time, b.time, now):  # "a magnitude 8.0 earthquake ... in 2007" is another quake
        return False
    if _other_targets(a, b):  # "total spending to hit $8.2 trillion by 2031" is no budget for this year
        return False
    if _what_a_majority_takes(a) != _what_a_majority_takes(b):  # "needs 116 seats for a majority" is no party's seats
        return False
    if _headcount(a) != _headcount(b) and a.kind == "count":  # "It had about 50,000 employees" is no cut of 2,700
        return False
    if _forecast(a) != _forecast(b):  # "expects inflation to fall to around 4.9% by the end of the year" is no outturn
        return False
    if _possible(a) != _possible(b):  # "an aftershock of magnitude 6 or more could not be ruled out" is no reading of 5.8
        return False
    if _years_ago(a, b, now) or _years_ago(b, a, now):  # "In 1998, the river flooded about 640 homes" is no rival of today's
        return False  # undated 600 (the tenth blind set)
    if _other_event(a, b, now):  # the blackout of 2009 is no rival of this one (the thirteenth blind set)
        return False
    if a.unit in _READINGS and _other_day(a.time, b.time) and not _reported_day(a) and not _reported_day(b):
        return False  # gusts of 110 km/h "on Saturday" and 120 "on Sunday": two days' readings (the sixth user review's storm)
    if _other_year(a.time, b.time, now):  # deliveries "in 2025" are not this year's guidance "in 2026" (the seventh user review)
        return False
    if a.kind == "count" and {_time_scope(a), _time_scope(b)} == {"year", "day"}:
        return False  # about 270 rescued "on Thursday" is no count of the 4,900 rescued "this year" (the seventh user review)
    if a.kind == "percent" and _other_month(a.time, b.time):
        return False  # inflation of 5.4% "in December 2021" is not June's 7.9% (the sixth user review): a rate is of its month
    if a.kind == "percent" and {_priced(a), _priced(b)} == {"prices", "market"}:
        return False  # "Sterling rose 0.3%" is no rise in prices (7.9%: the sixth user review)
    if _averaged(a) != _averaged(b):  # a national average of 30.8C is no rival of one station's 47.9C (the ninth user review)
        return False
    sessions = {_in_session(a), _in_session(b)}
    if "close" in sessions and len(sessions - {""}) == 2:  # "rose as much as 6.4%" in the session, or "by 1105 GMT"; "closed up 4.9%"
        return False
    ea, eb = _share_of_economy(a), _share_of_economy(b)
    if ea and eb and ea != eb:
        return False  # public debt at 98.5% of GDP is not spending at 47% of GDP (heldout9)
    sa, sb = set(a.state.split()), set(b.state.split())
    if sa and sb and not sa & sb:
        return False
    if not _same_place(a.place, b.place):
        return False
    if a.source == b.source and a.sentence == b.sentence and (_is_part(a, b) or _is_part(b, a)):
        return False
    if a.kind == "count" and (_compound(a, b) or _compound(b, a)):
        return False
    ta, tb = _thing(_head(a.counted or a.context)), _thing(_head(b.counted or b.context))
    if (ta >= 0 or tb >= 0) and ta != tb and a.kind == "count":
        return False
    if _periods_differ(_period_of(a.counted), _period_of(b.counted)):  # a first-half loss is not an annual one
        return False
    pa, pb = _proper(a.counted), _proper(b.counted)
    if pa and pb and not _same_names(pa, pb):
        return False
    if _measure(a) != _measure(b):  # underlying inflation 2.8% is not the headline 2.4% (the second user review)
        return False
    ea, eb = _endpoint(a), _endpoint(b)
    if ea and eb and ea != eb:  # efficacy against hospitalisation is not against any symptomatic case
        return False
    if _worldwide(a) != _worldwide(b) and (a.place or b.place):  # a site's 1,500 staff are not the 20,000 worldwide
        return False
    if a.kind == "percent" and a.time and b.time and _over_a_span(a) != _over_a_span(b) and _MARKET.search(a.sentence) and _MARKET.search(b.sentence):
        return False  # "fallen 18 per cent this year" is not "falling as much as 4% on Monday" (the third user review)
    if _possessors_differ(a, b):  # "Germany's 10-year Bund yield, the benchmark, fell 6 basis points to 2.41%", "Italy's 10-year yield"
        return False
    if _capitals_differ(a, b):
        return False
    sa, sb = _stretch_of(a), _stretch_of(b)
    if sa and sb and sa != sb:  # a stretch of a river is not one of a motorway
        return False
    if _scope(a) != _scope(b):
        return False
    ha, hb = _holder(a), _holder(b)
    if ha and hb and not _one_begins_other(ha, hb):
        # one party's seats are not another's ("Scottish Labour", "Labour"; "Left", "left bloc"); "Reform UK" is "Reform"
        return False
    if _seat_kind(a) != _seat_kind(b):  # a gain of nine seats is not 32 seats, nor "5 seats short of a majority"
        return False
    ra, rb = _roles(a), _roles(b)
    if ra and rb and (not ra & rb or ra & _POSITIONS != rb & _POSITIONS):
        return False  # (the union's 18% demand is not the 11% rise the deal gives: the fourteenth blind set's strike)
    if _limit(a) != _limit(b):  # a speed limit is not a speed, a cap is not the amount
        return False
    lo, hi = sorted((_usd(a), _usd(b)) if a.kind == "money" else (a.value, b.value))
    if lo > 0 and hi / lo > MAX_RATIO and not _is_scale_slip(a, b):
        return False
    if lo <= 0 < hi:
        return False
    return sim >= SAME_THRESHOLD


def _unmoved(f: Figure) -> frozenset[str]:
    """What a percentage with nothing counted is about, the verbs that move it set aside: "The euro fell" and
    "The euro rose" are both {"euro"} (the encoder parts them by the verb)."""
    if f.kind != "percent" or f.counted:
        return frozenset()
    return frozenset(MOVE_VERB.sub(" ", f.context).lower().split())


def _cosines(texts: list[str], embed: Embed) -> Callable[[str, str], float]:
    """Cosine similarity of any two of `texts`, each distinct text embedded once."""
    import numpy as np

    unique = sorted(set(texts))
    if not unique:
        return lambda a, b: 0.0
    vectors = np.asarray(embed(unique), dtype=np.float32)
    cos = (vectors @ vectors.T).tolist()
    where = {t: k for k, t in enumerate(unique)}
    return lambda a, b: float(cos[where[a]][where[b]])


def _similarities(figs: list[Figure], embed: Embed, echo: Callable[[Figure, Figure], bool]) -> list[list[float]]:
    descriptions = [_description(f) for f in figs]
    cosine = _cosines(descriptions, embed)
    n = len(figs)
    sims = [[0.0] * n for _ in range(n)]
    heads = [_head(f.context if f.counted.lower() in _POINTS else f.counted or f.context) for f in figs]
    roles = [_roles(f) for f in figs]
    where = [_position(f) for f in figs]
    echoes = _echoes(figs, echo)
    unmoved = [_unmoved(f) for f in figs]
    in_unit = Counter((f.source, f.unit) for f in figs if f.kind == "other" and f.unit)
    # A source that gives a toll ("the death toll rose to 40") and a group's count ("twelve children were
    # among those killed") names a part: its group count is not the toll.
    tolls = {(f.source, f.state) for f, h in zip(figs, heads) if f.state and h in _ANYONE}
    for i in range(n):
        for j in range(i, n):
            a, b = figs[i], figs[j]
            s = cosine(descriptions[i], descriptions[j])
            if (i, j) in echoes:
                s = max(s, 0.9)  # the same claim in two outlets' words: "a $4 billion chip factory", "$4.2 billion in a semiconductor plant"
            if unmoved[i] and unmoved[i] == unmoved[j]:
                s = max(s, 0.9)  # "The euro fell 0.5%", "The euro rose 0.5%" (the second user review)
            sizes = not where[i] and not where[j]  # positions ("40 km south of") are not sizes
            if a.kind == b.kind == "other" and a.unit and a.unit == b.unit and a.source != b.source \
                    and in_unit[(a.source, a.unit)] == in_unit[(b.source, b.unit)] == 1 and sizes:
                s = max(s, 0.75)  # each source's only length in km, only area in hectares
            ha, hb = heads[i], heads[j]
            if ha and (ha == hb or ha.rstrip("s") == hb.rstrip("s") or _classes(ha) & _classes(hb)):
                s = max(s, 0.9)
            if roles[i] & roles[j]:
                s = max(s, 0.9)
            if a.kind == "other" and a.unit == b.unit and not a.counted and not b.counted and sizes:
                s = max(s, 0.75)  # two areas in hectares, two speeds in km/h: the unit says what it is
            if a.state and a.state == b.state and a.state != "aboard" and ({ha, hb} & _ANYONE) and ha in _PEOPLE and hb in _PEOPLE \
                    and not (ha not in _ANYONE and (a.source, a.state) in tolls) and not (hb not in _ANYONE and (b.source, b.state) in tolls):
                s = max(s, 0.9)  # "people sickened" and "cases", "people killed" and "deaths" (not "212 passengers
                # and 18 crew" aboard and "230 people on board": a part of them)
            if a.increment != b.increment:
                s = 0.0  # "another 3,000 troops" is compared with other increments, never with a total
            sims[i][j] = sims[j][i] = s
    return sims


_DISTANCES = {"km", "mi", "m", "ft", "miles", "metres", "meters", "kilometres", "kilometers", "feet"}
_WHERE = re.compile(r"(?i)^[\s-]*(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|"
                    r"eastern|western|away|from|off|deep|below|beneath|under|inland|offshore|outside|beyond|short\s+of)\b")


def _position(f: Figure) -> bool:
    """A distance that says where ("40 kilometres south of Valencia", "12 km deep"), not how big."""
    if f.unit not in _DISTANCES:
        return False
    i = f.at
    after = _after(f)
    return bool(_WHERE.match(after) or _WHERE.match(f.counted))


def _echoes(figs: list[Figure], echo: Callable[[Figure, Figure], bool]) -> set[tuple[int, int]]:
    """Pairs (i < j) of figures from different sources whose sentences say the same thing
    (`echo`), each the only figure of its kind and unit in its sentence."""
    alone = Counter((f.source, f.sentence, f.kind, f.unit) for f in figs)
    idx = [i for i, f in enumerate(figs) if alone[(f.source, f.sentence, f.kind, f.unit)] == 1]
    if len({figs[i].source for i in idx}) < 2:
        return set()
    out = set()
    for x, i in enumerate(idx):
        for j in idx[x + 1:]:
            a, b = figs[i], figs[j]
            lo, hi = sorted((_mid(a), _mid(b)))
            if a.source != b.source and a.kind == b.kind and a.unit == b.unit and 0 < lo and hi <= ECHO_MAX_RATIO * lo \
                    and echo(a, b):
                out.add((i, j))
    return out


def _mid(f: Figure) -> float:
    v = _usd(f) if f.kind == "money" else f.value
    if f.low is not None and f.low > 0 and v > 0:
        v = math.sqrt(f.low * v * (USD_PER.get(f.unit, 1.0) if f.kind == "money" else 1.0))
    return v


def _log_gap(a: Figure, b: Figure) -> float:
    va, vb = _mid(a), _mid(b)
    if va <= 0 or vb <= 0:
        return 0.0 if va == vb else 3.0
    return abs(math.log10(va / vb))


def disputed(discrepancies: Sequence[Discrepancy], origin: str, text: str) -> set[str]:
    """The sources whose figures `discrepancies` set against a figure that `origin`'s sentence `text` states:
    none of them may be credited with that sentence ("much the same in X" beside "X says $6 trillion")."""
    against: set[str] = set()
    for d in discrepancies:
        if not d.differs:
            continue
        stated = [f for f in d.figures if f.source == origin and f.sentence == text]
        if not stated:
            continue
        for x in {f.source for f in d.figures} - {origin}:
            if not any(same_amount(a, b) for a in stated for b in d.figures if b.source == x):
                against.add(x)
    return against


def same_amount(a: Figure, b: Figure) -> bool:
    """Whether two figures give one amount: equal values in one unit, or one sum in two currencies."""
    if a.kind == "money" and b.kind == "money" and a.unit != b.unit and a.unit and b.unit:
        lo, hi = sorted((_usd(a), _usd(b)))
        return hi <= lo * (1 + CONVERSION_TOLERANCE)
    return a.value == b.value and a.low == b.low and a.unit == b.unit


def _cluster(figs: list[Figure], sims: list[list[float]]) -> list[list[int]]:
    """Complete-linkage grouping: a group only where every pair may measure the same thing.

    Among equally similar phrases the closest values join first ("5,000 nurses in Leeds" with
    "4,000 nurses in Leeds" before either meets the national "18,000 nurses").
    """
    n = len(figs)
    score: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j in range(i + 1, n):
            if _compatible(figs[i], figs[j], sims[i][j]):
                score[(i, j)] = sims[i][j] - 0.1 * _log_gap(figs[i], figs[j])
    members = {i: [i] for i in range(n)}
    while score:
        (x, y), _ = max(score.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
        members[x] += members.pop(y)
        del score[(x, y)]
        for k in members:
            if k == x:
                continue
            kx, ky = (min(k, x), max(k, x)), (min(k, y), max(k, y))
            if kx in score and ky in score:
                score[kx] = min(score[kx], score.pop(ky))  # linkage to the merged group is its weakest pair
            else:
                score.pop(kx, None)
                score.pop(ky, None)
    return [sorted(m) for _, m in sorted(members.items())]


# --- describing a group ---------------------------------------------------------------------

_VERBISH = {"slid", "fell", "rose", "grew", "stands", "stood", "left", "shed", "hit", "cut", "says", "said", "put",
            "puts", "is", "was", "are", "were", "has", "had", "have", "closed", "ended", "reached", "totalled", "totaled"}


def _noun_part(context: str) -> str:
    """A context with the verbs it ends on dropped: "Apple dropped" -> "Apple", "deficit budget
    year surged" -> "deficit budget year", "slid" -> "" (a label must name a thing)."""
    words = context.split()
    while words and (words[-1].lower() in _VERBISH or (words[-1].islower() and words[-1].endswith("ed") and not state_of(words[-1]))):
        words.pop()
    verbs = [k for k, w in enumerate(words[:-1]) if w.lower() in _LEADING_VERBS]
    if verbs:  # "see growth", "projections see growth" -> "growth" (the second user review)
        words = words[verbs[-1] + 1:]
    return " ".join(words)


_LEADING_VERBS = {"see", "sees", "saw", "expect", "expects", "expected", "projects", "projected", "forecast",
                  "forecasts", "estimate", "estimates", "put", "puts", "give", "gives", "gave", "predict", "predicts"}
_SPEEDS = {"km/h", "mph", "kn"}


def _quantity(figs: Sequence[Figure]) -> str:
    """What the group counts, in the sources' words: "people killed in Spain", "North Korean soldiers",
    "Social Democrats seats" (an election's figures, by whose they are)."""
    holders = Counter(_holder_named(f)[1] for f in figs if _holder(f) and not _scope(f))
    name = _counted_name(figs)
    if all(f.kind == "money" and f.rate for f in figs) and len({_norm_rate(f.rate) for f in figs}) == 1 and \
            2 * sum(bool(re.search(r"(?i)\b(?:earn|earns|earning|wages?|salary|paid|pay)\b", f.sentence)) for f in figs) >= len(figs):
        name = f"pay {figs[0].rate}"  # "will earn £180,000 a week on a contract running until June 2031": not "earn week contract running"
    if all(f.unit in _SPEEDS for f in figs) and not re.search(r"(?i)\b(?:speed|wind|winds|gusts?|limit)\b", name):
        name = "speed"  # "The train's speed at the moment of the accident was 195 kilometers per hour": not "accident"
    roles = {_seat_kind(f) for f in figs}
    if roles == {"change"}:
        name += " gained or lost"
    elif roles == {"majority"}:
        name = "majority"
    elif roles == {"short"}:
        name += " short of a majority"
    if holders:
        holder = holders.most_common(1)[0][0]
        stems = {w.rstrip("s") for w in holder.lower().split()}
        return name if stems & {w.rstrip("s") for w in re.findall(r"[a-z]+", name.lower())} else f"{holder} {name}"
    return name


_AREAS = {"acre", "ha", "km2", "mi2"}
"""Units of area: a group of them with nothing counted is an area."""


def _counted_name(figs: Sequence[Figure]) -> str:
    counts = Counter(f.counted for f in figs if f.counted)
    if counts:
        name = max(counts, key=lambda c: (counts[c], len(c), c))
        frames = sorted({f.context for f in figs if _scope(f) and len(f.context.split()) >= 2 and f.context[:1].islower()})
        if frames and all(_scope(f) for f in figs):  # "military strength (active-duty soldiers)"
            name = f"{frames[0]} ({name})"
    elif {f.unit for f in figs} <= _AREAS:  # "12,400 acres", "more than 15,000 acres": not "overnight in Canyon Ridge Fire"
        burnt = all(re.search(r"(?i)\b(?:burn\w*|scorch\w*|charred|blackened)\b", f.sentence) for f in figs)  # (not "orders
        # around the fire now cover 40,000 acres": the thirty-sixth review)
        return "area burned" if burnt else "area"  # (the fifth user review)
    else:
        contexts = sorted({_noun_part(f.context) for f in figs} - {""}, key=lambda c: (len(c.split()) < 2, len(c.split()), c))
        if not contexts:
            return figs[0].kind
        name = contexts[0]
        first = name.split()[0]
        proper = any(re.search(rf"(?<=[a-z,;] ){re.escape(first)}\b", f.sentence) for f in figs)
        name = name[0].lower() + name[1:] if first[:1].isupper() and not first.isupper() and not proper else name
    states = [f.state for f in figs if f.state]
    if states and len(set(states)) == 1 and not any(w in name.lower() for w in ("toll", "dead", "deaths", "killed")):
        from briefing.figures import state_of

        state = states[0].split()[0]
        if state not in name.lower() and not any(state_of(w) == state for w in name.lower().split()):
            name = f"{name} {state}" if not (len(states[0].split()) > 1) else f"{name} {' or '.join(states[0].split())}"
            name = name.replace("needing-aid", "needing aid")
    places = Counter(f.place for f in figs if f.place)
    if places:
        place = places.most_common(1)[0][0]
        if place.lower() not in name.lower():
            name = f"{name} in {place}"
    return name


def _lower_first(t: str) -> str:
    """"At least 3,000" -> "at least 3,000" inside a sentence; "US$5m" stays."""
    first = t.split()[0] if t.split() else ""
    return t[0].lower() + t[1:] if first[:1].isupper() and first.isalpha() and not first.isupper() else t


def _as_written(f: Figure) -> str:
    return _lower_first(f.text)


def _bare(f: Figure) -> str:
    """The number as written without its hedge: "over 1.28 million" -> "1.28 million"."""
    t = f.text
    if f.hedge and t.lower().startswith(f.hedge) and t[len(f.hedge):].strip():
        t = t[len(f.hedge):].strip()
    return _lower_first(t)


def _when(f: Figure) -> str:
    if not f.time:
        return ""
    return f.time if f.time[0].islower() else f"on {f.time}" if re.match(r"\w+ \d", f.time) else f.time


def _mention(f: Figure, written: str = "", report: str = "") -> str:
    """The figure as written (or `written`), with when and by whom in brackets (and `report`, the day of a report that dates
    it: see `_report_day`)."""
    dated = (_moment(report) or ("",))[0] == "date"  # "May 6" (a dated report), not "Sunday"
    notes = [x for x in (_when(f), f.attribution and f"according to {_named(_author(f.attribution))}",
                         report and (f"in a report of {report}" if dated else f"in a report whose latest day is {report}")) if x]
    return (written or _as_written(f)) + (f" ({', '.join(notes)})" if notes else "")


_COMMON_AUTHORS = re.compile(r"(?i)^(?:the\s+)?(organisers|organizers|police|unions?|officials|authorities|analysts|"
                             r"experts|ministers|officers|residents|activists|witnesses|new reports|reports)$")


def _named(author: str) -> str:
    """`author` as the briefing names it: a singular common noun takes "the" ("according to the
    regional government", not "according to regional government"); plurals and names do not
    ("officials", "aid agencies", "the Pentagon", "Seoul")."""
    determined = re.match(r"(?:the|a|an|his|her|its|their) ", author)
    if author[:1].islower() and not determined and not _COMMON_AUTHORS.match(author) and not author.endswith("s"):
        return "the " + author
    return author


def _author(a: str) -> str:
    a = a.strip()
    first, _, rest = a.partition(" ")
    if first.lower() in AUTHOR_WORDS and first[1:].islower() and (
            re.match(r"in [A-Z]", rest) or rest[:1].islower() and not re.match(r"(?:of|for|and|on)\b", rest)):
        a = first.lower() + a[len(first):]  # "Authorities in Bangladesh", "Government officials" at a sentence's start
        # ("President Biden", "Ministry of Defence" stay)
    if _COMMON_AUTHORS.match(a):
        return re.sub(r"^the\s+", "", a.lower())
    a = re.sub(r"^[Tt]he\s+(?=[a-z])", "", a)  # "the interior ministry" -> "interior ministry"
    return re.sub(r"^The\s+(?=[A-Z])", "the ", a)  # sentence-initial "The Pentagon" -> "the Pentagon"


def _merge_authors(names: list[str]) -> dict[str, str]:
    """Spellings of one author mapped to one name: "Police"/"police", "ministry" -> "interior ministry"."""
    canon: dict[str, str] = {}
    for n in sorted({_author(x) for x in names}, key=lambda x: -len(x)):
        key = n.lower()
        match = next((c for c in canon.values() if c.lower() == key or c.lower().endswith(" " + key)), None)
        canon[key] = match or n
    return {x: canon[_author(x).lower()] for x in names}


def _by_source(figs: Sequence[Figure]) -> list[tuple[str, list[Figure]]]:
    """Each source's figures (one per value), sources ordered by their smallest value."""
    per: dict[str, list[Figure]] = {}
    for f in figs:
        lst = per.setdefault(f.source, [])
        if all(g.value != f.value for g in lst):
            lst.append(f)
    for lst in per.values():
        lst.sort(key=lambda f: f.value)
    return sorted(per.items(), key=lambda kv: (kv[1][0].value, kv[0]))


_NUMBER_TEXT = re.compile(r"(?i)(?:US\$|[$€£¥])?\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion)\b|(?:bn|m|k)\b)?|"
                          r"\b(?:half\s+an?\s+|a\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                          r"forty|fifty|hundred|thousand|million|dozen)\b(?:[\s-]+(?:hundred|thousand|million|billion))*")


def _spread(figs: Sequence[Figure]) -> float:
    vals = [_usd(f) if f.kind == "money" else f.value for f in figs]
    lo, hi = min(vals), max(vals)
    return hi / lo if lo > 0 else float("inf") if hi > 0 else 1.0


def _classify(figs: Sequence[Figure], common: set[tuple[float, str]],
              earlier: Mapping[str, set[float]] | None = None) -> str:
    """The group's kind; `common` is `_shared(figs, echo)`; `earlier`, the earlier values each sentence gives ("8 percent, up
    from 6 percent": see `_raised`)."""
    values = {f.value for f in figs}
    if figs[0].kind == "money" and len({f.unit for f in figs}) > 1:
        usd = [_usd(f) for f in figs]
        if max(usd) <= min(usd) * (1 + CONVERSION_TOLERANCE):
            return "converted"
    if {"up", "down"} <= {_direction(f)[0] for f in figs}:
        return "opposite"  # "rose 2%" and "fell 2%" never agree, whatever the numbers
    if any(_is_scale_slip(a, b) for a in figs for b in figs if _usd(a) < _usd(b)):
        return "typo"
    if len(values) == 1 and len({f.unit for f in figs}) == 1:
        # "45", "at least 45" and "more than 45" can all be true ("agree", each as written); "up to 45" and "more than 45" cannot
        bounds = {_bound(f.hedge) for f in figs}
        if bounds & {"below", "nearly"} and bounds & {"above", "at least"} or "at most" in bounds and "above" in bounds:
            return "competing"  # "under 45" and "over 45"; "up to 45" and "more than 45"
        return "compatible" if "at most" in bounds and "at least" in bounds else "agree"
    tally = _SO_FAR if figs[0].kind == "percent" else _CUMULATIVE  # a rate that rose is not a tally; "80% counted so far" is
    if common and not _attributed(figs) and not any(tally.search(f.sentence) for f in figs if _amount(f) not in common):
        return "shared"  # the values all sources give; the others come from sentences that report no tally
    if not all(f.increment for f in figs) and any(_tallied(f, tally) for f in figs) and (
            _dated_rise(figs) or figs[0].kind == "percent" and all(tally.search(f.sentence) for f in figs)):
        return "running-total"  # ("another 30 died, bringing the toll to 130": the 30 is no step of a tally)
    if _raised(figs, earlier or {}):
        return "running-total"
    ranged = [f for f in figs if f.low is not None]
    if figs[0].unit == "magnitude" and not ranged:  # a log scale: 6.2 and 6.4 are two readings, not a range
        return "attributed" if _attributed(figs) else "competing"
    loose = any(f.hedge for f in figs) or all(a.value == b.value or _rounds(a, b) or _rounds(b, a) for a in figs for b in figs)
    points = figs[0].kind != "percent" or max(f.value for f in figs) - min(f.value for f in figs) <= CLOSE_POINTS
    if (_spread(figs) <= COMPATIBLE_SPREAD and loose and points and _vague_fits(figs)) or (ranged and all(
            r.low <= f.value <= r.value for r in ranged for f in figs if f.low is None)):  # type: ignore[operator]
        return "compatible"
    if _attributed(figs):
        return "attributed"
    return "competing"


def _raised(figs: Sequence[Figure], earlier: Mapping[str, set[float]]) -> bool:
    """Two values, the larger from a sentence that gives the smaller as its earlier value and another source's: a figure and
    its update ("now offering an 8 percent wage increase, up from 6 percent" beside another report's offer of 6%: the
    fourteenth blind set's strike), not two sources' rival figures."""
    values = sorted({f.value for f in figs})
    if len(values) != 2:
        return False
    lo, hi = values
    return any(f.value == hi and lo in earlier.get(f.sentence, ()) and
               any(g.value == lo and g.source != f.source for g in figs) for f in figs)


_MOVED_AFTER = re.compile(r"(?i)^\s*(?:(?P<up>higher|up|rise|increase|gain|jump|climb|surge)|"
                          r"(?P<down>lower|down|fall|drop|decline|decrease|loss|slump|contraction))\b")
"""A figure as a move: "rose 2%" (see words.MOVED_BEFORE), "2% higher", "a 2% drop"."""
_BASELINE = re.compile(r"(?i)^\s*(?:(?:higher|lower|up|down)\s+)?(?:from|since|than|compared|versus|vs\.?|on\s+(?:the|a)\s+"
                       r"(?:year|month|week|quarter)|year[- ]on[- ]year|month[- ]on[- ]month)\b")
"""After a move, what it is measured from ("down 4% from last week's record high", "2% lower than
expected", "up 3% on the year"): two such moves may be from different baselines."""


def _direction(f: Figure) -> tuple[str, str, str]:
    """ "up" or "down" (or "") and the words that say so with the figure, as written ("rose 2%"), and
    the baseline the move is measured from, when it names one ("from last week's high", "than expected")."""
    at = f.at
    if at < 0:
        return "", "", ""
    end = at + len(f.text)
    based = ""
    if baseline := _BASELINE.match(f.sentence[end:]):  # (a clause too long to quote is known by its opening words)
        based = re.match(r"[^,;.]{0,50}(?![^,;.])|", f.sentence[end:]).group() or baseline.group()
    said = end + len(based)  # the baseline quoted too
    based = " ".join(based.lower().split())
    m = MOVED_BEFORE.search(f.sentence[max(0, at - 60):at])
    if m:
        return ("up" if m.group("up") else "down"), f.sentence[at - len(m.group()):said].rstrip(), based
    m = _MOVED_AFTER.match(f.sentence[end:]) if f.kind in ("percent", "money") else None
    if m:
        return ("up" if m.group("up") else "down"), f.sentence[at:max(said, end + m.end())].rstrip(), based
    return "", "", ""


_MONTHS = tuple(m[:3].lower() for m in MONTHS)
_WEEKDAYS = tuple(d.lower() for d in WEEKDAYS)
_PARTS = {"morning": 0, "midday": 1, "noon": 1, "afternoon": 2, "evening": 3, "night": 4, "tonight": 4}


def _moment(time: str) -> tuple[str, int, int | None] | None:
    """When a figure was given, as (frame, day, part of the day) where one can be compared with
    another: "on October 23" ("date", 10*32+23, None), "on Monday afternoon" ("Monday", 0, 2),
    "this morning" ("today", 0, 0). None for what orders nothing ("by December" is a forecast,
    "this month", "so far")."""
    t = time.lower().strip(" .")
    if re.match(r"(?:by|until|through|before|after|since|from)\b", t):
        return None
    part = next((v for k, v in _PARTS.items() if re.search(rf"\b{k}\b", t)), None)
    m = re.search(rf"\b({'|'.join(_MONTHS)})[a-z]*\.?\s+(\d{{1,2}})\b", t)
    if m:
        return "date", _MONTHS.index(m.group(1)) * 32 + int(m.group(2)), part
    day = next((d for d in _WEEKDAYS if d in t), None)
    if day:
        return day.capitalize(), 0, part  # two weekdays are no order: "Sunday" may be before "Thursday" or after
    if re.search(r"\b(?:yesterday|last\s+night)\b", t):
        return "today", -1, 4 if "night" in t else part
    if re.search(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", t):
        return "today", 0, part
    return None


def _day(f: Figure) -> int | None:
    """The day the figure's article was published (a date ordinal), for a figure that gives no time of
    its own ("so far" aside): what orders a tally across dated articles (see _published_rise)."""
    if not f.published or f.time and not _SO_FAR.search(f.time):
        return None
    try:
        return _dt.date.fromisoformat(f.published).toordinal()
    except ValueError:
        return None


def _published_rise(figs: Sequence[Figure]) -> bool:
    """A tally across dated articles: every figure from a dated article, with no time of its own,
    one a source, from sources published on different days, never smaller on a later day, and not
    set against each other by who counts ("police said 50", "the opposition says 200").
    "rose to 50" on November 20 and "has risen to 80" on November 21 are a running total."""
    days = [_day(f) for f in figs]
    if None in days or len({f.source for f in figs}) != len(figs) or len(set(days)) != len(days):
        return False
    if len({_author(f.attribution).lower() for f in figs if f.attribution}) > 1:
        return False
    ordered = [f for _, f in sorted(zip(days, figs), key=lambda x: x[0])]
    values = [f.value for f in ordered]
    return values == sorted(values) and values[0] < values[-1]


def _order(a: Figure, b: Figure) -> int | None:
    """-1 if `a` was given before `b`, 1 if after, 0 at the same time, None if their times say nothing."""
    ma, mb = _moment(a.time), _moment(b.time)
    if not ma or not mb or ma[0] != mb[0]:
        return None
    if ma[0] == "date":
        ya, yb = (re.search(r"\b(?:19|20)\d{2}\b", x.time) for x in (a, b))
        if ya and yb and ya.group() != yb.group():  # "March 1, 2024" and "March 5, 2025"
            return -1 if ya.group() < yb.group() else 1
        months = {ma[1] // 32, mb[1] // 32}
        if not (ya and yb) and months & {10, 11} and months & {0, 1}:  # "Dec 30" then "Jan 2": across New Year
            ma, mb = (ma, (mb[0], mb[1] + 12 * 32, mb[2])) if mb[1] < ma[1] else ((ma[0], ma[1] + 12 * 32, ma[2]), mb)
    if ma[1] != mb[1]:
        return -1 if ma[1] < mb[1] else 1
    if ma[2] is None or mb[2] is None:
        return 0 if ma[2] == mb[2] else None
    return (ma[2] > mb[2]) - (ma[2] < mb[2])


_UPDATE = re.compile(r"(?i)\b(?:risen|rose|climbed|reached|increased|jumped|grown|mounted|swelled|now(?: stands at)?)\s+(?:to\s+)?$")


def _update(f: Figure, other: Figure) -> bool:
    """Whether an untimed figure is an update of its source's own count, the latest it gives: "The death
    toll has risen to 60", "has now reached 60" (not "A local hospital counted 60 dead")."""
    mine, theirs = _author(f.attribution).lower(), _author(other.attribution).lower()
    if mine and theirs and not (mine.endswith(theirs) or theirs.endswith(mine)):  # ("ministry", "health ministry": one)
        return False  # "38 on Monday, officials said. A local hospital said the toll had reached 60": a rival count
    at = f.at
    return at >= 0 and bool(_UPDATE.search(f.sentence[max(0, at - 40):at]))


def _tallied(f: Figure, tally: re.Pattern[str]) -> bool:
    """Whether a tally word goes with the figure, in its own clause ("bringing the death toll to four"; not the "two missing
    miners" of "recovered the bodies of the last two missing miners, bringing to seven the number of workers who lost their
    lives": the twelfth blind set's mine, where the missing "rose" from two to four)."""
    i = f.at
    if i < 0:
        return bool(tally.search(f.sentence))
    if re.match(r"(?i)by\s+(?!the\s+end\b)", f.time) and tally is _CUMULATIVE:
        return True  # "had burned about 11,200 acres by Monday evening": what has mounted up by then
    if re.match(r"(?i)\s*(?:so\s+far|to\s+date|in\s+total),", f.sentence):
        return True  # "So far, 41 people have died": the opening covers the sentence
    end = i + len(f.text)
    return any(not re.search(r"[,;:]", f.sentence[m.end():i] if m.end() <= i else f.sentence[end:m.start()])
               for m in tally.finditer(f.sentence))


def _dated_rise(figs: Sequence[Figure]) -> bool:
    """The figures were given at different times and where their times can be ordered the later
    is never the smaller, nor two at one time different ("at least 12 on Monday morning", "27 on
    Monday afternoon"). Without two times a tally is no sequence: five sources giving 12, 15 and
    "as many as 20" are five estimates, not a count that rose."""
    if _published_rise(figs):
        return True
    timed = [f for f in figs if f.time]
    if len({f.time.lower() for f in timed}) < 2:
        return False
    if any(a.source == b.source and a.value != b.value and
           (a.time.lower() == b.time.lower() or not a.time and not _update(a, b) or not b.time and not _update(b, a))
           for a, b in itertools.combinations(figs, 2)):
        return False  # one source's two figures with no order between them are rival counts ("38 ..., while local media report 60")
    for a, b in itertools.combinations(timed, 2):
        order = _order(a, b)
        if order == 0 and a.value != b.value or order and (a.value - b.value) * order < 0:
            return False
    return len({f.value for f in timed}) > 1  # (12 on Monday and 12 on Tuesday did not rise: user review)


_BOUNDS = {"up to", "as many as", "as high as", "as much as", "at most", "no more than", "possibly", "a possible"}
_MAYBE = re.compile(r"(?i)^(?P<between>[^,;.]{0,40}?)\b(?:may|might|could)\s+(?:have\s+(?:been\s+)?|"
                    r"be\s+(?=(?:dead|trapped|missing|killed|buried|injured|affected|infected|stranded|homeless|displaced)\b))|"
                    r"^[^,;.]{0,30}?\bfeared\b")
"""After the figure, a modal that is its own verb: "20 people may have died", "could have been
killed", "may be dead", "are feared dead", in capitals too; not "rose to 27 and could climb
further", "could be much higher", "May 4" (and see _OTHER_SUBJECT)."""
_OTHER_SUBJECT = re.compile(
    r"(?i)^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|scores|hundreds|thousands|"
    r"several|few|many|most|some|up|at|about|another|a\s+(?:further|dozen|number|second|third|handful)|"
    r"an\s+(?:unknown|estimated)|all|they|we|he|she|it|"
    r"police|officials|authorities|rescuers|experts|analysts|investigators|residents|families|the\s+(?:death\s+)?toll|"
    r"the\s+number|the\s+figure)\b|.*\b(?:fears?|feared|says?|said|warns?|warned|believes?|believed|thinks?|thought|more|others)\b)")
"""What after "and" opens a clause of its own before a modal ("and two more may be trapped", "and
their families may be homeless", "and rescuers fear more may be dead", "and police may have
undercounted"): the modal is not the figure's."""


_OBJECT_OF = re.compile(r"(?i)\b(?:killed|kills|kill|injured|injures|wounded|wounds|left|leaves|displaced|affected|hit|"
                        r"forced|claimed|claims)\s+(?:about\s+|some\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+|over\s+)?$")
"""Before a figure, a verb whose object it is: what follows "and" has a subject of its own."""


def _upper_bound(f: Figure) -> bool:
    """A figure that says how high a count may go, not what it is: "as many as 20 people may have died",
    "20 miners and a rescuer may have died" (the figure's noun phrase runs on into the modal; after
    "on Tuesday and", "but" or "while" the modal has another subject)."""
    if f.hedge.lower() in _BOUNDS:
        return True
    i = f.at
    m = _MAYBE.search(_after(f)) if i >= 0 else None
    if not m or not m.group("between"):
        return bool(m)
    between = m.group("between")
    if re.search(r"(?i)\b(?:but|while|whereas)\b", between):
        return False
    joined = re.match(r"(?i)^(?P<own>.*?)\band\s+(?P<other>.*)$", between)
    if not joined:
        return True
    own = joined.group("own").split()  # the figure's own noun phrase: "men", "people", not "on Tuesday", "soldiers died"
    if _OBJECT_OF.search(f.sentence[:i]):  # "the quake killed 45 people and a dozen more may be trapped"
        return False
    return bool(own) and len(own) <= 3 and all(w.isalpha() and w.lower() not in STOP and not w.lower().endswith("ed")
                                                and w.lower() not in _VERBISH for w in own) \
        and not _OTHER_SUBJECT.match(joined.group("other"))


def _shared(figs: Sequence[Figure], echo: Callable[[Figure, Figure], bool]) -> set[tuple[float, str]]:
    """The values every source gives ("140,000 jobs"; "a vote of 21 to 19"), when no source
    contradicts another: the group's other values then come from sources that give those too
    ("372,000 jobs" cut by restaurants, "expectations of 195,000").

    Two sources contradict each other when each gives a value of its own that the other has
    nothing close to, and the two say the same kind of thing: sentences that echo (`echo`), the
    same state ("30 killed, later 45 dead" against "30 killed, later 80 dead"), or two estimates
    ("approximately 3,000" against "over 7,000" beside a shared 10,000)."""
    per: dict[str, list[Figure]] = {}
    for f in figs:
        per.setdefault(f.source, []).append(f)
    if len(per) < 2:
        return set()
    common = set.intersection(*({_amount(f) for f in lst} for lst in per.values()))

    def close(a: Figure, b: Figure) -> bool:
        return _amount(a) == _amount(b) or same_amount(a, b) or _rounds(a, b) or _rounds(b, a)

    def own(mine: list[Figure], theirs: list[Figure]) -> list[Figure]:
        """`mine`'s values outside the common ones that `theirs` has nothing close to."""
        return [a for a in mine if _amount(a) not in common and not any(close(a, b) for b in theirs)]

    for s1, s2 in itertools.combinations(sorted(per), 2):
        for a in own(per[s1], per[s2]):
            for b in own(per[s2], per[s1]):
                if echo(a, b) or (a.state and a.state == b.state) or _estimate(a) and _estimate(b):
                    return set()
    return common


def _estimate(f: Figure) -> bool:
    """A figure hedged as an estimate ("approximately 3,000", "over 7,000"): two sources' estimates of one
    quantity at values the other does not give are a difference, whatever value they also share."""
    return bool(f.hedge) and not f.increment and not _vague(f) and f.hedge.lower() not in ("between", "from")


def _attributed(figs: Sequence[Figure]) -> bool:
    """Every figure says whose it is, and some sentence sets two authors' figures side by side
    ("organisers said 2 million ..., while police put the figure at 338,000")."""
    if not all(f.attribution or _vague(f) for f in figs):
        return False
    counted = [f for f in figs if f.attribution]
    for a in counted:
        for b in counted:
            if (a.source == b.source and a.sentence == b.sentence and a.value != b.value
                    and a.attribution.lower() != b.attribution.lower()):
                return True
    return False


def _rounds(a: Figure, b: Figure) -> bool:
    """`a` is a round figure that `b` rounds to ("4,500 workers" and "4,512 workers", "$4 billion"
    and "$4.2 billion"): news rounds, so the two are close, not in conflict."""
    if not math.isfinite(a.value) or not math.isfinite(b.value) or a.value <= 0:
        return False
    if _to_fewer_places(a, b):
        return True
    if a.value != int(a.value):
        return False
    n, step = int(a.value), 1
    while n % 10 == 0:
        n, step = n // 10, step * 10
    near = abs(b.value - a.value) <= ROUNDING * a.value  # 4,512 is "4,500"; 240 is not "200"
    return step >= 100 and near and math.floor(b.value / step + 0.5) * step == a.value


_WRITTEN = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _to_fewer_places(a: Figure, b: Figure) -> bool:
    """`a` is `b` written to fewer decimal places: "18.1%" and "18.06%", "1.2 million" and "1.24 million", "18%" and
    "18.4%" (the fifth user review: 18.06% and 18.1% of one party's vote were reported as a difference)."""
    if a.low is not None or b.low is not None or abs(b.value - a.value) > ROUNDING * a.value:  # "$1 trillion" is no
        return False  # "$1.2 trillion" rounded (neus-test-23: two sizes of one bill)
    ma, mb = _WRITTEN.search(a.text), _WRITTEN.search(b.text)
    if not (ma and mb) or len(ma.group(1) or "") >= len(mb.group(1) or ""):
        return False
    wa, wb = Decimal(ma.group().replace(",", "")), Decimal(mb.group().replace(",", ""))
    if wa <= 0 or wb <= 0 or not math.isclose(a.value / float(wa), b.value / float(wb), rel_tol=1e-9):  # one scale
        return False
    return wb.quantize(Decimal(1).scaleb(-len(ma.group(1) or "")), rounding=ROUND_HALF_UP) == wa


def _vague(f: Figure) -> bool:
    """"Hundreds of thousands", "dozens": a size, not anyone's count."""
    return bool(re.match(r"(?i)(?:dozens|scores|hundreds|thousands|millions|billions|tens)\b", f.hedge or f.text))


def _vague_fits(figs: Sequence[Figure]) -> bool:
    """Whether each exact figure is what the vague ones say: "dozens" is two dozen or more (24 to 119), "hundreds" 200 to 999,
    so "dozens of towns" is not close to 10 (the ninth user review's "Read together: dozens"). Only a bar on "close": no
    exact figure within about 20% of a vague one's base (12 for "dozens") is ever what it says."""
    vague = [f for f in figs if _vague(f)]
    return all(2 * v.value <= f.value < 10 * v.value for v in vague for f in figs if not _vague(f))


def _statement(kind: str, quantity: str, figs: Sequence[Figure], common: set[tuple[float, str]],
               days: Mapping[str, str] | None = None, earlier: Mapping[str, set[float]] | None = None) -> str:
    per = _by_source(figs)
    if kind == "converted":
        parts = [f"{_as_written(f)} ({src})" for src, lst in per for f in lst]
        return f"The {quantity} is one amount given in different currencies: {join_names(parts)}; this is not a difference."
    if kind == "typo":
        slips = [f for f in figs if any(_is_scale_slip(f, g) and _usd(f) < _usd(g) for g in figs)]
        good = [g for g in figs if g not in slips]
        bad_src = join_names(sorted({f.source for f in slips}))
        good_src = join_names(sorted({g.source for g in good}))
        others = join_names([f"{_as_written(g)} ({g.source})" for g in good])
        same = " (the same amount in different currencies)" if len({g.unit for g in good}) > 1 else ""
        return (f"{bad_src} gives the {quantity} as \"{slips[0].text}\", which looks like a missing unit: "
                f"the other sources give {others}{same}.")
    if kind == "agree":
        worded: dict[str, tuple[Figure, list[str]]] = {}  # "50" and "at least 50" are each said as written
        for src, lst in per:
            for f in lst:
                worded.setdefault(_bound(f.hedge), (f, []))[1].append(src)
        said = (_as_written(figs[0]) if len(worded) == 1 else
                join_names([f"{_as_written(f)} ({join_names(srcs)})" for f, srcs in worded.values()]))
        return f"{join_names([src for src, _ in per])} agree on {quantity}: {said}."
    if kind == "opposite":
        direction = {f: _direction(f) for f in figs}
        moves: dict[str, list[str]] = {}  # every figure with its move, one source's (April's fall, May's rise) included
        for f in sorted(figs, key=lambda f: (f.source, f.start)):
            written = _mention(f, f'"{direction[f][1] or f.text}"')
            if written not in moves.setdefault(f.source, []):
                moves[f.source].append(written)
        said = [f"{src} writes {join_names(lst)}" for src, lst in moves.items()]
        if len({f.time.lower() for f in figs}) == 1 and len({d[2] for d in direction.values()}) == 1:  # one time, one baseline
            return f"The sources disagree on which way {quantity} moved: {'; '.join(said)}."
        # at different times, or from baselines they name ("fell 3% on Monday", "rose 3% last week"): both may be true
        return f"The sources describe {quantity} moving different ways: {'; '.join(said)}."
    if kind == "shared":
        said: list[Figure] = []
        for f in figs:  # each shared value once, as its first source writes it
            if _amount(f) in common and all(_amount(g) != _amount(f) for g in said):
                said.append(f)
        extra = [f"{src} also gives {join_names([_as_written(f) for f in lst if _amount(f) not in common])}"
                 for src, lst in per if any(_amount(f) not in common for f in lst)]
        agreed = f"{join_names([src for src, _ in per])} agree on {quantity}: {join_names([_as_written(f) for f in said])}."
        return f"{agreed} {'; '.join(extra)} elsewhere; no source contradicts another." if extra else agreed
    if kind == "running-total":
        by_dates = _published_rise(figs) or _raised(figs, earlier or {})  # (the order the dates or "up from" give)
        placed = [f for f in figs if f.time or by_dates]  # a figure with no time has no place in the order (user review)
        ordered = sorted(placed, key=lambda f: (f.value, f.source))
        steps: dict[float, list[str]] = {}
        untimed: list[str] = []
        for src, lst in per:  # every source's figure, one step per value
            for f in lst:
                if f not in placed:
                    untimed.append(f"{src} gives {_as_written(f)} with no time of its own")
                    continue
                when = f", {_when(f)}" if f.time and not _day(f) else f", published {f.published}" if _day(f) else ""
                steps.setdefault(f.value, []).append(f"{_as_written(f)} ({src}{when})")  # "more than 40" stays more than 40
        said = [join_names(steps[v]) for v in sorted(steps)]
        subject = (f"The {quantity}" if re.search(r"(?i)\b(?:toll|tally|count|number|total|increase|rise|offer|cost|losses)\b",
                                                  quantity)
                   else f"The share of {quantity}" if figs[0].kind == "percent" else f"The count of {quantity}")
        rose = f"{subject} rose as reports came in: {', then '.join(said)}."
        if untimed:
            rose += f" {'; '.join(untimed)}."  # (each starts with a source's name)
        firm = [f for f in ordered if not _upper_bound(f)]  # "as many as 20 may have died" is no count yet
        if not firm:
            return rose
        latest = "latest figure" if firm[-1].value == ordered[-1].value else "latest firm figure"
        latest = latest.replace("latest", "latest timed") if untimed else latest
        return f"{rose} The {latest} is {_as_written(firm[-1])}, from {firm[-1].source}."
    if kind == "compatible":
        parts = [f"{src} gives {join_names([_as_written(f) for f in lst])}" for src, lst in per]
        lo = min(figs, key=lambda f: (f.low if f.low is not None else f.value))
        hi = max(figs, key=lambda f: f.value)
        numbers_lo, numbers_hi = list(_NUMBER_TEXT.finditer(lo.text)), list(_NUMBER_TEXT.finditer(hi.text))
        open_lo, open_hi = _bound(lo.hedge) in ("below", "at most"), _bound(hi.hedge) in ("above", "at least")
        if numbers_lo and numbers_hi:  # "more than 50" is no end of a range: an open end is said as written
            low_text = _lower_first(lo.text if open_lo else numbers_lo[0].group().strip())  # ("Eight people ...": "eight")
            high_text = _lower_first(hi.text if open_hi else hi.text[numbers_hi[-1].start():].strip())
            if open_lo or open_hi:
                rng = f"from {low_text} to {high_text}" if lo is not hi else high_text
            else:
                rng = f"between {low_text} and {high_text}" if low_text != numbers_hi[-1].group().strip() else high_text
        else:
            rng = _bare(hi)
        if len({f.value for f in figs}) == 1:  # "at least 45" and "more than 45": nothing to read together
            return f"Figures for {quantity} are close: {'; '.join(parts)}."
        return f"Figures for {quantity} are close: {'; '.join(parts)}. Read together: {rng}."
    if kind == "attributed":
        by_value: dict[tuple[float, str], list[Figure]] = {}  # "more than 2 million" is not "2 million"
        for f in figs:
            if f.attribution:
                by_value.setdefault((f.value, f.hedge.lower()), []).append(f)
        canon = _merge_authors([f.attribution for f in figs if f.attribution])
        parts = []
        for _, lst in sorted(by_value.items(), key=lambda kv: (-kv[0][0], kv[0][1])):
            who: dict[str, list[str]] = {}
            for f in lst:
                srcs = who.setdefault(canon[f.attribution], [])
                if f.source not in srcs:
                    srcs.append(f.source)
            names = join_names([f"{_named(author)} ({', '.join(srcs)})" for author, srcs in who.items()])
            parts.append(f"{_as_written(lst[0])} according to {names}")
        loose = [f"{f.source} says {_as_written(f)} without naming a count" for f in figs if not f.attribution]
        return f"Figures for {quantity} depend on who is counting: {'; '.join(parts + loose)}."
    other_days = _on_other_days(figs, days)  # (an undated toll is then dated by its report: see `_report_day`)
    moving = other_days and _of_the_moment(figs)
    parts = [f"{src} says {join_names([_mention(f, report=_report_day(f, days, moving) if other_days else '') for f in lst])}"
             for src, lst in per]
    if other_days:
        return f"Figures for {quantity} were given on different days, so they may have changed rather than differ: {'; '.join(parts)}."
    if _counts_so_far(figs):
        return f"Figures for {quantity} are counts so far from different reports, so they may have changed rather than differ: {'; '.join(parts)}."
    lead = "Estimates of" if any(f.hedge or f.low is not None for f in figs) else "Figures for"  # 84 seats is a count, not an estimate
    return f"{lead} {quantity} differ: {'; '.join(parts)}.{_majority(per)}"


def _on_other_days(figs: Sequence[Figure], days: Mapping[str, str] | None = None) -> bool:
    """Whether every figure names its day ("on Wednesday", "on October 23") and no two sources name the same one: counts that
    may have moved between reports, in no order the days can give ("Sunday" may be before "Thursday" or after), so the
    briefing says they were given on different days rather than that they differ (the twelfth blind set's mine: four miners
    missing on Wednesday, two on Thursday). A toll with no day of its own takes its report's (`days`, see `report_days`):
    the thirteenth blind set's ferry, 60 missing in a report that ran to Sunday, 44 "on Monday afternoon"."""
    moving = _of_the_moment(figs)
    if any(f.kind != "count" or f.unit for f in figs) and not (moving and all(f.kind == "percent" for f in figs)):
        return False  # (a quake's magnitude or a day's market move does not change with the day it is reported; a stake
        # "now" owned does: "owns 8.2%" on December 1, "now owns 14.9%" on December 11, the sixteenth blind set)
    moments = [_moment(f.time if not (f.published and _WEEKDAY_ONLY.search(f.time)) else _report_date(f.published, f.time))
               or _moment(_report_day(f, days, moving)) for f in figs]
    if any(m is None or m[0] == "today" for m in moments) or len({m[0] == "date" for m in moments if m}) > 1:
        return False  # ("on Tuesday" may be "on July 8")
    return all(ma[:2] != mb[:2] for (a, ma), (b, mb) in itertools.combinations(zip(figs, moments), 2)
               if a.source != b.source and a.value != b.value)


_WEEKDAY_ONLY = re.compile(rf"(?i)^(?:on\s+|last\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?$")
"""A figure's time that a dated report turns into a date: "on Monday", "Sunday evening" (not "by Friday", "since Monday")."""


def _counts_so_far(figs: Sequence[Figure]) -> bool:
    """Whether every figure is a count "so far" or "to date" and each source gives one value: a tally as each report found it
    (the fourteenth blind set's vaccine: 48,300 dengue cases "so far this year", then 52,700, then more than 61,000, in reports
    a week and a month apart), which the briefing does not call a difference."""
    if any(f.kind != "count" or f.unit or not re.search(r"(?i)\b(?:so\s+far|to\s+date)\b", f.time) for f in figs):
        return False
    values: dict[str, set[float]] = {}
    for f in figs:
        values.setdefault(f.source, set()).add(f.value)
    if len(values) < 2 or any(len(v) > 1 for v in values.values()):
        return False
    return len({f.value for f in figs}) == len(values)  # (and no two sources give the same value)


_TOLLS = {"killed", "injured", "missing", "displaced", "rescued", "hospitalised", "critical", "sheltered", "ill", "arrested"}
"""What a story's reports count anew each day: a toll with no day of its own is of its report's day."""
_NOT_YET = re.compile(r"(?i)(?:\b(?:by|from|until|till|through|before|next|beginning|starting|this\s+coming)\s+(?:\w+\s+)?|"
                      r"\b(?:will|would|shall|(?:is|are|was|were)\s+to|(?:expected|scheduled|due|set|planned)\s+to)\s+"
                      r"(?:[\w-]+\s+){0,4})$")
"""Before a weekday, what makes it a day to come: "beginning on Monday", "were to resume at first light Sunday"."""


_MOVING = re.compile(r"(?i)\b(?:now|remain(?:s|ed|ing)?|still|currently|so\s+far|to\s+date|(?:has|have)\s+(?:now\s+)?"
                     r"(?:risen|climbed|grown|increased|reached|passed|topped|fallen|dropped))\b")
"""What makes a count one of the moment, that a later report may give anew: "More than 900 people are now involved in the
search", "Four people remain in critical condition", "has now passed €3.4 million" (the fifteenth blind set)."""


def _report_day(f: Figure, days: Mapping[str, str] | None, moving: bool = False) -> str:
    """The day of `f`'s report for a count of the moment with no time of its own, else "": its article's date ("May 6",
    see `_report_date`) for a toll, or any count in a group of which one is of the moment (`moving`, see `_of_the_moment`), or
    the latest weekday the report names (see `report_days`) for a toll."""
    if f.time and not SINCE_AN_EVENT.match(f.time) or _precedent(f, f.published[:4]):
        return ""  # (an earlier event's toll is of its own day: "since 1987, when a slide ... killed 31 people"; a count "since
        # the fire began" runs to its report's day)
    if f.published and (moving or set(f.state.split()) & _TOLLS):
        return _report_date(f.published)
    if not days or not set(f.state.split()) & _TOLLS:
        return ""
    return days.get(f.source, "")


_CLAUSE_EDGE = re.compile(r"[;:]|\s[—–]\s|,\s+(?:and|but|while|whereas|although|though|as|after|before|when|since|which|who|"
                          r"whose)\b|\b(?:which|who|whose|that)\s+(?:is|are|was|were|has|have|had|holds|held)\b")


def _of_the_moment(figs: Sequence[Figure]) -> bool:
    """Whether one of the figures is a count of the moment that a later report may give anew (see `_MOVING`), said so in its
    own clause ("The ferry was carrying 180 passengers when it capsized, and rescuers are still searching" is no count of
    the moment; "More than 900 people are now involved in the search, among them 250 soldiers" is, for the 250 too)."""
    def clause(f: Figure) -> str:
        if f.at < 0:
            return f.sentence
        before = [m.end() for m in _CLAUSE_EDGE.finditer(f.sentence, 0, f.at)]
        after = _CLAUSE_EDGE.search(f.sentence, f.at + len(f.text))
        return f.sentence[before[-1] if before else 0:after.start() if after else len(f.sentence)]
    return any(_MOVING.search(clause(f)) for f in figs)


def _report_date(published: str, time: str = "") -> str:
    """A report's date as the briefing says it ("May 6"), or the date a weekday it names stands for ("on Monday" in a report of
    Thursday May 8 is May 5; "" if the date is not one)."""
    try:
        day = _dt.date.fromisoformat(published)
    except ValueError:
        return ""
    if time:
        named = next((i for i, d in enumerate(_WEEKDAYS) if re.search(rf"\b{d}", time.lower())), None)
        if named is None:
            return ""
        back = (day.weekday() - named) % 7 or (7 if re.match(r"(?i)last\s", time) else 0)  # ("last Monday" in a Monday's)
        day -= _dt.timedelta(days=back)  # the last such day up to the report's
    return f"{MONTHS[day.month - 1]} {day.day}"


def report_days(texts: Mapping[str, str]) -> dict[str, str]:
    """Each report's day, by source: the latest weekday it names that is not yet to come ("beginning on Monday"), the week
    read from the story's first day, the day after the longest run of days no report names, longer by two days than any
    other (a ferry capsized "on Saturday", searched "on Sunday", counted "on Monday", "on Tuesday" and "on Wednesday":
    Saturday is the first). Empty when
    no such first day stands out (a story that names Monday and Thursday only may run either way round) or the reports name
    no two days."""
    named: dict[str, set[int]] = {}
    for source, text in texts.items():
        for m in re.finditer(rf"(?i)\b({WEEKDAY})\b", text):
            if not _NOT_YET.search(text[max(0, m.start() - 60):m.start()]):
                named.setdefault(source, set()).add(_WEEKDAYS.index(m.group(1).lower()))
    every = sorted(set().union(*named.values())) if named else []
    if len(every) < 2:
        return {}
    gaps = sorted(((every[(i + 1) % len(every)] - d) % 7, every[(i + 1) % len(every)]) for i, d in enumerate(every))
    if gaps[-1][0] - gaps[-2][0] < 2:
        return {}  # (Monday and Thursday: three days apart one way, four the other)
    first = gaps[-1][1]
    return {source: WEEKDAYS[max(days, key=lambda d: (d - first) % 7)] for source, days in named.items()}


_HEDGE_CLASSES = {
    "": ("", "approximately", "approx.", "about", "around", "roughly", "some", "an estimated", "estimated", "circa", "between"),
    "above": ("more than", "over", "just over", "well over", "upwards of", "in excess of", "above", "just above", "well above"),
    "at least": ("at least", "no fewer than", "no less than"),
    "at most": ("up to", "as many as", "as much as", "as high as", "at most", "no more than"),
    "below": ("fewer than", "less than", "under", "just under", "below", "just below", "well below"),
    "nearly": ("nearly", "almost", "close to"),
}
_HEDGE_CLASS = {h: c for c, hedges in _HEDGE_CLASSES.items() for h in hedges}


def _bound(hedge: str) -> str:
    """The hedges that give the same figure: "about 3,000", "some 3,000" and "3,000" do, as do "more
    than 3,000" and "over 3,000", or "up to" and "as many as"; "more than", "fewer than", "up to" and
    "nearly" each say something else."""
    hedge = hedge.lower()
    return _HEDGE_CLASS.get(hedge, hedge)


def _majority(per: list[tuple[str, list[Figure]]]) -> str:
    """" Source 1, Source 2, Source 3 and Source 4 give the same figure.": said when three sources or
    more each give one figure and two or more of them the same amount, so that one outlier among
    agreeing sources stands out (without writing any number the sources do not)."""
    if len(per) < 3 or any(len(lst) != 1 for _, lst in per):
        return ""
    same: dict[tuple[tuple[float, str], float | None, str], list[str]] = {}
    for src, (f,) in per:
        if not _vague(f):  # "hundreds" and "hundreds" are no figure
            same.setdefault((_amount(f), f.low, _bound(f.hedge)), []).append(src)
    groups = [srcs for srcs in same.values() if len(srcs) >= 2]
    return "".join(f" {join_names(srcs)} give the same figure." for srcs in groups if len(srcs) < len(per))


# --- entry points ---------------------------------------------------------------------------

_CLAUSE_ENDS = r"\b(?:but|said|says|added|while|though|although)\b"
_DENIER_GOES_ON = (r"\band\s+(?:released|confirmed|insisted|reported|announced|said|put|gave|published|issued|added|"
                   r"noted|stressed|acknowledged|admitted|conceded|told|estimated|promised|pledged|arrested|detained)\b")
_CLAUSE_GOES_ON = r"(?:(?!" + _CLAUSE_ENDS + "|" + _DENIER_GOES_ON + r")[^,;.]){0,80}$"
"""A claim that is a clause ("reports that ...", "denied that ...") goes on up to the figure, past
"and" inside it ("that soldiers looted shops and killed 45 people", "that Russian and North Korean
troops numbered 12,000"), but not past "and" with the denier's next statement ("denied that
officers used excessive force and confirmed 40 soldiers were killed")."""
_PHRASE_GOES_ON = (r"(?:(?!" + _CLAUSE_ENDS + r"|\band\s+(?!\d|that\b|$|(?:about|some|around|nearly|almost|approximately|"
                   r"roughly|at\s+least|more\s+than|over|up\s+to|as\s+many\s+as|another|a\s+further)\b|"
                   r"(?:the\s+)?(?-i:[A-Z])))[^,;.]){0,80}$")
"""A claim that is a noun phrase ("reports of looting") goes on past "and" only into another figure
("reports of 12 killed and 40 wounded", "... and at least 40 wounded") or a name ("strikes on Gaza
and the West Bank"); any other "and" is the
denier's next act ("denied reports of looting and arrested 45 people", "... and took 45 into custody")."""
_REPORTED_CLAIM = re.compile(r"(?i)\b(?P<claim>reports?|claims?|allegations?|rumou?rs?|speculation)\s+(?:(?:of|about)\b"
                             + _PHRASE_GOES_ON + r"|that\b" + _CLAUSE_GOES_ON
                             + r")|(?<!not\s)(?<!n't\s)\bden(?:y|ied|ies|ying)\s+that\b" + _CLAUSE_GOES_ON)
_DENYING = re.compile(r"(?<!not\s)(?<!n't\s)\b(?i:den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing))"
                      r"(?:\s+(?:the|these|those|such|all|any|media|press|as\s+(?:nonsense|false|baseless|groundless|untrue|fake)|"
                      r"[A-Z][\w'’-]*|[a-z]+['’]s))*\s+$")
"""A verb that denies the claim it governs: "denied reports that", "denied Russian claims that",
"dismissed as nonsense reports that" (not "did not deny reports that")."""
_DENIED_AFTER = re.compile(r"(?i)^[^,;.]{0,80}?\b(?:groundless|baseless|unfounded|false(?=\s*(?:[,.;:!?\"”’')—–]|-\s|$)|\s+(?:and|or)\s+\w+\s*(?:[,.;:!?\"”’')—–]|$))|untrue|fabricat\w*|"
                           r"nonsense|lies)\b")
_DENIED_PASSIVE = re.compile(r"(?i)^[^,;.]{0,80}?\b(?:were|was|been|are|is)\s+(?:\w+\s+)?(?:denied|dismissed|rejected|refuted)"
                             r"(?=\s+by\b|\s*[,.;]|\s*$)")
"""'Reports that 12,000 troops ... were denied by Moscow' (not '12 journalists were denied entry');
for reports, rumours and allegations only: 'claims of 5,000 homeowners were rejected' are insurance claims."""
"""The claim's own clause, after the figure, calling it untrue ('calling the reports about 12,000
troops "groundless rumours"', "Reports that 12,000 ... were denied"; not "reports of 300 cases, some
of them false positives")."""


_OWN_VERB = re.compile(r"(?i)^(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:were|was|are|is|have|has|had|will)\s+(?!(?:\w+\s+)?(?:denied|dismissed|rejected|refuted)\b)|died\b)")
"""After a figure that follows "and" in a claim of a noun phrase: a verb of its own ("and 45 people were
arrested"), so the figure opens a clause the claim does not reach (not "and 40 wounded")."""


def _denied(f: Figure) -> bool:
    """A figure inside a claim its sentence denies: "calling the reports about 12,000 troops
    'groundless rumours'", "denied claims that 5,000 had fled". Nobody's estimate: not compared."""
    at = f.at
    if at < 0:
        return False
    before = f.sentence[:at] + (f.text.split()[0] if re.match(r"(?i)about\s", f.text) else "")  # "reports about" + "about 12,000"
    claim = _REPORTED_CLAIM.search(before)
    if not claim:
        return False
    if not claim.group("claim"):  # "Moscow denied that 12,000 troops ..."
        return True
    after = f.sentence[at + len(f.text):]
    if re.match(r"(?i)\w+\s+(?:of|about)\b", claim.group()) and re.search(r"\band\s+$", before) and _OWN_VERB.match(after) \
            and not _DENIED_AFTER.search(after):
        return False  # "denied reports of looting and 45 people were arrested": a clause of its own
    passive = not claim.group("claim").lower().startswith("claim") and _DENIED_PASSIVE.search(after)
    return bool(_DENYING.search(before[:claim.start()]) or _DENIED_AFTER.search(after) or passive)


def _place_key(f: Figure) -> str:
    return f.place.lower()


def _amount(f: Figure) -> tuple[float, float | None]:
    return (_usd(f) if f.kind == "money" else f.value), f.low


def _contradicts(a: Figure, b: Figure) -> bool:
    """Two figures of one source that cannot both be the one quantity: other values, said by the same speaker (or none) at
    the same time (or none), neither a bound nor the source's own update ("eight confirmed deaths in the district" and
    "at least 12 there" beside the national toll; "more than 120 aftershocks, the strongest of which measured 5.8")."""
    if a.source != b.source or a.time.lower() != b.time.lower() or _author(a.attribution).lower() != _author(b.attribution).lower():
        return False
    if _amount(a) == _amount(b) or not _part_of_pair(a, b) and (_could_be_one(a, b) or _could_be_one(b, a)):
        return False  # (a lede's "more than 40" and its "43"; "Nearly 300" and "296"; a range and its middle: the twenty-ninth review)
    return not (_upper_bound(a) or _upper_bound(b) or _update(a, b) or _update(b, a))


def _which_goes(a: Figure, b: Figure, others: list[Figure]) -> Figure | None:
    """Of a source's contradicting pair, the one that is plainly a part: the new deaths beside the total they bring it to
    ("Twelve people were killed, bringing the death toll to 15"), or, where every other source names one place and only one
    of the pair names it, the other ("Floods have killed 200 people in Nigeria" beside Niger's 50 where the others count
    Niger; "Twelve people were killed when a building collapsed in Havana" beside 40 across Cuba where the others say Cuba).
    None otherwise, and both go: whether a city's count or a country's is the whole cannot be told from the words (the
    twenty-ninth to thirty-fourth reviews)."""
    for part, whole in ((a, b), (b, a)):
        if _BRINGING.search(whole.sentence[:max(whole.at, 0)]):
            return part
    places = {_place_key(f) for f in others}
    if len(places) != 1 or not next(iter(places)) or _place_key(a) == _place_key(b):
        return None
    (place,) = places
    return a if _place_key(b) == place else b if _place_key(a) == place else None


def _part_of_pair(a: Figure, b: Figure) -> bool:
    """Whether one of a source's two figures may be a part of the other (another place, or a count a total is brought to)."""
    return _place_key(a) != _place_key(b) or any(_BRINGING.search(f.sentence[:max(f.at, 0)]) for f in (a, b))


_BRINGING = re.compile(r"(?i)\b(?:bringing|brings|taking|takes|pushing|raising)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:to|at)\s+$")
"""A running total said after a new count: "Twelve people were killed ..., bringing the death toll to 15"."""


def _could_be_one(a: Figure, b: Figure) -> bool:
    """Whether `a` as hedged may be the amount `b` gives: "more than 40" and 43, "nearly 300" and 296, "some 25,000" and
    "between 20,000 and 30,000", "about 1,200" and 1,180."""
    x, y = _amount(a)[0], _amount(b)[0]
    if b.low is not None and b.low <= x <= y:
        return True
    bound = _bound(a.hedge)
    if bound in ("above", "at least"):
        return x <= y <= 1.5 * x  # ("More than 100" and 137 in one story; "at least 12 in the district" is not the 400
        # across the country)
    if bound == "below":
        return 0.8 * x <= y <= x
    if bound == "nearly":
        return 0.9 * x <= y <= x
    return bool(a.hedge) and bound == "" and x > 0 and abs(x - y) / x <= 0.05  # ("about 1,000" and "about 1,100" are two)


def _consistent(cluster: list[int], figs: list[Figure], sims: list[list[float]]) -> list[Figure]:
    """The group without the figures its own source contradicts. A source does not give two values of one quantity at once,
    so where the grouping gives it two, they are of other quantities that only read alike (the fourth user review: a town's
    deaths and a nation's toll, expected and reported earnings per share, pledged and delivered doses), and both go, unless
    one is plainly the part (see `_which_goes`), which goes alone; the other sources' figures may still be compared (the
    aftershocks counted by Wednesday and by Thursday). Two in one sentence
    are a whole and its part ("Forty-one people were injured, six of them critically", "38,412 runners started and 36,950
    crossed the finish line"): the one closer in wording to the other sources' figures stays. A value another source gives
    too is no contradiction: the source shares it and adds one of its own ("a also gives 75,000")."""
    def closeness(i: int) -> float:
        others = [j for j in cluster if figs[j].source != figs[i].source]
        return sum(sims[i][j] for j in others) / len(others) if others else 0.0

    def shared(i: int) -> bool:  # a value another source gives too: the pair is a shared figure and an extra of its own
        return any(figs[j].source != figs[i].source and _amount(figs[j]) == _amount(figs[i]) for j in cluster)

    dropped: set[int] = set()
    for i in cluster:
        for j in cluster:
            if i < j and _contradicts(figs[i], figs[j]) and not (shared(i) or shared(j)):
                part = _which_goes(figs[i], figs[j], [figs[k] for k in cluster if figs[k].source != figs[i].source])
                if part is not None:
                    dropped.add(i if part is figs[i] else j)
                    continue
                ci, cj = (closeness(i), closeness(j)) if figs[i].sentence == figs[j].sentence else (0.0, 0.0)
                dropped |= {i, j} if ci == cj else {j if ci > cj else i}  # (in two sentences, both)
    out = [figs[i] for i in cluster if i not in dropped]
    return out if len(out) >= 2 or len(dropped) == 0 else []


def _alike(a: Figure, b: Figure) -> bool:
    """Whether two figures are described alike: what is counted, what happened to it, where (one source's 37 injured and
    its 14 killed are not; nor its 15,000 nurses across England and 5,000 in Leeds)."""
    return (a.counted.lower(), a.state, a.place.lower(), a.unit) == (b.counted.lower(), b.state, b.place.lower(), b.unit)


def _unambiguous(group: list[Figure], cluster: list[int], figs: list[Figure], sims: list[list[float]]) -> list[Figure]:
    """The group less each figure whose source gives, outside it, another value that may be the same quantity with nothing
    to tell the two apart, unless another source gives the same amount: which of the two the source means is not known, so
    neither is set against other sources ("They join seven countries" beside "six new countries": NeuS; 8,100 trucks beside
    10,200 and 29,000: the seventh user review)."""
    inside = set(cluster)
    index = {id(f): i for i, f in enumerate(figs)}

    def ambiguous(f: Figure) -> bool:
        i = index[id(f)]
        if any(g.source != f.source and same_amount(f, g) for g in group):
            return False
        return any(j not in inside and figs[j].source == f.source and _one_source_two_values(f, figs[j]) and _alike(f, figs[j])
                   and _compatible(f, figs[j], sims[i][j], apart=False) for j in range(len(figs)))

    return [f for f in group if not ambiguous(f)]


CERTAIN_THRESHOLD = 0.7
"""How alike (cosine of the encoder's vectors) every two sources' descriptions of a difference's figures must be for the
briefing to say it (see `_certain`). Chosen on 124 judged lines of fifteen earlier user-review stories, the seeds and NeuS."""


def _plain(f: Figure, bare: bool) -> str:
    """The figure's description as the certainty test reads it: the head word in its synonym class's one name ("troops",
    "soldiers": one word), and (`bare`) without the capitalised names that say whose ("North Korean")."""
    words = _description(f).split()
    if f.state and words and (state_of(words[0]) or words[0] in _GENERIC):
        states = f.state.split()
        words = ["people"] + [w for w in words if not state_of(w) and w not in _GENERIC and w not in states] + states  # "dead",
        # "deaths", "casualties": the people the state names ("dead" and "people killed" are one: the ninth user review's toll)
    if bare:
        names = {w.lower() for name in _proper(f.counted) for w in name.split()}
        words = [w for w in words if w not in names] or words
    if words:
        named = [c for c in _CLASSES if words[-1] in c and "people" not in c]
        words[-1] = min(named[0]) if named else words[-1]
    return " ".join(words)


def _certain(group: Sequence[Figure], kind: str, cosine: Callable[[str, str], float]) -> bool:
    """Whether the briefing may say the group's figures differ. The rules that group figures can be fooled by a shared word
    ("pay a year": a mansion tax's £400m and a gaming duty's £1.1bn; "fall": an index's and a company's profit's); what
    they cannot fake is two sources describing their figures alike. So a difference is said when every two sources'
    descriptions are alike (`CERTAIN_THRESHOLD`), and each source gives one value or three or more sources take part; figures
    within about 20% of each other ("close") and one source's two named counters ("organisers 205,000, police 40,000")
    are said as they are. Of the lines said, judged right (the fourteenth session): fifteen review stories 47% -> 58%, three
    unseen stories judged blind 32% -> 60%, NeuS 75% -> 100%; some right lines go unsaid (42 -> 34, 11 -> 9, 18 -> 15)."""
    sources = Counter(f.source for f in group)
    if kind == "compatible" or kind == "attributed" and len(sources) == 1:
        return True
    if max(sources.values()) > 1 and len(sources) < 3 and kind != "attributed":  # (named counters in two outlets: a review)
        return False

    def alike(a: Figure, b: Figure) -> float:
        bare = bool(_proper(a.counted)) != bool(_proper(b.counted))  # "North Korean soldiers" and "troops": one may say whose
        return cosine(_plain(a, bare), _plain(b, bare))

    return all(alike(a, b) >= CERTAIN_THRESHOLD for a, b in itertools.combinations(group, 2) if a.source != b.source)


def compare(figures: Sequence[Figure], *, embed: Embed | None = None, texts: Mapping[str, str] | None = None) -> list[Discrepancy]:
    """Groups of figures from different sources that measure the same thing, most important first.

    `embed` turns counted phrases into unit vectors; by default the embedded encoder, loaded only
    when there is something to compare. `texts`, each source's whole article by its id, tells which
    places a source names (see `_apart_by_place`); without it, the sentences its figures come from.
    """
    facts = differing_facts(figures, texts)  # ages and founding years, read apart (see briefing.facts)
    figs = [f for f in figures if f.comparable and _description(f) and not _denied(f) and not _population(f)]
    if len({f.source for f in figs}) < 1 or len(figs) < 2:
        return facts
    if embed is None:
        from briefing.encoder import encode as embed
    sentence = _cosines([f.sentence for f in figs], embed)  # each sentence embedded once, for both uses

    def echo(a: Figure, b: Figure) -> bool:
        """The two figures' sentences say the same thing."""
        return sentence(a.sentence, b.sentence) >= ECHO_THRESHOLD

    sims = _similarities(figs, embed, echo)
    plain = functools.cache(lambda: _cosines(sorted({_plain(f, bare) for f in figs for bare in (False, True)}), embed))
    said = _words_of(figs, texts)
    days = {f"{CITE}{source}{CITE}": day for source, day in report_days(_words_of(figures, texts)).items()}
    earlier: dict[str, set[float]] = {}  # each sentence's earlier values ("8 percent, up from 6 percent")
    for f in figures:
        if f.previous:
            earlier.setdefault(f.sentence, set()).add(f.value)
    out: list[Discrepancy] = []
    for cluster in _cluster(figs, sims):
        group = _unambiguous(_apart_by_place(_consistent(cluster, figs, sims), said), cluster, figs, sims)
        sources = {f.source for f in group}
        authors = {f.attribution.lower() for f in group if f.attribution}
        if len(sources) < 2 and not (len(authors) >= 2 and len({f.value for f in group}) >= 2):
            continue
        common = _shared(group, echo)
        kind = _classify(group, common, earlier)
        if len(sources) < 2 and kind != "attributed":
            continue
        quantity = _quantity(group)
        ordered = tuple(sorted(group, key=lambda f: (f.source, f.start)))
        # Written once with each source id marked, so the briefing relabels ids, never figures.
        marked = tuple(dataclasses.replace(f, source=f"{CITE}{f.source}{CITE}") for f in ordered)
        cited = _statement(kind, quantity, marked, common, days, earlier)
        found = Discrepancy(quantity=quantity, kind=kind, figures=ordered, statement=cited.replace(CITE, ""), cited=cited)
        # (the descriptions are embedded only once a group differs: agreement needs no certainty)
        out.append(dataclasses.replace(found, certain=_certain(ordered, kind, lambda x, y: plain()(x, y))) if found.differs else found)
    out += facts
    out.sort(key=lambda d: (not d.differs, -len({f.source for f in d.figures}), -_spread(d.figures), d.quantity))
    log.debug("compare: %d figures, %d groups", len(figs), len(out))
    return out


_NAMED = r"(?=\s+(?:gives|says|agree|also|and)\b|[,.;:)]|$)"
"""What follows a source id where `compare` writes one ("a says", "(a)", "a, b and c agree", "from a.")."""


def relabel(d: Discrepancy, names: dict[str, str]) -> str:
    """`compare`'s statement with each source id replaced by its label. `compare` marks where it
    names a source, so "1.txt" never turns "2,000" into "Source 2,000"; a statement made without
    marks is relabelled only where an id is followed by what follows a source's name (an article
    called "a.txt" must not turn "looks like a missing unit" into "looks like Source 1 missing unit")."""
    if d.cited:
        return re.sub(rf"{CITE}(.*?){CITE}", lambda m: names.get(m.group(1), m.group(1)), d.cited)
    statement = d.statement
    for ident, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        statement = re.sub(rf"(?<![\w-]){re.escape(ident)}{_NAMED}", label, statement)
    return statement


def format_table(figures: Sequence[Figure], discrepancies: Sequence[Discrepancy], names: dict[str, str] | None = None) -> str:
    """Plain-text table: every figure by source, then the groups (for `briefing figures`); `names` gives each source id the
    label the briefing calls it by (a user review: "afp", "publico" where the briefing says "AFP", "Público")."""
    names = names or {}

    def cut(s: str, n: int) -> str:
        return s if len(s) <= n else s[:n - 1] + "…"

    cols = [("source", 22), ("kind", 8), ("figure", 28), ("counted", 26), ("rate", 14), ("said by", 26), ("when", 14)]
    lines = ["FIGURES", "  ".join(name.ljust(w) for name, w in cols).rstrip()]
    lines.append("  ".join("-" * w for _, w in cols))
    for f in figures:
        row = [names.get(f.source, f.source), f.kind, f.text, f.counted, f.rate, f.attribution, f.time]
        lines.append("  ".join(cut(v, w).ljust(w) for v, (_, w) in zip(row, cols)).rstrip())
    lines += ["", "GROUPS"]
    if not discrepancies:
        lines.append("  (no figure is given by more than one source)")
    for n, d in enumerate(discrepancies, 1):
        note = ", not a difference" if not d.differs else ", uncertain: not said in the briefing" if d.unsaid else ""
        lines.append(f"{n}. {d.quantity} [{d.kind}{note}]")
        for f in d.figures:
            extra = "; ".join(x for x in (f.attribution and f"according to {f.attribution}", f.time) if x)
            lines.append(f"     {cut(names.get(f.source, f.source), 22).ljust(22)}  {cut(f.text, 30).ljust(30)}  {extra}".rstrip())
        lines.append(f"   {relabel(d, names)}")
    return "\n".join(lines) + "\n"
