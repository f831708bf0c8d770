"""Turn the caller's string into a Doc: same-length cleaning, then tokenizing in safe pieces.

Every change here is one character for one character, so each offset into the Doc is an
offset into the caller's string; results are read back from that string, never from the
Doc's text. Rule data: ``models/text.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.resources import check_section, data_error, read_json

DATA = "text.json"

# Lone surrogates (from broken decoding) cannot be encoded, and spaCy's string store encodes
# every token: one replacement character each.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class TextRules:
    space_table: dict[int, str]  # str.translate table: space-like code point -> " "
    long_run: re.Pattern[str]  # a whitespace-free run too long to tokenize in one go
    piece_chars: int


def _code_point(key: str) -> int:
    try:
        value = int(key, 16)
    except ValueError:
        raise data_error(DATA, ("space_like", key), "not a hexadecimal code point") from None
    if not 0 < value <= 0x10FFFF or 0xD800 <= value <= 0xDFFF or chr(value) in "\r\n":
        raise data_error(DATA, ("space_like", key), "not a character that can become a space")
    return value


def _positive_int(section: dict[str, object], key: str, least: int) -> int:
    value = section.get(key)
    if type(value) is not int or value < least:
        raise data_error(DATA, ("long_run", key), f"expected an integer of at least {least}")
    return value


@cache
def rules() -> TextRules:
    data = read_json(DATA)
    spaces = check_section(data, "space_like", DATA, dict)
    table = {_code_point(key): " " for key in spaces}
    run = check_section(data, "long_run", DATA, dict)
    min_chars = _positive_int(run, "min_chars", 16)
    piece_chars = _positive_int(run, "piece_chars", 8)
    if piece_chars > min_chars:
        raise data_error(DATA, ("long_run", "piece_chars"), "must not exceed min_chars")
    # The lookbehind lets a match start only where a run starts: linear on any input.
    return TextRules(table, re.compile(rf"(?<!\S)\S{{{min_chars + 1},}}"), piece_chars)


def clean(text: str) -> str:
    """``text`` with surrogates replaced and space-like characters made spaces; same length."""
    return _SURROGATE.sub("\ufffd", text).translate(rules().space_table)


def _run_pieces(run: str, size: int) -> list[str]:
    """``run`` cut into pieces of at most ``size``, after a non-alphanumeric character when
    one is in the second half of the window (so words and numbers stay whole where possible)."""
    pieces, start = [], 0
    while len(run) - start > size:
        cut = start + size
        for end in range(start + size, start + size // 2, -1):
            if not run[end - 1].isalnum():
                cut = end
                break
        pieces.append(run[start:cut])
        start = cut
    pieces.append(run[start:])
    return pieces


def tokenize(nlp: Language, text: str) -> Doc:
    """The tokenizer's Doc for ``text``; a long whitespace-free run is tokenized in pieces
    (spaCy's prefix/suffix loop is quadratic in it) and the pieces joined with no added
    whitespace, so ``doc.text == text``."""
    current = rules()
    runs = list(current.long_run.finditer(text))
    if not runs:
        return nlp.tokenizer(text)
    pieces: list[str] = []
    start = 0
    for run in runs:
        if run.start() > start:
            pieces.append(text[start:run.start()])
        pieces.extend(_run_pieces(run.group(), current.piece_chars))
        start = run.end()
    if start < len(text):
        pieces.append(text[start:])
    return Doc.from_docs([nlp.tokenizer(piece) for piece in pieces], ensure_whitespace=False)
