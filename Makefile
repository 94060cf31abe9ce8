# Two commands on a fresh machine: `make run` (the application on its embedded SQLite default, the demo
# day on first run) and `make test` (lint, layer contracts and the whole test suite).
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: run test bench clean

run: $(VENV)/.installed
	$(BIN)/pitstop

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_register.py

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
