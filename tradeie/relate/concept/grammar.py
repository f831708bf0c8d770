"""Small rules of English grammar on a sentence's tokens and clauses (``phrases``) that
``figure.Sentence`` and ``facts`` ask before they take a noun phrase as what a figure measures
or whose it is: the figure's own premodifiers ("a combined 435 homes") and a participle after
it ("the 11 members bound by"), a clause that hangs on a finite one ("..., spending $12,000"),
a span of time after a preposition ("in 15 years"), the object of a fronted preposition ("in
europe germanys dax fell"), a linker's words outside the figure's clause, and the phrase a
"per"/"in" phrase attaches to. Functions that take ``sent`` read a ``figure.Sentence`` (not
imported: this module sits below it)."""

from __future__ import annotations

from typing import Any

from tradeie.relate.concept.lexicon import words
from tradeie.relate.concept.phrases import (
    _ADV,
    _CLAUSE,
    _CONTENT,
    _DET,
    _FIG,
    _POSS,
    _PREP,
    _PRON,
    _SUBJECT_PRONOUNS,
    _VERB,
    _Tok,
)

_ARTICLES = frozenset({"a", "an", "the"})
_PREMOD_MAX = 3  # at most this many adjectives between the article and the figure


def own_premodifiers(toks: list[_Tok], lo: int, i: int) -> int | None:
    """Index of the determiner that opens figure ``i``'s own noun phrase when lower-case
    words stand between them ("a combined 435 homes": the index of "a"), else None. Those
    words modify the figure's noun ("homes") and are no noun phrase of their own."""
    k = i - 1
    while k >= lo and i - k <= _PREMOD_MAX and toks[k].kind in (_CONTENT, _ADV) and \
            toks[k].text.islower() and toks[k].text.replace("-", "").isalpha():
        k -= 1
    if k < lo or k == i - 1 or toks[k].kind != _DET or toks[k].text.lower() not in _ARTICLES:
        return None
    return k


def participle_after(toks: list[_Tok], j: int) -> bool:
    """Whether token ``j`` (right after a figure) is a participle with its own phrase after
    it ("bound by the deal", "found in the S22 models"): a lower-case -ed word before a
    preposition, which says how the figure's things are, not what they are."""
    if j + 1 >= len(toks):
        return False
    t = toks[j]
    if t.kind not in (_CONTENT, _VERB) or not t.text.islower() or toks[j + 1].kind != _PREP:
        return False
    # (an irregular one only before its agent: "bound by", "held by"; "a $3bn cut in" is a noun)
    return t.text.endswith("ed") and len(t.text) > 4 or t.text in words().verbs and \
        toks[j + 1].text.lower() == "by"


def participial(toks: list[_Tok], lo: int) -> bool:
    """Whether the clause starting at token ``lo`` opens with an -ing verb after a comma or
    a clause word ("..., spending $12,000 for a new roof", "while offering a yield of"):
    its subject is the subject of the finite clause it hangs on, not the phrase before it."""
    t = toks[lo] if lo < len(toks) else None
    return t is not None and lo > 0 and t.kind == _VERB and t.text.islower() and \
        t.text.endswith("ing") and (toks[lo - 1].text == "," or toks[lo - 1].kind == _CLAUSE)


def finite_subject(sent: Any, lo: int, limit: int = 12) -> Any:
    """The subject of the nearest clause before token ``lo`` whose subject is followed by its
    verb ("The stock trades on ... while offering"): a clause with no verb after its first
    noun phrase ("1.4 times book value") is a fragment, skipped; a subject pronoun ("I paid
    ..., spending") names no one here, so None."""
    toks = sent.toks
    k = lo
    for _ in range(limit):  # (bounded, as ``_resolve``)
        if k <= 0:
            return None
        nxt = sent._clause_start(k - 1)
        if nxt >= k:
            return None
        k = nxt
        j = k
        while j < lo and toks[j].kind in (_ADV, _PREP, _DET, _CONTENT, _POSS) and \
                toks[j].kind != _PRON:
            j += 1
        if j < lo and toks[j].kind == _PRON:
            return None if toks[j].text.lower() in _SUBJECT_PRONOUNS else sent._resolve(j)
        p = sent._subject_of(k, lo)
        if p is None:
            continue
        j = p.last + 1
        while j < lo and toks[j].kind == _ADV:
            j += 1
        if j < lo and (toks[j].kind == _VERB or toks[j].text.lower() in
                       words().reporting_verbs):
            return p  # ("The company expects ..., projecting a net profit of")
    return None


_SPAN_PREPS = frozenset({"in", "for", "over", "after", "within", "during", "under"})


def time_adverbial(sent: Any, i: int) -> bool:
    """Whether figure ``i`` is a span of time after a preposition ("will feed the grid in 15
    years", "take place over five weeks"): it says when or how long, so the object of the
    clause's verb is not what it measures (whose stays the clause's subject)."""
    toks = sent.toks
    written = sent.text[toks[i].start:toks[i].end].lower().split()
    last = written[-1].rstrip(".")
    nouns = words().duration_nouns
    if last not in nouns and not (last.endswith("s") and last[:-1] in nouns):
        return False
    if written[0] in _SPAN_PREPS:
        return True  # (the figure holds it: "over five weeks")
    k = i - 1
    while k >= 0 and toks[k].kind == _ADV:
        k -= 1  # ("in just three hours")
    return k >= 0 and toks[k].text.lower() in _SPAN_PREPS


def clause_begin(sent: Any, fig_start: int) -> int | None:
    """Offset where the clause of the figure starting at ``fig_start`` begins (None when the
    offset is no figure of the sentence)."""
    i = sent._index_of(fig_start)
    if i >= len(sent.toks) or sent.toks[i].start != fig_start:
        return None
    return sent.toks[sent._clause_start(i)].start


def after_preposition(sent: Any, start: int) -> bool:
    """Whether the words starting at offset ``start`` are the object of a preposition, past
    at most three words before them ("In Tokyo trade", "due to a 3.2% increase in prices"):
    a linker's metric words there name a setting, not the subject of a later clause."""
    k = sent._index_of(start)
    toks = sent.toks
    if k >= len(toks) or toks[k].start != start:
        return False
    for j in range(k - 1, max(-1, k - 5), -1):
        t = toks[j]
        if t.kind == _PREP:
            return True
        if t.kind not in (_DET, _POSS, _CONTENT, _ADV, _FIG):
            return False
    return False


def own_subject(sent: Any, fig_start: int) -> bool:
    """Whether the clause of the figure starting at ``fig_start`` has a subject of its own
    before its finite verb ("... and service industries grew by 0.9 percent", "this year's
    MSRP is $33,790"): words named in an earlier clause are not what this figure measures."""
    i = sent._index_of(fig_start)
    toks = sent.toks
    lo = sent._clause_start(i)
    p = sent._subject_of(lo, i)
    if p is None or p.first < lo or toks[p.first].kind == _PRON or p.last >= i:
        return False
    j = p.last + 1
    while j < i and toks[j].kind == _ADV:
        j += 1
    return j < i and toks[j].kind == _VERB and not toks[j].text.endswith("ing")


_ATTACHING = frozenset({"per", "in"})
_PLURAL_VERBS = frozenset({"are", "were", "have"})


def with_attached(sent: Any, phrases: list[Any]) -> Any:
    """The last of ``phrases`` (noun phrases of one clause, in order) with the phrase its
    preposition attaches it to ("a maximum investment per person", "a leading player in
    China's soymilk market"): what a relative clause after it is said of."""
    toks = sent.toks
    last = phrases[-1]
    if len(phrases) < 2 or last.after != _PREP:
        return last
    before = phrases[-2]
    k = last.last + 1
    while k < len(toks) and toks[k].text in (",", "which", "that", "who"):
        k += 1
    if before.last + 2 != last.first or toks[before.last + 1].text.lower() not in _ATTACHING \
            or toks[before.last].text.lower() in words().time_nouns or \
            before.first == before.last or all(
                t.text[:1].isupper() or t.text[:1].isdigit() or t.kind != _CONTENT
                for t in toks[last.first:last.last + 1]) or \
            k < len(toks) and toks[k].text.lower() in _PLURAL_VERBS:
        # (not a name, "relations with Nissan, which"; nor a plural the verb agrees with,
        # "a rally in bank stocks, which were up")
        return last
    return type(last)(before.first, last.last, before.after, before.owner)


def after_fronted(sent: Any, p: Any, lo: int) -> Any:
    """The subject inside phrase ``p`` that runs on from a preposition opening the clause at
    ``lo`` with no comma ("in europe germanys dax fell", "Before the crisis global debt
    was"): the preposition's object is its first noun (through a time noun: "In the first
    quarter revenue rose"), the rest is the subject; a phrase of fewer than three words
    stays whole ("In Tokyo shares fell" cannot be split by its words alone)."""
    toks = sent.toks
    if toks[lo].kind != _PREP or p.first != lo + 1 or p.owner is not None or \
            lo > 0 and toks[lo - 1].text not in (",", ";", ":"):
        return p
    content = [k for k in range(p.first, p.last + 1) if toks[k].kind == _CONTENT]
    if len(content) < 3 or any(toks[k].kind not in (_CONTENT, _DET) for k in
                               range(p.first, p.last + 1)):
        return p
    nouns = words().time_nouns
    cut = next((k for k in content[:-1] if toks[k].text.lower().rstrip("s") in nouns),
               content[0])
    return type(p)(cut + 1, p.last, _PREP)


def same_head(sent: Any, a: Any, b: Any) -> bool:
    """Whether noun phrases ``a`` and ``b`` end in the same noun, singular or plural ("Copper
    prices ... a record price"): the second repeats the first."""
    x, y = sent.toks[a.last].text.lower(), sent.toks[b.last].text.lower()
    return x == y or x.rstrip("s") == y.rstrip("s") and len(x) > 3
