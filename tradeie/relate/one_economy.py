"""The reporter of an intergovernmental body's release about one economy.

An IMF or World Bank release speaks for no one economy in general (a WEO round-up names
several, and "global growth" has no reporter), so the linker gives such stories no default
reporter. An Article IV statement or a mission's press release is about one economy,
though: "The IMF staff concluded its visit to Romania. Growth slowed to 0.8 percent in
2024" reports Romania's growth. The story's economy is the default reporter again when it is
the only economy the text names and no word of a wider scope (economies.json
'world_words': "global", "emerging markets") is written."""

from __future__ import annotations

import re
from functools import cache

from tradeie.normalize.agencies.country import country_mentions
from tradeie.normalize.agencies.text_tokens import text_tokens
from tradeie.normalize.economies import economies


@cache
def _world_words() -> re.Pattern[str]:
    words = sorted(economies()["world_words"], key=len, reverse=True)
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])")


def sole_economy(text: str, country: str | None) -> str | None:
    """``country`` when it is the only economy ``text`` names besides the EU and the euro
    area (a dateline city's economy counts though unnamed) and no world word is written;
    else None."""
    if country is None or country in ("EU", "EA") or _world_words().search(text):
        return None
    # (the EU or the euro area named as a yardstick, "the highest in the EU", is no second
    # economy reported on)
    named = {code for code, n in country_mentions(text_tokens(text)).items() if n}
    return country if named - {"EU", "EA"} <= {country} else None
