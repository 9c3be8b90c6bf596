"""Intelligibility of the voices, measured: pocketsphinx word error rate against the speech text.

    python bench/voice.py [TEXT_FILE | --paragraphs] [--sweep] [--no-piper]

Each row synthesises the text, transcribes the audio with pocketsphinx (its wheel ships
an en-US model) and scores the transcript against the speech text, both normalised the
same way (lower case, numbers as words, no punctuation). Plain espeak audio defeats
pocketsphinx's noise model, so each row is scored after mixing in faint pink noise
(-40 dBFS), which is the number the targets refer to; --clean also scores the
noise-free audio.

Rows: raw vs normalised text; pyttsx3's own defaults (en-GB, 200 wpm) vs ours; Piper if
installed, three times by default (--piper-runs: Piper samples noise, so its score moves by about 1.5
points between runs; the JSON's piper_wer_noisy is the mean); with --sweep, more voices and rates (how the
default was chosen). Each row gets a fresh recogniser. Also the
real-time factor of synthesis and the MP3 size a minute. The last line is one JSON object.

Default input: the seeds' briefing as it is spoken (the pipeline run text-only on seeds/,
then `speech.script`: what `briefing.speech.txt` holds), read chapter by chapter with the
pauses between them, as `briefing run` does; its "raw text" rows read the same script
without `for_speech`. --paragraphs reads the first two body paragraphs of each article
instead (the text the issue's first measurements used).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing import audio, voices  # noqa: E402
from briefing.config import Settings  # noqa: E402
from briefing.speech import for_speech, script  # noqa: E402
from briefing.voices import espeak  # noqa: E402

TARGETS = {"pyttsx3": 0.35, "piper": 0.22}
NOISE_DBFS = -40.0
DUMP: Path | None = None


def seeds_text(folder: Path = ROOT / "seeds", per_article: int = 2) -> str:
    """A briefing-like text: the first body paragraphs of each seed article."""
    paragraphs = []
    for path in sorted(folder.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()[1:]]
        body = [ln for ln in lines if len(ln) >= 120 and not ln.startswith("By ")]
        paragraphs += body[:per_article]
    return "\n".join(paragraphs)


def briefing_script(folder: Path = ROOT / "seeds") -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The seeds' briefing as spoken, and the same script without `for_speech` (raw text)."""
    from briefing.pipeline import build

    settings = Settings(inputs=(str(folder),), include_seen=True, voice="none", date="2026-11-23")
    briefing, _ = build(settings)
    return script(briefing), script(briefing, say=str)


def words_for_scoring(text: str) -> list[str]:
    """Lower case, numbers as words, no punctuation: the same for reference and transcript."""
    text = for_speech(text).lower()
    text = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\.|\s|$)", " ", text)  # "c.s.i.s." -> "c s i s"
    text = re.sub(r"[^a-z' ]+", " ", text.replace("-", " "))
    words = [w.strip("'") for w in text.split() if w.strip("'")]
    # A spelled acronym is one word, however it was written or recognised: "c n n" (the
    # text's "C.N.N.") and "cnn" (pocketsphinx's dictionary word) are the same thing said.
    # ("a" and "i" are words: they start no run.)
    joined: list[str] = []
    spelling = False
    for w in words:
        if len(w) == 1 and spelling:
            joined[-1] += w
        else:
            joined.append(w)
            spelling = len(w) == 1 and w not in "ai"
    return joined


def wer(ref: list[str], hyp: list[str]) -> float:
    d = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, d[0] = d[0], i
        for j, h in enumerate(hyp, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (r != h))
    return d[len(hyp)] / max(1, len(ref))


def pink_noise(n: int, dbfs: float, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.arange(spectrum.size)
    spectrum[1:] /= np.sqrt(f[1:])
    spectrum[0] = 0
    x = np.fft.irfft(spectrum, n)
    return x * (10 ** (dbfs / 20) / np.sqrt(np.mean(x**2)))


def to_16k(x: np.ndarray, rate: int) -> np.ndarray:
    if rate == 16000:
        return x
    n = int(round(x.size * 16000 / rate))
    spec = np.fft.rfft(x)[: n // 2 + 1]
    return np.fft.irfft(spec, n) * (n / x.size)


def pauses(x: np.ndarray, rate: int = 16000, min_pause: float = 0.25, longest: float = 20.0) -> list[tuple[int, int]]:
    """Speech stretches of the clean signal, cut at pauses (pocketsphinx's VAD misses
    synthetic speech), none longer than `longest` seconds."""
    frame = int(0.01 * rate)
    n = x.size // frame
    energy = np.sqrt(np.mean(x[: n * frame].reshape(n, frame) ** 2, axis=1))
    quiet = energy < max(1e-4, 0.02 * np.median(energy[energy > 0]) if np.any(energy > 0) else 1e-4)
    cuts, run = [0], 0
    for i, q in enumerate(quiet):
        run = run + 1 if q else 0
        if run == int(min_pause / 0.01) or (i - cuts[-1] > longest / 0.01 and q):
            cuts.append(i)
    cuts.append(n)
    spans = [(a * frame, b * frame) for a, b in zip(cuts, cuts[1:]) if b - a > 5]
    out = []
    for a, b in spans:  # a stretch with no pause at all: cut it evenly
        step = int(longest * rate)
        out += [(s, min(b, s + step)) for s in range(a, b, step)]
    return out


def transcribe(x: np.ndarray, spans: list[tuple[int, int]], decoder: object) -> list[str]:
    pcm = np.clip(np.round(x * 32767), -32768, 32767).astype("<i2")
    words: list[str] = []
    for a, b in spans:
        decoder.start_utt()  # type: ignore[attr-defined]
        decoder.process_raw(pcm[a:b].tobytes(), full_utt=True)  # type: ignore[attr-defined]
        decoder.end_utt()  # type: ignore[attr-defined]
        hyp = decoder.hyp()  # type: ignore[attr-defined]
        if hyp is not None:
            words += [w for w in hyp.hypstr.split() if not w.startswith("<")]
    return words_for_scoring(" ".join(re.sub(r"\(\d+\)$", "", t) for t in words))  # "word(2)": a variant


def _row(name: str, backend: str, chapters: list[tuple[str, str]], ref: list[str], new_decoder: Callable[[], object], tmp: Path,
         clean: bool = False, **settings: object) -> dict:
    s = Settings(voice=backend, **settings)  # type: ignore[arg-type]
    path = tmp / (re.sub(r"[^\w.-]+", "_", name) + ".wav")
    t0 = time.perf_counter()
    x, rate, _ = audio.speak(chapters, s, tmp)  # chapters joined with pauses, as `briefing run` does
    synth_s = time.perf_counter() - t0
    seconds = x.size / rate
    x = audio.normalise(x, rate)  # what listeners get, and a fair level for the recogniser
    mp3_kb = len(audio._encode_mp3(audio._pcm16(x), rate)) / 1024
    x16 = to_16k(x, rate)
    decoder = new_decoder()  # a fresh one per row: pocketsphinx adapts its normalisation to what it has heard
    spans = pauses(x16)
    clean_wer = wer(ref, transcribe(x16, spans, decoder)) if clean else None
    heard = transcribe(x16 + pink_noise(x16.size, NOISE_DBFS), spans, decoder)
    noisy = wer(ref, heard)
    if DUMP:
        DUMP.mkdir(parents=True, exist_ok=True)
        (DUMP / path.with_suffix(".txt").name).write_text(" ".join(heard) + "\n", encoding="utf-8")
    out = {"row": name, "backend": backend, "voice": s.voice_name or getattr(voices.get(backend), "default_voice", ""),
           "rate": s.rate, "seconds": round(seconds, 1), "wer_clean": None if clean_wer is None else round(clean_wer, 3), "wer_noisy": round(noisy, 3),
           "rtf": round(synth_s / seconds, 4), "mp3_kb_per_min": round(mp3_kb / (seconds / 60), 1)}
    print(f"{name:34} {out['voice']:18} {s.rate:4d} wpm  WER clean {'   -   ' if clean_wer is None else f'{clean_wer:6.1%}'}  noisy {noisy:6.1%}  "
          f"RTF {out['rtf']:.4f}  MP3 {out['mp3_kb_per_min']:.0f} KB/min", file=sys.stderr)
    return out


ONLY = ""


def row(name: str, *args: object, **kwargs: object) -> dict | None:
    return _row(name, *args, **kwargs) if ONLY in name else None  # type: ignore[arg-type]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("text", nargs="?", type=Path, help="a text file (default: the seeds' briefing as spoken)")
    p.add_argument("--paragraphs", action="store_true",
                   help="read the first two body paragraphs of each seed article instead of the briefing")
    p.add_argument("--sweep", action="store_true", help="also try other voices and rates")
    p.add_argument("--no-piper", action="store_true", help="skip Piper even if installed")
    p.add_argument("--piper-runs", type=int, default=3, help="synthesise and score Piper this many times (its "
                   "output varies); piper_wer_noisy is the mean")
    p.add_argument("--only", default="", help="run only the rows whose name contains this")
    p.add_argument("--dump", type=Path, help="write each row's transcript into this folder")
    p.add_argument("--clean", action="store_true",
                   help="also score the noise-free audio (doubles the time; espeak scores 70-80%% there)")
    args = p.parse_args()
    global DUMP, ONLY
    DUMP, ONLY = args.dump, args.only
    logging.basicConfig(level=logging.WARNING)

    from pocketsphinx import Decoder

    if args.text or args.paragraphs:
        written = args.text.read_text(encoding="utf-8") if args.text else seeds_text()
        raw, speech = [("Text", written)], [("Text", for_speech(written))]
        source = str(args.text) if args.text else "seed paragraphs"
    else:
        speech, raw = briefing_script()
        source = "the seeds' briefing as spoken"
    raw_text = "\n".join(t for _, t in raw)
    ref = words_for_scoring(raw_text)
    print(f"text: {source}, {len(raw_text.split())} words written, {sum(len(t.split()) for _, t in speech)} "
          f"spoken; noise {NOISE_DBFS:.0f} dBFS pink", file=sys.stderr)
    def decoder() -> object:
        return Decoder(samprate=16000, logfn="/dev/null")

    ours = {"voice_name": espeak.DEFAULT_VOICE, "rate": Settings().rate}
    pyttsx3_defaults = {"voice_name": "gmw/en", "rate": 200}
    rows = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        c = args.clean
        rows.append(row("pyttsx3 defaults, raw text", "pyttsx3", raw, ref, decoder, tmp, c, **pyttsx3_defaults))
        rows.append(row("pyttsx3 defaults, normalised", "pyttsx3", speech, ref, decoder, tmp, c,
                        **pyttsx3_defaults))
        rows.append(row("ours, raw text", "pyttsx3", raw, ref, decoder, tmp, c, **ours))
        rows.append(row("ours, normalised", "pyttsx3", speech, ref, decoder, tmp, c, **ours))
        if args.sweep:
            for voice, rate in [("gmw/en-us", 160), ("gmw/en-us", 170), ("gmw/en-us+klatt", 160),
                                ("gmw/en-us+klatt4", 170), ("gmw/en-us-nyc", 170), ("gmw/en", 170)]:
                rows.append(row(f"sweep {voice} {rate}", "pyttsx3", speech, ref, decoder, tmp, c,
                                voice_name=voice, rate=rate))
        piper_ok = not args.no_piper
        if piper_ok:
            try:
                voices.get("piper").list_voices()
            except Exception as e:  # noqa: BLE001 - any reason it cannot run is reported
                print(f"piper: skipped ({e})", file=sys.stderr)
                piper_ok = False
        if piper_ok:  # Piper samples noise as it speaks: its score moves by about 1.5 points from run to run
            for k in range(1, args.piper_runs + 1):
                rows.append(row(f"piper, normalised, run {k}", "piper", speech, ref, decoder, tmp, c, rate=Settings().rate))
    named = {r["row"]: r for r in rows if r}
    rows = [r for r in rows if r]
    piper = [r["wer_noisy"] for r in rows if r["backend"] == "piper"]
    if piper:
        print(f"piper: mean noisy WER {statistics.mean(piper):.1%} over {len(piper)} runs "
              f"({min(piper):.1%}-{max(piper):.1%})", file=sys.stderr)
    summary = {
        "text": source,
        "words": len(ref),
        "noise_dbfs": NOISE_DBFS,
        "rows": rows,
        "targets_noisy_wer": TARGETS,
        "default_pyttsx3_wer_noisy": named.get("ours, normalised", {}).get("wer_noisy"),
        "piper_wer_noisy": round(statistics.mean(piper), 3) if piper else None,
        "piper_wer_noisy_runs": piper,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
