"""Articles that are not plain .txt: HTML pages, Markdown, front matter and sidecar metadata.

HTML is reduced to the article text by trafilatura (scripts, styles, navigation, comments and
footers gone; nothing is executed). Metadata (outlet, url, date, title) comes, lowest first,
from the HTML itself < a sidecar file `NAME.meta.json` or `NAME.meta.toml` < front matter:

    ---
    title: North Korean troops reach Kursk
    outlet: Kyiv Post
    url: https://example.org/news/1
    date: 2026-11-20
    ---
    The article text ...

Without a title, the first line of the text is the title (as for .txt).
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from briefing.errors import ArticleError

log = logging.getLogger(__name__)

KEYS = ("outlet", "url", "date", "title")
"""The metadata keys read from front matter and sidecars; others are ignored."""
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_HTML = 5_000_000
"""Characters of HTML parsed at most; larger pages are refused."""


@dataclass(frozen=True)
class Parsed:
    """An article file's text and what is known about it."""

    title: str
    text: str
    """The body, without the title."""
    outlet: str = ""
    url: str = ""
    date: str = ""
    """YYYY-MM-DD, when known."""


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _clean_value(key: str, value: object, where: str) -> str:
    """A metadata value checked and tidied; a bad one is dropped with a warning."""
    text = _CONTROL.sub(" ", str(value)).strip().strip("\"'").strip()
    if not text:
        return ""
    if key in ("outlet", "title") and (not isinstance(value, str) or not re.search(r"[^\W\d_]", text) or text[0] in "[{("):
        log.warning("%s: %s %r ignored (give it as text, e.g. %s = \"Reuters\")", where, key, text[:40], key)
        return ""  # ({"outlet": 5} and "outlet: [AP" were source labels: the eighth user review)
    if key == "url":
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            log.warning("%s: url %r ignored (only http and https addresses)", where, text[:100])
            return ""
        return text[:2000]
    if key == "date":
        try:
            return _dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            log.warning("%s: date %r ignored (use YYYY-MM-DD, e.g. 2026-11-20)", where, text[:40])
            return ""
    return " ".join(text.split())[:300]


def _meta(raw: dict[str, object], where: str) -> dict[str, str]:
    meta = {}
    for k, v in raw.items():
        key = str(k).strip().lower()
        if key in KEYS and v is not None:
            value = _clean_value(key, v, where)
            if value:
                meta[key] = value
        elif key not in KEYS:
            log.debug("%s: metadata key %r ignored (known: %s)", where, key, ", ".join(KEYS))
    return meta


_FENCE = re.compile(r"^(---|\+\+\+)[ \t]*$")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)$")


def read_front_matter(text: str, where: str = "front matter") -> tuple[dict[str, str], str]:
    """(metadata, body) of a text that may start with a `---` (or `+++`) block of `key: value` lines.

    Only outlet, url, date and title are kept. Text without a closed block at its very start is
    returned whole with empty metadata.
    """
    stripped = text.lstrip("\ufeff")
    lines = stripped.split("\n")
    if not lines or not _FENCE.match(lines[0].rstrip("\r")):
        return {}, text
    fence = lines[0].strip()
    raw: dict[str, object] = {}
    for i, line in enumerate(lines[1:60], 1):
        line = line.rstrip("\r")
        if line.strip() == fence:
            return _meta(raw, where), "\n".join(lines[i + 1:]).lstrip("\n")
        m = _FIELD.match(line)
        if m:
            raw[m.group(1)] = m.group(2)
        elif line.strip() and not line.startswith((" ", "\t", "#")):
            break  # not a metadata block after all
    return {}, text


def read_sidecar(path: Path) -> dict[str, str]:
    """Metadata from `NAME.meta.json` or `NAME.meta.toml` beside `path`, if there is one."""
    for suffix in (".meta.json", ".meta.toml"):
        side = path.with_name(path.stem + suffix)
        if not side.is_file():
            continue
        try:
            if suffix.endswith("json"):
                raw = json.loads(side.read_text(encoding="utf-8"))
            else:
                import tomllib

                raw = tomllib.loads(side.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            log.warning("%s: sidecar ignored (%s); fix it or remove it", side, e)
            return {}
        if not isinstance(raw, dict):
            log.warning("%s: sidecar ignored (not a table of outlet, url, date, title)", side)
            return {}
        return _meta(raw, str(side))
    return {}


_TITLE = re.compile(r"(?is)<title[^>]*>(.*?)</title>")


def _title_outlet(html: str | bytes) -> str:
    """The known outlet a page's <title> ends with ("Brightwell boss jailed | The Telegraph": the seventh user review, where
    the page named its outlet nowhere else), or ""."""
    from briefing.outlets import OUTLETS

    head = html[:20000].decode("utf-8", "replace") if isinstance(html, bytes) else html[:20000]
    m = _TITLE.search(head)
    parts = re.split(r"\s+[|–—-]\s+", " ".join(m.group(1).split())) if m else []
    return OUTLETS.get(parts[-1].lower().strip(" ."), "") if len(parts) > 1 else ""


def html_metadata_and_text(html: str | bytes, path: str) -> Parsed:
    """The article in an HTML page: its text and whatever metadata the page states."""
    if len(html) > MAX_HTML:
        raise ArticleError(path, f"{len(html):,} characters of HTML is too large for an article page (limit {MAX_HTML:,})")
    if not (html.strip() if isinstance(html, str) else html.strip()):
        raise ArticleError(path, "empty HTML file; save the article page again")
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            include_links=False, favor_precision=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # trafilatura/lxml on arbitrary bytes: any failure is this page's problem
        raise ArticleError(path, f"cannot parse the HTML ({type(e).__name__}: {e})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ArticleError(path, "no article text found in the HTML (only navigation or scripts); save the article page itself")
    title = " ".join((getattr(doc, "title", None) or "").split())
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if title and lines and lines[0].casefold() == title.casefold():
        lines = lines[1:]  # the page's own <h1>
    if not title and lines:
        title, lines = lines[0], lines[1:]
    if not lines:
        raise ArticleError(path, "no article text found in the HTML, only a headline; save the article page itself")
    meta = _meta({"outlet": getattr(doc, "sitename", None) or _title_outlet(html), "url": getattr(doc, "url", None),
                  "date": getattr(doc, "date", None)}, path)
    return Parsed(title=title, text="\n".join(lines), **meta)


def html_to_article(html: str | bytes, path: str) -> tuple[str, str]:
    """(title, text) of the article in an HTML page; ArticleError when there is none."""
    p = html_metadata_and_text(html, path)
    return p.title, p.text


_MD_RULES = [
    (re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.M), ""),  # horizontal rules
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),               # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),           # [text](url) -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),          # [text][ref]
    (re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.M), ""),  # [ref]: url
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),                 # block quotes
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),   # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # _italic_
    (re.compile(r"`([^`]*)`"), r"\1"),
]


def markdown_to_text(markdown: str) -> str:
    """Markdown markup removed, line structure kept."""
    for pattern, repl in _MD_RULES:
        markdown = pattern.sub(repl, markdown)
    return markdown


def parse_article(text: str, path: str | Path) -> Parsed:
    """An article file's decoded text to title, body and metadata, by its suffix.

    .html/.htm: extracted with trafilatura; .md: front matter, then markup removed; anything
    else (.txt): front matter if present. Then a sidecar, then front matter, override what the
    page says. Without a title in the metadata, the first non-empty line is the title.
    """
    p = Path(path)
    where = str(path)
    suffix = p.suffix.lower()
    page_meta: dict[str, str] = {}
    front: dict[str, str] = {}
    if suffix in HTML_SUFFIXES:
        page = html_metadata_and_text(text, where)
        page_meta = {k: getattr(page, k) for k in ("outlet", "url", "date") if getattr(page, k)}
        title, body = page.title, page.text
    else:
        front, body = read_front_matter(text, where)
        if suffix in MARKDOWN_SUFFIXES:
            body = markdown_to_text(body)
        title = ""
    meta = {**page_meta, **read_sidecar(p), **front}
    title = meta.pop("title", "") or title
    if not title:
        lines = body.replace("\r\n", "\n").split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            raise ArticleError(where, "empty file; put the title on the first line and the article below it")
        title, body = lines[0].strip(), "\n".join(lines[1:])
    return Parsed(title=title, text=body.strip(), outlet=meta.get("outlet", ""), url=meta.get("url", ""),
                  date=meta.get("date", ""))
