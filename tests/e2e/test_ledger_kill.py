"""``daejo ledger update`` killed with SIGKILL at random points never leaves a
partial ledger file: every file is byte for byte what a complete run writes for
one of its article's versions, and articles the run had not touched still verify."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from .newsroom import article_text, daejo_command, make_newsroom

pytestmark = pytest.mark.slow

ARTICLES = 30
ITERATIONS = 3


def _body(i: int, version: int) -> str:
    count = (i % 9 + 1) * 1000 + version * 500
    text = f"모델 누리온{i}호의 파라미터는 {count}억 개다. 한빛연구소는 이 모델을 {i % 27 + 1}일 공개했다."
    if version:
        text += f"\n\n연구소는 후속 모델 {i}종을 준비하고 있다."
    return text


def _write_version(root: Path, i: int, version: int) -> None:
    path = root / "articles" / f"a{i:02d}.md"
    path.write_text(article_text(f"a{i:02d}", "2024-03-02", _body(i, version)), encoding="utf-8")


def _update(root: Path) -> subprocess.Popen:
    return subprocess.Popen([*daejo_command(), "ledger", "update", "articles", "--ledger", "claims"], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _snapshot(ledger: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in ledger.glob("*.jsonl")}


def _changed(ledger: Path, before: dict[str, bytes]) -> int:
    now = _snapshot(ledger)
    return sum(now.get(name) != data for name, data in before.items())


def _wait_for_writes(ledger: Path, before: dict[str, bytes], count: int, proc: subprocess.Popen,
                     timeout: float = 90) -> None:
    """Until ``count`` ledger files were rewritten (or the run ended)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if _changed(ledger, before) >= count:
            return
        time.sleep(0.005)


def test_killed_updates_leave_only_whole_files(tmp_path: Path):
    rng = random.Random(20261122)
    room = make_newsroom(tmp_path / "room")
    root, ledger = room.root, room.root / "claims"
    for i in range(ARTICLES):
        _write_version(root, i, 1)
    assert _update(root).wait(timeout=120) == 0
    reference = {1: _snapshot(ledger)}
    for i in range(ARTICLES):
        _write_version(root, i, 0)
    assert _update(root).wait(timeout=120) == 0
    reference[0] = _snapshot(ledger)
    assert len(reference[0]) == len(reference[1]) == ARTICLES and reference[0] != reference[1]
    version = {i: 0 for i in range(ARTICLES)}

    killed_mid_write = 0
    for iteration in range(ITERATIONS):
        flipped = set(rng.sample(range(ARTICLES), rng.randint(17, ARTICLES)))
        for i in flipped:
            version[i] = 1 - version[i]
            _write_version(root, i, version[i])
        before = _snapshot(ledger)
        proc = _update(root)
        if iteration == 0:
            time.sleep(rng.uniform(0.1, 2.0))  # most likely while starting up
        else:  # after a random number of files, with at least one batch still to go
            _wait_for_writes(ledger, before, rng.randint(1, len(flipped) - 9), proc)
            time.sleep(rng.uniform(0.0, 0.02))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed_mid_write += before != _snapshot(ledger)
        proc.wait(timeout=30)

        after = _snapshot(ledger)
        assert sorted(after) == sorted(reference[0])  # nothing lost, nothing extra
        for i in range(ARTICLES):
            name = f"a{i:02d}.jsonl"
            assert after[name] in (reference[0][name], reference[1][name]), f"partial {name} at iteration {iteration}"
            if i not in flipped:
                # untouched, or brought up to date (an earlier killed run may have left it
                # at its older version; a later run writes it when it reaches it)
                assert after[name] in (before[name], reference[version[i]][name])

    assert killed_mid_write >= 1  # the kills did land while files were being written
    assert _update(root).wait(timeout=120) == 0
    verify = room.daejo("ledger", "verify", "articles", "--ledger", "claims")
    assert verify.returncode == 0, verify.stdout
    assert _snapshot(ledger) == {f"a{i:02d}.jsonl": reference[version[i]][f"a{i:02d}.jsonl"] for i in range(ARTICLES)}
