"""Reading one number with its left context: candidates, guards against times, dates
and phone numbers, written numbers, sign, currency, qualifier, change word, names."""

from __future__ import annotations

import re

from tradeie.normalize.figure_lexicon import Unit, key_of
from tradeie.normalize.figures.currency import _DocContext
from tradeie.normalize.figures.helpers import (
    _mixed_value,
    _parse_digits,
    _sentence_start,
    _yearlike,
)
from tradeie.normalize.figures.model import _Cand, _Spans, _Text
from tradeie.normalize.figures.patterns import (
    _ARTIFACT_SCALE,
    _DECADE,
    _DIGITS,
    _FRAC_OF_A,
    _GUARD_CHARS,
    _LETTER_RUN,
    _LETTERS_R,
    _MANTISSA,
    _MAX_DIGITS,
    _OF,
    _ORDINAL,
    _SOURCES,
    _THE,
    _VERSION,
    _WRAP,
)


class _NumberReader:
    """Candidates and reading a number with what stands left of it (mixed into
    FigureFinder: uses ``self.lex`` and ``self._r``)."""

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
            if self._r["ordinal_before_r"].match(t.rev, t.n - s):
                return None  # "the second half a ...": a period
            value = lex.scale_fractions[key_of(m.group("fscale"))]
            e = m.end("fs_at")  # "half a": the scale word after it is read on the right
        elif group == "vague":
            value, value_max = lex.vague[key_of(m.group("vague"))]
        elif group == "frac":
            if self._r["ordinal_before_r"].match(t.rev, t.n - s):
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
                    prefix.group(0)[::-1].lower() not in self.lex.hyphen_prefixes:
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
                c.sign = "+" if t.word(m, "m").lower() in lex.plus_words else "-"
                j = t.start_of(m, "m")
        m = r["qualifier_left_r"].match(t.rev, t.n - j)
        if m:
            if m.group("q"):
                q = key_of(t.word(m, "q"))
                c.qualifier = lex.qualifiers.get(q)
                if c.qualifier == "max" and q == "up to" and \
                        r["up_to_level_r"].match(t.rev, t.n - t.start_of(m, "q")):
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
        if m is None and t.rev.startswith(lex.by_reversed, t.n - j + 1):
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
                low not in lex.name_ok and low.rstrip(".,") not in lex.months and \
                not low.endswith(("'s", "’s")):
            # (a possessive determines what follows: "Peru's 12 mines" counts mines)
            c.named = True
        elif low == "of" and c.qualifier is None:
            # "the Group of 20 major economies": a name in the middle of a sentence
            at = t.start_of(m, "w")
            m = self._r["word_left_r"].match(t.rev, t.n - at)
            if m is not None:
                word = t.word(m, "w")
                if word[0].isupper() and word[1:].islower() and \
                        word.lower() not in lex.name_ok and \
                        not _sentence_start(text, t.start_of(m, "w")) and \
                        not self._place_before(t, t.start_of(m, "w")):
                    c.named = True

    def _place_before(self, t: _Text, at: int) -> bool:
        """Whether the word before ``at`` makes the capitalised word there a place ("sales to
        India of 5,000 units"), not the head of a name ("the Group of 20")."""
        m = self._r["word_left_r"].match(t.rev, t.n - at)
        return m is not None and t.word(m, "w").lower() in self.lex.place_before_of
