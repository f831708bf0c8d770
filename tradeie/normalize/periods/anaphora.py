"""Sentence context after selection: back-references ("a year earlier", "the same period
last year", "that month") resolved against the governing period of their sentence, years
carried from a sentence opener, fiscal halves and merged spans."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from tradeie.normalize.periods.candidates import _Cand, _Ctx
from tradeie.normalize.periods.ops import _apply_op, _Op
from tradeie.normalize.periods.values import (
    _P,
    _month_end,
    _month_span,
    _shift_months,
    p_days,
    p_months,
)

_FISCAL_LABEL = re.compile(r"(?<![\w])(?:fy|fiscal|financial)|\d\d[-/]\d\d(?![\w/-])")


class Anaphora:
    """Mixin of PeriodFinder: resolution of back-references and sentence context."""

    def _sentence_starts(self, text: str) -> list[int]:
        starts = [0]
        for m in self._sent_rx.finditer(text):
            if "\n" not in m[0]:  # a line break always ends a sentence
                end = m.start() + 1  # just after the full stop
                w = self._word_before_dot.search(text, max(0, end - 20), end)
                if w and (w[1].lower().rstrip(".") in self.abbrev_stop or len(w[1]) == 1):
                    continue
            starts.append(m.end())
        return starts

    def _merge_year_start_spans(self, ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
        """"the beginning of the year to the third quarter of 2024": January to the end of
        the period named after "to", one expression."""
        out: list[_Cand] = []
        k = 0
        while k < len(chosen):
            c = chosen[k]
            d = chosen[k + 1] if k + 1 < len(chosen) else None
            left = self._left(self._left_year_start, ctx, c.start)
            if (d is not None and left is not None and d.period is not None and d.op is None
                    and ctx.low[c.start:c.end] == "the year"
                    and self._span_to.fullmatch(ctx.low, c.end, d.start)):
                e = d.period.end
                p = (p_months(e.year, 1, e.year, e.month) if e == _month_end(e.year, e.month)
                     else p_days(date(e.year, 1, 1), e))
                out.append(_Cand(left.start(), d.end, p, d.relative, rank=d.rank))
                k += 2
                continue
            out.append(c)
            k += 1
        return out

    def _fiscal_halves(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """In a story that reports a fiscal half ("the fiscal first half": April-September
        in Japan), "the first half" without a year is that fiscal year's half."""
        cal, prev_end, first = ctx.cal, 0, None
        for c in chosen:
            if c.op is None and c.period is not None and not _is_dayish(c.period) and (
                    not self._is_comparison(ctx, c, prev_end)):
                first = c.period
                break
            prev_end = c.end
        span = _month_span(first) if first is not None else None
        if span is None or span[1] - span[0] != 5:
            return
        sy = cal.fy_of(first.start)
        if (span[0] - (sy * 12 + cal.start_month_of(sy) - 1)) % 6 or first.start.month in (1, 7):
            return  # not a fiscal half, or one that is also a calendar half
        for c in chosen:
            if c.fh and c.op is None and c.period is not None:
                c.period = cal.months(sy, 6 * (c.fh - 1), 6, "half") or c.period

    @staticmethod
    def _bracketed_months(ctx: _Ctx, chosen: list[_Cand]) -> None:
        """"the second quarter (July-September)" (India's fiscal year): a quarter named
        without its year is the three months its brackets name."""
        for c, d in zip(chosen, chosen[1:], strict=False):
            if not c.fq or c.op is not None or d.op is not None or c.period is None or \
                    d.period is None or ctx.text[c.end:d.start] != " (" or \
                    not ctx.text.startswith(")", d.end):
                continue
            span = _month_span(d.period)
            if span is not None and span[1] - span[0] == 2 and span[0] % 3 == 0:
                c.period = p_months(d.period.start.year, d.period.start.month,
                                    d.period.end.year, d.period.end.month, "quarter")

    def _fiscal_quarters(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """In a story that reports a quarter of a fiscal year ("Q2 FY25": July-September 2024
        in India), "Q2" without a year is that fiscal year's quarter."""
        prev_end, first = 0, None
        for c in chosen:
            if c.op is None and c.period is not None and not _is_dayish(c.period) and (
                    not self._is_comparison(ctx, c, prev_end)):
                first = c
                break
            prev_end = c.end
        if first is None or not first.fq_named:
            self._quarters_named_in_months(ctx, chosen)
            return
        sy = ctx.cal.fy_of(first.period.start)
        for c in chosen:
            if c.fq and not c.fq_named and c.op is None and c.period is not None:
                c.period = ctx.cal.months(sy, 3 * (c.fq - 1), 3, "quarter") or c.period

    @staticmethod
    def _quarters_named_in_months(ctx: _Ctx, chosen: list[_Cand]) -> None:
        """"GDP grew 5.4% in Q2" in a story of "the July-September quarter of 2024-25"
        (India): a quarter without its year is the fiscal year's quarter when the story names
        that quarter's months elsewhere and not those of the calendar quarter, or names a
        quarter of a fiscal year ("Q1 FY25") after it."""
        named = {(c.period.start, c.period.end) for c in chosen
                 if not c.fq and c.op is None and c.period is not None}
        # (only months named with their fiscal year: "the July-September quarter of
        # 2024-25"; "January-March" alone does not make "the fourth quarter" fiscal)
        fiscal_named = {(c.period.start, c.period.end) for c in chosen
                        if not c.fq and c.op is None and c.period is not None
                        and _FISCAL_LABEL.search(ctx.low, c.start, c.end)}
        fy_named = [ctx.cal.fy_of(c.period.start) for c in chosen
                    if c.fq_named and c.op is None and c.period is not None]
        for c in chosen:
            if not c.fq or c.fq_named or c.op is not None or c.period is None:
                continue
            if fy_named:  # "in Q2 ... in Q1 FY25": the fiscal year named in the story
                c.period = ctx.cal.months(fy_named[0], 3 * (c.fq - 1), 3, "quarter") or c.period
                continue
            if (c.period.start, c.period.end) in named:
                continue
            for sy in sorted({ctx.cal.fy_of(s) for s, _ in named}):
                p = ctx.cal.months(sy, 3 * (c.fq - 1), 3, "quarter")
                if p is not None and (p.start, p.end) in fiscal_named:
                    c.period = p
                    break

    def _place_in_sentence_year(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """"In 2022, the highest was in the first quarter": a period without a year in a
        sentence that opens with a year lies in that year, not in the latest one."""
        starts = self._sentence_starts(ctx.text)
        year_of: dict[int, int] = {}
        for k, st in enumerate(starts):
            m = self._year_opener.match(ctx.low, st)
            if m:
                year_of[k] = int(m["y"])
        cal = ctx.cal
        fy_of: dict[int, int] = {}  # sentence -> start year of the fiscal year it names
        for c in chosen:
            p = c.period
            k = bisect.bisect_right(starts, c.start) - 1
            if c.fq and k in fy_of and p is not None:
                # "projected 5.3 percent for 2021-22: 5.1 percent in second quarter": a
                # quarter of that fiscal year (India: July-September 2021)
                c.period = cal.months(fy_of[k], 3 * (c.fq - 1), 3, "quarter") or p
                continue
            if c.op is None and p is not None and cal.start_month != 1 and k not in fy_of:
                span = _month_span(p)
                if (span is not None and span[1] - span[0] == 11
                        and p.start.month == cal.start_month_of(p.start.year)):
                    fy_of[k] = p.start.year
            if c.op is not None or p is None or not c.relative or c.rank not in self._yearless:
                continue
            y = year_of.get(k)
            if y is not None and p.end.year != y and c.start > starts[k] + 4:
                c.period = _shift_months(p, 12 * (y - p.end.year))

    def _resolve_backrefs(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """Resolve each back-reference against the governing period of its sentence: the
        period its figures describe.

        Candidates, nearest first: the periods before it in its sentence, after it in its
        sentence ("Compared with a year earlier, exports in March..."), then those of the
        preceding sentences (the governing period carries over: "Prices rose in November.
        On a monthly basis they fell. PPI dropped from a year earlier."), unless that
        nearest earlier period does not contain the period the story reports (its first
        period that is no day and no comparison): then the period reported governs
        ("In the first three months, ... Compared to the previous quarter, Denmark ..." in
        a second-quarter story). "a year earlier, in May 2020" is May 2020, which then
        governs nothing. Two kinds of period are passed over on this first pass:
        - single days, for a period-sized back-reference: in news they are datelines and
          release days ("data released Monday"); spans of days ("the first 10 days of
          December") and weeks are statistical periods and count;
        - points of comparison ("from 4.1 percent in October", "the highest since June",
          "than in the second quarter", "compared with January-April 2022"): "a year
          earlier" in the next clause is a year before the governing period, not before
          the comparison.
        Periods of another sentence that reports a revision ("Q2 output was revised to a
        1.1% fall") do not carry over, and a period the back-reference cannot be read
        against ("the month" after "the 12 months to January") is passed over too.
        Only when nothing qualifies are they used, as before: the nearest period of the
        sentence or of the one before it, days only within the sentence and never a day in
        the week up to publication. "a week earlier" / "the previous day" prefer days."""
        text, pub = ctx.text, ctx.pub
        starts = self._sentence_starts(text)
        recent = (pub - timedelta(days=7), pub) if pub else None
        # "recorded a year earlier, in May 2020": the back-reference is the named period,
        # which is a point of comparison, not a period that governs
        fixed: dict[int, _P] = {}
        points: set[int] = set()
        for k in range(len(chosen) - 1):
            c, d = chosen[k], chosen[k + 1]
            if (c.op is not None and d.op is None and d.period is not None and not d.relative
                    and self._appositive.fullmatch(ctx.low, c.end, d.start)):
                fixed[id(c)] = d.period
                if c.op.n != 0 or c.op.unit == "months_before":  # a shifted, compared period
                    points.add(id(d))
        anchors: list[_Cand] = []
        left_edge: list[int] = []  # end of the candidate before each anchor
        prev_end = 0
        for c in chosen:
            if c.op is None and c.period is not None and id(c) not in points:
                anchors.append(c)
                left_edge.append(prev_end)
            prev_end = c.end
        comparison: list[bool | None] = [None] * len(anchors)  # computed when needed
        revision: dict[int, bool] = {}  # sentence index -> it reports a revision
        sent = [bisect.bisect_right(starts, a.start) - 1 for a in anchors]
        cap = 12  # how far to look for an anchor: keeps junk input linear
        reported: list[_P | None] = []  # the story's period: its first governing period
        last: _Cand | None = None
        for c in chosen:
            prev, last = last, c
            if c.op is None:
                continue
            if id(c) in fixed:
                c.period = fixed[id(c)]
                continue
            if (prev is not None and prev.op is not None and prev.period is not None
                    and c.op == _Op(None, "year", 0)
                    and self._appositive.fullmatch(ctx.low, prev.end, c.start)):
                c.period = prev.period  # "A year earlier, in the same period, ...": that one
                continue
            s = bisect.bisect_right(starts, c.start) - 1
            i = bisect.bisect_left(anchors, c.start, key=_start)
            back = range(i - 1, max(-1, i - 1 - cap), -1)
            before = self._unframed([j for j in back if sent[j] == s], anchors, ctx)
            after = [j for j in range(i, min(len(anchors), i + cap)) if sent[j] == s
                     and not self._coordinated.fullmatch(ctx.low, c.end, anchors[j].start)]
            earlier = self._unframed([j for j in back if sent[j] < s], anchors, ctx)
            if c.op.coerce is None and c.op.n == 0 and c.op.unit == "year" and (
                    c.op.set_year is None and c.op.months is None):
                # "from 5.1 percent in August to 5.3 percent in September during this
                # period", "... to 128 200 in July-September. Over the same period, ...":
                # the span of the two periods compared
                prev = before or [j for j in earlier if sent[j] == s - 1]
                if len(prev) >= 2:
                    span = self._from_to_span(ctx, anchors[prev[1]], anchors[prev[0]])
                    if span is not None:
                        c.period = span
                        continue
            if c.op.anaphoric:
                c.period = self._anaphor(c.op, anchors, i, cap, ctx, left_edge)
                if c.period is not None:
                    continue
            wants_day = c.op.unit == "day" or c.op.coerce in ("day", "week", "week_span")
            resolved = None
            if not before and not after:
                # no period in its own sentence: the nearest one of an earlier sentence
                # governs only when it contains the period the story reports ("the first
                # eight months" after an August story); another story's period ("the record
                # year 2008", "the first three months" in a second-quarter story) or a
                # relative one ("this year") gives way to the period reported
                if not reported:
                    reported.append(self._reported(ctx, anchors, sent, starts, left_edge))
                near = anchors[earlier[0]] if earlier else None
                if reported[0] is not None and (
                        near is None or near.rank == self._rank["rel_unit"]
                        or not (near.period.start <= reported[0].start
                                and near.period.end >= reported[0].end)
                        # "the quarter" after a half-year figure, in a quarter's story: the
                        # quarter reported, not the first quarter of that half
                        or c.op.coerce is not None and c.op.coerce == reported[0].gran
                        and near.period.gran != c.op.coerce):
                    resolved = _apply_op(reported[0], c.op, ctx.cal)
                    if resolved is not None:
                        earlier = []  # skip the search below
            order = (*before, *after, *earlier) if resolved is None else ()
            if c.op.coerce in ("week", "week_span"):
                # "the previous week" after "the week ended April 4 ..., the RBI said on
                # Friday": the week reported, not the release day's week
                order = sorted(order, key=lambda j: not _is_week(anchors[j].period))
            for j in order:
                p = anchors[j].period
                if not (_is_dayish(p) if wants_day else p.gran != "day"):
                    continue
                if not wants_day and anchors[j].relative and _is_week(p) and ctx.pub and \
                        ctx.pub - timedelta(days=14) <= p.end <= ctx.pub:
                    continue  # "the bureau said last week, up from ... a year earlier"
                k = sent[j]
                if k != s:
                    if k not in revision:
                        revision[k] = self._is_revision(text, starts, k)
                    if revision[k]:
                        continue  # "Q2 output was revised to ...": governs no later sentence
                if comparison[j] is None:
                    comparison[j] = self._is_comparison(ctx, anchors[j], left_edge[j])
                if comparison[j]:
                    continue
                resolved = _apply_op(p, c.op, ctx.cal)
                if resolved is not None:  # else "the month" after "the 12 months to May"
                    break
            if resolved is None:  # the fallback: nearest period of this or the last sentence
                prev = [j for j in earlier if sent[j] == s - 1]
                ref = None
                for same_sentence, group in ((True, before), (True, after), (False, prev)):
                    periods = [anchors[j].period for j in group]
                    preferred = [p for p in periods if _is_dayish(p) == wants_day]
                    if not preferred and wants_day:
                        preferred = periods
                    elif not preferred and same_sentence:
                        preferred = [
                            p for p in periods
                            if not (recent and recent[0] <= p.end <= recent[1])
                        ]
                    if preferred:
                        ref = preferred[0]
                        break
                resolved = _apply_op(ref, c.op, ctx.cal) if ref is not None else None
            c.period = resolved if resolved is not None else c.fallback
            if c.op.reporting and c.period is not None and not self._is_comparison(
                    ctx, c, c.start):
                # "Throughout the period, ... up 8.8 percent from a year ago": the period
                # reported governs the rest of its sentence
                anchors.insert(i, c)
                left_edge.insert(i, c.start)
                comparison.insert(i, False)
                sent.insert(i, s)

    def _from_to_span(self, ctx: _Ctx, a: _Cand, b: _Cand) -> _P | None:
        """The span from ``a`` to ``b`` when the text moves a figure "from ... <a> to ...
        <b>" between two periods of one granularity."""
        pa, pb = a.period, b.period
        if pa.gran != pb.gran or pa.gran == "day" or not (
                pa.start < pb.start and pa.end < pb.end):
            return None
        if not self._left(self._left_from_fig, ctx, a.start):
            return None
        if not self._to_fig.fullmatch(ctx.low, a.end, b.start):
            return None
        return p_days(pa.start, pb.end) if _month_span(pa) is None else p_months(
            pa.start.year, pa.start.month, pb.end.year, pb.end.month)

    def _unframed(self, order: list[int], anchors: list[_Cand], ctx: _Ctx) -> list[int]:
        """``order`` (anchors nearest first) with a period that frames the one before it
        put after it: in "between 1 April and 22 November in the current 2024-2025 fiscal
        year" the span governs, not the fiscal year."""
        if len(order) >= 2 and order[1] == order[0] - 1 and self._frames(
                ctx, anchors[order[1]], anchors[order[0]]):
            return [order[1], order[0], *order[2:]]
        return order

    def _frames(self, ctx: _Ctx, inner: _Cand, outer: _Cand) -> bool:
        """``outer`` right after ``inner`` ("<inner> in the current <outer>") strictly
        contains it: a frame, not a period of its own."""
        a, b = inner.period, outer.period
        return (a is not None and b is not None and a != b and b.start <= a.start
                and a.end <= b.end and bool(self._framed.fullmatch(ctx.low, inner.end,
                                                                   outer.start)))

    def _reported(self, ctx: _Ctx, anchors: list[_Cand], sent: list[int], starts: list[int],
                  left_edge: list[int]) -> _P | None:
        """The period the story reports: its first period that is no day, no point of
        comparison and not in a sentence that reports a revision."""
        found: _P | None = None
        for j, a in enumerate(anchors[:40]):
            # (a long span of days is a statistical period: "between 1 April and 22
            # November", "the first 20 days of March"; a day or a week is a release's)
            if _is_dayish(a.period) and (a.period.end - a.period.start).days < 9 or \
                    self._is_comparison(ctx, a, left_edge[j]):
                continue
            if self._is_revision(ctx.text, starts, sent[j]):
                continue
            if found is None:
                found, first = a.period, sent[j]
                if found.gran != "month":
                    return found
            elif sent[j] > first + 2:
                break
            elif (a.period.gran == "range" and found.start <= a.period.start
                    and a.period.end <= found.end and a.period != found):
                # "... in early January" (a headline) then "in the first half of January": a
                # biweekly story reports the half-month
                return a.period
        return found

    def _anaphor(self, op: _Op, anchors: list[_Cand], i: int, cap: int, ctx: _Ctx,
                 left_edge: list[int]) -> _P | None:
        """"that month": the nearest period before anchor ``i`` that lies within one month,
        in any sentence; one compared with ("following a rise of 0.1% in September", then
        "fell 1.2% over the month") only when no other fits; a named day only when no longer
        period is named before (days are mostly datelines and release days)."""
        back = range(i - 1, max(-1, i - 1 - cap), -1)
        # (only a month or a quarter: "that period" is the span just named, compared or not)
        passes = ((False, False), (False, True), (True, True)) if op.coerce in (
            "month", "quarter") else ((False, True), (True, True))
        for days, compared in passes:
            for j in back:
                p = anchors[j].period
                if _is_dayish(p) == days and (compared or not self._is_comparison(
                        ctx, anchors[j], left_edge[j])):
                    q = _apply_op(p, op, ctx.cal)
                    if q is not None:
                        return q
        return None

    def _is_revision(self, text: str, starts: list[int], k: int) -> bool:
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        return any(self._cmp_before.search(
            text[max(starts[k], m.start() - 30):m.start()].lower()) is None
            for m in self._revision_rx.finditer(text, starts[k], end))

    def _is_comparison(self, ctx: _Ctx, c: _Cand, prev_end: int) -> bool:
        """``c`` follows a comparison marker in its clause ("from 4.1 percent in October");
        "from January to June" is a range, not a comparison."""
        m = self._left_cmp.search(ctx.low, max(prev_end, c.start - 60), c.start)
        if m is None:
            return False
        if ctx.low[m.start():c.start].split() == ["from"]:
            # "from January to June": the range's own opener
            return not self._range_words.search(ctx.low, c.start, c.end)
        return True


def _start(c: _Cand) -> int:
    return c.start


def _is_week(p: _P) -> bool:
    return (p.end - p.start).days == 6


def _is_dayish(p: _P) -> bool:
    """A day, a week or a span of days, but not half a month ("the first half of January":
    a biweekly release's period, which governs and is reported like a month)."""
    return p.gran in ("day", "week") or (
        p.gran == "range" and _month_span(p) is None and not _is_half_month(p))


def _is_half_month(p: _P) -> bool:
    s, e = p.start, p.end
    return (s.year, s.month) == (e.year, e.month) and (
        (s.day, e.day) == (1, 15) or (s.day == 16 and e == _month_end(e.year, e.month)))
