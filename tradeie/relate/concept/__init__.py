"""What a figure measures and whose it is, from the words of its sentence.

``describe`` gives, for one figure, the words naming what it measures (the ``metric_text`` of
an ``other`` fact: "revenue guidance", "tax on imported vehicles") and the entity it belongs
to (the fact's ``subject``: "Apple", "The Dow Jones Industrial Average"), as offsets into
the text. It works on the words alone (the default pipeline has no parser): a sentence is cut
into clauses at punctuation, clause words ("while", "where") and reporting verbs; a clause's
words are grouped into noun phrases between function words and verbs (word lists in
``models/concepts.json``); then, in this order, the measured thing is

- the noun phrase after "<figure> of" ("1% of their earnings"),
- the noun phrase the figure modifies ("a 25% tax on imported vehicles"),
- the noun phrase before "of <figure>" ("a fine of $3 billion"),
- the object of the clause's verb ("lowered its revenue guidance to $84 billion"),
- else the clause's subject ("The DAX rose 1%").

The subject is the owner of a possessive ("Apple's revenue", "its" -> the clause subject), the
Y of "<measure noun> of Y" ("the price of Brent crude"), else the clause's subject when it is
not itself a measure noun; pronouns take the last subject named before them in the sentence.
A clause without a noun phrase before its figure ("..., down from $89 billion") takes the
result of the clause before it. ``describe_facts`` keeps no subject that is or holds an
economy (the fact's reporter says it), a date, an agency or an official; beside a metric id
only a capitalised name is kept. Cost: one tokenisation per sentence, then a walk of the
figure's clause (tokens and figures found by bisect: linear in the figures of a sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any

from tradeie.resources import DataFileError, data_path, read_json

_LISTS = ("determiners", "possessive_pronouns", "pronouns", "prepositions", "clause_words",
          "reporting_verbs", "verbs", "adverbs", "measure_nouns", "change_nouns", "empty_heads",
          "ly_words", "time_nouns", "number_words", "copulas", "modals")

# an abbreviation with its last full stop ("U.S.", "U.K."), a word, or one other character
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w(?:[\w&'’.\-/]*\w)?|[^\w\s]")
_BREAK_PUNCT = frozenset(";:,()[]—–\"“”/")  # ("/TASS/. Russia's exports": a dateline)
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_PP_JOIN = frozenset({"from", "to", "in", "for", "on", "at", "with", "per"})
_PARTICLES = frozenset({"up", "down", "out", "off"})
_NAME_JOINERS = frozenset({"and", "of", "the", "de", "&"})  # lower-case words inside names
_RESOLVE_CLAUSES = 12  # how many clauses back a pronoun or a bare clause looks for a subject
# a count that names the set it is taken from: "one of the people", "two of Acme's plants"
_PART_OF = re.compile(r"\S+\s+of\s+(?:the|my|his|her|its|their|our|your|these|those|"
                      r"[\w&.\-]+['’]s)\b", re.I)
_LIST_MAX = 8  # the longest list of figures "respectively" pairs (a bounded walk)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had",
                          "will", "would", "could", "can", "may", "might", "must", "should"})


@dataclass(frozen=True, slots=True)
class Words:
    determiners: frozenset[str]
    possessive_pronouns: frozenset[str]
    pronouns: frozenset[str]
    prepositions: frozenset[str]
    clause_words: frozenset[str]
    reporting_verbs: frozenset[str]
    verbs: frozenset[str]
    adverbs: frozenset[str]
    measure_nouns: frozenset[str]
    change_nouns: frozenset[str]
    empty_heads: frozenset[str]
    ly_words: frozenset[str]
    time_nouns: frozenset[str]
    number_words: frozenset[str]
    copulas: frozenset[str]  # "is", "remains": one bare word after them is an adjective
    modals: frozenset[str]  # "can", "will": the word after them is a verb


@cache
def words() -> Words:
    """models/concepts.json, validated: every list present, lower-case single words."""
    data = read_json("concepts.json")
    path = data_path("concepts.json")
    lists = {}
    for key in _LISTS:
        items = data.get(key)
        if not isinstance(items, list) or not items:
            raise DataFileError(f"{path}: {key!r} must be a non-empty list of words")
        for item in items:
            if not isinstance(item, str) or not item or item != item.strip().lower() \
                    or " " in item:
                raise DataFileError(f"{path}: {key!r}: {item!r} is not one lower-case word")
        lists[key] = frozenset(items)
    unknown = set(data) - set(_LISTS) - {"_comment"}
    if unknown:
        raise DataFileError(f"{path}: unknown key(s) {sorted(unknown)}")
    return Words(**lists)


def _drop_asides(toks: list[_Tok]) -> list[_Tok]:
    """Without short brackets of words ("West Texas Intermediate (WTI) peaked", "Ford (F)
    has"): an acronym or ticker would cut the phrase before it from its verb."""
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text == "(":
            close = next((j for j in range(i + 1, min(len(toks), i + 5))
                          if toks[j].text == ")"), None)
            if close is not None and close > i + 1 and all(
                    u.kind != _FIG for u in toks[i + 1:close]):
                i = close + 1
                continue
        out.append(t)
        i += 1
    return out


# token kinds
_FIG, _PUNCT, _NUM, _DET, _POSS, _PRON, _PREP, _CLAUSE, _VERB, _ADV, _CONTENT = range(11)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    kind: int


@dataclass(slots=True)
class _Phrase:
    first: int  # token indices, inclusive
    last: int
    after: int  # kind of the token before the phrase (_CLAUSE at a clause start)
    owner: int | None = None  # index of the last token of a possessive owner in the phrase


class Sentence:
    """One sentence's tokens, classified once; ``describe`` reads figures from it."""

    def __init__(self, text: str, bounds: tuple[int, int],
                 figures: list[tuple[int, int]]) -> None:
        self.text = text
        self.w = words()
        # a sentence written all in lower case ("the sp 500 fell 2%"): case marks no names
        self.caseless = text[bounds[0]:bounds[1]].islower()
        figs = sorted(f for f in figures if bounds[0] <= f[0] < bounds[1])
        toks: list[_Tok] = []
        k = 0
        for m in _TOKEN.finditer(text, bounds[0], bounds[1]):
            s, e = m.span()
            while k < len(figs) and figs[k][1] <= s:
                k += 1
            if k < len(figs) and figs[k][0] < e:
                if toks and toks[-1].kind == _FIG and toks[-1].start == figs[k][0]:
                    toks[-1].end = max(toks[-1].end, e)
                    continue
                toks.append(_Tok(figs[k][0], e, m.group(), _FIG))
                continue
            toks.append(_Tok(s, e, m.group(), self._kind(m.group(), toks)))
        for k, t in enumerate(toks[:-1]):
            # "Musk uses his account", "the city hosts 40 events": a verb after a noun when
            # an object or a figure follows
            if t.kind == _CONTENT and k > 0 and t.text.islower() and t.text.endswith("s") \
                    and not t.text.endswith(("ss", "'s", "’s")) and \
                    toks[k - 1].kind == _CONTENT and toks[k + 1].kind in (
                        _DET, _POSS, _PRON, _FIG, _NUM):
                t.kind = _VERB
                continue
            # a gerund opening a clause is a noun unless an object follows ("wiping $340m")
            if t.kind == _CONTENT and t.text.endswith("ing") and t.text.islower() and \
                    toks[k + 1].kind in (_DET, _POSS, _FIG, _NUM):
                t.kind = _VERB
        self.toks = _drop_asides(toks)
        self.respectively = any(t.text.lower() == "respectively" for t in self.toks)
        self.starts = [t.start for t in self.toks]
        self.cache: dict[int, tuple[_Phrase | None, _Phrase | None]] = {}
        self.local: set[int] = set()  # figures whose metric words are right beside them

    def _kind(self, word: str, before: list[_Tok]) -> int:
        w = self.w
        if not word[0].isalnum():
            return _PUNCT
        low = word.lower()
        if "-" in word and (word[0].isdigit() or low.split("-", 1)[0] in w.number_words):
            return _ADV  # "a five-year journey", "a 185-hp engine": a modifier, not a name
        if word[0].isdigit():
            # a number in a name ("S&P 500", "Note 20", "sp 500" in a lower-case sentence),
            # else a number that breaks a phrase
            return _CONTENT if before and before[-1].kind == _CONTENT and \
                (any(c.isupper() for c in before[-1].text) or self.caseless) else _NUM
        if before and before[-1].kind == _FIG and len(before) > 1 and \
                before[-2].kind == _DET and low in w.verbs and low not in _AUXILIARIES:
            return _CONTENT  # "a 5 kilometre run", "a $3 billion fine"
        if low in w.change_nouns and before and before[-1].kind in (_FIG, _DET, _POSS):
            return _CONTENT  # "a 5% increase", "the rise"
        if low in w.determiners:
            return _DET
        if low in w.possessive_pronouns:
            return _POSS
        if low in w.pronouns:
            return _PRON
        if low in w.clause_words:
            return _CLAUSE
        if low in w.reporting_verbs:
            # "its sales forecast", "the estimate": a noun after a noun or determiner
            return _CONTENT if low in w.measure_nouns and before and before[-1].kind in (
                _CONTENT, _DET, _POSS) else _CLAUSE
        if low in w.prepositions:
            return _PREP
        if low in w.verbs and (low not in w.measure_nouns or before and (
                before[-1].text.lower() in _AUXILIARIES or before[-1].text.lower() == "to")):
            # after a determiner a verb form is a noun ("a range of", "the cut"); capitalised
            # inside a sentence it is part of a name ("Dow Jones Industrial Average")
            return _CONTENT if before and (before[-1].kind in (_DET, _POSS) or
                                           word[0].isupper()) and \
                low not in _AUXILIARIES else _VERB
        if before and before[-1].text.lower() in w.modals and word.islower() and \
                low not in w.adverbs and low not in _AUXILIARIES:
            return _VERB  # after "can", "will": a verb whether listed or not ("can fly")
        if low in w.adverbs:
            return _ADV
        if word.islower() and low.endswith("ly") and len(low) > 4 and \
                low not in w.ly_words:
            return _ADV
        if word.islower() and low.endswith(("ed", "ing")) and len(low) > 3 and not (
                before and before[-1].kind in (_DET, _POSS, _PREP)) and not (
                low.endswith("ing") and (not before or before[-1].kind == _CLAUSE)):
            # a participle ("..., ranging from"); after a determiner or preposition an
            # adjective; opening a sentence or after "while" a gerund ("Spending rose 4%")
            return _VERB
        return _CONTENT

    # -- clauses and phrases --------------------------------------------------------------

    def _index_of(self, start: int) -> int:
        return bisect_left(self.starts, start)

    def _clause_start(self, i: int) -> int:
        """Index of the first token of the clause that token ``i`` is in."""
        toks = self.toks
        j = i - 1
        while j >= 0:
            t = toks[j]
            if t.kind == _FIG or t.kind == _PUNCT and t.text in _BREAK_PUNCT or \
                    t.kind == _CLAUSE and \
                    t.text.lower() not in ("and", "or") or \
                    t.text.lower() in ("and", "or") and j > 0 and toks[j - 1].kind == _FIG:
                return j + 1
            j -= 1
        return 0

    def _phrases(self, lo: int, hi: int) -> list[_Phrase]:
        """Noun phrases among tokens [lo, hi): a determiner or possessive, then content
        words, joined by 'of' and '&'; a pronoun is a phrase of its own."""
        toks = self.toks
        out: list[_Phrase] = []
        i = lo
        while i < hi:
            t = toks[i]
            # what the phrase follows, past adverbs ("revised its three-year forecast") and
            # a verb's particle ("bring down the rate")
            k = i - 1
            while k >= lo and (toks[k].kind in (_ADV, _DET, _POSS) and k < i - 1 or
                               toks[k].kind == _ADV or toks[k].text.lower() in _PARTICLES
                               and k > lo and toks[k - 1].kind == _VERB):
                k -= 1
            prev = toks[k].kind if k >= lo else _CLAUSE
            if t.kind == _PRON:
                out.append(_Phrase(i, i, prev))
                i += 1
                continue
            if t.kind not in (_DET, _POSS, _CONTENT):
                i += 1
                continue
            j = i
            owner = i if t.kind == _POSS or t.text.endswith(_POSSESSIVE) else None
            last = i if t.kind == _CONTENT else None
            j += 1
            while j < hi:
                u = toks[j]
                if u.kind == _CONTENT:
                    last = j
                    if u.text.endswith(_POSSESSIVE):
                        owner = j
                elif not self._joins(j, hi):
                    break
                j += 1
            if last is not None and toks[last].text.lower() not in self.w.time_nouns and \
                    not (i == last and t.text.islower() and self._after_copula(i)):
                # (a date, "20 June", "the first quarter", is when, never what or whose;
                # one bare word after "is" is a predicate adjective: "was impressive")
                out.append(_Phrase(i, last, prev, owner if owner is not None and
                                   owner < last else None))
            i = max(j, i + 1)
        return out

    def _after_copula(self, i: int) -> bool:
        """Whether token ``i`` follows "is" past adverbs ("was just as impressive")."""
        k = i - 1
        while k >= 0 and (self.toks[k].kind == _ADV or self.toks[k].text.lower() in (
                "as", "so", "too", "very", "quite", "not")):
            k -= 1
        return k >= 0 and self.toks[k].text.lower() in self.w.copulas

    def _joins(self, j: int, hi: int) -> bool:
        """Whether token ``j`` (not a content word) continues a noun phrase: "of" before a
        phrase, a determiner after "of", "&", "and" between content words ("goods and
        services", not "sales and profit rose")."""
        toks = self.toks
        u = toks[j]
        low = u.text.lower()
        nxt = toks[j + 1] if j + 1 < hi else None
        if low == "of":
            return nxt is not None and nxt.kind in (_CONTENT, _DET, _POSS)
        if u.kind in (_DET, _POSS):
            return toks[j - 1].text.lower() == "of"
        if low in ("&", "-"):
            return True
        if low == "and" and nxt is not None and nxt.kind == _CONTENT and \
                toks[j - 1].kind == _CONTENT:
            after = toks[j + 2] if j + 2 < hi else None
            return after is None or after.kind != _VERB
        return False

    def _span(self, first: int, last: int) -> tuple[int, int]:
        return self.toks[first].start, self.toks[last].end

    def _head(self, p: _Phrase) -> str:
        return self.toks[p.last].text.lower()

    # -- one figure -----------------------------------------------------------------------

    def is_local(self, fig_start: int) -> bool:
        """Whether the figure's metric words were found right beside it ("a fine of",
        "1% of", "a 25% tax"): stronger than a metric word named earlier in the sentence."""
        i = self._index_of(fig_start)
        return i in self.local

    def is_noun_phrase(self, words_: str, fig_start: int) -> bool:
        """Whether ``words_``, the last words written before the figure (the linker's window
        of its clause, punctuation stripped), read as a noun phrase: no verb, clause word,
        pronoun, number or figure in them, and no preposition, determiner or adverb last
        ("Vecturas shares rose", "contract was up 19 cents at" are not)."""
        i = self._index_of(fig_start)
        n = len(_TOKEN.findall(words_))
        if not n:
            return False
        toks = [t for t in self.toks[:i] if t.kind != _PUNCT][-n:]
        if len(toks) < n:
            return False
        if any(t.kind in (_VERB, _CLAUSE, _PRON, _NUM, _FIG) for t in toks):
            return False
        return toks[-1].kind == _CONTENT

    def describe(self, fig_start: int) -> tuple[tuple[int, int] | None,
                                                 tuple[int, int] | None]:
        """(metric span, subject span) for the figure starting at ``fig_start``."""
        i = self._index_of(fig_start)
        if i >= len(self.toks) or self.toks[i].kind != _FIG:
            return None, None
        return self._describe(i)

    def _subject_of(self, lo: int, limit: int | None = None) -> _Phrase | None:
        """The subject of the clause starting at token ``lo``: the first phrase not after a
        preposition; a pronoun resolves to the subject of an earlier clause."""
        hi = lo
        toks = self.toks
        while hi < len(toks) and toks[hi].kind not in (_VERB, _FIG) and not (
                hi > lo and (toks[hi].kind == _CLAUSE and toks[hi].text.lower() not in (
                    "and", "or") or toks[hi].kind == _PUNCT and toks[hi].text in _BREAK_PUNCT)):
            hi += 1
        if limit is not None:
            hi = min(hi, limit)  # a pronoun resolves only to words before it
        phrases = self._phrases(lo, hi)
        for k, p in enumerate(phrases):
            if p.after == _PREP:
                continue
            if toks[p.first].kind == _PRON:
                return self._resolve(p.first)
            # with the prepositional phrases right after it: "Revenue from mainland China"
            for q in phrases[k + 1:k + 3]:
                if q.first != p.last + 2 or toks[p.last + 1].text.lower() not in _PP_JOIN \
                        or self._head(q) in self.w.time_nouns:
                    break  # "Revenue from China", not "Revenue in the quarter"
                p = _Phrase(p.first, q.last, p.after, p.owner)
            return p
        phrases = self._phrases(lo, hi)
        if phrases and toks[lo].text.lower() == "with" and phrases[0].first == lo + 1:
            return phrases[0]  # "with the Stoxx 600 index advancing 1.7%"
        if phrases and hi < len(toks) and toks[hi].kind == _VERB and phrases[-1].last == hi - 1:
            return phrases[-1]  # "in europe the dax fell 0.4%": the words before the verb
        return None

    def _resolve(self, i: int) -> _Phrase | None:
        """The subject of the nearest clause before token ``i`` that has one."""
        lo = self._clause_start(i)
        for _ in range(_RESOLVE_CLAUSES):  # a bounded look back: no quadratic walk in tables
            if lo <= 0:
                break
            nxt = self._clause_start(lo - 1)
            if nxt >= lo:
                return None
            lo = nxt
            p = self._subject_of(lo, i)
            if p is not None:
                return p
        return None

    def _describe(self, i: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        if i in self.cache:
            got = self.cache[i]
        else:
            got = self.cache[i] = self._find(i)
        metric, subject = got
        paired = self._respectively(i)
        if paired is not None:
            subject = paired  # (after the cache: a later figure of the list inherits)
        w = self.w
        msp = self._span(metric.first if metric.owner is None else metric.owner + 1,
                         metric.last) if metric else None
        if metric is not None and self.toks[metric.first].kind in (_POSS,) and \
                metric.owner == metric.first:
            msp = self._span(metric.first + 1, metric.last)
        ssp = None
        if subject is not None and subject.owner is not None and \
                self.toks[subject.owner].kind == _POSS:
            subject = self._resolve(subject.owner)  # "its shares": whose
            if subject is not None and subject.owner is not None and \
                    self.toks[subject.owner].kind == _POSS:
                subject = None
        if subject is not None:
            first = subject.first
            if self.toks[first].kind == _DET and first < subject.last:
                first += 1
                if self.toks[first].text.lower() == "of" and first < subject.last:
                    first += 1  # "Each of Whinstone's buildings"
            last = subject.owner if subject.owner is not None else subject.last
            # the head before any prepositional phrase: "Sales in the sector" is a measure
            k = subject.first
            while k < subject.last and not (self.toks[k + 1].kind == _PREP and
                                            self.toks[k + 1].text.lower() != "of"):
                k += 1
            head = self.toks[k].text.lower()
            # a measure noun is no subject when it is what the figure measures ("Sales rose
            # 5%"), but it is whose another phrase is ("The stock offers a dividend yield of
            # 4%") and what a bare change noun changed ("Sales ..., a 3% drop")
            keep = metric is not None and head not in w.empty_heads and (
                metric.last < subject.first or subject.last < metric.first)
            if subject.owner is None and head in w.measure_nouns | w.change_nouns and \
                    not keep:
                ssp = None
            else:
                s, e = self._span(first, last)
                word = self.text[s:e]
                for suffix in _POSSESSIVE:
                    if word.endswith(suffix) and e - s > len(suffix):
                        e -= len(suffix) - (1 if suffix.startswith("s") else 0)
                        break
                ssp = (s, e)
        return msp, ssp

    def _inherit(self, lo: int) -> tuple[_Phrase | None, _Phrase | None] | None:
        """What the clause starting at token ``lo`` continues: the phrase before "which"
        ("a market, which was valued at ..."), the figure before it ("rose 1% to 27,349"),
        the phrase before its comma ("Unite Group, down 68p"), else an earlier subject."""
        toks = self.toks
        t = toks[lo - 1]
        if t.text.lower() in ("which", "that", "who") and lo > 1:
            end = lo - 2 if toks[lo - 2].text == "," else lo - 1
            prev = self._phrases(self._clause_start(end), end)
            return (prev[-1], prev[-1]) if prev else None
        for j in (lo - 1, lo - 2):
            if j >= 0 and toks[j].kind == _FIG:
                got = self.cache.get(j)
                if got is None:
                    got = self.cache[j] = self._find(j)
                return got
        if t.kind == _PUNCT and t.text == "," and lo > 1:
            ps = self._clause_start(lo - 1)
            if ps > 1 and toks[ps - 1].text.lower() in ("which", "who") and \
                    toks[ps - 2].text == ",":
                # "The material, which is made of carbon, reached 113 GPa": the phrase
                # before the relative clause
                prev = self._phrases(self._clause_start(ps - 2), ps - 2)
                if prev:
                    return prev[-1], prev[-1]
            prev = self._phrases(ps, lo - 1)
            if prev and prev[-1].last == lo - 2 and prev[-1].after != _PREP:
                if prev[-1].after == _VERB:
                    # "X has a larger battery, 4500 mAh": the battery, and X's
                    return prev[-1], self._subject_of(ps) or prev[-1]
                return prev[-1], prev[-1]  # "Unite Group, down 68p"
        subject = self._resolve(lo)
        return (subject, subject) if subject is not None else None

    def _find(self, i: int) -> tuple[_Phrase | None, _Phrase | None]:
        toks, w = self.toks, self.w
        part = _PART_OF.match(self.text, toks[i].start, toks[i].end)
        if part is not None:
            # "one of the people responsible for ...": the figure names what it counts (its
            # unit); the words after it only qualify that set
            return None, None
        lo = self._clause_start(i)
        metric: _Phrase | None = None
        # "<figure> of <phrase>": a share of something; "8 miles (13 km) of tunnels"
        k = i + 1
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].kind == _FIG and \
                toks[k + 2].text == ")":
            k += 3
        elif k < len(toks) and toks[k].text == ")":
            k += 1
        if k + 1 < len(toks) and toks[k].text.lower() == "of":
            after = self._phrases(k + 1, min(len(toks), k + 11))
            if after and after[0].first == k + 1:
                metric = after[0]
                self.local.add(i)
        # "a 25% tax on ...": the phrase the figure modifies (a count's noun is its unit)
        if metric is None and i + 1 < len(toks) and toks[i + 1].kind == _CONTENT and \
                toks[i + 1].text[:1].islower():
            after = self._phrases(i + 1, min(len(toks), i + 12))
            if after:
                metric = after[0]
                self.local.add(i)
                # and one prepositional phrase: "tax on imported vehicles"
                j = metric.last + 1
                if j + 1 < len(toks) and toks[j].kind == _PREP and toks[j].text.lower() in (
                        "on", "for", "in", "to") and self._head(metric) not in w.change_nouns:
                    more = self._phrases(j + 1, min(len(toks), j + 8))
                    if more and more[0].first in (j + 1,):
                        metric = _Phrase(metric.first, more[0].last, metric.after,
                                         metric.owner)
        before = [p for p in self._phrases(lo, i) if toks[p.first].kind != _PRON
                  or p.first == lo]
        subject = self._subject_of(lo)
        change: _Phrase | None = None
        if metric is not None and self._head(metric) in w.change_nouns:
            # "a 5% increase in remittances": what rose; a bare "a 3% drop" names nothing
            j = metric.last + 1
            more = self._phrases(j + 1, min(len(toks), j + 8)) if j + 1 < len(toks) and \
                toks[j].text.lower() in ("in", "of", "for") else []
            if more and more[0].first == j + 1:
                metric = _Phrase(metric.first, more[0].last, metric.after, metric.owner)
            else:
                # a bare "a 3% drop" measures the change of what the clause or the one
                # before it names ("Bitcoin fell to $34,935, a 3% drop")
                change, metric = metric, None
                self.local.discard(i)
        if metric is None and before:
            last = before[-1]
            gap = toks[last.last + 1:i]
            if gap and (gap[-1].text.lower() == "of" and all(
                    t.kind in (_PREP, _ADV) for t in gap) or len(gap) <= 3 and any(
                    t.text.lower().endswith("ed") or t.text.lower() == "worth" for t in gap)
                    and all(t.kind in (_PREP, _ADV, _VERB) for t in gap) and all(
                    t.text.lower() not in _AUXILIARIES for t in gap)):
                # "a fine of $3 billion", "products priced at under $10"
                # "a fine of $3 billion"; "a total of $5 billion" names nothing
                modified = any(t.kind == _CONTENT and t.text.lower() not in w.empty_heads
                               for t in toks[last.first:last.last])
                if self._head(last) not in w.empty_heads or modified:
                    # ("a hefty sum of $3m" names the sum; "a total of $3m" nothing)
                    metric = last  # "an increase of 60,600 jobs" too
                    self.local.add(i)
            else:
                # the object of the clause's first verb: "lowered its revenue guidance"
                objects = [p for p in before if p.after == _VERB and (
                    subject is None or p.first > subject.last)]
                if objects:
                    metric = objects[0]
        if metric is not None and toks[metric.first].kind == _PRON:
            metric = None
        if metric is None:
            metric = subject
        if subject is None and lo > 0:
            # nothing named before the figure in this clause: it continues what came before
            inherited = self._inherit(lo)
            if inherited is not None:
                if change is not None:
                    return change, inherited[1] or inherited[0]
                if metric is None:
                    return inherited
                subject = inherited[1]
        owner = None
        for p in (metric, subject):
            if p is None:
                continue
            if p.owner is not None:
                if toks[p.owner].kind == _POSS:
                    owner = self._resolve(p.owner) if subject is p or subject is None \
                        else subject
                else:
                    owner = _Phrase(p.first, p.owner, p.after)
                break
        if owner is None and metric is not None:
            # "the price of Brent crude": the thing whose price it is
            k = metric.first
            while k < metric.last:
                if toks[k].text.lower() == "of" and toks[k - 1].text.lower() in (
                        w.measure_nouns | w.change_nouns):
                    owner = _Phrase(k + 1, metric.last, _PREP)
                    break
                k += 1
        if owner is not None:
            subject = owner
        headline = self._headline_name(lo)
        if headline is not None:
            subject = headline
        if change is not None:
            return change, subject or metric
        return metric, subject

    def _respectively(self, i: int) -> _Phrase | None:
        """"5.4 and 6.1 inches for the mini and standard models, respectively": the item of
        the list after the figures in the place of figure ``i`` among them."""
        if not self.respectively:
            return None
        toks = self.toks
        run = [i]
        k = i - 1
        while k > 0 and len(run) < _LIST_MAX and toks[k].text.lower() in (",", "and") and \
                toks[k - 1].kind == _FIG:
            run.insert(0, k - 1)
            k -= 2
        k = i + 1
        while k + 1 < len(toks) and len(run) < _LIST_MAX and \
                toks[k].text.lower() in (",", "and") and toks[k + 1].kind == _FIG:
            run.append(k + 1)
            k += 2
        if len(run) < 2 or k >= len(toks) or toks[k].kind != _PREP:
            return None
        end = next((j for j in range(k + 1, min(len(toks), k + 30))
                    if toks[j].text.lower() == "respectively"), None)
        if end is None:
            return None
        items: list[list[int]] = [[]]
        for j in range(k + 1, end):
            if toks[j].text.lower() in (",", "and"):
                if items[-1]:
                    items.append([])
            elif toks[j].kind == _CONTENT:
                items[-1].append(j)
        items = [it for it in items if it]
        if len(items) != len(run):
            return None
        item = items[run.index(i)]
        return _Phrase(item[0], item[-1], _PREP)

    def _headline_name(self, lo: int) -> _Phrase | None:
        """"Acme — Shares of the retailer rose 2%": the name before a dash that opens the
        sentence is whose figure the clause after it gives."""
        toks = self.toks
        if not 1 < lo <= 6 or toks[lo - 1].text not in ("—", "–"):
            return None
        name = toks[:lo - 1]
        if all(t.kind == _CONTENT and t.text[:1].isupper() for t in name):
            return _Phrase(0, lo - 2, _CLAUSE)
        return None


def describe_facts(text: str, facts: list[dict[str, Any]], figures: list[tuple[int, int]],
                   is_economy: Any = None, blocked: list[tuple[int, int]] | None = None,
                   ) -> list[dict[str, Any]]:
    """Set ``subject`` where the words name one, and ``metric_text`` (with ``mention``) on
    ``other`` facts that have none, only their unit (``_unit_text``, removed here), or a
    metric word the words beside the figure extend or replace ("a fine of $3 billion");
    ``figures``: every figure's offsets; ``is_economy(words)``: whether the words name an
    economy; ``blocked``: spans no subject may overlap (dates, agencies, officials)."""
    spans = sorted(blocked or [])
    no_subject = ([s for s, _ in spans], spans)
    sentences: dict[tuple[int, int], Sentence] = {}
    ordered = sorted(figures)
    starts = [f[0] for f in ordered]
    for fact in facts:
        unit_only = fact.pop("_unit_text", False)
        bounds = fact.get("sentence")
        fig = fact.get("figure")
        if not bounds or not fig:
            continue
        key = (bounds[0], bounds[1])
        sent = sentences.get(key)
        if sent is None:
            # the sentence's figures by bisect: a scan of all per sentence was quadratic
            inside = ordered[bisect_left(starts, key[0]):bisect_right(starts, key[1] - 1)]
            sent = sentences[key] = Sentence(text, key, inside)
        metric, subject = sent.describe(fig[0])
        mention = fact.get("mention")
        # a count named by its noun ("4,000 staff") keeps it unless words beside it say more
        window = fact.get("metric") == "other" and not mention and not unit_only and \
            bool(fact.get("metric_text"))
        if fact.get("metric") == "other" and metric is not None and (
                not fact.get("metric_text") or sent.is_local(fig[0]) or not unit_only and
                mention and metric[0] <= mention[0] and mention[1] <= metric[1] or
                window and not sent.is_noun_phrase(fact["metric_text"], fig[0])):
            # the linker's window of words before the figure is kept only when it reads as
            # a noun phrase ("remittances"), not a clause ("Vecturas shares rose")
            fact["metric_text"] = text[metric[0]:metric[1]]
            fact["mention"] = list(metric)
        _subject(text, fact, subject, is_economy, no_subject)
    return facts


def _subject(text: str, fact: dict[str, Any], subject: tuple[int, int] | None,
             is_economy: Any, blocked: tuple[list[int], list[tuple[int, int]]]) -> bool:
    """Set the fact's subject; whether one was set. No subject is an economy (that is the
    reporter), holds one, is or holds a date, an agency or an official (``blocked``)."""
    if subject is None:
        return False
    words_ = text[subject[0]:subject[1]]
    mention = fact.get("mention")
    other = fact.get("metric") == "other"
    if not other and mention and subject[0] < mention[1] and mention[0] < subject[1]:
        return False  # "Exports rose": the metric's own words are no subject
    if is_economy is not None and is_economy(words_):
        return False
    starts, spans = blocked
    k = bisect_left(starts, subject[1])
    if any(spans[j][1] > subject[0] for j in range(max(0, k - 3), k)):
        return False  # "the National Bureau of Statistics", "September 2009"
    tokens = _TOKEN.findall(words_)
    time_nouns = words().time_nouns
    if any(t.lower() in time_nouns or t.isdigit() and len(t) == 4 for t in tokens):
        return False
    metric_words = {t.lower() for t in _TOKEN.findall(fact.get("metric_text") or "")}
    if not other and not (_named(text, subject, fact.get("sentence")) and all(
            t[0].isupper() or not t[0].isalpha() or t in _NAME_JOINERS for t in tokens)
            and not metric_words & {t.lower() for t in tokens}):
        # beside a metric the linker found, only a name is a safe subject, and not one
        # holding the metric's words ("Headline GDP")
        return False
    fact["subject"] = {"text": words_, "start": subject[0], "end": subject[1]}
    return True


def _named(text: str, span: tuple[int, int], sentence: list[int] | None) -> bool:
    """Whether a capitalised word that does not open the sentence lies in ``span``."""
    opening = sentence[0] if sentence else -1
    while opening >= 0 and opening < len(text) and not text[opening].isalnum():
        opening += 1
    return any(m.group()[0].isupper() and m.start() != opening
               for m in _TOKEN.finditer(text, span[0], span[1]))
