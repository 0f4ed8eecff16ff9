"""Write files all at once or not at all, so no build can cost a user a previous output.

Each file is written under a temporary name in its own folder, flushed to
disk, and renamed over its destination only when every file of the batch has
been written: an exception, Ctrl-C or a full disk before that leaves every
destination as it was and no temporary file behind. ``os.replace`` is atomic
within a folder, so a reader sees either the old or the new file. If one of
the renames fails, those already done are undone from hard-linked copies of
the old files, so the folder stays a consistent set.

A process killed outright (``kill -9``, power loss) can leave a temporary file
(``.NAME.PID.XXXX.newskg-tmp``) but never a half-written destination; the next
batch in that folder removes the temporary files of processes no longer alive.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["TEMP_SUFFIX", "AtomicBatch", "OutputError", "atomic_write", "remove_stale_temps"]

TEMP_SUFFIX = ".newskg-tmp"


class OutputError(Exception):
    """An output that could not be written; ``str()`` is one line naming it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def _temp_name(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temps(folder: str | Path) -> list[Path]:
    """Remove the temporary files that killed processes left in ``folder``."""
    removed = []
    for tmp in Path(folder).glob(f".*{TEMP_SUFFIX}"):
        pid = tmp.name.rsplit(".", 3)[-3] if tmp.name.count(".") >= 4 else ""
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
    return removed


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicBatch:
    """Files written under temporary names, put in place together by :meth:`commit`.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with AtomicBatch() as batch:
    ...     _ = batch.write(folder / "a.txt", lambda fp: fp.write(b"new"))
    ...     batch.commit()
    >>> (folder / "a.txt").read_bytes()
    b'new'
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []  # (temporary, destination)

    def write(self, dest: str | Path, writer: Callable[[BinaryIO], object]) -> Path:
        """Run ``writer`` on a new temporary file for ``dest``; nothing is replaced yet."""
        dest = Path(dest)
        tmp = _temp_name(dest)
        self._pending.append((tmp, dest))
        try:
            # O_EXCL: never follow a link planted at the temporary name; 0o666 & umask
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            with os.fdopen(fd, "wb") as fp:
                writer(fp)
                fp.flush()
                os.fsync(fp.fileno())
        except OSError as e:
            raise OutputError(dest, f"cannot write ({e.strerror or e}); previous file kept") from e
        return dest

    def commit(self) -> None:
        """Rename every temporary file over its destination, or undo and raise."""
        done: list[tuple[Path, Path | None]] = []  # (destination, copy of the old one)
        dest = Path()
        try:
            for tmp, dest in self._pending:
                done.append((dest, self._keep_old(dest)))
                os.replace(tmp, dest)
        except BaseException as e:
            for put, old in reversed(done):
                with contextlib.suppress(OSError):
                    if old is not None:
                        os.replace(old, put)
                    else:
                        put.unlink(missing_ok=True)
            if isinstance(e, OSError):
                problem = f"cannot replace ({e.strerror or e}); previous files kept"
                raise OutputError(dest, problem) from e
            raise
        finally:
            for _, old in done:
                if old is not None:
                    old.unlink(missing_ok=True)
            self._discard()
        for folder in sorted({put.parent for put, _ in done}):
            _fsync_folder(folder)

    @staticmethod
    def _keep_old(dest: Path) -> Path | None:
        """A hard link (or, where links fail, a copy) of ``dest`` to restore it from."""
        if not dest.exists():
            return None
        old = _temp_name(dest)
        try:
            os.link(dest, old)
        except OSError:
            try:
                shutil.copy2(dest, old)
            except BaseException:
                old.unlink(missing_ok=True)
                raise
        return old

    def _discard(self) -> None:
        for tmp, _ in self._pending:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        self._pending.clear()

    def __enter__(self) -> AtomicBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self._discard()  # after commit() nothing is left; after an error, the temporaries


@contextlib.contextmanager
def atomic_write(dest: str | Path) -> Iterator[BinaryIO]:
    """A binary file object whose content replaces ``dest`` only if the block succeeds.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "x"
    >>> with atomic_write(path) as fp:
    ...     _ = fp.write(b"all or nothing")
    >>> path.read_bytes()
    b'all or nothing'
    """
    dest = Path(dest)
    tmp = _temp_name(dest)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as fp:
            yield fp
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, dest)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
