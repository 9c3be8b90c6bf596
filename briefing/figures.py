"""Stage 5, figures: every quantity in an article, with what it counts, who says so and when.

Rule-based and deterministic. For each sentence, spans are claimed in priority order so a
number is read once, as what it is:

1. dates ("October 23"), times ("10 a.m."), ages ("19-year-old"), year ranges ("1950-1953"),
   labels ("AK-12", "60mm", "11th Corps"), ordinals ("fourth") -- recognised, not comparable;
2. quantities: digits or words ("ten thousand", "a dozen", "hundreds of thousands"), with a
   hedge ("approximately", "up to"), a range ("15 to 20 years", "between 3,000 and 5,000"),
   a scale ("1.28 million", "$995m", "€1bn"), a currency, a percent sign or a unit.

Around each quantity: the counted noun phrase after it ("North Korean soldiers"), the rate
("per month"), what happened to the counted ("killed", "displaced"), where ("in Spain"), who says
so ("US officials", "according to Seoul") and when ("this month", "by December").

`Figure.text` is always a verbatim slice of the sentence, and `value` is computed only from it.
"""

from __future__ import annotations

import dataclasses
import re

from briefing.records import Document, Figure
from briefing.words import APPOSITIVE, MILLIONS_OF, MONTH, MOVE_VERB, WEEKDAY

# --- vocabularies -------------------------------------------------------------------------

_MONTH = MONTH
_WEEKDAY = WEEKDAY

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ORDINAL_WORDS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12}

_CURRENCY_PREFIX = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB", "₴": "UAH",
                    "₹": "INR", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD"}
_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "KRW", "CHF", "INR", "CAD", "AUD")
_CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
                   "renminbi": "CNY", "ruble": "RUB", "rouble": "RUB", "hryvnia": "UAH", "rupee": "INR", "franc": "CHF",
                   "lira": "TRY", "shekel": "ILS", "zloty": "PLN", "rand": "ZAR", "peso": "MXN", "real": "BRL",
                   "krona": "SEK", "kronor": "SEK", "crown": "SEK", "krone": "NOK", "kroner": "NOK", "złoty": "PLN",
                   "koruna": "CZK", "korun": "CZK", "koruny": "CZK", "forint": "HUF", "lei": "RON", "leu": "RON", "rupiah": "IDR",
                   "ringgit": "MYR", "baht": "THB", "naira": "NGN"}
_COUNTRY_CURRENCY = {("canadian", "USD"): "CAD", ("australian", "USD"): "AUD", ("hong kong", "USD"): "HKD",
                     ("new zealand", "USD"): "NZD", ("norwegian", "SEK"): "NOK", ("danish", "SEK"): "DKK",
                     ("danish", "NOK"): "DKK", ("czech", "SEK"): "CZK"}
"""A currency a country's name makes of a word: "Canadian dollars", "Danish crowns" ("crowns" are money only after a
country's name: "won 5 crowns" is titles; the fifth user review's "3.2 billion kronor" and "3 billion Swedish crowns" were
counts, never compared)."""

_DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "decade", "century", "centurie")
_MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mi", "metre": "m", "meter": "m", "kg": "kg",
    "kilogram": "kg", "tonne": "t", "ton": "t", "litre": "l", "liter": "l", "hectare": "ha", "acre": "acre",
    "square kilometre": "km2", "square kilometer": "km2", "square mile": "mi2", "sq km": "km2", "km2": "km2",
    "°c": "C", "°f": "F", "degree": "deg", "feet": "ft", "foot": "ft", "ft": "ft", "inch": "in", "inche": "in",
    "cm": "cm", "centimetre": "cm", "centimeter": "cm", "mm": "mm", "millimetre": "mm", "millimeter": "mm",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "knot": "kn", "barrel": "bbl", "mw": "MW", "gw": "GW", "kwh": "kWh",
    "twh": "TWh", "c": "C", "f": "F", "degrees celsius": "C", "degree celsius": "C", "degrees centigrade": "C",
    "degrees fahrenheit": "F", "degree fahrenheit": "F", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "kilometres an hour": "km/h", "kilometers an hour": "km/h", "miles per hour": "mph", "miles an hour": "mph",
    "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW", "kilowatt hour": "kWh", "megawatt hour": "MWh",
    "gigawatt hour": "GWh", "terawatt hour": "TWh", "kilowatt-hour": "kWh", "megawatt-hour": "MWh", "gigawatt-hour": "GWh",
    "terawatt-hour": "TWh",
}

_HEDGES = (
    "approximately", "approx.", "about", "around", "roughly", "some", "nearly", "almost", "at least", "at most",
    "more than", "over", "up to", "as high as", "as many as", "as much as", "as few as", "as little as",
    "fewer than", "less than", "under", "an estimated", "estimated", "close to", "just over", "just under",
    "upwards of", "in excess of", "no more than", "no fewer than", "no less than", "well over", "a possible",
    "possibly", "circa", "an additional", "another", "a further", "between", "from", "above", "just above", "well above",
    "below", "just below", "well below",
)
_HEDGE_RE = re.compile(r"(?i)\b(" + "|".join(re.escape(h) for h in sorted(_HEDGES, key=len, reverse=True)) + r")\s+$")
_MOVES_UP = re.compile(r"(?i)\b(?:tick|edge|inch|creep|crept|move|go|went|gone|jump|shoot|shot|climb|rise|rose|risen|"
                       r"revise|bump|ratchet|drift)(?:s|d|ed|ing)?\s+$")
"""A verb before "up to": "ticked up to 3.6%", "revised up to 2.1%" reach a level; "up to" is no hedge there
(but it is after "could", "may": "the toll could climb up to 500" is a ceiling)."""
_POST_HEDGE = re.compile(r"(?i)(?:\s+or\s+(?:more|so|fewer|less)\b|-?plus\b|\+)")

STOP = set("""
a an the of in on at to for from by with and or but nor as that which who whom whose this these those their its his
her our your my have has had having are were was is be been being will would could should may might must can shall
do does did not no than then there here into onto per each every while when where if since until after before during
near across under over about around already now still also reportedly allegedly including said says say told
according more most some such so it they them he she we you i all both either whether because though although yet
just only even very too last next ago later earlier up down out off what how why whereas upon via against among
amid toward towards within without despite however meanwhile following like unlike once soon again among
""".split())
_SKIPPABLE = {"more", "additional", "other", "new", "further", "extra"}
COLLECTIVE = {"people", "personnel", "staff", "police", "military", "children", "men", "women", "cattle", "sheep",
               "fish", "aircraft", "livestock", "infantry", "youth", "crew", "clergy", "public", "militia", "data"}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous")
_ING_NOUNS = {"spending", "funding", "financing", "borrowing", "lending", "housing", "training", "advertising",
              "marketing", "shipping", "clothing", "schooling"}
"""Words in -ing that can name what an amount is ("$5 trillion in new federal spending"), not a verb;
never a head by themselves ("housing units", "spending cuts": the noun after them is)."""

_STATES = {
    "killed": {"killed", "dead", "died", "die", "deaths", "death", "fatalities", "perished", "bodies", "toll", "lives",
               "killing", "fatal", "fatally", "casualties"},
    "injured": {"injured", "wounded", "hurt", "injuries", "casualties", "injuring", "wounding"},
    "shot": {"shot"},
    "missing": {"missing", "unaccounted"},
    "displaced": {"displaced", "evacuated", "evacuees", "homeless", "fled", "refugees", "uprooted", "evacuate"},
    "affected": {"affected"},
    "arrested": {"arrested", "detained", "arrests", "detentions", "held"},
    "rescued": {"rescued", "saved", "survived"},
    "identified": {"identified"},
    "damaged": {"damaged"},
    "ill": {"cases", "sickened", "infected", "infections", "ill", "sick"},
    "voted": {"voted", "votes", "ballots", "cast"},
    "destroyed": {"destroyed", "collapsed", "flattened", "razed"},
    "sheltered": {"shelters", "sheltered"},
    "hospitalised": {"hospitalised", "hospitalized", "treated", "hospitalisations", "hospitalizations"},
    "vaccinated": {"vaccinated", "inoculated", "immunized", "immunised", "jabbed"},
    "jobless": {"jobless", "unemployed", "layoffs", "laid-off"},
    "needing-aid": {"needing-aid"},
    "critical": {"critical-condition"},
    "stranded": {"stranded", "marooned"},
    "aboard": {"aboard", "onboard", "on-board", "crammed", "boarded", "carrying", "carried"},
}
_STATE_OF = {w: s for s, words in _STATES.items() for w in words}


def state_of(word: str) -> str:
    """The state a word names ("deaths" -> "killed", "cases" -> "ill"), or ""."""
    return _STATE_OF.get(word.lower(), "")

_ATTR_VERBS = (r"said|says|say|told|tell|estimated|estimates|estimate|estimating|reported|reports|report|reporting|"
               r"claimed|claims|claim|claiming|believes|believe|suggested|suggests|suggest|stated|states|announced|"
               r"announces|confirmed|confirms|counted|counts|put|puts|putting|warned|warns|noted|notes|added|adds|"
               r"indicated|indicates|indicate|insisted|insists|according")
AUTHOR_WORDS = {"officials", "official", "police", "organisers", "organizers", "analysts", "analyst", "intelligence",
                 "sources", "source", "authorities", "ministry", "government", "spokesman", "spokeswoman",
                 "spokesperson", "experts", "expert", "agency", "union", "unions", "military", "army", "media",
                 "office", "service", "services", "officers", "council", "department", "data", "estimates",
                 "researchers", "observers", "monitors", "group", "commission", "lawmaker", "lawmakers", "minister",
                 "command", "operators", "organization", "organisation", "insurers", "firm", "company", "report",
                 "reports", "survey", "figures", "statistics", "watchdog", "campaigners", "activists", "residents",
                 "witnesses", "diplomats", "leaders", "mayor", "governor", "president", "chief", "director",
                 "prosecutors", "investigators", "scientists", "doctors", "hospital", "hospitals", "rescuers",
                 "agencies", "charity", "charities", "ngo", "ngos", "organizations", "organisations", "opposition",
                 "party", "parties", "institute", "bureau", "authority", "regulator", "coastguard", "centre", "center"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "their", "his", "her", "its", "our", "this", "that",
             "which", "who", "some", "others", "many", "most"}

_BEGAN = r"began|started|struck|hit|broke\s+out|erupted|took\s+effect"
"""How an event a span runs from is said to start ("since the strike began", "since the storm hit")."""
_EVENT_NOUNS = (r"blackout|outage|announcement|attack|attacks|crash|storm|outbreak|war|strike|election|vote|invasion|pandemic|"
                r"crisis|disaster|quake|earthquake|floods?|fire|wildfire|collapse|bid|deal|merger|takeover|referendum|shutdown|"
                r"lockdown|ban|tariffs|sanctions|shooting|explosion|heatwave|heat\s+wave|protests?|uprising|coup|ceasefire|"
                r"truce|spill|leak|accident|derailment|sinking|landslide|eruption|cyberattack|hack|breach|recall|stoppage|"
                r"walkout|downturn|slump|rally|selloff|sell-off")
"""What "since the ..." names when it starts a span a figure runs over: "shares have lost 14 per cent since the blackout"
(the sixteenth blind set: a day's fall of 6.2% was set against it)."""

SINCE_AN_EVENT = re.compile(r"(?i)since\s+(?:the|its|their)\s")
"""How a time that runs from an event to now begins ("since the blackout", see `_EVENT_NOUNS`): its own clause's time, and
a count's up to its report's day (see compare._report_day)."""

_TIME_RE = re.compile(
    r"\b(?:(?:(?i:this|last|next|earlier this|later this)|that|the same|the previous|the following)\s+"
    r"(?:morning|afternoon|evening|night|week|weekend|month|year|summer|spring|autumn|fall|winter|" + _WEEKDAY + r")"
    r"|yesterday|today|tonight|overnight|so far|to date"
    r"|(?i:by|as of|since|until|through|before|after|in|on|from)\s+(?:the\s+(?:end|whole|rest|start)\s+of\s+)?(?:early\s+|late\s+|mid-?)?"
    r"(?:" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|" + _WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:19|20)\d\d|the\s+(?:weekend|morning|evening|afternoon)|midday|midnight|noon|dawn|nightfall)"
    r"|(?i:since)\s+(?:the|its|their)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,2}?(?i:" + _EVENT_NOUNS + r")"
    r"(?:\s+(?:" + _BEGAN + r"|came\s+into\s+(?:force|effect)|(?:was|were)\s+(?:announced|imposed|introduced|lifted|signed|"
    r"unveiled|launched)))?"
    r"(?=\s*(?:[,.;:)]|$))"  # the event ends the phrase ("since the election campaign began" names no event here; "since the
    # strike began on Monday" is since Monday; "since the deal values it at $5bn" is because)
    r"|" + _WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|(?:at|by)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|o'clock|GMT|UTC|local time))\b\.?"
)

# --- patterns for the non-comparable kinds -----------------------------------------------

_NOT_COUNTED = (r"(?:as|is|was|has|his|its|this|thus|us|unless|says|yes|plus|across|whereas|perhaps|always|does|less|"
                r"if|and|or|when|while|for|to|the|a|an|from|on|in|at|after|before|now|immediately|instead|again|"
                r"with|without|during|about|regarding|over|into|via|by|under|between|within|until|since|themselves|"
                r"yourself|yourselves|himself|herself|seconds|minutes|[a-z]+ing)\b")
"""Words after a phone number that are not what it counts, though some end in "s" ("call 101 as soon as possible",
"dialled 999 minutes after the attack")."""

_ECONOMY_BASE = re.compile(r"(?i)(?:gross\s+domestic\s+product|GDP|national\s+(?:income|output)|economic\s+output|"
                           r"(?:the\s+)?(?:size\s+of\s+the\s+)?economy)\b")
"""What a share of the economy is measured against ("3.4% of GDP", "of gross domestic product", "of national income"; not
a firm's "15% of its output")."""
_SHARE_OF_ECONOMY = re.compile(r"(?i)\b(?:(?:budget|fiscal|public|national|government|federal|current[- ]account|trade|"
                               r"defen[cs]e|military|state|health|education|tax|interest)\s+)?(?:deficit|debt|borrowing|spending|"
                               r"expenditure|revenues?|surplus|investment|(?<=tax\s)(?:burden|take)|payments)"
                               r"(?:\s+on\s+(?:the\s+)?(?:defen[cs]e|health|education|debt))?\b")
"""What a share of the economy measures, the last one named before it in its clause ("Public debt ... 98.5% of GDP")."""
_SHOCK_WORDS = r"earthquakes?|quakes?|tremors?|temblors?"
_QUAKE = re.compile(rf"(?i)\b(?:{_SHOCK_WORDS}|aftershocks?|main\s?shocks?|seismic|seismolog\w*|Geological\s+Survey|USGS)\b")
"""A sentence about an earthquake, where "measured 5.8" is a magnitude."""
_SHOCKS = re.compile(rf"\b(?:(?P<after>aftershocks?)|{_SHOCK_WORDS}|main\s+shock|mainshock)\b")


def _aftershock_reading(before: str) -> bool:
    """Whether "measured 5.8" ending `before` reads an aftershock: the shock named last before it, relative clauses set
    aside ("The aftershock measured", "A day after the earthquake, the strongest aftershock measured"; not "The quake,
    which was followed by dozens of aftershocks, measured", "The main shock measured 7.8": the thirtieth review)."""
    m = re.search(r"(?:measured|measuring|registered|registering)\s+(?:it\s+)?(?:at\s+)?$", before)
    if not m:
        return False
    head = re.sub(r",\s+(?:which|that|who)\b[^,]*,", " ", before[:m.start()])
    # and a shock that a clause with no commas names ("The aftershock that followed the quake measured 5.6")
    head = re.sub(rf"\b(?:which|that)\s+(?:\w+\s+){{1,6}}?(?:{_SHOCKS.pattern})\s*$", " ", head)
    shocks = list(_SHOCKS.finditer(head))
    return bool(shocks and shocks[-1]["after"])


_AGE_PAIR_NOUNS = (r"children|people|men|women|others|passengers|crew|boys|girls|babies|infants|adults|teenagers|pupils|"
                   r"students|victims|workers|staff|friends|relatives|grandchildren|sons|daughters|siblings|brothers|sisters|"
                   r"residents|patients|soldiers|officers|dogs|animals|more|of\s+(?:his|her|their)")
_AGE_PAIR_ADJECTIVES = r"young|younger|other|small|elderly|adult|teenage|injured|unnamed|local|more"
"""After "aged 34 and": what makes the second number a count of others ("aged 34 and 2 children", "aged 80 and 40 other
passengers"); anything else leaves a range ("aged 18 and 24 were arrested", "aged 18 and 24 years", "aged 19 and 23
suffered serious injuries": the twenty-eighth review)."""
_SPECIAL: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(r"\b(?:" + _WEEKDAY + r",?\s+)?(?P<mon>" + _MONTH + r")\s+(?P<v>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4})\b)?")),
    ("date", re.compile(r"\b(?P<v>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + _MONTH + r")(?![\w])(?:,?\s+(?P<y>\d{4})\b)?")),
    ("date", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<v>(?:1[5-9]|20)\d\d)\b")),
    ("date", re.compile(r"\b(?P<v>\d{4})-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/(?P<v2>\d{2,4})\b")),
    ("time", re.compile(r"(?i)\b(?P<v>\d{1,2})(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|o'clock\b)|\b(?P<v2>\d{1,2}):\d{2}\b(?:\s*(?:GMT|UTC|BST|CET|EST))?"
                        r"|\b(?P<v3>[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|(?-i:IST|JST)|local\s+time)\b")),
    # (a wire time: "at 0630 local time", "2000 local time (1900 GMT)": the second user review had them as counts and years)
    # an age range: "The four victims ranged in age from 52 to 78" (the third user review: a count of victims killed), "aged 5 to 11"
    ("age", re.compile(r"(?i)\b(?:(?:ranged?|ranging)\s+in\s+age\s+from|aged|ages)\s+(?P<low>\d{1,3})\s*(?:to|-)\s*(?P<v>\d{1,3})\b"
                       r"|\baged\s+(?:between\s+)?(?P<low2>\d{1,3})\s+and\s+(?P<v2>\d{1,3})\b"
                       rf"(?!\s+(?-i:(?:(?:{_AGE_PAIR_ADJECTIVES})\s+)?(?:{_AGE_PAIR_NOUNS}))\b)")),
    # ("aged 19 and 23, were killed"; not "A driver aged 80 and 40 passengers": the twenty-fourth and twenty-fifth reviews)
    ("age", re.compile(r"(?i)\b(?P<v>\d{1,3})-(?:year|month|week)-olds?\b|\b(?:aged|age)\s+(?P<v2>\d{1,3})\b|\b(?P<v3>\d{1,3})\s+years?\s+old\b")),
    ("age", re.compile(r"\b(?:(?:in\s+)?(?:their|his|her)\s+)?(?:early|late|mid)[- ]?(?P<v>[1-9]0)s\b|\b(?:their|his|her)\s+(?P<v2>[1-9]0)s\b")),
    # a person's age between commas: "Holm, 48, called the election", "The driver, 35, has been placed under investigation"
    ("age", re.compile(r",\s+(?P<age>\d{1,3}),(?=\s+(?P<next>\w+))")),
    ("year", re.compile(r"\b(?P<low>1[5-9]\d\d|20\d\d)\s*(?:-|–|—|/|to)\s*(?P<v>1[5-9]\d\d|20\d\d|\d\d)\b(?![,.]?\d)")),
    ("year", re.compile(r"\b(?P<v>1[5-9]\d0|20\d0)s\b|'(?P<v2>\d0)s\b")),
    ("label", re.compile(r"\b(?P<v>\d+)(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Corps|Brigade|Division|Regiment|Battalion|Army|Fleet|"
                         r"Squadron|Group|Unit|Battery|Company|District|Street|Avenue|Congress|Amendment|Infantry|Guards|Wing|Precinct)\b")),
    ("label", re.compile(r"\b[A-Z][A-Za-z]{0,4}[-‑](?P<v>\d+)[A-Za-z]*\b")),
    ("score", re.compile(r"(?<![\d,.])(?P<v>\d{1,3})[-–](?P<v2>\d{1,3})(?![\d,.]|\s*(?:%|per|percent|years?|months?|days?|weeks?|hours?))")),
    ("label", re.compile(r"\b[A-Z]{1,4}(?P<v>\d{1,4})[A-Za-z]?\b")),
    ("label", re.compile(r"\b(?P<v>\d+(?:\.\d+)?)[- ]?(?:mm|millimetre|millimeter|calibre|caliber)\b(?!\s+of\b)")),  # (not "25 mm of rain")
    # a bond's maturity: "Germany's 10-year Bund yield", "the 30-year Treasury", "two-year notes" (not a duration)
    ("label", re.compile(r"\b(?P<v>\d{1,2})-(?:year|month)(?=\s+(?:[A-Z][\w-]*\s+)?(?:government\s+)?(?:yields?|bonds?|notes?|"
                         r"Treasur(?:y|ies)|Bunds?|bunds?|gilts?|paper|maturity|mortgages?|fixed|swaps?|JGBs?|OATs?|BTPs?|bills?)\b)")),
    # a phone line: "the Andalusia emergency service 112 said", "call 999", "dial 911"
    ("label", re.compile(r"(?i)\b(?:emergency\s+(?:service|services|line|number)|hotline|helpline|call|dial|dialled|dialed|ring|rang|phoned)"
                         r"\s+(?P<v>\d{3})\b(?![,.]\d)(?!\s+(?:(?!" + _NOT_COUNTED + r")[a-z]+\s+)?(?:people|(?!" + _NOT_COUNTED + r")[a-z]+s)\b)")),
    # (not "call 120 witnesses", "call 111 expert witnesses"; but "call 101 as soon as possible", "call 999 unless")
    ("label", re.compile(r"\b(?:Article|Resolution|Flight|Route|Highway|Section|Chapter|Platform|Gate|Room|Level|Category|"
                         r"Phase|Stage|Version|Model|Block|Apollo|Soyuz|Terminal|Pier|Bus|Line|Runway|District|Local|Ward|Precinct|Lodge)\s+"
                         r"(?P<v>\d+)[A-Za-z]?\b")),
    # index and list names: "S&P 500", "FTSE 100", "Russell 2000", "Fortune 500"
    ("label", re.compile(r"\b(?=S&P\s+\d|FTSE\s+(?:100|250|350)\b|Nikkei\s+225\b|DAX\s+(?:30|40)\b|CAC\s+40\b|ASX\s+200\b|"
                         r"IBEX\s+35\b|Nifty\s+50\b|Nasdaq\s+100\b|(?:Euro\s+)?(?:Stoxx|STOXX)\s+(?:50|600)\b|"
                         r"Russell\s+(?:1000|2000|3000)\b|Fortune\s+(?:Global\s+)?(?:500|1000)\b|Forbes\s+400\b|Inc\.\s+5000\b|Hot\s+100\b)"
                         r"(?:[A-Za-z&.]+\s+)+(?P<v>\d{2,4})\b(?![,.]\d)")),
    ("ordinal", re.compile(r"\b(?P<v>\d+)(?:st|nd|rd|th)\b")),
    ("other", re.compile(r"(?i)\bmagnitude(?:[- ]|\s+(?:of|at)\s+)(?P<v>\d{1,2}(?:\.\d)?)\b|\b(?P<v2>\d{1,2}\.\d)[- ]magnitude\b")),
    # a quake's reading without the word: "The U.S. Geological Survey measured it at 7.1", "the strongest of which
    # measured 5.8", "registering 6.4" (the fourth user review: counts); only in a sentence about a quake (see _special_spans)
    ("other", re.compile(r"(?i)\b(?:measured|measuring|registered|registering)\s+(?:it\s+)?(?:at\s+)?(?P<v>\d\.\d)\b(?!\s*(?:%|(?i:per|m|cm|mm|km|ft|in(?!\s+(?-i:[A-Z])|\s+(?:the|magnitude)\b)|kg|C|F|metres?|meters?|feet|foot|inches|miles?|tonnes?|tons?|"
                r"degrees?|points?|percent|seconds?|minutes?|hours?|years?|kilometres?|kilometers?|centimetres?|centimeters?)\b))")),
    ("ordinal", re.compile(r"(?i)\b(?P<w>" + "|".join(_ORDINAL_WORDS) + r")\b")),
]

_NUM_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORD_ALT = "|".join(sorted([*_UNITS_WORDS, *_SCALE_WORDS, "dozen"], key=len, reverse=True))
_NUM_WORDS = (r"(?:(?:a|an|half\s+a)\s+(?:dozen|hundred|thousand|million|billion)\b|(?:" + _WORD_ALT + r")\b)"
              r"(?:(?:\s+and\s+|\s+|-)(?:" + _WORD_ALT + r")\b)*")
_VAGUE = re.compile(r"(?i)\b(?P<w>(?:dozens|scores|hundreds|thousands|millions|billions|tens)"
                    r"(?:\s+of\s+(?:thousands|millions|billions))?)\b")
_CORE = re.compile(r"(?i)(?<![\w.,])(?P<d>" + _NUM_DIGITS + r")(?!(?!(?:bn|mn|m|k|tn|million|billion|trillion|thousand|mph|kph|kmh|km|kg|ft|cm)\b|(?-i:[CF])\b)\w|[.,]\d)"
                   r"|\b(?P<w>" + _NUM_WORDS + r")")
"""A number, in digits ("3,000", "1.28") or words; digits may carry a scale or a unit ("3m", "£58million", "118mph", "190km/h",
"40ft")."""
_PREFIX_CUR = re.compile(r"(?:(?<![A-Za-z])(?:US|A|C|HK|NZ))?[$€£¥₩₽₴₹]\s?$|\b(?:" + "|".join(_CODES) + r")\s?$")
_CUR_AGAIN = re.compile(r"(?:(?:US|A|C|HK|NZ)?[$€£¥₩₽₴₹]|(?:" + "|".join(_CODES) + r")\b)\s?(?=\d)")
"""A currency written again before a range's second number ("$16.5 billion to $16.8 billion")."""
_SCALE_AFTER = re.compile(r"(?i)(?:\s*-?\s*(?P<word>thousand|million|billion|trillion|mn|mln|bn|tn)\b|(?P<short>k|m|bn|b|tn)\b)")
_PERCENT_AFTER = re.compile(r"(?i)\s*(?:%|per\s?cent\b|percentage\s+points?\b|pc\b|"
                            r"(?<!\d\d\d)(?<!,\d\d\d\s)points?\b(?=\s+(?:to|from)\s+(?:about\s+|around\s+)?\d[\d.]*\s*(?:%|per\s?cent|percent)"
                            r"(?!\s+(?:below|above|under|over|lower|higher|off)\b)))")
"""A percentage, or a change in one: "rose 1.5 points to 9.3%" is percentage points (the second user review: it was a count
of "points", never compared with "falling 1.5 percentage points")."""
_CUR_AFTER = re.compile(r"(?i)\s+(?:of\s+)?(?:(?P<p>US|U\.S\.|American|Canadian|Australian|Hong\s+Kong|New\s+Zealand|Swedish|"
                        r"Norwegian|Danish|Czech)\s+)?(?P<c>dollars?|euros?|pounds?(?:\s+sterling)?|"
                        r"sterling|yen|yuan|renminbi|rubles?|roubles?|hryvnias?|hryvnia|rupees?|francs?|lira|liras|shekels?|zlotys?|złotys?|korunas?|koruny|forints?|lei|leu|rupiah|ringgits?|baht|nairas?|rand|pesos?|"
                        r"kronor|krona|kroner|krone|(?(p)crowns?|(?!)))\b|\s*(?P<code>" + "|".join(_CODES) + r")\b")
_UNIT_AFTER = re.compile(r"(?i)(?:\s*-?\s*)(?P<u>square\s+(?:kilomet(?:re|er)|mile|met(?:re|er))s?|sq\s+km|km2|km/h|kph|kmh|"
                         r"(?:kilomet(?:re|er)s?|miles)\s+(?:per|an|a)\s+hour|kms?|kilomet(?:re|er)s?|"
                         r"(?:kilo|mega|giga|tera)watt[- ]hours?|(?:kilo|mega|giga)watts?|"
                         r"miles?|met(?:re|er)s?|kgs?|kilograms?|tonnes?|tons?|litres?|liters?|hectares?|acres?|°\s?[CF]|(?<=\d)(?-i:[CF])|"
                         r"degrees?\s+(?:celsius|centigrade|fahrenheit)|degrees?|feet|foot|ft|inch(?:es)?|cm|mm|millimet(?:re|er)s?|centimet(?:re|er)s?|mph|knots?|barrels?|MW|GW|kWh|TWh|"
                         r"years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))\b(?!-old|\s+old\b)")
_RANGE_JOIN = re.compile(r"(?i)\s*(?:-|–|—|to|and|or)\s*")
_CHANGE_VERB = re.compile(r"(?i)\b(?:rose|risen|rising|rises|increased|increasing|climbed|climbing|jumped|grew|grown|fell|fallen|"
                          r"dropped|decreased|declined|went up|gone up|soared|surged|doubled|swelled|up|down)\s+(?:from\s+)?$")
_YEAR_PREP = re.compile(r"(?i)\b(?:in|since|by|from|until|till|before|after|during|of|between|circa|year|mid|early|late|"
                        r"spring|summer|autumn|winter|fiscal|and|to|through)\s+$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_CLAUSE_END = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s|\.\s|\.$|!|\?")
_RATE_RE = re.compile(r"(?i)(?:\s+(?:per|a|an|each|every)\s+(?:day|week|month|year|hour|night|soldier|person|head|capita|"
                      r"worker|fighter|recruit|student|patient|household|family|man)\b|\s+(?:daily|weekly|monthly|annually|"
                      r"yearly|nightly|hourly)\b|\s+(?:a|per)\s+(?:calendar\s+)?(?:year|month))+")


@dataclasses.dataclass
class _Span:
    start: int
    end: int
    kind: str
    value: float
    low: float | None = None
    hedge: str = ""
    unit: str = ""
    vague: bool = False


def _words_value(text: str) -> float | None:
    """ "ten thousand" -> 10000, "three hundred and fifty" -> 350, "a dozen" -> 12, "half a million" -> 500000."""
    t = text.lower().replace("-", " ")
    half = t.startswith("half a ")
    if half:
        t = t[len("half a "):]
    total, current = 0.0, 0.0
    seen = False
    for w in t.split():
        if w in ("a", "an"):
            current = current or 1
            continue
        if w == "and":
            continue
        if w in _UNITS_WORDS:
            current += _UNITS_WORDS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALE_WORDS:
            total += (current or 1) * _SCALE_WORDS[w]
            current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    return value / 2 if half else value


def _free(claimed: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= a or s >= b for a, b in claimed)


_PEOPLE_NOUNS = {"driver", "man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "pilot",
                 "suspect", "victim", "teacher", "officer", "soldier", "player", "leader", "minister", "president", "chief",
                 "executive", "founder", "actor", "singer", "student", "worker", "resident", "farmer", "nurse", "doctor", "gunman"}
"""Who can have an age between commas when not named: "The driver, 35, has been placed under investigation"."""


_AGE_VERB = re.compile(r"(?:who|has|had|was|is|said|says|told|called|faces|became|remains|died|will|would|pleaded|denies|denied|"
                       r"admitted|appeared|won|lost|took)$")
_LIST_GOES_ON = re.compile(r"\s+(?:and\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+\d")


def _is_age(text: str, m: re.Match) -> bool:
    """A number between commas after a person: "Holm, 48, called", "John Smith, 45, a father of two, was killed", "The driver,
    35, from Madrid", "Mr Weld, 73, a former governor"; not a list ("China, 40, the US, 39", "Social Democrats, 50, Venstre,
    23, and the Moderates, 16") nor a place ("in Kherson, 12, were killed"). A single capitalised word needs a verb after the
    age ("Holm, 48, called"); a full name, a title or a person noun does not (the twenty-first and twenty-second reviews)."""
    before = text[:m.start()]
    word = re.search(r"([\w'’.-]+)\s*$", before)
    if not word or _LIST_GOES_ON.match(text, m.end()):
        return False
    w = word.group(1)
    if re.search(r"\d+,\s+(?:and\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$", before):
        return False  # the last of a list: "Venstre, 23, and the Moderates, 16, won seats"
    if w.lower() in _PEOPLE_NOUNS:
        return True
    if not w[:1].isupper():
        return False
    if re.search(r"(?i)\b(?:in|at|from|across|for|to|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$", before[:word.start(1)]):
        return False  # a place: "Sales in North America, 40, rose"
    prior = re.search(r"([\w'’.-]+)\s+[\w'’.-]+\s*$", before)
    named = prior and (prior.group(1)[:1].isupper() and not prior.group(1).isupper() and prior.group(1).lower() not in STOP
                       or prior.group(1).rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady"))
    plural = w.endswith("s") and bool(re.search(r"(?i)\bthe\s+(?:[A-Z][\w'’-]*\s+)?$", before[:word.start(1)]))
    return not plural and bool(named or _AGE_VERB.match(m.group("next")))  # ("The Social Democrats, 50," is a party)


def _special_spans(text: str) -> list[_Span]:
    out: list[_Span] = []
    claimed: list[tuple[int, int]] = []
    for kind, pattern in _SPECIAL:
        for m in pattern.finditer(text):
            if not _free(claimed, m.start(), m.end()):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v}
            if "age" in groups:
                if not _is_age(text, m) or int(groups["age"]) > 110:
                    continue
                claimed.append((m.start("age"), m.end("age")))
                out.append(_Span(m.start("age"), m.end("age"), kind, float(groups["age"])))
                continue
            if kind == "score":  # "a 57-43 vote", "21-19": a tally, not a range (which rises)
                if int(groups["v2"]) >= int(groups["v"]):
                    continue
                kind_here = "label"
                claimed.append((m.start(), m.end()))
                out.append(_Span(m.start(), m.end(), kind_here, float(groups["v"]), low=float(groups["v2"])))
                continue
            if "w" in groups:
                value = float(_ORDINAL_WORDS[groups["w"].lower()])
            else:
                raw = groups.get("v") or groups.get("v2") or groups.get("v3")
                if raw is None:
                    continue
                value = float(raw)
            low = float(groups["low"]) if "low" in groups else None
            if kind == "age" and ("low" in groups or "low2" in groups):  # the range itself, "52 to 78", not "ranged in age from"
                lo, hi = ("low", "v") if "low" in groups else ("low2", "v2")
                if float(groups[hi]) < float(groups[lo]):  # "aged 34 and 2 children" is an age and a count
                    continue
                claimed.append((m.start(), m.end()))
                out.append(_Span(m.start(lo), m.end(hi), kind, float(groups[hi]), low=float(groups[lo])))
                continue
            if kind == "year" and low is not None and value < 100:  # "2023-24"
                value = float(int(low) // 100 * 100 + int(value))
                if value < low:
                    continue
            if kind == "year" and "v2" in groups and "low" not in groups:  # '90s
                value = 1900.0 + value
            if kind == "date" and groups.get("y") and not groups.get("v"):
                value = float(groups["y"])
            if kind == "other" and "magnitude" not in m.group().lower() and not _QUAKE.search(text):
                continue  # "measured 5.8" is a magnitude only in a sentence about a quake
            unit = "mm" if kind == "label" and "mm" in m.group().lower() else "magnitude" if kind == "other" else ""
            claimed.append((m.start(), m.end()))
            if unit == "magnitude":  # the figure is the number; "magnitude" is its unit
                g = "v" if groups.get("v") else "v2"
                out.append(_Span(m.start(g), m.end(g), kind, value, unit=unit))
                continue
            out.append(_Span(m.start(), m.end(), kind, value, low=low, unit=unit))
    return out


def _read_number(text: str, pos: int, claimed: list[tuple[int, int]]) -> tuple[int, int, float, bool] | None:
    """A number starting at `pos` (digits or words): (start, end, value, is_digits)."""
    m = _CORE.match(text, pos)
    if not m or not _free(claimed, m.start(), m.end()):
        return None
    if m.group("d"):
        return m.start(), m.end(), float(m.group("d").replace(",", "")), True
    words = m.group("w")
    value = _words_value(words)
    if value is None:
        return None
    return m.start(), m.end(), value, False


def _quantity_spans(text: str, claimed: list[tuple[int, int]]) -> list[_Span]:
    out: list[_Span] = []
    taken = list(claimed)
    vague = {m.start("w"): m for m in _VAGUE.finditer(text)}
    pos = 0
    candidates = sorted({m.start() for m in _CORE.finditer(text)} | set(vague))
    for start in candidates:
        if start < pos or not _free(taken, start, start + 1):
            continue
        if start in vague:
            vm = vague[start]
            w = vm.group("w").lower()
            base = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "tens": 10}
            parts = w.split(" of ")
            value = float(base[parts[0]])
            if len(parts) > 1:
                value *= base[parts[1]]
            if parts[0] == "tens" and len(parts) == 1:
                continue
            span = _Span(vm.start("w"), vm.end("w"), "count", value, hedge=w, vague=True)
            # "hundreds of millions of dollars"
            cur = _CUR_AFTER.match(text, vm.end("w")) or (parts[-1] != "tens" or None) and _CROWNS.match(text, vm.end("w"))
            if cur:
                span.end = cur.end()
                span.kind, span.unit = "money", _currency(cur) if cur.re is _CUR_AFTER else CROWNS
            out.append(span)
            taken.append((span.start, span.end))
            pos = span.end
            continue
        got = _read_number(text, start, taken)
        if got is None:
            continue
        s, e, value, digits = got
        if not digits:
            lone = text[s:e].lower().strip()
            if lone in ("one", "a", "an", "zero"):  # a pronoun or article far more often than a count
                continue
        span = _extend(text, s, e, value, digits, taken)
        if span is None:
            continue
        out.append(span)
        taken.append((span.start, span.end))
        pos = span.end
    return out


_CROWNS = re.compile(r"(?i)\s+(?:of\s+)?crowns\b")
"""Crowns after a scale are money whoever's they are ("73 billion crowns", "tens of billions of crowns": the sixth user
review's Czech storm damage was a count); without one they may be titles ("won 5 crowns")."""
CROWNS = "crowns"
"""The unit of such an amount until its article says whose crowns they are (see `_crowns_of`)."""
_CROWN_COUNTRIES = [(re.compile(r"\b(?:Czech|Czechia|Prague)"), "CZK"), (re.compile(r"\b(?:Swed(?:en|ish)|Stockholm)"), "SEK"),
                    (re.compile(r"\b(?:Denmark|Danish|Copenhagen)"), "DKK"), (re.compile(r"\b(?:Norw(?:ay|egian)|Oslo)"), "NOK")]


def _crowns_of(sentence: str, body: str) -> str:
    """Whose crowns: the crown country the sentence names, else the one its article names first (Sweden's when none)."""
    for text in (sentence, body):
        found = [(m.start(), code) for pattern, code in _CROWN_COUNTRIES for m in [pattern.search(text)] if m]
        if found:
            return min(found)[1]
    return "SEK"


def _currency(m: re.Match[str]) -> str:
    if m.groupdict().get("code"):
        return m.group("code").upper()
    word = m.group("c").lower().split()[0].rstrip("s")
    code = _CURRENCY_WORDS.get(word, word.upper())
    country = " ".join((m.groupdict().get("p") or "").lower().split())
    return _COUNTRY_CURRENCY.get((country, code), code)


_MOVED_FROM = re.compile(r"(?i)\b(?:raised|raises|raising|lifted|lifts|boosted|boosts|cut|cuts|lowered|lowers|increased|increases|"
                         r"reduced|reduces|hiked|hikes|trimmed|slashed|revised|moved|changed|rose|fell|grew|jumped|climbed|dropped)\b"
                         r"[^.;]{0,70}\bfrom\s+$")
"""A verb of change before "from $X to $Y": the two amounts are before and after ("raised its target from $80 to $130")."""
_MOVED_BY = re.compile(r"(?i)\b(?:rose|risen|rises|increased|increases|cut|cuts|narrowed|widened|fell|fallen|dropped|grew|grown|"
                       r"expanded|shrank|shrunk|reduced|lowered|raised|boosted|lifted|climbed|jumped|declined|slashed|trimmed|"
                       r"swelled|went\s+up|gone\s+up|went\s+down)\b[^.;,]{0,60}\bby\s+$")
"""A change by an amount, in the same clause: "the budget was cut by $500 million to $1.2 billion"."""
_WARMTH = re.compile(r"(?i)\b(?:temperatures?|heat(?:wave|ing|ed)?s?|mercury|degrees|thermometers?|hott?(?:er|est)?|cold(?:er|est)?|"
                     r"warm(?:er|est|ing)?|cool(?:er|est)?|highs?|lows?|celsius|fahrenheit|swelter(?:ed|ing)?|scorching|climate)\b")
_CF_OBJECT = re.compile(r"(?i)[\s-]+(?:batter(?:y|ies)|freighters?|cars?|jets?|planes?|engines?|models?|phones?|chips?|cells?|"
                        r"chargers?|sports\s+cars?|fast-charging|rating)\b")
"""Things a C or F after digits names, even where the sentence speaks of heat ("kept cold ... 777F freighters")."""
_CF_WEATHER = re.compile(r"(?i)\s+(?:heat(?:wave)?s?|goal|threshold|mark|limit|target|rise|warming|temperatures?|weather|"
                         r"conditions|days?|scorchers?|highs?|lows?|peak|inland|summer|winter|nights?|mornings?|afternoons?)\b")
"""Words after "44C" that leave it a temperature ("a 44C heatwave", "the 1.5C goal")."""
_CF_NAMED_BY = re.compile(r"(?i)\b(?:grades?|scored|class|apartment|flat|stand|gate|seat|room|ward|section|platform|route|form|"
                          r"battery|batteries|charged|rated|model|terminal|block)\b[^.;]{0,12}$|\b(?-i:[A-Z][a-z]+)\s+$")
"""Before a number with a C or F straight after it, words that make it a name when nothing speaks of heat
("a grade of 3C", "apartment 4F", "Terminal 5C")."""
_CF_NAME = re.compile(r"(?:#\s+[a-z]+(?<!on)(?<!in)(?<!at)(?<!by)(?<!and)(?<!or)(?<!to)(?<!this)(?<!last)(?<!for)(?<!from)(?<!since)(?<!with)"
                      r"(?<!during)(?<!while)(?<!as)(?<!when)(?<!after)(?<!before)(?<!above)(?<!below)(?<!over)(?<!under)(?<!is)(?<!was)"
                      r"(?<!yesterday)(?<!today)(?<!amid)(?<!earlier)(?<!degrees)(?<!heat)(?<!temperatures)(?<!but)(?<!then)"
                      r"(?<!were)(?<!are)(?<!will)(?<!would)(?<!could)(?<!of)(?<!the)(?<!than)(?<!warming)(?<!rise)(?<!target)(?<!limit)\b)")
"""After a number with a C or F straight after it ("#"): a noun that makes it a name, not a temperature
("a 5C battery", "777F freighters"); function words and time words leave it a temperature."""


_METRES = re.compile(r"m[\s-]+([a-z][\w-]*)")


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS)


def _metres(text: str, s: int, end: int) -> bool:
    """A short "m" that is not millions (see _millions_of: "7m deaths", "10m active users", "100m
    euros") is metres before what it measures: "2m high", "a 10m section", "10m waves", "the 400m
    hurdles" (not "rose to 2m, residents said", "2m in ...")."""
    m = _METRES.match(text, end)
    return bool(m) and (m.group(1) in _DIMENSIONS or m.group(1) not in STOP)


def _millions_of(text: str, sm: re.Match[str]) -> bool:
    """"some 1.2m homes": a short "m" before a plural noun is millions (not metres: "a 1.2m wall", "400m hurdles");
    so a short "k" is thousands ("3k people"; not "a 10k race", "4k TVs")."""
    if (sm.group("short") or "").lower() not in ("m", "k"):
        return False
    m = re.match(r"\s+(?:(?:more|new|extra)\s+)?([A-Za-z][\w-]*)", text[sm.end():])  # "1.2m homes", "5m more people"
    if not m:
        return False  # "rose to 2m, residents said": metres
    w = m.group(1)
    if w in MILLIONS_OF:
        race = re.match(r"['’]s\s+(?:final|race|relay|hurdles|freestyle|backstroke|breaststroke|butterfly|sprint|title|record|event|heats?|semi-?finals?)\b",
                        text[sm.end() + m.end():])
        return not race  # "3m women's jobs" (not "the 100m men's final")
    if sm.group("short").lower() == "m" and _CUR_AFTER.match(text, sm.end()):  # "100m euros"
        return True
    after = re.match(r"\s+([a-z][\w-]*)", text[sm.end() + m.end():])  # the word after `w`
    if w.lower() in _STATE_OF and w.lower() not in ("held", "cast", "saved"):  # "3k displaced", "1.2m evacuated": people
        # ... unless a participle describes a thing after it: "a 10m collapsed section" is metres
        return not after or after.group(1) in STOP or after.group(1) in MILLIONS_OF or _plural(after.group(1))
    return bool(after) and after.group(1) in MILLIONS_OF  # "10m active users", "2m electric cars"


def _extend(text: str, s: int, e: int, value: float, digits: bool, taken: list[tuple[int, int]]) -> _Span | None:
    start, end = s, e
    unit = ""
    kind = "count"
    near = max(0, start - 40)
    cur = _PREFIX_CUR.search(text[near:start])
    if cur and digits:
        sym = cur.group().strip()
        unit = _CURRENCY_PREFIX.get(sym, sym.upper())
        kind = "money"
        start = near + cur.start()
    raw = text[s:e]
    scale = 1.0
    sm = _SCALE_AFTER.match(text, end) if digits else None
    if sm and (sm.group("word") or kind == "money" or (sm.group("short") or "").lower() in ("bn", "tn") or _millions_of(text, sm)):
        scale = _SCALE[(sm.group("word") or sm.group("short")).lower()]
        end = sm.end()
    value *= scale
    low: float | None = None
    # A range: "15 to 20", "3,000-5,000", "between 3,000 and 5,000", "two or three".
    near = max(0, start - 40)
    hedge_m = _HEDGE_RE.search(text[near:start])
    hedge = hedge_m.group(1).lower() if hedge_m else ""
    tight = re.match(r"(?-i:[CF])(?![\w-])", text[end:end + 2])  # "44.6C": a temperature, unless a name
    if tight and (_CF_OBJECT.match(text, end + 1) or not _WARMTH.search(text) and (
            _CF_NAME.search("#" + text[end + 1:end + 20]) and not _CF_WEATHER.match(text, end + 1) or _CF_NAMED_BY.search(text[max(0, s - 25):s]))):
        return None  # "777F freighters", "a 5C battery", "a grade of 3C", "Terminal 5C"
    rj = _RANGE_JOIN.match(text, end + (1 if tight else 0))  # "between 40C and 45C"
    if rj and not _CHANGE_VERB.search(text[near:start]):
        joiner = rj.group().strip().lower()
        if joiner != "and" or hedge == "between":
            after_cur = _CUR_AGAIN.match(text, rj.end()) if kind == "money" else None  # "$80 to $130"
            p2 = after_cur.end() if after_cur else rj.end()
            # "rose by $2 billion to $16 billion", "raised its target from $80 to $130": a change, not a range
            moved = after_cur and _MOVED_FROM.search(text[max(0, start - 90):start])
            got = None if moved else _read_number(text, p2, taken)
            if got and (got[3] == digits) and not (joiner in ("-", "–", "—") and not digits):
                s2, e2, v2, _ = got
                scale2 = 1.0
                sm2 = _SCALE_AFTER.match(text, e2)
                if sm2 and (sm2.group("word") or kind == "money" or (sm2.group("short") or "").lower() in ("bn", "tn")):
                    scale2 = _SCALE[(sm2.group("word") or sm2.group("short")).lower()]
                    e2 = sm2.end()
                v2 *= scale2
                v1 = value if scale != 1.0 or scale2 == 1.0 else value * scale2
                if after_cur and joiner == "to" and _MOVED_BY.search(text[max(0, start - 90):start]):  # "cut by $500 million
                    # to $1.2 billion": a step, then the level
                    pass  # (a count "the toll rose by 12 to 58" reads as a range: "rose by 1 to 5 percent" is one as often)
                elif v2 > v1 and not (joiner == "or" and v2 > 10 * v1):
                    low, value, end = v1, v2, e2
                elif hedge == "between" and v2 >= v1:
                    low, value, end = v1, v2, e2
    if hedge == "from" and low is None or hedge == "up to" and (moved := _MOVES_UP.search(text[near:near + hedge_m.start(1)])) \
            and not re.search(r"(?i)\b(?:could|may|might|can)\s+(?:\w+\s+)?$", text[max(0, near - 30):near + moved.start()]):
        hedge, hedge_m = "", None  # "ticked up to 3.6%": a level reached, not a ceiling
    if hedge_m:
        start = near + hedge_m.start(1)
    pm = _PERCENT_AFTER.match(text, end)
    if pm and kind != "money":
        kind, unit, end = "percent", ("pp" if "point" in pm.group().lower() else "%"), pm.end()
    elif kind != "money":
        cm = _CUR_AFTER.match(text, end) or (scale != 1.0 or None) and _CROWNS.match(text, end)
        um = _UNIT_AFTER.match(text, end)
        if cm:
            kind, unit, end = "money", _currency(cm) if cm.re is _CUR_AFTER else CROWNS, cm.end()
        elif um:
            u = um.group("u").lower()
            stem = re.sub(r"\s+", " ", u)
            stem = stem[:-1] if stem.endswith("s") and stem not in ("mps",) and not stem.endswith("celsius") else stem
            stem = "century" if stem.startswith("centur") else stem
            if stem.startswith(_DURATION_UNITS):
                kind, unit = "duration", stem + "s"
            elif stem == "m" and not digits:
                pass
            else:
                kind, unit = "other", _MEASURE_UNITS.get(stem, _MEASURE_UNITS.get(stem.replace(" ", ""), stem))
            if kind != "count":
                end = um.end()
        elif digits and scale == 1.0 and _metres(text, s, end):
            kind, unit, end = "other", "m", end + 1  # "a 10m section", "2m high" (not "rose to 2m, residents said")
    post = _POST_HEDGE.match(text, end)
    if post:
        hedge = hedge or post.group().strip(" -").lower()
        end = post.end()
    if kind == "count" and digits and scale == 1.0 and low is None and "," not in raw and "." not in raw:
        n = int(raw)
        if 1500 <= n <= 2100:
            nxt = re.match(r"\s+([a-z][\w-]*)", text[end:])
            # "2000 soldiers" is a count; "in 2007", "the 2016 presidential election" are years
            if _YEAR_PREP.search(text[max(0, s - 30):s]) or not nxt or nxt.group(1) in STOP or not _is_head(nxt.group(1)):
                return _Span(s, e, "year", float(n))
    return _Span(start, end, kind, value, low=low, hedge=hedge, unit=unit)


# --- around a figure ----------------------------------------------------------------------

def _clause_after(text: str, end: int, limit: int = 80) -> str:
    tail = text[end:end + limit]
    m = _CLAUSE_END.search(tail)
    return tail[:m.start()] if m else tail


def _clause_before(text: str, start: int, limit: int = 80) -> str:
    lo = max(0, start - limit)
    head = text[lo:start]
    cut = 0
    for m in _CLAUSE_END.finditer(head):
        cut = m.end()
    if not cut and lo > 0 and text[lo - 1].isalnum():  # the window began inside a word: "e death toll"
        space = re.search(r"\s", head)
        cut = space.end() if space else len(head)
    return head[cut:]


def _is_head(word: str) -> bool:
    w = word.lower().rstrip("'’")
    if w in COLLECTIVE:
        return True
    return w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDINGS) and len(w) > 2


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _noun_phrase(text: str, pos: int) -> tuple[str, int]:
    """The counted noun phrase starting at `pos` ("North Korean soldiers"), and where it ends."""
    words: list[str] = []
    end = pos
    for m in _WORD.finditer(text, pos):
        if m.start() < end:  # inside an initialism already taken
            continue
        gap = text[end:m.start()]
        if gap.strip() and gap.strip() not in ("-",):
            break
        w = m.group()
        initials = _INITIALISM.match(text, m.start())
        if initials:  # "U.S. population", "U.N. peacekeepers": one word, not "U"
            words.append(initials.group())
            end = initials.end()
            continue
        lw = w.lower()
        if not words and lw in _SKIPPABLE:
            end = m.end()
            continue
        if lw in STOP or lw in _TIME_WORDS:
            break
        if w[0].islower() and (lw.endswith("ed") or lw.endswith("ing")) and lw not in COLLECTIVE and lw not in _ING_NOUNS:
            if words:
                break
            nxt = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if not nxt or nxt.group().lower() in STOP or nxt.group().lower() in _TIME_WORDS:
                break  # "2 million claimed by", "40 collapsed.": a verb, not "displaced people"
        words.append(w.strip("'’-"))
        end = m.end()
        if (w[0].islower() and _is_head(w)) or len(words) >= 5:
            break
    return " ".join(words), end


_PERIOD = re.compile(r"(?i)\b(?:quarter|half|year|month|week|period|season)s?$")
_SKY = re.compile(r"(?i)\b(?:stars?|telescopes?|brightness|brighter|asteroids?|comets?|supernova[es]?|galax(?:y|ies)|planets?|nebula[es]?)\b")
"""Words that make a magnitude astronomical (a brightness) rather than seismic."""

_DIMENSIONS = {"long", "wide", "high", "deep", "tall", "thick", "across", "away"}
_TIME_WORDS = {"daily", "weekly", "monthly", "annually", "yearly", "today", "yesterday", "tonight", "hourly"}
_OF_NP = re.compile(r"\s+of\s+")
_LINK_BEFORE = re.compile(
    r"(?i)(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:of|at|to|reached|reaching|hit|topped|exceeded|totalled|totaled|"
    r"totals?|stood at|stands at|remains at|remained at|is|was|were|are|rose to|risen to|climbed to|increased to|jumped to|grew to|"
    r"rises to|climbs to|grows to|jumps to|came in at|comes in at|amounted to|amounts to|"
    r"put at|puts at|estimated at|numbering|numbered|of some|of about)\s*$")


_OF_TOTAL = re.compile(r"\s+(?:of|out\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?:total\s+of\s+)?\d[\d,.]*\s+")
_OWNER_VERBS = (r"won|wins|took|takes|taken|secured|secures|gained|gains|got|gets|received|receives|holds|held|lost|"
                r"loses|captured|scored|claimed|claims|has|had|have|owns|controls|controlled")
_OWNER = [
    re.compile(r"(?:^|[^\w'’])((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+$"),
    re.compile(r"(?:^|[^\w'’])((?:[A-Z][\w'’.-]*\s+){1,4})(?:(?:has|have|had)\s+)?(?:" + _OWNER_VERBS + r")\s+$"),
    re.compile(r"\b(?:gave|give|gives|giving|awarded|handed|gives)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){1,4})$"),
    re.compile(r"\b(?:and|while|with|whereas)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){1,4})$"),
]


def _owner(before: str) -> str:
    """Whose the figure is, when a name owns it: "the Unity Party won [142]", "and the Green Alliance [91]"."""
    for pattern in _OWNER:
        m = pattern.search(before)
        if m:
            words = re.sub(r"['’]s$", "", m.group(1).strip()).split()
            if words and words[0].lower() in {"the", "a", "an", "it", "they", "he", "she", "we"}:
                words = words[1:]
            if words and not any(w.lower() in STOP for w in words):
                return " ".join(words)
    return ""


_LINK_VERBS = {"rose", "risen", "climbed", "increased", "jumped", "grew", "reached", "stood", "stands", "put", "puts",
               "remains", "remained",
               "rises", "climbs", "grows", "jumps", "amounted", "amounts", "came", "comes", "rise", "climb", "fall", "jump",
               "drop", "grow", "reach", "stand", "remain",
               "estimated", "now", "has", "have", "had", "is", "was", "were", "are", "fell", "fallen", "falls", "dropped",
               "drops", "declined", "declines", "slowed", "slows", "eased", "eases", "cooled", "slipped", "decreased", "shrank"}
"""Verbs (and "now") between a noun phrase and its figure: "the toll has now risen to [45]"."""
_PUT_AT = re.compile(r"(?i)\b(?:put|puts|putting|pegged|pegs|placed|places)\s+(?:the|its|their|his|her)\s+"
                     r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:(?:in|on|across|for|from)\s+(?:the\s+)?"
                     r"(?:[\w'’-]+\s+){1,3}?)?at\s*$")
"""A figure someone puts a thing at: "put the turnout in the capital at", "put the death toll at" (the thing, before any place)."""
_TO_BE_MOVED = {"to", "could", "would", "will", "may", "might", "should", "can", "expected", "set", "likely", "forecast",
                "projected", "due", "poised", "is", "was", "are", "were", "be"}
"""Between a noun and the verb that moves it to a figure: "the toll could rise to", "inflation is expected to fall to"."""
_EXPECTING = {"expect", "expects", "expected", "forecast", "forecasts", "predicted", "predicts", "predict", "warned", "warns",
              "said", "says", "believe", "believes", "fear", "fears", "estimate", "estimates", "see", "sees", "saw"}
"""Who expects a move is not what moves: "Officials expect [the death toll] to rise to 200"."""
_PARTICLES = {"back", "again", "up", "down", "sharply", "slightly", "steadily", "further"}
"""Words between a verb and its figure that name nothing ("climbed back over 1 million")."""
_BEARINGS = {"above", "below", "past", "beyond", "toward", "towards"}
"""Prepositions that point at the figure from a verb ("climbed back above 900,000")."""


_MOVED_BY_TO = re.compile(r"(?i)(?:\bby\s+)?(?:an?\s+|half\s+a\s+)?(?:\d[\d.,]*\s*|quarter[- ]|half[- ])?(?:basis\s+points?|bps?|"
                          r"percentage\s+points?|points?|%|per\s?cent|percent)\s+to\s+(?:about\s+|around\s+)?$")
"""A level reached by a move given in points or per cent: "cut its deposit rate by 25 basis points to [2.25%]", "fell 6 basis
points to [2.41%]", "by a quarter point to [2.25 per cent]", "The euro fell 0.4 per cent to [$1.0812]". The level is the thing that moved, not the points (the second user
review: the 2.25% rate and the 2.41% Bund yield were one "basis points" group)."""


_PLACE_ASIDE = re.compile(r",\s+(?:[A-Z][\w'’-]*\s*){1,3},(?=\s+\w+(?:\s+to)?\s+$)")
"""A place set off by commas just before the verb: "The death toll from the derailment near Adamuz, Córdoba, rose to [nine]"."""


_ADVERB_COUNTED = re.compile(r"(?!(?:family|supply|rally|assembly|ally|monopoly|anomaly|reply|tally|fly|belly|jelly|bully|lily|"
                             r"italy|july)$)[a-z]+ly")
"""An adverb after a figure is not what it counts ("$1.080 shortly after the announcement")."""


def _context_np(text: str, start: int) -> str:
    """The noun phrase a figure is linked to on its left: "the death toll rose to [45]" -> "death toll"."""
    found = _linked_np(text, start)
    if not found and (aside := _PLACE_ASIDE.search(text, max(0, start - 60), start)):
        head = text[:aside.start()] + text[aside.end():start]  # (the second user review: El País's toll of nine)
        found = _linked_np(head, len(head))
    return found


def _linked_np(text: str, start: int) -> str:
    before = _clause_before(text, start)
    hm = _HEDGE_RE.search(before)
    if hm:
        before = before[:hm.start()]
    put = _PUT_AT.search(before)
    if put:  # "Police put the turnout in the capital at [85,000]": the turnout, not the capital (heldout9)
        return put["np"]
    m = _LINK_BEFORE.search(before)
    if not m:
        return ""
    head = before[:m.end("np")]
    verbs = _LINK_VERBS
    tokens = _WORD.findall(head)
    last: list[str] = []
    stopped = ""
    for w in reversed(tokens):
        lw = w.lower()
        if (lw in verbs or lw in _PARTICLES or w in _TO_BE_MOVED) and not last:
            continue  # "climbed back [over 1 million]", "the death toll is expected to rise to [200]" (`w`, case-sensitive:
            # "May 30" is a date)
        if lw in STOP or lw in verbs or lw in _EXPECTING:
            stopped = lw
            break
        last.insert(0, w)
    toll_first = re.match(r"(?i)\s*(?:the\s+)?(?:death\s+)?toll\b", before) and stopped in ("in", "at", "near", "from", "across")
    if last and any(w[0].islower() for w in last) and not _PERIOD.search(" ".join(last)) and not toll_first:
        # (not "The death toll from the Cedar Ridge fire in southern California has risen to [five]": the toll's place)
        return " ".join(last[-3:])  # (not "first quarter" in "Profit in the first quarter came in at": the profit)
    lead: list[str] = []
    first_common = False
    for n, w in enumerate(tokens):  # "The death toll from Storm Zara in Spain has risen to" -> "death toll"
        lw = w.lower()
        if lw in STOP or lw in verbs:
            if lead:
                break
            continue
        if not lead and n <= 1 and not before[:before.find(w)].strip(" \"“'‘").count(" ") > 1:
            first_common = True  # "Turnout in ..." at the start of the clause: capitalised as its first word
        lead.append(w)
    common = first_common or any(w[0].islower() for w in lead)
    return " ".join(lead[:3] if common else last[-3:])


def _context_words(text: str, start: int) -> str:
    before = _clause_before(text, start)
    hm = _HEDGE_RE.search(before)
    if hm:
        before = before[:hm.start()]
    words = [w for w in _WORD.findall(before) if w.lower() not in STOP and w.lower() not in ("bn", "m", "k", "tn", "mn")]
    if len(words) > 1 and words[-1].lower() in _PARTICLES | _BEARINGS:  # "claims climbed back above [900,000]"
        while len(words) > 1 and words[-1].lower() in _PARTICLES | _BEARINGS:
            words.pop()
        if len(words) > 1 and words[-1].lower() in _LINK_VERBS:
            words.pop()
    return " ".join(words[-4:])


_HOMELESS = re.compile(r"(?i)\b(?:leave|left|leaving|fled|flee|forced\s+(?:out\s+)?(?:from|of)|driven\s+from|lost)\s+(?:their\s+)?homes\b|\bhomeless\b|"
                       r"\b(?:living|sheltering|staying|sleeping)\s+in\s+(?:tents|(?:temporary\s+|emergency\s+)?shelters|camps|"
                       r"evacuation\s+cent(?:er|re)s)\b")
_JOBLESS = re.compile(r"(?i)\b(?:lost|lose|loses|losing)\s+(?:their\s+|his\s+|her\s+)?jobs\b|\blaid\s+off\b|\bout\s+of\s+work\b|"
                      r"\b(?:appl(?:y|ies|ied|ying)|fil(?:e|es|ed|ing))\s+(?:for\s+)?(?:unemployment|jobless)\b|"
                      r"\b(?:unemployment|jobless)\s+claims\b")
"""Phrases that say people lost work: "lost their jobs", "were laid off", "applied for unemployment"."""
_COST_JOBS = re.compile(r"(?i)\b(?:cost|costs|costing)\s*$")
"""Before a figure followed by "their jobs": "the damage that cost [about 10 million people] their jobs"."""
_NEW_CLAUSE = re.compile(r"(?i)(?:and|but|or|nor|after|as|while|when|whereas|before|because|since|though|although|"
                         r"which|who|whom|that|in|on|at|with|from|to|for|by|during|amid|despite)\b")
"""Words that start a clause of their own after a dash ("residents—more than 10,000 people—and killed ...")."""
_MODIFIER_STATES = {"vaccinated", "jobless", "sheltered", "needing-aid"}
"""States that, inside the counted phrase, only describe it ("vaccinated people have died" were killed):
what follows the phrase wins over them, and a need gives way to what happened before it ("displaced
8,000 people who need food" were displaced). They are states of counts only."""
_MODIFIER_WORDS = re.compile(r"(?i)\b(?:" + "|".join(sorted(w for st in _MODIFIER_STATES for w in _STATES[st])) + r")\b")


_BURNS = re.compile(r"(?i)\b(?:suffered|suffering|sustained|reported|with|for|severe|serious|minor)\s+(?-i:burns)\b")
"""Injuries named as burns ("61 people suffered burns"), not the name Burns."""


_CRITICAL = re.compile(r"(?i)\b(?:in\s+(?:a\s+)?(?:critical|serious)\s+condition|in\s+intensive\s+care)\b")
"""People in critical condition or intensive care: a part of those in hospital, a state of its own (the second user review)."""
_TO_HOSPITAL = re.compile(r"(?i)\b(?:in\s+(?:a\s+)?stable\s+condition|(?:remain|remains|remained|still)\s+in\s+hospital)\b|"
                          r"\badmitted\s+(?:to\s+(?:[\w-]+\s+){0,3}?(?:hospitals?|intensive\s+care|ICU|clinics?|wards?|"
                          r"(?:intensive|critical|high-dependency|burns?|trauma|coronary|stroke|care)\s+units?)|"
                          r"overnight|in\s+(?:a\s+)?(?:critical|serious|stable)\s+condition|for\s+treatment)\b")
_TREATED_FOR = re.compile(r"(?i)\btreated\s+for\b(?=(?:\s+[\w-]+){0,2}?\s+(?:injuries|burns|wounds|gunshot|stab|fractures)\b)")
""""Treated for injuries" says what happened (injuries), not only where they went."""


_NEEDS_AID = re.compile(r"(?i)\b(?:(?:need|needs|needed|needing|in\s+need\s+of)\s+(?:urgent\s+|emergency\s+|humanitarian\s+|food\s+)?"
                        r"(?:food|shelter|aid|help|assistance|relief|water)|(?:rely|relies|relying|depend|depends|depending)\s+on\s+"
                        r"(?:urgent\s+|emergency\s+|humanitarian\s+|food\s+)?(?:aid|assistance|relief|handouts))\b")
"""People who need food or aid ("8,000 people will need food and shelter"): not those displaced or killed."""


_ON_BOARD = re.compile(r"(?i)\b(?:on\s+board|(?:were|was)\s+(?:on|in)\s+(?:the|a)\s+(?:vessel|boat|ship|plane|aircraft|bus|train|"
                       r"dinghy|trawler|ferry)|(?:was|were)\s+carrying)\b")


_FEARED_DEAD = re.compile(r"(?i)\b(?:feared|presumed)\s+(?:to\s+(?:be|have)\s+)?(?:dead|died|drowned|killed)\b")
"""Who are feared dead are missing, not yet counted dead ("Dozens more were feared dead" is no count of bodies recovered:
the seventh user review's shipwreck)."""


def _phrased(chunk: str) -> str:
    """`chunk` with the phrases that name a state as one state word ("lost their homes": displaced)."""
    chunk = _NEEDS_AID.sub(" needing-aid ", _FEARED_DEAD.sub(" missing ", chunk))
    chunk = _TREATED_FOR.sub(" for ", _TO_HOSPITAL.sub(" hospitalised ", _CRITICAL.sub(" critical-condition ", chunk)))
    chunk = re.sub(r"(?i)\bcut(?:s|ting)?\s+off\b(?!\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+['’]s\s+)?(?:power|water|electricity|gas|supplies|supply|aid|access|"
                   r"funding|fuel|food|contact|communications|internet|phone|services)\b)", " stranded ", chunk)  # "cutting off 150,000 people"
    chunk = _ON_BOARD.sub(" aboard ", chunk)  # "people were on the boat": how many it carried (the seventh user review)
    return _BURNS.sub(" injured ", _JOBLESS.sub(" jobless ", _HOMELESS.sub(" displaced ", chunk)))


def _states(*chunks: str) -> str:
    found: list[str] = []
    for chunk in chunks:  # (runs from _first_states: their phrases are already state words)
        chunk = re.sub(r"(?i)\bfatally\s+\w+", " killed ", chunk)  # "fatally shot", "fatally injured": killed
        for w in _WORD.findall(chunk.lower()):
            st = _STATE_OF.get(w)
            if st and st not in found:
                found.append(st)
                if w == "casualties":
                    found.append("injured" if st == "killed" else "killed")
    return " ".join(sorted(set(found)))


_JOIN = re.compile(r"(?i)\s(?:and|but|while|whereas)\s+(\w+)")
"""A second verb of the clause before a figure: its own state, not the first verb's ("killing three people
and leaving 380,000 customers without power"); "killed and injured 40" is one run of states."""


def _nearest_state(counted: str, after: str, before: str, inherited: bool = False, kind: str = "count") -> str:
    """What happened to the counted: from the phrase itself, else what follows it up to the next
    clause or number ("people were killed"), else what precedes it ("the quake killed 14 people").
    A modifier state in the phrase ("vaccinated people") gives way to what follows ("have died")."""
    count = kind == "count"
    if count and re.match(r"\s*(?:their|his|her)\s+jobs\b", after) and _COST_JOBS.search(before):
        return "jobless"
    if count and re.search(r"(?i)\b(?:forced|forcing|forces|drove|driven|driving)\s+$", before) and re.match(
            r"(?i)\s*(?:out\s+)?(?:from|of)\s+(?:their\s+)?homes\b", after):
        return "displaced"  # "have forced 2,000 people from their homes" (not "pulled 40 people from their homes": rescued)
    cut = re.search(r"\s(?:and|but|while|when|whereas)\s|\d", after)
    after = after[:cut.start()] if cut else after
    digits = list(re.finditer(r"\d", before))
    before = before[digits[-1].end():] if digits else before
    joins = [m for m in _JOIN.finditer(before) if not (_STATE_OF.get(m.group(1).lower()) and
                                                        _STATE_OF.get((before[:m.start()].split() or [""])[-1].lower()))]
    before = before[joins[-1].start(1):] if joins else before  # "killing three people and leaving [380,000 customers]",
    # "killing seven people and injuring [more than 40]" (but "killed and injured [40]" is one run of states)
    near = re.sub(r"^\S*\s", "", before[-48:]) if len(before) > 48 else before  # whole words only
    chunks = (after[:60], near, counted) if inherited else (counted, after[:60], near)
    if kind == "percent":  # a share: its own phrase and what follows ("60% of buildings were destroyed"),
        chunks = (counted, after[:60])  # not the verb before it ("reduced hospitalisations by 71%")
    elif kind == "money":  # an amount: its own phrase only ("a $10 million fund for families of those killed")
        chunks = (counted,)
    fallback = ""
    for chunk in chunks:
        found = _states(_first_states(chunk)).split()
        if not count:  # "a $900 billion bill extending jobless benefits": not a state of money
            found = [x for x in found if x not in _MODIFIER_STATES]
        if found and set(found) <= _MODIFIER_STATES:  # "vaccinated people have died": killed, if said
            fallback = fallback or " ".join(found)
            found = _states(_first_states(_MODIFIER_WORDS.sub(" ", chunk))).split()
            if not found or set(found) <= _MODIFIER_STATES:
                continue
        if found:
            return " ".join(found)
    return fallback


def _first_states(chunk: str) -> str:
    """The first run of state words: "were rescued from collapsed buildings" -> "rescued";
    "reported dead or wounded" -> "dead or wounded"."""
    words = _WORD.findall(_phrased(chunk.lower()))
    run: list[str] = []
    for w in words:
        if w in _STATE_OF:
            run.append(w)
        elif run and w not in ("or", "and"):
            break
    return " ".join(run)


_PLACE_RE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Oo]utside)\s+(?:(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-eastern|-western)?|central)\s+)?"
                       r"((?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+)*)")
_SUBORDINATE = re.compile(r"\s(?:and|but|while|when|where|whereas|after|before|because|as|which|who|if)\s|\d")


_NOT_WHERE = re.compile(r"(?i)\b(?:shares?|stakes?|interest|confidence|trust|stock)\s*$")
"""Words before "in X" that make X a company or a cause, not a place ("shares in Brevik Home Appliances")."""


_SEVERAL_PLACES = re.compile(r"(?i)\b(?:in|across|throughout)\s+((?:the\s+)?(?:two|three|four|five|both|all|several)\s+"
                             r"(?:\w+\s+)?(?:countries|nations|states|provinces|regions|cities|districts))\b")
"""A place that is several places the article named: "40 people were injured across the two countries" is both countries'
count, never one of them (the sixth user review)."""


WORLDWIDE_AFTER = re.compile(r"(?i)^[\w\s]{0,25}?\b(?:worldwide|globally|around\s+the\s+world|across\s+the\s+(?:world|globe))\b")
WORLDWIDE_BEFORE = re.compile(r"(?i)\b(?:worldwide|world-wide|global)\s+(?:[a-z-]+\s+){0,2}?(?:of|covering|totalling|totaling)\s+"
                              r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to)\s+)?$")
WORLDWIDE_OPENING = re.compile(r"(?i)^(?:globally|worldwide|around\s+the\s+world|across\s+the\s+(?:world|globe)),\s+[^,;]*$")
"""After a figure and before it, what makes it the whole world's rather than a place's: "employs about 20,000 people
worldwide", "a worldwide recall of about 2.3m", "Globally, the recall covers about 2.6 million vehicles" (the eleventh blind set)."""


_ONE_COUNTRY = {"bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda", "saint kitts and nevis",
                "st kitts and nevis", "sao tome and principe", "são tomé and príncipe", "turks and caicos", "wallis and futuna",
                "saint vincent and the grenadines", "st vincent and the grenadines", "heard island and mcdonald islands"}
"""Names with "and" that are one place (the thirty-seventh review)."""


_AND_PLACE = re.compile(r"\s+and\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|as|after|"
                        r"since|last|this|over|during|by|from|with|amid|when|while|until)\b)")


_DEMONYM = re.compile(r"(?:ese|ish|ian|ek|ic|ean|can|man|ban|yan|tch|ai)$")
"""The endings of a people's word ("Greek", "Korean", "German", "Thai"), not of a country ("Sudan", "Iran", "Japan", "Mali")."""
_GROUND = re.compile(r"\s+((?:territorial\s+|coastal\s+|national\s+)?(?:waters|territory|airspace|coast|coastline|mainland|soil|border|capital|islands?|seas?))\b")


def _place(after: str, before: str) -> str:
    def where(text: str) -> list[re.Match[str]]:
        return [m for m in _PLACE_RE.finditer(text) if not _NOT_WHERE.search(text[:m.start()])]

    cut = _SUBORDINATE.search(after)
    clause = after[:cut.start()] if cut else after
    found = where(clause)
    m = found[0] if found else None
    several = _SEVERAL_PLACES.search(clause)
    if several and (not m or several.start() < m.start()):
        return several.group(1)
    scope = after
    if not m:
        scope = _ELSEWHERE_BEFORE.split(before)[-1]
        found = where(scope)
        m = found[-1] if found else None
        if m and (WORLDWIDE_BEFORE.search(scope, m.end()) or WORLDWIDE_OPENING.match(before)):
            return ""  # "46,200 cars in the UK as part of a worldwide recall of about 2.3m": the 2.3m is the world's (ux11)
    if not m:
        return ""
    both = _AND_PLACE.match(scope, m.end())  # (before the figure too: "killed 15 people in Poland and the Czech Republic,
    # officials said Monday, as ... left hundreds of thousands of homes without electricity": the sixth user review)
    place = m.group(1)
    place = re.sub(r"^the\s+", "", place)
    ground = _GROUND.match(scope, m.end())
    if ground and _DEMONYM.search(place):  # "in Greek waters": a place, not an adjective (the
        place = f"{place} {ground.group(1)}"  # seventh user review's "people killed in Greek")
    if both and f"{place} and {both.group(1)}".lower() not in _ONE_COUNTRY:  # "killed at least 15 people in Poland and the
        place = f"{place} and {both.group(1)}"  # Czech Republic": both countries' toll, not Poland's (the sixth user review)
    if re.fullmatch(r"(?:" + _MONTH + r"|" + _WEEKDAY + r")(?:['’]s)?", place):  # "in Tuesday's fire": when, not where
        return ""
    return place


_ACCORDING = re.compile(r"(?i)\baccording\s+to\s+(?P<who>[^,;:.()]{2,80}?)(?=\s*(?:[,;:.()]|$|\s+(?:that|which|who)\b)|"
                        r"\s+and\s+[$€£]?\d)")
"""(Not across " and 400,000 according to the CGT": the next figure's own.)"""
_ESTIMATES_FROM = re.compile(r"(?i)\b(?:estimates?|figures|data|reports?)\s+(?:from|by)\s+(?P<who>[^;:()]{2,80}?)\s+(?:suggests?|shows?|indicates?|puts?|says?)\b")
_BY_AGENT = re.compile(r"\b(?:claimed|estimated|counted|reported|given|cited|quoted|announced|confirmed|issued)\s+by\s+"
                       r"(?P<who>(?:the\s+)?[A-Za-z][\w'’ -]{1,60}?)(?=\s*(?:[,;:.()]|$)|\s+(?:and|but|while|who|which|on|in|at)\b)")
_VERB = re.compile(r"\b(?:" + _ATTR_VERBS + r")\b")
_PASSIVE_AFTER = re.compile(r"\s+(?:to\s+(?:be|have)\b|(?:missing|dead|killed|injured|wounded)\b)")
"""After a speech verb, what makes it a passive that names no speaker: "the groups said to be linked
to Hamas", "two hiking groups reported missing" (not "the UN said in Geneva", "police said earlier"); and
"reported in Darfur", "confirmed in Chad" (see _attribution)."""


_NOUN_OF = re.compile(r"(?:estimates?|reports?|claims?|counts?|notes?)\s+of\b")


_NAMES_NO_ONE = re.compile(r"unconfirmed|unverified|unsubstantiated|unofficial|official|independent|early|earlier|initial|"
                           r"preliminary|first|latest|new|recent|media|local|press|news|some|other|conflicting|separate|several|"
                           r"many|various|multiple|numerous|widespread|previous|prior|rough|anecdotal|credible|contradictory|"
                           r"differing|varying|competing|fresh|further|additional|current|past|higher|lower|such|these|those|"
                           r"their|its|his|her|our|there|both|despite|amid|amidst|following|after|before|with|without|given|"
                           r"unlike|like|among|amongst|against|beyond|over|under|since|until|though|although|while|because|"
                           r"if|when|even|only|but|and|yet|so|as|in|on|at|by|for|from|of|to|the|a|an|provisional|"
                           r"informal|partial|internal|external|different|frequent|persistent|consistent|subsequent|medical|regional|"
                           r"apparent|[a-z]+(?:ous|ive|ed|ing|ible|able)")
"""Words before "reports of", "estimates of" that name no speaker, whatever their case: adjectives, and the first words of
a clause ("Despite reports of 40 dead, the army said": the army's; the nineteenth review)."""


def _noun_of(text: str, m: re.Match) -> bool:
    """A speech verb that is a noun with no one named before it: "the average analyst estimate of $23.9
    billion", "there were reports of 40 dead" (not "The UN estimate of 40,000": the UN's)."""
    before = re.search(r"([\w'’.-]+)\s*$", text[:m.start()])
    owner = before.group(1) if before else ""
    bare = re.sub(r"['’]s?$", "", owner).lower()
    named = owner[:1].isupper() and not _NAMES_NO_ONE.fullmatch(bare)
    # ("Police estimates of", "Organisers' estimates of", "Hamas estimates of", "Ukrainian estimates of", "Reuters
    # reports of"; not "Unconfirmed reports of", "Independent estimates of", "Media reports of")
    if m.group() in ("claims", "reports", "estimates", "counts") and _NOUN_MOVES.match(text, m.end()):
        return True  # "Jobless claims fell to 210,000, the Labor Department said": the department's, not "Jobless"'s
    return bool(_NOUN_OF.match(m.group() + text[m.end():m.end() + 5])) and not named


_NOUN_MOVES = re.compile(r"\s+(?:rose|fell|climbed|jumped|dropped|declined|increased|decreased|surged|soared|slid|slipped|"
                         r"plunged|tumbled|grew|shrank|eased|edged|hit|reached|topped|totalled|totaled|rise|fall|climb|jump|"
                         r"drop|decline|increase|decrease|surge|soar|slide|slip|plunge|tumble|grow|shrink|ease|edge|reach|"
                         r"top|total)\b(?!\s+(?:of|in)\b)")
"""A move's verb right after a plural speech verb makes it a noun ("claims fell", "Jobless claims rise to 230,000"; not
"estimates cuts", "reports rising infections", nor a noun: "estimates rise of 2%" stays a verb's object)."""


_WHEN_BEFORE = re.compile(
    r"(?:,?\s+(?:on|in|last|this|early|late)?\s*(?:" + _WEEKDAY + r"|today|yesterday|Today|Yesterday)(?:,?\s+" + _MONTH + r"\s+\d{1,2})?"
    r"|,?\s+(?:(?:on|in|last|this|early|late)\s+)?" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?|\s+(?:on|in|last|this)\s+" + _MONTH + r")\s*$")
"""A date just before a speech verb; a month alone is a date only after on/in/last/this ("Theresa May said")."""


def _reported_in(rest: str) -> bool:
    """After "reported"/"confirmed": "in <Place or month>" not followed by "that" is a passive ("attacks on
    aid agencies reported in Darfur [on Monday] killed", "attacks reported in March killed"); "reported in
    March that", "confirmed in Kent on Monday that" are not."""
    m = re.match(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", rest)
    return bool(m) and not re.match(r"(?:,?\s+\d{4})?(?:\s+(?:on|last|this|early|late)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?"
                                    r"\s+(?:(?:that|an?|the|record)\b|[$€£]?\d)", rest[m.end():])


_AUXILIARIES = {"has", "have", "had"}
_DOING_VERBS = re.compile(r"(?i)(?:added|put|claimed|counted)\b")
"""Speech verbs that are also deeds: "Employers have added 275,000 jobs", "Cyclone Freddy has claimed 400 lives"."""
_CLAUSE_AFTER = re.compile(r"\s+(?:that\b|(?:(?!\b(?:while|but|after|when|because|since)\b|\b(?:and|as)\s+(?:the|a|an|its|their|"
                           r"his|her)\b)[^,.;]){0,50}?"
                           r"\b(?:were|was|had|have|has|are|is|took|died|killed|would|will|could)\b)")
"""After a speech verb, a clause: what it says ("Organisers have claimed 100,000 people took part")."""
_LIVES_TAKEN = re.compile(r"\s+[^,.;]{0,25}?\blives\b(?!\s+(?:were|was|had|have)\b)")
"""A deed's object: "has claimed 400 lives" (not "have claimed 20 lives were lost", a claim)."""


def _subject_before(text: str, verb_start: int, floor: int) -> str:
    """The speaker before an attribution verb: "US officials [said]", "the Pentagon [estimated]"."""
    window = text[max(floor, verb_start - 120):verb_start]
    while True:  # "President Biden on Monday [announced]", "Officials October 23 [said]": when, not who
        cut = _WHEN_BEFORE.search(window)
        if not cut or not window[:cut.start()].strip():
            break
        window = window[:cut.start()]
    tokens = list(re.finditer(r"[^\W\d_][\w'’.-]*|[,;:()\"“”]", window))  # ("Óscar Puente", not "scar Puente")
    picked: list[str] = []
    has_author = False
    auxiliary = ""
    for k in range(len(tokens) - 1, -1, -1):
        w = tokens[k].group()
        lw = w.lower().strip(".")
        if not w[0].isalpha():
            break
        if not picked and (lw in _AUXILIARIES or lw == "also" and k and tokens[k - 1].group().lower() in _AUXILIARIES):
            auxiliary = lw if lw != "also" else tokens[k - 1].group().lower()
            continue  # "the civil defence institute has [confirmed]", "officials have also [said]" (not "the race for the
            # White House also [indicates]": the end of a longer subject)
        if lw == "the":
            if picked and picked[-1][0].isupper():
                picked.append(w)  # "the Pentagon"
                if k and tokens[k - 1].group() == "in":
                    continue  # "Authorities in the Philippines"
            break
        if lw in ("a", "an"):
            if picked:
                picked.append(w)  # "a local charity", as written (not "the local charity")
            break
        if lw in _PRONOUNS and not picked and not (w.isupper() and len(w) > 1):  # (not "the WHO")
            return ""
        if w[0].isupper() or lw in AUTHOR_WORDS or lw.endswith(("'s", "’s")):
            picked.append(w)
            has_author = has_author or w[0].isupper() or lw in AUTHOR_WORDS
            continue
        if lw in ("and", "of", "in") and picked and picked[-1][0].isupper() or lw == "in" and picked and (
                picked[-1] == "the" or len(picked) > 1 and picked[-1].islower() and picked[-2][0].isupper()):
            picked.append(w)  # "the Archive of Public Gatherings", "Authorities in Bangladesh", "... in the Philippines", "in northern Syria"
            continue
        if picked and lw not in STOP and len(picked) < 5 and not lw.endswith(("ed", "ing")):
            # a lowercase modifier inside the speaker: "South Korean military intelligence"
            picked.append(w)
            continue
        break
    if "in" in picked:  # "Authorities in Bangladesh", "The US Embassy in Kabul"; not "Meanwhile in Brussels EU officials"
        at = picked.index("in")
        speaks = any(w.lower() in AUTHOR_WORDS or (w.isupper() and len(w) > 1 and j != at - 1) for j, w in enumerate(picked[:at]))
        # (a place in capitals right after "in" names no one: "The Red Cross in DRC")
        if speaks and (at + 1 >= len(picked) or picked[at + 1].lower() not in AUTHOR_WORDS):
            picked = picked[:at]
        elif at + 1 < len(picked) and not any(w[0].isupper() or w.lower() in AUTHOR_WORDS for w in picked[at + 1:]) \
                and not re.search(r"[^s]s$", picked[at + 1]):
            return ""  # "a protest march in downtown Dallas [told]": a place, and nobody in it who speaks
    while picked and picked[-1].lower() in ("and", "of", "in"):
        picked.pop()
    if not picked or not has_author:
        return ""
    if auxiliary and not any(w.lower() in AUTHOR_WORDS for w in picked):
        deed = _DOING_VERBS.match(text, verb_start)
        if deed and (not _CLAUSE_AFTER.match(text, deed.end()) or _LIVES_TAKEN.match(text, deed.end())):
            return ""  # "Employers have added 275,000 jobs", "Cyclone Freddy has claimed 400 lives": deeds, not speech
        if auxiliary == "have" and len(picked) == 1 and text[:verb_start].rstrip().count(" ") <= 2:
            return ""  # "Tests have confirmed 12 cases": a sentence's plural common noun ("Israel has said" is a speaker)
    who = " ".join(reversed(picked))
    # A sentence-initial word is not a name: "Estimates", "Reports"
    if who.split()[0].lower() in ("estimates", "reports", "figures", "but", "however", "meanwhile", "and", "yet"):
        who = " ".join(who.split()[1:])
    if re.match(r"(?:A|An|The) [a-z]|An? .*\b[a-z]+$", who):  # "An official", "A White House official" ("The Hague", "An Post" stay)
        who = who[0].lower() + who[1:]
    return who


_OTHER_CLAUSE = re.compile(r"(?i)(?:\b(?:while|whereas|but|although|though)|,\s*(?:after|because|before|once|until|when)|[,;]\s*and)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,5}$")
"""Between a figure and a speech verb after it: a clause of its own begins, whose subject speaks for what
follows ("12 died, while the ministry said 15"), not for the figure ("officials said" after "banks, " does)."""


def _other_clause(between: str, after: str) -> bool:
    """Whether a clause of its own starts between a figure and a speech verb (see _OTHER_CLAUSE); a
    ", and" that ends a list of speakers ("..., the US, South Korea, and Ukraine said.") starts none:
    names between commas, and the verb ends the sentence ("in Herat, Afghanistan, and the UN said aid
    was on its way" is a clause of the UN's)."""
    m = _OTHER_CLAUSE.search(between)
    if not m:
        return False
    listed = re.search(r",\s*(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}$", between[:m.start()])
    ends = re.match(r"\s*(?:(?:on\s+)?\w+day|on\s+\w+|in\s+a\s+(?:joint\s+)?statement|this\s+week|last\s+week|today|yesterday)?"
                    r"\s*(?:,\s*(?:adding|citing|noting|according)\b.*|[.!\"”’']*\s*)$", after)
    return not (m.group().lstrip()[:1] in ",;" and listed and ends)


_TRAILING_SPEAKER = re.compile(r"[^;]*,\s+(?!(?:far|much|well|more|less|than|which|who|whom|whose|that|though|although|while|but|whereas|twice|double|triple|half|nearly|almost|(?:an?|the)\s+(?:figure|number|claim|total|estimate|count|tally))\b)[^,;]{0,60}")
"""Between a figure and a speaker after it: the speaker's own clause after a comma, ", the World Bank",
", officials", ", according to insurers" (its opener not a comparison or a relative: not ", far more than
the 30,000 police [reported]", ", which analysts [said]"); it takes the figure from the subject of
"estimated" before it ("Damage in Libya estimated $1 billion, officials said")."""


def _attribution(text: str, s: int, e: int, np_end: int) -> str:
    candidates: list[tuple[int, str]] = []
    estimator = ""
    for m in _ESTIMATES_FROM.finditer(text):
        candidates.append((m.end(), m.group("who").strip()))  # wins over the bare verb it ends with
    for m in _ACCORDING.finditer(text):
        who = re.sub(r"['’]s$", "", m.group("who").strip())  # "according to the Labor Department’s [data]"
        if who and who.split()[0].lower() not in _PRONOUNS:
            candidates.append((m.start(), who))
    for m in _VERB.finditer(text):
        if m.group() == "according" or _PASSIVE_AFTER.match(text, m.end()) or _noun_of(text, m) or \
                m.group().startswith("claim") and re.match(r"\s+(?:responsibility|credit)\b", text[m.end():]) or \
                m.group() in ("reported", "confirmed", "counted") and _reported_in(text[m.end():]):
            continue
        floor = np_end if m.start() >= e else 0
        if m.start() >= e and not text[e:m.start()].strip(" ,"):
            continue
        if m.start() >= e and _other_clause(text[e:m.start()], text[m.end():]):
            continue  # "$5m in aid, while the European Union added another €2 million": the EU's, not the $5m's
        who = _subject_before(text, m.start(), floor)
        if who and m.start() == s and text[s:m.end()].lower() == "estimated":  # "the Archive estimated 275,000"
            estimator = who  # (the verb was read as the figure's hedge)
        elif who and not (s <= m.start() <= np_end):
            candidates.append((m.start(), who))
    # A speaker inside the figure's own clause after it wins: "the 2 million claimed by the unions".
    clause_end = np_end + len(_clause_after(text, np_end, 120))
    for m in _BY_AGENT.finditer(text, np_end, clause_end):
        return re.sub(r"^the\s+", "", m.group("who").strip())
    # So does "according to" right after it, with no comma between ("unions claimed 2.8 million, against 1.27 million
    # according to the ministry"), and a speaker set before it after a comma ("organisers counted 205,000, police 40,000":
    # the fifth user review)
    right_after = _ACCORDING.match(text, _TO_ACCORDING.match(text, np_end, np_end + 60).end())  # (always matches)
    if right_after and right_after["who"].split()[0].lower() not in _PRONOUNS and not _NO_SOURCE.search(right_after["who"]):
        return re.sub(r"['’]s$", "", right_after["who"].strip())
    elliptic = _GAPPED_SPEAKER.search(text, max(0, s - 30), s)
    if elliptic and elliptic["who"] in AUTHOR_WORDS and _COUNTED_VERB.search(text, max(0, elliptic.start() - 100), elliptic.start()):
        return elliptic["who"]  # (not "The ruling party won 230 seats, the opposition 112": the thirty-seventh review)
    trailing = [c for c in candidates if c[0] > e and re.fullmatch(_TRAILING_SPEAKER, text[e:c[0]]) and
                re.search(r",\s+(?:(?:according\s+to\s+)?|(?:the\s+)?" + re.escape(re.sub(r"^(?i:the)\s+", "", c[1])) + r"\s+)$", text[e:c[0]])]
    if estimator and not trailing:  # (not "Damage in Libya estimated $1 billion, the World Bank said")
        return estimator
    if not candidates:
        return ""
    # The nearest speaker before the figure in the sentence, else the nearest after it.
    before = [c for c in candidates if c[0] < s and not _BUT_CLAUSE.search(text, c[0], s) and not _ELSEWHERE.search(text, c[0], s)]
    # (not across ", but": "Nvidia forecast revenue above Wall Street estimates, but its shares fell 1.5%", "Residents said
    # 12 died, but the institute has confirmed only eight": the fourth user review)
    if before:
        return max(before)[1]
    after = [c for c in candidates if c[0] >= s]
    return min(after)[1] if after else ""


_TO_ACCORDING = re.compile(r"(?:\s+(?!according\b)[\w'’-]+){0,4}?\s+(?=according\b)|\s*")
"""The few words between a figure's noun phrase and its own "according to" ("1.27 million [protesters] according to"), or
the space after it."""
_GAPPED_SPEAKER = re.compile(r",\s+(?:the\s+)?(?P<who>[a-z]+)\s+$")
"""A gapped clause's subject right before a figure: "organisers counted 205,000 marchers, police [40,000]"."""
_NO_SOURCE = re.compile(r"(?i)\b(?:standards?|rules?|laws?|plans?|agreements?|deals?|schedules?|terms|guidelines|regulations|"
                        r"treat(?:y|ies)|accords?|protocols?|contracts?|timetables?|budgets?|programmes?|programs?|design|"
                        r"instructions|orders)$")
"""What "according to" names when it means "in line with": "rebuilt according to new safety standards" (the thirty-seventh
review), never a speaker."""
_COUNTED_VERB = re.compile(r"(?i)\b(?:counted|counts|estimated|estimates|put|puts|said|says|reported|reports|claimed|claims|"
                           r"tallied|gave|gives|recorded)\b")
"""What the clause before "..., police 40,000" must say for its gapped subject to be a speaker: a count or a claim."""
_BASELINE_BEFORE = re.compile(r"(?i)\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?"
                              r"(?:same\s+(?:period|quarter|month|week|time|day)\s+(?:of\s+|in\s+)?|year-earlier\s+\w+\s+)$")
"""Before a time: the time of what a figure is compared with, not the figure's ("from the same period last year")."""
_BUT_CLAUSE = re.compile(r"(?i),\s+but\s+(?!that\b|also\b|not\b|(?:(?:he|she|it|they|we)\s+)?(?:also\s+)?(?:said|says|added|adds|"
                         r"warned|warns|noted|notes|insisted|insists|told|stressed|cautioned|conceded|acknowledged|"
                         r"estimated|reported|confirmed)\b)")
"""A clause of its own after a speaker's: what it says is no longer the speaker's (not ", but that ...", nor the speaker
going on: ", but said profit fell 3%", ", but added that", ", but he added": the twenty-ninth review)."""
_ELSEWHERE = re.compile(r",\s+(?:while|whereas)\s+(?:in|at|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?!\s*,)(?!\s+[A-Z])(?=\s)")
"""A clause of its own set in another place: "Polish officials said six people had died in the country, while in the Czech
Republic three deaths were confirmed" (the sixth user review: the Czech count was credited to Polish officials); not an aside
("The minister said, while in London, that 5,000 jobs would go": the thirty-eighth review)."""
_ELSEWHERE_BEFORE = re.compile(r",\s+(?:while|whereas)\s+(?=(?:in|at|across)\s+(?:the\s+)?[A-Z])")
"""Where a figure's place is no longer the place before it: "..., while in the Czech Republic three deaths were confirmed" (the
sixth user review); a clause with a subject of its own keeps it ("..., while the CGT union said 400,000 took part" marched
in Paris: the thirty-eighth review), unless its subject is a place (see `_speaker_place`)."""
_REPORTING = re.compile(r"(?i)\b(?:said|says|reported|announced|showed|shows|told|according|released|published|issued)\b")


_RECORD = re.compile(r"(?i)\b(?:biggest|largest|highest|lowest|most|least|best|worst|deadliest|strongest|weakest|sharpest|"
                     r"steepest|fastest|slowest|first)\b[^,;.]{0,40}$")
"""A superlative before "since": what follows dates the record, not the figure ("the biggest gain since March")."""


_SINCE_EVENT = re.compile(r"(?i)\bsince\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){1,3}(?:" + _BEGAN +
                          r"|opened|collapsed|capsized|sank|crashed|happened|occurred)\s+$")
"""Before a day, a "since" clause that makes it the start of a span: "since the strike began on Monday"."""


def _time(text: str, s: int, e: int) -> str:
    best: tuple[int, str] | None = None
    clause = (s - len(_clause_before(text, s, 200)), e + len(_clause_after(text, e, 200)))
    for m in _TIME_RE.finditer(text):
        if s <= m.start() < e or re.match(r"['’]s\b", text[m.end():]):
            continue  # (a figure's own words; "killed in Wednesday's earthquake" names the quake, not when)
        outside = m.end() <= clause[0] or m.start() >= clause[1]
        opening = not text[:m.start()].strip() and re.match(r"\s*,", text[m.end():])  # "In 2020, Kasuga recalled ..."
        if outside and not opening and re.fullmatch(r"(?i)(?:since|in|from|before|after|until)\s+\d{4}", m.group().strip(" .")):
            continue  # "the deadliest storm since 1957" dates the comparison, not the figure (an opening "In 2020," dates
            # its sentence: the eleventh blind set's earlier recall of 1.1 million vehicles was set against this one)
        gap = text[e:m.start()] if m.start() >= e else text[m.end():s]
        if SINCE_AN_EVENT.match(m.group()) and (
                outside or re.search(r"\d|\b(?:and|but|while)\b", gap)):
            continue  # a span from an event is its own clause's ("236 treated since the fire began, and six remained in
            # hospital": not the six's, the fourteenth blind set; "rose 3% but have lost 14 per cent since the blackout";
            # "Strikes since the ceasefire took effect have killed 120 people and brought the overall toll to 48,500")
        if m.start() >= e and re.match(r"(?i)since\b", m.group()) and _RECORD.search(text, max(e, m.start() - 60), m.start()):
            continue  # nor "rose 6.4%, the biggest intraday gain since March" after it (the fifth user review); before it,
            # "the biggest decline since March 16, when they all fell more than 11%" may be the figure's day
        between = text[e:m.start()] if m.start() >= e else ""
        earlier = re.search(r"(?i)(?:\b(?:up|down|higher|lower)|,)\s+from\s+(?:[\w-]+\s+){0,4}?[$€£]?\d(?:[\d.]|,\d)*([^;]*)$", between) \
            if m.start() >= e else None
        if earlier and "," in earlier.group(1):  # a later clause: its time is the figure's where it stands alone or
            # is a report's ("up from 40, on Wednesday"; "up from 40, officials said on Thursday"), not where the clause
            # says more ("down from 260,000, a level last seen in March, the Labor Department said")
            lead = earlier.group(1)[earlier.group(1).rfind(",") + 1:]
            own = lead + m.group() + re.split(r"[,.;]", text[m.end():m.end() + 80])[0]
            earlier = None if not lead.strip() or _REPORTING.search(own) else earlier
        if m.start() >= e and re.match(r"(?i)by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", m.group()) and \
                re.search(r"(?<![\w-])\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion|trillion|bn|tn|m\b|[a-z]+s\b)",
                          text[e:m.start()]):
            continue  # a target year belongs to the figure before it: "manufactured 6 million doses and aims to make up to
            # 40 million a year by 2027" (the fourteenth blind set's vaccine: 6 million read as 2027's)
        if m.start() >= e and _BASELINE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # a comparison's baseline: "up 93% from the same period last year" (the fourth user review)
        if earlier or m.start() >= e and re.match(r"(?i)\s*from\b", m.group()) and re.search(r"(?i)\b(?:up|down|higher|lower)\b[^,;]*$", between):
            continue  # the earlier value's time ("22% contained, up from 15% on Monday"; "35%, up 13 points from Tuesday";
            # not "rose to 45 from 38 on Tuesday", the rise's time; the third user review)
        if not text[:m.start()].strip() and re.search(r";|,\s+(?:and|but|while|whereas|yet)\b", text[m.end():s]):
            continue  # an opening time is its clause's: "Last year, 654 died, and this year's toll stands at 643" (a review)
        dist = m.start() - e if m.start() >= e else (s - m.end()) * 2  # prefer what follows
        if best is None or dist < best[0]:
            found = m.group() if re.search(r"\b[ap]\.m\.$", m.group()) else m.group().rstrip(".")  # "by 9 p.m."
            found = "since " + found if re.search(r"(?i)\bsince\s+$", text[max(0, m.start() - 8):m.start()]) else found
            if _SINCE_EVENT.search(text, max(0, m.start() - 50), m.start()) and re.match(r"(?i)on\s", found):
                found = "since " + found[3:]  # "losses had reached 7.8 billion since the strike began on Monday": since then
            best = (dist, _lower_opening(found))
    return best[1] if best else ""


def _lower_opening(time: str) -> str:
    """A time as said mid-sentence: "On Monday, police said ..." gives "on Monday", "Last summer," "last summer"."""
    first = time.split(" ", 1)[0]
    return time[0].lower() + time[1:] if first in _OPENING_WORDS else time


_OPENING_WORDS = {"This", "Last", "Next", "Earlier", "Later", "By", "As", "Since", "Until", "Through", "Before", "After", "In",
                  "On", "From"}


def _rate(text: str, end: int) -> str:
    aside = re.match(r"\s*\([^()]{1,40}\)", text[end:end + 45])
    end += aside.end() if aside else 0  # "about 2.5 billion dinars ($100 million) a day" (the fourteenth blind set)
    m = _RATE_RE.match(text, end)
    if m and not _AGO.match(text, m.end()):
        return " ".join(m.group().split()).lower()
    clause = _clause_after(text, end, 60)
    m = re.search(rf"(?i)\b(?:per|a|each|every)\s+(?:day|week|month|year)\b(?!{_AGO_AFTER})|"
                  r"\b(?:daily|weekly|monthly|annually|yearly)\b|"
                  r"^\s*(?:[\w'’-]+\s+){0,2}per\s+(?:square|sq\.?|cubic)\s+(?:met(?:re|er)|kilomet(?:re|er)|km|mile|f(?:oo|ee)t|yard)s?\b",
                  clause)
    # (a density after the figure's own noun: "seven people per square meter" in a crush's tunnel counts no one: the fifteenth
    # blind set; not "40,000 homes were flooded after up to 490 litres per square metre fell")
    return " ".join(m.group().split()).lower() if m else ""


_AGO_AFTER = r"\s+(?:earlier|ago)\b|\s+(?:before|later)(?=\s*(?:[,.;:]|$))"
_AGO = re.compile("(?i)" + _AGO_AFTER)
"""After "a year": when, not how often ("33,000 a year earlier": the seventh user review)."""


# --- shouted copy --------------------------------------------------------------------------

_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]*[A-Z]\b")
_LOWER_WORDS = (STOP | _SKIPPABLE | COLLECTIVE | _TIME_WORDS | set(_STATE_OF) | set(AUTHOR_WORDS) | set(_UNITS_WORDS)
                | set(_SCALE_WORDS) | {w.lower() for w in MILLIONS_OF} | set(_ATTR_VERBS.split("|"))
                | {w for h in _HEDGES for w in h.split()} | {"dozen", "half", "percent", "cent", "worth", "aid", "told"}
                | {"week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night", "ago", "war", "end",
                   "top", "key", "low", "law", "oil", "gas", "sea", "air", "run", "won", "got", "get", "cut", "set", "due",
                   "big", "old", "far", "few", "job", "pay", "tax", "own", "use", "way", "let", "see", "saw", "add", "men"})
"""Words that are lower case in running text, whatever a shouted sentence does with them."""
_NAMED = re.compile(r"(?i)(?:" + _MONTH.replace(r"\.?", "") + "|" + _WEEKDAY + r"|united|red)$")
"""Shouted words that keep a capital though they look like other words ("MAY 5", "UNITED NATIONS", "RED CROSS")."""


_LLY_WORDS = {"wholly", "hilly", "chilly", "silly", "jolly", "woolly", "smelly", "bully", "belly", "jelly"}


def _adverb(word: str) -> bool:
    """A shouted word in -ly read as lower case ("REPORTEDLY", "NEARLY", "CAREFULLY", "HILLY"), not a
    name: "ITALY", "SICILY", and names in -lly ("KELLY", "CONNOLLY") but for the -ally and -fully
    adverbs and a few common words."""
    return word.endswith("ly") and word not in ("italy", "sicily") and (
        word.endswith(("ally", "fully")) or not word.endswith("lly") or word in _LLY_WORDS)


def _shouted(text: str) -> bool:
    """A sentence in capitals ("THE PENTAGON SAID ... 10,000 TROOPS"), not one with an acronym or two."""
    letters = [c for c in text if c.isalpha()]
    return len(_CAPS_WORD.findall(text)) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _unshouted(text: str) -> str:
    """A shouted sentence in normal case, letter for letter (the same length, so every span is the
    written one's): known lower-case words, plurals and words in -ed, -ing, -ly in lower case, the
    first word and what else may be a name capitalised ("The Pentagon said ... 10,000 troops"),
    words of up to three letters kept as acronyms (UN, US, EU). Other text is returned as it is."""
    if not _shouted(text):
        return text

    def fold(m: re.Match[str]) -> str:
        w = m.group()
        lw = w.lower()
        if len(lw) != len(w):
            return w
        if not m.start() or _NAMED.match(w) and (lw != "may" or re.match(r"\s+\d", text[m.end():])) or \
                re.search(r"(?i)\bunited\s+$", text[:m.start()]):  # "MAY 5" is a date; "UNITED NATIONS", "UNITED STATES"
            return w[0] + lw[1:]
        if lw in _LOWER_WORDS or lw.endswith(("ed", "ing")) or _adverb(lw) or _is_head(lw) and len(lw) > 3:
            return lw  # "DEPLOYED", "FIGHTING", "SOLDIERS"
        return w if len(w) <= 3 else w[0] + lw[1:]

    return re.sub(r"[A-Za-z][A-Za-z'’]*", fold, text)


# --- entry point --------------------------------------------------------------------------

_SIGN = re.compile(r"(?:(?<![\w.,%)°/±-])[-−]|(?<!\bplus or )\bminus\s+)$")
"""A minus sign before a figure ("fell to -12C", "−3.5%", "minus 14 Celsius"), not a hyphen ("10-12C", "COVID-19", "25°-30°C",
"--15 by some counts--") nor a margin ("plus or minus 3.9 points", "+/-3 points")."""


def extract(doc: Document) -> list[Figure]:
    """Every figure in the document's sentences, in reading order."""
    figures: list[Figure] = []
    body = doc.article.text
    published = doc.article.date
    for sentence in doc.sentences:
        shown = sentence.text
        base = sentence.start if body[sentence.start:sentence.start + len(shown)] == shown else body.find(shown)
        if base < 0:  # a sentence not in the body cannot give traceable spans
            continue
        text = _unshouted(shown)  # read in normal case; the figure and its sentence stay as written
        specials = _special_spans(text)
        quantities = _quantity_spans(text, [(sp.start, sp.end) for sp in specials])
        previous_counted = previous_percent = ""
        spans = sorted(specials + quantities, key=lambda x: x.start)
        for sp in spans:
            if sp.kind == "count" and _ONE_IN.search(text, max(0, sp.start - 25), sp.start):
                continue  # "one in every 23 people": a ratio, no count of anyone
            if sp.kind == "count" and _NAMES_THEM.match(text, sp.end) and _AMONG_THE.search(text, 0, sp.start):
                continue  # "across the two countries", "between the two sides": where or who, not how many
            fig = dataclasses.replace(_figure(doc.id, text, base, sp, previous_counted, shown), published=published)
            sign = _SIGN.search(shown, 0, fig.offset) if fig.offset >= 0 and shown.startswith(fig.text, fig.offset) else None
            if sign and fig.kind in ("count", "other", "percent", "money"):  # "-12C", "minus 14 Celsius": below zero, as written
                value, low = (fig.value, -fig.low) if fig.low is not None else (-fig.value, None)  # ("-5 to 10C": the low's)
                fig = dataclasses.replace(fig, value=value, low=low, offset=sign.start(),
                                          text=shown[sign.start():fig.offset] + fig.text, start=fig.start - len(sign.group()))
            if fig.unit == CROWNS:
                fig = dataclasses.replace(fig, unit=_crowns_of(shown, body))
            where = _speaker_place(fig.attribution, shown, body)  # "..., while the Czech Republic reported five dead", "Paris
            if where and (not fig.place or where == re.sub(r"^the\s+", "", fig.attribution)):  # police counted 55,000 ... in
                fig = dataclasses.replace(fig, place=where)  # the capital" (a country answering another's count wins)
            if fig.kind == "percent" and fig.unit == "pp" and not fig.counted and previous_percent and MOVE_VERB.fullmatch(fig.context):
                # a context that is only a move's verb: the change is in what the previous percentage measures ("The Moderates
                # won 9.3 percent of the vote, falling 1.5 percentage points"; "which way falling moved" was the statement)
                fig = dataclasses.replace(fig, context=previous_percent)
            if fig.kind == "percent":  # (the one just before: "with turnout at 60%, falling 7 points" is the turnout's)
                previous_percent = fig.counted
            if _is_earlier_value(text, sp, spans) or _of_another_event(text, sp, published):
                fig = dataclasses.replace(fig, previous=True)
            elif sp.kind in ("count", "money") and _is_increment(text, sp, fig.text) or \
                    fig.kind == "duration" and _LENGTHENED_BY.search(text, max(0, sp.start - 80), sp.start):
                fig = dataclasses.replace(fig, increment=True)  # (and "raising the pension age by two years": a step)
            if fig.kind == "duration" and not fig.counted and (spent := _YEARS_OF.match(text, sp.end)):
                fig = dataclasses.replace(fig, counted=spent.group(1))  # "43 years of contributions"
            figures.append(fig)
            if fig.kind == "count" and fig.counted and fig.counted != "closing level":  # one index's close is not the next's
                previous_counted = fig.counted
            elif fig.kind == "label":  # a new subject ("while the S&P 500 slid 5.9 percent, to 3,002.10")
                previous_counted = ""
    return figures


_NAMES_THEM = re.compile(r"\s+(?:countries|nations|sides|governments|leaders|allies|neighbou?rs|capitals|armies|presidents|"
                         r"companies|parties|teams|clubs)\b")
_ONE_IN = re.compile(r"(?i)\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?$")
_AMONG_THE = re.compile(r"(?i)\b(?:across|throughout|between)\s+the\s+$")
"""After a place's or a relation's preposition, "the" and a number, who is meant, not a count: "40 people were injured across
the two countries" (the sixth user review); "failures by the six countries" repeats the count of them and stays."""


def _speaker_place(who: str, sentence: str, body: str) -> str:
    """The place a speaker is, where its article names it as a place: a country that reports a count reports its own ("the
    Czech Republic reported five dead", the article saying "In the Czech Republic, ..."), and so do a city's police ("Paris
    police counted 55,000 demonstrators in the capital": the sixth user review, set against Marseille's marchers)."""
    name = re.sub(r"^the\s+", "", who)
    if name and not all(w[:1].isupper() for w in name.split() if w not in ("of", "and")):
        local = re.match(r"((?:[A-Z][\w'’-]+\s+)+)(?:police|officials|authorities|prosecutors|firefighters)$", name)
        name = local.group(1).strip() if local else ""
        if _DEMONYM.search(name) or name.endswith("ch"):
            return ""  # "Greek authorities", "Polish officials": a people's word, not a place (the seventh user review)
    elif name and not re.search(rf",\s+(?:while|whereas)\s+(?:the\s+)?{re.escape(name)}\b", sentence):
        return ""  # a government reports counts of other places ("Kyiv said Russia launched 120 drones": the thirty-eighth
        # review); only one that answers another place's count is its own ("..., while the Czech Republic reported five")
    found = name and re.search(rf"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?{re.escape(name)}\b(?!['’]|\s+[A-Z])", body)
    return name if found else ""


_LENGTHENED_BY = re.compile(r"(?i)\b(?:rais|lift|extend|increas|push|cut|reduc|lower|shorten|lengthen|delay|postpon|bring|brought|"
                            r"mov)\w*\s+(?:[\w'’-]+\s+){0,4}?by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$")
"""Before a duration that is a step, not a length: "raising the pension age by two years" (the sixth user review: set against
"43 years of contributions")."""
_YEARS_OF = re.compile(r"\s+of\s+((?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b|my\b|your\b)[a-z][\w-]*"
                       r"(?:\s+(?!(?:for|to|in|on|at|by|with|from|and|or|but|that|which|as|of)\b)[a-z][\w-]*(?=[\s,.;:]|$))?)")
"""What a duration is of: "43 years of contributions"."""


_ADDED = r"(?:another|an\s+additional|an\s+extra|a\s+further)\s+"
_ADDED_AFTER = re.compile(r"(?i)\s+(?:more|additional|extra|further)\s+(?!than\b|[a-z]+ed\b|hurt\b|missing\b)[a-z]")


def _is_increment(text: str, span: _Span, written: str) -> bool:
    """An amount added to a total: "another 500 troops", "an additional 100 million doses", "six
    more bodies" (not "six more than", nor "207 killed and hundreds more wounded": a state of its own)."""
    return bool(re.match(rf"(?i){_ADDED}", written) or re.search(rf"(?i)\b{_ADDED}$", text[max(0, span.start - 20):span.start])
                or _ADDED_AFTER.match(text, span.end))


_ACTS_AFTER = re.compile(
    r"(?i)\s+(?:(?:have|had)\s+)?(?:marched|protested|rallied|gathered|demonstrated|died|drowned|fled|voted|attended|walked\s+out|"
    r"turned\s+out|took\s+part|took\s+to|fought|(?:were|have\s+been|had\s+been|are)\s+(?:feared\s+)?(?:killed|injured|wounded|hurt|"
    r"arrested|detained|evacuated|displaced|rescued|hospitali[sz]ed|missing|stranded|treated|dead|taken\s+to\s+hospital)|"
    r"(?:killed|injured|wounded|dead|arrested|missing)(?=\s*(?:,|and\b|$|\.)))\b")
"""A bare count followed by what people do ("thousands marched", "dozens were killed") counts people;
"2,000 were cancelled" (flights) does not."""
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:an?\s+|the\s+)?(?:revised\s+|previous\s+|earlier\s+|initial\s+)?$")
PERIODS = r"(?:first|second|third|fourth)[- ](?:half|quarter)|full[- ]year|half[- ]year|nine[- ]month|fiscal|annual|quarterly"
"""Reporting periods a money noun can name ("first-half loss", "annual revenue"); compare reads them too."""
_MONEY_VEHICLES = {"package", "plan", "bill", "deal", "fund", "programme", "program", "proposal"}
"""What an amount can be the size of, named by what follows: "package of Democratic priorities", "plan for schools"."""
_COMPARATIVES = {"higher", "lower", "larger", "smaller", "bigger", "greater", "more", "less", "fewer", "cheaper",
                 "dearer", "faster", "slower", "up", "down", "above", "below", "stronger", "weaker", "better", "worse"}
"""Words after a percentage that say how it compares, not what it counts ("24 percent higher")."""
_IDIOMS = {"total", "exchange", "principle", "return", "addition", "place", "part", "full", "advance", "effect", "fact",
           "turn", "all", "cash", "stock", "question", "theory", "practice", "response", "order", "case", "time"}
"""Words after "in"/"for" that make an idiom, not what an amount holds ("in total", "in exchange for")."""
_CARRIERS = _MONEY_VEHICLES | {"allocation", "investment", "contract", "grant", "loan"}
"""Money nouns that hold something else, named after the amount ("a contract of $3 billion for fighter jets")."""
_MONEY_NOUN_OF = re.compile(
    r"(?i)\b(?P<np>(?:(?:" + PERIODS + r"|net|operating|pre-tax)\s+){0,2}"
    r"(?:loss|losses|profit|profits|revenue|revenues|sales|deficit|surplus|debt|income|earnings|fine|penalty|"
    r"settlement|damages|budget|bill|payout|bonus|salary|valuation|plan|package|deal|fund|programme|program|proposal|"
    r"allocation|investment|contract|grant|loan|savings))\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|"
    r"roughly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$")
"""A money noun just before "of" and the amount: what the amount is ("a first-half loss of $820 million")."""
_CLOSING = re.compile(r"(?i)\b(?:to\s+)?(?:close|closed|closing|end|ended|ending|finish|finished|settle|settled)"
                      r"(?:\s+the\s+(?:day|session|week|year))?\s+at\s+$")
"""A market's level at the close, never the day's move ("fell 500 points to close at 3,002")."""
_UP_FROM = re.compile(r"(?i)\b(?:up|down|higher|lower)\s+from\s+(?:an?\s+|the\s+|its\s+)?(?:(?:earlier|previous|initial|first|"
                      r"original|official)\s+)?(?:(?:estimate|figure|count|total|tally|forecast)\s+of\s+)?(?:about\s+|around\s+|some\s+)?$")
"""'1.19 million, down from 1.43 million', 'about 10,000, up from an estimate of 3,000 last week' (the eighth user review)."""
_CHANGE_FROM = re.compile(r"(?i)\b(?:up|down|higher|lower|increase|decrease|rise|drop|fall|gain|decline)\s+(?:of\s+)?"
                          r"(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent|percentage\s+points?)"
                          r"\s+from\s+(?:an?\s+|the\s+|its\s+)?$")
"""A change given as a percentage from a value: that value is the earlier one."""
_EARLIER_NOUN = re.compile(r"(?i)\b(?:previous|former|old|earlier|prior)\s+(?:all-time\s+)?(?:record|high|low|peak|best)\s+"
                           r"(?:of\s+|was\s+|stood\s+at\s+)(?:about\s+|some\s+|nearly\s+|around\s+)?$")
"""A value named as the old one: "the previous record of 43.9C"."""
_BASELINE = re.compile(r"(?i)\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than)\s+(?:an?\s+|the\s+)?"
                       r"(?:positive\s+|negative\s+|just\s+)?(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
                       r"fewer\s+than|less\s+than|under)\s+)?$")
_EARLIER_AFTER = re.compile(r"(?i)\s+(?:(?:a|one)\s+(?:year|quarter|month|week)|twelve\s+months|12\s+months)\s+(?:earlier|ago|before)\b|"
                            r"\s+(?:last|the\s+previous|the\s+prior|a\s+previous)\s+(?:year|quarter|month|week)\b|"
                            r"\s+(?:in|during|for)\s+(?:the\s+)?(?:same\s+(?:period|quarter|month|week)|year-earlier\s+\w+|(?:19|20)\d\d)\b")
"""A value a figure is set against, dated before it: "from 2.56 billion crowns a year earlier", "compared with about 5,000
in 2024" (the seventh user review: last year's total read as an earlier report of this year's)."""
_TO_BEFORE = re.compile(r"(?i)\b(?:to|at)\s+(?:an?\s+|the\s+)?(?:revised\s+|new\s+)?$")


_UNIT_WORDS = r"(?:\s+(?:a|an|per|each|of)\s+[a-z]+|\s+[a-z]+(?:\s+of\s+[a-z]+)?)?"  # "45 people", "$85 a barrel", "67% of voters"
_WHEN = r"(?:\s+(?:in|on|at|last|this|by|a)\s+[\w ]{1,20}?(?:\s+(?:earlier|ago|before))?)?"
_GAP_TO_FROM = re.compile(r"(?i)" + _UNIT_WORDS + _WHEN + r",?\s+(?:(?:up|down)\s+)?$")
_GAP_FROM_TO = re.compile(r"(?i)" + _UNIT_WORDS + _WHEN + r",?\s+$")


def _noun_after(text: str, span: _Span) -> str:
    m = re.match(r"\s+([A-Za-z]+)", text[span.end:])
    w = m.group(1).lower() if m else ""
    return "" if w in STOP or w in _TIME_WORDS or w in ("from", "to", "up", "down", "last", "this") else w


_EVENTS = (r"(?i:fires?|wildfires?|blaze|earthquakes?|quakes?|hurricanes?|storms?|typhoons?|cyclones?|floods?|flooding|tsunami|"
           r"eruption|elections?|vote|referendum|attacks?|bombings?|shootings?|crash|disaster|outbreak|pandemic|crisis|"
           r"recession|war|games|olympics|world\s+cup)")
_ANOTHER_EVENT = re.compile(rf"(?:\b(?P<cmp>(?i:since|than|like|unlike|after|before|surpassing|eclipsing|exceeding|"
                            rf"matching|rivalling|rivaling))\s+)?\b(?i:the)\s+(?P<y>(?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){{0,4}}{_EVENTS},?\s+"
                            rf"(?i:which|that|when|where|in\s+which)\b[^.;:,]*$")
"""What a figure after "the 2020 Bobcat Fire, which burned ..." measures: that event's, not this one's (the fifth user review:
"more than 115,000 acres" of a fire five years before was set among this fire's acreage)."""


_EARLIER_YEAR = re.compile(rf"(?:\b(?i:of|(?:last|previous|recall\w*|record)\b[^.;]{{0,80}}?\bin)\s+(?:{MONTH}\s+)?(?P<y>(?:19|20)\d\d),"
                           rf"\s+(?i:when)\b|^\s*(?i:in|during)\s+the\s+"
                           rf"(?P<y2>(?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){{0,3}}{_EVENTS},)"
                           rf"(?:(?!,\s+(?:and|but|while|whereas|yet|though|although)\b|,\s+(?:police|officials|authorities)\b)[^.;:])*$")
"""Another year's event told as such: "The floods recall those of 1997, when ... 114 people died", "In the 2002 floods, 17
people died" (the sixth user review: both were set among this storm's dead), "last saw protests on this scale in 2010, when
an estimated 700,000 people marched" (not a bare "In 2024, when the law changed, 300 people applied")."""


_PAST_CLAUSE = re.compile(rf"(?i)\b(?:since|than|worst|deadliest|largest|biggest|last|previous|recent|record|like|unlike)\b"
                          rf"[^.;]{{0,120}}?\b(?:in\s+(?:{MONTH}\s+)?(?P<y>(?:19|20)\d\d)|the\s+(?P<y2>(?:19|20)\d\d)\s+[a-z])"
                          rf"[^.;]{{0,80}}?,\s+(?:which|when|in\s+which|where)\b[^.;:,]*$")
"""A figure told of a past event set beside this one: "the worst recent accident was the 2002 derailment at Potters Bar,
north of London, which killed seven people", "the deadliest since Southall in 1997, which killed seven" (the ninth user
review: both were set among this crash's dead)."""


def _of_another_event(text: str, span: _Span, published: str) -> bool:
    """The figure says what another year's event did: "the largest since the 2020 Bobcat Fire, which burned more than 115,000
    acres", "the 2018 Camp Fire, which killed 85 people" (not in the year the article was published; with no date, only
    after a comparison: "since", "than", "like" ...: the thirty-sixth review)."""
    told = _EARLIER_YEAR.search(text[:span.start])
    if told and (told["y"] or published):  # ("In the 2024 floods, 17 died" with no date may be this year's: the
        return not published.startswith(told["y"] or told["y2"])  # thirty-seventh review)
    past = _PAST_CLAUSE.search(text[max(0, span.start - 300):span.start])  # (a year told with "in" or "the 2002 derailment":
    if past and not published.startswith(past["y"] or past["y2"]):  # not "its worst day since 2020, which wiped $40bn")
        return True
    m = _ANOTHER_EVENT.search(text[max(0, span.start - 160):span.start])
    if not m:
        return False  # an article with no date: only a comparison says the event is another ("Turnout in the 2025
    return (not published.startswith(m["y"])) if published else bool(m["cmp"])  # election, in which ..." is its own)


def _is_earlier_value(text: str, span: _Span, spans: list[_Span]) -> bool:
    """ "fell to 3.5% (in October) from 3.6%", "rose from 38 to 45": the value after "from", next
    to one of the same kind after "to" that counts the same thing ("from 15 villages to 3
    shelters" moves people, not a count)."""
    if _EARLIER_NOUN.search(text[max(0, span.start - 50):span.start]):
        return True  # "the city's previous record of 43.9C"
    if _BASELINE.search(text[max(0, span.start - 60):span.start]) and _EARLIER_AFTER.match(text, span.end):
        return True  # "compared with positive 400 million kronor a year earlier", "compared with about 5,000 in 2024"
    if _CHANGE_FROM.search(text[max(0, span.start - 60):span.start]) or _UP_FROM.search(text[max(0, span.start - 60):span.start]):
        return True  # "up 26 percent from the $779 billion deficit", "down from 1.43 million"
    if not _FROM_BEFORE.search(text[max(0, span.start - 40):span.start]):
        return False
    for o in spans:
        nouns = (_noun_after(text, o), _noun_after(text, span))
        if o is span or o.kind != span.kind or o.unit != span.unit or (all(nouns) and nouns[0] != nouns[1]):
            continue  # "from 15 villages to 3 shelters" moves between two things
        if not _TO_BEFORE.search(text[max(0, o.start - 40):o.start]):
            continue
        if o.end <= span.start:  # "to 3.5% in October from 3.6%"
            between = _FROM_BEFORE.sub("", text[o.end:span.start])
            if len(between) <= 40 and _GAP_TO_FROM.fullmatch(between or " "):
                return True
        elif span.end <= o.start:  # "from 38 to 45"
            between = _TO_BEFORE.sub("", text[span.end:o.start])
            if len(between) <= 40 and _GAP_FROM_TO.fullmatch(between or " "):
                return True
    return False


WINDOW = 300
"""Characters either side of a figure that are read for its context (keeps run-on "sentences" linear)."""


_COMMON_FIRST = {"fire", "firefighters", "rescuers", "doctors", "medics", "health", "local", "state", "federal", "city",
                 "county", "emergency", "rescue", "security", "election", "electoral", "hospital", "school", "party",
                 "witnesses", "scientists", "economists", "investigators", "prosecutors", "regulators", "traders"}


def _common_case(who: str) -> str:
    """A speaker as a sentence's first words wrote it, in the case it has mid-sentence: "Firefighters", "Fire officials" ->
    "firefighters", "fire officials" ("according to Fire officials": the fifth user review); "Fire Department", "Police
    Chief Jane Doe", "Reuters" as written."""
    words = who.split()
    if not words or not words[0][:1].isupper() or words[0].isupper() or any(w[:1].isupper() for w in words[1:]):
        return who
    first = words[0].lower()
    return who[:1].lower() + who[1:] if first in AUTHOR_WORDS or first in COLLECTIVE or first in _COMMON_FIRST else who


_MOVES = {"fall", "rise", "drop", "decline", "increase", "decrease", "jump", "gain", "slump", "plunge", "surge", "climb", "dip",
          "slide", "cut", "reduction", "growth", "loss"}
"""A move a percentage can name ("an 18% fall"), which says what moved after "in"."""
_MOVED_IN = re.compile(r"\s+in\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?")


def _figure(source: str, sentence: str, base: int, span: _Span, previous_counted: str, shown: str = "") -> Figure:
    """The figure at `span` of `sentence`, read as it stands; `shown` is the sentence as written
    (the same length: a shouted sentence is read in normal case), which the figure quotes."""
    shown = shown or sentence
    written = shown[span.start:span.end]
    fig = Figure(source=source, value=span.value, text=written, sentence=shown, start=base + span.start,
                 end=base + span.end, kind=span.kind, unit=span.unit, low=span.low, hedge=span.hedge, offset=span.start)
    if not fig.comparable:
        return fig
    lo = max(0, span.start - WINDOW)
    text = sentence[lo:span.end + WINDOW]
    sp = dataclasses.replace(span, start=span.start - lo, end=span.end - lo)
    pos = sp.end
    if sp.vague or sp.kind == "count":
        of = _OF_NP.match(text, pos)
        if of and (sp.vague or re.search(r"(?i)dozen|hundred|thousand|million|billion$", written)):
            pos = of.end()
    counted, np_end = _noun_phrase(text, pos)
    if sp.kind == "count" and _ACTS_AFTER.match(text, sp.end):  # "Hundreds of thousands marched", "300,000 took part"
        counted, np_end = "people", sp.end
    total_of = _OF_TOTAL.match(text, np_end)
    if not counted and total_of:  # "won 142 of the 300 seats" counts seats
        counted, _ = _noun_phrase(text, total_of.end())
    if sp.kind == "percent" and counted.lower() in _COMPARATIVES:  # "4.5% larger than", "24 percent higher"
        counted = ""
    if sp.kind == "percent" and counted.lower() in _MOVES and (moved := re.match(_MOVED_IN, text[np_end:])):
        what, end = _noun_phrase(text, np_end + moved.end())  # "an 18% fall in third-quarter operating profit" is the profit's
        owned = text[end - 1:end] in ("'", "’") or text[end - 2:end] in ("'s", "’s")  # "nurses'", "company's"
        owner = re.match(r"['’]s\s+(?=[a-z])", text[end:]) or (re.match(r"\s+(?=[a-z])", text[end:]) if owned else None)
        if what and owner:  # "a 5% rise in nurses' pay", "in the company's profit"
            what = f"{text[np_end + moved.end():end + owner.end()].strip()} {_noun_phrase(text, end + owner.end())[0]}".strip()
        elif _PERIOD.search(what) and (more := _noun_phrase(text, end)[0]):
            what = f"{what} {more}"  # ("a 12 per cent fall in truck deliveries" is Volvo's, not Kestrel's)
        if what[:1].islower() and not _PERIOD.search(what) and not _TIME_RE.match(f"in {what}"):
            counted = f"{counted} in {what}"  # (not "a 5% fall in the first quarter", "a 10% jump in the past week")
    if not counted and sp.kind == "percent" and re.match(r"\s+contained\b", text[np_end:]):
        counted = "containment"  # "the fire was 12% contained" and "containment at 10%" (user review)
    if not counted and sp.kind == "percent":  # "about 8% of its workforce" is a share of the workforce
        m = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?", text[np_end:])
        if m and _ECONOMY_BASE.match(text, np_end + m.end()):
            # "cut the deficit to 3.4% of gross domestic product": the economy is the measure, the deficit what is
            # measured ("3.4% of national income" is the same deficit; heldout9)
            owned = list(_SHARE_OF_ECONOMY.finditer(re.split(r"[;:]|,\s+(?:and|but|while)\b", text[:sp.start])[-1]))
            counted = f"{' '.join(owned[-1].group().lower().split())} share of GDP" if owned else "share of GDP"
        elif m:
            counted, np_end = _noun_phrase(text, np_end + m.end())
    if sp.kind == "money":  # "posted a loss of 780 million dollars": a loss, whatever follows the amount
        before = text[max(0, sp.start - 70):sp.start]
        named = _MONEY_NOUN_OF.search(before)
        if named and not re.search(r"(?i)\b(?:drop|fall|rise|increase|decline|cut|jump|gain)\s+in\s+$", before[:named.start()]):
            counted = named.group("np").lower()  # ("a drop in revenue of $2 billion" is the drop, not the revenue)
            held = re.match(r"\s+(?:in|for)\s+(?:the\s+|a\s+|an\s+)?", text[np_end:]) if counted.split()[-1] in _CARRIERS else None
            what = _noun_phrase(text, np_end + held.end())[0] if held else ""
            if what[:1].islower() and not _PERIOD.search(what) and what not in _IDIOMS:  # "a package of $2 billion in aid" is aid
                counted = what
    if sp.kind == "money" and counted.lower() in _MONEY_VEHICLES:  # "a $3.5 trillion package of Democratic priorities"
        m = re.match(r"\s+of\s+", text[np_end:])  # not "for": "a deal for Twitter", "a plan for five years"
        what, what_end = _noun_phrase(text, np_end + m.end()) if m else ("", 0)
        if what:
            counted, np_end = f"{counted}{text[np_end:np_end + m.end()]}{what}", what_end
    if not counted and sp.kind == "money":
        m = re.match(r"\s+(?:in|of|for|to|towards|worth\s+of)\s+(?:the\s+|a\s+|an\s+)?", text[np_end:])
        paid = re.match(r"\s+in\s+(?:cash|stock|shares|equity|bonds|loans)\b", text[np_end:])
        purpose = re.match(r"\s+to\s+[a-z]+\s+(?:the|a|an|its|their|his|her|our|this|that)\b", text[np_end:])
        if m and not paid and not purpose:
            counted, np_end = _noun_phrase(text, np_end + m.end())
            if _PERIOD.search(counted) or re.fullmatch(_MONTH + "|" + _WEEKDAY, counted):  # "$310 million in the third
                counted = ""  # quarter", "£5bn in March": when, not what
    if counted in ("", "points") and _CLOSING.search(text[max(0, sp.start - 40):sp.start]):  # "to close at 25,128.17"
        counted = "closing level"
    if span.unit == "magnitude":  # "a 5.2 aftershock" is not the earthquake
        after, before = text[sp.end:sp.end + 30].lower(), text[max(0, sp.start - 40):sp.start].lower()
        shock = re.match(r"[\s-]*(?:magnitude\s+)?aftershocks?\b", after) or \
            re.search(r"aftershocks?\s+(?:of|measuring|of\s+magnitude|with\s+a\s+magnitude\s+of)\s*$", before) or \
            _aftershock_reading(text[max(0, sp.start - 90):sp.start].lower()) or \
            re.search(r"\baftershocks\b[^.;]{0,80},\s+the\s+(?:strongest|largest|biggest)\s+of\s+which\s+(?:measured|registered)\s+$",
                      text[max(0, sp.start - 120):sp.start].lower())
        # ("The aftershock measured 5.8", "A strong aftershock, measuring 5.8"; "aftershocks followed the earthquake, the
        # strongest of which registered 6.1", though a quake is named after the aftershocks: the twenty-ninth review)
        # "a star of magnitude 4.5" is a brightness; "an earthquake near the telescopes" is still a quake
        sky = _SKY.search(text) and not re.search(rf"(?i)\b(?:{_SHOCK_WORDS}|seismic)\b", text)
        counted = "aftershock magnitude" if shock else "brightness magnitude" if sky else "earthquake magnitude"
    if counted.lower() in _DIMENSIONS or counted.lower() in ("overnight", *_TIME_WORDS):  # "2.4 kilometres long" says how
        counted = ""  # it is measured, not what; "grew to 18,900 acres overnight" when (the fifth user review)
    context = _context_np(text, sp.start)
    inherited = False
    if not counted and sp.kind == "count":
        num_of = re.search(r"(?i)\bnumber\s+of\s+([\w\s'’-]{2,60}?)(?=\s+(?:is|was|could|would|might|(?-i:may)|has|had|will|to|at|"
                           r"rose|climbed|jumped|grew|reached|fell|dropped|declined|topped|passed|exceeded|surpassed|stood|hit)\b)",
                           _clause_before(text, sp.start, 120))
        counted = num_of.group(1).strip() if num_of else ""
        # "the number of available positions on the last day of May rose": the positions
        counted = re.split(r"\s+(?:on|at|during|since)\s+|(?<=ed)\s+(?:in|off)\s+|(?<=ng)\s+(?:in|off)\s+(?=[A-Z])", counted, maxsplit=1)[0]
        age = re.search(r"(?i)\b((?:retirement|pension|voting|drinking|minimum|legal|school-leaving|average|median)\s+age)\s+"
                        r"(?:of\s+|at\s+|from\s+|to\s+)?$", text[max(0, sp.start - 40):sp.start])
        if not counted and age:  # "raise the retirement age from 62 to 64": an age, never the people counted before it
            counted = age.group(1)  # (the sixth user review: read as the arrests of the sentence before)
        if not counted and previous_counted:
            counted, inherited = previous_counted, True
        counted = counted or context
    owner = _owner(text[max(0, sp.start - 120):sp.start])
    if owner and owner.lower() not in counted.lower():
        if inherited:  # "the Unity Party secured 142 seats and the Green Alliance 91": 91 Green Alliance seats
            counted = " ".join(w for w in counted.split() if not w[0].isupper())
        counted = f"{owner} {counted}".strip()
    before = _clause_before(text, sp.start)
    after = _clause_after(text, np_end)
    dash = re.match(r"\s*[—–]\s*", text[np_end:])
    if not after.strip() and dash and re.search(r"[—–]\s*$", text[:sp.start]) and not _NEW_CLAUSE.match(text, np_end + dash.end()):
        after = _clause_after(text, np_end + dash.end())  # "the population—almost 150.7 million individuals—had been vaccinated"
    if not context and not counted and sp.kind != "count":
        context = _context_words(text, sp.start)
    moved = _MOVED_BY_TO.search(text, max(0, sp.start - 60), sp.start) if sp.kind != "count" else None
    if moved:
        head = re.sub(APPOSITIVE + r"\s*(\w+\s*)$", r" \1", text[:moved.start()])  # ", the benchmark for the bloc,"
        level = " ".join(MOVE_VERB.sub(" ", _context_words(head, len(head))).split())
        context = level or context  # "cut its deposit rate by 25 basis points to [2.25%]": the rate ("Bund yield", not "fell")
    if not counted and sp.kind == "money" and not moved:  # "the $120 million the government requested"
        tail = [w for w in _WORD.findall(re.split(r"\d|[$€£¥]", after)[0]) if w.lower() not in STOP][:3]
        context = " ".join(x for x in (context or _context_words(text, sp.start), " ".join(tail)) if x)
    return dataclasses.replace(
        fig,
        counted="" if sp.kind == "money" and _ADVERB_COUNTED.fullmatch(counted) else counted,  # "at $1.080 shortly after the"
        rate=_rate(text, np_end if np_end > sp.end else sp.end),
        attribution=_common_case(re.sub(r"(?<=s)['’]$", "", _attribution(text, sp.start, sp.end, np_end))),  # "Organisers' estimates of"
        time=_time(text, sp.start, sp.end),
        state=_nearest_state(counted or (context if sp.kind == "count" else ""), after, before, inherited, sp.kind),  # "the death toll rose to nine"
        place=_place(after, text[max(0, sp.start - 200):sp.start]),
        context=context or _context_words(text, sp.start),
    )
