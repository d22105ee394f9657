# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AS_OF ?= 2026-11-28
PACKS := --policy ca-strac --policy uk-china-sti-2025 --policy uk-trusted-research --policy aspi-cdut --policy us-research-security

.PHONY: demo test test-pg bench system venv clean

# Fonts for Chinese, Arabic and other scripts in memos; HarfBuzz-Subset, without which weasyprint falls back to
# fontTools and spends seconds subsetting the CJK font of every memo; poppler-utils (pdftotext/pdftoppm) for checks.
# Installed from Debian's packages when missing (CI and the developers' machines run as root).
system:
	@if ! fc-list :lang=zh | grep -q . || ! fc-list :lang=ar | grep -q . || ! command -v pdftotext >/dev/null \
	    || ! ldconfig -p | grep -q libharfbuzz-subset; then \
	  echo "Installing fonts (Noto CJK, Noto core), HarfBuzz-Subset and poppler-utils with apt-get..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    fonts-noto-cjk fonts-noto-core fonts-dejavu-core libharfbuzz-subset0 poppler-utils >/dev/null; \
	fi

# torch is pinned to the CPU build that pip finds on these machines; left to itself, sentence-transformers would pull a
# CUDA build of several GB.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q 'torch==2.13.0'
	$(BIN)/pip install -q -e '.[test,postgres,semantic]'
	touch $(STAMP)

venv: system $(STAMP)

demo: venv
	$(BIN)/collabscreen screen sample_inputs/round-2026-autumn.xlsx $(PACKS) --second-opinion --out out --as-of $(AS_OF)

test: venv
	$(BIN)/ruff check src tests bench/*.py
	$(BIN)/python -m pytest

# The suite with a throwaway PostgreSQL server on loopback, so the ledger's PostgreSQL tests run (CI does this).
test-pg:
	bash .ci/with-postgres $(MAKE) test

bench: venv
	$(BIN)/pip install -q -e '.[test,bench]'
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) out
