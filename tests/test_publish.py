from __future__ import annotations

import ctypes
import errno
import os
import threading

import pytest

from briefing import publish
from briefing.errors import PublishError
from briefing.publish import atomic_write, atomic_writer, exchange, publish_folder, staging_folder, umask


def test_atomic_write_replaces_and_leaves_no_temporaries(tmp_path):
    p = tmp_path / "f.txt"
    atomic_write(p, "old")
    atomic_write(p, "new")
    assert p.read_text() == "new"
    assert os.listdir(tmp_path) == ["f.txt"]
    assert (p.stat().st_mode & 0o777) == 0o666 & ~umask()


def test_failure_mid_write_keeps_the_old_file(tmp_path):
    p = tmp_path / "f.txt"
    atomic_write(p, "old")
    with pytest.raises(RuntimeError):
        with atomic_writer(p) as f:
            f.write(b"half")
            raise RuntimeError("killed")
    assert p.read_text() == "old"
    assert os.listdir(tmp_path) == ["f.txt"]


def test_unwritable_folder_is_a_clear_error(tmp_path):
    with pytest.raises(PublishError, match="cannot write f.txt in"):
        atomic_write(tmp_path / "missing" / "f.txt", "x")



def _day(parent, name, text):
    d = parent / name
    d.mkdir()
    (d / "briefing.json").write_text(text)
    return d


def _swap_while_watching(out, times):
    """Publish the day `times` times while a thread looks for it; how often it was missing."""
    day = _day(out, "2026-01-02", "0")
    missing, done = [], threading.Event()

    def watch():
        while not done.is_set():
            if not os.path.exists(day / "briefing.json"):
                missing.append(1)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for i in range(1, times + 1):
            publish_folder(_day(out, f".2026-01-02.partial-{i}", str(i)), day)
    finally:
        done.set()
        watcher.join()
    assert (day / "briefing.json").read_text() == str(times)
    assert sorted(os.listdir(out)) == ["2026-01-02", "latest"]
    return len(missing)


def test_replacing_a_day_never_leaves_a_moment_without_it(tmp_path):
    if not exchange(_day(tmp_path, "a", "a"), _day(tmp_path, "b", "b")):
        pytest.skip("no atomic exchange on this system (not Linux, or the filesystem lacks RENAME_EXCHANGE)")
    assert (tmp_path / "a" / "briefing.json").read_text() == "b"
    out = tmp_path / "out"
    out.mkdir()
    assert _swap_while_watching(out, 300) == 0


def test_without_the_exchange_two_renames_still_publish(tmp_path, monkeypatch):
    monkeypatch.setattr(publish, "_renameat2", lambda: None)  # another OS, an old kernel or C library
    out = tmp_path / "out"
    out.mkdir()
    _swap_while_watching(out, 20)


@pytest.mark.parametrize("err", [errno.EINVAL, errno.ENOSYS])
def test_a_filesystem_without_the_exchange_falls_back(tmp_path, monkeypatch, err):
    def refuse(*args):
        ctypes.set_errno(err)
        return -1

    monkeypatch.setattr(publish, "_renameat2", lambda: refuse)
    a, b = _day(tmp_path, "a", "a"), _day(tmp_path, "b", "b")
    assert exchange(a, b) is False
    assert (a / "briefing.json").read_text() == "a"
    out = tmp_path / "out"
    out.mkdir()
    _swap_while_watching(out, 3)


def test_an_exchange_that_fails_otherwise_raises(tmp_path):
    if publish._renameat2() is None:
        pytest.skip("no renameat2 here")
    with pytest.raises(FileNotFoundError):
        exchange(_day(tmp_path, "a", "a"), tmp_path / "missing")


def test_leftovers_of_a_killed_swap_are_cleared(tmp_path):
    for name in (".2026-01-02.partial-x", ".2026-01-02.old-123"):
        _day(tmp_path, name, "stale")
    _day(tmp_path, "2026-01-02", "today")
    with staging_folder(tmp_path, "2026-01-02") as stage:
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([stage.name, "2026-01-02"])
    assert (tmp_path / "2026-01-02" / "briefing.json").read_text() == "today"


def test_leftovers_of_any_day_are_cleared(tmp_path):
    """A daily cron job never runs an earlier date again: what a run killed on another day left
    (a staging folder full of chapter audio, a temporary file) goes at the next run."""
    _day(tmp_path, ".2026-01-01.partial-abc", "stale")
    (tmp_path / ".seen.json.x1y2.part").write_text("half")
    with staging_folder(tmp_path, "2026-01-02") as stage:
        assert [p.name for p in tmp_path.iterdir()] == [stage.name]


def test_a_day_set_aside_by_a_killed_swap_is_put_back(tmp_path):
    """Killed between publish_folder's two renames (where the system has no atomic exchange):
    the old day is under its hidden name and nothing replaced it; the next run restores it."""
    _day(tmp_path, ".2026-01-01.old-123", "yesterday")
    with staging_folder(tmp_path, "2026-01-02") as stage:
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([stage.name, "2026-01-01"])
    assert (tmp_path / "2026-01-01" / "briefing.json").read_text() == "yesterday"


def test_the_sweep_touches_nothing_of_the_users(tmp_path):
    """Only names this program makes: a dated staging or set-aside folder, its own temporary files."""
    keep = [".notes.old-2024.d", ".venv.old-py39", ".backup.partial-keep", ".git.old-x"]
    for name in keep:
        (tmp_path / name).mkdir()
        (tmp_path / name / "important.txt").write_text("mine")
    for name in (".profile.part", ".latest.notes"):
        (tmp_path / name).write_text("mine")
    with staging_folder(tmp_path, "2026-01-02") as stage:
        names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([*keep, ".profile.part", ".latest.notes", stage.name])


def test_a_signal_during_the_swap_waits_for_it_to_finish(tmp_path, monkeypatch):
    """Where there is no atomic exchange the swap is two renames; SIGTERM between them would leave
    no folder under the day's name, so it is held until both are done, also while other threads
    run (as torch's do in a real run: blocking the signal in the main thread alone let the kernel
    hand it to one of them, and the handler ran between the renames; the suite failed so once)."""
    import signal
    import threading
    import time

    done = threading.Event()
    other = threading.Thread(target=done.wait, daemon=True)  # started before the swap: signals open
    other.start()

    from briefing import publish

    class Stop(BaseException):
        pass

    def stop(signum, frame):
        raise Stop()

    old_handler = signal.signal(signal.SIGTERM, stop)
    try:
        day = _day(tmp_path, "2026-01-02", "old")
        stage = _day(tmp_path, ".2026-01-02.partial-x", "new")
        monkeypatch.setattr(publish, "exchange", lambda a, b: False)
        real_rename = os.rename

        def rename(a, b):
            real_rename(a, b)
            os.kill(os.getpid(), signal.SIGTERM)  # arrives after the first rename
            time.sleep(0.2)  # time for the kernel to hand it to the other thread, where it is not blocked

        monkeypatch.setattr(os, "rename", rename)
        with pytest.raises(Stop):
            publish.publish_folder(stage, day)
        monkeypatch.setattr(os, "rename", real_rename)
        assert (day / "briefing.json").read_text() == "new"
    finally:
        signal.signal(signal.SIGTERM, old_handler)
        done.set()
