"""OfficialFinder: one scan per text over titles, names and their ties, then later
mentions of the people found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tradeie.normalize.agencies.country import (
    dateline_cities,
)
from tradeie.normalize.agencies.credits import credit_spans
from tradeie.normalize.agencies.gazetteer import AgencyMatch
from tradeie.normalize.agencies.lexicon import non_agency_spans
from tradeie.normalize.agencies.rules import (
    generic_heads,
)
from tradeie.normalize.agencies.text_tokens import (
    TextTokens,
    text_tokens,
)
from tradeie.normalize.officials.data import (
    OfficialMatch,
    _cased,
    _Found,
    _Shapes,
    _shapes,
    _Titles,
    _titles,
)
from tradeie.normalize.officials.names import NameRules
from tradeie.normalize.officials.ties import TiePatterns

_NICKNAME_RE = re.compile(r'[ ]["\u201c][^\W\d_]{1,20}["\u201d](?= )')


class OfficialFinder:
    def __init__(self) -> None:
        self.titles = _titles()
        self.shapes = _shapes()

    def find(self, text: str, agencies: list[AgencyMatch],
             persons: Sequence[tuple[int, int]] | None = None,
             non_persons: Sequence[tuple[int, int]] | None = None) -> list[OfficialMatch]:
        """Officials in `text`. `agencies`: AGENCY matches of the same text (an official's
        `agency` indexes this list). `persons` / `non_persons`: optional (start, end) char
        spans of a NER's PERSON entities and of its other name entities (ORG, GPE, NORP ...),
        used as extra evidence (see the module docstring)."""
        if not text:
            return []
        scan = _Scan(self.titles, self.shapes, text_tokens(text), agencies)
        if persons is not None or non_persons is not None:
            scan.add_ner(persons or (), non_persons or ())
        return scan.run()


class _Scan(NameRules, TiePatterns):
    """One call of OfficialFinder.find: the text's tokens and what blocks or ties them
    (kept per call, so one finder can serve several threads)."""

    def __init__(self, titles: _Titles, shapes: _Shapes, toks: TextTokens,
                 agencies: list[AgencyMatch]) -> None:
        self.titles, self.shapes, self.toks = titles, shapes, toks
        n = len(toks)
        # Tokens that cannot be part of a name: agencies, outlets/companies, credit lines.
        blocked = [False] * n
        agency_end: dict[int, int] = {}  # last token -> agency index
        agency_start: dict[int, int] = {}
        agency_span: dict[int, tuple[int, int]] = {}
        for idx, a in enumerate(agencies):
            s, e = toks.index_at(a.start), toks.index_ending(a.end)
            if s is None or e is None or e < s:
                self._block_chars(toks, blocked, a.start, a.end)
                continue
            for k in range(s, e + 1):
                blocked[k] = True
            agency_end.setdefault(e, idx)
            agency_start.setdefault(s, idx)
            agency_span[idx] = (s, e + 1)
        orgs = [False] * n  # non-agencies: an unknown organisation
        for s, e in non_agency_spans(toks):
            for k in range(s, e):
                blocked[k] = orgs[k] = True
        for s, e in credit_spans(toks.text):
            self._block_chars(toks, blocked, s, e)
        self._blocked, self._orgs = blocked, orgs
        # last_org[i]: the last token before i inside an organisation that is no agency
        last_org, seen = [-1] * (n + 1), -1
        for k in range(n):
            last_org[k] = seen
            if orgs[k]:
                seen = k
        last_org[n] = seen
        self._last_org = last_org
        self._agency_end, self._agency_start = agency_end, agency_start
        self._agency_span = agency_span
        self._agencies = agencies
        self._heads = generic_heads()
        self._ministry_heads = generic_heads(ministries_only=True)
        # NER evidence (add_ner): per token, the PERSON span it lies in, as token indices
        # (start, end exclusive); whether it overlaps another named entity.
        self._person: list[tuple[int, int] | None] | None = None
        self._other: list[bool] | None = None

    def add_ner(self, persons: Sequence[tuple[int, int]],
                non_persons: Sequence[tuple[int, int]]) -> None:
        toks, n = self.toks, len(self.toks)
        person: list[tuple[int, int] | None] = [None] * n
        for start, end in persons:
            s = bisect.bisect_left(toks.starts, start)  # first token starting inside
            e = bisect.bisect_right(toks.ends, end)  # tokens before e end inside
            if s < e:
                for k in range(s, e):
                    person[k] = (s, e)
        other = [False] * n
        for start, end in non_persons:
            if start < end:
                self._block_chars(toks, other, start, end)
        self._person, self._other = person, other

    def run(self) -> list[OfficialMatch]:
        toks, text, n = self.toks, self.toks.text, len(self.toks)
        found: dict[int, _Found] = {}
        starters = self.titles.starters
        lows = toks.lows
        i = 0
        while i < n:
            if lows[i] not in starters:
                i += 1
                continue
            t = self._title_at(toks, i)
            if t is None:
                i += 1
                continue
            ts, te, tie = t
            i = te
            if any(self._blocked[k] for k in range(ts, te)):
                # a title word inside an agency name or a credit line; an agency word that
                # only opens the title ("Treasury Cabinet Secretary") leaves the rest
                rest = next((k for k in range(te - 1, ts - 1, -1) if self._blocked[k]), te) + 1
                if ts < rest < te and all(self._blocked[k] for k in range(ts, rest)):
                    i = rest
                continue
            title = " ".join(text[toks.starts[ts]:toks.ends[te - 1]].split())
            for hit in (self._title_before_name(toks, ts, te, tie, title),
                        self._name_before_title(toks, ts, te, tie, title)):
                if hit is not None and hit.start not in found:
                    found[hit.start] = hit
        for hit in (*self._known_names(toks), *self._leaders(toks), *self._voices(toks),
                    *self._heads_of(toks)):
            if hit.start not in found:
                found[hit.start] = hit
        ordered: list[_Found] = []
        for f in sorted(found.values(), key=lambda f: (f.start, -f.end)):
            if not ordered or f.start >= ordered[-1].end:  # names never overlap
                ordered.append(f)
        return self._with_later_mentions(toks, ordered)

    @staticmethod
    def _block_chars(toks: TextTokens, blocked: list[bool], start: int, end: int) -> None:
        k = max(0, bisect.bisect_right(toks.ends, start))  # first token ending after start
        while k < len(toks) and toks.starts[k] < end:
            blocked[k] = True
            k += 1

    # -- names without a title -----------------------------------------------------------

    def _known_names(self, toks: TextTokens) -> list[_Found]:
        """Full names of people known to hold public office ("Donald Trump")."""
        known = self.titles.known
        out = []
        for i, key in enumerate(toks.keys):
            if key not in known.cs_first or not toks.cap[i]:
                continue
            hit = known.longest_at(toks, i)
            if not hit:
                continue
            end = i + hit[0]
            if any(self._blocked[m] for m in range(i, end)) \
                    or (end < len(toks) and toks.spaced[end] and toks.cap[end]):
                continue
            out.append(_Found(i, end, None, None))
        return out

    def _leaders(self, toks: TextTokens) -> list[_Found]:
        """"Giorgia Meloni's government": the person who leads it holds public office."""
        out = []
        lows, n = toks.lows, len(toks)
        for k in range(1, n - 1):
            if lows[k] != "'s" or not toks.joined[k] or not toks.joined[k + 1] \
                    or lows[k + 1] not in self.shapes.leader_nouns:
                continue
            name = self._name_ending(toks, k - 1)
            if name is None:
                continue
            (s, e), from_ner = name
            written = " ".join(toks.text[toks.starts[s]:toks.ends[e - 1]].split()).upper()
            if (e - s >= 2 or from_ner) and written not in dateline_cities():
                out.append(_Found(s, e, None, None, ner=from_ner))  # not "Abu Dhabi's"
        return out

    def _voices(self, toks: TextTokens) -> list[_Found]:
        """"The Fed's Christopher Waller said": a person named with an agency's possessive
        and no title speaks for it when a reporting verb follows the name."""
        out = []
        n = len(toks)
        verbs, things = self.shapes.voice_verbs, self.shapes.document_words
        for idx, (_, e) in self._agency_span.items():
            if e + 1 >= n or toks.lows[e] != "'s" or not toks.joined[e] \
                    or not toks.spaced[e + 1]:
                continue
            name = self._name_at(toks, e + 1)
            if name is None:
                continue
            (ns, ne), from_ner = name
            if ne - ns < 2 or ne >= n or not toks.spaced[ne] or toks.lows[ne] not in verbs \
                    or any(toks.lows[m] in things for m in range(ns, ne)):
                continue  # "the Fed's Beige Book said": a publication, no person
            out.append(_Found(ns, ne, None, idx, ner=from_ner))
        return out

    def _heads_of(self, toks: TextTokens) -> list[_Found]:
        """"Rosanna Costa, who heads the central bank, said": a name of two words or more
        followed by ", who <heads|leads|chairs ...> [the] <agency>" holds that office (no
        title is written); "who leads the agency" is the agency the sentence before named."""
        out = []
        n, verbs = len(toks), self.shapes.heading_verbs
        for k in range(3, n - 2):
            if toks.lows[k] != "who" or toks.words[k - 1] != "," \
                    or toks.lows[k + 1] not in verbs or not toks.joined[k + 1]:
                continue
            j = k + 2
            if toks.lows[j] == "the" and j + 1 < n:
                j += 1
            idx = self._agency_start.get(j)
            if idx is None and toks.lows[j] in self._heads and not toks.cap[j] \
                    and toks.lows[j - 1] == "the" and (
                        j + 1 >= n or toks.lows[j + 1] in (",", ".")):
                idx = self._agency_before(k)  # not "the office of Nomura", "the bureau's"
            if idx is None:
                continue
            name = self._name_ending(toks, k - 2)
            if name is None:
                continue
            (ns, ne), from_ner = name
            ns = self._without_honorifics(toks, ns, ne)
            if ne - ns >= 2 or from_ner:
                out.append(_Found(ns, ne, None, idx, ner=from_ner))
        return out

    def _name_end(self, f: _Found) -> int:
        """End character of a name: after the period of a closing "Jr." or "Sr."."""
        toks = self.toks
        end = toks.ends[f.end - 1]
        if toks.lows[f.end - 1] in self.shapes.name_suffixes and toks.text[end:end + 1] == ".":
            end += 1
        return end

    # -- later mentions ----------------------------------------------------------------

    def _refs(self, toks: TextTokens, f: _Found) -> list[tuple[str, ...]]:
        sh = self.shapes
        keys = tuple(k for k in toks.keys[f.start:f.end]
                     if k.lower() not in sh.particles and k.lower() not in sh.name_suffixes)
        full = tuple(toks.keys[f.start:f.end])
        refs = [full]
        particle = next((i for i, k in enumerate(full) if k in sh.particles), None)
        # "Al Zeyoudi" of "Thani bin Ahmed Al Zeyoudi": a capitalised particle before the
        # last word opens the family name in use
        last = len(full) - 2
        if last >= 1 and full[last] not in sh.particles and full[last].lower() in sh.particles \
                and full[last][:1].isupper():
            refs.append(full[last:])
        if particle:  # "von der Leyen", "Von der Leyen"
            tail = full[particle:]
            refs += [tail, (tail[0].capitalize(), *tail[1:])]
            if particle >= 2 and full[particle - 1][:1].isupper():
                # "Lula" of "Luiz Inacio Lula da Silva": the word before a particle, when a
                # given name comes before it, is the name in use
                refs.append((full[particle - 1],))
                refs.append(full[particle - 1:])  # "Ramirez de la O", "Lula da Silva"
            if particle == 1 and len(full) >= 4 and full[1] in ("bin", "ibn"):
                refs.append(full[:3])  # "Mohammed bin Rashid" of "... bin Rashid Al Maktoum"
                refs.append(full[1:3])  # "bin Touq" of "Abdulla bin Touq Al Marri"
        if len(keys) >= 3 and keys[0].lower() in sh.given_abbrevs:
            refs.append((keys[1],))  # "Edy" of "Moh. Edy Mahmud" (and "Mohd Uzir" below)
        if len(keys) >= 2:
            first = keys[0].lower()
            if len(keys) >= 3 and first not in sh.family_first and first not in sh.vietnamese:
                # "Perez Reyes" of "Raul Perez Reyes", "Bashir Uddin" of "Sk Bashir Uddin":
                # the last two words of a longer name are its surname in use
                refs.append(keys[-2:])
            if len(keys) >= 3 and first in sh.vietnamese:
                refs.append((keys[-1],))
            elif first in sh.family_first or first in sh.vietnamese:
                refs.append((keys[0],))
            else:
                refs.append((keys[-1],))
                # Malay and Indonesian usage names people by the given name ("Zulkifli",
                # "Amalia", "Sri Mulyani"); a lone first name is rarely anyone else.
                refs.append((keys[0],))
                if len(keys) == 3:
                    refs.append(keys[:2])
        # "al-Jadaan" opens a sentence as "Al-Jadaan"
        refs += [(r[0][0].upper() + r[0][1:], *r[1:]) for r in refs if r[0][:1].islower()]
        capitals = any(len(w) > 1 and w.isalpha() and w.isupper() for w in full)
        if f.ner or capitals:  # "Ruth NYAMBURA" is "Nyambura" later; "Nguyen Thi A" not "A"
            refs += [cased for ref in refs
                     if (cased := tuple(_cased(w) for w in ref)) != ref]
            refs = [r for r in refs if len(r) > 1 or (len(r[0]) > 1
                                                      and r[0].lower() not in sh.determiners)]
        return refs

    def _weak_refs(self, toks: TextTokens, f: _Found) -> list[tuple[str, ...]]:
        """Refs that are a later mention only right before a reporting verb ("Carvallo
        said"): the first of two surnames (Spanish usage names "Carlos Carvallo Spalding"
        "Carvallo"), and a surname that is also an English word ("Song", "Moon")."""
        sh = self.shapes
        keys = tuple(k for k in toks.keys[f.start:f.end]
                     if k.lower() not in sh.particles and k.lower() not in sh.name_suffixes
                     and k.lower() not in sh.given_abbrevs)
        out: list[tuple[str, ...]] = []
        if len(keys) >= 3 and keys[0].lower() not in sh.family_first \
                and keys[0].lower() not in sh.vietnamese:
            out.append((keys[-2],))
        if len(keys) >= 2:
            family = keys[0] if keys[0].lower() in sh.family_first or "-" in keys[-1] \
                else keys[-1]  # "Song Jae-chang": the hyphened given name comes last
            if family.lower() in sh.speaker_stop:
                out.append((family,))
        return out

    def _with_later_mentions(self, toks: TextTokens, found: list[_Found]) -> list[OfficialMatch]:
        sh = self.shapes
        text = toks.text
        people: list[_Found] = []  # first mentions, in text order
        owners: dict[tuple[str, ...], set[int]] = {}
        weak: dict[tuple[str, ...], set[int]] = {}  # refs that need a reporting verb after
        taken = [False] * len(toks)
        for f in found:
            for k in range(f.start, f.end):
                taken[k] = True
            words = tuple(toks.keys[f.start:f.end])
            earlier = owners.get(words)
            if earlier and len(earlier) == 1:  # "Minister Wang" after "Wang Wentao"
                person = people[next(iter(earlier))]
                f.name = person.name
                f.title = f.title or person.title
                f.agency = f.agency if f.agency is not None else person.agency
                continue
            # 'Chayanon "Ball" Suwannarat' is Chayanon Suwannarat: the nickname is no name
            f.name = " ".join(_NICKNAME_RE.sub(
                "", text[toks.starts[f.start]:self._name_end(f)]).split())
            people.append(f)
            for ref in self._refs(toks, f):
                owners.setdefault(ref, set()).add(len(people) - 1)
            for ref in self._weak_refs(toks, f):
                weak.setdefault(ref, set()).add(len(people) - 1)
        out = list(found)
        lengths = sorted({len(r) for r in owners} | {len(r) for r in weak}, reverse=True)
        first_words = {r[0] for r in owners} | {r[0] for r in weak}
        n = len(toks)
        other = self._other or self._blocked  # tokens inside another named entity
        for k, key in enumerate(toks.keys):
            if key not in first_words or taken[k] or self._blocked[k] or not toks.cap[k] \
                    or other[k]:
                continue
            for length in lengths:
                ref = tuple(toks.keys[k:k + length])
                if len(ref) != length:
                    continue
                who = owners.get(ref, set())
                voiced = length == 1 and k + 1 < n and toks.spaced[k + 1] \
                    and toks.lows[k + 1] in sh.voice_verbs
                if voiced:
                    who = who | weak.get(ref, set())
                if len(who) != 1:
                    continue
                person = people[next(iter(who))]
                end = k + length
                if k < person.end or any(taken[m] or self._blocked[m] or other[m]
                                         for m in range(k, end)):
                    continue
                if not all(toks.spaced[m] for m in range(k + 1, end)):
                    continue
                prev_ok = k == 0 or not toks.spaced[k] or not toks.cap[k - 1] \
                    or toks.lows[k - 1] in sh.honorifics
                next_ok = end >= len(toks) or not toks.spaced[end] or (
                    not toks.cap[end] and toks.lows[end] not in sh.attributive_after)
                if not (prev_ok and next_ok):
                    continue
                if length == 1 and toks.lows[k] in sh.short_stop and not (
                    k > 0 and toks.spaced[k] and toks.lows[k - 1] in sh.honorifics
                ) and not (voiced and toks.lows[k] in sh.speaker_stop):
                    continue
                for m in range(k, end):
                    taken[m] = True
                out.append(_Found(k, end, person.title, person.agency, person.name))
                break
        out.sort(key=lambda f: f.start)
        return [
            OfficialMatch(toks.starts[f.start], self._name_end(f),
                          text[toks.starts[f.start]:self._name_end(f)],
                          f.name, f.title, f.agency)
            for f in out
        ]
