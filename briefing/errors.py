"""Errors the core raises. Each message says what was given, what is allowed, and the fix.

The CLI maps them to exit codes (see `ExitCode`); nothing else in the package exits.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    """Done: every article was briefed."""
    SKIPPED = 1
    """Done, but some articles were skipped or an optional output failed."""
    USAGE = 2
    """Bad usage or configuration: nothing was run."""
    FAILED = 3
    """Nothing could be produced."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived (raised by the CLI's signal handlers, so that every `finally`
    runs: the staging folder goes, the lock is released, nothing half-written stays)."""


class BriefingError(Exception):
    """Base class: a one-line, user-facing message."""

    exit_code = ExitCode.FAILED


class UsageError(BriefingError):
    """Bad arguments or configuration."""

    exit_code = ExitCode.USAGE


class InputError(BriefingError):
    """No usable input at all."""

    exit_code = ExitCode.FAILED


class ArticleError(BriefingError):
    """One article cannot be used; the run goes on without it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NothingNew(BriefingError):
    """Every article was already briefed on an earlier day: nothing to do (not a failure)."""

    exit_code = ExitCode.OK


class ModelError(BriefingError):
    """A model is missing, incomplete or cannot be loaded."""

    exit_code = ExitCode.USAGE


class DownloadError(ModelError):
    """A model could not be downloaded (no network, no such model): nothing was produced, not a usage error."""

    exit_code = ExitCode.FAILED


class VoiceError(BriefingError):
    """Speech synthesis failed; the text outputs are still written."""

    exit_code = ExitCode.SKIPPED


class PublishError(BriefingError):
    """Outputs could not be written."""

    exit_code = ExitCode.FAILED


def unknown(kind: str, name: str, known: list[str] | tuple[str, ...]) -> UsageError:
    """`Unknown summariser 'bart' (available: embedded, lead, transformers)`."""
    return UsageError(f"Unknown {kind} {name!r} (available: {', '.join(sorted(known))})")
