# Two commands on a fresh machine: `make run` (the application on its embedded SQLite default, the demo
# day on first run) and `make test` (lint, layer contracts, type check and the whole test suite).
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: run test bench translations bundle clean

run: $(VENV)/.installed
	$(BIN)/pitstop --no-setup

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_cli_start.py
	$(BIN)/python benchmarks/bench_oc_list.py
	$(BIN)/python benchmarks/bench_register.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_console.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_trend_import.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_seats.py
	$(BIN)/python benchmarks/bench_client_search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_intake.py
	$(BIN)/python benchmarks/bench_weekly_report.py

# The .ts is the translators' file (Qt Linguist): lupdate adds new source strings, the fill script only pre-fills
# the unfinished ones, lrelease compiles. domain/*.py holds the vocabulary's (and the refusals') marked tables.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $(wildcard pitstop_desktop/views/*.py pitstop_desktop/views/*/*.py pitstop_desktop/models/*.py pitstop_desktop/domain/*.py) \
		-ts pitstop_desktop/resources/i18n/pitstop_en.ts
	$(BIN)/python tools/fill_translations.py
	$(BIN)/pyside6-lrelease pitstop_desktop/resources/i18n/pitstop_en.ts -qm pitstop_desktop/resources/i18n/pitstop_en.qm

# The one-folder program in dist/pitstop/ (PyInstaller, installer/pitstop.spec); installer/build_linux.sh also
# runs its self-test. The installer (installer/pitstop.nsi) packs this folder on Windows.
bundle: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[build]"
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller installer/pitstop.spec

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache .hypothesis
