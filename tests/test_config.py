from __future__ import annotations

import pytest

from briefing.config import Settings, example, load_settings
from briefing.errors import UsageError


def test_precedence_defaults_file_env_flags(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = tmp_path / "b.toml"
    cfg.write_text('rate = 150\nsentences = 4\ninputs = ["news"]\n')
    s = load_settings(config=str(cfg), environ={})
    assert (s.rate, s.sentences, s.inputs, s.voice) == (150, 4, ("news",), "pyttsx3")
    s = load_settings(config=str(cfg), environ={"BRIEFING_RATE": "160", "BRIEFING_AUDIO_FORMATS": "mp3"})
    assert (s.rate, s.audio_formats) == (160, ("mp3",))
    s = load_settings(config=str(cfg), environ={"BRIEFING_RATE": "160"}, rate=175)
    assert s.rate == 175
    assert load_settings(config=str(cfg), environ={"BRIEFING_FETCH_DELAY": "0"}).fetch_delay == 0.0


def test_default_file_is_found_in_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert load_settings(environ={}) == Settings()
    (tmp_path / "briefing.toml").write_text("retention = 7\n")
    assert load_settings(environ={}).retention == 7


@pytest.mark.parametrize("text, message", [
    ("colour = 1\n", "unknown key 'colour' (allowed: inputs, out,"),
    ('rate = "fast"\n', "rate = 'fast' is not a whole number"),
    ("rate = 20\n", "rate = 20: must be between 80 and 400"),
    ('audio_formats = ["ogg"]\n', "audio_formats: 'ogg' is not supported (allowed: wav, mp3)"),
    ("rate = \n", "not valid TOML"),
    ("fetch_delay = -1\n", "fetch_delay = -1: must be between 0 and 60 seconds"),
    ("rate = 170.5\n", "rate = 170.5 is not a whole number"),
    ("lock_wait = -5\n", "lock_wait = -5: must be 0"),
    ('voice = "espeak"\n', "Unknown voice 'espeak' (available: none, piper, pyttsx3)"),
    ('summariser = "bart"\n', "Unknown summariser 'bart' (available: embedded, lead, transformers)"),
])
def test_bad_files_name_the_key_value_and_what_is_allowed(tmp_path, text, message):
    cfg = tmp_path / "b.toml"
    cfg.write_text(text)
    with pytest.raises(UsageError) as e:
        load_settings(config=str(cfg), environ={})
    assert message in str(e.value)


def test_bad_environment_and_missing_file(tmp_path):
    with pytest.raises(UsageError, match="environment BRIEFING_VOLUME: volume = 'loud' is not a number"):
        load_settings(environ={"BRIEFING_VOLUME": "loud"})
    with pytest.raises(UsageError, match="environment BRIEFING_NOPE: unknown key 'nope'"):
        load_settings(environ={"BRIEFING_NOPE": "1"})
    with pytest.raises(UsageError, match="briefing init"):
        load_settings(config=str(tmp_path / "missing.toml"), environ={})


def test_example_is_valid_toml_once_uncommented(tmp_path):
    text = example()
    assert "# rate = 170" in text and "Speaking rate in words a minute." in text
    uncommented = "\n".join(l[2:] for l in text.splitlines() if l.startswith("# ") and " = " in l)
    cfg = tmp_path / "b.toml"
    cfg.write_text(uncommented)
    assert load_settings(config=str(cfg), environ={}) == Settings()


def test_a_home_relative_out_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    cfg = tmp_path / "b.toml"
    cfg.write_text('out = "~/briefings"\n')
    assert load_settings(config=str(cfg), environ={}).out == str(tmp_path / "briefings")


def test_a_base_url_that_is_no_web_address_is_refused_before_the_run():
    """User review: base_url = "ftp://x" was accepted when no feed was written."""
    from briefing.config import Settings, validate
    from briefing.errors import UsageError

    with pytest.raises(UsageError, match="'ftp://x' is not an http"):
        validate(Settings(base_url="ftp://x"))


@pytest.mark.parametrize("date", ["20261124", "0001-01-01", "2026-1-5", "2026/11/24", "yesterday"])
def test_a_date_is_yyyy_mm_dd_from_1900(date):
    """The eighth user review: "20261124" made a second folder for the day; "0001-01-01" crashed after publishing."""
    from briefing.config import Settings, validate

    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        validate(Settings(date=date))
    validate(Settings(date="2026-11-24"))


def test_an_output_folder_that_is_a_file_is_refused(tmp_path):
    """The eighth user review: --out pointing at a file gave '.seen.json is unreadable', then 'File exists'."""
    from briefing.config import validate

    (tmp_path / "afile").write_text("x")
    for out in ("afile", "afile/out"):
        with pytest.raises(UsageError, match="is a file, not a folder"):
            validate(Settings(out=str(tmp_path / out)))
    validate(Settings(out=str(tmp_path / "new" / "out")))
