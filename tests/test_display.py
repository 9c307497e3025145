from __future__ import annotations

from lushun_analysis.display import Bullets, Heading, Paragraph, Strong, Table

EVIL = "<script>alert(1)</script> 50% & R&D #1"


def test_paragraph_keeps_spaces_between_runs_and_bolds_figures() -> None:
    p = Paragraph("Revenue was", Strong("RMB 1.21 billion"), ", up 16.6%.")
    assert p._repr_html_() == "<p>Revenue was <strong>RMB 1.21 billion</strong>, up 16.6%.</p>"
    assert p._repr_latex_().strip() == r"Revenue was \textbf{RMB 1.21 billion}, up 16.6\%."
    assert repr(p) == "Revenue was RMB 1.21 billion, up 16.6%."


def test_every_block_escapes_text_in_both_formats() -> None:
    blocks = [Heading(EVIL), Paragraph(EVIL, Strong(EVIL)), Bullets((Paragraph(EVIL),)),
              Table((EVIL,), ((EVIL,),), caption=EVIL, notes=EVIL)]
    for block in blocks:
        assert "<script>" not in block._repr_html_()
        assert "&lt;script&gt;" in block._repr_html_()
        latex = block._repr_latex_()
        assert "50\\% \\& R\\&D \\#1" in latex and "<script>" not in latex


def test_table_is_a_real_table_in_both_formats() -> None:
    table = Table(("Figure", "2017"), (("Fiscal revenue", "RMB 1.21 billion"),), caption="Key figures",
                  numeric=(False, True), widths=(0.5, None))
    html = table._repr_html_()
    assert "<table" in html and "<caption>Key figures</caption>" in html
    assert '<td class="num">RMB 1.21 billion</td>' in html and '<th scope="col">Figure</th>' in html
    latex = table._repr_latex_()
    assert r"\begin{longtable}{@{}>{\raggedright\arraybackslash}p{0.50\linewidth}r@{}}" in latex
    assert r"\toprule" in latex and r"\midrule" in latex and r"\bottomrule" in latex
    assert r"\caption{Key figures}" in latex


def test_heading_levels() -> None:
    assert Heading("Notes", 3)._repr_latex_().startswith(r"\subsection{Notes}")
    assert Heading("Economy")._repr_html_() == '<h2 id="economy">Economy</h2>'
