"""Build every zone and year of a data set, in parallel, and report each outcome.

Each briefing runs in a worker process of its own (own kernel, own temporary
folder), so one failure never stops the others and two builds never share
files. The summary says what was built, reused or failed, and why.
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from . import config
from .data import read_dataset
from .errors import InputError, LushunError


@dataclass(frozen=True)
class Job:
    zone: str
    year: int
    currency: str
    output_dir: Path


@dataclass(frozen=True)
class Outcome:
    job: Job
    status: str  # built, cached or failed
    seconds: float
    detail: str
    exit_code: int = 0


def plan(data: str | Path | None, currencies: tuple[str, ...], output_dir: str | Path | None) -> list[Job]:
    """Every (zone, year) times every currency; a currency folder each when there are several."""
    dataset = read_dataset(data)
    unknown = [c for c in currencies if c not in config.CURRENCIES]
    if unknown or not currencies:
        raise InputError(f"option `--currency`: {', '.join(unknown) or 'nothing'} is not one of {', '.join(config.CURRENCIES)}")
    out = Path(output_dir or config.reports_dir()).resolve()
    jobs = []
    for currency in currencies:
        target = out / currency.lower() if len(currencies) > 1 else out
        for zone in dataset.zones():
            jobs += [Job(zone, year, currency, target) for year in dataset.years(zone)]
    return jobs


def _run(job: Job, options: dict) -> Outcome:
    """One build in a worker; errors become an outcome, never an exception."""
    from .build import build_briefing

    started = time.perf_counter()
    try:
        result = build_briefing(zone=job.zone, year=job.year, currency=job.currency, output_dir=job.output_dir, **options)
    except LushunError as err:
        return Outcome(job, "failed", time.perf_counter() - started, str(err), err.exit_code)
    except Exception as err:  # keep the batch going; the summary shows what broke
        return Outcome(job, "failed", time.perf_counter() - started, f"{type(err).__name__}: {err}", 1)
    status = "cached" if result.cached else "built"
    return Outcome(job, status, time.perf_counter() - started, ", ".join(p.name for p in result.paths))


def run_batch(jobs: list[Job], workers: int, options: dict, progress: bool = True) -> list[Outcome]:
    """Run the jobs on ``workers`` processes; outcomes come back in plan order."""
    from tqdm import tqdm

    outcomes: dict[int, Outcome] = {}
    with ProcessPoolExecutor(max_workers=max(1, workers)) as pool, \
            tqdm(total=len(jobs), unit="briefing", disable=not progress, leave=False) as bar:
        futures = {pool.submit(_run, job, options): i for i, job in enumerate(jobs)}
        for future in as_completed(futures):
            outcomes[futures[future]] = future.result()
            bar.update(1)
    return [outcomes[i] for i in range(len(jobs))]


def exit_code(outcomes: list[Outcome]) -> int:
    """1 if any build failed, else 2 if any briefing had bad input, else 0."""
    codes = {o.exit_code for o in outcomes}
    return 1 if 1 in codes else 2 if 2 in codes else 0


def summary(outcomes: list[Outcome]) -> str:
    """A plain table for the terminal and the job log."""
    rows = [("zone", "year", "currency", "status", "seconds", "files or error")]
    rows += [(o.job.zone, str(o.job.year), o.job.currency, o.status, f"{o.seconds:.1f}", o.detail) for o in outcomes]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:5], widths)) + "  " + r[5] for r in rows]
    counts = {s: sum(o.status == s for o in outcomes) for s in ("built", "cached", "failed")}
    lines.append(f"{len(outcomes)} briefings: {counts['built']} built, {counts['cached']} reused, {counts['failed']} failed")
    return "\n".join(lines)
