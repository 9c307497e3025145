"""Notebooks: committed clean, parameters declared, the explore notebook runs headless."""

from __future__ import annotations

import json
from pathlib import Path

import papermill
import pytest

from lushun_analysis.execute import use_project_kernel

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_without_outputs(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_declare_parameters_first(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert "parameters" in code[0]["metadata"].get("tags", [])
    assert papermill.inspect_notebook(str(path))


def test_briefing_parameters() -> None:
    declared = papermill.inspect_notebook(str(ROOT / "notebooks" / "briefing.ipynb"))
    assert {k: v["inferred_type_name"] for k, v in declared.items()} == {
        "zone": "str", "year": "int", "currency": "str", "data_path": "str"}


def test_explore_notebook_runs_top_to_bottom(tmp_path: Path) -> None:
    out = tmp_path / "explore.ipynb"
    nb = papermill.execute_notebook(str(ROOT / "notebooks" / "explore.ipynb"), str(out), kernel_name=use_project_kernel(),
                                    progress_bar=False, cwd=str(tmp_path))
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert any("application/pdf" in o.get("data", {}) for o in outputs)
    assert any("Fiscal revenue" in o.get("data", {}).get("text/html", "") for o in outputs)
