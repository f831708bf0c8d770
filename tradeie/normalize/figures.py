"""Find monetary amounts, percentages and counted quantities in text and normalise them.

Works on the raw string (not tokens) so offsets are exact whatever the tokenizer did.
Two passes, both linear: every number is read with the words around it (qualifier,
currency, sign, scale, unit), then neighbouring numbers that form a range are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import pycountry

from tradeie.resources import read_json

FIGURE_DATA = "figures.json"
CURRENCY_DATA = "currencies.json"


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
    kind: str = "count"  # money, percent, measure or count: what the unit is


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    num_start: int
    value: float
    scaled: bool
    kind: str | None  # money, percent, measure, count or None (bare number)
    unit: str | None
    qualifier: str | None


def _alternation(words, flags_case: bool = True) -> str:
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


class FigureFinder:
    """Compiled once; ``find`` is pure and thread-safe."""

    def __init__(self) -> None:
        data = read_json(FIGURE_DATA)
        cur = read_json(CURRENCY_DATA)
        self.scales: dict[str, float] = {k.lower(): float(v) for k, v in data["scales"].items()}
        self.qualifiers: dict[str, str] = data["qualifiers"]
        self.number_words: dict[str, float] = {
            k.lower(): float(v) for k, v in data["number_words"].items()
        }
        self.fractions: dict[str, float] = {k.lower(): float(v) for k, v in data["fractions"].items()}
        self.percent_units = {k.lower(): (v[0], float(v[1])) for k, v in data["percent_units"].items()}
        self.measure_units = {u.lower(): u for u in data["measure_units"]}
        self.count_nouns = set(data["count_nouns"])
        self.non_count = set(data["non_count_words"])

        self.symbols: dict[str, str] = dict(cur["symbols"])
        excluded = set(cur["exclude_pycountry"])
        self.codes = {c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in excluded}
        names: dict[str, str] = {}
        for c in pycountry.currencies:
            if c.alpha_3 in excluded or "(" in c.name:
                continue
            name = c.name.lower()
            names[name] = c.alpha_3
            names[name + "s"] = c.alpha_3
        names.update({k.lower(): v for k, v in cur["names"].items()})
        self.currency_names = names
        self.yuan_markers = tuple(cur["yuan_markers"])
        self.dollar_names = {
            name: code for name, code in names.items() if "dollar" in name and code != "USD"
        }

        scale_words = [s for s in self.scales if len(s) > 1]
        letter_scales = [s for s in self.scales if len(s) == 1]
        self._scale_re = re.compile(
            rf"(?:\s?(?P<word>{_alternation(scale_words)})|(?P<letter>{_alternation(letter_scales)}))"
            r"(?![A-Za-z])",
            re.IGNORECASE,
        )
        self._percent_re = re.compile(
            rf"(?:\s?-?\s?)(?P<u>{_alternation(self.percent_units)})(?![A-Za-z])", re.IGNORECASE
        )
        self._currency_name_re = re.compile(
            rf"\s(?P<u>{_alternation(self.currency_names)})(?![A-Za-z])", re.IGNORECASE
        )
        self._code_after_re = re.compile(rf"\s?(?P<u>{_alternation(self.codes)})(?![A-Za-z])")
        self._measure_re = re.compile(
            rf"\s?(?P<u>{_alternation(self.measure_units)})(?![A-Za-z])", re.IGNORECASE
        )
        self._count_re = re.compile(
            rf"\s(?P<u>{_alternation(self.count_nouns)})(?![A-Za-z])"
        )
        self._plural_re = re.compile(r"\s(?P<u>[a-z]{2,}s)(?![A-Za-z-])")
        prefixes = list(self.symbols) + sorted(self.codes)
        qual = _alternation(self.qualifiers)
        self._left_re = re.compile(
            rf"(?:(?<![A-Za-z])(?P<q>{qual})\s+)?"
            rf"(?:(?P<minus>minus|negative)\s+)?"
            rf"(?:(?P<cur>(?<![A-Za-z]){_alternation(prefixes)})\s?)?"
            r"(?P<sign>[-−])?$",
            re.IGNORECASE,
        )
        self._prefix_codes = {p for p in prefixes}
        tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        units = "one|two|three|four|five|six|seven|eight|nine"
        simple = _alternation(k for k in self.number_words if " " not in k)
        self._number_re = re.compile(
            r"(?<![\w.,:/])(?P<d>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
            rf"|(?<![\w-])(?P<w>(?:{tens})[- ](?:{units})|a\s+dozen|a\s+hundred|{simple})(?![\w-])",
            re.IGNORECASE,
        )
        self._fraction_re = re.compile(
            rf"(?<![\w-])(?P<f>{_alternation(self.fractions)})(?=\s+of\b)", re.IGNORECASE
        )
        self._range_sep = re.compile(r"\s*(?:-|–|—|to)\s*$|\s*-\s*to\s*$", re.IGNORECASE)
        self._between_left = re.compile(r"\bbetween\s+$", re.IGNORECASE)
        self._from_by_left = re.compile(r"\b(?:from|by)\s+$", re.IGNORECASE)

    # -- public -----------------------------------------------------------------------

    def find(self, text: str, blocked: list[tuple[int, int]] | None = None) -> list[FigureMatch]:
        """Figures in text order; numbers overlapping a ``blocked`` span (dates) are skipped."""
        blocked = sorted(blocked or [])
        context = _DocContext(self, text)
        raws = [r for r in self._read_numbers(text, blocked, context) if r is not None]
        raws = self._merge_ranges(text, raws)
        out: list[FigureMatch] = []
        for raw, value_max in raws:
            if raw.kind is None:
                continue
            label = {"money": "MONEY", "percent": "PERCENT"}.get(raw.kind, "QUANTITY")
            out.append(
                FigureMatch(
                    start=raw.start, end=raw.end, text=text[raw.start:raw.end], label=label,
                    value=raw.value, unit=raw.unit, qualifier=raw.qualifier, value_max=value_max,
                    kind=raw.kind,
                )
            )
        for m in self._fraction_re.finditer(text):
            if _overlaps(m.start(), m.end(), blocked) or any(
                _overlap(m.start(), m.end(), f.start, f.end) for f in out
            ):
                continue
            start, qualifier = self._qualifier_before(text, m.start())
            out.append(FigureMatch(start, m.end(), text[start:m.end()], "PERCENT",
                                   self.fractions[_squash(m.group("f")).lower()], "percent", qualifier,
                                   kind="percent"))
        out.sort(key=lambda f: f.start)
        return _link_equivalents(text, out)

    # -- reading one number with its context ---------------------------------------------

    def _read_numbers(self, text: str, blocked, context: _DocContext):
        for m in self._number_re.finditer(text):
            s, e = m.span()
            if _overlaps(s, e, blocked):
                continue
            if m.group("d"):
                if s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha():
                    continue  # COVID-19, G-7
                if text.startswith(":", e) and e + 1 < len(text) and text[e + 1].isdigit():
                    continue  # a clock time 13:34
                value = float(m.group("d").replace(",", ""))
                written = False
            else:
                value = self.number_words[_squash(m.group("w"))]
                written = True
            yield self._read_context(text, s, e, value, written, context)

    def _read_context(self, text, s, e, value, written, context) -> _Raw | None:
        start, end, pos = s, e, e
        left = self._left_re.search(text, max(0, s - 40), s)
        qualifier = None
        currency = None
        negative = False
        if left and left.end() == s and left.start() < s:
            if left.group("cur"):
                currency = context.currency_of_symbol(left.group("cur"))
                start = left.start("cur")
            if left.group("sign") and not (s >= 2 and text[s - 2].isdigit()):
                negative = True
                start = min(start, left.start("sign"))
            if left.group("minus"):
                negative = True
                start = left.start("minus")
            if left.group("q"):
                qualifier = self.qualifiers[_squash(left.group("q")).lower()]
                start = left.start("q")
        if currency is None and not left:
            pass
        scaled = False
        sm = self._scale_re.match(text, pos)
        if sm and (sm.group("word") or currency is not None or self._currency_follows(text, sm.end())):
            value *= self.scales[_squash(sm.group(0).strip()).lower()]
            pos = end = sm.end()
            scaled = True
        kind, unit = None, None
        if currency is not None:
            kind, unit = "money", currency
            # "US$ 612 million dollars" is rare, but "$5 billion USD" is not: absorb a code
            cm = self._code_after_re.match(text, pos)
            if cm and cm.group("u") == currency:
                end = cm.end()
        else:
            kind, unit, end = self._unit_after(text, pos, end, written, context)
        if written and kind is None:
            return None
        if negative:
            value = -value
        return _Raw(start, end, s, value, scaled, kind, unit, qualifier)

    def _currency_follows(self, text: str, pos: int) -> bool:
        return bool(self._currency_name_re.match(text, pos) or self._code_after_re.match(text, pos))

    def _unit_after(self, text, pos, end, written, context):
        pm = self._percent_re.match(text, pos)
        if pm:
            unit, factor = self.percent_units[_squash(pm.group("u")).lower()]
            return "percent", (unit, factor), pm.end()
        cm = self._currency_name_re.match(text, pos)
        if cm:
            return "money", context.currency_of_name(cm.group("u")), cm.end()
        km = self._code_after_re.match(text, pos)
        if km:
            return "money", km.group("u"), km.end()
        mm = self._measure_re.match(text, pos)
        if mm:
            return "measure", _squash(mm.group("u")).lower(), mm.end()
        nm = self._count_re.match(text, pos)
        if nm:
            return "count", _squash(nm.group("u")).lower(), nm.end()
        gm = self._plural_re.match(text, pos)
        if gm and gm.group("u") not in self.non_count and not gm.group("u").endswith(
            ("ss", "us", "is")
        ):
            return "count", gm.group("u"), gm.end()
        return None, None, end

    def _qualifier_before(self, text: str, s: int) -> tuple[int, str | None]:
        left = self._left_re.search(text, max(0, s - 40), s)
        if left and left.end() == s and left.group("q") and not left.group("cur"):
            return left.start("q"), self.qualifiers[_squash(left.group("q")).lower()]
        return s, None

    # -- ranges ------------------------------------------------------------------------

    def _merge_ranges(self, text: str, raws: list[_Raw]) -> list[tuple[_Raw, float | None]]:
        out: list[tuple[_Raw, float | None]] = []
        i = 0
        while i < len(raws):
            a = raws[i]
            b = raws[i + 1] if i + 1 < len(raws) else None
            if b is not None and self._is_range(text, a, b):
                unit = a.unit if a.unit is not None else b.unit
                kind = a.kind if a.kind is not None else b.kind
                low = a.value
                if not a.scaled and b.scaled:
                    low *= b.value / _unscaled(b, text, self)
                merged = _Raw(a.start, b.end, a.num_start, low, a.scaled or b.scaled, kind, unit,
                              a.qualifier)
                out.append((_finish(merged), _finish(replace(b, kind=kind, unit=unit)).value))
                i += 2
                continue
            out.append((_finish(a), None))
            i += 1
        return out

    def _is_range(self, text: str, a: _Raw, b: _Raw) -> bool:
        between = text[a.end:b.start]
        if len(between) > 12:
            return False
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            return False
        if a.unit is None and b.unit is None:
            return False
        if b.qualifier is not None:
            return False
        if re.fullmatch(r"\s*and\s*", between, re.IGNORECASE):
            return bool(self._between_left.search(text, max(0, a.start - 10), a.start))
        if not self._range_sep.match(between):
            return False
        if "to" in between.lower() and self._from_by_left.search(text, max(0, a.start - 6), a.start):
            return False  # "from 5.4 percent to 5.8 percent" is a move, not a range
        return True


class _DocContext:
    """Per-document currency resolution: '$', '¥' and generic names depend on the text."""

    def __init__(self, finder: FigureFinder, text: str) -> None:
        self.finder = finder
        lowered = text.lower()
        self.yuan = any(marker in lowered for marker in finder.yuan_markers)
        self.other_dollar = None
        if "dollar" in lowered:
            for name, code in finder.dollar_names.items():
                if name in lowered:
                    self.other_dollar = code
                    break

    def currency_of_symbol(self, symbol: str) -> str:
        if symbol == "$" and self.other_dollar:
            return self.other_dollar
        if symbol == "¥" and self.yuan:
            return "CNY"
        code = self.finder.symbols.get(symbol)
        return code if code else symbol.upper()

    def currency_of_name(self, name: str) -> str:
        key = _squash(name).lower()
        code = self.finder.currency_names[key]
        if key in ("dollars", "dollar") and self.other_dollar:
            return self.other_dollar
        return code


def _finish(raw: _Raw) -> _Raw:
    """Turn the percent unit tuple (unit, factor) into its final unit and value."""
    if raw.kind == "percent" and isinstance(raw.unit, tuple):
        unit, factor = raw.unit
        return replace(raw, unit=unit, value=_tidy(raw.value * factor))
    return replace(raw, value=_tidy(raw.value))


def _tidy(value: float) -> float:
    # 2105.3 * 1e9 is 2105300000000.0002 in binary floating point; 12 digits is what news prints
    return float(f"{value:.12g}")


def _unscaled(raw: _Raw, text: str, finder: FigureFinder) -> float:
    m = finder._number_re.search(text, raw.num_start)
    if m and m.group("d"):
        return float(m.group("d").replace(",", "")) * (-1 if raw.value < 0 else 1)
    return raw.value


def _link_equivalents(text: str, figures: list[FigureMatch]) -> list[FigureMatch]:
    """'43.85 trillion yuan (about 6.1 trillion U.S. dollars)': the second converts the first."""
    out = list(figures)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.label == b.label == "MONEY" and a.unit != b.unit and re.fullmatch(
            r"\s*\(\s*", text[a.end:b.start]
        ):
            out[i] = replace(b, equivalent_of=i - 1)
    return out


def _squash(words: str) -> str:
    return " ".join(words.split())


def _overlap(s1: int, e1: int, s2: int, e2: int) -> bool:
    return s1 < e2 and s2 < e1


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    # spans are few per document (dates); a linear scan is cheaper than bisect bookkeeping
    return any(_overlap(s, e, bs, be) for bs, be in spans)


@cache
def default_finder() -> FigureFinder:
    return FigureFinder()
