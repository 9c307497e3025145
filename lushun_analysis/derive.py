"""Figures an analyst computes from the stated ones, with the bound each one keeps.

Every derivation checks that its inputs exist in the data, so a zone or year
without them simply gets fewer analyses. Qualifiers travel through the
arithmetic: dividing output by "more than 40" enterprises gives an upper
bound, and the result says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .fmt import is_money

SOCIAL_TOPICS = ("education", "health", "welfare")
_FLIP = {"at_least": "at_most", "at_most": "at_least"}
BOUND_WORDS = {"exact": "exact", "approx": "approximate", "at_least": "a lower bound", "at_most": "an upper bound"}


@dataclass(frozen=True)
class Derived:
    """One computed figure and the sentence that explains how it was reached."""

    indicator: str
    label: str
    value: float
    unit: str
    qualifier: str
    method: str
    inputs: tuple[str, ...]


def combine_qualifiers(first: str, second: str) -> str | None:
    """Qualifier of a product (or sum) of two positive figures; None when the bounds
    pull in opposite directions and nothing can be said."""
    if first == "exact":
        return second
    if second == "exact" or first == second:
        return first
    if "approx" in (first, second):
        return "approx"
    return None


def ratio_qualifier(numerator: str, denominator: str) -> str | None:
    """Dividing by a lower bound gives an upper bound, and vice versa."""
    return combine_qualifiers(numerator, _FLIP.get(denominator, denominator))


def implied_previous(value: "pd.Series", growth_pct: "pd.Series") -> "pd.Series":
    """The previous year's level that a stated growth rate implies (NaN without one)."""
    return value / (1 + growth_pct / 100)


def previous_year(figures: pd.DataFrame) -> pd.DataFrame:
    """Implied previous-year value and absolute change for every row stating growth."""
    rows = figures[figures["growth_pct"].notna()].copy()
    rows["implied_previous_value"] = implied_previous(rows["value"], rows["growth_pct"])
    rows["absolute_change"] = rows["value"] - rows["implied_previous_value"]
    return rows.reset_index(drop=True)


def _row(figures: pd.DataFrame, indicator: str) -> pd.Series | None:
    match = figures[figures["indicator"] == indicator]
    return match.iloc[0] if len(match) else None


def output_per_enterprise(figures: pd.DataFrame) -> Derived | None:
    output, firms = _row(figures, "industrial_output_value"), _row(figures, "industrial_enterprises")
    if output is None or firms is None or firms["value"] <= 0:
        return None
    qualifier = ratio_qualifier(output["qualifier"], firms["qualifier"])
    if qualifier is None:
        return None
    return Derived(
        "output_per_enterprise", "Industrial output per enterprise", output["value"] / firms["value"],
        output["unit"], qualifier,
        f"{output['label']} divided by the number of {firms['label'].lower()}; "
        f"the enterprise count is {BOUND_WORDS[firms['qualifier']]}, so the result is {BOUND_WORDS[qualifier]}.",
        (output["indicator"], firms["indicator"]),
    )


def large_enterprise_share(figures: pd.DataFrame) -> Derived | None:
    large = _row(figures, "large_industrial_enterprises")
    threshold = _row(figures, "large_enterprise_output_threshold")
    output = _row(figures, "industrial_output_value")
    if large is None or threshold is None or output is None or output["value"] <= 0:
        return None
    floor = combine_qualifiers(large["qualifier"], threshold["qualifier"])
    qualifier = ratio_qualifier(floor, output["qualifier"]) if floor else None
    if qualifier is None:
        return None
    return Derived(
        "large_enterprise_output_share", "Share of industrial output from the largest enterprises",
        100 * large["value"] * threshold["value"] / output["value"], "percent", qualifier,
        f"{large['value']:.0f} enterprises each above the output threshold, times that threshold, "
        f"divided by {output['label'].lower()}.",
        (large["indicator"], threshold["indicator"], output["indicator"]),
    )


def relative_to_revenue(figures: pd.DataFrame) -> list[Derived]:
    """Social spending and investment against one year's fiscal revenue, for scale."""
    revenue = _row(figures, "fiscal_revenue")
    if revenue is None or revenue["value"] <= 0:
        return []
    social = figures[figures["topic"].isin(SOCIAL_TOPICS) & figures["unit"].map(is_money)]
    social = social[social["unit"] == revenue["unit"]]
    result = []
    for _, row in social.iterrows():
        qualifier = ratio_qualifier(row["qualifier"], revenue["qualifier"])
        if qualifier is None:
            continue
        result.append(Derived(
            f"{row['indicator']}_to_revenue", f"{row['label']}, relative to fiscal revenue",
            100 * row["value"] / revenue["value"], "percent", qualifier,
            f"{row['label']} divided by the year's fiscal revenue; project totals can span several years.",
            (row["indicator"], revenue["indicator"]),
        ))
    total = _investment_total(figures, revenue)
    return ([total] if total else []) + result


def _investment_total(figures: pd.DataFrame, revenue: pd.Series) -> Derived | None:
    """The named social projects together; only worth a line when there are several."""
    projects = social_investment(figures)
    projects = projects[projects["indicator"].str.contains("investment") & (projects["unit"] == revenue["unit"])]
    if len(projects) < 2:
        return None
    qualifier: str | None = "exact"
    for q in projects["qualifier"]:
        qualifier = combine_qualifiers(qualifier, q) if qualifier else None
    qualifier = ratio_qualifier(qualifier, revenue["qualifier"]) if qualifier else None
    if qualifier is None:
        return None
    return Derived(
        "social_investment_to_revenue", "Investment in the named social projects, relative to fiscal revenue",
        100 * projects["value"].sum() / revenue["value"], "percent", qualifier,
        f"The total investment of {len(projects)} named social projects divided by the year's fiscal revenue; "
        "project totals are spent over several years, so this shows scale, not one year's spending.",
        tuple(projects["indicator"]) + (revenue["indicator"],),
    )


def social_investment(figures: pd.DataFrame) -> pd.DataFrame:
    """Money figures of the social topics: what the livelihood chart and totals use."""
    rows = figures[figures["topic"].isin(SOCIAL_TOPICS) & figures["unit"].map(is_money)]
    return rows.reset_index(drop=True)


def derived_figures(figures: pd.DataFrame) -> list[Derived]:
    """Every derivation the data supports, in reading order."""
    found = [output_per_enterprise(figures), large_enterprise_share(figures)]
    return [d for d in found if d is not None] + relative_to_revenue(figures)


def to_currency(value: float, unit: str, currency: str, per_usd: float | None) -> tuple[float, str]:
    """A money value in the briefing's currency; other units pass through unchanged."""
    if not is_money(unit) or unit == currency:
        return value, unit
    if per_usd is None:
        raise ValueError(f"no exchange rate to convert {unit} to {currency}")
    return (value / per_usd, "USD") if currency == "USD" else (value * per_usd, "CNY")
