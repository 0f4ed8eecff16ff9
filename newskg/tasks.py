"""The work a worker does: extract one file, a chunk of files or a part of a large JSONL file.

These functions run wherever extraction runs (this process, a local worker
process, a Dask worker), so they depend on the extractors only; where they run
is decided by :mod:`newskg.parallel` and :mod:`newskg.cluster`, which both
import this module and not each other.

A problem never escapes as an exception: a file that cannot be read is
``FileResult.error``; a skipped JSONL line or a document the extractor fails
on is one of ``problems``; a date that is no date (``2023-02-30``) is one of
``warnings``, and the document is built without it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extractors import ExtractOptions, InputError, extract, iter_documents
from .extractors.reader import rejected_dates
from .records import Article, Document

__all__ = [
    "EngineError",
    "FileResult",
    "Task",
    "extract_chunk",
    "extract_documents",
    "extract_file",
    "read_dated",
]

#: A file to extract: its path and, when the worker cannot read it, its bytes.
Task = tuple[str, bytes | None]

#: ``(path, what is wrong)``, as the build summary lists it.
Problem = tuple[str, str]


class EngineError(RuntimeError):
    """Extraction cannot go on: a worker died, or the cluster failed; one line to show."""


@dataclass
class FileResult:
    """What one input file gave; ``error`` is ``(path, problem)`` if unreadable.

    ``problems`` are the JSONL lines skipped and the documents the extractor
    failed on; ``warnings`` what was left out of documents that were built.
    """

    path: str
    documents: int = 0
    articles: list[Article] = field(default_factory=list)
    error: Problem | None = None
    cached: bool = False
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    #: documents the extractor failed on (a bug; each is also one of ``problems``)
    failed: int = 0


def _where(doc: Document) -> str:
    """``line N: `` for a JSONL document, nothing for a page."""
    return "" if doc.line is None else f"line {doc.line}: "


def _date_warnings(path: str, doc: Document, dates: list[str]) -> list[Problem]:
    return [(path, f"{_where(doc)}impossible date {d!r} ignored; built without it")
            for d in dates]


def read_dated(path: str, docs: Iterator[Document], warnings: list[Problem]
               ) -> Iterator[Document]:
    """``docs`` one by one, each impossible date met while reading one added to ``warnings``."""
    while True:
        with rejected_dates() as dates:
            doc = next(docs, None)
        if doc is None:
            return
        warnings += _date_warnings(path, doc, dates)
        yield doc


def _read_documents(path: str, read_as: str | Path, options: ExtractOptions,
                    result: FileResult) -> list[Document]:
    """The documents of ``read_as``, reported as ``path``; skipped lines go to ``result``."""
    docs = iter_documents(read_as, max_bytes=options.max_bytes,
                          on_error=lambda e: result.problems.append((path, e.problem)))
    try:
        return list(read_dated(path, docs, result.warnings))
    except InputError as e:
        raise InputError(path, e.problem) from None


def _documents_from_bytes(path: str, data: bytes, options: ExtractOptions,
                          result: FileResult) -> list[Document]:
    """Read ``data`` as if it were the file ``path`` (for workers that cannot see it)."""
    with tempfile.TemporaryDirectory(prefix="newskg-") as tmp:
        local = Path(tmp) / Path(path).name
        local.write_bytes(data)
        return _read_documents(path, local, options, result)


def _extract_into(result: FileResult, docs: list[Document], options: ExtractOptions) -> None:
    """Extract each document into ``result``; a failure costs that document only."""
    for doc in docs:
        try:
            with rejected_dates() as dates:
                result.articles.extend(extract(doc, options))
        except Exception as e:  # a bug must not cost the user the rest of the corpus
            why = " ".join(str(e).split())[:200]
            result.failed += 1
            result.problems.append((result.path, f"{_where(doc)}extraction failed "
                                    f"({type(e).__name__}: {why}); please report this input"))
            continue
        result.warnings += _date_warnings(result.path, doc, dates)


def extract_file(path: str, options: ExtractOptions, data: bytes | None = None) -> FileResult:
    """Read and extract one input file; an unreadable file gives ``error``."""
    result = FileResult(path)
    try:
        if data is None:
            docs = _read_documents(path, path, options, result)
        else:
            docs = _documents_from_bytes(path, data, options, result)
    except InputError as e:
        result.error = (e.path, e.problem)
        return result
    result.documents = len(docs)
    _extract_into(result, docs, options)
    return result


def extract_chunk(tasks: list[Task], options: ExtractOptions) -> list[FileResult]:
    """Extract several files: the unit of work sent to a worker."""
    return [extract_file(path, options, data) for path, data in tasks]


def extract_documents(path: str, docs: list[Document], options: ExtractOptions) -> FileResult:
    """Extract documents already read (a part of a large JSONL file)."""
    result = FileResult(path, documents=len(docs))
    _extract_into(result, docs, options)
    return result
