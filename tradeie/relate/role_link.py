"""The role a figure plays for its metric (level, change or share), its direction and
whether it is a growth rate's change.

A mixin of the linker (``relate.linker._Linker``), split from ``relate.metric_link``: it reads
the linker's text, cues, figures, metric mentions and the period resolver.
"""

from __future__ import annotations

from bisect import bisect_left

from tradeie.normalize.metrics import MetricMention
from tradeie.relate.bracket_mate import bracket_economy
from tradeie.relate.cues import BRACKET_BEFORE_FIGURE, BY_BEFORE, LIST_JOINER, OF_AFTER
from tradeie.relate.heads import GROWTH_WORDS
from tradeie.relate.metric_patterns import (
    AS_SHARE_OF,
    BRACKET_AFTER,
    BY_GAP,
    COUNT_MORE,
    DETERMINER_BEFORE,
    OF_GAP,
    OF_THE,
    OF_WORD,
    PART_OR,
    PARTNER_WITH,
    PREMODIFIER_GAP,
    RELATIVE_MOVE,
)
from tradeie.relate.rate_pace import index_moved_at
from tradeie.relate.share_whole import rate_named_before
from tradeie.relate.view import Item, _within


class RoleLinking:
    def _role(self, fig: Item, sent, mention: MetricMention) -> tuple[str, str | None, bool]:
        """(role, direction, of_growth_rate), and shares written as lists: "$26.9 billion
        (40.8% of the total) and imports $39.1 billion (59.2%)", "exports accounted for 25.6
        percent and imports for 74.4 percent": a percent written with no change word after
        a share of its sentence is a share too."""
        role, direction, growth = self._role_of(fig, sent, mention)
        if fig.label != "PERCENT" or fig.attrs.get("unit") != "percent":
            return role, direction, growth
        last = getattr(self, "_last_share", None)
        # (an unlisted metric's percent too: "The United States sent 53% of the total,
        # followed by Spain with 14%" in a story of remittances)
        movable = role == "change" or (role == "level" and mention.metric == "other")
        if movable and self._partner_listed(fig, sent):
            role, direction, growth = "share", None, False
        if (movable and self.c.share_after.match(self.text[fig.end:min(sent[1], fig.end + 40)])) \
                or (role == "change" and (last is not None and sent[0] <= last < fig.start
                    and self.text[fig.start:fig.start + 1] not in "+-\u2212"
                    and not self.c.any_direction.search(self.text, last, fig.start)
                    and not self.c.change_after.match(self.text[fig.end:fig.end + 40]))):
            role, direction, growth = "share", None, False
        if role == "share":
            # (a share in words, "half of the total", starts no list)
            digits = any(ch.isdigit() for ch in self.text[fig.start:fig.end])
            self._last_share = fig.end if digits else None
        return role, direction, growth

    def _partner_listed(self, fig: Item, sent) -> bool:
        """"The UAE was the top buyer with 21 percent", "followed by the US with 8%": a
        percent given to a partner its sentence ranks, with no change word or sign, is its
        share."""
        c, text = self.c, self.text
        if text[fig.start:fig.start + 1] in "+-\u2212" or \
                c.change_after.match(text[fig.end:fig.end + 40]):
            return False
        framed = self.cache.get(("partner_frame", sent[0]))  # once per sentence
        if framed is None:
            framed = self.cache[("partner_frame", sent[0])] = bool(
                c.partner_frame.search(text, sent[0], sent[1]))
        bracket, mate = bracket_economy(self, fig, sent[0])
        if mate and bracket and not c.any_direction.search(text, bracket.end(), fig.start):
            return True  # "to Spain (N2.38 trillion or 11.67%)": the amount's share
        if not framed:
            return False
        lo = max(sent[0], fig.start - 60)
        i = bisect_left(self._fig_starts, fig.start)
        if i and self.v.figures[i - 1].end > lo:
            lo = self.v.figures[i - 1].end
        gap = text[lo:fig.start]
        # (in such a sentence "selling 18.8 percent of foreign goods bought by Qatar" is a
        # share too: a lower-case word after "of", no determiner needed)
        return bool(PARTNER_WITH.search(gap) or OF_THE.match(text, self._list_end(fig), sent[1])
                    or OF_WORD.match(text, fig.end, sent[1])) and \
            not c.any_direction.search(gap)

    def _list_end(self, fig: Item) -> int:
        """The end of the run of figures that ``fig`` opens ("27% and 24% of the total":
        after "24%"), so that the whole after the last one is every listed figure's."""
        end = fig.end
        for nxt in self.v.figures[bisect_left(self._fig_starts, fig.end):]:
            if nxt.label != fig.label or not LIST_JOINER.fullmatch(self.text, end, nxt.start):
                break
            end = nxt.end
        return end

    def _role_of(self, fig: Item, sent, mention: MetricMention
                 ) -> tuple[str, str | None, bool]:
        """(role, direction, of_growth_rate). A percent of a flow or stock (exports, GDP) is
        its change; only rates (CPI, unemployment, 'other') have percent levels."""
        c = self.c
        lo = max(sent[0], mention.end if mention.end <= fig.start else sent[0], fig.start - 60)
        if fig.end <= mention.start and PREMODIFIER_GAP.fullmatch(self.text, fig.end,
                                                                  mention.start):
            # "plunged 74.4% after China slapped a 25% levy": the figure premodifies its
            # metric; the words before its determiner are another figure's
            det = DETERMINER_BEFORE.search(self.text, max(lo, fig.start - 30), fig.start)
            if det is not None:
                lo = det.start()
        before = self.text[lo:fig.start]
        after = self.text[fig.end:min(sent[1], fig.end + 40)]
        unit = fig.attrs.get("unit")
        value = fig.attrs.get("value")
        sign = None if not isinstance(value, int | float) else (
            "up" if value > 0 else "down" if value < 0 else "flat")
        # (an amount is never a share: "with exports to Ghana accounting for $9.1 billion")
        if fig.label == "PERCENT" and c.share_before.search(before[-25:]) and (
            c.share_after.match(after) or c.share_context.search(before[-25:])
        ):
            return "share", None, False
        if fig.label == "PERCENT" and self._share_of(fig, sent) is not None:
            return "share", None, False
        if fig.label == "PERCENT" and unit == "percent" and mention.end <= fig.start and \
                c.share_subject.search(self.text, max(sent[0], mention.start - 40),
                                       mention.start):
            # "The share of private firms in foreign trade was 55.5 percent": the metric is
            # what the share is of; a percentage-point move of it stays a change
            return "share", None, False
        if fig.label == "PERCENT" and unit == "percent" and mention.end <= fig.start and \
                AS_SHARE_OF.match(self.text, mention.end, fig.start):
            # "Oil exports as a share of total exports fell to 74 percent"
            return "share", None, False
        if fig.label == "PERCENT" and unit == "percent" and self._part_restated(fig, sent):
            return "share", None, False
        if fig.label == "PERCENT" and unit == "percent" and RELATIVE_MOVE.search(before[-60:]):
            return "share", None, False  # "their relative decline in 1999 to 13.8%"
        if fig.label == "PERCENT" and unit == "percent" and not any(
                ch.isdigit() for ch in self.text[fig.start:fig.end]):
            # "about half of exports", "a third of"; not "half a percentage point"
            return "share", None, False
        # comparatives ("below the 0.5% expected") compare two figures; they do not say
        # which way the metric moved
        # ("higher by 2.71 billion euros than": a comparative with 'by' before the figure
        # is the change)
        words = [w for w in c.any_direction.finditer(before)
                 if w.group("w").lower() not in c.comparatives
                 or BY_GAP.fullmatch(before, w.end())]
        marker = c.level_marker.search(before)
        if marker is None:
            owner = self._possessive_date_before(fig.start, lo)
            if owner is not None:  # "from February's 4.5%": the marker before the date
                marker = c.level_marker.search(before[:owner - lo])
        if words and marker and marker.start() < words[-1].start() < marker.end():
            words.pop()  # the particle of a level verb: "made up $226.6 billion"
        if not words and mention.end <= fig.start and c.by_before.search(before):
            # "cut its key rate by 25 basis points", "widened the merchandise trade deficit
            # by $8.3 billion": the verb stands before the metric and its scope words
            words = list(c.any_direction.finditer(
                self.text, max(sent[0], mention.start - 45), mention.start))
        if not words and mention.end <= fig.start and OF_GAP.fullmatch(self.text, mention.end,
                                                                        fig.start):
            # "a negative growth of 28.5 per cent": a direction phrase ending with the metric
            words = [w for w in c.any_direction.finditer(
                self.text, max(sent[0], mention.start - 20), mention.end) if w.end() == mention.end]
            fall = None if words else c.fall_heads_subject.search(
                self.text, max(sent[0], mention.start - 60), mention.start)
            if fall is not None:  # "a fall in imports of 2.1%"
                words = [fall]
        said = c.direction_words[" ".join(words[-1].group("w").lower().split())] if words else None
        noun_after = c.change_after.match(after)
        noun_dir = c.direction_words.get(" ".join(noun_after.group("w").lower().split())) \
            if noun_after else None
        level_marker = marker is not None  # (the same search of the same window as above)
        if fig.label == "PERCENT" and unit == "percentage_point":
            direction = noun_dir or self._growth_rate_direction(fig, sent) or said or sign
            growth = mention.metric != "labour.unemployment"
            return "change", direction, growth
        if fig.label == "PERCENT":
            if noun_after:
                return "change", noun_dir or sign, False
            bracket = BRACKET_BEFORE_FIGURE.search(before)
            if bracket and self._level_before(fig.start - len(bracket.group(0))):
                # "US$ 337.0 billion (-0.8%)": the change of the level before it
                return "change", "up" if bracket.group(1) else sign, False
            rate = mention.metric in c.rate_metrics or mention.metric == "other"
            if bracket and not bracket.group(1) and (sign == "up") and not (
                    rate and self._after_date(fig.start - len(bracket.group(0)))) and not (
                    mention.metric in c.rate_metrics and rate_named_before(
                        self.text, fig.start - len(bracket.group(0)),
                        [d.end for d in self.dates_in(sent[0], fig.start)], c.economy)):
                # "followed by computers (10.8%)": a listed change; without a change word
                # before it, its direction is the list's (carry_direction); not a rate's
                # value after its date ("the rate recorded in October 2023 (27.33%)") or
                # its economy ("Ireland (0.0%)")
                return "change", said, False
            if mention.metric == "other" and self.text[
                    mention.head_start:mention.head_end].lower().endswith(" growth"):
                return "change", sign, False  # "Pay growth slowed to 4.9%": its rate reached
            if rate and mention.metric != "other" and " ".join(self.text[
                    mention.head_start:mention.head_end].lower().split()) in GROWTH_WORDS:
                # "the CPI averaged growth of 5.4 percent": a rate's growth is its change
                return "change", said if said and sign != "down" else sign, False
            if not rate and level_marker:
                # "growth slowed to 0.8 percent": the rate reached; its sign is the direction,
                # unless the subject is a fall named by its noun ("the economy's contraction
                # in the first quarter was 0.5%", "the drop in exports was revised to 4.5%")
                # (a noun of the subject: after the metric or a word, not a comma, and no
                # comma up to the verb; not "..., down from 6.8% in 2024")
                if said == "down" and sign == "up" and marker is not None and \
                        words[-1].end() <= marker.start() and \
                        c.change_after.match(words[-1].group("w")) and \
                        before[:words[-1].start()].rstrip()[-1:] not in (",", ";", ":") and \
                        "," not in before[words[-1].end():marker.start()]:
                    return "change", "down", False
                if said is None and sign == "up" and c.fall_heads_subject.search(
                        self.text, max(sent[0], mention.start - 60), mention.start):
                    return "change", "down", False
                return "change", sign, False
            if not rate:
                if said is None and sign == "up" and \
                        self.text[fig.start:fig.start + 1] != "+" and BY_BEFORE.search(before):
                    # "fell 43.1%, including mechanical equipment by 35.4%": an elided verb;
                    # the sentence's last direction (carry_direction), else the sign
                    return "change", None, False
                if words and c.comparison_value_before.search(before, words[-1].end()):
                    return "change", sign, False  # "down from a 4.9% pace": the rate compared
                return "change", said if said and (sign != "down") else sign, False
            if words and index_moved_at(before, words[-1].end(), len(before),
                                        self.text[mention.head_start:mention.head_end]):
                return "change", said, False  # "consumer prices grew at 0.7 percent"
            if level_marker or not words:
                if not words and c.basis_any.search(after) and not (
                        level_marker and "inflation" in mention.text.lower()):
                    # ("inflation was 39.16% on a year-on-year basis" names a rate: a level)
                    return "change", sign, False
                if c.rate_change_before.search(self.text, max(sent[0], fig.start - 110),
                                               fig.start):
                    return "change", sign, False
                return "level", None, False
            return "change", said if sign != "down" else "down", False
        more = COUNT_MORE.search(self.text, fig.start, fig.end) if fig.label == "QUANTITY" \
            else None
        if more:  # "or 22,000 more unemployed": the count the metric moved by
            return "change", "up" if more.group("w").lower() == "more" else "down", False
        if noun_after and noun_dir:
            return "change", noun_dir, False
        # "widened by $3.1 billion", "down 63.3 billion dollars", "an increase of £600m"
        if words and (c.by_before.search(before) or words[-1].end() >= len(before.rstrip())
                      or OF_GAP.fullmatch(before, words[-1].end())):
            return "change", said, False
        return "level", None, False

    def _possessive_date_before(self, pos: int, lo: int) -> int | None:
        """The start of a date whose possessive owns the figure at ``pos`` ("February's
        4.5%", "last year's record $98.9 billion"), if it starts at or after ``lo``."""
        for d in reversed(self.dates_in(lo, pos)):
            if self.c.possessive_date.fullmatch(self.text, d.end, pos):
                return d.start
        return None

    def _after_date(self, pos: int) -> bool:
        """Whether a date ends at ``pos`` (spaces aside): "in October 2023 (27.33%)"."""
        end = len(self.text[:pos].rstrip())
        return any(d.end == end for d in self.dates_in(max(0, end - 40), end))

    def _part_restated(self, fig: Item, sent) -> bool:
        """"handled 3.5 trillion yuan of the province's trade, or 82.3 percent": a percent
        restating an amount written as a part of a whole ("of" and a metric) is a share."""
        lo = max(sent[0], fig.start - 90)
        m = PART_OR.search(self.text, lo, fig.start)
        after = self.text[fig.end:fig.end + 20].split()[:1]
        if m is None or (after and after[0].lower().strip(",.;") in (
                self.c.comparatives | self.c.direction_words.keys())) or not any(
                True for _ in _within(self.v.metrics, self._metric_starts, m.start(), m.end())):
            return False  # (not "or 12 percent more than a year earlier": a change)
        i = bisect_left(self._fig_starts, m.start()) - 1
        return i >= 0 and self.v.figures[i].end == m.start() and \
            self.v.figures[i].label in ("MONEY", "QUANTITY")

    def _level_before(self, pos: int) -> bool:
        """Whether a figure ends at ``pos`` (spaces aside): "US$ 337.0 billion (-0.8%)"."""
        i = bisect_left(self._fig_starts, pos) - 1
        return i >= 0 and not self.text[self.v.figures[i].end:pos].strip()

    def _share_of(self, fig: Item, sent) -> MetricMention | None:
        """'83% of Mexico's exports': the mention in its sentence a percentage is a share of."""
        window = self.text[fig.end:min(sent[1], fig.end + 80)]
        m = OF_AFTER.match(window)
        if not m:
            # "made up 70.1% (CFA 8,625 billion) of total exports": past a bracketed aside
            bracket = BRACKET_AFTER.match(window)
            m = OF_AFTER.match(window, bracket.end()) if bracket else None
        if not m:
            return None
        at = fig.end + m.end()
        for x in _within(self.v.metrics, self._metric_starts, at, min(at + 40, sent[1])):
            # at most three words ("the country's total", "Mexico's") between "of" and it
            if len(self.text[at:x.start].split()) <= 3:
                return x
        return None

    def _growth_rate_direction(self, fig: Item, sent) -> str | None:
        m = self.c.growth_rate.search(self.text, fig.end, min(sent[1], fig.end + 25))
        if not m:
            # "0.5, 2.4 and 1.6 percentage points, respectively, lower than": after the list
            key = ("respectively", sent[0], sent[1])  # (none in the sentence: none after)
            if key not in self.cache:
                self.cache[key] = self.c.respectively.search(self.text, *sent) is not None
            resp = self.c.respectively.search(self.text, fig.end, sent[1]) \
                if self.cache[key] else None
            if resp is not None and not self.c.any_direction.search(self.text, fig.end,
                                                                    resp.start()):
                m = self.c.growth_rate.search(self.text, resp.end(),
                                              min(sent[1], resp.end() + 25))
        if not m:
            return None
        return "down" if m.group(0).lower() in self.c.growth_rate_down else "up"
