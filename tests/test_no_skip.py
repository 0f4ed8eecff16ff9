"""A test that skips fails the run with its reason: a green run means every test ran."""

from __future__ import annotations

from requires import ROOT

pytest_plugins = ["pytester"]


def test_a_skip_of_any_kind_fails_with_its_reason(pytester):
    pytester.makeconftest((ROOT / "tests" / "conftest.py").read_text("utf-8"))
    pytester.makepyfile(
        test_called="import pytest\n\ndef test_a():\n    pytest.skip('rapper is missing')\n",
        test_marked="import pytest\n\n@pytest.mark.skipif(True, reason='no node')\n"
                    "def test_b():\n    pass\n",
        test_module="import pytest\n\npytest.importorskip('no_such_client')\n\n"
                    "def test_c():\n    pass\n",
        test_fine="import pytest\n\n@pytest.mark.xfail(strict=True)\n"
                  "def test_d():\n    assert False\n\ndef test_e():\n    pass\n",
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "--continue-on-collection-errors")
    outcomes = result.parseoutcomes()
    assert outcomes.get("skipped", 0) == 0
    assert (outcomes.get("failed"), outcomes.get("errors")) == (1, 2)
    assert (outcomes.get("passed"), outcomes.get("xfailed")) == (1, 1)
    out = result.stdout.str()
    for reason in ("rapper is missing", "no node", "could not import 'no_such_client'"):
        assert f"allows no skip: Skipped: {reason}" in out
