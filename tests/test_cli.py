from __future__ import annotations

import subprocess
import sys

from lushun_analysis.cli import main

from .conftest import ROOT, lushun


def test_check_accepts_the_project_data(capsys) -> None:
    assert main(["check"]) == 0
    assert "OK, 12 figures: Lushun Development Zone (2017)" in capsys.readouterr().out


def test_bad_option_is_exit_2_with_a_message(capsys) -> None:
    assert main(["build", "--currency"]) == 2
    assert "--currency" in capsys.readouterr().err
    assert main(["build", "--to", "docx"]) == 2
    assert main(["frobnicate"]) == 2


def test_unknown_zone_and_year_list_what_is_there(capsys) -> None:
    assert main(["build", "--zone", "Atlantis"]) == 2
    err = capsys.readouterr().err
    assert "`zone`: 'Atlantis'" in err and "Lushun Development Zone" in err
    assert main(["build", "--year", "1999"]) == 2
    assert "years there: 2017" in capsys.readouterr().err


def test_usd_without_a_rate_names_the_year(tmp_path, capsys) -> None:
    from .conftest import SECOND_ZONE_ROWS, write_dataset

    data = write_dataset(tmp_path, SECOND_ZONE_ROWS)
    assert main(["build", "--data", str(data), "--currency", "USD", "--output-dir", str(tmp_path / "out")]) == 2
    assert "no exchange rate for 2019" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_help_loads_no_heavy_modules() -> None:
    """Why `lushun --help` answers fast; the benchmark measures the time itself."""
    result = lushun("--help")
    assert result.returncode == 0 and "build" in result.stdout and "extract" in result.stdout
    loaded = subprocess.run([sys.executable, "-c", "import sys, lushun_analysis.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in ('pandas','matplotlib','nbconvert','papermill')))"],
                            capture_output=True, text=True, cwd=ROOT)
    assert loaded.stdout.strip() == "[]"
