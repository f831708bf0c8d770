"""The same scores through spaCy: nlp.evaluate() on Examples built from fixtures."""

from pathlib import Path

import tradeie
from tradeie.convert import fixture_to_doc, fixtures_to_examples
from tradeie.scoring import read_fixtures

TINY = Path(__file__).resolve().parent.parent / "fixtures" / "tiny" / "gold.jsonl"


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
