"""The default voice: espeak-ng driven through pyttsx3, made dependable.

pyttsx3 2.99 on Linux has four traps, each handled here:

1. `save_to_file` + `runAndWait()` returns while espeak-ng is still synthesising (on its
   own thread), so a process that exits right after writes no file. We wait for the
   `finished-utterance` callback, with a timeout, then check the file.
2. Only the last of several queued files is written, and the driver keeps the last text
   and file name between calls. We queue one file per run, set voice, rate and volume
   every time, and clear the driver's leftovers afterwards.
3. Two threads lose output: one engine per process, behind a lock.
4. The driver prints "Audio saved to ..." on stdout: stdout is silenced (Python and file
   descriptor) while the engine runs, since a cron job mails whatever lands there.

Two more, found later: the driver gathers an utterance's audio with `bytes +=`, so one
utterance costs time quadratic in its length (a long text is spoken in pieces, `pieces`); and an
utterance left running when Ctrl-C or SIGTERM unwinds the caller went on for minutes, then saved
its file into a folder already removed, with tracebacks (`_abandon` stops it at once).

The WAV it writes is 22,050 Hz mono 16-bit. The module is not called `pyttsx3.py` so it
cannot shadow the library it imports.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import os
import re
import sys
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.errors import UsageError, VoiceError
from briefing.voices import VoiceInfo, check_wav, expected_seconds

if TYPE_CHECKING:  # pragma: no cover
    from briefing.config import Settings

log = logging.getLogger(__name__)

DEFAULT_VOICE = "gmw/en-us+klatt"
"""Chosen by measurement (bench/voice.py, pocketsphinx WER with -40 dBFS pink noise): en-US
with espeak-ng's Klatt voice source at 170 wpm scores 26% on the seeds' briefing as spoken
(737 words) and 24% on the seeds' paragraphs (463 words), against 37% for plain en-us (35% at
160 wpm, 38% on the paragraphs at 160), 30% for +klatt4, 28% for +klatt at 160 wpm, and about
80% for pyttsx3's default en-GB at 200 wpm. A variant is "+name" after the voice id."""

INSTALL_HINT = "install it with `sudo apt-get install espeak-ng` (Debian/Ubuntu)"

_LOCK = threading.Lock()
_ENGINE: Any = None
_FINISHED = threading.Event()
_OUTCOME: dict[str, object] = {}
_WARNED: set[str] = set()
"""Voices already warned about as not English (once a process, not once a chapter)."""


def _on_finished(name: object = None, completed: bool = True, **_: object) -> None:
    if completed:
        _FINISHED.set()
    else:
        # pyttsx3's driver sometimes cancels itself: its stop() sees espeak-ng still
        # "playing" the previous file. Noted; the run is retried if no file follows.
        _OUTCOME["cancelled_at"] = time.monotonic()


def _on_error(name: object = None, exception: BaseException | None = None, **_: object) -> None:
    _OUTCOME["error"] = exception


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """Nothing reaches stdout, from Python or C, on any thread, while this is open."""
    captured = io.StringIO()
    saved = devnull = -1
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    try:
        saved = os.dup(1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
    except OSError:  # no fd 1 at all (a daemon): nothing to protect
        pass
    try:
        with contextlib.redirect_stdout(captured):
            yield
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        if saved >= 0:
            os.dup2(saved, 1)
            os.close(saved)
        if devnull >= 0:
            os.close(devnull)
        if captured.getvalue().strip():
            log.debug("pyttsx3 said: %s", captured.getvalue().strip())


def _engine() -> Any:
    """The process's one pyttsx3 engine (call with _LOCK held)."""
    global _ENGINE
    if _ENGINE is not None:
        return _ENGINE
    try:
        import pyttsx3
    except ImportError as e:
        raise VoiceError(f"pyttsx3 is not installed ({e}): pip install 'pyttsx3>=2.90'") from None
    try:
        with _quiet_stdout():
            engine = pyttsx3.init("espeak")
    except Exception as e:  # ctypes raises OSError, the driver RuntimeError, ...
        raise VoiceError(f"espeak-ng could not be started ({type(e).__name__}: {e}); {INSTALL_HINT}") from None
    engine.connect("finished-utterance", _on_finished)
    engine.connect("error", _on_error)
    _ENGINE = engine
    # Let go before interpreter shutdown: pyttsx3's __del__ fails noisily once modules are gone.
    atexit.register(_forget_engine)
    return engine


def _abandon(engine: Any, timeout: float = 2.0) -> None:
    """Stop the utterance under way for good: nothing will use it (the caller was interrupted).

    Left alone, espeak-ng went on synthesising on its own thread for minutes after Ctrl-C (the
    driver's buffer growing all the while), then the driver's callback saved the WAV into a folder
    already removed, with tracebacks. The callback is made a no-op (the driver ignores audio when
    it is not "speaking"), espeak-ng is cancelled and waited for briefly, and the engine, whose run
    loop may have been cut short, is ended and forgotten. Private attributes, hence the guards."""
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    with contextlib.suppress(Exception):
        driver._speaking = False
        driver._data_buffer = b""
    with contextlib.suppress(Exception):
        from pyttsx3.drivers import _espeak

        _espeak.Cancel()
    deadline = time.monotonic() + timeout
    while _espeak_busy() and time.monotonic() < deadline:
        time.sleep(0.005)
    if getattr(engine, "_inLoop", False):  # cut short inside runAndWait: a later one would refuse to start
        with contextlib.suppress(Exception):
            engine.endLoop()
    _forget_engine()


def _forget_engine() -> None:
    """After a timeout the engine's state is unknown: the next call builds a new one."""
    global _ENGINE
    if _ENGINE is not None:
        with contextlib.suppress(Exception):
            _ENGINE.stop()
    _ENGINE = None


ATTEMPTS = 3
"""Utterances tried per piece before giving up (the driver sometimes cancels one, or leaves it empty)."""

PIECE_WORDS = 500
"""Most words spoken in one utterance. The driver appends each 1 s buffer to a `bytes` object, so an
utterance's cost grows with the square of its length (measured alone: 500 words 0.3 s, 1,000 words 1 s,
2,000 words 7.8 s, 4,000 words 18.8 s, mostly system time copying the buffer; a 7,722-word `speak`
took 205 s and 4.7 GB). Pieces of whole paragraphs or sentences keep it linear; espeak-ng ends each
utterance with a sentence's pause, so the joins are not heard. 500 words keeps a briefing's chapters whole
(the seeds' longest is 382 words: cut at 300 it was read with one more pause, 27.0% -> 27.9% in bench/voice.py)."""

_LINE = re.compile(r"(?<=\n)")
_SENTENCE = re.compile(r"(?<=[.!?])(?=\s)")


def pieces(text: str, size: int = PIECE_WORDS) -> list[str]:
    """`text` in pieces of at most `size` words, cut after a line where it can, else after a
    sentence, else (a run of words with no full stop) between words; nothing is lost or reordered."""
    parts: list[str] = []
    for line in _LINE.split(text):
        if len(line.split()) <= size:
            parts.append(line)
            continue
        for sentence in _SENTENCE.split(line):
            words = sentence.split()
            if len(words) <= size:
                parts.append(sentence)
            else:
                parts.extend(" " + " ".join(words[i:i + size]) for i in range(0, len(words), size))
    out: list[str] = []
    current, count = "", 0
    for part in parts:
        n = len(part.split())
        if count and count + n > size:
            out.append(current)
            current, count = "", 0
        current, count = current + part, count + n
    out.append(current)
    return [p.strip() for p in out if p.strip()]


def _check_space(folder: Path, seconds: float) -> None:
    """Refuse before speaking when `folder` cannot hold `seconds` of audio: the driver's callback
    cannot report a full disk, and its loop never ends after one (see _run_once)."""
    import shutil

    need = 44 + 2 * 22_050 * seconds
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < need:
        raise VoiceError(f"not enough disk space for the audio in {folder} ({free / 1e6:.1f} MB free, at least "
                         f"{need / 1e6:.1f} MB needed); free some space or choose another folder with --out")


@contextlib.contextmanager
def _callback_errors_logged() -> Iterator[None]:
    """An exception in the driver's ctypes callback ("Error saving WAV file: [Errno 28] No space left
    on device") goes to the log, not as a traceback on stderr."""
    saved = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        log.debug("pyttsx3 callback failed: %r", unraisable.exc_value)
        _OUTCOME["error"] = unraisable.exc_value

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = saved


def _frames(path: Path) -> int:
    with wave.open(str(path), "rb") as w:
        return w.getnframes()


def _passes(path: Path, text: str, wpm: int) -> bool:
    """Whether the file passes `check_wav` (else it is spoken again): the same judge as the last word."""
    try:
        check_wav(path, text, wpm, "pyttsx3 (espeak-ng)")
    except VoiceError:
        return False
    return True


def _data_path() -> str:
    """espeak-ng's data folder, as the library reports it once initialised ("" if unknown)."""
    try:
        import ctypes

        from pyttsx3.drivers import _espeak

        path = ctypes.c_char_p()
        _espeak.Info(ctypes.byref(path))
        return (path.value or b"").decode("utf-8", "replace")
    except (ImportError, AttributeError, OSError, ValueError):
        return ""


def _espeak_busy() -> bool:
    try:
        from pyttsx3.drivers import _espeak

        return bool(_espeak.IsPlaying())
    except (ImportError, AttributeError, OSError):
        return False


def _settle(engine: Any, timeout: float = 5.0) -> None:
    """Wait until espeak-ng is idle and clear what pyttsx3's driver kept from the last run.

    `finished-utterance` fires while espeak-ng is still winding down its thread; a run
    started then is cancelled by the driver's own `stop()` (it sees "playing"). The
    driver also keeps the last text and file name, which a later runAndWait would speak
    again. These are private attributes, hence the guards.
    """
    deadline = time.monotonic() + timeout
    while _espeak_busy() and time.monotonic() < deadline:
        time.sleep(0.005)
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    for attr, fresh in (("_text_to_say", None), ("_save_file", None), ("_stopping", False)):
        if hasattr(driver, attr):
            setattr(driver, attr, fresh)


class Pyttsx3Voice:
    """espeak-ng through pyttsx3: offline, robotic but dependable."""

    name = "pyttsx3"
    default_voice = DEFAULT_VOICE

    def list_voices(self) -> list[VoiceInfo]:
        with _LOCK:
            engine = _engine()
            with _quiet_stdout():
                found = engine.getProperty("voices")
        return [
            VoiceInfo(id=v.id, name=v.name, language=(v.languages or [""])[0] or "", gender=v.gender or "")
            for v in found
        ]

    def variants(self) -> list[str]:
        """espeak-ng's voice variants ("klatt", "m3", ...), from its data folder: a voice id
        followed by "+variant" ("gmw/en-us+klatt") speaks with one. Empty if none are found."""
        with _LOCK:
            _engine()
            data = _data_path()
        folder = Path(data) / "voices" / "!v" if data else None
        return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder and folder.is_dir() else []

    def resolve(self, wanted: str) -> str:
        """A voice id from an id ("gmw/en-us"), its short form ("en-us") or its name, with an
        optional espeak-ng variant after a plus sign ("en-us+klatt")."""
        wanted, _, variant = (wanted or DEFAULT_VOICE).strip().partition("+")
        wanted, variant = wanted.strip(), variant.strip()
        if variant:
            known = self.variants()
            if known and variant not in known:
                raise UsageError(f"Unknown espeak-ng voice variant {variant!r} (available: {', '.join(known)})")
            return f"{self.resolve(wanted)}+{variant}"
        voices = self.list_voices()
        for v in voices:
            if wanted.lower() in (v.id.lower(), v.id.rsplit("/", 1)[-1].lower(), v.name.lower()):
                if not v.language.lower().startswith("en") and v.id not in _WARNED:
                    _WARNED.add(v.id)  # "klingon" is espeak-ng's art/piqd: a user took it for another voice
                    log.warning("voice %r is espeak-ng's %s (%s, language %s), which reads English with that language's "
                                "rules; `briefing voices` lists the English voices", wanted, v.id, v.name, v.language or "unknown")
                return v.id
        english = sorted(v.id.rsplit("/", 1)[-1] for v in voices if v.language.startswith("en"))
        raise UsageError(f"Unknown pyttsx3 voice name {wanted!r} (English ones: {', '.join(english)}; "
                         f"`briefing voices` lists all {len(voices)})")

    def synthesise(self, text: str, path: Path, settings: "Settings") -> None:
        """Write `text` spoken to `path` (22,050 Hz mono 16-bit WAV), verified, atomically.

        A long text is spoken in pieces (`pieces`) and joined; if the caller is interrupted, the
        utterance under way is stopped and nothing is left behind."""
        if not text.strip():
            raise VoiceError("nothing to say: the text is empty")
        voice_id = self.resolve(settings.voice_name)
        path = Path(path)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
        low, _ = expected_seconds(text, settings.rate)
        try:
            try:  # the driver writes from a callback that cannot report errors: check first
                tmp.touch()
            except OSError as e:
                raise VoiceError(f"cannot write audio to {path.parent}: {e.strerror}; "
                                 "choose a writable output folder with --out") from None
            _check_space(path.parent, low)
            todo = pieces(text)
            with _LOCK:
                if len(todo) == 1:
                    self._speak_piece(text, tmp, voice_id, settings)
                else:
                    frames = []
                    for piece in todo:
                        self._speak_piece(piece, tmp, voice_id, settings)
                        with wave.open(str(tmp), "rb") as w:
                            frames.append(w.readframes(w.getnframes()))
                    with wave.open(str(tmp), "wb") as w:
                        w.setnchannels(1)
                        w.setsampwidth(2)
                        w.setframerate(22_050)
                        w.writeframes(b"".join(frames))
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        log.debug("pyttsx3: %d words in %d pieces -> %s", len(text.split()), len(todo), path)

    def _speak_piece(self, text: str, tmp: Path, voice_id: str, settings: "Settings") -> None:
        """One utterance into `tmp`, spoken again if the driver cancels it or leaves it short, then
        checked (call with _LOCK held)."""
        low, _ = expected_seconds(text, settings.rate)
        # espeak-ng runs at about 1/200 of real time; 30 s plus half the audio's length
        # means it is stuck (or its callback failed to write the file, which it only logs).
        timeout = 30.0 + 1.25 * low
        for attempt in range(1, ATTEMPTS + 1):
            finished = self._run_once(text, tmp, voice_id, settings, timeout)
            if finished and (attempt == ATTEMPTS or _passes(tmp, text, settings.rate)):
                break  # a file that is still wrong after the last attempt fails check_wav below
            if finished:  # the callback fired but the file fails the check (empty or cut short under heavy load)
                _forget_engine()
            log.debug("pyttsx3: %s, speaking it again (%d)",
                      "file empty or cut short" if finished else "utterance cancelled by the driver", attempt)
        else:
            raise VoiceError(f"espeak-ng was cancelled {ATTEMPTS} times ({_OUTCOME.get('error') or 'no error given'}); "
                             f"check that it works: `espeak-ng -w /tmp/t.wav hello`, or {INSTALL_HINT}")
        check_wav(tmp, text, settings.rate, "pyttsx3 (espeak-ng)")
        # An utterance cut short by a sentence or two still passes the check (a CI run on 2026-11-24 lost 2 s of a 4.7 s
        # piece): espeak-ng says a text the same way every time, so say it once more and keep the longer of the two.
        again = tmp.with_name(tmp.name + ".again")
        try:
            if self._run_once(text, again, voice_id, settings, timeout) and _passes(again, text, settings.rate):
                short = _frames(again) - _frames(tmp)
                if short > 0:
                    log.debug("pyttsx3: the first utterance was %d frames short; kept the second", short)
                    os.replace(again, tmp)
        finally:
            again.unlink(missing_ok=True)

    @staticmethod
    def _run_once(text: str, tmp: Path, voice_id: str, settings: "Settings", timeout: float) -> bool:
        """One utterance into `tmp` (call with _LOCK held): True when espeak-ng finished it."""
        engine = _engine()
        _settle(engine)
        _FINISHED.clear()
        _OUTCOME.clear()
        deadline = time.monotonic() + timeout
        ended = threading.Event()

        def watchdog() -> None:  # a callback that raised (a full disk) never ends the driver's loop: end it here
            if not ended.wait(timeout):
                driver = getattr(getattr(engine, "proxy", None), "_driver", None)
                with contextlib.suppress(Exception):
                    driver.endLoop()

        def stuck() -> VoiceError:
            _forget_engine()
            return VoiceError(f"espeak-ng did not finish within {timeout:.0f} s ({_OUTCOME.get('error') or 'no error given'}); "
                              f"check the free disk space in {tmp.parent}, and that espeak-ng works: "
                              f"`espeak-ng -w /tmp/t.wav hello`, or {INSTALL_HINT}")

        with _quiet_stdout(), _callback_errors_logged():
            try:
                engine.setProperty("voice", voice_id)
                engine.setProperty("rate", int(settings.rate))
                engine.setProperty("volume", float(settings.volume))
                engine.save_to_file(text, str(tmp))
                threading.Thread(target=watchdog, name="pyttsx3-watchdog", daemon=True).start()
                try:
                    engine.runAndWait()  # returns before espeak-ng is done: wait for the callback
                finally:
                    ended.set()
                while not _FINISHED.wait(0.05):
                    cancelled = _OUTCOME.get("cancelled_at")
                    if isinstance(cancelled, float) and time.monotonic() - cancelled > 1.0 and not _espeak_busy():
                        _settle(engine)
                        return False
                    if time.monotonic() > deadline:
                        raise stuck()
                _settle(engine)
            except BaseException:  # Ctrl-C, SIGTERM (the CLI's Interrupted), a timeout: stop espeak-ng now
                _abandon(engine)
                raise
        if _OUTCOME.get("error") is not None:
            log.debug("pyttsx3 reported (harmless once the file checks out): %r", _OUTCOME["error"])
        return True
