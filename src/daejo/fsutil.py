"""Atomic file replacement: readers see the old file or the new one, never a part.

Every file daejo writes (ledger files, decisions, baselines, reports) goes
through ``atomic_write``: a temporary file in the same folder, flushed and
fsynced, then ``os.replace``d over the target, then the folder fsynced so the
rename itself survives a crash.
"""

from __future__ import annotations

import os
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
