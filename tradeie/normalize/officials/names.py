"""Titles and personal names at a token, with a NER's PERSON spans as extra evidence
(a mixin of the scan in ``finder``).
"""

from __future__ import annotations

from tradeie.normalize.agencies.country import (
    is_country_word,
)
from tradeie.normalize.agencies.text_tokens import (
    TextTokens,
)
from tradeie.normalize.officials.data import PUBLIC


class NameRules:
    """Where a title or a name starts and ends; methods of ``finder._Scan``."""

    # -- titles ------------------------------------------------------------------------

    def _title_at(self, toks: TextTokens, i: int) -> tuple[int, int, int] | None:
        """A title starting at token i: (start, end exclusive, tie level)."""
        t = self.titles
        n = len(toks)
        k = i
        while k < n and toks.lows[k] in t.prefixes and (k == i or toks.joined[k]):
            k += 1
        if k >= n or (k > i and not toks.joined[k]):
            k = i  # "chief" is a prefix and a title of its own
        found = self._core_title(toks, k)
        if k > i:
            # a prefixed title listed whole ("Chief Adviser", public) wins over its core
            # ("adviser", an agency's job)
            whole = self._core_title(toks, i)
            if whole is not None and (found is None or whole[0] >= found[0]):
                found = whole
        if found is None:
            return None
        return (i, *found)

    def _core_title(self, toks: TextTokens, k: int) -> tuple[int, int] | None:
        t = self.titles
        n = len(toks)
        best: tuple[int, int] | None = None
        hit = t.table.longest_at(toks, k)
        if hit:
            best = (k + hit[0], max(hit[1]))
        # "<area> Minister", "Foreign Trade Minister", "trade and industry minister"
        m = k
        while m < n and (m == k or toks.joined[m]) and (
            toks.lows[m] in t.areas or (m > k and toks.lows[m] in ("and", ","))
        ):
            m += 1
        if m > k and m < n and toks.joined[m] and toks.lows[m - 1] in t.areas:
            if toks.lows[m] in t.bases and (best is None or m + 1 > best[0]):
                best = (m + 1, PUBLIC)
            else:  # "statistics chief", "trade official": the job decides the tie
                j = m  # "international statistics senior manager"
                while j + 1 < n and toks.lows[j] in t.prefixes and toks.joined[j + 1]:
                    j += 1
                job, job_start = t.table.longest_at(toks, j), j
                if job is None and j > m:
                    job, job_start = t.table.longest_at(toks, m), m
                if job:
                    job_end = job_start + job[0]
                    tie = max(job[1])
                    if any(toks.lows[x] in t.public_areas for x in range(k, m)):
                        tie = PUBLIC  # "customs spokesman": only government has one
                    if best is None or job_end > best[0]:
                        best = (job_end, tie)
        if best is None:
            return None
        end, tie = best
        # "Minister of Commerce", "Secretary for Trade and Investment", and again after an
        # area: "Minister of State for Foreign Trade"
        for _ in range(2):
            # "Adviser to the Prime Minister on Commerce": an adviser's remit follows "on"
            remit_on = end < n and toks.lows[end] == "on" and (
                "to" in toks.lows[k:end] or "'s" in toks.lows[k:end])
            # "Director of Statistics", "Director of Customs": a job of an area only
            # government has is an official's (unlike "Director of Trade")
            # ("director of the customs department" keeps its title "director")
            area = end + 2 if end + 2 < n and toks.lows[end + 1] == "the" else end + 1
            public_of = area < n and toks.lows[end] == "of" and \
                toks.lows[area] in t.public_areas and not self._blocked[area] and (
                    area + 1 >= n or toks.lows[area + 1] not in self._heads)
            if not ((toks.lows[end - 1] in t.bases or toks.lows[end - 1] in t.areas
                     or remit_on or public_of) and end + 1 < n
                    and (toks.lows[end] in ("of", "for") or remit_on) and toks.joined[end]):
                break
            m = end + 1
            if m < n and toks.lows[m] == "the" and toks.joined[m]:
                m += 1
            last = None
            # an agency's name is no remit: "principal secretary for the National Treasury,"
            # keeps its title and ties it to that agency
            while m < n and toks.joined[m] and not self._blocked[m] and (
                toks.lows[m] in t.areas or (last is not None and toks.lows[m] in ("and", ","))
            ):
                if toks.lows[m] in t.areas and (toks.cap[m] or not toks.cap[end - 1]):
                    last = m  # "Minister of Commerce", "secretary of foreign trade"
                elif toks.lows[m] not in ("and", ","):
                    break
                m += 1
            if last is None:
                break
            end = last + 1
            if public_of:
                tie = PUBLIC
        return end, tie

    # -- names -------------------------------------------------------------------------

    def _name_token(self, toks: TextTokens, k: int) -> bool:
        w = toks.words[k]
        if not toks.cap[k] or self._blocked[k] or not any(c.islower() for c in w):
            return False
        low, not_name = toks.lows[k], self.shapes.not_name
        if any(c.isdigit() for c in w) or low in not_name:
            return False
        if "-" in low and any(part in not_name for part in low.split("-")):
            return False  # "Jan-Mar", "April-June": a period, not a double-barrelled name
        return not is_country_word(toks, k)

    def _caps_name(self, toks: TextTokens, k: int) -> bool:
        """A family name in capitals ("KATO Katsunobu", "Ruth NYAMBURA"), as government
        releases write it: letters only, not an agency, a country or a known non-name; the
        caller asks for a name word written in lower case next to it."""
        w = toks.words[k]
        return len(w) >= 2 and w.isalpha() and w.isupper() and not self._blocked[k] \
            and toks.lows[k] not in self.shapes.not_name and not is_country_word(toks, k)

    def _nickname(self, toks: TextTokens, m: int) -> bool:
        """A quoted nickname between name words: 'Chayanon "Ball" Suwannarat' (Thai usage);
        one capitalised word, a name word on either side."""
        n = len(toks)
        if not (0 < m < n - 1) or not toks.words[m].isalpha() or not toks.cap[m] \
                or self._blocked[m]:
            return False
        before = toks.text[toks.ends[m - 1]:toks.starts[m]]
        after = toks.text[toks.ends[m]:toks.starts[m + 1]]
        return before in (' "', " \u201c") and after in ('" ', "\u201d ") \
            and self._name_token(toks, m - 1) and self._name_token(toks, m + 1)

    def _nationality_given_name(self, toks: TextTokens, k: int) -> bool:
        """A given name that is also a country word ("German Avila", "Israel Katz"): one
        capitalised word of the country table, then a name word right after it."""
        w = toks.words[k]
        return toks.cap[k] and not self._blocked[k] and w[1:].islower() and w.isalpha() \
            and toks.lows[k] not in self.shapes.not_name and is_country_word(toks, k) \
            and toks.spaced[k + 1] and self._name_token(toks, k + 1)

    def _month_given_name(self, toks: TextTokens, k: int) -> bool:
        """A given name that is also a month word ("Jan Jambon", "June Lim"): one
        capitalised word of month_given_names right before a name word (after a title)."""
        w = toks.words[k]
        return toks.cap[k] and not self._blocked[k] and w[1:].islower() and w.isalpha() \
            and toks.lows[k] in self.shapes.month_given and k + 1 < len(toks) \
            and toks.spaced[k + 1] and self._name_token(toks, k + 1)

    def _particle_joined(self, toks: TextTokens, k: int) -> bool:
        """"al-Jadaan", "el-Sisi", "bin-Salman": a particle hyphened to a name word."""
        head, _, rest = toks.words[k].partition("-")
        return bool(rest) and rest[0].isupper() and head.lower() in self.shapes.particles \
            and not self._blocked[k] and any(c.islower() for c in rest)

    def _initial(self, toks: TextTokens, k: int) -> bool:
        """A middle initial ("H", "H.") between two name words."""
        w = toks.words[k]
        if self._blocked[k] or k + 1 >= len(toks):
            return False
        if len(w) >= 4 and w[-1] == "." and w not in self.shapes.dotted_honorifics \
                and all(len(p) == 1 and p.isupper() for p in w[:-1].split(".")) \
                and not is_country_word(toks, k):
            # "K.T. Rama Rao", "A.K. Singh": initials written as one token
            return toks.spaced[k + 1] and self._name_token(toks, k + 1)
        if len(w) != 1 or not w.isupper():
            return False
        gap = toks.text[toks.ends[k]:toks.starts[k + 1]]
        return gap in (" ", ". ") and self._name_token(toks, k + 1)

    def _abbrev(self, toks: TextTokens, k: int) -> bool:
        """An abbreviated given name with its period ("Moh.", "Md.") before a name word."""
        if toks.lows[k] not in self.shapes.given_abbrevs or not toks.cap[k] \
                or self._blocked[k] or k + 1 >= len(toks):
            return False
        gap = toks.text[toks.ends[k]:toks.starts[k + 1]]
        return gap == ". " and self._name_token(toks, k + 1)

    def _surname_first(self, toks: TextTokens, k: int) -> bool:
        """'He' of "He Lifeng": a stop word that is also a family name, before a name word."""
        low = toks.lows[k]
        return (toks.cap[k] and not self._blocked[k]
                and (low in self.shapes.family_first or low in self.shapes.vietnamese)
                and k + 1 < len(toks) and toks.spaced[k + 1] and self._name_token(toks, k + 1))

    def _name_after(self, toks: TextTokens, k: int) -> tuple[int, int] | None:
        """The name starting at token k: (start, end exclusive)."""
        sh = self.shapes
        n = len(toks)
        if k + 1 < n and (self._initial(toks, k) or self._abbrev(toks, k)):
            rest = self._name_after(toks, k + 1)  # "V. Anantha Nageswaran", "Moh. Edy Mahmud"
            return (k, rest[1]) if rest else None
        if k + 2 < n and self._nationality_given_name(toks, k):
            rest = self._name_after(toks, k + 1)  # "Finance Minister German Avila said"
            if rest is not None and (rest[1] >= n or not toks.cap[rest[1]]):
                return k, rest[1]
        if k + 1 < n and self._month_given_name(toks, k):
            rest = self._name_after(toks, k + 1)  # "Finance Minister Jan Jambon said"
            if rest is not None:
                return k, rest[1]
        if k >= n or not (self._name_token(toks, k) or self._surname_first(toks, k) or (
                k + 1 < n and self._caps_name(toks, k) and toks.spaced[k + 1]
                and self._name_token(toks, k + 1))):
            return None
        end = k + 1
        words = 1
        m = k + 1
        while m < n and words < sh.max_tokens:
            if not toks.spaced[m]:
                if m + 1 < n and self._nickname(toks, m):
                    words += 1  # 'Chayanon "Ball" Suwannarat': the nickname stays in the span
                    end = m + 2
                    m += 2
                    continue
                break
            if self._name_token(toks, m) or self._particle_joined(toks, m):
                words += 1
                end = m + 1
                m += 1
                continue
            if self._caps_name(toks, m) and self._name_token(toks, m - 1) and (
                    m + 1 >= n or not toks.spaced[m + 1] or not toks.cap[m + 1]):
                words += 1  # "Ruth NYAMBURA": a family name in capitals closes the name
                end = m + 1
                break
            if words < sh.max_tokens - 1 and self._initial(toks, m):
                words += 2  # "Ahsan H Mansur", "Jerome H. Powell": the initial and the next
                end = m + 2
                m += 2
                continue
            p = m  # particles: "von der Leyen", "bin Abdul"
            while p < n and toks.spaced[p] and not toks.cap[p] and toks.lows[p] in sh.particles:
                p += 1
            if p == m or p >= n or not toks.spaced[p]:
                break
            if not self._name_token(toks, p):
                w = toks.words[p]
                if len(w) == 1 and w.isupper() and not self._blocked[p] and (
                        p + 1 >= n or not toks.spaced[p + 1] or not toks.cap[p + 1]):
                    words += 1  # "Rogelio Ramirez de la O": a one-letter family name
                    end = p + 1
                break
            m = p
        return k, end

    def _name_before(self, toks: TextTokens, j: int) -> tuple[int, int] | None:
        """The name ending at token j (inclusive), standing alone: (start, end exclusive)."""
        sh = self.shapes
        if j < 0 or not (self._name_token(toks, j) or (
                j > 0 and toks.spaced[j] and self._caps_name(toks, j)
                and self._name_token(toks, j - 1))):
            return None
        start = j
        words = 1
        m = j - 1
        while m >= 0:
            if not toks.spaced[m + 1]:
                if m > 0 and self._nickname(toks, m) and words < sh.max_tokens:
                    words += 1  # 'Chayanon "Ball" Suwannarat, director-general of ...'
                    start = m - 1
                    m -= 2
                    continue
                break
            if self._name_token(toks, m) or self._surname_first(toks, m) or (
                    self._caps_name(toks, m) and self._name_token(toks, m + 1)
                    and (m == 0 or not toks.spaced[m] or not toks.cap[m - 1])):
                if words == sh.max_tokens:
                    return None  # a longer capitalised run: not a name we can delimit
                words += 1
                start = m
                m -= 1
            else:
                p = m  # particles between name words
                while p > 0 and toks.spaced[p + 1] and not toks.cap[p] \
                        and toks.lows[p] in sh.particles:
                    p -= 1
                if p == m or not toks.spaced[p + 1] or not self._name_token(toks, p):
                    break
                m = p
        if start > 0 and self._abbrev(toks, start - 1) and words < sh.max_tokens:
            start -= 1  # "Moh. Edy Mahmud, deputy head of BPS"
        # the word before the name must not be capitalised and attached: "Goldman Sachs
        # economist", "Tesla Minister" are other people's names or companies.
        p = start - 1
        if p >= 0 and toks.spaced[start] and toks.cap[p] and not toks.boundary_before(start) \
                and toks.lows[p] not in sh.honorifics and toks.lows[p] not in sh.openers \
                and (toks.lows[p] not in sh.not_name or toks.lows[p] in self.titles.areas):
            return None  # ("Trade Report, Government Statistician": an area word is a name's)
        return start, j + 1

    # -- NER evidence ------------------------------------------------------------------

    def _person_span(self, toks: TextTokens, first: int, last: int | None
                     ) -> tuple[int, int] | None:
        """The PERSON entity around token `first` (cut to begin there: a title inside the
        entity is not the name), or the one ending at token `last`; None unless it looks
        like a name (capitalised ends, no digits, nothing blocked, one phrase)."""
        if self._person is None:
            return None
        k = first if last is None else last
        if not 0 <= k < len(toks) or self._person[k] is None:
            return None
        s, e = self._person[k]
        if last is None:
            s = first
        elif e != last + 1:
            return None
        if e - s > self.shapes.max_tokens + 2 or not (toks.cap[s] and toks.cap[e - 1]):
            return None
        for m in range(s, e):
            if self._blocked[m] or any(c.isdigit() for c in toks.words[m]) \
                    or not toks.words[m][0].isalpha() or (m > s and not toks.spaced[m]):
                return None
        return s, e

    def _with_ner(self, toks: TextTokens, rule: tuple[int, int] | None,
                  person: tuple[int, int] | None) -> tuple[tuple[int, int], bool] | None:
        """The name at a position from the shape rules' candidate and the PERSON entity
        there: (span, from NER). NER widens the rules' name, or stands in for it when the
        rules found none or a name that runs into another entity ("Lutnick Cantor")."""
        if self._other is None:
            return (rule, False) if rule else None
        other = self._other
        if person is not None and (rule is None or (person[0] <= rule[0] and rule[1] <= person[1])
                                   or any(other[m] for m in range(*rule))):
            rule, from_ner = person, True
        else:
            from_ner = False
        if rule is None or any(other[m] for m in range(*rule)):
            return None
        return rule, from_ner

    def _name_at(self, toks: TextTokens, k: int) -> tuple[tuple[int, int], bool] | None:
        """The name starting at token k (after a title): (span, from NER)."""
        found = self._with_ner(toks, self._name_after(toks, k), self._person_span(toks, k, None))
        if found is not None:
            (s, e), org = found[0], self.shapes.org_words
            if any(toks.lows[x] in org for x in range(s, e)) or (
                    e < len(toks) and toks.spaced[e] and toks.cap[e] and toks.lows[e] in org):
                return None  # "Ambassador Theatre Group": a title word opening a company
            if e < len(toks) and toks.joined[e] and toks.cap[e] and len(toks.words[e]) <= 4 \
                    and toks.lows[e] in self.shapes.not_name:
                return None  # a title-case headline: "Trade Minister Warns Of Slowdown"
        return found

    def _name_ending(self, toks: TextTokens, j: int) -> tuple[tuple[int, int], bool] | None:
        """The name ending at token j (before ", title"): (span, from NER)."""
        return self._with_ner(toks, self._name_before(toks, j), self._person_span(toks, j, j))
