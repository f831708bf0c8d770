"""Done-when test of ``tradeie panel``: a generated news archive with known truth.

5 economies x 4 metrics x 24 months; each month's release is written up by three outlets
in their own wording, rounding, scale and currency symbols (one also gives a dollar
equivalent), some releases are revised a month later (stated: "revised to ... from an
originally reported ...", or silent: two later articles give the new figures), and some
articles misreport one figure. The archive goes through the real
commands, ``tradeie extract --input`` then ``tradeie panel``, and every true value must
come back with the right status, every misreport flagged as a conflict naming its article.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from typer.testing import CliRunner  # noqa: E402

from tradeie.cli import app  # noqa: E402

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
START = 2023  # the archive covers 2023-01 .. 2024-12; 2022 only feeds year-on-year changes


@dataclass
class Economy:
    code: str
    name: str  # "China's"
    plain: str  # "China"
    adjective: str  # "Chinese"
    currency: str
    exports: float  # local billions in January 2022
    imports: float
    usd: float | None  # USD per local unit for the dollar equivalent, None for the US
    money: tuple = field(default_factory=tuple)  # three formatters, one per outlet


def _trillions(unit: str):  # 3 significant digits, trillions when large
    return lambda v: f"{v / 1000:.2f} trillion {unit}" if v >= 1000 else f"{v:.0f} billion {unit}"


def _three(unit: str):
    return lambda v: f"{v:.0f} {unit}" if v >= 100 else f"{v:.1f} {unit}"


ECONOMIES = (
    Economy("CN", "China's", "China", "Chinese", "CNY", 2800, 2200, 0.1408,
            (lambda v: f"{v:,.1f} billion yuan", _trillions("yuan"),
             lambda v: f"CNY {v:,.1f} billion")),
    Economy("DE", "Germany's", "Germany", "German", "EUR", 130, 112, 1.083,
            (lambda v: f"{v:.1f} billion euros", _three("billion euros"),
             lambda v: f"EUR {v:.1f} billion")),
    Economy("JP", "Japan's", "Japan", "Japanese", "JPY", 8500, 8950, 0.0067,
            (lambda v: f"{v:,.1f} billion yen", _trillions("yen"),
             lambda v: f"¥{v:,.1f} billion")),
    Economy("US", "U.S.", "the United States", "U.S.", "USD", 258, 340, None,
            (lambda v: f"${v:.1f} billion", _three("billion U.S. dollars"),
             lambda v: f"US${v:.1f}bn")),
    Economy("GB", "Britain's", "Britain", "British", "GBP", 31, 48, 1.27,
            (lambda v: f"{v:.1f} billion pounds", lambda v: f"£{v:.0f} billion",
             lambda v: f"{v * 1000:,.0f} million pounds")),
)


def _month(index: int) -> tuple[str, str]:
    """(period, words) of month ``index`` counted from January 2022."""
    year, month = 2022 + index // 12, index % 12 + 1
    return f"{year}-{month:02d}", f"{MONTHS[month - 1]} {year}"


def _published(index: int, day: int) -> str:
    year, month = 2022 + (index + 1) // 12, (index + 1) % 12 + 1
    return f"{year}-{month:02d}-{day:02d}"


def _moved(pct: float) -> str:
    return f"{'rose' if pct >= 0 else 'fell'} {abs(pct):.1f} percent"


def generate(seed: int = 7) -> tuple[list[dict], dict[tuple, dict]]:
    """The articles, and the truth: panel key -> {value, status, revised_from, dissenting,
    equivalent_of}. Keys are (reporter, metric, role, basis, period, unit)."""
    rng = random.Random(seed)
    articles: list[dict] = []
    truth: dict[tuple, dict] = {}
    for econ in ECONOMIES:
        silent: dict[int, tuple[str, str]] = {}  # month -> sentences its release adds
        balance = "surplus" if econ.exports > econ.imports else "deficit"
        ex, im = [], []
        for _ in range(36):  # monthly levels, local billions with one decimal
            ex.append(round(econ.exports * rng.uniform(0.9, 1.15), 1))
            im.append(round(econ.imports * rng.uniform(0.9, 1.15), 1))
        for index in range(12, 36):
            period, words = _month(index)
            e, m = ex[index], im[index]
            final = {"trade.exports": e, "trade.imports": m,
                     "trade.total": round(e + m, 1),
                     f"trade.{balance}": round(abs(e - m), 1)}
            if (e > m) != (balance == "surplus"):  # keep each economy on one side
                m = im[index] = round(e * (0.95 if balance == "surplus" else 1.05), 1)
                final.update({"trade.imports": m, "trade.total": round(e + m, 1),
                              f"trade.{balance}": round(abs(e - m), 1)})
            written = dict(final)  # what the month's release said
            # imports (and so total and balance) revised at the next release: stated as a
            # revision in one article, or silently, by two articles giving the new figures
            draw = rng.random() if index < 35 else 1.0
            kind = "stated" if draw < 0.12 else "silent" if draw < 0.2 else None
            revised = kind is not None
            if revised:
                m2 = round(m * rng.choice((1.03, 0.97, 1.04)), 1)
                if (e > m2) == (balance == "surplus"):
                    final = {**final, "trade.imports": m2, "trade.total": round(e + m2, 1),
                             f"trade.{balance}": round(abs(e - m2), 1)}
                    im[index] = m2
                else:
                    revised = False
            yoy_e = round((ex[index] / ex[index - 12] - 1) * 100, 1)
            yoy_m = round((im[index] / im[index - 12] - 1) * 100, 1)
            # one misreport in about one release in eight (never in a revised figure)
            wrong = None
            if not revised and rng.random() < 0.15:
                wrong = (rng.randrange(3), rng.choice(list(written)))
            texts = _release(econ, balance, words, written, yoy_e, yoy_m, wrong, rng)
            for outlet, sentence in enumerate(silent.pop(index, ())):
                texts[outlet] += " " + sentence
            for outlet, text in enumerate(texts):
                articles.append({"id": f"{econ.code}-{period}-{'abc'[outlet]}", "text": text,
                                 "published": _published(index, 10 + outlet)})
            for metric, value in final.items():
                key = (econ.code, metric, "level", None, period, econ.currency)
                truth[key] = {"value": value * 1e9, "status": "agreed", "revised_from": None,
                              "dissenting": []}
                if wrong and wrong[1] == metric:
                    truth[key].update(status="conflict",
                                      dissenting=[f"{econ.code}-{period}-{'abc'[wrong[0]]}"])
                if revised and value != written[metric]:
                    truth[key].update(status="revised", revised_from=written[metric] * 1e9,
                                      n_articles=4 if kind == "stated" else 5)
            for metric, pct in (("trade.exports", yoy_e), ("trade.imports", yoy_m)):
                truth[(econ.code, metric, "change", "yoy", period, "percent")] = {
                    "value": pct, "status": "agreed", "revised_from": None, "dissenting": []}
            if econ.usd:
                truth[(econ.code, "trade.exports", "level", None, period, "USD")] = {
                    "value": round(e * econ.usd, 1) * 1e9, "status": "single",
                    "revised_from": None, "dissenting": [], "equivalent_of": econ.currency}
            if kind == "silent":
                silent[index + 1] = _updated(econ, balance, words, final)
            elif kind == "stated":
                articles.append({"id": f"{econ.code}-{period}-rev",
                                 "text": _revision(econ, balance, words, written, final),
                                 "published": _published(index + 1, 10)})
    return articles, truth


def _release(econ: Economy, balance: str, words: str, v: dict, yoy_e: float, yoy_m: float,
             wrong: tuple | None, rng: random.Random) -> list[str]:
    texts = []
    for outlet, fmt in enumerate(econ.money):
        def money(metric: str, outlet: int = outlet, fmt=fmt) -> str:
            value = v[metric]
            if wrong == (outlet, metric):
                value = round(value * rng.choice((1.1, 0.88, 1.25)), 1)
            return fmt(value)

        bal = f"trade.{balance}"
        if outlet == 0:
            texts.append(
                f"{econ.name} exports {_moved(yoy_e)} year on year to "
                f"{money('trade.exports')} in {words}, official data showed. Imports "
                f"{_moved(yoy_m)} year on year to {money('trade.imports')}, leaving a trade "
                f"{balance} of {money(bal)}. Total trade came to {money('trade.total')}.")
        elif outlet == 1:
            texts.append(
                f"Exports from {econ.plain} came to {money('trade.exports')} in {words}, "
                f"{'up' if yoy_e >= 0 else 'down'} {abs(yoy_e):.1f} percent from a year "
                f"earlier, while imports were {money('trade.imports')} "
                f"({'up' if yoy_m >= 0 else 'down'} {abs(yoy_m):.1f} percent). The {balance} "
                f"was {money(bal)} and two-way trade totalled {money('trade.total')}.")
        else:
            usd = f" (about ${v['trade.exports'] * econ.usd:.1f} billion)" if econ.usd else ""
            texts.append(
                f"In {words}, {econ.adjective} exports totalled {money('trade.exports')}"
                f"{usd}, imports reached {money('trade.imports')} and the trade {balance} "
                f"stood at {money(bal)}. Total imports and exports of {econ.plain} amounted to "
                f"{money('trade.total')}.")
    return texts


def _updated(econ: Economy, balance: str, words: str, new: dict) -> tuple[str, str]:
    """Two outlets' sentences giving a month's new figures without saying they are revised."""
    fmt, bal = econ.money[0], f"trade.{balance}"
    return (f"Updated data put {econ.name} imports for {words} at {fmt(new['trade.imports'])}. "
            f"{econ.name} trade {balance} for {words} was {fmt(new[bal])} and total trade of "
            f"{econ.plain} for {words} was {fmt(new['trade.total'])}.",
            f"According to updated figures, {econ.name} imports in {words} stood at "
            f"{fmt(new['trade.imports'])}, its trade {balance} in {words} was "
            f"{fmt(new[bal])} and its total trade in {words} came to "
            f"{fmt(new['trade.total'])}.")


def _revision(econ: Economy, balance: str, words: str, old: dict, new: dict) -> str:
    fmt = econ.money[0]
    parts = [f"{econ.name} imports for {words} were revised to {fmt(new['trade.imports'])} "
             f"from an originally reported {fmt(old['trade.imports'])}."]
    bal = f"trade.{balance}"
    parts.append(f"The trade {balance} for {words} was revised to {fmt(new[bal])} from an "
                 f"originally reported {fmt(old[bal])}, and total trade for {words} was "
                 f"revised to {fmt(new['trade.total'])} from an originally reported "
                 f"{fmt(old['trade.total'])}.")
    return " ".join(parts)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("archive")
    articles, truth = generate()
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--input", str(source), "--output",
                                      str(folder / "facts.jsonl")])
    assert result.exit_code == 0, result.output
    return folder, truth


@pytest.fixture(scope="module")
def built(archive) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    folder, truth = archive
    result = CliRunner().invoke(app, ["panel", str(folder / "facts.jsonl"), "--output",
                                      str(folder / "panel.parquet")])
    assert result.exit_code == 0, result.output
    panel = pd.read_parquet(folder / "panel.parquet")
    checks = pd.read_parquet(folder / "panel.checks.parquet")
    return panel, checks, truth


def _key(row) -> tuple:
    return (row.reporter, row.metric, row.role, None if pd.isna(row.basis) else row.basis,
            row.period, row.unit)


def test_the_archive_is_as_described():
    articles, truth = generate()
    assert 350 <= len(articles) <= 420
    statuses = pd.Series([t["status"] for t in truth.values()]).value_counts()
    assert statuses["conflict"] >= 10 and statuses["revised"] >= 10
    assert statuses["agreed"] > 500 and statuses["single"] == 4 * 24


def test_every_true_value_comes_back_with_its_status(built):
    panel, _, truth = built
    assert panel[["partner", "product"]].isna().all().all()
    got = {_key(row): row for row in panel.itertuples(index=False)}
    assert sorted(got) == sorted(truth), (set(got) ^ set(truth))
    wrong = []
    for key, want in truth.items():
        row = got[key]
        if row.value != pytest.approx(want["value"], rel=1e-9) or row.status != want["status"]:
            wrong.append((key, row.value, row.status, row.values_seen, want))
    assert not wrong, wrong[:5]


def test_every_misreport_is_a_conflict_naming_its_article(built):
    panel, _, truth = built
    conflicts = panel[panel["status"] == "conflict"]
    expected = {k: t["dissenting"] for k, t in truth.items() if t["status"] == "conflict"}
    assert len(conflicts) == len(expected)
    for row in conflicts.itertuples(index=False):
        assert list(row.dissenting) == expected[_key(row)]
        assert row.n_articles == 3 and len(row.values_seen) >= 2


def test_revisions_keep_the_earlier_value(built):
    panel, _, truth = built
    revised = panel[panel["status"] == "revised"]
    assert len(revised) == sum(t["status"] == "revised" for t in truth.values())
    for row in revised.itertuples(index=False):
        assert row.revised_from == pytest.approx(truth[_key(row)]["revised_from"], rel=1e-9)
        assert row.n_articles == truth[_key(row)]["n_articles"]
        assert row.last_published > row.first_published


def test_provenance_and_equivalents(built, archive):
    panel, _, truth = built
    folder, _ = archive
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
    for row in panel.sample(60, random_state=1).itertuples(index=False):
        assert len(row.articles) == len(row.published) == len(row.offsets) == row.n_reports
        for art, span, written in zip(row.articles, row.offsets, row.figure_texts,
                                      strict=True):
            start, end = map(int, span.split(":"))
            assert texts[art][start:end] == written
    usd = panel[(panel["unit"] == "USD") & (panel["reporter"] != "US")]
    assert len(usd) == 4 * 24 and (usd["status"] == "single").all()
    assert (usd["equivalent_of"] == usd["reporter"].map(
        {e.code: e.currency for e in ECONOMIES})).all()


def test_cross_checks_all_hold_on_the_true_values(built):
    _, checks, _ = built
    kinds = checks["check"].value_counts()
    assert kinds["exports + imports = total"] == 5 * 24
    assert kinds["surplus = exports - imports"] + kinds["deficit = imports - exports"] == 120
    # a level and its yoy change imply the level a year earlier: 12 months x 2 metrics x 5
    assert kinds["level and yoy change imply the earlier level"] == 12 * 2 * 5
    assert checks["agrees"].all(), checks[~checks["agrees"]].head().to_dict("records")
