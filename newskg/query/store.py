"""The pyoxigraph store kept beside a Turtle file, built once and shared safely.

``--engine oxigraph`` keeps a RocksDB store in ``<graph>.oxigraph/`` with a
stamp of the Turtle's size, modification time and SHA-256, so that a later
query starts at once. Several queries may start together (a shell loop, a
notebook and a script): a lock file ``<graph>.oxigraph.lock`` makes sure the
store is built by one process while the others wait, and that no store is
replaced while another process reads it. Readers share the lock; the builder
holds it alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import GraphFileError

__all__ = ["LOCK_SUFFIX", "STAMP_FILE", "STORE_SUFFIX", "STORE_VERSION", "opened_store"]

STORE_SUFFIX = ".oxigraph"
LOCK_SUFFIX = ".lock"
STAMP_FILE = "newskg-store.json"
#: Bumped when the store layout or loading changes, so old stores are rebuilt.
STORE_VERSION = 1

try:
    import fcntl
except ImportError:  # Windows: one process at a time, readers included
    fcntl = None  # type: ignore[assignment]


def _lock(fd: int, shared: bool) -> None:
    """Take (or convert to) a shared or an exclusive lock on the lock file."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
    # else: the exclusive lock of _lock_alone covers readers and builders alike


def _lock_alone(fd: int) -> None:  # pragma: no cover - Windows only
    import msvcrt

    os.lseek(fd, 0, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]


def _stat(path: Path) -> dict:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fp:
        for block in iter(lambda: fp.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read_stamp(store_dir: Path) -> dict | None:
    try:
        stamp = json.loads((store_dir / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def _write_stamp(store_dir: Path, stamp: dict) -> None:
    tmp = store_dir / (STAMP_FILE + ".tmp")
    tmp.write_text(json.dumps(stamp, sort_keys=True), encoding="utf-8")
    os.replace(tmp, store_dir / STAMP_FILE)


def _made_by() -> dict:
    import pyoxigraph as ox

    # a store written by another pyoxigraph release may not open: rebuild it
    return {"version": STORE_VERSION, "pyoxigraph": ox.__version__}


def _is_current(graph_path: Path, store_dir: Path) -> bool:
    """The store was built by this release from a Turtle of this size and time."""
    stamp = _read_stamp(store_dir)
    if stamp is None:
        return False
    wanted = {**_made_by(), **_stat(graph_path)}
    return all(stamp.get(k) == v for k, v in wanted.items())


def load_turtle(store: Any, graph_path: Path) -> None:
    import pyoxigraph as ox

    try:
        store.bulk_load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as e:
        raise GraphFileError(f"{graph_path}: not valid Turtle: {e}") from None


def _build_store(graph_path: Path, store_dir: Path, stamp: dict) -> None:
    """Load the Turtle into a fresh store beside ``store_dir``, then move it in place."""
    import pyoxigraph as ox

    tmp = store_dir.with_name(f".{store_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        store = ox.Store(str(tmp))
        load_turtle(store, graph_path)
        store.flush()
        del store
        _write_stamp(tmp, stamp)
        if store_dir.exists():
            if _read_stamp(store_dir) is None and any(store_dir.iterdir()):
                raise GraphFileError(
                    f"{store_dir} exists and is not a newskg store; move it away to use "
                    "--engine oxigraph"
                )
            shutil.rmtree(store_dir)
        os.replace(tmp, store_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _refresh(graph_path: Path, store_dir: Path) -> None:
    """Bring the store up to date with the Turtle (the caller holds the lock alone)."""
    if _is_current(graph_path, store_dir):
        return  # another process built it while this one waited
    old = _read_stamp(store_dir)
    made_by = _made_by()
    now = _stat(graph_path)
    digest = _sha256(graph_path)
    stamp = {**made_by, "sha256": digest, **now}
    same_release = old is not None and all(old.get(k) == v for k, v in made_by.items())
    if same_release and old is not None and old.get("sha256") == digest:
        _write_stamp(store_dir, stamp)  # the same bytes written again: no reload
    else:
        _build_store(graph_path, store_dir, stamp)


@contextlib.contextmanager
def opened_store(graph_path: str | Path, warnings: list[str] | None = None) -> Iterator[Any]:
    """A read-only pyoxigraph store of ``graph_path``, built or reused, locked while used.

    Size and time of the Turtle unchanged: the store is reused without reading
    the Turtle. Changed but same content (a rebuild that wrote the same bytes):
    reused after hashing. Otherwise rebuilt, by one process. When the folder
    cannot be written, the Turtle is loaded into memory instead, with a warning.
    """
    import pyoxigraph as ox

    graph_path = Path(graph_path)
    store_dir = graph_path.with_name(graph_path.name + STORE_SUFFIX)
    lock_path = graph_path.with_name(graph_path.name + STORE_SUFFIX + LOCK_SUFFIX)
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        fd = None
        if not _is_current(graph_path, store_dir):
            yield _in_memory(graph_path, store_dir, e, warnings)
            return
    if fd is None:  # a folder we cannot write to, with a current store: read it
        yield ox.Store.read_only(str(store_dir))
        return
    try:
        if fcntl is None:  # pragma: no cover
            _lock_alone(fd)
        _lock(fd, shared=True)
        while not _is_current(graph_path, store_dir):
            _lock(fd, shared=False)  # wait for readers and for another builder
            try:
                _refresh(graph_path, store_dir)
            except OSError as e:
                yield _in_memory(graph_path, store_dir, e, warnings)
                return
            _lock(fd, shared=True)  # and check again: the Turtle may have changed meanwhile
        store = ox.Store.read_only(str(store_dir))
        try:
            yield store
        finally:
            del store
    finally:
        os.close(fd)  # releases the lock


def _in_memory(graph_path: Path, store_dir: Path, error: OSError, warnings: list[str] | None):
    import pyoxigraph as ox

    if warnings is not None:
        warnings.append(
            f"cannot keep a store in {store_dir} ({error.strerror or error}); loading into memory"
        )
    store = ox.Store()
    load_turtle(store, graph_path)
    return store
