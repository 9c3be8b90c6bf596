from __future__ import annotations

from briefing.records import Article
from briefing.segment import segment, split_sentences


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_are_not_sentence_ends():
    text = "US officials said Oct. 23 that Dr. Smith met U.S. envoys. Lt. Gen. Chun agreed. It was 1.28 million."
    assert sents(text) == [
        "US officials said Oct. 23 that Dr. Smith met U.S. envoys.",
        "Lt. Gen. Chun agreed.",
        "It was 1.28 million.",
    ]


def test_initials_and_quotes():
    assert sents('James J. Park said "no." Then he left!') == ['James J. Park said "no."', "Then he left!"]


def test_spans_point_into_the_text_and_headings_are_skipped():
    text = "First paragraph here. Second sentence.\n'Ask Pyongyang'\nAnother paragraph follows."
    doc = segment(Article(id="a", title="T", path="a", text=text))
    assert [s.text for s in doc.sentences] == ["First paragraph here.", "Second sentence.", "Another paragraph follows."]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in doc.sentences] == [0, 0, 2]
