"""Pipeline pieces: names, parameters, the cache key, atomic writes, cache reuse."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lushun_analysis import build, config
from lushun_analysis.errors import InputError

from .conftest import ROOT, lushun


@pytest.mark.parametrize("zone, slug", [
    ("Lushun Development Zone", "lushun-development-zone"),
    ("../../etc", "etc"),
    ("Chun'an County", "chun-an-county"),
    ("Zürich  Zone!", "zurich-zone"),
])
def test_slugify(zone: str, slug: str) -> None:
    assert build.slugify(zone) == slug


def test_slug_of_non_latin_zone_is_stable_and_safe() -> None:
    slug = build.slugify("旅顺经济开发区")
    assert slug.startswith("zone-") and slug == build.slugify("旅顺经济开发区") and "/" not in slug


def test_parse_formats() -> None:
    assert build.parse_formats("pdf,html") == ("html", "pdf")
    with pytest.raises(InputError, match="docx"):
        build.parse_formats("html,docx")


def test_parameters_are_coerced_to_declared_types_and_unknown_names_refused() -> None:
    notebook = config.default_notebook()
    assert build.coerce_parameters(notebook, {"year": "2017", "currency": "USD"}) == {"year": 2017, "currency": "USD"}
    with pytest.raises(InputError, match="`colour` is not declared.*zone, year, currency, data_path"):
        build.coerce_parameters(notebook, {"colour": "red"})
    with pytest.raises(InputError, match="`year`: 'soon' is not a valid int"):
        build.coerce_parameters(notebook, {"year": "soon"})


@pytest.fixture
def project_copy(tmp_path: Path) -> dict[str, Path]:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    notebook = tmp_path / "briefing.ipynb"
    shutil.copy(config.default_notebook(), notebook)
    return {"data": data / "indicators.csv", "notebook": notebook, "raw": data / "raw" / "lushun-2017-release.txt",
            "sources": data / "sources.csv", "rates": data / "exchange_rates.csv"}


PARAMS = {"zone": "Lushun Development Zone", "year": 2017, "currency": "CNY"}


@pytest.mark.parametrize("changed", ["data", "notebook", "raw", "sources", "rates"])
def test_cache_key_changes_when_any_input_file_changes(project_copy: dict[str, Path], changed: str) -> None:
    before = build.cache_key(project_copy["notebook"], project_copy["data"], PARAMS, ("html", "pdf"))
    with project_copy[changed].open("a", encoding="utf-8") as handle:
        handle.write("\n")
    after = build.cache_key(project_copy["notebook"], project_copy["data"], PARAMS, ("html", "pdf"))
    assert before != after


def test_cache_key_changes_with_parameters_and_formats(project_copy: dict[str, Path]) -> None:
    key = lambda params, formats: build.cache_key(project_copy["notebook"], project_copy["data"], params, formats)  # noqa: E731
    base = key(PARAMS, ("html", "pdf"))
    assert base == key(dict(PARAMS), ("html", "pdf"))
    assert base != key({**PARAMS, "currency": "USD"}, ("html", "pdf"))
    assert base != key(PARAMS, ("html",))


def test_cache_key_changes_with_templates_and_version(project_copy: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    base = build.cache_key(project_copy["notebook"], project_copy["data"], PARAMS, ("html",))
    monkeypatch.setattr(build, "__version__", "9.9.9")
    assert build.cache_key(project_copy["notebook"], project_copy["data"], PARAMS, ("html",)) != base
    monkeypatch.undo()
    templates = tmp_path / "templates"
    shutil.copytree(config.TEMPLATES_DIR, templates)
    monkeypatch.setattr(config, "TEMPLATES_DIR", templates)
    assert build.cache_key(project_copy["notebook"], project_copy["data"], PARAMS, ("html",)) == base
    (templates / "lushun-html" / "briefing.css").write_text("body{}", encoding="utf-8")
    assert build.cache_key(project_copy["notebook"], project_copy["data"], PARAMS, ("html",)) != base


def test_write_atomically_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    build.write_atomically(target, b"first")
    build.write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_unchanged_build_is_reused_and_force_or_a_data_change_rebuilds(project_copy: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["build", "--to", "html", "--data", str(project_copy["data"]), "--output-dir", str(out)]
    first = lushun(*args)
    assert first.returncode == 0, first.stderr
    html = out / "lushun-development-zone-2017-briefing.html"
    built_at = html.stat().st_mtime_ns
    again = lushun(*args)
    assert again.returncode == 0 and "reusing" in again.stderr
    assert again.stdout == first.stdout and html.stat().st_mtime_ns == built_at
    forced = lushun(*args, "--force")
    assert forced.returncode == 0 and "reusing" not in forced.stderr and html.stat().st_mtime_ns != built_at
    project_copy["data"].write_text(project_copy["data"].read_text(encoding="utf-8").replace("1210000000", "1250000000"), encoding="utf-8")
    changed = lushun(*args)
    assert changed.returncode == 0 and "reusing" not in changed.stderr
    assert "RMB 1.25 billion" in html.read_text(encoding="utf-8")
    html.write_text("tampered", encoding="utf-8")
    assert "reusing" not in lushun(*args).stderr
