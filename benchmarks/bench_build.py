"""Time `lushun build` and `lushun batch` against the plain papermill + nbconvert chain.

Usage: python benchmarks/bench_build.py [--rounds N] [--quick] [--keep]

Everything runs as separate processes, the way a user would type it, with the
console scripts found next to the Python running this file (so `.venv/bin/python
benchmarks/bench_build.py` measures `.venv/bin/lushun`). Same notebook
(notebooks/briefing.ipynb) and parameters for every variant:

  A   lushun build --force --output-dir <fresh empty folder>        (HTML + PDF, cold process)
  B   papermill ... -p zone ... -p year 2017 -p currency CNY -p data_path ...  --cwd notebooks
      jupyter nbconvert --to html --no-input --template lushun-html  (same templates, via --config)
      jupyter nbconvert --to pdf  --no-input --template lushun-latex
  C   lushun build --output-dir <the folder A wrote in this round>  (nothing changed: reuse)
  D1  lushun batch --data <4 zone-years> --currency CNY,USD --force --no-progress --jobs 1   (8 briefings)
  D2  the same with --jobs 2

The variants run interleaved, round robin (A, B, C, D1, D2, A, B, ...), after one
untimed warm-up of A and B, so a busy neighbour or a warming disk cache affects
all of them alike. Wall time is time.perf_counter() around subprocess.run; CPU
time is the change in resource.getrusage(RUSAGE_CHILDREN) (user + system of the
process and every descendant it waited for); "others" is the CPU the rest of the
machine used meanwhile (busy time from /proc/stat minus the benchmark's own), to
tell a slow build from a busy machine. Peak memory comes from one more run
of A, sampling /proc/<pid>/status of the whole process tree every 50 ms (VmRSS
summed over the tree, VmHWM per process), cross-checked with `/usr/bin/time -v`
when it is installed. Then `lushun --help` and `lushun check`, five times each.

The build's inputs (package sources, templates, notebook, data) are fingerprinted
before every round: if someone edits them while the benchmark runs, the round says
so, and when that makes C rebuild instead of reuse, C is measured again after an
untimed rebuild.

Prints medians (min, max), ratios pair by pair, and the targets with PASS/MISS.
Exits 0 whatever the figures are (it measures, it does not gate); exits 1 only
when a command failed or did not write its files, since then there is nothing
to measure.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "briefing.ipynb"
DATA = ROOT / "data" / "indicators.csv"
ZONE, YEAR, CURRENCY = "Lushun Development Zone", 2017, "CNY"
MADE_UP_ZONES = ("Example Bay Development Zone", "Sample Harbour Industrial Park", "Demo Hi-Tech Zone")
BIN = Path(sys.executable).parent
TARGETS = {  # name: (comparison, limit)
    "A/B": ("<=", 0.6),
    "C/A": ("<=", 0.05),
    "D1/D2": (">=", 1.7),
    "peak": ("<=", 600.0),
}
SAMPLE_EVERY = 0.05


class Failed(Exception):
    """A measured command failed or left out a file: the figures would mean nothing."""


# ---------------------------------------------------------------- running and timing

@dataclass
class Timing:
    """Seconds of one command: wall, CPU of it and its descendants, CPU busy on the whole machine."""

    wall: float
    cpu: float
    busy: float

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.wall + other.wall, self.cpu + other.cpu, self.busy + other.busy)

    @property
    def others(self) -> float:
        """Average number of CPUs other processes kept busy meanwhile."""
        return max(0.0, self.busy - self.cpu) / self.wall if self.wall > 0 else 0.0


def run(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[Timing, subprocess.CompletedProcess]:
    """Time one command (CPU from getrusage(RUSAGE_CHILDREN), machine CPU from /proc/stat)."""
    start = cpu_clock()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    end = cpu_clock()
    if result.returncode != 0:
        raise Failed(f"exit {result.returncode}: {' '.join(cmd)}\n{_tail(result.stderr)}")
    return Timing(end[0] - start[0], end[2] - start[2], end[1] - start[1]), result


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join("    " + line for line in text.strip().splitlines()[-lines:])


def expect_files(folder: Path, counts: dict[str, int], what: str) -> None:
    for ext, expected in counts.items():
        found = [p for p in folder.rglob(f"*.{ext}") if not any(part.startswith(".") for part in p.relative_to(folder).parts)]
        if len(found) != expected or not all(p.stat().st_size > 0 for p in found):
            raise Failed(f"{what}: expected {expected} non-empty .{ext} file(s) in {folder}, found {len(found)}")


class Bench:
    """The temporary folder, the commands and the measurements."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.lushun = str(BIN / "lushun")
        self.papermill = str(BIN / "papermill")
        self.jupyter = str(BIN / "jupyter")
        self.package_dir = package_dir()
        # JUPYTER_PATH makes the kernel spec lushun_analysis/kernels/lushun-analysis visible to
        # papermill; every variant gets the same environment (lushun would add it by itself).
        self.env = dict(os.environ)
        paths = [p for p in self.env.get("JUPYTER_PATH", "").split(os.pathsep) if p and p != str(self.package_dir)]
        self.env["JUPYTER_PATH"] = os.pathsep.join([str(self.package_dir), *paths])
        self.env.pop("LUSHUN_HOME", None)
        self.counter = 0
        self.nbconvert_config = self._write_nbconvert_config()
        self.batch_data = self._write_batch_dataset()
        self.last_build: Path | None = None
        self.inputs = fingerprint(self.package_dir)
        self.notes: list[str] = []
        self.wall: dict[str, list[float]] = defaultdict(list)
        self.cpu: dict[str, list[float]] = defaultdict(list)
        self.others: dict[str, list[float]] = defaultdict(list)

    def fresh(self, label: str) -> Path:
        self.counter += 1
        folder = self.tmp / f"{label}-{self.counter:03d}"
        folder.mkdir()
        return folder

    def record(self, name: str, timing: Timing) -> float:
        self.wall[name].append(timing.wall)
        self.cpu[name].append(timing.cpu)
        self.others[name].append(timing.others)
        return timing.wall

    # --- setup

    def _write_nbconvert_config(self) -> Path:
        path = self.tmp / "nbconvert_config.py"
        path.write_text(
            "# The templates and filter `lushun build` uses, for plain `jupyter nbconvert`.\n"
            f"c.TemplateExporter.extra_template_basedirs = [{str(self.package_dir / 'templates')!r}]\n"
            'c.TemplateExporter.filters = {"latex_text": "lushun_analysis.escape.latex"}\n'
            'c.TagRemovePreprocessor.remove_cell_tags = {"injected-parameters", "parameters", "remove-cell"}\n',
            encoding="utf-8",
        )
        return path

    def _write_batch_dataset(self) -> Path:
        """data/ copied, plus the 2017 Lushun rows under three made-up zone names: 4 zone-years.

        Same year, so the copied exchange_rates.csv already has its CNY rate, and the same
        source ids, so the copied sources.csv (and raw text) stays valid."""
        folder = self.tmp / "batch-data"
        shutil.copytree(DATA.parent, folder)
        path = folder / "indicators.csv"
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header, rows = list(reader.fieldnames or []), list(reader)
        base = [r for r in rows if r["zone"] == ZONE and r["year"] == str(YEAR)]
        if not base:
            raise Failed(f"{DATA}: no rows for {ZONE} {YEAR} to copy")
        rows += [{**r, "zone": zone} for zone in MADE_UP_ZONES for r in base]
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, header)
            writer.writeheader()
            writer.writerows(rows)
        with (folder / "exchange_rates.csv").open(encoding="utf-8-sig", newline="") as handle:
            years = {r["year"] for r in csv.DictReader(handle) if r["currency"] == "CNY"}
        if str(YEAR) not in years:
            raise Failed(f"{folder / 'exchange_rates.csv'}: no CNY rate for {YEAR}")
        return path

    # --- the variants

    def a(self, record: bool = True) -> float:
        """A cold build into a fresh folder, which C then reuses."""
        out = self.fresh("a")
        self.inputs = fingerprint(self.package_dir)
        timing, _ = run([self.lushun, "build", "--force", "--output-dir", str(out)], self.env)
        expect_files(out, {"html": 1, "pdf": 1}, "A")
        if self.last_build:
            shutil.rmtree(self.last_build)
        self.last_build = out
        return self.record("A", timing) if record else timing.wall

    def b(self) -> float:
        work = self.fresh("b")
        executed = work / "x.ipynb"
        steps = [
            ("B papermill", [self.papermill, "-k", "lushun-analysis", str(NOTEBOOK), str(executed),
                             "-p", "zone", ZONE, "-p", "year", str(YEAR), "-p", "currency", CURRENCY,
                             "-p", "data_path", str(DATA), "--cwd", str(NOTEBOOK.parent)]),
            ("B nbconvert html", [self.jupyter, "nbconvert", "--config", str(self.nbconvert_config), "--to", "html",
                                  "--no-input", "--template", "lushun-html", str(executed)]),
            ("B nbconvert pdf", [self.jupyter, "nbconvert", "--config", str(self.nbconvert_config), "--to", "pdf",
                                 "--no-input", "--template", "lushun-latex", str(executed)]),
        ]
        total = Timing(0.0, 0.0, 0.0)
        for name, cmd in steps:
            timing, _ = run(cmd, self.env)
            self.record(name, timing)
            total += timing
        expect_files(work, {"html": 1, "pdf": 1}, "B")
        shutil.rmtree(work)
        return self.record("B", total)

    def c(self, attempts: int = 3) -> float:
        """`lushun build` again on the folder of the preceding build, nothing changed: reuse."""
        assert self.last_build is not None
        for _ in range(attempts):
            timing, result = run([self.lushun, "build", "--output-dir", str(self.last_build)], self.env)
            if "reusing" in result.stderr:
                expect_files(self.last_build, {"html": 1, "pdf": 1}, "C")
                return self.record("C", timing)
            now = fingerprint(self.package_dir)
            if now == self.inputs:
                raise Failed(f"C: expected `lushun build` to report reuse on stderr, got:\n{_tail(result.stderr)}")
            self.notes.append(f"C rebuilt instead of reusing because {describe_change(self.inputs, now)} "
                              "changed after the preceding build; measured again after an untimed rebuild")
            self.a(record=False)
        raise Failed("C: the build's inputs kept changing; no reuse to measure")

    def d(self, jobs: int) -> float:
        out = self.fresh(f"d{jobs}")
        timing, _ = run([self.lushun, "batch", "--data", str(self.batch_data), "--currency", "CNY,USD", "--force",
                         "--no-progress", "--output-dir", str(out), "--jobs", str(jobs)], self.env)
        expect_files(out, {"html": 8, "pdf": 8}, f"D{jobs}")
        shutil.rmtree(out)
        return self.record(f"D{jobs}", timing)

    def quick_commands(self, times: int = 5) -> None:
        for _ in range(times):
            timing, result = run([self.lushun, "--help"], self.env)
            if "build" not in result.stdout:
                raise Failed("`lushun --help` printed no usage")
            self.record("lushun --help", timing)
            timing, result = run([self.lushun, "check"], self.env)
            if "OK" not in result.stdout:
                raise Failed(f"`lushun check` did not say OK:\n{_tail(result.stdout + result.stderr)}")
            self.record("lushun check", timing)


def fingerprint(package: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of everything a build's cache key depends on."""
    files = [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    files += [NOTEBOOK, *[p for p in DATA.parent.rglob("*") if p.is_file()]]
    found = {}
    for path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        found[str(path)] = (info.st_size, info.st_mtime_ns)
    return found


def describe_change(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> str:
    changed = sorted({k for k in before.keys() | after.keys() if before.get(k) != after.get(k)})
    shown = [str(Path(k).relative_to(ROOT)) if Path(k).is_relative_to(ROOT) else k for k in changed]
    return ", ".join(shown[:6]) + (f" and {len(shown) - 6} more" if len(shown) > 6 else "") if shown else "nothing"


def package_dir() -> Path:
    """lushun_analysis/ as installed for this Python (it holds kernels/ and templates/)."""
    spec = importlib.util.find_spec("lushun_analysis")
    folder = Path(spec.origin).parent if spec and spec.origin else ROOT / "lushun_analysis"
    if not (folder / "kernels" / "lushun-analysis" / "kernel.json").is_file():
        raise Failed(f"{folder}: no kernels/lushun-analysis/kernel.json")
    return folder


# ---------------------------------------------------------------- peak memory

def _ppid_table() -> dict[int, int]:
    table = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    raw = handle.read()
            except OSError:
                continue
            table[int(entry.name)] = int(raw[raw.rfind(b")") + 2:].split()[1])
    return table


def _tree(root: int) -> list[tuple[int, int]]:
    """(pid, parent) of root and every descendant."""
    children: dict[int, list[int]] = defaultdict(list)
    for pid, ppid in _ppid_table().items():
        children[ppid].append(pid)
    found, stack = [(root, 0)], [root]
    while stack:
        parent = stack.pop()
        for child in children.get(parent, []):
            found.append((child, parent))
            stack.append(child)
    return found


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _kib(text: bytes | None, field: bytes) -> int:
    for line in (text or b"").splitlines():
        if line.startswith(field):
            return int(line.split()[1])
    return 0


def measure_memory(bench: Bench) -> dict[str, object]:
    """One more `lushun build --force`, its process tree sampled every 50 ms."""
    out = bench.fresh("mem")
    command = [bench.lushun, "build", "--force", "--output-dir", str(out)]
    gnu_time = Path("/usr/bin/time")
    use_time = gnu_time.is_file() and os.access(gnu_time, os.X_OK)
    if use_time:
        command = [str(gnu_time), "-v", *command]
    proc = subprocess.Popen(command, cwd=ROOT, env=bench.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    peaks: dict[str, int] = defaultdict(int)  # role -> largest VmHWM seen (KiB)
    tree_rss = tree_pss = samples = 0
    lushun_pid = None
    while proc.poll() is None:
        rss_sum = pss_sum = 0
        for pid, parent in _tree(proc.pid):
            cmdline = _read(f"/proc/{pid}/cmdline")
            if cmdline is None or (use_time and pid == proc.pid):
                continue  # gone, or GNU time itself (a couple of MB, not the build's)
            if parent != proc.pid and cmdline == _read(f"/proc/{parent}/cmdline"):
                continue  # forked, not yet exec'd: shares its parent's pages
            if lushun_pid is None and (pid == proc.pid or parent == proc.pid):
                lushun_pid = pid
            status = _read(f"/proc/{pid}/status")
            name = (_read(f"/proc/{pid}/comm") or b"?").strip().decode(errors="replace")
            if pid == lushun_pid:
                role = "lushun process"
            elif b"ipykernel_launcher" in cmdline:
                role = "kernel"
            elif name.startswith(("xelatex", "xdvipdfmx", "xetex")):
                role = "xelatex"
            else:
                role = f"other ({name})"
            peaks[role] = max(peaks[role], _kib(status, b"VmHWM:"), _kib(status, b"VmRSS:"))
            rss_sum += _kib(status, b"VmRSS:")
            pss_sum += _kib(_read(f"/proc/{pid}/smaps_rollup"), b"Pss:")
        tree_rss, tree_pss = max(tree_rss, rss_sum), max(tree_pss, pss_sum)
        samples += 1
        time.sleep(SAMPLE_EVERY)
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise Failed(f"memory run: exit {proc.returncode}\n{_tail(stderr.decode(errors='replace'))}")
    expect_files(out, {"html": 1, "pdf": 1}, "memory run")
    shutil.rmtree(out)
    gnu_max = None
    if use_time:
        for line in stderr.decode(errors="replace").splitlines():
            if "Maximum resident set size" in line:
                gnu_max = int(line.rsplit(":", 1)[1])
    return {"peaks": dict(peaks), "tree_rss": tree_rss, "tree_pss": tree_pss, "samples": samples, "gnu_time_max": gnu_max}


def mb(kib: float) -> float:
    return kib * 1024 / 1e6


# ---------------------------------------------------------------- report

def machine() -> list[str]:
    model = next((line.split(":", 1)[1].strip() for line in (_read("/proc/cpuinfo") or b"").decode().splitlines()
                  if line.startswith("model name")), platform.processor() or "?")
    memory = _kib(_read("/proc/meminfo"), b"MemTotal:")
    lines = [f"date (UTC)  {datetime.now(timezone.utc):%Y-%m-%d %H:%M}",
             f"machine     {os.cpu_count()} CPUs, {model}, {mb(memory) / 1000:.1f} GB RAM",
             f"system      {platform.platform()}, Python {platform.python_version()} ({sys.executable})"]
    versions = []
    for label, cmd in (("papermill", [str(BIN / "papermill"), "--version"]),
                       ("nbconvert", [str(BIN / "jupyter"), "nbconvert", "--version"]),
                       ("xelatex", ["xelatex", "--version"])):
        try:
            text = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()
            versions.append(f"{label} {text[0].split(' from ')[0] if text else '?'}")
        except (OSError, subprocess.SubprocessError):
            versions.append(f"{label} ?")
    lines.append("tools       " + "; ".join(versions))
    return lines


def cpu_clock() -> tuple[float, float, float]:
    """(wall, CPU busy on the whole machine, CPU of this process and its children), in seconds.

    The difference between the second and the third over an interval is what other
    processes on the machine used meanwhile."""
    fields = [int(x) for x in (_read("/proc/stat") or b"cpu 0 0 0 0 0 0 0").split(b"\n", 1)[0].split()[1:8]]
    busy = (fields[0] + fields[1] + fields[2] + fields[5] + fields[6]) / os.sysconf("SC_CLK_TCK")
    ours = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        ours += usage.ru_utime + usage.ru_stime
    return time.perf_counter(), busy, ours


def others(start: tuple[float, float, float], end: tuple[float, float, float]) -> float:
    """Average number of CPUs busy with processes that are not the benchmark's."""
    wall = end[0] - start[0]
    return max(0.0, (end[1] - start[1]) - (end[2] - start[2])) / wall if wall > 0 else 0.0


def loadavg() -> str:
    return " ".join((_read("/proc/loadavg") or b"? ? ?").decode().split()[:3])


def stats(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def verdict(name: str, value: float) -> str:
    comparison, limit = TARGETS[name]
    ok = value <= limit if comparison == "<=" else value >= limit
    return "PASS" if ok else "MISS"


LABELS = {
    "A": "lushun build --force (cold, HTML+PDF)",
    "B": "papermill + nbconvert html + nbconvert pdf",
    "B papermill": "  papermill (execute)",
    "B nbconvert html": "  jupyter nbconvert --to html",
    "B nbconvert pdf": "  jupyter nbconvert --to pdf",
    "C": "lushun build, nothing changed (reuse)",
    "D1": "lushun batch, 8 briefings, --jobs 1",
    "D2": "lushun batch, 8 briefings, --jobs 2",
    "lushun --help": "lushun --help",
    "lushun check": "lushun check",
}


def report(bench: Bench, memory: dict[str, object] | None) -> None:
    print("\nwall time in seconds (CPU: user+system seconds of the command and its children, median;"
          "\nothers: CPUs kept busy by other processes meanwhile, median)")
    print(f"{'':3} {'command':<44} {'n':>2} {'median':>8} {'min':>8} {'max':>8} {'CPU':>8} {'others':>7}")
    for key, label in LABELS.items():
        if key not in bench.wall:
            continue
        med, low, high = stats(bench.wall[key])
        tag = key if key in ("A", "B", "C", "D1", "D2") else ""
        print(f"{tag:3} {label:<44} {len(bench.wall[key]):>2} {med:8.2f} {low:8.2f} {high:8.2f} "
              f"{statistics.median(bench.cpu[key]):8.2f} {statistics.median(bench.others[key]):7.2f}")

    print("\nratios pair by pair (of the medians; then the same ratio within each round: median, min, max)")
    pairs = [("A/B", "A", "B", "A as a share of B"), ("C/A", "C", "A", "reuse as a share of a build"),
             ("D1/D2", "D1", "D2", "throughput of --jobs 2 over --jobs 1")]
    results = {}
    for name, top, bottom, meaning in pairs:
        ratio = statistics.median(bench.wall[top]) / statistics.median(bench.wall[bottom])
        per_round = [t / b for t, b in zip(bench.wall[top], bench.wall[bottom])]
        med, low, high = stats(per_round)
        results[name] = ratio
        print(f"  {name:<6} {ratio:6.3f}   per round {med:6.3f} ({low:.3f} to {high:.3f})   {meaning}")
    per_briefing = {k: statistics.median(bench.wall[k]) / 8 for k in ("D1", "D2")}
    print(f"  batch seconds per briefing: --jobs 1 {per_briefing['D1']:.2f}, --jobs 2 {per_briefing['D2']:.2f} "
          f"(a single cold build, A: {statistics.median(bench.wall['A']):.2f})")

    if memory:
        peaks = memory["peaks"]
        print(f"\npeak memory of one `lushun build --force` ({memory['samples']} samples of /proc every "
              f"{SAMPLE_EVERY * 1000:.0f} ms; 1 MB = 10^6 bytes)")
        for role in sorted((r for r in peaks if peaks[r] >= 1024), key=lambda r: -peaks[r]):
            print(f"  {role:<28} peak RSS (VmHWM) {mb(peaks[role]):7.1f} MB")
        print(f"  {'largest single process':<28} {mb(max(peaks.values())):7.1f} MB")
        print(f"  {'whole tree, sum of RSS':<28} {mb(memory['tree_rss']):7.1f} MB   (pages shared by processes counted in each)")
        print(f"  {'whole tree, sum of PSS':<28} {mb(memory['tree_pss']):7.1f} MB   (shared pages split between processes)")
        if memory["gnu_time_max"] is not None:
            print(f"  {'/usr/bin/time -v max RSS':<28} {mb(memory['gnu_time_max']):7.1f} MB   (largest single process of the tree)")
        results["peak"] = mb(memory["tree_rss"])

    print("\ntargets")
    rows = [("A/B", "build time vs. papermill + nbconvert", f"{results['A/B']:.3f}", "<= 0.60"),
            ("C/A", "reuse time vs. build time", f"{results['C/A']:.3f}", "<= 0.05"),
            ("D1/D2", "batch throughput, --jobs 2 vs --jobs 1", f"{results['D1/D2']:.2f}x", ">= 1.70x")]
    if "peak" in results:
        rows.append(("peak", "peak RSS of one build (tree sum)", f"{results['peak']:.0f} MB", "<= 600 MB"))
    for name, what, value, target in rows:
        print(f"  {what:<42} {value:>9}   target {target:<9}  {verdict(name, results[name])}")
    for key in ("lushun --help", "lushun check"):
        med = statistics.median(bench.wall[key])
        print(f"  {key + ' (median of 5)':<42} {med:8.2f}s   target < 1 s      {'PASS' if med < 1 else 'MISS'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds of A, B, C, D1, D2 (default 5)")
    parser.add_argument("--quick", action="store_true", help="2 rounds, to try the benchmark out")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    rounds = 2 if args.quick else args.rounds
    if rounds < 1:
        parser.error("--rounds must be 1 or more")
    missing = [str(BIN / n) for n in ("lushun", "papermill", "jupyter") if not (BIN / n).is_file()]
    if missing or not shutil.which("xelatex"):
        print(f"bench_build: missing {', '.join(missing) or 'xelatex on PATH'}; run `make setup` first", file=sys.stderr)
        return 1

    tmp = Path(tempfile.mkdtemp(prefix="lushun-bench-"))
    print("lushun build benchmark: " + " ".join([Path(sys.executable).name, *sys.argv]))
    print("\n".join(machine()))
    print(f"notebook    {NOTEBOOK.relative_to(ROOT)}; parameters zone={ZONE!r} year={YEAR} currency={CURRENCY} "
          f"data_path={DATA}")
    print(f"rounds      {rounds}, interleaved A B C D1 D2; temporary folder {tmp}")
    print(f"load        {loadavg()} (1, 5, 15 min averages at the start; other processes share these CPUs)")
    sys.stdout.flush()
    try:
        bench = Bench(tmp)
        start_inputs = bench.inputs
        print(f"\nwarm-up (not counted): A {bench.a(record=False):.2f} s, B {bench.b():.2f} s")
        bench.wall.clear()
        bench.cpu.clear()
        bench.others.clear()
        print(f"{'round':<6} {'A':>7} {'B':>7} {'C':>7} {'D1':>7} {'D2':>7}   CPUs used by other processes "
              f"(of {os.cpu_count()}) during the round")
        run_start = cpu_clock()
        for number in range(1, rounds + 1):
            before, clock = fingerprint(bench.package_dir), cpu_clock()
            times = [bench.a(), bench.b(), bench.c(), bench.d(1), bench.d(2)]
            after = fingerprint(bench.package_dir)
            edited = f"   inputs edited during the round: {describe_change(before, after)}" if after != before else ""
            print(f"{number:<6} " + " ".join(f"{t:7.2f}" for t in times) + f"   {others(clock, cpu_clock()):.2f}{edited}",
                  flush=True)
            for note in dict.fromkeys(bench.notes):
                times_seen = bench.notes.count(note)
                print(f"       note: {note}" + (f" ({times_seen} times)" if times_seen > 1 else ""))
            bench.notes.clear()
        print(f"other processes used {others(run_start, cpu_clock()):.2f} of {os.cpu_count()} CPUs on average "
              "during the rounds")
        bench.quick_commands()
        memory = measure_memory(bench)
        print(f"load        {loadavg()} at the end")
        end_inputs = fingerprint(bench.package_dir)
        if end_inputs != start_inputs:
            print(f"warning     the build's inputs changed while the benchmark ran ({describe_change(start_inputs, end_inputs)}):"
                  " the rounds did not all measure the same code")
        report(bench, memory)
    except Failed as err:
        print(f"\nbench_build: a measured command failed, so there are no figures:\n{err}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"\nkept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
