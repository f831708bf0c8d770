"""Rates over "the 12 months to September": the month's rate, year on year.

A price index's change "in the 12 months to September" compares September's index with
September's a year before: it is September's rate, year on year, and the rate quoted "in the
12 months to August" beside it is August's (the real corpus annotates both so). A flow summed
over twelve months ("exports of $89.7 billion over the 12 months to June") keeps the span.
So a percent of a rate metric (``twelve_month_rate_metrics``) whose period is the twelve-month
span of a DATE opening with ``twelve_month_dates`` takes the span's last month, and a change
with no basis written becomes ``yoy``. An explicit range written beside it ("over the past 12
months (Dec 2016-Nov 2017)") keeps the span: the text then states the interval itself.

Data: the ``release_terms`` section of models/relations.json.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from tradeie.patterns import phrase_pattern
from tradeie.relate.scope import step_back

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker
    from tradeie.relate.view import Item

DIGIT = re.compile(r"\d")  # (a range written out has its years; "the year" none)
SPAN = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str]]:
    from tradeie.relate.cues import relations  # the validated relations.json

    terms = relations()["release_terms"]
    opener = re.compile(rf"(?:the\s+)?(?:{phrase_pattern(terms['twelve_month_dates'])})"
                        r"(?![\w-])", re.IGNORECASE)
    return opener, frozenset(terms["twelve_month_rate_metrics"])


@cache
def _rolling() -> re.Pattern[str]:
    from tradeie.relate.cues import relations

    terms = relations()["release_terms"]
    words, blockers = terms["rolling_flow_words"], terms["rolling_flow_blockers"]
    # the words, then a few more up to the figure ("12-month rolling current account deficit
    # reached", "on a trailing 12-month basis, the shortfall stood at")
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(words)})(?![\w-])"
                      rf"(?!\s{{1,3}}(?:{phrase_pattern(blockers)})(?![\w-]))"
                      r"(?:,?\s{1,3}(?!(?:while|whereas|but|and)\s)[a-z][\w-]*){0,7}\s{1,3}$",
                      re.IGNORECASE)


MONTH = re.compile(r"(\d{4})-(\d\d)")


def rolling_flows(linker: _Linker, sent: tuple[int, int], figs: list[Item],
                  done: list[dict[str, Any]]) -> None:
    """"The 12-month rolling deficit totaled $14.9 billion" in a story of March: an amount
    summed over the twelve months to the month it is dated by."""
    labels = {(f.start, f.end): f.label for f in figs}
    for fact in done:
        start, _ = fact["figure"]
        m = MONTH.fullmatch(fact.get("period") or "")
        cue = _rolling().search(linker.text, max(sent[0], start - 80), start) \
            if m is not None and labels.get(tuple(fact["figure"])) == "MONEY" else None
        if cue is None or any(cue.start() < f.start < start for f in figs):
            continue  # (the words must modify this figure's metric, no figure between)
        y, mo = int(m[1]), int(m[2])
        first = y * 12 + mo - 12  # (the month eleven before, 0-based)
        fact["period"] = f"{first // 12}-{first % 12 + 1:02d}/{fact['period']}"


def _twelve_months(period: str | None) -> bool:
    m = SPAN.fullmatch(period or "")
    if m is None:
        return False
    y1, m1, y2, m2 = (int(g) for g in m.groups())
    return (y2 * 12 + m2) - (y1 * 12 + m1) == 11


def refine(linker: _Linker, sent: tuple[int, int], figs: list[Item],
           done: list[dict[str, Any]]) -> None:
    """Give the sentence's twelve-month rates their month (and a change its yoy basis)."""
    opener, metrics = _cues()
    labels = {(f.start, f.end): f.label for f in figs}
    dates = linker.dates_in(*sent)
    for fact in done:
        period = fact.get("period")
        if fact["metric"] not in metrics or fact["role"] not in ("change", "level") or \
                labels.get(tuple(fact["figure"])) != "PERCENT" or not _twelve_months(period):
            continue
        if not any(d.attrs.get("value") == period and opener.match(linker.text, d.start, d.end)
                   for d in linker.v.dates):
            continue  # the span is not one of "12 months to" (a passage's may govern here)
        if any(d.attrs.get("value") == period and DIGIT.search(linker.text, d.start, d.end)
               and not opener.match(linker.text, d.start, d.end) for d in dates):
            continue  # a range written out in the sentence: the text states the interval
        year_before = step_back(period, "yoy")
        if any(d.attrs.get("value") == year_before for d in dates):
            continue  # "compared to the same period in 2023": two spans compared, the span's
        fact["period"] = period.split("/")[1]
        if fact["role"] == "change" and fact.get("basis") is None:
            fact["basis"] = "yoy"
