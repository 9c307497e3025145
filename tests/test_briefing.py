"""The story module on real data and on a data set that lacks most figures."""

from __future__ import annotations

import pytest

from lushun_analysis import charts
from lushun_analysis.briefing import Briefing
from lushun_analysis.errors import InputError

from .conftest import SECOND_ZONE_ROWS, row, write_dataset


def texts(blocks: list) -> str:
    return " ".join(repr(b) for b in blocks if not isinstance(b, charts.Chart))


def test_lushun_sections_and_sentences() -> None:
    brief = Briefing.load()
    assert (brief.zone, brief.year, brief.currency) == ("Lushun Development Zone", 2017, "CNY")
    economy = texts(brief.economy())
    assert "Fiscal revenue came to RMB 1.21 billion in 2017, up 16.6% on 2016." in economy
    assert "an increase of about RMB 172.3 million on the implied 2016 level of RMB 1.038 billion" in economy
    structure = texts(brief.industrial_structure())
    assert "The zone reported more than 40 industrial enterprises." in structure
    assert "The zone reported 19 enterprises with output above RMB 100 million." in structure
    assert "at most RMB 263.8 million" in structure
    assert "23.8%" in texts(brief.section("livelihood"))
    assert brief.other_topics() == []


def test_lead_changes_with_the_data(tmp_path) -> None:
    data = write_dataset(tmp_path, SECOND_ZONE_ROWS)
    brief = Briefing.load(data)
    lead = repr(brief.lead())
    assert lead.startswith("In 2019, Harbour Test Zone reported")
    assert "RMB 2.34 billion (−3.5%)" in lead
    assert brief.industrial_structure() == [] and brief.section("projects") == []
    assert brief.other_topics() == ["tourism"]
    assert "Tourist visits came to 812,000 persons in 2019, up 12.2% on 2018." in texts(brief.section("tourism"))


def test_usd_needs_a_rate_for_the_year(tmp_path) -> None:
    data = write_dataset(tmp_path, SECOND_ZONE_ROWS)
    with pytest.raises(InputError, match="no exchange rate for 2019 in .*exchange_rates.csv"):
        Briefing.load(data, currency="USD")


def test_a_dollar_figure_in_a_yuan_briefing_needs_the_rate_too(tmp_path) -> None:
    rows = SECOND_ZONE_ROWS + [row(topic="trade", indicator="exports", label="Exports", value=5e7, unit="USD",
                                   quote="Exports reached US$ 50 million.")]
    with pytest.raises(InputError, match="need converting.*no exchange rate for 2019"):
        Briefing.load(write_dataset(tmp_path / "a", rows))
    brief = Briefing.load(write_dataset(tmp_path / "b", rows, rates="year,currency,per_usd,source\n2019,CNY,6.9,test\n"))
    assert "RMB 345.0 million" in texts(brief.section("trade"))


def test_lead_prefers_money_and_counts_in_the_singular(tmp_path) -> None:
    rows = [row(indicator="visitors", label="Visitors", value=9e8, unit="person", growth_pct=3, quote="q1."),
            row(indicator="fiscal_revenue", label="Fiscal revenue", value=1e8, growth_pct=2, quote="q2.")]
    lead = repr(Briefing.load(write_dataset(tmp_path / "a", rows)).lead())
    assert lead.index("fiscal revenue") < lead.index("visitors")
    single = repr(Briefing.load(write_dataset(tmp_path / "b", rows[1:])).lead())
    assert "sets out the one published figure across 1 topic," in single


def test_zone_is_required_when_the_data_has_several(tmp_path) -> None:
    data = write_dataset(tmp_path, SECOND_ZONE_ROWS + [row(zone="Other Zone", indicator="x", label="X", value=1, quote="q")])
    with pytest.raises(InputError, match="Harbour Test Zone; Other Zone"):
        Briefing.load(data)
    assert Briefing.load(data, zone="Other Zone").zone == "Other Zone"
