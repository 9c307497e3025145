from __future__ import annotations

import base64

import pandas as pd

from lushun_analysis import charts

ROWS = pd.DataFrame({
    "label": ["Fiscal revenue", "A very long label that must wrap onto a second line <b>"],
    "value": [1.21e9, 10.55e9], "unit": ["CNY", "CNY"], "qualifier": ["exact", "approx"],
    "growth_pct": [16.6, -5.6], "implied_previous_value": [1.21e9 / 1.166, 10.55e9 / 0.944],
})


def test_chart_bundle_has_vector_pdf_svg_caption_and_alt() -> None:
    chart = charts.amounts(ROWS, "Caption with <tags> & 50%")
    data, meta = chart._repr_mimebundle_()
    assert base64.b64decode(data["application/pdf"]).startswith(b"%PDF")
    assert chart.svg.lstrip().startswith(b"<?xml") and b"<image" not in chart.svg
    assert "Caption with &lt;tags&gt; &amp; 50%" in data["text/html"]
    assert 'alt="Bar chart. Fiscal revenue: RMB 1.21 billion; ' in data["text/html"]
    assert "about RMB 10.55 billion" in chart.alt
    assert meta[charts.METADATA_KEY]["caption"] == "Caption with <tags> & 50%"


def test_growth_chart_alt_lists_each_rate() -> None:
    chart = charts.growth_rates(ROWS, "Growth")
    assert "Fiscal revenue: +16.6%" in chart.alt and "−5.6%" in chart.alt


def test_previous_vs_current_alt_describes_both_years() -> None:
    chart = charts.previous_vs_current(ROWS, 2017, "Previous")
    assert "Fiscal revenue: RMB 1.21 billion in 2017, up 16.6% from RMB 1.038 billion implied for 2016" in chart.alt


def test_charts_are_reproducible() -> None:
    assert charts.amounts(ROWS, "x").svg == charts.amounts(ROWS, "x").svg
