"""Handlers of back-reference phrases, ISO dates, days, weeks and relative units."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from tradeie.normalize.periods.candidates import Spec, _Cand, _Ctx
from tradeie.normalize.periods.fiscal import _fy_year
from tradeie.normalize.periods.ops import _apply_op, _coerce, _Op
from tradeie.normalize.periods.tokens import _digits, _norm_phrase, _num_lb, _word_lb
from tradeie.normalize.periods.values import (
    _P,
    _latest,
    _month_end,
    _safe_date,
    _week_of,
    _ym,
    p_day,
    p_days,
    p_month,
    p_months,
    p_quarter,
    p_week,
    p_year,
)

# "rose 5 percent over the previous fiscal year's level": a figure compared with the period
_FIGURE_OVER = re.compile(r"(?:%|percent|per\s+cent|points?|\d)\s+(?:over|above|below)\s+$")


class RefDayHandlers:
    """Mixin of PeriodFinder: one ``_h_<family>`` per grammar family."""

    def _h_backref(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        key = _norm_phrase(m[0])
        op = self.backref_ops.get(key)
        if op is None or not _word_lb(ctx.low, m.start(), "-"):
            return None  # "the over-the-month gain": a compound adjective
        if key in self.bare_backrefs and not self._bare_ok(ctx, m.start(), m.end()):
            return None
        fallback = None
        if key == "the year" and any(w in ctx.low[max(0, m.start() - 40):m.start()]
                                     for w in self.to_date_cumulative):
            # "inflation accumulated in the year": January to the period reported
            op = _Op(None, "ytd", 0)
        if op.coerce is None and op.n < 0 and set(key.split()) & self.fiscal_adjs and \
                self._left_cmp.search(ctx.low, max(0, m.start() - 60), m.start()) is None and \
                _FIGURE_OVER.search(ctx.low, max(0, m.start() - 30), m.start()) is None:
            # "The previous fiscal year's surplus", "In the previous fiscal year, exports
            # were ...": a whole fiscal year; compared with ("Compared to the previous
            # fiscal, exports rose"), the same stretch a year before, as before
            op = replace(op, coerce="fiscal_year")
        if ctx.pub is not None and op.n < 0 and set(key.split()) & self.fiscal_adjs:
            # "Tax revenue rose in the previous fiscal year" with no period named before:
            # the fiscal year before the one under way
            fallback = _fy_year(ctx.cal.fy_of(ctx.pub) + op.n, ctx.cal)
        elif op.coerce == "fiscal_year" and op.n and ctx.pub is not None:
            # another fiscal back-reference with no period to follow: counted from the
            # fiscal year of publication
            fallback = _apply_op(p_day(ctx.pub), op, ctx.cal)
        elif ctx.pub is not None and op.coerce == "year" and not op.n and key in (
                "the year", "the end of the year"):
            left = " " + " ".join(ctx.low[max(0, m.start() - 20):m.start()].split()) + " "
            if key != "the year" or left.endswith(self.current_year_openers):
                # "by the end of the year", "later in the year" with nothing before: this year
                fallback = p_year(ctx.pub.year)
        return _Cand(m.start(), m.end(), None, True, op, fallback=fallback)

    def _bare_ok(self, ctx: _Ctx, start: int, end: int) -> bool:
        """A bare noun back-reference ("the year", "the same period") in a temporal use:
        not a basis ("on the month"), not followed by its own complement ("the period of
        rapid growth", "the year 2024", "the year ahead"), not a title ("of the Year")."""
        seg = ctx.text[start:end]
        if seg[:1].islower() and not seg.islower():
            return False
        if self._left(self._left_bare_bad, ctx, start):
            return False
        if self._from_figure.match(ctx.low, end):
            return True  # "its outlook for the year from the 2.5 percent forecast"
        return not self._bare_bad_after.match(ctx.low, end)

    def _h_same_period(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the same period' (the governing period), 'the same quarter of the previous
        year', 'the corresponding month two years ago' (whole years back)."""
        if not _word_lb(ctx.low, m.start()):
            return None
        noun = m["noun"]
        if m["tt"]:  # "the same period this year": the governing period's shape, this year
            if ctx.pub is None:
                return _Cand(m.start(), m.end(), None, True)
            op = _Op(self.same_nouns[noun], "year", 0, set_year=ctx.pub.year)
            return _Cand(m.start(), m.end(), None, True, op)
        if m["tw"]:
            n = -1
        elif m["tc"]:
            c = m["tc"]
            count = int(c) if c.isdigit() else self.counts.get(c)
            if not count or (m["tu"].endswith("s") == (count == 1) and c not in ("a", "an")):
                return None  # "two year earlier"
            n = count * self.count_dirs[m["td"]]
        elif noun in self.same_need_tail or not self._bare_ok(ctx, m.start(), m.end()):
            return None  # "at the same time": meanwhile
        else:
            n = 0
        return _Cand(m.start(), m.end(), None, True, _Op(self.same_nouns[noun], "year", n))

    def _h_backref_counted(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start(), "-"):
            return None
        c = m["c"]
        n = int(c) if c.isdigit() else self.counts.get(c)
        unit = self.count_units.get(m["u"])
        if n is None or unit is None or n == 0:
            return None
        if m["u"].endswith("s") == (n == 1) and c not in ("a", "an"):
            return None  # "one years earlier", "two year earlier": not this grammar
        step = self.count_dirs[m["dir"]] * n * int(unit.get("per", 1))
        return _Cand(m.start(), m.end(), None, True, _Op(unit.get("coerce"), unit["unit"], step))

    def _h_anaphor(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()) or self._ana_bad_after.match(ctx.low, m.end()):
            return None  # "that year on year": a conjunction, no period
        if m["noun"]:
            coerce = self.ana_nouns[m["noun"]]
        else:
            coerce = self.ana_phrases.get(_norm_phrase(m["ph"]))
        op = _Op(coerce, "year", 0, anaphoric=True)
        return _Cand(m.start(), m.end(), None, True, op)

    def _h_backref_span(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        c = m["n"]
        n = int(c) if c.isdigit() else self.numbers.get(c)
        if not n or n == 1:  # "the previous one months": not this grammar
            return None
        op = _Op(None, "months_before", n * self.span_units[m["u"]])
        return _Cand(m.start(), m.end(), None, True, op)

    def _h_to_date(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        if ctx.pub is None:
            return _Cand(m.start(), m.end(), None, True)
        unit = self.to_date_units[_norm_phrase(m["u"] or m["u2"])]
        whole = _coerce(p_day(ctx.pub), unit, ctx.cal)
        if whole is None:
            return None
        span = p_days(whole.start, ctx.pub)
        near = ctx.low[max(0, m.start() - 60):m.end() + 40]
        if unit == "year" and any(w in near for w in self.to_date_cumulative):
            # "the accumulated variation so far this year" in a story of March figures:
            # January to March, as "2023 so far" (the sum of the months reported); to
            # publication when no period governs (and without such a word: "has risen 1%
            # so far this year" runs to the day)
            return _Cand(m.start(), m.end(), None, True, _Op(None, "ytd", 0, set_year=ctx.pub.year),
                         fallback=span)
        return _Cand(m.start(), m.end(), span, True)

    def _h_same_period_of(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        coerce = self.same_nouns.get(m["noun"])
        if m["y"] or m["fy"]:
            return _Cand(m.start(), m.end(), None, True,
                         _Op(coerce, "year", 0, int(m["y"] or m["fy"])))
        # a fiscal label ("FY24", "2023-24"): moved into the fiscal year that starts then
        spec = self._tail_spec(m, "s", ctx)
        if spec is None or spec[0] != "fy":
            return None
        return _Cand(m.start(), m.end(), None, True,
                     _Op(coerce, "year", 0, int(spec[1]), fiscal=True))

    def _h_iso_day(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return None if d is None else _Cand(m.start(), m.end(), p_day(d), False)

    def _h_num_dmy(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """"14.01.2025", "14/01/2025": day first (month first only when the day would be
        no month: "01/14/2025")."""
        if not _num_lb(ctx.low, m.start()):
            return None
        a, b, y = int(m["d"]), int(m["m"]), int(m["y"])
        d = _safe_date(y, b, a) if b <= 12 else _safe_date(y, a, b) if m["sep"] == "/" else None
        return None if d is None else _Cand(m.start(), m.end(), p_day(d), False)

    def _h_day_span_roman(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """"1.I-30.IX 2024": January 1 to September 30 (whole months: "2024-01/2024-09")."""
        if not _num_lb(ctx.low, m.start()):
            return None
        y = int(m["y"])
        m1, m2 = self.roman_month_of[m["m1"]], self.roman_month_of[m["m2"]]
        a, b = _safe_date(y, m1, int(m["d1"])), _safe_date(y, m2, int(m["d2"]))
        if a is None or b is None or a > b:
            return None
        whole = a.day == 1 and (b + timedelta(days=1)).day == 1
        value = p_months(y, m1, y, m2) if whole else p_days(a, b)
        return None if value is None else _Cand(m.start(), m.end(), value, False)

    def _h_num_my(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """"09/2024": a month (a zero-padded month number and a year)."""
        if not _num_lb(ctx.low, m.start()):
            return None
        return _Cand(m.start(), m.end(), p_month(int(m["y"]), int(m["m"])), False)

    def _h_iso_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        y = int(m["y"])
        if int(m["m"]) == (y + 1) % 100:  # "2011-12" is a year pair, left to year_range
            return None
        if not _num_lb(ctx.low, m.start()) or not self._year_ok(ctx, m.start(), m.end()):
            return None
        return _Cand(m.start(), m.end(), p_month(y, int(m["m"])), False)

    def _h_day_span(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        conn, op = m["conn"], self._opener(ctx, m.start())
        if (conn == "and") != (op == "between"):
            return None  # "between March 1 and 7" but not "March 1 and 7" (two days)
        m1, m2 = self._month(ctx, m, "m1"), self._month(ctx, m, "m2")
        if (m["m1"] and m1 is None) or (m["m2"] and m2 is None):
            return None
        m1, m2 = m1 or m2, m2 or m1  # "March 1-7", "1-7 March": one month named
        if m1 is None or m2 is None:
            return None
        d1, d2 = int(_digits(m["d1"])), int(_digits(m["d2"]))
        y1 = int(m["y1"]) if m["y1"] else None

        def build(y: int) -> _P | None:
            b = _safe_date(y, m2, d2)
            a = _safe_date(y1 if y1 else y, m1, d1)
            if a is not None and b is not None and a > b and not y1:
                a = _safe_date(y - 1, m1, d1)  # "Dec. 28-Jan. 3"
            if a is None or b is None or (b - a).days > 366:
                return None
            return p_days(a, b)

        spec = self._day_spec(m)
        if spec is None:
            return None
        if spec == ("latest",) and (up := self._upcoming(ctx, m.start(), build)) is not None:
            return _Cand(m.start(), m.end(), up, True)
        return self._cand(m.start(), m.end(), self._resolve(spec, ctx, build))

    def _day_spec(self, m: re.Match[str]) -> Spec | None:
        if m["y"]:
            return ("abs", int(m["y"]))
        if m["rel"]:
            off = self._rel_off(m["rel"])
            return None if off is None else ("rel", off)
        return ("latest",)

    def _h_day(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        if mon is None or not _num_lb(ctx.low, m.start()):
            return None
        day = int(_digits(m["d"]))
        if not m["y"]:
            nxt = self._next_word.match(ctx.low, m.end())
            if nxt and nxt[1] in self.year_after:
                return None  # "in May 5 percent ..."
        start = m.start()
        wd = self._left(self._left_wd, ctx, start)  # "Monday, Jan. 13"
        if wd and self._weekday_at(ctx, wd.start(), wd["wd"]) is not None:
            start = wd.start()

        def build(y: int) -> _P | None:
            d = _safe_date(y, mon, day)
            return None if d is None else p_day(d)

        spec = self._day_spec(m)
        if spec is None:
            return None
        if spec == ("latest",) and (up := self._upcoming(ctx, start, build)) is not None:
            return _Cand(start, m.end(), up, True)
        return self._cand(start, m.end(), self._resolve(spec, ctx, build))

    def _h_week_of_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        tok = " ".join(m["ord"].split())
        k = None if tok in self.final_ordinals else self._ordinal(tok)
        if mon is None or (k is not None and not 1 <= k <= 5) or not _word_lb(ctx.low, m.start()):
            return None

        def build(y: int) -> _P | None:
            last = _month_end(y, mon)
            if k is None:
                return p_days(last - timedelta(days=6), last)
            first = date(y, mon, 1) + timedelta(days=7 * (k - 1))
            return None if first > last else p_days(first, min(first + timedelta(days=6), last))

        spec = self._tail_spec(m, "", ctx)
        return self._cand(self._the(ctx, m.start()), m.end(), self._resolve(spec, ctx, build))

    def _h_week_ending(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        start = self._the(ctx, m.start())
        # ("the four weeks to 3 May": that many whole weeks; "the fortnight ended
        # December 27": fourteen days)
        if "n" in m.re.groupindex:
            span = 7 * (self._count(m["n"]) or 0) - 1
        else:
            span = 13 if m["unit"] == "fortnight" else 6  # days before the last one
        if span < 6:
            return None
        if m["wd"]:
            wd = self._weekday_at(ctx, m.start("wd"), m["wd"])
            if wd is None or m["y"]:
                return None
            if ctx.pub is None:
                return _Cand(start, m.end(), None, True)
            end = ctx.pub - timedelta(days=(ctx.pub.weekday() - wd) % 7)
            return _Cand(start, m.end(), p_days(end - timedelta(days=span), end), True)
        mon = self._month(ctx, m, "mon") if m["mon"] else self._month(ctx, m, "mon2")
        if mon is None:
            return None
        day = int(_digits(m["d"] or m["d2"]))

        def build(y: int) -> _P | None:
            end = _safe_date(y, mon, day)
            return None if end is None else p_days(end - timedelta(days=span), end)

        spec = ("abs", int(m["y"])) if m["y"] else ("latest",)
        return self._cand(start, m.end(), self._resolve(spec, ctx, build))

    def _h_iso_week(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        if not (m["y"] or m["y2"] or m["y3"]):
            # "in week 14": the latest week 14 (not "this week 3 percent": a figure follows)
            before = ctx.low[max(0, m.start() - 8):m.start()].split()
            nxt = self._next_word.match(ctx.low, m.end())
            if not before or before[-1] not in ("in", "during", "for", "of", "since", "until") \
                    or (nxt and nxt[1] in self.year_after) or ctx.pub is None:
                return None
            wn = int(m["wn"])
            p = _latest(lambda y: p_week(y, wn), ctx.pub)
            return None if p is None else _Cand(m.start(), m.end(), p, True)
        y = int(m["y"] or m["y2"] or m["y3"])
        p = p_week(y, int(m["wn"] or m["wn2"] or m["wn3"]))
        start = m.start() if m["y3"] else self._the(ctx, m.start())
        return None if p is None else _Cand(start, m.end(), p, False)

    def _h_rel_unit(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'last year', 'this month', 'next week', 'the current quarter'."""
        off = self._rel_off(m["rel"])
        if off is None or not _word_lb(ctx.low, m.start()):
            return None
        pub, unit = ctx.pub, m["unit"]
        if unit in self.weekend_words:
            # "this weekend": Saturday-Sunday of the publication week. The text names it,
            # so it may lie after publication, as "next week" does; the contract's "not
            # after publication" rule is for bare months and weekdays, which are guesses.
            week = self.weekend_rel.get(" ".join(m["rel"].split()))
            if week is None:
                return None
            if pub is None:
                return _Cand(m.start(), m.end(), None, True)
            sat = pub + timedelta(days=5 - pub.weekday() + 7 * week)
            return _Cand(m.start(), m.end(), p_days(sat, sat + timedelta(days=1)), True)
        if unit == "year" and off == -1:
            base = self._left(self._left_base, ctx, m.start())
            if base is not None and self._base_ok(ctx, base):
                # "up 3 per cent over last year": the year before the period reported
                start = base.start("the") if base["the"] else m.start()
                fallback = p_year(pub.year - 1) if pub else None
                return _Cand(start, m.end(), None, True,
                             _Op("year", "year", -1, reporting=True), fallback=fallback)
        if pub is None:
            return _Cand(m.start(), m.end(), None, True)
        if unit == "year":
            p = p_year(pub.year + off)
        elif unit == "month":
            p = p_month(*_ym(pub.year * 12 + pub.month - 1 + off))
        elif unit == "week":
            p = _week_of(pub + timedelta(days=7 * off))
        else:
            cur = pub.year * 4 + (pub.month - 1) // 3 + off
            p = p_quarter(cur // 4, cur % 4 + 1)
        return _Cand(m.start(), m.end(), p, True)
