"""The one place that knows where things live.

Paths are resolved from the project root (the folder holding ``data/`` and
``notebooks/``) so notebooks and the command line work from any working
directory. ``LUSHUN_HOME`` overrides the root for installed copies.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
HTML_TEMPLATE = "lushun-html"
LATEX_TEMPLATE = "lushun-latex"
KERNEL_NAME = "lushun-analysis"


def project_root() -> Path:
    """The project folder; an environment variable wins over the source checkout."""
    override = os.environ.get("LUSHUN_HOME")
    return Path(override).resolve() if override else PACKAGE_DIR.parent


def data_dir() -> Path:
    """The project's own data set and its raw texts."""
    return project_root() / "data"


def notebooks_dir() -> Path:
    """Parameterized notebooks: the briefing, explore and ingest."""
    return project_root() / "notebooks"


def reports_dir() -> Path:
    """Where briefings go unless --output-dir says otherwise."""
    return project_root() / "reports"


def default_indicators() -> Path:
    """The indicators.csv used when no --data is given."""
    return data_dir() / "indicators.csv"


def default_notebook() -> Path:
    """The notebook used when no --notebook is given."""
    return notebooks_dir() / "briefing.ipynb"


def default_exchange_rates() -> Path:
    """Rates used when a data set ships none of its own."""
    return data_dir() / "exchange_rates.csv"


INDICATOR_COLUMNS = [
    "zone", "year", "topic", "indicator", "label", "value", "unit",
    "qualifier", "growth_pct", "source", "quote",
]
REQUIRED_COLUMNS = [c for c in INDICATOR_COLUMNS if c not in ("qualifier", "growth_pct")]
SOURCE_COLUMNS = ["source", "title", "publisher", "url", "published", "path"]
EXCHANGE_RATE_COLUMNS = ["year", "currency", "per_usd", "source"]
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
CURRENCIES = ("CNY", "USD")
LATEX_PACKAGES = ("texlive-xetex texlive-fonts-recommended texlive-plain-generic texlive-latex-extra "
                  "texlive-lang-cjk fonts-noto-cjk fonts-texgyre pandoc")
