"""Load a data set and hold it to the contract in DESIGN.md.

Data comes from spreadsheets and pasted releases, so validation reports every
problem it finds at once, by the line number a spreadsheet user sees and the
column name, instead of stopping at the first or letting pandas guess.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import config
from .errors import DataError, InputError

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

_ISO_DATE_OR_YEAR = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
_UNIT_MISTAKES = {"rmb": "CNY", "yuan": "CNY", "cny": "CNY", "usd": "USD", "$": "USD", "us$": "USD",
                  "dollar": "USD", "dollars": "USD", "%": "percent", "pct": "percent", "percent": "percent"}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_INDICATOR_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Records:
    """A validated data set as plain rows: enough to resolve a build and key its cache
    without importing pandas, so `lushun check` and a cached rebuild answer fast."""

    path: Path
    indicators: list[dict[str, str]]
    lines: list[int]
    sources: list[dict[str, str]]
    exchange_rates: list[dict[str, object]]

    def zones(self) -> list[str]:
        return sorted({r["zone"] for r in self.indicators})

    def years(self, zone: str) -> list[int]:
        return sorted({int(r["year"]) for r in self.indicators if r["zone"] == zone})

    def rate(self, year: int, currency: str = "CNY") -> float | None:
        """CNY per US dollar for the year, or None when the data has no such rate."""
        for rate in self.exchange_rates:
            if rate["year"] == year and rate["currency"] == currency:
                return float(rate["per_usd"])  # type: ignore[arg-type]
        return None

    def needs_rate(self, zone: str, year: int, currency: str) -> bool:
        """Whether any money figure of the briefing is in another currency than the briefing's."""
        return any(r["unit"] in config.CURRENCIES and r["unit"] != currency
                   for r in self.indicators if r["zone"] == zone and int(r["year"]) == year)

    def rate_source(self) -> str:
        """Which exchange-rate file was read, for messages."""
        own = self.path.parent / "exchange_rates.csv"
        return str(own if own.is_file() else config.default_exchange_rates())

    def publishers(self, zone: str, year: int) -> list[str]:
        """Who published the figures of one briefing, in source order."""
        used = {r["source"] for r in self.indicators if r["zone"] == zone and int(r["year"]) == year}
        return list(dict.fromkeys(s["publisher"] for s in self.sources if s["source"] in used))


@dataclass(frozen=True)
class Dataset:
    """One data set as typed tables: figures, the sources they quote, exchange rates."""

    records: Records
    indicators: "pd.DataFrame" = field(repr=False)
    sources: "pd.DataFrame" = field(repr=False)
    exchange_rates: "pd.DataFrame" = field(repr=False)

    @property
    def path(self) -> Path:
        return self.records.path

    def zones(self) -> list[str]:
        return self.records.zones()

    def years(self, zone: str) -> list[int]:
        return self.records.years(zone)

    def rate(self, year: int, currency: str = "CNY") -> float | None:
        return self.records.rate(year, currency)

    def figures(self, zone: str, year: int) -> "pd.DataFrame":
        """The rows of one briefing, in the order they were recorded."""
        rows = self.indicators[(self.indicators["zone"] == zone) & (self.indicators["year"] == year)]
        return rows.reset_index(drop=True)


def read_text(path: Path) -> str:
    """UTF-8 with or without a byte-order mark; anything else is refused, never guessed,
    so a GBK export can't become mojibake in a briefing."""
    if not path.is_file():
        raise InputError(f"{path}: file not found.")
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: is UTF-16, not UTF-8. Save it as 'CSV UTF-8' and try again.")
    if b"\x00" in raw:
        raise InputError(f"{path}: is a binary file, not UTF-8 text.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        hint = " It looks like GBK/GB18030 (a Chinese Windows export)." if _decodes_as_gbk(raw) else ""
        raise InputError(
            f"{path}: is not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start}).{hint}"
            " Save the file as UTF-8 and try again."
        ) from None


def _decodes_as_gbk(raw: bytes) -> bool:
    """Chinese Windows exports decode as GB18030 into CJK characters; Latin-1 text rarely does."""
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def read_rows(path: Path, required: list[str], known: list[str]) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Rows keyed by header, each with its spreadsheet line number; structural problems
    (empty file, missing columns, ragged rows) raise at once with every instance listed."""
    text = read_text(path)
    if not text.strip():
        raise DataError([f"{path}: the file is empty; expected a header row with columns {', '.join(required)}"])
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader)]
    missing = [c for c in required if c not in header]
    problems = [f"{path}: line 1: missing required column `{c}`" for c in missing]
    for column in header:
        if column not in known:
            log.warning("%s: line 1: unknown column `%s` is ignored", path, column)
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        # Spreadsheet rows, not physical lines: a quote may hold a line break.
        for line, fields in enumerate(reader, start=2):
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                problems.append(f"{path}: line {line}: has {len(fields)} fields, the header has {len(header)}")
                continue
            rows.append((line, {h: f.strip() for h, f in zip(header, fields)}))
    except csv.Error as err:
        raise DataError([f"{path}: line {reader.line_num}: {err}; probably an unmatched double quote"], str(path)) from None
    if not problems and not rows:
        problems.append(f"{path}: has a header but no data rows")
    if problems:
        raise DataError(problems, str(path))
    return header, rows


def _number(text: str) -> float | None:
    """Plain decimal numbers only: '1,21', '16.6%' and 'n/a' are refused, not guessed."""
    if not _NUMBER.match(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def _check_indicator_row(path: Path, line: int, row: dict[str, str], problems: list[str]) -> None:
    where = f"{path}: line {line}"
    for column in config.REQUIRED_COLUMNS:
        if not row.get(column):
            problems.append(f"{where}, column `{column}`: is empty but required")
    if row.get("year") and not _YEAR.match(row["year"]):
        problems.append(f"{where}, column `year`: {row['year']!r} is not a four-digit year")
    if row.get("indicator") and not _INDICATOR_ID.match(row["indicator"]):
        problems.append(f"{where}, column `indicator`: {row['indicator']!r} is not a snake_case id")
    value = _number(row.get("value", "")) if row.get("value") else None
    if row.get("value") and value is None:
        problems.append(f"{where}, column `value`: {row['value']!r} is not a number (use digits and a dot, no commas, units or %)")
    if value is not None and row.get("unit") == "count" and (value < 0 or value != int(value)):
        problems.append(f"{where}, column `value`: a count must be a whole number >= 0, got {row['value']}")
    growth = _number(row["growth_pct"]) if row.get("growth_pct") else None
    if row.get("growth_pct") and growth is None:
        problems.append(f"{where}, column `growth_pct`: {row['growth_pct']!r} is not a number (16.6 for +16.6%)")
    elif growth is not None and growth <= -100:
        problems.append(f"{where}, column `growth_pct`: {row['growth_pct']} would mean the figure fell by 100% or more")
    unit = row.get("unit", "")
    if _UNIT_MISTAKES.get(unit.lower()) not in (None, unit):
        problems.append(f"{where}, column `unit`: {unit!r} is not a unit code; write {_UNIT_MISTAKES[unit.lower()]}")
    if row.get("qualifier") and row["qualifier"] not in config.QUALIFIERS:
        problems.append(f"{where}, column `qualifier`: {row['qualifier']!r} is not one of {', '.join(config.QUALIFIERS)}")


def _check_duplicates(path: Path, rows: list[tuple[int, dict[str, str]]], problems: list[str]) -> None:
    seen: dict[tuple[str, str, str], int] = {}
    for line, row in rows:
        key = (row.get("zone", ""), row.get("year", ""), row.get("indicator", ""))
        if key in seen and all(key):
            problems.append(f"{path}: line {line}, column `indicator`: {key[2]!r} repeats line {seen[key]} for {key[0]} {key[1]}")
        seen.setdefault(key, line)


def load_sources(path: Path) -> list[dict[str, str]]:
    """Sources with every raw text they name present, so each quote stays traceable."""
    _, rows = read_rows(path, config.SOURCE_COLUMNS[:-1], config.SOURCE_COLUMNS)
    problems = []
    for line, row in rows:
        for column in ("source", "title", "publisher"):
            if not row.get(column):
                problems.append(f"{path}: line {line}, column `{column}`: is empty but required")
        raw = row.get("path")
        if raw and not (path.parent / raw).is_file():
            problems.append(f"{path}: line {line}, column `path`: {raw!r} not found next to {path.name}")
        if row.get("published") and not _ISO_DATE_OR_YEAR.match(row["published"]):
            problems.append(f"{path}: line {line}, column `published`: {row['published']!r} is not a year or an ISO date (2018-03-05)")
    problems += _repeats(path, rows, "source")
    if problems:
        raise DataError(problems, str(path))
    return [{c: row.get(c, "") for c in config.SOURCE_COLUMNS} for _, row in rows]


def _repeats(path: Path, rows: list[tuple[int, dict[str, str]]], *columns: str) -> list[str]:
    """Rows whose key columns repeat an earlier row: which one wins would be a guess."""
    seen: dict[tuple[str, ...], int] = {}
    problems = []
    for line, row in rows:
        key = tuple(row.get(c, "") for c in columns)
        if key in seen and all(key):
            problems.append(f"{path}: line {line}, column `{columns[-1]}`: {key[-1]!r} repeats line {seen[key]}")
        seen.setdefault(key, line)
    return problems


def load_exchange_rates(path: Path) -> list[dict[str, object]]:
    """Annual CNY-per-USD rates; the project's own file stands in when a data set has none."""
    _, rows = read_rows(path, config.EXCHANGE_RATE_COLUMNS[:3], config.EXCHANGE_RATE_COLUMNS)
    problems, records = [], []
    for line, row in rows:
        rate = _number(row["per_usd"])
        if row["currency"] != "CNY":
            problems.append(f"{path}: line {line}, column `currency`: {row['currency']!r}; rates are CNY per US dollar, write CNY")
        elif not _YEAR.match(row["year"]):
            problems.append(f"{path}: line {line}, column `year`: {row['year']!r} is not a four-digit year")
        elif rate is None or rate <= 0:
            problems.append(f"{path}: line {line}, column `per_usd`: {row['per_usd']!r} is not a positive number")
        else:
            records.append({"year": int(row["year"]), "currency": row["currency"], "per_usd": rate, "source": row.get("source", "")})
    problems += _repeats(path, rows, "currency", "year")
    if problems:
        raise DataError(problems, str(path))
    return records


def read_dataset(indicators_csv: str | Path | None = None) -> Records:
    """Read and validate a whole data set; raises DataError listing every problem found."""
    path = Path(indicators_csv or config.default_indicators()).resolve()
    _, rows = read_rows(path, config.REQUIRED_COLUMNS, config.INDICATOR_COLUMNS)
    problems: list[str] = []
    for line, row in rows:
        _check_indicator_row(path, line, row, problems)
    _check_duplicates(path, rows, problems)
    sources = _sources_or_problem(path.parent / "sources.csv", problems)
    if sources is not None:
        known = {s["source"] for s in sources}
        for line, row in rows:
            if row.get("source") and row["source"] not in known:
                problems.append(f"{path}: line {line}, column `source`: {row['source']!r} is not in {path.parent / 'sources.csv'}")
    if problems:
        raise DataError(problems, str(path))
    rates_path = path.parent / "exchange_rates.csv"
    rates = load_exchange_rates(rates_path if rates_path.is_file() else config.default_exchange_rates())
    return Records(path, [r for _, r in rows], [line for line, _ in rows], sources or [], rates)


def load_dataset(indicators_csv: str | Path | None = None) -> Dataset:
    """The validated data set as typed pandas tables, for notebooks and analysis."""
    import pandas as pd

    records = read_dataset(indicators_csv)
    return Dataset(
        records, _indicator_frame(records),
        pd.DataFrame(records.sources, columns=config.SOURCE_COLUMNS).fillna(""),
        pd.DataFrame(records.exchange_rates, columns=config.EXCHANGE_RATE_COLUMNS),
    )


def _sources_or_problem(path: Path, problems: list[str]) -> list[dict[str, str]] | None:
    if not path.is_file():
        problems.append(f"{path}: not found; every data set needs sources.csv beside indicators.csv")
        return None
    try:
        return load_sources(path)
    except DataError as err:
        problems.extend(err.problems)
        return None


def _indicator_frame(records: Records) -> "pd.DataFrame":
    """Typed columns: int years, float values, NaN growth where none is stated."""
    import pandas as pd

    frame = pd.DataFrame(records.indicators).reindex(columns=config.INDICATOR_COLUMNS, fill_value="").fillna("")
    frame["year"] = frame["year"].astype(int)
    frame["value"] = frame["value"].astype(float)
    frame["growth_pct"] = pd.to_numeric(frame["growth_pct"].replace("", None), errors="coerce").astype(float)
    frame["qualifier"] = frame["qualifier"].replace("", "exact")
    frame["line"] = records.lines
    return frame


def resolve_zone(dataset: Records | Dataset, zone: str) -> str:
    """The zone asked for, or the data's only one; otherwise list what is there."""
    zones = dataset.zones()
    if zone:
        if zone not in zones:
            raise InputError(f"parameter `zone`: {zone!r} is not in {dataset.path}; zones there: {'; '.join(zones)}")
        return zone
    if len(zones) != 1:
        raise InputError(f"parameter `zone` is required: {dataset.path} holds several zones: {'; '.join(zones)}")
    return zones[0]


def resolve_year(dataset: Records | Dataset, zone: str, year: int | None) -> int:
    """The year asked for, or the zone's latest; otherwise list what is there."""
    years = dataset.years(zone)
    if year in (None, 0, ""):
        return years[-1]
    if int(year) not in years:
        raise InputError(f"parameter `year`: {year} is not in {dataset.path} for {zone}; years there: {', '.join(map(str, years))}")
    return int(year)
