"""Time a cold `briefing run seeds/` (a fresh process, model loaded from disk) and its peak memory.

    python bench/run.py [PATHS...] [--repeat N] [--no-audio]

Prints one line per run and, last, one JSON object: {"seconds": best, "median": ..., "peak_rss_mb": max}.
Target (issue 2): under 15 s and under 1.5 GB on the 2-core development machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(paths: list[str], audio: bool) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "briefing", "run", *paths, "--out", out, "-q", "--force"]
        if not audio:
            cmd.append("--no-audio")
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"briefing run failed with exit code {os.waitstatus_to_exitcode(status)}")
        return seconds, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-audio", action="store_true")
    args = ap.parse_args()
    times, peaks = [], []
    for i in range(args.repeat):
        s, mb = one_run(args.paths, not args.no_audio)
        times.append(s)
        peaks.append(mb)
        print(f"run {i + 1}: {s:.2f} s, peak RSS {mb:.0f} MB")
    print(json.dumps({"seconds": round(min(times), 2), "median": round(statistics.median(times), 2), "peak_rss_mb": round(max(peaks))}))


if __name__ == "__main__":
    main()
