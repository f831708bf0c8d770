"""Find mentions of metrics (exports, CPI, FDI, ...) with their scope and product words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tradeie.normalize.economies import economies
from tradeie.patterns import SPACE_SEP, trie_pattern
from tradeie.resources import (
    VERSION,
    WORDS,
    Map,
    Record,
    Text,
    Type,
    data_error,
    entries,
    read_json,
    validate,
)
from tradeie.schema import METRICS

METRIC_DATA = "metrics.json"


# A word of a metric's modifiers ("non-oil", "China's").
_WORD = re.compile(r"[\w'’-]+")
# An acronym in brackets right after a metric's wording: "current account deficit (CAD)".
_ACRONYM_AFTER = re.compile(r" ?\(([A-Z]{2,6})\)")
# A possessive ending of a subject ("China's exports", "firms' imports").
_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True, slots=True)
class MetricMention:
    start: int  # includes scope and product words before the head ("chip exports")
    end: int  # includes "of <product>" after the head
    text: str
    metric: str  # a metric id of the contract, or "other"
    head_start: int  # the metric wording itself
    head_end: int
    product: str | None = None


METRIC_ID = Text(test=METRICS.__contains__, what="a metric id of the contract")
METRICS_SCHEMA = Record({
    "version": VERSION,
    "metrics": Map(WORDS, comments=False),  # metric id -> its wordings
    "other": WORDS,  # wordings of metrics outside the contract
    "balances": Record({"wordings": WORDS, "surplus": WORDS, "deficit": WORDS}),
    "not_a_metric_after": Map(WORDS),
    # wording -> phrases right before it that make it no metric ("at constant prices")
    "not_a_metric_before": Map(WORDS),
    "scope_words": WORDS,
    "products": Map(WORDS),  # canonical product -> its wordings
    "suffix_words": Record({"words": WORDS}),
    # rate nouns ("inflation") of the price index named next to them ("WPI inflation")
    "index_rates": Record({"nouns": WORDS, "joiners": WORDS, "links_after": WORDS}),
    # head -> a metric family ("trade."), one metric of it, or a list of them
    "generic_heads": Map(Type((str, list), "a metric family or a list of them")),
    # generic heads that take a metric they list by id when it was named anywhere earlier in
    # the domain of the last metric ('sales' after exports and then imports: export sales)
    "generic_heads_named_earlier": WORDS,
    # read by relate/heads.py: head -> {preposition or adverb: metric id}
    "route_flows": Map(Map(METRIC_ID, nonempty=True)),
    # read by relate/heads.py: head -> metric id; "not_products": words that are no product
    "product_heads": Record({"not_products": WORDS}, optional=frozenset({"not_products"}),
                            rest=METRIC_ID),
    "economy_descriptions": Record({"ranks": WORDS, "heads": WORDS}),
    # read by relate/heads.py: company and market wordings that are 'other'
    "market_heads": Record({"sessions": WORDS, "possessed": WORDS, "economy_owners": WORDS,
                            "trade_sectors": WORDS}),
    # read by relate/heads.py: the holders that make a bare balance a budget one
    "fiscal_balances": Record({"holders": WORDS, "budget_words": WORDS}),
    # read by relate/heads.py: a flow written from the partner's side
    "partner_side": Record({"suppliers": WORDS, "buyers": WORDS, "exports": WORDS,
                            "imports": WORDS, "totals": WORDS}),
}, optional=frozenset({"version", "not_a_metric_before", "index_rates",
                        "generic_heads_named_earlier"}))


def validate_metric_data(data: dict) -> dict:
    """Check metrics.json at load (``METRICS_SCHEMA``, then the rules between entries);
    every error names the file, the line and the key.

    What would break later without it: an unknown metric id (facts outside the contract), an
    empty phrase (an alternative that matches everywhere), one wording under two metrics (the
    first silently wins), a product wording under two products, a generic head pointing to no
    metric family, a non-list where the finder iterates.
    """
    validate(METRIC_DATA, data, METRICS_SCHEMA)
    owner: dict[str, str] = {}
    for metric, phrases in data["metrics"].items():
        if metric not in METRICS:
            raise data_error(METRIC_DATA, ("metrics", metric),
                             f"unknown metric id {metric!r} (see the contract's metric ids)")
        for phrase in phrases:
            key = phrase.lower()
            if owner.get(key, metric) != metric:
                raise data_error(METRIC_DATA, ("metrics", metric),
                                 f"{phrase!r} is also a wording of {owner[key]}", phrase)
            owner[key] = metric
    for phrase in data["other"]:
        if phrase.lower() in owner:
            raise data_error(METRIC_DATA, "other",
                             f"{phrase!r} is also a wording of {owner[phrase.lower()]}", phrase)
    for phrase in data["balances"]["wordings"]:
        if owner.get(phrase.lower(), "other") != "other":
            raise data_error(METRIC_DATA, ("balances", "wordings"),
                             f"{phrase!r} is also a wording of {owner[phrase.lower()]}", phrase)
    product_of: dict[str, str] = {}
    for canonical, wordings in entries(data["products"]).items():
        for wording in wordings:
            if product_of.get(wording.lower(), canonical) != canonical:
                raise data_error(METRIC_DATA, ("products", canonical),
                                 f"{wording!r} is also a wording of product "
                                 f"{product_of[wording.lower()]!r}", wording)
            product_of[wording.lower()] = canonical
    # a family ("trade.") or one metric of it ("trade.exports": 'sales' after exports only)
    families = {m.split(".")[0] + "." for m in METRICS} | set(METRICS) | {"*"}
    for head, value in entries(data["generic_heads"]).items():
        for family in value if isinstance(value, list) else [value]:
            if family not in families:
                raise data_error(METRIC_DATA, ("generic_heads", head),
                                 f"{family!r} is not a metric family ({sorted(families)})",
                                 family)
    return data


def _not_contained(found: list[MetricMention]) -> list[MetricMention]:
    """The mentions that lie inside no longer one, in their order: one sweep by start (a
    pairwise test was quadratic in the mentions of a long document)."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start, -found[i].end))
    covered = [False] * len(found)
    max_end, start_at_max = -1, -1  # the furthest end so far, and the first start reaching it
    for i in order:
        m = found[i]
        if max_end > m.end or (max_end == m.end and start_at_max < m.start):
            covered[i] = True
        if m.end > max_end:
            max_end, start_at_max = m.end, m.start
    return [m for i, m in enumerate(found) if not covered[i]]


class MetricFinder:
    def __init__(self) -> None:
        data = validate_metric_data(read_json(METRIC_DATA))
        wording: dict[str, str] = {}
        for metric, phrases in data["metrics"].items():
            for phrase in phrases:
                wording.setdefault(phrase.lower(), metric)
        for phrase in data["other"]:
            wording.setdefault(phrase.lower(), "other")
        # a balance is 'other' until the linker finds its sign (surplus or deficit)
        for phrase in data["balances"]["wordings"]:
            wording.setdefault(phrase.lower(), "other")
        self.wording = wording
        # All-caps wordings (GDP, CPI) are matched case-sensitively: "cpi" in a URL is not CPI.
        caps = [p for p in wording if p.upper() == p and p.isalpha()] + [
            p for p in self._originals(data) if p.isupper()
        ]
        lower = [p for p in wording if p not in {c.lower() for c in caps}]
        self._head_re = re.compile(
            rf"(?<![\w-])(?:(?P<caps>{trie_pattern(caps, sep=SPACE_SEP)})|"
            rf"(?i:(?P<word>{trie_pattern(lower, sep=SPACE_SEP)})))(?![\w-])"
        )
        self._not_after = {
            k.lower(): {w.lower() for w in v}
            for k, v in entries(data["not_a_metric_after"]).items()
        }
        not_before = {k.lower(): [w.lower() for w in v]
                      for k, v in entries(data["not_a_metric_before"]).items()}
        self._not_before = {
            k: re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in v)})\s+$",
                          re.IGNORECASE)
            for k, v in not_before.items()}
        self.suffix_words = {w.lower() for w in data["suffix_words"]["words"]}
        rates = data.get("index_rates", {"nouns": [], "joiners": [], "links_after": []})
        self._rate_nouns = {w.lower() for w in rates["nouns"]}
        joiners = "|".join(re.escape(w) for w in sorted(rates["joiners"], key=len, reverse=True))
        # between the index (or its bracketed acronym) and the noun: ") based ", " "
        self._rate_gap = re.compile(rf"\)?\s*(?:(?i:{joiners or '(?!)'})\s*)?\Z")
        links = "|".join(r"\s+".join(map(re.escape, w.split()))
                         for w in sorted(rates["links_after"], key=len, reverse=True))
        self._rate_link = re.compile(rf"\s+(?i:{links or '(?!)'})\s+\Z")
        # wording (lower case) -> canonical product ("Chip exports" -> "chips")
        self.products = {
            wording.lower(): canonical
            for canonical, wordings in entries(data["products"]).items()
            for wording in wordings
        }
        self.scope = {s.lower() for s in data["scope_words"]}
        self._next_word = re.compile(r"\s+([A-Za-z-]+)")
        # "exports of Malaysian palm oil": an economy's adjective may come before the product
        # (the linker reads it as the exporter or the origin), so that a route after the
        # product ("... to India") follows the mention's end
        origins = trie_pattern([n for n in economies()["names"] if n[:1].isupper()],
                               sep=SPACE_SEP)
        self._of_product = re.compile(
            # "exports of crude oil", "trade in commercial services"
            rf"\s+(?:of|in)\s+(?:(?:{origins})\s+)?"
            rf"(?P<p>(?i:{trie_pattern(self.products, sep=SPACE_SEP)}))(?![\w-])"
        )
        self._word_before = re.compile(r"([A-Za-z][\w-]*)\s+$")

    @staticmethod
    def _originals(data) -> list[str]:
        return ([p for phrases in data["metrics"].values() for p in phrases] + list(data["other"])
                + list(data["balances"]["wordings"]))

    def find(self, text: str) -> list[MetricMention]:
        out: list[MetricMention] = []
        for m in self._head_re.finditer(text):
            head = (m.group("caps") or m.group("word"))
            key = " ".join(head.lower().split())
            metric = self.wording.get(key) or self.wording.get(head.lower())
            if metric is None:
                continue
            nxt = self._next_word.match(text, m.end())
            if nxt and nxt.group(1).lower() in self._not_after.get(key, ()):
                continue
            rx = self._not_before.get(key)
            if rx is not None and rx.search(text, max(0, m.start() - 30), m.start()):
                continue  # "GVA at basic prices": a valuation, not a metric
            if key in self.suffix_words and out and not text[out[-1].end:m.start()].strip():
                continue  # "imports growth" is about imports
            start, product = self._modifiers_before(text, m.start())
            if product is None:
                product = self._product_in_wording(key, metric)
            if product is None and start == m.start() and metric != "other":
                start, product = self._product_ending_in(text, key, start)
            end = m.end()
            after = self._of_product.match(text, end)
            if after and metric != "other":
                product = product or self.products[" ".join(after.group("p").lower().split())]
                end = after.end()
            out.append(MetricMention(start, end, text[start:end], metric, m.start(), m.end(),
                                     product))
        # "processing trade imports", "the import and export of processing trade": a head
        # inside another mention's words ('trade') is no mention of its own
        out = _not_contained(out)
        out = self._bracketed_acronyms(text, out)
        return self._index_rates(text, out) if self._rate_nouns else out

    def _bracketed_acronyms(self, text: str, found: list[MetricMention]) -> list[MetricMention]:
        """"India's current account deficit (CAD) ... the CAD stood at $21.4 billion": an
        acronym bracketed right after a mention names the same metric wherever it is used
        later (not next to a number, where it would be a currency code: "CAD 5 billion")."""
        if "(" not in text:
            return found
        extra: list[MetricMention] = []
        for m in found:
            if m.metric == "other":
                continue
            bracket = _ACRONYM_AFTER.match(text, m.end)
            if bracket is None or bracket.group(1).lower() in self.wording:
                continue
            word = re.compile(rf"(?<![\w-]){bracket.group(1)}(?![\w-])(?!\s*[\d$€£¥])")
            for use in word.finditer(text, bracket.end()):
                if text[max(0, use.start() - 2):use.start()].strip()[-1:].isdigit():
                    continue
                extra.append(MetricMention(use.start(), use.end(), use.group(0), m.metric,
                                           use.start(), use.end(), m.product))
        if not extra:
            return found
        taken = [(m.start, m.end) for m in found]
        extra = [x for x in extra if not any(a < x.end and x.start < b for a, b in taken)]
        return sorted([*found, *extra], key=lambda x: x.start)

    def _product_ending_in(self, text: str, key: str, head_start: int) -> tuple[int, str | None]:
        """A product whose last word is the wording's head: "processing trade" (the head
        'trade' with the word before it)."""
        tokens = _WORD.findall(text[max(0, head_start - 30):head_start])
        window = text[max(0, head_start - 30):head_start]
        if not tokens or not window.rstrip().endswith(tokens[-1]) or window == window.rstrip():
            return head_start, None
        for n in (2, 1):
            if len(tokens) >= n:
                phrase = " ".join([*tokens[-n:], key])
                if phrase.lower() in self.products:
                    at = text.rfind(tokens[-n], 0, head_start)
                    return at, self.products[phrase.lower()]
        return head_start, None

    def _index_rates(self, text: str, found: list[MetricMention]) -> list[MetricMention]:
        """A rate noun of another price index named next to it: "WPI inflation" is one
        mention of the WPI's metric; "food inflation in the WPI basket" takes the WPI's."""
        out: list[MetricMention] = []
        absorbed = -1
        for i, m in enumerate(found):
            if i == absorbed:
                continue
            rate = (m.metric.startswith("prices.") and
                    " ".join(text[m.head_start:m.head_end].lower().split()) in self._rate_nouns)
            prev = out[-1] if out else None
            if (rate and prev is not None and prev.metric.startswith("prices.")
                    and prev.metric != m.metric and m.start == m.head_start
                    and self._rate_gap.match(text[prev.end:m.start])):
                out.pop()
                start = prev.start
                # "wholesale price index (WPI) based inflation": from the full name
                if out and out[-1].metric == prev.metric and \
                        text[out[-1].end:prev.start].strip() == "(":
                    start = out.pop().start
                out.append(MetricMention(start, m.end, text[start:m.end], prev.metric,
                                         prev.head_start, m.head_end, prev.product or m.product))
                continue
            nxt = found[i + 1] if i + 1 < len(found) else None
            if (rate and nxt is not None and nxt.metric.startswith("prices.")
                    and nxt.metric != m.metric
                    and self._rate_link.match(text[m.end:nxt.start])):
                # the index is the rate's qualifier, no mention of its own
                m = MetricMention(m.start, m.end, m.text, nxt.metric, m.head_start, m.head_end,
                                  m.product)
                absorbed = i + 1
            out.append(m)
        return out

    def _product_in_wording(self, key: str, metric: str) -> str | None:
        """A product inside a fixed wording, longest leading words first: "core inflation",
        "trimmed mean inflation", "non-financial ... investment"; or a wording that is itself
        a restriction ("trimmed mean", "NODX"), except for 'other' wordings."""
        words = key.split()
        if metric != "other" and key in self.products:
            return self.products[key]
        for n in range(len(words) - 1, 0, -1):
            lead = " ".join(words[:n])
            if lead in self.products:
                return self.products[lead]
        return None

    def _modifiers_before(self, text: str, head_start: int) -> tuple[int, str | None]:
        """Walk left over scope and product words: 'non-oil goods exports', 'crude oil imports'."""
        start, product = head_start, None
        for _ in range(3):
            window = text[max(0, start - 40):start]
            found = None
            tokens = _WORD.findall(window)
            # The last word must end the window, before white space only (no comma, no stop).
            bare = window.rstrip()
            adjacent = len(bare) < len(window) and bool(tokens) and bare.endswith(tokens[-1])
            for n in (3, 2, 1):
                words = tokens[-n:]
                if len(words) < n:
                    continue
                phrase = " ".join(words)
                if not adjacent:
                    break
                # possessive subjects: "Private firms' imports", "China's exports"
                low = _POSSESSIVE_END.sub("", phrase.lower())
                if low in self.products or low in self.scope:
                    found = (phrase, low)
                    break
            if not found:
                break
            phrase, low = found
            idx = window.rfind(phrase.split()[0])
            start = start - len(window) + idx
            if low in self.products and product is None:
                product = self.products[low]
        return start, product


@cache
def default_metric_finder() -> MetricFinder:
    return MetricFinder()
