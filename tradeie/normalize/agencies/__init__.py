"""AGENCY recognition without a statistical model: a gazetteer plus generic patterns.

The text is tokenised once into word tokens; every list (gazetteer surfaces, non-agencies,
country names) is a dict of token tuples, so a scan is one dict lookup per token instead of
a regex per entry (a 5 KB article takes about 2 ms). Generic bodies ("Ministry of
X", "the commerce ministry", "customs authorities") are found from head words outward, and
"Full Name (ACR)" definitions turn every later "ACR" into the same agency. Bodies named by
their function ("the central bank", "the statistics office", "the national statistics
agency INEGI") are the story economy's body of that kind (the contract's AGENCY conventions);
long acronyms also match in title case ("Inegi", "Turkstat"), so new gazetteer rows are found
in either form.

Shared surfaces ("MOF", "Ministry of Finance", "NBS") are resolved by an adjacent country
("Japan's MOF", "Ministry of Finance of Indonesia"), then by the document's country, then
by the order of models/agencies.jsonl (see the comment at its top).

With a statistical pipeline, its ORG entities are extra evidence (``find(text, orgs=)``): an
ORG the rules missed that is shaped like a government body (a ministry, or a capitalised
department / bureau / office ... head word with a "Federal", "State" ..., a country, or an
"of" complement) becomes an AGENCY; outlets, companies, banks and think tanks stay out.

Layout (each module one job; imports only go down this list, no cycles): ``text_tokens``
word tokens and phrase tables (shared with the officials finder), ``gazetteer`` the named
bodies and the match type, ``rules`` the generic-body rules and the field checks,
``country`` the document country, ``credits`` credit lines, ``lexicon`` gazetteer and
non-agency surfaces over a text, ``candidates`` the finder's candidate record, ``generic``
generic bodies from their head word (a mixin), ``finder`` AgencyFinder.
"""

from __future__ import annotations

from tradeie.normalize.agencies.country import (
    country_after_of,
    country_mentions,
    country_table,
    dateline_cities,
    dateline_country,
    document_country,
    is_country_word,
    qualifier_before,
)
from tradeie.normalize.agencies.credits import credit_spans
from tradeie.normalize.agencies.finder import AgencyFinder
from tradeie.normalize.agencies.gazetteer import (
    GAZETTEER,
    KINDS,
    NON_NATIONAL,
    AgencyMatch,
    AgencyRow,
    load_gazetteer,
)
from tradeie.normalize.agencies.lexicon import _lexicon, non_agency_spans, row_acronym
from tradeie.normalize.agencies.rules import (
    RULE_FIELDS,
    RULES_SCHEMA,
    _code_literal_re,
    generic_heads,
)
from tradeie.normalize.agencies.text_tokens import (
    PhraseTable,
    TextTokens,
    text_tokens,
    tokenize_phrase,
)

__all__ = [
    "GAZETTEER", "KINDS", "NON_NATIONAL", "RULES_SCHEMA", "RULE_FIELDS", "AgencyFinder",
    "AgencyMatch", "AgencyRow", "PhraseTable", "TextTokens", "_code_literal_re", "_lexicon",
    "country_after_of", "country_mentions", "country_table", "credit_spans", "dateline_cities",
    "dateline_country", "document_country", "generic_heads", "is_country_word",
    "load_gazetteer", "non_agency_spans", "qualifier_before", "row_acronym", "text_tokens",
    "tokenize_phrase",
]
