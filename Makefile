# Sitrep: `make run` sets up .venv and builds the warehouse from the landing folder; `make test` tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DBT := $(BIN)/dbt --no-use-colors
DBT_ARGS := --project-dir dbt_project --profiles-dir dbt_project
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: setup run full-refresh test dev dbt-parse sql bench-setup bench evaluate lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Pinned dependencies, then the project itself (editable), then the dbt manifest the assets read.
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

setup: $(VENV)/.installed dbt-parse

dbt-parse: $(VENV)/.installed
	$(DBT) parse --quiet $(DBT_ARGS)

# The instance settings Sitrep needs (runs one at a time), unless DAGSTER_HOME already has its own.
$(DAGSTER_HOME)/dagster.yaml:
	mkdir -p $(DAGSTER_HOME)
	cp orchestration/dagster.yaml $@

run: setup $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster asset materialize -m orchestration.definitions --select '*'

# Rebuild from nothing: forget the working database (and which files were read), then build.
full-refresh: setup
	rm -rf "$${SITREP_WORK_DIR:-.sitrep}"
	$(MAKE) run

test: setup
	$(BIN)/python -m pytest

dev: setup $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -w workspace.yaml

# make sql Q="select * from marts.fct_incidents" (opens the published warehouse read-only)
sql: $(VENV)/.installed
	$(BIN)/python -c "import duckdb, os, sys; duckdb.connect(os.environ.get('SITREP_WAREHOUSE', 'warehouse/sitrep.duckdb'), read_only=True).sql(sys.argv[1]).show(max_width=160, max_rows=40)" "$(Q)"

evaluate: setup
	$(BIN)/python -m ingest.evaluate

bench-setup: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements-bench.lock

bench: setup bench-setup
	$(BIN)/python -m bench

lint: setup
	$(BIN)/ruff check ingest orchestration bench tests

clean:
	rm -rf warehouse .sitrep dbt_project/target dbt_project/logs
