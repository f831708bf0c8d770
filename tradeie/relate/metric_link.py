"""Which metric a figure measures (its own wording, the clause's, "respectively" lists, a
share "of" a metric), and the basis it is given in (the role and direction: relate.role_link).

A mixin of the linker (``relate.linker._Linker``): it reads the linker's text, cues, figures,
metric mentions and the period resolver.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from tradeie.normalize.metrics import MetricMention
from tradeie.relate.at_flow import at_flow_metric
from tradeie.relate.basis_link import _basis_between
from tradeie.relate.cues import LIST_JOINER
from tradeie.relate.metric_patterns import (
    AS_SHARE_OF,
    ASIDE,
    BALANCE_METRICS,
    CONTRAST,
    COUNT_CHANGE_GAP,
    COUNT_NUMBER,
    COUNT_OF_PLACES,
    DETERMINER_BEFORE,
    FLOW_METRICS,
    HEAD_LINK,
    IN_METRIC,
    OF_TO_END,
    OPENING_THE,
    PREMODIFIER_GAP,
    SHARE_IN,
    SHARE_OF,
    VALUATION,
    _split_flows,
)
from tradeie.relate.scope import compared_base, compares_other_amount
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.share_whole import flow_whole, own_whole_first
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
            if by_unit is None and unit and unit.lower() in self.c.index_units and \
                    self._continues(fig, s, last_metric):
                return last_metric  # "CPI rose 1.8%. The index stood at 133.4 points"
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
            gap = self.c.change_in.match(self.text, at, s.bounds[1])
            i = bisect_left(s.mention_starts, at)
            if gap is not None and i < len(mentions) and mentions[i].start <= gap.end() and \
                    DETERMINER_BEFORE.search(self.text, max(clause[0], fig.start - 30),
                                             fig.start):
                return self._head_of(mentions[i], s)
        # "a rise of 8.1% in non-oil exports and a fall of 19.4% in oil exports": a change
        # noun and 'of' before the figure, 'in' and a metric after it (translated order)
        if fig.label == "PERCENT" and self.c.change_of_before.search(
                self.text, max(clause[0], fig.start - 30), fig.start):
            gap = self.c.change_in.match(self.text, fig.end, s.bounds[1])
            i = bisect_left(s.mention_starts, fig.end)
            if gap is not None and i < len(mentions) and mentions[i].start <= gap.end():
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
        if last_metric is not None and (self._continues(fig, s, last_metric) or (
                not mentions and s.has(self.c.forecast))):
            return last_metric
        return None

    def _continues(self, fig: Item, s: SentenceIndex, last_metric) -> bool:
        """Whether the figure's sentence goes on about the last metric: it opens with a
        pronoun ("It stood at") or names no metric but a continuation noun ("The index")."""
        sent = s.bounds
        return last_metric is not None and bool(
            self.c.continuation.match(s.text(), 0, fig.start - sent[0])
            or (not s.mentions and s.search_before(
                self.c.continuation_noun, self.c.continuation_noun_ends, *sent, fig.start)))

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
        resp = s.first(self.c.respectively)
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

    def _basis(self, fig: Item, s: SentenceIndex) -> str | None:
        sent = s.bounds
        if self.c.average_change_after.match(self.text, fig.end, sent[1]):
            return None  # "an 18% average rise in fuel prices over the year": no comparison
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
            # (40 characters: "8.1% above the daily average of December 2025")
            if self.c.comparison_before.search(
                self.text, max(fig.end, d.start - 40), d.start
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
                                 if cue.end() <= f.start < later[0].start) and \
                    not compares_other_amount(s, fig, cue.start(), cue.end(), later[0].start):
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
