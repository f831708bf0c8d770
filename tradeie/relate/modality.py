"""A figure's modality: actual, forecast (an expectation, a poll, a projection), target (a
goal set by a government) or previous (a value revised from, an originally reported one).

A mixin of the linker (``relate.linker._Linker``): it reads the linker's text, cues, figures
and the period resolver.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from re import Pattern

from tradeie.relate.basis_link import _period_start
from tradeie.relate.clause_period import RELEASED_AFTER
from tradeie.relate.cues import FROM_BEFORE, EndChars
from tradeie.relate.period_patterns import EARLIER_ESTIMATE, FROM_ARTICLE_BEFORE
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.source_link import source_cues
from tradeie.relate.view import Item, _within

# "was revised 0.1 point from 8.7% to 8.8%": the value revised is the previous one
REVISED = re.compile(r"\brevised\b", re.IGNORECASE)
# "from the previous month's preliminary surplus of R13.02 billion to a revised ...": the
# preliminary value a revision replaces
PRELIMINARY = re.compile(r"\bpreliminary\b[^,;]{0,30}$", re.IGNORECASE)
# "Its initial estimate for February had called for 0.4 per cent growth": an earlier
# estimate as the clause's subject, in the pluperfect
EARLIER_ESTIMATE_SUBJECT = re.compile(
    r"\b(?:initial|preliminary|advance|flash|earlier|original|first)\s+"
    r"(?:estimate|reading|print|figure)s?(?:\s+for\s+[\w.]+(?:\s+\d{4})?)?\s+had\b",
    re.IGNORECASE)
# a previous-value cue that names the estimate, not the value's place ("revised from"):
# it holds for every figure after it in its clause ("had initially estimated growth at
# 1.4% and ... at 1.5%") but one given as the new value ("... to 8.8%")
_VERB_CUE = re.compile(r"(?:ed|reported)$")
TO_BEFORE = re.compile(r"\bto\s*$")
# "the 3.0% mid-term “price stability” target": a target word closing the figure's own
# noun phrase (no comma, verb or other figure before it)
TARGET_NP_AFTER = re.compile(r"^[^,;.()\d]{0,40}?\btargets?\b", re.IGNORECASE)
# the rest of "growth target" after its first word
TARGET_NOUN_AFTER_WORD = re.compile(r"\s+targets?", re.IGNORECASE)
# "expects growth of 3.0 percent in 2025, after a decline of 1.1 percent in 2023": a value
# the forecast follows on (at most four words between)
# "The inflation target set by the National Monetary Council for 2024 is 3%": the figure is
# the complement of a copula whose subject (the clause's opening words) names a target
COPULA_BEFORE = re.compile(r"\b(?:is|was|stands\s+at|stood\s+at)\s*$", re.IGNORECASE)
_COPULA_LAST = frozenset("sS\u017ftT")  # what its last letter can be (ignoring case)
# ... with no other verb or conjunction between ("The target was missed as inflation was 4.5%")
NOT_SUBJECT = re.compile(r"\b(?:is|was|were|are|has|had|have|as|while|when|and|but|because|"
                         r"after|since|whereas)\b.*\b(?:is|was|stands|stood)\b", re.IGNORECASE)
# "the 5.7% forecast in a Reuters poll and a revised 6.4% in the second quarter": a value
# written as revised right before it is a release's (the poll's word is the other figure's)
REVISED_RIGHT_BEFORE = re.compile(r"\b(?:and|or|,)\s+(?:an?\s+|the\s+)?(?:(?:upwardly|downwardly)"
                                  r"\s+)?revised\s*$", re.IGNORECASE)
# the words between the previous figure and this one: at most two words of the previous
# noun ("gain", "rise in imports"), "and" and this figure's own article
COORDINATED_NP = re.compile(r"^(?:\s{1,3}[\w-]+){0,2},?\s{1,3}and\s{1,3}(?:an?|the)\s{1,3}$",
                            re.IGNORECASE)
ARTICLE_END = re.compile(r"\b(?:an?|the)\s{1,3}$", re.IGNORECASE)
COORDINATOR = re.compile(r"\b(?:and|but|while|whereas)\b", re.IGNORECASE)
AFTER_BEFORE = re.compile(r"\b(?:after|following)(?:\s+[\w-]+){0,4}\s*$", re.IGNORECASE)


class ModalityLinking:
    """The modality resolver of the linker (see the module docstring)."""

    def _modality(self, fig: Item, s: SentenceIndex) -> str:
        c = self.c
        clause = s.clause(fig.start)
        # the text before the figure back to the previous figure of the clause, at most 50
        # characters: only figures ending in that window matter, and they start within
        # 50 + the longest figure's length of it
        lo = max(clause[0], fig.start - 50)
        first = bisect_left(self._fig_starts, max(clause[0], lo - s.max_fig_len))
        for f in self.v.figures[first:bisect_left(self._fig_starts, fig.start)]:
            if lo < f.end <= fig.start:
                lo = f.end
        before = self.text[lo:fig.start]
        after = self.text[fig.end:min(clause[1], fig.end + 25)]
        after_long = self.text[fig.end:min(clause[1], fig.end + 50)]

        def in_clause_before(pattern: Pattern[str], ends: EndChars) -> bool:
            return bool(s.search_before(pattern, ends, *clause, fig.start))

        if c.previous.search(before[-30:]):
            return "previous"
        if source_cues().previous_after.match(after_long) and not c.forecaster_after.match(
                after_long):
            # "the 3.0% growth it had anticipated" (not "the 0.2% decline economists had
            # forecast": a poll is a forecast)
            return "previous"
        cue = c.previous.search(self.text, clause[0], fig.start)
        if cue is not None and _VERB_CUE.search(cue.group(0)) and not TO_BEFORE.search(before):
            return "previous"
        if EARLIER_ESTIMATE.search(before):
            return "previous"
        # (every match holds "had", any case: most clauses have none)
        if "had" in self.text[clause[0]:fig.start].lower() and \
                EARLIER_ESTIMATE_SUBJECT.search(self.text, clause[0], fig.start):
            return "previous"
        if PRELIMINARY.search(before) and REVISED.search(self.text, clause[0], fig.start):
            return "previous"
        # "raised its forecast ... to 2.7 percent from 2.6 percent": 2.6 was the old forecast
        revised = in_clause_before(c.forecast_revision, c.forecast_revision_ends)
        forecast_word = in_clause_before(c.forecast, c.forecast_ends) or (
            revised and in_clause_before(c.estimate, c.estimate_ends)
            # ("INEGI revised its estimate of 2023 growth to 3.3%", published in 2024: an
            # office's revised estimate of a past year is its figure, not a forecast)
            and not self._before_publication(fig, s))
        if FROM_BEFORE.search(before) and forecast_word and revised:
            return "previous"
        if (FROM_BEFORE.search(before) or (FROM_ARTICLE_BEFORE.search(before) and
                                           RELEASED_AFTER.match(self.text, fig.end))) and \
                REVISED.search(self.text, clause[0], fig.start):
            # "the figure was revised 0.1 point from 8.7% to 8.8%", "... from the $60.2
            # billion reported last month" (not "recovering from the 6.4% contraction")
            return "previous"
        target = c.target.search(before)
        # "the bank's 3.0% target, rose on a 7.8% increase": a target before a comma is
        # another figure's
        if (target and "," not in before[target.end():]) or c.target.search(after[:12]) \
                or self._target_noun_after(after_long) or self._target_subject(fig, clause) \
                or c.target_setter_after.match(after_long):
            return "target"
        revised_value = REVISED_RIGHT_BEFORE.search(before)
        if (revised_value and not c.forecast.search(before, revised_value.start())
                or self._forecast_of_previous(fig, clause)
                or self._attributive_forecast_of_previous(fig, clause)) and \
                not c.forecast_after.match(after) and not c.forecaster_after.match(after_long):
            return "actual"
        if c.forecast.search(before) or forecast_word \
                or c.forecast_after.match(after) or c.forecaster_after.match(after_long):
            # (a value compared with that is itself forecast after it stays a forecast:
            # "worse than the 0.5% drop expected")
            compared = (AFTER_BEFORE.search(before) or c.comparison_value_before.search(
                before)) and not c.forecast_after.match(after) and \
                not c.forecaster_after.match(after_long)
            if (FROM_BEFORE.search(before) or compared) and self._before_publication(fig, s):
                # "will reach $84 billion, up from $62 billion in 2022"; "expects 3.0% in
                # 2025, compared with 2.7% in 2024"
                return "actual"
            if self._release_estimate(fig, s) and not c.forecast_after.match(after) \
                    and not c.forecaster_after.match(after_long):
                return "actual"  # not "the 3.9% projected by the economy ministry"
            return "forecast"
        if source_cues().modal_after.match(after):
            return "forecast"  # "Up to 1,100 millimetres of rain could fall"
        if self._after_publication(fig, s):
            return "forecast"
        return "actual"

    def _forecast_of_previous(self, fig: Item, clause: tuple[int, int]) -> bool:
        """"above the 4.5% expected by analysts polled by Reuters and down from 5.0% in
        October": the forecast words right after the previous figure of the clause are that
        figure's; a figure coordinated after them is no forecast."""
        i = bisect_left(self._fig_starts, fig.start) - 1
        if i < 0 or self.v.figures[i].end <= max(clause[0], fig.start - 90):
            return False
        prev_end = self.v.figures[i].end
        coord = None
        for coord in COORDINATOR.finditer(self.text, prev_end, fig.start):  # noqa: B007
            pass  # (the last one)
        tail = self.text[prev_end:min(clause[1], prev_end + 50)]
        return coord is not None and \
            not self.c.forecast.search(self.text, coord.end(), fig.start) and \
            bool(self.c.forecast_after.match(tail) or self.c.forecaster_after.match(tail))

    def _attributive_forecast_of_previous(self, fig: Item, clause: tuple[int, int]) -> bool:
        """"versus a forecast 3.5% gain and a 2.3% drop in June", "than the expected 0.4% rise
        and a 0.2% fall in May": a forecast word between an article and the previous figure
        modifies that figure's noun phrase only; a figure coordinated after it with an article
        of its own is no forecast."""
        i = bisect_left(self._fig_starts, fig.start) - 1
        if i < 0:
            return False
        prev = self.v.figures[i]
        if prev.start <= clause[0] or prev.end <= fig.start - 40 or \
                not COORDINATED_NP.match(self.text[prev.end:fig.start]):
            return False
        left = self.text[max(clause[0], prev.start - 30):prev.start]
        cue = None
        for cue in self.c.forecast.finditer(left):  # noqa: B007
            pass  # (the last one)
        return cue is not None and not left[cue.end():].strip() and \
            bool(ARTICLE_END.search(left, 0, cue.start()))

    def _target_subject(self, fig: Item, clause: tuple[int, int]) -> bool:
        """"The inflation target set by the council for 2024 is 3%": a copula right before
        the figure, a target word in the clause before it, no comma and no figure between."""
        # a match ends, before spaces, right at the figure: in "is", "was" or "at" (an
        # ignore-case "s" also matches the long s); most figures follow no such word
        j = fig.start
        while j > clause[0] and self.text[j - 1].isspace():
            j -= 1
        if j == clause[0] or self.text[j - 1] not in _COPULA_LAST or \
                not COPULA_BEFORE.search(self.text, clause[0], fig.start):
            return False
        cue = None  # the last target word before the figure
        for cue in self.c.target.finditer(self.text, clause[0], fig.start):  # noqa: B007
            pass
        return cue is not None and "," not in self.text[cue.end():fig.start] and \
            not NOT_SUBJECT.search(self.text, cue.end(), fig.start) and \
            not self.any_figure_in(clause[0], fig.start)

    def _target_noun_after(self, after: str) -> bool:
        """'the 3.0% mid-term “price stability” target', "Prabowo's 8% growth target": a
        target word closing the figure's noun phrase, with no direction word before it but
        the one it compounds with ('growth target'), which says nothing of a change."""
        m = TARGET_NP_AFTER.match(after)
        if m is None:
            return False
        head = after[:m.end()]
        word = self.c.any_direction.search(head)
        return word is None or TARGET_NOUN_AFTER_WORD.fullmatch(head, word.end()) is not None

    def _release_estimate(self, fig: Item, s: SentenceIndex) -> bool:
        """'Inflation is expected to be 2.3% in November, according to a flash estimate
        published by Eurostat': an agency's own early estimate of a period not after the
        publication is a figure of its release (no economists or poll in the sentence)."""
        return s.has(source_cues().release_estimate) and not s.has(self.c.third_party) \
            and bool(_within(self.v.agencies, self._agency_starts, *s.bounds)) \
            and not self._after_publication(fig, s)

    def _before_publication(self, fig: Item, s: SentenceIndex) -> bool:
        """Whether the figure's period is a past one, wholly before the publication year."""
        start = _period_start(self._period(fig, s))
        return bool(self.v.published) and start is not None and \
            start[:4] < self.v.published[:4]

    def _after_publication(self, fig: Item, s: SentenceIndex) -> bool:
        """A figure for a period that starts after the article was published is a forecast."""
        if not self.v.published:
            return False
        period = self._period(fig, s)
        if period is not None and period in (self.passage_period, self.main_period) and \
                not s.free and not s.claims[fig.key]:
            return False  # a period the sentence does not name says nothing of its figures
        start = _period_start(period)
        return start is not None and start > self.v.published[:10]
