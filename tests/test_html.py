from __future__ import annotations

import json

import pytest

from briefing.errors import ArticleError
from briefing.html import html_metadata_and_text, html_to_article, markdown_to_text, parse_article, read_front_matter, read_sidecar

PAGE = """<!doctype html>
<html><head>
<title>Troops reach Kursk | Daily Planet</title>
<meta property="og:title" content="Troops reach Kursk">
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2026-11-20T07:00:00Z">
<link rel="canonical" href="https://planet.example/world/troops-reach-kursk">
<style>body { color: red } .secret { display: none }</style>
<script>var tracking = "SCRIPT-TEXT"; document.write("INJECTED");</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World NAV-TEXT</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header><div class="menu">Subscribe now MENU-TEXT</div></header>
<main><article>
<h1>Troops reach Kursk</h1>
<p>About 10,000 North Korean soldiers have arrived in the Kursk region, Ukrainian intelligence said on Wednesday, in the first confirmed deployment of the troops near the front line.</p>
<p>The Pentagon put the figure at 11,000 and said most of them were young conscripts with little combat experience &amp; poor equipment.</p>
<script>alert("INLINE-SCRIPT")</script>
<p>Russia has neither confirmed nor denied the deployment, and Moscow declined to comment on the numbers reported by Kyiv and Washington.</p>
</article></main>
<aside>Most read: ASIDE-TEXT celebrity news</aside>
<footer>Copyright 2026 Daily Planet FOOTER-TEXT. All rights reserved.</footer>
</body></html>
"""


def test_html_reduced_to_the_article():
    title, text = html_to_article(PAGE, "page.html")
    assert title == "Troops reach Kursk"
    assert text.startswith("About 10,000 North Korean soldiers")
    assert "11,000" in text and "& poor equipment" in text and "declined to comment" in text
    for junk in ("SCRIPT-TEXT", "INJECTED", "INLINE-SCRIPT", "NAV-TEXT", "MENU-TEXT", "FOOTER-TEXT", "color: red", "Troops reach Kursk"):
        assert junk not in text


def test_html_metadata():
    p = html_metadata_and_text(PAGE.encode("utf-8"), "page.html")
    assert (p.outlet, p.url, p.date) == ("Daily Planet", "https://planet.example/world/troops-reach-kursk", "2026-11-20")


def test_html_bytes_in_another_encoding():
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("little", "caf\u00e9").encode("cp1252")
    _, text = html_to_article(page, "page.html")
    assert "caf\u00e9 combat" in text


@pytest.mark.parametrize("page,reason", [
    ("", "empty HTML"),
    ("<html><head><script>x=1</script></head><body><nav><a href=/>Home</a></nav></body></html>", "no article text"),
    ("\x00\x01\x02 binary", "no article text"),
])
def test_html_without_an_article_is_a_clear_error(page, reason):
    with pytest.raises(ArticleError, match=reason) as e:
        html_to_article(page, "bad.html")
    assert e.value.path == "bad.html"


def test_huge_html_is_refused():
    with pytest.raises(ArticleError, match="too large"):
        html_to_article("<p>" + "x" * 5_000_001, "huge.html")


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            '<html><body><article><p>A long enough paragraph about the news of the day, with &xxe; inside it, '
            'and more words so that the extractor keeps it as article text.</p></article></body></html>')
    try:
        _, text = html_to_article(page, "xxe.html")
    except ArticleError:
        return  # refusing it is fine too
    assert "TOP-SECRET-CONTENT" not in text


def test_front_matter():
    meta, body = read_front_matter("---\ntitle: \"Troops: 10,000\"\noutlet: Kyiv Post\nurl: https://k.example/a\n"
                                   "date: 2026-11-20T09:00:00Z\nauthor: Someone\n---\nBody line one.\n")
    assert meta == {"title": "Troops: 10,000", "outlet": "Kyiv Post", "url": "https://k.example/a", "date": "2026-11-20"}
    assert body == "Body line one.\n"


def test_front_matter_bad_values_dropped_with_a_warning(caplog):
    meta, body = read_front_matter("---\nurl: javascript:alert(1)\ndate: yesterday\noutlet: X\n---\nBody\n", "a.md")
    assert meta == {"outlet": "X"} and body == "Body\n"
    assert "a.md: url" in caplog.text and "a.md: date 'yesterday' ignored (use YYYY-MM-DD" in caplog.text


@pytest.mark.parametrize("text", [
    "No front matter\nBody\n",
    "---\ntitle: never closed\nBody text that goes on\n",
    "---\nThis is a horizontal rule, not metadata.\n---\n",
    "Title\n---\noutlet: X\n---\n",
])
def test_text_without_front_matter_is_returned_whole(text):
    assert read_front_matter(text) == ({}, text)


def test_markdown_article_with_front_matter(tmp_path):
    md = ("---\noutlet: Example News\ndate: 2026-11-21\n---\n# Troops reach *Kursk*\n\n"
          "About **10,000** soldiers, says [the ministry](https://gov.example/x).\n\n![map](map.png)\n> Quoted `line`.\n")
    p = parse_article(md, tmp_path / "a.md")
    assert p.title == "Troops reach Kursk"
    assert p.text == "About 10,000 soldiers, says the ministry.\n\n\nQuoted line."
    assert (p.outlet, p.date, p.url) == ("Example News", "2026-11-21", "")


def test_sidecar_and_precedence(tmp_path):
    (tmp_path / "a.meta.json").write_text(json.dumps({"outlet": "Sidecar Outlet", "url": "https://s.example/1", "title": "Side"}))
    p = parse_article("---\noutlet: Front Outlet\n---\nHeadline\nBody.\n", tmp_path / "a.txt")
    assert (p.title, p.outlet, p.url, p.text) == ("Side", "Front Outlet", "https://s.example/1", "Headline\nBody.")
    (tmp_path / "b.meta.toml").write_text('outlet = "Toml Outlet"\ndate = 2026-11-19\n')
    p = parse_article(PAGE, tmp_path / "b.html")
    assert (p.outlet, p.date, p.title) == ("Toml Outlet", "2026-11-19", "Troops reach Kursk")


def test_bad_sidecar_is_ignored_with_a_warning(tmp_path, caplog):
    (tmp_path / "a.meta.json").write_text("{oops")
    assert read_sidecar(tmp_path / "a.txt") == {}
    assert "sidecar ignored" in caplog.text
    assert parse_article("Title\nBody\n", tmp_path / "a.txt").title == "Title"


def test_plain_text_title_is_the_first_line(tmp_path):
    p = parse_article("\n\n  Headline  \nBody one.\nBody two.\n", tmp_path / "x.txt")
    assert (p.title, p.text) == ("Headline", "Body one.\nBody two.")
    with pytest.raises(ArticleError, match="empty file"):
        parse_article("---\noutlet: X\n---\n\n", tmp_path / "y.md")


def test_markdown_to_text_keeps_plain_text():
    plain = "It is 3*4 = 12 and snake_case_name stays, as does a - list.\n"
    assert markdown_to_text(plain) == plain


def test_the_outlet_a_page_title_ends_with():
    """The seventh user review: a page that named its outlet only in <title> ("... | The Telegraph")."""
    page = ("<html><head><title>Boss jailed for 12 years | The Telegraph</title></head><body><article><h1>Boss jailed</h1>"
            "<p>The former boss of a collapsed energy supplier has been jailed for 12 years after a long trial.</p>"
            "<p>He used about £27m of customers' money to keep the firm afloat, the court heard on Tuesday.</p></article></body></html>")
    assert html_metadata_and_text(page, "t.html").outlet == "The Telegraph"
    assert html_metadata_and_text(page.replace(" | The Telegraph", " | Home"), "t.html").outlet == ""


@pytest.mark.parametrize("value", [5, True, ["AP"], "[AP", "{AP}", "123"])
def test_an_outlet_that_is_no_name_is_ignored_with_a_warning(value, caplog):
    """The eighth user review: a sidecar's {"outlet": 5} and front matter's "outlet: [AP" became source labels."""
    from briefing.html import _meta

    assert "outlet" not in _meta({"outlet": value}, "a.meta.json") and "outlet" in caplog.text
    assert _meta({"outlet": "Reuters"}, "a.meta.json") == {"outlet": "Reuters"}
