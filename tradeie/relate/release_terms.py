"""Release terms that change what a change figure's basis is (data: the ``release_terms``
section of models/relations.json): an annualised rate of a quarter ("real GDP increased at an
annual rate of 3.0 percent in the second quarter", "contracted at a 1.6 percent annualized
pace") is the quarter's growth on the quarter before, scaled to a year. It is no
year-on-year comparison, so the words "annual rate" state no basis there (a monthly "annual
rate of inflation" still does).

(A rate "in the 12 months to December" is December's, year on year, as the real corpus
annotates it: relate/twelve_months.py.)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tradeie.normalize.periods.values import period_bounds, value_granularity
from tradeie.patterns import phrase_pattern


@cache
def annualized_rate() -> re.Pattern[str]:
    from tradeie.relate.cues import relations  # the validated relations.json

    words = relations()["release_terms"]["annualized_rate"]
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(words)})(?![\w-])", re.IGNORECASE)


@cache
def _yoy_annual_rate() -> tuple[frozenset[str], frozenset[str]]:
    """(plain "annual rate" words, the economies whose releases mean year on year by them)."""
    from tradeie.relate.cues import relations

    terms = relations()["release_terms"]
    return (frozenset(w.lower() for w in terms["yoy_annual_rate"]),
            frozenset(terms["yoy_annual_rate_economies"]))


def _plain_yoy_rate(text: str, bounds: tuple[int, int], reporter: str | None) -> bool:
    """Whether every annual-rate phrase in ``bounds`` is a plain one of an economy whose
    releases mean year on year by it (Mexico's "at an annual rate", Spanish "a tasa anual")."""
    words, where = _yoy_annual_rate()
    return reporter in where and all(" ".join(m.group().lower().split()) in words
                                     for m in annualized_rate().finditer(text, *bounds))


@cache
def _earlier_estimate() -> re.Pattern[str]:
    from tradeie.relate.cues import relations

    words = relations()["release_terms"]["earlier_estimates"]
    return re.compile(rf"\s*(?:in|from)\s+(?:the|its|an?)\s+(?:{phrase_pattern(words)})(?![\w-])",
                      re.IGNORECASE)


@cache
def _lowered_words(key: str) -> frozenset[str]:
    """The lower-cased words of one list of the ``release_terms`` section."""
    from tradeie.relate.cues import relations

    return frozenset(w.lower() for w in relations()["release_terms"][key])


def job_count(label: str, unit: str | None) -> bool:
    """Whether a figure is a count of jobs: it measures employment, whatever metric its
    clause names ("The economy added 200,000 jobs")."""
    return label == "QUANTITY" and (unit or "").lower() in _lowered_words("job_count_units")


def poll_count(label: str, unit: str | None) -> bool:
    """Whether a figure is the size of a poll ("a Reuters poll of 12 economists"): a count of
    the people asked, no statistic of the economy, its period or its release."""
    return label == "QUANTITY" and (unit or "").lower() in _lowered_words("poll_count_units")


def tally_count(label: str, unit: str | None) -> bool:
    """Whether a figure counts things rather than measuring a flow ("13 major export items",
    "20 trade partners"): its fact is 'other' whatever metric its clause names."""
    words = (unit or "").lower().split()
    return label == "QUANTITY" and bool(words) and words[-1] in _lowered_words(
        "tally_count_heads")


def measure_metric(fig: Any, metric: str) -> str:
    """The metric a figure's clause names, or 'other' when the figure is a physical measure
    (tonnes, barrels per day) and that metric is no flow of goods: "oil output averaged 1.5
    million barrels per day" is no value of GDP, whatever metric "output" names; or a count
    of people and that metric is none people are counted by."""
    from tradeie.relate.cues import relations

    terms = relations()["release_terms"]
    if fig.label != "QUANTITY":
        return metric
    unit = (fig.attrs.get("unit") or "").lower()
    if fig.attrs.get("_kind") == "measure":
        if unit.startswith(tuple(w.lower() for w in terms["measure_any_metric_units"])):
            return metric  # "3.8 months of import cover": the reserves' own measure
        return metric if metric in terms["measure_metrics"] else "other"
    words = unit.split()
    if words and words[-1] in _lowered_words("person_count_heads"):
        # "employing 11,500 people" after "exported": people are no goods
        return metric if metric in terms["person_metrics"] else "other"
    return metric


def poll_count_fields(fact: dict[str, Any]) -> None:
    """A poll's size is a plain count: no period, economy or source, and actual even in the
    clause of the forecast it gave ("A Reuters poll of 28 economists had forecast ...")."""
    fact.update(role="level", direction=None, basis=None, period=None, reporter=None,
                partner=None, product=None, source=None, modality="actual")


def earlier_estimate_after(text: str, end: int) -> bool:
    """"up from 2.8% in the advance estimate": the value compared with is an earlier estimate
    of the same period."""
    return _earlier_estimate().match(text, end) is not None


def only_annualized(text: str, bounds: tuple[int, int], yoy: re.Pattern[str]) -> bool:
    """Whether every year-on-year cue in ``bounds`` is part of an annualised rate."""
    rates = [m.span() for m in annualized_rate().finditer(text, *bounds)]
    return bool(rates) and all(any(a <= m.start() and m.end() <= b for a, b in rates)
                               for m in yoy.finditer(text, *bounds))


def quarter_annualized(text: str, bounds: tuple[int, int], yoy: re.Pattern[str],
                       period: str | None) -> bool:
    """Whether a quarter's change is stated only as an annualised rate in ``bounds``."""
    return bool(period) and value_granularity(period) == "quarter" and \
        only_annualized(text, bounds, yoy)


# "rose 5.2% to a seasonally adjusted annual rate of 1.31 million units": the annual rate
# names the level the change reached (a US monthly SAAR), not the change's basis
TO_ANNUAL_LEVEL = re.compile(r"\bto\s{1,3}an?\s{1,3}(?:seasonally[\s-]adjusted\s{1,3})?"
                             r"(?:annual|annualized|annualised)\s{1,3}(?:rate|pace)\s{1,3}of\b",
                             re.IGNORECASE)


def annualized_basis(text: str, sent: tuple[int, int], fig: tuple[int, int],
                     fact: dict[str, Any], yoy: re.Pattern[str]) -> None:
    """Drop a year-on-year basis that only "annual rate" stated for a quarter's change, or
    for a change to a level given as an annual rate ("rose 5.2% to a seasonally adjusted
    annual rate of 1.31 million units")."""
    # (not with a year-on-year cue of its own: "from a year earlier")
    window = (max(sent[0], fig[0] - 60), min(sent[1], fig[1] + 80))
    if fact["role"] == "change" and fact["basis"] == "yoy" and (quarter_annualized(
            text, window, yoy, fact["period"]) or (
                TO_ANNUAL_LEVEL.search(text, fig[1], window[1])
                and only_annualized(text, window, yoy))) and \
            not _plain_yoy_rate(text, window, fact["reporter"]):
        fact["basis"] = None


# "Changes in 2019 from 2018:": a heading comparing the period of its section with an earlier
# one (the words between its two dates)
HEADING_COMPARATOR = re.compile(
    r"\s+(?:from|over|on|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?",
    re.IGNORECASE)
HEADING_WORDS = 8


def heading_comparison(text: str, sent: tuple[int, int],
                       dates: list[Any]) -> tuple[str, str] | None | bool:
    """For a sentence with no figure: (period, basis) when it is a heading line that compares
    its period with an earlier one; None when it is another heading line (the comparison's
    section ends); False when it is no heading line at all."""
    from tradeie.relate.basis_link import _basis_between, d_usable

    lo, hi = sent
    line_start = text.rfind("\n", 0, lo) + 1
    line_end = text.find("\n", hi)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:lo].strip() or text[hi:line_end].strip() or \
            len(text[lo:hi].split()) > HEADING_WORDS:
        return False
    usable = [d for d in dates if d_usable(d) and d.attrs.get("value")]
    if len(usable) != 2 or not HEADING_COMPARATOR.fullmatch(text, usable[0].end,
                                                            usable[1].start):
        return None
    period = usable[0].attrs["value"]
    basis = _basis_between(period, usable[1].attrs["value"])
    return (period, basis) if basis else None


def apply_heading_basis(facts: list[dict[str, Any]], heading: tuple[str, str] | None) -> None:
    """The changes of a section's period with no basis of their own take its heading's."""
    if not heading:
        return
    for f in facts:
        if f["role"] == "change" and f["basis"] is None and f["period"] and \
                period_bounds(f["period"]) == period_bounds(heading[0]):
            f["basis"] = heading[1]
