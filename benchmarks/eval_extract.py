"""Measure ``lushun extract`` against the hand-labelled development set.

Usage: python benchmarks/eval_extract.py [EXTRACTION_DIR] [--second-labels DIR]

EXTRACTION_DIR holds ``texts/NN_name.txt`` and ``labels/NN_name.json``; by default
``../shared/extraction`` relative to the project root. An extracted figure matches
a label when unit and value agree (value within a relative 1e-6); each label is
matched at most once, labels taken in text order. Prints recall and precision of
(value, unit) per file and overall, and for matched figures the share whose
growth_pct and qualifier are right too. Always exits 0: it reports, it does not gate.

With ``--second-labels DIR`` a second, independent labelling of the same texts
(``DIR/labels/NN_name.json``) is scored in place of the extractor: the agreement of
two people labelling the same releases bounds what any extractor can score.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from pathlib import Path

from lushun_analysis.config import project_root
from lushun_analysis.extract import extract_figures, read_release


@dataclass
class Score:
    """Counts for one file; rates are derived so files can be summed."""

    labels: int = 0
    extracted: int = 0
    matched: int = 0
    growth_right: int = 0
    qualifier_right: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        return (self.labels, self.extracted, self.matched, self.growth_right, self.qualifier_right)

    def line(self, name: str) -> str:
        return (f"{name:<40} labels {self.labels:>3}  extracted {self.extracted:>3}  "
                f"recall {_rate(self.matched, self.labels)}  "
                f"precision {_rate(self.matched, self.extracted)}  "
                f"growth {_rate(self.growth_right, self.matched)}  "
                f"qualifier {_rate(self.qualifier_right, self.matched)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=project_root() / ".." / "shared" / "extraction",
                        help="folder with texts/ and labels/ (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list missed labels and spurious figures")
    parser.add_argument("--second-labels", type=Path, metavar="DIR",
                        help="score a second labelling of the texts instead of the extractor")
    args = parser.parse_args(argv)
    total = Score()
    for text_path in sorted((args.folder / "texts").glob("*.txt")):
        labels = json.loads((args.folder / "labels" / f"{text_path.stem}.json").read_text("utf-8"))
        figures = _figures(text_path, args.second_labels)
        score, missed, spurious = evaluate(labels, figures)
        print(score.line(text_path.stem))
        if args.verbose:
            for label in missed:
                print(f"    missed   {label['text']!r} {label['value']} {label['unit']}")
            for figure in spurious:
                print(f"    spurious {figure['text']!r} {figure['value']} {figure['unit']}")
        total = total + score
    print(total.line("overall"))
    return 0


def _figures(text_path: Path, second_labels: Path | None) -> list[dict]:
    if second_labels is None:
        return extract_figures(read_release(text_path)).to_dict("records")
    return json.loads((second_labels / "labels" / f"{text_path.stem}.json").read_text("utf-8"))


def evaluate(labels: list[dict], figures: list[dict]) -> tuple[Score, list[dict], list[dict]]:
    """Match labels to figures on (value, unit), then check growth and qualifier."""
    unused = list(figures)
    score = Score(labels=len(labels), extracted=len(figures))
    missed = []
    for label in labels:
        figure = next((f for f in unused if _same_figure(label, f)), None)
        if figure is None:
            missed.append(label)
            continue
        unused.remove(figure)
        score.matched += 1
        score.growth_right += _same_growth(label.get("growth_pct"), figure.get("growth_pct"))
        score.qualifier_right += _qualifier(label) == _qualifier(figure)
    return score, missed, unused


# Labels may give one quantity in either of two units (an area in km² or in m²);
# both sides are compared in the base unit so that such a choice is not an error.
_BASE_UNIT = {"km2": ("m2", 1e6)}


def _in_base_unit(row: dict) -> tuple[str, float]:
    unit, factor = _BASE_UNIT.get(row["unit"], (row["unit"], 1.0))
    return unit, float(row["value"]) * factor


def _same_figure(label: dict, figure: dict) -> bool:
    (unit, value), (found_unit, found) = _in_base_unit(label), _in_base_unit(figure)
    return unit == found_unit and math.isclose(value, found, rel_tol=1e-6)


def _same_growth(expected: float | None, found: float | None) -> bool:
    missing = [v is None or (isinstance(v, float) and math.isnan(v)) for v in (expected, found)]
    if any(missing):
        return all(missing)
    return math.isclose(float(expected), float(found), rel_tol=1e-6, abs_tol=1e-9)


def _qualifier(row: dict) -> str:
    return row.get("qualifier") or "exact"


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  n/a"


if __name__ == "__main__":
    raise SystemExit(main())
