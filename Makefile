# Stance Atlas: `make run` to serve it, `make test` to check it. Nothing else is needed first.
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
RUN := $(UV) run --frozen
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install uv migrate data serve lint format bench backup restore soak

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

# Every performance target of docs/performance.md, side by side with its floor, on PostgreSQL
# (BENCH_DATABASE_SERVER, default postgres://postgres@127.0.0.1:5432) with wrk installed.
# SCALE=small (default, under ten minutes) or SCALE=full (1,000,000 statements).
SCALE ?= small
bench: install
	$(RUN) python -m bench.run --scale $(SCALE)

# --- Backups (PostgreSQL): make backup; make restore FILE=var/backups/….dump ------------------
BACKUP_DIR ?= var/backups

backup:
	@test -n "$(DATABASE_URL)" || { echo "backup: set DATABASE_URL=postgres://…" >&2; exit 2; }
	@mkdir -p "$(BACKUP_DIR)"
	@file="$(BACKUP_DIR)/stance_atlas-$$(date -u +%Y%m%dT%H%M%SZ).dump"; \
		pg_dump --format=custom --no-owner --file="$$file" "$(DATABASE_URL)" && echo "$$file"

# Replaces the database's contents with the dump's, in one transaction: all or nothing.
restore:
	@test -n "$(DATABASE_URL)" || { echo "restore: set DATABASE_URL=postgres://…" >&2; exit 2; }
	@test -n "$(FILE)" || { echo "restore: name the dump: make restore FILE=…" >&2; exit 2; }
	@test -f "$(FILE)" || { echo "restore: no such file: $(FILE)" >&2; exit 2; }
	pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error \
		--dbname="$(DATABASE_URL)" "$(FILE)"

# The long fault runs (docs/reliability.md); the suite runs short variants of each.
soak:
	$(RUN) python -m tests.reliability.soak --articles 300 --kills 30
	FUZZ_EXAMPLES=10000 $(RUN) pytest -p no:cacheprovider tests/reliability/test_fuzz.py
