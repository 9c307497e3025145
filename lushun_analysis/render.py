"""Turn an executed notebook into the reader's HTML and PDF, in this process.

Both exporters read the same in-memory notebook. LaTeX runs only as many
passes as the document needs (it says when cross-references changed), with
shell escape off and file access outside the build folder refused.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter, LatexExporter
from traitlets.config import Config

from . import config, escape
from .errors import BuildError

REMOVED_TAGS = {"injected-parameters", "parameters", "remove-cell"}
MAX_LATEX_PASSES = 4
_RERUN = re.compile(r"Rerun to get|Rerun LaTeX|Label\(s\) may have changed|Table widths have changed")
_MISSING_FILE = re.compile(r"! LaTeX Error: File `([^']+)' not found|! Font \\?\S+=\S*\"?([^\"\s:]+)\"?.*not loadable")


def reader_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook a reader sees: no parameter cells, no stderr, no tracebacks.

    Warnings belong in the build log, not in a document for decision makers.
    """
    nb = copy.deepcopy(nb)
    kept = []
    for cell in nb.cells:
        if REMOVED_TAGS & set(cell.get("metadata", {}).get("tags", [])):
            continue
        if cell.get("cell_type") == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if o.get("output_type") not in ("stream", "error")]
        kept.append(cell)
    nb.cells = kept
    return nb


def _exporter_config() -> Config:
    c = Config()
    c.TemplateExporter.exclude_input = True
    c.TemplateExporter.exclude_input_prompt = True
    c.TemplateExporter.exclude_output_prompt = True
    c.TagRemovePreprocessor.enabled = True
    c.TagRemovePreprocessor.remove_cell_tags = REMOVED_TAGS
    return c


def to_html(nb: nbformat.NotebookNode) -> str:
    """One self-contained page: the package's lab-based template, no input, no prompts."""
    exporter = HTMLExporter(config=_exporter_config(), template_name=config.HTML_TEMPLATE,
                            extra_template_basedirs=[str(config.TEMPLATES_DIR)])
    body, _ = exporter.from_notebook_node(reader_notebook(nb))
    return body


def to_latex(nb: nbformat.NotebookNode, stem: str) -> tuple[str, dict[str, bytes]]:
    """LaTeX source plus the figure files it includes, named relative to the .tex file."""
    exporter = LatexExporter(config=_exporter_config(), template_name=config.LATEX_TEMPLATE,
                             extra_template_basedirs=[str(config.TEMPLATES_DIR)])
    exporter.register_filter("latex_text", escape.latex)
    resources = {"metadata": {"name": stem}, "output_files_dir": f"{stem}_files"}
    nb = reader_notebook(nb)
    nb.metadata.setdefault("lushun", {})["cjk"] = has_cjk(nbformat.writes(nb))
    body, resources = exporter.from_notebook_node(nb, resources=resources)
    return body, dict(resources.get("outputs", {}))


_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\U00020000-\U0002fa1f]")


def has_cjk(text: str) -> bool:
    """CJK fonts cost time on every LaTeX pass; load them only for text that needs them."""
    return bool(_CJK.search(text))


def latex_to_pdf(tex: str, files: dict[str, bytes], workdir: Path, stem: str, timeout: float = 180) -> bytes:
    """Run XeLaTeX in ``workdir`` until references settle; return the PDF bytes."""
    xelatex = shutil.which("xelatex")
    if not xelatex:
        raise BuildError(f"xelatex not found: install it with: apt-get install {config.LATEX_PACKAGES}")
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / f"{stem}.tex").write_text(tex, encoding="utf-8")
    for name, data in files.items():
        target = workdir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    env = dict(os.environ, openin_any="p", openout_any="p", shell_escape="f")
    command = [xelatex, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", f"{stem}.tex"]
    for _ in range(MAX_LATEX_PASSES):
        try:
            run = subprocess.run(command, cwd=workdir, env=env, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise BuildError(f"xelatex did not finish within {timeout:.0f} s") from None
        log = _read_log(workdir / f"{stem}.log", run.stdout)
        if run.returncode != 0 or not (workdir / f"{stem}.pdf").is_file():
            raise BuildError(latex_failure(log))
        if not _RERUN.search(log):
            break
    return (workdir / f"{stem}.pdf").read_bytes()


def _read_log(path: Path, fallback: bytes) -> str:
    raw = path.read_bytes() if path.is_file() else fallback
    return raw.decode("utf-8", errors="replace")


def latex_failure(log: str) -> str:
    """XeLaTeX's own error lines, and the Debian packages when a file or font is missing."""
    lines = log.splitlines()
    errors = []
    for i, line in enumerate(lines):
        if line.startswith("!"):
            errors.extend(lines[i:i + 3])
    message = "xelatex failed: " + (" | ".join(l.strip() for l in errors[:9] if l.strip()) or "no error lines in the log")
    if _MISSING_FILE.search(log):
        message += f". A LaTeX package or font is missing; install: apt-get install {config.LATEX_PACKAGES}"
    return message
