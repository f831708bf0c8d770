"""Find monetary amounts, percentages and counted or measured quantities, and normalise them.

Works on the raw string (not tokens) so offsets are exact whatever the tokenizer did.
``FigureFinder.find`` is linear in the text and never searches a window:

1. candidates are digit runs, fraction characters ("¼") and a few trigger words ("one",
   "half", "dozens" ...), found with one cheap regex and ``str.find``; spans that are never
   figures (clock times, dates, phone numbers, URLs) are recognised anchored at a candidate;
2. each candidate is read with its context by anchored matches: qualifier, currency, sign
   and change word on the left (matched on the reversed text), scale words, unit and "per"
   denominator on the right;
3. false figures are dropped (years, ordinals, names such as "G20", "COVID-19", "Section
   232", labels, list numbers, scores);
4. neighbours are merged into ranges ("$3-4 billion"), linked as movements ("from 4.8
   percent to 4.7 percent") and as conversions ("43.85 trillion yuan (about 6.1 trillion
   U.S. dollars)");
5. a number without a unit takes one from its context: the currency of the amounts it is
   listed or compared with ("8.1 billion yuan and 7.4 billion"), the counted noun of its
   subject ("the labour force shrank by 5,600"); a symbol such as "$" or "R" reads as the
   currency of the article's economy (``country``).

Text wrapped at a fixed width can break a line inside a figure ("$3\nbillion", "USD\r\n32.91
billion"): wherever the parts of a figure may be spaced, one line break counts as a space too
(``figure_lexicon.WRAP``); two are a paragraph and end the figure. Spans keep the text as
written.

By default only what a trade-news reader counts as a figure comes out: MONEY, PERCENT and
QUANTITY with a unit or a counted noun phrase ("13 major export items"). ``everything=True``
also returns bare numbers, durations, ages and gadget or sports units (QUANTITY, ``kind``
says which), as quantity benchmarks annotate.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache

import pycountry

from tradeie.normalize.figure_lexicon import (
    GAP,
    NOT_TITLE,
    WRAP,
    Lexicon,
    Unit,
    key_of,
    load_lexicon,
    trie_pattern,
)

_LABELS = {"money": "MONEY", "percent": "PERCENT"}
_SOURCES = {"d": "digits", "w": "word", "frac": "fraction", "outof": "fraction",
            "mixed": "digits"}
_DEFAULT_KINDS = {"money", "percent", "measure", "count", "multiple"}  # the rest: everything
_IRREGULAR_PLURALS = {
    "people", "children", "men", "women", "staff", "personnel", "police", "cattle", "sheep",
    "fish", "feet", "teeth", "mice", "geese", "data", "media", "crew", "livestock", "poultry",
    "aircraft", "fishermen", "businessmen", "salesmen", "firemen", "policemen", "workmen",
}
_DETERMINERS = {"the", "my", "his", "her", "its", "their", "our", "your", "these", "those"}
_MAX_DIGITS = 24  # longer digit strings are ids or junk, not figures
_HYPHEN_PREFIXES = {"minus", "sub", "negative", "plus", "to", "now", "then", "up", "over"}
_URL_MARKS = ("://", "www.", "@")
_GUARD_CHARS = set("-–/.:")
_SCALE_LETTERS = set("kKmMbB")
_CLAUSE_END = set(",.;:)!?\"'") | {""}
_SPACED_SCALE = re.compile(r"[ \t](?P<s>[BMK])[ \t](?=people\b|[a-z]{2,}s\b)")
_RATE_START = set(" \t-\r\n")

# Small fixed patterns (the word lists are compiled in figure_lexicon).
_ORDINAL = re.compile(r"(?i:st|nd|rd|th)(?![A-Za-z])")
_DECADE = re.compile(r"s(?![A-Za-z])")
_VERSION = re.compile(r"[.,]\d")
_OF = re.compile(rf"{GAP}of\b")
_THE = re.compile(rf"{GAP}the{GAP}(?=[a-z])")  # "half the growth"; not "half the $18 billion"
_OF_SHARE = re.compile(rf"(?:[ \t]{{1,2}}|{WRAP})of(?:[ \t]{{1,2}}|{WRAP}{NOT_TITLE})")
_OF_AFTER = re.compile(rf" of|{WRAP}of")  # worth reading _OF_SHARE after a percent
_SPACE = re.compile(r"[ \t]{1,2}")
_WRAP = re.compile(WRAP)
# Between a number (or scale word) and its unit: up to two spaces, or a hard-wrapped line.
_UNIT_GAP = re.compile(rf"(?P<wrap>{WRAP})|[ \t]{{0,2}}")
_OF_A = re.compile(r"[ \t]{1,2}of[ \t]{1,2}an?[ \t]{1,2}(?:(?:US|U\.S\.|imperial)[ \t])?")
# "half a percentage point", "a quarter of a percentage point": a fraction of one unit
_FRAC_OF_A = re.compile(r"(?:[ \t]{1,2}of)?[ \t]{1,2}an?(?=[ \t])")
_SHARE_WORD = re.compile(r"[A-Za-z][\w’'-]{0,30}|\S")
_SUFFIX_CODE = re.compile(rf"(?:[ \t]?|{WRAP})(?P<w>U\.S\.|US|[A-Z]{{3}})(?![A-Za-z])")
_ARTIFACT_SCALE = re.compile(r"[ \t]?(?i:[mbk]n?|million|billion|mil)\b")
_METRE = re.compile(
    r"[ \t]{0,2}(?:\([ \t]?[\d.,]{1,12}[ \t]?(?:ft|feet|foot|yards?|yd|in|inches)\b"
    r"|-?(?:long|tall|high|wide|deep|away|below|above|in\s(?:length|height|diameter))\b)"
)
_UP_TO_LEVEL_R = re.compile(
    r"\s{1,3}(?:de|(?i:og|seog|gniog|tnew|evom|sevom|esiver)(?![A-Za-z]))")
_ORDINAL_BEFORE_R = re.compile(
    r"\s{1,3}(?i:tsrif|dnoces|driht|htruof|tsal|lanif|rettal|remrof|kcab|tnorf|rehto)"
    r"(?![A-Za-z])")
_POSSESSIVE_R = re.compile(r"\s{1,3}s['’]\w")
_NAME_COMMA_R = re.compile(r"\s{0,2},[a-z]{1,20}[A-Z](?![A-Za-z])")
_CAPS_AFTER = re.compile(r"(?:[ \t]{1,3}[A-Z0-9][\w’'.]{0,30}){1,3}")
_LEVEL_AFTER = re.compile(r"[\s,]{0,3}(?i:to|at|to\s{1,3}(?:close|end|finish|settle)\s{1,3}at)"
                          r"\s{1,3}")
_LEVEL_BEFORE = re.compile(r"\s{0,3}(?i:up|down)\s{1,3}")
_THEN_TO = re.compile(r"[ \t]{1,3}to[ \t]{1,3}[\d$€£¥]")
_EQUIV_GAP = re.compile(r"\s{0,3}\(\s{0,3}(?:or\s{1,3})?|\s{0,3}/\s{0,3}")
_OR_GAP = re.compile(r"\s{0,3},?\s{0,3}or\s{0,3}")
_JOINED = re.compile(r"\s{0,2}(?:[-‒–—/]|to|-\s{0,2}to)\s{0,2}")
_WORDS = re.compile(r"[a-z]+")
_WORD_BEFORE_R = re.compile(r"\s{1,3}([A-Za-z.]{1,12})(?![A-Za-z.])")
_DIGITS = re.compile(r"\d+")
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_MANTISSA = re.compile(r"\d+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_LETTERS_R = re.compile(r"[A-Za-z]{1,12}(?![A-Za-z])")
# A bare count and its subject (see FigureFinder._count_subjects).
_NUMBER_OF = re.compile(r"(?i:\bnumber[ \t]{1,3}of[ \t]{1,3})")
_NP_WORD = re.compile(r"[ \t]{0,3}([A-Za-z][A-Za-z'’-]{0,40})")
# ", going from 32.98 million": a participle after the comma goes on with the clause
_CLAUSE_BREAK = re.compile(
    r"[;:()]|,(?!\d)(?![ \t]{1,3}[a-z]{2,20}ing\b)|(?i:\b(?:while|whereas|but)\b)")
_PAREN = re.compile(r"\([^()\n]{0,80}\)")
_SUBJECT_SKIP = {"the", "total", "all", "overall"}
_OF_THEM = re.compile(r"[ \t]{1,3}of[ \t]{1,3}(?:them|whom)\b")
_COMPARED_R = re.compile(  # "than (the) N", "versus N", "compared with N", on reversed text
    r"\s{1,3}(?:eht\s{1,3})?(?i:naht|susrev|\.?sv|(?:htiw|ot)\s{1,3}derapmoc)(?![A-Za-z])")
_DIGIT_GROUP = re.compile(r"[ \t]\d")
# How far an amount written without its unit looks for the money amount it goes with.
_AMOUNT_WINDOW = 400
# Between a measure or count and the bare amount compared with it: 'up from', 'compared with'
_COMPARED_GAP = re.compile(
    r"(?:[^.;\n]|\n(?!\s*\n)){0,60}?"
    r"(?:\b(?:from|against|than|versus|vs\.?|compared\s{1,3}(?:with|to)"
    r"|to(?:\s{1,3}a\s{1,3}total\s{1,3}of)?)"
    # "down from the series high of", "compared with a peak of"
    r"(?:\s{1,3}(?:the|a|an|its|their)(?:\s{1,3}[a-z\-]{1,20}){1,3}\s{1,3}of)?"
    r"|\(|,\s{0,2}or)\s{0,3}"
    r"(?:(?:just|about|around|nearly|some|over|under)\s{1,3})?")
_SENTENCE_END = (". ", "! ", "? ", "\n")
_SENTENCE_MARKS = (". ", "! ", "? ", ".\n", "\n\n")
# A word of the noun phrase after a count: one or two spaces, no punctuation crossed.
_NP_TOKEN = re.compile(r"[ \t]{1,2}(?P<w>[A-Za-z][A-Za-z'’\-]{0,40}[A-Za-z]|[A-Za-z])")
# "Seven of Korea's major 13 export items": a number of the things counted right after
_OF_NEXT = re.compile(
    r"[ \t]{1,3}of[ \t]{1,3}(?:(?:the|its|their|these|those)[ \t]{1,3}"
    r"|[A-Z][\w.’'\-]{0,30}['’]s[ \t]{1,3})?(?:[a-z][a-z\-]{1,20}[ \t]{1,3}){0,2}")
_EXPECTED_AFTER = re.compile(
    r"[ \t]{1,3}(?:had[ \t]{1,3}|have[ \t]{1,3})?(?:expected|forecast|predicted|estimated"
    r"|projected|anticipated)\b")
_PROPER_MODIFIER = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]{2,20}")
_MULTIPLE_AFTER = re.compile(
    r"[ \t]{1,2}(?:as[ \t]{1,2}[a-z]+[ \t]{1,2}as|the|that|more|less|higher|larger|bigger"
    r"|greater|smaller|lower|faster|slower|over|above|below|its|their|what)\b")
# "twice the size of", "twice that of" (not "scored twice", "twice as loud as")
_TWICE_AFTER = re.compile(r"[ \t]{1,2}(?:the|that|its|their)\b")
_VERB_AFTER = re.compile(r"[ \t]{1,2}(?:to|at|by|from)\b")
# ", seaports" or " and border crossings" after a counted noun ("last": the closing one)
_CONJUNCT = re.compile(
    r"(?:,[ \t]{1,2}|(?P<last>,?[ \t]{1,2}(?:and|or)[ \t]{1,2}))"
    r"(?P<np>(?:(?!(?:and|or)[ \t])[a-z][a-z\-]{1,30}[ \t])?[a-z][a-z\-]{1,30}s)(?![\w\-])")
_FROM_TO = re.compile(r"[ \t,]{1,3}(?:(?:up|down)[ \t]{1,2})?(?:from|to)[ \t]")
_POINTS = re.compile(r"[ \t]{1,2}(?P<u>(?i:points?|pts?\.?))(?![A-Za-z])")
_SUBJECT_WINDOW = 250  # how far back in its sentence a bare count looks for its subject


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
    share_of: str | None = None  # "exports" in "a third of exports", "15 percent of trade"


@dataclass(slots=True)
class _Cand:
    """A number being read; mutable while its context is parsed."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float  # scaled, before unit factors
    number: float  # as written, unscaled
    source: str  # digits, word, a, fscale, vague, fraction, fold, numfrac, sci
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
    share_of: str | None = None
    yearlike: bool = False
    named: bool = False  # right after a capitalised word: "Section 232", "Apple Watch 5"
    label_like: bool = False  # right after "No.", "aged", an index name
    glued: bool = False  # Latin letters glued before the digits: "A320", "x5", "1e309"
    after_rejected: bool = False  # "3888-2", "aged 18 to 34": joined to a dropped number
    score: bool = False
    cue_start: int = -1  # where the change word read by _read_left starts ("rose", "grow")
    move_from: _Cand | None = field(default=None, repr=False)


class _Spans:
    """Sorted, merged spans with a bisect overlap test."""

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


class _Text:
    """The text and its reverse: the words left of position ``j`` are read by an anchored
    ``pattern.match(rev, n - j)`` with a pattern written backwards (figure_lexicon)."""

    __slots__ = ("text", "rev", "n", "floor")

    def __init__(self, text: str) -> None:
        self.text, self.rev, self.n = text, text[::-1], len(text)
        self.floor = 0  # where the figure before ends: nothing left of it is read again

    def start_of(self, m: re.Match[str], group: int | str = 0) -> int:
        """Where a left match (or one of its groups) starts in the forward text."""
        return self.n - m.end(group)

    @staticmethod
    def word(m: re.Match[str], group: str) -> str:
        return m.group(group)[::-1]


class FigureFinder:
    """Compiled once from ``models/figures.json`` and ``currencies.json``; ``find`` is pure."""

    def __init__(self) -> None:
        self.lex: Lexicon = load_lexicon()
        lex, r = self.lex, self.lex.regex
        self._r = r
        # Trigger words: a written number can only start at one of these.
        triggers = set(lex.number_words) | set(lex.number_multipliers) | set(lex.fold_words)
        triggers |= {k.split(" ")[0] for k in
                     list(lex.vague) + list(lex.fractions) + list(lex.scale_fractions)}
        self._a_triggers = ("hundred", "thousand", "million", "billion", "trillion", "dozen",
                            "third", "quarter", "fourth", "fifth", "tenth", "half")
        triggers |= set(self._a_triggers)
        triggers.discard("a")
        self._triggers = tuple(sorted(triggers))
        # Names and symbols of dollars other than the US one, for resolving a plain "$".
        self.other_names = sorted((n, c) for n, c in lex.other_dollar_names.items()
                                  if n[0].isalpha() and "$" not in n)
        self.other_symbols = {s: c for s, c in lex.prefix_currencies.items()
                              if "$" in s and c != "USD"}
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

    # -- candidates and guards ----------------------------------------------------------------

    def _candidates(self, text: str) -> list[int]:
        """Positions where a number can start: digit runs and trigger words, in order."""
        positions = []
        for m in self._r["digit_run"].finditer(text):
            s = m.start()
            if s and text[s - 1] == "." and not (s >= 2 and text[s - 2].isalnum()):
                s -= 1  # ".500 record", ".001 per cent"; not "Rs.500", "approx.5"
            positions.append(s)
        lowered = text.lower()
        for word in self._triggers:
            i = lowered.find(word)
            while i != -1:
                if i == 0 or not (lowered[i - 1].isalnum() or lowered[i - 1] in "-_"):
                    positions.append(i)
                if word in self._a_triggers:  # "a million", "an estimated", "a third"
                    b = i  # the space before the word: one, or a hard-wrapped line
                    while b > 0 and i - b < 8 and lowered[b - 1] in " \t\r\n":
                        b -= 1
                    if lowered[b:i] == " " or _WRAP.fullmatch(lowered, b, i):
                        for art in ("a", "an"):
                            k = b - len(art)
                            if k >= 0 and lowered.startswith(art, k) and (
                                    k == 0 or not lowered[k - 1].isalnum()):
                                positions.append(k)
                i = lowered.find(word, i + len(word))
        for ch in self.lex.vulgar:  # "¼ percentage point"; "2½" starts at its digit
            i = text.find(ch)
            while i != -1:
                if i == 0 or not text[i - 1].isdigit():
                    positions.append(i)
                i = text.find(ch, i + 1)
        positions.sort()
        return positions

    def _mixed(self, text: str, pos: int) -> re.Match[str] | None:
        """A mixed number ("2 1/2", "2-1/2", "1½") or a fraction character at ``pos``."""
        ch = text[pos]
        if not ("0" <= ch <= "9" or ch in self.lex.vulgar):
            return None
        m = self._r["mixed"].match(text, pos)
        if m is None or _mixed_value(m, self.lex) is None:
            return None
        return m

    def _guard(self, t: _Text, s: int, run_end: int) -> int | None:
        """The end of a span at ``s`` that is never a figure (time, date, phone)."""
        text, r = t.text, self._r
        before = text[s - 1] if s else ""
        if before.isalnum():
            return None  # glued to letters: handled as a name or a code later
        after = text[run_end] if run_end < t.n else ""
        if run_end - s <= 4 and (after in _GUARD_CHARS or after.isspace()):
            m = r["guard_at"].match(text, s)
            if m:
                return m.end()
        if run_end - s <= 2 and (not before or before in " .\t\n") and \
                r["month_left_r"].match(t.rev, t.n - s):
            m = r["date_after_month"].match(text, s)
            if m:
                return m.end()  # "Jan. 13", "September 8, 2024", "Sept. 20-24"
        if before == "+":
            m = r["phone_plus"].match(text, s)
            if m:
                return m.end()
        elif before == "(":
            m = r["phone_paren"].match(text, s)
            if m:
                return m.end()
        return None

    # -- reading one number with its context ------------------------------------------------

    def _read(self, t: _Text, m: re.Match[str], spans: _Spans, ctx: _DocContext,
              everything: bool, rejected: list[int]) -> _Cand | None:
        lex, text = self.lex, t.text
        group = m.lastgroup
        if group == "exp":
            group = "sci"
        elif group == "den":
            group = "outof"
        s, e = m.span(group) if group in ("d", "w", "a", "fscale", "frac", "vague", "fold") \
            else m.span()
        if spans.hits(s, e):
            return None
        value_max, word_scale = None, 1.0
        if group == "d":
            digits = m.group("d")
            if len(digits) > _MAX_DIGITS:
                return None
            value = _parse_digits(digits)
            if self._digits_rejected(t, s, e, rejected):
                rejected.append(e)
                return None
        elif group == "w":
            parsed = self._parse_words(text, s, e)
            if parsed is None:
                return None
            value, e, word_scale = parsed
            if text[s].isupper() and not _sentence_start(text, s):
                return None  # "Group of Seven", "Ocean's Eleven"
        elif group == "mixed":
            value = _mixed_value(m, lex)
            if self._digits_rejected(t, s, e, rejected):
                rejected.append(e)
                return None
        elif group == "a":
            value = 1.0
            # "a hundred and fifty (million)": the words after "a" are one number
            w = self._r["a_words"].match(text, e)
            if w is not None and any(
                    tok.group(0).lower() in lex.number_words
                    for tok in _LETTER_RUN.finditer(text, w.start("w"), w.end("w"))):
                parsed = self._parse_words(text, w.start("w"), w.end("w"))
                if parsed is not None and parsed[1] == w.end("w"):
                    value, e, word_scale = parsed
                    group = "w"
        elif group == "fscale":
            if _ORDINAL_BEFORE_R.match(t.rev, t.n - s):
                return None  # "the second half a ...": a period
            value = lex.scale_fractions[key_of(m.group("fscale"))]
            e = m.end("fs_at")  # "half a": the scale word after it is read on the right
        elif group == "vague":
            value, value_max = lex.vague[key_of(m.group("vague"))]
        elif group == "frac":
            if _ORDINAL_BEFORE_R.match(t.rev, t.n - s):
                return None  # "the second half of the game" is a period, not a fraction
            value = lex.fractions[key_of(m.group("frac"))]
        elif group == "outof":
            value = lex.number_words[m.group("outof").lower()] / lex.denominators[
                key_of(m.group("den"))]
        elif group == "fold":
            value = lex.fold_words[m.group("fold").lower()]
        elif group == "numfrac":
            num, den = (int(x) for x in _DIGITS.findall(m.group("numfrac")))
            if den == 0 or num >= den or den > 128:
                return None  # not a fraction: "24/7", "9/11"
            value = num / den
        elif group == "sci":
            exp = int(m.group("exp").replace("−", "-"))
            if abs(exp) > 40:
                return None  # not a magnitude anyone writes in news
            value = float(_MANTISSA.match(m.group("sci")).group(0)) * 10.0 ** exp
        else:
            return None
        source = _SOURCES.get(group, group)
        c = _Cand(s, e, s, e, value, value, source, value_max)
        if group == "frac":
            unit_of = self._fraction_of_unit(text, e)
            if unit_of is not None:  # "half a percentage point" is 0.5 percentage_point
                unit, ustart, uend = unit_of
                c.source, c.kind, c.unit, c.factor = "fracunit", "percent", unit.name, unit.factor
                c.unit_text, c.end = text[ustart:uend], uend
                self._read_left(t, c, ctx)
                self._finish_direction(text, c)
                return c
            if not _OF.match(text, e) and not self._half_the(t, m, e):
                return None  # "half a million": the scale word is read on its own
        if word_scale != 1.0:  # "five thousand": the range "four to five thousand" scales
            c.number, c.scale, c.scaled = value / word_scale, word_scale, True
        if source == "fraction":
            c.kind, c.unit, c.unit_text, c.factor = "percent", "percent", m.group(0), 100.0
            c.share_of = self._share_of(text, e, of=group == "frac")
        elif source == "fold":
            # "twice", "thrice" are so many times; "threefold" is a fold
            unit = "fold" if m.group(0).lower().endswith("fold") else "times"
            c.kind, c.unit, c.unit_text, c.unit_name = "multiple", unit, m.group(0), "count"
        self._read_left(t, c, ctx)
        if c.source not in ("fraction", "fold"):
            self._read_right(t, c, ctx, everything)
        if c.source == "digits" and c.kind is None and c.end == c.num_end and \
                text[c.num_end:c.num_end + 1].isalpha():
            rejected.append(c.num_end)
            return None  # letters glued to the number that are no unit: "9AB", "5s"
        self._finish_direction(text, c)
        c.yearlike = (c.source == "digits" and not c.scaled and c.qualifier is None
                      and (c.kind in (None, "count", "duration") or c.unit_text == "'")
                      and _yearlike(t, c, lex))  # "'Vision 2030'": a quote, not feet
        return c

    def _half_the(self, t: _Text, m: re.Match[str], e: int) -> bool:
        """'almost half the growth': 'half' (only) before 'the', bounded by a qualifier, is a
        share of it; not 'half the time', 'cut in half the number of ...'."""
        if key_of(m.group("frac")) != "half" or _THE.match(t.text, e) is None:
            return False
        q = self._r["qualifier_left_r"].match(t.rev, t.n - m.start("frac"))
        return q is not None and q.group("q") is not None

    def _fraction_of_unit(self, text: str, pos: int) -> tuple[Unit, int, int] | None:
        """The percent unit of '(of) a percentage point' after a fraction or a number."""
        m = _FRAC_OF_A.match(text, pos)
        if m is None:
            return None
        unit, ustart, uend = self._unit_at(text, m.end())
        if unit is None or unit.kind != "percent" or ustart == m.end():
            return None
        return unit, ustart, uend

    def _digits_rejected(self, t: _Text, s: int, e: int, rejected: list[int]) -> bool:
        text = t.text
        before = text[s - 1] if s else ""
        if before == "-" and s >= 2 and (text[s - 2].isalpha() or (s - 1) in rejected[-2:]):
            prefix = _LETTERS_R.match(t.rev, t.n - (s - 1))
            if (s - 1) in rejected[-2:] or not prefix or \
                    prefix.group(0)[::-1].lower() not in _HYPHEN_PREFIXES:
                return True  # COVID-19, TA-35, V-6
        if before and before in "#№":
            return True
        after = text[e:e + 1]
        if not after:
            return False
        if after.isalpha():
            if _ORDINAL.match(text, e) or (e - s == 4 and _DECADE.match(text, e)):
                return True  # ordinals, the 1990s
        elif after in ".,":
            if _VERSION.match(text, e):
                return True  # 1.2.3 versions and 1,2,3 lists that the number scan stopped in
        elif after not in (" ", "\t"):
            return False
        return bool(self._r["time_after"].match(text, e))  # 11 a.m., 5pm, 0401 GMT

    def _parse_words(self, text: str, s: int, e: int) -> tuple[float, int, float] | None:
        """'twenty-eight thousand six hundred forty-two' -> (28642.0, end, 1.0).

        The third item is the multiplier the phrase ends with ('five thousand' -> 1000.0), so
        a range can scale its other end ('four to five thousand people')."""
        lex = self.lex
        total, group, last, end, tail = 0.0, 0.0, None, s, 1.0
        for tok in _LETTER_RUN.finditer(text, s, e):
            word = tok.group(0).lower()
            if word == "and":
                continue
            if word in lex.number_multipliers:
                mult = lex.number_multipliers[word]
                if mult == 100:
                    if last == "hundred" or group >= 100:
                        break
                    group = (group or 1) * 100
                    last, tail = "hundred", 100.0 if group == 100 else 1.0
                else:
                    if last == "thousand":
                        break
                    tail = mult if total == 0 else 1.0
                    total += (group or 1) * mult
                    group, last = 0.0, "thousand"
            else:
                v = lex.number_words[word]
                kind = "unit" if v < 10 else "teen" if v < 20 else "ten"
                if last in ("unit", "teen") or (last == "ten" and kind != "unit"):
                    break
                group += v
                last, tail = kind, 1.0
            end = tok.end()
        if end == s:
            return None
        return total + group, end, tail

    def _read_left(self, t: _Text, c: _Cand, ctx: _DocContext) -> None:
        lex, r, text = self.lex, self._r, t.text
        j = c.start
        takes_currency = c.source in ("digits", "word", "a", "vague")
        # "1.5%-3.5%": a hyphen right after a percent sign joins a range, it is no minus
        if c.source in ("digits", "word") and j and text[j - 1] in "-−+" and \
                not (text[j - 1] == "-" and text[j - 2:j - 1] == "%"):
            m = r["sign_left_r"].match(t.rev, t.n - j)
            if m:
                c.sign, j = m.group("sign"), j - 1
        m = r["currency_left_r"].match(t.rev, t.n - j) if takes_currency else None
        if m:
            sym = t.word(m, "cur")
            # "7.1 € 2024": the symbol already closes the figure before; a symbol that is also
            # a word or initials is read spaced only before a scale word ("QR 24.5 billion")
            ok = t.start_of(m, "cur") >= t.floor and not (
                sym in lex.weak_prefixes and m.group("sp") and not self._scaled_at(text, c))
            if ok and sym.replace(" ", "") not in lex.prefix_currencies and \
                    sym not in lex.artifact_prefixes:
                # 'R', 'N', 'P': a currency only in a story about its economy, and only before
                # a figure that reads as an amount ("R15,72-billion", not "N95" or "P5")
                ok = ctx.country_symbol(sym) is not None and (
                    self._scaled_at(text, c) or
                    any(ch in ",." for ch in text[c.num_start:c.num_end]))
            if sym in lex.artifact_prefixes and not (
                    len(text[c.num_start:c.num_end].replace(",", "").split(".")[0]) >= 2
                    or _ARTIFACT_SCALE.match(text, c.num_end)):
                ok = False  # "PS5" is a console, "PS2.7m" is £2.7m
            if ok:
                c.currency_text = sym
                c.kind, c.unit, c.unit_text = "money", ctx.prefix_currency(sym), sym
                j = t.start_of(m, "cur")
                if c.sign is None and j and text[j - 1] in "-−+":
                    m = r["sign_left_r"].match(t.rev, t.n - j)
                    if m:
                        c.sign, j = m.group("sign"), j - 1
        if c.sign is None and j > 4 and text[j - 1] in " -\t\r\n" and \
                text[j - 2] in "sSeE -\t\r\n":
            m = r["minus_left_r"].match(t.rev, t.n - j)
            if m:
                c.sign = "+" if t.word(m, "m").lower() == "plus" else "-"
                j = t.start_of(m, "m")
        m = r["qualifier_left_r"].match(t.rev, t.n - j)
        if m:
            if m.group("q"):
                q = key_of(t.word(m, "q"))
                c.qualifier = lex.qualifiers.get(q)
                if c.qualifier == "max" and q == "up to" and \
                        _UP_TO_LEVEL_R.match(t.rev, t.n - t.start_of(m, "q")):
                    c.qualifier = None  # "was revised up to 0.8 percent": a level
                elif c.qualifier is not None:
                    j = t.start_of(m, "q")
            elif m.group("v"):  # "expected to exceed $680 billion": the verb stays outside
                c.qualifier = lex.qualifier_verbs.get(t.word(m, "v").lower())
            else:
                c.qualifier = lex.qualifiers.get(t.word(m, "mark"))
                if c.qualifier is not None:
                    j = t.start_of(m, "mark")
        c.start = j
        m = r["direction_left_r"].match(t.rev, t.n - j)
        if m is None and t.rev.startswith("yb", t.n - j + 1):
            m = r["direction_by_left_r"].match(t.rev, t.n - j)
        if m:
            c.direction = "up" if key_of(t.word(m, "d")) in lex.up_before else "down"
            c.cue_start = t.start_of(m, "d")
        if c.currency_text is None and c.source == "digits":
            self._check_name(t, c)

    def _scaled_at(self, text: str, c: _Cand) -> bool:
        """A scale word or letter right after the number ("24.5 billion", "15bn", "3m")."""
        if self._r["scale_word"].match(text, c.num_end):
            return True
        m = self._r["scale_letter"].match(text, c.num_end)
        return m is not None and m.group("s") not in "bB" or (
            m is not None and self._letter_is_scale(text, c, m))

    def _check_name(self, t: _Text, c: _Cand) -> None:
        """'Section 232', 'G20', 'S&P 500', 'Apple Watch 5', 'No. 5': the number names."""
        lex, text = self.lex, t.text
        s = c.num_start if c.sign is None else c.start
        if s and text[s - 1].isalpha():
            c.named = True  # letters glued before the digits and no currency: G20, Q3, mk5
            # Latin letters make the digits part of a code or a word ("A320 dollars", "x5
            # percent", "1e309"), never a figure; other scripts write no space before a number.
            c.glued = text[s - 1].isascii()
            return
        if s >= 2 and text[s - 1] == "." and text[s - 2].isascii() and text[s - 2].isalpha() \
                and c.qualifier is None:
            c.named = c.glued = True  # "ID.3": an abbreviation that is no currency or qualifier
            return
        m = self._r["word_left_r"].match(t.rev, t.n - c.start)
        if not m:
            return
        word = t.word(m, "w")
        low = word.lower()
        if low in lex.label_words or low.rstrip(".") in lex.label_words:
            if c.qualifier is None and c.sign is None:
                c.label_like = True
            return
        if word.endswith(".") and len(word) > 3:
            return  # the previous sentence ended
        if c.qualifier is None and word != low and \
                low not in lex.name_ok and low.rstrip(".,") not in lex.months:
            c.named = True
        elif low == "of" and c.qualifier is None:
            # "the Group of 20 major economies": a name in the middle of a sentence
            at = t.start_of(m, "w")
            m = self._r["word_left_r"].match(t.rev, t.n - at)
            if m is not None:
                word = t.word(m, "w")
                if word[0].isupper() and word[1:].islower() and \
                        word.lower() not in lex.name_ok and \
                        not _sentence_start(text, t.start_of(m, "w")):
                    c.named = True

    def _read_right(self, t: _Text, c: _Cand, ctx: _DocContext, everything: bool) -> None:
        lex, r, text = self.lex, self._r, t.text
        pos = c.num_end
        if c.source == "vague":
            pos = _OF.match(text, pos).end()
        scale = 1.0
        for i in range(3):  # scale words, chained: "4 hundred million", "3.41 lakh crore"
            m = r["scale_word"].match(text, pos)
            if m:
                scale *= lex.scales[key_of(m.group("s"))]
                pos = m.end()
                continue
            if i == 0 and c.source == "digits" and pos == c.num_end and \
                    text[pos:pos + 1] in _SCALE_LETTERS:
                m = r["scale_letter"].match(text, pos)
                if m and self._letter_is_scale(text, c, m):
                    scale *= lex.scale_letters[m.group("s")]
                    pos = m.end()
            break
        if scale == 1.0 and c.kind is None and c.source == "digits":
            m = _SPACED_SCALE.match(text, pos)  # "about 8 B people"
            if m:
                scale, pos = lex.scale_letters[m.group("s")], m.end("s")
        if scale != 1.0:
            c.scaled = True
            c.scale *= scale
            c.value *= scale
            if c.value_max is not None:
                c.value_max *= scale
        if c.kind == "money":
            c.end = self._absorb_suffix(text, c, pos)
            self._read_rate(text, c)
            return
        if c.source == "numfrac":  # "1/16 of a US pint", "1/2 pound of chocolate"
            m = _OF_A.match(text, pos)
            if m:
                pos = m.end() - 1
        unit, ustart, uend = self._unit_at(text, pos)
        if unit is None and c.source == "digits" and _OF_A.match(text, pos):
            unit_of = self._fraction_of_unit(text, pos)  # "0.2 of a percentage point"
            if unit_of is not None:
                unit, ustart, uend = unit_of
        if unit is not None:
            self._set_unit(text, c, unit, ustart, uend, ctx)
            if c.kind == "count" and not everything:
                if self._refers_back(t, c):
                    c.kind = c.unit = None  # "between the two countries"
                    return
                self._count_head(text, c, ustart, c.end)  # "2.6 million unemployed people"
                self._count_conjuncts(text, c)  # "200 countries and territories"
            self._read_rate(text, c)
            if c.kind == "percent" and _OF_AFTER.match(text, c.end):
                c.share_of = self._share_of(text, c.end)
            return
        c.end = pos
        if not everything:
            self._count_phrase(t, c, pos)  # "13 major export items"
            return
        if everything:
            self._noun_phrase(t, c, pos)
            if c.kind is not None:
                self._read_rate(text, c)

    def _letter_is_scale(self, text: str, c: _Cand, m: re.Match[str]) -> bool:
        letter, after = m.group("s"), m.end()
        if c.kind == "money" or letter in "kK":
            return True  # "$13.6M", "25k"
        if letter == "m" and _METRE.match(text, after):
            return False  # "37m (121ft)-long" is a length
        if letter in "bB":  # "4.2b" only with a currency after it
            unit, _, _ = self._unit_at(text, after)
            return unit is not None and unit.kind == "money"
        return True

    def _absorb_suffix(self, text: str, c: _Cand, pos: int) -> int:
        """'$5 billion USD', '$76 US a barrel': the same currency written again after."""
        m = _SUFFIX_CODE.match(text, pos)
        if m and (m.group("w") in self.lex.dollar_suffixes and "$" in (c.unit_text or "")
                  or self.lex.prefix_currencies.get(m.group("w")) == c.unit):
            if m.group("w") in ("US", "U.S.", "USD"):
                c.unit = "USD"
            return m.end()
        if text[pos:pos + 1] == " " and text[pos + 1:pos + 2].isalpha():
            m = self._r["unit_word"].match(text, pos + 1)  # "¥3 trillion yen"
            unit = self.lex.words.get(key_of(m.group(0))) if m else None
            if unit is not None and unit.kind == "money" and unit.name == c.unit:
                return m.end()
        return pos

    def _unit_at(self, text: str, pos: int) -> tuple[Unit | None, int, int]:
        """The longest unit word or symbol at ``pos`` (after up to two spaces, a hyphen or a
        hard-wrapped line break)."""
        lex, r = self.lex, self._r
        n = len(text)
        gap = _UNIT_GAP.match(text, pos)
        q, wrapped = gap.end(), gap.group("wrap") is not None
        # After a line break a capitalised word starts a new line ("300\nPeople's Bank"), unless
        # it names a currency with its country ("7.5 million\nDanish crowns"): see WRAP.
        title = wrapped and text[q:q + 1].isupper() and text[q + 1:q + 2].islower()
        if not wrapped and q < n and text[q] == "-" and q + 1 < n and not text[q + 1].isspace():
            q += 1  # "6.1-inch", "5-percent"
        if text.startswith("%", pos) or text.startswith("%", q):
            at = pos if text.startswith("%", pos) else q
            m = r["unit_word"].match(text, at)  # "%pt", "% points": a longer percent unit
            unit = lex.words.get(key_of(m.group(0))) if m else None
            if unit is not None and m.end() > at + 1:
                return unit, at, m.end()
            return lex.symbols["%"], at, at + 1
        best: tuple[Unit | None, int, int] = (None, q, q)
        if text[q:q + 1].lower() in self._word_starts:
            m = r["unit_word"].match(text, q)
            if m:
                key = key_of(m.group(0))
                unit = lex.words.get(key)
                if unit is not None and (not title or unit.kind == "money" and " " in key):
                    best = (unit, q, m.end())
        m = None
        if text[pos:pos + 1] in self._symbol_starts:
            m = r["unit_symbol"].match(text, pos)
        if m is None and q != pos and text[q:q + 1] in self._symbol_starts:
            m = r["unit_symbol"].match(text, q)
        if m:
            sym = m.group(0)
            unit = lex.symbols.get(sym)
            attached = m.start() == pos
            # one letter on the next line ("5\nm", "3\nC") is more likely a label than a unit
            lone = wrapped and not attached and (len(sym) == 1 and sym.isalpha() or title)
            if unit is not None and (attached or sym not in lex.attached) and not lone and \
                    m.end() - m.start() > best[2] - best[1]:
                best = (unit, m.start(), m.end())
        return best

    def _set_unit(self, text: str, c: _Cand, unit: Unit, ustart: int, uend: int,
                  ctx: _DocContext) -> None:
        written = text[ustart:uend]
        c.end, c.loose, c.unit_text = uend, unit.loose, written
        if unit.kind == "percent":
            c.kind, c.unit, c.factor = "percent", unit.name, unit.factor
        elif unit.kind == "money":
            code = ctx.country_symbol(written) or ctx.currency_of_name(key_of(written), unit.name)
            if code is None:  # "208 pounds" of weight
                c.kind, c.unit, c.unit_name = "measure", key_of(written), "pound-mass"
            else:
                c.kind, c.unit = "money", code
        elif unit.kind == "subunit":
            c.kind, c.factor = "money", unit.factor
            c.unit = ctx.dollar() if unit.name == "DOLLAR" else unit.name
        elif unit.kind in ("measure", "duration", "age"):
            c.kind, c.unit, c.unit_name = unit.kind, key_of(written), unit.name
        elif unit.kind == "count":
            self._set_count(text, c, ustart, uend)

    def _count_phrase(self, t: _Text, c: _Cand, pos: int) -> None:
        """A whole number before a short noun phrase ending in a plural noun is a count, its
        unit the phrase as written ('13 major export items', '10,263 foreign-invested
        enterprises', '2,566 more new cars': 'new cars'). Not 'the two countries' (a small
        number after a determiner refers back) or '3 consecutive months' (time)."""
        lex, text = self.lex, t.text
        if c.source not in ("digits", "word") or c.value < 2 or c.value != int(c.value) or \
                c.sign is not None or c.source == "digits" and not c.scaled and \
                "." in text[c.num_start:c.num_end]:
            return
        if self._refers_back(t, c) or text[c.num_start - 1:c.num_start] in ("/", "⁄", ":"):
            return  # "24/7 shops": a code or ratio, not a count
        first, p = -1, pos
        for _ in range(4):
            m = _NP_TOKEN.match(text, p)
            if m is None:
                return
            word = m.group("w")
            low = word.lower()
            p = m.end()
            if first < 0 and low in lex.count_skip:
                continue  # "2,566 more new cars": the cars are the unit
            if low in lex.non_count or low in lex.time_words or \
                    low in lex.stop_words or low.endswith("ly") or \
                    (unit := lex.words.get(key_of(low))) is not None and unit.kind != "count":
                return
            if first < 0:
                first = m.start("w")
            if not word.islower():
                # a proper modifier ("15 EU member states", "5 Chinese firms"), never the head
                if _PROPER_MODIFIER.fullmatch(word) is None or low in lex.street_words:
                    return  # not "10 Downing Street staff"
                continue
            if low in lex.count_nouns or c.source == "digits" and (
                    low in _IRREGULAR_PLURALS or _plural(low)) and low not in lex.count_conj_stop:
                # a number in words counts only the usual counted nouns: not "two major
                # sources", "the top five exports"
                self._count_head(text, c, first, m.end("w"))
                self._count_conjuncts(text, c)
                return

    @staticmethod
    def _multiple(text: str, c: _Cand) -> bool:
        """'six times as much', 'twice the size', 'increased 64 times', '4.3 times': so many
        times a size is a figure; 'met three times', 'twice a year' are how often."""
        if c.source == "fold":
            return _TWICE_AFTER.match(text, c.end) is not None
        return c.value != int(c.value) or c.direction is not None or \
            _MULTIPLE_AFTER.match(text, c.end) is not None

    def _count_head(self, text: str, c: _Cand, start: int, end: int) -> None:
        """Set the count's unit to text[start:end], or on to a counted noun right after it:
        'unemployed' -> 'unemployed people'."""
        m = _NP_TOKEN.match(text, end)
        if m is not None and _counted_noun(m.group("w"), self.lex):
            end = m.end("w")
        self._set_count(text, c, start, end)

    def _refers_back(self, t: _Text, c: _Cand) -> bool:
        """'the two countries', 'these three sectors': a small number in words after a
        determiner names things already mentioned; it counts nothing new."""
        if c.source != "word" or c.value > 3:
            return False
        m = self._r["word_left_r"].match(t.rev, t.n - c.start)
        return m is not None and t.word(m, "w").lower() in _DETERMINERS | {"both", "all"}

    def _count_conjuncts(self, text: str, c: _Cand) -> None:
        """'450 airports, seaports and border crossings', '200 countries and territories':
        plural nouns listed after the counted one belong to its unit."""
        lex, p = self.lex, c.end
        for _ in range(4):
            m = _CONJUNCT.match(text, p)
            if m is None:
                return
            words = m.group("np").lower().split()
            if any(w in lex.stop_words or w in lex.non_count or w in lex.count_conj_stop
                   for w in words) or not (words[-1] in lex.count_nouns or _plural(words[-1])) \
                    or _VERB_AFTER.match(text, m.end()):
                return  # "0.5 points and returns to its level": a verb, not a listed noun
            p = m.end()
            if m.group("last"):
                self._set_count(text, c, c.end - len(c.unit_text or ""), p)
                return

    def _set_count(self, text: str, c: _Cand, s: int, e: int) -> None:
        written = text[s:e]
        c.kind, c.unit, c.unit_text, c.end = "count", " ".join(written.lower().split()), \
            written, e
        if c.unit == "times":
            c.kind, c.unit_name = "multiple", "count"

    def _read_rate(self, text: str, c: _Cand) -> None:
        if text[c.end:c.end + 1] not in _RATE_START:
            return
        m = self._r["rate"].match(text, c.end)
        if m:
            den = m.group("den")
            unit = self.lex.words.get(key_of(den)) or self.lex.symbols.get(den)
            named = unit is not None and unit.kind in ("measure", "duration")
            c.per = unit.name if named else key_of(den)
            c.end = m.end()

    def _share_of(self, text: str, pos: int, of: bool = True) -> str | None:
        """'15.3 percent of total trade' -> 'total trade': what a share is a share of."""
        m = (_OF_SHARE if of else _SPACE).match(text, pos)
        if not m:
            return None
        words: list[str] = []
        for tok in _SHARE_WORD.finditer(text, m.end(), min(len(text), m.end() + 60)):
            word = tok.group(0)
            low = word.lower()
            if not words and low in _DETERMINERS | {"a", "an", "all"} and low != "those":
                continue
            if not word[0].isalpha() or low in self.lex.stop_words:
                break
            words.append(word)
            if len(words) == 4:
                break
        return " ".join(words) or None

    def _noun_phrase(self, t: _Text, c: _Cand, pos: int) -> None:
        """everything=True: the counted noun after a bare number ('7 European countries')."""
        lex, text = self.lex, t.text
        toks: list[re.Match[str]] = []
        p = pos
        for _ in range(6):
            m = self._r["word_right"].match(text, p)
            if not m or (m.start("w") == c.num_end and c.source == "digits"):
                break
            toks.append(m)
            p = m.end()
        is_one = c.value == 1 and c.source in ("word", "digits") and not c.scaled
        first = toks[0].group("w").lower() if toks else ""
        if first == "of" and len(toks) > 1 and (
                toks[1].group("w").lower() in _DETERMINERS
                or toks[1].group("w").endswith(("'s", "’s")) or is_one):
            # "one of the students", "two of Johnson's deputies", "35m of its devices"
            toks = toks[1:]
            if toks and (toks[0].group("w").lower() in _DETERMINERS
                         or toks[0].group("w").endswith(("'s", "’s"))):
                toks = toks[1:]
        elif is_one and first in lex.one_after:
            return
        found = self._plural_head(toks, 5)
        if found is not None:
            head, unit = found
            end = toks[head].end("w")
            if unit is not None:
                c.kind, c.unit, c.unit_name = unit.kind, key_of(toks[head].group("w")), unit.name
                c.unit_text, c.end = text[toks[0].start("w"):end], end
            else:
                self._set_count(text, c, toks[0].start("w"), end)
            return
        if is_one and toks and toks[0].start("w") - c.num_end < 4:
            self._one_noun(t, c, toks)

    def _one_noun(self, t: _Text, c: _Cand, toks: list[re.Match[str]]) -> None:
        """'one solution', 'one particular demand': 'one' before a singular noun."""
        lex = self.lex
        first = toks[0].group("w")
        low = first.lower()
        m = self._r["word_left_r"].match(t.rev, t.n - c.start)
        if m and t.word(m, "w").lower() in lex.one_before:
            return  # "no one", "each one", "the same one"
        if low in lex.stop_words or low in lex.one_after or not first.isalpha() \
                or first[0].isupper() or low.endswith("ly"):
            return
        end = toks[0].end("w")
        if len(toks) > 1:
            second = toks[1].group("w")
            if second.isalpha() and second.islower() and second not in lex.stop_words \
                    and second not in lex.one_after and not second.endswith(("ly", "ed", "s")):
                end = toks[1].end("w")
        self._set_count(t.text, c, toks[0].start("w"), end)

    def _plural_head(self, toks: list[re.Match[str]], limit: int,
                     ) -> tuple[int, Unit | None] | None:
        """The index of the plural noun ending a short noun phrase, and its unit if any."""
        lex = self.lex
        for i, tok in enumerate(toks[:limit]):
            word = tok.group("w")
            low = word.lower().rstrip("'’")
            if word[0].isdigit():
                if i == 0:
                    return None
                continue  # "Model 3 sedans", "new 737 Max jets"
            if low == "and" and 0 < i < len(toks) - 1 or low in ("most", "more") and i == 0:
                continue  # "digital and physical sales", "the most gifted attackers"
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
            if low.endswith("ly") and "-" not in low and i == 0 and low != "family":
                return None
        return None

    def _finish_direction(self, text: str, c: _Cand) -> None:
        if c.sign in ("-", "−"):  # a hyphen-minus or the minus sign U+2212
            c.value, c.number = -c.value, -c.number
            if c.value_max is not None:  # "minus 1 to 2 degrees" stays (low, high)
                c.value, c.value_max = -c.value_max, c.value
        if c.direction is None and c.kind == "percent" and c.sign:
            c.direction = "up" if c.sign == "+" else "down"  # "+0.2%", "-3.8%"
        if c.direction is None and c.kind in ("percent", "money", "measure", "count") and \
                text[c.end + 1:c.end + 2] in ("h", "l", "H", "L"):
            m = self._post_dir_re.match(text, c.end)
            if m:  # "closed 2% lower"
                c.direction = "up" if m.group("w").lower() in self.lex.up_after else "down"

    # -- ranges, movements, scores ---------------------------------------------------------

    def _pair(self, t: _Text, cands: list[_Cand]) -> list[_Cand]:
        """Merge ranges, link movements ("from A to B") and spread a unit written once."""
        lex, r, text = self.lex, self._r, t.text
        out: list[_Cand] = []
        i = 0
        while i < len(cands):
            a = cands[i]
            b = cands[i + 1] if i + 1 < len(cands) else None
            if b is None or b.start - a.end > 16:
                out.append(a)
                i += 1
                continue
            between = text[a.end:b.start]
            if (a.named or a.label_like or a.after_rejected) and _joined(text, a.end, b.start):
                b.after_rejected = True  # "ISO 3888-2", "aged 18 to 34"
            if a.yearlike and b.kind is None and b.source == "digits" and \
                    1000 <= b.value <= 2100 and b.value == int(b.value):
                b.yearlike = True  # "between A.D. 1000 and 1260"
            word = "".join(between.split()).lower()
            if a.named or b.named or a.label_like or b.after_rejected or a.yearlike:
                action = "none"
            elif r["reverse_move"].fullmatch(between) and a.kind is not None \
                    and _compatible(a, b):
                action = "reverse"  # "to $7.36 billion from $6.78 billion"
            elif not r["range_sep"].fullmatch(between) or b.qualifier is not None \
                    or not _compatible(a, b):
                action = "none"
            elif word.endswith("or"):
                action = "share"  # "eight or nine euros", "7- or 8-inch": two figures
            elif word == "and" and a.kind is None and b.kind is not None and \
                    a.source == "digits" and (a.direction is not None or a.sign):
                action = "share"  # "grew by 0.9 and 0.6%", "jumped 23 and 16 steps": two
            elif word == "and" and not r["between_left_r"].match(t.rev, t.n - a.start):
                action = "none"  # "5% and 6%" without "between" are two figures
            elif word == "/" and not (a.kind == b.kind == "money"):
                action = "none"
            elif "to" in word and r["from_left_r"].match(t.rev, t.n - a.start):
                before = _WORDS.findall(text[max(0, a.start - 45):a.start].lower())[-5:]
                then_to = _THEN_TO.match(text, b.end)
                # "from 5 to 7 per cent to 3 to 5 per cent": ranges that move
                action = "merge" if then_to or any(w in lex.range_words for w in before) \
                    else "move"
            elif "to" in word and (a.kind is None and b.kind is None and a.direction and
                                   r["by_left_r"].match(t.rev, t.n - a.start)):
                action = "none"  # "decreased by 921,000 to 2.3 million": a change, a level
            elif "to" in word and (a.kind is not None or _change_then_level(a, b)) and (
                    a.direction is not None or r["by_left_r"].match(t.rev, t.n - a.start)):
                # "rose 5% to 7%", "by $3 billion to $52 billion"; but "expects exports to
                # grow 5% to 7%" is a forecast range
                action = "merge" if self._forecast_range(t, a, b) else "none"
            elif word in ("-", "–") and between == word and a.kind is None and \
                    b.kind in (None, "count") and a.source == b.source == "digits" and \
                    _small_int(a.value) and _small_int(b.value):
                action = "score"  # "won 2-1", "a 9-2 lead"
            elif "to" in word and _descending(a, b) and "from" in _WORDS.findall(
                    text[max(0, a.start - 45):a.start].lower())[-5:]:
                # "revised from an originally reported 13.6 billion euros to 13.4 billion
                # euros": high to low after a "from" a few words back is a move, not a range
                action = "move"
            else:
                action = "merge"
            if action == "merge":
                out.append(_merge(a, b))
                i += 2
                continue
            if action == "reverse":
                a.move_from = b
                _inherit(a, b)
                a.yearlike = b.yearlike = False
            elif action == "move":
                b.move_from = a
                _inherit(a, b)
                _share_scale(a, b)
                a.yearlike = b.yearlike = False
            elif action == "share":
                _inherit(a, b)
            elif action == "score":
                a.score = b.score = True
            out.append(a)
            i += 1
        return out

    def _forecast_range(self, t: _Text, a: _Cand, b: _Cand) -> bool:
        """'to grow 2.3% to 3.3%', 'would rise 5 percent to 9 percent': a change word after a
        modal or 'to', then two percentages of one size rising in value, is a forecast range.
        A rate that moves is written in percentage points or 'rose to Y% from X%', so 'X% to
        Y%' of one unit after a forecast verb is not a change and the level it reached."""
        if not (a.kind == b.kind == "percent" and a.unit == b.unit == "percent"):
            return False
        # the ends of a range are of one size ("2.3% to 3.3%"); a rate's level dwarfs its change
        # ("expected to rise 0.2% to 3.1%" is a change and the level it reaches)
        if a.cue_start < 0 or b.direction is not None or a.sign or b.sign or \
                not 0 < a.value < b.value <= 3 * a.value or a.value_max is not None:
            return False
        if self._r["by_left_r"].match(t.rev, t.n - a.start):
            return False  # "to grow by 2% to 3% of GDP": by reads a change, to its level
        m = _WORD_BEFORE_R.match(t.rev, t.n - a.cue_start)
        return bool(m) and m.group(1)[::-1].lower() in self.lex.forecast_before

    def _spread_units(self, text: str, cands: list[_Cand]) -> None:
        """An index level takes the unit of its change: 'rose 64.06 points to 4,577.10'."""
        for i, c in enumerate(cands):
            if c.kind is not None or c.source != "digits":
                continue
            prev = cands[i - 1] if i else None
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if prev is not None and prev.kind in ("count", "measure") and \
                    _LEVEL_AFTER.fullmatch(text, prev.end, c.start):
                _inherit(prev, c, scale=False)
            elif nxt is not None and nxt.kind in ("count", "measure") and \
                    _LEVEL_BEFORE.fullmatch(text, c.end, nxt.start):
                _inherit(c, nxt, scale=False)  # "(16369.03 up 58.06 points)"

    def _count_subjects(self, t: _Text, cands: list[_Cand]) -> None:
        """A count written without its noun takes the counted noun of its subject (annotation
        convention): 'the number of licensed firms rose 4% to 5,100' (firms), 'employment rose
        by 25,000' (jobs, models/figures.json count_subjects), '1.2 million of them' and 'more
        than the 90,000 expected' (the count they refer to). Only a bare number that is the
        level or change of its clause ('to', 'by', 'rose' ... before it) takes a unit, so
        years, ranks, codes and list numbers stay what they are."""
        text, lex = t.text, self.lex
        prev: _Cand | None = None  # the last count before the candidate
        for i, c in enumerate(cands):
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if c.kind is None and c.source in ("digits", "word") and nxt is not None and \
                    nxt.kind == "count" and c.value >= 1 and c.value == int(c.value) and \
                    not (c.yearlike or c.named or c.label_like or c.scaled) and \
                    _OF_NEXT.fullmatch(text, c.end, nxt.start):
                _inherit(nxt, c, scale=False)  # "seven of the eight major categories"
                continue
            if c.kind == "count" and prev is not None and c.unit != prev.unit and \
                    _EXPECTED_AFTER.match(text, c.end) and \
                    _COMPARED_R.match(t.rev, t.n - c.start) and c.start - prev.end < 150:
                # "90,900 jobs, more than the 25,000 analysts had expected": the jobs expected
                c.unit, c.unit_text, c.end = prev.unit, prev.unit_text, c.num_end
            if c.kind is not None or c.source != "digits" or c.yearlike or c.named or \
                    c.label_like or c.after_rejected or c.score or c.value < 0 or \
                    _code_like(text, c):
                if c.kind == "count":
                    prev = c
                continue
            lo = max(0, c.start - _SUBJECT_WINDOW)
            sent = max([lo] + [i + len(mark) for mark in _SENTENCE_END
                               if (i := text.rfind(mark, lo, c.start)) != -1])
            if prev is not None and _OF_THEM.match(text, c.end) and \
                    "\n\n" not in text[prev.end:c.start] and c.start - prev.end < 2 * 150:
                _inherit(prev, c, scale=False)  # "13.2 million people ... 10.8 million of them"
                continue
            if prev is not None and prev.end >= sent and _COMPARED_R.match(t.rev, t.n - c.start):
                _inherit(prev, c, scale=False)  # "90,900 jobs, more than the 25,000 expected"
            else:
                m = _WORD_BEFORE_R.match(t.rev, t.n - c.start)
                level = c.direction is not None or (
                    m is not None and m.group(1)[::-1].lower() in lex.count_level_before)
                noun = self._subject_noun(text, sent, c.start) if level else None
                if noun is not None:
                    c.kind, c.unit = "count", noun
            if c.kind == "count":
                prev = c

    def _spread_amounts(self, t: _Text, cands: list[_Cand]) -> None:
        """An amount written without its unit ('3.2 billion', '-1.1 bn') takes the unit of the
        amounts it is listed or compared with (the contract): the currency of the money amount
        before it (or, with none before, right after it), or the unit of a measure or count it
        is compared with ('56.66 million fine troy ounces, up from 56.05 million')."""
        text = t.text
        money: _Cand | None = None  # the last money amount that is no conversion
        other: _Cand | None = None  # the last count or measure
        for i, c in enumerate(cands):
            if c.kind in ("money", "count", "measure"):
                if c.kind != "money":
                    other = c
                elif not (i and _EQUIV_GAP.fullmatch(text, cands[i - 1].end, c.start)):
                    money = c  # "A$11.3 billion ($7.4 billion)": the amount, not its conversion
                continue
            if not self._bare_amount(text, c):
                continue
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            # "a net worth of 1.356 billion ($1.762bn)": converted, so not in that currency
            converted = nxt.unit if nxt is not None and nxt.kind == "money" and \
                _EQUIV_GAP.fullmatch(text, c.end, nxt.start) else None
            src = None
            # Beyond its own sentence an amount goes with money only when its clause speaks
            # of money ("The non-energy deficit fell to 1.05 billion"), not "car sales rose to
            # 2.1 million"
            sent = _sentence_from(text, c.start)
            moneyish = any(w.group(0) in self.lex.money_subjects
                           for w in _WORDS.finditer(text[sent:c.start].lower()))
            if other is not None and (money is None or other.start > money.start) and \
                    _COMPARED_GAP.fullmatch(text, other.end, c.start):
                src = other
            elif money is not None and c.start - money.end <= _AMOUNT_WINDOW:
                if money.unit != converted and (money.end > sent or moneyish):
                    src = money
            elif converted is None:
                nxt = next((d for d in cands[i + 1:i + 4] if d.kind is not None), None)
                if nxt is not None and nxt.kind == "money" and nxt.scaled and \
                        nxt.factor == 1.0 and nxt.start - c.end <= _AMOUNT_WINDOW // 2 and (
                            moneyish or _sentence_from(text, nxt.start) <= c.start):
                    src = nxt  # a headline amount before the story's amounts
            if src is None:
                continue
            _inherit(src, c, scale=False)
            c.per = None
            if c.kind == "money":
                money = c

    def _rate_points(self, text: str, cands: list[_Cand]) -> None:
        """'the unemployment rate is down 0.5 points', 'was revised 0.1 point from 8.7% to
        8.8%': a few points in a sentence about a rate (a rate word before them, or the
        percentages they moved between right after) are percentage points, not index points."""
        rate_words = self.lex.point_rate_words
        for i, c in enumerate(cands):
            if c.source != "digits" or c.scaled or abs(c.value) >= 10 or \
                    c.kind not in (None, "count") or c.kind == "count" and \
                    c.unit not in ("point", "points"):
                continue
            m = _POINTS.match(text, c.num_end)
            if m is None:
                continue
            lo = max(0, c.start - _SUBJECT_WINDOW)
            sent = max([lo] + [k + len(mark) for mark in _SENTENCE_END
                               if (k := text.rfind(mark, lo, c.start)) != -1])
            end = min((k for mark in _SENTENCE_END
                       if (k := text.find(mark, c.end, c.end + _SUBJECT_WINDOW)) != -1),
                      default=c.end + _SUBJECT_WINDOW)
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if nxt is not None and nxt.kind == "percent" and (
                    _OR_GAP.fullmatch(text, m.end(), nxt.start) or
                    _EQUIV_GAP.fullmatch(text, m.end(), nxt.start)):
                continue  # "rose 190 points, or 0.6%": an index and its change
            # "revised 0.1 point from 8.7% to 8.8%": the rate it moved between follows
            moved = nxt is not None and nxt.kind == "percent" and nxt.start < end and \
                _FROM_TO.match(text, m.end()) is not None
            if not (moved or
                    any(w.group(0) in rate_words for w in _WORDS.finditer(
                        text[sent:c.start].lower()))):
                continue
            c.kind, c.unit, c.unit_text, c.factor = "percent", "percentage_point", \
                m.group("u"), 1.0
            c.end, c.unit_name = m.end(), None

    def _bare_amount(self, text: str, c: _Cand) -> bool:
        """A number with a scale word ('3.2 billion', '-1.1 bn'; not '8M', a period in some
        feeds) and no unit, that is no year, name, code or score."""
        return c.kind is None and c.source == "digits" and c.scaled and not (
            c.yearlike or c.named or c.label_like or c.after_rejected or c.score or c.glued
        ) and self._r["scale_word"].match(text, c.num_end) is not None

    def _subject_noun(self, text: str, sent: int, end: int) -> str | None:
        """The counted noun of the subject before ``end`` in the clause starting at ``sent``:
        the plural head of 'the number of <noun phrase>', or a count_subjects word."""
        lex = self.lex
        noun, at = None, -1
        for m in _NUMBER_OF.finditer(text, sent, end):
            words, p = [], m.end()
            while len(words) < 6:
                w = _NP_WORD.match(text, p, end)
                if w is None:
                    break
                low = w.group(1).lower()
                if low in lex.stop_words or low in lex.up_before or low in lex.down_before:
                    break
                words.append(low)
                p = w.end()
            head = words[-1] if words else ""
            if head in _IRREGULAR_PLURALS or head in lex.count_nouns or (
                    len(head) > 3 and head.endswith("s") and
                    not head.endswith(("ss", "us", "is", "'s", "’s"))):
                noun, at = head, p
        for m in self._subject_re.finditer(text, sent, end):
            if m.start() > at:
                noun, at = lex.count_subjects[key_of(m.group(0))], m.end()
        if noun is None:
            noun, at = self._clause_subject(text, sent, end)
        # a parenthesis inside the clause does not end it: "persons (not seasonally adjusted)"
        if noun is None or _CLAUSE_BREAK.search(_PAREN.sub("", text[at:end])):
            return None
        return noun

    def _clause_subject(self, text: str, sent: int, end: int) -> tuple[str | None, int]:
        """'Total unemployed persons fell 2.8 million', 'Workers with permanent job loss rose
        by 534,000': a counted noun (count_nouns) opening the clause is its subject."""
        lex, words, p = self.lex, [], sent
        while len(words) < 4:
            w = _NP_WORD.match(text, p, end)
            if w is None:
                return None, -1
            low = w.group(1).lower()
            p = w.end()
            if not words and low in _SUBJECT_SKIP:
                continue
            if low in lex.stop_words or low in lex.up_before or low in lex.down_before:
                return None, -1
            words.append(low)
            if low in lex.count_nouns or low in _IRREGULAR_PLURALS:
                w = _NP_WORD.match(text, p, end)  # "unemployed persons": the longer noun
                if w is not None and _counted_noun(w.group(1).lower(), lex):
                    words.append(w.group(1).lower())
                    p = w.end()
                return " ".join(words), p
        return None, -1

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


class _DocContext:
    """Per-document currency resolution: '$', '¥', 'pounds' and 'cents' depend on the text.

    Each question is answered once per document, with ``str.find`` (no regex scans)."""

    def __init__(self, finder: FigureFinder, text: str, country: str | None = None) -> None:
        self.finder = finder
        self.text = text
        self.country = country
        self._lowered: str | None = None
        self._dollar: str | None = None
        self._yuan: bool | None = None
        self._sterling: bool | None = None

    def _has(self, word: str) -> bool:
        """``word`` (lower case) occurs in the text, not inside a longer word."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return _first(self._lowered, word) != -1

    def dollar(self) -> str:
        """The dollar of a story about an economy whose currency is a dollar (a Canadian story's
        "$" is CAD); else USD, unless the text names another dollar ("A$", "Australian
        dollars")."""
        if self._dollar is None and (local := self.country_symbol("$")) is not None:
            self._dollar = local
        if self._dollar is None:
            found = []
            symbols = self.finder.other_symbols
            i = self.text.find("$")
            text = self.text
            while i != -1:  # "A$", "HK$", "$A", "NZ $": the letters glued to a dollar sign
                k = i - 1 if i and text[i - 1] == " " else i
                b = k
                while b > 0 and text[b - 1].isalpha() and k - b < 4:
                    b -= 1
                a = i + 1
                while a < len(text) and text[a].isalpha() and a - i < 4:
                    a += 1
                for sym in (text[b:k] + "$", "$" + text[i + 1:a]):
                    if sym in symbols and (b == 0 or not text[b - 1].isalpha()):
                        found.append((i, symbols[sym]))
                i = text.find("$", i + 1)
            if self._lowered is None:
                self._lowered = text.lower()
            if "dollar" in self._lowered:
                found += [(i, code) for name, code in self.finder.other_names
                          if (i := _first(self._lowered, name)) != -1]
            self._dollar = min(found)[1] if found else "USD"
        return self._dollar

    def yuan(self) -> bool:
        if self._yuan is None:
            lex = self.finder.lex
            self._yuan = any(self._has(w) for w in lex.yuan_markers) and not any(
                self._has(w) for w in lex.yen_markers or ("yen",))
        return self._yuan

    def sterling(self) -> bool:
        if self._sterling is None:
            self._sterling = "£" in self.text or any(
                self._has(w.strip()) for w in self.finder.lex.sterling_markers)
        return self._sterling

    def prefix_currency(self, symbol: str) -> str:
        lex = self.finder.lex
        if symbol == "$":
            return self.dollar()
        if (code := self.country_symbol(symbol)) is not None:
            return code  # "CFA" in a Cameroonian story, "kr" in a Norwegian one
        if symbol in ("¥", "Y="):
            return "CNY" if self.yuan() else "JPY"
        if symbol in lex.local_symbols and (local := self.local(lex.local_symbols[symbol])):
            return local  # "Rs" in a Pakistani story
        code = lex.prefix_currencies.get(symbol) or lex.artifact_prefixes.get(symbol)
        return code or lex.prefix_currencies.get(symbol.replace(" ", ""), symbol.upper())

    def country_symbol(self, symbol: str) -> str | None:
        """The currency ``symbol`` stands for in a story about the article's economy."""
        table = self.finder.lex.country_symbols.get(symbol)
        return table.get(self.country) if table and self.country else None

    def local(self, name: str, named: bool = True) -> str | None:
        """The article economy's currency among those a generic name ('peso') stands for;
        else (``named``) the one whose country the text names first ('rials' in a story
        about Qatar filed from Riyadh)."""
        codes = self.finder.lex.local_currencies.get(name, ())
        if self.country:
            code = next((code for code in codes if code[:2] == self.country), None)
            if code is not None:
                return code
        if not named:
            return None
        found = [(i, code) for code in codes
                 if (i := self._country_named(code[:2])) != -1]
        return min(found)[1] if found else None

    def _country_named(self, country: str) -> int:
        """Where the text first names ``country`` (ISO alpha-2), or -1."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        places = [i for name in self.finder.country_names(country)
                  if (i := _first(self._lowered, name)) != -1]
        return min(places, default=-1)

    def currency_of_name(self, key: str, code: str) -> str | None:
        """The currency of a name after a number; None when 'pounds' is a weight."""
        if key in ("dollars", "dollar"):
            return self.dollar()
        generic = key[:-1] if key.endswith("s") else key  # "pesos", "liras"
        # 'pounds' of weight are common: only the article's own economy makes them a currency
        named = generic != "pound"
        local = self.local(generic, named) or self.local(key, named)
        if key in ("pound", "pounds"):
            return local or ("GBP" if self.sterling() else None)
        return local or code


def _first(haystack: str, needle: str) -> int:
    """The first occurrence of ``needle`` not glued to letters on either side, or -1."""
    i = haystack.find(needle)
    while i != -1:
        end = i + len(needle)
        if (i == 0 or not haystack[i - 1].isalpha() or not needle[0].isalpha()) and (
                end >= len(haystack) or not haystack[end].isalpha()
                or not needle[-1].isalpha()):
            return i
        i = haystack.find(needle, i + 1)
    return -1


# -- helpers -------------------------------------------------------------------------------


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
    return word in _IRREGULAR_PLURALS or word in lex.count_nouns and _plural(word)


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
    the level it reached, not a range."""
    if a.direction is None or b.kind is not None or a.value <= 0:
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
