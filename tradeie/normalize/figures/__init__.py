"""Find monetary amounts, percentages and counted or measured quantities, and normalise them.

Works on the raw string (not tokens) so offsets are exact whatever the tokenizer did.
``FigureFinder.find`` is linear in the text and never searches a window:

1. candidates are digit runs, fraction characters ("¼") and a few trigger words ("one",
   "half", "dozens" ...), found with one cheap regex and ``str.find``; spans that are never
   figures (clock times, dates, phone numbers, URLs) are recognised anchored at a candidate;
2. each candidate is read with its context by anchored matches: qualifier, currency, sign
   and change word on the left (matched on the reversed text), scale words, unit and "per"
   denominator on the right;
3. false figures are dropped (years, ordinals, names such as "G20", "COVID-19", "Section
   232", labels, list numbers, scores);
4. neighbours are merged into ranges ("$3-4 billion"), linked as movements ("from 4.8
   percent to 4.7 percent") and as conversions ("43.85 trillion yuan (about 6.1 trillion
   U.S. dollars)");
5. a number without a unit takes one from its context: the currency of the amounts it is
   listed or compared with ("8.1 billion yuan and 7.4 billion"), the counted noun of its
   subject ("the labour force shrank by 5,600"); a symbol such as "$" or "R" reads as the
   currency of the article's economy (``country``).

Text wrapped at a fixed width can break a line inside a figure ("$3\nbillion", "USD\r\n32.91
billion"): wherever the parts of a figure may be spaced, one line break counts as a space too
(``figure_lexicon.WRAP``); two are a paragraph and end the figure. Spans keep the text as
written.

By default only what a trade-news reader counts as a figure comes out: MONEY, PERCENT and
QUANTITY with a unit or a counted noun phrase ("13 major export items"). ``everything=True``
also returns bare numbers, durations, ages and gadget or sports units (QUANTITY, ``kind``
says which), as quantity benchmarks annotate.

Modules, one job each: ``patterns`` (small fixed patterns and constants), ``model``
(``FigureMatch``, the candidate being read, the text and its reverse), ``helpers`` (digit
parsing and pure tests on candidates), ``currency`` (per-document currency choice),
``reading`` (candidates, guards and the left context of a number), ``units`` (scale, unit,
noun phrase and share right of a number), ``pairing`` (ranges, movements, units from
context) and ``finder`` (``FigureFinder`` running the steps above in order).
"""

from tradeie.normalize.figures.finder import FigureFinder, default_finder
from tradeie.normalize.figures.model import FigureMatch

__all__ = ["FigureFinder", "FigureMatch", "default_finder"]
