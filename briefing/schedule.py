"""Daily runs from cron: one crontab line, marked as ours, installed or removed idempotently.

The `crontab` program is always called with an argument list (never through a shell), and is
injectable (`crontab=`) so tests use a fake script instead of the real user crontab. The line
itself is run by cron's /bin/sh, so every path in it is shell-quoted and `%` (a newline to
cron) is escaped.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Sequence

from briefing.errors import BriefingError, ExitCode

log = logging.getLogger(__name__)

MARKER = "# briefing:managed"
"""Ends every line this module writes; the only lines it ever changes or removes."""
LOG_NAME = "briefing.log"
TIMEOUT = 15.0
"""Seconds to wait for the crontab program."""


class ScheduleError(BriefingError):
    """The crontab could not be read or written, or the time is not valid."""

    exit_code = ExitCode.USAGE


_AT = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_at(at: str) -> tuple[int, int]:
    """"06:30" -> (6, 30); anything else is a ScheduleError saying what is allowed."""
    m = _AT.match(at.strip()) if isinstance(at, str) else None
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ScheduleError(f"--at {at!r} is not a time of day: use HH:MM, 24-hour, from 00:00 to 23:59 (e.g. --at 06:30)")
    return int(m.group(1)), int(m.group(2))


def _quote(part: str) -> str:
    """Shell-quote for cron's /bin/sh; `%` means newline to cron, so it is escaped."""
    if any(c in part for c in "\n\r\x00"):
        raise ScheduleError(f"{part!r} contains a newline or NUL byte and cannot go in a crontab line; rename it")
    return shlex.quote(part).replace("%", "\\%")


def cron_line(
    at: str,
    workdir: str | os.PathLike[str],
    args: Sequence[str] = ("run",),
    config: str | os.PathLike[str] | None = None,
    *,
    out: str | os.PathLike[str] = "output",
    program: Sequence[str] | None = None,
) -> str:
    """The crontab line that runs `briefing -q ARGS [--config CONFIG]` daily at `at` (HH:MM).

    Paths are made absolute (cron starts in $HOME with PATH=/usr/bin:/bin): `workdir` is where
    the run starts, `out` (relative to `workdir`) gets `briefing.log`, appended to by every run,
    stdout and stderr together. `program` defaults to this Python running `-m briefing`.
    """
    hour, minute = parse_at(at)
    wd = Path(workdir).expanduser().absolute()
    logdir = Path(out).expanduser()
    logdir = logdir if logdir.is_absolute() else wd / logdir
    command = list(program) if program else [sys.executable, "-m", "briefing"]
    command.append("-q")
    command.extend(args)
    if config is not None:
        cfg = Path(config).expanduser()
        command += ["--config", str(cfg if cfg.is_absolute() else wd / cfg)]
    run = " ".join(_quote(str(p)) for p in command)
    return (f"{minute} {hour} * * * cd {_quote(str(wd))} && mkdir -p {_quote(str(logdir))} && "
            f"{run} >> {_quote(str(logdir / LOG_NAME))} 2>&1 {MARKER}")


def _crontab(crontab: str | os.PathLike[str], args: list[str], text: str | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([os.fspath(crontab), *args], input=text, capture_output=True, text=True,
                              timeout=TIMEOUT, check=False)
    except FileNotFoundError:
        raise ScheduleError(f"{os.fspath(crontab)!r} not found: install cron (sudo apt-get install cron), "
                            "or add the line from `briefing schedule --print` to your scheduler by hand") from None
    except PermissionError:
        raise ScheduleError(f"{os.fspath(crontab)!r} cannot be run (permission denied); check the crontab program") from None
    except subprocess.TimeoutExpired:
        raise ScheduleError(f"{os.fspath(crontab)} {' '.join(args)} did not finish in {TIMEOUT:.0f} s") from None


def read_crontab(crontab: str | os.PathLike[str] = "crontab") -> str:
    """The user's crontab text ("" when they have none yet)."""
    done = _crontab(crontab, ["-l"])
    if done.returncode == 0:
        return done.stdout
    if "no crontab" in done.stderr.lower():
        return ""
    raise ScheduleError(f"`crontab -l` failed ({done.stderr.strip() or f'exit {done.returncode}'}); check that cron is installed and you may use it")


def _write_crontab(text: str, crontab: str | os.PathLike[str]) -> None:
    done = _crontab(crontab, ["-"], text)
    if done.returncode != 0:
        raise ScheduleError(f"`crontab -` refused the new crontab ({done.stderr.strip() or f'exit {done.returncode}'}); nothing was changed")


def _managed(line: str) -> bool:
    return line.rstrip().endswith(MARKER)


def installed(crontab: str | os.PathLike[str] = "crontab") -> str | None:
    """The managed line now in the crontab, or None."""
    return next((ln for ln in read_crontab(crontab).splitlines() if _managed(ln)), None)


def install(line: str, *, crontab: str | os.PathLike[str] = "crontab") -> bool:
    """Put `line` in the crontab in place of any managed line; other lines are kept as they are.

    Returns False when exactly this line was already there (nothing written).
    """
    if not _managed(line) or "\n" in line:
        raise ScheduleError(f"not a briefing crontab line (one line ending in {MARKER!r}): {line!r}; build it with cron_line()")
    current = read_crontab(crontab)
    lines = current.splitlines()
    mine = [ln for ln in lines if _managed(ln)]
    if mine == [line]:
        log.info("crontab already has: %s", line)
        return False
    kept = [ln for ln in lines if not _managed(ln)]
    _write_crontab("\n".join([*kept, line]) + "\n", crontab)
    log.info("crontab line installed: %s", line)
    return True


def remove(*, crontab: str | os.PathLike[str] = "crontab") -> bool:
    """Take the managed line(s) out of the crontab. Returns False when there was none."""
    lines = read_crontab(crontab).splitlines()
    kept = [ln for ln in lines if not _managed(ln)]
    if len(kept) == len(lines):
        log.info("no briefing line in the crontab; nothing removed")
        return False
    _write_crontab("\n".join(kept) + "\n" if kept else "", crontab)
    log.info("briefing line removed from the crontab")
    return True
