"""Failures during a build: failing and hanging cells, no XeLaTeX, unknown parameters,
atomic output, hostile zone names as paths, and builds running at the same time.

Every build here is a real `lushun build` in a child process (papermill, nbconvert,
XeLaTeX); each is made once per test run by a fixture and read by several tests.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfReader

from lushun_analysis.build import output_stem, slugify
from lushun_analysis.cli import main

from .conftest import ROOT, STEM, lushun, row, write_dataset

KEPT = re.compile(r"kept at (\S+\.ipynb)")


def parameter_notebook(path: Path, *sources: str) -> Path:
    """A notebook of our own: the parameters cell the CLI fills in, then ``sources``."""
    nb = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell('zone = ""\nyear = 0\ncurrency = "CNY"\ndata_path = ""\nwidth: int = 3')
    parameters.metadata["tags"] = ["parameters"]
    nb.cells = [parameters, nbformat.v4.new_code_cell("x = 1")] + [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))
    return path


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def temporary_leftovers(folder: Path) -> list[Path]:
    return [p for p in files_under(folder) if p.name.endswith(".tmp") or p.name.startswith(".") and ".tmp" in p.name]


def assert_complete(path: Path) -> None:
    """A finished output file: the PDF opens, the HTML is closed, the notebook parses."""
    if path.suffix == ".pdf":
        assert len(PdfReader(path).pages) >= 1
    elif path.suffix == ".html":
        assert path.read_text(encoding="utf-8").rstrip().endswith("</html>"), path
    elif path.suffix in (".ipynb", ".json"):
        json.loads(path.read_text(encoding="utf-8"))


def is_inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def cli(*args: str, tmp: Path, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`lushun ...` in a child process whose temporary folders (work folder, kept notebook) are
    private to this test, so nothing it leaves is confused with another run's."""
    (tmp / "tmp").mkdir(exist_ok=True)
    env = dict(env or os.environ, TMPDIR=str(tmp / "tmp"))
    return subprocess.run([sys.executable, "-m", "lushun_analysis.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=timeout, stdin=subprocess.DEVNULL)


class FailedBuild:
    """A build expected to fail, with the notebook it kept for debugging (removed afterwards)."""

    def __init__(self, result: subprocess.CompletedProcess, out: Path, seconds: float) -> None:
        self.result, self.out, self.seconds = result, out, seconds
        match = KEPT.search(result.stderr)
        self.kept = Path(match.group(1)) if match else None


def failed_build(tmp: Path, source: str, *extra: str) -> FailedBuild:
    notebook = parameter_notebook(tmp / "failing.ipynb", source)
    out = tmp / "out"
    start = time.monotonic()
    result = cli("build", "--notebook", str(notebook), "--output-dir", str(out), "--to", "html", *extra, tmp=tmp)
    return FailedBuild(result, out, time.monotonic() - start)


@pytest.fixture(scope="session")
def raising(tmp_path_factory: pytest.TempPathFactory) -> FailedBuild:
    return failed_build(tmp_path_factory.mktemp("raising"), 'raise ValueError("revenue column is empty")')


@pytest.fixture(scope="session")
def hanging(tmp_path_factory: pytest.TempPathFactory) -> FailedBuild:
    return failed_build(tmp_path_factory.mktemp("hanging"), "import time\ntime.sleep(60)", "--timeout", "3")


def last_line(text: str) -> str:
    """The message lushun prints last (the kernel may log a line of its own before it)."""
    return [line for line in text.splitlines() if line.strip()][-1]


def error_cell(notebook: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(str(notebook), as_version=4)
    failed = [c for c in nb.cells if any(o.get("output_type") == "error" for o in c.get("outputs", []))]
    assert len(failed) == 1, "the kept notebook should show the failed cell's error"
    return failed[0]


# --- a cell that raises ------------------------------------------------------------------------------

def test_raising_cell_exits_1_with_cell_number_type_and_message(raising: FailedBuild) -> None:
    err = raising.result.stderr
    assert raising.result.returncode == 1, err
    message = last_line(err)
    assert message.startswith("lushun: error: failing.ipynb: cell "), err
    assert "ValueError: revenue column is empty" in message
    assert "Traceback" not in err and raising.result.stdout == ""


def test_raising_cell_number_matches_the_kept_notebook(raising: FailedBuild) -> None:
    assert raising.kept is not None and raising.kept.is_file(), raising.result.stderr
    cell = error_cell(raising.kept)
    assert f"cell {cell.execution_count} " in raising.result.stderr
    assert 'raise ValueError("revenue column is empty")' in cell.source


def test_raising_cell_keeps_notebook_outside_output_and_writes_nothing(raising: FailedBuild) -> None:
    assert raising.kept is not None
    assert not is_inside(raising.kept, raising.out)
    assert files_under(raising.out) == []


# --- a cell that hangs ---------------------------------------------------------------------------------

def test_hanging_cell_times_out_with_exit_1(hanging: FailedBuild) -> None:
    err = hanging.result.stderr
    assert hanging.result.returncode == 1, err
    assert hanging.seconds < 40
    assert "timeout" in err.lower() and "3 s" in err
    assert files_under(hanging.out) == []
    assert hanging.kept is not None and hanging.kept.is_file() and not is_inside(hanging.kept, hanging.out)


def test_hanging_cell_message_names_the_cell(hanging: FailedBuild) -> None:
    assert hanging.kept is not None, hanging.result.stderr
    cell = error_cell(hanging.kept)
    assert "time.sleep(60)" in cell.source
    assert re.search(rf"\bcell {cell.execution_count}\b", hanging.result.stderr), hanging.result.stderr


def test_hanging_cell_message_is_one_paragraph_without_traceback(hanging: FailedBuild) -> None:
    err = hanging.result.stderr
    assert "Traceback" not in err and "ZMQError" not in err, err
    assert last_line(err).startswith("lushun: error: ")
    assert all(line.startswith("lushun: ") for line in err.splitlines() if line.strip()), err


# --- no XeLaTeX ----------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def no_xelatex(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    tmp = tmp_path_factory.mktemp("no-xelatex")
    (tmp / "bin").mkdir()
    out = tmp / "out"
    result = cli("build", "--output-dir", str(out), "--force", tmp=tmp, env=dict(os.environ, PATH=str(tmp / "bin")))
    return result, out


def test_no_xelatex_exits_1_naming_debian_packages(no_xelatex: tuple[subprocess.CompletedProcess, Path]) -> None:
    result, out = no_xelatex
    assert shutil.which("xelatex", path=str(out.parent / "bin")) is None
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("lushun: error: xelatex not found")
    for package in ("texlive-xetex", "texlive-fonts-recommended", "texlive-plain-generic"):
        assert package in result.stderr
    assert "apt-get install" in result.stderr and "Traceback" not in result.stderr


def test_no_xelatex_writes_no_pdf_and_no_html(no_xelatex: tuple[subprocess.CompletedProcess, Path]) -> None:
    result, out = no_xelatex
    assert files_under(out) == [] and result.stdout == ""


# --- parameters ----------------------------------------------------------------------------------------

def test_unknown_parameter_lists_the_notebooks_parameters(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    capsys.readouterr()
    code = main(["build", "--output-dir", str(tmp_path / "out"), "-p", "colour", "red"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "`colour`" in err and "briefing.ipynb" in err
    for name in ("zone", "year", "currency", "data_path"):
        assert name in err.split("declares:")[-1]
    assert not (tmp_path / "out").exists()


def test_unknown_parameter_in_own_notebook(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    notebook = parameter_notebook(tmp_path / "own.ipynb", "print(width)")
    capsys.readouterr()
    code = main(["build", "--notebook", str(notebook), "--output-dir", str(tmp_path / "out"), "-p", "colour", "red"])
    err = capsys.readouterr().err
    assert code == 2 and "`colour`" in err and "width" in err, err


def test_parameter_of_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    notebook = parameter_notebook(tmp_path / "own.ipynb", "print(width)")
    capsys.readouterr()
    code = main(["build", "--notebook", str(notebook), "--output-dir", str(tmp_path / "out"), "-p", "width", "wide"])
    err = capsys.readouterr().err
    assert code == 2 and "`width`" in err and "'wide'" in err, err


def test_reserved_parameter_points_to_its_option(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    capsys.readouterr()
    code = main(["build", "--output-dir", str(tmp_path / "out"), "-p", "zone", "Somewhere"])
    err = capsys.readouterr().err
    assert code == 2 and "--zone" in err, err


# --- atomic output: killed builds leave nothing partial --------------------------------------------------

def interrupted_build(out: Path, sig: signal.Signals, whole_group: bool, delay: float = 3.0) -> tuple[int, str, list[Path]]:
    """Start a full build, signal it after ``delay`` seconds; returns exit code, stderr, work folders left."""
    tmp = out.parent / "tmp"
    tmp.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "lushun_analysis.cli", "build", "--force", "--output-dir", str(out)],
                               cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True, env=dict(os.environ, TMPDIR=str(tmp)))
    try:
        time.sleep(delay)
        if whole_group:
            os.killpg(process.pid, sig)  # what Ctrl-C in a terminal does
        else:
            process.send_signal(sig)  # what `kill PID` or a job scheduler does
        _, err = process.communicate(timeout=60)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # the kernel, if it outlived its parent
        except ProcessLookupError:
            pass
        process.wait()
    return process.returncode, err, sorted(tmp.glob("lushun-*"))


@pytest.fixture(scope="session")
def killed(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path, list[Path]]:
    out = tmp_path_factory.mktemp("killed") / "reports"
    code, err, left = interrupted_build(out, signal.SIGTERM, whole_group=False)
    return code, err, out, left


@pytest.fixture(scope="session")
def interrupted(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path, list[Path]]:
    out = tmp_path_factory.mktemp("interrupted") / "reports"
    code, err, left = interrupted_build(out, signal.SIGINT, whole_group=True)
    return code, err, out, left


def test_killed_build_leaves_nothing_partial(killed: tuple[int, str, Path, list[Path]]) -> None:
    code, err, out, _ = killed
    assert code in (-signal.SIGTERM, 128 + signal.SIGTERM), err  # it really was killed mid-way, not finished
    assert temporary_leftovers(out) == []
    for path in files_under(out):
        assert_complete(path)
    assert not [p for p in files_under(out) if p.suffix in (".pdf", ".html", ".ipynb")]


def test_interrupted_build_says_so_and_leaves_nothing(interrupted: tuple[int, str, Path, list[Path]]) -> None:
    code, err, out, _ = interrupted
    assert code == 130, err
    assert "interrupted; nothing was written" in err
    assert files_under(out) == []


def test_interrupted_build_removes_its_work_folder(interrupted: tuple[int, str, Path, list[Path]]) -> None:
    """Not the output folder, but the build promises to clean up its private folder on any exception."""
    *_, left = interrupted
    assert not [p for p in left if p.name.startswith("lushun-build-")], left


def test_interrupted_build_shows_no_kernel_traceback(interrupted: tuple[int, str, Path, list[Path]]) -> None:
    _, err, _, _ = interrupted
    assert "Traceback" not in err and "ZMQError" not in err, err


# --- paths: zone names are not paths -------------------------------------------------------------------

@pytest.mark.parametrize("zone", ["../../etc", "/etc/passwd", "..", ".", "", "a/../../b", "..\\..\\windows", "zone\x00name",
                                  "~root", "-rf", " ", "旅顺经济开发区", "$(touch x)", "`id`", "C:\\temp", "CON", "a\nb"])
def test_slug_is_a_plain_file_name(zone: str) -> None:
    slug = slugify(zone)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
    out = Path("/srv/reports")
    target = (out / f"{output_stem(zone, 2019)}.pdf").resolve()
    assert target.parent == out


@pytest.mark.parametrize("zone, slug", [("Lushun Development Zone", "lushun-development-zone"), ("../../etc", "etc"),
                                        ("Ürümqi  Zone", "urumqi-zone"), ("R&D Park #1", "r-d-park-1")])
def test_slug_examples(zone: str, slug: str) -> None:
    assert slugify(zone) == slug


def test_slug_of_chinese_names_is_stable_and_distinct() -> None:
    assert slugify("旅顺经济开发区") == slugify("旅顺经济开发区")
    assert slugify("旅顺经济开发区") != slugify("金州经济开发区")


def test_slug_keeps_mixed_script_zones_apart() -> None:
    """Two zones of one data set must not write over each other's briefing."""
    assert slugify("旅顺 Development Zone") != slugify("金州 Development Zone")


def test_output_name_fits_a_file_system() -> None:
    """Names longer than 255 bytes can't be created; the temporary name adds 14 characters."""
    stem = output_stem("Very Long Development Zone Name " * 12, 2019)
    assert len(f".{stem}.ipynb.abcdefgh.tmp".encode()) <= 255, len(stem)


# --- builds at the same time ---------------------------------------------------------------------------

def run_together(*commands: tuple[str, ...]) -> list[subprocess.CompletedProcess]:
    with ThreadPoolExecutor(len(commands)) as pool:
        return list(pool.map(lambda args: lushun(*args, timeout=300), commands))


@pytest.fixture(scope="session")
def same_briefing_twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[subprocess.CompletedProcess], Path]:
    out = tmp_path_factory.mktemp("twice") / "reports"
    results = run_together(("build", "--force", "--output-dir", str(out)), ("build", "--force", "--output-dir", str(out)))
    return results, out


HOSTILE_PATH_ZONE = "../../etc"


@pytest.fixture(scope="session")
def two_zones_together(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[subprocess.CompletedProcess], Path, Path]:
    base = tmp_path_factory.mktemp("zones")
    rows = [
        row(zone=HOSTILE_PATH_ZONE, indicator="fiscal_revenue", label="Fiscal revenue", value=1500000000, growth_pct=4,
            quote="The fiscal revenue of ../../etc was RMB 1.5 billion, up 4%."),
        row(zone="Harbour Test Zone", indicator="fiscal_revenue", label="Fiscal revenue", value=2340000000, growth_pct=-3.5,
            quote="The fiscal revenue of the zone was RMB 2.34 billion, down 3.5%."),
        row(zone="Harbour Test Zone", topic="innovation", indicator="patents_granted", label="Patents granted", value=73,
            unit="count", qualifier="at_least", quote="More than 73 patents were granted."),
    ]
    data = write_dataset(base / "data", rows)
    out = base / "deep" / "er" / "reports"
    results = run_together(
        ("build", "--data", str(data), "--zone", HOSTILE_PATH_ZONE, "--to", "html", "--output-dir", str(out)),
        ("build", "--data", str(data), "--zone", "Harbour Test Zone", "--to", "html", "--output-dir", str(out)),
    )
    return results, out, base


def test_a_build_kernel_listens_on_sockets_in_its_own_folder(tmp_path: Path) -> None:
    """No free TCP port is picked, so two builds started at once cannot pick the same one."""
    from lushun_analysis.execute import start_kernel, stop_kernel

    manager = start_kernel(ROOT / "notebooks", tmp_path / "kernel.log")
    try:
        deadline = time.monotonic() + 30
        while len(list(tmp_path.glob("kernel-*"))) < 5 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert manager.transport == "ipc"
        assert len(list(tmp_path.glob("kernel-*"))) == 5  # shell, iopub, stdin, control, heartbeat
    finally:
        stop_kernel(manager)


def test_same_briefing_built_twice_at_once(same_briefing_twice: tuple[list[subprocess.CompletedProcess], Path]) -> None:
    results, out = same_briefing_twice
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    for ext in ("pdf", "html", "ipynb"):
        assert_complete(out / f"{STEM}.{ext}")
    assert "Lushun Development Zone" in (out / f"{STEM}.html").read_text(encoding="utf-8")
    assert temporary_leftovers(out) == []
    assert sorted(p.name for p in out.iterdir()) == [".lushun-cache"] + sorted(f"{STEM}.{e}" for e in ("html", "ipynb", "pdf"))
    manifest = json.loads((out / ".lushun-cache" / f"{STEM}.json").read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(f"{STEM}.{e}" for e in ("html", "ipynb", "pdf"))


def test_two_zones_at_once_dont_interfere(two_zones_together: tuple[list[subprocess.CompletedProcess], Path, Path]) -> None:
    results, out, _ = two_zones_together
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    etc, harbour = out / "etc-2019-briefing.html", out / "harbour-test-zone-2019-briefing.html"
    for path in (etc, harbour, etc.with_suffix(".ipynb"), harbour.with_suffix(".ipynb")):
        assert_complete(path)
    etc_html, harbour_html = etc.read_text(encoding="utf-8"), harbour.read_text(encoding="utf-8")
    assert "RMB 1.5 billion" in etc_html and "RMB 2.34 billion" not in etc_html
    assert "RMB 2.34 billion" in harbour_html and "RMB 1.5 billion" not in harbour_html
    assert "Patents granted" in harbour_html and "Patents granted" not in etc_html
    assert temporary_leftovers(out) == []


def test_hostile_zone_name_stays_inside_output_dir(two_zones_together: tuple[list[subprocess.CompletedProcess], Path, Path]) -> None:
    results, out, base = two_zones_together
    printed = [Path(line) for r in results for line in r.stdout.split()]
    assert printed and all(is_inside(p if p.is_absolute() else ROOT / p, out) for p in printed), printed
    outside = [p for p in files_under(base) if not is_inside(p, out) and not is_inside(p, base / "data")]
    assert outside == []
    assert not (out.parent.parent / "etc-2019-briefing.html").exists()
    html = (out / "etc-2019-briefing.html").read_text(encoding="utf-8")
    assert "<h1>../../etc</h1>" in html
