"""The whole path as a user runs it: a real subprocess, the real embedded model, real espeak-ng."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave

import numpy as np
import pytest

from conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "run", str(SEEDS), "--out", str(out), "--date", "2026-11-23", "-q"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    return proc, out / "2026-11-23"


def test_exit_code_and_quiet(seeds_run):
    proc, _ = seeds_run
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""


def test_json_contract(seeds_run):
    _, folder = seeds_run
    data = json.loads((folder / "briefing.json").read_text())
    for key in ("date", "title", "sources", "summaries", "figures", "discrepancies", "text", "audio"):
        assert key in data
    assert data["date"] == "2026-11-23"
    assert len(data["sources"]) == 5 and all({"id", "title", "path"} <= set(s) for s in data["sources"])
    assert [s["label"] for s in data["sources"]] == [f"Source {i}" for i in range(1, 6)]  # what the text calls each
    assert all(s["sentences"] and s["method"] for s in data["summaries"])
    for f in data["figures"]:
        assert isinstance(f["value"], (int, float)) and f["text"] in f["sentence"]
    for d in data["discrepancies"]:
        assert d["quantity"] and len({f["source"] for f in d["figures"]}) >= 2
    assert set(data["audio"]) == {"briefing.wav", "briefing.mp3"}
    assert data["text"] == (folder / "briefing.txt").read_text()


def test_every_source_is_cited_and_every_figure_is_in_a_source(seeds_run):
    _, folder = seeds_run
    text = (folder / "briefing.txt").read_text()
    data = json.loads((folder / "briefing.json").read_text())
    for i, s in enumerate(data["sources"], 1):
        assert f"Source {i}" in text and s["title"] in text
    corpus = " ".join(p.read_text() for p in SEEDS.glob("*.txt"))
    import re

    for number in re.findall(r"\d[\d,.]*\d|\d", text.split("Sources\n-------")[0]):
        if number in ("2026-11-23",) or "2026" in number:
            continue
        assert number in corpus or number.rstrip(".,") in corpus, number


def test_audio_is_a_real_wav_of_plausible_length(seeds_run):
    _, folder = seeds_run
    with wave.open(str(folder / "briefing.wav")) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        rate = w.getframerate()
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    seconds = len(samples) / rate
    words = len((folder / "briefing.speech.txt").read_text().split())
    assert words / 400 * 60 < seconds < words / 80 * 60
    assert np.sqrt(np.mean(samples.astype(np.float64) ** 2)) > 300  # not silence
    mp3 = (folder / "briefing.mp3").read_bytes()
    assert mp3[:3] == b"ID3" or mp3[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xe3")
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporaries left
