"""Faithfulness, audited at scale: does any briefing state a number or a name its sources don't?

    python bench/faithful.py ../shared/data/neus/test.jsonl [--limit N] [--show 10] [--differences]

Each NeuS story's three articles go through the whole text pipeline (`briefing run --one-story`
without audio: ingest, clean, segment, summarise, figures, compare, compose), read from a
temporary folder (nothing is copied into the project). Each briefing is then audited against
its own sources:

- numbers: every number in the briefing's text is written in a source (the briefing's own
  counts and labels aside: "drawn from 3 sources", "Source 2", the date);
- names: every capitalised word is written in a source, or is one of the template's own words;
- verbatim: every sentence under "In brief" and "What each source adds" is a sentence of the
  source it is attributed to;
- traceable figures: every figure in "Where the figures differ" is written in the sentence it
  cites, that sentence is in the cited source, and every number in the statement is one of
  the grouped figures' (or their sentences') numbers.

Reported: stories audited, briefings with any violation, violations by check (with examples),
seconds. The last line is one JSON object. Every count should be 0.

Faithful is not the same as right: a difference can quote every figure exactly and still set two
different quantities side by side. `--differences` prints every difference the briefings report
and scores them against bench/neus_differences.json, our own judgements (story id, the grouped
figures' values, and a verdict: right, partly or wrong, with why; no NeuS text). A difference whose
values are not in that file is listed as unjudged: read it and add a verdict.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.config import Settings  # noqa: E402
from briefing.pipeline import build  # noqa: E402
from summaries import load  # noqa: E402  (bench/summaries.py: the same NeuS reader)

NUMBER = re.compile(r"\d[\d,.]*\d|\d")
NAME = re.compile(r"\b[A-Z][\w'’-]*")
OURS = re.compile(r"Briefing for [\d-]+|drawn from \d+ sources?|\(\d+ sources?[^)]*\)|Stor(?:y|ies) \d+|"
                  r"Sources? \d+(?:(?:,| and) (?:Source )?\d+)*")
"""The briefing's own numbers: its date, its counts of sources and stories, its source labels."""


def squash(text: str) -> str:
    return " ".join(text.split())


def template_words() -> set[str]:
    """Capitalised words the briefing's own wording uses (template and statement builders)."""
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "briefing" / "templates").glob("*")]
    texts += [(ROOT / "briefing" / name).read_text(encoding="utf-8") for name in ("compose.py", "compare.py")]
    return {w for t in texts for w in NAME.findall(t)}


LABELS = ROOT / "bench" / "neus_differences.json"


def audit(story: dict, folder: Path, allowed: set[str], differences: list | None = None,
          unsaid: list | None = None) -> dict[str, list[str]]:
    """Violations in one story's briefing, by check; with `differences`, each reported difference
    is appended to it as (story id, sorted values, statement), and to `unsaid` each difference left
    unsaid as uncertain (see `Discrepancy.certain`)."""
    for k, d in enumerate(story["documents"]):
        (folder / f"outlet{k}.txt").write_text(f"{d.get('title', '')}\n{d.get('text', '')}\n", encoding="utf-8")
    settings = Settings(inputs=(str(folder),), include_seen=True, voice="none", one_story=True, date="2026-11-23")
    briefing, docs = build(settings)
    texts = {d.id: squash(f"{d.article.title}\n{d.article.text}") for d in docs}
    corpus = " ".join(texts.values())
    found: dict[str, list[str]] = {"numbers": [], "names": [], "verbatim": [], "figures": []}

    body = OURS.sub("", briefing.text.split("Sources\n-------")[0])
    for number in NUMBER.findall(body):
        if number not in corpus and number.rstrip(".,") not in corpus:
            found["numbers"].append(number)
    for name in NAME.findall(body):
        if name not in allowed and not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", corpus):
            found["names"].append(name)

    for p in briefing.agreed:
        if squash(p.text) not in texts.get(p.origin, ""):
            found["verbatim"].append(f"{p.origin}: {p.text[:80]}")
    for source, points in briefing.additions:
        for p in points:
            if squash(p.text) not in texts.get(source, ""):
                found["verbatim"].append(f"{source}: {p.text[:80]}")

    if unsaid is not None:
        unsaid += [(story["id"], sorted(f.value for f in d.figures), d.statement) for d in briefing.uncertain]
    for d in briefing.discrepancies:
        if not d.differs:
            continue
        if differences is not None:
            differences.append((story["id"], sorted(f.value for f in d.figures), d.statement))
        cited = set()
        for f in d.figures:
            if f.text not in f.sentence or squash(f.sentence) not in texts.get(f.source, ""):
                found["figures"].append(f"{f.source}: {f.text!r} in {f.sentence[:80]!r}")
            cited |= set(NUMBER.findall(f.text)) | set(NUMBER.findall(f.sentence))
        statement = re.sub(r"\boutlet\d\b", "", d.statement)  # the source ids, "Source N" in the text
        for number in NUMBER.findall(statement):
            if number not in cited and number.rstrip(".,") not in cited:
                found["figures"].append(f"statement number {number} not in its figures: {d.statement[:160]}")
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", help="NeuS-style JSON lines, e.g. ../shared/data/neus/test.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="only the first N stories")
    ap.add_argument("--show", type=int, default=5, help="examples shown per check")
    ap.add_argument("--differences", action="store_true",
                    help=f"also print every reported difference and score it against {LABELS.name}")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    stories = load(args.data, args.limit)
    allowed = template_words()
    totals: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    bad = 0
    differences: list | None = [] if args.differences else None
    unsaid: list | None = [] if args.differences else None
    t0 = time.perf_counter()
    for story in stories:
        with tempfile.TemporaryDirectory() as d:
            found = audit(story, Path(d), allowed, differences, unsaid)
        if any(found.values()):
            bad += 1
        for check, items in found.items():
            totals[check] += len(items)
            examples.setdefault(check, []).extend(f"{story['id']}: {x}" for x in items)
    seconds = time.perf_counter() - t0
    print(f"stories audited: {len(stories)}; briefings with any violation: {bad}; {seconds:.1f} s", file=sys.stderr)
    for check in ("numbers", "names", "verbatim", "figures"):
        print(f"  {check:9} {totals[check]:4d}", file=sys.stderr)
        for x in examples.get(check, [])[: args.show]:
            print(f"      {x}", file=sys.stderr)
    result = {"stories": len(stories), "briefings_with_violations": bad,
              **{k: totals[k] for k in ("numbers", "names", "verbatim", "figures")}, "seconds": round(seconds, 1)}
    if differences is not None and unsaid is not None:
        result.update(score_differences(differences))
        result.update({f"uncertain_{k}": v for k, v in score_differences(unsaid, "left unsaid as uncertain").items()
                       if k != "difference_precision"})
    print(json.dumps(result))
    return 0


def score_differences(differences: list, what: str = "reported") -> dict[str, float | int]:
    """Print each difference with its verdict; precision over the judged ones."""
    labels = {(x["story"], tuple(x["values"])): x for x in json.loads(LABELS.read_text(encoding="utf-8"))}
    verdicts: Counter[str] = Counter()
    print(f"\ndifferences {what}: {len(differences)}", file=sys.stderr)
    for story, values, statement in differences:
        label = labels.get((story, tuple(values)))
        verdict = label["verdict"] if label else "unjudged"
        verdicts[verdict] += 1
        why = f" ({label['why']})" if label else f" values={values}"
        print(f"  [{verdict}] {story}: {statement}{why}", file=sys.stderr)
    judged = verdicts["right"] + verdicts["partly"] + verdicts["wrong"]
    precision = verdicts["right"] / judged if judged else 0.0
    print(f"right {verdicts['right']}, partly {verdicts['partly']}, wrong {verdicts['wrong']}, unjudged "
          f"{verdicts['unjudged']}: precision {precision:.2f} (partly counted as wrong)", file=sys.stderr)
    return {"differences": len(differences), "right": verdicts["right"], "partly": verdicts["partly"],
            "wrong": verdicts["wrong"], "unjudged": verdicts["unjudged"], "difference_precision": round(precision, 3)}


if __name__ == "__main__":
    raise SystemExit(main())
