# Two entry points (see README): `make demo` and `make test`. Each creates .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
WAREHOUSE ?= eventdata

export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: install install-test demo test test-fast lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## Code the sample corpus and print the Russia–China monthly cooperation table.
demo: install
	$(BIN)/eventcoder run examples/corpus --warehouse $(WAREHOUSE)
	$(BIN)/eventcoder query --file russia_china_cooperation --warehouse $(WAREHOUSE)

## Install the test tools and run the whole suite.
# The paths every check covers: `make test` and `make lint` hold the same line.
CODE := coders flows warehouse tests bench
TYPED := coders warehouse flows

# Test processes (pytest-xdist): much of the suite waits on the processes it starts (Prefect
# servers, `eventcoder run`, `serve`), so two share two cores well. TEST_WORKERS=0 runs serially.
TEST_WORKERS ?= 2

test: install-test
	$(BIN)/ruff check $(CODE)
	$(BIN)/mypy $(TYPED)
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

## The tests not marked slow (about a minute), for the edit-test loop.
test-fast: install-test
	$(BIN)/python -m pytest -m "not slow"

## Measure coding speed against bare spaCy and write BENCHMARKS.md.
bench: install
	$(BIN)/python -m bench

lint: install-test
	$(BIN)/ruff check $(CODE)
	$(BIN)/mypy $(TYPED)
	$(BIN)/ruff format --check $(CODE)

clean:
	rm -rf $(VENV) $(WAREHOUSE)
