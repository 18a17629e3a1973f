"""README's main job shows what it prints: the finding line and the summary line of the
block between ``<!-- output:start -->`` and ``<!-- output:end -->`` are the ones
``daejo check fixtures/incoming --ledger claims/`` prints today (the block is shortened
by hand, so only whole lines it keeps are compared)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from daejo.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _readme_block() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- output:start -->", 1)[1].split("<!-- output:end -->", 1)[0]
    return block.split("```text", 1)[1].split("```", 1)[0].strip("\n").splitlines()


def test_the_readme_shows_the_main_jobs_finding_and_summary_as_printed(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "fixtures/incoming", "--ledger", "claims/"])
    assert exit_info.value.code == 1  # README: the main job exits 1 on its one error
    printed = capsys.readouterr().out.splitlines()
    shown = _readme_block()
    finding = [line for line in shown if re.search(r": (error|warning|info)\[DJ\d+", line)]
    summary = [line for line in shown if re.match(r"\d+ findings? \(", line)]
    assert finding and summary, shown
    for line in finding + summary:
        assert line in printed, f"README shows a line the main job no longer prints:\n{line}"
