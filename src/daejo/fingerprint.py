"""Which extraction produced a ledger file.

Claims depend on the extraction code and its rule files, the analyzer, and the
user's alias and attribute files. Their digest is stored in each ledger header
(``extractor``), so ``daejo ledger verify`` notices a ledger written by other
rules and ``daejo ledger update`` re-extracts it.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from pathlib import Path
from typing import Iterable

from daejo import __version__

# the packages whose code and data decide what is extracted
_EXTRACTION_PACKAGES = ("values", "text", "extract")
_EXTRA_MODULES = ("dates.py", "models.py")
_SUFFIXES = (".py", ".yaml")


@functools.cache
def code_digest() -> str:
    """Digest of the extraction code and rule files shipped with this daejo."""
    root = resources.files("daejo")
    h = hashlib.sha256(__version__.encode())
    files: list[tuple[str, bytes]] = []
    for package in _EXTRACTION_PACKAGES:
        files.extend(_walk(root / package, package))
    for name in _EXTRA_MODULES:
        files.append((name, (root / name).read_bytes()))
    for name, data in sorted(files):
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def _walk(node, prefix: str) -> list[tuple[str, bytes]]:
    out = []
    for child in node.iterdir():
        name = f"{prefix}/{child.name}"
        if child.is_dir():
            if child.name != "__pycache__":
                out.extend(_walk(child, name))
        elif child.name.endswith(_SUFFIXES):
            out.append((name, child.read_bytes()))
    return out


def extractor_fingerprint(analyzer: str, alias_files: Iterable[Path] = (), attribute_files: Iterable[Path] = ()) -> str:
    """A short id of everything that decides the claims of an article."""
    h = hashlib.sha256(code_digest().encode())
    h.update(f"\0analyzer={analyzer}".encode())
    for kind, files in (("aliases", alias_files), ("attributes", attribute_files)):
        for path in files:
            h.update(f"\0{kind}\0".encode() + hashlib.sha256(Path(path).read_bytes()).digest())
    return h.hexdigest()[:16]
