"""A trade balance's sign: "the trade balance was positive at $10.9 billion" is a surplus,
"a balance of minus EUR 736.8 million" a deficit. The contract has no balance metric: a
balance whose sign the text gives is trade.surplus or trade.deficit; one whose sign it does
not give stays 'other'."""

from __future__ import annotations

from re import Pattern


def balance_metric(text: str, sent: tuple[int, int], fig_start: int, value: object,
                   sign_words: Pattern[str], story_sign: str | None, *,
                   plus: bool = False) -> str:
    """The metric of a balance figure at ``fig_start``: the sign word of its sentence nearest
    to the figure, else the sign of the value written (a minus, or a ``plus`` sign: "the
    balance was +5.1 bn"), else the story's sign (its first sign word, as a headline "Trade
    Surplus Contracts" gives it), else 'other'."""
    best: tuple[int, str] | None = None
    for m in sign_words.finditer(text, *sent):
        kind = "trade.surplus" if m.group("surplus") else "trade.deficit"
        dist = min(abs(m.start() - fig_start), abs(m.end() - fig_start))
        if best is None or dist < best[0]:
            best = (dist, kind)
    if best is not None:
        return best[1]
    if isinstance(value, int | float) and value < 0:
        return "trade.deficit"
    if plus:
        return "trade.surplus"
    return story_sign or "other"


def story_sign(text: str, sign_words: Pattern[str]) -> str | None:
    """The first sign word of a story: what its balance figures are when their sentences do
    not say."""
    low = text.lower()  # (a story naming neither noun is not read word by word)
    if "surplus" not in low and "deficit" not in low:
        return None
    for m in sign_words.finditer(text):
        # only the nouns: "negative" or "minus" in a story's lead often qualify growth
        word = m.group(0).lower()
        if word.startswith("surplus"):
            return "trade.surplus"
        if word.startswith("deficit"):
            return "trade.deficit"
    return None
