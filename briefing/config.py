"""Settings: one frozen dataclass, every field documented.

Precedence (lowest first): built-in defaults < TOML file < BRIEFING_* environment < command-line flags.
The file is `--config FILE`, else ./briefing.toml, else $XDG_CONFIG_HOME/briefing/briefing.toml
(~/.config/briefing/briefing.toml). Keys are the field names below.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import os
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from briefing.errors import UsageError


@dataclass(frozen=True)
class Settings:
    inputs: tuple[str, ...] = ("seeds",)
    """Files or folders of articles (.txt, .md, .html)."""
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
    """Text-to-speech backend: pyttsx3 (default), piper (the optional extra), or "none" for text only."""
    voice_name: str = ""
    """Engine voice id (pyttsx3 takes an espeak-ng variant after a plus sign: "gmw/en-us+klatt");
    empty picks each engine's measured default (pyttsx3: en-US with the Klatt voice source)."""
    rate: int = 170
    """Speaking rate in words a minute."""
    volume: float = 1.0
    """Engine volume, 0 to 1."""
    audio_formats: tuple[str, ...] = ("wav", "mp3")
    """Audio files to write: wav and/or mp3."""
    force: bool = False
    """Brief again even if the day already has a briefing."""
    models_dir: str = "models"
    """Where local model folders live."""
    retention: int = 0
    """Keep the briefings of the last N days in the output folder (0 keeps all)."""
    feeds: tuple[str, ...] = ()
    """RSS/Atom feed URLs whose newest articles are fetched and briefed too."""
    pages: tuple[str, ...] = ()
    """Article page URLs fetched and briefed too."""
    allow_private: bool = False
    """Allow fetching from private, loopback and link-local addresses (off: only public hosts)."""
    fetch_delay: float = 1.0
    """Seconds between two requests to the same host when fetching feeds and pages."""
    include_seen: bool = False
    """Brief articles already used in an earlier briefing again (the --all flag)."""
    base_url: str = "http://localhost:8000/"
    """Where the output folder is served from; the podcast feed's links start with it."""
    podcast_title: str = "Daily news briefing"
    """The podcast feed's title."""
    english_only: bool = True
    """Keep articles that do not look like English out of the briefing (with a warning)."""
    lock_wait: float = 30.0
    """Seconds a second run waits for a running one before giving up."""
    one_story: bool = False
    """Brief every article as one story (off: articles are grouped into stories by what they report)."""
    story_threshold: float = 0.55
    """How alike two articles' leads must be (mean cosine, above 0 and at most 1) to be one story."""

    def today(self) -> str:
        return self.date or _dt.date.today().isoformat()

    def replace(self, **changes: object) -> "Settings":
        return dataclasses.replace(self, **changes)


FIELDS = {f.name: f for f in dataclasses.fields(Settings)}
_TYPES = typing.get_type_hints(Settings)
ENV_PREFIX = "BRIEFING_"


def default_config_paths() -> list[Path]:
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return [Path("briefing.toml"), base / "briefing" / "briefing.toml"]


def _coerce(key: str, value: Any, where: str) -> Any:
    """A file or environment value converted to the field's type, or a UsageError that says what is allowed."""
    want = _TYPES[key]
    bad = UsageError(f"{where}: {key} = {value!r} is not {_describe(want)}")
    if want is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return value.lower() in ("1", "true", "yes", "on")
        raise bad
    if want is int:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise bad  # "rate = 170.5" is not cut down to 170 behind the user's back
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad from None
    if want is float:
        if isinstance(value, bool):
            raise bad
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad from None
    if want == tuple[str, ...]:
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise bad
    if not isinstance(value, str):
        raise bad
    return value


def _describe(t: Any) -> str:
    return {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}.get(t, "a list of strings")


def read_file(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise UsageError(f"config {path}: cannot read it ({e.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise UsageError(f"config {path}: not valid TOML ({e}); fix it or run `briefing init` for an example") from None
    return {k: _coerce(k, v, str(path)) for k, v in data.items() if _known(k, str(path))}


def _known(key: str, where: str) -> str:
    if key not in FIELDS:
        raise UsageError(f"{where}: unknown key {key!r} (allowed: {', '.join(FIELDS)})")
    return key


def from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    values = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX) or name in ("BRIEFING_ENCODER_DIR",):
            continue
        key = _known(name[len(ENV_PREFIX):].lower(), f"environment {name}")
        values[key] = _coerce(key, raw, f"environment {name}")
    return values


def load_settings(config: str | None = None, environ: Mapping[str, str] | None = None, **flags: object) -> Settings:
    """Defaults < config file < BRIEFING_* environment < flags (None means "not given")."""
    merged: dict[str, Any] = {}
    if config:
        path = Path(config)
        if not path.is_file():
            raise UsageError(f"config {config} not found; run `briefing init` to write one, or leave out --config")
        merged.update(read_file(path))
    else:
        found = next((p for p in default_config_paths() if p.is_file()), None)
        if found:
            merged.update(read_file(found))
    merged.update(from_env(os.environ if environ is None else environ))
    given = {k: v for k, v in flags.items() if v is not None}
    for k in given:
        _known(k, "option")
    merged.update(given)
    if isinstance(merged.get("out"), str):  # "~/briefings" in a settings file means the home folder
        merged["out"] = os.path.expanduser(merged["out"])
    s = Settings(**merged)
    validate(s)
    return s


def validate(s: Settings) -> None:
    """Range checks; each message names the key, the value and what is allowed."""
    if s.sentences < 1:
        raise UsageError(f"sentences = {s.sentences}: must be 1 or more")
    if s.words < 0:
        raise UsageError(f"words = {s.words}: must be 0 (off) or more")
    if not 80 <= s.rate <= 400:
        raise UsageError(f"rate = {s.rate}: must be between 80 and 400 words a minute")
    if not 0.0 <= s.volume <= 1.0:
        raise UsageError(f"volume = {s.volume}: must be between 0 and 1")
    if not 0.0 < s.story_threshold <= 1.0:
        raise UsageError(f"story_threshold = {s.story_threshold}: must be above 0 and at most 1 (default 0.55)")
    if not 0.0 <= s.fetch_delay <= 60.0:
        raise UsageError(f"fetch_delay = {s.fetch_delay:g}: must be between 0 and 60 seconds")
    if s.lock_wait < 0:
        raise UsageError(f"lock_wait = {s.lock_wait:g}: must be 0 (do not wait) or more seconds")
    from briefing import summarisers, voices  # light: the registries, not the backends
    from briefing.errors import unknown

    if s.summariser not in summarisers.REGISTRY:
        raise unknown("summariser", s.summariser, summarisers.names())
    if s.voice != "none" and s.voice not in voices.REGISTRY:
        raise unknown("voice", s.voice, [*voices.names(), "none"])
    from briefing.podcast import check_base

    check_base(s.base_url)  # "ftp://x" was accepted until a feed was written (user review)
    if s.retention < 0:
        raise UsageError(f"retention = {s.retention}: must be 0 (keep all) or a number of days")
    bad = [f for f in s.audio_formats if f not in ("wav", "mp3")]
    if bad:
        raise UsageError(f"audio_formats: {bad[0]!r} is not supported (allowed: wav, mp3)")
    if not s.inputs:
        raise UsageError("inputs is empty: give at least one file or folder of articles")
    if s.date:
        try:
            day = _dt.date.fromisoformat(s.date)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s.date) or day.year < 1900:
                raise ValueError(s.date)  # ("20261124" is ISO too, and made a second folder for the day; year 1 overflowed
                # the record of articles seen: the eighth user review)
        except ValueError:
            raise UsageError(f"date = {s.date!r}: use YYYY-MM-DD (a year from 1900), e.g. 2026-11-23") from None
    out = Path(s.out).expanduser()
    blocking = next((p for p in (out, *out.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None:  # (the eighth user review: a misleading ".seen.json is unreadable", then "File exists")
        raise UsageError(f"out = {s.out!r}: {blocking} is a file, not a folder; give a folder for the briefings, e.g. output/")
    if s.template and not Path(s.template).is_file():
        raise UsageError(f"template {s.template!r} not found: give a Jinja2 file, or leave it out for the built-in one")


def example() -> str:
    """The commented briefing.toml that `briefing init` writes: every key, its default, its meaning."""
    import inspect

    src = inspect.getsource(Settings)
    docs: dict[str, str] = {}
    lines = src.splitlines()
    for i, line in enumerate(lines):
        name = line.strip().split(":", 1)[0]
        if name in FIELDS and i + 1 < len(lines) and lines[i + 1].strip().startswith('"""'):
            docs[name] = lines[i + 1].strip().strip('"')
    out = ["# briefing.toml: settings for `briefing run`. Uncomment and change what you need.",
           "# Precedence: defaults < this file < BRIEFING_* environment variables < command-line flags.", ""]
    for name, f in FIELDS.items():
        if name in ("force", "date"):
            continue
        out.append(f"# {docs.get(name, '')}")
        out.append(f"# {name} = {_toml(f.default)}")
        out.append("")
    return "\n".join(out)


def _toml(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, tuple):
        return "[" + ", ".join(f'"{x}"' for x in v) + "]"
    return f'"{v}"'
