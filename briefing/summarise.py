"""Stage 4, summarise: each article condensed, and what several sources report. (First version.)"""

from __future__ import annotations


from briefing.config import Settings
from briefing.encoder import encode
from briefing.records import Document, Point, Summary
from briefing.summarisers import get


def summarise(docs: list[Document], settings: Settings) -> list[Summary]:
    backend = get(settings.summariser)
    return [backend.summarise(d, settings) for d in docs]


def agree(docs: list[Document], settings: Settings, limit: int = 5) -> list[Point]:
    """Sentences whose content other sources also report, one per source at most at first."""
    items = [(d.id, s.text) for d in docs for s in d.sentences if len(s.text.split()) >= 6]
    if not items or len(docs) < 2:
        return []
    emb = encode([t for _, t in items])
    sim = emb @ emb.T
    ids = [i for i, _ in items]
    support = []
    for k, (src, _) in enumerate(items):
        carriers = {ids[j] for j in range(len(items)) if ids[j] != src and sim[k, j] > 0.6}
        support.append(carriers)
    order = sorted(range(len(items)), key=lambda k: (-len(support[k]), -float(sim[k].mean())))
    points: list[Point] = []
    used_src: set[str] = set()
    picked: list[int] = []
    for k in order:
        if len(points) >= limit or not support[k]:
            break
        if items[k][0] in used_src and len(used_src) < len(docs):
            continue
        if any(sim[k, j] > 0.7 for j in picked):
            continue
        picked.append(k)
        used_src.add(items[k][0])
        points.append(Point(text=items[k][1], sources=tuple(sorted({items[k][0], *support[k]})), origin=items[k][0]))
    return points
