"""The public facade: ``extract``, ``extract_many``, ``load``. Nothing here knows patterns."""

from __future__ import annotations

import calendar
import contextlib
import os
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import cache
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from tradeie.convert import doc_to_extraction
from tradeie.extensions import ERRORS, PUBLISHED, doc_text, with_msgpack_hooks_cached
from tradeie.schema import Extraction
from tradeie.textprep import make_doc
from tradeie.warmvocab import WarmZone

MAX_TEXT_LENGTH = 5_000_000  # characters; pass max_length= to change it
# Numbers only, year first: dateparser would read an impossible "2025-13-01" as 13 January.
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
# Day and month of a numeric date whose year comes last: "01/02/2025" is 1 February in most
# of the world and 2 January in the US, and dateparser would guess per value.
_YEAR_LAST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})")
_LOAD_LOCK = threading.Lock()


class ExtractionError(RuntimeError):
    """A component failed on this document; the message names the component and the cause."""


@cache
def _default_pipeline() -> Language:
    from tradeie.regexcache import cached

    with cached():  # the patterns compiled when the modules are imported, too
        from tradeie.pipeline import build

        return build()


def load(base: str | Language | None = None) -> Language:
    """The tradeie spaCy pipeline. Without ``base`` the default (blank English + rules) is
    built once and cached; with a pipeline name or object, tradeie's components are added."""
    if base is None:
        with _LOAD_LOCK:  # threads starting together must not each build one
            return _default_pipeline()
    from tradeie.pipeline import build

    return build(base)


def parse_published(published: str | date | datetime | None) -> str | None:
    """The publication date as an ISO string; accepts date, datetime, ISO and common formats.
    A missing value of a DataFrame (``pd.NaT``, NaN) is None. A numeric date with the year
    last and both other numbers 12 or less ("01/02/2025") is refused as ambiguous."""
    if published is None or _is_missing(published):
        return None
    if isinstance(published, datetime):
        return published.date().isoformat()
    if isinstance(published, date):
        return published.isoformat()
    if not isinstance(published, str):
        raise TypeError(
            f"published must be a str, date, datetime or None, not {type(published).__name__}"
        )
    value = published.strip()
    if value.isdigit() and len(value) != 8:  # "20250113" is ISO; "1111111111" no date
        raise ValueError(f"published={published!r} is not a date tradeie can read "
                         "(use YYYY-MM-DD, a date or a datetime)")
    for reader in (date.fromisoformat, datetime.fromisoformat):
        try:
            parsed_iso = reader(value)
        except ValueError:
            continue
        return (parsed_iso.date() if isinstance(parsed_iso, datetime) else parsed_iso).isoformat()
    year_first = _YEAR_FIRST.fullmatch(value)
    if year_first:  # "2025-1-13", "2025/01/13": always year, month, day, never a guess
        year, month, day = map(int, year_first.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            raise ValueError(f"published={published!r} is not a date: "
                             f"{_impossible(year, month, day)}; year-first dates are read as "
                             "year, month, day") from None
    year_last = _YEAR_LAST.fullmatch(value)
    if year_last:
        first, _, second, _ = year_last.groups()
        if int(first) <= 12 and int(second) <= 12 and int(first) != int(second):
            raise ValueError(f"published={published!r} is ambiguous: day/month or month/day? "
                             "Give it as YYYY-MM-DD (ISO), a date or a datetime")
    import dateparser  # slow to import: only when the date is not ISO

    parsed = dateparser.parse(
        value, languages=["en"],
        # Absolute dates only: a relative word ("today") would be read against the clock of
        # the run, so the anchor of every relative date in the text would drift with it.
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                  "PARSERS": ["custom-formats", "absolute-time"]},
    ) if value else None
    if parsed is None:
        raise ValueError(f"published={published!r} is not a date tradeie can read "
                         "(use YYYY-MM-DD, a date or a datetime; relative words such as "
                         "'today' are not accepted)")
    return parsed.date().isoformat()


def _is_missing(value: Any) -> bool:
    """pandas' NaT and NaN: what a missing date is in a DataFrame (a float NaN, a NaT that
    passes for a datetime). Both differ from themselves."""
    try:
        return bool(value != value)
    except Exception:  # an object whose comparison fails is not a missing value
        return False


def _impossible(year: int, month: int, day: int) -> str:
    """What is wrong with a year, month and day that make no date."""
    if not 1 <= year <= 9999:
        return f"year {year} is out of range (1-9999)"
    if not 1 <= month <= 12:
        return f"month {month} is impossible (months are 1-12)"
    days = calendar.monthrange(year, month)[1]
    return f"day {day} is impossible ({calendar.month_name[month]} {year} has {days} days)"


def _check_max_length(max_length: Any) -> int:
    if isinstance(max_length, bool) or not isinstance(max_length, int):
        raise TypeError(f"max_length must be an int (a number of characters), not "
                        f"{type(max_length).__name__} {max_length!r}")
    if max_length < 0:
        raise ValueError(f"max_length must be 0 or more characters, not {max_length}")
    return max_length


def _zone(nlp: Language, texts: Iterable[str] = ()) -> Any:
    """spaCy's memory zone (3.8+): the strings and lexemes that the documents inside add to
    the vocabulary are freed when it ends, so memory stays flat in a long-running process that
    meets new words forever; words met in several zones are kept, up to a bound
    (``warmvocab``). Results must be plain Python before it ends. Entered, it gives what
    ``note(text)`` records the words of each text with (None without zones)."""
    if getattr(nlp, "memory_zone", None) is None:
        return contextlib.nullcontext(None)
    return WarmZone(nlp, texts)


def _check_text(text: Any, max_length: int) -> str:
    if not isinstance(text, str):
        raise TypeError(
            f"text must be a str, not {type(text).__name__}"
            + (" (decode bytes first, e.g. data.decode('utf-8'))"
               if isinstance(text, bytes | bytearray) else "")
        )
    if len(text) > max_length:
        raise ValueError(
            f"text is {len(text):,} characters, over the limit of {max_length:,}; "
            "split it or raise max_length= (--max-length on the command line)"
        )
    return text


def extract(
    text: str,
    published: str | date | datetime | None = None,
    *,
    nlp: Language | None = None,
    max_length: int = MAX_TEXT_LENGTH,
) -> Extraction:
    """Entities and facts of one article. ``published`` anchors relative dates."""
    text = _check_text(text, _check_max_length(max_length))
    anchor = parse_published(published)
    nlp = nlp if nlp is not None else load()
    with _zone(nlp) as zone:
        doc = nlp(make_doc(nlp, text, anchor))
        if zone is not None:
            zone.note(doc_text(doc))  # the cleaned text that was tokenized
        errors = doc._.get(ERRORS)
        if errors:
            raise ExtractionError("; ".join(errors))
        try:
            return doc_to_extraction(doc, text)
        except Exception as err:
            raise ExtractionError(f"converting the results failed: {type(err).__name__}: "
                                  f"{err}") from err


def _record(item: Any, index: int) -> tuple[Any, Any, Any]:
    if isinstance(item, str):
        return None, item, None
    if isinstance(item, dict):
        if "text" not in item:
            name = f"record {item['id']!r}" if item.get("id") is not None else f"record {index}"
            raise ValueError(f"{name} has no 'text' field")
        return item.get("id"), item["text"], item.get("published")
    raise TypeError(f"record {index} must be a str or a dict, not {type(item).__name__}")


def _check_batch_args(records: Any, n_process: Any, batch_size: Any) -> None:
    if isinstance(records, str | bytes | dict):  # iterable, but of characters or keys
        raise TypeError(f"records must be an iterable of str or dict records, not one "
                        f"{type(records).__name__} (wrap a single record in a list)")
    try:
        iter(records)  # a generator's iter() is itself: nothing is read here
    except TypeError:
        raise TypeError(f"records must be an iterable (a list, a generator, ...) of str "
                        f"records or dicts with 'text' and optional 'id' and 'published', not "
                        f"{'None' if records is None else type(records).__name__}") from None
    if type(n_process) is not int or not (n_process >= 1 or n_process == -1):
        raise ValueError(f"n_process must be a positive int or -1 (all CPUs), not "
                         f"{n_process!r}")
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")


def extract_many(
    records: Iterable[str | dict[str, Any]],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    max_length: int = MAX_TEXT_LENGTH,
) -> Iterator[Extraction]:
    """Extractions of many records, in input order, through ``nlp.pipe``.

    Records are strings or dicts with ``text`` and optional ``id`` and ``published``. A
    record that cannot be processed yields an Extraction with ``error`` set (and its id):
    one bad record never stops or drops the others. If ``records`` itself raises, every
    record read before is yielded first, then the exception is raised again.
    """
    _check_batch_args(records, n_process, batch_size)
    _check_max_length(max_length)
    if n_process != 1 and nlp is None:
        # the default pipeline: each worker runs all of it on chunks of texts and sends back
        # plain results, not spaCy's Doc bytes both ways (see _extract_pooled)
        yield from _extract_pooled(records, n_process, batch_size, max_length)
        return
    nlp = nlp if nlp is not None else load()
    if n_process != 1:  # spaCy's workers tokenize and free on their own
        yield from _extract_stream(records, nlp, n_process, batch_size, max_length, 0)
        return
    # A memory zone per batch: Extractions are plain Python, made inside it, yielded after.
    items = iter(records)
    offset = 0
    while True:
        group: list[Any] = []
        source_error = None
        try:
            group.extend(islice(items, batch_size))
        except Exception as err:  # the caller's iterator broke: finish what was read
            source_error = err
        if group:
            with _zone(nlp, _texts_of(group)) as zone:
                results = list(_extract_stream(group, nlp, 1, batch_size, max_length, offset,
                                               zone))
            yield from results
            offset += len(group)
        if source_error is not None:
            raise source_error
        if len(group) < batch_size:
            return


def _texts_of(group: list[Any]) -> list[str]:
    """The texts of a batch's records, the malformed ones left out (they fail later)."""
    texts = (r if isinstance(r, str) else r.get("text") if isinstance(r, dict) else None
             for r in group)
    return [t for t in texts if isinstance(t, str)]


def _checked(records: Iterable[Any], max_length: int, source_error: list[BaseException],
             offset: int = 0) -> Iterator[tuple[Any, str | None, Any]]:
    """(id, text, published ISO date) of each record, or (id, None, failed Extraction) for one
    that cannot be processed (a record's index, which an error names, counts from
    ``offset``); an exception of the caller's iterator ends the records and is kept in
    ``source_error``."""
    items = enumerate(records, offset)
    while True:
        try:
            index, item = next(items)
        except StopIteration:
            return
        except Exception as err:  # the caller's iterator broke: finish what was read
            source_error.append(err)
            return
        rec_id = item.get("id") if isinstance(item, dict) else None
        try:
            rec_id, text, published = _record(item, index)
            text = _check_text(text, max_length)
            anchor = parse_published(published)
        except (TypeError, ValueError) as err:
            yield rec_id, None, Extraction(text="", id=rec_id, error=str(err))
            continue
        yield rec_id, text, anchor


def _extract_pooled(records: Iterable[Any], n_process: int, batch_size: int,
                    max_length: int) -> Iterator[Extraction]:
    """``extract_many`` of the default pipeline in worker processes. Records are checked
    here (ids never leave this process); chunks of ``batch_size`` texts go to a pool of
    workers that each run the whole pipeline (``extract_many`` with one process) and send
    back each result's ``to_dict()``, rebuilt here on the caller's string. spaCy's
    ``nlp.pipe(n_process=)`` instead tokenizes here and ships every Doc to a worker and back
    as bytes, which cost about a third more CPU than one process (bench/throughput.py)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from itertools import chain, islice

    from tradeie.batch import pool

    if multiprocessing.get_start_method() == "fork":
        load()  # built once here, shared by the forked workers (copy on write)
    source_error: list[BaseException] = []
    chunks = pool._chunks(_checked(records, max_length, source_error), batch_size)
    cpus = pool.cpu_count()
    wanted = cpus if n_process == -1 else n_process
    first = list(islice(chunks, min(wanted, cpus)))
    workers = max(1, min(wanted, cpus, len(first)))
    if workers > 1 and multiprocessing.get_start_method() == "fork":
        # words the first chunks share, kept here before the workers fork: they start with
        # them in their tokenizer's cache (warmvocab) instead of each building them
        WarmZone(load(), [text for chunk in first for _, text, _ in chunk
                          if text is not None]).prepare()

    def rebuilt(chunk: list[tuple[Any, str | None, Any]],
                results: list[dict[str, Any]]) -> Iterator[Extraction]:
        done = iter(results)
        for rec_id, text, value in chunk:
            if text is None:
                yield value
                continue
            result = Extraction.from_dict(next(done), text=text)
            result.id = rec_id
            yield result

    if workers == 1:  # one worker is this process: no pool to start
        for chunk in chain(first, chunks):
            yield from rebuilt(chunk, _extract_texts(_texts(chunk), max_length))
    else:
        # at most two chunks per worker in flight: a stream larger than memory goes through
        in_flight: deque[tuple[Any, Any]] = deque()
        executor = ProcessPoolExecutor(workers, initializer=pool._warm_worker,
                                       initargs=(os.getpid(),))
        try:
            for chunk in chain(first, chunks):
                in_flight.append((chunk, executor.submit(_extract_texts, _texts(chunk),
                                                         max_length)))
                while len(in_flight) >= 2 * workers:
                    chunk, future = in_flight.popleft()
                    yield from rebuilt(chunk, future.result())
            while in_flight:
                chunk, future = in_flight.popleft()
                yield from rebuilt(chunk, future.result())
        finally:  # interrupted or failed: chunks not started are dropped
            executor.shutdown(wait=True, cancel_futures=True)
    if source_error:
        raise source_error[0]


def _texts(chunk: list[tuple[Any, str | None, Any]]) -> list[tuple[str, str | None]]:
    return [(text, anchor) for _, text, anchor in chunk if text is not None]


def _extract_texts(texts: list[tuple[str, str | None]],
                   max_length: int) -> list[dict[str, Any]]:
    """In a worker: the results of checked (text, published) pairs, as plain dicts."""
    return [res.to_dict() for res in extract_many(
        ({"text": text, "published": anchor} for text, anchor in texts),
        max_length=max_length)]


def _extract_stream(records: Iterable[Any], nlp: Language, n_process: int, batch_size: int,
                    max_length: int, offset: int, zone: WarmZone | None = None,
                    ) -> Iterator[Extraction]:
    failed: dict[int, Extraction] = {}
    # By record index, in this process: the caller's string (Doc.text would rebuild it) and
    # id (any object: ids never cross to worker processes, so they need not serialise).
    originals: dict[int, tuple[str, Any]] = {}
    source_error: list[BaseException] = []

    def docs() -> Iterator[tuple[Doc, int]]:
        # one checked triple per record, in order: enumerate gives each its record index
        checked = _checked(records, max_length, source_error, offset)
        for index, (rec_id, text, value) in enumerate(checked, offset):
            if text is None:
                failed[index] = value
                continue
            originals[index] = text, rec_id
            yield make_doc(nlp, text, value), index

    expected = offset
    for doc, index in with_msgpack_hooks_cached(nlp.pipe(
            docs(), as_tuples=True, n_process=n_process, batch_size=batch_size)):
        while expected < index:
            yield failed.pop(expected)
            expected += 1
        expected = index + 1
        text, rec_id = originals.pop(index)
        if zone is not None:
            zone.note(doc_text(doc))  # the cleaned text that was tokenized
        errors = doc._.get(ERRORS)
        if errors:
            yield Extraction(text=text, id=rec_id, published=doc._.get(PUBLISHED),
                             error="; ".join(errors))
        else:
            try:
                result = doc_to_extraction(doc, text)
            except Exception as err:  # one document's failure must not stop the batch
                result = Extraction(text=text, id=rec_id, published=doc._.get(PUBLISHED),
                                    error=f"converting the results failed: "
                                          f"{type(err).__name__}: {err}")
            result.id = rec_id
            yield result
    for index in sorted(failed):
        yield failed[index]
    if source_error:
        raise source_error[0]
