"""The grammar: one compiled pattern per expression family, composed from the word lists,
with the start tokens and gates that decide where each family is tried."""

from __future__ import annotations

import re
from collections.abc import Callable

from tradeie.normalize.periods.candidates import _Cand, _Family
from tradeie.normalize.periods.tokens import (
    _DAYNUM,
    _TOKEN,
    _YEAR,
    _YEND,
    _alt,
    _second_tokens,
    _starts,
    _suffix,
)


class Grammar:
    """Mixin of PeriodFinder: compiles the patterns from the loaded word tables."""

    def _compile(self) -> None:
        """Build the grammar. Every pattern starts with a mandatory, distinctive token (no
        leading optional group, no leading look-behind) so that the regex engine can skip
        ahead fast; what may precede that token ("the", "between", "2024's", "Monday,",
        "mid-") is read afterwards by the ``_left_*`` patterns."""
        d = self.data
        month_words = [
            re.escape(name) + (r"\.?" if name in self.abbrevs else "") for name in self.month_of
        ]
        month_words.sort(key=len, reverse=True)
        MON = r"(?:" + "|".join(month_words) + r")(?![a-z])"
        ROM = _alt(sorted(self.roman_month_of, key=len, reverse=True))
        WD = r"(?:" + _alt(d["weekdays"]) + r")(?![\w])"
        NUM = r"(?:" + _alt(self.numbers) + r"|1[0-2]|0?[1-9])"
        ORD = _alt(list(self.ordinals) + [f"{n}{_suffix(n)}" for n in range(1, 13)])
        FINAL = _alt(self.final_ordinals)
        REL = _alt(self.relative)
        STAND = _alt(self.standalone)
        FW = _alt(d["fiscal_words"])
        BARE_FW = _alt(d["bare_fiscal_words"])
        BARE_FOLLOW = _alt(d["bare_fiscal_followers"])
        FY = _alt(d["fy_prefixes"])
        CONN = _alt(d["range_connectors"])
        OPEN = _alt(d["range_openers"])
        POS = _alt(d["month_position_prefixes"])
        QW = _alt(d["quarter_words"])
        HW = _alt(d["half_words"])
        span_len = _alt(self.span_lengths)
        span_end = _alt(d["span_end_words"])
        span_start = _alt(d["span_start_words"])
        range_nouns = _alt(d["month_range_nouns"])
        # a bare "fiscal" ("this fiscal") is a period only when no noun follows it
        # ... a verb ("this fiscal rose") or an adverb ("ended the fiscal positively") may
        bare_ok = (
            rf"(?!(?<=\b(?:{BARE_FW}))\s+(?!(?:{BARE_FOLLOW}|{_alt(d['year_figure_verbs'])}"
            rf"|[a-z]+ly)(?![\w-]))[a-z])"
        )

        def fisc(p: str) -> str:
            return (
                rf"(?:(?:{FW})\s*(?P<{p}fy1>{_YEAR}|'\d\d)(?:\s*[-/–]\s*(?P<{p}fy2>{_YEAR}|\d\d))?"
                rf"(?![\w%])"
                rf"|(?:{FY})\s*'?(?P<{p}fb1>{_YEAR}|\d\d)"
                rf"(?:\s*[-/–]\s*(?P<{p}fb2>{_YEAR}|\d\d))?(?![\w%])"
                rf"|(?P<{p}frel>{REL})\s+(?:{FW})(?![\w-]){bare_ok}"
                # "the preceding fiscal year of 2016/17", "the current fiscal year 2024-25":
                # the year the label names
                rf"(?:\s+(?:of\s+)?(?P<{p}fo1>{_YEAR})\s*[-/–]\s*(?P<{p}fo2>{_YEAR}|\d\d)(?![\w%]))?"
                rf"|(?P<{p}fthe>the\s+(?:{FW}))(?![\w-]){bare_ok})"
            )

        def ypair(p: str) -> str:
            # "2022-23": a fiscal year named by its two calendar years (India, UK, ...)
            return rf"(?P<{p}ys1>{_YEAR})\s*[-/–]\s*(?P<{p}ys2>{_YEAR}|\d\d)(?![\w%])"

        def tail(p: str) -> str:
            # "of 2024", "of 2022-23", "of last year" / "last year", "of the year",
            # "of fiscal 2024", or a bare " 2024"; "of the 2023-24 fiscal year" (the label
            # before the fiscal word; "the" only with that word)
            pre = rf"(?:the\s+(?={_YEAR}\s*[-/–]\s*(?:{_YEAR}|\d\d)\s+(?:{FW})(?![\w-])))?"
            return (
                rf"(?:\s+(?:(?:of|in)\s+)?(?:{pre}{ypair(p)}(?:\s+(?:{FW})(?![\w-]))?"
                rf"|(?P<{p}y>{_YEAR}){_YEND}"
                rf"|(?P<{p}rel>{REL})\s+year(?![\w-])|{fisc(p)})"
                rf"|\s+(?:of|in)\s+(?P<{p}they>the\s+year)(?![\w-])"
                # "the first quarter of that year": of the year last named
                rf"|\s+(?:of|in)\s+(?P<{p}that>that\s+(?:same\s+)?year)(?![\w-]))?"
            )

        DAY_Y = rf"(?:,?\s+(?P<y>{_YEAR}){_YEND})?"
        # "Jan. 1 to Nov. 20 this year", "March 3 last year"
        DAY_YR = rf"(?:,?\s+(?P<y>{_YEAR}){_YEND}|\s+(?P<rel>{REL})\s+year(?![\w-]))?"
        # "14-Jan-2025": a day-month-year written with hyphens (the "-" before the month
        # needs a year after it, see day_dm)
        DAY_YR_DM = rf"(?:(?:,?\s+|-)(?P<y>{_YEAR}){_YEND}|\s+(?P<rel>{REL})\s+year(?![\w-]))?"
        REL_Y = rf"\s+(?P<rel>{REL})\s+year(?![\w-])"
        REL_OF_Y = rf"\s+(?:of\s+)?(?P<rel>{REL})\s+year(?![\w-])"  # "Q1 of last year"
        self._left_the = re.compile(r"(?<![\w])the\s+\Z")
        self._left_open = re.compile(rf"(?<![\w])(?P<w>{OPEN})\s+\Z")
        self._left_poss = re.compile(
            # "fiscal 2024's first half": the half of that fiscal year
            rf"(?<![\w])(?:(?P<pf>(?:fiscal|financial)\s+)?(?P<py>{_YEAR})"
            rf"|(?P<prel>{STAND})\s+year)['’]s\s+\Z"
        )
        self._left_wd = re.compile(rf"(?<![\w])(?P<wd>{WD}),?\s+\Z")
        self._left_wd_rel = re.compile(r"(?<![\w])(?P<rel>last|next|this)\s+\Z")
        self._left_wd_name = re.compile(
            rf"(?<![\w])(?:{_alt(d['weekday_name_prefixes'])})\s+\Z"
        )
        # "November-end": a position after the month
        self._month_suffix = re.compile(
            rf"-(?:{_alt(d['month_position_suffixes'])})(?![\w-])")
        self._left_pos = re.compile(
            rf"(?<![\w])(?:(?:{POS})(?:-|\s+)|(?:{_alt(d['period_position_phrases'])})\s+)\Z"
        )
        ana, to_date = d["anaphoric_references"], d["to_date"]
        ytd, roll, mca = d["year_to_date"], d["rolling_spans"], d["month_count_abbrevs"]
        # "the eight months": "the" + a count starts it (keys "the+eight", "the+8", ...)
        roll_the = tuple(
            f"{b}+{n}" for b in roll["bare_openers"]
            for n in (*self.numbers, *(str(i) for i in range(1, 25)))
        )
        # "Over twelve months, the deficit ...", "the cumulative deficit over 12 months": a
        # preposition opens a rolling span only at a clause's start or after a listed word
        roll_pre = roll.get("preposition_openers", [])
        self._roll_pre_left = re.compile(
            rf"(?:^|[.;:,\n(]\s*|(?<![\w])(?:{_alt(roll.get('preposition_after', []))})\s+)\Z"
            if roll.get("preposition_after") else r"(?:^|[.;:,\n(]\s*)\Z")
        MCL = "[" + "".join(sorted({w.lower() for w in mca["letters"]})) + "]"
        self._mca_letters = {w for w in mca["letters"]}
        # "(11M2024)": a month count in brackets after the words it abbreviates
        self._left_mca = re.compile(
            rf"(?:(?<![\w])(?:{_alt(mca['context_before'])})\s+|\()\Z")
        self._season_bad_after = re.compile(
            rf"\s+(?:{_alt(d['seasons']['blockers_after'])})(?![\w-])")
        self._left_season = re.compile(
            rf"(?<![\w])(?P<w>{_alt(d['seasons']['context_before'])})\s+\Z")
        self._left_month_bad = re.compile(
            rf"(?<![\w])(?:{_alt(d['month_blockers_before'])})\s+\Z")
        self._roll_bad_after = re.compile(
            r"\s+(?:of|to|through|ending|ended|until|since|from|before|after|ago|earlier)(?![\w-])")
        self._left_base = re.compile(
            rf"(?<![\w])(?P<w>{_alt(d['base_year_markers'])})\s+(?P<the>the\s+)?\Z")
        self._base_need_fig = {w.lower() for w in d["base_year_markers_need_figure"]}
        # "the 16th of the past 17 months", "in two of the last three years" (but "in each
        # of the last two years" is a period)
        # a sentence that opens with a year: "In 2022, ...", "“During 2023, ..."
        self._year_opener = re.compile(
            rf"[\"'“‘(\s]*(?:in|during|for|throughout|over)\s+(?P<y>{_YEAR}),")
        self._year_opener_any = re.compile(rf"(?:in|during|for|throughout|over)\s+{_YEAR},")
        self._left_noun_use = re.compile(r"(?:%|(?<![\w])(?:a|an|the|percent|per\s+cent))\s+\Z")
        # "compared with the same period last year or in 2019": a second point of comparison
        # (not "\s*,?\s+": the same words, but quadratic on a long run of spaces)
        self._coordinated = re.compile(r"(?:\s*,)?\s+(?:or|and)\s+(?:(?:in|with|to|than)\s+)?"
                                       # "2.6% for the full year and 2.3-3.3% in 2025": a
                                       # conjunct with a figure of its own
                                       r"|(?:\s*,)?\s+and\s+[-+]?\d[\d.,]*(?:-\d[\d.,]*)?"
                                       r"\s*(?:%|percent|per\s+cent)\s+(?:in|for)\s+")
        self._left_year_start = re.compile(r"(?<![\w])(?:the\s+)?(?:beginning|start)\s+of\s+\Z")
        self._span_to = re.compile(r"\s+(?:to|through|until|till)\s+")
        # "the year through October": a year to date (dates.json year_through_words)
        self._year_through = re.compile(rf"\s{{1,3}}(?:{_alt(d['year_through_words'])})\s")
        # "through September" closing a clause: the months of the year up to it
        self._month_through = re.compile(
            rf"(?<![\w])(?:{_alt(d['month_through_openers'])})\s+\Z")
        # (a rate's "year through" is its twelve months: year_through_rate_words)
        self._year_through_rate = re.compile(
            rf"(?<![\w-])(?:{_alt(d['year_through_rate_words'])})(?![\w-])")
        # "a record for a July." / "for a July and 9.3% more": the month closes its phrase
        self._generic_month_end = re.compile(r"\s*(?:[^\w\s]|\Z|and\s+\d)")
        self._sentence_end = re.compile(r"[.!?;]\s")
        self._punct_after = re.compile(r"[.,;:](?:\s|\Z)")  # "... a mixed May. "
        self._opening_left = re.compile(r"(?:\A|[.!?\n])\s*\Z")  # at a sentence's start
        # "from 5.1 percent in August to 5.3 percent in September"
        self._left_from_fig = re.compile(
            r"(?<![\w])from\s+(?:[^.;]|\.\d){0,30}?\b(?:in|during)\s+\Z")
        self._to_fig = re.compile(r"\s+to\s+(?:[^.;]|\.\d){0,30}?\b(?:in|during)\s+")
        self._from_figure = re.compile(
            r"\s+from\s+(?:the|a|an|its)\s+[\d.,]+\s*(?:%|percent|per\s+cent|pct)")
        self._left_in = re.compile(r"(?<![\w])in\s+\Z")
        self._left_of = re.compile(
            rf"(?<![\w])(?:\d+(?:st|nd|rd|th)?|{ORD}|{_alt(self.numbers)})\s+of\s+(?:the\s+)?\Z")
        # "<span> in the current <fiscal year>": the second period frames the first
        self._framed = re.compile(r"\s*(?:,\s*)?(?:in|of|during)\s+(?:the\s+)?(?:current\s+)?")
        self._appositive = re.compile(r"\s*,\s*(?:in|on|i\.e\.)\s+|\s*\(\s*")
        self._move_rx = re.compile(rf"(?<![\w])(?:{_alt(d['year_figure_verbs'])})(?![\w-])")
        self._ana_bad_after = re.compile(rf"\s+(?:{_alt(ana['blockers_after'])})(?![\w-])")
        # "rose 0.3% on the month", "the period of rapid growth": bare nouns that are no period
        bare = d["bare_back_reference_blockers"]
        self._left_bare_bad = re.compile(rf"(?<![\w])(?:{_alt(bare['before'])})\s+\Z")
        self._bare_bad_after = re.compile(rf"\s+(?:\d|(?:{_alt(bare['after'])})(?![\w-]))")
        # "the first half of the century": an "of" the tail could not read
        self._dangling_of = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z]|\d+s(?![a-z]))")
        # a period after a comparison marker, maybe with a figure between: "from 4.1 percent
        # in October", "than in the second quarter", "since June", "compared with 2023"
        self._left_cmp = re.compile(
            rf"(?<![\w])(?:{_alt(d['comparison_markers'])})\s+(?:(?:a|an|the)\s+)?"
            # ("from a revised $1.4 billion in September": the old figure's new value)
            rf"(?:(?:{_alt(d['revision_markers'])})\s+)?"
            # ("following a rise of 0.1% in September": a change noun and "of" first)
            r"(?:(?:[a-z]+\s+of\s+)?\S{0,4}\s?\d\S*(?:\s+[a-z][\w-]*){0,3}\s+)?"
            r"(?:(?:in|on|at|during|for|of|over)\s+)?\Z"
            # "more than the imports recorded in January to December 2016": a strict
            # comparison marker, a few words, a preposition
            rf"|(?<![\w])(?:{_alt(d['strict_comparison_markers'])})\s+(?:the\s+)?"
            r"(?:[a-z][\w-]*\s+){1,3}(?:in|on|at|during|for|of|over)\s+\Z"
            # "the highest eight-month level in the past five years": the span a record
            # is measured over
            rf"|(?<![\w])(?:the|its|their)\s+(?:{_alt(d['superlative_markers'])})\s+"
            r"(?:[a-z][\w-]*\s+){0,3}"
            r"(?:in|for|of|over|during)\s+\Z"
        )
        self._revision_rx = re.compile(rf"(?i)\b(?:{_alt(d['revision_markers'])})\b")
        # "narrowed in October from a revised $1.4 billion in September": a revised figure
        # compared with reports no revision of the sentence's own period
        self._cmp_before = re.compile(
            rf"(?<![\w])(?:{_alt(d['comparison_markers'])})\s+(?:(?:a|an|the)\s+)?\Z")
        self._future_rx = re.compile(rf"(?i)\b(?:{_alt(d['future_markers'])})\b")
        range_words = _alt(w for w in d["range_connectors"] if w.isalpha())
        self._range_words = re.compile(rf"\s(?:{range_words})\s")  # "January to June"
        # "rose to over 2000": a figure after a movement verb, not a year
        verb, to = _alt(d["year_figure_verbs"]), _alt(d["year_figure_to"])
        qual, to_q = _alt(d["year_figure_qualifiers"]), _alt(d["year_figure_to_qualified"])
        self._left_year_fig = re.compile(
            rf"(?<![\w])(?:(?:{verb})\s+(?:(?:{to})\s+)?(?:(?:{qual})\s+)?"
            rf"|(?:{to_q})\s+(?:{qual})\s+)\Z"
        )
        self._left_fiscal = re.compile(r"(?<![\w])fiscal\s+\Z")
        # "the fiscal year to date", "financial year-to-date": the span of the fiscal year
        self._left_fiscal_ytd = re.compile(r"(?<![\w])(?:fiscal|financial)[\s-]+\Z")
        self._left_cal = re.compile(rf"(?<![\w])(?:{_alt(d['calendar_words'])})\s+\Z")
        self._left_year_bad = re.compile(
            rf"(?:(?<![\w])(?:{_alt(d['year_blockers_before'])})\s+"
            rf"|(?<![\w])(?:{_alt(d['year_name_prefixes'])})\s+"
            rf"|(?:{_alt(d['currency_signs'])})\s*)\Z"
        )
        # "the Ghana 2023 Trade Report": a year inside a capitalised name (case-sensitive,
        # run on the original text)
        self._title_before = re.compile(r"(?<![\w'’-])(?P<w>[A-Z][\w'’.&-]{0,30})\s\Z")
        self._title_after = re.compile(
            r"\s(?:[A-Z][\w'’&-]{0,30},?\s){0,4}"
            rf"(?:{'|'.join(map(re.escape, d['year_title_nouns']))})(?![\w])")
        self.title_openers = frozenset(d["year_title_openers"])
        self._before_ok = re.compile(rf"(?<![\w])(?:{_alt(d['month_context_before'])})[\s-]+\Z")
        self._after_ok = re.compile(rf"\s+(?:{_alt(d['month_context_after'])})(?![\w])")
        self._next_word = re.compile(r"\s*(%|[^\W\d_]+)")
        # one leading character class (no look-behind, no top-level "|") lets the engine
        # skip ahead fast: 3x quicker than "\n+|(?<=[.!?])..."
        self._sent_rx = re.compile(
            r"[\n.!?](?:(?<=\n)\n*|[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9]))"
        )
        self._word_before_dot = re.compile(r"([\w.]+)[.!?][\"'”’)\]]*\Z")

        CONN_W = tuple(w for w in d["range_connectors"] if w.isalpha())
        _UNITS = tuple(self.count_units)
        # Start keys: the token a family's match begins with. A word, "the+<word>" (the
        # pair "the <word>": "the" alone would trigger on every other line), or a token
        # class (#mon, #wd, #d12, #year, #ord, #q, #h, #yq, #yw, #fy, see _TOKEN_CLASS).
        months = ("#mon",)
        ords = (*_starts(self.ordinals), *_starts(self.final_ordinals), "#ord")
        rel = _starts(self.relative)
        fams: list[tuple[str, str, Callable[..., _Cand | None], tuple[str, ...]]] = [
            # back-references first: on equal spans they win ("the period" is never a day)
            ("backref", rf"(?:{_alt(self.backref_phrases, flex_hyphen=True)})(?![\w-])",
             self._h_backref, _starts(self.backref_phrases)),
            # "the same period", "the same quarter of the previous year", "... two years ago"
            ("same_period",
             rf"(?:{_alt(d['same_period_of']['words'])})\s+(?P<noun>{_alt(self.same_nouns)})"
             rf"(?![\w-])(?:,?\s+(?:(?:of|in)\s+)?(?:(?P<tw>{_alt(self.same_tails, True)})"
             rf"|(?P<tt>{_alt(d['same_period_of']['this_year_tails'])})"
             rf"|(?P<tc>{_alt(self.counts)}|\d{{1,2}})[\s-]+(?P<tu>years?)\s+"
             rf"(?P<td>{_alt(self.count_dirs)}))(?![\w-]))?",
             self._h_same_period, _starts(d["same_period_of"]["words"])),
            ("backref_counted",
             rf"(?P<c>{_alt(self.counts)}|\d{{1,2}})[\s-]+(?P<u>{_alt(self.count_units)})\s+"
             rf"(?P<dir>{_alt(self.count_dirs)})(?![\w-])", self._h_backref_counted,
             (*_starts(self.counts), "#d12")),
            # "that month": the month last named before it
            ("anaphor",
             rf"(?:(?:{_alt(ana['determiners'])})\s+(?P<noun>{_alt(self.ana_nouns)})"
             rf"|(?P<ph>{_alt(self.ana_phrases, True)}))(?![\w-])",
             self._h_anaphor, (*_starts(ana["determiners"]), *_starts(self.ana_phrases))),
            # "the year-to-date", "2020 so far": January to the end of the governing period
            ("ytd",
             rf"(?:{_alt(ytd['phrases'], True)})(?![\w-])"
             rf"|(?P<y>{_YEAR})\s+(?:{_alt(ytd['year_markers_after'])})(?![\w-])",
             self._h_ytd, (*_starts(ytd["phrases"]), "#year")),
            # "the past eight months", "the last three years", "the eight months"
            ("rolling",
             rf"(?:(?P<op>{_alt(roll['openers'])})|{_alt(roll['bare_openers'])}"
             rf"{'|(?P<pre>' + _alt(roll_pre) + ')' if roll_pre else ''})\s+"
             rf"(?:(?P<n>{NUM}|1[3-9]|2[0-4])\s+(?P<u>{_alt([*self.roll_units, *self.roll_weeks])})"
             rf"|(?P<su>{_alt([*self.roll_single, *self.roll_week])}))(?![\w-])"
             rf"(?P<td>\s+to\s+date(?![\w-]))?",
             self._h_rolling, (*_starts(roll["openers"]), *roll_the, *_starts(roll_pre))),
            # "Quarter 3 2022", "Quarter 3 (July to Sept) 2022", "quarter 1"
            ("quarter_n",
             rf"(?:{QW})\s+(?P<q>[1-4])(?![\w%]|[.,]\d)"
             rf"(?:\s*\([a-z.]+\s*(?:{CONN})\s*[a-z.]+\))?(?:,?\s+(?P<y>{_YEAR}){_YEND})?",
             self._h_quarter_n, _starts(d["quarter_words"])),
            # "8M 2015", "in 9M": the first N months
            ("month_count",
             rf"(?P<n>1[0-2]|[1-9])(?P<l>{MCL})"
             rf"(?:(?P<yg>{_YEAR}){_YEND}|(?P<yy>\d\d)(?![\w%])|(?=(?:{FY})'?\d){fisc('t')}"
             rf"|(?![\w%])(?:\s+(?P<y>{_YEAR}){_YEND}|\s+{fisc('u')})?)",
             self._h_month_count, ("#nm",)),
            # "five months of 2014": the first five
            ("months_of",
             rf"(?P<n>{NUM})\s+months\s+of\s+(?:(?P<y>{_YEAR}){_YEND}"
             rf"|(?P<rel>{REL})\s+year(?![\w-]))",
             self._h_months_of, (*_starts(self.numbers), "#d12")),
            # "5.1 percent in second quarter, 4.5 percent in third;", "from the second to the
            # third quarter": a quarter whose noun is left out
            ("quarter_ellipsis",
             rf"(?P<ord>{ORD})(?:(?=\s*[;,.)])|(?=\s+(?:to|and)\s+the\s+(?:{ORD})\s+(?:{QW})(?![\w-])))",
             self._h_quarter_ellipsis, ords),
            # "the first month of 2026", "the ninth month of the year"
            ("nth_month",
             rf"(?P<ord>{ORD})\s+month\s+of\s+(?:(?P<y>{_YEAR}){_YEND}"
             rf"|(?P<rel>{REL})\s+year(?![\w-])|the\s+(?:current\s+)?year(?![\w-]))",
             self._h_nth_month, ords),
            # "the previous three months": the months right before the governing period
            ("backref_span",
             rf"(?:{_alt(d['back_reference_spans']['openers'])})\s+"
             rf"(?P<n>{_alt(self.numbers)}|\d{{1,2}})\s+(?P<u>{_alt(self.span_units)})(?![\w-])",
             self._h_backref_span, _starts(d["back_reference_spans"]["openers"])),
            # "so far this year", "this year to date": the current year up to publication
            ("to_date",
             rf"(?:(?:{_alt(to_date['markers_before'])})\s+(?:{_alt(to_date['openers'])})\s+"
             rf"(?P<u>{_alt(self.to_date_units)})|(?:{_alt(to_date['openers'])})\s+"
             rf"(?P<u2>{_alt(self.to_date_units)}),?\s+(?:{_alt(to_date['markers_after'])}))"
             rf"(?![\w-])",
             self._h_to_date, (*_starts(to_date["markers_before"]), *_starts(to_date["openers"]))),
            ("same_period_of",
             rf"(?:{_alt(d['same_period_of']['words'])})\s+(?P<noun>{_alt(self.same_nouns)})"
             rf"\s+(?:of|in)\s+(?:{ypair('s')}|(?P<y>{_YEAR}){_YEND}"
             # "the same period of FY24", "... of fiscal 2023": the slice in that fiscal year
             rf"|(?=(?:{FY})\s*'?\d|(?:{FW})\s*\d){fisc('s')}"
             # "of the 2023-2024 FY" / "of the 2023-24 fiscal year" (moved into the fiscal
             # year that starts in 2023)
             rf"|the\s+(?P<fy>{_YEAR})[-/](?:\d\d){{1,2}}"
             rf"\s*(?:{_alt((*d['fiscal_words'], *d['fy_prefixes']))})(?![\w-]))",
             self._h_same_period_of,
             _starts(d["same_period_of"]["words"])),
            ("iso_day",
             rf"(?P<y>{_YEAR})(?P<sep>[-/])(?P<m>0[1-9]|1[0-2])(?P=sep)"
             # an ISO timestamp ("2025-01-13T10:30:00Z") is its day
             rf"(?P<d>0[1-9]|[12]\d|3[01])(?:(?![\w/-])|(?=t\d\d:\d\d))", self._h_iso_day,
             ("#year",)),
            ("iso_month", rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])(?![\w/-]|[.,]\d)",
             self._h_iso_month, ("#year",)),
            # "14.01.2025", "14/01/2025" (day first, as outside the US), "09/2024"
            ("num_dmy",
             rf"(?P<d>[0-3]?\d)(?P<sep>[./])(?P<m>[01]?\d)(?P=sep)(?P<y>{_YEAR})"
             r"(?![\w/-]|\.\d)", self._h_num_dmy, ("#d12",)),
            ("num_my", rf"(?P<m>0[1-9]|1[0-2])/(?P<y>{_YEAR})(?![\w/-]|\.\d)",
             self._h_num_my, ("#d12",)),
            # "1.I-30.IX 2024", "1.I.-31.XII.2023": a day span with Roman months
            ("day_span_roman",
             rf"(?P<d1>[0-3]?\d)\.(?P<m1>{ROM})\.?\s*[-–]\s*(?P<d2>[0-3]?\d)\.(?P<m2>{ROM})"
             rf"\.?\s*(?P<y>{_YEAR})(?![\w/-]|\.\d)", self._h_day_span_roman, ("#d12",)),
            ("day_span_md",
             rf"(?P<m1>{MON})\s*(?P<d1>{_DAYNUM})(?:,?\s+(?P<y1>{_YEAR}))?\s*(?P<conn>{CONN}|and)"
             rf"\s*(?:(?P<m2>{MON})\s*)?(?P<d2>{_DAYNUM}){DAY_YR}", self._h_day_span, months),
            ("day_span_dm",
             rf"(?P<d1>{_DAYNUM})(?:\s+(?:of\s+)?(?P<m1>{MON})(?:\s+(?P<y1>{_YEAR}))?)?\s*"
             rf"(?P<conn>{CONN}|and)\s*(?P<d2>{_DAYNUM})\s+(?:of\s+)?(?P<m2>{MON}){DAY_YR}",
             self._h_day_span, ("#d12", "#ord")),
            ("day_md", rf"(?P<mon>{MON})\s*(?P<d>{_DAYNUM}){DAY_YR}", self._h_day, months),
            # "14 January 2025", "the 14th of January", "14-Jan-2025"
            ("day_dm", rf"(?P<d>{_DAYNUM})(?:\s+(?:of\s+)?|-(?=[a-z]{{3,9}}\.?-(?:19|20)\d\d))"
             rf"(?P<mon>{MON}){DAY_YR_DM}", self._h_day,
             ("#d12", "#ord")),
            ("week_of_month",
             rf"(?P<ord>{ORD}|{FINAL})\s+week\s+of\s+(?P<mon>{MON})"
             rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEND}|{REL_Y})?",
             self._h_week_of_month, ords),
            ("week_ending",
             # "the week ended Jan. 13", "the week that ended Jan. 6"
             # "the fortnight ended December 27" (the RBI's bank credit): fourteen days
             rf"(?P<unit>week|fortnight)\s+(?:that\s+)?(?:{span_end})\s+"
             rf"(?:(?P<mon>{MON})\s*(?P<d>{_DAYNUM})"
             rf"|(?P<d2>{_DAYNUM})\s+(?P<mon2>{MON})|(?P<wd>{WD})){DAY_Y}",
             self._h_week_ending, ("week", "fortnight")),
            ("weeks_ending",
             # "the four weeks to 3 May", "the 12 weeks ending 18 May" (UK retail monitors)
             # ... "the 13 weeks to", "the 52 weeks ending" (a quarter's or a year's weeks)
             rf"(?P<n>{NUM}|1[3-9]|[2-4]\d|5[0-3])\s+weeks\s+(?:that\s+)?(?:{span_end})\s+"
             rf"(?:(?P<mon>{MON})\s*"
             rf"(?P<d>{_DAYNUM})|(?P<d2>{_DAYNUM})\s+(?P<mon2>{MON})|(?P<wd>{WD})){DAY_Y}",
             self._h_week_ending, (*_starts(self.numbers), "#d12")),
            ("iso_week",
             rf"(?:week\s+(?P<wn>[1-4]\d|5[0-3]|0?[1-9])(?:(?:\s+of|,)?\s+(?P<y>{_YEAR}))?"
             rf"|(?P<wn2>[1-4]\d|5[0-3]|[1-9])(?:st|nd|rd|th)\s+week\s+(?:of|in)\s+"
             rf"(?P<y2>{_YEAR})|(?P<y3>{_YEAR})-?w(?P<wn3>[0-4]\d|5[0-3])){_YEND}",
             self._h_iso_week, ("week", "#ord", "#year", "#yw")),
            ("rel_unit",
             rf"(?P<rel>{STAND})\s+(?P<unit>{_alt(self.weekend_words)}|year|month|week|{QW})"
             rf"(?![\w-])",
             self._h_rel_unit, _starts(self.standalone)),
            ("month_range",
             rf"(?P<m1>{MON})(?:\s+(?P<y1>{_YEAR}))?"
             rf"\s*(?P<conn>{CONN}|and)\s*(?:(?:{POS})[-\s])?(?P<m2>{MON})"
             rf"(?:\s+(?P<noun>{range_nouns})(?![\w-]))?"
             rf"(?:,?\s+(?:of\s+|in\s+)?(?:{ypair('t')}"
             rf"|(?P<y>{_YEAR}){_YEND}(?:\s+(?P<noun3>{range_nouns})(?![\w-]))?"
             rf"|(?P<rel>{REL})\s+year(?![\w-])"
             rf"|{fisc('t')})|\s+(?P<noun2>{range_nouns})(?![\w-]))?",
             self._h_month_range, months),
            ("first_months",
             rf"(?P<pos>first|last|final|opening|initial)\s+(?P<n>{NUM})\s+(?P<u>months|quarters)"
             # "the first five months (July-November) of fiscal year 2024-25", as for halves
             rf"(?![\w-])(?:\s+\((?:{MON})\s*[-–]\s*(?:{MON})\)(?=\s+(?:of|in)\s))?"
             rf"{tail('t')}", self._h_first_months, ("first", "last", "final", "opening",
                                                              "initial")),
            # "the 11-month period" (Vietnamese usage): the first months of the year
            ("month_period",
             rf"(?P<n>{NUM})-month\s+period(?![\w-]){tail('t')}", self._h_first_months,
             ("#d12", *self.numbers)),
            ("days_of_month",
             # "the first fortnight of December" (days 1-15; the last: 16 to the end)
             # "the second half of March", "the first two weeks of the month"
             # "the first three weeks of November" (Brazil's weekly trade data): 7 days each
             # (half-month words first: "the first two weeks of the year" is one of them)
             rf"(?P<pos>{_alt(self.days_pos)})\s+(?:(?P<fn>{_alt(self.half_month_words)})"
             rf"|(?P<n>[12]\d|3[01]|{NUM})\s+(?P<du>days|weeks))\s+of\s+"
             # ("of last December", "of this January": the latest one, as the bare month)
             rf"(?:(?:(?:last|this)\s+)?(?P<mon>{MON})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEND}|{REL_Y})?"
             rf"|(?:(?P<mrel>{STAND})|(?P<mthe>the))\s+month(?![\w-])"
             # "the first fortnight of the year": of January (not "the first half of the year")
             rf"|(?P<yr>the\s+year)(?![\w-]))", self._h_days_of_month,
             _starts(self.days_pos)),
            ("months_to",
             # "the 12-month period to October", "the year ended 31 December 2024"
             rf"(?:(?P<n>{NUM})(?:\s+months|[\s-]month\s+period|\s+(?P<qs>quarters))"
             # (a comma before the end word: "the previous moving quarter, ended in July")
             rf"|(?P<len>{span_len}))(?:\s+|,\s+(?={span_end}))"
             # "the year to the September quarter" (Australia, New Zealand)
             rf"(?:{span_end}|(?P<from>{span_start}))\s+(?:in\s+)?"
             rf"(?:end-|the\s+end\s+of\s+|(?P<tq>the\s+))?"
             # ... "the year to Q3 2024": to the quarter's last month
             rf"(?:(?:{_DAYNUM}\s+(?:of\s+)?)?(?P<mon>{MON})(?:\s+{_DAYNUM})?|q(?P<qn>[1-4]))"
             rf"(?:,?\s+(?P<y>{_YEAR}){_YEND}|{REL_Y})?(?(tq)\s+(?:{QW})(?![\w-]))",
             self._h_months_to, (*_starts(self.numbers), "#d12", *_starts(self.span_lengths))),
            ("quarter",
             # "the first and second quarters", "the first to third quarters of 2024"
             rf"(?P<ord>{ORD}|{FINAL})(?:\s+(?:and|to|through)\s+(?P<ord2>{ORD}))?(?:-|\s+)"
             rf"(?P<fis2>fiscal[-\s]+)?(?:{QW})(?P<pl>s)?(?![\w-])"
             # "the second quarter (July-September) of FY17": the months it names in brackets;
             # "the first quarter (Q1) of 2024" (African and Gulf papers): its own short name
             rf"(?:\s+\((?:(?:{MON})\s*[-–]\s*(?:{MON})|q[1-4]|[1-4]q)\)(?=\s+(?:of|in)\s))?"
             rf"{tail('t')}",
             self._h_quarter, ords),
            ("quarter_q",
             # "Q1-Q3 2024", "1Q-3Q 2024", "1Q2024"
             rf"(?:q(?P<q>[1-4])|(?P<q2>[1-4])q(?P<yy2>\d\d)?)"
             rf"(?:\s*(?:-|–|to)\s*(?:q(?P<qe>[1-4])|(?P<qe2>[1-4])q))?"
             # "Q2 of 2016-17", "Q3 2024-25": a quarter of a two-label fiscal year
             rf"(?:\s+(?:of\s+)?{ypair('t')}"
             rf"|(?:\s*(?:of\s+)?|\s*[-/]\s*)(?P<y>{_YEAR})|'(?P<yy>\d\d)"
             rf"|(?:\s+(?:of\s+)?|(?=(?:{FY})'?\d))"
             rf"{fisc('t')}|{REL_OF_Y})?(?![\w%-])",
             self._h_quarter_q, ("#q",)),
            ("year_qh",
             # "2024M12" (IMF and Eurostat tables): a month, its letter right after the year
             # "the 2023 third quarter" (Bloomberg): the year before the ordinal quarter
             rf"(?P<y>{_YEAR})(?:\s*[-/]?\s*(?:q(?P<q>[1-4])|h(?P<h>[12]))"
             rf"|m(?P<mm>0?[1-9]|1[0-2])|\s+(?P<yo>{ORD}|{FINAL})(?:-|\s+)(?:{QW}))(?![\w-])",
             self._h_year_qh, ("#year", "#yq")),
            ("month_quarter",
             # "the December quarter", "the June half" (Australia), "the September 2024
             # quarter", "the June 2024 year" (New Zealand): the period ending in that month
             rf"(?P<mon>{MON})(?:\s+(?P<y0>{_YEAR}))?(?:-|\s+)(?:(?P<qw>{QW})|(?P<hw>half)"
             rf"|(?P<yw>year))(?![\w-])(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEND})?",
             self._h_month_quarter, months),
            ("half",
             rf"(?P<ord>first|second|1st|2nd|{_alt(self.half_ordinals)})(?:-|\s+)"
             rf"(?P<fis2>fiscal[-\s]+)?(?:{HW})(?![\w-])"
             # "the first half (July-December) of the current fiscal year", "the first half
             # (H1) of 2024", as for quarters
             rf"(?:\s+\((?:(?:{MON})\s*[-–]\s*(?:{MON})|h[12]|[12]h)\)(?=\s+(?:of|in)\s))?"
             rf"{tail('t')}",
             self._h_half,
             ("first", "second", "#ord", *_starts(self.half_ordinals))),
            ("half_h",
             # "H1 2026/27", "H2 of 2025-26": a half of a two-label fiscal year (as quarter_q)
             rf"(?:h(?P<h>[12])|(?P<h2>[12])h(?P<yy2>\d\d)?)(?:\s+(?:of\s+)?{ypair('t')}"
             rf"|(?:\s*(?:of\s+)?|\s*[-/]\s*)"
             rf"(?P<y>{_YEAR})|'(?P<yy>\d\d)|(?:\s+(?:of\s+)?|(?=(?:{FY})'?\d))"
             rf"{fisc('t')}|{REL_OF_Y})?(?![\w%-])",
             self._h_half_h, ("#h",)),
            # "fiscal 2024 ended in March", "fiscal 2025 ending March 31, 2026": the month
            # the fiscal year ends is part of its name
            ("fiscal", fisc("") + rf"(?:,?\s+(?:ended|ending)\s+(?:in\s+)?(?:{MON})"
             rf"(?:\s+{_DAYNUM})?(?:,?\s+{_YEAR}{_YEND})?(?![\w-]))?", self._h_fiscal,
             (*_starts(d["fiscal_words"]), *_starts(f"the {w}" for w in d["bare_fiscal_words"]),
              "#fy", *rel)),
            ("fiscal_pre",
             rf"(?P<y>{_YEAR})(?:\s*[-/–]\s*(?P<y2>{_YEAR}|\d\d))?(?:\s+(?:{FW})|\s*(?:{FY}))"
             rf"(?![\w-])",
             self._h_fiscal_pre, ("#year",)),
            # "December 2020when": a space lost before the next word
            # "Nov-24", "Nov'24", "Dec '24", "Dec-2024": a month with its year in table style;
            # "June, 2025" (South Asian and African usage): a comma before the year
            ("month_year", rf"(?P<mon>{MON})(?:(?:(?:\s+of)?\s+|-|,\s?)(?P<y>{_YEAR})"
             rf"(?:{_YEND}|(?=[a-z]{{3,}}))|(?:\s?['’]|-)(?P<y2>\d\d)(?![\w%'’-]|[.,]\d))",
             self._h_month_year, months),
            ("month_rel",
             rf"(?P<mon>{MON})\s+(?:of\s+)?(?P<rel>{REL})\s+year(?![\w-])"
             rf"|(?P<rel2>last|this|next)\s+(?P<mon2>{MON})", self._h_month_rel,
             ("#mon", "last", "this", "next")),
            ("season", rf"(?P<s>{_alt(self.season_of)})(?![\w-])"
             rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}){_YEND})?", self._h_season,
             tuple(self.season_of)),
            ("month", rf"(?P<mon>{MON})", self._h_month, months),
            ("calendar_prefix",
             rf"(?:{_alt(d['calendar_prefixes'])})\s?'?(?P<y>{_YEAR}|\d\d)(?![\w%])",
             self._h_calendar_prefix, ("#cy",)),
            ("year_range",
             rf"(?P<y1>{_YEAR})\s*(?P<conn>{CONN}|/|and)\s*(?P<y2>{_YEAR}|\d\d){_YEND}",
             self._h_year_range, ("#year",)),
            ("year", rf"(?P<y>{_YEAR}){_YEND}", self._h_year, ("#year",)),
            # "the 2010s", "the early 2000s", "the mid-1990s": the ten years of a decade
            ("decade", r"(?P<y>(?:19|20)\d0)s(?![\w-])", self._h_decade, ("#dec",)),
            ("vague", rf"(?:{_alt(d['vague_periods'], True)})(?![\w-])", self._h_vague,
             _starts(d["vague_periods"])),
            ("rel_day", rf"(?P<w>{_alt(self.relative_days)})(?![\w])", self._h_rel_day,
             _starts(self.relative_days)),
            ("weekday", rf"(?P<wd>{WD})", self._h_weekday, ("#wd",)),
        ]
        # Gates: the tokens that may follow the start token ("first" starts a quarter only
        # before "quarter"); None lets every start through. A gate keeps the number of
        # regex attempts per article small: figures and "a", "last", "the" are everywhere.
        gates: dict[str, tuple[str, ...] | None] = {
            "backref": None,
            "backref_counted": _UNITS,
            "anaphor": (*self.ana_nouns, *_second_tokens(ana["determiners"]),
                        *_second_tokens(self.ana_phrases)),
            "backref_span": None,
            "to_date": (*_second_tokens(to_date["markers_before"]),
                        *(_TOKEN.findall(u)[0] for u in self.to_date_units)),
            "same_period_of": _second_tokens(d["same_period_of"]["words"]),
            "same_period": _second_tokens(d["same_period_of"]["words"]),
            "ytd": None if any(len(_TOKEN.findall(p.lower())) == 1 for p in ytd["phrases"])
            else (*_second_tokens(ytd["phrases"]), *_starts(ytd["year_markers_after"])),
            "rolling": (*self.numbers, "#d12", *self.roll_single, *self.roll_week),
            "quarter_n": ("#d12",),
            "month_count": None,
            "nth_month": ("month",),
            "quarter_ellipsis": None,
            "months_of": ("months",),
            "days_of_month": ("#d12", *_starts(self.half_month_words), *self.numbers),
            "iso_day": ("#d12",),
            "iso_month": ("#d12",),
            "num_dmy": ("#d12",),
            "num_my": ("#year",),
            "day_span_roman": None,
            "day_span_md": ("#d12", "#ord"),
            "day_span_dm": ("#mon", "of", "#d12", "#ord", *CONN_W),
            "day_md": ("#d12", "#ord"),
            "day_dm": ("#mon", "of"),
            "week_of_month": ("week",),
            "week_ending": (*d["span_end_words"], "that"),
            "weeks_ending": ("weeks",),
            "iso_week": ("#d12", "week", "#w"),
            "rel_unit": ("year", "month", "week", *self.weekend_words, *d["quarter_words"],
                         *_second_tokens(self.standalone)),
            "month_range": ("#mon", "#year", "and", *CONN_W, *d["month_position_prefixes"]),
            "first_months": ("#d12", *self.numbers),
            "month_period": ("month",),
            "months_to": ("months", "month", "quarters", "year", *d["span_end_words"],
                          *d["span_start_words"]),
            "quarter": (*d["quarter_words"], "fiscal", "and", "to", "through"),
            "quarter_q": None,
            "year_qh": ("#q", "#h", *ords),  # ("2023 third quarter")
            "month_quarter": (*d["quarter_words"], "half", "year", "#year"),
            "half": (*d["half_words"], "fiscal"),
            "half_h": None,
            "fiscal": None,
            "fiscal_pre": None,  # "2017-2018FY": the token after the year is "2018fy"
            "month_year": None,  # "#year", "of", or a year glued to a word ("2020when")
            "month_rel": ("#mon", "of", *_starts(self.relative)),
            "month": None,
            "season": None,
            "calendar_prefix": None,
            "year_range": ("#year", "#d12", "and", *CONN_W),
            "year": None,
            "decade": None,
            "rel_day": None,
            "weekday": None,
            "vague": _second_tokens(d["vague_periods"]),
        }
        self._families = [_Family(name, re.compile(rx), h) for name, rx, h, _ in fams]
        self._rank = {f.name: i for i, f in enumerate(self._families)}
        # families whose expression may be written without its year ("the first quarter")
        self._yearless = frozenset(self._rank[n] for n in (
            "quarter", "quarter_q", "quarter_n", "half", "half_h", "month_range",
            "first_months", "month", "nth_month", "months_to", "month_quarter", "day_md",
            "day_dm", "day_span_md", "day_span_dm", "days_of_month", "month_count"))
        # single-token families, tried last at a token: skipped where a longer one matched
        self._fallback = frozenset(
            self._rank[n] for n in ("month", "year", "weekday", "rel_day") if n in self._rank
        )
        self._token_cache: dict[tuple[str, str], tuple[int, ...]] = {}
        self._gates = [
            None if gates[name] is None else frozenset(gates[name]) for name, *_ in fams
        ]
        # key -> indexes of the families to try at a token with that key
        self._triggers: dict[str, tuple[int, ...]] = {}
        for i, (_name, _rx, _h, keys) in enumerate(fams):
            for key in keys:
                self._triggers[key] = (*self._triggers.get(key, ()), i)
        self._word_class = {w: "#mon" for w in self.month_of}
        self._word_class.update({w: "#wd" for w in self.weekday_of})
        words = {k for k in self._triggers if not k.startswith(("#", "the+"))}
        words |= set(self._word_class)
        the_next = {k[4:] for k in self._triggers if k.startswith("the+")}
        # one pass over the text finds every start token and peeks at the token after it
        self._trigger_rx = re.compile(
            rf"(?<![a-z0-9])(?P<t>{_alt(words)}|the(?=[^a-z0-9]{{1,8}}(?:{_alt(the_next)})(?![a-z0-9]))"
            rf"|(?<!\d[.,])\d[a-z0-9]*(?![.,]\d|%)|[qh][1-4][a-z0-9]*|fy[a-z0-9]*|cy\d*"
            # "14.01.2025": a day number before a dotted month and year (no decimal)
            rf"|(?<!\d[.,])\d\d?(?=\.\d\d?\.(?:19|20)\d\d(?!\d)))(?![a-z0-9])"
            rf"(?=[^a-z0-9]{{1,4}}(?P<n>[a-z0-9]+))?"
        )
