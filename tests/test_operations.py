"""Cron-grade behaviour: safe to run twice, one run at a time, nothing half-written, quiet."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from typer.testing import CliRunner

from briefing.cli import app
from briefing.publish import lock
from conftest import ROOT, SEEDS

runner = CliRunner()
TWO = {
    "one": "Troops arrive in the north\nAbout 3,000 soldiers arrived in the northern region on Monday, officials said. They were sent by the government to guard the border.",
    "two": "Soldiers reach northern border\nAround 10,000 soldiers arrived in the northern region this week, according to Seoul. They were sent by the government to guard the border.",
}


def brief(folder, out, *extra):
    return runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "-q", "--all", *extra])


def test_second_run_same_day_does_nothing_unless_forced(write_articles, tmp_path):
    folder, out = write_articles(TWO), tmp_path / "out"
    assert brief(folder, out, "--date", "2026-01-02").exit_code == 0
    target = out / "2026-01-02" / "briefing.json"
    first = target.stat().st_mtime_ns
    r = brief(folder, out, "--date", "2026-01-02")
    assert r.exit_code == 0 and r.output == ""
    assert target.stat().st_mtime_ns == first
    time.sleep(0.01)
    assert brief(folder, out, "--date", "2026-01-02", "--force").exit_code == 0
    assert target.stat().st_mtime_ns != first


def test_latest_points_at_newest_and_retention_prunes(write_articles, tmp_path):
    folder, out = write_articles(TWO), tmp_path / "out"
    for day in ("2026-01-01", "2026-01-03", "2026-01-02"):
        assert brief(folder, out, "--date", day).exit_code == 0
    assert os.readlink(out / "latest") == "2026-01-03"
    assert json.loads((out / "latest" / "briefing.json").read_text())["date"] == "2026-01-03"
    (out / "briefing.toml").write_text("retention = 2\n")
    assert brief(folder, out, "--date", "2026-01-04", "--config", str(out / "briefing.toml")).exit_code == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["2026-01-03", "2026-01-04", "briefing.log", "briefing.toml", "latest"]
    assert "briefed 2 sources" in (out / "briefing.log").read_text()


def test_a_second_run_waits_then_gives_up_with_a_clear_message(write_articles, tmp_path):
    folder, out = write_articles(TWO), tmp_path / "out"
    env_wait = {"BRIEFING_LOCK_WAIT": "0.5"}
    with lock(out, wait=0):
        r = runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "-q"], env=env_wait)
    assert r.exit_code == 3
    assert "another briefing run is writing to" in r.output
    assert not [p for p in out.iterdir() if p.name[:1].isdigit()]


def test_minimal_cron_environment_prints_nothing(write_articles, tmp_path):
    folder, out = write_articles(TWO), tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "run", str(folder), "--out", str(out), "-q", "--date", "2026-01-02"],
        cwd=ROOT, env={"PATH": "/usr/bin:/bin"}, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and proc.stderr == ""
    assert (out / "2026-01-02" / "briefing.mp3").stat().st_size > 10_000


def test_runs_killed_at_several_points_leave_no_half_written_file_and_the_next_run_completes(tmp_path):
    """SIGKILL and SIGTERM at several points of real runs on the seeds."""
    out = tmp_path / "out"
    day = out / "2026-01-02"
    cmd = [sys.executable, "-m", "briefing", "run", str(SEEDS), "--out", str(out), "-q", "--force", "--all", "--date"]
    subprocess.run([*cmd, "2026-01-01"], cwd=ROOT, check=True, capture_output=True, timeout=300)
    before = {p.name: p.read_bytes() for p in (out / "2026-01-01").iterdir()}
    kills = [(0.5, signal.SIGKILL), (4.0, signal.SIGTERM), (8.0, signal.SIGKILL), (11.0, signal.SIGTERM)]
    for delay, sig in kills:  # loading, summarising, speaking, publishing
        proc = subprocess.Popen([*cmd, "2026-01-02"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(sig)
        proc.wait()
        assert {p.name: p.read_bytes() for p in (out / "2026-01-01").iterdir()} == before
        if day.exists():  # the swap happened before the kill: it must be complete
            data = json.loads((day / "briefing.json").read_text())
            assert all((day / a).is_file() for a in data["audio"])
        assert json.loads((out / "latest" / "briefing.json").read_text())["date"] in ("2026-01-01", "2026-01-02")
    r = subprocess.run([*cmd, "2026-01-02"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert json.loads((day / "briefing.json").read_text())["audio"] == ["briefing.wav", "briefing.mp3"]
    assert not [p.name for p in out.iterdir() if ".partial-" in p.name or ".old-" in p.name]


def test_articles_briefed_on_an_earlier_day_are_not_briefed_again(write_articles, tmp_path):
    folder, out = write_articles(TWO), tmp_path / "out"
    r = runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "-q", "--date", "2026-01-01"])
    assert r.exit_code == 0
    r = runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "-q", "--date", "2026-01-02"])
    assert r.exit_code == 0 and r.output == "" and not (out / "2026-01-02").exists()
    (folder / "three.txt").write_text("A third report\nSome 4,000 soldiers arrived in the northern region, a local paper said on Wednesday.")
    r = runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "-q", "--date", "2026-01-02"])
    assert r.exit_code == 0
    assert [s["id"] for s in json.loads((out / "2026-01-02" / "briefing.json").read_text())["sources"]] == ["three"]
    r = runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "-q", "--date", "2026-01-03", "--all"])
    assert len(json.loads((out / "2026-01-03" / "briefing.json").read_text())["sources"]) == 3
