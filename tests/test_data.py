"""Bad data files: `lushun check`, `lushun build` and `load_dataset` name the file, line and column.

Line numbers are the ones a spreadsheet user sees: the header is line 1, the first
figure line 2. Most command-line cases run `lushun_analysis.cli.main` in-process
(it returns the exit code and prints the message); a few run the real console
command in a child process to see exactly what a user sees.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import warnings
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lushun_analysis.cli import main
from lushun_analysis.data import load_dataset
from lushun_analysis.errors import DataError, InputError

from .conftest import HEADER, lushun, row, write_dataset

GOOD_ROWS = [
    row(indicator="fiscal_revenue", label="Fiscal revenue", value=2340000000, growth_pct=-3.5,
        quote="The fiscal revenue of the zone was RMB 2.34 billion, down 3.5%."),
    row(topic="innovation", indicator="patents_granted", label="Patents granted", value=73, unit="count",
        qualifier="at_least", quote="More than 73 patents were granted."),
    row(topic="education", indicator="school_investment", label="School investment", value=61000000,
        quote="The school was built with a total investment of RMB 61 million."),
]


def csv_text(rows: list[dict], header: list[str] = HEADER) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def dataset(tmp_path: Path, rows: list[dict] | None = None, text: str | bytes | None = None, name: str = "data") -> Path:
    """A valid data set folder whose indicators.csv is replaced by ``text`` when given."""
    path = write_dataset(tmp_path / name, rows if rows is not None else GOOD_ROWS)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    elif isinstance(text, bytes):
        path.write_bytes(text)
    return path


def with_rows(tmp_path: Path, *changes: dict) -> Path:
    """GOOD_ROWS with row i (0-based, so spreadsheet line i + 2) updated by changes[i]."""
    rows = [dict(r) for r in GOOD_ROWS]
    for i, change in enumerate(changes):
        rows[i].update({k: str(v) for k, v in change.items()})
    return dataset(tmp_path, rows)


def problems_of(path: Path) -> str:
    with pytest.raises(InputError) as info:
        load_dataset(path)
    return str(info.value)


def check(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str]:
    """Run `lushun ...` in-process; the exit code and stderr."""
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().err


def assert_user_message(code: int, err: str, path: Path, *needles: str) -> None:
    assert code == 2, err
    assert err.startswith("lushun: error: "), err
    assert "Traceback" not in err and "internal error" not in err, err
    assert path.name in err, err
    for needle in needles:
        assert needle in err, (needle, err)


# --- load_dataset: each problem names file, line and column --------------------------------------

def test_good_dataset_loads(tmp_path: Path) -> None:
    data = load_dataset(dataset(tmp_path))
    assert list(data.indicators["indicator"]) == ["fiscal_revenue", "patents_granted", "school_investment"]
    assert list(data.indicators["line"]) == [2, 3, 4]
    assert data.indicators["qualifier"].tolist() == ["exact", "at_least", "exact"]


def test_empty_file(tmp_path: Path) -> None:
    path = dataset(tmp_path, text="")
    message = problems_of(path)
    assert str(path) in message and "empty" in message


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = dataset(tmp_path, text="\n  \n\n")
    assert "empty" in problems_of(path)


def test_header_only(tmp_path: Path) -> None:
    path = dataset(tmp_path, text=",".join(HEADER) + "\n")
    message = problems_of(path)
    assert str(path) in message and "no data rows" in message


@pytest.mark.parametrize("column", ["zone", "year", "indicator", "value", "unit", "source", "quote"])
def test_missing_required_column(tmp_path: Path, column: str) -> None:
    header = [h for h in HEADER if h != column]
    path = dataset(tmp_path, text=csv_text(GOOD_ROWS, header))
    message = problems_of(path)
    assert f"{path}: line 1: missing required column `{column}`" in message


def test_all_missing_columns_are_listed_together(tmp_path: Path) -> None:
    header = [h for h in HEADER if h not in ("label", "quote")]
    message = problems_of(dataset(tmp_path, text=csv_text(GOOD_ROWS, header)))
    assert "`label`" in message and "`quote`" in message


def test_unknown_column_is_not_an_error(tmp_path: Path) -> None:
    rows = [dict(r, remarks="checked by hand") for r in GOOD_ROWS]
    path = dataset(tmp_path, text=csv_text(rows, HEADER + ["remarks"]))
    assert len(load_dataset(path).indicators) == 3


@pytest.mark.parametrize("value", ["1,21", "16.6%", "n/a", "1.2.3", "RMB 5", "1 000", "inf", "nan", "1e400", "--5", "0x10", "½"])
def test_value_not_a_number(tmp_path: Path, value: str) -> None:
    path = with_rows(tmp_path, {}, {"value": value})
    message = problems_of(path)
    assert f"{path}: line 3, column `value`" in message
    assert repr(value) in message


@pytest.mark.parametrize("growth", ["16.6%", "1,5", "n/a", "+16.6 %", "up 3", "nan"])
def test_growth_not_a_number(tmp_path: Path, growth: str) -> None:
    path = with_rows(tmp_path, {"growth_pct": growth})
    message = problems_of(path)
    assert f"{path}: line 2, column `growth_pct`" in message and repr(growth) in message


@pytest.mark.parametrize("value", ["-3", "2.5", "-0.5", "1e-3"])
def test_count_negative_or_not_whole(tmp_path: Path, value: str) -> None:
    path = with_rows(tmp_path, {}, {"value": value})
    message = problems_of(path)
    assert f"{path}: line 3, column `value`" in message and "whole number" in message


@pytest.mark.parametrize("value", ["0", "3.0", "1e3", "+7"])
def test_count_whole_numbers_are_fine(tmp_path: Path, value: str) -> None:
    load_dataset(with_rows(tmp_path, {}, {"value": value}))


@pytest.mark.parametrize("qualifier", ["about", "Exact", "approximately", "~", "at least"])
def test_unknown_qualifier(tmp_path: Path, qualifier: str) -> None:
    path = with_rows(tmp_path, {}, {"qualifier": qualifier})
    message = problems_of(path)
    assert f"{path}: line 3, column `qualifier`" in message and repr(qualifier) in message
    assert "approx" in message and "at_least" in message


def test_duplicate_indicator_in_zone_and_year(tmp_path: Path) -> None:
    path = with_rows(tmp_path, {}, {}, {"indicator": "fiscal_revenue"})
    message = problems_of(path)
    assert f"{path}: line 4, column `indicator`" in message and "line 2" in message


def test_same_indicator_in_other_year_or_zone_is_fine(tmp_path: Path) -> None:
    load_dataset(with_rows(tmp_path, {}, {"indicator": "fiscal_revenue", "year": 2018},
                           {"indicator": "fiscal_revenue", "zone": "Other Zone"}))


def test_source_not_in_sources_csv(tmp_path: Path) -> None:
    path = with_rows(tmp_path, {}, {}, {"source": "no-such-release"})
    message = problems_of(path)
    assert f"{path}: line 4, column `source`" in message and "'no-such-release'" in message and "sources.csv" in message


def test_sources_csv_missing(tmp_path: Path) -> None:
    path = dataset(tmp_path)
    (path.parent / "sources.csv").unlink()
    assert "sources.csv" in problems_of(path)


def test_sources_csv_raw_text_missing(tmp_path: Path) -> None:
    path = dataset(tmp_path)
    (path.parent / "raw" / "release.txt").unlink()
    message = problems_of(path)
    assert "sources.csv: line 2, column `path`" in message and "raw/release.txt" in message


@pytest.mark.parametrize("year", ["2019.0", "19", "MMXIX", "20190"])
def test_bad_year(tmp_path: Path, year: str) -> None:
    path = with_rows(tmp_path, {"year": year})
    assert f"{path}: line 2, column `year`" in problems_of(path)


@pytest.mark.parametrize("indicator", ["Fiscal Revenue", "fiscal-revenue", "1st", "fiscal revenue"])
def test_indicator_not_snake_case(tmp_path: Path, indicator: str) -> None:
    path = with_rows(tmp_path, {"indicator": indicator})
    assert f"{path}: line 2, column `indicator`" in problems_of(path)


@pytest.mark.parametrize("column", ["zone", "label", "unit", "quote", "source"])
def test_empty_required_cell(tmp_path: Path, column: str) -> None:
    path = with_rows(tmp_path, {}, {column: "  "})
    assert f"{path}: line 3, column `{column}`: is empty but required" in problems_of(path)


def test_ragged_rows_are_all_listed(tmp_path: Path) -> None:
    lines = csv_text(GOOD_ROWS).splitlines()
    lines[2] += ",extra"
    lines[3] = lines[3].rsplit(",", 2)[0]
    path = dataset(tmp_path, text="\n".join(lines) + "\n")
    message = problems_of(path)
    assert f"{path}: line 3: has 12 fields, the header has 11" in message
    assert f"{path}: line 4: has 9 fields" in message


def test_several_problems_reported_together(tmp_path: Path) -> None:
    path = with_rows(tmp_path, {"value": "1,21", "growth_pct": "16.6%"}, {"qualifier": "about"}, {"source": "nowhere"})
    with pytest.raises(DataError) as info:
        load_dataset(path)
    problems = info.value.problems
    assert any("line 2, column `value`" in p for p in problems)
    assert any("line 2, column `growth_pct`" in p for p in problems)
    assert any("line 3, column `qualifier`" in p for p in problems)
    assert any("line 4, column `source`" in p for p in problems)


def test_blank_lines_keep_spreadsheet_line_numbers(tmp_path: Path) -> None:
    lines = csv_text(GOOD_ROWS).splitlines()
    lines.insert(2, ",,,,,,,,,,")  # a blank spreadsheet row on line 3
    rows = list(csv.reader(lines))
    rows[4][HEADER.index("value")] = "n/a"  # line 5: third figure
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path = dataset(tmp_path, text=buffer.getvalue())
    assert f"{path}: line 5, column `value`" in problems_of(path)


def test_multiline_quote_keeps_spreadsheet_row_numbers(tmp_path: Path) -> None:
    """A quote with a line break is one spreadsheet row: the next row is still line 3."""
    path = with_rows(tmp_path, {"quote": "The fiscal revenue was RMB 2.34 billion,\ndown 3.5%."}, {"value": "n/a"})
    message = problems_of(path)
    assert f"{path}: line 3, column `value`" in message, message


def test_utf8_with_bom_is_accepted(tmp_path: Path) -> None:
    path = dataset(tmp_path, text=b"\xef\xbb\xbf" + csv_text(GOOD_ROWS).encode("utf-8"))
    data = load_dataset(path)
    assert list(data.indicators.columns[:1]) == ["zone"] and len(data.indicators) == 3


def test_bom_in_sources_csv_is_accepted(tmp_path: Path) -> None:
    path = dataset(tmp_path)
    sources = path.parent / "sources.csv"
    sources.write_bytes(b"\xef\xbb\xbf" + sources.read_bytes())
    assert load_dataset(path).sources["source"].tolist() == ["test-release"]


def test_gbk_file_is_refused_clearly(tmp_path: Path) -> None:
    rows = [dict(r, zone="旅顺经济开发区") for r in GOOD_ROWS]
    path = dataset(tmp_path, text=csv_text(rows).encode("gbk"))
    message = problems_of(path)
    assert str(path) in message and "UTF-8" in message and "GBK" in message


def test_utf16_file_is_refused_clearly(tmp_path: Path) -> None:
    """Excel's "Unicode text" export: UTF-16 with a byte-order mark. It should be named, not called binary."""
    path = dataset(tmp_path, text=csv_text(GOOD_ROWS).encode("utf-16"))
    message = problems_of(path)
    assert str(path) in message and "UTF-8" in message
    assert "UTF-16" in message, message


def test_huge_field_from_a_stray_quote_is_a_data_error(tmp_path: Path) -> None:
    """A stray opening quote swallows the rest of the file into one field; with a big file that
    exceeds the csv module's field limit, which must still be a data error, not a crash."""
    rows = [dict(GOOD_ROWS[0], indicator=f"figure_{i}", quote="A long sentence of a release. " * 20) for i in range(300)]
    text = csv_text(rows)
    text = text.replace("Harbour Test Zone", '"Harbour Test Zone', 1)
    path = dataset(tmp_path, text=text)
    assert len(text) > 131072
    message = problems_of(path)
    assert str(path) in message


def test_bad_exchange_rates(tmp_path: Path) -> None:
    path = dataset(tmp_path)
    (path.parent / "exchange_rates.csv").write_text("year,currency,per_usd,source\n2019,CNY,six,Test\n", encoding="utf-8")
    message = problems_of(path)
    assert "exchange_rates.csv: line 2, column `per_usd`" in message


# --- the command line: exit 2 and one paragraph, for `check` and `build` ------------------------

BAD_FILES = {
    "empty": lambda rows: "",
    "header-only": lambda rows: ",".join(HEADER) + "\n",
    "missing-column": lambda rows: csv_text(rows, [h for h in HEADER if h != "value"]),
    "value-comma": lambda rows: csv_text([dict(rows[0], value="1,21")] + rows[1:]),
    "growth-percent": lambda rows: csv_text([dict(rows[0], growth_pct="16.6%")] + rows[1:]),
    "value-na": lambda rows: csv_text([dict(rows[0], value="n/a")] + rows[1:]),
    "count-negative": lambda rows: csv_text([rows[0], dict(rows[1], value="-4")] + rows[2:]),
    "count-fraction": lambda rows: csv_text([rows[0], dict(rows[1], value="4.5")] + rows[2:]),
    "qualifier": lambda rows: csv_text([rows[0], dict(rows[1], qualifier="roughly")] + rows[2:]),
    "duplicate": lambda rows: csv_text(rows + [rows[0]]),
    "source": lambda rows: csv_text([rows[0], rows[1], dict(rows[2], source="elsewhere")]),
    "gbk": lambda rows: csv_text([dict(r, zone="旅顺经济开发区") for r in rows]).encode("gbk"),
    "utf16": lambda rows: csv_text(rows).encode("utf-16"),
    "ragged": lambda rows: csv_text(rows) + "a,b,c\n",
    "binary": lambda rows: b"PK\x03\x04\x00\x00" + bytes(range(256)),
}
EXPECTED = {
    "value-comma": "line 2, column `value`", "growth-percent": "line 2, column `growth_pct`",
    "value-na": "line 2, column `value`", "count-negative": "line 3, column `value`",
    "count-fraction": "line 3, column `value`", "qualifier": "line 3, column `qualifier`",
    "duplicate": "line 5, column `indicator`", "source": "line 4, column `source`",
    "missing-column": "line 1: missing required column `value`", "ragged": "line 5: has 3 fields",
    "empty": "empty", "header-only": "no data rows", "gbk": "not UTF-8",
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_check_bad_file_exits_2_naming_file_line_column(tmp_path: Path, capsys: pytest.CaptureFixture, case: str) -> None:
    path = dataset(tmp_path, text=BAD_FILES[case](GOOD_ROWS))
    code, err = check(capsys, "check", str(path))
    assert_user_message(code, err, path, EXPECTED.get(case, ""))
    assert len(err.strip().splitlines()) == 1, err  # one paragraph


@pytest.mark.parametrize("case", ["value-comma", "duplicate", "gbk", "missing-column"])
def test_build_bad_file_exits_2_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture, case: str) -> None:
    path = dataset(tmp_path, text=BAD_FILES[case](GOOD_ROWS))
    out = tmp_path / "out"
    code, err = check(capsys, "build", "--data", str(path), "--output-dir", str(out), "--to", "html")
    assert_user_message(code, err, path, EXPECTED[case])
    assert not out.exists()


def test_check_reports_several_problems_in_one_message(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = with_rows(tmp_path, {"value": "16.6%"}, {"qualifier": "about", "value": "-1"}, {"source": "nowhere"})
    code, err = check(capsys, "check", str(path))
    assert_user_message(code, err, path, "line 2, column `value`", "line 3, column `qualifier`",
                        "line 3, column `value`", "line 4, column `source`")


def test_check_good_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = dataset(tmp_path)
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "OK, 3 figures" in out and "Harbour Test Zone (2019)" in out


def test_check_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, err = check(capsys, "check", str(tmp_path / "nothing.csv"))
    assert_user_message(code, err, tmp_path / "nothing.csv", "not found")


def test_real_command_warns_on_unknown_column_and_exits_0(tmp_path: Path) -> None:
    rows = [dict(r, remarks="checked") for r in GOOD_ROWS]
    path = dataset(tmp_path, text=csv_text(rows, HEADER + ["remarks"]))
    result = lushun("check", str(path))
    assert result.returncode == 0, result.stderr
    assert "warning" in result.stderr and "`remarks`" in result.stderr and "line 1" in result.stderr
    assert "OK, 3 figures" in result.stdout


def test_real_command_bad_file_shows_no_traceback(tmp_path: Path) -> None:
    path = with_rows(tmp_path, {"value": "1,21"}, {"qualifier": "about"})
    result = lushun("check", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"lushun: error: {path}: line 2, column `value`: '1,21' is not a number")
    assert "line 3, column `qualifier`" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


# --- zone and year that are not in the data -------------------------------------------------------

@pytest.fixture
def two_zones(tmp_path: Path) -> Path:
    rows = GOOD_ROWS + [dict(r, zone="Second Zone") for r in GOOD_ROWS] + [dict(GOOD_ROWS[0], year="2018")]
    return dataset(tmp_path, rows)


def test_zone_not_in_data_lists_zones(two_zones: Path, capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code, err = check(capsys, "build", "--data", str(two_zones), "--zone", "Atlantis", "--output-dir", str(tmp_path / "o"))
    assert_user_message(code, err, two_zones, "`zone`", "'Atlantis'", "Harbour Test Zone", "Second Zone")


def test_zone_required_when_data_has_several(two_zones: Path, capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code, err = check(capsys, "build", "--data", str(two_zones), "--output-dir", str(tmp_path / "o"))
    assert_user_message(code, err, two_zones, "`zone`", "Harbour Test Zone", "Second Zone")


def test_year_not_in_data_lists_years(two_zones: Path, capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code, err = check(capsys, "build", "--data", str(two_zones), "--zone", "Harbour Test Zone", "--year", "1999",
                      "--output-dir", str(tmp_path / "o"))
    assert_user_message(code, err, two_zones, "`year`", "1999", "2018, 2019")


def test_year_not_a_number(two_zones: Path, capsys: pytest.CaptureFixture) -> None:
    code, err = check(capsys, "build", "--data", str(two_zones), "--year", "last")
    assert code == 2 and "--year" in err and "Traceback" not in err


def test_usd_without_rate_names_the_year(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = dataset(tmp_path)
    (path.parent / "exchange_rates.csv").write_text("year,currency,per_usd,source\n2017,CNY,6.7588,Test\n", encoding="utf-8")
    code, err = check(capsys, "build", "--data", str(path), "--currency", "USD", "--output-dir", str(tmp_path / "o"))
    assert code == 2 and "2019" in err and "exchange" in err, err
    assert not (tmp_path / "o").exists()


# --- property: random damage never crashes `lushun check` ------------------------------------------

HOSTILE_CELLS = ["", " ", "1,21", "16.6%", "n/a", "-1", "2.5", "1e999", "nan", '"', '""', "\\", "about", "旅顺",
                 "\ufeff", "\r", "\n", "\t", "\x00", "\x1a", "2019.0", "9999", "0000", "-0", "+", ".", "e5", "\u00a0",
                 "٣", "２０１９", "=cmd|' /C calc'!A0", "<script>", "a" * 300]
GOOD_TEXT = {
    "indicators.csv": csv_text(GOOD_ROWS + [dict(GOOD_ROWS[0], year="2018")]),
    "sources.csv": "source,title,publisher,url,published,path\n"
                   "test-release,Test release,Test Publisher,http://example.invalid/release,2020,raw/release.txt\n",
    "exchange_rates.csv": "year,currency,per_usd,source\n2019,CNY,6.9,Test\n2018,CNY,6.6,Test\n",
}


@st.composite
def damaged_files(draw: st.DrawFn) -> dict[str, bytes]:
    files = {name: text for name, text in GOOD_TEXT.items()}
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(sorted(files)))
        text = files[name]
        rows = list(csv.reader(io.StringIO(text, newline="")))
        op = draw(st.sampled_from(["cell", "cell-text", "drop-line", "dup-line", "header", "insert", "delete", "truncate",
                                   "swap-lines", "extra-field", "drop-field", "quote"]))
        r = draw(st.integers(0, len(rows) - 1)) if rows else 0
        if op in ("cell", "cell-text", "extra-field", "drop-field", "header") and rows and rows[r]:
            c = draw(st.integers(0, len(rows[r]) - 1))
            if op == "cell":
                rows[r][c] = draw(st.sampled_from(HOSTILE_CELLS))
            elif op == "cell-text":
                rows[r][c] = draw(st.text(max_size=12))
            elif op == "extra-field":
                rows[r].append(draw(st.sampled_from(HOSTILE_CELLS)))
            elif op == "drop-field":
                del rows[r][c]
            else:
                rows[0][c] = draw(st.sampled_from(["", "Zone", "value ", "zone", "extra", "growth%", "source", "year"]))
            out = io.StringIO()
            csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"]))).writerows(rows)
            text = out.getvalue()
        elif op in ("drop-line", "dup-line", "swap-lines"):
            lines = text.splitlines(keepends=True)
            if lines:
                i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
                if op == "drop-line":
                    del lines[i]
                elif op == "dup-line":
                    lines.insert(j, lines[i])
                else:
                    lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
        elif op == "insert":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from([",", '"', "\n", "\r", "\ufeff", "\x00", "\\", ";", "\t"] + HOSTILE_CELLS[:12])) + text[at:]
        elif op == "delete" and text:
            at = draw(st.integers(0, len(text) - 1))
            text = text[:at] + text[at + draw(st.integers(1, 20)):]
        elif op == "truncate":
            text = text[:draw(st.integers(0, len(text)))]
        elif op == "quote":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + '"' + text[at:]
        files[name] = text
    encoded = {}
    for name, text in files.items():
        encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "gbk", "utf-16", "latin-1"]))
        encoded[name] = text.encode(encoding, errors="replace")
    if draw(st.booleans()) and draw(st.booleans()):
        del encoded["exchange_rates.csv"]
    return encoded


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damaged_files())
def test_check_on_damaged_files_exits_0_or_2_never_crashes(files: dict[str, bytes]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="lushun-hypothesis-"))
    try:
        (folder / "raw").mkdir()
        (folder / "raw" / "release.txt").write_text("release", encoding="utf-8")
        for name, data in files.items():
            (folder / name).write_bytes(data)
        err, out = io.StringIO(), io.StringIO()
        with redirect_stderr(err), redirect_stdout(out):
            code = main(["check", str(folder / "indicators.csv")])
        message = err.getvalue()
        assert code in (0, 2), message
        assert "Traceback" not in message and "internal error" not in message, message
        if code == 2:
            errors = [line for line in message.splitlines() if line.startswith("lushun: error: ")]
            assert len(errors) == 1 and ".csv" in errors[0], message
        else:
            assert "OK," in out.getvalue()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_optional_columns_may_be_absent_without_warnings(tmp_path: Path) -> None:
    """`qualifier` and `growth_pct` are optional columns; leaving them out is a valid file, and
    loading it must not lean on pandas behaviour that is deprecated (an error in pandas 4)."""
    header = [h for h in HEADER if h not in ("qualifier", "growth_pct")]
    path = dataset(tmp_path, text=csv_text(GOOD_ROWS, header))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = load_dataset(path)
    assert data.indicators["qualifier"].tolist() == ["exact"] * 3
    assert data.indicators["growth_pct"].isna().all()


# --- values that parse but cannot be right ------------------------------------------------------

@pytest.mark.parametrize("growth", ["-100", "-250"])
def test_a_fall_of_100_percent_or_more_is_refused(tmp_path: Path, growth: str) -> None:
    message = problems_of(with_rows(tmp_path, {"growth_pct": growth}))
    assert "line 2, column `growth_pct`" in message and "100%" in message


@pytest.mark.parametrize("unit, code", [("RMB", "CNY"), ("yuan", "CNY"), ("cny", "CNY"), ("usd", "USD"), ("%", "percent")])
def test_currency_and_percent_spellings_are_refused_with_the_code_to_use(tmp_path: Path, unit: str, code: str) -> None:
    message = problems_of(with_rows(tmp_path, {"unit": unit}))
    assert f"line 2, column `unit`: {unit!r} is not a unit code; write {code}" in message


def test_sources_need_a_year_or_iso_date_and_unique_ids(tmp_path: Path) -> None:
    source = {"source": "test-release", "title": "T", "publisher": "P", "url": "u", "published": "last Tuesday",
              "path": "raw/release.txt"}
    path = write_dataset(tmp_path, GOOD_ROWS, sources=[source, dict(source, published="2018-03-05")])
    message = problems_of(path)
    assert "sources.csv: line 2, column `published`: 'last Tuesday'" in message
    assert "sources.csv: line 3, column `source`: 'test-release' repeats line 2" in message


def test_exchange_rates_are_cny_per_dollar_once_a_year(tmp_path: Path) -> None:
    rates = "year,currency,per_usd,source\n2019,RMB,6.9,x\n2019,CNY,6.9,x\n2019,CNY,7.0,y\n"
    message = problems_of(write_dataset(tmp_path, GOOD_ROWS, rates=rates))
    assert "exchange_rates.csv: line 2, column `currency`: 'RMB'" in message
    assert "exchange_rates.csv: line 4, column `year`: '2019' repeats line 3" in message
