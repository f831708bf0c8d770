"""Reading right of a number: scale words, units, "per" denominators, counted noun
phrases, shares ("a third of exports") and the direction word after a figure."""

from __future__ import annotations

import re

from tradeie.normalize.figure_lexicon import Unit, key_of
from tradeie.normalize.figures.currency import _DocContext
from tradeie.normalize.figures.helpers import _counted_noun, _plural
from tradeie.normalize.figures.model import _Cand, _Text
from tradeie.normalize.figures.patterns import (
    _ACRONYM_PLURAL,
    _CONJUNCT,
    _NP_TOKEN,
    _OF,
    _OF_A,
    _OF_AFTER,
    _OF_BEFORE,
    _OF_SHARE,
    _PROPER_MODIFIER,
    _RATE_START,
    _SCALE_LETTERS,
    _SHARE_WORD,
    _SIZE_ADJECTIVE,
    _SPACE,
    _SPACED_SCALE,
    _SUFFIX_CODE,
    _UNIT_GAP,
    _VERB_AFTER,
)


class _UnitReader:
    """Units and noun phrases after a number (mixed into FigureFinder)."""

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
        if unit is not None and unit.kind == "money" and not c.scaled and \
                text[ustart:uend] in self.lex.scaled_postfix and \
                not any(ch in ".," for ch in text[c.num_start:c.num_end]):
            # a letter symbol that is also initials ('3 RO units') is a currency after a plain
            # whole number no more than before one: only after a scale word or a separator
            unit = None
        if unit is not None and c.source != "digits" and not any(
                ch.isalnum() or ch in "%$€£¥" for ch in text[ustart:uend]):
            # a quote after a number word closes a name ("the 'new three' products"); the
            # feet and inch marks follow digits only
            unit = None
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
        if letter == "m" and self._r["metre_after"].match(text, after):
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
        if c.source not in ("digits", "word", "vague") or c.value < 2 or \
                c.value != int(c.value) or \
                c.sign is not None or c.source == "digits" and not c.scaled and \
                "." in text[c.num_start:c.num_end]:
            return
        if self._refers_back(t, c) or text[c.num_start - 1:c.num_start] in ("/", "⁄", ":"):
            return  # "24/7 shops": a code or ratio, not a count
        first, p = -1, pos
        size = _SIZE_ADJECTIVE.match(text, p)
        if size is not None:  # "6.13 million 60-kg bags": the bag size is part of the unit
            first, p = size.start("a"), size.end()
        for _ in range(4):
            m = _NP_TOKEN.match(text, p)
            if m is None:
                return
            word = m.group("w")
            low = word.lower()
            p = m.end()
            if first < 0 and low in lex.count_skip:
                continue  # "2,566 more new cars": the cars are the unit
            if low in lex.count_joiners and first >= 0 and word.islower():
                continue  # "4,500 small and medium enterprises": joined modifiers
            if low in lex.non_count or low in lex.time_words or \
                    low in lex.stop_words or low.endswith("ly") or \
                    (unit := lex.words.get(key_of(low))) is not None and unit.kind != "count":
                return
            if first < 0:
                first = m.start("w")
            if c.source == "digits" and _ACRONYM_PLURAL.fullmatch(word) is not None:
                self._count_head(text, c, first, m.end("w"))  # "450 SMEs"
                return
            if not word.islower():
                # a proper modifier ("15 EU member states", "5 Chinese firms"), never the head
                if _PROPER_MODIFIER.fullmatch(word) is None or low in lex.street_words:
                    return  # not "10 Downing Street staff"
                continue
            if low in lex.count_nouns or c.source in ("digits", "vague") and (
                    low in lex.irregular_plurals or _plural(low)) and (
                    low not in lex.count_conj_stop or low in lex.count_after_of
                    and _OF_BEFORE.search(text, max(0, c.start - 4), c.start) is not None):
                # a number in words counts only the usual counted nouns: not "two major
                # sources", "the top five exports"; "hundreds of trucks" counts any plural
                self._count_head(text, c, first, m.end("w"))
                self._count_conjuncts(text, c)
                return

    def _multiple(self, text: str, c: _Cand) -> bool:
        """'six times as much', 'twice the size', 'increased 64 times', '4.3 times': so many
        times a size is a figure; 'met three times', 'twice a year' are how often."""
        if c.source == "fold":
            return self._r["twice_after"].match(text, c.end) is not None
        return c.value != int(c.value) or c.direction is not None or \
            self._r["multiple_after"].match(text, c.end) is not None

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
        return m is not None and t.word(m, "w").lower() in self.lex.back_reference

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
                    or _VERB_AFTER.match(text, m.end()) or len(words) > 1 and \
                    words[0].endswith("ed") and words[0] not in lex.count_participles:
                # "0.5 points and returns to its level", "15 steel products and opened
                # probes": a verb, not a listed noun
                return
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
            if c.kind in ("measure", "count") and c.unit:
                # a compound unit as written: "2,000 tonnes per day", "3.6 tonnes per hectare"
                c.unit = f"{c.unit} {key_of(text[c.end:m.end()])}"
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
            if not words and low in self.lex.share_skip:
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
                toks[1].group("w").lower() in self.lex.determiners
                or toks[1].group("w").endswith(("'s", "’s")) or is_one):
            # "one of the students", "two of Johnson's deputies", "35m of its devices"
            toks = toks[1:]
            if toks and (toks[0].group("w").lower() in self.lex.determiners
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
            if low == "and" and 0 < i < len(toks) - 1 or low in lex.first_skip and i == 0:
                continue  # "digital and physical sales", "the most gifted attackers"
            unit = lex.words.get(low)
            if unit is not None and unit.kind in ("duration", "measure") and i > 0:
                return i, unit  # "50 previous years"
            if low in lex.stop_words or low in lex.non_count or low in lex.time_words:
                return None
            if low in lex.irregular_plurals or low in lex.count_nouns:
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
