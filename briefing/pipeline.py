"""The stage order, written once.

    1. ingest     read .txt, .md and .html articles (bad files are skipped with a reason, never fatal)
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

import contextlib
import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from briefing.clean import clean
from briefing.compare import compare, disputed
from briefing.compose import compose
from briefing.dedupe import dedupe
from briefing.config import Settings
from briefing.errors import BriefingError, ExitCode, InputError, Interrupted, NothingNew, PublishError, VoiceError
from briefing.figures import extract
from briefing.ingest import ingest
from briefing.records import Briefing, Document, Figure, Point, Skipped, StoryPart
from briefing.segment import segment
from briefing.stories import Story, cluster, one_story
from briefing.summarise import agree, repeats, summarise

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


def prepare(paths: list[str] | tuple[str, ...], english_only: bool = True, exclude: tuple[Path, ...] = ()
            ) -> tuple[list[Document], list[Skipped], dict[str, tuple[str, ...]]]:
    """Stages 1-3 (and dedupe): files to sentence-split documents, what was skipped, and copies
    (`exclude`: folders to leave out, the output folder)."""
    articles, skipped = ingest(paths, exclude)
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
        detail = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3]) + (f"; and {len(skipped) - 3} more" if len(skipped) > 3 else "")
        raise InputError(f"no usable articles ({detail})" if detail else "no usable articles")
    paths_of = {a.id: a.path for a in articles}
    return docs, skipped, {k: tuple(paths_of[i] for i in v) for k, v in copies.items()}


def gather(settings: Settings, skipped: list[Skipped]) -> tuple[str, ...]:
    """The input paths: the configured files and folders, plus the day's feeds and pages
    fetched into OUT/.fetched/DATE/ (a feed or page that fails is skipped, never fatal)."""
    if not (settings.feeds or settings.pages):
        return settings.inputs
    from briefing.fetch import fetch_articles

    folder = Path(settings.out) / ".fetched" / settings.today()
    fetch_articles(settings.feeds, settings.pages, folder, allow_private=settings.allow_private, skipped=skipped,
                   delay=settings.fetch_delay)
    local = () if settings.inputs == Settings().inputs else settings.inputs  # feeds replace the demo seeds/
    return (*local, str(folder))


def only_new(docs: list[Document], settings: Settings) -> list[Document]:
    """Drop articles briefed on an earlier day (a re-run of the same day keeps them)."""
    if settings.include_seen:
        return docs
    from briefing.seen import content_hash, load, store_path

    seen = load(store_path(Path(settings.out)))
    today = settings.today()
    new = [d for d in docs if seen.get(content_hash(d), {}).get("date", today) == today]
    for d in docs:
        if d not in new:
            log.info("already briefed on %s: %s (use --all to include it)", seen[content_hash(d)].get("date"), d.article.path)
    if new and len(new) < len(docs):  # said at the default level: "drawn from 1 source" must not puzzle
        log.warning("%d of %d articles left out: briefed on an earlier day (use --all to include them)",
                    len(docs) - len(new), len(docs))
    if not new:
        raise NothingNew(f"every article in {', '.join(settings.inputs)} was briefed before; nothing new (use --all to brief them again)")
    return new


def build(settings: Settings) -> tuple[Briefing, list[Document]]:
    """Stages 1-7: the briefing, in memory."""
    fetched: list[Skipped] = []
    inputs = gather(settings, fetched)
    docs, skipped, copies = prepare(inputs, settings.english_only, exclude=(Path(settings.out),))
    skipped = fetched + skipped
    docs = only_new(docs, settings)
    if repeats := sum(len(copies.get(d.id, ())) for d in docs):  # said, not only listed under Sources (user review)
        log.warning("%d article%s the same or nearly the same text as another, briefed once with it (see Sources)",
                    repeats, " repeats" if repeats == 1 else "s repeat")
    stories = one_story(docs) if settings.one_story else cluster(docs, threshold=settings.story_threshold)
    docs = [d for story in stories for d in story.docs]  # sources numbered in reading order
    parts = [brief_story(story, settings) for story in stories]
    briefing = compose(parts, docs, settings.today(), skipped, settings.template, copies)
    return briefing, docs


def figures_of(docs: list[Document]) -> list[Figure]:
    """Every article's figures. The figure rules are many and news is varied: a fault in them on one article costs that
    article's figures, said in the log, never the briefing (the twenty-eighth review found a sentence that crashed them)."""
    found: list[Figure] = []
    for d in docs:
        try:
            found += extract(d)
        except Exception as e:  # noqa: BLE001 (any fault of ours; the article's text and summary are still used)
            log.warning("%s: its figures could not be read (%s: %s), so they are not compared; the rest of the "
                        "briefing is unaffected; please report this article", d.article.path, type(e).__name__, e)
    return found


def article_texts(docs: list[Document]) -> dict[str, str]:
    """Each article's headline and text by its id: which places a source names (see `compare`)."""
    return {d.id: f"{d.article.title}\n{d.article.text}" for d in docs}


def brief_story(story: Story, settings: Settings) -> StoryPart:
    """Stages 4-6 for one story's articles."""
    docs = list(story.docs)
    figures = figures_of(docs)
    discrepancies = compare(figures, texts=article_texts(docs))
    summaries = summarise(docs, settings)
    if len(docs) == 1:  # nothing to agree on: the points are the article's own summary, said once
        agreed = [Point(text=t, sources=(docs[0].id,), origin=docs[0].id) for t in summaries[0].sentences]
    else:  # (a source whose figures differ from a point's is not credited with it, so it is heard with its own)
        agreed = agree(docs, settings, disputed=functools.partial(disputed, discrepancies))
    return StoryPart(
        title=story.title,
        sources=tuple(d.id for d in docs),
        summaries=tuple(summaries),
        agreed=tuple(agreed),
        figures=tuple(figures),
        discrepancies=tuple(discrepancies),
        repeats=repeats(summaries, agreed),
    )


def render_isolated(chapters: list[tuple[str, str]], folder: Path, settings: Settings, briefing: Briefing) -> list[Path]:
    """Speak in a child process: espeak-ng calls exit() on some faults (missing voice data),
    which must cost the audio, not the whole run."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from briefing.audio import render, tags_for

    from briefing.publish import forked_child

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"), initializer=forked_child)
    try:  # (the pool's own `with` would wait for the speech to finish if a signal came before `result`: the eighth user
        # review saw a SIGTERM wait 17 minutes, holding the lock)
        job = pool.submit(render, chapters, folder, "briefing", settings, tags_for(briefing))
        return job.result()
    except Interrupted:  # do not wait for the speech process to finish what nobody will publish
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.kill()
        raise
    except BrokenProcessPool:
        raise VoiceError("espeak-ng stopped the speech process (broken install or missing voice data); "
                         "reinstall it: apt-get install --reinstall espeak-ng espeak-ng-data") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # (quick: the job is done, or its process killed)


def run(settings: Settings) -> Result:
    """All stages; outputs in OUT/DATE/. Raises BriefingError only when nothing could be produced.

    The day's files are built in a hidden staging folder and swapped in whole, so OUT/DATE is
    always either yesterday's complete run, today's complete run, or absent; never a mix.
    """
    from briefing.publish import log_to

    out = Path(settings.out)
    with log_to(out / "briefing.log"):  # every run leaves a line, whatever it did
        try:
            return _run(settings, out)
        except NothingNew as e:  # not an error, but never silent: the console shows it unless -q
            log.warning("%s", e)
            raise
        except BriefingError as e:  # the console gets it from the CLI; the log file from here
            log.info("failed: %s", e)
            raise
        except Interrupted as e:
            log.info("interrupted (%s); nothing half-written is left", e)
            raise


def _already(folder: Path, settings: Settings) -> Result | None:
    if settings.force or not (folder / "briefing.json").is_file():
        return None
    log.warning("%s already has a briefing; nothing done (use --force to brief again)", folder)
    return Result(folder=folder, briefing=None, files=(), skipped=(), reused=True)


def _tidy(out: Path) -> None:
    """Clear what a killed run left in `out` when no other run is writing there (the eighth user review: a killed run's
    12 MB staging folder stayed while every later run found the day done)."""
    from briefing.publish import lock, sweep

    with contextlib.suppress(BriefingError, OSError), lock(out, 0):
        sweep(out)


def _run(settings: Settings, out: Path) -> Result:
    from briefing.publish import lock, publish_folder, staging_folder, write_text_outputs
    from briefing.speech import as_text, script

    folder = out / settings.today()
    if done := _already(folder, settings):
        _tidy(out)
        return done
    if settings.template:  # a template that does not parse fails now, not after the model is loaded
        from briefing.compose import load_template

        load_template(settings.template)
    briefing, docs = build(settings)
    with lock(out, settings.lock_wait):
        if done := _already(folder, settings):  # another run published the day while this one built
            return done
        problems: list[str] = []
        audio: list[Path] = []
        with staging_folder(out, briefing.date) as stage:
            chapters = script(briefing)
            speech_text = as_text(chapters)
            if settings.voice != "none":
                try:
                    audio = render_isolated(chapters, stage, settings, briefing)
                except VoiceError as e:
                    log.info("audio not written: %s", e)
                    problems.append(f"audio not written: {e}")
            write_text_outputs(briefing, stage, [p.name for p in audio], speech_text)
            publish_folder(stage, folder)
        problems += _after_publish(settings, out, folder, docs, briefing.date, any(p.suffix == ".mp3" for p in audio))
        for s in briefing.skipped:
            log.info("skipped %s: %s", s.path, s.reason)
        log.info("briefed %d sources into %s", len(briefing.sources), folder)
    files = tuple(sorted(folder.iterdir()))
    return Result(folder=folder, briefing=briefing, files=files, skipped=briefing.skipped, problems=tuple(problems))


def _after_publish(settings: Settings, out: Path, folder: Path, docs: list[Document], date: str, mp3: bool) -> list[str]:
    """The bookkeeping once the day is published: the seen store, retention, the podcast feed. A
    failure here costs that step, reported with what it means, not the published briefing."""
    from briefing.publish import prune
    from briefing.seen import remember, store_path

    problems = []
    try:
        remember(docs, store_path(out), date)
    except PublishError as e:
        problems.append(f"{folder} is published, but its articles are not recorded as seen ({e}); "
                        "the next day's run will brief them again")
    if settings.retention:
        for old in prune(out, settings.retention, spare=folder):
            log.info("retention: removed %s", old)
    from briefing.podcast import FEED_NAME, write_feed

    if mp3 or (out / FEED_NAME).exists():  # (a day redone without audio, or pruned, leaves the feed: the eighth user review)
        try:
            write_feed(out, settings.base_url, settings.podcast_title)
        except PublishError as e:
            problems.append(f"{folder} is published, but the podcast feed is not updated ({e})")
    for p in problems:
        log.info("%s", p)
    return problems
