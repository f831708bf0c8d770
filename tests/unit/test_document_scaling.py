"""Work per document stays linear in its length. No wall time is asserted; instead the
one-sweep replacements of former pairwise scans give what the scans gave:
- ``metrics._not_contained`` (mentions inside a longer one dropped) against the pairwise
  definition, on generated spans;
- the document-level lookups of ``month_end`` and ``source_link`` leave every fact of a long
  document as it is in its parts (each part's facts are found again in the joined text).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import tradeie
from tradeie.normalize.metrics import MetricMention, _not_contained


def _pairwise(out: list[MetricMention]) -> list[MetricMention]:
    return [m for m in out if not any(n is not m and n.start <= m.start and m.end <= n.end
                                      and n.end - n.start > m.end - m.start for n in out)]


SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=25)


@given(SPANS)
def test_not_contained_is_the_pairwise_filter(spans: list[tuple[int, int]]) -> None:
    found = [MetricMention(s, s + n, "x" * n, "trade.exports", s, s + n) for s, n in spans]
    assert _not_contained(found) == _pairwise(found)


def test_not_contained_keeps_identical_spans_and_order() -> None:
    a = MetricMention(5, 12, "exports", "trade.exports", 5, 12)
    b = MetricMention(5, 12, "exports", "trade.exports", 5, 12)
    inner = MetricMention(6, 10, "xpor", "trade.exports", 6, 10)
    outer = MetricMention(0, 20, "x" * 20, "trade.total", 0, 20)
    assert _not_contained([a, b]) == [a, b]
    assert _not_contained([inner, outer]) == [outer]


PARTS = [
    ("Kenya's exports rose 7.2% to KSh 1.1 trillion in the year to June, the statistics office "
     "said. Imports fell 3.1%.\n\n"
     "In June alone, tea exports were KSh 18.4 billion."),
    ("Nigeria's central bank raised its rate to 27.5% on Tuesday. Reserves stood at "
     "$40.2 billion as of Nov. 22.\n\nThe statistics office said inflation rose to 33.9% in "
     "October."),
]


def test_long_document_keeps_each_part_facts() -> None:
    """The parts repeated 40 times: each repetition's facts equal the first one's (the
    document-level caches are keyed by document, not reused across positions wrongly)."""
    joined = "\n\n".join(PARTS * 40)
    res = tradeie.extract(joined, published="2024-11-26")
    first = tradeie.extract("\n\n".join(PARTS), published="2024-11-26")

    def shape(r):  # the facts of the figures, by figure text, in order
        return [(r.entity(f.figure).text, f.metric, f.role, f.period) for f in r.facts]

    got = shape(res)
    want = shape(first)
    assert len(got) == 40 * len(want)
    assert got[:len(want)] == want
