from __future__ import annotations

import subprocess

import pytest

from lushun_analysis import escape

HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
    r"\input{/etc/passwd}", r"\write18{touch /tmp/pwned}", r"$\x$", "50% & R&D #1 _a_ {b} ~c^", "**bold**",
    "旅顺经济开发区", "a--b---c", "[opt]", "`tick`",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_latex_escape_leaves_no_active_characters(text: str) -> None:
    out = escape.latex(text)
    stripped = out
    for safe in [r"\textbackslash{}", r"\textasciitilde{}", r"\textasciicircum{}", r"\textless{}", r"\textgreater{}",
                 r"\textbar{}", r"\textasciigrave{}", r"\{", r"\}", r"\$", r"\&", r"\#", r"\%", r"\_", "{[}", "{]}", "-{}"]:
        stripped = stripped.replace(safe, "")
    assert not set(stripped) & set("\\{}$&#%_^~")
    assert "--" not in out


@pytest.mark.parametrize("text", HOSTILE)
def test_latex_escape_typesets_to_the_literal_text(tmp_path, text: str) -> None:
    doc = tmp_path / "t.tex"
    doc.write_text("\\documentclass{article}\\usepackage{fontspec}\\usepackage{xeCJK}\\setCJKmainfont{Noto Sans CJK SC}"
                   f"\\pagestyle{{empty}}\\begin{{document}}{escape.latex(text)}\\end{{document}}", encoding="utf-8")
    run = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "t.tex"],
                         cwd=tmp_path, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stdout[-2000:]
    shown = subprocess.run(["pdftotext", "t.pdf", "-"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert " ".join(shown.split()) == " ".join(text.split())


@pytest.mark.parametrize("text", HOSTILE)
def test_html_escape_creates_no_markup(text: str) -> None:
    out = escape.html_text(text)
    assert "<" not in out and ">" not in out and '"' not in out


def test_markdown_escape_disarms_links_emphasis_and_html() -> None:
    assert escape.markdown("[click](javascript:alert(1))") == r"\[click\]\(javascript:alert\(1\)\)"
    assert escape.markdown("**bold**") == r"\*\*bold\*\*"
    assert escape.markdown("<b>") == r"\<b\>"


def test_clean_drops_control_characters_and_collapses_space() -> None:
    assert escape.clean("a\x00b\x1b  c\n\td") == "ab c d"
