# `make test` installs everything the tests need on a fresh machine, then runs them.
PYTHON ?= python3

.PHONY: install test-deps test lint bench

install:
	$(PYTHON) -m pip install -q .

test-deps:
	bash scripts/install-test-deps.sh

test: test-deps
	$(PYTHON) -m pytest -q

lint:
	$(PYTHON) -m ruff check newskg tests benchmarks

bench:
	$(PYTHON) -m benchmarks.run
