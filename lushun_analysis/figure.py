"""A quantity while its meaning is worked out: unit, qualifier, growth, label.

Shared by ``extract``, which makes and describes figures, and by ``growth`` and
``earlier``, which hand growth rates to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quantity import Quantity
from .units import NOT_GROWING

__all__ = ["Figure", "can_grow"]


@dataclass
class Figure:
    """One quantity while its meaning is worked out from the sentence around it."""

    quantity: Quantity
    sentence: tuple[int, int]
    unit: str
    qualifier: str = "exact"
    growth_pct: float | None = None
    is_rate: bool = False  # a percent introduced as a growth rate
    attached: bool = False  # a rate handed to the amount it modifies
    conversion: bool = False  # "($34.96 billion)" restating the amount before it
    phrase_end: int = 0  # where the words naming it end, before a qualifier or growth clause
    label: str = ""
    owner: str = ""

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end


def can_grow(figure: Figure) -> bool:
    """Only an amount still without a rate can take one; a share, a rate or a conversion
    cannot."""
    return figure.unit not in NOT_GROWING and not figure.conversion and figure.growth_pct is None
