"""AGENCY recognition: gazetteer, generic bodies, acronym definitions, country resolution,
precision traps, data validation, robustness and speed."""

from __future__ import annotations

import time
from pathlib import Path

import pycountry
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradeie.normalize.agencies import (
    KINDS,
    AgencyFinder,
    AgencyMatch,
    credit_spans,
    dateline_country,
    document_country,
    load_gazetteer,
)
from tradeie.resources import DataFileError, read_jsonl

# The seed article lives in ../shared/seeds next to the repository (not shipped in it).
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_0bf83a36b342cec6.txt"
GAC = "General Administration of Customs"


@pytest.fixture(scope="module")
def finder() -> AgencyFinder:
    return AgencyFinder()


def texts(matches: list[AgencyMatch]) -> list[str]:
    return [m.text for m in matches]


def by_text(matches: list[AgencyMatch], text: str) -> AgencyMatch:
    found = [m for m in matches if m.text == text]
    assert found, f"{text!r} not among {texts(matches)}"
    return found[0]


# --------------------------------------------------------------------------- seed article


def seed_body() -> str:
    if not SEED.is_file():
        pytest.skip("seed article not available (../shared/seeds next to the repo)")
    return SEED.read_text(encoding="utf-8").split("\n\n", 1)[1]


def test_seed_article_agencies(finder: AgencyFinder) -> None:
    body = seed_body()
    found = finder.find(body)
    # every agency in the seed is the GAC: its full name, each "GAC", "customs authorities"
    assert {m.name for m in found} == {GAC}
    assert {(m.acronym, m.country) for m in found} == {("GAC", "CN")}
    assert texts(found)[:2] == [GAC, "GAC"]
    assert texts(found).count("GAC") == body.count("GAC") == 2
    assert [m for m in found if m.text == "GAC"][1].start == body.index("GAC deputy head")
    assert texts(found) == [GAC, "GAC", "GAC", "customs authorities"]
    for m in found:
        assert body[m.start:m.end] == m.text
    # nothing from the credit line, "central authorities", "customs clearance"
    credit = body.index("(Web editor")
    assert all(m.end <= credit for m in found)
    assert not any("central" in m.text or "clearance" in m.text for m in found)
    assert document_country(found, body) == "CN"


# --------------------------------------------------------------------------- gazetteer


def test_gazetteer_rows_are_valid_and_cover_40_economies() -> None:
    rows = read_jsonl("agencies.jsonl")
    loaded = load_gazetteer(rows)
    assert len(loaded) == len(rows) > 300
    countries = set()
    for row in loaded:
        assert row.kind in KINDS
        if row.country not in ("EU", "INT"):
            assert pycountry.countries.get(alpha_2=row.country) is not None, row
            countries.add(row.country)
    assert len(countries) >= 40
    big = {"CN", "US", "DE", "JP", "NL", "FR", "KR", "IT", "HK", "GB", "MX", "CA", "BE", "IN",
           "SG", "ES", "TW", "CH", "RU", "VN", "PL", "AU", "BR", "MY", "TH", "ID", "TR", "SA",
           "AE", "IE", "AT", "CZ", "SE", "IL", "PH", "CL", "NO", "DK", "ZA", "AR", "EG", "NG",
           "PK", "BD", "NZ"}
    assert big <= countries, big - countries
    # every named economy has at least a statistics office or a central bank
    for code in big:
        kinds = {r.kind for r in loaded if r.country == code}
        assert kinds & {"statistics", "central_bank", "customs"}, code


def test_gazetteer_has_the_acronyms_of_the_brief() -> None:
    acronyms = {a for row in load_gazetteer(read_jsonl("agencies.jsonl")) for a in row.acronyms}
    for acr in ("GAC", "NBS", "MOFCOM", "SAFE", "PBOC", "NDRC", "BEA", "USTR", "BLS", "ONS",
                "HMRC", "Destatis", "MOTIE", "KCS", "BOK", "GSO", "BPS", "MDIC", "Secex", "METI",
                "MOF", "BOJ", "RBI", "DGCI&S", "ABS", "INE", "Istat", "INSEE", "CBS", "TurkStat",
                "Rosstat", "WTO", "IMF", "OECD", "UNCTAD", "ECB"):
        assert acr in acronyms, acr


def test_duplicate_row_names_both_lines() -> None:
    row = {"name": "Y Office", "acronyms": [], "aliases": [], "country": "US", "kind": "other",
           "source": "https://example.gov/"}
    with pytest.raises(DataFileError, match=r"line 9: 'Y Office' \(US\) is already on line 4"):
        load_gazetteer([{**row, "_line": 4}, {**row, "_line": 9}])
    assert len(load_gazetteer([{**row, "_line": 4}, {**row, "country": "CA", "_line": 9}])) == 2


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"name": "X Office", "acronyms": [], "aliases": [], "kind": "other"}, "country"),
        ({"name": "X Office", "acronyms": [], "aliases": [], "country": "XX", "kind": "other"},
         "'XX'"),
        ({"name": "X Office", "acronyms": [], "aliases": [], "country": "cn", "kind": "other"},
         "'cn'"),
        ({"name": "X Office", "acronyms": [], "aliases": [], "country": "CN", "kind": "bank"},
         "kind"),
        ({"name": "", "acronyms": [], "aliases": [], "country": "CN", "kind": "other"}, "name"),
        ({"name": "X Office", "acronyms": "XO", "aliases": [], "country": "CN", "kind": "other"},
         "acronyms"),
        ({"name": "X Office", "acronyms": ["XO"], "aliases": [], "country": "CN",
          "kind": "other", "weak": ["YO"]}, "weak"),
    ],
)
def test_malformed_row_names_file_and_line(row: dict, message: str) -> None:
    good = {"name": "Y Office", "acronyms": [], "aliases": [], "country": "US", "kind": "other",
            "source": "https://example.gov/", "_line": 12}
    with pytest.raises(DataFileError) as err:
        load_gazetteer([good, {"source": "https://example.gov/", **row, "_line": 57}])
    assert "agencies.jsonl" in str(err.value)
    assert "line 57" in str(err.value)
    assert message in str(err.value)
    assert load_gazetteer([good])[0].name == "Y Office"


# --------------------------------------------------------------------------- gazetteer matching


def test_acronyms_are_case_sensitive(finder: AgencyFinder) -> None:
    assert texts(finder.find("BEIJING, May 2 (Xinhua) -- SAFE said reserves rose.")) == ["SAFE"]
    assert finder.find("BEIJING, May 2 (Xinhua) -- It is safe to say reserves rose.") == []


def test_long_names_match_in_any_case_short_ones_need_a_capital(finder: AgencyFinder) -> None:
    found = finder.find("Figures from the general administration of customs were released.")
    assert [(m.text, m.name) for m in found] == [("general administration of customs", GAC)]
    assert finder.find("Firms plan to invest India's surplus abroad.") == []


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("TOKYO, Jan 22 (Reuters) - Japan's exports rose, the MOF said.", "MOF", "JP"),
        ("BEIJING, Jan 22 (Xinhua) -- The MOF said fiscal revenue rose.", "MOF", "CN"),
        ("Taiwan's exports hit a record, the MOF in Taipei said on Friday.", "MOF", "TW"),
        ("Japan's Ministry of Finance said exports rose.", "Ministry of Finance", "JP"),
        ("ABUJA, March 3 (Reuters) - Inflation eased, the NBS said.", "NBS", "NG"),
        ("BEIJING, March 3 (Xinhua) -- CPI rose, the NBS said.", "NBS", "CN"),
        ("MADRID, May 1 (Reuters) - Prices rose, the INE said.", "INE", "ES"),
        ("SANTIAGO, May 1 (Reuters) - Copper exports rose, the INE said.", "INE", "CL"),
        ("AMSTERDAM, Jan 5 (Reuters) - Exports fell, CBS said.", "CBS", "NL"),
        ("JERUSALEM, Jan 5 (Reuters) - Exports fell, the CBS said.", "CBS", "IL"),
    ],
)
def test_shared_surfaces_follow_the_documents_country(
    finder: AgencyFinder, text: str, surface: str, country: str
) -> None:
    match = by_text(finder.find(text), surface)
    assert match.country == country


def test_weak_acronyms_need_their_country(finder: AgencyFinder) -> None:
    # "CBS" in an American story is the broadcaster; "ABS" bonds are not a statistics office
    assert finder.find("WASHINGTON (Reuters) - CBS reported that ABS spreads widened.") == []
    found = finder.find("SYDNEY, Feb 3 (Reuters) - Retail sales rose, the ABS said.")
    assert [(m.text, m.name) for m in found] == [("ABS", "Australian Bureau of Statistics")]


def test_gac_of_canada_only_in_a_canadian_story(finder: AgencyFinder) -> None:
    cn = finder.find("BEIJING, Jan 13 (Xinhua) -- GAC data showed exports rose.")
    assert by_text(cn, "GAC").name == GAC
    ca = finder.find("OTTAWA, Jan 13 (Reuters) - GAC said the talks would continue.")
    assert by_text(ca, "GAC").name == "Global Affairs Canada"


# --------------------------------------------------------------------------- generic bodies


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Japan's Ministry of Economy, Trade and Industry said output rose.",
         "Ministry of Economy, Trade and Industry", "Ministry of Economy, Trade and Industry",
         "JP"),
        ("The Ministry of Tourism of Thailand expects more visitors.",
         "Ministry of Tourism of Thailand", "Ministry of Tourism of Thailand", "TH"),
        ("The Ministry of Finance of Indonesia said revenue rose.",
         "Ministry of Finance of Indonesia", "Ministry of Finance", "ID"),
        ("The Indian commerce ministry said exports rose.", "commerce ministry",
         "Ministry of Commerce and Industry", "IN"),
        ("Brazil's Finance Ministry cut its forecast.", "Finance Ministry", "Ministry of Finance",
         "BR"),
        ("KHARTOUM, Feb 1 (Xinhua) -- The Finance Ministry said debt fell.", "Finance Ministry",
         "Ministry of Finance", "SD"),
        ("MOGADISHU, Feb 1 (Reuters) - The Trade Ministry said exports rose.", "Trade Ministry",
         "Ministry of Trade", "SO"),
        ("WASHINGTON (Reuters) - The Commerce Department said the deficit narrowed.",
         "Commerce Department", "U.S. Department of Commerce", "US"),
        ("The U.S. Commerce Department said the deficit narrowed.", "U.S. Commerce Department",
         "U.S. Department of Commerce", "US"),
        ("The Philippine Department of Trade and Industry said exports rose.",
         "Department of Trade and Industry", "Department of Trade and Industry", "PH"),
        ("The National Bureau of Statistics of Nigeria said inflation eased.",
         "National Bureau of Statistics of Nigeria", "National Bureau of Statistics", "NG"),
        ("The Federal Statistics Office of Somalia said prices rose.",
         "Federal Statistics Office of Somalia", "Federal Statistics Office of Somalia", "SO"),
        ("LIMA, Feb 1 (Reuters) - The Statistics Office said output rose.", "Statistics Office",
         "Statistics Office", "PE"),
    ],
)
def test_generic_ministries_departments_and_offices(
    finder: AgencyFinder, text: str, surface: str, name: str, country: str
) -> None:
    match = by_text(finder.find(text), surface)
    assert (match.name, match.country) == (name, country)


def test_department_only_when_governmental(finder: AgencyFinder) -> None:
    text = ("BEIJING, Jan 13 (Xinhua) -- Li Xingqian, director of the department of foreign trade "
            "under MOFCOM, said MOFCOM's Department of Foreign Trade would publish a guide.")
    found = finder.find(text)
    assert texts(found) == ["department of foreign trade", "MOFCOM", "MOFCOM",
                            "Department of Foreign Trade"]
    assert {m.country for m in found} == {"CN"}
    assert by_text(found, "department of foreign trade").name == "Department of Foreign Trade"
    for text in ("The department store chain posted higher sales.",
                 "The Department of Economics at Harvard University published a paper.",
                 "The Sales Department of the firm grew.",
                 "She heads the department of marketing."):
        assert finder.find(text) == [], text


def test_customs_authorities_use_the_documents_customs(finder: AgencyFinder) -> None:
    found = finder.find("SEOUL, Jan 1 (Yonhap) -- The customs authorities said exports rose.")
    assert [(m.text, m.name, m.country) for m in found] == [
        ("customs authorities", "Korea Customs Service", "KR")]
    found = finder.find("Chinese customs said imports of soybeans rose.")
    assert [(m.text, m.name) for m in found] == [("customs", GAC)]
    # "customs" as a modifier is no agency
    assert finder.find("BEIJING, Jan 1 (Xinhua) -- Customs data showed customs clearance "
                       "times fell and China's customs duties were cut.") == []


def test_central_bank_is_the_story_economys_bank(finder: AgencyFinder) -> None:
    # the contract: a body named by its function is the story economy's body
    found = finder.find("NAIROBI, Feb 1 (Xinhua) -- The central bank said reserves rose. "
                        "A central bank digital currency is planned, and central bank "
                        "independence was debated.")
    assert [(m.text, m.name, m.country) for m in found] == [
        ("central bank", "Central Bank of Kenya", "KE")]
    found = finder.find("The U.S. central bank held rates, and Kenya's central bank cut them.")
    assert [(m.text, m.name, m.country) for m in found] == [
        ("central bank", "Federal Reserve", "US"), ("central bank", "Central Bank of Kenya", "KE")]
    found = finder.find("ANKARA, March 3 -- Central Bank Governor Fatih Karahan said rates "
                        "would stay high.")
    assert [(m.text, m.name) for m in found] == [
        ("Central Bank", "Central Bank of the Republic of Turkey")]


def test_description_before_a_name_is_the_same_agency(finder: AgencyFinder) -> None:
    found = finder.find("Output rose, the national statistics bureau Istat said on Friday.")
    istat = "Italian National Institute of Statistics"
    assert [(m.text, m.name) for m in found] == [("national statistics bureau", istat),
                                                 ("Istat", istat)]
    found = finder.find("Exports rose 4%, its statistics department Stats NZ said on Monday.")
    assert [(m.text, m.name) for m in found] == [
        ("statistics department", "Statistics New Zealand"),
        ("Stats NZ", "Statistics New Zealand")]
    # before a company's or an outlet's name it is no agency
    assert finder.find("The data service Bloomberg reported it.") == []


def test_statistics_body_service_committee_by_function(finder: AgencyFinder) -> None:
    text = ("ANKARA, March 2 -- Exports rose 3%, the national statistical body said. "
            "Imports grew, the statistics service added.")
    found = finder.find(text)
    assert [(m.text, m.name) for m in found] == [
        ("statistical body", "Turkish Statistical Institute"),
        ("statistics service", "Turkish Statistical Institute")]
    found = finder.find("BRUSSELS, July 30 -- Growth slowed, the European statistical service "
                        "said, citing Eurostat estimates.")
    assert [m.name for m in found] == ["Eurostat", "Eurostat"]


def test_trade_department_and_treasury_by_function(finder: AgencyFinder) -> None:
    found = finder.find("CANBERRA, May 4 -- Exports to China rose, the trade department said.")
    assert [(m.text, m.name) for m in found] == [
        ("trade department", "Department of Foreign Affairs and Trade")]
    found = finder.find("Japan was placed on a watch list by the U.S. Treasury on Friday.")
    assert [(m.text, m.name) for m in found] == [
        ("Treasury", "U.S. Department of the Treasury")]
    # "Treasury" alone, or a yield or a title: no agency
    assert finder.find("Treasury yields rose as Treasury Secretary Scott Bessent spoke.") == []


def test_bare_customs_as_a_source(finder: AgencyFinder) -> None:
    text = ("Trade surplus narrows 21% to $116.7 bln in 8M - customs\n"
            "MOSCOW. Oct 8 (Interfax) - Russia's foreign trade surplus fell, customs said.")
    found = finder.find(text)
    assert [(m.text, m.name) for m in found] == [("customs", "Federal Customs Service")] * 2
    # "customs" as a noun of trade practice stays out
    assert finder.find("MOSCOW, Oct 8 -- The goods cleared customs late.") == []


def test_title_case_acronyms(finder: AgencyFinder) -> None:
    text = ("Prices rose 2.7%, the National Institute of Statistics and Censuses (Indec) said. "
            "Indec added that wages lagged. In Mexico, Inegi said exports grew, and Istat "
            "and Turkstat published data.")
    found = finder.find(text)
    assert [(m.text, m.acronym) for m in found] == [
        ("National Institute of Statistics and Censuses", "INDEC"), ("Indec", "INDEC"),
        ("Indec", "INDEC"), ("Inegi", "INEGI"), ("Istat", "Istat"), ("Turkstat", "TurkStat")]
    # a weak acronym has no title-case form: "Sars" is a virus, not South Africa's tax office
    assert finder.find("Sars spread in 2003.") == []


def test_one_word_name_is_its_own_acronym(finder: AgencyFinder) -> None:
    found = finder.find("These data are released by Eurostat on Monday.")
    assert [(m.name, m.acronym) for m in found] == [("Eurostat", "Eurostat")]


def test_bloc_members_are_not_the_organisation(finder: AgencyFinder) -> None:
    found = finder.find("Exports to OPEC countries grew while OPEC said output fell.")
    assert [m.text for m in found] == ["OPEC"]
    assert found[0].start > 30


def test_generic_bodies_with_new_heads_and_topics(finder: AgencyFinder) -> None:
    # (names come from the gazetteer when it has the body, else from the text)
    found = finder.find("BAKU, Jan 20 -- The State Statistics Committee said trade grew.")
    assert [(m.text, m.country) for m in found] == [("State Statistics Committee", "AZ")]
    text = ("BRASILIA, Dec 3 -- Brazil's Institute of Geography and Statistics (IBGE) said GDP "
            "rose. The Monetary Policy Committee (Copom) raised rates and Copom signalled more.")
    found = finder.find(text)
    assert [(m.text, m.country) for m in found] == [
        ("Institute of Geography and Statistics", "BR"), ("IBGE", "BR"),
        ("Monetary Policy Committee", "BR"), ("Copom", "BR"), ("Copom", "BR")]
    assert found[0].name == found[1].name == "Brazilian Institute of Geography and Statistics"
    assert found[2].name == found[3].name == found[4].name


def test_acronym_definition_creates_an_alias_for_the_document(finder: AgencyFinder) -> None:
    text = ("HANOI, Jan 6 (VNA) -- The Vietnam Trade Remedies Authority (TRAV) opened a probe. "
            "TRAV said the duties could reach 30 percent. Later TRAV added details.")
    found = finder.find(text)
    assert texts(found) == ["Vietnam Trade Remedies Authority", "TRAV", "TRAV", "TRAV"]
    assert {m.name for m in found} == {"Vietnam Trade Remedies Authority"}
    assert {m.acronym for m in found} == {"TRAV"}
    assert {m.country for m in found} == {"VN"}


def test_definition_overrides_the_gazetteer_meaning(finder: AgencyFinder) -> None:
    text = ("Ottawa and Beijing talked. Global Affairs Canada (GAC) said the talks went well. "
            "GAC added that more meetings were planned.")
    found = finder.find(text)
    assert [m.name for m in found if m.text == "GAC"] == ["Global Affairs Canada"] * 2


def test_region_acronym_is_not_an_agency(finder: AgencyFinder) -> None:
    text = ("The Association of Southeast Asian Nations (ASEAN) met. China's trade with the "
            "Association of Southeast Asian Nations grew. ASEAN remained the largest "
            "partner. The ASEAN Secretariat published data.")
    found = finder.find(text)
    # the bloc's name after a partner word ("trade with the ...") is the partner, not the
    # organisation (spec: partner "trade with ASEAN"); as a subject it is the body
    assert texts(found) == ["Association of Southeast Asian Nations", "ASEAN Secretariat"]
    assert {m.country for m in found} == {"INT"}


def test_bodies_named_after_their_country_and_of_country(finder: AgencyFinder) -> None:
    found = finder.find("The Vietnam Trade Remedies Authority said duties would rise, and the "
                        "Civil Aviation Administration of China approved the routes.")
    assert [(m.text, m.name, m.country) for m in found] == [
        ("Vietnam Trade Remedies Authority", "Vietnam Trade Remedies Authority", "VN"),
        ("Civil Aviation Administration of China", "Civil Aviation Administration of China",
         "CN")]
    # a country word followed by ordinary capitalised words and no head is not an agency
    assert finder.find("The China Media Group and the Japan Business Federation met.") == []


def test_intergovernmental_and_eu_bodies(finder: AgencyFinder) -> None:
    text = ("The WTO, the IMF and the World Bank met. The European Commission, Eurostat and "
            "the ECB attended, as did the OECD and UNCTAD.")
    found = finder.find(text)
    assert [(m.text, m.country) for m in found] == [
        ("WTO", "INT"), ("IMF", "INT"), ("World Bank", "INT"), ("European Commission", "EU"),
        ("Eurostat", "EU"), ("ECB", "EU"), ("OECD", "INT"), ("UNCTAD", "INT")]
    assert by_text(found, "ECB").name == "European Central Bank"


# --------------------------------------------------------------------------- precision traps


def test_outlets_companies_banks_and_think_tanks_are_not_agencies(finder: AgencyFinder) -> None:
    text = ("BEIJING, Jan 13 (Xinhua) -- Xinhua News Agency, Reuters, AP, Bloomberg, Nikkei, "
            "Yonhap and PTI reported the figures. Julian Evans-Pritchard, an economist at "
            "Capital Economics, and analysts at Goldman Sachs, the Bank of China and the "
            "Peterson Institute for International Economics commented. GAC Motor sold more cars.")
    assert finder.find(text) == []


def test_central_bank_beats_the_commercial_bank_inside_it(finder: AgencyFinder) -> None:
    found = finder.find("The People's Bank of China and the Bank of China both commented.")
    assert [(m.text, m.name) for m in found] == [("People's Bank of China",
                                                  "People's Bank of China")]


def test_credits_and_bylines_hold_no_agencies(finder: AgencyFinder) -> None:
    text = ("By Li Wei and Zhang Min\n"
            "BEIJING, Jan 13 (Xinhua) -- Exports rose, the GAC said.\n"
            "(Web editor: Zhang Kaiwei, GAC)\n"
            "(Reporting by Joe Cash; Editing by MOFCOM Desk)\n"
            "Photo: NBS\n")
    found = finder.find(text)
    assert [(m.text, m.start) for m in found] == [("GAC", text.index("GAC said"))]
    spans = credit_spans(text)
    assert len(spans) == 4
    assert text[spans[0][0]:spans[0][1]] == "By Li Wei and Zhang Min"


def test_sentence_opening_by_is_not_a_byline() -> None:
    assert credit_spans("By the end of 2024, the NBS said output rose.") == []


# --------------------------------------------------------------------------- document country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("BEIJING, Jan. 13 (Xinhua) -- Trade rose.", "CN"),
        ("NEW DELHI: India's exports rose.", "IN"),
        ("TOKYO (Reuters) - Japan's exports rose.", "JP"),
        ("Seoul, Jan. 1 (Yonhap) -- Exports rose.", "KR"),
        ("headline line\n\nKUALA LUMPUR, March 3 (Bernama) -- Exports rose.", "MY"),
        ("SAO PAULO, Jan 2 (Reuters) - Exports rose.", "BR"),
    ],
)
def test_dateline(text: str, country: str) -> None:
    assert dateline_country(text) == country


def test_no_dateline_in_ordinary_sentences() -> None:
    assert dateline_country("Exports: up 5 percent.\nImports - down.") is None
    assert dateline_country("Beijing is busy - very busy.") is None


def test_document_country_falls_back_to_agencies_then_mentions(finder: AgencyFinder) -> None:
    text = "The ONS said output rose, and the Bank of England and the ECB agreed. The ONS added."
    assert document_country(finder.find(text), text) == "GB"
    text = "Vietnam's exports to the United States rose; Vietnam expects more growth."
    assert document_country(finder.find(text), text) == "VN"
    assert document_country([], "Exports rose 5 percent.") is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Eurostat said euro zone exports rose, and the euro area surplus grew.", "EA"),
        ("Eurostat said EU exports to China fell, while the European Union's deficit grew.",
         "EU"),
        ("BRUSSELS, Jan 7 (Reuters) - Euro zone inflation rose, Eurostat said.", "EA"),
        ("BRUSSELS, Jan 7 (Reuters) - Belgian exports fell, Statbel said.", "BE"),
        ("FRANKFURT, Jan 7 (Reuters) - The Bundesbank and the ECB disagreed.", "DE"),
    ],
)
def test_eu_and_euro_area_stories(finder: AgencyFinder, text: str, country: str) -> None:
    assert document_country(finder.find(text), text) == country


# --------------------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from([
        "GAC", "General", "Administration", "of", "Customs", "(", ")", "(GAC)", "'s", "’s",
        "Ministry", "ministry", "Commerce", "commerce", "Department", "department", "under",
        "MOFCOM", "customs", "authorities", "central", "bank", "the", ",", ".", "\n", "\n\n",
        "BEIJING", "--", ":", "(Web editor:", "By", "Xinhua", "U.S.", "Japan's", "MOF", "&",
        "DGCI&S", "Statistics", "Office", "National", "Bureau", "of Nigeria", "Bank of China",
    ]), max_size=40).map(" ".join),
))
def test_find_never_raises_and_offsets_are_exact(text: str) -> None:
    finder = AgencyFinder()
    found = finder.find(text)
    end = 0
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.start >= end  # text order, non-overlapping
        end = m.end
        assert m.name
        assert m.country in ("EU", "INT") or pycountry.countries.get(alpha_2=m.country)


@pytest.mark.parametrize("junk", [
    "(" * 200_000, "Ministry of " * 20_000, "A. " * 70_000, "(Web editor: " * 20_000,
    "Wang Lingjun Zhang " * 12_000, ("BEIJING " * 50 + "\n") * 500,
], ids=["parens", "ministry-of", "initials", "credits", "names", "datelines"])
def test_large_junk_is_linear(finder: AgencyFinder, junk: str) -> None:
    start = time.perf_counter()
    finder.find(junk)
    assert time.perf_counter() - start < 10


def test_five_kilobyte_article_is_fast(finder: AgencyFinder) -> None:
    body = seed_body()
    text = (body * 3)[:5000]
    finder.find(text)
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(10):
            finder.find(text)
        best = min(best, (time.perf_counter() - start) / 10)
    # about 2 ms on an idle machine; the bound leaves room for a loaded CI runner
    assert best < 0.025


# --------------------------------------------------------------------------- NER evidence
# (pipeline-level tests with a stand-in NER: test_ner_evidence.py)


def org_spans(text: str, *surfaces: str) -> list[tuple[int, int]]:
    return [(text.index(s), text.index(s) + len(s)) for s in surfaces]


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        ("BEIJING, March 4 (Xinhua) -- The State Administration for Market Regulation said "
         "fines rose.", "The State Administration for Market Regulation",
         ("State Administration for Market Regulation",
          "State Administration for Market Regulation", "CN")),
        ("Exports rose, said the Office of the Chief Economist of Canada.",
         "Office of the Chief Economist of Canada",
         ("Office of the Chief Economist of Canada", "Office of the Chief Economist of Canada",
          "CA")),
    ],
)
def test_org_entity_adds_what_the_rules_missed(finder: AgencyFinder, text: str, org: str,
                                               expected: tuple[str, str, str]) -> None:
    assert finder.find(text) == []
    [m] = finder.find(text, org_spans(text, org))
    assert (m.text, m.name, m.country) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # no country anywhere: nobody's agency
        ("The Federal Motor Carrier Safety Administration said shipments fell.",
         "Federal Motor Carrier Safety Administration"),
        # a head word alone is not a government body
        ("Japan's exports rose, Mizuho Service Office said.", "Mizuho Service Office"),
        # weak heads (institute, council, board, centre) are think tanks as often as not
        ("Japan's exports rose, the Tokyo Policy Institute said.", "Tokyo Policy Institute"),
        # lower-case words inside: not one proper name
        ("Japan's exports rose, the National trade office of Sony said.",
         "National trade office of Sony"),
    ],
)
def test_org_entity_needs_the_shape_of_a_government_body(finder: AgencyFinder, text: str,
                                                         org: str) -> None:
    assert finder.find(text, org_spans(text, org)) == finder.find(text) == []


def test_org_entity_never_overrides_a_rule(finder: AgencyFinder) -> None:
    text = "The People's Bank of China said lending rose, Bank of China said deposits fell."
    orgs = org_spans(text, "Bank of China said lending", "Bank of China said deposits")
    assert finder.find(text, orgs) == finder.find(text)
    assert finder.find(text, []) == finder.find(text)


@pytest.mark.parametrize(("text", "name", "country"), [
    # the story's own ministry whose name holds every word written
    ("India's exports rose 5% in 2024, the Ministry of Commerce said.",
     "Ministry of Commerce and Industry", "IN"),
    # the US has a Department of Commerce: a "Commerce Ministry" there is a foreign one
    ("US exports rose 5% in 2024, the Commerce Ministry said.", "Ministry of Commerce", "CN"),
    ("Thai exports rose 5% in 2024, the Commerce Ministry said.", "Ministry of Commerce", "TH"),
])
def test_shared_ministry_name_in_a_story_of_one_country(text, name, country):
    import tradeie

    (agency,) = [e for e in tradeie.extract(text).entities if e.label == "AGENCY"]
    assert (agency.attrs["name"], agency.attrs["country"]) == (name, country)


@pytest.mark.parametrize(("text", "agencies"), [
    ("Fed up with tariffs, exporters shifted to Vietnam.", []),
    ("Exporters are fed up with the Fed.", ["Fed"]),
])
def test_idiom_that_starts_with_an_acronym(text, agencies):
    import tradeie

    assert [e.text for e in tradeie.extract(text).entities if e.label == "AGENCY"] == agencies


@pytest.mark.parametrize(("text", "agencies"), [
    ("def get_customs_data(): return GAC.fetch(year=2024)", []),
    ("x = NBS_DATA[0]", []), ("rows = GAC[0]", []), ("call GAC()", []),
    ("Exports rose, the GAC. It said so.", ["GAC"]),  # a full stop and a blank: prose
])
def test_acronym_glued_to_code_is_no_agency(text, agencies):
    import tradeie

    assert [e.text for e in tradeie.extract(text).entities if e.label == "AGENCY"] == agencies


@pytest.mark.parametrize(("text", "countries"), [
    ("Italy's exports rose 3% in December, the national statistics institute Istat said.",
     ["IT", "IT"]),
    ("Mexico's exports rose 3%, the national statistics institute INEGI said.", ["MX", "MX"]),
    ("Spain's exports rose 3%, the National Statistics Institute said.", ["ES"]),
    ("China's exports rose 3%, the National Bureau of Statistics said.", ["CN"]),
])
def test_a_descriptive_statistics_office_is_the_story_country(text, countries):
    import tradeie

    got = [e.attrs["country"] for e in tradeie.extract(text).entities if e.label == "AGENCY"]
    assert got == countries


def test_eu_office_named_in_full_and_institute_named_after_its_country(
        finder: AgencyFinder) -> None:
    found = finder.find("These figures are published by Eurostat, the Statistical Office of "
                        "the European Communities, each month.")
    assert [(m.text, m.country) for m in found] == [
        ("Eurostat", "EU"), ("Statistical Office of the European Communities", "EU")]
    found = finder.find("SEOUL -- The Korea Institute for Industrial Economics and Trade "
                        "expects chip exports to slow.")
    assert [(m.text, m.name, m.country) for m in found] == [
        ("Korea Institute for Industrial Economics and Trade",
         "Korea Institute for Industrial Economics and Trade", "KR")]


def test_lower_case_body_under_a_named_parent(finder: AgencyFinder) -> None:
    found = finder.find("SEOUL -- Lee Jin-ho, director of the BOK's external trade and price"
                        " statistics division, spoke.")
    assert [m.text for m in found] == ["BOK", "external trade and price statistics division"]
    # without a parent a lower-case division is no agency
    assert finder.find("SEOUL -- The financial statistics division of the firm grew.") == []


def test_central_bank_as_a_modifier_is_no_agency(finder: AgencyFinder) -> None:
    text = ("SEOUL, May 2 -- Central bank policy stayed tight as central bank rates held; the "
            "central bank said more. Central Bank Governor Rhee Chang-yong spoke.")
    found = finder.find(text)
    assert [(m.text, m.name) for m in found] == [("central bank", "Bank of Korea"),
                                                 ("Central Bank", "Bank of Korea")]


def test_named_parent_outweighs_a_nearby_academy(finder: AgencyFinder) -> None:
    text = ("BEIJING -- Zhang Fei, associate director of the Institute of Foreign Investment "
            "under MOFCOM, which also runs an academy, said FDI rose.")
    assert [m.text for m in finder.find(text)] == ["Institute of Foreign Investment", "MOFCOM"]
    assert finder.find("The Institute of Foreign Studies at the academy said.") == []


def test_signature_ignores_state_name_words_and_keeps_topic_modifiers() -> None:
    # a generic mention finds a gazetteer row named with the state's formal name
    from tradeie.normalize.agencies import _lexicon
    lex = _lexicon()
    formal = ["state", "statistical", "committee", "of", "the", "republic", "of", "azerbaijan"]
    assert lex.signature(formal) == lex.signature(["state", "statistics", "committee"]) \
        == ("committee", "statistics")
    assert lex.signature(["federal", "statistical", "office"]) == ("office", "statistics")


def test_generic_ministry_name_in_a_story_of_a_country_with_a_longer_name(
        finder: AgencyFinder) -> None:
    # "Ministry of Trade" is Indonesia's name too; a Korean story means Korea's ministry,
    # whose name holds every word written ("Ministry of Trade, Industry and Energy")
    found = finder.find("SEOUL -- The Ministry of Trade said exports rose.")
    assert [(m.name, m.country) for m in found] == [
        ("Ministry of Trade, Industry and Energy", "KR")]


def test_monetary_authority_reserve_bank_and_foreign_ministry_by_function(
        finder: AgencyFinder) -> None:
    found = finder.find("SINGAPORE, Jan 3 -- The monetary authority held policy. The foreign "
                        "ministry said ties were strong.")
    assert [(m.text, m.name, m.country) for m in found] == [
        ("monetary authority", "Monetary Authority of Singapore", "SG"),
        ("foreign ministry", "Ministry of Foreign Affairs", "SG")]
    found = finder.find("SYDNEY, Feb 4 -- The Reserve Bank kept rates on hold. The Foreign "
                        "Ministry said talks continue.")
    assert [(m.name, m.country) for m in found] == [
        ("Reserve Bank of Australia", "AU"), ("Ministry of Foreign Affairs", "AU")]


def test_function_name_after_a_foreign_body_of_that_kind(finder: AgencyFinder) -> None:
    text = ("BEIJING, Jan 3 -- China's exports rose. The U.S. Federal Reserve raised rates and "
            "the central bank signalled more.")
    assert [m.name for m in finder.find(text)] == ["Federal Reserve", "Federal Reserve"]
    # once the story named its own bank, the function name is that bank
    text = ("BEIJING, Jan 3 -- The PBOC held rates. The U.S. Federal Reserve raised rates and "
            "the central bank signalled more.")
    assert [m.name for m in finder.find(text)][-1] == "People's Bank of China"


def test_a_description_before_a_name_leaves_the_name_as_source() -> None:
    # the linker: "the national statistics agency INEGI" is two AGENCY mentions of one body;
    # figures are attributed to the name, in the sentence and as the release agency
    import tradeie
    text = ("MEXICO CITY, Feb 27 -- Mexico's exports rose 8.1% in January, the national "
            "statistics agency INEGI said on Friday. Imports grew 5.2% to $54.5 billion.")
    res = tradeie.extract(text, published="2026-02-27")
    ents = {e.id: e for e in res.entities}
    assert [e.text for e in res.entities if e.label == "AGENCY"] == [
        "statistics agency", "INEGI"]
    assert res.facts and {ents[f.source].text for f in res.facts} == {"INEGI"}


def test_international_body_named_in_generic_words_stays_international(
        finder: AgencyFinder) -> None:
    text = ("PARIS, Dec 4 -- Growth will hold, the Organisation for Economic Co-operation and "
            "Development (OECD) said. The Paris-based organisation sees inflation easing.")
    assert {(m.text, m.country) for m in finder.find(text)} == {
        ("Organisation for Economic Co-operation and Development", "INT"), ("OECD", "INT")}


def test_a_body_owning_a_noun_is_not_the_source_of_a_saying_one() -> None:
    # the linker: "the central bank's target" names the bank as owner; the office that
    # says the figure is its source
    import tradeie
    text = ("JAKARTA, Feb 3 -- Annual inflation was 1.57% in January, within the central "
            "bank's target band, Statistics Indonesia said on Monday.")
    res = tradeie.extract(text, published="2025-02-03")
    ents = {e.id: e for e in res.entities}
    [fact] = [f for f in res.facts if ents[f.figure].text == "1.57%"]
    assert ents[fact.source].text == "Statistics Indonesia"
