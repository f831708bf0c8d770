"""A metamorphic robustness bench: meaning-preserving surface perturbations of annotated text.

    python bench/perturb.py                      # real dev, every perturbation
    python bench/perturb.py --sets dev corpus    # also a fixture set (corpus, heldout, blind)
    python bench/perturb.py --only pct_to_word --examples 20

Each perturbation rewrites a document's text IN MEMORY (third-party text is never written to
the repository), moves the gold entity offsets with it and scores the pipeline on the
perturbed document with ``tradeie.scoring.evaluate`` (as bench/scores.py does). The table
gives, per perturbation, how many documents it touched and the change (perturbed minus
unperturbed, on the touched documents only, so that small effects are not diluted) of facts
F1, strict facts F1 and the period, basis, reporter, product and source accuracies. ``--examples N``
prints the fact errors a perturbation added, with their perturbed sentence.

A perturbation is a function ``(doc) -> list[Piece] | None``: the new text as pieces of the
old one (kept spans, possibly reordered, and literal replacements of old spans). ``apply``
builds the new text and moves every gold entity; a document whose entities cannot be moved
cleanly (an entity cut by a moved span) is left out of that perturbation. Only changes the
output contract (shared/spec/EXTRACTION.md) treats as meaning-preserving are used: the
figures' values, units, periods and roles stay the same.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotated_sets import SETS  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Piece:
    """The old span [start, end) of the text; ``new`` None keeps it, a string replaces it."""

    start: int
    end: int
    new: str | None = None


Perturbation = Callable[[dict], "list[Piece] | None"]


# --- the machinery: pieces -> text and moved offsets -------------------------------------

def replacements(text: str, edits: list[tuple[int, int, str]]) -> list[Piece] | None:
    """Pieces for in-place replacements (non-overlapping (start, end, new) triples)."""
    edits = sorted(set(edits))
    if not edits:
        return None
    pieces, pos = [], 0
    for start, end, new in edits:
        if start < pos:  # overlapping edits: keep the first
            continue
        if start > pos:
            pieces.append(Piece(pos, start))
        pieces.append(Piece(start, end, new))
        pos = end
    if pos < len(text):
        pieces.append(Piece(pos, len(text)))
    return pieces


def regex_edits(text: str, pattern: re.Pattern[str],
                repl: Callable[[re.Match[str]], str | None]) -> list[tuple[int, int, str]]:
    """(start, end, new) for each match whose ``repl`` is not None (group 1 when present)."""
    out = []
    for m in pattern.finditer(text):
        new = repl(m)
        if new is None:
            continue
        g = 1 if pattern.groups else 0
        out.append((m.start(g), m.end(g), new))
    return out


def apply(doc: dict, pieces: list[Piece] | None) -> dict | None:
    """The perturbed gold doc, or None when nothing changed or an entity could not be moved.

    Entity starts and ends map through the piece that holds them: inside a kept piece by
    offset, onto a replaced piece's new start (for a start) or new end (for an end). An
    entity wholly inside a deleted span is dropped, with the facts whose figure it is; a
    doc that would lose a fact's source, or whose entity is cut apart by a move, is skipped.
    """
    if not pieces:
        return None
    text = doc["text"]
    parts, new_at = [], []
    pos = 0
    for p in pieces:
        seg = text[p.start:p.end] if p.new is None else p.new
        new_at.append(pos)
        parts.append(seg)
        pos += len(seg)
    new_text = "".join(parts)
    if new_text == text:
        return None
    covered = sorted((p.start, p.end) for p in pieces)
    if covered[0][0] != 0 or covered[-1][1] != len(text) or any(
            a[1] != b[0] for a, b in zip(covered, covered[1:], strict=False)):
        raise ValueError("pieces must cover the text exactly once")

    def locate(off: int, is_end: bool) -> tuple[int, int] | None:
        for i, p in enumerate(pieces):
            inside = p.start < off <= p.end if is_end else p.start <= off < p.end
            if inside:
                if p.new is None:
                    return i, new_at[i] + off - p.start
                return i, new_at[i] + (len(p.new) if is_end else 0)
        return None

    out = copy.deepcopy(doc)
    out["text"] = new_text
    kept, dropped = [], set()
    for ent in out.get("entities", []):
        a, b = locate(ent["start"], False), locate(ent["end"], True)
        if a is None or b is None:
            return None
        (ia, na), (ib, nb) = a, b
        # the pieces between must follow each other in the new order, else the entity was cut
        order = sorted(range(len(pieces)), key=lambda k: new_at[k])
        ra, rb = order.index(ia), order.index(ib)
        olds = [pieces[k].start for k in order[ra:rb + 1]]
        if rb < ra or olds != sorted(olds):
            return None
        seg = new_text[na:nb]
        if not seg.strip():
            dropped.add(ent["id"])
            continue
        lead, trail = len(seg) - len(seg.lstrip()), len(seg) - len(seg.rstrip())
        ent["start"], ent["end"] = na + lead, nb - trail
        ent["text"] = new_text[ent["start"]:ent["end"]]
        kept.append(ent)
    out["entities"] = kept
    if any(f.get("source") in dropped for f in out.get("facts", [])):
        return None
    if "facts" in out:
        out["facts"] = [f for f in out["facts"] if f["figure"] not in dropped]
    return out


def _ents(doc: dict, *labels: str) -> list[dict]:
    return [e for e in doc.get("entities", []) if e["label"] in labels]


def _inside(ents: list[dict], start: int, end: int) -> dict | None:
    return next((e for e in ents if e["start"] <= start and end <= e["end"]), None)


# --- the perturbations ---------------------------------------------------------------------

_WORD_PCT = re.compile(r"(?<=\d)(\s?(?:percent|per cent|pct)\b)(?!age)")
_SIGN_PCT = re.compile(r"(?<=\d)(\s?%)")


def pct_to_sign(doc: dict) -> list[Piece] | None:
    """'5 percent' / '5 per cent' -> '5%' (after a digit only; 'percentage points' stays)."""
    return replacements(doc["text"], regex_edits(doc["text"], _WORD_PCT, lambda m: "%"))


def pct_to_word(doc: dict) -> list[Piece] | None:
    """'5%' -> '5 per cent' (the British spelling, as many outlets write it)."""
    return replacements(doc["text"], regex_edits(doc["text"], _SIGN_PCT, lambda m: " per cent"))


_SCALE_WORD = re.compile(r"(?<=\d)(\s(?:billion|million)\b)")
_SCALE_ABBR = re.compile(r"(?<=\d)(\s?(?:bn|mn|mln|bln)\b)")


def scale_to_abbr(doc: dict) -> list[Piece] | None:
    """'$3 billion' -> '$3bn', '5 million' -> '5mn' (after a digit, in a MONEY figure)."""
    money = _ents(doc, "MONEY")
    return replacements(doc["text"], regex_edits(
        doc["text"], _SCALE_WORD,
        lambda m: None if not _inside(money, m.start(1), m.end(1))
        else ("bn" if "billion" in m.group(1) else "mn")))


def scale_to_word(doc: dict) -> list[Piece] | None:
    """'$3bn' -> '$3 billion', '5mn' / '5 mln' -> '5 million'."""
    return replacements(doc["text"], regex_edits(
        doc["text"], _SCALE_ABBR,
        lambda m: " billion" if "b" in m.group(1) else " million"))


_DOLLAR = re.compile(r"(?<![A-Za-z$])(US\$ ?|\$ ?|USD ?)(?=\d)")


def _dollar_edits(doc: dict, new: str) -> list[Piece] | None:
    # Only dollars gold reads as US dollars: '$' in an Australian story is AUD.
    usd = [e for e in _ents(doc, "MONEY") if e.get("unit") == "USD"]
    return replacements(doc["text"], regex_edits(
        doc["text"], _DOLLAR,
        lambda m: new if _inside(usd, m.start(1), m.end(1)) and m.group(1) != new else None))


def dollar_to_us(doc: dict) -> list[Piece] | None:
    """US-dollar figures written '$5' / 'USD 5' -> 'US$5'."""
    return _dollar_edits(doc, "US$")


def dollar_to_usd(doc: dict) -> list[Piece] | None:
    """US-dollar figures written '$5' / 'US$5' -> 'USD 5'."""
    return _dollar_edits(doc, "USD ")


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_ABBR = {m: m[:3] + "." for m in _MONTHS if len(m) > 4}
_ABBR["September"] = "Sept."
# AP style: a month is abbreviated only before a day number ('Jan. 7', 'Sept. 8, 2024')
_FULL_MONTH = re.compile(r"\b(" + "|".join(_ABBR) + r")(?= {1,2}\d{1,2}\b)")
_SHORT_MONTH = re.compile(r"\b((?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?)(?= {1,2}\d)")


def month_to_abbr(doc: dict) -> list[Piece] | None:
    """Month names before a day, inside DATE entities -> AP abbreviations ('Jan. 7')."""
    dates = _ents(doc, "DATE")
    return replacements(doc["text"], regex_edits(
        doc["text"], _FULL_MONTH,
        lambda m: _ABBR[m.group(1)] if _inside(dates, m.start(1), m.end(1)) else None))


def month_to_full(doc: dict) -> list[Piece] | None:
    """Abbreviated months before a day or year ('Jan 7', 'Sept. 8') -> full names."""
    def full(m: re.Match[str]) -> str:
        stem = m.group(1).rstrip(".")[:3]
        return next(x for x in _MONTHS if x.startswith(stem))
    return replacements(doc["text"], regex_edits(doc["text"], _SHORT_MONTH, full))


_ONE_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,4}\.\d)(?![\d.,])")


def decimals_padded(doc: dict) -> list[Piece] | None:
    """Figures with one decimal get a trailing zero ('1.5 percent' -> '1.50 percent')."""
    figs = _ents(doc, "MONEY", "PERCENT", "QUANTITY")
    return replacements(doc["text"], regex_edits(
        doc["text"], _ONE_DECIMAL,
        lambda m: m.group(1) + "0" if _inside(figs, m.start(1), m.end(1)) else None))


_PARA = re.compile(r"(\n[ \t]{0,3}\n(?:[ \t]{0,3}\n){0,4})")
_WRAP = re.compile(r"(?<=[^\s.:!?])(\n)(?=[a-z0-9$(])")


def paragraphs_single(doc: dict) -> list[Piece] | None:
    """Blank lines between paragraphs -> one newline, after a paragraph that ends a sentence
    and after the first line (a headline); list lines ('China: $133.0 billion (+6.6%)') keep
    their blank lines, as joining them would change how they read."""
    text = doc["text"]

    def join(m: re.Match[str]) -> str | None:
        before = text[:m.start()].rstrip()
        first_line = "\n" not in before
        return "\n" if first_line or before[-1:] in '.!?"”' else None
    return replacements(text, regex_edits(text, _PARA, join))


def paragraphs_double(doc: dict) -> list[Piece] | None:
    """Line breaks after a sentence end -> a blank line (paragraphs spelled out)."""
    pat = re.compile(r"(?<=[.!?\"”])(\n)(?=\S)")
    return replacements(doc["text"], regex_edits(doc["text"], pat, lambda m: "\n\n"))


def unwrap_lines(doc: dict) -> list[Piece] | None:
    """Hard-wrapped lines (a newline inside a sentence, before a lower-case word) -> space."""
    return replacements(doc["text"], regex_edits(doc["text"], _WRAP, lambda m: " "))


def quotes_curly(doc: dict) -> list[Piece] | None:
    """Straight quotes and apostrophes -> typographic ones."""
    text = doc["text"]
    edits = []
    for m in re.finditer(r"['\"]", text):
        i, ch = m.start(), m.group()
        opening = i == 0 or text[i - 1] in " \n\t([—-"
        if ch == "'":
            edits.append((i, i + 1, "‘" if opening else "’"))
        else:
            edits.append((i, i + 1, "“" if opening else "”"))
    return replacements(text, edits)


def quotes_straight(doc: dict) -> list[Piece] | None:
    """Typographic quotes and apostrophes -> straight ones."""
    table = {"‘": "'", "’": "'", "“": '"', "”": '"'}
    return replacements(doc["text"], [(m.start(), m.end(), table[m.group()])
                                      for m in re.finditer("[‘’“”]", doc["text"])])


_DATELINE = re.compile(
    r"^(?:[^\n]{0,120}\n{1,3})??((?:[A-Z][A-Z.'’ -]{1,30}[A-Z.])(?:,\s{0,2}[A-Z][A-Za-z. ]{1,25})?"
    r"(?:,?\s{1,2}(?:[A-Z][a-z]{2,8}\.?\s{1,2}\d{1,2}(?:,\s{0,2}\d{4})?))?"
    r"(?:\s{0,2}\((?:Reuters|Xinhua|AFP|AP|Bloomberg|IANS|PTI|dpa|APS|Bernama)\))?"
    r"\s{0,2}(?:--|—|–|-)?\s{1,3})(?=[A-Z“\"'])")


def dateline_removed(doc: dict) -> list[Piece] | None:
    """The dateline ('BEIJING, July 17 (Xinhua) -- ') is cut; the story starts at its lead."""
    m = _DATELINE.match(doc["text"])
    if not m or len(m.group(1).split()[0]) < 3 or not m.group(1).split()[0].isupper():
        return None
    return replacements(doc["text"], [(m.start(1), m.end(1), "")])


def dateline_cased(doc: dict) -> list[Piece] | None:
    """The dateline's city in title case, with an em dash ('BEIJING --' -> 'Beijing —')."""
    m = _DATELINE.match(doc["text"])
    if not m:
        return None
    city = re.match(r"[A-Z][A-Z.'’ -]{1,30}[A-Z.]", m.group(1))
    if not city or not city.group().replace(" ", "").isalpha() or not city.group().isupper():
        return None
    return replacements(doc["text"], [(city.start() + m.start(1), city.end() + m.start(1),
                                       city.group().title())])


_SENT = re.compile(r"[^\n]+?(?:[.!?](?=\s|$)|$)")
_TAIL_SAID = re.compile(
    r"^(?P<clause>[A-Z][^\n]{25,}?), (?P<src>(?:the |[A-Z])[^,\n]{2,80}?) "
    r"(?P<verb>said|says|reported|announced)(?P<when> on \w+| in a statement)?\.$")
_HEAD_SAID = re.compile(
    r"^(?P<src>(?:The |[A-Z])[^,\n]{2,80}?) (?P<verb>said|says|reported)"
    r"(?P<when> on \w+| in a statement)? that (?P<clause>[^\n]{25,}?)\.$")
_LOWER_START = {"The", "Its", "This", "That", "These", "Those", "A", "An", "Exports", "Imports",
                "Inflation", "Growth", "Output", "Sales", "Prices", "Trade", "It"}


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENT.finditer(text) if m.group().strip()]


def attribution_to_front(doc: dict) -> list[Piece] | None:
    """'<clause>, the ministry said.' -> 'The ministry said that <clause>.' (pieces moved)."""
    text, edits_pieces, pos = doc["text"], [], 0
    for s, e in _sentences(text):
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        m = _TAIL_SAID.match(text[s + lead:e])
        if not m or "\n" in m.group(0) or '"' in m.group("clause") or "“" in m.group("clause"):
            continue
        base = s + lead
        first = m.group("clause").split()[0]
        src = m.group("src")
        if first not in _LOWER_START or not (src[0].isupper() or src.startswith("the ")):
            continue
        cs, ce = base + m.start("clause"), base + m.end("clause")
        ss, se = base + m.start("src"), base + m.end("src")
        vs, ve = base + m.start("verb"), base + m.end("when" if m.group("when") else "verb")
        if pos < base:
            edits_pieces.append(Piece(pos, base))
        edits_pieces += [
            Piece(ss, ss + 1, src[0].upper()), Piece(ss + 1, se), Piece(se, vs, " "),
            Piece(vs, ve), Piece(ce, ss, " that "), Piece(cs, cs + 1, first[0].lower()),
            Piece(cs + 1, ce), Piece(ve, base + m.end(), ".")]
        pos = base + m.end()
    if not edits_pieces:
        return None
    if pos < len(text):
        edits_pieces.append(Piece(pos, len(text)))
    return edits_pieces


def attribution_to_end(doc: dict) -> list[Piece] | None:
    """'The ministry said that <clause>.' -> '<Clause>, the ministry said.' (pieces moved)."""
    text, out, pos = doc["text"], [], 0
    for s, e in _sentences(text):
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        base = s + lead
        m = _HEAD_SAID.match(text[base:e])
        if not m or "\n" in m.group(0) or not m.group("clause")[0].islower():
            continue
        src = m.group("src")
        if src.split()[0] not in ("The", "It") and not src[0].isupper():
            continue
        cs, ce = base + m.start("clause"), base + m.end("clause")
        ss, se = base + m.start("src"), base + m.end("src")
        vs = base + m.start("verb")
        ve = base + m.end("when" if m.group("when") else "verb")
        if pos < base:
            out.append(Piece(pos, base))
        src_first = Piece(ss, ss + 1, "t") if src.startswith("The ") else Piece(ss, ss + 1)
        out += [Piece(cs, cs + 1, text[cs].upper()), Piece(cs + 1, ce), Piece(se, vs, ", "),
                src_first, Piece(ss + 1, se), Piece(ve, cs, " "), Piece(vs, ve),
                Piece(ce, base + m.end(), ".")]
        pos = base + m.end()
    if not out:
        return None
    if pos < len(text):
        out.append(Piece(pos, len(text)))
    return out


_TITLE_SMALL = re.compile(r"\b([A-Z][a-z]{2,})\b")


def headline_lowered(doc: dict) -> list[Piece] | None:
    """A Title-Case first line (a headline) -> sentence case; names, months, agencies and the
    economies' names (models/economies.json) keep their capitals."""
    text = doc["text"]
    line_end = text.find("\n")
    if line_end < 10:
        return None
    line = text[:line_end]
    words = re.findall(r"[A-Za-z]+", line)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return None
    keep = _proper_words()
    protected = _ents(doc, "AGENCY", "OFFICIAL", "DATE")
    edits = []
    for m in _TITLE_SMALL.finditer(line):
        if m.start() == 0 or m.group() in keep or _inside(protected, m.start(), m.end()):
            continue
        edits.append((m.start(), m.end(), m.group().lower()))
    return replacements(text, edits)


_PROPER: set[str] = set()


def _proper_words() -> set[str]:
    if not _PROPER:
        names = json.loads((REPO / "models" / "economies.json").read_text("utf-8"))["names"]
        _PROPER.update(w for n in names for w in re.findall(r"[A-Za-z]+", n))
        _PROPER.update(_MONTHS)
        _PROPER.update(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday", "Fed", "Brexit", "Covid", "Reuters"])
    return _PROPER


# economy swap: targets with (country name, adjective); a story is swapped to the first
# target not already named in it
_TARGETS = [("TH", "Thailand", "Thai"), ("CL", "Chile", "Chilean"), ("PL", "Poland", "Polish"),
            ("KE", "Kenya", "Kenyan")]
_ADJ_END = re.compile(r"(?:ese|ian|ean|can|ish|ch|i|ic|ss|man|ino)$")
_EURO = {"AT", "BE", "DE", "ES", "FI", "FR", "GR", "IE", "IT", "NL", "PT", "SK", "SI"}


def economy_swapped(doc: dict) -> list[Piece] | None:
    """The reporter economy's names -> another economy's, gold reporter/partner codes with it.

    Only stories whose money is all US dollars (reporter not the US) qualify, so that no
    currency ties the figures to the old economy; stories naming the economy inside an agency
    name ('People's Bank of China') or by a lower-case alias ('the mainland'), or citing an
    agency of the economy (the National Bureau of Statistics ties the story to China), are
    left out.
    """
    facts = doc.get("facts") or []
    reporters = Counter(f.get("reporter") for f in facts if f.get("reporter"))
    if not reporters:
        return None
    old = reporters.most_common(1)[0][0]
    units = {e.get("unit") for e in _ents(doc, "MONEY")}
    if any(e.get("country") == old for e in _ents(doc, "AGENCY")):
        return None
    if old in ("US", "EU", "EA") or old in _EURO or not units <= {"USD"}:
        return None
    names = json.loads((REPO / "models" / "economies.json").read_text("utf-8"))["names"]
    aliases = sorted((n for n, c in names.items() if c == old), key=len, reverse=True)
    text = doc["text"]
    if not aliases or any(a[0].islower() and re.search(rf"\b{re.escape(a)}\b", text)
                          for a in aliases):
        return None
    target = next((t for t in _TARGETS if t[1] not in text and t[0] != old
                   and t[0] not in reporters and all(f.get("partner") != t[0] for f in facts)),
                  None)
    if target is None:
        return None
    code, noun, adj = target
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in aliases if a[0].isupper())
                         + r")(?![\w])")
    agencies = _ents(doc, "AGENCY", "OFFICIAL")
    edits = []
    for m in pattern.finditer(text):
        if _inside(agencies, m.start(), m.end()):
            return None
        edits.append((m.start(), m.end(), adj if _ADJ_END.search(m.group()) else noun))
    pieces = replacements(text, edits)
    if pieces:
        doc["_swap"] = (old, code)
    return pieces


def _swap_codes(doc: dict) -> None:
    """Gold reporter/partner and agency countries follow an economy swap."""
    old, new = doc.pop("_swap")
    for f in doc.get("facts", []):
        for key in ("reporter", "partner"):
            if f.get(key) == old:
                f[key] = new
    for e in doc.get("entities", []):
        if e["label"] == "AGENCY" and e.get("country") == old:
            e["country"] = new


PERTURBATIONS: dict[str, Perturbation] = {
    f.__name__: f for f in (
        pct_to_sign, pct_to_word, scale_to_abbr, scale_to_word, dollar_to_us, dollar_to_usd,
        month_to_abbr, month_to_full, decimals_padded, paragraphs_single, paragraphs_double,
        unwrap_lines, quotes_curly, quotes_straight, dateline_removed, dateline_cased,
        attribution_to_front, attribution_to_end, headline_lowered, economy_swapped)}


def perturb(doc: dict, name: str) -> dict | None:
    """The doc perturbed by ``PERTURBATIONS[name]``, or None when untouched or unmovable."""
    work = dict(doc)
    out = apply(work, PERTURBATIONS[name](work))
    if out is not None and "_swap" in out:
        _swap_codes(out)
    return out


# --- scoring -------------------------------------------------------------------------------

COLUMNS = ("facts", "strict", "period", "basis", "reporter", "product", "source")


def _numbers(report) -> dict[str, float]:
    return {"facts": report.facts.f1, "strict": report.facts_strict.f1,
            **{k: report.fields[k].accuracy for k in COLUMNS[2:]}}


def _error_keys(report) -> Counter:
    return Counter((e.doc_id, e.kind, e.field, json.dumps(e.expected, default=str),
                    json.dumps(e.got, default=str))
                   for e in report.errors if e.label == "FACT")


def run(docs: list[dict], names: list[str], examples: int = 0) -> list[tuple[str, int, dict]]:
    from tradeie.scoring import evaluate

    base_by_id = {d["id"]: d for d in docs}
    rows = []
    for name in names:
        changed = [p for p in (perturb(d, name) for d in docs) if p is not None]
        if not changed:
            rows.append((name, 0, {}))
            continue
        base = evaluate([base_by_id[p["id"]] for p in changed])
        pert = evaluate(changed)
        b, p = _numbers(base), _numbers(pert)
        rows.append((name, len(changed), {k: p[k] - b[k] for k in COLUMNS}))
        if examples:
            added = _error_keys(pert) - _error_keys(base)
            shown = 0
            for err in pert.errors:
                key = (err.doc_id, err.kind, err.field, json.dumps(err.expected, default=str),
                       json.dumps(err.got, default=str))
                if err.label != "FACT" or not added[key] or shown >= examples:
                    continue
                added[key] -= 1
                shown += 1
                ctx = (err.context or "").replace("\n", " ")[:220]
                print(f"  [{name}] {err.doc_id} {err.kind} {err.field or ''} {err.text!r}: "
                      f"expected {err.expected!r} got {err.got!r}\n      | {ctx}")
    return rows


def render(rows: list[tuple[str, int, dict]], title: str) -> str:
    lines = [f"### {title}", "", "| perturbation | docs | " + " | ".join(
        f"Δ {c}" for c in COLUMNS) + " |", "|---|---|" + "---|" * len(COLUMNS)]
    for name, n, delta in rows:
        vals = [f"{delta[c]:+.1f}" if delta else "-" for c in COLUMNS]
        lines.append(f"| {name} | {n} | " + " | ".join(vals) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["dev"],
                        choices=["dev", "corpus", "heldout", "blind"])
    parser.add_argument("--only", nargs="+", choices=sorted(PERTURBATIONS))
    parser.add_argument("--examples", type=int, default=0, metavar="N",
                        help="print up to N added fact errors per perturbation")
    args = parser.parse_args(argv)
    from tradeie.scoring import read_fixtures

    for name in args.sets:
        path = SETS["real_dev" if name == "dev" else name]
        if not path.is_file():
            print(f"{name}: {path} not found; left out", file=sys.stderr)
            continue
        rows = run(read_fixtures(path), args.only or list(PERTURBATIONS), args.examples)
        print(render(rows, f"{name} ({path.name})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
