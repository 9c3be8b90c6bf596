"""Benchmark the summaries against the NeuS neutral roundups (issue 4).

    python bench/summaries.py DATA.jsonl [--limit N] [--part first|second] [--agree-only]

DATA.jsonl: one story a line, {"id", "documents": [{"title", "text"} x 3], "reference": {"title", "text"}}
(the NeuS test split: ../shared/data/neus/test.jsonl). Read in place, never copied.

Protocol (so numbers compare with the published ones in issue 4): rouge-score's
RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True), F-measure averaged over
stories, hypothesis and reference split into sentences and newline-joined, the reference being
reference.text. Each document ("title + lead paragraphs") goes through the project's own
segment stage. Also reported: mean summary words, and balance: the share of summary words taken
from each of the three outlets (mean per outlet over stories; `max_outlet_share` is the largest
of those means; "story max" is the mean over stories of the largest outlet's share).

Rows: every system run, on the first half, the second half and all stories. The last line of
output is one JSON object for the embedded multi-source summary over all stories read.
`--part first` (or `second`) reads only that half of the stories (after --limit): tune on the
first half without scoring the second. `--agree-only` runs the two multi-source rows and the
first-sentence sanity row, skipping the per-article summarisers (a third of the time).
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.config import Settings  # noqa: E402
from briefing.records import Article, Document  # noqa: E402
from briefing.segment import segment, split_sentences  # noqa: E402


def load(path: str, limit: int | None = None) -> list[dict]:
    stories = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                stories.append(json.loads(line))
                if limit and len(stories) >= limit:
                    break
    return stories


def documents(story: dict) -> list[Document]:
    """The story's articles as Documents (id: "<story id>-<outlet index>")."""
    return [segment(Article(id=f"{story['id']}-{k}", title=d.get("title", ""), path="", text=d.get("text", "")))
            for k, d in enumerate(story["documents"])]


def sentences(text: str) -> list[str]:
    out = []
    for para in text.split("\n"):
        out.extend(para[s:e].strip() for s, e in split_sentences(para.strip()) if para[s:e].strip())
    return out


# A system maps a story's documents to [(sentence, outlet index)].
System = Callable[[list[Document]], list[tuple[str, int]]]


def first_of_each(docs: list[Document]) -> list[tuple[str, int]]:
    return [(d.sentences[0].text, k) for k, d in enumerate(docs) if d.sentences]


def per_article(name: str, settings: Settings) -> System:
    from briefing.summarisers import get

    summariser = get(name)

    def run(docs: list[Document]) -> list[tuple[str, int]]:
        return [(s, k) for k, d in enumerate(docs) for s in summariser.summarise(d, settings).sentences]

    return run


def multi_source(settings: Settings, words: int | None = None, with_figures: bool = True, **weights: object) -> System:
    """`agree` (the top of the briefing) as the pipeline runs it, optionally with some Consensus weights changed."""
    import dataclasses
    import functools

    from briefing.compare import compare, disputed
    from briefing.figures import extract
    from briefing.pipeline import article_texts
    from briefing.summarise import CONSENSUS, agree

    consensus = dataclasses.replace(CONSENSUS, **weights)

    def run(docs: list[Document]) -> list[tuple[str, int]]:
        index = {d.id: k for k, d in enumerate(docs)}
        against = None
        if with_figures:  # as the pipeline does: no credit where the figures differ (so that source is heard)
            against = functools.partial(disputed, compare([f for d in docs for f in extract(d)], texts=article_texts(docs)))
        return [(p.text, index[p.origin]) for p in agree(docs, settings, words=words, weights=consensus, disputed=against)]

    return run


@dataclass
class Scores:
    r1: list[float] = field(default_factory=list)
    r2: list[float] = field(default_factory=list)
    rl: list[float] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    shares: list[list[float]] = field(default_factory=list)

    def row(self) -> dict:
        n = max(len(self.r1), 1)
        per_outlet = [statistics.mean(s[k] for s in self.shares) for k in range(3)] if self.shares else [0, 0, 0]
        return {
            "rouge1": 100 * sum(self.r1) / n, "rouge2": 100 * sum(self.r2) / n, "rougeLsum": 100 * sum(self.rl) / n,
            "words": sum(self.words) / n, "outlets": per_outlet, "max_outlet_share": max(per_outlet),
            "story_max": statistics.mean(max(s) for s in self.shares) if self.shares else 0.0, "stories": len(self.r1),
        }


def evaluate(system: System, stories: list[dict], docs: list[list[Document]], scorer) -> tuple[list[Scores], float]:
    """Scores per story in order (one Scores per story) and the seconds spent summarising."""
    t0 = time.perf_counter()
    outputs = [system(d) for d in docs]
    seconds = time.perf_counter() - t0
    per_story = []
    for story, out in zip(stories, outputs):
        ref = "\n".join(sentences(story["reference"]["text"]))
        hyp = "\n".join(s for s, _ in out)
        r = scorer.score(ref, hyp)
        words = [0, 0, 0]
        for s, k in out:
            words[k] += len(s.split())
        total = sum(words)
        sc = Scores([r["rouge1"].fmeasure], [r["rouge2"].fmeasure], [r["rougeLsum"].fmeasure], [total],
                    [[w / total for w in words] if total else [0.0, 0.0, 0.0]])
        per_story.append(sc)
    return per_story, seconds


def merge(parts: list[Scores]) -> Scores:
    out = Scores()
    for p in parts:
        out.r1 += p.r1
        out.r2 += p.r2
        out.rl += p.rl
        out.words += p.words
        out.shares += p.shares
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", help="NeuS-style JSON lines, e.g. ../shared/data/neus/test.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="only the first N stories")
    ap.add_argument("--part", choices=("first", "second"), default=None,
                    help="only the first or the second half of the stories read (tune on the first)")
    ap.add_argument("--agree-only", action="store_true",
                    help="only the multi-source rows and first-sentence-of-each (skip per-article summarisers)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    stories = load(args.data, args.limit)
    if not stories:
        print(f"no stories in {args.data}", file=sys.stderr)
        return 2
    if args.part:
        cut = len(stories) // 2
        stories = stories[:cut] if args.part == "first" else stories[cut:]
    docs = [documents(s) for s in stories]
    half = len(stories) // 2
    # The multi-source row runs first, so its seconds include loading the encoder (a cold start).
    systems: list[tuple[str, System]] = [
        ("embedded multi-source (agree)", multi_source(Settings())),
        ("  same, no source forced in", multi_source(Settings(), represent=False, cover_all=False)),
        ("first sentence of each article", first_of_each),
    ]
    if not args.agree_only:
        systems += [
            ("lead, 1 sentence per article", per_article("lead", Settings(sentences=1))),
            ("embedded, 1 sentence per article", per_article("embedded", Settings(sentences=1))),
            ("embedded, 2 sentences per article", per_article("embedded", Settings(sentences=2))),
        ]
    header = f"{'system':36} {'part':>12} {'R-1':>6} {'R-2':>6} {'R-Lsum':>6} {'words':>6} {'outlets (share of words)':>24} {'max':>5} {'story max':>9} {'s':>6}"
    print(header, flush=True)
    print("-" * len(header))
    final = None
    for name, system in systems:
        per_story, seconds = evaluate(system, stories, docs, scorer)
        whole = args.part + " half" if args.part else "all"
        parts = [("first half", per_story[:half]), ("second half", per_story[half:])] if not args.part else []
        parts.append((whole, per_story))
        for part, rows in parts:
            if not rows:
                continue
            r = merge(rows).row()
            outlets = " ".join(f"{x:.2f}" for x in r["outlets"])
            secs = f"{seconds:6.1f}" if part == whole else ""
            print(f"{name:36} {part + ' (' + str(r['stories']) + ')':>12} {r['rouge1']:6.2f} {r['rouge2']:6.2f} {r['rougeLsum']:6.2f} "
                  f"{r['words']:6.1f} {outlets:>24} {r['max_outlet_share']:5.2f} {r['story_max']:9.2f} {secs:>6}", flush=True)
            if final is None and part == whole:
                final = {k: round(r[k], 2) for k in ("rouge1", "rouge2", "rougeLsum", "words")}
                final["max_outlet_share"] = round(r["max_outlet_share"], 3)
                final["seconds"] = round(seconds, 1)
    print(json.dumps(final))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
