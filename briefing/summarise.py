"""Stage 4, summarise: each article on its own, and what the sources report together.

`summarise` runs the chosen per-article summariser (Settings.summariser). `agree` builds the
top of the briefing: verbatim sentences that several sources carry (consensus: central across
the sources, lead-biased, never repeating each other), chosen so that every source is
represented, each attributed to the sources that carry it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from briefing.config import Settings
from briefing.records import Document, Point, Sentence, Summary
from briefing.summarisers import get

log = logging.getLogger(__name__)


def summarise(docs: list[Document], settings: Settings) -> list[Summary]:
    """One summary per document, in order, by the summariser `settings.summariser` names."""
    summariser = get(settings.summariser)
    out = []
    for doc in docs:
        summary = summariser.summarise(doc, settings)
        log.debug("%s: %d sentences by %s", doc.id, len(summary.sentences), summary.method)
        out.append(summary)
    return out


@dataclass(frozen=True)
class Consensus:
    """How `agree` weighs a sentence (tuned on the first half of NeuS; see bench/summaries.py)."""

    support: float = 1.0
    """Weight of how closely the other sources carry the sentence (mean of their best match)."""
    centrality: float = 0.5
    """Weight of closeness to the story's mean vector (all sources together)."""
    title: float = 0.3
    """Weight of closeness to the headlines (mean over sources)."""
    lead: float = 0.4
    """Weight of position in its article: lead * decay**index."""
    decay: float = 0.5
    mmr: float = 0.6
    """Penalty per unit of similarity to a sentence already chosen."""
    redundant: float = 0.75
    """Cosine above which a sentence repeats a chosen one and is never taken."""
    carried: float = 0.6
    """Cosine above which another source's sentence (or headline) counts as carrying a point."""
    words: int = 60
    """Length budget in words when neither the caller nor Settings.words sets one."""
    represent: bool = True
    """Add each unrepresented source's best sentence after the budget is spent."""


CONSENSUS = Consensus()


@dataclass(frozen=True)
class _Candidate:
    doc: int
    sentence: Sentence
    rank: int
    """Position among the article's usable sentences."""


def _candidates(docs: list[Document]) -> list[_Candidate]:
    from briefing.summarisers.embedded import candidates

    return [_Candidate(d, s, k) for d, doc in enumerate(docs) for k, s in enumerate(candidates(doc))]


def agree(docs: list[Document], settings: Settings, *, words: int | None = None,
          weights: Consensus = CONSENSUS) -> list[Point]:
    """What several sources report, as verbatim sentences in reading order.

    Length: `words` if given, else `settings.words`, else `weights.words` (about that many
    words). Every source with a usable sentence is represented (as origin or as a carrier).
    `Point.sources` lists the ids of the sources that carry each point, origin first.
    """
    from briefing.summarisers.embedded import encode

    cands = _candidates(docs)
    if not cands:
        return []
    vecs = encode([c.sentence.text for c in cands])
    titles = encode([d.article.title for d in docs])
    budget = words if words is not None else (settings.words or weights.words)
    return choose(docs, cands, vecs, titles, budget, weights)


def choose(docs: list[Document], cands: list[_Candidate], vecs: np.ndarray, titles: np.ndarray,
           words: int, weights: Consensus = CONSENSUS) -> list[Point]:
    """`agree` on already encoded candidates (the benchmark tunes this without re-encoding)."""
    from briefing.summarisers.embedded import Weights, pick, unit

    w = weights
    n_docs = len(docs)
    doc_of = np.array([c.doc for c in cands])
    sims = vecs @ vecs.T
    has_title = np.array([bool(d.article.title.strip()) for d in docs])
    title_sims = vecs @ titles.T  # (n, docs)
    # carry[i, d]: how well source d carries sentence i (its best sentence, or its headline).
    carry = np.full((len(cands), n_docs), -1.0)
    for d in range(n_docs):
        mask = doc_of == d
        if mask.any():
            carry[:, d] = sims[:, mask].max(axis=1)
        if has_title[d]:
            carry[:, d] = np.maximum(carry[:, d], title_sims[:, d])
    others = []
    present = [d for d in range(n_docs) if (doc_of == d).any() or has_title[d]]
    for i, c in enumerate(cands):
        rest = [d for d in present if d != c.doc]
        others.append(float(carry[i, rest].mean()) if rest else 0.0)
    support = np.array(others)
    centroid = unit(vecs.mean(axis=0))
    head = title_sims[:, has_title].mean(axis=1) if has_title.any() else np.zeros(len(cands))
    position = np.array([w.decay ** c.rank for c in cands])
    scores = w.support * support + w.centrality * (vecs @ centroid) + w.title * head + w.lead * position
    lengths = [len(c.sentence.text.split()) for c in cands]
    mmr = Weights(mmr=w.mmr, redundant=w.redundant)
    chosen = pick(scores, vecs, lengths, sentences=len(cands), words=max(words, 1), weights=mmr)

    def carriers(i: int) -> set[int]:
        return {cands[i].doc} | {d for d in range(n_docs) if d != cands[i].doc and carry[i, d] >= w.carried}

    if w.represent:
        covered = set().union(*(carriers(i) for i in chosen)) if chosen else set()
        for d in range(n_docs):
            mine = [i for i in range(len(cands)) if cands[i].doc == d]
            if d in covered or not mine:
                continue
            fresh = [i for i in mine if not chosen or float(sims[i, chosen].max()) <= w.redundant]
            if fresh:
                best = max(fresh, key=lambda i: scores[i])
                chosen.append(best)
                covered |= carriers(best)
    # Reading order: the strongest point first, then by score (the briefing reads top down).
    points = []
    for i in chosen:
        carried = sorted(carriers(i) - {cands[i].doc})
        ids = (docs[cands[i].doc].id, *(docs[d].id for d in carried))
        points.append(Point(text=cands[i].sentence.text, sources=ids, origin=docs[cands[i].doc].id))
    return points
