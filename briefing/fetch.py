"""Articles from the web: RSS/Atom feeds and article pages, fetched carefully.

Every fetch: http and https only; a polite User-Agent; at most `max_bytes` read (checked while
reading, not trusted from Content-Length); one time limit for the whole fetch; at most
MAX_REDIRECTS redirects, each one checked again like the first URL; and no private, loopback,
link-local or otherwise non-public address unless `allow_private` (the address is checked at
connection time, on the address actually connected to, so DNS tricks cannot slip past). Proxy
settings from the environment are not used. Feeds are checked with defusedxml before feedparser
reads them, so no XML entity is expanded and nothing external is loaded.

Pages become .txt files (title on the first line) plus a `NAME.meta.json` sidecar with the URL,
outlet and date, named from a hash of the URL, never from the title or URL text itself.
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import io
import ipaddress
import json
import logging
import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable
from urllib.parse import urldefrag, urljoin, urlsplit

from briefing.errors import ArticleError
from briefing.records import Skipped

log = logging.getLogger(__name__)

USER_AGENT = "briefing/0.1 (+local news briefing)"
MAX_REDIRECTS = 5
TIMEOUT = 10.0
"""Seconds for a whole fetch (connecting, redirects and reading)."""
MAX_BYTES = 5_000_000
PER_FEED = 20
"""Newest entries taken from each feed."""
SCHEMES = ("http", "https")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 65536


class FetchError(ArticleError):
    """A URL could not be fetched or used; `path` is the URL. The run goes on without it."""


@dataclass(frozen=True)
class Page:
    """What a fetch returned."""

    url: str
    """The final URL, after redirects."""
    data: bytes
    content_type: str
    """Media type in lower case, e.g. "text/html" ("" when the server did not say)."""
    charset: str = ""


def _show(url: str) -> str:
    """A URL as it may appear in a one-line message (no control characters, bounded)."""
    text = re.sub(r"[\x00-\x1f\x7f]", "?", str(url))
    return text if len(text) <= 200 else text[:197] + "..."


def _fail(url: str, reason: str) -> FetchError:
    return FetchError(_show(url), reason)


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for addresses on the public internet (not private, loopback, link-local, reserved ...)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _connector(url: str, allow_private: bool):
    """A socket.create_connection replacement that checks every address the host resolves to."""

    def create_connection(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **_):  # type: ignore[attr-defined]
        host, port = address
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise _fail(url, f"cannot resolve host {host!r} ({e.strerror}); check the address") from None
        ips = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        if not allow_private:
            bad = next((ip for ip in ips if not _public(ip)), None)
            if bad is not None:
                raise _fail(url, f"host {host!r} is a private, loopback or link-local address ({bad}); "
                                 "only public addresses are fetched unless allow_private is set in the configuration")
        last: OSError | None = None
        for info in infos:
            family, socktype, proto, _, sockaddr = info
            sock = socket.socket(family, socktype, proto)
            try:
                if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:  # type: ignore[attr-defined]
                    sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)  # the checked address itself, not a fresh lookup
                return sock
            except OSError as e:
                last = e
                sock.close()
        raise last or OSError(f"no address for {host}")

    return create_connection


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, connector, **kw):
        super().__init__(*args, **kw)
        self._create_connection = connector


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, connector, **kw):
        super().__init__(*args, **kw)
        self._create_connection = connector


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, connector) -> None:
        super().__init__()
        self._connector = connector

    def http_open(self, req):
        return self.do_open(functools.partial(_HTTPConnection, connector=self._connector), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, connector) -> None:
        super().__init__()
        self._connector = connector

    def https_open(self, req):
        return self.do_open(functools.partial(_HTTPSConnection, connector=self._connector), req, context=self._context)


def _opener(url: str, allow_private: bool) -> urllib.request.OpenerDirector:
    # Only our two handlers: no proxies, no automatic redirects, no file:, ftp: or data: URLs,
    # and non-2xx answers come back as responses for us to judge.
    opener = urllib.request.OpenerDirector()
    connector = _connector(url, allow_private)
    opener.add_handler(_HTTPHandler(connector))
    opener.add_handler(_HTTPSHandler(connector))
    return opener


def _check_scheme(url: str, given: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise _fail(given, f"only http and https URLs are fetched, not {parts.scheme + ':' if parts.scheme else 'a URL without a scheme'}")
    if not parts.hostname:
        raise _fail(given, "no host in the URL; give a full address like https://example.org/news")


def fetch_page(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, allow_private: bool = False,
               accept: str = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5") -> Page:
    """GET `url` within the limits (see the module docstring); FetchError with a one-line reason otherwise."""
    deadline = time.monotonic() + timeout
    current = url
    for hop in range(MAX_REDIRECTS + 1):
        _check_scheme(current, url)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _fail(url, f"timed out after {timeout:g} s")
        req = urllib.request.Request(current, headers={"User-Agent": USER_AGENT, "Accept": accept,
                                                       "Accept-Encoding": "identity"})
        try:
            resp = _opener(url, allow_private).open(req, timeout=remaining)
        except FetchError:
            raise
        except (TimeoutError, socket.timeout):
            raise _fail(url, f"timed out after {timeout:g} s") from None
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, FetchError):
                raise reason from None
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise _fail(url, f"timed out after {timeout:g} s") from None
            raise _fail(url, f"cannot connect ({getattr(reason, 'strerror', None) or reason})") from None
        except (OSError, http.client.HTTPException, ValueError) as e:
            raise _fail(url, f"cannot connect ({getattr(e, 'strerror', None) or e})") from None
        with resp:
            status = resp.status
            if status in _REDIRECTS:
                location = resp.headers.get("Location")
                if not location:
                    raise _fail(url, f"HTTP {status} redirect without a Location")
                if hop == MAX_REDIRECTS:
                    break
                current = urldefrag(urljoin(current, location.strip()))[0]
                log.debug("%s redirects to %s", _show(url), _show(current))
                continue
            if not 200 <= status < 300:
                raise _fail(url, f"HTTP {status} {resp.reason}".rstrip())
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _fail(url, f"{int(declared):,} bytes is over the {max_bytes:,}-byte limit")
            data = _read(resp, url, max_bytes, deadline, timeout)
            ctype = resp.headers.get_content_type() if resp.headers.get("Content-Type") else ""
            return Page(url=current, data=data, content_type=ctype.lower(), charset=resp.headers.get_content_charset() or "")
    raise _fail(url, f"more than {MAX_REDIRECTS} redirects; the address loops or moves too often")


def _read(resp, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    buf = io.BytesIO()
    try:
        while True:
            chunk = resp.read1(_CHUNK)  # whatever has arrived: a slow drip still meets the deadline
            if not chunk:
                break
            buf.write(chunk)
            if buf.tell() > max_bytes:
                raise _fail(url, f"more than {max_bytes:,} bytes; refused (the limit is max_bytes)")
            if time.monotonic() > deadline:
                raise _fail(url, f"timed out after {timeout:g} s while reading")
    except (TimeoutError, socket.timeout):
        raise _fail(url, f"timed out after {timeout:g} s while reading") from None
    except (OSError, http.client.HTTPException) as e:
        raise _fail(url, f"connection broken while reading ({e})") from None
    return buf.getvalue()


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, allow_private: bool = False) -> bytes:
    """The body of `url` (see `fetch_page` for the checks)."""
    return fetch_page(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private).data


def _check_xml(data: bytes, url: str) -> None:
    """Refuse entity declarations and external references; malformed XML is left to feedparser."""
    import defusedxml
    import defusedxml.ElementTree as DET

    try:
        DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise _fail(url, "the feed declares XML entities or external references; refused as unsafe") from None
    except Exception:  # not well-formed: feedparser's tolerant parser copes, and expands nothing
        pass


_TAG = re.compile(r"<[^>]*>")


def read_feed(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, allow_private: bool = False,
              limit: int = 0) -> list[tuple[str, str]]:
    """(title, link) of each entry of an RSS or Atom feed, in feed order; links made absolute, http(s) only."""
    import feedparser

    page = fetch_page(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    _check_xml(page.data, url)
    # a stream, so feedparser never treats the data as a URL or file name to open
    feed = feedparser.parse(io.BytesIO(page.data), response_headers={"content-location": page.url})
    if not feed.entries and (feed.bozo or not feed.get("version")):
        raise _fail(url, "not an RSS or Atom feed (no entries could be read); check the feed address")
    items: list[tuple[str, str]] = []
    seen: set[str] = set()
    for entry in feed.entries:
        link = entry.get("link") or next((ln.get("href") for ln in entry.get("links", []) if ln.get("href")), "")
        if not link:
            continue
        link = urldefrag(urljoin(page.url, link.strip()))[0]
        if urlsplit(link).scheme.lower() not in SCHEMES or link in seen:
            continue
        seen.add(link)
        title = " ".join(_TAG.sub(" ", entry.get("title", "")).split()) or link
        items.append((title, link))
        if limit and len(items) >= limit:
            break
    return items


_HOST_SAFE = re.compile(r"[^a-z0-9.-]+")


def file_name(url: str) -> str:
    """`host-HASH` for a URL: only [a-z0-9.-] from the host, the rest a hash; never a path."""
    host = _HOST_SAFE.sub("-", (urlsplit(url).hostname or "page").lower()).strip(".-")[:60] or "page"
    return f"{host}-{hashlib.sha256(url.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def _page_article(page: Page, url: str) -> tuple[str, str, dict[str, str]]:
    """(title, text, metadata) from a fetched page."""
    from briefing.html import html_metadata_and_text

    ctype = page.content_type
    if ctype in ("text/html", "application/xhtml+xml", ""):
        try:
            parsed = html_metadata_and_text(page.data, url)
        except ArticleError as e:
            raise _fail(url, e.reason) from None
        meta = {"outlet": parsed.outlet, "date": parsed.date}
        return parsed.title, parsed.text, meta
    if ctype == "text/plain":
        text = page.data.decode(page.charset or "utf-8", errors="replace")
        lines = [ln for ln in text.replace("\r\n", "\n").split("\n")]
        while lines and not lines[0].strip():
            lines.pop(0)
        if len(lines) < 2:
            raise _fail(url, "the text has no body below its first line")
        return lines[0], "\n".join(lines[1:]), {}
    raise _fail(url, f"not an article page (content type {ctype}); give the address of the article's web page")


def fetch_articles(
    feed_urls: Iterable[str],
    page_urls: Iterable[str],
    folder: Path,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    allow_private: bool = False,
    per_feed: int = PER_FEED,
    refetch: bool = False,
    skipped: list[Skipped] | None = None,
) -> list[Path]:
    """Fetch the newest `per_feed` entries of each feed and every page URL into `folder` as .txt.

    Each article is `folder/HOST-HASH.txt` (title, blank line, text) with `HOST-HASH.meta.json`
    (url, outlet, date, title) beside it, both written atomically. A URL already in the folder is
    not fetched again unless `refetch`. A feed or page that fails is logged and, when `skipped`
    is a list, added to it; it never stops the others. Returns the article files, in order.
    """
    from briefing.publish import atomic_write

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    limits = {"timeout": timeout, "max_bytes": max_bytes, "allow_private": allow_private}

    def skip(e: ArticleError) -> None:
        log.warning("skipping %s", e)
        if skipped is not None:
            skipped.append(Skipped(e.path, e.reason))

    urls: list[str] = []
    for feed in feed_urls:
        try:
            urls.extend(link for _, link in read_feed(feed, limit=per_feed, **limits))  # type: ignore[arg-type]
        except ArticleError as e:
            skip(e)
    urls.extend(urldefrag(u.strip())[0] for u in page_urls)
    written: list[Path] = []
    for url in dict.fromkeys(urls):  # each URL once, first-seen order
        stem = file_name(url)
        target = folder / f"{stem}.txt"
        if target.is_file() and not refetch:
            log.debug("%s: already fetched as %s", _show(url), target.name)
            written.append(target)
            continue
        try:
            page = fetch_page(url, **limits)  # type: ignore[arg-type]
            title, text, meta = _page_article(page, url)
        except ArticleError as e:
            skip(e)
            continue
        # one line, no control characters: ingest reads line 1 as the title
        title = " ".join(re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", title).split())[:300] or "Untitled"
        outlet = meta.get("outlet") or (urlsplit(page.url).hostname or "")
        sidecar = {"url": url, "outlet": outlet, "date": meta.get("date", ""), "title": title}
        atomic_write(folder / f"{stem}.meta.json", json.dumps(sidecar, indent=1, ensure_ascii=False) + "\n")
        atomic_write(target, f"{title}\n\n{text.strip()}\n")
        log.info("fetched %s -> %s", _show(url), target.name)
        written.append(target)
    return written
