from __future__ import annotations

import os

import pytest

from briefing.errors import PublishError
from briefing.publish import atomic_write, atomic_writer, umask


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
    with pytest.raises(PublishError, match="cannot write in"):
        atomic_write(tmp_path / "missing" / "f.txt", "x")

