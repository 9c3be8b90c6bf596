from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from briefing.errors import UsageError
from briefing.pipeline import prepare
from briefing.stories import THRESHOLD, Story, average_linkage, cluster, lead_text, one_story

ROOT = Path(__file__).resolve().parents[1]
MIXED = ROOT / "tests" / "data" / "mixed"


def test_average_linkage_by_hand():
    s = np.array([
        [1.0, 0.9, 0.2, 0.1],
        [0.9, 1.0, 0.3, 0.1],
        [0.2, 0.3, 1.0, 0.6],
        [0.1, 0.1, 0.6, 1.0],
    ])
    assert average_linkage(s, 0.5) == [[0, 1], [2, 3]]
    assert average_linkage(s, 0.7) == [[0, 1], [2], [3]]
    assert average_linkage(s, 0.1) == [[0, 1, 2, 3]]  # mean of all cross pairs is 0.175
    assert average_linkage(s, 0.2) == [[0, 1], [2, 3]]
    assert average_linkage(np.zeros((0, 0)), 0.5) == []


def test_average_linkage_is_average_not_single_linkage():
    # 2 is close to 0 only; average similarity of {0,1} to 2 is 0.4 < 0.5: stays apart
    s = np.array([[1.0, 0.8, 0.7], [0.8, 1.0, 0.1], [0.7, 0.1, 1.0]])
    assert average_linkage(s, 0.5) == [[0, 1], [2]]


def test_ties_go_to_the_earliest():
    s = np.full((3, 3), 0.6)
    np.fill_diagonal(s, 1.0)
    assert average_linkage(s, 0.7) == [[0], [1], [2]]
    assert average_linkage(s, 0.6) == [[0, 1, 2]]


def _fake_docs(tmp_path, texts: dict[str, str]):
    d = tmp_path / "in"
    d.mkdir()
    for name, body in texts.items():
        (d / f"{name}.txt").write_text(f"{name} headline\n{body}\n")
    docs, _, _ = prepare([str(d)])
    return docs


def test_cluster_with_a_given_encoder(tmp_path):
    docs = _fake_docs(tmp_path, {"a1": "Apples grow.", "b1": "Boats sail.", "a2": "Apples fall.", "c1": "Cats nap."})
    axis = {"a": [1, 0, 0], "b": [0, 1, 0], "c": [0, 0, 1]}

    def encode(texts):
        return np.array([axis[t[0]] for t in texts], dtype=float)

    stories = cluster(docs, encode=encode)
    assert [[d.id for d in s.docs] for s in stories] == [["a1", "a2"], ["b1"], ["c1"]]
    assert [s.id for s in stories] == ["story-1", "story-2", "story-3"]
    assert [s.single_source for s in stories] == [False, True, True]
    assert [s.sources for s in stories] == [2, 1, 1]
    assert dataclasses.is_dataclass(Story) and Story.__dataclass_params__.frozen
    assert cluster([], encode=encode) == []


def test_one_story_keeps_every_article_together(tmp_path):
    docs = _fake_docs(tmp_path, {"a1": "Apples grow.", "b1": "Boats sail."})
    (story,) = one_story(docs)
    assert [d.id for d in story.docs] == ["a1", "b1"] and story.id == "story-1" and not story.single_source
    assert one_story([]) == []


def test_one_story_setting_reaches_the_pipeline(tmp_path):
    from briefing.config import load_settings

    s = load_settings(environ={"BRIEFING_ONE_STORY": "yes", "BRIEFING_STORY_THRESHOLD": "0.7"})
    assert s.one_story is True and s.story_threshold == 0.7
    with pytest.raises(UsageError, match="story_threshold = 1.5: must be above 0"):
        load_settings(environ={"BRIEFING_STORY_THRESHOLD": "1.5"})


@pytest.mark.parametrize("bad", [0, -0.1, 1.5])
def test_threshold_is_checked(tmp_path, bad):
    docs = _fake_docs(tmp_path, {"a": "A."})
    with pytest.raises(UsageError, match="must be above 0 and at most 1"):
        cluster(docs, threshold=bad, encode=lambda t: np.ones((len(t), 3)))


def test_lead_text_is_headline_and_first_sentences(tmp_path):
    docs = _fake_docs(tmp_path, {"a": "One. Two. Three. Four. Five."})
    assert lead_text(docs[0]) == "a headline. One. Two. Three."
    assert lead_text(docs[0], 1) == "a headline. One."


@pytest.fixture(scope="module")
def mixed_docs():
    docs, skipped, _ = prepare([str(MIXED)])
    assert not skipped
    return docs


@pytest.mark.slow
def test_seeds_are_one_story():
    docs, _, _ = prepare([str(ROOT / "seeds")])
    (story,) = cluster(docs)
    assert len(story.docs) == 5 and not story.single_source and story.id == "story-1"
    assert "North Korea" in story.title


@pytest.mark.slow
def test_mixed_day_splits_into_its_stories(mixed_docs):
    stories = cluster(mixed_docs)
    assert [[d.id for d in s.docs] for s in stories] == [
        ["quake_1", "quake_2", "quake_3"],   # three sources each: earliest first
        ["rates_1", "rates_2", "rates_3"],
        ["chips_1", "chips_2"],
        ["southrates_1", "southrates_2"],    # another central bank, another story
        ["flood_1"],                         # same country as the quake, another event
        ["library_1"],
    ]
    assert [s.single_source for s in stories] == [False, False, False, False, True, True]
    assert stories[1].title.startswith(("Central bank cuts", "Northland rate cut", "Markets rally"))
    assert stories[4].title == "Floods force thousands from homes in northern Valeria"


@pytest.mark.slow
def test_clustering_is_deterministic_and_order_independent(mixed_docs):
    first = cluster(mixed_docs)
    assert cluster(mixed_docs) == first
    reordered = cluster(list(reversed(mixed_docs)))
    groups = {frozenset(d.id for d in s.docs) for s in first}
    assert {frozenset(d.id for d in s.docs) for s in reordered} == groups


@pytest.mark.slow
def test_mixed_day_is_not_a_knife_edge(mixed_docs):
    """The same split a little either side of the default threshold."""
    expected = {frozenset(d.id for d in s.docs) for s in cluster(mixed_docs)}
    for th in (THRESHOLD - 0.03, THRESHOLD + 0.03):
        assert {frozenset(d.id for d in s.docs) for s in cluster(mixed_docs, threshold=th)} == expected
