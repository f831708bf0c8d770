"""What a dependency parse says about whose a figure is, for a Doc that has one.

The default pipeline (blank English) has no parser and never reaches this module: the word
rules of ``figure`` decide alone. With a statistical base (``tradeie.load("en_core_web_sm")``)
the parse is asked only where the word rules find no subject: the nominal subject of the verb
that governs the figure ("Apple said its revenue rose 5%": "its revenue" governs "5%" through
"rose"), as its noun chunk; where the words name what is measured but not whose, only a proper
name ("Zenith bought 13% of Orbis"). A pronoun, a subject that holds the figure or a number, a
subject after a figure that fronts the clause ("At 118p, the shares ..."), a count of a noun
outside the figure, a number word alone and a span of time get no answer. Cost: one walk up
the figure's heads and one look at the verb's children (bounded by the sentence).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tradeie.relate.concept.lexicon import words

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERBS = frozenset({"VERB", "AUX"})
_LEFT_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod"})
_UP_MAX = 8  # heads walked up from the figure before giving up (a sentence's depth is small)


def parsed(doc: Doc | None) -> bool:
    """Whether ``doc`` has a dependency parse to read."""
    return doc is not None and doc.has_annotation("DEP")


def parsed_subject(doc: Doc, start: int, end: int, name_only: bool = False,
                   ) -> tuple[int, int] | None:
    """Character offsets of the nominal subject of the verb governing the figure at
    ``start``-``end`` (its noun chunk), else None; with ``name_only`` (the words already
    name what is measured) only a proper name is whose it is ("Frankel acquired 13% of ...")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ == "nummod" and not span.start <= root.head.i < span.end or \
            len(span) == 1 and root.is_alpha or root.lemma_.lower() in words().time_nouns or \
            root.lower_ in words().time_nouns:
        # a count of a noun outside the figure ("19 fouls"), a number word alone ("one of
        # the best") or a span of time ("Nine days later"): nothing more is measured
        return None
    verb = _governing_verb(root)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("PRP", "WDT", "WP") or \
            name_only and subject.pos_ != "PROPN":
        return None
    if subject.left_edge.i <= span.start and span.end - 1 <= subject.right_edge.i:
        return None  # the figure is inside its own subject ("96 fans went")
    if span.end <= subject.left_edge.i:
        return None  # a fronted phrase frames the clause ("At 118.5p, its shares have ...")
    lo, hi = _chunk(doc, subject)
    if any(t.like_num or t.pos_ == "NUM" for t in doc[lo:hi]):
        return None  # another figure's phrase ("78 per cent of the deal")
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _governing_verb(token: Token) -> Token | None:
    """The first verb up the heads of ``token`` (the token itself is no verb)."""
    for _ in range(_UP_MAX):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in _VERBS:
            return token
    return None


def _chunk(doc: Doc, token: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``token``: it with its left modifiers
    (articles, adjectives, compounds, possessives), as a noun chunk is; nothing after it."""
    lo = token.i
    for child in token.lefts:
        if child.dep_ in _LEFT_MODIFIERS:
            lo = min(lo, child.left_edge.i)
    return lo, token.i + 1
