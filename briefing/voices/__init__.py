"""Text-to-speech backends, found by name.

Each backend is a module here with one class following `Voice`; the registry maps a name
to "module:Class" so that a backend's heavy imports (pyttsx3, onnxruntime) happen only
when it is used, and `briefing --help` stays instant.

    pyttsx3  espeak-ng through pyttsx3 (the default; `apt-get install espeak-ng`)
    piper    Piper neural voice en_US-joe-medium (`pip install briefing[piper]`)
"""

from __future__ import annotations

import importlib
import logging
import math
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from briefing.errors import VoiceError, unknown

if TYPE_CHECKING:  # pragma: no cover
    from briefing.config import Settings

log = logging.getLogger(__name__)

DEFAULT = "pyttsx3"

REGISTRY: dict[str, str] = {
    "pyttsx3": "briefing.voices.espeak:Pyttsx3Voice",
    "piper": "briefing.voices.piper_voice:PiperVoice",
}


@dataclass(frozen=True)
class VoiceInfo:
    """One voice a backend can speak with (what `--voice-name` takes)."""

    id: str
    name: str
    language: str = ""
    gender: str = ""


@runtime_checkable
class Voice(Protocol):
    """A speech backend."""

    name: str
    """Registry name, e.g. "pyttsx3"."""

    def synthesise(self, text: str, path: Path, settings: "Settings") -> None:
        """Write `text` spoken to `path` as a mono 16-bit WAV; raise VoiceError on failure.

        The file is complete and verified when this returns (see `check_wav`)."""
        ...

    def list_voices(self) -> list[VoiceInfo]:
        """The voices this backend can use; raise VoiceError if it is not installed."""
        ...


def names() -> list[str]:
    return sorted(REGISTRY)


def get(name: str) -> Voice:
    """The backend called `name`; unknown names fail listing the known ones."""
    if name not in REGISTRY:
        raise unknown("voice", name, names())
    module_name, _, cls_name = REGISTRY[name].partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, cls_name)()


def describe() -> str:
    """What `briefing voices` prints: each backend, whether it works here, and its voices."""
    lines = []
    for name in names():
        marker = " (default)" if name == DEFAULT else ""
        try:
            backend = get(name)
            found = backend.list_voices()
        except VoiceError as e:
            lines.append(f"{name}{marker}: not available: {e}")
            continue
        default_id, _, variant = getattr(backend, "default_voice", "").partition("+")
        lines.append(f"{name}{marker}: {len(found)} voices (choose with --voice {name} --voice-name ID)")
        english = [v for v in found if v.language.lower().startswith("en")] or found
        for v in english:
            star = "  *" if v.id == default_id else "   "
            lang = f" [{v.language}]" if v.language else ""
            lines.append(f"{star} {v.id:28} {v.name}{lang}{f' (+{variant})' if star.strip() and variant else ''}")
        others = len(found) - len(english)
        if others:
            langs = sorted({v.language for v in found if v not in english and v.language})
            lines.append(f"    ... and {others} voices in other languages ({', '.join(langs[:12])}"
                         f"{', ...' if len(langs) > 12 else ''})")
    lines.append("* marks the voice used when --voice-name is not given; pyttsx3 takes an espeak-ng "
                 "variant after a plus sign (ID+klatt, ID+m3).")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Shared checks: a backend calls `check_wav` before it declares success.


@dataclass(frozen=True)
class WavInfo:
    rate: int
    channels: int
    width: int
    frames: int

    @property
    def seconds(self) -> float:
        return self.frames / self.rate if self.rate else 0.0


def expected_seconds(text: str, wpm: int) -> tuple[float, float]:
    """The plausible duration range of `text` read at `wpm` words a minute."""
    words = len(text.split())
    nominal = 60.0 * words / max(wpm, 1)
    # Engines read long words slowly and add pauses at punctuation, hence the wide range.
    return 0.4 * nominal, 2.5 * nominal + 3.0


def check_wav(path: Path, text: str, wpm: int, backend: str) -> WavInfo:
    """Raise VoiceError unless `path` is a mono 16-bit WAV, as long as `text` implies, not silent."""
    import numpy as np

    fix = "see `briefing voices`, or try another voice with --voice"
    if not path.is_file() or path.stat().st_size <= 44:
        raise VoiceError(f"{backend} wrote no audio to {path}: {fix}")
    try:
        with wave.open(str(path), "rb") as w:
            info = WavInfo(w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes())
            data = w.readframes(info.frames)
    except (wave.Error, EOFError) as e:
        raise VoiceError(f"{backend} wrote an unreadable WAV {path} ({e}): {fix}") from None
    if info.channels != 1 or info.width != 2:
        raise VoiceError(f"{backend} wrote {info.channels} channels of {8 * info.width}-bit audio, "
                         f"expected mono 16-bit: {fix}")
    low, high = expected_seconds(text, wpm)
    if not low <= info.seconds <= high:
        raise VoiceError(f"{backend} wrote {info.seconds:.1f} s of audio for {len(text.split())} words "
                         f"at {wpm} words a minute (expected {low:.0f} to {high:.0f} s): "
                         f"the engine stopped early or hung; {fix}")
    samples = np.frombuffer(data, dtype="<i2").astype(np.float32)
    rms = float(np.sqrt(np.mean(samples**2))) if samples.size else 0.0
    if rms < 32768 * 10 ** (-60 / 20):  # quieter than -60 dBFS: silence
        db = 20 * math.log10(rms / 32768) if rms > 0 else float("-inf")
        raise VoiceError(f"{backend} wrote silence ({db:.0f} dBFS) to {path}: check --volume (0 to 1) "
                         f"and {fix}")
    return info
