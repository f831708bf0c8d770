"""Generic bodies named from their head word outward ("Ministry of X", "the commerce
ministry", "the Federal Statistics Office"): a mixin of ``finder.AgencyFinder``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tradeie.normalize.agencies.candidates import _Cand
from tradeie.normalize.agencies.country import (
    country_after_of,
    qualifier_before,
)
from tradeie.normalize.agencies.lexicon import (
    _BLOCK,
)
from tradeie.normalize.agencies.text_tokens import (
    TextTokens,
    _norm_key,
)

# An acronym defined in brackets right after a name: "... Statistics (ONS)".
_ACRONYM_DEF_RE = re.compile(r"[ \t]*\([ \t]*(?:the[ \t]+)?([^\W\d_][\w&.\-]{1,11})[ \t]*\)")


class GenericBodies:
    """Generic bodies around a head word; methods of ``finder.AgencyFinder``."""

    # -- generic bodies -----------------------------------------------------------------

    def _topic_ok(self, toks: TextTokens, k: int, ministry: bool, head_cap: bool) -> bool:
        low = toks.lows[k]
        if low in self.rules.topics:
            return toks.cap[k] or not head_cap
        # any capitalised word names a ministry ("Unification Ministry"), but not a country
        # ("Chinese Ministry") or a sentence opener
        return (ministry and toks.cap[k] and head_cap and low not in self.rules.heads
                and low not in ("the", "a", "an", "this", "that", "its", "their", "his", "her")
                and not self.countries.longest_ending(toks, k)
                and not self.countries.longest_at(toks, k))

    def _generic(self, toks: TextTokens, covered: list[bool], by_start: dict[int, _Cand],
                 doc: str | None) -> Iterator[_Cand]:
        r = self.rules
        heads = r.heads
        for h, low in enumerate(toks.lows):
            if low not in heads:
                continue
            ministry = low in r.ministry_heads
            head_cap = toks.cap[h]
            span = self._of_form(toks, h, ministry, head_cap)
            if span is None:
                span = self._before_form(toks, h, ministry, head_cap)
            if span is None:
                continue
            start, end, country = span
            # modifiers ("Federal", "National") stand before either form
            while start > 0 and toks.joined[start] and toks.lows[start - 1] in r.modifiers \
                    and toks.cap[start - 1] == head_cap:
                start -= 1
            if head_cap and low in r.weak_heads and start > 0 and toks.joined[start] \
                    and country is None:
                # "the Korea Institute for Industrial Economics and Trade": a country word
                # opening an institute's name (after "the" or a clause break) is part of it;
                # "the Philippine Department of ..." stays a department described by country
                hit = self.countries.longest_ending(toks, start - 1)
                first = start - hit[0] if hit else 0
                if hit and hit[1][0] and toks.cap[first] and (
                        first == 0 or toks.boundary_before(first)
                        or toks.lows[first - 1] in ("the", "a", "an")):
                    start, country = first, hit[1][0]
            has_mod = any(toks.lows[k] in r.modifiers for k in range(start, h))
            parent = self._parent(toks, start, end, by_start)
            if parent is None and self._academic(toks, start, end):
                continue  # a named government parent outweighs a nearby "academy"
            q = qualifier_before(toks, start)
            if not ministry:
                if not head_cap and parent is None:
                    continue
                if low in r.weak_heads and not (has_mod or q or country or parent
                                                or self._defined(toks, end)):
                    continue
            country = country or (q[0] if q else None) or (parent.country if parent else None) \
                or self._city_after(toks, end) or doc
            if not country:
                continue
            c = _Cand(start, end, 2)
            self._set_generic(toks, c, country, toks.lows[start:end])
            yield c

    def _of_form(self, toks: TextTokens, h: int, ministry: bool, head_cap: bool
                 ) -> tuple[int, int, str | None] | None:
        r = self.rules
        n = len(toks)
        k = h + 1
        if k >= n or toks.lows[k] not in r.of_words or not toks.joined[k]:
            return None
        k += 1
        if k < n and toks.lows[k] == "the" and toks.joined[k]:
            k += 1
        last = None
        country = None
        words = 0
        comma = False
        while k < n and toks.joined[k] and words < r.max_words:
            low = toks.lows[k]
            if low in r.connectors:
                comma = comma or low == ","
                k += 1
                continue
            if comma and low not in r.topics and not (
                    k + 1 < n and toks.lows[k + 1] in r.topics and toks.joined[k + 1]):
                break  # "the Ministry of Foreign Affairs, Mao Ning,": a name in apposition
            comma = False
            if low == "of":
                after = country_after_of(toks, k)
                if after and last is not None:
                    country, last = after[0], after[1] - 1
                break
            if low == "'s" or not self._topic_ok(toks, k, ministry, head_cap):
                break
            if last == k - 1 and toks.lows[last] in r.topics and low not in r.topics:
                break  # "Ministry of Trade Nura Rimi said": a name after the topic
            if last is None and head_cap and not toks.cap[k]:
                return None
            last = k
            words += 1
            k += 1
        if last is None:
            return None
        return h, last + 1, country

    def _before_form(self, toks: TextTokens, h: int, ministry: bool, head_cap: bool
                     ) -> tuple[int, int, str | None] | None:
        r = self.rules
        # a lower-case "the statistics office" is a common reference, handled there; the
        # caller keeps other lower-case bodies only under a parent ("the BOK's monetary
        # and financial statistics division")
        k = h - 1
        first = None
        words = 0
        while k >= 0 and toks.joined[k + 1] and words < r.max_words:
            low = toks.lows[k]
            if low in r.connectors and first is not None and low != "the":
                k -= 1
                continue
            if low == "'s" or not self._topic_ok(toks, k, ministry, head_cap):
                break
            first = k
            words += 1
            k -= 1
        end, country = h + 1, None
        after = country_after_of(toks, end)  # "Federal Statistics Office of Somalia"
        if after:
            end, country = after[1], after[0]
        if first is None or (not ministry and k >= 0 and toks.cap[k] and toks.joined[k + 1]
                             and toks.lows[k] not in r.modifiers):
            named = self._country_named(toks, h)
            if named:
                return named
        if first is None:
            return None
        return first, end, country

    def _country_named(self, toks: TextTokens, h: int) -> tuple[int, int, str | None] | None:
        """A body named after its country: "Vietnam Trade Remedies Authority" (the
        country word starts a capitalised run that ends in a head word)."""
        r = self.rules
        if toks.lows[h] in r.weak_heads or not toks.cap[h]:
            return None
        k = h - 1
        while k >= 0 and h - k <= 5 and toks.joined[k + 1] and (
            toks.cap[k] or toks.lows[k] in ("and", "&")
        ):
            hit = self.countries.longest_ending(toks, k)
            if hit and hit[1][0] and hit[0] <= k + 1 and k < h - 1:
                start = k - hit[0] + 1
                if start == 0 or not (toks.joined[start] and toks.cap[start - 1]) \
                        or toks.lows[start - 1] in ("the", "a", "an") \
                        or toks.boundary_before(start):
                    return start, h + 1, hit[1][0]
            k -= 1
        return None

    def _defined(self, toks: TextTokens, end: int) -> bool:
        """Whether an acronym definition follows: "Monetary Policy Committee (Copom)"."""
        m = _ACRONYM_DEF_RE.match(toks.text, toks.ends[end - 1])
        return m is not None and self._acronym_shaped(m.group(1))

    def _acronym_shaped(self, acr: str) -> bool:
        """"INEGI", "TurkStat", a known acronym, or a word of 4-8 letters such as "Copom",
        "Indec" (news writes long acronyms in title case); not a country or an outlet."""
        key = _norm_key(acr)
        if self.countries.cs.get((key,)) or _BLOCK in (self.lex.table.cs.get((key,)) or ()):
            return False
        return sum(ch.isupper() for ch in acr) >= 2 or acr in self.lex.known_acronyms or (
            acr.isalpha() and 4 <= len(acr) <= 8 and acr[0].isupper() and acr[1:].islower())

    def _academic(self, toks: TextTokens, start: int, end: int) -> bool:
        around = toks.lows[max(0, start - 3):start] + toks.lows[end:end + 4]
        return any(w in self.rules.academic for w in around)

    def _parent(self, toks: TextTokens, start: int, end: int, by_start: dict[int, _Cand]
                ) -> _Cand | None:
        """The agency this body belongs to: "MOFCOM's Department of ...", "... under MOFCOM"."""
        if start >= 2 and toks.lows[start - 1] == "'s" and toks.joined[start]:
            for c in by_start.values():
                if c.end == start - 1 and c.name:
                    return c
        k = end
        n = len(toks)
        if k < n and toks.lows[k] in self.rules.parent_links and toks.joined[k]:
            k += 1
            if k < n and toks.lows[k] == "the" and toks.joined[k]:
                k += 1
            c = by_start.get(k)
            if c is not None and c.name and toks.joined[k]:
                return c
        return None
