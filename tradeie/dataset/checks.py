"""Cross-checks across a panel: identities that figures from different articles must meet.

- ``exports + imports = total`` for one economy, period, partner, product and unit;
- ``surplus = exports - imports`` (and ``deficit = imports - exports``);
- a level and its change over a year (``yoy``; also ``mom`` for months and ``qoq`` for
  quarters) imply the level of the earlier period, checked when that level is in the panel.

Each check is one row: what was stated, what the other figures imply, their difference and
the tolerance the roundings allow (the sum of the half-units of the figures involved, carried
through the arithmetic); ``agrees`` is whether the difference is within it.
"""

from __future__ import annotations

import re
from typing import Any

PLACE = ["reporter", "period", "partner", "product", "unit"]
COLUMNS = ("check", "reporter", "metric", "period", "partner", "product", "unit", "stated",
           "implied", "difference", "tolerance", "agrees", "inputs")
_YEAR = re.compile(r"\d{4}")


def _empty() -> Any:
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=object) for name in COLUMNS})


def earlier(period: str, basis: str) -> str | None:
    """The period a change on ``basis`` compares with: a year before for ``yoy``, the month
    or quarter before for ``mom`` / ``qoq``; None when the basis does not fit the period."""
    if basis == "yoy":
        return _YEAR.sub(lambda m: str(int(m.group()) - 1), period)
    month = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if basis == "mom" and month:
        year, mon = int(month[1]), int(month[2])
        return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", period)
    if basis == "qoq" and quarter:
        year, q = int(quarter[1]), int(quarter[2])
        return f"{year - 1}-Q4" if q == 1 else f"{year}-Q{q - 1}"
    return None


def _levels(panel: Any) -> Any:
    levels = panel[(panel["role"] == "level") & (panel["basis"].fillna("") == "")]
    return levels[[*PLACE, "metric", "value", "tolerance"]]


def _wide(levels: Any, metrics: tuple[str, ...]) -> Any:
    import pandas as pd

    parts = []
    for metric in metrics:
        part = levels[levels["metric"] == metric].drop(columns="metric")
        parts.append(part.rename(columns={"value": metric, "tolerance": metric + ":tol"})
                     .drop_duplicates(PLACE).set_index(PLACE))
    return pd.concat(parts, axis=1, join="inner").reset_index()


def _identity(levels: Any, name: str, target: str, plus: str, minus: str | None,
              other: str) -> Any:
    """``target = plus + other`` (minus None) or ``target = plus - minus``."""
    import pandas as pd

    metrics = (target, plus, minus or other)
    if not set(metrics) <= set(levels["metric"].unique()):
        return _empty()
    wide = _wide(levels, metrics)
    if wide.empty:
        return _empty()
    second = minus or other
    stated = wide[target].abs() if target == "trade.deficit" else wide[target]
    implied = wide[plus] - wide[second] if minus else wide[plus] + wide[second]
    tolerance = wide[target + ":tol"] + wide[plus + ":tol"] + wide[second + ":tol"]
    out = pd.DataFrame({"check": name, **{c: wide[c] for c in PLACE}, "metric": target,
                        "stated": stated, "implied": implied})
    out["tolerance"] = tolerance
    out["inputs"] = [f"{plus}={a:.6g}, {second}={b:.6g}"
                     for a, b in zip(wide[plus], wide[second], strict=True)]
    return out


def _changes(panel: Any) -> Any:
    import pandas as pd

    # a change is computed on the figures as released, not on their conversions into
    # another currency (exchange rates move within a year)
    levels = _levels(panel[panel["equivalent_of"].fillna("") == ""])
    changes = panel[(panel["role"] == "change") & (panel["unit"] == "percent")
                    & panel["basis"].isin(["yoy", "mom", "qoq"])]
    if changes.empty or levels.empty:
        return _empty()
    changes = changes[["reporter", "metric", "period", "partner", "product", "basis",
                       "value", "tolerance"]].rename(
        columns={"value": "change", "tolerance": "change_tol"})
    joined = changes.merge(levels.rename(columns={"unit": "level_unit"}), how="inner",
                           on=["reporter", "metric", "period", "partner", "product"])
    if joined.empty:
        return _empty()
    joined["before"] = [earlier(p, b) for p, b in zip(joined["period"], joined["basis"],
                                                      strict=True)]
    base = levels.rename(columns={"period": "before", "unit": "level_unit",
                                  "value": "stated", "tolerance": "stated_tol"})
    joined = joined.merge(base, how="inner",
                          on=["reporter", "metric", "before", "partner", "product",
                              "level_unit"])
    if joined.empty:
        return _empty()
    factor = 1 + joined["change"] / 100
    implied = joined["value"] / factor
    tolerance = (joined["tolerance"] / factor.abs()
                 + joined["value"].abs() * joined["change_tol"] / 100 / factor ** 2
                 + joined["stated_tol"])
    out = pd.DataFrame({
        "check": "level and " + joined["basis"] + " change imply the earlier level",
        "reporter": joined["reporter"], "period": joined["before"],
        "partner": joined["partner"], "product": joined["product"],
        "unit": joined["level_unit"], "metric": joined["metric"],
        "stated": joined["stated"], "implied": implied, "tolerance": tolerance})
    out["inputs"] = [f"{p}: level={v:.6g}, change={c:+g}%" for p, v, c in
                     zip(joined["period"], joined["value"], joined["change"], strict=True)]
    return out


def cross_checks(panel: Any) -> Any:
    """The checks table of a panel (columns ``COLUMNS``); empty when nothing can be checked."""
    import pandas as pd

    if panel.empty:
        return _empty()
    levels = _levels(panel)
    parts = [
        _identity(levels, "exports + imports = total", "trade.total", "trade.exports", None,
                  "trade.imports"),
        _identity(levels, "surplus = exports - imports", "trade.surplus", "trade.exports",
                  "trade.imports", ""),
        _identity(levels, "deficit = imports - exports", "trade.deficit", "trade.imports",
                  "trade.exports", ""),
        _changes(panel),
    ]
    parts = [p for p in parts if not p.empty]
    if not parts:
        return _empty()
    out = pd.concat(parts, ignore_index=True)
    out["difference"] = out["stated"] - out["implied"]
    out["agrees"] = (out["difference"].abs() <= out["tolerance"]).to_numpy(dtype=bool)
    out = out[list(COLUMNS)]
    out["tolerance"] = out["tolerance"].astype(float)
    return out.sort_values(["reporter", "check", "period"], kind="stable",
                           ignore_index=True).astype({"agrees": bool}).pipe(
        lambda f: f.assign(difference=f["difference"].astype(float)))


