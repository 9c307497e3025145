"""Shares written as ratios and fractions: "16.30:41.0:42.70", "1/4", "a seventh of".

Each part is a percent. Split from ``numbers`` because these forms are read before
and apart from ordinary numbers: their digits ("1/4", "7.5:48.1:44.4") must not be
read again as figures of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .units import UNIT_WORDS

__all__ = ["RATIO_RE", "written_shares"]

# A span of text, and the (start, end, percent) of each share in it; no shares when the
# span only looks like one ("1:500", "9:30").
Found = tuple[tuple[int, int], list[tuple[int, int, float]]]

# Sector shares "16.30:41.0:42.70"; with two parts only near a word like "proportion".
RATIO_RE = re.compile(r"(?<![\d.:])\d+(?:\.\d+)?(?:\s?:\s?\d+(?:\.\d+)?)+(?![\d:])"
                      r"|(?<![\d./])\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?){2,}(?![\d/])")
RATIO_CONTEXT_RE = re.compile(r"(?i)proportion|ratio|structure|share")
FRACTION_RE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
# "accounting for over half of the total", "a seventh of total exports": shares in words.
FRACTION_WORDS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# "two thirds of universities", "three fifths of institutes", "contributed nearly half,".
WORD_FRACTION_RE = re.compile(
    rf"(?i:\b(?:(?:a|an)\s+)?((?:({'|'.join(UNIT_WORDS)})[\s-]+)?"
    r"(half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(s)?))"
    r"(?:(?P<of>(?=\s+of\b))|(?=\s*[,.;]))")
PERIOD_BEFORE_RE = re.compile(r"(?i:\b(?:first|last|past|next|previous|recent|second))\s+$")
PERIOD_AFTER_RE = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|last\s+|that\s+)?(?:year|(?:19|20)\d\d)\b", re.IGNORECASE)
SHARE_OF_TOTAL_RE = re.compile(r"\s+of\s+[^.,;]{0,40}?\btotal\b", re.IGNORECASE)
QUALIFIED_RE = re.compile(
    r"(?i:\b(?:more\s+than|over|nearly|almost|about|around|roughly|for))\s+$")


def written_shares(text: str) -> Iterator[Found]:
    """Every ratio, digit fraction and word fraction, in that order."""
    yield from _ratios(text)
    yield from _fractions(text)
    yield from _word_fractions(text)


def _ratios(text: str) -> Iterator[Found]:
    """Sector shares are printed as ratios "16.30:41.0:42.70"; each part is a percent.

    Only ratios whose parts add up to about 100 are shares (loosely: a misprinted
    part must not hide the others); two parts also need a word like "proportion".
    """
    for match in RATIO_RE.finditer(text):
        parts = list(re.finditer(r"\d+(?:\.\d+)?", match.group()))
        total = sum(float(part.group()) for part in parts)
        context = RATIO_CONTEXT_RE.search(text, max(0, match.start() - 120), match.start())
        if not ((len(parts) >= 3 and 50 <= total <= 150) or (context and 90 <= total <= 110)):
            yield match.span(), []  # "1:500" scales, "1:1.5" proportions, clock times
            continue
        offset = match.start()
        yield match.span(), [(offset + part.start(), offset + part.end(), float(part.group()))
                             for part in parts]


def _word_fractions(text: str) -> Iterator[Found]:
    """"accounting for over half of Dalian's total" is a share of 50 percent, when it is
    qualified, follows "accounting for" or names a total ("a seventh of total exports");
    "half of the visitors came by car" is no figure.
    """
    for match in WORD_FRACTION_RE.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        numerator = UNIT_WORDS[match.group(2).lower()] if match.group(2) else 1
        if (numerator > 1) != bool(match.group(4)):
            continue  # "two third", "one thirds": not a fraction as written
        if PERIOD_BEFORE_RE.search(before) or PERIOD_AFTER_RE.match(text, match.end()):
            continue  # "the first three quarters of this year": a period, not a share
        qualified = QUALIFIED_RE.search(before)
        of_total = match.group("of") is not None and (
            SHARE_OF_TOTAL_RE.match(text, match.end()) or numerator > 1)
        if (qualified and (match.group("of") is not None or numerator == 1)) or of_total:
            share = 100 * numerator / FRACTION_WORDS[match.group(3).lower()]
            yield match.span(1), [(*match.span(1), share)]


def _fractions(text: str) -> Iterator[Found]:
    """A share written "1/4" is 25 percent; other slashes (dates, codes) are no figure."""
    for match in FRACTION_RE.finditer(text):
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if 0 < numerator < denominator <= 12:
            yield match.span(), [(*match.span(), 100 * numerator / denominator)]
        else:
            yield match.span(), []
