"""What a reader sees under "Where the figures differ", judged line by line.

    PYTHONPATH=. .venv/bin/python bench/lines.py [--data tests/data/lines] [--show-unjudged]

Briefs each story folder in tests/data/lines (invented articles written for the user reviews; ux10 and ux11 were written
after the fourteenth session's rules and judged blind) as `briefing run FOLDER --all --no-audio` would, and scores every
line against tests/data/lines/judged.jsonl (right / partly / wrong, by story and statement): the lines the briefing says
and, apart, the differences it leaves unsaid as uncertain (`briefing.json` "uncertain"). A statement that is not judged
is counted as unjudged and, with --show-unjudged, printed: read the articles and add a verdict. The last line is one JSON
object. Rules are tuned on the ux4-ux9 stories; ux10 was seen while choosing the certainty test; each later set (ux11 ...)
is honest only for its first run, before rules are made from it (bench/HISTORY.md says which run that was).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.config import Settings  # noqa: E402
from briefing.pipeline import build  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / "tests" / "data" / "lines"))
    ap.add_argument("--show-unjudged", action="store_true", help="print each line no one has judged yet")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    data = Path(args.data)
    judged = {}
    for line in (data / "judged.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if "story" in rec:
            judged[(rec["story"], rec["statement"])] = rec["verdict"]
    scores: dict[tuple[str, str], Counter[str]] = {}
    t0 = time.perf_counter()
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        briefing, _ = build(Settings(inputs=(str(folder),), include_seen=True, voice="none", date="2026-11-24"))
        group = folder.name.split("_")[0] if re.match(r"ux1\d_", folder.name) else "reviews"  # (the blind sets apart)
        for where, found in (("said", [d for d in briefing.discrepancies if d.differs]), ("unsaid", list(briefing.uncertain))):
            for d in found:
                verdict = judged.get((folder.name, d.statement.strip()), "unjudged")
                scores.setdefault((group, where), Counter())[verdict] += 1
                if verdict == "unjudged" and args.show_unjudged:
                    print(f"  [unjudged, {where}] {folder.name}: {d.statement}", file=sys.stderr)
    result: dict[str, float | int] = {}
    for (group, where), c in sorted(scores.items()):
        judged_n = c["right"] + c["partly"] + c["wrong"]
        right = c["right"] / judged_n if judged_n else 0.0
        print(f"{group:8} {where:7} right {c['right']:3}  partly {c['partly']:3}  wrong {c['wrong']:3}  unjudged "
              f"{c['unjudged']:3}   right/judged {right:.2f}", file=sys.stderr)
        result.update({f"{group}_{where}_{k}": c[k] for k in ("right", "partly", "wrong", "unjudged")})
        result[f"{group}_{where}_right_share"] = round(right, 3)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
