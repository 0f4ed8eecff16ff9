#!/usr/bin/env bash
# Install everything the checks need on a fresh machine (CI runs it through
# `make test`): the package with its test and dev extras at the versions of
# constraints.txt, Debian's clients the export and viewer tests drive, and the
# npm packages of tests/js. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

# The versions the tests pass with: outputs are byte-identical for these.
$PYTHON -m pip install -q -c constraints.txt -e '.[test,dev]'

# rapper (strict Turtle/N-Triples parser), xmllint, Debian's Chromium (Playwright
# drives it through executable_path, never `playwright install`), node and npm
# for graphology's GraphML and GEXF parsers.
need_apt=()
command -v rapper >/dev/null || need_apt+=(raptor2-utils)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-test-deps: need root for apt-get install ${need_apt[*]}" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# graphology's parsers (what Gephi Lite uses), pinned by tests/js/package-lock.json.
if [ ! -d tests/js/node_modules/graphology-gexf ]; then
    (cd tests/js && npm ci --no-audit --no-fund --silent)
fi
