"""Stage 6, compare: line figures up across sources and list where they differ. (First version.)"""

from __future__ import annotations

from briefing.records import Discrepancy, Figure


def _head(counted: str) -> str:
    words = counted.lower().split()
    return words[-1].rstrip("s") if words else ""


def compare(figures: list[Figure]) -> list[Discrepancy]:
    groups: dict[tuple[str, str], list[Figure]] = {}
    for f in figures:
        if f.comparable and f.counted:
            groups.setdefault((f.kind + f.unit, _head(f.counted)), []).append(f)
    out = []
    for (_, head), figs in groups.items():
        if len({f.source for f in figs}) < 2 or len({f.value for f in figs}) < 2:
            continue
        parts = "; ".join(f"{f.source} says {f.text}" for f in figs)
        out.append(Discrepancy(quantity=figs[0].counted, kind="competing", figures=tuple(figs),
                               statement=f"Figures for {figs[0].counted} differ: {parts}."))
    return sorted(out, key=lambda d: -len(d.figures))
