"""Who says a figure: the agency named as its author right after it, else the official
who speaks in its sentence, else the agency the sentence names, else the agency whose
release the article reports (an acronym cited for it stands for its written-out name).

A mixin of the linker (``relate.linker._Linker``): it reads the linker's text, cues,
agencies and officials.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from tradeie.patterns import phrase_pattern
from tradeie.relate.cues import (
    ACRONYM_AFTER,
    AND_GAP,
    POSSESSIVE_GAP,
    POSSESSIVE_SPACE,
    cue_re,
    relations,
)
from tradeie.relate.sentence import SentenceIndex
from tradeie.relate.view import Item, _within

# "the central bank's data showed", "Statistics Korea's latest figures": an agency owning
# the data cites the release
POSSESSIVE_DATA = re.compile(
    r"(?:'s|’s)\s+(?:(?:latest|new|monthly|quarterly|annual|preliminary|official|provisional)"
    r"\s+)?(?:data|figures|statistics|report|survey|statement|release|estimates?)\b",
    re.IGNORECASE)

# "according to (the)" right before an agency
# ("according to the Korean trade ministry", "according to Germany's statistics office":
# the economy's word before a body named by its function is outside the agency's span)
ACCORDING_BEFORE = re.compile(r"\b(?i:according)\s{1,3}(?i:to)\s{1,3}(?:(?i:the)\s{1,3})?"
                              r"(?:[A-Z][\w.-]*(?:['’]s)?\s{1,3}){0,2}$")
ACCORDING_BEFORE_REACH = 45
# a clause joined to the one before: ", while", ", whereas", ", but", ", and", ";"
CLAUSE_JOIN = re.compile(r",\s*(?:while|whereas|but|and)\b|;", re.IGNORECASE)
# "The Central Statistics Agency or BPS announced": a name, then its acronym after "or"
ACRONYM_OR = re.compile(r",?\s+or\s+(?:the\s+)?")
# "..., he added", "..., said she": a pronoun speaking
PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+(?:also\s+|further\s+)?$", re.IGNORECASE)
PRONOUN_AFTER = re.compile(r"\s+(?:he|she)\b", re.IGNORECASE)
# how far before a quotation its speaker may be named
QUOTE_SPEAKER_REACH = 400
# a new sentence (a full stop, maybe a closing quote) or clause (", and", ";", "while",
# ", but") opening, then at most four title words, right before an official's name
CLAUSE_OPENING_BEFORE = re.compile(
    r"(?:[.!?][\"”]?|,\s*and|;|,\s*but|\bwhile)\s+(?:[\w.'’-]+\s+){0,4}$")
# how far back from a figure a clause describing a structure may open
STRUCTURE_REACH = 80

@dataclass(frozen=True, slots=True)
class SourceCues:
    """The compiled ``source_cues`` section of relations.json (see its comment)."""

    structure: re.Pattern[str]
    structure_whole: re.Pattern[str]
    opening_approximate: re.Pattern[str]
    owned_measure: re.Pattern[str]
    standing: re.Pattern[str]
    background: re.Pattern[str]
    market_after: re.Pattern[str]
    measure_owner: re.Pattern[str]
    agency_object: re.Pattern[str]
    agency_modifies: re.Pattern[str]
    release_estimate: re.Pattern[str]
    release_by: re.Pattern[str]
    non_agency_author: re.Pattern[str]
    attribution_before: re.Pattern[str]
    modal_after: re.Pattern[str]
    previous_after: re.Pattern[str]


@cache
def source_cues() -> SourceCues:
    sc = relations()["source_cues"]  # validated with the whole file (cues.RELATIONS_SCHEMA)
    verbs = cue_re(sc["structure_verbs"]).pattern
    appositive = cue_re(sc["appositive_structure_words"]).pattern
    return SourceCues(
        # ", which accounts for about" / ", a sector worth roughly": a clause opened after a
        # comma, a dash or a bracket, running to the figure with no other break
        structure=re.compile(
            rf"(?:[,(—–]|\s-)\s*(?:(?:which|that)\s+(?:[\w-]+\s+)?{verbs}"
            rf"|(?:a|an)\s+(?:[\w-]+\s+){{1,3}}?{appositive})[^,;()—–]*$",
            re.IGNORECASE),
        # "about two-thirds of output", "about four million workers": the whole after the
        # figure in its clause
        structure_whole=re.compile(
            rf"[^,;.()—–]{{0,40}}?{cue_re(sc['structure_wholes']).pattern}", re.IGNORECASE),
        # "Services, about 80% of the economy, ...": a sentence's opening noun phrase (at
        # most five words), a comma, an approximator (matched from the sentence's start)
        opening_approximate=re.compile(
            r"\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*[,(—–]\s*"
            rf"(?:{cue_re(sc['structure_approximators']).pattern})?\s*$", re.IGNORECASE),
        # "the Fed's preferred inflation gauge": from the agency's end
        owned_measure=re.compile(
            r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}"
            rf"{cue_re(sc['owned_measure_nouns']).pattern}", re.IGNORECASE),
        # "the central bank's policy rate stands at", "The Selic rate, currently at": the
        # setting, at most two words, the verb
        standing=re.compile(
            rf"{cue_re(sc['standing_settings']).pattern}[\s,]+(?:[\w-]+[\s,]+){{0,2}}?"
            rf"{cue_re(sc['standing_verbs']).pattern}(?:\s+(?:a|an|the|record|at))*\s*$",
            re.IGNORECASE),
        background=cue_re(sc["background_cues"]),
        market_after=re.compile(rf"\s*{cue_re(sc['market_after_figure']).pattern}",
                                re.IGNORECASE),
        # "the preferred gauge of the Reserve Bank": right before the agency's name
        measure_owner=re.compile(
            rf"{cue_re(sc['measure_owner_before']).pattern}\s+(?:the\s+)?$", re.IGNORECASE),
        agency_object=re.compile(
            rf"{cue_re(sc['agency_object_before']).pattern}\s+(?:the\s+)?$", re.IGNORECASE),
        # "International Monetary Fund (IMF) reserve position": after its acronym too
        agency_modifies=re.compile(
            r"(?:\s*\(\s*[A-Z][\w&.\-]{1,11}\s*\))?\s+"
            rf"{cue_re(sc['agency_modified_nouns']).pattern}", re.IGNORECASE),
        release_estimate=cue_re(sc["release_estimates"]),
        # "were published on Tuesday by (the)": the verb, at most four words, "by", up to the
        # agency (searched in a bounded window)
        release_by=re.compile(
            rf"(?<![\w-])(?:{cue_re(sc['release_verbs_by']).pattern})(?:\s+[\w,]+){{0,4}}?"
            r"\s+by\s+(?:the\s+)?$", re.IGNORECASE),
        previous_after=re.compile(
            # (not past a word that opens another value: "to 0.8% from the previously
            # reported 0.4%" is the later value's)
            rf"^\s*(?:(?!(?:from|than|of|instead)\b)[\w-]+\s+){{0,3}}?"
            rf"{cue_re(sc['previous_after_figure']).pattern}",
            re.IGNORECASE),
        # "the Korea International Trade Association", "Capital Economics": at most six
        # capitalised words (or "of", "and", "for", "&" between them), then a head
        non_agency_author=re.compile(
            r"(?<![\w&'’.-])(?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|for|&)\s+)?){0,6}?"
            rf"(?:{phrase_pattern(sc['non_agency_heads'])})(?![\w-])"),
        # "according to (the)", "a survey by": an attribution cue right before a name
        attribution_before=re.compile(
            rf"(?<![\w-])(?:{phrase_pattern(relations()['attribution'])}|survey\s+by|poll\s+by"
            r"|report\s+by|study\s+by)\s+(?:the\s+)?$", re.IGNORECASE),
        modal_after=re.compile(
            rf"^\s*(?:of\s+[\w-]+\s+)?{cue_re(sc['modals_after_figure']).pattern}",
            re.IGNORECASE),
    )


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
            return self._target_source(fig, s)
        if self._background(fig, s):
            return None
        head = self._heading_end()
        if s.bounds[0] < head <= fig.start < s.bounds[1]:
            # "Korean economy grows 1.1 pct in Q2: BOK\nSEOUL, July 25 -- ... grew 1.1
            # percent": a headline with no full stop glued to the lead; the lead's figure is
            # not the headline's words
            source = s.lazy("source_after_heading",
                            lambda: self._sentence_source(s, lo=head))
            return None if source is None else list(source)
        split = s.lazy("speaker_split", lambda: self._speaker_split(s))
        if split is not None and fig.end <= split:
            source = s.lazy("source_before_split",
                            lambda: self._sentence_source(s, hi=split))
            return None if source is None else list(source)
        clause = self._clause_agency(fig, s)
        if clause is not None:
            return clause
        source = self._source(s)
        if source is not None and source == self.release_agency:
            source = s.lazy("paragraph_release", lambda: self._paragraph_release(s)) or source
        if source is not None and source == self.release_agency and fact["reporter"]:
            # a national body releases its own economy's data: "Germany, the euro zone's
            # largest economy, grew by 0.2%" in a story of Italy's statistics institute is
            # none of its release (trade with it may be: mirror data of a partner)
            home = self._agency_countries.get(tuple(source))
            if home and len(home) == 2 and home not in ("EU", "EA") and \
                    len(fact["reporter"]) == 2 and fact["reporter"] not in ("EU", "EA") \
                    and fact["reporter"] != home and fact["partner"] is None \
                    and not fact["metric"].startswith("trade."):
                return None
        return source

    def _saying_agencies(self, s: SentenceIndex) -> list[tuple[Item, bool]]:
        """The agencies of a sentence that say something, each with whether its attribution
        opens its clause ("the central bank said its reserves climbed", "According to X,
        ...") or closes it ("..., the statistics office said", "..., according to X")."""
        out = []
        for a in _within(self.v.agencies, self._agency_starts, *s.bounds):
            # (a slice: the pattern is anchored with "^")
            verb = self.c.attribution_after.match(self.text[a.end:min(s.bounds[1], a.end + 60)])
            if verb is not None:
                rest = self.text[a.end + verb.end():s.bounds[1]].lstrip()
                out.append((a, bool(rest) and rest[0] not in ",.;:"))
                continue
            reach = max(s.bounds[0], a.start - ACCORDING_BEFORE_REACH)
            cue = ACCORDING_BEFORE.search(self.text, reach, a.start)
            if cue is not None:
                opening = not self.text[s.bounds[0]:cue.start()].strip()
                out.append((a, opening))
        return out

    def _clause_agency(self, fig: Item, s: SentenceIndex) -> list[int] | None:
        """Of two agencies of different names saying things in one sentence, the one whose
        clause holds the figure (the contract: "attributed to in its clause"): "Consumer
        prices rose 3.1%, the statistics office said, while the central bank said reserves
        climbed to $45.2 billion". The last opening attribution before the figure (no other
        attribution between), else the first closing one after it. None when the sentence
        has fewer than two such agencies, or names an official."""
        saying = s.lazy("saying_agencies", lambda: self._saying_agencies(s))
        if len({a.attrs.get("name") for a, _ in saying}) < 2 or _within(
                self.v.officials, self._official_starts, *s.bounds):
            return None  # (an official speaking: _sentence_source's rules)
        before = [(a, opens) for a, opens in saying if a.end <= fig.start]
        after = [(a, opens) for a, opens in saying if a.start >= fig.end]
        closing = after[0][0] if after and not after[0][1] else None
        if before and before[-1][1] and (closing is None or not CLAUSE_JOIN.search(
                self.text, before[-1][0].end, fig.start)):
            # (not "X said exports rose 5.1%, while imports fell 3.0%, the customs office
            # said": a joined clause closed by an attribution of its own is that one's)
            a = before[-1][0]
            return [a.start, a.end]
        if closing is not None:
            return [closing.start, closing.end]
        return None

    def _non_agency_author(self, s: SentenceIndex) -> bool:
        """A sentence naming no agency or official that attributes its figures to a body of
        no government ("Car exports fell 13.6%, according to the Korea International Trade
        Association"; "a survey by the Canadian Federation of Independent Business showed"):
        they are that body's, not the article's release (the contract: source null when no
        agency is named for them)."""
        if _within(self.v.agencies, self._agency_starts, *s.bounds) or _within(
                self.v.officials, self._official_starts, *s.bounds):
            return False
        sc = source_cues()
        for m in sc.non_agency_author.finditer(self.text, *s.bounds):
            if sc.attribution_before.search(self.text, max(s.bounds[0], m.start() - 30),
                                            m.start()) or self.c.attribution_after.match(
                    self.text[m.end():min(s.bounds[1], m.end() + 40)]):
                return True
        return False

    def _paragraph_release(self, s: SentenceIndex) -> list[int] | None:
        """A sentence naming no agency or official in a paragraph that reports another
        release than the article's: "In a separate release, the central bank said reserves
        rose $3.1 billion to $94.7 billion. Net reserves stood at $53.2 billion." The agency
        of the nearest sentence before it in its paragraph that names one saying figures
        (the release cited there), when that is not the article's release; else None."""
        if _within(self.v.agencies, self._agency_starts, *s.bounds) or _within(
                self.v.officials, self._official_starts, *s.bounds):
            return None
        i = bisect_right(self.sentence_starts, s.bounds[0]) - 1
        release = self.release_agency
        release_name = next((a.attrs.get("name") for a in self.v.agencies
                             if release and [a.start, a.end] == list(release)), None)
        while i > 0:
            prev = self.v.sentences[i - 1]
            if "\n" in self.text[prev[1]:self.v.sentences[i][0]]:
                return None  # a new paragraph: the article's release again
            if _within(self.v.officials, self._official_starts, *prev):
                return None
            named = _within(self.v.agencies, self._agency_starts, *prev)
            saying = [a for a in named
                      if self.c.attribution_after.match(self.text[a.end:a.end + 40])]
            if saying:
                # (the article's release among them, "the Census Bureau and the Bureau of
                # Economic Analysis said", or no figure said: no other release)
                if any(a.attrs.get("name") == release_name for a in named) or \
                        not self.any_figure_in(*prev):
                    return None
                return self._first_coordinated(saying[0])
            i -= 1
        return None

    def _speaker_split(self, s: SentenceIndex) -> int | None:
        """Where an official who speaks opens a clause of his own after figures ("..., and
        Governor Elvira Nabiullina has said growth will slow"; "... 0.3 percent m/m. Song
        Ji-yeon, a director general, said ..." glued by an abbreviation): the figures
        before it are not his words. The offset of the clause's opening, or None."""
        sent = s.bounds
        first_fig = min((f.start for f in s.figs), default=sent[1])
        for o in _within(self.v.officials, self._official_starts, *sent):
            if o.start <= first_fig:
                continue
            opening = CLAUSE_OPENING_BEFORE.search(self.text, max(first_fig, o.start - 60),
                                                   o.start)
            verb = self.c.speech.search(self.text, o.end, min(sent[1], o.end + 80))
            if opening and verb and len(self.text[verb.end():sent[1]].split()) >= 2:
                return opening.start()
        return None

    def _target_source(self, fig: Item, s: SentenceIndex) -> list[int] | None:
        """A goal is set by whom its clause names, not by the agency releasing the data
        ("..., the statistics office said, above the government's target of 6.5 percent":
        none); the agency owning it first ("above the National Bank of Hungary's 3%
        target"), then the official or agency of its clause ("Premier Wen Jiabao set the
        target at 4 percent")."""
        owners = [a for a in _within(self.v.agencies, self._agency_starts,
                                     max(s.bounds[0], fig.start - 60), fig.start)
                  if POSSESSIVE_SPACE.match(self.text, a.end)]
        if owners:
            return [owners[-1].start, owners[-1].end]
        # its clause: from the last comma before it to the first after it
        lo = max(self.text.rfind(",", s.bounds[0], fig.start) + 1, s.bounds[0])
        hi = self.text.find(",", fig.end, s.bounds[1])
        clause = (lo, hi if hi >= 0 else s.bounds[1])
        for found in (_within(self.v.officials, self._official_starts, *clause),
                      _within(self.v.agencies, self._agency_starts, *clause)):
            if found:
                return [found[0].start, found[0].end]
        return None

    def _background(self, fig: Item, s: SentenceIndex) -> bool:
        """A figure that is no part of any release: one of a clause describing a standing
        structure ("Consumer spending, which accounts for about two-thirds of output"), a
        standing policy setting ("The central bank's policy rate stands at 50 percent"), or
        port throughput, tariffs and milestones in a sentence that names no agency or
        official saying them, or one a body of no government is cited for
        (``_non_agency_author``). The contract: "null ... when no agency is named"."""
        if s.lazy("non_agency_author", lambda: self._non_agency_author(s)):
            return True
        sc = source_cues()
        lo = max(s.bounds[0], fig.start - STRUCTURE_REACH)
        if (sc.structure.search(self.text[lo:fig.start])
                or sc.opening_approximate.match(self.text, s.bounds[0], fig.start)) and \
                sc.structure_whole.match(self.text, fig.end, min(s.bounds[1], fig.end + 60)):
            return True
        clause = s.clause(fig.start)
        if sc.standing.search(self.text[max(clause[0], lo):fig.start]) and not s.has(
                self.c.speech):
            return True
        # an agency only named in it ("the year it joined the WTO") says none of it
        return bool(sc.background.search(self.text, clause[0], fig.start)
                    or sc.market_after.match(self.text, fig.end, s.bounds[1])) and s.lazy(
            "own_source", lambda: self._sentence_source(s, release=False)) is None

    def _source(self, s: SentenceIndex) -> list[int] | None:
        """The official who says it in this sentence ("X's Y said" -> Y), else the agency the
        sentence names, else the agency whose release the article reports. The same for every
        figure of the sentence."""
        source = s.lazy("source", lambda: self._sentence_source(s))
        return None if source is None else list(source)

    def _sentence_source(self, s: SentenceIndex, release: bool = True,
                         hi: int | None = None, lo: int | None = None) -> list[int] | None:
        # hi: the end of the part of the sentence read (see _speaker_split); lo: its start
        # (see _heading_end)
        sent = (s.bounds[0] if lo is None else lo, s.bounds[1] if hi is None else hi)
        # an official named as an owner ("below President Prabowo Subianto's 8% growth
        # target") is no speaker
        speakers = [o for o in _within(self.v.officials, self._official_starts, *sent)
                    if not POSSESSIVE_SPACE.match(self.text, o.end)]
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
                   and not owns_figure(a) and not self._no_speaker(a, sent)]
        if len(in_sent) > 1 and POSSESSIVE_SPACE.match(self.text, in_sent[0].end):
            # "within the central bank's target band, Statistics Indonesia said": the body
            # that says it, not one owning a noun
            saying = [a for a in in_sent[1:]
                      if self.c.attribution_after.match(self.text[a.end:a.end + 40])]
            if saying:
                return [saying[0].start, saying[0].end]
        if in_sent:
            return [in_sent[0].start, in_sent[0].end]
        speaker = self._quoted_speaker(s) or self._pronoun_speaker(sent)
        if speaker is not None:
            return speaker
        return self.release_agency if release else None

    def _no_speaker(self, a: Item, sent: tuple[int, int]) -> bool:
        """An agency its sentence names as no speaker: the owner of a measure ("the
        preferred gauge of the Reserve Bank of Australia (RBA)", its acronym after it too;
        "the Fed's preferred inflation gauge"), an object ("it joined the WTO") or a
        modifier of a thing ("IMF reserve position")."""
        i = bisect_left(self._agency_starts, a.start)
        prior = self.v.agencies[i - 1] if i > 0 else None
        if prior is not None and prior.attrs.get("name") == a.attrs.get("name") and \
                ACRONYM_AFTER.fullmatch(self.text, prior.end, a.end + 1):
            a = prior
        sc = source_cues()
        return bool(sc.measure_owner.search(self.text, max(sent[0], a.start - 40), a.start)
                    or sc.agency_object.search(self.text, max(sent[0], a.start - 30), a.start)
                    or sc.agency_modifies.match(self.text, a.end, sent[1])
                    or sc.owned_measure.match(self.text, a.end, sent[1]))

    def _pronoun_speaker(self, sent: tuple[int, int]) -> list[int] | None:
        """'Exports of logs fell 12 percent, he added.': a sentence whose speaker is a
        pronoun cites the last official named before it (within QUOTE_SPEAKER_REACH)."""
        if not self.v.officials:
            return None
        for verb in self.c.speech.finditer(self.text, *sent):
            if PRONOUN_BEFORE.search(self.text, max(sent[0], verb.start() - 12),
                                     verb.start()) or PRONOUN_AFTER.match(
                    self.text, verb.end(), sent[1]):
                prior = _within(self.v.officials, self._official_starts,
                                max(0, sent[0] - QUOTE_SPEAKER_REACH), sent[0])
                return [prior[-1].start, prior[-1].end] if prior else None
        return None

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

    def _heading_end(self) -> int:
        """The end of the first line when it is a headline (no full stop ends it), else 0."""
        got = self.cache.get("heading_end")
        if got is None:
            line_end = self.text.find("\n")
            got = self.cache["heading_end"] = line_end if line_end > 0 and not self.text[
                :line_end].rstrip().endswith((".", "!", "?")) else 0
        return got

    def _release_agency(self) -> list[int] | None:
        """The agency whose data the article reports: named with an attribution cue, else the
        only agency the article names."""
        # a credit or heading line ("(Communicated by Central Bureau of Statistics
        # Spokesman)") cites the body that the text then names again: the release is cited
        # where the text names it
        heading = self._heading_end()
        found = None
        starts = self.sentence_starts
        release_by = source_cues().release_by
        for a in self.v.agencies:
            owns_data = POSSESSIVE_DATA.match(self.text, a.end)
            if POSSESSIVE_SPACE.match(self.text[a.end:a.end + 3]) and not owns_data:
                continue  # "the Commerce Department's Census Bureau": the bureau releases
            # (within the agency's sentence: "..., estimates showed. The National Bank kept
            # rates" cites no bank)
            lo = max(self._sentence_of(a, starts)[0], a.start - 60)
            window = self.text[max(lo, a.start - 45):a.start]
            if owns_data or self.c.attribution.search(window) or self.c.attribution_after.match(
                self.text[a.end:a.end + 40]
            ) or release_by.search(self.text, lo, a.start):
                a = self._described(a) or a  # "by the national statistics agency INEGI"
                found = found or a
                if a.start >= heading or found.attrs.get("name") != a.attrs.get("name"):
                    break
        if found is not None:
            a = found if found.start >= heading else next(
                (b for b in self.v.agencies if b.start >= heading
                 and b.attrs.get("name") == found.attrs.get("name")), found)
            return self._named_in_full(self._first_mention(self._first_coordinated(a)))
        names = {a.attrs.get("name") for a in self.v.agencies}
        if len(names) == 1 and self.v.agencies and not all(
                self._no_speaker(a, self._sentence_of(a, starts)) for a in self.v.agencies):
            a = next((b for b in self.v.agencies if b.start >= heading), self.v.agencies[0])
            return [a.start, a.end]
        # no agency releases: the official who says the lead's figures ("Thailand's inflation
        # rose 1.23% ..., permanent secretary Keerati Rushchano said"); one who speaks only
        # later says something else
        lead = next((sent for sent in self.v.sentences if sent[0] >= heading
                     and self.any_figure_in(*sent)), None)
        for o in _within(self.v.officials, self._official_starts, *lead) if lead else ():
            if self.c.attribution_after.match(self.text[o.end:o.end + 40]):
                return [o.start, o.end]
        return None

    def _sentence_of(self, a: Item, starts: list[int]) -> tuple[int, int]:
        i = bisect_right(starts, a.start) - 1
        return self.v.sentences[i] if i >= 0 else (0, len(self.text))

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
                    "acronym") and (ACRONYM_AFTER.match(self.text, b.end) or (
                        b is self.v.agencies[i - 1]
                        and ACRONYM_OR.fullmatch(self.text, b.end, a.start))):
                return [b.start, b.end]
        return key

    def _named_in_full(self, key: list[int]) -> list[int]:
        """A release cited by a description ("the national statistical body announced", "the
        central bank said") is cited where the text then introduces the body by its name
        with its acronym ("Turkish Statistical Institute (TurkStat) noted"): that defining
        mention, the first one after the description."""
        i = bisect_left(self._agency_starts, key[0])
        if i >= len(self.v.agencies) or self.v.agencies[i].start != key[0]:
            return key
        a = self.v.agencies[i]
        if not self.text[a.start].islower():
            return key
        for b in self.v.agencies[i + 1:]:
            if b.attrs.get("name") == a.attrs.get("name") and self.text[b.start].isupper() \
                    and self.text[b.start:b.end] != b.attrs.get("acronym") \
                    and ACRONYM_AFTER.match(self.text, b.end):
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

    def _continued_source(self, s: SentenceIndex, fig: Item | None = None,
                          modality: str | None = None) -> list[int] | None:
        """An unnamed measure in a sentence that names no agency continues the release of
        the sentence before: its source is that of the last fact. A forecast and a
        background figure have none."""
        if modality == "forecast" or (fig is not None and self._background(fig, s)):
            return None
        if self.last_source is not None and not _within(
                self.v.agencies, self._agency_starts, *s.bounds) and not _within(
                self.v.officials, self._official_starts, *s.bounds):
            return list(self.last_source)
        return self._source(s)
