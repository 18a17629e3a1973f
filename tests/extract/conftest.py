"""Shared, expensive objects of the extraction tests (built once per session)."""

from __future__ import annotations

from importlib import resources

import pytest

from daejo.extract import load_catalogue
from daejo.extract.registry import EntityRegistry, load_alias_text
from daejo.text import get_analyzer


def _corpus_registry() -> EntityRegistry:
    registry = EntityRegistry()
    text = (resources.files("daejo.extract") / "corpus" / "_entities.yaml").read_text(encoding="utf-8")
    load_alias_text(text, "corpus/_entities.yaml", registry)
    return registry


@pytest.fixture(scope="session")
def analyzer():
    return get_analyzer("kiwi")


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture
def corpus_registry() -> EntityRegistry:
    """A fresh registry of the corpus entities (extraction learns links into it)."""
    return _corpus_registry()
