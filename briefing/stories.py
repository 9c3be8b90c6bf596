"""Group the day's articles into stories. (First version: one story; issue 6 clusters.)"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.records import Document


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    docs: tuple[Document, ...]
    single_source: bool


def cluster(docs: list[Document]) -> list[Story]:
    from briefing.compose import headline

    return [Story(id="story-1", title=headline(docs), docs=tuple(docs), single_source=len(docs) == 1)]
