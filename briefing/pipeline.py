"""The stage order, written once.

    1. ingest     read .txt articles (bad files are skipped with a reason, never fatal)
    2. clean      drop page furniture (weather, dates, bylines, "Most Popular Articles")
    3. segment    split into sentences ("U.S.", "Oct. 23" and "Dr." are not sentence ends)
       stories    the day's articles grouped into stories (each briefed on its own, 4-6)
    4. summarise  each article condensed; what several sources report (the embedded model)
    5. figures    every number with the sentence it came from
    6. compare    figures lined up across sources; where they differ, and how
    7. compose    the template merges it all into one attributed briefing
    8. speak      the briefing rewritten for the ear and read out (pyttsx3 / espeak-ng)
    9. publish    every output written atomically into OUT/DATE/
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from briefing.clean import clean
from briefing.compare import compare
from briefing.compose import compose
from briefing.dedupe import dedupe
from briefing.config import Settings
from briefing.errors import ExitCode, InputError, VoiceError
from briefing.figures import extract
from briefing.ingest import ingest
from briefing.records import Briefing, Document, Skipped, StoryPart
from briefing.segment import segment
from briefing.stories import Story, cluster
from briefing.summarise import agree, summarise

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Result:
    folder: Path
    briefing: Briefing | None
    """None when `reused`."""
    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...]
    problems: tuple[str, ...] = field(default=())
    """Non-fatal failures (e.g. the audio), one line each."""
    reused: bool = False
    """True when the day already had a complete briefing and nothing was done."""

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.SKIPPED if (self.skipped or self.problems) else ExitCode.OK


def prepare(paths: list[str] | tuple[str, ...], english_only: bool = True) -> tuple[list[Document], list[Skipped], dict[str, tuple[str, ...]]]:
    """Stages 1-3 (and dedupe): files to sentence-split documents, what was skipped, and copies."""
    articles, skipped = ingest(paths)
    docs: list[Document] = []
    for a in articles:
        doc = segment(clean(a))
        if not doc.sentences:
            reason = "no article text after the title; put the article body below the first line"
            log.info("skipping %s: %s", a.path, reason)
            skipped.append(Skipped(a.path, reason))
            continue
        docs.append(doc)
    docs, dropped, copies = dedupe(docs, english_only)
    skipped.extend(dropped)
    if not docs:
        detail = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise InputError(f"no usable articles ({detail})" if detail else "no usable articles")
    paths_of = {a.id: a.path for a in articles}
    return docs, skipped, {k: tuple(paths_of[i] for i in v) for k, v in copies.items()}


def build(settings: Settings) -> tuple[Briefing, list[Document]]:
    """Stages 1-7: the briefing, in memory."""
    docs, skipped, copies = prepare(settings.inputs, settings.english_only)
    parts = [brief_story(story, settings) for story in cluster(docs)]
    briefing = compose(parts, docs, settings.today(), skipped, settings.template, copies)
    return briefing, docs


def brief_story(story: Story, settings: Settings) -> StoryPart:
    """Stages 4-6 for one story's articles."""
    docs = list(story.docs)
    figures = [f for d in docs for f in extract(d)]
    return StoryPart(
        title=story.title,
        sources=tuple(d.id for d in docs),
        summaries=tuple(summarise(docs, settings)),
        agreed=tuple(agree(docs, settings)),
        figures=tuple(figures),
        discrepancies=tuple(compare(figures)),
    )


def run(settings: Settings) -> Result:
    """All stages; outputs in OUT/DATE/. Raises BriefingError only when nothing could be produced.

    The day's files are built in a hidden staging folder and swapped in whole, so OUT/DATE is
    always either yesterday's complete run, today's complete run, or absent; never a mix.
    """
    from briefing.publish import lock, log_to, prune, publish_folder, staging_folder, write_text_outputs
    from briefing.speech import as_text, script

    out = Path(settings.out)
    folder = out / settings.today()
    if not settings.force and (folder / "briefing.json").is_file():
        return Result(folder=folder, briefing=None, files=(), skipped=(), reused=True)
    briefing, _ = build(settings)
    with lock(out, settings.lock_wait), log_to(out / "briefing.log"):
        problems: list[str] = []
        audio: list[Path] = []
        with staging_folder(out, briefing.date) as stage:
            chapters = script(briefing)
            speech_text = as_text(chapters)
            if settings.voice != "none":
                from briefing.audio import render, tags_for

                try:
                    audio = render(chapters, stage, "briefing", settings, tags_for(briefing))
                except VoiceError as e:
                    log.error("audio not written: %s", e)
                    problems.append(f"audio not written: {e}")
            write_text_outputs(briefing, stage, [p.name for p in audio], speech_text)
            publish_folder(stage, folder)
        if settings.retention:
            for old in prune(out, settings.retention):
                log.info("retention: removed %s", old)
        for s in briefing.skipped:
            log.info("skipped %s: %s", s.path, s.reason)
        log.info("briefed %d sources into %s", len(briefing.sources), folder)
    files = tuple(sorted(folder.iterdir()))
    return Result(folder=folder, briefing=briefing, files=files, skipped=briefing.skipped, problems=tuple(problems))
