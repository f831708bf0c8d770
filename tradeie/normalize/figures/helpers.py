"""Pure helpers of the figure finder: digit parsing, URL spans, sentence bounds and the
tests that compare or merge two candidate numbers."""

from __future__ import annotations

import re

from tradeie.normalize.figure_lexicon import Lexicon
from tradeie.normalize.figures.model import _Cand, _Text
from tradeie.normalize.figures.patterns import (
    _DECIMAL_COMMA,
    _DIGIT_GROUP,
    _JOINED,
    _SENTENCE_MARKS,
    _SUBJECT_WINDOW,
    _URL_MARKS,
    _WORD_BEFORE_R,
)


def _url_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses: whole whitespace-delimited tokens around their marks."""
    spans = []
    for mark in _URL_MARKS:
        i = text.find(mark)
        while i != -1:
            lo = max(0, i - 200)
            s = max(text.rfind(" ", lo, i), text.rfind("\n", lo, i), text.rfind("\t", lo, i)) + 1
            e = i
            while e < len(text) and not text[e].isspace() and e - i < 500:
                e += 1
            spans.append((max(s, lo), e))
            i = text.find(mark, e)
    return spans


def _parse_digits(digits: str) -> float:
    digits = digits.replace(" ", "").replace("'", "").replace("’", "")  # "1 000", "1'000"
    if "," not in digits and digits.count(".") < 2:
        return float(digits)
    if "," in digits and "." in digits and digits.index(".") < digits.index(","):
        return float(digits.replace(".", "").replace(",", "."))  # 2.105,3
    if digits.count(".") > 1:
        return float(digits.replace(".", ""))  # 2.105.300
    if _DECIMAL_COMMA.fullmatch(digits):
        return float(digits.replace(",", "."))  # 3,5 %
    return float(digits.replace(",", ""))


def _mixed_value(m: re.Match[str], lex: Lexicon) -> float | None:
    """The value of a ``mixed`` match: '2 1/2' -> 2.5, '1½' -> 1.5; None for '3 24/7'."""
    whole = float(m.group("whole") or 0)
    if m.group("num") is not None:
        num, den = int(m.group("num")), int(m.group("den"))
        if num == 0 or num >= den or den > 128:
            return None
        return whole + num / den
    return whole + lex.vulgar[m.group("vs") or m.group("vf") or m.group("vulgar")]


def _counted_noun(word: str, lex: Lexicon) -> bool:
    """A plural noun of count_nouns ('people', 'persons'; not 'unemployed') that may follow
    another counted word: 'unemployed persons'."""
    return word in lex.irregular_plurals or word in lex.count_nouns and _plural(word)


def _sentence_from(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (looking back at most _SUBJECT_WINDOW); a
    single line break may be a hard-wrapped line, not a sentence end."""
    lo = max(0, pos - _SUBJECT_WINDOW)
    return max([lo] + [k + len(mark) for mark in _SENTENCE_MARKS
                       if (k := text.rfind(mark, lo, pos)) != -1])


def _plural(word: str) -> bool:
    """A regular English plural: 'items', 'sub-sectors', 'economists' (not 'gas', 'bus')."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(
        ("ss", "us", "is", "'s", "’s"))


def _sentence_start(text: str, s: int) -> bool:
    before = text[max(0, s - 4):s].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?:;\n"


def _line_number(text: str, c: _Cand) -> bool:
    """'1. Exports ...' or '2) Imports ...' at the start of a line: list numbering."""
    line_start = text.rfind("\n", max(0, c.start - 200), c.start) + 1
    return text[line_start:c.start].strip() == "" and text[c.end:c.end + 2] in (". ", ") ")


def _yearlike(t: _Text, c: _Cand, lex: Lexicon) -> bool:
    digits = t.text[c.num_start:c.num_end]
    if len(digits) != 4 or not digits.isdigit():
        return False
    year = int(digits)
    if 1600 <= year <= 2100:
        return True
    if not 1000 <= year <= 2200:
        return False
    m = _WORD_BEFORE_R.match(t.rev, t.n - c.start)
    return bool(m) and m.group(1)[::-1].lower() in lex.year_before


def _code_like(text: str, c: _Cand) -> bool:
    """'0800 123 456', '0044': a leading zero or a digit group beside it makes a code."""
    digits = text[c.num_start:c.num_end]
    if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        return True
    return bool(_DIGIT_GROUP.match(text, c.num_end)) or bool(
        c.num_start >= 2 and text[c.num_start - 1] in " \t" and text[c.num_start - 2].isdigit())


def _small_int(value: float) -> bool:
    return abs(value) < 200 and value == int(value)


def _joined(text: str, end: int, start: int) -> bool:
    """The text between two numbers makes them one expression: '3888-2', '18 to 34'."""
    return 0 <= start - end <= 6 and bool(_JOINED.fullmatch(text, end, start))


def _change_then_level(a: _Cand, b: _Cand) -> bool:
    """'increased by 22,000 to 16.8 million': two bare numbers after a change word, the second
    far larger than the first (its scale shared, as in 'rose 2 to 3 million'), are a change and
    the level it reached, not a range. So is a bare number before a count, measure or amount
    ('rose by 30,000 to 1.2 million people', 'by 2 billion to 50 billion yuan'); a percent
    keeps its range ('rose 5 to 30 percent')."""
    if a.direction is None or b.kind == "percent" or a.kind is not None or a.value <= 0:
        return False
    low = a.value * b.scale if b.scaled and not a.scaled and a.number < b.number else a.value
    return b.value > 4 * low


def _compatible(a: _Cand, b: _Cand) -> bool:
    if a.kind is None or b.kind is None:
        return True
    return a.kind == b.kind and (a.unit == b.unit or a.unit_name is not None
                                 and a.unit_name == b.unit_name)


def _share_scale(a: _Cand, b: _Cand) -> None:
    """'$10 to $15 billion': the scale written once at the end applies to the start."""
    if b.scaled and not a.scaled and abs(a.number) < abs(b.number):
        a.value *= b.scale
        a.scaled, a.scale = True, b.scale


def _inherit(a: _Cand, b: _Cand, scale: bool = True) -> None:
    """A bare end of a pair takes the unit (and scale) written once at the other end."""
    src, dst = (b, a) if a.kind is None else (a, b)
    if dst.kind is not None or src.kind is None:
        return
    for name in ("kind", "unit", "unit_text", "unit_name", "factor", "loose", "per"):
        setattr(dst, name, getattr(src, name))
    if scale and src.scaled and not dst.scaled and abs(dst.number) < abs(src.number):
        dst.value *= src.scale
        dst.scaled, dst.scale = True, src.scale
    if dst.kind == "percent" and dst.sign and dst.direction is None:
        dst.direction = "up" if dst.sign == "+" else "down"


def _descending(a: _Cand, b: _Cand) -> bool:
    """Whether non-negative ``a`` is above ``b``, a scale written once at ``b`` shared."""
    if a.value_max is not None or b.value_max is not None or a.value < 0 or b.value < 0:
        return False
    low = a.value * b.scale if b.scaled and not a.scaled and a.number < b.number else a.value
    return low > b.value


def _merge(a: _Cand, b: _Cand) -> _Cand:
    _inherit(a, b)
    _share_scale(a, b)
    low, high = sorted((a.value, b.value_max if b.value_max is not None else b.value))
    return _Cand(
        a.start, b.end, a.num_start, b.num_end, low, a.number, a.source,
        value_max=high, scaled=a.scaled or b.scaled, scale=max(a.scale, b.scale),
        kind=a.kind or b.kind, unit=a.unit or b.unit, unit_text=a.unit_text or b.unit_text,
        unit_name=a.unit_name or b.unit_name, factor=a.factor if a.kind else b.factor,
        loose=a.loose or b.loose, qualifier=a.qualifier, direction=a.direction or b.direction,
        sign=a.sign, currency_text=a.currency_text, per=a.per or b.per,
        share_of=a.share_of or b.share_of,
    )


def _tidy(value: float) -> float:
    # 2105.3 * 1e9 is 2105300000000.0002 in binary floating point; 12 digits is what news prints
    if value.is_integer() and abs(value) < 1e15:
        return value
    return float(f"{value:.12g}")
