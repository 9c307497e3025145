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
    rows = brief.figures[brief.figures["qualifier"] != "exact"]
    if rows.empty:
        return []
    items = tuple(
        Paragraph(f"{row['label']}:", Strong(narrative.figure_text(row)), f"is {QUALIFIER_MEANING[row['qualifier']]}.")
        for _, row in rows.iterrows()
    )
    return [Heading("Qualifiers", 3), Bullets(items)]


def derivation_notes(brief: "Briefing") -> list[Block]:
    found = derive.derived_figures(brief.figures)
    items = [Paragraph(f"Implied {brief.year - 1} values are the {brief.year} value divided by one plus the stated growth rate.")]
    if brief.figures["growth_pct"].isna().all():
        items = []
    items += [Paragraph(*narrative.derived_sentence(d, brief.currency, brief.per_usd), d.method) for d in found]
    if brief.currency == "USD" and brief.per_usd:
        rate = brief.dataset.exchange_rates
        source = rate[(rate["year"] == brief.year)]["source"].iloc[0]
        items.append(Paragraph(f"Amounts in US dollars are converted from yuan at {brief.per_usd:g} CNY per US dollar, "
                               f"the {brief.year} annual average ({source})."))
    return [Heading("Derivations", 3), Bullets(tuple(items))] if items else []


def sentence_table(brief: "Briefing") -> Table:
    rows = []
    for _, row in brief.figures.iterrows():
        published = fmt.figure(row["value"], row["unit"], row["qualifier"])
        rows.append((row["label"], published, row["quote"], row["source"]))
    return Table(("Figure", "As published", "Sentence of the release", "Source"), tuple(rows),
                 caption="Every figure with the sentence that states it", widths=(0.22, 0.16, 0.44, 0.12))


def source_notes(brief: "Briefing") -> list[Block]:
    used = brief.figures["source"].unique()
    sources = brief.dataset.sources[brief.dataset.sources["source"].isin(used)]
    items = tuple(
        Paragraph(f"{row['source']}: {row['publisher']}, “{row['title']}” ({row['published'] or 'undated'}), {row['url']}.")
        for _, row in sources.iterrows()
    )
    return [Heading("Sources", 3), Bullets(items)]


def notes_blocks(brief: "Briefing") -> list[Block]:
    parameters = Paragraph(
        f"Built for zone “{brief.zone}”, year {brief.year}, currency {brief.currency}, "
        f"from {brief.dataset.path.name} on {fmt.long_date(date.today())}."
    )
    return ([Heading("Notes on the data")] + qualifier_notes(brief) + derivation_notes(brief)
            + [Heading("Figures and sentences", 3), sentence_table(brief)] + source_notes(brief)
            + [Heading("Parameters", 3), parameters])
