import json

import pytest

from tradeie.schema import SCHEMA, Entity, Extraction, Fact


def sample() -> Extraction:
    text = "Exports rose 5% to $3 billion."
    return Extraction(
        text=text,
        published="2025-01-13",
        entities=[
            Entity("e0", "PERCENT", "5%", 13, 15, {"value": 5.0, "unit": "percent",
                                                   "qualifier": None}),
            Entity("e1", "MONEY", "$3 billion", 19, 29, {"value": 3e9, "unit": "USD",
                                                         "qualifier": None}),
        ],
        facts=[Fact("e0", "trade.exports", "Exports", "change", "up"),
               Fact("e1", "trade.exports", "Exports", "level", extra={"sentence": [0, 30]})],
    )


def test_to_dict_has_contract_fields():
    data = sample().to_dict()
    assert data["schema"] == SCHEMA
    assert data["entities"][1] == {"id": "e1", "label": "MONEY", "text": "$3 billion",
                                   "start": 19, "end": 29, "value": 3e9, "unit": "USD",
                                   "qualifier": None}
    fact = data["facts"][0]
    for field in ("figure", "metric", "metric_text", "role", "direction", "basis", "period",
                  "reporter", "partner", "product", "modality", "source"):
        assert field in fact
    assert data["facts"][1]["sentence"] == [0, 30]
    assert "id" not in data and "error" not in data


def test_json_round_trip():
    res = sample()
    back = Extraction.from_dict(json.loads(res.to_json()), text=res.text)
    assert back.to_dict() == res.to_dict()


def test_entity_fields_read_as_attributes():
    ent = sample().entities[1]
    assert ent.value == 3e9 and ent.unit == "USD"
    with pytest.raises(AttributeError, match="no field 'name'"):
        _ = ent.name


def test_from_dict_rejects_other_schema_and_broken_items():
    with pytest.raises(ValueError, match="unsupported schema"):
        Extraction.from_dict({"schema": "tradeie/0"})
    with pytest.raises(ValueError, match="lacks field"):
        Entity.from_dict({"id": "e0", "label": "MONEY"})
    with pytest.raises(ValueError, match="needs 'figure'"):
        Fact.from_dict({"metric": "other"})


def test_batch_fields_only_when_set():
    res = Extraction(text="", id="doc-1", error="boom")
    data = res.to_dict()
    assert data["id"] == "doc-1" and data["error"] == "boom"


def test_to_dataframe_one_row_per_fact():
    pd = pytest.importorskip("pandas")
    frame = sample().to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["value"]) == [5.0, 3e9]
    assert list(frame["role"]) == ["change", "level"]
    assert frame.loc[1, "figure_text"] == "$3 billion"


def test_extraction_pickles_and_copies():
    import copy
    import pickle

    res = sample()
    assert pickle.loads(pickle.dumps(res)).to_dict() == res.to_dict()
    assert copy.deepcopy(res).to_dict() == res.to_dict()
