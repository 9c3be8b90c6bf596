from __future__ import annotations

import pytest

from briefing.errors import InputError
from briefing.ingest import decode, ingest, safe_id


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
    with pytest.raises(InputError, match="no .txt articles"):
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
