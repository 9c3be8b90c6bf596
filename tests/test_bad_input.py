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


def test_a_named_pipe_is_skipped_not_read(tmp_path):
    """Reading a FIFO called pipe.txt waited for a writer for ever: a cron run hung (user review)."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_A)
    os.mkfifo(d / "pipe.txt")
    articles, skipped = ingest([str(d)])
    assert [a.id for a in articles] == ["a"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("pipe.txt", "not a regular file (a pipe, socket or device); save the article as a plain file")]


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
    # "a (copy).txt" sorts before "a.txt": the original is still the one briefed, the copy credited on it
    (d / "a (copy).txt").write_text(GOOD_A)
    docs, _, copies = prepare([str(d)], english_only=False)
    assert [x.article.path.rsplit("/", 1)[1] for x in docs] == ["a.txt", "fr.txt"]
    assert [[p.rsplit("/", 1)[1] for p in also] for also in copies.values()] == [["a (copy).txt"]]
    # ... unless the copy is the fuller text: a re-download that carries an update is the one briefed
    (d / "a (copy).txt").write_text(GOOD_A + "\nThe death toll has risen to 19, the ministry said on Wednesday.")
    docs, _, copies = prepare([str(d)], english_only=False)
    assert [x.article.path.rsplit("/", 1)[1] for x in docs] == ["a (copy).txt", "fr.txt"]
    # with as much text, the copy whose byline names its outlet is the one briefed (it is quoted as "Reuters")
    (d / "a (copy).txt").write_text(GOOD_A.replace("\n", "\nBy Jane Doe, Reuters\n", 1))
    docs, _, copies = prepare([str(d)], english_only=False)
    assert [(x.article.path.rsplit("/", 1)[1], x.article.outlet) for x in docs] == [("a (copy).txt", "Reuters"), ("fr.txt", "")]


def test_a_messy_users_folder(tmp_path):
    # The review of real users' folders (A2, A7, A8, A10, A11, A14) in one run: a saved page's NAME_files/ folder,
    # a PDF and a .docx, UTF-16 without a BOM, a PNG-like .txt without NUL bytes, a forwarded email, page furniture.
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_A.replace("\n", "\nBy Jane Doe, Reuters\n5 min read\n", 1)
                             + "\nGet the latest headlines delivered to your inbox every morning. Sign up now."
                             + "\nClick here to subscribe for just $1 a week.\n© 2024 Reuters. All rights reserved.")
    (d / "b.txt").write_bytes(GOOD_B.encode("utf-16-le"))
    (d / "mail.txt").write_text("From: Dad <dad@example.com>\nSent: Thursday, November 21, 2024 8:14 AM\nTo: me@example.com\n"
                                "Subject: Fwd: Guards sent to the northern border\n\nSent from my iPhone\n\n"
                                "---------- Forwarded message ---------\n\n" + NO_NUMBERS.split("\n", 1)[1])
    (d / "page.html").write_text("<html><head><title>Quiet day</title></head><body><article><p>"
                                 + NO_NUMBERS.split("\n", 1)[1].replace("today", "on Monday") + "</p></article></body></html>")
    (d / "page_files").mkdir()
    (d / "page_files" / "ad_frame.html").write_text("<p>Win a new car! Over 2,500 prizes to be won every week. Enter our free prize draw now.</p>"
                                                    "<p>Entrants must be 18 or over. The draw closes on Friday.</p>")
    (d / "Valeria floods - Guardian.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (d / "notes.docx").write_bytes(b"PK\x03\x04")
    (d / "screenshot.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 4)
    (d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (d / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    out = tmp_path / "out"
    r = runner.invoke(app, ["run", str(d), "--out", str(out), "--date", "2026-01-02", "--no-audio"])
    assert r.exit_code == 1, r.output
    data = json.loads((out / "2026-01-02" / "briefing.json").read_text())
    skipped = {Path(s["path"]).name: s["reason"] for s in data["skipped"]}
    assert skipped == {"Valeria floods - Guardian.pdf": "PDF is not read; save the article as text (.txt) or the web page as .html",
                       "notes.docx": "Word (.docx) is not read; save the article as text (.txt) or the web page as .html",
                       "screenshot.txt": "not readable text (binary data, or an encoding such as Shift-JIS); if it is an article, save it as UTF-8 text"}
    assert [l for l in r.output.splitlines() if l.startswith("briefing: skipped")] == [
        f"briefing: skipped {d / name}: {reason}" for name, reason in skipped.items()]
    markdown = (out / "2026-01-02" / "briefing.md").read_text()
    assert "## Skipped" in markdown and "Valeria floods - Guardian.pdf: PDF is not read" in markdown
    titles = {s["id"]: s["title"] for s in data["sources"]}
    assert titles == {"a": "Troops arrive in the north", "b": "Soldiers reach northern border",
                      "mail": "Guards sent to the northern border", "page": "Quiet day"}
    assert "@" not in data["text"] and "prize" not in data["text"] and "Win a new car" not in markdown
    for furniture in ("Jane Doe", "min read", "inbox", "subscribe", "2024 Reuters", "rights reserved", "iPhone", "Forwarded"):
        assert furniture not in data["text"], furniture
    assert {s["id"]: s["outlet"] for s in data["sources"]}["a"] == "Reuters"  # named by its byline (see outlets.infer)
    assert not any(f["text"] in ("$1", "2024", "2,500") for f in data["figures"])
