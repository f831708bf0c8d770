"""Reports to panel rows: one value per key, with a status and the provenance behind it.

Most keys are easy and are settled with array operations only: every report's interval
(see ``reports``) shares a common point and no report is a ``previous`` value, so the key
is ``agreed`` (or ``single``, from one article) and its value is the most precise report
(the latest when equally precise). The others go one by one through ``resolve``:

- reports are grouped into clusters that agree within their rounding;
- a ``previous`` report ("revised from", "originally reported") marks a revision: the value
  its article gives now wins, clusters matching the previous value are the old release and
  its value is kept as ``revised_from``;
- otherwise two clusters each from ``min_articles`` or more articles, one wholly published
  after the other, are a silent revision: the later release wins;
- anything else that disagrees is a ``conflict``: the value is the cluster from the most
  articles (then the most precise, then the latest), and the articles that disagree with
  it are listed in ``dissenting``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from tradeie.dataset.reports import KEY

STATUSES = ("agreed", "single", "conflict", "revised")
COLUMNS = (*KEY, "value", "status", "n_reports", "n_articles", "values_seen", "revised_from",
           "tolerance", "equivalent_of", "dissenting", "articles", "published", "offsets",
           "figure_texts", "first_published", "last_published")


class _Cluster:
    __slots__ = ("low", "high", "members")

    def __init__(self, low: float, high: float, member: int) -> None:
        self.low, self.high, self.members = low, high, [member]


def _clusters(idx: np.ndarray, low: np.ndarray, high: np.ndarray,
              pub: np.ndarray) -> list[_Cluster]:
    """Reports grouped so that each group's intervals share a point: the most precise
    reports first, each joining the largest group it agrees with."""
    clusters: list[_Cluster] = []
    for i in sorted(idx.tolist(), key=lambda i: (high[i] - low[i], -pub[i])):
        fits = [c for c in clusters if max(c.low, low[i]) < min(c.high, high[i])]
        if fits:
            best = max(fits, key=lambda c: len(c.members))
            best.low, best.high = max(best.low, low[i]), min(best.high, high[i])
            best.members.append(i)
        else:
            clusters.append(_Cluster(low[i], high[i], i))
    return clusters


def resolve(value: np.ndarray, low: np.ndarray, high: np.ndarray, half: np.ndarray,
            article: np.ndarray, pub: np.ndarray, previous: np.ndarray,
            min_articles: int = 2) -> dict[str, Any]:
    """The value, status, revised_from, tolerance and dissenting articles of one key."""
    actual = np.flatnonzero(~previous)
    prev_idx = np.flatnonzero(previous)
    if not actual.size:  # only "originally reported" values: they are all there is
        actual, prev_idx = prev_idx, prev_idx[:0]
    clusters = _clusters(actual, low, high, pub)

    def best(c: _Cluster) -> int:  # the most precise report, the latest when tied
        return min(c.members, key=lambda i: (half[i], -pub[i]))

    def n_art(c: _Cluster) -> int:
        return len({article[i] for i in c.members})

    def rank(c: _Cluster) -> tuple:
        return (n_art(c), -half[best(c)], max(pub[i] for i in c.members))

    main: _Cluster | None = None
    old: list[_Cluster] = []
    revised_from: float | None = None
    if prev_idx.size:
        revising = {article[i] for i in prev_idx}
        news = [c for c in clusters if any(article[i] in revising for i in c.members)]
        if news:
            main = max(news, key=lambda c: max(pub[i] for i in c.members
                                               if article[i] in revising))
            old = [c for c in clusters if c is not main and any(
                max(c.low, low[p]) < min(c.high, high[p]) for p in prev_idx)]
            revised_from = float(value[best(max(old, key=rank))] if old else
                                 value[min(prev_idx, key=lambda i: half[i])])
    if main is None:
        big = sorted((c for c in clusters if n_art(c) >= min_articles),
                     key=lambda c: min(pub[i] for i in c.members))
        if len(big) >= 2 and all(max(pub[i] for i in a.members) < min(pub[i] for i in b.members)
                                 for a, b in zip(big, big[1:], strict=False)):
            main, old = big[-1], big[:-1]
            revised_from = float(value[best(old[-1])])
        else:
            main = max(clusters, key=rank)
    rest = [c for c in clusters if c is not main and not any(c is o for o in old)]
    winner = best(main)
    if rest:
        status = "conflict"
    elif revised_from is not None:
        status = "revised"
    else:
        status = "single" if len(set(article.tolist())) == 1 else "agreed"
    dissenting = sorted({article[i] for c in rest for i in c.members})
    return {"value": float(value[winner]), "status": status, "revised_from": revised_from,
            "tolerance": float(half[winner]), "dissenting": dissenting}


def _split(values: np.ndarray, starts: np.ndarray) -> list[list[Any]]:
    """Consecutive runs of ``values`` as lists (one list conversion, then slices: far
    cheaper than an array per run)."""
    items = values.tolist()
    ends = [*starts[1:].tolist(), len(items)]
    return [items[a:b] for a, b in zip(starts.tolist(), ends, strict=True)]


def consensus(reports: Any, min_articles: int = 2) -> Any:
    """Panel rows (columns ``COLUMNS``) of prepared reports, sorted by key."""
    import pandas as pd

    if not len(reports):
        return pd.DataFrame({name: pd.Series(dtype=object) for name in COLUMNS})
    group = reports.groupby(list(KEY), sort=False).ngroup().to_numpy()
    pub = pd.factorize(reports["published"], sort=True)[0]
    art = pd.factorize(reports["article"], sort=True)[0]
    # by key, then publication date, then article id: ties are broken the same way whatever
    # order the rows came in (a Dask shuffle, another file order)
    order = np.lexsort((art, pub, group))
    reports = reports.iloc[order].reset_index(drop=True)
    group, pub, art = group[order], pub[order], art[order]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    sizes = np.diff(np.r_[starts, len(group)])

    value = reports["value"].to_numpy()
    low, high, half = (reports[c].to_numpy() for c in ("low", "high", "half"))
    previous = reports["previous"].to_numpy(dtype=bool)
    article = reports["article"].to_numpy(dtype=object)
    common = np.maximum.reduceat(low, starts) < np.minimum.reduceat(high, starts)
    any_previous = np.add.reduceat(previous.astype(np.int64), starts) > 0
    pairs = np.unique(group.astype(np.int64) * (art.max() + 1) + art)
    n_articles = np.bincount(pairs // (art.max() + 1), minlength=group.max() + 1)
    n_articles = n_articles[group[starts]]

    # easy keys: the most precise report, the latest when tied
    pick = np.lexsort((-pub, half, group))
    first = pick[np.flatnonzero(np.r_[True, group[pick][1:] != group[pick][:-1]])]
    out = reports.loc[starts, list(KEY)].reset_index(drop=True)
    out["value"] = value[first]
    out["status"] = np.where(n_articles > 1, "agreed", "single").astype(object)
    out["n_reports"] = sizes
    out["n_articles"] = n_articles
    distinct = pd.DataFrame({"g": group, "v": value}).drop_duplicates().sort_values(["g", "v"])
    out["values_seen"] = _split(distinct["v"].to_numpy(),
                                np.flatnonzero(np.r_[True, np.diff(distinct["g"].to_numpy())]))
    out["revised_from"] = np.nan
    out["tolerance"] = half[first]
    equivalent = reports["equivalent_of"].to_numpy(dtype=object)
    has_eq = np.flatnonzero(equivalent != "")
    eq = np.full(len(starts), "", dtype=object)
    eq[np.searchsorted(starts, has_eq, side="right") - 1] = equivalent[has_eq]
    out["equivalent_of"] = eq
    out["dissenting"] = [[] for _ in range(len(out))]
    out["articles"] = _split(article, starts)
    out["published"] = _split(reports["published"].to_numpy(dtype=object), starts)
    offsets = (reports["start"].astype(str) + ":" + reports["end"].astype(str)).to_numpy(
        dtype=object)
    out["offsets"] = _split(offsets, starts)
    out["figure_texts"] = _split(reports["figure_text"].to_numpy(dtype=object), starts)
    pubs = reports["published"].to_numpy(dtype=object)
    out["first_published"] = pubs[starts]
    out["last_published"] = pubs[starts + sizes - 1]

    hard = np.flatnonzero(~common | any_previous)
    if hard.size:
        status = out["status"].to_numpy(dtype=object, copy=True)
        values = out["value"].to_numpy(dtype=float, copy=True)
        revised = out["revised_from"].to_numpy(dtype=float, copy=True)
        tolerance = out["tolerance"].to_numpy(dtype=float, copy=True)
        dissent = out["dissenting"].to_numpy(dtype=object, copy=True)
        for g in hard.tolist():
            s = slice(starts[g], starts[g] + sizes[g])
            got = resolve(value[s], low[s], high[s], half[s], article[s], pub[s], previous[s],
                          min_articles)
            values[g], status[g], tolerance[g] = got["value"], got["status"], got["tolerance"]
            revised[g] = np.nan if got["revised_from"] is None else got["revised_from"]
            dissent[g] = got["dissenting"]
        out["value"], out["status"], out["revised_from"] = values, status, revised
        out["tolerance"], out["dissenting"] = tolerance, dissent
    return out.sort_values(list(KEY), kind="stable", ignore_index=True)
