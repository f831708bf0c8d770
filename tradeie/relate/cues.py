"""Compiled cue lists of the relation linker (data: models/relations.json, economies.json)."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from tradeie.normalize.metrics import METRIC_DATA, validate_metric_data
from tradeie.resources import check_phrases, check_section, data_error, read_json
from tradeie.schema import BASES, METRICS

RELATIONS = "relations.json"
ECONOMIES = "economies.json"
# Every list of cue phrases the linker reads from relations.json.
CUE_LISTS = (
    "up", "down", "flat", "level_verbs", "level_after_verb", "change_nouns_after", "share",
    "share_after", "growth_rate_cues", "comparison_before_date", "release_before_date",
    "backref_dates", "date_right_after_figure", "forecast", "target", "previous",
    "attribution", "respectively", "speech_verbs", "attribution_after_agency",
    "third_party_forecasters", "continuation_nouns", "comparative_words",
    "forecast_revision_verbs", "world_words", "continuation_pronouns", "clause_breaks",
)


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


def validate_relations(rel: dict) -> dict:
    """Check relations.json at load; errors name the file, the line and the key. An empty
    phrase would make a cue match everywhere; a word both 'up' and 'down' would get the
    direction of whichever list is read last."""
    for key in CUE_LISTS:
        check_phrases(check_section(rel, key, RELATIONS, list), RELATIONS, key)
    basis = check_section(rel, "basis", RELATIONS, dict)
    for name, phrases in basis.items():
        if name not in BASES:
            raise data_error(RELATIONS, ("basis", name), f"{name!r} is not one of {BASES}")
        check_phrases(phrases, RELATIONS, ("basis", name))
    for metric in check_section(rel, "rate_metrics", RELATIONS, list):
        if metric not in METRICS:
            raise data_error(RELATIONS, "rate_metrics", f"unknown metric id {metric!r}", metric)
    seen: dict[str, str] = {}
    for direction in ("up", "down", "flat"):
        for word in rel[direction]:
            if seen.get(word.lower(), direction) != direction:
                raise data_error(RELATIONS, direction,
                                 f"{word!r} is also listed under {seen[word.lower()]!r}", word)
            seen[word.lower()] = direction
    return rel


def validate_economies(eco: dict) -> dict:
    """Check economies.json at load: names map to an ISO 3166-1 alpha-2 code, EU, EA or a
    bloc of 'blocs' (a misspelt code would become a wrong reporter or partner)."""
    blocs = set(check_phrases(check_section(eco, "blocs", ECONOMIES, list), ECONOMIES, "blocs"))
    names = check_section(eco, "names", ECONOMIES, dict)
    for name, code in names.items():
        if not name.strip():
            raise data_error(ECONOMIES, "names", "an empty name", name)
        if not isinstance(code, str) or not (
            code in blocs or code in ("EU", "EA")
            or (len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code))
        ):
            raise data_error(ECONOMIES, ("names", name),
                             f"{code!r} is not an ISO alpha-2 code, EU, EA or a listed bloc")
    codes = set(names.values())
    for code in check_phrases(check_section(eco, "reporter_only", ECONOMIES, list), ECONOMIES,
                              "reporter_only"):
        if code not in codes:
            raise data_error(ECONOMIES, "reporter_only", f"{code!r} is no economy's code", code)
    for key in ("no_partner", "self_reference"):
        check_phrases(check_section(eco, key, ECONOMIES, list), ECONOMIES, key)
    return eco


class Cues:
    def __init__(self) -> None:
        rel = validate_relations(read_json(RELATIONS))
        eco = validate_economies(read_json(ECONOMIES))
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
        metrics = validate_metric_data(read_json(METRIC_DATA))
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
