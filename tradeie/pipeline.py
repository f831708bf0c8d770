"""Build the spaCy pipeline: blank English (or the user's pipeline) plus tradeie's components."""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

import tradeie.components.agencies  # noqa: F401 - registers the factories
import tradeie.components.dates  # noqa: F401
import tradeie.components.figures  # noqa: F401
import tradeie.components.metrics  # noqa: F401
import tradeie.components.officials  # noqa: F401
import tradeie.components.relations  # noqa: F401
from tradeie import regexcache, textprep
from tradeie.resources import VERSION, List, Record, Type, data_error, read_json, validate

# Order matters: officials need agencies; dates need the article's country (fiscal years)
# from agencies; figures skip numbers inside dates; relations read everything.
COMPONENTS = (
    "tradeie_agencies",
    "tradeie_officials",
    "tradeie_dates",
    "tradeie_figures",
    "tradeie_metrics",
    "tradeie_relations",
)


# regular expressions (strings) added to spaCy's infixes; abbreviations kept as one token
TOKENIZER_SCHEMA = Record({"version": VERSION, "infixes": List(Type(str, "a string")),
                           "special_cases": List(Type(str, "a string"))},
                          optional=frozenset({"version", "special_cases"}))


def tune_tokenizer(nlp: Language) -> None:
    """Split numbers from currency symbols and scale letters so figure spans align."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, textprep.TradeieTokenizer):
        tokenizer = tokenizer.inner
    data = validate("tokenizer.json", read_json("tokenizer.json"), TOKENIZER_SCHEMA)
    tokenizer.infix_finditer = _infix_regex(nlp, data["infixes"]).finditer
    for index, word in enumerate(data.get("special_cases", [])):
        if not word.strip() or any(c.isspace() for c in word):
            raise data_error("tokenizer.json", "special_cases", f"special_cases[{index}] "
                             f"{word!r} must be one word without spaces", word)
        # "ranked No. 2": one token "No.", so the sentencizer ends no sentence at its stop
        tokenizer.add_special_case(word, [{ORTH: word}])


def _infix_regex(nlp: Language, extra: list[str]) -> re.Pattern[str]:
    for index, pattern in enumerate(extra):
        try:
            re.compile(pattern)  # fail at load, naming the entry, not deep inside spaCy
        except re.error as err:
            raise data_error("tokenizer.json", "infixes", f"infixes[{index}] {pattern!r} is "
                             f"not a valid regular expression: {err}", pattern) from None
    infixes = list(nlp.Defaults.infixes or []) + extra
    return compile_infix_regex(infixes)


def build(base: str | Language | None = None) -> Language:
    """A new pipeline: ``spacy.blank("en")`` by default, or the given pipeline / package name
    with tradeie's components added after its own (its NER and parser are left alone)."""
    with regexcache.cached():  # the rule data's patterns, compiled in an earlier process
        return _build(base)


def _build(base: str | Language | None) -> Language:
    if base is None:
        nlp = spacy.blank("en")
        tune_tokenizer(nlp)
    elif isinstance(base, str):
        nlp = spacy.load(base)
    elif isinstance(base, Language):
        nlp = base
    else:
        raise TypeError(
            f"base must be None, a pipeline name or a spacy Language, not {type(base).__name__}"
        )
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    for name in COMPONENTS:
        if not nlp.has_pipe(name):
            nlp.add_pipe(name)
    textprep.rules()  # make_doc's cleaning rules: a broken text.json fails here, not later
    # Long documents are allowed; tradeie enforces its own limit with a clear error.
    nlp.max_length = max(nlp.max_length, 10_000_000)
    return nlp
