"""Figures read together: ranges ("$3-4 billion"), movements ("from A to B"), units and
currencies spread to bare numbers from their neighbours and subjects."""

from __future__ import annotations

from tradeie.normalize.figure_lexicon import key_of
from tradeie.normalize.figures.helpers import (
    _change_then_level,
    _code_like,
    _compatible,
    _counted_noun,
    _descending,
    _inherit,
    _joined,
    _merge,
    _sentence_from,
    _share_scale,
    _small_int,
)
from tradeie.normalize.figures.model import _Cand, _Text
from tradeie.normalize.figures.patterns import (
    _AMOUNT_WINDOW,
    _CLOSE_PAREN,
    _EQUIV_GAP,
    _FROM_TO,
    _LEVEL_AFTER,
    _LEVEL_BEFORE,
    _NP_WORD,
    _NUMBER_OF,
    _OF_NEXT,
    _OF_THEM,
    _OR_GAP,
    _PAREN,
    _POINTS,
    _SENTENCE_END,
    _SUBJECT_WINDOW,
    _THEN_TO,
    _WORD_BEFORE_R,
    _WORDS,
)


class _Pairing:
    """Ranges, movements and units from context (mixed into FigureFinder)."""

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
            elif word == "and" and a.kind is None and b.kind == "percent" and \
                    a.source == "digits" and "." in text[a.start:a.end] and \
                    not r["between_left_r"].match(t.rev, t.n - a.start):
                action = "share"  # "the rates had been 2.0 and 2.4 percent": two rates
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
                # grow 5% to 7%" is a forecast range. A bare change before a level with a
                # unit ("rose by 30,000 to 1.2 million people") takes the level's unit.
                action = "merge" if self._forecast_range(t, a, b) else \
                    "share" if a.kind is None else "none"
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
                    self._r["expected_after"].match(text, c.end) and \
                    self._r["compared_r"].match(t.rev, t.n - c.start) and c.start - prev.end < 150:
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
            if prev is not None and prev.end >= sent and \
                    self._r["compared_r"].match(t.rev, t.n - c.start):
                _inherit(prev, c, scale=False)  # "90,900 jobs, more than the 25,000 expected"
            else:
                m = _WORD_BEFORE_R.match(t.rev, t.n - c.start)
                level = c.direction is not None or (
                    m is not None and m.group(1)[::-1].lower() in lex.count_level_before)
                noun = self._subject_noun(text, sent, c.start) if level else None
                if noun is not None:
                    c.kind, c.unit = "count", noun
                elif level and prev is not None and prev.end >= sent and \
                        self._r["compared_gap"].fullmatch(text, prev.end, c.start) and \
                        not self._r["clause_break"].search(text, prev.end, c.start):
                    # "fell to 38,000 units in the first quarter from 61,500": the count it is
                    # compared with, a date or place between
                    _inherit(prev, c, scale=False)
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
                    self._r["compared_gap"].fullmatch(text, other.end, c.start):
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
            if head in lex.irregular_plurals or head in lex.count_nouns or (
                    len(head) > 3 and head.endswith("s") and
                    not head.endswith(("ss", "us", "is", "'s", "’s"))):
                noun, at = head, p
        for m in self._subject_re.finditer(text, sent, end):
            if m.start() > at:
                noun, at = lex.count_subjects[key_of(m.group(0))], m.end()
                close = _CLOSE_PAREN.match(text, at, end)  # "Managers' Index (PMI) rose to"
                at = close.end() if close else at
        if noun is None:
            noun, at = self._clause_subject(text, sent, end)
        # a parenthesis inside the clause does not end it: "persons (not seasonally adjusted)"
        if noun is None or self._r["clause_break"].search(_PAREN.sub("", text[at:end])):
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
            if not words and low in lex.subject_skip:
                continue
            if low in lex.stop_words or low in lex.up_before or low in lex.down_before:
                return None, -1
            words.append(low)
            if low in lex.count_nouns or low in lex.irregular_plurals:
                w = _NP_WORD.match(text, p, end)  # "unemployed persons": the longer noun
                if w is not None and _counted_noun(w.group(1).lower(), lex):
                    words.append(w.group(1).lower())
                    p = w.end()
                return " ".join(words), p
        return None, -1
