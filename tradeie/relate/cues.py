"""Compiled cue lists of the relation linker (data: models/relations.json, economies.json)."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from tradeie.resources import read_json


def _words(phrases) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def cue_re(phrases, *, at_end: bool = False, at_start: bool = False) -> re.Pattern[str]:
    body = rf"(?<![\w-])(?:{_words(phrases)})(?![\w-])"
    if at_end:
        body += r"[\s,]*$"
    if at_start:
        body = r"^[\s,]*" + body
    return re.compile(body, re.IGNORECASE)


class Cues:
    def __init__(self) -> None:
        rel = read_json("relations.json")
        eco = read_json("economies.json")
        self.up = cue_re(rel["up"])
        self.down = cue_re(rel["down"])
        self.flat = cue_re(rel["flat"])
        self.direction_words = {w.lower(): "up" for w in rel["up"]}
        self.direction_words.update({w.lower(): "down" for w in rel["down"]})
        self.direction_words.update({w.lower(): "flat" for w in rel["flat"]})
        self.any_direction = re.compile(
            rf"(?<![\w-])(?P<w>{_words(self.direction_words)})(?![\w-])", re.IGNORECASE
        )
        self.level_marker = cue_re(rel["level_verbs"] + rel["level_after_verb"], at_end=True)
        self.change_after = re.compile(
            rf"^\s*(?:(?:year-on-year|annual|monthly|quarterly|y/y|on-year)\s+)?"
            rf"(?P<w>{_words(rel['change_nouns_after'])})(?![\w-])",
            re.IGNORECASE,
        )
        self.basis_any = cue_re([p for ps in rel["basis"].values() for p in ps])
        self.share_before = cue_re(rel["share"], at_end=True)
        self.share_after = cue_re(rel["share_after"], at_start=True)
        self.rate_metrics = set(rel["rate_metrics"])
        self.growth_rate = cue_re(rel["growth_rate_cues"])
        self.basis = {b: cue_re(p) for b, p in rel["basis"].items()}
        # "from the end of November", "compared with the same month of": the cue may stand a
        # few function words before the date
        self.comparison_before = re.compile(
            rf"(?<![\w-])(?:{_words(rel['comparison_before_date'])})"
            r"(?:\s+(?:the|end|of|in|at|level|levels|figure|a))*[\s,]*$",
            re.IGNORECASE,
        )
        self.release_before = cue_re(rel["release_before_date"], at_end=True)
        self.backref = cue_re(rel["backref_dates"])
        self.date_after_figure = re.compile(
            rf"^[\s,]*(?:(?:{_words(rel['date_right_after_figure'])})\s+)(?:the\s+)?$",
            re.IGNORECASE,
        )
        self.forecast = cue_re(rel["forecast"])
        self.target = cue_re(rel["target"])
        self.previous = cue_re(rel["previous"])
        self.attribution = cue_re(rel["attribution"])
        self.respectively = cue_re(rel["respectively"])
        self.speech = cue_re(rel["speech_verbs"])
        self.attribution_after = re.compile(
            rf"^\s*(?:\([^()]{{1,20}}\)\s*)?(?:on\s+\w+\s+)?(?:{_words(rel['attribution_after_agency'])})"
            r"(?![\w-])",
            re.IGNORECASE,
        )
        self.third_party = cue_re(rel["third_party_forecasters"])
        self.continuation_noun = cue_re(rel["continuation_nouns"])
        self.comparatives = {w.lower() for w in rel["comparative_words"]}
        self.forecast_revision = cue_re(rel["forecast_revision_verbs"])
        metrics = read_json("metrics.json")
        self.generic_heads = {
            k.lower(): (v if isinstance(v, list) else [v])
            for k, v in metrics["generic_heads"].items() if k != "comment"
        }
        self.world = cue_re(rel["world_words"], at_end=True)
        self.continuation = cue_re(rel["continuation_pronouns"], at_start=True)
        self.clause_breaks = re.compile(
            "|".join(re.escape(b) for b in rel["clause_breaks"]), re.IGNORECASE
        )
        names: dict[str, str] = {}
        for c in pycountry.countries:
            names.setdefault(c.name, c.alpha_2)
            common = getattr(c, "common_name", None)
            if common:
                names.setdefault(common, c.alpha_2)
        names.update(eco["names"])
        self.economy_names = names
        self.blocs = set(eco["blocs"])
        self.reporter_only = set(eco["reporter_only"])
        # Case-sensitive: "US" and "us" differ; economies are proper names.
        self.economy = re.compile(
            rf"(?<![\w-])(?P<e>{_words(names)})(?P<poss>'s|’s)?(?![\w-])"
        )
        self.self_reference = cue_re(eco["self_reference"])
        self.no_partner = cue_re(eco["no_partner"])
        self.partner_after = re.compile(
            rf"^(?:\s+[\w-]+){{0,3}}?\s+(?P<prep>to|with|from|into|in|along)\s+(?:the\s+)?"
            rf"(?P<e>{_words(names)})(?![\w-])"
        )
        self.intra = re.compile(rf"(?i:intra)-?\s*(?P<e>{_words(names)})\s*$")


@cache
def cues() -> Cues:
    return Cues()
