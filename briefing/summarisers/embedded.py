"""The embedded summariser: the sentences that best represent an article.

Each usable sentence is scored by centrality (closeness of its all-MiniLM-L6-v2 vector to the
article's mean vector), by how close it is to the headline, and by the news lead bias (the
first sentences carry the story); sentences are then picked by maximal marginal relevance,
skipping any that repeat a chosen one. Output keeps article order.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from briefing.config import Settings
from briefing.records import Document, Summary
from briefing.summarisers import quotable


@dataclass(frozen=True)
class Weights:
    """How the per-article embedded summariser trades its signals (hand-set, not tuned: NeuS
    articles are two or three sentences long, too short to tune a per-article ranking on)."""

    centrality: float = 1.0
    """Weight of closeness to the article's (or story's) mean vector."""
    title: float = 0.3
    """Weight of closeness to the headline."""
    lead: float = 0.6
    """Weight of position: sentence i gets lead * decay**i."""
    decay: float = 0.6
    mmr: float = 0.5
    """Penalty per unit of similarity to an already chosen sentence."""
    redundant: float = 0.8
    """Cosine above which a sentence repeats a chosen one and is never taken."""


WEIGHTS = Weights()


ENCODE_THREADS = 1
"""Torch threads while encoding. Our batches are a few dozen sentences: one thread is barely
slower on an idle machine and, on a busy 2-core one, 7x faster than two threads fighting other
processes (0.22 s against 1.6 s a NeuS story, measured)."""


def encode(texts: list[str]) -> np.ndarray:
    """Unit vectors for `texts`, encoded in length order (less padding, same result)."""
    from briefing.encoder import encode as _encode, get_encoder

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    get_encoder()  # load first (outside the thread limit: loading is not the hot loop)
    import torch

    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    threads = torch.get_num_threads()
    torch.set_num_threads(min(threads, ENCODE_THREADS))
    try:
        vecs = _encode([texts[i] for i in order])
    finally:
        torch.set_num_threads(threads)
    out = np.empty_like(vecs)
    out[order] = vecs
    return out


def unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v)
    return v / n if n > 0 else v


def pick(scores: np.ndarray, vecs: np.ndarray, lengths: list[int], sentences: int, words: int,
         weights: Weights = WEIGHTS, first: list[int] | None = None) -> list[int]:
    """Indices chosen by maximal marginal relevance, best first.

    `sentences` caps the count; `words` (if > 0) is a budget instead: a sentence is taken while
    it brings the total closer to the budget. `first` are indices taken before anything else.
    """
    chosen: list[int] = list(first or [])
    total = sum(lengths[i] for i in chosen)
    left = [i for i in range(len(scores)) if i not in chosen]
    while left:
        if words <= 0 and len(chosen) >= sentences:
            break
        best, best_val = -1, -np.inf
        for i in left:
            sim = float(np.max(vecs[chosen] @ vecs[i])) if chosen else 0.0
            if sim > weights.redundant:
                continue
            if words > 0 and chosen and abs(total + lengths[i] - words) >= abs(total - words):
                continue  # would overshoot the budget more than it fills it
            val = float(scores[i]) - weights.mmr * max(sim, 0.0)
            if val > best_val:
                best, best_val = i, val
        if best < 0:
            break
        chosen.append(best)
        total += lengths[best]
        left.remove(best)
    return chosen


candidates = quotable
"""The sentences a summary may choose from (see `briefing.summarisers.quotable`)."""


class EmbeddedSummariser:
    """Centrality + lead bias + redundancy removal over the embedded encoder's vectors."""

    name = "embedded"

    def __init__(self, weights: Weights = WEIGHTS) -> None:
        self.weights = weights

    def summarise(self, doc: Document, settings: Settings) -> Summary:
        cands = candidates(doc)
        if not cands:
            return Summary(source=doc.id, sentences=(), method=self.name)
        w = self.weights
        vecs = encode([s.text for s in cands] + [doc.article.title or cands[0].text])
        sent, title = vecs[:-1], vecs[-1]
        centroid = unit(sent.mean(axis=0))
        position = np.array([w.decay ** k for k in range(len(cands))])
        scores = w.centrality * (sent @ centroid) + w.title * (sent @ title) + w.lead * position
        lengths = [len(s.text.split()) for s in cands]
        chosen = pick(scores, sent, lengths, settings.sentences, settings.words, w)
        return Summary(source=doc.id, sentences=tuple(cands[i].text for i in sorted(chosen)), method=self.name)
