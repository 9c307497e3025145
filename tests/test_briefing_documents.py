"""Real builds (papermill + nbconvert + XeLaTeX), read back as a reader gets them."""

from __future__ import annotations

import json
import re
from datetime import date

import pandas as pd
import pytest
from pypdf import PdfReader

from lushun_analysis import fmt

from .conftest import ROOT, Built

FIGURES = pd.read_csv(ROOT / "data" / "indicators.csv")
CODE_MARKERS = ["import ", "Briefing.load", "show(", "In [", "lushun_analysis", "data_path", "Traceback", "Warning"]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_build_writes_and_prints_three_files(lushun_cny: Built) -> None:
    printed = lushun_cny.result.stdout.split()
    for ext in ("html", "pdf", "ipynb"):
        assert lushun_cny.path(ext).stat().st_size > 1000
        assert any(p.endswith(f"{lushun_cny.stem}.{ext}") for p in printed)
    assert not [p for p in lushun_cny.out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("index", range(len(FIGURES)))
def test_every_release_figure_is_in_both_documents_with_its_qualifier(lushun_cny: Built, index: int) -> None:
    figure = FIGURES.iloc[index]
    qualifier = figure["qualifier"] if isinstance(figure["qualifier"], str) else "exact"
    expected = fmt.figure(figure["value"], figure["unit"], qualifier)
    assert expected in flat(lushun_cny.pdftotext)
    assert expected in lushun_cny.html
    if pd.notna(figure["growth_pct"]):
        assert fmt.growth(figure["growth_pct"]) in flat(lushun_cny.pdftotext)


def test_headline_figures_read_as_the_issue_asks(lushun_cny: Built) -> None:
    text = flat(lushun_cny.pdftotext)
    for phrase in ["RMB 1.21 billion", "+16.6%", "more than 40", "about RMB 42 million", "at most RMB 263.8 million",
                   "more than 18.0%", "RMB 10.55 billion"]:
        assert phrase in text, phrase


def test_pdf_is_a4_with_page_numbers_and_metadata(lushun_cny: Built) -> None:
    reader = PdfReader(lushun_cny.path("pdf"))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata.title == "Lushun Development Zone: 2017 briefing"
    assert "Lushun Development Zone" in reader.metadata.subject
    pages = len(reader.pages)
    text = flat(lushun_cny.pdftotext)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_pdf_has_title_block_sections_and_captions(lushun_cny: Built) -> None:
    text = flat(lushun_cny.pdftotext)
    assert "DEVELOPMENT ZONE BRIEFING" in text
    assert f"Generated {fmt.long_date(date.today())}" in text
    for section in ["Key figures", "Economy", "Industrial structure", "Innovation", "Projects", "People’s livelihood", "Notes on the data", "Sources"]:
        assert section in text.replace("'", "’"), section
    assert re.search(r"Figure 1: .+", text) and "Figure 4:" in text
    assert "http://en.dl.gov.cn/Residents/SS/21697.jhtml" in text


def pdf_string(raw: bytes) -> str:
    """Decode a PDF literal string (octal escapes, UTF-16 with a byte-order mark)."""
    data = re.sub(rb"\\([0-7]{1,3}|.)", lambda m: bytes([int(m.group(1), 8)]) if m.group(1).isdigit()
                  else m.group(1), raw)
    return data.decode("utf-16") if data.startswith(b"\xfe\xff") else data.decode("latin-1")


def test_pdf_charts_carry_alt_text(lushun_cny: Built) -> None:
    reader = PdfReader(lushun_cny.path("pdf"))
    streams = b"".join(page.get_contents().get_data() for page in reader.pages)
    alts = [pdf_string(m) for m in re.findall(rb"/Alt\((.*?)\)>>\s*BDC", streams, re.S)]
    assert len(alts) == 4
    assert all(alt.startswith("Bar chart") for alt in alts)
    assert "Fiscal revenue: RMB 1.21 billion in 2017" in alts[0]


def test_pdf_charts_are_vector(lushun_cny: Built) -> None:
    reader = PdfReader(lushun_cny.path("pdf"))
    assert all(not page.images for page in reader.pages)
    forms = [x for page in reader.pages for x in (page.get("/Resources", {}).get("/XObject", {}) or {}).values()]
    assert len(forms) >= 4  # each chart is an embedded PDF form, not a bitmap


@pytest.mark.parametrize("marker", CODE_MARKERS)
def test_no_code_prompts_or_warnings_reach_the_reader(lushun_cny: Built, marker: str) -> None:
    assert marker not in lushun_cny.pdf_text
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)[^>]*>.*?</\1>", "", lushun_cny.html, flags=re.S))
    assert marker not in visible


def test_html_is_self_contained(lushun_cny: Built) -> None:
    html = lushun_cny.html
    assert "<script" not in html
    assert not re.search(r"<link[^>]+href", html)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "@import" not in html
    images = re.findall(r"<img [^>]*>", html)
    assert len(images) == 4
    assert all('src="data:image/svg+xml;base64,' in img for img in images)
    assert all(re.search(r'alt="Bar chart[^"]{20,}"', img) for img in images)
    assert html.count("<figcaption>") == 4
    assert html.count("<table") >= 2 and "<th" in html


def test_html_title_block(lushun_cny: Built) -> None:
    html = lushun_cny.html
    assert "<title>Lushun Development Zone: 2017 briefing</title>" in html
    assert "<h1>Lushun Development Zone</h1>" in html
    assert f"Generated {fmt.long_date(date.today())}" in html


def test_executed_notebook_keeps_outputs_and_parameters(lushun_cny: Built) -> None:
    nb = json.loads(lushun_cny.path("ipynb").read_text(encoding="utf-8"))
    tags = [t for c in nb["cells"] for t in c.get("metadata", {}).get("tags", [])]
    assert "injected-parameters" in tags
    assert sum(len(c.get("outputs", [])) for c in nb["cells"]) > 10


def test_usd_briefing_converts_with_the_years_rate(lushun_usd: Built) -> None:
    rate = pd.read_csv(ROOT / "data" / "exchange_rates.csv").query("year == 2017")["per_usd"].iloc[0]
    text = flat(lushun_usd.pdftotext)
    assert fmt.figure(1.21e9 / rate, "USD", precise=False) == "US$ 179.0 million"
    assert "US$ 179.0 million" in text and "US$ 179.0 million" in lushun_usd.html
    assert f"{rate:g} CNY per US dollar" in text
    assert "Amounts in US dollars" in text
    assert "RMB 1.21 billion" in text  # the notes still quote the figure as published


def test_second_zone_builds_with_its_own_figures(second_zone: Built) -> None:
    text = flat(second_zone.pdftotext)
    assert "Harbour Test Zone" in text and "Harbour Test Zone" in second_zone.html
    for phrase in ["RMB 2.34 billion", "−3.5%", "812,000 persons", "+12.2%", "more than 73", "RMB 61 million", "Tourism"]:
        assert phrase in text, phrase
    for absent in ["Lushun", "Boyang", "RMB 1.21 billion", "Industrial structure"]:
        assert absent not in text and absent not in second_zone.html
    assert "down 3.5% on 2018" in text
