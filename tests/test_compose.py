from __future__ import annotations

from briefing.compose import compose, sections, to_text
from briefing.records import Article, Discrepancy, Document, Figure, Point, Sentence, Summary


def doc(ident: str, title: str, text: str) -> Document:
    return Document(Article(ident, title, f"{ident}.txt", text), (Sentence(text, 0, len(text), 0),))


def test_every_claim_is_attributed_and_every_source_listed(tmp_path):
    docs = [doc("wsj", "Troops arrive", "About 3,000 troops arrived."), doc("afp", "Troops reach border", "Around 10,000 troops arrived.")]
    summaries = [Summary("wsj", ("About 3,000 troops arrived.",), "lead"), Summary("afp", ("Around 10,000 troops arrived.",), "lead")]
    f1 = Figure("wsj", 3000, "About 3,000", "About 3,000 troops arrived.", counted="troops")
    f2 = Figure("afp", 10000, "Around 10,000", "Around 10,000 troops arrived.", counted="troops")
    d = Discrepancy("troops", "competing", (f1, f2), "Estimates of troops differ: wsj says about 3,000; afp says around 10,000.")
    agreed = [Point("About 3,000 troops arrived.", ("wsj", "afp"), "wsj")]
    b = compose(docs, summaries, agreed, [f1, f2], [d], "2026-11-23")
    assert "About 3,000 troops arrived. (2 of 2 sources: 1, 2)" in b.markdown
    assert "Estimates of troops differ: Source 1 says about 3,000; Source 2 says around 10,000." in b.text
    assert '1. Source 1: "Troops arrive" (wsj.txt)' in b.text and '2. Source 2: "Troops reach border" (afp.txt)' in b.text
    assert [h for h, _ in b.sections] == ["Troops arrive", "In brief", "Where the figures differ", "What each source adds", "Sources"]
    # the template can be replaced
    t = tmp_path / "mine.j2"
    t.write_text("{{ title }} / {{ total }} / {% for d in discrepancies %}{{ d.statement }}{% endfor %}")
    b2 = compose(docs, summaries, agreed, [f1, f2], [d], "2026-11-23", template=str(t))
    assert b2.markdown.startswith("Troops arrive / 2 / Estimates of troops differ: Source 1")


def test_to_text_and_sections():
    text = to_text("# Title\n\n*italic* and **bold**\n\n## Part\n- item\n")
    assert text == "Title\n=====\n\nitalic and bold\n\nPart\n----\n* item\n"
    assert sections(text) == (("Title", "italic and bold"), ("Part", "* item"))
