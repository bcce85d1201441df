# notes-vault: `make install` then `make test`. Everything runs from .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: install test lint format bench bench-all demo eval-deid stress clean

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

# The de-identification bench compares against Presidio (pattern recognizers on a
# blank spaCy pipeline: trained spaCy models are not on the registry) and scrubadub,
# kept out of .venv in their own environment (they pull in spaCy and scikit-learn,
# which the product does not use).
COMPARE := .venv-compare

# Ratios, each against its baseline measured in the same run: the command-line table
# (bare sqlcipher3, bare Argon2id, `import typer`; BENCH_SCALE=1m for 1,000,000 notes),
# the unlock agent against a key file, and de-identification against Presidio and
# scrubadub (docs/performance.md, docs/deid.md). bench-all adds every other script.
bench: $(COMPARE)/ready
	$(PY) benchmarks/bench_ratios.py
	$(PY) benchmarks/bench_agent.py
	$(PY) benchmarks/bench_deid.py

bench-all: $(COMPARE)/ready
	@set -e; for script in benchmarks/bench_*.py; do echo "== $$script"; $(PY) $$script; done

$(COMPARE)/ready:
	$(PYTHON) -m venv $(COMPARE)
	$(COMPARE)/bin/python -m pip install --quiet scrubadub==2.0.1 presidio-analyzer==2.2.366
	touch $@

eval-deid:
	$(PY) benchmarks/eval_deid.py

stress:
	$(PY) stress/run.py
	NOTES_VAULT_LARGE=1 $(PY) -m pytest -p no:cacheprovider -q tests/cli/test_listing_memory.py

demo:
	bash demo/run.sh

clean:
	rm -rf $(VENV) $(COMPARE) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
