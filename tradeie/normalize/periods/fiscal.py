"""Fiscal calendars: when a country's fiscal year starts and which calendar year names it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tradeie.normalize.periods.values import _P, _ym, p_months


@dataclass(frozen=True, slots=True)
class _Cal:
    start_month: int
    named_by: str  # "start" or "end": which calendar year gives "fiscal 2021" its number
    fy_named_by: str  # the same for the "FY2021"/"FY21" forms
    split_start_month: int  # start month assumed for "FY2023-24" in a calendar-year country
    # a calendar that changed (Myanmar: April-March until the year that began in 2017,
    # October-September from 2018): fiscal years starting before ``changed_in`` began in
    # ``old_start_month``
    changed_in: int = 0
    old_start_month: int = 0
    # a second change (Myanmar again: April-March from the fiscal year that began in 2023):
    # fiscal years starting in ``changed_again`` or later begin in ``new_start_month``
    changed_again: int = 0
    new_start_month: int = 0

    def start_month_of(self, sy: int) -> int:
        if self.changed_again and sy >= self.changed_again:
            return self.new_start_month
        return self.old_start_month if sy < self.changed_in else self.start_month

    def start_year(self, label: int, fy_form: bool = False) -> int:
        named = self.fy_named_by if fy_form else self.named_by
        return label - 1 if self.start_month != 1 and named == "end" else label

    def fy_of(self, d: date) -> int:
        if self.changed_again:
            sy = d.year if d.month >= self.new_start_month else d.year - 1
            if sy >= self.changed_again:
                return sy
        sy = d.year if d.month >= self.start_month else d.year - 1
        if sy < self.changed_in:
            sy = d.year if d.month >= self.old_start_month else d.year - 1
        return sy

    def months(self, sy: int, offset: int, n: int, hint: str = "range") -> _P | None:
        a = sy * 12 + self.start_month_of(sy) - 1 + offset
        (y1, m1), (y2, m2) = _ym(a), _ym(a + n - 1)
        return p_months(y1, m1, y2, m2, hint)

    def split(self) -> _Cal:
        if self.start_month != 1:
            return self
        return _Cal(self.split_start_month, "start", "start", self.split_start_month)


def _fy_year(sy: int, cal: _Cal) -> _P | None:
    return cal.months(sy, 0, 12, "year")
