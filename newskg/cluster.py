"""Extraction on a Dask distributed cluster (``newskg build --scheduler ADDRESS``).

When one machine is not enough, the extraction chunks of
:mod:`newskg.parallel` go to the workers of a Dask cluster instead of local
processes; reading inputs, the cache, the graph and the exports stay on the
machine that runs ``newskg build``. The work itself is :mod:`newskg.tasks`,
which this module and :mod:`newskg.parallel` import (not each other). Each
task carries the bytes of its files, so the workers need no shared file
system, only the same newskg installed.

Every task also returns the worker's extractor fingerprint
(:func:`newskg.cache.extractor_fingerprint`); a worker running other extractor
code or lexicons would give another graph, so the build stops with a
:class:`ClusterError` instead of mixing results.

Dask is an optional dependency: ``pip install 'newskg[cluster]'``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .cache import extractor_fingerprint
from .extractors import ExtractOptions
from .records import Document
from .tasks import EngineError, FileResult, Task, extract_chunk, extract_documents

__all__ = ["ClusterError", "DaskRunner"]


class ClusterError(EngineError):
    """The cluster cannot be reached or its workers do not match this client."""


def _remote_chunk(tasks: list[Task], options: ExtractOptions) -> tuple[str, list[FileResult]]:
    """Run on a worker: its fingerprint and the chunk's results."""
    return extractor_fingerprint(options), extract_chunk(tasks, options)


def _remote_documents(path: str, docs: list[Document], options: ExtractOptions
                      ) -> tuple[str, FileResult]:
    """Run on a worker: its fingerprint and one part of a large JSONL file."""
    return extractor_fingerprint(options), extract_documents(path, docs, options)


@dataclass
class _Checked:
    """A Dask future whose result is checked against the client's fingerprint."""

    future: Any
    expected: str
    address: str

    def result(self):
        fingerprint, results = self.future.result()
        if fingerprint != self.expected:
            raise ClusterError(
                f"a worker of {self.address} runs a different newskg extractor or lexicons; "
                "install the same newskg version on every worker "
                "(and make --lexicon files readable there at the same path)"
            )
        return results


class DaskRunner:
    """Send extraction chunks to the Dask scheduler at ``address``."""

    sends_bytes = True

    def __init__(self, address: str, options: ExtractOptions, timeout: float = 30) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ClusterError(
                "--scheduler needs Dask: pip install 'newskg[cluster]'"
            ) from None
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        self.address = address
        self.options = options
        self.expected = extractor_fingerprint(options)
        threads = sum(self.client.nthreads().values())
        self.window = max(2, 2 * threads)

    def submit(self, tasks: list[Task]) -> _Checked:
        future = self.client.submit(_remote_chunk, tasks, self.options, pure=False)
        return _Checked(future, self.expected, self.address)

    def submit_documents(self, path: str, docs: list[Document]) -> _Checked:
        future = self.client.submit(_remote_documents, path, docs, self.options, pure=False)
        return _Checked(future, self.expected, self.address)

    def close(self) -> None:
        self.client.close()
