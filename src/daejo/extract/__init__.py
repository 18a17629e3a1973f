"""Claim extraction: sentences + values → ``Claim`` (docs/design.md, "extract").

The stage lives in ``extract/extractor.py`` (an ``Extractor`` built once from the
analyzer, the entity registry and the attribute catalogue); this package only
re-exports it.
"""

from daejo.extract.catalogue import Catalogue, load_catalogue
from daejo.extract.extractor import ArticleExtraction, Extractor, extract_article, extract_articles
from daejo.extract.registry import EntityRegistry, load_registry

__all__ = [
    "ArticleExtraction",
    "Catalogue",
    "EntityRegistry",
    "Extractor",
    "extract_article",
    "extract_articles",
    "load_catalogue",
    "load_registry",
]
