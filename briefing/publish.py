"""Stage 9, publish: write the outputs atomically (temporary file, fsync, rename).

A crash or kill at any moment leaves either the old file or the new one under each published
name, never a half-written one.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import json
import os
import shutil
import sys
import tempfile
import time
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
        raise PublishError(f"cannot write {path.name} in {path.parent} ({e.strerror}); check the folder exists, is writable "
                           "and has space, or pass --out DIR") from None
    try:
        os.fchmod(fd, 0o666 & ~umask())  # mkstemp makes 0600; published files get the usual mode
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


def umask() -> int:
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


LOCK_WAIT = 30.0
"""Seconds a second run waits for the first before giving up."""


HELD: set[int] = set()
"""Lock descriptors this process holds; a forked helper must close them (see `forked_child`)."""


def forked_child() -> None:
    """Run first in a forked helper process: let go of the parent's locks (an flock is shared
    across fork, so an orphaned helper would otherwise keep the output folder locked) and die
    with the parent (Linux), so a killed run leaves nothing behind."""
    for fd in list(HELD):
        with contextlib.suppress(OSError):
            os.close(fd)
    HELD.clear()
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):  # the parent's handlers raise; here a signal just ends the helper
        signal.signal(sig, signal.SIG_DFL)
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


def output_folder(out: Path) -> Path:
    """`out`, created if need be, or a PublishError that says how to fix it."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise PublishError(f"cannot use output folder {out} ({e.strerror}); choose a writable --out folder") from None
    return out


@contextlib.contextmanager
def lock(out: Path, wait: float | None = None) -> Iterator[None]:
    """One run at a time per output folder (an flock: released even if the holder is killed)."""
    output_folder(out)
    try:
        fd = os.open(out / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise PublishError(f"cannot use output folder {out} ({e.strerror}); choose a writable --out folder") from None
    deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PublishError(f"another briefing run is writing to {out} (lock {out / '.lock'}); wait for it to finish") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        HELD.add(fd)
        yield
    finally:
        HELD.discard(fd)
        os.close(fd)


@contextlib.contextmanager
def staging_folder(out: Path, name: str) -> Iterator[Path]:
    """A hidden folder beside the published one; removed if anything fails. Call it holding `lock`."""
    sweep(out)
    try:
        stage = Path(tempfile.mkdtemp(dir=out, prefix=f".{name}.partial-"))
        os.chmod(stage, 0o777 & ~umask())
    except OSError as e:
        raise PublishError(f"cannot write in {out} ({e.strerror}); check it is writable, or pass --out DIR") from None
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def sweep(out: Path) -> None:
    """Remove what killed runs left in `out`, whatever their day: staging folders, temporary files
    and old days set aside; a day set aside whose replacement never arrived is put back. Only
    safe while holding `lock` (no other run is writing)."""
    import re

    ours = re.compile(r"\.(?P<day>\d{4}-\d{2}-\d{2})\.(?P<kind>partial|old)-[\w-]+")  # nothing of the user's
    for left in sorted(out.iterdir()):
        m = ours.fullmatch(left.name)
        if m and left.is_dir() and not left.is_symlink():
            day = out / m["day"]
            if m["kind"] == "old" and not day.exists():
                with contextlib.suppress(OSError):
                    os.rename(left, day)  # a day set aside by a swap that never completed
                    continue
            shutil.rmtree(left, ignore_errors=True)
        elif re.fullmatch(r"\.latest\.\d+|\.(?:seen\.json|feed\.xml)\.\w+\.part", left.name) and not left.is_dir():
            with contextlib.suppress(OSError):
                left.unlink()


def publish_folder(stage: Path, folder: Path) -> None:
    """Swap the staged folder in as `folder`, then point `latest` at it.

    Replacing a day's folder is one atomic exchange where the system has one (Linux 3.15+ on
    ext4, xfs, btrfs, tmpfs ...), so `folder` exists at every moment; elsewhere it is two renames,
    with a moment between them when there is no folder under the day's name.
    """
    with _signals_held():  # Ctrl-C or SIGTERM waits for the swap to finish: never between the two renames
        if folder.exists() and exchange(stage, folder):
            shutil.rmtree(stage, ignore_errors=True)  # the old day, now under the staging name
        else:
            old = None
            if folder.exists():
                old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
                os.rename(folder, old)
            os.rename(stage, folder)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        _fsync_dir(folder.parent)
        update_latest(folder)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM are held while the block runs and delivered after it.

    By Python handlers that only note the signal, not by blocking it (pthread_sigmask): a blocked
    signal sent to the process goes to any thread that does not block it (torch's worker threads),
    and Python then runs the handler in the main thread at once, between the two renames."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():  # handlers can only be set there
        yield
        return
    caught: list[int] = []
    before = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(sig) not in (signal.SIG_IGN, None):  # an ignored signal stays ignored
            before[sig] = signal.signal(sig, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
        for sig in caught:
            signal.raise_signal(sig)


_RENAME_EXCHANGE = 2
_SYS_RENAMEAT2 = {"x86_64": 316, "aarch64": 276}
_AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one atomic step (Linux renameat2 RENAME_EXCHANGE).

    False, with nothing changed, where this system cannot: another OS, a kernel or C library
    without renameat2, or a filesystem that does not support the exchange. Other failures raise
    OSError as os.rename would.
    """
    call = _renameat2()
    if call is None:
        return False
    import ctypes

    if call(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


@functools.cache
def _renameat2():
    """libc's renameat2 (glibc 2.28+), else the raw system call; None where neither exists."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import platform

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    args = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    fn = getattr(libc, "renameat2", None)
    if fn is not None:
        fn.argtypes, fn.restype = args, ctypes.c_int
        return fn
    number = _SYS_RENAMEAT2.get(platform.machine())
    if number is None or not hasattr(libc, "syscall"):
        return None
    syscall = libc.syscall
    syscall.restype = ctypes.c_long
    return lambda *a: syscall(ctypes.c_long(number), *(t(v) for t, v in zip(args, a)))


def update_latest(folder: Path) -> None:
    """OUT/latest -> the newest complete briefing folder (an atomic symlink swap)."""
    out = folder.parent
    newest = max((p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name != "latest"
                  and (p / "briefing.json").is_file()), default=None)
    if newest is None:
        return
    tmp = out / f".latest.{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    os.symlink(newest, tmp)
    os.replace(tmp, out / "latest")


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def prune(out: Path, keep: int, spare: Path | None = None) -> list[Path]:
    """Remove all but the newest `keep` dated briefing folders (those holding a briefing.json), never `spare` (the day
    just published, even with an older --date); returns what was removed."""
    import re

    dated = sorted(p for p in out.iterdir() if p.is_dir() and not p.is_symlink() and re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.name)
                   and (p / "briefing.json").is_file())  # (a date-named folder of the user's own is not ours: the eighth user review)
    removed = [p for p in dated[:-keep] if spare is None or p.name != spare.name] if keep > 0 else []
    for p in removed:
        shutil.rmtree(p, ignore_errors=True)
    if removed:
        update_latest(dated[-1])
    return removed


@contextlib.contextmanager
def log_to(path: Path) -> Iterator[None]:
    """Append this run's log (INFO and up, timestamped) to OUT/briefing.log, whatever the console shows."""
    import logging

    class _Handler(logging.FileHandler):
        """Opens the file at the first line once its folder exists (lines before that wait for it):
        a run that fails before there is an output folder does not make one just to log that."""

        early: list[logging.LogRecord] = []
        owner = os.getpid()

        def emit(self, record: logging.LogRecord) -> None:
            if self.stream is None:
                try:
                    if not path.parent.is_dir():
                        self.early.append(record)  # written with the first line after the folder exists
                        return
                    self.stream = self._open()
                except OSError:
                    return
                if os.getpid() == self.owner:  # a forked child (the speech) has a copy: the run writes them once
                    for r in self.early:
                        super().emit(r)
                self.early.clear()
            super().emit(record)

    root = logging.getLogger("briefing")
    handler = _Handler(path, encoding="utf-8", delay=True)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    old_level = root.level
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
