"""The structural patterns of ``relate.metric_link`` (the gaps between a figure and the metric
words it is given in, shares, asides, coordinated flows), compiled once."""

from __future__ import annotations

import re
from dataclasses import replace

from tradeie.normalize.metrics import MetricMention

# "0.2 per cent in the December quarter and ": a figure's own period phrase, then "and"
# "an annual rise of 29.47%": what may stand between a basis cue and the figure it names
OF_TO_END = re.compile(r"\s+(?:of|to|at)\s*")
OWN_PERIOD_AND = re.compile(r"\s+(?:in|during|for|over)\s+(?:the\s+)?[\w -]{3,30}?\s+and\s+")
# an adjustment aside that may close that period phrase: "in the September quarter,
# seasonally adjusted, and" (cut before OWN_PERIOD_AND is tried)
ADJUSTMENT_ASIDE = re.compile(r",[^,]{3,40},")

# "exports and imports" written as one total: its two flows, for a "respectively" list
FLOW_PAIR = re.compile(r"(?P<a>exports|imports)\s+and\s+(?P<b>exports|imports)", re.IGNORECASE)
FLOW_METRICS = {"exports": "trade.exports", "imports": "trade.imports"}


def _split_flows(m: MetricMention, text: str) -> tuple[MetricMention, MetricMention] | None:
    if m.metric != "trade.total":
        return None
    pair = FLOW_PAIR.search(text, m.head_start, m.end)
    if pair is None or pair.group("a").lower() == pair.group("b").lower():
        return None
    return tuple(  # type: ignore[return-value]
        replace(m, start=pair.start(g) if g == "b" else m.start, end=pair.end(g),
                text=text[pair.start(g) if g == "b" else m.start:pair.end(g)],
                metric=FLOW_METRICS[pair.group(g).lower()], head_start=pair.start(g),
                head_end=pair.end(g))
        for g in ("a", "b"))


# "$2.5 trillion in imports": the gap between a figure and the metric it is given in
IN_METRIC = re.compile(r"\s+(?:in|of|worth of)\s+(?:the\s+)?")
# "45.71 billion euros at exports and 58.66 billion euros at imports" (the Romanian INS's
# English): a flow written after an amount with 'at' is the amount's
AT_FLOW = re.compile(r"\s+at\s+(?:the\s+)?")
# "a $1.3 billion trade surplus", "a record 5.1% export growth": the figure premodifies the
# metric's noun; a determiner (and at most two words) before it
PREMODIFIER_GAP = re.compile(r"[ \t]+")
DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:a|an|the|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,2}$")
# "the deficit on trade in goods": a balance and the flow it is taken on
# ("the highest positive balances were achieved in trade with the US": a passive verb too)
HEAD_LINK = re.compile(r"\s+(?:(?:was|were)\s+(?:achieved|recorded|registered|posted)\s+)?"
                       r"(?:on|in|of)\s+(?:the\s+)?")
BALANCE_METRICS = ("trade.surplus", "trade.deficit", "account.current")
# "the top buyer with 21 percent", "followed by the US with 8%", "Japan, with 14.2%"
PARTNER_WITH = re.compile(r"(?<![\w-])with\s+(?:a\s+|about\s+|around\s+|nearly\s+)?$",
                          re.IGNORECASE)
# "China supplied 31% of the goods": a percent of a whole the sentence names
OF_THE = re.compile(r"\s+of\s+(?:the|these|those|its|their|all)\s", re.IGNORECASE)
OF_WORD = re.compile(r"\s+of\s+[a-z][a-z-]+\s")
# "the share of exports in the country's trade turnover"
SHARE_OF = re.compile(r"(?<![\w-])share\s+of\s+(?:the\s+)?$", re.IGNORECASE)
SHARE_IN = re.compile(r"\s+in\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?", re.IGNORECASE)
# "oil exports as a share of total exports": the flow before is the one the share is of
# "3.5 trillion yuan of the province's trade in September, or 82.3 percent": an amount
# written as a part of a whole, then the percent restating it
PART_OR = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?[^,;.\d()]{1,60}?,?\s{1,3}or\s{1,3}$",
                     re.IGNORECASE)
AS_SHARE_OF = re.compile(r"\s+as\s+(?:an?\s+)?(?:share|proportion|percentage)\s+of\s+"
                         r"(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?", re.IGNORECASE)
# "continued their relative decline in 1999 to 13.8%": a relative move is one of a share
# (the percent it reaches is the share, not the change)
RELATIVE_MOVE = re.compile(r"(?<![\w-])relative\s+(?:decline|fall|drop|rise|increase|gain|"
                           r"growth)\s+(?:[\w,]+\s+){0,3}?to\s+(?:about\s+|around\s+)?$",
                           re.IGNORECASE)
# "GDP at constant prices", "GDP at current market prices", "output at constant 2010 prices"
VALUATION = re.compile(r"\s+at\s+(?:(?:constant|current|market|basic|producer|purchasers'?)\s+)+"
                       r"(?:\d{4}\s+)?prices", re.IGNORECASE)
BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
# "31,000 more unemployed", "300 fewer vessels": a count with a comparative in it is a change
COUNT_MORE = re.compile(r"\d\s+(?P<w>more|fewer|less)\s", re.IGNORECASE)
# "an increase of £600m": a change noun, "of", the amount
BY_GAP = re.compile(r"\s+by\s*")  # "higher by 2.71 billion euros"
OF_GAP = re.compile(r"\s+of\s+(?:only|just|nearly|almost|about|around|some|roughly)?\s*")
# ", up ", "; down ": the change word before a percent that follows a count
COUNT_CHANGE_GAP = re.compile(r"[,;]\s+(?:up|down|an?\s+(?:increase|decrease|rise|drop|fall)"
                              r"\s+of|rising|falling|increasing|decreasing)\s+(?:by\s+)?$")
COUNT_NUMBER = re.compile(r"[\d.,\s]+(?:(?:million|billion|thousand|mln|bln)\s+)?")
# an aside right after a subject: ", which makes up over half of GDP,", ", a major driver of
# growth,", ", including re-exports,", " – which includes both domestic goods and re-exports –"
# (or a participle: "Modified domestic demand, seen as a better gauge of the economy, fell")
# (a list after 'including' ends in an item joined by 'and' / 'or' and holds no number:
# "Registered FDI, including new capital, adjusted capital and share purchases, reached")
ASIDE = re.compile(r"\s*(?:,\s+(?:including|excluding)\s[^,;()\d]*(?:,\s[^,;()\d]*){0,3}?"
                   r",\s[^,;()\d]*?\s(?:and|or)\s[^,;()\d]*,"
                   r"|,\s+(?:which|who|that|a|an|the|its|their|including|excluding"
                   r"|seen|viewed|regarded|considered|widely|known|described)\s[^,;()]*,"
                   r"|\s[\u2013\u2014-]{1,2}\s+(?:which|including|excluding)\s[^,;()\u2013\u2014]*"
                   r"\s[\u2013\u2014-]{1,2}\s"
                   # a condition on the subject: "The deficit, if trade with the EU is left
                   # out, stood at", "Israel's trade deficit, when including trade with the
                   # Palestinian Authority was" (its closing comma may be missing)
                   r"|,\s+if\s[^,;()\d]*,"
                   r"|,\s+(?:when|if|once)\s+(?:including|excluding|counting)\s[^,;()\d]*?"
                   r"(?:,|(?=\s(?:was|were|is|are|stood|came|reached|totaled|totalled)\s)))")
# "The " opening a sentence right before its figure
OPENING_THE = re.compile(r"\s*(?:The|This|That|Its)\s+")
# a clause of another subject after the aside: "..., while", "; ", "but"
CONTRAST = re.compile(r";|(?<![\w-])(?:while|whereas|but|and|compared)(?![\w-])", re.I)
# a count after one of these prepositions says where or among what a metric moved, not its
# value: "inflation increased in six provinces", "among the nation's 450 airports"
COUNT_OF_PLACES = re.compile(
    r"(?<![\w-])(?:in|for|among|across)\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?$", re.I)
