"""The product a figure is restricted to, as the text writes it, read around the figure:
"computers ($4.4 billion), passenger vehicles ($4.1 billion)", "imports of coal and natural
gas increased 8.1 percent and 10.3 percent respectively", "the price of services grew
2.3 percent", and a generic tail after the metric's own product word ("exports of energy
products").

Lists and price items are read from windows of a few dozen characters around the figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from tradeie.normalize.metrics import MetricMention, default_metric_finder
from tradeie.relate.acronym_goods import names_a_report, with_acronym_head
from tradeie.relate.cues import cues
from tradeie.relate.gapped import gapped_product, owner_product, relative_subject_product
from tradeie.relate.known_product import known as _known
from tradeie.relate.led_change import led_product, ranked_product
from tradeie.relate.passive_goods import earnings_goods, passive_goods
from tradeie.relate.product_list import widened
from tradeie.relate.ranked_item import ranked_item
from tradeie.relate.respective import respective_item
from tradeie.relate.sector_subject import sector_of, sector_subject
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.share_owner import share_owner
from tradeie.relate.view import Item

if TYPE_CHECKING:
    from tradeie.relate.linker import _Linker

# "prices of meat", "the price of services": the item after the head
_PRICE_OF = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<np>[A-Za-z][\w'’/&\-]*(?:,?\s+[A-Za-z][\w'’/&\-]*){0,5})",
    re.IGNORECASE)


def refine(linker: _Linker, fig: Item, s: SentenceIndex, mention: MetricMention,
           fact: dict[str, Any]) -> None:
    """Set ``fact["product"]`` from what the text writes at the figure, else write the
    metric's own product as the text does."""
    if mention.metric == "other":
        return
    p = linker.c.products
    listed = _bracketed(linker, fig, s)
    if listed is None:
        listed = _elided(linker, fig, s)
    if listed is None:
        listed = elided_bare(linker, fig, s)
    if listed is None:
        listed = gapped_product(linker, fig, s, mention) or relative_subject_product(
            linker, fig, s) or owner_product(linker, fig, s, mention)
    if listed is None:  # (over the clause's own product only by a "which" clause's subject)
        listed = _known_subject(linker, fig, s, which_only=fact.get("product"))
    if listed is None:
        listed = respective(linker, fig, s)
    if listed is None:
        listed = _item_by(linker, fig, s) or led_product(linker, s, mention, _as_written) \
            or ranked_product(linker, s, mention)
    if listed is None and mention.metric in p.flows:
        listed = ranked_item(linker, fig, s)  # "Tea was the leading export, valued at"
    if listed is None and mention.metric == "economy.gdp":
        listed = sector_of(linker, fig, s) or sector_subject(linker, fig, s)
    if listed is None:
        listed = _share_subject(linker, fig, s) or share_owner(linker, fig, s)
    if listed is None and mention.metric in p.prices and (
            not s.bounds[0] <= mention.start < s.bounds[1]
            or mention.end <= s.clause(fig.start)[0]):
        # the metric named sentences (or clauses: "Prices of food rose 6.3%, while transport
        # costs increased 2.1%") before: the item the figure's own clause is about
        listed = _price_subject(linker, fig, s)
    if listed is None and mention.metric in p.prices:
        listed = _price_item(linker, mention)
    if listed is None and not fact.get("product") and mention.metric in p.flows:
        listed = _flow_of(linker, fig, mention)
        listed = listed and widened(linker, s, listed, mention.head_end, fig.start)
        at = _SALES_AT.match(linker.text, mention.head_end) if listed is None and \
            mention.metric == "sales.retail" else None
        if at is not None and mention.start < at.end() <= fig.start:
            listed = _clean(at.group("np"))  # "Sales at gasoline stations dropped 1.7%"
        listed = listed or passive_goods(linker, s, mention) or earnings_goods(
            linker, s, mention, fig.start)  # "oil worth $5bn was exported", "earnings from tea"
    if listed is None and not fact.get("product") and mention.metric in p.modified \
            and mention.metric not in p.flows:
        # "the surplus in chemicals", "inflation in food basket", "inflation of Food Group"
        listed = _flow_of(linker, fig, mention, _SECTOR_IN)
    if listed is None and mention.metric in p.modified:
        listed = _modifiers(linker, s, mention, fact.get("product"))
        if listed is not None:  # "timber, pulp and paper exports": the whole list
            listed = widened(linker, s, listed, max(s.bounds[0], mention.start - 60),
                             mention.head_start, last=True)

    if listed is None and not fact.get("product") and fact.get("role") != "share":
        # (a share's exclusion is its whole's: "54% of manufactured exports, excluding ...")
        listed = _excluding(linker, fig, s, mention)
    if listed is not None and names_a_report(listed):
        listed = None  # "a 688.9 billion yen deficit in a Reuters poll": where it was read
    if listed is not None:
        fact["product"] = listed
    elif fact.get("product"):
        # (the written product may end past the mention with its tail: "exports of copper
        # cathodes (HS7403) and refined zinc")
        written = _as_written(linker, mention, fact["product"])
        fact["product"] = widened(linker, s, written, mention.start,
                                  min(s.bounds[1], mention.end + len(written)))


# "exports of cars rose 12% and of electronics 7%", "... and those of refined products 4%":
# an elided conjunct, its product right before the figure (searched with endpos there), its
# short name in brackets aside ("those of manufactures of agricultural origin (MOA) 19.3%")
_ELIDED_OF = re.compile(r"(?:(?<![\w-])(?:and|while|but)|[,;])\s+(?:th(?:ose|at)\s+)?of\s+"
                        r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})"
                        r"(?:\s+\([A-Z][\w&.-]{0,11}\))?\s+$")


def _elided(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    lo = max(s.bounds[0], fig.start - 60)
    # (every match holds "of": most windows have none)
    m = _ELIDED_OF.search(linker.text, lo, fig.start) if linker.text.find(
        "of", lo, fig.start) >= 0 else None
    if m is None or " ".join(m.group("np").split()) in linker.c.economy_names:
        return None  # "and those of Japan 4%": an economy, not a product
    found = _clean(m.group("np"))
    if found and any(x.start == 0 and x.end == len(found) and x.metric != "other"
                     for x in default_metric_finder().find(found)):
        return None  # "exports fell 5.5% and that of imports 3.1%": a metric, no product
    return found


# "The construction sector grew 3.0% and mining 1.2%", "services grew 5.3%, industry 10.3%
# and agriculture 2.0%": a gapped conjunct, a known product (or a sector) right before its
# figure (searched with endpos there)
_TO_GAP = re.compile(r"\s+to\s+")
_ELIDED_BARE = re.compile(r"(?:(?<![\w-])(?:and|while|but)|[,;](?:\s+(?:and|while|but))?)"
                          r"\s+(?:the\s+)?"
                          r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+(?:by\s+)?$")


# "..., with agriculture expanding by 6.5 per cent", "driven by the services sector, which
# grew 4.32%": a subject of its own before the figure's verb (searched with endpos there)
_OWN_SUBJECT = re.compile(
    r"(?:(?<![\w-])with\s+(?:the\s+)?(?P<a>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+"
    r"[a-z]+ing|(?<![\w-])(?:the\s+)?(?P<b>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}),\s+"
    r"which\s+(?:[a-z]+ed|grew|rose|fell|shrank))\s+(?:by\s+)?(?:about\s+|some\s+)?$")


def _known_subject(linker: _Linker, fig: Item, s: SentenceIndex,
                   which_only: str | None = None) -> str | None:
    lo = max(s.bounds[0], fig.start - 70)
    # every match holds "with" or "which" (case-sensitive): most windows hold neither, and
    # the pattern tries a word run at each letter
    if linker.text.find("with", lo, fig.start) < 0 and \
            linker.text.find("which", lo, fig.start) < 0:
        return None
    m = _OWN_SUBJECT.search(linker.text, lo, fig.start)
    if m is None:
        return None
    group = "a" if m.group("a") else "b"
    if which_only and group == "a":
        return None
    if _overlaps_mention(s, m.start(group), m.end(group)):
        return None
    words = m.group(group).split()
    # ("dragged down by automobiles, which slipped": the run before "which" may start with
    # the cue's words)
    while words and words[0].lower() in linker.c.products.subject_cues:
        words.pop(0)
    found = _known(" ".join(words))
    if which_only and found and found.lower() in which_only.lower():
        return None  # the clause's own product names it already
    return _not_zipped(linker, fig, s, found)


def _not_zipped(linker: _Linker, fig: Item, s: SentenceIndex, found: str | None
                ) -> str | None:
    """``found``, unless it is two items joined by "and" that a "respectively" list zips
    with the figures ("with industry and services expanding by 3.5% and 3.8% respectively":
    each figure has one of them)."""
    if found is not None and " and " in found and respective(linker, fig, s) is not None:
        return None
    return found


def elided_bare(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    at = fig.start
    i = bisect_left(s.fig_starts, fig.start)
    if i and _TO_GAP.fullmatch(linker.text, s.figs[i - 1].end, fig.start):
        at = s.figs[i - 1].start  # "and textiles 11% to $37 billion": the change's product
    m = _ELIDED_BARE.search(linker.text, max(s.bounds[0], at - 50), at)
    if m is None or _overlaps_mention(s, m.start("np"), m.end("np")):
        return None
    return _not_zipped(linker, fig, s, _known(m.group("np")))


# "Excluding precious metals, the deficit widened", "Core inflation, which excludes volatile
# fuel and food prices, was 4.5%": the measure without the items named, as
# 'excluding <items>'; the items are a word run or a list "A, B and C"
_ITEM = r"[A-Za-z][\w'’/&\-]*(?:\s+[A-Za-z][\w'’/&\-]*){0,3}?"
_EXCLUDING = re.compile(
    r"(?<![\w-])(?:excluding|excludes|excl\.)\s+(?:the\s+)?"
    rf"(?P<np>{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM}|{_ITEM})(?=\s*[,;)]|\s+(?:was|were|is|are|rose|fell|grew)\b)",
    re.IGNORECASE)


# "ROME - ", "BEIJING, July 17 (Xinhua) -- ": a dateline opening a sentence
_DATELINE = re.compile(r"\s*[A-Z][^.!?\n]{0,60}?\s[-\u2013\u2014]{1,2}\s*")


def _excluding(linker: _Linker, fig: Item, s: SentenceIndex,
               mention: MetricMention) -> str | None:
    """The restriction 'excluding X' of a measure: written at the sentence's opening or
    between the measure's wording and its figure."""
    text = linker.text
    # every match holds "excl" (any case) inside the sentence: most sentences have none
    if not s.lazy("excl", lambda: "excl" in s.text().lower()):
        return None
    m = _EXCLUDING.search(text, s.bounds[0], fig.start)
    if m is not None and text[s.bounds[0]:m.start()].strip() and not _DATELINE.fullmatch(
            text, s.bounds[0], m.start()):
        m = None  # not at the opening (a dateline may come before it)
    if m is None and s.bounds[0] <= mention.start and mention.end <= fig.start:
        m = _EXCLUDING.search(text, mention.end, fig.start)  # after the wording
    if m is None:
        return None
    if linker.c.economy.search(m.group("np")) or linker.any_figure_in(m.start(), m.end()):
        return None  # "Asian countries excluding China": an economy left out
    return "excluding " + " ".join(m.group("np").split())


def _overlaps_mention(s: SentenceIndex, lo: int, hi: int) -> bool:
    """Whether a metric mention overlaps ``lo``-``hi`` (a bisect: mentions are in text
    order and at most ``max_mention_len`` long)."""
    first = bisect_left(s.mention_starts, lo - s.max_mention_len)
    return any(m.end > lo for m in s.mentions[first:bisect_left(s.mention_starts, hi)])


def _clean(np: str) -> str | None:
    """The product words of a phrase: leading function words dropped, cut before the first
    verb or function word ("consumer goods went up" is 'consumer goods')."""
    c = cues()
    stop = c.products.not_product
    words = np.split()
    while words and words[0].lower().rstrip(",") in stop:
        words.pop(0)
    for i, w in enumerate(words):
        low = w.lower().rstrip(",")
        if (low in stop and low not in c.products.inner) or low in c.direction_words \
                or any(ch.isdigit() for ch in low):
            words = words[:i]  # "goods and services slipped": cut before the verb
            break
    while words and words[-1].lower().rstrip(",") in stop:
        words.pop()
    return " ".join(words).rstrip(",") or None


def _bracketed(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    text, c = linker.text, linker.c
    lo = max(s.bounds[0], fig.start - 70)
    m = c.products.bracketed.search(text, lo, fig.start)
    if m is None or c.economy.search(m.group("np")) or linker.dates_in(m.start("np"), fig.start):
        return None  # "Norway and India (both +14%)", "July (3.2%)": no products
    np_start = m.start("np")
    # a metric wording or a figure inside the phrase: "exports rose (3%)" is no list
    if _overlaps_mention(s, np_start, fig.start) or \
            linker.any_figure_in(np_start, fig.start):
        return None
    item = series_item(text, s.bounds[0], fig.start, s.bounds[1])
    if item is not None and item.lower().endswith(_clean(m.group("np")).lower()) \
            and not c.economy.search(item):
        return item
    return _clean(m.group("np"))


# the words that open the first item of a bracketed series ("those of clothing and footwear
# (10.6%), ...", "the surpluses in food, beverages and tobacco (1.2 billion euros), ...")
_SERIES_OPENER = re.compile(r"(?:\b(?:of|in|including|were|are|was|is|by)\b|[:;])\s*",
                            re.IGNORECASE)
_SERIES_NEXT = re.compile(r"[^()]*?\)\s*(?:,|;|and)\s*[^()\d]{1,60}?\(")


def series_item(text: str, lo: int, fig_start: int, hi: int) -> str | None:
    """The item a bracketed figure closes in a series of them ("clothing and footwear
    (10.6%), alcoholic beverages and tobacco (9.4%) and ..."): the words after the bracket
    before it, or for the first item those after the word opening the series; an item keeps
    its own "and" and commas. None when the figure is in no series."""
    head = text[lo:fig_start].rstrip()
    if not head.endswith("("):
        return None
    head = head[:-1]
    close = head.rfind(")")
    if close >= 0:
        item = re.sub(r"^\s*(?:[,;]\s*)?(?:and\s+)?", "", head[close + 1:])
    else:
        if not _SERIES_NEXT.match(text, fig_start, hi):
            return None  # a lone bracket: its item is read by the list rules
        openers = list(_SERIES_OPENER.finditer(head))
        if not openers:
            return None
        item = head[openers[-1].end():]
    cleaned = _clean(item)
    if cleaned is None or len(cleaned.split()) > 8 or cleaned != " ".join(item.split()):
        return None  # a verb or a figure inside: no item of a list
    return cleaned


def respective(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    """'imports of coal and natural gas increased 8.1 percent and 10.3 percent
    respectively': the coordinated products zipped with the figures (relate.respective)."""
    return respective_item(linker, fig, s, _clean)


# "imports of motor vehicles and parts fell 11.1%": the goods a flow is of
# between a flow verb and its figure: "imported", "shipped abroad about"
_VERB_GAP = re.compile(r"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?")
# the goods end before their route or period: "of soybeans from Brazil in 2023"
_VERB_GOODS_END = re.compile(r",|\s+(?:from|to|in|into|with|for|at|by|on|during|worth|valued)\b")
_FLOW_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<np>[A-Za-z][\w'’/&\-]*(?:,?\s+[A-Za-z][\w'’/&\-]*){0,7})")
_GOODS_WORDS = re.compile(r"(?P<np>[A-Za-z][\w'’/&\-]*(?:,?\s+[A-Za-z][\w'’/&\-]*){0,5})")
# "Sales at gasoline stations dropped 1.7%": the kind of store retail sales are made at
_SALES_AT = re.compile(
    r"\s+at\s+(?P<np>(?:[a-z][\w'’&\-]*\s+){0,3}[a-z][\w'’&\-]*s)(?![\w-])")
# "the surplus in chemicals", "inflation of Food Group", "FDI into the services sector": the
# sector a balance, a price measure or an investment is of
_SECTOR_IN = re.compile(
    r"\s+(?:in|into|of|on)\s+(?:the\s+)?(?P<np>[A-Za-z][\w'’/&\-‐]*(?:,?\s+[A-Za-z][\w'’/&\-‐]*){0,5})")


def _share_subject(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    text, c = linker.text, linker.c
    lo = max(s.bounds[0], fig.start - 80)
    m = c.products.share_subject.search(text, lo, fig.start)
    shift = 0
    if m is None and lo == s.bounds[0]:
        # the sentence opens with the subject: "^" holds at the sentence's own start only
        # on its own text ("Machinery and equipment made up 47.2% of imports")
        m = c.products.share_subject.search(text[lo:fig.start].lstrip())
        shift = fig.start - len(text[lo:fig.start].lstrip())
    if m is None:
        return None
    np_lo, np_hi = m.start("np") + shift, m.end("np") + shift
    np_ = m.group("np")
    if c.economy.search(np_) or _overlaps_mention(s, np_lo, np_hi) or any(
            a.start < np_hi and a.end > np_lo for a in linker.v.agencies[
                bisect_left(linker._agency_starts, np_lo - 80):
                bisect_left(linker._agency_starts, np_hi)]):
        return None
    cleaned = _clean(np_)
    if cleaned and shift and not re.sub(r",?\s+(?:which|that)$", "", " ".join(
            np_.split())).endswith(cleaned):  # ("E&E products, which make up": a subject)
        return None  # "Collectively, these products represented": cut words are no subject
    return cleaned if cleaned and cleaned.lower() not in c.products.not_restricting else None


def _item_by(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    text, c = linker.text, linker.c
    m = c.products.item_by.search(text, max(s.bounds[0], fig.start - 70), fig.start)
    if m is None:
        m = c.products.change_in.match(text, fig.end, min(s.bounds[1], fig.end + 80))
        if m is None or linker.any_figure_in(fig.end, m.end()):
            return None
    np_ = m.group("np")
    lo, hi = m.start("np"), m.end("np")
    if c.economy.search(np_) or any(d.end > lo for d in linker.dates_in(max(0, lo - 40), hi)) \
            or _overlaps_mention(s, lo, hi):
        return None  # "a 0.3 percent rise in October", "in the first quarter": a date
    # the whole phrase must be product words: "was stable at 2.7%" names none
    words = np_.split()
    while words and words[0].lower() in c.products.leads:
        words.pop(0)  # ("and increase of non-food items by": the opener's words)
    cleaned = _clean(" ".join(words))
    if cleaned is None or cleaned != " ".join(words):
        return None
    return cleaned


def _flow_of(linker: _Linker, fig: Item, mention: MetricMention,
             after: re.Pattern[str] | None = None) -> str | None:
    text = linker.text
    m = (after or _FLOW_OF).match(text, mention.head_end)
    if m is None and after is None and _VERB_GAP.fullmatch(text, mention.end, fig.start):
        # "China imported 74.6 million tonnes of soybeans": a flow verb, the figure, the goods
        m = _FLOW_OF.match(text, fig.end)
        np_ = _VERB_GOODS_END.split(m.group("np"), 1)[0] if m else ""
        dated = linker.dates_in(m.start("np"), m.start("np") + len(np_)) if np_ else []
        if dated:  # "exported 8.2 million tonnes of rice last year": the goods end at a date
            np_ = np_[:max(0, dated[0].start - m.start("np"))]
        goods = _clean(np_) if np_ and not linker.c.economy.search(np_) \
            and not linker.any_figure_in(m.start("np"), m.start("np") + len(np_)) else None
        # ("exported €44.3 billion of goods": the plain scope word restricts nothing)
        return None if goods and goods.lower() in linker.c.products.not_restricting else goods
    if m is None or m.start("np") > fig.start > mention.start or \
            m.group("np").split()[0].lower() in linker.c.products.pronouns:
        return None  # (not "exports of them doubled to 212,000": goods named before)
    if after is not None and (linker.dates_in(m.start() - 12, m.end("np"))
                              or m.group("np").split()[0].lower()
                              in linker.c.products.not_modifiers
                              or linker.c.economy.match(m.group("np"))):
        # "the surplus in July", "inflation in the first half", "in trade", "inflation in
        # Sri Lanka": a period, a scope or a place, no sector
        return None
    np_ = m.group("np")
    dated = linker.dates_in(m.start("np"), m.end("np"))
    if dated:  # "buyers of Thai rice last year were ...": the goods end where a date starts
        np_ = np_[:dated[0].start - m.start("np")]
    np_ = _clean(np_)
    tail = with_acronym_head(text, m.end("np")) if np_ and not dated and \
        m.group("np").rstrip().endswith(np_) else None
    np_ = np_ + tail if np_ and tail else np_  # "of electrical and electronic (E&E) products"
    if after is not None and np_ and m.group("np")[len(np_):].split()[:1] and \
            m.group("np")[len(np_):].split()[0].lower() in linker.c.products.measure_nouns:
        return None  # "the surplus in yuan terms": the unit it is measured in, no sector
    origin = linker.c.economy.match(text, m.start("np")) if after is None else None
    if origin is not None and not origin.group("poss") and origin.end() > m.end("np") and \
            text[origin.end():origin.end() + 1] == " ":
        # "exports of U.S. soybeans": a dotted origin the word run stops in; the goods follow
        goods = _GOODS_WORDS.match(text, origin.end() + 1)
        np_ = _clean(goods.group("np")) if goods else None
    lead = linker.c.economy.match(np_) if np_ else None
    if lead is not None and not lead.group("poss") and np_[lead.end():lead.end() + 1] == " ":
        # "overseas sales of Japanese cars": the origin is the economy's; the goods are cars
        np_ = _clean(np_[lead.end():])
    if np_ is None or np_.lower() in linker.c.products.not_restricting \
            or linker.c.economy.search(np_) \
            or linker.any_figure_in(m.start("np"), m.start("np") + len(np_)):
        return None
    return np_


_WORD = re.compile(r"(?<!['\u2019\w-])([a-z][\w-]*)[ \t]+$")
_ANY_WORD = re.compile(r"(?<!['\u2019\w-])([A-Za-z][\w-]*)[ \t]+$")
# a capitalised word opening its sentence ("Travel exports climbed"), maybe after a quote
_FIRST_WORD = re.compile(r"(?<!['\u2019\w-])([A-Z][a-z][\w-]*)[ \t]+$")
# (after a dateline: "NAIROBI - ", "ACCRA, Sept 4 – ")
_SENTENCE_OPEN = re.compile(r"[\s\"“‘'(]*(?:[A-Z]{2,30}[\w .,']{0,60}?\s[-\u2013\u2014]\s+)?")
_NON_WORD = re.compile(r"(?<![\w-])non[-\u2010\u2011][a-z][\w-]*(?:\s+and\s+[a-z]+)?",
                       re.IGNORECASE)
def _modifiers(linker: _Linker, s: SentenceIndex, mention: MetricMention,
               canonical: str | None) -> str | None:
    """The words right before a metric wording that restrict it: "non-energy" of "the
    non-energy deficit", "household" of "household energy prices" (with the lexicon's
    product "energy"). Only a "non-" word, or lower-case words before a product the lexicon
    knows, are read: other modifiers ("sluggish", "weekly") rarely name products."""
    text, c = linker.text, linker.c
    if not canonical:
        # a scope word of the wording that is a restriction: "the non-energy deficit"
        own = _NON_WORD.search(text, mention.start, mention.head_start)
        if own:
            return own.group(0)
    words: list[str] = []
    start = mention.start
    while len([w for w in words if w != "and"]) < 2:
        m = _WORD.search(text, max(s.bounds[0], start - 30), start)
        if m is None:
            if c.economy_owner.search(text, max(s.bounds[0], start - 40), start):
                break  # "Swiss watch exports": the economy owns the run, below
            m = _FIRST_WORD.search(text, max(s.bounds[0], start - 30), start)
            if m is None or not _SENTENCE_OPEN.fullmatch(text, s.bounds[0], m.start(1)):
                break
        low = m.group(1).lower()
        if low == "and" and words and words[0] != "and":
            # "bread and cereals inflation": a coordination inside the run, kept only if a
            # modifier comes before it
            words.insert(0, m.group(1))
            start = m.start(1)
            continue
        if low in c.products.not_modifiers or low in c.products.not_product \
                or low in c.direction_words:
            break
        words.insert(0, m.group(1))
        start = m.start(1)
    if words and words[0] == "and":
        # "exports and chip imports": the run after the coordination only
        words.pop(0)
        start = _run_start(text, words, mention.start, start)
    if not words or c.economy.search(" ".join(words)) or linker.dates_in(start, mention.start):
        return None
    # the run must open its noun phrase: "..., household energy prices", not "data showed
    # core prices" (a verb before it); or follow the economy owning the metric ("New Zealand
    # dairy exports", "Indonesia's mineral fuels exports")
    owner = c.economy_owner.search(text, max(s.bounds[0], start - 40), start)
    # adjectives that are no product may open the phrase before the run ("Annual bread and
    # cereals inflation", "the monthly food prices")
    if owner is None and not _opens_phrase(linker, s, start):
        return None
    if canonical:
        own = text[mention.start:mention.head_start].strip()
        return " ".join(words) + " " + (own if own else canonical)
    if words[-1].lower().startswith("non-"):
        # ("non-EU exports": trade outside an area, no partner and no product)
        return None if c.economy.fullmatch(words[-1][4:]) else " ".join(words)
    if (mention.metric in c.products.flows or mention.metric in c.products.prices) \
            and _noun_modifiers(linker, s, mention, words, start):
        # "Travel exports climbed", "its semiconductor shipments", "gasoline prices rose":
        # the noun modifiers opening the phrase of a flow or a price restrict it
        if len(words) > 1 and words[-1].lower() in c.products.price_heads:
            words = words[:-1]  # "Rice price inflation": 'Rice'
        return " ".join(words)
    return None


# "of manufactured exports": the whole a share is of, not the figure's restriction
_OF_BEFORE = re.compile(r"(?<![\w-])of\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"(?:[,;]|(?<![\w-])and)\s+$")


def _opens_phrase(linker: _Linker, s: SentenceIndex, start: int) -> bool:
    """Whether a run starting at ``start`` opens its noun phrase, maybe after adjectives
    that are no product ("Annual bread and cereals inflation", "the monthly food prices")."""
    c, text = linker.c, linker.text
    for _ in range(4):
        # (a sentence after a single line break opens with that break)
        if not text[s.bounds[0]:start].strip() or c.products.np_opening.search(
                text, max(s.bounds[0], start - 12), start):
            return True
        adj = _ANY_WORD.search(text, max(s.bounds[0], start - 30), start)
        if adj is None or adj.group(1).lower() not in c.products.not_modifiers:
            return False
        start = adj.start(1)
    return False


def _run_start(text: str, words: list[str], end: int, fallback: int) -> int:
    """Where the run of ``words`` ending before ``end`` starts in the text."""
    if not words:
        return end
    at = text.rfind(words[0], 0, end)
    return at if at >= 0 else fallback


def _noun_modifiers(linker: _Linker, s: SentenceIndex, mention: MetricMention,
                    words: list[str], start: int) -> bool:
    """Whether the words before a flow or price wording are nouns restricting it: the
    wording's head is a noun ("were exported" has no modifiers), the words are no rank or
    sign ("second-highest", "negative"), no verb of a clause ("the ministry projected
    exports") and no area ("Intra-euro area trade"), and they are not the whole of a share
    ("3.4% of manufacturing industries exports")."""
    text, p = linker.text, linker.c.products
    head = text[mention.head_start:mention.head_end].lower()
    if head.endswith("ed") or _OF_BEFORE.search(text, max(s.bounds[0], start - 12), start):
        return False
    if words[0].lower().endswith("ing") and _CLAUSE_BEFORE.search(
            text, max(s.bounds[0], start - 8), start):
        return False  # ", bringing total trade to": a participle opens the clause
    for w in words:
        low = w.lower()
        last = low.rsplit("-", 1)[-1]
        if last in p.not_modifiers or low.startswith(("intra", "extra")) or \
                last.endswith("est"):
            return False
    return True


# "The transportation index was up 3.0 per cent", "while the shelter index rose": the item
# a price measure of the clause is of, in a sentence that names no metric wording
_PRICE_SUBJECT = re.compile(
    r"(?:^\s*|[,;]\s*|(?<![\w-])(?:while|and|but|whereas|as)\s+)"
    r"(?:(?:while|and|but|whereas|as)\s+)?(?:the\s+)?"
    r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s+(?:index|prices|price|costs)\b"
    r"(?=[^,;]*$)", re.IGNORECASE)
# "the index for all items less food and energy rose 0.3 percent": the item written after
# the index, up to the clause's verb (the words back from the figure that are no product)
_INDEX_FOR = re.compile(
    r"(?:^\s*|[,;]\s*|(?<![\w-])(?:while|and|but|whereas|as)\s+)(?:the\s+)?index\s+for\s+"
    r"(?:the\s+)?(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,8})\s*$", re.IGNORECASE)


def _price_subject(linker: _Linker, fig: Item, s: SentenceIndex) -> str | None:
    clause = s.clause(fig.start)
    # on the clause's own text: its start is the pattern's start ("^")
    found = _index_for(linker, linker.text[clause[0]:fig.start])
    if found is not None:
        return found
    m = _PRICE_SUBJECT.search(linker.text[clause[0]:fig.start])
    if m is None:
        return None
    np_ = _clean(m.group("np"))
    c = linker.c
    if np_ is None or np_ != " ".join(m.group("np").split()) or c.economy.search(np_) or any(
            w.lower() in c.products.not_modifiers for w in np_.split()):
        return None
    return np_


def _index_for(linker: _Linker, before: str) -> str | None:
    m = _INDEX_FOR.search(before)
    if m is None:
        return None
    words = m.group("np").split()
    c = linker.c
    while words and (words[-1].lower() in c.direction_words or
                     words[-1].lower() in c.products.not_product):
        words.pop()  # "... energy rose", "... energy was up"
    np_ = " ".join(words)
    return np_ if np_ and not c.economy.search(np_) else None


def _price_item(linker: _Linker, mention: MetricMention) -> str | None:
    """'the price of services grew', 'prices of meat fell': the item a bare price wording
    names after it. (The words before a bare "prices" are not read: they name commodities
    as often as basket items, "oil prices", which are subjects, not products.)"""
    text = linker.text
    head = text[mention.head_start:mention.head_end].lower()
    if head not in linker.c.products.price_heads or mention.start != mention.head_start:
        return None
    after = _PRICE_OF.match(text, mention.head_end)
    if after is not None and head.startswith("price"):
        np = _clean(after.group("np"))
        if np:
            return np
    return None


def _lead_modifiers(linker: _Linker, before: list[str]) -> str:
    """The words of a metric wording before its product word that narrow the product
    ("Vehicle fuel prices": 'Vehicle '), back to a word that is no modifier ("total",
    an economy, a date)."""
    p, kept = linker.c.products, []
    for w in reversed(before):
        low = w.lower()
        if low in p.not_modifiers or low in p.not_product or low in linker.c.direction_words \
                or linker.c.economy.fullmatch(w) or any(ch.isdigit() for ch in w) \
                or not w[:1].isalpha():
            break
        kept.insert(0, w)
    return " ".join(kept) + " " if kept else ""


def _as_written(linker: _Linker, mention: MetricMention, canonical: str) -> str:
    """The metric's product as the text writes it ("semiconductor exports": 'semiconductor',
    not the lexicon's 'semiconductors'), with a generic tail the text writes after it
    ("exports of energy products" is 'energy products', not 'energy'): the contract's
    product is as written."""
    text = linker.text
    products = default_metric_finder().products
    for lo, hi in ((mention.start, mention.head_start), (mention.head_end, mention.end)):
        words = list(re.finditer(r"[\w'’-]+", text[lo:hi]))
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                b = words[i + n - 1].end()
                phrase = text[lo + words[i].start():lo + b]
                if products.get(" ".join(phrase.lower().split())) == canonical:
                    tail = linker.c.products.tail.match(text, lo + b)
                    inside = text[lo + b:hi].strip()
                    if tail and inside and not inside.startswith(tail.group(0).strip()):
                        tail = None  # the tail must follow inside the mention or right after
                    written = " ".join(phrase.split())
                    if lo == mention.start:
                        written = _lead_modifiers(linker, [w.group(0) for w in words[:i]]) \
                            + written
                    return written + (" " + tail.group(0).strip() if tail else "")
    return canonical


_LIST_AND = re.compile(r"\s(?:and|or)\s")


# a lead-in that names how the list is broken down: "By sector,", "Among industries,", "In
# terms of products,"
_LEAD_IN = re.compile(r"\s*(?:by|among|across|in\s+terms\s+of)\s+(?:the\s+)?[a-z]+,\s*",
                      re.IGNORECASE)


def component(text: str, clause_start: int, fig_start: int, words: str) -> str | None:
    """The product of a component named with no metric word, as written: the words read
    before the figure (``words``) cut before their verb ("Manufacturing is estimated to
    have grown 2.4%": 'Manufacturing') and widened to the whole list they end ("Coffee,
    tea and spices led the rise": 'Coffee, tea and spices', not 'tea and spices led the')."""
    if text[clause_start:fig_start].rstrip().endswith("("):
        # "consumer electronics (16.8%)": the words before the bracket, the whole item of
        # a bracketed series ("clothing and footwear (10.6%), ...")
        item = series_item(text, clause_start, fig_start, len(text))
        return item if item is not None and item.lower().endswith(words.lower()) else words
    lead = _LEAD_IN.match(text, clause_start, fig_start)
    if lead is not None:
        clause_start = lead.end()  # "By sector, agriculture grew ...": a heading, no item
    own = _clean(words)
    whole = _clean(text[clause_start:fig_start])
    if whole and own and whole.lower().endswith(own.lower()) and \
            whole[:len(whole) - len(own)].rstrip().endswith(",") and _LIST_AND.search(whole):
        return whole  # the list the words end ("For example, ships" is none)
    if own is not None and all(w.lower() in cues().products.not_modifiers
                               for w in own.split()):
        return None  # "we see a sharp decline to ...": a pronoun's verb, no component
    return own
