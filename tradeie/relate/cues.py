"""Compiled cue lists of the relation linker (data: models/relations.json, economies.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from tradeie.normalize.economies import economies
from tradeie.normalize.metrics import METRIC_DATA, validate_metric_data
from tradeie.patterns import flat_pattern, phrase_pattern
from tradeie.relate import change_cues
from tradeie.relate.prefilters import (  # noqa: F401
    WORD_GATES,
    EndChars,
    EndsWithWord,
    NeedsChar,
    NeedsWord,
    _Prefiltered,
    word_gate,
)
from tradeie.resources import (
    VERSION,
    WORDS,
    List,
    Map,
    OneOf,
    Record,
    Text,
    data_error,
    entries,
    read_json,
    validate,
)
from tradeie.schema import BASES, METRICS

RELATIONS = "relations.json"
# Every list of cue phrases the linker reads from relations.json.
CUE_LISTS = (
    "up", "down", "flat", "level_verbs", "level_after_verb", "change_nouns_after", "share",
    "share_after", "growth_rate_cues", "comparison_before_date", "release_before_date",
    "backref_dates", "date_right_after_figure", "forecast", "target", "previous",
    "attribution", "respectively", "speech_verbs", "attribution_after_agency",
    "third_party_forecasters", "continuation_nouns", "comparative_words",
    "forecast_revision_verbs", "world_words", "partner_whole_fillers",
    "earning_verbs", "economy_change_nouns",
    "continuation_pronouns",
    "clause_breaks",
    "share_context_substrings", "forecast_after_figure", "growth_rate_down",
    "basis_comparators", "basis_adjective_nouns", "streak_before_date",
    "sentence_start_period_cues", "attribution_by_after_figure", "share_subjects",
    "comparison_value_cues", "comparison_value_fillers", "comparison_recorded_verbs",
    "passage_backref_dates", "revised_estimate_words", "to_date_before_day",
    "comparison_later_cues", "rate_change_nouns", "tolerance_cues", "pace_before_date",
    "component_rank_verbs", "by_amount_fillers", "comparison_after_level_cues",
    "possessive_date_fillers",
    "change_in_modifiers", "change_nouns_of", "flow_time_denominators",
    "comparison_date_fillers", "target_setters", "target_setter_verbs", "average_change_words",
    "share_whole_modifiers", "index_units", "index_base_before_date", "basis_streak_words",
)
# The period/basis cue lists read by relate/scope.py (see the file's "_period_scope" note).
PERIOD_CUE_LISTS = ("period_event_day_gap", "period_timeless_verbs", "period_standing_target",
                    "period_decision_verbs", "period_decision_nouns", "period_sequential_basis",
                    "period_aside_after", "period_end_clause_before",
                    "period_subject_backref_verbs", "period_cumulative_year_cues",
                    "period_month_end_before",
                    "period_month_end_openers", "period_month_end_suffixes",
                    "period_month_end_other_flows")
# The source/modality cue lists of the "source_cues" section, read by relate/source_link.py
# (see the section's comment).
SOURCE_CUE_LISTS = ("structure_verbs", "appositive_structure_words", "structure_wholes",
                    "structure_approximators", "owned_measure_nouns", "standing_settings",
                    "standing_verbs", "background_cues", "market_after_figure",
                    "measure_owner_before",
                    "agency_object_before", "agency_modified_nouns", "release_verbs_by",
                    "non_agency_heads",
                    "release_estimates",
                    "previous_after_figure", "modals_after_figure")
# Sections of relations.json mapping each basis to a phrase list.
BASIS_SECTIONS = ("basis", "basis_references", "basis_adjectives", "basis_adverbs_after",
                  "basis_opening_adverbs")
METRIC_ID = Text(test=METRICS.__contains__, what="a metric id of the contract")
# Every key of relations.json; an unknown (or misspelt) key is refused. An empty phrase would
# make a cue match everywhere, an unknown basis or metric id would reach no fact.
RELATIONS_SCHEMA = Record({
    "version": VERSION,
    **{key: WORDS for key in CUE_LISTS + PERIOD_CUE_LISTS},
    **{key: Map(WORDS, comments=False, names=OneOf(BASES)) for key in BASIS_SECTIONS},
    "rate_metrics": List(METRIC_ID),
    "stock_metrics": List(METRIC_ID),
    "domestic_metrics": List(METRIC_ID),
    "period_month_end_flows": List(METRIC_ID),
    "source_cues": Record({key: WORDS for key in SOURCE_CUE_LISTS}),
    # annualised rates (relate/release_terms.py)
    "release_terms": Record({"annualized_rate": WORDS, "earlier_estimates": WORDS,
                             "job_count_units": WORDS, "poll_count_units": WORDS,
                             "measure_metrics": List(METRIC_ID),
                             "measure_any_metric_units": WORDS,
                             "person_count_heads": WORDS, "person_metrics": List(METRIC_ID),
                             "tally_count_heads": WORDS,
                             "twelve_month_dates": WORDS, "rolling_flow_words": WORDS,
                             "rolling_flow_blockers": WORDS,
                             "twelve_month_rate_metrics": List(METRIC_ID),
                             "yoy_annual_rate": WORDS,
                             "yoy_annual_rate_economies": List(OneOf(tuple(
                                 c.alpha_2 for c in pycountry.countries)))}),
}, optional=frozenset({"version"}))

# The end of an economy's name in the patterns that name one: no word, possessive or "$"
# continues it, and no "$" follows after a space ("US$ 7.1 billion", "US $" are currencies);
# the WORD form lets a possessive through ("China's exports to the US")
ECONOMY_END = r"(?!['\u2019\w$-]|\s+\$)"
ECONOMY_WORD_END = r"(?![\w$-]|\s+\$)"

# Structural patterns of the linker (punctuation and grammar, no vocabulary), compiled once.
# "compared with March 2021 (€201.4Bn)": from a date's end, the bracket opening before a
# figure; group 1 spans the offsets at which that figure may start
BRACKET_AFTER_DATE = re.compile(r"\s*[(\[](\s*)")
BRACKET_BEFORE_FIGURE = re.compile(r"\(\s*(\+?)\s*$")  # "US$ 337.0 billion (-0.8%)"
BY_BEFORE = re.compile(r"\bby\s*$")  # "widened by $3.1 billion"
FROM_BEFORE = re.compile(r"\bfrom\s*$")  # "to $B from $C"
# "the index stood at 113.99 (2020=100)": a year set equal to an index value is the
# index's base year, no period of the figures around it
BASED = re.compile(r"\s?=\s?\d")
# "compared with 19.8 percent for locally produced items": a value of another item, of the
# same period (not "for the same month", "for 2023")
FOR_ITEM_AFTER = re.compile(
    r"\s+for\s+(?:the\s+)?(?!(?:same|previous|prior|last|past|whole|full|first|second|third|"
    r"fourth|corresponding|comparable|year|years|month|months|quarter|quarters|period|week|"
    r"half|fiscal)\b)[a-z][\w-]*")
OF_AFTER = re.compile(r"\s+of\s+")  # "about 83% of Mexico's exports"
ONLY_SPACE = re.compile(r"[\s]*")
# between an economy and the metric it owns: "China exports"; never a line break ("Trade
# deficit with China\nImports in particular rising" is a heading, then another)
LINE_SPACE = re.compile(r"[^\S\n]*")
# what may stand right before a word opening a sentence (searched in the few characters
# before it): the text start, a full stop or a line break, then spaces
SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n])\s*$")
# the gap between figures listed before "respectively": "6.1, 3.5 and 27 percent"
LIST_JOINER = re.compile(r"\s*(?:,|and|,\s*and)\s*")
# "the Commerce Department's Census Bureau": an agency owning the next one
POSSESSIVE_SPACE = re.compile(r"(?:'s|’s)\s")
POSSESSIVE_GAP = re.compile(r"(?:'s|’s)\s+(?:the\s+)?")
# "the Census Bureau and the Bureau of Economic Analysis reported": coordinated agencies
AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")
# "Kenya National Bureau of Statistics (KNBS)": a name followed by its acronym
ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z][\w&.\-]{1,11}\s*\)")


def basis_phrases(rel: dict) -> dict[str, list[str]]:
    """Each basis's cue phrases: the listed ones, every comparator before every reference
    ("versus" + "the same period a year earlier") and every adjective before every change
    noun ("monthly" + "gain"). Composing them, rather than listing wordings, is what lets
    the cues cover news that was not read when the lists were written."""
    out: dict[str, list[str]] = {}
    for basis, phrases in rel["basis"].items():
        out.setdefault(basis, []).extend(phrases)
    for basis, refs in rel["basis_references"].items():
        out.setdefault(basis, []).extend(
            f"{c} {r}" for c in rel["basis_comparators"] for r in refs)
    for basis, adjectives in rel["basis_adjectives"].items():
        out.setdefault(basis, []).extend(
            f"{a} {n}" for a in adjectives for n in rel["basis_adjective_nouns"])
    return out


def cue_re(phrases, *, at_end: bool = False, at_start: bool = False) -> re.Pattern[str]:
    body = rf"(?<![\w-])(?:{phrase_pattern(phrases)})(?![\w-])"
    if at_end:
        body += r"[\s,]*$"
    if at_start:
        body = r"^[\s,]*" + body
    return re.compile(body, re.IGNORECASE)


def validate_relations(rel: dict) -> dict:
    """Check relations.json at load (``RELATIONS_SCHEMA``, then the rules between lists);
    errors name the file, the line and the key. A word both 'up' and 'down' would get the
    direction of whichever list is read last."""
    validate(RELATIONS, rel, RELATIONS_SCHEMA)
    seen: dict[str, str] = {}
    for direction in ("up", "down", "flat"):
        for word in rel[direction]:
            if seen.get(word.lower(), direction) != direction:
                raise data_error(RELATIONS, direction,
                                 f"{word!r} is also listed under {seen[word.lower()]!r}", word)
            seen[word.lower()] = direction
    cues_lower = {w.lower() for w in rel["growth_rate_cues"]}
    for word in rel["growth_rate_down"]:
        if word.lower() not in cues_lower:
            raise data_error(RELATIONS, "growth_rate_down",
                             f"{word!r} is not one of growth_rate_cues", word)
    return rel


@cache
def relations() -> dict:
    """relations.json, validated: read by ``Cues`` and by relate/scope.py."""
    return validate_relations(read_json(RELATIONS))


PRODUCT_CUES = "product_cues.json"
PRODUCT_LISTS = ("not_product", "inner_words", "not_restricting", "not_modifiers",
                 "phrase_openers", "list_openers", "item_openers", "list_enders",
                 "change_nouns", "share_verbs", "earning_verbs", "price_heads",
                 "product_tails", "rank_words", "rank_links", "code_prefixes",
                 "share_rank_words", "measure_nouns", "subject_cue_words", "pronoun_objects",
                 "acronym_heads", "report_heads")
PRODUCT_METRIC_LISTS = ("flow_metrics", "price_metrics", "modified_metrics")
# A noun phrase naming a product: letters, hyphens, slashes, apostrophes, ampersands.
_NP = r"[A-Za-z][\w'’/&\-]*(?:\s+[A-Za-z][\w'’/&\-]*){0,5}"
# the last words of ``ProductCues.ranked_item``: "valued at", "worth", "at", "with", "of",
# then maybe "about", "around", ...
_RANKED_ENDS = ("at", "worth", "with", "of", "about", "around", "some", "nearly", "almost",
                "over")


PRODUCT_CUES_SCHEMA = Record({
    "version": VERSION,
    **{key: WORDS for key in PRODUCT_LISTS},
    **{key: List(METRIC_ID) for key in PRODUCT_METRIC_LISTS},
    # the industry of an employment figure (relate/sector.py)
    "employment_sectors": Record({"heads": WORDS, "job_verbs": WORDS, "not_sectors": WORDS,
                                  "job_units": WORDS}),
}, optional=frozenset({"version"}))


def validate_product_cues(raw: dict) -> dict:
    """Check product_cues.json at load (``PRODUCT_CUES_SCHEMA``): every list holds non-empty
    phrases (an empty one would match everywhere), the metric lists name known metric ids."""
    return validate(PRODUCT_CUES, raw, PRODUCT_CUES_SCHEMA)


@dataclass(frozen=True)
class ProductCues:
    """The compiled word lists of ``relate.product``."""

    not_product: frozenset[str]
    inner: frozenset[str]
    not_restricting: frozenset[str]
    not_modifiers: frozenset[str]
    leads: frozenset[str]
    price_heads: frozenset[str]
    measure_nouns: frozenset[str]
    subject_cues: frozenset[str]  # "dragged down by automobiles, which": no part of it
    pronouns: frozenset[str]  # "exports of them doubled": goods named before, no product here
    flows: frozenset[str]
    prices: frozenset[str]
    modified: frozenset[str]
    bracketed: NeedsChar
    item_by: EndsWithWord
    change_in: re.Pattern[str]
    share_subject: EndsWithWord
    list_end: re.Pattern[str]
    tail: re.Pattern[str]
    np_opening: re.Pattern[str]
    apposed_share: re.Pattern[str]
    ranked_item: EndsWithWord

    @classmethod
    def load(cls) -> ProductCues:
        raw = validate_product_cues(read_json(PRODUCT_CUES))

        def low(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in raw[key])

        # what follows the goods of ``ranked_item`` (its pattern's tail, a cheap test)
        ranked_tail = (
            rf"(?:\s+(?:{phrase_pattern(raw['rank_links'])})|,)\s+"
            r"(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?"
            rf"(?:{phrase_pattern(raw['rank_words'])})\s+(?:non-oil\s+)?"
            r"(?:export|import)s?(?:\s+(?:product|item|commodity|earner))?"
            r",?\s+(?:valued\s+at|worth|at|with|of)\s+"
            r"(?:(?:about|around|some|nearly|almost|over)\s+)?$")
        return cls(
            not_product=low("not_product"), inner=low("inner_words"),
            not_restricting=low("not_restricting"), not_modifiers=low("not_modifiers"),
            leads=low("item_openers") | {w for p in low("item_openers") for w in p.split()}
            | {"the", "a", "an", "by", "followed", "led"},
            price_heads=low("price_heads"), measure_nouns=low("measure_nouns"),
            subject_cues=low("subject_cue_words"), pronouns=low("pronoun_objects"),
            flows=frozenset(raw["flow_metrics"]),
            prices=frozenset(raw["price_metrics"]), modified=frozenset(raw["modified_metrics"]),
            # "computers ($4.4 billion)", "instant coffee (up 1,6%)": a phrase right before
            # the bracket of a figure, after a list delimiter
            bracketed=NeedsChar(re.compile(
                rf"(?:^|[,;:)]\s*|\b(?:{phrase_pattern(raw['list_openers'])})\s+)(?:the\s+)?"
                rf"(?P<np>{_NP})\s*\(\s*(?:(?:up|down|by|both|each)\s+)?[+\-\u2212]?\s*$",
                re.IGNORECASE), "("),
            # "including mechanical equipment by 35.4%", "followed by capital goods at 12.4%"
            item_by=EndsWithWord(re.compile(
                rf"(?:[,;:]\s*|\b(?:{phrase_pattern(raw['item_openers'])})\s+)(?:the\s+)?(?P<np>{_NP})"
                r"\s+(?:by|at)\s+$", re.IGNORECASE), ("by", "at")),
            # "a 16% increase in plastics and rubber products"
            change_in=re.compile(
                rf"\s+(?:{phrase_pattern(raw['change_nouns'])})\s+in\s+(?:the\s+)?(?P<np>{_NP})",
                re.IGNORECASE),
            # "Machinery and equipment made up 47.2% of imports": a share's subject; "FDI
            # firms earned 99.1 billion USD from exports": an earner's; "...,
            # of which natural gas accounted for": the part of a whole just named; a short
            # bracketed code after the subject is no part of it ("Medical and
            # pharmaceutical products (Chapter 30) made up", "Machinery (SITC 7) accounted");
            # nor is a ranking copula ("Electrical equipment was the largest export
            # commodity section, accounting for")
            share_subject=EndsWithWord(re.compile(
                r"(?:^|[.;:]\s+|,\s+(?:while|and|but|whereas|with|of\s+which)\s+|\n\s*)"
                r"(?:the\s+)?(?P<np>[A-Za-z][\w'’/&\-]*(?:,?\s+[A-Za-z][\w'’/&\-]*){0,5})"
                rf"(?P<code>\s+\((?:{phrase_pattern(raw['code_prefixes'])})\s*[\dA-Z][\w.\-]{{0,6}}\))?"
                rf"(?:\s+(?:was|were)\s+the\s+(?:{phrase_pattern(raw['share_rank_words'])})"
                r"(?:\s+[a-z][\w\-]*){1,4},)?"
                rf"\s+(?:{phrase_pattern(raw['share_verbs'] + raw['earning_verbs'])})\s+$",
                re.IGNORECASE),
                {p.split()[-1] for p in raw["share_verbs"] + raw["earning_verbs"]}),
            # what closes the last item of "coal and natural gas increased ..."
            list_end=re.compile(
                r"(?:the\s+)?([A-Za-z][\w'’/&\-]*(?:\s+[A-Za-z][\w'’/&\-]*){0,3}?)"
                rf"(?=\s+(?:[a-z]+ed|[a-z]+ing|{phrase_pattern(raw['list_enders'])})\b|\s*,)"),
            tail=re.compile(rf"\s+(?:{phrase_pattern(raw['product_tails'])})\b", re.IGNORECASE),
            # "FDI firms raked in $45.9 billion from exports, up 24.3 percent on the year,
            # making up 71.3 percent of": the gap before a share set off after a figure
            apposed_share=re.compile(
                # (bounded spaces: unbounded ones overlap the run before and backtrack)
                rf"[^,;]{{0,60}}(?:,|,?\s{{1,5}}and)\s{{1,5}}"
                rf"(?:{phrase_pattern(raw['share_verbs'])})\s+$",
                re.IGNORECASE),
            # "Tea was the leading export, valued at", "crude petroleum, the second-highest
            # export at": goods ranked as a flow, right before the flow's figure
            # (behind a test of the window's last word and of "xport" / "mport" in it: the
            # run of words it opens with is tried at every letter of the window)
            ranked_item=EndsWithWord(
                re.compile(rf"(?P<np>{_NP})" + ranked_tail, re.IGNORECASE), _RANKED_ENDS,
                needs=("xport", "mport"), tail=re.compile(ranked_tail, re.IGNORECASE)),
            np_opening=re.compile(
                rf"(?:^|[,;:(]\s*|[.!?]\s+|\s[-\u2013\u2014]\s+|"  # (a dateline: "NAIROBI - ")
                rf"\b(?:{phrase_pattern(raw['phrase_openers'])})\s+)$",
                re.IGNORECASE),
        )


class Cues:
    def __init__(self) -> None:
        rel = relations()
        eco = economies()
        self.up = cue_re(rel["up"])
        self.down = cue_re(rel["down"])
        self.flat = cue_re(rel["flat"])
        self.direction_words = {w.lower(): "up" for w in rel["up"]}
        self.direction_words.update({w.lower(): "down" for w in rel["down"]})
        self.direction_words.update({w.lower(): "flat" for w in rel["flat"]})
        self.any_direction = re.compile(
            rf"(?<![\w-])(?P<w>{phrase_pattern(self.direction_words)})(?![\w-])", re.IGNORECASE
        )
        self.level_marker = cue_re(rel["level_verbs"] + rel["level_after_verb"], at_end=True)
        # "a 0.2 percent on-quarter decline", "the 4.75% month-on-month gain": a basis
        # adjective (any of basis_adjectives) may stand between the figure and its noun
        basis_adj = phrase_pattern(sorted({a for adjs in rel["basis_adjectives"].values()
                                           for a in adjs} | {"y/y"}))
        # ("an 18% average rise in fuel prices": an adjective of change_in_modifiers too)
        self.change_after = re.compile(
            rf"^\s*(?:(?:{basis_adj}|{phrase_pattern(rel['change_in_modifiers'])})\s+)?"
            # ("5.4 billion euros up to September": the span, not a rise)
            rf"(?P<w>{phrase_pattern(rel['change_nouns_after'])})(?![\w-])"
            rf"(?!(?<=up)\s+(?:to|until)\b)",
            re.IGNORECASE,
        )
        # "a 4.1% rise in domestic demand", "a 14.6% increase in the average price of ...":
        # the gap between a change noun and the metric it moved
        self.change_in = re.compile(
            r"\s{1,3}in\s{1,3}(?:the\s{1,3})?(?:[\w.'’-]+(?:'s|’s)\s{1,3})?"
            rf"(?:(?:{phrase_pattern(rel['change_in_modifiers'])})\s{{1,3}})?", re.IGNORECASE)
        # "an 18% average rise in fuel prices over the year": an average change, no basis
        self.average_change_after = re.compile(
            rf"\s{{1,3}}(?:{phrase_pattern(rel['average_change_words'])})\s{{1,3}}"
            rf"(?:{phrase_pattern(rel['change_nouns_after'])})(?![\w-])", re.IGNORECASE)
        # "The 14.3 percent year-on-year gains beat expectations": a figure naming a change
        # (plural too) as a sentence's subject
        self.change_subject = re.compile(
            rf"\s{{0,5}}(?:(?:{basis_adj})\s{{1,5}})?"  # (bounded: see test_redos)
            rf"(?:{phrase_pattern(rel['change_nouns_after'])})s?(?![\w-])", re.IGNORECASE)
        bases = basis_phrases(rel)
        self.basis_any = cue_re([p for ps in bases.values() for p in ps])
        self.share_before = cue_re(rel["share"], at_end=True)
        # (or "of", a possessive or up to two share_whole_modifiers and "total": "about 13.8
        # percent of the national total", "of Malaysia's total exports")
        whole = (r"^[\s,]*of\s{1,3}(?:the\s{1,3})?(?:(?:[a-z][\w.-]{0,30}['\u2019]s|"
                 rf"{phrase_pattern(rel['share_whole_modifiers'])})\s{{1,3}}){{1,2}}total(?![\w-])")
        self.share_after = re.compile(
            rf"{cue_re(rel['share_after'], at_start=True).pattern}|{whole}", re.IGNORECASE)
        self.share_subject = cue_re(rel["share_subjects"])
        self.rate_metrics = set(rel["rate_metrics"])
        # "cut its key rate by (a total of) 50 basis points": 'by' and the amount's fillers
        self.by_before = re.compile(
            rf"\bby(?:\s+(?:{phrase_pattern(rel['by_amount_fillers'])}))?\s*$", re.IGNORECASE)
        # stocks are measured at a day; flows "as of April 15" run from January 1 to it
        self.stock_metrics = set(rel["stock_metrics"])
        self.flow_time_denominators = frozenset(rel["flow_time_denominators"])
        # one economy's own aggregates (GDP, CPI, ...) have no partner
        self.domestic_metrics = frozenset(rel["domestic_metrics"])
        # "3% plus or minus one percentage point": the band of a target (relate/tolerance)
        self.tolerance = cue_re(rel["tolerance_cues"])
        self.to_date_before = cue_re(rel["to_date_before_day"], at_end=True)
        self.comparison_later = cue_re(rel["comparison_later_cues"])
        self.comparison_after_level = cue_re(rel["comparison_after_level_cues"])
        self.products = ProductCues.load()
        self.growth_rate = cue_re(rel["growth_rate_cues"])
        self.growth_rate_down = {w.lower() for w in rel["growth_rate_down"]}
        # case-sensitive substrings, not words: "accounted", "shares" count too
        exact = r"\ "  # in these two flat lists (longest first) a space matches a space only
        self.share_context = re.compile(flat_pattern(set(rel["share_context_substrings"]), exact))
        # "4.8 percent, economists expected": at most one word between figure and cue
        forecast_after = flat_pattern(set(rel["forecast_after_figure"]), exact)
        self.forecast_after = re.compile(rf"^\s*(?:\w+\s+)?(?:{forecast_after})")
        # (not "the third straight monthly decline": a run of monthly data states no basis)
        guard = "".join(f"(?<!{re.escape(w)} )" for w in rel["basis_streak_words"])
        self.basis = {b: re.compile(guard + cue_re(p).pattern, re.I) for b, p in bases.items()}
        # "the 0.2% decline economists had forecast": a forecaster and a forecast verb in a
        # relative clause right after the figure (at most one word between each)
        self.forecaster_after = re.compile(
            rf"^\s*(?:[\w-]+\s+)?(?:{phrase_pattern(rel['third_party_forecasters'])})\s+"
            rf"(?:\w+\s+)?(?:{phrase_pattern(rel['forecast'])})(?![\w-])",
            re.IGNORECASE,
        )
        # "below the 6.5 percent the government had hoped for": a target's relative clause
        self.target_setter_after = re.compile(
            r"^\s{0,3}(?:that\s{1,3})?(?:the\s{1,3}|its\s{1,3})?"
            rf"(?:{phrase_pattern(rel['target_setters'])})\s{{1,3}}"
            r"(?:had\s{1,3}|has\s{1,3}|have\s{1,3})?"
            rf"(?:{phrase_pattern(rel['target_setter_verbs'])})(?![\w-])", re.IGNORECASE)
        # "the 3.9% projected by the economy ministry": the text between a figure and the
        # agency it is attributed to
        self.by_agency_after = re.compile(
            rf"^\s*(?:[\w-]+\s+)?(?:{phrase_pattern(rel['attribution_by_after_figure'])})\s+by\s+"
            r"(?:the\s+)?$",
            re.IGNORECASE,
        )
        self.comparison_before, self.pace_before = change_cues.comparison_cues(rel)
        # "more than the exports recorded in December 2016": a few words between
        self.comparison_recorded_before = EndsWithWord(re.compile(
            rf"(?<![\w-])(?:{phrase_pattern(rel['comparison_before_date'])})(?:\s+[^\s\d]+){{0,5}}?"
            rf"\s+(?:{phrase_pattern(rel['comparison_recorded_verbs'])})\s+(?:in|on|during|for)\s*$",
            re.IGNORECASE,
        ), ("in", "on", "during", "for"))
        # matched with .match(text, start, end), which anchors at start ('^' would not)
        self.passage_backref = re.compile(
            rf"(?:{phrase_pattern(rel['passage_backref_dates'])})$", re.IGNORECASE)
        (self.fall_heads_subject, self.apposed_change_gap, self.earning_verb,
         self.economy_change_after, self.change_of_before, self.rate_change_before) = \
            change_cues.change_noun_cues(rel)
        self.comparison_value_before = change_cues.comparison_value_cue(rel)
        # "November's 4.8%", "last year's record $98.9 billion": a date owning the figure
        self.possessive_date = re.compile(
            rf"(?:'s|’s)\s+(?:(?:{phrase_pattern(rel['possessive_date_fillers'])})\s+)?",
            re.IGNORECASE)
        self.release_before = cue_re(rel["release_before_date"], at_end=True)
        self.streak_before = cue_re(rel["streak_before_date"], at_end=True)
        self.index_base_before = cue_re(rel["index_base_before_date"], at_end=True)
        self.period_at_start = cue_re(rel["sentence_start_period_cues"], at_start=True)
        self.backref = cue_re(rel["backref_dates"])
        self.date_after_figure = re.compile(
            rf"^[\s,]*(?:(?:{phrase_pattern(rel['date_right_after_figure'])})\s+)(?:the\s+)?$",
            re.IGNORECASE,
        )
        # (not "the expectations index fell to 66.4": an index named so is no forecast)
        # (not "the expectations index", nor "seen as a better gauge of the economy")
        self.forecast = re.compile(cue_re(rel["forecast"]).pattern +
                                   r"(?!\s+(?:index|indexes|indices|gauge|as)(?![\w-]))",
                                   re.IGNORECASE)
        self.estimate = cue_re(rel["revised_estimate_words"])
        self.estimate_ends = EndChars.of(rel["revised_estimate_words"])
        self.forecast_ends = EndChars.of(rel["forecast"])
        self.target = cue_re(rel["target"])
        self.previous = cue_re(rel["previous"])
        # a whole sentence's or clause's search of these cues first asks whether it holds a
        # needed word (sentence.SentenceIndex; most hold none); a short window runs the
        # pattern alone, where the gate would cost more than it saves
        self.word_gates = {id(p): NeedsWord.of_phrases(p, rel[k]) for p, k in (
            (self.forecast, "forecast"), (self.target, "target"), (self.previous, "previous"))}
        WORD_GATES.update(self.word_gates)
        self.attribution = cue_re(rel["attribution"])
        self.respectively = cue_re(rel["respectively"])
        self.speech = cue_re(rel["speech_verbs"])
        self.attribution_after = re.compile(
            # ("had initially estimated": an auxiliary and an adverb before the verb)
            rf"^\s*(?:\([^()]{{1,20}}\)\s*)?(?:on\s+\w+\s+)?(?:(?:has|had|have)\s+)?"
            rf"(?:\w+ly\s+)?(?:{phrase_pattern(rel['attribution_after_agency'])})"
            r"(?![\w-])",
            re.IGNORECASE,
        )
        self.third_party = cue_re(rel["third_party_forecasters"])
        # "Blueberries led with US$ 610 million": the verb after a ranked component
        self.component_rank_end = re.compile(
            rf"\s+(?:{phrase_pattern(rel['component_rank_verbs'])})$", re.IGNORECASE)
        # "exports rose 3.6% monthly.": an adverb right after the figure that ends its phrase
        # (not "a 3.6% monthly gain", an adjective: basis_adjectives)
        self.basis_adverb_after = {
            b: re.compile(rf"\s+(?:{phrase_pattern(words)})(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|"
                          rf"and|while|but|after|from|compared|versus|to)\s)", re.IGNORECASE)
            for b, words in entries(rel["basis_adverbs_after"]).items()}
        self.basis_opening = change_cues.basis_opening_cues(entries(rel["basis_opening_adverbs"]))
        self.continuation_noun = cue_re(rel["continuation_nouns"])
        self.continuation_noun_ends = EndChars.of(rel["continuation_nouns"])
        self.comparatives = {w.lower() for w in rel["comparative_words"]}
        self.forecast_revision = cue_re(rel["forecast_revision_verbs"])
        self.forecast_revision_ends = EndChars.of(rel["forecast_revision_verbs"])
        metrics = validate_metric_data(read_json(METRIC_DATA))
        self.generic_heads = {
            k.lower(): (v if isinstance(v, list) else [v])
            for k, v in entries(metrics["generic_heads"]).items()
        }
        self.generic_named_earlier = {w.lower() for w in metrics.get(
            "generic_heads_named_earlier", ())}
        balances = metrics["balances"]
        self.index_units = frozenset(w.lower() for w in rel["index_units"])
        self.balance_heads = {" ".join(w.lower().split()) for w in balances["wordings"]}
        self.balance_sign = re.compile(
            rf"(?<![\w-])(?:(?P<surplus>{phrase_pattern(balances['surplus'])})|"
            rf"(?P<deficit>{phrase_pattern(balances['deficit'])}))(?![\w-])",
            re.IGNORECASE,
        )
        self.world = cue_re(rel["world_words"], at_end=True)
        self.continuation = cue_re(rel["continuation_pronouns"], at_start=True)
        self.clause_breaks = re.compile(
            "|".join(re.escape(b) for b in rel["clause_breaks"]), re.IGNORECASE
        )
        names: dict[str, str] = {}
        for c in pycountry.countries:
            names.setdefault(c.name, c.alpha_2)
            common = getattr(c, "common_name", None)
            if common:
                names.setdefault(common, c.alpha_2)
        names.update(eco["names"])
        # ("the People’s Republic of China": news writes the typographic apostrophe too)
        names.update({k.replace("'", "’"): v for k, v in list(names.items()) if "'" in k})
        self.economy_names = names
        # the patterns let a name's spaces be any whitespace ("United\nStates" in wrapped
        # text): look the matched words up, not the matched string
        self._economy_by_words = {" ".join(k.split()): v for k, v in names.items()}
        # one prefix tree of every economy name, shared by the ~20 patterns that name one
        names_alt = phrase_pattern(names)
        self.blocs = set(eco["blocs"])
        self.reporter_only = set(eco["reporter_only"])
        # Case-sensitive: "US" and "us" differ; economies are proper names.
        self.economy = re.compile(
            rf"(?<![\w-])(?P<e>{names_alt})(?P<poss>'s|’s)?{ECONOMY_WORD_END}"
        )
        self.economy_ends = EndChars.of([*names, "'s", "’s"])
        self.self_reference = cue_re(eco["self_reference"])
        self.no_partner = cue_re(eco["no_partner"])
        self.partner_after = change_cues.partner_after_cue(names_alt, rel, ECONOMY_WORD_END)
        self.intra = re.compile(rf"(?i:intra)-?\s*(?P<e>{names_alt})\s*$")
        self.share_of_partner = change_cues.share_of_partner_cue(names_alt)
        # "extra-EU25 trade": the area's trade with the rest of the world
        self.extra = re.compile(
            rf"(?i:extra)-?\s*(?P<e>{names_alt})(?:\s+[\w-]+){{0,3}}\s*$")
        # "the euro zone's third-largest economy": a description, not the reporter
        self.rank = cue_re(eco["rank_words"])
        # "ASEAN remained China's top trading partner, with trade ...", "followed by the EU
        # with ...": a sentence naming trade partners as its subjects
        self.partner_frame = cue_re(eco["partner_frame_cues"])
        # "Germany (5.4%), France (7.1%)": the economy a bracketed figure is listed after
        # (every match holds "(": most windows before a figure hold none)
        self.economy_bracket = NeedsChar(re.compile(
            rf"(?<![\w-])(?P<e>{names_alt})\s*\(\s*(?:(?:up|down|both|by)\s+)?[+\-\u2212]?\s*$"),
            "(")
        self.currency_after = re.compile(
            rf"\s*(?:{phrase_pattern(eco['currency_words_after'])})(?![\w-])", re.IGNORECASE)
        # "1.7% in the EU", "1.4% for the eurozone": the economy right after a figure
        # (patterns used with .match(text, pos) carry no '^': it would match only at 0)
        self.economy_after_figure = re.compile(
            rf"\s+(?:(?!(?:and|or|but|while|whereas)\s)[\w-]+\s+){{0,2}}?(?P<prep>in|for)\s+"
            rf"(?:the\s+)?(?P<e>{names_alt}){ECONOMY_END}")
        # "..., while in France it stood at 2.5%": a clause opened by the economy it is about
        self.in_economy_opening = re.compile(
            rf"\s*(?:(?:while|whereas|and|but)\s+)?in\s+(?:the\s+)?(?P<e>{names_alt})"
            rf"{ECONOMY_END}")
        # "..., with Germany, the bloc's largest economy, posting a 0.2% gain", "with the EU
        # posting respective gains of": the subject of an absolute clause before the figure
        self.with_economy_ing = re.compile(
            rf"(?<![\w-])with\s+(?:the\s+)?(?P<e>{names_alt})(?P<aside>,[^,;]{{1,60}},)?\s+"
            rf"[a-z]+ing\s[^,;]{{0,40}}$")
        # "Ireland posted growth of 1.1%, Spain 0.7% and Germany 0.2%": a gapped conjunct,
        # an economy and its figure, the verb and metric left to the first conjunct
        self.economy_gapped = re.compile(
            rf"(?:,|(?<![\w-])and)\s+(?:followed\s+by\s+)?(?:the\s+)?(?P<e>{names_alt})\s+"
            r"(?:(?:at|with)\s+)?$")
        # "... for the EU at 1.5%", "recorded in Belgium at 4.9%": the economy right before a
        # figure (most windows before a figure end with none of its last words)
        self.economy_before_figure = EndsWithWord(re.compile(
            rf"(?<![\w-])(?:for\s+(?:the\s+)?(?P<e>{names_alt})\s+(?:at|was|of|stood\s+at)"
            rf"|in\s+(?:the\s+)?(?P<e2>{names_alt})\s+at)\s*$"),
            ("at", "was", "of"), needs=("for", "in"))
        # "In Portugal, GDP increased ...": an opening phrase naming the sentence's economy
        self.economy_lead = re.compile(
            rf"\s*(?:In|For|Across)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?P<e>{names_alt})"
            r"\s*,")
        # "its 2025 forecast for the United States": the economy a metric is given for
        self.for_economy_after = re.compile(
            rf"\s+(?:[\w-]+\s+)?for\s+(?:the\s+)?(?P<e>{names_alt}){ECONOMY_END}")
        # "producer prices on the mainland", "annual inflation in Germany": the place a rate
        # is measured in, right after its mention, is its economy (the caller leaves trade
        # flows out: "exports in China" is where, not whose)
        self.economy_in_after = re.compile(
            rf"\s+(?:in|on)\s+(?:the\s+)?(?P<e>{names_alt}){ECONOMY_END}")
        # "exports to the EU", "trade with the euro area": the economy after it is a partner
        self.partner_preposition = re.compile(
            r"(?<![\w-])(?:to|with|from|outside|than|non|extra)[\s-]+(?:the\s+)?$", re.IGNORECASE)
        # "New Zealand dairy exports", "Indonesia's mineral fuels exports": the economy
        # owning a metric, right before the words that restrict it
        self.economy_owner = re.compile(
            rf"(?<![\w-])(?:{names_alt})(?:'s|’s)?[ \t]+$")
        # "6.2 percent of China's overall imports": the economy a share is of
        self.share_owner = re.compile(
            rf"\bof\s+(?:the\s+)?(?P<e>{names_alt})(?:'s|’s)?\s+(?:[a-z-]+\s+){{0,2}}"
            r"(?:exports|imports|trade|shipments|purchases|sales|goods|products)\b")
        # "Asian countries excluding China": an economy left out, no partner
        self.excluding_before = re.compile(
            rf"(?<![\w-])(?:{phrase_pattern(eco['excluding_words'])})\s+(?:the\s+)?$",
            re.IGNORECASE)
        # "exports to the US rose ..., while imports ...", "trade with China saw ...": the
        # partner a trade mention is written with, some words after it
        self.partner_phrase = re.compile(
            rf"(?<![\w-])(?P<prep>to|with|from)\s+(?:the\s+)?(?:other\s+)?"
            rf"(?P<e>{names_alt}){ECONOMY_END}")
        # "imports of Russian oil": the economy the goods come from
        # ("imports of Russian LNG": an acronym of a product too)
        self.origin_after = re.compile(
            rf"\s+of\s+(?:the\s+)?(?P<e>{names_alt})\s+(?:[a-z]|[A-Z]{{2}})")
        # "With the European Union, Japan reported a deficit": an opening partner
        self.partner_lead = re.compile(
            rf"\s*With\s+(?:the\s+)?(?:other\s+)?(?P<e>{names_alt}){ECONOMY_END}")
        # "total exports", "overall imports": a whole, not the trade with one partner
        self.whole_words = cue_re(eco["whole_words"])
        # a word that makes the economy after it no subject: "exports to China", "in the EU"
        self.preposition_before = re.compile(
            r"(?<![\w-])(?:to|with|from|into|in|for|of|by|at|on|than|outside|including|"
            r"and|or|as|over|against|among)\s+(?:the\s+)?$", re.IGNORECASE)
        # "Germany, the euro zone's largest economy, grew": an economy with an apposition
        self.apposition = re.compile(r",\s+(?:the|its|a|an)\s+[^,.;()]{1,60},")
        # "the main European economy, Germany, ...": the economy named after a mention
        self.apposition_after = re.compile(
            rf",\s+(?P<e>{names_alt})\s*,(?!\s*(?:and|or)\s)")
        # "a 91.9 percent increase to Taiwan", "by 42 percent to the Netherlands"
        # ("74.6 million tonnes of soybeans from Brazil": the goods may come between; not
        # a coordinator, which opens the next conjunct: "up 8% and to the US up 25%")
        self.partner_after_figure = re.compile(
            r"\s+(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+|(?!(?:and|or|but|while|whereas)\s)[\w-]+\s+)?"
            rf"(?P<prep>to|with|from)\s+"
            rf"(?:the\s+)?(?P<e>{names_alt}){ECONOMY_END}")
        # "imports from Russia slumped 31% and from Saudi Arabia 12%": an elided conjunct,
        # a partner right before the figure, or before its verb ("and to the US up 25%")
        # (search with endpos at the figure)
        elided_head = r"(?:(?<![\w-])(?:and|while|but)|,)\s+(?P<prep>to|with|from)\s+"
        self.elided_partner = re.compile(
            rf"{elided_head}(?:the\s+)?(?P<e>{names_alt})(?:\s+[a-z][a-z-]*){{0,2}}\s+$")
        # its head alone, searched once per sentence (``SentenceIndex.has``): a match in a
        # window of the sentence starts with one, and most sentences hold none
        self.elided_gate = re.compile(elided_head)
        # "exports to the US rose 3% and those to Southeast Asia 5%": the pronoun's partner
        self.those_partner = re.compile(
            rf"(?<![\w-])those\s+(?P<prep>to|from|with|of)\s+(?:the\s+)?(?P<e>{names_alt})"
            rf"{ECONOMY_WORD_END}", re.IGNORECASE)
        # "China-Germany trade value", "India-US bilateral trade", "Sino-US trade": a pair of
        # economies naming a flow, the first the reporter, the second the partner
        pair = (rf"(?<![\w-])(?:(?P<sino>Sino)|(?P<a>{names_alt}))\s?[-\u2013]\s?"
                rf"(?:the\s+)?(?P<b>{names_alt})(?!['\u2019\w$-])")
        self.economy_pair = re.compile(pair + r"\s+(?:[\w-]+\s+){0,2}$")
        self.economy_pair_any = re.compile(pair)
        # "(trade) between China and Germany": a pair, the one a later "bilateral trade" means
        self.economy_between = re.compile(
            rf"(?<![\w-])between\s+(?:the\s+)?(?P<a>{names_alt})\s+and\s+(?:the\s+)?"
            rf"(?P<b>{names_alt})(?!['\u2019\w$-])")
        # "exports from Germany (to China)", "imports into India (from China)", "trade
        # between China and Russia": the first economy is the reporter, the second the partner
        self.route = re.compile(
            rf"^\s+(?P<prep>from|into|to|between)\s+(?:the\s+)?(?P<e>{names_alt})"
            rf"{ECONOMY_WORD_END}"
            rf"(?:\s+(?P<to>to|into|from|and)\s+(?:the\s+)?(?P<e2>{names_alt})"
            rf"{ECONOMY_WORD_END})?"
        )


    def can_report(self, code: str | None) -> bool:
        """Whether an economy's code can be a fact's reporter: not a region or bloc, except
        the EU and the euro area (relations' reporter_only)."""
        return code not in self.blocs or code in self.reporter_only

    def economy_code(self, matched: str) -> str:
        """The code of an economy name as matched by ``economy``, ``partner_after`` or
        ``intra``."""
        return self._economy_by_words[" ".join(matched.split())]


@cache
def cues() -> Cues:
    return Cues()
