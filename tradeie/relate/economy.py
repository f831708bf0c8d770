"""The economies a figure itself is written with, read around the figure rather than the
metric's wording: "exports from Germany (5.4%), France (7.1%)", "1.7% in the EU", "ASEAN
remained China's top trading partner, with trade reaching 5.67 trillion yuan", "a 91.9
percent increase to Taiwan", "exports to the US rose 4.9% while imports rose 2.9%".

The linker's fact holds the reporter and partner found from the metric's wording; these
rules refine them per figure (``refine``). Each reads windows of a few dozen characters
around the figure, or a per-sentence result cached in the ``SentenceIndex``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from re import Match
from typing import TYPE_CHECKING, Any

from tradeie.normalize.metrics import MetricMention
from tradeie.relate import product
from tradeie.relate.bracket_mate import bracket_economy
from tradeie.relate.ranked_list import ranked_supplier
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker

# Metrics that have trade partners; a partner read from the sentence around a figure is only
# given to them ("Germany, the euro zone's largest economy, grew" names no partner of GDP).
TRADE = frozenset({"trade.total", "trade.exports", "trade.imports", "trade.surplus",
                   "trade.deficit"})
# The longest stretch of text read before a figure or a mention: a table of thousands of
# figures in one "sentence" must not be read from its start for each figure.
WINDOW = 200
# Between two economies of a bracketed list: "Germany (5.4%), France", "Russia (+27% in
# January-November 2006 ...), China", "Norway and India"
_LIST_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[,;]\s*)?(?:and\s+)?(?:the\s+)?")
# what opens a bracketed list of partners: "exports to Russia (...)", "imports from Russia",
# "followed by Belgium (...)"
_PARTNER_HEAD = re.compile(r"\b(?P<prep>to|with|into|from|followed\s+by)\s+(?:the\s+)?$")
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:]\s*|\b(?:while|whereas|and|but)\s+)$")


# "those to the rest of the world": a pronoun's complement, no partner (``no_partner``)
SUPERLATIVE = re.compile(r"\b(?:highest|lowest|largest|smallest|biggest|fastest|slowest)\b",
                         re.IGNORECASE)
THOSE_TO = re.compile(r"(?<![\w-])those\s+(?:to|with|from)\s+(?:the\s+)?", re.IGNORECASE)
# "FDI from Germany rose 11.5%, while that from Singapore rose 2.4%": an investment's source
# (outbound: "ODI in Indonesia ..., and that in Vietnam": its destination; inbound "in" is the
# reporter's own economy)
THAT_FROM = re.compile(r"(?<![\w-])(?:that|those)\s+(?P<prep>from|in|into)\s+(?:the\s+)?",
                       re.IGNORECASE)


def refine(linker: _Linker, fig: Item, s: SentenceIndex, mention: MetricMention,
           fact: dict[str, Any]) -> None:
    """Set ``fact``'s reporter / partner from what the text writes right at the figure (and
    its product: ``relate.product``)."""
    product.refine(linker, fig, s, mention, fact)
    text, c = linker.text, linker.c
    if fig.key in s._lazy.get("zipped_partner", ()) and s.has(c.partner_frame):
        return  # "India and China followed, with shares of 12.3% and 9.8%, respectively"
    if ranked_supplier(linker, fig, s, mention.metric, fact):
        return  # "followed by Saudi Arabia (46.5 mln tons)": a supplier of the market
    sent = s.bounds
    listed = _bracket_list(linker, fig, s, mention, fact)
    if listed is not None:
        role, code = listed
        if role == "partner":
            fact["partner"] = code
        elif code is not None and c.can_report(code):
            fact["reporter"] = code
        return
    # "outpacing Thailand's 5.4% and Indonesia's 2.3%": the owner written at the figure
    # (only a possessive followed by spaces alone qualifies: looked for at the window's end)
    lo = max(sent[0], fig.start - 40)
    owners = c.economy.finditer(text, lo, fig.start) if text[lo:fig.start].rstrip().endswith(
        ("'s", "’s")) else ()
    for owner in owners:
        # (a name listed with its possessive, "EU's", is one too)
        if (owner.group("poss") or owner.group("e").endswith(("'s", "’s"))) and \
                not text[owner.end():fig.start].strip():
            code = c.economy_code(owner.group("e"))
            if c.can_report(code):
                fact["reporter"] = code
                return
    after = c.economy_after_figure.match(text, fig.end, min(sent[1], fig.end + 40))
    if after and not mention.metric.startswith("investment."):
        code = c.economy_code(after.group("e"))
        if c.can_report(code):
            fact["reporter"] = code
            return
    before = c.economy_before_figure.search(text, max(sent[0], fig.start - 40), fig.start)
    if before:
        code = c.economy_code(before.group("e") or before.group("e2"))
        if c.can_report(code) and not _ranked_in_bloc(text, mention, code, sent[0]):
            fact["reporter"] = code
            return
    gapped = c.economy_gapped.search(text, max(sent[0], fig.start - 40), fig.start) \
        if mention.metric not in TRADE else None
    if gapped is not None and any(mention.end <= f.start < gapped.start() for f in s.figs):
        # (not of a trade flow: "exports to the US rose 4%, China 2%" names partners)
        code = c.economy_code(gapped.group("e"))
        if c.can_report(code):
            fact["reporter"] = code
            return
    absolute = c.with_economy_ing.search(text, max(sent[0], fig.start - 140), fig.start) \
        if mention.metric not in TRADE and "with" in text[max(sent[0], fig.start - 140):
                                                          fig.start] else None
    if absolute is not None and c.economy.search(
            text, max(absolute.end("e"), absolute.end("aside")), fig.start) is None:
        # (not of a trade flow: "exports rose, with China taking 20%" names a partner; nor
        # past another economy: "with France recording 2.2% and Italy 0.9%")
        code = c.economy_code(absolute.group("e"))
        if c.can_report(code):
            fact["reporter"] = code
            return
    clause = s.clause(fig.start)
    if mention.end <= clause[0] and not s.has(c.partner_frame):
        subject = _clause_subject(linker, clause, fig, mention.metric not in TRADE)
        if subject is not None:
            fact["reporter"] = subject
    elif mention.start >= clause[1] and mention.metric not in TRADE:
        # "Germany grew 0.2%, while Hungary's economy expanded by 0.8%": the metric named
        # only in a later clause, whose economy is not this clause's own (after an
        # apposition, "Germany, Austria's main partner, grew 0.2%": the sentence's opener)
        subject = _clause_subject(linker, clause, fig, True)
        first = s.first_economy(fig.start) if subject is None else None
        if first is not None and first.start() - sent[0] < 3 and not first.group("poss"):
            code = c.economy_code(first.group("e"))
            subject = code if c.can_report(code) else None
        if subject is not None:
            fact["reporter"] = subject
    if mention.metric.startswith("investment."):
        _investment_partner(linker, fig, s, fact)
    if mention.metric not in TRADE:
        return
    owner = _share_partner(linker, fig, s, fact)
    if owner is not None:  # "China's share of Australia's exports rose to 36 percent"
        fact["partner"] = owner
        return
    elided = c.elided_partner.search(text, max(clause[0], fig.start - WINDOW), fig.start) \
        if s.has(c.elided_gate) else None
    if elided is not None:
        fact["partner"] = c.economy_code(elided.group("e"))
        return
    near = max(clause[0], fig.start - WINDOW)
    # (every match of the two "those" patterns below holds "tho", whatever its case)
    has_those = "tho" in text[near:fig.start].lower()
    those = None
    for m in c.those_partner.finditer(text, near, fig.start) if has_those else ():
        those = m  # the last one before the figure
    if those is not None:
        code = c.economy_code(those.group("e"))
        if those.group("prep") == "of" or (
                those.group("prep") == "from" and mention.metric == "trade.exports"):
            # "stronger than those of the euro area and the EU-27 (rises of 7.4% and 7.2%
            # respectively)", "those from the US, China and Japan grew 5.5%, 6.5% and 10.2%
            # respectively": reporters; the economy zipped with the figure, if any, is its own
            fact["reporter"], fact["partner"] = _zipped(linker, those, fig, s) or code, None
        else:
            fact["partner"] = code
        return
    for m in THOSE_TO.finditer(text, near, fig.start) if has_those else ():
        if c.no_partner.match(text, m.end()):
            fact["partner"] = None  # "while those to the rest of the world fell 1.2%"
            return
    if mention.end <= clause[0]:
        # "Exports to China increased 3.4%, while deliveries to the UK declined 8.1%"
        own = None
        for m in c.partner_phrase.finditer(text, max(clause[0], fig.start - WINDOW),
                                           fig.start):
            if not (m.group("prep") == "from" and mention.metric == "trade.exports"):
                own = m
        if own is not None:
            fact["partner"] = c.economy_code(own.group("e"))
            return
    # "Exports to Asia grew 19.3%, including a 91.9 percent increase to Taiwan": the
    # partner written at the figure is more specific than the metric's
    m = c.partner_after_figure.match(text, fig.end, min(sent[1], fig.end + 50))
    if m and not _figure_at(linker, m.end()):  # not "31% and from Saudi Arabia 12%"
        fact["partner"] = c.economy_code(m.group("e"))
        return
    framed = _absolute_partner(linker, fig, s, fact)
    if framed is not None:  # "..., with Russia accounting for 95% of it"
        fact["partner"] = framed
        return
    if fact.get("partner") is not None:
        return
    if _ANAPHORIC_PARTNER.match(text, mention.end, sent[1]):
        # "Sales to fellow EU nations totaled €73.1 billion, while purchases from these
        # countries reached €58.7 billion": the partner of the flow named before it
        for m in reversed([m for m in s.mentions if m.end <= mention.start
                           and m.metric in TRADE]):
            code = linker._partner(m, sent)
            if code is not None:
                fact["partner"] = code
                return
        # "Austria imported goods worth EUR 82.35bn from EU member countries. Exports to
        # these countries ...": else the flow's partner of the sentence before
        lo = max(0, sent[0] - 300)
        for e in reversed(list(c.economy.finditer(text, lo, sent[0]))):
            code = c.economy_code(e.group("e"))
            if _FLOW_PREP.search(text, max(lo, e.start() - 12), e.start()) and \
                    code != fact.get("reporter"):
                fact["partner"] = code
                return
    # "exports to other markets", "trade with the rest of the world": no partner, and none
    # to share from the sentence or the story
    nowhere = re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:to|with|from)\s+(?:the\s+)?", text[mention.end:
                       min(sent[1], mention.end + 40)])
    if nowhere and c.no_partner.match(text, mention.end + nowhere.end()):
        return
    if mention.metric == "trade.imports":
        # "China's imports of Russian oil": where the goods come from
        origin = c.origin_after.match(text, mention.head_end, min(sent[1], mention.head_end + 40))
        if origin:
            code = c.economy_code(origin.group("e"))
            if code != fact.get("reporter"):
                fact["partner"] = code
                return
    if s.has(c.partner_frame):
        # "..., while India was the top export destination with N1.2 trillion": a partner
        # the figure's own clause frames comes before one another clause names
        _, named = s.lazy("economies", lambda: _economies(linker, s.bounds))
        lo = s.clause(fig.start)[0]
        if any(lo <= at < fig.start and code != fact.get("reporter") for at, code in named):
            framed = framed_partner(linker, fig, s, fact)
            if framed is not None:
                fact["partner"] = framed
                return
    shared = s.lazy("partner", lambda: _sentence_partner(linker, s))
    # (not to the same metric: "exports to China rose, while petroleum exports climbed")
    if shared is not None and (shared[0] is None or shared[0].metric != mention.metric) \
            and shared[1] != fact.get("reporter") and not c.whole_words.search(mention.text):
        fact["partner"] = shared[1]
        return
    story = story_partner(linker)
    if story is not None and story != fact.get("reporter") \
            and not c.whole_words.search(mention.text):
        _, named = s.lazy("economies", lambda: _economies(linker, s.bounds))
        if all(code in (story, fact.get("reporter")) for _, code in named):
            fact["partner"] = story
    framed = framed_partner(linker, fig, s, fact)
    if framed is not None:
        fact["partner"] = framed
        return


# "purchases from these countries": the partner named before, by a demonstrative
_ANAPHORIC_PARTNER = re.compile(
    r"\s+(?:to|from|with)\s+(?:these|those|the\s+same)\s+(?:countries|nations|markets|"
    r"economies|states|members|partners|destinations)\b", re.IGNORECASE)
_FLOW_PREP = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?$", re.IGNORECASE)
# "..., with exports valued at": a ranked partner's flow after its apposition
WITH_FLOW = re.compile(r"(?<![\w-])with\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# "<economy>'s share of" / "the share of <economy> in": the economy whose part of the
# reporter's trade the figure is (searched right after / before an economy's name)
_OWNS_SHARE = re.compile(r"(?:['’]s)?\s+share\s+of\b", re.IGNORECASE)
_SHARE_OF_BEFORE = re.compile(r"\bshare\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_IN_AFTER = re.compile(r"\s+in\b", re.IGNORECASE)


def _share_partner(linker: _Linker, fig: Item, s: SentenceIndex,
                   fact: dict[str, Any]) -> str | None:
    """The partner owning the share of the reporter's trade the figure measures: "China's
    share of Australia's exports", "the share of the EU in Turkey's exports"; else None."""
    text = linker.text
    lo = max(s.clause(fig.start)[0], fig.start - 120)
    if "share" not in text[lo:fig.start]:
        return None  # (most figures have no share before them)
    for e in linker.c.economy.finditer(text, lo, fig.start):
        if _OWNS_SHARE.match(text, e.end()) or (
                _SHARE_OF_BEFORE.search(text, max(lo, e.start() - 20), e.start())
                and _IN_AFTER.match(text, e.end())):
            code = linker.c.economy_code(e.group("e"))
            # ("China's share of world exports": with no reporter named, China's own)
            if code is not None and fact.get("reporter") not in (None, code):
                return code
    return None


def _absolute_partner(linker: _Linker, fig: Item, s: SentenceIndex,
                      fact: dict[str, Any]) -> str | None:
    """The economy of an absolute clause that gives a trade figure's part to it: "trade
    with the EAEU grew 30%, with Russia accounting for 95% of it", "exports rose, with China
    taking 20%" (a partner cue between the economy and the figure, no other economy)."""
    c, text = linker.c, linker.text
    lo = max(s.bounds[0], fig.start - 140)
    if "with" not in text[lo:fig.start]:
        return None
    m = c.with_economy_ing.search(text, lo, fig.start)
    if m is None or not c.partner_frame.search(text, m.end("e"), fig.start) or \
            c.economy.search(text, m.end("e"), fig.start) is not None:
        return None
    code = c.economy_code(m.group("e"))
    return code if code != fact.get("reporter") else None


def _investment_partner(linker: _Linker, fig: Item, s: SentenceIndex,
                        fact: dict[str, Any]) -> None:
    """The economy of an elided investment ("while that from Singapore rose 2.4%") right
    before the figure: its partner."""
    text = linker.text
    # "Investment from France jumped 222.8% and from Japan 5.1%": an elided conjunct's
    # economy (inflows come from it, outflows go to it) is the partner of its own figure
    # (from the sentence's start: ", and from Japan" opens a clause of its own)
    elided = linker.c.elided_partner.search(text, max(s.bounds[0], fig.start - WINDOW),
                                            fig.start) if s.has(linker.c.elided_gate) else None
    if elided is not None and (elided.group("prep") == "from") == \
            (fact["metric"] != "investment.odi"):
        fact["partner"] = linker.c.economy_code(elided.group("e"))
        return
    last = None
    for m in THAT_FROM.finditer(text, max(s.bounds[0], fig.start - 80), fig.start):
        last = m
    if last is not None and last.group("prep").lower() != "from" and \
            fact["metric"] != "investment.odi":
        return
    found = linker.c.economy.match(text, last.end()) if last is not None else None
    if found is not None and not linker.any_figure_in(last.end(), fig.start):
        fact["partner"] = linker.c.economy_code(found.group("e"))


def _ranked_in_bloc(text: str, mention: MetricMention, code: str | None, lo: int) -> bool:
    """"the highest annual inflation rate in the European Union, of 5.3%": the bloc is the
    field of a ranking, not the reporter."""
    return code in ("EU", "EA") and SUPERLATIVE.search(
        text, max(lo, mention.start - 20), mention.end) is not None


def named_reporter(linker: _Linker, mention: MetricMention, s: SentenceIndex,
                   skip: int | None) -> str | None:
    """The economy a sentence names as the one the mention's metric belongs to, though not
    right before it: an opening "In Portugal, GDP increased ...", an apposition "France,
    the bloc's second-largest economy, reported GDP growth of 0.1%", or one after the
    mention "the main European economy, Germany, ...". ``skip``: the start of an economy
    named only in a description ("the euro zone's largest economy")."""
    c, text = linker.c, linker.text
    sent = s.bounds
    lead = c.economy_lead.match(text, sent[0], mention.start)
    if lead:
        code = c.economy_code(lead.group("e"))
        if c.can_report(code):
            return code
    m = c.for_economy_after.match(text, mention.end, sent[1])
    if m:
        code = c.economy_code(m.group("e"))
        if c.can_report(code):
            return code
    m = c.economy_in_after.match(text, mention.end, sent[1])
    if m and mention.metric not in TRADE and not mention.metric.startswith("investment."):
        code = c.economy_code(m.group("e"))
        if c.can_report(code) and not _ranked_in_bloc(text, mention, code, sent[0]):
            return code
    m = c.apposition_after.match(text, mention.end, sent[1])
    if m:
        code = c.economy_code(m.group("e"))
        if c.can_report(code):
            return code
    appositive = None
    for e in c.economy.finditer(text, max(sent[0], mention.start - WINDOW), mention.start):
        if e.start() == skip or e.group("poss") or c.preposition_before.search(
                text, max(sent[0], e.start() - 14), e.start()):
            continue  # (not "imports from China, the largest source of goods, ...")
        gap = c.apposition.match(text, e.end(), mention.start)
        if gap and c.partner_frame.match(text, gap.end() + _spaces(text, gap.end())):
            continue  # "India, the top destination, took 14.6% of exports": a partner
        if gap and not (c.partner_frame.search(text, e.end(), mention.start)
                        and WITH_FLOW.search(text, e.end(), mention.start)):
            # (not "China, the main supplier, with exports valued at ...": a partner ranked
            # with its flow, which relate.heads reads as the reporter's)
            appositive = e
    if appositive is not None:
        code = c.economy_code(appositive.group("e"))
        if c.can_report(code):
            return code
    return None


def _spaces(text: str, pos: int) -> int:
    """How many spaces follow ``pos`` (a few at most)."""
    run = text[pos:pos + 4]
    return len(run) - len(run.lstrip())


def _sentence_partner(linker: _Linker, s: SentenceIndex
                      ) -> tuple[MetricMention | None, str] | None:
    """(mention, partner) when a sentence is about the trade with one partner: it opens with
    "With the European Union, ..." or its first trade mention is written with a partner
    ("China's exports to the US grew 4.9%, while imports rose 2.9%", "trade with China saw
    the largest increases, with exports up 47%"). The other trade mentions of the sentence
    share that partner."""
    c, text = linker.c, linker.text
    lo, hi = s.bounds
    lead = c.partner_lead.match(text, lo, hi)
    if lead:
        return None, c.economy_code(lead.group("e"))
    first = next((m for m in s.mentions if m.metric in TRADE), None)
    if first is None or c.whole_words.search(first.text):
        return None
    later = [m.start for m in s.mentions if m.start > first.end]
    m = c.partner_phrase.match(text, first.end + 1) if text[first.end:first.end + 1] == " " \
        else None
    if m is None:
        # "a trade surplus of ¥3.38 trillion with the U.S.": a few words on, before any
        # other mention
        end = min(later[0] if later else hi, first.end + 60)
        m = c.partner_phrase.search(text, first.end, end)
        if m is None or m.group("prep") != "with":
            return None
    if m.group("prep") == "from" and first.metric != "trade.imports":
        return None  # "exports from Germany": where they are reported
    return first, c.economy_code(m.group("e"))


def _clause_subject(linker: _Linker, clause: tuple[int, int], fig: Item,
                    rate: bool = False) -> str | None:
    """The economy a clause is about when the metric was named in an earlier clause: "...,
    while the euro area should pick up to 1.3%", "and China ranked third at $45.4 billion":
    the first economy of the clause before the figure, unless a preposition governs it; for
    a ``rate`` (no trade flow) also one opening the clause after "in" ("while in France it
    stood at 2.5%")."""
    c, text = linker.c, linker.text
    m = c.in_economy_opening.match(text, clause[0], fig.start) if rate else None
    if m is not None:
        code = c.economy_code(m.group("e"))
        return code if c.can_report(code) else None
    for e in c.economy.finditer(text, clause[0], min(fig.start, clause[0] + WINDOW)):
        if c.preposition_before.search(text, max(clause[0], e.start() - 14), e.start()) \
                or c.currency_after.match(text, e.end()):
            continue
        code = c.economy_code(e.group("e"))
        return code if c.can_report(code) else None
    return None


def story_partner(linker: _Linker) -> str | None:
    """The partner a story is about ("Trade gap with China", "U.S. exports to Canada ...,
    imports from Canada ..."): the economy named in at least two thirds of the text's
    partner phrases, at least six times. Its trade figures that name no other economy
    are with that partner."""
    if "story_partner" not in linker.cache:
        c, text = linker.c, linker.text
        counts: dict[str, int] = {}
        for m in c.partner_phrase.finditer(text):
            code = c.economy_code(m.group("e"))
            counts[code] = counts.get(code, 0) + 1
        total = sum(counts.values())
        top = max(counts, key=counts.__getitem__, default=None)
        linker.cache["story_partner"] = top if top is not None and counts[top] >= 6 \
            and 3 * counts[top] >= 2 * total and top != linker.country else None
    return linker.cache["story_partner"]


def last_area(linker: _Linker, pos: int, end: int, at: int | None = None) -> str | None:
    """The EU or the euro area, whichever the text names last before ``pos`` other than as a
    partner ("trade with the EU"), for a sentence ``pos``-``end`` that names neither; in a
    sentence that names one before ``at`` (a metric's wording: "The EU recorded a deficit"),
    the last one it names there."""
    areas = linker.cache.get("areas")
    if areas is None:
        c, text = linker.c, linker.text
        areas = linker.cache["areas"] = [
            (m.start(), code) for m in c.economy.finditer(text)
            if (code := c.economy_code(m.group("e"))) in ("EU", "EA")
            and not c.partner_preposition.search(text, max(0, m.start() - 12), m.start())]
    k = bisect_left(areas, (pos, ""))
    if k < len(areas) and areas[k][0] < end:
        # the sentence names an area itself: the last one before the metric's wording, else
        # the figure-level rules decide
        if at is None:
            return None
        j = bisect_left(areas, (min(at, end), "")) - 1
        return areas[j][1] if j >= k else None
    return areas[k - 1][1] if k else None


def _zipped(linker: _Linker, those: Match[str], fig: Item, s: SentenceIndex) -> str | None:
    """The economy of "those from the US, China and Japan grew 5.5%, 6.5% and 10.2%
    respectively" that goes with ``fig``: the one at the figure's place in the list."""
    zipped = s.lazy(("those", those.start()), lambda: _zip_those(linker, those, s))
    return zipped.get(fig.key)


def _zip_those(linker: _Linker, those: Match[str], s: SentenceIndex) -> dict:
    """{figure key: code} of "those from A, B and C grew x, y and z respectively"."""
    c, text = linker.c, linker.text
    # the first "respectively" after it, within a clause's reach
    resp = c.respectively.search(text, those.end(), min(s.bounds[1], those.end() + WINDOW))
    if resp is None:
        return {}
    figs = linker.figures_in(those.end(), resp.start())
    if not figs:
        return {}
    codes = [c.economy_code(m.group("e"))
             for m in c.economy.finditer(text, those.start("e"), figs[0].start)]
    if len(codes) != len(figs):
        return {}
    return {f.key: code for f, code in zip(figs, codes, strict=True)}


def _bracket_list(linker: _Linker, fig: Item, s: SentenceIndex, mention: MetricMention,
                  fact: dict[str, Any]) -> tuple[str, str | None] | None:
    """("reporter" | "partner", code) of a figure bracketed after an economy of a list:
    "exports from Germany (5.4%), France (7.1%)" lists reporters, "exports to Russia
    (+27%), China (+24%)" partners; a list opening the sentence ("Bulgaria (3.4%) and
    Cyprus (3.3%)") lists reporters."""
    text, c = linker.text, linker.c
    sent = s.bounds
    m, _ = bracket_economy(linker, fig, sent[0])  # also "Spain (N2.4 trillion or 11.7%)"
    if m is None:
        return None
    first: Match[str] = m
    # "Croatia and Romania (1.2% each)": the first of the economies sharing the figure, and
    # back over the list to its first economy, whose head says what the list lists
    head = first
    named = s.lazy("all_economies", lambda: list(c.economy.finditer(text, *sent)))
    ends = s.lazy("all_economy_ends", lambda: [e.end() for e in named])
    for _ in range(12):  # a list's head is near: a long table must not be walked back whole
        k = bisect_right(ends, head.start())
        prev = named[k - 1] if k and named[k - 1].end() > head.start() - 120 else None
        if prev is None or not _LIST_GAP.fullmatch(text, prev.end(), head.start()):
            break
        if head is first and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[prev.end():head.start()]):
            first = prev
        head = prev
    code = c.economy_code(first.group("e"))
    lead = _PARTNER_HEAD.search(text, max(sent[0], head.start() - 30), head.start())
    if lead is None:
        return "reporter", code
    if lead.group("prep").startswith("followed") and not fact.get("partner") and not any(
            _PARTNER_HEAD.search(text, max(sent[0], e.start() - 30), e.start())
            for e in named if e.end() <= lead.start()):
        # "imports from China ..., followed by Belgium (...)" goes on listing partners;
        # "Ireland grew most (18.0%), followed by Bulgaria (3.4%)" lists reporters
        return "reporter", code
    if lead.group("prep") == "from" and mention.metric == "trade.exports":
        return "reporter", code  # "exports from Germany (5.4%)"
    # "to Norway and India (both +14%)": two partners, so none is the figure's
    return "partner", (None if first is not m else code)


def framed_partner(linker: _Linker, fig: Item, s: SentenceIndex,
                    fact: dict[str, Any]) -> str | None:
    """In a sentence naming trade partners ("ASEAN remained China's top trading partner,
    with ...", "... followed by the EU with 4.64 trillion yuan"), the partner of a figure is
    the nearest economy before it that is not the reporter and not a possessive ("China's"
    names whose partner it is: it becomes the reporter)."""
    c = linker.c
    if not s.has(c.partner_frame):
        return None
    owner, named = s.lazy("economies", lambda: _economies(linker, s.bounds))
    if owner is not None:
        fact["reporter"] = owner
    reporter = fact.get("reporter")
    k = bisect_left(named, (fig.start, ""))
    for _, code in reversed(named[max(0, k - 8):k]):  # the nearest few before it
        if code != reporter:
            return code
    return None


def _economies(linker: _Linker, sent: tuple[int, int]) -> tuple[str | None,
                                                                 list[tuple[int, str]]]:
    """(the economy whose partners a sentence names, [(start, code)] of the other economies
    it names). The first is a possessive before the partner cue ("China's top trading
    partner"); possessives and currencies ("U.S. dollars") are left out of the second."""
    c, text = linker.c, linker.text
    owner = None
    cue = c.partner_frame.search(text, *sent)
    named = []
    for m in c.economy.finditer(text, *sent):
        code = c.economy_code(m.group("e"))
        if m.group("poss"):
            if cue is not None and m.end() <= cue.start() and cue.start() - m.end() <= 30 \
                    and c.can_report(code):
                owner = code
            continue
        if not c.currency_after.match(text, m.end()) and (not c.excluding_before.search(
                text, max(sent[0], m.start() - 15), m.start()) or _with_figure(linker, m.end())):
            # ("ahead of Spain with 9.2%": an economy passed over is still named when it
            # comes with a figure of its own)
            named.append((m.start(), code))
    if owner is None and cue is not None:
        # "Korea accounted for 6.2 percent of China's imports", "purchasing 14.8 percent of
        # Qatari exports": the economy the share is of
        of = c.share_owner.search(text, cue.end(), min(sent[1], cue.end() + 60))
        if of is not None and c.can_report(c.economy_code(of.group("e"))):
            owner = c.economy_code(of.group("e"))
            named = [(start, code) for start, code in named if start != of.start("e")]
    return owner, named


# "Spain with 9.2%", "Spain, with 9.2%": an economy and its own figure
_WITH_GAP = re.compile(r",?\s+with\s+")


def _with_figure(linker: _Linker, pos: int) -> bool:
    """Whether "with" and a figure follow ``pos`` (an economy's end)."""
    m = _WITH_GAP.match(linker.text, pos)
    return m is not None and _figure_at(linker, m.end())


def _figure_at(linker: _Linker, pos: int) -> bool:
    """Whether a figure starts at ``pos`` (spaces aside)."""
    rest = linker.text[pos:pos + 30]
    start = pos + len(rest) - len(rest.lstrip())
    i = bisect_left(linker._fig_starts, start)
    return i < len(linker._fig_starts) and linker._fig_starts[i] == start
