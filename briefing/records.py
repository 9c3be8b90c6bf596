"""The records passed from stage to stage. All frozen: a stage never edits its input.

    Article --clean--> Article --segment--> Document --summarise--> Summary
    Document --figures--> Figure ... --compare--> Discrepancy
    everything --compose--> Briefing --speak/publish--> files
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One input article as read from disk (and, after `clean`, without page furniture)."""

    id: str
    """File stem, sanitised; unique within a run."""
    title: str
    """The headline: the first line of the file (after cleaning)."""
    path: str
    """Where it was read from, as given."""
    text: str
    """The body, without the title."""
    removed: tuple[str, ...] = ()
    """Lines `clean` dropped as page furniture (kept so a reader can check)."""
    outlet: str = ""
    """The publisher, from front matter or a sidecar, when known; else, after `clean`, the one the
    article's byline or wire dateline names (see outlets.infer)."""
    url: str = ""
    date: str = ""
    """When it was published (YYYY-MM-DD), from front matter, a sidecar or the page, when known; else, after `clean`, the
    date a date line above the text or under its headline gives ("Tue 11 Mar 2025 18.32 GMT": see clean.DATE_LINE)."""
    title_from_lead: bool = False
    """`clean` made the title from the lead's first words (the file had no headline): the lead is
    then no repeat of the title."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article body, with its character span in `Article.text`."""

    text: str
    start: int
    end: int
    index: int
    """Position in the article, from 0."""
    paragraph: int = 0
    """Paragraph number, from 0."""


@dataclass(frozen=True)
class Document:
    """An article split into sentences."""

    article: Article
    sentences: tuple[Sentence, ...]

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True)
class Replacement:
    """A generated sentence the faithfulness guard rejected, and what replaced it."""

    generated: str
    replaced_by: str
    unsupported: tuple[str, ...]
    """The numbers or names not found in the source."""


@dataclass(frozen=True)
class Summary:
    """One article condensed to a few sentences."""

    source: str
    """Article id."""
    sentences: tuple[str, ...]
    method: str
    """Summariser name, e.g. "embedded" or "transformers:models/bart"."""
    replacements: tuple[Replacement, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A quantity found in an article, traceable to the sentence it came from."""

    source: str
    value: float
    """The number (for a range, its upper bound; see `low`)."""
    text: str
    """As written, e.g. "approximately 3,000"."""
    sentence: str
    """The verbatim sentence it came from."""
    start: int = 0
    """Character span of `text` in the article body."""
    end: int = 0
    kind: str = "count"
    """count, money, percent, year, date, time, age, ordinal, label, duration, other."""
    unit: str = ""
    """Currency code or unit ("USD", "EUR", "%", "mm", "years")."""
    low: float | None = None
    """Lower bound when a range or "between X and Y"."""
    hedge: str = ""
    """approximately, at least, up to ... as written (normalised to lower case)."""
    counted: str = ""
    """What is counted, e.g. "North Korean soldiers"."""
    attribution: str = ""
    """Who says so, when the sentence says it."""
    time: str = ""
    """The time it refers to, when stated."""
    rate: str = ""
    """"per month", "daily" ... when the figure is a rate."""
    state: str = ""
    """What happened to what is counted, when said: "killed", "injured", "displaced", "affected" ... (space-separated)."""
    place: str = ""
    """Where, when the clause says it ("Spain" in "40 people died in Spain")."""
    context: str = ""
    """Content words just before the figure in its clause ("military strength"), used to tell like from like."""
    previous: bool = False
    """An earlier value the sentence moves away from (3.6% in "fell to 3.5% from 3.6%"): kept, never compared."""
    increment: bool = False
    """An amount added to a total ("six more bodies", "another 3,000 troops"): compared only with
    other increments (a total and what was added to it are different quantities)."""
    published: str = ""
    """Its article's date (YYYY-MM-DD) when known: for a figure with no time of its own, when it was
    given, which orders a tally across dated articles (see compare._published_rise)."""
    offset: int = -1
    """Where `text` starts in `sentence` (a sentence can give one figure twice: "imports fell 5% while
    exports rose 5%"); -1 when not known. See `at`."""

    @property
    def at(self) -> int:
        """Where `text` starts in `sentence`: `offset` when set, else the first place it is written (-1 if none)."""
        if self.offset >= 0 and self.sentence.startswith(self.text, self.offset):
            return self.offset
        return self.sentence.find(self.text)

    @property
    def comparable(self) -> bool:
        """Quantities that can compete with other sources' figures (not years, dates, labels, earlier values, nor a figure
        below zero: "-12C" beside "minus 14 Celsius" is a forecast beside a reading as often as a difference)."""
        return self.kind in {"count", "money", "percent", "duration", "other"} and not self.previous and self.value >= 0


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def printable(s: str) -> str:
    """`s` without control or bidirectional characters: a file name shown in a briefing or on a
    terminal ("evil\\aname.txt" must not ring a bell or recolour the terminal)."""
    return _CONTROL.sub("", s)


CITE = "\x1f"
"""Marks a source id inside `Discrepancy.cited` ("\x1f1\x1f says 2,000")."""


@dataclass(frozen=True)
class Discrepancy:
    """Figures from different sources that count the same thing."""

    quantity: str
    """What is counted, in words."""
    kind: str
    """competing, running-total, attributed, converted, typo, compatible, opposite, agree, shared (converted, agree and shared are not differences)."""
    figures: tuple[Figure, ...]
    statement: str
    """One or two plain sentences naming the sources (by id)."""
    cited: str = ""
    """The statement with each source id between CITE marks, so that a reader can swap in its own
    labels without touching the figures (a source called "1" must not turn "2,000" into "Source 2,000")."""
    certain: bool = True
    """Whether the sources describe the figures alike enough to say they differ (see `compare._certain`); an uncertain
    difference is kept in briefing.json and `briefing figures`, never said in the briefing."""

    @property
    def differs(self) -> bool:
        return self.kind not in {"converted", "agree", "shared"}

    @property
    def shown(self) -> bool:
        """Said in the briefing, under "Where the figures differ"."""
        return self.differs and self.certain

    @property
    def unsaid(self) -> bool:
        """A difference left out of the briefing as uncertain (listed in briefing.json and `briefing figures`)."""
        return self.differs and not self.certain


@dataclass(frozen=True)
class Point:
    """A sentence of the briefing, with the sources that carry it."""

    text: str
    sources: tuple[str, ...]
    origin: str
    """The source whose sentence this is, verbatim."""


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    path: str
    outlet: str = ""
    url: str = ""
    date: str = ""
    """When it was published (YYYY-MM-DD), when known."""
    also: tuple[str, ...] = ()
    """Paths of identical or near-identical copies briefed as this one (each still a source)."""
    label: str = ""
    """What the briefing calls it: "Reuters", "Reuters 2", "Source 3" (so that a reader of the JSON can match the text)."""


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (one line)."""

    path: str
    reason: str


@dataclass(frozen=True)
class StoryPart:
    """One story of the day: the articles about it, and what the stages found in them."""

    title: str
    sources: tuple[str, ...]
    """Article ids, in input order."""
    summaries: tuple[Summary, ...]
    agreed: tuple[Point, ...]
    figures: tuple[Figure, ...]
    discrepancies: tuple[Discrepancy, ...]
    repeats: tuple[str, ...] = ()
    """Summary sentences that say what an agreed point already says (not repeated under "adds")."""

    @property
    def single_source(self) -> bool:
        return len(self.sources) == 1


@dataclass(frozen=True)
class Briefing:
    """Everything `compose` produced: what `speak` reads and `publish` writes."""

    date: str
    title: str
    sources: tuple[Source, ...]
    summaries: tuple[Summary, ...]
    figures: tuple[Figure, ...]
    discrepancies: tuple[Discrepancy, ...]
    agreed: tuple[Point, ...]
    """What several sources report."""
    additions: tuple[tuple[str, tuple[Point, ...]], ...]
    """Per source id, what it adds."""
    text: str
    """The whole briefing, plain text."""
    markdown: str
    skipped: tuple[Skipped, ...] = ()
    sections: tuple[tuple[str, str], ...] = field(default=())
    """(heading, plain text) in reading order, for speech chapters."""
    stories: tuple[StoryPart, ...] = field(default=())
    """The day's stories, most-covered first (one for a folder about one story)."""
    uncertain: tuple[Discrepancy, ...] = field(default=())
    """Differences not said, because the sources may be counting different things (see `Discrepancy.certain`)."""

    def to_json(self, audio: list[str] | None = None) -> dict[str, Any]:
        """The `briefing.json` contract (see README)."""

        def fig(f: Figure) -> dict[str, Any]:
            d = asdict(f)
            d["value"] = int(f.value) if float(f.value).is_integer() else f.value
            return d

        def disc(d: Discrepancy) -> dict[str, Any]:
            return {"quantity": d.quantity, "kind": d.kind, "statement": d.statement, "figures": [fig(f) for f in d.figures]}

        return {
            "date": self.date,
            "title": self.title,
            "sources": [asdict(s) for s in self.sources],
            "summaries": [
                {
                    "source": s.source,
                    "sentences": list(s.sentences),
                    "method": s.method,
                    "replacements": [asdict(r) for r in s.replacements],
                }
                for s in self.summaries
            ],
            "agreed": [asdict(p) for p in self.agreed],
            "figures": [fig(f) for f in self.figures],
            "discrepancies": [disc(d) for d in self.discrepancies],
            "uncertain": [disc(d) for d in self.uncertain],
            "stories": [
                {
                    "title": p.title,
                    "sources": list(p.sources),
                    "single_source": p.single_source,
                    "agreed": [asdict(x) for x in p.agreed],
                    "discrepancies": [disc(d) for d in p.discrepancies if d.shown],
                    "uncertain": [disc(d) for d in p.discrepancies if d.unsaid],
                }
                for p in self.stories
            ],
            "skipped": [asdict(s) for s in self.skipped],
            "text": self.text,
            "audio": list(audio or []),
        }
