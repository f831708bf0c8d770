"""Turn the caller's string into a Doc: same-length cleaning, then tokenizing in safe pieces.

Every change here is one character for one character, so each offset into the Doc is an
offset into the caller's string; results are read back from that string, never from the
Doc's text. Rule data: ``models/text.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.extensions import PUBLISHED, TEXT, register
from tradeie.resources import VERSION, Int, Map, Record, Text, Type, data_error, read_json, validate

DATA = "text.json"

# Lone surrogates (from broken decoding) cannot be encoded, and spaCy's string store encodes
# every token: one replacement character each.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class TextRules:
    # str.translate table: space-like and control code points -> " ", line-like ones -> "\n",
    # fullwidth forms -> ASCII (same_as); always one character for one
    char_table: dict[int, str]
    # any character of char_table: most texts have none, and a search is ~5x faster than
    # str.translate over the whole text
    special: re.Pattern[str]
    long_run: re.Pattern[str]  # a whitespace-free run too long to tokenize in one go
    piece_chars: int


def _code_points(section: str, key: str, spec: str | None = None) -> range:
    """The code points of ``spec`` (default: ``key``, which errors name): one ("00A0") or an
    inclusive range ("0000-0008")."""
    try:
        first, _, last = (spec or key).partition("-")
        points = range(int(first, 16), int(last or first, 16) + 1)
    except ValueError:
        raise data_error(DATA, (section, key), "not a hexadecimal code point or range") \
            from None
    if not points or points[0] <= 0 and section != "control" or points[-1] > 0x10FFFF:
        raise data_error(DATA, (section, key), "not a code point or a rising range")
    for value in points:
        # Surrogates are handled apart; \t, \r and \n are the breaks everything else becomes.
        if 0xD800 <= value <= 0xDFFF or chr(value) in "\t\r\n":
            raise data_error(DATA, (section, key), "not a character that can be replaced")
    return points


_DESCRIBED = Map(Type(str, "a description"), comments=False)  # code point(s) -> what
TEXT_SCHEMA = Record({
    "version": VERSION,
    "space_like": _DESCRIBED, "control": _DESCRIBED, "line_like": _DESCRIBED,
    # a range of code points read as the range starting at the given code point
    "same_as": Map(Text(), comments=False),
    "long_run": Record({"min_chars": Int(16), "piece_chars": Int(8)}),
}, optional=frozenset({"version"}))


@cache
def rules() -> TextRules:
    data = validate(DATA, read_json(DATA), TEXT_SCHEMA)
    table: dict[int, str] = {}

    def put(section: str, key: str, value: int, replacement: str) -> None:
        if value in table:
            raise data_error(DATA, (section, key), "listed twice")
        table[value] = replacement

    for section, replacement in (("space_like", " "), ("control", " "), ("line_like", "\n")):
        for key in data[section]:
            for value in _code_points(section, key):
                put(section, key, value, replacement)
    # same_as: a range of code points read as the range starting at the given code point
    for key, first in data["same_as"].items():
        points = _code_points("same_as", key)
        if len(_code_points("same_as", key, first)) != 1:
            raise data_error(DATA, ("same_as", key), "expected one code point to map to")
        start = int(first, 16)  # the whole target range must be replaceable too
        targets = _code_points("same_as", key, f"{start:X}-{start + len(points) - 1:X}")
        for value, target in zip(points, targets, strict=True):
            put("same_as", key, value, chr(target))
    min_chars, piece_chars = data["long_run"]["min_chars"], data["long_run"]["piece_chars"]
    if piece_chars > min_chars:
        raise data_error(DATA, ("long_run", "piece_chars"), "must not exceed min_chars")
    # The lookbehind lets a match start only where a run starts: linear on any input.
    return TextRules(table, _char_class(table), re.compile(rf"(?<!\S)\S{{{min_chars + 1},}}"),
                     piece_chars)


def _char_class(points: Iterable[int]) -> re.Pattern[str]:
    """One character class of the code points, runs written as ranges."""
    runs: list[list[int]] = []
    for value in sorted(points):
        if runs and runs[-1][1] == value - 1:
            runs[-1][1] = value
        else:
            runs.append([value, value])
    if not runs:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile("[" + "".join(
        re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in runs) + "]")


def clean(text: str) -> str:
    """``text`` with surrogates replaced, space-like and control characters made spaces,
    line-like ones line feeds and fullwidth forms ASCII; same length."""
    text = _SURROGATE.sub("\ufffd", text)
    current = rules()
    return text.translate(current.char_table) if current.special.search(text) else text


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
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, TradeieTokenizer):  # it would clean again: use what it wraps
        tokenizer = tokenizer.inner
    return _tokenize_with(tokenizer, nlp.vocab, text)


def _tokenize_with(tokenizer, vocab, text: str) -> Doc:
    current = rules()
    runs = list(current.long_run.finditer(text))
    if not runs:
        return tokenizer(text)
    pieces: list[str] = []
    start = 0
    for run in runs:
        if run.start() > start:
            pieces.append(text[start:run.start()])
        pieces.extend(_run_pieces(run.group(), current.piece_chars))
        start = run.end()
    if start < len(text):
        pieces.append(text[start:])
    # One Doc from the pieces' words, not Doc.from_docs: that held every piece's Doc and its
    # attribute arrays at once, ~650 bytes per character of symbol-dense text (5 MB: 3.4 GB).
    # Equal words share one str; the tokenizer's special-case norms are set back.
    words: list[str] = []
    spaces: list[bool] = []
    norms: list[tuple[int, int]] = []
    seen: dict[str, str] = {}
    for piece in pieces:
        for token in tokenizer(piece):
            word = token.text
            words.append(seen.setdefault(word, word))
            spaces.append(bool(token.whitespace_))
            if token.norm != vocab[word].norm:
                norms.append((len(words) - 1, token.norm))
    doc = Doc(vocab, words=words, spaces=spaces)
    for index, norm in norms:
        doc[index].norm = norm
    return doc


def make_doc(nlp: Language, text: str, published: str | None) -> Doc:
    """The tokenized Doc of ``text`` (cleaned one character for one), with the publication
    date set; results are read back from ``text`` itself."""
    register()  # the pipeline may have none of tradeie's components (extract(nlp=...))
    cleaned = clean(text)
    doc = tokenize(nlp, cleaned)
    doc.user_data[TEXT] = cleaned  # doc.text, known here: spaCy would join every token again
    doc._.set(PUBLISHED, published)
    return doc


# doc.user_data: the caller's string, kept only when cleaning changed it (same length), so
# doc_to_extraction(doc) reads results from it as extract does
SOURCE = "tradeie_source_text"


class TradeieTokenizer:
    """The pipeline's tokenizer: ``nlp(text)`` cleans and tokenizes exactly as
    ``make_doc`` does, so ``nlp(text)`` and ``tradeie.extract(text)`` agree. It wraps a spaCy
    tokenizer (``inner``); serialization is the wrapped tokenizer's, so a saved pipeline keeps
    its prefix/suffix/infix rules."""

    _OWN = frozenset({"inner", "vocab"})

    def __init__(self, inner) -> None:
        self.inner = inner
        self.vocab = inner.vocab

    def __getattr__(self, name: str):
        # Everything else is the wrapped tokenizer's: prefix_search, rules, explain, ...
        # (not while unpickling, before ``inner`` exists, nor for dunder lookups)
        if name in TradeieTokenizer._OWN or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.inner, name)

    def __setattr__(self, name: str, value) -> None:
        # nlp.tokenizer.infix_finditer = ... must reach the tokenizer that splits the text
        if name in TradeieTokenizer._OWN:
            object.__setattr__(self, name, value)
        else:
            setattr(self.inner, name, value)

    def __call__(self, text: str) -> Doc:
        register()
        cleaned = clean(text)
        doc = _tokenize_with(self.inner, self.vocab, cleaned)
        if cleaned != text:
            doc.user_data[SOURCE] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs) -> bytes:
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> TradeieTokenizer:
        self.inner.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs) -> None:
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> TradeieTokenizer:
        self.inner.from_disk(path, **kwargs)
        return self


def use_tokenizer(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer tradeie's (idempotent): every tradeie component does this when
    constructed, so ``nlp(text)`` prepares text as ``extract`` does, in a pipeline built here
    or loaded from disk (spaCy builds the tokenizer, then the components, then loads data)."""
    if not isinstance(nlp.tokenizer, TradeieTokenizer):
        nlp.tokenizer = TradeieTokenizer(nlp.tokenizer)
