"""Stage 1, ingest: find article files and read them as text.

A bad file never sinks the run: it becomes a `Skipped` with a one-line reason.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from pathlib import Path

from briefing.errors import ArticleError, InputError
from briefing.outlets import canonical
from briefing.records import Article, Skipped, printable

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
READ = ".txt, .md or .html"
"""The article files we read, as messages name them."""
DOCUMENTS = {
    ".pdf": "PDF", ".docx": "Word (.docx)", ".doc": "Word (.doc)", ".rtf": "RTF", ".odt": "OpenDocument (.odt)",
    ".pages": "Pages", ".epub": "EPUB",
}
"""Documents users save articles as that we do not read: each is reported as skipped, so that no
one believes it was briefed (images and other unknown files are passed over in silence)."""
SAVED_PAGE = "_files"
"""A browser's "Save Page As... (complete)" writes NAME.html and its ads, frames and "most read"
lists into NAME_files/ beside it: not articles."""
MAX_BYTES = 2_000_000
"""Larger files are refused: no news article is 2 MB of text."""


OUTPUT_MARK = ".seen.json"
"""The file every `briefing run` leaves in its output folder (see `seen.STORE_NAME`): the dated folders
beside it are briefings, not articles."""


def find_files(paths: list[str] | tuple[str, ...], exclude: tuple[Path, ...] = (),
               skipped: list[Skipped] | None = None) -> list[Path]:
    """Article files under `paths` (files or folders, folders walked without following links),
    and the documents among them we cannot read (`DOCUMENTS`), for `read_article` to report.

    Hidden files and folders, Office lock files (~$NAME.docx), the NAME_files/ folder a browser
    saves beside NAME.html, and our own output are left out: the dated folders (YYYY-MM-DD/) of an
    output folder (one in `exclude`, or any that holds `OUTPUT_MARK`), so "briefing run . --out output"
    never briefs yesterday's briefing, and "--out" pointed at the articles' own folder still reads them.

    With `skipped`, a path that does not exist beside others that do, and a link to a folder inside one (links to folders
    are not followed), are recorded there with the fix, and the rest is read (the eighth user review: one mistyped path
    cancelled the run, and a linked folder's articles were left out without a word)."""
    found: list[Path] = []
    wanted = SUFFIXES + tuple(DOCUMENTS)
    excluded = {e.resolve() for e in exclude}

    def ours(folder: Path, name: str) -> bool:
        """Whether `name` in `folder` is a day of our output."""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", name) and (folder.resolve() in excluded or (folder / OUTPUT_MARK).is_file()):
            log.info("leaving out %s: a day of briefing's own output, not articles", folder / name)
            return True
        return False

    missing = [g for g in paths if not Path(g).exists()]
    inputs = [os.path.realpath(g) for g in paths if Path(g).is_dir()]  # (a link back into them is read anyway)
    for given in paths:
        p = Path(given)
        if not p.exists():
            reason = f"no such file or folder; give a folder of articles ({READ} files), e.g. seeds/"
            if skipped is None or len(missing) == len(paths):
                raise InputError(f"{given}: {reason}")
            log.info("skipping %s: %s", given, reason)
            skipped.append(Skipped(str(given), reason))
            continue
        if p.is_file():
            found.append(p)
            continue
        for root, dirs, files in os.walk(p, followlinks=False):
            pages = {f.lower(): f for f in files}
            keep = []
            for d in sorted(dirs):
                if d.startswith("."):
                    continue
                where = Path(root) / d
                if where.is_symlink() and skipped is not None and not _within(target := os.path.realpath(where), inputs):
                    reason = (f"a link to a folder, not followed; give the folder it points to ({target}) as an input"
                              if os.path.isdir(target) else f"a link to {target}, which does not exist; remove the link")
                    log.info("skipping %s: %s", where, reason)
                    skipped.append(Skipped(str(where), reason))
                    continue
                if d.lower().endswith(tuple(DOCUMENTS)):  # a macOS package (NAME.pages/ is a folder)
                    found.append(Path(root) / d)
                elif page := _saved_with(d, pages):
                    log.info("leaving out %s: what the browser saved with %s (ads, frames, lists), not an article",
                             Path(root) / d, page)
                elif not ours(Path(root), d):
                    keep.append(d)
            dirs[:] = keep
            found.extend(Path(root) / f for f in sorted(files)
                         if f.lower().endswith(wanted) and not f.startswith((".", "~$")))
    seen: set[Path] = set()
    unique = []
    for f in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    if not unique:
        raise InputError(f"no articles ({READ} files) in {', '.join(map(str, paths))}: "
                         f"put one article per file there (title on the first line)")
    return unique


def _within(target: str, folders: list[str]) -> bool:
    """Whether `target` is one of `folders` or inside one."""
    return any(target == f or target.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def _saved_with(folder: str, files: dict[str, str]) -> str:
    """The page NAME.html (or .htm) that `folder` NAME_files was saved with, if it is beside it
    (`files`: the names there by their lower-cased form); else ""."""
    name = folder.lower()
    if not name.endswith(SAVED_PAGE):
        return ""
    return next((files[k] for k in (name[:-len(SAVED_PAGE)] + s for s in (".html", ".htm")) if k in files), "")


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when every
    other byte is NUL), else Windows-1252. Bytes that decode to control characters are binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _text(data.decode("utf-16", errors="replace"), path)
    if b"\x00" in data:
        order = _utf16_order(data)
        if not order:
            raise ArticleError(path, "binary data (NUL bytes), not a text article; remove it or save it as UTF-8 text")
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            raise ArticleError(path, "looks like UTF-16 without a byte-order mark but does not decode; save it as UTF-8") from None
        log.info("%s: read as %s (UTF-16 without a byte-order mark)", path, order.upper())
        return _text(text, path)
    try:
        return _text(data.decode("utf-8-sig"), path)
    except UnicodeDecodeError:
        text = _text(data.decode("cp1252", errors="replace"), path)
        log.warning("%s: not UTF-8; read as Windows-1252 (save it as UTF-8 to be sure)", path)
        return text


def _utf16_order(data: bytes) -> str:
    """"utf-16-le" or "utf-16-be" when `data` looks like UTF-16 text without a byte-order mark
    (Notepad's "Unicode", iconv -t UTF-16LE): a NUL in most odd (LE) or even (BE) bytes and in
    almost none of the others, as English text gives, over eight characters at least. Else ""."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 8:
        return ""
    even = sample[0:pairs * 2:2].count(0) / pairs
    odd = sample[1:pairs * 2:2].count(0) / pairs
    if odd >= 0.7 and even <= 0.05:
        return "utf-16-le"
    if even >= 0.7 and odd <= 0.05:
        return "utf-16-be"
    return ""


_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
"""Control characters (tab, line ends and form feed aside) and the replacement character: in a
text article hardly any, in binary data (an image named .txt) about one character in seven."""


def _text(text: str, path: str) -> str:
    """`text`, unless it reads as binary data: over 5% control or replacement characters."""
    sample = text[:20000]
    if sample and len(_BINARY.findall(sample)) > 0.05 * len(sample):
        raise ArticleError(path, "not readable text (binary data, or an encoding such as Shift-JIS); if it is an article, save it as UTF-8 text")
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
    kind = DOCUMENTS.get(path.suffix.lower())
    if kind:
        raise ArticleError(str(path), f"{kind} is not read; save the article as text (.txt) or the web page as .html")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # reading a named pipe would wait for a writer for ever
            raise ArticleError(str(path), "not a regular file (a pipe, socket or device); save the article as a plain file")
        size = info.st_size
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
    return Article(id=ident, title=printable(parsed.title).strip()[:300], path=str(path), text=parsed.text,
                   outlet=canonical(printable(parsed.outlet).strip()[:100]), url=parsed.url, date=parsed.date)


def ingest(paths: list[str] | tuple[str, ...], exclude: tuple[Path, ...] = ()) -> tuple[list[Article], list[Skipped]]:
    """Read every article under `paths` (less the folders in `exclude`); unusable files are returned
    as skipped, not raised."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    taken: set[str] = set()
    for f in find_files(paths, exclude, skipped):
        try:
            articles.append(read_article(f, safe_id(f.stem, taken)))
        except ArticleError as e:
            log.info("skipping %s", e)
            skipped.append(Skipped(e.path, e.reason))
    return articles, skipped
