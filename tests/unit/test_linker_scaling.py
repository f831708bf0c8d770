"""The relation linker's per-sentence precomputation: built once per sentence, and giving each
figure what a fresh scan of the sentence would.

No wall time is asserted (tests/test_robustness.py bounds the time end to end); instead:
- how often the per-sentence work runs does not grow with the figures of a sentence;
- a figure's fact does not change when many figures are appended to its sentence;
- the lookups that replace rescans (clause bounds, the first match in a cut string) agree
  with the rescans they replace, on generated text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import tradeie
import tradeie.relate.linker as linker
from tradeie.normalize.metrics import MetricMention
from tradeie.relate.cues import cues, validate_relations
from tradeie.relate.sentence import FirstMatch
from tradeie.resources import DataFileError, read_json

PUB = "2025-01-13"

# several clauses, dates claimed by the figure before them, a comparison date, a bracketed
# figure; the last figure is over 80 characters before the sentence's end, so figures
# appended after it are outside every window the linker reads around it
BASE = ("Exports rose 5.1 percent in March from a year earlier to $310 billion, while imports "
        "fell 2.3 percent in the first quarter to $250 billion compared with March 2023 "
        "($240 billion), and the trade surplus widened by $12 billion in April, economists "
        "had expected 4 percent, the customs agency said in a statement posted on its "
        "website on Monday morning")
OTHER = "Industrial output grew 4.2 percent from 4.1 percent in October, the bureau said."


def _appended(n: int) -> str:
    return "; other figures were " + ", ".join(f"{i % 97 + 1}.5 percent" for i in range(n))


def _facts(text: str) -> dict[tuple[str, int], dict]:
    """Facts keyed by their figure's (text, start), without the sentence span."""
    res = tradeie.extract(text, published=PUB)
    out = {}
    for fact in res.to_dict()["facts"]:
        fig = res.entity(fact["figure"])
        out[fig.text, fig.start] = {k: v for k, v in fact.items()
                                    if k not in ("figure", "sentence")}
    return out


# ------------------------------------------------------------------- once per sentence


class _Counting(linker.SentenceIndex):
    built = 0

    def __init__(self, *args, **kwargs) -> None:
        type(self).built += 1
        super().__init__(*args, **kwargs)


class _CountingPattern:
    """A compiled pattern whose finditer calls are counted (re.Pattern cannot be patched)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.finditer_calls = 0

    def finditer(self, *args):
        self.finditer_calls += 1
        return self.pattern.finditer(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.mark.parametrize("extra", [0, 30, 300])
def test_sentence_index_is_built_once_per_sentence_with_figures(monkeypatch, extra):
    monkeypatch.setattr(_Counting, "built", 0)
    monkeypatch.setattr(linker, "SentenceIndex", _Counting)
    text = f"{BASE}{_appended(extra)}. No figure here. {OTHER}"
    res = tradeie.extract(text, published=PUB)
    assert len(res.facts) >= 7 + extra
    assert _Counting.built == 2  # two sentences state figures; the third is skipped


@pytest.mark.parametrize("extra", [0, 30, 300])
def test_clause_breaks_are_searched_once_per_sentence(monkeypatch, extra):
    counting = _CountingPattern(cues().clause_breaks)
    monkeypatch.setattr(cues(), "clause_breaks", counting)
    tradeie.extract(f"{BASE}{_appended(extra)}. {OTHER}", published=PUB)
    assert counting.finditer_calls == 2


# ------------------------------------------------------------------- same facts at any size


@pytest.fixture(scope="module")
def base_facts():
    facts = _facts(BASE + ".")
    assert len(facts) == 7
    return facts


@pytest.mark.parametrize("extra", [1, 40, 400])
def test_appended_figures_leave_each_figure_its_fact(base_facts, extra):
    grown = _facts(BASE + _appended(extra) + ".")
    assert len(grown) == len(base_facts) + extra
    assert {k: v for k, v in grown.items() if k in base_facts} == base_facts


def test_base_sentence_facts_are_the_expected_ones(base_facts):
    # pins the cases the precomputation must keep apart, so the test above compares
    # meaningful values: a date claimed by the figure before it, the clause's period, the
    # bracketed figure's date, a forecast
    by_text = {k[0]: v for k, v in base_facts.items()}
    assert by_text["5.1 percent"]["period"] == "2024-03"
    assert by_text["2.3 percent"]["period"] == "2024-Q1"
    assert by_text["$240 billion"]["period"] == "2023-03"
    assert by_text["$12 billion"]["period"] == "2024-04"
    assert by_text["4 percent"]["modality"] == "forecast"
    assert by_text["$310 billion"]["metric"] == "trade.exports"
    assert by_text["$250 billion"]["metric"] == "trade.imports"


def test_each_figure_keeps_the_date_right_after_it_in_a_long_list():
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    listing = ", ".join(f"${i} billion in {m} 2023" for i, m in enumerate(months * 20, 1))
    res = tradeie.extract(f"Exports were {listing}, the agency said.", published=PUB)
    periods = [f.period for f in res.facts]
    assert periods == [f"2023-{i % 12 + 1:02d}" for i in range(240)]


def test_a_sentence_of_many_clauses_gives_each_clause_its_own_period():
    # the period nearest in the figure's own clause, not the nearest in the sentence (the
    # next clause's year is nearer to each figure than its own)
    clauses = [f"in {1900 + i} exports rose {i}.5 percent" for i in range(1, 120)]
    res = tradeie.extract("; ".join(clauses) + ".", published=PUB)
    assert [f.period for f in res.facts] == [str(1900 + i) for i in range(1, 120)]


def test_a_date_only_this_figure_claims_stays_its_candidate():
    # hand-built items (the linker needs no spaCy): "March 3" (a day) and "March" start
    # together right after "5 percent"; the day is no period, so the month, which no other
    # figure claims, is; "2023" belongs to "2 percent"; 2022 is the story's period
    text = ("In 2022 exports were $1 billion. "
            "Exports rose 5 percent in March 3, and 2 percent in 2023.")

    def at(sub, label, **attrs):
        start = text.index(sub)
        return linker.Item(start, start + len(sub), label, attrs)

    second = text.index("Exports")
    view = linker.DocView(
        text=text, sentences=[(0, second - 1), (second, len(text))],
        figures=[at("$1 billion", "MONEY", value=1e9), at("5 percent", "PERCENT", value=5.0),
                 at("2 percent", "PERCENT", value=2.0)],
        dates=[at("2022", "DATE", value="2022", granularity="year"),
               at("March 3", "DATE", value="2024-03-03", granularity="day"),
               at("March", "DATE", value="2024-03", granularity="month"),
               at("2023", "DATE", value="2023", granularity="year")],
        agencies=[], officials=[],
        metrics=[MetricMention(m, m + 7, text[m:m + 7], "trade.exports", m, m + 7)
                 for m in (text.index("exports"), second)],
        published=PUB)
    periods = {text[f["figure"][0]:f["figure"][1]]: f["period"] for f in linker.link(view)}
    assert periods == {"$1 billion": "2022", "5 percent": "2024-03", "2 percent": "2023"}


def test_a_cue_before_the_previous_figure_is_not_this_ones():
    # the modality window runs back to the previous figure of the clause, found by bisect
    listing = ", ".join(f"{i}.5 percent in {1900 + i}" for i in range(1, 60))
    res = tradeie.extract(f"Exports had a target of 3 percent, actual growth {listing}.",
                          published=PUB)
    assert [f.modality for f in res.facts] == ["target"] + ["actual"] * 59


def test_economy_name_wrapped_over_a_line_is_read():
    # the patterns allow any whitespace inside a name; the lookup must too (it raised
    # KeyError and lost the whole document)
    res = tradeie.extract("China's exports to the United\nStates rose 5 percent in 2024.",
                          published=PUB)
    assert [(f.metric, f.partner) for f in res.facts] == [("trade.exports", "US")]


# ------------------------------------------------------------------- lookups == rescans


def _clause_by_rescan(pattern: re.Pattern[str], text: str, pos: int, sent: tuple[int, int]):
    """The linker's clause before the precomputation: a rescan of the sentence per figure."""
    start, end = sent
    for m in pattern.finditer(text, sent[0], sent[1]):
        if m.end() <= pos:
            start = max(start, m.end())
        elif m.start() >= pos:
            end = min(end, m.start())
            break
    return start, end


def _bare_linker(text: str) -> linker._Linker:
    view = linker.DocView(text=text, sentences=[(0, len(text))], figures=[], dates=[],
                          agencies=[], officials=[], metrics=[])
    return linker._Linker(view, cues())


PIECES = ["exports", " rose", " 5", " percent", ";", " while ", " whereas ", ", but ", " but ",
          ", and ", ", compared with the ", ",", " ", "and", "while", "x"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_clause_bounds_equal_a_rescan(pieces, cut_left, cut_right):
    text = "".join(pieces)
    sent = (min(cut_left, len(text)), max(min(cut_left, len(text)), len(text) - cut_right))
    lk = _bare_linker(text)
    index = linker.SentenceIndex(lk, sent, [], [])
    for pos in range(sent[0], sent[1] + 1):
        assert index.clause(pos) == _clause_by_rescan(cues().clause_breaks, text, pos, sent)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12)), max_size=12),
       st.integers(0, 45))
def test_last_mention_ending_by_equals_a_scan(spans, pos):
    # mentions in text order may nest ("total imports and exports" around "exports"): the
    # last one in list order that ends by pos, not the one ending last
    mentions = [MetricMention(a, a + n, "x" * n, "other", a, a + n) for a, n in sorted(spans)]
    index = linker.SentenceIndex(_bare_linker("x" * 50), (0, 50), [], mentions)
    left = [m for m in mentions if m.end <= pos]
    assert index.last_ending_by(pos) is (left[-1] if left else None)


WORDS = ["the", "rate", "rates", "figure", "index", "annual rate", "expected", "will",
         "is likely", "seen", "China", "China's", "United States", "Korea", "US", "the US",
         "5", "percent", ",", "(", "-", "'", "’s", "x"]
SEPARATORS = [" ", "  ", "\n", "", ",", "-", "("]


def _spans(m):
    return None if m is None else (m.span(), m.groupdict())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=14),
       st.sampled_from(["forecast", "continuation_noun", "forecast_revision", "economy"]),
       st.integers(0, 3))
@example([("China's", " "), ("rate", " ")], "economy", 0)  # a cut between "China'" and "s"
@example([("x", "-"), ("US", "-"), ("rate", "")], "economy", 1)
@example([("seen", ""), ("5", " "), ("is likely", ",")], "forecast", 0)
@example([("expected", " "), ("index", " ")], "forecast", 0)  # a lookahead past the cut
def test_first_match_of_a_cut_string_equals_a_search_of_it(parts, name, start):
    """_FirstMatch answers search(string, start, e) for every e from one search of the whole
    string; it must agree with the search itself, lookarounds at the cut included."""
    c = cues()
    pattern = getattr(c, name)
    ends = getattr(c, f"{name}_ends")
    string = "".join(w + s for w, s in parts)
    start = min(start, len(string))
    first = FirstMatch(pattern, string, start, len(string), ends)
    for e in range(0, len(string) + 1):
        assert _spans(first.search(e)) == _spans(pattern.search(string, start, e)), (string, e)


def test_first_match_reuses_the_whole_search_between_words():
    # "rate" spans 4-8; a cut after a space or a comma past it reuses that match
    c = cues()
    string = "The rate, 5 percent, 6 percent and 7 percent"
    first = FirstMatch(c.continuation_noun, string, 0, len(string),
                               c.continuation_noun_ends)
    calls = []

    class Spy:
        def search(self, *args):
            calls.append(args)
            return c.continuation_noun.search(*args)

    first.pattern = Spy()
    cuts = [i + 1 for i, ch in enumerate(string) if ch in " ," and i >= 8]
    assert len(cuts) == 9
    for e in cuts:
        assert first.search(e).span() == (4, 8)
    assert calls == [(string, 0, len(string))]  # the whole search, made once at the first cut
    assert first.search(len(string) - 3).span() == (4, 8)  # after a letter: searched again
    assert len(calls) == 2


# ------------------------------------------------------------------- data of the moved literals


def test_growth_rate_down_must_be_growth_rate_cues():
    rel = read_json("relations.json")
    rel = {**rel, "growth_rate_down": [*rel["growth_rate_down"], "plummeted"]}
    with pytest.raises(DataFileError, match=r"relations\.json.*plummeted|plummeted.*relations"):
        validate_relations(rel)


def test_moved_word_lists_keep_their_cues():
    c = cues()
    assert c.forecast_after.match(" as expected")
    assert c.forecast_after.match(", analysts forecast") is None  # two tokens: ',' is no word
    assert c.forecast_after.match(" analysts forecast")
    assert c.share_context.search("accounting for")
    assert "lower than" in c.growth_rate_down and "faster" not in c.growth_rate_down
