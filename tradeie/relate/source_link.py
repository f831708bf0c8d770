"""Who says a figure: the agency named as its author right after it, else the official
who speaks in its sentence, else the agency the sentence names, else the agency whose
release the article reports (an acronym cited for it stands for its written-out name).

A mixin of the linker (``relate.linker._Linker``): it reads the linker's text, cues,
agencies and officials.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from tradeie.relate.cues import ACRONYM_AFTER, AND_GAP, POSSESSIVE_GAP, POSSESSIVE_SPACE
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item, _within

# "the central bank's data showed", "Statistics Korea's latest figures": an agency owning
# the data cites the release
POSSESSIVE_DATA = re.compile(
    r"(?:'s|’s)\s+(?:(?:latest|new|monthly|quarterly|annual|preliminary|official|provisional)"
    r"\s+)?(?:data|figures|statistics|report|survey|statement|release|estimates?)\b",
    re.IGNORECASE)

# how far before a quotation its speaker may be named
QUOTE_SPEAKER_REACH = 400


class SourceLinking:
    """The source resolvers of the linker (see the module docstring)."""

    def _agency_by(self, fig: Item, s: SentenceIndex) -> list[int] | None:
        """'the 3.9% projected by the economy ministry': the agency named as the figure's
        author right after it (the first agency starting within 40 characters)."""
        lo = bisect_left(self._agency_starts, fig.end)
        if lo < len(self.v.agencies):
            a = self.v.agencies[lo]
            if a.start < min(s.bounds[1], fig.end + 40) and self.c.by_agency_after.match(
                    self.text[fig.end:a.start]):
                return [a.start, a.end]
        return None

    def _fact_source(self, fig: Item, s: SentenceIndex, fact: dict) -> list[int] | None:
        """The source of a metric's figure: the agency named as its author right after it,
        else the one its sentence or the release names. A forecast has none (the contract:
        "null for forecasts"), whoever makes it."""
        if fact["modality"] == "forecast":
            return None
        by = self._agency_by(fig, s)
        if by is not None:
            return by
        if fact["modality"] == "target":
            # a goal is set by whom its sentence names, not by the agency releasing the data
            # ("the government's inflation target of 4 percent": none); the agency owning it
            # first ("above the National Bank of Hungary's 3% target")
            owners = [a for a in _within(self.v.agencies, self._agency_starts,
                                         max(s.bounds[0], fig.start - 60), fig.start)
                      if POSSESSIVE_SPACE.match(self.text, a.end)]
            if owners:
                return [owners[-1].start, owners[-1].end]
            source = s.lazy("own_source", lambda: self._sentence_source(s, release=False))
            return None if source is None else list(source)
        return self._source(s)

    def _source(self, s: SentenceIndex) -> list[int] | None:
        """The official who says it in this sentence ("X's Y said" -> Y), else the agency the
        sentence names, else the agency whose release the article reports. The same for every
        figure of the sentence."""
        source = s.lazy("source", lambda: self._sentence_source(s))
        return None if source is None else list(source)

    def _sentence_source(self, s: SentenceIndex, release: bool = True) -> list[int] | None:
        sent = s.bounds
        speakers = _within(self.v.officials, self._official_starts, *sent)
        in_sent = _within(self.v.agencies, self._agency_starts, *sent)
        if speakers and self.c.speech.search(self.text, *sent):
            return [speakers[0].start, speakers[0].end]
        # "the Commerce Department's Census Bureau said": the bureau is the source
        starts = [a.start for a in in_sent]

        def owns_next(a: Item) -> bool:
            gap = POSSESSIVE_GAP.match(self.text, a.end)  # the longest gap that can fit
            if gap is None:
                return False
            return any(b.start > a.end and POSSESSIVE_GAP.fullmatch(self.text[a.end:b.start])
                       for b in in_sent[bisect_left(starts, a.end + 1):
                                        bisect_right(starts, gap.end())])

        def owns_figure(a: Item) -> bool:
            # "the National Bank of Hungary's 3.0% target": the bank owns that figure only
            gap = POSSESSIVE_GAP.match(self.text, a.end)
            return gap is not None and self.any_figure_in(gap.end(), gap.end() + 12)

        in_sent = [a for a in in_sent if not owns_next(a) and self._described(a) is None
                   and not owns_figure(a)]
        if len(in_sent) > 1 and POSSESSIVE_SPACE.match(self.text, in_sent[0].end):
            # "within the central bank's target band, Statistics Indonesia said": the body
            # that says it, not one owning a noun
            saying = [a for a in in_sent[1:]
                      if self.c.attribution_after.match(self.text[a.end:a.end + 40])]
            if saying:
                return [saying[0].start, saying[0].end]
        if in_sent:
            return [in_sent[0].start, in_sent[0].end]
        speaker = self._quoted_speaker(s)
        if speaker is not None:
            return speaker
        return self.release_agency if release else None

    def _quoted_speaker(self, s: SentenceIndex) -> list[int] | None:
        """'He noted, “Total exports ... are GH¢59.5 billion ...”': figures inside a quotation
        are the words of the official who speaks it, the last one named before it (within
        QUOTE_SPEAKER_REACH characters), or the one named right after it ('...,” Law
        said')."""
        if not s.figs or not self.v.officials:
            return None
        pos = s.figs[0].start
        para = self.text.rfind("\n", 0, pos) + 1
        before = self.text[para:pos]
        curly_open = before.rfind("“")
        if curly_open >= 0 and "”" not in before[curly_open:]:
            opens = para + curly_open
        elif before.count('"') % 2 == 1:
            opens = para + before.rfind('"')
        else:
            return None
        prior = _within(self.v.officials, self._official_starts,
                        max(0, opens - QUOTE_SPEAKER_REACH), opens)
        if prior:
            return [prior[-1].start, prior[-1].end]
        close = min((i for i in (self.text.find("”", pos), self.text.find('"', pos)) if i >= 0),
                    default=-1)
        if close < 0:
            return None
        after = _within(self.v.officials, self._official_starts, close, close + 80)
        if after and self.c.speech.search(self.text, close, after[0].end + 30):
            return [after[0].start, after[0].end]
        return None

    def _release_agency(self) -> list[int] | None:
        """The agency whose data the article reports: named with an attribution cue, else the
        only agency the article names."""
        # a credit or heading line ("(Communicated by Central Bureau of Statistics
        # Spokesman)") cites the body that the text then names again: the release is cited
        # where the text names it
        line_end = self.text.find("\n")
        heading = line_end if line_end > 0 and not self.text[:line_end].rstrip().endswith(
            (".", "!", "?")) else 0
        found = None
        for a in self.v.agencies:
            owns_data = POSSESSIVE_DATA.match(self.text, a.end)
            if POSSESSIVE_SPACE.match(self.text[a.end:a.end + 3]) and not owns_data:
                continue  # "the Commerce Department's Census Bureau": the bureau releases
            window = self.text[max(0, a.start - 45):a.start]
            if owns_data or self.c.attribution.search(window) or self.c.attribution_after.match(
                self.text[a.end:a.end + 40]
            ):
                a = self._described(a) or a  # "by the national statistics agency INEGI"
                found = found or a
                if a.start >= heading or found.attrs.get("name") != a.attrs.get("name"):
                    break
        if found is not None:
            a = found if found.start >= heading else next(
                (b for b in self.v.agencies if b.start >= heading
                 and b.attrs.get("name") == found.attrs.get("name")), found)
            return self._first_mention(self._first_coordinated(a))
        names = {a.attrs.get("name") for a in self.v.agencies}
        if len(names) == 1 and self.v.agencies:
            a = next((b for b in self.v.agencies if b.start >= heading), self.v.agencies[0])
            return [a.start, a.end]
        return None

    def _described(self, a: Item) -> Item | None:
        """The agency right after `a` with its name, when `a` only describes it ("the
        national statistics agency INEGI": the name is the source)."""
        i = bisect_left(self._agency_starts, a.end + 1)
        if i < len(self.v.agencies):
            b = self.v.agencies[i]
            if b.attrs.get("name") == a.attrs.get("name") and not self.text[a.end:b.start].strip():
                return b
        return None

    def _first_mention(self, key: list[int]) -> list[int]:
        """An acronym cited as the release agency ("KNBS says") stands for the full name
        defined before it ("The Kenya National Bureau of Statistics (KNBS) ..."): the
        release is cited where that name is written out."""
        i = bisect_left(self._agency_starts, key[0])
        if i >= len(self.v.agencies) or self.v.agencies[i].start != key[0]:
            return key
        a = self.v.agencies[i]
        if self.text[a.start:a.end] != a.attrs.get("acronym"):
            return key
        name = a.attrs.get("name")
        for b in self.v.agencies[:i]:
            if b.attrs.get("name") == name and self.text[b.start:b.end] != a.attrs.get(
                    "acronym") and ACRONYM_AFTER.match(self.text, b.end):
                return [b.start, b.end]
        return key

    def _first_coordinated(self, a: Item) -> list[int]:
        """'the Census Bureau and the Bureau of Economic Analysis reported': the attribution
        follows the last of coordinated agencies; the first one named is the source."""
        i = bisect_left(self._agency_starts, a.start)
        first = a
        for b in reversed(self.v.agencies[max(0, i - 3):i]):
            if b.end > first.start or not AND_GAP.fullmatch(self.text, b.end, first.start):
                break
            first = b
        return [first.start, first.end]

    def _agency_country(self, key: list[int]) -> str | None:
        country = self._agency_countries.get(tuple(key))
        return country if country and country != "INT" else None

    def _continued_source(self, s: SentenceIndex) -> list[int] | None:
        """An unnamed measure in a sentence that names no agency continues the release of
        the sentence before: its source is that of the last fact."""
        if self.last_source is not None and not _within(
                self.v.agencies, self._agency_starts, *s.bounds) and not _within(
                self.v.officials, self._official_starts, *s.bounds):
            return list(self.last_source)
        return self._source(s)
