"""Claim extraction: sentences + values → ``Claim`` (docs/design.md, "extract").

The stage lives in ``extract/extractor.py`` (an ``Extractor`` built once from the
analyzer, the entity registry and the attribute catalogue); this package only
re-exports it, lazily, so that importing one module of it (``daejo.extract.catalogue``
for the catalogue's data) does not load the whole stage.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from daejo.extract.catalogue import Catalogue, load_catalogue
    from daejo.extract.extractor import ArticleExtraction, Extractor, extract_article, extract_articles
    from daejo.extract.registry import EntityRegistry, load_registry

_EXPORTS = {
    "ArticleExtraction": "daejo.extract.extractor",
    "Catalogue": "daejo.extract.catalogue",
    "EntityRegistry": "daejo.extract.registry",
    "Extractor": "daejo.extract.extractor",
    "extract_article": "daejo.extract.extractor",
    "extract_articles": "daejo.extract.extractor",
    "load_catalogue": "daejo.extract.catalogue",
    "load_registry": "daejo.extract.registry",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
