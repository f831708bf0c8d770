"""agency_rules.json, dateline_cities.json and credit_markers.txt: every field validated by
type when the pipeline is built, errors naming file and line; acronyms in string literals of
code are no agencies."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import tradeie.pipeline
from tradeie import resources
from tradeie.normalize.agencies import AgencyFinder, AgencyMatch, _code_literal_re
from tradeie.resources import DataFileError

SHIPPED = resources.models_dir()


@pytest.fixture
def models(tmp_path: Path):
    copy = tmp_path / "models"
    shutil.copytree(SHIPPED, copy)
    yield copy
    resources.use_models_dir(None)


def _edit(path: Path, change: Callable[[dict], object]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def _line(path: Path, needle: str, after: str | None = None) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if after in ln) if after else 0
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def _build_error(copy: Path) -> str:
    """The message of the DataFileError raised while the pipeline is built (no document)."""
    resources.use_models_dir(copy)
    with pytest.raises(DataFileError) as info:
        tradeie.pipeline.build()
    return str(info.value)


def _set(key: str, value: object) -> Callable[[dict], object]:
    return lambda d: d.__setitem__(key, value)


# ------------------------------------------------------------------ agency_rules.json

RULE_BREAKS = [
    ("max-words-word", _set("max_topic_words", "eight"), '"max_topic_words"', None),
    ("max-words-zero", _set("max_topic_words", 0), '"max_topic_words"', None),
    ("max-words-bool", _set("max_topic_words", True), '"max_topic_words"', None),
    ("heads-string", _set("office_heads", "bureau"), '"office_heads"', None),
    ("heads-number", lambda d: d["ministry_heads"].append(7), "7", '"ministry_heads"'),
    ("synonym-number", lambda d: d["topic_synonyms"].__setitem__("tariffs", 5),
     '"tariffs": 5', None),
    ("synonyms-list", _set("topic_synonyms", ["tariffs"]), '"topic_synonyms"', None),
    ("flag-string", _set("lowercase_ministry_needs_topics", "yes"),
     '"lowercase_ministry_needs_topics"', None),
    ("refs-object", _set("common_refs", {"phrase": "customs"}), '"common_refs"', None),
    ("ref-qualifier-string", lambda d: d["common_refs"][0].__setitem__("needs_qualifier", "no"),
     '"customs authorities"', None),
    ("ref-unknown-field", lambda d: d["common_refs"][0].__setitem__("knd", "customs"),
     '"customs authorities"', None),
    ("misspelt-key", lambda d: d.__setitem__("max_topic_word", d.pop("max_topic_words")),
     '"max_topic_word"', None),
    ("missing-key", lambda d: d.pop("of_words"), None, None),
    ("quote-two-chars", lambda d: d["code_quotes"].append('""'), '"\\"\\""', '"code_quotes"'),
    ("openers-string", _set("code_literal_openers", "="), '"code_literal_openers"', None),
    ("canonical-topics-list", _set("canonical_topics", ["foreign"]), '"canonical_topics"', None),
    ("bare-verbs-string", _set("bare_ref_verbs", "said"), '"bare_ref_verbs"', None),
    ("bloc-followers-string", _set("bloc_followers", "countries"), '"bloc_followers"', None),
    ("state-words-string", _set("state_name_words", "republic"), '"state_name_words"', None),
]


@pytest.mark.parametrize("change,needle,after", [c[1:] for c in RULE_BREAKS],
                         ids=[c[0] for c in RULE_BREAKS])
def test_agency_rules_fields_are_checked_at_build(models, change, needle, after):
    path = models / "agency_rules.json"
    _edit(path, change)
    message = _build_error(models)
    assert str(path) in message
    if needle is None:
        assert "of_words" in message
    else:
        assert f"line {_line(path, needle, after)}:" in message, message


def test_shipped_rules_validate_and_copy_builds(models):
    resources.use_models_dir(models)
    nlp = tradeie.pipeline.build()
    assert "tradeie_agencies" in nlp.pipe_names


# ------------------------------------------------------- dateline_cities.json, credits


@pytest.mark.parametrize("change,needle", [
    (_set("cities", ["BEIJING"]), '"cities"'),
    (_set("bloc_cities", "Brussels"), '"bloc_cities"'),
    (lambda d: d["cities"].__setitem__("Zenda", 12), '"Zenda"'),
    (lambda d: d["cities"].__setitem__("Brussels", "EU"), '"Brussels": "EU"'),
    (_set("bloc_comment", ["not", "text"]), '"bloc_comment"'),
])
def test_dateline_cities_fail_at_build_not_at_first_document(models, change, needle):
    path = models / "dateline_cities.json"
    _edit(path, change)
    message = _build_error(models)
    assert str(path) in message and f"line {_line(path, needle)}:" in message, message


def test_credit_markers_fail_at_build(models):
    path = models / "credit_markers.txt"
    path.write_bytes(path.read_bytes() + b"\nPhoto \xff editor\n")
    message = _build_error(models)
    assert str(path) in message and "not UTF-8" in message


# ------------------------------------------------------------- acronyms in code literals


@pytest.fixture(scope="module")
def finder() -> AgencyFinder:
    return AgencyFinder()


def _agencies(finder: AgencyFinder, text: str) -> list[AgencyMatch]:
    return finder.find(text)


@pytest.mark.parametrize("text", [
    'agency: str = "GAC"\n',
    "AGENCY = 'GAC'\n",
    '{"source": "GAC", "year": 2024}',
    'sources = ["NBS", "GAC"]',
    'rows = lookup("GAC")',
    'agency:"GAC"',
])
def test_acronym_string_literal_in_code_is_no_agency(finder, text):
    assert _agencies(finder, text) == []


@pytest.mark.parametrize("text,acronyms", [
    ('The General Administration of Customs ("GAC") said exports rose. GAC data followed.',
     ["GAC", "GAC"]),
    ("Exports rose, customs (GAC) said.", ["GAC"]),
    ('Data from the GAC showed it.', ["GAC"]),
    ('He said: "GAC figures show growth."', ["GAC"]),  # a quotation, not a literal
    ('The NBS said "growth" was strong.', ["NBS"]),
    ("The agency known as 'GAC' said so.", ["GAC"]),
    ("\u201cGAC\u201d data: exports rose.", ["GAC"]),  # curly quotes are prose
])
def test_quoted_acronyms_in_news_stay_agencies(finder, text, acronyms):
    found = [m for m in _agencies(finder, text) if m.acronym == m.text]
    assert [m.text for m in found] == acronyms


def test_only_acronym_mentions_are_dropped(finder):
    # a full name in a literal is still a name: what it says is unambiguous
    found = _agencies(finder, 'name = "General Administration of Customs"')
    assert [m.text for m in found] == ["General Administration of Customs"]


def test_unclosed_or_other_quote_is_no_literal(finder):
    assert [m.text for m in _agencies(finder, "x = \"GAC' said")] == ["GAC"]
    assert [m.text for m in _agencies(finder, 'x = "GAC and NBS"')] == ["GAC", "NBS"]


def test_code_literal_rule_comes_from_data():
    rules = {"code_literal_openers": ["=>"], "code_call_brackets": [], "code_quotes": ['"']}
    rx = _code_literal_re(rules)
    assert rx.search('source => "') and not rx.search('source = "')
    assert not rx.search('lookup("')  # no call brackets listed
    # empty lists turn the rule off instead of matching before every quote
    off = _code_literal_re({"code_literal_openers": [], "code_call_brackets": [],
                            "code_quotes": ['"']})
    assert not off.search('agency = "') and not off.search('"')
