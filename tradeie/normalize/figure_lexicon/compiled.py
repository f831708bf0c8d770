"""Every regex of the figure finder, compiled once from a :class:`Lexicon` and the rule data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from tradeie.normalize.figure_lexicon.model import GAP, NOT_TITLE, WRAP, WRAP_R, Lexicon, key_of
from tradeie.normalize.figure_lexicon.schema import _listed
from tradeie.patterns import WORD_SEP, squash, trie_pattern


def rtrie(keys: Iterable[str], sep: str = WORD_SEP) -> str:
    """``trie_pattern`` of the keys written backwards, for matching on reversed text."""
    return trie_pattern((squash(k)[::-1] for k in keys), sep)


_SPACES = r"\s+"


def _compile_context(r: dict[str, re.Pattern[str]], data: dict[str, Any]) -> None:
    """The word patterns read around a figure by the finder's later steps (units, pairing)."""
    metre = data["metre_context"]
    imperial = trie_pattern(metre["imperial_units"])
    dimensions = trie_pattern(metre["dimensions"], sep=r"\s")
    # "5m (16 ft)", "5m long", "2m in diameter": metres, not millions
    r["metre_after"] = re.compile(
        rf"[ \t]{{0,2}}(?:\([ \t]?[\d.,]{{1,12}}[ \t]?(?:{imperial})\b|-?(?:{dimensions})\b)")
    # ", going from 32.98 million": a participle after the comma goes on with the clause
    clause = trie_pattern(_listed(data["clause_break_words"], "words"))
    r["clause_break"] = re.compile(
        rf"[;:()]|,(?!\d)(?![ \t]{{1,3}}[a-z]{{2,20}}ing\b)|(?i:\b(?:{clause})\b)")
    gap = data["compared_gap"]
    words = trie_pattern(gap["words"], sep=r"\s{1,3}")
    determiners, qualifiers = trie_pattern(gap["determiners"]), trie_pattern(gap["qualifiers"])
    r["compared_gap"] = re.compile(
        r"(?:[^.;\n]|\n(?!\s*\n)){0,60}?"
        rf"(?:\b(?:{words})"
        # "down from the series high of", "compared with a peak of"
        rf"(?:\s{{1,3}}(?:{determiners})(?:\s{{1,3}}[a-z\-]{{1,20}}){{1,3}}\s{{1,3}}of)?"
        r"|\(|,\s{0,2}or)\s{0,3}"
        rf"(?:(?:{qualifiers})\s{{1,3}})?")
    expected = data["expected_after"]
    r["expected_after"] = re.compile(
        rf"[ \t]{{1,3}}(?:(?:{trie_pattern(expected['auxiliaries'])})[ \t]{{1,3}})?"
        rf"(?:{trie_pattern(expected['words'])})\b")
    multiple = data["multiple_after"]
    r["multiple_after"] = re.compile(
        rf"[ \t]{{1,2}}(?:as[ \t]{{1,2}}[a-z]+[ \t]{{1,2}}as|{trie_pattern(multiple['words'])})\b")
    # "twice the size of", "twice that of" (not "scored twice", "twice as loud as")
    r["twice_after"] = re.compile(rf"[ \t]{{1,2}}(?:{trie_pattern(multiple['twice'])})\b")


def _compile(lex: Lexicon, cues: dict[str, list[str]],
             data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Every regex of the finder, built once from the word lists.

    Patterns named ``*_r`` read the words to the LEFT of a figure: they are matched, anchored,
    on the reversed text at the figure's start (``pattern.match(text[::-1], len(text) -
    start)``), so each costs the length of what it reads instead of a search over a window.
    """
    r: dict[str, re.Pattern[str]] = {}
    ones = [w for w, v in lex.number_words.items() if 1 <= v <= 9]
    num_word = trie_pattern(list(lex.number_words) + list(lex.number_multipliers))
    small = trie_pattern(ones + ["ten"])
    words = rf"{num_word}(?:(?:{GAP}and{GAP}|{GAP}|-)(?:{num_word})){{0,12}}"
    vulgar = "[" + "".join(sorted(lex.vulgar)) + "]"
    # A comma before one or two digits is a decimal comma when a unit or scale word follows
    # ("7,9%", "R15,72-billion", "0,1 of a percentage point"): thousands groups have three.
    decimal_comma = (
        rf"(?!\d)(?=(?:[ \t]?|{WRAP}|-)(?:%|€|(?i:per[ \t]?cent|percent|"
        rf"of[ \t]an?[ \t]percent|{trie_pattern(lex.scales)}(?![A-Za-z]))))"
    )
    # Matched at candidate positions only (digit runs and trigger words, see the finder).
    # Each branch is a fixed sequence with no nested ambiguity, so matching is linear.
    r["number"] = re.compile(
        r"(?P<sci>(?<![\d.,])\d{1,6}(?:\.\d{1,12})?[ \t]?[×x][ \t]?10[ \t]?\^?"
        r"(?P<exp>[-−]?\d{1,3})(?!\d))"
        r"|(?P<numfrac>(?<![\d.,/⁄])\d{1,3}[ \t]?[/⁄][ \t]?\d{1,3}(?![\d/⁄]))"
        # A dot after letters ends an abbreviation ("Rs.500", "approx.5"), not a decimal
        # number's integer part: the digits after it start a number.
        r"|(?P<d>(?<![\d,])(?<![\d.]\.)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
        # Indian grouping ("1,23,456 crore", "12,34,56,789"): pairs, then a last three
        r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d|,\d)"
        r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d|\.\d)"
        r"|\d{1,3}(?:\.\d{3})+,\d+(?!\d|[.,]\d)"
        rf"|\d+,\d{{1,2}}{decimal_comma}"
        # thousands grouped by a space ("12 500", "1\u2009000\u2009000" once cleaned) or an
        # apostrophe ("1'000'000"): every group three digits, no other digit group after;
        # a decimal comma may end it before a unit ("R1 100,32-billion")
        rf"|\d{{1,3}}(?:[ '’]\d{{3}})+(?:\.\d+|,\d{{1,2}}{decimal_comma})?(?![\d'’]|[ \t]\d)"
        # "5898 689.99 thousand USD": a first group of four digits (a separator left out)
        # before a decimal and a scale word; not a year before an amount ("2015 689.99")
        rf"|(?!1[6-9]\d\d|20\d\d)\d{{4}}(?:[ ]\d{{3}})+\.\d+"
        rf"(?=[ \t](?i:{trie_pattern(lex.scales)})\b)"
        r"|\d+(?:\.\d+)?(?!\d)"
        r"|\.\d+(?!\d)))"
        rf"|(?i:(?<![\w-])(?P<outof>{small}){GAP}(?:out{GAP}of|in){GAP}"
        rf"(?P<den>{trie_pattern(lex.denominators)})(?={GAP}[a-z]))"
        # "half a billion", "a quarter of a million": a fraction of a scale word, read from
        # the end of "(of) a" (the empty group ``fs_at``)
        rf"|(?i:(?<![\w-])(?P<fscale>{trie_pattern(lex.scale_fractions)}"
        rf"(?={GAP}(?:of{GAP})?an?(?P<fs_at>){GAP}{trie_pattern(lex.fraction_scales)}"
        r"(?![A-Za-z]))))"
        # "a third of", and "half a percentage point" (a fraction of one percent unit)
        rf"|(?i:(?<![\w-])(?P<frac>{trie_pattern(lex.fractions)})"
        rf"(?={GAP}(?:of\s|the\s|an?[ \t](?:percent|per[ \t]cent|pct|basis))))"
        rf"|(?i:(?<![\w-])(?P<vague>{trie_pattern(lex.vague)})(?={GAP}of\s))"
        rf"|(?i:(?<![\w-])(?P<fold>{trie_pattern(lex.fold_words)})(?![\w-]))"
        rf"|(?i:(?<![\w-])(?P<a>an?)(?={GAP}"
        rf"{trie_pattern(lex.article_scales)}\b))"
        rf"|(?i:(?<![\w-])(?P<w>{words})(?![\w]))"
    )
    # the number words after "a": "a hundred and fifty million"
    r["a_words"] = re.compile(rf"(?i:{GAP}(?P<w>{words})(?![\w]))")
    # A mixed number ("2 1/2", "2-1/2", "1½") or a fraction character alone ("¼"). Tried
    # before "number" at a digit or a fraction character (FigureFinder.find); the whole part
    # ends at a space or hyphen, so it has one way forward.
    r["mixed"] = re.compile(
        r"(?P<mixed>(?<![\d.,/⁄])(?P<whole>\d{1,3})(?:[ \t\-](?:(?P<num>\d{1,2})[/⁄]"
        rf"(?P<den>\d{{1,3}})(?![\d/⁄])|(?P<vs>{vulgar}))|(?P<vf>{vulgar}))"
        rf"|(?<![\w.,/⁄])(?P<vulgar>{vulgar}))"
    )
    r["digit_run"] = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
    r["scale_word"] = re.compile(
        # Up to two spaces or tabs, as between a number and its unit: text stripped of markup or
        # justified keeps runs of spaces ("$3  billion"), and without the scale the value is
        # a billion times too small.
        rf"(?:[ \t]{{0,2}}|-|{WRAP}{NOT_TITLE})(?P<s>(?i:{trie_pattern(lex.scales)}))(?![A-Za-z])"
    )
    r["scale_letter"] = re.compile(
        rf"(?P<s>{trie_pattern(lex.scale_letters)})(?![A-Za-z0-9²³])"
    )
    r["unit_word"] = re.compile(rf"(?i:{trie_pattern(lex.words)})(?![A-Za-z])")
    r["unit_symbol"] = re.compile(rf"{trie_pattern(lex.symbols, sep=' ')}(?![\w²³]|-\w)")
    # -- left context, on reversed text ------------------------------------------------------
    prefixes = set(lex.prefix_currencies) | set(lex.artifact_prefixes) | set(lex.country_symbols)
    spaced = {p[:-1] + " $" for p in prefixes if p.endswith("$") and len(p) > 1}
    r["currency_left_r"] = re.compile(
        rf"(?P<sp>{WRAP_R}|[ \t]?)(?P<cur>{rtrie(prefixes | spaced, sep=' ')})(?![A-Za-z])"
    )
    r["sign_left_r"] = re.compile(r"(?P<sign>[-−+])(?![\w.,\-−+])")
    signs = data["sign_words"]
    r["minus_left_r"] = re.compile(
        rf"(?:{WRAP_R}|[\s\-]{{0,3}})(?P<m>(?i:{rtrie(signs['minus'] + signs['plus'])}))"
        r"(?![A-Za-z])")
    # "the second half": a period, not a fraction
    r["ordinal_before_r"] = re.compile(
        rf"\s{{1,3}}(?i:{rtrie(_listed(data['ordinal_before_half'], 'words'))})(?![A-Za-z])")
    # "than (the) N", "versus N", "compared with N"
    compared = data["compared_before"]
    compared_words = rtrie(compared["words"], sep=r"\s{1,3}")
    r["compared_r"] = re.compile(
        rf"\s{{1,3}}(?:{rtrie(compared['articles'])}\s{{1,3}})?(?i:{compared_words})(?![A-Za-z])")
    # "was revised up to 0.8 percent": a level, not a maximum
    level = data["up_to_level"]
    r["up_to_level_r"] = re.compile(
        rf"\s{{1,3}}(?:{rtrie(level['suffixes'])}|(?i:{rtrie(level['words'])})(?![A-Za-z]))")
    qual_words = [q for q in lex.qualifiers if q[-1].isalnum() or q.endswith(".")]
    qual_marks = [q for q in lex.qualifiers if q not in qual_words]
    # "about", "more than", "~" and verbs that bound a figure ("to exceed"), in one match
    r["qualifier_left_r"] = re.compile(
        rf"(?:(?:{WRAP_R}|\s{{1,3}})(?P<q>(?i:{rtrie(qual_words)}))(?![A-Za-z])"
        rf"|(?:{WRAP_R}|\s{{1,3}})(?P<v>(?i:{rtrie(lex.qualifier_verbs)}))(?![A-Za-z])"
        rf"|\s{{0,3}}(?P<mark>{rtrie(qual_marks)})(?![A-Za-z]))"
    )
    skip = rtrie(key_of(w) for w in cues["skip_before"])
    cue_words = rtrie(lex.up_before | lex.down_before)
    r["direction_left_r"] = re.compile(
        rf"(?:{WRAP_R}|[\s,]{{1,3}})(?:(?i:{skip})\s{{1,3}}){{0,4}}(?P<d>(?i:{cue_words}))"
        r"(?![A-Za-z])"
    )
    # "cut prices by 10%", "grow sales by 35 per cent": the cue, its object, then "by"
    left = data["range_left_words"]
    r["direction_by_left_r"] = re.compile(
        rf"\s{{1,3}}(?i:{rtrie(left['by'])})\s{{1,3}}(?:[\w'’-]{{0,30}}[A-Za-z]\s{{1,3}}){{1,3}}"
        rf"(?P<d>(?i:{cue_words}))(?![A-Za-z])"
    )
    r["word_left_r"] = re.compile(r"\s{1,3}(?P<w>[\w&.'’\-]{0,40}[^\W\d_])")
    for key in ("from", "by", "between"):
        r[f"{key}_left_r"] = re.compile(rf"\s{{1,3}}(?i:{rtrie(left[key])})(?![A-Za-z])")
    months = [m.capitalize() for m in lex.months]
    r["month_left_r"] = re.compile(rf"\s{{0,3}}\.?(?P<m>{rtrie(months)})(?![A-Za-z])")
    # -- spans that are never figures, anchored at the first digit ----------------------------
    month = trie_pattern(months)
    r["guard_at"] = re.compile(
        r"\d{4}-\d{2}-\d{2}(?:T[\d:.]{1,20}Z?)?"  # ISO dates and date-times
        r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)"  # 13/01/2025
        r"|\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?"  # 13:34, 9:01, 1:36.6
        r"|(?:19|20)\d{2}[-–/]\d{2}(?![\d\-–/])"  # seasons and fiscal years 2014-15
        r"|\d{3}[.-]\d{3}[.-]\d{4}(?!\d)"  # 555-123-4567
        rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]{{0,2}}[-–][ \t]{{0,2}}\d{{1,2}})?[ \t]{{1,3}}"
        rf"(?:of[ \t]{{1,3}})?(?:{month})\b(?:\.?,?[ \t]{{1,3}}(?:19|20)\d{{2}}(?!\d))?"
    )
    r["date_after_month"] = re.compile(
        r"\d{1,2}(?:st|nd|rd|th)?(?:[ \t]{0,2}[-–][ \t]{0,2}\d{1,2})?(?![\d,.]\d)"
        r"(?:,?[ \t]{1,3}(?:19|20)\d{2}(?!\d))?"
    )
    r["phone_plus"] = re.compile(r"\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?!\d)")
    r["phone_paren"] = re.compile(r"\d{3}\)[ ]?\d{3}[ .-]\d{4}(?!\d)")
    # -- between and after figures ------------------------------------------------------------
    # Never two \s* around an optional mark ('\s*-?\s*'): on a run of n spaces that retries
    # n^2 splits before failing. '\s*(?:-\s*)?' reads the same gaps with one way forward.
    r["range_sep"] = re.compile(
        r"\s*(?:[-‒–—]\s*)?(?i:to)\s*(?:-\s*)?|\s*[-‒–—]\s*|\s*(?i:and)\s*|\s*/\s*"
        r"|\s*(?:-\s*)?(?i:or)\s*"
    )
    r["reverse_move"] = re.compile(r"\s*(?:,\s*)?(?i:(?:up|down)\s+)?(?i:from)\s+")
    r["rate"] = re.compile(
        rf"(?:{GAP}|-)(?P<m>(?i:{trie_pattern(lex.rate_markers)}))(?:[ \t\-]{{1,3}}|{WRAP})"
        rf"(?P<den>(?i:{trie_pattern(lex.rate_words)}))(?![A-Za-z])"
        rf"(?!{GAP}(?:{trie_pattern(data['rate_denominators']['not_after'], sep=_SPACES)})\b)"
    )
    r["word_right"] = re.compile(
        r"[ \t]{0,3}(?:-(?=[A-Za-z]))?(?P<w>[A-Za-z][\w'’\-]{0,40}|\d{1,6}[A-Za-z]{0,4})"
    )
    _compile_context(r, data)
    r["time_after"] = re.compile(
        rf"[ \t]?(?:{trie_pattern(lex.time_words, sep=' ')})(?![A-Za-z])"
    )
    return r
