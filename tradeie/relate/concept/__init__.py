"""What a figure measures and whose it is, from the words of its sentence.

``describe`` gives, for one figure, the words naming what it measures (the ``metric_text`` of
an ``other`` fact: "revenue guidance", "tax on imported vehicles") and the entity it belongs
to (the fact's ``subject``: "Apple", "The Dow Jones Industrial Average"), as offsets into
the text. It works on the words alone (the default pipeline has no parser): a sentence is cut
into clauses at punctuation, clause words ("while", "where") and reporting verbs; a clause's
words are grouped into noun phrases between function words and verbs (word lists in
``models/concepts.json``); then, in this order, the measured thing is

- the noun phrase after "<figure> of" ("1% of their earnings"; a percentage of a set is a
  share of it, whose only through a possessive: "81% of manufacturers"),
- for an amount of money, the bare noun phrase after "in" ("$1 billion in gains"),
- the noun phrase the figure modifies ("a 25% tax on imported vehicles"; not a predicate
  adjective: "is 72.7 metres long"),
- the noun phrase before "of <figure>" ("a fine of $3 billion"),
- the object of the clause's verb ("lowered its revenue guidance to $84 billion"),
- else the clause's subject ("The DAX rose 1%").

The subject is the owner of a possessive ("Apple's revenue", "its" -> the clause subject), the
Y of "<measure noun> of Y" ("the price of Brent crude"), else the clause's subject when it is
not itself a measure noun; pronouns take the last subject named before them in the sentence.
A clause without a noun phrase before its figure ("..., down from $89 billion") takes the
result of the clause before it; a figure that is its clause's subject ("..., 96 fans went")
takes nothing; an apposition gives way to the phrase it describes ("The trust, a major
landlord, posted ..."); "it" does not stand for a plural noun phrase. A figure in brackets
after an amount restates it ("771.3 billion ($1tn)"); further items of a list of figures with
their nouns take the first item's subject ("a 750 m swim, a 20 km ride and a 5 km run"); a
count of an owned set belongs to its owner ("two of Acme's plants"); an object before "to" and
a verb is that verb's subject ("cause sea levels to rise 11 feet"). Verb forms inside noun
phrases are nouns ("the driving range", "the major gain of", "typical cooking times").
Beside a metric id, ``metric_text`` takes the words that narrow its mention ("VR headset
sales", "merchandise trade surplus"), not an economy, a date or a verb. ``describe_facts``
keeps no subject that is or holds an economy (the fact's reporter says it; an economy's
adjective before two or more words, "The Chinese e-commerce giant", is kept), a date, an
agency or an official; beside a metric id
only a capitalised name is kept. Cost: one tokenisation per sentence, then a walk of the
figure's clause (tokens and figures found by bisect: linear in the figures of a sentence).

Some words around a figure name nothing: the adjectives between an article and the figure
("a combined 435 homes"), a participle after a count ("the 11 members bound by"), the object
of the verb when the figure is a span of time after a preposition ("will feed the grid in 15
years"). A clause opening with an -ing verb takes the subject of the finite clause it hangs on
("..., spending $12,000 for a new roof"); an apposition says what the name before it is
("Healthcare, 2018's best performing sector, dropped 1.6%": both); a relative clause is said
of the phrase its "per"/"in" phrase attaches to ("a maximum investment per person which is
..."). An ``other`` fact's linker words written before the figure's clause give way to the
clause's own words when they are a preposition's object ("In Tokyo trade, ... Sony lost 2.7%")
or the clause has its own subject before its finite verb.

Layout (each module one job; imports only go down this list, no cycles): ``lexicon`` the
word lists of models/concepts.json, loaded and validated; ``phrases`` tokens, clauses and
noun phrases (``Clauses``); ``grammar`` small rules on those tokens and clauses that
``figure`` and ``facts`` ask (premodifiers, participles, spans of time, fronted phrases,
attachments); ``figure`` what one figure measures and whose it is (``Sentence``); ``parse``
whose it is from a dependency parse, asked only for a Doc that has one (a statistical base)
where the words find no subject; ``facts`` ``describe_facts``, the hook
components/relations.py calls.
"""

from __future__ import annotations

from tradeie.relate.concept.facts import describe_facts
from tradeie.relate.concept.figure import Sentence
from tradeie.relate.concept.lexicon import Words, words

__all__ = ["Sentence", "Words", "describe_facts", "words"]
