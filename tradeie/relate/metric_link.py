"""Which metric a figure measures (its own wording, the clause's, "respectively" lists, a
share "of" a metric), and the role, direction and basis it is given in.

A mixin of the linker (``relate.linker._Linker``): it reads the linker's text, cues, figures,
metric mentions and the period resolver.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from tradeie.normalize.metrics import MetricMention
from tradeie.relate.at_flow import at_flow_metric
from tradeie.relate.basis_link import _basis_between
from tradeie.relate.bracket_mate import bracket_economy
from tradeie.relate.cues import BRACKET_BEFORE_FIGURE, BY_BEFORE, LIST_JOINER, OF_AFTER
from tradeie.relate.heads import GROWTH_WORDS
from tradeie.relate.metric_patterns import (
    AS_SHARE_OF,
    ASIDE,
    BALANCE_METRICS,
    BRACKET_AFTER,
    BY_GAP,
    CHANGE_IN,
    CONTRAST,
    COUNT_CHANGE_GAP,
    COUNT_MORE,
    COUNT_NUMBER,
    COUNT_OF_PLACES,
    DETERMINER_BEFORE,
    FLOW_METRICS,
    HEAD_LINK,
    IN_METRIC,
    OF_GAP,
    OF_THE,
    OF_TO_END,
    OF_WORD,
    OPENING_THE,
    PARTNER_WITH,
    PREMODIFIER_GAP,
    RELATIVE_MOVE,
    SHARE_IN,
    SHARE_OF,
    VALUATION,
    _split_flows,
)
from tradeie.relate.rate_pace import index_moved_at
from tradeie.relate.scope import compared_base
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.share_whole import flow_whole, own_whole_first, rate_named_before
from tradeie.relate.view import Item, _within


class MetricLinking:
    """The metric, role and basis resolvers of the linker (see the module docstring)."""

    def _metric_for(self, fig: Item, s: SentenceIndex, last_metric) -> MetricMention | None:
        sent, mentions = s.bounds, s.mentions
        clause = s.clause(fig.start)
        if self._count_of_places(fig, s):
            return None  # "rose in six provinces", "up for seven of": where, not how much
        if fig.label == "QUANTITY" and fig.attrs.get("_kind") == "count":
            # a count ("16 measures") is its own metric ('other') unless a metric is named
            # right before it: "car production reached 3.99 million vehicles"
            # (a mention ending within 40 characters before it starts within the window
            # below: scan it backwards for the last one that qualifies)
            lo = bisect_left(s.mention_starts, max(clause[0], fig.start - 40 - s.max_mention_len))
            for i in range(bisect_right(s.mention_starts, fig.start) - 1, lo - 1, -1):
                m = mentions[i]
                if m.end <= fig.start and m.start >= clause[0] and fig.start - m.end <= 40 \
                        and m.metric != "other":
                    return self._count_metric(fig, s, m)
            # a count whose unit is a metric's wording: "2.73 million unemployed"
            k = bisect_left(s.mention_starts, fig.start)
            if k < len(mentions) and mentions[k].end <= fig.end and \
                    mentions[k].metric != "other":
                return self._count_metric(fig, s, mentions[k])
            # a count of the same unit as an earlier count of its sentence with a metric
            # measures the same ("fell from 130 000 in June to 128 200 in July")
            unit = fig.attrs.get("unit")
            by_unit = s._lazy.get(("count_metric", unit)) if unit else None
            return by_unit
        # "leaving the country with a $1.3 billion trade surplus": a metric written right
        # after a figure that a determiner opens is what the figure measures
        # (an 'other' one too: "slapped a 25% levy on imports", "a 10% tariff")
        i = bisect_left(s.mention_starts, fig.end)
        if i < len(mentions) and PREMODIFIER_GAP.fullmatch(self.text, fig.end,
                                                           mentions[i].start) and \
                DETERMINER_BEFORE.search(self.text, max(clause[0], fig.start - 30), fig.start):
            return mentions[i]
        # "driven by a 4.1% rise in domestic demand": a change noun and 'in' after the figure
        # name the metric it moved
        noun = self.c.change_after.match(self.text[fig.end:min(s.bounds[1], fig.end + 40)])
        if noun is not None and fig.label != "QUANTITY":
            at = fig.end + noun.end()
            gap = CHANGE_IN.match(self.text, at, s.bounds[1])
            i = bisect_left(s.mention_starts, at)
            if gap is not None and i < len(mentions) and mentions[i].start <= gap.end() and \
                    DETERMINER_BEFORE.search(self.text, max(clause[0], fig.start - 30),
                                             fig.start):
                return self._head_of(mentions[i], s)
        # the last mention ending before the figure; mentions are in text order, so it is
        # also the last one starting in the clause, if any does
        left = s.last_ending_by(fig.start)
        if left is None and fig.label == "PERCENT":
            counted = self._count_before(fig, s)
            if counted is not None:
                return counted
        if left is not None:
            left = self._past_aside(left, s, fig)
            if fig.label == "MONEY":
                left = self._past_share_whole(left, s, fig)
            left = self._past_valuation(left, s)
            left = self._past_ratio_whole(left, s, fig)
        if fig.label != "PERCENT":
            # "$1.58 billion in exports and $285 million in imports": an amount's own metric
            # right after it comes before the one of its clause
            i = bisect_left(s.mention_starts, fig.end)
            if i < len(mentions) and mentions[i].metric != "other" and \
                    IN_METRIC.fullmatch(self.text, fig.end, mentions[i].start):
                return mentions[i]
            at_flow = at_flow_metric(self, fig, s)  # "45.7 billion euros at exports"
            if at_flow is not None:
                return at_flow
        if fig.label == "PERCENT" and left is not None:
            own = self._share_of(fig, sent)  # "(44.5% of exports and 37.2% of imports)"
            if own is not None and own_whole_first(self.text, fig.start, left.start,
                                                   self._level_before):
                return own
            if own is not None and flow_whole(left.metric, own.metric):
                # (at the words of the trade named before, whose partner and reporter the
                # figure keeps: "Trade with Germany made up 20% of imports")
                return replace(own, start=left.start, end=left.end,
                               head_start=left.head_start, head_end=left.head_end)
        if left is not None and left.start >= clause[0]:
            return self._head_of(left, s)
        # "$2.5 trillion in imports": a metric right after the figure names it
        i = bisect_left(s.mention_starts, fig.end)
        if i < len(mentions) and IN_METRIC.fullmatch(self.text, fig.end, mentions[i].start):
            return mentions[i]
        if left is None and fig.label == "PERCENT":
            share_of = self._share_of(fig, sent)
            if share_of is not None:
                return share_of
        # A subject named before a clause break carries over: "Exports rose 5% while ... ".
        if left is not None:
            return left
        # the first mention starting within 40 characters after the figure, unless a figure
        # lies between (the later ones then have one between too)
        i = bisect_left(s.mention_starts, fig.end)
        right = mentions[i] if i < len(mentions) and mentions[i].start - fig.end <= 40 \
            and not self.any_figure_in(fig.end, mentions[i].start) else None
        # (share_after is anchored with '^', which .match(text, pos) honours only at offset
        # 0: this test never holds; kept so that the output stays as it was)
        if right is not None and not self.c.share_after.match(self.text, fig.end):
            return right
        # "Imports rose 2.3%. They reached ...", "Economists had expected a 2% fall.": a
        # sentence naming no metric continues the last one when it says so
        if not mentions and self.c.continuation.match(s.text(), 0, fig.start - sent[0]):
            # "Chile posted a trade surplus in October. It totaled $1.2 billion": a pronoun
            # opening the sentence refers to the subject of a sentence before it that gives
            # no figure
            subject = self._figureless_subject(sent)
            if subject is not None:
                return subject
        if left is None and fig.label == "PERCENT" and \
                OPENING_THE.fullmatch(self.text, sent[0], fig.start) and \
                self.c.change_subject.match(self.text, fig.end, sent[1]):
            # "Exports rose in July. The 14.3 percent year-on-year gains beat expectations":
            # the change of the metric the sentence before named
            k = bisect_left(self._metric_starts, sent[0]) - 1
            named = self.v.metrics[k] if k >= 0 else None
            if named is not None and named.metric != "other" and \
                    self.text.count("\n", named.end, sent[0]) <= 1 and sent[0] - named.end < 400:
                return named
        if last_metric is not None and (
            self.c.continuation.match(s.text(), 0, fig.start - sent[0])
            or (not mentions and (s.has(self.c.forecast) or s.search_before(
                self.c.continuation_noun, self.c.continuation_noun_ends, *sent, fig.start)))
        ):
            return last_metric
        return None

    def _past_aside(self, left: MetricMention, s: SentenceIndex, fig: Item) -> MetricMention:
        """"Household consumption, which makes up over half of GDP, rose 4.9%", "Fixed asset
        investment, a major driver of growth, increased 8.9%": a mention inside an aside
        (a relative clause or an apposition between commas) right after the subject is not
        what the figure after the aside measures; the subject is."""
        k = bisect_left(s.mention_starts, left.start)
        for j in range(k - 1, max(-1, k - 4), -1):
            p = s.mentions[j]
            aside = ASIDE.match(self.text, p.end, fig.start)
            if aside is None:
                continue
            # (a figure between is the same clause's: "..., rose 11.8% to SR75.9 billion";
            # figures between are the subject's too: "Retail sales, a major gauge of
            # consumption, rose 4.7 percent to 12.03 trillion yuan"; not across a contrast)
            if p.end <= left.start and left.end <= aside.end() and (
                    not self.any_figure_in(aside.end(), fig.start)
                    or s.clause(fig.start)[0] <= aside.end()
                    or not CONTRAST.search(self.text, aside.end(), fig.start)
                    # (figures of the subject's own predicate: "Soybean shipments, the
                    # country's main export, fell 14% to US$ 2.1 billion")
                    or not self.c.clause_breaks.search(self.text, aside.end(), fig.start)):
                return p
            break
        return left

    def _past_ratio_whole(self, left: MetricMention, s: SentenceIndex,
                          fig: Item) -> MetricMention:
        """"The deficit narrowed to $11.2 billion, or 1.2% of GDP, from $11.3 billion (1.3%
        of GDP) a year ago": GDP named as the whole of a ratio measures none of the later
        figures of its sentence; they are values of what the ratio's percent expresses."""
        if left.metric != "economy.gdp":
            return left
        j = bisect_left(self._fig_starts, left.start) - 1
        if j < 0:
            return left
        pct = self.v.figures[j]
        if pct.label != "PERCENT" or pct.start < s.bounds[0] or pct.end > fig.start or \
                self._share_of(pct, s.bounds) != left:
            return left
        whole_of = self._metric_for(pct, s, None)
        if whole_of is None or whole_of.metric == "economy.gdp":
            return left
        return whole_of

    def _past_valuation(self, left: MetricMention, s: SentenceIndex) -> MetricMention:
        """"GDP at constant prices grew 1.2 percent": the prices of a valuation ("at
        constant / current / market prices") are no metric; the mention they value is."""
        if left.metric != "other":
            return left
        k = bisect_left(s.mention_starts, left.start) - 1
        if k < 0 or s.mentions[k].metric == "other" or not VALUATION.fullmatch(
                self.text, s.mentions[k].end, left.end):
            return left
        return s.mentions[k]

    def _past_share_whole(self, left: MetricMention, s: SentenceIndex,
                          fig: Item) -> MetricMention:
        """"Crude oil exports accounted for 79.6% of total exports, valued at N2.94
        trillion": an amount after the whole of a share (with no other mention between)
        is the value of the share's subject, the mention before the percent."""
        j = bisect_left(self._fig_starts, left.start) - 1
        if j < 0:
            return left
        pct = self.v.figures[j]
        if pct.label != "PERCENT" or pct.start < s.bounds[0] or \
                self._share_of(pct, s.bounds) != left or \
                self.any_figure_in(left.end, fig.start) or \
                s.clause(fig.start)[0] > left.start:
            return left
        k = bisect_left(s.mention_starts, pct.start) - 1
        if k < 0:
            return left
        subject = s.mentions[k]
        if subject.metric != left.metric or subject.end > pct.start or \
                subject.start < s.clause(pct.start)[0]:
            return left
        return subject

    def _figureless_subject(self, sent) -> MetricMention | None:
        """The first metric (or balance) wording of the sentence right before ``sent`` when
        that sentence has no figure."""
        sentences = self.v.sentences
        k = bisect_left(sentences, sent) - 1
        if k < 0 or self.figures_in(*sentences[k]):
            return None
        for m in _within(self.v.metrics, self._metric_starts, *sentences[k]):
            if m.metric != "other" or self._is_balance(m):
                return m
        return None

    def _count_before(self, fig: Item, s: SentenceIndex) -> MetricMention | None:
        """"12,086 foreign-invested enterprises were set up, up 20.2 percent": a percent
        right after a count of its clause, in a sentence naming no metric before it, is the
        change of what is counted (an 'other' metric, the count's words)."""
        i = bisect_left(s.fig_starts, fig.start) - 1
        if i < 0:
            return None
        count = s.figs[i]
        if count.label != "QUANTITY" or count.attrs.get("_kind") != "count" or \
                not count.attrs.get("unit") or count.start < s.clause(fig.start)[0] or \
                fig.start - count.end > 100 or \
                not COUNT_CHANGE_GAP.search(self.text, count.end, fig.start):
            return None
        number = COUNT_NUMBER.match(self.text, count.start, count.end)
        lo = number.end() if number else count.start  # the counted words, not the number
        return MetricMention(lo, count.end, self.text[lo:count.end], "other", lo, count.end)

    @staticmethod
    def _count_metric(fig: Item, s: SentenceIndex, m: MetricMention) -> MetricMention:
        """The metric of a count, remembered per unit for the later counts of its sentence."""
        unit = fig.attrs.get("unit")
        if unit:
            s._lazy[("count_metric", unit)] = m
        return m

    def _count_of_places(self, fig: Item, s: SentenceIndex) -> bool:
        """A count after 'in', 'for', 'among', 'across' (see COUNT_OF_PLACES)."""
        return fig.label == "QUANTITY" and fig.attrs.get("_kind") == "count" and bool(
            COUNT_OF_PLACES.search(self.text, max(s.bounds[0], fig.start - 40), fig.start))

    def _is_balance(self, m: MetricMention) -> bool:
        """A balance's wording ("balances in foreign trade"): its sign is read later."""
        return " ".join(self.text[m.head_start:m.head_end].lower().split()) \
            in self.c.balance_heads

    def _head_of(self, m: MetricMention, s: SentenceIndex) -> MetricMention:
        """'the deficit on trade in goods and services': a balance's wording followed by
        'on', 'in' or 'of' and another metric's wording is the balance."""
        k = bisect_left(s.mention_starts, m.start) - 1
        if k >= 0:
            head = s.mentions[k]
            if (head.metric in BALANCE_METRICS or self._is_balance(head)) and \
                    head.end <= m.start and m.metric != "other" and \
                    HEAD_LINK.fullmatch(self.text, head.end, m.start):
                # (not "the surplus in primary income": an account of its own, 'other')
                return head
            # "the share of exports in Azerbaijan's trade turnover": the flow the share is of
            if head.metric in FLOW_METRICS.values() and head.end <= m.start and \
                    SHARE_IN.fullmatch(self.text, head.end, m.start) and \
                    SHARE_OF.search(self.text, max(s.bounds[0], head.start - 20), head.start):
                return head
            if head.metric in FLOW_METRICS.values() and head.end <= m.start and \
                    AS_SHARE_OF.fullmatch(self.text, head.end, m.start):
                return head
        return m

    def _respectively(self, s: SentenceIndex):
        """'X, Y and Z grew 6.1, 3.5 and 27 percent, respectively': zip subjects and figures."""
        sent, figs, mentions = s.bounds, s.figs, s.mentions
        out: dict[tuple[int, int], tuple[MetricMention | None, str | None]] = {}
        resp = self.c.respectively.search(self.text, sent[0], sent[1])
        if not resp:
            return out
        group = [f for f in figs if f.end <= resp.start()]
        # keep the trailing run of figures of one label joined by commas / "and" (collected
        # backwards, then put in text order)
        run: list[Item] = []
        for f in reversed(group):
            if run and not LIST_JOINER.fullmatch(self.text[f.end:run[-1].start]):
                break
            if run and f.label != run[-1].label:
                break
            run.append(f)
        run.reverse()
        if len(run) < 2:
            return out
        before = [m for m in mentions if m.end <= run[0].start]
        if len(run) == 2 and before and len(before) < 2:
            pair = _split_flows(before[-1], self.text)
            if pair is not None:  # "Exports and imports grew 6.2% and 4.5%, respectively"
                before = [*before[:-1], *pair]
        if len(before) >= len(run):
            for f, m in zip(run, before[-len(run):], strict=True):
                out[f.key] = (m, None)
            return out
        subject = before[-1] if before else None
        if subject is None and s.has(self.c.partner_frame):
            # "India and China followed, with shares of 12.3% and 9.8%, respectively": the
            # metric of the sentences before, zipped with the partners this one ranks
            k = bisect_left(self._metric_starts, sent[0])
            subject = next((m for m in reversed(self.v.metrics[max(0, k - 20):k])
                            if m.metric != "other"), None)
            # (the passage's flow, not the restriction of its last mention: "Beef sales")
            subject = subject and replace(subject, product=None)
        # ("the main destinations of Paraguayan goods": whose goods, no partner of the list)
        owners = {m.start("e") for m in self.c.share_owner.finditer(self.text, *sent)}
        economies = [
            e for e in self.c.economy.finditer(self.text, sent[0], run[0].start)
            if (subject is None or e.start() > subject.start) and e.start() not in owners
        ]
        if subject is not None and len(economies) >= len(run):
            for f, e in zip(run, economies[-len(run):], strict=True):
                out[f.key] = (subject, self.c.economy_code(e.group("e")))
                # the zipped economy is the figure's: relate.economy leaves it alone
                s._lazy.setdefault("zipped_partner", set()).add(f.key)
        return out

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
                # "growth slowed to 0.8 percent": the rate reached; its sign is the direction
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

    def _after_date(self, pos: int) -> bool:
        """Whether a date ends at ``pos`` (spaces aside): "in October 2023 (27.33%)"."""
        end = len(self.text[:pos].rstrip())
        return any(d.end == end for d in self.dates_in(max(0, end - 40), end))

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

    def _basis(self, fig: Item, s: SentenceIndex) -> str | None:
        sent = s.bounds
        i = bisect_left(self._fig_starts, fig.end)
        nxt = self._fig_starts[i] if i < len(self._fig_starts) and \
            self._fig_starts[i] < sent[1] else sent[1]
        # (to the end of the clause: "rose 6% in January compared with December, while
        # interannual inflation reached 98.8%": the next clause's adjective is not this one's)
        window_after = self.text[fig.end:min(nxt, fig.end + 80, s.clause(fig.end)[1])]
        # a cue before the figure is its own only with no figure before it in the window: one
        # right after another figure is that one's ("rose 9.9 percent year-on-year, 6.3
        # percentage points higher than the overall pace")
        j = bisect_left(self._fig_starts, fig.start)
        prev = self.v.figures[j - 1].end if j > 0 else sent[0]
        window_before = self.text[max(sent[0], fig.start - 40):fig.start]
        if prev > max(sent[0], fig.start - 40):
            # past a comma after that figure the words are this one's: "$11.34 billion in
            # January, an annual decline of 9%"
            cut = max(self.text.rfind(",", prev, fig.start), self.text.rfind(";", prev, fig.start))
            window_before = self.text[cut + 1:fig.start] if cut >= 0 else ""
            if cut < 0:  # "... month-on-month for an annual rise of 29.47%": a basis cue
                gap = self.text[prev:fig.start]  # whose "of" names this figure is its own
                window_before = next((gap[m.start():] for p in self.c.basis.values()
                                      for m in p.finditer(gap) if OF_TO_END.fullmatch(
                                          gap, m.end())), "")
        elif prev > sent[0]:
            # the same past a comma after a figure further back: "33.40 per cent in July on a
            # year-on-year basis, down 0.79 percentage points from 34.19 per cent in June"
            cut = max(self.text.rfind(",", fig.start - 40, fig.start),
                      self.text.rfind(";", fig.start - 40, fig.start))
            if cut >= 0:
                window_before = self.text[cut + 1:fig.start]
        # "sequentially": one step of the figure's own period (relate.period_link)
        found, step = self._sequential_basis(fig, s, (window_after, window_before))
        if found:
            return step
        listed = self._respectively_basis(fig, s)  # (relate.period_link)
        if listed is not None:
            return listed
        for basis, pattern in self.c.basis_adverb_after.items():
            if pattern.match(window_after):  # "rose 3.6% monthly."
                return basis
        # the cue after the figure first: "1.9% year-on-year and 0.6% quarter-on-quarter";
        # of several, the nearest ("1.33% month-on-month for an annual rise of 29.47%")
        for window, near in ((window_after, min), (window_before, max)):
            found = [(m.start(), basis) for basis, pattern in self.c.basis.items()
                     if (m := pattern.search(window)) is not None]
            if found:
                return near(found)[1]
        # "compared with March 2021": an explicit earlier period one year back, after the
        # figure. (The cue is searched from the figure's end on, so a date before the figure,
        # "Compared with October 2023, the index was up ...", never qualifies.)
        for d in self.dates_in(fig.end, min(nxt, fig.end + 80)):
            if d.attrs.get("granularity") == "day" or \
                    d.attrs.get("value") == self._period(fig, s) or \
                    fig.key in s.compared and "/" in (d.attrs.get("value") or ""):
                continue  # a release day ("said on Thursday"), the figure's own period ("grew
                # 0.1% from April to June"): no period compared; a span that compares two
                # ("jumped 0.4% from August to September") is read below
            if self.c.comparison_before.search(
                self.text, max(fig.end, d.start - 20), d.start
            ) or self.c.comparison_recorded_before.search(self.text, fig.end, d.start):
                return _basis_between(self._period(fig, s), d.attrs.get("value"))
        period = self._period(fig, s)
        if fig.key in s.compared:  # "between August and September"
            return _basis_between(period, s.compared[fig.key])
        # "to $52.6 billion from $49.6 billion in the year-ago month", "compared to 125.8 the
        # month of August 2018": the date of the value it is compared with
        base = compared_base(s, fig)
        if base is not None:
            found = _basis_between(period, base)
            if found is not None:
                return found
        # "down 13.8 per cent compared with the level of $15.79 billion in September 2008":
        # the first date after a comparison word later in the sentence, when it lies one step
        # back (a year, a month, a quarter)
        cue = self.c.comparison_later.search(self.text, fig.end,
                                             min(s.clause(fig.end)[1], fig.end + 90))
        if cue is not None and not any(
                f.attrs.get("unit") == "percentage_point" or s.claims.get(f.key)
                for f in s.figs if fig.end <= f.start < cue.start()):
            # (not past a difference of rates, "5.4 percent, 0.1 percentage points faster
            # than in the previous month", nor past a figure with a date of its own)
            later = self.dates_in(cue.end(), min(sent[1], cue.end() + 120))
            # (a rate compared with a rate, "grew 4.1 per cent compared to 6.5 per cent in
            # 2018", compares growth rates: no basis)
            if later and not any(f.label == "PERCENT" for f in s.figs
                                 if cue.end() <= f.start < later[0].start):
                found = _basis_between(period, later[0].attrs.get("value"))
                if found is not None:
                    return found
        # "On a quarterly basis, GDP expanded 0.4%", "Compared to December 2023, ...": an
        # opening phrase sets the basis of the sentence's figures
        lead = s.lead()
        if lead is not None:
            kind, value = lead
            found = value if kind == "basis" else _basis_between(self._period(fig, s), value)
            if found is not None:
                return found
        return self._aside_basis(fig, s) or self._adjective_basis(fig, s) or \
            self._past_level_basis(fig, s)
