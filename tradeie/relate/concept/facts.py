"""``describe_facts``, the hook ``components/relations.py`` calls: each fact's ``subject``
and the ``metric_text`` of ``other`` facts, from ``figure.Sentence``, keeping no subject that
is or holds an economy, a date, an agency or an official."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from tradeie.relate.concept.figure import Sentence
from tradeie.relate.concept.grammar import after_preposition, clause_begin, own_subject
from tradeie.relate.concept.lexicon import words
from tradeie.relate.concept.parse import parsed, parsed_subject
from tradeie.relate.concept.phrases import _TOKEN

_AFTER_PREP = re.compile(r"\s+(\w+)\s+(?:the\s+)?")  # " across the " after a metric's words
_NAME_JOINERS = frozenset({"and", "of", "the", "de", "&"})  # lower-case words inside names


def describe_facts(text: str, facts: list[dict[str, Any]], figures: list[tuple[int, int]],
                   is_economy: Any = None, blocked: list[tuple[int, int]] | None = None,
                   doc: Any = None) -> list[dict[str, Any]]:
    """Set ``subject`` where the words name one, and ``metric_text`` (with ``mention``) on
    ``other`` facts that have none, only their unit (``_unit_text``, removed here), or a
    metric word the words beside the figure extend or replace ("a fine of $3 billion");
    ``figures``: every figure's offsets; ``is_economy(words)``: whether the words name an
    economy; ``blocked``: spans no subject may overlap (dates, agencies, officials); ``doc``:
    the spaCy Doc when it has a dependency parse (``parse``: asked where the words find no
    subject), else None."""
    spans = sorted(blocked or [])
    no_subject = ([s for s, _ in spans], spans)
    sentences: dict[tuple[int, int], Sentence] = {}
    ordered = sorted(figures)
    starts = [f[0] for f in ordered]
    # the last fact of each sentence: its Sentence (its tokens) is dropped after that fact,
    # not held with every other sentence to the end (37 MB at the peak for a 1 MB text)
    last_fact = {(f["sentence"][0], f["sentence"][1]): n for n, f in enumerate(facts)
                 if f.get("sentence") and f.get("figure")}
    for n, fact in enumerate(facts):
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
        if last_fact[key] == n:
            del sentences[key]
        metric, subject = sent.describe(fig[0])
        if subject is None and parsed(doc):
            subject = parsed_subject(doc, fig[0], fig[1], name_only=metric is not None)
        mention = fact.get("mention")
        # a count named by its noun ("4,000 staff") keeps it unless words beside it say more
        window = fact.get("metric") == "other" and not mention and not unit_only and \
            bool(fact.get("metric_text"))
        begin = clause_begin(sent, fig[0]) if mention and metric is not None else None
        if fact.get("metric") == "other" and metric is not None and (
                # (not right after the metric wording, which is a noun phrase: "Gross value
                # added at constant prices rose" has no clause starting at "at")
                begin is not None and mention[1] <= begin and metric[0] >= mention[1] and
                text[mention[1]:begin].strip() != "" and (
                    after_preposition(sent, mention[0]) or metric[0] >= begin and
                    own_subject(sent, fig[0])) or
                not fact.get("metric_text") or sent.is_local(fig[0]) or not unit_only and
                mention and metric[0] <= mention[0] and mention[1] <= metric[1] or
                window and not sent.is_noun_phrase(fact["metric_text"], fig[0])):
            # the linker's window of words before the figure is kept only when it reads as
            # a noun phrase ("remittances"), not a clause ("Vecturas shares rose")
            fact["metric_text"] = text[metric[0]:metric[1]]
            fact["mention"] = list(metric)
        elif window and metric is None and not sent.is_noun_phrase(fact["metric_text"],
                                                                    fig[0]):
            fact["metric_text"] = None  # "I make $12.50": a verb names nothing measured
        elif fact.get("metric") != "other" and mention and \
                fact.get("metric_text") == text[mention[0]:mention[1]]:
            # a metric id's words with the words that narrow them ("VR headset sales",
            # "combined torque output"): the noun phrase, not only its metric word
            _with_modifiers(text, fact, sent, is_economy, no_subject)
        _subject(text, fact, subject, is_economy, no_subject)
    return facts


def _with_modifiers(text: str, fact: dict[str, Any], sent: Sentence, is_economy: Any,
                    blocked: tuple[list[int], list[tuple[int, int]]]) -> None:
    mention = fact["mention"]
    starts, spans = blocked

    def stop(word: str) -> bool:
        return is_economy is not None and is_economy(word)

    begin = sent.modifiers_before(mention[0], stop)
    if begin is None:
        return
    k = bisect_left(starts, mention[0])
    if any(spans[j][1] > begin for j in range(max(0, k - 3), k)):
        return  # a date or an agency before the metric words ("2023 revenue")
    fact["metric_text"] = text[begin:mention[1]]
    fact["mention"] = [begin, mention[1]]


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
        # "Exports rose": the metric's own words are no subject; "Growth across EM": the
        # object of the preposition after them is
        m = _AFTER_PREP.match(text, mention[1], subject[1])
        if subject[0] > mention[0] or m is None or m.end() >= subject[1] or \
                m.group(1).lower() not in words().prepositions:
            return False
        subject = (m.end(), subject[1])
        words_ = text[subject[0]:subject[1]]
    if is_economy is not None and is_economy(words_) and not _described_by_economy(
            words_, is_economy):
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


def _described_by_economy(words_: str, is_economy: Any) -> bool:
    """Whether ``words_`` name an entity that an economy's adjective only describes ("The
    Chinese e-commerce giant", "Swedish truck maker Volvo"): two or more words after the
    last economy word, none of them an economy, a preposition or a measure noun last
    ("the US economy", "Chinese exporters", "Jyske Bank in Denmark" hold or are one)."""
    tokens = _TOKEN.findall(words_)
    last = max((k for k, t in enumerate(tokens) if is_economy(t)), default=None)
    if last is None:
        return False  # an economy of several words ("South Korea"): no premodifier
    after = tokens[last + 1:]
    w = words()
    return len(after) >= 2 and not any(t.lower() in w.prepositions for t in after) and \
        after[-1].lower() not in w.measure_nouns and not any(is_economy(t) for t in after)


def _named(text: str, span: tuple[int, int], sentence: list[int] | None) -> bool:
    """Whether a capitalised word that does not open the sentence lies in ``span``."""
    opening = sentence[0] if sentence else -1
    while opening >= 0 and opening < len(text) and not text[opening].isalnum():
        opening += 1
    return any(m.group()[0].isupper() and m.start() != opening
               for m in _TOKEN.finditer(text, span[0], span[1]))
