"""Stage 7, compose: merge summaries, agreement and figure differences into one briefing.

The wording is a Jinja2 template (briefing/templates/briefing.md.j2, or --template FILE);
compose only prepares the facts and attributes every sentence to its source.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.errors import UsageError
from briefing.records import Briefing, Discrepancy, Document, Figure, Point, Skipped, Source, Summary

TEMPLATES = Path(__file__).parent / "templates"


def _environment(template: str):
    import jinja2

    if template:
        path = Path(template)
        loader = jinja2.FileSystemLoader(str(path.parent))
        name = path.name
    else:
        loader = jinja2.FileSystemLoader(str(TEMPLATES))
        name = "briefing.md.j2"
    env = jinja2.Environment(loader=loader, autoescape=False, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    try:
        return env.get_template(name)
    except jinja2.TemplateError as e:
        raise UsageError(f"template {template or name}: {e}; fix the template or leave out --template") from None


def labels(docs: list[Document]) -> dict[str, str]:
    """A short spoken-friendly label per source: "Source 1" ... in input order."""
    return {d.id: f"Source {i}" for i, d in enumerate(docs, 1)}


def headline(docs: list[Document]) -> str:
    """The real headline most sources share the wording of (a derived title only if none has one)."""
    titles = [d.article.title for d in docs]
    real = [t for t in titles if not t.endswith("…")] or titles

    def overlap(t: str) -> int:
        words = set(re.findall(r"\w+", t.lower()))
        return sum(len(words & set(re.findall(r"\w+", o.lower()))) for o in titles if o != t)

    return max(real, key=overlap) if real else "Briefing"


def _relabel(statement: str, names: dict[str, str]) -> str:
    for ident, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        statement = re.sub(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", label, statement)
    return statement


def compose(
    docs: list[Document],
    summaries: list[Summary],
    agreed: list[Point],
    figures: list[Figure],
    discrepancies: list[Discrepancy],
    date: str,
    skipped: list[Skipped] = (),  # type: ignore[assignment]
    template: str = "",
    copies: dict[str, tuple[str, ...]] | None = None,
) -> Briefing:
    names = labels(docs)
    number = {d.id: i for i, d in enumerate(docs, 1)}
    copies = copies or {}
    sources = tuple(Source(id=d.id, title=d.article.title, path=d.article.path, also=copies.get(d.id, ())) for d in docs)
    title = headline(docs)
    shown = [d for d in discrepancies if d.differs]
    said = {p.text for p in agreed}
    additions = []
    for s in summaries:
        points = [t for t in s.sentences if t not in said]
        if points:
            additions.append({"source": s.source, "label": names[s.source], "title": _title_of(docs, s.source), "points": points})
    context = {
        "title": title,
        "date": date,
        "total": len(docs),
        "sources": [{"n": number[s.id], "label": names[s.id], "title": s.title, "path": s.path, "also": s.also} for s in sources],
        "agreed": [{"text": p.text, "count": len(p.sources), "refs": ", ".join(str(number[x]) for x in p.sources)} for p in agreed],
        "discrepancies": [{"quantity": d.quantity, "kind": d.kind, "statement": _relabel(d.statement, names)} for d in shown],
        "additions": additions,
        "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
    }
    markdown = _environment(template).render(**context)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    text = to_text(markdown)
    return Briefing(
        date=date, title=title, sources=sources, summaries=tuple(summaries), figures=tuple(figures),
        discrepancies=tuple(shown), agreed=tuple(agreed),
        additions=tuple((a["source"], tuple(Point(t, (a["source"],), a["source"]) for t in a["points"])) for a in additions),
        text=text, markdown=markdown, skipped=tuple(skipped), sections=sections(text),
    )


def _title_of(docs: list[Document], ident: str) -> str:
    return next(d.article.title for d in docs if d.id == ident)


def to_text(markdown: str) -> str:
    """Markdown to plain text for terminals and mail: headings underlined, markup gone."""
    out: list[str] = []
    for line in markdown.splitlines():
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        if m:
            heading = m.group(2).strip()
            if out and out[-1] != "":
                out.append("")
            out.append(heading)
            out.append(("=" if len(m.group(1)) == 1 else "-" if len(m.group(1)) == 2 else "~") * min(len(heading), 72))
            continue
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"(?<!\w)[*_](\S.*?)[*_](?!\w)", r"\1", line)
        line = re.sub(r"^- ", "* ", line)
        out.append(line)
    return "\n".join(out).strip() + "\n"


def sections(text: str) -> tuple[tuple[str, str], ...]:
    """(heading, body) pairs of the plain-text briefing, for spoken chapters."""
    lines = text.splitlines()
    result: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and lines[i + 1] and set(lines[i + 1]) <= set("=-~") and lines[i].strip():
            if set(lines[i + 1]) != {"~"} or not result:
                result.append((lines[i].strip(), []))
            else:
                result[-1][1].append(lines[i].strip() + ".")
            i += 2
            continue
        if result:
            result[-1][1].append(lines[i])
        i += 1
    return tuple((h, "\n".join(b).strip()) for h, b in result)
