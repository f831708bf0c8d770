"""name_shapes.json: every field validated by type when the pipeline is built."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import line_with, load_error

import tradeie.pipeline
from tradeie import resources
from tradeie.resources import DataFileError


@pytest.fixture
def shapes(models_copy: Path):
    """Edit a copy of name_shapes.json; returns (path, message of the build error)."""
    return models_copy / "name_shapes.json", lambda change: load_error(
        models_copy, "name_shapes.json", change, tradeie.pipeline.build)


@pytest.mark.parametrize("change,needle", [
    (lambda d: d.__setitem__("max_name_tokens", "four"), '"max_name_tokens"'),
    (lambda d: d.__setitem__("max_name_tokens", 0), '"max_name_tokens"'),
    (lambda d: d.__setitem__("max_name_tokens", 4.5), '"max_name_tokens"'),
    (lambda d: d.__setitem__("particles", "van"), '"particles"'),
    (lambda d: d["honorifics"].append(None), '"honorifics"'),  # null: the key's line
    (lambda d: d["determiners"].append(""), '""'),
    (lambda d: d.__setitem__("comment", ["x"]), '"comment"'),
    (lambda d: d.__setitem__("title_opener", ["the"]), '"title_opener"'),
    (lambda d: d.__setitem__("public_bodies", "government"), '"public_bodies"'),
    (lambda d: d.__setitem__("attributive_after", "era"), '"attributive_after"'),
    (lambda d: d.__setitem__("country_nouns", "country"), '"country_nouns"'),
    (lambda d: d.__setitem__("anaphor_heads", "bank"), '"anaphor_heads"'),
    (lambda d: d.__setitem__("honorific_pairs", "Tan Sri"), '"honorific_pairs"'),
    (lambda d: d.__setitem__("voice_verbs", "said"), '"voice_verbs"'),
    (lambda d: d["document_words"].append(None), '"document_words"'),
    (lambda d: d.__setitem__("agency_pronouns", "its"), '"agency_pronouns"'),
    (lambda d: d.__setitem__("name_suffixes", "Jr"), '"name_suffixes"'),
    (lambda d: d.__setitem__("given_name_abbreviations", "Moh"), '"given_name_abbreviations"'),
    (lambda d: d.__setitem__("organisation_words", "Group"), '"organisation_words"'),
])
def test_name_shapes_fields_are_checked(shapes, change, needle):
    path, broken = shapes
    message = broken(change)
    assert str(path) in message and f"line {line_with(path, needle)}:" in message, message


def test_missing_list_is_named(shapes):
    path, broken = shapes
    message = broken(lambda d: d.pop("title_links"))
    assert str(path) in message and "title_links" in message


LEADER_KEY = '"leader_nouns"'


def test_leader_nouns_are_checked(shapes):
    path, broken = shapes
    message = broken(lambda d: d.__setitem__("leader_nouns", "government"))
    assert str(path) in message and f"line {line_with(path, LEADER_KEY)}:" in message


@pytest.mark.parametrize("line", ["!Trump", "!donald trump", "+trade policy"])
def test_titles_file_lines_are_checked(models_copy: Path, line: str) -> None:
    path = models_copy / "official_titles.txt"
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    resources.use_models_dir(models_copy)
    with pytest.raises(DataFileError) as info:
        tradeie.pipeline.build()
    assert str(path) in str(info.value) and line in str(info.value)


def test_honorific_pairs_are_two_words(shapes):
    path, broken = shapes
    message = broken(lambda d: d["honorific_pairs"].append("Datuk"))
    assert str(path) in message and "honorific_pairs" in message and "'Datuk'" in message
