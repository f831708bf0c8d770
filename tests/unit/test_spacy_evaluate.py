"""The same scores through spaCy: nlp.evaluate() on Examples built from fixtures."""

from pathlib import Path

import tradeie
from tradeie.convert import fixture_to_doc, fixtures_to_examples
from tradeie.scoring import read_fixtures

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TINY = FIXTURES / "tiny" / "gold.jsonl"
CORPUS = FIXTURES / "corpus.jsonl"


def test_fixture_to_doc_round_trips_through_doc_to_extraction(nlp):
    for gold in read_fixtures(TINY):
        doc = fixture_to_doc(nlp, gold)
        back = tradeie.convert.doc_to_extraction(doc).to_dict()
        assert [(e["label"], e["start"], e["end"]) for e in back["entities"]] == [
            (e["label"], e["start"], e["end"]) for e in gold["entities"]]
        assert len(back["facts"]) == len(gold["facts"])


def test_nlp_evaluate_reports_every_component(nlp):
    examples = fixtures_to_examples(nlp, read_fixtures(TINY))
    scores = nlp.evaluate(examples)
    for key in ("tradeie_figures_f", "tradeie_dates_f", "tradeie_agencies_f",
                "tradeie_officials_f", "facts_f"):
        assert key in scores, key
        assert 0.0 <= scores[key] <= 1.0
    assert scores["tradeie_figures_f"] > 0.5


def test_component_score_is_perfect_on_gold_itself(nlp):
    from spacy.training import Example

    fixtures = read_fixtures(TINY)
    examples = [Example(fixture_to_doc(nlp, f), fixture_to_doc(nlp, f)) for f in fixtures]
    figures = nlp.get_pipe("tradeie_figures").score(examples)
    assert figures["tradeie_figures_f"] == 1.0
    facts = nlp.get_pipe("tradeie_relations").score(examples)
    assert facts["facts_f"] == 1.0


def test_nlp_evaluate_gives_exactly_the_scores_of_tradeie_evaluate(nlp):
    """One scorer: spaCy's numbers are tradeie.evaluate's, per group of labels and for facts."""
    from tradeie.scoring import PRF, evaluate

    fixtures = read_fixtures(TINY) + read_fixtures(CORPUS)[:12]
    ours = evaluate(fixtures, nlp=nlp)
    scores = nlp.evaluate(fixtures_to_examples(nlp, fixtures))
    groups = {"tradeie_figures": ("MONEY", "PERCENT", "QUANTITY"), "tradeie_dates": ("DATE",),
              "tradeie_agencies": ("AGENCY",), "tradeie_officials": ("OFFICIAL",)}
    for key, labels in groups.items():
        prf = sum((ours.labels[label] for label in labels), PRF())
        assert scores[f"{key}_p"] == prf.precision / 100, key
        assert scores[f"{key}_r"] == prf.recall / 100, key
        assert scores[f"{key}_f"] == prf.f1 / 100, key
        for label in labels:
            assert scores[f"{key}_per_type"][label]["f"] == ours.labels[label].f1 / 100
    assert scores["facts_f"] == ours.facts.f1 / 100
    assert scores["facts_strict_f"] == ours.facts_strict.f1 / 100
    assert ours.facts.fp + ours.facts.fn > 0  # a set with errors, so equality means something


def test_a_wrong_date_value_is_a_miss_for_spacy_too(nlp):
    """DATE values compare as intervals (2022-H1 == 2022-01/2022-06), never as strings."""
    from spacy.training import Example

    gold = read_fixtures(TINY)
    pred = [dict(f) for f in gold]
    examples = []
    for g, p in zip(gold, pred, strict=True):
        p = {**p, "entities": [dict(e) for e in p["entities"]]}
        for e in p["entities"]:
            if e.get("value") == "2022-H1":
                e["value"] = "2022-01/2022-06"
            elif e["label"] == "DATE" and e.get("value") == "2024":
                e["value"] = "2023"
        examples.append(Example(fixture_to_doc(nlp, p), fixture_to_doc(nlp, g)))
    dates = nlp.get_pipe("tradeie_dates").score(examples)
    per = dates["tradeie_dates_per_type"]["DATE"]
    assert per["r"] < 1.0 and per["p"] < 1.0  # the 2023 for 2024 is a miss
    assert dates["tradeie_dates_f"] == per["f"]
