"""Between segment and summarise: drop articles that would distort the briefing.

- Identical and near-identical articles (the same wire copy run by two outlets) are briefed
  once; the copy's source is credited on the one kept, so it still counts as a source.
- Articles that are not in English are kept out of the English briefing, with a warning.
"""

from __future__ import annotations

import logging
import re

from briefing.records import Document, Skipped

log = logging.getLogger(__name__)

NEAR_DUPLICATE = 0.8
"""Share of word 5-grams two articles must have in common to count as one."""

_ENGLISH = set(
    "the of and to a in is that for on it with as was by at from are be this have has an not they which or but "
    "were their been its will would who said after also more about than other into over had he she his her".split()
)


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def english_share(text: str) -> float:
    """Share of words that are common English function words (about 0.3-0.5 for English news)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in _ENGLISH for w in words) / len(words) if words else 0.0


def is_english(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) < 8 or english_share(text) >= 0.12


def dedupe(docs: list[Document], english_only: bool = True) -> tuple[list[Document], list[Skipped], dict[str, tuple[str, ...]]]:
    """(kept, skipped, copies) where copies maps a kept id to the ids of its duplicates."""
    kept: list[Document] = []
    skipped: list[Skipped] = []
    copies: dict[str, list[str]] = {}
    grams: list[set[tuple[str, ...]]] = []
    for d in docs:
        text = d.article.text
        if english_only and not is_english(text):
            reason = "does not look like English (kept out of the English briefing; set english_only = false to include it)"
            log.info("skipping %s: %s", d.article.path, reason)
            skipped.append(Skipped(d.article.path, reason))
            continue
        g = _shingles(text)
        at = next((i for i, other in enumerate(grams) if _overlap(g, other) >= NEAR_DUPLICATE), None)
        if at is not None:
            match = kept[at]
            if _prefer(d, g, match, grams[at]):
                kept[at], grams[at], d = d, g, match
                copies[kept[at].id] = copies.pop(match.id, [])
                match = kept[at]
            log.info("%s repeats %s; briefed once, both credited", d.article.path, match.article.path)
            copies.setdefault(match.id, []).append(d.id)
            continue
        kept.append(d)
        grams.append(g)
    return kept, skipped, {k: tuple(v) for k, v in copies.items()}


_COPY = re.compile(r"(?i)(?:[ _-]\(?copy\)?(?: ?\(?\d+\)?)?| \(\d+\)|^copy of )(?=\.\w+$|$)|^copy of ")


FULLER = 5
"""Word 5-grams one near-duplicate must have beyond the other's to count as the fuller text (a new
sentence adds about as many as it has words; a word changed here and there adds none)."""


def _prefer(a: Document, a_grams: set, b: Document, b_grams: set) -> bool:
    """Whether near-duplicate `a` is the one to brief rather than `b`: the fuller text (a re-download
    "story (1).txt" may carry the update, "the death toll has risen to 19"), and with as much text,
    the one whose outlet is known (the one its byline names is quoted as "Reuters", not "Source 2": the
    twenty-ninth review), then the original's name ("story.txt", not "story (copy).txt")."""
    gained, lost = len(a_grams - b_grams), len(b_grams - a_grams)
    if abs(gained - lost) > FULLER:
        return gained > lost
    if bool(a.article.outlet) != bool(b.article.outlet):
        return bool(a.article.outlet)
    return _copy_name(b.article.path) and not _copy_name(a.article.path)


def _copy_name(path: str) -> bool:
    """A file name a copy gets: "story (copy).txt", "story - Copy.txt", "story (1).txt", "Copy of story.txt"."""
    return bool(_COPY.search(re.split(r"[\\/]", path)[-1]))


def _overlap(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


