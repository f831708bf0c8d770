"""agency_rules.json, dateline_cities.json and credit_markers.txt: every field validated by
type when the pipeline is built, errors naming file and line; acronyms in string literals of
code are no agencies; agencies.jsonl covers 120+ economies, each row with the URL its name
comes from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import edit_json, line_with

import tradeie.pipeline
from tradeie import resources
from tradeie.normalize.agencies import (
    AgencyFinder,
    AgencyMatch,
    AgencyRow,
    _code_literal_re,
    load_gazetteer,
)
from tradeie.resources import DataFileError


@pytest.fixture
def models(models_copy):
    return models_copy


def _build_error(copy: Path) -> str:
    """The message of the DataFileError raised while the pipeline is built (no document)."""
    resources.use_models_dir(copy)
    with pytest.raises(DataFileError) as info:
        tradeie.pipeline.build()
    return str(info.value)


def _set(key: str, value: object) -> Callable[[dict], object]:
    return lambda d: d.__setitem__(key, value)


# ------------------------------------------------------------------ agency_rules.json

RULE_BREAKS = [
    ("max-words-word", _set("max_topic_words", "eight"), '"max_topic_words"', None),
    ("max-words-zero", _set("max_topic_words", 0), '"max_topic_words"', None),
    ("max-words-bool", _set("max_topic_words", True), '"max_topic_words"', None),
    ("heads-string", _set("office_heads", "bureau"), '"office_heads"', None),
    ("heads-number", lambda d: d["ministry_heads"].append(7), "7", '"ministry_heads"'),
    ("synonym-number", lambda d: d["topic_synonyms"].__setitem__("tariffs", 5),
     '"tariffs": 5', None),
    ("synonyms-list", _set("topic_synonyms", ["tariffs"]), '"topic_synonyms"', None),
    ("flag-string", _set("lowercase_ministry_needs_topics", "yes"),
     '"lowercase_ministry_needs_topics"', None),
    ("refs-object", _set("common_refs", {"phrase": "customs"}), '"common_refs"', None),
    ("ref-qualifier-string", lambda d: d["common_refs"][0].__setitem__("needs_qualifier", "no"),
     '"customs authorities"', None),
    ("ref-unknown-field", lambda d: d["common_refs"][0].__setitem__("knd", "customs"),
     '"customs authorities"', None),
    ("misspelt-key", lambda d: d.__setitem__("max_topic_word", d.pop("max_topic_words")),
     '"max_topic_word"', None),
    ("missing-key", lambda d: d.pop("of_words"), None, None),
    ("quote-two-chars", lambda d: d["code_quotes"].append('""'), '"\\"\\""', '"code_quotes"'),
    ("openers-string", _set("code_literal_openers", "="), '"code_literal_openers"', None),
    ("canonical-topics-list", _set("canonical_topics", ["foreign"]), '"canonical_topics"', None),
    ("bare-verbs-string", _set("bare_ref_verbs", "said"), '"bare_ref_verbs"', None),
    ("bloc-followers-string", _set("bloc_followers", "countries"), '"bloc_followers"', None),
    ("tax-fallback-string", _set("tax_fallback_words", "revenue"), '"tax_fallback_words"', None),
    ("state-words-string", _set("state_name_words", "republic"), '"state_name_words"', None),
    ("place-bad-country", lambda d: d["subnational_places"].__setitem__("Guangdong", "China"),
     '"Guangdong"', '"subnational_places"'),
    ("place-adjectives-string", _set("subnational_adjectives", "provincial"),
     '"subnational_adjectives"', None),
]


@pytest.mark.parametrize("change,needle,after", [c[1:] for c in RULE_BREAKS],
                         ids=[c[0] for c in RULE_BREAKS])
def test_agency_rules_fields_are_checked_at_build(models, change, needle, after):
    path = models / "agency_rules.json"
    edit_json(path, change)
    message = _build_error(models)
    assert str(path) in message
    if needle is None:
        assert "of_words" in message
    else:
        assert f"line {line_with(path, needle, after)}:" in message, message


def test_shipped_rules_validate_and_copy_builds(models):
    resources.use_models_dir(models)
    nlp = tradeie.pipeline.build()
    assert "tradeie_agencies" in nlp.pipe_names


# ------------------------------------------------------- dateline_cities.json, credits


@pytest.mark.parametrize("change,needle", [
    (_set("cities", ["BEIJING"]), '"cities"'),
    (_set("bloc_cities", "Brussels"), '"bloc_cities"'),
    (lambda d: d["cities"].__setitem__("Zenda", 12), '"Zenda"'),
    (lambda d: d["cities"].__setitem__("Brussels", "EU"), '"Brussels": "EU"'),
    (_set("bloc_comment", ["not", "text"]), '"bloc_comment"'),
])
def test_dateline_cities_fail_at_build_not_at_first_document(models, change, needle):
    path = models / "dateline_cities.json"
    edit_json(path, change)
    message = _build_error(models)
    assert str(path) in message and f"line {line_with(path, needle)}:" in message, message


def test_credit_markers_fail_at_build(models):
    path = models / "credit_markers.txt"
    path.write_bytes(path.read_bytes() + b"\nPhoto \xff editor\n")
    message = _build_error(models)
    assert str(path) in message and "not UTF-8" in message


# ------------------------------------------------------------- acronyms in code literals


@pytest.fixture(scope="module")
def finder() -> AgencyFinder:
    return AgencyFinder()


def _agencies(finder: AgencyFinder, text: str) -> list[AgencyMatch]:
    return finder.find(text)


@pytest.mark.parametrize("text", [
    'agency: str = "GAC"\n',
    "AGENCY = 'GAC'\n",
    '{"source": "GAC", "year": 2024}',
    'sources = ["NBS", "GAC"]',
    'rows = lookup("GAC")',
    'agency:"GAC"',
])
def test_acronym_string_literal_in_code_is_no_agency(finder, text):
    assert _agencies(finder, text) == []


@pytest.mark.parametrize("text,acronyms", [
    ('The General Administration of Customs ("GAC") said exports rose. GAC data followed.',
     ["GAC", "GAC"]),
    ("Exports rose, customs (GAC) said.", ["GAC"]),
    ('Data from the GAC showed it.', ["GAC"]),
    ('He said: "GAC figures show growth."', ["GAC"]),  # a quotation, not a literal
    ('The NBS said "growth" was strong.', ["NBS"]),
    ("The agency known as 'GAC' said so.", ["GAC"]),
    ("\u201cGAC\u201d data: exports rose.", ["GAC"]),  # curly quotes are prose
])
def test_quoted_acronyms_in_news_stay_agencies(finder, text, acronyms):
    found = [m for m in _agencies(finder, text) if m.acronym == m.text]
    assert [m.text for m in found] == acronyms


def test_only_acronym_mentions_are_dropped(finder):
    # a full name in a literal is still a name: what it says is unambiguous
    found = _agencies(finder, 'name = "General Administration of Customs"')
    assert [m.text for m in found] == ["General Administration of Customs"]


def test_unclosed_or_other_quote_is_no_literal(finder):
    assert [m.text for m in _agencies(finder, "x = \"GAC' said")] == ["GAC"]
    assert [m.text for m in _agencies(finder, 'x = "GAC and NBS"')] == ["GAC", "NBS"]


def test_code_literal_rule_comes_from_data():
    rules = {"code_literal_openers": ["=>"], "code_call_brackets": [], "code_quotes": ['"']}
    rx = _code_literal_re(rules)
    assert rx.search('source => "') and not rx.search('source = "')
    assert not rx.search('lookup("')  # no call brackets listed
    # empty lists turn the rule off instead of matching before every quote
    off = _code_literal_re({"code_literal_openers": [], "code_call_brackets": [],
                            "code_quotes": ['"']})
    assert not off.search('agency = "') and not off.search('"')


# ------------------------------------------------------------------ agencies.jsonl coverage

CORE_KINDS = {"statistics", "customs", "trade_ministry", "finance_ministry", "economy_ministry",
              "central_bank"}


@pytest.fixture(scope="module")
def gazetteer() -> tuple[AgencyRow, ...]:
    return load_gazetteer(resources.read_jsonl("agencies.jsonl"))


def test_gazetteer_covers_120_economies_with_their_core_bodies(gazetteer):
    by_country: dict[str, set[str]] = {}
    for row in gazetteer:
        by_country.setdefault(row.country, set()).add(row.kind)
    economies = set(by_country) - {"EU", "INT"}
    assert len(economies) >= 120
    # every economy has a statistics office or a central bank, and most have three or more
    # of the core bodies (statistics, customs, trade / finance / economy ministry, bank)
    assert all(by_country[c] & {"statistics", "central_bank"} for c in economies)
    rich = [c for c in economies if len(by_country[c] & CORE_KINDS) >= 3]
    assert len(rich) >= 100, sorted(economies - set(rich))


def test_every_row_names_the_website_its_name_comes_from(gazetteer):
    for row in gazetteer:
        assert row.source.startswith(("https://", "http://")), row
    urls = {row.name: row.source for row in gazetteer if row.country == "INT"}
    assert urls["World Trade Organization"] == "https://www.wto.org/"


def test_intergovernmental_bodies_of_trade_news(gazetteer):
    names = {(row.name, row.country) for row in gazetteer}
    for name, country in [
        ("International Monetary Fund", "INT"), ("World Bank", "INT"),
        ("World Trade Organization", "INT"),
        ("Organisation for Economic Co-operation and Development", "INT"),
        ("United Nations Conference on Trade and Development", "INT"),
        ("Asian Development Bank", "INT"), ("African Development Bank", "INT"),
        ("Inter-American Development Bank", "INT"), ("European Central Bank", "EU"),
        ("Eurostat", "EU"), ("Association of Southeast Asian Nations", "INT"),
        ("Organization of the Petroleum Exporting Countries", "INT"),
        ("Central Bank of West African States", "INT"),
        ("Economic Commission for Latin America and the Caribbean", "INT"),
    ]:
        assert (name, country) in names, name


def test_source_is_required_and_must_be_a_url():
    row = {"name": "Z Office", "acronyms": [], "aliases": [], "country": "US", "kind": "other",
           "_line": 31}
    with pytest.raises(DataFileError, match=r"agencies.jsonl: line 31: .*missing key.*source"):
        load_gazetteer([row])
    for bad in ("", "www.zoffice.gov", "ftp://zoffice.gov/", "https://", "https://zoffice",
                "https://zoffice.gov/ page", 42, None):
        with pytest.raises(DataFileError, match=r"line 31: source: expected the URL"):
            load_gazetteer([{**row, "source": bad}])
    for good in ("https://zoffice.gov/", "http://www.zoffice.gov.cn/english/",
                 "https://www.gov.il/en/departments/zoffice", "https://stat.gov.kz/en/?a=1"):
        assert load_gazetteer([{**row, "source": good}])[0].source == good


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    # title-case acronyms, as wire stories write them
    ("MEXICO CITY, March 3 - Exports rose 4 percent in January, Inegi said.", "Inegi",
     "National Institute of Statistics and Geography", "MX"),
    ("BUENOS AIRES, Oct 10 - Monthly inflation slowed, Indec said on Thursday.", "Indec",
     "National Institute of Statistics and Censuses", "AR"),
    ("ANKARA, Feb 3 - Annual inflation eased, Turkstat data showed.", "Turkstat",
     "Turkish Statistical Institute", "TR"),
    ("ATHENS, May 2 - Unemployment in Greece fell, Elstat said.", "Elstat",
     "Hellenic Statistical Authority", "GR"),
    ("Inflation in Luxembourg rose to 2.1 percent, Statec said.", "Statec",
     "National Institute of Statistics and Economic Studies of the Grand Duchy of Luxembourg",
     "LU"),
    # bodies of economies added with the extended gazetteer
    ("ACCRA, June 5 - Inflation rose to 23 percent, the Ghana Statistical Service said.",
     "Ghana Statistical Service", "Ghana Statistical Service", "GH"),
    ("KAMPALA, May 3 - The Bank of Uganda held its key rate at 9.75 percent.",
     "Bank of Uganda", "Bank of Uganda", "UG"),
    ("BAKU, Sept 1 - Foreign trade turnover of Azerbaijan reached $30 billion, the State "
     "Statistics Committee said.", "State Statistics Committee",
     "State Statistical Committee of the Republic of Azerbaijan", "AZ"),
    ("The Central Bank of West African States kept its rate at 3.5 percent.",
     "Central Bank of West African States", "Central Bank of West African States", "INT"),
    # a generic ministry of a covered economy is that economy's body, not China's or Japan's
    ("NAIROBI, Feb 1 - The Finance Ministry said public debt fell.", "Finance Ministry",
     "National Treasury and Economic Planning", "KE"),
    ("LIMA, Feb 1 - The Trade Ministry said exports rose.", "Trade Ministry",
     "Ministry of Foreign Trade and Tourism", "PE"),
    ("LUSAKA, Feb 1 - The Commerce Ministry said copper exports rose.", "Commerce Ministry",
     "Ministry of Commerce, Trade and Industry", "ZM"),
    # a name shared by several economies goes to the story's economy
    ("TUNIS, May 3 - The trade deficit narrowed, the National Institute of Statistics said.",
     "National Institute of Statistics", "National Institute of Statistics", "TN"),
    ("DAR ES SALAAM, May 3 - The National Bureau of Statistics said inflation eased.",
     "National Bureau of Statistics", "National Bureau of Statistics", "TZ"),
])
def test_extended_gazetteer_names_the_body(finder, text, surface, name, country):
    found = [m for m in _agencies(finder, text) if m.text == surface]
    assert [(m.name, m.country) for m in found] == [(name, country)]


@pytest.mark.parametrize("text", [
    # ambiguous acronyms of the new rows are weak: not an agency in another economy's story
    "RIYADH, Jan 5 - MBS met investors as non-oil exports rose 4 percent.",
    "NEW YORK, Jan 5 - COMEX gold futures rose 1 percent.",
    "LONDON, Jan 5 - The NSA and the BCR were named in the report; GRA and URA too.",
    "PARIS, Jan 5 - AMF, the market regulator, fined a broker.",
    # a fully generic name of a small economy does not capture another economy's body
    "LISBON, May 3 - The national statistical institute said exports rose 3 percent.",
    "ROME, May 3 - The national statistics bureau said output fell.",
])
def test_new_rows_add_no_false_agency(finder, text):
    countries = {m.country for m in _agencies(finder, text)}
    assert countries <= {"SA", "US", "GB", "FR", "PT", "IT"}, _agencies(finder, text)
