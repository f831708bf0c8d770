"""Score tradeie's figure layer on NewsQuant (the CQE paper's news benchmark), beside quantulum3.

    python bench/newsquant.py                              # default data path, prints a table
    python bench/newsquant.py --data PATH --json out.json  # also write the scores as JSON
    python bench/newsquant.py --no-quantulum               # skip quantulum3 (about 2 minutes)
    python bench/newsquant.py --errors 50                  # print 50 sentences that miss
    python bench/newsquant.py --pipeline en_core_web_sm    # also rows with a statistical base

``--pipeline`` names an installed spaCy pipeline (a package or path for ``spacy.load``, or a
module with ``load()``); tradeie's components are added to it (``tradeie.load``) and its rows
are printed beside the blank default's. It is never downloaded: an absent one is an error.

NewsQuant (Almasian et al., EMNLP 2023; github.com/satya77/CQE_Evaluation) is research data
without a licence file: it is read from its path and never copied into this repository.

Scoring is the published method, ported line by line from the evaluation repository's
``evaluate_models.py`` (``calculate_metrics``), quirks included, so the numbers are comparable
with the published ones: per sentence, each gold quantity is matched greedily against the
predictions (sorted by unit name); a value match counts once per gold quantity, a value+unit
match consumes the prediction; value+change and value+concept count every value match.
Precision divides by the number of predictions, recall by the number of gold quantities.

How tradeie's output is put in NewsQuant's vocabulary (one table, ``to_newsquant``); a
figure's value is ``value`` (``(value, value_max)`` for a range) unless said otherwise:

- MONEY written with a bare "$": "dollar" (NewsQuant calls every plain "$" "dollar").
- MONEY otherwise: CURRENCY_NAMES[ISO code], else pycountry's name in lower case.
- MONEY in cents, pence or sen (raw_value != value): raw_value (as written), unit "cent",
  "point" (NewsQuant reads "164p" as points) or "sen".
- PERCENT: "percentage"; from basis points: raw_value (60 bp -> 60) and "basis point";
  percentage points: "percentage point".
- PERCENT from a fraction in words ("a third of exports"): raw_value (0.333...) and
  "% " + the lemmatised ``share_of`` noun, else "% -".
- QUANTITY measure, duration, age: ``unit_name`` (quantulum3's name; "tonne" becomes
  "metric ton" as in NewsQuant's tagger).
- QUANTITY count: the noun phrase lemmatised as NewsQuant does: singular head, no function
  words or participles, superlatives to their base ("best wireless speakers" -> "good
  wireless speaker").
- QUANTITY multiple ("3 times", "sixfold"): "count". Bare number (everything=True): "-".
- A figure with ``per`` ("$58 a barrel"): unit + " per " + per ("dollar per barrel").
- DATE entities are no figures, but a count of time units inside one ("over the past two
  years", "Nine days later") is: NewsQuant counts durations.
- "from A to B" (B.move_from == A, A written first): one range (A, B) with A's unit, as
  NewsQuant annotates movements; "to B from A" stays two figures, as NewsQuant does.

change: the figure's own direction ("up"/"down": a change word or sign right at the figure)
wins; else qualifier approx "~", min ">", max "<"; else "=". The direction of a fact is not
used: NewsQuant marks the change word at the quantity ("a 3 percent drop" is "="), while a
fact's direction is the role of the figure (measured: falling back to it costs value+change
F1 about 2 points). referred_concepts: the words of the fact's ``metric_text`` and ``subject``
and, as written in its sentence, of its partner and of a reporter named right before its metric
words ("exports to China", "the US trade deficit"; pipeline; ``concept_words``), else "-".
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tradeie.normalize.figures import FigureMatch, default_finder  # noqa: E402

# The shared benchmarks folder beside the repository (never shipped with tradeie).
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "newsquant" / "NewsQuant.json"

CQE_PUBLISHED = {  # published_scores.csv beside the data (F1, percent); used if it is absent
    "value": 92.0, "value+unit": 85.6, "value+change": 88.1,
    "value+concept partial": 76.1, "value+concept complete": 57.0,
}
QUANTULUM_PUBLISHED = {"value": 73.0, "value+unit": 47.2}

CURRENCY_NAMES = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "CNY": "chinese yuan", "AUD": "australian dollar", "CAD": "canadian dollar",
    "HKD": "hong kong dollar", "NZD": "new zealand dollar", "SGD": "singapore dollar",
    "ILS": "shekel", "MYR": "malaysian ringgit", "INR": "indian rupee", "DKK": "danish krone",
    "KRW": "south korean won", "ZAR": "south african rand", "CHF": "swiss franc",
    "HRK": "croatian kuna", "RUB": "russian ruble", "MXN": "mexican peso",
    "BRL": "brazilian real", "TWD": "new taiwan dollar", "SEK": "swedish krona",
    "NOK": "norwegian krone",
}
SUBUNIT_NAMES = {"cent": "cent", "cents": "cent", "c": "cent", "¢": "cent", "sen": "sen",
                 "p": "point", "pence": "point", "penny": "point"}
MEASURE_NAMES = {"tonne": "metric ton"}  # quantulum3 name -> the name NewsQuant's tagger used
IRREGULAR_SINGULAR = {"people": "people", "children": "child", "men": "man", "women": "woman",
                      "staff": "staff", "feet": "foot", "fishermen": "fisherman",
                      "series": "series", "news": "news"}
CONCEPT_STOP = {"the", "of", "a", "an", "in", "to", "and", "for", "on", "at", "with", "by"}
# words that qualify a figure's thing without naming it: a sum ("the total value") or a time
# ("next year's output", "last season's goals")
QUALIFIERS = {"total", "next", "last"}
# NewsQuant's count units are lemmatised noun phrases without function words or participles
# ("the best wireless speakers" -> "good wireless speaker", "recorded songs" -> "song").
ADJECTIVE_BASE = {"best": "good", "better": "good", "worst": "bad", "worse": "bad",
                  "most": "", "more": "", "least": "", "less": "", "biggest": "big",
                  "hottest": "hot", "largest": "large", "latest": "late", "earliest": "early"}
ECONOMIC_EXTRA = {"percentage", "basis point", "dollar", "cent", "sen", "point"}

QUANTULUM_UNITS = {  # the evaluation repository's QuantulumTagger.dictionary_unit
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "dollar dollar": "dollar",
    "united states dollar": "dollar", "tonne": "metric ton", "degree angle": "degree",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "percentage drop": "percentage", "second of arc": "second", "minute of arc": "minute",
    "yard yard": "yard", "cubic centimetre": "millilitre",
    "degree angle degree fahrenheit": "fahrenheit",
    "pound sterling year": "pound sterling per year", "per year per newton per day": "year",
}


# -- mapping tradeie -> NewsQuant ---------------------------------------------------------


def singular(word: str) -> str:
    low = word.lower()
    if low in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "xes", "ches", "shes", "uses")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2:
        return low[:-1]
    return low


def _unit_of(fig: FigureMatch) -> str:
    if fig.label == "MONEY":
        sub = SUBUNIT_NAMES.get((fig.unit_text or "").lower())
        if sub and fig.raw_value != fig.value:
            return sub
        if fig.unit_text == "$":
            return "dollar"
        return CURRENCY_NAMES.get(fig.unit, _currency_name(fig.unit))
    if fig.label == "PERCENT":
        if fig.unit == "percentage_point":
            return "basis point" if fig.raw_value != fig.value else "percentage point"
        if fig.raw_value is not None and fig.raw_value != fig.value and abs(fig.value) > 0:
            return "% " + (lemma_phrase(fig.share_of) if fig.share_of else "-")  # "a third of"
        return "percentage"
    if fig.kind in ("measure", "duration", "age"):
        return MEASURE_NAMES.get(fig.unit_name or "", fig.unit_name or fig.unit or "-")
    if fig.kind == "multiple":
        return "count"
    if fig.kind == "count" and fig.unit:
        return lemma_phrase(fig.unit)
    return "-"


def lemma_phrase(phrase: str) -> str:
    """'best wireless speakers' -> 'good wireless speaker' (NewsQuant's count-unit style)."""
    words = [w for w in phrase.lower().split() if w not in CONCEPT_STOP]
    out = []
    for i, word in enumerate(words):
        if i == len(words) - 1:
            out.append(singular(word))
            continue
        if word in ADJECTIVE_BASE:
            word = ADJECTIVE_BASE[word]
        elif word.endswith("ed") and "-" not in word and len(word) > 5:
            word = ""  # participles: "recorded songs"
        elif word.endswith("est") and len(word) > 5:
            word = word[:-3]  # "proudest" -> "proud", "oldest" -> "old"
        elif word.endswith("er") and len(word) > 5 and word not in ("other", "number"):
            word = word[:-2]  # "smaller" -> "small"
        if word:
            out.append(word)
    return " ".join(out)


def concept_words(fact: dict, unit: str) -> list[str]:
    """NewsQuant's referred_concepts from a fact: the words of its ``metric_text`` and
    ``subject``, without function words, possessive endings and the words of the unit (a
    count's noun is its unit in NewsQuant, not a concept)."""
    from tradeie.relate.concept import words as concept_lists

    lists = concept_lists()
    unit_words = set(unit.lower().split())
    # NewsQuant's concepts are content words: no determiners or pronouns ("its", "those")
    function = (CONCEPT_STOP | QUALIFIERS | lists.determiners | lists.possessive_pronouns
                | lists.pronouns | lists.prepositions)
    out: list[str] = []
    for part in (fact.get("metric_text"), fact.get("subject"), fact.get("economies")):
        for word in re.split(r"[,\s]+", part or ""):
            word = re.sub(r"['’]s?$", "", word.strip("\"“”()"))
            low = word.lower()
            if not word or low in function and not (word.isupper() and len(word) > 1) or \
                    low in lists.number_words or singular(low) in unit_words:
                # ("US" is a name, "us" a pronoun; a number word is a figure, not a thing)
                continue
            if low not in (w.lower() for w in out):
                out.append(word)
    return out


def _currency_name(code: str | None) -> str:
    import pycountry

    cur = pycountry.currencies.get(alpha_3=code or "")
    return cur.name.lower() if cur else (code or "-").lower()


def _value_of(fig: FigureMatch) -> tuple[float, float | None]:
    """The value as NewsQuant writes it: basis points, cents and fractions as written."""
    value, vmax = fig.value, fig.value_max
    if fig.raw_value is not None and fig.raw_value != fig.value and fig.value != 0:
        factor = fig.raw_value / fig.value
        value = fig.raw_value
        vmax = vmax * factor if vmax is not None else None
    return value, vmax


def to_newsquant(figs: list[FigureMatch], facts: dict[tuple[int, int], dict] | None = None,
                 ) -> list[dict[str, Any]]:
    """tradeie figures of one sentence as NewsQuant predictions (see the module table)."""
    facts = facts or {}
    out = []
    merged: set[int] = set()
    for i, fig in enumerate(figs):
        if fig.move_from is not None and fig.move_from < i and fig.value_max is None:
            src = figs[fig.move_from]
            if src.value_max is None:
                merged.update((i, fig.move_from))
    for i, fig in enumerate(figs):
        if i in merged and fig.move_from is None:
            continue  # the 'from' end: reported with its target as one range
        fact = facts.get((fig.start, fig.end), {})  # metric_text for the concept only
        unit = _unit_of(fig)
        if fig.per:
            unit = f"{unit} per {MEASURE_NAMES.get(fig.per, singular(fig.per))}"
        value, vmax = _value_of(fig)
        if i in merged:
            src = figs[fig.move_from]
            value, vmax = _value_of(src)[0], value
            unit = _unit_of(src) + (f" per {singular(src.per)}" if src.per else "")
        if fig.direction in ("up", "down"):
            change = fig.direction
        else:
            change = {"approx": "~", "min": ">", "max": "<"}.get(fig.qualifier or "", "=")
        words = concept_words(fact, unit)
        out.append({
            "value": (value, vmax) if vmax is not None else value,
            "normalized_unit": unit, "change": change,
            "referred_concepts": words or ["-"], "text": fig.text,
        })
    return out


# -- the published scoring method ---------------------------------------------------------


def _decode(result: dict, attributes: list[str], gt_concepts: bool = False,
            average_ranges: bool = False):
    raw = result["value"]
    if isinstance(raw, str) and "E" not in raw and not raw.startswith("-") and "-" in raw:
        lo, hi = (float(x) for x in raw.split("-"))
        value: Any = (lo + hi) / 2 if average_ranges else (lo, hi)
    elif isinstance(raw, tuple):
        value = (float(raw[0]), float(raw[1]))
    else:
        value = float(raw)
    unit = result["normalized_unit"].lower()
    change = result.get("change") if "change" in attributes else None
    concepts = result.get("referred_concepts") if "referred_concepts" in attributes else None
    if gt_concepts and concepts is not None:
        concepts = re.split(r"[,\s]+", concepts)
    return value, unit, change, concepts


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-08 + 1e-05 * abs(b)  # numpy.isclose(a, b, rtol=1e-5, atol=1e-8)


def values_match(gold, model) -> bool:
    if isinstance(gold, tuple) and isinstance(model, tuple):
        return _close(gold[0], model[0]) and _close(gold[1], model[1])
    if isinstance(gold, tuple) or isinstance(model, tuple):
        return False
    return _close(gold, model)


def concepts_match(gold: list[str], model: list[str]) -> tuple[bool, bool]:
    g = [x.lower() for x in gold]
    m = [x.lower() for x in model]
    shared = set(g) & set(m)
    return len(shared) == len(g) and len(g) == len(m), len(shared) > 0


def fscores(tp: int, total_gold: int, total_pred: int) -> dict[str, float]:
    p = tp / total_pred if total_pred else 0.0
    r = tp / total_gold if total_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p * 100, 1), "R": round(r * 100, 1), "F1": round(f * 100, 1)}


def calculate_metrics(rows: list[dict], attributes: list[str], average_ranges: bool = False,
                      ) -> dict[str, dict[str, float]]:
    """``evaluate_models.calculate_metrics`` of the CQE evaluation repository."""
    total_tags = total_gt = 0
    correct_value = correct_unit = correct_change = 0
    concept_complete = concept_partial = 0
    for row in rows:
        total_gt += len(row["gt"])
        total_tags += len(row["tags"])
        tags = sorted(row["tags"], key=lambda d: d["normalized_unit"])
        gold = sorted(row["gt"], key=lambda d: d["normalized_unit"])
        remaining = len(row["gt"])
        for g in gold:
            g_value, g_unit, g_change, g_concepts = _decode(
                g, attributes, gt_concepts=True, average_ranges=average_ranges)
            for t in tags:
                m_value, m_unit, m_change, m_concepts = _decode(t, attributes)
                if not values_match(g_value, m_value):
                    continue
                if remaining > 0:
                    correct_value += 1
                    remaining -= 1
                if "change" in attributes and m_change == g_change:
                    correct_change += 1
                if "referred_concepts" in attributes:
                    complete, partial = concepts_match(g_concepts, m_concepts)
                    concept_complete += complete
                    concept_partial += partial
                if m_unit == g_unit:
                    correct_unit += 1
                    tags.remove(t)
                    tags = sorted(tags, key=lambda d: d["normalized_unit"])
                    break
    out = {"value": fscores(correct_value, total_gt, total_tags),
           "value+unit": fscores(correct_unit, total_gt, total_tags)}
    if "change" in attributes:
        out["value+change"] = fscores(correct_change, total_gt, total_tags)
    if "referred_concepts" in attributes:
        out["value+concept partial"] = fscores(concept_partial, total_gt, total_tags)
        out["value+concept complete"] = fscores(concept_complete, total_gt, total_tags)
    out["counts"] = {"gold": total_gt, "predicted": total_tags}
    return out


# -- systems ------------------------------------------------------------------------------


def pipeline_or_none() -> tuple[Callable[[str], Any] | None, str]:
    """``tradeie.extract`` when the full pipeline imports, else None and why."""
    try:
        import tradeie

        tradeie.extract("Exports rose 5 percent in 2024.", published="2025-01-13")
        return tradeie.extract, "tradeie.extract (dates blocked, facts for change/concept)"
    except Exception as err:  # noqa: BLE001 - any failure means: fall back to the finder
        return None, f"finder only: tradeie.extract unavailable ({type(err).__name__}: {err})"


def statistical_pipeline(name: str) -> tuple[Callable[[str], Any], str]:
    """``tradeie.extract`` on ``name`` (a spaCy package, path or a module with ``load()``)
    with tradeie's components added; SystemExit with a clear message when it is absent."""
    import importlib
    import importlib.util

    import spacy

    import tradeie

    try:
        module = importlib.import_module(name) if importlib.util.find_spec(name) else None
    except (ImportError, ValueError):
        module = None
    try:
        base = module.load() if module is not None and hasattr(module, "load") else \
            spacy.load(name)
    except OSError as err:
        raise SystemExit(f"--pipeline {name}: not installed here ({err}); install it "
                         "yourself (it is never downloaded by this script)") from None
    nlp = tradeie.load(base)
    own = [n for n in nlp.pipe_names if not n.startswith("tradeie_")]

    def extract(text: str) -> Any:
        return tradeie.extract(text, nlp=nlp)

    def parse(text: str) -> Any:
        with nlp.select_pipes(enable=own):  # the base's parse, for figures with no fact
            return nlp(text)

    extract.parse = parse  # type: ignore[attr-defined]
    parsed = "parser" if "parser" in nlp.pipe_names else "no parser"
    return extract, f"{name} ({parsed})"


def run_tradeie(data: list[dict], everything: bool, extract) -> tuple[list[dict], float]:
    """NewsQuant rows for tradeie, and the seconds the figure finder itself took."""
    finder = default_finder()
    rows = []
    finder_secs = 0.0
    for item in data:
        text = item["text"]
        blocked: list[tuple[int, int]] = []
        facts: dict[tuple[int, int], dict] = {}
        if extract is not None:
            res = extract(text)
            ents = {e.id: e for e in res.entities}
            blocked = [part for e in res.entities if e.label == "DATE"
                       for part in _date_parts(text, e.start, e.end)]
            for fact in res.facts:
                fig = ents.get(fact.figure)
                if fig is not None:
                    subject = fact.extra.get("subject") or {}
                    facts[(fig.start, fig.end)] = {
                        "metric_text": fact.metric_text, "subject": subject.get("text"),
                        "economies": _economy_words(text, fact.extra, fact.reporter,
                                                    fact.partner, (fig.start, fig.end))}
        start = time.process_time()  # CPU time: the pipeline and other load do not count
        figs = finder.find(text, blocked, everything=everything)
        finder_secs += time.process_time() - start
        if extract is not None:
            parse = getattr(extract, "parse", None)
            _describe_unlinked(text, figs, facts, parse(text) if parse else None)
        rows.append({"text": text, "gt": item["quantities"], "tags": to_newsquant(figs, facts)})
    return rows, finder_secs


# a count of time units inside a date ("over the past two years"): NewsQuant counts it
_DURATION = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve)\s+(?:years|months|weeks|days|quarters)\b",
                       re.I)


def _date_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of a DATE entity to block from the figure finder, without a duration in it
    ("the past two years" is a period, and holds the quantity "two years")."""
    m = _DURATION.search(text, start, end)
    if m is None:
        return [(start, end)]
    return [span for span in ((start, m.start()), (m.end(), end)) if span[0] < span[1]]


def _economy_words(text: str, extra: dict, reporter: str | None, partner: str | None,
                   figure: tuple[int, int] | None = None) -> str:
    """The words naming the fact's partner where its sentence writes them ("exports to
    China"), and its reporter written right before its metric words ("the US trade
    deficit", "China's economy"): whose figure it is, which the pipeline keeps as a code
    and leaves out of ``subject``. A reporter named elsewhere in the sentence is not read
    (it is often only the article's economy)."""
    from tradeie.relate.cues import cues

    c = cues()
    lo, hi = extra.get("sentence") or (0, len(text))
    mention = extra.get("mention")
    out = []
    for m in c.economy.finditer(text, lo, hi):
        if figure is not None and figure[0] <= m.start() < figure[1]:
            continue  # the currency's economy inside the figure ("$500 US bail")
        code = c.economy_code(m.group("e"))
        near = mention is not None and m.end() <= mention[0] and \
            not text[m.end():mention[0]].strip()
        if (code == partner or code == reporter and near) and m.group("e") not in out:
            out.append(m.group("e"))
    return " ".join(out)


def _describe_unlinked(text: str, figs: list[FigureMatch],
                       facts: dict[tuple[int, int], dict], doc: Any = None) -> None:
    """A figure the pipeline has no fact for (``everything=True`` finds bare numbers and
    counts the pipeline leaves out), or whose fact's metric words name only its unit ("4,000
    staff", "lost 162 points", whether or not it has a subject), is described by
    ``tradeie.relate.concept`` directly (with ``doc``'s dependency parse where the words find
    no subject, as the pipeline does)."""
    from tradeie.relate.concept import Sentence
    from tradeie.relate.concept.parse import parsed, parsed_subject

    sent = None
    for fig in figs:
        fact = facts.get((fig.start, fig.end))
        if fact is not None and concept_words({"metric_text": fact.get("metric_text")},
                                              _unit_of(fig)):
            continue  # a fact whose words say more than the figure's unit
        if sent is None:
            sent = Sentence(text, (0, len(text)), [(f.start, f.end) for f in figs])
        metric, subject = sent.describe(fig.start)
        if subject is None and fig.kind != "count" and parsed(doc):
            # a count's noun is its unit in NewsQuant ("19 fouls"): nothing more is named
            subject = parsed_subject(doc, fig.start, fig.end, name_only=metric is not None)
        facts[(fig.start, fig.end)] = {
            "metric_text": text[metric[0]:metric[1]] if metric else None,
            "subject": text[subject[0]:subject[1]] if subject else None}


def run_quantulum(data: list[dict]) -> tuple[list[dict], float]:
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    rows = []
    start = time.perf_counter()
    for item in data:
        tags = []
        for q in parser.parse(item["text"]):
            unit = q.unit.name
            unit = QUANTULUM_UNITS.get(unit.lower(), unit)
            tags.append({"value": q.value, "normalized_unit": unit.strip()})
        rows.append({"text": item["text"], "gt": item["quantities"], "tags": tags})
    return rows, time.perf_counter() - start


def economic_subset(rows: list[dict]) -> list[dict]:
    """Gold and predictions whose unit is a percentage, a currency or a basis point."""
    import pycountry

    names = {c.name.lower() for c in pycountry.currencies} | set(CURRENCY_NAMES.values())
    names |= ECONOMIC_EXTRA

    def econ(unit: str) -> bool:
        unit = unit.lower()
        return unit in names or unit.split(" per ")[0] in names

    return [{"text": r["text"], "gt": [g for g in r["gt"] if econ(g["normalized_unit"])],
             "tags": [t for t in r["tags"] if econ(t["normalized_unit"])]} for r in rows]


def read_published(data_path: Path) -> dict[str, dict[str, float]]:
    path = data_path.parent / "published_scores.csv"
    out = {"CQE": dict(CQE_PUBLISHED), "quantulum3": dict(QUANTULUM_PUBLISHED)}
    if not path.is_file():
        return out
    names = {"CQE-Numparser": "CQE", "quantulum3": "quantulum3", "GPT3": "GPT-3"}
    kinds = {"value+concept_partial": "value+concept partial",
             "value+concept_compelete": "value+concept complete"}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            system = names.get(row.get("model", ""))
            if system:
                out.setdefault(system, {})[kinds.get(row["type"], row["type"])] = float(row["F1"])
    return out


def print_errors(rows: list[dict], limit: int) -> None:
    shown = 0
    for row in rows:
        gold = [(_decode(g, ["value"])[0], g["normalized_unit"].lower(), g["change"])
                for g in row["gt"]]
        pred = [(_decode(t, ["value"])[0], t["normalized_unit"], t["change"], t["text"])
                for t in row["tags"]]
        missing = [g for g in gold if not any(values_match(g[0], p[0]) and g[1] == p[1]
                                              and g[2] == p[2] for p in pred)]
        extra = [p for p in pred if not any(values_match(g[0], p[0]) for g in gold)]
        if not missing and not extra:
            continue
        print(row["text"])
        for g in missing:
            print("   miss ", g)
        for p in extra:
            print("   extra", p)
        shown += 1
        if shown >= limit:
            break


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--json", type=Path, default=None, help="write the scores here")
    ap.add_argument("--no-quantulum", action="store_true", help="skip quantulum3 (slow)")
    ap.add_argument("--no-pipeline", action="store_true", help="finder only, no tradeie.extract")
    ap.add_argument("--errors", type=int, default=0, help="print N sentences with misses")
    ap.add_argument("--pipeline", default=None, metavar="MODULE_OR_NAME",
                    help="also score tradeie on this installed spaCy pipeline (en_core_web_sm)")
    args = ap.parse_args(argv)
    data = json.loads(args.data.read_text(encoding="utf-8"))
    extract, how = (None, "finder only (--no-pipeline)") if args.no_pipeline else \
        pipeline_or_none()
    attrs = ["value", "unit", "change", "referred_concepts"]
    results: dict[str, Any] = {"data": str(args.data), "sentences": len(data), "tradeie": how}
    rows_all, secs = run_tradeie(data, True, extract)
    rows_default, _ = run_tradeie(data, False, extract)
    systems = {
        "tradeie (everything=True)": calculate_metrics(rows_all, attrs),
        "tradeie (default)": calculate_metrics(rows_default, attrs),
    }
    econ = {"tradeie (everything=True)": calculate_metrics(economic_subset(rows_all), attrs),
            "tradeie (default)": calculate_metrics(economic_subset(rows_default), attrs)}
    if args.pipeline and extract is not None:
        extract_stat, stat = statistical_pipeline(args.pipeline)
        results["pipeline"] = stat
        for mode, everything in (("everything=True", True), ("default", False)):
            rows, _ = run_tradeie(data, everything, extract_stat)
            systems[f"tradeie+{stat.split()[0]} ({mode})"] = calculate_metrics(rows, attrs)
            econ[f"tradeie+{stat.split()[0]} ({mode})"] = calculate_metrics(
                economic_subset(rows), attrs)
    results["tradeie_seconds"] = round(secs, 3)
    if not args.no_quantulum:
        q_rows, q_secs = run_quantulum(data)
        systems["quantulum3 (run here)"] = calculate_metrics(q_rows, ["value", "unit"],
                                                             average_ranges=True)
        econ["quantulum3 (run here)"] = calculate_metrics(economic_subset(q_rows),
                                                          ["value", "unit"], average_ranges=True)
        results["quantulum3_seconds"] = round(q_secs, 3)
    published = read_published(args.data)
    results["systems"] = systems
    results["economic_subset"] = econ
    results["published_F1"] = published

    cols = ["value", "value+unit", "value+change", "value+concept partial",
            "value+concept complete"]
    print(f"NewsQuant: {len(data)} sentences, {sum(len(d['quantities']) for d in data)} "
          f"quantities. tradeie: {how}")
    if "pipeline" in results:
        print(f"statistical base: {results['pipeline']}")
    width = max(34, *(len(n) + 1 for n in systems))
    print(f"{'system':{width}}" + "".join(f"{c:>24}" for c in cols))

    def line(name: str, scores: dict) -> None:
        cells = []
        for c in cols:
            s = scores.get(c)
            if s is None:
                cells.append(f"{'-':>24}")
            elif isinstance(s, dict):
                cells.append(f"{s['P']:>7.1f} {s['R']:>6.1f} {s['F1']:>7.1f}  ")
            else:
                cells.append(f"{'F1 ' + format(s, '.1f'):>22}  ")
        print(f"{name:{width}}" + "".join(cells))

    print("(cells: P R F1)")
    for name, scores in systems.items():
        line(name, scores)
    for name, scores in published.items():
        line(f"{name} (published)", scores)
    print("economic subset (gold unit percentage, a currency or basis point):")
    for name, scores in econ.items():
        line(name, scores)
    print(f"tradeie figure finder: {secs * 1000 / len(data):.3f} ms per sentence"
          + (f"; quantulum3: {results['quantulum3_seconds'] * 1000 / len(data):.1f} ms"
             if "quantulum3_seconds" in results else ""))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.errors:
        print_errors(rows_all, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
