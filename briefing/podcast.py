"""OUT/feed.xml: an RSS 2.0 podcast feed, one episode per daily briefing.

Every OUT/YYYY-MM-DD/ folder holding briefing.json and briefing.mp3 is an episode; its
description is the plain-text briefing (briefing.txt). Serve OUT with any static web server at
`base_url` and a podcast app can subscribe to BASE_URL/feed.xml.

An episode's guid is its day plus a hash of its MP3: a day briefed again with different audio
(`--force`) is a new item that podcast apps download again, and a re-run that writes the same
bytes keeps the guid, so nothing is fetched twice. The enclosure URL carries the same hash
(`briefing.mp3?v=HASH`, which any static server ignores) for apps that cache by URL.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import hashlib
import json
import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from briefing.errors import UsageError

log = logging.getLogger(__name__)

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ATOM = "http://www.w3.org/2005/Atom"
FEED_NAME = "feed.xml"
AUDIO_NAME = "briefing.mp3"

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# XML 1.0 forbids these even escaped; a stray one would make the whole feed unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Episode:
    """One day's briefing as a feed item."""

    date: str
    title: str
    description: str
    audio: Path
    size: int
    published: _dt.datetime
    duration: float | None
    """Seconds, when the MP3 could be read."""
    digest: str
    """The start of the MP3's SHA-256 (hex): part of the guid, so new audio is a new item."""


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _duration(path: Path) -> float | None:
    try:
        from mutagen.mp3 import MP3

        return float(MP3(str(path)).info.length)
    except Exception as e:  # any unreadable MP3: the feed is still useful without a duration
        log.warning("%s: cannot read the MP3 duration (%s); itunes:duration left out", path, e)
        return None


def _digest(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()[:16]


def hms(seconds: float) -> str:
    """3725.4 -> "1:02:05"; 65 -> "1:05" (the forms podcast apps accept)."""
    s = int(round(seconds))
    h, m, s = s // 3600, s // 60 % 60, s % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def episodes(out: Path) -> list[Episode]:
    """The complete daily briefings in `out`, newest first."""
    found: list[Episode] = []
    for folder in sorted(out.iterdir(), reverse=True) if out.is_dir() else []:
        if not _DAY.match(folder.name) or folder.is_symlink() or not folder.is_dir():
            continue
        meta, audio = folder / "briefing.json", folder / AUDIO_NAME
        if not (meta.is_file() and audio.is_file()):
            continue
        try:
            day = _dt.date.fromisoformat(folder.name)
            data = json.loads(meta.read_text(encoding="utf-8"))
            text_file = folder / "briefing.txt"
            text = text_file.read_text(encoding="utf-8") if text_file.is_file() else str(data.get("text", ""))
            stat = audio.stat()
            digest = _digest(audio)
        except (OSError, ValueError) as e:
            log.warning("skipping %s in the feed: %s", folder, e)
            continue
        published = _dt.datetime.fromtimestamp(stat.st_mtime).astimezone()
        if published.date() != day:  # a day briefed later (--date): date it that morning
            published = _dt.datetime.combine(day, _dt.time(6, 0)).astimezone()
        found.append(Episode(
            date=folder.name, title=str(data.get("title") or "Briefing"), description=text.strip(),
            audio=audio, size=stat.st_size, published=published, duration=_duration(audio), digest=digest,
        ))
    return found


def check_base(base_url: str) -> str:
    """`base_url` as the feed's links start, percent-encoded; a UsageError unless it is an http(s) address."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"base URL {base_url!r} is not an http(s) address: give where OUT is served, "
                         "e.g. --base-url https://example.org/briefing")
    # a space or other unsafe character in the path is percent-encoded; existing escapes are kept
    return urlunsplit(parts._replace(path=quote(parts.path, safe="/%:@!$&'()*+,;=~"))).rstrip("/")


def build_feed(
    items: list[Episode],
    base_url: str,
    title: str = "Daily news briefing",
    *,
    description: str = "A balanced daily briefing from several news sources, saying where their figures differ.",
    author: str = "briefing",
    language: str = "en",
    category: str = "News",
    subcategory: str = "Daily News",
    image_url: str = "",
    explicit: bool = False,
) -> bytes:
    """The feed document (UTF-8 bytes with an XML declaration)."""
    base = check_base(base_url)
    ET.register_namespace("itunes", ITUNES)
    ET.register_namespace("atom", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, attrs: dict[str, str] | None = None) -> ET.Element:
        el = ET.SubElement(parent, tag, {k: _clean(v) for k, v in (attrs or {}).items()})
        if text is not None:
            el.text = _clean(text)
        return el

    it = lambda tag: f"{{{ITUNES}}}{tag}"  # noqa: E731
    rss = ET.Element("rss", {"version": "2.0"})
    ch = sub(rss, "channel")
    sub(ch, "title", title)
    sub(ch, "link", base + "/")
    sub(ch, "description", description)
    sub(ch, "language", language)
    sub(ch, "generator", "briefing")
    sub(ch, f"{{{ATOM}}}link", attrs={"href": f"{base}/{FEED_NAME}", "rel": "self", "type": "application/rss+xml"})
    if items:
        sub(ch, "lastBuildDate", email.utils.format_datetime(max(e.published for e in items)))
    sub(ch, it("author"), author)
    sub(ch, it("summary"), description)
    sub(ch, it("type"), "episodic")
    sub(ch, it("explicit"), "true" if explicit else "false")
    cat = sub(ch, it("category"), attrs={"text": category})
    if subcategory:
        sub(cat, it("category"), attrs={"text": subcategory})
    if image_url:
        sub(ch, it("image"), attrs={"href": image_url})
        img = sub(ch, "image")
        sub(img, "url", image_url)
        sub(img, "title", title)
        sub(img, "link", base + "/")
    for e in items:
        day = quote(e.date)
        item = sub(ch, "item")
        sub(item, "title", f"{e.date}: {e.title}")
        sub(item, "link", f"{base}/{day}/briefing.txt")
        sub(item, "guid", f"{base}/{day}/#{e.digest}", {"isPermaLink": "false"})
        sub(item, "pubDate", email.utils.format_datetime(e.published))
        sub(item, "description", e.description)
        sub(item, "enclosure", attrs={"url": f"{base}/{day}/{AUDIO_NAME}?v={e.digest}", "length": str(e.size), "type": "audio/mpeg"})
        sub(item, it("title"), e.title)
        sub(item, it("episodeType"), "full")
        sub(item, it("explicit"), "true" if explicit else "false")
        if e.duration is not None:
            sub(item, it("duration"), hms(e.duration))
    ET.indent(rss, space="  ")
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"


def write_feed(out: Path, base_url: str, title: str = "Daily news briefing", *, limit: int = 0, **channel: object) -> Path:
    """Write OUT/feed.xml (atomically) listing every complete daily briefing in `out`, newest first.

    `limit` keeps only the newest N episodes (0: all). Other keywords go to `build_feed`
    (description, author, language, category, subcategory, image_url, explicit).
    """
    from briefing.publish import atomic_write

    out = Path(out)
    items = episodes(out)
    if limit > 0:
        items = items[:limit]
    data = build_feed(items, base_url, title, **channel)  # type: ignore[arg-type]
    path = atomic_write(out / FEED_NAME, data)
    log.info("%s: %d episode(s)", path, len(items))
    return path
