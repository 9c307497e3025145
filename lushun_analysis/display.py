"""Rich display blocks that read well in JupyterLab, the HTML briefing and the PDF.

Each block offers ``text/html`` and ``text/latex`` built from escaped text, so
nbconvert picks a real heading, paragraph or booktabs table for each format
and never falls back to a monospace dump or a pandoc round trip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from . import escape


@dataclass(frozen=True)
class Strong:
    """A run of text to set in bold, such as the figure in a sentence."""

    text: str


Run = str | Strong


def _keep_edges(text: str, escaper: Callable[[str], str]) -> str:
    """Escape a run but keep one space at either edge, so runs don't glue together."""
    if not text.strip():
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return lead + escaper(text) + trail


def _runs_html(runs: Sequence[Run]) -> str:
    return "".join(
        f"<strong>{escape.html_text(r.text)}</strong>" if isinstance(r, Strong) else _keep_edges(r, escape.html_text)
        for r in runs
    )


def _runs_latex(runs: Sequence[Run]) -> str:
    return "".join(
        f"\\textbf{{{escape.latex(r.text)}}}" if isinstance(r, Strong) else _keep_edges(r, escape.latex)
        for r in runs
    )


def _runs_text(runs: Sequence[Run]) -> str:
    return "".join(r.text if isinstance(r, Strong) else r for r in runs)


def _spaced(runs: Sequence[Run]) -> list[Run]:
    """Keep the spaces between runs, which escaping would otherwise trim."""
    out: list[Run] = []
    for run in runs:
        text = run.text if isinstance(run, Strong) else run
        if out and text and not text[0].isspace() and text[0] not in ".,;:)%":
            prev = out[-1]
            prev_text = prev.text if isinstance(prev, Strong) else prev
            if prev_text and not prev_text[-1].isspace() and prev_text[-1] not in "(":
                out.append(" ")
        out.append(run)
    return out


class Block:
    """Base for display objects: text/plain falls back to the readable text."""

    def text(self) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return self.text()


@dataclass(frozen=True, repr=False)
class Heading(Block):
    title: str
    level: int = 2

    def text(self) -> str:
        return self.title

    def _repr_html_(self) -> str:
        tag = f"h{self.level}"
        anchor = "-".join(escape.clean(self.title).lower().split())
        return f'<{tag} id="{escape.html_text(anchor)}">{escape.html_text(self.title)}</{tag}>'

    def _repr_latex_(self) -> str:
        command = {2: "section", 3: "subsection"}.get(self.level, "subsubsection")
        return f"\\{command}{{{escape.latex(self.title)}}}\n"


@dataclass(frozen=True, repr=False)
class Paragraph(Block):
    runs: tuple[Run, ...]
    role: str = ""

    def __init__(self, *runs: Run, role: str = "") -> None:
        object.__setattr__(self, "runs", tuple(_spaced(runs)))
        object.__setattr__(self, "role", role)

    def text(self) -> str:
        return escape.clean(_runs_text(self.runs))

    def _repr_html_(self) -> str:
        cls = f' class="{escape.html_text(self.role)}"' if self.role else ""
        return f"<p{cls}>{_runs_html(self.runs)}</p>"

    def _repr_latex_(self) -> str:
        body = _runs_latex(self.runs)
        if self.role == "lead":
            return f"{{\\large {body}\\par}}\n\n"
        return f"{body}\n\n"


@dataclass(frozen=True, repr=False)
class Bullets(Block):
    items: tuple[Paragraph, ...]

    def text(self) -> str:
        return "\n".join(f"- {p.text()}" for p in self.items)

    def _repr_html_(self) -> str:
        return "<ul>" + "".join(f"<li>{_runs_html(p.runs)}</li>" for p in self.items) + "</ul>"

    def _repr_latex_(self) -> str:
        if not self.items:
            return ""
        body = "\n".join(f"  \\item {_runs_latex(p.runs)}" for p in self.items)
        return f"\\begin{{itemize}}\n{body}\n\\end{{itemize}}\n"


@dataclass(frozen=True, repr=False)
class Table(Block):
    """A table of already formatted strings; numbers are right-aligned in both formats.

    ``widths`` gives a share of the line width to wrapping text columns; columns
    without one are sized to their content.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    numeric: tuple[bool, ...] = ()
    widths: tuple[float | None, ...] = ()
    notes: str = ""
    html_class: str = field(default="lushun-table")
    latex_size: str = "small"

    def _is_numeric(self, i: int) -> bool:
        return bool(self.numeric) and self.numeric[i]

    def text(self) -> str:
        lines = [" | ".join(self.columns)] + [" | ".join(r) for r in self.rows]
        return (self.caption + "\n" if self.caption else "") + "\n".join(lines)

    def _repr_html_(self) -> str:
        def cell(tag: str, i: int, value: str) -> str:
            cls = ' class="num"' if self._is_numeric(i) else ""
            scope = ' scope="col"' if tag == "th" else ""
            return f"<{tag}{cls}{scope}>{escape.html_text(value)}</{tag}>"

        head = "".join(cell("th", i, c) for i, c in enumerate(self.columns))
        body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(r)) + "</tr>" for r in self.rows)
        caption = f"<caption>{escape.html_text(self.caption)}</caption>" if self.caption else ""
        notes = f'<p class="table-notes">{escape.html_text(self.notes)}</p>' if self.notes else ""
        return f'<table class="{self.html_class}">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{notes}'

    def _column_spec(self) -> str:
        specs = []
        for i in range(len(self.columns)):
            width = self.widths[i] if i < len(self.widths) else None
            if width:
                specs.append(f">{{\\raggedright\\arraybackslash}}p{{{width:.2f}\\linewidth}}")
            else:
                specs.append("r" if self._is_numeric(i) else "l")
        return "@{}" + "".join(specs) + "@{}"

    def _repr_latex_(self) -> str:
        head = " & ".join(f"\\textbf{{{escape.latex(c)}}}" for c in self.columns) + r" \\"
        body = "\n".join(" & ".join(escape.latex(v) for v in r) + r" \\" for r in self.rows)
        caption = f"\\caption{{{escape.latex(self.caption)}}}\\\\\n" if self.caption else ""
        notes = f"\n{{\\footnotesize {escape.latex(self.notes)}\\par}}\n" if self.notes else ""
        return (
            f"{{\\{self.latex_size}\n"
            f"\\begin{{longtable}}{{{self._column_spec()}}}\n{caption}\\toprule\n{head}\n\\midrule\n\\endhead\n"
            f"\\bottomrule\n\\endlastfoot\n{body}\n\\end{{longtable}}\n}}{notes}\n"
        )


def show(*items: object) -> None:
    """Display blocks in order; empty sections simply show nothing."""
    from IPython.display import display

    for item in items:
        display(item)
