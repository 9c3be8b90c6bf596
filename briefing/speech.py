"""Stage: rewrite the briefing for the ear, before any engine sees it.

Speech engines read "$2,000 million" as "dollar two thousand million", "Oct. 23" as
"oct twenty-three", "60mm" as "sixty em-em" and "CSIS" as "see-sis". `for_speech` turns
such text into words an engine cannot get wrong; `script` turns a `Briefing` into
(chapter title, speech text) pairs with a spoken introduction and an outro naming the
sources.

Every ASCII digit in the input comes out as words: no digit group is silently dropped
(a property test checks this).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.words import join_names
from briefing.words import MILLIONS_OF, MONTH, MONTHS, WEEKDAYS

if TYPE_CHECKING:  # pragma: no cover
    from briefing.records import Briefing

__all__ = ["for_speech", "script", "as_text", "cardinal", "ordinal", "year", "decimal"]

# ---------------------------------------------------------------------------
# Numbers in words (en-US style: "one hundred five", no "and").

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = [
    (10**15, "quadrillion"),
    (10**12, "trillion"),
    (10**9, "billion"),
    (10**6, "million"),
    (10**3, "thousand"),
]
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}


def _below_thousand(n: int) -> str:
    words = []
    if n >= 100:
        words.append(_ONES[n // 100] + " hundred")
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n or not words:
        words.append(_ONES[n])
    return " ".join(words)


def cardinal(n: int) -> str:
    """`3000` -> "three thousand"; `-5` -> "minus five". Huge numbers are read digit by digit."""
    if n < 0:
        return "minus " + cardinal(-n)
    if n >= 10**18:
        return _digits(str(n))
    words = []
    for value, name in _SCALES:
        if n >= value:
            words.append(f"{_below_thousand(n // value)} {name}")
            n %= value
    if n or not words:
        words.append(_below_thousand(n))
    return " ".join(words)


def ordinal(n: int) -> str:
    """`23` -> "twenty-third"."""
    words = cardinal(n)
    head, sep, last = words.rpartition(" ")
    first, hyphen, unit = last.rpartition("-")
    if unit in _ORDINAL_WORDS:
        unit = _ORDINAL_WORDS[unit]
    elif unit.endswith("y"):
        unit = unit[:-1] + "ieth"
    else:
        unit += "th"
    return head + sep + first + hyphen + unit


def year(n: int) -> str:
    """`1950` -> "nineteen fifty", `2007` -> "two thousand seven", `2024` -> "twenty twenty-four"."""
    if 2000 <= n <= 2009 or n % 1000 == 0 or not 1000 <= n <= 9999:
        return cardinal(n)
    hi, lo = divmod(n, 100)
    if lo == 0:
        return cardinal(hi) + " hundred"
    return cardinal(hi) + " " + (("oh " + _ONES[lo]) if lo < 10 else cardinal(lo))


def _digits(s: str) -> str:
    return " ".join(_ONES[int(c)] for c in s if c.isascii() and c.isdigit())


def decimal(s: str) -> str:
    """A number as written ("3,000", "1.28", "007") in words."""
    s = s.replace(",", "")
    whole, _, frac = s.partition(".")
    if len(whole) > 1 and whole.startswith("0"):
        head = _digits(whole)  # "007": an identifier, not a quantity
    else:
        head = cardinal(int(whole or "0"))
    if frac:
        return f"{head} point {_digits(frac)}"
    return head


def _plural_ordinal(n: int) -> str:
    """The 20s -> "twenties", 1990s -> "nineteen nineties"."""
    words = year(n) if n >= 1000 else cardinal(n)
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


# ---------------------------------------------------------------------------
# Vocabulary.

_MONTHS = MONTHS
_MONTH_ABBR = {m[:3].lower(): m for m in _MONTHS} | {"sept": "September"}
_MONTH_RE = MONTH
_CURRENCY = {"$": ("dollar", "dollars", "cent", "cents"), "€": ("euro", "euros", "cent", "cents"),
             "£": ("pound", "pounds", "penny", "pence"), "¥": ("yen", "yen", "", ""),
             "US$": ("dollar", "dollars", "cent", "cents"),
             "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
             "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
             "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
             "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
             "S$": ("Singapore dollar", "Singapore dollars", "cent", "cents"),
             "R$": ("Brazilian real", "Brazilian reais", "centavo", "centavos"),
             "SKr": ("Swedish krona", "Swedish kronor", "", ""), "NKr": ("Norwegian krone", "Norwegian kroner", "", ""),
             "DKr": ("Danish krone", "Danish kroner", "", ""), "SFr": ("Swiss franc", "Swiss francs", "", ""),
             "CHF": ("Swiss franc", "Swiss francs", "", ""), "Rs": ("rupee", "rupees", "", ""),
             "Rmb": ("renminbi", "renminbi", "", "")}
_CURRENCY |= {code: _CURRENCY[sign] for code, sign in {
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "HKD": "HK$", "SGD": "S$",
    "BRL": "R$", "SEK": "SKr", "NOK": "NKr", "DKK": "DKr", "INR": "Rs", "CNY": "Rmb"}.items()}
"""A currency's sign, FT-style prefix or ISO code ("SKr2.1bn", "HK$5", "Rs 500 crore", "EUR 120bn": the fifth user review
heard "E.U.R. one hundred twenty billion"): (one, many, one cent, many cents)."""
_CURRENCY_SIGN = r"(?-i:(?:(?<![A-Za-z])(?:US|A|C|NZ|HK|S|R))?\$|[€£¥]|(?<![\w$])(?:SKr|NKr|DKr|SFr|CHF|Rs\.?|Rmb|RMB|(?:USD|EUR|GBP|JPY|AUD|CAD|NZD|HKD|SGD|BRL|SEK|NOK|DKK|INR|CNY)(?!\s?(?:19|20)[0-9]{2}\b(?![,.][0-9])))(?=\s?[0-9]))"
"""The signs and prefixes above as written (case matters: "rs 5" is no rupees)."""
_SCALE_WORDS = {
    "thousand": "thousand", "k": "thousand", "million": "million", "m": "million", "mn": "million",
    "mln": "million", "billion": "billion", "bn": "billion", "b": "billion",
    "trillion": "trillion", "tn": "trillion", "crore": "crore", "crores": "crore", "lakh": "lakh", "lakhs": "lakh",
}
_UNITS = {
    # written: (singular, plural)
    "km/h": ("kilometre per hour", "kilometres per hour"),
    "kph": ("kilometre per hour", "kilometres per hour"),
    "kmh": ("kilometre per hour", "kilometres per hour"),  # "120kmh" (review r21)
    "mph": ("mile per hour", "miles per hour"),
    "mm": ("millimetre", "millimetres"),
    "cm": ("centimetre", "centimetres"),
    "km": ("kilometre", "kilometres"),
    "sq km": ("square kilometre", "square kilometres"),
    "km2": ("square kilometre", "square kilometres"),
    "km²": ("square kilometre", "square kilometres"),
    "m": ("metre", "metres"),
    "kg": ("kilogram", "kilograms"),
    "g": ("gram", "grams"),
    "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"),
    "ft": ("foot", "feet"),
    "in": ("inch", "inches"),
    "mi": ("mile", "miles"),
    "kt": ("kiloton", "kilotons"),
    "t": ("tonne", "tonnes"),
    "bp": ("basis point", "basis points"),
    "bps": ("basis point", "basis points"),
    "pp": ("percentage point", "percentage points"),
    "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"),
    "kW": ("kilowatt", "kilowatts"),
    "°C": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
}
_COUNTED = MILLIONS_OF | {
    "layoffs", "positions", "displaced", "killed", "dead", "injured", "wounded", "evacuated", "affected", "infected",
    "vaccinated", "arrested", "missing", "homeless", "dollars", "euros", "pounds", "yuan", "yen", "rupees", "francs",
    "kronor", "kroner", "reais", "roubles", "rubles", "renminbi"}
"""What a short "k" counts in thousands and a short "m" in millions ("10K troops", "1.5m people", "5m euros"); the
nouns are the figures stage's, so both stages read "1.5m" alike."""
_METRES_TOO = {"records"}
"""Counted nouns a distance in metres also comes before ("the 100m and 200m records"): "m" stays metres after
"the", "and", "world", "Olympic", "her", "his", "their"; "stole 10m records" is millions."""
_FIGURES_OF_COUNTED = re.compile(
    r"\b(?:Estimates of|Figures for)\s[^.!?:]*\b(?:" + "|".join(sorted(_COUNTED)) + r")\b[^.!?:]*"
    r"\s(?:differ|are close|depend on who is counting):(?:[^.!?]|[.!?](?=\S))*$")
"""compare's line on one quantity of people or things, up to where a figure in it stands."""
# Short units that are also ordinary words ("in", "m", "g", "mi") only count when glued
# to the number ("60mm", "5m"); the others may follow a space ("60 mm").
_GLUED_ONLY = {"m", "g", "in", "mi", "ft", "lb", "t"}

# All-capital words said as words, not letter by letter.
_SAID_AS_WORDS = {
    "NATO", "NASA", "OPEC", "UNESCO", "UNICEF", "FIFA", "AIDS", "COVID", "SWIFT", "HIMARS",
    "ASEAN", "INTERPOL", "EUROPOL", "FRONTEX", "SEAL", "SEALS", "NAFTA", "UEFA",
    "KYIV", "KIEV", "MOSCOW", "SEOUL", "WASHINGTON", "LONDON", "PARIS", "BERLIN", "LAUNCH",
    "ATACMS", "SCALP", "JASSM", "NORAD", "OK", "DARPA", "SARS", "MERS", "NEET", "LASER",
    "RADAR", "SONAR", "CAPTCHA", "GIF", "JPEG", "PIN", "AWOL",
    "DACA", "CPAC", "ISIS", "ISIL", "FISA", "CARES", "HEROES", "FEMA", "MAGA", "JOLTS", "WIRED", "SPAN",
    "ICE", "SWAT", "PAC", "AIPAC", "NASDAQ", "NASCAR", "POTUS", "SCOTUS", "FLOTUS", "OSHA", "NOAA", "BRICS",
    "HAMAS", "CERN", "TARP", "SALT", "STEM", "CHIPS", "MERCOSUR", "UNRWA", "NIMBY", "DOGE",
    "AFAD", "DAX", "IBEX", "TOPIX", "STOXX", "MAX",
}
# Said as words of their own.
_SAID_AS = {"FTSE": "Footsie"}
_CAPS_ABBREVIATIONS = {"DR", "MR", "MRS", "MS", "ST", "JR", "SR", "GEN", "GOV", "SEN", "REP", "LT", "COL", "SGT",
                       "CAPT", "PROF", "MT", "FT", "NO", "VS", "REV", "GOVT", "DEPT", "CORP", "INC", "CO", "LTD"}
# Words before a Roman numeral that count ("World War II", "Title IX"); after any other name it is
# a regnal or family number ("Charles III", "Robert Mueller III": "the Third").
_COUNTED_BY_ROMAN = {
    "war", "title", "phase", "part", "chapter", "article", "section", "type", "class", "category", "level",
    "stage", "volume", "book", "act", "schedule", "grade", "round", "vatican", "apollo", "gemini", "mark",
    "super", "bowl", "step", "tier", "division", "league", "series", "episode", "exhibit", "option", "plan",
    "model", "version", "unit", "wing", "corps", "rocky", "ops",
}
_REGNAL = {
    "king", "queen", "pope", "emperor", "tsar", "czar", "pharaoh", "charles", "elizabeth", "henry", "louis",
    "edward", "george", "william", "richard", "james", "john", "paul", "benedict", "gregory", "leo", "pius",
    "francis", "philip", "frederick", "alexander", "nicholas", "ramses", "felipe", "juan", "carlos", "harald",
    "gustaf", "willem", "albert", "baudouin", "constantine", "tawadros", "shenouda",
}
"""Names after which IV, XIV ... are a monarch's or pope's number. After any other name only II and
III are (a family's: "Robert Mueller III"): "IV" and "XI" are too often something else (an IV drip)."""
# Spelled, but engines already say them right or they need a fixed form.
_ACRONYM_FIXED = {"US": "U.S.", "USA": "U.S.A.", "UK": "U.K.", "EU": "E.U.", "UN": "U.N."}

_ABBREVIATIONS = {
    "Gen.": "General", "Lt.": "Lieutenant", "Col.": "Colonel", "Maj.": "Major", "Sgt.": "Sergeant",
    "Capt.": "Captain", "Adm.": "Admiral", "Cpl.": "Corporal", "Pvt.": "Private", "Gov.": "Governor",
    "Sen.": "Senator", "Rep.": "Representative", "Pres.": "President", "Prof.": "Professor",
    "approx.": "approximately", "vs.": "versus", "vs": "versus", "est.": "estimated",
    "Mt.": "Mount", "Ft.": "Fort", "St.": "Saint", "Dept.": "Department", "Gov't": "government",
}

_HEDGE_SYMBOLS = {"~": "about", "≈": "about", "c.": "about", "ca.": "about", "circa": "circa",
                  ">": "more than", "<": "less than", "≥": "at least", "≤": "at most",
                  "+/-": "plus or minus", "±": "plus or minus"}

# ---------------------------------------------------------------------------
# The rewrite passes. Each is (pattern, replacement function); order matters.

_NUM = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_SCALE_RE = r"(?:(?:lakhs?|thousand)\s+crores?|thousand|million|billion|trillion|bn|mn|mln|tn|crores?|lakhs?|k|m|b)"


def _num_value(s: str) -> float:
    return float(s.replace(",", ""))


def _amount(number: str, scale: str | None) -> str:
    words = decimal(number)
    if scale:
        words += " " + " ".join(_SCALE_WORDS[w] for w in scale.lower().split())  # "lakh crore": one scale
    return words


_FUNCTION_WORD = (
    r"(?:in|for|to|of|on|at|from|by|with|and|or|nor|but|the|a|an|per|each|over|under|into|onto|than|as|this|"
    r"that|these|those|last|next|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|"
    r"more|less|worth|so|if|it|its|their|his|her|our|your|after|before|since|until|while|when|who|which)\b")
_ATTRIBUTIVE = re.compile(
    r"(?:\s+(?!" + _FUNCTION_WORD + r")[A-Za-z][\w-]*){0,2}?"  # modifiers: "$400M border wall contract"
    r"\s+(?:deal|factory|plant|facility|project|plan|package|programme|program|fund|bill|budget|contract|"
    r"investment|loan|bailout|settlement|fine|stake|acquisition|merger|takeover|offer|bid|lawsuit|payout|"
    r"pledge|grant|bond|stadium|bridge|campus|expansion|upgrade|purchase|order|company|business|industry|"
    r"market|tax|aid|arms|weapons|rescue|stimulus|infrastructure|reconstruction|renovation|check|cheque|"
    r"payment|relief|pipeline|agreement|suit|deficit|cut|proposal|request|measure|donation|gift|reward|"
    r"bounty|ransom|wall|hike|increase|wage|salary|bonus|fee|price|bet|mortgage|economy|mansion)s?\b",
    re.IGNORECASE)
"""Nouns a sum of money often describes: "a $4 billion factory" is a "four billion dollar factory"."""


_NOT_A_NAME = (r"(?:The|A|An|It|Its|He|She|They|We|I|You|In|On|At|But|And|Or|This|That|There|These|Those|Some|His|"
               r"Her|Their|Our|After|Before|When|While|If|As|So|For|From|To|By|With|Of|Per|Each|Last|Next|"
               + "|".join(WEEKDAYS) + "|" + _MONTH_RE + r")(?![\w'])")
_NAME_DESCRIBED = re.compile(r"(?:\s+(?!" + _NOT_A_NAME + r")[A-Z][\w-]*)+(?!'s?\b)(?:\s+(?P<next>[\w'-]+))?")
"""A name a sum describes, the way a headline prices a player: "£60m Duarte Lobo", "the $60bn Ukraine aid"; not a
weekday or a sentence's first word ("raised $5m Monday", "$2bn. The")."""
_NOUN_PHRASE_START = re.compile(r"(?:(?P<det>\b(?i:the|a|an|his|her|its|their|our|your|my|this|that|whose|another)|"
                                r"\w's?)|^|[:;(\"]|[.!?])\s*$")
"""Where a sum starts a noun phrase: after a determiner or a possessive ("the £60m striker", "Newcastle's £60m
signing") or at a phrase's start ("£60m striker Lobo signs")."""
_NOT_DESCRIBED = re.compile(
    _FUNCTION_WORD + r"|(?:he|she|they|we|you|i|me|him|them|us|what|whom|where|why|how|not|no|yes|then|now|"
    r"already|alone|too|instead|ago|yet|still|just|only|even|again|apiece|overall|total|altogether|net|gross|extra|"
    r"plus|minus|higher|lower|short|shy|up|down|off|out|back|away|home|abroad|overseas|together|upfront|outright|"
    r"being|paid|spent|lost|sought|held|won|made|given|taken|left|put|set|kept|brought|bought|sold|built|lent|"
    r"owed|raised|said|says|told|went|goes|came|comes|got|gets|gave|took|did|does|do|can|must|shall)\b"
    r"|[a-z]+(?:ed|ly)\b|(?!(?:" + "|".join(sorted(
        {"signing", "funding", "spending", "financing", "offering", "listing", "borrowing", "lending", "building",
         "ceiling", "refinancing", "housing", "training", "shipping", "mining"})) + r")\b)[a-z]+ing\b")
"""What a sum does not describe: a verb, an adverb, a pronoun ("the $2bn raised", "the £60m he paid", "the $5bn
already spent"); "-ing" words but nouns ("the £60m signing")."""
_VERB_AFTER_NAME = re.compile(
    r"(?:[a-z]+ed|[a-z]{2,}[a-rt-z]s|said|told|paid|spent|will|would|has|had|have|is|was|were|are|could|can|may|might|"
    r"must|should|did|do|wants|needs)$")
""""the £60m Newcastle paid", "the $60bn Congress approved", "the $60bn Kyiv needs": a clause after the sum."""


_GIVING_BEFORE = re.compile(
    r"(?i)\b(?:pa(?:y|ys|id|ying)|giv(?:e|es|ing)|gave|owe[sd]?|owing|lent|lends?|sen[dt]s?|offer(?:s|ed)?|"
    r"award(?:s|ed)?|promis(?:e|es|ed)|hand(?:s|ed)?|grant(?:s|ed)?|costs?|charg(?:e|es|ed)|fine[sd]?|bill(?:s|ed)?|"
    r"won|wins?|sav(?:e|es|ed)|earn(?:s|ed)?|le(?:ft|aves?)|donat(?:e|es|ed)|loan(?:s|ed)?)\s+$")
"""A verb whose sum goes to someone named after it: "Trump paid $1m Michael Cohen", "cost $2bn Twitter's
shareholders"."""


def _describes(m: re.Match[str]) -> bool:
    """Whether a sum with a scale describes what follows it ("£60m Duarte Lobo", "the £60m striker"), so is said as a
    modifier: "sixty-million-pound Duarte Lobo". "raised £60m last year", "paid £60m for", "£60m in add-ons" are
    amounts; "a £60m fee" describes by its noun (_ATTRIBUTIVE)."""
    text, end = m.string, m.end()
    name = _NAME_DESCRIBED.match(text, end)
    if name:
        return not (_VERB_AFTER_NAME.match(name.group("next") or "") or _GIVING_BEFORE.search(text, 0, m.start()))
    word = re.match(r"\s+([a-z][\w-]*)", text[end:])
    if not word or _NOT_DESCRIBED.fullmatch(word.group(1)):
        return False
    start = _NOUN_PHRASE_START.search(text[max(0, m.start() - 40): m.start()])
    if not start:
        return False
    # "£60m goes to charity": at a phrase's start (no determiner), a word in "-s" is more often a verb
    return start.group("det") is not None or not word.group(1).endswith("s")


def _currency(sign: str, attributive: bool = False) -> tuple[str, str, str, str]:
    """The words for a sign ("HK$", "Rs."); said as a modifier ("a $4 billion factory") the many is singular."""
    one, many, sub_one, sub_many = _CURRENCY[{"RMB": "Rmb"}.get(sign, sign.rstrip("."))]
    return (one, one if attributive else many, sub_one, sub_many)


def _money(m: re.Match[str]) -> str:
    sym, a, b, scale = m.group("sym"), m.group("a"), m.group("b"), m.group("scale")
    attributive = bool(_ATTRIBUTIVE.match(m.string, m.end()) or scale and _describes(m)) and not re.search(
        r"\.[0-9]{2}$", a)
    first = _currency(sym, attributive)
    # "NZ$10-$12": a bare second "$" is short for a first dollar; after "€1" it is dollars ("€1 to $1.08")
    sym_b = m.group("sym_b")
    second = first if sym_b is None or (sym_b == "$" and sym.endswith("$")) else _currency(sym_b, attributive)
    if b and (scale or not (m.group("sym_b") or "." in a + b)):  # "$2-3 million", "$2 to $3 billion"
        return f"{_amount(a, None)} to {_amount(b, scale)} {second[1]}"
    if b:  # "rose $3.25 to $231.40": each amount in full, with its own currency
        return f"{_sum(a, first)} to {_sum(b, second)}"
    if scale:
        said = f"{_amount(a, scale)} {first[1]}"
        return said.replace(" ", "-") if attributive else said  # "a two-billion-dollar deal"
    if attributive and "." not in a:
        return _sum(a, first).replace(" ", "-")  # "the six-hundred-dollar check"
    before = m.string[max(0, m.start() - 200): m.start()]
    if ("." in a and _EXCHANGE_RATE.search(before) and not _SHARE_PRICE.search(before)
            and not _PRICE_PER.match(m.string, m.end())):
        return f"{decimal(a)} {first[1]}"  # "the euro fell to $1.08": a rate, said as "$1.0812" is
    return _sum(a, first)


_CURRENCY_NAMES = r"(?:euro|pound|dollar|yen|yuan|franc|rupee|rouble|ruble|lira|rand|peso|won|real|greenback|loonie)"
_EXCHANGE_RATE = re.compile(
    r"\b(?:[Tt]he\s+" + _CURRENCY_NAMES +
    r"(?![\w-]|\s+(?:zone|area|store|estate))|[Ss]terling|exchange\s+rate)\b"
    # the same clause only: not past ",", ";" or "as/while/and/but/after/when" ("The dollar slipped, and
    # Nvidia shares closed at $875.28" is a share price)
    # nor past "and" unless "the <currency>" follows ("against the dollar and the euro, to $1.27"); a
    # ", which/who ...," aside is skipped ("The pound, which fell last week, rose to $1.27")
    r"(?:(?!\b(?:as|while|but|after|when|whereas|though|although)\b|\band\b(?!\s+the\s+" + _CURRENCY_NAMES + r"\b))"
    r"(?:[^.!?;,\n]|[.,](?=[0-9])|,\s*(?:which|who)\b[^.!?;,\n]*,"
    r"|,(?=\s*(?:to|at)\s+$)))*?"
    r"\b(?:to|at|of|above|below|near|around|past|from|against|toward|towards)\s+$")
"""A currency's move to a price in another ("The euro fell 0.5% to $1.08"), up to the amount."""
_PRICE_PER = re.compile(r"\s+(?:a|an|per|each)\b")
_SHARE_PRICE = re.compile(r"(?i)\b(?:shares|stocks?|(?:share|stock)\s+price)(?:\s+(?!(?:and|the)\b)[\w'-]+){1,4}\s+$")
"""A share price, though a currency moved in the same sentence: "The pound, which hit a two-year high, helped
Tesco shares rise to £3.25", "the real estate group's shares fell to $12.50", "stock closed at" (review r18)."""


def _sum(a: str, currency: tuple[str, str, str, str]) -> str:
    """An amount with no scale in its currency: "$61.50" -> "sixty-one dollars and fifty cents"."""
    one, many, sub_one, sub_many = currency
    whole, _, cents = a.replace(",", "").partition(".")
    unit = one if whole == "1" else many
    out = f"{decimal(whole)} {unit}"
    if cents and sub_one:
        c = int((cents + "0")[:2]) if len(cents) <= 2 else None
        if c is None:  # "$1.005": more than two decimals is not cents
            return f"{decimal(a)} {many}"
        if c:
            out += f" and {cardinal(c)} {sub_one if c == 1 else sub_many}"
    elif cents:
        out = f"{decimal(a)} {many}"
    return out


def _percent(m: re.Match[str]) -> str:
    a, b = m.group("a"), m.group("b")
    if b:
        return f"{decimal(a)} to {decimal(b)} percent"
    return f"{decimal(a)} percent"


def _year_range(m: re.Match[str]) -> str:
    a, b = int(m.group("a")), m.group("b")
    if len(b) == 2:  # "1950-53"
        b = str(a)[:2] + b
    return f"{year(a)} to {year(int(b))}"


def _range(m: re.Match[str]) -> str:
    return f"{decimal(m.group('a'))} to {decimal(m.group('b'))}"


def _month(name: str) -> str:
    key = name.rstrip(".").lower()
    return _MONTH_ABBR.get(key[:4] if key.startswith("sept") else key[:3], name)


def _date_mdy(m: re.Match[str]) -> str:
    out = f"{_month(m.group('month'))} {ordinal(int(m.group('day')))}"
    if m.group("year"):
        out += f", {year(int(m.group('year')))}"
    return out


def _date_iso(m: re.Match[str]) -> str:
    """2026-11-23 -> "November twenty-third, twenty twenty-six" (left alone if no such day)."""
    try:
        d = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return m.group(0)
    return _said_date(d)


def _said_date(d: _dt.date) -> str:
    return f"{_MONTHS[d.month - 1]} {ordinal(d.day)}, {year(d.year)}"


def _date_dmy(m: re.Match[str]) -> str:
    out = f"the {ordinal(int(m.group('day')))} of {_month(m.group('month'))}"
    if m.group("year"):
        out += f", {year(int(m.group('year')))}"
    return out


def _month_year(m: re.Match[str]) -> str:
    return f"{_month(m.group('month'))} {year(int(m.group('year')))}"


def _month_alone(m: re.Match[str]) -> str:
    return _month(m.group(0))


def _time_words(h: int, mins: str | None, ampm: str | None = None) -> str:
    """The hour and minutes of a clock time: "nine oh five", "fourteen hundred", "six o'clock", "midnight"."""
    if h == 0 and mins == "00" and not ampm:
        return "midnight"
    out = cardinal(h)
    if mins and int(mins):
        out += " " + (f"oh {cardinal(int(mins))}" if int(mins) < 10 else cardinal(int(mins)))
    elif mins and not ampm:
        out += " hundred" if h > 12 else " o'clock"
    return out


def _time(m: re.Match[str]) -> str:
    g = m.groupdict()
    h, mins, ampm = int(g["h"]), g.get("m"), g.get("ampm")
    out = _time_words(h, mins, ampm)
    if ampm:
        letters = ampm.lower().replace(".", "").strip()
        out += " " + ("a.m." if letters.startswith("a") else "p.m.")
        # "7:30 p.m. He left": the written full stop doubled as the sentence end.
        if ampm.endswith(".") and g.get("after"):
            return out + g["after"]
    return out + (g.get("after") or "")


def _duration(m: re.Match[str]) -> str:
    """A time with seconds: "2:03:45" -> "two hours, three minutes and forty-five seconds", "29:17.45" ->
    "twenty-nine minutes and seventeen point four five seconds"; after "at" it is a clock ("ten thirty and
    fifteen seconds")."""
    h, mins, secs = m.group("h"), m.group("m") or m.group("m2"), m.group("s") or m.group("s2")
    if h is not None and re.search(r"(?i)\b(?:at|by|until|from|since)\s+$", m.string[: m.start()]):
        clock = _time_words(int(h), mins)
        return clock if float(secs) == 0 else f"{clock} and {decimal(secs.lstrip('0') or '0')} seconds"
    parts = [f"{cardinal(int(v))} {unit}{'' if int(v) == 1 else 's'}"
             for v, unit in ((h, "hour"), (mins, "minute")) if v is not None and int(v)]
    if float(secs) or not parts:
        said = decimal(secs[1:] if len(secs.partition(".")[0]) == 2 and secs.startswith("0") else secs)
        parts.append(f"{said} {'second' if secs in ('1', '01') else 'seconds'}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _ordinal(m: re.Match[str]) -> str:
    return ordinal(int(m.group("n").replace(",", "")))


def _decade(m: re.Match[str]) -> str:
    return _plural_ordinal(int(m.group("n")))


def _unit(m: re.Match[str]) -> str:
    number, unit, glued = m.group("n"), m.group("u"), m.group("glue") == ""
    sing, plural = _UNITS[unit]
    # "60mm mortars": a compound adjective, so singular; "60 mm of rain": plural. Degrees are a
    # compound only after "a" ("a 2°C rise"): "-5°C overnight" is "minus five degrees Celsius".
    follower = (m.group("next") or "").strip()
    before = m.string[: m.start()]
    compound = not unit.startswith("°") or re.search(r"(?i)\ban?\s+(?:minus\s+|plus\s+)?$", before)
    # "at 35,000ft doing 540 knots": a measurement, not a "35,000ft aircraft"; so is one before "-ing"
    # with no article ("5km running" after "a" is a compound).
    # Not "at 40ft containers" (a plural noun after it is still a compound), nor "Its 2km ring road" (an
    # "-ing" noun, or a determiner before the number): "flew 300km using only solar power" is measured.
    after = m.string[m.end():]
    measured = (re.search(r"(?i)\bat\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$", before)
                and not _PLURAL_NOUN.fullmatch(follower) or (
        _ING_VERB.fullmatch(follower) is not None and not _ing_compound(follower, before, after)))
    if unit == "pp":  # "320pp" in a book's details is pages; otherwise ("fell to 5pp", "is 6pp") points
        near = before[-200:]
        book = (_PP_BOOK_BEFORE.search(near) or _PP_BOOK_AFTER.match(after) or _PP_TITLES.search(near)
                or (re.search(r",\s*$", near) and re.match(r"\s*,", after)))
        if "." not in number and not (_PP_BEFORE.search(near) or _PP_AFTER.fullmatch(follower)) and (
                _PP_DOCUMENT.match(after) or follower in ("of", "long")  # "The report, 120pp long" (review r21)
                or (book and (int(number.replace(",", "")) > 100 or _PP_PUBLISHER.search(near)
                              or not (_PP_POLL.search(near) and not _PP_PRICE.search(near[-60:] + after[:60]))))):
            sing, plural = "page", "pages"
    # "a 50 bp cut": a spaced rate after "a" describes the noun too.
    glued = glued or (unit in ("bp", "bps", "pp") and re.search(r"(?i)\ban?\s+$", before) is not None)
    if unit in ("bp", "bps") or sing == "percentage point":  # "12pp higher", "a gap of 10pp opened": points
        compound = compound and (_DETERMINER_BEFORE.search(before) or _RATE_NOUN.fullmatch(follower))
    if glued and follower and compound and not measured and (
            follower not in _NOT_NOUNS or _SIZE_OF_A_NOUN.match(after) and _DETERMINER_BEFORE.search(before)):
        if follower not in ("up", "down") or _UP_OR_DOWN_COMPOUND.match(after):
            return f"{decimal(number)} {sing}"
    return f"{decimal(number)} {sing if number == '1' else plural}"


_PLURAL_NOUN = re.compile(r"(?!(?:this|its|his|hers|was|has|does|is|as|us|yes|plus|thus|versus|towards|across|"
                          r"besides|afterwards|always|sometimes|perhaps|unless|less|whereas)$)[a-z]{2,}[^s']s")
_ING_VERB = re.compile(r"[a-z]{2,}ing")  # "using", "doing"
_ING_NOUNS = {"building", "ceiling", "string", "spring", "morning", "evening", "wedding", "pudding", "swing",
              "sibling", "darling", "herring", "shilling", "lightning", "clothing", "housing", "railing", "awning",
              "parking", "opening", "crossing", "landing", "meeting", "hearing", "briefing", "warning", "offering",
              "painting", "dwelling", "stocking", "sterling", "duckling", "seedling", "ring", "wing", "thing", "king"}
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:an?|the|its|his|her|their|our|my|your|this|that)\s+$")
"""A determiner before the number: "Its 2km ring road", "a 5km running track" are compounds."""
_ING_MODIFIERS = {"shipping", "swimming", "hiking", "walking", "cycling", "running", "parking", "fishing", "training",
                  "housing", "building", "mining", "boarding", "landing", "filling", "holding", "dining", "sleeping",
                  "living", "loading", "drilling", "processing", "gliding", "skiing", "diving",
                  "jogging", "sailing", "camping"}
"""'-ing' words that name what a plural noun after them is for: "40ft shipping containers", "50m swimming pools",
"12km hiking trails", "1,500kg gliding bombs" are compounds (review r18); "flew 300km using only solar power",
"ran 5km training for the race" are measured, and so are "backed up for 30km waiting hours", "face 200km climbing
mountains" ("waiting" and "climbing" take an object more often than they name a use, review r19)."""
_ING_NEXT = re.compile(r"\s+[a-z]+\s+(?P<w>[A-Za-z][\w'-]*)")
_ING_PAIR = re.compile(r"\s+[a-z]+\s+(?:and|or)\s+[a-z]{2,}ing\s+(?!" + _FUNCTION_WORD + r")[a-z][\w-]*")
"""Two '-ing' words for one noun: "a 5km walking and cycling route", "a 10km cycling and walking path", "a 3km
running or cycling track" (review r19); "ran 10km walking and cycling." is measured."""


def _ing_compound(ing: str, before: str, after: str) -> bool:
    """Whether an '-ing' word after a unit ("60m <ing>") is part of a compound noun the number describes."""
    if ing in _ING_NOUNS:
        return True  # "Its 5m building"
    nxt = _ING_NEXT.match(after)
    word = nxt.group("w") if nxt else ""
    if ing in _ING_MODIFIERS and _PLURAL_NOUN.fullmatch(word):
        return True  # "two 40ft shipping containers"
    if ing in _ING_MODIFIERS and _ING_PAIR.match(after):
        return True  # "a 5km walking and cycling route"
    # "a 10km running track" is a compound; "her 10km using a wheelchair" was measured
    return _DETERMINER_BEFORE.search(before) is not None and not re.fullmatch(_FUNCTION_WORD, word.lower())


_PP_BOOK_BEFORE = re.compile(r"(?i)(?:\([^()]*,\s*|\b(?:runs?|running|ran)\s+to\s+|\bpp\.\s*)$")
_PP_BOOK_AFTER = re.compile(r"\s*,\s*[£$€]")
"""A book's details: "(Bloomsbury, 320pp, £20)", "runs to 240pp", "320pp, £20"."""
_PP_BEFORE = re.compile(r"(?i)\b(?:rose|risen|rise|rising|fell|fallen|fall|falling|up|down|by|gained|gain|lost|of|"
                        r"jumped|climbed|dropped|slipped|gap|lead|swing|ahead|behind|trails?|trailing)\s+"
                        r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")
_PP_AFTER = re.compile(r"(?:lead|gap|higher|lower|rise|fall|drop|increase|decrease|cut|gain|swing|jump|margin|"
                       r"difference|advantage|ahead|behind)")

_PP_TITLES = re.compile(r"(?:[A-Z][\w'-]*(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|at)\s+)*[A-Z][\w'-]*)*,\s+){2,}$")
"""A review's heading, author and title before the length: "Jane Smith, The Long Road, 352pp. Faber. £20." (review
r18)."""
_PP_DOCUMENT = re.compile(
    r"\s+(?:(?!" + _FUNCTION_WORD + r"|" + _PP_AFTER.pattern + r"\b)[a-z][\w-]*\s+)?"
    r"(?:manifesto|report|document|dossier|book|paper|booklet|ruling|judgment|judgement|study|brochure|guide|"
    r"pamphlet|leaflet|memo|novel|biography|memoir|thesis|indictment|submission)s?\b")
"""A document the pages are in: "a 40pp manifesto", "Labour's 130pp manifesto", "The inquiry's 600pp report", "a
1,200pp document", "a 90pp white paper" (review r18)."""
_PP_POLL = re.compile(
    r"(?i)\b(?:polls?|polling|pollsters?|leads?|vote|votes|YouGov|Ipsos|Opinium|Savanta|Survation|Deltapoll|Techne|"
    r"Redfield|Gallup|ComRes|Kantar|BMG)\b[^.!?]*$")
"""A poll in the same sentence makes a bracketed or listed "pp" points: "Labour's lead (YouGov, 9pp)" (review
r18), where "(Bloomsbury, 320pp, £20)" is a book's length, even of a book on a poll ("The Poll Tax Riots (Verso,
240pp, £18)": a price beside it, already said, makes it one)."""
_PP_PRICE = re.compile(r"\b(?:pounds|dollars|euros)\b")
_PP_PUBLISHER = re.compile(
    r"\((?:[^()]*\s)?(?:Penguin|Bodley Head|Faber|Verso|Bloomsbury|HarperCollins|Harper|Allen Lane|Random House|"
    r"Macmillan|Picador|Vintage|Viking|Hodder|Little, Brown|Fourth Estate|Jonathan Cape|Chatto|Canongate|Granta|"
    r"Profile|Hurst|Polity|Routledge|Yale|Simon and Schuster|[A-Z][a-z]+\s+(?:Press|Books|Publishing))\b[^()]*,\s*$")
"""A publisher in brackets before the length makes it a book's, whatever the sentence is about: "Why We Vote
(Penguin, 96pp)", "a new book on polling (Bodley Head, 88pp)" (review r19); so does a length over a hundred, which no
share of a vote can move by ("(Bodley Head, 288pp)")."""
_RATE_NOUN = re.compile(r"lead|gap|rise|fall|drop|increase|decrease|cut|hike|gain|swing|jump|margin|difference|"
                        r"advantage|reduction|move|shift|boost|spread|premium|discount|decline|slump|surge|climb|"
                        r"slide|deficit|shortfall|poll|lift|narrowing|widening")
"""A rate in points describes the noun only after a determiner ("a 10pp lead", "its 25bp hike") or before a move
or gap ("Labour's 10pp lead"); "twelve percentage points higher", "7pp compared", "A gap of 10pp opened" and "cut
by 25bp yesterday" are plural (review r19)."""

# Words after "5km" that show a measurement ("5km away"), not a compound ("60mm mortars").
_NOT_NOUNS = {"away", "from", "of", "to", "in", "on", "at", "and", "or", "long", "wide", "high", "deep", "tall",
              "per", "north", "south", "east", "west", "inside", "into", "behind", "off", "an", "a", "the",
              "below", "above", "ahead",
              # a distance before where, not what (review r18): "shot down 40km northwest of Kyiv", "crashed 5km
              # outside the city", "sank 3km offshore", "lies 10km inland", "stopped 20km short of Kyiv", "were 2km
              # apart", "5km beyond the border", "2km across the border"
              "northwest", "northeast", "southwest", "southeast", "outside", "offshore", "onshore", "inland",
              "short", "apart", "beyond", "across", "along", "past", "underground", "upstream",
              "downstream", "beneath", "closer", "nearer", "further", "farther"}
_SIZE_OF_A_NOUN = re.compile(r"\s+(?:tall|high|long|wide|deep|thick)\s+(?!" + _FUNCTION_WORD + r")[a-z][\w-]*")
"""A size before a noun, after a determiner, describes it: "A 6ft tall man", "a 30ft tall statue", "a 2m tall
fence", "a 10m high wall" (review r19); "The wall is 2m tall", "2m high" are measured."""
_UP_OR_DOWN_COMPOUND = re.compile(r"\s+(?:up|down)-[a-z]")
""""A 10m up-and-over door" is a compound (review r19); "lives 2km up the road", "The Thames was 2m up yesterday",
"The rescuers were 300m down inside the mine" are distances (review r21)."""


def _inches_or_feet(m: re.Match[str]) -> str:
    """"12 in. of rain" -> "twelve inches of rain"; "... 12 in. The" keeps the full stop that ends the sentence."""
    number, (sing, plural) = m.group("n"), _UNITS[m.group("u")]
    return f"{decimal(number)} {sing if number == '1' else plural}{'' if m.group('end') is None else '.'}"


def _model_name(m: re.Match[str]) -> str:
    letters, number = m.group("l"), m.group("n")
    if letters in _SAID_AS_WORDS:
        spoken = letters.capitalize()  # "737 MAX-9": "Max nine"
    else:
        spoken = _spell(letters) if letters.isupper() else letters
    num = _digits(number) if number.startswith("0") else cardinal(int(number))
    suffix = m.group("suffix")
    return f"{spoken} {num}{suffix and ' ' + _spell(suffix)}{m.group('pl')}"


_BOEING = re.compile(
    r"(?<![\w.,$€£¥/-])(?P<n>7[0-8]7)(?P<x>-?X\b)?(?:-(?P<v>[1-9]00|10|[1-9])(?P<vs>[A-Z]{0,3})\b)?(?P<pl>s\b)?"
    r"(?![\w%]|[.,][0-9])")
"""A Boeing model number, 707 to 787: "the 737-800", "777X", "grounded its 737s"."""
_BOEING_BEFORE = re.compile(r"\bBoeing(?:'s)?\s+$|\bBoeing\b[^.!?;]{0,60}\b7[0-8]7s?(?:\s*,\s*|\s+(?:and|or)\s+)$")
""""Boeing 737", "Boeing's 737 MAX", and the next in a list: "Boeing's 737 and 787"."""
_AIRCRAFT_AFTER = re.compile(
    r"\s?(?:Max|MAX|Dreamliners?|jets?|jetliners?|airliners?|aircraft|planes?|freighters?|fleets?|family|"
    r"neo|ceo|XLR|LR|XWB|MRTT)\b")
"""What follows a model number ("737 Max", "787 Dreamliner", "737 jets"; an Airbus "A320neo"); "737 people" or
"737 jobs were cut" are counts."""
_AIRBUS = re.compile(
    r"\bA(?P<n>220|300|3[1-8][0-9])(?:-(?P<v>[1-9]000?|[1-9]00)(?P<vs>[A-Z]{0,3}|neo|ceo)\b)?(?P<pl>s\b)?"
    r"(?![\w%-]|[.,][0-9])"
    r"|\bA(?P<n2>220|300|3[1-8][0-9])(?=neo|ceo|XLR|LR|XWB|MRTT)")
"""An Airbus model number, A220 to A380: "A320neo", "the A350-1000", "Airbus A380s" ("the A303" is a road)."""
_AIRBUS_MODELS = {"220", "300", "310", "318", "319", "320", "321", "330", "340", "350", "380"}
"""Airbus's own numbers, a model wherever they stand ("100 A380 superjumbos", "flies the A380 to London", "an
A320, landed") except as a road ("the A380 road", "the A303")."""
_ROAD_AFTER = re.compile(r"\s+(?i:road|motorway|roundabout|junction|carriageway|bypass|dual|trunk|"
                         r"(?:north|south|east|west)bound)\b")
"""What follows a road's number: "the A380 motorway"."""


def _plural(words: str) -> str:
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _boeing(m: re.Match[str]) -> str:
    """"Boeing 737" -> "Boeing seven three seven", "737 Max", "787 Dreamliner", "the 737-800" ("seven three seven
    eight hundred"), "777X" as models are said; "737 people" is a count, left to the passes below. After "Boeing's"
    a 7x7 is the programme whatever follows: "Boeing's 737 workers", "Boeing's 787 suppliers" (review r23; r22 had
    made them counts); "Boeing's 1,200 workers" is no model number."""
    before, after = m.string[: m.start()], m.string[m.end():]
    if not (m.group("x") or m.group("v") or m.group("pl") or _BOEING_BEFORE.search(before[-100:])
            or _AIRCRAFT_AFTER.match(after)):
        return m.group(0)
    out = _digits(m.group("n")) + (" X" if m.group("x") else "")
    if m.group("v"):
        out += " " + cardinal(int(m.group("v"))) + (m.group("vs") and " " + m.group("vs"))  # "777-300ER"
    return _plural(out) if m.group("pl") else out


def _airbus(m: re.Match[str]) -> str:
    """"A320neo" -> "A-three twenty neo", "Airbus A380" -> "Airbus A-three eighty", "the A350-1000" -> "the A-three
    fifty one thousand". The hyphen makes espeak-ng say the letter, not the article "a"."""
    n = m.group("n") or m.group("n2")
    if not (m.group("n2") or m.group("v") or m.group("pl") or _AIRCRAFT_AFTER.match(m.string, m.end())
            or re.search(r"\bAirbus(?:'s)?\s+$", m.string[: m.start()])
            or n in _AIRBUS_MODELS and not _ROAD_AFTER.match(m.string, m.end())):
        return m.group(0)
    out = f"A-{_ONES[int(n[0])]} " + ("hundred" if n[1:] == "00" else cardinal(int(n[1:])))
    if m.group("v"):
        out += " " + cardinal(int(m.group("v"))) + (m.group("vs") and " " + m.group("vs"))  # "A330-200F"
    return _plural(out) if m.group("pl") else out


_CAPS_ABBREVIATION_DOT = re.compile(r"\b(" + "|".join(sorted(_CAPS_ABBREVIATIONS)) + r")\.(?=\s+[A-Z]{2,})")
""""GOV." before a capitalised word: the full stop of an abbreviation, not of a sentence."""
_CAPS_RUN = re.compile(r"\b[A-Z]{2,}(?:'S)?(?:[\s,:;'-]+(?:[A-Z]{2,}(?:'S)?|[AI](?=[\s,:;'-]+[A-Z]{2,}))){2,}\b")


def _shouted(m: re.Match[str]) -> bool:
    """Inside a run of three or more capitalised words ("BREAKING NEWS FROM KYIV", "IN A NUTSHELL"):
    said as words. (Two are too often acronyms: "IBM WATSON", "ACLU SUES".)"""
    # "GOV. NEWSOM SAID": an abbreviation's full stop does not end the run (same length, same offsets).
    text = _CAPS_ABBREVIATION_DOT.sub(r"\1 ", m.string)
    return any(r.start() <= m.start() < r.end() for r in _CAPS_RUN.finditer(text))


def _spell(letters: str) -> str:
    return "".join(c + "." for c in letters)


_TITLE_NAME = re.compile(r"[ \t]+(?!(?:The|A|An|It|Its|He|She|They|We|I|In|On|At|But|And|This|That|There|"
                         r"These|Those|Some|His|Her|Their|Our|After|Before|When|While|If|As|So)\b)[A-Z]")
""""Dr." before a name on the same line; not before a word that starts a sentence ("DR. The poll")."""


def _acronym(m: re.Match[str]) -> str:
    word, tail = m.group("w"), m.group("tail") or ""
    if word == "UN" and re.search(r"(?i)\bjong\s$", m.string[:m.start()]):  # KIM JONG UN: a name
        return "Un" + tail
    if word in _SAID_AS:
        return _SAID_AS[word] + tail
    if word not in _ACRONYM_FIXED and (word in _SAID_AS_WORDS or len(word) > 6 or _shouted(m)):
        return word.capitalize() + tail
    spelled = _ACRONYM_FIXED.get(word) or _spell(word)
    if tail == "s":  # "MPs"
        return spelled + "'s"
    if not tail and m.string.startswith(".", m.end()):
        # "DR. FAUCI", "MR. Smith": "Dr.", which engines say "doctor"; but "the broadcaster DR." ends
        # a sentence, and an acronym there is still spelled ("D.R.", not "doctor").
        if word in _CAPS_ABBREVIATIONS and _TITLE_NAME.match(m.string, m.end() + 1):
            return word.capitalize()
        return spelled[:-1]  # "head to the US." ends the sentence once
    return spelled + tail


def _fraction(m: re.Match[str]) -> str:
    a, b = int(m.group("a")), int(m.group("b"))
    names = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters")}
    if b in names and 0 < a < b:
        return f"{cardinal(a)} {names[b][0] if a == 1 else names[b][1]}"
    if 4 < b <= 10 and 0 < a < b:
        return f"{cardinal(a)} {ordinal(b)}{'' if a == 1 else 's'}"
    return f"{cardinal(a)} slash {cardinal(b)}"


def _slash_date(m: re.Match[str]) -> str:
    """1/6/21 -> "January sixth, twenty twenty-one" (month first, as US papers write it, unless the
    first number cannot be a month: 23/10/2024). Left alone if it is no date."""
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    if len(y) == 2 and not re.search(r"\b(?:updated|published|posted|dated|on)\s+$", m.string[: m.start()], re.I):
        return m.group(0)  # "the 10/20/30 rule": a two-digit year only where a date is announced
    month, day = (a, b) if a <= 12 else (b, a)
    full = int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= 50 else 1900 + int(y))
    try:
        return _said_date(_dt.date(full, month, day))
    except ValueError:
        return m.group(0)


def _scaled(m: re.Match[str]) -> str:
    """1.5bn people -> "one point five billion people" (a scale written without a currency)."""
    return _amount(m.group("n"), m.group("s"))


def _signed(m: re.Match[str]) -> str:
    """-70C, (-9.1%), +0.6%: a sign; but "pages 10 -12", "$2 -3 billion", "won 4 -1" are ranges and scores."""
    before = re.search(r"(\S+)\s+$", m.string[: m.start()])
    # after a comma it is a sign again: "-70C, -94F" (a bracketed conversion said as a pause)
    if before and re.search(r"[0-9]", before.group(1)) and not before.group(1).endswith(","):
        return m.group(0)
    return "minus " if m.group(0) in "-−" else "plus "


_TEMPERATURE_AFTER = re.compile(r"\s?(?:\((?:minus |plus )?(?:" + _NUM + r")\s?[CF]\)|,\s?(?P<sign>minus |plus )?(?P<n>"
                                + _NUM + r")\s?(?P<u>[CF])\b(?![-']))")
"""Its conversion after a temperature: "-70C (-94F)", "31C (88F)"; or, once the brackets are pauses, "31C, 88F,"."""
_TEMPERATURE_BEFORE = re.compile(r"(?P<sign>minus |plus )?(?P<n>" + _NUM + r")\s?(?:(?P<u>[CF])|°(?P<du>[CF])?|"
                                 r"degrees?(?:\s+(?:Celsius|Fahrenheit))?)\s?(?P<mark>\(|,\s?)(?:minus |plus )?$")
"""A temperature before its conversion: "-70C (-94F)", "88 degrees (31 C)", "104°F (40C)", "31C, 88F"."""


def _converts(m: re.Match[str], c_or_f: str | None, n: str, unit: str, sign: str | None) -> bool:
    """Whether `m` (a number with its sign and unit, if any) and `n` `unit` are one temperature in C and F:
    "31C, 88F" are; "Flats 4C, 4F" are not."""
    if c_or_f == unit:
        return False
    a = _num_value(m.group("n")) * (-1 if m.group("sign") == "minus " else 1)
    b = _num_value(n) * (-1 if sign == "minus " else 1)
    c, f = (b, a) if unit == "C" else (a, b)
    return abs(c * 9 / 5 + 32 - f) <= 2


_WEATHER = re.compile(
    r"(?i)\b(?:temperatures?|heat|heatwaves?|(?:highs?|lows?)\s+of|highs|lows|thermometers?|mercury|weather|"
    r"forecast|forecasters?|hottest|coldest|warmest|coolest|hotter|colder|warmer|cooler|hot|cold|warm|freezing|"
    r"frost|scorching|sweltering|warming|pre-industrial|fever|feverish)\b(?!-up\b)(?:[^.!?;\n]|\.(?=[0-9]))*$")
"""Weather before a temperature in its sentence: "a high of 40C", "Temperatures hit 40C", "limit warming to 1.5C"
("the warm-up" is none)."""
_WEATHER_AFTER = re.compile(r"\s+(?:heat|heatwave|temperatures?|weather|fever|warmer|colder|hotter|cooler|"
                            r"(?:above|below)\s+(?:normal|average))\b")
""""in 40C heat", "40C temperatures", "a 40C fever", "4C warmer", "5F above normal"."""
_WORDS_BEFORE = r"(?:\s+(?:[^\s.!?;:]|\.(?=\w))+){0,%d}\s+$"
_TEMPERATURE_CUE = re.compile(
    r"(?i)(?:\b(?:temperatures?|highs?|lows?|degrees|fever|thermometers?|mercury|heatwave|hottest|coldest|"
    r"warmest)\b" + _WORDS_BEFORE % 3 + r"|\b(?:reached|reaching|topped|topping|hit|hitting|peaked\s+at|"
    r"recorded)\s+$)")
"""A temperature word a few words before the number ("Temperatures were 31C", "The temperature in Seattle was 50F",
"a fever of 40C") or a verb just before it ("reached 45.5C, a record"): degrees whatever the sentence is about."""
_WEATHER_CUE = re.compile(
    r"(?i)\b(?:of|to|at|around|about|near|above|below|over|under|between|than|from|hit|hits|reach|reaches|"
    r"top|tops|peak|peaks|was|were|is|are|be|been|as|with|in|past|beyond|exceed|exceeds|exceeded|see|sees|"
    r"expect|expects|expected|forecast|predicted)\b" + _WORDS_BEFORE % 2 + r"|[,(:]\s*$")
"""Words a temperature follows within a few words, which make it one in a sentence about the weather: "limit
warming to 1.5C, a 2C rise", "a hot day in Madrid, 38C", "Forecasters expect 35C", "Spain swelters in 44C"; "The hot
weather meant that students in room 4C" and "The hot summer saw 3F and 4F grades rise" have none (review r22)."""
_NOT_A_TEMPERATURE = re.compile(
    r"(?i)\b(?:rooms?|flats?|apartments?|grades?|seats?|gates?|rows?|platforms?|bus(?:es)?|forms?|class(?:es)?|"
    r"blocks?|units?|suites?|wards?|cabins?|berths?|bays?|terminals?|years?|sections?|levels?|floors?|wings?|tiers?|"
    r"zones?)\s+(?:[0-9]+[A-Z]?(?:\s*,\s*|\s+(?:and|or)\s+))*$")
"""What a number and a letter name: "room 4C", "Flats 4C, 4F", "seat 14F", "Apartment 4C", "grades 3F and 4F",
"pupils in year 4C", "section 12F", "Level 4C" (review r23)."""


def _temperature(m: re.Match[str]) -> str:
    """-70C (-94F), 31C (88F), "a high of 40C": a bare C or F is a temperature only beside a sign, its conversion,
    a temperature word or a cue in a sentence about the weather ("Flat 4C", "seat 14F" are not); spaced ("88 degrees
    (31 C)") only beside its conversion."""
    before, after, unit = m.string[: m.start()], m.string[m.end():], m.group("u")
    sign = "minus " if before.endswith("minus ") else None
    pair_after = _TEMPERATURE_AFTER.match(after)
    pair_before = _TEMPERATURE_BEFORE.search(before[-60:])
    pair = (pair_after and (pair_after.group("n") is None
                            or _converts(pair_after, pair_after.group("u"), m.group("n"), unit, sign))) or (
        pair_before and (pair_before.group("mark") == "(" or _converts(
            pair_before, pair_before.group("u") or pair_before.group("du"), m.group("n"), unit, sign)))
    if not pair and (m.group("sp") or not (
            before.endswith(("minus ", "plus ")) or _WEATHER_AFTER.match(after)
            or not _NOT_A_TEMPERATURE.search(before[-60:]) and (
                _TEMPERATURE_CUE.search(before[-80:])
                or _WEATHER_CUE.search(before[-60:]) and _WEATHER.search(before[-200:])
                and not _PLURAL_NOUN.fullmatch(re.match(r"\s*([\w']*)", after).group(1))))):
        return m.group(0)
    n = m.group("n")
    one = n == "1" or re.search(r"(?i)\ban?\s+(?:minus\s+|plus\s+)?$", before) and re.match(r"\s+[a-z]", after)
    return f"{decimal(n)} {'degree' if one else 'degrees'} {'Celsius' if unit == 'C' else 'Fahrenheit'}"


def _phone(m: re.Match[str]) -> str:
    return ", ".join(_digits(g) for g in re.findall(r"[0-9]+", m.group(0)))


def _case_number(m: re.Match[str]) -> str:
    return "number " + ", ".join(decimal(x) for x in m.group("id").split("-"))


_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")


def _roman_value(r: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    return sum(-values[c] if values[c] < values.get(n, 0) else values[c] for c, n in zip(r, r[1:] + " "))


def _roman(m: re.Match[str]) -> str:
    """World War II -> "World War Two", Title IX -> "Title Nine", Charles III -> "Charles the Third";
    after anything but a name it is left to the acronym pass ("an IV drip")."""
    prev, r = m.group("prev"), m.group("r")
    if not _ROMAN.fullmatch(r):
        return m.group(0)
    n = _roman_value(r)
    if prev.lower() in _COUNTED_BY_ROMAN:
        return f"{prev} {cardinal(n).capitalize()}"
    after_name = prev[:1].isupper() and not prev.isupper() and not re.fullmatch(_FUNCTION_WORD, prev.lower())
    if prev.lower() in _REGNAL or (after_name and r in ("II", "III")):
        return f"{prev} the {ordinal(n).capitalize()}"
    return m.group(0)


def _number(m: re.Match[str]) -> str:
    s = m.group(0)
    if re.fullmatch(r"[0-9]{4}", s) and 1100 <= int(s) <= 2099:
        return year(int(s))
    if "," in s and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", s):
        return s  # handled by the comma split below
    whole = s.replace(",", "").partition(".")[0]
    v = _num_value(s)
    # "1,200,000" -> "one point two million": how newsreaders say round big numbers.
    if v >= 10**6 and "." not in s and len(whole) <= 18:
        for value, name in _SCALES[:4]:
            if v >= value:
                q = v / value
                if round(q, 2) == q:
                    text = f"{q:.2f}".rstrip("0").rstrip(".")
                    return f"{decimal(text)} {name}"
                break
    return decimal(s)


_PHONING = (r"call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|ring|rings|rang|ringing|"
            r"phone|phoned|phoning")
"""Verbs that reach a phone line: "call 999", and (review r18) "She dialled 999", "A neighbour rang 999",
"He called 999", "phoned 911"."""
_KNOWN_LINES = r"999|911|112|111|101|000|119|116|988"
"""The well-known emergency and help lines, the only numbers said digit by digit after a verb of phoning ("Call 999
in an emergency", "Call 119 to book"), unless what they count follows ("call 111 witnesses"); "Prosecutors called 150
to testify", "the army called 500 on Monday", "the charity phoned 300" are counts (review r19)."""
_LINE_ENDS = re.compile(
    r"\s*(?:[.,;:)!?]|$)|\s+(?:or|and|for|to|now|if|from|said|says|warned|urged|reported|confirmed|added|on|"
    r"immediately|instead)\b")
"""Where a number after "service" or "line" ends its clause, it is the line's number: "the service 112.", "112
said", "999 now or"; "The emergency service 112 says two people were injured" (review r18)."""
_HELP_NOUN = re.compile(r"(?i)(?:hotline|helpline|number|(?:emergency|help|crisis|advice)\s+(?:service|line))\s$")
"""Nouns that name a phone line, before any three-digit number: "the helpline 116", "the hotline 311 was flooded",
"emergency number 112", "the emergency line 119" (review r19); a bare "service" or "line" needs more ("line 400 kV",
"bus service 101 runs")."""
_NOT_A_COUNTER = (r"(?:this|its|his|hers|was|has|does|is|as|us|yes|plus|thus|versus|towards|across|besides|afterwards|"
                  r"always|sometimes|perhaps|unless|less|whereas|themselves|yourselves|ourselves|emergency)\b")
_PHONE_PARTICIPLE = (r"(?:giving|quoting|providing|reporting|asking|requesting|seeking|describing|explaining|saying|"
                     r"telling|citing|using|leaving|stating|claiming|alleging|complaining|begging|pleading|fearing|"
                     r"following|demanding|offering|warning|screaming|shouting|crying|sobbing)")
"""What a caller does while phoning, a participle with its object after a phone line: "call 999 giving details",
"He rang 999 reporting gunshots". Any other '-ing' word before a plural noun is an adjective of a count: "The union
called 999 striking workers back to work", "call 112 leading experts" (review r21)."""
_LY_ADJECTIVE = (r"(?:elderly|early|family|daily|weekly|monthly|yearly|nightly|friendly|lonely|likely|unlikely|"
                 r"deadly|costly|lovely|orderly|holy|ugly|burly|supply|rally|assembly|ally)\b")
"""Words in "-ly" that are no adverb of phoning: "The hospital called 112 family members", "Organisers called 111
early voters back", "112 elderly residents" are counts (review r21); "Call 999 immediately" is not."""
_NOT_AN_ADJECTIVE = (r"(?:about|during|regarding|concerning|with|without|despite|via|through|throughout|within|"
                     r"against|among|around|because|whether|where|whenever|rather|instead|including|like|near|"
                     r"outside|inside|amid|till|once|then|only|urgently|" + _PHONE_PARTICIPLE + r"|"
                     r"(?!" + _LY_ADJECTIVE + r")[a-z]+ly)\b")
"""What comes after a phone line and is no adjective of a count: a preposition or a participle, "Call 111 about
symptoms", "Call 999 during emergencies only", "call 111 regarding symptoms", "call 999 giving details", "call 101
with details" (review r19)."""
_COUNTED_AFTER = re.compile(
    r"\s+(?:(?!" + _FUNCTION_WORD + r"|" + _NOT_A_COUNTER + r"|" + _NOT_AN_ADJECTIVE + r")[a-z][\w-]*\s+)?"
    r"(?:(?!" + _NOT_A_COUNTER + r")[a-z]{2,}[^s'\s]s|[A-Z]{2,}s)\b")
"""What a number counts after it, a plural noun with perhaps an adjective before it: "call 111 expert witnesses",
"call 101 character witnesses", "call 112 MPs", "call 112 new witnesses" are counts (review r18), "call 999
unless", "call 911 with questions", "999 emergency services" are not."""
_NOT_A_LINE = re.compile(r"\s?(?:%|[A-Z]{2,4}\b|(?:" + "|".join(sorted(
    _COUNTED | {"people", "more", "years", "year", "days", "hours", "minutes", "times", "miles", "local", "of",
                "per", "percent", "points", "seats", "votes"})) + r")\b)")
"""A percentage, a unit or what is counted after the number: "call 100 people", "line 1200 GMT"."""
_BARE_PHONING = re.compile(r"(?i)(?:call|dial|ring|phone)\s$")
"""The bare verb, which asks someone to phone: "Call 211.", "Dial 311 now" (review r21)."""
_ASKED_BEFORE = re.compile(
    r"(?:^|[.!?:;,(\"]\s*|\b(?i:please|should|can|could|must|may|might|to|or|and|then|just|simply)\s+)$")
"""What makes the bare verb an imperative, modal or infinitive, not a present tense with its subject: a sentence
start ("Call 211."), "Residents should call 311", "Customers can dial 105", "urged people to call 311" (review r21);
"The campaign calls 200 for interviews", "the army called 500" have a subject."""
_INTENDED_BEFORE = re.compile(
    r"(?i)(?<!\byou )\b(?:(?:expect|plan|hope|intend|want|aim)(?:s|ed)?\s+to|planned\s+to|"
    r"(?:is|are|was|were|be)\s+(?:set|due)\s+to|will)\s+$")
"""A call someone means to make, no request to the reader: "Prosecutors expect to call 150, the court heard", "The
defence plans to call 120.", "Organisers hope to call 300 if the weather holds" are counts (review r23); a
well-known line or a leading zero is still a line ("He plans to call 999"), and so is what "you" mean to call."""
_LINE_USE = re.compile(r"\s+to\s+report\b(?!\s+(?:for|to|back)\b)")
"""What a phone line is called for, even after a verb of intending: "Anyone who wants to call 311 to report a pothole" (review r24)."""
_ASKED_LINE_ENDS = re.compile(r"\s*(?:[.,;:)!?]|$)|\s+(?:now|if|immediately|to\s+report)\b")
"""Where the number after an asked-for call ends its clause, it is a phone line: "Dial 311 now.", "Call 211.",
"should call 311 to report potholes", "Call 159 if you suspect fraud" (review r21); "call 120 witnesses" and
"Prosecutors will call 150 to testify" go on with what they count or do."""
_WHEN_AFTER = re.compile(r"\s+(?:seconds|minutes|hours|days|weeks)\s+(?:after|before|later|earlier|into|ago)\b")
""""He dialled 999 minutes after the attack": when he phoned, not how many minutes."""


def _help_line(m: re.Match[str]) -> str:
    """A number after "call", "dial", "service", "helpline" ... said digit by digit if it is a phone line:
    it has a leading zero or spaced groups ("0800 123 456"); after a verb of phoning it is a well-known line
    ("Call 999", not "called 150 to testify") or has four digits and ends its clause ("Call 1234 now"); after a
    noun that names a line it has three digits ("the hotline 311") or ends its clause; after "service" or "line" it
    ends its clause ("The emergency service 112 says"). "call 120 witnesses",
    "line 400 kV" are counts. A second well-known line after "or"/"and" is one too ("Call 999 or 112", review r18;
    "Call 101, or 999 in an emergency", review r23)."""
    cue, n, text = m.group("w"), m.group("n"), m.string
    phoning = re.fullmatch(_PHONING, cue.strip(), re.IGNORECASE) is not None
    asked = (_BARE_PHONING.fullmatch(cue) is not None and _ASKED_BEFORE.search(text, 0, m.start()) is not None
             and (_INTENDED_BEFORE.search(text, 0, m.start()) is None or len(n) == 3 and _LINE_USE.match(text, m.end("n")) is not None))
    named = _HELP_NOUN.search(text, 0, m.end("w")) is not None

    def is_line(number: str, after: int, known: bool) -> bool:
        rest = text[after:]
        if known and phoning and _WHEN_AFTER.match(rest):
            return True
        if _NOT_A_LINE.match(rest):
            return False
        if re.fullmatch(r"0[0-9]{2,4}", number) or " " in number:
            return True
        if (not phoning or len(number) > 3 and asked) and _LINE_ENDS.match(rest):
            return True  # "The emergency service 112 says"; "Call 1234 now" (a count that big has a comma)
        if asked and len(number) == 3 and _ASKED_LINE_ENDS.match(rest):
            return True  # "Dial 311 now."; not "The campaign phoned 5000, the party said"
        return (known and phoning or named and len(number) == 3) and not _COUNTED_AFTER.match(rest)

    if not is_line(n, m.end("n"), re.fullmatch(_KNOWN_LINES, n) is not None):
        return m.group(0)
    out = cue + ", ".join(_digits(g) for g in n.split())
    if m.group("n2"):
        n2 = m.group("n2")
        out += m.group("or") + (_digits(n2) if is_line(n2, m.end("n2"), True) else n2)
    return out


_NUMBER_SIGN = re.compile(r"(?<![\w'.])No(?:\.\s?|\s?)(?=[0-9])(?P<ten>10\b(?![.,]?[0-9]))?")
""""No." or a British "No" before a number: "the No 9 shirt", "world No 1", "No. 2", "No 10" (Downing Street)."""
_NO_VOTE = re.compile(r"\bYes\b[^.!?]*$")
"""A referendum's result, "Yes 45%, No 55%", "Yes 1,617,989 No 2,001,926": a "No" vote, not a number sign."""
_RANKED_NOUNS = (r"(?:seeds?|spots?|rankings?|positions?|players?|songs?|hits?|albums?|singles?|shirts?|picks?|"
                 r"sellers?|bestsellers?|contenders?|priorit(?:y|ies)|targets?|choices?|officials?|aides?|sources?|"
                 r"advisers?|advisors?|staffers?|insiders?|spokesm[ae]n)")
"""What a "No" number names ("the No 1 seed", "No 1 hits", "No 10 officials"): never a count after "No"."""
_NO_TEN_SHIRT = re.compile(r"(?i)\b(?:the|a|an|his|her|their|its|world|ranked|seeded|wears?|wearing|wore|Chanel)\s+$")
"""Before "No 10" only these make it a shirt, a ranking or a scent ("the No 10 shirt", "world No 10"); elsewhere it
is Downing Street, "Number Ten" ("No 10 said", "in No 10", "No 10's")."""
_NO_AS_A_WORD = re.compile(
    r"(?P<n>[0-9]+)(?:-year-olds?\b|\s+(?:times\b|(?P<one>(?:single\s+)?(?:person|man|woman|individual|thing))\b|"
    r"(?P<verb>are|were|have|had|of)\b|(?!" + _RANKED_NOUNS + r"\b)(?P<pl>[a-z]{2,}[^s'\s]s)\b))")
"""What follows "No" and a number when "No" is the determiner, "no": "No 2 days are the same", "No 1 person can fix
this", "No 10-year-old should", "Voters said No 3 times", "No 2 are alike" (review r22); "No 10" is Downing Street
before anything but an age or "times" ("No 10 officials"), and "No 1" only before a singular ("No 1 hits")."""


def _number_sign(m: re.Match[str]) -> str:
    before, after = m.string[: m.start()], m.string[m.end():]
    if _NO_VOTE.search(before[-200:]) or re.match(r"[0-9,.]*\s?(?:%|per ?cent\b|percent\b)", after):
        return m.group(0)
    word = _NO_AS_A_WORD.match(m.string, m.start() + 3)
    if m.group(0).startswith("No ") and word and not _NO_TEN_SHIRT.search(before) and (
            m.group("ten") and not (word.group("one") or word.group("verb") or word.group("pl"))
            or word.group("n") == "1" and not (word.group("verb") or word.group("pl"))
            or word.group("n") not in ("1", "10") and not word.group("one")):
        return m.group(0)  # "No 2 days": left for the numbers below, "No two days"
    if m.group("ten") and not _NO_TEN_SHIRT.search(before):
        return "Number Ten"
    return "number " + (m.group("ten") or "")


_PASSES: list[tuple[re.Pattern[str], object]] = []


def _p(pattern: str, repl: object, flags: int = 0) -> None:
    if callable(repl):
        repl = _spaced(repl)
    _PASSES.append((re.compile(pattern, flags), repl))


def _spaced(fn: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    """Words put in place of a figure get a space from letters glued to it ("to$5")."""

    def repl(m: re.Match[str]) -> str:
        out, text = fn(m), m.string
        if out and m.start() > 0 and text[m.start() - 1].isalnum() and out[0].isalnum():
            out = " " + out
        if out and m.end() < len(text) and text[m.end()].isalnum() and out[-1].isalnum():
            out += " "
        return out

    return repl


# Typography first: one apostrophe, one dash, no thin spaces inside numbers.
_p(r"[’‘]", "'")
_p(r"[“”]", '"')
_p(r"(?<=[0-9])[\u202f\u2009\u00a0](?=[0-9]{3}\b)", ",")
_p(r"[\u00a0\u2009\u202f]", " ")
_p(r"(?<=[0-9])\s?[–—]\s?(?=[$€£]?[0-9])", "-")
_p(r"\s(?:[–—]|--)\s|—", ", ")
_p(r"&", " and ")
# Rates of change: "0.3% m/m", "up 15% y/y", "YoY".
_p(r"(?<![\w/])(?:m/m|M/M|MoM|y/y|Y/Y|YoY|yoy|q/q|Q/Q|QoQ|qoq|w/w|W/W)(?![\w/])",
   lambda m: "{0} on {0}".format({"m": "month", "y": "year", "q": "quarter", "w": "week"}[m.group(0)[0].lower()]))
# Abbreviations that would otherwise end a sentence or be spelled.
_p(r"(?<![\w.])(" + "|".join(re.escape(k) for k in _ABBREVIATIONS) + r")(?=\s|$)",
   lambda m: _ABBREVIATIONS[m.group(1)])
# Aircraft models, digit by digit as the trade says them: "Boeing 737", "737 Max", "A320neo" (see _boeing, _airbus).
_p(_BOEING.pattern, _boeing)
_p(_AIRBUS.pattern, _airbus)
# Emergency and help lines: "the emergency service 112", "call 999", "dial 116 123", "emergency number 112" are
# said digit by digit (three digits or more: "line 5" stays a number; a bare "the number 270" is a number too);
# not a quantity, time or year ("call 100 people", "line 1200 GMT", "the service 2024 report"). See _help_line.
_p(r"\b(?P<w>(?i:" + _PHONING + r"|(?:(?:tele)?phone|emergency|contact|help)\s+number|service|line|hotline|helpline) )"
   r"(?!(?:19|20)[0-9]{2}\b(?! [0-9]))(?P<n>[0-9]{3,}(?: [0-9]{3,4})*)(?!\w|[.,%/:-]?[0-9])"
   r"(?:(?P<or>,?\s+(?:or|and)\s+)(?P<n2>" + _KNOWN_LINES + r")(?!\w|[.,%/:-]?[0-9]))?", _help_line)
_p(r"\bNo\.\s?(?P<id>[0-9]+(?:-[0-9]+)+)\b(?!-)", _case_number)  # "No. 20-315": a docket, not a range
_p(r"(?<![\w'.])Nos\.?\s?(?=[0-9])", "numbers ")  # "Nos. 1 and 2" (the fifth user review: "Nos. one and two")
_p(_NUMBER_SIGN.pattern, _number_sign)
_p(r"#(?=[0-9])", "number ")
# Hedged figures: "~3,000", "c. 1950", ">500", "3,000+".
_p(r"(?:(?<=\s)|^)(~|≈|≥|≤|>|<|±|\+/-|ca?\.)\s?(?=[$€£]?[0-9])",
   lambda m: _HEDGE_SYMBOLS[m.group(1)] + " ")
_p(r"(?<![\w.,])(" + _NUM + r")\+(?!\w)", lambda m: f"more than {m.group(1)}")
# Signs: "-70C", "(-9.1%)", "+0.6%".
_p(r"(?:(?<=[\s(\[/])|^)[-\u2212+](?=[$€£]?[0-9])", _signed)
_p(r"(?<=[$€£¥])(" + _NUM + r")T(?![\w'-])", r"\1 trillion")  # "$1.2T"; not "$5 T-shirts"
# Money: "$2,000 million", "€1bn", "£765m", "$61.50", "$2-3 billion", "US$5", "SKr2.1bn", "$3.25 to $231.40".
_p(r"(?P<sym>" + _CURRENCY_SIGN + r")\s?(?P<a>" + _NUM + r")"
   r"(?:\s?(?:-|to)\s?(?P<sym_b>" + _CURRENCY_SIGN + r")?(?P<b>" + _NUM + r"))?"
   r"(?:\s?(?P<scale>" + _SCALE_RE + r")\b)?", _money, re.IGNORECASE)
# A scale without a currency: "1.5bn people" (not K, M, B: a 4K TV, 3M the company, Apartment 3B),
# and K or M before people or things counted: "140K jobs", "10K troops", "1.5m people" (not a 10K race,
# a 10m wall, the 100m sprint: those stay for the units below, "m" being metres).
_p(r"(?<![\w.,-])(?P<n>" + _NUM + r")(?P<s>bn|mn|tn)\b(?![-'])", _scaled)


def _counted(letters: str, nouns: set[str]) -> str:
    """A number and a scale letter before what it counts ("140K jobs", "1.5m people", "3M people"); "3M shares" is the company's."""
    return (r"(?<![\w.,-])(?<![0-9] )(?!(?:401|403|457)[Kk]|3M\s+(?:shares|stock)\b)(?P<n>" + _NUM + r")(?P<s>[" + letters + r"])(?=\s+(?:new\s+|"
            r"more\s+|fewer\s+|extra\s+|additional\s+|U\.S\.\s+)?(?:" + "|".join(sorted(nouns)) + r")(?![\w'-]))")



_p(_counted("Kk", _COUNTED), _scaled)
_p(_counted("Mm", _COUNTED - _METRES_TOO), _scaled)
_p("".join(rf"(?<!\b{w} )" for w in ("the", "The", "and", "world", "World", "Olympic", "her", "his", "their")) + _counted("Mm", _METRES_TOO), _scaled)
# "Estimates of people affected differ: Reuters says some 1.5m; ...": compare's line names what it counts
# once, before the figures, so a bare "1.5m" there is millions too.
_p(r"(?<![\w.,-])(?P<n>" + _NUM + r")(?P<s>m)(?![\w/'-])",
   lambda m: _scaled(m) if _FIGURES_OF_COUNTED.search(m.string, 0, m.start()) else m.group(0))
# Stock tickers in brackets are for reading, not hearing: "Fastly (FSLY.N)", "(NYSE: GM)".
_p(r"\s?\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|OTC|TSE|HKEX)\s?:\s?[A-Z][A-Z0-9.]{0,7}|"
   r"[A-Z0-9]{1,6}\.(?:N|O|OQ|L|TO|T|HK|PA|DE|AS|AX|SS|SZ|KS|MI|MC|SW|ST|CO|OL|HE|BR|LS|F))"
   r"(?:,\s?[A-Z0-9]{1,6}\.[A-Z]{1,2})*\)", "")
# Percentages: "12%", "12 per cent", "3-5%".
_p(r"(?P<a>" + _NUM + r")(?:\s?(?:-|to)\s?(?P<b>" + _NUM + r"))?\s?(?:%|per ?cent\b)", _percent)
# Wire times: "at 1015 GMT", "0600 GMT" are said as "10:15", "06:00" are ("ten fifteen", "six o'clock",
# "fourteen hundred"), the zone spelled after them. A year can stand there too ("in 2015 local"), so only
# a time zone or "local time" makes four digits a time; and ET, CT, MT, PT only after a word that sets a
# time or a bracket ("at 0930 ET", "(1430 ET)"), a leading zero ("opens 0930 ET") or no word after the zone but a
# day ("Voting ends 2000 ET.", "2000 ET on Tuesday"): "1200 CT scans", "2000 MT of wheat", "the 2000 PT Cruiser".
_TIME_WORD = "|".join(f"(?<=\\b{w} )|(?<=\\b{w.capitalize()} )" for w in (
    "at", "by", "until", "till", "from", "to", "before", "after", "around", "about", "since", "between", "and"))
_p(r"(?<![\w.,:/-])(?:(?=[0-9]{4}(?:\s?(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|IST|JST|KST|SGT|HKT|AEST|AEDT|EST|"
   r"EDT|CST|CDT|MST|MDT|PST|PDT)\b|\s+local\s+time\b))|(?:" + _TIME_WORD + r"|(?<=\())(?=[0-9]{4}\s?(?:ET|CT|MT|PT)\b)"
   r"|(?=0[0-9]{3}\s?(?:ET|CT|MT|PT)\b)|(?=[0-9]{4}\s?(?:ET|CT|MT|PT)(?:\s*(?:[.,;:)!?]|$)|\s+(?:on|today|tonight|time|"
   + "|".join(WEEKDAYS) + r")\b)))"
   r"(?P<h>[01][0-9]|2[0-3])(?P<m>[0-5][0-9])(?P<after>)", _time)
# A dash between two percentages or amounts, each said with its word: "4.25%-4.5%", "€1bn-€2bn". Only the
# same word after the number makes it a range: "rose 3% - one of its steepest", "The yen - one of" are dashes.
_SAID_NUMBER = (r"(?:minus\s|plus\s)?(?:(?:" + "|".join(_ONES + _TENS[2:]) + r"|hundred|point|thousand|million|"
                r"billion|trillion|crore|lakh)[\s-]+)+")
_p(r"\b(?P<w>percent|" + "|".join(sorted({w.split()[-1] for c in _CURRENCY.values() for w in c[1::2] if w})) + r")"
   r"\s?[-–]\s?(?=" + _SAID_NUMBER + r"(?:[A-Z][a-z]+\s+){0,2}(?P=w)\b)", r"\g<w> to ")
# Dates: "Oct. 23", "October 24, 2024", "24 October 2024", "October 2024", "1950-1953".
_p(r"(?<=[0-9]{4}-[0-9]{2}-[0-9]{2})T(?=[0-9]{2}:[0-9]{2})", " at ")  # 2020-01-15T10:00
_p(r"(?<![0-9-])\b(?P<y>1[0-9]{3}|20[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?:\b|(?=T[0-9]))(?![-.][0-9])",
   _date_iso)
_p(r"(?<![\w/.-])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4}|[0-9]{2})(?![\w/.-])", _slash_date)
_p(r"\b(?P<month>" + _MONTH_RE + r")\s(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?\b(?!,[0-9]{3})"
   r"(?:,?\s(?P<year>1[0-9]{3}|20[0-9]{2})\b)?", _date_mdy)
_p(r"\b(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?\s(?P<month>" + _MONTH_RE + r")(?!\w)"  # not "world No 1 Jannik Sinner"
   r"(?:,?\s(?P<year>1[0-9]{3}|20[0-9]{2})\b)?", _date_dmy)
_p(r"\b(?P<month>" + _MONTH_RE + r")\s(?P<year>1[0-9]{3}|20[0-9]{2})\b", _month_year)
_p(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s[a-z0-9])", _month_alone)
_p(r"\b(?P<a>1[0-9]{3}|20[0-9]{2})\s?[-–/]\s?(?P<b>1[0-9]{3}|20[0-9]{2}|[0-9]{2})\b(?![-.,]?[0-9])",
   _year_range)
# Race and clock times with seconds: "in 2:03:45", "29:17.45", "10.49s" are durations; "at 10:30:15" a clock.
_p(r"(?<![\w.,:])(?:(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9](?:\.[0-9]+)?)"
   r"|(?P<m2>[0-9]{1,2}):(?P<s2>[0-5][0-9]\.[0-9]+))(?![\w:]|[.,][0-9])", _duration)
_p(r"(?<![\w.,])(?P<n>[0-9]+\.[0-9]+)s\b(?!['-])", lambda m: f"{decimal(m.group('n'))} seconds")
# Times: "7:30 p.m.", "7 p.m.", "6.30am" (British style), "14:00", "10.15 GMT"; "6am." ends the sentence
# once ("six a.m.", not "a.m..").
_p(r"\b(?P<h>[0-9]{1,2})(?:[:.](?P<m>[0-5][0-9]))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b\.?|[AP]M\b\.?)"
   r"(?P<after>\s+(?=[A-Z])|$)?", _time)
_p(r"\b(?P<h>[01]?[0-9]|2[0-3]):(?P<m>[0-5][0-9])\b(?!:)(?P<after>)", _time)
_p(r"(?<![\w.,])(?P<h>[01]?[0-9]|2[0-3])\.(?P<m>[0-5][0-9])(?=\s?(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET)\b"
   r"|\s+local\s+time\b)(?P<after>)", _time)
# Decades and ordinals: "the 1990s", "in their 20s", "11th", "40th".
_p(r"\b(?P<n>1[0-9]{2}0|20[0-9]0|[1-9]0)'?s\b", _decade)
_p(r"\b(?P<n>[0-9]{1,3}(?:,[0-9]{3})*|[0-9]+)(?:st|nd|rd|th)\b", _ordinal)
# Temperatures written without a degree sign: "-70C (-94F)", "a high of 40C" (see _temperature).
_p(r"(?<![\w.])(?P<n>" + _NUM + r")(?P<sp>\s?)(?P<u>[CF])\b(?![-'])", _temperature)
# "12 in. of rain", "6 ft. tall": the abbreviation's full stop, which may end the sentence too.
_p(r"(?<![\w.])(?P<n>" + _NUM + r")\s?(?P<u>in|ft)\.(?=\s|$)(?P<end>(?=\s+[A-Z\"]|\s*$))?", _inches_or_feet)
# Units: "60mm", "1.5 km", "90 km/h".
_p(r"(?<![\w.])(?P<n>" + _NUM + r")(?P<glue>\s?)(?P<u>"
   + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
   + r")(?![\w/])(?=(?P<next>\s+[a-z]+)?)",
   lambda m: _unit(m) if (m.group("glue") == "" or m.group("u") not in _GLUED_ONLY)
   else m.group(0))
# The Paris index is said as a word, before it looks like a model name ("CAC-40"); China's CAC is spelled.
_p(r"\bCAC[\s-]?(?=40\b)", "Cac ")
# Model names: "AK-12", "F-16", "T-72B", "Su-27", "KN-23".
_p(r"\b(?P<l>[A-Z]{1,4}|[A-Z][a-z][A-Z]?)-(?P<n>[0-9]{1,4})(?P<suffix>[A-Z]{0,2})(?P<pl>s?)\b", _model_name)
# Telephone numbers: "(202) 555-0123", "202-555-0123", digit by digit.
_p(r"(?<![\w-])(?:\([0-9]{3}\)\s?|[0-9]{3}[-.])[0-9]{3}[-.][0-9]{4}(?![-.]?[0-9])", _phone)
# Ranges: "3,000-10,000", "3,000 to 10,000" needs nothing.
_p(r"(?<![\w.,])(?P<a>" + _NUM + r")\s?[-–]\s?(?P<b>" + _NUM + r")(?![\w.,]?[0-9])", _range)
_p(r"\b9/11\b", "nine eleven")
_p(r"\b24/7\b", "twenty-four seven")
# Fractions: "1/2", "3/4".
_p(r"\b(?P<a>[0-9]{1,3})/(?P<b>[0-9]{1,3})\b", _fraction)
# Acronyms: "CSIS" -> "C.S.I.S.", "NATO" stays a word, "MPs" -> "M.P.'s".
_p(r"\bWW(?P<r>II|I)\b", lambda m: "World War " + ("Two" if m.group("r") == "II" else "One"))
_p(r"(?P<prev>\b[A-Za-z]+)\s+(?P<r>[IVX]{2,5})\b(?![\w'-])", _roman)
_p(r"\b(?P<w>[A-Z]{2,})(?![A-Z])(?P<tail>s\b|'s\b)?(?![a-z]|\.[A-Za-z0-9])", _acronym)
_p(r"(?<=[A-Za-z.])'S\b", "'s")  # a shouted possessive: "MOSCOW'S" -> "Moscow's", "UN'S" -> "U.N.'s"
# Version numbers and lists: "2.0.1", "1,2,3".
_p(r"\b[0-9]+(?:\.[0-9]+){2,}\b", lambda m: " point ".join(decimal(x) for x in m.group(0).split(".")))
_p(r"(?<=[0-9]),(?![0-9]{3}(?![0-9]))", ", ")
# What is left: plain numbers, including comma lists "1,2" and decimals; letters glued
# to them ("G7", "3D") are split off so the number is read as a number.
_p(r"(?<=[^\W0-9_])(?=[0-9])|(?<=[0-9])(?=[^\W0-9_])", " ")
_p(r"(?<![0-9])" + _NUM, _number)
_p(r"[0-9]+", lambda m: decimal(m.group(0)))


_DOUBLED_MARK = re.compile(r"\s*(?P<m>[,;:])(?:\s*,)+|(?<=[.!?;:])\s+,(?=\s|$)|\s*,\s*(?=[.!?;:](?:\s|$))")
"""A comma doubled by a dateline or an aside ("K.T.L.A.,, Firefighters", "said, , and", "ended. , Then", "it ,.")
is said as one mark; "U.S., and" keeps both."""


def for_speech(text: str) -> str:
    """Rewrite `text` so a speech engine reads it as a newsreader would.

    >>> for_speech("About 3,000 troops, costing $2,000 million, arrived on Oct. 23.")
    'About three thousand troops, costing two thousand million dollars, arrived on October twenty-third.'
    """
    for pattern, repl in _PASSES:
        text = pattern.sub(repl, text)  # type: ignore[arg-type]
    # Any digit still here would be read in some engine's own way: say it plainly.
    text = re.sub(r"[0-9]", lambda m: " " + _ONES[int(m.group(0))] + " ", text)
    text = _DOUBLED_MARK.sub(lambda m: m.group("m") or "", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


# ---------------------------------------------------------------------------
# The script: what the voice reads, chapter by chapter.


def _spoken_date(iso: str) -> str:
    try:
        d = _dt.date.fromisoformat(iso)
    except ValueError:
        return for_speech(iso)
    return f"{d.strftime('%A')}, {_said_date(d)}"


def _sentence(s: str) -> str:
    s = s.strip()
    return s if not s or s[-1] in ".!?:" else s + "."


_BULLET = re.compile(r"^\s*[*•-]\s+")
# "KYIV -- The deployment": a dateline, said as where the report comes from.
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z'.]+(?:[ ,-]+[A-Z][A-Z'.]+)*)\s*(?:--|—|–)\s*(?=[\"“‘]?[A-Z0-9$€£])")
_ASIDE = re.compile(r"\s*\(([^()]*)\)")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _asides(line: str) -> str:
    """Parentheses are silent: "3,000 (this month) and" is said "3,000, this month, and"."""
    line = _ASIDE.sub(lambda m: f", {m.group(1).strip()},", line)
    line = re.sub(r",\s*(?=[,.;:!?])", "", line)
    return re.sub(r"^,\s*", "", line)


class _Ear:
    """The written briefing's lines rewritten for a listener, attribution first.

    A written line ends with its attribution, "(Source 1; much the same in Source 5)";
    heard after a long sentence it is easy to miss, so it is said first. Bullets are not
    read ("asterisk"), parentheses become pauses, a dateline says where the report comes
    from, and a source heading whose headline is only the truncated first words of the
    sentence that follows ("Source 2: In an unexpected turn...") says just the label.
    """

    def __init__(self, briefing: "Briefing") -> None:
        from briefing.compose import source_labels

        self.sources = briefing.sources
        self.labels = source_labels([getattr(s, "outlet", "") or "" for s in self.sources])
        self.headlines_read: set[int] = set()
        known = "|".join(re.escape(label) for label in sorted(set(self.labels), key=len, reverse=True))
        self._attribution = re.compile(rf"\s*\((?P<who>(?:{known})\b[^()]*)\)\s*$") if known else None

    def _heading(self, line: str, following: str) -> str | None:
        """The spoken form of a "Label: headline." line, or None if `line` is not one."""
        for i, (label, src) in enumerate(zip(self.labels, self.sources)):
            title = (getattr(src, "title", "") or "").strip()
            if not title or line not in (f"{label}: {title}.", f"{label}: {title}"):
                continue
            cut = title.endswith("…")
            head = _words(title.rstrip("…"))
            if cut and _words(following)[: len(head)] == head:
                return f"{label}."  # the sentence that follows says it in full
            self.headlines_read.add(i)
            return _sentence(f"{label}: {title.rstrip(chr(0x2026)).rstrip()}")
        return None

    def lines(self, body: str) -> str:
        lines = [_BULLET.sub("", ln.strip()) for ln in body.splitlines()]
        lines = [ln for ln in lines if ln]
        out = []
        for i, line in enumerate(lines):
            heading = self._heading(line, lines[i + 1] if i + 1 < len(lines) else "")
            if heading is not None:
                out.append(heading)
                continue
            m = self._attribution.search(line) if self._attribution else None
            who = ""
            if m:
                who, line = m.group("who").replace(";", ", and"), line[: m.start()].rstrip()
            line = _asides(_DATELINE.sub(lambda d: f"From {d.group('place').rstrip(',').title()}: ", line))
            out.append(f"{who}: {line}" if who else line)
        return "\n\n".join(out)  # a blank line: espeak-ng pauses longer, between points

    def outro(self) -> str:
        """Every source by its label; then, in a sentence of its own, the headline of each source the
        listener has not heard it for and that has a real one (not the truncated first words of the
        article). Inside the list a headline would sound like more sources ("Source three, Helix Motors
        tops profit forecasts, lifts cash flow outlook and The Wall Street Journal")."""
        names, headlines = [], []
        for i, (label, src) in enumerate(zip(self.labels, self.sources)):
            names.append(label)
            title = (getattr(src, "title", "") or "").strip()
            outlet = label == (getattr(src, "outlet", "") or "")
            if not (outlet or i in self.headlines_read or not title or title.endswith("…")):
                headlines.append(f"{label} was headlined: {_sentence(title)}")
        if not names:
            return "This briefing named no sources."
        noun = "source" if len(names) == 1 else "sources"
        return " ".join([f"This briefing drew on {cardinal(len(names))} {noun}: {_sentence(join_names(names))}", *headlines])


def script(briefing: "Briefing", say: Callable[[str], str] = for_speech) -> list[tuple[str, str]]:
    """(chapter title, speech text) per section of `briefing`, in reading order.

    The first chapter is a spoken introduction (date and title), the last an outro
    naming the sources; each section's heading is read before its text, which is
    rewritten for the ear (see `_Ear`) and then by `say` (pass `str` to skip `for_speech`).
    """
    title = briefing.title.strip()
    intro = f"This is your briefing for {_spoken_date(briefing.date)}."
    ear = _Ear(briefing)
    if title and not title.startswith("Briefing for"):  # a day of several stories is titled by its date, said already
        whose = next((label for label, src in zip(ear.labels, ear.sources)
                      if (getattr(src, "title", "") or "").strip() == title and not title.endswith("…")), "")
        intro += f" The headline, from {whose}: {_sentence(title)}" if whose and len(ear.sources) > 1 else f" {_sentence(title)}"
    chapters = [("Introduction", say(intro))]
    sections = briefing.sections or (("", briefing.text),)
    for heading, text in sections:
        heading = heading.strip().lstrip("#").strip()
        body = ear.lines(text.strip())
        if not body:
            continue
        spoken = f"{_sentence(heading)}\n\n{body}" if heading else body
        chapters.append((heading or "Briefing", say(spoken)))
    chapters.append(("Sources", say(ear.outro() + " That is the end of the briefing.")))
    return chapters


def as_text(chapters: list[tuple[str, str]]) -> str:
    """The script as one plain text (saved as `briefing.speech.txt`)."""
    return "\n\n".join(f"[{title}]\n{text}" for title, text in chapters) + "\n"
