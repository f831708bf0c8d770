"""tradeie.panel: consensus rules, inputs, series, cross-checks and the command."""

from __future__ import annotations

import json

import pytest

pd = pytest.importorskip("pandas")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

import tradeie  # noqa: E402
from tradeie.batch import rows_frame  # noqa: E402
from tradeie.cli import app  # noqa: E402
from tradeie.dataset import Panel  # noqa: E402
from tradeie.dataset.checks import earlier  # noqa: E402


def fact(article: str, published: str, value: float, text: str, **fields) -> dict:
    row = {"id": article, "published": published, "figure": fields.pop("figure", "e0"),
           "figure_text": text, "label": "MONEY", "value": value, "unit": "CNY",
           "metric": "trade.exports", "role": "level", "period": "2024-03", "reporter": "CN",
           "modality": "actual", "start": 0, "end": len(text)}
    row.update(fields)
    return row


def build(*rows: dict, **options) -> Panel:
    return tradeie.panel(rows_frame(rows), **options)


def one(panel: Panel) -> pd.Series:
    assert len(panel) == 1, panel
    return panel.iloc[0]


# -- consensus ---------------------------------------------------------------------------


def test_agreement_within_the_rounding_written():
    row = one(build(fact("a", "2024-04-12", 6.1e12, "6.1 trillion yuan"),
                    fact("b", "2024-04-13", 6.08e12, "6.08 trillion yuan"),
                    fact("c", "2024-04-13", 6_080_000e6, "6,080,000 million yuan")))
    assert row["status"] == "agreed" and row["value"] == 6.08e12
    assert row["n_reports"] == 3 and row["n_articles"] == 3
    assert list(row["values_seen"]) == [6.08e12, 6.1e12]
    assert row["tolerance"] == pytest.approx(5e9)  # half the last digit of "6.08 trillion"


def test_trailing_zeros_of_a_whole_number_are_rounding():
    # "680 billion" may be rounded to tens of billions; "680.0 billion" may not
    assert one(build(fact("a", "2024-04-12", 680e9, "680 billion yuan"),
                     fact("b", "2024-04-13", 684.2e9, "684.2 billion yuan")))["status"] == \
        "agreed"
    assert one(build(fact("a", "2024-04-12", 680e9, "680.0 billion yuan"),
                     fact("b", "2024-04-13", 684.2e9, "684.2 billion yuan")))["status"] == \
        "conflict"


def test_one_article_is_single_even_when_it_repeats_the_figure():
    row = one(build(fact("a", "2024-04-12", 3.58e12, "3.58 trillion yuan"),
                    fact("a", "2024-04-12", 3.58e12, "3.58 trillion yuan", figure="e4")))
    assert row["status"] == "single" and row["n_reports"] == 2 and row["n_articles"] == 1


def test_a_misreport_is_a_conflict_and_the_majority_wins():
    row = one(build(fact("a", "2024-04-12", 3.58e12, "3.58 trillion yuan"),
                    fact("b", "2024-04-12", 3.85e12, "3.85 trillion yuan"),
                    fact("c", "2024-04-13", 3.6e12, "3.6 trillion yuan")))
    assert row["status"] == "conflict" and row["value"] == 3.58e12
    assert list(row["dissenting"]) == ["b"]


def test_previous_modality_is_a_revision():
    row = one(build(fact("a", "2024-04-12", 22.1e9, "22.1 billion euros"),
                    fact("b", "2024-04-13", 22.1e9, "22.1 billion euros"),
                    fact("r", "2024-05-08", 22.4e9, "22.4 billion euros"),
                    fact("r", "2024-05-08", 22.1e9, "22.1 billion euros", figure="e1",
                         modality="previous")))
    assert row["status"] == "revised" and row["value"] == 22.4e9
    assert row["revised_from"] == 22.1e9 and list(row["dissenting"]) == []


def test_a_later_release_from_two_articles_is_a_silent_revision():
    early = [fact("a", "2024-04-12", 22.1e9, "22.1 billion"),
             fact("b", "2024-04-13", 22.1e9, "22.1 billion")]
    late = [fact("c", "2024-05-08", 22.4e9, "22.4 billion"),
            fact("d", "2024-05-09", 22.4e9, "22.4 billion")]
    row = one(build(*early, *late))
    assert (row["status"], row["value"], row["revised_from"]) == ("revised", 22.4e9, 22.1e9)
    # one later article is not enough: it may be the one that is wrong
    row = one(build(*early, late[0]))
    assert (row["status"], row["value"], list(row["dissenting"])) == ("conflict", 22.1e9, ["c"])
    # and interleaved dates are two camps, not a release after another
    row = one(build(early[0], late[0], early[1], fact("d", "2024-04-12", 22.4e9, "22.4 bn")))
    assert row["status"] == "conflict"
    assert one(build(*early, late[0], min_articles=1))["status"] == "revised"


def test_bounds_agree_with_values_inside_them():
    row = one(build(fact("a", "2024-04-12", 503.2e9, "$503.2 billion", unit="USD"),
                    fact("b", "2024-04-13", 500e9, "more than $500 billion", unit="USD",
                         qualifier="min")))
    assert row["status"] == "agreed" and row["value"] == 503.2e9
    row = one(build(fact("a", "2024-04-12", 503.2e9, "$503.2 billion", unit="USD"),
                    fact("b", "2024-04-13", 500e9, "less than $500 billion", unit="USD",
                         qualifier="max")))
    assert row["status"] == "conflict"


def test_changes_are_signed_and_percent_is_kept_apart_from_points():
    panel = build(
        fact("a", "2024-04-12", 2.1, "2.1 percent", role="change", basis="yoy", unit="percent",
             direction="down", label="PERCENT"),
        fact("b", "2024-04-12", 2.1, "2.1 percent", role="change", basis="yoy", unit="percent",
             direction="down", label="PERCENT"),
        fact("a", "2024-04-12", 1.2, "1.2 percentage points", role="change", basis="yoy",
             unit="percentage_point", direction="up", label="PERCENT", figure="e3"))
    assert dict(zip(panel["unit"], panel["value"], strict=True)) == {
        "percent": -2.1, "percentage_point": 1.2}


def test_forecasts_and_facts_without_reporter_or_period_are_left_out():
    panel = build(fact("a", "2024-04-12", 3.58e12, "3.58 trillion yuan"),
                  fact("a", "2024-04-12", 3.7e12, "3.7 trillion", modality="forecast"),
                  fact("b", "2024-04-12", 3.58e12, "3.58 trillion yuan", reporter=None),
                  fact("c", "2024-04-12", 3.58e12, "3.58 trillion yuan", period=None))
    assert len(panel) == 1
    assert panel.dropped == {"forecast or target": 1, "no reporter": 1, "no period": 1}


@settings(max_examples=30, deadline=None)
@given(st.floats(1.0, 999.0), st.integers(1, 3), st.integers(0, 2))
def test_a_rounded_figure_agrees_with_the_precise_one(mantissa, decimals, fewer):
    precise = f"{mantissa:.{decimals}f}"
    rounded = f"{mantissa:.{decimals - min(fewer, decimals)}f}"
    row = one(build(fact("a", "2024-04-12", float(precise) * 1e9, precise + " billion yuan"),
                    fact("b", "2024-04-13", float(rounded) * 1e9, rounded + " billion yuan")))
    assert row["status"] == "agreed"
    assert row["value"] == pytest.approx(float(precise) * 1e9)


# -- from extraction results ---------------------------------------------------------------

ARTICLES = [
    {"id": "w1", "published": "2024-04-12", "text":
     "China's exports rose 7.1 percent year on year to 3.58 trillion yuan in March 2024, "
     "while imports grew 1.5 percent to 2.9 trillion yuan, customs data showed."},
    {"id": "w2", "published": "2024-04-13", "text":
     "China's exports in March 2024 were 3,582 billion yuan (about 503.2 billion U.S. "
     "dollars). Imports came to 2.90 trillion yuan."},
    {"id": "w3", "published": "2024-04-14", "text":
     "Exports from China reached 3.85 trillion yuan in March 2024, official figures showed."},
]


@pytest.fixture(scope="module")
def results() -> list:
    return list(tradeie.extract_many(ARTICLES))


def test_panel_of_extractions(results):
    panel = tradeie.panel(results)
    assert isinstance(panel, pd.DataFrame) and isinstance(panel, Panel)
    exports = panel[(panel["metric"] == "trade.exports") & (panel["role"] == "level")]
    cny = exports[exports["unit"] == "CNY"].iloc[0]
    assert cny["status"] == "conflict" and cny["value"] == 3.582e12
    assert list(cny["dissenting"]) == ["w3"] and list(cny["articles"]) == ["w1", "w2", "w3"]
    usd = exports[exports["unit"] == "USD"].iloc[0]
    assert usd["equivalent_of"] == "CNY" and usd["status"] == "single"
    for art, span, text in zip(cny["articles"], cny["offsets"], cny["figure_texts"],
                               strict=True):
        start, end = map(int, span.split(":"))
        assert next(a["text"] for a in ARTICLES if a["id"] == art)[start:end] == text
    imports = one(panel[(panel["metric"] == "trade.imports") & (panel["role"] == "level")])
    assert imports["status"] == "agreed" and imports["value"] == 2.9e12


def test_every_input_form_gives_the_same_panel(results, tmp_path):
    expected = tradeie.panel(results).frame
    (tmp_path / "facts.jsonl").write_text(
        "".join(r.to_json() + "\n" for r in results) + '{"id": "x", "error": "bad"}\n',
        encoding="utf-8")
    folder = tmp_path / "parts"
    folder.mkdir()
    runner = CliRunner()
    (tmp_path / "articles.jsonl").write_text(
        "".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    for out in ("facts.csv", "parts/a.parquet"):
        got = runner.invoke(app, ["extract", "--input", str(tmp_path / "articles.jsonl"),
                                  "--output", str(tmp_path / out)])
        assert got.exit_code == 0, got.output
    for source in ([r.to_dict() for r in results], tmp_path / "facts.jsonl",
                   str(tmp_path / "facts.csv"), [folder], tradeie.dataset.inputs.fact_frame(
                       results)):
        pd.testing.assert_frame_equal(tradeie.panel(source).frame, expected)


def test_results_without_ids_get_one(results):
    panel = tradeie.panel([tradeie.extract(a["text"], a["published"]) for a in ARTICLES])
    assert {a for arts in panel["articles"] for a in arts} == {"result-0", "result-1",
                                                               "result-2"}


def test_bad_inputs_are_named(tmp_path):
    with pytest.raises(ValueError, match="no such file"):
        tradeie.panel([tmp_path / "missing.jsonl"])
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown results format"):
        tradeie.panel([tmp_path / "notes.txt"])
    (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a tradeie fact table"):
        tradeie.panel(tmp_path / "other.csv")
    with pytest.raises(TypeError, match="result 0"):
        tradeie.panel([42])


# -- series and checks ---------------------------------------------------------------------


def _months(values: dict[str, float], **fields) -> list[dict]:
    return [fact(f"{p}-{k}", f"{p}-28", v, f"{v / 1e9:.1f} billion", period=p, **fields)
            for p, v in values.items() for k in "ab"]


def test_series_over_one_granularity():
    rows = _months({"2024-01": 1e9, "2024-03": 3e9, "2024-02": 2e9})
    rows.append(fact("y", "2025-01-20", 30e9, "30.0 billion", period="2024"))
    rows.append(fact("u", "2024-03-20", 0.4e9, "$0.4 billion", period="2024-03", unit="USD"))
    panel = build(*rows)
    series = panel.series(reporter="CN", metric="trade.exports", role="level")
    assert isinstance(series.index, pd.PeriodIndex) and series.index.freqstr == "M"
    assert list(series) == [1e9, 2e9, 3e9] and series.attrs["unit"] == "CNY"
    assert series.attrs["status"] == {"2024-01": "agreed", "2024-02": "agreed",
                                      "2024-03": "agreed"}
    yearly = panel.series("CN", "trade.exports", granularity="year")
    assert list(yearly.index.astype(str)) == ["2024"]
    assert list(panel.series("CN", "trade.exports", unit="USD")) == [0.4e9]
    sources = panel.sources("CN", "trade.exports", "2024-03")
    assert list(sources["article"]) == ["2024-03-a", "2024-03-b"]
    assert not sources["dissents"].any()


def test_quarters_and_weeks_get_a_period_index():
    panel = build(*(fact("a", "2024-08-01", v, "1.0 billion", period=p) for p, v in
                    (("2024-Q1", 1e9), ("2024-Q2", 2e9))))
    assert panel.series("CN", "trade.exports").index.freqstr.startswith("Q")


def test_cross_checks_flag_what_does_not_add_up():
    rows = [fact("a", "2024-04-12", 3.58e12, "3.58 trillion yuan"),
            fact("a", "2024-04-12", 2.9e12, "2.9 trillion yuan", metric="trade.imports",
                 figure="e1"),
            fact("a", "2024-04-12", 6.48e12, "6.48 trillion yuan", metric="trade.total",
                 figure="e2"),
            fact("a", "2024-04-12", 0.68e12, "680 billion yuan", metric="trade.surplus",
                 figure="e3")]
    checks = build(*rows).checks
    assert dict(zip(checks["check"], checks["agrees"], strict=True)) == {
        "exports + imports = total": True, "surplus = exports - imports": True}
    rows[2] = fact("a", "2024-04-12", 6.68e12, "6.68 trillion yuan", metric="trade.total",
                   figure="e2")
    checks = build(*rows).checks
    bad = checks[~checks["agrees"]].iloc[0]
    assert bad["check"] == "exports + imports = total"
    assert bad["difference"] == pytest.approx(0.2e12)


def test_a_level_and_its_change_imply_the_earlier_level():
    rows = [fact("a", "2024-04-12", 3.58e12, "3.58 trillion yuan"),
            fact("a", "2024-04-12", 7.1, "7.1 percent", role="change", basis="yoy",
                 unit="percent", direction="up", figure="e1"),
            fact("b", "2023-04-12", 3.34e12, "3.34 trillion yuan", period="2023-03")]
    check = one(build(*rows).checks)
    assert check["check"] == "level and yoy change imply the earlier level"
    assert check["period"] == "2023-03" and check["agrees"]
    assert check["implied"] == pytest.approx(3.58e12 / 1.071)
    rows[2] = fact("b", "2023-04-12", 3.14e12, "3.14 trillion yuan", period="2023-03")
    assert not one(build(*rows).checks)["agrees"]


def test_earlier_periods():
    assert earlier("2024-03", "yoy") == "2023-03"
    assert earlier("2024-01/2024-11", "yoy") == "2023-01/2023-11"
    assert earlier("2024-01", "mom") == "2023-12"
    assert earlier("2024-Q1", "qoq") == "2023-Q4"
    assert earlier("2024", "mom") is None


# -- the command ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def facts_file(results, tmp_path_factory):
    path = tmp_path_factory.mktemp("panel") / "facts.jsonl"
    path.write_text("".join(r.to_json() + "\n" for r in results), encoding="utf-8")
    return path


def test_command_writes_panel_and_checks(facts_file, tmp_path):
    out = tmp_path / "panel.csv"
    got = CliRunner().invoke(app, ["panel", str(facts_file), "--output", str(out)])
    assert got.exit_code == 0, got.output
    assert "1 conflict" in " ".join(got.output.split())
    table = pd.read_csv(out)
    row = table[(table["metric"] == "trade.exports") & (table["unit"] == "CNY")].iloc[0]
    assert json.loads(row["dissenting"]) == ["w3"] and row["status"] == "conflict"
    assert (tmp_path / "panel.checks.csv").is_file()


def test_command_prints_without_output(facts_file):
    got = CliRunner().invoke(app, ["panel", str(facts_file)])
    assert got.exit_code == 0 and "trade.exports" in got.output and "conflict" in got.output


def test_command_reports_bad_input(tmp_path):
    got = CliRunner().invoke(app, ["panel", str(tmp_path / "none.jsonl")])
    assert got.exit_code == 2 and "no such file" in " ".join(got.output.split())
    got = CliRunner().invoke(app, ["panel", str(tmp_path), "--output", str(tmp_path / "p.csv")])
    assert got.exit_code == 2 and "no .jsonl" in " ".join(got.output.split())


def test_command_plots_and_reports(facts_file, tmp_path):
    pytest.importorskip("matplotlib")
    png, page, report = tmp_path / "cn.png", tmp_path / "cn.html", tmp_path / "report.html"
    got = CliRunner().invoke(app, ["panel", str(facts_file), "--plot", str(png),
                                   "--report", str(report)])
    assert got.exit_code == 0, got.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    got = CliRunner().invoke(app, ["panel", str(facts_file), "--plot", str(page),
                                   "--reporter", "CN", "--metric", "trade.exports"])
    assert got.exit_code == 0, got.output
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and 'class="dissent"' in html and "w3" in html
    html = report.read_text(encoding="utf-8")
    for text in ("Conflicts", "Revisions", "Cross-checks", "3.85 trillion yuan", "<svg"):
        assert text in html
    for option, name in (("--plot", "x.gif"), ("--output", "p.txt"), ("--checks", "c.json")):
        got = CliRunner().invoke(app, ["panel", str(facts_file), option, str(tmp_path / name)])
        said = " ".join(got.output.split())  # rich wraps long messages
        assert got.exit_code == 2 and "use ." in said and "panel rows" not in said
    facts_csv = tmp_path / "facts.csv"
    facts_csv.write_text("id,value\n", encoding="utf-8")
    got = CliRunner().invoke(app, ["panel", str(facts_csv), "--output", str(facts_csv)])
    assert got.exit_code == 2 and "is an input" in " ".join(got.output.split())


def test_report_escapes_what_articles_bring():
    panel = build(fact("<script>alert(1)</script>", "2024-04-12", 3.58e12, "3.58 <b>yuan"),
                  fact("b", "2024-04-12", 3.85e12, "3.85 trillion yuan"))
    from tradeie.dataset.report import report_html

    html = report_html(panel, title="<i>t</i>", plot=False)
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>yuan" not in html
    assert "&lt;i&gt;t&lt;/i&gt;" in html


def test_halves_and_weeks():
    panel = build(*(fact("a", "2024-08-01", v, "1.0 billion", period=p) for p, v in
                    (("2024-H1", 1e9), ("2023-H2", 2e9), ("2024-W14", 3e9))))
    halves = panel.series("CN", "trade.exports", granularity="half")
    assert list(halves.index) == ["2023-H2", "2024-H1"]
    weeks = panel.series("CN", "trade.exports", granularity="week")
    assert weeks.index[0].start_time.date().isoformat() == "2024-04-01"  # ISO week 14


def test_command_on_results_without_usable_facts(tmp_path):
    source = tmp_path / "facts.jsonl"
    source.write_text(tradeie.extract("Exports may rise 3 percent next year, analysts "
                                      "said.").to_json() + "\n", encoding="utf-8")
    out = tmp_path / "panel.csv"
    got = CliRunner().invoke(app, ["panel", str(source), "--output", str(out), "--report",
                                   str(tmp_path / "r.html")])
    assert got.exit_code == 0, got.output
    said = " ".join(got.output.split())
    assert "0 panel rows" in said and "left out" in said
    assert pd.read_csv(out).empty and "The panel is empty" in (tmp_path / "r.html").read_text(
        encoding="utf-8")


def test_figures_without_digits_get_a_relative_tolerance():
    row = one(build(fact("a", "2024-04-12", 50.0, "about half", unit="percent", role="share"),
                    fact("b", "2024-04-13", 50.2, "50.2 percent", unit="percent",
                         role="share")))
    assert row["status"] == "agreed" and row["value"] == 50.2
    assert one(build(fact("a", "2024-04-12", 50.0, "half", unit="percent",
                          role="share")))["tolerance"] == pytest.approx(0.25)


def test_a_panel_is_a_dataframe_that_keeps_its_checks_when_sliced(results):
    panel = tradeie.panel(results)
    part = panel[panel["metric"] == "trade.exports"]
    assert isinstance(part, Panel) and part.checks is panel.checks
    assert type(panel.frame) is pd.DataFrame and panel.frame.shape == panel.shape
    assert list(panel.columns[:9]) == ["reporter", "metric", "role", "basis", "period",
                                       "partner", "product", "unit", "granularity"]
