"""A number written in a release, with its value in base units: the shared vocabulary
of ``numbers``, which reads quantities, and ``neighbours``, which relates them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SCALE_RE", "Quantity", "scale_of", "tidy"]

SCALES = {
    "hundred billion": 1e11, "hundred million": 1e8, "hundred thousand": 1e5, "ten thousand": 1e4,
    "hundred": 1e2,
    "thousand": 1e3, "million": 1e6, "milion": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9,
    "bn": 1e9, "trillion": 1e12,
}
# "one" alone is mostly a pronoun ("one after another"); "one million" is a number.
SCALE_RE = re.compile(
    r"\s?(?i:(hundred billion|hundred million|hundred thousand|ten thousand|hundred|thousand"
    r"|mill?ion|billion"
    r"|trillion|bn|mln|mn))s?(?!(?!yuan|dollar)[a-z])")  # "25.68 billionyuan": still a scale


def tidy(value: float) -> float:
    """519.44 * 1e9 is 519440000000.00006 in binary; releases never print 13 digits."""
    return float(f"{value:.12g}")


@dataclass
class Quantity:
    """A number written in the text, before deciding which figure it is.

    ``unit`` is None when only the sentence can tell (a bare number after
    "per capita GDP reached" is yuan, after "institutions have reached" a count);
    ``noun`` is the phrase counted ("industrial enterprises") when one follows.
    """

    start: int
    end: int
    value: float
    unit: str | None
    noun: str = ""
    noun_end: int = -1
    qualifier: str = "exact"
    named_end: int = -1  # where the words before it end: the qualifier's start, or its own
    factor: float = 1.0  # the written unit's factor to base units ("mu" is 666.67 m²)

    def __post_init__(self) -> None:
        self.value = tidy(self.value)
        self.named_end = self.start if self.named_end < 0 else self.named_end


def scale_of(word: str) -> float:
    """"hundred-million", "Million", "bn": the multiplier a scale word stands for."""
    return SCALES[" ".join(word.lower().replace("-", " ").split())]
