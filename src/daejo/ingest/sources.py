"""Which files an input list names: files as given, directories walked recursively.

Directories are walked in sorted order (the same inputs always give the same
article order), only ``.md``/``.txt``/``.jsonl``/``.html`` files are taken and hidden
entries are skipped. Symlinked directories are followed, but a link back to a
directory being walked is reported as a loop instead of being followed forever.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from pathlib import Path

from daejo.errors import InputError
from daejo.ingest.results import ProblemSink

ARTICLE_SUFFIXES = (".md", ".txt", ".jsonl", ".html", ".htm")
_DirKey = tuple[int, int]


def collect_article_files(paths: Sequence[str | Path], sink: ProblemSink) -> list[Path]:
    """Article files named by ``paths``, each real file once, in input then sorted order."""
    files: list[Path] = []
    seen: set[str] = set()
    for raw in paths:
        for path in _files_of(Path(raw), sink):
            real = os.path.realpath(path)
            if real not in seen:  # the same file named twice is loaded once
                seen.add(real)
                files.append(path)
    return files


def _files_of(path: Path, sink: ProblemSink) -> list[Path]:
    try:
        if path.is_dir():
            return _files_of_directory(path, sink)
        _check_file(path)
    except InputError as error:
        sink.report(error)
        return []
    return [path]


def _check_file(path: Path) -> None:
    try:
        os.stat(path)
    except OSError as exc:
        raise InputError(_unreachable_reason(path, exc), str(path)) from None
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(f"unsupported file type {path.suffix or '(none)'!r}: expected .md, .txt, .jsonl or .html", str(path))


def _files_of_directory(root: Path, sink: ProblemSink) -> list[Path]:
    found: list[Path] = []
    root_key = _dir_key(root)
    _walk(root, {root_key: root}, {root_key}, sink, found)
    if not found:
        raise InputError("no articles (.md, .txt, .jsonl or .html files) in this directory", str(root))
    return found


def _walk(
    directory: Path, ancestors: dict[_DirKey, Path], visited: set[_DirKey], sink: ProblemSink, found: list[Path]
) -> None:
    for entry in _sorted_entries(directory, sink):
        path = directory / entry.name
        if entry.is_symlink() and not _resolves(path, sink):
            continue
        if entry.is_dir():
            key = _dir_key(path)
            if key in ancestors:
                sink.report(InputError(f"symbolic link loop: leads back to {ancestors[key]}", str(path)))
                continue
            if key in visited:  # reached again through another link: already walked
                continue
            visited.add(key)
            _walk(path, {**ancestors, key: path}, visited, sink, found)
        elif entry.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(path)


def _sorted_entries(directory: Path, sink: ProblemSink) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(directory) as entries:
            return sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        sink.report(InputError(f"cannot read directory: {exc.strerror}", str(directory)))
        return []


def _resolves(path: Path, sink: ProblemSink) -> bool:
    try:
        os.stat(path)
    except OSError as exc:
        # a dangling link to some other kind of file is none of our business
        if exc.errno == errno.ELOOP or path.suffix.lower() in ARTICLE_SUFFIXES:
            sink.report(InputError(_unreachable_reason(path, exc), str(path)))
        return False
    return True


def _unreachable_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop: the link never reaches a file"
    if path.is_symlink():
        return "broken symbolic link"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return f"cannot read: {exc.strerror}"


def _dir_key(path: Path) -> _DirKey:
    info = os.stat(path)
    return (info.st_dev, info.st_ino)
