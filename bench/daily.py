"""A day of mixed news: are the articles grouped into the right stories, how fast, how much memory?

    python bench/daily.py ../shared/data/neus/test.jsonl [--articles 40] [--stories 6] [--trials 5]

Each trial assembles a day at run time from the NeuS jsonl (nothing is copied into the project):
`--stories` multi-source stories, each the three outlets' articles plus the AllSides roundup as a
fourth source, and the rest of `--articles` filled with single articles from other NeuS stories
(single-source stories the clustering must leave alone). The articles are written as .txt into
a temporary folder in shuffled order, read by the normal ingest/clean/segment stages, and
clustered by briefing.stories. Reported: purity, inverse purity, adjusted Rand index, the share
of articles whose story came out exactly right, the multi-source stories recovered exactly, time
and peak memory. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def load(path: Path) -> list[dict]:
    stories = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                stories.append(json.loads(line))
    return stories


def assemble(data: list[dict], n_articles: int, n_stories: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(story id, title, text) for one day, shuffled."""
    usable = [s for s in data if len(s["documents"]) >= 3 and all(d["text"].strip() for d in s["documents"])]
    picked = rng.sample(usable, n_stories + max(0, n_articles - 4 * n_stories))
    day: list[tuple[str, str, str]] = []
    for s in picked[:n_stories]:
        docs = [(d["title"], d["text"]) for d in s["documents"]]
        ref = s.get("reference") or {}
        if ref.get("text"):
            docs.append((ref.get("title") or docs[0][0], ref["text"]))
        day.extend((s["id"], t, x) for t, x in docs)
    for s in picked[n_stories:]:
        d = rng.choice(s["documents"])
        day.append((s["id"], d["title"], d["text"]))
    day = day[:n_articles]
    rng.shuffle(day)
    return day


def metrics(truth: list[str], predicted: list[int]) -> dict[str, float]:
    n = len(truth)
    pairs = Counter(zip(predicted, truth))
    by_pred: dict[int, Counter] = {}
    by_true: dict[str, Counter] = {}
    for (p, t), c in pairs.items():
        by_pred.setdefault(p, Counter())[t] += c
        by_true.setdefault(t, Counter())[p] += c
    purity = sum(max(c.values()) for c in by_pred.values()) / n
    inverse = sum(max(c.values()) for c in by_true.values()) / n

    def comb(x: float) -> float:
        return x * (x - 1) / 2

    index = sum(comb(c) for c in pairs.values())
    a = sum(comb(sum(c.values())) for c in by_pred.values())
    b = sum(comb(sum(c.values())) for c in by_true.values())
    expected = a * b / comb(n) if n > 1 else 0.0
    top = (a + b) / 2
    ari = 1.0 if top == expected else (index - expected) / (top - expected)
    pred_sets = {p: frozenset(i for i in range(n) if predicted[i] == p) for p in by_pred}
    true_sets = {t: frozenset(i for i in range(n) if truth[i] == t) for t in by_true}
    exact = sum(1 for i in range(n) if pred_sets[predicted[i]] == true_sets[truth[i]]) / n
    multi = [s for s in true_sets.values() if len(s) > 1]
    recovered = sum(1 for s in multi if s in set(pred_sets.values()))
    return {"purity": purity, "inverse_purity": inverse, "ari": ari, "accuracy": exact,
            "multi_recovered": recovered, "multi_total": len(multi),
            "stories_true": len(true_sets), "stories_found": len(pred_sets)}


def full_run(data: list[dict], args: argparse.Namespace) -> dict[str, object]:
    """Day 0 through the whole pipeline as a user runs it: time, peak memory, stories found."""
    import os
    import subprocess

    day = assemble(data, args.articles, args.stories, random.Random(0))
    with tempfile.TemporaryDirectory(prefix="briefing-daily-") as tmp, tempfile.TemporaryDirectory() as out:
        for i, (_, title, text) in enumerate(day):
            (Path(tmp) / f"{i:03d}.txt").write_text(f"{title}\n{text}\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "briefing", "run", tmp, "--out", out, "-q", "--all", "--date", "2026-01-01"]
        if not args.audio:
            cmd.append("--no-audio")
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=Path(__file__).resolve().parents[1])
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        result = json.loads((Path(out) / "2026-01-01" / "briefing.json").read_text())
    stories_found = len(result["stories"])
    print(f"full run on day 0: exit {os.waitstatus_to_exitcode(status)}, {seconds:.1f} s, peak {usage.ru_maxrss / 1024:.0f} MB, "
          f"{stories_found} story sections, {len(result['discrepancies'])} figure differences")
    return {"full_run_s": round(seconds, 1), "full_run_peak_mb": round(usage.ru_maxrss / 1024),
            "full_run_stories": stories_found, "full_run_exit": os.waitstatus_to_exitcode(status)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jsonl", type=Path, help="NeuS test.jsonl (e.g. ../shared/data/neus/test.jsonl)")
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--stories", type=int, default=6, help="multi-source stories in the day")
    ap.add_argument("--trials", type=int, default=5, help="different days (random seeds 0..N-1)")
    ap.add_argument("--threshold", type=float, default=None, help="override briefing.stories.THRESHOLD")
    ap.add_argument("--sweep", action="store_true", help="also report metrics for a range of thresholds")
    ap.add_argument("--full", action="store_true", help="also time a whole `briefing run` (a fresh process) on day 0")
    ap.add_argument("--audio", action="store_true", help="with --full: speak it too")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(message)s")

    from briefing import stories
    from briefing.encoder import encode
    from briefing.pipeline import prepare

    threshold = args.threshold if args.threshold is not None else stories.THRESHOLD
    data = load(args.jsonl)
    t_load = time.perf_counter()
    encode(["warm up"])  # model load, timed separately
    load_s = time.perf_counter() - t_load

    cache: dict[str, object] = {}

    def cached_encode(texts: list[str]):
        import numpy as np

        todo = [t for t in texts if t not in cache]
        if todo:
            for t, v in zip(todo, encode(todo)):
                cache[t] = v
        return np.stack([cache[t] for t in texts])

    results = []
    times = []
    sweep: dict[float, list[dict]] = {}
    for trial in range(args.trials):
        rng = random.Random(trial)
        day = assemble(data, args.articles, args.stories, rng)
        with tempfile.TemporaryDirectory(prefix="briefing-daily-") as tmp:
            for i, (_, title, text) in enumerate(day):
                (Path(tmp) / f"{i:03d}.txt").write_text(f"{title}\n{text}\n", encoding="utf-8")
            start = time.perf_counter()
            docs, skipped, _ = prepare([tmp])
            found = stories.cluster(docs, threshold=threshold)  # real encoder, uncached: the timed run
            times.append(time.perf_counter() - start)
            index = {Path(d.article.path).name: int(Path(d.article.path).stem) for d in docs}
            story_of = {d.article.path: n for n, s in enumerate(found) for d in s.docs}
            truth = [day[index[Path(d.article.path).name]][0] for d in docs]
            predicted = [story_of[d.article.path] for d in docs]
            m = metrics(truth, predicted)
            m["skipped"] = len(skipped)
            m["single_source_marked"] = sum(s.single_source for s in found)
            results.append(m)
            print(f"day {trial}: {len(docs)} articles, {m['stories_true']} true stories, {m['stories_found']} found; "
                  f"purity {m['purity']:.3f}, inverse purity {m['inverse_purity']:.3f}, ARI {m['ari']:.3f}, "
                  f"exact {m['accuracy']:.3f}, multi-source stories recovered {m['multi_recovered']}/{m['multi_total']}, "
                  f"{times[-1]:.2f} s")
            if args.sweep:
                for th in [round(0.30 + 0.05 * k, 2) for k in range(9)]:
                    got = stories.cluster(docs, threshold=th, encode=cached_encode)
                    so = {d.article.path: n for n, s in enumerate(got) for d in s.docs}
                    sweep.setdefault(th, []).append(metrics(truth, [so[d.article.path] for d in docs]))
    if args.sweep:
        for th, ms in sorted(sweep.items()):
            avg = {k: sum(m[k] for m in ms) / len(ms) for k in ("purity", "inverse_purity", "ari", "accuracy", "multi_recovered")}
            print(f"threshold {th:.2f}: purity {avg['purity']:.3f}  inverse {avg['inverse_purity']:.3f}  "
                  f"ARI {avg['ari']:.3f}  exact {avg['accuracy']:.3f}  multi recovered {avg['multi_recovered']:.2f}/{args.stories}")
    full = full_run(data, args) if args.full else {}
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mean = {k: round(sum(r[k] for r in results) / len(results), 4) for k in ("purity", "inverse_purity", "ari", "accuracy")}
    summary = {
        "bench": "daily", "articles": args.articles, "multi_source_stories": args.stories, "trials": args.trials,
        "threshold": threshold, **mean,
        "multi_recovered": f"{sum(r['multi_recovered'] for r in results)}/{sum(r['multi_total'] for r in results)}",
        "stories_true_mean": round(sum(r["stories_true"] for r in results) / len(results), 2),
        "stories_found_mean": round(sum(r["stories_found"] for r in results) / len(results), 2),
        "model_load_s": round(load_s, 2), "seconds_per_day": round(sum(times) / len(times), 3),
        "peak_rss_mb": round(peak_mb, 1), **full,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
