"""OFFICIAL recognition without a statistical model: person names anchored to titles.

A name is a run of 1-4 capitalised words (particles "de", "van", "bin" inside) right after
a title ("GAC deputy head Wang Lingjun", "Vice Premier He Lifeng") or right before
", [a] title" ("Lyu Daliang, a spokesperson for the GAC"). Titles that also exist outside
government ("director", "economist") count only when tied to an AGENCY match, which keeps
"an economist at Capital Economics" out; a few ("Chief Executive") need at least a country
("Hong Kong Chief Executive John Lee"). Once a person is known, later mentions of the
surname ("Wang said") are officials too, with the first mention's name, title and agency.
Which word is the surname follows the naming tradition (models/name_shapes.json).

Beyond "title name" and "name, title": a title set off by commas ("the Economy Minister,
Sergio Massa,"; "the head of Statistics Indonesia, Amalia ..., said"), honorifics between title
and name ("Government Statistician Professor ..."), a remit before the agency ("Setianto, the
deputy for services statistics at BPS"), a generic body before the title ("ministry
spokesman", "the bureau's chief economist": the agency the story named with that word), jobs
named with an area only government has ("statistics senior manager"). Without a title: people
known to hold high office (the "!" lines of models/official_titles.txt) and "<Name>'s
government".

With a statistical pipeline, its NER is extra evidence (``find(..., persons=, non_persons=)``):
a PERSON span where a name is expected (after a title, or before ", title") is the name even
when it fails the shape checks ("Ruth NYAMBURA", "Nguyen Thi A") or goes beyond what the rules
saw, and a name overlapping another entity (ORG, GPE, NORP ...) is rejected ("Premier League
chairman": "League" is no official). Without these arguments nothing changes.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from tradeie.normalize.agencies.country import (
    country_table,
    dateline_cities,
    is_country_word,
    qualifier_before,
)
from tradeie.normalize.agencies.credits import credit_spans
from tradeie.normalize.agencies.gazetteer import AgencyMatch
from tradeie.normalize.agencies.lexicon import non_agency_spans
from tradeie.normalize.agencies.rules import (
    Check,
    check_count,
    check_fields,
    check_text,
    check_words,
    generic_heads,
)
from tradeie.normalize.agencies.text_tokens import (
    PhraseTable,
    TextTokens,
    text_tokens,
    tokenize_phrase,
)
from tradeie.resources import DataFileError, data_path, read_json, read_lines

TITLES = "official_titles.txt"
NAME_SHAPES = "name_shapes.json"

# What a title must be tied to before the name next to it counts as an official.
PUBLIC, COUNTRY, AGENCY = 0, 1, 2  # nothing / a country or an agency / an agency
_TIES = {"": PUBLIC, "@country": COUNTRY, "@agency": AGENCY}


@dataclass(frozen=True, slots=True)
class OfficialMatch:
    start: int
    end: int
    text: str  # the person's name as written here ("Wang Lingjun", "Wang")
    name: str  # full name (later mentions carry the first mention's full name)
    title: str | None  # as written: "deputy head", "Commerce Secretary"
    agency: int | None  # index into the agencies list passed to find()


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class _Titles:
    table: PhraseTable  # title phrase -> tie level (PUBLIC, COUNTRY, AGENCY)
    prefixes: frozenset[str]
    areas: frozenset[str]
    bases: frozenset[str]
    starters: frozenset[str]  # words a title can begin with
    public_areas: frozenset[str]  # area words only government uses ("statistics")
    known: PhraseTable  # full names of people known to hold public office


@cache
def _titles() -> _Titles:
    table = PhraseTable(any_case=True)
    known = PhraseTable()
    prefixes, areas, bases, public = set(), set(), set(), set()
    ties: dict[tuple[str, ...], int] = {}
    for line in read_lines(TITLES):
        if line[0] == "!":
            words = tokenize_phrase(line[1:])
            if len(words) < 2 or not words[0][0].isupper() or not words[-1][0].isalpha():
                raise DataFileError(f"{data_path(TITLES)}: {line!r}: a full name of two or "
                                    "more words, capitalised, expected")
            known.add(words, line[1:].strip(), case_sensitive=True)
            continue
        if line[0] in "^~=+":
            word = line[1:].strip().lower()
            if not word or " " in word:
                raise DataFileError(f"{data_path(TITLES)}: {line!r}: one word expected")
            {"^": prefixes, "~": areas, "=": bases, "+": public}[line[0]].add(word)
            continue
        title, _, flag = line.partition(" @")
        flag = "@" + flag if flag else ""
        words = tuple(w.lower() for w in tokenize_phrase(title))
        if not words or "@" in title or flag not in _TIES:
            raise DataFileError(f"{data_path(TITLES)}: {line!r}: not a title")
        if ties.get(words, _TIES[flag]) != _TIES[flag]:
            raise DataFileError(f"{data_path(TITLES)}: {title!r} is listed with two ties")
        ties[words] = _TIES[flag]
        table.add(words, _TIES[flag], case_sensitive=False)
    areas |= public
    starters = frozenset(prefixes | areas | set(table.ci_first))
    return _Titles(table, frozenset(prefixes), frozenset(areas), frozenset(bases), starters,
                   frozenset(public), known)


@dataclass(frozen=True, slots=True)
class _Shapes:
    particles: frozenset[str]
    max_tokens: int
    family_first: frozenset[str]
    vietnamese: frozenset[str]
    short_stop: frozenset[str]
    honorifics: frozenset[str]
    not_name: frozenset[str]
    openers: frozenset[str]
    links: frozenset[str]
    determiners: frozenset[str]
    leader_nouns: frozenset[str]
    public_bodies: frozenset[str]
    attributive_after: frozenset[str]
    country_nouns: frozenset[str]
    anaphor_heads: frozenset[str]


SHAPE_FIELDS: dict[str, Check] = {
    "version": check_count, "comment": check_text, "max_name_tokens": check_count,
    **{key: check_words for key in (
        "particles", "family_name_first", "family_name_first_vietnamese", "short_ref_stop",
        "title_openers", "title_links", "determiners", "honorifics", "not_name_words",
        "leader_nouns", "public_bodies", "attributive_after", "country_nouns",
        "anaphor_heads",
    )},
}


@cache
def _shapes() -> _Shapes:
    raw = read_json(NAME_SHAPES)
    check_fields(raw, NAME_SHAPES, SHAPE_FIELDS)

    def words(key: str) -> frozenset[str]:
        return frozenset(_key(v).lower() for v in raw[key])

    return _Shapes(
        particles=words("particles"),
        max_tokens=raw["max_name_tokens"],
        family_first=words("family_name_first"),
        vietnamese=words("family_name_first_vietnamese"),
        short_stop=words("short_ref_stop"),
        honorifics=words("honorifics"),
        not_name=words("not_name_words"),
        openers=words("title_openers"),
        links=words("title_links"),
        determiners=words("determiners"),
        leader_nouns=words("leader_nouns"),
        public_bodies=words("public_bodies"),
        attributive_after=words("attributive_after"),
        country_nouns=words("country_nouns"),
        anaphor_heads=words("anaphor_heads"),
    )


def _key(word: str) -> str:
    keys = tokenize_phrase(word)
    return keys[0] if keys else word


def _cased(word: str) -> str:
    """"NYAMBURA" -> "Nyambura"; other words unchanged."""
    return word.capitalize() if len(word) > 1 and word.isupper() else word


# --------------------------------------------------------------------------- finder


@dataclass(slots=True)
class _Found:
    start: int  # token indices of the name, end exclusive
    end: int
    title: str | None
    agency: int | None
    name: str = ""
    ner: bool = False  # delimited by a PERSON entity rather than by the shape rules


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


class _Scan:
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
                continue  # a title word inside an agency name or a credit line
            title = " ".join(text[toks.starts[ts]:toks.ends[te - 1]].split())
            for hit in (self._title_before_name(toks, ts, te, tie, title),
                        self._name_before_title(toks, ts, te, tie, title)):
                if hit is not None and hit.start not in found:
                    found[hit.start] = hit
        for hit in (*self._known_names(toks), *self._leaders(toks)):
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
        if found is None and k > i:
            found = self._core_title(toks, i)
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
            if not ((toks.lows[end - 1] in t.bases or toks.lows[end - 1] in t.areas)
                    and end + 1 < n and toks.lows[end] in ("of", "for") and toks.joined[end]):
                break
            m = end + 1
            if m < n and toks.lows[m] == "the" and toks.joined[m]:
                m += 1
            last = None
            while m < n and toks.joined[m] and (
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

    def _particle_joined(self, toks: TextTokens, k: int) -> bool:
        """"al-Jadaan", "el-Sisi", "bin-Salman": a particle hyphened to a name word."""
        head, _, rest = toks.words[k].partition("-")
        return bool(rest) and rest[0].isupper() and head.lower() in self.shapes.particles \
            and not self._blocked[k] and any(c.islower() for c in rest)

    def _initial(self, toks: TextTokens, k: int) -> bool:
        """A middle initial ("H", "H.") between two name words."""
        w = toks.words[k]
        if len(w) != 1 or not w.isupper() or self._blocked[k] or k + 1 >= len(toks):
            return False
        gap = toks.text[toks.ends[k]:toks.starts[k + 1]]
        return gap in (" ", ". ") and self._name_token(toks, k + 1)

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
        if k + 1 < n and self._initial(toks, k):  # "V. Anantha Nageswaran"
            rest = self._name_after(toks, k + 1)
            return (k, rest[1]) if rest else None
        if k >= n or not (self._name_token(toks, k) or self._surname_first(toks, k)):
            return None
        end = k + 1
        words = 1
        m = k + 1
        while m < n and toks.spaced[m] and words < sh.max_tokens:
            if self._name_token(toks, m) or self._particle_joined(toks, m):
                words += 1
                end = m + 1
                m += 1
                continue
            if words < sh.max_tokens - 1 and self._initial(toks, m):
                words += 2  # "Ahsan H Mansur", "Jerome H. Powell": the initial and the next
                end = m + 2
                m += 2
                continue
            p = m  # particles: "von der Leyen", "bin Abdul"
            while p < n and toks.spaced[p] and not toks.cap[p] and toks.lows[p] in sh.particles:
                p += 1
            if p == m or p >= n or not toks.spaced[p] or not self._name_token(toks, p):
                break
            m = p
        return k, end

    def _name_before(self, toks: TextTokens, j: int) -> tuple[int, int] | None:
        """The name ending at token j (inclusive), standing alone: (start, end exclusive)."""
        sh = self.shapes
        if j < 0 or not self._name_token(toks, j):
            return None
        start = j
        words = 1
        m = j - 1
        while m >= 0 and toks.spaced[m + 1]:
            if self._name_token(toks, m) or self._surname_first(toks, m):
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
            e = found[0][1]
            if e < len(toks) and toks.joined[e] and toks.cap[e] and len(toks.words[e]) <= 4 \
                    and toks.lows[e] in self.shapes.not_name:
                return None  # a title-case headline: "Trade Minister Warns Of Slowdown"
        return found

    def _name_ending(self, toks: TextTokens, j: int) -> tuple[tuple[int, int], bool] | None:
        """The name ending at token j (before ", title"): (span, from NER)."""
        return self._with_ner(toks, self._name_before(toks, j), self._person_span(toks, j, j))

    # -- patterns ----------------------------------------------------------------------

    def _left_tie(self, toks: TextTokens, ts: int) -> tuple[int, int | None] | None:
        """What stands right before a title: (tie level reached, agency index), or None
        when it is an organisation that is no agency."""
        sh = self.shapes
        p = ts - 1
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
        head = self._head_anaphor(toks, p, ts)
        if head is not None:
            return head
        if self._orgs[p]:
            return None
        if toks.cap[p] and toks.lows[p] not in sh.openers and toks.lows[p] not in sh.determiners:
            return None  # an organisation we do not know, maybe a company
        return PUBLIC, None

    def _latest_agency(self, head: str, before: int) -> int | None:
        """The last agency ending before token `before` whose name has the word `head`."""
        for idx in sorted(self._agency_span, key=lambda a: -self._agency_span[a][0]):
            if self._agency_span[idx][1] <= before \
                    and head in self._agencies[idx].name.lower().split():
                return idx
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
        if toks.cap[p] and not toks.boundary_before(p) and not (
                p > 0 and toks.lows[p - 1] in self.shapes.determiners):
            return None  # "Sales Department head": a named body we do not know
        idx = self._latest_agency(toks.lows[p], ts)
        if idx is not None and self._last_org[p] >= self._agency_span[idx][1]:
            idx = None  # "Goldman Sachs ... the bank's chief economist": the company's
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
        while p >= 0 and words < 3 and toks.joined[p + 1] and toks.cap[p] \
                and not self._blocked[p] and not is_country_word(toks, p):
            p -= 1
            words += 1
        if words and p >= 0 and toks.joined[p + 1]:
            if p in self._agency_end:
                return p + 1, self._agency_end[p]
            if toks.lows[p] == "'s" and p - 1 in self._agency_end:
                return p + 1, self._agency_end[p - 1]
        return None

    def _agency_then_comma(self, toks: TextTokens, te: int) -> tuple[int, int] | None:
        """"of Statistics Indonesia," after a title, or "of BPS" right before a name:
        (agency index, token after the agency)."""
        n = len(toks)
        if te + 2 >= n or toks.lows[te] not in ("of", "at") or not toks.joined[te]:
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

    def _skip_honorific(self, toks: TextTokens, k: int) -> int:
        """"Government Statistician Professor Samuel Annim", "Dr Law Chi-kwong": the name
        starts after an honorific."""
        for _ in range(4):  # "Datuk Seri Mohd Uzir", "Tengku Datuk Seri Utama Zafrul"
            if k + 1 < len(toks) and toks.cap[k] and toks.lows[k] in self.shapes.honorifics:
                gap = toks.text[toks.ends[k]:toks.starts[k + 1]]
                if gap and gap.strip() in ("", ".") and "\n" not in gap:
                    k += 1
        return k

    def _title_before_name(self, toks: TextTokens, ts: int, te: int, tie: int,
                           title: str) -> _Found | None:
        n = len(toks)
        left = self._left_tie(toks, ts)
        if left is None:
            run = self._agency_run(toks, ts)
            if run is not None:
                ts, left = run[0], (AGENCY, run[1])
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[te - 1]].split())
        if left is not None and left[1] is None:
            of_agency = self._agency_then_comma(toks, te)
            if of_agency is not None:  # "the head of Statistics Indonesia, Amalia ..., said"
                left, te = (AGENCY, of_agency[0]), of_agency[1]
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[te - 1]].split())
        if left is None or left[0] < tie:
            return None
        agency = left[1]
        if te < n and toks.lows[te] in ("of", "for") and toks.joined[te] and agency is not None:
            # "ABS head of national accounts Katherine Keenan": the remit joins the title
            m = te + 1
            while m < n and m - te <= 4 and toks.joined[m] and not toks.cap[m] \
                    and toks.words[m].isalpha():
                m += 1
            if m > te + 1 and m < n and toks.spaced[m] and self._name_at(toks, m):
                title = " ".join(toks.text[toks.starts[ts]:toks.ends[m - 1]].split())
                te = m
        # "the Economy Minister, Sergio Massa, said": a name set off by commas
        comma = te + 1 < n and toks.words[te] == "," and toks.joined[te + 1] and (
            toks.boundary_before(ts) or toks.lows[ts - 1] in self.shapes.determiners
            or toks.lows[ts - 1] == "'s" or agency is not None
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

    def _name_before_title(self, toks: TextTokens, ts: int, te: int, tie: int,
                           title: str) -> _Found | None:
        sh = self.shapes
        n = len(toks)
        while te + 1 < n and toks.lows[te] == "and" and toks.joined[te] \
                and toks.lows[te + 1] in self.titles.starters:
            # "president and chief economist at Pinpoint": what follows the last title ties
            # them all
            more = self._title_at(toks, te + 1)
            if more is None:
                break
            te, tie = more[1], max(tie, more[2])
        k = ts - 1
        agency = None
        reached = PUBLIC
        if k >= 0 and k in self._agency_end:  # "Wang Lingjun, GAC deputy head"
            agency = self._agency_end[k]
            k = self._agency_span[agency][0] - 1
        elif k >= 0 and toks.lows[k] == "'s" and k - 1 in self._agency_end:
            agency = self._agency_end[k - 1]
            k = self._agency_span[agency][0] - 1
        elif (head := self._head_anaphor(toks, k, ts) if k > 0 and toks.lows[k] == "'s"
              else None) is not None:
            # "Kim Jong-hoon, the ministry's director-general for trade policy"
            reached, agency = head
            k -= 2
        else:
            q = qualifier_before(toks, ts)  # "India's finance minister"
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

    def _remit_end(self, toks: TextTokens, te: int) -> int | None:
        """End of a lower-case remit after a title ("for services and distribution
        statistics") that is followed by a link word ("at BPS"), or None."""
        n = len(toks)
        if te >= n or toks.lows[te] not in ("for", "of") or not toks.joined[te]:
            return None
        m = te + 1
        while m < n and m - te <= 6 and toks.joined[m] and not toks.cap[m] \
                and toks.words[m].isalpha() and toks.lows[m] not in self.shapes.links:
            m += 1
        if m > te + 1 and m < n and toks.joined[m] and toks.lows[m] in self.shapes.links:
            return m
        return None

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

    # -- later mentions ----------------------------------------------------------------

    def _refs(self, toks: TextTokens, f: _Found) -> list[tuple[str, ...]]:
        sh = self.shapes
        keys = tuple(k for k in toks.keys[f.start:f.end] if k.lower() not in sh.particles)
        full = tuple(toks.keys[f.start:f.end])
        refs = [full]
        particle = next((i for i, k in enumerate(full) if k in sh.particles), None)
        if particle:  # "von der Leyen", "Von der Leyen"
            tail = full[particle:]
            refs += [tail, (tail[0].capitalize(), *tail[1:])]
        if len(keys) >= 2:
            first = keys[0].lower()
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
        if f.ner:  # "Ruth NYAMBURA" is "Nyambura" later on; "Nguyen Thi A" is not "A"
            refs += [cased for ref in refs
                     if (cased := tuple(_cased(w) for w in ref)) != ref]
            refs = [r for r in refs if len(r) > 1 or (len(r[0]) > 1
                                                      and r[0].lower() not in sh.determiners)]
        return refs

    def _with_later_mentions(self, toks: TextTokens, found: list[_Found]) -> list[OfficialMatch]:
        sh = self.shapes
        text = toks.text
        people: list[_Found] = []  # first mentions, in text order
        owners: dict[tuple[str, ...], set[int]] = {}
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
            f.name = " ".join(text[toks.starts[f.start]:toks.ends[f.end - 1]].split())
            people.append(f)
            for ref in self._refs(toks, f):
                owners.setdefault(ref, set()).add(len(people) - 1)
        out = list(found)
        lengths = sorted({len(r) for r in owners}, reverse=True)
        first_words = {r[0] for r in owners}
        other = self._other or self._blocked  # tokens inside another named entity
        for k, key in enumerate(toks.keys):
            if key not in first_words or taken[k] or self._blocked[k] or not toks.cap[k] \
                    or other[k]:
                continue
            for length in lengths:
                ref = tuple(toks.keys[k:k + length])
                who = owners.get(ref)
                if not who or len(who) != 1 or len(ref) != length:
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
                ):
                    continue
                for m in range(k, end):
                    taken[m] = True
                out.append(_Found(k, end, person.title, person.agency, person.name))
                break
        out.sort(key=lambda f: f.start)
        return [
            OfficialMatch(toks.starts[f.start], toks.ends[f.end - 1],
                          text[toks.starts[f.start]:toks.ends[f.end - 1]],
                          f.name, f.title, f.agency)
            for f in out
        ]
