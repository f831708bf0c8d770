"""bench/perturb.py: each perturbation, on texts written for this test, keeps the gold entity
offsets on the same words (the entity text is read back at its new offsets), and the moved
gold docs of the real dev split still pass the fixture checks (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie.scoring.fixtures import _check_doc

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "corpus" / "real" / "dev.jsonl"


def _load_bench():
    sys.path.insert(0, str(REPO / "bench"))
    spec = importlib.util.spec_from_file_location("perturb_bench", REPO / "bench" / "perturb.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["perturb_bench"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


pb = _load_bench()


def _doc(parts: list[tuple[str, str | None, dict]], facts: list[dict] | None = None) -> dict:
    """A gold doc from (text, label or None, attrs) parts: labelled parts become entities."""
    text, ents = "", []
    for chunk, label, attrs in parts:
        if label:
            ents.append({"id": f"e{len(ents)}", "label": label, "text": chunk,
                         "start": len(text), "end": len(text) + len(chunk), **attrs})
        text += chunk
    return {"id": "t", "text": text, "published": "2025-03-10", "entities": ents,
            "facts": facts or []}


USD = {"unit": "USD", "value": 4.1e9}
STORY = _doc([
    ("Kenya's tea exports climb ", None, {}), ("7.2%", "PERCENT", {"value": 7.2}),
    (" in ", None, {}), ("January", "DATE", {}),
    ("\n\nNAIROBI, Feb 3 -- Kenya's tea exports rose ", None, {}),
    ("7.2 percent", "PERCENT", {"value": 7.2}), (" to ", None, {}),
    ("$4.1 billion", "MONEY", USD), (" in ", None, {}), ("January 2025", "DATE", {}),
    (", the ", None, {}), ("Tea Board", "AGENCY", {"country": "KE"}),
    (" said on ", None, {}), ("Monday", "DATE", {}), (".\nImports fell ", None, {}),
    ("1.5 per cent", "PERCENT", {"value": 1.5}), (" to ", None, {}),
    ("USD 2.3 billion", "MONEY", USD), (", the ", None, {}),
    ("Kenya National Bureau of Statistics", "AGENCY", {"country": "KE"}),
    (" said. Exports reached ", None, {}), ("$5bn", "MONEY", USD),
    (" in ", None, {}), ("Feb. 3", "DATE", {}), (", the \"best\" month.", None, {}),
], facts=[{"figure": "e1", "reporter": "KE", "source": "e5"}])


@pytest.mark.parametrize("name", sorted(pb.PERTURBATIONS))
def test_entities_follow_the_text(name: str) -> None:
    out = pb.perturb(STORY, name)
    if out is None:
        return
    _check_doc(out)  # offsets in range, entity text == text[start:end]
    before = {e["id"]: e for e in STORY["entities"]}
    for ent in out["entities"]:
        old = before[ent["id"]]
        assert ent["text"] == out["text"][ent["start"]:ent["end"]]
        assert ent["label"] == old["label"]
        # the digits of a figure survive ('7.2 percent' -> '7.2%', '$4.1 billion' -> 'USD 4.1bn')
        digits = "".join(ch for ch in old["text"] if ch.isdigit())
        assert "".join(ch for ch in ent["text"] if ch.isdigit()).startswith(digits)


def test_expected_rewrites() -> None:
    assert pb.perturb(STORY, "pct_to_sign")["entities"][2]["text"] == "7.2%"
    assert pb.perturb(STORY, "pct_to_word")["entities"][0]["text"] == "7.2 per cent"
    assert pb.perturb(STORY, "scale_to_abbr")["entities"][3]["text"] == "$4.1bn"
    assert pb.perturb(STORY, "scale_to_word")["entities"][10]["text"] == "$5 billion"
    assert pb.perturb(STORY, "dollar_to_usd")["entities"][3]["text"] == "USD 4.1 billion"
    assert pb.perturb(STORY, "dollar_to_us")["entities"][8]["text"] == "US$2.3 billion"
    assert pb.perturb(STORY, "month_to_full")["entities"][11]["text"] == "February 3"
    assert pb.perturb(STORY, "decimals_padded")["entities"][0]["text"] == "7.20%"
    assert "\n\n" not in pb.perturb(STORY, "paragraphs_single")["text"]
    assert "“best”" in pb.perturb(STORY, "quotes_curly")["text"]
    cut = pb.perturb(STORY, "dateline_removed")
    assert "NAIROBI" not in cut["text"] and cut["text"].count("Kenya's tea exports rose") == 1
    swapped = pb.perturb(_doc([("Thai rice exports rose ", None, {}),
                               ("4%", "PERCENT", {"value": 4.0}),
                               (", Thailand's commerce ministry said.", None, {})],
                              facts=[{"figure": "e0", "reporter": "TH", "partner": None}]),
                         "economy_swapped")
    assert swapped["text"].startswith("Chilean rice exports rose 4%, Chile's")
    assert swapped["facts"][0]["reporter"] == "CL"


def test_attribution_moves_keep_entities() -> None:
    doc = _doc([("Exports of goods rose ", None, {}), ("3.1%", "PERCENT", {"value": 3.1}),
                (" in ", None, {}), ("May", "DATE", {}), (", the ", None, {}),
                ("Commerce Ministry", "AGENCY", {}), (" said on ", None, {}),
                ("Monday", "DATE", {}), (".", None, {})])
    out = pb.perturb(doc, "attribution_to_front")
    assert out["text"] == ("The Commerce Ministry said on Monday that exports of goods rose "
                           "3.1% in May.")
    assert [e["text"] for e in out["entities"]] == ["3.1%", "May", "Commerce Ministry", "Monday"]
    back = pb.perturb(out, "attribution_to_end")
    assert back["text"] == ("Exports of goods rose 3.1% in May, the Commerce Ministry said on "
                            "Monday.")


_WORDS = st.sampled_from(["exports", "rose", "in", "the", "ministry", "said", "March", "to",
                          "fell", "\n", "\n\n", "“", "'", "per", "cent", ",", "."])
_FIGS = st.sampled_from([("5 percent", "PERCENT"), ("2.5%", "PERCENT"), ("$3 billion", "MONEY"),
                         ("US$ 4.2 million", "MONEY"), ("USD 7bn", "MONEY"),
                         ("January 7", "DATE"), ("Sept. 8", "DATE"), ("1.5 per cent", "PERCENT")])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_WORDS.map(lambda w: (w, None)), _FIGS), min_size=1, max_size=25),
       st.sampled_from(sorted(pb.PERTURBATIONS)))
def test_offsets_stay_aligned(parts: list[tuple[str, str | None]], name: str) -> None:
    doc = _doc([(chunk, label, {"unit": "USD"} if label == "MONEY" else {})
                for p in parts for chunk, label in ((p[0], p[1]), (" ", None))])
    out = pb.perturb(doc, name)
    if out is None:
        return
    _check_doc(out)
    assert all(e["text"] == out["text"][e["start"]:e["end"]] and e["text"].strip()
               for e in out["entities"])


@pytest.mark.skipif(not DEV.is_file(), reason="../shared/corpus/real/dev.jsonl absent")
def test_dev_stays_valid_gold() -> None:
    from tradeie.scoring import read_fixtures

    docs = read_fixtures(DEV)
    for name in pb.PERTURBATIONS:
        moved = 0
        for doc in docs:
            out = pb.perturb(doc, name)
            if out is not None:
                _check_doc(out)
                moved += 1
        assert moved or name in ("economy_swapped", "headline_lowered"), name
