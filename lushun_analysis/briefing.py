"""The briefing's story: which sections exist, and what each one shows.

A notebook cell asks for one section and displays what comes back; a section
whose topics are absent from the data returns nothing, so any zone or year
gets only the analyses its figures support.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import charts, config, derive, fmt, narrative
from .data import Dataset, load_dataset, resolve_year, resolve_zone
from .display import Block, Bullets, Heading, Paragraph, Strong, Table
from .errors import InputError

ECONOMY_TOPICS = ("fiscal", "economy")
STRUCTURE_TOPICS = ("industry",)
OTHER_SECTIONS = {
    "innovation": ("Innovation", ("innovation",)),
    "projects": ("Projects", ("projects", "investment")),
    "livelihood": ("People's livelihood", derive.SOCIAL_TOPICS),
}
KNOWN_TOPICS = set(ECONOMY_TOPICS) | set(STRUCTURE_TOPICS) | {t for _, ts in OTHER_SECTIONS.values() for t in ts}


@dataclass
class Briefing:
    """One zone, one year, one currency: the figures ready to show."""

    dataset: Dataset
    zone: str
    year: int
    currency: str
    figures: pd.DataFrame
    per_usd: float | None

    @classmethod
    def load(cls, data_path: str | Path | None = None, zone: str = "", year: int | None = None,
             currency: str = "CNY") -> "Briefing":
        """Validate the data, then resolve the zone (the data's only one) and year (its latest)."""
        dataset = load_dataset(data_path)
        zone = resolve_zone(dataset, zone)
        year = resolve_year(dataset, zone, year)
        currency = currency.upper()
        if currency not in config.CURRENCIES:
            raise InputError(f"parameter `currency`: {currency!r} is not one of {', '.join(config.CURRENCIES)}")
        per_usd = dataset.rate(year)
        if dataset.records.needs_rate(zone, year, currency) and per_usd is None:
            raise InputError(f"parameter `currency`: the {year} figures need converting, but there is no "
                             f"exchange rate for {year} in {dataset.records.rate_source()}")
        return cls(dataset, zone, year, currency, _in_currency(dataset.figures(zone, year), currency, per_usd), per_usd)

    def topic_rows(self, topics: tuple[str, ...]) -> pd.DataFrame:
        return self.figures[self.figures["topic"].isin(topics)]

    def lead(self) -> Paragraph:
        return narrative.lead(self.zone, self.year, self.figures)

    def key_figures(self) -> Table:
        """Every figure with its change and implied previous-year value."""
        rows = []
        for _, row in self.figures.iterrows():
            previous = fmt.figure(row["display_previous"], row["display_unit"], row["qualifier"], precise=False) if pd.notna(row["growth_pct"]) else "–"
            rows.append((row["label"], narrative.figure_text(row), fmt.growth(row["growth_pct"]) or "–", previous))
        return Table(
            ("Figure", f"{self.year}", "Change", f"{self.year - 1} (implied)"), tuple(rows),
            caption=f"Key figures, {self.zone}, {self.year}", numeric=(False, True, True, True), widths=(0.42, None, None, None),
        )

    def economy(self) -> list[Block | charts.Chart]:
        """Fiscal figures and industry figures with a stated change; the growth charts
        compare every figure with a stated change, whatever its topic."""
        figures = self.figures
        rows = figures[figures["topic"].isin(ECONOMY_TOPICS)
                       | (figures["topic"].isin(STRUCTURE_TOPICS) & figures["growth_pct"].notna())]
        growth = figures[figures["growth_pct"].notna()]
        if rows.empty and growth.empty:
            return []
        blocks: list[Block | charts.Chart] = [Heading("Economy")]
        blocks += self._sentences(rows)
        if len(growth) >= 2:
            blocks.append(Paragraph(*narrative.growth_comparison(growth)))
        if len(growth):
            blocks.append(charts.previous_vs_current(_chart_frame(growth), self.year,
                          f"{self.year} figures against the {self.year - 1} level implied by their stated growth rates."))
        if len(growth) >= 2:
            blocks.append(charts.growth_rates(growth, f"Year-on-year growth as stated in the release, {self.year}."))
        return blocks

    def industrial_structure(self) -> list[Block | charts.Chart]:
        """Industry counts and the bounds derived from them."""
        rows = self.topic_rows(STRUCTURE_TOPICS)
        rows = rows[rows["growth_pct"].isna()]
        if rows.empty:
            return []
        blocks: list[Block | charts.Chart] = [Heading("Industrial structure")]
        blocks += [Paragraph(*narrative.figure_sentence(r, self.year)) for _, r in rows.iterrows()]
        found = [d for d in (derive.output_per_enterprise(self.figures), derive.large_enterprise_share(self.figures)) if d]
        if found:
            blocks.append(Bullets(tuple(Paragraph(*narrative.derived_sentence(d, self.currency, self.per_usd)) for d in found)))
        counts = rows[rows["unit"] == "count"]
        if len(counts) >= 2:
            blocks.append(charts.amounts(counts, f"Counts of enterprises and industries, {self.year}."))
        return blocks

    def section(self, key: str) -> list[Block | charts.Chart]:
        """Innovation, projects or livelihood; other topics get a section of their own."""
        title, topics = OTHER_SECTIONS.get(key, (key.replace("_", " ").capitalize(), (key,)))
        rows = self.topic_rows(tuple(topics))
        if rows.empty:
            return []
        blocks: list[Block | charts.Chart] = [Heading(title)]
        blocks += self._sentences(rows)
        if key == "livelihood":
            blocks += self._livelihood_extras()
        return blocks

    def _sentences(self, rows: pd.DataFrame) -> list[Block | charts.Chart]:
        """A sentence per figure, plus the absolute change behind each growth rate."""
        blocks: list[Block | charts.Chart] = []
        for _, row in rows.iterrows():
            blocks.append(Paragraph(*narrative.figure_sentence(row, self.year)))
            if pd.notna(row["growth_pct"]):
                blocks.append(Paragraph(*narrative.change_sentence(row, self.year)))
        return blocks

    def other_topics(self) -> list[str]:
        """Topics outside the fixed sections, in order of first appearance."""
        return [t for t in dict.fromkeys(self.figures["topic"]) if t not in KNOWN_TOPICS]

    def _livelihood_extras(self) -> list[Block | charts.Chart]:
        extras: list[Block | charts.Chart] = []
        found = derive.relative_to_revenue(self.figures)
        total = [d for d in found if d.indicator == "social_investment_to_revenue"]
        relative = {d.inputs[0]: d for d in found if d not in total}
        if total:
            projects = len(total[0].inputs) - 1
            extras.append(Paragraph(f"Together, the {projects} named social projects represent investment equal to",
                                    Strong(fmt.figure(total[0].value, "percent", total[0].qualifier, precise=False)),
                                    "of one year's fiscal revenue. Project totals are spent over several years, so this shows scale, not one year's spending."))
        money = derive.social_investment(self.figures)
        if len(money):
            notes = [f"{fmt.share(relative[i].value / 100)} of fiscal revenue" if i in relative else "" for i in money["indicator"]]
            extras.append(charts.amounts(_chart_frame(money), f"Social investment and spending named in the release, {self.year}, in {self._currency_name()}.",
                                         value_column="display_value", unit_column="display_unit", notes=notes))
        return extras

    def _currency_name(self) -> str:
        return "US dollars" if self.currency == "USD" else "yuan"

    def notes(self) -> list[Block]:
        """Qualifiers, derivations, sentences and sources: what a careful reader checks."""
        from .notes import notes_blocks

        return notes_blocks(self)


def _in_currency(figures: pd.DataFrame, currency: str, per_usd: float | None) -> pd.DataFrame:
    """Add display columns in the briefing's currency next to the values as published."""
    figures = figures.copy()
    converted = [derive.to_currency(v, u, currency, per_usd) for v, u in zip(figures["value"], figures["unit"])]
    figures["display_value"] = [v for v, _ in converted]
    figures["display_unit"] = [u for _, u in converted]
    figures["converted"] = figures["display_unit"] != figures["unit"]
    factor = figures["display_value"] / figures["value"].where(figures["value"] != 0, 1)
    previous = derive.implied_previous(figures["value"], figures["growth_pct"])
    figures["display_previous"] = previous * factor
    figures["display_change"] = (figures["value"] - previous) * factor
    return figures


def _chart_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows with chart-ready columns in the display currency."""
    frame = rows.copy()
    frame["value"] = frame["display_value"]
    frame["unit"] = frame["display_unit"]
    frame["implied_previous_value"] = frame["display_previous"]
    return frame
