"""Text-to-speech backends, found by name. (First version; issue 5 deepens it.)"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from briefing.config import Settings
from briefing.errors import unknown


class Voice(Protocol):
    name: str

    def synthesise(self, text: str, path: Path, settings: Settings) -> None: ...


def _pyttsx3() -> Voice:
    from briefing.voices.espeak import Pyttsx3Voice

    return Pyttsx3Voice()


REGISTRY: dict[str, Callable[[], Voice]] = {"pyttsx3": _pyttsx3}


def get(name: str) -> Voice:
    if name not in REGISTRY:
        raise unknown("voice", name, list(REGISTRY))
    return REGISTRY[name]()
