"""Stage 3, segment: split an article body into sentences with character spans.

A rule-based splitter that knows news abbreviations: "U.S.", "Oct. 23", "Dr.", "Lt. Gen.",
initials ("James J. Park") and decimals are not sentence ends, nor is a full stop inside a
quotation that closes later in the paragraph. Lines are paragraphs; a short line without a full
stop is a subheading and is not a sentence. A dateline opening a paragraph ("KYIV --",
"WASHINGTON (AP) —"), or its second sentence after a standfirst, is a place label, not part of the
sentence: the sentence's span starts after it; so is a section label ("Why it matters: ", "The big
picture: "), and a line that is only a label is no sentence.
"""

from __future__ import annotations

import re

from briefing.records import Article, Document, Sentence

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "gov", "sen",
    "rep", "pres", "st", "mt", "ft", "jr", "sr", "rev", "hon", "no", "nos", "vs", "v", "etc", "e.g", "i.e", "approx",
    "inc", "ltd", "co", "corp", "dept", "univ", "est", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "a.m", "p.m",
}
# Multi-dot abbreviations whose last dot rarely ends a sentence ("U.S. officials", "U.N. resolution").
_DOTTED = re.compile(r"(?:\b[A-Za-z]\.){2,}$")

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9]")

MAX_SENTENCE = 1500
"""Characters; a longer "sentence" is a run-on block (a 1 MB line with no full stop), not prose."""

QUOTE_SPAN = 500
"""Characters a sentence may grow to while a quotation keeps it open; a longer quotation is split
at its own sentence ends (else a quoted speech would become one over-long "sentence" and be lost)."""

TERMINAL = re.compile(r"[.!?…:][\"'”’)\]]*\s*$")

_AGENCY = r"\((?:AP|AFP|Reuters|CNN(?: Business)?|UPI|dpa|Xinhua|Bloomberg)\)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_OUTLET = r"\([A-Z][A-Za-z0-9&.]{1,15}(?: [A-Z][A-Za-z]+)?\)"
"""Any outlet in brackets after a place in capitals: "OJAI, Calif. (KTLA) — " (a station's own dateline)."""
DATELINE = re.compile(
    rf"(?:(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, (?!{_MONTH} \d)[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)"
    rf"(?:, {_MONTH} \d{{1,2}})?(?: {_AGENCY}| {_OUTLET})?"
    rf"|{_MONTH} \d{{1,2}} {_AGENCY}"
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:, (?!{_MONTH} \d)[A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:, {_MONTH} \d{{1,2}})? (?:{_AGENCY}|CNN)"
    rf"|{_AGENCY})(?:\s*(?:--|[—–])\s*|\s+-\s+)(?=[\"“‘]?[A-Z0-9])"
    rf"|{_AGENCY}\s*(?=[A-Z])"
)
"""A place in capitals, an agency or both, then a dash: "KYIV -- ", "ROSWELL, Ga. — ",
"New York (CNN) -- ", "(CNN)", "NEW YORK, Dec 1 (Reuters) - " (Reuters puts the day after the place),
"Dhaka, June 18 (Reuters) - ", "Athens, Greece CNN — " (CNN's pages, saved), "Nov 3 (Reuters) - " (no place),
"OJAI, Calif. (KTLA) — " (a station's own; the third user review: both were quoted and read aloud).
See `dateline` for a headline in capitals before " - ". A mixed-case place counts only with an agency ("President
Trump — who ..." is prose), and a plain hyphen only with spaces round it ("COVID-19",
"US-China" are words)."""


_LABELS = (
    "why it matters|the big picture|big picture|driving the news|between the lines|yes,? but|(?:the )?bottom line|"
    "what'?s next|what’s next|go deeper|what (?:they're|they’re) saying|"
    "what we're watching|what we’re watching|what to watch|by the numbers|the backstory|flashback|zoom in|zoom out|"
    "reality check|state of play|where it stands|the other side|of note|be smart|our thought bubble|the intrigue|"
    "catch up quick|worth noting|the latest|the details|details|context|threat level|what it means|key quotes?|"
    "the catch"
)
_SECTIONS = ("TECH|TECHNOLOGY|POLITICS|BUSINESS|MARKETS|MONEY|WORLD|NATION|HEALTH|SCIENCE|SPORTS|ENTERTAINMENT|"
             "ECONOMY|CORONAVIRUS|BREAKING|EXCLUSIVE")
LABEL = re.compile(rf"(?i:{_LABELS}):(?:\s+(?=\S)|\s*$)")
"""A section label opening a sentence: Axios's "Why it matters: ", "The big picture: ", "Yes, but: "."""
SECTION = re.compile(rf"(?P<section>{_SECTIONS})\s+(?=[\"“‘']?(?P<next>[A-Z][a-z’']+))")
"""A section name in capitals before the headline it heads, where the headline's first word repeats
it ("TECH Tech’s big five lost ..."): only then, since "WORLD Health Organization", "SPORTS
Illustrated" and "HEALTH Secretary Xavier Becerra" are names."""


def label(text: str, headline: bool = False) -> int:
    """Length of the section label `text` starts with (0 if none); a `headline` may also start with a
    section name in capitals (see SECTION)."""
    m = LABEL.match(text)
    if m:
        return m.end()
    m = SECTION.match(text) if headline else None
    return m.end() if m and m["next"].lower().startswith(m["section"].lower()) else 0


def dateline(text: str) -> int:
    """Length of the dateline `text` starts with (0 if none). A place of five capital words or more
    before a plain " - " (no agency, no ", State") is a headline in capitals ("NORTH KOREA SENDS
    NON-ELITE TROOPS TO AID RUSSIA IN UKRAINE - WSJ"), not a dateline ("ABOARD THE USS ABRAHAM LINCOLN (AP) —" is)."""
    m = DATELINE.match(text)
    if not m:
        return 0
    found = m.group()
    plain = re.search(r"\s-\s*$", found) and "(" not in found and "," not in found
    return 0 if plain and len(found.split()) > 5 else m.end()


_PLACE_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z.]+(?: [A-Z][a-z]+)?)?\s*(?:--|[—–])\s*"
                             r"(?=[A-Z][a-z]*\s[^—–.]*?(?:\.|$))(?![^.]*?(?:--|[—–]))")
"""A dateline in mixed case with no agency, "Lisbon — The Democratic Alliance won ..." or "Portland, Maine — " (the fifth
user review: quoted with its "Lisbon —"). Read only where the article's text begins (further on, "President Trump —
The ..." is prose), before a capital word and a sentence with no second dash ("Thousands — 14,000 by official count —
fled", "Apple — The world's most valuable company — reported" are prose: the thirty-sixth review)."""


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Whether `end` falls inside a quotation opened after `start` that closes later in `text`."""
    before, after = text[start:end], text[end:]
    if before.count("“") > before.count("”") and "”" in after:
        return True
    return before.count('"') % 2 == 1 and '"' in after


def _is_heading(line: str) -> bool:
    return not TERMINAL.search(line) and len(line.split()) < 16


ITEM = re.compile(r"(?:[-*•‣▪◦]|[0-9]{1,2}[.)])\s+(?=\S)")
"""A list item's marker: "- ", "* ", "• ", "1. ", "2) "."""
_LINKS = re.compile(
    r"(?i)^(?:related|read (?:more|next|also)|more (?:on|from|about|stories|news|coverage|top stories)|see also|also read|"
    r"most (?:read|popular|viewed|shared)|recommended|you (?:may|might) also|top stories|editor'?s'? picks|"
    r"in other news|catch up|don'?t miss|further reading|other stories|sign up|subscribe|advertisement|in this (?:article|story))\b")
"""A lead-in whose list is links, however long: "Related stories", "Read more of our coverage of the flooding:"."""
_OWN_LIST = re.compile(r"(?i)\b(?:include|includes|included|including|were|are|was|is|show|shows|showed|have\s+been)"
                       r"(?:\s+(?:the\s+following|as\s+follows|in\s+order))?\s*:$|\bas\s+follows\s*:$|\b(?:(?:survey|poll|study|census)\s+of|surveyed|polled|asked|interviewed|"
                       r"questioned)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?\d")
"""A lead-in's own verb just before its colon, or the people a survey asked, makes its list the
article's, whatever word opens it ("Related charges ... include:", "Most popular destinations were:",
"More from the survey of 2,000 voters:"); a date or a verb inside it does not ("Read more of our
coverage of the 2024 floods:", "Related stories that are trending:")."""
_NOT_CONTENT = re.compile(r"(?i)^(?:more|trending|popular|latest|watch|listen|share|follow|newsletter|tags|topics|contents|"
                          r"elsewhere|today'?s|explore|discover)\b")
"""A short heading whose list is links ("More", "Trending", "Elsewhere on the BBC"); a sentence that
starts so ("More than 40 countries have pledged aid, including:") introduces the article's own list."""
_CONTENT = re.compile(
    r"(?i)^(?:by the numbers|the numbers|in numbers|key (?:facts|points|figures|takeaways|details|findings|dates)|"
    r"(?:the )?(?:main|key) points|(?:the )?facts|fast facts|quick facts|at a glance|what we know|what to know|"
    r"what we don'?t know|takeaways|highlights|timeline|the details|details|summary|the latest|key developments|"
    r"latest figures|the figures)(?:\s+so\s+far)?\s*:?$")
"""A subheading whose list is the article's own facts: "By the numbers", "Key facts", "What we know"."""


def _lead_in(line: str) -> bool:
    """Whether the list after `line` is the article's own: `line` ends with a colon ("Officials said
    three things:", "By the numbers:") or is a facts subheading ("Key facts"), and is not a links
    list's heading ("Related stories", "In other news", "Catch up on our earlier coverage:")."""
    text = line.strip().strip("#*_ ")
    links = (_LINKS.match(text) and not _OWN_LIST.search(text)) or (len(text.split()) <= 6 and _NOT_CONTENT.match(text))
    return (text.endswith(":") or bool(_CONTENT.match(text))) and not links


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if not _NEXT_START.match(text, end) or (end - start < QUOTE_SPAN and _inside_quote(text, start, end)):
            continue
        before = text[start:m.start() + 1]
        word = re.search(r"(\S+)$", before)
        token = word.group(1) if word else ""
        bare = token.rstrip(".").lstrip("\"'“‘(").lower()
        closed = m.group() != m.group().rstrip("\"'”’)]")  # 'said "no." Then': a quote closes the sentence
        if m.group() == "." and not closed:
            if bare == "no" and not re.match(r"\s+\d", text[end:]):
                pass  # "no." is "number" only before a digit
            elif bare in ABBREVIATIONS or _DOTTED.search(token.lstrip("\"'“‘(")):
                # "U.S. officials" continues; "in the U.S. The" would be a real end, but a
                # capitalised word after U.S. is far more often a name ("U.S. Secretary").
                continue
            if re.fullmatch(r"[A-Z]", token.rstrip(".")):  # an initial: "James J. Park"
                continue
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def segment(article: Article) -> Document:
    """The article's body as sentences; subheadings are left out."""
    sentences: list[Sentence] = []
    offset = 0
    paragraph = 0
    listed = False  # inside a list the article introduced ("By the numbers:" then "- 3,000 displaced")
    for line in article.text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        item = ITEM.match(stripped)
        lead = len(line) - len(line.lstrip())
        if item:  # the marker is no part of the sentence; an item of 4+ words in such a list is one
            lead += item.end()
            stripped = stripped[item.end():]
            short = len(stripped.split()) < 4
            if _is_heading(stripped) and (short or not listed):
                paragraph += 1
                continue
        else:
            listed = _lead_in(stripped)
            if _is_heading(stripped):
                paragraph += 1
                continue
        opening = not sentences  # the article's first paragraph of text
        place = _PLACE_DATELINE.match(stripped) if opening else None
        head = dateline(stripped) or (place.end() if place else 0)  # before splitting: "OJAI, Calif. (KTLA) — " would split at "Calif." (the twenty-second review)
        dated = head > 0
        for k, (s, e) in enumerate((max(s, head), e) for s, e in split_sentences(stripped) if e > head):
            if (k == 0 or (k == 1 and opening)) and not dated:
                # A dateline opens a paragraph, or the first paragraph's second sentence where a copy ran
                # the standfirst into the body ("... since World War II. WASHINGTON — President Biden will
                # propose"); one a paragraph, so a later "WASHINGTON -- " or "NATO — The alliance" is prose.
                cut = dateline(stripped[s:e])
                s += cut
                dated = cut > 0
            s += label(stripped[s:e])  # "Why it matters: The deal ..." quotes "The deal ..."
            text = stripped[s:e].strip()
            if text and len(text) <= MAX_SENTENCE:
                a = line_start + lead + s
                sentences.append(Sentence(text=text, start=a, end=a + len(text), index=len(sentences), paragraph=paragraph))
        paragraph += 1
    return Document(article=article, sentences=tuple(sentences))
