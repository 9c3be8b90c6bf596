"""The lead summariser: the article's first usable sentences. The floor every method must beat."""

from __future__ import annotations

from briefing.config import Settings
from briefing.records import Document, Summary
from briefing.summarisers import by_words, quotable


class LeadSummariser:
    """First `settings.sentences` quotable sentences, or about `settings.words` words."""

    name = "lead"

    def summarise(self, doc: Document, settings: Settings) -> Summary:
        texts = [s.text for s in quotable(doc)]
        n = by_words(texts, settings.words) if settings.words > 0 else settings.sentences
        return Summary(source=doc.id, sentences=tuple(texts[:n]), method=self.name)
