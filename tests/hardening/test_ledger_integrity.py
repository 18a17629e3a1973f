"""Ledger integrity: atomic writes, serialised updates, clear errors for damage.

The SIGKILL-during-update test lives with ``daejo ledger update`` (tests/workflow);
here: a write that fails half-way, the lock between two updates, schema
versions and corrupted files named by path and line.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from daejo import fsutil
from daejo.errors import LedgerError
from daejo.ledger import ledger_path, read_ledger, render_article_claims, write_article_claims
from daejo.models import ArticleClaims
from tests.hardening.conftest import snapshot

ARTICLE = "---\nid: {id}\npublished: '2023-05'\n---\n{name}는 지난해 매출 {n}조 원을 기록했다.\n"
DAEJO = [sys.executable, "-m", "daejo"]


def _entry(article: str, title: str = "제목") -> ArticleClaims:
    return ArticleClaims(article=article, path=f"{article}.md", title=title, body_sha256="a" * 64, claims=[])


def _articles(folder: Path, prefix: str, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, count + 1):
        (folder / f"{prefix}{n}.md").write_text(ARTICLE.format(id=f"{prefix}{n}", name="한빛전자", n=n), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- atomic writes


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = write_article_claims(tmp_path, _entry("art", "옛 제목"))
    old = path.read_bytes()

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "replace", crash)
    with pytest.raises(OSError):
        write_article_claims(tmp_path, _entry("art", "새 제목"))
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_the_data_is_flushed_before_the_rename(tmp_path, monkeypatch):
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(fsutil.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(fsutil.os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    write_article_claims(tmp_path, _entry("art"))
    assert calls[:2] == ["fsync", "replace"]


def test_killed_writer_never_leaves_a_partial_file(tmp_path):
    """SIGKILL a process that rewrites one ledger file in a loop: the file is always whole."""
    script = (
        "import sys; from daejo.ledger import write_article_claims; from daejo.models import ArticleClaims\n"
        "n = 0\n"
        "while True:\n"
        "    n += 1\n"
        "    write_article_claims(sys.argv[1], ArticleClaims(article='art', path='p', title='t' * (n % 5000),"
        " body_sha256='a' * 64, claims=[]))\n"
    )
    for _ in range(3):
        process = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)])
        time.sleep(1.5)
        process.kill()
        process.wait()
        entries = read_ledger(tmp_path)  # raises on a partial file
        assert [e.article for e in entries] == ["art"]
        assert set(entries[0].title) == {"t"}


# --------------------------------------------------------------------------- lock


def _ledger_update(ledger: Path, *paths: Path, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*DAEJO, "ledger", "update", *map(str, paths), "--ledger", str(ledger)],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.slow
def test_ledger_update_waits_for_the_lock(tmp_path):
    ledger = tmp_path / "claims"
    ledger.mkdir()
    articles = _articles(tmp_path / "news", "a", 2)
    with open(ledger / ".lock", "a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        process = _ledger_update(ledger, articles, cwd=tmp_path)
        time.sleep(8)  # long enough to load and reach the lock
        waiting = process.poll() is None
        written_while_locked = [p.name for p in ledger.glob("*.jsonl")]
        fcntl.flock(held.fileno(), fcntl.LOCK_UN)
    out, err = process.communicate(timeout=120)
    assert waiting and written_while_locked == []
    assert process.returncode == 0, err
    assert sorted(e.article for e in read_ledger(ledger)) == ["a1", "a2"]


@pytest.mark.slow
def test_two_concurrent_updates_both_succeed_and_the_ledger_verifies(tmp_path):
    ledger = tmp_path / "claims"
    first = _articles(tmp_path / "news" / "first", "f", 3)
    second = _articles(tmp_path / "news" / "second", "s", 3)
    runs = [_ledger_update(ledger, first, cwd=tmp_path), _ledger_update(ledger, second, cwd=tmp_path)]
    results = [run.communicate(timeout=180) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    assert sorted(e.article for e in read_ledger(ledger)) == ["f1", "f2", "f3", "s1", "s2", "s3"]
    assert not list(ledger.glob(".*.tmp"))
    verify = subprocess.run(
        [*DAEJO, "ledger", "verify", "--ledger", str(ledger), str(tmp_path / "news")],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stdout + verify.stderr


# --------------------------------------------------------------------------- damaged ledgers


@pytest.fixture
def ledger_with_two(tmp_path) -> Path:
    ledger = tmp_path / "claims"
    write_article_claims(ledger, _entry("first"))
    write_article_claims(ledger, _entry("second"))
    return ledger


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "new.md"
    path.write_text(ARTICLE.format(id="new", name="가온전자", n=3), encoding="utf-8")
    return path


def test_schema_version_mismatch_names_the_upgrade_command(cli, ledger_with_two, tmp_path):
    path = ledger_path(ledger_with_two, "first")
    header, _, rest = path.read_text(encoding="utf-8").partition("\n")
    path.write_text(json.dumps({**json.loads(header), "schema_version": 0}) + "\n" + rest, encoding="utf-8")
    before = snapshot(ledger_with_two)
    result = cli("check", _article(tmp_path), "--ledger", ledger_with_two)
    assert result.code == 2
    assert f"{path}:1: ledger schema_version 0 found" in result.err
    assert "daejo ledger update" in result.err
    assert snapshot(ledger_with_two) == before


@pytest.mark.parametrize(
    "damage, line, fragment",
    [
        pytest.param(lambda text: text + '{"id": "x", "article": "first"\n', 2, "corrupted ledger line", id="truncated claim"),
        pytest.param(lambda text: text + "[1, 2]\n", 2, "must be a JSON object", id="claim not an object"),
        pytest.param(lambda text: text + "{}\n", 2, "invalid claim", id="claim missing fields"),
        pytest.param(lambda text: text[: len(text) // 2], 1, "corrupted ledger line", id="header cut in half"),
        pytest.param(lambda text: "\n" + text, 1, "empty ledger file", id="blank first line"),
    ],
)
def test_a_corrupted_ledger_file_is_reported_with_path_and_line(cli, ledger_with_two, tmp_path, damage, line, fragment):
    path = ledger_path(ledger_with_two, "first")
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    before = snapshot(ledger_with_two)
    result = cli("check", _article(tmp_path), "--ledger", ledger_with_two)
    assert result.code == 2
    assert f"{path}:{line}: " in result.err and fragment in result.err
    assert snapshot(ledger_with_two) == before  # reported, never dropped or rewritten
    with pytest.raises(LedgerError) as caught:
        read_ledger(ledger_with_two)
    assert caught.value.path == str(path) and caught.value.line == line


def test_a_ledger_file_that_is_not_utf8_is_named(ledger_with_two):
    path = ledger_path(ledger_with_two, "second")
    path.write_bytes(path.read_bytes() + b"\xff\xfe\n")
    with pytest.raises(LedgerError, match="not UTF-8") as caught:
        read_ledger(ledger_with_two)
    assert caught.value.path == str(path)


def test_rendering_is_byte_stable(ledger_with_two):
    for entry in read_ledger(ledger_with_two):
        assert ledger_path(ledger_with_two, entry.article).read_bytes() == render_article_claims(entry).encode()
