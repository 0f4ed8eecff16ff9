"""Stage one over many files: in this process, in worker processes or on a cluster.

Extraction is nearly all of a build's time and each input file is independent,
so it is the stage that runs in parallel. :func:`extract_files` groups
consecutive files into chunks of a few hundred kilobytes (enough work per task
to hide the cost of sending it), hands the chunks to a runner and yields one
:class:`FileResult` per file **in input order**, so the graph builder sees the
same sequence whatever the number of workers and the output is byte-identical.
Only a few chunks are in flight at once, so memory stays bounded by the chunk
size, not by the archive.

With a cache (:mod:`newskg.cache`), files with a good entry are not sent to
any worker: their articles are loaded in this process when their turn comes,
and the articles of the others are stored as they arrive. An entry is checked
when the build is planned, so a damaged one is extracted again by the workers
like a new file, not here one after the other.

A JSONL file over ``STREAM_BYTES`` is read here a part at a time and its parts
go to the workers as documents (one result per part), so one crawler dump of
100,000 articles is extracted in parallel and never held whole.

What a worker runs is in :mod:`newskg.tasks`; the Dask runner is in
:mod:`newskg.cluster`.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .cache import CacheEntry, ExtractCache, extractor_fingerprint, file_key, stream_key
from .extractors import ExtractOptions, InputError, extract, iter_documents
from .records import Document
from .tasks import (
    EngineError,
    FileResult,
    Task,
    extract_chunk,
    extract_documents,
    extract_file,
    read_dated,
)

__all__ = [
    "EngineError",
    "EngineOptions",
    "FileResult",
    "default_workers",
    "extract_chunk",
    "extract_file",
    "extract_files",
]

#: Below this much new input, worker processes cost more than they save.
MIN_PARALLEL_BYTES = 128 * 1024

#: Bounds on the input bytes per task.
CHUNK_BYTES = (16 * 1024, 256 * 1024)

#: A JSONL file larger than this is read here and sent to workers in parts, so a
#: crawler's dump of 100,000 articles is extracted in parallel and never held whole.
STREAM_BYTES = 1024 * 1024

_DEAD_WORKER = (
    "an extraction worker process died (out of memory, or killed); "
    "nothing written: run again, with fewer --workers if memory is short"
)


@dataclass(frozen=True)
class EngineOptions:
    """Where extraction runs.

    ``workers`` is the number of local processes (``None``: one per core);
    ``scheduler`` the address of a Dask scheduler, which takes precedence;
    ``cache_dir`` the cache folder, or ``None`` for no cache.
    """

    workers: int | None = None
    scheduler: str | None = None
    cache_dir: str | None = None


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _warm_up(options: ExtractOptions) -> None:
    """Load the extractor's lexicons (about a second) once, before workers fork."""
    extract(Document("warm-up.txt", "本报讯 市委书记来到企业调研。"), options)


class _Future(Protocol):
    def result(self) -> list[FileResult]: ...


class Runner(Protocol):
    """Something that runs :func:`extract_chunk` somewhere."""

    window: int  # chunks in flight at most
    sends_bytes: bool  # whether workers need the files' bytes

    def submit(self, tasks: list[Task]) -> _Future: ...

    def submit_documents(self, path: str, docs: list[Document]) -> _Part: ...

    def close(self) -> None: ...


class _Part(Protocol):
    def result(self) -> FileResult: ...


@dataclass
class _Later:
    """Work run in this process when its result is asked for."""

    call: Callable[[], object]

    def result(self):
        return self.call()


class InlineRunner:
    """Extraction in this process, one chunk at a time."""

    window = 1
    sends_bytes = False

    def __init__(self, options: ExtractOptions) -> None:
        self.options = options

    def submit(self, tasks: list[Task]) -> _Future:
        return _Later(lambda: extract_chunk(tasks, self.options))

    def submit_documents(self, path: str, docs: list[Document]) -> _Part:
        return _Later(lambda: extract_documents(path, docs, self.options))

    def close(self) -> None:
        pass


class PoolRunner:
    """Extraction in ``workers`` local processes."""

    sends_bytes = False

    def __init__(self, options: ExtractOptions, workers: int) -> None:
        self.options = options
        self.window = 2 * workers
        if multiprocessing.get_start_method() == "fork":
            _warm_up(options)  # forked workers inherit the loaded lexicons
        self.pool = ProcessPoolExecutor(max_workers=workers)

    def submit(self, tasks: list[Task]) -> _Future:
        return _Watched(self._submit(extract_chunk, tasks, self.options))

    def submit_documents(self, path: str, docs: list[Document]) -> _Part:
        return _Watched(self._submit(extract_documents, path, docs, self.options))

    def _submit(self, fn, *args):
        """Submit to the pool; a pool already broken by a dead worker says so in one line."""
        try:
            return self.pool.submit(fn, *args)
        except BrokenProcessPool:
            raise EngineError(_DEAD_WORKER) from None

    def close(self) -> None:
        if getattr(self.pool, "_broken", False):
            # a worker died: the others may be stuck writing results nobody reads
            for process in list((getattr(self.pool, "_processes", None) or {}).values()):
                process.kill()
            self.pool.shutdown(wait=False, cancel_futures=True)
        else:
            self.pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class _Watched:
    """A worker's future; a dead worker becomes one clear :class:`EngineError`."""

    future: object

    def result(self):
        try:
            return self.future.result()
        except BrokenProcessPool:
            raise EngineError(_DEAD_WORKER) from None


@dataclass
class _File:
    path: str
    size: int
    key: str | None = None
    hit: bool = False
    stream: bool = False  # a large JSONL file, read here and extracted in parts
    parts: tuple[int, ...] = ()  # documents per part, when cached in parts


def _plan(files: Sequence[Path], cache: ExtractCache | None, max_bytes: int) -> list[_File]:
    """Size, cache key and usable cache entry of every file (reads each file once).

    A file over ``max_bytes`` is not read here (nor cached): the reader refuses
    a page that large, and streams a JSONL file, without holding it in memory.
    """
    planned = []
    for path in files:
        item = _File(str(path), 0)
        try:
            item.size = path.stat().st_size
            item.stream = item.size > STREAM_BYTES and path.suffix.lower() == ".jsonl"
            if item.stream and cache is not None:
                item.key = stream_key(path, cache.fingerprint)
                entry = cache.get(item.key)
                item.parts = entry.parts if entry else ()
                item.hit = bool(item.parts)
            elif cache is not None and item.size <= max_bytes:
                data = path.read_bytes()
                item.size = len(data)
                item.key = file_key(path, data, cache.fingerprint)
                item.hit = cache.usable(item.key)  # a damaged entry is a file to extract
        except OSError:
            pass  # the worker reports it as an unreadable input
        planned.append(item)
    return planned


def _target(planned: list[_File], workers: int) -> int:
    """Input bytes per task: about 1/16 of each worker's share, within bounds."""
    todo = sum(f.size for f in planned if not f.hit)
    low, high = CHUNK_BYTES
    return max(low, min(high, todo // (16 * max(workers, 1)) or low))


def _chunks(planned: list[_File], target: int) -> list[list[_File]]:
    """Consecutive files, cut when the files still to extract reach ``target`` bytes.

    A streamed file is a chunk of its own, extracted in parts.
    """
    chunks: list[list[_File]] = [[]]
    size = 0
    for f in planned:
        if f.stream:
            chunks += [[f], []]
            size = 0
            continue
        chunks[-1].append(f)
        if not f.hit:
            size += f.size
            if size >= target:
                chunks.append([])
                size = 0
    return [c for c in chunks if c]


def _clean(res: FileResult) -> bool:
    """Whether a result may be cached: read and extracted with nothing to report."""
    return res.error is None and not res.problems and not res.warnings


class _Pending:
    """One chunk on its way: cached files are read here, the others come from a runner."""

    def __init__(self, chunk: list[_File], runner: Runner, options: ExtractOptions,
                 cache: ExtractCache | None) -> None:
        self.chunk = chunk
        self.options = options
        self.cache = cache
        tasks = [(f.path, _read(f.path) if runner.sends_bytes else None)
                 for f in chunk if not f.hit]
        self.future = runner.submit(tasks) if tasks else None

    def result(self) -> list[FileResult]:
        fetched = iter(self.future.result() if self.future else ())
        out = []
        for f in self.chunk:
            res = self._from_cache(f) if f.hit else None
            if res is None:
                res = next(fetched) if not f.hit else extract_file(f.path, self.options)
                # a file with a problem or a warning is not cached, so they are reported
                # each time
                if self.cache is not None and f.key and _clean(res):
                    self.cache.put(CacheEntry(f.key, res.documents, res.articles))
            out.append(res)
        return out

    def _from_cache(self, f: _File) -> FileResult | None:
        entry = self.cache.get(f.key) if self.cache is not None and f.key else None
        if entry is None:
            return None
        return FileResult(f.path, entry.documents, entry.articles, cached=True)


@dataclass
class _Stream:
    """What the parts of one streamed file share while they are on their way."""

    file: _File
    cache: ExtractCache | None
    sizes: list[int] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    clean: bool = True  # no problem or warning anywhere: the file may be cached


class _StreamPart:
    """One part of a streamed file: documents read here, extracted by the runner."""

    def __init__(self, state: _Stream, index: int, docs: list[Document], runner: Runner,
                 last: bool) -> None:
        self.state, self.index, self.last = state, index, last
        self.documents = len(docs)
        self.future = runner.submit_documents(state.file.path, docs) if docs else None

    def result(self) -> list[FileResult]:
        st, f = self.state, self.state.file
        res = self.future.result() if self.future else FileResult(f.path)
        st.sizes.append(self.documents)
        st.clean = st.clean and _clean(res)
        if st.cache is not None and f.key:
            st.cache.put(CacheEntry(f"{f.key}.{self.index}", self.documents, res.articles))
        if self.last:
            res.problems += st.problems
            res.warnings += st.warnings
            st.clean = st.clean and not st.problems and not st.warnings
            if st.cache is not None and f.key and st.clean:
                st.cache.put(CacheEntry(f.key, sum(st.sizes), [], parts=tuple(st.sizes)))
        return [res]


def _stream_parts(f: _File, runner: Runner, options: ExtractOptions,
                  cache: ExtractCache | None, target: int) -> Iterator[_StreamPart | _Done]:
    """Read a large JSONL file a part at a time, each part sent off as soon as it is full."""
    state = _Stream(f, cache)
    docs = iter_documents(f.path, max_bytes=options.max_bytes,
                          on_error=lambda e: state.problems.append((f.path, e.problem)))
    batch: list[Document] = []
    size = index = 0
    try:
        for doc in read_dated(f.path, docs, state.warnings):
            batch.append(doc)
            size += 3 * len(doc.text)  # bytes, about, as the target is
            if size >= target:
                yield _StreamPart(state, index, batch, runner, last=False)
                batch, size, index = [], 0, index + 1
    except InputError as e:
        if not index and not batch:  # nothing readable: the file is skipped
            yield _Done([FileResult(f.path, error=(f.path, e.problem))])
            return
        state.problems.append((f.path, e.problem))
    yield _StreamPart(state, index, batch, runner, last=True)


class _CachedPart:
    """One part of a streamed file from the cache (re-extracted here if its entry is damaged)."""

    def __init__(self, f: _File, index: int, options: ExtractOptions,
                 cache: ExtractCache) -> None:
        self.f, self.index, self.options, self.cache = f, index, options, cache

    def result(self) -> list[FileResult]:
        f, i = self.f, self.index
        last = i == len(f.parts) - 1
        entry = self.cache.get(f"{f.key}.{i}")
        if entry is not None:
            return [FileResult(f.path, entry.documents, entry.articles, cached=last)]
        skip = sum(f.parts[:i])
        docs = iter_documents(f.path, max_bytes=self.options.max_bytes, on_error=lambda e: None)
        part = list(itertools.islice(docs, skip, skip + f.parts[i]))
        res = extract_documents(f.path, part, self.options)
        self.cache.put(CacheEntry(f"{f.key}.{i}", res.documents, res.articles))
        return [res]


@dataclass
class _Done:
    results: list[FileResult]

    def result(self) -> list[FileResult]:
        return self.results


def _units(chunks: list[list[_File]], runner: Runner, options: ExtractOptions,
           cache: ExtractCache | None, target: int) -> Iterable:
    """The units of work in input order, each with ``result() -> list[FileResult]``."""
    for chunk in chunks:
        f = chunk[0]
        if f.stream and f.hit and cache is not None:
            yield from (_CachedPart(f, i, options, cache) for i in range(len(f.parts)))
        elif f.stream:
            yield from _stream_parts(f, runner, options, cache, target)
        else:
            yield _Pending(chunk, runner, options, cache)


def _read(path: str) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError:
        return None  # the worker will say the file cannot be read


def _local_runner(engine: EngineOptions, options: ExtractOptions,
                  chunks: list[list[_File]]) -> Runner:
    """Worker processes when there is enough to extract, else this process."""
    workers = engine.workers or default_workers()
    todo = [c for c in chunks if any(not f.hit for f in c)]
    todo_bytes = sum(f.size for c in todo for f in c if not f.hit)
    streamed = any(f.stream for c in todo for f in c)
    if workers > 1 and (len(todo) > 1 or streamed) and todo_bytes >= MIN_PARALLEL_BYTES:
        return PoolRunner(options, workers if streamed else min(workers, len(todo)))
    return InlineRunner(options)


def extract_files(
    files: Sequence[Path],
    options: ExtractOptions,
    engine: EngineOptions = EngineOptions(),
    cache: ExtractCache | None = None,
) -> Iterator[FileResult]:
    """Extract every file, yielding results in the order given: one per file, or
    one per part for a large JSONL file (see ``STREAM_BYTES``).

    ``cache`` defaults to one under ``engine.cache_dir`` when that is set.
    """
    if cache is None and engine.cache_dir:
        cache = ExtractCache(engine.cache_dir, extractor_fingerprint(options))
    runner: Runner | None = None
    try:
        if engine.scheduler:  # reach the cluster before reading any input
            from .cluster import DaskRunner

            runner = DaskRunner(engine.scheduler, options)
        planned = _plan(files, cache, options.max_bytes)
        target = _target(planned, engine.workers or default_workers())
        chunks = _chunks(planned, target)
        if runner is None:
            runner = _local_runner(engine, options, chunks)
        pending: deque = deque()
        for unit in _units(chunks, runner, options, cache, target):
            pending.append(unit)
            while len(pending) > runner.window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if runner is not None:
            runner.close()
