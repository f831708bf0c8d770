"""spaCy extension attributes and span-group keys shared by the components.

Everything stored is plain data (str, int, float, dict, list) so Doc.to_bytes, DocBin
and nlp.pipe(n_process=...) keep it; a Span object in user_data would break all three.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

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
    """Idempotent: safe to call from every component module at import."""
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
    for start, end, label, attrs in items:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:
            continue
        data = dict(attrs)
        data["_start"], data["_end"] = start, end
        doc.user_data[(SPAN_ATTRS, label, span.start_char, span.end_char)] = data
        spans.append(span)
    doc.spans[key] = spans
    return spans


def span_bounds(span: Span) -> tuple[int, int]:
    data = span_data(span) or {}
    return data.get("_start", span.start_char), data.get("_end", span.end_char)


def _freeze_msgpack_hooks() -> None:
    """srsly looks up its msgpack hooks on every pack and unpack: a scan of catalogue's whole
    registry and of every installed package's entry points (0.4-1 ms). Doc.to_bytes and
    from_bytes pack a dozen times per document, which made nlp.pipe(n_process=2) slower
    than one process. Look them up once; a new registration (the registry grows) refreshes.
    Runs at import, so spawned workers (which import this module) get it too."""
    import catalogue
    import srsly

    for registry in (srsly.msgpack_encoders, srsly.msgpack_decoders):
        if getattr(registry.get_all, "_tradeie_cached", False):
            continue
        lookup, cache = registry.get_all, {}

        def get_all(lookup=lookup, cache=cache):
            size = len(catalogue.REGISTRY)
            if cache.get("size") != size:
                cache["size"], cache["hooks"] = size, lookup()
            return dict(cache["hooks"])

        get_all._tradeie_cached = True
        registry.get_all = get_all


register()
_freeze_msgpack_hooks()
