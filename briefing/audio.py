"""Stage: the script read out, one chapter per section, as WAV and/or MP3.

    chapters --synthesise each--> WAVs --join with pauses--> one signal
    --loudness to -16 LUFS, true peak <= -1 dBTP--> WAV (16-bit mono) + MP3 (CBR, ID3 + chapters)

Every file is written under a temporary name in `out_dir`, checked, then moved into place
with `os.replace`, so a crash never leaves a half-written audio file. Loudness follows
ITU-R BS.1770-4 (K-weighting, 400 ms blocks, absolute and relative gates) in plain numpy.
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from briefing import voices
from briefing.errors import VoiceError

if TYPE_CHECKING:  # pragma: no cover
    from briefing.config import Settings

log = logging.getLogger(__name__)

TARGET_LUFS = -16.0
"""Integrated loudness podcast apps expect (Apple, Spotify: about -16)."""
PEAK_DBTP = -1.0
"""True-peak ceiling; lossy encoding overshoots a little, so stay below 0."""
MP3_KBPS = 48
"""Mono speech at 22,050 Hz: 48 kbps CBR is clear and about 360 KB a minute."""
LEAD_S, GAP_S, TAIL_S = 0.3, 0.8, 0.6
"""Silence before the first chapter, between chapters, after the last."""


@dataclass(frozen=True)
class Tags:
    """What goes into the MP3's ID3 tag."""

    title: str
    date: str = ""
    artist: str = "briefing"
    album: str = "Briefing"
    comment: str = ""


@dataclass(frozen=True)
class Chapter:
    title: str
    start: int
    """First sample."""
    end: int
    """One past the last sample."""


# ---------------------------------------------------------------------------
# Loudness (ITU-R BS.1770-4) and a true-peak limiter.


def _biquad_response(b: tuple[float, ...], a: tuple[float, ...], z: np.ndarray) -> np.ndarray:
    zi = 1.0 / z
    return (b[0] + b[1] * zi + b[2] * zi**2) / (a[0] + a[1] * zi + a[2] * zi**2)


def _k_weighting(n_fft: int, rate: int) -> np.ndarray:
    """Frequency response of the BS.1770 K-weighting filter at rfft bins, for any rate."""
    z = np.exp(2j * np.pi * np.fft.rfftfreq(n_fft))
    # Stage 1: high shelf, +4 dB above about 1.5 kHz (the head's effect).
    g, q, fc = 4.0, 1 / math.sqrt(2), 1500.0
    big_a = 10 ** (g / 40)
    w0 = 2 * math.pi * fc / rate
    alpha = math.sin(w0) / (2 * q)
    cos = math.cos(w0)
    shelf_b = (big_a * ((big_a + 1) + (big_a - 1) * cos + 2 * math.sqrt(big_a) * alpha),
               -2 * big_a * ((big_a - 1) + (big_a + 1) * cos),
               big_a * ((big_a + 1) + (big_a - 1) * cos - 2 * math.sqrt(big_a) * alpha))
    shelf_a = ((big_a + 1) - (big_a - 1) * cos + 2 * math.sqrt(big_a) * alpha,
               2 * ((big_a - 1) - (big_a + 1) * cos),
               (big_a + 1) - (big_a - 1) * cos - 2 * math.sqrt(big_a) * alpha)
    # Stage 2: high pass at 38 Hz (RLB weighting).
    q, fc = 0.5, 38.0
    w0 = 2 * math.pi * fc / rate
    alpha = math.sin(w0) / (2 * q)
    cos = math.cos(w0)
    hp_b = ((1 + cos) / 2, -(1 + cos), (1 + cos) / 2)
    hp_a = (1 + alpha, -2 * cos, 1 - alpha)
    return _biquad_response(shelf_b, shelf_a, z) * _biquad_response(hp_b, hp_a, z)


@lru_cache(maxsize=8)
def _k_impulse(rate: int, taps: int = 4096) -> np.ndarray:
    """The K-weighting filter as a finite impulse response (its tail is below -120 dB by then)."""
    n = 4 * taps
    return np.fft.irfft(_k_weighting(n, rate), n)[:taps]


def _fft_filter(x: np.ndarray, h: np.ndarray, n_fft: int = 1 << 15) -> np.ndarray:
    """`x` convolved with `h`, same length as `x` (overlap-add, so memory stays small)."""
    n_fft = max(n_fft, 1 << int(math.ceil(math.log2(4 * h.size))))
    block = n_fft - h.size + 1  # the whole transform is used: no power-of-two doubling
    hf = np.fft.rfft(h, n_fft)
    y = np.zeros(x.size + n_fft)
    for start in range(0, x.size, block):
        seg = x[start : start + block]
        y[start : start + n_fft] += np.fft.irfft(np.fft.rfft(seg, n_fft) * hf, n_fft)
    return y[: x.size]


def loudness(x: np.ndarray, rate: int) -> float:
    """Integrated loudness of mono `x` (floats, full scale 1.0) in LUFS; -inf for silence."""
    block, step = int(0.4 * rate), int(0.1 * rate)
    if x.size < block:
        x = np.pad(x, (0, block - x.size))
    y = _fft_filter(x, _k_impulse(rate))
    np.square(y, out=y)  # in place: a 45-minute text is 60 million samples, 480 MB an array
    c = np.cumsum(y, out=y)  # c[k]: the energy of the first k + 1 samples
    starts = np.arange(0, x.size - block + 1, step)
    before = np.zeros(starts.size)
    before[1:] = c[starts[1:] - 1]
    z = (c[starts + block - 1] - before) / block
    with np.errstate(divide="ignore"):
        lk = -0.691 + 10 * np.log10(z)
    z = z[lk > -70.0]
    if z.size == 0:
        return float("-inf")
    relative = -0.691 + 10 * math.log10(z.mean()) - 10.0
    with np.errstate(divide="ignore"):
        z = z[-0.691 + 10 * np.log10(z) > relative]
    return -0.691 + 10 * math.log10(z.mean())


def _oversampled_phases(x: np.ndarray, factor: int = 4, taps: int = 48) -> Iterator[np.ndarray]:
    """`x` interpolated at `factor` - 1 points between samples (windowed-sinc polyphase), after `x`
    itself: one at a time, so a long signal is not held four times over."""
    half = taps // 2
    n = np.arange(-half + 1, half + 1)
    window = np.kaiser(taps, 8.0)
    yield x
    for p in range(1, factor):
        h = np.sinc(n - p / factor) * window
        h /= h.sum()
        yield np.convolve(x, h[::-1], mode="full")[half - 1 : half - 1 + x.size]  # 48 taps: direct beats FFT


def true_peak(x: np.ndarray) -> float:
    """Peak of the 4x oversampled signal, as a linear amplitude."""
    return max(float(np.max(np.abs(p))) if p.size else 0.0 for p in _oversampled_phases(x))


def _limit(x: np.ndarray, ceiling: float, rate: int) -> np.ndarray:
    """Smoothly turn down only the blocks whose true peak exceeds `ceiling` (look-ahead limiter)."""
    size = max(16, int(0.002 * rate))
    n_blocks = -(-x.size // size)
    padded = np.zeros(n_blocks * size)
    envelope = padded[: x.size]
    phases = _oversampled_phases(x)
    np.abs(next(phases), out=envelope)
    for phase in phases:
        np.maximum(envelope, np.abs(phase, out=phase), out=envelope)
    peaks = padded.reshape(n_blocks, size).max(axis=1)
    del envelope, padded
    with np.errstate(divide="ignore"):
        need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12))
    if need.min() >= 1.0:
        return x
    # Each block's gain is at most its neighbours' need, so interpolation never overshoots.
    m = np.minimum(need, np.minimum(np.roll(need, 1), np.roll(need, -1)))
    m[0], m[-1] = min(need[0], need[1] if n_blocks > 1 else 1), min(need[-1], need[-2] if n_blocks > 1 else 1)
    # Attack over about 5 ms before the peak, release over about 60 ms after it (in dB).
    db = 20 * np.log10(m)
    attack, release = 6.0 / max(1, int(0.005 * rate / size)), 6.0 / max(1, int(0.06 * rate / size))
    # db[i] = min(db[i], db[i - 1] + release) forwards, then min(db[i], db[i + 1] + attack)
    # backwards: running minima of db shifted by a ramp, so no Python loop over the blocks.
    ramp = np.arange(n_blocks, dtype=np.float64)
    db = np.minimum.accumulate(db - ramp * release) + ramp * release
    db = (np.minimum.accumulate((db + ramp * attack)[::-1]) - ramp[::-1] * attack)[::-1]
    gain_blocks = 10 ** (db / 20)
    centres = np.arange(n_blocks) * size + size / 2
    out = np.empty_like(x)
    span = 1 << 20  # a million samples at a time: the gain curve is never whole in memory
    for start in range(0, x.size, span):
        end = min(x.size, start + span)
        np.multiply(x[start:end], np.interp(np.arange(start, end), centres, gain_blocks), out=out[start:end])
    return out


def normalise(x: np.ndarray, rate: int, target: float = TARGET_LUFS, peak_db: float = PEAK_DBTP) -> np.ndarray:
    """`x` at `target` LUFS with its true peak at or below `peak_db` dBTP."""
    ceiling = 10 ** ((peak_db - 0.1) / 20)
    current = loudness(x, rate)
    if not math.isfinite(current):
        return x
    for _ in range(3):  # limiting lowers the loudness a little: measure and go again
        x = _limit(x * 10 ** ((target - current) / 20), ceiling, rate)
        current = loudness(x, rate)
        if abs(current - target) < 0.3:
            break
    tp = true_peak(x)
    if tp > ceiling:  # what the limiter's smoothing let through: a last plain trim
        x = x * (ceiling / tp)
    return x


# ---------------------------------------------------------------------------
# Writing.


def _read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        rate = w.getframerate()
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    return data.astype(np.float64) / 32768.0, rate


def _pcm16(x: np.ndarray) -> bytes:
    return np.clip(np.round(x * 32767.0), -32768, 32767).astype("<i2").tobytes()


def _temp(out_dir: Path, stem: str, suffix: str) -> Path:
    from briefing.publish import umask

    fd, name = tempfile.mkstemp(dir=out_dir, prefix=f".{stem}.", suffix=f"{suffix}.part")
    os.fchmod(fd, 0o666 & ~umask())  # mkstemp makes 0600; published audio gets the usual mode
    os.close(fd)
    return Path(name)


def _write_wav(path: Path, pcm: bytes, rate: int) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)


def _encode_mp3(pcm: bytes, rate: int, kbps: int = MP3_KBPS) -> bytes:
    try:
        import lameenc
    except ImportError:
        raise VoiceError("cannot write MP3: lameenc is missing; pip install lameenc, "
                         "or ask for WAV only (audio_formats = [\"wav\"])") from None
    enc = lameenc.Encoder()
    enc.set_bit_rate(kbps)
    enc.set_in_sample_rate(rate)
    enc.set_out_sample_rate(rate)
    enc.set_channels(1)
    enc.set_quality(5)  # "good": 3x faster than 2 at 48 kbps mono speech, no audible difference
    return bytes(enc.encode(pcm) + enc.flush())


def _tag_mp3(path: Path, tags: Tags, chapters: list[Chapter], rate: int, total: int) -> None:
    from mutagen.id3 import CHAP, COMM, CTOC, ID3, TALB, TDRC, TIT2, TLEN, TPE1, CTOCFlags

    def ms(sample: int) -> int:
        return int(round(1000 * sample / rate))

    id3 = ID3()
    id3.add(TIT2(encoding=3, text=[tags.title]))
    if tags.date:
        id3.add(TDRC(encoding=3, text=[tags.date]))
    id3.add(TPE1(encoding=3, text=[tags.artist]))
    id3.add(TALB(encoding=3, text=[tags.album]))
    if tags.comment:
        id3.add(COMM(encoding=3, lang="eng", desc="", text=[tags.comment]))
    id3.add(TLEN(encoding=3, text=[str(ms(total))]))
    ids = [f"chp{i}" for i in range(len(chapters))]
    id3.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                 child_element_ids=ids, sub_frames=[TIT2(encoding=3, text=["Chapters"])]))
    for cid, ch in zip(ids, chapters):
        id3.add(CHAP(element_id=cid, start_time=ms(ch.start), end_time=ms(ch.end),
                     start_offset=0xFFFFFFFF, end_offset=0xFFFFFFFF,
                     sub_frames=[TIT2(encoding=3, text=[ch.title])]))
    id3.save(str(path), v2_version=3)  # ID3v2.3: what most podcast apps read best


def _check_mp3(path: Path, seconds: float, n_chapters: int) -> None:
    from mutagen.mp3 import MP3, HeaderNotFoundError

    try:
        mp3 = MP3(str(path))
    except (HeaderNotFoundError, Exception) as e:  # mutagen has many error types
        raise VoiceError(f"the MP3 just written does not parse ({e}); write WAV only with "
                         "audio_formats = [\"wav\"] and report this") from None
    if mp3.info.channels != 1 or abs(mp3.info.length - seconds) > 0.5:
        raise VoiceError(f"the MP3 just written is {mp3.info.length:.1f} s, {mp3.info.channels} channels; "
                         f"expected {seconds:.1f} s mono: write WAV only with audio_formats = [\"wav\"]")
    found = len(mp3.tags.getall("CHAP")) if mp3.tags else 0
    if found != n_chapters:
        raise VoiceError(f"the MP3 has {found} chapters, expected {n_chapters}: upgrade mutagen (>= 1.45)")


def speak(chapters: list[tuple[str, str]], settings: "Settings", work_dir: Path | None = None,
          ) -> tuple[np.ndarray, int, list[Chapter]]:
    """`chapters` ((title, speech text), in order) spoken and joined with pauses: the signal
    (floats, before loudness normalisation), its sample rate and where each chapter lies.
    Each chapter's WAV is written in a temporary folder inside `work_dir` on the way."""
    spoken = [(title, text) for title, text in chapters if text.strip()]
    if not spoken:
        raise VoiceError("nothing to say: every chapter is empty")
    voice = voices.get(settings.voice)
    parts: list[np.ndarray] = []
    rate = 0
    with tempfile.TemporaryDirectory(dir=work_dir, prefix=".chapters.") as tmp:
        for i, (title, text) in enumerate(spoken):
            path = Path(tmp) / f"{i:03d}.wav"
            voice.synthesise(text, path, settings)
            x, r = _read_wav(path)
            if rate and r != rate:
                raise VoiceError(f"the voice changed sample rate between chapters ({rate} then {r} Hz)")
            rate = r
            parts.append(x)
            log.debug("chapter %d %r: %.1f s", i, title, x.size / r)

    # Join: lead-in, chapters separated by pauses, tail. A chapter starts where its pause does.
    signal, marks = [np.zeros(int(LEAD_S * rate))], []
    pos = signal[0].size
    for i, x in enumerate(parts):
        if i:
            gap = np.zeros(int(GAP_S * rate))
            signal.append(gap)
            pos += gap.size
        marks.append(0 if i == 0 else pos - int(GAP_S * rate) // 2)
        signal.append(x)
        pos += x.size
    signal.append(np.zeros(int(TAIL_S * rate)))
    joined = np.concatenate(signal)
    chaps = [Chapter(title, start, (marks[i + 1] if i + 1 < len(marks) else joined.size))
             for i, ((title, _), start) in enumerate(zip(spoken, marks))]
    return joined, rate, chaps


def render(
    chapters: list[tuple[str, str]],
    out_dir: Path,
    stem: str,
    settings: "Settings",
    tags: Tags | None = None,
) -> list[Path]:
    """Speak `chapters` ((title, speech text), in order) into `out_dir`/`stem`.wav and/or .mp3.

    Returns the files written, already in place (atomically), in the order of
    `settings.audio_formats`. Raises VoiceError, saying how to fix it, if the voice fails.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    formats = [f for f in settings.audio_formats if f in ("wav", "mp3")]
    if not formats:
        return []
    signal, rate, chaps = speak(chapters, settings, out_dir)
    audio = normalise(signal, rate)
    total = audio.size
    said = " ".join(text for _, text in chapters if text.strip())
    tags = tags or Tags(title=stem, date=settings.today())
    pcm = _pcm16(audio)
    log.info("audio: %d chapters, %.1f s, %.1f LUFS", len(chaps), total / rate, loudness(audio, rate))

    written: list[Path] = []
    temps: list[Path] = []
    try:
        for fmt in formats:
            tmp_path = _temp(out_dir, stem, f".{fmt}")
            temps.append(tmp_path)
            if fmt == "wav":
                _write_wav(tmp_path, pcm, rate)
                voices.check_wav(tmp_path, said, settings.rate, settings.voice)
            else:
                tmp_path.write_bytes(_encode_mp3(pcm, rate))
                _tag_mp3(tmp_path, tags, chaps, rate, total)
                _check_mp3(tmp_path, total / rate, len(chaps))
        for fmt, tmp_path in zip(formats, temps):
            final = out_dir / f"{stem}.{fmt}"
            os.replace(tmp_path, final)
            written.append(final)
    finally:
        for t in temps:
            t.unlink(missing_ok=True)
    return written


def tags_for(briefing: object, comment: str = "") -> Tags:
    """ID3 tags for a `Briefing`: its title and date, and the sources in the comment."""
    sources = getattr(briefing, "sources", ())
    names = [getattr(s, "outlet", "") or getattr(s, "title", "") for s in sources]
    note = comment or ("Sources: " + "; ".join(n for n in names if n) if names else "")
    return Tags(title=getattr(briefing, "title", "") or "Briefing", date=getattr(briefing, "date", ""),
                comment=note)
