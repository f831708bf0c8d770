"""The product of a verb's object carried to the other figures of its clause: "Vietnam
exported 8.5 million tonnes of rice worth 5.07 billion USD, up 10.6% in volume and 23.4% in
value" (the value and the changes are of rice too; the product is written after the first
figure only)."""

from __future__ import annotations

import re
from typing import Any

_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def carry_object_product(done: list[dict[str, Any]], text: str) -> None:
    """Give the facts after a figure followed by "of <its product>" that share its metric
    mention and name no product that product."""
    for k, f in enumerate(done):
        product, mention = f.get("product"), f.get("mention")
        if not product or not mention or mention[1] > f["figure"][0]:
            continue
        of = _OF.match(text, f["figure"][1])
        if of is None or not text.startswith(product, of.end()):
            continue
        for g in done[k + 1:]:
            theirs = g.get("mention")
            # (the same wording, or one after the object: "up 10.6% in volume and 23.4%")
            if theirs and (theirs == mention or theirs[0] > f["figure"][1]) and \
                    not g.get("product") and g.get("metric") == f.get("metric"):
                g["product"] = product
