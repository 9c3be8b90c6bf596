"""Every kind of bad input: a one-line reason naming the file, the rest still briefed, exit code 1."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from briefing.cli import app
from briefing.dedupe import dedupe, is_english
from briefing.ingest import ingest
from briefing.pipeline import prepare

runner = CliRunner()

GOOD_A = ("Troops arrive in the north\nAbout 3,000 soldiers arrived in the northern region on Monday, officials said. "
          "They were sent by the government to guard the border against raids.")
GOOD_B = ("Soldiers reach northern border\nAround 10,000 soldiers arrived in the northern region this week, according to Seoul. "
          "The arrival was confirmed by the ministry of defence on Tuesday.")
FRENCH = ("Les troupes arrivent\nEnviron 3 000 soldats sont arrivés dans la région du nord lundi, selon les responsables. "
          "Ils ont été envoyés par le gouvernement pour garder la frontière contre les attaques.")
NO_NUMBERS = "Quiet day on the border\nNothing much happened on the border today, officials said. Residents went about their business as usual."


def test_a_folder_of_bad_inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_A)
    (d / "b.txt").write_text(GOOD_B)
    (d / "copy-of-a.txt").write_text(GOOD_A)                                         # identical
    (d / "near-b.txt").write_text(GOOD_B.replace("Tuesday", "Tuesday morning"))      # near-duplicate
    (d / "quiet.txt").write_text(NO_NUMBERS)                                          # no numbers: fine
    (d / "empty.txt").write_text("")
    (d / "spaces.txt").write_text("  \n\t\n  ")
    (d / "title-only.txt").write_text("Just a headline\n")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (d / "cp1252.txt").write_bytes("Smart quotes\n\u201cNinety soldiers\u201d arrived in the town on Monday, the mayor said.".encode("cp1252"))
    (d / "utf16.txt").write_text("Wide text\nSeven officers arrived in the town on Monday, the mayor said.", encoding="utf-16")
    (d / "french.txt").write_text(FRENCH)
    with open(d / "huge.txt", "wb") as f:                                               # 50 MB, sparse
        f.truncate(50 * 1024 * 1024)
    (d / "one-line.txt").write_text("Run-on\n" + "word " * 210_000)                  # ~1 MB, no full stop
    (d / ("x" * 240 + "\x07.txt")).write_text("../../etc/passwd \x1b[31mtitle\nA real sentence about the border is here, officials said.")
    os.symlink(d, d / "loop")                                                         # folder symlink loop
    out = tmp_path / "out"
    r = runner.invoke(app, ["run", str(d), "--out", str(out), "--date", "2026-01-02", "--no-audio"])
    assert r.exit_code == 1, r.output
    data = json.loads((out / "2026-01-02" / "briefing.json").read_text())
    skipped = {Path(s["path"]).name: s["reason"] for s in data["skipped"]}
    assert set(skipped) == {"empty.txt", "spaces.txt", "title-only.txt", "binary.txt", "french.txt", "huge.txt", "one-line.txt"}
    assert "empty file" in skipped["empty.txt"] and "empty file" in skipped["spaces.txt"]
    assert "no article text" in skipped["title-only.txt"] and "no article text" in skipped["one-line.txt"]
    assert "binary" in skipped["binary.txt"] and "English" in skipped["french.txt"] and "too large" in skipped["huge.txt"]
    lines = [l for l in r.output.splitlines() if l.startswith("briefing: skipped")]
    assert len(lines) == 7 and all(len(l) < 300 for l in lines)
    ids = [s["id"] for s in data["sources"]]
    assert ids == ["a", "b", "cp1252", "quiet", "utf16", "x" * 80]
    also = {s["id"]: [Path(p).name for p in s["also"]] for s in data["sources"]}
    assert also["a"] == ["copy-of-a.txt"] and also["b"] == ["near-b.txt"]
    titles = {s["id"]: s["title"] for s in data["sources"]}
    assert titles["x" * 80] == "../../etc/passwd [31mtitle" and titles["cp1252"] == "Smart quotes"
    assert "\u201cNinety soldiers\u201d" in data["text"] or any("\u201cNinety" in s for x in data["summaries"] for s in x["sentences"])
    assert sorted(os.listdir(out / "2026-01-02")) == ["briefing.json", "briefing.md", "briefing.speech.txt", "briefing.txt"]


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_A)
    (d / "locked.txt").write_text(GOOD_B)
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":  # root can read anything, so simulate chmod 000
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, skipped = ingest([str(d)])
    assert [a.id for a in articles] == ["a"]
    assert skipped[0].reason == "permission denied; make it readable (chmod a+r)"


def test_language_check_and_duplicates_unit(tmp_path):
    assert is_english(GOOD_A) and not is_english(FRENCH) and is_english("Short")
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_A)
    (d / "fr.txt").write_text(FRENCH)
    docs, skipped, copies = prepare([str(d)], english_only=False)
    assert [x.id for x in docs] == ["a", "fr"] and not skipped and not copies
    kept, dropped, copies = dedupe(docs + docs[:1])
    assert [x.id for x in kept] == ["a"] and copies == {"a": ("a",)} and len(dropped) == 1
