"""Figures compared with a figure of the same sentence take its role: "made up 68.4% of
exports, down from 75.1% a year earlier" compares two shares; "capital goods at 12.4% and
consumption goods at 11.1%" lists shares after "intermediate goods took 76.2% of exports"."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from re import Pattern
from typing import Any

from tradeie.relate.metric_patterns import PART_OR


def share_of_compared(facts: list[dict[str, Any]], text: str, compared_before: Pattern[str],
                      direction_words: Pattern[str], units: dict[tuple[int, int], str]) -> None:
    """Make a percent 'change' a 'share' when an earlier fact of its sentence with the same
    metric is a share and the figure is a value compared with ("down from 75.1%") or a
    listed one that no change word precedes ("followed by capital goods at 12.4%")."""
    share_metric: str | None = None
    prev_end: int | None = None
    prev_role: str | None = None
    for f in facts:
        start, end = f["figure"]
        if f["role"] == "share":
            share_metric = f["metric"]
        elif (share_metric is not None and f["metric"] == share_metric and f["role"] == "change"
              and units.get((start, end)) == "percent" and prev_end is not None):
            gap = text[prev_end:start]
            # a signed or bracketed percent after a level is its change: "$50.8bn (+7.6%)"
            signed = text[start:start + 1] in "+-−" or gap.rstrip().endswith("(")
            # "increased by RM1.7 billion or 8.3 per cent": the percent restates the change
            restated = prev_role == "change" and _OR_GAP.fullmatch(gap) is not None
            if compared_before.search(text, max(prev_end, start - 60), start) or (
                    not signed and not restated and not direction_words.search(gap)):
                f["role"], f["direction"], f["basis"] = "share", None, None
                f.pop("of_growth_rate", None)
        prev_end, prev_role = end, f["role"]


# between an amount and the percent restating it: "by RM1.7 billion or 8.3 per cent"
_TO_GAP = re.compile(r"\s{1,3}to\s{1,3}")
_OR_GAP = re.compile(r"\s{0,3},?\s{0,3}or\s{1,3}")

# "above the 3% target", "below its 2% goal" (not "from a 1.2% growth target": a change)
_THRESHOLD_BEFORE = re.compile(r"\b(?:above|below|under|over|within)\s+(?:the|its|their|a)\s+$",
                               re.IGNORECASE)


def role_of_compared(facts: list[dict[str, Any]], text: str, compared_before: Pattern[str],
                     units: dict[tuple[int, int], str],
                     rate_metrics: Collection[str] = ()) -> None:
    """A percent compared with ("lifted the index by 3.8% in July from 2.9% in June",
    "remained at 69.7%, down from the previous month's 90.7%") is the same kind of figure
    as the percent of its metric it is compared with: a rate level or a change."""
    last: dict[str, dict[str, Any]] = {}
    for f in facts:
        start, end = f["figure"]
        if units.get((start, end)) != "percent":
            continue
        before = last.get(f["metric"])
        if f.get("modality") == "target":
            # "down from 5.79%, above the 3.25% official target": a target compared with is a
            # rate level, whatever moved before it (of a rate: "below the 6.5 percent the
            # government had hoped for" after GDP growth is a growth target, a change)
            if f["role"] == "change" and _THRESHOLD_BEFORE.search(text, max(0, start - 40), start) \
                    and (f["metric"] in rate_metrics or f["metric"] == "other"):
                f["role"], f["direction"], f["basis"] = "level", None, None
                f.pop("of_growth_rate", None)
            continue
        if before is not None and before["role"] in ("level", "change") and \
                f["role"] in ("level", "change") and f["role"] != before["role"] and (
                    compared_before.search(text, max(before["figure"][1], start - 60), start)
                    or _forecast_of_same(f, before)):
            f["role"] = before["role"]
            if f["role"] == "level":
                f["direction"] = f["basis"] = None
            else:
                f["direction"] = f["direction"] or "up"
        last[f["metric"]] = f


def _forecast_of_same(f: dict[str, Any], before: dict[str, Any]) -> bool:
    """"rose 2.2% ..., exceeding a median market forecast of 2.0%": a forecast of the same
    metric after an actual figure, naming no metric of its own after it, is the same kind
    of figure."""
    mention = f.get("mention")
    return f.get("modality") == "forecast" and before.get("modality") == "actual" and \
        mention is not None and mention[0] < before["figure"][0]


def other_metric_text(text: str, clause_start: int, fig: Any) -> str | None:
    """What an 'other' figure measures, as written: a count's noun ("21 free trade
    agreements": "free trade agreements"), else the last words of its clause before it
    ("remittances worth", "Government consumption rose by"), at most six."""
    if fig.label == "QUANTITY" and fig.attrs.get("unit"):
        return fig.attrs.get("unit")
    words = text[clause_start:fig.start].split()[-6:]
    phrase = " ".join(w.strip("(),;:\"“”") for w in words).strip()
    return phrase or fig.attrs.get("unit")


# where a listed component's name starts: after a comma, "and", "by", "with" or a colon
_COMPONENT_START = re.compile(r"(?:^|[,;:]|\b(?:and|by|with|while|including|of)\b)\s*", re.I)
# "..., with US$ 590 million": a ranked component's figure
_WITH_END = re.compile(r",?\s+with\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+[^,;:]+$", re.I)
# a table row turned into a sentence: "By product: beef, US$ 190 million (+12%); soybeans,
# US$ 150 million (-35%)": the row's label opens its clause (or follows a colon), then a
# comma, then the row's amount (and the bracketed change after it)
# a clause opening with a list of one- or two-word items: "Electronics, computers and
# components", "Rice, sugar and tea"
_LIST_SUBJECT = re.compile(
    r"\s*(?:the\s+)?(?!(?i:by|in|of|for|from|among|with|on|at|as)\s)"  # not "By sector, ..."
    r"(?P<np>[A-Za-z][\w-]*(?:\s[a-z][\w-]*)?"
    r"(?:,\s[a-z][\w-]*(?:\s[a-z][\w-]*)?){1,4},?\s(?:and|or)\s[a-z][\w-]*(?:\s[a-z][\w-]*)?)"
    r"\s+$")
_ROW_LABEL = re.compile(r"(?:^|:)\s*(?P<label>[A-Za-z][A-Za-z'’ -]{0,40}?),\s*"
                        r"(?:[^\s,;:()]+(?:\s+[^\s,;:()]+){0,3}\s*\(\s*)?$")


# a clause's subject, then an aside between commas right before its verb ("Agriculture, the
# only sector in the red, shrank"): a relative clause or a noun phrase of the subject
_SUBJECT_ASIDE = re.compile(r"(?:^|[,;])\s*(?P<subj>[^,;]{1,60}?),\s+"
                            r"(?:which|that|the|its|their|a|an|[A-Z][\w-]*['’]s)\s"
                            r"[^,;()\d]{3,90},\s*$", re.I)
# the verb and article between a component and the change it led ("... drove the increase")
_LED_TAIL = re.compile(r"\s+(?:led|drove|powered|fuell?ed|spearheaded)\s+(?:the\s+)?$", re.I)


def component_subject(text: str, clause_start: int, fig_start: int,
                      direction_words: Pattern[str],
                      rank_end: Pattern[str] | None = None,
                      level_verb: Pattern[str] | None = None,
                      earning_verb: Pattern[str] | None = None,
                      known: Callable[[str], str | None] | None = None) -> str | None:
    """The component a figure of an unnamed metric measures, as written: the words before a
    bracketed figure ("followed by consumer electronics (16.8%)": "consumer electronics"),
    else those of its clause before the first change word ("wireless communications
    equipment fell 42.2%"); one to five words, else None."""
    before = text[clause_start:fig_start]
    row = _ROW_LABEL.search(before)
    if row is not None and before.rstrip().endswith("(") and row.end("label") < len(before) \
            and not direction_words.search(before, row.end("label")):
        return _words(row.group("label"))  # the row's change: "beef, US$ 190 million (+12%)"
    if before.rstrip().endswith("("):
        head = before.rstrip()[:-1]
        starts = list(_COMPONENT_START.finditer(head))
        phrase = head[starts[-1].end():] if starts else head
    else:
        m = direction_words.search(before)
        if m is None:
            row = _ROW_LABEL.search(before)
            if row is not None:
                return _words(row.group("label"))
            ranked = None if rank_end is None else _ranked(before, rank_end)
            if ranked is not None or level_verb is None or earning_verb is None:
                return ranked
            # "Textiles and garments earned $40.2 billion": the subject of a verb of earning
            # that ends right before the figure; of another level verb ("Energy was 2.4
            # percent more expensive") only a known product ("Total exports were", "The
            # contribution of food was" name none)
            m = level_verb.search(before)
            if m is None:
                return None
            if not earning_verb.search(m.group(0)):
                found = known(before[:m.start()].rsplit(",", 1)[-1].strip()) if known else None
                return _words(found) if found else None
        listed = _LIST_SUBJECT.match(before, 0, m.start())
        if listed is not None:
            # "Electronics, computers and components rose 21%": the whole list is the subject
            return _words(listed.group("np"), longest=8)
        phrase = before[:m.start()].rsplit(",", 1)[-1]
        aside = _SUBJECT_ASIDE.search(before, 0, m.start()) if not phrase.strip() else None
        if aside is not None:
            # "Energy products, which include crude oil, dropped 6.8%": the subject before
            # an aside between commas (which names no metric of its own)
            phrase = aside.group("subj")
        # "Meat and meat preparations led the gain, rising 17 percent": the subject of the
        # verb that leads the change word, not the verb
        phrase = _LED_TAIL.sub("", phrase)
    return _words(phrase)


def _ranked(before: str, rank_end: Pattern[str]) -> str | None:
    """"Blueberries led with US$ 610 million, followed by avocados with US$ 590 million":
    the component ranked with the figure, before a ranking verb or after 'followed by'."""
    with_ = _WITH_END.search(before)
    if with_ is None:
        return None
    head = before[:with_.start()]
    verb = rank_end.search(head)
    if verb is not None:
        head = head[:verb.start()]
    elif _FOLLOWED_BY.search(head) is None:
        return None
    starts = list(_COMPONENT_START.finditer(head))
    return _words(head[starts[-1].end():] if starts else head)


def _words(phrase: str, longest: int = 5) -> str | None:
    """One to five words of a component (up to eight for a list), leading articles and
    conjunctions left out."""
    words = phrase.split()
    while words and words[0].lower() in ("the", "and", "while", "but", "whereas", "with", "as"):
        words = words[1:]
    if len(words) > 2 and words[0].lower() == "index" and words[1].lower() in ("for", "of"):
        # "the index for all items less food and energy rose": the item after the index
        words, longest = words[2:], 8
    if not 1 <= len(words) <= longest or not all(w[:1].isalpha() for w in words):
        return None
    return " ".join(words).strip("()\"“”") or None


def carry_direction(facts: list[dict[str, Any]], values: dict[tuple[int, int], Any]) -> None:
    """A change listed after another of its sentence without a change word of its own takes
    that one's direction: "wireless equipment fell 42.2%, followed by consumer electronics
    (16.8%), computers (10.8%)" are falls too. With none before it, its sign says."""
    last: str | None = None
    for f in facts:
        if f["role"] != "change":
            continue
        if f["direction"] is None:
            value = values.get(tuple(f["figure"]))
            sign = None if not isinstance(value, int | float) else (
                "up" if value > 0 else "down" if value < 0 else "flat")
            f["direction"] = last or sign
        else:
            last = f["direction"]


# between an amount and its bracketed percent: "decreased by $7.4 billion (2.5 percent)"
_BRACKET_GAP = re.compile(r"\s*\(\s*")


def bracketed_change_direction(facts: list[dict[str, Any]], text: str,
                               values: dict[tuple[int, int], Any]) -> None:
    """An unsigned percent in brackets right after a change of its metric restates that
    change: "decreased by $7.4 billion (2.5 percent)" is a fall of 2.5 percent."""
    for before, f in zip(facts, facts[1:], strict=False):
        if f["role"] != "change" or before["role"] != "change" or \
                before["metric"] != f["metric"] or before["direction"] is None:
            continue
        value = values.get(tuple(f["figure"]))
        if not _BRACKET_GAP.fullmatch(text, before["figure"][1], f["figure"][0]) or \
                text[f["figure"][0]:f["figure"][0] + 1] in "+-−" or \
                (isinstance(value, int | float) and value < 0):
            continue
        f["direction"] = before["direction"]


# ", up 25% from a year earlier": a change set off right after the level it moved
_APPOSED_CHANGE = re.compile(r"[^,;]{0,40},\s+(?:up|down|rising|falling|a\s+rise\s+of|"
                             r"a\s+fall\s+of|an\s+increase\s+of|a\s+decrease\s+of)\s+$",
                             re.IGNORECASE)


# "..., 7.4% less than the €47.8 billion sold a year earlier": a change set off after the
# level, its direction a comparative after it
_APPOSED_GAP = re.compile(r"[^,;]{0,60},\s+")
_COMPARATIVE_AFTER = re.compile(r"\s+(?:less|more|lower|higher)\s+than\b", re.IGNORECASE)


def carry_to_apposed_change(facts: list[dict[str, Any]], text: str,
                            noun_gap: Pattern[str] | None = None) -> None:
    """"China imported 74.6 million tonnes of soybeans from Brazil in 2023, up 25% from a
    year earlier", "Germany exported €44.3 billion of goods to China in the first half,
    7.4% less than a year earlier": the change set off after a level of the same wording is
    the change of that level, with its partner and product when it names none."""
    for before, f in zip(facts, facts[1:], strict=False):
        lo, start, end = before["figure"][1], f["figure"][0], f["figure"][1]
        # (the change's own noun, "a growth of", resolved to the level's metric, counts as
        # the same wording)
        own_noun = f.get("mention") and lo <= f["mention"][0] < start and \
            f["metric"] == before["metric"]
        if f["role"] != "change" or before["role"] != "level" or \
                (f.get("mention") != before.get("mention") and not own_noun):
            continue
        # (", a growth of 14.6 percent": any change noun of relations.json, noun_gap)
        if not _APPOSED_CHANGE.fullmatch(text, lo, start) and not (
                noun_gap is not None and noun_gap.fullmatch(text, lo, start)) and not (
                _APPOSED_GAP.fullmatch(text, lo, start)
                and _COMPARATIVE_AFTER.match(text, end)):
            continue
        for key in ("partner", "product"):
            if f.get(key) is None and before.get(key) is not None:
                f[key] = before[key]


def carry_product_to_apposed_share(facts: list[dict[str, Any]], text: str,
                                   gap: re.Pattern[str]) -> None:
    """"FDI firms raked in $45.9 billion from exports, up 24.3 percent, making up 71.3
    percent of total exports": a share set off right after a figure of the same wording is
    that figure's goods' share, so it takes their product when it names none."""
    for before, f in zip(facts, facts[1:], strict=False):
        if f["role"] == "share" and f.get("product") is None and before.get("product") and \
                f.get("mention") == before.get("mention") and \
                gap.fullmatch(text, before["figure"][1], f["figure"][0]):
            f["product"] = before["product"]


def carry_to_restated(facts: list[dict[str, Any]], text: str,
                      units: dict[tuple[int, int], str]) -> None:
    """"increased by RM1.7 billion or 8.3 per cent", "handled 3.5 trillion yuan of the
    province's trade, or 82.3 percent": a percent after ", or" restates the amount right
    before it (of the same wording), so it takes that amount's partner and product when it
    names none."""
    for before, f in zip(facts, facts[1:], strict=False):
        if units.get(tuple(f["figure"])) != "percent" or \
                units.get(tuple(before["figure"])) in ("percent", "percentage_point") or \
                f.get("mention") != before.get("mention"):
            continue
        lo, start = before["figure"][1], f["figure"][0]
        if _OR_GAP.fullmatch(text, lo, start) or PART_OR.fullmatch(text, lo, start):
            for key in ("partner", "product"):
                if f.get(key) is None and before.get(key) is not None:
                    f[key] = before[key]


def level_of_move(facts: list[dict[str, Any]], text: str,
                  units: dict[tuple[int, int], str]) -> None:
    """"and to the US 20.6% to RM14.1bil": the level a percent change moved to is the level
    of the same flow, so it has that change's partner (an elided clause otherwise leaves it
    the partner of the clause before)."""
    for before, f in zip(facts, facts[1:], strict=False):
        if before["role"] == "change" and f["role"] == "level" and \
                units.get(tuple(before["figure"])) == "percent" and \
                before.get("partner") and f.get("metric") == before.get("metric") and \
                _TO_GAP.fullmatch(text, before["figure"][1], f["figure"][0]):
            f["partner"] = before["partner"]
