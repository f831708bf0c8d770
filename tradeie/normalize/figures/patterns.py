"""Small fixed patterns and constants of the figure finder (the word lists are compiled
in figure_lexicon from models/figures.json)."""

from __future__ import annotations

import re

from tradeie.normalize.figure_lexicon import GAP, NOT_TITLE, WRAP

_LABELS = {"money": "MONEY", "percent": "PERCENT"}
_SOURCES = {"d": "digits", "w": "word", "frac": "fraction", "outof": "fraction",
            "mixed": "digits"}
_DEFAULT_KINDS = {"money", "percent", "measure", "count", "multiple"}  # the rest: everything
_MAX_DIGITS = 24  # longer digit strings are ids or junk, not figures
_URL_MARKS = ("://", "www.", "@")
_GUARD_CHARS = set("-–/.:")
_SCALE_LETTERS = set("kKmMbB")
_CLAUSE_END = set(",.;:)!?\"'") | {""}
_SPACED_SCALE = re.compile(r"[ \t](?P<s>[BMK])[ \t](?=people\b|[a-z]{2,}s\b)")
_RATE_START = set(" \t-\r\n")

# Small fixed patterns (the word lists are compiled in figure_lexicon).
_ORDINAL = re.compile(r"(?i:st|nd|rd|th)(?![A-Za-z])")
_DECADE = re.compile(r"s(?![A-Za-z])")
_VERSION = re.compile(r"[.,]\d")
_OF = re.compile(rf"{GAP}of\b")
_THE = re.compile(rf"{GAP}the{GAP}(?=[a-z])")  # "half the growth"; not "half the $18 billion"
_OF_SHARE = re.compile(rf"(?:[ \t]{{1,2}}|{WRAP})of(?:[ \t]{{1,2}}|{WRAP}{NOT_TITLE})")
_OF_AFTER = re.compile(rf" of|{WRAP}of")  # worth reading _OF_SHARE after a percent
_SPACE = re.compile(r"[ \t]{1,2}")
_WRAP = re.compile(WRAP)
# Between a number (or scale word) and its unit: up to two spaces, or a hard-wrapped line.
_UNIT_GAP = re.compile(rf"(?P<wrap>{WRAP})|[ \t]{{0,2}}")
_OF_A = re.compile(r"[ \t]{1,2}of[ \t]{1,2}an?[ \t]{1,2}(?:(?:US|U\.S\.|imperial)[ \t])?")
# "half a percentage point", "a quarter of a percentage point": a fraction of one unit
_FRAC_OF_A = re.compile(r"(?:[ \t]{1,2}of)?[ \t]{1,2}an?(?=[ \t])")
_SHARE_WORD = re.compile(r"[A-Za-z][\w’'-]{0,30}|\S")
_SUFFIX_CODE = re.compile(rf"(?:[ \t]?|{WRAP})(?P<w>U\.S\.|US|[A-Z]{{3}})(?![A-Za-z])")
_ARTIFACT_SCALE = re.compile(r"[ \t]?(?i:[mbk]n?|million|billion|mil)\b")
_POSSESSIVE_R = re.compile(r"\s{1,3}s['’]\w")
_NAME_COMMA_R = re.compile(r"\s{0,2},[a-z]{1,20}[A-Z](?![A-Za-z])")
_CAPS_AFTER = re.compile(r"(?:[ \t]{1,3}[A-Z0-9][\w’'.]{0,30}){1,3}")
_LEVEL_AFTER = re.compile(r"[\s,]{0,3}(?i:to|at|to\s{1,3}(?:close|end|finish|settle)\s{1,3}at)"
                          r"\s{1,3}")
_LEVEL_BEFORE = re.compile(r"\s{0,3}(?i:up|down)\s{1,3}")
_THEN_TO = re.compile(r"[ \t]{1,3}to[ \t]{1,3}[\d$€£¥]")
_EQUIV_GAP = re.compile(r"\s{0,3}\(\s{0,3}(?:or\s{1,3})?|\s{0,3}/\s{0,3}")
_OR_GAP = re.compile(r"\s{0,3},?\s{0,3}or\s{0,3}")
_JOINED = re.compile(r"\s{0,2}(?:[-‒–—/]|to|-\s{0,2}to)\s{0,2}")
_WORDS = re.compile(r"[a-z]+")
_WORD_BEFORE_R = re.compile(r"\s{1,3}([A-Za-z.]{1,12})(?![A-Za-z.])")
_DIGITS = re.compile(r"\d+")
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_MANTISSA = re.compile(r"\d+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_LETTERS_R = re.compile(r"[A-Za-z]{1,12}(?![A-Za-z])")
# A bare count and its subject (see FigureFinder._count_subjects).
_NUMBER_OF = re.compile(r"(?i:\bnumber[ \t]{1,3}of[ \t]{1,3})")
_NP_WORD = re.compile(r"[ \t]{0,3}([A-Za-z][A-Za-z'’-]{0,40})")
_PAREN = re.compile(r"\([^()\n]{0,80}\)")
# the end of a bracketed acronym after the subject it abbreviates ("Managers' Index (PMI)")
_CLOSE_PAREN = re.compile(r"\s*\)")
_OF_THEM = re.compile(r"[ \t]{1,3}of[ \t]{1,3}(?:them|whom)\b")
_DIGIT_GROUP = re.compile(r"[ \t]\d")
# How far an amount written without its unit looks for the money amount it goes with.
_AMOUNT_WINDOW = 400
_SENTENCE_END = (". ", "! ", "? ", "\n")
_SENTENCE_MARKS = (". ", "! ", "? ", ".\n", "\n\n")
# A word of the noun phrase after a count: one or two spaces, no punctuation crossed.
_NP_TOKEN = re.compile(r"[ \t]{1,2}(?P<w>[A-Za-z][A-Za-z'’\-]{0,40}[A-Za-z]|[A-Za-z])")
# a size written as an adjective before a counted noun: "60-kg bags", "20-foot containers"
_SIZE_ADJECTIVE = re.compile(
    r"[ \t]+(?P<a>\d+(?:\.\d+)?-(?:kg|kilogram|kilo|kilogramme|tonne|ton|lb|pound|litre|liter"
    r"|foot|ft|metre|meter)s?)(?=[ \t]+[a-z])")
# "Seven of Korea's major 13 export items": a number of the things counted right after
_OF_NEXT = re.compile(
    r"[ \t]{1,3}of[ \t]{1,3}(?:(?:the|its|their|these|those)[ \t]{1,3}"
    r"(?:[a-z]{2,20}['’]s[ \t]{1,3})?"  # "three of the country's four refineries"
    r"|[A-Z][\w.’'\-]{0,30}['’]s[ \t]{1,3})?(?:[a-z][a-z\-]{1,20}[ \t]{1,3}){0,2}")
_PROPER_MODIFIER = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]{2,20}")
# the plural of an acronym is a counted noun: "450 SMEs", "1.3 lakh MSMEs", "12 NGOs"
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")
# "a survey of 28 economists": "of" right before a count (searched in the 4 characters before)
_OF_BEFORE = re.compile(r"\bof\s+\Z")
_VERB_AFTER = re.compile(r"[ \t]{1,2}(?:to|at|by|from)\b")
# ", seaports" or " and border crossings" after a counted noun ("last": the closing one)
_CONJUNCT = re.compile(
    r"(?:,[ \t]{1,2}|(?P<last>,?[ \t]{1,2}(?:and|or)[ \t]{1,2}))"
    r"(?P<np>(?:(?!(?:and|or)[ \t])[a-z][a-z\-]{1,30}[ \t])?[a-z][a-z\-]{1,30}s)(?![\w\-])")
_FROM_TO = re.compile(r"[ \t,]{1,3}(?:(?:up|down)[ \t]{1,2})?(?:from|to)[ \t]")
_POINTS = re.compile(r"[ \t]{1,2}(?P<u>(?i:points?|pts?\.?))(?![A-Za-z])")
_SUBJECT_WINDOW = 250  # how far back in its sentence a bare count looks for its subject
