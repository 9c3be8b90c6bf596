"""Several stories in one run: articles grouped by what they report, with the embedded model.

Each article is embedded from its headline and first sentences (where news puts the who, what,
where) with the embedded encoder; articles are then grouped by average-linkage agglomerative
clustering on cosine similarity, merging while two groups' mean similarity is at least
`threshold`. Deterministic: same articles in the same order give the same stories (ties go to
the earliest articles). Stories come most-covered first; a story with one source is kept and
marked `single_source`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from briefing.records import Document

log = logging.getLogger(__name__)

THRESHOLD = 0.55
"""Mean cosine similarity at which two groups of articles are one story (see bench/daily.py)."""
LEAD_SENTENCES = 3
"""Sentences after the headline that go into an article's embedding."""


@dataclass(frozen=True)
class Story:
    """Articles that report the same event."""

    id: str
    """"story-1", "story-2" ... in the order stories are returned."""
    title: str
    """The headline most of its articles share the wording of."""
    docs: tuple[Document, ...]
    """In input order."""
    single_source: bool
    """True when only one source covers it."""

    @property
    def sources(self) -> int:
        """How many distinct sources cover it."""
        return len({_source(d) for d in self.docs})


def _source(doc: Document) -> str:
    # the outlet when the article says so (front matter, sidecar), else each article is a source
    return getattr(doc.article, "outlet", "") or doc.id


def lead_text(doc: Document, sentences: int = LEAD_SENTENCES) -> str:
    """Headline and first sentences: what an article is about."""
    lead = " ".join(s.text for s in doc.sentences[:sentences])
    title = doc.article.title.strip()
    return f"{title}. {lead}".strip() if title else lead


def average_linkage(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Groups of indices: agglomerative clustering, average linkage, stopping below `threshold`.

    `sim` is a symmetric similarity matrix. Each step merges the most similar pair of groups
    (the lowest indices on ties); groups come back ordered by their first member.
    """
    n = len(sim)
    if n == 0:
        return []
    s = np.array(sim, dtype=np.float64, copy=True)
    np.fill_diagonal(s, -np.inf)
    sizes = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    active = np.ones(n, dtype=bool)
    while len(members) > 1:
        masked = np.where(active[:, None] & active[None, :], s, -np.inf)
        flat = int(np.argmax(masked))
        i, j = divmod(flat, n)
        if masked[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        # Lance-Williams update for average linkage: size-weighted mean of the two rows
        merged = (sizes[i] * s[i] + sizes[j] * s[j]) / (sizes[i] + sizes[j])
        s[i, :] = merged
        s[:, i] = merged
        s[i, i] = -np.inf
        s[j, :] = -np.inf
        s[:, j] = -np.inf
        active[j] = False
        sizes[i] += sizes[j]
        members[i] = sorted(members[i] + members.pop(j))
    return sorted(members.values(), key=lambda m: m[0])


def cluster(
    docs: Sequence[Document],
    *,
    threshold: float = THRESHOLD,
    lead_sentences: int = LEAD_SENTENCES,
    encode: Callable[[list[str]], np.ndarray] | None = None,
) -> list[Story]:
    """Group `docs` into stories, most sources first (then most articles, then input order).

    `encode` maps texts to unit-length rows (default: the embedded encoder); tests may pass
    their own.
    """
    from briefing.compose import headline

    docs = list(docs)
    if not docs:
        return []
    if not 0.0 < threshold <= 1.0:
        from briefing.errors import UsageError

        raise UsageError(f"story threshold {threshold}: must be above 0 and at most 1 (default {THRESHOLD})")
    if encode is None:
        from briefing.encoder import encode
    vectors = np.asarray(encode([lead_text(d, lead_sentences) for d in docs]), dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms == 0, 1, norms)
    groups = average_linkage(vectors @ vectors.T, threshold)
    groups.sort(key=lambda g: (-len({_source(docs[i]) for i in g}), -len(g), g[0]))
    stories = [_story(n, [docs[i] for i in g]) for n, g in enumerate(groups, 1)]
    log.info("%d article(s) in %d stor%s (%d single-source)", len(docs), len(stories),
             "y" if len(stories) == 1 else "ies", sum(s.single_source for s in stories))
    return stories


def one_story(docs: Sequence[Document]) -> list[Story]:
    """Every article as one story (the --one-story setting): no grouping, no model needed."""
    return [_story(1, list(docs))] if docs else []


def _story(n: int, members: list[Document]) -> Story:
    from briefing.compose import headline

    return Story(id=f"story-{n}", title=headline(members), docs=tuple(members),
                 single_source=len({_source(d) for d in members}) == 1)
