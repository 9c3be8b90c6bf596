from __future__ import annotations

import hashlib
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import numpy as np
import pytest

from briefing.errors import UsageError
from briefing.podcast import ITUNES, build_feed, episodes, hms, write_feed

BASE = "https://example.org/news briefing"


def _mp3(path: Path, seconds: float, rate: int = 16000) -> None:
    import lameenc

    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.3 * 32767 * np.sin(2 * np.pi * 440 * t)).astype("<i2")
    enc = lameenc.Encoder()
    enc.set_bit_rate(64)
    enc.set_in_sample_rate(rate)
    enc.set_channels(1)
    path.write_bytes(enc.encode(pcm.tobytes()) + enc.flush())


def _day(out: Path, date: str, title: str, text: str, seconds: float | None = 2.0) -> Path:
    d = out / date
    d.mkdir(parents=True)
    (d / "briefing.json").write_text(json.dumps({"date": date, "title": title, "text": text}))
    (d / "briefing.txt").write_text(text)
    if seconds is not None:
        _mp3(d / "briefing.mp3", seconds)
    return d


@pytest.fixture
def out(tmp_path):
    o = tmp_path / "output"
    _day(o, "2026-11-21", "North Korean troops in Kursk", "Sources agree: about 10,000 troops.\nSource 2 says 12,000.\n", 2.0)
    _day(o, "2026-11-22", "Rates <held> & \"steady\"", "The bank held rates at 4.5% <b>not bold</b> & more.\x07\n", 3.0)
    _day(o, "2026-11-23", "Text only day", "No audio today.\n", None)  # no MP3: not an episode
    (o / "latest").symlink_to("2026-11-22")
    (o / "2026-11-24").mkdir()  # incomplete (a run in progress)
    (o / ".2026-11-25.partial-x").mkdir()
    (o / "notes").mkdir()
    return o


def test_feed_parses_and_every_enclosure_exists_with_its_size(out):
    import feedparser

    path = write_feed(out, BASE, "My briefing", image_url="https://example.org/cover.png")
    assert path == out / "feed.xml"
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.title == "My briefing"
    assert feed.feed.author == "briefing"
    assert feed.feed.image.href == "https://example.org/cover.png"
    assert [e.title for e in feed.entries] == ["2026-11-22: Rates <held> & \"steady\"", "2026-11-21: North Korean troops in Kursk"]
    for entry in feed.entries:
        (enc,) = entry.enclosures
        assert enc.type == "audio/mpeg"
        rel = unquote(urlsplit(enc.href).path).removeprefix(urlsplit(BASE).path)
        local = out / rel.lstrip("/")
        assert local.is_file(), enc.href
        assert int(enc.length) == local.stat().st_size
        assert entry.published_parsed is not None
        digest = hashlib.sha256(local.read_bytes()).hexdigest()[:16]
        assert entry.guid == f"{BASE.replace(' ', '%20')}/{local.parent.name}/#{digest}"
        assert urlsplit(enc.href).query == f"v={digest}"  # apps that cache by URL fetch new audio too
        assert entry.id == entry.guid
    assert feed.entries[1].itunes_duration == "0:02"
    assert feed.entries[0].itunes_duration == "0:03"
    # the description is the plain-text briefing, escaped, not interpreted as markup
    assert "<b>not bold</b> & more." in feed.entries[0].description


def test_feed_is_plain_rss_with_itunes_tags(out):
    write_feed(out, BASE + "/")
    root = ET.parse(out / "feed.xml").getroot()  # well-formed XML (the \x07 was dropped)
    assert root.tag == "rss" and root.get("version") == "2.0"
    ch = root.find("channel")
    for tag in ("title", "link", "description", "language"):
        assert ch.findtext(tag)
    assert ch.findtext(f"{{{ITUNES}}}explicit") == "false"
    assert ch.find(f"{{{ITUNES}}}category").get("text") == "News"
    assert ch.find(f"{{{ITUNES}}}category/{{{ITUNES}}}category").get("text") == "Daily News"
    assert ch.find(f"{{{ITUNES}}}image") is None  # optional, only when given
    item = ch.find("item")
    assert item.find("enclosure").get("url").startswith("https://example.org/news%20briefing/2026-11-22/briefing.mp3?v=")
    assert item.findtext("pubDate").endswith(("+0000", "-0000", "GMT")) or item.findtext("pubDate")[-5] in "+-"
    assert item.find("guid").get("isPermaLink") == "false"


def test_rewriting_the_feed_is_atomic_and_tidy(out):
    write_feed(out, BASE)
    first = (out / "feed.xml").read_bytes()
    write_feed(out, BASE)
    assert (out / "feed.xml").read_bytes() == first
    assert not [p for p in os.listdir(out) if p.startswith(".feed.xml")]


def test_limit_keeps_the_newest(out):
    import feedparser

    write_feed(out, BASE, limit=1)
    assert [e.title[:10] for e in feedparser.parse(str(out / "feed.xml")).entries] == ["2026-11-22"]


def test_empty_output_gives_an_empty_valid_feed(tmp_path):
    import feedparser

    (tmp_path / "o").mkdir()
    feed = feedparser.parse(write_feed(tmp_path / "o", BASE).read_bytes())
    assert not feed.bozo and feed.entries == []


def test_unreadable_mp3_still_listed_without_duration(tmp_path, caplog):
    d = _day(tmp_path, "2026-01-02", "T", "x", None)
    (d / "briefing.mp3").write_bytes(b"not an mp3 at all")
    (e,) = episodes(tmp_path)
    assert e.duration is None and e.size == 17
    assert b"itunes:duration" not in build_feed([e], BASE)
    assert "cannot read the MP3 duration" in caplog.text


def test_corrupt_json_day_is_skipped(tmp_path, caplog):
    d = _day(tmp_path, "2026-01-02", "T", "x", 1.0)
    (d / "briefing.json").write_text("{not json")
    assert episodes(tmp_path) == []
    assert "skipping" in caplog.text


def test_backdated_day_gets_its_own_date(tmp_path):
    _day(tmp_path, "2020-02-03", "T", "x", 1.0)
    (e,) = episodes(tmp_path)
    assert e.published.date().isoformat() == "2020-02-03"


@pytest.mark.parametrize("bad", ["", "example.org", "file:///srv/out", "ftp://x/y"])
def test_base_url_must_be_http(tmp_path, bad):
    with pytest.raises(UsageError, match="--base-url https://"):
        write_feed(tmp_path, bad)


def test_hms():
    assert [hms(0), hms(65), hms(3725.4)] == ["0:00", "1:05", "1:02:05"]


def test_guid_changes_with_the_audio_and_only_then(out):
    """A day briefed again with new audio is a new item for podcast apps; identical bytes are not."""
    import feedparser

    def guids():
        return {e.title[:10]: e.guid for e in feedparser.parse(write_feed(out, BASE).read_bytes()).entries}

    first = guids()
    assert len(set(first.values())) == 2
    day = out / "2026-11-21"
    same = (day / "briefing.mp3").read_bytes()
    (day / "briefing.mp3").write_bytes(same)  # a re-run that wrote the same bytes
    os.utime(day / "briefing.mp3", (1, 1))
    assert guids() == first
    _mp3(day / "briefing.mp3", 2.5)  # --force with corrected audio
    second = guids()
    assert second["2026-11-21"] != first["2026-11-21"] and second["2026-11-22"] == first["2026-11-22"]
    assert second["2026-11-21"].startswith(first["2026-11-21"].split("#")[0])
