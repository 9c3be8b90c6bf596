"""Settings: one frozen dataclass, every field documented.

Precedence (lowest first): built-in defaults < TOML file < BRIEFING_* environment < command-line flags.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import UsageError


@dataclass(frozen=True)
class Settings:
    inputs: tuple[str, ...] = ("seeds",)
    """Files or folders of articles (.txt)."""
    out: str = "output"
    """Output folder; each run writes into a dated folder inside it."""
    date: str = ""
    """Briefing date (YYYY-MM-DD); empty means today."""
    summariser: str = "embedded"
    """Per-article summariser: embedded, lead or transformers."""
    model: str = ""
    """Model for the transformers summariser: a folder, a name in models/, or a Hugging Face cache name."""
    sentences: int = 3
    """Sentences per article summary."""
    words: int = 0
    """If set, cap each article summary at about this many words instead."""
    template: str = ""
    """A Jinja2 template file replacing the built-in briefing template."""
    voice: str = "pyttsx3"
    """Text-to-speech backend (pyttsx3), or "none" for text only."""
    voice_name: str = ""
    """Engine voice id; empty picks an en-US voice."""
    rate: int = 170
    """Speaking rate in words a minute."""
    volume: float = 1.0
    """Engine volume, 0 to 1."""
    audio_formats: tuple[str, ...] = ("wav", "mp3")
    """Audio files to write: wav and/or mp3."""
    force: bool = False
    """Overwrite an existing briefing for the same day."""
    models_dir: str = "models"
    """Where local model folders live."""

    def today(self) -> str:
        return self.date or _dt.date.today().isoformat()

    def replace(self, **changes: object) -> "Settings":
        return dataclasses.replace(self, **changes)


FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def load_settings(**flags: object) -> Settings:
    """Defaults overlaid with the flags that were given (None means "not given")."""
    given = {k: v for k, v in flags.items() if v is not None}
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise UsageError(f"Unknown setting {unknown[0]!r} (known: {', '.join(sorted(FIELDS))})")
    s = Settings(**given)  # type: ignore[arg-type]
    _validate(s)
    return s


def _validate(s: Settings) -> None:
    if s.sentences < 1:
        raise UsageError(f"sentences = {s.sentences}: must be 1 or more")
    if s.words < 0:
        raise UsageError(f"words = {s.words}: must be 0 (off) or more")
    if not 80 <= s.rate <= 400:
        raise UsageError(f"rate = {s.rate}: must be between 80 and 400 words a minute")
    if not 0.0 <= s.volume <= 1.0:
        raise UsageError(f"volume = {s.volume}: must be between 0 and 1")
    bad = [f for f in s.audio_formats if f not in ("wav", "mp3")]
    if bad:
        raise UsageError(f"audio format {bad[0]!r} is not supported (allowed: wav, mp3)")
    if s.date:
        try:
            _dt.date.fromisoformat(s.date)
        except ValueError:
            raise UsageError(f"date = {s.date!r}: use YYYY-MM-DD, e.g. 2026-11-23") from None
    if s.template and not Path(s.template).is_file():
        raise UsageError(f"template {s.template!r} not found: give a Jinja2 file, or leave it out for the built-in one")

