"""The lexicon over the text: gazetteer surfaces (full, acronym, title-cased acronym) and the
non-agencies (outlets, companies, banks) in one phrase table.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from tradeie.normalize.agencies.country import country_table
from tradeie.normalize.agencies.gazetteer import GAZETTEER, AgencyRow, load_gazetteer
from tradeie.normalize.agencies.rules import _rules
from tradeie.normalize.agencies.text_tokens import PhraseTable, TextTokens, tokenize_phrase
from tradeie.resources import (
    read_jsonl,
    read_lines,
)

NOT_AGENCIES = "not_agencies.txt"


_BLOCK = ("BLOCK",)


def _title_case(text: str) -> str:
    words = text.split()
    small = {"of", "and", "for", "the", "on", "in", "at", "under"}
    return " ".join(
        w if (w[:1].isupper() or (i and w.lower() in small)) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def _title_acronym(acr: str) -> str | None:
    """"Inegi" of "INEGI", "Turkstat" of "TurkStat": news writes acronyms of four letters or
    more as words too. None when the acronym has no such other form."""
    if len(acr) < 4 or not acr.isalpha() or not acr[0].isupper():
        return None
    cased = acr[0] + acr[1:].lower()
    return cased if cased != acr else None


def row_acronym(row: AgencyRow) -> str | None:
    """The acronym a mention of this row reports: the first listed, else a one-word name
    ("Eurostat", "Destatis" are abbreviations that serve as names)."""
    if row.acronyms:
        return row.acronyms[0]
    words = tokenize_phrase(row.name)
    return row.name if len(words) == 1 else None


class _Lexicon:
    """Gazetteer and non-agency phrases in one table, plus the signature index."""

    def __init__(self) -> None:
        self.rows = load_gazetteer(read_jsonl(GAZETTEER))
        self.rules = _rules()
        self.table = PhraseTable()
        for idx, row in enumerate(self.rows):
            self.table.add(tokenize_phrase(row.name), (idx, "name"))
            for alias in row.aliases:
                self.table.add(tokenize_phrase(alias), (idx, "alias", alias))
            for acr in row.acronyms:
                if acr not in row.regions:
                    self.table.add(tokenize_phrase(acr), (idx, "acronym", acr),
                                   case_sensitive=True)
                    cased = _title_acronym(acr)
                    if cased:  # a weak acronym's form is weak too ("Sars" outside South Africa)
                        self.table.add((cased,), (idx, "acronym", acr), case_sensitive=True)
        strong = self.rules.heads - self.rules.weak_heads
        before_head = set()
        for phrase in read_lines(NOT_AGENCIES):
            words = tokenize_phrase(phrase)
            if len(words) > 2 and words[0].lower() == "the":  # found from the next word
                words = words[1:]
            self.table.add(words, _BLOCK)
            lows = [w.lower() for w in words]
            before_head.update(lows[k - 1] for k in range(1, len(lows)) if lows[k] in strong)
        # "News" of "Xinhua News Agency", "Investors" of "Moody's Investors Service": a body
        # named like this is an outlet or a company whatever else its name says (NER evidence).
        self.non_agency_before_head = frozenset(
            before_head - self.rules.modifiers - self.rules.topics - self.rules.connectors
        )
        # (country, signature) -> row, so "the commerce ministry" of a Chinese story finds
        # MOFCOM and "Ministry of Finance of Indonesia" Indonesia's row.
        self.by_signature: dict[tuple[str, tuple[str, ...]], int] = {}
        self.by_kind: dict[tuple[str, str], int] = {}
        self.kinds_of: dict[str, set[str]] = {}
        # country -> (row index, lower-case words of its name), for a generic name whose
        # words all stand in one row's name ("trade ministry": Ministry of Industry and Trade)
        self.name_words_of: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for idx, row in enumerate(self.rows):
            self.name_words_of.setdefault(row.country, []).append(
                (idx, frozenset(w.lower() for w in tokenize_phrase(row.name))))
            self.by_kind.setdefault((row.country, row.kind), idx)
            self.kinds_of.setdefault(row.country, set()).add(row.kind)
            for surface in (row.name, *row.aliases):
                sig = self.signature([w.lower() for w in tokenize_phrase(surface)])
                if sig:
                    self.by_signature.setdefault((row.country, sig), idx)
        self.region_acronyms = frozenset(r for row in self.rows for r in row.regions)
        self.known_acronyms = {a: i for i, row in enumerate(self.rows) for a in row.acronyms}
        for i, row in enumerate(self.rows):
            for a in row.acronyms:
                cased = _title_acronym(a)
                if cased and a not in row.weak:
                    self.known_acronyms.setdefault(cased, i)

    def signature(self, lows: list[str]) -> tuple[str, ...] | None:
        """('ministry', 'finance') for "Finance Ministry", "Federal Ministry of Finance"..."""
        r = self.rules
        countries = country_table()
        head_pos = next((k for k, w in enumerate(lows) if w in r.heads), None)
        if head_pos is None:
            return None
        head = r.synonyms.get(lows[head_pos], lows[head_pos])
        words = []
        for k, w in enumerate(lows):
            # a modifier that is also a topic ("statistical") is kept
            if k == head_pos or w in r.connectors or w in r.of_words \
                    or (w in r.modifiers and w not in r.topics) \
                    or w == "'s" or w in r.state_words or countries.cs.get((w.title(),)) \
                    or countries.cs.get((w.upper(),)):
                continue
            if w in r.heads and k > head_pos:
                break
            words.append(r.synonyms.get(w, w))
        return (head, *words) if words else None

    def generic_shaped(self, lows: list[str]) -> bool:
        r = self.rules
        return any(w in r.heads for w in lows) and all(
            w in r.heads or w in r.topics or w in r.connectors or w in r.of_words
            or w in r.modifiers for w in lows  # "the national statistics institute"
        )


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon()


@lru_cache(maxsize=2)
def _lexicon_hits(toks: TextTokens) -> tuple[tuple[int, int, tuple[Any, ...]], ...]:
    """Longest gazetteer / non-agency phrases, left to right: (start, length, values)."""
    table = _lexicon().table
    cs_first, ci_first, ci_first3 = table.cs_first, table.ci_first, table.ci_first3
    keys, lows, cap = toks.keys, toks.lows, toks.cap
    hits = []
    i, n = 0, len(toks)
    while i < n:
        if keys[i] not in cs_first and lows[i] not in (ci_first if cap[i] else ci_first3):
            i += 1
            continue
        hit = table.longest_at(toks, i)
        if hit:
            hits.append((i, hit[0], tuple(hit[1])))
            i += hit[0]
        else:
            i += 1
    return tuple(hits)


def non_agency_spans(toks: TextTokens) -> list[tuple[int, int]]:
    """Token spans (end exclusive) of news outlets, companies, banks, think tanks."""
    return [(i, i + length) for i, length, values in _lexicon_hits(toks) if _BLOCK in values]
