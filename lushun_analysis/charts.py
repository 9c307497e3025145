"""One chart style for every figure, shipped as vector graphics with caption and alt text.

A chart is displayed as HTML (an SVG image with alt text and a caption) and as
PDF bytes for LaTeX, whose template reads the caption from the output
metadata. No Inkscape and no raster image ever reaches the PDF.
"""

from __future__ import annotations

import base64
import io
import textwrap
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

import matplotlib
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from . import escape, fmt

ACCENT = "#1f5f8b"
MUTED = "#b8c4ce"
NEGATIVE = "#b5473a"
WIDTH_IN = 6.3
STYLE = {
    "font.family": ["DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP"],
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "svg.fonttype": "path",
    "text.parse_math": False,  # a "$" in a label is text, never mathtext
    "svg.hashsalt": "lushun-analysis",
    "pdf.fonttype": 42,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
METADATA_KEY = "lushun-figure"


@dataclass(frozen=True)
class Chart:
    """A finished chart: both vector renderings plus the words a reader needs."""

    svg: bytes
    pdf: bytes
    caption: str
    alt: str

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> tuple[dict, dict]:
        html = (
            '<figure class="lushun-figure">'
            f'<img src="data:image/svg+xml;base64,{base64.b64encode(self.svg).decode()}" '
            f'alt="{escape.html_text(self.alt)}" role="img">'
            f"<figcaption>{escape.html_text(self.caption)}</figcaption></figure>"
        )
        data = {
            "text/html": html,
            "application/pdf": base64.b64encode(self.pdf).decode(),
            "text/plain": f"Figure: {self.caption}",
        }
        meta = {METADATA_KEY: {"caption": escape.clean(self.caption), "alt": escape.clean(self.alt)}}
        return data, meta


@contextmanager
def chart_style() -> Iterator[None]:
    """The house style, applied only while a chart is drawn."""
    with sns.axes_style("ticks"), matplotlib.rc_context(STYLE):
        yield


def _figure(height: float) -> Figure:
    """A figure outside pyplot: drawing a chart never touches the analyst's backend."""
    fig = Figure(figsize=(WIDTH_IN, height))
    FigureCanvasAgg(fig)
    return fig


def _finish(fig: Figure, caption: str, alt: str) -> Chart:
    _fit_labels(fig)
    svg, pdf = io.BytesIO(), io.BytesIO()
    fig.savefig(svg, format="svg", metadata={"Date": None})
    fig.savefig(pdf, format="pdf", metadata={"CreationDate": None, "ModDate": None})
    return Chart(svg.getvalue(), pdf.getvalue(), caption, alt)


def _label_bars(ax: Axes, labels: list[str]) -> None:
    """Each value beside the end of its bar: right of a positive bar, left of a negative one."""
    for patch, text in zip(ax.patches, labels):
        negative = patch.get_width() < 0
        ax.annotate(
            text, (patch.get_x() + patch.get_width(), patch.get_y() + patch.get_height() / 2),
            xytext=(-4 if negative else 4, 0), textcoords="offset points", va="center", fontsize=8,
            ha="right" if negative else "left",
        )


def _wrapped(labels: pd.Series, width: int = 30) -> list[str]:
    """Axis labels on at most a few short lines, so long labels don't squeeze the bars."""
    return ["\n".join(textwrap.wrap(str(l), width)) or " " for l in labels]


def _hide_value_axis(ax: Axes) -> None:
    """The bars carry their values, so the axis would only repeat them."""
    ax.xaxis.set_visible(False)
    ax.spines["bottom"].set_visible(False)


def _fit_labels(fig: Figure) -> None:
    """Stretch each axis just enough that every value label ends inside it, on either side."""
    fig.tight_layout()
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        low, high = ax.get_xlim()
        box = ax.get_window_extent(renderer)
        span, new_low, new_high = high - low, low, high
        for text, patch in zip(ax.texts, ax.patches):
            reach = patch.get_x() + patch.get_width()
            free = box.width - text.get_window_extent(renderer).width - 8
            if free <= 0:
                continue
            if reach > 0:
                new_high = max(new_high, low + (reach - low) * box.width / free)
            elif reach < 0:
                new_low = min(new_low, high - (high - reach) * box.width / free)
        if (new_low, new_high) != (low, high) and span > 0:
            ax.set_xlim(new_low, new_high)


def previous_vs_current(rows: pd.DataFrame, year: int, caption: str) -> Chart:
    """One small panel per figure, since growth figures rarely share a scale."""
    with chart_style():
        fig = _figure(0.85 + 0.75 * len(rows))
        axes = fig.subplots(len(rows), 1, squeeze=False)
        alt_parts = []
        for ax, (_, row) in zip(axes[:, 0], rows.iterrows()):
            values = [row["implied_previous_value"], row["value"]]
            ax.barh([f"{year - 1} (implied)", str(year)], values, color=[MUTED, ACCENT], height=0.6)
            labels = [fmt.figure(values[0], row["unit"], row["qualifier"], precise=False),
                      fmt.figure(values[1], row["unit"], row["qualifier"], precise=not row.get("converted", False))]
            _label_bars(ax, labels)
            _hide_value_axis(ax)
            ax.set_title(row["label"], loc="left", fontweight="bold")
            ax.invert_yaxis()
            alt_parts.append(f"{row['label']}: {labels[1]} in {year}, {fmt.growth_words(row['growth_pct'])} "
                             f"from {labels[0]} implied for {year - 1}")
        return _finish(fig, caption, "Bar chart. " + "; ".join(alt_parts) + ".")


def growth_rates(rows: pd.DataFrame, caption: str) -> Chart:
    """Stated growth side by side; falls in a second colour."""
    with chart_style():
        fig = _figure(0.7 + 0.42 * len(rows))
        ax = fig.subplots()
        colors = [ACCENT if g >= 0 else NEGATIVE for g in rows["growth_pct"]]
        ax.barh(_wrapped(rows["label"]), list(rows["growth_pct"]), color=colors, height=0.55)
        labels = [fmt.growth(g) for g in rows["growth_pct"]]
        _label_bars(ax, labels)
        _hide_value_axis(ax)
        ax.axvline(0, color="#444444", linewidth=0.8)
        ax.spines["left"].set_visible(False)  # the zero line is the axis here
        ax.tick_params(axis="y", length=0)
        ax.invert_yaxis()
        alt = "; ".join(f"{l}: {g}" for l, g in zip(rows["label"], labels))
        return _finish(fig, caption, f"Bar chart of year-on-year growth. {alt}.")


def amounts(rows: pd.DataFrame, caption: str, value_column: str = "value", unit_column: str = "unit",
            notes: list[str] | None = None) -> Chart:
    """Horizontal bars with the formatted figure (and its qualifier) beside each bar."""
    with chart_style():
        fig = _figure(0.7 + 0.45 * len(rows))
        ax = fig.subplots()
        ax.barh(_wrapped(rows["label"]), list(rows[value_column]), color=ACCENT, height=0.55)
        precise = ~rows["converted"] if "converted" in rows else [True] * len(rows)
        labels = [fmt.figure(v, u, q, precise=bool(p))
                  for v, u, q, p in zip(rows[value_column], rows[unit_column], rows["qualifier"], precise)]
        if notes:
            labels = [f"{l} ({n})" if n else l for l, n in zip(labels, notes)]
        _label_bars(ax, labels)
        _hide_value_axis(ax)
        ax.invert_yaxis()
        alt = "; ".join(f"{l}: {t}" for l, t in zip(rows["label"], labels))
        return _finish(fig, caption, f"Bar chart. {alt}.")
