"""The embedded summariser: central, early, non-redundant sentences (all-MiniLM-L6-v2)."""

from __future__ import annotations

import numpy as np

from briefing.config import Settings
from briefing.encoder import encode
from briefing.records import Document, Summary


class Embedded:
    name = "embedded"

    def summarise(self, doc: Document, settings: Settings) -> Summary:
        sents = [s for s in doc.sentences if len(s.text.split()) >= 6 and not s.text.endswith("?")]
        if not sents:
            return Summary(source=doc.id, sentences=(), method=self.name)
        emb = encode([s.text for s in sents])
        centre = emb.mean(0)
        centrality = emb @ (centre / (np.linalg.norm(centre) + 1e-9))
        position = np.array([1.0 / (1 + 0.15 * i) for i in range(len(sents))])
        score = centrality + 0.3 * position
        chosen: list[int] = []
        while len(chosen) < min(settings.sentences, len(sents)):
            best, best_v = -1, -1e9
            for i in range(len(sents)):
                if i in chosen:
                    continue
                redundancy = max((float(emb[i] @ emb[j]) for j in chosen), default=0.0)
                v = score[i] - 0.7 * redundancy
                if v > best_v:
                    best, best_v = i, v
            chosen.append(best)
        return Summary(source=doc.id, sentences=tuple(sents[i].text for i in sorted(chosen)), method=self.name)
