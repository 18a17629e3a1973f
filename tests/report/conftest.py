"""Snapshot fixture for the report tests: see tests/report/README.md."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE_VARIABLE = "DAEJO_UPDATE_SNAPSHOTS"


@pytest.fixture
def snapshot():
    """``snapshot(name, text)``: compare ``text`` with snapshots/<name>, or rewrite it when asked."""

    def check(name: str, text: str) -> None:
        path = SNAPSHOTS / name
        if os.environ.get(UPDATE_VARIABLE) == "1":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
            return
        assert path.exists(), f"missing snapshot {path}; run with {UPDATE_VARIABLE}=1 to create it"
        expected = path.read_bytes().decode("utf-8")
        assert text == expected, f"{name} differs from its snapshot; if the change is intended, rerun with {UPDATE_VARIABLE}=1 and review the diff"

    return check
