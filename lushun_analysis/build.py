"""Build a briefing: resolve parameters, validate data, execute, render, write atomically.

Everything happens in one process and a private temporary folder; the output
folder only ever receives finished files, each moved into place by rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import __version__, config, fmt
from .data import Records, read_dataset, resolve_year, resolve_zone
from .errors import BuildError, InputError

FORMATS = ("html", "pdf")
DEFAULT_TIMEOUT = 300
RESERVED = {"zone", "year", "currency", "data_path"}
MAX_SLUG = 80


@dataclass
class BuildResult:
    """Paths written (or reused) and whether the cache answered."""

    paths: list[Path]
    cached: bool = False


def slugify(text: str) -> str:
    """Lowercase ASCII with hyphens; never empty, never a path, whatever the zone is called.

    Letters that have no ASCII form (Chinese names) would vanish, so two zones
    could share a slug; a short hash of the full name keeps them apart, and
    keeps very long names within file-name limits.
    """
    normalized = unicodedata.normalize("NFKD", text)
    slug = re.sub(r"[^a-z0-9]+", "-", normalized.encode("ascii", "ignore").decode().lower()).strip("-")
    digest = hashlib.sha256(text.encode()).hexdigest()[:8]
    lost_letters = any(not c.isascii() and c.isalnum() for c in normalized)
    if not slug:
        return f"zone-{digest}"
    if lost_letters or len(slug) > MAX_SLUG:
        return f"{slug[:MAX_SLUG].rstrip('-')}-{digest}"
    return slug


def output_stem(zone: str, year: int) -> str:
    """The file name every output of one briefing shares (DESIGN.md)."""
    return f"{slugify(zone)}-{year}-briefing"


def parse_formats(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """`html,pdf` in any order and case, refusing anything else by name."""
    items = [f.strip().lower() for f in (text.split(",") if isinstance(text, str) else text) if f.strip()]
    unknown = [f for f in items if f not in FORMATS]
    if unknown or not items:
        raise InputError(f"option `--to`: {', '.join(unknown) or 'nothing'} is not a format; choose from html, pdf")
    return tuple(f for f in FORMATS if f in items)


def declared_parameters(notebook: Path) -> dict[str, dict]:
    """The notebook's parameters with their types, as papermill reads them."""
    from .execute import skip_slow_optional_imports

    skip_slow_optional_imports()
    import papermill

    try:
        return dict(papermill.inspect_notebook(str(notebook)))
    except Exception as err:  # papermill raises several types for unreadable notebooks
        raise InputError(f"{notebook}: cannot read the notebook's parameters ({type(err).__name__}: {err})") from None


def coerce_parameters(notebook: Path, extra: dict[str, str]) -> dict[str, object]:
    """Turn -p strings into the declared types; refuse names the notebook doesn't declare."""
    if not extra:
        return {}
    declared = declared_parameters(notebook)
    values: dict[str, object] = {}
    for name, raw in extra.items():
        if name not in declared:
            raise InputError(f"parameter `{name}` is not declared by {notebook.name}; it declares: {', '.join(declared) or 'nothing'}")
        kind = (declared[name].get("inferred_type_name") or "str").split("[")[0]
        values[name] = _coerce(name, raw, kind)
    return values


def _coerce(name: str, raw: str, kind: str) -> object:
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "bool":
            if raw.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(raw)
            return raw.lower() in ("true", "1", "yes")
        if kind in ("list", "dict"):
            value = json.loads(raw)
            if not isinstance(value, list if kind == "list" else dict):
                raise ValueError(raw)
            return value
    except ValueError:
        raise InputError(f"parameter `{name}`: {raw!r} is not a valid {kind}") from None
    return raw


def _hash_files(digest: "hashlib._Hash", paths: list[Path]) -> None:
    for path in sorted(paths):
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")


def cache_key(notebook: Path, data_path: Path, parameters: dict, formats: tuple[str, ...]) -> str:
    """Changes when the notebook, data, parameters, templates or package change."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(json.dumps(parameters, sort_keys=True, default=str).encode())
    digest.update(",".join(formats).encode())
    data_dir = data_path.parent
    raw = [data_dir / p for p in _source_paths(data_dir / "sources.csv")]
    rates = data_dir / "exchange_rates.csv"
    _hash_files(digest, [notebook, data_path, data_dir / "sources.csv", rates if rates.is_file() else config.default_exchange_rates(), *raw])
    _hash_files(digest, [p for p in config.TEMPLATES_DIR.rglob("*") if p.is_file()])
    _hash_files(digest, list(config.PACKAGE_DIR.glob("*.py")))
    return digest.hexdigest()


def _source_paths(sources_csv: Path) -> list[str]:
    import csv

    if not sources_csv.is_file():
        return []
    with sources_csv.open(encoding="utf-8-sig", newline="") as handle:
        return [row.get("path", "") for row in csv.DictReader(handle) if row.get("path")]


def _manifest_path(output_dir: Path, stem: str) -> Path:
    return output_dir / ".lushun-cache" / f"{stem}.json"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cached_outputs(output_dir: Path, stem: str, key: str) -> list[Path] | None:
    """The finished files of an identical earlier build, if every one is still intact."""
    manifest = _manifest_path(output_dir, stem)
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if recorded.get("key") != key:
        return None
    paths = [output_dir / name for name in recorded.get("files", {})]
    if not paths or not all(p.is_file() and _sha(p) == recorded["files"][p.name] for p in paths):
        return None
    return paths


def _stage(target: Path, data: bytes) -> Path:
    """The bytes in a hidden temporary file beside the target, flushed to disk."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def write_atomically(target: Path, data: bytes) -> None:
    """Write beside the target, then rename: readers see the old file or the new, never half."""
    os.replace(_stage(target, data), target)


def briefing_metadata(records: Records, zone: str, year: int, currency: str) -> dict[str, str]:
    """What the templates put in the title block and the PDF's document properties."""
    return {
        "zone": zone, "year": str(year), "currency": currency,
        "currency_name": "US dollars (converted)" if currency == "USD" else "yuan (RMB)",
        "title": f"{zone}: {year} briefing",
        "subject": f"Economic and social figures of {zone} for {year}, from official releases",
        "keywords": f"{zone}, {year}, development zone, briefing",
        "publisher": "; ".join(records.publishers(zone, year)), "date": fmt.long_date(date.today()), "version": __version__,
    }


def require_xelatex() -> None:
    """Fail before any work when the PDF engine is missing, naming what to install."""
    if not shutil.which("xelatex"):
        raise BuildError(f"xelatex not found: PDF output needs XeLaTeX. Install it with: apt-get install {config.LATEX_PACKAGES}")


def build_briefing(notebook: str | Path | None = None, data: str | Path | None = None, zone: str = "",
                   year: int | None = None, currency: str = "CNY", formats: str | tuple[str, ...] = FORMATS,
                   output_dir: str | Path | None = None, parameters: dict[str, str] | None = None,
                   timeout: int = DEFAULT_TIMEOUT, force: bool = False) -> BuildResult:
    """The recipe: resolve → validate → (cache?) → execute → render → write atomically.

    Nothing heavy is imported before the cache answers, so an unchanged
    briefing comes back in a fraction of a second.
    """
    notebook = Path(notebook or config.default_notebook()).resolve()
    if not notebook.is_file():
        raise InputError(f"option `--notebook`: {notebook} not found (set LUSHUN_HOME to the project folder "
                         "when the package is installed outside it)")
    formats = parse_formats(formats)
    currency = currency.upper()
    if currency not in config.CURRENCIES:
        raise InputError(f"option `--currency`: {currency!r} is not one of {', '.join(config.CURRENCIES)}")
    records = read_dataset(data)
    zone = resolve_zone(records, zone)
    year = resolve_year(records, zone, year)
    if records.needs_rate(zone, year, currency) and records.rate(year) is None:
        raise InputError(f"option `--currency {currency}`: the {year} figures need converting, but there is no "
                         f"exchange rate for {year} in {records.rate_source()}")
    extra = coerce_parameters(notebook, dict(parameters or {}))
    clash = RESERVED & set(extra)
    if clash:
        raise InputError(f"parameter `{sorted(clash)[0]}`: set it with its own option (--{sorted(clash)[0].replace('_path', '')}), not -p")
    values = {"zone": zone, "year": year, "currency": currency, "data_path": str(records.path), **extra}
    out = Path(output_dir or config.reports_dir()).resolve()
    check_output_dir(out)
    stem = output_stem(zone, year)
    key = cache_key(notebook, records.path, values, formats)
    if not force and (hit := cached_outputs(out, stem, key)):
        return BuildResult(hit, cached=True)
    if "pdf" in formats:
        require_xelatex()
    files = _produce(notebook, values, formats, stem, briefing_metadata(records, zone, year, currency), timeout)
    return BuildResult(_publish(out, stem, key, files))


def _produce(notebook: Path, values: dict, formats: tuple[str, ...], stem: str, meta: dict, timeout: int) -> dict[str, bytes]:
    """Execute and render inside a private folder; on failure keep the notebook for debugging."""
    from .execute import execute, skip_slow_optional_imports, start_kernel, stop_kernel

    work = Path(tempfile.mkdtemp(prefix="lushun-build-"))
    executed = work / f"{stem}.ipynb"
    kernel = start_kernel(notebook.parent, work / "kernel.log")
    try:
        skip_slow_optional_imports()
        import nbformat

        from . import render

        nb = execute(notebook, executed, values, timeout, kernel, work / "kernel.log")
        stop_kernel(kernel)
        nb.metadata["lushun"] = meta
        nb.metadata["title"] = meta["title"]
        files = {f"{stem}.ipynb": nbformat.writes(nb).encode("utf-8")}
        if "html" in formats:
            files[f"{stem}.html"] = render.to_html(nb).encode("utf-8")
        if "pdf" in formats:
            tex, figures = render.to_latex(nb, stem)
            files[f"{stem}.pdf"] = render.latex_to_pdf(tex, figures, work / "latex", stem, timeout)
        shutil.rmtree(work, ignore_errors=True)
        return files
    except BuildError as err:
        stop_kernel(kernel)
        kept = _keep_failed(executed)
        raise BuildError(f"{err}" + (f". The executed notebook is kept at {kept}" if kept else "")) from None
    except BaseException:
        stop_kernel(kernel)
        shutil.rmtree(work, ignore_errors=True)
        raise


def _keep_failed(executed: Path) -> Path | None:
    """Move the half-run notebook out of the way, outside the output folder."""
    if not executed.is_file():
        shutil.rmtree(executed.parent, ignore_errors=True)
        return None
    keep = Path(tempfile.mkdtemp(prefix="lushun-failed-")) / executed.name
    shutil.move(str(executed), keep)
    shutil.rmtree(executed.parent, ignore_errors=True)
    return keep


def _publish(out: Path, stem: str, key: str, files: dict[str, bytes]) -> list[Path]:
    """Stage every file beside its target, then rename them all, then record them for the cache.

    A failure while staging (disk full, permissions) leaves no new file behind.
    """
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, data in files.items():
            staged.append((_stage(out / name, data), out / name))
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)
    manifest = _manifest_path(out, stem)
    manifest.parent.mkdir(exist_ok=True)
    record = {"key": key, "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}}
    write_atomically(manifest, json.dumps(record, indent=1).encode())
    return [target for _, target in staged]


def check_output_dir(out: Path) -> None:
    """Refuse an output folder that can't be written before spending a build on it."""
    existing = next(p for p in (out, *out.parents) if p.exists())
    if not existing.is_dir() or not os.access(existing, os.W_OK):
        raise InputError(f"option `--output-dir`: {out} can't be written ({existing} is not a writable folder)")
