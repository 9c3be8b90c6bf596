"""Faults: a missing voice, an unwritable or full disk, a broken model. Clear errors, nothing lost."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from briefing import publish
from briefing.cli import app
from conftest import ROOT

runner = CliRunner()
TWO = {
    "one": "Troops arrive in the north\nAbout 3,000 soldiers arrived in the northern region on Monday, officials said. They were sent by the government.",
    "two": "Soldiers reach northern border\nAround 10,000 soldiers arrived in the northern region this week, according to Seoul. It was confirmed on Tuesday.",
}


def test_broken_espeak_still_writes_the_text_and_says_how_to_fix(write_articles, tmp_path):
    folder, out = write_articles(TWO), tmp_path / "out"
    (tmp_path / "no-data").mkdir()
    # espeak-ng without its voice data calls exit() inside the library: the run must survive it
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "run", str(folder), "--out", str(out), "-q", "--date", "2026-01-02"],
        cwd=ROOT, env={"PATH": "/usr/bin:/bin", "ESPEAK_DATA_PATH": str(tmp_path / "no-data")},
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 1
    assert "apt-get install --reinstall espeak-ng" in proc.stderr and proc.stdout == ""
    data = json.loads((out / "2026-01-02" / "briefing.json").read_text())
    assert data["audio"] == [] and (out / "2026-01-02" / "briefing.txt").is_file()


def test_output_folder_unusable_is_a_clear_error(write_articles, tmp_path):
    folder = write_articles(TWO)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    r = runner.invoke(app, ["run", str(folder), "--out", str(blocker / "out"), "--no-audio", "-q"])
    assert r.exit_code == 2  # a setting to fix, refused before the run (the eighth user review: it was "File exists")
    assert r.output.count("\n") == 1 and "is a file, not a folder; give a folder for the briefings" in r.output


def test_disk_full_keeps_yesterdays_briefing_and_leaves_no_partial_files(write_articles, tmp_path, monkeypatch):
    folder, out = write_articles(TWO), tmp_path / "out"
    assert runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "-q", "--date", "2026-01-01"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in (out / "2026-01-01").iterdir()}
    real = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(publish.os, "fsync", full)
    r = runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "-q", "--date", "2026-01-02", "--all"])
    monkeypatch.setattr(publish.os, "fsync", real)
    assert r.exit_code == 3 and "No space left on device" in r.output and "free some space" in r.output
    assert {p.name: p.read_bytes() for p in (out / "2026-01-01").iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == [".lock", ".seen.json", "2026-01-01", "briefing.log", "latest"]
    assert os.readlink(out / "latest") == "2026-01-01"


def test_broken_model_folder_names_the_folder_and_what_is_missing(write_articles, tmp_path):
    folder = write_articles(TWO)
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "config.json").write_text("{}")
    r = runner.invoke(app, ["run", str(folder), "--out", str(tmp_path / "out"), "--no-audio", "-q"],
                      env={"BRIEFING_ENCODER_DIR": str(broken)})
    assert r.exit_code == 2
    assert f"embedded model folder {broken} is incomplete (missing model.safetensors, tokenizer.json)" in r.output


def test_a_fault_in_the_figure_rules_costs_one_articles_figures_not_the_briefing(write_articles, tmp_path, monkeypatch):
    """The twenty-eighth review found a sentence that crashed `figures.extract`; one article like it must not stop a
    cron run: its figures are left out, said in the log with its file, and the briefing is written."""
    from briefing import pipeline
    from briefing.figures import extract

    def fragile(doc):
        if doc.article.path.endswith("one.txt"):
            raise TypeError("'<=' not supported between instances of 'int' and 'str'")
        return extract(doc)

    monkeypatch.setattr(pipeline, "extract", fragile)
    folder, out = write_articles(TWO), tmp_path / "out"
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "--voice", "none", "--date", "2026-01-02"])
    assert result.exit_code == 0, result.output
    text = (out / "2026-01-02" / "briefing.txt").read_text()
    assert "Source 1" in text or "one" in text
    log = (out / "briefing.log").read_text()
    assert "one.txt: its figures could not be read (TypeError" in log, log


def _slow_render(*args: object, **kwargs: object) -> None:
    """Speech that takes a minute (module level: the pool pickles it by name)."""
    import time

    time.sleep(60)


def test_a_signal_as_the_speech_process_starts_does_not_wait_for_the_speech(monkeypatch, tmp_path):
    """The eighth user review: a SIGTERM that came before the run waited on the speech waited 17 minutes for it to
    finish, holding the lock (the pool's `with` shut down waiting); the speech process is killed instead."""
    import time
    from concurrent.futures import ProcessPoolExecutor

    import briefing.audio
    from briefing import pipeline
    from briefing.config import Settings
    from briefing.errors import Interrupted

    real_submit = ProcessPoolExecutor.submit

    def submit_then_signal(self, *args, **kwargs):
        future = real_submit(self, *args, **kwargs)
        time.sleep(0.5)  # the speech process is running
        raise Interrupted("SIGTERM")

    monkeypatch.setattr(briefing.audio, "render", _slow_render)
    monkeypatch.setattr(briefing.audio, "tags_for", lambda b: {})
    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit_then_signal)
    t0 = time.monotonic()
    with pytest.raises(Interrupted):
        pipeline.render_isolated([("Intro", "Hello.")], tmp_path, Settings(), None)
    assert time.monotonic() - t0 < 20
