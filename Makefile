# notes-vault: `make install` then `make test`. Everything runs from .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: install test test-all lint format bench bench-all demo eval-deid stress clean

install:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "notes-vault needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'

test:
	$(PY) -m pytest -p no:cacheprovider

lint:
	$(BIN)/ruff check notes_vault tests benchmarks stress
	$(BIN)/ruff format --check notes_vault tests benchmarks stress
	$(BIN)/mypy notes_vault stress

format:
	$(BIN)/ruff format notes_vault tests benchmarks stress
	$(BIN)/ruff check --fix notes_vault tests benchmarks stress

# The de-identification bench compares against scrubadub, kept out of .venv in
# its own environment (it pulls in scikit-learn, which the product does not use).
COMPARE := .venv-compare

# One table of ratios, each against its bare baseline in the same run (docs/performance.md);
# BENCH_SCALE=1m for 1,000,000 notes. bench-all adds every other benchmark script.
bench:
	$(PY) benchmarks/bench_ratios.py

bench-all: $(COMPARE)/ready
	@set -e; for script in benchmarks/bench_*.py; do echo "== $$script"; $(PY) $$script; done

$(COMPARE)/ready:
	$(PYTHON) -m venv $(COMPARE)
	$(COMPARE)/bin/python -m pip install --quiet scrubadub==2.0.1
	touch $@

eval-deid:
	$(PY) benchmarks/eval_deid.py

stress:
	$(PY) stress/run.py
	NOTES_VAULT_LARGE=1 $(PY) -m pytest -p no:cacheprovider -q tests/cli/test_listing_memory.py

demo:
	bash benchmarks/demo.sh

clean:
	rm -rf $(VENV) $(COMPARE) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
