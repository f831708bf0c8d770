"""Cue patterns behind a cheap window test (relate.cues NeedsChar, EndsWithWord) answer
exactly as the patterns they wrap, for every window."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tradeie.relate import cues as cue_module

TEXT = ("Exports to Germany rose 4% (up 1.2 points), led by machinery at 12.4% and cars by\n"
        "3%. Coal made up 40% of imports, compared with the figure recorded in 2023; "
        "repreſented 5 AT 7 BY\t9 ( -2 and the rest accounted for  8")


def _wrapped() -> dict[str, cue_module._Prefiltered]:
    c = cue_module.cues()
    found = {k: v for k, v in vars(c).items() if isinstance(v, cue_module._Prefiltered)}
    for name in c.products.__dataclass_fields__:
        value = getattr(c.products, name)
        if isinstance(value, cue_module._Prefiltered):
            found[f"products.{name}"] = value
    return found


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_the_hot_before_figure_cues_are_wrapped():
    assert {"products.bracketed", "products.item_by", "products.share_subject",
            "comparison_recorded_before"} <= set(_wrapped())


@given(st.integers(-3, len(TEXT) + 3), st.integers(-3, len(TEXT) + 3))
def test_every_window_answers_as_the_pattern(pos, endpos):
    for name, cue in _wrapped().items():
        assert _same(cue.search(TEXT, pos, endpos), cue.pattern_obj.search(TEXT, pos, endpos)), \
            (name, pos, endpos)


@given(st.integers(0, len(TEXT)), st.integers(0, 80))
def test_every_slice_ending_at_a_figure_answers_as_the_pattern(end, width):
    piece = TEXT[max(0, end - width):end]
    for name, cue in _wrapped().items():
        assert _same(cue.search(piece), cue.pattern_obj.search(piece)), (name, piece)


def test_a_window_without_the_needed_text_is_refused_without_the_pattern():
    c = cue_module.cues()
    assert not c.products.bracketed.possible("machinery 12.4", 0, 14)
    assert not c.products.item_by.possible("machinery at 12", 0, 15)
    assert c.products.item_by.possible("machinery at ", 0, 13)
    assert c.products.item_by.possible("machinery AT\n", 0, 13)
    assert c.products.share_subject.possible("coal repreſented ", 0, 17)  # non-ASCII tail
