"""Fixed facts that sources give differently: a named person's age, the year something was founded or opened.

`compare` lines up quantities that can change (tolls, crowds, prices); ages and years are read by `figures` but never
compared as quantities, so "Mayor Lidia Farnel, 58," in one report and "Lidia Farnel, 61," in another, or "Korvath,
founded in 1921" and "Korvath Steel, founded in 1912", went unsaid, though such a fact cannot change between two reports
of one story. Here each is tied to whom or what it describes, strictly (a full name, or a surname alone for which its own
article gives one full name and no kinship word stands before it; the subject of "founded in", one only where one
subject's words are all the other's), and said only where two sources give one subject different values and neither
gives it two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Mapping, NamedTuple, Sequence

from briefing.records import CITE, Discrepancy, Figure
from briefing.words import join_names

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "mayor", "president", "minister", "chief",
           "captain", "general", "judge", "governor", "senator", "professor", "father", "sister", "brother", "rev", "st",
           "executive", "officer", "chairman", "chairwoman", "chair", "director", "secretary", "spokesman", "spokeswoman",
           "spokesperson", "head", "leader", "founder", "manager", "coach", "commissioner", "chancellor", "premier",
           "ambassador", "inspector", "superintendent", "sheriff", "deputy", "vice", "prime", "officials", "official"}
_NOT_NAMES = {"the", "a", "an", "his", "her", "their", "its", "and", "but", "in", "on", "at", "said", "says", "by", "for",
              "of", "to", "with", "from", "as", "when", "while", "after", "before", "among", "including"}
_NAME_BEFORE = re.compile(rf"(?:^|(?<=[\s(“\"']))(?P<name>(?:{_WORD}\.?\s+){{0,3}}{_WORD}),\s*$")
"""The name an age follows between commas: "Mayor Lidia Farnel, [58]," "For Ms. Vesk, [52],"."""
_NAME_BEFORE_NOUN = re.compile(rf"(?:^|(?<=[\s(“\"']))(?P<name>(?:{_WORD}\.?\s+){{0,3}}{_WORD}),\s+(?:the|a|an|{_WORD}['’]s)\s+"
                               rf"(?:(?!of\b)[\w'’-]+\s+){{0,3}}?$")
"""...or that a noun with the age follows: "Dario Menesco, the federation's [52-year-old] leader", "Ingrid Solvang,
Carvenergi's [54-year-old] chief executive" (not "Kofi Mensah, the father of a [9-year-old] boy": his son's age)."""
_NAME_AFTER = re.compile(rf"^-year-old\s+(?P<name>(?:{_WORD}\s+){{0,3}}{_WORD})(?=\s*[,.;:)]|\s+(?:who|was|is|had|has|"
                         rf"said|says|told|died|and)\b)")
"""...or that follows the age: "[15]-year-old Elin Maro,", "[46]-year-old Dorian Mwale and" (not "a [46]-year-old Carvenergi
lineworker": a name there only qualifies a noun)."""


def _name(f: Figure) -> tuple[str, ...]:
    """The person whose age `f` is, as words ("Lidia", "Farnel"), titles left out; () when the age names no one."""
    at = f.at
    digits = re.match(r"\d+", f.text)
    if at < 0 or not digits:
        return ()
    before, after = f.sentence[:at], f.sentence[at + digits.end():]
    described = re.search(r"(?i)\b(?:a|an|one|another)\s+$", before)  # "a 34-year-old South African": who, not a name
    m = (None if described else _NAME_AFTER.match(after)) or (None if f.text.endswith("old") else _NAME_BEFORE.search(before)) \
        or _NAME_BEFORE_NOUN.search(before)
    if not m:
        return ()
    words: list[str] = []
    for w in reversed([w.rstrip(".") for w in m.group("name").split()]):  # the name ends the run: "Carvenergi CEO Ingrid
        if w.lower() in _TITLES or w.lower() in _NOT_NAMES or w.isupper() and len(w) > 1:  # Solvang", "Mayor Lidia Farnel"
            break
        words.insert(0, w)
    return tuple(words)


_FOUNDED = re.compile(r"(?i)\b(?P<verb>founded|established|opened|built|completed|inaugurated)\s+in\s+$")
_OPENED = {"opened", "built", "completed", "inaugurated"}
_SUBJECT = re.compile(rf"(?P<subject>(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)"
                      rf"(?:,(?:[^,]{{0,60}},)?\s+(?:which\s+|that\s+)?(?:was\s+|were\s+|is\s+)?|\s+(?:was|were)\s+)$")
"""What a year's "founded in" is said of: "Korvath, [founded in]", "The stadium, which [opened in]", "The plant was [built
in]", "Ostpark Stadium, home to soccer club Halvik FC, [opened in]"."""
_GENERIC = {"the", "its", "their", "a", "an", "which", "that", "company", "firm", "group"}


class _Founding(NamedTuple):
    kind: str
    """"founded" (a company, a party) or "opened" (a building: opened, built, completed, inaugurated)."""
    verb: str
    """As written, lower case."""
    subject: str
    """What it is said of, as written: "Korvath Steel", "The stadium"."""
    words: frozenset[str]
    """The subject's words that name it ("korvath", "steel"): see `_one_subject`."""


_SAID = re.compile(r"(?i)^.*\b(?:said|says|told|added|reported|announced|noted|stated|claimed|confirmed)\s+(?:that\s+)?")
_ANOTHER = {"second", "third", "another", "other", "new", "old", "older", "newer", "former", "rival", "first", "sister",
            "neighbouring", "neighboring", "nearby", "original"}
"""Words that make a subject another one of its kind: "a second bridge" is not "the bridge"."""


def _founding(f: Figure) -> _Founding | None:
    """What a year of founding or opening is said of, else None."""
    at = f.at
    m = _FOUNDED.search(f.sentence, max(0, at - 30), at) if at >= 0 else None
    s = _SUBJECT.search(f.sentence[:m.start()]) if m else None
    if not m or not s:
        return None
    subject = _SAID.sub("", s.group("subject"))  # "Police said the bridge, which opened in": the bridge
    words = frozenset(w.lower() for w in re.findall(r"[\w'’-]+", subject)) - _GENERIC
    verb = m.group("verb").lower()
    return _Founding("opened" if verb in _OPENED else "founded", verb, subject, words) if words else None


def _one_subject(x: _Founding, y: _Founding) -> bool:
    """Whether two subjects are one: the words of one are all the other's ("Korvath" and "Korvath Steel", "The stadium" and
    "Ostpark Stadium"), and the other's extra words do not make it another of its kind ("Korvath Steel" is not "Tarvis
    Steel", nor "the new terminal" "the old terminal", nor "a second bridge" "the bridge")."""
    if x.kind != y.kind or not (x.words <= y.words or y.words <= x.words):
        return False
    return not (x.words ^ y.words) & _ANOTHER


def _parts(said: dict[str, str]) -> list[str]:
    """"a says 57", "b, c and d say 58": each value once, with its sources, in the order of the values (`said`: source ->
    value as the statement gives it, a year or an age, digits last)."""
    by_value: dict[str, list[str]] = defaultdict(list)
    for src, value in sorted(said.items()):
        by_value[value].append(f"{CITE}{src}{CITE}")
    out = []
    for value, srcs in sorted(by_value.items(), key=lambda kv: int(re.findall(r"\d+", kv[0])[-1])):
        out.append(f"{join_names(srcs)} {'says' if len(srcs) == 1 else 'say'} {value}")
    return out


def _discrepancy(quantity: str, figs: list[Figure], parts: list[str]) -> Discrepancy:
    cited = f"Figures for {quantity} differ: {'; '.join(parts)}."
    return Discrepancy(quantity=quantity, kind="competing", figures=tuple(sorted(figs, key=lambda f: (f.source, f.start))),
                       statement=cited.replace(CITE, ""), cited=cited)


_KIN = re.compile(r"(?i)\b(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|grand(?:father|mother|"
                  r"son|daughter)|parents?|widow(?:er)?|nephew|niece|relatives?|partner|fianc[ée]e?)\b")


def _full_names(text: str, surname: str) -> set[str]:
    """The full names with `surname` that `text` gives ("elena varossa"), titles and roles aside."""
    found = set()
    for m in re.finditer(rf"\b({_WORD})\s+{re.escape(surname)}\b", text):
        if m.group(1).lower() not in _TITLES | _NOT_NAMES and not m.group(1).isupper():
            found.add(f"{m.group(1)} {surname}".lower())
    return found


def _ages(figures: Sequence[Figure], texts: Mapping[str, str]) -> list[Discrepancy]:
    ages = [f for f in figures if f.kind == "age" and f.low is None and re.fullmatch(r"\d{1,3}(?:-year-old)?", f.text)]
    named = [(f, n) for f in ages if (n := _name(f))]  # (not "in their 70s", "aged 5 to 11", "a 3-month-old")
    full = defaultdict(set)  # surname -> the full names that have it
    for _, n in named:
        if len(n) >= 2:
            full[n[-1].lower()].add(" ".join(n).lower())
    people: dict[str, list[Figure]] = defaultdict(list)
    shown: dict[str, str] = {}
    for f, n in named:
        key = " ".join(n).lower()
        if len(n) == 1:  # "Ms. Vesk", "Varossa, 52, told reporters": the one full name with that surname its own article
            if _KIN.search(f.sentence[:max(f.at, 0)][-40:]):  # gives ("Health Minister Elena Varossa said on Friday")
                continue  # "His father, Mr. Mwale, 52," is not Joseph Mwale
            mine = _full_names(texts.get(f.source, f.sentence), n[0])
            if len(mine) != 1 or next(iter(mine)) not in full[key]:
                continue
            key = mine.pop()
        people[key].append(f)
        if len(n) >= 2:
            shown.setdefault(key, " ".join(n))
    out = []
    for key, figs in people.items():
        by_source: dict[str, set[float]] = defaultdict(set)
        for f in figs:
            by_source[f.source].add(f.value)
        if len(by_source) < 2 or any(len(v) > 1 for v in by_source.values()) or len({f.value for f in figs}) < 2:
            continue  # (a source that gives one person two ages says nothing certain)
        parts = _parts({src: f"{int(min(vals))}" for src, vals in by_source.items()})
        out.append(_discrepancy(f"the age of {shown.get(key, key)}", figs, parts))
    return out


def _years(figures: Sequence[Figure]) -> list[Discrepancy]:
    found = [(f, _founding(f)) for f in figures if f.kind == "year"]
    facts = [(f, x) for f, x in found if x]
    out = []
    for f, x in facts:
        alike = [(g, y) for g, y in facts if _one_subject(x, y)]
        sources = {g.source for g, _ in alike}
        if f is not min((g for g, _ in alike), key=lambda g: (g.source, g.start)) or len(sources) < 2:
            continue  # (each group once, from its first figure)
        if any(len({g.value for g, _ in alike if g.source == s}) > 1 for s in sources):
            continue  # a source with two such years: two subjects, or none certain
        if len({g.value for g, _ in alike}) < 2 or _built_then_opened(alike):
            continue
        verbs = {y.verb for _, y in alike}
        parts = _parts({g.source: f"{y.verb} in {g.text}" if len(verbs) > 1 else g.text for g, y in alike})
        what = "was founded" if x.kind == "founded" else "opened or was built" if len(verbs) > 1 else \
            "opened" if verbs == {"opened"} else f"was {x.verb}"
        named = [y.subject for _, y in alike if not re.match(r"(?i)(?:the|its|their)\s", y.subject)]
        subject = max(named, key=lambda t: (len(t.split()), t)) if named else x.subject  # the fullest name
        subject = subject[0].lower() + subject[1:] if re.match(r"(?:The|Its|Their)\s", subject) else subject
        out.append(_discrepancy(f"when {subject} {what}", [g for g, _ in alike], parts))
    return out


def _built_then_opened(alike: list[tuple[Figure, _Founding]]) -> bool:
    """A building built one year and opened or completed up to three years later: two facts that fit, not a difference."""
    built = {g.value for g, y in alike if y.verb == "built"}
    opened = {g.value for g, y in alike if y.verb != "built"}
    return len(built) == 1 and len(opened) == 1 and 0 < min(opened) - min(built) <= 3


def differing_facts(figures: Sequence[Figure], texts: Mapping[str, str] | None = None) -> list[Discrepancy]:
    """Fixed facts that sources give differently: a named person's age, the year something was founded or opened. `texts`,
    each source's article by its id, tells whom a surname alone names ("Varossa, 52,"): the one full name with that surname
    its article gives (without it, the sentence must)."""
    return _ages(figures, texts or {}) + _years(figures)
