"""The figure finder: compiled once from the data files, ``find`` runs the steps of the
package docstring in order and assembles ``FigureMatch`` objects."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import pycountry

from tradeie.normalize.figure_lexicon import Lexicon, load_lexicon
from tradeie.normalize.figures.currency import _DocContext
from tradeie.normalize.figures.helpers import _joined, _line_number, _small_int, _tidy, _url_spans
from tradeie.normalize.figures.model import FigureMatch, _Cand, _Spans, _Text
from tradeie.normalize.figures.pairing import _Pairing
from tradeie.normalize.figures.patterns import (
    _CAPS_AFTER,
    _CLAUSE_END,
    _DEFAULT_KINDS,
    _EQUIV_GAP,
    _LABELS,
    _NAME_COMMA_R,
    _OR_GAP,
    _POSSESSIVE_R,
)
from tradeie.normalize.figures.reading import _NumberReader
from tradeie.normalize.figures.units import _UnitReader
from tradeie.patterns import trie_pattern


class FigureFinder(_NumberReader, _UnitReader, _Pairing):
    """Compiled once from ``models/figures.json`` and ``currencies.json``; ``find`` is pure."""

    def __init__(self) -> None:
        self.lex: Lexicon = load_lexicon()
        lex, r = self.lex, self.lex.regex
        self._r = r
        # Trigger words: a written number can only start at one of these.
        triggers = set(lex.number_words) | set(lex.number_multipliers) | set(lex.fold_words)
        triggers |= {k.split(" ")[0] for k in
                     list(lex.vague) + list(lex.fractions) + list(lex.scale_fractions)}
        self._a_triggers = lex.article_scales + lex.article_fractions
        triggers |= set(self._a_triggers)
        triggers.discard("a")
        self._triggers = tuple(sorted(triggers))
        # Names and symbols of dollars other than the US one, for resolving a plain "$".
        self.other_names = sorted((n, c) for n, c in lex.other_dollar_names.items()
                                  if n[0].isalpha() and "$" not in n)
        # (of dollars only: "R$" and "MX$" are the real and the peso, and a story that
        # writes "R$ 24.5 billion" still means US dollars by "dollars")
        dollars = {c for _, c in self.other_names}
        self.other_symbols = {s: c for s, c in lex.prefix_currencies.items()
                              if "$" in s and c in dollars}
        self._word_starts = {w[0] for w in lex.words}
        self._symbol_starts = {s[0] for s in lex.symbols}
        self._subject_re = re.compile(
            rf"(?i:(?<![A-Za-z])(?:{trie_pattern(lex.count_subjects)})(?![A-Za-z]))")
        self._post_dir_re = re.compile(
            rf"[ \t]{{1,3}}(?P<w>(?i:{trie_pattern(lex.up_after | lex.down_after)}))"
            r"(?![A-Za-z])(?![ \t]{1,3}(?:than|of)\b)"
        )

    @staticmethod
    @cache
    def country_names(country: str) -> tuple[str, ...]:
        """Lower-case names of a country (ISO alpha-2) as news writes them: 'qatar', 'iran'."""
        c = pycountry.countries.get(alpha_2=country)
        if c is None:
            return ()
        names = {c.name, getattr(c, "common_name", c.name)}
        return tuple(sorted({n.split(",")[0].lower() for n in names}))

    # -- public -------------------------------------------------------------------------

    def find(
        self,
        text: str,
        blocked: list[tuple[int, int]] | None = None,
        everything: bool = False,
        country: str | None = None,
    ) -> list[FigureMatch]:
        """Figures in text order; numbers overlapping a ``blocked`` span (dates) are skipped.
        ``country`` (ISO alpha-2, the article's economy) resolves generic currency names:
        "pesos" in a Philippine story are PHP.

        ``everything=True`` also returns bare numbers (QUANTITY, unit None, kind "number"),
        durations, ages and loose units, for benchmarks that annotate every quantity.
        """
        t = _Text(text)
        spans = _Spans(list(blocked or []) + _url_spans(text))
        ctx = _DocContext(self, text, country)
        cands: list[_Cand] = []
        last_end = -1
        rejected: list[int] = []  # ends of numbers dropped as names, codes, guards
        for pos in self._candidates(text):
            if pos < last_end:
                continue
            m = self._mixed(text, pos)
            if m is None:
                m = self._r["number"].match(text, pos)
            if m is None:
                continue
            if m.lastgroup in ("d", "sci", "numfrac", "exp") or (
                    m.lastgroup == "mixed" and m.group("whole")):
                run_end = pos
                while run_end < t.n and text[run_end].isdigit():
                    run_end += 1
                guard_end = self._guard(t, pos if text[pos] != "." else pos + 1, run_end)
                if guard_end is not None:
                    last_end = guard_end
                    rejected.append(guard_end)
                    continue
            t.floor = cands[-1].end if cands else 0
            cand = self._read(t, m, spans, ctx, everything, rejected)
            if cand is None:
                continue
            if rejected and cand.start - rejected[-1] <= 8 and any(
                    _joined(text, r, cand.start) for r in rejected[-2:]):
                cand.after_rejected = True  # "COVID-19 to 20", "G7-8"
            cands.append(cand)
            last_end = cand.end
        cands = self._pair(t, cands)
        self._spread_units(text, cands)
        self._count_subjects(t, cands)
        self._spread_amounts(t, cands)
        self._rate_points(text, cands)
        kept = [c for c in cands if self._keep(t, c, everything)]
        return self._assemble(text, kept)


    def _keep(self, t: _Text, c: _Cand, everything: bool) -> bool:
        lex, text = self.lex, t.text
        if c.score or c.yearlike or c.glued:
            return False
        strong = c.kind in ("money", "percent") or (c.kind == "measure" and not c.loose)
        if (c.named or c.label_like or c.after_rejected) and not strong:
            return False
        if c.source in ("word", "a", "fscale") and c.kind is None and c.value_max is None:
            return False  # "one", "ten" alone are words, not figures
        if c.source == "fold" and c.unit == "times" and not self._multiple(text, c):
            return False  # "scored twice": how often, not a size
        if not everything:
            return c.kind in _DEFAULT_KINDS and not c.loose and (
                c.unit != "times" or self._multiple(text, c))
        if c.kind == "duration" and text[c.num_end:c.num_end + 1] == "-" and \
                not (c.unit or "").endswith("s") and text[c.end:c.end + 1] == " " and \
                text[c.end + 1:c.end + 2] not in _CLAUSE_END:
            return False  # "a five-year award", "a two-month contract": an adjective
        if c.kind is None:
            if _POSSESSIVE_R.match(t.rev, t.n - c.start) or (
                    _NAME_COMMA_R.match(t.rev, t.n - c.start) and text[c.end:c.end + 1] == ","):
                return False  # "the old hybrid's 212", "Senard, 65, said": no quantity
            nxt = _CAPS_AFTER.match(text, c.end)
            if nxt and any(w.lower().rstrip(".,;:") in lex.street_words or w.lower() in
                           lex.street_words for w in nxt.group(0).split()):
                return False  # "575 Wilbraham Road", "90049 ZIP Code", "9 E 71st St"
            if text[c.start - 1:c.start] == "(" and text[c.end:c.end + 1] == ")" and \
                    _small_int(c.value) and c.value < 100:
                return False  # "(4)": a list or jersey number
            if _line_number(text, c):
                return False
        return True

    # -- output ---------------------------------------------------------------------------

    def _assemble(self, text: str, cands: list[_Cand]) -> list[FigureMatch]:
        index = {id(c): i for i, c in enumerate(cands)}
        out: list[FigureMatch] = []
        for c in cands:
            value = _tidy(c.value * c.factor)
            vmax = _tidy(c.value_max * c.factor) if c.value_max is not None else None
            if c.source == "fraction":
                value = round(value, 1)  # "a third" is 33.3 percent
            kind = c.kind or "number"
            move = index.get(id(c.move_from)) if c.move_from is not None else None
            out.append(FigureMatch(
                start=c.start, end=c.end, text=text[c.start:c.end],
                label=_LABELS.get(kind, "QUANTITY"), value=value, unit=c.unit,
                qualifier=c.qualifier, value_max=vmax, kind=kind, unit_text=c.unit_text,
                unit_name=c.unit_name, raw_value=_tidy(c.value), per=c.per,
                direction=c.direction, move_from=move, share_of=c.share_of,
            ))
        return _link(text, out)



def _link(text: str, figures: list[FigureMatch]) -> list[FigureMatch]:
    """Conversions ('43.85 trillion yuan (about 6.1 trillion U.S. dollars)') and figures
    that share a change word ('lost 190 points, or 0.6%')."""
    out = list(figures)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.direction and not b.direction and b.label == "PERCENT" and \
                _OR_GAP.fullmatch(text, a.end, b.start):
            out[i] = b = replace(b, direction=a.direction)
            continue
        if not _EQUIV_GAP.fullmatch(text, a.end, b.start):
            continue
        if not (a.label == b.label == "MONEY" or (
                a.label == b.label == "QUANTITY" and a.kind == b.kind == "measure")):
            continue
        if b.label == "MONEY" and b.unit_text == "$" and a.unit == b.unit and a.unit != "USD":
            b = replace(b, unit="USD")  # "10.5 million Australian dollars ($7.5 million)"
        if a.unit != b.unit or (a.unit_name and a.unit_name != b.unit_name):
            # the same amount converted, with the same bound: "more than X (Y)"
            b = replace(b, equivalent_of=i - 1, qualifier=b.qualifier or a.qualifier,
                        direction=b.direction or a.direction)
        out[i] = b
    return out


@cache
def default_finder() -> FigureFinder:
    return FigureFinder()
