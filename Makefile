# Delingsarena: `make run` serves the portal with demo content, `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup test test-e2e lint format messages clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed
	mkdir -p var
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) load_demo_content
	$(MANAGE) update_index

run: setup
	@echo ""
	@$(MANAGE) load_demo_content --print-logins | tail -n +2
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

test: $(VENV)/.installed
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

test-e2e: $(VENV)/.installed
	$(PY) -m pytest tests/e2e $(PYTEST_ARGS)

lint: $(VENV)/.installed
	mkdir -p var
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(PY) tools/check_function_imports.py core municipalities experiences forums search portal
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: $(VENV)/.installed
	$(MANAGE) makemessages -l nn --ignore=.venv --ignore=var --ignore=bench
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf var/search_index var/db.sqlite3 var/media var/static
