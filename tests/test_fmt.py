from __future__ import annotations

from datetime import date

import pytest

from lushun_analysis import fmt


@pytest.mark.parametrize("value, unit, qualifier, precise, expected", [
    (1.21e9, "CNY", "exact", True, "RMB 1.21 billion"),
    (10.55e9, "CNY", "exact", True, "RMB 10.55 billion"),
    (88e6, "CNY", "exact", True, "RMB 88 million"),
    (42e6, "CNY", "approx", True, "about RMB 42 million"),
    (40, "count", "at_least", True, "more than 40"),
    (263.75e6, "CNY", "at_most", False, "at most RMB 263.8 million"),
    (1.21e9 / 6.7588, "USD", "exact", False, "US$ 179.0 million"),
    (10000, "CNY", "exact", True, "RMB 10,000"),
    (298900, "person", "exact", True, "298,900 persons"),
    (1, "household", "exact", True, "1 household"),
    (35.5, "percent", "exact", True, "35.5%"),
    (18.0118, "percent", "at_least", False, "more than 18.0%"),
    (3.2e12, "CNY", "exact", True, "RMB 3.2 trillion"),
    (12, "km2", "", True, "12 km²"),
])
def test_figure(value: float, unit: str, qualifier: str, precise: bool, expected: str) -> None:
    assert fmt.figure(value, unit, qualifier, precise) == expected


@pytest.mark.parametrize("pct, expected, words", [(16.6, "+16.6%", "up 16.6%"), (-3, "−3.0%", "down 3.0%"), (0, "±0.0%", "unchanged")])
def test_growth(pct: float, expected: str, words: str) -> None:
    assert fmt.growth(pct) == expected
    assert fmt.growth_words(pct) == words


def test_missing_growth_is_empty() -> None:
    assert fmt.growth(None) == "" and fmt.growth(float("nan")) == ""


def test_every_qualifier_reaches_the_words() -> None:
    for qualifier, words in fmt.QUALIFIER_WORDS.items():
        assert fmt.figure(5, "count", qualifier).startswith(words)


def test_long_date() -> None:
    assert fmt.long_date(date(2026, 11, 6)) == "6 November 2026"
