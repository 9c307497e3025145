"""The `lushun` command: the only place that turns errors into exit codes.

Exit 0 done, 2 bad input, 1 a failed build; messages go to stderr in one
paragraph, paths and tables to stdout, so scripts can read them.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import traceback
from pathlib import Path
from typing import Sequence

from .errors import InputError, LushunError


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad options as our own input errors (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(message)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lushun", description="Briefings on development zones, from official releases.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = sub.add_parser("build", help="execute the briefing notebook and render HTML and PDF")
    build.add_argument("--notebook", help="notebook to run (default notebooks/briefing.ipynb)")
    build.add_argument("--data", help="indicators.csv of the data set (default data/indicators.csv)")
    build.add_argument("--zone", default="", help="zone to brief (default: the data's only zone)")
    build.add_argument("--year", type=int, help="year to brief (default: the zone's latest)")
    build.add_argument("--currency", default="CNY", help="CNY or USD")
    build.add_argument("--to", default="html,pdf", help="formats, comma separated: html,pdf")
    build.add_argument("--output-dir", help="where to write (default reports/)")
    build.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                       help="another notebook parameter")
    build.add_argument("--timeout", type=int, default=300, help="seconds a cell may run (default 300)")
    build.add_argument("--force", action="store_true", help="rebuild even when nothing changed")

    batch = sub.add_parser("batch", help="build every zone and year in the data, in parallel")
    batch.add_argument("--data", help="indicators.csv of the data set (default data/indicators.csv)")
    batch.add_argument("--currency", default="CNY", help="currencies, comma separated: CNY,USD")
    batch.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel builds (default: one per core)")
    batch.add_argument("--notebook", help="notebook to run (default notebooks/briefing.ipynb)")
    batch.add_argument("--to", default="html,pdf", help="formats, comma separated: html,pdf")
    batch.add_argument("--output-dir", help="where to write (default reports/; a folder per currency when several)")
    batch.add_argument("--timeout", type=int, default=300, help="seconds a cell may run (default 300)")
    batch.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar")

    check = sub.add_parser("check", help="validate a data file")
    check.add_argument("csv", nargs="?", help="indicators.csv (default data/indicators.csv)")

    extract = sub.add_parser("extract", help="turn a release into rows of the indicator table")
    extract.add_argument("text_file")
    extract.add_argument("--zone", default="")
    extract.add_argument("--year", type=int)
    extract.add_argument("--source", default="")
    extract.add_argument("-o", "--output", help="CSV to write (default: stdout)")
    return parser


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import build_briefing

    result = build_briefing(
        notebook=args.notebook, data=args.data, zone=args.zone, year=args.year, currency=args.currency,
        formats=args.to, output_dir=args.output_dir, parameters=dict(args.parameter),
        timeout=args.timeout, force=args.force,
    )
    if result.cached:
        print("lushun: inputs unchanged, reusing the finished briefing (--force rebuilds)", file=sys.stderr)
    for path in result.paths:
        print(_shown(path))
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import exit_code, plan, run_batch, summary
    from .build import parse_formats

    if args.jobs < 1:
        raise InputError(f"option `--jobs`: {args.jobs} must be 1 or more")
    jobs = plan(args.data, tuple(c.strip().upper() for c in args.currency.split(",") if c.strip()), args.output_dir)
    options = {"notebook": args.notebook, "data": args.data, "formats": parse_formats(args.to),
               "timeout": args.timeout, "force": args.force}
    outcomes = run_batch(jobs, args.jobs, options, progress=not args.no_progress and sys.stderr.isatty())
    print(summary(outcomes))
    return exit_code(outcomes)


def _cmd_check(args: argparse.Namespace) -> int:
    from .data import read_dataset

    dataset = read_dataset(args.csv)
    rows = dataset.indicators
    summary = ", ".join(f"{zone} ({', '.join(map(str, dataset.years(zone)))})" for zone in dataset.zones())
    print(f"{dataset.path}: OK, {len(rows)} figure{'' if len(rows) == 1 else 's'}: {summary}")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from .extract import extract_csv

    text = extract_csv(Path(args.text_file), zone=args.zone, year=args.year, source=args.source)
    if args.output:
        from .build import write_atomically

        target = Path(args.output).resolve()
        if not target.parent.is_dir():
            raise InputError(f"option `-o`: the folder {target.parent} does not exist")
        write_atomically(target, text.encode("utf-8"))
        print(args.output)
    else:
        sys.stdout.write(text)
    return 0


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the code is so cleanup runs as it does for Ctrl-C."""


def _terminate(signum: int, frame: object) -> None:
    """A job scheduler's SIGTERM cleans up like Ctrl-C: temporary files go, outputs stay whole."""
    raise _Terminated


def _shown(path: Path) -> str:
    """Paths relative to the working directory when inside it, as a user typed them."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


COMMANDS = {"build": _cmd_build, "batch": _cmd_batch, "check": _cmd_check, "extract": _cmd_extract}


def main(argv: Sequence[str] | None = None) -> int:
    for level in (logging.WARNING, logging.ERROR):
        logging.addLevelName(level, logging.getLevelName(level).lower())
    logging.basicConfig(level=logging.WARNING, format="lushun: %(levelname)s: %(message)s")
    signal.signal(signal.SIGTERM, _terminate)
    try:
        args = _build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except LushunError as err:
        print(f"lushun: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt as stop:
        print("lushun: interrupted; nothing was written", file=sys.stderr)
        return 128 + signal.SIGTERM if isinstance(stop, _Terminated) else 130
    except Exception as err:  # a bug, not bad input: say so briefly, full trace on request
        if os.environ.get("LUSHUN_DEBUG"):
            traceback.print_exc()
        print(f"lushun: internal error: {type(err).__name__}: {err} (set LUSHUN_DEBUG=1 for the traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
