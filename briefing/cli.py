"""The command line: parse, build Settings, call the pipeline, map errors to exit codes.

Only this module knows about typer. Exit codes: 0 done, 1 done with skipped articles or a
failed optional output (audio), 2 bad usage or configuration, 3 nothing could be produced
or the run was interrupted (SIGINT, SIGTERM).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer

from briefing import __version__
from briefing.errors import BriefingError, ExitCode, Interrupted, NothingNew
from briefing.records import printable

EXIT_CODES = "Exit codes: 0 done; 1 done, but articles were skipped or the audio failed; 2 bad usage or configuration; 3 nothing could be produced, or interrupted."

app = typer.Typer(
    help=f"Turn news articles about one story into a balanced briefing, as text and audio, that says where the sources' figures differ.\n\n{EXIT_CODES}",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("briefing")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefing {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors (for cron)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More detail on stderr (-vv for debug)."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    _STATE.update(quiet=False, verbose=0)  # a fresh invocation (CliRunner reuses the process)
    _logging(quiet, verbose)


_STATE: dict[str, int] = {"quiet": False, "verbose": 0}
Quiet = typer.Option(False, "--quiet", "-q", help="Print nothing but errors (for cron).")
Verbose = typer.Option(0, "--verbose", "-v", count=True, help="More detail on stderr (-vv for debug).")


def _logging(quiet: bool, verbose: int) -> None:
    """-q/-v work before or after the command name; either place turns them on."""
    quiet = bool(quiet or _STATE["quiet"])
    verbose = max(verbose, _STATE["verbose"])  # "briefing -v run" as "briefing run -v"
    level = logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="briefing: %(message)s", stream=sys.stderr, force=True)
    for handler in logging.getLogger().handlers:  # the log file may want INFO; the console does not
        handler.setLevel(level)
    _STATE.update(quiet=quiet, verbose=verbose)


def _say(message: str) -> None:
    """A result line on stdout, unless --quiet."""
    if not _STATE["quiet"]:
        typer.echo(message)


def _fail(e: BriefingError) -> typer.Exit:
    typer.echo(f"briefing: error: {e}", err=True)
    return typer.Exit(int(e.exit_code))


Paths = typer.Argument(None, help="Article files or folders of articles (.txt, .md or .html files; default: seeds/).", show_default=False)


@app.command()
def run(
    paths: Optional[List[str]] = Paths,
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Output folder (default: output/); the briefing goes into OUT/DATE/."),
    date: Optional[str] = typer.Option(None, help="Briefing date, YYYY-MM-DD (default: today)."),
    summariser: Optional[str] = typer.Option(None, help="Per-article summariser: embedded (default), lead, transformers."),
    model: Optional[str] = typer.Option(None, help="Model folder or name for --summariser transformers."),
    sentences: Optional[int] = typer.Option(None, help="Sentences per article summary (default 3)."),
    words: Optional[int] = typer.Option(None, help="Cap each article summary at about N words instead."),
    template: Optional[str] = typer.Option(None, help="A Jinja2 template to use instead of the built-in one."),
    voice: Optional[str] = typer.Option(None, help="Speech backend: pyttsx3 (default), piper (pip install 'briefing\\[piper]'), or none for text only."),
    voice_name: Optional[str] = typer.Option(None, "--voice-name", help="Engine voice id (see `briefing voices`)."),
    rate: Optional[int] = typer.Option(None, help="Speaking rate, words a minute."),
    volume: Optional[float] = typer.Option(None, help="Volume, 0 to 1."),
    no_audio: bool = typer.Option(False, "--no-audio", help="Write the text outputs only."),
    force: bool = typer.Option(False, "--force", "-f", help="Brief again even if OUT/DATE already has a briefing."),
    config: Optional[str] = typer.Option(None, "--config", "-c", help="Settings file (default: ./briefing.toml, then ~/.config/briefing/briefing.toml)."),
    all_: bool = typer.Option(False, "--all", help="Include articles already briefed on an earlier day."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Where OUT is served from; the podcast feed links start with it."),
    one_story: bool = typer.Option(False, "--one-story", help="Brief all articles as one story, even if they look like several."),
    quiet: bool = Quiet,
    verbose: int = Verbose,
) -> None:
    """Brief the articles in PATHS: writes briefing.md, .txt, .json and audio into OUT/DATE/."""
    from briefing.config import load_settings
    from briefing.pipeline import run as run_pipeline

    _logging(quiet, verbose)
    try:
        settings = load_settings(
            config=config,
            inputs=tuple(paths) if paths else None, out=out, date=date, summariser=summariser, model=model,
            sentences=sentences, words=words, template=template, voice="none" if no_audio else voice,
            voice_name=voice_name, rate=rate, volume=volume, force=force or None,
            include_seen=all_ or None, base_url=base_url, one_story=one_story or None,
        )
        result = run_pipeline(settings)
    except NothingNew as e:  # logged by the pipeline (console unless -q, and briefing.log)
        raise typer.Exit(int(e.exit_code)) from None
    except BriefingError as e:
        raise _fail(e) from None
    for s in result.skipped:
        typer.echo(f"briefing: skipped {printable(s.path)}: {printable(s.reason)}", err=True)
    for p in result.problems:
        typer.echo(f"briefing: {p}", err=True)
    _say(f"{result.folder}/briefing.txt")
    raise typer.Exit(int(result.exit_code))


@app.command("summarise")
def summarise_cmd(
    paths: List[str] = typer.Argument(..., help="Article files or folders (.txt, .md, .html; title on the first line).", show_default=False),
    summariser: Optional[str] = typer.Option(None, help="embedded (default), lead, transformers."),
    model: Optional[str] = typer.Option(None, help="Model for --summariser transformers."),
    sentences: Optional[int] = typer.Option(None, help="Number of sentences (default 3)."),
    words: Optional[int] = typer.Option(None, help="About this many words instead."),
) -> None:
    """Print each article's summary on stdout (a '# title (path)' line before each when there are several)."""
    from briefing.config import load_settings
    from briefing.pipeline import prepare
    from briefing.summarise import summarise

    try:
        settings = load_settings(summariser=summariser, model=model, sentences=sentences, words=words)
        docs, skipped, copies = prepare(paths, english_only=False)
        summaries = summarise(docs, settings)
    except BriefingError as e:
        raise _fail(e) from None
    _report_inputs(docs, skipped, copies, "summarised once")
    by_source = {summary.source: summary for summary in summaries}
    blocks = []
    for doc in docs:
        summary = by_source[doc.id]
        head = [f"# {doc.article.title or doc.id} ({doc.article.path})"] if len(docs) > 1 else []
        blocks.append("\n".join(head + list(summary.sentences)))
    typer.echo("\n\n".join(blocks))
    raise typer.Exit(int(ExitCode.SKIPPED if skipped else ExitCode.OK))


def _report_inputs(docs: list, skipped: list, copies: dict[str, tuple[str, ...]], once: str) -> None:
    """One line on stderr per skipped file and per copy of another article (`once`: what was done with it)."""
    for s in skipped:
        typer.echo(f"briefing: skipped {printable(s.path)}: {printable(s.reason)}", err=True)
    kept = {d.id: d.article.path for d in docs}
    for ident, paths_of_copies in copies.items():  # only the copies' paths, never the kept one's
        for p in paths_of_copies:
            typer.echo(f"briefing: {p} repeats {kept[ident]}; {once}", err=True)


@app.command()
def speak(
    file: Path = typer.Argument(..., help="A text file to read out (.txt; .md and .html are read as `run` reads them: the article's text, not its markup)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Audio file to write (.wav or .mp3; default: FILE with .wav)."),
    voice: Optional[str] = typer.Option(None, help="Speech backend (default pyttsx3)."),
    voice_name: Optional[str] = typer.Option(None, "--voice-name", help="Engine voice id (see `briefing voices`)."),
    rate: Optional[int] = typer.Option(None, help="Words a minute."),
    volume: Optional[float] = typer.Option(None, help="Volume, 0 to 1."),
    quiet: bool = Quiet,
    verbose: int = Verbose,
) -> None:
    """Read a text file out to an audio file."""
    _logging(quiet, verbose)
    from briefing.audio import render
    from briefing.config import load_settings
    from briefing.errors import UsageError
    from briefing.speech import for_speech

    target = out or file.with_suffix(".wav")
    fmt = target.suffix.lower().lstrip(".")
    _INTERRUPTED["note"] = f"nothing written to {target}"  # (not "the last complete briefing": a user review)
    try:
        if fmt not in ("wav", "mp3"):
            raise UsageError(f"{target}: audio must end in .wav or .mp3")
        text = _text_to_speak(file)
        settings = load_settings(voice=voice, voice_name=voice_name, rate=rate, volume=volume, audio_formats=(fmt,))
        target.parent.mkdir(parents=True, exist_ok=True)
        written = render([(file.stem, for_speech(text))], target.parent, target.stem, settings)
    except BriefingError as e:
        raise _fail(e) from None
    _say(str(written[0]))


def _text_to_speak(file: Path) -> str:
    """What `speak` reads out of `file`: decoded as `run` decodes articles (UTF-8, UTF-16, Windows-1252),
    and for .html and .md the article's headline and text as `run` extracts them, not the markup.
    UsageError, naming the file and the fix, when there is nothing to read."""
    import stat

    from briefing.errors import ArticleError, UsageError
    from briefing.html import parse_article
    from briefing.ingest import decode

    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{file}: a folder; give one text file to read out (`briefing run {file}` briefs a folder)")
        if not stat.S_ISREG(info.st_mode):  # reading a named pipe would wait for a writer for ever
            raise UsageError(f"{file}: not a regular file (a pipe, socket or device); give a text file to read out")
        data = file.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{file}: no such file; give the path of a text file to read out") from None
    except PermissionError:
        raise UsageError(f"{file}: permission denied; make it readable (chmod a+r {file})") from None
    except OSError as e:
        raise UsageError(f"{file}: cannot read it ({e.strerror}); give a readable text file") from None
    empty = UsageError(f"{file}: empty; give a file with text to read")
    try:
        text = decode(data, str(file)).replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise empty
        parsed = parse_article(text, file)  # front matter off; .md markup and HTML pages to their text
    except ArticleError as e:
        raise UsageError(str(e)) from None
    text = f"{parsed.title}\n\n{parsed.text}".strip()
    if not text:
        raise empty
    return text


@app.command()
def voices() -> None:
    """List the speech backends and the voices installed for each."""
    from briefing.voices import describe

    try:
        typer.echo(describe())
    except BriefingError as e:
        raise _fail(e) from None


@app.command()
def figures(paths: Optional[List[str]] = Paths) -> None:
    """Print every figure by source, and the groups that count the same thing."""
    from briefing.compare import compare, format_table
    from briefing.compose import labels
    from briefing.pipeline import article_texts, figures_of, prepare

    try:
        docs, skipped, copies = prepare(paths or ["seeds"])
        found = figures_of(docs)
        groups = compare(found, texts=article_texts(docs))
    except BriefingError as e:
        raise _fail(e) from None
    _report_inputs(docs, skipped, copies, "read once")  # as `run` and `summarise` do (user review)
    typer.echo(format_table(found, groups, labels(docs)))
    raise typer.Exit(int(ExitCode.SKIPPED if skipped else ExitCode.OK))


@app.command()
def init(
    path: Path = typer.Argument(Path("briefing.toml"), help="Where to write the example settings file."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite an existing file."),
) -> None:
    """Write a commented example briefing.toml with every setting and its default."""
    from briefing.config import example
    from briefing.errors import UsageError
    from briefing.publish import atomic_write

    try:
        if path.exists() and not force:
            raise UsageError(f"{path} already exists; pass --force to overwrite it")
        atomic_write(path, example())
    except BriefingError as e:
        raise _fail(e) from None
    _say(str(path))


@app.command()
def schedule(
    at: str = typer.Option("06:30", "--at", help="Time of day, HH:MM (24-hour, the machine's local time)."),
    config: Optional[str] = typer.Option(None, "--config", "-c", help="Settings file the scheduled run uses."),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Output folder (its briefing.log gets the run's messages; "
                                      "default: the settings file's `out`, else output/)."),
    print_only: bool = typer.Option(False, "--print", help="Print the crontab line instead of installing it."),
    remove: bool = typer.Option(False, "--remove", help="Take our crontab line out."),
) -> None:
    """Run `briefing run` every day from cron (one line, marked as ours; installing twice changes nothing)."""
    from briefing import schedule as cron

    try:
        if remove:
            _say("removed" if cron.remove() else "no briefing line was installed")
            return
        if out is None:  # the run reads `out` from the settings file itself; cron has no BRIEFING_* variables
            from briefing.config import load_settings

            args, out = ["run"], load_settings(config=config, environ={}).out
        else:
            args = ["run", "--out", str(Path(out).absolute())]
        line = cron.cron_line(at, Path.cwd(), args, config, out=out)
        if print_only:
            typer.echo(line)
            return
        changed = cron.install(line)
    except BriefingError as e:
        raise _fail(e) from None
    _say(("installed: " if changed else "already installed: ") + line)


models_app = typer.Typer(help="Local summarisation models: what is installed, and getting more.", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("list")
def models_list(models_dir: str = typer.Option("models", "--models-dir", help="Folder of local models.")) -> None:
    """Show the installed models and which summarisers can use each."""
    from briefing.modelstore import list_models

    try:
        found = list_models(models_dir)
    except BriefingError as e:
        raise _fail(e) from None
    for m in found:
        use = ", ".join(m.summarisers) or "none"
        note = f"  ({m.problem})" if m.problem else ""
        typer.echo(f"{m.name:40} {m.kind:10} {m.where:8} {m.size / 1e6:8.1f} MB  summarisers: {use}{note}")


@models_app.command("pull")
def models_pull(
    name: str = typer.Argument(..., help="A Hugging Face model name, e.g. facebook/bart-large-cnn."),
    models_dir: str = typer.Option("models", "--models-dir", help="Folder of local models."),
) -> None:
    """Download a model (safetensors only) into models/ on a machine with network access."""
    from briefing.modelstore import pull

    try:
        path = pull(name, models_dir)
    except BriefingError as e:
        raise _fail(e) from None
    _say(str(path))


_INTERRUPTED = {"note": "the last complete briefing is untouched"}
"""What the one line on an interrupt adds: what was kept (a command that writes something else sets it)."""


def _interrupt(signum: int, frame: object) -> None:
    import signal

    raise Interrupted(signal.Signals(signum).name)


def main() -> None:
    """Entry point for the `briefing` script and `python -m briefing`.

    SIGINT (Ctrl-C) and SIGTERM (kill, a cron or systemd timeout) raise `Interrupted`, which click
    does not intercept: the run unwinds, its staging folder and lock go, and it exits 3 with one line."""
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(sig) is not signal.SIG_IGN:  # started with it ignored (`nohup`, `cmd &`): keep that
            signal.signal(sig, _interrupt)
    try:
        app()
    except (Interrupted, KeyboardInterrupt) as e:
        typer.echo(f"briefing: interrupted ({e or 'SIGINT'}); {_INTERRUPTED['note']}", err=True)
        sys.exit(int(ExitCode.FAILED))
