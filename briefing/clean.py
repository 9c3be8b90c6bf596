"""Stage 2, clean: drop page furniture that is not the article.

Web copies of news carry a weather line and a date above the headline, section labels,
bylines, captions, promotions, wire credits and "Most Popular Articles" blocks below; copies
forwarded by email carry mail headers above. None of it belongs in a briefing; a date line still dates the
article when nothing else does (see DATE_LINE).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re

from briefing.outlets import byline, file_outlet, infer, named_outlets
from briefing.records import Article
from briefing.segment import ITEM, dateline, label, split_sentences
from briefing.words import MONTH, MONTHS, WEEKDAYS

_MONTHS = "|".join(MONTHS)
_DAYS = "|".join(WEEKDAYS)

_NAME = r"(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|de|van|von|der|da|del|la|le|al|bin)"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,3}}"
_ROLE = r"(?:\s+(?:correspondent|reporter|writer|editor|staff|contributor|and|of|the|for|at|in))*"
_AGENCY = r"(?:Reuters|REUTERS|AP|AFP|Getty Images|EPA|Bloomberg|Shutterstock|Alamy)"
_CREDITS = r"(?i:(additional )?reporting|writing|editing)"
_SHORT = r".{0,200}$"
"""The rest of a furniture line that starts with its pattern: a headline, a name, a promise; no paragraph."""
_HOLDER = r"[A-Z][\w.&'’-]*(\s+([A-Z][\w.&'’-]*|of|and|&|the|for))*"
"""A rights holder or credited name, in capitals as names are: "Reuters", "The Associated Press", "Getty Images"."""
_CREDIT_LABEL = r"^(?i:photos?|photographs?|images?|pictures?|video|credits?|photo credit|image credit)\s*:\s*"
"""What opens a credit line: "Photo: ", "Image credit: "."""
_CREDITED = rf"(?:{_AGENCY}|Getty|NASA|PA|iStock|dpa|Anadolu|Xinhua|SIPA|ZUMA|Redux)"
"""An agency or archive that photos and wire copy are credited to."""
_CREDIT_NAMES = r"[A-Z][\w.'’&-]*([\s/|,]+(via\s+|and\s+|for\s+)?[A-Z][\w.'’&-]*){0,%d}$"
"""The names in a credit, capitalised and joined by spaces, "/", "|", ",", "via", "and" or "for":
"Jane Doe/Reuters", "Sean Smith for The Guardian", "Jane Doe, Staff"; %d is how many may follow the first."""
_HEADLINE_VERB = r"(?i:Is|Are|Was|Were|Must|Will|Can|Could|Should|Would|Has|Have|Had|Gets?|Says?|Wins?)"
_BYLINE = (rf"(?:By|BY)\s+(?!(?:{_DAYS}|{_MONTHS}|Then|Now|Design|Law|Far|Contrast|Comparison|Default|Chance|Any)\b)"
           rf"(?![^,]*,\s*\S+(?:\s+[^\s,]+)*?\s+(?<![\s,]and\s)(?<!&\s){_HEADLINE_VERB}\b)"
           rf"{_NAMES}((\s*[,|/•]\s*(and\s+|for\s+)?|\s+and\s+|\s*&\s*)(the\s+)?{_NAMES}{_ROLE}){{0,4}}\s*\|?$")
"""A byline with its outlet or more names, in capitals as names are: "By Jane Doe, Reuters", "By Jane
Doe and John Roe, AP", "By Jane Doe | Reuters", "By Jane Doe, the Guardian", "By Jane Doe, CNN, and
John Roe, Reuters", "BY JANE DOE, ASSOCIATED PRESS", "By Jane Doe / Reuters", "By Jane Doe, for The
Guardian", "By José Álvarez, Reuters". Not "By Tuesday, 3,000 people had left.", nor a headline with a verb in the words
after its first comma ("By Midnight, Senate Must Act"); the first of those words, or one after "and",
is a name ("By Jane Doe, Will Smith and John Roe, AP", "By Ece Toksabay and Can Sezer, Reuters")."""
_RIGHTS = (r"(?i:all rights reserved|(material|content) may not be (published|broadcast|rewritten|redistributed|reproduced)|"
           r"without (prior )?(written )?permission|to see more,? visit|click for restrictions|"
           r"not responsible for the content of external)")
"""What a rights footer says after its holder, in whole phrases: "All rights reserved.", "This material
may not be published ...", "To see more, visit ...", "Click For Restrictions", "The BBC is not
responsible for the content of external sites." (not the bare words of a statute: "(c) Limitation.
Funds may not be used ...", "... need permission to train on books")."""

_WD = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?,?"
_TIME = r"(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:,?\s*\(?(?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d{2})?)\)?)?"
_ON = r"[\s,|·•@-]*(?:at\s+|on\s+)?"
DATE_LINE = re.compile(
    rf"^(?P<label>(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\s*:?\s*)?"
    rf"(?:{_TIME}{_ON})?(?:{_WD}\s+)?(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}(?=[A-Z]))?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})|"
    rf"(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})|"
    rf"(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})|(?P<a4>\d{{1,2}})[/.](?P<b4>\d{{1,2}})[/.](?P<y4>\d{{4}}))"
    rf"(?:{_ON}{_TIME})?\.?(?:[\s,|·•-]*(?:last\s+)?(?:updated|modified)\b.{{0,60}})?$", re.I)
"""A line that is only a date, with a label, a weekday and a time if any: "Tue 11 Mar 2025 18.32 GMT" (the Guardian),
"March 11, 2025 4:05 PM GMT" (Reuters), "Published 11 March 2025", "Last updated: Mar 11, 2025, 04:05 PM ET", "Updated
5:02 PM EDT, Tue March 11, 2025", "2025-03-11", "11/03/2025 18:32", "Published March 11, 2025 Updated March 12, 2025, 9:14
a.m. ET" (the New York Times'), "March 11, 20254:05 PM GMTUpdated 2 hours ago" (Reuters', pasted). Furniture wherever
it stands, and the article's date when it stands at the page's head and nothing else dates it (see `published_on`,
`_dated`): pasted as the headline, "Tue 11 Mar 2025 18.32 GMT" was quoted as one."""


def published_on(line: str) -> tuple[str, bool]:
    """The date a date line gives (YYYY-MM-DD, see DATE_LINE; "" if none or if "03/04/2025" could be either day first or
    month first), and whether it is an update's ("Updated ...")."""
    m = DATE_LINE.match(line.strip())
    if not m:
        return "", False
    updated = bool(m.group("label")) and bool(re.search(r"(?i)updated|modified", m.group("label")))
    if m.group("y4"):
        a, b = int(m.group("a4")), int(m.group("b4"))
        if a <= 12 and b <= 12 and a != b:
            return "", updated  # ("03/04/2025": the 3rd of April in London, March 4 in New York)
        day, month = (a, b) if a > 12 or a == b else (b, a)
        year = int(m.group("y4"))
    elif m.group("y3"):
        year, month, day = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    else:
        name = (m.group("m1") or m.group("m2")).rstrip(".").lower()
        month = next(i for i, full in enumerate(MONTHS, 1) if full.lower().startswith(name[:3]))
        day, year = int(m.group("d1") or m.group("d2")), int(m.group("y1") or m.group("y2"))
    try:
        return _dt.date(year, month, day).isoformat(), updated
    except ValueError:
        return "", updated


FURNITURE = [
    DATE_LINE,  # "Tue 11 Mar 2025 18.32 GMT"
    re.compile(r"^-?\d+(\.\d+)?\s*°?\s*[CF]$"),  # weather: "1.2 C"
    re.compile(r"^(?:by|By|BY)\s+(?!(?:the|then|now)\b)[A-Z][\w.'’-]*(\s+[\w.'’&-]+){0,8}(?<![a-z]\.)\s*\|?$"),  # byline
    re.compile(r"^(check out (our )?other (content|tags):?|most popular( articles)?|read more:?|related( articles)?:?|"
               r"share this( article)?|subscribe( now)?|sign up for our newsletter.*|share|comments)$", re.I),
    # A page's buttons and links, pasted with its text: "Link Copied!", "Gift this article", "Listen · 5:32 min", "Reuse
    # this content", "Most viewed", "Add as preferred on Google", "2 hours ago", "Copy Link copied", "Translate", "Unlock
    # the Editor's Digest for free".
    re.compile(r"^(link copied!?|copy link( copied!?)?|translate|unlock the editor['’]s digest( for free)?|gift (this )?article|save( this)?( article)?|listen( to this article)?"
               r"(\s*[·|:-]?\s*\d{1,2}(:\d{2})?\s*min(ute)?s?)?|reuse this content|most (viewed|read)|"
               r"explore more on (these|this) topics?|add as (a )?preferred( source)? on google|"
               r"(updated\s+)?\d{1,2}\s+(min(ute)?s?|hours?|hrs?|days?)\s+ago)$", re.I),
    re.compile(r"^(updated|published|posted)\b.{0,60}$", re.I),
    re.compile(r"^(staff and agencies|([A-Z][\w.'’&-]*\s+){0,5}staff (writer|reporter|correspondent)s?)$", re.I),  # a byline's second line
    re.compile(r"^\d{1,3}[\s-]*min(ute)?s?\.?\s+read$", re.I),  # "5 min read"
    re.compile(r"^(advertisement(\s*[-–—:|·]\s*.{0,40})?|(story continues below|scroll to continue)\b.{0,40})$", re.I),
    # Links to other stories: "Read more: Valeria's governor faces questions" ("Related charges were filed" is prose).
    re.compile(rf"^(read more|related( articles| stories| coverage)?|see also|also read|more on this( story)?)\s*:{_SHORT}", re.I),
    # A share bar: "Facebook Twitter LinkedIn Email", "Share: Facebook | X | WhatsApp".
    re.compile(r"^((share|follow)( on| us)?:?\s*)?((facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|pinterest|print|"
               r"copy link|messenger|telegram|bluesky|threads)[\s,|·•]*){2,}$", re.I),
    re.compile(rf"^our standards:{_SHORT}", re.I),  # Reuters: "Our Standards: The Thomson Reuters Trust Principles."
    # Rights: "© 2024 Reuters.", "(c) 2024 AP", "Copyright 2024 The Associated Press. All rights reserved."
    # (not "Copyright lawsuits ...", "Copyright 2024 was a record year ...", nor "(c) No funds ..." in a statute)
    re.compile(rf"^(©\s*([Cc]opyright\s*)?|\([cC]\)\s*|([Cc]opyright|COPYRIGHT)\s*(©\s*|\([cC]\)\s*|(?=\d{{4}})))"
               rf"(\d{{4}}(\s*[-–]\s*\d{{4}})?,?\s*)?(by\s+)?{_HOLDER}(,?\s+(Inc|LLC|Ltd|plc)\.?)?(,?\s+\d{{4}})?"
               rf"(\.(\s(?=(?:\S+\s+){{0,3}}?{_RIGHTS}).{{0,300}})?)?$"),
    # ("Copyright 2024 The Associated Press. All rights reserved. This material may not be ..."; not
    # "(c) Funding. The Secretary shall provide $300 million ...", "Copyright Office. The office said ...")
    re.compile(rf"^this (article|story) (was )?(originally|first) (published|appeared)\b{_SHORT}", re.I),
    re.compile(r"^.{0,200}\ball rights reserved\.?$", re.I),
    # A mail program's signature: "Sent from my iPhone", "Get Outlook for iOS".
    re.compile(r"^(sent from (my (iphone|ipad|android|mobile|phone|smartphone|galaxy|samsung|blackberry|huawei|pixel)|"
               r"yahoo mail|mail for windows|outlook)\b.{0,30}|get outlook for (ios|android))$", re.I),
]
CREDITS = [
    re.compile(rf"^(?=.*[\s,|&]{_AGENCY}\s*\|?$){_BYLINE}"),  # "By Jane Doe, Reuters"
    # A credit to an agency, at its end or after "/" or "via", or an archive before "/": "Photo: Getty
    # Images", "Image: John Smith/Reuters", "Credit: Jane Doe/AP Photo", "Image: NASA/JPL-Caltech" (not
    # "Video: AP Explains Gaza Ceasefire", "Video: NASA Launches Artemis Rocket": headlines).
    re.compile(rf"{_CREDIT_LABEL}(?=.*(?:(?:/|\bvia\s+){_CREDITED}\b|(?:(?<=:)\s*|(?<=:\s)|[|,]\s*|\s(?:for|and)\s+){_CREDITED}(\s+(Photos?|Images|Pictures))?$|\b{_CREDITED}/))"
               + _CREDIT_NAMES % 7),  # "Photo: Jane Doe/The Washington Post via Getty Images"
    # A photo credit in two plain names: "Photo: Jane Doe", "Credit: Jane Doe" (not "Credit: Moody's Downgrades").
    re.compile(rf"^(?i:photo|photograph|image|credit|photo credit|image credit)\s*:\s*(?!.*['’]s\b)[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*$"),
]
"""A byline ending in a wire agency, a credit to an agency, or a photo credit in two names: furniture
above the headline, whatever comes under it, and below it."""
LIKELY_CREDITS = [
    re.compile(rf"^{_BYLINE}"),  # "By Jane Doe, CNN", "By Kim Bellware and Will Englund, The Washington Post"
]
"""A byline: furniture below the headline, and above it where the next line is no paragraph (a
headline, full stop or not: "By Jane Doe, CNN" over "Republicans vote to acquit Trump on impeachment
charge."). Over a lead paragraph the line is the headline: "By Land and Sea, Migrants Flee Sudan",
"By Popular Demand, McDonald's Brings Back McRib"."""
MAYBE_CREDITS = [
    # Any other credit: "Photograph: Sean Smith for The Guardian", "Photo: Jane Doe | The Times", "Video: CNN".
    re.compile(r"^(?i:photo|photograph|image|credits?|photo credit|image credit)\s*:\s*" + _CREDIT_NAMES % 5),
    re.compile(r"^(?i:photos|photographs|images|pictures?|video)\s*:\s*" + _CREDIT_NAMES % 2),
]
"""A credit in names that may be a headline: furniture below the headline, and above it only where a
headline (no full stop, or Title Case) follows ("Video: Biden Signs Infrastructure Bill", "Credit: Moody's
Downgrades Ukraine", "Video: Israel/Gaza War Latest" over the article's first paragraph are its headline)."""
_REPORTED = (r"(?i:(?!.*\b(?:our|your|newsletters?|inbox|e-?mails?)\b)"
             r".*\b(?:has|have|had|was|were|is|are|rose|fell|reached|lagged|jumped|doubled|increased|dropped|grew|slowed|surged|"
             r"climbed|stood|topped)\b"  # what sign-ups did: "Sign up to free flu jabs has been slow", "... rose 12% last year"
             r"|.*,\s+(?:the\s+|a\s+)?(?:(?!(?:that|which|who|we|you|it)\b)[\w'’-]+\s+){0,5}?(?:said|says|say|urged|urges|told|tells|warned|warns|advised|advises|"
             r"asked|asks|added|adds|reminded|reminds|encouraged|encourages|according)\b)")
"""A line that reports someone's advice (", the Environment Agency warned residents"), or says what sign-ups did with no
"our", "your", "newsletter", "inbox" or "email" in it ("Sign up to free flu jabs has been slow, doctors say", "Sign up for
free school meals rose to 2.1 million pupils"), is prose, not a promotion (the eighteenth and nineteenth reviews: "Sign up
to our free daily newsletter for the best stories you may have missed" and "Sign up to receive email alerts when prices
have dropped" are promotions; so is "..., the newsletter that says what others won't", whose verb is no one's advice)."""

BELOW = [
    # Captions and credits: "Photo: ...", "Image: ...", "Video: ..." (see also CAPTION), and a short
    # "Credit: John Smith/Reuters" ("Credit: Moody's cut the outlook ..." is a finance column's prose).
    re.compile(rf"^(photo|photograph|picture|image|video|illustration|caption)s?( credit)?\s*:{_SHORT}", re.I),
    re.compile(rf"^(?i:photo |image )?(?i:credits?)\s*:\s*{_HOLDER}(\s*[/|,]\s*(via\s+)?{_HOLDER}|\s+via\s+{_HOLDER})*$"),
    # Promotion: "Sign up now.", "Sign up for our newsletter", "Get the latest headlines delivered to your
    # inbox", "Click here to subscribe ..." (not "Sign up for the draft has been slow").
    re.compile(rf"^(sign up (now|here|today)\b|sign up[.!]?$|(click|tap) here\b){_SHORT}", re.I),
    re.compile(rf"^sign up (for|to)\b(?!{_REPORTED}).{{0,80}}\b(newsletters?|inbox|e-?mails?|alerts|briefing|digest|updates|free)\b.{{0,200}}$", re.I),
    # ("Sign up to the Front Page newsletter for free: Your essential guide to the day's agenda from The Telegraph - direct to
    # your inbox seven days a week.": the seventh user review)
    # "Sign up to This is Europe: ...": a title, then a colon (not "Sign up to receive emergency alerts ..., officials urged")
    re.compile(rf"^(?i:sign up to)\s+[A-Z][^:]{{0,60}}:(?!{_REPORTED}).{{0,120}}$"),
    re.compile(r"^before it['’]s here, it['’]s on the bloomberg terminal\.?$", re.I),  # Bloomberg's promotion
    re.compile(rf"^get (the|our)\b.{{0,80}}\b(inbox|newsletters?|e-?mails?|alerts)\b{_SHORT}", re.I),
    # A paywall: "Get unlimited access to The Herald for $2 a month. Cancel anytime.", "Subscribe to our
    # newsletter for $1 a week." (not "Subscribers to the plan pay $2 a month", "Access to the site was cut").
    re.compile(r"^(get|enjoy|unlock|try|start)\s+(unlimited|full|digital|premium|all-access)\s+(digital\s+)?(access|subscription)\b.{0,200}$", re.I),
    re.compile(r"^subscribe (now|today|here|to continue|to keep reading|to read|to (our|the) (newsletter|digital|print|premium)\b).{0,200}$", re.I),
    re.compile(r"^(subscribe|sign up|become a (subscriber|member|supporter))\b.{0,80}\b(for (just |only |as little as )?[$€£]\s?\d|"
               r"from (just |only |as little as )?[$€£]\s?\d[\d.,]*(?!\d|[\d.,]*\s*(to|-|–|and)\s*[$€£]?\d)).{0,120}$", re.I),
    # ("Sign up bonuses ranged from $500 to $2,000" is prose); "Join today for just $1 a week.", "Join The
    # Times for £1 a week." (not "Join the 4,000 people protesting for $15 ...").
    re.compile(r"^(?i:join)\s+(?:(?i:now|today|us)|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)\s+(?i:for|from)\s+"
               r"(?i:just |only |as little as )?[$€£]\s?\d.{0,120}$"),
    re.compile(r"^become a (subscriber|member|supporter)\b(?! state).{0,120}$", re.I),
    re.compile(r"^(cancel (at )?any ?time|already a subscriber\?.{0,60})\.?$", re.I),  # ("Subscribe now" above)
    # Wire credits: "Reporting by ...; Editing by ...", "(Reporting by Jane Doe)", "Reporting by Jane Doe in
    # London" (names and places only: "Reporting by ProPublica prompted the investigation." is prose).
    re.compile(rf"^\(?{_CREDITS} by\s+[A-Z][^;]{{0,150}};{_SHORT}"),
    re.compile(rf"^(\({_CREDITS} by\s+[A-Z].{{0,200}}\)|{_CREDITS} by\s+{_NAMES}((\s*,\s*|\s+(and|in|from|at)\s+){_NAMES})*\.?)$"),
]
"""Furniture looked for only below the headline: at the top, "Photos: Hurricane Ian leaves trail of
destruction", "Video: Police release bodycam footage", "Sign up for Obamacare surges 20%" and "By
Friday, Trump Must Pay" are headlines."""
CAPTION = [
    re.compile(r"^.{0,300}\((AP |AFP |Reuters )?(photo|photograph|picture|image|credit)s?( credit| by)?\s*[:/][^()]{1,80}\)$", re.I),
    re.compile(rf"^.{{0,300}}\((([A-Z][\w.'’ -]{{0,40}})/)?{_AGENCY}(/[A-Z][\w.'’ -]{{0,40}})*\)$"),
]
"""A caption: a line below the headline that ends in its credit, "Residents wade through flood water.
(Photo: John Smith/Reuters)", "(AP Photo/Evan Vucci)", "(Reuters)". Not looked for in the headline
("Russia downs 10 drones (Reuters)" is one), and prose ends in a full stop after the bracket."""
TAIL = [
    # An author's bio, all of it: "Jane Doe is a national reporter for The Washington Post covering weather.
    # She previously worked at ...", "Rick Rojas is a national correspondent for The Times, ...".
    # (its role for or at an outlet, in capitals; not "a former editor of the Gazette who now runs the fund",
    # "the host of a radio show and said ...", "a photographer in Valencia whose studio was flooded": people in the story)
    re.compile(rf"^(?!.*\b(?:said|says|told|detained|arrested|jailed|killed|died)\b)(?!.*[,!?][“”\"])"
               rf"{_NAMES}\s+(?:is|has\s+been|serves\s+as)\s+(?:a|an|the|our)\s+(?!(?:former|retired|late|ex)\b)(?:[\w'’-]+\s+){{0,4}}?"
               r"(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|photographer|photojournalist|"
               r"critic|bureau\s+chief|anchor|host|fellow)s?\s+(?:(?:for|at|with)\s+(?:the\s+|The\s+)?[A-Z].{0,400}|based\s+in\s+[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){0,3}\.)$"),  # (the place ends the line)
    # Notes after the story: "Correction: An earlier version ...", "A version of this article appears in print
    # on ...", "Follow Jane Doe on X @janedoe ...", "The Associated Press contributed to this report."
    re.compile(r"^(?i:correction|clarification|editor['’]s\s+note)\s*:.{0,400}$"),
    re.compile(r"^(?i:a\s+version\s+of\s+this\s+(?:article|story)\s+appear(?:s|ed)\s+in\s+print)\b.{0,300}$"),
    re.compile(rf"^(?i:follow)\s+{_NAMES}\s+(?i:on)\s+(?i:x|twitter|instagram|facebook|threads|bluesky|linkedin|mastodon)\b.{{0,200}}$"),
    re.compile(r"^.{0,120}\b(?i:contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article))\.?$"),
    re.compile(r"^.{0,60}\b(?i:writer|reporter|correspondent|journalist|photographer)s?\b.{0,60}\bcontributed\s+from\s+[A-Z][\w'’ .-]{0,40}\.?$"),
]
"""Lines that end an article after its story: furniture only in the run of such lines at its end (a
bio in the middle is reporting: "Jane Doe is a reporter for the Herald who was detained in ...")."""
MAIL_HEADER = re.compile(r"^(from|sent|date|to|cc|bcc|reply-to|subject)\s*:\s*(.*)$", re.I)
FORWARDED = re.compile(r"^(-{2,}\s*(forwarded message|original message)\s*-{2,}|begin forwarded message:?|"
                       r"-{2,}\s*forwarded by\b.*)$", re.I)
"""A forwarding marker: "---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----"."""
SUBJECT_PREFIX = re.compile(r"^((fwd?|fw|re|aw|wg|tr)\s*:\s*)+", re.I)
ADDRESS = re.compile(r"(?<!\s)\s*<?\b(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+\b>?")
SECTION = re.compile(r"^([A-Z][A-Za-z&]+|(World|Local|Business|Breaking|Top|Latest) [A-Z][a-z]+)$")
"""A one-word capitalised line, or a known two-word label: "Security", "Glasgow", "World News"."""

TERMINAL = re.compile(r"[.!?…][\"'”’)]*$")

_SMALL = frozenset("a an and as at but by for from in into nor of on onto or over per the to up via vs with".split())


def title_case(line: str) -> bool:
    """Whether `line` is set in Title Case (or capitals), as headlines are and prose never is:
    every word with letters, short function words aside, starts with a capital. Needs three such
    words ("Biden Is Increasing The Number Of Refugees ..." is one; "U.S. President Joe Biden said" is not)."""
    words = [w.strip("\"'“”‘’()[],:;.!?—–-") for w in line.split()]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def is_furniture(line: str, below: bool = False) -> bool:
    """Whether `line` is page furniture; `below` the headline, more kinds are (see is_credit, BELOW)."""
    s = line.strip()
    return any(p.match(s) for p in FURNITURE) or (below and (is_credit(s) or any(p.match(s) for p in BELOW)))


def is_credit(line: str) -> bool:
    """Whether `line` reads as a byline or a credit (CREDITS, LIKELY_CREDITS, MAYBE_CREDITS)."""
    return any(p.match(line.strip()) for p in (*CREDITS, *LIKELY_CREDITS, *MAYBE_CREDITS))


def _next_text(lines: list[str], start: int) -> int:
    """The index of the first line from `start` that is text: not blank, not furniture, and not a
    byline or credit (CREDITS, LIKELY_CREDITS); len(lines) if none is."""
    credit = (*CREDITS, *LIKELY_CREDITS)
    return next((i for i in range(start, len(lines)) if (s := lines[i].strip()) and not is_furniture(s)
                 and not any(p.match(s) for p in credit)), len(lines))


def _credit_above(head: str, below: str) -> bool:
    """Whether `head`, above the headline, is a byline or a credit, `below` being the next line of text:
    CREDITS always, LIKELY_CREDITS over any line but a paragraph, MAYBE_CREDITS over a headline with no
    full stop or in Title Case (a lead sentence below makes `head` the headline)."""
    if any(p.match(head) for p in CREDITS):
        return True
    if not below or _is_paragraph(below):
        return False
    if any(p.match(head) for p in LIKELY_CREDITS):
        return True
    return any(p.match(head) for p in MAYBE_CREDITS) and (not TERMINAL.search(below) or title_case(below))


def is_caption(line: str) -> bool:
    s = line.strip()
    return not ITEM.match(s) and any(p.match(s) for p in CAPTION)  # "- 3,000 displaced (Reuters)" is a list item


def unwrap_mail(lines: list[str]) -> tuple[list[str], str, list[str]]:
    """(lines, subject, removed) of an article pasted from an email: the mail headers at the top
    (From:, Sent:, To:, Subject: ...), forwarding markers, and the forwarder's note between them
    dropped. `subject` is the innermost Subject: without "Fwd:"/"Re:" (the forwarded article's
    headline, as a rule). Lines that do not open with a header block or a marker come back as they are."""
    start = next((i for i, ln in enumerate(lines) if ln.strip()), len(lines))
    if not (_header_block(lines, start) or FORWARDED.match(lines[start].strip() if start < len(lines) else "")):
        return lines, "", []
    subject, end, i = "", start, start
    while i < len(lines):
        s = lines[i].strip()
        m = MAIL_HEADER.match(s)
        if not s:
            i += 1
            continue
        if FORWARDED.match(s) or m:
            if m and m.group(1).lower() == "subject":
                subject = ADDRESS.sub("", SUBJECT_PREFIX.sub("", m.group(2))).strip()
            i = end = i + 1
            continue
        # Text: the forwarder's note when another header block or marker follows soon, else the article.
        ahead = [j for j in range(i + 1, min(i + 16, len(lines))) if FORWARDED.match(lines[j].strip()) or _sent_block(lines, j)]
        if not ahead:
            break
        i = ahead[0]
    removed = [ln.strip() for ln in lines[:end] if ln.strip()]
    return lines[end:], subject, removed


def _header_block(lines: list[str], i: int) -> bool:
    """Whether a mail header block starts at line `i`: a From:, Sent:, Date:, To: or Subject: line
    and another header right after it."""
    return (i + 1 < len(lines) and bool(MAIL_HEADER.match(lines[i].strip()))
            and bool(MAIL_HEADER.match(lines[i + 1].strip())))


REPORTED = re.compile(r", (?:[\w.'’-]+ ){0,6}said(?: on \w+| \w+day)?\.[\"'”’]?$|, according to [^,]{2,60}\.[\"'”’]?$")
"""A sentence ending in what someone said, after a comma ("..., the regional government said on
Tuesday."): how a news lead ends, and no headline in NeuS's 921 does ("..., Fauci says." does)."""


def _sent_block(lines: list[str], i: int) -> bool:
    """Whether line `i` opens the headers of a mail as sent: From: with Sent: or Date: in the next
    lines (an email the article quotes, "From: Tom Reyes / To: Governor's office / Subject: dam", has none)."""
    if not re.match(r"(?i)^from\s*:", lines[i].strip()):
        return False
    return any(re.match(r"(?i)^(sent|date)\s*:", ln.strip()) for ln in lines[i + 1:i + 4])


def _is_paragraph(line: str) -> bool:
    """A line that reads as body text (not a headline): long (over 30 words), opening with a
    dateline (wire copy pasted without its headline), or else three sentences or more, or two of 25
    words together, or ending in ", ... said." (see REPORTED), and not in Title Case. Otherwise one sentence of up to 30 words is a
    headline even with a full stop (NeuS and many feeds end headlines with one: "Republicans vote
    to acquit Trump on impeachment charge of inciting deadly attack on the Capitol."), and so is a
    short pair ("Net neutrality's old rules are a thing of the past. Here's what could happen next.");
    kept as body, the headline would be quoted as a summary sentence."""
    words = len(line.split())
    if words > 30 or dateline(line):  # "WASHINGTON (AP) — President Biden signed ...": wire copy's lead
        return True
    if title_case(line) or not TERMINAL.search(line) or words < 12:
        return False
    if REPORTED.search(line):  # "..., the regional government said.": a lead; headlines say "says"
        return True
    if words < 15:
        return False
    sentences = len(split_sentences(line))
    return sentences >= 3 or (sentences == 2 and words >= 25)


def clean(article: Article) -> Article:
    """The article without furniture; the title is the first real headline line. With no outlet from
    metadata, the outlet its byline or wire dateline names (see outlets.infer)."""
    lines, subject, removed = unwrap_mail([article.title, *article.text.split("\n")])
    lines = lines or [""]
    # Furniture above the headline: weather, place, date, section label, bylines and credits.
    top, ahead = 0, 0  # ahead: the next line of text below `top`, found once for a run of credits (linear)
    while top < len(lines) - 1:
        head = lines[top].strip()
        if head and not is_furniture(head) and not byline(head) and not (SECTION.match(head) and len(head) <= 24):
            if not is_credit(head):
                break
            if ahead <= top:
                ahead = _next_text(lines, top + 1)
            if not _credit_above(head, lines[ahead].strip() if ahead < len(lines) else ""):
                break
        if head:
            removed.append(head)
        top += 1
    lines = lines[top:]
    top_lines = list(removed)  # bylines: furniture above the headline, and below it before the second paragraph
    title = lines[0].strip()
    body_lines = lines[1:]
    cut = label(title, headline=True)  # a section label before the headline: "TECH Tech’s big five lost ..."
    if cut and title[cut:].strip():
        removed.append(title[:cut].strip())
        title = title[cut:].strip()
    # A mail's Subject: is its headline, so below it a sentence is the lead, however short.
    mail_lead = bool(subject) and bool(TERMINAL.search(title)) and not title_case(title) and _norm(title) != _norm(subject)
    lead = None
    if _is_paragraph(title) or mail_lead:
        # No headline in the file: the first line is the lead paragraph, keep it as body (all of it,
        # though the headline made from it may be the whole line).
        lead = title
        body_lines = [lead, *body_lines]
        words = title[dateline(title):].split()  # the headline made from its first words, after any dateline
        # never the whole lead, and marked "…" (a summary may quote the lead: see summarisers.unusable)
        cut = 12 if len(words) > 16 else max(min(3, len(words) - 1), len(words) // 2, 1)
        title = subject or " ".join(words[:cut]).rstrip(",;:") + "…"
    if ADDRESS.search(title) and (subject or MAIL_HEADER.match(title)):  # a mail's address is never a title
        title = ADDRESS.sub("", title).strip(" :;,-<>()") or subject or "Untitled"
    kept: list[str] = []
    paragraphs = prose = 0
    head = list(removed)  # what dates the page: furniture above the headline, and under it before the second paragraph of
    norm_title = _norm(title)  # prose (a standfirst, a byline, then the date: the Guardian's, the FT's and DW's pages)
    for line in body_lines:
        s = line.strip()
        n = _norm(s)
        if s and line is not lead and (is_furniture(s, below=True) or (paragraphs < 2 and byline(s)) or is_caption(s) or n == norm_title or (norm_title and n.endswith(norm_title) and len(n) - len(norm_title) <= 20)):
            removed.append(s)
            if paragraphs < 2:  # under the headline or a standfirst
                top_lines.append(s)
            if prose < 2:
                head.append(s)
            continue
        kept.append(line.rstrip())
        paragraphs += bool(s)
        prose += bool(TERMINAL.search(s)) and len(s.split()) >= 8
    tail = len(kept)
    while tail and (not kept[tail - 1].strip() or any(p.match(kept[tail - 1].strip()) for p in TAIL)):
        tail -= 1  # the bio, notes and credits that end the article
    removed.extend(x.strip() for x in kept[tail:] if x.strip())
    kept = kept[:tail]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return dataclasses.replace(article, title=title, text=text, removed=tuple(article.removed) + tuple(removed),
                               title_from_lead=lead is not None and not subject,
                               outlet=article.outlet or infer(top_lines, text) or (
                                   "" if named_outlets(top_lines, text) else file_outlet(article.path)),
                               date=article.date or _dated(head))


def _dated(lines: list[str]) -> str:
    """The date the page's date lines give (see DATE_LINE) among the lines `clean` dropped at its head (above the headline,
    under it, or under a standfirst and a byline as the Guardian's and the FT's pages have it; not a timeline's or a "Most
    viewed" box's further down): the first publication date, else the first update's ("Published 11 March 2025" and
    "Updated 12 March 2025" give the 11th)."""
    dates = [published_on(line) for line in lines]
    return next((d for d, updated in dates if d and not updated), next((d for d, _ in dates if d), ""))


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()
