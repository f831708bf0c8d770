"""A list of figures closed by the whole they are shares of: "Singapore, China and the United
States took 15.1%, 12.4% and 11.8% of total exports respectively". The words after the last
figure ("of total exports") name the metric and the role of every figure of the list, not of
the last only (the earlier ones would otherwise take the passage's metric as changes)."""

from __future__ import annotations

import re
from typing import Any

from tradeie.normalize.metrics import default_metric_finder
from tradeie.relate.basis_link import LIST_GAP

# between the last figure and its whole: "of", "of the"
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def share_list(done: list[dict[str, Any]], text: str, units: dict[Any, Any]) -> None:
    """Give the figures listed before a share whose whole follows it that share's metric
    and role (same unit only)."""
    for k in range(len(done) - 1, 0, -1):
        g = done[k]
        of = _OF.match(text, g["figure"][1])
        if g.get("role") != "share" or of is None:
            continue
        whole = next((m for m in default_metric_finder().find(text[of.end():of.end() + 40])
                      if m.start == 0 and m.metric != "other"), None)
        if whole is None:
            continue
        mention = g.get("mention")
        if not mention or mention[0] < g["sentence"][0]:
            # no part named in the sentence (the passage's metric): the whole's flow
            mention = [of.end(), of.end() + whole.end]
            g.update(metric=whole.metric, metric_text=whole.text, mention=mention)
        elif mention[0] > g["figure"][0]:
            continue  # (the part is written after the list: not this construction)
        unit = units.get(tuple(g["figure"]))
        j = k
        while j > 0:
            f = done[j - 1]
            if units.get(tuple(f["figure"])) != unit or not LIST_GAP.fullmatch(
                    text, f["figure"][1], done[j]["figure"][0]):
                break
            f.update(metric=g["metric"], metric_text=g["metric_text"], mention=mention,
                     role="share", direction=None, basis=None)
            j -= 1
