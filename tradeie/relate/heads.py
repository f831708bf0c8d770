"""Metric mentions that the sentence around them re-reads before the linker uses them.

- A flow named by a route: "sales to the US", "purchases from China", "Russia's oil supplies
  to China", "purchases abroad" are exports and imports (``route_flows`` of metrics.json);
  the finder reads "sales" as sales and does not read "supplies" at all.
- "gold receipts", "tea earnings": a product's earnings are its exports (``product_heads``).
- "exports from Europe's largest economy", "imports into the world's second-largest
  economy": an economy described by its rank after a preposition names whose flow it is;
  it is no GDP mention (``economy_descriptions`` of metrics.json).
- "The federal government ran a deficit of $61.9 billion": a bare balance held by a
  government is a budget balance, 'other' (``fiscal_balances`` of metrics.json).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import replace
from functools import cache
from typing import Any

from tradeie.normalize.metrics import (
    METRIC_DATA,
    METRICS_SCHEMA,
    MetricMention,
    default_metric_finder,
)
from tradeie.patterns import SPACE_SEP, flat_pattern
from tradeie.relate.origin_flow import reporter_goods_bought
from tradeie.relate.prefilters import NeedsWord
from tradeie.resources import entries, read_json, validate


def validate_heads(data: dict[str, Any]) -> tuple[dict[str, dict[str, str]], list[str]]:
    """metrics.json checked (``normalize.metrics.METRICS_SCHEMA``: every route and product
    head names a metric id of the contract, every word list holds non-empty words), then its
    ``route_flows`` as {head: {preposition or adverb: metric id}} and its
    ``economy_descriptions`` as [rank adjective, "HEAD:" + economy head]."""
    validate(METRIC_DATA, data, METRICS_SCHEMA)
    flows = {head.lower(): {p.lower(): m for p, m in entries(routes).items()}
             for head, routes in entries(data["route_flows"]).items()}
    section = data["economy_descriptions"]
    return flows, [*section["ranks"], *(f"HEAD:{h}" for h in section["heads"])]


# the one or two words before a product head: "gold receipts", "crude oil earnings", "driven
# by tea, whose earnings climbed"
PRODUCT_BEFORE = re.compile(r"(?<![\w-])(?P<prod>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)"
                            r"(?:,\s+whose)?\s+$")
# "Earnings from tea", "receipts from the export of gold": the product after the head
PRODUCT_AFTER = re.compile(r"\s+from\s+(?:the\s+)?(?:(?:export|exports|sale|sales)\s+of\s+)?"
                           r"(?P<prod>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)")



def _alt(words) -> str:
    """A longest-first alternation of a short word list, spaces matching any run of them."""
    return flat_pattern(words, SPACE_SEP)


@cache
def _product_heads() -> tuple[dict[str, str], re.Pattern[str], frozenset[str]]:
    """{head: metric} of "gold receipts", "tea earnings", the pattern finding them, and the
    products whose earnings are no goods exports ("tourism earnings")."""
    data = read_json(METRIC_DATA)
    validate_heads(data)
    heads = {k.lower(): v for k, v in data["product_heads"].items()
             if k not in ("comment", "not_products")}
    # the head first (a search for a word before every word would try each position)
    pattern = re.compile(rf"(?<![\w-])(?P<head>{_alt(heads) or '(?!)'})(?![\w-])",
                         re.IGNORECASE)
    return heads, pattern, frozenset(
        w.lower() for w in data["product_heads"].get("not_products", ()))


@cache
def _patterns() -> tuple[dict[str, dict[str, str]], NeedsWord, re.Pattern[str],
                         frozenset[str]]:
    flows, described = validate_heads(read_json(METRIC_DATA))
    ranks = [w for w in described if not w.startswith("HEAD:")]
    heads = frozenset(w[5:].lower() for w in described if w.startswith("HEAD:"))
    advs = {p for routes in flows.values() for p in routes if p not in ("to", "from")}
    # (every match holds a head word: most sentences have none, gated before the scan)
    route = NeedsWord.of_phrases(re.compile(
        # ("sales of Brazilian beef to China": the goods may come between head and route)
        rf"(?<![\w-])(?P<head>{_alt(flows)})\s+(?:(?:of\s{{1,3}}(?:[\w.-]+\s{{1,3}}){{1,3}}?"
        rf"(?=(?:to|from)\s))?(?P<prep>to|from|of)\s+(?:the\s+)?"
        rf"(?:(?:other|fellow|its|their)\s+)?|(?P<adv>{_alt(advs) or '(?!)'})(?![\w-]))",
        re.IGNORECASE), flows)
    # "from Europe's largest", "into the world's second-largest", "of Southeast Asia's No. 1"
    rank = re.compile(
        r"(?<![\w-])(?:from|into|to|of|in|with|for|by|across)\s+(?:the\s+)?"
        r"(?:[\w.'’-]+\s+){0,2}?[\w.-]+(?:'s|’s)\s+"
        rf"(?:{_alt(ranks)})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
    return flows, route, rank, heads


# after a place's session ("In Tokyo trade,", "in Asian trade on Monday"); a time word alone
# ("in early trade") needs none of these
SESSION_AFTER = re.compile(
    r"\s*(?:,|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day)")
# the possessor of a bare head: "the plant's", "the JSE's", "Toyota's"
POSSESSOR = re.compile(r"(?<![\w-])(?P<own>[A-Za-z][\w.&-]*)(?:'s|’s)\s+$")


@cache
def _market() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The session pattern ("in early trade"), the time words of it, the possessed heads
    and the possessors standing for an economy (``market_heads`` of metrics.json)."""
    data = read_json(METRIC_DATA)["market_heads"]
    sessions = data["sessions"]
    # "in early trade", "In Tokyo trade": 'in', a session word or one or two capitalised
    # words, then the mention
    session = re.compile(rf"(?<![\w-])[Ii]n\s+(?:(?P<w>{_alt(sessions)})\s+"
                         r"|(?P<cap>(?:[A-Z][\w.-]*\s+){1,2}))$")
    return (session, frozenset(w.lower() for w in sessions if w.islower()),
            frozenset(w.lower() for w in data["possessed"]),
            frozenset(w.lower() for w in data["economy_owners"]))


@cache
def _trade_sector() -> re.Pattern[str]:
    """The words before 'trade' that make it an industry ("wholesale and retail trade")."""
    words = read_json(METRIC_DATA)["market_heads"]["trade_sectors"]
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})\s+$", re.IGNORECASE)


# "trade (1.74%)": a bare 'trade' with its own bracketed figure, an item of a sector list
OWN_BRACKET = re.compile(r"\s*\(\s*[-+\u2212]?\d")
LIST_ITEM_BEFORE = re.compile(r"(?:,|\band|\bas well as)\s+$")


def _trade_sector_use(linker: Any, sent: tuple[int, int], x: MetricMention) -> bool:
    """Whether a 'trade' mention names an industry, not a flow (see ``trade_sectors``)."""
    text = linker.text
    if x.metric != "trade.total" or " ".join(
            text[x.head_start:x.head_end].lower().split()) != "trade":
        return False
    if _trade_sector().search(text, max(sent[0], x.head_start - 30), x.head_start):
        return True
    return x.start == x.head_start and x.end == x.head_end and bool(
        OWN_BRACKET.match(text, x.end)) and bool(
        LIST_ITEM_BEFORE.search(text, max(sent[0], x.start - 12), x.start))


def _market_reading(linker: Any, sent: tuple[int, int], x: MetricMention) -> bool:
    """Whether a mention names a trading session or a firm's or market's figure."""
    text, lo = linker.text, sent[0]
    head = " ".join(text[x.head_start:x.head_end].lower().split())
    session, times, possessed, owners = _market()
    if x.metric == "trade.total" and head == "trade" and x.start == x.head_start:
        m = session.search(text, max(lo, x.start - 40), x.start)
        if m is not None:
            if m.group("w") and m.group("w").lower() in times:
                return True
            clause_start = not text[lo:m.start()].strip() or \
                text[lo:m.start()].rstrip()[-1:] in ",;:"
            # a place's session opens its clause and is followed by a comma or a weekday
            return bool(SESSION_AFTER.match(text, x.end)) and (
                clause_start or bool(m.group("w")))
    if head in possessed and x.start == x.head_start and x.metric != "other":
        m = POSSESSOR.search(text, max(lo, x.start - 40), x.start)
        if m is None:
            return False
        own = m.group("own")
        return own.lower() not in owners and not linker.c.economy.match(text, m.start("own"))
    return False


@cache
def _fiscal_holder() -> re.Pattern[str]:
    """The holders that make a bare balance a budget one (``fiscal_balances``), matched
    case-sensitively at the end of the words before it in its clause."""
    words = read_json(METRIC_DATA)["fiscal_balances"]["holders"]
    # (not a holder that only says it: "the government said the deficit narrowed")
    return re.compile(rf"(?<![\w-])(?:{flat_pattern(words, SPACE_SEP)})(?![\w-])"
                      r"(?!\s+(?:said|says|reported|announced|noted|added|data|figures)\b)"
                      r"[^,;:]*$")


@cache
def _budget_word() -> re.Pattern[str]:
    words = read_json(METRIC_DATA)["fiscal_balances"]["budget_words"]
    return re.compile(rf"(?<![\w-])(?:{flat_pattern(words, SPACE_SEP)})(?![\w-])",
                      re.IGNORECASE)


BARE_BALANCES = frozenset({"deficit", "deficits", "surplus", "surpluses", "shortfall",
                           "shortfalls"})


def _bare_balance(text: str, x: MetricMention) -> bool:
    return x.metric in ("trade.deficit", "trade.surplus") and x.start == x.head_start and \
        " ".join(text[x.head_start:x.head_end].lower().split()) in BARE_BALANCES


def _fiscal_balance(linker: Any, sent: tuple[int, int], x: MetricMention) -> bool:
    """"The federal government ran a deficit of $61.9 billion": a bare balance word whose
    clause names a government before it is a budget balance, no trade balance; so is one
    whose story's last balance before it was a budget one ("That compares with a deficit
    of $35.3 billion")."""
    text = linker.text
    if not _bare_balance(text, x):
        return False
    if _fiscal_holder().search(text, max(sent[0], x.start - 60), x.start) is not None:
        return True
    earlier = [m for m in linker.v.metrics[max(0, bisect_left(
        linker._metric_starts, x.head_start) - 8):bisect_left(linker._metric_starts,
                                                             x.head_start)]
               if m.end <= x.start and any(w in text[m.head_start:m.head_end].lower()
                                           for w in ("deficit", "surplus"))]
    if not earlier:
        return False
    m = earlier[-1]
    if m.metric == "other":  # "the budget deficit ... a deficit of", not "income surplus"
        return _budget_word().search(text, m.start, m.end) is not None
    return _bare_balance(text, m) and _fiscal_holder().search(
        text, max(0, m.start - 60), m.start) is not None


# the mentions that decide what a later bare balance word refers back to
_BALANCE_ANTECEDENTS = frozenset({"account.current", "trade.deficit", "trade.surplus",
                                  "trade.exports", "trade.imports", "trade.total"})


def _account_balance(linker: Any, x: MetricMention) -> bool:
    """"Chile's current account recorded a deficit of US$ 2,150 million ..., equivalent to
    2.1% of GDP. A year earlier, the deficit had been US$ 3,040 million": a bare balance
    word whose story's last balance or flow mention before it (within 600 characters, no
    paragraph between) is a current account one is that account's, no trade balance."""
    text = linker.text
    if not _bare_balance(text, x):
        return False
    k = bisect_left(linker._metric_starts, x.head_start)
    for m in reversed(linker.v.metrics[max(0, k - 8):k]):
        # (a trade balance named by its balance head: "the goods trade balance posted a
        # surplus" is the trade surplus)
        if m.end > x.start or (m.metric not in _BALANCE_ANTECEDENTS and " ".join(
                text[m.head_start:m.head_end].lower().split()) not in linker.c.balance_heads):
            continue
        return m.metric == "account.current" and x.start - m.end < 600 and \
            "\n\n" not in text[m.end:x.start]
    return False


# the bare growth words of a GDP mention, which may be another metric's growth
GROWTH_WORDS = frozenset({"growth", "growth rate", "rate of growth", "pace of growth"})
GROWTH_ASIDE = re.compile(r",\s+(?:a|an|the)\s[^,;]*$")
# "with exports valued at", "with total imports of": a ranked partner's flow
WITH_BEFORE = re.compile(r"(?<![\w-])with\s+(?:(?:its|their|total|respective|an?|estimated)"
                         r"\s+){0,2}$", re.IGNORECASE)


@cache
def _partner_side() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str],
                             frozenset[str], frozenset[str]]:
    """The supplier and buyer cues and the export, import and total-trade heads of
    ``partner_side``."""
    data = read_json(METRIC_DATA)["partner_side"]
    return (re.compile(rf"(?<![\w-])(?:{_alt(data['suppliers'])})(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{_alt(data['buyers'])})(?![\w-])", re.IGNORECASE),
            frozenset(w.lower() for w in data["exports"]),
            frozenset(w.lower() for w in data["imports"]),
            frozenset(w.lower() for w in data["totals"]))


def _partner_side_flow(linker: Any, sent: tuple[int, int], x: MetricMention) -> str | None:
    """The reporter's flow of a partner's flow ("China, the main supplier, with exports
    valued at ..." is an import), or None."""
    text, lo = linker.text, sent[0]
    if x.start != x.head_start or not WITH_BEFORE.search(text, max(lo, x.start - 25), x.start):
        return None
    suppliers, buyers, exports, imports, totals = _partner_side()
    head = " ".join(text[x.head_start:x.head_end].lower().split())
    if head in exports | totals and suppliers.search(text, lo, x.start):
        return "trade.imports"
    if head in imports | totals and buyers.search(text, lo, x.start):
        return "trade.exports"
    return None


def ranked_flow(linker: Any, sent: tuple[int, int], inherited: MetricMention) -> MetricMention:
    """A ranking sentence that names no flow ("China was the main buyer, with US$ 94.4
    billion, followed by the United States") measures the flow its cue names: buyers and
    destinations are the reporter's exports, suppliers its imports, whatever flow the
    passage named last (the imports of the sentence before)."""
    if inherited.metric not in ("trade.exports", "trade.imports"):
        return inherited
    suppliers, buyers, *_ = _partner_side()
    text, (lo, hi) = linker.text, sent
    sold, bought = buyers.search(text, lo, hi), suppliers.search(text, lo, hi)
    flow = "trade.exports" if sold and not bought else \
        "trade.imports" if bought and not sold else None
    return inherited if flow is None else replace(inherited, metric=flow)


def load() -> None:
    """Read and validate the data now (at pipeline build), not at the first document."""
    _patterns()
    _product_heads()
    _market()
    _partner_side()
    _trade_sector()
    _fiscal_holder()
    _budget_word()


def reread(linker: Any, sent: tuple[int, int],
           mentions: list[MetricMention]) -> list[MetricMention]:
    """The sentence's mentions, flows named by a route retargeted (or added) and economies
    described by their rank dropped (see the module docstring)."""
    text, c = linker.text, linker.c
    lo, hi = sent
    flows, route, rank, heads = _patterns()
    out = mentions
    for m in route.finditer(text, lo, hi) if route.possible(text, lo, hi) else ():
        head = " ".join(m.group("head").lower().split())
        if m.group("prep"):
            if not c.economy.match(text, m.end(), hi):
                continue  # "sales to customers", "supplies to hospitals"
            metric = flows[head].get(m.group("prep").lower())
            if m.group("prep").lower() == "of" and any(
                    x.start < m.start("head") and x.metric.startswith("trade.") for x in out):
                # ("Exports to the US, the biggest buyer of Chinese goods, rose 8.2%": a
                # partner's description after a flow the sentence names already)
                continue
        else:
            metric = flows[head].get(m.group("adv").lower())
        if metric is None:
            continue
        if out is mentions:
            out = list(mentions)
        k = next((i for i, x in enumerate(out) if x.head_start == m.start("head")), None)
        if k is not None:
            if out[k].head_end == m.end("head"):  # not "retail sales to ..."
                out[k] = replace(out[k], metric=metric)
            continue
        if any(x.start <= m.start("head") < x.end for x in out):
            continue
        start, product = default_metric_finder()._modifiers_before(text, m.start("head"))
        insort(out, MetricMention(start, m.end("head"), text[start:m.end("head")], metric,
                                  m.start("head"), m.end("head"), product),
               key=lambda x: x.start)
    product_heads, product_head, not_products = _product_heads()
    products = default_metric_finder().products
    for m in product_head.finditer(text, lo, hi):
        before = PRODUCT_BEFORE.search(text, max(lo, m.start() - 40), m.start())
        if before is not None and not any(" ".join(before.group("prod").split()[i:]).lower()
                                          in products for i in range(2)):
            before = None  # "Uganda's earnings from coffee": no product before the head
        after = PRODUCT_AFTER.match(text, m.end(), hi) if before is None else None
        if before is None and after is None:
            continue
        if after is not None:
            # "Earnings from tea climbed": the product named after the head
            words = after.group("prod").split()
            prod = next((" ".join(words[:i]) for i in range(len(words), 0, -1)
                         if " ".join(words[:i]).lower() in products), None)
            end = after.start("prod") + len(prod) if prod else m.end()
            if prod is None or prod.lower() in not_products or any(
                    x.start < end and m.start() < x.end for x in out if x.metric != "other"):
                continue
            out = [x for x in out if not (x.start < end and m.start() < x.end)]
            insort(out, MetricMention(m.start(), after.start("prod") + len(prod),
                                      text[m.start():after.start("prod") + len(prod)],
                                      product_heads[m.group("head").lower()], m.start("head"),
                                      m.end("head"), products[prod.lower()]),
                   key=lambda x: x.start)
            continue
        words = before.group("prod").split()
        # "gold receipts", "crude oil earnings": a product's earnings are its exports
        prod = next((" ".join(words[i:]) for i in range(len(words))
                     if " ".join(words[i:]).lower() in products), None)
        if prod is None or prod.lower() in not_products or " ".join(
                words).lower() in not_products or any(
                x.start <= m.start("head") < x.end for x in out if x.metric != "other"):
            continue
        if out is mentions:
            out = list(mentions)
        out = [x for x in out if not x.start <= m.start("head") < x.end]
        start = before.end("prod") - len(prod)
        insort(out, MetricMention(start, m.end("head"), text[start:m.end("head")],
                                  product_heads[m.group("head").lower()], m.start("head"),
                                  m.end("head"), products[prod.lower()]),
               key=lambda x: x.start)
    if any(x.metric in ("trade.deficit", "trade.surplus") for x in out):
        fiscal = [replace(x, metric="other") if _fiscal_balance(linker, sent, x) else x
                  for x in out]
        if any(a is not b for a, b in zip(fiscal, out, strict=True)):
            out = fiscal
        account = [replace(x, metric="account.current") if _account_balance(linker, x)
                   else x for x in out]
        if any(a is not b for a, b in zip(account, out, strict=True)):
            out = account
    if any(x.metric in ("trade.total", "economy.gdp", "output.industrial")
           for x in out):
        market = [replace(x, metric="other") if x.metric != "other" and
                  _market_reading(linker, sent, x) else x for x in out]
        if any(a is not b for a, b in zip(market, out, strict=True)):
            out = market
    if any(x.metric == "trade.total" for x in out) and not any(
            x.metric in ("trade.exports", "trade.imports") for x in out):
        # "wholesale and retail trade grew 4.8%", "construction (5.3%), trade (1.7%)": an
        # industry, no trade mention (in a sentence naming no flow)
        sectors = [x for x in out if not _trade_sector_use(linker, sent, x)]
        if len(sectors) != len(out):
            out = sectors
    # "These countries imported Norwegian crude oil" in a Norwegian story: its exports
    out = reporter_goods_bought(linker, sent, out)
    if any(x.metric in ("trade.exports", "trade.imports", "trade.total", "other") for x in out):
        sided = [replace(x, metric=flow) if (flow := _partner_side_flow(linker, sent, x))
                 else x for x in out]
        if any(a is not b for a, b in zip(sided, out, strict=True)):
            out = sided
    if len(out) > 1 and any(x.metric == "economy.gdp" for x in out[1:]):
        # "China's CPI averaged growth of 5.4 percent", "imports rose 16.5%, a growth rate
        # higher than ...": a bare growth word after another metric of its clause is that
        # metric's growth
        grown = list(out)
        for k in range(1, len(out)):
            x = out[k]
            if x.metric != "economy.gdp" or " ".join(
                    text[x.head_start:x.head_end].lower().split()) not in GROWTH_WORDS \
                    or x.start != x.head_start:
                continue
            prev = next((y for y in reversed(out[:k])
                         if y.metric not in ("other", "economy.gdp")), None)
            if prev is not None and not c.clause_breaks.search(text, prev.end, x.start) and \
                    x.start - prev.end <= 120 and (
                        not linker.figures_in(prev.end, x.start)
                        or GROWTH_ASIDE.search(text, max(lo, x.start - 60), x.start)):
                # (past a figure only in an aside on it: ", a growth rate higher than",
                # ", a slight increase on the pace of growth")
                grown[k] = replace(x, metric=prev.metric, product=prev.product)
        if any(a is not b for a, b in zip(grown, out, strict=True)):
            out = grown
    kept = [x for x in out if not (
        x.metric == "economy.gdp"
        and " ".join(text[x.head_start:x.head_end].lower().split()) in heads
        and rank.search(text, max(lo, x.head_start - 80), x.head_start)
        and any(y.end <= x.start and y.metric != "economy.gdp" for y in out))]
    return kept if len(kept) != len(out) else out
