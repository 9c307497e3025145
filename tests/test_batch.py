"""`lushun batch`: every zone and year, in parallel, failures reported, others finished."""

from __future__ import annotations

from pathlib import Path

import pytest

from lushun_analysis.batch import Job, Outcome, plan, summary
from lushun_analysis.errors import InputError

from .conftest import SECOND_ZONE_ROWS, lushun, row, write_dataset

RATES = "year,currency,per_usd,source\n2019,CNY,6.8985,test\n"


def two_zones(folder: Path) -> Path:
    """Harbour Test Zone 2019 and 2020 and a second zone in 2020; only 2019 has an exchange rate."""
    rows = list(SECOND_ZONE_ROWS)
    rows += [dict(r, year="2020") for r in SECOND_ZONE_ROWS]
    rows += [row(zone="Second Zone", year=2020, indicator="fiscal_revenue", label="Fiscal revenue", value=5e8,
                 growth_pct=2, quote="Fiscal revenue was RMB 0.5 billion, up 2%.")]
    return write_dataset(folder, rows, rates=RATES)


def test_plan_covers_every_zone_year_and_currency(tmp_path: Path) -> None:
    jobs = plan(two_zones(tmp_path / "data"), ("CNY", "USD"), tmp_path / "out")
    assert [(j.zone, j.year, j.currency) for j in jobs] == [
        ("Harbour Test Zone", 2019, "CNY"), ("Harbour Test Zone", 2020, "CNY"), ("Second Zone", 2020, "CNY"),
        ("Harbour Test Zone", 2019, "USD"), ("Harbour Test Zone", 2020, "USD"), ("Second Zone", 2020, "USD")]
    assert {j.output_dir.name for j in jobs} == {"cny", "usd"}
    with pytest.raises(InputError, match="EUR"):
        plan(two_zones(tmp_path / "data"), ("EUR",), None)


def test_summary_counts_outcomes(tmp_path: Path) -> None:
    job = Job("Z", 2019, "CNY", tmp_path)
    text = summary([Outcome(job, "built", 1.0, "z.html"), Outcome(job, "failed", 0.1, "boom")])
    assert "2 briefings: 1 built, 0 reused, 1 failed" in text and "boom" in text


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    folder = tmp_path_factory.mktemp("batch")
    data = two_zones(folder / "data")
    args = ["batch", "--data", str(data), "--currency", "CNY,USD", "--to", "html", "--jobs", "2",
            "--no-progress", "--output-dir", str(folder / "out")]
    return lushun(*args), lushun(*args), folder / "out"


def test_batch_builds_the_rest_when_one_fails(batch_run: tuple) -> None:
    first, _, out = batch_run
    assert first.returncode == 2  # the failures are missing exchange rates: bad input, not a broken build
    assert "6 briefings: 4 built, 0 reused, 2 failed" in first.stdout
    assert "no exchange rate for 2020" in first.stdout
    built = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    assert built == ["cny/harbour-test-zone-2019-briefing.html", "cny/harbour-test-zone-2020-briefing.html",
                     "cny/second-zone-2020-briefing.html", "usd/harbour-test-zone-2019-briefing.html"]
    assert "US$" in (out / "usd" / "harbour-test-zone-2019-briefing.html").read_text(encoding="utf-8")
    assert "Second Zone" in (out / "cny" / "second-zone-2020-briefing.html").read_text(encoding="utf-8")


def test_second_batch_reuses_every_finished_briefing(batch_run: tuple) -> None:
    _, second, _ = batch_run
    assert "6 briefings: 0 built, 4 reused, 2 failed" in second.stdout
