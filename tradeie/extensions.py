"""spaCy extension attributes and span-group keys shared by the components.

Everything stored is plain data (str, int, float, dict, list) so Doc.to_bytes, DocBin
and nlp.pipe(n_process=...) keep it; a Span object in user_data would break all three.

Importing this module changes no global state: the extension attributes are registered by
``register()``, which each component calls when it is constructed (and ``make_doc`` and
``doc_to_extraction`` call for Docs made without one), and srsly's msgpack hooks are cached
only inside ``msgpack_hooks_cached()``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from spacy.tokens import Doc, Span

T = TypeVar("T")

FIGURES = "tradeie_figures"
DATES = "tradeie_dates"
AGENCIES = "tradeie_agencies"
OFFICIALS = "tradeie_officials"
METRICS = "tradeie_metrics"
ENTITY_GROUPS = (FIGURES, DATES, AGENCIES, OFFICIALS)

# Normalised fields of one span (value, unit, name, ...): a dict, one extension for all
# labels, so a new field never needs a new registration.
SPAN_ATTRS = "tradeie"
# Doc-level inputs and outputs.
PUBLISHED = "tradeie_published"  # ISO date string or None, set before the pipeline runs
COUNTRY = "tradeie_country"  # the article's economy (ISO alpha-2) once agencies ran
FACTS = "tradeie_facts"  # list of fact dicts; figures and sources referenced by char offsets
CHECKS = "tradeie_checks"
ERRORS = "tradeie_errors"  # list of "component: error" strings, see GuardedComponent
TEXT = "tradeie_text"  # doc.user_data: the Doc's text, joined once (see doc_text)
# SpanGroup.attrs of a group set_span_group wrote: each span's (label, start_char, end_char),
# so the group's stored fields are read without building a Span per item (see group_stored)
GROUP_INDEX = "tradeie_index"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc. spaCy joins every token anew on each read (80 µs for
    a 1,500-character article) and every component reads it. The stored copy is used only
    while it still spans the Doc's tokens."""
    if not len(doc):
        return ""
    text = doc.user_data.get(TEXT)
    last = doc[-1]
    if text is None or last.idx + len(last.text_with_ws) != len(text):
        text = doc.user_data[TEXT] = doc.text
    return text


def span_data(span: Span) -> dict | None:
    """Everything stored for a span: its public fields and the components' internal keys
    (``_start``/``_end`` exact offsets, ``_kind``, ``_text``, ``_head``). For tradeie's code."""
    return span.doc.user_data.get((SPAN_ATTRS, span.label_, span.start_char, span.end_char))


def _span_attrs(span: Span) -> dict | None:
    """``span._.tradeie``: the public fields only (a new dict: changing it changes nothing)."""
    data = span_data(span)
    return None if data is None else {k: v for k, v in data.items() if not k.startswith("_")}


def register() -> None:
    """Register the Doc and Span extensions tradeie uses. Idempotent and cheap (a few dict
    lookups): every component calls it when constructed, as do ``make_doc`` and
    ``doc_to_extraction``; importing tradeie does not."""
    if not Span.has_extension(SPAN_ATTRS):
        # A getter over doc.user_data keyed by label *and* offsets: spaCy keys its own span
        # extension values by offsets only, so a DATE and a metric mention that widen to the
        # same token ("exports?year=2024") would overwrite each other.
        Span.set_extension(SPAN_ATTRS, getter=_span_attrs)
    for name in (PUBLISHED, COUNTRY):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in (FACTS, CHECKS, ERRORS):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def set_span_group(doc: Doc, key: str, items: list[tuple[int, int, str, dict]]) -> list[Span]:
    """Write (start_char, end_char, label, attrs) items as a span group, aligned to tokens.

    Offsets are kept exact in attrs['_start']/['_end'] even when the tokenizer forces the
    span to widen, so the contract's text[start:end] holds whatever tokenizer is used.
    """
    spans = []
    index = []
    for start, end, label, attrs in items:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:
            continue
        data = dict(attrs)
        data["_start"], data["_end"] = start, end
        doc.user_data[(SPAN_ATTRS, label, span.start_char, span.end_char)] = data
        spans.append(span)
        index.append((label, span.start_char, span.end_char))
    doc.spans[key] = spans
    # (plain data: kept by Doc.to_bytes, DocBin and n_process workers with the group)
    doc.spans[key].attrs[GROUP_INDEX] = index
    return spans


def span_bounds(span: Span) -> tuple[int, int]:
    data = span_data(span) or {}
    return data.get("_start", span.start_char), data.get("_end", span.end_char)


def span_stored(span: Span) -> tuple[int, int, dict]:
    """``span_bounds`` and ``span_data`` (``{}`` when none) in one lookup."""
    data = span_data(span) or {}
    return data.get("_start", span.start_char), data.get("_end", span.end_char), data


def group_stored(doc: Doc, key: str) -> list[tuple[str, int, int, dict]]:
    """``(label, start, end, data)`` of every span of the group ``key``, in the group's order,
    as ``span_stored`` reads each span. Reading the spans builds a Span object per item and
    asks it for its label and offsets (half the time of ``doc_view`` and of the conversion to
    an Extraction); a group written by ``set_span_group`` carries them as plain data
    (``GROUP_INDEX``), read instead while the group still has as many spans. A group
    set or grown some other way (``doc.spans[key] = [...]``, ``append``) has none or a
    different length and is read span by span."""
    group = doc.spans.get(key)
    if group is None:
        return []
    index = group.attrs.get(GROUP_INDEX)
    if index is None or len(index) != len(group):
        out = []
        for span in group:
            start, end, data = span_stored(span)
            out.append((span.label_, start, end, data))
        return out
    user_data = doc.user_data
    out = []
    for label, first, last in index:
        data = user_data.get((SPAN_ATTRS, label, first, last)) or {}
        out.append((label, data.get("_start", first), data.get("_end", last), data))
    return out


# How many msgpack_hooks_cached() blocks are open, and the lookups they replaced: nested and
# interleaved blocks (two extract_many generators) install once and restore once, at the end.
_HOOKS: dict[str, Any] = {"depth": 0, "saved": []}


def _cached_lookup(lookup: Any) -> Any:
    import catalogue

    cache: dict[str, Any] = {}

    def get_all() -> dict[str, Any]:
        size = len(catalogue.REGISTRY)  # a new registration (the registry grows) refreshes
        if cache.get("size") != size:
            cache["size"], cache["hooks"] = size, lookup()
        return dict(cache["hooks"])

    get_all._tradeie_cached = True  # type: ignore[attr-defined]
    return get_all


@contextmanager
def msgpack_hooks_cached() -> Iterator[None]:
    """srsly looks up its msgpack hooks on every pack and unpack: a scan of catalogue's whole
    registry and of every installed package's entry points (0.4-1 ms). Doc.to_bytes and
    from_bytes pack a dozen times per document, which made nlp.pipe(n_process=2) slower
    than one process (400 fixture texts: 4.7 s CPU instead of 1.6 s). Inside this block the
    hooks are looked up once; on leaving it srsly's own lookup is back. Worker processes
    forked inside the block (spaCy's, on Linux) keep the cached lookup: they exist only for
    the pipe."""
    import srsly

    if _HOOKS["depth"] == 0:
        saved = []
        for registry in (srsly.msgpack_encoders, srsly.msgpack_decoders):
            # an instance attribute only if someone set one; else the class's bound method
            own = registry.__dict__.get("get_all")
            registry.get_all = _cached_lookup(registry.get_all)
            saved.append((registry, own, registry.get_all))
        _HOOKS["saved"] = saved
    _HOOKS["depth"] += 1
    try:
        yield
    finally:
        _HOOKS["depth"] -= 1
        if _HOOKS["depth"] == 0:
            for registry, own, ours in _HOOKS["saved"]:
                if registry.__dict__.get("get_all") is not ours:
                    continue  # replaced again by someone else meanwhile: theirs stays
                if own is None:
                    del registry.get_all
                else:
                    registry.get_all = own
            _HOOKS["saved"] = []


_CHECKED_PID: list[int] = [0]  # the process whose kind setup_pipe_worker last looked at
_WORKER_BLOCK: list[Any] = []


def setup_pipe_worker() -> None:
    """Called by every component on every document; does something once per process. In a
    worker process of spaCy's ``nlp.pipe(n_process=...)``, which exists only to run the
    pipe, keep srsly's msgpack hook lookup cached for good: the worker packs every Doc it
    sends back. A forked worker inherits the cache from ``msgpack_hooks_cached()``; one
    started by spawn or forkserver (macOS, Windows, Python 3.14) begins without it. Any
    other process, the caller's included, is left alone."""
    pid = os.getpid()
    if _CHECKED_PID[0] == pid:
        return
    _CHECKED_PID[0] = pid
    import multiprocessing

    # the worker's entry point: spacy.language._apply_pipes (a private name; if spaCy
    # renames it, workers run as before, only without the cache)
    target = getattr(multiprocessing.current_process(), "_target", None)
    if (getattr(target, "__module__", None), getattr(target, "__name__", None)) == (
            "spacy.language", "_apply_pipes"):
        block = msgpack_hooks_cached()
        block.__enter__()
        _WORKER_BLOCK.append(block)  # never left (a dropped block would be closed, restoring)


def with_msgpack_hooks_cached(items: Iterable[T]) -> Iterator[T]:
    """``items`` (an ``nlp.pipe(n_process=...)`` generator) iterated inside
    ``msgpack_hooks_cached()``: the cache is in place while the pipe runs, also between the
    items handed out, and srsly's lookup is back once it is exhausted or closed."""
    with msgpack_hooks_cached():
        yield from items
