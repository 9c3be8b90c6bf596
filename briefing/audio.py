"""Audio rendering: chapters synthesised, joined, written as WAV and MP3. (First version.)"""

from __future__ import annotations

import tempfile
import wave
from pathlib import Path

import numpy as np

from briefing.config import Settings
from briefing.publish import atomic_writer
from briefing.voices import get


def _read(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16), w.getframerate()


def render(chapters: list[tuple[str, str]], out_dir: Path, stem: str, settings: Settings) -> list[Path]:
    voice = get(settings.voice)
    pieces: list[np.ndarray] = []
    rate = 22050
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".tts-") as tmp:
        for i, (_, text) in enumerate(chapters):
            p = Path(tmp) / f"{i}.wav"
            voice.synthesise(text, p, settings)
            samples, rate = _read(p)
            pieces += [samples, np.zeros(int(rate * 0.6), dtype=np.int16)]
    pcm = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int16)
    written = []
    if "wav" in settings.audio_formats:
        with atomic_writer(out_dir / f"{stem}.wav") as f:
            _write_wav(f, pcm, rate)
        written.append(out_dir / f"{stem}.wav")
    if "mp3" in settings.audio_formats:
        with atomic_writer(out_dir / f"{stem}.mp3") as f:
            _write_mp3(f, pcm, rate)
        written.append(out_dir / f"{stem}.mp3")
    return written


def _write_wav(f, pcm: np.ndarray, rate: int) -> None:
    with wave.open(f, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def _write_mp3(f, pcm: np.ndarray, rate: int) -> None:
    import lameenc

    enc = lameenc.Encoder()
    enc.set_bit_rate(64)
    enc.set_in_sample_rate(rate)
    enc.set_channels(1)
    enc.set_quality(2)
    f.write(enc.encode(pcm.tobytes()) + enc.flush())
