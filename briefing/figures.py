"""Stage 5, figures: every number in each article, with the sentence it came from. (First version.)"""

from __future__ import annotations

import re

from briefing.records import Document, Figure

_NUM = re.compile(
    r"(?P<hedge>\b(?:about|around|approximately|at least|more than|over|up to|as high as|nearly|some)\s+)?"
    r"(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<scale>\s+(?:million|billion|thousand))?"
)
_SCALE = {" million": 1e6, " billion": 1e9, " thousand": 1e3}
_COUNTED = re.compile(r"\s+((?:[A-Z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def _kind(sentence: str, m: re.Match[str], value: float) -> str:
    after = sentence[m.end():m.end() + 3]
    if m.group("cur"):
        return "money"
    if after.startswith(("mm", "th", "st", "nd", "rd", "-")) or sentence[max(0, m.start() - 1):m.start()] == "-":
        return "label"
    if re.fullmatch(r"(19|20)\d\d", m.group("num")):
        return "year"
    if re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December)\s+$", sentence[:m.start()]):
        return "date"
    return "count"


def extract(doc: Document) -> list[Figure]:
    figures: list[Figure] = []
    for s in doc.sentences:
        for m in _NUM.finditer(s.text):
            value = float(m.group("num").replace(",", "")) * _SCALE.get(m.group("scale") or "", 1)
            counted = _COUNTED.match(s.text, m.end())
            figures.append(Figure(
                source=doc.id, value=value, text=m.group().strip(), sentence=s.text,
                start=s.start + m.start(), end=s.start + m.end(), kind=_kind(s.text, m, value),
                unit={"$": "USD", "€": "EUR", "£": "GBP"}.get(m.group("cur") or "", ""),
                hedge=(m.group("hedge") or "").strip().lower(),
                counted=counted.group(1) if counted else "",
            ))
    return figures
