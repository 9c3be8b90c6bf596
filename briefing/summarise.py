"""Stage 4, summarise: each article on its own, and what the sources report together.

`summarise` runs the chosen per-article summariser (Settings.summariser). `agree` builds the
top of the briefing: verbatim sentences that say what several sources say (the words most
sources use, covered within a length budget, never repeating each other), each attributed to
the sources that carry it (by the embedded encoder's sentence similarity).
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from dataclasses import dataclass
from typing import Callable

import numpy as np

from briefing.config import Settings
from briefing.records import Document, Point, Sentence, Summary
from briefing.summarisers import get, quotable
from briefing.words import MOVED_BEFORE

log = logging.getLogger(__name__)


def summarise(docs: list[Document], settings: Settings) -> list[Summary]:
    """One summary per document, in order, by the summariser `settings.summariser` names."""
    summariser = get(settings.summariser)
    out = []
    for doc in docs:
        summary = summariser.summarise(doc, settings)
        log.debug("%s: %d sentences by %s", doc.id, len(summary.sentences), summary.method)
        out.append(summary)
    return out


@dataclass(frozen=True)
class Consensus:
    """How `agree` chooses (tuned on the first half of NeuS only; see bench/summaries.py).

    A point's worth is the consensus it covers: each content word (stemmed) that at least
    `min_sources` sources use counts once, weighted by how many sources use it. A set of
    sentences is worth the words it covers (a word covered twice counts once: repeating
    content earns nothing), minus `per_word` for each word it spends, plus the embedding
    signals; the best set within the budget wins.
    """

    min_sources: int = 2
    """A word counts as consensus when at least this many sources use it (title or body)."""
    power: float = 1.0
    """A consensus word used by n sources is worth n**power."""
    bigrams: float = 0.0
    """Weight of consensus word pairs (adjacent words, stemmed, not both function words) against single words."""
    per_word: float = 0.05
    """Cost of each summary word, in units of covered consensus."""
    support: float = 0.0
    """Weight of how closely (by embedding) the other sources carry a sentence."""
    lead: float = 0.0
    """Weight of position in its article: lead * decay**index."""
    decay: float = 0.5
    redundant: float = 0.7
    """Cosine above which two sentences say the same thing: never both chosen. 0.7, not 0.8: "The army
    has been deployed to help with evacuations, and rescue teams are using boats ..." and "Rescue
    workers used boats ..., and the army helped to evacuate residents" (0.72) were both points (user
    review). On NeuS, when it changed: first half 41.25 / 18.16 (0.8: 41.43 / 18.32), second 41.40 /
    18.82 (40.97 / 18.56), all 41.33 / 18.49 (41.20 / 18.44)."""
    carried: float = 0.6
    """Cosine above which another source's sentence (or headline) counts as carrying a point."""
    attributed: float = 0.7
    """Cosine above which another source counts as reporting a point in the briefing's attribution
    (stricter than `carried`, which only steers the choice: a claim of support must be earned)."""
    words: int = 100
    """Budget in words (a ceiling) when neither the caller nor Settings.words sets one."""
    shortlist: int = 12
    """Candidates searched exhaustively (the best by single-sentence worth)."""
    most: int = 4
    """At most this many points (more when representing every source needs it)."""
    cover_all: bool = True
    """Prefer, within the budget, sets that every source carries (as origin or carrier)."""
    represent: bool = True
    """Add each source nobody carries yet: its best sentence, after the budget."""


CONSENSUS = Consensus()

_STOP = frozenset(
    "a an the and or but nor of to in on at for from by with as is are was were be been being has have had do does "
    "did it its this that these those he she they them his her their we our you your i me my not no will would can "
    "could should may might must shall said says say also than then there here which who whom whose what when where "
    "why how into over after before about more most such other some any all up out one two new just only very".split()
)
_TOKEN = re.compile(r"[a-z0-9]+")


def _stem(w: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_words(text: str) -> set[str]:
    """Lower-cased, crudely stemmed words that carry content (no function words, no 1-letter tokens)."""
    return {_stem(w) for w in _TOKEN.findall(text.lower()) if w not in _STOP and len(w) > 1}


def word_pairs(text: str) -> set[str]:
    """Adjacent stemmed word pairs, "north korea", "korean troop" (not both function words)."""
    words = _TOKEN.findall(text.lower())
    return {f"{_stem(a)} {_stem(b)}" for a, b in zip(words, words[1:]) if not (a in _STOP and b in _STOP)}


def _units(text: str, pairs: bool) -> set[str]:
    return content_words(text) | (word_pairs(text) if pairs else set())


Disputed = Callable[[str, str], set[str]]
"""(origin id, sentence) -> the ids of the sources whose figures are set against the sentence's."""


@dataclass(frozen=True)
class _Candidate:
    doc: int
    sentence: Sentence
    rank: int
    """Position among the article's usable sentences."""


def _candidates(docs: list[Document]) -> list[_Candidate]:
    return [_Candidate(d, s, k) for d, doc in enumerate(docs) for k, s in enumerate(quotable(doc))]


def agree(docs: list[Document], settings: Settings, *, words: int | None = None,
          weights: Consensus = CONSENSUS, disputed: Disputed | None = None) -> list[Point]:
    """What several sources report, as verbatim sentences, strongest first.

    Length: about `words` words at most if given, else `settings.words`, else `weights.words`.
    No two points say the same thing; each source is represented (as origin or as a carrier)
    when `weights.represent`. `Point.sources` lists the ids of the sources that carry each
    point, its origin first. `disputed(origin id, sentence)` names the sources whose figures the figures
    stage sets against that sentence's (compare.disputed): they are never credited with it.
    """
    from briefing.summarisers.embedded import encode

    cands = _candidates(docs)
    if not cands:
        return []
    both = encode([c.sentence.text for c in cands] + [d.article.title for d in docs])  # one batch
    vecs, titles = both[: len(cands)], both[len(cands):]
    budget = words if words is not None else (settings.words or weights.words)
    return choose(docs, cands, vecs, titles, budget, weights, disputed)


_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")


def numbers(text: str) -> set[str]:
    """The numbers in `text` as written ("3,000", "1.28")."""
    return set(_NUMBER.findall(text))


_PEOPLE_WORDS = r"people|men|women|children"
_YEAR = re.compile(rf"(?:19|20)[0-9]{{2}}(?!\s+(?:{_PEOPLE_WORDS}|(?!(?:was|has|is|as|its|this|his|us)\b)[a-z]+s)\b)")
"""A year, 1900-2099, as the start of a match: not a count of people or things ("1900 people", "2000 homes")."""

_UNIT = re.compile(r"(\d(?:[\d,.]*\d)?)\s*(%|per\s?cent\b|percent\b|[A-Za-z]+)?")


def _amounts(text: str) -> set[str]:
    """`numbers` less the years: "June 30, 2021" and "through July 2021" share a year, not a figure."""
    return {m.group(1) for m in _UNIT.finditer(text) if not _is_year(text, m)}


_YEAR_AFTER = re.compile(r"(?i)\b(?:in|since|by|until|till|before|after|during|through)\s+$")
_PEOPLE = re.compile(rf"\s+(?:{_PEOPLE_WORDS})\b")


def _is_year(text: str, m: re.Match) -> bool:
    if m.end(1) - m.start(1) != 4 or not re.match(r"(?:19|20)\d\d", m.group(1)):
        return False
    if _YEAR_AFTER.search(text, 0, m.start(1)) and not _PEOPLE.match(text, m.end(1)):
        return True  # "In 2023 exports rose", "since 2015 prices" (not "by 2000 people")
    return bool(_YEAR.match(text, m.start(1)))


_EARLIER = re.compile(r"(?i)\b(?:(?:up|down)\s+)?from\s+(?:an?\s+|the\s+)?[$€£]?\s?$")


def _by_unit(text: str) -> dict[str, set[str]]:
    """The numbers in `text` (years aside) by the word after each ("3.25%" and "3.25 per cent": "%")."""
    found: dict[str, set[str]] = {}
    for m in _UNIT.finditer(text):
        if _is_year(text, m):
            continue
        unit = (m.group(2) or "").lower()
        unit = "%" if re.fullmatch(r"%|per\s?cent|percent", unit) else unit.rstrip("s")  # (not "per share")
        if _EARLIER.search(text, 0, m.start()) and re.search(r"\bto\s+[$€£]?\d", text[:m.start()]):
            unit = "earlier " + unit  # "slowed to 2.0% from 1.8%": 1.8% was, not is
        elif moved := MOVED_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            unit = ("up " if moved.group("up") else "down ") + unit  # "rose 2%" is not "fell 2%"
        found.setdefault(unit, set()).add(m.group(1))
    return found


def _contradict(a: str, b: str) -> bool:
    """Whether each gives a value of the same thing the other does not: "inflation slowed to 1.8%"
    and "... fell to 1.7 per cent", "slowed to 1.8% in September" and "slowed to 2.0% in September from
    1.8% in August" (an earlier value is its own thing); not "2,000 homeless" beside "injuring 150"."""
    mine, theirs = _by_unit(a), _by_unit(b)
    flipped = {("down " + u[3:] if u.startswith("up ") else "up " + u[5:]): v for u, v in theirs.items() if u.startswith(("up ", "down "))}
    return any(mine[u] - theirs[u] and theirs[u] - mine[u] for u in mine.keys() & theirs.keys()) or \
        any((mine[u] & flipped[u]) - theirs.get(u, set()) for u in mine.keys() & flipped.keys())  # "rose 2%" and "fell 2%"
    # (not a sentence that gives both: "exports rose 2% and imports fell 2%" against itself)


def _same_numbers(i: int, d: int, cands: list[_Candidate], docs: list[Document], doc_of: np.ndarray,
                  sims: np.ndarray, title_sims: np.ndarray) -> bool:
    """Whether source `d`'s closest wording of point `i` does not contradict the point's numbers:
    it gives no numbers ("tens of thousands of homes" for "40,000 homes"), or one of the two gives all
    the other's, years aside, and no other value of the same thing (see _contradict).

    "Officials confirmed about 10,000 soldiers" is not "much the same" as a source that says
    3,000: crediting it would average a disagreement away (the figures section shows it). Nor is
    "70 million doses by June 30, 2021" in a source whose closest wording is "200 million doses ...
    distributed through July 2021"."""
    wanted = _amounts(cands[i].sentence.text)
    if not wanted:
        return True
    mine = np.flatnonzero(doc_of == d)
    best_sentence = float(sims[i, mine].max()) if mine.size else -1.0
    if mine.size and best_sentence >= float(title_sims[i, d]):
        closest = cands[int(mine[np.argmax(sims[i, mine])])].sentence.text
    else:
        closest = docs[d].article.title
    theirs = _amounts(closest)
    return not theirs or wanted <= theirs and not _contradict(cands[i].sentence.text, closest)


def choose(docs: list[Document], cands: list[_Candidate], vecs: np.ndarray, titles: np.ndarray,
           words: int, weights: Consensus = CONSENSUS, disputed: Disputed | None = None) -> list[Point]:
    """`agree` on already encoded candidates (the benchmark tunes this without re-encoding)."""
    w = weights
    n_docs = len(docs)
    doc_of = np.array([c.doc for c in cands])
    sims = vecs @ vecs.T
    has_title = np.array([bool(d.article.title.strip()) for d in docs])
    title_sims = vecs @ titles.T
    # carry[i, d]: how closely source d says what sentence i says (its best sentence or headline).
    carry = np.full((len(cands), n_docs), -1.0)
    for d in range(n_docs):
        mask = doc_of == d
        if mask.any():
            carry[:, d] = sims[:, mask].max(axis=1)
        if has_title[d]:
            carry[:, d] = np.maximum(carry[:, d], title_sims[:, d])
    present = [d for d in range(n_docs) if (doc_of == d).any() or has_title[d]]
    support = np.array([float(np.mean([carry[i, d] for d in present if d != c.doc] or [0.0])) for i, c in enumerate(cands)])
    position = np.array([w.decay ** c.rank for c in cands])
    bonus = w.support * support + w.lead * position

    # Consensus words: used by at least min_sources sources, weighted by how many use them.
    pairs = w.bigrams > 0
    used: dict[str, int] = {}
    for doc in docs:
        for unit in _units("\n".join([doc.article.title, *(s.text for s in doc.sentences)]), pairs):
            used[unit] = used.get(unit, 0) + 1
    need = min(w.min_sources, max(len(present), 1))
    value = {u: float(n) ** w.power * (w.bigrams if " " in u else 1.0) for u, n in used.items() if n >= need}
    covers = [frozenset(x for x in _units(c.sentence.text, pairs) if x in value) for c in cands]
    lengths = [len(c.sentence.text.split()) for c in cands]

    def worth(subset: tuple[int, ...]) -> float:
        covered = frozenset().union(*(covers[i] for i in subset))
        return sum(value[x] for x in covered) - w.per_word * sum(lengths[i] for i in subset) + sum(bonus[i] for i in subset)

    def carriers(i: int) -> set[int]:
        return {cands[i].doc} | {d for d in range(n_docs) if d != cands[i].doc and carry[i, d] >= w.carried}

    carried_by = [carriers(i) for i in range(len(cands))]
    sources = {c.doc for c in cands}
    single = [worth((i,)) for i in range(len(cands))]
    short = sorted(range(len(cands)), key=lambda i: -single[i])[: w.shortlist]
    # Best set: represents every source if any set within the budget can, then the most worth.
    best: tuple[bool, float, int, tuple[int, ...]] = (False, -np.inf, 0, ())
    for k in range(1, min(w.most, len(short)) + 1):
        for subset in itertools.combinations(short, k):
            total = sum(lengths[i] for i in subset)
            if k > 1 and total > words:
                continue
            if k > 1 and any(sims[a, b] > w.redundant for a, b in itertools.combinations(subset, 2)):
                continue
            everyone = w.cover_all and sources <= set().union(*(carried_by[i] for i in subset))
            key = (everyone, worth(subset), -total, subset)
            if key[:3] > best[:3]:
                best = key
    chosen = sorted(best[3], key=lambda i: -single[i])

    @functools.cache
    def credited(i: int) -> tuple[int, ...]:
        """The sources the briefing will name for point i: stricter than `carriers`, and never
        one whose closest wording gives other numbers (once per point: asked for coverage, then for the point)."""
        against = disputed(docs[cands[i].doc].id, cands[i].sentence.text) if disputed else set()
        return tuple(d for d in range(n_docs) if d != cands[i].doc and carry[i, d] >= w.attributed and docs[d].id not in against
                     and _same_numbers(i, d, cands, docs, doc_of, sims, title_sims))

    if w.represent:  # every source heard: as the origin of a point or credited with one
        covered = {d for i in chosen for d in (cands[i].doc, *credited(i))}
        for d in range(n_docs):
            mine = [i for i in range(len(cands)) if cands[i].doc == d]
            if d in covered or not mine:
                continue
            fresh = [i for i in mine if not chosen or float(sims[i, chosen].max()) <= w.redundant]
            if fresh:
                pick = max(fresh, key=lambda i: worth((*chosen, i)))  # what it adds to the points chosen
                chosen.append(pick)
                covered |= {cands[pick].doc, *credited(pick)}
    points = []
    for i in chosen:
        others = credited(i)
        ids = (docs[cands[i].doc].id, *(docs[d].id for d in others))
        points.append(Point(text=cands[i].sentence.text, sources=ids, origin=docs[cands[i].doc].id))
    return points


REPEAT = 0.8
"""Cosine above which a summary sentence says what an agreed point says."""


def repeats(summaries: list[Summary], agreed: list[Point]) -> tuple[str, ...]:
    """Summary sentences that repeat an agreed point, so "what each source adds" leaves them out.

    A sentence with numbers of its own is never a repeat: "at least 3,000" is not "about 10,000"."""
    said = [p.text for p in agreed]
    mine = [t for s in summaries for t in s.sentences if t not in said]
    if not said or not mine:
        return ()
    from briefing.encoder import encode

    sims = encode(mine) @ encode(said).T  # the vectors are already cached by agree()
    said_numbers = [numbers(p) for p in said]
    found = []
    for text, row in zip(mine, sims):
        own = numbers(text)
        if any(s >= REPEAT and own <= theirs for s, theirs in zip(row, said_numbers)):
            found.append(text)
    return tuple(found)
