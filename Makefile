# MOST Portal — two commands: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test install serve migrate demo lint messages clean bench worker

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

## Set up everything and serve the portal on 127.0.0.1:$(PORT), with a task worker and the
## scheduler beside the web server (all three stop together on Ctrl-C).
run: demo
	@$(BIN)/python manage.py run_worker & worker=$$!; \
	$(BIN)/python manage.py run_schedule --loop & schedule=$$!; \
	trap 'kill $$worker $$schedule 2>/dev/null; wait' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## The task worker and the scheduler alone (for development beside another web server).
worker: migrate
	@$(BIN)/python manage.py run_schedule --loop & schedule=$$!; \
	trap 'kill $$schedule 2>/dev/null; wait' EXIT INT TERM; \
	$(BIN)/python manage.py run_worker

## Run the whole test suite (PostgreSQL when DATABASE_URL says so).
test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Refresh locale/th/LC_MESSAGES/django.po from the code and compile it (needs GNU gettext).
messages: install
	$(BIN)/python manage.py makemessages -l th --no-location --ignore=.venv --ignore=staticfiles
	$(BIN)/python manage.py makemessages -d djangojs -l th --no-location --ignore=.venv --ignore=staticfiles
	$(BIN)/python manage.py compilemessages -l th --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

## Load benchmark on PostgreSQL (see bench/run.py); prints the table for the README.
bench: install
	@command -v wrk >/dev/null || apt-get install -y wrk >/dev/null || { echo "make bench needs wrk: apt-get install wrk"; exit 1; }
	$(BIN)/python bench/run.py $(BENCH_ARGS)
	@if [ -f bench/matching_bench.py ]; then $(BIN)/python bench/matching_bench.py; fi
