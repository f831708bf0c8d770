import json
import re
from pathlib import Path

import pytest

from tradeie import schema
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


def test_to_dataframe_has_document_and_period_columns():
    pytest.importorskip("pandas")
    res = sample()
    res.id = "doc-1"
    res.facts[0].period, res.facts[1].period = "2024-Q4", None
    frame = res.to_dataframe()
    assert list(frame.columns[:2]) == ["id", "published"]
    assert list(frame["id"]) == ["doc-1", "doc-1"]
    assert list(frame["published"]) == ["2025-01-13", "2025-01-13"]
    assert frame.loc[0, "period_start"] == "2024-10-01"
    assert frame.loc[0, "period_end"] == "2024-12-31"
    assert frame[["period_start", "period_end"]].iloc[1].isna().all()
    assert "sentence" in frame.columns  # extra fact fields still follow


# ------------------------------------------- docs/contract.md is true to tradeie.schema

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "contract.md"


def _tables(markdown: str) -> dict[tuple[str, ...], list[list[str]]]:
    """Each markdown table by its header: the rows' cells (separator row dropped)."""
    tables: dict[tuple[str, ...], list[list[str]]] = {}
    block: list[list[str]] = []
    for line in [*markdown.splitlines(), ""]:
        if line.startswith("|"):
            block.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif block:
            tables[tuple(block[0])] = [r for r in block[2:]]
            block = []
    return tables


def _names(cell: str) -> set[str]:
    """The `names` a cell lists, leaving out what its parentheses say about them."""
    while True:
        bare = re.sub(r"\([^()]*\)", "", cell)
        if bare == cell:
            return set(re.findall(r"`([^`]+)`", cell))
        cell = bare


@pytest.fixture(scope="module")
def contract() -> tuple[str, dict]:
    text = CONTRACT.read_text(encoding="utf-8")
    return text, _tables(text)


def test_contract_entity_labels_and_fields_match_the_schema(contract):
    text, tables = contract
    rows = {r[0]: r for r in tables[("label", "meaning", "extra fields")]}
    assert set(rows) == set(schema.ENTITY_LABELS) == set(schema.ENTITY_FIELDS)
    for label, row in rows.items():
        written = _names(row[2]) | ({"value_max"} if label in schema.FIGURE_LABELS else set())
        assert written == set(schema.ENTITY_FIELDS[label]), label
    assert "an extra `value_max`" in text  # ranges, for every figure label
    for name in schema.ENTITY_CORE_FIELDS:
        assert f"`{name}`" in text
    granularity = re.search(r"`granularity` \(([^)]*)\)", rows["DATE"][2]).group(1)
    assert set(re.findall(r"`([^`]+)`", granularity)) == set(schema.GRANULARITIES)
    qualifiers = re.search(r"`qualifier` is one of:([^\n]*\n[^\n]*)", text).group(1)
    assert set(re.findall(r"`([^`]+)`", qualifiers)) == set(schema.QUALIFIERS)


def test_contract_fact_fields_and_values_match_the_schema(contract):
    text, tables = contract
    rows = {next(iter(_names(r[0]))): r[1] for r in tables[("field", "value")]}
    assert set(rows) == set(schema.FACT_FIELDS) | {"subject"}
    assert set(schema.FACT_OPTIONAL_FIELDS) <= set(rows) | set(re.findall(r"`(\w+)", text))
    assert _names(rows["role"]) == set(schema.ROLES)
    assert _names(rows["direction"]) - {"change"} == set(schema.DIRECTIONS)
    assert _names(rows["basis"]) - {"change"} == set(schema.BASES)
    assert _names(rows["modality"]) == set(schema.MODALITIES)


def test_contract_metric_ids_match_the_schema(contract):
    _, tables = contract
    ids = [next(iter(_names(r[0]))) for r in tables[("id", "says it", "typical wording")]]
    assert ids == list(schema.METRICS)  # the same ids, in the same order
    assert f"schema `{schema.SCHEMA}`" in contract[0]
