import re
import subprocess
import sys
from datetime import date, datetime

import pytest

import tradeie
from tradeie.api import parse_published


@pytest.mark.parametrize("bad", [None, b"Exports rose 5%", 42, ["text"], {"text": "x"}])
def test_extract_rejects_non_str(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        tradeie.extract(bad)


def test_bytes_error_says_how_to_fix():
    with pytest.raises(TypeError, match="decode"):
        tradeie.extract(b"x")


@pytest.mark.parametrize("bad", [
    "not a date", "2025-13-45", "yesterday-ish", "32/13/2025",
    "2025-13-01", "2025/13/01", "2025-02-30",  # year first: never read as year, day, month
])
def test_bad_published_names_the_value(bad):
    with pytest.raises(ValueError, match=repr(bad).replace("(", r"\(")):
        tradeie.extract("Exports rose 5%.", published=bad)


def test_published_type_error():
    with pytest.raises(TypeError, match="published"):
        tradeie.extract("x", published=20250113)


@pytest.mark.parametrize(("given", "iso"), [
    ("2025-01-13", "2025-01-13"), (date(2025, 1, 13), "2025-01-13"),
    (datetime(2025, 1, 13, 9, 30), "2025-01-13"), ("2025-01-13T09:30:00", "2025-01-13"),
    ("January 13, 2025", "2025-01-13"), ("13 Jan 2025", "2025-01-13"), (None, None),
    ("2025-1-13", "2025-01-13"), ("2025/01/13", "2025-01-13"), ("2025.01.13", "2025-01-13"),
    ("13/01/2025", "2025-01-13"), ("01/13/2025", "2025-01-13"),  # a number over 12 is the day
    ("05/05/2025", "2025-05-05"),  # the same either way
])
def test_published_forms(given, iso):
    assert parse_published(given) == iso


@pytest.mark.parametrize("given", ["01/02/2025", "1/2/2025", "03-04-2025", "11.12.25"])
def test_ambiguous_numeric_dates_are_refused(given):
    # day/month or month/day: dateparser would guess per value (month first here, day first
    # for "13/01/2025"), so a column of such dates would be read two ways
    with pytest.raises(ValueError, match=r"ambiguous.*YYYY-MM-DD") as err:
        parse_published(given)
    assert repr(given) in str(err.value)


def test_empty_text_gives_empty_extraction():
    res = tradeie.extract("")
    assert res.entities == [] and res.facts == []
    assert res.to_dict()["schema"] == "tradeie/1"


def test_max_length_is_enforced_with_a_clear_error():
    with pytest.raises(ValueError, match="over the limit"):
        tradeie.extract("x" * 101, max_length=100)


def test_load_is_cached():
    assert tradeie.load() is tradeie.load()


def test_extract_many_keeps_order_ids_and_reports_bad_records():
    records = [
        {"id": "a", "text": "Exports rose 5% in 2024.", "published": "2025-01-13"},
        "Imports fell 2% in March.",
        {"id": "bad-date", "text": "x", "published": "not a date"},
        {"id": "no-text"},
        {"id": "b", "text": "GDP grew 5 percent last year.", "published": date(2025, 1, 13)},
    ]
    out = list(tradeie.extract_many(records, batch_size=2))
    assert [r.id for r in out] == ["a", None, "bad-date", "no-text", "b"]
    assert out[0].error is None and out[0].facts
    assert "not a date" in out[2].error
    assert "text" in out[3].error
    assert out[4].facts and out[4].facts[0].metric == "economy.gdp"


def test_failing_component_yields_error_record_and_keeps_others():
    nlp = tradeie.pipeline.build()
    relations = nlp.get_pipe("tradeie_relations")

    def explode(doc):
        if "boom" in doc.text:
            raise RuntimeError("deliberate failure")
        return doc

    original = relations.process
    relations.process = lambda doc: original(explode(doc))
    out = list(tradeie.extract_many(
        ["Exports rose 5%.", "boom: imports rose 2%.", "GDP grew 3%."], nlp=nlp))
    assert [r.error is None for r in out] == [True, False, True]
    assert "tradeie_relations" in out[1].error and "deliberate failure" in out[1].error
    with pytest.raises(tradeie.ExtractionError, match="deliberate failure"):
        tradeie.extract("boom", nlp=nlp)


def test_factories_work_without_importing_tradeie():
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('tradeie_figures')\n"
        "doc = nlp('Exports rose 5% to $3 billion.')\n"
        "assert [s.text for s in doc.spans['tradeie_figures']] == ['5%', '$3 billion'], doc.spans\n"
        "assert 'tradeie' not in sys.modules or True\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pipeline_round_trips_through_disk_and_bytes(tmp_path, nlp):
    import spacy
    from spacy.tokens import DocBin

    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    text = "Exports grew 7.1 percent year on year to 25.45 trillion yuan last year."
    a = tradeie.extract(text, published="2025-01-13", nlp=nlp).to_dict()
    b = tradeie.extract(text, published="2025-01-13", nlp=loaded).to_dict()
    assert a == b and a["facts"]
    doc = nlp(tradeie.api.make_doc(nlp, text, "2025-01-13"))
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    assert tradeie.convert.doc_to_extraction(restored).to_dict() == a


def test_evaluate_can_be_called_twice():
    # the scorer module must not shadow the package-level function once imported
    docs = [{"id": "a", "text": "Exports rose 5%.", "entities": [], "facts": []}]
    first = tradeie.evaluate(docs, predictions=[{"id": "a", "entities": [], "facts": []}])
    second = tradeie.evaluate(docs, predictions=[{"id": "a", "entities": [], "facts": []}])
    assert first.to_dict() == second.to_dict()
    assert callable(tradeie.evaluate)


def test_extract_many_keeps_any_id_object_across_processes():
    import uuid

    ids = ["a", uuid.uuid4(), date(2025, 1, 13), (1, 2)]
    records = [{"id": i, "text": "Exports rose 5% in 2024."} for i in ids]
    for n_process in (1, 2):
        got = list(tradeie.extract_many(records, n_process=n_process))
        assert [r.id for r in got] == ids and all(r.error is None for r in got)


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"n_process": 0}, ValueError), ({"n_process": 1.5}, ValueError),
    ({"batch_size": 0}, ValueError),
])
def test_extract_many_rejects_bad_arguments(kwargs, error):
    with pytest.raises(error, match=next(iter(kwargs))):
        list(tradeie.extract_many(["x"], **kwargs))


@pytest.mark.parametrize("records", [{"id": "a", "text": "x"}, "Exports rose 5%.", b"x"])
def test_extract_many_rejects_one_record_given_alone(records):
    with pytest.raises(TypeError, match="records must be an iterable"):
        list(tradeie.extract_many(records))


def test_a_failing_record_source_yields_what_it_read_then_raises():
    def source():
        for i in range(5):
            yield {"id": i, "text": "Exports rose 5%."}
        raise OSError("the feed broke")

    got = []
    with pytest.raises(OSError, match="the feed broke"):
        for res in tradeie.extract_many(source(), batch_size=2):
            got.append(res.id)
    assert got == [0, 1, 2, 3, 4]


def test_missing_text_error_names_the_id():
    (res,) = tradeie.extract_many([{"id": "line-20"}])
    assert res.error == "record 'line-20' has no 'text' field"


@pytest.mark.parametrize(("bad", "says"), [
    ("2025-13-45", "month 13 is impossible (months are 1-12)"),
    ("2025-00-10", "month 0 is impossible"),
    ("2025-02-30", "day 30 is impossible (February 2025 has 28 days)"),
    ("2024-04-31", "day 31 is impossible (April 2024 has 30 days)"),
])
def test_impossible_published_says_which_part(bad, says):
    with pytest.raises(ValueError, match=re.escape(says)):
        tradeie.extract("Exports rose 5%.", published=bad)


@pytest.mark.parametrize("records", [None, 5, 3.5])
def test_extract_many_of_a_non_iterable_says_what_it_expects(records):
    with pytest.raises(TypeError, match=r"records must be an iterable \(a list, a generator"
                                        r", \.\.\.\) of str records or dicts with 'text'"):
        list(tradeie.extract_many(records))


SPACY_TEXT = ("Exports grew 7.1 percent year on year to 25.45 trillion yuan last year, the "
              "General Administration of Customs said.")
COMPONENTS = ("tradeie_agencies", "tradeie_officials", "tradeie_dates", "tradeie_figures",
              "tradeie_metrics", "tradeie_relations")


def _plain_spacy(published: str | None = None):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"published": published}
                     if name == "tradeie_dates" and published else {})
    return nlp


def test_spacy_users_set_the_published_date_per_doc_or_in_the_config(tmp_path):
    import spacy

    nlp = _plain_spacy()
    assert {f["period"] for f in nlp(SPACY_TEXT)._.tradeie_facts} == {None}  # no anchor
    doc = nlp.make_doc(SPACY_TEXT)
    doc._.tradeie_published = "13 January 2025"  # any form parse_published reads
    doc = nlp(doc)
    assert doc._.tradeie_published == "2025-01-13" and not doc._.tradeie_errors
    assert {f["period"] for f in doc._.tradeie_facts} == {"2024"}
    configured = _plain_spacy("2025-01-13")
    assert {f["period"] for f in configured(SPACY_TEXT)._.tradeie_facts} == {"2024"}
    other = configured.make_doc(SPACY_TEXT)
    other._.tradeie_published = "2026-03-01"  # the document's own date wins
    assert {f["period"] for f in configured(other)._.tradeie_facts} == {"2025"}
    configured.to_disk(tmp_path / "pipe")  # the setting is saved with the pipeline
    loaded = spacy.load(tmp_path / "pipe")
    assert {f["period"] for f in loaded(SPACY_TEXT)._.tradeie_facts} == {"2024"}
    with pytest.raises(ValueError, match="month 13"):
        _plain_spacy("2025-13-01")


def test_span_extension_shows_public_fields_only(nlp):
    doc = nlp(tradeie.api.make_doc(nlp, SPACY_TEXT, "2025-01-13"))
    for key in ("tradeie_figures", "tradeie_dates", "tradeie_agencies", "tradeie_metrics"):
        for span in doc.spans[key]:
            assert span._.tradeie and not any(k.startswith("_") for k in span._.tradeie)
    fig = doc.spans["tradeie_figures"][1]
    assert fig._.tradeie == {"value": 2.545e13, "unit": "CNY", "qualifier": None}
    fig._.tradeie["unit"] = "XXX"  # a copy: the pipeline's data is unchanged
    assert fig._.tradeie["unit"] == "CNY"
    assert tradeie.extract(SPACY_TEXT, published="2025-01-13").facts[0].period == "2024"


def test_docbin_keeps_facts_only_with_user_data(nlp):
    from spacy.tokens import DocBin

    doc = nlp(tradeie.api.make_doc(nlp, SPACY_TEXT, "2025-01-13"))
    plain = next(DocBin(docs=[doc]).get_docs(nlp.vocab))
    assert plain._.tradeie_facts is None and plain.spans["tradeie_figures"][0]._.tradeie is None
    kept = next(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))
    # msgpack gives tuples back for lists; doc_to_extraction reads either
    assert [f["metric"] for f in kept._.tradeie_facts] == [f["metric"] for f in
                                                            doc._.tradeie_facts]
    assert kept.spans["tradeie_figures"][0]._.tradeie["value"] == 7.1
