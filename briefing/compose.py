"""Stage 7, compose: merge summaries, agreement and figure differences into one briefing.

The wording is a Jinja2 template (briefing/templates/briefing.md.j2, or --template FILE);
compose only prepares the facts and attributes every sentence to its source.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from briefing.compare import disputed, relabel
from briefing.words import join_names
from briefing.errors import UsageError
from briefing.records import CITE, Briefing, Discrepancy, Document, Point, Skipped, Source, StoryPart, printable

TEMPLATES = Path(__file__).parent / "templates"


def render(template: str, context: dict) -> str:
    """The briefing's Markdown from `template` (built-in when ""); a template error is a UsageError."""
    import jinja2

    try:
        return load_template(template).render(**context)
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, ArithmeticError, LookupError) as e:
        # an undefined name, a filter given the wrong thing ("{{ date|round }}"), "{{ 1 + 'a' }}" ...
        if not template:
            raise  # the built-in template's own error (an undefined name included) is ours, not the user's
        raise UsageError(f"template {template or 'briefing.md.j2'}: {e}; fix the template or leave out --template") from None


def load_template(template: str):
    """The Jinja2 template (the built-in one when ""), parsed; a template error is a UsageError."""
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
        if not template:
            raise  # a syntax error in the built-in template is ours, not the user's
        raise UsageError(f"template {template}: {e}; fix the template or leave out --template") from None


def labels(docs: list[Document]) -> dict[str, str]:
    """A short spoken-friendly label per source: its outlet when known, else "Source 1" ... in input order."""
    return dict(zip((d.id for d in docs), source_labels([d.article.outlet for d in docs])))


def source_labels(outlets: list[str]) -> list[str]:
    """The label of each source, given their outlets in input order (see `labels`): a second article
    from one outlet is "Reuters 2", never a bare "Source 8" that hides whose it is (user review)."""
    names: list[str] = []
    for i, outlet in enumerate(outlets, 1):
        k = sum(o == outlet for o in outlets[:i]) if outlet else 0
        name = outlet if k == 1 else (f"{outlet} article {k}" if outlet[-1:].isdigit() else f"{outlet} {k}") if outlet else ""  # "France 24 article 2"
        names.append(name if name and name not in names else f"Source {i}")
    return names


def headline_source(title: str, docs: list[Document], names: dict[str, str]) -> str:
    """The label of the source whose headline `title` is ("" for a title made from a lead): said with
    the title, which is one outlet's words, not the briefing's."""
    return next((names[d.id] for d in docs if d.article.title == title and not title.endswith("…")), "")


_COUNT_WORD = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                         r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?!-)")
"""A figure written in words in a headline ("Cedar Ridge fire death toll rises to five": the third user review); "forces
thousands to flee", "two-state solution", "Group of Seven", "China's Two Sessions" give none (the twenty-second review)."""


def _sentence_case(title: str) -> str:
    """A Title Case headline in lower case ("Death Toll Rises To Five": the twenty-third review), others as written."""
    long = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return title.lower() if long and sum(w[0].isupper() for w in long) >= 0.7 * len(long) else title


def headline(docs: list[Document]) -> str:
    """The real headline most sources share the wording of (a derived title only if none has one), one
    without figures where there is one: "Fire grows to 45,000 acres" states one outlet's count as fact."""
    titles = [d.article.title for d in docs]
    real = [t for t in titles if not t.endswith("…")] or titles

    def overlap(t: str) -> int:
        words = set(re.findall(r"\w+", t.lower()))
        return sum(len(words & set(re.findall(r"\w+", o.lower()))) for o in titles if o != t)

    if not real:
        return "Briefing"
    best = max(overlap(t) for t in real)
    near = [t for t in real if overlap(t) >= 0.75 * best]  # as representative, or nearly
    fair = [t for t in real if overlap(t) >= 0.5 * best]  # where every near one states a figure (the fifth user review:
    # "... officials say 3 deaths confirmed" was the title of a briefing whose sources differ on the deaths)
    plain = [t for t in near if _plain(t)] or [t for t in fair if _plain(t)]
    return max(plain or near, key=overlap)


def _plain(title: str) -> bool:
    """No one outlet's figure in it, in digits or words ("death toll rises to five"; "G7", "Covid-19" are names)."""
    return not re.search(r"(?<![A-Za-z-])\d", title) and not _COUNT_WORD.search(_sentence_case(title))


def compose(
    parts: list[StoryPart],
    docs: list[Document],
    date: str,
    skipped: list[Skipped] | tuple[Skipped, ...] = (),
    template: str = "",
    copies: dict[str, tuple[str, ...]] | None = None,
) -> Briefing:
    """The briefing for one or several stories; every sentence attributed to its source."""
    parts = [fair_credit(p) for p in parts]
    names = labels(docs)
    number = {d.id: i for i, d in enumerate(docs, 1)}
    copies = copies or {}
    sources = tuple(Source(id=d.id, title=d.article.title, path=d.article.path, outlet=d.article.outlet, date=d.article.date,
                           url=d.article.url, also=copies.get(d.id, ()), label=names[d.id]) for d in docs)
    title = parts[0].title if len(parts) == 1 else f"Briefing for {date}"
    stories = [_story_context(p, docs, names, number) for p in parts]
    context = {
        "title": title,
        "title_source": headline_source(title, docs, names) if len(parts) == 1 and len(docs) > 1 else "",
        "date": date,
        "total": len(docs),
        "stories": stories,
        "sources": [{"n": number[s.id], "label": names[s.id], "title": s.title, "path": printable(s.path),
                     "date": s.date, "also": [printable(a) for a in s.also]} for s in sources],
        "skipped": [{"path": printable(s.path), "reason": printable(s.reason)} for s in skipped],
        # the single-story names, for simple templates
        **{k: stories[0][k] for k in ("agreed", "discrepancies", "additions")},
    }
    markdown = render(template, context)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    text = to_text(markdown)
    shown = tuple(d for p in parts for d in p.discrepancies if d.shown)
    return Briefing(
        date=date, title=title, sources=sources,
        summaries=tuple(s for p in parts for s in p.summaries),
        figures=tuple(f for p in parts for f in p.figures),
        discrepancies=shown,
        agreed=tuple(x for p in parts for x in p.agreed),
        additions=tuple((a["source"], tuple(Point(t, (a["source"],), a["source"]) for t in a["points"]))
                        for st in stories for a in st["additions"]),
        text=text, markdown=markdown, skipped=tuple(skipped), sections=spoken_sections(text, title), stories=tuple(parts),
        uncertain=tuple(d for p in parts for d in p.discrepancies if d.unsaid),
    )


def fair_credit(part: StoryPart) -> StoryPart:
    """The part with no source credited with a point ("much the same in X") when the part's
    differences set a figure of X against a figure the point's own sentence states.

    "Biden will propose $5 trillion in new federal spending" is not much the same in a source that
    says $6 trillion, and the briefing must not say so while listing $5 trillion against $6 trillion
    under "Where the figures differ". (`summarise` already withholds credit from a source whose
    closest wording gives other numbers; this catches what only `compare` sees.)"""
    points = []
    for p in part.agreed:
        against = disputed(part.discrepancies, p.origin, p.text)
        kept = tuple(x for x in p.sources if x == p.origin or x not in against)
        points.append(p if kept == p.sources else dataclasses.replace(p, sources=kept))
    return dataclasses.replace(part, agreed=tuple(points))


def _point(p: Point, names: dict[str, str], number: dict[str, int]) -> dict:
    """A point with its attribution: the source quoted, and those reporting much the same."""
    others = sorted((x for x in p.sources if x != p.origin), key=number.__getitem__)
    return {
        "text": p.text,
        "count": len(p.sources),
        "refs": ", ".join(str(number[x]) for x in sorted(p.sources, key=number.__getitem__)),
        "origin": names[p.origin],
        "others": ", ".join(names[x] for x in others),
    }


def _story_context(part: StoryPart, docs: list[Document], names: dict[str, str], number: dict[str, int]) -> dict:
    said = {p.text for p in part.agreed} | set(part.repeats)
    additions = []
    for s in part.summaries:
        points = [t for t in s.sentences if t not in said]
        if points:
            additions.append({"source": s.source, "label": names[s.source], "title": _title_of(docs, s.source), "points": points})
    adding = {a["source"] for a in additions}
    quiet = [names[x] for x in part.sources if x not in adding]
    return {
        "title": part.title,
        "title_source": headline_source(part.title, docs, names),
        "count": len(part.sources),
        "single_source": part.single_source,
        "refs": ", ".join(str(number[x]) for x in part.sources),
        "agreed": [_point(p, names, number) for p in part.agreed],
        "discrepancies": [{"quantity": d.quantity, "kind": d.kind, "statement": relabel(d, names)}
                          for d in part.discrepancies if d.shown],
        "uncertain": sum(1 for d in part.discrepancies if d.unsaid),
        "additions": additions,
        # the sources "What each source adds" has no heading for, in a sentence ("" if none)
        "nothing_more": f"{join_names(quiet)} {'adds' if len(quiet) == 1 else 'add'} nothing beyond the points above."
                        if quiet and not part.single_source else "",
    }


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


def spoken_sections(text: str, title: str) -> tuple[tuple[str, str], ...]:
    """The sections worth reading out: not the title block (the spoken intro says it) nor the
    source list and skipped files (the outro names the sources)."""
    found = sections(text)
    kept = [s for i, s in enumerate(found) if not ((i == 0 and s[0] == title) or s[0] in ("Sources", "Skipped"))]
    return tuple(kept)


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
