"""fetch.py against a real HTTP server on 127.0.0.1 serving fixture feeds and pages."""

from __future__ import annotations

import json
import os
import select
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, unquote

import pytest

import briefing.fetch as fetch_mod
from briefing.fetch import USER_AGENT, FetchError, Robots, fetch, fetch_articles, fetch_page, file_name, read_feed
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
    times: list[tuple[float, str]] = []
    robots = (404, "")
    """What /robots.txt answers: (status, text)."""

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
        Handler.times.append((time.monotonic(), self.headers.get("Host", "")))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        p = self.path
        if p == "/robots.txt":
            return self._send(Handler.robots[0], Handler.robots[1].encode(), "text/plain")
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
RUN = {**OK, "delay": 0}
"""fetch_articles: no pause between requests in tests."""


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch):
    """The developer's own proxy settings must not change what these tests see."""
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)


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
        folder, skipped=skipped, **RUN,
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
    fetch_articles([], [server + "/a.html"], tmp_path, **RUN)
    Handler.requests.clear()
    again = fetch_articles([], [server + "/a.html"], tmp_path, **RUN)
    assert len(again) == 1 and Handler.requests == []
    fetch_articles([], [server + "/a.html"], tmp_path, refetch=True, **RUN)
    assert [r[0] for r in Handler.requests] == ["/robots.txt", "/a.html"]  # a missing robots.txt allows all


def test_fetch_articles_default_refuses_loopback(server, tmp_path, caplog):
    assert fetch_articles([server + "/feed.xml"], [server + "/a.html"], tmp_path) == []
    assert caplog.text.count("loopback") == 2


def test_an_unusable_page_url_is_skipped_not_a_crash(tmp_path):
    skipped = []
    assert fetch_articles([], ["http://[oops/a"], tmp_path, skipped=skipped, **RUN) == []
    assert [(s.path, s.reason) for s in skipped] == [
        ("http://[oops/a", "not a usable address: Invalid IPv6 URL; check the URL")]


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


# Politeness: robots.txt and a pause between requests to one host.

def test_robots_rules_rfc_9309():
    text = """# comments and unknown lines are ignored
Sitemap: https://example.org/sitemap.xml
User-agent: *
Disallow: /private
Allow: /private/open
Disallow: /*.json$
Disallow:

user-agent: other
USER-AGENT: Briefing/2.0
Crawl-delay: 5
Disallow: /news/*/draft   # the longest matching rule decides
Allow: /news/2026
Disallow: /tie
Allow: /tie
Disallow: /caf\u00e9
"""
    ours = Robots.parse(text)
    assert ours.rules == (("/news/*/draft", False), ("/news/2026", True), ("/tie", False), ("/tie", True), ("/caf%C3%A9", False))
    allowed = {u: ours.allows("https://example.org" + u) for u in (
        "/", "/private", "/news/2026/x", "/news/2026/x/draft", "/news/2025/a/draft", "/tie", "/caf%C3%A9/1", "/caf\u00e9")}
    assert allowed == {"/": True, "/private": True, "/news/2026/x": True, "/news/2026/x/draft": False,
                       "/news/2025/a/draft": False, "/tie": True, "/caf%C3%A9/1": False, "/caf\u00e9": False}
    assert ours.crawl_delay == 5
    everyone = Robots.parse(text, agent="somebot")
    assert everyone.crawl_delay == 0
    assert [everyone.allows("http://x" + u) for u in ("/private/a", "/private/open/a", "/a.json", "/a.json?x", "/a.jsonx", "/?q=1")] == [
        False, True, False, True, True, True]
    assert Robots.parse("User-agent: b\nDisallow: /\n").allows("http://x/")  # "b" is not a prefix match for us
    assert not Robots.parse("User-agent: briefing\n\nUser-agent: *\nDisallow: /\n").allows("http://x/a")  # one group
    assert Robots.parse("User-agent: *\nDisallow: /\nUser-agent: briefing\n").allows("http://x/a")  # ours, no rules
    assert Robots.parse("Disallow: /\n").allows("http://x/a")  # a rule outside any group
    assert not Robots.parse("User-agent: *\nDisallow: /\n").allows("http://x/?q")


def test_robots_txt_with_a_byte_order_mark():
    robots = Robots.parse("\ufeffUser-agent: *\nDisallow: /private/\n")
    assert robots.rules == (("/private/", False),)
    assert not robots.allows("http://x/private/a") and robots.allows("http://x/public")


def test_robots_wildcards_do_not_backtrack():
    """A hostile pattern against a deep path must not hang the run (a regex took over a minute)."""
    robots = Robots.parse("User-agent: *\nDisallow: /*/*/*/*/*/*/*/*/*x\nDisallow: /**/**/**/**/**/*y$\n")
    start = time.monotonic()
    assert robots.allows("http://x/" + "a/" * 60)
    assert robots.allows("http://x/" + "a/" * 5000 + "yz")
    assert not robots.allows("http://x/" + "a/" * 5000 + "x")
    assert not robots.allows("http://x/" + "a/" * 5000 + "y")
    assert time.monotonic() - start < 1  # generous: the backtracking regex took 68 s on the first


@pytest.mark.parametrize("pattern,path,matches", [
    ("/a*b*c", "/abc", True), ("/a*b*c", "/a-c-b", False), ("/a*b*c", "/axbxbxc/d", True),
    ("/a*a$", "/a", False), ("/a*a$", "/aa", True), ("/a*b$", "/ab/b", True), ("/a*b$", "/ab/bc", False),
    ("/*", "/", True), ("*", "/", True), ("/x$", "/x", True), ("/x$", "/xy", False), ("/$", "/", True),
    ("/a$b", "/a$b/c", True), ("/a**$", "/a", True), ("/*.php$", "/index.php", True), ("/*.php$", "/a.php5", False),
])
def test_robots_patterns(pattern, path, matches):
    assert fetch_mod._robots_match(pattern, path) is matches


def test_robots_txt_is_read_once_per_site_and_obeyed_on_every_redirect(server, tmp_path, monkeypatch):
    monkeypatch.setattr(Handler, "robots", (200, "User-agent: *\nDisallow: /a.html\n"))
    Handler.requests.clear()
    skipped = []
    paths = fetch_articles([server + "/feed.xml"], [server + "/hop/1", server + "/plain.txt"], tmp_path, skipped=skipped, **RUN)
    assert [p.read_text().split("\n")[0] for p in paths] == ["Pentagon says 11,000", "Plain headline"]
    asked = [r[0] for r in Handler.requests]
    assert asked.count("/robots.txt") == 1 and "/a.html" not in asked
    assert [(s.path, s.reason.split(";")[0]) for s in skipped] == [
        (server + "/a.html", f"{server}/robots.txt does not allow briefing to fetch /a.html"),
        (server + "/hop/1", f"{server}/robots.txt does not allow briefing to fetch /a.html"),
    ]


def test_robots_group_for_our_agent_replaces_the_general_one(server, tmp_path, monkeypatch):
    monkeypatch.setattr(Handler, "robots", (200, "User-agent: *\nDisallow: /\n\nUser-agent: briefing\nDisallow: /b.html\n"))
    skipped = []
    paths = fetch_articles([], [server + "/a.html", server + "/b.html"], tmp_path, skipped=skipped, **RUN)
    assert len(paths) == 1 and [s.path for s in skipped] == [server + "/b.html"]


@pytest.mark.parametrize("status", [500, 503])
def test_a_server_error_on_robots_txt_skips_the_site(server, tmp_path, monkeypatch, status):
    monkeypatch.setattr(Handler, "robots", (status, "oops"))
    Handler.requests.clear()
    skipped = []
    assert fetch_articles([server + "/feed.xml"], [server + "/a.html"], tmp_path, skipped=skipped, **RUN) == []
    assert [r[0] for r in Handler.requests] == ["/robots.txt"]
    assert [s.reason for s in skipped] == [
        f"{server}/robots.txt answered HTTP {status}, so nothing is fetched from that site this run (RFC 9309); try again later"] * 2


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_robots_txt_unavailable_allows_everything(server, tmp_path, monkeypatch, status):
    monkeypatch.setattr(Handler, "robots", (status, "User-agent: *\nDisallow: /\n"))
    assert len(fetch_articles([], [server + "/a.html"], tmp_path, **RUN)) == 1


def test_an_unreachable_site_is_tried_once(tmp_path):
    skipped = []
    assert fetch_articles([], ["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"], tmp_path, skipped=skipped, **RUN) == []
    assert [s.reason.split(" (")[0] for s in skipped] == ["cannot connect"] * 2
    assert skipped[0].reason.endswith("(reading http://127.0.0.1:9/robots.txt); nothing is fetched from that site this run")


def test_requests_to_one_host_are_spaced_out(server, tmp_path):
    Handler.times.clear()
    other = server.replace("127.0.0.1", "localhost")  # the same server under another host name
    fetch_articles([], [server + "/a.html", other + "/plain.txt", server + "/b.html"], tmp_path, delay=0.3, **OK)
    by_host: dict[str, list[float]] = {}
    for t, host in Handler.times:
        by_host.setdefault(host.split(":")[0], []).append(t)
    assert {h: len(ts) for h, ts in by_host.items()} == {"127.0.0.1": 3, "localhost": 2}  # robots.txt and the pages
    for ts in by_host.values():
        assert min(b - a for a, b in zip(ts, ts[1:])) >= 0.29


# Proxies from the environment.

class Proxy(BaseHTTPRequestHandler):
    """A forward proxy: answers plain-http requests itself, tunnels CONNECT to the target."""

    seen: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Proxy.seen.append(self.path)
        if self.path.endswith("/moved") or "/moved?to=" in self.path:
            self.send_response(302)
            self.send_header("Location", unquote(self.path.partition("?to=")[2]) or "http://127.0.0.1:9/a.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"Via the proxy\nThe proxy answered for " + self.path.encode() + b"\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_CONNECT(self):
        Proxy.seen.append("CONNECT " + self.path)
        host, port = self.path.rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=5) as upstream:
            self.send_response(200)
            self.end_headers()
            ends = {self.connection: upstream, upstream: self.connection}
            while True:
                ready, _, _ = select.select(list(ends), [], [], 5)
                data = ready and ready[0].recv(65536)
                if not data:
                    break
                ends[ready[0]].sendall(data)
        self.close_connection = True


@pytest.fixture(scope="module")
def proxy():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_http_goes_through_the_proxy_in_the_environment(server, proxy, monkeypatch):
    Handler.requests.clear()
    Proxy.seen.clear()
    monkeypatch.setenv("http_proxy", proxy)
    assert fetch(server + "/a.html", **OK).startswith(b"Via the proxy")
    assert Proxy.seen == [server + "/a.html"] and Handler.requests == []
    monkeypatch.setenv("no_proxy", "example.org,127.0.0.1")
    assert b"Troops reach Kursk" in fetch(server + "/a.html", **OK)
    assert len(Proxy.seen) == 1 and Handler.requests == [("/a.html", USER_AGENT)]


def test_through_a_proxy_the_target_is_checked_not_the_proxy(server, proxy, monkeypatch):
    """Here only 127.0.0.2 counts as public: the proxy on 127.0.0.1 is used, a target there is not."""
    monkeypatch.setattr(fetch_mod, "_public", lambda ip: str(ip) == "127.0.0.2")
    monkeypatch.setenv("HTTP_PROXY", proxy)
    Proxy.seen.clear()
    assert fetch("http://127.0.0.2:9/x", timeout=5).startswith(b"Via the proxy")
    with pytest.raises(FetchError, match=r"loopback or link-local address \(127\.0\.0\.1\)"):
        fetch(server + "/a.html", timeout=5)
    with pytest.raises(FetchError, match=r"loopback or link-local address \(127\.0\.0\.1\)"):
        fetch("http://127.0.0.2:9/moved", timeout=5)  # the proxy's redirect is checked again
    assert Proxy.seen == ["http://127.0.0.2:9/x", "http://127.0.0.2:9/moved"]
    with pytest.raises(FetchError, match="cannot resolve host 'no-such-host.invalid' .*through a proxy"):
        fetch("http://no-such-host.invalid/", timeout=3)


AMBIGUOUS = [  # the checked host would be 127.0.0.2, the one a proxy or server reads may be another
    ("http://127.0.0.1\\@127.0.0.2:9/x", "a user name or password before '@'"),
    ("http://169.254.169.254:80@127.0.0.2:9/", "a user name or password before '@'"),
    ("http://user:secret@127.0.0.2:9/", "a user name or password before '@'"),
    ("http://127.0.0.1\\.127.0.0.2:9/", r"the host '127\.0\.0\.1\\\\\.127\.0\.0\.2' has characters a host name"),
    ("http://127.0.0.2%2f:9/", "has characters a host name cannot have"),
    ("http://[v1.127.0.0.2]:9/", "in brackets is not an IPv6 address"),
    ("http://[127.0.0.2]:9/", "not a usable address: An IPv4 address cannot be in brackets"),
    ("http://127.0.0.2:9x/", "the port in the URL is not a number from 0 to 65535"),
]


@pytest.mark.parametrize("url,reason", AMBIGUOUS)
def test_an_ambiguous_host_is_refused_before_the_proxy_sees_it(proxy, monkeypatch, url, reason):
    """Here only 127.0.0.2 counts as public, so the address check alone would let these through."""
    monkeypatch.setattr(fetch_mod, "_public", lambda ip: str(ip) == "127.0.0.2")
    monkeypatch.setenv("http_proxy", proxy)
    Proxy.seen.clear()
    with pytest.raises(FetchError, match=reason) as e:
        fetch(url, timeout=5)
    assert e.value.path == url and "\n" not in str(e.value)
    assert Proxy.seen == []


@pytest.mark.parametrize("url,reason", AMBIGUOUS[:2])
def test_an_ambiguous_host_is_refused_without_a_proxy_too(server, tmp_path, url, reason):
    Handler.requests.clear()
    skipped = []
    assert fetch_articles([], [url], tmp_path, skipped=skipped, **RUN) == []
    assert [s.path for s in skipped] == [url] and reason in skipped[0].reason
    assert Handler.requests == []


def test_the_url_sent_is_the_url_checked(proxy, monkeypatch):
    monkeypatch.setattr(fetch_mod, "_public", lambda ip: str(ip) == "127.0.0.2")
    monkeypatch.setenv("http_proxy", proxy)
    Proxy.seen.clear()
    for url in ["HTTP://127.0.0.2:9/x?q=1#part", "http://127\u30020\u30020\u30022:9/x?q=1"]:  # ideographic full stops
        page = fetch_page(url, timeout=5)
        assert page.url == "http://127.0.0.2:9/x?q=1"
    assert fetch_page("http://127.0.0.2:9", timeout=5).url == "http://127.0.0.2:9/"
    assert Proxy.seen == ["http://127.0.0.2:9/x?q=1"] * 2 + ["http://127.0.0.2:9/"]


def test_a_redirect_to_an_ambiguous_host_is_refused(proxy, monkeypatch):
    monkeypatch.setattr(fetch_mod, "_public", lambda ip: str(ip) == "127.0.0.2")
    monkeypatch.setenv("http_proxy", proxy)
    Proxy.seen.clear()
    hostile = "http://127.0.0.1\\@127.0.0.2:9/x"
    with pytest.raises(FetchError, match=r"before '@' \(redirected to http://127\.0\.0\.1\\@127\.0\.0\.2:9/x\)"):
        fetch("http://127.0.0.2:9/moved?to=" + quote(hostile), timeout=5)
    assert Proxy.seen == ["http://127.0.0.2:9/moved?to=" + quote(hostile)]
    with pytest.raises(FetchError, match=r"HTTP 302 redirect to an unusable address 'http://\[oops/'"):
        fetch("http://127.0.0.2:9/moved?to=" + quote("http://[oops/"), timeout=5)


def test_https_through_the_proxy_is_a_tunnel_and_the_certificate_is_still_checked(tls_server, proxy, monkeypatch):
    monkeypatch.setenv("https_proxy", proxy)
    Proxy.seen.clear()
    with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):  # the target's own self-signed certificate
        fetch(tls_server + "/a.html", **OK)
    assert Proxy.seen == ["CONNECT " + tls_server.removeprefix("https://")]


def test_a_proxy_that_is_not_http_is_refused_clearly(server, monkeypatch):
    monkeypatch.setenv("http_proxy", "socks5://127.0.0.1:1080")
    with pytest.raises(FetchError, match="http_proxy setting 'socks5://127.0.0.1:1080' is not an http proxy"):
        fetch(server + "/a.html", **OK)


def test_a_run_passes_its_fetch_delay_on(monkeypatch, tmp_path):
    from briefing.config import Settings
    from briefing.pipeline import gather

    seen = {}
    monkeypatch.setattr(fetch_mod, "fetch_articles", lambda *args, **kw: seen.update(kw) or [])
    gather(Settings(out=str(tmp_path), pages=("http://example.org/a",), fetch_delay=0.25), [])
    assert seen["delay"] == 0.25


def test_crawl_delay_is_read_from_our_group():
    assert Robots.parse("User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n").crawl_delay == 2.5
    assert Robots.parse("User-agent: *\nCrawl-delay: soon\n").crawl_delay == 0  # unreadable: ignored
    assert Robots.parse("User-agent: *\nCrawl-delay: -3\nCrawl-delay: nan\n").crawl_delay == 0
    assert Robots.parse("Crawl-delay: 9\nUser-agent: *\nDisallow: /x\n").crawl_delay == 0  # outside any group


def test_a_crawl_delay_spaces_requests_out(server, tmp_path, monkeypatch):
    monkeypatch.setattr(Handler, "robots", (200, "User-agent: *\nCrawl-delay: 0.4\n"))
    Handler.times.clear()
    fetch_articles([], [server + "/a.html", server + "/b.html", server + "/plain.txt"], tmp_path, delay=0.05, **OK)
    pages = [t for t, _ in Handler.times][1:]  # after robots.txt
    assert len(pages) == 3 and min(b - a for a, b in zip(pages, pages[1:])) >= 0.39


def test_a_crawl_delay_longer_than_a_run_waits_is_capped(monkeypatch):
    from briefing import fetch as fetch_mod

    waits = []
    manners = fetch_mod.Manners(delay=0.0)
    monkeypatch.setattr(manners, "_read_robots", lambda *a: Robots.parse("User-agent: *\nCrawl-delay: 3600\n"))
    monkeypatch.setattr(manners, "_wait", lambda host, asked=0.0: waits.append(asked))
    for path in ("/feed.xml", "/story", "/story/"):  # a feed, a page and its redirect: all fetched
        manners.before("http://example.org" + path, "http://example.org" + path)
    assert waits == [fetch_mod.MAX_CRAWL_DELAY] * 3
    assert Robots.parse("User-agent: *\nCrawl-delay: inf\n").crawl_delay == float("inf")  # capped where used
