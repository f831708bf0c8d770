"""How well tradeie names what an ``other`` fact measures: predicted vs gold ``metric_text``.

    python bench/other_facts.py ../shared/corpus/real/dev.jsonl
    python bench/other_facts.py tests/fixtures/heldout.jsonl --show 30   # list the misses

For every gold fact with metric ``other`` whose figure tradeie finds (span overlap) and links to
``other`` too, the two ``metric_text`` are compared three ways:

- exact: the same words (case, spacing, a leading "the" and end punctuation ignored);
- head: the same last word (gold's ``...`` gaps removed), the noun a reader checks first;
- overlap: the mean token F1 between the two (function words left out).

Gold ``other`` facts whose figure has no predicted ``other`` fact are counted apart (linked to
another metric, or no fact): metric_text accuracy is over matched facts only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

STOP = {"the", "a", "an", "of", "in", "to", "and", "for", "on", "at", "with", "by", "its", "..."}
_WORD = re.compile(r"[\w'’.\-%]+")


def words(text: str | None) -> list[str]:
    return [w.lower().strip(".") for w in _WORD.findall(text or "") if w.strip(".")]


def exact(gold: str, pred: str | None) -> bool:
    def norm(t: str | None) -> str:
        ws = [w for w in words(t) if w != "..."]
        return " ".join(ws[1:] if ws[:1] == ["the"] else ws)
    return norm(gold) == norm(pred)


def head(gold: str, pred: str | None) -> bool:
    g, p = words(gold.replace("...", " ")), words(pred)
    return bool(g) and bool(p) and g[-1] == p[-1]


def overlap(gold: str, pred: str | None) -> float:
    g = {w for w in words(gold) if w not in STOP}
    p = {w for w in words(pred) if w not in STOP}
    shared = len(g & p)
    if not shared:
        return 0.0
    prec, rec = shared / len(p), shared / len(g)
    return 2 * prec * rec / (prec + rec)


def compare(docs: list[dict], extract) -> dict:
    rows = []
    unmatched = 0
    for doc in docs:
        gold_ents = {e["id"]: e for e in doc.get("entities", [])}
        gold = [f for f in doc.get("facts", []) if f.get("metric") == "other"]
        if not gold:
            continue
        res = extract(doc["text"], published=doc.get("published"))
        spans = {e.id: (e.start, e.end) for e in res.entities}
        preds = [(spans[f.figure], f) for f in res.facts if f.figure in spans]
        for gf in gold:
            ge = gold_ents.get(gf["figure"])
            if ge is None:
                continue
            hit = next((f for (s, e), f in preds if s < ge["end"] and ge["start"] < e), None)
            if hit is None or hit.metric != "other":
                unmatched += 1
                continue
            g, p = gf.get("metric_text") or "", hit.metric_text
            rows.append({"doc": doc.get("id"), "figure": ge["text"], "gold": g, "pred": p,
                         "exact": exact(g, p), "head": head(g, p), "overlap": overlap(g, p)})
    n = len(rows)
    return {
        "matched": n, "gold_other_not_matched": unmatched,
        "exact": round(100 * sum(r["exact"] for r in rows) / n, 1) if n else 0.0,
        "head": round(100 * sum(r["head"] for r in rows) / n, 1) if n else 0.0,
        "overlap": round(100 * sum(r["overlap"] for r in rows) / n, 1) if n else 0.0,
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--show", type=int, default=0, help="print N facts with a wrong head")
    args = ap.parse_args(argv)
    import tradeie

    docs = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    out = compare(docs, tradeie.extract)
    print(f"{args.path}: {out['matched']} matched 'other' facts "
          f"({out['gold_other_not_matched']} gold 'other' facts not matched to one)")
    print(f"metric_text exact {out['exact']:.1f}%, same head word {out['head']:.1f}%, "
          f"mean token F1 {out['overlap']:.1f}%")
    shown = 0
    for r in out["rows"]:
        if shown >= args.show:
            break
        if not r["head"]:
            print(f"  {r['figure']!r}: gold {r['gold']!r} | got {r['pred']!r}")
            shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
