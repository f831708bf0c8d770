"""Cues built from relations.json's change nouns, earning verbs and comparison words, read by
the role, apposed-change, component and period steps of the linker (kept here so that
relate/cues.py stays one screenful of wiring)."""

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


def comparison_cues(rel: dict) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(comparison_before, pace_before): cues before a date that is compared with."""
    # "from the end of November", "compared with the same month of": the cue may stand a
    # few function words before the date
    comparison_before = re.compile(
        rf"(?<![\w-])(?:{phrase_pattern(rel['comparison_before_date'])})"
        r"(?:\s+(?:the|their|its|end|of|in|at|level|levels|figure|value|values|amount|a|"
        rf"{phrase_pattern(rel['comparison_date_fillers'])}))*"
        # "below the 12.7% of September" (Spanish "del 12,7% de septiembre"): the figure
        # compared with, then "of" and its date
        r"(?:\s+[-+]?\d[\d.,]*\s?(?:%|percent|per\s+cent)\s+of)?[\s,]*$",
        re.IGNORECASE,
    )
    # "the same pace as in September": a rate compared, its period not the figure's
    pace_before = re.compile(
        rf"(?<![\w-])(?:{phrase_pattern(rel['pace_before_date'])})"
        r"(?:\s+(?:the|in|of))*\s*$", re.IGNORECASE)
    return comparison_before, pace_before


def comparison_value_cue(rel: dict) -> re.Pattern[str]:
    """"down from $4.60 billion", "compared to a $700 million surplus": a value compared
    with."""
    return re.compile(
        rf"(?<![\w-])(?:{phrase_pattern(rel['comparison_value_cues'])})"
        rf"(?:\s+(?:{phrase_pattern(rel['comparison_value_fillers'])})(?![\w-]))*\s*$",
        re.IGNORECASE,
    )


def share_of_partner_cue(names_alt: str) -> re.Pattern[str]:
    """"the share of intra-EU trade in total exports", "the weight of EU countries in
    exports": a share whose subject is a partner economy (searched with endpos at the
    figure's clause)."""
    return re.compile(
        rf"(?<![\w-])(?i:share|weight|proportion)\s+of\s+(?:the\s+)?(?i:intra-?)?"
        rf"(?P<e>{names_alt})(?i:\s+(?:countries|states|member\s+states|trade|markets))?"
        r"\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")


def basis_opening_cues(by_basis: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """"Monthly, prices rose 1.3%.": an adverb alone as the sentence's opening phrase, per
    basis."""
    return {b: re.compile(rf"\s{{0,3}}(?:{phrase_pattern(words)})\s{{0,3}}", re.IGNORECASE)
            for b, words in by_basis.items()}


def partner_after_cue(names_alt: str, rel: dict, word_end: str) -> re.Pattern[str]:
    """A partner after a flow's figure: "... to China", "of medical products to the US",
    "from the whole of Asia" (up to three words, or "of" and up to five, before the
    preposition)."""
    return re.compile(
        rf"^(?:\s+of(?:\s+[\w-]+){{1,5}}?|(?:\s+[\w-]+){{0,3}}?)\s+"
        rf"(?P<prep>to|with|from|into|in|along)\s+"
        rf"(?:(?:{phrase_pattern(rel['partner_whole_fillers'])})\s+)?(?:the\s+)?"
        rf"(?P<e>{names_alt}){word_end}")

