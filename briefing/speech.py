"""The speech stage: the briefing rewritten for the ear. (First version; issue 5 deepens it.)"""

from __future__ import annotations

import re

from briefing.records import Briefing


def for_speech(text: str) -> str:
    text = re.sub(r"\[(\d+)\]", "", text)
    text = re.sub(r"[#*_`>]", "", text)
    text = re.sub(r"(\d),(\d{3})", r"\1\2", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def script(briefing: Briefing) -> list[tuple[str, str]]:
    intro = f"Briefing for {briefing.date}. {briefing.title}."
    chapters = [("Introduction", for_speech(intro))]
    chapters += [(h, for_speech(t)) for h, t in briefing.sections if t.strip()]
    return chapters
