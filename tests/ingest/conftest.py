from __future__ import annotations

from pathlib import Path

import pytest

BADINPUT = Path(__file__).resolve().parent.parent / "badinput"


@pytest.fixture
def write(tmp_path: Path):
    """Write an article file (text as UTF-8, or raw bytes) under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return _write


@pytest.fixture
def badinput() -> Path:
    return BADINPUT
