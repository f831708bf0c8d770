"""Properties of the figure finder: any rendering of an amount reads back to its value and
unit, and no input makes ``find`` raise or report offsets that do not point at its text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tradeie.normalize.figures import default_finder

FINDER = default_finder()
# Example counts come from the profile in tests/conftest.py (dev 100, ci 500).
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# (written scale, factor, must be glued to the number)
SCALES = [
    ("", 1.0, False), (" thousand", 1e3, False), (" million", 1e6, False),
    (" billion", 1e9, False), (" trillion", 1e12, False), (" mn", 1e6, False),
    (" bn", 1e9, False), ("bn", 1e9, True), ("Bn", 1e9, True), (" tn", 1e12, False),
    ("m", 1e6, True), ("k", 1e3, True), (" lakh", 1e5, False), (" crore", 1e7, False),
    (" lakh crore", 1e12, False), (" mln", 1e6, False), (" trn", 1e12, False),
]
# (ISO code, ways to write it before the number, ways to write it after)
CURRENCIES = [
    ("USD", ["$", "$ ", "US$", "US$ ", "US $", "USD ", "USD"], [" U.S. dollars", " USD"]),
    ("EUR", ["€", "€ ", "EUR "], [" euros", " EUR", "€"]),
    ("GBP", ["£", "GBP "], [" pounds sterling", " GBP"]),
    ("JPY", ["¥", "JPY "], [" yen", " JPY"]),
    ("INR", ["Rs ", "Rs. ", "₹", "INR "], [" rupees", " INR"]),
    ("CNY", ["RMB ", "CNY "], [" yuan", " renminbi", " CNY"]),
    ("KRW", ["₩", "KRW "], [" won", " KRW"]),
    ("AUD", ["A$", "AUD "], [" Australian dollars", " AUD"]),
    ("HKD", ["HK$", "HK $"], [" Hong Kong dollars", " HKD"]),
    ("CHF", ["CHF "], [" Swiss francs", " CHF"]),
    ("BRL", ["R$"], [" Brazilian reais"]),
    ("MYR", ["RM"], [" ringgit"]),
]
FRAMES = ["Sales reached {} last year.", "The figure was {}, the data showed.",
          "Officials said {} was spent on ports.", "({})", "{}"]


def render_number(value: Decimal, grouped: bool) -> str:
    text = f"{value:,.2f}" if grouped else f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)


@SETTINGS
@given(amount=amounts, grouped=st.booleans(), scale=st.sampled_from(SCALES),
       currency=st.sampled_from(CURRENCIES), before=st.booleans(), data=st.data(),
       frame=st.sampled_from(FRAMES))
def test_money_reads_back(amount, grouped, scale, currency, before, data, frame):
    code, prefixes, suffixes = currency
    word, factor, glued = scale
    number = render_number(amount, grouped)
    if before:
        phrase = data.draw(st.sampled_from(prefixes)) + number + word
    else:
        assume(not glued or word in ("bn", "Bn", "m", "k"))
        phrase = number + word + data.draw(st.sampled_from(suffixes))
    text = frame.format(phrase)
    figs = FINDER.find(text)
    assert len(figs) == 1, (text, figs)
    fig = figs[0]
    assert (fig.label, fig.unit, fig.text) == ("MONEY", code, phrase), text
    assert fig.value == pytest.approx(float(amount) * factor, rel=1e-9), text
    assert text[fig.start:fig.end] == fig.text


# (article economy, prefix written against the number, ISO code): symbols whose currency is
# the story's economy ('R' in a South African story, '$' in a Canadian one)
LOCAL = [("ZA", "R", "ZAR"), ("NG", "N", "NGN"), ("PH", "P", "PHP"), ("KE", "Sh", "KES"),
         ("CA", "$", "CAD"), ("AU", "$", "AUD"), ("NZ", "$", "NZD"), ("SG", "$", "SGD"),
         ("HK", "$", "HKD"), ("TW", "$", "TWD"), ("NO", "kr", "NOK"), ("CM", "CFA", "XAF")]
WORD_SCALES = [s for s in SCALES if s[0].startswith(" ") and s[1] >= 1e6]


@SETTINGS
@given(amount=amounts, grouped=st.booleans(), scale=st.sampled_from(WORD_SCALES),
       local=st.sampled_from(LOCAL), frame=st.sampled_from(FRAMES))
def test_local_currency_reads_back_in_its_economy(amount, grouped, scale, local, frame):
    country, symbol, code = local
    word, factor, _ = scale
    phrase = symbol + render_number(amount, grouped) + word
    text = frame.format(phrase)
    figs = FINDER.find(text, country=country)
    assert [(f.label, f.unit, f.text) for f in figs] == [("MONEY", code, phrase)], text
    assert figs[0].value == pytest.approx(float(amount) * factor, rel=1e-9), text
    if len(symbol) == 1 and symbol.isalpha():  # 'R', 'N', 'P' elsewhere are no currency
        assert [f for f in FINDER.find(text) if f.label == "MONEY"] == [], text


@SETTINGS
@given(first=amounts, second=amounts, scale=st.sampled_from(WORD_SCALES),
       currency=st.sampled_from(CURRENCIES),
       link=st.sampled_from([" and ", ", compared with ", " from ", " (", " versus "]))
def test_amount_without_currency_takes_its_neighbours(first, second, scale, currency, link):
    code, prefixes, _ = currency
    word = scale[0]
    text = f"Exports rose to {prefixes[0]}{render_number(first, True)}{word}{link}" \
        f"{render_number(second, True)}{word}."
    figs = FINDER.find(text)
    assert [(f.label, f.unit) for f in figs] == [("MONEY", code)] * 2, (text, figs)


@SETTINGS
@given(amount=amounts, grouped=st.booleans(),
       style=st.sampled_from(["%", " %", " percent", " per cent", " pct", "-percent",
                              " percentage points", " basis points"]),
       sign=st.sampled_from(["", "-", "minus "]), frame=st.sampled_from(FRAMES))
def test_percent_reads_back(amount, grouped, style, sign, frame):
    phrase = sign + render_number(amount, grouped) + style
    text = frame.format(phrase)
    figs = FINDER.find(text)
    assert len(figs) == 1, (text, figs)
    fig = figs[0]
    expected = float(amount) * (0.01 if "basis" in style else 1.0) * (-1 if sign else 1)
    unit = "percentage_point" if "point" in style else "percent"
    assert (fig.label, fig.unit, fig.text) == ("PERCENT", unit, phrase), text
    assert fig.value == pytest.approx(expected, rel=1e-9)


MEASURES = [(" tonnes", "tonne"), (" metric tons", "tonne"), (" barrels per day", "barrel per day"),
            (" barrels", "barrel"), (" TEUs", "twenty-foot equivalent unit"),
            (" square metres", "square metre"), (" cubic metres", "cubic metre"),
            (" kilometres", "kilometre"), (" megawatts", "megawatt"), (" kWh", "kilowatt hour"),
            (" hectares", "hectare"), (" bushels", "bushel"), (" kg", "kilogram"),
            (" miles per hour", "mile per hour")]


@SETTINGS
@given(amount=amounts, grouped=st.booleans(), scale=st.sampled_from(SCALES[:7]),
       measure=st.sampled_from(MEASURES), frame=st.sampled_from(FRAMES))
def test_measure_reads_back(amount, grouped, scale, measure, frame):
    word, factor, _ = scale
    surface, name = measure
    phrase = render_number(amount, grouped) + word + surface
    text = frame.format(phrase)
    figs = FINDER.find(text)
    assert len(figs) == 1, (text, figs)
    fig = figs[0]
    assert (fig.label, fig.kind, fig.unit_name, fig.text) == ("QUANTITY", "measure", name,
                                                              phrase)
    assert fig.value == pytest.approx(float(amount) * factor, rel=1e-9)


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int, hyphen: bool) -> str:
    """Our own spelling of 1..999999 in English words."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return words(head, hyphen) + " thousand" + (" " + words(rest, hyphen) if rest else "")
    if n >= 100:
        head, rest = divmod(n, 100)
        return ONES[head] + " hundred" + (" " + words(rest, hyphen) if rest else "")
    if n >= 20:
        tens, one = divmod(n, 10)
        return TENS[tens] + (("-" if hyphen else " ") + ONES[one] if one else "")
    return TEENS[n - 10] if n >= 10 else ONES[n]


@SETTINGS
@given(n=st.integers(min_value=2, max_value=999_999), hyphen=st.booleans(),
       noun=st.sampled_from(["people", "ships", "companies", "workers", "containers"]))
def test_written_numbers_read_back(n, hyphen, noun):
    phrase = f"{words(n, hyphen)} {noun}"
    text = f"The port counted {phrase} last year."
    figs = FINDER.find(text)
    assert len(figs) == 1, (text, figs)
    assert (figs[0].value, figs[0].unit, figs[0].text) == (float(n), noun, phrase)


# -- any input: never raises, offsets always exact ------------------------------------------

ALPHABET = st.sampled_from(list("0123456789.,- %$€£¥()/:abcdemnkpstuy") + [
    " million", " billion", " percent", " per cent", " to ", " and ", " from ", "between ",
    "US$", "Rs ", " lakh", " crore", "Jan. ", " about ", "more than ", " one ", " half of ",
    " dozens of ", "-year-old", "13:34", "COVID-19", "G20", "\n1. ", " bps", " tonnes",
    " yuan", " (", ")", " a day", "1/2", "×10", "Y=", "PS", "sub-", "minus ", "+",
])
texts = st.lists(ALPHABET, max_size=60).map("".join)


def _check(text: str, figs) -> None:
    last_start = -1
    for fig in figs:
        assert 0 <= fig.start < fig.end <= len(text)
        assert text[fig.start:fig.end] == fig.text
        assert fig.start >= last_start, "figures come in text order"
        last_start = fig.start
        assert fig.label in ("MONEY", "PERCENT", "QUANTITY")
        assert fig.value == fig.value  # not NaN
        if fig.value_max is not None:
            assert fig.value <= fig.value_max
        for ref in (fig.equivalent_of, fig.move_from):
            assert ref is None or 0 <= ref < len(figs)


@SETTINGS
@given(text=texts, everything=st.booleans())
def test_any_text_never_raises_and_offsets_are_exact(text, everything):
    _check(text, FINDER.find(text, everything=everything))


@SETTINGS
@given(text=st.text(max_size=200), everything=st.booleans())
def test_any_unicode_never_raises(text, everything):
    _check(text, FINDER.find(text, everything=everything))


@SETTINGS
@given(data=st.data(), text=texts)
def test_blocked_spans_are_never_figures(data, text):
    n = len(text)
    assume(n > 0)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, 20)),
                               max_size=4).map(lambda xs: [(s, min(n, s + w)) for s, w in xs]))
    figs = FINDER.find(text, spans)
    _check(text, figs)
    for fig in figs:
        for s, e in spans:
            # a figure may carry words around a blocked number (never the number itself)
            assert not (s < fig.end and fig.start < e) or not any(
                ch.isdigit() for ch in text[max(s, fig.start):min(e, fig.end)]), (text, spans)
