"""Bounded input: only regular files are read, never past the size limit; ``parse -``
and JSONL lines are measured before they are parsed; ``check .`` at a repository
root reads articles, not the ledger (docs/robustness.md, "Bounded memory")."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from daejo import fsutil
from daejo.fsutil import NotRegularFile, TooLarge, read_regular
from daejo.ingest.limits import MAX_ARTICLE_BYTES

DAEJO = [sys.executable, "-m", "daejo"]


def test_read_regular_never_reads_past_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.md"
    path.write_bytes(b"a" * (5 * MAX_ARTICLE_BYTES))
    asked: list[int] = []
    real_read = os.read
    monkeypatch.setattr(fsutil.os, "read", lambda fd, n: (asked.append(n), real_read(fd, n))[1])
    monkeypatch.setattr(fsutil.os, "fstat", lambda fd: os.stat_result((0o100644, 0, 0, 1, 0, 0, 0, 0, 0, 0)))  # size 0: a growing file
    with pytest.raises(TooLarge):
        read_regular(path, MAX_ARTICLE_BYTES)
    assert sum(asked) <= MAX_ARTICLE_BYTES + 1


@pytest.mark.parametrize("target", ["/dev/urandom", "/dev/zero"])
def test_a_device_is_refused_without_reading(tmp_path, target):
    link = tmp_path / "article.md"
    os.symlink(target, link)
    with pytest.raises(NotRegularFile) as caught:
        read_regular(link, MAX_ARTICLE_BYTES)
    assert caught.value.kind == "a character device"


def test_a_fifo_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    run = subprocess.run([*DAEJO, "check", "pipe.md"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "pipe.md: not a regular file (a FIFO)" in run.stderr


def _limited(*args: str, stdin, cwd: Path) -> subprocess.CompletedProcess:
    """Run daejo under a 1.5 GB address-space limit (it would need far more without the line limit)."""

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))

    return subprocess.run([*DAEJO, *args], stdin=stdin, cwd=cwd, capture_output=True, text=True, timeout=120,
                          preexec_fn=limit)


def test_parse_stdin_refuses_a_line_over_the_limit_before_parsing_it(tmp_path):
    data = tmp_path / "digits.txt"
    data.write_bytes(b"3000\xec\x96\xb5 " * (24 * 1024 * 1024 // 10))  # 24 MB of `3000억 ` on one line
    with data.open("rb") as stdin:
        run = _limited("parse", "-", "--format", "jsonl", stdin=stdin, cwd=tmp_path)
    assert run.returncode == 2, run.stderr[-500:]
    assert "standard input:1: line too large" in run.stderr and "MemoryError" not in run.stderr
    assert run.stdout == ""


def test_parse_stdin_streams_line_by_line_and_names_a_bad_line(tmp_path):
    data = tmp_path / "lines.txt"
    data.write_bytes("약 3000억 원\n70여 명\n".encode() + b"\xff\xfe\n")
    with data.open("rb") as stdin:
        run = _limited("parse", "-", "--format", "jsonl", stdin=stdin, cwd=tmp_path)
    assert run.returncode == 2 and "standard input:3: is not valid UTF-8" in run.stderr
    assert run.stdout.count("\n") == 2  # the first two lines were printed before the third was read


def test_check_dot_at_a_repository_root_skips_the_ledger(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(
        "---\nid: a\npublished: '2023-05'\n---\n가온전자는 지난해 매출 5조 원을 기록했다.\n", encoding="utf-8")
    update = subprocess.run([*DAEJO, "ledger", "update", "articles", "--ledger", "claims"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert update.returncode == 0, update.stderr
    run = subprocess.run([*DAEJO, "check", ".", "--format", "json"], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert '"articles": 1' in run.stdout  # a.md, checked against its own ledger entry; claims/*.jsonl not read
