"""pyttsx3 (espeak-ng on Linux), made to wait until the file is really written."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from pathlib import Path

from briefing.config import Settings
from briefing.errors import VoiceError

_LOCK = threading.Lock()


@contextlib.contextmanager
def _quiet_stdout():
    """pyttsx3 prints "Audio saved to ..." on stdout; cron mails stdout, so silence it at fd level."""
    import sys

    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


class Pyttsx3Voice:
    name = "pyttsx3"

    def synthesise(self, text: str, path: Path, settings: Settings) -> None:
        if shutil.which("espeak-ng") is None and shutil.which("espeak") is None:
            raise VoiceError("espeak-ng is not installed; install it with: apt-get install espeak-ng")
        import pyttsx3

        with _LOCK, _quiet_stdout():
            engine = pyttsx3.init()
            engine.setProperty("rate", settings.rate)
            engine.setProperty("volume", settings.volume)
            if settings.voice_name:
                engine.setProperty("voice", settings.voice_name)
            engine.save_to_file(text, str(path))
            engine.runAndWait()
            # runAndWait can return before espeak has flushed the file (pyttsx3 #149/#259/#408).
            deadline = time.monotonic() + 60
            last = -1
            while time.monotonic() < deadline:
                size = path.stat().st_size if path.exists() else -1
                if size > 44 and size == last:
                    break
                last = size
                time.sleep(0.2)
            engine.stop()
        if not path.exists() or path.stat().st_size <= 44:
            raise VoiceError(f"espeak-ng wrote no audio to {path}; check `espeak-ng --version` or reinstall: apt-get install espeak-ng")
