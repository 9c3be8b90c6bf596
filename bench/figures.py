"""Benchmark for stages 5-6 (figures, compare) on the labelled set in tests/data/figure_pairs.jsonl.

    PYTHONPATH=. .venv/bin/python bench/figures.py [--data FILE] [--repeat N]

Prints precision and recall of "same quantity" grouping and of difference detection over the
labelled pairs, the pairs it gets wrong, and the extraction time; the last line is one JSON object.
Targets: precision and recall >= 0.9 for both. Uses the real embedded encoder.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.clean import clean  # noqa: E402
from briefing.compare import compare, same_amount  # noqa: E402
from briefing.figures import extract  # noqa: E402
from briefing.ingest import ingest  # noqa: E402
from briefing.records import Article, Document, Figure  # noqa: E402
from briefing.segment import segment  # noqa: E402


def load(path: Path) -> tuple[dict[str, list[Article]], list[dict]]:
    stories: dict[str, list[Article]] = {}
    pairs: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["type"] == "article":
            if any(a.id == rec["id"] for arts in stories.values() for a in arts):
                raise SystemExit(f"{path}: article id {rec['id']!r} appears twice; give each article its own id")
            stories.setdefault(rec["story"], []).append(Article(id=rec["id"], title=rec["title"], path=rec["id"], text=rec["text"]))
        elif rec["type"] == "pair":
            pairs.append(rec)
    return stories, pairs


def ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / "tests" / "data" / "figure_pairs.jsonl"))
    ap.add_argument("--repeat", type=int, default=20, help="extraction passes to time")
    args = ap.parse_args()

    stories, pairs = load(Path(args.data))
    docs: dict[str, list[Document]] = {s: [segment(a) for a in arts] for s, arts in stories.items()}
    seeds, _ = ingest([str(ROOT / "seeds")])
    seed_docs = [segment(clean(a)) for a in seeds]
    all_docs = [d for ds in docs.values() for d in ds] + seed_docs

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        n_figures = sum(len(extract(d)) for d in all_docs)
    extract_ms = (time.perf_counter() - t0) * 1000 / args.repeat
    chars = sum(len(d.article.text) for d in all_docs)

    # A run-on "sentence" (a table pasted as one line): extraction must stay linear.
    runon = " ".join(["officials said 3,000 soldiers", "according to Seoul", "up to $5m per month", "the Unity Party won 42",
                      "12%", "in 2007", "AK-12", "and"] * 700)
    t0 = time.perf_counter()
    runon_figures = len(extract(segment(Article(id="runon", title="t", path="runon", text=runon))))
    runon_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    compare([f for d in seed_docs for f in extract(d)])  # loads the encoder once
    first_compare_s = time.perf_counter() - t0

    groups: dict[tuple[str, int], int] = {}  # (source, figure start) -> group number
    found: dict[tuple[str, str], Figure] = {}
    t0 = time.perf_counter()
    for story, ds in docs.items():
        figs = [f for d in ds for f in extract(d)]
        for f in figs:
            found.setdefault((f.source, f.text), f)
        for n, disc in enumerate(compare(figs)):
            for f in disc.figures:
                groups[(f.source, f.start)] = hash((story, n))
    compare_s = time.perf_counter() - t0

    missing: set[tuple[str, str]] = set()
    errors: list[str] = []
    scores: dict[str, dict[str, float]] = {}
    for split in ("all", *sorted({p.get("split", "dev") for p in pairs})):
        chosen = [p for p in pairs if split == "all" or p.get("split", "dev") == split]
        scores[split] = score(chosen, found, groups, missing, errors if split == "all" else [])

    result = {
        "pairs": len(pairs),
        "same_pairs": sum(p["same"] for p in pairs),
        "differ_pairs": sum(p["differ"] for p in pairs),
        **scores["all"],
        **{f"{split}_{k}": v for split, sc in scores.items() if split != "all" for k, v in sc.items()},
        "figures_not_extracted": len(missing),
        "extract_ms_per_pass": round(extract_ms, 2),
        "extract_chars_per_s": round(chars / (extract_ms / 1000)) if extract_ms else None,
        "figures_per_pass": n_figures,
        "runon_chars": len(runon),
        "runon_figures": runon_figures,
        "runon_s": round(runon_s, 2),
        "compare_first_call_s": round(first_compare_s, 2),
        "compare_labelled_s": round(compare_s, 2),
    }
    print(f"labelled pairs: {result['pairs']} ({result['same_pairs']} same quantity, {result['differ_pairs']} differ)")
    for split, sc in scores.items():
        n = sum(1 for p in pairs if split == "all" or p.get("split", "dev") == split)
        print(f"{split:8} ({n:3} pairs)  same quantity: precision {sc['same_precision']:.3f} recall {sc['same_recall']:.3f}   "
              f"differences: precision {sc['differ_precision']:.3f} recall {sc['differ_recall']:.3f}")
    print(f"extraction: {extract_ms:.1f} ms per pass over {len(all_docs)} articles ({chars:,} chars, {n_figures} figures)")
    print(f"run-on sentence: {len(runon):,} chars, {runon_figures} figures in {runon_s:.2f} s")
    print(f"compare: first call {first_compare_s:.2f} s (encoder load), labelled stories {compare_s:.2f} s")
    for m in sorted(missing):
        print(f"  not extracted: {m}")
    if errors:
        print("wrong pairs:")
        print("\n".join(errors))
    print(json.dumps(result))
    return 0


def lookup(found: dict, ref: list[str]) -> Figure | None:
    """The figure a label names: written exactly so, else the one figure of that source whose
    text is the label plus a hedge or a unit the extractor keeps ("an estimated $20 million",
    "about 18,500 acres" for the labels "$20 million", "about 18,500"): a span convention, not a miss."""
    source, text = ref
    if (source, text) in found:
        return found[(source, text)]
    near = [f for (s, t), f in found.items() if s == source and (t.endswith(" " + text) or t.startswith(text + " "))]
    return near[0] if len(near) == 1 else None


def score(pairs: list[dict], found: dict, groups: dict, missing: set, errors: list[str]) -> dict[str, float]:
    tp = fp = fn = dtp = dfp = dfn = 0
    for p in pairs:
        a, b = lookup(found, p["a"]), lookup(found, p["b"])
        for ref, f in ((p["a"], a), (p["b"], b)):
            if f is None:
                missing.add(tuple(ref))
        same = bool(a and b and (a.source, a.start) in groups and groups.get((a.source, a.start)) == groups.get((b.source, b.start)))
        differ = same and not same_amount(a, b)  # type: ignore[arg-type]
        tp += same and p["same"]
        fp += same and not p["same"]
        fn += (not same) and p["same"]
        dtp += differ and p["differ"]
        dfp += differ and not p["differ"]
        dfn += (not differ) and p["differ"]
        if same != p["same"] or differ != p["differ"]:
            errors.append(f"  {p['story']}: {p['a']} ~ {p['b']}: labelled same={p['same']} differ={p['differ']}, "
                          f"got same={same} differ={differ}")
    return {
        "same_precision": ratio(tp, tp + fp),
        "same_recall": ratio(tp, tp + fn),
        "differ_precision": ratio(dtp, dtp + dfp),
        "differ_recall": ratio(dtp, dtp + dfn),
    }


if __name__ == "__main__":
    raise SystemExit(main())
