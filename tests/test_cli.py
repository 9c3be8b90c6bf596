from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from briefing import __version__
from briefing.cli import app

runner = CliRunner()


def test_version_and_help():
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.output.strip() == f"briefing {__version__}"
    for cmd in ([], ["run"], ["summarise"], ["speak"], ["figures"]):
        r = runner.invoke(app, [*cmd, "--help"])
        assert r.exit_code == 0, cmd
        assert "Usage" in r.output


def test_missing_input_folder_is_one_line_error_exit_3(tmp_path):
    r = runner.invoke(app, ["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 3
    lines = [l for l in r.output.splitlines() if l.strip()]
    assert len(lines) == 1 and "no such file or folder" in lines[0]
    assert not (tmp_path / "out").exists()


def test_empty_input_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    r = runner.invoke(app, ["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 3 and "no articles (.txt, .md or .html files)" in r.output


def test_bad_setting_exit_2(tmp_path):
    r = runner.invoke(app, ["run", "--rate", "5", "--out", str(tmp_path)])
    assert r.exit_code == 2 and "rate = 5" in r.output
    r = runner.invoke(app, ["run", "--summariser", "bart", "--out", str(tmp_path), "--no-audio"])
    assert r.exit_code == 2 and "Unknown summariser 'bart' (available:" in r.output


def test_text_only_run_with_a_bad_article_exits_1_and_still_briefs(write_articles, tmp_path):
    folder = write_articles({
        "one": "Troops arrive in the north\nAbout 3,000 soldiers arrived in the northern region on Monday, officials said. They were sent by the government.",
        "two": "Soldiers reach northern border\nAround 10,000 soldiers arrived in the northern region this week, according to Seoul. The arrival was confirmed by the ministry.",
        "bad": b"\x00\x00binary",
    })
    out = tmp_path / "out"
    r = runner.invoke(app, ["run", str(folder), "--out", str(out), "--date", "2026-01-02", "--no-audio", "-q"])
    assert r.exit_code == 1, r.output
    assert "skipped" in r.output and "bad.txt" in r.output
    data = json.loads((out / "2026-01-02" / "briefing.json").read_text())
    assert [s["id"] for s in data["sources"]] == ["one", "two"]
    assert data["skipped"][0]["path"].endswith("bad.txt")
    assert data["audio"] == []


def test_summarise_prints_sentences_from_the_article(write_articles):
    folder = write_articles({"a": "Title\nThe first sentence is here. The second one follows it. A third closes the piece."})
    r = runner.invoke(app, ["summarise", str(folder / "a.txt"), "--summariser", "lead", "--sentences", "2"])
    assert r.exit_code == 0
    assert r.output == "The first sentence is here.\nThe second one follows it.\n"


def test_summarise_a_folder_prints_each_article_and_names_what_it_skipped(write_articles):
    folder = write_articles({"a": "Apple harvest is good\nThe apples grew very well in the valley this year. The farmers said they were pleased with it.",
                             "b": "Boats go out early\nThe fishing boats sailed out of the harbour at dawn. The sea was calm all morning long.",
                             "c": "Only a title",
                             "d": "Apple harvest is good\nThe apples grew very well in the valley this year. The farmers said they were pleased with it."})
    r = runner.invoke(app, ["summarise", str(folder), "--summariser", "lead", "--sentences", "1"])
    assert r.exit_code == 1
    assert (f"# Apple harvest is good ({folder / 'a.txt'})\nThe apples grew very well in the valley this year.\n\n"
            f"# Boats go out early ({folder / 'b.txt'})\nThe fishing boats sailed out of the harbour at dawn.\n") in r.output
    assert f"briefing: skipped {folder / 'c.txt'}: no article text" in r.output
    assert f"briefing: {folder / 'd.txt'} repeats {folder / 'a.txt'}; summarised once" in r.output


def test_a_day_of_several_stories(tmp_path):
    from conftest import ROOT

    out = tmp_path / "out"
    r = runner.invoke(app, ["run", str(ROOT / "tests" / "data" / "mixed"), "--out", str(out), "--date", "2026-01-02", "--no-audio", "-q"])
    assert r.exit_code == 0, r.output
    data = json.loads((out / "2026-01-02" / "briefing.json").read_text())
    sizes = [len(s["sources"]) for s in data["stories"]]
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == 12 and len(sizes) == 6
    assert [s["single_source"] for s in data["stories"]].count(True) == 2
    text = data["text"]
    assert text.index("Today's stories") < text.index("Story 1:") < text.index("Story 6:")
    assert text.count("(single source)") == 2
    # the quake's tolls (38 on Monday, 45 with no day in its sentence): every source's figure, and no
    # "rose as reports came in" the figures' own times cannot order
    assert re.search(r"people killed[^\n]*at least 38[^\n]*more than 40[^\n]*45", text), text
    # faithful: every number the briefing states is written in some article (our own counts of
    # sources and stories aside), and every difference it reports names numbers from its sources
    corpus = " ".join(p.read_text() for p in (ROOT / "tests" / "data" / "mixed").glob("*.txt"))
    body = text.split("Sources\n-------")[0]
    body = re.sub(r"Briefing for [\d-]+|drawn from \d+ sources|\(\d+ sources?[^)]*\)|Stor(?:y|ies) \d+|Sources? \d+(?:, \d+)*", "", body)
    for number in re.findall(r"\d[\d,.]*\d|\d", body):
        assert number in corpus or number.rstrip(".,") in corpus, number


def test_figures_table_on_the_seeds():
    from conftest import SEEDS

    r = runner.invoke(app, ["figures", str(SEEDS)])
    assert r.exit_code == 0
    assert "approximately 3,000" in r.output and "as high as 100,000" in r.output
    assert "military strength (active-duty soldiers) [compatible]" in r.output


def test_figures_calls_each_source_what_the_briefing_calls_it(write_articles):
    """The fifth user review: `briefing figures` said "afp" and "publico" where the briefing says "AFP" and "Source 2"."""
    folder = write_articles({"afp": "Floods hit Valeria\nVALERIA (AFP) - At least 40 people died in floods on Friday, officials said.\n",
                             "publico": "Valeria floods\nAt least 45 people died in the floods on Friday, officials said.\n"})
    r = runner.invoke(app, ["figures", str(folder)])
    assert r.exit_code == 0, r.output
    assert "AFP " in r.stdout and "Source 2" in r.stdout and "publico" not in r.stdout and "afp " not in r.stdout


def test_figures_names_the_files_it_skipped_and_exits_1(write_articles):
    """User review: `briefing figures` passed over empty and binary files in silence, with exit 0."""
    folder = write_articles({"a": "Floods hit Valeria\nAt least 40 people died in floods on Friday, officials said.\n",
                             "empty": "", "binary.txt": b"\x00\x01\x02" * 100})
    r = runner.invoke(app, ["figures", str(folder)])
    assert r.exit_code == 1
    assert "briefing: skipped" in r.stderr and "empty.txt" in r.stderr and "binary.txt" in r.stderr
    assert "At least 40" in r.stdout


def brief_text_only(folder, day) -> dict:
    """`briefing run FOLDER -q --no-audio` into DAY (OUT/DATE), which must exit 0; its briefing.json."""
    r = runner.invoke(app, ["run", str(folder), "--out", str(day.parent), "--no-audio", "-q", "--date", day.name])
    assert r.exit_code == 0, r.output
    return json.loads((day / "briefing.json").read_text())


def test_files_named_with_numbers_leave_the_figures_as_written(write_articles, tmp_path):
    """1.txt, 2.txt, 000.txt: the ids are numbers, and the figures must not be relabelled with them."""
    folder = write_articles({
        "1": "Valeria floods displace thousands\nFloods in Valeria have forced 2,000 people from their homes, the regional government said.\n"
             "Rescue teams are still working to reach cut-off villages, officials said.",
        "2": "UN says 20,000 displaced by Valeria floods\nFlooding in Valeria has displaced 20,000 people, the United Nations said on Wednesday.\n"
             "Rescue teams worked through the night to reach villages cut off by the water.",
        "000": "Valeria flood toll\nAbout 10,000 people have been displaced by the floods in Valeria, aid agencies said on Thursday.\n"
               "Roads into the province remain closed.",
    })
    day = tmp_path / "out" / "2026-01-02"
    data = brief_text_only(folder, day)
    text = data["text"]
    assert not re.search(r"Source \d+[,.]\d|\d,Source", text), text
    for said in ("Source 2 says 2,000", "Source 1 says about 10,000", "Source 3 says 20,000"):
        assert said in text, text
    assert not re.search(r"Source (?:one|two|three) thousand", (day / "briefing.speech.txt").read_text())


def test_files_named_like_words_and_a_wire_lead_without_a_headline(write_articles, tmp_path):
    """Two things a user's own folder did that the sample never does: sources called a, b, c (an id
    that is also a word in our sentences) and wire copy pasted without its headline."""
    folder = write_articles({
        "a": "WASHINGTON (AP) — The restoration fund will receive €880 million from the government, the ministry said on Monday.\n"
             "The money will be paid over three years, officials said.",
        "b": "Cathedral fund gets €880 million\nThe restoration fund will receive €880 million from the government, the ministry said.\n"
             "Work on the roof begins in spring.",
        "c": "Cathedral to be restored\nThe restoration fund will receive €880 from the government, the ministry said on Monday.\n"
             "Architects have submitted their plans.",
    })
    day = tmp_path / "out" / "2026-01-02"
    data = brief_text_only(folder, day)
    text = data["text"]
    assert "Source 1 missing" not in text and "like a missing unit" in text  # the word "a" is not source a
    a = next(s for s in data["sources"] if s["id"] == "a")
    assert a["title"].startswith("The restoration fund will receive")  # a dateline opens body, not a headline
    said_by_a = [q for s in data["summaries"] if s["source"] == "a" for q in s["sentences"]]
    assert any(q.startswith("The restoration fund will receive €880 million") for q in said_by_a)  # the lead is kept


def test_what_a_run_leaves_out_is_said_unless_quiet(write_articles, tmp_path):
    """By hand, a run that briefs fewer articles than the folder holds, or none, says why in one
    line (it used to need -v); under cron (-q) it says nothing."""
    one = {"one": "Troops arrive in the north\nAbout 3,000 soldiers arrived in the northern region on Monday, officials said. They were sent by the government.",
           "two": "Soldiers reach northern border\nAround 10,000 soldiers arrived in the northern region this week, according to Seoul. The arrival was confirmed by the ministry."}
    folder = write_articles(one)
    out = tmp_path / "out"
    base = ["run", str(folder), "--out", str(out), "--no-audio"]
    assert runner.invoke(app, [*base, "--date", "2026-01-02", "-q"]).exit_code == 0
    r = runner.invoke(app, [*base, "--date", "2026-01-02"])
    assert r.exit_code == 0 and "already has a briefing; nothing done (use --force" in r.output
    r = runner.invoke(app, [*base, "--date", "2026-01-03"])
    assert r.exit_code == 0 and "was briefed before; nothing new (use --all" in r.output
    write_articles({"three": "Northern deployment grows\nMore than 7,000 soldiers are now in the northern region, Ukraine's intelligence agency said. Others are expected."})
    r = runner.invoke(app, [*base, "--date", "2026-01-04"])
    assert r.exit_code == 0 and "2 of 3 articles left out: briefed on an earlier day (use --all" in r.output, r.output
    r = runner.invoke(app, ["-q", *base, "--date", "2026-01-04"])
    assert r.exit_code == 0 and r.output == ""
    # -v before the command name counts as after it
    r = runner.invoke(app, ["-v", *base, "--date", "2026-01-05", "--all"])
    assert r.exit_code == 0 and "briefed 3 sources into" in r.output, r.output


def test_a_control_character_in_a_file_name_reaches_no_output(write_articles, tmp_path):
    folder = write_articles({
        "evil\x07name": "Troops arrive in the north\nAbout 3,000 soldiers arrived in the northern region on Monday, officials said. They were sent by the government.",
        "two": "Soldiers reach northern border\nAround 10,000 soldiers arrived in the northern region this week, according to Seoul. The arrival was confirmed by the ministry.",
        "bad\x1b[31m": b"\x00\x00binary",
    })
    out = tmp_path / "out"
    r = runner.invoke(app, ["run", str(folder), "--out", str(out), "--no-audio", "--date", "2026-01-02"])
    assert r.exit_code == 1 and "\x1b" not in r.output and "\x07" not in r.output, r.output
    for name in ("briefing.md", "briefing.txt", "briefing.speech.txt"):
        text = (out / "2026-01-02" / name).read_text()
        assert "\x07" not in text and "\x1b" not in text and "evilname.txt" in text.replace(" ", "") or name == "briefing.speech.txt"


def test_one_article_is_briefed_from_its_own_summary_said_once(write_articles, tmp_path):
    """One source: no consensus to find, so "In brief" is the article's summary, marked as unconfirmed,
    and no "What each source adds" repeating it (or claiming it adds nothing)."""
    from conftest import SEEDS

    text = (SEEDS / "003_87948e2948f4fcbc.txt").read_text()
    folder = write_articles({"only": text})
    day = tmp_path / "out" / "2026-01-02"
    data = brief_text_only(folder, day)
    md = (day / "briefing.md").read_text()
    assert "Only one source covers this story, so nothing here is confirmed by another." in md
    assert [p["text"] for p in data["agreed"]] == data["summaries"][0]["sentences"]
    assert "What each source adds" not in md and "adds nothing" not in md
