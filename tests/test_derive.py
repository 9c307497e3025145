from __future__ import annotations

import pandas as pd
import pytest

from lushun_analysis import derive


def figures(*rows: tuple) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["topic", "indicator", "label", "value", "unit", "qualifier", "growth_pct"])
    frame["growth_pct"] = frame["growth_pct"].astype(float)
    return frame


LUSHUN_LIKE = figures(
    ("fiscal", "fiscal_revenue", "Fiscal revenue", 1.21e9, "CNY", "exact", 16.6),
    ("industry", "industrial_enterprises", "Industrial enterprises", 40, "count", "at_least", None),
    ("industry", "industrial_output_value", "Total industrial output value", 10.55e9, "CNY", "exact", 5.6),
    ("industry", "large_industrial_enterprises", "Large enterprises", 19, "count", "exact", None),
    ("industry", "large_enterprise_output_threshold", "Threshold", 1e8, "CNY", "at_least", None),
    ("education", "school_investment", "School, total investment", 88e6, "CNY", "exact", None),
    ("health", "hospital_investment", "Hospital, total investment", 200e6, "CNY", "exact", None),
    ("welfare", "policy_funds", "Funds", 42e6, "CNY", "approx", None),
)


@pytest.mark.parametrize("first, second, expected", [
    ("exact", "exact", "exact"), ("exact", "at_least", "at_least"), ("at_least", "at_least", "at_least"),
    ("approx", "at_most", "approx"), ("at_least", "at_most", None),
])
def test_combine_qualifiers(first: str, second: str, expected: str | None) -> None:
    assert derive.combine_qualifiers(first, second) == expected


@pytest.mark.parametrize("numerator, denominator, expected", [
    ("exact", "at_least", "at_most"), ("at_least", "exact", "at_least"), ("at_least", "at_most", "at_least"),
    ("at_least", "at_least", None), ("approx", "exact", "approx"),
])
def test_ratio_qualifier(numerator: str, denominator: str, expected: str | None) -> None:
    assert derive.ratio_qualifier(numerator, denominator) == expected


def test_previous_year_inverts_the_growth_rate() -> None:
    rows = derive.previous_year(LUSHUN_LIKE)
    assert list(rows["indicator"]) == ["fiscal_revenue", "industrial_output_value"]
    revenue = rows.iloc[0]
    assert revenue["implied_previous_value"] * 1.166 == pytest.approx(1.21e9)
    assert revenue["absolute_change"] == pytest.approx(1.21e9 - 1.21e9 / 1.166)


def test_output_per_enterprise_is_an_upper_bound_when_the_count_is_a_lower_one() -> None:
    found = derive.output_per_enterprise(LUSHUN_LIKE)
    assert found.value == pytest.approx(10.55e9 / 40) and found.qualifier == "at_most"


def test_large_enterprise_share_is_a_lower_bound() -> None:
    found = derive.large_enterprise_share(LUSHUN_LIKE)
    assert found.value == pytest.approx(100 * 19 * 1e8 / 10.55e9) and found.qualifier == "at_least"


def test_relative_to_revenue_covers_social_money_figures_and_their_total() -> None:
    found = {d.indicator: d for d in derive.relative_to_revenue(LUSHUN_LIKE)}
    assert found["social_investment_to_revenue"].value == pytest.approx(100 * 288e6 / 1.21e9)
    assert found["policy_funds_to_revenue"].qualifier == "approx"
    assert "project totals" in found["school_investment_to_revenue"].method


def test_analyses_disappear_when_their_inputs_are_missing() -> None:
    without = LUSHUN_LIKE[~LUSHUN_LIKE["indicator"].isin(["industrial_enterprises", "fiscal_revenue"])]
    assert derive.output_per_enterprise(without) is None
    assert derive.relative_to_revenue(without) == []
    assert [d.indicator for d in derive.derived_figures(without)] == ["large_enterprise_output_share"]


def test_to_currency() -> None:
    assert derive.to_currency(6.7588e6, "CNY", "USD", 6.7588) == (pytest.approx(1e6), "USD")
    assert derive.to_currency(40, "count", "USD", 6.7588) == (40, "count")
    with pytest.raises(ValueError):
        derive.to_currency(1, "CNY", "USD", None)
