"""Articles already briefed, remembered by content hash in OUT/.seen.json.

The hash is SHA-256 of the article body normalised (Unicode NFKC, case-folded, quotes and
dashes unified, whitespace collapsed), so the same article saved again, re-encoded or re-wrapped
is still recognised; the headline is left out because outlets edit headlines. Call `remember`
under the run lock (publish.lock), after the briefing is published.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import re
import unicodedata
from pathlib import Path
from typing import Protocol, Sequence, TypeVar

from briefing.ingest import OUTPUT_MARK

log = logging.getLogger(__name__)

STORE_NAME = OUTPUT_MARK  # (ingest leaves out a folder that holds it: our own output)
VERSION = 1
KEEP_DAYS = 365
"""Entries older than this are forgotten when the store is next written."""


class HasText(Protocol):
    title: str
    text: str


T = TypeVar("T")

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00ad": ""})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The text reduced to what identifies an article (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", text).strip()


def _article(item: object) -> HasText:
    return getattr(item, "article", item)  # a Document carries its Article


def content_hash(item: object) -> str:
    """sha256 hex of the normalised body (the title when there is no body)."""
    a = _article(item)
    return hashlib.sha256(normalise(a.text or a.title).encode("utf-8")).hexdigest()


def store_path(out: Path) -> Path:
    return Path(out) / STORE_NAME


def load(store: Path) -> dict[str, dict[str, str]]:
    """hash -> {"date", "title"}; a missing store is empty, a corrupt one is empty with a warning."""
    try:
        data = json.loads(Path(store).read_text(encoding="utf-8"))
        seen = data["seen"] if isinstance(data, dict) and data.get("version") == VERSION else None
        if not isinstance(seen, dict):
            raise ValueError(f"not a version-{VERSION} store")
        return {str(k): v if isinstance(v, dict) else {} for k, v in seen.items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError) as e:
        log.warning("%s is unreadable (%s); treating every article as new (delete the file to start afresh)", store, e)
        return {}


def filter_new(articles: Sequence[T], store: Path) -> tuple[list[T], list[T]]:
    """(new, already briefed), each in input order. Accepts Articles or Documents."""
    seen = load(store)
    new: list[T] = []
    already: list[T] = []
    for a in articles:
        (already if content_hash(a) in seen else new).append(a)
    for a in already:
        log.info("already briefed: %s (%s)", _article(a).title, getattr(_article(a), "path", ""))
    return new, already


def remember(articles: Sequence[object], store: Path, date: str = "", keep_days: int = KEEP_DAYS) -> Path:
    """Add `articles` to the store (dated `date`, default today), forget entries older than `keep_days`."""
    from briefing.publish import atomic_write

    day = date or _dt.date.today().isoformat()
    seen = load(store)
    for a in articles:
        seen.setdefault(content_hash(a), {"date": day, "title": _article(a).title[:200]})
    if keep_days > 0:
        cutoff = (_dt.date.fromisoformat(day) - _dt.timedelta(days=keep_days)).isoformat()
        seen = {h: v for h, v in seen.items() if str(v.get("date", day)) >= cutoff}
    data = {"version": VERSION, "seen": dict(sorted(seen.items(), key=lambda kv: (str(kv[1].get("date", "")), kv[0])))}
    return atomic_write(Path(store), json.dumps(data, indent=1, ensure_ascii=False) + "\n")
