"""Memory zones that keep the words met again and again.

``extract`` and ``extract_many`` run inside spaCy's ``nlp.memory_zone()``: every string and
lexeme a zone adds is freed when it ends, so a long-running process that meets new words
forever keeps a flat memory. But inside a zone spaCy's tokenizer caches nothing, and after it
"the", "percent" and "exports" are gone: every batch built each lexeme and split each
whitespace-delimited chunk again (about 30 % of the pipeline's CPU time on real news).

``WarmZone`` is that memory zone plus a bounded memory of chunks: a chunk met in two zones is
tokenized once outside any zone when the second ends, which makes its lexemes and its
tokenizer cache entry lasting, up to ``PROMOTE_CAP`` (20,000) chunks per pipeline. The
common words of a feed are then built once while its one-off names and numbers are still
freed. Tokens and lexemes are the same whether lasting or transient: the output does not
change.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections import Counter
from collections.abc import Iterable
from itertools import chain
from types import TracebackType
from typing import Any

from tradeie.textprep import TradeieTokenizer, clean

# Chunks a pipeline keeps for good: their lexemes and cache entries, ~16 MB at the cap
# (30,000 random chunks measured +24 MB RSS); bench/soak.py allows 30 MB of growth.
PROMOTE_CAP = 20_000
# Chunks remembered as seen once, waiting for a second zone; past this, the memory restarts.
SEEN_CAP = 100_000
# Longer chunks (URLs, tables without spaces) are not worth keeping.
MAX_CHUNK = 40


def _storable(chunk: str) -> bool:
    """Whether spaCy can store the chunk's strings (UTF-8: no lone surrogate; make_doc
    replaces them, but a caller may note any text)."""
    if chunk.isascii():
        return True
    try:
        chunk.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Tracker:
    """Per pipeline: chunks seen in one zone so far, and those kept."""

    __slots__ = ("seen", "kept", "lock")

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.kept: set[str] = set()
        self.lock = threading.Lock()


# keyed by the pipeline: its tokenizer's cache and vocabulary are what is kept
_TRACKERS: weakref.WeakKeyDictionary[Any, _Tracker] = weakref.WeakKeyDictionary()


def _tracker(nlp: Any) -> _Tracker:
    found = _TRACKERS.get(nlp)
    if found is None:
        found = _TRACKERS.setdefault(nlp, _Tracker())
    return found


class WarmZone:
    """``nlp.memory_zone()`` that keeps the chunks seen in an earlier zone too (see the module
    docstring). ``note(text)`` records a document's chunks; call it inside the zone with the
    text that was tokenized (cleaned by make_doc). ``texts``, the batch about to run in the
    zone when it is known: chunks that two of its texts share are kept before the zone
    starts (inside a zone spaCy caches nothing, so they would be split again in every
    document of the batch)."""

    def __init__(self, nlp: Any, texts: Iterable[str] = ()) -> None:
        self.nlp = nlp
        self.tracker = _tracker(nlp)
        self.active = len(self.tracker.kept) < PROMOTE_CAP
        self.chunks: set[str] = set()
        self.zone: Any = None
        self.texts = texts

    def prepare(self) -> None:
        """Keep the chunks two of ``texts`` share (outside any zone)."""
        if self.active:
            # the texts as make_doc will tokenize them (cleaned: no-break spaces, dashes ...)
            shared = Counter(chain.from_iterable(set(clean(t).split()) for t in self.texts))
            self._promote(c for c, docs in shared.items() if docs > 1)
        self.texts = ()

    def __enter__(self) -> WarmZone:
        self.prepare()
        self.zone = self.nlp.memory_zone()
        self.zone.__enter__()
        return self

    def note(self, text: str) -> None:
        if self.active:
            self.chunks.update(text.split())

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None,
                 tb: TracebackType | None) -> bool | None:
        try:
            return self.zone.__exit__(kind, err, tb)
        finally:
            if self.active and self.chunks and kind is None:
                self._keep()

    def _keep(self) -> None:
        tracker = self.tracker
        with tracker.lock:
            chunks = self.chunks - tracker.kept
            again = chunks & tracker.seen
            tracker.seen -= again
            tracker.seen |= chunks - again
            if len(tracker.seen) > SEEN_CAP:
                tracker.seen.clear()
        self._promote(again)

    def _promote(self, chunks: Iterable[str]) -> None:
        """Tokenize ``chunks`` outside any zone (lasting), within the cap."""
        tracker = self.tracker
        with tracker.lock:
            room = PROMOTE_CAP - len(tracker.kept)
            keep = sorted(c for c in chunks if c not in tracker.kept and len(c) <= MAX_CHUNK
                          and _storable(c))[:max(room, 0)]
            tracker.kept.update(keep)
        if keep:
            tokenizer = self.nlp.tokenizer
            if isinstance(tokenizer, TradeieTokenizer):  # as make_doc tokenizes
                tokenizer = tokenizer.inner
            # outside the zone: lasting lexemes and cache entries. One call per chunk: spaCy
            # caches no chunk of a call after one that met a special case ("'s", "U.S.").
            # A speed-up only, so a chunk the tokenizer refuses is simply not kept.
            for chunk in keep:
                with contextlib.suppress(Exception):
                    tokenizer(chunk)
