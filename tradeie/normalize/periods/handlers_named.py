"""Handlers of quarter and half codes, fiscal years, months, years, vague periods,
relative days and weekdays."""

from __future__ import annotations

import re
from datetime import timedelta

from tradeie.normalize.periods.candidates import Spec, _Cand, _Ctx
from tradeie.normalize.periods.fiscal import _Cal, _fy_year
from tradeie.normalize.periods.ops import _Op
from tradeie.normalize.periods.tokens import _num_lb, _word_lb, _year_label
from tradeie.normalize.periods.values import (
    _P,
    _latest,
    _ym,
    p_day,
    p_half,
    p_month,
    p_months,
    p_quarter,
    p_year,
)

# "Regulation (EU) 2023/1115", "2019/452": a year, a slash and a serial number name an act
_LEGAL_NUMBER = re.compile(r"/\d{3}")


class NamedHandlers:
    """Mixin of PeriodFinder: one ``_h_<family>`` per grammar family."""

    def _h_quarter_q(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start(), "-"):
            return None
        q1 = int(m["q"] or m["q2"])
        q2 = int(m["qe"] or m["qe2"] or q1)
        if q2 < q1:
            return None
        yy = m["yy"] or m["yy2"]  # "Q4'24", "4Q24"
        spec = ("abs", _year_label(yy)) if yy else self._tail_spec(m, "t", ctx)

        def build(y: int) -> _P | None:
            return p_months(y, 3 * q1 - 2, y, 3 * q2, "quarter")

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 3 * (q1 - 1), 3 * (q2 - q1 + 1), "quarter")

        c = self._cand(m.start(), m.end(), self._resolve(spec, ctx, build, fy_build))
        if c is not None and q1 == q2 and spec is not None:
            if spec == ("latest",):
                c.fq = q1  # "Q2" alone: a quarter of the fiscal year the story names
            c.fq_named = spec[0] in ("fy", "fyrel", "fylatest")
        return c

    def _h_year_qh(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        y = int(m["y"])
        if m["mm"]:
            if ctx.text[m.start("mm") - 1] != "M":
                return None  # only a capital: "2024m" may be a measure
            return _Cand(m.start(), m.end(), p_month(y, int(m["mm"])), False)
        if m["yo"]:
            tok = " ".join(m["yo"].lower().split())
            q = 4 if tok in self.final_ordinals else self._ordinal(tok)
            if q is None or not 1 <= q <= 4:
                return None
            return _Cand(m.start(), m.end(), p_quarter(y, q), False)
        p = p_quarter(y, int(m["q"])) if m["q"] else p_half(y, int(m["h"]))
        return _Cand(m.start(), m.end(), p, False)

    def _h_month_quarter(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        the = self._left(self._left_the, ctx, m.start())
        if mon is None or the is None or (m["y0"] and m["y"]):
            return None
        y = m["y0"] or m["y"]
        spec: Spec = ("abs", int(y)) if y else ("latest",)
        if m["yw"]:  # "the June 2024 year": the twelve months ending in June 2024
            if not y:
                return None  # "the June year" alone: too rare to tell from a verb phrase
            res = self._resolve(spec, ctx, lambda y: p_months(y - 1, mon % 12 + 1, y, mon)
                                if mon < 12 else p_year(y))
            return self._cand(the.start(), m.end(), res)
        if m["hw"]:  # "the June half", "the December half": the half ending that month
            if mon % 6:
                return None
            res = self._resolve(spec, ctx, lambda y: p_half(y, mon // 6))
            return self._cand(the.start(), m.end(), res)
        if mon % 3:
            return None  # "the December quarter" is the quarter ending in December
        q = mon // 3
        res = self._resolve(spec, ctx, lambda y: p_quarter(y, q))
        if spec == ("latest",) and (up := self._under_way(ctx, the.start(),
                                                          lambda y: p_quarter(y, q))):
            res = (up, True)  # "expect growth of 0.5% in the December quarter": under way
        return self._cand(the.start(), m.end(), res)

    def _h_half(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        h = self.half_ordinals.get(m["ord"]) or self._ordinal(m["ord"])
        if h not in (1, 2) or not _word_lb(ctx.low, m.start()):
            return None
        if self._dangling_of.match(ctx.low, m.end()):
            return None  # "the first half of the century" is no 2024-H1
        start, poss, fiscal = self._np_start(m, ctx)
        spec = self._tail_spec(m, "t", ctx, poss)
        if spec == ("latest",) and m["ord"] in self.half_ordinals and not m["tthey"]:
            return None  # "the back half" alone may be of anything ("of the room")
        if spec == ("that",):
            return self._of_that_year(start, m.end(), 6 * h - 5, 6 * h)
        if fiscal or m["fis2"]:
            spec = self._fiscalise(spec, ctx)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 6 * (h - 1), 6, "half")

        res = self._resolve(spec, ctx, lambda y: p_half(y, h), fy_build)
        if spec == ("latest",) and (up := self._under_way(ctx, start, lambda y: p_half(y, h))):
            res = (up, True)
        c = self._cand(start, m.end(), res)
        if c is not None and spec == ("latest",):
            c.fh = h
        return c

    def _h_half_h(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start(), "-"):
            return None
        h = int(m["h"] or m["h2"])
        yy = m["yy"] or m["yy2"]  # "H1'24", "1H24"
        if m["h2"] and m.end() - m.start() == 2 and ctx.text[m.start() + 1] == "h":
            return None  # "1h 30m" is an hour; a half written digit first is "1H"
        spec = ("abs", _year_label(yy)) if yy else self._tail_spec(m, "t", ctx)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 6 * (h - 1), 6, "half")

        res = self._resolve(spec, ctx, lambda y: p_half(y, h), fy_build)
        return self._cand(m.start(), m.end(), res)

    def _h_fiscal(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        spec = self._fiscal_spec(m, "", ctx)
        if spec is not None and spec[0] == "fylatest" and m["fthe"].split()[-1] in self.bare_fw:
            # "ended the fiscal positively" (Indian, Bangladeshi usage): the fiscal year of
            # the governing period, else the last one that has ended
            fallback = None
            if ctx.pub is not None:
                cal = spec[1]
                fallback = _latest(lambda sy: _fy_year(sy, cal), ctx.pub, cal.fy_of(ctx.pub))
            return _Cand(m.start(), m.end(), None, True, _Op("fiscal_year", "year", 0),
                         fallback=fallback)
        if spec is None or spec[0] == "fylatest":
            return None  # "the fiscal year" alone is a back-reference (see back_references)
        start = m.start() if m["frel"] else self._the(ctx, m.start())
        res = self._resolve(spec, ctx, lambda y: None, _fy_year)
        return self._cand(start, m.end(), res)

    def _h_fiscal_pre(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()):
            return None
        y1, cal = int(m["y"]), ctx.cal
        if m["y2"]:
            if _year_label(m["y2"]) != y1 + 1:
                return None
            spec: Spec = ("fy", y1, cal.split())
        else:
            spec = ("fy", cal.start_year(y1), cal)
        res = self._resolve(spec, ctx, lambda y: None, _fy_year)
        return self._cand(self._the(ctx, m.start()), m.end(), res)

    def _h_month_year(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        if mon is None or not _word_lb(ctx.low, m.start()):
            return None
        if m["y"] and not self._year_ok(ctx, m.start("y"), m.end()):
            return None
        pos = self._left(self._left_pos, ctx, m.start())
        start = pos.start() if pos else m.start()
        y = int(m["y"]) if m["y"] else 2000 + int(m["y2"])
        return _Cand(start, m.end(), p_month(y, mon), False)

    def _h_month_rel(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _word_lb(ctx.low, m.start()):
            return None
        if m["mon"]:
            mon, off = self._month(ctx, m, "mon"), self._rel_off(m["rel"])
            if mon is None or off is None:
                return None
            res = self._resolve(("rel", off), ctx, lambda y: p_month(y, mon))
            return self._cand(m.start(), m.end(), res)
        mon = self._month(ctx, m, "mon2")
        if mon is None:
            return None
        if ctx.pub is None:
            return _Cand(m.start(), m.end(), None, True)
        rel, cur = m["rel2"], ctx.pub.year * 12 + ctx.pub.month - 1
        if rel == "last":  # the most recent such month before the current one
            idx = cur - 1 - (cur - 1 - (mon - 1)) % 12
        elif rel == "next":
            idx = cur + 1 + ((mon - 1) - (cur + 1)) % 12
        else:  # "this May": the one in the publication year
            idx = ctx.pub.year * 12 + mon - 1
        return _Cand(m.start(), m.end(), p_month(*_ym(idx)), True)

    def _h_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        mon = self._month(ctx, m, "mon")
        if mon is None or not _word_lb(ctx.low, m.start()):
            return None
        start, end, low = m.start(), m.end(), ctx.low
        suffix = self._month_suffix.match(low, end)
        if suffix is None and low[end:end + 1] == "-" and low[end + 1:end + 2].isalpha():
            return None  # "Mar-a-Lago"; a real "March-May" is read by month_range
        if suffix is not None:
            end = suffix.end()  # "November-end": the month
        key = m["mon"].rstrip(".")
        if key in self.abbrevs and not m["mon"].endswith("."):
            nxt = ctx.text[end:end + 3].lstrip()
            if nxt[:1].isupper():
                return None  # "by Jun Wang": a name, not June
        if self._left(self._left_month_bad, ctx, start) and self._generic_month_end.match(
                low, end):
            return None  # "a record for a July.": a month of any year ("a July survey" is one)
        pos = self._left(self._left_pos, ctx, start)
        if pos:
            start = pos.start()
        elif key in self.ambiguous or key in self.abbrevs:
            # "May", "March", "Jan" alone: a month only in a temporal context
            ok = self._left(self._before_ok, ctx, start) or self._after_ok.match(ctx.low, m.end())
            # ("Asia's exporters had a mixed May.": capitalised before punctuation, as the
            # verb "may" never stands, mid-sentence)
            ok = ok or (ctx.text[m.start()].isupper() and self._punct_after.match(
                ctx.text, m.end()) is not None and not self._left(self._opening_left, ctx, start))
            if not ok:
                return None
        # a month is "not after" publication once it has begun: "in mid-December" in an
        # article of 20 December is this December, not last year's
        if ctx.pub is None:
            return _Cand(start, end, None, True)
        up = self._upcoming(ctx, start, lambda y: p_month(y, mon))
        if up is not None:
            return _Cand(start, end, up, True)
        p = _latest(lambda y: p_month(y, mon), ctx.pub, begun=True)
        day = self.month_pos_days.get(ctx.low[start:m.start()].rstrip("- ")) if pos else None
        if p is not None and day is not None and p.start.replace(day=day) <= ctx.pub:
            # "mid-April": that day (a month just begun stays the month)
            return _Cand(start, end, p_day(p.start.replace(day=day)), True)
        if p is not None and self._month_through.search(low, max(0, start - 10), start) \
                and (ctx.pub - p.end).days <= 92:
            # "arrivals totalled 5 million through September" (a month just reported): the
            # year to that month
            p = p_months(p.start.year, 1, p.start.year, mon)
        return _Cand(start, end, p, True)

    def _h_year_range(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        if not _num_lb(ctx.low, m.start()) and not self._after_figure_slash(ctx.low, m.start()):
            return None
        conn = m["conn"]
        if (conn == "and") != (self._opener(ctx, m.start()) == "between"):
            return None
        y1, raw2 = int(m["y1"]), m["y2"]
        y2 = _year_label(raw2)
        if y2 == y1 + 1 and self._two_points(ctx, m.start(), conn):
            return None  # "dropped between 2018 and 2019": two years compared
        if len(raw2) == 2 and y2 != y1 + 1:
            return None
        if not y1 < y2 <= y1 + 100 or (conn == "/" and y2 != y1 + 1):
            return None
        if not self._year_ok(ctx, m.start(), m.end()):
            return None
        cal = ctx.cal
        if y2 == y1 + 1 and cal.start_month != 1 and conn in ("-", "–", "—", "/"):
            p = _fy_year(y1, cal)  # "2023-24" in a country with an April fiscal year
        else:
            p = p_months(y1, 1, y2, 12)
        return _Cand(m.start(), m.end(), p, False)

    def _h_year(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        start = m.start()
        pos = self._left(self._left_pos, ctx, start)  # "mid-2024", "late 2024"
        if pos:
            start = pos.start()
        elif not _num_lb(ctx.low, start) and not self._after_figure_slash(ctx.low, start):
            return None
        else:
            cal = self._left(self._left_cal, ctx, start)  # "calendar year 2024"
            if cal:
                start = cal.start()
        if not self._year_ok(ctx, m.start(), m.end()):
            return None
        if _LEGAL_NUMBER.match(ctx.low, m.end()):
            return None  # "Regulation (EU) 2023/1115": a year and a serial number name an act
        return _Cand(start, m.end(), p_year(int(m["y"])), False)

    def _h_decade(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the 2010s' (2010-2019); 'the early 2000s', 'the mid-1990s' keep the decade, as
        'early 2011' keeps its year."""
        start = m.start()
        if ctx.low[max(0, start - 8):start].endswith(("of the ", "of the\n")):
            return None  # "the second half of the 1990s": a part of it, not read
        pos = self._left(self._left_pos, ctx, start)
        if pos:
            start = pos.start()
        elif not _num_lb(ctx.low, start):
            return None
        y = int(m["y"])
        return _Cand(start, m.end(), p_months(y, 1, y + 9, 12), False)

    def _h_calendar_prefix(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'CY2024', 'CY24': a calendar year, in capitals ('cy' is no prefix)."""
        if not _word_lb(ctx.low, m.start()) or not ctx.text[m.start():m.start() + 2].isupper():
            return None
        return _Cand(m.start(), m.end(), p_year(_year_label(m["y"])), False)

    def _h_season(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'summer 2024', 'last spring', 'the winter': three months from the season's first
        month (six months later in the southern hemisphere)."""
        word = m["s"]
        sm = self.season_of.get(word)
        if sm is None or not _word_lb(ctx.low, m.start()):
            return None
        end = m.start() + len(word)
        if not m["y"] and (self._season_bad_after.match(ctx.low, end) or (
                ctx.text[m.start()].isupper() and re.match(r"\s+[A-Z]", ctx.text[end:end + 3])
                and m.start() > 0)):
            return None  # "spring wheat", "the Spring Festival", "Summer Davos"
        if ctx.southern:
            sm = (sm + 5) % 12 + 1
        left = self._left(self._left_season, ctx, m.start())
        w = " ".join(left["w"].split()) if left else None
        rel = w if w in ("last", "this", "next", "this past") else None
        if m["y"] is None and (w is None or (word in self.season_strict and rel is None)):
            return None

        def build(y: int) -> _P | None:
            (y2, m2) = _ym(y * 12 + sm + 1)
            return p_months(y, sm, y2, m2)

        start = left.start() if rel or w == "the" else m.start()
        if m["y"]:
            if sm > 10:
                return None  # "winter 2024" spans two years: which is not said
            return self._cand(start, m.end(), self._resolve(("abs", int(m["y"])), ctx, build))
        if ctx.pub is None:
            return _Cand(start, m.end(), None, True)
        pub = ctx.pub
        inst = [p for y in range(pub.year - 2, pub.year + 2) if (p := build(y)) is not None]
        if rel in ("last", "this past"):
            p = _latest(build, pub)
        elif rel == "next":
            p = next((q for q in inst if q.start > pub), None)
        elif rel == "this":  # the season under way, else the one of the publication year
            p = next((q for q in inst if q.start <= pub <= q.end), build(pub.year))
        else:
            p = _latest(build, pub, begun=True)
        return _Cand(start, m.end(), p, True)

    def _h_vague(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'in recent months', 'the coming term': a time expression with no period."""
        if not _word_lb(ctx.low, m.start()):
            return None
        return _Cand(m.start(), m.end(), None, True)

    def _h_rel_day(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        off = self.relative_days.get(" ".join(m["w"].split()))
        if off is None or not _word_lb(ctx.low, m.start()):
            return None
        p = p_day(ctx.pub + timedelta(days=off)) if ctx.pub else None
        return _Cand(m.start(), m.end(), p, True)

    def _h_weekday(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        wd = self._weekday_at(ctx, m.start(), m["wd"])
        if wd is None or not _word_lb(ctx.low, m.start()):
            return None
        if self._left(self._left_wd_name, ctx, m.start()):
            return None  # "Black Friday"
        start = m.start()
        relm = self._left(self._left_wd_rel, ctx, start)
        rel = relm["rel"] if relm else ""
        if relm:
            start = relm.start()
        if ctx.pub is None:
            return _Cand(start, m.end(), None, True)
        pub = ctx.pub
        if rel == "next":
            d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        elif rel == "last":  # strictly before the publication day
            d = pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
        else:  # "Monday", "this Monday": the most recent one on or before publication
            d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        return _Cand(start, m.end(), p_day(d), True)
