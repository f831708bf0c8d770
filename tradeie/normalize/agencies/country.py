"""The document country: country words before and after a body, datelines, blocs, country
mentions, and the story economy they decide.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

import pycountry

from tradeie.normalize.agencies.gazetteer import NON_NATIONAL, AgencyMatch, _valid_country
from tradeie.normalize.agencies.rules import RULES, _rules, rule_file
from tradeie.normalize.agencies.text_tokens import (
    PhraseTable,
    TextTokens,
    text_tokens,
    tokenize_phrase,
)
from tradeie.normalize.economies import economies
from tradeie.resources import (
    COMMENT,
    WORDS,
    Map,
    Text,
    entries,
    read_json,
    validate,
)

DATELINES = "dateline_cities.json"


def dateline_cities() -> frozenset[str]:
    """Upper-case names of the cities in models/dateline_cities.json ("ABU DHABI")."""
    return frozenset(_dateline_cities())


@cache
def country_table() -> PhraseTable:
    """Country names, short forms and adjectives -> alpha-2 (or EU), capitalised only."""
    table = PhraseTable()
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names[value] = country.alpha_2
    names_of = economies()["names"]
    names.update({k: v for k, v in names_of.items() if _valid_country(v) and v != "INT"})
    # Regions named with a country's word ("Latin America", "South American") match as a
    # whole, with no country (""), so that "America" inside them is not the US.
    names.update({k: "" for k, v in names_of.items()
                  if not _valid_country(v) and " " in k and k.split()[-1] in names})
    _rules()  # validates agency_rules.json, extra_country_words included
    names.update(read_json(RULES)["extra_country_words"])
    for word, code in names.items():
        if word[:1].isupper():  # "the bloc", "mainland China": not a qualifier we can trust
            words = tokenize_phrase(word)
            table.add(words, code, case_sensitive=len(words) == 1 or word.isupper())
    return table


def qualifier_before(toks: TextTokens, i: int) -> tuple[str, int] | None:
    """Country of "China's", "Chinese", "U.S." right before token i: (code, first token)."""
    j = i - 1
    if j < 0:
        return None
    if not toks.joined[i]:
        # "the Philippines' planning secretary": a plural possessive's bare apostrophe
        gap = toks.text[toks.ends[j]:toks.starts[i]]
        if gap.strip() not in ("'", "\u2019") or not toks.lows[j].endswith("s"):
            return None
    if toks.lows[j] == "'s":
        if j == 0 or not toks.joined[j]:
            return None
        j -= 1
    if not toks.cap[j]:
        return None
    hit = country_table().longest_ending(toks, j)
    return (hit[1][0], j - hit[0] + 1) if hit and hit[1][0] else None


def country_after_of(toks: TextTokens, k: int) -> tuple[str, int] | None:
    """Country of "of Japan", "of the People's Republic of China" starting at token k:
    (code, end token exclusive)."""
    n = len(toks)
    if k >= n or toks.lows[k] != "of" or not toks.joined[k]:
        return None
    k += 1
    if k < n and toks.lows[k] == "the" and toks.joined[k]:
        k += 1
    if k >= n or not toks.joined[k] or not toks.cap[k]:
        return None
    hit = country_table().longest_at(toks, k)
    return (hit[1][0], k + hit[0]) if hit and hit[1][0] else None


def is_country_word(toks: TextTokens, k: int) -> bool:
    table = country_table()
    return bool(toks.cap[k] and (table.cs.get((toks.keys[k],)) or table.longest_at(toks, k)))


DATELINE_SCHEMA = rule_file({
    "bloc_comment": COMMENT, "bloc_cities": WORDS,
    "cities": Map(Text(test=lambda code: _valid_country(code) and code not in NON_NATIONAL,
                       what="an ISO 3166-1 alpha-2 country code"), comments=False),
})


@cache
def _datelines() -> dict[str, Any]:
    raw = read_json(DATELINES)
    validate(DATELINES, raw, DATELINE_SCHEMA)
    return raw


@cache
def _dateline_cities() -> dict[str, str]:
    return {" ".join(city.upper().split()): code
            for city, code in _datelines()["cities"].items()}


# "BEIJING, Jan. 13 (Xinhua) --", "NEW DELHI:", "Tokyo (Reuters) -", "NAIROBI, Kenya, Dec 5
# -", "New Delhi [India], January 2 (ANI):", "Harare, 20 January 2025 -", "Taipei, Jan. 9
# (CNA) Taiwan's ..." (a date and an agency need no dash). Bounded, lazy city part and
# disjoint separators: no catastrophic backtracking.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
_DATELINE_RE = re.compile(
    r"^[ \t]*(?P<city>[^\W\d_][^\W\d_.'\u2019 \-]*(?:[ .'\u2019\-]{1,2}[^\W\d_]+){0,3}\.?)"
    r"(?:[ \t]*\[[^\]\n]{1,30}\]|,[ \t]*(?P<ctry>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}))?"
    r"[ \t]*(?P<date>,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"
    # "Baku. 28 September. REPORT.AZ/ ...": day before month, full stops around;
    # "Harare, 20 January 2025 -"
    r"|[.,]?[ \t]*\d{1,2}[ \t]+" + _MONTH + r"(?:[ \t]+\d{4})?"
    r"(?=\.|[ \t]*(?:\(|--|\u2014|\u2013|-|:)))?"
    # "Bucharest, Dec 11 /Agerpres/ -": Agerpres puts its name between slashes; "Baku,
    # November 18, REPORT.AZ -": an upper-case outlet after a comma
    r"[ \t]*(?P<src>\([^()\n]{1,40}\)|/[^/\n]{1,40}/|,[ \t]*[A-Z][A-Z.]{1,20})?"
    r"[ \t]*(?:--|\u2014|\u2013|-|:|\|"
    r"|(?(date)\.|(?!))|(?(src)(?(date)(?=[A-Z\"\u201c])|(?!))|(?!)))",
    re.MULTILINE,
)
# a dateline in mixed case with no date or agency ("Colombo - ...") is read only this close
# to the text's start: further on, "Singapore: 3.2%" is a list item
_BARE_DATELINE_REACH = 300


@cache
def _country_names() -> dict[str, str]:
    """Country names and short forms (economies.json, pycountry) -> alpha-2."""
    names = {c.name: c.alpha_2 for c in pycountry.countries}
    names.update({getattr(c, "common_name", c.name): c.alpha_2 for c in pycountry.countries})
    names.update({k: v for k, v in economies()["names"].items()
                  if _valid_country(v) and v not in NON_NATIONAL})
    return names


def _bare_dateline(text: str, start: int, end: int) -> bool:
    """"Colombo - The island's ...": a mixed-case city alone opens the text (or the line
    after its headline) and a sentence follows it."""
    rest = text[end:end + 3].lstrip()
    return start < _BARE_DATELINE_REACH and text.count("\n", 0, start) <= 2 and \
        rest[:1].isupper()


@lru_cache(maxsize=2)  # asked twice per article (its economy, then its country mentions)
def _dateline(text: str) -> tuple[str, str] | None:
    """(city in upper case, country) of the article's dateline, if any."""
    found = _dateline_at(text)
    return found[:2] if found else None


@lru_cache(maxsize=2)  # asked twice per article too (_dateline, _doc_country): one search
def _dateline_at(text: str) -> tuple[str, str, int, int] | None:
    """(city in upper case, country, end offset, start offset) of the article's dateline."""
    cities = _dateline_cities()
    for m in _DATELINE_RE.finditer(text, 0, min(len(text), 2000)):
        city = m.group("city")
        key = " ".join(city.upper().split())
        code = cities.get(key) or cities.get(key.rstrip("."))
        named = _country_names().get(m.group("ctry") or "")
        if code is None and named is not None and (
                city.isupper() or m.group("date") or m.group("src")):
            code = named  # "MOMBASA, Kenya, Dec 5 -": a city we do not list
        if code and (city.isupper() or m.group("date") or m.group("src") or named
                     or _bare_dateline(text, m.start(), m.end())):
            return key, code, m.end(), m.start("city")
    return None


def dateline_end(text: str) -> int:
    """The offset where the article's dateline ends ("Bucharest, Dec 11 /Agerpres/ -"), or
    -1: the lead sentence opens after it."""
    found = _dateline_at(text)
    return found[2] if found else -1


def dateline_start(text: str) -> int:
    """The offset where the article's dateline starts (its city), or -1."""
    found = _dateline_at(text)
    return found[3] if found else -1


def dateline_country(text: str) -> str | None:
    found = _dateline(text)
    return found[1] if found else None


@cache
def _bloc_cities() -> frozenset[str]:
    return frozenset(" ".join(c.upper().split()) for c in _datelines()["bloc_cities"])


@cache
def _bloc_table() -> PhraseTable:
    """Mentions of the EU and the euro area ("euro zone", "eurozone"), in any case."""
    table = PhraseTable(any_case=True)
    for word, code in economies()["names"].items():
        if code in ("EU", "EA") and not word.lower().startswith("the "):
            table.add(tokenize_phrase(word), code, case_sensitive=word.isupper())
    return table


def _bloc_counts(toks: TextTokens, own: bool = False) -> Counter[str]:
    """How often the text names the EU and the euro area (``own``: not as a partner,
    "exports to the EU")."""
    table = _bloc_table()
    partner_words = _mention_words()[0] if own else frozenset()
    counts: Counter[str] = Counter()
    i, n = 0, len(toks)
    while i < n:
        hit = table.longest_at(toks, i)
        if hit:
            j = i - 1 if i and toks.lows[i - 1] != "the" else i - 2
            if not (j >= 0 and toks.lows[j] in partner_words):
                counts[hit[1][0]] += 1
        i += hit[0] if hit else 1
    return counts


def _bloc(toks: TextTokens) -> str:
    """EA when the text speaks of the euro area at least as often as of the EU."""
    counts = _bloc_counts(toks)
    return "EA" if counts["EA"] and counts["EA"] >= counts["EU"] else "EU"


@cache
def _mention_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words before a partner, currency words, words after a reporter) of economies.json:
    "exports to China", "trade with the US" name a partner; "U.S. dollars" names a currency,
    no economy; "Spanish exports", "Spain's trade" name the economy whose figures they are."""
    eco = economies()
    out = []
    for key in ("partner_words_before", "currency_words_after", "reporter_words_after"):
        out.append(frozenset(w.lower() for w in eco[key]))
    return out[0], out[1], out[2]


@cache
def _route_words() -> dict[str, frozenset[str]]:
    """{preposition: flow words}: "exports from Brazil", "imports into Ghana" name where the
    flow is reported, though "from" and "into" are partner words (economies.json)."""
    return {prep.lower(): frozenset(w.lower() for w in words)
            for prep, words in entries(economies()["route_reporter_words_before"]).items()}


# A mention in partner position ("exports to China", "the deficit with China") counts this
# much towards the document's economy: a story about the Netherlands' trade with China names
# China more often than the Netherlands, but mostly as the partner. One that owns a metric
# ("Spanish exports", "Spain's trade") counts REPORTER_WEIGHT.
PARTNER_WEIGHT = 0.25
REPORTER_WEIGHT = 2.0
# an economy named this often as a partner is the story's partner, not its economy, when
# another is named but never as a partner
STORY_PARTNER_MENTIONS = 2
# how much of a text's start is its headline and lead
LEAD_CHARS = 400


def country_mentions(toks: TextTokens, weighted: bool = False,
                     partners: Counter[str] | None = None,
                     owners: Counter[str] | None = None) -> Counter[str]:
    """How often each economy is named. A name followed by a currency word ("U.S. dollars",
    "Hong Kong dollars") names a currency and is not counted; with ``weighted`` a name after
    a partner word ("to", "with", "from") counts ``PARTNER_WEIGHT`` (and is counted in
    ``partners``), unless a flow's route names the reporter ("exports from Brazil");
    ``owners`` counts the names before a metric word ("Spain's trade"), in text order."""
    table = country_table()
    partner_words, currency_words, reporter_words = _mention_words()
    routes = _route_words()
    counts: Counter[str] = Counter()
    i, n = 0, len(toks)
    cs_first, ci_first = table.cs_first, table.ci_first
    while i < n:
        hit = None
        if toks.cap[i] and (toks.keys[i] in cs_first or toks.lows[i] in ci_first):
            hit = table.longest_at(toks, i)
        if hit:
            end = i + hit[0]
            # a region ("Latin America") is skipped whole, never counted
            if hit[1][0] and not (end < n and toks.lows[end] in currency_words) and \
                    not _dollar_sign_after(toks, end):
                j = i - 1 if i and toks.lows[i - 1] != "the" else i - 2
                weight = 1.0
                if weighted and j >= 1 and toks.lows[j - 1] in routes.get(toks.lows[j], ()):
                    weight = REPORTER_WEIGHT
                    if owners is not None and toks.lows[j] in ("in", "on"):
                        # "producer prices on the mainland": the economy measured
                        owners[hit[1][0]] += 1
                elif weighted and j >= 0 and toks.lows[j] in partner_words:
                    weight = PARTNER_WEIGHT
                    if partners is not None:
                        partners[hit[1][0]] += 1
                elif weighted:
                    k = end + 1 if end < n and toks.lows[end] == "'s" else end
                    if k > end:  # "South Korea's chip exports": a modifier or two between
                        k = _owned_word(toks, k, reporter_words)
                    if k < n and toks.lows[k] in reporter_words:
                        weight = REPORTER_WEIGHT
                        if owners is not None:  # in text order: the first owner first
                            owners[hit[1][0]] += 1
                counts[hit[1][0]] += weight
            i = end
        else:
            i += 1
    return counts


def _named_only_as_partner(text: str, code: str) -> bool:
    """Whether ``text`` names the economy ``code`` nowhere, or only after a partner word
    ("BEIJING - Australia's iron ore exports to China ..., the Australian Bureau of
    Statistics said": a story filed from the partner)."""
    partners: Counter[str] = Counter()
    named = country_mentions(text_tokens(text), weighted=True, partners=partners)
    return not named.get(code) or named[code] == partners[code] * PARTNER_WEIGHT


def _owned_word(toks: TextTokens, k: int, reporter_words: frozenset[str]) -> int:
    """The token of a metric word among the first three lower-case words from ``k`` (a
    possessive's object: "South Korea's semiconductor exports", "Saudi Arabia's non-oil
    exports"), else ``k``."""
    for x in range(k, min(len(toks), k + 3)):
        if toks.lows[x] in reporter_words:
            return x
        if not toks.words[x].replace("-", "").isalpha() or not toks.words[x].islower():
            break
    return k


def _dollar_sign_after(toks: TextTokens, end: int) -> bool:
    """Whether a name ending at token ``end`` is the prefix of a dollar sign ("US$ 5.1
    billion", "US $48 billion", "HK$"): a currency, no mention of the economy."""
    at = toks.ends[end - 1]
    return toks.text[at:at + 2].lstrip()[:1] == "$"


def _doc_country(text: str, countries: Iterable[str], toks: TextTokens | None = None
                 ) -> str | None:
    countries = list(countries)
    national = Counter(c for c in countries if c not in NON_NATIONAL)
    dateline = _dateline_at(text)
    if dateline:
        city, code, end, _ = dateline
        # "BRUSSELS (Reuters) - Eurostat said ...": an EU story, not a Belgian one
        if city in _bloc_cities() and "EU" in countries and not national.get(code):
            return _bloc(toks or text_tokens(text))
        # "RIYADH: Qatar's trade surplus ..., the country's Planning and Statistics Authority
        # said": filed abroad about another economy's release; the dateline's country is
        # named nowhere else and no agency of it is
        # (the dateline itself is no mention: "HONG KONG - ... the National Bureau of
        # Statistics said" is a story on the mainland's figures)
        if national and not national.get(code) and _named_only_as_partner(text[end:], code):
            return national.most_common(1)[0][0]
        if not national:
            # "HONG KONG (Reuters) - China's exports rose ...": filed from a city about
            # another economy that the lead names as the owner of its metric, the
            # dateline's own economy named nowhere after the dateline
            lead: Counter[str] = Counter()
            partners: Counter[str] = Counter()
            after = country_mentions(text_tokens(text[end:end + LEAD_CHARS]), weighted=True,
                                     partners=partners, owners=lead)
            owner = next(iter(lead), None)
            # (the lead's first economy, never a partner: not "Imports from China rose ...,
            # and China's exporters gained share")
            if owner not in (None, code, "EU", "EA") and next(iter(after)) == owner and \
                    not partners.get(owner) and not after.get(code) and \
                    not country_mentions(text_tokens(text[end:])).get(code):
                return owner
        return code
    if national:
        return national.most_common(1)[0][0]
    toks = toks or text_tokens(text)
    partners: Counter[str] = Counter()
    mentions = country_mentions(toks, weighted=True, partners=partners)
    # the headline or the lead names the story's economy as the owner of its metric ("Thai
    # exports post strongest growth ... China's economy remains weak"): the first such
    # owner counts once more
    lead: Counter[str] = Counter()
    country_mentions(text_tokens(text[:LEAD_CHARS]), weighted=True, owners=lead)
    if lead:
        first = next(iter(lead))
        mentions[first] += REPORTER_WEIGHT
    # the EU or the euro area when named more often than any one country (as often, when an
    # EU body's release is reported): a Spanish story comparing with the euro area is Spanish
    bloc_count = mentions.get("EU", 0) + mentions.get("EA", 0)
    top = max((v for k, v in mentions.items() if k not in ("EU", "EA")), default=0)
    if bloc_count > top or ("EU" in countries and bloc_count >= top):
        return _bloc(toks)
    if mentions:
        best = mentions.most_common(1)[0][0]
        if partners[best] >= STORY_PARTNER_MENTIONS:
            # "Exports to China rose ..., imports from China ...; China is the largest buyer
            # of Thai rubber": the economy named most is the story's partner; one named
            # never as a partner is the story's own
            own = [(v, k) for k, v in mentions.items()
                   if k != best and not partners[k] and k not in ("EU", "EA")]
            if own:
                return max(own)[1]
        return best
    # no economy named, no agency: a story of the EU or the euro area ("euro area exports of
    # goods ... the euro area recorded a surplus") is theirs
    counts = _bloc_counts(toks, own=True)
    if counts["EA"] or counts["EU"]:
        return "EA" if counts["EA"] >= counts["EU"] else "EU"
    return _city_country(toks)


def _city_country(toks: TextTokens) -> str | None:
    """A story that names no country: the country of the news cities it places things in
    ("told lawmakers in Taipei"), when they agree; bloc seats (Brussels) say nothing."""
    cities, blocs = _dateline_cities(), _bloc_cities()
    found: set[str] = set()
    for k in range(1, len(toks)):
        if toks.lows[k - 1] != "in" or not toks.cap[k]:
            continue
        for end in range(k, min(len(toks), k + 3)):
            if end > k and not toks.joined[end]:
                break
            name = " ".join(toks.text[toks.starts[k]:toks.ends[end]].split()).upper()
            if name in cities and name not in blocs:
                found.add(cities[name])
                break
    return next(iter(found)) if len(found) == 1 else None


def document_country(agencies: list[AgencyMatch], text: str) -> str | None:
    """The article's economy: dateline city, else the most frequent national agency's
    country, else the most mentioned country. EU stories (EU bodies named and no national
    one, or a Brussels/Frankfurt dateline with EU bodies) give "EU", or "EA" when the text
    speaks of the euro area at least as often as of the EU."""
    return _doc_country(text, (a.country for a in agencies))
