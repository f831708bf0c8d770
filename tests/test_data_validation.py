"""Every rule data file in models/ is validated when it loads: a malformed entry gives a
``DataFileError`` naming the file and the line (or the key), not a failure later.

Each case copies models/ to a temporary directory, breaks one entry of one file, points
tradeie at the copy with ``tradeie.resources.use_models_dir`` and loads the pipeline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import edit_json, line_with

import tradeie
import tradeie.pipeline
from tradeie import resources
from tradeie.api import make_doc
from tradeie.extensions import ERRORS
from tradeie.resources import DataFileError

# A document that reaches every loader, lazy ones included: a dateline, a credit line, an
# agency, an official, a figure with a metric.
PROBE = ("BEIJING, Jan. 13 (Xinhua) -- China's exports rose 5.9 percent to 25.45 trillion "
         "yuan in 2024, Wang Lingjun, deputy head of the General Administration of Customs, "
         "said on Monday.\n(Web editor: Zhang Kaiwei)")
SHIPPED = resources.models_dir()


@pytest.fixture
def models(models_copy):
    """A private copy of models/ (conftest.models_copy)."""
    return models_copy


def load_all(copy: Path) -> None:
    """Point tradeie at ``copy``, build the pipeline, and run one document through it;
    a data error recorded on the Doc (by a component that reads data lazily) is raised."""
    resources.use_models_dir(copy)
    nlp = tradeie.pipeline.build()
    doc = nlp(make_doc(nlp, PROBE, "2025-01-13"))
    errors = doc._.get(ERRORS)
    if errors:
        raise LazyDataError("; ".join(errors))


class LazyDataError(Exception):
    """A data error that surfaced only while processing a document, not at load."""


# ----------------------------------------------------------------------- editing helpers


def edit_jsonl_row(path: Path, change: Callable[[dict], object], nth: int = 3) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [i for i, ln in enumerate(lines) if ln.strip() and not ln.lstrip().startswith("#")]
    i = rows[nth]
    row = json.loads(lines[i])
    change(row)
    row["note"] = f"broken row {nth}"  # the marker the error's line is checked against
    lines[i] = json.dumps(row, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def add_line(path: Path, raw: bytes, after: int = 12) -> None:
    lines = path.read_bytes().split(b"\n")
    lines.insert(after, raw)
    path.write_bytes(b"\n".join(lines))


def setitem(obj, key, value):
    obj[key] = value


# ----------------------------------------------------------------------------- cases


@dataclass
class Case:
    id: str
    file: str
    breaks: Callable[[Path], object]  # edits the file in the copy
    marker: str  # the broken entry's text: the error must give its line (or name it)
    by_line: bool = True  # the message gives the line number (else it names the key)
    after: str | None = None  # the marker's line is the first one after this text


def _metric_phrase(path: Path, phrase: str, metric: str = "trade.exports") -> None:
    edit_json(path, lambda d: d["metrics"][metric].append(phrase))


CASES = [
    # agencies.jsonl (agencies.load_gazetteer): rows carry their line number
    Case("agencies-bad-country", "agencies.jsonl",
         lambda p: edit_jsonl_row(p, lambda r: setitem(r, "country", "XQ")), "broken row 3"),
    Case("agencies-missing-kind", "agencies.jsonl",
         lambda p: edit_jsonl_row(p, lambda r: r.pop("kind"), nth=5), "broken row 5"),
    Case("agencies-acronyms-not-a-list", "agencies.jsonl",
         lambda p: edit_jsonl_row(p, lambda r: setitem(r, "acronyms", "GACX"), nth=7),
         "broken row 7"),
    Case("agencies-bad-kind", "agencies.jsonl",
         lambda p: edit_jsonl_row(p, lambda r: setitem(r, "kind", "ministry_of_fun")),
         "broken row 3"),
    Case("agencies-missing-source", "agencies.jsonl",
         lambda p: edit_jsonl_row(p, lambda r: r.pop("source"), nth=9), "broken row 9"),
    Case("agencies-source-not-a-url", "agencies.jsonl",
         lambda p: edit_jsonl_row(p, lambda r: setitem(r, "source", "www.stats.gov.cn"), nth=11),
         "broken row 11"),
    Case("agencies-source-not-a-string", "agencies.jsonl",
         lambda p: edit_jsonl_row(p, lambda r: setitem(r, "source", ["https://www.bls.gov/"]),
                                  nth=13), "broken row 13"),
    Case("agencies-invalid-json", "agencies.jsonl",
         lambda p: add_line(p, b'{"name": "Broken Office", "country": "CN",', after=20),
         "Broken Office"),
    # agency_rules.json (agencies._rules)
    Case("agency-rules-common-ref-kind", "agency_rules.json",
         lambda p: edit_json(p, lambda d: d["common_refs"].__setitem__(
             0, {"phrase": "the tariff office", "kind": "bogus_kind"})),
         "common_refs", by_line=False),
    Case("agency-rules-topics-not-list", "agency_rules.json",
         lambda p: edit_json(p, lambda d: setitem(d, "gov_topics", "commerce")), "gov_topics",
         by_line=False),
    Case("agency-rules-bad-country-word", "agency_rules.json",
         lambda p: edit_json(p, lambda d: d["extra_country_words"].__setitem__("Ruritanian",
                                                                             "RX")),
         "extra_country_words", by_line=False),
    # credit_markers.txt (agencies._credit_re): a line that is not UTF-8
    Case("credit-markers-not-utf8", "credit_markers.txt",
         lambda p: add_line(p, b"Photo \xff editor", after=10), "Photo"),
    # currencies.json (figure_lexicon.load_lexicon)
    Case("currencies-bad-code", "currencies.json",
         lambda p: edit_json(p, lambda d: d["names"].__setitem__("thalers", "THALER")),
         '"thalers"'),
    Case("currencies-bad-subunit", "currencies.json",
         lambda p: edit_json(p, lambda d: d["subunits"].__setitem__("groschen", "EUR")),
         '"groschen"'),
    # dateline_cities.json (agencies._dateline_cities)
    Case("datelines-bad-country", "dateline_cities.json",
         lambda p: edit_json(p, lambda d: d["cities"].__setitem__("ZENDA", "RX")), "ZENDA",
         by_line=False),
    # dates.json (periods.PeriodFinder._load_data)
    Case("dates-bad-month", "dates.json",
         lambda p: edit_json(p, lambda d: d["months"][0].__setitem__("n", 13)), '"months"'),
    Case("dates-local-month-bad-number", "dates.json",
         lambda p: edit_json(p, lambda d: d["local_months"]["NP"][0].__setitem__("n", 13)),
         '"n": 13', after='"local_months"'),
    Case("dates-local-month-bad-country", "dates.json",
         lambda p: edit_json(p, lambda d: d["local_months"].__setitem__("Nepal", [])),
         '"Nepal"'),
    Case("dates-empty-month-suffix", "dates.json",
         lambda p: edit_json(p, lambda d: d.__setitem__("month_position_suffixes", [])),
         "month_position_suffixes", by_line=False),
    Case("dates-missing-key", "dates.json",
         lambda p: edit_json(p, lambda d: d.pop("weekdays")), "weekdays", by_line=False),
    Case("dates-ordinal-not-number", "dates.json",
         lambda p: edit_json(p, lambda d: d["ordinals"].__setitem__("umpteenth", "first")),
         "umpteenth", by_line=False),
    Case("dates-bad-back-reference", "dates.json",
         lambda p: edit_json(p, lambda d: d["back_references"][0].pop("shift")),
         '"back_references"'),
    Case("agency-rules-bare-ref-preps-not-list", "agency_rules.json",
         lambda p: edit_json(p, lambda d: d.__setitem__("bare_ref_preps", "by")),
         '"bare_ref_preps"'),
    Case("dates-rolling-preposition-not-list", "dates.json",
         lambda p: edit_json(p, lambda d: d["rolling_spans"].__setitem__(
             "preposition_openers", "over")), "rolling_spans.preposition_openers",
         by_line=False),
    # economies.json (normalize.economies.validate_economies)
    Case("economies-bad-code", "economies.json",
         lambda p: edit_json(p, lambda d: d["names"].__setitem__("Ruritania", "RX")),
         '"Ruritania"'),
    Case("economies-empty-route-reporter-word", "economies.json",
         lambda p: edit_json(p, lambda d: d["route_reporter_words_before"]["from"].append("")),
         '""', after='"route_reporter_words_before"'),
    Case("economies-blocs-not-list", "economies.json",
         lambda p: edit_json(p, lambda d: setitem(d, "blocs", "EU")), '"blocs"'),
    Case("economies-reporter-only-unknown", "economies.json",
         lambda p: edit_json(p, lambda d: d["reporter_only"].append("Narnia")), '"Narnia"'),
    Case("economies-empty-partner-frame-cue", "economies.json",
         lambda p: edit_json(p, lambda d: d["partner_frame_cues"].append("")), '""',
         after='"partner_frame_cues"'),
    # product_cues.json (cues.validate_product_cues)
    Case("product-cues-empty-phrase", "product_cues.json",
         lambda p: edit_json(p, lambda d: d["share_verbs"].append("")), '""',
         after='"share_verbs"'),
    Case("product-cues-empty-earning-verb", "product_cues.json",
         lambda p: edit_json(p, lambda d: d["earning_verbs"].append("")), '""',
         after='"earning_verbs"'),
    Case("product-cues-empty-rank-word", "product_cues.json",
         lambda p: edit_json(p, lambda d: d["rank_words"].append("")), '""',
         after='"rank_words"'),
    Case("product-cues-unknown-metric", "product_cues.json",
         lambda p: edit_json(p, lambda d: d["flow_metrics"].append("trade.smuggling")),
         '"trade.smuggling"'),
    # figures.json (figure_lexicon.load_lexicon)
    Case("figures-scale-not-number", "figures.json",
         lambda p: edit_json(p, lambda d: d["scales"].__setitem__("gazillion", "lots")),
         '"gazillion"'),
    Case("figures-bad-qualifier", "figures.json",
         lambda p: edit_json(p, lambda d: d["qualifiers"].__setitem__("roughly about", "near")),
         '"roughly about"'),
    Case("figures-bad-vague-amount", "figures.json",
         lambda p: edit_json(p, lambda d: d["vague_amounts"].__setitem__("umpteen", [9, 2])),
         '"umpteen"'),
    # any JSON file: a key written twice in one object (a merge of two edits can do that)
    Case("relations-duplicate-key", "relations.json",
         lambda p: p.write_text(p.read_text(encoding="utf-8").replace(
             '"possessive_date_fillers":', '"possessive_date_fillers": [],\n'
             '"possessive_date_fillers":', 1), encoding="utf-8"),
         '"possessive_date_fillers": ["revised"'),
    # local_calendars.json (periods.local_calendars)
    Case("local-calendar-bad-start-month", "local_calendars.json",
         lambda p: edit_json(p, lambda d: d["calendars"][0].__setitem__("year_start_month", 13)),
         '"year_start_month": 13', after='"Bikram Sambat"'),
    Case("local-calendar-bad-marker-kind", "local_calendars.json",
         lambda p: edit_json(p, lambda d: d["calendars"][2]["markers_after"].__setitem__(
             "SH", "month")),
         '"SH": "month"'),
    # fiscal_years.json (periods._make_cal)
    Case("fiscal-bad-start-month", "fiscal_years.json",
         lambda p: edit_json(p, lambda d: d["countries"].__setitem__("RU", {"start_month": 13})),
         '"RU"'),
    Case("fiscal-bad-named-by", "fiscal_years.json",
         lambda p: edit_json(p, lambda d: d["countries"]["JP"].__setitem__("named_by", "mid")),
         '"JP"'),
    Case("fiscal-bad-later-month", "fiscal_years.json",
         lambda p: edit_json(p, lambda d: d["countries"]["MM"]["later"].__setitem__(
             "start_month", 0)),
         '"MM"'),
    # metrics.json (metrics.validate_metric_data)
    Case("metrics-unknown-id", "metrics.json",
         lambda p: edit_json(p, lambda d: d["metrics"].__setitem__("trade.balance", ["net trade"])),
         '"trade.balance"'),
    Case("metrics-empty-phrase", "metrics.json", lambda p: _metric_phrase(p, " "), '" "'),
    Case("metrics-phrase-not-string", "metrics.json", lambda p: _metric_phrase(p, 42), "42"),
    Case("metrics-wording-under-two-metrics", "metrics.json",
         lambda p: _metric_phrase(p, "overseas purchases", "trade.imports")
         or _metric_phrase(p, "overseas purchases"), '"overseas purchases"',
         after='"trade.imports"'),
    Case("metrics-other-clashes", "metrics.json",
         lambda p: edit_json(p, lambda d: d["other"].append("exports")), '"exports"',
         after='"other"'),
    Case("metrics-product-under-two-products", "metrics.json",
         lambda p: edit_json(p, lambda d: d["products"]["wheat"].append("aluminium")),
         '"aluminium"', after='"wheat"'),
    Case("metrics-bad-generic-family", "metrics.json",
         lambda p: edit_json(p, lambda d: d["generic_heads"].__setitem__("outlays", "sales")),
         '"outlays"'),
    # metrics.json route_flows / economy_descriptions (relate.heads.validate_heads)
    Case("metrics-route-flow-unknown-metric", "metrics.json",
         lambda p: edit_json(p, lambda d: d["route_flows"]["sales"].__setitem__(
             "to", "trade.smuggling")), '"trade.smuggling"'),
    Case("metrics-product-head-unknown-metric", "metrics.json",
         lambda p: edit_json(p, lambda d: d["product_heads"].__setitem__(
             "takings", "trade.takings")), '"trade.takings"'),
    Case("metrics-economy-description-empty-rank", "metrics.json",
         lambda p: edit_json(p, lambda d: d["economy_descriptions"]["ranks"].append(" ")),
         '" "'),
    Case("metrics-market-heads-empty-session", "metrics.json",
         lambda p: edit_json(p, lambda d: d["market_heads"]["sessions"].append(" ")), '" "'),
    Case("metrics-fiscal-holders-empty-word", "metrics.json",
         lambda p: edit_json(p, lambda d: d["fiscal_balances"]["holders"].append(" ")), '" "'),
    Case("metrics-fiscal-budget-words-not-list", "metrics.json",
         lambda p: edit_json(p, lambda d: d["fiscal_balances"].__setitem__(
             "budget_words", "budget")), "fiscal_balances.budget_words", by_line=False),
    Case("metrics-partner-side-not-list", "metrics.json",
         lambda p: edit_json(p, lambda d: d["partner_side"].__setitem__("buyers", "buyer")),
         "partner_side.buyers", by_line=False),
    Case("metrics-partner-side-totals-not-list", "metrics.json",
         lambda p: edit_json(p, lambda d: d["partner_side"].__setitem__("totals", "turnover")),
         "partner_side.totals", by_line=False),
    Case("metrics-not-before-not-list", "metrics.json",
         lambda p: edit_json(p, lambda d: d["not_a_metric_before"].__setitem__(
             "prices", "constant")), "not_a_metric_before.prices", by_line=False),
    Case("metrics-index-rates-empty-noun", "metrics.json",
         lambda p: edit_json(p, lambda d: d["index_rates"]["nouns"].append(" ")), '" "'),
    Case("metrics-index-rates-missing-joiners", "metrics.json",
         lambda p: edit_json(p, lambda d: d["index_rates"].pop("joiners")),
         "index_rates", by_line=False),
    Case("metrics-not-before-empty-phrase", "metrics.json",
         lambda p: edit_json(p, lambda d: d["not_a_metric_before"]["prices"].append(" ")),
         '" "'),
    Case("metrics-section-missing", "metrics.json",
         lambda p: edit_json(p, lambda d: d.pop("scope_words")), "scope_words", by_line=False),
    Case("metrics-invalid-json", "metrics.json",
         lambda p: p.write_text(p.read_text().replace('"exports",', '"exports",,', 1)),
         '"exports",,'),
    # name_shapes.json (officials._shapes)
    Case("name-shapes-dotted-honorifics-string", "name_shapes.json",
         lambda p: edit_json(p, lambda d: setitem(d, "dotted_honorifics", "H.E.")),
         '"dotted_honorifics"'),
    Case("name-shapes-not-after-words-string", "name_shapes.json",
         lambda p: edit_json(p, lambda d: setitem(d, "not_after_words", "in")),
         '"not_after_words"'),
    Case("name-shapes-market-jobs-string", "name_shapes.json",
         lambda p: edit_json(p, lambda d: setitem(d, "market_jobs", "economist")),
         '"market_jobs"'),
    Case("name-shapes-not-list", "name_shapes.json",
         lambda p: edit_json(p, lambda d: setitem(d, "particles", "van")), "particles",
         by_line=False),
    # not_agencies.txt (agencies._Lexicon): a line that is not UTF-8
    Case("not-agencies-not-utf8", "not_agencies.txt",
         lambda p: add_line(p, b"Caf\xe9 Holdings", after=15), "Caf"),
    # official_titles.txt (officials._titles)
    Case("titles-prefix-two-words", "official_titles.txt",
         lambda p: add_line(p, b"^deputy acting", after=25), "^deputy acting", by_line=False),
    Case("titles-unknown-tie", "official_titles.txt",
         lambda p: add_line(p, b"Harbour Master @port", after=40), "Harbour Master @port",
         by_line=False),
    # relations.json (cues.validate_relations)
    Case("relations-empty-tally-head", "relations.json",
         lambda p: edit_json(p, lambda d: d["release_terms"]["tally_count_heads"].append("")),
         '""'),
    Case("relations-domestic-metric-unknown", "relations.json",
         lambda p: edit_json(p, lambda d: d["domestic_metrics"].append("economy.gnp")),
         "domestic_metrics", by_line=False),
    Case("relations-empty-cue", "relations.json",
         lambda p: edit_json(p, lambda d: d["forecast"].append("")), '""'),
    Case("relations-empty-month-end-other-flow", "relations.json",
         lambda p: edit_json(p, lambda d: d["period_month_end_other_flows"].append("")), '""'),
    Case("relations-month-end-suffix-not-string", "relations.json",
         lambda p: edit_json(p, lambda d: d["period_month_end_suffixes"].append(7)), "7",
         after='"period_month_end_suffixes"'),
    Case("relations-empty-tolerance-cue", "relations.json",
         lambda p: edit_json(p, lambda d: d["tolerance_cues"].append("")), '""'),
    Case("relations-pace-cue-not-string", "relations.json",
         lambda p: edit_json(p, lambda d: d["pace_before_date"].append(7)), "7",
         after='"pace_before_date"'),
    Case("relations-unknown-basis", "relations.json",
         lambda p: edit_json(p, lambda d: d["basis"].__setitem__("wow", ["week on week"])),
         '"wow"'),
    Case("relations-word-up-and-down", "relations.json",
         lambda p: edit_json(p, lambda d: d["down"].append("soared")), '"soared"',
         after='"down"'),
    Case("relations-unknown-rate-metric", "relations.json",
         lambda p: edit_json(p, lambda d: d["rate_metrics"].append("prices.wpi")),
         '"prices.wpi"'),
    Case("relations-unknown-stock-metric", "relations.json",
         lambda p: edit_json(p, lambda d: d["stock_metrics"].append("reserves.gold")),
         '"reserves.gold"'),
    Case("relations-unknown-month-end-flow", "relations.json",
         lambda p: edit_json(p, lambda d: d["period_month_end_flows"].append("trade.volume")),
         '"trade.volume"'),
    Case("relations-empty-month-end-opener", "relations.json",
         lambda p: edit_json(p, lambda d: d["period_month_end_openers"].append("")), '""'),
    Case("relations-empty-to-date-cue", "relations.json",
         lambda p: edit_json(p, lambda d: d["to_date_before_day"].append("")), '""'),
    Case("relations-comparison-later-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d.pop("comparison_later_cues")),
         "comparison_later_cues", by_line=False),
    Case("relations-rate-change-nouns-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d.pop("rate_change_nouns")),
         "rate_change_nouns", by_line=False),
    Case("relations-component-rank-verbs-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d.pop("component_rank_verbs")),
         "component_rank_verbs", by_line=False),
    Case("relations-basis-adverb-unknown-basis", "relations.json",
         lambda p: edit_json(p, lambda d: d["basis_adverbs_after"].__setitem__("wow", ["x"])),
         "wow", by_line=False),
    Case("relations-missing-list", "relations.json",
         lambda p: edit_json(p, lambda d: d.pop("speech_verbs")), "speech_verbs",
         by_line=False),
    Case("relations-empty-source-cue", "relations.json",
         lambda p: edit_json(p, lambda d: d["source_cues"]["background_cues"].append("")),
         '""', after='"source_cues"'),
    Case("relations-empty-market-cue", "relations.json",
         lambda p: edit_json(p, lambda d: d["source_cues"]["market_after_figure"].append(" ")),
         '" "', after='"source_cues"'),
    Case("relations-empty-non-agency-head", "relations.json",
         lambda p: edit_json(p, lambda d: d["source_cues"]["non_agency_heads"].append("")),
         '""', after='"source_cues"'),
    Case("relations-release-verbs-by-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d["source_cues"].pop("release_verbs_by")),
         "release_verbs_by", by_line=False),
    Case("relations-source-cues-list-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d["source_cues"].pop("structure_wholes")),
         "structure_wholes", by_line=False),
    Case("relations-empty-comparison-filler", "relations.json",
         lambda p: edit_json(p, lambda d: d["comparison_value_fillers"].append(" ")), '" "'),
    Case("relations-comparison-cues-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d.pop("comparison_value_cues")),
         "comparison_value_cues", by_line=False),
    Case("relations-empty-annualized-rate", "relations.json",
         lambda p: edit_json(p, lambda d: d["release_terms"]["annualized_rate"].append("")),
         '""', after='"release_terms"'),
    Case("relations-empty-job-unit", "relations.json",
         lambda p: edit_json(p, lambda d: d["release_terms"]["job_count_units"].append(" ")),
         '" "', after='"release_terms"'),
    Case("relations-empty-by-filler", "relations.json",
         lambda p: edit_json(p, lambda d: d["by_amount_fillers"].append("")),
         '""', after='"by_amount_fillers"'),
    Case("relations-empty-poll-unit", "relations.json",
         lambda p: edit_json(p, lambda d: d["release_terms"]["poll_count_units"].append("")),
         '""', after='"release_terms"'),
    Case("relations-yoy-annual-rate-economy", "relations.json",
         lambda p: edit_json(p, lambda d: d["release_terms"]["yoy_annual_rate_economies"]
                             .append("Mexico")),
         '"Mexico"', after='"release_terms"'),
    Case("relations-earlier-estimates-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d["release_terms"].pop("earlier_estimates")),
         "earlier_estimates", by_line=False),
    # relations.json, the period keys (scope.validate_period_cues)
    Case("relations-period-empty-cue", "relations.json",
         lambda p: edit_json(p, lambda d: d["period_timeless_verbs"].append(" ")), '" "'),
    Case("relations-period-cues-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d.pop("period_sequential_basis")),
         "period_sequential_basis", by_line=False),
    # every key of relations.json, economies.json, product_cues.json is declared (cues.py)
    Case("relations-unknown-key", "relations.json",
         lambda p: edit_json(p, lambda d: setitem(d, "forecast_verbz", ["predicted"])),
         '"forecast_verbz"'),
    Case("relations-basis-not-a-list", "relations.json",
         lambda p: edit_json(p, lambda d: d["basis"].__setitem__("mom", "month on month")),
         '"mom"', after='"basis"'),
    Case("economies-unknown-key", "economies.json",
         lambda p: edit_json(p, lambda d: setitem(d, "partner_word_before", ["with"])),
         '"partner_word_before"'),
    Case("product-cues-empty-job-verb", "product_cues.json",
         lambda p: edit_json(p, lambda d: d["employment_sectors"]["job_verbs"].append("")),
         '""', after='"employment_sectors"'),
    Case("product-cues-unknown-key", "product_cues.json",
         lambda p: edit_json(p, lambda d: setitem(d, "list_opener", ["such as"])),
         '"list_opener"'),
    Case("relations-period-aside-missing", "relations.json",
         lambda p: edit_json(p, lambda d: d.pop("period_aside_after")),
         "period_aside_after", by_line=False),
    Case("metrics-balance-wording-of-a-metric", "metrics.json",
         lambda p: edit_json(p, lambda d: d["balances"]["wordings"].append("exports")),
         '"exports"', after='"balances"'),
    Case("metrics-balance-list-missing", "metrics.json",
         lambda p: edit_json(p, lambda d: d["balances"].pop("deficit")), "deficit",
         by_line=False),
    Case("currencies-bad-symbol-code", "currencies.json",
         lambda p: edit_json(p, lambda d: d["symbols"].__setitem__("Ƀ", "usd")), '"Ƀ"'),
    # text.json (textprep.rules: make_doc's cleaning)
    Case("text-bad-code", "text.json",
         lambda p: edit_json(p, lambda d: d["space_like"].__setitem__("ZZZZ", "nonsense")),
         '"ZZZZ"'),
    Case("text-newline-code", "text.json",
         lambda p: edit_json(p, lambda d: d["space_like"].__setitem__("000A", "line feed")),
         '"000A"'),
    Case("text-falling-range", "text.json",
         lambda p: edit_json(p, lambda d: d["control"].__setitem__("0008-0000", "backwards")),
         '"0008-0000"'),
    Case("text-range-over-tab", "text.json",
         lambda p: edit_json(p, lambda d: d["control"].__setitem__("0001-0010", "with \\t")),
         '"0001-0010"'),
    Case("text-listed-twice", "text.json",
         lambda p: edit_json(p, lambda d: d["line_like"].__setitem__("00A0", "also a space")),
         '"00A0"', after='"line_like"'),
    Case("text-same-as-onto-newline", "text.json",
         lambda p: edit_json(p, lambda d: d["same_as"].__setitem__("FF00-FF02", "0008")),
         '"FF00-FF02"'),
    Case("text-same-as-not-a-code", "text.json",
         lambda p: edit_json(p, lambda d: d["same_as"].__setitem__("FF00", 33)), '"FF00"'),
    Case("text-line-like-missing", "text.json",
         lambda p: edit_json(p, lambda d: d.pop("line_like")), "line_like", by_line=False),
    Case("text-space-like-not-object", "text.json",
         lambda p: edit_json(p, lambda d: setitem(d, "space_like", ["00A0"])), '"space_like"'),
    Case("text-piece-chars-not-int", "text.json",
         lambda p: edit_json(p, lambda d: d["long_run"].__setitem__("piece_chars", "64")),
         '"piece_chars"'),
    Case("text-piece-over-min", "text.json",
         lambda p: edit_json(p, lambda d: d["long_run"].__setitem__("piece_chars", 1000)),
         '"piece_chars"'),
    # concepts.json (relate.concept.words)
    Case("concepts-word-with-space", "concepts.json",
         lambda p: edit_json(p, lambda d: d["verbs"].append("rose sharply")), "verbs",
         by_line=False),
    Case("concepts-list-is-a-string", "concepts.json",
         lambda p: edit_json(p, lambda d: setitem(d, "adverbs", "also")), "adverbs",
         by_line=False),
    Case("concepts-modals-missing", "concepts.json",
         lambda p: edit_json(p, lambda d: d.pop("modals")), "modals", by_line=False),
    Case("concepts-duration-nouns-missing", "concepts.json",
         lambda p: edit_json(p, lambda d: d.pop("duration_nouns")), "duration_nouns",
         by_line=False),
    # tokenizer.json (pipeline.tune_tokenizer)
    Case("tokenizer-bad-regex", "tokenizer.json",
         lambda p: edit_json(p, lambda d: d["infixes"].append("(?<=[0-9]")), "infixes",
         by_line=False),
    Case("tokenizer-infixes-not-list", "tokenizer.json",
         lambda p: edit_json(p, lambda d: setitem(d, "infixes", "(?<=x)")), "infixes",
         by_line=False),
    Case("tokenizer-special-case-with-space", "tokenizer.json",
         lambda p: edit_json(p, lambda d: d["special_cases"].append("No. ")),
         "special_cases", by_line=False),
    Case("tokenizer-invalid-json", "tokenizer.json",
         lambda p: p.write_text(p.read_text().replace('"version": 1,', '"version": 1,,')),
         '"version"'),
]

# Loaders that once accepted these silently or failed naming no file (now validated).
BROKEN_LOADERS = [
    Case("agency-rules-synonym-not-str", "agency_rules.json",
         lambda p: edit_json(p, lambda d: d["topic_synonyms"].__setitem__("tariffs", 5)),
         '"tariffs"', after='"topic_synonyms"'),
    Case("datelines-cities-not-object", "dateline_cities.json",
         lambda p: edit_json(p, lambda d: setitem(d, "cities", ["BEIJING"])), '"cities"'),
    Case("dates-weekdays-not-strings", "dates.json",
         lambda p: edit_json(p, lambda d: setitem(d, "weekdays", list(range(7)))), '"weekdays"'),
    Case("dates-rolling-week-units-string", "dates.json",
         lambda p: edit_json(p, lambda d: setitem(d["rolling_spans"], "week_units", "weeks")),
         '"week_units"'),
    Case("dates-list-is-a-string", "dates.json",
         lambda p: edit_json(p, lambda d: setitem(d, "year_blockers_after", "percent")),
         '"year_blockers_after"'),
    Case("figures-count-joiners-string", "figures.json",
         lambda p: edit_json(p, lambda d: setitem(d["count_phrase"], "joiners", "and")),
         '"joiners"'),
    Case("figures-counted-after-of-string", "figures.json",
         lambda p: edit_json(p, lambda d: setitem(d["count_phrase"], "counted_after_of",
                                                  "economists")),
         '"counted_after_of"'),
    Case("dates-half-month-words-string", "dates.json",
         lambda p: edit_json(p, lambda d: setitem(d, "half_month_words", "fortnight")),
         '"half_month_words"'),
    Case("dates-cumulative-words-string", "dates.json",
         lambda p: edit_json(p, lambda d: d["to_date"].__setitem__(
             "cumulative_words", "accumulated")), '"cumulative_words"', by_line=False),
    Case("dates-days-position-unknown", "dates.json",
         lambda p: edit_json(p, lambda d: d["days_of_month_positions"].__setitem__(
             "middle", "mid")), '"days_of_month_positions"', by_line=False),
    Case("figures-count-nouns-string", "figures.json",
         lambda p: edit_json(p, lambda d: setitem(d, "count_nouns", "tonnes")), '"count_nouns"'),
    Case("figures-measure-words-string", "figures.json",
         lambda p: edit_json(p, lambda d: d["measure_units"].__setitem__(
             "tonne", {"words": "tonne"})), '"tonne"'),
    Case("figures-percent-factor", "figures.json",
         lambda p: edit_json(p, lambda d: d["percent_units"].__setitem__("pct", ["percent", "x"])),
         '"pct"'),
    Case("currencies-symbol-of-no-name", "currencies.json",
         lambda p: edit_json(p, lambda d: d["ambiguous_symbols"].__setitem__("Tsh", "schilling")),
         '"Tsh"'),
    Case("currencies-markers-string", "currencies.json",
         lambda p: edit_json(p, lambda d: setitem(d, "yuan_markers", "yuan")), '"yuan_markers"'),
    Case("agency-rules-member-marks-string", "agency_rules.json",
         lambda p: edit_json(p, lambda d: setitem(d, "code_member_marks", ".")),
         '"code_member_marks"'),
    Case("agency-rules-max-words", "agency_rules.json",
         lambda p: edit_json(p, lambda d: setitem(d, "max_topic_words", "eight")),
         '"max_topic_words"'),
    Case("name-shapes-max-tokens", "name_shapes.json",
         lambda p: edit_json(p, lambda d: setitem(d, "max_name_tokens", "four")),
         '"max_name_tokens"'),
]

def _check_message(message: str, copy: Path, case: Case) -> None:
    path = copy / case.file
    assert str(path) in message, message
    if case.by_line:
        line = line_with(path, case.marker, case.after)
        assert re.search(rf"\bline {line}\b", message), message
    else:
        assert case.marker.strip('"') in message, message


def test_every_data_file_has_a_case():
    shipped = {p.name for p in SHIPPED.iterdir() if p.is_file()}
    assert shipped == {c.file for c in CASES}, "a data file without a validation test"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_broken_entry_is_reported_with_file_and_line(models, case):
    case.breaks(models / case.file)
    with pytest.raises((DataFileError, LazyDataError)) as info:
        load_all(models)
    _check_message(str(info.value), models, case)


# Files read lazily once (credit_markers.txt, dateline_cities.json) load with the pipeline now.
@pytest.mark.parametrize("case", [
    c for c in CASES if c.id.endswith(("bad-country", "not-utf8", "empty-cue", "bad-code"))
], ids=lambda c: c.id)
def test_broken_entry_fails_at_load_not_at_first_document(models, case):
    case.breaks(models / case.file)
    resources.use_models_dir(models)
    with pytest.raises(DataFileError) as info:
        tradeie.pipeline.build()
    _check_message(str(info.value), models, case)


@pytest.mark.parametrize("case", BROKEN_LOADERS, ids=lambda c: c.id)
def test_loaders_reject_wrong_types(models, case):
    case.breaks(models / case.file)
    resources.use_models_dir(models)
    with pytest.raises(DataFileError) as info:  # at load, not at the first document
        tradeie.pipeline.build()
    _check_message(str(info.value), models, case)


def test_error_reaches_extract_and_the_shipped_data_comes_back(models):
    edit_json(models / "metrics.json", lambda d: d["metrics"]["trade.exports"].append(""))
    resources.use_models_dir(models)
    with pytest.raises(DataFileError, match=r"metrics\.json: line \d+: metrics\.trade\.exports"):
        tradeie.extract("Exports rose 5 percent.")
    assert resources.use_models_dir(None) == SHIPPED
    res = tradeie.extract("Exports rose 5 percent.")
    assert [f.metric for f in res.facts] == ["trade.exports"]


def test_unchanged_copy_loads_and_extracts_the_same(models):
    text = "Exports grew 7.1 percent year on year to 25.45 trillion yuan last year."
    before = tradeie.extract(text, published="2025-01-13").to_dict()
    load_all(models)  # raises on any error
    assert tradeie.extract(text, published="2025-01-13").to_dict() == before


def test_a_wording_added_in_the_copy_is_used(models):
    text = "External sales rose 5 percent in 2024."
    assert not tradeie.extract(text).facts or \
        tradeie.extract(text).facts[0].metric != "trade.exports"
    edit_json(models / "metrics.json",
              lambda d: d["metrics"]["trade.exports"].append("external sales"))
    resources.use_models_dir(models)
    assert [f.metric for f in tradeie.extract(text).facts] == ["trade.exports"]


def test_environment_variable_selects_the_directory(models, monkeypatch):
    monkeypatch.setenv(resources.ENV_VAR, str(models))
    resources.clear_caches()
    assert resources.models_dir() == models
    monkeypatch.setenv(resources.ENV_VAR, str(models / "nowhere"))
    resources.clear_caches()
    with pytest.raises(DataFileError, match="nowhere"):
        resources.models_dir()
    monkeypatch.delenv(resources.ENV_VAR)


def test_use_models_dir_rejects_a_missing_directory(tmp_path):
    with pytest.raises(DataFileError, match="not a directory"):
        resources.use_models_dir(tmp_path / "absent")
    assert resources.models_dir() == SHIPPED


def test_missing_file_is_named(models):
    (models / "relations.json").unlink()
    with pytest.raises((DataFileError, LazyDataError), match=r"relations\.json.*missing"):
        load_all(models)


def test_top_level_must_be_an_object(models):
    (models / "economies.json").write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises((DataFileError, LazyDataError), match=r"economies\.json: line 1"):
        load_all(models)
