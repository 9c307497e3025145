"""Make text from data inert in every output format.

Zone names, labels, quotes and titles come from people and releases. They
must print literally: never run as LaTeX (``\\input``, ``\\write18``), never
create HTML elements or scripts, never turn into Markdown links or emphasis.
"""

from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    "`": r"\textasciigrave{}",
    "[": r"{[}",
    "]": r"{]}",
}
_LATEX_PATTERN = re.compile("|".join(re.escape(c) for c in _LATEX_SPECIALS))

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$&])")


def clean(text: object) -> str:
    """Text with control characters dropped and all whitespace runs made single spaces."""
    return " ".join(_CONTROL.sub("", str(text)).split())


def latex(text: object) -> str:
    """Escape for LaTeX body text; dash runs and brackets too, so no ligature or
    optional argument can change what the reader sees."""
    escaped = _LATEX_PATTERN.sub(lambda m: _LATEX_SPECIALS[m.group(0)], clean(text))
    while "--" in escaped:
        escaped = escaped.replace("--", "-{}-")
    return escaped


def html_text(text: object) -> str:
    """Escape for HTML element content and attribute values (quotes included)."""
    return html.escape(clean(text), quote=True)


def markdown(text: object) -> str:
    """Escape for Markdown, including inline HTML, so text can't become a link or a tag."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", clean(text))
