"""Handlers of month ranges and counted spans, quarters by ordinal, year-to-date and
rolling spans."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tradeie.normalize.periods.candidates import Spec, _Cand, _Ctx
from tradeie.normalize.periods.fiscal import _Cal
from tradeie.normalize.periods.ops import _days_of_month, _Op
from tradeie.normalize.periods.tokens import _num_lb, _word_lb, _year_label
from tradeie.normalize.periods.values import (
    _P,
    _latest,
    _month_span,
    _ym,
    p_days,
    p_month,
    p_months,
    p_quarter,
    p_week,
    p_year,
)

# a comparison word right before "the <ordinal>" of an elided quarter
# "the fiscal year ended March": a whole fiscal year (not the part of one up to a month)
_ENDED = re.compile(r"\b(?:ended|ending)\b")
_COMPARED_THE = re.compile(
    r"(?:from|than|compared with|compared to|over|versus|vs\.?|against)\s+\Z")

class SpanHandlers:
    """Mixin of PeriodFinder: one ``_h_<family>`` per grammar family."""

    def _h_month_range(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        m1, m2 = self._month(ctx, m, "m1"), self._month(ctx, m, "m2")
        if m1 is None or m2 is None or m1 == m2 or not _word_lb(ctx.low, m.start()):
            return None
        noun = m["noun"] or m["noun2"] or m["noun3"] or ""
        start = m.start()
        pos = self._left(self._left_pos, ctx, start)  # "mid-January to March"
        if pos:
            start = pos.start()
        if noun:  # "the January-November period": "the" belongs to the noun phrase
            start = self._the(ctx, start)
        if (m["conn"] == "and") != (self._opener(ctx, start) == "between"):
            return None  # "January and March" are two months
        hint = "quarter" if noun == "quarter" else "range"
        y1 = int(m["y1"]) if m["y1"] else None
        if not noun and m2 == m1 % 12 + 1 and self._two_points(ctx, start, m["conn"]):
            return None  # "changed between August and September": two months compared

        def build(y: int) -> _P | None:
            first = y1 if y1 is not None else (y if m1 <= m2 else y - 1)
            return p_months(first, m1, y, m2, hint)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            sm = cal.start_month_of(sy)
            o1, o2 = (m1 - sm) % 12, (m2 - sm) % 12
            return None if o2 < o1 else cal.months(sy, o1, o2 - o1 + 1, hint)

        spec = self._tail_spec(m, "t", ctx)
        if y1 is not None and spec == ("latest",):
            return None  # "March 2021 to June": not a range this grammar reads
        res = self._resolve(spec, ctx, build, fy_build)
        if spec == ("latest",) and (up := self._under_way(ctx, start, build)):
            res = (up, True)  # "expect ... in the October-December quarter": the one under way
        if noun == "quarter" and res is not None and res[0] is not None:
            span = _month_span(res[0])
            if span is None or span[1] - span[0] != 2:
                return None  # "the January-November quarter"
        end = m.end()
        if m["tfrel"] and not noun and " in " in ctx.low[m.end("m2") - 1:m.start("tfrel") + 1]:
            # "between October and mid-February in the current financial year": the fiscal
            # year is a date of its own; the range keeps the value it gives ("April-October
            # this fiscal" stays one)
            end = m.end("m2")
        return self._cand(start, end, res)

    def _h_first_months(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the first 11 months of 2024', 'the first three quarters', 'the last two
        quarters of fiscal 2023', 'the 11-month period'."""
        g = m.groupdict()
        pos = g.get("pos")
        n = self._count(m["n"])
        if n is not None and g.get("u") == "quarters":
            n = 3 * n if n <= 4 else None
        if pos is None and (n is None or n > 11 or self._the(ctx, m.start()) == m.start()):
            return None  # "the 12-month period" (a rolling year), "for a six-month period"
        if n is None or not 1 <= n <= 12 or not _word_lb(ctx.low, m.start()):
            return None
        if self._dangling_of.match(ctx.low, m.end()):
            return None  # "the first six months of the pandemic"
        start, poss, _ = self._np_start(m, ctx)
        first = pos not in ("last", "final")
        spec = self._tail_spec(m, "t", ctx, poss)
        if not first and spec == ("latest",) and not m["tthey"]:
            return None  # "the last three months": a rolling duration, not a period
        offset = 0 if first else 12 - n
        if spec == ("that",):
            return self._of_that_year(start, m.end(), 1 + offset, offset + n)

        def build(y: int) -> _P | None:
            return p_months(y, 1 + offset, y, offset + n)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, offset, n)

        if first and spec == ("latest",) and ctx.pub is not None and ctx.cal.start_month != 1 \
                and not m["tthey"]:
            # "the first eight months" in a Bangladeshi story of March 2025: the calendar
            # reading (January-August 2024) is stale; the fiscal one (July 2024 to February
            # 2025) has just ended. "Of the year" names the calendar year ("the first three
            # months of the year" in a British story of August is January-March)
            cal, pub = ctx.cal, ctx.pub
            p_cal = _latest(build, pub)
            p_fy = _latest(lambda sy: fy_build(sy, cal), pub, cal.fy_of(pub))
            if p_fy is not None and (p_cal is None or p_fy.end > p_cal.end):
                return _Cand(start, m.end(), p_fy, True)
        return self._cand(start, m.end(), self._resolve(spec, ctx, build, fy_build))

    def _h_days_of_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the first 10 days of December', 'the last five days of this month', 'the second
        half of March', 'the first fortnight of the month' (of the month that governs)."""
        pos = self.days_pos.get(m["pos"])
        if m["fn"]:  # half a month: the 1st to the 15th, or the 16th to the month's end
            n = 15 if pos == "first" else -1
        elif pos == "second":
            return None  # "the second ten days": no such span
        else:
            n = self._count(m["n"])
            if n is not None and m["du"] == "weeks":
                # "the first three weeks of November": seven days each ("two weeks" is a
                # half-month word)
                n = n * 7 if n <= 4 else None
        first = pos == "first"
        if n is None or not (1 <= n <= 31 or n == -1) or not _word_lb(ctx.low, m.start()):
            return None
        start = self._the(ctx, m.start())

        def build_month(y: int, mon: int) -> _P | None:
            return _days_of_month(y, mon, n, first)

        if m["mthe"]:
            # "the second half of the month": of the month its sentence reports
            op = _Op("month", "year", 0, days=n if first else -1 if n == -1 else -n)
            fallback = build_month(ctx.pub.year, ctx.pub.month) if ctx.pub else None
            return _Cand(start, m.end(), None, True, op, fallback=fallback)
        if m["mrel"]:
            off = self._rel_off(m["mrel"])
            if off is None:
                return None
            if ctx.pub is None:
                return _Cand(start, m.end(), None, True)
            idx = ctx.pub.year * 12 + ctx.pub.month - 1 + off
            return self._cand(start, m.end(), (build_month(*_ym(idx)), True))
        if m["yr"]:  # "the first fortnight of the year": January (the latest one)
            if not m["fn"] or m["fn"] == "half":
                return None
            mon: int | None = 1 if first else 12
        else:
            mon = self._month(ctx, m, "mon")
        if mon is None:
            return None
        spec = self._tail_spec(m, "", ctx)
        res = self._resolve(spec, ctx, lambda y: build_month(y, mon))
        return self._cand(start, m.end(), res)

    def _h_months_to(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the three months to September', 'the year ended March 2024', 'the fiscal year
        starting in April 2025' (the span runs from that month)."""
        mon = 3 * int(m["qn"]) if m["qn"] else self._month(ctx, m, "mon")
        n = self._count(m["n"]) if m["n"] else self.span_lengths.get(" ".join(m["len"].split()))
        if n and m["qs"]:  # "the three quarters to September"
            n *= 3
        if n == 0 and mon is not None and not m["from"]:
            n = mon  # "the accumulated to May": from January (year_start_spans)
        elif m["len"] and not m["from"] and mon is not None and \
                " ".join(m["len"].split()) == "year" and \
                self._year_through.match(ctx.low, m.end("len")) and \
                not self._rate_sentence(ctx, m.start(), m.end()):
            n = mon  # "the year through October": January to October (year_through_words)
        if mon is None or not n or not 1 <= n <= 24 or not _word_lb(ctx.low, m.start()):
            return None
        if m["len"] and not m["from"] and " ".join(m["len"].split()) in self.fiscal_spans and \
                not _ENDED.search(ctx.low, m.start(), m.end()):
            # "the financial year till December" (India): from the fiscal year's first month
            # to December, not the twelve months to it ("the fiscal year ended March" is)
            n = (mon - ctx.cal.start_month) % 12 + 1

        def build(y: int) -> _P | None:
            end = y * 12 + mon - 1 + (n - 1 if m["from"] else 0)
            (y1, m1), (y2, m2) = _ym(end - n + 1), _ym(end)
            return p_months(y1, m1, y2, m2)

        spec = self._tail_spec(m, "", ctx)
        if spec == ("latest",) and ctx.pub is not None and not m["from"]:
            # "the 12 months through January" in a story of January 26: to this January, as
            # "January" alone (the month under way counts, like a bare month name)
            y = ctx.pub.year if mon <= ctx.pub.month else ctx.pub.year - 1
            return self._cand(self._the(ctx, m.start()), m.end(), (build(y), True))
        res = self._resolve(spec, ctx, build)
        return self._cand(self._the(ctx, m.start()), m.end(), res)

    def _rate_sentence(self, ctx: _Ctx, start: int, end: int) -> bool:
        """Does the clause of ``start``-``end`` measure a rate (inflation, prices)? Its
        sentence before the date, and, for a date set off by a comma, a few words after it
        ("In the year through May, consumer prices rose 3%"; not "... reached $62.3
        billion, as lower prices for soy weighed on exports")."""
        lo = max(ctx.low.rfind(". ", max(0, start - 200), start) + 1, start - 200, 0)
        hi = end
        if ctx.low.startswith(",", end):
            hi = ctx.low.find(". ", end, end + 40)
            hi = end + 40 if hi < 0 else hi
        return self._year_through_rate.search(ctx.low, lo, hi) is not None

    def _h_quarter(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        tok = " ".join(m["ord"].split())  # "fourth and final"
        q = 4 if tok in self.final_ordinals else self._ordinal(tok)
        if q is None or not 1 <= q <= 4 or not _word_lb(ctx.low, m.start()):
            return None
        if m["ord2"] or m["pl"]:  # "the first and second quarters of 2024"
            return self._quarter_pair(m, ctx, q)
        if self._dangling_of.match(ctx.low, m.end()):
            return None  # "the first quarter of the century"
        start, poss, fiscal = self._np_start(m, ctx)
        spec = self._tail_spec(m, "t", ctx, poss)
        if tok == "last" and spec == ("latest",) and not m["tthey"]:
            # "last quarter" / "the last quarter": the quarter before publication
            if ctx.pub is None:
                return _Cand(start, m.end(), None, True)
            cur = ctx.pub.year * 4 + (ctx.pub.month - 1) // 3 - 1
            return _Cand(start, m.end(), p_quarter(cur // 4, cur % 4 + 1), True)
        if spec == ("that",):
            return self._of_that_year(start, m.end(), 3 * q - 2, 3 * q)
        if fiscal or m["fis2"]:
            spec = self._fiscalise(spec, ctx)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 3 * (q - 1), 3, "quarter")

        res = self._resolve(spec, ctx, lambda y: p_quarter(y, q), fy_build)
        if spec == ("latest",) and (up := self._under_way(ctx, start,
                                                          lambda y: p_quarter(y, q))):
            res = (up, True)
        c = self._cand(start, m.end(), res)
        if c is not None and spec is not None and spec[0] in ("latest", "fylatest"):
            c.fq = q
        if c is not None and spec is not None:
            c.fq_named = spec[0] in ("fy", "fyrel", "fylatest")
        return c

    def _quarter_pair(self, m: re.Match[str], ctx: _Ctx, q1: int) -> _Cand | None:
        tok = " ".join((m["ord2"] or "").split())
        q2 = 4 if tok in self.final_ordinals else self._ordinal(tok) if tok else None
        if q2 is None or not q1 < q2 <= 4 or not m["pl"]:
            return None  # "the first and third quarters" are two quarters, not a span
        if self._dangling_of.match(ctx.low, m.end()):
            return None
        start, poss, fiscal = self._np_start(m, ctx)
        spec = self._tail_spec(m, "t", ctx, poss)
        if fiscal or m["fis2"]:
            spec = self._fiscalise(spec, ctx)

        def build(y: int) -> _P | None:
            return p_months(y, 3 * q1 - 2, y, 3 * q2, "half")

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 3 * (q1 - 1), 3 * (q2 - q1 + 1), "half")

        if spec == ("latest",):  # a span of quarters of the year under way has begun
            if ctx.pub is None:
                return _Cand(start, m.end(), None, True)
            return self._cand(start, m.end(), (_latest(build, ctx.pub, begun=True), True))
        return self._cand(start, m.end(), self._resolve(spec, ctx, build, fy_build))

    @staticmethod
    def _of_that_year(start: int, end: int, m1: int, m2: int) -> _Cand:
        """'the first quarter of that year': months of the year last named."""
        op = _Op("year", "year", 0, anaphoric=True, months=(m1, m2))
        return _Cand(start, end, None, True, op)

    def _h_quarter_ellipsis(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'... in second quarter, 4.5 percent in third;': the quarter after "in" when a
        quarter was named just before; 'from the second to the third quarter'."""
        q = self._ordinal(m["ord"])
        if q is None or not 1 <= q <= 4 or not _word_lb(ctx.low, m.start()):
            return None
        start = m.start()
        the = self._left(self._left_the, ctx, start)
        compared, k = False, -1
        if ctx.low[m.end():m.end() + 40].lstrip()[:1].isalpha():  # "to the third quarter"
            if the is None:
                return None
            start = the.start()
        else:
            # "4.5 percent in third": a figure, then "in", after a quarter of the same
            # sentence ("He came in third." is no quarter); "in the third quarter compared
            # with the second": the quarter compared with, after a quarter
            k = ctx.low.rfind("quarter", max(0, start - 60), start)
            compared = the is not None and _COMPARED_THE.search(
                ctx.low, max(0, the.start() - 20), the.start()) is not None
            if compared and k >= 0 and not self._sentence_end.search(ctx.low, k, start):
                start = the.start()
            elif (k < 0 or not self._left(self._left_in, ctx, start)
                    or self._sentence_end.search(ctx.low, k, start)
                    or not any(ch.isdigit() for ch in ctx.low[max(k, start - 25):start])):
                return None
        res = self._resolve(("latest",), ctx, lambda y: p_quarter(y, q))
        if compared:
            # the quarter compared with is the one before the named quarter ("the third
            # quarter compared with the second": the same year; "the first ... the fourth":
            # the year before)
            words = re.findall(r"[a-z0-9]+", ctx.low[max(0, k - 15):k])
            qn = self._ordinal(words[-1]) if words else None
            named = self._resolve(("latest",), ctx, lambda y: p_quarter(y, qn)) \
                if qn is not None and 1 <= qn <= 4 and qn != q else None
            if named is not None and named[0] is not None:
                y = named[0].start.year
                res = (p_quarter(y if q < qn else y - 1, q), True)
        c = self._cand(start, m.end(), res)
        if c is not None:
            c.fq = q
        return c

    def _h_quarter_n(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'Quarter 3 2022', 'Quarter 4 (Oct to Dec) 2019', 'in quarter 1'."""
        if not _word_lb(ctx.low, m.start()):
            return None
        if not (m["y"] or ctx.text[m.start()].isupper()
                or self._left(self._before_ok, ctx, m.start())):
            return None  # "a quarter 2 points lower"
        q = int(m["q"])
        spec = ("abs", int(m["y"])) if m["y"] else ("latest",)
        res = self._resolve(spec, ctx, lambda y: p_quarter(y, q))
        return self._cand(m.start(), m.end(), res)

    def _h_month_count(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'8M 2015', 'in 9M': the first N months of the year; a capital letter after a
        context word ('$8M', '8m tonnes' are figures)."""
        if not _num_lb(ctx.low, m.start()) or ctx.text[m.start("l")] not in self._mca_letters:
            return None
        if not self._left(self._left_mca, ctx, m.start()):
            return None
        y = m["y"] or m["yg"]  # "8M 2015", "9M2023"
        if m["yy"]:  # "9M24"
            y = str(_year_label(m["yy"]))
        fis = next((p for p in ("t", "u")
                    if any(m[f"{p}{k}"] for k in ("fy1", "fb1", "frel", "fthe"))), None)
        if not y and not fis:
            nxt = self._next_word.match(ctx.low, m.end())
            if nxt and nxt[1] in self.year_after:
                return None
        n = int(m["n"])
        # "9MFY25", "5M FY2025": the first N months of that fiscal year
        spec = self._fiscal_spec(m, fis, ctx) if fis else ("abs", int(y)) if y else ("latest",)

        def fy_build(sy: int, cal: _Cal) -> _P | None:
            return cal.months(sy, 0, n)

        res = self._resolve(spec, ctx, lambda y: p_months(y, 1, y, n, "year"), fy_build)
        return self._cand(m.start(), m.end(), res)

    def _h_months_of(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        n = self._count(m["n"])
        if n is None or not 2 <= n <= 12 or not _word_lb(ctx.low, m.start()):
            return None
        start = self._the(ctx, m.start())
        off = self._rel_off(m["rel"]) if m["rel"] else None
        spec: Spec = ("abs", int(m["y"])) if m["y"] else ("rel", off)
        if off is None and not m["y"]:
            return None
        res = self._resolve(spec, ctx, lambda y: p_months(y, 1, y, n))
        return self._cand(start, m.end(), res)

    def _h_nth_month(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the first month of 2026', 'the ninth month of the year'."""
        n = self._ordinal(m["ord"])
        if n is None or not 1 <= n <= 12 or not _word_lb(ctx.low, m.start()):
            return None
        start = self._the(ctx, m.start())
        if m["y"]:
            spec: Spec = ("abs", int(m["y"]))
        elif m["rel"]:
            off = self._rel_off(m["rel"])
            if off is None:
                return None
            spec = ("rel", off)
        else:
            spec = ("latest",)
        return self._cand(start, m.end(), self._resolve(spec, ctx, lambda y: p_month(y, n)))

    def _h_ytd(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the year-to-date' (of the governing period), '2020 so far'."""
        if not _word_lb(ctx.low, m.start()):
            return None
        if ctx.low.startswith("(ytd)", m.start() - 1) and \
                ctx.low[:m.start() - 1].rstrip().endswith("date"):
            return None  # "year-to-date (YTD)": the abbreviation of the span just named
        pub, y = ctx.pub, int(m["y"]) if m["y"] else None
        if y is not None:
            if not self._year_ok(ctx, m.start(), m.start() + 4):
                return None
            start = m.start()
            if pub is not None and pub.year == y:
                fallback = p_days(date(y, 1, 1), pub)
            else:
                fallback = p_year(y)
        else:
            fis = self._left(self._left_fiscal_ytd, ctx, m.start())
            if fis is not None and ctx.low[m.start():m.start() + 4] == "year":
                # "the fiscal year to date": from the first month of the fiscal year (India,
                # Canada, UK: April; the United States: October) to the end of the governing
                # period, or to publication when none governs
                start = self._the(ctx, fis.start())
                fy = ctx.cal.months(ctx.cal.fy_of(pub), 0, 12, "year") if pub else None
                return _Cand(start, m.end(), None, True, _Op(None, "fytd", 0, reporting=True),
                             fallback=fy and p_days(fy.start, pub))
            start = self._the(ctx, m.start())
            fallback = p_days(date(pub.year, 1, 1), pub) if pub else None
        # (once resolved it governs the rest of its sentence: "The year-to-date surplus ...
        # compares with R28.5 billion for the comparable period in 2023" is January-March)
        op = _Op(None, "ytd", 0, set_year=y, reporting=True)
        return _Cand(start, m.end(), None, True, op, fallback=fallback)

    def _rolling_weeks(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the past week' (the last whole ISO week before the publication week, as 'last
        week'), 'the past two weeks' (the two whole weeks before it: a span of days)."""
        op = " ".join((m["op"] or "").split())
        if m["su"]:
            if op not in self.roll_short_openers:
                return None  # "last week": a relative period, read by its own family
            n = 1
        else:
            n = self._count(m["n"])
            if not n or n < 2 or not op:
                return None  # "the two weeks": no period
        if m["td"]:
            return None
        pub = ctx.pub
        if pub is None:
            return _Cand(m.start(), m.end(), None, True)
        monday = pub - timedelta(days=pub.weekday())
        if n == 1:
            iso = (monday - timedelta(days=7)).isocalendar()
            return self._cand(m.start(), m.end(), (p_week(iso.year, iso.week), True))
        return self._cand(m.start(), m.end(),
                          (p_days(monday - timedelta(days=7 * n), monday - timedelta(days=1)),
                           True))

    def _h_rolling(self, m: re.Match[str], ctx: _Ctx) -> _Cand | None:
        """'the past eight months' (up to the governing period), 'the last three years'
        (the whole years before publication), 'the eight months'."""
        if not _word_lb(ctx.low, m.start()) or (
                not m["td"] and self._roll_bad_after.match(ctx.low, m.end())):
            return None
        if self._left(self._left_of, ctx, m.start()):
            return None  # "the 16th of the past 17 months": a count of months, no period
        start = m.start()
        if m.groupdict().get("pre"):
            # "Over twelve months, ...": not "for over 12 months" (a duration, a qualifier)
            if m["su"] or not self._roll_pre_left.search(ctx.low, max(0, start - 30), start):
                return None
            start = m.start("n")  # (the span leaves the preposition out)
        if m["su"] in self.roll_week or m["u"] in self.roll_weeks:
            return self._rolling_weeks(m, ctx)
        if m["su"]:  # "the past decade": one unit, no count
            n, per = 1, self.roll_single[m["su"]]
            if per < 12 and " ".join((m["op"] or "").split()) not in self.roll_short_openers:
                return None  # "last month": a relative period, read by its own family
        else:
            n, per = self._count(m["n"]), self.roll_units[m["u"]]
            if not n or n < 2:
                return None
        pub = ctx.pub
        sm = ctx.cal.start_month
        if m["su"] and pub is not None and sm != 1 and per % 12 == 0:
            # "the past decade" in a story of an economy that counts fiscal years: the whole
            # fiscal years before the current one
            cur = pub.year if pub.month >= sm else pub.year - 1
            return self._cand(m.start(), m.end(),
                              (p_months(cur - per // 12, sm, cur, sm - 1), True))
        if per % 12 == 0:  # years, decades: whole calendar years before publication
            n, per = n * per // 12, 12
            if not m["op"] or m.groupdict().get("pre"):
                return None  # "the three years": no period
            if pub is None:
                return _Cand(m.start(), m.end(), None, True)
            return self._cand(m.start(), m.end(),
                              (p_months(pub.year - n, 1, pub.year - 1, 12), True))
        fallback = None
        if pub is not None:
            e = pub.year * 12 + pub.month - 2  # up to the last whole month
            (y1, m1), (y2, m2) = _ym(e - n * per + 1), _ym(e)
            fallback = p_months(y1, m1, y2, m2)
        # ("Over the last twelve months, the deficit stood at X, against Y a year earlier":
        # once resolved, the rolling span governs the rest of its sentence)
        return _Cand(start, m.end(), None, True,
                     _Op(None, "months_to", n * per, reporting=True), fallback=fallback)
