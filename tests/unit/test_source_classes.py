"""Which mention of an agency a figure's source is, by class (texts of our own wording).

The convention the real dev gold follows, counted over its facts: a figure whose sentence
names its agency cites that mention; a figure of a sentence naming none cites the release,
where the article names it (the written-out name when an acronym follows it, "Statistics
Poland (GUS)"). A release first cited by a description ("the national statistics office
said") is cited where the text then introduces the body by its name and acronym.
"""

from __future__ import annotations

import pytest

import tradeie

PUBLISHED = "2025-04-15"


def _source_mention(text: str, figure: str, n: int = 1) -> tuple[str, int] | None:
    """(text, start) of the source entity of the fact of the n-th ``figure`` (None: no
    source)."""
    res = tradeie.extract(text, published=PUBLISHED)
    facts = [f for f in res.facts if res.entity(f.figure).start == _nth(text, figure, n)]
    assert facts, f"no fact for {figure!r}"
    if facts[0].source is None:
        return None
    ent = res.entity(facts[0].source)
    return ent.text, ent.start


def _nth(text: str, mention: str, n: int = 1) -> int:
    """Offset of the n-th occurrence of ``mention`` in ``text``."""
    at = -1
    for _ in range(n):
        at = text.index(mention, at + 1)
    return at


POLAND = (
    "Poland's exports rose 4.1% year-on-year in March to 25.3 billion euros, the national "
    "statistical institute said on Monday.\n\n"
    "Imports climbed 6.2% to 26.0 billion euros in the month, Statistics Poland (GUS) noted.\n\n"
    "The trade deficit stood at 700 million euros, against a surplus of 1.1 billion euros a "
    "year earlier.\n\n"
    "Exports to Germany, the main market, grew 2.5%, GUS said."
)

MALAYSIA = (
    "Malaysia's current account surplus widened in the fourth quarter, the central bank said "
    "on Friday.\n\n"
    "The surplus rose to 12.4 billion ringgit from 9.8 billion ringgit in the third quarter, "
    "according to Bank Negara Malaysia (BNM).\n\n"
    "The goods account surplus was 29.1 billion ringgit in the quarter."
)

# a description, then the name with no acronym defined: the description stays the source
NORWAY = (
    "Norway's trade surplus shrank to 18.2 billion crowns in May from 24.6 billion crowns in "
    "April, the country's statistics bureau said on Thursday.\n\n"
    "Exports fell 9.5% to 71.0 billion crowns, according to figures published by Statistics "
    "Norway.\n\n"
    "Imports rose 3.0% to 52.8 billion crowns in May."
)

# a wire headline with no full stop, its agency after a dash or colon, glued to the lead
# by the sentence splitter: the lead's figures are the lead's agency's
HEADLINE = (
    "UK economy grows 0.3% in April - ONS\n"
    "LONDON, June 10 (Reuters) - Britain's economy grew 0.3% in April, the Office for "
    "National Statistics (ONS) said on Tuesday.\n"
    "Services output rose 0.4% while manufacturing fell 0.6%, the ONS said."
)

HEADLINE_COLON = (
    "Thai exports jump 7.2% in May: Commerce Ministry\n"
    "BANGKOK, June 24 (Xinhua) -- Thailand's exports rose 7.2 percent year-on-year to 26.1 "
    "billion U.S. dollars in May, the Commerce Ministry said on Tuesday.\n"
    "Imports grew 4.0 percent to 25.4 billion dollars."
)

# a currency's market move in a release story: background, no part of the release, unless
# its sentence names who says it
CURRENCY = (
    "SEOUL, Nov 28 (Yonhap) -- South Korea's current account surplus reached US$6.8 billion "
    "in October, the Bank of Korea (BOK) said Thursday.\n"
    "Goods exports rose 4.6 percent from a year earlier.\n"
    "In the third quarter, the won gained 3.2 percent against the U.S. dollar.\n"
    "The BOK said the won rose 1.1 percent to the greenback last month."
)

CASES = [
    (POLAND, "4.1%", ("statistical institute", 1)),
    (POLAND, "6.2%", ("Statistics Poland", 1)),
    (POLAND, "700 million euros", ("Statistics Poland", 1)),
    (POLAND, "2.5%", ("GUS", 2)),
    (MALAYSIA, "12.4 billion ringgit", ("Bank Negara Malaysia", 1)),
    (MALAYSIA, "29.1 billion ringgit", ("Bank Negara Malaysia", 1)),
    (NORWAY, "18.2 billion crowns", ("statistics bureau", 1)),
    (NORWAY, "9.5%", ("Statistics Norway", 1)),
    (NORWAY, "3.0%", ("statistics bureau", 1)),
    (HEADLINE, "0.3%", ("ONS", 1)),
    ((HEADLINE, 2), "0.3%", ("Office for National Statistics", 1)),
    (HEADLINE, "0.6%", ("ONS", 3)),
    (HEADLINE_COLON, "7.2%", ("Commerce Ministry", 1)),
    (HEADLINE_COLON, "7.2 percent", ("Commerce Ministry", 2)),
    (HEADLINE_COLON, "4.0 percent", ("Commerce Ministry", 2)),
    (CURRENCY, "4.6 percent", ("Bank of Korea", 1)),
    (CURRENCY, "1.1 percent", ("BOK", 2)),
]


@pytest.mark.parametrize(("text", "figure", "want"), CASES,
                         ids=[f"{str(t)[:14]}-{f}" for t, f, _ in CASES])
def test_source_mention(text: str | tuple[str, int], figure: str,
                        want: tuple[str, int]) -> None:
    """(text or (text, which occurrence of the figure), figure, (mention, occurrence))."""
    text, fig_n = text if isinstance(text, tuple) else (text, 1)
    mention, n = want
    got = _source_mention(text, figure, fig_n)
    assert got is not None, f"no source for {figure!r}"
    assert mention in got[0] and got[1] <= _nth(text, mention, n) < got[1] + len(got[0]), \
        (figure, got, want)


@pytest.mark.parametrize(("text", "figure"), [(CURRENCY, "3.2 percent")])
def test_no_source(text: str, figure: str) -> None:
    assert _source_mention(text, figure) is None
