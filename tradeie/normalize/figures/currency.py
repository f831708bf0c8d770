"""Currency choice per document: which dollar "$" is, yuan or yen for "¥", pounds of
sterling or of weight, local currencies of generic names ("pesos", "rials")."""

from __future__ import annotations

from typing import Protocol

from tradeie.normalize.figure_lexicon import Lexicon


class _Finder(Protocol):
    """What the per-document context reads from the finder."""

    lex: Lexicon
    other_names: list[tuple[str, str]]
    other_symbols: dict[str, str]

    def country_names(self, country: str) -> tuple[str, ...]: ...


class _DocContext:
    """Per-document currency resolution: '$', '¥', 'pounds' and 'cents' depend on the text.

    Each question is answered once per document, with ``str.find`` (no regex scans)."""

    def __init__(self, finder: _Finder, text: str, country: str | None = None) -> None:
        self.finder = finder
        self.text = text
        self.country = country
        self._lowered: str | None = None
        self._dollar: str | None = None
        self._yuan: bool | None = None
        self._sterling: bool | None = None

    def _has(self, word: str) -> bool:
        """``word`` (lower case) occurs in the text, not inside a longer word."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return _first(self._lowered, word) != -1

    def dollar(self) -> str:
        """The dollar of a story about an economy whose currency is a dollar (a Canadian story's
        "$" is CAD); else USD, unless the text names another dollar ("A$", "Australian
        dollars")."""
        if self._dollar is None and (local := self.country_symbol("$")) is not None:
            self._dollar = local
        if self._dollar is None:
            found = []
            symbols = self.finder.other_symbols
            i = self.text.find("$")
            text = self.text
            while i != -1:  # "A$", "HK$", "$A", "NZ $": the letters glued to a dollar sign
                k = i - 1 if i and text[i - 1] == " " else i
                b = k
                while b > 0 and text[b - 1].isalpha() and k - b < 4:
                    b -= 1
                a = i + 1
                while a < len(text) and text[a].isalpha() and a - i < 4:
                    a += 1
                for sym in (text[b:k] + "$", "$" + text[i + 1:a]):
                    if sym in symbols and (b == 0 or not text[b - 1].isalpha()):
                        found.append((i, symbols[sym]))
                i = text.find("$", i + 1)
            if self._lowered is None:
                self._lowered = text.lower()
            if "dollar" in self._lowered:
                found += [(i, code) for name, code in self.finder.other_names
                          if (i := _first(self._lowered, name)) != -1]
            self._dollar = min(found)[1] if found else "USD"
        return self._dollar

    def yuan(self) -> bool:
        if self._yuan is None:
            lex = self.finder.lex
            self._yuan = any(self._has(w) for w in lex.yuan_markers) and not any(
                self._has(w) for w in lex.yen_markers or ("yen",))
        return self._yuan

    def sterling(self) -> bool:
        if self._sterling is None:
            self._sterling = "£" in self.text or any(
                self._has(w.strip()) for w in self.finder.lex.sterling_markers)
        return self._sterling

    def prefix_currency(self, symbol: str) -> str:
        lex = self.finder.lex
        if symbol == "$":
            return self.dollar()
        if (code := self.country_symbol(symbol)) is not None:
            return code  # "CFA" in a Cameroonian story, "kr" in a Norwegian one
        if symbol in ("¥", "Y="):
            return "CNY" if self.yuan() else "JPY"
        if symbol in lex.local_symbols and (local := self.local(lex.local_symbols[symbol])):
            return local  # "Rs" in a Pakistani story
        code = lex.prefix_currencies.get(symbol) or lex.artifact_prefixes.get(symbol)
        return code or lex.prefix_currencies.get(symbol.replace(" ", ""), symbol.upper())

    def country_symbol(self, symbol: str) -> str | None:
        """The currency ``symbol`` stands for in a story about the article's economy."""
        table = self.finder.lex.country_symbols.get(symbol)
        return table.get(self.country) if table and self.country else None

    def local(self, name: str, named: bool = True) -> str | None:
        """The article economy's currency among those a generic name ('peso') stands for;
        else (``named``) the one whose country the text names first ('rials' in a story
        about Qatar filed from Riyadh)."""
        codes = self.finder.lex.local_currencies.get(name, ())
        if self.country:
            code = next((code for code in codes if code[:2] == self.country), None)
            if code is not None:
                return code
        if not named:
            return None
        found = [(i, code) for code in codes
                 if (i := self._country_named(code[:2])) != -1]
        return min(found)[1] if found else None

    def _country_named(self, country: str) -> int:
        """Where the text first names ``country`` (ISO alpha-2), or -1."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        places = [i for name in self.finder.country_names(country)
                  if (i := _first(self._lowered, name)) != -1]
        return min(places, default=-1)

    def currency_of_name(self, key: str, code: str) -> str | None:
        """The currency of a name after a number; None when 'pounds' is a weight."""
        if key in ("dollars", "dollar"):
            return self.dollar()
        generic = key[:-1] if key.endswith("s") else key  # "pesos", "liras"
        # 'pounds' of weight are common: only the article's own economy makes them a currency
        named = generic != "pound"
        local = self.local(generic, named) or self.local(key, named)
        if key in ("pound", "pounds"):
            return local or ("GBP" if self.sterling() else None)
        return local or code


def _first(haystack: str, needle: str) -> int:
    """The first occurrence of ``needle`` not glued to letters on either side, or -1."""
    i = haystack.find(needle)
    while i != -1:
        end = i + len(needle)
        if (i == 0 or not haystack[i - 1].isalpha() or not needle[0].isalpha()) and (
                end >= len(haystack) or not haystack[end].isalpha()
                or not needle[-1].isalpha()):
            return i
        i = haystack.find(needle, i + 1)
    return -1
