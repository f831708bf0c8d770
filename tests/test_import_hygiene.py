"""Importing tradeie is side-effect free and its modules import each other without cycles.

* ``import tradeie`` changes no global state of spaCy (extension attributes), displaCy
  (the ``displacy_colors`` registry) or srsly (the msgpack hook lookups): each is recorded
  before and after the import in a fresh interpreter.
* ``import tradeie.scoring`` does not import spaCy (the scorer is documented without it).
* The graph of module-level imports among ``tradeie/`` modules is acyclic. Imports inside
  functions are lazy (they run when called, after every module is loaded) and are not
  edges; neither are ``if TYPE_CHECKING:`` blocks. ``import tradeie.x`` and
  ``from tradeie import x`` (x a submodule) are edges to ``tradeie.x``, not to the package:
  the package's ``__init__`` re-exports from its submodules, so a submodule that takes a
  *name* defined or re-exported by ``tradeie/__init__.py`` (``from tradeie import extract``)
  is an edge back to the package, and a cycle.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tradeie"

# Runs in a fresh interpreter: spaCy and srsly are imported first (their own import-time
# registrations are theirs), then what tradeie could change is recorded around its import.
_PROBE = r"""
import json
import spacy, srsly
from spacy.tokens import Doc, Span, Token
from spacy.tokens.underscore import Underscore
from spacy.util import registry

NAMES = json.loads(%r)  # the extension names tradeie uses, read from extensions.py's source

def state():
    return {
        "displacy_colors": {k: repr(v) for k, v in registry.displacy_colors.get_all().items()},
        "msgpack_encoders.get_all": repr(srsly.msgpack_encoders.get_all),
        "msgpack_decoders.get_all": repr(srsly.msgpack_decoders.get_all),
        # every registered name (spaCy keeps them per class), and tradeie's by the public API
        "extensions": [sorted(Underscore.doc_extensions), sorted(Underscore.span_extensions),
                       sorted(Underscore.token_extensions)],
        "has_extension": [[n for n in NAMES if cls.has_extension(n)]
                          for cls in (Doc, Span, Token)],
    }

before = state()
import tradeie
for name in tradeie.__all__:  # the lazily loaded names too (tradeie.extract loads the api)
    getattr(tradeie, name)
import tradeie.batch, tradeie.cli, tradeie.convert, tradeie.pipeline
after = state()
print(json.dumps({"before": before, "after": after}))
"""


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _extension_names() -> list[str]:
    """The string constants of tradeie/extensions.py (extension names and span-group keys),
    read without importing it."""
    tree = ast.parse((PACKAGE / "extensions.py").read_text(encoding="utf-8"))
    return [node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)]


def test_importing_tradeie_changes_no_global_state():
    names = _extension_names()
    assert {"tradeie", "tradeie_facts", "tradeie_published"} <= set(names)
    result = json.loads(_run(_PROBE % json.dumps(names)).splitlines()[-1])
    assert result["after"] == result["before"]


def test_the_probe_sees_a_registration():
    """The same probe, with tradeie's pipeline loaded: the extensions its components need
    are registered then (so a passing test above is not a probe that sees nothing)."""
    probe = (_PROBE % json.dumps(_extension_names())).replace(
        "after = state()", "tradeie.load()\nafter = state()")
    result = json.loads(_run(probe).splitlines()[-1])
    assert result["after"]["has_extension"] != result["before"]["has_extension"]


def test_scoring_does_not_import_spacy():
    out = _run("import sys, tradeie.scoring; print('spacy' in sys.modules)")
    assert out.strip() == "False"


def test_package_names_load_on_first_use():
    """``import tradeie`` alone loads no spaCy; its names and submodules load when used."""
    code = (
        "import sys, tradeie\n"
        "print('spacy' in sys.modules)\n"
        "assert callable(tradeie.extract) and callable(tradeie.render)\n"
        "assert tradeie.api.extract is tradeie.extract and tradeie.convert.doc_to_extraction\n"
        "assert set(tradeie.__all__) <= set(dir(tradeie))\n"
        "try:\n"
        "    tradeie.no_such_name\n"
        "except AttributeError as err:\n"
        "    print(err)\n"
    )
    lines = _run(code).strip().splitlines()
    assert lines == ["False", "module 'tradeie' has no attribute 'no_such_name'"]


# -- the import graph ------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _eager_imports(body: list[ast.stmt]):
    """Import statements that run when the module is imported: not inside a function, not
    under ``if TYPE_CHECKING:`` (class bodies, try and if blocks do run)."""
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from _eager_imports(node.body)
            yield from _eager_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody,
                          *(h.body for h in node.handlers)):
                yield from _eager_imports(block)
        elif isinstance(node, ast.ClassDef | ast.With | ast.For | ast.While):
            yield from _eager_imports(node.body)


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The tradeie modules an import statement depends on (see the module docstring)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in MODULES}
    if node.level:  # relative: from its package
        package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{node.module}" if node.module else package
    else:
        base = node.module or ""
    if base not in MODULES:
        return set()
    out = set()
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        out.add(sub if sub in MODULES else base)  # a submodule, or a name of ``base``
    return out


def import_graph() -> dict[str, set[str]]:
    graph = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[name] = set().union(*(_targets(name, n) for n in _eager_imports(tree.body))) \
            - {name}
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected component with more than one module
    (Tarjan), to name in the failure."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_one_cycle(graph, set(c)) for c in components]


def _one_cycle(graph: dict[str, set[str]], members: set[str]) -> list[str]:
    """A shortest path from the component's first module back to itself."""
    start = min(members)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & members):
            if nxt == start:
                return [*paths[node], start]
            if nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                queue.append(nxt)
    return sorted(members)  # pragma: no cover - a component always has a cycle


def test_graph_sees_the_imports():
    graph = import_graph()
    assert "tradeie.render" in graph["tradeie"]
    assert "tradeie.textprep" in graph["tradeie.api"]
    assert "tradeie.textprep" in graph["tradeie.pipeline"]  # ``from tradeie import textprep``
    assert "tradeie.extensions" in graph["tradeie.convert"]


def test_cycle_finder():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_among_tradeie_modules():
    cycles = find_cycles(import_graph())
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_submodule_takes_a_name_from_the_package(module):
    """``from tradeie import x`` in a submodule only for submodules x: a name from the
    package's ``__init__`` would make the submodule depend on everything it re-exports."""
    if module == "tradeie":
        return
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    for node in _eager_imports(tree.body):
        if isinstance(node, ast.ImportFrom) and node.module == "tradeie" and not node.level:
            names = [a.name for a in node.names if f"tradeie.{a.name}" not in MODULES]
            assert not names, f"{module}: from tradeie import {', '.join(names)}"


# -- what import used to do, done where it is needed ------------------------------------


def test_extensions_registered_by_components_and_make_doc():
    """In a fresh process: a pipeline without tradeie's components still extracts (make_doc
    registers), and a saved tradeie pipeline loads and runs without ``import tradeie``."""
    code = (
        "import sys, tempfile, spacy\n"
        "from spacy.tokens import Doc\n"
        "import tradeie\n"
        "assert not Doc.has_extension('tradeie_facts')\n"
        "res = tradeie.extract('Exports rose 5%.', nlp=spacy.blank('en'))\n"
        "assert res.entities == [] and res.facts == [], res\n"
        "assert Doc.has_extension('tradeie_facts')\n"
        "import srsly\n"
        "texts = ['Exports rose 5% in 2024.'] * 4\n"
        "assert [len(r.facts) for r in tradeie.extract_many(texts, n_process=2)] == [1] * 4\n"
        "assert 'get_all' not in vars(srsly.msgpack_encoders)  # the cache is gone again\n"
        "path = tempfile.mkdtemp()\n"
        "tradeie.load().to_disk(path)\n"
        "print(path)\n"
    )
    path = _run(code).strip().splitlines()[-1]
    code = (
        "import sys, spacy\n"
        f"nlp = spacy.load({path!r})\n"
        "doc = nlp('Exports rose 5% to $3 billion in 2024.')\n"
        "assert doc._.tradeie_facts, doc._.tradeie_facts\n"
        "from tradeie.convert import doc_to_extraction\n"
        "print(len(doc_to_extraction(doc).facts))\n"
    )
    assert int(_run(code).strip()) >= 1


def test_msgpack_hooks_cached_only_inside_the_block():
    import srsly

    from tradeie.extensions import msgpack_hooks_cached, with_msgpack_hooks_cached

    registries = (srsly.msgpack_encoders, srsly.msgpack_decoders)
    original = [r.get_all for r in registries]
    with msgpack_hooks_cached():
        inside = [r.get_all for r in registries]
        assert all(getattr(f, "_tradeie_cached", False) for f in inside)
        assert srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]})) == {"a": [1, 2]}
        with msgpack_hooks_cached():  # nested: installed once
            assert [r.get_all for r in registries] == inside
        assert [r.get_all for r in registries] == inside
    assert [r.get_all for r in registries] == original
    assert not any("get_all" in vars(r) for r in registries)

    # interleaved generators (two extract_many batches read in turn) restore once, last
    first = with_msgpack_hooks_cached(iter([1, 2]))
    second = with_msgpack_hooks_cached(iter([3, 4]))
    assert next(first) == 1 and next(second) == 3
    assert list(first) == [2]
    assert getattr(srsly.msgpack_encoders.get_all, "_tradeie_cached", False)
    assert list(second) == [4]
    assert [r.get_all for r in registries] == original

    # a generator given up early (closed) restores too
    gen = with_msgpack_hooks_cached(iter([1, 2]))
    next(gen)
    gen.close()
    assert [r.get_all for r in registries] == original


def test_msgpack_hooks_cache_sees_new_registrations():
    import catalogue
    import srsly

    from tradeie.extensions import msgpack_hooks_cached

    name = "tradeie_test_hook"
    with msgpack_hooks_cached():
        before = srsly.msgpack_encoders.get_all()
        srsly.msgpack_encoders.register(name, func=lambda obj, chain=None: chain(obj))
        try:
            assert name not in before and name in srsly.msgpack_encoders.get_all()
        finally:  # registrations are global: leave none behind
            del catalogue.REGISTRY[("srsly", "msgpack_encoders", name)]
    assert name not in srsly.msgpack_encoders.get_all()


def test_spacy_pipe_workers_keep_the_cache(monkeypatch):
    """In a worker of nlp.pipe(n_process=...) (its entry point is spaCy's _apply_pipes) the
    first document installs the cache for good; any other process is left alone."""
    import multiprocessing
    import types

    import srsly
    from spacy.language import _apply_pipes

    from tradeie import extensions

    def pretend(target):
        monkeypatch.setattr(multiprocessing, "current_process",
                            lambda: types.SimpleNamespace(_target=target))
        monkeypatch.setattr(extensions, "_CHECKED_PID", [0])

    pretend(None)  # this process, as seen by a component
    extensions.setup_pipe_worker()
    assert "get_all" not in vars(srsly.msgpack_encoders)

    pretend(_apply_pipes)
    monkeypatch.setattr(extensions, "_WORKER_BLOCK", [])
    try:
        extensions.setup_pipe_worker()
        import gc

        gc.collect()  # the block is kept: a collected one would restore srsly's lookup
        assert getattr(srsly.msgpack_encoders.get_all, "_tradeie_cached", False)
        extensions.setup_pipe_worker()  # once per process
        assert len(extensions._WORKER_BLOCK) == 1
    finally:
        for block in extensions._WORKER_BLOCK:
            block.__exit__(None, None, None)
    assert "get_all" not in vars(srsly.msgpack_encoders)
