"""The pipeline is the product: ``nlp(text)`` gives what ``tradeie.extract(text)`` gives, and a
saved pipeline carries its own rules."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import tradeie
from tradeie.api import parse_published
from tradeie.convert import doc_to_extraction
from tradeie.pipeline import build

FIXTURES = Path(__file__).parent / "fixtures"


def _records() -> list[dict]:
    rows = []
    for name in ("corpus.jsonl", "heldout.jsonl"):
        with open(FIXTURES / name, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


@pytest.fixture(scope="module")
def nlp():
    return build()


def test_nlp_of_text_is_extract(nlp):
    dates = nlp.get_pipe("tradeie_dates")
    records = _records()
    assert records
    try:
        for record in records:
            dates.published = parse_published(record.get("published"))
            got = doc_to_extraction(nlp(record["text"])).to_dict()
            want = tradeie.extract(record["text"], record.get("published"), nlp=nlp).to_dict()
            assert got == want, record.get("id")
    finally:
        dates.published = None


def test_nlp_cleans_like_extract(nlp):
    # a no-break space, a fullwidth digit and a lone surrogate: cleaned in the Doc, read back
    # from the caller's string
    text = "Exports rose\u00a0５% to $3 billion in March 2024, the ministry said.\ud800"
    got = doc_to_extraction(nlp(text)).to_dict()
    assert got == tradeie.extract(text, nlp=nlp).to_dict()
    assert "\uff15%" in [entity["text"] for entity in got["entities"]]


def test_long_run_pieces(nlp):
    text = "Tariffs " + "x" * 5000 + " rose 5%."
    assert nlp(text).text == nlp.make_doc(text).text == text
    assert doc_to_extraction(nlp(text)).to_dict() == tradeie.extract(text, nlp=nlp).to_dict()


# A wording no shipped rule knows, made a name of exports in a modified copy of the rules.
NEW_WORDING = "zorblax"
PROBE = f"{NEW_WORDING.capitalize()} rose 5% to $3 billion in 2024."


def _exports_metric(extraction: dict) -> bool:
    return any(fact["metric"] == "trade.exports" for fact in extraction["facts"])


def test_saved_pipeline_carries_its_rules(tmp_path):
    from tradeie.resources import models_dir, use_models_dir

    rules = tmp_path / "rules"
    shutil.copytree(models_dir(), rules)
    path = rules / "metrics.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["metrics"]["trade.exports"].append(NEW_WORDING)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    assert not _exports_metric(tradeie.extract(PROBE, nlp=build()).to_dict())
    saved = tmp_path / "pipeline"
    try:
        use_models_dir(rules)
        nlp = build()
        assert _exports_metric(doc_to_extraction(nlp(PROBE)).to_dict())
        nlp.to_disk(saved)
    finally:
        use_models_dir(None)
    shutil.rmtree(rules)
    env = {k: v for k, v in os.environ.items() if k != "TRADEIE_MODELS_DIR"}
    code = (
        "import json, spacy\n"
        f"nlp = spacy.load({str(saved)!r})\n"
        "from tradeie.convert import doc_to_extraction\n"
        f"print(json.dumps(doc_to_extraction(nlp({PROBE!r})).to_dict()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert _exports_metric(json.loads(out.stdout.strip().splitlines()[-1]))


def test_saved_pipeline_with_the_shipped_rules_changes_nothing(tmp_path, nlp):
    from tradeie.resources import models_dir

    before = models_dir()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert models_dir() == before  # same rules: the process's data is not switched
    text = "Imports fell 2.3% to A$36.1 billion in October, the bureau said."
    assert doc_to_extraction(loaded(text)).to_dict() == tradeie.extract(text, nlp=nlp).to_dict()


def _broken_pipeline():
    nlp = build()

    class Broken:  # in place of the component's finder (shared: never patch it)
        def find(self, text):
            raise RuntimeError("broken rule")

    nlp.get_pipe("tradeie_metrics").finder = Broken()
    return nlp


def test_component_failure_goes_through_spacy_error_handler():
    from spacy.util import raise_error

    from tradeie.api import ExtractionError
    from tradeie.extensions import ERRORS

    nlp = _broken_pipeline()
    text = "Exports rose 5% in 2024."
    # default: recorded on the Doc, the facade raises its own error
    assert nlp(text)._.get(ERRORS) == ["tradeie_metrics: RuntimeError: broken rule"]
    with pytest.raises(ExtractionError, match="broken rule"):
        tradeie.extract(text, nlp=nlp)
    seen = []
    nlp.set_error_handler(lambda name, proc, docs, err: seen.append((name, str(err))))
    doc = nlp(text)
    assert seen == [("tradeie_metrics", "broken rule")]
    assert doc._.get(ERRORS) == ["tradeie_metrics: RuntimeError: broken rule"]  # still kept
    [result] = tradeie.extract_many([text], nlp=nlp)
    assert "broken rule" in result.error
    nlp.set_error_handler(raise_error)
    with pytest.raises(RuntimeError, match="broken rule"):
        nlp(text)


def test_the_wrapped_tokenizer_shows_and_takes_spacys_settings():
    """Code written for spaCy's tokenizer keeps working on tradeie's wrapper: settings are
    read from, and written to, the tokenizer that splits the text; it pickles (n_process)."""
    import pickle

    import tradeie

    nlp = tradeie.load()
    tok = nlp.tokenizer
    assert tok.prefix_search.__self__ is tok.inner.prefix_search.__self__
    infixes = tok.infix_finditer
    tok.infix_finditer = infixes
    assert tok.inner.infix_finditer is infixes
    again = pickle.loads(pickle.dumps(tok))
    assert [t.text for t in again("Exports rose 5%.")] == [t.text for t in tok("Exports rose 5%.")]
