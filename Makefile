# lushun-analysis: `make report` builds the default briefing, `make test` runs the tests.
# Both set up what they need first (Python venv, kernel, Debian TeX and font packages).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PDF_DEBS := texlive-xetex texlive-fonts-recommended texlive-plain-generic texlive-latex-extra \
	texlive-lang-cjk pandoc poppler-utils lmodern fonts-noto-cjk fonts-texgyre
TEST_DEBS := chromium
export JUPYTER_PATH := $(CURDIR)/lushun_analysis

.DEFAULT_GOAL := help
.PHONY: help setup system-packages test-packages report test lab bench eval-extract rewrite-extract clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

setup: system-packages $(STAMP) ## install everything (idempotent): Debian packages, .venv, the package, its kernel

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test,lab]"
	$(VENV)/bin/jupyter kernelspec install --sys-prefix --name lushun-analysis lushun_analysis/kernels/lushun-analysis >/dev/null
	touch $(STAMP)

system-packages: ## the Debian packages the PDF needs (root installs them; others are told the command)
	@sh scripts/debian-packages.sh $(PDF_DEBS)

test-packages:
	@sh scripts/debian-packages.sh $(TEST_DEBS)

report: setup ## build the default briefing into reports/
	$(VENV)/bin/lushun build

test: setup test-packages ## run the whole test suite
	$(PY) -m pytest

lab: setup ## JupyterLab on the notebooks, with the package importable
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

eval-extract: setup ## recall and precision of `lushun extract` on the labelled releases
	$(PY) benchmarks/eval_extract.py
	@for set in benchmarks/heldout*/; do echo "== held-out set $$set"; $(PY) benchmarks/eval_extract.py $$set; done
	@for set in benchmarks/synthetic*/; do echo "== synthetic stress set $$set (invented text, not a measure)"; $(PY) benchmarks/eval_extract.py $$set; done

rewrite-extract: setup ## how often rewording a labelled release changes what `lushun extract` reads
	$(PY) benchmarks/rewrite_extract.py

bench: setup ## time builds against the plain papermill + nbconvert chain
	$(PY) benchmarks/bench_build.py

clean: ## remove generated reports and caches (keeps .venv)
	rm -rf reports/*.html reports/*.pdf reports/*.ipynb reports/.lushun-cache .pytest_cache
