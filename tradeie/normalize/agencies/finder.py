"""AgencyFinder: named and generic bodies in a text, resolved to one canonical agency each.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from tradeie.normalize.agencies.candidates import _Cand
from tradeie.normalize.agencies.country import (
    _bloc_cities,
    _dateline_cities,
    _doc_country,
    _mention_words,
    _route_words,
    country_after_of,
    country_table,
    qualifier_before,
)
from tradeie.normalize.agencies.credits import _credit_re, _inside, credit_spans
from tradeie.normalize.agencies.gazetteer import NON_NATIONAL, AgencyMatch
from tradeie.normalize.agencies.generic import _ACRONYM_DEF_RE, GenericBodies
from tradeie.normalize.agencies.lexicon import (
    _BLOCK,
    _lexicon,
    _lexicon_hits,
    _title_case,
    row_acronym,
)
from tradeie.normalize.agencies.text_tokens import (
    TextTokens,
    _norm_key,
    text_tokens,
    tokenize_phrase,
)
from tradeie.normalize.economies import economies

# How far before a quoted acronym to look for a code opener ("=", ":" and blanks).
_CODE_WINDOW = 12


class AgencyFinder(GenericBodies):
    """Find AGENCY mentions in raw text (see the module docstring)."""

    def __init__(self) -> None:
        self.lex = _lexicon()
        self.rules = self.lex.rules
        self.countries = country_table()
        # Read (and validate) now what find() reads: a broken file fails when the pipeline
        # is built, not at the first document.
        _dateline_cities()
        _bloc_cities()
        _credit_re()
        _mention_words()
        _route_words()

    # -- main --------------------------------------------------------------------------

    def find(self, text: str, orgs: Sequence[tuple[int, int]] | None = None
             ) -> list[AgencyMatch]:
        """AGENCY mentions in `text`, in text order. `orgs`: optional (start, end) char spans
        of a NER's ORG entities, used as extra evidence (see the module docstring)."""
        if not text:
            return []
        toks = text_tokens(text)
        n = len(toks)
        covered = [False] * n
        cands: list[_Cand] = []
        for i, length, values in _lexicon_hits(toks):
            if length == 1 and i > 0 and toks.lows[i - 1] in ("a", "an") and _BLOCK not in values \
                    and all(len(v) > 2 and v[1] == "acronym" and v[2] != toks.words[i]
                            for v in values):
                continue  # "a Dane": a word, not the title-case form of an acronym (DANE)
            if _BLOCK in values:
                cands.append(_Cand(i, i + length, 0, block=True))
            else:
                cands.append(_Cand(i, i + length, 1, rows=[
                    (v[0], v[1], v[2] if len(v) > 2 else self.lex.rows[v[0]].name)
                    for v in values
                ]))
            for k in range(i, i + length):
                covered[k] = True

        # Document country from what is unambiguous, before resolving shared surfaces.
        sure = []
        for c in cands:
            rows = {r for r, _, _ in c.rows}
            if len(rows) == 1 and not any(self._is_weak(r, s) for r, _, s in c.rows):
                sure.append(self.lex.rows[next(iter(rows))].country)
        doc = _doc_country(text, sure, toks)
        if doc == "EA":  # no agency belongs to the euro area as such
            doc = "EU"

        by_start = {c.start: c for c in cands if not c.block}
        gazetteer = [c for c in cands if not c.block]
        for c in gazetteer:
            self._resolve(toks, c, doc)
        cands = [c for c in cands if c.block or c.name]
        cands.extend(self._generic(toks, covered, by_start, doc))
        cands.extend(self._common_refs(toks, covered, doc, by_start, cands))
        for c in cands:
            if not c.block and c.name:
                self._local_body(toks, c)
        if orgs:
            cands.extend(self._ner_orgs(toks, orgs, covered, cands, by_start, doc))

        masks = credit_spans(text)
        chosen = self._select(toks, cands, masks)
        chosen = self._acronym_definitions(toks, chosen, masks)
        if chosen:
            chosen = [c for c in chosen if not self._code_literal(toks, c)
                      and not self._bloc_as_partner(toks, c)]
        return [
            AgencyMatch(toks.starts[c.start], toks.ends[c.end - 1],
                        text[toks.starts[c.start]:toks.ends[c.end - 1]],
                        c.name, c.acronym, c.country or "")
            for c in chosen if c.country
        ]

    def _bloc_as_partner(self, toks: TextTokens, c: _Cand) -> bool:
        """"exports to the Association of Southeast Asian Nations", "trade with the ...": a
        body whose whole name is also a bloc's (economies.json), after a partner word, names
        the bloc a flow goes to, not an organisation that acts or publishes."""
        if toks.text[toks.starts[c.start]:toks.ends[c.end - 1]] not in economies()["names"]:
            return False
        k = c.start - 1
        if k >= 0 and toks.lows[k] == "the":
            k -= 1
        return k >= 0 and toks.lows[k] in _mention_words()[0]

    def _local_body(self, toks: TextTokens, c: _Cand) -> None:
        """'Guangdong's statistics bureau', 'the Shanghai Municipal Statistics Bureau': a
        province (or a city with 'municipal', 'provincial' ...) before a body named by its
        function makes it that place's own body, in the place's country."""
        if c.kind in ("central_bank", "intergovernmental") or c.end - c.start > 6:
            return  # "Beijing's central bank" is the nation's
        place = self._place_before(toks, c.start)
        if place is not None:
            k, c.country = place
            c.start, c.acronym, c.rows = k, None, []
            lows, rules = toks.lows, self.rules
            words = [toks.words[m] for m in range(k, c.end) if lows[m] not in ("'s", "\u2019s")]
            c.name = " ".join(w if w.lower() in rules.of_words or w[:1].isupper()
                              else w.capitalize() for w in words)

    def _place_before(self, toks: TextTokens, start: int) -> tuple[int, str] | None:
        """(first token, country) of a province or state ('Guangdong's', 'Zhejiang
        provincial') or of a city with a place adjective ('the Beijing municipal') right
        before token `start`; a city alone is often its nation ('Beijing's central bank')."""
        lows, rules = toks.lows, self.rules
        p = start - 1
        adj = p >= 0 and lows[p] in rules.place_adjectives
        if adj:
            p -= 1
        if p >= 0 and lows[p] in ("'s", "\u2019s"):
            p -= 1
        cities = _dateline_cities()
        for k in range(p, max(-1, p - 3), -1):
            if not toks.cap[k]:
                return None
            written = " ".join(toks.text[toks.starts[k]:toks.ends[p]].split())
            country = rules.places.get(written) or (
                cities.get(written.upper()) if adj else None)
            if country:
                return k, country
        return None

    def _code_literal(self, toks: TextTokens, c: _Cand) -> bool:
        """An acronym alone as a string literal of code ('agency: str = "GAC"', '"source":
        "GAC"'), which names no agency. News quotes an acronym in a definition instead
        ('Customs ("GAC") said'), with no opener before the quote (see _code_literal_re)."""
        if c.end - c.start != 1 or c.acronym is None or toks.words[c.start] != c.acronym:
            return False
        start, end = toks.starts[c.start], toks.ends[c.start]
        text = toks.text
        if end >= len(text):
            return False
        if self.rules.code_member.match(text, end):
            return True
        m = self.rules.code_literal.search(text, max(0, start - _CODE_WINDOW), start)
        return m is not None and text[end] == m.group(1)

    # -- gazetteer resolution -----------------------------------------------------------

    def _is_weak(self, row: int, surface: str) -> bool:
        return surface in self.lex.rows[row].weak

    def _resolve(self, toks: TextTokens, c: _Cand, doc: str | None) -> None:
        q = qualifier_before(toks, c.start)
        after = country_after_of(toks, c.end)
        qual = q[0] if q else (after[0] if after else None)
        options = [(r, t, s) for r, t, s in c.rows
                   if not self._is_weak(r, s) or self.lex.rows[r].country in (qual, doc)]
        if not options:
            return
        rows = self.lex.rows
        pick = None
        lows = toks.lows[c.start:c.end]
        # an international body's name is never another country's body ("Organisation for
        # Economic Co-operation and Development" is built of generic words too)
        generic = self.lex.generic_shaped(lows) and any(
            rows[r].country not in NON_NATIONAL for r, _, _ in options)
        for want in (qual, doc):
            if want is None:
                continue
            pick = next((o for o in options if rows[o[0]].country == want), None)
            if pick:
                break
            first_kind = rows[options[0][0]].kind
            # "Finance Ministry" in a Kenyan story is Kenya's (no Kenyan row of that kind);
            # "the Commerce Ministry" in a US story is not the US's (it has its own name);
            # "the Ministry of Commerce" in an Indian story is the Ministry of Commerce and
            # Industry (its name holds every word of what is written).
            own = self.lex.by_kind.get((want, first_kind))
            if generic and own is not None and set(lows) - set(self.rules.of_words) \
                    <= {w.lower() for w in tokenize_phrase(rows[own].name)}:  # "Trade," too
                pick = (own, "name", rows[own].name)
                break
            if generic and own is not None and want != qual and \
                    toks.words[c.start:c.end] == lows:
                # "the national statistics office" in a Polish story: a body named by its
                # function, in lower case, is the story's own (not India's body of that name)
                pick = (own, "name", rows[own].name)
                break
            # (an "other" row of the story's country says nothing about its foreign ministry)
            if generic and (want == qual or first_kind == "other"
                            or first_kind not in self.lex.kinds_of.get(want, ())):
                self._set_generic(toks, c, want, lows)
                return
            if want == qual:
                break
        row_idx, stype, surface = pick or self._defined_as(toks, c.end, options) or options[0]
        row = rows[row_idx]
        c.kind = row.kind
        if row.kind == "intergovernmental" and stype == "acronym" and c.end < len(toks) \
                and toks.joined[c.end] and toks.lows[c.end] in self.rules.bloc_followers:
            return  # "OPEC countries": the members, not the organisation
        c.name, c.country = row.name, row.country
        c.acronym = surface if stype == "acronym" else row_acronym(row)

    def _defined_as(self, toks: TextTokens, end: int, options: list[tuple[int, str, str]]
                    ) -> tuple[int, str, str] | None:
        """The first row among ``options`` whose acronym the name defines right after it:
        "National Institute of Statistics (INS)" with no economy named is Romania's (INS),
        not Spain's (INE), which comes first."""
        m = _ACRONYM_DEF_RE.match(toks.text, toks.ends[end - 1])
        if not m:
            return None
        acr = m.group(1)
        rows = self.lex.rows
        return next((o for o in options if acr in rows[o[0]].acronyms), None)

    def _set_generic(self, toks: TextTokens, c: _Cand, country: str, lows: list[str]) -> None:
        sig = self.lex.signature(lows)
        idx = self.lex.by_signature.get((country, sig)) if sig else None
        if idx is None and sig:
            # "Vietnam's trade ministry": the one row of the country whose name has the
            # head and every topic word (Ministry of Industry and Trade)
            rows = [i for i, words in self.lex.name_words_of.get(country, ())
                    if set(sig) <= words]
            idx = rows[0] if len(rows) == 1 else None
        c.country = country
        c.rows = []
        if idx is not None:
            row = self.lex.rows[idx]
            c.name, c.acronym, c.kind = row.name, row_acronym(row), row.kind
            return
        c.acronym = None
        c.name = self._canonical_generic(toks, c.start, c.end)

    def _canonical_generic(self, toks: TextTokens, start: int, end: int) -> str:
        words = toks.words[start:end]
        lows = toks.lows[start:end]
        # "commerce ministry" -> "Ministry of Commerce": the form agencies use themselves.
        if len(lows) >= 2 and lows[-1] in self.rules.ministry_heads and not any(
            w in self.rules.of_words for w in lows
        ):
            mods = []
            k = 0
            while k < len(lows) - 1 and lows[k] in self.rules.modifiers:
                mods.append(words[k])
                k += 1
            topic = " ".join(words[k:-1]).replace(" ,", ",")
            topic = self.rules.canonical_topics.get(topic.lower(), topic)  # "Foreign Affairs"
            if topic:
                return _title_case(" ".join([*mods, words[-1], "of", topic]))
        text = toks.text[toks.starts[start]:toks.ends[end - 1]]
        return _title_case(" ".join(text.split()))

    # -- common references ("customs authorities", "the central bank") -------------------

    def _bare_ref_ok(self, toks: TextTokens, start: int, end: int) -> bool:
        """A reference that needs a country stands alone: "customs said", or the source
        closing a wire headline ("Trade surplus narrows 21% - customs")."""
        n, text = len(toks), toks.text
        if end < n and toks.joined[end] and toks.lows[end] in self.rules.bare_ref_verbs:
            return True
        if start >= 2 and toks.lows[start - 1] == "the" and \
                toks.lows[start - 2] in self.rules.bare_ref_preps and \
                (end >= n or toks.lows[end] in (".", ",", ";") or any(
                    ch in ".,;" for ch in text[toks.ends[end - 1]:toks.starts[end]])):
            return True  # "figures published by the customs.", "according to the customs,"
        before = text[toks.ends[start - 1]:toks.starts[start]] if start else ""
        after = text[toks.ends[end - 1]:toks.starts[end]] if end < n else "\n"
        return any(d in before for d in "-\u2013\u2014") and before.strip() in "-\u2013\u2014" \
            and "\n" in after and not after.strip()

    @staticmethod
    def _earlier_of_kind(cands: list[_Cand], doc: str | None
                         ) -> dict[str, tuple[list[int], list[_Cand], list[bool]]]:
        """Per kind, the resolved candidates sorted by end: (ends, the latest-starting one
        among the first i, whether one of the first i is the story country's)."""
        out: dict[str, tuple[list[int], list[_Cand], list[bool]]] = {}
        for c in sorted((c for c in cands if c.kind and c.name and c.country and not c.block),
                        key=lambda c: c.end):
            ends, best, own = out.setdefault(c.kind, ([], [], []))
            ends.append(c.end)
            best.append(c if not best or c.start >= best[-1].start else best[-1])
            own.append(c.country == doc or (bool(own) and own[-1]))
        return out

    def _common_refs(self, toks: TextTokens, covered: list[bool], doc: str | None,
                     by_start: dict[int, _Cand], cands: list[_Cand]) -> Iterator[_Cand]:
        r = self.rules
        n = len(toks)
        earlier_of = self._earlier_of_kind(cands, doc)  # before the refs are added
        i = 0
        while i < n:
            hit = r.refs.longest_at(toks, i) if toks.lows[i] in r.refs.ci_first else None
            if not hit:
                i += 1
                continue
            length, values = hit
            end = i + length
            kind, needs_qualifier = values[0]
            start = i
            i = end
            if any(covered[k] for k in range(start, end)):
                continue
            before = toks.lows[start - 1] if start and toks.joined[start] else ""
            after = toks.lows[end] if end < n and toks.joined[end] else ""
            if before in r.ref_block_before or after in r.ref_block_after or after in r.heads:
                continue
            if before == "'s" and start >= 2:
                owner = self._unit_owner(toks, start - 2, covered, cands)
                if owner is not None:
                    # "the central bank's statistics department": a unit of that body, named
                    # as written, not the statistics office
                    yield _Cand(start, end, 3, name=_title_case(" ".join(
                        toks.text[toks.starts[start]:toks.ends[end - 1]].split())),
                        country=owner or doc)
                    continue
            if end < n and covered[end] and toks.joined[end]:
                # "national statistics bureau Istat": a description of the next name, the
                # same body (a company or an outlet there: no agency)
                described = by_start.get(end)
                if described is not None and described.name and described.country:
                    yield _Cand(start, end, 3, name=described.name,
                                acronym=described.acronym, country=described.country)
                continue
            q = qualifier_before(toks, start)
            of = country_after_of(toks, end)
            if needs_qualifier and not q and not self._bare_ref_ok(toks, start, end):
                continue
            place = self._place_before(toks, start)
            country = (q[0] if q else None) or (of[0] if of else None) \
                or self._city_after(toks, end) or (place[1] if place else None)
            if country is None:
                # "the central bank" after "the Federal Reserve" in a Chinese story is the
                # Fed, unless the story named its own bank of that kind before
                ends, best, own = earlier_of.get(kind, ([], [], []))
                k = bisect.bisect_right(ends, start)
                if k and not own[k - 1]:
                    last = best[k - 1]
                    yield _Cand(start, end, 3, name=last.name, acronym=last.acronym,
                                country=last.country, kind=kind)
                    continue
                country = doc
            if not country:
                continue
            if of:
                end = of[1]
            c = _Cand(start, end, 3, country=country, kind=kind)
            idx = self.lex.by_kind.get((country, kind))
            if idx is None and kind == "tax":
                idx = self._tax_fallback(country)
            if idx is not None:
                row = self.lex.rows[idx]
                c.name, c.acronym = row.name, row_acronym(row)
            else:
                c.name = _title_case(" ".join(
                    toks.text[toks.starts[start]:toks.ends[end - 1]].split()))
            yield c

    def _unit_owner(self, toks: TextTokens, p: int, covered: list[bool],
                    cands: list[_Cand]) -> str | None:
        """The body whose possessive ends at token p ("the BOK's", "the ministry's", "the
        central bank's"): its country ("" when only the story's economy can tell), or None
        when p names no body (a country: "Germany's statistics office" is the office)."""
        if not toks.joined[p + 1]:
            return None
        if covered[p]:
            owner = next((c for c in cands if c.end == p + 1 and c.name and not c.block), None)
            return None if owner is None else (owner.country or "")
        if toks.lows[p] in self.rules.heads or toks.lows[p] in ("bank", "treasury"):
            return ""
        return None

    @staticmethod
    def _city_after(toks: TextTokens, end: int) -> str | None:
        """"the finance ministry in Jakarta": the country of a capital or news city named
        right after a function name."""
        n = len(toks)
        if end + 1 >= n or toks.lows[end] != "in" or not toks.joined[end] \
                or not toks.cap[end + 1]:
            return None
        cities = _dateline_cities()
        for length in (3, 2, 1):  # "Kuala Lumpur", "Addis Ababa", "Hanoi"
            ks = range(end + 1, end + 1 + length)
            if ks[-1] >= n or not all(toks.cap[k] for k in ks) \
                    or not all(toks.spaced[k] for k in ks[1:]):
                continue
            name = " ".join(toks.words[k] for k in ks).upper()
            if name in cities:
                return cities[name]
        return None

    def _tax_fallback(self, country: str) -> int | None:
        """The customs row of an economy whose revenue authority collects taxes and duties
        (its name has a tax word: "Kenya Revenue Authority"), for a tax reference."""
        idx = self.lex.by_kind.get((country, "customs"))
        if idx is None:
            return None
        words = {w.lower() for w in tokenize_phrase(self.lex.rows[idx].name)}
        return idx if words & self.rules.tax_fallback_words else None

    # -- NER evidence -------------------------------------------------------------------

    def _ner_orgs(self, toks: TextTokens, orgs: Sequence[tuple[int, int]], covered: list[bool],
                  cands: list[_Cand], by_start: dict[int, _Cand], doc: str | None
                  ) -> list[_Cand]:
        """ORG entities that no rule matched, kept when shaped like a government body."""
        taken = list(covered)  # gazetteer and non-agency phrases, whatever they resolved to
        for c in cands:
            for k in range(c.start, c.end):
                taken[k] = True
        out = []
        for start, end in sorted(set(orgs)):
            s = bisect.bisect_left(toks.starts, start)  # the tokens inside the entity
            e = bisect.bisect_right(toks.ends, end)
            while s < e and toks.lows[s] == "the":
                s += 1
            if e > s and toks.lows[e - 1] == "'s":
                e -= 1
            if s >= e or any(taken[k] for k in range(s, e)):
                continue
            country = self._ner_body(toks, s, e)
            if country is None:
                continue
            parent = self._parent(toks, s, e, by_start)
            q = qualifier_before(toks, s)
            after = country_after_of(toks, e)
            country = country or (q[0] if q else None) or (after[0] if after else None) \
                or (parent.country if parent else None) or doc
            if not country:
                continue
            c = _Cand(s, e, 4)
            self._set_generic(toks, c, country, toks.lows[s:e])
            for k in range(s, e):
                taken[k] = True
            out.append(c)
        return out

    def _ner_body(self, toks: TextTokens, s: int, e: int) -> str | None:
        """Whether tokens s..e-1 look like a government body's name: None if not, else
        the country named inside it or "" (the caller finds one)."""
        r = self.rules
        if e - s > r.max_words + 4 or self._academic(toks, s, e):
            return None
        prev = s - 1  # a capitalised word glued before the entity: a company's name
        if prev >= 0 and toks.joined[s] and toks.cap[prev] and not toks.boundary_before(s) \
                and toks.lows[prev] not in r.connectors and not qualifier_before(toks, s):
            return None
        heads = [k for k in range(s, e) if toks.lows[k] in r.heads and toks.cap[k]
                 and toks.lows[k] not in r.weak_heads]
        if not heads or any(k > s and toks.lows[k - 1] in self.lex.non_agency_before_head
                            for k in heads):
            return None
        country = ""
        flavour = any(toks.lows[k] in r.ministry_heads for k in heads)
        k = s
        while k < e:
            low, word = toks.lows[k], toks.words[k]
            if low in r.academic or any(ch.isdigit() for ch in word):
                return None
            if not toks.cap[k] and low not in r.connectors and low not in r.of_words:
                return None  # "Tesla's services office": not one proper name
            hit = self.countries.longest_at(toks, k) if toks.cap[k] else None
            if hit and k + hit[0] <= e:
                country = country or hit[1][0]
                flavour = True
                k += hit[0]
                continue
            flavour = flavour or low in r.modifiers or (
                k in heads and k + 1 < e and toks.lows[k + 1] in r.of_words)
            k += 1
        return country if flavour else None

    # -- selection and acronym definitions -----------------------------------------------

    def _select(self, toks: TextTokens, cands: list[_Cand], masks: list[tuple[int, int]]
                ) -> list[_Cand]:
        taken = [False] * len(toks)
        chosen = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
            if any(taken[k] for k in range(c.start, c.end)):
                continue
            for k in range(c.start, c.end):
                taken[k] = True
            if c.block or not c.name:
                continue
            if masks and _inside(masks, toks.starts[c.start], toks.ends[c.end - 1]):
                continue
            chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def _acronym_definitions(self, toks: TextTokens, chosen: list[_Cand],
                             masks: list[tuple[int, int]]) -> list[_Cand]:
        text = toks.text
        defined: dict[str, tuple[int, _Cand]] = {}  # acronym key -> (defining token, agency)
        for c in chosen:
            m = _ACRONYM_DEF_RE.match(text, toks.ends[c.end - 1])
            if not m:
                continue
            acr = m.group(1)
            key = _norm_key(acr)
            j = toks.index_at(m.start(1))
            if j is None or toks.ends[j] != m.end(1) or key in self.lex.region_acronyms:
                continue
            if not self._acronym_shaped(acr):  # "(US)" is a country, not an acronym
                continue
            defined.setdefault(key, (j, c))
        if not defined:
            return chosen
        at = {c.start: c for c in chosen}
        out = list(chosen)
        occupied = [False] * len(toks)
        for c in chosen:
            for k in range(c.start, c.end):
                occupied[k] = True
        for k, key in enumerate(toks.keys):  # one pass: every later use of each acronym
            if key not in defined or k < defined[key][0]:
                continue
            src = defined[key][1]
            existing = at.get(k)
            if existing is not None and existing.end == k + 1:
                existing.name, existing.country = src.name, src.country
                if not (existing.acronym and existing.acronym.lower() == key.lower()):
                    existing.acronym = toks.words[k]  # "Indec" of a known "INDEC" stays so
                continue
            if occupied[k] or (masks and _inside(masks, toks.starts[k], toks.ends[k])):
                continue
            occupied[k] = True
            out.append(_Cand(k, k + 1, 1, name=src.name, acronym=toks.words[k],
                             country=src.country))
        for j, src in defined.values():
            if src.acronym is None:
                src.acronym = toks.words[j]
        out.sort(key=lambda c: c.start)
        return out
