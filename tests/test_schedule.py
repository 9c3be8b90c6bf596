from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from briefing.schedule import MARKER, ScheduleError, cron_line, install, installed, parse_at, read_crontab, remove

FAKE = """#!/bin/sh
# A stand-in for crontab(1): keeps "the user's crontab" in a file beside this script.
store="$(dirname "$0")/crontab.txt"
echo "$@" >> "$(dirname "$0")/calls.log"
if [ "$1" = "-l" ]; then
  if [ -f "$store" ]; then cat "$store"; exit 0; fi
  echo "no crontab for tester" >&2; exit 1
fi
if [ "$1" = "-" ]; then cat > "$store"; exit 0; fi
echo "usage: crontab [-l | -]" >&2; exit 2
"""


@pytest.fixture
def fake(tmp_path):
    p = tmp_path / "bin" / "crontab"
    p.parent.mkdir()
    p.write_text(FAKE)
    p.chmod(p.stat().st_mode | stat.S_IXUSR)
    return p


def _store(fake):
    return (fake.parent / "crontab.txt").read_text()


def _calls(fake):
    log = fake.parent / "calls.log"
    return log.read_text().splitlines() if log.exists() else []


@pytest.mark.parametrize("at,expected", [("06:30", (6, 30)), ("6:05", (6, 5)), ("00:00", (0, 0)), ("23:59", (23, 59))])
def test_times_accepted(at, expected):
    assert parse_at(at) == expected


@pytest.mark.parametrize("at", ["24:00", "6:60", "630", "06:30pm", "", "six", "-1:00", "06:3"])
def test_bad_times_say_what_is_allowed(at):
    with pytest.raises(ScheduleError, match=r"use HH:MM, 24-hour, from 00:00 to 23:59"):
        parse_at(at)


def test_line_is_absolute_quiet_logged_and_marked(tmp_path):
    line = cron_line("06:30", tmp_path, config="briefing.toml", program=["/opt/venv/bin/python", "-m", "briefing"])
    assert line.startswith("30 6 * * * ")
    assert line.endswith(" " + MARKER)
    assert f"cd {tmp_path} && " in line
    assert f"/opt/venv/bin/python -m briefing -q run --config {tmp_path}/briefing.toml" in line
    assert f">> {tmp_path}/output/briefing.log 2>&1" in line


def test_default_program_is_this_python(tmp_path):
    assert f"{sys.executable} -m briefing -q run" in cron_line("07:00", tmp_path)


def test_newline_in_a_path_is_refused(tmp_path):
    with pytest.raises(ScheduleError, match="newline"):
        cron_line("07:00", tmp_path / "a\nb")


def test_line_runs_under_a_minimal_shell_with_awkward_paths(tmp_path):
    """What cron would do: undo `\\%`, then /bin/sh -c with PATH=/usr/bin:/bin only."""
    work = tmp_path / "my work; $(touch pwned) 100%"
    work.mkdir()
    line = cron_line("06:30", work, ["run", "it's here"], out="out dir", program=[sys.executable, "-c",
                     "import os,sys; print('cwd', os.getcwd()); print('args', sys.argv[1:])"])
    command = line.split(" ", 5)[5].replace("\\%", "%")
    done = subprocess.run(["/bin/sh", "-c", command], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # everything goes to the log
    log = (work / "out dir" / "briefing.log").read_text()
    assert f"cwd {work}" in log
    assert "args ['-q', 'run', \"it's here\"]" in log
    assert not (work / "pwned").exists() and not (tmp_path / "pwned").exists()


def test_install_is_idempotent_and_keeps_other_lines(fake, tmp_path):
    (fake.parent / "crontab.txt").write_text("MAILTO=me\n0 1 * * * backup.sh\n")
    line = cron_line("06:30", tmp_path)
    assert install(line, crontab=fake) is True
    assert install(line, crontab=fake) is False
    assert _store(fake) == f"MAILTO=me\n0 1 * * * backup.sh\n{line}\n"
    assert installed(crontab=fake) == line
    assert _calls(fake).count("-") == 1  # the second install wrote nothing


def test_install_replaces_the_old_time_and_duplicates(fake, tmp_path):
    old = cron_line("05:00", tmp_path)
    (fake.parent / "crontab.txt").write_text(f"{old}\n0 1 * * * backup.sh\n{old}\n")
    new = cron_line("06:45", tmp_path)
    assert install(new, crontab=fake) is True
    assert _store(fake) == f"0 1 * * * backup.sh\n{new}\n"
    assert sum(MARKER in ln for ln in _store(fake).splitlines()) == 1


def test_install_into_an_empty_crontab(fake, tmp_path):
    assert read_crontab(crontab=fake) == ""
    line = cron_line("06:30", tmp_path)
    install(line, crontab=fake)
    assert _store(fake) == line + "\n"


def test_remove_only_takes_our_line(fake, tmp_path):
    line = cron_line("06:30", tmp_path)
    (fake.parent / "crontab.txt").write_text(f"0 1 * * * backup.sh # briefing is not managed here\n{line}\n")
    assert remove(crontab=fake) is True
    assert _store(fake) == "0 1 * * * backup.sh # briefing is not managed here\n"
    assert remove(crontab=fake) is False
    assert installed(crontab=fake) is None


def test_install_refuses_a_line_that_is_not_ours(fake):
    with pytest.raises(ScheduleError, match="not a briefing crontab line"):
        install("* * * * * rm -rf ~", crontab=fake)
    assert not (fake.parent / "crontab.txt").exists()


def test_missing_crontab_says_how_to_install_cron(tmp_path):
    with pytest.raises(ScheduleError, match=r"apt-get install cron"):
        install(cron_line("06:30", tmp_path), crontab=tmp_path / "no-such-crontab")


def test_crontab_failure_is_reported_and_nothing_changes(tmp_path):
    bad = tmp_path / "crontab"
    bad.write_text("#!/bin/sh\necho 'you (tester) are not allowed to use this program' >&2\nexit 1\n")
    bad.chmod(0o755)
    with pytest.raises(ScheduleError, match="not allowed to use this program"):
        install(cron_line("06:30", tmp_path), crontab=bad)


def test_no_shell_is_involved_in_calling_crontab(fake, tmp_path, monkeypatch):
    seen = []
    real = subprocess.run

    def spy(args, **kw):
        seen.append((args, kw.get("shell", False)))
        return real(args, **kw)

    monkeypatch.setattr(subprocess, "run", spy)
    install(cron_line("06:30", tmp_path), crontab=fake)
    assert seen and all(isinstance(a, list) and not shell for a, shell in seen)
    assert os.fspath(fake) == seen[0][0][0]


def test_the_cli_line_lets_the_settings_file_choose_the_output_folder(tmp_path, monkeypatch):
    """`schedule --config c.toml` with `out` in the file: the run is not given --out (a flag would
    beat the file), and the log goes where the briefings go."""
    from typer.testing import CliRunner

    from briefing.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.toml").write_text(f'out = "{tmp_path / "briefings"}"\n')
    r = CliRunner().invoke(app, ["schedule", "--print", "--at", "07:05", "--config", "c.toml"])
    assert r.exit_code == 0, r.output
    line = r.output.strip()
    assert "--out" not in line
    assert f"mkdir -p {tmp_path / 'briefings'} " in line and f">> {tmp_path / 'briefings' / 'briefing.log'} 2>&1" in line
    r = CliRunner().invoke(app, ["schedule", "--print", "--out", "elsewhere"])
    assert f"--out {tmp_path / 'elsewhere'}" in r.output
