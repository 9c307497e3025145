"""How numbers read in the briefing: one module, so tables, charts and sentences agree.

A qualifier is part of a figure: "more than 40" is not "40". Every function
that renders a value takes the qualifier, so it can't be dropped by accident.
"""

from __future__ import annotations

import math
from datetime import date

QUALIFIER_WORDS = {"exact": "", "approx": "about", "at_least": "more than", "at_most": "at most"}
CURRENCY_PREFIX = {"CNY": "RMB", "USD": "US$"}
UNIT_WORDS = {
    "count": ("", ""),
    "person": ("person", "persons"),
    "household": ("household", "households"),
    "ton": ("ton", "tons"),
    "teu": ("TEU", "TEU"),
    "km": ("km", "km"),
    "km2": ("km²", "km²"),
    "m2": ("m²", "m²"),
    "m3": ("m³", "m³"),
    "kwh": ("kWh", "kWh"),
    "year": ("year", "years"),
    "permille": ("‰", "‰"),
}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def is_money(unit: str) -> bool:
    return unit in CURRENCY_PREFIX


def qualifier_words(qualifier: str | None) -> str:
    """Words that carry a qualifier into prose; unknown or empty reads as exact."""
    return QUALIFIER_WORDS.get(qualifier or "exact", "")


def _trim(number: float, decimals: int) -> str:
    text = f"{number:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def scaled(value: float, precise: bool = True) -> str:
    """1.21e9 -> '1.21 billion'. Stated figures keep their digits; derived ones get
    four significant digits, so no false precision appears."""
    for size, word in _SCALES:
        if abs(value) >= size:
            number = value / size
            if precise:
                return f"{_trim(number, 3)} {word}"
            return f"{_significant(number, 4)} {word}"
    if precise or abs(value) >= 1000:
        return _trim(value, 2 if precise else 0)
    return _significant(value, 3)


def _significant(number: float, digits: int) -> str:
    if number == 0:
        return "0"
    magnitude = int(math.floor(math.log10(abs(number))))
    decimals = max(digits - 1 - magnitude, 0)
    return f"{number:,.{decimals}f}"


def amount(value: float, unit: str, precise: bool = True) -> str:
    """A value with its unit and no qualifier: 'RMB 1.21 billion', '18', '35.5%'."""
    if is_money(unit):
        return f"{CURRENCY_PREFIX[unit]} {scaled(value, precise)}"
    if unit == "percent":
        return f"{_trim(value, 2) if precise else f'{value:.1f}'}%"
    number = scaled(value, precise)
    singular, plural = UNIT_WORDS.get(unit, (unit, unit))
    word = singular if value == 1 else plural
    return f"{number} {word}".strip()


def figure(value: float, unit: str, qualifier: str | None = "exact", precise: bool = True) -> str:
    """A value as a reader should quote it: 'more than 40', 'about RMB 42 million'."""
    words = qualifier_words(qualifier)
    text = amount(value, unit, precise)
    return f"{words} {text}" if words else text


def growth(pct: float | None) -> str:
    """'+16.6%', '-3.0%'; empty when there is no stated change."""
    if pct is None or (isinstance(pct, float) and math.isnan(pct)):
        return ""
    sign = "+" if pct > 0 else "−" if pct < 0 else "±"
    return f"{sign}{abs(pct):.1f}%"


def growth_words(pct: float) -> str:
    """'up 16.6%' / 'down 3.0%' / 'unchanged' for sentences."""
    if pct > 0:
        return f"up {pct:.1f}%"
    if pct < 0:
        return f"down {abs(pct):.1f}%"
    return "unchanged"


def share(fraction: float) -> str:
    """0.1801 -> '18.0%'."""
    return f"{fraction * 100:.1f}%"


def long_date(day: date) -> str:
    """'26 November 2026': unambiguous for readers in every country."""
    return f"{day.day} {day:%B %Y}"
