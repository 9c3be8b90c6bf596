from __future__ import annotations

import json
import os

from briefing.records import Article, Document
from briefing.seen import content_hash, filter_new, load, normalise, remember, store_path


def art(ident: str, text: str, title: str = "Title") -> Article:
    return Article(id=ident, title=title, path=f"{ident}.txt", text=text)


def test_normalise_ignores_case_spacing_quotes_and_width():
    a = normalise("It\u2019s  \u201cten\u201d\n\nthousand \u2014 ＡＢＣ")
    assert a == normalise("it's \"TEN\" thousand - abc") == "it's \"ten\" thousand - abc"


def test_hash_is_of_the_body_not_the_headline():
    assert content_hash(art("a", "Body text.", "Old headline")) == content_hash(art("b", "body  TEXT.", "UPDATED: new"))
    assert content_hash(art("a", "Body text.")) != content_hash(art("a", "Body text!"))
    assert len(content_hash(art("a", "x"))) == 64


def test_remember_then_filter(tmp_path):
    store = store_path(tmp_path)
    day1 = [art("a", "First article."), art("b", "Second article.")]
    new, already = filter_new(day1, store)
    assert new == day1 and already == []
    remember(day1, store, date="2026-11-22")
    day2 = [art("c", "Third article."), art("a2", "FIRST   article."), art("b", "Second article.")]
    new, already = filter_new(day2, store)
    assert [a.id for a in new] == ["c"]
    assert [a.id for a in already] == ["a2", "b"]
    assert os.listdir(tmp_path) == [".seen.json"]  # written atomically, no temporaries left


def test_documents_are_accepted_and_returned_as_given(tmp_path):
    store = tmp_path / ".seen.json"
    doc = Document(article=art("a", "Body."), sentences=())
    remember([doc], store)
    new, already = filter_new([doc], store)
    assert new == [] and already == [doc]


def test_store_format_and_retention(tmp_path):
    store = tmp_path / ".seen.json"
    remember([art("old", "Old news.")], store, date="2025-01-01")
    remember([art("new", "New news.")], store, date="2026-11-23", keep_days=30)
    data = json.loads(store.read_text())
    assert data["version"] == 1
    assert [v["date"] for v in data["seen"].values()] == ["2026-11-23"]
    # remembering again keeps the first date
    remember([art("new", "New news.")], store, date="2026-11-24")
    assert [v["date"] for v in load(store).values()] == ["2026-11-23"]


def test_corrupt_store_is_a_warning_not_a_crash(tmp_path, caplog):
    store = tmp_path / ".seen.json"
    store.write_text("{half written")
    new, already = filter_new([art("a", "x")], store)
    assert len(new) == 1 and already == []
    assert "unreadable" in caplog.text and str(store) in caplog.text
    remember([art("a", "x")], store)
    assert len(load(store)) == 1
