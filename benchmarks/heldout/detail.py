"""Detail for the held-out set: every miss, spurious figure and growth/qualifier error,
with its sentence. Matching is that of benchmarks/eval_extract.py (same unit, value
within 1e-6) plus one condition: label and figure spans must overlap, so a label is
never paired with an equal figure elsewhere in the text.

Usage (from the project root):
    python benchmarks/heldout/detail.py [FOLDER]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eval_extract import _qualifier, _same_figure, _same_growth  # noqa: E402

from lushun_analysis.extract import extract_figures, read_release  # noqa: E402


def sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("; ", 0, start))
    m = re.search(r"\.(\s|$)|\n", text[end:])
    right = end + m.start() + 1 if m else len(text)
    return " ".join(text[left + 1:right].split())


def locate(text: str, labels: list[dict]) -> None:
    pos = 0
    for lab in labels:
        i = text.find(lab["text"], pos)
        lab["start"], lab["end"] = i, i + len(lab["text"])
        pos = lab["end"]


def aligned(labels: list[dict], figures: list[dict]) -> tuple[int, int, int, int]:
    """Stricter view: a label matches only a figure whose span overlaps its own."""
    unused, matched, growth, qual = list(figures), 0, 0, 0
    for lab in labels:
        fig = next((f for f in unused if f["start"] < lab["end"] and f["end"] > lab["start"]
                    and _same_figure(lab, f)), None)
        if fig is None:
            continue
        unused.remove(fig)
        matched += 1
        growth += _same_growth(lab.get("growth_pct"), fig.get("growth_pct"))
        qual += _qualifier(lab) == _qualifier(fig)
    return matched, growth, qual, len(figures)


def main(folder: Path) -> None:
    totals = [0, 0, 0, 0, 0]
    rows = []
    for text_path in sorted((folder / "texts").glob("*.txt")):
        text = read_release(text_path)
        labels = json.loads((folder / "labels" / f"{text_path.stem}.json").read_text("utf-8"))
        locate(text, labels)
        figures = extract_figures(text).to_dict("records")
        unused = list(figures)
        m, g, q, n = aligned(labels, figures)
        rows.append((text_path.stem, len(labels), n, m, g, q))
        for i, v in enumerate((len(labels), n, m, g, q)):
            totals[i] += v
        print(f"== {text_path.stem}")
        for lab in labels:
            fig = next((f for f in unused if f["start"] < lab["end"] and f["end"] > lab["start"]
                        and _same_figure(lab, f)), None)
            s = sentence(text, lab["start"], lab["end"])
            if fig is None:
                near = [f for f in figures if f["start"] < lab["end"] and f["end"] > lab["start"]]
                got = "; ".join(f"{f['text']!r} {f['value']:g} {f['unit']} q={f['qualifier']} "
                                f"g={f['growth_pct']}" for f in near) or "nothing"
                print(f"  MISS  {lab['text']!r} want {lab['value']:g} {lab['unit']} "
                      f"q={lab['qualifier']} g={lab['growth_pct']} | got {got}\n        » {s}")
                continue
            unused.remove(fig)
            bad = []
            if not _same_growth(lab.get("growth_pct"), fig.get("growth_pct")):
                bad.append(f"growth want {lab['growth_pct']} got {fig['growth_pct']}")
            if _qualifier(lab) != _qualifier(fig):
                bad.append(f"qualifier want {_qualifier(lab)} got {_qualifier(fig)}")
            if bad:
                print(f"  WRONG {lab['text']!r}: {'; '.join(bad)}\n        » {s}")
        for fig in unused:
            s = sentence(text, int(fig["start"]), int(fig["end"]))
            print(f"  SPUR  {fig['text']!r} {fig['value']:g} {fig['unit']} q={fig['qualifier']} "
                  f"g={fig['growth_pct']}\n        » {s}")
    print("\nspan-aligned scores (label and figure spans must overlap)")
    for name, lab, n, m, g, q in rows + [("overall", *totals)]:
        print(f"{name:<40} labels {lab:>3} extracted {n:>3} recall {m / lab:.3f} "
              f"precision {m / n:.3f} growth {g / m:.3f} qualifier {q / m:.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
