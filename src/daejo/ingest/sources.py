"""Which files an input list names: files as given, directories walked recursively.

Directories are walked in sorted order (the same inputs always give the same
article order), only ``.md``/``.txt``/``.jsonl``/``.html`` files are taken and hidden
entries are skipped. Symlinked directories are followed, but a link back to a
directory being walked is reported as a loop instead of being followed forever.

Folders that never hold articles are skipped while walking (so ``daejo check .``
at a repository root works): a daejo ledger (a folder with ``decisions.yaml``,
or whose ``.jsonl`` files start with a ledger header), a Python
virtual environment (``pyvenv.cfg``), ``node_modules`` and ``__pycache__``. A
ledger named as PATH itself is refused. So is a daejo HTML or Markdown report
(``report.html`` written into the articles' folder), which a walk skips. A folder's
``README.md`` (and ``CHANGELOG``, ``CONTRIBUTING``, ``LICENSE``, ``NOTICE``) is skipped
while walking; named as PATH it is read. Only regular files are read: a FIFO, device
or socket named like an article is reported.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from daejo.errors import InputError
from daejo.fsutil import file_kind
from daejo.ingest.limits import not_regular_message
from daejo.ingest.results import ProblemSink
from daejo.signatures import is_daejo_report

ARTICLE_SUFFIXES = (".md", ".txt", ".jsonl", ".html", ".htm")
# daejo writes HTML and Markdown reports: one found among articles is skipped
REPORT_SUFFIXES = (".md", ".html", ".htm")
NO_ARTICLES = "no articles (.md, .txt, .jsonl or .html files) in this directory"
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
            if is_ledger_folder(path):
                raise InputError("a daejo ledger folder, not articles (name the articles' folder)", str(path))
            return _files_of_directory(path, sink)
        _check_file(path)
    except InputError as error:
        sink.report(error)
        return []
    return [path]


def _check_file(path: Path) -> None:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(_unreachable_reason(path, exc), str(path)) from None
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block, a device never ends
        raise InputError(not_regular_message(file_kind(info.st_mode)), str(path))
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(f"unsupported file type {path.suffix or '(none)'!r}: expected .md, .txt, .jsonl or .html", str(path))
    if path.suffix.lower() in REPORT_SUFFIXES and is_daejo_report(path):
        raise InputError("a daejo report, not an article", str(path))


def _files_of_directory(root: Path, sink: ProblemSink) -> list[Path]:
    found: list[Path] = []
    root_key = _dir_key(root)
    _walk(root, {root_key: root}, {root_key}, sink, found)
    if not found:
        sink.empty_folder(InputError(NO_ARTICLES, str(root)))
    return found


def _walk(
    directory: Path, ancestors: dict[_DirKey, Path], visited: set[_DirKey], sink: ProblemSink, found: list[Path]
) -> None:
    for entry in _sorted_entries(directory, sink):
        path = directory / entry.name
        if entry.is_symlink() and not _resolves(path, sink):
            continue
        if entry.is_dir():
            if not_articles(path):
                continue
            key = _dir_key(path)
            if key in ancestors:
                sink.report(InputError(f"symbolic link loop: leads back to {ancestors[key]}", str(path)))
                continue
            if key in visited:  # reached again through another link: already walked
                continue
            visited.add(key)
            _walk(path, {**ancestors, key: path}, visited, sink, found)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            if entry.is_file():
                if path.stem.upper() in NOT_ARTICLE_FILES:
                    continue  # a folder's README, not an article (named as PATH, it is read)
                if not (path.suffix.lower() in REPORT_SUFFIXES and is_daejo_report(path)):
                    found.append(path)
            else:  # a FIFO, device or socket named like an article
                sink.report(InputError(not_regular_message(file_kind(os.stat(path).st_mode)), str(path)))


# a repository's own documents beside the articles (README.md, CHANGELOG.md, ...)
NOT_ARTICLE_FILES = frozenset({"README", "CHANGELOG", "CHANGES", "CONTRIBUTING", "LICENSE", "NOTICE"})

# folders of tools, never of articles (hidden ones such as .git and .venv are skipped anyway)
NOT_ARTICLE_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages"})


def not_articles(folder: Path) -> bool:
    """A folder that is walked past: a ledger, a virtual environment, a tool's folder."""
    if folder.name in NOT_ARTICLE_FOLDERS or (folder / "pyvenv.cfg").is_file():
        return True
    return is_ledger_folder(folder)


def is_ledger_folder(folder: Path) -> bool:
    """A daejo ledger: a ``decisions.yaml``, or a first ``.jsonl`` file that starts with a ledger header."""
    from daejo.ingest.jsonl import is_ledger_header

    if (folder / "decisions.yaml").is_file():
        return True
    try:
        first = min((e.name for e in os.scandir(folder) if e.name.endswith(".jsonl") and e.is_file()), default=None)
        if first is None:
            return False
        with open(folder / first, "rb") as handle:
            line = handle.readline(64 * 1024)
    except OSError:
        return False
    return is_ledger_header(line.decode("utf-8", "replace"))


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
