"""A sentence's words, classified once (word lists from ``lexicon``), cut into clauses at
punctuation, clause words and reporting verbs, and grouped into noun phrases between
function words and verbs: the ``Clauses`` base of ``figure.Sentence``."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from tradeie.relate.concept.lexicon import words

# an abbreviation with its last full stop ("U.S.", "U.K."), a word, or one other character
# (a company's "Inc." keeps its full stop inside a sentence: "Dell Inc. is cutting")
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|(?:Inc|Corp|Co|Ltd|Bros)\.(?=\s+[a-z])|"
                    r"\w(?:[\w&'’.\-/]*\w)?|[^\w\s]")
_BREAK_PUNCT = frozenset(";:,()[]—–\"“”/")  # ("/TASS/. Russia's exports": a dateline)
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_SUBJECT_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she"})
_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^su'’]s$")  # "stars", "exports" (not "gas", "bonus")
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_PARTICLES = frozenset({"up", "down", "out", "off"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had",
                          "will", "would", "could", "can", "may", "might", "must", "should"})


# token kinds
_FIG, _PUNCT, _NUM, _DET, _POSS, _PRON, _PREP, _CLAUSE, _VERB, _ADV, _CONTENT = range(11)
_REREAD_KINDS = frozenset({_NUM, _VERB, _CLAUSE})  # kinds other than content words re-read


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



class Clauses:
    """One sentence's tokens, classified once, with its clauses and noun phrases."""

    def __init__(self, text: str, bounds: tuple[int, int],
                 figures: list[tuple[int, int]]) -> None:
        self.text = text
        self.w = words()
        # a sentence written all in lower case ("the sp 500 fell 2%"): case marks no names
        self.caseless = text[bounds[0]:bounds[1]].islower()
        figs = sorted(f for f in figures if bounds[0] <= f[0] < bounds[1])
        toks: list[_Tok] = []
        append, kind_of = toks.append, self._kind  # (locals: this loop runs per word)
        k, n = 0, len(figs)
        for m in _TOKEN.finditer(text, bounds[0], bounds[1]):
            s, e = m.span()
            if k < n:
                while k < n and figs[k][1] <= s:
                    k += 1
                if k < n and figs[k][0] < e:
                    if toks and toks[-1].kind == _FIG and toks[-1].start == figs[k][0]:
                        toks[-1].end = max(toks[-1].end, e)
                        continue
                    append(_Tok(figs[k][0], e, m.group(), _FIG))
                    continue
            word = m.group()
            append(_Tok(s, e, word, kind_of(word, toks)))
        for k, t in enumerate(toks[:-1]):
            # (every rule below is of a lower-case content word, a number, a verb or a clause
            # word: the others are skipped at once, this loop runs per word)
            if t.kind == _CONTENT:
                if not t.text.islower():
                    continue
            elif t.kind not in _REREAD_KINDS:
                continue
            # "Musk uses his account", "the city hosts 40 events": a verb after a noun when
            # an object or a figure follows (after an apposition's comma too: "Vancouver,
            # the third city, hosts one refinery"; after a reporting verb: "said shows the")
            if t.kind == _CONTENT and k > 0 and t.text.islower() and t.text.endswith("s") \
                    and not t.text.endswith(("ss", "'s", "’s")) and (
                        toks[k - 1].kind in (_CONTENT, _FIG) or toks[k - 1].text == "," or
                        toks[k - 1].text.lower() in self.w.reporting_verbs) and (
                        toks[k + 1].kind in (_DET, _POSS, _PRON, _FIG, _NUM) or
                        toks[k + 1].kind == _ADV and k + 2 < len(toks) and (
                            toks[k + 2].kind in (_DET, _POSS, _FIG, _NUM) or
                            toks[k + 2].text.lower() in self.w.number_words)):
                t.kind = _VERB  # ("hosts just one refinery")
                continue
            # a lower-case word after a plural noun and before an adverb and a figure is the
            # noun's verb ("the stars spin nearly 78,000 times"); a change noun before "by"
            # after a name is one too ("Nasdaq decrease by 1")
            if t.kind == _CONTENT and k > 0 and t.text.islower() and \
                    toks[k - 1].kind == _CONTENT and (
                        toks[k - 1].text.islower() and _PLURAL_NOUN.match(toks[k - 1].text)
                        and not t.text.endswith("s") and t.text not in self.w.measure_nouns
                        and t.text not in self.w.change_nouns and (
                            toks[k + 1].kind == _FIG or toks[k + 1].kind == _ADV and
                            k + 2 < len(toks) and toks[k + 2].kind == _FIG) or
                        t.text in self.w.change_nouns and toks[k - 1].text[:1].isupper()
                        and toks[k + 1].text.lower() == "by"):
                t.kind = _VERB
                continue
            # a demonstrative opening a clause, then an -ed word and a preposition or an
            # object: the demonstrative is the subject ("This turned into a $8bn takeover")
            if t.kind == _CONTENT and k > 0 and t.text.islower() and t.text.endswith("ed") \
                    and toks[k - 1].text.lower() in _DEMONSTRATIVES and (
                        k == 1 or toks[k - 2].kind in (_PUNCT, _CLAUSE)) and \
                    toks[k + 1].kind in (_PREP, _DET, _POSS, _FIG):
                t.kind = _VERB
                continue
            # a small number between words of a noun phrase is part of its name ("the category
            # 4 hurricane", "a class 3 rapid")
            if t.kind == _NUM and k > 0 and t.text.isdigit() and len(t.text) <= 2 and \
                    toks[k - 1].kind == _CONTENT and toks[k - 1].text.isalpha() and \
                    toks[k + 1].kind == _CONTENT and toks[k + 1].text.islower():
                t.kind = _CONTENT
                continue
            # after "which"/"who" a lower-case -s word is the verb ("which targets inflation")
            if t.kind == _CONTENT and k > 0 and toks[k - 1].text.lower() in ("which", "who") \
                    and t.text.islower() and t.text.endswith("s") and \
                    not t.text.endswith(("ss", "us", "is")) and \
                    not (k > 1 and toks[k - 2].kind == _PREP):  # ("through which footballers")
                t.kind = _VERB
                continue
            # after "which"/"who"/"that" (itself after a noun) a lower-case word before an
            # object is the verb ("triathlons that entail a 5 km run")
            if t.kind == _CONTENT and k > 1 and toks[k - 1].text.lower() in (
                    "which", "who", "that") and toks[k - 2].kind == _CONTENT and \
                    t.text.islower() and toks[k + 1].kind in (_DET, _POSS, _FIG):
                t.kind = _VERB
                continue
            # a gerund opening a clause is a noun unless an object follows ("wiping $340m")
            if t.kind == _CONTENT and t.text.endswith("ing") and t.text.islower() and (
                    toks[k + 1].kind in (_DET, _POSS, _FIG, _NUM) or k > 0 and
                    toks[k - 1].kind == _CLAUSE and (toks[k + 1].kind == _ADV or
                                                     toks[k + 1].text in ("to", "from", "by"))):
                # (after "before"/"while" with an adverb or a movement: "before inching back
                # up to 4.8 percent", "after rising to $5")
                t.kind = _VERB
                continue
            if t.kind == _VERB and k > 0 and t.text.islower() and \
                    t.text not in _AUXILIARIES and self._in_noun_phrase(toks, k):
                t.kind = _CONTENT
                continue
            if t.kind == _CLAUSE and t.text.lower() == "what" and (
                    k == 0 or toks[k - 1].kind != _VERB):
                # "deduce what the results would be": an object clause after its verb; "the
                # gap between what it sells and what it buys" names a thing (a noun phrase)
                t.kind = _CONTENT
                continue
            if t.kind == _CLAUSE and k > 0 and t.text.lower() in self.w.reporting_verbs and \
                    toks[k - 1].kind not in (_PUNCT, _CLAUSE) and self._has_object(toks, k):
                t.kind = _VERB  # "the firm expects a net profit of $5m": no reported clause
        self.toks = _drop_asides(toks)
        # (a token "respectively" is in the sentence's lower-cased text: most have none)
        self.respectively = "respectively" in text[bounds[0]:bounds[1]].lower() and any(
            t.text.lower() == "respectively" for t in self.toks)
        self.starts = [t.start for t in self.toks]
        self.cache: dict[int, tuple[_Phrase | None, _Phrase | None]] = {}
        self.phrase_cache: dict[tuple[int, int], list[_Phrase]] = {}
        self.local: set[int] = set()  # figures whose metric words are right beside them

    @staticmethod
    def _in_noun_phrase(toks: list[_Tok], k: int) -> bool:
        """Whether the verb form ``toks[k]`` sits inside a noun phrase: before "of" ("the
        maximum speed of"), before "is"/"was" ("the pace of price increases is"), after a
        determiner and a participle ("the driving range"), or an -ing word between words of
        a noun phrase or after a figure ("typical cooking times", "the best performing sector",
        "50 foot building lots")."""
        prev, nxt = toks[k - 1], toks[k + 1]
        low = nxt.text.lower()
        if prev.kind not in (_CONTENT, _DET, _POSS, _FIG):
            return False
        if prev.kind == _FIG and (not toks[k].text.endswith("ing") or k > 1 and
                                  toks[k - 2].kind == _PREP):
            return False  # ("a guideline of 15 ppb requiring action": a participle)
        if low == "of" or low in _AUXILIARIES and prev.kind == _CONTENT:
            return True
        if prev.kind == _CONTENT and prev.text.endswith("ing") and k > 1 and \
                toks[k - 2].kind in (_DET, _POSS):
            return True
        word = toks[k].text
        if word.endswith("ing") and prev.kind == _CONTENT and prev.text.islower() and k > 1 \
                and toks[k - 2].kind in (_DET, _POSS, _PREP) and nxt.kind == _PUNCT:
            return True  # "20 percent of personal spending.": the head noun
        if word.endswith("ing") and prev.kind == _CONTENT and prev.text.islower() and \
                k > 1 and toks[k - 2].kind in (_CONTENT, _DET, _POSS) and nxt.kind == _VERB:
            return True  # "its initial public offering putting 30 million shares": the head
        if word.endswith("ed") and prev.kind == _CONTENT and prev.text.islower() and \
                nxt.kind == _CONTENT and nxt.text.islower() and \
                Clauses._verb_before(toks, k - 1):
            return True  # "had maximum sustained winds": the clause has its verb already
        # (after a word of a name it is a participle: "the EU registering increases")
        return (prev.kind == _FIG or prev.kind == _CONTENT and (
            prev.text.islower() or k == 1)) and toks[k].text.endswith("ing") and \
            nxt.kind == _CONTENT and nxt.text.islower()

    @staticmethod
    def _verb_before(toks: list[_Tok], k: int) -> bool:
        """Whether a verb comes before token ``k`` in its clause (a bounded look back)."""
        for j in range(k - 1, max(-1, k - 8), -1):
            t = toks[j]
            if t.kind == _VERB:
                return True
            if t.kind in (_CLAUSE, _FIG) or t.kind == _PUNCT and t.text in _BREAK_PUNCT:
                return False
        return False

    @staticmethod
    def _has_object(toks: list[_Tok], k: int) -> bool:
        """Whether the reporting verb ``toks[k]`` takes a noun phrase that names a figure
        ("expects a net profit of", "reported revenue of"), not a clause ("said sales
        rose"): a few noun-phrase words, then a figure or "of" and a figure."""
        j = k + 1
        while j < len(toks) and toks[j].kind in (_DET, _POSS, _ADV):
            j += 1
        n = 0
        while j < len(toks) and toks[j].kind == _CONTENT and n < 6:
            j += 1
            n += 1
        if not n or j >= len(toks):
            return False
        if toks[j].kind == _FIG:
            return True
        return toks[j].text.lower() == "of" and j + 1 < len(toks) and \
            toks[j + 1].kind == _FIG

    def _kind(self, word: str, before: list[_Tok]) -> int:
        w = self.w
        if not word[0].isalnum():
            return _PUNCT
        low = word.lower()
        if "-" in word:
            if word[0].isdigit():
                return _ADV  # "a 185-hp engine": a modifier, not a name
            if low.split("-", 1)[0] in w.number_words:
                # "single-family homes", "a four-cylinder engine": an adjective of the noun;
                # a span of time ("a five-year plan", "quarter-on-quarter") only qualifies it
                parts = low.split("-")
                return _ADV if any(p in w.time_nouns or p.rstrip("s") in w.time_nouns
                                   for p in parts) else _CONTENT
            parts = low.split("-")
            if any(p in w.time_nouns for p in parts) and any(p in w.prepositions
                                                             for p in parts):
                return _ADV  # a basis of comparison: "on-quarter", "year-over-year"
        # (the word before, read once: this runs per word)
        prev = before[-1] if before else None
        pkind = prev.kind if prev is not None else -1
        if word[0].isdigit():
            # a number in a name ("S&P 500", "Note 20", "sp 500" in a lower-case sentence),
            # else a number that breaks a phrase
            return _CONTENT if pkind == _CONTENT and \
                (any(c.isupper() for c in prev.text) or self.caseless) else _NUM
        if pkind == _FIG and len(before) > 1 and \
                before[-2].kind == _DET and low in w.verbs and low not in _AUXILIARIES:
            return _CONTENT  # "a 5 kilometre run", "a $3 billion fine"
        if low in w.change_nouns and pkind in (_FIG, _DET, _POSS):
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
            return _CONTENT if low in w.measure_nouns and pkind in (
                _CONTENT, _DET, _POSS) else _CLAUSE
        if low in w.prepositions:
            return _PREP
        plow = prev.text.lower() if prev is not None else ""
        if plow in _SUBJECT_PRONOUNS and word.islower() and \
                low not in w.adverbs and low not in w.clause_words:
            return _VERB  # "you defer", "they lose": a subject pronoun's verb
        if low in w.verbs and (low not in w.measure_nouns or prev is not None and (
                plow in _AUXILIARIES or plow == "to")):
            # after a determiner a verb form is a noun ("a range of", "the cut"); capitalised
            # inside a sentence it is part of a name ("Dow Jones Industrial Average")
            # (after a preposition other than "to" too: "of last season", "for sale")
            return _CONTENT if prev is not None and (pkind in (_DET, _POSS) or
                                                     word[0].isupper() or pkind == _PREP and
                                                     plow != "to" and
                                                     not low.endswith("ing")) and \
                low not in _AUXILIARIES else _VERB
        if prev is not None and plow in w.modals and word.islower() and \
                low not in w.adverbs and low not in _AUXILIARIES:
            return _VERB  # after "can", "will": a verb whether listed or not ("can fly")
        if low in w.adverbs:
            return _ADV
        if word.islower() and low.endswith("ly") and len(low) > 4 and \
                low not in w.ly_words:
            return _ADV
        if word.islower() and low.endswith(("ed", "ing")) and len(low) > 3 and not (
                low.endswith("eed") and len(low) <= 5 or low == "hundred") and \
                pkind not in (_DET, _POSS, _PREP) and not (
                low.endswith("ing") and (prev is None or pkind == _CLAUSE)):
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
                    t.text.lower() in ("and", "or") and (j > 0 and toks[j - 1].kind == _FIG or
                                                         self._joins_clauses(j)):
                return j + 1
            j -= 1
        return 0

    def _joins_clauses(self, j: int) -> bool:
        """Whether "and" at token ``j`` joins two clauses: a noun phrase and its verb after it
        ("... levelled on the hour mark and Pepe curled in"), a verb before it in its own
        clause (not two subjects of one verb: "sales and profit rose")."""
        toks = self.toks
        k = j + 1
        while k < len(toks) and toks[k].kind in (_DET, _POSS):
            k += 1
        n = 0
        while k < len(toks) and toks[k].kind == _CONTENT and n < 4:
            k += 1
            n += 1
        before = toks[j - 1] if j > 1 else None
        if not n or k >= len(toks) or toks[k].kind != _VERB or before is None or \
                before.kind not in (_CONTENT, _VERB) or before.kind == _VERB and \
                before.text.endswith(("ed", "ing")) or before.text[:1].isupper() and \
                toks[j + 1].text[:1].isupper():
            # (the first clause ends in its object, "on the hour mark and"; not "he and
            # his partners scammed", "the issued and outstanding shares were"; not inside a
            # name, "the Belt and Road Initiative totaled")
            return False
        for m in range(j - 2, max(-1, j - 25), -1):
            u = toks[m]
            if u.kind == _VERB:
                return True
            if u.kind in (_FIG, _CLAUSE) or u.kind == _PUNCT and u.text in _BREAK_PUNCT:
                return False
        return False

    def _phrases(self, lo: int, hi: int) -> list[_Phrase]:
        """Noun phrases among tokens [lo, hi): a determiner or possessive, then content
        words, joined by 'of' and '&'; a pronoun is a phrase of its own. Once per range (a
        sentence's figures ask for the same clause's phrases again); callers only read the
        list and its phrases."""
        got = self.phrase_cache.get((lo, hi))
        if got is None:
            got = self.phrase_cache[(lo, hi)] = self._find_phrases(lo, hi)
        return got

    def _find_phrases(self, lo: int, hi: int) -> list[_Phrase]:
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
                if u.kind == _CONTENT and u.text[:1].isupper() and not self.caseless and \
                        toks[j - 1].text.islower() and toks[j - 1].text in self.w.time_nouns:
                    break  # "Since the start of last season Chris Wood has": a new phrase
                if u.kind == _CONTENT:
                    last = j
                    if u.text.endswith(_POSSESSIVE):
                        owner = j
                elif not self._joins(j, hi):
                    break
                j += 1
            if last is not None and toks[last].text.lower() not in self.w.time_nouns and \
                    not (i == last and t.text.islower() and (
                        self._after_copula(i) or self._degree_or_time(i))):
                # (a date, "20 June", "the first quarter", is when, never what or whose;
                # one bare word after "is" is a predicate adjective: "was impressive")
                out.append(_Phrase(i, last, prev, owner if owner is not None and
                                   owner < last else None))
            i = max(j, i + 1)
        return out

    def _degree_or_time(self, i: int) -> bool:
        """Whether the one word ``i`` is the adjective of "as high as" or qualifies the time
        noun after it ("next year"): no noun phrase."""
        toks = self.toks
        if i + 1 >= len(toks):
            return False
        nxt = toks[i + 1].text.lower()
        if nxt in self.w.time_nouns or nxt.rstrip("s") in self.w.time_nouns:
            return True
        return nxt == "as" and i > 0 and toks[i - 1].text.lower() == "as"

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
        if u.kind == _ADV and low.endswith("ly") and low not in self.w.adverbs and \
                toks[j - 1].kind in (_DET, _POSS) and nxt is not None and nxt.kind == _CONTENT:
            # (an -ly word not listed as an adverb: not "this year", "much", "most")
            return True  # "a quarterly profit", "a disorderly exit", "a highly rated fund"
        if low == "and" and nxt is not None and nxt.kind == _CONTENT and \
                toks[j - 1].kind == _CONTENT and nxt.text.lower() not in self.w.number_words:
            # (not before a count: "a mortgage and two kids")
            after = toks[j + 2] if j + 2 < hi else None
            return after is None or after.kind != _VERB
        return False

    def _span(self, first: int, last: int) -> tuple[int, int]:
        return self.toks[first].start, self.toks[last].end

    def _head(self, p: _Phrase) -> str:
        return self.toks[p.last].text.lower()
