"""Articles from the web: RSS/Atom feeds and article pages, fetched carefully.

Every fetch: http and https only, to a plain host name or address (no user name or password
before "@", nothing a host name cannot hold), the URL rebuilt from its checked parts so the host
checked is the host asked, directly or through a proxy; a polite User-Agent; at most `max_bytes`
read (checked while reading, not trusted from Content-Length); one time limit for the whole fetch; at most
MAX_REDIRECTS redirects, each one checked again like the first URL; and no private, loopback,
link-local or otherwise non-public address unless `allow_private` (the address is checked at
connection time, on the address actually connected to, so DNS tricks cannot slip past). Feeds are
checked with defusedxml before feedparser reads them, so no XML entity is expanded and nothing
external is loaded.

Proxies: the standard environment variables are honoured (http_proxy, https_proxy, no_proxy and
their upper-case forms; http proxies only, https through CONNECT with the certificate still
checked against the target host). The proxy itself may be on a private address: it is the
operator's own setting. The target host is still resolved here and refused if any of its
addresses is not public; but the proxy connects by its own lookup, so a host whose DNS answer
changes between the two, or a name only the proxy can resolve, is the proxy's to refuse. (A host
that cannot be resolved here is refused, unless `allow_private`.)

A run's fetches (`fetch_articles`) are polite (`Manners`): each site's robots.txt is read once and
obeyed (RFC 9309: the group for our product token "briefing", else "*"; the longest matching rule
wins; a missing robots.txt or a 4xx answer allows everything; a 5xx answer or an unreachable site
means nothing is fetched from that site this run), and two requests to the same host are at least
`delay` seconds apart, or the site's Crawl-delay if it asks for more, up to `MAX_CRAWL_DELAY`
seconds (a longer ask is logged and capped: a daily run asks a site for a handful of pages, and
must not be held up for hours by one of them).

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
import math
import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable
from urllib.parse import quote, urldefrag, urljoin, urlsplit

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
FETCH_DELAY = 1.0
"""Seconds between two requests to the same host in one run."""
ROBOTS_AGENT = "briefing"
"""Our product token: the robots.txt user-agent whose rules we follow before those for "*"."""
MAX_CRAWL_DELAY = 30.0
"""The longest Crawl-delay (seconds) a run waits between two requests to one host."""
ROBOTS_MAX = 512_000
"""Bytes of a robots.txt read (RFC 9309 asks for at least 500 KiB); the rest is ignored."""
SCHEMES = ("http", "https")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 65536


class FetchError(ArticleError):
    """A URL could not be fetched or used; `path` is the URL. The run goes on without it."""

    status = 0
    """The HTTP status that ended the fetch (an error or a redirect too many), 0 for any other failure."""


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


def _fail(url: str, reason: str, status: int = 0) -> FetchError:
    e = FetchError(_show(url), reason)
    e.status = status
    return e


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for addresses on the public internet (not private, loopback, link-local, reserved ...)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _addresses(url: str, host: str, port: int, allow_private: bool, proxied: bool = False) -> list:
    """getaddrinfo for `host`, refused unless every address is public (or `allow_private`)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        hint = ("; through a proxy the host is still resolved here, to check it is public (allow_private "
                "leaves the lookup to the proxy)") if proxied else "; check the address"
        raise _fail(url, f"cannot resolve host {host!r} ({e.strerror}){hint}") from None
    if not allow_private:
        ips = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        bad = next((ip for ip in ips if not _public(ip)), None)
        if bad is not None:
            raise _fail(url, f"host {host!r} is a private, loopback or link-local address ({bad}); "
                             "only public addresses are fetched unless allow_private is set in the configuration")
    return infos


def _connector(url: str, allow_private: bool, proxy: tuple[str, int] | None = None):
    """A socket.create_connection replacement that checks every address the host resolves to
    (all but the configured `proxy` (host, port): the operator's own choice)."""

    def create_connection(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **_):  # type: ignore[attr-defined]
        host, port = address
        infos = _addresses(url, host, port, allow_private or (host.lower(), port) == proxy)
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


def _proxy(url: str, given: str) -> str | None:
    """The proxy the environment sets for `url` (http_proxy, https_proxy, no_proxy ...), or None."""
    parts = urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme.lower())
    if not proxy or urllib.request.proxy_bypass(parts.netloc):
        return None
    if urlsplit(_with_scheme(proxy)).scheme.lower() not in SCHEMES:
        raise _fail(given, f"the {parts.scheme.lower()}_proxy setting {_show(proxy)!r} is not an http proxy; "
                           "give http://HOST:PORT, or add the host to no_proxy")
    return proxy


def _with_scheme(proxy: str) -> str:
    return proxy if "://" in proxy else "http://" + proxy


def _opener(url: str, allow_private: bool, proxy: str | None = None) -> urllib.request.OpenerDirector:
    # Only our handlers: no automatic redirects, no file:, ftp: or data: URLs, and non-2xx
    # answers come back as responses for us to judge. Through a proxy the connection is to the
    # proxy, which the operator chose; the target host is checked before (see _check_target).
    opener = urllib.request.OpenerDirector()
    trusted = None
    if proxy is not None:
        opener.add_handler(urllib.request.ProxyHandler({urlsplit(url).scheme.lower(): proxy}))
        p = urlsplit(_with_scheme(proxy))
        trusted = ((p.hostname or "").lower(), p.port or (443 if p.scheme.lower() == "https" else 80))
    connector = _connector(url, allow_private, trusted)
    opener.add_handler(_HTTPHandler(connector))
    opener.add_handler(_HTTPSHandler(connector))
    return opener


_HOST_NAME = re.compile(r"[a-z0-9_.-]+")
"""What a host name may hold once IDNA-encoded; anything else could mean one host to us, another to a proxy."""


def _checked_url(url: str, given: str) -> str:
    """`url` rebuilt from its checked parts (scheme://host[:port]/path?query), so the host checked
    is the host asked, directly or through a proxy; FetchError for a URL that is not plainly one
    http(s) host."""
    where = "" if url == given else f" (redirected to {_show(url)})"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError as e:
        raise _fail(given, f"not a usable address{where}: {e}; check the URL") from None
    try:
        port = parts.port
    except ValueError:
        raise _fail(given, f"the port in the URL is not a number from 0 to 65535{where}") from None
    if parts.scheme.lower() not in SCHEMES:
        scheme = f"{parts.scheme}:" if parts.scheme else "a URL without a scheme"
        raise _fail(given, f"only http and https URLs are fetched, not {scheme}{where}")
    if not host:
        raise _fail(given, f"no host in the URL{where}; give a full address like https://example.org/news")
    # A user name, a backslash or an odd character in the host is read one way here and
    # another way by some proxies and servers (http://127.0.0.1\@example.org/): refused.
    if "@" in parts.netloc:
        raise _fail(given, f"the address has a user name or password before '@'{where}; "
                           "it is refused, as the host it names is ambiguous: give the address without it")
    if parts.netloc.startswith("["):
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise _fail(given, f"{_show(host)!r} in brackets is not an IPv6 address{where}; check the URL") from None
        netloc = f"[{host}]"
    else:
        try:
            netloc = host if host.isascii() else host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            netloc = host
        if not _HOST_NAME.fullmatch(netloc):
            raise _fail(given, f"the host {_show(host)!r} has characters a host name cannot have{where}; "
                               "only letters, digits, '-', '_' and '.' are fetched")
    if port is not None:
        netloc += f":{port}"
    return f"{parts.scheme.lower()}://{netloc}{parts.path or '/'}{'?' + parts.query if parts.query else ''}"


def _check_target(url: str, given: str, allow_private: bool) -> None:
    """Before a request goes through a proxy: the target host's own addresses must be public."""
    if allow_private:
        return
    parts = urlsplit(url)  # already checked and rebuilt (_checked_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    _addresses(given, parts.hostname or "", port, allow_private, proxied=True)


def fetch_page(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, allow_private: bool = False,
               accept: str = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
               manners: Manners | None = None, cut: bool = False) -> Page:
    """GET `url` within the limits (see the module docstring); FetchError with a one-line reason otherwise.

    With `manners`, every request (redirects included) first passes the site's robots.txt and
    waits its turn for the host; that waiting does not count against `timeout`. With `cut`, a
    body over `max_bytes` is cut there instead of refused.
    """
    deadline = time.monotonic() + timeout
    current = url
    for hop in range(MAX_REDIRECTS + 1):
        current = _checked_url(current, url)  # what is checked below is what is sent
        if manners is not None:
            began = time.monotonic()
            manners.before(current, url, timeout=timeout, allow_private=allow_private)
            deadline += time.monotonic() - began
        proxy = _proxy(current, url)
        if proxy is not None:
            _check_target(current, url, allow_private)
            log.debug("%s through proxy %s", _show(current), _show(proxy))
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _fail(url, f"timed out after {timeout:g} s")
        req = urllib.request.Request(current, headers={"User-Agent": USER_AGENT, "Accept": accept,
                                                       "Accept-Encoding": "identity"})
        try:
            resp = _opener(url, allow_private, proxy).open(req, timeout=remaining)
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
                try:
                    current = urldefrag(urljoin(current, location.strip()))[0]
                except ValueError:
                    raise _fail(url, f"HTTP {status} redirect to an unusable address {_show(location)!r}") from None
                log.debug("%s redirects to %s", _show(url), _show(current))
                continue
            if not 200 <= status < 300:
                raise _fail(url, f"HTTP {status} {resp.reason}".rstrip(), status)
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes and not cut:
                raise _fail(url, f"{int(declared):,} bytes is over the {max_bytes:,}-byte limit")
            data = _read(resp, url, max_bytes, deadline, timeout, cut)
            ctype = resp.headers.get_content_type() if resp.headers.get("Content-Type") else ""
            return Page(url=current, data=data, content_type=ctype.lower(), charset=resp.headers.get_content_charset() or "")
    raise _fail(url, f"more than {MAX_REDIRECTS} redirects; the address loops or moves too often", status)


def _read(resp, url: str, max_bytes: int, deadline: float, timeout: float, cut: bool = False) -> bytes:
    buf = io.BytesIO()
    try:
        while True:
            chunk = resp.read1(_CHUNK)  # whatever has arrived: a slow drip still meets the deadline
            if not chunk:
                break
            buf.write(chunk)
            if buf.tell() > max_bytes:
                if cut:
                    return buf.getvalue()[:max_bytes]
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


@dataclass(frozen=True)
class Robots:
    """The rules of one robots.txt that apply to us (RFC 9309)."""

    rules: tuple[tuple[str, bool], ...] = ()
    """(path pattern, allowed) from the groups naming our product token, else those for "*"."""
    crawl_delay: float = 0.0
    """Seconds the same groups ask between requests (Crawl-delay, not in RFC 9309 but widely used), 0 if none."""

    @classmethod
    def parse(cls, text: str, agent: str = ROBOTS_AGENT) -> Robots:
        groups: list[tuple[set[str], list[tuple[str, bool]]]] = []
        delays: dict[int, float] = {}  # group index -> its Crawl-delay
        naming = False  # inside a run of user-agent lines (they share the rules that follow)
        for line in text.removeprefix("\ufeff").splitlines():  # a byte order mark would hide the first key
            key, colon, value = line.split("#", 1)[0].partition(":")
            key, value = key.strip().lower(), value.strip()
            if not colon:
                continue
            if key == "user-agent":
                if not naming:
                    groups.append((set(), []))
                    naming = True
                groups[-1][0].add(value.split("/")[0].strip().lower())
            elif key in ("allow", "disallow"):
                naming = False
                if groups and value:  # an empty Disallow allows everything: no rule
                    groups[-1][1].append((_robots_form(value), key == "allow"))
            elif key == "crawl-delay" and groups:
                naming = False
                try:
                    seconds = float(value)
                except ValueError:
                    continue
                if seconds > 0:  # NaN and negatives ignored; "inf" is capped where it is used
                    delays[len(groups) - 1] = max(delays.get(len(groups) - 1, 0.0), seconds)
        for name in (agent.lower(), "*"):
            mine = [k for k, (agents, _) in enumerate(groups) if name in agents]
            rules = [rule for k in mine for rule in groups[k][1]]
            if mine:
                return cls(tuple(rules), max((delays.get(k, 0.0) for k in mine), default=0.0))
        return cls()

    def allows(self, url: str) -> bool:
        """Whether the rules let us fetch `url`: the longest matching pattern decides, Allow on a tie."""
        parts = urlsplit(url)
        path = _robots_form((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        best, allowed = -1, True
        for pattern, allow in self.rules:
            if len(pattern) >= best and _robots_match(pattern, path):
                if len(pattern) > best or allow:
                    best, allowed = len(pattern), allow
        return allowed


def _robots_form(path: str) -> str:
    """Percent-encode what RFC 3986 does not allow bare, so a rule and a URL compare alike."""
    return quote(path, safe="/?&=;:@!$'()*+,~%[]")


def _robots_match(pattern: str, path: str) -> bool:
    """Whether a rule matches from the path's start: "*" is any run of characters, a final "$" the end.

    Without backtracking (a hostile "/*/*/*/*x" must not hang the run): with "*" the only
    wildcard, taking each literal piece at its earliest place after the last one is enough.
    """
    body, anchored = (pattern[:-1], True) if pattern.endswith("$") else (pattern, False)
    first, *rest = body.split("*")
    if not rest:
        return path == body if anchored else path.startswith(body)
    if not path.startswith(first):
        return False
    at = len(first)
    *middle, last = rest
    for piece in middle:
        at = path.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    if anchored:
        return path.endswith(last) and len(path) - len(last) >= at
    return path.find(last, at) >= 0


class Manners:
    """Politeness for one run's fetches: each site's robots.txt read once and obeyed, and at least
    `delay` seconds between two requests to the same host (robots.txt requests included), or the
    site's Crawl-delay when it asks for more (up to `MAX_CRAWL_DELAY`)."""

    def __init__(self, delay: float = FETCH_DELAY) -> None:
        self.delay = delay
        self._last: dict[str, float] = {}
        self._robots: dict[str, Robots | str] = {}

    def before(self, url: str, given: str, *, timeout: float = TIMEOUT, allow_private: bool = False) -> None:
        """Wait for the host, after checking its site's robots.txt lets us fetch `url`; FetchError if not."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"  # `url` is already checked and rebuilt (_checked_url)
        if site not in self._robots:
            self._robots[site] = self._read_robots(site, timeout, allow_private)
        robots = self._robots[site]
        if isinstance(robots, str):
            raise _fail(given, robots)
        if parts.path != "/robots.txt" and not robots.allows(url):
            raise _fail(given, f"{site}/robots.txt does not allow {ROBOTS_AGENT} to fetch {_show(parts.path or '/')}; "
                               "it is left out (ask the site, or give the article as a file)")
        self._wait(parts.hostname or "", min(robots.crawl_delay, MAX_CRAWL_DELAY))

    def _wait(self, host: str, asked: float = 0.0) -> None:
        pause = self._last.get(host, -math.inf) + max(self.delay, asked) - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last[host] = time.monotonic()

    def _read_robots(self, site: str, timeout: float, allow_private: bool) -> Robots | str:
        """The site's rules, or why nothing may be fetched from it this run."""
        self._wait(urlsplit(site).hostname or "")
        try:
            page = fetch_page(site + "/robots.txt", timeout=timeout, allow_private=allow_private,
                              max_bytes=ROBOTS_MAX, cut=True, accept="text/plain,*/*;q=0.5")
        except FetchError as e:
            if 0 < e.status < 500:  # missing, forbidden, or redirected too often: "unavailable", all allowed
                log.debug("%s/robots.txt: %s; everything allowed", site, e.reason)
                return Robots()
            if e.status:
                return (f"{site}/robots.txt answered HTTP {e.status}, so nothing is fetched from that site "
                        "this run (RFC 9309); try again later")
            return f"{e.reason} (reading {site}/robots.txt); nothing is fetched from that site this run"
        robots = Robots.parse(page.data.decode(page.charset or "utf-8", errors="replace"))
        if robots.crawl_delay > MAX_CRAWL_DELAY:
            log.info("%s/robots.txt asks for %g s between requests (Crawl-delay); this run waits %g s",
                     site, robots.crawl_delay, MAX_CRAWL_DELAY)
        return robots


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
              limit: int = 0, manners: Manners | None = None) -> list[tuple[str, str]]:
    """(title, link) of each entry of an RSS or Atom feed, in feed order; links made absolute, http(s) only."""
    import feedparser

    page = fetch_page(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private, manners=manners)
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
    try:
        host = urlsplit(url).hostname or "page"
    except ValueError:  # not a usable URL: fetch_page says why, this only names the file
        host = "page"
    host = _HOST_SAFE.sub("-", host.lower()).strip(".-")[:60] or "page"
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
    delay: float = FETCH_DELAY,
) -> list[Path]:
    """Fetch the newest `per_feed` entries of each feed and every page URL into `folder` as .txt.

    Politely (`Manners`): robots.txt is obeyed, and requests to one host are `delay` seconds apart.

    Each article is `folder/HOST-HASH.txt` (title, blank line, text) with `HOST-HASH.meta.json`
    (url, outlet, date, title) beside it, both written atomically. A URL already in the folder is
    not fetched again unless `refetch`. A feed or page that fails is logged and, when `skipped`
    is a list, added to it; it never stops the others. Returns the article files, in order.
    """
    from briefing.publish import atomic_write

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    limits = {"timeout": timeout, "max_bytes": max_bytes, "allow_private": allow_private, "manners": Manners(delay)}

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
