"""The structural patterns of ``relate.period_link`` (punctuation and grammar around a figure
and its dates, no vocabulary): compiled once, read by the period mixin."""

from __future__ import annotations

import re

# between a date and the value it owns: "recorded in December 2016 of R93,52-billion",
# "November's increase of 1.2 per cent" (a noun between only after a possessive: a plain
# "<date> <noun> of" cost more than it fixed)
DATE_OF_FIGURE = re.compile(r"\s+of\s+|['’]s\s+(?:[a-z][\w-]*\s+){0,2}?of\s+")
APPOSITION = re.compile(r"\s*,\s*(?:in\s+|i\.e\.\s+)?")
TO_FIGURE = re.compile(r"\s+to\s+")
COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+"
                             r"(?:(?:an?|the)\s+)?$", re.IGNORECASE)
# "In the same period last year, ...": a preposition at most before a sentence's opening date
OPENING_BEFORE = re.compile(r"\s*(?:(?:in|during|for|over|at|by)\s+)?", re.IGNORECASE)
# (or its possessive: "The prior quarter's growth was 3.0%")
COMMA_AFTER = re.compile(r"\s*,|['\u2019]s\s")
# "A year earlier the country had posted a surplus": a back-reference opening its sentence
# with no comma, its clause going on in a lower-case word (not "A year earlier than ...")
OPENING_CLAUSE_AFTER = re.compile(r"\s+(?!(?:than|compared|versus|against|and|or|to)\b)"
                                  r"[a-z]")
# "mid-April" (not "end-March": a stock at a month's end is annotated as the month)
MID_MONTH = re.compile(r"mid(?:-|\s+)", re.IGNORECASE)
TO_BEFORE = re.compile(r"\bto\s+(?:an?\s+)?$")
# "from 32.98 million to a total of 36.55 million"
FROM_TO = re.compile(r"\s+to\s+(?:(?:a|an|the|total|of|reach|around|about)\s+){0,4}")
# a flow called annual: "the annual exports", "full-year trade" (not "annual inflation", a
# rate of the month; not "on an annual basis exports fell", a basis opening its clause)
ANNUAL_FLOW = re.compile(r"\b(?:(?:annual|full-year|full\s+year|yearly|whole-year)\s+"
                         r"(?:(?!(?:basis|terms)\b)[\w-]+\s+)?"
                         r"(?:exports|imports|trade|shipments|sales|total|surplus|deficit|"
                         r"revenue|earnings|turnover))\b", re.IGNORECASE)
# "bringing full-year growth to 5 percent", "raised its full-year forecast to 4.27%": a rate
# of the year, or a forecast of it (not "annual growth", a quarter's year-on-year rate)
FULL_YEAR_RATE = re.compile(r"\b(?:full-year|full\s+year|whole-year)\s+(?:[\w-]+\s+)?"
                            r"(?:growth|expansion|inflation|gdp|forecast|projection|estimate|"
                            r"outlook)\b", re.IGNORECASE)
HEADING_WORDS = 8  # at most, in a section heading ("Quarter 4 (Oct to Dec) 2024")
REVISED = re.compile(r"\brevised\b", re.IGNORECASE)
# "up from the initial reading of 0.5 percent", "compared with a preliminary estimate of
# 1.8%": the earlier estimate a revised figure is set against
EARLIER_ESTIMATE = re.compile(
    r"\b(?:from|than|against|with|versus|vs\.?)\s+(?:the|an?|its)\s+(?:government's\s+)?"
    r"(?:preliminary|initial|first|advance|earlier|original)\s+"
    r"(?:reading|estimate|print|figure|calculation|data)\s+(?:of\s+(?:an?\s+)?)?$", re.IGNORECASE)
FROM_ARTICLE_BEFORE = re.compile(r"\bfrom\s+(?:(?:a|an|the|its|their)\s+)?$", re.IGNORECASE)
# "from a 1.2% target set in September": the value revised from is a forecast or target
FORECAST_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:forecast|target|estimate|projection|"
                                 r"outlook|goal)\b", re.IGNORECASE)
# "the US$2.1bn trade surplus recorded a year earlier": the date the value was recorded
# (not past a comparison: "4.5 points above the variation registered in August")
RECORDED_AFTER = re.compile(r"\s+(?:(?!(?:above|below|than|over|from|compared|versus|against)\b)"
                            r"[\w-]+\s+){0,3}(?:recorded|registered|posted|seen|reported|"
                            r"observed)\s+(?:in\s+)?$", re.IGNORECASE)
# a dateline's day: "MANILA, Oct 25 -- ", "BEIJING, Jan. 13 (Xinhua) -- "
DATELINE_AFTER = re.compile(r"\s*(?:\(|--|—|–|-\s)")
DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Za-z .]+,\s*$")
FISCAL_WORDS = re.compile(r"\b(?:fiscal|financial\s+year|FY\s?\d)", re.IGNORECASE)
RELEASED_ON = re.compile(r"\b(?:said|says|released|published|announced|reported|showed|shows)"
                         r"\s+(?:on\s+)?$", re.IGNORECASE)
# "since 2023, when export revenue surged 25.6%", "the same month of the previous year, a
# period in which a surplus of US$297 million had been registered"
WHEN_CLAUSE = re.compile(r"\s*(?:,\s*)?"
                         r"(?:when|a\s+(?:period|month|quarter|year)\s+(?:in\s+which|when))"
                         r"\b[^,;:()]*$", re.IGNORECASE)
AND_AFTER = re.compile(r"\s+and\s+(?:the\s+)?")
ROLLING_SPAN = re.compile(r"(?:the\s+)?(?:(?:past|last|latest)\s+)?[\w-]+\s+(?:months|quarters)",
                          re.IGNORECASE)
# "the three months to September 2024", "the 12 months ending in March": a span that rolls
# to its last month (a title's "September 2024" is no narrower period of the story then)
MONTHS_TO = re.compile(r"(?:the\s+)?[\w-]+\s+months\s+(?:to|ending|ended|through)\b",
                       re.IGNORECASE)
# a date naming a span of its own: "April to June", "January-March"
SPAN_WORDS = re.compile(r"\s(?:to|through|until)\s|[-–]")


def month_day(month: str, text: str) -> str | None:
    """The day a month date with "mid-" names ("mid-April": the 15th), else None."""
    return f"{month}-15" if MID_MONTH.match(text) else None
