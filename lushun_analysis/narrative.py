"""Sentences written from the data, so a new zone or year reads correctly without edits.

Each function takes figures already converted to the briefing's currency and
returns display runs with the figures in bold. Nothing here knows Lushun.
"""

from __future__ import annotations

import pandas as pd

from . import fmt
from .derive import Derived
from .display import Paragraph, Run, Strong


def figure_text(row: pd.Series) -> str:
    """A row's figure as the reader sees it, in the briefing's currency."""
    return fmt.figure(row["display_value"], row["display_unit"], row["qualifier"], precise=not row["converted"])


def _lower_first(text: str) -> str:
    """'Fiscal revenue' reads 'fiscal revenue' mid-sentence; 'R&D share' and names keep their capitals."""
    first = text.split(" ", 1)[0]
    ordinary = first[:1].isupper() and first[1:].islower() and first.isalpha()
    name_like = any(word[:1].isupper() and word[1:2].islower() for word in text.split()[1:])  # "Harbour School"
    return text[:1].lower() + text[1:] if ordinary and not name_like else text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def figure_sentence(row: pd.Series, year: int) -> list[Run]:
    """One sentence per figure; the verb follows the unit, so counts and amounts both read."""
    fig = Strong(figure_text(row))
    label = str(row["label"])
    if pd.notna(row["growth_pct"]):
        return [f"{label} came to", fig, f"in {year},", Strong(fmt.growth_words(row["growth_pct"])), f"on {year - 1}."]
    if row["unit"] == "count":
        return ["The zone reported", fig, f"{_lower_first(label)}."]
    if ", " in label:
        subject, measure = label.split(", ", 1)
        return [f"For {subject}, the {_lower_first(measure)} was", fig, "."]
    return [f"{label} came to", fig, "."]


def change_sentence(row: pd.Series, year: int) -> list[Run]:
    """The absolute change behind a growth rate, which a percentage alone hides."""
    unit, precise = row["display_unit"], False
    change = abs(row["display_change"])
    direction = "an increase" if row["display_change"] >= 0 else "a decrease"
    # A change in a rate is in points: 2.0% to 2.4% is 0.4 percentage points, not 0.4%.
    size = f"{change:.1f} percentage points" if unit == "percent" else fmt.amount(change, unit, precise)
    return [
        f"That is {direction} of about", Strong(size),
        f"on the implied {year - 1} level of", Strong(fmt.figure(row["display_previous"], unit, row["qualifier"], precise)), ".",
    ]


def growth_comparison(rows: pd.DataFrame) -> list[Run]:
    """Fastest against slowest growth; empty when there is nothing to compare."""
    if len(rows) < 2:
        return []
    ordered = rows.sort_values("growth_pct", ascending=False)
    fast, slow = ordered.iloc[0], ordered.iloc[-1]
    if fast["growth_pct"] == slow["growth_pct"]:
        return [f"{fast['label']} and {_lower_first(slow['label'])} grew at the same rate,", Strong(fmt.growth(fast["growth_pct"])), "."]
    if slow["growth_pct"] < 0:
        lead = [f"{fast['label']} grew fastest", Strong(f"({fmt.growth(fast['growth_pct'])})")] if fast["growth_pct"] > 0 \
            else [f"{fast['label']} fell least", Strong(f"({fmt.growth(fast['growth_pct'])})")]
        return lead + [f"while {_lower_first(slow['label'])} fell most", Strong(f"({fmt.growth(slow['growth_pct'])})"),
                       "among the figures with a stated change."]
    return [
        f"{fast['label']} grew fastest", Strong(f"({fmt.growth(fast['growth_pct'])})"),
        f"and {_lower_first(slow['label'])} slowest", Strong(f"({fmt.growth(slow['growth_pct'])})"), "among the figures with a stated change.",
    ]


def derived_sentence(item: Derived, currency: str, per_usd: float | None) -> list[Run]:
    """A computed figure in the briefing's currency, its bound in words."""
    from .derive import to_currency

    value, unit = to_currency(item.value, item.unit, currency, per_usd)
    return [f"{item.label}:", Strong(fmt.figure(value, unit, item.qualifier, precise=False)), "."]


def lead(zone: str, year: int, figures: pd.DataFrame) -> Paragraph:
    """The opening sentence: the largest amounts with a stated change, else the largest amounts.

    Amounts rank before other units, whose values are not comparable with money.
    """
    money = figures["unit"].map(fmt.is_money)
    ranked = figures.assign(_money=money).sort_values(["_money", "display_value"], ascending=False)
    growth = ranked[ranked["growth_pct"].notna()].head(3)
    picks = growth if len(growth) else ranked[ranked["_money"]].head(2)
    runs: list[Run] = [f"In {year}, {zone} reported"]
    for i, (_, row) in enumerate(picks.iterrows()):
        if i:
            runs.append(" and" if i == len(picks) - 1 else ",")
        growth_part = f" ({fmt.growth(row['growth_pct'])})" if pd.notna(row["growth_pct"]) else ""
        runs += [f"{_lower_first(row['label'])} of", Strong(figure_text(row) + growth_part)]
    topics = figures["topic"].nunique()
    if not len(picks):
        runs.append(_plural(len(figures), "figure"))
    everything = "the one published figure" if len(figures) == 1 else f"all {len(figures)} published figures"
    runs.append(f". This briefing sets out {everything} across {_plural(topics, 'topic')}, each traced to the sentence that states it.")
    return Paragraph(*runs, role="lead")
