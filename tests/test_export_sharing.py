"""export_all computes the graph's rows and layout once and every format still
comes out as it does when written alone."""

from __future__ import annotations

import pytest

from newskg.exports import FORMATS, ExportOptions, export, export_all, flat, style


@pytest.mark.parametrize("articles", [False, True])
def test_export_all_writes_what_each_format_writes_alone(seed_build, tmp_path, articles):
    graph = seed_build.graph
    options = ExportOptions(articles=articles)
    together = export_all(graph, tmp_path / "all", options)
    (tmp_path / "one").mkdir()
    for fmt, (name, _) in FORMATS.items():
        alone = export(graph, fmt, tmp_path / "one" / name, options)
        assert alone.read_bytes() == together[fmt].read_bytes(), fmt


def test_rows_and_layout_are_computed_once_per_export(seed_build, tmp_path, monkeypatch):
    calls = {"flatten": 0, "layout": 0}
    real_flatten, real_layout = flat._flatten, style.layout

    def counted_flatten(*a, **k):
        calls["flatten"] += 1
        return real_flatten(*a, **k)

    def counted_layout(*a, **k):
        calls["layout"] += 1
        return real_layout(*a, **k)

    monkeypatch.setattr(flat, "_flatten", counted_flatten)
    monkeypatch.setattr(style, "layout", counted_layout)
    export_all(seed_build.graph, tmp_path / "out")
    assert calls == {"flatten": 1, "layout": 1}
