from __future__ import annotations

import pytest

from briefing.errors import ArticleError, InputError
from briefing.ingest import decode, ingest, safe_id
from briefing.records import Skipped


def test_reads_title_and_body(write_articles):
    folder = write_articles({"a": "\n\nHeadline here\nFirst line of body.\nSecond.\n"})
    (article,), skipped = ingest([str(folder)])
    assert skipped == []
    assert article.id == "a"
    assert article.title == "Headline here"
    assert article.text == "First line of body.\nSecond."


def test_empty_and_binary_files_are_skipped_not_fatal(write_articles):
    folder = write_articles({"good": "T\nBody text here.", "empty": "", "blank": "  \n \n", "bin": b"T\x00\x01\x02"})
    articles, skipped = ingest([str(folder)])
    assert [a.id for a in articles] == ["good"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert set(reasons) == {"empty.txt", "blank.txt", "bin.txt"}
    assert "empty file" in reasons["empty.txt"]
    assert "binary" in reasons["bin.txt"]


def test_missing_folder_is_one_line_error(tmp_path):
    with pytest.raises(InputError) as e:
        ingest([str(tmp_path / "nope")])
    assert "no such file or folder" in str(e.value) and "\n" not in str(e.value)


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(InputError, match=r"no articles \(\.txt, \.md or \.html files\) in .*: put one article per file there"):
        ingest([str(tmp_path)])


def test_decodings():
    assert decode("café".encode("utf-8"), "x") == "café"
    assert decode("\ufeffcafé".encode("utf-8"), "x") == "café"
    assert decode("café".encode("utf-16"), "x") == "café"
    assert decode("“quoted”".encode("cp1252"), "x") == "“quoted”"


def test_safe_ids_are_unique_and_path_free():
    taken: set[str] = set()
    assert safe_id("../../etc/passwd", taken) == "etc-passwd"
    assert safe_id("../../etc/passwd", taken) == "etc-passwd-2"
    assert safe_id("\x00\x01", taken) == "article"
    assert len(safe_id("x" * 300, taken)) == 80


def test_a_saved_page_folder_is_left_out(write_articles, caplog):
    # Review A2: "Save Page As... (complete)" wrote an ad iframe into NAME_files/, and it was briefed as Story 2.
    page = "<html><head><title>Valeria floods</title></head><body><article><p>Floods forced 3,000 people from their homes, officials said on Tuesday.</p><p>Rescue teams are still at work.</p></article></body></html>"
    folder = write_articles({"Valeria floods - Example News.html": page, "B": "Headline\nBody text here."})
    saved = folder / "Valeria floods - Example News_files"
    saved.mkdir()
    (saved / "ad_frame.html").write_text("<p>Win a new car! Over 2,500 prizes to be won every week. Enter now.</p>")
    (saved / "notes.txt").write_text("Most read\nSomething else entirely, officials said.")
    mine = folder / "my_files"  # a folder that only ends in _files: no my.html beside it, so it is read
    mine.mkdir()
    (mine / "c.txt").write_text("Another headline\nMore body text.")
    with caplog.at_level("INFO", logger="briefing.ingest"):
        articles, skipped = ingest([str(folder)])
    assert sorted(a.id for a in articles) == ["B", "Valeria-floods---Example-News", "c"]
    assert skipped == []  # not the user's article: no Skipped entry, so no exit code 1
    assert any("leaving out" in r.message and "Example News_files" in r.message and "Example News.html" in r.message
               for r in caplog.records)
    # Given by name, the folder is the user's choice and is read.
    assert [a.id for a in ingest([str(saved / "notes.txt")])[0]] == ["notes"]
    htm = write_articles({"page.htm": page}, folder="htm")
    (htm / "page_files").mkdir()
    (htm / "page_files" / "x.txt").write_text("T\nBody.")
    assert [a.id for a in ingest([str(htm)])[0]] == ["page"]


def test_documents_we_cannot_read_are_skipped_with_the_fix(write_articles):
    # Review A10: a PDF, a .docx and an .rtf beside two .txt files gave exit 0 and no word about them.
    folder = write_articles({"A": "Headline\nBody text here.", "Valeria floods - Guardian.pdf": b"%PDF-1.4\n%\xe2\xe3\n",
                             "saved.docx": b"PK\x03\x04", "old.doc": b"\xd0\xcf\x11\xe0", "a.rtf": "{\\rtf1 Hello}",
                             "b.odt": b"PK", "book.epub": b"PK", "photo.jpg": b"\xff\xd8\xff", "shot.png": b"\x89PNG",
                             ".DS_Store": b"\x00\x00\x00\x01Bud1", ".hidden.txt": "T\nBody.", "~$saved.docx": b"lock",
                             "data.json": "{}", "notes.xyz": "whatever"})
    (folder / "Story.pages").mkdir()  # a Pages document is a folder on macOS: reported once, not walked
    (folder / "Story.pages" / "preview.pdf").write_bytes(b"%PDF")
    articles, skipped = ingest([str(folder)])
    assert [a.id for a in articles] == ["A"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert set(reasons) == {"Valeria floods - Guardian.pdf", "saved.docx", "old.doc", "a.rtf", "b.odt", "book.epub", "Story.pages"}
    assert reasons["Valeria floods - Guardian.pdf"] == "PDF is not read; save the article as text (.txt) or the web page as .html"
    assert reasons["saved.docx"].startswith("Word (.docx) is not read;") and reasons["Story.pages"].startswith("Pages is not read;")
    # A folder of nothing but a PDF: the PDF is named as skipped (the run then says why nothing was usable).
    only = write_articles({"report.PDF": b"%PDF"}, folder="only")
    assert ingest([str(only)]) == ([], [Skipped(str(only / "report.PDF"), "PDF is not read; save the article as text (.txt) or the web page as .html")])
    with pytest.raises(InputError, match=r"no articles \(\.txt, \.md or \.html files\)"):
        ingest([str(write_articles({"photo.jpg": b"\xff\xd8"}, folder="images"))])


def test_missing_path_names_every_suffix_read(tmp_path):
    with pytest.raises(InputError, match=r"no such file or folder; give a folder of articles \(\.txt, \.md or \.html files\)"):
        ingest([str(tmp_path / "nope")])


def test_utf16_without_a_byte_order_mark_is_read():
    # Review A11: `iconv -t UTF-16LE` (no BOM) was "binary data (NUL bytes) ... remove it".
    text = "Headline\nBody sentence one. Two, with caf\u00e9 and \u20ac5.\n"
    assert decode(text.encode("utf-16-le"), "x") == text
    assert decode(text.encode("utf-16-be"), "x") == text
    with pytest.raises(ArticleError, match="binary data \\(NUL bytes\\)"):
        decode(b"T\x00\x01\x02", "x")  # too short to tell
    with pytest.raises(ArticleError, match="looks like UTF-16 without a byte-order mark"):
        decode("Headline\nAnd the body of the article.".encode("utf-16-le") + b"\x00\xd8", "x")  # ends in half a surrogate pair


def test_binary_data_without_nul_bytes_is_binary():
    # Review A14: a PNG-like .txt with no NUL byte was "read as Windows-1252" and then "no article text after the title".
    with pytest.raises(ArticleError, match="not readable text"):
        decode(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 4, "x")
    assert decode("Title\n\x1b[31mred\x1b[0m text\x0c and a form feed, in a long enough line of text.".encode(), "x").startswith("Title")


def test_our_own_output_is_never_read_as_articles(tmp_path):
    """User review: with "briefing run . --out output", the next day's run briefed yesterday's
    briefing.md, .txt and .speech.txt as three more sources."""
    (tmp_path / "a.txt").write_text("Floods hit Valeria\nAt least 40 people died in floods on Friday.\n", encoding="utf-8")
    day = tmp_path / "output" / "2026-11-23"
    day.mkdir(parents=True)
    (day / "briefing.txt").write_text("Briefing for 2026-11-23\nDrawn from 1 source.\n", encoding="utf-8")
    (tmp_path / "output" / ".seen.json").write_text('{"version": 1, "seen": {}}\n', encoding="utf-8")
    assert [a.path for a in ingest([str(tmp_path)])[0]] == [str(tmp_path / "a.txt")]
    # the folder given as --out is left out even before its first run wrote the mark
    (tmp_path / "output" / ".seen.json").unlink()
    assert [a.path for a in ingest([str(tmp_path)], exclude=(tmp_path / "output",))[0]] == [str(tmp_path / "a.txt")]
    assert len(ingest([str(tmp_path)])[0]) == 2  # (without either, it is just a folder)
    # --out pointed at the articles' own folder: its days are left out, its articles are read (the thirteenth review)
    (tmp_path / "2026-11-24").mkdir()
    (tmp_path / "2026-11-24" / "briefing.txt").write_text("Briefing for 2026-11-24\nDrawn from 1 source.\n", encoding="utf-8")
    (tmp_path / ".seen.json").write_text('{"version": 1, "seen": {}}\n', encoding="utf-8")
    found = [a.path for a in ingest([str(tmp_path)], exclude=(tmp_path / "output",))[0]]
    assert found == [str(tmp_path / "a.txt")]
