"""What one figure measures and whose it is, read from the clauses and noun phrases of its
sentence (``phrases``): the order of the rules is in the package's docstring."""

from __future__ import annotations

import re
from typing import Any

from tradeie.relate.concept.grammar import (
    after_fronted,
    finite_subject,
    own_premodifiers,
    participial,
    participle_after,
    same_head,
    time_adverbial,
    with_attached,
)
from tradeie.relate.concept.phrases import (
    _ADV,
    _AUXILIARIES,
    _BREAK_PUNCT,
    _CLAUSE,
    _CONTENT,
    _DET,
    _FIG,
    _NUM,
    _POSS,
    _POSSESSIVE,
    _PREP,
    _PRON,
    _PUNCT,
    _TOKEN,
    _VERB,
    Clauses,
    _Phrase,
)

_PP_JOIN = frozenset({"from", "to", "in", "for", "on", "at", "with", "per", "across"})
_PLURAL = re.compile(r"[a-z]+[^su'’]s$")  # "executives", "sales" (not "gas", "bonus")
_CURRENCY_SIGN = re.compile(r"[$€£¥₹₩]")
_VERB_S = re.compile(r"[a-z]+[^s'’]s$")  # a lower-case -s form ("targets", not "glass")
_PARTNER_PREPS = frozenset({"with", "to", "from"})  # "trade with X": X is a partner, not whose
_RESOLVE_CLAUSES = 12  # how many clauses back a pronoun or a bare clause looks for a subject
# a count that names the set it is taken from: "one of the people", "two of Acme's plants"
_PART_OF = re.compile(r"\S+\s+of\s+(?:the|my|his|her|its|their|our|your|these|those|"
                      r"[\w&.\-]+['’]s)\b", re.I)
# whose that set is: a possessive pronoun or a capitalised name with "'s" ("two of Acme's")
_PART_OWNER = re.compile(r"\S+\s+of\s+(?:(?P<pron>its|their|his|her|our)|"
                         r"(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*)['’]s)\s", re.I)
_PERCENT = re.compile(r"(?:%|\bper\s?cent|\bpc)$", re.I)  # a percentage figure's end
_SCALES = frozenset({"thousand", "million", "billion", "trillion", "bn", "m", "tn"})
_FIRST_PERSON = frozenset({"my", "our", "your"})  # possessives of the writer or the reader
_LIST_MAX = 8  # the longest list of figures "respectively" pairs (a bounded walk)


class Sentence(Clauses):
    """One sentence's tokens, classified once; ``describe`` reads figures from it."""

    # -- one figure -----------------------------------------------------------------------

    def modifiers_before(self, start: int, stop: Any = None) -> int | None:
        """Where the noun phrase whose head words start at offset ``start`` begins: past the
        content words written right before them ("VR headset sales", "combined torque
        output"), not past a possessive, a number, a time noun or a word ``stop(word)``
        rejects (an economy: "US trade deficit" is the US's); None when nothing precedes."""
        i = self._index_of(start)
        if i >= len(self.toks) or self.toks[i].start != start or \
                self.toks[i].kind == _VERB:
            return None  # (a verb: "were exported", "countries imported")
        k = i
        while k > 0:
            t = self.toks[k - 1]
            low = t.text.lower()
            gap = self.text[t.end:self.toks[k].start]
            glued = t.start > 0 and not self.text[t.start - 1].isspace() and \
                not self.text[t.start - 1].isalnum()
            if t.kind != _CONTENT or t.text.endswith(_POSSESSIVE) or \
                    low in self.w.time_nouns or not any(c.isalpha() for c in low) or \
                    "\n" in gap or glued or stop is not None and stop(t.text) or \
                    _VERB_S.match(t.text) and k > 1 and self.toks[k - 2].kind == _CONTENT \
                    and self.toks[k - 2].text[:1].isupper() and \
                    not self.toks[k - 2].text.endswith(_POSSESSIVE):
                # (a heading's last word, "China?s", a verb after a name: "the BoE targets
                # inflation": no modifier)
                break
            k -= 1
        return self.toks[k].start if k < i else None

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
        owner = _PART_OWNER.match(self.text, self.toks[i].start, self.toks[i].end)
        if owner is not None:
            # "two of Acme's plants", "35m of its devices": the set's owner is whose
            if owner.group("name") and owner.group("name")[0].isupper():
                return None, owner.span("name")
            if owner.group("pron") and i not in self.cache:
                found = self._resolve(i)
                self.cache[i] = (None, found)
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
            # "in europe the dax fell 0.4%": the words before the verb, past the object of
            # the fronted preposition when no comma ends it ("Before the crisis global debt")
            return after_fronted(self, phrases[-1], lo)
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
            if p is not None and not self._plural_for_it(i, p):
                return p
        return None

    def _plural_for_it(self, i: int, p: _Phrase) -> bool:
        """Whether pronoun ``i`` is "it"/"its" and ``p`` a plural noun phrase it cannot
        stand for ("Porsche executives say it will have a range ...")."""
        if self.toks[i].text.lower() not in ("it", "its", "itself"):
            return False
        k = p.first  # the head before any prepositional phrase: "Engineers at the lab"
        while k < p.last and self.toks[k + 1].kind != _PREP:
            k += 1
        head = self.toks[k].text
        # (a capitalised head is a name, "Cayman Airways", unless it opens the sentence)
        return p.owner is None and (head.islower() or k == 0 and head[1:].islower()) and \
            _PLURAL.match(head.lower()) is not None

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
            # "its shares": whose ("our samples": the writer's, no phrase of the text)
            subject = None if self.toks[subject.owner].text.lower() in _FIRST_PERSON else \
                self._resolve(subject.owner)
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
                # "Growth across EM rose": the object of the preposition after the measure
                # is whose it is ("EM"); a bare measure noun names no one
                j = k + 2
                if j <= subject.last and self.toks[j].kind == _DET and j < subject.last:
                    j += 1
                ssp = None
                if j <= subject.last and self.toks[k + 1].text.lower() not in _PARTNER_PREPS \
                        and any(t.text[:1].isupper() for t in self.toks[j:subject.last + 1]):
                    # (a name: "Employment in leisure" names a sector, "Trade with X" a
                    # partner)
                    ssp = self._span(j, subject.last)
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
            if not prev:
                return None
            head = with_attached(self, prev)  # "a maximum investment per person, which"
            return head, head
        for j in (lo - 1, lo - 2):
            if j >= 0 and toks[j].kind == _FIG:
                got = self.cache.get(j)
                if got is None:
                    got = self.cache[j] = self._find(j)
                return got
        if t.kind == _PUNCT and t.text == "," and lo > 1:
            ps = self._clause_start(lo - 1)
            head = self._apposed(ps, lo)
            if head is not None:
                # "Healthcare, the best performing sector, dropped 1.6%": the apposition
                # says what the name is; both name what moved
                desc = self._phrases(ps, lo - 1)
                if len(desc) == 1 and desc[0].last == lo - 2 and desc[0].owner is None:
                    return _Phrase(ps, desc[0].last, _CLAUSE), head
                return head, head
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
        restated = self._restates(i)
        if restated is not None:
            # "lost 60% of its market cap, or more than $30 billion": the same thing again
            got = self.cache.get(restated)
            if got is None:
                got = self.cache[restated] = self._find(restated)
            return got
        if self._opens_clause(lo, i):
            # "..., 96 fans went home": the figure is its clause's subject and counts what
            # it names; nothing before its clause says what it measures
            return None, None
        metric: _Phrase | None = None
        # "<figure> of <phrase>": a share of something; "8 miles (13 km) of tunnels"
        k = i + 1
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].kind == _FIG and \
                toks[k + 2].text == ")":
            k += 3
        elif k < len(toks) and toks[k].text == ")":
            k += 1
        share = False
        if k + 1 < len(toks) and toks[k].text.lower() == "of":
            after = self._phrases(k + 1, min(len(toks), k + 11))
            if after and after[0].first == k + 1:
                metric = after[0]
                self.local.add(i)
                # "81% of manufacturers": a share of a set, whose only by a possessive
                share = _PERCENT.search(self.text, toks[i].start, toks[i].end) is not None
        # "$13.9 billion in remittances", "$1 billion in gains": an amount in what it is
        if metric is None and k + 1 < len(toks) and toks[k].text.lower() == "in" and \
                toks[k + 1].kind == _CONTENT and self._amount(i):
            after = self._phrases(k + 1, min(len(toks), k + 8))
            nxt = after[0].last + 1 if after else len(toks)
            if after and after[0].first == k + 1 and toks[after[0].last].text.islower() and \
                    not (nxt < len(toks) and toks[nxt].text.lower() in ("for", "of", "with")):
                # (a bare noun phrase: not "$1 in the event of", "$5m in Leeds"; no idiom:
                # "in exchange for", "in excess of")
                metric = after[0]
                self.local.add(i)
        # "paid a total of HK$216,925 for flights": what an amount with no name of its own
        # was paid for
        if metric is None and k + 1 < len(toks) and toks[k].text.lower() == "for" and \
                self._amount(i) and self._unnamed(i):
            j = k + 1 + (toks[k + 1].kind == _DET and k + 2 < len(toks))
            if toks[j].kind == _FIG and j + 1 < len(toks) and toks[j + 1].kind == _CONTENT:
                j += 1  # "paid $35,538 for an 8.5 kW system": the noun that figure modifies
            after = self._phrases(j, min(len(toks), j + 8))
            if after and after[0].first == j and toks[j].kind == _CONTENT:
                metric = after[0]
                self.local.add(i)
        # "a 25% tax on ...": the phrase the figure modifies (a count's noun is its unit)
        # "a combined 435 homes": the words between the article and the figure modify it
        # (a percentage with no noun after it has none: "pulled the sector 0.7 percent lower")
        premod = own_premodifiers(toks, lo, i) if i + 1 < len(toks) and \
            toks[i + 1].kind == _CONTENT or _PERCENT.search(
                self.text, toks[i].start, toks[i].end) is None else None
        if metric is None and i + 1 < len(toks) and toks[i + 1].kind == _CONTENT and (
                toks[i + 1].text[:1].islower() or premod is not None or
                i > 0 and toks[i - 1].kind == _DET and
                not self._amount(i) and _PERCENT.search(self.text, toks[i].start,
                                                        toks[i].end) is None):
            # (a name after a measure a determiner opens: "a 5 W USB-C charger")
            after = self._phrases(i + 1, min(len(toks), i + 12))
            if after and (self._predicate(i, after[0]) or after[0].first != i + 1 or
                          participle_after(toks, i + 1)):
                # "is 72.7 metres long": an adjective, no noun the figure modifies; "155mph
                # early Wednesday, according to the US ...": no phrase right after it
                after = []
            if after:
                metric = after[0]
                self.local.add(i)
                # and one prepositional phrase: "tax on imported vehicles"
                j = metric.last + 1
                if j + 1 < len(toks) and toks[j].kind == _PREP and \
                        toks[j].text.lower() in ("on", "for", "in", "to", "with") and \
                        self._head(metric) not in w.change_nouns:
                    more = self._phrases(j + 1, min(len(toks), j + 8))
                    if more and more[0].first in (j + 1,):
                        metric = _Phrase(metric.first, more[0].last, metric.after,
                                         metric.owner)
        before = [p for p in self._phrases(lo, i) if (toks[p.first].kind != _PRON
                  or p.first == lo) and (premod is None or p.first < premod)]
        subject = self._subject_of(lo)
        if metric is not None and metric.first == i + 1:
            item = self._list_item(i, lo)
            if item is not None:
                # "a 750 m swim, a 20 km ride and a 5 km run": a further item of a list of
                # figures with their nouns is whose the first item is
                got = self.cache.get(item)
                if got is None:
                    got = self.cache[item] = self._find(item)
                if got[1] is not None:
                    subject = got[1]
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
            elif not time_adverbial(self, i):
                # the object of the clause's first verb: "lowered its revenue guidance"
                objects = [p for p in before if p.after == _VERB and (
                    subject is None or p.first > subject.last)]
                if objects:
                    metric = objects[0]
                    k = metric.last + 1
                    if k + 1 < i and toks[k].text.lower() == "to" and \
                            toks[k + 1].kind == _VERB and metric.owner is None:
                        # "could cause sea levels to rise 11 feet": the object is the
                        # subject of the verb the figure follows
                        subject = metric
        if metric is not None and toks[metric.first].kind == _PRON:
            metric = None
        if metric is None and subject is None and lo > 1 and toks[lo].kind == _VERB and \
                toks[lo + 1].text.lower() in ("it", "them") and toks[lo - 1].text == ",":
            # "X improved the base storage, doubling it to 256GB": "it" is the object of
            # the clause before, and whose it is that clause's subject
            ps = self._clause_start(lo - 1)
            objects = [p for p in self._phrases(ps, lo - 1) if p.after == _VERB]
            if objects:
                return objects[0], self._subject_of(ps)
        if metric is None or subject is not None and subject.last < metric.first and \
                metric.last < i and subject.owner is None and same_head(self, subject, metric):
            # ("Copper prices reached a record price of $4.86": the price is the subject's;
            # not a phrase after the figure, "a 200,000 year-old skull" is another one)
            metric = subject
        elif subject is not None and (subject.first, subject.last) == (
                metric.first, metric.last) and lo > 0 and toks[lo].text.lower() == "and" and \
                toks[lo - 1].text == "," and i in self.local and metric.owner is None and \
                self._head(metric) in w.measure_nouns:
            # "X expects a net profit of $5m, and operating profit of $8m": a second object
            # of the clause before, whose subject is whose it is
            subject = self._resolve(lo)
            if subject is not None and self._head(subject) in w.measure_nouns:
                subject = None
            subject = subject or metric
        hangs = subject is None and metric is not None and participial(toks, lo)
        if hangs:
            # "I paid $35,538 for a system, spending $12,000 for a new roof": whose is the
            # subject of the clause it hangs on, not the phrase before its comma
            subject = finite_subject(self, lo)
        if subject is None and lo > 0 and not hangs:
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
                if toks[p.owner].kind == _POSS and \
                        toks[p.owner].text.lower() in _FIRST_PERSON:
                    owner = None
                elif toks[p.owner].kind == _POSS:
                    owner = self._resolve(p.owner) if subject is p or subject is None \
                        else subject
                elif p is subject and metric is not None and (
                        metric.last < p.first or p.last < metric.first) and \
                        self._head(p) not in w.measure_nouns | w.change_nouns:
                    # "Morgan Stanley's bear case envisages a 19% drop": the whole phrase
                    owner = _Phrase(p.first, p.last, p.after)
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
        elif share:
            subject = None
        headline = self._headline_name(lo)
        if headline is not None:
            subject = headline
        if change is not None:
            return change, subject or metric
        return metric, subject

    def _amount(self, i: int) -> bool:
        """Whether figure ``i`` is an amount of money: a currency sign or word in it."""
        words_ = self.text[self.toks[i].start:self.toks[i].end]
        return _CURRENCY_SIGN.search(words_) is not None or any(
            w.lower() in self.w.currency_words for w in words_.split())

    def _unnamed(self, i: int) -> bool:
        """Whether figure ``i`` follows a verb or an empty "a total of" (nothing before it
        names what it is: not "a fine of $3m for ...")."""
        toks = self.toks
        k = i - 1
        if k >= 0 and toks[k].text.lower() == "of":
            return k > 1 and toks[k - 1].text.lower() in self.w.empty_heads and \
                toks[k - 2].kind == _DET  # ("a hefty sum of" names the sum)
        return k >= 0 and toks[k].kind in (_VERB, _ADV)

    def _apposed(self, ps: int, lo: int) -> _Phrase | None:
        """"Vancouver, the third-largest city, hosts ...": the noun phrase an apposition
        (tokens [ps, lo - 1), between commas) describes, when the clause at ``lo`` opens
        with its verb and that phrase is all of the clause before the apposition."""
        toks = self.toks
        if toks[lo].kind != _VERB or ps < 2 or toks[ps - 1].text != "," or \
                toks[ps].kind not in (_DET, _POSS, _CONTENT, _NUM):
            return None
        qs = self._clause_start(ps - 1)
        head = self._phrases(qs, ps - 1)
        if len(head) != 1 or head[0].first != qs or head[0].last != ps - 2 or \
                head[0].after == _PREP:
            return None
        return head[0]

    def _predicate(self, i: int, p: _Phrase) -> bool:
        """Whether the one word ``p`` after figure ``i`` is a predicate adjective: the
        figure follows "is" (a copula) and the word ends its clause ("is 90 miles wide and")."""
        toks = self.toks
        if p.first != p.last or p.first != i + 1 or i == 0 or \
                toks[i - 1].text.lower() not in self.w.copulas or \
                toks[i].text.lower() in self.w.determiners:
            return False  # ("is a million dollar house": a noun the figure modifies)
        k = p.last + 1
        return k >= len(toks) or toks[k].kind in (_PUNCT, _CLAUSE)

    def _restates(self, i: int) -> int | None:
        """The figure that figure ``i`` restates after ", or" ("60% of its market cap, or
        $30 billion"), when nothing of its own follows it ("of ..."); else None."""
        toks = self.toks
        if i >= 2 and toks[i - 1].text == "(" and not (
                i + 1 < len(toks) and toks[i + 1].text.lower() == "of"):
            # "771 billion yen ($5.2 billion)", "771.3 billion ($1tn)": the same amount,
            # converted (a bare number before it is no figure of its own)
            j = i - 2
            if j > 0 and toks[j].text.lower() in _SCALES and toks[j - 1].kind == _NUM:
                j -= 1
            if toks[j].kind in (_FIG, _NUM):
                return j
        if i < 3 or toks[i - 1].text.lower() != "or" or toks[i - 2].text != "," or \
                i + 1 < len(toks) and toks[i + 1].text.lower() == "of":
            return None
        for j in range(i - 3, max(-1, i - 12), -1):
            if toks[j].kind == _FIG:
                return j
            if toks[j].kind == _CLAUSE or toks[j].kind == _PUNCT and toks[j].text in ";:":
                return None
        return None

    def _list_item(self, i: int, lo: int) -> int | None:
        """The figure before figure ``i`` (in the clause starting at ``lo``) when both open
        items of one list of noun phrases they modify: "<figure> <phrase>, <det> <figure>" or
        "<figure> <phrase> and <det> <figure>"; else None."""
        toks = self.toks
        if any(t.kind not in (_DET, _ADV) for t in toks[lo:i]) and lo < i:
            # "<figure> <phrase> and <det>": the clause runs on from the figure before
            if lo == 0 or toks[lo - 1].kind != _FIG:
                return None
            k = i - 1
            while k >= lo and toks[k].kind in (_DET, _ADV):
                k -= 1
            if k < lo or toks[k].text.lower() not in ("and", "or"):
                return None
            items = self._phrases(lo, k)
            return lo - 1 if len(items) == 1 and items[0].first == lo and \
                items[0].last == k - 1 else None
        if lo < 2 or toks[lo - 1].text != ",":
            return None
        ps = self._clause_start(lo - 1)
        if ps == 0 or toks[ps - 1].kind != _FIG:
            return None
        items = self._phrases(ps, lo - 1)
        return ps - 1 if len(items) == 1 and items[0].first == ps and \
            items[0].last == lo - 2 else None

    def _opens_clause(self, lo: int, i: int) -> bool:
        """Whether figure ``i`` is the subject of its clause: only determiners and adverbs
        before it, a verb right after it (past adverbs), in a clause after the first."""
        toks = self.toks
        if lo == 0 or any(t.kind not in (_DET, _ADV) for t in toks[lo:i]):
            return False
        k = i + 1
        while k < len(toks) and toks[k].kind == _ADV:
            k += 1
        return k < len(toks) and toks[k].kind == _VERB

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
