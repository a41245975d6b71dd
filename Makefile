# Anjungan: every command a developer or CI needs. `make run` and `make test` work on a
# fresh machine: they create .venv and install what is missing first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: help install system-deps run demo test test-fast chaos fuzz lint format typecheck bench soak i18n screenshots clean

help:
	@echo "make run          open the demo (creates .venv and installs on first use)"
	@echo "make test         lint, type-check and run the whole test suite offscreen"
	@echo "make lint         ruff (lint + format check) and mypy"
	@echo "make bench        run the benchmarks in bench/ (one table, bench/results.json)"
	@echo "make soak         30-minute accelerated soak of server + kiosk + counter (bench/soak.json)"
	@echo "make chaos        the sync chaos tests at full size (20 counters x 500 records...)"
	@echo "make fuzz         the fuzz tests at 40x their CI budget, inputs counted per target"
	@echo "make i18n         refresh translation files after changing UI strings"
	@echo "make screenshots  render every screen to docs/screenshots/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

# Libraries Qt needs to open a real window on X11 (not needed offscreen, for tests).
system-deps:
	@bash tools/system_deps.sh

run: install system-deps
	$(BIN)/anjungan demo

demo: run

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: install
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -x -q -m "not slow"

# The sync chaos tests (SIGKILLed client, server restarts, faulty network, a week
# offline) at the issue's full size; `make test` runs them small. Needs PostgreSQL.
chaos: install
	ANJUNGAN_CHAOS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/integration/sync -q -rA -s -m slow --timeout=3600

# The fuzz tests (tests/fuzz, and the stateless schemathesis run) at 40 times the inputs
# `make test` gives them, fresh random inputs each run; counts go to bench/fuzz-counts.json.
# Needs PostgreSQL for the PostgreSQL half. ANJUNGAN_FUZZ_FACTOR=200 make fuzz for longer.
fuzz: install
	ANJUNGAN_FUZZ=deep ANJUNGAN_FUZZ_EXAMPLES=1000 ANJUNGAN_FUZZ_REPORT=bench/fuzz-counts.json \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/fuzz \
	tests/integration/server/test_openapi_fuzz.py -q --timeout=7200 \
	--hypothesis-show-statistics

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# SOAK_MINUTES=5 make soak for a shorter run.
SOAK_MINUTES ?= 30
soak: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.soak --minutes $(SOAK_MINUTES)

i18n: install
	$(BIN)/python tools/i18n.py

screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/counter_screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/kiosk_ui_screenshots.py
	$(BIN)/python tools/print_screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
