"""What ties a title to a name and to an agency: the patterns "title name", "name, title",
the agency or country before or after a title (a mixin of the scan in ``finder``).
"""

from __future__ import annotations

from tradeie.normalize.agencies.country import (
    country_table,
    dateline_cities,
    is_country_word,
    qualifier_before,
)
from tradeie.normalize.agencies.text_tokens import (
    TextTokens,
)
from tradeie.normalize.officials.data import AGENCY, COUNTRY, PUBLIC, _Found, bloc_words


class TiePatterns:
    """The title-name patterns and their ties; methods of ``finder._Scan``."""

    # -- patterns ----------------------------------------------------------------------

    def _left_tie(self, toks: TextTokens, ts: int) -> tuple[int, int | None] | None:
        """What stands right before a title: (tie level reached, agency index), or None
        when it is an organisation that is no agency."""
        sh = self.shapes
        p = ts - 1
        if p > 0 and p in self._agency_end and toks.text[toks.ends[p]:toks.starts[ts]] == ") " \
                and toks.text[toks.starts[p] - 1:toks.starts[p]] == "(":
            return AGENCY, self._agency_end[p]  # "Statistics Indonesia (BPS) head"
        if p < 0 or toks.boundary_before(ts):
            return PUBLIC, None
        if toks.cap[p] and "\n" in toks.text[toks.ends[p]:toks.starts[ts]] \
                and p not in self._agency_end and not qualifier_before(toks, ts):
            return PUBLIC, None  # a headline's last word on the line before: "Exports Fall"
        if p in self._agency_end:
            return AGENCY, self._agency_end[p]
        if toks.lows[p] == "'s" and p - 1 in self._agency_end:
            return AGENCY, self._agency_end[p - 1]
        if qualifier_before(toks, ts):
            return COUNTRY, None
        if toks.lows[p] in self.shapes.agency_pronouns:
            idx = self._agency_before(p)  # "Its president, Julio Velarde," after the BCRP
            return None if idx is None else (AGENCY, idx)
        head = self._head_anaphor(toks, p, ts)
        if head is not None:
            return head
        if self._orgs[p]:
            return None
        if toks.cap[p] and self._city_before(toks, p):
            return COUNTRY, None  # "Tokyo Governor Yuriko Koike": a city's own office
        if toks.words[p] in bloc_words():
            return AGENCY, None  # "ASEAN Secretary-General", "Mercosur chief negotiator"
        if self._honorific(toks, p) and toks.lows[p] not in self.titles.starters:
            return PUBLIC, None  # "The Honourable Minister of Trade", "H.E. Minister"
        if toks.cap[p] and toks.lows[p] not in sh.openers and toks.lows[p] not in sh.determiners:
            return None  # an organisation we do not know, maybe a company
        if toks.lows[p] == "'s" and p > 0 and not toks.cap[p - 1]:
            return None  # "the company's president": a body that is no agency nor a country
        return PUBLIC, None

    @staticmethod
    def _place_after_of(toks: TextTokens, te: int) -> int | None:
        """The token after '<of> <country or city>' at te ("of Tokyo", "of South Africa"),
        or None."""
        n = len(toks)
        if te + 2 >= n or toks.lows[te] != "of" or not toks.joined[te] \
                or not toks.cap[te + 1]:
            return None
        cities = dateline_cities()
        table = country_table()
        hit = table.longest_at(toks, te + 1)
        if hit is not None and any(hit[1]):  # a country ("" is a region: "Latin America")
            return te + 1 + hit[0]
        for k in range(te + 1, min(n, te + 4)):
            if not toks.cap[k] or (k > te + 1 and not toks.joined[k]):
                return None
            if " ".join(toks.text[toks.starts[te + 1]:toks.ends[k]].split()).upper() in cities:
                return k + 1
        return None

    @staticmethod
    def _city_before(toks: TextTokens, p: int) -> bool:
        """Do the capitalised words ending at token p name a city (dateline_cities.json)?"""
        cities = dateline_cities()
        k = p
        while k >= 0 and p - k < 3 and toks.cap[k]:
            if " ".join(toks.text[toks.starts[k]:toks.ends[p]].split()).upper() in cities:
                return k == 0 or not toks.cap[k - 1] or toks.boundary_before(k) \
                    or toks.lows[k - 1] == "the"
            k -= 1
        return False

    def _agency_before(self, k: int) -> int | None:
        """The agency named last before token k, unless an organisation that is no agency
        stands between ('its' then refers to that one)."""
        best = None
        for idx, (s, e) in self._agency_span.items():
            if e <= k and (best is None or s > self._agency_span[best][0]):
                best = idx
        if best is None or self._last_org[k] >= self._agency_span[best][1]:
            return None
        toks = self.toks
        between = toks.text[toks.ends[self._agency_span[best][1] - 1]:toks.starts[k]]
        if sum(between.count(mark) for mark in (". ", "? ", "! ", "\n")) > 1:
            return None  # named more than a sentence before: 'its' may be anyone's
        return best

    def _latest_agency(self, head: str, before: int) -> int | None:
        """The last agency ending before token `before` whose name has the word `head`."""
        for idx in sorted(self._agency_span, key=lambda a: -self._agency_span[a][0]):
            a = self._agencies[idx]
            if self._agency_span[idx][1] <= before and (
                    head in a.name.lower().split() or head in a.text.lower().split()):
                return idx  # "the bureau's" after "the statistics bureau" (Statistics Indonesia)
        return None

    def _head_anaphor(self, toks: TextTokens, p: int, ts: int
                      ) -> tuple[int, int | None] | None:
        """"ministry spokesman", "the bureau's chief economist": a body's generic name right
        before the title ties it to that body (the latest agency named with that head
        word, when there is one)."""
        if toks.lows[p] == "'s" and p > 0 and toks.joined[p]:
            p -= 1
            if toks.lows[p] in self.shapes.country_nouns and not toks.cap[p]:
                return COUNTRY, None  # "the country's economy minister"
        if toks.lows[p] not in self._heads and toks.lows[p] not in self.shapes.anaphor_heads \
                or self._blocked[p] or self._orgs[p]:
            return None
        public = p > 0 and toks.cap[p - 1] and toks.lows[p - 1] in self.shapes.public_bodies \
            and (toks.boundary_before(p - 1) or (
                p > 1 and toks.lows[p - 2] in self.shapes.determiners))
        if toks.cap[p] and not toks.boundary_before(p) and not public and not (
                p > 0 and toks.lows[p - 1] in self.shapes.determiners):
            return None  # "Sales Department head": a named body we do not know
        idx = self._latest_agency(toks.lows[p], ts)
        if idx is None and toks.lows[p] in self._heads and not toks.cap[p]:
            # "Badan Pusat Statistik said ... the agency's deputy head": a body named in the
            # sentence before without that word (_agency_before: no company between)
            idx = self._agency_before(p)
        if idx is not None and self._last_org[p] >= self._agency_span[idx][1]:
            idx = None  # "Goldman Sachs ... the bank's chief economist": the company's
        if idx is None and public:
            return PUBLIC, None  # "Central Bank Governor X" where the story names no bank
        if idx is None and toks.lows[p] not in self._ministry_heads:
            return None  # "the agency's chief economist" after a rating agency
        return AGENCY, idx

    def _right_tie(self, toks: TextTokens, te: int) -> tuple[int, int | None] | None:
        """What follows a title: "for the GAC", "of MOFCOM's Department of ...", "of Hong
        Kong": (tie level reached, agency index), or None after a non-agency organisation."""
        sh = self.shapes
        n = len(toks)
        k = te
        if k >= n or toks.lows[k] not in sh.links or not toks.joined[k]:
            return PUBLIC, None
        k += 1
        if k < n and toks.lows[k] == "the" and toks.joined[k]:
            k += 1
        if k >= n or not toks.joined[k]:
            return PUBLIC, None
        agency = self._agency_start.get(k)
        if agency is not None:
            # "MOFCOM's Department of Foreign Trade": the office is the later agency
            end = self._agency_span[agency][1] - 1
            if end + 2 < n and toks.lows[end + 1] == "'s" and end + 2 in self._agency_start:
                agency = self._agency_start[end + 2]
            return AGENCY, agency
        if is_country_word(toks, k):
            hit = country_table().longest_at(toks, k)
            after = k + (hit[0] if hit else 1)
            if after + 1 < n and toks.lows[after] == "'s" and toks.joined[after] \
                    and after + 1 in self._agency_start and toks.joined[after + 1]:
                return AGENCY, self._agency_start[after + 1]  # "head of Vietnam's GSO"
            if after < len(toks) and toks.joined[after] and toks.cap[after]:
                return None  # "president of China Everbright Bank": a body named after it
            return COUNTRY, None
        if self._orgs[k] or toks.cap[k]:
            return None
        if toks.lows[k - 1] == "the" and not toks.cap[k]:
            # "spokesperson of the ministry", "a director at the central bank": the latest
            # agency named with that head word
            m = k
            while m + 1 < n and m - k < 2 and toks.joined[m + 1] and not toks.cap[m + 1] \
                    and toks.words[m + 1].isalpha() and toks.lows[m + 1] not in sh.links:
                m += 1
            head = next((toks.lows[x] for x in range(k, m + 1) if toks.lows[x] in self._heads
                         or toks.lows[x] in sh.public_bodies), None)
            if head is None:
                return None  # "president of the company", "economist at the bank"
            idx = self._latest_agency(head, te)
            if idx is not None:
                return AGENCY, idx
        return PUBLIC, None

    def _agency_run(self, toks: TextTokens, ts: int) -> tuple[int, int] | None:
        """"IBGE National Accounts Coordinator": capitalised words (at most three) between
        an agency and the title belong to the title: (new title start, agency index)."""
        p, words = ts - 1, 0
        sh = self.shapes
        while p >= 0 and words < 3 and toks.joined[p + 1] and not self._blocked[p] and (
                toks.cap[p] or (toks.words[p].isalpha() and toks.lows[p] not in sh.not_name
                                and toks.lows[p] not in sh.determiners)) \
                and not is_country_word(toks, p):
            # "IBGE National Accounts Coordinator", "Stats NZ consumer prices manager"
            p -= 1
            words += 1
        if words and p >= 0 and toks.joined[p + 1]:
            if p in self._agency_end:
                return p + 1, self._agency_end[p]
            if toks.lows[p] == "'s" and p - 1 in self._agency_end:
                return p + 1, self._agency_end[p - 1]
        return None

    def _agency_then_comma(self, toks: TextTokens, te: int) -> tuple[int, int] | None:
        """"of Statistics Indonesia," ("for the Ministry of Commerce,") after a title, or
        "of BPS" right before a name: (agency index, token after the agency)."""
        n = len(toks)
        if te + 2 >= n or toks.lows[te] not in ("of", "at", "for") or not toks.joined[te]:
            return None
        k = te + 1
        if toks.lows[k] == "the" and toks.joined[k]:
            k += 1
        idx = self._agency_start.get(k)
        if idx is None or not toks.joined[k]:
            return None
        end = self._agency_span[idx][1]
        if end < n and (toks.words[end] == "," or (toks.spaced[end] and toks.cap[end])):
            return idx, end  # "Head of BPS Amalia Adininggar" has no comma
        return None

    def _agency_set_off(self, toks: TextTokens, te: int) -> tuple[int, int] | None:
        """"The Permanent Secretary, Ministry of Finance, Ben Akabueze, said": an agency
        set off by commas after a title, before the name: (agency index, the comma after
        the agency), or None."""
        n = len(toks)
        if te + 2 >= n or toks.words[te] != "," or not toks.joined[te + 1]:
            return None
        k = te + 1
        if toks.lows[k] == "the" and toks.joined[k]:
            k += 1
        idx = self._agency_start.get(k)
        if idx is None:
            return None
        end = self._agency_span[idx][1]
        if end + 1 < n and toks.words[end] == "," and toks.joined[end + 1] \
                and toks.cap[end + 1]:
            return idx, end
        return None

    def _skip_honorific(self, toks: TextTokens, k: int) -> int:
        """"Government Statistician Professor Samuel Annim", "Dr Law Chi-kwong": the name
        starts after an honorific."""
        for _ in range(4):  # "Datuk Seri Mohd Uzir", "Tengku Datuk Seri Utama Zafrul"
            if k + 2 < len(toks) and self._honorific_pair(toks, k):
                k += 2  # "Tan Sri Zafrul": 'Tan' alone is a family name
                continue
            if k + 1 < len(toks) and self._honorific(toks, k):
                gap = toks.text[toks.ends[k]:toks.starts[k + 1]]
                if gap and gap.strip() in ("", ".") and "\n" not in gap:
                    k += 1
        return k

    def _honorific(self, toks: TextTokens, k: int) -> bool:
        """"Dr", "Sheikh", "H.E." (written so: "He" is a family name)."""
        return toks.cap[k] and (toks.lows[k] in self.shapes.honorifics
                                or toks.words[k] in self.shapes.dotted_honorifics)

    def _honorific_pair(self, toks: TextTokens, k: int) -> bool:
        """"Tan Sri", "Dato' Sri": two words that together are an honorific."""
        return k + 1 < len(toks) and toks.cap[k] and toks.cap[k + 1] \
            and (toks.lows[k], toks.lows[k + 1]) in self.shapes.honorific_pairs

    def _without_honorifics(self, toks: TextTokens, s: int, e: int) -> int:
        """Start of a name found before its title with leading honorifics left out
        ("Sheikh Mohammed bin Rashid, Vice President ...", "Tan Sri Zafrul Aziz, the
        minister"); one name word at least stays."""
        while e - s >= 2:
            if e - s >= 3 and self._honorific_pair(toks, s):
                s += 2
            elif s > 0 and self._honorific_pair(toks, s - 1):
                s += 1  # "Dato' Sri Amir": the name run started at 'Sri'
            elif self._honorific(toks, s):
                s += 1
            else:
                break
        return s

    def _title_before_name(self, toks: TextTokens, ts: int, te: int, tie: int,
                           title: str) -> _Found | None:
        n = len(toks)
        while te + 1 < n and toks.lows[te] == "and" and toks.joined[te] \
                and toks.lows[te + 1] in self.titles.starters:
            # "Minister of Finance and Coordinating Minister of the Economy, Wale Edun,",
            # "National Statistician and Civil Registrar General Claire Dennis Mapa"
            more = self._title_at(toks, te + 1)
            if more is None:
                break
            te, tie = more[1], min(tie, more[2])
            title = " ".join(toks.text[toks.starts[ts]:toks.ends[te - 1]].split())
        left = self._left_tie(toks, ts)
        if left is None or (left[1] is None and left[0] < tie):
            run = self._agency_run(toks, ts)
            if run is not None:
                ts, left = run[0], (AGENCY, run[1])
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[te - 1]].split())
        if left is not None and left[1] is None:
            of_agency = self._agency_then_comma(toks, te)
            for m in self._remit_ends(toks, te) if of_agency is None else ():
                # "Head of International Statistics at the ABS Andrew Tomadini"
                of_agency = self._agency_then_comma(toks, m)
                if of_agency is not None:
                    break
            if of_agency is not None:  # "the head of Statistics Indonesia, Amalia ..., said"
                left, te = (AGENCY, of_agency[0]), of_agency[1]
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[te - 1]].split())
            elif (set_off := self._agency_set_off(toks, te)) is not None:
                left, te = (AGENCY, set_off[0]), set_off[1]  # the title stays as written
        if left is None:
            return None
        if left[0] < tie:
            found = self._name_of_agency(toks, te, title)
            if found is None and left == (PUBLIC, None) and ts > 0 and toks.boundary_before(ts):
                found = self._of_previous_agency(toks, ts, te, title)
            return found
        agency = left[1]
        if te < n and toks.lows[te] in ("of", "for") and toks.joined[te] and agency is not None:
            # "ABS head of national accounts Katherine Keenan": the remit joins the title
            m = te + 1
            while m < n and m - te <= 4 and toks.joined[m] and not toks.cap[m] \
                    and toks.words[m].isalpha():
                m += 1
            if not (m > te + 1 and m < n and toks.spaced[m] and self._name_at(toks, m)):
                # "BPS Deputy for Distribution and Services Statistics Pudji Ismartini"
                m = next((r for r in self._remit_ends(toks, te) if toks.cap[r - 1]
                          and toks.spaced[r] and self._name_at(toks, r)), te)
            if m > te + 1 and m < n and toks.spaced[m] and self._name_at(toks, m):
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[m - 1]].split())
                te = m
            elif (r := self._remit_end(toks, te, comma=True)) is not None:
                # "the agency's deputy head for production statistics, Moh. Edy Mahmud,":
                # the remit joins the title and the name is set off by commas
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[r - 1]].split())
                te = r
        if te + 2 < n and toks.lows[te] == "of" and toks.joined[te]:
            # "The Statistician-General of the Federation, Name,": the state the office
            # serves joins the title
            m = te + 1
            if toks.lows[m] == "the" and toks.joined[m]:
                m += 1
            if m + 1 < n and toks.cap[m] and toks.joined[m] \
                    and toks.lows[m] in self.shapes.public_bodies and (
                        toks.words[m + 1] == "," or (toks.spaced[m + 1]
                                                     and self._name_at(toks, m + 1))):
                # (or no commas: "Statistician-General of the Federation Adeyemi Adeniran")
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[m]].split())
                te = m + 1
        if te + 2 < n and toks.spaced[te] and is_country_word(toks, te):
            # "Chief Statistician Malaysia Datuk Seri Dr Mohd Uzir Mahidin": the country the
            # office serves, then honorifics or a name of two words or more
            hit = country_table().longest_at(toks, te)
            after = te + (hit[0] if hit else 1)
            start = self._skip_honorific(toks, after) if after < n else after
            found = self._name_at(toks, start) if after < n and toks.spaced[after] else None
            if found is not None and (start > after or found[0][1] - found[0][0] >= 2):
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[after - 1]].split())
                te = after
        place = self._place_after_of(toks, te)
        if place is not None and place < n and toks.spaced[place] \
                and self._name_at(toks, place) is not None:
            # "Governor of Tokyo Yuriko Koike", "Minister of Finance of Ghana Ken Ofori-Atta":
            # the place the office serves joins the title
            title = " ".join(toks.text[toks.starts[ts]:toks.ends[place - 1]].split())
            te = place
        # "the Economy Minister, Sergio Massa, said": a name set off by commas
        comma = te + 1 < n and toks.words[te] == "," and toks.joined[te + 1] and (
            toks.boundary_before(ts) or toks.lows[ts - 1] in self.shapes.determiners
            or toks.lows[ts - 1] == "'s" or agency is not None or self._honorific(toks, ts - 1)
            or qualifier_before(toks, ts) is not None)
        if comma:
            te += 1
        elif te >= n or not toks.spaced[te]:
            return None
        name = self._name_at(toks, self._skip_honorific(toks, te))
        if name is None:
            return None
        (s, e), from_ner = name
        if comma and not (e >= n or toks.words[e] == "," or toks.boundary_before(e)):
            return None  # "the President, Congress and the courts": a list, no apposition
        return _Found(s, e, title, agency, ner=from_ner)

    def _of_previous_agency(self, toks: TextTokens, ts: int, te: int,
                            title: str) -> _Found | None:
        """"The AfCFTA Secretariat said ... . Secretary-General Wamkele Mene spoke": a job
        title that needs an agency, opening a sentence, takes the agency the sentence before
        named, when nothing after the name ties it elsewhere ("of", "at", "from")."""
        if any(toks.lows[k] in self.shapes.market_jobs for k in range(ts, te)):
            return None  # "Economist Jane Doe said": maybe a bank's, not the agency's
        prev = self._agency_before(ts)
        if prev is None or te >= len(toks):
            return None
        # "Deputy for Distribution and Services Statistics Pudji Ismartini said": a remit
        # in capitals joins the title
        r = next((r for r in self._remit_ends(toks, te) if toks.cap[r - 1] and r < len(toks)
                  and toks.spaced[r] and self._name_at(toks, r)), None)
        if r is not None:
            title = " ".join(toks.text[toks.starts[ts]:toks.ends[r - 1]].split())
            te = r
        if not toks.spaced[te]:
            return None
        name = self._name_at(toks, self._skip_honorific(toks, te))
        if name is None:
            return None
        (s, e), from_ner = name
        if e < len(toks) and toks.lows[e] in self.shapes.links:
            return None  # "Chief economist Jane Doe at UBS": another body's
        return _Found(s, e, title, prev, ner=from_ner)

    def _name_of_agency(self, toks: TextTokens, te: int, title: str) -> _Found | None:
        """"Chief economist Huw Pill of the Bank of England": a job title that needs an
        agency, the name, then "of"/"at" and the agency."""
        n = len(toks)
        if te >= n or not toks.spaced[te]:
            return None
        name = self._name_at(toks, self._skip_honorific(toks, te))
        if name is None:
            return None
        (s, e), from_ner = name
        k = e
        if k + 1 >= n or toks.lows[k] not in ("of", "at") or not toks.joined[k]:
            return None
        k += 1
        if toks.lows[k] == "the" and toks.joined[k]:
            k += 1
        agency = self._agency_start.get(k)
        if agency is None or not toks.joined[k]:
            return None
        return _Found(s, e, title, agency, ner=from_ner)

    def _signature(self, toks: TextTokens, ts: int, te: int, tie: int,
                   title: str) -> _Found | None:
        """A release signed with the name on one line and the title alone on the next
        ("Michael Atingi-Ego\nGovernor"); a job title that needs an agency takes the
        agency named last before it."""
        text, n = toks.text, len(toks)
        line_end = te >= n or "\n" in text[toks.ends[te - 1]:toks.starts[te]]
        if ts == 0 or not line_end or "\n" not in text[toks.ends[ts - 1]:toks.starts[ts]]:
            return None
        name = self._name_ending(toks, ts - 1)
        if name is None:
            return None
        (s, e), from_ner = name
        if s > 0 and "\n" not in text[toks.ends[s - 1]:toks.starts[s]]:
            return None  # the name must fill its line
        agency = None
        if tie > PUBLIC:
            agency = self._agency_before(s) if tie == AGENCY else None
            if agency is None:
                return None
        return _Found(s, e, title, agency, ner=from_ner)

    def _name_before_title(self, toks: TextTokens, ts: int, te: int, tie: int,
                           title: str) -> _Found | None:
        sh = self.shapes
        n = len(toks)
        signed = self._signature(toks, ts, te, tie, title)
        if signed is not None:
            return signed
        while te + 1 < n and toks.lows[te] == "and" and toks.joined[te] \
                and toks.lows[te + 1] in self.titles.starters:
            # "president and chief economist at Pinpoint": what follows the last title ties
            # them all
            more = self._title_at(toks, te + 1)
            if more is None:
                break
            te, tie = more[1], max(tie, more[2])
        lead = ts  # "Mohamed Maait, Egypt's former finance minister,": openers before a title
        while lead > 1 and toks.lows[lead - 1] in sh.openers \
                and toks.lows[lead - 1] not in sh.determiners and not toks.cap[lead - 1]:
            lead -= 1
        k = lead - 1
        agency = None
        reached = PUBLIC
        if k >= 0 and k in self._agency_end:  # "Wang Lingjun, GAC deputy head"
            agency = self._agency_end[k]
            k = self._agency_span[agency][0] - 1
        elif k >= 0 and toks.lows[k] == "'s" and k - 1 in self._agency_end:
            agency = self._agency_end[k - 1]
            k = self._agency_span[agency][0] - 1
        elif k > 0 and toks.lows[k] in self.shapes.agency_pronouns \
                and (idx := self._agency_before(k)) is not None:
            agency, reached = idx, AGENCY  # "Julio Velarde, its president, said"
            k -= 1
        elif (head := self._head_anaphor(toks, k, ts) if k > 0 and toks.lows[k] == "'s"
              else None) is not None:
            # "Kim Jong-hoon, the ministry's director-general for trade policy"
            reached, agency = head
            k -= 2
        elif k > 1 and (toks.lows[k] in self._heads or toks.lows[k] in sh.anaphor_heads) \
                and toks.cap[k] and toks.cap[k - 1] and toks.lows[k - 1] in sh.public_bodies:
            k -= 2  # "Lesetja Kganyago, the Reserve Bank governor,": the story's own bank
        else:
            q = qualifier_before(toks, lead)  # "India's finance minister"
            if q:
                reached = COUNTRY
                k = q[1] - 1
                if k >= 0 and toks.lows[k] == "the":
                    k -= 1
        if k >= 0 and toks.lows[k] in sh.determiners:
            k -= 1
        if k < 1 or toks.words[k] != ",":
            return None
        name = self._name_ending(toks, k - 1)
        if name is None:
            return None
        (s0, e0), _ = name
        if e0 - s0 == 1 and toks.boundary_before(s0) and toks.lows[s0].endswith("ly"):
            return None  # "Globally, the finance minister said": an adverb, not a name
        if s0 > 0 and not toks.cap[s0 - 1] and toks.lows[s0 - 1] in sh.not_after:
            return None  # "rose 5 percent in Poush, Finance Minister X said": a month
        name = ((self._without_honorifics(toks, s0, e0), e0), name[1])
        right = self._right_tie(toks, te)
        remit = self._remit_end(toks, te)
        if remit is not None and right is not None and right[1] is None:
            # "Setianto, the deputy for services statistics at BPS": the remit joins the title
            later = self._right_tie(toks, remit)
            if later is not None and later[1] is not None:
                right = later
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[remit - 1]].split())
        if right is None:
            return None
        agency = right[1] if right[1] is not None else agency
        reached = max(reached, right[0], AGENCY if agency is not None else PUBLIC)
        if reached < tie:
            return None
        (s, e), from_ner = name
        return _Found(s, e, title, agency, ner=from_ner)

    def _remit_ends(self, toks: TextTokens, te: int) -> list[int]:
        """Where a remit after a title ("for Distribution and Services Statistics", "of
        international statistics") may end: after a policy-area word ("statistics") or a
        lower-case word, at most five words on; [] when no "of"/"for" follows the title."""
        n = len(toks)
        if te >= n or toks.lows[te] not in ("of", "for") or not toks.joined[te]:
            return []
        out, areas = [], self.titles.areas
        m = te + 1
        while m < n and m - te <= 5 and toks.joined[m] and toks.words[m].isalpha() \
                and toks.lows[m] not in self.shapes.links and toks.lows[m] != "the":
            if toks.lows[m] in areas or (not toks.cap[m] and toks.lows[m] != "and"):
                out.append(m + 1)
            m += 1
        return out

    def _remit_end(self, toks: TextTokens, te: int, comma: bool = False) -> int | None:
        """End of a lower-case remit after a title ("for services and distribution
        statistics") that is followed by a link word ("at BPS"), or with `comma` by a comma
        and a capitalised word, or None."""
        n = len(toks)
        if te >= n or toks.lows[te] not in ("for", "of") or not toks.joined[te]:
            return None
        m = te + 1
        while m < n and m - te <= 6 and toks.joined[m] and not toks.cap[m] \
                and toks.words[m].isalpha() and toks.lows[m] not in self.shapes.links:
            m += 1
        if comma:
            return m if m > te + 1 and m + 1 < n and toks.words[m] == "," \
                and toks.joined[m] and toks.cap[m + 1] else None
        if m > te + 1 and m < n and toks.joined[m] and toks.lows[m] in self.shapes.links:
            return m
        return None
