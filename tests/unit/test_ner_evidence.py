"""A statistical pipeline's NER as extra evidence for AGENCY and OFFICIAL.

No trained model can be downloaded here, so a tiny component plays the NER: it sets gold
``doc.ents`` from ``GOLD`` and runs before tradeie's components (``build(base=nlp)``), the
way a user's ``en_core_web_*`` pipeline would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

import tradeie
from tradeie.normalize.agencies import AgencyFinder
from tradeie.normalize.officials import OfficialFinder
from tradeie.pipeline import build, tune_tokenizer

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus.jsonl"

# text -> [(surface, label)]: every occurrence of the surface becomes an entity
GOLD: dict[str, list[tuple[str, str]]] = {}


class GoldEnts:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for surface, label in GOLD.get(doc.text, []):
            at = doc.text.find(surface)
            while at >= 0:
                span = doc.char_span(at, at + len(surface), label=label)
                assert span is not None, f"{surface!r} is not on token boundaries"
                if not any(s.start < span.end and span.start < s.end for s in spans):
                    spans.append(span)  # "Zulkifli" inside "Zulkifli Hasan" is not another
                at = doc.text.find(surface, at + len(surface))
        doc.set_ents(sorted(spans, key=lambda s: s.start), default="outside")
        return doc


@Language.factory("test_gold_ents", assigns=["doc.ents", "token.ent_iob", "token.ent_type"])
def make_gold_ents(nlp: Language, name: str) -> GoldEnts:
    return GoldEnts()


@Language.factory("test_gold_ents_unannounced")  # sets ents but does not say so: no NER
def make_gold_ents_unannounced(nlp: Language, name: str) -> GoldEnts:
    return GoldEnts()


def pipeline(factory: str | None = "test_gold_ents") -> Language:
    nlp = spacy.blank("en")
    tune_tokenizer(nlp)  # the default pipeline's tokenizer, so only the NER differs
    if factory:
        nlp.add_pipe(factory)
    return build(base=nlp)


@pytest.fixture(scope="module")
def with_ner() -> Language:
    return pipeline()


@pytest.fixture(scope="module")
def without_ner() -> Language:
    return tradeie.load()


def entities(nlp: Language, text: str, label: str, gold: list[tuple[str, str]] | None = None
             ) -> list[dict]:
    GOLD[text] = gold or []
    try:
        res = tradeie.extract(text, published="2025-03-05", nlp=nlp).to_dict()
    finally:
        del GOLD[text]
    found = [e for e in res["entities"] if e["label"] == label]
    for e in found:
        assert text[e["start"]:e["end"]] == e["text"]
    return found


def officials(nlp: Language, text: str, gold: list[tuple[str, str]] | None = None
              ) -> list[tuple[str, str, str | None]]:
    return [(e["text"], e["name"], e["title"]) for e in entities(nlp, text, "OFFICIAL", gold)]


def agencies(nlp: Language, text: str, gold: list[tuple[str, str]] | None = None
             ) -> list[tuple[str, str, str | None, str]]:
    return [(e["text"], e["name"], e["acronym"], e["country"])
            for e in entities(nlp, text, "AGENCY", gold)]


# --------------------------------------------------------------------------- wiring


def test_only_a_pipeline_with_ner_uses_entities(with_ner: Language, without_ner: Language
                                                ) -> None:
    assert with_ner.get_pipe("tradeie_officials").use_ner
    assert with_ner.get_pipe("tradeie_agencies").use_ner
    assert not without_ner.get_pipe("tradeie_officials").use_ner
    assert not without_ner.get_pipe("tradeie_agencies").use_ner
    names = with_ner.pipe_names
    assert names.index("test_gold_ents") < names.index("tradeie_agencies")


# --------------------------------------------------------------------------- officials

NYAMBURA = ("NAIROBI, March 4 -- Kenya's tea exports climbed 6 percent, said Trade Minister "
            "Ruth NYAMBURA. Nyambura added that flower sales held up.")
NGUYEN = ("Exports to the EU grew 11 percent, said Nguyen Thi A, a spokesperson for the GAC. "
          "Shipments of phones led the rise.")


def test_unusual_names_need_ner_evidence(with_ner: Language, without_ner: Language) -> None:
    gold = [("Ruth NYAMBURA", "PERSON"), ("Nyambura", "PERSON"), ("Kenya", "GPE")]
    # the shape rules take a family name in capitals after a given name (tests/unit/
    # test_people5.py: "KATO Katsunobu", "Ruth NYAMBURA") ...
    assert officials(without_ner, NYAMBURA) == [
        ("Ruth NYAMBURA", "Ruth NYAMBURA", "Trade Minister"),
        ("Nyambura", "Ruth NYAMBURA", "Trade Minister"),
    ]
    # ... and so does the PERSON entity, as written, with its later mention
    assert officials(with_ner, NYAMBURA, gold) == [
        ("Ruth NYAMBURA", "Ruth NYAMBURA", "Trade Minister"),
        ("Nyambura", "Ruth NYAMBURA", "Trade Minister"),
    ]
    gold = [("Nguyen Thi A", "PERSON"), ("GAC", "ORG"), ("EU", "ORG")]
    assert officials(without_ner, NGUYEN) == []
    assert officials(with_ner, NGUYEN, gold) == [
        ("Nguyen Thi A", "Nguyen Thi A", "spokesperson"),
    ]
    [official] = entities(with_ner, NGUYEN, "OFFICIAL", gold)
    [agency] = entities(with_ner, NGUYEN, "AGENCY", gold)
    assert (agency["text"], official["agency"]) == ("GAC", agency["id"])


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        # a person who speaks but holds no title here
        ("Wang Lingjun said exports rose 5 percent in January.",
         [("Wang Lingjun", "PERSON")]),
        # a private economist: the title needs an agency, Capital Economics is none
        ("Exports beat forecasts, said Julian Evans, an economist at Capital Economics.",
         [("Julian Evans", "PERSON"), ("Capital Economics", "ORG")]),
        # a company's executive
        ("Goldman Sachs chief economist Jan Hatzius said growth would slow.",
         [("Goldman Sachs", "ORG"), ("Jan Hatzius", "PERSON")]),
        # credits are never officials, whatever the NER says
        ("Exports rose 3 percent.\n(Web editor: Zhang Kaiwei, Zhong Wenxing)",
         [("Zhang Kaiwei", "PERSON"), ("Zhong Wenxing", "PERSON")]),
        # a PERSON right after a title word that belongs to an outlet's name
        ("Xinhua News Agency director Li Ming said the report was accurate.",
         [("Xinhua News Agency", "ORG"), ("Li Ming", "PERSON")]),
    ],
)
def test_person_without_a_public_title_is_no_official(with_ner: Language, text: str,
                                                      gold: list[tuple[str, str]]) -> None:
    assert officials(with_ner, text, gold) == []


def test_other_entities_veto_names(with_ner: Language, without_ner: Language) -> None:
    text = "Premier League chairman Richard Masters said broadcast revenue rose 4 percent."
    gold = [("Premier League", "ORG"), ("Richard Masters", "PERSON")]
    assert officials(with_ner, text, gold) == []
    text = "Trade Minister Zulkifli Hasan said palm oil exports rose. Zulkifli was upbeat."
    expected = [("Zulkifli Hasan", "Zulkifli Hasan", "Trade Minister"),
                ("Zulkifli", "Zulkifli Hasan", "Trade Minister")]
    assert officials(without_ner, text) == expected
    assert officials(with_ner, text, [("Zulkifli Hasan", "PERSON")]) == expected
    # an NER that calls the name an organisation takes both mentions away
    assert officials(with_ner, text, [("Zulkifli Hasan", "ORG"), ("Zulkifli", "ORG")]) == []


def test_ents_from_a_component_that_is_no_ner_are_ignored() -> None:
    nlp = pipeline("test_gold_ents_unannounced")
    assert not nlp.get_pipe("tradeie_officials").use_ner
    # (a name only NER delimits: the shape rules take "Ruth NYAMBURA" on their own now)
    gold = [("Nguyen Thi A", "PERSON"), ("GAC", "ORG"), ("EU", "ORG")]
    assert officials(nlp, NGUYEN, gold) == []


# --------------------------------------------------------------------------- agencies

SAMR = ("BEIJING, March 4 (Xinhua) -- The State Administration for Market Regulation (SAMR) "
        "said fines rose 8 percent in 2024. SAMR head Luo Wen said checks would widen.")


def test_org_entity_adds_a_government_body(with_ner: Language, without_ner: Language) -> None:
    gold = [("State Administration for Market Regulation", "ORG"), ("SAMR", "ORG"),
            ("Luo Wen", "PERSON"), ("Xinhua", "ORG")]
    name = "State Administration for Market Regulation"
    assert agencies(without_ner, SAMR) == []
    assert agencies(with_ner, SAMR, gold) == [
        (name, name, "SAMR", "CN"), ("SAMR", name, "SAMR", "CN"), ("SAMR", name, "SAMR", "CN"),
    ]
    # the official's agency comes with it
    assert officials(with_ner, SAMR, gold) == [("Luo Wen", "Luo Wen", "head")]
    assert officials(without_ner, SAMR) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Exports rose 4 percent, Lebanon's National News Agency reported.",
         "National News Agency"),
        ("Exports rose 4 percent, Xinhua News Agency reported.", "Xinhua News Agency"),
        ("Japan's exports rose, Moody's Investors Service said.", "Moody's Investors Service"),
        ("Japan's exports rose, said the Nomura Research Office in Tokyo.",
         "Nomura Research Office"),
        ("China's exports rose, said a report by the Peterson Institute.", "Peterson Institute"),
        ("China's exports rose, Standard Chartered Bank said.", "Standard Chartered Bank"),
        ("China's exports rose, said Tesla Energy Office staff.", "Tesla Energy Office"),
        ("India's exports rose, said a paper from the Department of Economics at Delhi "
         "University.", "Department of Economics"),
        ("China's exports rose, said Global Trade Advisory Office, a consultancy.",
         "Global Trade Advisory Office"),
    ],
)
def test_org_precision_traps(with_ner: Language, without_ner: Language, text: str, org: str
                             ) -> None:
    found = agencies(with_ner, text, [(org, "ORG")])
    assert not [a for a in found if org in a[0]]
    assert found == agencies(without_ner, text)


def test_org_entity_does_not_override_the_rules(with_ner: Language, without_ner: Language
                                               ) -> None:
    text = ("China's General Administration of Customs said exports rose 7.1 percent. "
            "The customs authority also said imports grew.")
    gold = [("China", "GPE"), ("General Administration of Customs", "ORG")]
    assert agencies(with_ner, text, gold) == agencies(without_ner, text)


# --------------------------------------------------------------------------- no NER, no change


def test_results_without_entities_are_unchanged(with_ner: Language, without_ner: Language
                                                ) -> None:
    """A pipeline whose NER finds nothing gives what the default pipeline gives."""
    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assert docs
    for d in docs:
        GOLD[d["text"]] = []
        try:
            got = tradeie.extract(d["text"], published=d.get("published"), nlp=with_ner)
        finally:
            del GOLD[d["text"]]
        want = tradeie.extract(d["text"], published=d.get("published"), nlp=without_ner)
        assert got.to_dict() == want.to_dict(), d["id"]


# --------------------------------------------------------------------------- robustness

WORDS = ["GAC", "Wang", "Lingjun", "deputy", "head", "of", "the", "Ministry", "Commerce", ",",
         ".", "'s", "He", "said", "Vice", "Premier", "Trade", "Minister", "spokesperson", "for",
         "NYAMBURA", "Ruth", "A", "Nguyen", "Thi", "State", "Administration", "Market",
         "Regulation", "(SAMR)", "News", "Agency", "Department", "Federal", "\n", "League"]


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
       st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40), st.booleans()), max_size=6))
def test_arbitrary_entities_are_tolerated(text: str, spans: list[tuple[int, int, bool]]) -> None:
    persons = [(s, s + n) for s, n, person in spans if person]
    others = [(s, s + n) for s, n, person in spans if not person]
    found_agencies = AgencyFinder().find(text, others)
    end = 0
    for a in found_agencies:
        assert text[a.start:a.end] == a.text and a.name and a.country
        assert a.start >= end
        end = a.end
    end = 0
    for m in OfficialFinder().find(text, found_agencies, persons, others):
        assert text[m.start:m.end] == m.text
        assert m.start >= end
        end = m.end
        assert m.agency is None or 0 <= m.agency < len(found_agencies)
        assert not any(a.start < m.end and m.start < a.end for a in found_agencies)
        assert not any(s < m.end and m.start < e for s, e in others if s < e)
