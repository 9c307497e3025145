"""Shared fixtures: real builds, made once per test run and read back by many tests."""

from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
RELEASE = ROOT / "data" / "raw" / "lushun-2017-release.txt"
STEM = "lushun-development-zone-2017-briefing"
HEADER = ["zone", "year", "topic", "indicator", "label", "value", "unit", "qualifier", "growth_pct", "source", "quote"]


def lushun(*args: str, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the real console command in a child process, as a user or a job would."""
    return subprocess.run([sys.executable, "-m", "lushun_analysis.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=timeout, stdin=subprocess.DEVNULL)


@dataclass
class Built:
    """One finished build: its files, the PDF's text and metadata, the HTML source."""

    result: subprocess.CompletedProcess
    out: Path
    stem: str

    def path(self, ext: str) -> Path:
        return self.out / f"{self.stem}.{ext}"

    @property
    def pdf_text(self) -> str:
        return " ".join(page.extract_text() or "" for page in PdfReader(self.path("pdf")).pages)

    @property
    def pdftotext(self) -> str:
        return subprocess.run(["pdftotext", "-layout", str(self.path("pdf")), "-"], capture_output=True, text=True, check=True).stdout

    @property
    def html(self) -> str:
        return self.path("html").read_text(encoding="utf-8")


def write_dataset(folder: Path, rows: list[dict], sources: list[dict] | None = None, rates: str | None = None) -> Path:
    """A data set folder in the DESIGN.md contract: indicators, sources, raw text."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "raw").mkdir(exist_ok=True)
    (folder / "raw" / "release.txt").write_text(" ".join(r.get("quote", "") for r in rows), encoding="utf-8")
    with (folder / "indicators.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, HEADER)
        writer.writeheader()
        writer.writerows(rows)
    sources = sources or [{"source": "test-release", "title": "Test release", "publisher": "Test Publisher",
                           "url": "http://example.invalid/release", "published": "2020", "path": "raw/release.txt"}]
    with (folder / "sources.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["source", "title", "publisher", "url", "published", "path"])
        writer.writeheader()
        writer.writerows(sources)
    if rates is not None:
        (folder / "exchange_rates.csv").write_text(rates, encoding="utf-8")
    return folder / "indicators.csv"


def row(**values: object) -> dict:
    base = {"zone": "Harbour Test Zone", "year": 2019, "topic": "fiscal", "qualifier": "", "growth_pct": "",
            "source": "test-release", "unit": "CNY"}
    base.update(values)
    return {k: str(v) for k, v in base.items()}


SECOND_ZONE_ROWS = [
    row(indicator="fiscal_revenue", label="Fiscal revenue", value=2340000000, growth_pct=-3.5,
        quote="The fiscal revenue of the zone was RMB 2.34 billion, down 3.5%."),
    row(topic="tourism", indicator="tourist_visits", label="Tourist visits", value=812000, unit="person", growth_pct=12.25,
        quote="Tourist visits reached 812,000, up 12.25%."),
    row(topic="education", indicator="harbour_school_investment", label="Harbour School, total investment",
        value=61000000, quote="Harbour School was built with a total investment of RMB 61 million."),
    row(topic="innovation", indicator="patents_granted", label="Patents granted", value=73, unit="count",
        qualifier="at_least", quote="More than 73 patents were granted."),
]


def build(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return lushun("build", "--output-dir", str(out), *extra)


@pytest.fixture(scope="session")
def lushun_cny(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("cny")
    result = build(out)
    assert result.returncode == 0, result.stderr
    return Built(result, out, STEM)


@pytest.fixture(scope="session")
def lushun_usd(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("usd")
    result = build(out, "--currency", "USD")
    assert result.returncode == 0, result.stderr
    return Built(result, out, STEM)


@pytest.fixture(scope="session")
def second_zone(tmp_path_factory: pytest.TempPathFactory) -> Built:
    data = write_dataset(tmp_path_factory.mktemp("harbour-data"), SECOND_ZONE_ROWS)
    out = tmp_path_factory.mktemp("harbour")
    result = build(out, "--data", str(data))
    assert result.returncode == 0, result.stderr
    return Built(result, out, "harbour-test-zone-2019-briefing")
