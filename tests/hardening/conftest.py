"""Shared helpers: run the CLI in this process, snapshot a folder, a watchdog."""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from daejo.cli import main

REPO = Path(__file__).resolve().parents[2]
ALIASES = REPO / "fixtures" / "aliases.yaml"
FUZZ_EXAMPLES = int(os.environ.get("DAEJO_FUZZ_EXAMPLES", "60"))


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):
    """``cli(*args)`` runs ``daejo`` in-process (cwd = tmp_path) and returns exit code and output."""
    monkeypatch.chdir(tmp_path)

    def _run(*args: str | Path) -> Run:
        capsys.readouterr()
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return _run


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) by relative path, with its bytes."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class Timeout(Exception):
    pass


@contextmanager
def watchdog(seconds: float):
    """Fail instead of hanging: SIGALRM interrupts Python code after ``seconds``."""

    def _expired(signum, frame):
        raise Timeout(f"did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
