"""`briefing speak`: what it reads out of a file, its errors, long texts and interrupts (the ninth user review)."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing import audio
from briefing.cli import app
from briefing.config import Settings
from briefing.errors import Interrupted
from briefing.voices import espeak

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The speech text `speak` hands to the audio stage (nothing is synthesised)."""
    said: list[str] = []

    def render(chapters, out_dir, stem, settings, tags=None):  # type: ignore[no-untyped-def]
        said.extend(text for _, text in chapters)
        return [Path(out_dir) / f"{stem}.wav"]

    monkeypatch.setattr(audio, "render", render)
    return said


def test_latin1_and_utf16_files_are_read_as_run_reads_them(tmp_path: Path, spoken: list[str]) -> None:
    (tmp_path / "latin.txt").write_bytes("Café prices rose.\nThe café in Zürich said so.\n".encode("cp1252"))
    (tmp_path / "wide.txt").write_bytes("Naïve readers.\nA second line.\n".encode("utf-16"))  # with a BOM
    for name in ("latin.txt", "wide.txt"):
        r = runner.invoke(app, ["speak", str(tmp_path / name), "-o", str(tmp_path / "x.wav")])
        assert r.exit_code == 0, r.output
        assert "cannot read it as UTF-8" not in r.output
    assert "Café" in spoken[0] and "Zürich" in spoken[0]
    assert "Naïve readers" in spoken[1] and "\x00" not in spoken[1]


@pytest.mark.parametrize("make, says", [
    (lambda p: p, "no such file; give the path of a text file to read out"),
    (lambda p: p.mkdir() or p, "a folder; give one text file to read out"),
    (lambda p: p.write_bytes(b"\x89PNG\x00\x00\x01binary") and p, "binary data"),
    (lambda p: p.write_text(" \n\n ") and p, "empty; give a file with text to read"),
])
def test_what_cannot_be_read_is_one_line_naming_the_file_exit_2(tmp_path: Path, spoken: list[str], make, says) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / "nope.txt")
    r = runner.invoke(app, ["speak", str(path), "-o", str(tmp_path / "x.wav")])
    assert r.exit_code == 2
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"briefing: error: {path}: ") and says in lines[0], r.output
    assert "cannot read it as UTF-8" not in r.output and "Errno" not in r.output
    assert not spoken


def test_an_html_page_is_read_as_its_article_not_its_markup(tmp_path: Path, spoken: list[str]) -> None:
    from tests.test_html import PAGE

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    r = runner.invoke(app, ["speak", str(tmp_path / "page.html"), "-o", str(tmp_path / "page.wav")])
    assert r.exit_code == 0, r.output
    said = spoken[0]
    assert said.startswith("Troops reach Kursk")
    assert "North Korean soldiers" in said and "declined to comment" in said
    for markup in ("<", "meta", "property", "html", "SCRIPT-TEXT", "NAV-TEXT", "FOOTER-TEXT"):
        assert markup not in said


def test_markdown_and_front_matter_are_not_read_out(tmp_path: Path, spoken: list[str]) -> None:
    (tmp_path / "notes.md").write_text("---\ntitle: Rates held\noutlet: Reuters\n---\n"
                                       "The bank **held** rates, said [the governor](https://x.example).\n", encoding="utf-8")
    r = runner.invoke(app, ["speak", str(tmp_path / "notes.md")])
    assert r.exit_code == 0, r.output
    assert " ".join(spoken[0].split()) == "Rates held The bank held rates, said the governor."


def test_an_unknown_voice_name_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "hello.txt").write_text("Hello there, this is a test.\n", encoding="utf-8")
    r = runner.invoke(app, ["speak", str(tmp_path / "hello.txt"), "--voice-name", "vulcan", "-o", str(tmp_path / "v.wav")])
    assert r.exit_code == 2
    assert "Unknown pyttsx3 voice name 'vulcan'" in r.output and "`briefing voices`" in r.output
    assert not list(tmp_path.glob("*.wav")) and not list(tmp_path.glob(".*"))


def test_a_voice_in_another_language_is_named_when_chosen(caplog: pytest.LogCaptureFixture) -> None:
    """"klingon" is espeak-ng's own art/piqd voice, not an unknown name: a user took it for another voice."""
    espeak._WARNED.discard("art/piqd")
    with caplog.at_level("WARNING"):
        assert espeak.Pyttsx3Voice().resolve("klingon") == "art/piqd"
    assert "espeak-ng's art/piqd (Klingon" in caplog.text and "`briefing voices`" in caplog.text


def test_pieces_cut_after_lines_then_sentences_then_words() -> None:
    assert espeak.pieces("One two.\nThree four.\nFive six.\n", 4) == ["One two.\nThree four.", "Five six."]
    assert espeak.pieces("One two three. Four five. Six", 3) == ["One two three.", "Four five. Six"]
    assert espeak.pieces("a b c d e f g", 3) == ["a b c", "d e f", "g"]
    text = (ROOT / "seeds" / "000_84ba9b9ce5b8eb85.txt").read_text(encoding="utf-8") * 4
    cut = espeak.pieces(text)
    assert len(cut) > 1 and all(len(p.split()) <= espeak.PIECE_WORDS for p in cut)
    assert " ".join(cut).split() == text.split()  # nothing lost or reordered


def test_an_utterance_cut_short_that_still_passes_the_check_is_said_again(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A CI run lost a sentence of a two-sentence piece under load, and the cut file passed the length check: each piece is
    said twice and the longer kept."""
    text = "The first sentence has seven words. The second sentence has seven too."
    whole = tmp_path / "whole.wav"
    espeak.Pyttsx3Voice().synthesise(text, whole, Settings())
    real = espeak.Pyttsx3Voice._run_once
    calls = []

    def cut_first(text: str, tmp: Path, *args) -> bool:
        done = real(text, tmp, *args)
        calls.append(tmp.name)
        if len(calls) == 1:  # the first utterance loses its last 40%: still long enough to pass check_wav
            with wave.open(str(tmp), "rb") as w:
                frames = w.readframes(int(w.getnframes() * 0.6))
            with wave.open(str(tmp), "wb") as w:
                w.setnchannels(1), w.setsampwidth(2), w.setframerate(22_050)
                w.writeframes(frames)
        return done

    monkeypatch.setattr(espeak.Pyttsx3Voice, "_run_once", staticmethod(cut_first))
    out = tmp_path / "out.wav"
    espeak.Pyttsx3Voice().synthesise(text, out, Settings())
    with wave.open(str(out)) as a, wave.open(str(whole)) as b:
        assert a.getnframes() == b.getnframes()
    assert len(calls) == 2 and sorted(p.name for p in tmp_path.iterdir()) == ["out.wav", "whole.wav"]


def test_a_text_spoken_in_pieces_is_one_valid_wav(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(espeak, "PIECE_WORDS", 12)
    text = "The first sentence has seven words. " * 6
    whole, cut = tmp_path / "whole.wav", tmp_path / "cut.wav"
    espeak.Pyttsx3Voice().synthesise(text, cut, Settings())
    monkeypatch.setattr(espeak, "PIECE_WORDS", 1000)
    espeak.Pyttsx3Voice().synthesise(text, whole, Settings())
    with wave.open(str(cut)) as a, wave.open(str(whole)) as b:
        assert (a.getframerate(), a.getnchannels(), a.getsampwidth()) == (22050, 1, 2)
        assert abs(a.getnframes() - b.getnframes()) < 0.1 * b.getnframes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.wav", "whole.wav"]


def test_an_interrupt_stops_espeak_at_once_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capfd: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C mid-utterance: espeak-ng went on for minutes, then saved into a removed folder with tracebacks."""
    monkeypatch.setattr(espeak, "PIECE_WORDS", 100_000)  # one long utterance, interrupted in the middle
    text = (ROOT / "seeds" / "000_84ba9b9ce5b8eb85.txt").read_text(encoding="utf-8") * 8

    def interrupted(signum, frame):  # type: ignore[no-untyped-def]
        raise Interrupted("SIGUSR1")

    before = signal.signal(signal.SIGUSR1, interrupted)
    timer = threading.Timer(0.5, lambda: signal.raise_signal(signal.SIGUSR1))
    try:
        timer.start()
        with pytest.raises(Interrupted):
            espeak.Pyttsx3Voice().synthesise(text, tmp_path / "long.wav", Settings())
    finally:
        timer.cancel()
        signal.signal(signal.SIGUSR1, before)
    assert not espeak._espeak_busy()  # cancelled, not still synthesising on its own thread
    time.sleep(0.5)
    assert list(tmp_path.iterdir()) == []  # no file, no .part saved late by the driver's callback
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception ignored" not in err
    monkeypatch.setattr(espeak, "PIECE_WORDS", 300)
    espeak.Pyttsx3Voice().synthesise("The engine works again afterwards.", tmp_path / "after.wav", Settings())
    assert (tmp_path / "after.wav").stat().st_size > 10_000


def test_ctrl_c_during_speak_is_one_line_exit_3_and_nothing_written(tmp_path: Path) -> None:
    text = "".join(p.read_text(encoding="utf-8") + "\n" for p in sorted((ROOT / "seeds").glob("*.txt"))) * 2
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "speak", "long.txt", "-o", "long.wav"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while proc.poll() is None and not any(p.name.startswith(".chapters.") for p in tmp_path.iterdir()):
            time.sleep(0.02)
        time.sleep(0.3)  # speaking now
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 3
    assert err == "briefing: interrupted (SIGINT); nothing written to long.wav\n" and out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.txt"]
