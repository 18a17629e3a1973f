"""Atomic file replacement: readers see the old file or the new one, never a part.

Every file daejo writes (ledger files, decisions, baselines, reports) goes
through ``atomic_write``: a temporary file in the same folder, flushed and
fsynced, then ``os.replace``d over the target, then the folder fsynced so the
rename itself survives a crash.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` atomically, with ordinary permissions (0666 & ~umask)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise _naming(exc, path) from exc
    try:
        with handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o666 & ~_umask())  # temp files are created 0600
        os.replace(handle.name, path)
    except BaseException as exc:
        Path(handle.name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _naming(exc, path) from exc
        raise
    fsync_directory(path.parent)


def _naming(exc: OSError, path: Path) -> OSError:
    """The error with the file the user asked for, not the temporary file, as its name."""
    return type(exc)(exc.errno, exc.strerror or str(exc), str(path))


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable; not supported on every platform."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, for messages."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


class NotRegularFile(OSError):
    """``read_regular`` was given a FIFO, device, socket or directory."""

    def __init__(self, path: Path, kind: str):
        super().__init__(f"not a regular file ({kind})")
        self.filename = str(path)
        self.kind = kind


class TooLarge(OSError):
    """``read_regular`` read more than its limit."""

    def __init__(self, path: Path, size: int):
        super().__init__(f"larger than the limit ({size} bytes or more)")
        self.filename = str(path)
        self.size = size


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, read at most ``limit`` bytes far.

    The file is opened without blocking (a FIFO would wait for a writer forever)
    and checked with ``fstat`` on the open descriptor, so a path swapped for a
    device after a check is still refused: ``NotRegularFile``. More than
    ``limit`` bytes (a file that grows while read, too) is ``TooLarge``;
    nothing beyond ``limit + 1`` bytes is ever read into memory.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path, file_kind(info.st_mode))
        if limit is not None and info.st_size > limit:
            raise TooLarge(path, info.st_size)
        chunks: list[bytes] = []
        total = 0
        wanted = (limit + 1) if limit is not None else None
        while wanted is None or total < wanted:
            chunk = os.read(fd, 1 << 20 if wanted is None else min(1 << 20, wanted - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if limit is not None and total > limit:
            raise TooLarge(path, total)
        return b"".join(chunks)
    finally:
        os.close(fd)
