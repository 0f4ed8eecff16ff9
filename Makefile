# `make test` installs everything the checks need on a fresh machine, then runs
# them: ruff, mypy, and pytest (the tests and the doctests of newskg).
PYTHON ?= python3

.PHONY: install test-deps test lint bench constraints

install:
	$(PYTHON) -m pip install -q -c constraints.txt .

test-deps:
	PYTHON=$(PYTHON) bash scripts/install-test-deps.sh

test: test-deps lint
	$(PYTHON) -m pytest -q -p no:cacheprovider

lint:
	$(PYTHON) -m ruff check newskg tests benchmarks scripts
	$(PYTHON) -m mypy

bench:
	$(PYTHON) -m benchmarks.run

# After upgrading a dependency and seeing the tests pass: pin what is installed.
constraints:
	$(PYTHON) scripts/freeze_constraints.py > constraints.txt.new
	mv constraints.txt.new constraints.txt
