"""The second set of speed gates of the relation core, each of which must answer as the work
it skips: the elided-partner search gated by its head once per sentence
(``cues.elided_gate``), ``economy_before_figure`` behind an ``EndsWithWord`` test, the
sentence-wide first match shared by the "respectively" steps (``SentenceIndex.first``) and
the memoised partner of a trade mention (``ReporterLinking._partner``). Properties run on
generated texts made of the words the patterns read; sentences written for this test."""

from __future__ import annotations

import itertools
import re

import pytest
from helpers import check_fact_spec, fact_spec_params
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie.relate.cues import cues
from tradeie.relate.prefilters import EndsWithWord
from tradeie.relate.reporter_link import ReporterLinking
from tradeie.relate.sentence import SentenceIndex

# words of the elided conjunct and of the figure's economy windows, in several cases, and
# characters next to which a word boundary fails ("-", "_", letters)
FRAGMENTS = [
    "and", "And", "AND", "while", "but", "band", "sand-", ",", ", ", ";", "to", "To", "with",
    "from", "FROM", "into", "the", "The", "Germany", "China", "the US", "United States",
    "Japan", "EU", "Saudi Arabia", "Russia's", "for", "For", "at", "was", "of", "stood at",
    "up", "down", "rose", "fell", "shipments", "exports", "5.4%", "$3 billion", "12",
    " ", " ", " ", "  ", "\n", "\t", "-", "_", "x", "ſ", "\u212a", "ı", "İ",
]
# the shapes of the gated patterns' matches, slot by slot (each slot's words, "" for none)
SHAPES = [
    [["exports to China rose 5%", "imports fell 2%", ""],
     [" and", ",", " while", " but", " sand", " and\n", "  and"],
     [" to", " with", " from", " To", " into"], [" the", ""],
     [" Germany", " China", " United States", " EU", " Japanese"],
     [" up", " down", " shipments rose", " fell sharply", ""], [" ", "  ", "\n", ""]],
    [["growth", "inflation", "", "rates"], [" for", " For", " fore"], [" the", ""],
     [" EU", " Germany", " euro area", " Japan"],
     [" at", " was", " of", " stood at", " AT", " stood  at", " as"], [" ", "\n", "", " \n"]],
]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        shape = draw(st.sampled_from(SHAPES))
        return "".join(draw(st.sampled_from(slot)) for slot in shape) + \
            draw(st.sampled_from(["3.1%", " 3.1%", "", "x"]))
    return "".join(draw(st.lists(st.sampled_from(FRAGMENTS), max_size=14)))


def _windows(text: str) -> list[tuple[int, int]]:
    n = len(text)
    return [(lo, e) for lo in range(n + 1) for e in range(lo, n + 1)]


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_elided_gate_never_refuses_a_match(text: str) -> None:
    c = cues()
    gate = c.elided_gate.search(text, 0, len(text)) is not None
    for lo, e in _windows(text):
        found = c.elided_partner.search(text, lo, e)
        assert found is None or gate, (text, lo, e)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_economy_before_figure_gated_answers_as_the_pattern(text: str) -> None:
    gated = cues().economy_before_figure
    assert isinstance(gated, EndsWithWord)
    for lo, e in _windows(text):
        got, want = gated.search(text, lo, e), gated.pattern_obj.search(text, lo, e)
        assert (got and got.span()) == (want and want.span()), (text, lo, e)


def test_every_shape_passes_the_gates() -> None:
    """Each text the shapes make (all of them: random draws miss the rare ones), cut at
    every offset: a search from the start finds a match whenever one from a later offset
    does, so these windows decide."""
    c = cues()
    for words in itertools.product(*SHAPES[0]):
        for tail in ("3.1%", "x"):
            text = "".join(words) + tail
            gate = c.elided_gate.search(text, 0, len(text)) is not None
            for e in range(len(text) + 1):
                assert gate or c.elided_partner.search(text, 0, e) is None, (text, e)
    gated = c.economy_before_figure
    for words in itertools.product(*SHAPES[1]):
        text = "".join(words) + "2.1%"
        for lo in (0, 4, 9):
            for e in range(lo, len(text) + 1):
                got, want = gated.search(text, lo, e), gated.pattern_obj.search(text, lo, e)
                assert (got and got.span()) == (want and want.span()), (text, lo, e)


def test_the_gates_find_what_they_guard() -> None:
    c = cues()
    text = "Exports to Germany rose 5%, and to the United States up 3.1%"
    fig = text.index("3.1%")
    assert c.elided_gate.search(text) is not None
    assert c.elided_partner.search(text, 0, fig).group("e") == "United States"
    before = "growth for the EU stood at 2.1%"
    found = c.economy_before_figure.search(before, 0, before.index("2.1"))
    assert found is not None and found.group("e") == "EU"
    assert c.economy_before_figure.search("growth for the EU rose 2.1%", 0, 23) is None


class _Linker:
    def __init__(self, text: str) -> None:
        self.text = text


def _index(text: str, bounds: tuple[int, int]) -> SentenceIndex:
    s = SentenceIndex.__new__(SentenceIndex)  # (only what ``first`` and ``has`` read)
    s.linker, s.bounds, s._lazy = _Linker(text), bounds, {}
    return s


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["respectively", "Respectively", "irrespectively", "x",
                                 " ", ",", "-", "3%"]), max_size=10),
       st.integers(0, 40), st.integers(0, 40))
def test_first_is_the_sentence_search_once(words: list[str], a: int, b: int) -> None:
    text = "".join(words)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    pattern = cues().respectively
    s = _index(text, (lo, hi))
    want = pattern.search(text, lo, hi)
    got = s.first(pattern)
    assert (got and got.span()) == (want and want.span())
    assert s.first(pattern) is got  # cached: the same match object
    assert s.has(pattern) == (want is not None)


def test_first_caches_a_miss() -> None:
    calls = []

    class Counting:
        def search(self, *args: object) -> None:
            calls.append(args)
            return None

    pattern = Counting()
    s = _index("no such word here", (0, 17))
    assert s.first(pattern) is None and s.first(pattern) is None  # type: ignore[arg-type]
    assert not s.has(pattern)  # type: ignore[arg-type]
    assert len(calls) == 1


def test_partner_memo_answers_as_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every memoised partner equals a fresh reading, and a mention shared by two figures
    is read once."""
    seen: list[tuple[object, object]] = []
    fresh = ReporterLinking._find_partner

    def counted(self: ReporterLinking, mention: object, sent: object) -> str | None:
        seen.append((mention, sent))
        return fresh(self, mention, sent)

    monkeypatch.setattr(ReporterLinking, "_find_partner", counted)
    original = ReporterLinking._partner
    answers: list[tuple[str | None, str | None]] = []

    def checked(self: ReporterLinking, mention: object, sent: object) -> str | None:
        got = original(self, mention, sent)
        answers.append((got, fresh(self, mention, sent)))
        return got

    monkeypatch.setattr(ReporterLinking, "_partner", checked)
    from tradeie import extract
    result = extract("Japan's exports to China rose 4.2% to $9.8 billion in May, while "
                     "intra-EU trade fell 1.5%.", "2024-06-20")
    assert answers and all(got == want for got, want in answers)
    keys = [(m.start, m.end, m.metric, sent) for m, sent in seen]  # type: ignore[attr-defined]
    assert len(keys) == len(set(keys))
    assert result.facts


CASES = [
    # an elided conjunct after a comma, the gate's other head
    ("Vietnam's exports to Japan rose 9%, to Korea 4% and to India 2% in March.",
     "2024-04-02",
     {"9%": "trade.exports change partner=JP", "4%": "trade.exports change partner=KR",
      "2%": "trade.exports change partner=IN"}),
    # no conjunct at all: the gate closes, the mention's partner stays
    ("Chile's copper exports to China climbed 11% in the first quarter.", "2024-04-10",
     {"11%": "trade.exports change partner=CN"}),
    # two figures of one mention share its (memoised) partner
    ("Australia's exports to Japan rose 3.5% to A$6.2 billion in April.", "2024-05-30",
     {"3.5%": "trade.exports change partner=JP",
      "A$6.2 billion": "trade.exports level partner=JP"}),
]


@pytest.mark.parametrize(("text", "published", "figure", "spec"), fact_spec_params(CASES, {}))
def test_gated_partners(text: str, published: str, figure: str, spec: str) -> None:
    check_fact_spec(text, published, figure, spec)


def test_elided_gate_is_the_head_of_the_pattern() -> None:
    c = cues()
    assert c.elided_partner.pattern.startswith(c.elided_gate.pattern)
    assert c.elided_gate.flags == c.elided_partner.flags
    assert re.compile(c.elided_gate.pattern).groups == 1
