r"""Every regular expression of tradeie against inputs built to trigger catastrophic
backtracking, each run under a hard time limit in a worker process.

Patterns are collected automatically, so a new pattern is audited without anyone listing it:
- compiled patterns among the globals of every ``tradeie.*`` module (in containers too) and
  those returned by the modules' zero-argument cached loaders (``_credit_re()`` ...);
- the attributes of the finder and cue objects, recursively (``FigureFinder.lex.regex`` ...);
- every literal pattern passed to ``re.compile/search/match/...`` in the package's source;
- the tokenizer's extra infixes from models/tokenizer.json and the tokenizer's compiled
  prefix, suffix and infix expressions.

Each pattern is tried three ways on each input: ``match`` and ``fullmatch`` on N = 20,000
characters (one attempt: catastrophic backtracking is a blow-up within an attempt), and
``finditer`` over the first 2,000 (an attempt at every position, so a blow-up anywhere in
the input shows). A search over the whole 20,000 is not asked: almost any pattern with an
unbounded quantifier (``\s+of``) costs O(n) per attempt and so O(n^2) searched over a run of
what it eats; the package only uses such patterns anchored (``.match(text, pos)``) or in
short windows, which tests/test_robustness.py checks end to end on 1 MB of junk.

The limit is not a speed assertion: a linear pattern takes milliseconds on these inputs,
a catastrophic one astronomically longer. Timings of the slowest patterns are printed
(``pytest -s``) for the audit report.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import multiprocessing
import pkgutil
import re
import sys
import time
from pathlib import Path

import pytest

import tradeie
from tradeie.resources import read_json

BUDGET = 5.0  # seconds per (pattern, input): generous; linear patterns need milliseconds
N = 20_000  # characters per adversarial input (match, fullmatch)
N_SEARCH = 2_000  # characters searched (finditer)
MIN_PATTERNS = 150  # 196 when written; far fewer means the collection broke, not the regexes
PACKAGE_DIR = Path(tradeie.__file__).resolve().parent


def adversarial_inputs(n: int = N) -> dict[str, str]:
    """Inputs on which nested or overlapping quantifiers blow up: long runs of what a
    quantifier eats, ending in a character that makes the overall match fail."""
    word = "x" * (n // 2)
    base = {
        "digits": "1" * n,
        "digit-cycle": "1234567890" * (n // 10),
        "comma-digits": "1," * (n // 2),
        "thousands": "1,000" * (n // 5),
        "dot-five": ".5" * (n // 2),
        "dotted-numbers": "1.2.3.4." * (n // 8),
        "mixed-separators": "1.2,3-4/5 " * (n // 10),
        "spaces": " " * n,
        "whitespace-mix": " \t\n\r\u00a0" * (n // 5),
        "letters": "a" * n,
        "capitals": "A" * n,
        "capitalised-words": "Aa " * (n // 3),
        "initials": "U.S." * (n // 4),
        "dollars": "$" * n,
        "hyphens": "-" * n,
        "dashes": "-–—" * (n // 3),
        "parentheses": "(" * (n // 2) + ")" * (n // 2),
        "open-parentheses": "(a " * (n // 3),
        "long-words": f"{word} {word}",
        "words": "the " * (n // 4),
        "of-words": "Ministry of " * (n // 12),
        "scale-words": "5 billion " * (n // 10),
        "percents": "5 percent " * (n // 10),
        "money": "$1.2 billion, " * (n // 14),
        "apostrophes": "'s " * (n // 3),
        "accents": "é" * n,
        "cjk": "中" * n,
    }
    # the same runs followed by a character nothing expects: forces every alternative to fail
    out = dict(base)
    for name, text in base.items():
        out[name + "+!"] = text + "!"
    return out


# ------------------------------------------------------------------------ collection


def _tradeie_modules() -> list:
    mods = [tradeie]
    for info in pkgutil.walk_packages(tradeie.__path__, "tradeie."):
        try:
            mods.append(importlib.import_module(info.name))
        except ImportError:  # an optional extra that is not installed
            continue
    return mods


def _walk(obj, where: str, out: dict[tuple[str, int], str], seen: set[int], depth: int = 0):
    """Patterns inside ``obj``: containers and tradeie objects are walked recursively."""
    if id(obj) in seen or depth > 6:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            out.setdefault((obj.pattern, obj.flags), where)
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            _walk(value, f"{where}[{key!r}]", out, seen, depth + 1)
        return
    if isinstance(obj, list | tuple | set | frozenset):
        for i, value in enumerate(obj):
            _walk(value, f"{where}[{i}]", out, seen, depth + 1)
        return
    if not type(obj).__module__.startswith("tradeie"):
        return  # spaCy, pycountry ...: not ours
    names = set(getattr(obj, "__dict__", {}))
    for cls in type(obj).__mro__:
        slots = getattr(cls, "__slots__", ())
        names.update([slots] if isinstance(slots, str) else slots)
    for name in sorted(names):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        _walk(value, f"{where}.{name}", out, seen, depth + 1)


def _source_literals(out: dict[tuple[str, int], str]) -> None:
    """Literal patterns given to re.* calls in the package's source (compiled per call or
    kept in a local variable: the runtime walk cannot see them)."""
    funcs = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn",
             "split"}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in funcs and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            try:
                pattern = re.compile(node.args[0].value)
            except re.error:
                continue
            rel = path.relative_to(PACKAGE_DIR.parent)
            out.setdefault((pattern.pattern, pattern.flags), f"{rel}:{node.lineno}")


def collect_patterns() -> dict[tuple[str, int], str]:
    """(pattern, flags) -> where it was found."""
    from tradeie.normalize.agencies import AgencyFinder
    from tradeie.normalize.figures import default_finder
    from tradeie.normalize.metrics import default_metric_finder
    from tradeie.normalize.officials import OfficialFinder
    from tradeie.normalize.periods import PeriodFinder
    from tradeie.pipeline import build
    from tradeie.relate.cues import cues

    out: dict[tuple[str, int], str] = {}
    seen: set[int] = set()
    for obj, name in ((default_finder(), "FigureFinder"), (PeriodFinder(), "PeriodFinder"),
                      (AgencyFinder(), "AgencyFinder"), (OfficialFinder(), "OfficialFinder"),
                      (default_metric_finder(), "MetricFinder"), (cues(), "Cues")):
        _walk(obj, name, out, seen)
    for mod in _tradeie_modules():
        for name, value in sorted(vars(mod).items()):
            if callable(getattr(value, "cache_clear", None)) and \
                    getattr(value, "__module__", None) == mod.__name__:
                try:
                    sig = inspect.signature(value)
                except (TypeError, ValueError):
                    continue
                if not sig.parameters and name != "_default_pipeline":
                    value = value()  # a cached loader: _credit_re(), _rules() ...
            _walk(value, f"{mod.__name__}.{name}", out, seen)
    _source_literals(out)
    for i, infix in enumerate(read_json("tokenizer.json")["infixes"]):
        out.setdefault((re.compile(infix).pattern, re.compile(infix).flags),
                       f"tokenizer.json infixes[{i}]")
    tok = build().tokenizer
    for name in ("prefix_search", "suffix_search", "infix_finditer"):
        bound = getattr(tok, name)
        pattern = getattr(bound, "__self__", None)
        if isinstance(pattern, re.Pattern):
            out.setdefault((pattern.pattern, pattern.flags), f"tokenizer.{name}")
    return out


# ------------------------------------------------------------------------ the worker


def _run_all(patterns: list[tuple[str, int]], inputs: list[tuple[str, str]],
             first: tuple[int, int], conn):
    """In the worker: run each (pattern, input) from ``first`` on, reporting each time.
    An input is (text matched at its start and in full, text searched)."""
    start_p, start_s = first
    for p in range(start_p, len(patterns)):
        regex = re.compile(*patterns[p])
        for s in range(start_s if p == start_p else 0, len(inputs)):
            anchored, searched = inputs[s]
            t0 = time.perf_counter()
            regex.match(anchored)
            regex.fullmatch(anchored)
            for _ in regex.finditer(searched):
                pass
            conn.send((p, s, time.perf_counter() - t0))
    conn.send(None)
    conn.close()


def run_with_budget(patterns: list[tuple[str, int]], inputs: list[tuple[str, str]],
                    budget: float):
    """times[(p, s)] = seconds, and the (p, s) pairs that did not finish within the budget
    (their worker was killed and a new one went on with the next pair)."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    times: dict[tuple[int, int], float] = {}
    timeouts: list[tuple[int, int]] = []
    nxt = (0, 0)
    while nxt[0] < len(patterns):
        parent, child = ctx.Pipe(duplex=False)
        worker = ctx.Process(target=_run_all, args=(patterns, inputs, nxt, child), daemon=True)
        worker.start()
        child.close()
        finished = False
        while True:
            if not parent.poll(budget):
                timeouts.append(nxt)
                worker.kill()
                break
            msg = parent.recv()
            if msg is None:
                finished = True
                break
            p, s, seconds = msg
            times[p, s] = seconds
            nxt = (p, s + 1) if s + 1 < len(inputs) else (p + 1, 0)
        worker.join()
        parent.close()
        if finished:
            break
        p, s = nxt
        nxt = (p, s + 1) if s + 1 < len(inputs) else (p + 1, 0)
    return times, timeouts


# ------------------------------------------------------------------------ the tests

@pytest.fixture(scope="module")
def patterns() -> dict[tuple[str, int], str]:
    return collect_patterns()


def test_collection_finds_the_package_patterns(patterns):
    where = list(patterns.values())
    assert len(patterns) >= MIN_PATTERNS, f"only {len(patterns)} patterns collected"
    # every source the collector walks contributes: a refactor cannot silently empty one
    for part in ("FigureFinder", "PeriodFinder", "Cues", "MetricFinder", "tokenizer.json",
                 "tokenizer.infix_finditer", "tradeie.normalize.figures.",
                 "tradeie.normalize.agencies."):
        assert any(part in w for w in where), f"no pattern collected from {part}"


def test_collector_sees_a_new_global_pattern(monkeypatch):
    import tradeie.relate.checks as checks

    monkeypatch.setattr(checks, "_PROBE_FOR_TEST", re.compile(r"probe(?:x|y)+"), raising=False)
    assert (r"probe(?:x|y)+", re.UNICODE) in collect_patterns()


def test_budget_catches_catastrophic_backtracking():
    # the harness itself: a textbook catastrophic pattern must be reported, a linear one not
    text = "a" * 40 + "!"
    times, timeouts = run_with_budget([(r"(a+)+b", 0), (r"a+b", 0), (r"(?<=a)(a+)+b", 0)],
                                      [(text, "!"), ("!", text)], 1.0)
    # anchored, searched, and a blow-up that only a search reaches (not at position 0)
    assert timeouts == [(0, 0), (0, 1), (2, 1)]
    assert {(1, 0), (1, 1), (2, 0)} <= set(times)


def test_no_pattern_backtracks_catastrophically(patterns):
    keys = sorted(patterns)
    long, short = adversarial_inputs(N), adversarial_inputs(N_SEARCH)
    names = list(long)
    times, timeouts = run_with_budget(keys, [(long[k], short[k]) for k in names], BUDGET)
    per_pattern: dict[int, float] = {}
    for (p, _s), seconds in times.items():
        per_pattern[p] = per_pattern.get(p, 0.0) + seconds
    slowest = sorted(per_pattern.items(), key=lambda kv: -kv[1])[:10]
    print(f"\n{len(keys)} patterns x {len(names)} inputs ({N:,} chars matched, {N_SEARCH:,} "
          "searched); slowest (all inputs):")
    for p, seconds in slowest:
        worst = max(range(len(names)), key=lambda s: times.get((p, s), 0.0))
        print(f"  {seconds:7.3f}s  worst {names[worst]!r:22} {patterns[keys[p]]}: "
              f"{keys[p][0][:90]!r}")
    failures = [f"{patterns[keys[p]]} on {names[s]!r}: {keys[p][0][:200]!r}"
                for p, s in timeouts]
    assert not failures, f"catastrophic backtracking (over {BUDGET:.0f}s):\n" + "\n".join(
        failures)


if __name__ == "__main__":  # python tests/test_redos.py: the audit table alone
    found = collect_patterns()
    json.dump({"patterns": len(found)}, sys.stdout)
