"""Time ``export_all`` (every format, as a build writes them) on a generated archive.

The formats share the flattened graph and the layout (:func:`newskg.exports.flat.shared_work`);
this measures the whole export step as a user's build runs it.

Usage: ``python -m benchmarks.exports PAGES [--repeat N]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from newskg.build import BuildOptions, build
from newskg.exports import export_all

from .corpus import generate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate(args.pages, corpus)
        graph = build(BuildOptions(inputs=(str(corpus),), out=str(Path(tmp) / "first"),
                                   progress=False, cache=False)).graph
        times = []
        for i in range(args.repeat):
            t0 = time.perf_counter()
            export_all(graph, Path(tmp) / f"out{i}")
            times.append(time.perf_counter() - t0)
    print(f"{args.pages} pages: export_all best {min(times):.2f} s, "
          f"median {sorted(times)[len(times) // 2]:.2f} s over {args.repeat} runs")


if __name__ == "__main__":
    main()
