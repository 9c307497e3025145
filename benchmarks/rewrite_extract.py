"""Check that ``lushun extract`` reads the same figures however a release words them.

Usage: python benchmarks/rewrite_extract.py [FOLDER ...] [--show RULE] [--limit N]

Each rule below rewrites one phrase of a labelled text the way another release of the
genre might have written it ("16.6%" as "16.6 percent", "2 billion yuan" as "RMB 2
billion", ", up 5%" as ", an increase of 5%"), one place at a time. A rewrite keeps
the meaning, so the extracted figures (value, unit, growth, qualifier) must not change.
The labels are not needed: each text is its own reference, so this measures how far
the rules generalise beyond the phrasings of the texts they were built on. Prints, per
rule, how many rewrites changed the figures; always exits 0.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lushun_analysis.config import project_root
from lushun_analysis.extract import extract_figures

NUMBER = r"\d[\d,]*(?:\.\d+)?"
RATE = rf"({NUMBER})( percent|%)"
SCALED_YUAN = rf"\b({NUMBER}) (million|billion|trillion) yuan\b"
AFTER_COMMA = r"(?<=, )"  # a rate set off by a comma modifies the amount before it
# Moving the currency in front splits a range or list that shares it ("200-500 million
# yuan", "17.3 and 12.455 billion yuan"), so those are left alone.
ALONE = r"(?<![-–~$\d,.])(?<!and )(?<!, )"
# (name, pattern, replacement): each keeps the meaning of the phrase it rewrites.
RULES = [
    ("% as percent", rf"\b({NUMBER})%", r"\1 percent"),
    ("percent as %", rf"\b({NUMBER}) percent\b", r"\1%"),
    ("percent as per cent", rf"\b({NUMBER}) percent\b", r"\1 per cent"),
    ("yuan as RMB first", ALONE + SCALED_YUAN, r"RMB \1 \2"),
    ("yuan as RMB glued", ALONE + SCALED_YUAN, r"RMB\1 \2"),
    ("yuan as CNY after", SCALED_YUAN, r"\1 \2 CNY"),
    ("yuan as RMB after", SCALED_YUAN, r"\1 \2 RMB"),
    ("yuan as Yuan", SCALED_YUAN, r"\1 \2 Yuan"),
    ("RMB as yuan", rf"\bRMB ?({NUMBER}) (million|billion|trillion)\b", r"\1 \2 yuan"),
    ("$ as US$", rf"(?<![A-Z])\$({NUMBER}) (million|billion)", r"US$\1 \2"),
    ("$ as USD", rf"(?<![A-Z])\$({NUMBER}) (million|billion)", r"USD \1 \2"),
    ("up as rising", AFTER_COMMA + rf"up {RATE}", r"rising \1\2"),
    ("up as increasing", AFTER_COMMA + rf"up {RATE}", r"increasing \1\2"),
    ("up as an increase of", AFTER_COMMA + rf"up {RATE}", r"an increase of \1\2"),
    ("up as a rise of", AFTER_COMMA + rf"up {RATE}", r"a rise of \1\2"),
    ("up as a year-on-year growth of", AFTER_COMMA + rf"up {RATE}",
     r"a year-on-year growth of \1\2"),
    ("up as representing an increase of", AFTER_COMMA + rf"up {RATE}",
     r"representing an increase of \1\2"),
    ("up as with a year-on-year increase of", AFTER_COMMA + rf"up {RATE}",
     r"with a year-on-year increase of \1\2"),
    ("up as (up)", rf", up {RATE}(?=[.;])", r" (up \1\2)"),
    ("an increase of as up", AFTER_COMMA + rf"an increase of {RATE}", r"up \1\2"),
    ("a year-on-year increase of as up",
     AFTER_COMMA + rf"a year-on-year increase of {RATE}(?! and|,)",
     r"up \1\2 year on year"),
    ("increased by as grew by", rf"\bincreased by {RATE}", r"grew by \1\2"),
    ("increased by as rose", rf"\bincreased by {RATE}", r"rose \1\2"),
    ("down as falling", AFTER_COMMA + rf"down {RATE}", r"falling \1\2"),
    ("down as a decrease of", AFTER_COMMA + rf"down {RATE}", r"a decrease of \1\2"),
    ("down as a decline of", AFTER_COMMA + rf"down {RATE}", r"a decline of \1\2"),
    ("a decrease of as down", AFTER_COMMA + rf"a decrease of {RATE}", r"down \1\2"),
    ("decreased by as fell by", rf"\bdecreased by {RATE}", r"fell by \1\2"),
    ("decreased by as dropped", rf"\bdecreased by {RATE}", r"dropped \1\2"),
    ("year-on-year as year on year", r"\byear-on-year\b", "year on year"),
    ("year on year as year-on-year", r"\byear on year\b", "year-on-year"),
    ("more than as over", r"\bmore than (?=\d)", "over "),
    ("more than as above", r"\bmore than (?=\d)", "above "),
    ("about as around", r"\babout (?=\d)", "around "),
    ("about as approximately", r"\babout (?=\d)", "approximately "),
    ("nearly as almost", r"\bnearly (?=\d)", "almost "),
    ("nearly as close to", r"\bnearly (?=\d)", "close to "),
    ("reached as stood at", r"\breached (?=(?:RMB ?)?\d)", "stood at "),
    ("totaled as amounted to", r"\btotall?ed (?=(?:RMB ?)?\d)", "amounted to "),
    # "1,234" as "1234", unless the result could be read as a year.
    ("thousands without comma", r"(?<![\d,.])(?!1[89],|20,|21,)(\d{1,3}),(\d{3})\b(?![,.]\d)",
     r"\1\2"),
    ("yuan as ¥", ALONE + SCALED_YUAN, r"¥\1 \2"),
    ("reached, up as rose to", rf"\b(?:reached|hit|totaled|totalled) ((?:RMB ?)?{NUMBER}"
     r"(?: million| billion)?(?: yuan| tons| US dollars)?), up " + RATE + r"(?=[.;])",
     r"rose \2\3 to \1"),
    ("up as a ... increase", AFTER_COMMA + rf"up {RATE}(?=[.;])", r"a \1\2 increase"),
    ("up as which was up", AFTER_COMMA + rf"up {RATE}(?=[.;])", r"which was up \1\2"),
    ("up as which increased by", AFTER_COMMA + rf"up {RATE}(?=[.;])", r"which increased by \1\2"),
    ("up as R higher than last year", AFTER_COMMA + rf"up {RATE}(?=[.;])",
     r"\1\2 higher than last year"),
    ("up as marking a year-on-year rise of", AFTER_COMMA + rf"up {RATE}(?=[.;])",
     r"marking a year-on-year rise of \1\2"),
    ("reached, up as grew, reaching", rf"\b(?:reached|hit|totaled|totalled) ((?:RMB ?)?"
     rf"{NUMBER}(?: million| billion)?(?: yuan| tons| US dollars)?), up {RATE}(?=[.;])",
     r"grew \2\3 year on year, reaching \1"),
    ("up ... over the same period last year as year on year",
     rf"\bup {RATE} over the same period (?:of )?last year", r"up \1\2 year on year"),
    # Not in a list, range, rate ("per 1,000") or size class ("10,000-ton"), where the
    # other items keep their digits.
    ("N,000 as N thousand", r"(?<![-–~\d,.])(?<!per )(?<!/ )(?<!, )(?<!and )(\d{1,3}),000"
     r"(?![,.]?\d)(?![-–,]| and| (?:million|billion))", r"\1 thousand"),
    ("N billion as N million",  # "1.21 billion" as "1,210 million", outside lists
     r"(?<![\d,.])(?<!and )(?<!, )(\d{1,3})\.(\d)(\d)?(\d)? billion\b", None),
    ("tons as tonnes", rf"\b({NUMBER})( million| thousand)? tons\b", r"\1\2 tonnes"),
    ("tons as metric tons", rf"\b({NUMBER})( million| thousand)? tons\b", r"\1\2 metric tons"),
    ("square kilometers as kilometres", r"\bsquare kilometers\b", "square kilometres"),
    ("square kilometers as sq km", r"\bsquare kilometers\b", "sq km"),
]


def figures(text: str) -> Counter:
    """The figures of a text as a multiset, so a rewrite that moves none compares equal."""
    frame = extract_figures(text)
    growth = frame["growth_pct"].astype(object).where(frame["growth_pct"].notna(), None)
    return Counter(zip(frame["value"].round(6), frame["unit"], growth,
                       frame["qualifier"].fillna("exact"), strict=True))


def rewrites(text: str, pattern: str, replacement: str | None
             ) -> Iterator[tuple[re.Match, str]]:
    for match in re.finditer(pattern, text):
        yield match, text[:match.start()] + _rewritten(match, replacement) + text[match.end():]


def _rewritten(match: re.Match, replacement: str | None) -> str:
    if replacement is not None:
        return match.expand(replacement)
    whole, *decimals = match.groups()  # "1.21 billion" as "1,210 million"
    digits = "".join(d or "" for d in decimals).ljust(3, "0")
    return f"{int(whole + digits):,} million"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders with texts/ "
                        "(default: the development set and every benchmarks/heldout*)")
    parser.add_argument("--show", metavar="RULE", help="print the rewrites of RULE that "
                        "changed the figures")
    parser.add_argument("--limit", type=int, default=20, help="how many to print (default 20)")
    args = parser.parse_args(argv)
    folders = args.folders or [project_root() / ".." / "shared" / "extraction",
                               *sorted(project_root().glob("benchmarks/heldout*"))]
    tried, changed, shown = Counter(), Counter(), 0
    for path in sorted(p for folder in folders for p in (folder / "texts").glob("*.txt")):
        text = path.read_text("utf-8")
        reference = figures(text)
        for name, pattern, replacement in RULES:
            for match, rewritten in rewrites(text, pattern, replacement):
                tried[name] += 1
                if figures(rewritten) == reference:
                    continue
                changed[name] += 1
                if name == args.show and shown < args.limit:
                    shown += 1
                    line = text[max(0, match.start() - 120):match.end() + 80].replace("\n", " ")
                    print(f"{path.parent.parent.name}/{path.stem}: {match.group()!r} -> "
                          f"{_rewritten(match, replacement)!r}\n    » {line}")
    for name, _, _ in RULES:
        print(f"{name:<40} {changed[name]:>4} of {tried[name]:>5} rewrites change the figures")
    total, moved = sum(tried.values()), sum(changed.values())
    print(f"{'overall':<40} {moved:>4} of {total:>5} ({moved / max(total, 1):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
