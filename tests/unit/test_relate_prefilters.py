"""The cheap checks the relation linker makes before a regex search it can skip (the speed
round of issue 17): each must hold of every match, so skipping the search changes nothing.
The properties generate matches of each pattern; the examples run the linker through the
constructions the skipped searches read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradeie
from tradeie.relate.balance import story_sign
from tradeie.relate.cues import cues
from tradeie.relate.economy import THOSE_TO
from tradeie.relate.modality import _COPULA_LAST, COPULA_BEFORE, EARLIER_ESTIMATE_SUBJECT
from tradeie.relate.product import _ELIDED_OF, _EXCLUDING, _OWN_SUBJECT

_QUICK = settings(max_examples=150, deadline=None)


@_QUICK
@given(st.from_regex(COPULA_BEFORE))
def test_a_copula_match_ends_in_one_of_its_last_letters(s: str) -> None:
    if COPULA_BEFORE.search(s):
        tail = s.rstrip()
        assert tail and tail[-1] in _COPULA_LAST


@_QUICK
@given(st.from_regex(EARLIER_ESTIMATE_SUBJECT))
def test_an_earlier_estimate_subject_holds_had(s: str) -> None:
    if EARLIER_ESTIMATE_SUBJECT.search(s):
        assert "had" in s.lower()


@_QUICK
@given(st.from_regex(_EXCLUDING))
def test_an_exclusion_holds_excl(s: str) -> None:
    if _EXCLUDING.search(s):
        assert "excl" in s.lower()


@_QUICK
@given(st.from_regex(_ELIDED_OF))
def test_an_elided_conjunct_holds_of(s: str) -> None:
    if _ELIDED_OF.search(s):
        assert "of" in s


@_QUICK
@given(st.from_regex(_OWN_SUBJECT))
def test_an_own_subject_holds_with_or_which(s: str) -> None:
    if _OWN_SUBJECT.search(s):
        assert "with" in s or "which" in s


@_QUICK
@given(st.one_of(st.from_regex(cues().those_partner), st.from_regex(THOSE_TO)))
def test_a_those_phrase_holds_tho(s: str) -> None:
    if cues().those_partner.search(s) or THOSE_TO.search(s):
        assert "tho" in s.lower()


@_QUICK
@given(st.from_regex(cues().intra))
def test_an_intra_economy_holds_ntra(s: str) -> None:
    if cues().intra.search(s):
        assert "ntra" in s.lower()  # ("İntra" lower-cases to "i̇ntra")


@_QUICK
@given(st.lists(st.one_of(st.from_regex(cues().balance_sign), st.text(max_size=8)),
                max_size=4).map(" ".join))
def test_story_sign_as_read_word_by_word(s: str) -> None:
    expected = None
    for m in cues().balance_sign.finditer(s):
        word = m.group(0).lower()
        if word.startswith(("surplus", "deficit")):
            expected = "trade.surplus" if word.startswith("surplus") else "trade.deficit"
            break
    assert story_sign(s, cues().balance_sign) == expected


def _facts(text: str) -> list[dict]:
    return tradeie.extract(text).to_dict()["facts"]


@pytest.mark.parametrize("text", [
    "The council set an inflation target for 2026 that is 4%.",
    "The jobless-rate target the cabinet adopted for 2027 IS 5%.",
])
def test_target_copula_read_in_any_case(text: str) -> None:
    assert _facts(text)[-1]["modality"] == "target"


def test_earlier_estimate_subject_read_in_upper_case() -> None:
    facts = _facts("The first estimate for March HAD put output growth at 0.7 percent.")
    assert facts[-1]["modality"] == "previous"


def test_possessive_owner_before_spaces() -> None:
    facts = _facts("Chile's exports climbed 6%, ahead of Peru’s  4.1% and Bolivia's 1.9%.")
    assert [f["reporter"] for f in facts] == ["CL", "PE", "BO"]


def test_exclusion_in_upper_case_and_elided_of() -> None:
    facts = _facts("EXCLUDING aircraft, the trade deficit narrowed to $3.4 billion in June.")
    assert facts[0]["product"] == "excluding aircraft"
    facts = _facts("Exports of copper fell 8% in June and of fruit 3%.")
    assert [f["product"] for f in facts] == ["copper", "fruit"]


def test_respectively_after_the_figures() -> None:
    facts = _facts("Producer prices fell 0.3% and 1.8% on a month-on-month and year-on-year "
                   "basis, respectively.")
    assert [f["basis"] for f in facts] == ["mom", "yoy"]
