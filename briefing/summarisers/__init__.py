"""Per-article summarisers: a small registry of backends behind one Protocol.

    embedded      centrality over the embedded encoder's sentence vectors, lead bias, no redundancy
    lead          the first sentences: the floor every other method must beat
    transformers  any local seq2seq model (BART, T5, PEGASUS ...), with a faithfulness guard

Backends are imported on first use, so listing or validating names costs nothing.
Shared here: what counts as a sentence a summary may use (`usable`).
"""

from __future__ import annotations

import importlib
import re
from typing import Callable, Protocol, runtime_checkable

from briefing.clean import title_case
from briefing.config import Settings
from briefing.errors import unknown
from briefing.records import Document, Sentence, Summary


@runtime_checkable
class Summariser(Protocol):
    """Condenses one article to a few sentences."""

    name: str

    def summarise(self, doc: Document, settings: Settings) -> Summary: ...


def _lazy(module: str, cls: str) -> Callable[[], Summariser]:
    def factory() -> Summariser:
        return getattr(importlib.import_module(f"briefing.summarisers.{module}"), cls)()

    factory.__name__ = f"{module}.{cls}"
    return factory


REGISTRY: dict[str, Callable[[], Summariser]] = {
    "embedded": _lazy("embedded", "EmbeddedSummariser"),
    "lead": _lazy("lead", "LeadSummariser"),
    "transformers": _lazy("seq2seq", "Seq2SeqSummariser"),
}
"""Summariser name -> factory (the backend module is imported when the factory runs)."""


def names() -> list[str]:
    return sorted(REGISTRY)


def get(name: str) -> Summariser:
    """The summariser called `name`; an unknown name fails listing the known ones."""
    try:
        factory = REGISTRY[name]
    except KeyError:
        raise unknown("summariser", name, names()) from None
    return factory()


# --- what a summary may quote ---------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"(click here|sign up (for|to) (our|the|a) (free )?(newsletter|daily|weekly)|subscribe (to|now|today)|\bnewsletter\b|"
    r"follow us|all rights reserved|copyright|©|^read more\b|^(watch|listen|read|see also|related)\s*:|"
    r"this (story|article) (has been|was) updated|contributed to this report|download (the|our) app|"
    r"terms of (use|service)|privacy policy|^advertisement\b|^sponsored\b)",
    re.I,
)
_CAPTION = re.compile(
    r"(^(photo|image|picture|pictured|file photo|video|caption|credit|source)\b\s*[:(/|-]?|"
    r"\((ap|afp|reuters|getty|epa)\b[^)]*\)\s*$|\b(ap|afp|reuters|getty images|epa)\s*/\s*\w|"
    r"\b(photo|image|illustration)\s*(by|:|credit)|/\s*getty|via getty|\bshutterstock\b)",
    re.I,
)
_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")
_TERMINAL = re.compile(r"[.!…][\"'”’)\]]*\s*$")
MIN_WORDS = 6
"""Shorter sentences are fragments (headline pieces, datelines, "He declined.")."""


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def unusable(sentence: str, title: str = "") -> str:
    """Why `sentence` may not stand in a summary ("" if it may): a boilerplate line, a caption,
    a question, or a headline fragment (no full stop, too short, lower-case start, the title again)."""
    s = sentence.strip()
    words = s.split()
    if _BOILERPLATE.search(s):
        return "boilerplate"
    if _CAPTION.search(s):
        return "caption"
    if _QUESTION.search(s):
        return "question"
    if len(words) < MIN_WORDS:
        return "fragment"
    if not _TERMINAL.search(s):
        return "fragment"
    first = s.lstrip("\"'“‘([")[:1]
    if first and first.islower():
        return "fragment"  # starts mid-sentence: a cut lead or a headline tail
    if ("”" in s and "“" not in s) or ("“" in s and "”" not in s) or s.count('"') % 2:
        return "fragment"  # a piece of a quotation that runs across sentences
    n = _norm(s)
    if title and (n == _norm(title) or (len(n) < len(_norm(title)) + 15 and _norm(title) in n)):
        return "fragment"
    caps = [w for w in words if w[:1].isalpha()]
    if len(words) <= 14 and caps and sum(w[0].isupper() for w in caps) / len(caps) > 0.8:
        return "fragment"  # Title Case Line Reads Like A Headline
    if title_case(s):
        return "fragment"  # a longer headline: Biden Is Increasing The Number Of Refugees ... The Program.
    return ""


def usable_sentences(doc: Document) -> list[Sentence]:
    """The sentences of `doc` a summary may quote, in article order."""
    return [s for s in doc.sentences if not unusable(s.text, _headline(doc))]


def quotable(doc: Document) -> list[Sentence]:
    """Usable sentences; for an article that has none (all fragments), its fragments of four
    words or more, but never a boilerplate line, a caption or a question."""
    found = usable_sentences(doc)
    if found:
        return found
    return [s for s in doc.sentences if unusable(s.text, _headline(doc)) == "fragment" and len(s.text.split()) >= 4]


def _headline(doc: Document) -> str:
    """The title a sentence must not repeat: none when `clean` made it from the lead itself."""
    return "" if doc.article.title_from_lead else doc.article.title


def by_words(sentences: list[str], words: int) -> int:
    """How many of `sentences` (in ranked order) fit in about `words` words: at least one, and a
    sentence is taken when it brings the total closer to `words` than leaving it out."""
    total = 0
    for k, s in enumerate(sentences):
        n = len(s.split())
        if k and abs(total + n - words) >= abs(total - words):
            return k
        total += n
    return len(sentences)
