"""What a test needs from outside the repository, and the failure when it is missing.

A test that needs a client (rapper, xmllint, node and graphology, Chromium and
Playwright, a Python package) or the shared folder beside the checkout asks for
it here. When it is missing the test FAILS with what to install: it never
skips, so a green run means every test ran.
"""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The project's copies of the shared gold and dev set (test_shared_copies.py checks
#: they equal the shared folder's).
DATA = ROOT / "tests" / "data"
#: The shared folder CI lays beside the checkout; NEWSKG_SHARED points elsewhere.
SHARED = Path(os.environ.get("NEWSKG_SHARED") or ROOT.parent / "shared")
INSTALL = "`make test-deps` (scripts/install-test-deps.sh) installs it"


def require_program(name: str, package: str) -> str:
    """The path of the program ``name``; fails the test, naming its package, if missing."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (Debian package {package}); {INSTALL}",
                    pytrace=False)
    return path


def require_module(name: str, package: str) -> ModuleType:
    """The Python module ``name``; fails the test, naming its package, if it cannot import."""
    try:
        return importlib.import_module(name)
    except ImportError as e:
        pytest.fail(f"{name} cannot be imported ({e}); PyPI package {package}: {INSTALL}",
                    pytrace=False)


def require_shared(relative: str = "") -> Path:
    """``SHARED / relative``; fails the test if the shared folder is not there."""
    path = SHARED / relative
    if not path.exists():
        pytest.fail(f"{path} is missing: this test compares the repository's copies with the "
                    "shared folder, which CI lays beside the checkout (NEWSKG_SHARED names "
                    "another place)", pytrace=False)
    return path
