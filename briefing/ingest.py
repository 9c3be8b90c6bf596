"""Stage 1, ingest: find article files and read them as text.

A bad file never sinks the run: it becomes a `Skipped` with a one-line reason.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from briefing.errors import ArticleError, InputError
from briefing.records import Article, Skipped

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 2_000_000
"""Larger files are refused: no news article is 2 MB of text."""


def find_files(paths: list[str] | tuple[str, ...]) -> list[Path]:
    """Article files under `paths` (files or folders, folders walked without following links)."""
    found: list[Path] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            raise InputError(f"{given}: no such file or folder; give a folder of .txt articles, e.g. seeds/")
        if p.is_file():
            found.append(p)
            continue
        for root, dirs, files in os.walk(p, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(Path(root) / f for f in sorted(files) if f.lower().endswith(SUFFIXES) and not f.startswith("."))
    seen: set[Path] = set()
    unique = []
    for f in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    if not unique:
        raise InputError(f"no .txt articles in {', '.join(map(str, paths))}: put one article per .txt file there (title on the first line)")
    return unique


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise ArticleError(path, "binary data (NUL bytes), not a text article; remove it or save it as UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        log.warning("%s: not UTF-8; read as Windows-1252 (save it as UTF-8 to be sure)", path)
        return text


_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")


def safe_id(stem: str, taken: set[str]) -> str:
    """A file stem made safe for output names and JSON ids, unique within the run."""
    base = _SAFE_ID.sub("-", stem).strip("-.")[:80] or "article"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def read_article(path: Path, ident: str) -> Article:
    """One file as an Article: the first non-empty line is the title, the rest the body."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(str(path), f"{size:,} bytes is too large for an article (limit {MAX_BYTES:,}); split or trim it")
        data = path.read_bytes()
    except PermissionError:
        raise ArticleError(str(path), "permission denied; make it readable (chmod a+r)") from None
    except OSError as e:
        raise ArticleError(str(path), f"cannot read it ({e.strerror})") from None
    from briefing.html import parse_article

    text = decode(data, str(path)).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(str(path), "empty file; put the title on the first line and the article below it")
    parsed = parse_article(text, path)
    return Article(id=ident, title=_printable(parsed.title)[:300], path=str(path), text=parsed.text,
                   outlet=_printable(parsed.outlet)[:100], url=parsed.url)


def _printable(s: str) -> str:
    """Control characters out of a line (titles end up in Markdown, JSON and speech)."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]", "", s).strip()


def ingest(paths: list[str] | tuple[str, ...]) -> tuple[list[Article], list[Skipped]]:
    """Read every article under `paths`; unusable files are returned as skipped, not raised."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    taken: set[str] = set()
    for f in find_files(paths):
        try:
            articles.append(read_article(f, safe_id(f.stem, taken)))
        except ArticleError as e:
            log.info("skipping %s", e)
            skipped.append(Skipped(e.path, e.reason))
    return articles, skipped
