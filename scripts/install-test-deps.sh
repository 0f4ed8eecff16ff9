#!/usr/bin/env bash
# Install what the test suite needs: the package with its test extras, and the
# real clients the export tests drive. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

$PYTHON -m pip install -q -e '.[test]'
