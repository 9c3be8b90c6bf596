"""Stage 9, publish: write the outputs atomically (temporary file, fsync, rename).

A crash or kill at any moment leaves either the old file or the new one under each published
name, never a half-written one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator

from briefing.errors import PublishError
from briefing.records import Briefing


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """Open a temporary file beside `path`; on success it replaces `path` in one rename."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as e:
        raise PublishError(f"cannot write in {path.parent} ({e.strerror}); check the folder exists and is writable, or pass --out DIR") from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; published files get the usual mode
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise PublishError(f"writing {path} failed ({e.strerror}); free some space or choose another --out folder") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes | str) -> Path:
    with atomic_writer(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def write_text_outputs(briefing: Briefing, folder: Path, audio: list[str], speech_text: str = "") -> list[Path]:
    """briefing.md, briefing.txt, briefing.json (and briefing.speech.txt when given)."""
    paths = [
        atomic_write(folder / "briefing.md", briefing.markdown),
        atomic_write(folder / "briefing.txt", briefing.text),
    ]
    if speech_text:
        paths.append(atomic_write(folder / "briefing.speech.txt", speech_text))
    paths.append(atomic_write(folder / "briefing.json", json.dumps(briefing.to_json(audio), indent=2, ensure_ascii=False) + "\n"))
    return paths
