"""Per-sentence index of the relation linker: what does not depend on the figure (clause
breaks, the dates other figures claim, the period candidates, sentence-wide cue searches) is
computed once per sentence and looked up with bisect, so the linker stays linear in the
figures of a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from re import Match, Pattern
from typing import Any, Protocol

from tradeie.normalize.metrics import MetricMention
from tradeie.relate import heads
from tradeie.relate.cues import BRACKET_AFTER_DATE, LIST_JOINER, Cues, EndChars, word_gate
from tradeie.relate.respective_dates import respective_dates
from tradeie.relate.view import Item

# the longest opening phrase ("Compared with the same quarter a year ago,") read as setting
# the basis of a whole sentence; longer ones are clauses of their own
LEAD_MAX = 90
# "Comparing the first 11 months of 2025 with the same period in 2024, ...": the date after
# "with" is the base compared with
_COMPARING_WITH = re.compile(r"\W*comparing\s.+\s(?:with|to|against)\s+\Z",
                             re.IGNORECASE | re.DOTALL)
# how far after a value compared with its date may stand ("from $52.6 billion recorded in
# the same month of the previous year")
COMPARED_DATE_REACH = 70
# a date owning the figure right after it: "November's 4.8%"
# a bracketed aside right after a figure that holds another figure: "from $11.3 billion
# (1.3% of GDP) a year ago"
FIGURE_ASIDE = re.compile(r" ?\(([^()\n]{1,60})\)")


class _LinkerLike(Protocol):
    """What the index reads from the linker that builds it."""

    c: Cues
    text: str

    def dates_in(self, lo: int, hi: int) -> list[Item]: ...

    def any_figure_in(self, lo: int, hi: int) -> bool: ...

    def is_period_date(self, d: Item) -> bool: ...


# a lookahead reaching one character at most ("(?![\w-])"): what EndChars accounts for
_ONE_CHAR_LOOK = re.compile(r"(?:\[[^\]]*\]|\\.|[^\\()\[|*+?{])")
_peek_cache: dict[str, bool] = {}


def _peeks_far(pattern: Pattern[str]) -> bool:
    r"""Whether ``pattern`` has a lookahead that may read more than one character past a
    match ("(?!\s+index)"): a match before a cut may then exist only in the cut string."""
    src = pattern.pattern
    hit = _peek_cache.get(src)
    if hit is None:
        hit = False
        for m in re.finditer(r"\(\?[=!]", src):
            depth, i = 1, m.end()
            while i < len(src) and depth:
                ch = src[i]
                if ch == "\\":
                    i += 2
                    continue
                if ch == "[":  # a class: its brackets are no groups
                    close = src.find("]", i + 2)
                    i = (close if close > 0 else len(src)) + 1
                    continue
                depth += {"(": 1, ")": -1}.get(ch, 0)
                i += 1
            if not _ONE_CHAR_LOOK.fullmatch(src[m.end():i - 1]):
                hit = True
                break
        _peek_cache[src] = hit
    return hit


class FirstMatch:
    """``pattern.search(string, start, e)`` for many ``e`` <= ``hi`` from one search up to
    ``hi``. Cutting the string at ``e`` changes nothing before ``e`` except that a match may
    now end exactly at ``e``; that needs ``string[e - 1]`` to be able to end a match
    (``ends``). Only then, or when the first match straddles ``e``, is the string searched
    again, so a sentence with thousands of figures is searched about once. The search up to
    ``hi`` is made at the first ``e`` that can use it (often none does)."""

    __slots__ = ("pattern", "string", "start", "hi", "ends", "first", "searched", "far",
                 "barred")

    def __init__(self, pattern: Pattern[str], string: str, start: int, hi: int,
                 ends: EndChars) -> None:
        self.pattern, self.string, self.start, self.hi, self.ends = (
            pattern, string, start, hi, ends)
        self.first: Match[str] | None = None
        self.searched = False
        self.far = _peeks_far(pattern)  # a lookahead past a cut: every cut searched
        self.barred = False  # the string up to ``hi`` fails a gate every match passes

    def search(self, e: int) -> Match[str] | None:
        if self.barred and self.start <= e <= self.hi:
            return None  # (a needed word: a shorter window holds none either)
        if e <= self.start or e > self.hi or self.ends.possible(self.string[e - 1]) or \
                self.far:
            return self.pattern.search(self.string, self.start, e)
        if not self.searched:
            self.first = self.pattern.search(self.string, self.start, self.hi)
            self.searched = True
        first = self.first
        if first is None or first.start() >= e:
            return None
        if first.end() < e:
            return first
        return self.pattern.search(self.string, self.start, e)


class SentenceIndex:
    """What the linker needs about one sentence, computed once, not once per figure."""

    def __init__(self, linker: _LinkerLike, sent: tuple[int, int], figs: list[Item],
                 mentions: list[MetricMention]) -> None:
        c, text = linker.c, linker.text
        # "sales to the US" is exports, "exports from Europe's largest economy" names no GDP
        mentions = heads.reread(linker, sent, mentions)
        self.linker = linker
        self.bounds = sent
        lo, hi = sent
        self.figs = figs
        self.fig_starts = [f.start for f in figs]
        self.max_fig_len = max((f.end - f.start for f in figs), default=0)
        # clause breaks: non-overlapping matches in text order, so starts and ends both sorted
        breaks = list(c.clause_breaks.finditer(text, lo, hi))
        self.break_starts = [m.start() for m in breaks]
        self.break_ends = [m.end() for m in breaks]
        # mentions (in text order): the last one ending by an offset, via ends sorted with
        # a running maximum of the list index
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.max_mention_len = max((m.end - m.start for m in mentions), default=0)
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].end)
        self.ends_sorted = [mentions[i].end for i in order]
        self.last_index: list[int] = []
        for i in order:
            self.last_index.append(max(i, self.last_index[-1]) if self.last_index else i)
        self._periods: dict[tuple[int, int], str | None] = {}
        self._reporters: dict[int, str | None] = {}
        # per figure, the earlier period its own period is compared with, when a date names
        # both ("between August and September")
        self.compared: dict[tuple[int, int], str] = {}
        self._prefix: dict[Any, FirstMatch] = {}
        self._lazy: dict[Hashable, Any] = {}
        self._index_dates(linker, figs)

    def _index_dates(self, linker: _LinkerLike, figs: list[Item]) -> None:
        c, text = linker.c, linker.text
        near = linker.dates_in(*self.bounds)
        self.dates = near
        self.date_starts = [d.start for d in near]
        self.date_ends = [d.end for d in near]  # sorted too: dates do not overlap
        # a date right after a figure ("1.5 percent in 2025") is that figure's: per figure
        # key, the dates it claims, and per date key, the figures claiming it
        self.claims: dict[tuple[int, int], list[Item]] = {}
        self.compared_figs: set[tuple[int, int]] = set()  # values compared with
        # figure key -> the date whose possessive owns it ("last year's $98.9 billion")
        self.possessed: dict[tuple[int, int], Item] = {}
        self.claimers: dict[tuple[int, int], set[tuple[int, int]]] = {}
        prev: Item | None = None
        undated: list[Item] = []  # compared values of a list still without a date
        for f in figs:
            if f.key in self.claims:
                continue
            own = [d for d in near[bisect_left(self.date_starts, f.end):
                                   bisect_right(self.date_starts, f.end + 40)]
                   if c.date_after_figure.match(text[f.end:d.start])]
            aside = FIGURE_ASIDE.match(text, f.end) if not own else None
            if aside is not None:
                # "from $11.3 billion (1.3% of GDP) a year ago": the date after the aside is
                # the figure's, and that of the figures inside it (the same value restated)
                inner = [g for g in figs if aside.start(1) <= g.start and g.end <= aside.end(1)]
                own = [d for d in near[bisect_left(self.date_starts, aside.end()):
                                       bisect_right(self.date_starts, aside.end() + 40)]
                       if c.date_after_figure.match(text[aside.end():d.start]) or (
                           not text[aside.end():d.start].strip()
                           and c.backref.search(text, d.start, d.end))][:1] \
                    if inner else []
                for g in inner if own else ():
                    self.claims[g.key] = list(own)
                    self.claimers.setdefault(own[0].key, set()).add(g.key)
            if own:
                # "had grown 11.9 per cent in October a year ago": the back-reference right
                # after the month dates the figure (October of the year before)
                k = bisect_right(self.date_starts, own[0].start)
                if k < len(near) and text[own[0].end:near[k].start] == " " and \
                        c.backref.search(text, near[k].start, near[k].end):
                    own[0] = near[k]
            k = bisect_left(self.date_starts, f.start) - 1
            poss = k >= 0 and c.possessive_date.fullmatch(text, near[k].end, f.start)
            if poss:
                own.insert(0, near[k])  # "November's 4.8%", "the previous month's 90.7 pct"
                self.possessed[f.key] = near[k]
            compared = self._compared_value_date(linker, f)
            if compared is None and prev is not None and prev.key in self.compared_figs and \
                    LIST_JOINER.fullmatch(text, prev.end, f.start):
                # "compared to respectively 12.7%, 14.2% and 26.3% in 8M 2014": a list of values
                # compared with shares their date
                self.compared_figs.add(f.key)
                compared = self._compared_value_date(linker, f, listed=True)
            # (not over a possessive date: "up from the previous month's 3.2 per cent, data
            # released on Thursday showed" is the previous month's)
            if compared is not None and compared not in own and not poss:
                own.insert(0, compared)
            if undated and not LIST_JOINER.fullmatch(text, prev.end, f.start):
                # "above the 4.5% expected by analysts and down from 5.0% in October": a
                # value compared with that is not listed with the undated ones dates only itself
                undated = []
            if f.key in self.compared_figs:
                if compared is None and not own:
                    undated.append(f)
                elif own:
                    for u in undated:  # the list's date is that of its last member
                        self.claims[u.key] = [own[0]]
                        self.claimers.setdefault(own[0].key, set()).add(u.key)
                    undated = []
            else:
                undated = []
            prev = f
            self.claims[f.key] = own
            for d in own:
                self.claimers.setdefault(d.key, set()).add(f.key)
        # "2.5% and 2.6% in September and October, respectively": each its own date
        respective, self.respective_periods = respective_dates(text, figs, near,
                                                               c.respectively)
        for key, d in respective.items():
            for old in self.claims.get(key, []):
                self.claimers.get(old.key, set()).discard(key)
            self.claims[key] = [d]
            self.claimers.setdefault(d.key, set()).add(key)
        # "compared with March 2021 (€201.4Bn)": offsets right after a bracket that follows a
        # date, each with the first such date; brackets differ, so the spans are disjoint
        brackets: dict[int, tuple[int, int]] = {}
        for index, d in enumerate(near):
            m = BRACKET_AFTER_DATE.match(text, d.end)
            if m and m.start(1) not in brackets:
                brackets[m.start(1)] = (m.end(1), index)
        self.bracket_starts = sorted(brackets)
        self.brackets = [brackets[k] for k in self.bracket_starts]
        # period candidates: not a release day, a comparison or a day; those no figure claims
        # are candidates for every figure, the others only for the figure claiming them
        self.candidates = [(i, d) for i, d in enumerate(near) if linker.is_period_date(d)
                           and d.attrs.get("granularity") != "day"]
        self.free = [(i, d) for i, d in self.candidates if d.key not in self.claimers]
        self.free_starts = [d.start for _, d in self.free]
        self.claimed_candidates: dict[tuple[int, int], list[tuple[int, Item]]] = {}
        for i, d in self.candidates:
            if d.key in self.claimers:
                self.claimed_candidates.setdefault(d.key, []).append((i, d))

    def _compared_value_date(self, linker: _LinkerLike, f: Item,
                             listed: bool = False) -> Item | None:
        """The date of a value compared with: "down from $4.60 billion the previous month",
        "compared to a $700 million surplus in December 2020", "than the 7.05 billion euros a
        year earlier". The first date after the figure in its clause, within
        ``COMPARED_DATE_REACH`` characters, with no figure between."""
        c, text = linker.c, linker.text
        if not listed and not c.comparison_value_before.search(
                text, max(self.bounds[0], f.start - 60), f.start):
            return None
        self.compared_figs.add(f.key)
        hi = min(self.clause(f.end)[1], f.end + COMPARED_DATE_REACH)
        i = bisect_left(self.date_starts, f.end)
        if i < len(self.dates) and self.dates[i].start < hi and not linker.any_figure_in(
                f.end, self.dates[i].start):
            return self.dates[i]
        return None

    # -- clauses and mentions -------------------------------------------------------------

    def clause(self, pos: int) -> tuple[int, int]:
        """From the end of the last break ending by ``pos`` to the first break starting at
        or after it (a break straddling ``pos`` bounds neither side)."""
        i = bisect_right(self.break_ends, pos)
        j = bisect_left(self.break_starts, pos)
        return (self.break_ends[i - 1] if i else self.bounds[0],
                self.break_starts[j] if j < len(self.break_starts) else self.bounds[1])

    def last_ending_by(self, pos: int) -> MetricMention | None:
        """The last mention (in text order) that ends at or before ``pos``."""
        k = bisect_right(self.ends_sorted, pos)
        return self.mentions[self.last_index[k - 1]] if k else None

    # -- sentence-wide cues (lazily: most sentences need few of them) ------------------------

    def lazy(self, name: Hashable, compute: Callable[[], Any]) -> Any:
        if name not in self._lazy:
            self._lazy[name] = compute()
        return self._lazy[name]

    def has(self, pattern: Pattern[str]) -> bool:
        # (no closure for ``lazy``: this is asked several times per figure)
        key = id(pattern)
        got = self._lazy.get(key)
        if got is None:
            got = self._lazy[key] = self.first(pattern) is not None
        return got

    def first(self, pattern: Pattern[str]) -> Match[str] | None:
        """``pattern.search`` of the whole sentence, run once per sentence for every step
        that asks ("respectively": the metric, product and reporter steps)."""
        key = ("first", id(pattern))
        if key in self._lazy:
            return self._lazy[key]
        gate = word_gate(pattern)
        got = self._lazy[key] = (gate or pattern).search(self.linker.text, *self.bounds)
        return got

    def text(self) -> str:
        got = self._lazy.get("text")
        if got is None:
            got = self._lazy["text"] = self.linker.text[self.bounds[0]:self.bounds[1]]
        return got

    def lead(self) -> tuple[str, str] | None:
        """The basis an opening phrase sets for the whole sentence ("On a month-on-month
        basis, prices rose 2.64%": ``("basis", "mom")``), or the earlier period it compares
        with ("Against the fourth quarter of 2024, output grew 1.2%": ``("date", "2024-Q4")``).
        The opening phrase runs to the first comma, at most ``LEAD_MAX`` characters, and
        holds no figure."""
        return self.lazy("lead", self._find_lead)

    def _find_lead(self) -> tuple[str, str] | None:
        linker, (lo, hi) = self.linker, self.bounds
        c, text = linker.c, linker.text
        comma = text.find(",", lo, min(hi, lo + LEAD_MAX))
        if comma < 0 or linker.any_figure_in(lo, comma):
            return None
        for basis, pattern in c.basis.items():
            if pattern.search(text, lo, comma):
                return ("basis", basis)
        for basis, pattern in c.basis_opening.items():
            if pattern.fullmatch(text, lo, comma):
                return ("basis", basis)
        for d in self.dates[:bisect_left(self.date_starts, comma)]:
            value = d.attrs.get("value")
            if value and not linker.is_period_date(d) and (c.comparison_before.search(
                    text, max(lo, d.start - 20), d.start) or _COMPARING_WITH.match(
                        text[lo:d.start])):
                return ("date", value)
        return None

    def search_before(self, pattern: Pattern[str], ends: EndChars, lo: int, hi: int,
                      pos: int) -> Match[str] | None:
        """``pattern.search(text[lo:pos])`` (the slice: nothing before ``lo`` is seen), for
        ``lo <= pos <= hi``."""
        key = (id(pattern), lo, hi)
        found = self._prefix.get(key)
        if found is None:
            string = self.text() if (lo, hi) == self.bounds else self.linker.text[lo:hi]
            found = self._prefix[key] = FirstMatch(pattern, string, 0, hi - lo, ends)
            gate = word_gate(pattern)
            found.barred = gate is not None and not gate.possible(string, 0, hi - lo)
        return found.search(pos - lo)

    def first_economy(self, pos: int) -> Match[str] | None:
        """The first economy named in the sentence before ``pos`` (text searched from the
        sentence start, as ``finditer(text, start, pos)`` would)."""
        key = "economy"
        found = self._prefix.get(key)
        if found is None:
            c = self.linker.c
            found = self._prefix[key] = FirstMatch(c.economy, self.linker.text,
                                                    self.bounds[0], self.bounds[1],
                                                    c.economy_ends)
        return found.search(pos)
