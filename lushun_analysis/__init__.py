"""Briefings on development zones, from official releases to PDF and HTML.

Notebooks import what they show from here; the command line lives in ``cli``.
Heavy modules (pandas, matplotlib, nbconvert) load only when first used, so
``lushun --help`` and ``lushun check`` answer quickly.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Briefing": "briefing",
    "load_dataset": "data",
    "Dataset": "data",
    "Heading": "display",
    "Paragraph": "display",
    "Table": "display",
    "show": "display",
    "build_briefing": "build",
    "extract_figures": "extract",
    "LushunError": "errors",
    "InputError": "errors",
    "DataError": "errors",
    "BuildError": "errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
