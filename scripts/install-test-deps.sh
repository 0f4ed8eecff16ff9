#!/usr/bin/env bash
# Install what the test suite needs: the package with its test extras, and the
# real clients the export tests drive. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

$PYTHON -m pip install -q -e '.[test]'

# Real clients for the export tests (tests/test_exports*.py, tests/test_viewer*.py):
# rapper (strict Turtle/N-Triples parser), xmllint, and Debian's Chromium, which
# Playwright drives through executable_path (never `playwright install`).
need_apt=()
command -v rapper >/dev/null || need_apt+=(raptor2-utils)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v node >/dev/null || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
# graphology's GraphML and GEXF parsers (what Gephi Lite uses), pinned by tests/js/package-lock.json.
if [ ! -d tests/js/node_modules/graphology-gexf ]; then
    (cd tests/js && npm ci --no-audit --no-fund --silent)
fi
