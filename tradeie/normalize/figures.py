"""Find monetary amounts, percentages and counted or measured quantities, and normalise them.

Works on the raw string (not tokens) so offsets are exact whatever the tokenizer did.
``FigureFinder.find`` runs in linear passes:

1. guards: spans that are never figures (clock times, dates, phone numbers, URLs);
2. one scan for every number-like thing (digits in both grouping styles, written numbers,
   fractions, "dozens of"), each read with the words around it: qualifier, currency,
   sign and change word on the left; scale words, unit, "per" denominator on the right;
3. false figures are dropped (years, ordinals, names such as "G20", "COVID-19", "Section
   232", labels, list numbers, scores);
4. neighbours are merged into ranges ("$3-4 billion"), linked as movements ("from 4.8
   percent to 4.7 percent") and as conversions ("43.85 trillion yuan (about 6.1 trillion
   U.S. dollars)").

By default only what a trade-news reader counts as a figure comes out: MONEY, PERCENT and
QUANTITY with a unit. ``everything=True`` also returns bare numbers, durations, ages and
gadget or sports units (QUANTITY, ``kind`` says which), as quantity benchmarks annotate.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from tradeie.normalize.figure_lexicon import Lexicon, Unit, key_of, load_lexicon, trie_pattern

# Kinds a default (trade-news) run returns; the others need everything=True.
_DEFAULT_KINDS = {"money", "percent", "measure", "count", "multiple"}
_LABELS = {"money": "MONEY", "percent": "PERCENT"}
_IRREGULAR_PLURALS = {
    "people", "children", "men", "women", "staff", "personnel", "police", "cattle", "sheep",
    "fish", "feet", "teeth", "mice", "geese", "data", "media", "crew", "livestock", "poultry",
    "aircraft", "fishermen", "businessmen", "salesmen", "firemen", "policemen", "workmen",
}
_DETERMINERS = {"the", "my", "his", "her", "its", "their", "our", "your", "these", "those"}
_MAX_DIGITS = 24  # longer digit strings are ids or junk, not figures


@dataclass(frozen=True, slots=True)
class FigureMatch:
    start: int
    end: int
    text: str
    label: str  # MONEY, PERCENT or QUANTITY
    value: float
    unit: str | None
    qualifier: str | None = None
    value_max: float | None = None
    equivalent_of: int | None = None  # index (in the returned list) of the figure converted
    # money, percent, measure, count, multiple; with everything=True also duration, age and
    # number (a bare number, unit None)
    kind: str = "count"
    unit_text: str | None = None  # the unit as written: "$", "US$", "per cent", "mph"
    unit_name: str | None = None  # quantulum3-style name of a measure, duration or age unit
    raw_value: float | None = None  # as written, scale words applied, before unit factors
    per: str | None = None  # "barrel" in "$58 a barrel", "year" in "5 percent a year"
    direction: str | None = None  # up/down from a change word or sign right at the figure
    move_from: int | None = None  # index of the figure this one moved from ("from A to B")


@dataclass(slots=True)
class _Cand:
    """A number being read; mutable while its context is parsed."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float  # scaled, before unit factors
    number: float  # as written, unscaled
    source: str  # digits, word, a, vague, fraction, fold
    value_max: float | None = None
    scaled: bool = False
    scale: float = 1.0
    kind: str | None = None
    unit: str | None = None
    unit_text: str | None = None
    unit_name: str | None = None
    factor: float = 1.0
    loose: bool = False
    qualifier: str | None = None
    direction: str | None = None
    sign: str | None = None
    currency_text: str | None = None
    per: str | None = None
    yearlike: bool = False
    named: bool = False
    score: bool = False
    drop: bool = False
    move_from: _Cand | None = field(default=None, repr=False)


class _Spans:
    """Sorted, merged spans with a bisect overlap test (documents can have many guards)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def hits(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, e - 1) - 1
        return i >= 0 and self.ends[i] > s


class FigureFinder:
    """Compiled once from ``models/figures.json`` and ``currencies.json``; ``find`` is pure."""

    def __init__(self) -> None:
        self.lex: Lexicon = load_lexicon()
        r = self.lex.regex
        self._number_re = r["number"]
        self._guards_re = r["guards"]
        self._other_dollar_re = re.compile(
            rf"(?<![A-Za-z.])(?:(?i:{trie_pattern(n for n in self.lex.other_dollar_names if n[0].isalpha() and '$' not in n)})"
            rf"|{trie_pattern(sorted({s for s, c in self.lex.prefix_currencies.items() if '$' in s and c != 'USD'}), sep=' ')})"
        )
        sterling = trie_pattern(m.strip() for m in self.lex.sterling_markers)
        self._sterling_re = re.compile(rf"(?i:(?<![a-z]){sterling}(?![a-z]))|£")
        self._yuan_re = re.compile(rf"(?i:\b{trie_pattern(self.lex.yuan_markers)}\b)")
        self._yen_re = re.compile(rf"(?i:\b{trie_pattern(self.lex.yen_markers or ('yen',))}\b)")
        self._post_dir_re = re.compile(
            rf"[ \t]{{1,3}}(?P<w>(?i:{trie_pattern(self.lex.up_after | self.lex.down_after)}))"
            r"(?![A-Za-z])(?![ \t]+(?:than|of)\b)"
        )
        self._metre_after_m = re.compile(
            r"[ \t]*(?:\([ \t]*[\d.,]+[ \t]*(?:ft|feet|foot|yards?|yd|in|inches)\b"
            r"|-?(?:long|tall|high|wide|deep|away|below|above|in\s+(?:length|height|diameter))\b)"
        )

    # -- public -------------------------------------------------------------------------

    def find(
        self,
        text: str,
        blocked: list[tuple[int, int]] | None = None,
        everything: bool = False,
    ) -> list[FigureMatch]:
        """Figures in text order; numbers overlapping a ``blocked`` span (dates) are skipped.

        ``everything=True`` also returns bare numbers (QUANTITY, unit None, kind "number"),
        durations, ages and loose units, for benchmarks that annotate every quantity.
        """
        guards = [m.span() for m in self._guards_re.finditer(text)]
        spans = _Spans(list(blocked or []) + guards)
        ctx = _DocContext(self, text)
        cands: list[_Cand] = []
        last_end = -1
        rejected_ends: set[int] = set()
        for m in self._number_re.finditer(text):
            if m.start() < last_end:
                continue
            cand = self._read(text, m, spans, ctx, everything, rejected_ends)
            if cand is None:
                continue
            cands.append(cand)
            last_end = cand.end
        cands = self._pair(text, cands)
        kept = [c for c in cands if self._keep(text, c, everything)]
        return self._assemble(text, kept)

    # -- reading one number with its context ------------------------------------------------

    def _read(self, text, m, spans, ctx, everything, rejected_ends) -> _Cand | None:
        lex = self.lex
        group = m.lastgroup
        s, e = m.span(group if group in ("d", "w", "a", "frac", "vague", "fold") else 0)
        if group in ("exp", "den"):  # named sub-groups: the branch is sci or outof
            group = "sci" if group == "exp" else "outof"
            s, e = m.span()
        if spans.hits(s, e):
            return None
        value_max = None
        if group == "d":
            digits = m.group("d")
            if len(digits) > _MAX_DIGITS:
                return None
            value = _parse_digits(digits)
            if self._digits_rejected(text, s, e, rejected_ends):
                rejected_ends.add(e)
                return None
        elif group == "w":
            parsed = self._parse_words(text, s, e)
            if parsed is None:
                return None
            value, e = parsed
            if text[s].isupper() and not _sentence_start(text, s):
                return None  # "Group of Seven", "Ocean's Eleven"
        elif group == "a":
            value = 1.0
        elif group == "vague":
            value, value_max = lex.vague[key_of(m.group("vague"))]
        elif group == "frac":
            value = lex.fractions[key_of(m.group("frac"))]
        elif group == "outof":
            value = lex.number_words[m.group("outof").lower()] / lex.denominators[
                key_of(m.group("den"))]
            group = "frac"
        elif group == "fold":
            value = lex.fold_words[m.group("fold").lower()]
        elif group == "numfrac":
            num, den = re.split(r"\s?[/⁄]\s?", m.group("numfrac"))
            if int(den) == 0 or int(num) >= int(den) or int(den) > 128:
                return None  # not a fraction: "24/7", "9/11"
            value = int(num) / int(den)
        elif group == "sci":
            mant = re.match(r"\d+(?:\.\d+)?", m.group("sci")).group(0)
            value = float(mant) * 10.0 ** int(m.group("exp").replace("−", "-"))
        else:
            return None
        source = {"d": "digits", "w": "word"}.get(group, group)
        c = _Cand(s, e, s, e, value, value, source, value_max)
        if group == "frac":
            c.kind, c.unit, c.unit_text, c.factor = "percent", "percent", m.group(0), 100.0
            c.source = "fraction"
        elif group == "fold":
            c.kind, c.unit, c.unit_text, c.unit_name = "multiple", "fold", m.group(0), "count"
        self._read_left(text, c, ctx)
        if c.drop:
            rejected_ends.add(e)
            return None
        if c.source not in ("fraction", "fold"):
            self._read_right(text, c, ctx, everything)
        if c.drop:
            rejected_ends.add(c.num_end)
            return None
        if c.kind is None and c.source == "digits":
            if re.match(r"[A-Za-z]", text[c.num_end:c.num_end + 1]) and c.end == c.num_end:
                rejected_ends.add(c.num_end)
                return None  # letters glued to the number that are no unit: "9AB", "5s"
        self._finish_direction(text, c)
        c.yearlike = (c.source == "digits" and not c.scaled and c.qualifier is None
                      and c.kind in (None, "count", "duration") and _yearlike(text, c, lex))
        return c

    def _digits_rejected(self, text: str, s: int, e: int, rejected_ends: set[int]) -> bool:
        before = text[s - 1] if s else ""
        if before == "-" and s >= 2 and (text[s - 2].isalpha() or (s - 1) in rejected_ends):
            word = re.search(r"[A-Za-z]+\Z", text[max(0, s - 12):s - 1])
            if (s - 1) in rejected_ends or not word or word.group(0).lower() not in (
                    "minus", "sub", "negative", "plus", "to"):
                return True  # COVID-19, TA-35, V-6, ISO 3888-2
        if before in "#№":
            return True
        after = text[e:e + 3]
        if re.match(r"(?:st|nd|rd|th)(?![A-Za-z])", after, re.IGNORECASE):
            return True  # ordinals
        if re.match(r"s(?![A-Za-z])", after) and e - s == 4:
            return True  # the 1990s
        if re.match(r"[.,]\d", after):
            return True  # 1.2.3 versions and 1,2,3 lists that the number scan stopped in
        if self.lex.regex["time_after"].match(text, e):
            return True  # 11 a.m., 5pm, 0401 GMT
        return False

    def _parse_words(self, text: str, s: int, e: int) -> tuple[float, int] | None:
        """'twenty-eight thousand six hundred forty-two' -> (28642.0, end of the last word)."""
        lex = self.lex
        total, group, last, end = 0.0, 0.0, None, s
        for tok in re.finditer(r"[A-Za-z]+", text[s:e]):
            word = tok.group(0).lower()
            if word == "and":
                continue
            if word in lex.number_multipliers:
                mult = lex.number_multipliers[word]
                if mult == 100:
                    if last == "hundred" or group >= 100:
                        break
                    group = (group or 1) * 100
                    last = "hundred"
                else:
                    if last == "thousand":
                        break
                    total += (group or 1) * mult
                    group, last = 0.0, "thousand"
            else:
                v = lex.number_words[word]
                kind = "unit" if v < 10 else "teen" if v < 20 else "ten"
                if last in ("unit", "teen") or (last == "ten" and kind != "unit"):
                    break
                group += v
                last = kind
            end = s + tok.end()
        if end == s:
            return None
        return total + group, end

    def _read_left(self, text: str, c: _Cand, ctx: _DocContext) -> None:
        lex, r = self.lex, self.lex.regex
        j = c.start
        m = r["sign_left"].search(text, max(0, j - 2), j)
        if m and c.source in ("digits", "word"):
            c.sign = m.group("sign")
            j = m.start()
        m = r["currency_left"].search(text, max(0, j - 8), j)
        if m and c.source in ("digits", "word", "a", "vague"):
            sym = m.group("cur")
            ok = True
            if sym in lex.weak_prefixes and m.group("sp"):
                ok = False
            if sym in lex.artifact_prefixes and not (
                    len(text[c.num_start:c.num_end].replace(",", "").split(".")[0]) >= 2
                    or re.match(r"[ \t]?(?:[mbk]n?|million|billion|mil)\b", text[c.num_end:],
                                re.IGNORECASE)):
                ok = False
            if ok:
                c.currency_text = sym
                c.kind, c.unit = "money", ctx.prefix_currency(sym)
                c.unit_text = sym
                j = m.start("cur")
                if c.sign is None:
                    m = r["sign_left"].search(text, max(0, j - 2), j)
                    if m:
                        c.sign = m.group("sign")
                        j = m.start()
        if c.sign is None:
            m = r["minus_left"].search(text, max(0, j - 12), j)
            if m:
                c.sign = "+" if m.group("m").lower() == "plus" else "-"
                j = m.start()
        m = r["qualifier_left"].search(text, max(0, j - 24), j)
        if m:
            q = m.group("q") or m.group("mark")
            c.qualifier = lex.qualifiers.get(key_of(q) if m.group("q") else q)
            if c.qualifier is None:
                c.qualifier = lex.qualifiers.get(q.lower())
            if c.qualifier is not None:
                j = m.start()
        c.start = j
        m = r["direction_left"].search(text, max(0, j - 48), j) or \
            r["direction_by_left"].search(text, max(0, j - 48), j)
        if m:
            word = key_of(m.group("d"))
            c.direction = "up" if word in lex.up_before else "down"
        if c.currency_text is None and c.source == "digits":
            self._check_name(text, c)

    def _check_name(self, text: str, c: _Cand) -> None:
        """'Section 232', 'G20', 'S&P 500', 'Apple Watch 5', 'No. 5': the number names."""
        lex = self.lex
        s = c.num_start if c.sign is None else c.start
        before = text[s - 1] if s else ""
        if before.isalpha():
            c.drop = True  # letters glued before the digits and no currency: G20, Q3, mk5
            return
        m = lex.regex["word_left"].search(text, max(0, c.start - 32), c.start)
        if not m:
            return
        word = m.group("w")
        low = word.lower()
        if low in lex.label_words or low.rstrip(".") in lex.label_words:
            if c.qualifier is None:
                c.drop = True
            return
        if word.endswith(".") and len(word) > 3 and low.rstrip(".") not in lex.label_words:
            return  # the previous sentence ended
        if any(ch.isupper() for ch in word) and low not in lex.name_ok and \
                low.rstrip(".,") not in lex.months and c.qualifier is None:
            c.named = True

    def _read_right(self, text: str, c: _Cand, ctx: _DocContext, everything: bool) -> None:
        lex, r = self.lex, self.lex.regex
        pos = c.num_end
        if c.source == "vague":
            of = re.match(r"\s{1,3}of\b", text[pos:pos + 8])
            pos += of.end()
        # scale words, chained: "4 hundred million", "3.41 lakh crore"
        for i in range(3):
            m = r["scale_word"].match(text, pos)
            if m:
                c.scale *= lex.scales[key_of(m.group("s"))]
                pos = m.end()
                continue
            if i == 0 and c.source == "digits" and pos == c.num_end:
                m = r["scale_letter"].match(text, pos)
                if m and self._letter_is_scale(text, c, m):
                    c.scale *= lex.scale_letters[m.group("s")]
                    pos = m.end()
            break
        if c.scale != 1.0:
            c.scaled = True
            c.value *= c.scale
            if c.value_max is not None:
                c.value_max *= c.scale
        if c.kind == "money":
            pos = self._absorb_suffix(text, c, pos)
            c.end = pos
            self._read_rate(text, c)
            return
        unit, ustart, uend = self._unit_at(text, pos, c)
        if unit is not None:
            self._set_unit(text, c, unit, ustart, uend, ctx)
            self._read_rate(text, c)
            return
        c.end = pos
        if everything:
            self._noun_phrase(text, c, pos)
            if c.kind is not None:
                self._read_rate(text, c)

    def _letter_is_scale(self, text: str, c: _Cand, m: re.Match) -> bool:
        letter = m.group("s")
        after = m.end()
        if letter in "mM":
            if c.kind == "money":
                return True
            if letter == "m" and self._metre_after_m.match(text, after):
                return False  # "37m (121ft)-long" is a length
            return True
        if letter in "bB":
            if c.kind == "money":
                return True
            return bool(self._currency_after(text, after))
        return True  # k, K: "25k", "$150K"

    def _currency_after(self, text: str, pos: int) -> bool:
        unit, _, _ = self._unit_at(text, pos, None)
        return unit is not None and unit.kind in ("money", "count")

    def _absorb_suffix(self, text: str, c: _Cand, pos: int) -> int:
        """'$5 billion USD', '$76 US a barrel', '1.1 trillion yuan' after a symbol: same money."""
        m = re.match(r"[ \t]?(?P<w>U\.S\.|US|[A-Z]{3})(?![A-Za-z])", text[pos:pos + 6])
        if m and (m.group("w") in self.lex.dollar_suffixes and "$" in (c.unit_text or "")
                  or self.lex.prefix_currencies.get(m.group("w")) == c.unit):
            if m.group("w") in ("US", "U.S.", "USD"):
                c.unit = "USD"
            return pos + m.end()
        unit, _, uend = self._unit_at(text, pos, c)
        if unit is not None and unit.kind == "money" and unit.name == c.unit:
            return uend
        return pos

    def _unit_at(self, text: str, pos: int, c: _Cand | None) -> tuple[Unit | None, int, int]:
        """The longest unit word or symbol at ``pos`` (after one space or hyphen)."""
        lex, r = self.lex, self.lex.regex
        gap = re.match(r"[ \t]{0,2}(?:-(?=\S))?", text[pos:pos + 4])
        q = pos + (gap.end() if gap else 0)
        if text.startswith("%", q) or text.startswith("%", pos):
            q2 = q if text.startswith("%", q) else pos
            return lex.symbols["%"], q2, q2 + 1
        best: tuple[Unit | None, int, int] = (None, q, q)
        mw = r["unit_word"].match(text, q)
        if mw:
            unit = lex.words.get(key_of(mw.group(0)))
            if unit is not None:
                best = (unit, q, mw.end())
        ms = r["unit_symbol"].match(text, pos) or (
            r["unit_symbol"].match(text, q) if q != pos else None)
        if ms:
            sym = ms.group(0)
            attached = ms.start() == pos
            unit = lex.symbols.get(sym)
            if unit is not None and (attached or sym not in lex.attached) and \
                    ms.end() - ms.start() > best[2] - best[1]:
                best = (unit, ms.start(), ms.end())
        return best

    def _set_unit(self, text, c: _Cand, unit: Unit, ustart: int, uend: int, ctx) -> None:
        written = text[ustart:uend]
        c.end = uend
        c.loose = unit.loose
        if unit.kind == "percent":
            c.kind, c.unit, c.factor, c.unit_text = "percent", unit.name, unit.factor, written
        elif unit.kind == "money":
            code = ctx.currency_of_name(key_of(written), unit.name)
            if code is None:  # "208 pounds" of weight
                c.kind, c.unit, c.unit_name = "measure", key_of(written), "pound-mass"
            else:
                c.kind, c.unit = "money", code
            c.unit_text = written
        elif unit.kind == "subunit":
            code = ctx.dollar() if unit.name == "DOLLAR" else unit.name
            c.kind, c.unit, c.factor, c.unit_text = "money", code, unit.factor, written
        elif unit.kind in ("measure", "duration", "age"):
            c.kind, c.unit, c.unit_name, c.unit_text = unit.kind, key_of(written), unit.name, \
                written
        elif unit.kind == "count":
            c.kind, c.unit, c.unit_text = "count", key_of(written), written
            if unit.name == "times":
                c.kind, c.unit_name = "multiple", "count"

    def _read_rate(self, text: str, c: _Cand) -> None:
        m = self.lex.regex["rate"].match(text, c.end)
        if m:
            den = m.group("den")
            unit = self.lex.words.get(key_of(den)) or self.lex.symbols.get(den)
            named = unit is not None and unit.kind in ("measure", "duration")
            c.per = unit.name if named else key_of(den)
            c.end = m.end()

    def _noun_phrase(self, text: str, c: _Cand, pos: int) -> None:
        """everything=True: the counted noun after a bare number ('7 European countries')."""
        lex = self.lex
        r = lex.regex["word_right"]
        toks: list[re.Match] = []
        p = pos
        for _ in range(6):
            m = r.match(text, p)
            if not m or (m.start("w") == c.num_end and c.source == "digits"):
                break
            toks.append(m)
            p = m.end()
        is_one = c.value == 1 and c.source in ("word", "digits") and not c.scaled
        if is_one and toks and toks[0].group("w").lower() == "of":
            toks = toks[1:]
            if toks and (toks[0].group("w").lower() in _DETERMINERS
                         or toks[0].group("w").endswith(("'s", "’s"))):
                toks = toks[1:]
        elif is_one and toks and toks[0].group("w").lower() in lex.one_after:
            return
        found = self._plural_head(toks, 4)
        if found is not None:
            head, unit = found
            if unit is not None:
                c.kind, c.unit, c.unit_name = unit.kind, key_of(toks[head].group("w")), unit.name
                c.unit_text = text[toks[0].start("w"):toks[head].end("w")]
                c.end = toks[head].end("w")
            else:
                self._set_count(text, c, toks[0].start("w"), toks[head].end("w"))
            return
        if is_one and toks and toks[0].start("w") - c.num_end < 4:
            first = toks[0].group("w")
            low = first.lower()
            before = re.search(r"([A-Za-z’']+)\s+\Z", text[max(0, c.start - 20):c.start])
            if before and before.group(1).lower() in lex.one_before:
                return
            if low in lex.stop_words or low in lex.one_after or not first.isalpha() \
                    or first[0].isupper() or low.endswith("ly"):
                return
            end = toks[0].end("w")
            if len(toks) > 1:
                second = toks[1].group("w")
                if second.isalpha() and second.islower() and second not in lex.stop_words \
                        and second not in lex.one_after and not second.endswith(("ly", "ed")):
                    end = toks[1].end("w")
            self._set_count(text, c, toks[0].start("w"), end)

    def _plural_head(self, toks: list[re.Match], limit: int) -> tuple[int, Unit | None] | None:
        """The index of the plural noun ending a short noun phrase, and its unit if it has one."""
        lex = self.lex
        for i, tok in enumerate(toks[:limit]):
            word = tok.group("w")
            low = word.lower().rstrip("'’")
            if word[0].isdigit():
                if i == 0:
                    return None
                continue  # "Model 3 sedans", "new 737 Max jets"
            if low == "and" and 0 < i < len(toks) - 1:
                continue  # "digital and physical sales", "Kia and Hyundai vehicles"
            unit = lex.words.get(low)
            if unit is not None and unit.kind in ("duration", "measure") and i > 0:
                return i, unit  # "50 previous years"
            if low in lex.stop_words or low in lex.non_count or low in lex.time_words:
                return None
            if low in _IRREGULAR_PLURALS or low in lex.count_nouns:
                return i, None
            if len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s",
                                                                          "’s")):
                return i, None
            if low.endswith("ly") and i == 0 and low not in ("family",):
                return None
        return None

    def _set_count(self, text: str, c: _Cand, s: int, e: int) -> None:
        written = text[s:e]
        c.kind, c.unit, c.unit_text, c.end = "count", key_of(written), written, e
        if c.unit in ("times",):
            c.kind, c.unit_name = "multiple", "count"

    def _finish_direction(self, text: str, c: _Cand) -> None:
        if c.sign == "-":
            c.value = -c.value
            c.number = -c.number
            if c.value_max is not None:
                c.value_max = -c.value_max
        if c.direction is None and c.kind == "percent" and c.sign:
            c.direction = "up" if c.sign == "+" else "down"
        if c.direction is None and c.kind in ("percent", "money", "measure", "count"):
            m = self._post_dir_re.match(text, c.end)
            if m:
                c.direction = "up" if m.group("w").lower() in self.lex.up_after else "down"

    # -- ranges, movements, scores ---------------------------------------------------------

    def _pair(self, text: str, cands: list[_Cand]) -> list[_Cand]:
        """Merge ranges, link movements ("from A to B") and spread a unit written once."""
        lex, r = self.lex, self.lex.regex
        out: list[_Cand] = []
        i = 0
        while i < len(cands):
            a = cands[i]
            b = cands[i + 1] if i + 1 < len(cands) else None
            if b is None or b.start - a.end > 16 or a.yearlike or b.yearlike:
                out.append(a)
                i += 1
                continue
            between = text[a.end:b.start]
            if a.named and between == "-":
                b.named = True  # "ISO 3888-2": the second number belongs to the name too
            word = "".join(between.split()).lower()
            if a.named or b.named:
                action = "none"
            elif r["reverse_move"].fullmatch(between) and a.kind is not None \
                    and _compatible(a, b):
                action = "reverse"  # "to $7.36 billion from $6.78 billion"
            elif not r["range_sep"].fullmatch(between) or b.qualifier is not None \
                    or not _compatible(a, b):
                action = "none"
            elif word.endswith("or"):
                action = "share"  # "eight or nine euros", "7- or 8-inch": two figures
            elif word == "and" and not r["between_left"].search(text, max(0, a.start - 10),
                                                                 a.start):
                action = "none"
            elif word == "/" and not (a.kind == b.kind == "money"):
                action = "none"
            elif "to" in word and r["from_left"].search(text, max(0, a.start - 6), a.start):
                before = re.findall(r"[a-z]+", text[max(0, a.start - 45):a.start].lower())
                action = "merge" if any(w in lex.range_words for w in before[-5:]) else "move"
            elif "to" in word and a.kind is not None and (
                    a.direction is not None
                    or r["by_left"].search(text, max(0, a.start - 5), a.start)):
                action = "none"  # "rose 5% to 7%", "by $3 billion to $52 billion": change, level
            elif word in ("-", "–") and between == word and a.kind is None and \
                    b.kind in (None, "count") and a.source == b.source == "digits" and \
                    _small_int(a.value) and _small_int(b.value):
                action = "score"  # "won 2-1", "a 9-2 lead"
            else:
                action = "merge"
            if action == "reverse":
                a.move_from = b
                _inherit(a, b)
            elif action == "move":
                b.move_from = a
                _inherit(a, b)
            elif action == "share":
                _inherit(a, b)
            elif action == "score":
                a.score = b.score = True
            elif action == "merge":
                out.append(_merge(a, b))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    def _keep(self, text: str, c: _Cand, everything: bool) -> bool:
        lex = self.lex
        if c.drop or c.score:
            return False
        strong = c.kind in ("money", "percent") or (c.kind == "measure" and not c.loose)
        if c.named and not strong:
            return False
        bare = c.kind is None
        if c.yearlike:
            return False
        if c.source in ("word", "a") and bare and c.value_max is None:
            return False  # "one", "ten" alone are words, not figures
        if not everything:
            return c.kind in _DEFAULT_KINDS and not c.loose and not (
                c.kind == "multiple" and c.unit == "times")
        if bare:
            nxt = re.match(r"(?:[ \t]+[A-Z][\w’'.]*){1,3}", text[c.end:c.end + 40])
            if nxt and any(w.lower() in lex.street_words for w in nxt.group(0).split()):
                return False  # "575 Wilbraham Road", "90049 ZIP Code", "9 E 71st St"
            if text[c.start - 1:c.start] == "(" and text[c.end:c.end + 1] == ")" and \
                    abs(c.value) < 100 and c.value == int(c.value):
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
                value = round(value, 1)
            kind = c.kind or "number"
            label = _LABELS.get(kind, "QUANTITY")
            unit = c.unit
            if kind == "money" and c.factor != 1.0 and c.unit_text:
                pass
            move = index.get(id(c.move_from)) if c.move_from is not None else None
            out.append(FigureMatch(
                start=c.start, end=c.end, text=text[c.start:c.end], label=label, value=value,
                unit=unit, qualifier=c.qualifier, value_max=vmax, kind=kind,
                unit_text=c.unit_text, unit_name=c.unit_name, raw_value=_tidy(c.value),
                per=c.per, direction=c.direction, move_from=move,
            ))
        return _link(text, out)


class _DocContext:
    """Per-document currency resolution: '$', '¥', 'pounds' and 'cents' depend on the text."""

    def __init__(self, finder: FigureFinder, text: str) -> None:
        self.finder = finder
        self.text = text
        self._other_dollar: str | None | bool = False  # False: not looked up yet
        self._yuan: bool | None = None
        self._sterling: bool | None = None

    def dollar(self) -> str:
        if self._other_dollar is False:
            m = self.finder._other_dollar_re.search(self.text)
            self._other_dollar = None
            if m:
                found = m.group(0)
                lex = self.finder.lex
                self._other_dollar = lex.prefix_currencies.get(found.replace(" ", "")) or \
                    lex.other_dollar_names.get(key_of(found)) or \
                    lex.other_dollar_names.get(found.lower())
        return self._other_dollar or "USD"

    def yuan(self) -> bool:
        if self._yuan is None:
            self._yuan = bool(self.finder._yuan_re.search(self.text)) and not \
                self.finder._yen_re.search(self.text)
        return self._yuan

    def sterling(self) -> bool:
        if self._sterling is None:
            self._sterling = bool(self.finder._sterling_re.search(self.text))
        return self._sterling

    def prefix_currency(self, symbol: str) -> str:
        lex = self.finder.lex
        if symbol == "$":
            return self.dollar()
        if symbol in ("¥", "Y="):
            return "CNY" if self.yuan() else "JPY"
        code = lex.prefix_currencies.get(symbol) or lex.artifact_prefixes.get(symbol)
        if code is None:
            code = lex.prefix_currencies.get(symbol.replace(" ", ""), symbol.upper())
        return code

    def currency_of_name(self, key: str, code: str) -> str | None:
        """The currency of a name after a number; None when 'pounds' is a weight."""
        if key in ("dollars", "dollar"):
            return self.dollar()
        if key in ("pound", "pounds"):
            return "GBP" if self.sterling() else None
        return code


# -- helpers -------------------------------------------------------------------------------


def _parse_digits(digits: str) -> float:
    if "," in digits and "." in digits and digits.index(".") < digits.index(","):
        return float(digits.replace(".", "").replace(",", "."))  # 2.105,3
    if digits.count(".") > 1:
        return float(digits.replace(".", ""))  # 2.105.300
    if re.fullmatch(r"\d+,\d{1,2}", digits):
        return float(digits.replace(",", "."))  # 3,5 %
    return float(digits.replace(",", ""))


def _sentence_start(text: str, s: int) -> bool:
    before = text[max(0, s - 4):s].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?:;\n" or s == 0


def _sentence_end(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*[.!?;:]\s", text[pos:pos + 4])) or text[pos:pos + 1] in ".!?;:"


def _line_number(text: str, c: _Cand) -> bool:
    """'1. Exports ...' or '2) Imports ...' at the start of a line: list numbering."""
    line_start = text.rfind("\n", 0, c.start) + 1
    return text[line_start:c.start].strip() == "" and bool(
        re.match(r"[.)]\s", text[c.end:c.end + 2]))


def _yearlike(text: str, c: _Cand, lex: Lexicon) -> bool:
    digits = text[c.num_start:c.num_end]
    if c.value_max is not None and c.source != "digits":
        return False
    if not re.fullmatch(r"\d{4}", digits):
        return False
    year = int(digits)
    if 1600 <= year <= 2100:
        return True
    word = re.search(r"([A-Za-z.]+)\s+\Z", text[max(0, c.start - 12):c.start])
    return 1000 <= year < 1600 and bool(word) and word.group(1).lower() in lex.year_before


def _small_int(value: float) -> bool:
    return abs(value) < 200 and value == int(value)


def _compatible(a: _Cand, b: _Cand) -> bool:
    if a.kind is None or b.kind is None:
        return True
    return a.kind == b.kind and (a.unit == b.unit or a.unit_name is not None
                                 and a.unit_name == b.unit_name)


def _inherit(a: _Cand, b: _Cand) -> None:
    """A bare end of a pair takes the unit (and scale) written once at the other end."""
    src, dst = (b, a) if a.kind is None else (a, b)
    if dst.kind is not None or src.kind is None:
        return
    for name in ("kind", "unit", "unit_text", "unit_name", "factor", "loose", "per"):
        setattr(dst, name, getattr(src, name))
    if src.scaled and not dst.scaled and abs(dst.number) < abs(src.number):
        dst.value *= src.scale
        dst.scaled, dst.scale = True, src.scale
    if dst.kind == "percent" and dst.sign and dst.direction is None:
        dst.direction = "up" if dst.sign == "+" else "down"


def _merge(a: _Cand, b: _Cand) -> _Cand:
    _inherit(a, b)
    if b.scaled and not a.scaled and abs(a.number) < abs(b.number):
        a.value *= b.scale
        a.scaled, a.scale = True, b.scale
    low, high = sorted((a.value, b.value_max if b.value_max is not None else b.value))
    merged = _Cand(
        a.start, b.end, a.num_start, b.num_end, low, a.number, a.source,
        value_max=high, scaled=a.scaled or b.scaled, scale=max(a.scale, b.scale),
        kind=a.kind or b.kind, unit=a.unit or b.unit, unit_text=a.unit_text or b.unit_text,
        unit_name=a.unit_name or b.unit_name, factor=a.factor if a.kind else b.factor,
        loose=a.loose or b.loose, qualifier=a.qualifier, direction=a.direction or b.direction,
        sign=a.sign, currency_text=a.currency_text, per=a.per or b.per,
        yearlike=False, named=a.named and b.named, move_from=None,
    )
    return merged


def _tidy(value: float) -> float:
    # 2105.3 * 1e9 is 2105300000000.0002 in binary floating point; 12 digits is what news prints
    return float(f"{value:.12g}")


def _link(text: str, figures: list[FigureMatch]) -> list[FigureMatch]:
    """Conversions in parentheses: '43.85 trillion yuan (about 6.1 trillion U.S. dollars)'."""
    out = list(figures)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        between = text[a.end:b.start]
        if not re.fullmatch(r"\s*\(\s*(?:or\s+)?|\s*/\s*", between):
            continue
        same_kind = a.label == b.label == "MONEY" or (
            a.label == b.label == "QUANTITY" and a.kind == b.kind == "measure")
        if not same_kind:
            continue
        if b.label == "MONEY" and b.unit_text == "$" and a.unit == b.unit and a.unit != "USD":
            b = replace_fields(b, unit="USD")  # "10.5 million Australian dollars ($7.5 million)"
        if a.unit != b.unit or (a.unit_name and a.unit_name != b.unit_name):
            # "more than 7.5 million Danish crowns (US$1.1 million)": the same bound
            out[i] = replace_fields(b, equivalent_of=i - 1,
                                    qualifier=b.qualifier or a.qualifier,
                                    direction=b.direction or a.direction)
        else:
            out[i] = b
    return out


def replace_fields(fig: FigureMatch, **changes) -> FigureMatch:
    from dataclasses import replace

    return replace(fig, **changes)


@cache
def default_finder() -> FigureFinder:
    return FigureFinder()
