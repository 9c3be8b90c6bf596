"""fetch.py against a real HTTP server on 127.0.0.1 serving fixture feeds and pages."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import briefing.fetch as fetch_mod
from briefing.fetch import USER_AGENT, FetchError, fetch, fetch_articles, fetch_page, file_name, read_feed
from briefing.ingest import ingest

ARTICLE = """<!doctype html><html><head><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="og:title" content="{title}">
<script>document.write('SCRIPT-RAN')</script><style>p {{color: red}}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> NAVIGATION</nav>
<article><h1>{title}</h1>
<p>{lead} The officials gave the figure on Tuesday in a statement to reporters in the capital.</p>
<p>Further details were expected later in the week, according to people familiar with the matter, who spoke on condition of anonymity.</p>
</article><footer>Copyright FOOTER</footer></body></html>"""

PAGES = {
    "/a.html": ("Troops reach Kursk", "About 10,000 North Korean soldiers have reached Kursk."),
    "/b.html": ("Pentagon says 11,000", "The Pentagon said 11,000 North Korean troops were in Russia."),
    "/evil.html": ("../../etc/passwd\n\x1b[31mred\x07 " + "x" * 400, "A hostile title must never reach a file name."),
}

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example feed</title><link>/</link><description>d</description>
<item><title>Troops &amp; Kursk</title><link>/a.html</link></item>
<item><title><![CDATA[<b>Pentagon</b> says]]></title><link>{base}/b.html#comments</link></item>
<item><title>Duplicate</title><link>/a.html</link></item>
<item><title>Not web</title><link>javascript:alert(1)</link></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id><updated>2026-11-23T00:00:00Z</updated>
<entry><title>Evil</title><id>urn:1</id><updated>2026-11-23T00:00:00Z</updated><link rel="alternate" href="/evil.html"/></entry>
</feed>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><link>/a.html</link></item></channel></rss>"""

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    server_version = "fixture"
    requests: list[tuple[str, str]] = []

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=(), length=True):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Handler.requests.append((self.path, self.headers.get("User-Agent", "")))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        p = self.path
        if p in PAGES:
            t, lead = PAGES[p]
            return self._send(200, ARTICLE.format(title=t, lead=lead).encode())
        if p == "/feed.xml":
            return self._send(200, RSS.format(base=base).encode(), "application/rss+xml")
        if p == "/atom.xml":
            return self._send(200, ATOM.encode(), "application/atom+xml")
        if p == "/xxe.xml":
            return self._send(200, XXE.encode(), "application/rss+xml")
        if p == "/laughs.xml":
            return self._send(200, LAUGHS.encode(), "application/rss+xml")
        if p == "/notafeed":
            return self._send(200, b"<html><body>hello</body></html>")
        if p == "/plain.txt":
            return self._send(200, b"Plain headline\nPlain body with 12 figures.\n", "text/plain; charset=utf-8")
        if p == "/doc.pdf":
            return self._send(200, b"%PDF-1.4 ...", "application/pdf")
        if p == "/big":
            return self._send(200, b"x" * 2_000_000, "text/plain")
        if p == "/big-unannounced":  # no Content-Length: the limit must hold while reading
            self._send(200, b"", "text/plain", length=False)
            for _ in range(100):
                try:
                    self.wfile.write(b"y" * 100_000)
                except OSError:
                    return
            return
        if p == "/slow":
            self._send(200, b"", "text/plain", headers=[("Content-Length", "1000")], length=False)
            for _ in range(40):
                try:
                    self.wfile.write(b"z")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
            return
        if p == "/loop":
            return self._send(302, headers=[("Location", "/loop")])
        if p.startswith("/hop/"):
            n = int(p.rsplit("/", 1)[1])
            return self._send(301, headers=[("Location", f"/hop/{n - 1}" if n > 1 else "/a.html")])
        if p == "/to-file":
            return self._send(302, headers=[("Location", "file:///etc/passwd")])
        if p == "/to-other-host":
            return self._send(302, headers=[("Location", f"http://127.0.0.2:{self.server.server_address[1]}/a.html")])
        if p == "/gone":
            return self._send(404, b"not here")
        return self._send(500, b"oops")


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


OK = {"allow_private": True, "timeout": 5}


def test_fetch_sends_a_polite_user_agent(server):
    Handler.requests.clear()
    assert b"Troops reach Kursk" in fetch(server + "/a.html", **OK)
    assert Handler.requests == [("/a.html", USER_AGENT)]
    assert USER_AGENT == "briefing/0.1 (+local news briefing)"


def test_loopback_refused_by_default(server):
    Handler.requests.clear()
    with pytest.raises(FetchError, match=r"private, loopback or link-local address \(127\.0\.0\.1\)") as e:
        fetch(server + "/a.html")
    assert e.value.path == server + "/a.html"
    assert Handler.requests == []  # refused before any connection


@pytest.mark.parametrize("url", [
    "http://localhost:9/", "http://[::1]:9/", "http://10.0.0.1:9/", "http://192.168.1.1:9/",
    "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0:9/", "http://[::ffff:127.0.0.1]:9/", "http://100.64.0.1:9/",
])
def test_private_addresses_refused(url):
    with pytest.raises(FetchError, match="only public addresses are fetched unless allow_private"):
        fetch(url, timeout=2)


@pytest.mark.parametrize("url,scheme", [
    ("file:///etc/passwd", "file:"), ("ftp://example.org/x", "ftp:"), ("javascript:alert(1)", "javascript:"),
    ("data:text/html,hi", "data:"), ("example.org/news", "a URL without a scheme"), ("gopher://x/", "gopher:"),
])
def test_only_http_and_https(url, scheme):
    with pytest.raises(FetchError, match=f"only http and https URLs are fetched, not {scheme}"):
        fetch(url, **OK)


def test_redirects_followed_within_the_bound(server):
    page = fetch_page(server + "/hop/5", **OK)  # five redirects: allowed
    assert page.url == server + "/a.html" and b"Troops" in page.data
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server + "/hop/6", **OK)


def test_redirect_loop_is_bounded(server):
    Handler.requests.clear()
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server + "/loop", **OK)
    assert len(Handler.requests) == 6


def test_redirect_to_another_scheme_refused(server):
    with pytest.raises(FetchError, match="only http and https URLs are fetched, not file:"):
        fetch(server + "/to-file", **OK)


def test_every_redirect_is_checked_again(server, monkeypatch):
    """127.0.0.1 counts as public here; the redirect to 127.0.0.2 must still be refused."""
    monkeypatch.setattr(fetch_mod, "_public", lambda ip: str(ip) == "127.0.0.1")
    assert b"Troops" in fetch(server + "/a.html", timeout=5)
    with pytest.raises(FetchError, match=r"127\.0\.0\.2"):
        fetch(server + "/to-other-host", timeout=5)


def test_oversize_refused(server):
    with pytest.raises(FetchError, match=r"2,000,000 bytes is over the 1,000,000-byte limit"):
        fetch(server + "/big", max_bytes=1_000_000, **OK)
    with pytest.raises(FetchError, match=r"more than 1,000,000 bytes; refused"):
        fetch(server + "/big-unannounced", max_bytes=1_000_000, **OK)
    assert len(fetch(server + "/big", max_bytes=2_000_000, **OK)) == 2_000_000


def test_time_limit_covers_the_whole_fetch(server):
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 1 s"):
        fetch(server + "/slow", allow_private=True, timeout=1)
    assert time.monotonic() - start < 3


def test_http_errors_and_dead_hosts(server):
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        fetch(server + "/gone", **OK)
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/", **OK)  # discard port: nothing listens
    with pytest.raises(FetchError, match="cannot resolve host"):
        fetch("http://no-such-host.invalid/", timeout=3)


def test_read_feed(server):
    assert read_feed(server + "/feed.xml", **OK) == [
        ("Troops & Kursk", server + "/a.html"),
        ("Pentagon says", server + "/b.html"),
    ]
    assert read_feed(server + "/atom.xml", **OK) == [("Evil", server + "/evil.html")]
    assert read_feed(server + "/feed.xml", limit=1, **OK) == [("Troops & Kursk", server + "/a.html")]


@pytest.mark.parametrize("path", ["/xxe.xml", "/laughs.xml"])
def test_feeds_with_entities_refused(server, path):
    with pytest.raises(FetchError, match="declares XML entities"):
        read_feed(server + path, **OK)


def test_not_a_feed(server):
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        read_feed(server + "/notafeed", **OK)


def test_fetch_articles_writes_txt_that_ingest_reads(server, tmp_path):
    skipped = []
    folder = tmp_path / "fetched"
    paths = fetch_articles(
        [server + "/feed.xml", server + "/atom.xml", server + "/gone"],
        [server + "/a.html#top", server + "/plain.txt", server + "/doc.pdf", "file:///etc/passwd"],
        folder, skipped=skipped, **OK,
    )
    assert len(paths) == 4  # a, b, evil, plain; a.html only once
    assert all(p.parent == folder and p.suffix == ".txt" for p in paths)
    for p in paths:
        assert p.name == file_name(json.loads(p.with_name(p.stem + ".meta.json").read_text())["url"]) + ".txt"
        assert ".." not in p.stem.replace("127.0.0.1", "") and len(p.name) < 100
    names = {p.name for p in folder.iterdir()}
    assert not any(n.startswith(".") for n in names)
    assert len(names) == 8  # each .txt has its .meta.json
    assert [s.reason.split(";")[0] for s in skipped] == [
        "HTTP 404 Not Found", "not an article page (content type application/pdf)", "only http and https URLs are fetched, not file:"]
    first = paths[0].read_text()
    assert first.startswith("Troops reach Kursk\n\nAbout 10,000 North Korean soldiers")
    assert "SCRIPT-RAN" not in first and "NAVIGATION" not in first and "FOOTER" not in first
    meta = json.loads(paths[0].with_name(paths[0].stem + ".meta.json").read_text())
    assert meta == {"url": server + "/a.html", "outlet": "Example News", "date": meta["date"], "title": "Troops reach Kursk"}
    evil = paths[2].read_text().split("\n")
    assert evil[0].startswith("../../etc/passwd") and len(evil[0]) == 300 and evil[1] == ""
    assert not any(ord(c) < 32 for c in evil[0])
    articles, bad = ingest([str(folder)])
    assert len(articles) == 4 and bad == []
    assert {a.title for a in articles} >= {"Troops reach Kursk", "Pentagon says 11,000", "Plain headline"}


def test_fetch_articles_does_not_fetch_twice(server, tmp_path):
    fetch_articles([], [server + "/a.html"], tmp_path, **OK)
    Handler.requests.clear()
    again = fetch_articles([], [server + "/a.html"], tmp_path, **OK)
    assert len(again) == 1 and Handler.requests == []
    fetch_articles([], [server + "/a.html"], tmp_path, refetch=True, **OK)
    assert [r[0] for r in Handler.requests] == ["/a.html"]


def test_fetch_articles_default_refuses_loopback(server, tmp_path, caplog):
    assert fetch_articles([server + "/feed.xml"], [server + "/a.html"], tmp_path) == []
    assert caplog.text.count("loopback") == 2


def test_file_name_is_safe():
    for url in ["http://../../etc/passwd", "http://EXAMPLE.org/../../x", "http://[::1]/a", "http://a%2f..%2fb/x"]:
        name = file_name(url)
        assert "/" not in name and not name.startswith(".") and len(name) <= 80


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    import shutil
    import ssl
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(d / "key.pem"),
                    "-out", str(d / "cert.pem"), "-subj", "/CN=127.0.0.1", "-days", "1"], check=True, capture_output=True)
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(d / "cert.pem", d / "key.pem")
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_https_certificates_are_verified(tls_server):
    with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
        fetch(tls_server + "/a.html", **OK)
    with pytest.raises(FetchError, match="loopback"):
        fetch(tls_server + "/a.html")
