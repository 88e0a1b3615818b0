# atnet — the two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST   ?= 127.0.0.1
PORT   ?= 8000
# `make run` serves as production would show it (the site's own 404 and 500
# pages, in the visitor's language); DEBUG=true make run for Django's debug pages.
DEBUG  ?= false
# The demo site and the printed login addresses use the host and port served.
export ATNET_SITE_HOSTNAME ?= $(HOST)
export ATNET_SITE_PORT ?= $(PORT)
# Test processes (pytest-xdist): one per core by default; PYTEST_WORKERS=0 runs in one process.
# Tests marked `exclusive` (they stop the PostgreSQL server) run afterwards, alone.
PYTEST_WORKERS ?= auto

.PHONY: install run serve setup test lint format messages lock bench screenshots clean cluster-test

install: $(VENV)/.installed

# The virtualenv is rebuilt when the lock file changes; the lock file pins
# every package (transitive ones too), so every machine installs the same set.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

setup: install
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) db_worker --batch --queue-name '*' --no-startup-delay -v0

# The background worker (search indexing, emails) runs beside the dev server
# and stops with it.
run: setup
	$(MANAGE) ensure_admin
	$(MANAGE) demo_focal_point
	$(MANAGE) db_worker --queue-name '*' -v0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	ATNET_DEMO=1 DEBUG=$(DEBUG) $(MANAGE) runserver $(HOST):$(PORT)

test: install
	$(BIN)/ruff check .
	$(BIN)/pytest -n $(PYTEST_WORKERS) --exclusive=skip
	$(BIN)/pytest -n 0 --exclusive=only

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Extract strings into the catalogues, then compile them with polib (pure
# Python), so that no system gettext is needed to install or run.
messages: install
	DJANGO_SETTINGS_MODULE=atnet.settings.dev $(BIN)/python -m atnet.core.i18n_tools extract
	$(BIN)/python -m atnet.core.i18n_tools compile

lock:
	$(BIN)/pip freeze --exclude-editable --exclude atnet > requirements.lock

bench: install
	$(BIN)/python -m bench.run

# Two application nodes, a worker and nginx in network namespaces, on one
# PostgreSQL, Redis and S3 test server (root; see deploy/cluster/README.md).
cluster-test: install
	$(BIN)/python deploy/cluster/cluster_test.py

screenshots: install
	$(BIN)/python docs/screenshots/take.py

clean:
	rm -rf $(VENV) var
