"""Whose an article is, read from its own text when no metadata says (part of stage 2, clean).

A user review: articles that plainly said "By Marco Aquino, Reuters" or opened "LIMA, March 12
(Reuters) -" were briefed as "Source 1". Two places name the publisher and nothing else: the outlet
in a wire dateline ("AREQUIPA, Peru (AP) —") and the last part of a byline ("By Guy Hedgecoe, BBC
News"). Everything else that names an outlet names someone else's work: a photo credit ("Photograph:
Jane Doe/Reuters" in the Guardian), a headline's suffix ("... - WSJ": whom it cites), the body
("according to Reuters"), a co-author agency ("By Olha Chepil and AFP |" heads an RFE/RL article), so
none of them is read. Where the two places disagree, the outlet stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from briefing.segment import dateline

OUTLETS: dict[str, str] = {
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "bbc": "BBC News", "bbc news": "BBC News",
    "cnn": "CNN", "cnn business": "CNN",
    "guardian": "The Guardian", "the guardian": "The Guardian",
    "new york times": "The New York Times", "the new york times": "The New York Times",
    "washington post": "The Washington Post", "the washington post": "The Washington Post",
    "wall street journal": "The Wall Street Journal", "the wall street journal": "The Wall Street Journal",
    "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
    "al jazeera": "Al Jazeera", "npr": "NPR", "nbc news": "NBC News", "cbs news": "CBS News", "abc news": "ABC News",
    "fox news": "Fox News", "sky news": "Sky News",
    "financial times": "Financial Times", "the financial times": "Financial Times",
    "independent": "The Independent", "the independent": "The Independent",
    "telegraph": "The Telegraph", "the telegraph": "The Telegraph", "the times": "The Times",
    "politico": "Politico", "axios": "Axios", "cnbc": "CNBC", "euronews": "Euronews", "dw": "DW", "deutsche welle": "DW",
    "france 24": "France 24", "xinhua": "Xinhua", "upi": "UPI", "usa today": "USA Today",
    "los angeles times": "Los Angeles Times", "the los angeles times": "Los Angeles Times",
    "the hill": "The Hill", "newsweek": "Newsweek", "dpa": "dpa", "wsj": "The Wall Street Journal",
    "kathimerini": "Kathimerini", "ekathimerini": "Kathimerini", "dagens industri": "Dagens Industri",
    "le monde": "Le Monde", "der spiegel": "Der Spiegel", "spiegel": "Der Spiegel", "el país": "El País", "el pais": "El País",
    "the economist": "The Economist", "times of india": "The Times of India",
    "the times of india": "The Times of India", "the irish times": "The Irish Times", "irish times": "The Irish Times",
    "cbc news": "CBC News", "cbc": "CBC News", "rte": "RTÉ", "rté": "RTÉ", "rfi": "RFI", "ansa": "ANSA",
    "efe": "EFE", "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap", "pa media": "PA", "press association": "PA",
}
"""Outlets a byline or dateline may name, by how they are written (lower case) to the name a briefing
gives them: "Associated Press" and "(AP)" are both "AP", "the Guardian" is "The Guardian". A byline
naming anything else ("Staff Writer", "Political Editor") names no outlet."""

SITES: dict[str, str] = {
    "reuters.com": "Reuters", "apnews.com": "AP", "afp.com": "AFP", "bbc.co.uk": "BBC News", "bbc.com": "BBC News",
    "cnn.com": "CNN", "edition.cnn.com": "CNN", "theguardian.com": "The Guardian", "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal", "bloomberg.com": "Bloomberg",
    "aljazeera.com": "Al Jazeera", "npr.org": "NPR", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News", "foxnews.com": "Fox News", "news.sky.com": "Sky News", "ft.com": "Financial Times",
    "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph", "thetimes.co.uk": "The Times",
    "politico.com": "Politico", "axios.com": "Axios", "cnbc.com": "CNBC", "euronews.com": "Euronews", "dw.com": "DW",
    "france24.com": "France 24", "xinhuanet.com": "Xinhua", "upi.com": "UPI", "usatoday.com": "USA Today",
    "latimes.com": "Los Angeles Times", "thehill.com": "The Hill", "newsweek.com": "Newsweek",
    "ekathimerini.com": "Kathimerini", "kathimerini.gr": "Kathimerini", "di.se": "Dagens Industri", "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel", "elpais.com": "El País", "economist.com": "The Economist", "irishtimes.com": "The Irish Times",
    "cbc.ca": "CBC News", "rte.ie": "RTÉ", "rfi.fr": "RFI", "ansa.it": "ANSA", "english.kyodonews.net": "Kyodo",
    "en.yna.co.kr": "Yonhap",
}
"""Known outlets' sites, for an article whose only outlet is the host it was fetched from ("www.reuters.com")."""

_BYLINE = re.compile(r"^(?i:by)\s+(?P<names>\S.*)$")
"""A byline and its names: "By Jane Doe, Reuters", "BY JANE DOE, ASSOCIATED PRESS"."""
_STAFF = re.compile(r"(?i)^(?:(?P<outlet>.+?)\s+)?(?:staff(?:\s+and\s+agencies)?|(?:(?:staff|business|political|politics|science|sports|medical|"
                    r"economics|chief|senior|investigative|diplomatic|legal|health)\s+)?(?:writers?|correspondents?|reporters?))$")
"""A wire's own byline: "Reuters staff", "Associated Press Writer", "AP Business Writer" (the outlet, its role after)."""
_UNMARKED = re.compile(r"^(?P<names>(?:[A-Z\u00C0-\u024F][\w.'’-]*\s+){1,3}[A-Z\u00C0-\u024F][\w.'’-]*"
                       r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,\s*[^,]{2,60})$")
"""A byline without "By", as the Guardian writes it: "Sam Jones in Madrid, The Guardian" (the ninth user review); its last
part must be a known outlet (see `byline_outlet`)."""
_REGION = re.compile(r"(?:[A-Z][\w'’-]*|and|of|the)(?:\s+(?:[A-Z][\w'’-]*|and|of|the))*")
"""A desk's region after the outlet: "North East and Cumbria"."""
_ROLE = re.compile(r"(?i)\b(?:correspondent|editor|reporter|writer|columnist|analyst)s?$")
"""A byline part that is a role: "Cost of living correspondent"."""
_PARTS = re.compile(r"\s*(?:[,|/•]|\s-\s|\s(?i:for)\s)\s*")
"""What separates a byline's names from its outlet: ", ", " | ", " / ", " • ", " - ", " for "."""
_FOR = re.compile(r"^(?i:for)\s+")
"""A freelancer's byline writes whose the article is after "for": "By Jane Doe, for The Guardian"."""
_BRACKETED = re.compile(r"\((?P<name>[^()]+)\)|\b(?P<bare>CNN)\b")
"""The outlet in a dateline: "(Reuters)", "(AP)", "(CNN Business)", and CNN's pages saved without the
brackets ("Athens, Greece CNN — ")."""
_CALL_SIGN = re.compile(r"^(?!WHO$|WFP$|WTO$|WEF$|WWF$|WHA$|WMO$|WIPO$)[KW][A-Z]{2,3}$")
"""A US station's call sign, its own dateline's outlet ("OJAI, Calif. (KTLA) — "), named as written (not an agency of
the UN's, "GENEVA (WHO) —", nor "WSJ", in OUTLETS)."""
_WIRE_ONLY = re.compile(r"^(?i:(?:the\s+)?(?:associated\s+press|reuters|afp|agence\s+france[- ]presse|ap|upi|dpa|xinhua))$")
"""A byline that is a wire agency alone ("By The Associated Press", "By Reuters"): the copy is the agency's."""


def canonical(name: str) -> str:
    """The name a briefing gives an outlet, however metadata wrote it: "Associated Press", "the
    associated press" and "www.apnews.com" are "AP" (as an inferred "(AP)" is), so one outlet is never
    two sources' labels; a name not in the table is kept as written."""
    key = " ".join(name.split()).lower().strip(" .")
    host = key.removeprefix("https://").removeprefix("http://").split("/")[0].removeprefix("www.")
    return OUTLETS.get(key) or SITES.get(host) or name.strip()


def file_outlet(path: str) -> str:
    """The known outlet a file is named after, "" if none: "bbc.txt", "guardian.txt", "aljazeera.txt", "nytimes.txt",
    "reuters_day1.txt" (pages pasted from the BBC or the Guardian name no outlet in their bylines: the sixteenth blind set).
    `clean` asks it last, and only when the article's bylines and dateline name no outlet at all (see `named_outlets`)."""
    stem = re.sub(r"[\s_-]+", " ", PurePath(path).stem.lower()).strip()
    stem = re.sub(r"\s+(?:day\s*)?\d{1,3}$", "", stem)  # "reuters day1", "bbc 2"
    key = stem.replace(" ", "")
    return (OUTLETS.get(stem) or _SQUEEZED.get(key) or
            next((SITES[key + tld] for tld in (".com", ".co.uk", ".org", ".net") if key + tld in SITES), ""))


_SQUEEZED = {k.replace(" ", ""): v for k, v in OUTLETS.items()}
"""The outlets by their names without spaces, as files are named: "aljazeera", "lemonde"."""


def infer(bylines: Iterable[str], text: str) -> str:
    """The outlet the article's bylines and its first paragraph's dateline agree on ("" when they
    name none, or two: a byline's outlet is the writer's, a dateline's the copy's; which is whose
    article we cannot tell). `bylines` are the lines `clean` removed at the top of the article."""
    found = named_outlets(bylines, text)
    return found.pop() if len(found) == 1 else ""


def named_outlets(bylines: Iterable[str], text: str) -> set[str]:
    """The outlets the article's bylines and its first paragraph's dateline name (see `infer`)."""
    return {o for o in (*map(byline_outlet, bylines), dateline_outlet(text)) if o}


MAX_BYLINE = 200
"""Characters; a longer line is no byline (and the role pattern would take quadratic time over a run of spaces)."""


def byline_outlet(line: str) -> str:
    """The outlet a byline ends with: "By Jane Doe and John Roe, AP" is "AP", "By Jane Doe | Reuters"
    "Reuters". Not a role ("By Jane Doe, Staff Writer"), not an agency joined by "and" ("By Olha Chepil
    and AFP |": a co-author's copy), not a byline naming two outlets ("By Jane Doe, CNN, and John
    Roe, Reuters": a joint report)."""
    line = line.strip().strip("*_").strip()
    if len(line) > MAX_BYLINE:
        return ""
    if _HOST.fullmatch(line) and (site := SITES.get(line.lower().removeprefix("www."))):
        return site  # "ekathimerini.com" on a line of its own under the headline (the seventh user review)
    staff = _STAFF.match(line)
    if staff and staff["outlet"] and (named := _outlet_named(staff["outlet"])) and not _BYLINE.match(line):
        return named  # "Reuters staff"
    m = _byline_names(line)
    if not m:
        return ""
    parts = _parts(m["names"])
    if len(parts) > 2 and not _only_outlet(parts[-1]) and _only_outlet(parts[-2]) and _REGION.fullmatch(parts[-1]):
        parts = parts[:-1]  # "By Priya Nandra, BBC News, North East and Cumbria": the outlet, then its region
    if len(parts) == 1:  # "By Jane Doe": a name, no outlet; "By Reuters", "By The Associated Press": the agency's
        if _WIRE_ONLY.match(parts[0]):
            return OUTLETS.get(parts[0].lower(), "")
        return _outlet_named(parts[0]) if _only_outlet(parts[0]) else _named_last(parts[0])  # ("By Al Jazeera Staff")
    # (not "By Jane Doe | The Times of Israel", an outlet we do not know, nor "By Midnight, Fox News Had Called Arizona", a
    # headline: the thirty-sixth review)
    outlet = _outlet_named(parts[-1]) if _only_outlet(parts[-1]) else ""
    if any(_outlet_named(p) not in ("", outlet) for p in parts[:-1]):
        return ""
    return outlet


_NAME_WORD = re.compile(r"^(?:[A-Z\u00C0-\u024F][\w.'’-]*|and|&|de|da|del|van|von|der|al|el|bin|ibn|le|la|du|dos|di)$")
"""A word of a person's name in a byline: capitalised ("Jane", "O'Neil", "Álvarez"), or a joining or
family particle ("and", "van", "al")."""


def byline(line: str) -> str:
    """The outlet a line names if the line is a byline and nothing else: "By Jane Doe, dpa", "By Jane Doe |
    France 24", "Reuters staff" ("" otherwise). Stricter than `byline_outlet` (which reads lines that are
    already known to be bylines): before the outlet only people's names, so a sentence ("By Tuesday, 3,000
    people had left, Reuters said") is never taken for one."""
    line = line.strip().strip("*_").strip()  # (Markdown's "*By Jane Doe, dpa*")
    edition = _EDITION.search(line)
    if edition and all(w in _DESK_WORDS for w in edition["words"].lower().split()):
        line = line[:edition.start()]  # "By Eva Sjöberg, Dagens Industri (English edition)"
    if len(line) > 120 or re.search(r"[.?!:;\"”’')\]]$", line) and not line.endswith(("Jr.", "Sr.")):
        return ""
    outlet = byline_outlet(line)
    if not outlet:
        return ""
    m = _byline_names(line)
    if not m:  # "Reuters staff", "AP Business Writer": the whole line is the outlet and a role
        return outlet
    people = [re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", p) for p in _parts(m["names"])
              if not _only_outlet(p) and not _REGION.fullmatch(p) and not _ROLE.search(p)]  # ("Sam Jones in Madrid")
    if not all(w.strip(",") and _NAME_WORD.match(w) for p in people for w in p.split()):
        return ""  # (the outlet, its region and a role aside: "By Kevin Peachey, Cost of living correspondent, BBC News")
    return outlet


_HOST = re.compile(r"(?i)(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
"""A line that is only a site's host name."""
_EDITION = re.compile(r"\s*\((?P<words>[^()]{1,40})\)$")
"""A bracketed desk or edition at a byline's end."""


def _byline_names(line: str) -> re.Match[str] | None:
    """The byline's names and outlet ("By ..." or, as the Guardian writes it, without "By"), or None."""
    return _BYLINE.match(line) or _UNMARKED.match(line)


def _parts(names: str) -> list[str]:
    """A byline's names and its outlet, split at its separators, "for" dropped ("Jane Doe, for The Guardian")."""
    return [_FOR.sub("", p.strip(" .")) for p in _PARTS.split(names) if p.strip(" .")]


_DESK_WORDS = {"news", "politics", "business", "verify", "world", "sport", "sports", "health", "science", "tech",
               "technology", "money", "markets", "staff", "writer", "writers", "reporter", "reporters", "correspondent",
               "correspondents", "international", "home", "and", "legal", "affairs", "editor", "editors", "chief", "senior",
               "deputy", "political", "economics", "economic", "diplomatic", "security", "defence", "defense", "environment",
               "climate", "education", "transport", "foreign", "global", "energy", "media", "culture", "arts", "crime",
               "justice", "royal", "digital", "data", "investigations", "investigative", "special", "analyst", "bureau",
               "online", "english", "edition", "europe", "asia", "africa", "americas", "middle", "east", "latin", "america"}
"""Words of a desk or a role after an outlet's name in a byline ("BBC News home and legal correspondent", "Dagens Industri
(English edition)": the seventh user review)."""


def _only_outlet(part: str) -> bool:
    """The part is a known outlet, with at most a desk or role after it ("Reuters", "CNN Politics", "AP Business Writer"),
    nothing more ("Fox News Had Called Arizona", "The Times of Israel")."""
    words = re.sub(r"[()]", " ", part.strip(" .")).lower().split()
    n = _known(words)
    return n > 0 and all(w in _DESK_WORDS for w in words[n:])


def _known(words: list[str]) -> int:
    """How many of `words` (lower case) the longest known outlet they begin with takes (0: none)."""
    return next((n for n in range(len(words), 0, -1) if " ".join(words[:n]) in OUTLETS), 0)


def _outlet_named(part: str) -> str:
    """The outlet a byline's last part names: "Reuters", "the Guardian", "CNN Politics" and "BBC Verify" (a known outlet
    and its desk), "Associated Press Writer" and "Reuters Staff" (a known outlet and a role)."""
    part = part.strip(" .")
    staff = _STAFF.match(part)
    if staff and staff["outlet"]:
        part = staff["outlet"]
    words = part.lower().split()
    n = _known(words)  # the longest known outlet the part begins with
    return OUTLETS[" ".join(words[:n])] if n else ""


def _named_last(names: str) -> str:
    """A byline without separators that ends with an outlet of two words or more: "By JANE DOE ASSOCIATED PRESS"."""
    words = names.lower().split()
    for n in range(min(4, len(words) - 2), 1, -1):
        if " ".join(words[-n:]) in OUTLETS:
            return OUTLETS[" ".join(words[-n:])]
    return ""


def dateline_outlet(text: str) -> str:
    """The outlet in the dateline that opens `text`: "LIMA, March 12 (Reuters) -" is "Reuters",
    "New York CNN —" "CNN", "OJAI, Calif. (KTLA) —" "KTLA"; "" without a dateline or an outlet in it."""
    for first in [p.strip() for p in text.split("\n") if p.strip()][:2]:  # (a standfirst may come before the lead)
        found = first[:dateline(first)]
        m = _BRACKETED.search(found)
        if m:
            name = (m["name"] or m["bare"]).strip()
            return OUTLETS.get(name.lower(), name if _CALL_SIGN.match(name) else "")
    return ""
