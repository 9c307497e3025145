"""The notes section: how each figure can be checked and what each derived one rests on."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from . import derive, fmt, narrative
from .display import Block, Bullets, Heading, Paragraph, Strong, Table

if TYPE_CHECKING:
    from .briefing import Briefing

QUALIFIER_MEANING = {
    "approx": "an approximate figure",
    "at_least": "a lower bound: the true figure is higher",
    "at_most": "an upper bound: the true figure is lower",
}


def qualifier_notes(brief: "Briefing") -> list[Block]:
    """What each non-exact figure means, so no bound is read as a point value."""
    rows = brief.figures[brief.figures["qualifier"] != "exact"]
    if rows.empty:
        return []
    items = tuple(
        Paragraph(f"{row['label']}:", Strong(narrative.figure_text(row)), f"is {QUALIFIER_MEANING[row['qualifier']]}.")
        for _, row in rows.iterrows()
    )
    return [Heading("Qualifiers", 3), Bullets(items)]


def derivation_notes(brief: "Briefing") -> list[Block]:
    """How every computed figure was reached, and at which exchange rate."""
    found = derive.derived_figures(brief.figures)
    items = [Paragraph(f"Implied {brief.year - 1} values are the {brief.year} value divided by one plus the stated growth rate.")]
    if brief.figures["growth_pct"].isna().all():
        items = []
    per_figure = [d for d in found if d.indicator.endswith("_to_revenue") and d.indicator != "social_investment_to_revenue"]
    items += [Paragraph(*narrative.derived_sentence(d, brief.currency, brief.per_usd), d.method)
              for d in found if d not in per_figure]
    if per_figure:
        shares = "; ".join(f"{d.label.removesuffix(', relative to fiscal revenue')}: {fmt.figure(d.value, d.unit, d.qualifier, precise=False)}" for d in per_figure)
        items.append(Paragraph("Relative to fiscal revenue, each figure divided by the year's fiscal revenue "
                               f"(project totals can span several years): {shares}."))
    if brief.figures["converted"].any() and brief.per_usd:
        rates = brief.dataset.exchange_rates
        source = rates[rates["year"] == brief.year]["source"].iloc[0]
        into = "US dollars" if brief.currency == "USD" else "yuan"
        items.append(Paragraph(f"Amounts in {into} that were published in another currency are converted at "
                               f"{brief.per_usd:g} CNY per US dollar, the {brief.year} annual average ({source})."))
    return [Heading("Derivations", 3), Bullets(tuple(items))] if items else []


def sentence_table(brief: "Briefing") -> Table:
    """Figure, value as published and quote; the source column only when there are several."""
    several = brief.figures["source"].nunique() > 1
    rows = []
    for _, row in brief.figures.iterrows():
        published = fmt.figure(row["value"], row["unit"], row["qualifier"])
        rows.append((row["label"], published, row["quote"]) + ((row["source"],) if several else ()))
    columns = ("Figure", "As published", "Sentence of the release") + (("Source",) if several else ())
    widths = (0.22, 0.16, 0.44, 0.12) if several else (0.24, 0.17, 0.55)
    return Table(columns, tuple(rows), caption="Every figure with the sentence that states it", widths=widths,
                 latex_size="footnotesize")


def source_notes(brief: "Briefing") -> list[Block]:
    """The releases quoted, with publisher, date and address."""
    used = brief.figures["source"].unique()
    sources = brief.dataset.sources[brief.dataset.sources["source"].isin(used)]
    items = tuple(
        Paragraph(f"{row['source']}: {row['publisher']}, “{row['title']}” ({row['published'] or 'undated'}), {row['url']}.")
        for _, row in sources.iterrows()
    )
    return [Heading("Sources", 3), Bullets(items)]


def notes_blocks(brief: "Briefing") -> list[Block]:
    """The whole notes section, ending with the parameters of this build."""
    parameters = Paragraph(
        f"Built for zone “{brief.zone}”, year {brief.year}, currency {brief.currency}, "
        f"from {brief.dataset.path.name} on {fmt.long_date(date.today())}."
    )
    return ([Heading("Notes on the data")] + qualifier_notes(brief) + derivation_notes(brief)
            + [Heading("Figures and sentences", 3), sentence_table(brief)] + source_notes(brief) + [parameters])
