"""Fixtures shared by the text-stage tests: every analyzer runs the same tables.

The konlpy back-end needs a Java runtime. Without a ``java`` binary on PATH
its tests are skipped on a developer machine, but in CI (``CI`` set) they run
and fail: a missing Java there is a broken environment, not a reason to skip.
"""

from __future__ import annotations

import os
import shutil

import pytest

from daejo.text import get_analyzer

ANALYZER_PARAMS = ["kiwi", pytest.param("komoran", marks=pytest.mark.java)]


def java_missing_here() -> bool:
    return shutil.which("java") is None and not os.environ.get("CI")


def pytest_collection_modifyitems(config, items):
    if not java_missing_here():
        return
    skip = pytest.mark.skip(reason="no java on PATH (set CI=1 to make this a failure)")
    for item in items:
        if "java" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(params=ANALYZER_PARAMS)
def analyzer_name(request) -> str:
    return request.param


@pytest.fixture
def analyzer(analyzer_name):
    return get_analyzer(analyzer_name)
