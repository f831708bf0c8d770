"""PeriodFinder: load the data, compile the grammar, then find and resolve periods."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from tradeie.normalize.periods import local_calendars
from tradeie.normalize.periods.anaphora import Anaphora
from tradeie.normalize.periods.candidates import PeriodMatch, _Cand, _Ctx
from tradeie.normalize.periods.checks import Checks
from tradeie.normalize.periods.grammar import Grammar
from tradeie.normalize.periods.handlers_named import NamedHandlers
from tradeie.normalize.periods.handlers_refs import RefDayHandlers
from tradeie.normalize.periods.handlers_spans import SpanHandlers
from tradeie.normalize.periods.lexicon import Lexicon
from tradeie.normalize.periods.tokens import _SELF_CONTAINED, _token_class


class PeriodFinder(Lexicon, Grammar, Checks, RefDayHandlers, SpanHandlers, NamedHandlers,
                   Anaphora):
    """Load the word lists and compile the grammar once; then call ``find`` per text.

    ``find`` has no side effects other than a bounded cache of which families to try after
    which token pair (a plain dict, safe to share between threads).

    One class, its methods grouped by job in the mixins' modules: ``lexicon`` (the word
    tables), ``grammar`` (the patterns), ``checks`` and ``handlers_*`` (one ``_h_<family>``
    per pattern family), ``anaphora`` (back-references and sentence context)."""

    def __init__(self) -> None:
        self._load_data()
        self._compile()
        local_calendars.calendars()  # validated now: a broken file fails at load

    # ------------------------------------------------------------------ public

    def find(
        self, text: str, published: date | None = None, country: str | None = None,
        blocked: Sequence[tuple[int, int]] = (),
    ) -> list[PeriodMatch]:
        """All period expressions in text order, non-overlapping (longest match wins).
        ``country`` (ISO alpha-2, the article's economy) selects the fiscal calendar.
        ``blocked``: (start, end) character spans that hold no period (the names of
        officials: "Finance Minister Jan Jambon", "June Lim")."""
        if isinstance(published, datetime):
            published = published.date()
        elif isinstance(published, str):  # tolerated: the contract's ISO string form
            published = date.fromisoformat(published[:10])
        cal = self.default_cal
        if country:
            cal = self.cals.get(country.upper(), self.default_cal)
        low = text.lower()
        if len(low) != len(text):  # a few characters ("İ") lower to two: keep offsets exact
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        southern = bool(country) and country.upper() in self.southern
        ctx = _Ctx(text, low, published, cal, southern, country.upper() if country else None)
        cands: list[_Cand] = []
        fams, fallback = self._families, self._fallback
        found_at = -1  # trigger offset where a candidate was found
        for pos, i in self._attempts(low):
            if i in fallback and pos == found_at:
                continue  # "March" alone loses to "March 2021" found at the same token
            m = fams[i].rx.match(low, pos)
            if m is not None:
                try:
                    c = fams[i].handler(m, ctx)
                except OverflowError:  # counted past year 1 or 9999 from an extreme anchor
                    c = _Cand(m.start(), m.end(), None, True)
                if c is not None and c.end > c.start:
                    c.rank = i
                    cands.append(c)
                    found_at = pos
        chosen = _merge_named_periods(_select(cands, len(text)), low)
        if blocked:
            chosen = [c for c in chosen
                      if not any(s < c.end and c.start < e for s, e in blocked)]
        if ctx.country in local_calendars.calendars():
            chosen = local_calendars.apply(ctx, chosen)
        if "of the year t" in low:
            chosen = self._merge_year_start_spans(ctx, chosen)
        if self._year_opener_any.search(low) or (
                cal.start_month != 1 and any(c.fq for c in chosen)):
            self._place_in_sentence_year(ctx, chosen)
        if cal.start_month != 1 and any(c.fh for c in chosen):
            self._fiscal_halves(ctx, chosen)
        if any(c.fq for c in chosen) and " (" in text:
            self._bracketed_months(ctx, chosen)
        if cal.start_month != 1 and any(c.fq and not c.fq_named for c in chosen):
            self._fiscal_quarters(ctx, chosen)
        if any(c.op is not None for c in chosen):
            try:
                self._resolve_backrefs(ctx, chosen)
            except OverflowError:  # as above: the back-references keep no value
                for c in chosen:
                    if c.op is not None:
                        c.period = None
        out = []
        for c in chosen:
            p = c.period
            out.append(
                PeriodMatch(
                    c.start, c.end, text[c.start:c.end],
                    p.value if p else None,
                    p.start.isoformat() if p else None,
                    p.end.isoformat() if p else None,
                    p.gran if p else None,
                    c.relative,
                )
            )
        return out

    def _attempts(self, low: str) -> list[tuple[int, int]]:
        """(offset, family index) for every token that can start a period expression."""
        cache, families_for = self._token_cache, self._families_for
        out: list[tuple[int, int]] = []
        for m in self._trigger_rx.finditer(low):
            pair = (m["t"], m["n"] or "")
            idxs = cache.get(pair)
            if idxs is None:
                if len(cache) > 20000:  # bounded: junk input has endless distinct numbers
                    cache.clear()
                idxs = cache[pair] = families_for(*pair)
            if idxs:
                pos = m.start()
                out.extend((pos, i) for i in idxs)
        return out

    def _families_for(self, tok: str, nxt: str) -> tuple[int, ...]:
        """The families to try at start token ``tok`` followed by token ``nxt``."""
        if tok == "the":  # the trigger pattern only lets "the <start word>" through
            return self._triggers.get("the+" + nxt, ())
        key = self._word_class.get(tok) or _token_class(tok)
        idxs = sorted(set(self._triggers.get(tok, ()) + self._triggers.get(key, ())))
        if key in _SELF_CONTAINED:
            return tuple(idxs)
        nkey = self._word_class.get(nxt) or _token_class(nxt)
        return tuple(
            i for i in idxs
            if self._gates[i] is None or nxt in self._gates[i] or nkey in self._gates[i]
        )


def _select(cands: list[_Cand], n: int) -> list[_Cand]:
    """Non-overlapping candidates, longest first; ties go to the earlier family."""
    cands.sort(key=lambda c: (c.start - c.end, c.start, c.rank))
    taken = bytearray(n)
    chosen: list[_Cand] = []
    for c in cands:
        if taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _merge_named_periods(chosen: list[_Cand], low: str) -> list[_Cand]:
    """"the period January to May": a period noun right before the period it names is
    one expression with that period's value."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (prev is not None and prev.op is not None and c.op is None
                and prev.op.coerce is None and prev.op.unit == "year" and prev.op.n == 0
                and prev.op.set_year is None and not prev.op.anaphoric
                and low[prev.end:c.start].isspace() and "\n" not in low[prev.end:c.start]):
            c.start = prev.start
            out[-1] = c
            continue
        out.append(c)
    return out
