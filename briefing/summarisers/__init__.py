"""Summariser backends, found by name. (First version; issue 4 deepens it.)"""

from __future__ import annotations

from typing import Callable, Protocol

from briefing.config import Settings
from briefing.errors import unknown
from briefing.records import Document, Summary


class Summariser(Protocol):
    name: str

    def summarise(self, doc: Document, settings: Settings) -> Summary: ...


def _embedded() -> Summariser:
    from briefing.summarisers.embedded import Embedded

    return Embedded()


def _lead() -> Summariser:
    from briefing.summarisers.lead import Lead

    return Lead()


REGISTRY: dict[str, Callable[[], Summariser]] = {"embedded": _embedded, "lead": _lead}


def get(name: str) -> Summariser:
    if name not in REGISTRY:
        raise unknown("summariser", name, list(REGISTRY))
    return REGISTRY[name]()
