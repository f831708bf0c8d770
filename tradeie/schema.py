"""The contract's data model (schema ``tradeie/1``): plain dataclasses, JSON-ready."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "tradeie/1"
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
ENTITY_LABELS = FIGURE_LABELS | {"DATE", "AGENCY", "OFFICIAL"}
METRICS = (
    "trade.total", "trade.exports", "trade.imports", "trade.surplus", "trade.deficit",
    "economy.gdp", "prices.cpi", "prices.ppi", "investment.fdi", "investment.odi",
    "sales.retail", "output.industrial", "labour.unemployment", "reserves.fx",
    "account.current", "other",
)
ROLES = ("level", "change", "share")
DIRECTIONS = ("up", "down", "flat")
BASES = ("yoy", "mom", "qoq")
MODALITIES = ("actual", "forecast", "target", "previous")
QUALIFIERS = ("approx", "min", "max")
GRANULARITIES = ("day", "week", "month", "quarter", "half", "year", "range")

ENTITY_CORE_FIELDS = ("id", "label", "text", "start", "end")  # every entity has these
# Every fact has these, in this order: its JSON keys, Fact's attributes, the columns of
# to_dataframe and of the batch fact table (tradeie.batch.rows). tradeie.scoring compares
# a subset of them.
FACT_FIELDS = (
    "figure", "metric", "metric_text", "role", "direction", "basis", "period",
    "reporter", "partner", "product", "modality", "source",
)
# The contract's fields of each label (docs/contract.md, "Entities"); `value_max` of ranges.
ENTITY_FIELDS: dict[str, tuple[str, ...]] = {
    "MONEY": ("value", "unit", "qualifier", "value_max"),
    "PERCENT": ("value", "unit", "qualifier", "value_max"),
    "QUANTITY": ("value", "unit", "qualifier", "value_max"),
    "DATE": ("value", "start_date", "end_date", "granularity"),
    "AGENCY": ("name", "acronym", "country"),
    "OFFICIAL": ("name", "title", "agency"),
}
# Fields tradeie adds beyond the contract (documented in README.md, "Output").
# kind: only with the figure option everything=True.
ENTITY_EXTRA_FIELDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(FIGURE_LABELS, ("equivalent_of", "move_from", "per", "kind")),
    "DATE": ("relative",),
    "AGENCY": (),
    "OFFICIAL": (),
}
FACT_OPTIONAL_FIELDS = ("subject", "of_growth_rate")  # the contract's, set only when they apply
FACT_EXTRA_FIELDS = ("mention", "sentence", "equivalent_of")  # tradeie's: offsets, conversions


@dataclass
class Entity:
    """One labelled span; label-specific fields (value, unit, name, ...) live in ``attrs``."""

    id: str
    label: str
    text: str
    start: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        # Lets users write ent.value / ent.unit / ent.name like the JSON fields. Dunder names
        # and a half-built object (pickle and copy look attributes up before __dict__ is
        # filled) must fail plainly, or the lookup of self.label below would recurse.
        attrs = self.__dict__.get("attrs")
        if attrs is None or name.startswith("__"):
            raise AttributeError(name)
        if name in attrs:
            return attrs[name]
        raise AttributeError(f"{self.__dict__.get('label')} entity has no field {name!r}")

    def get(self, name: str, default: Any = None) -> Any:
        return self.attrs.get(name, default)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: getattr(self, k) for k in ENTITY_CORE_FIELDS}
        out.update(self.attrs)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        missing = [k for k in ENTITY_CORE_FIELDS if k not in data]
        if missing:
            raise ValueError(f"entity {data!r} lacks field(s) {missing}")
        attrs = {k: v for k, v in data.items() if k not in ENTITY_CORE_FIELDS}
        return cls(**{k: data[k] for k in ENTITY_CORE_FIELDS}, attrs=attrs)


@dataclass
class Fact:
    """A figure linked to the metric it measures."""

    figure: str
    metric: str
    metric_text: str | None = None
    role: str = "level"
    direction: str | None = None
    basis: str | None = None
    period: str | None = None
    reporter: str | None = None
    partner: str | None = None
    product: str | None = None
    modality: str = "actual"
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: getattr(self, k) for k in FACT_FIELDS}
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        if "figure" not in data or "metric" not in data:
            raise ValueError(f"fact {data!r} needs 'figure' and 'metric'")
        core = {k: data[k] for k in FACT_FIELDS if k in data}
        extra = {k: v for k, v in data.items() if k not in FACT_FIELDS}
        return cls(**core, extra=extra)


@dataclass
class Extraction:
    """What ``tradeie.extract`` returns: entities and facts of one text."""

    text: str
    published: str | None = None
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    id: str | None = None  # the record's id in batch use
    error: str | None = None  # set instead of results when this record could not be processed

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        # An index by id, rebuilt when the list changed: tables and views look up every
        # fact's figure and source, and a scan per lookup made them quadratic.
        index = self.__dict__.get("_by_id")
        found = index.get(entity_id) if index is not None else None
        if index is None or len(index) != len(self.entities) or (
                found is not None and found.id != entity_id):
            index = self.__dict__["_by_id"] = {e.id: e for e in self.entities}
            found = index.get(entity_id)
        return found

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id} if self.id is not None else {}
        out.update({
            "schema": SCHEMA,
            "published": self.published,
            "entities": [e.to_dict() for e in self.entities],
            "facts": [f.to_dict() for f in self.facts],
            "checks": list(self.checks),
        })
        if self.error is not None:
            out["error"] = self.error
        return out

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def _repr_html_(self) -> str:
        """Jupyter's display: the article with entities highlighted, then the facts table."""
        # Late on purpose: the data model stays free of the views (and of spaCy, which they
        # load to draw); render imports schema, never the other way at module level.
        from tradeie.render import repr_html

        return repr_html(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> Extraction:
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported schema {schema!r}; this tradeie reads {SCHEMA!r}")
        return cls(
            text=text if text is not None else data.get("text", ""),
            published=data.get("published"),
            entities=[Entity.from_dict(e) for e in data.get("entities", [])],
            facts=[Fact.from_dict(f) for f in data.get("facts", [])],
            checks=list(data.get("checks", [])),
            id=data.get("id"),
            error=data.get("error"),
        )

    def fact_row(self, fact: Fact) -> dict[str, Any]:
        """The columns of one fact's row that come from the document, its figure, its source
        and its period (not the fact's own fields). The one row builder: ``fact_rows`` adds
        the fact's fields, the batch fact table (``tradeie.batch.rows``) its own columns."""
        from tradeie.normalize.periods import period_bounds

        fig, src = self.entity(fact.figure), self.entity(fact.source)
        bounds = period_bounds(fact.period) if fact.period else None
        return {
            "id": self.id,
            "published": self.published,
            "figure_text": fig.text if fig else None,
            "label": fig.label if fig else None,
            "value": fig.get("value") if fig else None,
            "value_max": fig.get("value_max") if fig else None,
            "unit": fig.get("unit") if fig else None,
            "qualifier": fig.get("qualifier") if fig else None,
            "start": fig.start if fig else None,
            "end": fig.end if fig else None,
            "source_text": src.text if src else None,
            "period_start": bounds[0].isoformat() if bounds else None,
            "period_end": bounds[1].isoformat() if bounds else None,
        }

    def fact_rows(self) -> list[dict[str, Any]]:
        """One flat dict per fact: the document's id and published date, its figure's text,
        label, value, unit and offsets, the source's text, every fact field, then the
        period's first and last day (ids still resolve through ``entities``)."""
        rows = []
        for fact in self.facts:
            row = self.fact_row(fact)
            period = {name: row.pop(name) for name in ("period_start", "period_end")}
            row.update(fact.to_dict())
            row.update(period)  # last, unless a fact field of that name placed it
            rows.append(row)
        return rows

    def to_dataframe(self):  # noqa: ANN201 - pandas is an optional extra
        """One row per fact (``fact_rows``): the document's id and published date, the
        figure's value, unit and text, the fact's fields and its period's start and end
        dates (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise ImportError(
                "to_dataframe() needs pandas: pip install 'tradeie[pandas]'"
            ) from None
        rows = self.fact_rows()
        columns = ["id", "published", "figure_text", "label", "value", "value_max", "unit",
                   "qualifier", "start", "end", "source_text", *FACT_FIELDS, "period_start",
                   "period_end"]
        return pd.DataFrame(rows, columns=list(dict.fromkeys([*columns, *(
            k for r in rows for k in r)])))
