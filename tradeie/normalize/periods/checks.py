"""Checks and resolution helpers shared by the handlers: what precedes or follows a
match, word-to-number tables, and turning a spec into a candidate."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from tradeie.normalize.periods.candidates import Spec, _Cand, _Ctx
from tradeie.normalize.periods.fiscal import _Cal
from tradeie.normalize.periods.tokens import _year_label
from tradeie.normalize.periods.values import _P, _latest


class Checks:
    """Mixin of PeriodFinder: helpers of the handlers."""

    def _base_ok(self, ctx: _Ctx, base: re.Match[str]) -> bool:
        """'over last year' names a base only after a figure in its clause ('rose $100
        million over last year'; 'Over last year, ...' is a duration)."""
        if " ".join(base["w"].split()) not in self._base_need_fig:
            return True
        seg = ctx.low[max(0, base.start() - 60):base.start()]
        cut = max(seg.rfind("."), seg.rfind(";"), seg.rfind(","), seg.rfind("\n"))
        return any(c.isdigit() for c in seg[cut + 1:])

    def _two_points(self, ctx: _Ctx, start: int, conn: str) -> bool:
        """'between August and September', '(fell) from 2018 to 2019': two adjacent
        periods compared, not one span. "between" always; "from ... to" after a movement
        verb in the clause."""
        opener = self._left(self._left_open, ctx, start)
        if opener is None:
            return False
        if opener["w"] == "between":
            return conn == "and"
        if opener["w"] != "from" or conn != "to":
            return False
        seg = ctx.low[max(0, opener.start() - 80):opener.start()]
        cut = max(seg.rfind("."), seg.rfind(";"), seg.rfind("\n"))
        return self._move_rx.search(seg, cut + 1) is not None

    @staticmethod
    def _left(rx: re.Pattern[str], ctx: _Ctx, start: int) -> re.Match[str] | None:
        """``rx`` (anchored with \\Z) matched on the text just before ``start``."""
        return rx.search(ctx.low, max(0, start - 40), start)

    def _the(self, ctx: _Ctx, start: int) -> int:
        """Start of the span extended over a preceding "the"."""
        m = self._left(self._left_the, ctx, start)
        return m.start() if m else start

    def _opener(self, ctx: _Ctx, start: int) -> str:
        m = self._left(self._left_open, ctx, start)
        return m["w"] if m else ""

    def _month(self, ctx: _Ctx, m: re.Match[str], group: str) -> int | None:
        """Month number of a matched month token; month names must be capitalised."""
        tok = m[group]
        if not tok or not ctx.text[m.start(group)].isupper():
            return None
        local = self.local_month_country.get(tok.rstrip("."))
        if local is not None and local != ctx.country:
            return None  # "Kartik" is a month in a Nepali story only (elsewhere a name)
        return self.month_of.get(tok.rstrip("."))

    def _weekday_at(self, ctx: _Ctx, start: int, tok: str) -> int | None:
        if not ctx.text[start].isupper():
            return None
        return self.weekday_of.get(tok)

    def _count(self, tok: str) -> int | None:
        return int(tok) if tok.isdigit() else self.numbers.get(tok)

    def _ordinal(self, tok: str) -> int | None:
        if tok in self.ordinals:
            return self.ordinals[tok]
        return int(tok[:-2]) if tok[:-2].isdigit() else None

    def _year_ok(self, ctx: _Ctx, start: int, end: int) -> bool:
        """A 4-digit number is a year unless a count noun, scale or % follows it, or a
        currency sign, an approximator or a name ("Vision 2030") precedes it, or it is the
        level a figure moved to ("rose to over 2000") with no year context after it."""
        nxt = self._next_word.match(ctx.low, end)
        word = nxt[1] if nxt else ""
        if word in self.year_after or self._left(self._left_year_bad, ctx, start):
            return False
        if self._in_title(ctx, start, end):
            return False
        if word in self.year_context_after:
            return True
        fig = self._left(self._left_year_fig, ctx, start)
        # "a 2.7% decline over 1998": a movement noun after a figure or an article compares
        # with the year
        return fig is None or self._left(self._left_noun_use, ctx, fig.start()) is not None

    def _in_title(self, ctx: _Ctx, start: int, end: int) -> bool:
        """"the Ghana 2023 Trade Report": a proper name before the year and a title noun
        after it make the year part of a name."""
        if not ctx.text[end:end + 1].isspace() or not ctx.text[end + 1:end + 2].isupper():
            return False  # (fast path: no capital letter right after the year)
        before = self._title_before.search(ctx.text, max(0, start - 32), start)
        return (before is not None and before["w"] not in self.title_openers
                and self._title_after.match(ctx.text, end) is not None)

    def _after_figure_slash(self, low: str, i: int) -> bool:
        """"5%/2024": a figure and a year glued by '/' (unlike "1/2024", "org/2024")."""
        return i >= 2 and low[i - 1] == "/" and low[i - 2] in self.slash_year_after

    def _rel_off(self, tok: str | None) -> int | None:
        if tok is None:
            return None
        return self.relative.get(" ".join(tok.split()))

    def _fiscal_spec(self, m: re.Match[str], p: str, ctx: _Ctx) -> Spec | None:
        g = m.groupdict()
        cal = ctx.cal
        for a, b, fy_form in ((f"{p}fy1", f"{p}fy2", False), (f"{p}fb1", f"{p}fb2", True)):
            if g.get(a):
                y1 = _year_label(g[a])
                if g.get(b):
                    if _year_label(g[b]) != y1 + 1:
                        return None
                    return ("fy", y1, cal.split())
                return ("fy", cal.start_year(y1, fy_form), cal)
        if g.get(f"{p}fo1"):  # "the previous fiscal year of 2016/17"
            y1 = int(g[f"{p}fo1"])
            return ("fy", y1, cal.split()) if _year_label(g[f"{p}fo2"]) == y1 + 1 else None
        if g.get(f"{p}frel"):
            off = self._rel_off(g[f"{p}frel"])
            return None if off is None else ("fyrel", off, cal)
        if g.get(f"{p}fthe"):
            return ("fylatest", cal)
        return None

    def _tail_spec(
        self, m: re.Match[str], p: str, ctx: _Ctx, poss: re.Match[str] | None = None
    ) -> Spec | None:
        """The year an expression is placed in: ("abs", y), ("rel", off), ("latest",),
        or a fiscal spec. None when the tail is malformed."""
        g = m.groupdict()
        if g.get(f"{p}that"):
            return ("that",)
        if poss is not None:
            if poss["py"]:
                return ("abs", int(poss["py"]))
            off = self._rel_off(poss["prel"])
            return None if off is None else ("rel", off)
        if g.get(f"{p}ys1"):  # "2022-23": the fiscal year of the two labels
            y1 = int(g[f"{p}ys1"])
            if _year_label(g[f"{p}ys2"]) != y1 + 1:
                return None
            return ("fy", y1, ctx.cal.split())
        for key in (f"{p}y", f"{p}yb", "y"):
            if g.get(key):
                return ("abs", int(g[key]))
        for key in (f"{p}rel", "rel"):
            if g.get(key):
                off = self._rel_off(g[key])
                return None if off is None else ("rel", off)
        if any(g.get(f"{p}{k}") for k in ("fy1", "fb1", "frel", "fthe")):
            return self._fiscal_spec(m, p, ctx)
        return ("latest",)

    def _np_start(self, m: re.Match[str], ctx: _Ctx) -> tuple[int, re.Match[str] | None, bool]:
        """Left edge of a period noun phrase: over "the", "2024's" or "last year's", and
        over a "fiscal" before the ordinal ("the fiscal first quarter")."""
        start = m.start()
        fiscal = self._left(self._left_fiscal, ctx, start)
        if fiscal:
            start = fiscal.start()
        poss = self._left(self._left_poss, ctx, start)
        if poss:
            return poss.start(), poss, bool(fiscal) or bool(poss["pf"])
        return self._the(ctx, start), None, bool(fiscal)

    def _upcoming(self, ctx: _Ctx, pos: int, build: Callable[[int], _P | None]
                  ) -> _P | None:
        """A day or month without a year in a clause about the future ("will meet on
        September 23", "takes effect in October"): the next one after publication when the
        most recent one lies months back; None to keep the usual reading."""
        return self._next_in_future_clause(ctx, pos, build, lambda p, pub: p.start > pub)

    def _under_way(self, ctx: _Ctx, pos: int, build: Callable[[int], _P | None]
                   ) -> _P | None:
        """A quarter or half without a year in a clause about the future ("expects
        inflation to average 2.5% in the fourth quarter", published in November): the one
        under way, else the next one when it starts within six months; None to keep the
        usual reading (the last one ended)."""
        return self._next_in_future_clause(ctx, pos, build, lambda p, pub: p.end >= pub)

    def _next_in_future_clause(self, ctx: _Ctx, pos: int, build: Callable[[int], _P | None],
                               wanted: Callable[[_P, date], bool]) -> _P | None:
        """The first period ``build`` gives for the publication year or the next one that is
        ``wanted`` and starts within six months of publication, when the clause before
        ``pos`` speaks of the future; else None."""
        pub = ctx.pub
        if pub is None:
            return None
        cut = max(ctx.text.rfind(". ", 0, pos), ctx.text.rfind("\n", 0, pos),
                  ctx.text.rfind("; ", 0, pos))
        if self._future_rx.search(ctx.text, cut + 1, pos) is None:
            return None
        nxt = next((p for y in (pub.year, pub.year + 1) if (p := build(y)) is not None
                    and wanted(p, pub)), None)
        if nxt is None or (nxt.start - pub).days > 183:
            return None
        return nxt

    @staticmethod
    def _resolve(
        spec: Spec | None,
        ctx: _Ctx,
        build: Callable[[int], _P | None],
        fy_build: Callable[[int, _Cal], _P | None] | None = None,
    ) -> tuple[_P | None, bool] | None:
        if spec is None:
            return None
        kind, pub = spec[0], ctx.pub
        if kind in ("fy", "fyrel", "fylatest") and fy_build is None or kind == "that":
            return None
        if kind == "abs":
            return build(spec[1]), False
        if kind == "fy":
            return fy_build(spec[1], spec[2]), False
        if pub is None:
            return None, True
        if kind == "rel":
            return build(pub.year + spec[1]), True
        if kind == "fyrel":
            cal = spec[2]
            return fy_build(cal.fy_of(pub) + spec[1], cal), True
        if kind == "fylatest":
            cal = spec[1]
            return _latest(lambda sy: fy_build(sy, cal), pub, cal.fy_of(pub)), True
        return _latest(build, pub), True

    @staticmethod
    def _fiscalise(spec: Spec | None, ctx: _Ctx) -> Spec | None:
        """'the fiscal first quarter of 2024': a calendar-year spec read as a fiscal year."""
        if spec is None:
            return None
        cal = ctx.cal
        if spec[0] == "abs":
            return ("fy", cal.start_year(spec[1]), cal)
        if spec[0] == "rel":
            return ("fyrel", spec[1], cal)
        if spec[0] == "latest":
            return ("fylatest", cal)
        return spec

    @staticmethod
    def _cand(start: int, end: int, res: tuple[_P | None, bool] | None) -> _Cand | None:
        if res is None:
            return None
        p, rel = res
        if p is None and not rel:
            return None  # an absolute expression that is no valid date ("February 30, 2024")
        return _Cand(start, end, p, rel)
