# Stance Atlas: `make run` to serve it, `make test` to check it. Nothing else is needed first.
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
RUN := $(UV) run --frozen
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install uv migrate data serve lint format bench backup restore

run: install migrate data serve

uv:
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || \
		$(PYTHON) -m pip install --quiet uv

install: uv
	$(UV) sync --frozen

migrate:
	$(RUN) python manage.py migrate --no-input

data:
	$(RUN) python manage.py load_reference_data
	$(RUN) python manage.py load_sample_data
	$(RUN) python manage.py ensure_admin

serve:
	$(RUN) python manage.py runserver $(HOST):$(PORT)

lint:
	$(RUN) ruff check .
	$(RUN) ruff format --check .

format:
	$(RUN) ruff format .
	$(RUN) ruff check --fix .

test: install lint
	$(RUN) python manage.py check
	$(RUN) python manage.py makemigrations --check --dry-run
	$(RUN) pytest $(PYTEST_ARGS)
