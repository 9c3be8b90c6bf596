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
    "the hill": "The Hill", "newsweek": "Newsweek", "dpa": "dpa",
}
"""Outlets a byline or dateline may name, by how they are written (lower case) to the name a briefing
gives them: "Associated Press" and "(AP)" are both "AP", "the Guardian" is "The Guardian". A byline
naming anything else ("Staff Writer", "Political Editor") names no outlet."""

_BYLINE = re.compile(r"^(?i:by)\s+(?P<names>\S.*)$")
"""A byline and its names: "By Jane Doe, Reuters", "BY JANE DOE, ASSOCIATED PRESS"."""
_PARTS = re.compile(r"\s*[,|/]\s*")
"""What separates a byline's names from its outlet: ", ", " | ", " / "."""
_FOR = re.compile(r"^(?i:for)\s+")
"""A freelancer's byline writes whose the article is after "for": "By Jane Doe, for The Guardian"."""
_BRACKETED = re.compile(r"\((?P<name>[^()]+)\)|\b(?P<bare>CNN)\b")
"""The outlet in a dateline: "(Reuters)", "(AP)", "(CNN Business)", and CNN's pages saved without the
brackets ("Athens, Greece CNN — ")."""
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}$")
"""A US station's call sign, its own dateline's outlet ("OJAI, Calif. (KTLA) — "), named as written."""


def infer(bylines: Iterable[str], text: str) -> str:
    """The outlet the article's bylines and its first paragraph's dateline agree on ("" when they
    name none, or two: a byline's outlet is the writer's, a dateline's the copy's; which is whose
    article we cannot tell). `bylines` are the lines `clean` removed at the top of the article."""
    found = {o for o in (*map(byline_outlet, bylines), dateline_outlet(text)) if o}
    return found.pop() if len(found) == 1 else ""


def byline_outlet(line: str) -> str:
    """The outlet a byline ends with: "By Jane Doe and John Roe, AP" is "AP", "By Jane Doe | Reuters"
    "Reuters". Not a role ("By Jane Doe, Staff Writer"), not an agency joined by "and" ("By Olha Chepil
    and AFP |": a co-author's copy), not a byline naming two outlets ("By Jane Doe, CNN, and John
    Roe, Reuters": a joint report)."""
    m = _BYLINE.match(line.strip())
    if not m:
        return ""
    parts = [p.strip(" .") for p in _PARTS.split(m["names"])]
    parts = [_FOR.sub("", p).lower() for p in parts if p]
    if len(parts) < 2:  # "By Jane Doe": a name, no outlet
        return ""
    outlet = OUTLETS.get(parts[-1], "")
    if any(OUTLETS.get(p, outlet) != outlet for p in parts[:-1]):
        return ""
    return outlet


def dateline_outlet(text: str) -> str:
    """The outlet in the dateline that opens `text`: "LIMA, March 12 (Reuters) -" is "Reuters",
    "New York CNN —" "CNN", "OJAI, Calif. (KTLA) —" "KTLA"; "" without a dateline or an outlet in it."""
    first = text.lstrip().split("\n", 1)[0]
    found = first[:dateline(first)]
    m = _BRACKETED.search(found)
    if not m:
        return ""
    name = (m["name"] or m["bare"]).strip()
    return OUTLETS.get(name.lower(), name if _CALL_SIGN.match(name) else "")
