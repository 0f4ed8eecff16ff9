# `make test` installs everything the checks need on a fresh machine, then runs
# them: ruff, mypy, and pytest (the tests and the doctests of newskg).
PYTHON ?= python3

.PHONY: install test-deps test lint bench constraints docs

install:
	$(PYTHON) -m pip install -q -c constraints.txt .

test-deps:
	PYTHON=$(PYTHON) bash scripts/install-test-deps.sh

test: test-deps lint
	$(PYTHON) -m pytest -q -p no:cacheprovider

lint:
	$(PYTHON) -m ruff check newskg tests benchmarks scripts
	$(PYTHON) -m mypy

# docs/cli.md is generated from the parser (tests/test_cli_doc.py fails when stale).
docs:
	$(PYTHON) scripts/make_cli_doc.py > docs/cli.md.new
	mv docs/cli.md.new docs/cli.md

bench:
	$(PYTHON) -m benchmarks.run

# After upgrading a dependency and seeing the tests pass: pin what is installed.
constraints:
	$(PYTHON) scripts/freeze_constraints.py > constraints.txt.new
	mv constraints.txt.new constraints.txt
