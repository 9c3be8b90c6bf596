"""The lead summariser: the first sentences. The floor every other method must beat."""

from __future__ import annotations

from briefing.config import Settings
from briefing.records import Document, Summary


class Lead:
    name = "lead"

    def summarise(self, doc: Document, settings: Settings) -> Summary:
        picked = [s.text for s in doc.sentences[: settings.sentences]]
        return Summary(source=doc.id, sentences=tuple(picked), method=self.name)
