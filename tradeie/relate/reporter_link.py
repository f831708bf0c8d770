"""Whose a figure is: the reporting economy of its metric's wording, the partner after it
("exports to X"), and the route of a flow ("exports from X to Y").

A mixin of the linker (``relate.linker._Linker``): it reads the linker's text, cues, default
reporter and sentence index; ``relate.economy`` refines what is written at the figure.
"""

from __future__ import annotations

import re

from tradeie.normalize.metrics import MetricMention
from tradeie.relate import economy
from tradeie.relate.cues import LINE_SPACE
from tradeie.relate.sentence import SentenceIndex

# The preposition after a flow that names where it is reported: "exports from X (to Y)".
_ROUTE_PREPOSITIONS = {"trade.exports": "from", "trade.imports": "into",
                       "trade.total": "between"}


# "sales to fellow EU nations", "trade with other ASEAN members": the members of a bloc
FELLOW_MEMBERS = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?(?:other|fellow)\s+")


# "the bilateral trade value": the trade of a pair named before
BILATERAL = re.compile(r"(?<![\w-])(?:bilateral|two-way)\b", re.IGNORECASE)


# "trade with (the) <economy> ... showed a deficit": the trade a balance is the subject of
TRADE_WITH_END = re.compile(r"(?<![\w-])trade\s+with\s+(?:the\s+)?$", re.IGNORECASE)
# between that economy and the balance: a few words, no punctuation ("countries ended in a")
SUBJECT_TO_BALANCE = re.compile(r"(?:\s+[a-z]+){1,5}\s+")


# "Among member states, Ireland posted ...": a framing phrase that opens the sentence
# before its subject
AMONG_OPENING = re.compile(r"\s*Among\s+[^,;.\d]{1,40},\s*")


# an economy and the relative pronoun opening its clause: "Japan, which "
WHICH_GAP = re.compile(r",?\s+(?:which|that)\s+")


# "the Asian country", "the African nation": a region's adjective describing one economy
DESCRIBED = re.compile(r"\s{1,3}(?:country|nation|giant|economy|powerhouse|neighbou?r|"
                       r"state|kingdom|republic)\b", re.IGNORECASE)


class ReporterLinking:
    """The reporter, partner and route resolvers of the linker (see the module docstring)."""

    def _reporter(self, mention: MetricMention, s: SentenceIndex) -> str | None:
        # it reads the text before the mention only: one answer per mention start
        if mention.start not in s._reporters:
            s._reporters[mention.start] = self._find_reporter(mention, s)
        return s._reporters[mention.start]

    def _find_reporter(self, mention: MetricMention, s: SentenceIndex) -> str | None:
        sent = s.bounds
        c = self.c
        before = self.text[self._window_start(sent[0], mention.start - 40):mention.start]
        if c.world.search(before):
            return None  # "global growth", "world merchandise trade"
        extra = c.extra.search(before)
        if extra:  # "extra-EU25 trade": the area's trade with the rest of the world
            area, own = c.economy_code(extra.group("e")), self.release_country
            # (but in a member's own release, "extra-EU exports" in a Romanian INS story are
            # Romania's exports outside the EU)
            return own if own not in (None, area, "EU", "EA", "INT") else area
        found = list(c.economy.finditer(before))
        ranked = None  # "the euro zone's largest economy": a description, not the reporter
        if found:
            last = found[-1]
            code = c.economy_code(last.group("e"))
            if not c.can_report(code) and (last.group("poss")
                                           or LINE_SPACE.fullmatch(before[last.end():])):
                return None  # "South America's largest economy": a region is no reporter
            if last.group("poss") and (c.rank.search(before, last.end())
                                       or "," in before[last.end():]):
                # "France, the bloc's second-largest economy, reported GDP growth"
                ranked = last.start() + mention.start - len(before)
            elif LINE_SPACE.fullmatch(before[last.end():]) or last.group("poss"):
                return code
            elif WHICH_GAP.fullmatch(before, last.end()) and c.can_report(code):
                # "the United States, which exported $46.4 billion of goods to China"
                return code
        if mention.metric == "trade.exports":
            # "shipments of Korean cars to the US", "exports of Malaysian palm oil": the
            # economy the goods are of exports them (for imports it is the origin: a partner)
            origin = c.origin_after.match(self.text, mention.head_end, sent[1])
            if origin is not None and c.can_report(code := c.economy_code(origin.group("e"))):
                return code
        named = economy.named_reporter(self, mention, s, ranked)
        if named is not None:
            return named
        if c.self_reference.search(before):
            return self.default_reporter
        first = s.first_economy(mention.start)
        # (a dateline opening the sentence is not part of it: "Bucharest, Nov 19 /Agerpres/ -
        # Romania recorded ...")
        opening = self.dateline_end if sent[0] <= self.dateline_end <= mention.start \
            else sent[0]
        among = AMONG_OPENING.match(self.text, opening, mention.start)
        if among is not None:
            opening = among.end()
        # (not "China received 55 percent of these shipments": a partner the sentence ranks)
        if first and first.start() != ranked and (
                first.group("poss") or (first.start() - opening < 3
                                        and not s.has(c.partner_frame))):
            code = c.economy_code(first.group("e"))
            if c.can_report(code):
                return code
        if self.default_reporter in ("EU", "EA"):
            # an EU release gives figures of the EU and of the euro area, paragraph by
            # paragraph: the area named last before the sentence
            return economy.last_area(self, *sent, at=mention.start) or self.default_reporter
        return self.default_reporter

    def _window_start(self, floor: int, lo: int) -> int:
        """``lo`` moved back so that the window does not cut a word or an economy's name:
        "South Africa's trade balance came in at a surplus" must not read "Africa's"."""
        if lo <= floor:
            return floor
        text = self.text
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        for e in self.c.economy.finditer(text, max(floor, lo - 25), lo + 1):
            if e.start() < lo < e.end():
                return e.start()
        return lo

    def _route(self, mention: MetricMention, sent) -> tuple[str, str | None] | None:
        """(reporter, partner) of "exports from X (to Y)", "imports into X (from Y)" and
        "trade between X and Y"."""
        wanted = _ROUTE_PREPOSITIONS.get(mention.metric)
        if wanted is None:
            return None
        m = self.c.route.match(self.text[mention.end:min(sent[1], mention.end + 80)])
        if m is not None and mention.metric == "trade.imports" and m.group("prep") == "from" \
                and m["e2"] and m["to"] in ("to", "into"):
            # "imports from the U.S. to Mexico": Mexico's imports from the US
            return self.c.economy_code(m.group("e2")), self.c.economy_code(m.group("e"))
        prep = m.group("prep") if m is not None else None
        if prep == "to" and mention.metric == "trade.imports":
            prep = "into"  # "inbound shipments to the Philippines": where they arrive
        if m is None or prep != wanted or (wanted == "between" and not m["e2"]):
            return None
        partner = self.c.economy_code(m.group("e2")) if m.group("e2") else None
        code = self.c.economy_code(m.group("e"))
        if not self.c.can_report(code):
            return None  # "exports from Europe's largest economy": a region reports nothing
        return code, partner

    def _pair(self, mention: MetricMention, sent) -> tuple[str, str] | None:
        """(reporter, partner) of "China-Germany trade", "India-US bilateral trade" (a pair
        right before a trade mention); for "the bilateral trade value" with no pair of its
        own, the pair named last before it in the story."""
        if not mention.metric.startswith("trade."):
            return None
        c = self.c
        m = c.economy_pair.search(self.text, max(sent[0], mention.head_start - 60),
                                  mention.head_start)
        if m is None and BILATERAL.search(self.text, max(sent[0], mention.start - 30),
                                          mention.head_end):
            lo = max(0, sent[0] - 1500)
            named = [*c.economy_pair_any.finditer(self.text, lo, sent[0]),
                     *c.economy_between.finditer(self.text, lo, sent[0])]
            m = max(named, key=lambda x: x.start(), default=None)
        if m is None:
            return None
        a = "CN" if m.groupdict().get("sino") else c.economy_code(m.group("a"))
        b = c.economy_code(m.group("b"))
        if a == b or not c.can_report(a):
            return None
        return a, b

    def _trade_with_before(self, mention: MetricMention, sent) -> str | None:
        """"Trade with EU countries showed a deficit of ...", "the balance of trade with
        Germany ended in a surplus": a balance whose subject is the trade with an economy
        is the balance with that partner (not "trade with non-EU countries")."""
        if mention.metric not in ("trade.surplus", "trade.deficit"):
            return None
        lo = max(sent[0], mention.start - 70)
        found = list(self.c.economy.finditer(self.text, lo, mention.start))
        if not found or found[-1].group("poss"):
            return None
        e = found[-1]
        if not TRADE_WITH_END.search(self.text, lo, e.start()) or \
                not SUBJECT_TO_BALANCE.fullmatch(self.text, e.end(), mention.start):
            return None
        return self.c.economy_code(e.group("e"))

    def _named_partner_before(self, at: int, region: str) -> str | None:
        """The economy named last as a partner ("exports to China", "trade between Peru and
        China") in the 1,500 characters before ``at``, other than ``region``; else None."""
        c, lo = self.c, max(0, at - 1500)
        named = [(m.start(), c.economy_code(m.group("e")))
                 for m in c.partner_phrase.finditer(self.text, lo, at)]
        named += [(m.start(), c.economy_code(m.group("b")))
                  for m in c.economy_between.finditer(self.text, lo, at)]
        named = [(start, code) for start, code in named
                 if code != region and code not in c.blocs]
        return max(named)[1] if named else None

    def _partner(self, mention: MetricMention, sent) -> str | None:
        # (read from the mention's offsets and metric and the sentence only: the figures of
        # one mention ask once)
        key = ("partner", mention.start, mention.end, mention.head_start, mention.metric,
               sent[0], sent[1])
        if key not in self.cache:
            self.cache[key] = self._find_partner(mention, sent)
        return self.cache[key]

    def _find_partner(self, mention: MetricMention, sent) -> str | None:
        window = self.text[max(sent[0], mention.start - 30):mention.head_start]
        # (every match holds "intra", any case; "ntra" is what lower-casing it surely keeps)
        intra = self.c.intra.search(window) if "ntra" in window.lower() else None
        if intra:  # "intra-euro area trade": the area trades with itself
            return self.c.economy_code(intra.group("e"))
        share = self.c.share_of_partner.search(self.text, max(sent[0], mention.start - 80),
                                               mention.start)
        if share:  # "the share of intra-EU trade in total exports": the part is the partner's
            return self.c.economy_code(share.group("e"))
        m = self.c.partner_after.match(self.text[mention.end:min(sent[1], mention.end + 60)])
        if not m:
            # "sales to fellow EU nations", "imports from other ASEAN members": the bloc
            fellow = FELLOW_MEMBERS.match(self.text, mention.end, sent[1])
            e = fellow and self.c.economy.match(self.text, fellow.end(), sent[1])
            if e and self.c.economy_code(e.group("e")) in self.c.blocs | {"EU", "EA"} and \
                    not e.group("poss"):
                return self.c.economy_code(e.group("e"))
            return self._trade_with_before(mention, sent)
        if self.c.no_partner.match(self.text, mention.end + m.start("e")):
            return None
        code = self.c.economy_code(m.group("e"))
        if code in self.c.blocs and DESCRIBED.match(self.text, mention.end + m.end("e")):
            # "exports to the Asian country", "trade with the African nation": an economy
            # described by its region, the partner named before it
            return self._named_partner_before(mention.start, code)
        # "investment into the Chinese mainland", "FDI in India": the destination of inbound
        # investment is the reporting economy, not a partner
        if m.group("prep") in ("into", "in") and mention.metric == "investment.fdi":
            return None
        if (m.group("prep"), mention.metric) in (("from", "trade.exports"),
                                                 ("into", "trade.imports")):
            return None  # "exports from Europe's largest economy": where, not with whom
        if m.group("prep") == "in" and mention.metric not in ("investment.odi", "other"):
            return None  # "exports in China" is where, not with whom
        return code
