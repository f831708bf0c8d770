"""Cues built from relations.json's change nouns and earning verbs, read by the role, the
apposed-change and the component steps of the linker."""

from __future__ import annotations

import re

from tradeie.patterns import phrase_pattern


def change_noun_cues(rel: dict) -> tuple[re.Pattern[str], ...]:
    """(fall_heads_subject, apposed_change_gap, earning_verb, economy_change_after,
    change_of_before, rate_change_before)."""
    # "the drop in Chile's copper exports was 3.2%": a fall that heads the subject whose
    # metric follows it; the level verb then states the size of the fall
    fall_nouns = [w for w in rel["change_nouns_after"] if w in rel["down"]]
    fall_heads_subject = re.compile(
        rf"(?<![\w-])(?:the|a|an|its|this|that|their)\s{{1,3}}"
        rf"(?P<w>{phrase_pattern(fall_nouns)})\s{{1,3}}(?:in|of)\s{{1,3}}"
        r"(?:[\w.'’-]+\s{1,3}){0,3}$", re.IGNORECASE)
    # "..., an increase of 3.8 percent", "..., a rise of": a change set off after the values
    # it compares (a date of the compared value may stand before the comma)
    apposed_change_gap = re.compile(
        r"[^.;,]{0,60},\s{1,3}(?:an?\s{1,3})?(?:[a-z-]+\s{1,3})?"
        rf"(?:{phrase_pattern(rel['change_nouns_after'])})\s{{1,3}}of\s{{1,3}}",
        re.IGNORECASE)
    # "Textiles and garments earned $40.2 billion": a level verb of earning
    earning_verb = re.compile(
        rf"(?<![\w-])(?:{phrase_pattern(rel['earning_verbs'])})(?![\w-])", re.IGNORECASE)
    # "a 0.9 percent contraction": a change of the whole economy right after a figure
    economy_change_after = re.compile(
        rf"\s{{1,3}}(?:{phrase_pattern(rel['economy_change_nouns'])})(?![\w-])", re.IGNORECASE)
    # "a rise of 8.1% in non-oil exports": a change noun and 'of' right before the figure
    # (then change_in after it names what moved)
    change_of_before = re.compile(
        rf"(?<![\w-])(?:{phrase_pattern(rel['change_nouns_of'])})\s{{1,3}}of\s{{1,3}}\Z",
        re.IGNORECASE)
    # "the change in the consumer price index ... was 0.2%", "a monthly variation of 7%": a
    # change noun of the clause whose value the figure is (no figure in between)
    rate_change_before = re.compile(
        rf"(?<![\w-])(?:{phrase_pattern(rel['rate_change_nouns'])})(?![\w-])"
        # (a year between counts as words: "between August 2020 and September 2020 was")
        rf"(?:[^\d.;]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,70}}?"
        rf"(?<![\w-])(?:was|is|were|of|stood\s+at|came\s+in\s+at|amounted\s+to"
        # ("the productivity gain was revised down to 2.1%")
        rf"|revised(?:\s+(?:up|down|upward|downward|higher|lower))?\s+to)\s+$",
        re.IGNORECASE)
    return (fall_heads_subject, apposed_change_gap, earning_verb, economy_change_after,
            change_of_before, rate_change_before)
